//! Character classes and kana conversion.

/// Katakana → hiragana (ヴ → ゔ, ヵヶ → かけ); everything else unchanged.
/// The long-vowel mark ー is kept, as the reading conventions require.
pub fn to_hiragana(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'ヵ' => 'か',
            'ヶ' => 'け',
            'ァ'..='ヶ' | 'ヽ' | 'ヾ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// A kanji (CJK unified ideograph, any extension block, or compatibility
/// ideograph), or the iteration mark 々 / 〆 / ヶ as used inside words.
pub fn is_kanji(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
        || matches!(c, '々' | '〆' | '〇')
}

/// Hiragana or katakana (including ー and the iteration marks).
pub fn is_kana(c: char) -> bool {
    matches!(c, 'ぁ'..='ゖ' | 'ゝ' | 'ゞ' | 'ァ'..='ヺ' | 'ー' | 'ヽ' | 'ヾ')
}

/// Whether `s` has at least one kanji.
pub fn has_kanji(s: &str) -> bool {
    s.chars().any(is_kanji)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn katakana_becomes_hiragana_and_keeps_long_vowel() {
        assert_eq!(to_hiragana("ヘルパー"), "へるぱー");
        assert_eq!(to_hiragana("ヴァイオリン"), "ゔぁいおりん");
        assert_eq!(to_hiragana("３ヶ月"), "３け月");
        assert_eq!(to_hiragana("B型"), "B型");
    }

    #[test]
    fn kanji_classes() {
        assert!(is_kanji('漢') && is_kanji('𠮷') && is_kanji('々'));
        assert!(!is_kanji('か') && !is_kanji('ア') && !is_kanji('1'));
        assert!(is_kana('ー') && is_kana('ゝ'));
    }
}
