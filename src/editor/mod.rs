//! `yomeru serve`: the editor, a web page served by this binary over a
//! caseload folder, and the JSON API it (and any other local client) uses.
//!
//! The contract is `serve-api.md`. The files stay the truth: every save
//! writes the plan file that `render`, `batch` and `watch` read, so nothing
//! is locked in the editor. The server listens on loopback only and every
//! request must carry the token of this start ([`access`]); plan paths are
//! confined to the folder ([`folder`]); pages, scripts, styles and fonts
//! come from the binary ([`page`]); nothing is logged of a plan's text.
//!
//! Rendering and file work are blocking and CPU-bound: they run on
//! Tokio's blocking threads, while the async side only moves bytes.

mod access;
mod api;
mod folder;
mod page;
mod preview;

use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};

use crate::error::{Error, ErrorKind, IoProblem, Result};

/// How to start the editor: validated options of `yomeru serve`.
#[derive(Debug, Clone)]
pub struct Config {
    /// The caseload folder; every plan file under it is in the caseload.
    pub dir: PathBuf,
    /// The port; 0 picks a free one.
    pub port: u16,
    /// The access token; [`token`] makes a random one per start.
    pub token: String,
}

/// A random access token: 32 bytes from the system's generator, in hex.
pub fn token() -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| {
        Error::new(ErrorKind::Io { problem: IoProblem::Other(format!("random token: {e}")) })
    })?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The editor, bound to its port and ready to serve.
pub struct Editor {
    listeners: Vec<tokio::net::TcpListener>,
    state: Arc<folder::State>,
    runtime: tokio::runtime::Runtime,
}

impl Editor {
    /// Binds 127.0.0.1 (and ::1 on the same port, where the machine has
    /// IPv6) and reads the caseload folder. Nothing is served until
    /// [`Editor::run`].
    pub fn bind(config: Config) -> Result<Editor> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .map_err(|e| Error::io(e, &config.dir))?;
        let root = config.dir.canonicalize().map_err(|e| Error::io(e, &config.dir))?;
        if !root.is_dir() {
            let e = std::io::Error::from(std::io::ErrorKind::NotADirectory);
            return Err(Error::io(e, &config.dir));
        }
        let listeners = runtime.block_on(async {
            let v4 = SocketAddr::from((Ipv4Addr::LOCALHOST, config.port));
            let first = tokio::net::TcpListener::bind(v4).await?;
            let port = first.local_addr()?.port();
            let mut listeners = vec![first];
            // A machine without IPv6 is served on 127.0.0.1 alone.
            let v6 = SocketAddr::from((Ipv6Addr::LOCALHOST, port));
            if let Ok(l) = tokio::net::TcpListener::bind(v6).await {
                listeners.push(l);
            }
            Ok::<_, std::io::Error>(listeners)
        });
        let listeners = listeners.map_err(|e| {
            let problem = IoProblem::Other(format!("127.0.0.1:{}: {e}", config.port));
            Error::new(ErrorKind::Io { problem })
        })?;
        let port = listeners[0].local_addr().map_err(|e| Error::io(e, &config.dir))?.port();
        let state = Arc::new(folder::State::new(root, config.token, port));
        Ok(Editor { listeners, state, runtime })
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.state.port
    }

    /// The address to open, with the token: visiting it once sets the
    /// cookie that later requests carry.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/?token={}", self.state.port, self.state.token)
    }

    /// Serves until the process ends. Ctrl-C and SIGTERM end it through
    /// the command line's handler, which waits for a save that is renaming
    /// its files, so a plan file is never left half written.
    pub fn serve_forever(self) -> Result<()> {
        let (_keep, stop) = tokio::sync::watch::channel(false);
        self.run_until(stop)
    }

    /// Serves on a thread of its own until the returned handle is dropped
    /// or stopped (for tests and benchmarks).
    pub fn spawn(self) -> Running {
        let (tx, stop) = tokio::sync::watch::channel(false);
        let url = self.url();
        let port = self.port();
        let thread = std::thread::spawn(move || self.run_until(stop));
        Running { stop: tx, thread: Some(thread), url, port }
    }

    fn run_until(self, stop: tokio::sync::watch::Receiver<bool>) -> Result<()> {
        let app = router(self.state.clone());
        let root = self.state.root.clone();
        self.runtime.block_on(async move {
            let mut servers = Vec::new();
            for listener in self.listeners {
                let app = app.clone();
                let mut stop = stop.clone();
                servers.push(tokio::spawn(async move {
                    axum::serve(listener, app)
                        .with_graceful_shutdown(async move {
                            // A dropped sender also stops the server.
                            let _ = stop.wait_for(|stopped| *stopped).await;
                        })
                        .await
                }));
            }
            for s in servers {
                if let Ok(Err(e)) = s.await {
                    return Err(Error::io(e, &root));
                }
            }
            Ok(())
        })
    }
}

/// An editor serving on its own thread; dropping it stops the server after
/// the requests in progress.
pub struct Running {
    stop: tokio::sync::watch::Sender<bool>,
    thread: Option<std::thread::JoinHandle<Result<()>>>,
    /// The address to open, with the token.
    pub url: String,
    /// The port it listens on.
    pub port: u16,
}

impl Running {
    /// Stops the server and waits for it to finish.
    pub fn stop(mut self) -> Result<()> {
        self.finish()
    }

    fn finish(&mut self) -> Result<()> {
        let _ = self.stop.send(true);
        match self.thread.take().map(std::thread::JoinHandle::join) {
            Some(Ok(result)) => result,
            Some(Err(_)) => Err(Error::new(ErrorKind::Io {
                problem: IoProblem::Other("the editor's thread panicked".into()),
            })),
            None => Ok(()),
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.finish();
    }
}

/// Every route of `serve-api.md` and the page's own, behind the access
/// checks.
fn router(state: Arc<folder::State>) -> Router {
    Router::new()
        .route("/", get(page::caseload))
        .route("/edit", get(page::editor))
        .route("/read", get(page::reading))
        .route("/assets/{name}", get(page::asset))
        .route("/api/plans", get(api::list).post(api::create))
        .route(
            "/api/plans/{*path}",
            get(api::read_plan).put(api::save_plan).post(api::upload_photo),
        )
        .route("/api/check", post(api::check))
        .route("/api/plain", post(api::plain))
        .route("/api/render", post(api::render))
        .route("/api/pictograms", get(api::pictograms))
        .route("/api/pictograms/{file}", get(api::pictogram_svg))
        .route("/api/photos/{*path}", get(api::photo))
        .fallback(api::not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), access::guard))
        .layer(axum::extract::DefaultBodyLimit::max(api::MAX_BODY))
        .with_state(state)
}
