//! Long sentences split at their joints into one idea each, and every
//! sentence ended in です・ます.

use super::{Change, Rule, conjugate, people};
use crate::japanese::reading::{Morpheme, morphemes};

/// How one clause is joined to the next, and the word that says so at the
/// start of the next sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joint {
    /// 〜し、〜て、: one thing after another, no word needed.
    Then,
    /// 〜ことで、〜とともに、: そして.
    And,
    /// 〜ながら、〜つつ、: そして, and what goes on at the same time.
    While,
    /// 〜ので、〜から、〜ため、〜ことから、: だから.
    Because,
    /// 〜ように、〜よう、: その ために (what follows is how).
    SoThat,
    /// 〜が、〜けれど、: でも.
    But,
    /// 〜つつも、〜ながらも、: でも, and what goes on at the same time.
    Though,
    /// 〜たことで、: それで (what happened led to what follows).
    So,
    /// 〜たところ、: すると (what was found after it was done).
    Found,
    /// 〜するため、: そのために (what follows is done for it).
    For,
    /// 〜てから、: それから (what follows came after it).
    After,
    /// 〜することで、: そうして (what follows comes of doing it).
    By,
}

impl Joint {
    fn word(self) -> &'static str {
        match self {
            Joint::Then => "",
            Joint::And => "そして、",
            // (…を受けながら、…参加する: at the same time, not after.)
            Joint::While => "そうしながら、",
            Joint::Because => "だから、",
            Joint::SoThat => "そのために、",
            Joint::But | Joint::Though => "でも、",
            Joint::So => "それで、",
            Joint::Found => "すると、",
            Joint::For => "そのために、",
            Joint::After => "それから、",
            Joint::By => "そうして、",
        }
    }
}

/// `sentence` (one formal sentence after the word rules) as one or more
/// sentences, each ending in です・ます and 。.
pub fn apply(sentence: &str, changes: &mut Vec<Change>) -> Vec<String> {
    let mut out = frames(sentence, changes);
    // (A text that ends at a 、, 本人と話し、, is cut there with nothing
    // after the cut: no sentence of a lone 。.)
    if out.len() > 1 {
        out.retain(|p| !lead_and_body(p.trim()).1.trim_matches(['、', '。', '．']).is_empty());
    }
    // 保護者からは、…増えたと伺っており、…とのことである: under a frame of
    // what was heard, a part heard again (…と聞いています) is what was heard.
    // (Not one heard from anyone else, 先生から, 学校からは, 担任より: who
    // told it is what was heard.)
    let from_another = |w: &str| {
        morphemes(w).windows(2).any(|p| {
            matches!(p[1].surface.as_str(), "から" | "より")
                && p[1].pos.0 == "助詞"
                && p[0].pos.0 == "名詞"
        })
    };
    helped_by_service(&mut out, changes);
    for part in &mut out {
        if let Some((said, from, to)) = voice_received(part) {
            changes.push(Change::new(Rule::Split, from, to));
            *part = said;
        }
    }
    if out.first().is_some_and(|f| f.contains("次のことを聞きました")) {
        for part in &mut out[1..] {
            let heard = ["と聞いています。", "と聞きました。"]
                .iter()
                .find_map(|h| part.strip_suffix(h))
                .filter(|w| !from_another(w));
            if let Some(said) = heard.map(polite).filter(|s| s.ends_with(['す', 'た', 'ん'])) {
                *part = format!("{said}。");
            }
        }
    }
    out
}

/// 保護者からも…明るくなったとの評価をもらっています: what someone said
/// of the person, received by the writer. Said so (おうちの人も、…明るく
/// なったと言っています。), or after a sentence about the person its topic
/// would carry over: the person would seem to be the one who got it.
/// The part said so, and the words it said another way.
fn voice_received(part: &str) -> Option<(String, String, String)> {
    const VOICES: &[&str] =
        &["との評価", "との声", "との感想", "との意見", "という評価", "という声"];
    const GOT: &[(&str, &str)] = &[
        ("をもらっています。", "と言っています。"),
        ("をもらいました。", "と言いました。"),
        ("を得ています。", "と言っています。"),
        ("を得ました。", "と言いました。"),
    ];
    let (stem, got, said) = GOT.iter().find_map(|(g, s)| Some((part.strip_suffix(g)?, *g, *s)))?;
    let (content, voice) = VOICES.iter().find_map(|v| Some((stem.strip_suffix(v)?, *v)))?;
    let (who, also, content) = ["からも", "からは"].iter().find_map(|from| {
        let (who, content) = content.split_once(from)?;
        Some((who, if *from == "からも" { "も" } else { "は" }, content))
    })?;
    let content = content.trim_start_matches('、');
    (a_name(who, 10) && people::names_someone(who) && content.chars().count() >= 4).then(|| {
        let from = format!("から{also}…{voice}{}", got.trim_end_matches('。'));
        let to = format!("{also}、…{}", said.trim_end_matches('。'));
        (format!("{who}{also}、{content}{said}"), from, to)
    })
}

/// Connectives that start a sentence and tie it to the one before.
const CONNECTIVES: &[&str] =
    &["そして、", "また、", "それから、", "ただし、", "さらに、", "なお、"];

/// くるまいすを使うあなたの…, 長年ひきこもっていたあなたが…: what a
/// clause before the person says of them is said first, on its own
/// (あなたは車いすを使います。). It picks no one out (there is one
/// あなた), so it is a fact about them, and the sentence it leaves is
/// shorter. Only in a sentence over [`LONG`] characters, and not in one
/// tied to the one before (だから、), whose link would then hold for the
/// fact instead.
pub fn described_apart(parts: Vec<String>, you: &str, changes: &mut Vec<Change>) -> Vec<String> {
    // (Not under a frame, …次のように考えています。: the fact would be
    // said as theirs.)
    if parts.iter().any(|p| p.contains("次の") || p.contains("つぎの")) {
        return parts;
    }
    let mut out = Vec::with_capacity(parts.len());
    for part in parts {
        match described(&part, you) {
            Some((fact, rest, from)) => {
                changes.push(Change::new(Rule::Split, from, fact.trim_end_matches('。')));
                out.push(fact);
                out.push(rest);
            }
            None => out.push(part),
        }
    }
    out
}

/// The fact said of the person, the sentence left, and the words the fact
/// was made from.
fn described(part: &str, you: &str) -> Option<(String, String, String)> {
    // (Nor in what someone reported, 夜中に起きてしまう本人が…眠れるよう
    // になったとの報告: the clause tells how it was before.)
    const REPORTED: &[&str] = &[
        "との",
        "と聞",
        "と話して",
        "と話し、",
        "と話す",
        "と言って",
        "と言う",
        "と考えて",
        "と思",
        "ようにな",
        "ように な",
    ];
    if part.chars().filter(|c| !c.is_whitespace()).count() <= LONG
        || LEADS.iter().chain(CONNECTIVES).any(|l| part.starts_with(l))
        || REPORTED.iter().any(|r| part.contains(r))
        || [
            "考えています。",
            "思っています。",
            "話しています。",
            "言っています。",
            "願っています。",
            "望んでいます。",
            "聞きました。",
        ]
        .iter()
        .any(|e| part.ends_with(e))
    {
        return None;
    }
    let ms = morphemes(part);
    let k = ms.iter().position(|m| part[m.span.start..].starts_with(you))?;
    let at = ms.get(k)?.span.start;
    let before = &ms[k.checked_sub(1)?];
    // (A clause ends in a verb, adjective, た or ない in its 基本形; not
    // in what one can do, 安心して暮らせるあなたの家: that is what the
    // noun after it allows, not a fact of the person.)
    let can = |m: &Morpheme| {
        can_do(m) || m.pos.1 == "接尾" && matches!(m.base.as_str(), "れる" | "られる")
    };
    let ends = before.conj_form == "基本形"
        && !can(before)
        && match before.pos.0.as_str() {
            "動詞" => before.base != "いう",
            "形容詞" => true,
            "助動詞" => matches!(before.base.as_str(), "た" | "ない"),
            _ => false,
        };
    let particle = part[at + you.len()..].chars().next();
    if !ends || !particle.is_some_and(|c| "がはのをにへとも".contains(c)) {
        return None;
    }
    // With の, the clause may be the next noun's (去年亡くなったあなたの
    // お父さん): only before a deed, state or feeling of the person's own.
    if particle == Some('の') {
        const OWN: &[&str] = &[
            "思い",
            "気持ち",
            "特性",
            "努力",
            "様子",
            "願い",
            "希望",
            "意向",
            "意思",
            "暮らし",
            "体",
        ];
        let head = ms.get(k + 2);
        let own = head.is_some_and(|h| {
            (h.pos.1 == "サ変接続" || OWN.contains(&h.surface.as_str()))
                && !people::names_someone(&h.surface)
        });
        if !own {
            return None;
        }
    }
    let first = ms[..k].iter().rposition(|m| m.surface == "、").map_or(0, |c| c + 1);
    let start = ms.get(first)?.span.start;
    let clause = &ms[first..k];
    // One clause of its own: no topic, no joint but て, no quote, and no
    // one else as its subject (おとうさんが管理してきたあなたの預金 is
    // the money's, not the person's).
    let simple = clause.iter().enumerate().all(|(j, m)| {
        !(m.pos.0 == "助詞"
            && (m.surface == "は"
                || m.pos.1 == "接続助詞" && !matches!(m.surface.as_str(), "て" | "で")
                || m.surface == "と" && m.pos.1 == "格助詞"
                || m.surface == "が"
                    && (particle == Some('の')
                        || j > 0 && people::names_someone(&clause[j - 1].surface))))
            && !matches!(m.surface.as_str(), "「" | "」" | "（" | "）")
    });
    let text = &part[start..at];
    if !simple || text.chars().count() < 6 || part[at..].chars().count() < 10 {
        return None;
    }
    // しょうがいのある: the の of a clause's subject is が said alone.
    let mut said = String::new();
    let mut from = start;
    for m in clause.iter().filter(|m| m.surface == "の" && m.pos.1 == "格助詞") {
        said.push_str(&part[from..m.span.start]);
        said.push('が');
        from = m.span.end;
    }
    said.push_str(&part[from..at]);
    let fact = format!("{you}は{}。", polite(&said));
    let rest = format!("{}{}", &part[..start], &part[at..]);
    Some((fact, rest, format!("{text}{you}")))
}

/// 訪問看護を週2回利用し、体調を確認するとともに、…主治医へ報告する:
/// what follows the use of a service is done by its staff. Cut, a part
/// with no one named reads as the person's (体調を確かめます: the person
/// checks); the first such part names who does it (看護師さんは、…), the
/// parts after it carry that on. Only for what a helper does (確かめる,
/// 報告する, 見守る …), not a part with someone of its own or 自分.
fn helped_by_service(parts: &mut [String], changes: &mut Vec<Change>) {
    const DOERS: &[(&str, &str)] = people::VISITING;
    const HELPS: &[&str] = &[
        "確かめます。",
        "確認します。",
        "報告します。",
        "知らせます。",
        "見守ります。",
        "連絡します。",
        "助言します。",
        "付き添います。",
    ];
    let Some(first) = parts.first() else { return };
    let Some(rest) = first.strip_prefix('「') else { return };
    let Some((service, after)) = rest.split_once('」') else { return };
    const HELPERS: &[&str] = &["スタッフ", "職員", "ヘルパー", "看護師", "支援員", "相談員"];
    // 記録を看護師と確認する, 困ったら看護師に連絡する: done with the
    // staff or told to them, so the person's.
    let with_staff = |body: &str| {
        HELPERS.iter().any(|h| {
            ["に", "へ", "と", "さんに", "さんへ", "さんと"]
                .iter()
                .any(|p| body.contains(&format!("{h}{p}")))
        })
    };
    // 「訪問看護」（週に1回）の看護師さんが…確かめ、変化があれば主治医へ
    // 報告する: the staff named as the ones who act do what follows too,
    // with no one else named; under a condition only a report to someone
    // else is theirs.
    if let Some((_, doer)) = DOERS.iter().find(|(s, _)| *s == service)
        && after.contains(&format!("の{doer}が"))
    {
        for part in parts.iter_mut().skip(1) {
            let (lead, body) = lead_and_body(part);
            if own_subject(body) || body.contains("自分") || body.contains("あなた") {
                return;
            }
            // (Only what staff do, 確かめます, 報告します: 身体の清潔を保ち
            // is what comes of it for the person.)
            const IF: &[&str] = &["たら", "れば", "あれば", "ときは", "時は", "場合", "際は"];
            let reports =
                ["報告します。", "連絡します。", "知らせます。"].iter().any(|r| body.ends_with(r));
            if !HELPS.iter().any(|h| body.ends_with(h))
                || with_staff(body)
                || IF.iter().any(|c| body.contains(c)) && !reports
            {
                continue;
            }
            let said = format!("{lead}{doer}は、{body}");
            changes.push(Change::new(Rule::Split, body, said.as_str()));
            *part = said;
        }
        return;
    }
    if !after.starts_with('を') || !after.ends_with("使います。") {
        return;
    }
    // (Only a visiting service, whose staff come to do it: at a day
    // service the person does the task, 作業の手順を確認する.)
    let Some(doer) = DOERS.iter().find(|(s, _)| *s == service).map(|(_, d)| *d) else { return };
    for part in parts.iter_mut().skip(1) {
        let (lead, body) = lead_and_body(part);
        if own_subject(body) || body.contains("自分") {
            return;
        }
        // (Not a part with a condition, 困ったことがあれば…連絡する, or
        // more than one deed, 覚え、…知らせる, or told to the helpers
        // themselves: those are the person's.)
        const IF: &[&str] = &["たら", "れば", "あれば", "ときは", "時は", "場合", "際は"];
        // (Nor one done with them, 記録を看護師と確認する: the person's.)
        if IF.iter().any(|c| body.contains(c)) || body.contains('、') || with_staff(body) {
            return;
        }
        if HELPS.iter().any(|h| body.ends_with(h)) {
            let said = format!("{lead}{doer}は、{body}");
            changes.push(Change::new(Rule::Split, body, said.as_str()));
            *part = said;
            return;
        }
    }
}

/// 分からない時は推測で進めずに必ず確認すること。: a sentence that ends in a
/// bare deed and こと tells those who support the person what to do (in a
/// field that is not a goal or the person's own role). Said as it stands
/// (たしかめる ことです) it names no one, and the person reads it as said
/// to them; the supporters are named (手伝う人は、…確かめます。). Not
/// where the part names who does it, nor what was heard (…とのこと).
pub fn instructed(formal: &str, parts: &mut [String], changes: &mut Vec<Change>) {
    let body = formal.trim_end_matches(['。', '．', '.']);
    // (Most sentences end otherwise: no analysis for them.)
    if !body.ends_with("こと") || !parts.last().is_some_and(|l| l.ends_with("ことです。")) {
        return;
    }
    let ms = morphemes(body);
    let [.., deed, koto] = &ms[..] else { return };
    let bare_deed = koto.surface == "こと"
        && deed.conj_form == "基本形"
        && (deed.pos.0 == "動詞"
            || deed.pos.0 == "助動詞" && matches!(deed.base.as_str(), "ない" | "ぬ"));
    // Not what something is (趣味は絵を描くこと: a thing set off with は
    // that is no one and no time), what one can do (乗れること), a rule
    // for the person toward the staff (職員に声をかけること), or one
    // that names the person.
    let topic = ms.windows(2).any(|w| {
        w[1].surface == "は"
            && w[1].pos.0 == "助詞"
            && !people::names_someone(&w[0].surface)
            && !["時", "とき", "場合", "際", "前", "後", "あと", "日", "中"]
                .contains(&w[0].surface.as_str())
    });
    let toward_staff = ms.windows(2).any(|w| {
        w[1].surface == "に" && people::SUPPORTERS.iter().any(|s| w[0].surface.ends_with(s))
    });
    let of_the_person = ms.iter().any(|m| people::THE_PERSON.contains(&m.surface.as_str()));
    let n = parts.len();
    let Some(stem) = parts.last().and_then(|l| l.strip_suffix("ことです。")) else { return };
    if !bare_deed || can_do(deed) || topic || toward_staff || of_the_person {
        return;
    }
    let (lead, said) = lead_and_body(stem);
    // Who is told to do it: named in the part (職員は…記録すること), or
    // in an earlier one (学校の看護師が…対応し、…連絡すること), or else
    // those who support the person.
    // (Not the person named in an earlier part: an instruction is for
    // those who support them.)
    let supporter =
        |p: &String| doer(p).filter(|w| !people::THE_PERSON.iter().any(|t| w.ends_with(t)));
    let told = match doer(said) {
        Some(_) => format!("{lead}{}。", polite(said.trim_end())),
        None => {
            let who = parts[..n - 1].iter().find_map(supporter).unwrap_or("手伝う人".into());
            format!("{lead}{who}は、{}。", polite(said.trim_end()))
        }
    };
    let last = &mut parts[n - 1];
    changes.push(Change::new(Rule::Split, last.as_str(), told.as_str()));
    *last = told;
}

/// Who `part` names as the one who does it (看護師さんが, スタッフは): the
/// nouns that end in someone, before が or は.
fn doer(part: &str) -> Option<String> {
    let ms = morphemes(part);
    let k = named_at(&ms, &["は", "が", "も"], false)?;
    let mut from = ms[..=k].iter().rposition(|m| m.pos.0 != "名詞").map_or(0, |j| j + 1);
    // (手伝う人: the verb that says which people.)
    if from > 0 && ms[from - 1].pos.0 == "動詞" && ms[from - 1].conj_form == "基本形" {
        from -= 1;
    }
    Some(part[ms[from].span.start..ms[k].span.end].to_string())
}

/// A part's joining word at its start (だから、), if any, and the rest.
fn lead_and_body(part: &str) -> (&str, &str) {
    let lead =
        LEADS.iter().chain(CONNECTIVES).find(|l| part.starts_with(**l)).copied().unwrap_or("");
    (lead, &part[lead.len()..])
}

/// Whether `body` has a topic or a subject of its own: a は, or someone
/// named with が or も (本人も…と話している).
fn own_subject(body: &str) -> bool {
    morphemes(body).windows(2).any(|w| {
        w[1].pos.0 == "助詞"
            && (w[1].surface == "は"
                || matches!(w[1].surface.as_str(), "が" | "も")
                    && people::names_someone(&w[0].surface))
    })
}

/// `sentence` cut, under the first frame that holds for it.
fn frames(sentence: &str, changes: &mut Vec<Change>) -> Vec<String> {
    heard_when_asked(sentence, changes)
        .or_else(|| heard_then_wished(sentence, changes))
        .or_else(|| wished_by(sentence, changes))
        .or_else(|| asked_of(sentence, changes))
        .or_else(|| agreed_way(sentence, changes))
        .or_else(|| aimed_at(sentence, changes))
        .or_else(|| decided(sentence, changes))
        .or_else(|| steps_named(sentence, changes))
        .or_else(|| on_condition(sentence, changes))
        .or_else(|| by_deadline(sentence, changes))
        .or_else(|| able_to(sentence, changes))
        .unwrap_or_else(|| topic_kept(sentence, split(sentence, false, changes), changes))
}

/// 母は、…と感じている一方、…進学を心配している: the one set off at the
/// start feels, thinks or says each part; cut, a later part with no one
/// named reads as the person's (でも、…しんぱいして います). The one is said
/// again there (でも、お母さんは、…). Only for what someone feels, thinks or
/// says: what is done after a cut (母は、入院するため、短期入所を利用する)
/// may be another's.
fn topic_kept(sentence: &str, mut parts: Vec<String>, changes: &mut Vec<Change>) -> Vec<String> {
    const FELT: &[&str] = &[
        "心配して",
        "願って",
        "望んで",
        "思って",
        "感じて",
        "話して",
        "言って",
        "希望して",
        "期待して",
        "考えて",
        "気にして",
        "不安に思って",
    ];
    let Some((who, _)) = sentence.split_once("は、") else { return parts };
    // (面談の際、お母さんは、: the one, not the occasion before them.)
    let who = who.rsplit('、').next().unwrap_or(who);
    // (Not under a frame of their words, おとうさんは、次のように言って
    // います。: what follows is theirs, said as they say it.)
    const FRAMED: &[&str] = &["次のように", "つぎのように", "次のことを", "つぎのことを"];
    if !a_name(who, 10)
        || parts.first().is_some_and(|f| FRAMED.iter().any(|w| f.contains(w)))
        || !people::names_someone(who)
        || ["あなた", "本人", "自分"].iter().any(|p| who.ends_with(p))
    {
        return parts;
    }
    // (Nor where the first part already sets another off, 母は、…ため、
    // 本人は…とり、: what follows may be theirs.)
    let first_rest = parts.first().and_then(|f| f.split_once("は、")).map_or("", |(_, r)| r);
    if morphemes(first_rest).windows(2).any(|w| {
        w[1].surface == "は" && w[1].pos.0 == "助詞" && people::names_someone(&w[0].surface)
    }) {
        return parts;
    }
    for part in parts.iter_mut().skip(1) {
        let (lead, body) = lead_and_body(part);
        // (A part with a topic of its own, or someone as its subject, is
        // theirs, and so may be what follows it: 母は、…ため、本人は…、
        // 寂しいと感じている. Not a が inside what is felt about, 昼と夜が
        // 逆になること.)
        if own_subject(body) {
            break;
        }
        let felt = ["います。", "いました。"]
            .iter()
            .any(|e| FELT.iter().any(|f| body.ends_with(&format!("{f}{e}"))));
        if felt {
            let said = format!("{lead}{who}は、{body}");
            changes.push(Change::new(Rule::Split, body, said.as_str()));
            *part = said;
        }
    }
    parts
}

/// 平日は週5日…に通い、月1回…を利用する: how often a part is done, by
/// the month or the year; such a part is not done on the days set off
/// before it (a monthly stay is no weekday's).
const BY_MONTH_OR_YEAR: &[&str] = &[
    "月1",
    "月2",
    "月3",
    "月4",
    "月に",
    "毎月",
    "隔月",
    "か月に",
    "ヶ月に",
    "年1",
    "年2",
    "年に",
    "毎年",
];

/// Whether `text` says how often by the month or the year (月1回, 月に2回,
/// 毎月, 年に1回): not a date's 月 (4月20日, 4月に) nor one counted from
/// now (来月に, 今年).
fn by_month_or_year(text: &str) -> bool {
    BY_MONTH_OR_YEAR.iter().any(|t| {
        text.match_indices(t).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            !(t.starts_with(['月', '年'])
                && before.is_some_and(|c| {
                    c.is_ascii_digit() || ('０'..='９').contains(&c) || "来先今翌前当".contains(c)
                }))
        })
    })
}

/// 体調が悪い場合は、…休み、…静養し、…連絡する: a condition set off first
/// holds for all that follows. Cut, it would hold for the first sentence
/// alone, and the rest read as what is always done; so it frames them
/// (体調が悪い場合は、次のようにします。). Only where every cut just joins
/// or follows, the last says what is done, and no other time or case is
/// set against it (平日は…、休日は…).
fn on_condition(sentence: &str, changes: &mut Vec<Change>) -> Option<Vec<String>> {
    const OTHER_TIMES: &[&str] = &[
        "日は",
        "朝は",
        "夜は",
        "末は",
        "時は",
        "ときは",
        "場合は",
        "曜は",
        "月は",
        "週は",
        "たら、",
    ];
    // (A part said by the month or the year is not done on the days set
    // off: framed, every part would be.)
    let body = sentence.trim_end_matches(['。', '．', '.']);
    let (head, rest) = match condition_first(body) {
        Some(found) => found,
        None => {
            let (head, rest) = day_first(body)?;
            if by_month_or_year(rest) {
                return None;
            }
            (head, rest)
        }
    };
    if OTHER_TIMES.iter().any(|t| rest.contains(t)) {
        return None;
    }
    let mut mine = Vec::new();
    let parts = split(&format!("{rest}。"), false, &mut mine);
    // (What comes of a step, そうして、, is done in the case too.)
    let steps = parts.iter().all(|p| !LEADS.iter().any(|w| *w != "そうして、" && p.starts_with(w)));
    let done = ends_in_deed(rest);
    // One deed after a long condition is framed too: said in one sentence
    // it is more than a reader takes in at once.
    let long = body.chars().filter(|c| !c.is_whitespace()).count() > LONG;
    let one_long = parts.len() == 1 && long && rest.chars().count() >= 12;
    if (parts.len() < 2 && !one_long) || !steps || !done {
        return None;
    }
    Some(under(format!("{head}、次のようにします。"), &format!("{head}、"), parts, mine, changes))
}

/// The days set off as the topic at the start of `body` (毎週水曜日と土曜日
/// は…利用し、…行う), with or without a 、 after them, and what follows:
/// what is done on them holds for every part, like a condition's.
fn day_first(body: &str) -> Option<(&str, &str)> {
    const DAYS: &[&str] =
        &["曜日", "週末", "平日", "休日", "土日", "毎朝", "毎晩", "休み中", "休暇中"];
    let ms = morphemes(body);
    let wa = ms.iter().position(|m| m.surface == "は" && m.pos.1 == "係助詞").filter(|&w| w > 0)?;
    let head = &body[..ms[wa - 1].span.end];
    let ok = !head.contains('、')
        && head.chars().count() <= 20
        && DAYS.iter().any(|d| head.ends_with(d));
    ok.then(|| (&body[..ms[wa].span.end], body[ms[wa].span.end..].trim_start_matches('、')))
}

/// パニック時には無理に制止せず、…見守る対応を職員間で統一した: steps
/// named by a noun of steps (対応, やり方) that something is then done to.
/// Cut as it stands, the first steps would read as done (制止しませんでし
/// た); framed (次の対応を同じにしました。), the steps follow as the way
/// they are taken, and what came of it after them. A case set off with
/// 、 (急病の場合は、) goes into the frame (急病のときの次のやり方); one
/// with no 、 after it (パニック時には無理に制止せず、) stays with the
/// first step, as the formal text writes it.
fn steps_named(sentence: &str, changes: &mut Vec<Change>) -> Option<Vec<String>> {
    const STEPS: &[&str] = &["対応", "やり方", "手順", "流れ", "方法", "関わり方"];
    let body = sentence.trim_end_matches(['。', '．', '.']);
    let ms = morphemes(body);
    // (By text: IPADIC cuts やり方 into やり and 方.)
    let (at, noun) = STEPS
        .iter()
        .filter_map(|n| {
            let at = body.find(&format!("{n}を"))?;
            ms.iter()
                .any(|v| v.span.end == at && v.pos.0 == "動詞" && v.conj_form == "基本形")
                .then_some((at, *n))
        })
        .min()?;
    let steps = &body[..at];
    let rest = &body[at + noun.len() + "を".len()..];
    // Several steps, none the person's own said first (本人は、…), and
    // what is done to them a deed.
    let topic = steps.split_once('、').is_some_and(|(h, _)| {
        someone_set_off(h) || people::THE_PERSON.iter().any(|p| h.starts_with(p))
    });
    let first_rest = &rest[..rest.find('、').unwrap_or(rest.len())];
    let rm = morphemes(first_rest);
    let deed = rm.last().is_some_and(|v| inflects(v) && v.pos.0 != "形容詞")
        || first_rest.ends_with("ところ");
    // (Not a deed the noun only names, …移す対応を先月行った: done once.)
    // (A する of its own, not 統一する or 同じにする.)
    let done_once = rm.iter().enumerate().any(|(k, v)| {
        v.pos.0 == "動詞"
            && matches!(v.base.as_str(), "する" | "行う")
            && !(k > 0 && (rm[k - 1].pos.1 == "サ変接続" || rm[k - 1].surface == "に"))
    });
    // A case set off first (急病の場合は、) is the steps' own: it goes into
    // the frame (急病のときの次のやり方).
    let (case, steps) = match condition_first(steps) {
        Some((head, rest)) if head.ends_with('は') => {
            (format!("{}の", head.trim_end_matches('は').trim_end_matches("に")), rest)
        }
        _ => (String::new(), steps),
    };
    // (Not past a deed done before them, …観察した上で、…示す方法を提案し:
    // the steps start after it, and it was done.)
    let done_before =
        ["た上で、", "たうえで、", "てから、", "たところ、"].iter().any(|d| steps.contains(d));
    if !steps.contains('、')
        || topic
        || !deed
        || done_once
        || done_before
        || rest.chars().count() < 4
    {
        return None;
    }
    let mut mine = Vec::new();
    // …統一したところ、…との報告を受けた: what came of it follows the steps
    // (すると、); said inside the frame, it would come before them.
    let found = first_rest
        .strip_suffix("ところ")
        .filter(|d| morphemes(d).last().is_some_and(past))
        .map(|done| (done, rest[first_rest.len()..].trim_start_matches('、')));
    let framed = match found {
        Some((done, after)) => {
            let mut framed = vec![format!("{}。", polite(&format!("{case}次の{noun}を{done}")))];
            let mut after = split(&format!("{after}。"), false, &mut mine);
            if let Some(first) = after.first_mut() {
                *first = format!("{}{first}", Joint::Found.word());
            }
            framed.extend(after);
            framed
        }
        None => split(&format!("{case}次の{noun}を{rest}。"), false, &mut mine),
    };
    let parts = split(&format!("{steps}。"), false, &mut mine);
    // Steps of a way: none a reason or a but.
    let steps_only = || parts[1..].iter().all(|p| !LEADS.iter().any(|w| p.starts_with(w)));
    if parts.len() < 2 || framed.is_empty() || !steps_only() {
        return None;
    }
    let frame = framed[0].clone();
    changes.push(Change::new(Rule::Split, format!("{noun}を{first_rest}"), frame.clone()));
    changes.append(&mut mine);
    Some([vec![frame], parts, framed[1..].to_vec()].concat())
}

/// `body` with a list of two reasons (…ること、及び…ことから、) said as a
/// clause and a また: none where the list is not a reason.
fn reasons_listed(body: &str) -> Option<String> {
    const AND: &[&str] = &["こと、及び", "こと、並びに", "こと、および", "こと、ならびに"];
    let (at, and) =
        AND.iter().filter_map(|a| body.find(a).map(|at| (at, *a))).min_by_key(|(at, _)| *at)?;
    let rest = &body[at + and.len()..];
    let reason = rest.find("ことから、").or_else(|| rest.find("ことにより、"))?;
    // (Only where the first item ends in a verb's dictionary form.)
    let before = morphemes(&body[..at]);
    before.last().filter(|v| inflects(v) && v.conj_form == "基本形")?;
    (!rest[..reason].contains('、')).then(|| format!("{}、また、{rest}", &body[..at]))
}

/// Whether `body` ends saying what is done (休む, 連絡する), not what is
/// (している, ある, できる, 必要がある, ない).
fn ends_in_deed(body: &str) -> bool {
    !["ている", "でいる", "ある", "できる", "ない", "です", "だ"].iter().any(|e| body.ends_with(e))
        && morphemes(body).last().is_some_and(|v| v.pos.0 == "動詞" && done_by_someone(v))
}

/// The condition set off at the start of `body` (体調が悪い場合は) and
/// what follows its 、.
fn condition_first(body: &str) -> Option<(&str, &str)> {
    const HEADS: &[&str] = &[
        "場合は",
        "場合には",
        "ときは",
        "ときには",
        "時は",
        "時には",
        "たら",
        "だら",
        "日は",
        "次第",
        "際は",
        "際には",
    ];
    // (At the first 、 that ends it: 入浴介助の際に、ヘルパーが…確認した
    // 場合は、 is one condition, said before what follows.)
    // (Only past words set off, …際に、; not past a clause of its own,
    // 作業所に通い、…場合は, which holds whatever the case.)
    let set_off_only = |head: &str| {
        head.match_indices('、').all(|(at, _)| {
            morphemes(&head[..at]).last().is_some_and(|m| {
                m.pos.0 == "助詞" && matches!(m.surface.as_str(), "に" | "は" | "で")
            })
        })
    };
    body.match_indices('、').map(|(at, _)| (&body[..at], &body[at + '、'.len_utf8()..])).find(
        |(head, _)| {
            HEADS.iter().any(|h| head.ends_with(*h))
                && head.chars().count() >= 4
                // (Not 実際には, in fact, nor 交際は.)
                && !["実際", "交際", "国際"].iter().any(|w| head.contains(w))
                && set_off_only(head)
        },
    )
}

/// …座って取り組み、…もらってから、…移ることができる: being able holds
/// for all the steps it joins. Cut, the last step alone would be able (and
/// read as allowed); so the ability frames the steps (次のことができます。),
/// each said as done. Only where every cut just joins or follows (no
/// reason or but, whose part is no step).
fn able_to(sentence: &str, changes: &mut Vec<Change>) -> Option<Vec<String>> {
    let body = sentence.trim_end_matches(['。', '．', '.']);
    // 料理をすることができる is 料理をできる by now: its steps end in する.
    let steps = match body.strip_suffix("ことができる") {
        Some(steps) => steps.to_string(),
        None => {
            // 買い物ができる, but not 仲間ができる (friends come about): a
            // が before できる is a deed's only after a deed's noun.
            let object = body.strip_suffix("をできる").or_else(|| {
                body.strip_suffix("ができる").filter(|o| {
                    morphemes(o).last().is_some_and(|n| {
                        n.pos.1 == "サ変接続"
                            || ["買い物", "料理", "家事"].contains(&n.surface.as_str())
                    })
                })
            })?;
            format!("{object}をする")
        }
    };
    let mut mine = Vec::new();
    let parts = split(&format!("{steps}。"), true, &mut mine);
    // ながら, つつ: how, and often the supporters' or the means (職員が
    // 見守りながら, 訪問を受けながら, 特性に気を付けながら): no step. Only
    // one after another step, with no subject or topic before it and no
    // helper or help named in its clause (…見つけ、…収入を生活費に充て
    // ながら、…送ることができる), is the person's own step.
    // (Not 支援 alone: 就労継続支援A型 is a service's name.)
    const HELP: &[&str] = &["見守", "助言", "手伝", "気を付け", "一緒", "声かけ"];
    let others_how = ["つつ", "ながら"].iter().any(|j| {
        steps.find(j).is_some_and(|at| {
            let own = &steps[steps[..at].rfind('、').map_or(0, |c| c + '、'.len_utf8())..at];
            !steps[..at].contains('、')
                || HELP.iter().any(|h| own.contains(h))
                // (A helper by name: 家族以外の人と関わりながら is the
                // person's own.)
                || morphemes(own).iter().any(|m| people::SUPPORTERS.contains(&m.surface.as_str()))
                || morphemes(&steps[..at])
                    .iter()
                    .any(|m| m.pos.0 == "助詞" && matches!(m.surface.as_str(), "が" | "は"))
        })
    });
    let steps_only = parts.iter().all(|p| !LEADS.iter().any(|w| p.starts_with(w)))
        && !others_how
        && !["ため、", "ので、", "が、", "けど", "ものの", "ことで、"].iter().any(|j| steps.contains(j))
        // から、 is why, but てから、 is the next step.
        && !steps.match_indices("から、").any(|(at, _)| !steps[..at].ends_with(['て', 'で']));
    if parts.len() < 2 || !steps_only {
        return None;
    }
    Some(under("次のことができます。".into(), "ことができる", parts, mine, changes))
}

/// `parts` said under `frame`, which stands for `from` of the formal text:
/// the frame listed as a change, then the changes `mine` that said them.
fn under(
    frame: String,
    from: &str,
    parts: Vec<String>,
    mut mine: Vec<Change>,
    changes: &mut Vec<Change>,
) -> Vec<String> {
    changes.push(Change::new(Rule::Split, from, frame.clone()));
    changes.append(&mut mine);
    [vec![frame], parts].concat()
}

/// 面談で伺ったところ、ご本人は、…働きたいが、まずは…整え、…つけたいと
/// のことだった: what someone said when asked. Cut as it stands, the asking
/// reads as a deed (面談で聞きました。すると、) and what they said as the
/// writer's; framed (面談で、あなたから次のことを聞きました。), what they
/// said follows in their own words.
fn heard_when_asked(sentence: &str, changes: &mut Vec<Change>) -> Option<Vec<String>> {
    let body = sentence.trim_end_matches(['。', '．', '.']);
    let is_name = |t: &str| a_name(t, 20);
    // 居宅介護事業所によると (→ の話では)、…とのことである: what they
    // told, heard from them.
    // 職員より、…との報告があった; お母様より、…とのことであった: who
    // told it, set off first.
    // (…低下がある中、…の職員によると、: what is so while, before who
    // told it, is said first.)
    let mut before = None;
    let told = ["の話では、", "より、", "からは、", "から、"].iter().find_map(|by| {
        let (who, said) = body.split_once(by)?;
        let (pre, who) = match who.rsplit_once('、') {
            Some((pre, who)) => {
                (pre.strip_suffix("中").or_else(|| pre.strip_suffix("なか")).map(Some)?, who)
            }
            None => (None, who),
        };
        let named =
            people::names_someone(who) || people::names_a_body(who) || who.ends_with(['」', '先']);
        (is_name(who) && named).then(|| {
            before = pre.map(|p| format!("{}。", polite(p)));
            (format!("{who}{by}"), who, said)
        })
    });
    let (asked, place, who, said) = match told {
        Some((asked, who, said)) => (asked, None, who, said),
        _ => {
            let (asked, rest) = body.split_once("ところ、")?;
            let place = ["で聞いた", "で伺った"].iter().find_map(|w| asked.strip_suffix(w))?;
            let (who, said) = rest.split_once("は、")?;
            // (来月は、: a time, no one who said it.)
            if !is_name(place) || !is_name(who) || !people::names_someone(who) {
                return None;
            }
            (format!("{asked}ところ、{who}は、"), Some(place), who, said)
        }
    };
    // How it ends, and what the frame says it was.
    const ENDINGS: &[(&str, &str)] = &[
        // (とのことだった and とのことである are と言っていた and と言って
        // いる by now: the word rules say them first.)
        ("とのことであった", "次のことを聞きました"),
        ("とのことでした", "次のことを聞きました"),
        ("と話していた", "次のことを聞きました"),
        ("と言っていた", "次のことを聞きました"),
        // (とのことである as the word rules leave it)
        ("と言っている", "次のことを聞きました"),
        // (…思っていないとのこと。, a report's way of ending)
        ("とのこと", "次のことを聞きました"),
        ("と報告されている", "次の報告を受けています"),
        ("と報告された", "次の報告を受けました"),
        ("と連絡されている", "次の連絡を受けています"),
        ("と連絡された", "次の連絡を受けました"),
        ("との報告があった", "次の報告がありました"),
        ("との報告を受けた", "次の報告を受けました"),
        ("との連絡があった", "次の連絡がありました"),
        ("との連絡を受けた", "次の連絡を受けました"),
    ];
    let (ending, what) = ENDINGS.iter().find(|(e, _)| said.ends_with(*e))?;
    let content = &said[..said.len() - ending.len()];
    if content.chars().count() < 6 {
        return None;
    }
    let mut mine = Vec::new();
    let parts = split(&format!("{content}。"), false, &mut mine);
    mine.push(Change::new(Rule::Split, *ending, *what));
    let frame = match place {
        Some(place) => format!("{place}で、{who}から{what}。"),
        None => format!("{who}から、{what}。"),
    };
    let framed = under(frame, &asked, parts, mine, changes);
    Some(before.into_iter().chain(framed).collect())
}

/// 訪問時にご家族様から伺ったところ、…とのことで、…短縮を希望されている:
/// what someone told, and what they wish for because of it. Cut as it
/// stands, the telling reads as a deed (家族から聞きました。すると、) and
/// the wish has no one who wishes; framed (訪問時に家族から、次のことを
/// 聞きました。), what they told follows, then their wish with them named
/// (家族は、…を願っています。).
fn heard_then_wished(sentence: &str, changes: &mut Vec<Change>) -> Option<Vec<String>> {
    let body = sentence.trim_end_matches(['。', '．', '.']);
    let (asked, rest) = body.split_once("ところ、")?;
    let before = ["から聞いた", "から伺った"].iter().find_map(|w| asked.strip_suffix(w))?;
    // When, before who (訪問時に家族).
    let (when, who) = match before.rsplit_once('に') {
        Some((when, who)) if a_name(who, 12) => (format!("{when}に"), who),
        _ => (String::new(), before),
    };
    if !a_name(who, 12) || !people::names_someone(who) {
        return None;
    }
    let (heard, wished) = rest.split_once("とのことで、")?;
    if !["願っている", "希望している", "望んでいる"].iter().any(|e| wished.ends_with(e))
        || wished.contains('、')
    {
        return None;
    }
    let mut mine = Vec::new();
    let mut parts = split(&format!("{heard}。"), false, &mut mine);
    parts.push(format!("{who}は、{}。", polite(wished)));
    mine.push(Change::new(Rule::Split, "とのことで、", format!("{who}は、")));
    let frame = format!("{when}{who}から、次のことを聞きました。");
    Some(under(frame, &format!("{asked}ところ、"), parts, mine, changes))
}

/// Whether `text` is a name of at most `max` characters: nouns, a prefix
/// (ご家族), 「」 and の between them (「就労継続支援B型」のスタッフ), as
/// someone set off before what they said, wished or were asked.
fn a_name(text: &str, max: usize) -> bool {
    let tm = morphemes(text);
    !tm.is_empty()
        && text.chars().count() <= max
        && tm.iter().all(|m| {
            matches!(m.pos.0.as_str(), "名詞" | "接頭詞" | "記号")
                || m.surface == "の" && m.pos.0 == "助詞"
        })
}

/// 居宅介護事業所には、…献立を考え、…作成していただくようお願いしたい,
/// …連絡するよう、生活介護事業所に依頼する: what is asked of someone
/// named. Said as it stands it is one long sentence; framed (「居宅介護」に、
/// 次のことをお願いしたいです。), each thing asked is said after it, as
/// what they do. Cut without the frame, the first things would read as
/// settled.
fn asked_of(sentence: &str, changes: &mut Vec<Change>) -> Option<Vec<String>> {
    const ASKS: &[&str] = &[
        "お願いしたい",
        "お願いする",
        "お願いしている",
        "依頼する",
        "依頼している",
        "頼む",
        "頼んでいる",
    ];
    let body = sentence.trim_end_matches(['。', '．', '.']);
    // 放課後等デイサービス事業所は、…同じにされたい (→ してほしい): asked
    // of the provider set off first, not its wish.
    if let Some((who, rest)) = body.split_once("は、")
        // (事業所 is サービスをするところ by now.)
        && (who.starts_with('「') && who.ends_with('」')
            || people::names_a_body(who)
            || who.ends_with("するところ"))
        && let Some(done) = rest.strip_suffix("てほしい").or_else(|| rest.strip_suffix("でほしい"))
    {
        let rm = morphemes(rest);
        let v = rm.iter().find(|m| m.pos.0 == "動詞" && m.span.end == done.len())?;
        // (学校は、…場所があってほしい: a wish for what is, not a deed asked.)
        if matches!(v.base.as_str(), "ある" | "いる" | "なる" | "できる") {
            return None;
        }
        let base = conjugate::verb(&v.base, &v.conj_type, "基本形")?;
        let content = format!("{}{base}", &done[..v.span.start]);
        let mut mine = Vec::new();
        let parts = split(&format!("{content}。"), true, &mut mine);
        let frame = format!("{who}に、次のことをお願いします。");
        return Some(under(frame, &format!("{who}は、…てほしい"), parts, mine, changes));
    }
    let ask = ASKS.iter().find(|a| body.ends_with(**a))?;
    let before_ask = &body[..body.len() - ask.len()];
    // Whom: set off at the start (…事業所には、) or just before the asking
    // (…よう、生活介護事業所に依頼する).
    // (事業所 is サービスをするところ by now.)
    let is_name = |t: &str| a_name(t, 16) || t.ends_with("するところ") && t.chars().count() <= 20;
    let (who, asked) = match body.split_once("には、") {
        Some((who, rest)) if is_name(who) => (who, &rest[..rest.len() - ask.len()]),
        _ => {
            // (…過ごせるよう各事業所に依頼している: or right after the よう.)
            let named = |at: usize| before_ask[at..].strip_suffix('に').is_some_and(is_name);
            let (end, at) = before_ask
                .rfind('、')
                .map(|c| (c, c + '、'.len_utf8()))
                .filter(|&(_, at)| named(at))
                .or_else(|| before_ask.rfind("よう").map(|c| c + "よう".len()).map(|c| (c, c)))?;
            let who = before_ask[at..].strip_suffix('に').filter(|w| is_name(w))?;
            (who, &before_ask[..end])
        }
    };
    let asked = asked.trim_end_matches('、');
    let content = asked.strip_suffix("ように").or_else(|| asked.strip_suffix("よう"))?;
    // …作ってもらう: the deed asked for is theirs.
    let content =
        match content.strip_suffix("てもらう").or_else(|| content.strip_suffix("でもらう"))
        {
            Some(done) => {
                let cm = morphemes(content);
                let v = cm.iter().find(|m| m.pos.0 == "動詞" && m.span.end == done.len())?;
                let base = conjugate::verb(&v.base, &v.conj_type, "基本形")?;
                format!("{}{base}", &done[..v.span.start])
            }
            // …一人で過ごせるよう依頼: what they are asked is to make it
            // possible (過ごせるようにする); said as it stands, the
            // person's being able would read as what is so.
            None if morphemes(content).last().is_some_and(can_do) => {
                format!("{content}ようにする")
            }
            None => content.to_string(),
        };
    if content.chars().count() < 8 || !content.contains('、') {
        return None;
    }
    let mut mine = Vec::new();
    let parts = split(&format!("{content}。"), true, &mut mine);
    // (One part is framed too where the request had a 、: who is asked
    // is said first, before a long request.)
    let leads = |p: &String| LEADS.iter().any(|w| p.starts_with(w));
    // …水に弱いため、…外して預かり、…付け直すよう保育所に依頼している:
    // why it is asked is said first, and the frame after it, so that all
    // the things asked stay asked (先生が はずして あずかります, not
    // what the teacher already does).
    // (One reason only, the first part: 保育士が外して預かり、装置は水に
    // 弱いため、… puts a thing asked before it, which would be said as done.)
    if parts.is_empty() {
        return None;
    }
    let why = match parts.iter().position(leads) {
        None => false,
        Some(1) if parts[1].starts_with("だから、") && !parts[2..].iter().any(leads) => true,
        Some(_) => return None,
    };
    let frame = format!("{who}に、次のことを{}", polite(ask));
    let frame = format!("{}。", frame.trim_end_matches('。'));
    if why {
        let mut parts = parts;
        let mut asked = parts.split_off(1);
        asked[0] = asked[0]["だから、".len()..].to_string();
        let framed =
            under(format!("だから、{frame}"), &format!("{who}に…{ask}"), asked, mine, changes);
        return Some([parts, framed].concat());
    }
    Some(under(frame, &format!("{who}に…{ask}"), parts, mine, changes))
}

/// 発作が起きた場合は、…記録し、…救急車を要請するよう、各事業所で対応を
/// 統一する: what all the helpers agree to do the same way. Cut as it
/// stands, the steps would read as done, and the agreement as about the
/// last one alone; framed (それぞれのサービスをするところで、次のように
/// 対応を同じにします。), the steps follow, each what is done. Only steps
/// that are deeds (not …混乱しないよう, which is what for).
fn agreed_way(sentence: &str, changes: &mut Vec<Change>) -> Option<Vec<String>> {
    const SAME: &[&str] = &["対応を同じにする", "同じにして対応する", "同じように対応する"];
    let body = sentence.trim_end_matches(['。', '．', '.']);
    let (what, rest) = body.rsplit_once("ように、").or_else(|| body.rsplit_once("よう、"))?;
    let same = SAME.iter().find(|e| rest.ends_with(**e))?;
    let place = &rest[..rest.len() - same.len()];
    // Steps the helpers take: not what the person is to be able to do
    // (…落ち着いて過ごせるよう, a potential) nor what they do (本人が…
    // 伝えるよう), which is what the agreement is for.
    let wm = morphemes(what);
    let can = wm.last().is_some_and(|v| {
        v.pos.1 == "接尾" && matches!(v.base.as_str(), "れる" | "られる") || can_do(v)
    });
    let the_person = wm.windows(2).any(|w| {
        people::THE_PERSON.contains(&w[0].surface.as_str())
            && matches!(w[1].surface.as_str(), "が" | "は")
    });
    if place.contains('、')
        || place.chars().count() > 25
        || !ends_in_deed(what)
        || can
        || the_person
    {
        return None;
    }
    let mut mine = Vec::new();
    let parts = split(&format!("{what}。"), false, &mut mine);
    let all_deeds = parts.iter().all(|p| {
        let p = p.trim_end_matches('。');
        p.strip_suffix("ます").is_some_and(|stem| {
            morphemes(stem).last().is_some_and(|v| v.pos.0 == "動詞" && !can_do(v))
        })
    });
    if (parts.len() < 2 && what.chars().count() < 20) || !all_deeds {
        return None;
    }
    let frame = match place {
        "" => "次のように対応を同じにします。".to_string(),
        _ => format!("{place}、次のように対応を同じにします。"),
    };
    Some(under(frame, &format!("よう、{rest}"), parts, mine, changes))
}

/// …説明してもらい、…署名をすることとした, …迎えに行く旨を記載した:
/// what was decided, written down or asked for, with every clause before
/// it its content. Cut as it stands, the first clauses would read as done
/// (説明してもらいました) and the deciding as about the last alone; framed
/// (次のことにしました。), each part is said as what is to be. A reason
/// said first (…ないため、) stays before the frame, and a case or a place
/// set off first (…契約のときは、 備考欄には、) goes into it.
fn decided(sentence: &str, changes: &mut Vec<Change>) -> Option<Vec<String>> {
    // The ending, the frame it is said with, and whether its content is a
    // list of …こと.
    const DECIDED: &[(&str, &str, bool)] = &[
        ("こととした", "次のことにしました。", false),
        ("ことになっている", "次のようになっています。", false),
        ("こととなっている", "次のようになっています。", false),
        ("ことにした", "次のことにしました。", false),
        ("旨を記載した", "次のことを書きました。", false),
        ("旨を記入した", "次のことを書きました。", false),
        ("旨を書いた", "次のことを書きました。", false),
        ("ことを役目として位置付けた", "役目として、次のことを決めました。", true),
        ("ことを役割として位置付けた", "役目として、次のことを決めました。", true),
        ("ことを役目とした", "役目として、次のことを決めました。", true),
        ("とする変更申請を市に対してした", "市に、次のように変えることを申し込みました。", false),
        ("とする変更申請を市にした", "市に、次のように変えることを申し込みました。", false),
    ];
    let body = sentence.trim_end_matches(['。', '．', '.']);
    // …受けられるよう事業所と話し合って決めた: what it was agreed to make
    // so, with whom.
    let agreed = body.strip_suffix("と話し合って決めた").and_then(|b| {
        let (what, with) = b.rsplit_once("ように").or_else(|| b.rsplit_once("よう"))?;
        let with = with.trim_start_matches('、');
        (!with.contains('、') && with.chars().count() <= 20).then(|| {
            (format!("{what}ようにする"), format!("{with}と話し合って、次のように決めました。"))
        })
    });
    // …出しておくこと、及び…手渡すことを、本人と確認した: a list of what
    // was confirmed with someone.
    let confirmed = ["と確かめた", "と確認した", "と決めた"].iter().find_map(|e| {
        let b = body.strip_suffix(e)?;
        let (list, with) = b.rsplit_once("ことを")?;
        let with = with.trim_start_matches('、');
        (with.chars().count() <= 12 && !with.contains('、') && list.contains("こと、")).then(|| {
            let verb =
                if e.ends_with("決めた") { "決めました" } else { "確かめました" };
            (format!("{list}こと"), format!("{with}と、次のことを{verb}。"), *e)
        })
    });
    let (mut content, frame, list, ending) = match (agreed, confirmed) {
        (_, Some((list, frame, e))) => (list, frame, true, e),
        (Some((what, frame)), None) => (what, frame, false, "と話し合って決めた"),
        (None, None) => {
            let (ending, frame, list) = DECIDED.iter().find(|(e, _, _)| body.ends_with(*e))?;
            (body[..body.len() - ending.len()].to_string(), frame.to_string(), *list, *ending)
        }
    };
    // (A noun's content, 土曜日のみの利用とする, is said as what is done;
    // its のみ is だけ by now, the word rules having run.)
    let mut used = false;
    if ending.starts_with("とする")
        && let Some(c) = content.strip_suffix("の利用")
    {
        used = true;
        content = match c.strip_suffix("だけ") {
            Some(c) => format!("{c}だけ使う"),
            None => format!("{c}を使う"),
        };
    }
    let long = body.chars().filter(|c| !c.is_whitespace()).count() > LONG;
    if !long || content.chars().count() < 8 {
        return None;
    }
    // The items of a list of …こと, each its own sentence.
    let items: Vec<String> = if list {
        let content = content.trim_end_matches("こと");
        let mut items = vec![content.to_string()];
        for sep in ["こと、並びに", "こと、及び", "こと、および", "こと、"] {
            items = items.iter().flat_map(|i| i.split(sep).map(str::to_string)).collect();
        }
        items
    } else {
        vec![content.clone()]
    };
    // A case or a place set off first goes into the frame.
    let (head, first) = match condition_first(&items[0]) {
        Some((h, rest)) => (Some(h.to_string()), rest.to_string()),
        None => match items[0].split_once('、') {
            Some((h, rest))
                if ["には", "として", "日は"].iter().any(|e| h.ends_with(e))
                    && !h.contains('、') =>
            {
                (Some(h.to_string()), rest.to_string())
            }
            _ => (None, items[0].clone()),
        },
    };
    // 本人は、…退職し、…通うことにした: a decision of someone set off
    // first is theirs; they go into the frame (あなたは、次のことにしました。).
    let decider = items[0].split_once('、').filter(|(h, _)| someone_set_off(h));
    let (head, first) = match (head, decider) {
        (None, Some((h, rest))) => (Some(h.to_string()), rest.to_string()),
        (head, _) => (head, first),
    };
    let mut mine = Vec::new();
    let mut parts: Vec<String> = Vec::new();
    for item in std::iter::once(first).chain(items[1..].iter().cloned()) {
        parts.extend(split(&format!("{item}。"), false, &mut mine));
    }
    // A reason said first stays before the frame: what follows its だから is
    // the content.
    let reason = parts.iter().position(|p| p.starts_with("だから、") || p.starts_with("それで、"));
    let (before, lead) = match reason {
        Some(r) if r > 0 && head.is_none() => {
            let rest = parts.split_off(r);
            let before = std::mem::replace(&mut parts, rest);
            let lead =
                if parts[0].starts_with("だから、") { "だから、" } else { "それで、" };
            parts[0] = parts[0][lead.len()..].to_string();
            (before, lead)
        }
        _ => (Vec::new(), ""),
    };
    // (One part needs no frame: …求めることとしました says it. What is
    // arranged, …ことになっている, is framed only for a day or a case set
    // off first: alone, …見学に行き、…検討することになっている says what
    // comes next in the order it comes.)
    let arranged = ending.ends_with("なっている");
    if parts.len() < 2 || arranged && head.is_none() {
        return None;
    }
    let frame = match &head {
        // (備考欄には、次のことを書きました → 備考欄に.)
        // (欄 is ところ by now: 備考のところには.)
        Some(h) if h.ends_with("欄には") || h.ends_with("のところには") => {
            format!("{lead}{}、{frame}", h.trim_end_matches('は'))
        }
        Some(h) => format!("{lead}{h}、{frame}"),
        None => format!("{lead}{frame}"),
    };
    changes.push(Change::new(Rule::Split, ending, frame.clone()));
    // The words of the ending the frame says another way, each listed.
    const SAID: &[(&str, &str)] = &[
        ("記載", "書く"),
        ("記入", "書く"),
        ("位置付け", "決める"),
        ("変更申請", "変えることを申し込む"),
    ];
    for (word, plain) in SAID.iter().filter(|(w, _)| ending.contains(w)) {
        changes.push(Change::new(Rule::Word, *word, *plain));
    }
    if used {
        changes.push(Change::new(Rule::Word, "利用", "使う"));
    }
    changes.append(&mut mine);
    Some([before, vec![frame], parts].concat())
}

/// …体力をつけ、来年度中に…移行することを目標とする: what is aimed at,
/// said as the aim of the sentence. Cut as it stands, the first steps
/// would read as done; framed (目当ては、次のことです。), each is a step of
/// the aim.
fn aimed_at(sentence: &str, changes: &mut Vec<Change>) -> Option<Vec<String>> {
    // (Not 目指す: what is aimed at, said as done, would lose the aiming.)
    const AIMS: &[&str] = &["ことを目当てとする", "ことをめあてとする"];
    let body = sentence.trim_end_matches(['。', '．', '.']);
    // 短期目標は、…整えて…改善し、…参加することである: the aim named
    // first, what it is after.
    let named = ["めあては、", "目当ては、"].iter().find_map(|m| {
        let (head, rest) = body.split_once(m)?;
        let content =
            ["ことである", "ことです", "ことだ"].iter().find_map(|e| rest.strip_suffix(e))?;
        (!head.contains('、') && content.contains('、'))
            .then(|| (format!("{head}目当ては、次のことです。"), content, *m))
    });
    // 長期目標として、…受けつつ、…通い続け、…暮らせるようになることを
    // 目指す: all joined before ことを目指す is the aim, framed by it.
    let named = named.or_else(|| {
        let (head, rest) = ["めあてとして、", "目当てとして、"]
            .iter()
            .find_map(|m| body.split_once(m).map(|(h, r)| (format!("{h}{m}"), r)))?;
        let content =
            rest.strip_suffix("ことを目指す").or_else(|| rest.strip_suffix("ことをめざす"))?;
        (!head[..head.len() - "、".len()].contains('、') && content.contains('、'))
            .then(|| (format!("{head}次のことを目指します。"), content, "ことを目指す"))
    });
    if let Some((frame, content, from)) = named {
        let mut mine = Vec::new();
        let parts = split(&format!("{content}。"), true, &mut mine);
        // (One part is enough under ことを目指す: what is aimed at is said
        // after its frame, not as a plan's fact.)
        let enough = if from == "ことを目指す" { 1 } else { 2 };
        if parts.len() >= enough && !parts.iter().any(|p| LEADS.iter().any(|w| p.starts_with(w))) {
            return Some(under(frame, from, parts, mine, changes));
        }
        return None;
    }
    let aim = AIMS.iter().find(|a| body.ends_with(**a))?;
    let content = &body[..body.len() - aim.len()];
    let long = body.chars().filter(|c| !c.is_whitespace()).count() > LONG;
    if !long || !ends_in_deed(content) {
        return None;
    }
    let mut mine = Vec::new();
    let parts = split(&format!("{content}。"), true, &mut mine);
    if parts.iter().any(|p| LEADS.iter().any(|w| p.starts_with(w))) {
        return None;
    }
    Some(under(GOAL_FRAME.to_string(), aim, parts, mine, changes))
}

/// Whether the verb `v` says one can (できる, 過ごせる: a potential).
fn can_do(v: &Morpheme) -> bool {
    v.base == "できる" || super::negation::potential_of(v).is_some()
}

/// The words a cut sentence starts with that say it is no further step.
const LEADS: &[&str] =
    &["だから、", "でも、", "そのために、", "それで、", "すると、", "そうして、"];

/// 保護者は、…使えるようにしてほしいとの希望である: a wish reported of
/// someone named first. Said as it stands it is one long sentence that
/// ends in a noun; framed (おうちの人の願いは、次のことです。), the wish is
/// said in its own words after it, cut like any other sentence.
fn wished_by(sentence: &str, changes: &mut Vec<Change>) -> Option<Vec<String>> {
    let body = sentence.trim_end_matches(['。', '．', '.']);
    let (who, rest) = body.split_once("は、")?;
    // おうちの人からは、…てほしいとの希望を伺った: the wish heard from them.
    let (who, heard) = match who.strip_suffix("から") {
        Some(who) => (who, true),
        None => (who, false),
    };
    // 保護者としては、: as for them.
    let who = who.strip_suffix("として").unwrap_or(who);
    if !a_name(who, 10) {
        return None;
    }
    let ends: &[&str] = if heard {
        &[
            "を聞いた",
            "を聞きました",
            "を聞いている",
            "を聞いています",
            "が聞かれた",
            "が聞かれました",
        ]
    } else {
        &["である", "です", "だ", "があります", "がある"]
    };
    // 本人からは、…続けたいとの感想が聞かれた: what they said of it,
    // heard; its reasons are theirs too.
    // (…助かっているとの声が聞かれた: the same.)
    let said = heard && (rest.contains("との感想") || rest.contains("との声"));
    let Some(content) = ends.iter().find_map(|e| rest.strip_suffix(e)).and_then(|r| {
        ["との願い", "との希望", "との要望", "との感想", "との思い", "との声"]
            .iter()
            .find_map(|w| r.strip_suffix(w))
    }) else {
        return (!heard).then(|| thinks(body, who, rest, changes)).flatten();
    };
    if !(said || content.ends_with("ほしい") || content.ends_with("たい"))
        || content.chars().count() < 6
    {
        return None;
    }
    let mut mine = Vec::new();
    let parts = split(&format!("{content}。"), false, &mut mine);
    let (frame, from) = if said {
        (format!("{who}から、次のことを聞きました。"), format!("{who}からは、"))
    } else if heard {
        (format!("{who}から、次の願いを聞きました。"), format!("{who}からは、"))
    } else {
        (format!("{who}の願いは、次のことです。"), format!("{who}は、"))
    };
    // The words the frame says instead (…との感想が聞かれた), listed.
    mine.push(Change::new(Rule::Split, &rest[content.len()..], frame.trim_end_matches('。')));
    // 入学を控え、…慣れさせたいとの思い: what is so before the wish
    // (入学が近づいています) is said before the frame, not as wished.
    // (Only a state with no wish of its own in it, and only where what
    // follows does not lean on it with だから or そのために; nor in what
    // was heard, which is all theirs.)
    let fact =
        |p: &String| p.ends_with("ています。") && !p.contains("たい") && !p.contains("ほしい");
    let facts = if said || heard { 0 } else { parts.iter().take_while(|p| fact(p)).count() };
    let leans = parts.get(facts).is_some_and(|p| LEADS.iter().any(|w| p.starts_with(w)));
    if facts > 0 && facts < parts.len() && !leans {
        let mut before = parts[..facts].to_vec();
        before.extend(under(frame, &from, parts[facts..].to_vec(), mine, changes));
        return Some(before);
    }
    Some(under(frame, &from, parts, mine, changes))
}

/// 父は、本人が一人で通えるようになることを強く望んでいる, 母は、…友達と
/// 話せる場を増やしたいと考えている: what someone named first wishes or
/// thinks, in one sentence too long to take in at once. The one who
/// wishes and their verb frame it (お父さんは、次のことを強く望んでいます。),
/// and what they wish follows on its own (…通えるようになることです。).
/// Only one wish with no cut in it: a part before it may be a fact (母は
/// 心配しており、…てほしいと願っている), which the frame would make wished.
fn thinks(body: &str, who: &str, rest: &str, changes: &mut Vec<Change>) -> Option<Vec<String>> {
    const VERBS: &[&str] =
        &["望んでいる", "願っている", "希望している", "期待している", "考えている", "思っている"];
    // (A cut inside what is hoped for, …利用することで、…増えていくことを
    // 期待している, is the hope's: it is cut after the frame.)
    let inside = rest.contains('、') && hoped_for_after(rest, 0);
    if body.chars().filter(|c| !c.is_whitespace()).count() <= LONG || rest.contains('、') && !inside
    {
        return None;
    }
    if !(people::names_someone(who) || people::names_a_body(who)) {
        return None;
    }
    let verb = VERBS.iter().find(|v| rest.ends_with(*v))?;
    let head = &rest[..rest.len() - verb.len()];
    let said = head.ends_with('と');
    // (The wish as said, its frame, and the wish's own words where it is
    // one of ことを.)
    let (wish, frame, content) =
        if let Some((wish, how)) = head.rsplit_once("ことを").filter(|_| !said) {
            // …なることを強く望んでいる: what they wish is a deed to come.
            let ends_in_verb = morphemes(wish).last().is_some_and(|m| {
                matches!(m.pos.0.as_str(), "動詞" | "助動詞") && m.conj_form == "基本形"
            });
            if !ends_in_verb
                || how.chars().count() > 4
                || verb.starts_with('考')
                || verb.starts_with('思')
            {
                return None;
            }
            (
                format!("{wish}ことです。"),
                format!("{who}は、次のことを{}。", polite(&format!("{how}{verb}"))),
                Some(wish),
            )
        } else {
            // …増やしたいと考えている: said as they would (増やしたいです).
            let wish = head.strip_suffix('と')?;
            if !(wish.ends_with("たい") || wish.ends_with("ほしい")) {
                return None;
            }
            (format!("{}。", polite(wish)), format!("{who}は、次のように{}。", polite(verb)), None)
        };
    if wish.chars().count() < 12 {
        return None;
    }
    changes.push(Change::new(Rule::Split, body, format!("{frame}{wish}")));
    if let Some(content) = content.filter(|_| inside) {
        let parts = split(&format!("{content}。"), true, changes);
        return Some([vec![frame], parts].concat());
    }
    Some(vec![frame, wish])
}

/// 2学期が終わるまでに、…確認し、…見ることができる: a goal with its
/// deadline set off first. Cut, the deadline would hold for the first part
/// alone, and the goal's できる would read as what is so now. The deadline
/// becomes the frame (2学期が終わるまでの目当てです。) and the goal one to
/// reach (できるようになります). Not これまでに or 今までに (so far), nor a
/// head with a topic of its own (本人は3月までに).
/// A place set off the same way (「放課後等デイサービス」では、) holds for
/// all of the goal too: 「放課後等デイサービス」での目当てです。
fn by_deadline(sentence: &str, changes: &mut Vec<Change>) -> Option<Vec<String>> {
    let body = sentence.trim_end_matches(['。', '．', '.']);
    let (head, rest) = body.split_once('、')?;
    // 3か月後には、: a time counted from now is a deadline too.
    // (A time counted: 3か月後, 半年後; not 夕食後, which is a time of day.)
    let counted = |w: &str| {
        w.ends_with("たったあと")
            || w.strip_suffix('後').is_some_and(|n| {
                ["か月", "ヶ月", "カ月", "年", "週間", "日"].iter().any(|u| {
                    n.strip_suffix(u)
                        .is_some_and(|d| d.ends_with(|c: char| c.is_ascii_digit() || c == '半'))
                }) || n.ends_with("半年")
            })
    };
    // Where: a service, a body or a place of the person's day.
    let place = |w: &str| {
        w.ends_with('」')
            || people::names_a_body(w)
            || ["家", "自宅", "学校", "職場", "保育園", "幼稚園"].iter().any(|p| w.ends_with(p))
    };
    // (A place frames only a goal said as one, …ようになる: 学校では、…
    // 食べることができる says what is so now.)
    let to_reach = rest.ends_with("ようになる");
    let (when, by) = match head.strip_suffix("までに") {
        Some(when) => (when, "までの"),
        None => match head.strip_suffix("では") {
            // 児童発達支援の場では、: 「児童発達支援」の場での.
            Some(at) if to_reach && (place(at) || at.ends_with("の場")) => (at, "での"),
            _ if to_reach && head.ends_with("の場で") => {
                (&head[..head.len() - "で".len()], "での")
            }
            _ => (head.strip_suffix("には").filter(|w| counted(w))?, "の"),
        },
    };
    let hm = morphemes(head);
    let so_far = ["これ", "今", "現在", "今日", "本日", "あれ"].contains(&when);
    let topic =
        hm.iter().any(|m| m.pos.0 == "助詞" && m.surface == "は" && m.span.end < head.len());
    if so_far || topic || when.chars().count() < 2 || rest.chars().count() < 6 {
        return None;
    }
    let rm = morphemes(rest);
    let last = rm.last()?;
    let reach = if rest.ends_with("ようになる") {
        rest.to_string()
    } else if last.base == "できる" && last.surface == "できる" && last.pos.0 == "動詞" {
        format!("{rest}ようになる")
    } else {
        return None;
    };
    let mut mine = Vec::new();
    let parts = split(&format!("{reach}。"), true, &mut mine);
    Some(under(format!("{when}{by}目当てです。"), &format!("{head}、"), parts, mine, changes))
}

/// `sentence` cut at its joints; `framed`: it is said under a frame of its
/// own already, which makes all of it the goal.
fn split(sentence: &str, framed: bool, changes: &mut Vec<Change>) -> Vec<String> {
    let body = sentence.trim_end_matches(['。', '．', '.']);
    // …大きく変化すること、及び…定着していないことから、: two reasons, each
    // said (…変わります。また、…いません。); joined, the second's not would
    // seem to hold for both.
    let listed = reasons_listed(body);
    let body = listed.as_deref().unwrap_or(body);
    let ms = morphemes(body);
    let mut out = Vec::new();
    let mut start = 0;
    let mut joint: Option<Joint> = None;
    let mut joints = Vec::new();
    // Whether the last cut was at a past's 結果 (試した結果、).
    let mut result_cut = false;
    // Whether a goal was cut into parts, said under a frame.
    let mut goal_frame = false;
    // A sentence longer than a reader takes in at once is also cut where a
    // clause ends without a 、 (見ているため朝起きられず).
    let long = body.chars().filter(|c| !c.is_whitespace()).count() > LONG;
    // 本人が、…受けながら、…送れるよう支援する: what comes before a よう
    // with no 、 after it is all inside the purpose, its subject too. It is
    // cut only at that よう, or the subject would seem to do what follows.
    let purpose = inner_purpose(&ms);
    // …暮らしながら、…通い続け、…行けるようになりたいとおっしゃっている:
    // what is joined by 、 before the と is all wanted; cut, it would read
    // as what is done.
    let wanted = wanted_until(&ms);
    // Whether every joint of the sentence only joins (し、 て、 ことで、):
    // a frame over a reason (…しまうため、) would make it a goal too.
    let only_joined = (1..ms.len()).all(|i| {
        let at = if ms[i].surface == "、" {
            joint_before(&ms[..i])
        } else if long && bare_joint(&ms, i) {
            joint_before(&ms[..=i])
        } else {
            None
        };
        at.is_none_or(|(kind, _)| matches!(kind, Joint::Then | Joint::And | Joint::By))
    });
    for (i, m) in ms.iter().enumerate() {
        if purpose.is_some_and(|p| i < p) && m.surface == "、" {
            continue;
        }
        let bare = (long && bare_joint(&ms, i)) || purpose == Some(i);
        if (m.surface != "、" && !bare) || i == 0 {
            continue;
        }
        let before = if bare { &ms[..=i] } else { &ms[..i] };
        let Some((kind, cut)) = joint_before(before) else { continue };
        // 再入院をせずに、…続けることができる: under a frame of what is
        // aimed at or can be done, a negative manner is how the step is
        // done; cut, it would read as a rule or a promise (しません).
        if framed && body[..before.last().map_or(0, |b| b.span.end)].ends_with("ないで") {
            continue;
        }
        // 今月末に転居するため、: what is due on a day is why, not what for.
        // 父親が定年退職を迎えるため、: with a subject of its own it happens
        // to them; why, not what for.
        // (Not an aim that has one inside it, 生活が整うようにするため, nor
        // the reader, the one the plan's aims are for: 本人が…検討するため.)
        // (Not a が inside a clause that names a noun: 職員が作った手順書.)
        let names_a_noun = |k: usize| {
            ms[k + 1..].windows(2).any(|w| {
                w[1].span.end <= cut
                    && matches!(w[0].pos.0.as_str(), "動詞" | "形容詞" | "助動詞")
                    && w[1].pos.0 == "名詞"
            })
        };
        let own_subject = || {
            !body[start..cut].ends_with("ようにする")
                && ms.iter().enumerate().any(|(k, m)| {
                    k > 0
                        && !["あなた", "本人", "自分"].contains(&ms[k - 1].surface.as_str())
                        // (The person called by name, …さん; not お父さん.)
                        && (!ms[k - 1].surface.ends_with("さん")
                            || people::FAMILY
                                .iter()
                                .any(|f| f.ends_with("さん") && body[..m.span.start].ends_with(f)))
                        && m.span.start >= start
                        && m.span.end <= cut
                        && m.surface == "が"
                        && m.pos.1 == "格助詞"
                        && !names_a_noun(k)
                })
        };
        let kind = match kind {
            Joint::For if timed(&ms[..i], start, cut) || own_subject() => Joint::Because,
            kind => kind,
        };
        // Before ながら, つつ or a bare 、 the verb is in its 連用形 already:
        // ます goes straight after it (気を付け → 気を付けます), where reading
        // the clause alone could take the verb for a noun (付け).
        let verb = ms[..i]
            .iter()
            .rev()
            .find(|m| m.span.end <= cut)
            .filter(|m| m.pos.0 == "動詞" && m.conj_form == "連用形" && m.span.end == cut);
        // 作ったうえで: cut before its た, the verb is left in the form た
        // needs (作っ); it takes its 連用形 for ます (作り).
        let before_ta = ms[..i]
            .iter()
            .rev()
            .find(|m| m.span.end <= cut)
            .filter(|m| m.pos.0 == "動詞" && m.conj_form == "連用タ接続" && m.span.end == cut)
            .and_then(|v| {
                let stem = conjugate::verb(&v.base, &v.conj_type, "連用形")?;
                Some(format!("{}{stem}", &body[start..v.span.start]))
            });
        let renyou = verb.is_some() || before_ta.is_some();
        let clause = before_ta.as_deref().unwrap_or(&body[start..cut]);
        // …への週に2回の通うことで (a noun said as a verb, 通所): a verb
        // right after の names a thing, and ends no clause.
        let last_verb = ms[..i].iter().rposition(|m| m.span.end <= cut);
        if last_verb.is_some_and(|k| {
            k > 0 && ms[k].pos.0 == "動詞" && ms[k - 1].surface == "の" && ms[k - 1].pos.0 == "助詞"
        }) {
            continue;
        }
        // …道に迷い、…声をかけられたことが2回あった: the count is of all
        // that happened together; cut, it would count the last part alone.
        if counted_experience(&body[cut..]) {
            continue;
        }
        // 朝食を食べないで、出かけることが多い: how often is of both joined
        // by て; cut, the first would be said of every time.
        const OFTEN: &[&str] = &[
            "ことが多い",
            "ことも多い",
            "ことがある",
            "こともある",
            "日が多い",
            "日がある",
            "日もある",
            "ときがある",
            "ときもある",
            "場合が多い",
            "場合がある",
        ];
        // (Not an experience, …教えてしまったことがある: what happened once
        // is said past, cut or not.)
        if kind == Joint::Then
            && (clause.ends_with('て') || clause.ends_with('で'))
            && OFTEN
                .iter()
                .any(|e| body.strip_suffix(e).is_some_and(|b| !b.ends_with(['た', 'だ'])))
        {
            continue;
        }
        // A clause too short to stand alone (本人が、) stays joined.
        if clause.chars().count() < 6
            || quoted_at(body, cut)
            || reported_after(body, cut, matches!(kind, Joint::So | Joint::Because | Joint::By))
            || hoped_for_after(body, cut)
        {
            continue;
        }
        // A clause joined to a wish (…暮らしながら、…通い続け、…行けるように
        // なりたいと話している) is wanted too, and cut it is said as wanted
        // (暮らしたいです). Not one with a subject or topic of its own
        // (父が入院し、) or a quote of its own, which may be a fact: only the
        // writer knows, so it stays joined. A state (不安を感じてい、) is
        // what is, not what is wanted.
        let state = ["てい", "でい", "ていて", "でいて", "ており", "でおり"]
            .iter()
            .any(|e| clause.ends_with(e));
        // …暮らせるよう、料理を覚えてほしいと話している: the purpose is
        // the wish's; cut, it would read as the plan's (暮らせるようにします).
        // 人工呼吸器を使いながらも、…続けたいと希望されている: what the
        // wish holds in spite of is the wish's; cut, it is set against the
        // part after it (でも) and the part read as a fact.
        // (Not one with a subject, topic or quote of its own, 難しいと受け
        // 止めつつも、: a fact, set against the wish.)
        let own_words = ms.iter().any(|w| {
            w.span.start >= start
                && w.span.end <= cut
                && w.pos.0 == "助詞"
                && matches!(w.surface.as_str(), "が" | "は" | "と")
        });
        // (来てもらいながら、…続けたい: how the wish is to be, the same.)
        if (kind == Joint::SoThat || matches!(kind, Joint::Though | Joint::While) && !own_words)
            && wanted.is_some_and(|(from, q, _)| from <= i && i < q)
        {
            continue;
        }
        // …作業を覚え、将来は事務の仕事に就きたい: a part before a time set
        // against it (将来は) is not wanted, nor said apart from it (its
        // tense is the writer's to know).
        let later = [
            "将来は",
            "これから先は",
            "いずれは",
            "いつかは",
            "ゆくゆくは",
            "今後は",
            "これからは",
        ]
        .iter()
        .any(|t| body[cut..].trim_start_matches('、').starts_with(t));
        if later && wanted.is_some_and(|(from, q, _)| from <= i && i < q) {
            continue;
        }
        let mut wish = None;
        if let Some((from, q, want)) = wanted
            && from <= i
            && i < q
            && matches!(kind, Joint::Then | Joint::And | Joint::By | Joint::While)
            && !state
        {
            // 本人は、…移り、…たいと話している: a topic set off at the start
            // is the whole sentence's, the one who wants.
            let first_comma = ms.iter().position(|w| w.surface == "、");
            // (Not a time set off, いつかは…出て、: when, not who.)
            // (と only where it quotes, after what is said: 家族と暮らし is
            // with whom; は not after と, で or に: 自分でとは, 学校では.)
            let part_has_subject = ms.iter().enumerate().any(|(k, w)| {
                w.span.start >= start
                    && w.span.end <= cut
                    && w.pos.0 == "助詞"
                    && matches!(w.surface.as_str(), "が" | "は" | "と")
                    && !(w.surface == "と"
                        && k > 0
                        && matches!(ms[k - 1].pos.0.as_str(), "名詞" | "助詞"))
                    && !(w.surface == "は"
                        && k > 0
                        && matches!(ms[k - 1].surface.as_str(), "と" | "で" | "に"))
                    && !(w.surface == "は" && first_comma == Some(k + 1))
                    // (Nor the は of ではなく: 頼りきりではなく、 is how.)
                    && !(w.surface == "は"
                        && ms.get(k + 1).is_some_and(|n| n.base == "ない"))
                    && !(w.surface == "は"
                        && k > 0
                        && (super::names_a_time(&ms[k - 1])
                            || ["いつか", "将来", "いずれ", "ゆくゆく", "これから", "今後"]
                                .contains(&ms[k - 1].surface.as_str())))
            });
            // A sentence that is itself a wish (q at its end): a part with
            // a subject or topic of its own (両親は共働きであり、) is a fact
            // before it, cut as such.
            // (Nor a part dated in the past, 昨年亡くなり、: what happened.)
            let part_has_subject =
                part_has_subject || PAST_TIMES.iter().any(|t| body[start..cut].contains(t));
            match verb.filter(|_| !part_has_subject).and_then(|v| want.say(v)) {
                Some(said) => wish = Some((verb.map_or(cut, |v| v.span.start), said)),
                None if q == ms.len() && part_has_subject => {}
                None => continue,
            }
        }
        // 保護者は、就学のために、…積ませたいと希望している: the one set
        // off at the start wants; cut at the purpose, they would seem to
        // be the one who does it.
        if matches!(kind, Joint::For | Joint::SoThat)
            && purpose != Some(i)
            && set_off(&ms, start, cut)
        {
            continue;
        }
        // …ボードを用意していただき、…避けていただくようお願いしたい:
        // all before the request is asked for; cut, the first part would
        // read as settled.
        let request = [
            "ようお願い",
            "ようにお願い",
            "よう依頼",
            "ように依頼",
            "よう求め",
            "ように求め",
            "よう指示",
            "ように指示",
            "よう助言",
            "ように助言",
            "よう言われ",
            "ように言われ",
        ]
        .iter()
        .filter_map(|r| body.rfind(r))
        .max();
        // 週1回は献立を考え、…夕食を作る: what follows is on that day too;
        // cut, it would read as every day. Not where the rest has its own
        // topic (平日は…).
        // 主治医の指示の下で間食を減らし、散歩を日課とする: under whose
        // direction holds for what follows too.
        let when =
            ["回は", "日は", "朝は", "夜は", "週末は", "曜日は", "指示の下で", "指示のもとで"]
                .iter()
                .any(|t| clause.contains(t))
                && !body[cut..].contains('は')
                && !by_month_or_year(&body[cut..]);
        // 対応を検討するため、計画の変更が必要と思われる: an aim before
        // what is needed is why it is; cut, the aim would read as settled.
        // …増やすよう、計画を変更する必要があると判断した, …保つよう、
        // 統一して対応することが望ましい: the same for a purpose before
        // what is needed, advised or asked for.
        let advised = ["望ましい", "求められ"].iter().any(|w| body[cut..].contains(w));
        // 同意を得たうえで、…進める必要がある: the step first is part of
        // what is needed; cut, it would read as done.
        let once_done =
            ["たうえ", "た上", "だうえ", "だ上"].iter().any(|w| body[cut..].starts_with(w));
        if ((kind == Joint::For || once_done) && (advised || body[cut..].contains("必要")))
            || (kind == Joint::SoThat && advised)
        {
            continue;
        }
        // 帰宅してから、…過ごしている: a habit, or what has been so since;
        // cut, the first part's tense would be a guess.
        if kind == Joint::After && (body.ends_with("ている") || body.ends_with("でいる")) {
            continue;
        }
        // …バスに乗り、週1回の通院ができるようになる, 薬の一包化を継続し、
        // …飲めるようになる: the clause is the goal's way or part of it,
        // or a help that goes on; cut, it reads as a goal of its own.
        let goal = body.ends_with("ようになる");
        let requested = request.is_some_and(|r| {
            cut < r && !["ため、", "ので、", "から、"].iter().any(|j| body[cut..r].contains(j))
        });
        // …乗り継いで一人で通勤し、…続けられるようになる: cut, each part
        // is said under a frame that makes it all the goal (めあては、つぎの
        // ことです。). Not where a part has words set off (3か月後までに、),
        // which would then hold for the first sentence alone, nor at ながら.
        // (A frequency set off, 月2回、, is how often the part's own deed
        // is done: it may be cut with it.)
        let set_off_only_how_often = clause.split('、').rev().skip(1).all(|p| {
            p.ends_with('回') && !["今回", "毎回", "前回", "次回"].iter().any(|w| p.ends_with(w))
        });
        let framed_goal = goal
            && only_joined
            && matches!(kind, Joint::Then | Joint::And | Joint::By)
            && set_off_only_how_often
            && !requested
            && !when;
        if matches!(kind, Joint::Then | Joint::And | Joint::By | Joint::While)
            && ((goal && !framed_goal) || requested || when)
        {
            continue;
        }
        // …移ることができる (where `able_to` did not frame it): being able
        // holds for all it joins; cut, the last part alone would be able
        // (and read as allowed).
        // 発作が起きたときは、…確保し、…見守り、…呼ぶ (where
        // `on_condition` could not frame it): the condition holds for all
        // that follows; cut, only for the first part.
        // (Not before a case of its own that runs to the end, 5分以上続く
        // 場合は…呼ぶ: what follows says when it holds. With more steps
        // after it (…呼び、家族に連絡する) they would fall under that case.)
        let after = &body[m.span.end..];
        let own_case = ["ときは", "場合は", "時は"]
            .iter()
            .filter_map(|h| after.split('、').next()?.find(h).map(|at| at + h.len()))
            .min()
            .is_some_and(|end| !after[end..].trim_start_matches('、').contains('、'));
        if !framed
            && matches!(kind, Joint::Then | Joint::And | Joint::By | Joint::While | Joint::After)
            && condition_first(body).is_some_and(|(head, _)| cut > head.len())
            && ends_in_deed(body)
            && !own_case
        {
            continue;
        }
        // Not before a means (…使うことで、…できる): what comes before is
        // the means too, and the ability is what comes of it.
        if !framed
            && matches!(kind, Joint::Then | Joint::And | Joint::After)
            && body.ends_with("できる")
            && !body[cut..].contains("ことで、")
        {
            continue;
        }
        // …自宅を訪ね、…誘導を行うことを申し合わせる, 0時までに布団に入り、
        // 朝食をとる日を増やす: the clause is part of what a noun (こと,
        // 日) names; cut, it would be said as done.
        // 調理はヘルパーが行い、本人は…受け持つという分担: two parts set
        // side by side, each with its topic, are what という names.
        let toiu = named_by_toiu(&ms[i + 1..]) && clause.contains('は');
        if matches!(kind, Joint::Then | Joint::And) && (names_after(&ms[i + 1..]) || toiu) {
            continue;
        }
        // …見られるため、本人の気持ちを尊重しつつ、…考える必要がある:
        // the reason is for what is done, and the つつ clause is how it is
        // done; cut at the つつ, the reason would be for the how alone.
        if kind == Joint::While && matches!(joint, Some(Joint::Because | Joint::For | Joint::So)) {
            continue;
        }
        let ending = match kind {
            Joint::SoThat => Ending::Purpose,
            // 職場定着に向けて (→ 仕事を続けるため)、: said alone (仕事を続け
            // ます。そのために、) the aim reads as what is done.
            Joint::For => Ending::Aim,
            _ if renyou => Ending::Masu,
            _ => Ending::Analyse,
        };
        let mut ended = Vec::new();
        let mut said = match &wish {
            Some((at, w)) => {
                let wanted = format!("{}{w}", &body[start..*at]);
                ended.push(Change::new(Rule::Ending, clause, wanted.clone()));
                format!("{}{wanted}。", joint.map_or("", Joint::word))
            }
            None => finish(clause, joint, ending, &mut ended),
        };
        // A clause that does not end as a sentence (関係機関と一緒につつ)
        // is left joined rather than printed broken.
        if !["ます。", "ません。", "です。", "ました。", "でした。"]
            .iter()
            .any(|e| said.ends_with(e))
        {
            continue;
        }
        changes.append(&mut ended);
        // The joining words left out (ので, にもかかわらず) are said by the
        // word the next sentence starts with: listed, so none is lost
        // without a trace.
        let dropped = body[cut..m.span.end].trim_end_matches('、');
        if !dropped.is_empty() && !kind.word().is_empty() {
            changes.push(Change::new(Rule::Split, dropped, kind.word()));
        }
        // 2回行った結果、…発言が聞かれ、: what followed a past event has
        // happened too; a clause cut from the sentence keeps that.
        // Not a state (できるようになっており): it holds now.
        let after_result = joint == Some(Joint::So) && result_cut;
        // 父親が先月入院し、: a clause that says when in the past happened.
        // Not 前回の反省を生かし、 or 先月から通い、 (the time is not when
        // the clause happened, or it goes on since).
        let cm: Vec<&Morpheme> =
            ms.iter().filter(|m| m.span.start >= start && m.span.end <= cut).collect();
        // 先月の転倒で骨折し、: what happens (not what is done, as in
        // 前回の反省を生かし) in a clause about a past time happened then.
        let happened = cm.len() >= 2 && a_happening(cm[cm.len() - 2], cm[cm.len() - 1]);
        // 自宅を訪問した際、…拝見し、: what was seen on a past visit was
        // seen then.
        // (Not a case: 続いたときは, 見られた時点で.)
        // Only a visit or a meeting (不安になったとき、 is any time it
        // happens).
        let on_a_past_visit =
            ["訪問し", "訪ね", "伺っ", "見学し", "面談し", "会っ", "同行し"].iter().any(|v| {
                ["た際、", "たとき、", "た時、"].iter().any(|w| clause.contains(&format!("{v}{w}")))
            });
        let then = on_a_past_visit
            || cm.iter().enumerate().any(|(k, m)| {
                PAST_TIMES.contains(&m.surface.as_str())
                    && !cm.get(k + 1).is_some_and(|n| {
                        ["より", "と", "から", "まで"].contains(&n.surface.as_str())
                            || n.surface == "の" && !happened
                    })
            });
        // 2022年8月に…入院し、退院後は…している, 幼少期から祖母に育てられ、
        // …身を寄せている: a clause dated in a year or in childhood, in a
        // sentence told as what is or was, happened then. (Not 2022年から
        // 通い、: it goes on since; nor in a plan of what is to come.)
        let told = ["ている", "でいる", "た", "だ", "である", "とのこと"]
            .iter()
            .any(|e| body.ends_with(e))
            && !["予定", "見込", "見通し"].iter().any(|w| body.contains(w));
        // この3か月間で4回利用し、: how many times in a period now past
        // (a report's), counted, happened. The period may be set off
        // before (この3か月間、…ことが2回あり、).
        let counted = cm.windows(2).any(|w| w[0].pos.1 == "数" && w[1].surface == "回");
        // (A change in it, この3か月で…見えるようになり、 has come, told or
        // heard: a goal counts from now, not back over この.)
        let changed = ["ようになり", "ようになって"].iter().any(|e| clause.ends_with(e));
        // (Not how often, 月1回病院に通い: a habit goes on; nor a goal,
        // この半年で通えるようになり、…を目指す.)
        let how_often = (0..cm.len()).any(|k| {
            let per = matches!(cm[k].surface.as_str(), "週" | "月" | "年" | "日");
            let n = if cm.get(k + 1).is_some_and(|w| w.surface == "に") { k + 2 } else { k + 1 };
            per && cm.get(n).is_some_and(|w| w.pos.1 == "数")
                && cm.get(n + 1).is_some_and(|w| w.surface == "回")
        });
        let aimed =
            ["目指す", "めざす", "ようになる", "目標とする"].iter().any(|e| body.ends_with(e));
        let in_past_period =
            (told && counted && !how_often || changed && !aimed) && past_period(&body[..cut]);
        let dated = told
            && (cm.iter().enumerate().any(|(k, m)| {
                let year = m.pos.1 == "数"
                    && m.surface.len() == 4
                    && m.surface.chars().all(|c| c.is_ascii_digit())
                    && cm.get(k + 1).is_some_and(|n| n.surface.starts_with('年'));
                let after = cm[k + 1..].iter().find(|n| {
                    !(matches!(n.pos.1.as_str(), "数" | "接尾") || super::names_a_time(n))
                });
                year && !after
                    .is_some_and(|n| ["から", "より", "まで"].contains(&n.surface.as_str()))
            }) || cm.iter().any(|m| ["幼少", "幼児", "かつて"].contains(&m.surface.as_str()))
                || clause.contains("小さいころ"));
        // 上司から注意され、以来、…: what a since counts from happened.
        // (And the clauses before one that ends in since, …動けなくなって
        // 以来、 said てから by now: the day it counts from is past.)
        let next_clause = body[cut..].trim_start_matches('、');
        let next_clause = &next_clause[..next_clause.find('、').unwrap_or(next_clause.len())];
        let since = (["以来", "それから"].iter().any(|w| next_clause.starts_with(w))
            || ["て以来", "で以来", "てから", "でから"].iter().any(|w| next_clause.ends_with(w))
                && body.ends_with("ている"))
            && told;
        if (clause.contains("た結果")
            || since
            || clause.contains("だ結果")
            || after_result
            || then
            || dated
            || in_past_period)
            && !said.ends_with("ています。")
            && !said.ends_with("でいます。")
            && let Some(stem) = said.strip_suffix("ます。")
        {
            said = format!("{stem}ました。");
        }
        // 入院したと知り、不安定になった: in a story told in the past,
        // finding out is what happened (知りました, not 知っています).
        if (body.ends_with('た') || body.ends_with('だ'))
            && let Some(stem) = said.strip_suffix("知っています。")
        {
            said = format!("{stem}知りました。");
        }
        // 両親ともに80歳を超え、: an age passed is what is so now.
        for passed in ["歳を超えます。", "歳を過ぎます。"] {
            if let Some(stem) = said.strip_suffix(passed) {
                said = format!("{stem}{}ています。", &passed[..passed.len() - "ます。".len()]);
            }
        }
        out.push(said);
        joints.push(kind);
        joint = Some(kind);
        goal_frame |= framed_goal;
        result_cut = dropped == "結果";
        // After a よう, its に goes with it (送れるように します).
        start = match ms.get(i + 1) {
            Some(ni) if bare && ni.surface == "に" => ni.span.end,
            _ => m.span.end,
        };
    }
    let last = &body[start..];
    // A heading-like text without 。 that ends in a noun (見学の日程調整と
    // 振り返り, 週末の付き添い) is a name for something, not a sentence:
    // it keeps its noun ending.
    if body == sentence && names_a_thing(last) {
        out.push(format!("{}{last}", joint.map_or("", Joint::word)));
    } else {
        out.push(finish(last, joint, Ending::Analyse, changes));
    }
    // Framed first: the tense of the verb of saying (話していた) is the
    // saying's, not that of what was said.
    if said_by(&mut out, changes) || heard_from(&mut out, changes) {
        joints.insert(0, Joint::SoThat);
    } else if goal_frame && out.len() > 1 && !framed {
        out.insert(0, GOAL_FRAME.to_string());
        joints.insert(0, Joint::SoThat);
    }
    // 「生活介護」を平日5日、「短期入所」を月に2泊使います: each service
    // with how much of it, one verb for all, said once for each.
    let mut k = 0;
    while k < out.len() {
        match shared_verb(&out[k]) {
            Some(each) => {
                changes.push(Change::new(Rule::Split, out[k].clone(), each.concat()));
                let n = each.len();
                out.splice(k..=k, each);
                joints.splice(k..k, std::iter::repeat_n(Joint::Then, n - 1));
                k += n;
            }
            None => k += 1,
        }
    }
    past_throughout(&mut out, &joints);
    needed_throughout(&mut out, &joints, changes);
    if out.len() > 1 {
        changes.push(Change::new(Rule::Split, sentence, out.concat()));
    }
    out
}

/// `sentence` (one ended already) said once for each of the objects that
/// share its verb, each with how much or how often (「生活介護」を平日5日、
/// 「行動援護」を月に2回、「短期入所」を月に2泊使います。 → 「生活介護」
/// を平日5日使います。…): a list of amounts is hard to hold until the verb
/// comes at its end. Only where every part before the verb is a noun's
/// を and an amount, with no verb of its own, and the verb is not one that
/// needs them all together (組み合わせる, 併用する).
fn shared_verb(sentence: &str) -> Option<Vec<String>> {
    let body = sentence.strip_suffix('。')?;
    let ms = morphemes(body);
    // The parts between 、 as ranges of `ms`.
    let mut parts = Vec::new();
    let mut from = 0;
    for (i, m) in ms.iter().enumerate() {
        if m.surface == "、" {
            parts.push(from..i);
            from = i + 1;
        }
    }
    let last = from..ms.len();
    let is_wo = |m: &Morpheme| m.surface == "を" && m.pos.0 == "助詞";
    // Who or what is used, up to its を: nouns, 「」, の, と, や.
    let object = |r: std::ops::Range<usize>| {
        !r.is_empty()
            && ms[r].iter().all(|m| {
                matches!(m.pos.0.as_str(), "名詞" | "接頭詞" | "記号")
                    || (m.pos.0 == "助詞" && matches!(m.surface.as_str(), "の" | "と" | "や"))
            })
    };
    // How much or how often: nouns with a time or number among them.
    let amount = |r: std::ops::Range<usize>| {
        !r.is_empty()
            && ms[r.clone()].iter().all(|m| {
                matches!(m.pos.0.as_str(), "名詞" | "接頭詞" | "記号")
                    || (m.pos.0 == "助詞"
                        && matches!(m.surface.as_str(), "の" | "に" | "から" | "まで"))
            })
            && ms[r].iter().any(super::names_a_time)
    };
    let o = last.clone().rev().find(|&i| is_wo(&ms[i]))?;
    let v = (o + 1..ms.len()).find(|&i| ms[i].pos.0 == "動詞")?;
    let verb = &body[ms[v].span.start..];
    // Only verbs of using a service: with 増やす or 変更する the amounts
    // are what it becomes (週3日、…月4泊に増やす: to, not by), and a
    // する-noun before する (支給決定した) is no amount.
    const USES: &[&str] = &["使う", "受ける", "通う", "泊まる", "利用する"];
    if !object(last.start..o)
        || !amount(o + 1..v)
        || ms[v - 1].pos.1 == "サ変接続"
        || !USES.contains(&ms[v].base.as_str())
        || ["組み合わせ", "組合せ", "併用", "合わせ", "一緒", "ともに"]
            .iter()
            .any(|w| verb.contains(w))
    {
        return None;
    }
    let items: Vec<_> = parts
        .iter()
        .rev()
        .take_while(|r| {
            let wo: Vec<usize> = (r.start..r.end).filter(|&i| is_wo(&ms[i])).collect();
            wo.len() == 1 && object(r.start..wo[0]) && amount(wo[0] + 1..r.end)
        })
        .collect();
    if items.is_empty() {
        return None;
    }
    // What comes before the first may be a joining word (そして、), which
    // stays with it; anything else set off (夏休み期間中は、, 本人に対し、)
    // holds for every service, and said once it would hold for the first.
    let first = items.last().expect("one at least");
    if !ms[..first.start].iter().all(|m| m.pos.0 == "接続詞" || m.surface == "、") {
        return None;
    }
    let mut each: Vec<String> = items
        .iter()
        .rev()
        .map(|r| {
            let start = if r.start == first.start { 0 } else { ms[r.start].span.start };
            format!("{}{verb}。", &body[start..ms[r.end - 1].span.end])
        })
        .collect();
    each.push(format!("{}。", &body[ms[last.start].span.start..]));
    Some(each)
}

/// Whether the clause of `ms` between bytes `start` and `cut` names the
/// time it happens (今月末に, 来年3月に); not a deadline (3月までに).
fn timed(ms: &[Morpheme], start: usize, cut: usize) -> bool {
    let clause: Vec<&Morpheme> =
        ms.iter().filter(|m| m.span.start >= start && m.span.end <= cut).collect();
    // 今月の終わりに (今月末, said in words).
    let end_of = clause.windows(4).any(|w| {
        ["月", "週", "年", "年度"].iter().any(|t| w[0].surface.ends_with(t))
            && w[1].surface == "の"
            && ["終わり", "おわり", "初め", "はじめ"].contains(&w[2].surface.as_str())
            && w[3].surface == "に"
    });
    end_of
        || clause.windows(2).enumerate().any(|(k, w)| {
            let (time, ni) = (w[0], w[1]);
            // (Not 食事の前に, 困ったときに: a time relative to a deed, said
            // of what is done for a purpose too.)
            let relative =
                ["前", "後", "あと", "とき", "時", "際", "間", "うち", "中", "頃", "ころ"]
                    .contains(&time.surface.as_str());
            let point = time.pos.1 == "副詞可能" && !relative
                || (time.pos.1 == "接尾" && k > 0 && clause[k - 1].pos.1 == "副詞可能")
                || (matches!(time.surface.as_str(), "月" | "日")
                    && k > 0
                    && clause[k - 1].pos.1 == "数");
            point && ni.surface == "に" && ni.pos.0 == "助詞" && time.surface != "まで"
        })
}

/// What a goal cut into parts starts with: all that follows is the goal.
const GOAL_FRAME: &str = "目当ては、次のことです。";

/// How a sentence ends that says what the writer judged or thought then
/// (…と判断しました。): what it judged holds now, and an aim before it is
/// not made past.
const JUDGED: &[&str] = &["と判断しました。", "と考えました。", "と思いました。"];

/// How a saying cut from a report ends, once polite (…と本人は話しています。).
const SAYING_ENDS: &[&str] = &["言っています。", "話しています。"];

/// Verbs that report what someone said, after と (…挑戦したいと話して
/// いる): all before the と is theirs. Not 願う or 希望する: before the
/// wish, a plan states what is (母は言葉の遅れを心配しており、…てほしいと
/// 願っている), and framed, that would become a wish.
const REPORTED: &[&str] = &["話す", "言う", "述べる", "語る"];

/// Who may say something in a plan: the person and their family.
fn speakers() -> impl Iterator<Item = &'static &'static str> {
    people::THE_PERSON.iter().chain(people::FAMILY)
}

/// The sentences of one that reported what someone said (…慣れてきたので、
/// …挑戦したいと話している), said as what they said: cut apart, each
/// would read as the writer's fact. Who said it (あなたは、) and where
/// (面談では、) come first, with the verb of saying (あなたは、つぎの
/// ように 話しています。), then what they said, each sentence ended
/// politely.
/// Whether it did.
fn said_by(out: &mut Vec<String>, changes: &mut Vec<Change>) -> bool {
    if out.len() < 2 {
        return false;
    }
    let last = out.last().expect("two or more");
    let ms = morphemes(last);
    // The last と whose verb of saying follows it; not 母と話す (with).
    let Some(k) = ms.iter().rposition(|m| m.surface == "と" && m.pos.0 == "助詞") else {
        return false;
    };
    // 話している, 言っていた, 話しました: a report; not 言うしかない, the
    // writer's own judgement.
    // …優先させたいと本人は話している: who said it, between.
    let speaker = ms
        .get(k + 1)
        .zip(ms.get(k + 2))
        .filter(|(n, wa)| n.pos.0 == "名詞" && wa.surface == "は" && wa.pos.0 == "助詞");
    let v = if speaker.is_some() { k + 3 } else { k + 1 };
    // Not 困ったことがあると話してくれる (tells when).
    let tail = |k: usize| ms.get(v + k).map_or("", |t| t.base.as_str());
    let reports =
        ms.get(v).is_some_and(|v| v.pos.0 == "動詞" && REPORTED.contains(&v.base.as_str()))
            && (matches!(tail(1), "た" | "ます")
                || (tail(1) == "て" && matches!(tail(2), "いる" | "おる")));
    // 本人は通っているが、母は…と話している: the one who says it is named
    // in the last part only, and what comes before is not theirs.
    // (は only: with が, あなたが今から慣れておくことが望ましいと, the
    // person is the subject of what is said, not the one who says it.)
    // (Nor with も, 本人も夜になると…と訴えている: they too say it, of
    // this part alone.)
    let own_speaker = ms[..k].windows(2).any(|w| {
        w[1].pos.0 == "助詞"
            && matches!(w[1].surface.as_str(), "は" | "も")
            && speakers().any(|p| *p == w[0].surface)
    });
    if !reports || !quotes(&ms, k) || own_speaker {
        return false;
    }
    let what = polite(&last[..ms[k].span.start]);
    let saying = &last[ms[v].span.start..];
    if !what.ends_with(['す', 'た', 'ん']) {
        return false;
    }
    // Who or where, set off at the start of the first sentence (あなたは、
    // 面談では、): the frame's, not the first thing said.
    let first = &out[0];
    // (Someone, or an occasion, 面談では: not a time of what is said, 朝は、
    // 気分が沈みやすく…と訴えている, which would read as when they say it.)
    let who_or_when = |head: &str| {
        let head = head.trim_end_matches("は、");
        people::names_someone(head) || head.ends_with('で') || head.ends_with("から")
    };
    let topic = first
        .find("は、")
        .map(|at| at + "は、".len())
        .filter(|&end| {
            !first[..end - "、".len()].contains('、')
                && first[..end].chars().count() <= 20
                && who_or_when(&first[..end])
        })
        .or_else(|| {
            let fm = morphemes(first);
            (fm.len() > 2
                && fm[0].pos.0 == "名詞"
                && fm[1].surface == "は"
                && fm[1].pos.0 == "助詞"
                && who_or_when(&fm[0].surface))
            .then(|| fm[1].span.end)
        });
    let (who, rest) = match (speaker, topic) {
        (Some((n, wa)), _) => (&last[n.span.start..wa.span.end], first.as_str()),
        (None, Some(end)) => (&first[..end], first[end..].trim_start()),
        (None, None) => ("", first.as_str()),
    };
    // 母は、昨年亡くなり、本人は…と話している: another set off after the
    // first is the one who says it; the first is not.
    let another = std::iter::once(rest).chain(out[1..].iter().map(String::as_str)).any(|p| {
        morphemes(p).windows(2).any(|w| {
            w[1].surface == "は"
                && w[1].pos.0 == "助詞"
                && speakers().any(|p| *p == w[0].surface)
                && !who.starts_with(w[0].surface.as_str())
        })
    });
    if topic.is_some() && speaker.is_none() && another {
        return false;
    }
    // 面談で伺ったところ、…たいとのことだった: with no one named, the
    // frame would take the asking (面談で聞きました。すると、) for what was
    // said; the sentences are left as they are.
    if who.is_empty() && out.get(1).is_some_and(|s| s.starts_with(Joint::Found.word())) {
        return false;
    }
    // …増やしたところ、…摂れているものの、…不安があると本人は話している:
    // what was found after a deed is the writer's; only the last part is
    // what was said, as it stands. (Not a reason of theirs, …始まるため、
    // …しかない: what they said.)
    let told_first = out[1..out.len() - 1].iter().any(|s| s.starts_with(Joint::Found.word()));
    if told_first {
        return false;
    }
    // …戻りたいと本人は話しており、…たいとのことである: with no one named
    // at the start, the one an earlier saying names is the one who says.
    let named_inside = out[..out.len() - 1].iter().find_map(|s| {
        speakers().find(|p| SAYING_ENDS.iter().any(|v| s.ends_with(&format!("と{p}は{v}"))))
    });
    // 見学したら、本人が自ら作業に加わり、…楽しかったと話していた: with
    // no one named who says it, and the person named doing things before
    // it, those are what happened, not what was said.
    let person_acts = out[..out.len() - 1]
        .iter()
        .any(|s| people::THE_PERSON.iter().any(|p| s.contains(&format!("{p}が"))));
    // 「就労継続支援B型」では、…と話している: with a service's place set
    // off first and no one named, the frame would read as the place saying
    // it (not an occasion, 面談では、).
    let at_a_place = ["」では、", "」には、"].iter().any(|p| who.ends_with(p));
    if named_inside.is_none() && (who.is_empty() && person_acts || at_a_place) {
        return false;
    }
    let who = match (who.is_empty(), named_inside) {
        (true, Some(p)) => format!("{p}は、"),
        _ if who.is_empty() || who.ends_with('、') => who.to_string(),
        _ => format!("{who}、"),
    };
    let frame = format!("{who}つぎのように{saying}");
    let mut framed = vec![frame.clone(), rest.to_string()];
    framed.extend(out[1..].iter().cloned());
    let n = framed.len();
    let said = format!("{what}。");
    framed[n - 1] = said;
    // …したいと言っており、…作ってみたいと言っている: inside the frame,
    // an earlier saying of the same one is what they said.
    for s in &mut framed[1..n - 1] {
        let said = |v: &str| {
            let mut ends = vec![format!("と{v}")];
            ends.extend(speakers().map(|p| format!("と{p}は{v}")));
            ends
        };
        let Some(before) = SAYING_ENDS
            .iter()
            .flat_map(|v| said(v))
            .find_map(|e| s.strip_suffix(e.as_str()).map(str::to_string))
            .filter(|b| b.ends_with("たい"))
        else {
            continue;
        };
        *s = format!("{}。", polite(&before));
    }
    changes.push(Change::new(Rule::Split, last.clone(), format!("{frame}…{}", framed[n - 1])));
    *out = framed;
    true
}

/// The sentences of one that reported what the writer heard from someone
/// (…自信をなくしていると、奥様から伺った), said under a frame that says
/// so (奥様から、次のことを聞きました。): cut apart, each would read as
/// the writer's own fact. Whether it did.
fn heard_from(out: &mut Vec<String>, changes: &mut Vec<Change>) -> bool {
    // (One long sentence too: …と職員から報告を受けている.)
    let long = out.len() == 1 && out[0].chars().filter(|c| !c.is_whitespace()).count() > LONG;
    let Some(last) = out.last().filter(|_| out.len() > 1 || long).cloned() else { return false };
    let ms = morphemes(&last);
    // (と before 、 is taken for the conditional と; what follows says.)
    let Some(k) = ms.iter().rposition(|m| m.surface == "と" && m.pos.0 == "助詞") else {
        return false;
    };
    let mut at = k + 1;
    if ms.get(at).is_some_and(|m| m.surface == "、") {
        at += 1;
    }
    let from_start = at;
    // Who, up to their から: nouns, or a role said in words (世話をする人).
    // (サービスをするところのスタッフ: a role said in words is long.)
    let from_at = ms[at..]
        .iter()
        .take(10)
        .take_while(|m| m.surface != "、")
        .position(|m| m.surface == "から" && m.pos.1 == "格助詞")
        .map(|p| at + p)
        .filter(|&f| f > at && people::names_someone(&ms[f - 1].surface));
    match from_at {
        Some(f) => at = f,
        None => {
            while ms.get(at).is_some_and(|m| matches!(m.pos.0.as_str(), "名詞" | "接頭詞")) {
                at += 1;
            }
        }
    }
    // …なったと伺った: from no one named, heard all the same.
    let from =
        at > from_start && ms.get(at).is_some_and(|m| m.surface == "から" && m.pos.1 == "格助詞");
    let verb = if from { at + 1 } else { from_start };
    // One long sentence is framed only with who told it named right before
    // the verb (…と職員から報告を受けている): inside another frame (…から、
    // 次のことを聞きました), its own 聞いている is no report of its own.
    if out.len() == 1 && !from {
        return false;
    }
    // …と世話人から報告を受けた: a report heard from them too.
    let heard = ms.get(verb).is_some_and(|m| m.base == "聞く" || from)
        && matches!(
            last[ms[verb].span.start..].trim_end_matches('。'),
            "聞きました"
                | "聞いています"
                | "報告を受けました"
                | "報告を受けています"
                | "連絡を受けています"
                | "連絡を受けました"
                | "相談を受けました"
        );
    // …保育士と統一したことで、…少なくなったと保育士から: what was done
    // to bring it about (それで, そうして) is the writer's, not heard.
    let done_first =
        out[1..].iter().any(|s| s.starts_with("それで、") || s.starts_with("そうして、"));
    if !heard || done_first {
        return false;
    }
    // お母様からは、…と伺った: who, set off at the start instead.
    // (母親から、 too, and with when before who: 自宅訪問時に母親から、.)
    let named = |w: &str| {
        (a_name(w, 20) && people::names_someone(w))
            || w.rsplit_once('に').is_some_and(|(when, who)| {
                a_name(who, 12) && people::names_someone(who) && a_name(when, 15)
            })
    };
    // (Not 職員から、…助言を受け、 or 医師から、…指示があり、: what the
    // person received from them, not what they told.)
    let received = |rest: &str| {
        ["を受け", "言われ", "勧められ", "指示があ", "説明があ", "連絡があ"]
            .iter()
            .any(|v| rest.contains(v))
    };
    let topic = (!from)
        .then(|| {
            out[0]
                .split_once("からは、")
                .or_else(|| out[0].split_once("から、").filter(|(_, rest)| !received(rest)))
        })
        .flatten()
        .filter(|(w, _)| named(w))
        .map(|(w, rest)| (w.to_string(), rest.to_string()));
    let who = match (&topic, from) {
        (_, true) => format!("{}から、", &last[ms[from_start].span.start..ms[at].span.start]),
        (Some((w, _)), false) => format!("{w}から、"),
        (None, false) => String::new(),
    };
    let what = polite(&last[..ms[k].span.start]);
    if !what.ends_with(['す', 'た', 'ん']) {
        return false;
    }
    // 保護者からは、…と伺っており、学校からは…と聞いている: a last part
    // with a source of its own (学校からは) was heard from them, not from
    // the one set off first.
    let own_source = named_then(&ms[..k], &["から"], true);
    if own_source && topic.is_some() {
        return false;
    }
    if let Some((_, rest)) = topic {
        out[0] = rest;
    }
    // (報告を受けました: 次の報告を受けました, the report named still.)
    let v = &last[ms[verb].span.start..];
    let frame = if v.starts_with('聞') {
        format!("{who}次のことを{v}")
    } else {
        format!("{who}次の{v}")
    };
    let n = out.len();
    let mut framed = vec![frame.clone()];
    framed.extend(out[..n - 1].iter().cloned());
    framed.push(format!("{what}。"));
    changes.push(Change::new(Rule::Split, last.clone(), format!("{frame}…{what}。")));
    *out = framed;
    true
}

/// A clause cut at 〜し、 or 〜て、 takes its tense from the sentence it
/// was joined to (慣れ、…できるようになった: both happened): each sentence
/// before a past one, joined that way, is made past too.
fn past_throughout(out: &mut [String], joints: &[Joint]) {
    // 前職を離職し、現在は自宅で過ごしている: a deed before a now set
    // against it (現在は, 今は) is over. (Not a state, 診断を受けています:
    // it holds now too.) Made past after the rest, so that it makes no
    // sentence before it past in turn.
    let over: Vec<(usize, String)> = (0..out.len().saturating_sub(1))
        .filter(|&i| {
            ["現在は", "今は", "いまは", "現在、"].iter().any(|w| out[i + 1].starts_with(w))
                // (Set against what is now, not a deed decided now:
                // 意向を尊重し、現時点で変更は行わない is not over.)
                && (!out[i + 1].ends_with("ません。")
                    || ["ていません。", "でいません。", "ありません。"]
                        .iter()
                        .any(|e| out[i + 1].ends_with(e)))
                && joints.get(i) == Some(&Joint::Then)
                && !out[i].ends_with("ています。")
                && !out[i].ends_with("でいます。")
        })
        .filter_map(|i| Some((i, format!("{}ました。", out[i].strip_suffix("ます。")?))))
        .collect();
    past_before_past(out, joints);
    for (i, done) in over {
        out[i] = done;
    }
}

/// [`past_throughout`] but for a now set against what came before.
fn past_before_past(out: &mut [String], joints: &[Joint]) {
    // 楽しみにしており、…姿も見られ、…明るくなった: a state holds still
    // before what was made past only by being joined to a past (見られ);
    // before what was past as written, it was so then.
    let written: Vec<String> = out.to_vec();
    // …とどまっており、…乗れるようになったので、…検討する: a sentence that
    // ends in what is or will be tells of now; its states are so now.
    let told_now = written.last().is_some_and(|l| !said_past(l));
    // joints[i] joins out[i] to out[i + 1].
    for i in (0..out.len().saturating_sub(1)).rev() {
        let state = out[i].ends_with("ています。") || out[i].ends_with("でいます。");
        if state && told_now && i + 2 < out.len() && !said_past(&written[i + 1]) {
            continue;
        }
        // 世話人が毎晩声をかけており、…済ませられるようになった: a habit
        // kept every day goes on; said past (かけていました), it would read
        // as stopped.
        const EVERY: &[&str] = &["毎日", "毎朝", "毎晩", "毎夜", "毎週", "毎月"];
        // (Not one said to be over: 以前は毎日飲酒しており.)
        const BEFORE: &[&str] = &["以前", "前は", "かつて", "昔", "当時"];
        if state
            && EVERY.iter().any(|e| out[i].contains(e))
            && !BEFORE.iter().any(|b| out[i].contains(b))
        {
            continue;
        }
        // ヘルパーが来てくれて助かっており、…取れるようになった: a feeling
        // said as it is is how they feel now.
        const FEELING: &[&str] = &[
            "助かっています。",
            "喜んでいます。",
            "安心しています。",
            "満足しています。",
            "楽しんでいます。",
        ];
        if FEELING.iter().any(|f| out[i].ends_with(f)) {
            continue;
        }
        let next = if state { &written[i + 1] } else { &out[i + 1] };
        // 電話に出て、…教えてしまったことがあり: the clause before an
        // experience (〜たことがある) happened then too.
        let next_past = said_past(next)
            || ["たことがあります。", "だことがあります。"].iter().any(|e| next.ends_with(e));
        // 見られなくなり、…減っている: a change before a state it led to
        // has happened (なりました), not one still to come.
        // 課金が増え、…足りなくなる状況が続いている: the same for any
        // change, before what now is.
        // (就寝時間が遅くなり、…日が週2回ある: what there is now, too.)
        let became = (out[i].ends_with("なります。")
            && (["ています。", "ていると思われます。", "ていると考えられます。", "いです。"]
                .iter()
                .any(|e| out[i + 1].ends_with(e))
                || there_is(&out[i + 1]) && happened(&out[i])))
            // 物忘れが見られるようになり、…必要がある: what is seen now has
            // begun; not 一人暮らしになり、 (to come).
            || (out[i].ends_with("見られるようになります。")
                && out[i + 1].ends_with("必要があります。"))
            || (changes_to(&out[i])
                && matches!(joints.get(i), Some(Joint::Then | Joint::And | Joint::By))
                && happened(&out[i])
                && out[i + 1..].iter().any(|s| now_or_done(s)));
        // 計画が変更され、同じ事業所を利用している: a decision made on the
        // person's behalf, before what now is, has been made (変更されました).
        // (Not before what is to be, 引き続き利用できる: when it is made,
        // the writer knows.)
        let decided = decided_passive(&out[i])
            && happened(&out[i])
            && matches!(joints.get(i), Some(Joint::Then | Joint::And))
            && out[i + 1..].first().is_some_and(|s| now_or_done(s));
        let became = became || decided;
        // 施設を利用しながら、…通っている, 受け止めつつも、…願っている:
        // both go on now.
        // 課金を繰り返し、…続いている: a repeating that goes on now.
        let repeats = joints.get(i) == Some(&Joint::Then)
            && (out[i].ends_with("繰り返します。") || out[i].ends_with("くりかえします。"));
        // 年金は本人が管理し、月末に…確認している: a deed joined to a habit
        // is one too; said alone (管理します) it reads as still to come.
        // Not what is or happens (あります, 増えます, 見られます).
        // Nor a deed to come (来月…見学に行き、…ことになっている).
        let to_come = ["来月", "来週", "来年", "明日", "次回", "今度", "後日", "翌月", "翌週"]
            .iter()
            .any(|t| out[i].contains(t))
            || out[i + 1].ends_with("ことになっています。");
        let habit = matches!(joints.get(i), Some(Joint::Then | Joint::And))
            && !to_come
            && !changes_to(&out[i])
            && out[i].strip_suffix("ます。").is_some_and(|body| {
                morphemes(body).last().is_some_and(|v| v.pos.0 == "動詞" && done_by_someone(v))
            });
        // …継続できており、概ね達成と判断した: the state judged holds now.
        let judged =
            out[i].ends_with("ています。") && JUDGED.iter().any(|e| out[i + 1].ends_with(e));
        if judged {
            continue;
        }
        if (matches!(joints.get(i), Some(Joint::While | Joint::Though)) || repeats || habit)
            && out[i + 1].ends_with("ています。")
            && let Some(ongoing) = going_on(&out[i])
        {
            out[i] = ongoing;
            continue;
        }
        // …確認できるよう、…設置していただいた: the aim of what was done
        // was then too (ようにしました).
        // (Not before a past judgement: …必要があると判断しました.)
        let aim_of_past = next_past
            && matches!(joints.get(i), Some(Joint::SoThat | Joint::For))
            && out[i].ends_with("ようにします。")
            && !out[i + 1].contains("必要")
            && !JUDGED.iter().any(|e| out[i + 1].ends_with(e));
        if !aim_of_past
            && (!(next_past || became)
                || !matches!(
                    joints.get(i),
                    Some(Joint::Then | Joint::And | Joint::By | Joint::While | Joint::After)
                ))
        {
            continue;
        }
        let s = &mut out[i];
        if let Some(stem) = s.strip_suffix("ます。") {
            *s = format!("{stem}ました。");
        } else if let Some(stem) = s.strip_suffix("ません。") {
            *s = format!("{stem}ませんでした。");
        }
    }
}

/// Whether the words between bytes `start` and `end` set off who the
/// sentence is about with は and a 、 (保護者は、). Not が: 本人が、…
/// 通えるよう is the purpose's own subject.
fn set_off(ms: &[Morpheme], start: usize, end: usize) -> bool {
    ms.windows(2).any(|w| {
        w[0].span.start >= start
            && w[1].span.end <= end
            && w[0].pos.0 == "助詞"
            && w[0].surface == "は"
            && w[1].surface == "、"
    })
}

/// How a wish is said: 〜たい (to do) or 〜てほしい (wanting it done).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want {
    ToDo,
    Done,
}

impl Want {
    /// `verb` (in its 連用形) said as wanted, politely: 暮らしたいです,
    /// 慣れてほしいです.
    fn say(self, verb: &Morpheme) -> Option<String> {
        match self {
            Want::ToDo => Some(format!("{}たいです", verb.surface)),
            Want::Done => Some(format!("{}ほしいです", conjugate::te(verb)?)),
        }
    }
}

/// Where a wish that someone says or has holds in `ms`: from the word
/// after its last but or because (0 if none) to the last と after the wish
/// (〜たいとおっしゃっている, 〜てほしいとの要望, 〜たいと思っている), or the
/// end of a sentence that is itself a wish; and how it is wished: the たい
/// of wanting, or the ほしい after て (not 靴がほしい).
fn wanted_until(ms: &[Morpheme]) -> Option<(usize, usize, Want)> {
    // …使い方を覚えて、…自分で買いたい: a sentence that is itself a wish
    // wants all it joins; not across a but or a because (…通っているが、
    // 外で暮らしたい: what is before it is so), only what follows it
    // (…働きたいが、まずは…整え、…つけたい: 整え is wanted too).
    let from = ms
        .iter()
        .rposition(|m| {
            (m.pos.1 == "接続助詞"
                && matches!(
                    m.surface.as_str(),
                    "が" | "けど" | "けれど" | "ので" | "から" | "のに"
                ))
                || m.surface == "ため"
        })
        .map_or(0, |a| a + 1);
    let mut words = ms.iter().rev().filter(|m| m.pos.0 != "記号");
    let (last, before) = (words.next(), words.next());
    if last.is_some_and(|m| m.base == "たい") {
        return Some((from, ms.len(), Want::ToDo));
    }
    // …家事を覚え、一人で暮らしてほしい: the same for a wish of another.
    if last.is_some_and(|m| m.base == "ほしい")
        && before.is_some_and(|m| matches!(m.surface.as_str(), "て" | "で"))
    {
        return Some((from, ms.len(), Want::Done));
    }
    ms.iter().enumerate().rev().find_map(|(i, m)| {
        if m.surface != "と" || m.pos.1 != "格助詞" || i < 2 {
            return None;
        }
        let want = if ms[i - 1].base == "たい" {
            Want::ToDo
        } else if ms[i - 1].base == "ほしい" && matches!(ms[i - 2].surface.as_str(), "て" | "で")
        {
            Want::Done
        } else {
            return None;
        };
        let says = |next: &Morpheme| {
            matches!(next.surface.as_str(), "の" | "いう" | "希望" | "要望")
                || matches!(
                    next.base.as_str(),
                    "言う"
                        | "いう"
                        | "話す"
                        | "おっしゃる"
                        | "申す"
                        | "願う"
                        | "望む"
                        | "述べる"
                        | "語る"
                        | "思う"
                        | "考える"
                        | "訴える"
                )
        };
        // …投じたいと本人は話している: who says it may stand between
        // (checked after: in …たいと要望がある, 要望 is the saying).
        let speaker = ms.get(i + 1).is_some_and(|m| m.pos.0 == "名詞")
            && ms.get(i + 2).is_some_and(|m| matches!(m.surface.as_str(), "は" | "が"));
        // …続けたいと強く希望している: how strongly may stand between too.
        let how = ms.get(i + 1).is_some_and(|m| {
            m.pos.0 == "副詞" || m.pos.0 == "形容詞" && m.conj_form.starts_with("連用")
        });
        let says = ms.get(i + 1).is_some_and(says)
            || (speaker && ms.get(i + 3).is_some_and(says))
            || (how && ms.get(i + 2).is_some_and(says));
        says.then_some((0, i, want))
    })
}

/// A sentence ending in a verb and ます。 said as going on (利用します。
/// → 利用しています。, 通います。 → 通っています。).
fn going_on(sentence: &str) -> Option<String> {
    if sentence.ends_with("ています。") || sentence.ends_with("でいます。") {
        return None;
    }
    let body = sentence.strip_suffix("ます。")?;
    let ms = morphemes(body);
    let v = ms.last().filter(|m| m.pos.0 == "動詞" && m.conj_form.starts_with("連用"))?;
    Some(format!("{}{}います。", &body[..v.span.start], conjugate::te(v)?))
}

/// Whether the と at `k` of `ms` quotes what is said (不要だと, 「…」と):
/// after a verb, adjective, auxiliary or a closing quote, not after whom
/// one talks with (専門員と話す).
fn quotes(ms: &[Morpheme], k: usize) -> bool {
    k > 0
        && (matches!(ms[k - 1].pos.0.as_str(), "動詞" | "形容詞" | "助動詞")
            || ms[k - 1].surface == "」")
}

/// Whether the last clause of `ms` has a quoting と (不要だと本人が言う).
fn quoted_before(ms: &[Morpheme]) -> bool {
    let clause = ms.iter().rposition(|m| m.surface == "、").map_or(0, |c| c + 1);
    (clause..ms.len()).any(|k| ms[k].surface == "と" && ms[k].pos.0 == "助詞" && quotes(ms, k))
}

/// Whether `head` (what is set off before a 、) is someone with は
/// (本人は, 母親は): the one whose the sentence is.
fn someone_set_off(head: &str) -> bool {
    head.strip_suffix('は').is_some_and(people::names_someone)
}

/// Whether `ms` names someone (or, with `bodies`, a body that acts) right
/// before one of `particles` (本人も, 学校から).
fn named_then(ms: &[Morpheme], particles: &[&str], bodies: bool) -> bool {
    named_at(ms, particles, bodies).is_some()
}

/// Where [`named_then`] finds someone: the index of the word that names
/// them.
fn named_at(ms: &[Morpheme], particles: &[&str], bodies: bool) -> Option<usize> {
    ms.windows(2).position(|w| {
        particles.contains(&w[1].surface.as_str())
            && w[1].pos.0 == "助詞"
            && (people::names_someone(&w[0].surface)
                || bodies && people::names_a_body(&w[0].surface))
    })
}

/// Whether the change `sentence` says may have happened: not one to come
/// (来年度から一人暮らしになり) nor one that happens whenever something does
/// (緊張すると声が大きくなり).
fn happened(sentence: &str) -> bool {
    const TO_COME: &[&str] = &["来月", "来週", "来年", "今後", "これから", "次回", "予定"];
    const WHENEVER: &[&str] = &[
        "ると",
        "たら",
        "れば",
        "場合",
        "時は",
        "ときは",
        "時に",
        "ときに",
        "毎年",
        "毎月",
        "毎回",
        "その都度",
        "そのつど",
        "たびに",
        "いつも",
    ];
    // (And any と, ば or ても that joins a case: 薬を飲むと落ち着き.)
    let case = morphemes(sentence).iter().any(|m| {
        m.pos.1 == "接続助詞" && matches!(m.surface.as_str(), "と" | "ば" | "ても" | "でも")
    });
    !case && !TO_COME.iter().chain(WHENEVER).any(|w| sentence.contains(w))
}

/// Whether `sentence` says what there is now (…場面があります。, …日が
/// 週2回あります。), not what is needed or may come (必要があります,
/// 予定があります, おそれがあります).
fn there_is(sentence: &str) -> bool {
    const NOT_NOW: &[&str] = &["必要", "予定", "おそれ", "恐れ", "可能性", "見込み", "必要性"];
    let Some(body) = sentence.strip_suffix("あります。") else { return false };
    let body = body.trim_end_matches(|c: char| c.is_ascii_digit() || "回程度週月日に".contains(c));
    body.ends_with('が') && !NOT_NOW.iter().any(|n| body.trim_end_matches('が').ends_with(n))
}

/// Whether the clause that `rest` starts with (after a cut) ends in an
/// experience counted (…たことが2回あった, …たことが何度かある).
fn counted_experience(rest: &str) -> bool {
    // (The clause after the cut, without the joint that ends it.)
    let rest = rest.trim_start_matches('、');
    let rest = &rest[..rest.find('、').unwrap_or(rest.len())];
    let rest = rest.trim_end_matches(['。', '．', '.']);
    let rest = ["ため", "ので", "から"].iter().find_map(|j| rest.strip_suffix(j)).unwrap_or(rest);
    let Some(at) = rest.rfind("ことが") else { return false };
    let after = &rest[at + "ことが".len()..];
    let count = ["ありました", "あります", "あった", "ある"]
        .iter()
        .find_map(|e| after.strip_suffix(e))
        .unwrap_or(after);
    let counted = count.ends_with('回')
        && count.trim_end_matches('回').chars().all(|c| c.is_ascii_digit())
        || ["何度か", "何度も", "数回", "何回か"].contains(&count);
    counted && !count.is_empty() && rest[..at].ends_with(['た', 'だ'])
}

/// Whether a sentence is said in the past (…ました。, …でした。).
fn said_past(sentence: &str) -> bool {
    sentence.ends_with("ました。") || sentence.ends_with("でした。")
}

/// Whether the clause cut at `at` is inside what someone hopes for after
/// it (…通いつつ…利用することで、…増えていくことを期待している): all of
/// it is hoped for, and cut, the first part would read as settled.
fn hoped_for_after(body: &str, at: usize) -> bool {
    const HOPED: &[&str] = &["ことを期待", "ことを望", "ことを願", "ことを希望", "ことを目指"];
    let rest = body[at..].trim_start_matches(|c: char| c != '、').trim_start_matches('、');
    // (Not where the hoping one is named after the cut, 本人も…を望んで
    // いる: what comes before is the writer's.)
    // (自分は in what is hoped, 自分はできると思う気持ち, names no one.)
    let someone = |t: &str| {
        let ms: Vec<Morpheme> = morphemes(t).into_iter().filter(|m| m.surface != "自分").collect();
        named_then(&ms, &["は", "も"], false)
    };
    HOPED
        .iter()
        .any(|h| rest.find(h).is_some_and(|r| !rest[..r].contains('、') && !someone(&rest[..r])))
}

/// Whether what follows byte `at` of `body` reports, before the end of the
/// sentence, what someone said (…得られず、…感じていると本人から聞いており、
/// …): all before that と is what they said; cut there, it would read as the
/// writer's fact. A report at the very end is framed instead ([`said_by`],
/// [`heard_from`]).
fn reported_after(body: &str, at: usize, cause: bool) -> bool {
    const SAYING: &[&str] = &[
        "から聞い",
        "から聞き",
        "と話しており",
        "と話していて",
        "と言っており",
        "と言っていて",
        "と言って、",
        "と言い、",
    ];
    // …多く、…疲れやすいとの訴えがあった: what a report names is all theirs,
    // wherever it ends.
    const NAMED: &[&str] = &["との訴え", "との報告", "との声", "との相談", "との連絡", "との話"];
    // …乗れるようになったので不要だと本人が言うため、: the clause that
    // ends in a saying, before its 、, is all what was said.
    // (Analysed only where it has a と: this runs at every cut.)
    let clause = &body[at..];
    let clause = &clause[..clause.find('、').unwrap_or(clause.len())];
    // A cause cut before a clause that says what someone was told or
    // heard is part of it (…出したことで、…言われたと聞いたため、: the
    // shouting is what was heard of too). (Not a clause joined without a
    // cause, …維持できており、…と報告されている: the writer's fact first.)
    // (The clause after the cut's own 、, where more follows it: a report
    // that ends the sentence is framed; or the clause of a cut with none.)
    let rest = &body[at..];
    let next = match rest.split_once('、') {
        _ if !cause => "",
        Some((joint, after)) if joint.chars().count() <= 4 => {
            if after.contains('、') {
                after
            } else {
                ""
            }
        }
        _ => rest,
    };
    let next = &next[..next.find('、').unwrap_or(next.len())];
    // (…眠気が出やすくなると説明を受けている, …苦情を言われたと聞いた:
    // told or heard is a report too, where the と quotes.)
    const TOLD: &[&str] =
        &["聞く", "伺う", "教わる", "伝える", "説明", "報告", "連絡", "助言", "指摘"];
    let reports = |clause: &str, verbs: &dyn Fn(&[Morpheme], usize, &Morpheme) -> bool| {
        clause.contains('と') && {
            let cm = morphemes(clause);
            cm.iter().enumerate().any(|(k, m)| {
                m.surface == "と"
                    && m.pos.0 == "助詞"
                    && cm[k + 1..].iter().take(4).any(|v| verbs(&cm, k, v))
            })
        }
    };
    let says_here =
        reports(clause, &|_, _, v| v.pos.0 == "動詞" && REPORTED.contains(&v.base.as_str()))
            || reports(next, &|cm, k, v| {
                // (Not a quote marked off by 「」: what it holds is all there is.)
                quotes(cm, k)
                    && cm[k - 1].surface != "」"
                    && matches!(v.pos.0.as_str(), "動詞" | "名詞")
                    && TOLD.contains(&v.base.as_str())
            });
    // (Not 家族から聞き取りを行い: an interview, no saying reported.)
    says_here
        || SAYING.iter().any(|w| {
            body[at..].find(w).is_some_and(|r| {
                body[at + r..].contains('、') && !body[at + r + w.len()..].starts_with('取')
            })
        })
        || NAMED.iter().any(|w| {
            // Not where what is reported is quoted, or who says it comes
            // after the cut (…利用でき、家族からは「…」との声), nor after a
            // noun (学校との連絡: contact with them, no report).
            body[at..].find(w).is_some_and(|r| {
                let between = &body[at..at + r];
                !between.ends_with('」')
                    && !between.contains("から")
                    && !between.contains("より")
                    && morphemes(between).last().is_some_and(|m| m.pos.0 != "名詞")
            })
        })
}

/// Whether byte `at` of `text` is inside 「」.
fn quoted_at(text: &str, at: usize) -> bool {
    let before = &text[..at];
    before.matches('「').count() > before.matches('」').count()
}

/// How a clause is given its polite ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// It ends in a verb's 連用形: ます after it.
    Masu,
    /// A purpose (〜ように): します after it.
    Purpose,
    /// An aim (〜するため): ようにします after it.
    Aim,
    /// By its last word ([`polite`]).
    Analyse,
}

/// The clause `clause` made a sentence: the joining word of the clause
/// before it, a polite ending, and 。.
fn finish(clause: &str, after: Option<Joint>, ending: Ending, changes: &mut Vec<Change>) -> String {
    let lead = after.map_or("", Joint::word);
    let ended = match ending {
        Ending::Purpose if clause.ends_with("よう") => format!("{clause}にします"),
        Ending::Purpose => format!("{clause}します"),
        // よく なるようにするため: it says so already.
        Ending::Aim if clause.ends_with("ようにする") => polite(clause),
        Ending::Aim => format!("{clause}ようにします"),
        // 難しいと知り → 知っています: to know that is a state (知ります
        // would be to come); 様子を知り is to find out, and is done.
        Ending::Masu if clause.ends_with("と知り") => {
            format!("{}知っています", &clause[..clause.len() - "知り".len()])
        }
        Ending::Masu => format!("{clause}ます"),
        Ending::Analyse => polite(clause),
    };
    if ended != clause {
        changes.push(Change::new(Rule::Ending, clause, ended.clone()));
    }
    format!("{lead}{ended}。")
}

/// The index of a よう (or ように) that says what the helpers help towards
/// (送れるよう手伝う), with no 、 after it and its subject before the
/// first 、.
fn inner_purpose(ms: &[Morpheme]) -> Option<usize> {
    let p = ms.iter().rposition(|m| m.surface == "よう")?;
    let mut next = p + 1;
    if ms.get(next).is_some_and(|m| m.surface == "に") {
        next += 1;
    }
    let helps = ms.get(next).is_some_and(|m| {
        matches!(m.base.as_str(), "手伝う" | "てつだう" | "支援" | "援助" | "サポート" | "見守る")
    });
    // Only where the purpose's subject (本人が) comes before its first
    // 、: cut there, it would seem to be the one who helps.
    let first_comma = ms[..p].iter().position(|m| m.surface == "、")?;
    // A が inside a clause that ends at that 、 (予定が変わるため、) is
    // that clause's own, not the purpose's.
    let subject_first = ms[..first_comma].iter().any(|m| m.surface == "が" && m.pos.1 == "格助詞")
        && first_comma > 0
        && joint_before(&ms[..first_comma]).is_none();
    (helps && subject_first && p > 0 && inflects(&ms[p - 1])).then_some(p)
}

/// The length, in characters without spaces, over which a sentence is too
/// long to take in at once: easy-read practice keeps sentences to about 30.
const LONG: usize = 30;

/// Whether `ms[i]` ends a clause with no 、 after it (ので or ため after
/// a reason, とともに) and leaves enough of the sentence after it to stand
/// alone. Not ながら: cut there, the one who watches while another works
/// (スタッフが見守りながら自分で取り組む) would seem to do both.
fn bare_joint(ms: &[Morpheme], i: usize) -> bool {
    let m = &ms[i];
    let Some(prev) = i.checked_sub(1).map(|k| &ms[k]) else { return false };
    let joins = match m.surface.as_str() {
        "ので" | "ため" => inflects(prev),
        "とともに" => m.pos.0 == "助詞" && inflects(prev),
        _ => false,
    };
    let next = ms.get(i + 1).map_or("", |n| n.surface.as_str());
    let rest: usize = ms[i + 1..].iter().map(|n| n.surface.chars().count()).sum();
    joins && !matches!(next, "、" | "に" | "の" | "で" | "だ" | "です" | "も" | "") && rest >= 8
}

/// The joint that ends `ms` (the words before a 、), and the byte where the
/// clause before it ends (the joining words left out).
fn joint_before(ms: &[Morpheme]) -> Option<(Joint, usize)> {
    let n = ms.len();
    let last = &ms[n - 1];
    let prev = n.checked_sub(2).map(|i| &ms[i]);
    let is = |m: Option<&Morpheme>, s: &str| m.is_some_and(|m| m.surface == s);
    let pos = |m: &Morpheme, p: &str| m.pos.0 == p;
    match last.surface.as_str() {
        // 〜し、 〜続け、: a verb in its 連用形; not one used as a noun
        // after の (学校への迎え、宿題の見守り、).
        // Not one that works as a particle (進行に伴い、 言葉を踏まえ、):
        // alone, 進行に伴います says nothing.
        _ if pos(last, "動詞")
            && last.conj_form == "連用形"
            && !is(prev, "の")
            && !(matches!(prev.map(|p| p.surface.as_str()), Some("に" | "を"))
                && AS_PARTICLE.contains(&last.base.as_str())) =>
        {
            Some((Joint::Then, last.span.end))
        }
        // 頑張っているにもかかわらず、: but.
        // Not after a noun (雨にもかかわらず): alone, 雨です says no "despite".
        "ず" if prev.is_some_and(|p| p.base == "かかわる")
            && n >= 5
            && ms[n - 3].surface == "も"
            && ms[n - 4].surface == "に"
            && inflects(&ms[n - 5]) =>
        {
            Some((Joint::But, ms[n - 4].span.start))
        }
        "ものの" if pos(last, "助詞") => Some((Joint::But, last.span.start)),
        // 共働きであり、: it is so, and.
        "あり" if last.base == "ある" && is(prev, "で") && pos(last, "助動詞") => {
            Some((Joint::Then, last.span.end))
        }
        // A verb the word rules replaced, left in its dictionary form.
        _ if pos(last, "動詞") && last.conj_form == "基本形" => {
            Some((Joint::Then, last.span.end))
        }
        // 長く、 苦手で、 作れず、: an adjective, a noun's だ or a negative
        // in the form that joins.
        _ if pos(last, "形容詞") && last.conj_form == "連用テ接続" => {
            Some((Joint::Then, last.span.end))
        }
        // Only after an adjectival noun: after another noun, で may be the
        // particle (看護師で、 by the nurse) the analyser takes for だ.
        "で" if last.base == "だ" && prev.is_some_and(|p| p.pos.1 == "形容動詞語幹") => {
            Some((Joint::Then, last.span.end))
        }
        // A noun's にもかかわらず (雨にもかかわらず) is no clause.
        "ず" if prev.is_some_and(|p| p.base == "かかわる") => None,
        "ず" if last.base == "ぬ" && prev.is_some_and(|p| pos(p, "動詞")) => {
            Some((Joint::Then, last.span.end))
        }
        // 指示に従い、: the analyser's one particle, a verb's 連用形 inside.
        "に従い" if pos(last, "助詞") && prev.is_some_and(|p| pos(p, "名詞")) => {
            Some((Joint::Then, last.span.end))
        }
        // 確かめてきた結果、: it was done, and so.
        "結果" if prev.is_some_and(past) => Some((Joint::So, last.span.start)),
        // 貼ったところ、: it was done, and then.
        "ところ" if prev.is_some_and(past) => Some((Joint::Found, last.span.start)),
        "とともに" if pos(last, "助詞") => Some((Joint::And, last.span.start)),
        // 週4日を維持できている一方、: and on the other hand, but.
        "一方" | "いっぽう" if prev.is_some_and(|p| inflects(p) && p.conj_form == "基本形") => {
            Some((Joint::But, last.span.start))
        }
        // 短期入所を利用するほか、: besides it, and.
        "ほか" | "他" if prev.is_some_and(|p| pos(p, "動詞") && p.conj_form == "基本形") => {
            Some((Joint::And, last.span.start))
        }
        "ながら" | "つつ" if pos(last, "助詞") => Some((Joint::While, last.span.start)),
        // 受け止めつつも、 難しいと知りながらも、: but.
        "も" if let Some(p) =
            prev.filter(|p| matches!(p.surface.as_str(), "ながら" | "つつ") && pos(p, "助詞")) =>
        {
            Some((Joint::Though, p.span.start))
        }
        // 給食を通して、 体調によって、: a verb that works as a particle.
        "て" | "で"
            if n >= 3
                && matches!(ms[n - 3].surface.as_str(), "に" | "を")
                && prev
                    .is_some_and(|p| pos(p, "動詞") && AS_PARTICLE.contains(&p.base.as_str())) =>
        {
            None
        }
        "て" | "で" if pos(last, "助詞") && last.pos.1 == "接続助詞" => {
            // The clause keeps its て; `polite` makes the verb before it
            // polite (通って → 通います).
            Some((Joint::Then, last.span.end))
        }
        // After a verb or adjective only: 〜のため、 (a noun's) has no
        // clause before it to end.
        // 検討するため、: to do it (a purpose); 続いているため、: because.
        // 卒業するため、: because it will happen, or in order to do it;
        // only the writer knows, so it is not cut. With its subject (利用が
        // 終了するため) it happens: because.
        "ため" if n >= 3 && a_happening(&ms[n - 3], &ms[n - 2]) => {
            // 来年3月に卒業するため: with its day it is what will happen.
            let clause_start =
                ms[..n].iter().rposition(|m| m.surface == "、").map_or(0, |c| ms[c].span.end);
            let own_day = timed(ms, clause_start, ms[n - 2].span.end);
            ((n >= 4 && ms[n - 4].surface == "が") || own_day)
                .then_some((Joint::Because, last.span.start))
        }
        // 不要だと本人が言うため、: what someone says is why, not what for.
        // (Only a quoting と, after what is said: not 専門員と話すため, to
        // talk with them.)
        "ため"
            if prev.is_some_and(|p| REPORTED.contains(&p.base.as_str()) || p.base == "訴える")
                && quoted_before(&ms[..n - 1]) =>
        {
            Some((Joint::Because, last.span.start))
        }
        "ため" if prev.is_some_and(purpose) => Some((Joint::For, last.span.start)),
        // 通えるようになるため、: a goal (to become able to) or a cause
        // (because from next month they can); only the writer knows, so
        // it is not cut.
        "ため"
            if prev.is_some_and(|p| p.base == "なる" && p.conj_form == "基本形")
                && n >= 4
                && ms[n - 3].surface == "に"
                && ms[n - 4].surface == "よう" =>
        {
            None
        }
        // 生活を安定させるため、 先生に気づいてもらうため、: to make it so,
        // to have it done; a purpose, not a cause.
        "ため"
            if prev.is_some_and(|p| {
                (p.pos == ("動詞".into(), "接尾".into())
                    && matches!(p.base.as_str(), "せる" | "させる"))
                    || (p.base == "もらう" && p.pos.1 == "非自立")
            }) =>
        {
            Some((Joint::For, last.span.start))
        }
        // ごみの日を忘れないため、: so as not to, or because one does not;
        // only the writer knows, so it is not cut. (Only for slips one
        // guards against: できないため, しれないため are why.)
        "ため"
            if prev.is_some_and(|p| p.base == "ない" && pos(p, "助動詞"))
                && n >= 3
                && pos(&ms[n - 3], "動詞")
                && matches!(
                    ms[n - 3].base.as_str(),
                    "忘れる"
                        | "遅れる"
                        | "乗り遅れる"
                        | "迷う"
                        | "慌てる"
                        | "転ぶ"
                        | "なくす"
                        | "失くす"
                        | "見落とす"
                ) =>
        {
            None
        }
        "ので" | "ため" if prev.is_some_and(inflects) => {
            Some((Joint::Because, last.span.start))
        }
        "に" if is(prev, "ため") && n >= 3 && purpose(&ms[n - 3]) => {
            Some((Joint::For, ms[n - 2].span.start))
        }
        // リズムを整えたうえで、: once it is done (それから); cut before its
        // た, the deed keeps the sentence's tense (整えます, or 整えました
        // before a past).
        "で" if n >= 3
            && matches!(prev.map(|p| p.surface.as_str()), Some("うえ" | "上"))
            && past(&ms[n - 3]) =>
        {
            Some((Joint::After, ms[n - 3].span.start))
        }
        // 診断されてから、: after it; the clause keeps its て for `polite`.
        "から"
            if prev
                .is_some_and(|p| matches!(p.surface.as_str(), "て" | "で") && pos(p, "助詞")) =>
        {
            Some((Joint::After, last.span.start))
        }
        "から" if last.pos.1 == "接続助詞" => Some((Joint::Because, last.span.start)),
        "から" if is(prev, "こと") => Some((Joint::Because, ms[n - 2].span.start)),
        "に" if is(prev, "ため") && n >= 3 && inflects(&ms[n - 3]) => {
            Some((Joint::Because, ms[n - 2].span.start))
        }
        // 続いたことで、: it happened, and that is why; 持つことで、: by doing it.
        // 変化が少ないことで、: a state is why, not a means.
        "で" if is(prev, "こと") && n >= 3 && (past(&ms[n - 3]) || ms[n - 3].pos.0 == "形容詞") => {
            Some((Joint::So, ms[n - 2].span.start))
        }
        "で" if is(prev, "こと") => Some((Joint::By, ms[n - 2].span.start)),
        "に" if is(prev, "よう") => Some((Joint::SoThat, last.span.end)),
        "よう" => Some((Joint::SoThat, last.span.end)),
        "が" | "けれど" | "けど" if last.pos.1 == "接続助詞" => {
            Some((Joint::But, last.span.start))
        }
        "に" if is(prev, "とも") && n >= 3 && ms[n - 3].surface == "と" => {
            Some((Joint::And, ms[n - 3].span.start))
        }
        _ => None,
    }
}

/// How a sentence says what is needed or advised, after a verb's 基本形.
const NEEDED: &[&str] = &[
    "必要があります。",
    "ことが望ましいと考えられます。",
    "ことが望ましいと思われます。",
    "ことが望ましいです。",
    // 来月入院し、手術を受ける予定である: planned, both.
    "予定です。",
    // …統一を徹底し、…伝えることが求められる: asked for, both.
    "ことが求められます。",
    // …延ばし、…備えることが課題である: the task, both.
    "ことが取り組むことです。",
];

/// A clause cut at 〜し、 or 〜て、 before what is needed (操作に慣れ、…
/// 確保を急ぐ必要がある) is needed too, and so before what is advised,
/// planned or asked for ([`NEEDED`]): cut, it would read as settled.
fn needed_throughout(out: &mut [String], joints: &[Joint], changes: &mut Vec<Change>) {
    for i in (0..out.len().saturating_sub(1)).rev() {
        // …増やし、…戻すことが望ましいと考えられる: the same for what is
        // advised.
        let Some(tail) = NEEDED.iter().find(|t| out[i + 1].ends_with(**t)) else { continue };
        // (…と連絡を取り合いながら、…確保する必要がある: the while too.)
        if !matches!(joints.get(i), Some(Joint::Then | Joint::And | Joint::By | Joint::While)) {
            continue;
        }
        // 父と二人で暮らしており、: what is, not what is needed; nor
        // what happens (物忘れが見られるようになり、).
        if out[i].ends_with("ています。") || out[i].ends_with("でいます。") {
            continue;
        }
        let Some(body) = out[i].strip_suffix("ます。") else { continue };
        let ms = morphemes(body);
        let Some(v) = ms.last().filter(|v| v.pos.0 == "動詞" && v.span.end == body.len()) else {
            continue;
        };
        // 父が入院し、 昨年退院し、: a fact with its own subject or time.
        // (Not a topic with は: 職員は…伝え、…用いる必要がある, 平日は…:
        // it is the whole sentence's, the need's too.)
        // (But 兄は県外で働き、: the person or family set off with は is a
        // fact's own topic, not one who is to do what is needed.)
        let own = ms.iter().enumerate().any(|(k, m)| {
            (m.pos.0 == "助詞" && m.surface == "が")
                || (m.pos.0 == "助詞"
                    && m.surface == "は"
                    && k > 0
                    && speakers().any(|p| body[..m.span.start].ends_with(p)))
                || PAST_TIMES.contains(&m.surface.as_str())
                || ["以前", "これまで"].contains(&m.surface.as_str())
        });
        // 昨年退院し、: a する-noun that happens is no deed either.
        let happens = ms.len() >= 2 && a_happening(&ms[ms.len() - 2], v);
        if !done_by_someone(v) || happens || changes_to(&out[i]) || own {
            continue;
        }
        let Some(base) = conjugate::verb(&v.base, &v.conj_type, "基本形") else { continue };
        let needed = format!("{}{base}{tail}", &body[..v.span.start]);
        changes.push(Change::new(Rule::Ending, out[i].clone(), needed.clone()));
        out[i] = needed;
    }
}

/// Whether the verb `v` says what someone does (乗る, 作る), not what
/// happens or is (なる, 見られる, ある).
fn done_by_someone(v: &Morpheme) -> bool {
    v.pos.1 == "自立"
        && !matches!(v.base.as_str(), "なる" | "ある" | "いる" | "できる" | "わかる" | "分かる")
        && !HAPPENS.contains(&v.base.as_str())
}

/// Whether `sentence` (ending in ます。) says that something changed
/// (増えます, 減ります, 変わります).
fn changes_to(sentence: &str) -> bool {
    const CHANGES: &[&str] = &[
        "増える",
        "ふえる",
        "減る",
        "へる",
        "変わる",
        "かわる",
        "広がる",
        "下がる",
        "上がる",
        "乱れる",
        "崩れる",
        "強まる",
        "弱まる",
        "高まる",
        "増す",
        "崩す",
        // 声かけで落ち着き、最近は…通えている: settled, a change too.
        "落ち着く",
        "おちつく",
    ];
    // 減らされます: changed by someone unnamed, a change too (減らします is
    // a deed).
    const MADE: &[&str] = &["減らす", "増やす", "変える", "縮める", "削る"];
    let Some(ms) = super::before_masu(sentence) else { return false };
    match ms.len() {
        n if n >= 2
            && ms[n - 1].pos.1 == "接尾"
            && matches!(ms[n - 1].base.as_str(), "れる" | "られる") =>
        {
            ms[n - 2].pos.0 == "動詞" && MADE.contains(&ms[n - 2].base.as_str())
        }
        _ => ms.last().is_some_and(|v| v.pos.0 == "動詞" && CHANGES.contains(&v.base.as_str())),
    }
}

/// Whether `sentence` ends in a decision made about the person by someone
/// unnamed, said as a passive (更新されます。, 決定されます。).
fn decided_passive(sentence: &str) -> bool {
    const DECISIONS: &[&str] =
        &["更新", "延長", "決定", "認定", "承認", "支給", "許可", "採用", "受理", "変更"];
    let Some(body) = sentence.strip_suffix("ます。") else { return false };
    let ms = morphemes(body);
    let n = ms.len();
    n >= 3
        && ms[n - 1].pos.1 == "接尾"
        && ms[n - 1].base == "れる"
        && ms[n - 2].base == "する"
        && DECISIONS.contains(&ms[n - 3].surface.as_str())
}

/// Whether `sentence` says what now is or has been (…ています, …ました),
/// also behind a writer's guess (明るくなったように感じられます).
fn now_or_done(sentence: &str) -> bool {
    const GUESSED: &[&str] = &[
        "ように感じられます。",
        "ように思われます。",
        "ように見えます。",
        "と思われます。",
        "と考えられます。",
        "と感じられます。",
        "と思います。",
    ];
    sentence.ends_with("ています。")
        || sentence.ends_with("ました。")
        || there_is(sentence)
        || GUESSED
            .iter()
            .filter_map(|g| sentence.strip_suffix(g))
            .any(|guessed| ["た", "だ", "ている", "でいる"].iter().any(|v| guessed.ends_with(v)))
}

/// Whether the clause `ms` starts (up to its 、) ends in a verb that
/// describes a noun naming a deed or a day, the object of what follows
/// (…行うことを, …とる日を): the clause before it is then inside that
/// noun's phrase too. Not …休むことが増えている, where the clause before
/// is joined to what follows, nor a noun the word rules said as a doing
/// (週4日の通所を → 週4日の通うことを), whose verb follows の.
fn names_after(ms: &[Morpheme]) -> bool {
    // Nouns that name a deed, a day, or steps to take.
    // (…過ごし、土日は…過ごす生活を目指す: the life is all of it.)
    const NAMES: &[&str] = &["こと", "日", "約束", "ルール", "決まり", "生活", "暮らし"];
    // …連絡し、夜間は…連絡する手順を確認した: every step before a noun of
    // steps is one of them, a topic inside them or not.
    const STEPS: &[&str] = &["手順", "やり方", "流れ", "方法"];
    let end = ms.iter().position(|m| m.surface == "、").unwrap_or(ms.len());
    ms[..end].windows(3).enumerate().any(|(k, w)| {
        let steps = STEPS.contains(&w[1].surface.as_str());
        matches!(w[0].pos.0.as_str(), "動詞" | "助動詞")
            && w[0].conj_form == "基本形"
            && (steps || NAMES.contains(&w[1].surface.as_str()))
            && w[2].surface == "を"
            // (A life only as what is aimed at, …過ごす生活を目指す: not
            // 安定した生活を送っている, a life being lived.)
            && (!matches!(w[1].surface.as_str(), "生活" | "暮らし")
                || ms.get(k + 3).is_some_and(|v| matches!(v.base.as_str(), "目指す" | "めざす")))
            && !(k > 0 && ms[k - 1].surface == "の")
            // (Not a noun the word rules said in words, これまでどおりの
            // 毎日決まってすること (日課): an の before any particle of the
            // verb's own makes it one noun.)
            && ms[..k]
                .iter()
                .rev()
                .take_while(|m| m.surface != "、")
                .find(|m| m.pos.0 == "助詞" && matches!(m.pos.1.as_str(), "連体化" | "格助詞" | "係助詞"))
                .is_none_or(|m| m.surface != "の")
            // (…介助を行い、服薬は本人が行ったことを…確認する: with a topic
            // of its own the noun's clause starts after the cut.)
            // (A life named, …土日は…過ごす生活を, holds its topics.)
            && (steps
                || matches!(w[1].surface.as_str(), "生活" | "暮らし")
                || !ms[..k].iter().any(|m| m.surface == "は" && m.pos.1 == "係助詞"))
            // (…日数を増やし、保護者の就労の継続を支える → 保護者の働き続ける
            // ことを, …必要であり、本人も支援の継続を望む: a subject of its
            // own, after the cut, starts it too.)
            // (の only before the verb itself, 保護者の働き続ける: 本人の
            // 好きな朝食 is whose.)
            && !ms[..=k].windows(3).any(|p| {
                p[1].pos.0 == "助詞"
                    && people::names_someone(&p[0].surface)
                    && (matches!(p[1].surface.as_str(), "が" | "も")
                        || p[1].surface == "の" && p[2].pos.0 == "動詞")
            })
    }) || ms.windows(4).any(|w| {
        // …献立を決め、材料を買い、夕食を作るまでの流れを: steps inside the
        // span a noun names, however many 、 before it. (Not a while, …迎え
        // に来るまでの間: what is done until then.)
        w[0].pos.0 == "動詞"
            && w[0].conj_form == "基本形"
            && w[1].surface == "まで"
            && w[2].surface == "の"
            && !matches!(w[3].surface.as_str(), "間" | "あいだ")
    })
}

/// Whether the words `ms` after a cut end, before their next 、, in a
/// clause that という makes a noun's (…受け持つという分担).
fn named_by_toiu(ms: &[Morpheme]) -> bool {
    let end = ms.iter().position(|m| m.surface == "、").unwrap_or(ms.len());
    ms[..end].windows(2).any(|w| {
        matches!(w[0].pos.0.as_str(), "動詞" | "助動詞")
            && w[0].conj_form == "基本形"
            && w[1].surface == "という"
    })
}

/// Whether `m` is the past's た (or だ, as in 読んだ).
fn past(m: &Morpheme) -> bool {
    m.conj_type == "特殊・タ"
}

/// Verbs that, after に or を in their 連用形, work as a particle of the
/// clause they are in (進行に伴い, 言葉を踏まえ, 指示に基づき), not as the
/// end of a clause of their own.
const AS_PARTICLE: &[&str] = &[
    "伴う",
    // 小学校入学に向け、: toward it.
    "向ける",
    // 母親に代わり、: in their place.
    "代わる",
    // 都合がつかない場合に限り、: only then.
    "限る",
    // 体調に合わせて、: according to it.
    "合わせる",
    "対する",
    "関する",
    "際する",
    "応じる",
    "通じる",
    "基づく",
    "含める",
    "踏まえる",
    "比べる",
    "通す",
    "よる",
];

/// Whether `text` ends in a noun, or a verb's 連用形 used as one (振り返り).
fn names_a_thing(text: &str) -> bool {
    let ms = morphemes(text);
    ms.iter().rev().find(|m| m.pos.0 != "記号").is_some_and(|m| {
        m.pos.0 == "名詞" || (m.pos.0 == "動詞" && m.conj_form == "連用形" && m.pos.1 == "自立")
    })
}

/// Whether `m`, before ため, says what is done for a purpose: a verb
/// that is done, in its dictionary form (検討するため); not one that is
/// (あるため, いるため, できるため, なるため), nor a past or a negative.
fn purpose(m: &Morpheme) -> bool {
    m.pos == ("動詞".into(), "自立".into())
        && m.conj_form == "基本形"
        && !matches!(m.base.as_str(), "ある" | "いる" | "できる" | "なる" | "わかる" | "分かる")
        && !HAPPENS.contains(&m.base.as_str())
        && !REASON_BEFORE_TAME.contains(&m.base.as_str())
}

/// する-nouns of what happens to someone (卒業, 終了, 入院), though some
/// may as well be done: before するため without a subject or a day of
/// their own they may give a reason or a purpose, so they are not cut; with
/// one ([`a_happening`]), and in a clause of a past time, they happened.
const HAPPENS_SAHEN: &[&str] = &[
    "卒業", "終了", "入院", "退院", "進行", "悪化", "低下", "増加", "減少", "発生", "変化", "入学",
    "進学", "閉鎖", "廃止", "満了", "転勤", "骨折", "転倒", "発症", "受傷", "負傷", "移行",
];

/// Whether `noun` and `suru` say what happens to someone (卒業する, 転倒
/// する), not what they do.
fn a_happening(noun: &Morpheme, suru: &Morpheme) -> bool {
    suru.base == "する" && HAPPENS_SAHEN.contains(&noun.surface.as_str())
}

/// Whether `text` names a period up to now (この3か月間, この半年, この
/// 1年): what a report counts in it has happened.
fn past_period(text: &str) -> bool {
    const UNITS: &[&str] = &["か月", "ヶ月", "カ月", "ヵ月", "週間", "年間", "年", "日間"];
    text.match_indices("この").any(|(at, this)| {
        let rest = &text[at + this.len()..];
        let digits =
            rest.trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
        rest.starts_with("半年")
            || digits.len() < rest.len() && UNITS.iter().any(|u| digits.starts_with(u))
    })
}

/// Words for a time past: a clause that names one (先月入院し) happened then.
const PAST_TIMES: &[&str] = &["先月", "先週", "先日", "昨年", "去年", "昨日", "前回"];

/// Verbs of what happens, not what is done: before ため they give a
/// reason (ふらつきが残るため), never a purpose.
const HAPPENS: &[&str] = &[
    "残る",
    "続く",
    "増える",
    "減る",
    "変わる",
    "困る",
    "遅れる",
    "疲れる",
    "崩れる",
    "乱れる",
    "起こる",
    "起きる",
    "生じる",
    "違う",
    "異なる",
    "見える",
    "聞こえる",
    "落ちる",
    "弱る",
    "かかる",
    "終わる",
    "始まる",
    // 80歳を超え、: an age or a time passes by itself.
    "超える",
    "過ぎる",
    "迫る",
    "経つ",
    "たつ",
    "迎える",
];

/// Verbs that before ため give a reason, though elsewhere they are done by
/// someone (駅で家族を迎える, 手順を示す).
const REASON_BEFORE_TAME: &[&str] = &[
    // 定年退職を迎えるため: a time that comes.
    "迎える",
    // 強い不安を示すため: a reaction, shown not aimed at.
    "示す",
];

/// Whether `m` ends a clause that can be made polite (a verb, adjective or
/// auxiliary).
fn inflects(m: &Morpheme) -> bool {
    matches!(m.pos.0.as_str(), "動詞" | "形容詞" | "助動詞")
}

/// `clause` ended in です・ます (通う → 通います, 長い → 長いです,
/// 必要である → 必要です); as it was when it already is, or when its last
/// word is not one this knows.
pub fn polite(clause: &str) -> String {
    let ms = morphemes(clause);
    let Some(k) = ms.iter().rposition(|m| m.pos.0 != "記号") else { return clause.to_string() };
    let m = &ms[k];
    let head = |i: usize| &clause[..ms[i].span.start];
    let tail = &clause[m.span.end..];
    let before = k.checked_sub(1).map(|i| &ms[i]);
    let renyou = |v: &Morpheme| conjugate::verb(&v.base, &v.conj_type, "連用形");
    // 休んだ, 泳いだ: the past's た voiced, not a noun's だ.
    let base = if past(m) { "た" } else { m.base.as_str() };
    let made = match (m.pos.0.as_str(), base) {
        ("助動詞", "ます" | "です") => None,
        // 楽しみだという: what they say, said so (言っています).
        ("動詞", "いう" | "言う")
            if m.conj_form == "基本形"
                && before.is_some_and(|b| b.surface == "と")
                && k >= 2
                && matches!(ms[k - 2].base.as_str(), "だ" | "た") =>
        {
            Some(format!("{}言っています", head(k)))
        }
        ("助詞", "という") if before.is_some_and(|b| matches!(b.base.as_str(), "だ" | "た")) => {
            Some(format!("{}と言っています", head(k)))
        }
        ("動詞", _) if matches!(m.conj_form.as_str(), "基本形" | "連用形") => {
            conjugate::polite(m).map(|p| format!("{}{p}", head(k)))
        }
        // 〜て (a clause cut at its て): the verb before it made polite.
        ("助詞", "て" | "で") if let Some(v) = before.filter(|b| b.pos.0 == "動詞") => {
            renyou(v).map(|r| format!("{}{r}ます", head(k - 1)))
        }
        // 急がないで (a clause cut at its で): 急ぎません.
        ("助詞", "で")
            if before.is_some_and(|b| b.base == "ない" && b.pos.0 == "助動詞")
                && k >= 2
                && ms[k - 2].pos.0 == "動詞" =>
        {
            renyou(&ms[k - 2]).map(|r| format!("{}{r}ません", head(k - 2)))
        }
        // 自分でして: で and する's て, which the analyser reads as です's
        // でし (a form these texts never use).
        ("助詞", "て") if before.is_some_and(|b| b.surface == "でし" && b.base == "です") => {
            Some(format!("{}でします", head(k - 1)))
        }
        // 自分でした: で and する's past (自分でしました), not です's. (Not
        // ひとりでした, which may be was alone.)
        ("助動詞", "た")
            if before.is_some_and(|b| b.surface == "でし" && b.base == "です")
                && k >= 2
                && ms[k - 2].surface == "自分" =>
        {
            Some(format!("{}でしました", head(k - 1)))
        }
        ("助詞", "に従い") => Some(format!("{}に従います", head(k))),
        // させたくない: させたくないです.
        ("助動詞", "ない") if before.is_some_and(|b| b.base == "たい") => {
            Some(format!("{}ないです", head(k)))
        }
        ("助動詞", "ない") if let Some(v) = before.filter(|b| b.pos.0 == "動詞") => {
            renyou(v).map(|r| format!("{}{r}ません", head(k - 1)))
        }
        ("助動詞", "た") if let Some(v) = before.filter(|b| b.pos.0 == "動詞") => {
            renyou(v).map(|r| format!("{}{r}ました", head(k - 1)))
        }
        // 一度もなかった: ありませんでした; 多かった: 多かったです.
        ("助動詞", "た") if let Some(adjective) = before.filter(|b| b.pos.0 == "形容詞") => {
            if adjective.base == "ない" {
                Some(format!("{}ありませんでした", head(k - 1)))
            } else {
                Some(format!("{}{}{}です", head(k - 1), adjective.surface, m.surface))
            }
        }
        // とのことだった: とのことでした.
        ("助動詞", "た") if before.is_some_and(|b| b.surface == "だっ") => {
            Some(format!("{}でした", head(k - 1)))
        }
        // 様子であった: 様子でした.
        ("助動詞", "た")
            if before.is_some_and(|b| b.surface == "あっ" && b.pos.0 == "助動詞")
                && k >= 2
                && ms[k - 2].surface == "で" =>
        {
            Some(format!("{}でした", head(k - 2)))
        }
        ("助動詞", "た") if before.is_some_and(|b| b.base == "ない") && k >= 2 => {
            renyou(&ms[k - 2]).map(|r| format!("{}{r}ませんでした", head(k - 2)))
        }
        ("助動詞", "ある") if before.is_some_and(|b| b.surface == "で") => {
            Some(format!("{}です", head(k - 1)))
        }
        // 苦手だ, and 苦手な (cut before ので): です.
        ("助動詞", "だ") if matches!(m.surface.as_str(), "だ" | "な") => {
            Some(format!("{}です", head(k)))
        }
        ("形容詞", "ない") => Some(format!("{}ありません", head(k))),
        // 長く (a clause cut at its 、): 長いです.
        ("形容詞", base)
            if m.conj_form == "連用テ接続" && before.is_none_or(|b| b.surface != "の") =>
        {
            Some(format!("{}{base}です", head(k)))
        }
        // 苦手で: 苦手です.
        ("助動詞", "だ") if m.surface == "で" => Some(format!("{}です", head(k))),
        // 作れず: 作れません.
        ("助動詞", "ぬ") if let Some(v) = before.filter(|b| b.pos.0 == "動詞") => {
            renyou(v).map(|r| format!("{}{r}ません", head(k - 1)))
        }
        ("形容詞", _) | ("助動詞", "たい") if m.conj_form == "基本形" => {
            Some(format!("{}{}です", head(k), m.surface))
        }
        // 段差が多く (a clause cut at its 、): read alone as a noun, it is
        // the adjective's 連用形 after its subject: 多いです (not 駅の近く).
        ("名詞", _)
            if before.is_some_and(|b| matches!(b.surface.as_str(), "が" | "は" | "も"))
                && let Some(stem) = m.surface.strip_suffix('く')
                && morphemes(&format!("{stem}い"))
                    .first()
                    .is_some_and(|a| a.pos.0 == "形容詞" && a.surface == format!("{stem}い")) =>
        {
            Some(format!("{}{stem}いです", head(k)))
        }
        // 体験利用を実施 (a deed named by its noun, after its object):
        // 実施します; 実施です is no Japanese.
        ("名詞", _)
            if m.pos.1 == "サ変接続"
                && before.is_some_and(|b| b.surface == "を" && b.pos.0 == "助詞") =>
        {
            // (昨日、会議を開催。: done then.)
            let done = PAST_TIMES.iter().any(|t| clause.contains(t));
            Some(format!("{}{}{}", head(k), m.surface, if done { "しました" } else { "します" }))
        }
        // 服薬確認を継続。 → …を続けること (the noun said as a doing):
        // the deed itself, 続けます. (Not an aim named, 目当ては、…続ける
        // こと: that is what it is.)
        ("名詞", "こと")
            if k >= 2
                && ms[k - 2].surface == "を"
                && !ms.iter().any(|w| w.surface == "は" && w.pos.1 == "係助詞")
                && let Some(v) =
                    before.filter(|b| b.pos.0 == "動詞" && b.conj_form == "基本形")
                && let Some(p) = conjugate::polite(v) =>
        {
            Some(format!("{}{p}", head(k - 1)))
        }
        ("名詞", _) => Some(format!("{}{}です", head(k), m.surface)),
        _ => None,
    };
    match made {
        Some(s) => format!("{s}{tail}"),
        None => clause.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_holds_for_the_whole_sentence_holds_for_each_part() {
        let mut c = Vec::new();
        // Said: each part is what they said, not the writer's fact.
        assert_eq!(
            apply(
                "面談では、職場の人は優しいが、昼休みは一人で過ごすので、少し寂しいと話していた。",
                &mut c
            ),
            [
                "面談では、つぎのように話していました。",
                "職場の人は優しいです。",
                "でも、昼休みは一人で過ごします。",
                "だから、少し寂しいです。"
            ]
        );
        // Not the writer's own judgement (言うしかない), nor a wish, whose
        // clauses before it may be facts.
        assert_eq!(
            apply(
                "母は言葉の遅れを心配していて、本人に話せるようになってほしいと願っている。",
                &mut c
            ),
            ["母は言葉の遅れを心配しています。", "本人に話せるようになってほしいと願っています。"]
        );
        // A change before what now is has happened.
        assert_eq!(
            apply("ゲームへの課金が増え、月末に食費が足りない状況が続いている。", &mut c),
            ["ゲームへの課金が増えました。", "月末に食費が足りない状況が続いています。"]
        );
        // And before what the writer guesses has come (なったように).
        assert_eq!(
            apply("外出の回数が週4回に増え、表情も明るくなったように感じられる。", &mut c),
            ["外出の回数が週4回に増えました。", "表情も明るくなったように感じられます。"]
        );
        // A clause that says when in the past happened then.
        assert_eq!(
            apply("父親が先月入院し、母親一人での介護は難しい。", &mut c),
            ["父親が先月入院しました。", "母親一人での介護は難しいです。"]
        );
        // What led to an experience happened then too.
        assert_eq!(
            apply("知らない番号からの電話に出て、暗証番号を教えてしまったことがある。", &mut c),
            ["知らない番号からの電話に出ました。", "暗証番号を教えてしまったことがあります。"]
        );
        // A need covers the clause joined to it.
        assert_eq!(
            apply("装置の操作に早めに慣れ、思いを伝える手段を急いで作る必要がある。", &mut c),
            [
                "装置の操作に早めに慣れる必要があります。",
                "思いを伝える手段を急いで作る必要があります。"
            ]
        );
        // What happened at a past time, named with の (先月の転倒で).
        assert_eq!(
            apply("先月の転倒で右手を骨折し、着替えが一人で行えない。", &mut c),
            ["先月の転倒で右手を骨折しました。", "着替えが一人で行えません。"]
        );
        // Being able holds for every step it joins.
        assert_eq!(
            apply("一人で電車に乗り、作業所に通うことができる。", &mut c),
            ["次のことができます。", "一人で電車に乗ります。", "作業所に通います。"]
        );
        // Not for a reason before it, nor a means: the ability is what
        // comes of it.
        assert_eq!(
            apply("朝の体調が悪いため、買い物に行き、料理をすることができる。", &mut c),
            ["朝の体調が悪いです。", "だから、買い物に行き、料理をすることができます。"]
        );
        // What a report names is all theirs.
        assert_eq!(
            apply("本人より、夜眠れないことが多く、日中も疲れやすいとの訴えがあった。", &mut c),
            ["本人より、夜眠れないことが多く、日中も疲れやすいとの訴えがありました。"]
        );
        // A condition set off first holds for all that is done after it.
        assert_eq!(
            apply("体調が悪い場合は、無理をせずに作業所を休み、事業所へ電話で連絡する。", &mut c),
            [
                "体調が悪い場合は、次のようにします。",
                "無理をせずに作業所を休みます。",
                "事業所へ電話で連絡します。"
            ]
        );
        // Where another case is set against it, it is not cut at all.
        assert_eq!(
            apply("体調が良い日は、作業所に通って仕事をし、悪い日は家で休む。", &mut c),
            ["体調が良い日は、作業所に通って仕事をし、悪い日は家で休みます。"]
        );
        // The aim of what was done was then too.
        assert_eq!(
            apply(
                "本人が自分でカレンダーを確認できるよう、見やすい位置に設置してもらった。",
                &mut c
            ),
            [
                "本人が自分でカレンダーを確認できるようにしました。",
                "そのために、見やすい位置に設置してもらいました。"
            ]
        );
        // A report before the end: all before it is what was said.
        assert_eq!(
            apply(
                "職場で指示が十分に得られず、孤立を感じていると本人から聞いていて、調整を行う必要がある。",
                &mut c
            ),
            [
                "職場で指示が十分に得られず、孤立を感じていると本人から聞いています。",
                "調整を行う必要があります。"
            ]
        );
        // A deed joined to a habit is one too.
        assert_eq!(
            apply("年金と工賃は本人が管理し、月末に家計簿を一緒に確認している。", &mut c),
            ["年金と工賃は本人が管理しています。", "月末に家計簿を一緒に確認しています。"]
        );
        // A wish reported of someone named first.
        assert_eq!(
            apply("母は、本人に家事を覚え、一人で暮らしてほしいとの希望である。", &mut c),
            [
                "母の願いは、次のことです。",
                "本人に家事を覚えてほしいです。",
                "一人で暮らしてほしいです。"
            ]
        );
        // What is planned, too.
        assert_eq!(
            apply("短期入所を試しに利用し、来月から本格的に使う予定である。", &mut c),
            ["短期入所を試しに利用する予定です。", "来月から本格的に使う予定です。"]
        );
        // A wish heard from someone named first.
        assert_eq!(
            apply("母からは、入学に向けて身支度の練習を重ねてほしいとの希望を聞いた。", &mut c),
            ["母から、次の願いを聞きました。", "入学に向けて身支度の練習を重ねてほしいです。"]
        );
        // What is advised holds for all that is joined to it.
        assert_eq!(
            apply(
                "居宅介護の時間を一時的に増やし、骨がつき次第元に戻すことが望ましいと考えられる。",
                &mut c
            ),
            [
                "居宅介護の時間を一時的に増やすことが望ましいと考えられます。",
                "骨がつき次第元に戻すことが望ましいと考えられます。"
            ]
        );
        // Not what happens by itself (80歳を超え).
        assert_eq!(
            apply("両親ともに80歳を超え、泊まれる先を探す必要がある。", &mut c),
            ["両親ともに80歳を超えています。", "泊まれる先を探す必要があります。"]
        );
        // Not what is (暮らしており).
        assert_eq!(
            apply("父と二人で暮らしていて、泊まれる先を探す必要がある。", &mut c),
            ["父と二人で暮らしています。", "泊まれる先を探す必要があります。"]
        );
        // A goal with its deadline set off: the deadline frames it all.
        assert_eq!(
            apply("3か月後までに、一人でバスに乗り、週1回の通院ができるようになる。", &mut c),
            [
                "3か月後までの目当てです。",
                "一人でバスに乗ります。",
                "週1回の通院ができるようになります。"
            ]
        );
        assert_eq!(
            apply("2学期が終わるまでに、通学路を毎朝確認し、左右を見ることができる。", &mut c),
            [
                "2学期が終わるまでの目当てです。",
                "通学路を毎朝確認します。",
                "左右を見ることができるようになります。"
            ]
        );
        // Steps inside the span a noun names are not cut from it.
        assert_eq!(
            apply(
                "一人で献立を決め、材料を買い、夕食を作るまでの流れを自分で行えるようになる。",
                &mut c
            ),
            ["一人で献立を決め、材料を買い、夕食を作るまでの流れを自分で行えるようになります。"]
        );
        // A time counted from now is a deadline too.
        assert_eq!(
            apply("3か月たったあとには、一人で献立を決め、夕食を作れるようになる。", &mut c),
            [
                "3か月たったあとの目当てです。",
                "一人で献立を決めます。",
                "夕食を作れるようになります。"
            ]
        );
        // Not what is due by then (伝える), nor what was done so far.
        assert_eq!(
            apply("前日までに、買いたい物をリストにまとめ、当日ヘルパーに伝える。", &mut c),
            ["前日までに、買いたい物をリストにまとめます。", "当日ヘルパーに伝えます。"]
        );
        assert_eq!(
            apply("これまでに、一人で買い物ができる。", &mut c),
            ["これまでに、一人で買い物ができます。"]
        );
        // What happens is not needed: it has happened.
        assert_eq!(
            apply(
                "父に物忘れが見られるようになり、年金の管理を誰がするか考える必要がある。",
                &mut c
            ),
            [
                "父に物忘れが見られるようになりました。",
                "年金の管理を誰がするか考える必要があります。"
            ]
        );
        // By doing it: そうして.
        assert_eq!(
            apply("月1回保育所を訪ねて先生と話すことで、安心して過ごせる時間を増やす。", &mut c),
            ["月1回保育所を訪ねて先生と話します。", "そうして、安心して過ごせる時間を増やします。"]
        );
        // The one who says it named in the last part only: not framed.
        assert_eq!(
            apply("本人は作業所に通っているが、母は仕事を探してほしいと話している。", &mut c),
            ["本人は作業所に通っています。", "でも、母は仕事を探してほしいと話しています。"]
        );
        // A fact with its own subject before a need stays a fact.
        assert_eq!(
            apply("父が入院し、泊まれる先を探す必要がある。", &mut c),
            ["父が入院し、泊まれる先を探す必要があります。"]
        );
        // A change to come before a need stays to come.
        assert_eq!(
            apply("来年度から一人暮らしになり、生活費を見直す必要がある。", &mut c),
            ["来年度から一人暮らしになります。", "生活費を見直す必要があります。"]
        );
        // 〜てから before a habit: not cut, its tense unknown.
        assert_eq!(
            apply("帰宅してから、テレビを見て過ごしている。", &mut c),
            ["帰宅してから、テレビを見て過ごしています。"]
        );
        // A request covers what is asked before it; a reason before it is
        // still cut.
        assert_eq!(
            apply(
                "耳が聞こえにくいため、ボードを用意してもらい、口頭での説明は避けてもらうようお願いしたい。",
                &mut c
            ),
            [
                "耳が聞こえにくいです。",
                "だから、ボードを用意してもらい、口頭での説明は避けてもらうようお願いしたいです。"
            ]
        );
        // On that day: 週1回は covers the clause after it.
        assert_eq!(
            apply("週1回は自分で献立を考え、スーパーで材料を買って夕食を作る。", &mut c),
            ["週1回は自分で献立を考え、スーパーで材料を買って夕食を作ります。"]
        );
        // つつも: but, and both hold now.
        assert_eq!(
            apply(
                "妻は、会社に戻るのは難しいと受け止めつつも、外で役割を持ってほしいと願っている。",
                &mut c
            ),
            [
                "妻は、会社に戻るのは難しいと受け止めています。",
                "でも、妻は、外で役割を持ってほしいと願っています。"
            ]
        );
        // A reason is for what is done, not for the manner cut from it.
        assert_eq!(
            apply(
                "睡眠不足の日も見られるため、本人の気持ちを尊重しつつ、生活リズムを一緒に考える必要がある。",
                &mut c
            ),
            [
                "睡眠不足の日も見られます。",
                "だから、本人の気持ちを尊重しつつ、生活リズムを一緒に考える必要があります。"
            ]
        );
    }

    #[test]
    fn endings_become_polite() {
        assert_eq!(polite("作業所に通う"), "作業所に通います");
        assert_eq!(polite("一緒に考えていく"), "一緒に考えていきます");
        assert_eq!(polite("時間が長い"), "時間が長いです");
        assert_eq!(polite("工夫が必要である"), "工夫が必要です");
        assert_eq!(polite("やり方がわからない"), "やり方がわかりません");
        assert_eq!(polite("一回やめた"), "一回やめました");
        assert_eq!(polite("作業所を休んだ"), "作業所を休みました");
        assert_eq!(polite("続けたいとのことだった"), "続けたいとのことでした");
        assert_eq!(polite("薬は自分でした"), "薬は自分でしました");
        assert_eq!(polite("元気でした"), "元気でした");
        assert_eq!(polite("不安な様子であった"), "不安な様子でした");
        assert_eq!(polite("買い物が楽しみだという"), "買い物が楽しみだと言っています");
        assert_eq!(polite("薬は自分でして"), "薬は自分でします");
        assert_eq!(polite("寂しい思いはさせたくない"), "寂しい思いはさせたくないです");
        assert_eq!(polite("プールで泳いだ"), "プールで泳ぎました");
        assert_eq!(polite("飲み忘れは一度もなかった"), "飲み忘れは一度もありませんでした");
        assert_eq!(polite("人が多かった"), "人が多かったです");
        assert_eq!(polite("通います"), "通います");
        assert_eq!(polite("欠席はない"), "欠席はありません");
        assert_eq!(polite("時間が長く"), "時間が長いです");
        assert_eq!(polite("坂や段差が多く"), "坂や段差が多いです");
        assert_eq!(polite("駅の近く"), "駅の近くです");
        assert_eq!(polite("掃除が苦手で"), "掃除が苦手です");
        assert_eq!(polite("十分に眠れず"), "十分に眠れません");
    }

    #[test]
    fn a_goal_cut_into_parts_is_framed_as_the_goal() {
        let mut c = Vec::new();
        assert_eq!(
            apply(
                "電動車いすでバスを乗り継いで通勤し、週5日の勤務を続けられるようになる。",
                &mut c
            ),
            [
                "目当ては、次のことです。",
                "電動車いすでバスを乗り継いで通勤します。",
                "週5日の勤務を続けられるようになります。"
            ]
        );
        // Not over a reason, which would become a goal too.
        assert_eq!(
            apply(
                "不安になると電話をかけてしまうため、カードを見て、落ち着けられるようになる。",
                &mut c
            ),
            [
                "不安になると電話をかけてしまいます。",
                "だから、カードを見て、落ち着けられるようになります。"
            ]
        );
        // A clause inside what a noun names is not cut from it.
        assert_eq!(
            apply("職員が自宅を訪ね、避難誘導を行うことを事前に決めておく。", &mut c),
            ["職員が自宅を訪ね、避難誘導を行うことを事前に決めておきます。"]
        );
        // 訴える says a wish: its clauses with a topic stay with it.
        assert_eq!(
            apply("気分が沈みやすいため、午前中は休み、午後から働きたいと訴えている。", &mut c),
            ["気分が沈みやすいです。", "だから、午前中は休み、午後から働きたいと訴えています。"]
        );
        // するため after what may happen or be done is a reason or a
        // purpose: not cut; with its subject or its day it happens (だから).
        assert_eq!(
            apply("利用が終了するため、事業所を見学する。", &mut c),
            ["利用が終了します。", "だから、事業所を見学します。"]
        );
        assert_eq!(
            apply("来年3月に高等部を卒業するため、夏休みに実習を行う。", &mut c),
            ["来年3月に高等部を卒業します。", "だから、夏休みに実習を行います。"]
        );
        assert_eq!(
            apply("高等部を卒業するため、夏休みに実習を行う。", &mut c),
            ["高等部を卒業するため、夏休みに実習を行います。"]
        );
        // A sentence that is a wish wants what it joins.
        assert_eq!(
            apply("お金の使い方を覚えて、ほしいものを自分で買いたい。", &mut c),
            ["お金の使い方を覚えて、ほしいものを自分で買いたいです。"]
        );
        assert_eq!(
            apply("家を出て、友だちと一緒に暮らしたい。", &mut c),
            ["家を出て、友だちと一緒に暮らしたいです。"]
        );
        // The purpose of a wish is the wish's.
        assert_eq!(
            apply("父は、本人が一人で暮らせるよう、料理を覚えてほしいと話している。", &mut c),
            ["父は、本人が一人で暮らせるよう、料理を覚えてほしいと話しています。"]
        );
    }

    #[test]
    fn a_sentence_is_split_at_its_joints() {
        let mut c = Vec::new();
        assert_eq!(
            apply(
                "施設入所支援を利用しながら、日中は生活介護に通っているが、外で暮らしたい。",
                &mut c
            ),
            [
                "施設入所支援を利用しています。",
                "そうしながら、日中は生活介護に通っています。",
                "でも、外で暮らしたいです。"
            ]
        );
        assert_eq!(
            apply("飲み忘れがほとんど見られなくなり、訴えも減っていると思われる。", &mut c),
            ["飲み忘れがほとんど見られなくなりました。", "訴えも減っていると思われます。"]
        );
        assert_eq!(
            apply(
                "施設で暮らしながら、作業所に週五日通い続け、一人で買い物に行けるようになりたいと話している。",
                &mut c
            ),
            [
                "つぎのように話しています。",
                "施設で暮らしながら、作業所に週五日通い続けたいです。",
                "一人で買い物に行けるようになりたいです。"
            ]
        );
        assert_eq!(
            apply(
                "本人は、仕事を続けたいと話し、母は一人暮らしに慣れてほしいと願っている。",
                &mut c
            ),
            ["本人は、仕事を続けたいと話し、母は一人暮らしに慣れてほしいと願っています。"]
        );
        assert_eq!(
            apply("母は、本人が一人暮らしに早く慣れ、仕事も続けてほしいと話している。", &mut c),
            ["母は、本人が一人暮らしに早く慣れ、仕事も続けてほしいと話しています。"]
        );
        assert_eq!(
            apply("父が入院し、本人は一人で暮らしたいと話している。", &mut c),
            ["父が入院し、本人は一人で暮らしたいと話しています。"]
        );
        assert_eq!(
            apply("作業所に通い、新しい靴がほしいと話している。", &mut c),
            ["つぎのように話しています。", "作業所に通います。", "新しい靴がほしいです。"]
        );
        assert_eq!(
            apply("自分で管理できるようになり、安定した生活を送っている状態を目指す。", &mut c),
            ["自分で管理できるようになります。", "安定した生活を送っている状態を目指します。"]
        );
        assert_eq!(
            apply("作業所に通っていながら、家でも練習を続けている。", &mut c),
            ["作業所に通っています。", "そうしながら、家でも練習を続けています。"]
        );
        assert_eq!(
            apply("雨にもかかわらず、作業所まで一人で歩いた。", &mut c),
            ["雨にもかかわらず、作業所まで一人で歩きました。"]
        );
        assert_eq!(
            apply("母は不安を感じていて、本人に慣れてほしいと願っている。", &mut c),
            ["母は不安を感じています。", "本人に慣れてほしいと願っています。"]
        );
        assert_eq!(
            apply("兄は、遠くに住んでいるため、本人にホームで暮らしてほしいと話している。", &mut c),
            [
                "兄は、つぎのように話しています。",
                "遠くに住んでいます。",
                "だから、本人にホームで暮らしてほしいです。"
            ]
        );
        assert_eq!(
            apply("本人は毎日頑張っているにもかかわらず、遅刻が続いている。", &mut c),
            ["本人は毎日頑張っています。", "でも、遅刻が続いています。"]
        );
        assert_eq!(
            apply("家計簿をつけているものの、月末にお金が足りなくなる。", &mut c),
            ["家計簿をつけています。", "でも、月末にお金が足りなくなります。"]
        );
        assert_eq!(
            apply("一人で図書館に通えるようになるため、移動支援を利用する。", &mut c),
            ["一人で図書館に通えるようになるため、移動支援を利用します。"]
        );
        assert_eq!(
            apply("病気の進行に伴い、話すことが難しくなっている。", &mut c),
            ["病気の進行に伴い、話すことが難しくなっています。"]
        );
        assert_eq!(
            apply("両親は共働きであり、長い休みは支援を使いたい。", &mut c),
            ["両親は共働きです。", "長い休みは支援を使いたいです。"]
        );
        assert_eq!(
            apply("薬を飲み続け、落ち着いた様子を保ちながら、働く準備を少しずつ進める。", &mut c),
            [
                "薬を飲み続けます。",
                "落ち着いた様子を保ちます。",
                "そうしながら、働く準備を少しずつ進めます。"
            ]
        );
        assert_eq!(
            apply("起きる時間が遅いので、朝の準備を一緒にする。", &mut c),
            ["起きる時間が遅いです。", "だから、朝の準備を一緒にします。"]
        );
        assert_eq!(
            apply(
                "夜遅くまで動画を見ているため朝起きられず、仕事に遅れることが増えている。",
                &mut c
            ),
            [
                "夜遅くまで動画を見ています。",
                "だから、朝起きられません。",
                "仕事に遅れることが増えています。"
            ]
        );
        assert_eq!(
            apply(
                "一人で暮らす本人が、支援を受けながら、安定した生活を送れるよう支援する。",
                &mut c
            ),
            [
                "一人で暮らす本人が、支援を受けながら、安定した生活を送れるようにします。",
                "そのために、支援します。"
            ]
        );
        assert_eq!(
            apply("住む場所を検討するため、見学に同行する。", &mut c),
            ["住む場所を検討するようにします。", "そのために、見学に同行します。"]
        );
        // It says so already.
        assert_eq!(
            apply("生活が整うようにするため、記録を一緒につける。", &mut c),
            ["生活が整うようにします。", "そのために、記録を一緒につけます。"]
        );
        // With a subject of its own: why, not what for.
        assert_eq!(
            apply("父親が定年退職を迎えるため、計画を見直す予定である。", &mut c),
            ["父親が定年退職を迎えます。", "だから、計画を見直す予定です。"]
        );
        // Due on a day: why, not what for.
        assert_eq!(
            apply("今月末に転居するため、週1回訪問する。", &mut c),
            ["今月末に転居します。", "だから、週1回訪問します。"]
        );
        assert_eq!(
            apply(
                "週3回の入浴の手伝いで、体の清潔を保つとともに皮膚の病気を防ぐようにする。",
                &mut c
            ),
            [
                "週3回の入浴の手伝いで、体の清潔を保ちます。",
                "そして、皮膚の病気を防ぐようにします。"
            ]
        );
        assert_eq!(
            apply("体験を2回した結果、本人から発言が聞かれ、今は準備を進めている。", &mut c),
            [
                "体験を2回しました。",
                "それで、本人から発言が聞かれました。",
                "今は準備を進めています。"
            ]
        );
        assert_eq!(
            apply("貼り紙をしたところ、自分で着替えられる日が増えた。", &mut c),
            ["貼り紙をしました。", "すると、自分で着替えられる日が増えました。"]
        );
        assert_eq!(
            apply("9時までに着けるように、朝の準備を一緒にする。", &mut c),
            ["9時までに着けるようにします。", "そのために、朝の準備を一緒にします。"]
        );
    }
}
