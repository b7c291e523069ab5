//! `yomeru furigana`: each line of standard input with its readings.

use std::io::{BufRead, Write};
use std::path::Path;

use yomeru::Error;
use yomeru::japanese::grade::Furigana;
use yomeru::session::{Markup, Session};

use super::args::FuriganaOutput;

/// Reads standard input line by line and prints each with its readings.
pub fn run(output: FuriganaOutput, furigana: Furigana, wakachi: bool) -> Result<(), Error> {
    let session = Session::new(Default::default());
    let markup = match output {
        FuriganaOutput::Hiragana => Markup::Hiragana,
        FuriganaOutput::Html => Markup::Html,
        FuriganaOutput::Typst => Markup::Typst,
    };
    let stdin = Path::new("-");
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in std::io::stdin().lock().lines() {
        let line = line.map_err(|e| Error::io(e, stdin))?;
        writeln!(out, "{}", session.readings(&line, markup, furigana, wakachi))
            .map_err(|e| Error::io(e, Path::new("stdout")))?;
    }
    out.flush().map_err(|e| Error::io(e, Path::new("stdout")))
}
