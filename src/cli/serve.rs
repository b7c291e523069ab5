//! `yomeru serve`: the editor over a caseload folder.

use std::path::PathBuf;

use yomeru::Error;
use yomeru::editor::{Config, Editor};
use yomeru::locale::Locale;

/// Binds, prints the address (the first line of standard output, as
/// `serve-api.md` says), opens the browser unless asked not to, and serves
/// until Ctrl-C or SIGTERM.
pub fn run(dir: PathBuf, port: u16, open: bool, locale: &Locale) -> Result<bool, Error> {
    let token = match std::env::var("YOMERU_TOKEN") {
        Ok(t) if !t.trim().is_empty() => t.trim().to_string(),
        _ => yomeru::editor::token()?,
    };
    let editor = Editor::bind(Config { dir, port, token })?;
    let url = editor.url();
    println!("{url}");
    eprintln!("{}", locale.text("cli-serve-open"));
    if open {
        // No browser (a server, a test) is not an error: the address is
        // printed above.
        let _ = webbrowser::open(&url);
    }
    editor.serve_forever()?;
    Ok(true)
}
