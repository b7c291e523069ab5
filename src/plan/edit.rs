//! Writing a plan file from its value (interim: the comment-keeping
//! writer replaces this module).

use super::Format;

/// The text of a plan file updated to `new`, and what could not be kept.
pub struct Edited {
    /// The new text.
    pub text: String,
    /// What of the old text it does not keep.
    pub lost: Vec<Lost>,
}

/// Something of the old file that the new text does not keep.
pub struct Lost {
    /// Its 1-based line in the old file.
    pub line: usize,
    /// What it was.
    pub what: String,
}

impl Lost {
    /// What was lost, for a message.
    pub fn describe(&self) -> String {
        self.what.clone()
    }
}

/// `old` rewritten so that its value is `new`.
pub fn update(old: &str, format: Format, new: &serde_json::Value) -> Edited {
    let text = write(new, format);
    let lost = old
        .lines()
        .enumerate()
        .filter(|(_, l)| l.trim_start().starts_with('#'))
        .map(|(i, l)| Lost { line: i + 1, what: l.trim().to_string() })
        .collect();
    Edited { text, lost }
}

/// A new file's text for `new`.
pub fn write(new: &serde_json::Value, _format: Format) -> String {
    let mut s = serde_json::to_string_pretty(new).unwrap_or_default();
    s.push('\n');
    s
}
