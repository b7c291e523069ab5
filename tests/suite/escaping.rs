//! Property test: whatever a specialist types into a text field — Typst
//! syntax, quotes, comment markers, emoji, rare kanji — renders without a
//! Typst error and appears verbatim in the PDF's text.

use crate::common::*;
use proptest::prelude::*;
use yomeru::plan::{LoadedPlan, Plan, Text};

/// Characters that mean something in Typst markup or strings, plus the
/// kinds of text real plans hold.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => prop::sample::select(vec![
            '#', '$', '[', ']', '<', '>', '@', '*', '_', '\\', '/', '=', '-', '+', '~', '\'', '"',
            '`', '{', '}', '(', ')', ';', ':', ',', '.', '!', '?', '%', '&', '|', '^',
        ]),
        2 => prop::char::range('a', 'z'),
        1 => prop::char::range('0', '9'),
        2 => prop::sample::select(vec![' ', '\n', '　']),
        3 => prop::char::range('ぁ', 'ん'),
        3 => prop::sample::select("漢字計画支援生活介護就労継続障害区分利用者負担上限額佐藤渡辺髙橋﨑".chars().collect::<Vec<_>>()),
        1 => prop::sample::select(vec!['𠮷', '𩸽', '𠀋', '🚃', '😀', '👍', '♿', '①', '㈱', 'ｱ', 'Ａ']),
    ]
}

fn tricky_string() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec(tricky_char(), 1..40).prop_map(|v| v.into_iter().collect()),
        1 => prop::sample::select(vec![
            "// not a comment".to_string(),
            "/* not a comment */".to_string(),
            "#set page(width: 1pt)".to_string(),
            "]) #panic(\"x\") #([".to_string(),
            "\"; #panic(); \"".to_string(),
            "$x^2$ and `raw` and <label> @ref".to_string(),
            "= heading\n- list\n+ enum\n/ term: x".to_string(),
            "\\u{41} \\\\ \\\" \\n".to_string(),
            "{{ plan }} {% if %}".to_string(),
            "https://example.com/very/long/path?q=1&r=2".to_string(),
        ]),
    ]
}

type Setter = fn(&mut Plan, &str);

fn t(s: &str) -> Text {
    Text { text: s.to_string(), ..Text::default() }
}

/// Every kind of text field of the official form.
const FIELDS: &[(&str, Setter)] = &[
    ("person.name", |p, s| p.person.name = s.into()),
    ("office.name", |p, s| p.office.name = Some(s.into())),
    ("office.planner", |p, s| p.office.planner = Some(s.into())),
    ("certificates.welfare_number", |p, s| p.certificates.welfare_number = Some(s.into())),
    ("wishes.person", |p, s| p.wishes.person = Some(t(s))),
    ("wishes.family", |p, s| p.wishes.family = Some(t(s))),
    ("policy", |p, s| p.policy = Some(t(s))),
    ("long_term_goal", |p, s| p.long_term_goal = Some(t(s))),
    ("short_term_goal", |p, s| p.short_term_goal = Some(t(s))),
    ("strengths[0]", |p, s| p.strengths[0] = t(s)),
    ("supporters[0].name", |p, s| p.supporters[0].name = s.into()),
    ("supporters[0].role", |p, s| p.supporters[0].role = Some(t(s))),
    ("needs[0].need", |p, s| p.needs[0].need = t(s)),
    ("needs[0].goal", |p, s| p.needs[0].goal = Some(t(s))),
    ("needs[0].services[0].kind", |p, s| p.needs[0].services[0].kind = s.into()),
    ("needs[0].services[0].detail", |p, s| p.needs[0].services[0].detail = Some(t(s))),
    ("needs[0].services[0].amount", |p, s| p.needs[0].services[0].amount = Some(s.into())),
    ("needs[0].services[0].provider", |p, s| p.needs[0].services[0].provider = Some(s.into())),
    ("needs[0].services[0].contact", |p, s| p.needs[0].services[0].contact = Some(s.into())),
    ("needs[1].my_role", |p, s| p.needs[1].my_role = Some(t(s))),
    ("needs[2].notes", |p, s| p.needs[2].notes = Some(t(s))),
    ("weekly.slots[2].label", |p, s| p.weekly.slots[2].label = t(s)),
    ("weekly.daily_life[0]", |p, s| p.weekly.daily_life[0] = t(s)),
    ("weekly.non_weekly", |p, s| p.weekly.non_weekly = Some(t(s))),
    ("weekly.whole_picture", |p, s| p.weekly.whole_picture = Some(t(s))),
];

fn base() -> LoadedPlan {
    load_plan(&root().join("examples/sato-kenta.yaml")).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_text_in_any_field_renders_verbatim(field in 0..FIELDS.len(), value in tricky_string()) {
        let mut plan = base();
        let (name, set) = FIELDS[field];
        set(&mut plan.plan, &value);
        let (pdf, _) = render_pdf(&plan);
        let text = squash(&pdf_text(&pdf));
        let wanted = squash(&value);
        prop_assert!(text.contains(&wanted), "{name} = {value:?} not found in the PDF text");
    }
}

#[test]
fn all_fields_at_once_with_every_special_character() {
    let mut plan = base();
    let nasty = "#$[]<>@*_\\/=-+~'\"`// /* */ 𠮷田 😀 {{ x }}";
    for (_, set) in FIELDS {
        set(&mut plan.plan, nasty);
    }
    let (pdf, _) = render_pdf(&plan);
    let text = squash(&pdf_text(&pdf));
    assert!(text.matches(&squash(nasty)).count() >= FIELDS.len() - 2, "{text}");
}

/// Text fields of a monitoring report, official and easy.
const MONITORING_FIELDS: &[(&str, Setter)] = &[
    ("monitoring.overall", |p, s| p.monitoring.as_mut().unwrap().overall = Some(t(s))),
    ("monitoring.rows[0].status", |p, s| {
        p.monitoring.as_mut().unwrap().rows[0].status = Some(t(s))
    }),
    ("monitoring.rows[0].person_view", |p, s| {
        p.monitoring.as_mut().unwrap().rows[0].person_view = Some(t(s))
    }),
    ("monitoring.rows[1].achievement", |p, s| {
        p.monitoring.as_mut().unwrap().rows[1].achievement = Some(t(s))
    }),
    ("monitoring.rows[1].next", |p, s| p.monitoring.as_mut().unwrap().rows[1].next = Some(t(s))),
    ("monitoring.rows[2].notes", |p, s| p.monitoring.as_mut().unwrap().rows[2].notes = Some(t(s))),
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn any_text_in_a_monitoring_report_renders_verbatim(
        field in 0..MONITORING_FIELDS.len(),
        value in tricky_string(),
    ) {
        use yomeru::render::{Print, Variant};
        let mut report =
            load_plan(&root().join("examples/monitoring/sato-kenta-2026-07.yaml")).unwrap();
        let (name, set) = MONITORING_FIELDS[field];
        set(&mut report.plan, &value);
        let wanted = squash(&value);
        let (official, _) = variant_pdf(&report, Variant::Official, Print::default());
        prop_assert!(squash(&pdf_text(&official)).contains(&wanted), "{name} = {value:?} (official)");
        // The easy version (no readings, so the text is read as written;
        // formal text is what it prints when there is no plain wording).
        let none = Some(yomeru::japanese::grade::Furigana::None);
        let (easy, _) = styled_pdf(&report, Variant::Easy, Print::default(), none, false);
        prop_assert!(squash(&pdf_text(&easy)).contains(&wanted), "{name} = {value:?} (easy)");
    }
}
