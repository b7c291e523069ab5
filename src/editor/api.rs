//! The JSON API of `serve-api.md`.
//!
//! Handlers parse the request, then do the work on a blocking thread:
//! reading, checking and typesetting plans is CPU-bound, and a save must
//! not be cut in half by a dropped connection. No handler logs anything of
//! a plan.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Value, json};

use super::folder::{self, Refused, State as Editor};
use super::preview::PrintOptions;
use crate::caseload::due::{Entry, due, link_reports, this_month};
use crate::error::{Diagnostic, Error};
use crate::locale::Locale;
use crate::plan::{Format, Kind};
use crate::render::Variant;
use crate::session::Document;

/// Largest request body: a photo from a phone camera, with room.
pub const MAX_BODY: usize = 32 * 1024 * 1024;

/// A refusal or failure as JSON: a stable id and a message.
pub fn fail(status: StatusCode, id: &str, message: impl Into<String>) -> Response {
    (status, Json(json!({ "error": id, "message": message.into() }))).into_response()
}

fn refused(r: Refused) -> Response {
    match r {
        Refused::Bad => fail(
            StatusCode::BAD_REQUEST,
            "path",
            "plan paths are relative to the caseload folder, use /, and have no .. or hidden parts",
        ),
        Refused::Missing => fail(StatusCode::NOT_FOUND, "not-found", "no such plan in the folder"),
    }
}

fn internal(e: impl std::fmt::Display) -> Response {
    fail(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string())
}

/// Unknown routes: 404 as JSON.
pub async fn not_found() -> Response {
    fail(StatusCode::NOT_FOUND, "not-found", "no such route")
}

/// The messages' language: English when the browser asks for it first,
/// else Japanese.
pub(super) fn locale(headers: &HeaderMap) -> Arc<Locale> {
    let first = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.split(',').next())
        .map(|t| t.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let lang = if first.starts_with("en") { "en" } else { crate::locale::DEFAULT_LANG };
    Locale::get(lang).unwrap_or_else(Locale::default_lang)
}

/// Runs `work` on a blocking thread; a panic there is a 500, not a dead
/// server.
async fn blocking(work: impl FnOnce() -> Response + Send + 'static) -> Response {
    tokio::task::spawn_blocking(work).await.unwrap_or_else(internal)
}

/// `path` relative to the caseload folder, with `/`.
fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Diagnostics as the API gives them: files named relative to the folder.
fn diagnostics(
    root: &Path,
    errors: &[Error],
    warnings: &[crate::Warning],
    locale: &Locale,
) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = errors.iter().flat_map(|e| e.diagnostics(locale)).collect();
    out.extend(warnings.iter().map(|w| w.diagnostic(locale)));
    for d in &mut out {
        if let Some(f) = &d.file {
            d.file = Some(relative(root, Path::new(f)));
        }
    }
    out
}

/// `GET /api/plans`: the caseload with what is due.
pub async fn list(State(state): State<Arc<Editor>>) -> Response {
    blocking(move || {
        let summaries = match folder::summaries(&state) {
            Ok(s) => s,
            Err(e) => return internal(e.report(&Locale::default_lang())),
        };
        let values: Vec<&Value> = summaries.iter().map(|(_, s)| &s.value).collect();
        let paths: Vec<PathBuf> = summaries.iter().map(|(p, _)| p.clone()).collect();
        let mut entries: Vec<Entry> = values.iter().map(|v| Entry::of(v)).collect();
        // A report is its person's through the plan it names.
        link_reports(&paths, &values, &mut entries);
        let now = this_month();
        let dues = due(&entries, now);
        let text = |v: &Value, a: &str, b: &str| -> Value {
            v.get(a).and_then(|x| x.get(b)).filter(|x| !x.is_null()).cloned().unwrap_or(Value::Null)
        };
        let plans: Vec<Value> = summaries
            .iter()
            .zip(&dues)
            .map(|((path, s), d)| {
                let v = &s.value;
                let kind = v.get("kind").and_then(Value::as_str).unwrap_or("plan");
                // `name` may be a text field written as a map.
                let name = match text(v, "person", "name") {
                    Value::Object(m) => m.get("text").cloned().unwrap_or(Value::Null),
                    other => other,
                };
                json!({
                    "path": relative(&state.root, path),
                    "kind": kind,
                    "name": name,
                    "name_reading": text(v, "person", "name_reading"),
                    "created": text(v, "dates", "created"),
                    "start": text(v, "dates", "start"),
                    "next_monitoring": d.next_monitoring.map(|m| m.to_string()),
                    // What is due, as `yomeru due` says it (one computation).
                    "due_now": d.due_in(now),
                    "late_monitoring": d.late(now).map(|m| m.to_string()).collect::<Vec<_>>(),
                    "certificate": d.certificate(now),
                    "valid_until": d.valid_until.map(|m| m.to_string())
                        .map_or_else(|| text(v, "certificates", "valid_until"), Value::from),
                    "errors": s.errors.len(),
                    "warnings": s.warnings,
                    "score": s.score,
                    "latest": d.latest,
                })
            })
            .collect();
        Json(plans).into_response()
    })
    .await
}

/// A plan file of the folder, read: its path, bytes and format.
fn read_file(root: &Path, rel: &str) -> Result<(PathBuf, Vec<u8>, Format), Box<Response>> {
    let path = folder::confine(root, rel).map_err(|r| Box::new(refused(r)))?;
    let format = folder::format_of(&path).map_err(|r| Box::new(refused(r)))?;
    if !path.is_file() {
        return Err(Box::new(refused(Refused::Missing)));
    }
    let bytes = std::fs::read(&path).map_err(|e| Box::new(internal(e)))?;
    Ok((path, bytes, format))
}

/// `GET /api/plans/{path}`: the file as a plan, its version, and what is
/// wrong with it (an extension: the page shows errors on their fields).
pub async fn read_plan(
    State(state): State<Arc<Editor>>,
    UrlPath(rel): UrlPath<String>,
    headers: HeaderMap,
) -> Response {
    let locale = locale(&headers);
    blocking(move || {
        let (path, bytes, format) = match read_file(&state.root, &rel) {
            Ok(f) => f,
            Err(r) => return *r,
        };
        let version = folder::version(&bytes);
        let loaded = folder::load(&state.session, &state.root, &bytes, &path);
        let diags = match &loaded {
            Ok(p) => diagnostics(&state.root, &[], &p.warnings, &locale),
            Err(e) => diagnostics(&state.root, &e.clone().into_all(), &[], &locale),
        };
        let text = String::from_utf8_lossy(&bytes);
        match crate::plan::value(&text, format) {
            Ok(plan) => Json(json!({ "plan": plan, "version": version, "diagnostics": diags }))
                .into_response(),
            // Not a plan the form can show: what is wrong, where, so it can
            // be mended in a text editor (the page says so).
            Err(_) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                Json(json!({
                    "error": "syntax",
                    "message": locale.text("serve-syntax"),
                    "version": version,
                    "diagnostics": diags,
                })),
            )
                .into_response(),
        }
    })
    .await
}

/// The body of `PUT /api/plans/{path}`.
#[derive(Deserialize)]
pub struct Save {
    plan: Value,
    version: Option<String>,
    /// Rewrite the file even where its comments or layout cannot be kept
    /// (asked after a 409 `rewrite`).
    #[serde(default)]
    rewrite: bool,
}

/// `PUT /api/plans/{path}`: saves the plan, atomically, keeping the
/// previous content in the history.
pub async fn save_plan(
    State(state): State<Arc<Editor>>,
    UrlPath(rel): UrlPath<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let locale = locale(&headers);
    let save: Save = match serde_json::from_slice(&body) {
        Ok(s) => s,
        Err(e) => return fail(StatusCode::UNPROCESSABLE_ENTITY, "not-a-plan", e.to_string()),
    };
    if !save.plan.is_object() {
        return fail(StatusCode::UNPROCESSABLE_ENTITY, "not-a-plan", locale.text("serve-not-plan"));
    }
    blocking(move || {
        let _one_at_a_time = state.saving.lock().unwrap_or_else(|e| e.into_inner());
        let (path, old, format) = match read_file(&state.root, &rel) {
            Ok(f) => f,
            Err(r) => return *r,
        };
        let current = folder::version(&old);
        if save.version.as_deref() != Some(current.as_str()) {
            return (
                StatusCode::CONFLICT,
                Json(json!({
                    "error": "stale",
                    "message": locale.text("serve-stale"),
                    "version": current,
                })),
            )
                .into_response();
        }
        let old_text = String::from_utf8_lossy(&old);
        let edited = crate::plan::edit::update(&old_text, format, &save.plan);
        if !edited.lost.is_empty() && !save.rewrite {
            let lost: Vec<Value> = edited
                .lost
                .iter()
                .map(|l| json!({ "line": l.line, "what": lost_words(l, &locale) }))
                .collect();
            return (
                StatusCode::CONFLICT,
                Json(json!({
                    "error": "rewrite",
                    "message": locale.text("serve-rewrite"),
                    "version": current,
                    "lost": lost,
                })),
            )
                .into_response();
        }
        let history = folder::history_path(&state.root, &path, time::OffsetDateTime::now_utc());
        let new = edited.text.into_bytes();
        let files = [(history, old), (path.clone(), new.clone())];
        if let Err(e) = crate::caseload::write_all_atomic(&files) {
            return internal(e.report(&locale));
        }
        let diags = match folder::load(&state.session, &state.root, &new, &path) {
            Ok(p) => diagnostics(&state.root, &[], &p.warnings, &locale),
            Err(e) => diagnostics(&state.root, &e.into_all(), &[], &locale),
        };
        Json(json!({ "version": folder::version(&new), "diagnostics": diags })).into_response()
    })
    .await
}

/// What a save cannot keep, in the page's language (`Lost::describe` is
/// the English of the library).
fn lost_words(lost: &crate::plan::edit::Lost, locale: &Locale) -> String {
    use crate::plan::edit::LostKind;
    let text = |id: &str, arg: Option<&str>| match arg {
        Some(a) => locale.format(id, &[("text", crate::locale::arg(a.to_string()))]),
        None => locale.text(id),
    };
    match &lost.what {
        LostKind::Comment(c) => text("serve-lost-comment", Some(c)),
        LostKind::Anchor => text("serve-lost-anchor", None),
        LostKind::Alias => text("serve-lost-alias", None),
        LostKind::Tag => text("serve-lost-tag", None),
        LostKind::Style => text("serve-lost-style", None),
        LostKind::DuplicateKey(k) => text("serve-lost-duplicate", Some(k)),
        LostKind::NotWritable(path) => text("serve-lost-null", Some(path)),
        LostKind::Unreadable => text("serve-lost-unreadable", None),
    }
}

/// The body of `POST /api/plans`.
#[derive(Deserialize)]
pub struct Create {
    path: String,
    kind: String,
    #[serde(default)]
    child: bool,
    from: Option<String>,
    /// The person's name, to start the file with (an extension).
    name: Option<String>,
    /// The day it is made, as `2026-12-03` in the browser's time zone (an
    /// extension): the file's creation date.
    created: Option<String>,
}

/// `POST /api/plans`: a new plan file from the starter text; a monitoring
/// report from `from` carries its goals over.
pub async fn create(State(state): State<Arc<Editor>>, headers: HeaderMap, body: Bytes) -> Response {
    let locale = locale(&headers);
    let create: Create = match serde_json::from_slice(&body) {
        Ok(c) => c,
        Err(e) => return fail(StatusCode::UNPROCESSABLE_ENTITY, "bad-body", e.to_string()),
    };
    let kind = match create.kind.as_str() {
        "plan" => Kind::Plan,
        "plan-draft" => Kind::PlanDraft,
        "monitoring" => Kind::Monitoring,
        _ => {
            return fail(
                StatusCode::UNPROCESSABLE_ENTITY,
                "kind",
                "kind is plan, plan-draft or monitoring",
            );
        }
    };
    if let Some(date) =
        create.created.as_deref().filter(|d| !crate::caseload::starter::is_iso_date(d))
    {
        let message = format!("created is a date as 2026-12-03, not {date:?}");
        return fail(StatusCode::UNPROCESSABLE_ENTITY, "created", message);
    }
    blocking(move || {
        let _one_at_a_time = state.saving.lock().unwrap_or_else(|e| e.into_inner());
        let path = match folder::confine(&state.root, &create.path) {
            Ok(p) => p,
            Err(r) => return refused(r),
        };
        if folder::format_of(&path) != Ok(Format::Yaml) {
            return fail(StatusCode::BAD_REQUEST, "path", locale.text("serve-new-yaml"));
        }
        if path.exists() {
            return fail(StatusCode::CONFLICT, "exists", locale.text("serve-exists"));
        }
        let file = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let name = create.name.as_deref().map(str::trim).filter(|n| !n.is_empty());
        let text = match kind {
            Kind::Monitoring if create.from.is_none() => {
                crate::caseload::starter::monitoring(create.child, name, &file, "", None)
            }
            Kind::Monitoring => {
                let from = create.from.as_deref().unwrap_or_default();
                let (from_path, bytes, _) = match read_file(&state.root, from) {
                    Ok(f) => f,
                    Err(r) => return *r,
                };
                let plan = folder::load(&state.session, &state.root, &bytes, &from_path)
                    .ok()
                    .map(|p| p.plan)
                    .filter(|p| p.kind != Kind::Monitoring);
                let Some(plan) = plan else {
                    return fail(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "from",
                        locale.text("serve-from-not-plan"),
                    );
                };
                let written = relative_from(path.parent().unwrap_or(&state.root), &from_path);
                crate::caseload::starter::monitoring(
                    create.child,
                    name,
                    &file,
                    &written,
                    Some(&plan),
                )
            }
            kind => crate::caseload::starter::plan(kind, create.child, name, &file),
        };
        let text = match &create.created {
            Some(date) => crate::caseload::starter::dated(&text, date),
            None => text,
        };
        write_new(&state, &path, &text, &locale)
    })
    .await
}

fn write_new(state: &Editor, path: &Path, text: &str, locale: &Locale) -> Response {
    let bytes = text.as_bytes().to_vec();
    if let Err(e) = crate::caseload::write_all_atomic(&[(path.to_path_buf(), bytes.clone())]) {
        return internal(e.report(locale));
    }
    let format = folder::format_of(path).unwrap_or(Format::Yaml);
    let plan = crate::plan::value(text, format).unwrap_or(Value::Null);
    (
        StatusCode::CREATED,
        Json(json!({
            "path": relative(&state.root, path),
            "plan": plan,
            "version": folder::version(&bytes),
        })),
    )
        .into_response()
}

/// `to` written relative to the folder `from` (`../2025/hanako.yaml`).
fn relative_from(from: &Path, to: &Path) -> String {
    let from: Vec<_> = from.components().collect();
    let to_parts: Vec<_> = to.components().collect();
    let common = from.iter().zip(&to_parts).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_string(); from.len() - common];
    parts.extend(to_parts[common..].iter().map(|c| c.as_os_str().to_string_lossy().into_owned()));
    parts.join("/")
}

/// An unsaved plan from a request: its value and where it would live.
#[derive(Deserialize)]
pub struct Unsaved {
    plan: Value,
    path: Option<String>,
}

/// The plan of a request, loaded as if saved at its path (photos and the
/// plan a report follows are read from there), with its errors.
fn load_unsaved(
    state: &Editor,
    plan: &Value,
    rel: Option<&str>,
) -> Result<(String, u128, Result<crate::plan::LoadedPlan, Error>), Box<Response>> {
    let rel = rel.unwrap_or("unsaved.yaml");
    let path = folder::confine(&state.root, rel).map_err(|r| Box::new(refused(r)))?;
    folder::format_of(&path).map_err(|r| Box::new(refused(r)))?;
    // Read as JSON (the plan's own form here); its lines are not the file's,
    // so diagnostics of unsaved plans give key paths, not lines.
    let bytes = serde_json::to_vec(plan).map_err(|e| Box::new(internal(e)))?;
    let content = crate::memo::hash128(&bytes);
    let as_json = path.with_extension("json");
    Ok((rel.to_string(), content, folder::load(&state.session, &state.root, &bytes, &as_json)))
}

fn without_lines(mut diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    for d in &mut diags {
        d.line = None;
        d.column = None;
        d.file = None;
    }
    diags
}

/// The body of `POST /api/plain`: a formal text and, for the person's
/// name and the readings, the plan it belongs to.
#[derive(Deserialize)]
pub struct PlainAsked {
    text: String,
    plan: Option<Value>,
    path: Option<String>,
    /// The key path of the field (`needs[2].goal`): a goal is said as one.
    field: Option<String>,
}

/// `POST /api/plain`: a suggested plain wording of one text, its changes,
/// the sentences left as they were, and the suggestion in marks (what is
/// new highlighted). Read with the plan's readings and the way it calls
/// the person when the plan loads; with the welfare dictionary alone when
/// it does not.
pub async fn plain(State(state): State<Arc<Editor>>, Json(body): Json<PlainAsked>) -> Response {
    blocking(move || {
        if body.text.len() as u64 > crate::plan::MAX_PLAN_BYTES {
            return StatusCode::PAYLOAD_TOO_LARGE.into_response();
        }
        let loaded = match &body.plan {
            Some(plan) => match load_unsaved(&state, plan, body.path.as_deref()) {
                Ok((_, _, loaded)) => loaded.ok(),
                Err(r) => return *r,
            },
            None => None,
        };
        let (lexicon, called) = match &loaded {
            Some(l) => {
                let printed = l.printed();
                (crate::render::lexicon::for_plan(&printed), printed.person.called.clone())
            }
            None => (crate::japanese::reading::Lexicon::welfare(), None),
        };
        let options =
            crate::japanese::plain::Options::for_field(called, body.field.as_deref().unwrap_or(""));
        let s = crate::japanese::plain::suggest(&body.text, &lexicon, &options);
        let marks = crate::suggest::marks(&body.text, &s.text, &lexicon);
        let mut v = serde_json::to_value(&s).unwrap_or(Value::Null);
        v["marks"] = serde_json::to_value(marks).unwrap_or(Value::Null);
        Json(v).into_response()
    })
    .await
}

/// `POST /api/check`: validation errors and readability findings of an
/// unsaved plan.
pub async fn check(
    State(state): State<Arc<Editor>>,
    headers: HeaderMap,
    Json(body): Json<Unsaved>,
) -> Response {
    let locale = locale(&headers);
    blocking(move || {
        let (_, _, loaded) = match load_unsaved(&state, &body.plan, body.path.as_deref()) {
            Ok(l) => l,
            Err(r) => return *r,
        };
        match loaded {
            Err(e) => Json(json!({
                "diagnostics": without_lines(diagnostics(&state.root, &e.into_all(), &[], &locale)),
                "findings": [],
                "score": null,
            }))
            .into_response(),
            Ok(plan) => {
                let options = crate::japanese::check::Options::default();
                let report = state.session.check(&plan, &options);
                let json = crate::readability::plan_json("", &report, &locale);
                let mut findings = Vec::new();
                for field in json["fields"].as_array().into_iter().flatten() {
                    for w in field["warnings"].as_array().into_iter().flatten() {
                        let mut f = w.clone();
                        f["path"] = field["path"].clone();
                        findings.push(f);
                    }
                }
                let plainless: Vec<Value> = crate::readability::formal_in_easy(&plan)
                    .into_iter()
                    .map(|(path, _)| Value::from(path))
                    .collect();
                Json(json!({
                    "diagnostics": without_lines(diagnostics(&state.root, &[], &plan.warnings, &locale)),
                    "findings": findings,
                    "score": report.score,
                    "fields": json["fields"],
                    "readings": json["readings"],
                    "missing_plain": plainless,
                }))
                .into_response()
            }
        }
    })
    .await
}

/// Print options as the API takes them.
#[derive(Deserialize, Default)]
pub struct PrintBody {
    #[serde(default)]
    paper: Option<String>,
    #[serde(default)]
    large: bool,
    #[serde(default)]
    duplex: bool,
    #[serde(default)]
    monochrome: bool,
}

/// The body of `POST /api/render`.
#[derive(Deserialize)]
pub struct RenderBody {
    plan: Value,
    path: Option<String>,
    variant: String,
    format: String,
    page: Option<usize>,
    #[serde(default)]
    print: PrintBody,
}

/// `POST /api/render`: a page of an unsaved plan as SVG or PNG, or the
/// whole PDF; `X-Pages` gives the page count and `X-Page-Hashes` a
/// fingerprint per page (an extension: the page replaces only the pages
/// that changed). `format: "text"` (an extension) gives the words of the
/// page in reading order, for the reading view's voice.
pub async fn render(
    State(state): State<Arc<Editor>>,
    headers: HeaderMap,
    Json(body): Json<RenderBody>,
) -> Response {
    let locale = locale(&headers);
    let document = match body.variant.as_str() {
        "official" => Document::One(Variant::Official),
        "easy" => Document::One(Variant::Easy),
        "meeting" => Document::Meeting,
        _ => {
            return fail(
                StatusCode::UNPROCESSABLE_ENTITY,
                "variant",
                "variant is official, easy or meeting",
            );
        }
    };
    if !matches!(body.format.as_str(), "svg" | "png" | "pdf" | "text") {
        return fail(StatusCode::UNPROCESSABLE_ENTITY, "format", "format is svg, png, pdf or text");
    }
    let print = PrintOptions {
        a3: match body.print.paper.as_deref() {
            None | Some("a4" | "A4") => false,
            Some("a3" | "A3") => true,
            Some(_) => return fail(StatusCode::UNPROCESSABLE_ENTITY, "paper", "paper is a4 or a3"),
        },
        large: body.print.large,
        duplex: body.print.duplex,
        monochrome: body.print.monochrome,
    };
    blocking(move || {
        let (key, content, loaded) = match load_unsaved(&state, &body.plan, body.path.as_deref()) {
            Ok(l) => l,
            Err(r) => return *r,
        };
        let plan = match loaded {
            Ok(p) => p,
            Err(e) => return cannot_render("plan", e, &state.root, &locale),
        };
        let pages = match state.previews.pages(&key, content, &plan, document, print) {
            Ok(p) => p,
            Err(e) => return cannot_render("render", e, &state.root, &locale),
        };
        let count = pages.hashes.len();
        let page = body.page.unwrap_or(1);
        let (bytes, mime, name) = match body.format.as_str() {
            "pdf" => {
                let stem = Path::new(&key)
                    .file_stem()
                    .map_or("plan".into(), |s| s.to_string_lossy().into_owned());
                let name = format!("{stem}.{}{}.pdf", document.name(), print.tag());
                match pages.compiled.pdf() {
                    Ok(b) => (b, "application/pdf", Some(name)),
                    Err(e) => return internal(e.report(&locale)),
                }
            }
            "text" => match pages.compiled.page_text(page) {
                Some(text) => (text.into_bytes(), "text/plain; charset=utf-8", None),
                None => return no_page(page, count),
            },
            format => {
                let selected = crate::typeset::Pages(vec![page]);
                let out = if format == "svg" {
                    pages.compiled.svg(&selected)
                } else {
                    pages.compiled.png(&selected, 144.0)
                };
                match out {
                    Ok(mut v) if !v.is_empty() => {
                        let mime = if format == "svg" { "image/svg+xml" } else { "image/png" };
                        (v.remove(0).1, mime, None)
                    }
                    _ => return no_page(page, count),
                }
            }
        };
        let mut response = bytes.into_response();
        let h = response.headers_mut();
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
        h.insert("X-Pages", HeaderValue::from(count));
        if let Ok(v) = HeaderValue::from_str(&pages.hashes.join(",")) {
            h.insert("X-Page-Hashes", v);
        }
        if let Some(name) = name {
            h.insert(header::CONTENT_DISPOSITION, attachment(&name));
        }
        response
    })
    .await
}

/// 422: the plan cannot be typeset (`why`: `plan` errors or `render`
/// errors), with what is wrong by key path.
fn cannot_render(why: &str, e: Error, root: &Path, locale: &Locale) -> Response {
    let diags = without_lines(diagnostics(root, &e.into_all(), &[], locale));
    let body = json!({
        "error": why,
        "message": locale.text("serve-cannot-render"),
        "diagnostics": diags,
    });
    (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response()
}

/// 404: the document has no page `page`.
fn no_page(page: usize, count: usize) -> Response {
    fail(
        StatusCode::NOT_FOUND,
        "page",
        format!("there is no page {page}; the document has {count}"),
    )
}

/// `attachment` with the file name in ASCII and, for Japanese names, as
/// RFC 5987 UTF-8.
fn attachment(name: &str) -> HeaderValue {
    let ascii: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || ".-_".contains(c) { c } else { '_' })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b".-_".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    HeaderValue::from_str(&format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"))
        .unwrap_or_else(|_| HeaderValue::from_static("attachment"))
}

/// The query of `GET /api/pictograms`.
#[derive(Deserialize)]
pub struct Search {
    #[serde(default)]
    q: String,
}

/// `GET /api/pictograms?q=WORD`: pictograms a word finds, best first.
pub async fn pictograms(Query(search): Query<Search>) -> Response {
    let found: Vec<Value> = crate::pictograms::search(&search.q)
        .into_iter()
        .take(60)
        .map(|c| {
            json!({
                "id": c.id,
                "label": c.ja,
                "label_en": c.en,
                "reading": c.reading,
                "keywords": c.words,
                "svg": format!("/api/pictograms/{}.svg", c.file),
            })
        })
        .collect();
    Json(found).into_response()
}

/// `GET /api/pictograms/{file}.svg`: a pictogram's picture.
pub async fn pictogram_svg(UrlPath(file): UrlPath<String>) -> Response {
    let wanted = format!("/pictograms/color/{file}");
    match crate::pictograms::files(crate::pictograms::Style::Color).find(|(p, _)| *p == wanted) {
        Some((_, bytes)) => {
            let mut r = bytes.into_response();
            r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("image/svg+xml"));
            r.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("private, max-age=3600"));
            r
        }
        None => fail(StatusCode::NOT_FOUND, "not-found", "no such pictogram"),
    }
}

/// `GET /api/photos/{path}`: a photo inside the folder, for the form's
/// thumbnails (an extension).
pub async fn photo(State(state): State<Arc<Editor>>, UrlPath(rel): UrlPath<String>) -> Response {
    blocking(move || {
        let path = match folder::confine(&state.root, &rel) {
            Ok(p) => p,
            Err(r) => return refused(r),
        };
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        let mime = match ext.as_str() {
            "jpg" | "jpeg" => "image/jpeg",
            "png" => "image/png",
            "webp" => "image/webp",
            _ => return refused(Refused::Bad),
        };
        match std::fs::read(&path) {
            Ok(bytes) => {
                let mut r = bytes.into_response();
                r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
                r
            }
            Err(_) => refused(Refused::Missing),
        }
    })
    .await
}

/// `POST /api/plans/{path}/photos`: an uploaded photo, upright and without
/// metadata, stored in `photos/` beside the plan under a name made from
/// its content (the same photo uploaded twice is one file).
pub async fn upload_photo(
    State(state): State<Arc<Editor>>,
    UrlPath(rel): UrlPath<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let locale = locale(&headers);
    let Some(plan_rel) = rel.strip_suffix("/photos") else {
        return fail(StatusCode::METHOD_NOT_ALLOWED, "method", "POST is for …/photos");
    };
    let plan_rel = plan_rel.to_string();
    blocking(move || {
        let (plan_path, _, _) = match read_file(&state.root, &plan_rel) {
            Ok(f) => f,
            Err(r) => return *r,
        };
        let jpeg = match crate::photo::prepare(&body, "upload") {
            Ok(j) => j,
            Err(e) => {
                return fail(StatusCode::UNPROCESSABLE_ENTITY, "photo", e.report(&locale));
            }
        };
        let name = format!("photos/{:016x}.jpg", crate::memo::hash128(&jpeg) as u64);
        let dir = plan_path.parent().unwrap_or(&state.root);
        let target = dir.join(&name);
        // Confined like a plan path: `photos` may not be a link out.
        let rel_target = relative(&state.root, &target);
        if let Err(r) = folder::confine(&state.root, &rel_target) {
            return refused(r);
        }
        if !target.exists()
            && let Err(e) = crate::caseload::write_all_atomic(&[(target.clone(), jpeg)])
        {
            return internal(e.report(&locale));
        }
        (
            StatusCode::CREATED,
            Json(json!({ "photo": name, "url": format!("/api/photos/{rel_target}") })),
        )
            .into_response()
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_written_relative_to_the_report() {
        assert_eq!(relative_from(Path::new("/c/2026"), Path::new("/c/2026/a.yaml")), "a.yaml");
        assert_eq!(
            relative_from(Path::new("/c/2026"), Path::new("/c/2025/a.yaml")),
            "../2025/a.yaml"
        );
        assert_eq!(relative_from(Path::new("/c"), Path::new("/c/x/a.yaml")), "x/a.yaml");
    }

    #[test]
    fn japanese_file_names_are_offered_as_utf8() {
        let v = attachment("佐藤.easy.pdf");
        let s = v.to_str().unwrap();
        assert!(s.contains("filename=\"__.easy.pdf\""), "{s}");
        assert!(s.contains("filename*=UTF-8''%E4%BD%90%E8%97%A4.easy.pdf"), "{s}");
    }
}
