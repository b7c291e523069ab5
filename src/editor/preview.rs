//! Previews: the pages of a plan as it is being typed.
//!
//! The same plan is typeset again after every few keystrokes, with a small
//! difference each time. Each plan, document and print options has its own
//! long-lived Typst world ([`Preview`]), updated in place, so an edit
//! re-lays out only what it changed and the pages it did not change come
//! out equal (the page replaces only the others). Each combination of
//! print options has a session that keeps Typst's memoised layout of
//! several renders; and the last result of each plan and document is
//! kept, so the page after page requests that follow one edit typeset
//! nothing.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::error::Result;
use crate::plan::LoadedPlan;
use crate::render::{Paper, Print};
use crate::session::{Document, Session, Settings};
use crate::typeset::{Compiled, Preview};

/// Print options a preview or download asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PrintOptions {
    /// A3 (for the meeting table) instead of A4.
    pub a3: bool,
    /// Large print.
    pub large: bool,
    /// Printed on both sides.
    pub duplex: bool,
    /// Pictograms in black line art.
    pub monochrome: bool,
}

impl PrintOptions {
    fn settings(self) -> Settings {
        Settings {
            print: Print {
                paper: if self.a3 { Paper::A3 } else { Paper::A4 },
                large: self.large,
                duplex: self.duplex,
            },
            monochrome: self.monochrome,
            ..Settings::default()
        }
    }

    /// What the options add to a file name (`.a3.large`), as `render` names
    /// its outputs.
    pub fn tag(self) -> String {
        self.settings().print_tag()
    }
}

/// A typeset document and a fingerprint of each page, so the page can
/// replace only the pages that changed.
pub struct Pages {
    /// The laid-out document.
    pub compiled: Compiled,
    /// One fingerprint per page: equal pages, equal fingerprints.
    pub hashes: Vec<String>,
}

/// How many renders each session keeps Typst's layout for: the official
/// form, the easy version and the meeting pack of the plan being edited,
/// and one more plan.
const KEEP_RENDERS: usize = 8;

/// A plan (by its path), a document and print options.
type Slot = (String, Document, PrintOptions);

/// Sessions by print options, and the last pages of each plan.
#[derive(Default)]
pub struct Previews {
    sessions: Mutex<HashMap<PrintOptions, Arc<Session>>>,
    last: Mutex<HashMap<Slot, (u128, Arc<Pages>)>>,
    worlds: Mutex<HashMap<Slot, Arc<Preview>>>,
}

/// Plans whose last pages are kept; beyond it the oldest are let go.
const KEEP_PLANS: usize = 12;

impl Previews {
    fn session(&self, print: PrintOptions) -> Arc<Session> {
        let mut sessions = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
        sessions
            .entry(print)
            .or_insert_with(|| Arc::new(Session::new(print.settings()).keep_layouts(KEEP_RENDERS)))
            .clone()
    }

    /// The pages of `document` for `plan`, known to the page as `key` (its
    /// path) with content fingerprint `content`.
    pub fn pages(
        &self,
        key: &str,
        content: u128,
        plan: &LoadedPlan,
        document: Document,
        print: PrintOptions,
    ) -> Result<Arc<Pages>> {
        let slot = (key.to_string(), document, print);
        if let Some((c, pages)) = self.last.lock().unwrap_or_else(|e| e.into_inner()).get(&slot)
            && *c == content
        {
            return Ok(pages.clone());
        }
        let world = {
            let mut worlds = self.worlds.lock().unwrap_or_else(|e| e.into_inner());
            if worlds.len() >= KEEP_PLANS * 3 && !worlds.contains_key(&slot) {
                worlds.clear();
            }
            worlds.entry(slot.clone()).or_default().clone()
        };
        let output = self.session(print).typeset_in(&world, document, plan)?;
        let compiled = output.compiled;
        let hashes = compiled.page_fingerprints().iter().map(|h| format!("{h:032x}")).collect();
        let pages = Arc::new(Pages { compiled, hashes });
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        if last.len() >= KEEP_PLANS * 3 && !last.contains_key(&slot) {
            last.clear();
        }
        last.insert(slot, (content, pages.clone()));
        Ok(pages)
    }
}
