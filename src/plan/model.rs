//! The plan file as Rust types: format 1 of `shared/spec/plan-format.md`.
//!
//! Every struct rejects unknown keys, because a typo such as `acheive_by`
//! would otherwise drop a value silently from an official document.
//! Dates, months and times are kept as written and checked in
//! [`super::validate`], so that all problems of a file are reported at once
//! with their key paths.

use std::collections::BTreeMap;
use std::fmt;

use schemars::JsonSchema;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

/// One document about one person: a plan, a plan draft or a monitoring report.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Version of the file format; only 1 exists.
    pub format: u32,
    /// What the document is.
    pub kind: Kind,
    /// Language of the labels (`ja` by default).
    #[serde(default)]
    pub language: Option<String>,
    /// The person the plan is about.
    pub person: Person,
    /// Certificate numbers and support category.
    #[serde(default)]
    pub certificates: Certificates,
    /// The consultation support office and the planner.
    #[serde(default)]
    pub office: Office,
    /// Dates of the plan.
    pub dates: Dates,
    /// The person's and the family's wishes, kept apart.
    #[serde(default)]
    pub wishes: Wishes,
    /// The overall support policy.
    #[serde(default)]
    pub policy: Option<Text>,
    /// The long-term goal.
    #[serde(default)]
    pub long_term_goal: Option<Text>,
    /// The short-term goal.
    #[serde(default)]
    pub short_term_goal: Option<Text>,
    /// What the person is good at and likes.
    #[serde(default)]
    pub strengths: Vec<Text>,
    /// Informal supporters: family, neighbours, friends, clubs.
    #[serde(default)]
    pub supporters: Vec<Supporter>,
    /// One row per need, in order.
    #[serde(default)]
    pub needs: Vec<Need>,
    /// The weekly schedule.
    #[serde(default)]
    pub weekly: Weekly,
    /// Monitoring results (`kind: monitoring` only).
    #[serde(default)]
    pub monitoring: Option<Monitoring>,
    /// The consent signature box.
    #[serde(default)]
    pub consent: Consent,
    /// Reading overrides for names, places and providers.
    #[serde(default)]
    pub readings: BTreeMap<String, String>,
    /// 地域課題 this case shows: gaps in the region, in the specialist's
    /// words, for the caseload report to the 協議会.
    #[serde(default)]
    pub community_issues: Vec<CommunityIssue>,
}

/// The kind of document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// サービス等利用計画 (the final plan).
    Plan,
    /// サービス等利用計画案 (the draft).
    PlanDraft,
    /// モニタリング報告書.
    Monitoring,
}

/// The person the plan is about.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Full name as on the certificate.
    pub name: String,
    /// Reading of the name in kana: names are never guessed.
    pub name_reading: String,
    /// What the person likes to be called.
    #[serde(default)]
    pub called: Option<String>,
    /// Date of birth.
    #[serde(default)]
    pub birth_date: Option<Date>,
    /// A child: the plan is a 障害児支援利用計画.
    #[serde(default)]
    pub child: bool,
    /// The guardian (children only).
    #[serde(default)]
    pub guardian: Option<Guardian>,
    /// A photo of the person, relative to the plan file.
    #[serde(default)]
    pub photo: Option<String>,
    /// 地区 within the municipality: only groups counts in caseload reports.
    #[serde(default)]
    pub area: Option<String>,
}

/// A child's guardian.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Guardian {
    /// Full name.
    pub name: String,
    /// Reading of the name in kana.
    #[serde(default)]
    pub name_reading: Option<String>,
    /// Relation to the child (母, 父, …).
    #[serde(default)]
    pub relation: Option<String>,
}

/// Certificates and the support category.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Certificates {
    /// 障害支援区分: 1 to 6, or 非該当 / なし.
    #[serde(default)]
    pub support_category: Option<SupportCategory>,
    /// 障害福祉サービス受給者証番号.
    #[serde(default, deserialize_with = "string_or_number")]
    #[schemars(with = "Option<StringOrNumber>")]
    pub welfare_number: Option<String>,
    /// 地域相談支援受給者証番号.
    #[serde(default, deserialize_with = "string_or_number")]
    #[schemars(with = "Option<StringOrNumber>")]
    pub community_number: Option<String>,
    /// 通所受給者証番号 (children).
    #[serde(default, deserialize_with = "string_or_number")]
    #[schemars(with = "Option<StringOrNumber>")]
    pub day_service_number: Option<String>,
    /// 利用者負担上限額 in yen per month.
    #[serde(default)]
    pub copay_limit_yen: Option<u32>,
    /// 支給決定の有効期間: its last month; the plan is renewed before it.
    #[serde(default)]
    pub valid_until: Option<Month>,
}

/// 障害支援区分: a number from 1 to 6, or a word such as 非該当.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum SupportCategory {
    /// 区分1 … 区分6.
    Level(#[schemars(range(min = 1, max = 6))] u8),
    /// 非該当 or なし.
    Word(#[schemars(regex(pattern = "^(非該当|なし|(区分)?[1-6])$"))] String),
}

impl<'de> Deserialize<'de> for SupportCategory {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = SupportCategory;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number from 1 to 6, or 非該当 / なし")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                match v {
                    1..=6 => Ok(SupportCategory::Level(v as u8)),
                    _ => Err(E::invalid_value(de::Unexpected::Unsigned(v), &self)),
                }
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                match u64::try_from(v) {
                    Ok(u) => self.visit_u64(u),
                    Err(_) => Err(E::invalid_value(de::Unexpected::Signed(v), &self)),
                }
            }
            /// Words are checked by validation, which names the allowed
            /// ones; a number of 区分 is read here.
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                let w = v.trim();
                match w.strip_prefix("区分").unwrap_or(w).parse::<u64>() {
                    Ok(u @ 1..=6) => Ok(SupportCategory::Level(u as u8)),
                    _ => Ok(SupportCategory::Word(w.to_string())),
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// Accepts `1234567890` as well as `"1234567890"` for certificate numbers.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum StringOrNumber {
    Str(String),
    Num(u64),
}

fn string_or_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Option<String>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
            d.deserialize_any(self)
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
    }
    d.deserialize_option(V)
}

/// The consultation support office.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Office {
    /// 相談支援事業者名.
    #[serde(default)]
    pub name: Option<String>,
    /// 計画作成担当者.
    #[serde(default)]
    pub planner: Option<String>,
    /// Reading of the planner's name.
    #[serde(default)]
    pub planner_reading: Option<String>,
    /// Telephone number.
    #[serde(default)]
    pub phone: Option<String>,
}

/// Dates of the plan.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dates {
    /// 計画作成日 / 計画案作成日 / 作成日; also the PDF's timestamp.
    pub created: Date,
    /// 計画開始年月.
    #[serde(default)]
    pub start: Option<Month>,
    /// モニタリング期間 in months.
    #[serde(default)]
    pub monitoring_every_months: Option<u32>,
    /// モニタリング期間（開始年月）.
    #[serde(default)]
    pub monitoring_from: Option<Month>,
    /// モニタリング実施日 (monitoring only).
    #[serde(default)]
    pub monitored_on: Option<Date>,
}

/// The person's and the family's wishes.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Wishes {
    /// The person's own words.
    #[serde(default)]
    pub person: Option<Text>,
    /// The family's wishes.
    #[serde(default)]
    pub family: Option<Text>,
}

/// An informal supporter.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Supporter {
    /// Who (近所の田中さん).
    pub name: String,
    /// What they do.
    #[serde(default)]
    pub role: Option<Text>,
    /// A photo, relative to the plan file.
    #[serde(default)]
    pub photo: Option<String>,
}

/// One need: a row of the needs table.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Need {
    /// Stable id, referenced by monitoring rows.
    pub id: String,
    /// 優先順位.
    #[serde(default)]
    pub priority: Option<u32>,
    /// 解決すべき課題（本人のニーズ）.
    pub need: Text,
    /// 支援目標.
    #[serde(default)]
    pub goal: Option<Text>,
    /// 達成時期.
    #[serde(default)]
    pub achieve_by: Option<Month>,
    /// 福祉サービス等.
    #[serde(default)]
    pub services: Vec<Service>,
    /// 課題解決のための本人の役割.
    #[serde(default)]
    pub my_role: Option<Text>,
    /// 評価時期.
    #[serde(default)]
    pub review_at: Option<Month>,
    /// その他留意事項.
    #[serde(default)]
    pub notes: Option<Text>,
    /// A photo for the easy-read version, relative to the plan file.
    #[serde(default)]
    pub photo: Option<String>,
}

/// A service (or informal resource) that answers a need.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// 種類: a catalogue name such as 就労継続支援B型, or free text.
    pub kind: String,
    /// 内容.
    #[serde(default)]
    pub detail: Option<Text>,
    /// 量（頻度・時間）.
    #[serde(default)]
    pub amount: Option<String>,
    /// 提供事業者名 (final plan only).
    #[serde(default)]
    pub provider: Option<String>,
    /// 担当者名・電話.
    #[serde(default)]
    pub contact: Option<String>,
    /// false: an informal resource (family, volunteer, neighbour).
    #[serde(default = "yes")]
    pub formal: bool,
    /// Needed, but it cannot be used as planned: why, and since when.
    #[serde(default)]
    pub unmet: Option<Unmet>,
}

/// A service that is needed but cannot be used as planned: the seed of a
/// 地域課題.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unmet {
    /// Why it cannot be used.
    pub reason: UnmetReason,
    /// The month it was first unmet.
    #[serde(default)]
    pub since: Option<Month>,
    /// What the specialist knows of it (not quoted in reports).
    #[serde(default)]
    pub note: Option<Text>,
}

/// Why a needed service cannot be used.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum UnmetReason {
    /// 事業所がない.
    NoProvider,
    /// 空きがない（待機）.
    Full,
    /// 遠い・送迎がない.
    Distance,
    /// 時間が合わない.
    Hours,
    /// 支給決定されない.
    NotApproved,
    /// 費用の負担.
    Cost,
    /// その他.
    Other,
}

impl UnmetReason {
    /// Every reason, in the spec's order.
    pub const ALL: [UnmetReason; 7] = [
        UnmetReason::NoProvider,
        UnmetReason::Full,
        UnmetReason::Distance,
        UnmetReason::Hours,
        UnmetReason::NotApproved,
        UnmetReason::Cost,
        UnmetReason::Other,
    ];

    /// The key as written in a plan file (`no_provider`).
    pub fn key(self) -> &'static str {
        match self {
            UnmetReason::NoProvider => "no_provider",
            UnmetReason::Full => "full",
            UnmetReason::Distance => "distance",
            UnmetReason::Hours => "hours",
            UnmetReason::NotApproved => "not_approved",
            UnmetReason::Cost => "cost",
            UnmetReason::Other => "other",
        }
    }
}

/// A regional gap (地域課題) seen in one case.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CommunityIssue {
    /// The gap, in the specialist's words.
    pub text: Text,
    /// What it is about.
    pub topic: Topic,
    /// These words may be quoted, without names, in the caseload report.
    #[serde(default)]
    pub share: bool,
}

/// What a 地域課題 is about.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// 住まい.
    Housing,
    /// 移動.
    Mobility,
    /// 日中活動.
    Daytime,
    /// 就労.
    Work,
    /// 短期入所・レスパイト.
    Respite,
    /// 医療・医療的ケア.
    Medical,
    /// 子ども・教育.
    Child,
    /// 緊急時・夜間.
    Crisis,
    /// 情報・相談.
    Information,
    /// その他.
    Other,
}

impl Topic {
    /// Every topic, in the spec's order.
    pub const ALL: [Topic; 10] = [
        Topic::Housing,
        Topic::Mobility,
        Topic::Daytime,
        Topic::Work,
        Topic::Respite,
        Topic::Medical,
        Topic::Child,
        Topic::Crisis,
        Topic::Information,
        Topic::Other,
    ];

    /// The key as written in a plan file (`mobility`).
    pub fn key(self) -> &'static str {
        match self {
            Topic::Housing => "housing",
            Topic::Mobility => "mobility",
            Topic::Daytime => "daytime",
            Topic::Work => "work",
            Topic::Respite => "respite",
            Topic::Medical => "medical",
            Topic::Child => "child",
            Topic::Crisis => "crisis",
            Topic::Information => "information",
            Topic::Other => "other",
        }
    }
}

fn yes() -> bool {
    true
}

/// The weekly schedule (週間計画表).
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Weekly {
    /// Blocks of time in the week.
    #[serde(default)]
    pub slots: Vec<Slot>,
    /// 主な日常生活上の活動.
    #[serde(default)]
    pub daily_life: Vec<Text>,
    /// 週単位以外のサービス.
    #[serde(default)]
    pub non_weekly: Option<Text>,
    /// サービス提供によって実現する生活の全体像.
    #[serde(default)]
    pub whole_picture: Option<Text>,
}

/// A block of time on some days of the week.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Slot {
    /// Days: mon tue wed thu fri sat sun hol.
    pub days: Vec<Day>,
    /// Start, `HH:MM` (24 h; up to 36:00 for the small hours of the next day).
    pub from: Time,
    /// End, after `from`.
    pub to: Time,
    /// What happens.
    pub label: Text,
    /// The service this slot belongs to (links pictogram and glossary).
    #[serde(default)]
    pub service: Option<String>,
}

/// A day column of the weekly schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Day {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
    /// Public holidays.
    Hol,
}

/// Monitoring results.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Monitoring {
    /// 全体の状況.
    #[serde(default)]
    pub overall: Option<Text>,
    /// One row per plan goal.
    #[serde(default)]
    pub rows: Vec<MonitoringRow>,
    /// The plan this monitors (path relative to this file).
    #[serde(default)]
    pub plan: Option<String>,
}

/// One monitored goal.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MonitoringRow {
    /// Id of a need in the plan.
    pub need: String,
    /// サービス提供状況（事業者からの聞き取り）.
    #[serde(default)]
    pub status: Option<Text>,
    /// 本人の感想・満足度.
    #[serde(default)]
    pub person_view: Option<Text>,
    /// 支援目標の達成度（ニーズの充足度）.
    #[serde(default)]
    pub achievement: Option<Text>,
    /// How far the goal got, on a five-step scale (an extension of the
    /// format: the easy version draws it as a picture scale).
    #[serde(default)]
    pub progress: Option<Progress>,
    /// 今後の課題・解決方法.
    #[serde(default)]
    pub next: Option<Text>,
    /// 計画変更の必要性.
    #[serde(default)]
    pub change: Change,
    /// その他留意事項.
    #[serde(default)]
    pub notes: Option<Text>,
}

/// How far a goal got since the plan or the last monitoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Progress {
    /// Not started yet.
    NotYet,
    /// A little.
    Little,
    /// About half.
    Half,
    /// Most of it.
    Most,
    /// Reached.
    Done,
}

impl Progress {
    /// Steps reached on the scale, 1 (not yet) to 5 (reached).
    pub fn step(self) -> u8 {
        self as u8 + 1
    }
}

/// Whether the plan must change: kind, amount, weekly schedule.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// サービス種類の変更.
    #[serde(default)]
    pub kind: bool,
    /// サービス量の変更.
    #[serde(default)]
    pub amount: bool,
    /// 週間計画の変更.
    #[serde(default)]
    pub weekly: bool,
}

/// The consent box.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// null: a blank line to sign by hand.
    #[serde(default)]
    pub signed_by: Option<SignedBy>,
    /// Date of signature.
    #[serde(default)]
    pub date: Option<Date>,
}

/// Who signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SignedBy {
    /// The person.
    Person,
    /// A representative.
    Representative,
}

/// A text field: formal wording, optional plain wording, pictogram, voice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[serde(rename = "Text")]
pub struct Text {
    /// Formal wording (official form).
    pub text: String,
    /// Plain wording (easy-read version).
    pub plain: Option<String>,
    /// Pictogram: a concept id, or a Japanese or English word naming one
    /// (`home`, `家`, `house`; see `pictograms::lookup`).
    pub pictogram: Option<String>,
    /// The person's own words: printed as a quote, never rewritten.
    pub voice: bool,
}

/// Which of a text field's wordings a document prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Wording {
    /// `text`: the official form's words.
    Formal,
    /// `plain` where the writer gave it, else `text`: the easy-read version.
    Plain,
}

impl Text {
    /// The name `fields` recognises a text field by.
    pub(crate) const SERDE_NAME: &'static str = "Text";

    /// The words printed in `wording`. A plain wording left blank (only
    /// spaces) counts as not given.
    pub fn printed(&self, wording: Wording) -> &str {
        match (wording, &self.plain) {
            (Wording::Plain, Some(p)) if !p.trim().is_empty() => p,
            _ => &self.text,
        }
    }

    /// Whether `wording` prints the plain wording the writer gave (not the
    /// formal text in its place).
    pub fn has_plain(&self, wording: Wording) -> bool {
        wording == Wording::Plain && self.plain.as_deref().is_some_and(|p| !p.trim().is_empty())
    }
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct TextMap {
    /// Formal wording (official form).
    text: String,
    /// Plain wording (easy-read version).
    #[serde(default)]
    plain: Option<String>,
    /// Pictogram: a concept id, or a Japanese or English word naming one
    /// (`home`, `家`, `house`; see `pictograms::lookup`).
    #[serde(default)]
    pictogram: Option<String>,
    /// The person's own words.
    #[serde(default)]
    voice: bool,
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, or a map with text, plain, pictogram, voice")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text { text: v.to_string(), ..Text::default() })
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Text, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Text, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Text, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Text, A::Error> {
                let m = TextMap::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Text { text: m.text, plain: m.plain, pictogram: m.pictogram, voice: m.voice })
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let map = generator.subschema_for::<TextMap>();
        schemars::json_schema!({ "anyOf": [ { "type": "string" }, map ] })
    }
}

macro_rules! checked_string {
    ($(#[$doc:meta])* $name:ident, $pattern:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "type": "string", "pattern": $pattern })
            }
        }
    };
}

checked_string!(
    /// A date: `YYYY-MM-DD` in a checked plan. A plan file may write it
    /// in 和暦 (`令和8年4月1日`, `R8.4.1`); validation turns that into
    /// `YYYY-MM-DD`. (The schema's pattern lets editors accept any value
    /// that begins with an era; validation reads it exactly.)
    Date,
    "^([0-9]{4}-[0-9]{2}-[0-9]{2}|[ 　]*(令和|平成|昭和|大正|明治|[RHSTMrhstmＲＨＳＴＭｒｈｓｔｍ㋿㍻㍼㍽㍾]).*)$"
);
checked_string!(
    /// A month: `YYYY-MM` in a checked plan. A plan file may write it in
    /// 和暦 (`令和8年4月`, `R8.4`); validation turns that into `YYYY-MM`.
    Month,
    "^([0-9]{4}-[0-9]{2}|[ 　]*(令和|平成|昭和|大正|明治|[RHSTMrhstmＲＨＳＴＭｒｈｓｔｍ㋿㍻㍼㍽㍾]).*)$"
);
checked_string!(
    /// A time of day as written, `HH:MM`; checked by validation.
    Time,
    "^[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$"
);

impl Date {
    /// The calendar date, if the text is a real date: `YYYY-MM-DD`, or
    /// 和暦 within its era.
    pub fn parse(&self) -> Option<time::Date> {
        if let Some(era) = super::wareki::date(&self.0) {
            let (y, m, d) = era.ok()?;
            return Date(format!("{y:04}-{m:02}-{d:02}")).parse();
        }
        let s = self.0.trim();
        let (y, rest) = s.split_once('-')?;
        let (m, d) = rest.split_once('-')?;
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        if !digits(y, 4) || !digits(m, 2) || !digits(d, 2) {
            return None;
        }
        let year: i32 = y.parse().ok()?;
        if !super::limits::YEARS.contains(&year) {
            return None;
        }
        let month = time::Month::try_from(m.parse::<u8>().ok()?).ok()?;
        time::Date::from_calendar_date(year, month, d.parse().ok()?).ok()
    }
}

impl Month {
    /// Year and month (1–12), if the text is a real month: `YYYY-MM`, or
    /// 和暦 within its era.
    pub fn parse(&self) -> Option<(i32, u8)> {
        if let Some(era) = super::wareki::month(&self.0) {
            let (y, m) = era.ok()?;
            return Month(format!("{y:04}-{m:02}")).parse();
        }
        let (y, m) = self.0.trim().split_once('-')?;
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        if !digits(y, 4) || !digits(m, 2) {
            return None;
        }
        let (y, m): (i32, u8) = (y.parse().ok()?, m.parse().ok()?);
        (super::limits::YEARS.contains(&y) && (1..=12).contains(&m)).then_some((y, m))
    }
}

impl Time {
    /// Minutes after midnight of the plan's day (may pass 24:00 up to 36:00,
    /// for the small hours the weekly form shows as 翌).
    pub fn minutes(&self) -> Option<u32> {
        let mut parts = self.0.trim().split(':');
        let h = parts.next()?;
        let m = parts.next()?;
        // Digits only (no sign), and few enough that `h * 60` cannot wrap:
        // `71582789:00` once came out as 0:44.
        let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        if !digits(h) || h.len() > 2 || !digits(m) || m.len() != 2 {
            return None;
        }
        let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
        if let Some(s) = parts.next()
            && s != "00"
        {
            return None;
        }
        if parts.next().is_some() || m > 59 || h * 60 + m > 36 * 60 {
            return None;
        }
        Some(h * 60 + m)
    }
}
