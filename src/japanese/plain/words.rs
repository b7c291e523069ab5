//! Everyday words in place of formal ones, from the paraphrase dictionary,
//! and the welfare terms the person will meet on paper kept and quoted.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::{Change, Options, Rule, conjugate, names_a_time, people};
use crate::japanese::plain::dict::{Kind, shipped};
use crate::japanese::reading::{Morpheme, morphemes};

/// Welfare terms kept as they are written on official papers: the
/// services, certificates and systems that the glossary explains and that
/// the welfare lexicon lists as such, and their other names.
pub fn kept_terms() -> &'static AhoCorasick {
    static TERMS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        let lexicon = include_str!("../../../data/welfare-lexicon.tsv");
        let official: std::collections::HashSet<&str> = lexicon
            .lines()
            .filter_map(|l| {
                let cols: Vec<&str> = l.split('\t').collect();
                (cols.len() > 2 && ["service", "certificate", "procedure"].contains(&cols[2]))
                    .then_some(cols[0])
            })
            .collect();
        let mut terms: Vec<&str> = Vec::new();
        for t in crate::japanese::glossary::terms() {
            if official.contains(t.term.as_str()) && shipped().get(Kind::Noun, &t.term).is_none() {
                terms.push(&t.term);
                terms.extend(t.aliases.iter().map(String::as_str));
            }
        }
        terms.extend([
            "成年後見制度",
            "医療的ケア",
            "療育手帳",
            "訪問看護",
            "サービス等利用計画",
            "障害児支援利用計画",
            // A place people leaving prison are sent to by name; said in
            // words (まちでの くらしの ていちゃく…) it hides that it is one.
            "地域生活定着支援センター",
            // Services of 介護保険 the person meets beside their own.
            "通所介護",
            "訪問入浴",
            "訪問介護",
        ]);
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(terms)
            .expect("the kept terms make an automaton")
    });
    &TERMS
}

/// How the dictionary says 事業所 (a provider), for a provider named
/// apart from its service (他の「重度訪問介護」のサービスをするところ).
fn provider_said() -> &'static str {
    shipped().get(Kind::Noun, "事業所").map_or("事業所", |e| e.plain.as_str())
}

/// 家族と事業所で避難の手順を確認する: two who do it together, said so
/// (家族と事業所が一緒に). With the provider said as a place (サービスを
/// するところ), …で would read as where it is done.
fn together(sentence: &str, changes: &mut Vec<Change>) -> String {
    let ms = morphemes(sentence);
    let is = |k: usize, w: &str| ms.get(k).is_some_and(|m| m.surface == w && m.pos.0 == "助詞");
    // The start of the run of nouns that ends before `end`, if it names a
    // doer (事業+所).
    let doer = |end: usize| {
        let mut k = end;
        while k > 0 && ms[k - 1].pos.0 == "名詞" {
            k -= 1;
        }
        // (No noun before it, as at the start of a sentence: と家族で.)
        if k >= end {
            return None;
        }
        let run = &sentence[ms[k].span.start..ms[end - 1].span.end];
        (people::is_someone(run) || people::BODIES.contains(&run)).then_some(k)
    };
    let found = (2..ms.len()).find_map(|de| {
        // Not 家族と事業所での (a place's).
        if !is(de, "で") || is(de + 1, "の") {
            return None;
        }
        let b = doer(de)?;
        (b > 0 && is(b - 1, "と")).then_some(())?;
        doer(b - 1).map(|a| (a, de))
    });
    let Some((a, de)) = found else { return sentence.to_string() };
    // 本人と病院で待ち合わせる: a place where one meets someone, not two
    // who do it together.
    const MEET: &[&str] = &["待ち合わせ", "会う", "会い", "会っ", "落ち合", "合流", "面談", "面会"];
    let rest = &sentence[ms[de].span.end..];
    let clause = &rest[..rest.find('、').unwrap_or(rest.len())];
    if MEET.iter().any(|w| clause.contains(w)) {
        return sentence.to_string();
    }
    let from = &sentence[ms[a].span.start..ms[de].span.end];
    let said = format!("{}が一緒に", &sentence[ms[a].span.start..ms[de].span.start]);
    changes.push(Change::new(Rule::Word, from, said.clone()));
    format!("{}{said}{}", &sentence[..ms[a].span.start], &sentence[ms[de].span.end..])
}

/// A kept term, a one-kanji suffix written after it, and how that
/// suffix is said after the term in 「」.
const TERM_SUFFIXES: &[(&str, &str, &str)] = &[
    ("訪問看護", "師", "の看護師"),
    ("医療的ケア", "児", "が必要な子ども"),
    ("医療的ケア", "者", "が必要な人"),
];

/// A piece of a sentence: a kept term or an analysed word.
enum Unit {
    Term(String),
    Word(Morpheme),
    /// A phrase entry: its formal and plain words.
    Phrase(String, String),
}

/// `sentence` with the dictionary's words in place and the kept terms in
/// 「」.
pub fn apply(sentence: &str, options: &Options, changes: &mut Vec<Change>) -> String {
    let together = together(sentence, changes);
    let sentence = together.as_str();
    let units = analyse(sentence);
    let mut out = String::with_capacity(sentence.len() * 2);
    let mut i = 0;
    let you = options.called.as_deref().unwrap_or("あなた");
    let fix = |plain: &str| if plain == "あなた" { you.to_string() } else { plain.to_string() };
    while i < units.len() {
        // 「来年4月の採用に向けて、来てほしい」: someone's own words are
        // kept as said, as the kana rule keeps them (a term in 「」 is
        // the term's own quote, and is left to its rule).
        // (An unbalanced 「, with no 」 in the text, quotes nothing.)
        let in_quote =
            out.matches('「').count() > out.matches('」').count() && sentence.contains('」');
        if in_quote && !matches!(units[i], Unit::Term(_)) {
            match &units[i] {
                Unit::Word(m) => out.push_str(&m.surface),
                Unit::Phrase(formal, _) => out.push_str(formal),
                Unit::Term(_) => {}
            }
            i += 1;
            continue;
        }
        match &units[i] {
            Unit::Term(t) => {
                let term_at = i;
                // 「生活介護」事業所 is 「生活介護」: the service is the place.
                // (Not after 他の or 別の: another provider of the same
                // service, said as such, or it would read as more of it.)
                let another = ["他の", "別の", "ほかの"].iter().any(|w| out.ends_with(w));
                let mut provider = false;
                let mut after = String::new();
                // 訪問看護師: the nurse who comes (not 「訪問看護」の看護師,
                // the service said and its nurse again).
                if t == "訪問看護"
                    && matches!(units.get(i + 1), Some(Unit::Word(m)) if m.surface == "師")
                {
                    changes.push(Change::new(Rule::Word, "訪問看護師", "家に来る看護師さん"));
                    out.push_str("家に来る看護師さん");
                    i += 2;
                    continue;
                }
                for (k, u) in units.iter().enumerate().skip(i + 1).take(2) {
                    let Unit::Word(m) = u else { break };
                    after.push_str(&m.surface);
                    if after == "事業所" {
                        let said =
                            if another { format!("{t}の{}", provider_said()) } else { t.clone() };
                        changes.push(Change::new(Rule::Word, format!("{t}事業所"), said));
                        provider = another;
                        i = k;
                        break;
                    }
                }
                // 本計画案: this one, said (この「計画案」); ほん before 「」
                // reads as a word of its own.
                // (Analysed alone before the term, 本 is taken for a book;
                // only a 本 that ends no compound is this.)
                let noun_at = |k: usize| matches!(&units[k], Unit::Word(m) if m.pos.0 == "名詞");
                if term_at > 0
                    && matches!(&units[term_at - 1], Unit::Word(m) if m.surface == "本")
                    && (term_at < 2 || !noun_at(term_at - 2))
                    && out.ends_with('本')
                {
                    out.truncate(out.len() - '本'.len_utf8());
                    out.push_str("この");
                    changes.push(Change::new(Rule::Word, format!("本{t}"), format!("この{t}")));
                }
                let quoted = out.ends_with('「');
                // グループホームあおぞら: a term that starts a name, kana
                // right after it, is part of the name and left as written.
                // (Analysed apart from the term, a particle may be read as
                // something else: で alone is a conjunction. So by its first
                // character: no particle starts it.)
                let names = matches!(units.get(i + 1), Some(Unit::Word(m))
                if m.surface.chars().next().is_some_and(|c| {
                    ('\u{3041}'..='\u{3096}').contains(&c) && !"でにをがはのとへもやかまよだなっ".contains(c)
                }));
                if quoted || names {
                    out.push_str(t);
                } else {
                    out.push_str(&format!("「{t}」"));
                    changes.push(Change::new(Rule::Term, t.clone(), format!("「{t}」")));
                }
                if provider {
                    out.push('の');
                    out.push_str(provider_said());
                }
                i += 1;
                // 訪問看護師: a one-kanji suffix left after 「」 cannot be
                // read alone (「訪問看護」し); it is said in words.
                if let Some(Unit::Word(next)) = units.get(i)
                    && let Some((_, _, said)) = TERM_SUFFIXES
                        .iter()
                        .find(|(term, suffix, _)| term == t && *suffix == next.surface)
                {
                    out.push_str(said);
                    changes.push(Change::new(
                        Rule::Word,
                        format!("{t}{}", next.surface),
                        format!("「{t}」{said}"),
                    ));
                    i += 1;
                }
                continue;
            }
            Unit::Phrase(formal, plain) => {
                let mut plain = fix(plain);
                // 継続することができる → 続けることできる: the こと of the
                // word before needs its が.
                if plain.starts_with("でき") && out.ends_with("こと") {
                    out.push('が');
                }
                // 作るに際して → 作るのときに → 作るときに: a verb needs no の.
                if let Some(rest) = plain.strip_prefix("の")
                    && ends_in_dictionary_form(&out)
                    && matches!(i.checked_sub(1).and_then(|k| units.get(k)), Some(Unit::Word(v)) if v.pos.0 == "動詞")
                {
                    plain = rest.to_string();
                }
                // 就労に向けて → 働くことのために → 働くために.
                if let Some(purpose) = plain.strip_prefix("の").filter(|p| p.starts_with("ため"))
                    && let Some(verb) = verb_then_koto(&out)
                {
                    out.truncate(verb);
                    plain = purpose.to_string();
                }
                // 学校と連携して登校できる日を増やす → 学校と一緒に、登校
                // できる日を…: before a noun, 一緒に would be read with it
                // (to go to school with the school).
                // (Not a する-noun that is the verb, 連携して支援する; one
                // that names a noun after it, 登校できる日, is read with 一緒
                // に all the same.)
                let word_at = |k: usize| match units.get(k) {
                    Some(Unit::Word(m)) => Some(m),
                    _ => None,
                };
                let noun_next = word_at(i + 1).is_some_and(|n| n.pos.0 == "名詞");
                let the_verb = word_at(i + 2)
                    .is_some_and(|v| matches!(v.base.as_str(), "する" | "できる"))
                    && word_at(i + 3).is_none_or(|n| n.pos.0 != "名詞");
                if plain.ends_with("と一緒に") && noun_next && !the_verb {
                    plain.push('、');
                }
                changes.push(Change::new(Rule::Word, formal.clone(), plain.clone()));
                out.push_str(&plain);
                i += 1;
                continue;
            }
            Unit::Word(_) => {
                if let Some((formal, said)) = said_alone(&units, i) {
                    changes.push(Change::new(Rule::Word, formal, said));
                    out.push_str(said);
                    i += 1;
                    continue;
                }
            }
        }
        // 生活リズムの乱れ、: a verb's 連用形 after の is a noun there; said
        // as a verb (ばらばらになって、) it breaks the phrase.
        let noun_use = matches!(&units[i], Unit::Word(m) if m.pos.0 == "動詞" && m.conj_form == "連用形")
            && matches!(i.checked_sub(1).map(|k| &units[k]), Some(Unit::Word(no)) if no.surface == "の");
        let replaced = replace_at(&units[i..], &fix).filter(|(taken, _, _)| {
            !noun_use
                && !inside_a_name(i.checked_sub(1).and_then(|k| units.get(k)), units.get(i + taken))
                && !ends_a_name(i.checked_sub(1).and_then(|k| units.get(k)))
        });
        if let Some((taken, mut text, from)) = replaced {
            // 雇用契約の継続 → 雇用契約を続けること, 体調の変化 → 体調が
            // 変わること, 施設見学 → 施設を見に行くこと: a doing said as a
            // verb takes what it is done to with を, a happening its subject
            // with が. After の only 続ける, whose object it must be
            // (本人の見学 is the person's visit, not a visit to them).
            // (Not the wave dash of a range, 21時～翌朝8時, which the
            // analyser takes for a noun.)
            let noun_before = |k: usize| {
                matches!(&units[k], Unit::Word(m) if m.pos.0 == "名詞"
                    && matches!(m.pos.1.as_str(), "一般" | "サ変接続" | "固有名詞")
                    && !matches!(m.surface.as_str(), "～" | "〜" | "~"))
            };
            let after_no = i >= 2
                && out.ends_with('の')
                && matches!(&units[i - 1], Unit::Word(no) if no.surface == "の" && no.pos.1 == "連体化")
                && noun_before(i - 2);
            // 事業所職員: a noun's suffix (所) ends a noun too.
            let suffix_before = |k: usize| {
                matches!(&units[k], Unit::Word(m) if m.pos == ("名詞".into(), "接尾".into()))
                    && k >= 1
                    && noun_before(k - 1)
            };
            let in_compound = i >= 1 && (noun_before(i - 1) || suffix_before(i - 1));
            // Where the plain words end in a verb and こと (働くこと).
            let koto = verb_then_koto(&text);
            // 通所先での体験利用 → 通うところで試しに使うこと: a place
            // said with で is where the deed is done; の joined it to a noun.
            let de_no = i >= 2
                && matches!(&units[i - 2], Unit::Word(m) if m.surface == "で" && m.pos.0 == "助詞")
                && matches!(&units[i - 1], Unit::Word(m) if m.surface == "の");
            if koto.is_some() && de_no && out.ends_with("での") {
                out.truncate(out.len() - 'の'.len_utf8());
            }
            // 介護タクシーへの乗車 → タクシーに乗ること, 家族への連絡 →
            // 家族に連絡すること: where the deed goes, said with に (への
            // before a verb reads wrongly: タクシーへの のる こと).
            let he_no = i >= 2
                && matches!(&units[i - 2], Unit::Word(m) if m.surface == "へ" && m.pos.0 == "助詞")
                && matches!(&units[i - 1], Unit::Word(m) if m.surface == "の");
            if koto.is_some() && he_no && out.ends_with("への") {
                out.truncate(out.len() - "への".len());
                out.push('に');
            }
            if let Some(verb) = koto
                && (after_no || in_compound)
                && !text.contains(['を', 'が'])
            {
                let said = &text[..verb];
                // (A thing's or a place's, アパートの見学, is what is done
                // to it: no one visits on a flat's behalf.)
                let someone_before = i >= 2
                    && matches!(&units[i - 2], Unit::Word(m) if people::names_someone(&m.surface));
                let done_to = if after_no && someone_before { OBJECT_AFTER_NO } else { DONE_TO };
                let particle = if happens_by_itself(said) {
                    Some('が')
                } else {
                    done_to.iter().any(|v| said.ends_with(v)).then_some('を')
                };
                if let Some(particle) = particle {
                    // (通所継続: the の that joined 通うこと to the noun
                    // after it gives way to the particle.)
                    if after_no || out.ends_with("ことの") {
                        out.truncate(out.len() - 'の'.len_utf8());
                    }
                    out.push(particle);
                }
            } else if in_compound
                && !out.ends_with('の')
                && units[i..i + taken]
                    .iter()
                    .all(|u| matches!(u, Unit::Word(m) if m.pos.0 == "名詞"))
                && !text.starts_with("自分")
                // (以降 → からあと: a particle joins it already; 気味 → ぎみ
                // is a suffix, 疲れぎみ.)
                && !text.starts_with("から")
                && !text.starts_with("ぎみ")
                && !matches!(units.get(i + taken), Some(Unit::Word(m)) if m.pos.0 == "動詞")
            {
                // 利用状況 → 利用の様子: a noun said in words after another
                // noun is joined to it by の (not 利用様子).
                out.push('の');
            }
            let mut taken = taken;
            let next = |k: usize| match units.get(i + taken + k) {
                Some(Unit::Word(m)) => Some(m),
                _ => None,
            };
            match (koto, next(0), next(1)) {
                // 入浴できる → お風呂に入ることができる: a こと phrase needs
                // its particle before できる or する.
                (_, Some(v), _) if text.ends_with("こと") && v.pos.0 == "動詞" => {
                    match v.base.as_str() {
                        "できる" => text.push('が'),
                        // 変化する → 変わることをする: the verb said in its
                        // place, in する's form (変わる, 変わり).
                        "する" => match said_for_suru(&text, v, next(1)) {
                            Some(said) => {
                                text = said;
                                taken += 1;
                            }
                            None => text.push('を'),
                        },
                        _ => {}
                    }
                }
                // 入浴中, 入浴時: a suffix cannot follow こと (お風呂に入る
                // こと中), so the verb takes it as a person says it: お風呂
                // に入っているあいだ, お風呂に入るとき.
                (Some(verb), Some(suffix), _) if suffix.pos.1 == "接尾" => {
                    // Where the verb is cut, and what is said from there.
                    let said = match suffix.surface.as_str() {
                        "中" => morphemes(&text[..verb])
                            .last()
                            .filter(|v| v.pos.0 == "動詞")
                            .and_then(|v| {
                                Some((v.span.start, format!("{}いるあいだ", conjugate::te(v)?)))
                            }),
                        "時" => Some((verb, "とき".to_string())),
                        "前" => Some((verb, "まえ".to_string())),
                        // 就職後 → 会社で働いたあと: after it is done.
                        "後" => morphemes(&text[..verb])
                            .last()
                            .filter(|v| v.pos.0 == "動詞")
                            .and_then(|v| {
                                let stem = conjugate::verb(&v.base, &v.conj_type, "連用タ接続")?;
                                let ta = if conjugate::te_after(&stem, &v.conj_type) == "で" {
                                    "だ"
                                } else {
                                    "た"
                                };
                                Some((v.span.start, format!("{stem}{ta}あと")))
                            }),
                        _ => None,
                    };
                    if let Some((at, said)) = said {
                        text.truncate(at);
                        text.push_str(&said);
                        taken += 1;
                    }
                }
                // 意思疎通支援事業 → 気持ちを伝え合うことの支援事業: a
                // doing said in words before the rest of a compound is
                // joined to it by の (not …合うこと支援事業).
                (Some(_), Some(noun), _)
                    if text.ends_with("こと")
                        && noun.pos.0 == "名詞"
                        && matches!(noun.pos.1.as_str(), "一般" | "サ変接続") =>
                {
                    text.push('の');
                }
                // 就労のため → 働くことのため → 働くため. Not after whose
                // (母の就労のため): おかあさんの働くため is no Japanese, and
                // 働くことのため keeps the formal text's why.
                (Some(verb), Some(no), Some(tame))
                    if no.surface == "の"
                        && tame.surface == "ため"
                        && !after_no
                        // (…吸引や体位交換のため: a list of nouns is why.)
                        && !out.ends_with(['や', 'と']) =>
                {
                    text.truncate(verb);
                    taken += 1;
                }
                _ => {}
            }
            // 電気や水道などの公共料金 → 電気や水道などのお金: what the plain
            // words start with, said just before, is not said twice.
            if let Some(said) = said_before(&out, &text) {
                text.drain(..said);
            }
            changes.push(Change::new(Rule::Word, from.clone(), text.clone()));
            // ご家族 → 家族: an honorific prefix goes with the word it was
            // put before; 各 (each) and 全 (all) are said: 各事業所 →
            // それぞれの….
            if i > 0
                && let Unit::Word(m) = &units[i - 1]
                && m.pos.0 == "接頭詞"
                && out.ends_with(m.surface.as_str())
            {
                out.truncate(out.len() - m.surface.len());
                // 全職員: all of them, said (すべての スタッフ).
                // Not 全介助 (all of the care, not every carer).
                let people = ["職員", "スタッフ", "家族", "関係者", "事業所", "利用者"];
                match m.surface.as_str() {
                    "各" => out.push_str("それぞれの"),
                    "全" if people.iter().any(|p| from.starts_with(p)) => out.push_str("すべての"),
                    _ => {}
                }
            }
            // 2か所見に行く would be read 2か|所見: after a count, a word
            // starting with a kanji is kept apart by the space a phrase
            // ends with.
            if i > 0
                && matches!(&units[i - 1], Unit::Word(c) if crate::japanese::reading::COUNTERS.contains(&c.surface.as_str()))
                && text.starts_with(crate::japanese::kana::is_kanji)
            {
                out.push(' ');
            }
            out.push_str(&text);
            i += taken;
        } else if let Unit::Word(m) = &units[i] {
            out.push_str(&m.surface);
            i += 1;
        }
    }
    // 服薬への配慮 → 薬を飲むことのことを考えること: a doing said with こと
    // needs no second こと to be thought of.
    noun_time(&when_doing(&out)).replace("ことのこと", "こと")
}

/// A word that kana would make another word, said in its place where the
/// words around it show which it is: the word and what is said.
fn said_alone(units: &[Unit], i: usize) -> Option<(&'static str, &'static str)> {
    let Unit::Word(m) = &units[i] else { return None };
    let word_at = |k: usize| match units.get(k) {
        Some(Unit::Word(w)) => Some(w),
        _ => None,
    };
    let before = i.checked_sub(1).and_then(|k| units.get(k));
    match m.surface.as_str() {
        // 各2泊3日 → それぞれ2泊3日, 各事業所 → それぞれの事業所: かく in
        // kana reads as 書く.
        "各" if m.pos.0 == "接頭詞" => {
            let number = word_at(i + 1).is_some_and(|n| n.pos.1 == "数");
            Some(("各", if number { "それぞれ" } else { "それぞれの" }))
        }
        // 2回のみ → 2回だけ: のみ the particle reads as 飲み in kana.
        // (のみならず is だけでなく, a phrase of the dictionary.)
        "のみ" if m.pos.0 == "助詞" => Some(("のみ", "だけ")),
        // 近く手術を受ける → もうすぐ: 近く said as an adverb is soon;
        // ちかく in kana before a noun reads as near. Not where it is a
        // place (駅の近く, 近くに住む, 近くの店).
        "近く"
            if m.pos.1 == "副詞可能"
                && word_at(i + 1)
                    .is_some_and(|n| !matches!(n.pos.0.as_str(), "助詞" | "記号" | "助動詞"))
                && !matches!(before, Some(Unit::Word(p)) if p.pos.0 != "記号") =>
        {
            Some(("近く", "もうすぐ"))
        }
        // 自分の金で → 自分のお金で, 金の貸し借り: 金 alone in kana or
        // print reads きん (gold). Only money by its owner (…の金) or by
        // what is done with it: 月と金に, 金は午前のみ are Friday.
        "金" if m.pos == ("名詞".into(), "一般".into()) => {
            const DONE_WITH_MONEY: &[&str] = &[
                "使う",
                "借りる",
                "貸す",
                "払う",
                "渡す",
                "稼ぐ",
                "貯める",
                "貸し借り",
                "管理",
                "使い方",
                "無心",
            ];
            let owned = i >= 2 && matches!(before, Some(Unit::Word(p)) if p.surface == "の");
            let used = word_at(i + 1)
                .is_some_and(|p| matches!(p.surface.as_str(), "を" | "の" | "が"))
                && word_at(i + 2).is_some_and(|w| DONE_WITH_MONEY.contains(&w.base.as_str()));
            (owned || used).then_some(("金", "お金"))
        }
        _ => None,
    }
}

/// 必要時, 夕食時 → 必要なとき, 夕食のとき: a 時 after a noun is read じ and
/// joined to it (ひつよう時), which a reader takes for the hour; it is said
/// as a person says it. Not after a number (3時), which is the hour.
fn noun_time(text: &str) -> String {
    let ms = morphemes(text);
    let mut splice = super::Splice::new(text);
    for w in ms.windows(2) {
        let (noun, ji) = (&w[0], &w[1]);
        if ji.surface != "時" || ji.pos.1 != "接尾" || noun.pos.0 != "名詞" {
            continue;
        }
        // (A number, 名詞-数, is the hour: 3時.)
        let joint = match noun.pos.1.as_str() {
            "形容動詞語幹" => "な",
            "一般" | "サ変接続" => "の",
            _ => continue,
        };
        splice.replace(ji.span.clone(), &format!("{joint}とき"));
    }
    splice.finish()
}

/// 就学にあたり → 小学校に入ることのときに: a doing said with こと before
/// の時 is said as when it is done (小学校に入るときに).
fn when_doing(text: &str) -> String {
    let mut out = text.to_string();
    // 外出の機会 → 出かけることのチャンス → 出かけるチャンス: a noun
    // of when, how long or a chance is said after the verb itself.
    for (from, to) in [
        ("ことのときに", "ときに"),
        ("ことの時に", "時に"),
        ("ことのときは", "ときは"),
        ("ことのとき", "とき"),
        ("ことのチャンス", "チャンス"),
        ("ことの時間", "時間"),
        ("ことの前", "前"),
        ("ことの日", "日"),
    ] {
        let mut from_at = 0;
        while let Some(found) = out[from_at..].find(from) {
            let at = from_at + found;
            // (A whole word: not ことの前提, ことの日々.)
            // (A pattern that ends in its particle is whole already.)
            let whole = from.ends_with(['に', 'は'])
                || out[at + from.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| "にはのをがもでとやへか、。".contains(c));
            if whole && ends_in_dictionary_form(&out[..at]) {
                out.replace_range(at..at + from.len(), to);
                from_at = at + to.len();
            } else {
                from_at = at + from.len();
            }
        }
    }
    out
}

/// Whether a word between `before` and `after` is inside a name made of
/// nouns (強度行動障害支援者養成研修): said in everyday words there, the
/// name falls apart, so it is left as written.
fn inside_a_name(before: Option<&Unit>, after: Option<&Unit>) -> bool {
    let noun = |u: Option<&Unit>| {
        matches!(u, Some(Unit::Word(m)) if m.pos.0 == "名詞"
            && !matches!(m.pos.1.as_str(), "接尾" | "非自立" | "副詞可能" | "数"))
    };
    noun(before) && noun(after)
}

/// Whether a word right after `before` ends a name: a noun in hiragana of
/// three or more right before a word, with no particle between, is a name
/// (ひかり作業所, さくら在宅クリニック), and the word is its last part.
fn ends_a_name(before: Option<&Unit>) -> bool {
    matches!(before, Some(Unit::Word(m)) if m.pos.0 == "名詞"
        && matches!(m.pos.1.as_str(), "一般" | "固有名詞")
        && m.surface.chars().count() >= 3
        && m.surface.chars().all(|c| ('\u{3041}'..='\u{3096}').contains(&c)))
}

/// Plain verbs that are done to something named before them with を in
/// a compound (雇用契約継続 → 雇用契約を続けること).
const DONE_TO: &[&str] = &["続ける", "伝える", "使う", "見に行く", "防ぐ", "分ける"];

/// Of [`DONE_TO`], those whose noun before の is always their object
/// (雇用契約の継続); 本人の見学 is the person's visit, not a visit to them.
const OBJECT_AFTER_NO: &[&str] = &["続ける"];

/// Whether the plain verb `plain` says what happens by itself (よくなる,
/// 減る), with no one doing it: such a verb takes no passive.
fn happens_by_itself(plain: &str) -> bool {
    plain.ends_with("なる")
        || ["増える", "減る", "落ち着いている", "落ち着く", "わかる", "着く", "治る", "変わる"]
            .iter()
            .any(|v| plain.ends_with(v))
}

/// Whether the passive of the plain verb `plain` says what the formal
/// word's passive says. Not a phrase with its own object (注意される, to be
/// warned, is not 気を付けられる), nor a verb of thinking, whose passive
/// says "it seems" (評価された, praised, is not 考えられた): those are
/// left as written.
fn says_the_same_passive(plain: &str) -> bool {
    !plain.contains('を') && !["考える", "思う", "見る"].iter().any(|v| plain.ends_with(v))
}

/// Whether `text` ends as a verb's dictionary form does (う-row kana).
fn ends_in_dictionary_form(text: &str) -> bool {
    text.ends_with(['う', 'く', 'ぐ', 'す', 'つ', 'ぬ', 'ぶ', 'む', 'る'])
}

/// Where a verb's dictionary form ends in `text` when `text` ends in it
/// and こと (働くこと): before ため the こと and its の go (働くために),
/// as a person says it.
fn verb_then_koto(text: &str) -> Option<usize> {
    let stem = text.strip_suffix("こと")?;
    ends_in_dictionary_form(stem).then_some(stem.len())
}

/// The replacement starting at `units[0]`: how many units it takes, its
/// text and the formal text it replaces.
fn replace_at(units: &[Unit], fix: &impl Fn(&str) -> String) -> Option<(usize, String, String)> {
    let dict = shipped();
    let Unit::Word(first) = &units[0] else { return None };
    // A する-noun and する: the plain verb in する's form; with できる,
    // the plain verb's potential (服用できる → 飲める).
    if let Some(e) = dict.get(Kind::Sahen, &first.surface)
        && let Some(Unit::Word(suru)) = units.get(1)
        && suru.pos.0 == "動詞"
        && matches!(suru.base.as_str(), "する" | "できる")
        && suru.conj_form != "未然レル接続"
        && !passive_after(units.get(2))
    {
        let form = form_before(suru, units.get(2));
        let verb = if suru.base == "できる" {
            conjugate::potential(&e.plain, &form.name)
        } else {
            conjugate::phrase(&e.plain, &form.name)
        };
        let verb = form.joined(verb, &e.plain);
        if let Some(verb) = verb {
            // 転倒して → 転んで: the て or た after it voiced as the new verb
            // needs (する's never is).
            if let Some(Unit::Word(te)) = units.get(2)
                && matches!(te.pos.0.as_str(), "助詞" | "助動詞")
                && matches!(te.surface.as_str(), "て" | "た")
                && suru.base == "する"
                && conjugate::te_of(&verb, &e.plain) == "で"
            {
                let said = if te.surface == "て" { "で" } else { "だ" };
                let from = format!("{}{}{}", first.surface, suru.surface, te.surface);
                return Some((3, fix(&format!("{verb}{said}")), from));
            }
            return Some((2, fix(&verb), format!("{}{}", first.surface, suru.surface)));
        }
    }
    // 実施される → される: the passive goes with the plain verb.
    if let Some(e) = dict.get(Kind::Sahen, &first.surface)
        && let Some(Unit::Word(suru)) = units.get(1)
        && suru.base == "する"
        && let Some(Unit::Word(reru)) = units.get(2).filter(|u| passive_after(Some(u)))
        && reru.base == "れる"
        && let Some(verb) = {
            let form = form_before(reru, units.get(3));
            // 改善される → よくなる: a verb that happens by itself has no
            // passive; it is said as it is.
            // 理解される → わかってもらう: understood by others, who are
            // the ones that understand.
            if let Some(stem) = e.plain.strip_suffix("わかる") {
                let by_others = format!("{stem}わかってもらう");
                form.joined(conjugate::phrase(&by_others, &form.name), &by_others)
            } else if happens_by_itself(&e.plain) {
                form.joined(conjugate::phrase(&e.plain, &form.name), &e.plain)
            } else if says_the_same_passive(&e.plain) {
                form.joined(conjugate::passive(&e.plain, &form.name), "られる")
            } else {
                None
            }
        }
    {
        let from = format!("{}{}{}", first.surface, suru.surface, reru.surface);
        return Some((3, fix(&verb), from));
    }
    // The longest run of words that is a noun entry.
    let mut text = String::new();
    let mut best = None;
    for (k, u) in units.iter().enumerate() {
        let Unit::Word(m) = u else { break };
        text.push_str(&m.surface);
        if text.chars().count() > dict.longest {
            break;
        }
        if let Some(e) = dict.get(Kind::Noun, &text) {
            best = Some((k + 1, fix(&e.plain), text.clone()));
        }
    }
    // 就寝時間 → 寝る時間, 就寝前 → 寝る前: a doing said with こと names
    // the noun after it without its こと (not 寝ること時間).
    if let Some((n, plain, _)) = &mut best
        && let Some(Unit::Word(next)) = units.get(*n)
        && next.pos.0 == "名詞"
        && matches!(next.pos.1.as_str(), "副詞可能" | "接尾")
        // 入浴中, 入浴時: while, when (入っているあいだ, 入るとき), said by
        // their own rules.
        && !matches!(next.surface.as_str(), "中" | "時" | "後")
        && let Some(verb) = plain.strip_suffix("こと")
        && verb_then_koto(plain).is_some()
    {
        *plain = verb.to_string();
        return best;
    }
    // 職場実習 → 仕事をするところの実習: a word said in a phrase cannot
    // stay glued to the noun after it (仕事をするところ実習).
    if let Some((n, plain, _)) = &mut best
        && let Some(Unit::Word(next)) = units.get(*n)
        && next.pos.0 == "名詞"
        && matches!(next.pos.1.as_str(), "一般" | "サ変接続")
        // 日中一人で: 一人 says how, it names nothing.
        && !next.surface.starts_with(['一', '二', '三'])
        // (a noun replaced in its turn is joined by its own rule; a する
        // noun without する stays: 服薬管理 → 薬を飲むことの管理, but
        // 服薬確認する is a verb, replaced in its turn)
        && dict.get(Kind::Noun, &next.surface).is_none()
        && !matches!(units.get(*n + 1), Some(Unit::Word(v)) if v.pos.0 == "動詞")
        // 自ら作業に → 自分で作業に: a plain word that ends in its particle
        // is apart already.
        && !plain.ends_with(['で', 'に'])
    {
        // 将来家族以外の人と: a time said as an adverb names no noun after
        // it; set off instead (これから先、家族以外の人と).
        plain.push(if *n == 1 && first.pos.1 == "副詞可能" { '、' } else { 'の' });
    }
    if best.is_some() {
        return best;
    }
    let kind = match first.pos.0.as_str() {
        "動詞" => Kind::Verb,
        "形容詞" => Kind::Adjective,
        _ => return None,
    };
    let e = dict.get(kind, &first.base)?;
    // 行われる → される; a causative (行わせる) is left as it is.
    if passive_after(units.get(1)) {
        let Some(Unit::Word(reru)) = units.get(1) else { return None };
        if !matches!(reru.base.as_str(), "れる" | "られる") {
            return None;
        }
        if !says_the_same_passive(&e.plain) {
            return None;
        }
        let form = form_before(reru, units.get(2));
        let plain = form.joined(conjugate::passive(&e.plain, &form.name), "られる")?;
        return Some((2, fix(&plain), format!("{}{}", first.surface, reru.surface)));
    }
    let form = form_before(first, units.get(1));
    let plain = form.joined(conjugate::phrase(&e.plain, &form.name), &e.plain)?;
    // 取り組んで → 頑張って: the て or た after the verb voiced (で, だ) as
    // the new verb needs, not as the old one did.
    if let Some(Unit::Word(te)) = units.get(1)
        && first.conj_form.starts_with("連用")
        && matches!(te.pos.0.as_str(), "助詞" | "助動詞")
        && matches!(te.surface.as_str(), "て" | "で" | "た" | "だ")
    {
        let voiced = conjugate::te_of(&plain, &e.plain) == "で";
        let said = match (te.surface.as_str(), voiced) {
            ("て" | "で", true) => "で",
            ("て" | "で", false) => "て",
            (_, true) => "だ",
            (_, false) => "た",
        };
        let from = format!("{}{}", first.surface, te.surface);
        return Some((2, fix(&format!("{plain}{said}")), from));
    }
    Some((1, fix(&plain), first.surface.clone()))
}

/// The form a replacing verb takes where a word was, and whether it ends
/// a clause joined by 、 and so takes て.
struct Form {
    name: String,
    te: bool,
}

impl Form {
    /// `verb`, the phrase `plain` in this form, with its て where it joins.
    fn joined(&self, verb: Option<String>, plain: &str) -> Option<String> {
        let verb = verb?;
        Some(if self.te { format!("{verb}{}", conjugate::te_of(&verb, plain)) } else { verb })
    }
}

/// The form a replacing verb takes where `word` was, before `next`: as
/// [`conjugate::form_before`], and before a 、 its て form (手伝って、):
/// a 連用形 alone may read as a noun (手伝い、) or as no word at all
/// (い、), and the sentence rules end a て clause where they cut.
fn form_before(word: &Morpheme, next: Option<&Unit>) -> Form {
    let next = match next {
        Some(Unit::Word(m)) => m.surface.as_str(),
        _ => "",
    };
    match (word.conj_form.as_str(), next) {
        ("連用形", "、") => Form { name: "連用タ接続".into(), te: true },
        (form, next) => Form { name: conjugate::form_before(form, next), te: false },
    }
}

/// `text` (a verb and こと, 変わること) said in place of a サ変 noun and
/// the する after it: the verb in する's form, where the form is one a
/// verb takes alone (変わる, 変わり, 変わっ, 変わら).
fn said_for_suru(text: &str, suru: &Morpheme, after: Option<&Morpheme>) -> Option<String> {
    // (Before た or て, し is the form た takes: 変化した → 変わった.)
    let ta = after.is_some_and(|a| matches!(a.surface.as_str(), "た" | "て" | "たら" | "たり"));
    let form = match suru.conj_form.as_str() {
        "連用形" if ta => "連用タ接続",
        form @ ("基本形" | "連用形" | "未然形") => form,
        _ => return None,
    };
    let verb = verb_then_koto(text)?;
    let vm = morphemes(&text[..verb]);
    let v = vm.last().filter(|v| v.pos.0 == "動詞" && v.conj_form == "基本形")?;
    let stem = conjugate::verb(&v.base, &v.conj_type, form)?;
    // (泳いだ: where た would be voiced after it, the verb is not said.)
    if ta && conjugate::te_after(&stem, &v.conj_type) != "て" {
        return None;
    }
    Some(format!("{}{stem}", &text[..v.span.start]))
}

/// How much of the start of `plain` (ending in の) `out` ends with, if at
/// least a few words.
fn said_before(out: &str, plain: &str) -> Option<usize> {
    plain
        .match_indices('の')
        .map(|(at, no)| at + no.len())
        .rfind(|&end| plain[..end].chars().count() >= 4 && out.ends_with(&plain[..end]))
}

/// Whether a passive or causative auxiliary follows (される, させる): the
/// verb's voice is not this rule's to change.
fn passive_after(unit: Option<&Unit>) -> bool {
    matches!(unit, Some(Unit::Word(m)) if m.pos == ("動詞".into(), "接尾".into()))
}

/// `sentence` cut into kept terms, phrase entries and analysed words.
fn analyse(sentence: &str) -> Vec<Unit> {
    let mut units = Vec::new();
    let mut at = 0;
    for m in kept_terms().find_iter(sentence) {
        phrases(&sentence[at..m.start()], &mut units);
        units.push(Unit::Term(sentence[m.range()].to_string()));
        at = m.end();
    }
    phrases(&sentence[at..], &mut units);
    service_secured(&mut units);
    visits_received(&mut units);
    units
}

/// 「自立生活援助」の訪問を重ねた: a service's visits are its staff coming
/// (の人に何度も来てもらった); said as 訪問を重ねた with no one named, the
/// visits read as the person's. Only after a service's name: 職場の訪問
/// is the person's own visit, and 母の訪問 a visit by someone named.
fn visits_received(units: &mut Vec<Unit>) {
    let word = |u: Option<&Unit>, w: &str| matches!(u, Some(Unit::Word(m)) if m.surface == w);
    let mut k = 0;
    while k < units.len() {
        let mut at = k + 1;
        if word(units.get(at), "」") {
            at += 1;
        }
        let pieces = matches!(units[k], Unit::Term(_))
            && word(units.get(at), "の")
            && word(units.get(at + 1), "訪問")
            && word(units.get(at + 2), "を");
        let verb = match units.get(at + 3) {
            Some(Unit::Word(v)) if pieces && v.base == "重ねる" => Some(v.clone()),
            _ => None,
        };
        if let Some(v) = verb {
            const SAID: &str = "の人に何度も来てもらう";
            let form = form_before(&v, units.get(at + 4));
            if let Some(plain) = form.joined(conjugate::phrase(SAID, &form.name), SAID) {
                let formal = format!("の訪問を{}", v.surface);
                units.splice(at..at + 4, [Unit::Phrase(formal, plain)]);
            }
        }
        k += 1;
    }
}

/// 「医療型短期入所」も併せて確保する: a service secured is one the person
/// can use (使えるようにする); 確保 said as 作る would make a new service.
fn service_secured(units: &mut Vec<Unit>) {
    let word = |u: &Unit, f: &dyn Fn(&Morpheme) -> bool| matches!(u, Unit::Word(m) if f(m));
    for k in 0..units.len() {
        // (A unit removed below shortens the run.)
        if k >= units.len() {
            break;
        }
        if !matches!(units[k], Unit::Term(_)) {
            continue;
        }
        // (「短期入所」を: the formal text's own brackets after the term.)
        let mut next = k + 1;
        if units.get(next).is_some_and(|u| word(u, &|m| m.surface == "」")) {
            next += 1;
        }
        if !units.get(next).is_some_and(|u| word(u, &|m| matches!(m.surface.as_str(), "を" | "も")))
        {
            continue;
        }
        let mut at = next + 1;
        // (併せて is analysed as 併せ and て.)
        if units.get(at).is_some_and(|u| {
            word(u, &|m| matches!(m.base.as_str(), "併せる" | "合わせる" | "あわせる"))
        }) && units.get(at + 1).is_some_and(|u| word(u, &|m| m.surface == "て"))
        {
            at += 2;
        }
        let (Some(Unit::Word(deed)), Some(Unit::Word(suru))) = (units.get(at), units.get(at + 1))
        else {
            continue;
        };
        if deed.surface != "確保" || suru.base != "する" || passive_after(units.get(at + 2)) {
            continue;
        }
        const SAID: &str = "使えるようにする";
        let form = form_before(suru, units.get(at + 2));
        if let Some(plain) = form.joined(conjugate::phrase(SAID, &form.name), SAID) {
            let formal = format!("{}{}", deed.surface, suru.surface);
            units[at] = Unit::Phrase(formal, plain);
            units.remove(at + 1);
        }
    }
}

/// `text` with its phrase entries as written units, the rest analysed: one
/// analysis of the whole text gives both the words and where a phrase may
/// start and end.
fn phrases(text: &str, units: &mut Vec<Unit>) {
    // A phrase is matched on whole words only: せずに is in 無理せずに, not
    // in むせずに (むせる, to choke).
    let words = morphemes(text);
    // The word that ends, and the one that starts, at each boundary.
    let ending_at: std::collections::HashMap<usize, &Morpheme> =
        words.iter().map(|m| (m.span.end, m)).collect();
    let starting_at: std::collections::HashMap<usize, &Morpheme> =
        words.iter().map(|m| (m.span.start, m)).collect();
    let bound = |at: usize| ending_at.contains_key(&at) || starting_at.contains_key(&at);
    // 病院を受診し is a whole phrase before 、 but not in 受診している:
    // an entry that ends on a verb's stem stops where the verb goes on.
    let goes_on = |end: usize| {
        let last = ending_at.get(&end);
        let next = starting_at.get(&end);
        // (Any form but the dictionary's: 持て, 控え, 受診し are also the
        // 未然形 before ない or られる, where the plain verb's form differs.)
        last.is_some_and(|m| m.pos.0 == "動詞" && m.conj_form != "基本形")
            && next.is_some_and(|n| {
                matches!(n.pos.0.as_str(), "助動詞" | "動詞")
                    || n.pos.0 == "助詞" && matches!(n.surface.as_str(), "て" | "で")
            })
    };
    // 病院を受診しなかった, 見通しを持てないと: before a negative the verb
    // the entry ends in is in its 未然形, spelt like the 連用形 of a
    // derived form; the entry in its dictionary form says it, put in the
    // 未然形 (で診てもらわ|なかった, この先のことがわから|ないと).
    let negated = |range: &std::ops::Range<usize>| -> Option<String> {
        let last =
            ending_at.get(&range.end).filter(|m| m.pos.0 == "動詞" && m.conj_form == "未然形")?;
        starting_at
            .get(&range.end)
            .filter(|n| n.pos.0 == "助動詞" && matches!(n.base.as_str(), "ない" | "ぬ"))?;
        let formal = format!("{}{}", &text[range.start..last.span.start], last.base);
        let entry = shipped().get(Kind::Phrase, &formal)?;
        conjugate::phrase(&entry.plain, "未然形")
    };
    let found: Vec<_> = shipped()
        .phrases_in(text)
        .filter_map(|(range, e)| {
            if !bound(range.start) || !bound(range.end) {
                return None;
            }
            if !goes_on(range.end) {
                return Some((range, e.formal.clone(), e.plain.clone()));
            }
            let plain = negated(&range)?;
            Some((range.clone(), text[range].to_string(), plain))
        })
        // 先月の体験利用: an entry that turns a の into を (の体験利用 → を
        // 試しに使う) takes the noun before it as its object; a time is none.
        .filter(|(range, formal, plain)| {
            // Nor one after a particle: 通所先での体験利用 has no object.
            let object = formal.starts_with('の') && plain.starts_with('を');
            let no_object =
                ending_at.get(&range.start).is_some_and(|m| names_a_time(m) || m.pos.0 == "助詞");
            !(object && no_object)
        })
        // 妹を通じて連絡を取る: through someone, both ways (を通して), not
        // at their place (妹でれんらく).
        .map(|(range, formal, plain)| {
            let through = matches!(formal.as_str(), "を通じて" | "を通して");
            // (様 ends a someone too: 妹様.)
            let someone =
                ending_at.get(&range.start).is_some_and(|m| people::names_someone(&m.surface));
            let plain = if through && someone { "を通して".to_string() } else { plain };
            (range, formal, plain)
        })
        // 訪問看護師が体位交換を行った: an entry said as done for the person
        // (体の向きを変えてもらう) with someone else the subject of its
        // clause is done by them for the person (変えてくれる); with
        // もらう the one named would have it done to them.
        .map(|(range, formal, plain)| {
            // (The subject of the clause the entry ends, not of one inside
            // it: おばあさんが施設へ入所してからは…身を寄せる. Analysed only
            // for such an entry.)
            let by_other = || {
                let clause = text[..range.start].rsplit(['、', '。']).next().unwrap_or_default();
                let cm = morphemes(clause);
                cm.windows(2).enumerate().any(|(k, w)| {
                    w[1].surface == "が"
                        && w[1].pos.0 == "助詞"
                        && people::names_someone(&w[0].surface)
                        && !people::THE_PERSON.iter().any(|p| w[0].surface.ends_with(p))
                        && !cm[k + 2..].iter().any(|n| n.surface == "は" && n.pos.0 == "助詞")
                })
            };
            // (In the form the entry was put in: もらっ, もらい, もらわ.)
            let given = plain.rsplit_once("てもら").and_then(|(deed, form)| {
                let kureru = match form.chars().next()? {
                    'う' => "くれる",
                    'え' => "くれれ",
                    'っ' | 'い' | 'わ' => "くれ",
                    _ => return None,
                };
                Some(format!("{deed}て{kureru}{}", &form[form.chars().next()?.len_utf8()..]))
            });
            // (Only a deed staff carry out, 体位交換を行う: with 受診する or
            // 身を寄せる the subject is the one it is done for.)
            let carried_out = formal.contains("を行") || formal.contains("を実施");
            let plain = match given {
                Some(given) if carried_out && by_other() => given,
                _ => plain,
            };
            (range, formal, plain)
        })
        // 作業に取り組む → 作業をがんばる: an entry that turns a に into を
        // takes the noun before it as its object; 意欲的に, 早めに say how,
        // and have none.
        .filter(|(range, formal, plain)| {
            // (Or a の: に配慮する → のことを考える; 一緒に配慮し is how.)
            let object = formal.starts_with('に')
                && (plain.starts_with('を') || plain.starts_with("のこと"));
            let how = starting_at.get(&range.start).is_some_and(|n| n.pos.1 != "格助詞")
                || ending_at.get(&range.start).is_some_and(|m| {
                    matches!(m.pos.1.as_str(), "形容動詞語幹" | "副詞可能")
                        || ["一緒", "同様", "個別", "十分"].contains(&m.surface.as_str())
                        // 早め, 多め: an adjective's stem with め, not まとめ.
                        || ["早め", "遅め", "多め", "少なめ", "長め", "短め", "軽め", "強め"]
                            .contains(&m.surface.as_str())
                });
            !(object && how)
        })
        .collect();
    let mut words = words.into_iter().peekable();
    for (range, formal, plain) in found {
        // 未達成と is not 達成と: after a negating prefix a phrase means its
        // opposite, so it is left to a longer entry or as it is.
        if text[..range.start].ends_with(['未', '不', '非', '無']) {
            continue;
        }
        while let Some(w) = words.next_if(|w| w.span.end <= range.start) {
            units.push(Unit::Word(w));
        }
        units.push(Unit::Phrase(formal, plain));
        while words.next_if(|w| w.span.start < range.end).is_some() {}
    }
    units.extend(words.map(Unit::Word));
}
