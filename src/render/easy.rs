//! What the easy-read version (わかりやすい版) shows beyond the plan's own
//! fields: dates, months and times written out in the label language,
//! a pictogram for every need, service, slot and person, photos, and the
//! week as days ([`week`]).
//!
//! Text fields stay in the plan; the template prints them through the
//! `easy` filter (plain wording, glossary explanations, furigana).

pub mod week;

use std::sync::LazyLock;

use serde::Serialize;

use crate::japanese::glossary;
use crate::locale::{Locale, arg};
use crate::pictograms;
use crate::plan::{Date, Month, Plan, Service, Text, Time};

use super::Calendar;

/// Whether the easy version prints the text field at key path `path`: all
/// but a service's unmet note and the 地域課題, the specialist's words for
/// the caseload (the easy version says what the person waits for in its
/// own words). The notes on a need or a monitored goal (その他留意事項)
/// are printed: they often hold the person's rights (家族が代わりに決め
/// ない, shared only with their consent) and what they should expect.
/// The support policy, the services that are not weekly and the whole
/// picture are the person's to know, so they are printed. The one place
/// that decides it: `check` asks for plain wording, and `render` warns, by
/// it.
pub fn prints(path: &str) -> bool {
    !path.ends_with(".unmet.note") && !path.starts_with("community_issues")
}

/// A date as the easy version prints it: 2026年4月1日（水）, or in 和暦
/// 令和8年4月1日（水）.
pub fn date(l: &Locale, calendar: Calendar, d: &Date) -> Option<String> {
    let d = d.parse()?;
    let weekday = d.weekday().number_from_monday();
    let weekday = arg(l.text_marked(&format!("easy-weekday-{weekday}")));
    let when = (d.year(), d.month() as u8, Some(d.day()));
    Some(super::dated(l, calendar, "easy-date", when, vec![("weekday", weekday)]))
}

/// A month: 2026年10月, or 令和8年10月.
pub fn month(l: &Locale, calendar: Calendar, m: &Month) -> Option<String> {
    let (y, m) = m.parse()?;
    Some(super::dated(l, calendar, "easy-month", (y, m, None), Vec::new()))
}

/// A clock time in 午前/午後 form (午後3時30分); times past midnight say
/// "the next day".
pub fn time(l: &Locale, t: &Time) -> Option<String> {
    t.minutes().map(|m| minutes_time(l, m))
}

/// `minutes` after the plan day's midnight in 午前/午後 form; from 1:00 of
/// the next day (25:00) on, "the next day". The hour from 24:00 is
/// midnight by name alone (よるの12時, よるの12時30分): it is the night of
/// this day, and 「つぎの 日の よるの12時」 would read as a day later.
fn minutes_time(l: &Locale, minutes: u32) -> String {
    let s = clock_time(l, minutes);
    if minutes >= 25 * 60 { l.format_marked("easy-next-day", &[("time", arg(s))]) } else { s }
}

/// The clock time of `minutes` in 午前/午後 form, whatever the day. Noon
/// and midnight by name: 午後0時 and 午前0時 leave readers unsure (the same
/// words as japanese::check::twelve_hour suggests).
fn clock_time(l: &Locale, minutes: u32) -> String {
    let (h, m) = ((minutes / 60) % 24, minutes % 60);
    let (half, h12) = match h {
        0 => ("easy-midnight", 12),
        12 => ("easy-noon", 12),
        1..=11 => ("easy-am", h),
        _ => ("easy-pm", h - 12),
    };
    l.format_marked(
        "easy-time",
        &[
            ("half", arg(l.text_marked(half))),
            ("hour", i64::from(h12).into()),
            ("minute", i64::from(m).into()),
            // Two digits where a language writes them (9:05 am).
            ("minute2", arg(format!("{m:02}"))),
        ],
    )
}

/// The pictogram of a service: its text's own, else its glossary term's,
/// else one for informal help or help in general.
pub fn service_pictogram(s: &Service) -> String {
    kind_picture(s).unwrap_or_else(|| if s.formal { "help".into() } else { "handshake".into() })
}

/// The picture the words of a text field call for: the strongest word of
/// its formal text ([`pictograms::Hint`]: a specific word over a broad one,
/// the longer over the shorter, the earlier), a glossary term counting as
/// a word of its own pictogram. Its plain wording gives the picture only
/// where the formal text calls for none or only a broad one: the plain
/// wording says the same things in other words (朝ごはん for 朝食, longer
/// in kana), and a picture that changed when `yomeru plain --write` or a
/// specialist reworded a row would say something the row does not.
pub fn words_picture(t: &Text) -> Option<String> {
    let formal = text_picture(&t.text);
    let plain = || t.plain.as_deref().and_then(text_picture);
    match formal {
        Some(f) if !f.broad => Some(f),
        _ => match (formal, plain()) {
            (Some(f), Some(p)) if p.broad => Some(f),
            (f, p) => p.or(f),
        },
    }
    .map(|h| h.id.to_string())
}

/// The strongest word of one text that calls for a picture.
fn text_picture(text: &str) -> Option<pictograms::Hint> {
    let hints = text_hints(text);
    // ホームヘルプ（買い物の練習）: a service over many activities gives way
    // to the specific one the text names (a helper pushing a wheelchair is
    // not shopping practice).
    let specific: Vec<_> = hints.iter().filter(|h| specific(h, &hints)).copied().collect();
    pictograms::best(&specific).or_else(|| pictograms::best(&hints))
}

/// Whether `h` names something specific among `hints`: no umbrella or
/// broad concept, and no word inside a longer one (移行 in 就労移行支援 is
/// no move).
fn specific(h: &pictograms::Hint, hints: &[pictograms::Hint]) -> bool {
    !h.umbrella && !h.broad && !hints.iter().any(|o| h.inside(o))
}

/// The first activity a service's detail names (家事援助（買い物の練習、
/// おこづかい帳の確認）: shopping): the detail lists what the visits are
/// for, first what matters most; a word that names the service itself
/// (家事援助, a kind of home help) is no activity.
fn first_activity(text: &str) -> Option<pictograms::Hint> {
    // A part of the day tells when (朝の着替え: dressing), and a word said
    // with で how (電話での相談): neither is what the visits are for; the
    // sunrise is the week's morning band, too.
    const WHEN: &[&str] = &["sunrise", "daytime", "sunset", "night", "clock"];
    let hints = text_hints(text);
    let service =
        |h: &pictograms::Hint| hints.iter().any(|o| o.umbrella && o.at <= h.at && h.end <= o.end);
    let means = |h: &pictograms::Hint| text.get(h.end..).is_some_and(|r| r.starts_with('で'));
    hints
        .iter()
        .filter(|h| specific(h, &hints) && !service(h))
        .filter(|h| !WHEN.contains(&h.id) && !means(h))
        .min_by_key(|h| h.at)
        .copied()
}

/// The words of one text that call for a picture, but those that mark a
/// part of the page, are said not to happen, or tell when.
fn text_hints(text: &str) -> Vec<pictograms::Hint> {
    let bounds = std::cell::OnceCell::new();
    let is_word = |a: usize, b: usize| {
        let bounds = bounds.get_or_init(|| word_bounds(text));
        bounds.binary_search(&a).is_ok() && bounds.binary_search(&b).is_ok()
    };
    let mut hints = pictograms::hints_in(text, &is_word);
    hints.extend(glossary_hints(text));
    hints.retain(|h| {
        !ROLE_PICTURES.contains(&h.id) && !negated(text, h.end) && !counted(text, h.at, h.end)
    });
    hints
}

/// Pictures that mark a part of every easy version: the star its
/// strengths, がんばる what the person does themselves, the flag a goal,
/// the magnifier when we check, the wish what the person wants, the
/// question mark 「まだ わからない」, the thumbs-up agreement. A text's
/// words never pick one of them, so each keeps one meaning in a document.
pub const ROLE_PICTURES: &[&str] =
    &["star", "strength", "goal", "check", "wish", "question", "agree"];

/// Whether the word ending at byte `end` of `text` is negated right after
/// it (入院せずに, 入院しない, 薬なしで): the text is about its absence, and
/// its picture would say the opposite.
fn negated(text: &str, end: usize) -> bool {
    const NOT: &[&str] =
        &["せず", "しない", "しなく", "しません", "ではな", "じゃな", "なし", "なく", "のない"];
    text.get(end..).is_some_and(|rest| NOT.iter().any(|n| rest.starts_with(n)))
}

/// Whether the word at bytes `at..end` of `text` says when or how often
/// (午後10時, 朝7時, ひるの12時, 月2回): a word of time with a number after
/// it is the time of something else, not what the row is about. (Not an
/// activity with its count, 服薬2回, プール2時間.)
fn counted(text: &str, at: usize, end: usize) -> bool {
    const WHEN: &[&str] = &[
        "午前", "午後", "朝", "昼", "ひる", "夜", "よる", "夕方", "月", "週", "毎日", "毎週",
        "毎月", "年",
    ];
    if !WHEN.contains(&text.get(at..end).unwrap_or_default()) {
        return false;
    }
    let rest = text.get(end..).unwrap_or_default();
    let rest = rest.strip_prefix('の').unwrap_or(rest);
    rest.chars().next().is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// Byte offsets in `text` where the analyser puts a word boundary
/// (sorted: starts and ends of words, 0 and the end).
fn word_bounds(text: &str) -> Vec<usize> {
    let lexicon = super::welfare_lexicon();
    let mut out = vec![0, text.len()];
    let mut at = 0;
    for w in crate::japanese::reading::words(text, lexicon) {
        if let Some(i) = text[at..].find(&w.surface) {
            out.push(at + i);
            at += i + w.surface.len();
            out.push(at);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The glossary terms in `text` as hints for their pictograms.
fn glossary_hints(text: &str) -> Vec<pictograms::Hint> {
    glossary::names()
        .flat_map(|n| text.match_indices(n).map(move |(at, _)| (n, at)))
        .filter_map(|(n, at)| {
            let c = pictograms::resolve(&glossary::find(n)?.pictogram)?;
            let (end, chars) = (at + n.len(), n.chars().count());
            Some(pictograms::Hint {
                id: c.id,
                at,
                end,
                chars,
                broad: c.broad,
                umbrella: c.umbrella,
            })
        })
        .collect()
}

/// The picture of a field shown with a picture: its own `pictogram:`, else
/// what its words call for, else `fallback`.
pub fn field_picture(t: &Text, fallback: &str) -> String {
    t.pictogram.clone().or_else(|| words_picture(t)).unwrap_or_else(|| fallback.to_string())
}

/// The picture of a need: its own `pictogram:` or its goal's, else what
/// the need's words call for, then the goal's; only when neither says
/// anything, the picture its first formal service got from its kind
/// (a need about money is about money, whatever service helps with it);
/// the wish when nothing matches (a need is what the person wants).
fn need_picture(n: &crate::plan::Need, services: &[EasyService]) -> String {
    n.need
        .pictogram
        .clone()
        .or_else(|| n.goal.as_ref().and_then(|g| g.pictogram.clone()))
        .or_else(|| words_picture(&n.need))
        .or_else(|| n.goal.as_ref().and_then(words_picture))
        .or_else(|| {
            services.iter().filter(|s| s.service.formal).find_map(|s| kind_picture(s.service))
        })
        .unwrap_or_else(|| "wish".into())
}

/// The picture a service calls for: its detail's own `pictogram:`; else
/// its kind's glossary term or words, so one service has one picture in
/// the whole document (its cards, its week slots, its glossary entry),
/// unless that picture is an umbrella over many activities (就労継続支援B型
/// is work) and the detail names something specific (「袋詰め・部品の
/// 組立て」: packing, not a welder); no general fallback.
fn kind_picture(s: &Service) -> Option<String> {
    if let Some(p) = s.detail.as_ref().and_then(|d| d.pictogram.clone()) {
        return Some(p);
    }
    let kind = term_in(&s.kind)
        .map(|t| t.pictogram.clone())
        .or_else(|| pictograms::guess(&s.kind).map(str::to_string));
    let umbrella =
        kind.as_deref().is_none_or(|k| pictograms::resolve(k).is_some_and(|c| c.umbrella));
    if umbrella {
        let detail = s
            .detail
            .as_ref()
            .and_then(|d| {
                first_activity(&d.text).map(|h| h.id.to_string()).or_else(|| words_picture(d))
            })
            .filter(|p| !pictograms::is_broad(p));
        if detail.is_some() {
            return detail;
        }
    }
    kind
}

/// The picture the services of each glossary term have in `plan`, for
/// the terms whose services all share one (Kenta's 居宅介護: shopping):
/// its glossary entry then shows what its cards show, not the term's own
/// (a helper pushing a wheelchair).
pub fn service_pictures(plan: &Plan) -> std::collections::HashMap<&'static str, String> {
    let mut seen: std::collections::HashMap<&'static str, Option<String>> = Default::default();
    for s in plan.needs.iter().flat_map(|n| &n.services).filter(|s| s.formal) {
        let Some(t) = term_in(&s.kind) else { continue };
        let picture = service_pictogram(s);
        seen.entry(t.term.as_str())
            .and_modify(|p| {
                if p.as_ref() != Some(&picture) {
                    *p = None;
                }
            })
            .or_insert(Some(picture));
    }
    seen.into_iter().filter_map(|(term, p)| Some((term, p?))).collect()
}

/// The glossary term a free-text name contains (ひかり作業所（就労継続支援B型）).
fn term_in(text: &str) -> Option<&'static glossary::Term> {
    glossary::find(text.trim()).or_else(|| {
        glossary::names()
            .filter(|n| text.contains(n))
            .max_by_key(|n| n.chars().count())
            .and_then(glossary::find)
    })
}

/// One service as the easy version lists it.
#[derive(Debug, Serialize)]
pub struct EasyService<'a> {
    /// The plan's service.
    #[serde(flatten)]
    pub service: &'a Service,
    /// Pictogram concept.
    pub pictogram: String,
    /// The month it was first unmet, written out, when it is unmet.
    pub unmet_since: Option<String>,
    /// The everyday word for the kind of an informal help that is one
    /// family word (祖母 → おばあさん, 兄 → お兄さん), in the Japanese easy
    /// version: the reader calls them so, as the week's pages do.
    pub kind_said: Option<&'static str>,
}

/// One need block.
#[derive(Debug, Serialize)]
pub struct EasyNeed<'a> {
    /// 1-based position.
    pub n: usize,
    /// The need's pictogram.
    pub pictogram: String,
    /// The pictogram of its goal's row, when it has a goal.
    pub goal_pictogram: Option<String>,
    /// Photo in the Typst world, if the need has one.
    pub photo: Option<String>,
    /// 達成時期, written out.
    pub achieve_by: Option<String>,
    /// 評価時期, written out.
    pub review_at: Option<String>,
    /// Its services.
    pub services: Vec<EasyService<'a>>,
}

/// A person who helps.
#[derive(Debug, Serialize)]
pub struct EasyPerson<'a> {
    /// Name as written.
    pub name: &'a str,
    /// What they do.
    pub role: Option<&'a Text>,
    /// Pictogram when there is no photo.
    pub pictogram: String,
    /// Photo in the Typst world.
    pub photo: Option<String>,
}

/// A provider and what it provides.
#[derive(Debug, Serialize)]
pub struct EasyProvider {
    /// Provider name.
    pub name: String,
    /// Service kinds it provides.
    pub kinds: Vec<String>,
    /// Pictogram of its first service.
    pub pictogram: String,
}

/// Everything the easy template needs besides the plan.
#[derive(Debug, Serialize)]
pub struct EasyView<'a> {
    /// How the person likes to be called (けんたさん).
    pub called: String,
    /// The person's photo in the Typst world.
    pub photo: Option<String>,
    /// Creation date, written out.
    pub created: Option<String>,
    /// Start month, written out.
    pub start: Option<String>,
    /// First monitoring month, written out.
    pub monitoring_from: Option<String>,
    /// Needs in order.
    pub needs: Vec<EasyNeed<'a>>,
    /// Every need is said as a wish (〜したい): the section is called
    /// what the person wants, not what is hard for them.
    pub needs_are_wishes: bool,
    /// The week as days, when the plan has weekly slots.
    pub week: Option<week::Week<'a>>,
    /// Providers of formal services, in order of first appearance.
    pub providers: Vec<EasyProvider>,
    /// Informal supporters.
    pub supporters: Vec<EasyPerson<'a>>,
}

/// Whether a need is said as a wish or a hope (〜たい, 〜ほしい,
/// 〜ように): a person's wish must not be retitled as their problem.
pub fn is_wish(t: &Text) -> bool {
    let s = t.printed(crate::render::Variant::Easy.wording());
    let mut s = s.trim_end_matches(|c: char| "。．.！!」』）) 　".contains(c));
    // 〜たいです, 〜たいと思っています: the wish is before them.
    for tail in
        ["と思っています", "と思います", "と思う", "とおもっています", "とおもいます", "です"]
    {
        s = s.strip_suffix(tail).unwrap_or(s);
    }
    ["たい", "ほしい", "ように"].iter().any(|end| s.ends_with(end))
}

/// Where a photo of `key` goes in the Typst world.
pub fn photo_path(key: &str) -> String {
    let name: String =
        key.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    format!("/photos/{}.jpg", name.trim_matches('-'))
}

impl<'a> EasyView<'a> {
    /// Builds the view of `plan` (as printed) with labels from `l`, dates
    /// in `calendar`.
    pub fn new(plan: &'a Plan, l: &Locale, cal: Calendar) -> EasyView<'a> {
        let called = plan.person.called.clone().unwrap_or_else(|| {
            l.format_marked("easy-person-san", &[("name", arg(given_name(plan)))])
        });
        let needs = plan
            .needs
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let services: Vec<EasyService> = n
                    .services
                    .iter()
                    .map(|s| EasyService {
                        service: s,
                        pictogram: service_pictogram(s),
                        unmet_since: s
                            .unmet
                            .as_ref()
                            .and_then(|u| u.since.as_ref())
                            .and_then(|m| month(l, cal, m)),
                        kind_said: family_said(l, s),
                    })
                    .collect();
                let pictogram = need_picture(n, &services);
                // The goal's row shows its own words' picture when they say
                // something the need's picture does not; else the flag.
                let goal_pictogram = n.goal.as_ref().map(|g| {
                    g.pictogram
                        .clone()
                        .or_else(|| words_picture(g).filter(|p| *p != pictogram))
                        .unwrap_or_else(|| "goal".into())
                });
                EasyNeed {
                    n: i + 1,
                    pictogram,
                    goal_pictogram,
                    photo: n.photo.as_ref().map(|_| photo_path(&format!("needs[{i}].photo"))),
                    achieve_by: n.achieve_by.as_ref().and_then(|m| month(l, cal, m)),
                    review_at: n.review_at.as_ref().and_then(|m| month(l, cal, m)),
                    services,
                }
            })
            .collect();
        let mut providers: Vec<EasyProvider> = Vec::new();
        if plan.kind != crate::plan::Kind::PlanDraft {
            for s in plan.needs.iter().flat_map(|n| &n.services).filter(|s| s.formal) {
                let Some(name) = s.provider.as_deref().filter(|p| !p.trim().is_empty()) else {
                    continue;
                };
                match providers.iter_mut().find(|p| p.name == name) {
                    Some(p) if !p.kinds.contains(&s.kind) => p.kinds.push(s.kind.clone()),
                    Some(_) => {}
                    None => providers.push(EasyProvider {
                        name: name.to_string(),
                        kinds: vec![s.kind.clone()],
                        pictogram: service_pictogram(s),
                    }),
                }
            }
        }
        let supporters = plan
            .supporters
            .iter()
            .enumerate()
            .map(|(i, s)| EasyPerson {
                name: &s.name,
                role: s.role.as_ref(),
                pictogram: s
                    .role
                    .as_ref()
                    .and_then(|r| r.pictogram.clone())
                    .unwrap_or_else(|| person_pictogram(&s.name).into()),
                photo: s.photo.as_ref().map(|_| photo_path(&format!("supporters[{i}].photo"))),
            })
            .collect();
        EasyView {
            called,
            photo: plan.person.photo.as_ref().map(|_| photo_path("person.photo")),
            created: date(l, cal, &plan.dates.created),
            start: plan.dates.start.as_ref().and_then(|m| month(l, cal, m)),
            monitoring_from: plan.dates.monitoring_from.as_ref().and_then(|m| month(l, cal, m)),
            needs_are_wishes: !plan.needs.is_empty() && plan.needs.iter().all(|n| is_wish(&n.need)),
            needs,
            week: week::Week::new(plan, l),
            providers,
            supporters,
        }
    }
}

/// The given name from `name` (佐藤 健太 → 健太) for the default form of
/// address; the whole name when it has no space.
fn given_name(plan: &Plan) -> String {
    let name = plan.person.name.trim();
    name.split_whitespace().last().unwrap_or(name).to_string()
}

/// The everyday word for an informal help's kind when it is one family
/// word the plain dictionary says another way (祖母 → おばあさん), in a
/// Japanese easy version; `None` for anything else.
fn family_said(l: &Locale, s: &Service) -> Option<&'static str> {
    use crate::japanese::plain::dict::{Kind, shipped};
    let kind = s.kind.trim();
    let family = person_pictogram(kind) == "family" && kind.chars().count() <= 3;
    (l.lang().starts_with("ja") && !s.formal && family)
        .then(|| shipped().get(Kind::Noun, kind).map(|e| e.plain.as_str()))
        .flatten()
}

/// Family words in a supporter's name (母（佐藤 良子）) mean family;
/// anyone else is shown as a friend. The words are data, in
/// `data/family-words.txt`.
fn person_pictogram(name: &str) -> &'static str {
    static FAMILY: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        crate::japanese::reading::word_list(include_str!("../../data/family-words.txt"))
    });
    if FAMILY.iter().any(|w| name.contains(w)) { "family" } else { "friends" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn family_who_help_are_called_as_the_reader_calls_them() {
        let service = |kind: &str, formal: bool| Service {
            kind: kind.into(),
            formal,
            ..serde_json::from_str("{\"kind\": \"x\"}").unwrap()
        };
        assert_eq!(family_said(&ja(), &service("祖母", false)), Some("おばあさん"));
        assert_eq!(family_said(&ja(), &service("兄", false)), Some("お兄さん"));
        // Not a service, a friend, a name, or an English page.
        assert_eq!(family_said(&ja(), &service("母", true)), None);
        assert_eq!(family_said(&ja(), &service("応援会の仲間", false)), None);
        assert_eq!(family_said(&ja(), &service("母（佐藤 良子）", false)), None);
        let en = Locale::get("en").unwrap();
        assert_eq!(family_said(&en, &service("祖母", false)), None);
    }

    #[test]
    fn a_services_activity_is_neither_when_nor_how() {
        let first = |t: &str| first_activity(t).map(|h| h.id);
        // (The code review of the tenth session: 朝 took the sunrise of the
        // week's morning band, 電話での相談 the phone.)
        assert_ne!(first("朝の着替えと入浴の見守り"), Some("sunrise"));
        assert_ne!(first("電話での相談と買い物の同行"), Some("phone"));
        assert_eq!(first("電話での相談と買い物の同行"), Some("consult"));
        assert_eq!(first("家事援助（買い物の練習、おこづかい帳の確認）"), Some("shopping"));
    }

    fn ja() -> std::sync::Arc<Locale> {
        Locale::get("ja-easy").unwrap()
    }

    #[test]
    fn dates_months_and_times_are_written_out() {
        use crate::japanese::reading::{Lexicon, hiragana, unmark};
        let l = ja();
        // As printed, and as read: the weekday, 日 and 時 by fixed readings
        // and counter rules, never by the analyser's guess (水 みず).
        let both = |s: Option<String>| {
            let s = s.unwrap();
            (unmark(&s).into_owned(), hiragana(&s, &Lexicon::welfare(), false))
        };
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        // Western, and 和暦 with the era and 元年 read as the labels give them.
        let dates = [
            (
                Calendar::Western,
                "2026-04-01",
                "2026年4月1日（水）",
                "2026ねん4がつついたち（すい）",
            ),
            (Calendar::Western, "2026-06-20", "2026年6月20日（土）", "2026ねん6がつはつか（ど）"),
            (
                Calendar::Wareki,
                "2019-05-01",
                "令和元年5月1日（水）",
                "れいわがんねん5がつついたち（すい）",
            ),
            (
                Calendar::Wareki,
                "1974-05-12",
                "昭和49年5月12日（日）",
                "しょうわ49ねん5がつ12にち（にち）",
            ),
        ];
        for (calendar, iso, printed, read) in dates {
            assert_eq!(both(date(&l, calendar, &Date(iso.into()))), pair(printed, read));
        }
        let months = [
            (Calendar::Western, "2026-10", "2026年10月", "2026ねん10がつ"),
            (Calendar::Wareki, "2026-10", "令和8年10月", "れいわ8ねん10がつ"),
        ];
        for (calendar, iso, printed, read) in months {
            assert_eq!(both(month(&l, calendar, &Month(iso.into()))), pair(printed, read));
        }
        assert_eq!(both(time(&l, &Time("09:30".into()))), pair("午前9時30分", "ごぜん9じ30ぷん"));
        assert_eq!(both(time(&l, &Time("15:00".into()))), pair("午後3時", "ごご3じ"));
        assert_eq!(
            both(time(&l, &Time("12:15".into()))),
            pair("ひるの12時15分", "ひるの12じ15ふん")
        );
        assert_eq!(both(time(&l, &Time("00:00".into()))), pair("よるの12時", "よるの12じ"));
        // Midnight ending the day is the same words, never "the next day's".
        assert_eq!(both(time(&l, &Time("24:00".into()))), pair("よるの12時", "よるの12じ"));
        assert_eq!(
            both(time(&l, &Time("24:30".into()))),
            pair("よるの12時30分", "よるの12じ30ぷん")
        );
        assert_eq!(
            both(time(&l, &Time("26:00".into()))),
            pair("つぎの 日の 午前2時", "つぎの ひの ごぜん2じ")
        );
        let en = Locale::get("en").unwrap();
        assert_eq!(time(&en, &Time("15:30".into())).unwrap(), "3:30 pm");
    }

    #[test]
    fn pictograms_come_from_the_glossary() {
        let s = |kind: &str, formal| Service {
            kind: kind.into(),
            detail: None,
            amount: None,
            provider: None,
            contact: None,
            formal,
            unmet: None,
        };
        assert_eq!(service_pictogram(&s("就労継続支援B型", true)), "work");
        // What the detail says, where the kind is only broad.
        let packing = Service {
            detail: Some(Text {
                text: "袋詰め・部品の組立て作業".into(), ..Default::default()
            }),
            ..s("就労継続支援B型", true)
        };
        assert_eq!(service_pictogram(&packing), "packing");
        let shopping = Service {
            detail: Some(Text { text: "買い物の練習".into(), ..Default::default() }),
            ..s("居宅介護（家事援助）", true)
        };
        // Home help is over many activities: the one its detail names, not
        // a helper pushing a wheelchair (page review: Kenta's help is
        // shopping practice); with no detail, the helper.
        assert_eq!(service_pictogram(&shopping), "shopping");
        assert_eq!(service_pictogram(&s("居宅介護", true)), "home-helper");
        // A word said not to happen does not give the picture.
        assert_eq!(
            words_picture(&Text { text: "入院せずに過ごす".into(), ..Default::default() }),
            None
        );
        // A row keeps its picture when it is worded plainly: the formal
        // text's activity, not the plain wording's longer kana words or
        // the time said before a number.
        let row = |text: &str, plain: &str| {
            words_picture(&Text {
                text: text.into(),
                plain: Some(plain.into()),
                ..Default::default()
            })
        };
        assert_eq!(
            row("6:30 起床、朝食", "午前6時30ぷん おきる こと、朝ごはん").unwrap(),
            "wake-up"
        );
        assert_eq!(row("22:30 就寝", "午後10時30ぷん ねる こと").unwrap(), "sleep");
        assert_eq!(
            row(
                "パソコン講座（視線入力の練習）",
                "パソコンこうざ （しせんにゅうりょくの れんしゅう）"
            )
            .unwrap(),
            "computer"
        );
        // The plain wording pictures a row whose formal text calls for no
        // picture, or only a broad one.
        assert_eq!(row("日中活動", "さぎょうしょで 袋詰めを する").unwrap(), "packing");
        assert_eq!(words_picture(&Text { text: "午後10時".into(), ..Default::default() }), None);
        // An activity with its count keeps its picture.
        assert_eq!(row("服薬2回", "くすり 2回").unwrap(), "medicine");
        assert_eq!(row("プール2時間", "プール 2時間").unwrap(), "swimming");
        assert_eq!(service_pictogram(&s("居宅介護（家事援助）", true)), "home-helper");
        assert_eq!(service_pictogram(&s("グループホーム体験利用", true)), "group-home");
        // Informal help is pictured by its words, else as helping each other.
        assert_eq!(service_pictogram(&s("母の付き添い", false)), "outing");
        assert_eq!(service_pictogram(&s("山本さん", false)), "handshake");
        // The doctor comes home: not a hospital.
        assert_eq!(service_pictogram(&s("訪問診療", true)), "doctor");
        assert_eq!(person_pictogram("母（佐藤 良子）"), "family");
        assert_eq!(person_pictogram("作業所の友人 山本さん"), "friends");
        assert_eq!(photo_path("needs[2].photo"), "/photos/needs-2--photo.jpg");
    }
}
