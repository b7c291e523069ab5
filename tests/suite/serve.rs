//! `yomeru serve`'s API as `serve-api.md` gives it: every route, and every
//! refusal (no token, wrong Host, foreign Origin, paths out of the folder,
//! a stale version), over real connections to a server on loopback.
//!
//! Requests are written by hand on a TCP socket: the refusals are about
//! headers (Host, Origin) that ordinary HTTP clients set for themselves.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use yomeru::editor::{Config, Editor, Running};

use crate::common::{pdf_text, root};

/// The token every test server starts with.
pub const TOKEN: &str = "test-token-0123456789";

/// A caseload copied from the examples into a folder of its own.
pub struct Caseload {
    pub dir: tempfile::TempDir,
    pub server: Running,
}

impl Caseload {
    pub fn new() -> Caseload {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&root().join("examples"), dir.path());
        let config = Config { dir: dir.path().to_path_buf(), port: 0, token: TOKEN.into() };
        let server = Editor::bind(config).unwrap().spawn();
        Caseload { dir, server }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn host(&self) -> String {
        format!("127.0.0.1:{}", self.server.port)
    }

    /// A request with the token and the right Host.
    pub fn call(&self, method: &str, target: &str, body: Option<&Value>) -> Reply {
        let body = body.map(|b| serde_json::to_vec(b).unwrap());
        let auth = format!("Bearer {TOKEN}");
        let mut headers = vec![("Authorization", auth.as_str())];
        if body.is_some() {
            headers.push(("Content-Type", "application/json"));
        }
        self.raw(method, target, &self.host(), &headers, body.as_deref())
    }

    /// A request exactly as given.
    pub fn raw(
        &self,
        method: &str,
        target: &str,
        host: &str,
        headers: &[(&str, &str)],
        body: Option<&[u8]>,
    ) -> Reply {
        request(self.server.port, method, target, host, headers, body)
    }
}

/// One HTTP/1.1 request to a server on loopback at `port`, exactly as given.
pub fn request(
    port: u16,
    method: &str,
    target: &str,
    host: &str,
    headers: &[(&str, &str)],
    body: Option<&[u8]>,
) -> Reply {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(std::time::Duration::from_secs(120))).unwrap();
    let mut head = format!("{method} {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    let body = body.unwrap_or_default();
    head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    Reply::parse(&raw)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else if p.extension().is_some_and(|x| x != "rs") {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

/// A response: status, headers (names in lower case) and body.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    fn parse(raw: &[u8]) -> Reply {
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("a response head");
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let mut lines = head.split("\r\n");
        let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        let mut body = raw[split + 4..].to_vec();
        if headers.iter().any(|(k, v)| k == "transfer-encoding" && v.contains("chunked")) {
            body = dechunk(&body);
        }
        Reply { status, headers, body }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!("{e}: {} {}", self.status, String::from_utf8_lossy(&self.body))
        })
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = body.windows(2).position(|w| w == b"\r\n").unwrap();
        let size =
            usize::from_str_radix(std::str::from_utf8(&body[..line_end]).unwrap().trim(), 16)
                .unwrap();
        body = &body[line_end + 2..];
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&body[..size]);
        body = &body[size + 2..];
    }
}

fn get_plan(c: &Caseload, rel: &str) -> (Value, String) {
    let r = c.call("GET", &format!("/api/plans/{rel}"), None);
    assert_eq!(r.status, 200, "{}", r.text());
    let v = r.json();
    (v["plan"].clone(), v["version"].as_str().unwrap().to_string())
}

/// Every route, asked without the token: 401, and nothing of any plan.
#[test]
fn without_the_token_every_route_is_refused_and_says_nothing_of_the_plans() {
    let c = Caseload::new();
    let host = c.host();
    let (plan, version) = get_plan(&c, "sato-kenta.yaml");
    let put = serde_json::to_vec(&json!({"plan": plan, "version": version})).unwrap();
    let routes: Vec<(&str, &str, Option<&[u8]>)> = vec![
        ("GET", "/", None),
        ("GET", "/edit?path=sato-kenta.yaml", None),
        ("GET", "/api/plans", None),
        ("GET", "/api/plans/sato-kenta.yaml", None),
        ("PUT", "/api/plans/sato-kenta.yaml", Some(&put)),
        ("POST", "/api/plans", Some(br#"{"path":"x.yaml","kind":"plan"}"#)),
        ("POST", "/api/check", Some(br#"{"plan":{}}"#)),
        ("POST", "/api/render", Some(br#"{"plan":{},"variant":"easy","format":"svg"}"#)),
        ("GET", "/api/pictograms?q=bath", None),
        ("POST", "/api/plans/sato-kenta.yaml/photos", Some(b"\x89PNG")),
        ("GET", "/api/photos/sato-kenta.yaml", None),
        ("GET", "/?token=wrong", None),
    ];
    for (method, target, body) in &routes {
        for auth in [None, Some("Bearer wrong-token"), Some("Basic dGVzdA==")] {
            let mut headers = vec![("Content-Type", "application/json")];
            if let Some(a) = auth {
                headers.push(("Authorization", a));
            }
            let r = c.raw(method, target, &host, &headers, *body);
            assert_eq!(r.status, 401, "{method} {target} with {auth:?}");
            let text = r.text();
            assert!(!text.contains("佐藤") && !text.contains("kenta"), "{method} {target}: {text}");
            assert!(r.header("content-security-policy").is_some());
        }
        // A wrong cookie is no better.
        let r = c.raw(method, target, &host, &[("Cookie", "yomeru_token_1=test-token")], *body);
        assert_eq!(r.status, 401, "{method} {target} with a wrong cookie");
    }
    assert!(!c.path("x.yaml").exists());
    let (_, after) = get_plan(&c, "sato-kenta.yaml");
    assert_eq!(after, version, "nothing was written");
}

#[test]
fn the_address_printed_at_start_sets_a_strict_cookie_that_then_opens_everything() {
    let c = Caseload::new();
    let host = c.host();
    let r = c.raw("GET", &format!("/?token={TOKEN}"), &host, &[], None);
    assert_eq!(r.status, 303);
    assert_eq!(r.header("location"), Some("/"), "the token is taken out of the address bar");
    let cookie = r.header("set-cookie").unwrap().to_string();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "{cookie}");
    let pair = cookie.split(';').next().unwrap().to_string();
    assert_eq!(pair, format!("yomeru_token_{}={TOKEN}", c.server.port));
    let page = c.raw("GET", "/", &host, &[("Cookie", &pair)], None);
    assert_eq!(page.status, 200);
    assert!(page.header("content-type").unwrap().starts_with("text/html"));
    let csp = page.header("content-security-policy").unwrap();
    assert!(csp.contains("default-src 'self'") && !csp.contains("http"), "{csp}");
    let list = c.raw("GET", "/api/plans", &host, &[("Cookie", &pair)], None);
    assert_eq!(list.status, 200);
    assert_eq!(list.json().as_array().unwrap().len(), 5);
    // The page's script and fonts come from the binary.
    for asset in ["/assets/app.js", "/assets/app.css", "/assets/BIZUDPGothic-Regular.ttf"] {
        let r = c.raw("GET", asset, &host, &[("Cookie", &pair)], None);
        assert_eq!(r.status, 200, "{asset}");
        assert!(!r.body.is_empty());
    }
}

#[test]
fn a_host_other_than_loopback_with_this_port_is_refused_even_with_the_token() {
    let c = Caseload::new();
    let auth = format!("Bearer {TOKEN}");
    let port = c.server.port;
    for (host, ok) in [
        (format!("127.0.0.1:{port}"), true),
        (format!("localhost:{port}"), true),
        (format!("[::1]:{port}"), true),
        ("attacker.example".to_string(), false),
        (format!("attacker.example:{port}"), false),
        (format!("127.0.0.1:{}", port.wrapping_add(1)), false),
        ("127.0.0.1".to_string(), false),
        (format!("192.168.0.2:{port}"), false),
    ] {
        let r = c.raw("GET", "/api/plans", &host, &[("Authorization", &auth)], None);
        assert_eq!(r.status == 200, ok, "{host}: {}", r.status);
        if !ok {
            assert_eq!(r.status, 403, "{host}");
            assert!(!r.text().contains("佐藤"));
        }
    }
}

#[test]
fn changes_from_another_origin_are_refused() {
    let c = Caseload::new();
    let host = c.host();
    let auth = format!("Bearer {TOKEN}");
    let (plan, version) = get_plan(&c, "sato-kenta.yaml");
    let put =
        serde_json::to_vec(&json!({"plan": plan, "version": version, "rewrite": true})).unwrap();
    let own = format!("http://127.0.0.1:{}", c.server.port);
    for origin in ["http://attacker.example", "null", "http://127.0.0.1:1", "https://127.0.0.1"] {
        let headers = [
            ("Authorization", auth.as_str()),
            ("Origin", origin),
            ("Content-Type", "application/json"),
        ];
        let r = c.raw("PUT", "/api/plans/sato-kenta.yaml", &host, &headers, Some(&put));
        assert_eq!(r.status, 403, "PUT from {origin}");
        let r = c.raw(
            "POST",
            "/api/plans",
            &host,
            &headers,
            Some(br#"{"path":"y.yaml","kind":"plan"}"#),
        );
        assert_eq!(r.status, 403, "POST from {origin}");
    }
    assert!(!c.path("y.yaml").exists());
    // Reading from another origin is the browser's to block (CORS gives no
    // header); the server's own origin may change things.
    let headers = [
        ("Authorization", auth.as_str()),
        ("Origin", own.as_str()),
        ("Content-Type", "application/json"),
    ];
    let r = c.raw("PUT", "/api/plans/sato-kenta.yaml", &host, &headers, Some(&put));
    assert_eq!(r.status, 200, "{}", r.text());
    let r = c.call("GET", "/api/plans", None);
    assert!(r.header("access-control-allow-origin").is_none());
}

#[test]
fn paths_outside_the_folder_are_never_read_or_written() {
    let c = Caseload::new();
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.yaml");
    std::fs::copy(c.path("sato-kenta.yaml"), &secret).unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(outside.path(), c.path("out")).unwrap();
        std::os::unix::fs::symlink(&secret, c.path("linked.yaml")).unwrap();
    }
    let (plan, _) = get_plan(&c, "sato-kenta.yaml");
    let abs = secret.display().to_string();
    let targets = [
        "../secret.yaml".to_string(),
        "..%2Fsecret.yaml".to_string(),
        "monitoring/../../secret.yaml".to_string(),
        "monitoring/..%2F..%2Fsecret.yaml".to_string(),
        abs.trim_start_matches('/').replace("secret.yaml", "../secret.yaml"),
        "%2Fetc%2Fpasswd".to_string(),
        ".yomeru/history/x.yaml".to_string(),
        "out/secret.yaml".to_string(),
        "linked.yaml".to_string(),
        "sato-kenta.yaml%00.yaml".to_string(),
        "sato-kenta.txt".to_string(),
    ];
    for t in &targets {
        let r = c.call("GET", &format!("/api/plans/{t}"), None);
        assert!(matches!(r.status, 400 | 404), "GET {t}: {}", r.status);
        assert!(!r.text().contains("佐藤"), "GET {t} gave plan data");
        let r =
            c.call("PUT", &format!("/api/plans/{t}"), Some(&json!({"plan": plan, "version": "x"})));
        assert!(matches!(r.status, 400 | 404), "PUT {t}: {}", r.status);
        // In a body the path is not URL-encoded.
        let written = t.replace("%2F", "/").replace("%00", "\0");
        let r = c.call("POST", "/api/plans", Some(&json!({"path": written, "kind": "plan"})));
        assert!(matches!(r.status, 400 | 404 | 409), "POST {t}: {}", r.status);
        let r = c.call("GET", &format!("/api/photos/{t}"), None);
        assert!(matches!(r.status, 400 | 404), "photo {t}: {}", r.status);
    }
    let r = c.call("POST", "/api/check", Some(&json!({"plan": plan, "path": "../x.yaml"})));
    assert_eq!(r.status, 400);
    // A photo named in a plan is read only from inside the folder.
    let mut with_photo = plan.clone();
    with_photo["person"]["photo"] =
        json!(format!("../{}", secret.file_name().unwrap().to_string_lossy()));
    let r =
        c.call("POST", "/api/check", Some(&json!({"plan": with_photo, "path": "sato-kenta.yaml"})));
    assert_eq!(r.status, 200);
    let ids: Vec<String> = r.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| format!("{} {}", d["id"], d["path"]))
        .collect();
    assert!(ids.iter().any(|d| d.contains("person.photo")), "{ids:?}");
    assert_eq!(std::fs::read(&secret).unwrap(), std::fs::read(c.path("sato-kenta.yaml")).unwrap());
}

#[test]
fn the_caseload_lists_everyone_with_what_is_due() {
    let c = Caseload::new();
    let r = c.call("GET", "/api/plans", None);
    assert_eq!(r.status, 200);
    let list = r.json();
    let by_path =
        |p: &str| list.as_array().unwrap().iter().find(|x| x["path"] == p).unwrap().clone();
    let sato = by_path("sato-kenta.yaml");
    for key in [
        "path",
        "kind",
        "name",
        "name_reading",
        "created",
        "start",
        "next_monitoring",
        "valid_until",
        "errors",
        "warnings",
        "score",
    ] {
        assert!(sato.get(key).is_some(), "{key} in {sato}");
    }
    assert_eq!(sato["name"], "佐藤 健太");
    assert_eq!(sato["kind"], "plan");
    // July is done (the report of 2026-07-15); October is next.
    assert_eq!(sato["next_monitoring"], "2026-10");
    assert_eq!(sato["errors"], 0);
    assert!(sato["score"].as_u64().is_some_and(|s| s > 0 && s <= 100));
    let report = by_path("monitoring/sato-kenta-2026-07.yaml");
    assert_eq!(report["kind"], "monitoring");
    assert_eq!(report["next_monitoring"], Value::Null);
    // A broken file is listed with its errors, not left out.
    std::fs::write(c.path("broken.yaml"), "person:\n  name: 架空 花子\n  name_reading: [\n")
        .unwrap();
    let list = c.call("GET", "/api/plans", None).json();
    let broken = list.as_array().unwrap().iter().find(|x| x["path"] == "broken.yaml").unwrap();
    assert!(broken["errors"].as_u64().unwrap() >= 1, "{broken}");
}

#[test]
fn a_save_is_atomic_keeps_history_and_refuses_a_stale_version() {
    let c = Caseload::new();
    let before = std::fs::read(c.path("kobayashi-yui.yaml")).unwrap();
    let (mut plan, version) = get_plan(&c, "kobayashi-yui.yaml");
    plan["person"]["called"] = json!("ゆいさん");
    let r = c.call(
        "PUT",
        "/api/plans/kobayashi-yui.yaml",
        Some(&json!({"plan": plan, "version": version, "rewrite": true})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let saved = r.json();
    let v2 = saved["version"].as_str().unwrap().to_string();
    assert_ne!(v2, version);
    let (back, v_read) = get_plan(&c, "kobayashi-yui.yaml");
    assert_eq!(v_read, v2);
    assert_eq!(back["person"]["called"], "ゆいさん");
    assert_eq!(back, plan, "what was sent is what is read back");
    // The previous content is in the history, whole.
    let history = c.path(".yomeru/history/kobayashi-yui");
    let kept: Vec<_> = std::fs::read_dir(&history).unwrap().flatten().map(|e| e.path()).collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(std::fs::read(&kept[0]).unwrap(), before);
    // The history is not part of the caseload.
    let list = c.call("GET", "/api/plans", None).json();
    assert!(list.as_array().unwrap().iter().all(|p| !p["path"].as_str().unwrap().starts_with('.')));

    // Saved from an old version (another tab, or the file changed on disk):
    // 409, and nothing written.
    let on_disk = std::fs::read(c.path("kobayashi-yui.yaml")).unwrap();
    plan["person"]["called"] = json!("こばやしさん");
    let r = c.call(
        "PUT",
        "/api/plans/kobayashi-yui.yaml",
        Some(&json!({"plan": plan, "version": version, "rewrite": true})),
    );
    assert_eq!(r.status, 409);
    assert_eq!(r.json()["error"], "stale");
    assert_eq!(r.json()["version"], v2.as_str(), "the current version is given, to choose");
    assert_eq!(std::fs::read(c.path("kobayashi-yui.yaml")).unwrap(), on_disk);
    // Changed by hand in a text editor: the same.
    std::fs::write(c.path("kobayashi-yui.yaml"), [on_disk.as_slice(), b"# by hand\n"].concat())
        .unwrap();
    let r = c.call(
        "PUT",
        "/api/plans/kobayashi-yui.yaml",
        Some(&json!({"plan": plan, "version": v2, "rewrite": true})),
    );
    assert_eq!(r.status, 409);
    assert!(
        std::fs::read_to_string(c.path("kobayashi-yui.yaml")).unwrap().ends_with("# by hand\n")
    );
    // No temporary file is left beside the plan.
    let stray: Vec<_> = std::fs::read_dir(c.dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp"))
        .collect();
    assert!(stray.is_empty());
}

#[test]
fn a_plan_with_errors_is_saved_with_its_errors_and_a_non_plan_is_refused() {
    let c = Caseload::new();
    let (mut plan, version) = get_plan(&c, "sato-kenta.yaml");
    plan["needs"][1]["achieve_by"] = json!("2026-13");
    plan["person"]["name_reading"] = json!("");
    let r = c.call(
        "PUT",
        "/api/plans/sato-kenta.yaml",
        Some(&json!({"plan": plan, "version": version, "rewrite": true})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let diags = r.json()["diagnostics"].clone();
    let paths: Vec<&str> =
        diags.as_array().unwrap().iter().filter_map(|d| d["path"].as_str()).collect();
    assert!(paths.contains(&"needs[1].achieve_by"), "{paths:?}");
    assert!(paths.contains(&"person.name_reading"), "{paths:?}");
    for d in diags.as_array().unwrap() {
        assert_eq!(d["severity"], "error");
        assert!(d["message"].as_str().is_some_and(|m| !m.is_empty()));
        assert!(d["id"].as_str().is_some());
    }
    let (back, v2) = get_plan(&c, "sato-kenta.yaml");
    assert_eq!(back["needs"][1]["achieve_by"], "2026-13", "work is never lost");
    for body in
        [json!([1, 2]), json!("plan"), json!({"version": v2}), json!({"plan": 3, "version": v2})]
    {
        let r = c.call("PUT", "/api/plans/sato-kenta.yaml", Some(&body));
        assert_eq!(r.status, 422, "{body}");
    }
    let r = c.raw(
        "PUT",
        "/api/plans/sato-kenta.yaml",
        &c.host(),
        &[("Authorization", &format!("Bearer {TOKEN}"))],
        Some(b"{not json"),
    );
    assert_eq!(r.status, 422);
    assert_eq!(get_plan(&c, "sato-kenta.yaml").1, v2, "refusals write nothing");
}

#[test]
fn messages_come_in_the_language_the_browser_asks_for() {
    let c = Caseload::new();
    let (mut plan, _) = get_plan(&c, "sato-kenta.yaml");
    plan["needs"][0]["achieve_by"] = json!("2026-13");
    let body = serde_json::to_vec(&json!({"plan": plan})).unwrap();
    let auth = format!("Bearer {TOKEN}");
    let ask = |lang: &str| {
        let headers = [
            ("Authorization", auth.as_str()),
            ("Content-Type", "application/json"),
            ("Accept-Language", lang),
        ];
        let r = c.raw("POST", "/api/check", &c.host(), &headers, Some(&body));
        let d = r.json()["diagnostics"][0].clone();
        assert_eq!(d["path"], "needs[0].achieve_by");
        d["message"].as_str().unwrap().to_string()
    };
    let en = ask("en-GB,en;q=0.9");
    let ja = ask("ja,en;q=0.5");
    assert!(en.contains("is not a valid month"), "{en}");
    assert!(ja.contains("月"), "{ja}");
    assert_ne!(en, ja);
}

#[test]
fn new_plans_and_monitoring_reports_that_carry_the_goals_over() {
    let c = Caseload::new();
    let r = c.call("POST", "/api/plans", Some(&json!({"path": "new/架空_花子.yaml", "kind": "plan-draft", "child": true, "name": "架空 花子"})));
    assert_eq!(r.status, 201, "{}", r.text());
    let created = r.json();
    assert_eq!(created["path"], "new/架空_花子.yaml");
    assert_eq!(created["plan"]["kind"], "plan-draft");
    assert_eq!(created["plan"]["person"]["name"], "架空 花子");
    assert_eq!(created["plan"]["person"]["child"], true);
    let text = std::fs::read_to_string(c.path("new/架空_花子.yaml")).unwrap();
    assert!(text.contains("# "), "the starter explains its keys in comments");
    let r =
        c.call("POST", "/api/plans", Some(&json!({"path": "new/架空_花子.yaml", "kind": "plan"})));
    assert_eq!(r.status, 409, "never over an existing file");
    let r = c.call("POST", "/api/plans", Some(&json!({"path": "x.yaml", "kind": "letter"})));
    assert_eq!(r.status, 422);
    let r = c.call("POST", "/api/plans", Some(&json!({"path": "x.txt", "kind": "plan"})));
    assert_eq!(r.status, 400);

    let r = c.call("POST", "/api/plans", Some(&json!({"path": "monitoring/sato-2026-10.yaml", "kind": "monitoring", "from": "sato-kenta.yaml", "created": "2026-10-05"})));
    assert_eq!(r.status, 201, "{}", r.text());
    let report = r.json()["plan"].clone();
    assert_eq!(report["dates"]["created"], "2026-10-05", "dated the day the browser says");
    for bad in ["2026-02-30", "2026-10-05\nkind: plan"] {
        let body = json!({"path": "m3.yaml", "kind": "plan", "created": bad});
        assert_eq!(c.call("POST", "/api/plans", Some(&body)).status, 422, "{bad:?}");
    }
    assert!(!c.path("m3.yaml").exists());
    let (plan, _) = get_plan(&c, "sato-kenta.yaml");
    let needs: Vec<&Value> = plan["needs"].as_array().unwrap().iter().map(|n| &n["id"]).collect();
    let rows: Vec<&Value> =
        report["monitoring"]["rows"].as_array().unwrap().iter().map(|r| &r["need"]).collect();
    assert_eq!(rows, needs, "one row per need of the plan");
    assert_eq!(report["monitoring"]["plan"], "../sato-kenta.yaml");
    assert_eq!(report["person"]["name"], "佐藤 健太");
    let r = c.call("POST", "/api/plans", Some(&json!({"path": "m2.yaml", "kind": "monitoring", "from": "monitoring/sato-kenta-2026-07.yaml"})));
    assert_eq!(r.status, 422, "a report is no plan to start from");
}

/// A new plan's file explains its keys in comments; the form fills it
/// field by field, empties some again, and no save has to ask whether
/// comments may be lost.
#[test]
fn a_new_plan_filled_in_the_form_keeps_the_comments_of_its_file() {
    let c = Caseload::new();
    let r = c.call(
        "POST",
        "/api/plans",
        Some(&json!({"path": "架空-一郎.yaml", "kind": "plan-draft", "name": "架空 一郎"})),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let comments = |text: &str| text.lines().filter(|l| l.contains("# ")).count();
    let before = comments(&std::fs::read_to_string(c.path("架空-一郎.yaml")).unwrap());
    let (mut plan, mut version) = get_plan(&c, "架空-一郎.yaml");
    type Fill = fn(&mut Value);
    let steps: [(&str, Fill); 9] = [
        ("reading", |p| p["person"]["name_reading"] = json!("かくう いちろう")),
        ("called left out (the file has it empty)", |p| {
            p["person"].as_object_mut().unwrap().remove("called");
        }),
        ("a strength", |p| p["strengths"] = json!(["電車にくわしい"])),
        ("wishes in the person's words", |p| {
            p["wishes"]["person"] = json!({"text": "一人で電車に乗りたい", "voice": true})
        }),
        ("the need with its easy wording", |p| {
            p["needs"][0]["need"] = json!({"text": "外出したい", "plain": "でかけたい"})
        }),
        ("a service", |p| p["needs"][0]["services"][0]["kind"] = json!("移動支援")),
        ("a weekly slot", |p| {
            p["weekly"]["slots"] =
                json!([{"days": ["sat"], "from": "10:00", "to": "15:00", "label": "移動支援"}])
        }),
        ("a second need", |p| {
            p["needs"]
                .as_array_mut()
                .unwrap()
                .push(json!({"id": "need2", "priority": 2, "need": "料理をしたい"}))
        }),
        ("a date", |p| p["dates"]["created"] = json!("2026-12-01")),
    ];
    for (what, fill) in steps {
        fill(&mut plan);
        let r = c.call(
            "PUT",
            "/api/plans/%E6%9E%B6%E7%A9%BA-%E4%B8%80%E9%83%8E.yaml",
            Some(&json!({"plan": plan, "version": version})),
        );
        assert_eq!(r.status, 200, "{what}: {}", r.text());
        version = r.json()["version"].as_str().unwrap().to_string();
    }
    let text = std::fs::read_to_string(c.path("架空-一郎.yaml")).unwrap();
    assert_eq!(comments(&text), before, "every comment is kept:\n{text}");
    assert!(
        text.lines().any(|l| l.trim_start().starts_with("called: ") && l.contains("# ")),
        "the emptied key keeps its line:\n{text}"
    );
    let (back, _) = get_plan(&c, "架空-一郎.yaml");
    assert_eq!(back["strengths"], json!(["電車にくわしい"]));
    assert_eq!(back["needs"][1]["need"], "料理をしたい");
}

/// A save that cannot keep a hand-written comment says which, in the
/// page's language, and writes nothing until it is confirmed.
#[test]
fn a_save_that_would_lose_a_comment_asks_first_in_the_pages_language() {
    let c = Caseload::new();
    // A note written by hand above a need's goal.
    let example = std::fs::read_to_string(c.path("sato-kenta.yaml")).unwrap();
    let text = example.replacen("    goal:", "    # 本人と相談して決めた\n    goal:", 1);
    std::fs::write(c.path("sato-kenta.yaml"), &text).unwrap();
    let (mut plan, version) = get_plan(&c, "sato-kenta.yaml");
    plan["needs"].as_array_mut().unwrap().remove(0);
    let body = json!({"plan": plan, "version": version});
    let r = c.call("PUT", "/api/plans/sato-kenta.yaml", Some(&body));
    assert_eq!(r.status, 409, "{}", r.text());
    let answer = r.json();
    assert_eq!(answer["error"], "rewrite");
    let lost = answer["lost"].as_array().unwrap();
    assert!(!lost.is_empty());
    assert!(lost.iter().any(|l| l["what"] == "コメント「本人と相談して決めた」"), "{lost:?}");
    assert!(lost.iter().all(|l| l["line"].as_u64().unwrap() > 0));
    assert_eq!(std::fs::read_to_string(c.path("sato-kenta.yaml")).unwrap(), text);
    let body = json!({"plan": plan, "version": version, "rewrite": true});
    assert_eq!(c.call("PUT", "/api/plans/sato-kenta.yaml", Some(&body)).status, 200);
}

#[test]
fn check_gives_errors_findings_and_score_of_an_unsaved_plan() {
    let c = Caseload::new();
    let (mut plan, _) = get_plan(&c, "sato-kenta.yaml");
    let r = c.call("POST", "/api/check", Some(&json!({"plan": plan, "path": "sato-kenta.yaml"})));
    assert_eq!(r.status, 200);
    let v = r.json();
    assert!(v["diagnostics"].as_array().unwrap().is_empty(), "{}", v["diagnostics"]);
    assert!(v["score"].as_u64().is_some());
    let findings = v["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        assert!(f["path"].as_str().is_some_and(|p| !p.is_empty()), "{f}");
        assert!(f["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    plan["dates"]["created"] = json!("2026-02-30");
    plan["needs"][0]["colour"] = json!("赤");
    let v = c.call("POST", "/api/check", Some(&json!({"plan": plan}))).json();
    let paths: Vec<&str> =
        v["diagnostics"].as_array().unwrap().iter().filter_map(|d| d["path"].as_str()).collect();
    assert!(paths.contains(&"dates.created"), "{paths:?}");
    assert!(paths.iter().any(|p| p.starts_with("needs[0]")), "{paths:?}");
    assert_eq!(v["score"], Value::Null);
}

#[test]
fn render_gives_pages_as_svg_and_png_and_the_whole_pdf() {
    let c = Caseload::new();
    let (mut plan, _) = get_plan(&c, "sato-kenta.yaml");
    let ask = |plan: &Value, variant: &str, format: &str, page: Option<usize>, print: Value| {
        let mut body = json!({"plan": plan, "path": "sato-kenta.yaml", "variant": variant, "format": format, "print": print});
        if let Some(p) = page {
            body["page"] = json!(p);
        }
        c.call("POST", "/api/render", Some(&body))
    };
    let svg = ask(&plan, "easy", "svg", None, json!({}));
    assert_eq!(svg.status, 200, "{}", svg.text());
    assert_eq!(svg.header("content-type"), Some("image/svg+xml"));
    let pages: usize = svg.header("x-pages").unwrap().parse().unwrap();
    assert!(pages > 3);
    let hashes: Vec<String> =
        svg.header("x-page-hashes").unwrap().split(',').map(str::to_string).collect();
    assert_eq!(hashes.len(), pages);
    assert!(svg.text().starts_with("<svg"));
    let png = ask(&plan, "official", "png", Some(2), json!({}));
    assert_eq!(png.status, 200);
    assert!(png.body.starts_with(b"\x89PNG"));
    // The words of a page, for the reading view's voice: the text once,
    // without the readings above it.
    let words = ask(&plan, "easy", "text", Some(2), json!({}));
    assert_eq!(words.status, 200);
    let said = words.text();
    assert!(said.contains("けんたさんの ねがい"), "{said}");
    assert!(said.contains("親が元気なうちに"), "{said}");
    assert!(!said.contains("おやがげんき") && !said.contains("OpenMoji"), "{said}");
    assert!(said.lines().count() >= 5, "one line of the page per line: {said}");
    let none = ask(&plan, "official", "svg", Some(99), json!({}));
    assert_eq!(none.status, 404);
    // An edit to the last need changes its page and not the first.
    let last = plan["needs"].as_array().unwrap().len() - 1;
    plan["needs"][last]["goal"] = json!({"text": "週に一度、図書館で本を借りる。", "plain": "しゅうに いちど としょかんで ほんを かりる。"});
    let after = ask(&plan, "easy", "svg", Some(1), json!({}));
    let hashes2: Vec<String> =
        after.header("x-page-hashes").unwrap().split(',').map(str::to_string).collect();
    let same = hashes.iter().zip(&hashes2).filter(|(a, b)| a == b).count();
    eprintln!("{same} of {} pages unchanged", hashes.len());
    assert_eq!(hashes2[0], hashes[0], "the cover did not change");
    assert_ne!(hashes2, hashes, "the page of the edited need did");
    assert!(same >= hashes.len() - 3, "only the pages of the edit change: {hashes:?} {hashes2:?}");
    // The PDF, read back.
    let pdf = ask(&plan, "easy", "pdf", None, json!({"paper": "a3", "large": true}));
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.header("content-type"), Some("application/pdf"));
    let disposition = pdf.header("content-disposition").unwrap();
    assert!(disposition.contains("sato-kenta.easy.a3.large.pdf"), "{disposition}");
    let text = pdf_text(&pdf.body);
    assert!(text.contains("としょかん"), "the unsaved edit is in the PDF");
    let meeting = ask(&plan, "meeting", "pdf", None, json!({}));
    assert_eq!(meeting.status, 200);
    assert!(pdf_text(&meeting.body).contains("サービス等利用計画"));
    // Refusals: a plan that cannot be typeset, unknown variant or format.
    plan["person"] = json!("nobody");
    assert_eq!(ask(&plan, "easy", "svg", None, json!({})).status, 422);
    assert_eq!(ask(&plan, "poster", "svg", None, json!({})).status, 422);
    assert_eq!(ask(&plan, "easy", "docx", None, json!({})).status, 422);
    assert_eq!(ask(&plan, "easy", "svg", None, json!({"paper": "b5"})).status, 422);
}

#[test]
fn pictograms_are_found_by_a_word_and_served_from_the_binary() {
    let c = Caseload::new();
    let found = c.call("GET", "/api/pictograms?q=%E3%81%8A%E9%A2%A8%E5%91%82", None).json();
    let first = &found[0];
    assert_eq!(first["id"], "bath", "お風呂 → {found}");
    for key in ["id", "label", "keywords", "svg"] {
        assert!(first.get(key).is_some(), "{key}");
    }
    let svg = c.call("GET", first["svg"].as_str().unwrap(), None);
    assert_eq!(svg.status, 200);
    assert_eq!(svg.header("content-type"), Some("image/svg+xml"));
    assert!(svg.text().contains("<svg"));
    let en = c.call("GET", "/api/pictograms?q=bath", None).json();
    assert_eq!(en[0]["id"], "bath");
    assert_eq!(c.call("GET", "/api/pictograms/..%2F..%2FCargo.toml", None).status, 404);
}

#[test]
fn an_uploaded_photo_is_stored_upright_without_metadata_beside_the_plan() {
    let c = Caseload::new();
    // A portrait JPEG that says, in EXIF, it was taken turned: 40×20
    // pixels stored, to be shown 20×40.
    let jpeg = crate::photo::jpeg_with_exif(40, 20);
    let auth = format!("Bearer {TOKEN}");
    let headers = [("Authorization", auth.as_str()), ("Content-Type", "image/jpeg")];
    let r = c.raw("POST", "/api/plans/sato-kenta.yaml/photos", &c.host(), &headers, Some(&jpeg));
    assert_eq!(r.status, 201, "{}", r.text());
    let photo = r.json()["photo"].as_str().unwrap().to_string();
    assert!(photo.starts_with("photos/") && photo.ends_with(".jpg"), "{photo}");
    let stored = std::fs::read(c.path(&photo)).unwrap();
    assert!(!stored.windows(4).any(|w| w == b"Exif"), "no EXIF kept");
    let img = image::load_from_memory(&stored).unwrap();
    assert_eq!((img.width(), img.height()), (20, 40), "turned upright");
    // The plan can name it and it prints.
    let (mut plan, _) = get_plan(&c, "sato-kenta.yaml");
    plan["person"]["photo"] = json!(photo);
    let v = c
        .call("POST", "/api/check", Some(&json!({"plan": plan, "path": "sato-kenta.yaml"})))
        .json();
    assert!(v["diagnostics"].as_array().unwrap().is_empty(), "{}", v["diagnostics"]);
    // Not an image: refused, nothing stored.
    let r = c.raw(
        "POST",
        "/api/plans/sato-kenta.yaml/photos",
        &c.host(),
        &headers,
        Some(b"GIF89a not really"),
    );
    assert_eq!(r.status, 422);
    assert_eq!(std::fs::read_dir(c.path("photos")).unwrap().count(), 1);
    // Only for a plan in the folder.
    let r = c.raw("POST", "/api/plans/nobody.yaml/photos", &c.host(), &headers, Some(&jpeg));
    assert_eq!(r.status, 404);
}

/// `yomeru serve` as a process: the address comes first on standard
/// output, and nothing of any plan reaches its output while plans are
/// listed, opened, checked, saved, rendered, refused or mistyped.
#[test]
fn the_server_process_prints_its_address_and_never_a_plans_text() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("examples"), dir.path());
    let mut child = crate::common::yomeru()
        .arg("serve")
        .arg(dir.path())
        .args(["--port", "0", "--no-open"])
        .env("YOMERU_TOKEN", TOKEN)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    let url = first.trim().to_string();
    let rest = url.strip_prefix("http://127.0.0.1:").unwrap_or_else(|| panic!("{url}"));
    let (port, query) = rest.split_once('/').unwrap();
    assert_eq!(query, format!("?token={TOKEN}"));
    let port: u16 = port.parse().unwrap();
    let host = format!("127.0.0.1:{port}");
    let auth = format!("Bearer {TOKEN}");
    let call = |method: &str, target: &str, body: Option<&Value>| {
        let body = body.map(|b| serde_json::to_vec(b).unwrap());
        let headers = [("Authorization", auth.as_str()), ("Content-Type", "application/json")];
        request(port, method, target, &host, &headers, body.as_deref())
    };

    let secret = "秘密のメモ：鍵は植木鉢の下";
    assert_eq!(call("GET", "/api/plans", None).status, 200);
    let got = call("GET", "/api/plans/sato-kenta.yaml", None).json();
    let mut plan = got["plan"].clone();
    plan["needs"][0]["notes"] = json!(secret);
    let body = json!({"plan": plan, "version": got["version"], "rewrite": true});
    assert_eq!(call("PUT", "/api/plans/sato-kenta.yaml", Some(&body)).status, 200);
    let body = json!({"plan": plan, "version": "stale", "rewrite": true});
    assert_eq!(call("PUT", "/api/plans/sato-kenta.yaml", Some(&body)).status, 409);
    assert_eq!(call("POST", "/api/check", Some(&json!({"plan": plan}))).status, 200);
    let body = json!({"plan": plan, "variant": "official", "format": "text", "page": 1});
    assert_eq!(call("POST", "/api/render", Some(&body)).status, 200);
    let mut broken = plan.clone();
    broken["needs"][0]["achieve_by"] = json!(secret);
    let body = json!({"plan": broken, "variant": "easy", "format": "svg", "page": 1});
    assert_eq!(call("POST", "/api/render", Some(&body)).status, 422);
    let r = request(port, "GET", "/api/plans", "evil.example", &[("Authorization", &auth)], None);
    assert_eq!(r.status, 403);
    let headers = [("Authorization", auth.as_str()), ("Content-Type", "application/json")];
    let r = request(
        port,
        "PUT",
        "/api/plans/sato-kenta.yaml",
        &host,
        &headers,
        Some(secret.as_bytes()),
    );
    assert!(r.status >= 400);

    child.kill().unwrap();
    child.wait().unwrap();
    let mut printed = String::new();
    out.read_to_string(&mut printed).unwrap();
    child.stderr.take().unwrap().read_to_string(&mut printed).unwrap();
    for words in [secret, "植木鉢", "佐藤", "健太", "グループホーム", "sato-kenta"] {
        assert!(!printed.contains(words), "the server printed {words:?}:\n{printed}");
    }
    assert!(std::fs::read_to_string(dir.path().join("sato-kenta.yaml")).unwrap().contains(secret));
}

#[test]
fn a_suggestion_for_a_goal_field_is_worded_as_a_goal() {
    let c = Caseload::new();
    let (plan, _) = get_plan(&c, "kobayashi-yui.yaml");
    let text = "放課後を決まった場所で過ごし、母が安心して働ける。";
    let ask = |field: Option<&str>| {
        let mut body = json!({"text": text, "plan": plan, "path": "kobayashi-yui.yaml"});
        if let Some(f) = field {
            body["field"] = json!(f);
        }
        let r = c.call("POST", "/api/plain", Some(&body));
        assert_eq!(r.status, 200);
        r.json()["text"].as_str().unwrap().to_string()
    };
    // On the goal, what can be done is what it is to become.
    let goal = ask(Some("needs[1].goal"));
    assert!(goal.ends_with("はたらける ように なります。"), "{goal}");
    // Without a field (an older page) or on another field, as it is said.
    assert!(ask(None).ends_with("はたらけます。"));
    assert!(ask(Some("needs[1].need")).ends_with("はたらけます。"));
}
