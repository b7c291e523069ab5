//! Suggested plain wording: a first draft of the easy version's text,
//! written from the formal text for the specialist to accept, edit or
//! refuse (`yomeru plain`, the editor's suggestion).
//!
//! A suggestion is made one sentence at a time by rules a reader can
//! follow, each in its own module and each listed in the changes it made:
//! - [`forms`] writes times, numbers and periods the one way the easy
//!   version writes them (午後1時, 3回, 3か月);
//! - [`honorific`] says 尊敬語 and 謙譲語 in plain polite words (連絡いた
//!   します → 連絡します), [`negation`] undoes double negatives (忘れないわ
//!   けではない → 忘れることもある), [`voice`] makes a passive active where
//!   the sentence names who acts, and [`nominal`] says a nominalisation as
//!   a verb again (服薬の確認を行う → 服薬を確認する);
//! - [`words`] puts everyday words in place of formal ones from the
//!   paraphrase dictionary ([`dict`], `data/plain-words.tsv`), verbs
//!   re-conjugated ([`conjugate`]), and quotes the welfare terms the
//!   person will meet on paper (「短期入所」), which the easy version
//!   explains from its glossary;
//! - [`sentence`] splits a long sentence at its joints (〜し、〜ので、
//!   〜ながら、…) into one idea each and ends every sentence in です・ます;
//! - [`script`] writes the result in kana except the few kanji of
//!   easy-read practice, with spaces between phrases (分かち書き).
//!
//! A sentence the engine cannot rewrite safely (a word it cannot read, a
//! respectful word whose meaning its context does not decide, a double
//! negative with no plain way to say it) is left as it was and flagged,
//! never guessed.

pub mod conjugate;
pub mod dict;
pub mod forms;
pub mod goal;
pub mod honorific;
pub mod measure;
pub mod negation;
pub mod nominal;
pub mod people;
pub mod script;
pub mod sentence;
pub mod voice;
pub mod words;

use serde::Serialize;

use crate::japanese::reading::{Lexicon, Morpheme};

/// What a suggestion is made for.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// How the easy version addresses the person (`person.called`); あなた
    /// when absent.
    pub called: Option<String>,
    /// Whether the text is a goal (`long_term_goal`, `needs[].goal`): what
    /// can be done is said as what it is to become ([`goal`]).
    pub goal: bool,
    /// Whether the text reports what happened (a monitoring report's
    /// `overall`, `status` or `achievement`): a sentence ending in a deed's
    /// noun (体験利用を実施。, 目標をほぼ達成。) says it was done.
    pub report: bool,
    /// Whether the text may be about someone other than the person: a
    /// family's wish (`wishes.family`), a supporter's role, or a text whose
    /// sentence before (in the same paragraph) named another. A respect
    /// with no one named is then not said of the person.
    pub others_before: bool,
    /// Whether the text is the person's own role (`needs[].my_role`): what
    /// it asks of them (…お伝えいただく) is said as their deed (伝える).
    pub role: bool,
}

impl Options {
    /// The options for the field at `path` (`needs[2].goal`) of a plan
    /// that calls the person `called`.
    pub fn for_field(called: Option<String>, path: &str) -> Options {
        let last = path.rsplit('.').next().unwrap_or(path);
        Options {
            called,
            goal: last.ends_with("goal"),
            report: path.starts_with("monitoring.")
                && matches!(last, "overall" | "status" | "achievement"),
            others_before: path.starts_with("wishes.family") || path.starts_with("supporters"),
            role: last == "my_role",
        }
    }
}

/// A suggested plain wording and how it was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    /// The suggested text.
    pub text: String,
    /// Every change made, in order.
    pub changes: Vec<Change>,
    /// Sentences left as they were, and why.
    pub flags: Vec<Flag>,
}

/// One change the engine made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Which rule made it.
    pub rule: Rule,
    /// What was there.
    pub from: String,
    /// What is there now.
    pub to: String,
}

/// The rules, each with an id used in JSON and messages (`plain-rule-<id>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// Times, numbers and periods in the easy version's one way.
    Forms,
    /// 尊敬語 or 謙譲語 said plainly.
    Honorific,
    /// A double negative undone.
    Negation,
    /// A passive made active.
    Voice,
    /// A nominalisation said as a verb.
    Nominal,
    /// A word from the paraphrase dictionary.
    Word,
    /// A welfare term kept and quoted.
    Term,
    /// A long sentence split at a joint.
    Split,
    /// A sentence ending made です・ます.
    Ending,
    /// A word written in kana.
    Kana,
}

impl Rule {
    /// The id in messages and JSON.
    pub fn id(self) -> &'static str {
        match self {
            Rule::Forms => "forms",
            Rule::Honorific => "honorific",
            Rule::Negation => "negation",
            Rule::Voice => "voice",
            Rule::Nominal => "nominal",
            Rule::Word => "word",
            Rule::Term => "term",
            Rule::Split => "split",
            Rule::Ending => "ending",
            Rule::Kana => "kana",
        }
    }
}

/// A sentence the engine left as it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    /// The sentence, as written in the formal text.
    pub sentence: String,
    /// Why: `unknown-word`, `honorific` (a respectful word of more than one
    /// meaning) or `double-negation` (one with no plain way to say it).
    pub reason: &'static str,
    /// The word it is about.
    pub word: String,
}

impl Change {
    fn new(rule: Rule, from: impl Into<String>, to: impl Into<String>) -> Change {
        Change { rule, from: from.into(), to: to.into() }
    }
}

/// A text being rewritten by replacing byte ranges of it, in order: what
/// each sentence rule builds its result with.
struct Splice<'a> {
    text: &'a str,
    out: String,
    at: usize,
}

impl<'a> Splice<'a> {
    fn new(text: &'a str) -> Splice<'a> {
        Splice { text, out: String::with_capacity(text.len() + 16), at: 0 }
    }

    /// Whether byte `at` of the text is still to come (not inside a range
    /// already replaced).
    fn ahead(&self, at: usize) -> bool {
        at >= self.at
    }

    /// Puts `with` in place of `range`, which starts at or after the end
    /// of the last range replaced.
    fn replace(&mut self, range: std::ops::Range<usize>, with: &str) {
        self.out.push_str(&self.text[self.at..range.start]);
        self.out.push_str(with);
        self.at = range.end;
    }

    /// The text with every replacement made.
    fn finish(mut self) -> String {
        self.out.push_str(&self.text[self.at..]);
        self.out
    }
}

/// A suggested plain wording of `text` (formal Japanese), its words read
/// with `lexicon` (the plan's readings and names).
pub fn suggest(text: &str, lexicon: &Lexicon, options: &Options) -> Suggestion {
    let mut changes = Vec::new();
    let mut flags = Vec::new();
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        // Whether a sentence before named someone other than the person
        // (お母様は…。今後も…と希望されている): then a respect with no one
        // named may be theirs, and the person is not named for it. (Each
        // line a paragraph of its own, as `--stdin` reads them.)
        let mut others = false;
        let (body, newline) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        for formal in quoted_sentences(body) {
            let options =
                &Options { others_before: options.others_before || others, ..options.clone() };
            others |= crate::japanese::reading::morphemes(&formal).iter().any(|m| {
                people::names_someone(&m.surface)
                    && !people::THE_PERSON.iter().any(|p| m.surface.ends_with(p))
            });
            // …打ち解けていた（世話人より）。: who said it, after the
            // sentence, is said after it as a sentence of its own; left
            // inside, the sentence would not end in its verb, and （…より）
            // reads as "than" to a reader who does not know the convention.
            match bracket_after(&formal) {
                Some((said, inner)) => {
                    let said = one_sentence(&said, lexicon, options, &mut changes, &mut flags);
                    match source_in(inner) {
                        Some(source) => {
                            let told = told_by(source, lexicon, options, &mut changes, &mut flags);
                            changes.push(Change::new(Rule::Split, format!("（{inner}）"), &told));
                            out.push_str(&said);
                            out.push_str(&told);
                        }
                        // …通所している（当初より）。: a note on the sentence
                        // stays after it, and the sentence still ends in
                        // its verb, said as the text's other endings are.
                        None => {
                            let note =
                                one_sentence(inner, lexicon, options, &mut changes, &mut flags);
                            out.push_str(said.strip_suffix('。').unwrap_or(&said));
                            out.push_str(&format!("（{}）。", note.trim_end_matches('。')));
                        }
                    }
                }
                None => {
                    out.push_str(&one_sentence(&formal, lexicon, options, &mut changes, &mut flags))
                }
            }
        }
        out.push_str(newline);
    }
    Suggestion { text: out, changes, flags }
}

/// The sentences of a line, a quote that ends in ？ or 。 kept with what
/// follows it (「あした、せんせいくる？」と何度も尋ねる): cut there, the
/// quote would be taken for a sentence of the text and its ending changed.
fn quoted_sentences(line: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in crate::japanese::check::sentences(line) {
        match out.last_mut() {
            Some(last)
                if last.ends_with(['」', '』'])
                    && (s.starts_with('と') || s.starts_with("って")) =>
            {
                last.push_str(&s)
            }
            _ => out.push(s),
        }
    }
    out
}

/// A sentence that ends in a bracket (…なった（ひかり作業所より）。): the
/// sentence before it with its 。, and what the bracket holds.
fn bracket_after(sentence: &str) -> Option<(String, &str)> {
    let body = sentence.strip_suffix('。')?.strip_suffix('）')?;
    let (said, inner) = body.rsplit_once('（')?;
    (!inner.contains(['（', '）']) && said.chars().count() >= 6 && !said.ends_with('、'))
        .then(|| (format!("{said}。"), inner))
}

/// Who said a sentence, from the bracket after it (ひかり作業所より →
/// ひかり作業所), or `None` when the bracket says something else.
fn source_in(inner: &str) -> Option<&str> {
    let source = inner.strip_suffix("より").or_else(|| inner.strip_suffix("から"))?;
    // （去年より）, （前回より）, （4月から）, （入所時より）: a time compared
    // or started from, not who said it; （…の希望により）: why.
    let last = crate::japanese::reading::morphemes(source).pop()?;
    const TIMES: &[&str] = &["回", "時", "以降", "以来", "当時", "頃", "ごろ", "前", "後"];
    let a_time = last.pos.1 == "副詞可能"
        || TIMES.iter().any(|t| source.ends_with(t))
        || source.chars().any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    (!a_time && !source.ends_with('に')).then_some(source)
}

/// Who said a sentence (`source`, as the bracket after it names them),
/// said after it: someone told it (せわを する 人が おしえて くれました。),
/// a place's staff told it (ひかりさぎょうしょの 人が…), the person said it
/// themselves; several who said it (母・本人) each named.
fn told_by(
    source: &str,
    lexicon: &Lexicon,
    options: &Options,
    changes: &mut Vec<Change>,
    flags: &mut Vec<Flag>,
) -> String {
    // Several who said it (母・本人, 本人と母, 母・連絡帳) only where each
    // part names someone, a place with staff or a record on its own: a ・
    // inside a name (ヘルパーステーション・はばたき) names one.
    let parts: Vec<&str> = source.split(['・', '、', 'と']).filter(|p| !p.is_empty()).collect();
    let known = |p: &str| {
        people::THE_PERSON.iter().any(|t| p.ends_with(t))
            || people::names_someone(p)
            || matches!(teller(p), Teller::Staff | Teller::Record)
    };
    let parts =
        if parts.len() > 1 && parts.iter().all(|p| known(p)) { parts } else { vec![source] };
    let mut named = Vec::new();
    let mut found = Vec::new();
    let mut the_person = false;
    for part in parts {
        if people::THE_PERSON.iter().any(|p| part.ends_with(p)) {
            the_person = true;
            named.push(options.called.clone().unwrap_or_else(|| "あなた".into()));
            continue;
        }
        let plain = one_sentence(part, lexicon, options, changes, flags);
        let plain = plain.trim_end_matches('。');
        match teller(part) {
            Teller::Someone => named.push(plain.to_string()),
            Teller::Staff => named.push(format!("{plain}の 人")),
            Teller::Record => found.push(plain.to_string()),
        }
    }
    let mut out = String::new();
    if !named.is_empty() {
        let verb = if the_person { "はなしました" } else { "おしえて くれました" };
        out.push_str(&format!("{}が {verb}。", named.join("と ")));
    }
    // A record or a meeting does not tell: it was found there (and there
    // too, after who told it: おかあさんが おしえて くれました。れんらくちょう
    // にも かいて ありました。).
    if !found.is_empty() {
        let also = if named.is_empty() { "に" } else { "にも" };
        out.push_str(&format!("{}{also} かいて ありました。", found.join("と ")));
    }
    out
}

/// Words that name a record or a meeting, where what a source bracket
/// says was found.
const RECORDS: &[&str] =
    &["記録", "帳", "ノート", "会議", "日誌", "報告", "カルテ", "面談", "シート", "メモ"];

/// Who a source is: someone, a place with staff, or a record.
enum Teller {
    Someone,
    Staff,
    Record,
}

/// Who the source `formal` names: someone (母, 世話人, or a name the words
/// do not place), a place that has staff (a body, ひかり作業所, ヘルパー
/// ステーションはばたき, named after what it is), or a record or a meeting,
/// where it was found.
fn teller(formal: &str) -> Teller {
    const STAFFED: &[&str] = &["作業所", "園"];
    const NAMED: &[&str] = &["ステーション", "センター", "ホーム"];
    if people::names_someone(formal) {
        Teller::Someone
    } else if people::names_a_body(formal)
        || STAFFED.iter().any(|s| formal.ends_with(s))
        || NAMED.iter().any(|s| formal.contains(s))
    {
        Teller::Staff
    } else if RECORDS.iter().any(|r| formal.contains(r)) {
        Teller::Record
    } else {
        // A name the words do not place (田中, はばたき): someone who told.
        Teller::Someone
    }
}

/// One sentence of the formal text, rewritten (or left and flagged).
fn one_sentence(
    formal: &str,
    lexicon: &Lexicon,
    options: &Options,
    changes: &mut Vec<Change>,
    flags: &mut Vec<Flag>,
) -> String {
    if let Some(word) = script::unreadable(formal, lexicon) {
        flags.push(Flag { sentence: formal.to_string(), reason: "unknown-word", word });
        return formal.to_string();
    }
    let mut mine = Vec::new();
    let done = if options.report { goal::done(formal, &mut mine) } else { formal.to_string() };
    let formal = done.as_str();
    let formed = forms::apply(formal, lexicon, &mut mine);
    let plain = honorific::apply(&formed, options, &mut mine)
        .map_err(|word| ("honorific", word))
        .and_then(|s| negation::apply(&s, &mut mine).map_err(|word| ("double-negation", word)));
    let plain = match plain {
        Ok(plain) => plain,
        Err((reason, word)) => {
            flags.push(Flag { sentence: formal.to_string(), reason, word });
            return formal.to_string();
        }
    };
    let active = voice::apply(&plain, &mut mine);
    let verbal = nominal::apply(&active, &mut mine);
    let worded = words::apply(&verbal, options, &mut mine);
    let you = options.called.as_deref().unwrap_or("あなた");
    let mut split = sentence::described_apart(sentence::apply(&worded, &mut mine), you, &mut mine);
    // 作業の丁寧さを評価される場面が増え、目標は達成したと判断される: in
    // a report, a change cut off before the judgement it led to has come
    // (ふえました), not one to come.
    if options.report {
        let last = split.len().saturating_sub(1);
        for part in &mut split[..last] {
            // (3か月が経過し、電車での通所にも慣れ、…: time gone by and a
            // habit got used to, in a report, have happened too; in a goal
            // they are still to come.)
            const CHANGED: &[&str] = &[
                "増えます。",
                "減ります。",
                "ようになります。",
                "経過します。",
                "改善します。",
                "低下します。",
                "向上します。",
                "安定します。",
                "定着します。",
                "慣れます。",
                "落ち着きます。",
            ];
            for change in CHANGED {
                if let Some(stem) = part.strip_suffix(change) {
                    let past =
                        format!("{stem}{}ました。", &change[..change.len() - "ます。".len()]);
                    mine.push(Change::new(Rule::Ending, part.as_str(), past.as_str()));
                    *part = past;
                    break;
                }
            }
        }
    }
    if !options.goal && !options.role {
        sentence::instructed(formal, &mut split, &mut mine);
    }
    if options.goal {
        // (Not a premise: what is now (現在は…通っている), or a part that
        // the next sets against or gives a reason for (でも、, だから、).)
        const NOW: &[&str] = &["現在", "今は", "いまは", "今、"];
        for k in 0..split.len() {
            let premise = NOW.iter().any(|w| split[k].starts_with(w))
                || split.get(k + 1).is_some_and(|n| {
                    ["でも、", "だから、", "それで、"].iter().any(|l| n.starts_with(l))
                });
            if !premise {
                split[k] = goal::aimed(&split[k], &mut mine);
            }
        }
    }
    let written: String =
        split.iter().map(|s| script::kana(s, lexicon, &mut mine)).collect::<Vec<_>>().concat();
    changes.extend(mine);
    written
}

/// Whether byte `at` of `text` is inside 「」: someone's own words, which a
/// suggestion keeps as they said them (the kana rule leaves them too).
/// (An unbalanced 「, with no 」 after it, quotes nothing.)
fn quoted_at(text: &str, at: usize) -> bool {
    let before = &text[..at];
    before.matches('「').count() > before.matches('」').count() && text[at..].contains('」')
}

/// `text` without what is inside 「」 (as [`quoted_at`] tells it), in one
/// pass.
fn unquoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for (at, c) in text.char_indices() {
        if c == '「' && (depth > 0 || text[at..].contains('」')) {
            depth += 1;
        } else if c == '」' && depth > 0 {
            depth -= 1;
            if depth == 0 {
                continue;
            }
        }
        if depth == 0 {
            out.push(c);
        }
    }
    out
}

/// The words of `sentence` (…ます。) before its ます, analysed with it:
/// read alone, a verb's 連用形 may be taken for a noun (落ち着き) or an
/// order (暮らせ). `None` where the sentence does not end in ます.
fn before_masu(sentence: &str) -> Option<Vec<Morpheme>> {
    let mut ms = crate::japanese::reading::morphemes(sentence);
    if ms.last()?.surface == "。" {
        ms.pop();
    }
    (ms.pop()?.surface == "ます").then_some(ms)
}

/// Whether `m` names a time (来月, 3, 15日, 3時, 3回, 1年後): a word after
/// which から or の says when, not who or whose (来月から通われる is no
/// passive; 先月の体験利用 has no object).
fn names_a_time(m: &Morpheme) -> bool {
    matches!(m.pos.1.as_str(), "副詞可能" | "数")
        || ["月", "日", "年", "週", "時", "回", "度", "後", "前"]
            .iter()
            .any(|e| m.surface.ends_with(e))
}

#[cfg(test)]
mod tests;
