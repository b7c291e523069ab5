//! Verbs and adjectives put back into the form the formal word had, after
//! the dictionary replaced it (行い → し, 通所し → 通い), and the polite
//! endings of a sentence (通う → 通います).

use crate::japanese::reading::{Morpheme, morphemes};

/// The godan rows: for a verb ending in the first kana, its 未然, 連用,
/// 仮定 and 未然ウ kana, and its 連用タ接続 (音便) form.
const GODAN: &[(char, [&str; 5])] = &[
    ('う', ["わ", "い", "え", "お", "っ"]),
    ('く', ["か", "き", "け", "こ", "い"]),
    ('ぐ', ["が", "ぎ", "げ", "ご", "い"]),
    ('す', ["さ", "し", "せ", "そ", "し"]),
    ('つ', ["た", "ち", "て", "と", "っ"]),
    ('ぬ', ["な", "に", "ね", "の", "ん"]),
    ('ぶ', ["ば", "び", "べ", "ぼ", "ん"]),
    ('む', ["ま", "み", "め", "も", "ん"]),
    ('る', ["ら", "り", "れ", "ろ", "っ"]),
];

/// `base` (a verb's dictionary form, conjugation type `conj_type` in
/// IPADIC's terms) in the IPADIC conjugation form `form`. `None` for a
/// type or form this does not know; the caller then leaves the word alone.
pub fn verb(base: &str, conj_type: &str, form: &str) -> Option<String> {
    if form == "基本形" || form.is_empty() {
        return Some(base.to_string());
    }
    if conj_type.starts_with("サ変") {
        let stem = base.strip_suffix("する").or_else(|| base.strip_suffix("ずる"))?;
        let tail = match form {
            "未然形" | "連用形" | "未然ウ接続" | "連用タ接続" => "し",
            "未然レル接続" => "さ",
            "仮定形" => "すれ",
            "命令ｒｏ" => "しろ",
            "命令ｙｏ" => "せよ",
            "体言接続" => "する",
            _ => return None,
        };
        return Some(format!("{stem}{tail}"));
    }
    if conj_type.starts_with("カ変") {
        let (stem, kanji) = match base.strip_suffix("来る") {
            Some(stem) => (stem, true),
            None => (base.strip_suffix("くる")?, false),
        };
        let kana = match form {
            "未然形" | "未然ウ接続" => "こ",
            "連用形" | "連用タ接続" => "き",
            "仮定形" => "くれ",
            "基本形" | "体言接続" => "くる",
            _ => return None,
        };
        let okuri = match form {
            "仮定形" => "れ",
            "基本形" | "体言接続" => "る",
            _ => "",
        };
        return Some(if kanji { format!("{stem}来{okuri}") } else { format!("{stem}{kana}") });
    }
    if conj_type.starts_with("一段") {
        let stem = base.strip_suffix('る')?;
        let tail = match form {
            "未然形" | "連用形" | "連用タ接続" => "",
            "仮定形" => "れ",
            "未然ウ接続" => "よ",
            "命令ｒｏ" => "ろ",
            "命令ｙｏ" => "よ",
            "体言接続特殊" => "ん",
            _ => return None,
        };
        return Some(format!("{stem}{tail}"));
    }
    if conj_type.starts_with("五段") {
        let last = base.chars().last()?;
        let stem = &base[..base.len() - last.len_utf8()];
        let row = GODAN.iter().find(|(k, _)| *k == last)?.1;
        let iku = conj_type.contains("カ行促音便");
        let tail = match form {
            "未然形" => row[0],
            "連用形" => row[1],
            "仮定形" | "命令ｅ" => row[2],
            "未然ウ接続" => row[3],
            "連用タ接続" if iku => "っ",
            "連用タ接続" => row[4],
            _ => return None,
        };
        return Some(format!("{stem}{tail}"));
    }
    None
}

/// `phrase` (plain words ending in a verb or adjective in its dictionary
/// form: 手伝う, 病院に通う) with its last inflecting word put in `form`.
pub fn phrase(phrase: &str, form: &str) -> Option<String> {
    // The analyser reads a lone する as 擦る, and a lone いる as 要る.
    if phrase.ends_with("する") {
        return verb(phrase, "サ変・スル", form);
    }
    if phrase == "いる" {
        return verb(phrase, "一段", form);
    }
    let ms = morphemes(phrase);
    let last = ms.last()?;
    let head = &phrase[..last.span.start];
    let tail = inflect(last, form)?;
    Some(format!("{head}{tail}"))
}

/// The potential form of `phrase` (通う → 通える, 考える → 考えられる,
/// する → できる), in `form`: for a する-noun with できる after it.
pub fn potential(phrase: &str, form: &str) -> Option<String> {
    let (head, base, conj_type, reading) = match phrase.strip_suffix("する") {
        Some(head) => {
            (head.to_string(), "する".to_string(), "サ変・スル".to_string(), String::new())
        }
        None => {
            let ms = morphemes(phrase);
            let last = ms.last().filter(|m| m.pos.0 == "動詞")?;
            let reading = crate::japanese::kana::to_hiragana(&last.reading);
            (
                phrase[..last.span.start].to_string(),
                last.base.clone(),
                last.conj_type.clone(),
                reading,
            )
        }
    };
    // わかる says can already (理解できる → わかる, not わかれる).
    if matches!(base.as_str(), "わかる" | "分かる") {
        return self::phrase(phrase, form);
    }
    let able = if conj_type.starts_with("サ変") {
        "できる".to_string()
    } else if conj_type.starts_with("五段") {
        format!("{}る", verb(&base, &conj_type, "仮定形")?)
    } else {
        format!("{}られる", verb(&base, &conj_type, "未然形")?)
    };
    // 入る (はいる) → 入れる reads いれる, another verb (to put in), and a
    // reader would take it for that one: such a verb says 入ることができる.
    // 通える reads かよえる, as it should.
    if conj_type.starts_with("五段") {
        let said = morphemes(&able);
        let expected = verb(&reading, &conj_type, "仮定形").map(|r| format!("{r}る"));
        let read =
            said.iter().map(|m| crate::japanese::kana::to_hiragana(&m.reading)).collect::<String>();
        // 書ける reads かける, as it should, but the suggestion writes it in
        // kana, where お金を かける is spending it: such a potential says
        // 書くことができる too; 買える is かえる, read as going home.
        const OTHER_VERB_IN_KANA: &[&str] = &["かける", "きれる", "はれる", "かえる"];
        if expected.is_some_and(|e| e != read) || OTHER_VERB_IN_KANA.contains(&read.as_str()) {
            return Some(format!("{head}{base}ことが{}", verb("できる", "一段", form)?));
        }
    }
    Some(format!("{head}{}", verb(&able, "一段", form)?))
}

/// The passive of `phrase` (手伝う → 手伝われる, 見る → 見られる, する →
/// される), its れる in `form`: for a word replaced before a passive
/// ending, which must go with it (行われる is not しれる).
pub fn passive(phrase: &str, form: &str) -> Option<String> {
    let (head, base, conj_type) = match phrase.strip_suffix("する") {
        Some(head) => (head.to_string(), "する".to_string(), "サ変・スル".to_string()),
        None => {
            let ms = morphemes(phrase);
            let last = ms.last().filter(|m| m.pos.0 == "動詞")?;
            (phrase[..last.span.start].to_string(), last.base.clone(), last.conj_type.clone())
        }
    };
    let (stem, ending) = if conj_type.starts_with("サ変") {
        (verb(&base, &conj_type, "未然レル接続")?, "れる")
    } else if conj_type.starts_with("五段") {
        (verb(&base, &conj_type, "未然形")?, "れる")
    } else {
        (verb(&base, &conj_type, "未然形")?, "られる")
    };
    Some(format!("{head}{stem}{}", verb(ending, "一段", form)?))
}

/// `verb` in its て form (通う → 通って, 読む → 読んで, 急ぐ → 急いで).
pub fn te(verb: &Morpheme) -> Option<String> {
    let stem = self::verb(&verb.base, &verb.conj_type, "連用タ接続")?;
    Some(format!("{stem}{}", te_after(&stem, &verb.conj_type)))
}

/// The て that follows `stem` (a verb's 連用タ接続 of conjugation type
/// `conj_type`): で after ん and for ガ行 verbs (急いで), else て.
pub fn te_after(stem: &str, conj_type: &str) -> &'static str {
    if stem.ends_with('ん') || conj_type.contains("ガ行") { "で" } else { "て" }
}

/// The て that follows `stem`, the 連用タ接続 of the phrase `plain` (in
/// its dictionary form): 頑張ん → で, 急い (of 急ぐ) → で.
pub fn te_of(stem: &str, plain: &str) -> &'static str {
    te_after(stem, if plain.ends_with('ぐ') { "五段・ガ行" } else { "" })
}

/// The form a replacing verb takes where a word in `form` was, before the
/// word `next`: its own, except that before て and た a 連用形 becomes the
/// 連用タ接続 a godan verb needs (通って, not 通いて).
pub fn form_before(form: &str, next: &str) -> String {
    match (form, next) {
        ("連用形", "て" | "た" | "だ" | "たら" | "だら" | "たり" | "で" | "ちゃう") => {
            "連用タ接続".into()
        }
        (form, _) => form.into(),
    }
}

/// One analysed word in `form`, from its dictionary form.
pub fn inflect(m: &Morpheme, form: &str) -> Option<String> {
    match m.pos.0.as_str() {
        "動詞" => verb(&m.base, &m.conj_type, form),
        "形容詞" => {
            let stem = m.base.strip_suffix('い')?;
            let tail = match form {
                "基本形" => "い",
                "連用テ接続" => "く",
                "連用タ接続" => "かっ",
                "仮定形" => "けれ",
                "ガル接続" => "",
                _ => return None,
            };
            Some(format!("{stem}{tail}"))
        }
        _ => None,
    }
}

/// The polite form of a verb-like word (通う → 通います, いる → います):
/// its 連用形 and ます. `None` where it is not a verb of a known type.
pub fn polite(m: &Morpheme) -> Option<String> {
    if m.pos.0 != "動詞" {
        return None;
    }
    Some(format!("{}ます", verb(&m.base, &m.conj_type, "連用形")?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn godan_ichidan_and_suru_verbs_take_each_form() {
        assert_eq!(verb("通う", "五段・ワ行促音便", "連用形").as_deref(), Some("通い"));
        assert_eq!(verb("通う", "五段・ワ行促音便", "連用タ接続").as_deref(), Some("通っ"));
        assert_eq!(verb("行く", "五段・カ行促音便", "連用タ接続").as_deref(), Some("行っ"));
        assert_eq!(verb("飲む", "五段・マ行", "未然形").as_deref(), Some("飲ま"));
        assert_eq!(verb("考える", "一段", "連用形").as_deref(), Some("考え"));
        assert_eq!(verb("する", "サ変・スル", "連用形").as_deref(), Some("し"));
        assert_eq!(verb("来る", "カ変・来ル", "連用形").as_deref(), Some("来"));
        assert_eq!(verb("来る", "カ変・来ル", "基本形").as_deref(), Some("来る"));
        assert_eq!(verb("くる", "カ変・クル", "連用タ接続").as_deref(), Some("き"));
        assert_eq!(verb("話す", "五段・サ行", "仮定形").as_deref(), Some("話せ"));
        assert_eq!(verb("話す", "妙な型", "仮定形"), None);
    }

    #[test]
    fn a_potential_that_is_another_verb_says_koto_ga_dekiru() {
        assert_eq!(potential("病院に通う", "基本形").as_deref(), Some("病院に通える"));
        assert_eq!(
            potential("お風呂に入る", "基本形").as_deref(),
            Some("お風呂に入ることができる")
        );
        assert_eq!(potential("確かめる", "連用形").as_deref(), Some("確かめられ"));
        assert_eq!(potential("書く", "基本形").as_deref(), Some("書くことができる"));
        assert_eq!(potential("読む", "基本形").as_deref(), Some("読める"));
        assert_eq!(potential("相談する", "基本形").as_deref(), Some("相談できる"));
    }

    #[test]
    fn a_passive_goes_with_the_word_put_in_its_place() {
        assert_eq!(passive("する", "基本形").as_deref(), Some("される"));
        assert_eq!(passive("手伝う", "連用形").as_deref(), Some("手伝われ"));
        assert_eq!(passive("見る", "基本形").as_deref(), Some("見られる"));
        assert_eq!(phrase("いる", "連用形").as_deref(), Some("い"));
    }

    #[test]
    fn a_phrase_is_conjugated_at_its_last_word() {
        assert_eq!(phrase("病院に通う", "連用形").as_deref(), Some("病院に通い"));
        assert_eq!(phrase("考え直す", "連用タ接続").as_deref(), Some("考え直し"));
    }
}
