//! A real browser for the editor's end-to-end tests: Debian's headless
//! Chromium driven by chromedriver over WebDriver (the fantoccini crate),
//! behind blocking calls, so a test stays a plain `#[test]` function:
//!
//! ```ignore
//! let Some(b) = Browser::start() else { return };
//! b.goto(&url);
//! b.type_into("#name", "佐藤");
//! b.click("button[type=submit]");
//! b.wait_for_text("保存しました");
//! b.assert_no_serious_axe_violations();
//! ```
//!
//! Without Chromium or chromedriver, `Browser::start` prints why the test is
//! skipped and returns `None`, unless the environment variable `CI` is
//! `true` (as `.ci/run` sets it): there a missing browser fails the test.
//! A browser that is there but does not start always fails.
//!
//! Every wait polls until [`Browser::set_timeout`]'s limit (10 s unless
//! set) and then panics, saying what it waited for, on which page, and what
//! the page showed. The session is closed and chromedriver's process group
//! ended when the `Browser` is dropped, also when a test panics.
//!
//! The tests at the end check the harness itself on small pages served from
//! a thread, without `yomeru serve`.
// Helpers for the editor's tests: not all are used yet.
#![allow(dead_code)]
// fantoccini's `CmdError` is large; these results live for one poll.
#![allow(clippy::result_large_err)]

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::ffi::OsString;
use std::future::Future;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::error::{CmdError, ErrorStatus};
use fantoccini::{Client, ClientBuilder, Locator};
use serde::Deserialize;
use serde_json::{Value, json};

/// What Chromium needs on these machines (`--headless` and no sandbox: the
/// tests run as root without a display; the rest keeps it off the closed
/// network, whose refusals it would otherwise retry at every start).
pub const CHROME_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// The window's size in CSS pixels. The page's viewport is as wide, and
/// less high: headless Chromium keeps room for a browser's bars.
pub const WINDOW: (u32, u32) = (1400, 1000);

/// How long a wait polls before it fails, unless [`Browser::set_timeout`].
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// A download may wait for a PDF to be rendered: it waits this many times
/// longer than other waits (30 s unless `set_timeout`).
const DOWNLOAD_TIMES: u32 = 3;

/// The axe-core build injected into pages (tests/vendor/axe-core/README.md).
const AXE: &str = include_str!("../vendor/axe-core/axe.min.js");

/// The WCAG levels the editor is held to.
pub const AXE_TAGS: &[&str] = &["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const POLL: Duration = Duration::from_millis(50);

const SKIPPED: &str = "browser tests skipped: chromium/chromedriver not found \
                       (apt-get install chromium chromium-driver)";

/// A headless Chromium session with its own chromedriver, profile and
/// download folder.
pub struct Browser {
    rt: tokio::runtime::Runtime,
    /// `None` only while starting and after closing.
    client: Option<Client>,
    /// chromedriver, leader of its own process group (Chromium is in it).
    driver: Child,
    /// Holds `profile/`, `downloads/` and `chromedriver.log`; removed last.
    work: tempfile::TempDir,
    downloads: PathBuf,
    /// Downloads already returned by `wait_for_download`.
    taken: RefCell<BTreeSet<String>>,
    timeout: Cell<Duration>,
}

/// A file the browser finished downloading.
#[derive(Debug, Clone)]
pub struct Download {
    /// The file name the browser chose (from Content-Disposition or the URL).
    pub name: String,
    pub bytes: Vec<u8>,
}

/// One failed axe rule, with the elements that fail it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Violation {
    /// The rule, such as `image-alt` or `color-contrast`.
    pub id: String,
    /// `minor`, `moderate`, `serious` or `critical`.
    pub impact: Option<String>,
    /// What the rule asks for, in a sentence.
    pub help: String,
    /// One CSS selector per failing element (inside a frame or shadow root:
    /// the selectors of each level joined by ` >> `).
    pub targets: Vec<String>,
}

impl Violation {
    /// Serious or critical: what `assert_no_serious_axe_violations` rejects.
    pub fn is_serious(&self) -> bool {
        matches!(self.impact.as_deref(), Some("serious" | "critical"))
    }
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let impact = self.impact.as_deref().unwrap_or("no impact given");
        write!(f, "{} ({impact}): {} at {}", self.id, self.help, self.targets.join(", "))
    }
}

impl Browser {
    /// Starts chromedriver and a headless Chromium session. `None`, after
    /// saying so on standard error, when either program is missing, except
    /// under `CI=true`, where that panics. Panics when they are there but
    /// the session does not start.
    ///
    /// Programs: `$CHROME` and `$CHROMEDRIVER` when set, else `chromium`
    /// and `chromedriver` on `PATH` (Debian: /usr/bin).
    pub fn start() -> Option<Browser> {
        let (chrome, driver) = match locate(&|name| std::env::var_os(name)) {
            Ok(found) => found,
            Err(why) => {
                let ci = std::env::var("CI").is_ok_and(|v| v == "true");
                // Straight to standard error, past the test harness's
                // capture, so that a skip shows in a plain `cargo test`.
                browser_missing(ci, &why, &mut std::io::stderr());
                return None;
            }
        };
        match Browser::launch(&chrome, &driver) {
            Ok(browser) => Some(browser),
            Err(why) => panic!(
                "browser: {} with {} did not start: {why}",
                driver.display(),
                chrome.display()
            ),
        }
    }

    fn launch(chrome: &Path, driver: &Path) -> Result<Browser, String> {
        let work = tempfile::Builder::new()
            .prefix("yomeru-browser-")
            .tempdir()
            .map_err(|e| format!("temporary folder: {e}"))?;
        let profile = work.path().join("profile");
        let downloads = work.path().join("downloads");
        for dir in [&profile, &downloads] {
            std::fs::create_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let log = work.path().join("chromedriver.log");
        // Port 0: chromedriver picks a free port and says which, so no other
        // process can take it between our choice and its bind.
        let mut driver_process = Command::new(driver)
            .arg("--port=0")
            .arg(format!("--log-path={}", log.display()))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            // Its own process group, so that Drop can end it and every
            // browser process it started, whatever state they are in.
            .process_group(0)
            .spawn()
            .map_err(|e| format!("cannot run {}: {e}", driver.display()))?;
        let stdout = driver_process.stdout.take().expect("piped");
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| format!("tokio runtime: {e}"))?;
        // From here on, Drop cleans up whatever goes wrong.
        let mut browser = Browser {
            rt,
            client: None,
            driver: driver_process,
            work,
            downloads,
            taken: RefCell::default(),
            timeout: Cell::new(DEFAULT_TIMEOUT),
        };
        let port = driver_port(stdout).map_err(|e| format!("{e}{}", log_tail(&log)))?;
        let capabilities = json!({
            "browserName": "chrome",
            // Dialogs stay open until a test accepts or dismisses them.
            "unhandledPromptBehavior": "ignore",
            "goog:chromeOptions": {
                "binary": chrome,
                "args": CHROME_FLAGS
                    .iter()
                    .map(|f| f.to_string())
                    .chain([
                        format!("--user-data-dir={}", profile.display()),
                        format!("--window-size={},{}", WINDOW.0, WINDOW.1),
                        // Asks for pages in Japanese, as a browser in a
                        // Japanese office does (yomeru follows Accept-Language).
                        "--lang=ja".to_string(),
                    ])
                    .collect::<Vec<_>>(),
                "prefs": {
                    "download.default_directory": browser.downloads,
                    "download.prompt_for_download": false,
                    "download.directory_upgrade": true,
                    "intl.accept_languages": "ja,en",
                },
            },
        });
        let Value::Object(capabilities) = capabilities else { unreachable!() };
        let url = format!("http://127.0.0.1:{port}");
        let connect = async {
            tokio::time::timeout(
                Duration::from_secs(60),
                ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                    .capabilities(capabilities)
                    .connect(&url),
            )
            .await
        };
        let client = match browser.rt.block_on(connect) {
            Ok(Ok(client)) => client,
            Ok(Err(e)) => return Err(format!("new session: {e}{}", log_tail(&log))),
            Err(_) => return Err(format!("no session after 60 s{}", log_tail(&log))),
        };
        browser.client = Some(client);
        let timeouts = fantoccini::wd::TimeoutConfiguration::new(
            Some(Duration::from_secs(30)), // scripts (axe)
            Some(Duration::from_secs(30)), // page loads
            None,                          // no implicit waits: ours poll
        );
        browser
            .block(browser.client().update_timeouts(timeouts))
            .map_err(|e| format!("setting timeouts: {e}"))?;
        Ok(browser)
    }

    fn client(&self) -> &Client {
        self.client.as_ref().expect("the session is open")
    }

    fn block<F: Future>(&self, f: F) -> F::Output {
        self.rt.block_on(f)
    }

    /// How long waits poll before they fail (10 s unless set; downloads
    /// three times as long).
    pub fn set_timeout(&self, timeout: Duration) {
        self.timeout.set(timeout);
    }

    /// The folder downloads go to.
    pub fn downloads_dir(&self) -> &Path {
        &self.downloads
    }

    /// Opens `url` and waits for its load event.
    pub fn goto(&self, url: &str) {
        if let Err(e) = self.block(self.client().goto(url)) {
            panic!("browser: cannot open {url}: {e}");
        }
    }

    /// The address of the current page.
    pub fn url(&self) -> String {
        match self.block(self.client().current_url()) {
            Ok(url) => url.to_string(),
            Err(e) => panic!("browser: current address: {e}"),
        }
    }

    /// Waits until an element matches `css`.
    pub fn wait_for(&self, css: &str) {
        self.poll(&format!("an element matching `{css}`"), self.timeout.get(), || {
            self.client().find(Locator::Css(css)).await_in(self).map(Some)
        });
    }

    /// Waits until `ok` says yes (it may ask this browser, through `js`).
    pub fn wait_until(&self, what: &str, mut ok: impl FnMut() -> bool) {
        self.poll(what, self.timeout.get(), || Ok(ok().then_some(())));
    }

    /// Waits until no element matches `css` (a dialog closed, a spinner gone).
    pub fn wait_until_gone(&self, css: &str) {
        self.poll(&format!("no element to match `{css}`"), self.timeout.get(), || {
            let found = self.client().find_all(Locator::Css(css)).await_in(self)?;
            Ok(found.is_empty().then_some(()))
        });
    }

    /// Waits until the page's visible text contains `text`.
    pub fn wait_for_text(&self, text: &str) {
        self.poll(&format!("the text {text:?} on the page"), self.timeout.get(), || {
            let shown = match self
                .js_result("return document.body ? document.body.innerText : ''", vec![])
            {
                Ok(shown) => shown,
                // A page being replaced has no document to run in yet.
                Err(e) if e.is_javascript_error() => return Ok(None),
                Err(e) => return Err(e),
            };
            Ok(shown.as_str().is_some_and(|s| s.contains(text)).then_some(()))
        });
    }

    /// Waits until the first element matching `css` shows text containing
    /// `text`.
    pub fn wait_for_text_in(&self, css: &str, text: &str) {
        self.poll(&format!("the text {text:?} in `{css}`"), self.timeout.get(), || {
            let element = self.client().find(Locator::Css(css)).await_in(self)?;
            let shown = element.text().await_in(self)?;
            Ok(shown.contains(text).then_some(()))
        });
    }

    /// Waits for the first element matching `css` to be shown and enabled,
    /// and clicks it (again, while something else lies over it).
    pub fn click(&self, css: &str) {
        self.poll(&format!("`{css}` to be clickable"), self.timeout.get(), || {
            let Some(element) = self.usable(css)? else { return Ok(None) };
            match element.click().await_in(self) {
                Ok(()) => Ok(Some(())),
                Err(CmdError::Standard(e)) if e.error == ErrorStatus::ElementClickIntercepted => {
                    // WebDriver does not scroll an element that is partly in
                    // view, such as one under a sticky toolbar; a person
                    // would scroll it to the middle of the window first.
                    let arg = serde_json::to_value(&element).map_err(CmdError::Json)?;
                    let centre = "arguments[0].scrollIntoView({block: 'center'})";
                    self.client().execute(centre, vec![arg]).await_in(self)?;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        });
    }

    /// Waits for the field matching `css` to be shown and enabled, empties
    /// it, and types `text` into it key by key.
    pub fn type_into(&self, css: &str, text: &str) {
        let element =
            self.poll(&format!("`{css}` to take typing"), self.timeout.get(), || self.usable(css));
        let typed = async {
            element.clear().await?;
            element.send_keys(text).await
        };
        if let Err(e) = self.block(typed) {
            self.fail(&format!("typing {text:?} into `{css}`: {e}"));
        }
    }

    /// Chooses the file at `path` in the file input matching `css` (which may
    /// be hidden behind a styled button), as a person's file dialog would.
    pub fn upload(&self, css: &str, path: &Path) {
        let path = std::fs::canonicalize(path)
            .unwrap_or_else(|e| panic!("browser: no file to upload at {}: {e}", path.display()));
        let path = path.to_str().expect("an upload's path is UTF-8");
        self.poll(&format!("the file input `{css}`"), self.timeout.get(), || {
            let element = self.client().find(Locator::Css(css)).await_in(self)?;
            element.send_keys(path).await_in(self).map(Some)
        });
    }

    /// The visible text of the first element matching `css` (waits for it).
    pub fn text(&self, css: &str) -> String {
        self.poll(&format!("the text of `{css}`"), self.timeout.get(), || {
            let element = self.client().find(Locator::Css(css)).await_in(self)?;
            element.text().await_in(self).map(Some)
        })
    }

    /// An attribute of the first element matching `css` (waits for the
    /// element), as written in the HTML: `None` when it has none.
    pub fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.poll(&format!("attribute {name} of `{css}`"), self.timeout.get(), || {
            let element = self.client().find(Locator::Css(css)).await_in(self)?;
            element.attr(name).await_in(self).map(Some)
        })
    }

    /// The current value of the field matching `css` (waits for it): what a
    /// person typed, not the `value` attribute it started with.
    pub fn value(&self, css: &str) -> String {
        self.poll(&format!("the value of `{css}`"), self.timeout.get(), || {
            let element = self.client().find(Locator::Css(css)).await_in(self)?;
            Ok(Some(element.prop("value").await_in(self)?.unwrap_or_default()))
        })
    }

    /// How many elements match `css` now (no waiting).
    pub fn count(&self, css: &str) -> usize {
        match self.block(self.client().find_all(Locator::Css(css))) {
            Ok(found) => found.len(),
            Err(e) => self.fail(&format!("counting `{css}`: {e}")),
        }
    }

    /// Runs `script` as the body of a function in the page, with `args` as
    /// `arguments`, and returns what it returns (a promise is awaited).
    pub fn js(&self, script: &str, args: Vec<Value>) -> Value {
        match self.js_result(script, args) {
            Ok(value) => value,
            Err(e) => self.fail(&format!("script failed: {e}\n--- script ---\n{script}")),
        }
    }

    fn js_result(&self, script: &str, args: Vec<Value>) -> Result<Value, CmdError> {
        self.block(self.client().execute(script, args))
    }

    /// Saves a PNG of the viewport at `path` (folders made as needed).
    pub fn screenshot(&self, path: &Path) {
        let png = match self.block(self.client().screenshot()) {
            Ok(png) => png,
            Err(e) => self.fail(&format!("screenshot: {e}")),
        };
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "browser: the screenshot is not a PNG");
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).unwrap();
        }
        std::fs::write(path, png).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }

    /// Waits for a `confirm()` (or `alert()`) dialog, accepts it, and
    /// returns its message.
    pub fn accept_confirm(&self) -> String {
        let message = self.dialog();
        if let Err(e) = self.block(self.client().accept_alert()) {
            panic!("browser: accepting the dialog {message:?}: {e}");
        }
        message
    }

    /// Waits for a `confirm()` dialog, cancels it, and returns its message.
    pub fn dismiss_confirm(&self) -> String {
        let message = self.dialog();
        if let Err(e) = self.block(self.client().dismiss_alert()) {
            panic!("browser: cancelling the dialog {message:?}: {e}");
        }
        message
    }

    fn dialog(&self) -> String {
        let deadline = Instant::now() + self.timeout.get();
        loop {
            match self.block(self.client().get_alert_text()) {
                Ok(message) => return message,
                Err(e) if e.is_no_such_alert() => {}
                Err(e) => panic!("browser: reading a dialog: {e}"),
            }
            if Instant::now() >= deadline {
                // No dialog is open, so the page can still be described.
                self.fail(&format!("no dialog opened within {:?}", self.timeout.get()));
            }
            std::thread::sleep(POLL);
        }
    }

    /// Waits for a download that no earlier call returned to finish, and
    /// returns it. Waits three times as long as other waits (30 s unless
    /// `set_timeout`), for a PDF to be rendered.
    pub fn wait_for_download(&self) -> Download {
        let limit = self.timeout.get() * DOWNLOAD_TIMES;
        let dir = &self.downloads;
        let what = format!("a finished download in {}", dir.display());
        let (name, bytes) = self.poll(&what, limit, || {
            let mut names: Vec<String> = std::fs::read_dir(dir)
                .unwrap()
                .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            // Chromium writes into `*.crdownload` (hidden `.com.google.*`
            // files on some versions) and renames the file when it is done.
            let taken = self.taken.borrow();
            let done = names.into_iter().find(|name| {
                !name.ends_with(".crdownload") && !name.starts_with('.') && !taken.contains(name)
            });
            Ok(done.map(|name| {
                let bytes = std::fs::read(dir.join(&name)).unwrap();
                (name, bytes)
            }))
        });
        self.taken.borrow_mut().insert(name.clone());
        Download { name, bytes }
    }

    /// Runs axe-core on the current page for WCAG 2.0 and 2.1, A and AA, and
    /// returns what fails (axe is injected first; the page is not changed
    /// otherwise).
    pub fn axe(&self) -> Vec<Violation> {
        let injected =
            self.js(&format!("if (!window.axe) {{\n{AXE}\n}}\nreturn typeof window.axe;"), vec![]);
        assert_eq!(injected, json!("object"), "browser: axe-core did not load into {}", self.url());
        let run = r#"
            const done = arguments[arguments.length - 1];
            const options = {
                runOnly: { type: 'tag', values: arguments[0] },
                resultTypes: ['violations'],
            };
            axe.run(document, options).then(
                (results) => done({ violations: results.violations.map((v) => ({
                    id: v.id,
                    impact: v.impact || null,
                    help: v.help,
                    targets: v.nodes.map((n) =>
                        n.target.map((t) => [].concat(t).join(' >>> ')).join(' >> ')),
                })) }),
                (error) => done({ error: String(error) }),
            );
        "#;
        let result = match self.block(self.client().execute_async(run, vec![json!(AXE_TAGS)])) {
            Ok(result) => result,
            Err(e) => self.fail(&format!("axe.run: {e}")),
        };
        if let Some(error) = result.get("error") {
            self.fail(&format!("axe.run failed: {error}"));
        }
        serde_json::from_value(result["violations"].clone())
            .unwrap_or_else(|e| panic!("browser: axe's results: {e}: {result}"))
    }

    /// Panics, listing them, if axe finds serious or critical violations.
    pub fn assert_no_serious_axe_violations(&self) {
        let serious: Vec<String> = self
            .axe()
            .into_iter()
            .filter(Violation::is_serious)
            .map(|v| format!("  {v}"))
            .collect();
        assert!(
            serious.is_empty(),
            "axe: serious or critical violations of WCAG 2.1 AA on {}:\n{}",
            self.url(),
            serious.join("\n")
        );
    }

    /// The first element matching `css` if it is shown and enabled.
    fn usable(&self, css: &str) -> Result<Option<Element>, CmdError> {
        let element = self.client().find(Locator::Css(css)).await_in(self)?;
        let ready =
            element.is_displayed().await_in(self)? && element.is_enabled().await_in(self)?;
        Ok(ready.then_some(element))
    }

    /// Calls `attempt` until it gives a value or `limit` passes (then fails,
    /// saying it waited for `what`). An element not there yet, or replaced
    /// while it was read, counts as not yet; other errors fail at once.
    fn poll<T>(
        &self,
        what: &str,
        limit: Duration,
        mut attempt: impl FnMut() -> Result<Option<T>, CmdError>,
    ) -> T {
        let deadline = Instant::now() + limit;
        loop {
            match attempt() {
                Ok(Some(value)) => return value,
                Ok(None) => {}
                Err(e) if e.is_no_such_element() || e.is_stale_element_reference() => {}
                Err(e) => self.fail(&format!("waiting for {what}: {e}")),
            }
            if Instant::now() >= deadline {
                self.fail(&format!("waited {limit:?} for {what}"));
            }
            std::thread::sleep(POLL);
        }
    }

    /// Panics with `message`, the page's address and the start of its text.
    fn fail(&self, message: &str) -> ! {
        let url = self.block(self.client().current_url());
        let url = url.map_or_else(|e| format!("(unknown: {e})"), |u| u.to_string());
        let text = self.js_result("return document.body ? document.body.innerText : ''", vec![]);
        let text = match text {
            Ok(Value::String(text)) => text.chars().take(1500).collect(),
            Ok(other) => other.to_string(),
            Err(e) => format!("(unreadable: {e})"),
        };
        panic!("browser: {message}\n--- on {url}, which shows ---\n{text}\n---");
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if let Some(client) = self.client.take() {
            // Ends the session: chromedriver quits Chromium.
            // (The timer is made inside the runtime, which it needs.)
            let close =
                async { tokio::time::timeout(Duration::from_secs(10), client.close()).await };
            let _ = self.rt.block_on(close);
        }
        // Then chromedriver, and whatever of Chromium is left if the session
        // would not close: their process group, which exists (the leader is
        // not reaped yet), so this reaches no other process.
        let group = self.driver.id() as libc::pid_t;
        unsafe { libc::kill(-group, libc::SIGKILL) };
        let _ = self.driver.wait();
    }
}

/// A blocking `.await` on the browser's runtime, for the closures of `poll`.
trait AwaitIn: Future + Sized {
    fn await_in(self, browser: &Browser) -> Self::Output {
        browser.block(self)
    }
}

impl<F: Future> AwaitIn for F {}

/// Chromium and chromedriver: `$CHROME` / `$CHROMEDRIVER` when set, else
/// `chromium` / `chromedriver` on `$PATH`. `env` reads the environment.
fn locate(env: &dyn Fn(&str) -> Option<OsString>) -> Result<(PathBuf, PathBuf), String> {
    let chrome = program(env, "CHROME", "chromium")?;
    let driver = program(env, "CHROMEDRIVER", "chromedriver")?;
    Ok((chrome, driver))
}

fn program(
    env: &dyn Fn(&str) -> Option<OsString>,
    var: &str,
    name: &str,
) -> Result<PathBuf, String> {
    if let Some(path) = env(var).filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        return if is_executable(&path) {
            Ok(path)
        } else {
            Err(format!("{var}={} is not an executable file", path.display()))
        };
    }
    let path = env("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
        .ok_or_else(|| format!("no {name} on PATH and {var} not set"))
}

fn is_executable(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// Skips, saying so on `out`, or under CI fails, for a missing browser.
fn browser_missing(ci: bool, why: &str, out: &mut dyn Write) {
    if ci {
        panic!(
            "chromium/chromedriver not found ({why}); CI=true, so a missing browser fails \
             instead of skipping the browser tests (apt-get install chromium chromium-driver)"
        );
    }
    let _ = writeln!(out, "{SKIPPED}\n  ({why})");
}

/// The port chromedriver says it listens on (it was started with port 0).
fn driver_port(stdout: std::process::ChildStdout) -> Result<u16, String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut said = Vec::new();
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let port = line
                .strip_prefix("ChromeDriver was started successfully on port ")
                .and_then(|rest| rest.trim_end_matches('.').parse::<u16>().ok());
            if let Some(port) = port {
                let _ = tx.send(Ok(port));
            } else {
                said.push(line);
            }
        }
        // Standard output closed: chromedriver ended. (Read to the end, so
        // that chromedriver never blocks on a full pipe.)
        let _ = tx.send(Err(format!("chromedriver ended; it said: {}", said.join(" / "))));
    });
    match rx.recv_timeout(Duration::from_secs(20)) {
        Ok(result) => result,
        Err(_) => Err("chromedriver did not say its port within 20 s".into()),
    }
}

fn log_tail(log: &Path) -> String {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let tail = lines[lines.len().saturating_sub(30)..].join("\n");
    format!("\n--- end of {} ---\n{tail}", log.display())
}

// ---------------------------------------------------------------------------
// The harness's own tests, on pages served from a thread.

/// The downloadable file: bytes to compare exactly.
const PDF: &[u8] = b"%PDF-1.7\n% browser harness test: not a real PDF\n\x00\x01\x02\xff";

const FORM_PAGE: &str = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harness check</title></head>
<body><main>
<h1>Harness check</h1>
<form onsubmit="return false">
  <label for="name">Name</label> <input id="name" name="name" value="old name">
  <button type="button" id="greet">Greet</button>
  <label for="photo">Photo</label> <input type="file" id="photo">
</form>
<p id="greeting" aria-live="polite">Nobody greeted yet</p>
<p id="picked"></p>
<p><button type="button" id="delete">Delete plan</button> <span id="status">unchanged</span></p>
<p><a id="download" href="/plan.pdf">Download the plan</a></p>
<p id="later" hidden>Later</p>
</main>
<script>
  // Later than the click, so only a test that waits sees it.
  document.getElementById('greet').addEventListener('click', () => {
    const name = document.getElementById('name').value;
    setTimeout(() => {
      document.getElementById('greeting').textContent = 'Hello, ' + name + '!';
    }, 300);
  });
  document.getElementById('photo').addEventListener('change', async (e) => {
    const file = e.target.files[0];
    const text = await file.text();
    document.getElementById('picked').textContent =
      'picked ' + file.name + ' (' + file.size + ' bytes): ' + text;
  });
  document.getElementById('delete').addEventListener('click', () => {
    document.getElementById('status').textContent =
      confirm('Delete this plan?') ? 'deleted' : 'kept';
  });
</script>
</body></html>
"#;

/// One deliberate failure: an image without a text alternative.
const BAD_PAGE: &str = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bad page</title></head>
<body><main><h1>A picture with no words</h1><img id="mute" src="/picture.svg"></main></body>
</html>
"#;

const PICTURE: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="teal"/></svg>"#;

/// Serves the pages above on 127.0.0.1 until the test process ends; returns
/// the base address.
fn serve_test_pages() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            // A thread each: the browser opens connections it may never use.
            std::thread::spawn(move || answer(stream));
        }
    });
    base
}

fn answer(mut stream: TcpStream) {
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut request = Vec::new();
    let mut buf = [0; 4096];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    let request = String::from_utf8_lossy(&request);
    let path = request.split_whitespace().nth(1).unwrap_or("/");
    let (status, headers, body): (&str, &str, &[u8]) = match path {
        "/" => ("200 OK", "Content-Type: text/html; charset=utf-8", FORM_PAGE.as_bytes()),
        "/bad" => ("200 OK", "Content-Type: text/html; charset=utf-8", BAD_PAGE.as_bytes()),
        "/picture.svg" => ("200 OK", "Content-Type: image/svg+xml", PICTURE.as_bytes()),
        "/plan.pdf" => (
            "200 OK",
            "Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"plan.pdf\"",
            PDF,
        ),
        _ => ("404 Not Found", "Content-Type: text/plain", b"not found"),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\n{headers}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(body));
}

/// The width and height of a PNG, from its header.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert!(png.len() > 24 && png.starts_with(b"\x89PNG\r\n\x1a\n") && &png[12..16] == b"IHDR");
    let word = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    (word(16), word(20))
}

/// The panic message of `f`, which must panic.
fn panic_message(f: impl FnOnce()) -> String {
    let payload =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).expect_err("this was to panic");
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

/// One session through every helper, in the order an editor test uses them.
#[test]
fn browser_harness_drives_a_real_page() {
    let Some(b) = Browser::start() else { return };
    let base = serve_test_pages();
    b.goto(&format!("{base}/"));
    assert_eq!(b.url(), format!("{base}/"));
    assert_eq!(b.js("return [outerWidth, outerHeight]", vec![]), json!([WINDOW.0, WINDOW.1]));
    // Headless Chromium keeps room for a browser's bars in the window, so
    // the page is as wide as the window but less high (857 px in 156).
    let viewport = b.js("return [innerWidth, innerHeight]", vec![]);
    let viewport: (u32, u32) = serde_json::from_value(viewport).unwrap();
    assert_eq!(viewport.0, WINDOW.0);
    assert!(viewport.1 > WINDOW.1 / 2 && viewport.1 <= WINDOW.1, "{viewport:?}");
    assert_eq!(b.js("return arguments[0] + arguments[1]", vec![json!(2), json!(3)]), json!(5));

    // Typing replaces what the field held; the greeting comes 300 ms after
    // the click, so reading it at once would fail.
    assert_eq!(b.value("#name"), "old name");
    b.type_into("#name", "佐藤 花子");
    assert_eq!(b.value("#name"), "佐藤 花子");
    assert_eq!(b.attr("#name", "value").as_deref(), Some("old name"));
    assert_eq!(b.attr("#name", "placeholder"), None);
    b.click("#greet");
    b.wait_for_text_in("#greeting", "Hello, 佐藤 花子!");
    assert_eq!(b.text("#greeting"), "Hello, 佐藤 花子!");

    // The page reads the chosen file's name and content back.
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("photo.txt");
    std::fs::write(&photo, "12345").unwrap();
    b.upload("#photo", &photo);
    b.wait_for_text("picked photo.txt (5 bytes): 12345");

    // confirm(): cancelled, then accepted.
    b.click("#delete");
    assert_eq!(b.dismiss_confirm(), "Delete this plan?");
    b.wait_for_text_in("#status", "kept");
    b.click("#delete");
    assert_eq!(b.accept_confirm(), "Delete this plan?");
    b.wait_for_text_in("#status", "deleted");

    // A download arrives whole, under the name the server gave it.
    b.click("#download");
    let download = b.wait_for_download();
    assert_eq!(download.name, "plan.pdf");
    assert_eq!(download.bytes, PDF);
    assert!(b.downloads_dir().join("plan.pdf").is_file());

    let shot = dir.path().join("shots/form.png");
    b.screenshot(&shot);
    let png = std::fs::read(&shot).unwrap();
    assert_eq!(png_size(&png), viewport, "the screenshot is the whole viewport");
    assert!(png.len() > 5000, "a page with text is not a blank PNG: {} bytes", png.len());

    assert_eq!(b.count("main button"), 2);
    assert_eq!(b.count("#nothing-like-this"), 0);
    b.wait_until_gone("#nothing-like-this");
    b.js("document.getElementById('later').hidden = false", vec![]);
    b.wait_for("#later:not([hidden])");

    // Waits fail, saying what they waited for and what the page showed.
    b.set_timeout(Duration::from_millis(300));
    let message = panic_message(|| b.wait_for("#never"));
    assert!(message.contains("`#never`"), "{message}");
    assert!(message.contains("Harness check"), "{message}");
    let message = panic_message(|| b.wait_for_text("words that never come"));
    assert!(message.contains("words that never come"), "{message}");
    let message = panic_message(|| {
        b.wait_for_download();
    });
    assert!(message.contains("finished download"), "{message}");
    let message = panic_message(|| {
        b.accept_confirm();
    });
    assert!(message.contains("no dialog"), "{message}");
    b.set_timeout(DEFAULT_TIMEOUT);

    // The clean page passes; the bad one fails on its image, which axe
    // names, so the check can fail.
    assert_eq!(b.axe().iter().filter(|v| v.is_serious()).count(), 0);
    b.assert_no_serious_axe_violations();
    b.goto(&format!("{base}/bad"));
    let violations = b.axe();
    let image = violations.iter().find(|v| v.id == "image-alt");
    let image = image.unwrap_or_else(|| panic!("axe missed the image: {violations:?}"));
    assert_eq!(image.impact.as_deref(), Some("critical"));
    assert_eq!(image.targets, ["#mute"]);
    assert!(!image.help.is_empty());
    let message = panic_message(|| b.assert_no_serious_axe_violations());
    assert!(message.contains("image-alt (critical)"), "{message}");
    assert!(message.contains(&format!("{base}/bad")), "{message}");
}

/// An environment of `vars` and `PATH=path`, for `locate`.
fn env_of(vars: &[(&str, &Path)], path: &Path) -> impl Fn(&str) -> Option<OsString> {
    let mut vars: Vec<(String, OsString)> =
        vars.iter().map(|(k, v)| (k.to_string(), v.as_os_str().to_owned())).collect();
    vars.push(("PATH".into(), path.as_os_str().to_owned()));
    move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
}

#[test]
fn browser_programs_come_from_the_environment_or_path() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("bin");
    let empty = dir.path().join("empty");
    std::fs::create_dir(&bin).unwrap();
    std::fs::create_dir(&empty).unwrap();
    for (name, mode) in [("chromium", 0o755), ("chromedriver", 0o755), ("not-executable", 0o644)] {
        std::fs::write(bin.join(name), "#!/bin/sh\n").unwrap();
        std::fs::set_permissions(bin.join(name), std::fs::Permissions::from_mode(mode)).unwrap();
    }
    let found = locate(&env_of(&[], &bin));
    assert_eq!(found, Ok((bin.join("chromium"), bin.join("chromedriver"))));

    let found = locate(&env_of(&[], &empty));
    assert_eq!(found, Err("no chromium on PATH and CHROME not set".to_string()));

    // An override wins over PATH, and must name an executable file.
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::copy(bin.join("chromium"), elsewhere.join("chrome")).unwrap();
    let found = locate(&env_of(&[("CHROME", &elsewhere.join("chrome"))], &bin));
    assert_eq!(found, Ok((elsewhere.join("chrome"), bin.join("chromedriver"))));
    let found = locate(&env_of(&[("CHROME", Path::new("/nonexistent/chromium"))], &bin));
    assert_eq!(found, Err("CHROME=/nonexistent/chromium is not an executable file".to_string()));
    let found = locate(&env_of(&[("CHROMEDRIVER", &bin.join("not-executable"))], &bin));
    assert!(found.unwrap_err().starts_with("CHROMEDRIVER="));
}

#[test]
fn browser_missing_is_a_skip_here_and_a_failure_under_ci() {
    let mut said = Vec::new();
    browser_missing(false, "a test of the skip", &mut said);
    let said = String::from_utf8(said).unwrap();
    assert_eq!(said, format!("{SKIPPED}\n  (a test of the skip)\n"));
    let message = panic_message(|| browser_missing(true, "a test of CI", &mut Vec::new()));
    assert!(message.contains("CI=true"), "{message}");
    assert!(message.contains("a test of CI"), "{message}");
    assert!(message.contains("apt-get install chromium chromium-driver"), "{message}");
}
