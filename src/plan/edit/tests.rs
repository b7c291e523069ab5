use proptest::prelude::*;
use serde_json::{Value, json};

use super::*;

const EXAMPLES: [&str; 5] = [
    include_str!("../../../examples/sato-kenta.yaml"),
    include_str!("../../../examples/kobayashi-yui.yaml"),
    include_str!("../../../examples/watanabe-takeshi.yaml"),
    include_str!("../../../examples/monitoring/sato-kenta-2026-07.yaml"),
    include_str!("../../../examples/monitoring/watanabe-takeshi-2026-06.yaml"),
];

fn read(text: &str, format: Format) -> Value {
    crate::plan::value(text, format).unwrap_or_else(|e| panic!("{e:?} in\n{text}"))
}

/// The YAML update, which must be spliced (not the whole file written
/// anew) and read back as `new`.
fn splice(old: &str, new: &Value) -> Edited {
    let edited = yaml_splice(old, new).unwrap_or_else(|| panic!("not spliced:\n{old}\nto {new:#}"));
    assert_eq!(read(&edited.text, Format::Yaml), *new);
    edited
}

fn comment(line: usize, text: &str) -> Lost {
    Lost { line, what: LostKind::Comment(text.into()) }
}

/// `old` with its 1-based line `line` replaced by `with`.
fn with_line(old: &str, line: usize, with: &str) -> String {
    let mut lines: Vec<&str> = old.split('\n').collect();
    lines[line - 1] = with;
    lines.join("\n")
}

fn line_of(text: &str, starting: &str) -> usize {
    text.lines().position(|l| l.starts_with(starting)).expect("line in the example") + 1
}

// ---- YAML: exact texts ----

#[test]
fn changing_one_scalar_changes_only_its_text() {
    let old = EXAMPLES[0];
    let mut v = read(old, Format::Yaml);
    v["person"]["called"] = json!("けんちゃん");
    let edited = splice(old, &v);
    let line = line_of(old, "  called:");
    assert_eq!(edited.text, with_line(old, line, "  called: けんちゃん"));
    assert_eq!(edited.lost, []);
}

#[test]
fn an_empty_value_that_becomes_a_list_or_a_mapping_keeps_its_comment() {
    let old = "strengths:  # 強み（1つに1行）\nwishes:\n  person:  # 本人の言葉\nb: 1\n";
    let v = json!({"strengths": ["絵が得意"], "wishes": {"person": {"text": "働きたい", "voice": true}}, "b": 1});
    let edited = splice(old, &v);
    assert_eq!(edited.lost, []);
    assert_eq!(
        edited.text,
        "strengths:  # 強み（1つに1行）\n  - 絵が得意\nwishes:\n  person:  # 本人の言葉\n    text: 働きたい\n    voice: true\nb: 1\n"
    );
}

#[test]
fn a_key_left_out_that_was_empty_in_the_file_stays_with_its_comment() {
    let old = "a: 1\ncalled:  # 呼ばれたい呼び名\nlist:\n  - id: x\n    goal:  # 目標\n";
    let edited = update(old, Format::Yaml, &json!({"a": 2, "list": [{"id": "x"}]}));
    assert_eq!(edited.lost, []);
    assert_eq!(
        edited.text,
        "a: 2\ncalled:  # 呼ばれたい呼び名\nlist:\n  - id: x\n    goal:  # 目標\n"
    );
    // Items are matched by id: a need moved up keeps its own empty keys.
    let old = "needs:\n  - id: a\n    goal:  # A\n  - id: b\n    notes:  # B\n";
    let edited = update(old, Format::Yaml, &json!({"needs": [{"id": "b"}, {"id": "a"}]}));
    assert_eq!(
        read(&edited.text, Format::Yaml),
        json!({"needs": [{"id": "b", "notes": null}, {"id": "a", "goal": null}]})
    );
    // A key with a value that is left out goes, and its comment is reported.
    let edited = update("a: 1  # エー\nb: 2\n", Format::Yaml, &json!({"b": 2}));
    assert_eq!(edited.text, "b: 2\n");
    assert_eq!(edited.lost, [comment(1, "エー")]);
}

#[test]
fn changed_scalar_keeps_its_quotes_and_its_comment() {
    let old = "a: \"0000112233\" # 受給者証\nb: 'x'\nc: plain\nd: 1\n";
    let v = json!({"a": "0000445566", "b": "it's", "c": "true", "d": "09:30"});
    assert_eq!(
        splice(old, &v).text,
        "a: \"0000445566\" # 受給者証\nb: 'it''s'\nc: 'true'\nd: '09:30'\n"
    );
    // Ordinary Japanese text and dates stay plain.
    let v = json!({"a": "0000112233", "b": "x", "c": "グループホーム 2026-04-01", "d": "2026-05"});
    assert_eq!(
        splice(old, &v).text,
        "a: \"0000112233\" # 受給者証\nb: 'x'\nc: グループホーム 2026-04-01\nd: 2026-05\n"
    );
}

#[test]
fn strings_that_read_as_something_else_are_quoted() {
    for s in [
        "true",
        "null",
        "~",
        "12",
        "-3",
        "1.5",
        "1e3",
        "",
        " lead",
        "trail ",
        "a: b",
        "a #b",
        "-x",
        "[x",
        "{x",
        "*x",
        "&x",
        "!x",
        "|x",
        ">x",
        "'x",
        "\"x",
        "%x",
        "@x",
        "`x",
        "#x",
        "x:",
        "---",
        "tab\tin",
        "\u{feff}bom",
        "cr\rx",
        "two\nlines\n\n",
        "\u{3000}全角",
    ] {
        let v = json!({"k": s});
        let text = write(&v, Format::Yaml);
        assert!(!text.starts_with(&format!("k: {s}")) || s.is_empty(), "{s:?} plain in {text}");
        assert_eq!(read(&text, Format::Yaml), v, "{text}");
    }
    // What reads back as the same string stays plain, as written by hand.
    for s in ["yes", "2026-04-01", "0123", "佐藤 健太", "a:b", "a#b", "x-y", "「家」", "😀"]
    {
        assert_eq!(write(&json!({"k": s}), Format::Yaml), format!("k: {s}\n"));
    }
}

#[test]
fn new_key_goes_at_the_end_of_its_mapping() {
    let old = "# head\nperson:\n  name: 佐藤\n\n  # about birth\n  birth_date: 1999-08-21\n\noffice:\n  name: みどり\n";
    let v = json!({
        "person": {"name": "佐藤", "birth_date": "1999-08-21", "called": "けんたさん", "child": false},
        "office": {"name": "みどり"},
        "kind": "plan",
    });
    let edited = splice(old, &v);
    assert_eq!(
        edited.text,
        "# head\nperson:\n  name: 佐藤\n\n  # about birth\n  birth_date: 1999-08-21\n  called: けんたさん\n  child: false\n\noffice:\n  name: みどり\nkind: plan\n"
    );
    assert_eq!(edited.lost, []);
}

#[test]
fn new_nested_values_are_written_in_block_style() {
    let old = "needs:\n  - id: home\n    priority: 1\n";
    let v = json!({"needs": [{
        "id": "home", "priority": 1,
        "goal": {"text": "一行目\n二行目\n", "plain": "ひとつ"},
        "services": [{"kind": "GH", "days": ["mon", "tue"]}],
    }]});
    assert_eq!(
        splice(old, &v).text,
        "needs:\n  - id: home\n    priority: 1\n    goal:\n      text: |\n        一行目\n        二行目\n      plain: ひとつ\n    services:\n      - kind: GH\n        days:\n          - mon\n          - tue\n"
    );
}

#[test]
fn removed_key_takes_its_lines_and_the_comments_above() {
    let old = "a: 1\n\n# about b\n#\n# more\nb:\n  c: 2 # on c\n  d: 3\ne: 4\n";
    let edited = splice(old, &json!({"a": 1, "e": 4}));
    assert_eq!(edited.text, "a: 1\n\ne: 4\n");
    assert_eq!(edited.lost, [comment(3, "about b"), comment(5, "more"), comment(7, "on c")]);
}

#[test]
fn removed_first_key_of_a_list_item_gives_its_place_to_the_next() {
    let old = "needs:\n  - id: home # the id\n    priority: 1\n    need: 家\n";
    let edited = splice(old, &json!({"needs": [{"need": "家"}]}));
    assert_eq!(edited.text, "needs:\n  - need: 家\n");
    assert_eq!(edited.lost, [comment(2, "the id")]);
    // Nothing kept after it: the item is written anew.
    let edited = splice(old, &json!({"needs": [{"goal": "x"}]}));
    assert_eq!(edited.text, "needs:\n  - goal: x\n");
}

#[test]
fn list_items_are_appended_inserted_and_removed_as_lines() {
    let old = "strengths:\n  # first\n  - 早い\n  - 元気 # note\n\n  - 時刻表\nnext: 1\n";
    let v = json!({"strengths": ["早い", "元気", "時刻表", "歌"], "next": 1});
    assert_eq!(
        splice(old, &v).text,
        "strengths:\n  # first\n  - 早い\n  - 元気 # note\n\n  - 時刻表\n  - 歌\nnext: 1\n"
    );
    let v = json!({"strengths": ["新しい", "早い", "元気", "時刻表"], "next": 1});
    assert_eq!(
        splice(old, &v).text,
        "strengths:\n  - 新しい\n  # first\n  - 早い\n  - 元気 # note\n\n  - 時刻表\nnext: 1\n"
    );
    let edited = splice(old, &json!({"strengths": ["早い", "時刻表"], "next": 1}));
    assert_eq!(edited.text, "strengths:\n  # first\n  - 早い\n\n  - 時刻表\nnext: 1\n");
    assert_eq!(edited.lost, [comment(4, "note")]);
    let edited = splice(old, &json!({"strengths": ["元気", "時刻表"], "next": 1}));
    assert_eq!(edited.text, "strengths:\n  - 元気 # note\n\n  - 時刻表\nnext: 1\n");
    assert_eq!(edited.lost, [comment(2, "first")]);
    // A removed item and a changed one.
    let edited = splice(old, &json!({"strengths": ["元気", "時刻表が好き"], "next": 1}));
    assert_eq!(edited.text, "strengths:\n  - 元気 # note\n\n  - 時刻表が好き\nnext: 1\n");
}

#[test]
fn reordered_list_is_written_anew_and_its_comments_reported() {
    let old = "days:\n  # first\n  - mon\n  - tue # second\nnext: 1\n";
    let edited = splice(old, &json!({"days": ["tue", "mon"], "next": 1}));
    assert_eq!(edited.text, "days:\n  - tue\n  - mon\nnext: 1\n");
    assert_eq!(edited.lost, [comment(2, "first"), comment(4, "second")]);
}

#[test]
fn flow_collections_of_scalars_stay_on_their_line() {
    let old = "    - days: [mon, wed, fri] # 週3\n      change: { kind: false, amount: true }\n";
    let old = format!("slots:\n{old}");
    let v = json!({"slots": [{"days": ["mon", "sat", "09:30"], "change": {"kind": true, "amount": true, "new": "a, b"}}]});
    assert_eq!(
        splice(&old, &v).text,
        "slots:\n    - days: [mon, sat, '09:30'] # 週3\n      change: { kind: true, amount: true, new: 'a, b' }\n"
    );
}

#[test]
fn changed_flow_collection_with_collections_becomes_block() {
    let old = "a: [1, {b: 2}] # flow\nc: 3\n";
    let edited = splice(old, &json!({"a": [1, {"b": 3}], "c": 3}));
    assert_eq!(edited.text, "a: # flow\n  - 1\n  - b: 3\nc: 3\n");
    assert_eq!(edited.lost, [Lost { line: 1, what: LostKind::Style }]);
}

#[test]
fn block_scalar_stays_a_block_scalar() {
    let old = "text: |\n    一行目\n    二行目\n\n# next\nnext: 1\n";
    let edited = splice(old, &json!({"text": "一行目\n三行目", "next": 1}));
    assert_eq!(edited.text, "text: |-\n    一行目\n    三行目\n\n# next\nnext: 1\n");
    assert_eq!(edited.lost, []);
    // A multi-line text where the old one was on one line is quoted on it.
    let old = "text: 一行 # c\nnext: 1\n";
    let edited = splice(old, &json!({"text": "一行\n二行", "next": 1}));
    assert_eq!(edited.text, "text: \"一行\\n二行\" # c\nnext: 1\n");
    // A folded one becomes literal, said as a style lost.
    let old = "- >\n  a\n  b\n";
    let edited = splice(old, &json!(["a\nc\n"]));
    assert_eq!(edited.text, "- |\n  a\n  c\n");
    assert_eq!(edited.lost, [Lost { line: 1, what: LostKind::Style }]);
}

#[test]
fn changed_type_rewrites_the_value_in_block_style() {
    let old = "a: x # c\nb:\n  - 1\n  - 2\nz: 0\n";
    let edited = splice(old, &json!({"a": {"k": "v"}, "b": "s", "z": 0}));
    // The comment after the old value stays on the key's line.
    assert_eq!(edited.text, "a: # c\n  k: v\nb: s\nz: 0\n");
    assert_eq!(edited.lost, []);
    let edited = splice("a:\n  k: v\n", &json!({"a": {}}));
    assert_eq!(edited.text, "a: {}\n");
    let edited = splice("a: []\nb:\n", &json!({"a": ["x"], "b": "y"}));
    assert_eq!(edited.text, "a:\n  - x\nb: y\n");
}

#[test]
fn anchors_and_their_aliases_are_written_out_when_the_anchor_changes() {
    let old = "base: &b\n  day: mon\n  from: '09:00'\nslot: *b\nother: *b\nkeep: &k 1\nuse: *k\n";
    let v = json!({
        "base": {"day": "tue", "from": "09:00"},
        "slot": {"day": "mon", "from": "09:00"},
        "other": {"day": "mon", "from": "09:00"},
        "keep": 1, "use": 1,
    });
    let edited = splice(old, &v);
    assert_eq!(
        edited.text,
        "base:\n  day: tue\n  from: '09:00'\nslot:\n  day: mon\n  from: '09:00'\nother:\n  day: mon\n  from: '09:00'\nkeep: &k 1\nuse: *k\n"
    );
    assert_eq!(
        edited.lost,
        [
            Lost { line: 1, what: LostKind::Anchor },
            Lost { line: 4, what: LostKind::Alias },
            Lost { line: 5, what: LostKind::Alias },
        ]
    );
    // An unchanged anchor and its aliases stay.
    let v = json!({"base": {"day": "mon", "from": "09:00"}, "slot": {"day": "mon", "from": "09:00"},
        "other": {"day": "mon", "from": "09:00"}, "keep": 1, "use": 1, "new": 2});
    assert_eq!(splice(old, &v).text, format!("{old}new: 2\n"));
}

#[test]
fn repeated_key_is_removed_and_reported() {
    let old = "a: 1\nb: 2\na: 3\n";
    let edited = splice(old, &json!({"a": 1, "b": 5}));
    assert_eq!(edited.text, "a: 1\nb: 5\n");
    assert_eq!(edited.lost, [Lost { line: 3, what: LostKind::DuplicateKey("a".into()) }]);
}

#[test]
fn byte_order_mark_windows_line_ends_and_missing_last_break_are_kept() {
    let old = "\u{feff}# c\r\na: 1\r\nb: 2";
    let edited = splice(old, &json!({"a": 1, "b": 3, "c": 4}));
    assert_eq!(edited.text, "\u{feff}# c\r\na: 1\r\nb: 3\r\nc: 4");
}

#[test]
fn empty_file_or_comments_only_gets_the_value_after_them() {
    assert_eq!(splice("", &json!({"a": 1})).text, "a: 1\n");
    assert_eq!(splice("# 計画\n", &json!({"a": 1})).text, "# 計画\na: 1\n");
    assert_eq!(splice("---\n# 計画\n", &json!({"a": 1})).text, "---\n# 計画\na: 1\n");
}

#[test]
fn unreadable_old_text_is_written_anew() {
    let edited = update("a: [1,\n", Format::Yaml, &json!({"a": 1}));
    assert_eq!(edited.text, "a: 1\n");
    assert_eq!(edited.lost, [Lost { line: 1, what: LostKind::Unreadable }]);
    let edited = update("a = [\n", Format::Toml, &json!({"a": 1}));
    assert_eq!(edited.text, "a = 1\n");
    assert_eq!(edited.lost, [Lost { line: 1, what: LostKind::Unreadable }]);
}

#[test]
fn lost_reads_as_a_message() {
    assert_eq!(comment(3, "about b").to_string(), "line 3: the comment “about b”");
}

// ---- JSON and TOML ----

#[test]
fn json_is_written_pretty_in_the_value_order() {
    let v = json!({"z": 1, "a": [true, null], "m": {}});
    let text = "{\n  \"z\": 1,\n  \"a\": [\n    true,\n    null\n  ],\n  \"m\": {}\n}\n";
    assert_eq!(write(&v, Format::Json), text);
    assert_eq!(
        update("{\"old\": 1}", Format::Json, &v),
        Edited { text: text.into(), lost: vec![] }
    );
}

#[test]
fn toml_keeps_comments_and_dates_and_drops_nulls() {
    let old = "# 計画\nformat = 1 # version\n\n[dates]\ncreated = 2026-04-01 # 作成日\nstart = \"2026-05\"\n\n[[needs]]\nid = \"a\"\ndays = [\"mon\", \"tue\"]\n";
    let v = json!({
        "format": 1,
        "dates": {"created": "2026-04-02", "start": null},
        "needs": [{"id": "a", "days": ["mon"]}, {"id": "b"}],
        "kind": "plan",
    });
    let edited = update(old, Format::Toml, &v);
    assert_eq!(
        edited.text,
        "# 計画\nformat = 1 # version\nkind = \"plan\"\n\n[dates]\ncreated = 2026-04-02 # 作成日\n\n[[needs]]\nid = \"a\"\ndays = [\"mon\"]\n\n[[needs]]\nid = \"b\"\n"
    );
    assert_eq!(edited.lost, []);
    let mut expected = v.clone();
    expected["dates"].as_object_mut().unwrap().remove("start");
    assert_eq!(read(&edited.text, Format::Toml), expected);
}

#[test]
fn toml_reports_nulls_in_lists() {
    let (text, lost) = toml::write(&json!({"a": [1, null, 2]}));
    assert_eq!(text, "a = [1, 2]\n");
    assert_eq!(lost, [Lost { line: 0, what: LostKind::NotWritable("a[1]".into()) }]);
}

// ---- round trips ----

/// Strings that read back as something else if written carelessly.
const TRICKY: &[&str] = &[
    "",
    " ",
    "true",
    "false",
    "True",
    "null",
    "Null",
    "~",
    "yes",
    "no",
    "on",
    "12",
    "-5",
    "+1",
    "0123",
    "1.5",
    "1e3",
    ".5",
    "09:30",
    "7:00",
    "2026-04-01",
    "2026-04-01T09:30:00",
    "a: b",
    "a:b",
    "x:",
    "#",
    "a # b",
    "a#b",
    "- x",
    "-",
    "--- x",
    "...",
    "? x",
    "[a]",
    "{a: 1}",
    "*a",
    "&a",
    "!a",
    "!!str",
    "|",
    ">",
    "'q'",
    "\"q\"",
    "it's",
    "%x",
    "@x",
    "`x`",
    " lead",
    "trail ",
    "\tt",
    "a\nb",
    "a\nb\n",
    "\na",
    "a\n\n",
    "a\n \nb",
    "a  \nb",
    "\r\n",
    "\u{feff}",
    "\u{2028}",
    "\u{85}",
    "\u{3000}全角空白",
    "佐藤 健太",
    "けんたさん",
    "「家を出たい。」",
    "😀🏠",
    "𠮷川",
    "\\",
    "a\\nb",
    "\u{7}",
];

fn string() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(TRICKY).prop_map(str::to_string),
        "[a-zあ-んア-ン日本語 0-9:#\\-'\"\n\t,\\[\\]{}!&*|>%@`?😀]{0,10}",
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(
            &[
                "id",
                "name",
                "text",
                "plain",
                "days",
                "日本語",
                "1",
                "1.5",
                "true",
                "null",
                "",
                "a: b",
                "#k",
                "- k",
                " k",
                "yes",
                "~",
                "0123"
            ][..]
        )
        .prop_map(str::to_string),
        "[a-z_]{1,8}",
    ]
}

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => string().prop_map(Value::String),
        1 => any::<i64>().prop_map(Value::from),
        1 => (-1e9..1e9f64).prop_map(Value::from),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => Just(Value::Null),
    ]
}

fn plan_value() -> impl Strategy<Value = Value> {
    scalar().prop_recursive(4, 48, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..5)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

fn plan() -> impl Strategy<Value = Value> {
    prop::collection::vec((key(), plan_value()), 0..6)
        .prop_map(|e| Value::Object(e.into_iter().collect()))
}

/// `v` as TOML reads it back: no nulls.
fn without_nulls(v: &Value) -> Option<Value> {
    match v {
        Value::Null => None,
        Value::Array(a) => Some(Value::Array(a.iter().filter_map(without_nulls).collect())),
        Value::Object(m) => Some(Value::Object(
            m.iter().filter_map(|(k, x)| Some((k.clone(), without_nulls(x)?))).collect(),
        )),
        v => Some(v.clone()),
    }
}

/// One step of an edit, as the editor makes them.
#[derive(Debug, Clone)]
enum Change {
    Scalar(Value),
    AddKey(String, Value),
    RemoveKey,
    AddItem(Value),
    RemoveItem,
    Reorder,
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        3 => scalar().prop_map(Change::Scalar),
        1 => (key(), plan_value()).prop_map(|(k, v)| Change::AddKey(k, v)),
        1 => Just(Change::RemoveKey),
        1 => plan_value().prop_map(Change::AddItem),
        1 => Just(Change::RemoveItem),
        1 => Just(Change::Reorder),
    ]
}

/// A step into a value: a list index or a key.
#[derive(Debug, Clone)]
enum Seg {
    Index(usize),
    Key(String),
}

/// The paths of every value in `v` that `want` picks, depth first.
fn paths(v: &Value, here: &mut Vec<Seg>, want: &dyn Fn(&Value) -> bool, out: &mut Vec<Vec<Seg>>) {
    if want(v) {
        out.push(here.clone());
    }
    match v {
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                here.push(Seg::Index(i));
                paths(x, here, want, out);
                here.pop();
            }
        }
        Value::Object(m) => {
            for (k, x) in m {
                here.push(Seg::Key(k.clone()));
                paths(x, here, want, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn at_mut<'a>(v: &'a mut Value, path: &[Seg]) -> &'a mut Value {
    path.iter().fold(v, |v, seg| match seg {
        Seg::Index(i) => &mut v[*i],
        Seg::Key(k) => &mut v[k.as_str()],
    })
}

/// Applies `change` to one of the values it applies to, chosen by `at`.
fn apply(v: &mut Value, change: &Change, at: prop::sample::Index) {
    let want: &dyn Fn(&Value) -> bool = match change {
        Change::Scalar(_) => &|x| !x.is_array() && !x.is_object(),
        Change::AddKey(..) => &|x| x.is_object(),
        Change::RemoveKey => &|x| x.as_object().is_some_and(|m| !m.is_empty()),
        Change::AddItem(_) => &|x| x.is_array(),
        Change::RemoveItem | Change::Reorder => &|x| x.as_array().is_some_and(|a| !a.is_empty()),
    };
    let mut found = Vec::new();
    paths(v, &mut Vec::new(), want, &mut found);
    if found.is_empty() {
        return;
    }
    let target = at_mut(v, &found[at.index(found.len())]);
    let pick = at.index(1000);
    match (change, target) {
        (Change::Scalar(s), t) => *t = s.clone(),
        (Change::AddKey(k, x), Value::Object(m)) => {
            m.insert(k.clone(), x.clone());
        }
        (Change::RemoveKey, Value::Object(m)) => {
            let k = m.keys().nth(pick % m.len()).expect("not empty").clone();
            m.shift_remove(&k);
        }
        (Change::AddItem(x), Value::Array(a)) => a.insert(pick % (a.len() + 1), x.clone()),
        (Change::RemoveItem, Value::Array(a)) => {
            a.remove(pick % a.len());
        }
        (Change::Reorder, Value::Array(a)) => {
            let len = a.len();
            a.rotate_left((1 + pick % len) % len);
        }
        _ => unreachable!("chosen by kind"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn written_files_read_back_as_the_value(v in plan()) {
        for format in [Format::Yaml, Format::Json] {
            let text = write(&v, format);
            let back = read(&text, format);
            prop_assert_eq!(&back, &v, "{}", text);
            // In the value's key order.
            prop_assert_eq!(serde_json::to_string(&back).unwrap(), serde_json::to_string(&v).unwrap());
        }
        let text = write(&v, Format::Toml);
        prop_assert_eq!(read(&text, Format::Toml), without_nulls(&v).unwrap(), "{}", text);
    }

    #[test]
    fn updated_files_read_back_as_the_new_value(old in plan(), new in plan()) {
        let text = write(&old, Format::Yaml);
        let edited = yaml_splice(&text, &new);
        prop_assert!(edited.is_some(), "not spliced:\n{}\nto {:#}", text, new);
        for format in [Format::Yaml, Format::Json, Format::Toml] {
            let old_text = write(&old, format);
            let edited = update(&old_text, format, &new);
            let want = match format {
                Format::Toml => without_nulls(&new).unwrap(),
                Format::Yaml => {
                    let back = read(&edited.text, format);
                    prop_assert_eq!(without_nulls(&back), without_nulls(&new));
                    with_empty_keys(&old, &new)
                }
                Format::Json => new.clone(),
            };
            prop_assert_eq!(read(&edited.text, format), want, "{}\n->\n{}", old_text, edited.text);
        }
    }

    #[test]
    fn edits_of_the_examples_are_spliced_and_read_back(
        example in 0..EXAMPLES.len(),
        changes in prop::collection::vec((change(), any::<prop::sample::Index>()), 1..4),
    ) {
        let old = EXAMPLES[example];
        let mut v = read(old, Format::Yaml);
        for (c, at) in &changes {
            apply(&mut v, c, *at);
        }
        // Keys left out that were empty in the file stay in it: the file
        // reads as `v` but for keys that are null.
        let edited = splice(old, &with_empty_keys(&read(old, Format::Yaml), &v));
        prop_assert_eq!(
            without_nulls(&read(&edited.text, Format::Yaml)),
            without_nulls(&v)
        );
        // The same edits of the same text give the same text.
        prop_assert_eq!(&update(old, Format::Yaml, &v), &edited);
        // What was not touched keeps its lines: comments, blank lines.
        if let [(Change::Scalar(s), _)] = &changes[..]
            && !s.as_str().is_some_and(|s| s.contains('\n'))
        {
            let before: Vec<&str> = old.lines().collect();
            let after: Vec<&str> = edited.text.lines().collect();
            prop_assert_eq!(before.len(), after.len());
            let differ = before.iter().zip(&after).filter(|(a, b)| a != b).count();
            prop_assert!(differ <= 1, "{}", edited.text);
        }
        for format in [Format::Json, Format::Toml] {
            let old_text = write(&read(old, Format::Yaml), format);
            let edited = update(&old_text, format, &v);
            let want = if format == Format::Toml { without_nulls(&v).unwrap() } else { v.clone() };
            prop_assert_eq!(read(&edited.text, format), want);
        }
    }
}
