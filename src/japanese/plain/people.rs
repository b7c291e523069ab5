//! Words for people, one list for every rule that asks who: who acts
//! (職員による確認), who does something together (家族と事業所で), who one
//! hears from (奥様から伺った) and who says (母は…と話している).

/// The person the plan is about, in the formal text and as the word rules
/// leave them.
pub const THE_PERSON: &[&str] = &["本人", "あなた", "自分"];

/// Family, in the formal text and as the word rules leave them.
pub const FAMILY: &[&str] = &[
    "家族",
    "母",
    "父",
    "母親",
    "父親",
    "両親",
    "兄",
    "姉",
    "弟",
    "妹",
    "妻",
    "夫",
    "祖母",
    "祖父",
    "保護者",
    "お母さん",
    "お父さん",
    "お兄さん",
    "お姉さん",
    "おかあさん",
    "おとうさん",
];

/// Those who support the person, by their role.
pub const SUPPORTERS: &[&str] = &[
    "職員",
    "スタッフ",
    "ヘルパー",
    "支援者",
    "相談支援専門員",
    "担任",
    "先生",
    "主治医",
    "看護師",
];

/// Services whose staff come to the person to do what they do, and how
/// the staff are called in plain words.
pub const VISITING: &[(&str, &str)] = &[
    ("訪問看護", "看護師さん"),
    ("居宅介護", "ヘルパー"),
    ("重度訪問介護", "ヘルパー"),
    ("行動援護", "ヘルパー"),
    ("同行援護", "ヘルパー"),
    ("移動支援", "ヘルパー"),
];

/// How other words for a person end (支援員, 利用者, 看護師, 介護福祉士,
/// 世話人, 佐藤さん, 奥様, 主治医).
pub const PERSON_ENDINGS: &[&str] = &["員", "者", "師", "士", "人", "さん", "様", "医"];

/// Bodies that act (事業所, 市, 学校).
pub const BODIES: &[&str] =
    &["事業所", "市", "学校", "病院", "センター", "施設", "会社", "役所", "関係機関"];

/// Whether `word` is one of the words for a person, as a whole word.
pub fn is_someone(word: &str) -> bool {
    THE_PERSON.iter().chain(FAMILY).chain(SUPPORTERS).any(|w| *w == word)
}

/// Whether `word` names a person, whole or by how it ends (母親, ご本人,
/// 担任の先生, 奥様).
pub fn names_someone(word: &str) -> bool {
    THE_PERSON
        .iter()
        .chain(FAMILY)
        .chain(SUPPORTERS)
        .chain(PERSON_ENDINGS)
        .any(|w| word.ends_with(w))
}

/// Whether `word` ends the name of a body that acts.
pub fn names_a_body(word: &str) -> bool {
    BODIES.iter().any(|w| word.ends_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_are_known_by_word_and_ending() {
        assert!(is_someone("母親") && is_someone("あなた") && !is_someone("事業所"));
        assert!(names_someone("奥様") && names_someone("支援員") && names_someone("ご本人"));
        assert!(!names_someone("3時") && !names_someone("学校"));
        assert!(names_a_body("相談支援事業所") && !names_a_body("母"));
    }
}
