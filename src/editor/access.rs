//! Who may use the editor: a browser on this machine that was given the
//! token of this start.
//!
//! Checked on every request, in this order:
//! 1. `Host` must name the loopback address and port the server is on, so
//!    a page elsewhere cannot reach it by pointing its own name at
//!    127.0.0.1 (DNS rebinding): 403.
//! 2. A request that changes anything must not come from another origin
//!    (a page elsewhere posting a form to the editor): 403.
//! 3. The token, as `Authorization: Bearer`, or the cookie that visiting
//!    `/?token=…` sets: else 401 and no plan data.
//!
//! Every response carries a Content-Security-Policy that allows only the
//! server's own origin, so even a plan text that slipped into the page as
//! markup could not load or send anything.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::folder::State as Editor;

/// The policy: scripts, styles, fonts, pictures and requests from this
/// origin only (pictures also from `data:` and `blob:` URLs the page makes
/// of previews), no plug-ins, no framing, forms only to itself.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; media-src 'self'; \
     object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// The name of the token's cookie: one per port, so two editors on one
/// machine (cookies do not tell ports apart) do not log each other out.
pub fn cookie_name(port: u16) -> String {
    format!("yomeru_token_{port}")
}

/// The hosts this server answers to.
fn own_hosts(port: u16) -> [String; 3] {
    [format!("127.0.0.1:{port}"), format!("localhost:{port}"), format!("[::1]:{port}")]
}

fn host_ok(headers: &HeaderMap, port: u16) -> bool {
    let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else {
        return false;
    };
    own_hosts(port).iter().any(|h| h.eq_ignore_ascii_case(host))
}

fn origin_ok(headers: &HeaderMap, port: u16) -> bool {
    match headers.get(header::ORIGIN) {
        None => true,
        Some(origin) => {
            let origin = origin.to_str().unwrap_or("");
            own_hosts(port).iter().any(|h| origin.eq_ignore_ascii_case(&format!("http://{h}")))
        }
    }
}

/// Equal without saying how much matched: the time does not depend on
/// where the first difference is.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The token the request carries, from `Authorization` or the cookie.
fn carried(headers: &HeaderMap, port: u16) -> Option<String> {
    if let Some(bearer) = headers
        .get(header::AUTHORIZATION)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.strip_prefix("Bearer "))
    {
        return Some(bearer.trim().to_string());
    }
    let name = cookie_name(port);
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|h| h.to_str().ok())
        .flat_map(|h| h.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// The `token` of a query string, when there is one.
fn query_token(request: &Request) -> Option<String> {
    request
        .uri()
        .query()?
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == "token")
        .map(|(_, v)| v.to_string())
}

/// The access checks, then the request, then the security headers.
pub async fn guard(State(state): State<Arc<Editor>>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let mut response = if !host_ok(headers, state.port) {
        refusal(StatusCode::FORBIDDEN, "host")
    } else if request.method() != Method::GET
        && request.method() != Method::HEAD
        && !origin_ok(headers, state.port)
    {
        refusal(StatusCode::FORBIDDEN, "origin")
    } else if carried(headers, state.port).is_some_and(|t| same(&t, &state.token)) {
        next.run(request).await
    } else if request.method() == Method::GET
        && request.uri().path() == "/"
        && query_token(&request).is_some_and(|t| same(&t, &state.token))
    {
        // The address printed at start: set the cookie and take the token
        // out of the address bar (and of the browser's history).
        let cookie = format!(
            "{}={}; Path=/; HttpOnly; SameSite=Strict",
            cookie_name(state.port),
            state.token
        );
        let mut r = (StatusCode::SEE_OTHER, [(header::LOCATION, "/")]).into_response();
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            r.headers_mut().insert(header::SET_COOKIE, v);
        }
        r
    } else {
        refusal(StatusCode::UNAUTHORIZED, "token")
    };
    let h = response.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // Plans are personal data: no copy in the browser's disk cache.
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// A refusal that says what is missing, in both languages, and nothing of
/// the caseload. A browser shown 401 learns how to get in.
fn refusal(status: StatusCode, why: &'static str) -> Response {
    let message = match why {
        "host" => {
            "この住所では使えません。yomeru serve が表示した http://127.0.0.1:… の住所を開いてください。 / Open the address yomeru serve printed (http://127.0.0.1:…)."
        }
        "origin" => {
            "ほかのページからの変更は受け付けません。 / Changes from another site are refused."
        }
        _ => {
            "yomeru serve が表示した住所（token= のついたもの）を開いてください。 / Open the address yomeru serve printed, with its token."
        }
    };
    let body = serde_json::json!({ "error": why, "message": message });
    (status, axum::Json(body)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_compare_whole() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "ab"));
        assert!(!same("", "a"));
    }

    #[test]
    fn only_the_loopback_names_with_this_port_are_hosts() {
        let mut h = HeaderMap::new();
        for (host, ok) in [
            ("127.0.0.1:8080", true),
            ("localhost:8080", true),
            ("LOCALHOST:8080", true),
            ("[::1]:8080", true),
            ("127.0.0.1:8081", false),
            ("127.0.0.1", false),
            ("evil.example:8080", false),
            ("127.0.0.1.evil.example:8080", false),
        ] {
            h.insert(header::HOST, HeaderValue::from_static(host));
            assert_eq!(host_ok(&h, 8080), ok, "{host}");
        }
        h.remove(header::HOST);
        assert!(!host_ok(&h, 8080));
    }

    #[test]
    fn the_cookie_is_found_among_others() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; yomeru_token_9=x; yomeru_token_8080=secret"),
        );
        assert_eq!(carried(&h, 8080).as_deref(), Some("secret"));
        assert_eq!(carried(&h, 7), None);
    }
}
