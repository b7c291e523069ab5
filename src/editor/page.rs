//! The editor's pages: HTML shells from one minijinja template, with the
//! page's words from Fluent (`serve.ftl`), and the script, style and fonts
//! they load, all from the binary. Nothing is fetched from elsewhere.

use std::sync::Arc;

use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

use super::folder::State as Editor;
use crate::locale::Locale;

const SHELL: &str = include_str!("assets/page.html");
const STYLE: &str = include_str!("assets/app.css");

/// The page's scripts, in the order they load: `app.js` holds what every
/// view shares and starts the view; the others add their view to it.
const SCRIPTS: &[(&str, &str)] = &[
    ("app.js", include_str!("assets/app.js")),
    ("caseload.js", include_str!("assets/caseload.js")),
    ("form.js", include_str!("assets/form.js")),
    ("editor.js", include_str!("assets/editor.js")),
    ("preview.js", include_str!("assets/preview.js")),
    ("reading.js", include_str!("assets/reading.js")),
];

/// The scripts each view loads, beyond `app.js`.
fn scripts(view: &str) -> Vec<&'static str> {
    let own: &[&str] = match view {
        "caseload" => &["caseload.js"],
        "editor" => &["form.js", "preview.js", "editor.js"],
        "reading" => &["reading.js"],
        _ => &[],
    };
    std::iter::once("app.js").chain(own.iter().copied()).collect()
}

use super::api::locale;

/// The shell of `view` (`caseload`, `editor`, `reading`) in the page's
/// language, with every `page-` message for the script.
fn shell(view: &str, headers: &HeaderMap) -> Response {
    let locale = locale(headers);
    let labels: serde_json::Map<String, serde_json::Value> = locale
        .ids()
        .iter()
        .chain(Locale::default_lang().ids())
        .filter(|id| id.starts_with("page-"))
        .map(|id| (id.clone(), locale.text(id).into()))
        .collect();
    let mut env = minijinja::Environment::new();
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
    let rendered = env.render_str(
        SHELL,
        minijinja::context! {
            lang => locale.lang(),
            view => view,
            title => locale.text(&format!("page-title-{view}")),
            skip => locale.text("page-skip"),
            nav => locale.text("page-nav"),
            home => locale.text("page-nav-caseload"),
            loading => locale.text("page-loading"),
            scripts => scripts(view),
            // In a <script type="application/json">: `</` may not appear.
            labels => serde_json::to_string(&labels).unwrap_or_default().replace("</", "<\\/"),
        },
    );
    match rendered {
        Ok(html) => Html(html).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

/// `/`: the caseload.
pub async fn caseload(headers: HeaderMap) -> Response {
    shell("caseload", &headers)
}

/// `/edit?path=…`: one plan as a form, with its pages beside it.
pub async fn editor(headers: HeaderMap) -> Response {
    shell("editor", &headers)
}

/// `/read?path=…`: the easy version page by page, large, to read together.
pub async fn reading(headers: HeaderMap) -> Response {
    shell("reading", &headers)
}

/// `/assets/{name}`: the scripts, the style and the UD fonts.
pub async fn asset(State(_): State<Arc<Editor>>, UrlPath(name): UrlPath<String>) -> Response {
    let (bytes, mime): (&'static [u8], &'static str) = match name.as_str() {
        "app.css" => (STYLE.as_bytes(), "text/css; charset=utf-8"),
        script if script.ends_with(".js") => match SCRIPTS.iter().find(|(n, _)| *n == script) {
            Some((_, text)) => (text.as_bytes(), "text/javascript; charset=utf-8"),
            None => {
                return super::api::fail(StatusCode::NOT_FOUND, "not-found", "no such asset");
            }
        },
        font => match crate::typeset::font_file(font) {
            Some(bytes) => (bytes, "font/ttf"),
            None => {
                return super::api::fail(StatusCode::NOT_FOUND, "not-found", "no such asset");
            }
        },
    };
    let mut r = bytes.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    // The same binary serves the same bytes: the browser may keep them for
    // the session.
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("private, max-age=600"));
    r
}
