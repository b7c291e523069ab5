// yomeru serve: what every view shares (words, requests, elements,
// dialogs, dates), and the start of the view the page is for
// (<body data-view>). The views are in caseload.js, form.js + editor.js +
// preview.js, and reading.js; each adds itself to `Y.views`.
// No framework and no build step: the server sends these files as they are.
"use strict";

const Y = (window.Y = { views: {} });

// ---- Words -------------------------------------------------------------
// The page's words come from serve.ftl (page-*), as JSON in #labels.
Y.labels = (() => {
  try {
    return JSON.parse(document.getElementById("labels").textContent);
  } catch (_) {
    return {};
  }
})();

/** The words of message `id`, with `{ $name }` replaced from `args`. */
Y.t = (id, args) => {
  let s = Y.labels[id];
  if (s === undefined) return id;
  s = s.replace(/[\u2068\u2069]/g, "");
  if (args) {
    s = s.replace(/\{\s*\$([a-z_]+)\s*\}/g, (m, k) => (k in args ? String(args[k]) : m));
  }
  return s;
};
const t = Y.t;

// ---- Elements ------------------------------------------------------------
/**
 * An element: h("button", {class: "x", onclick: f, "aria-label": "…"}, "text", child…).
 * Strings become text nodes (never HTML); null and false are skipped.
 */
Y.h = (tag, props, ...children) => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "text") el.textContent = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "value") el.value = v;
    else if (k === "checked") el.checked = !!v;
    else if (k === "dataset") Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
};
const h = Y.h;

/** A query parameter of the page's address. */
Y.param = (name) => new URLSearchParams(location.search).get(name);

/** The main landmark, emptied, with the page's heading. */
Y.main = (title) => {
  const main = document.getElementById("main");
  main.replaceChildren();
  if (title !== undefined) {
    document.title = title + " — yomeru";
    main.append(h("h1", { id: "page-title" }, title));
  }
  return main;
};

/** A polite live region for short news ("保存しました"). */
Y.announce = (() => {
  let region = null;
  return (text) => {
    if (!region) {
      region = h("div", { class: "visually-hidden", role: "status", "aria-live": "polite" });
      document.body.append(region);
    }
    region.textContent = "";
    setTimeout(() => (region.textContent = text), 50);
  };
})();

// ---- Requests ------------------------------------------------------------
/**
 * A request to the API: {ok, status, data (JSON or null), headers, response}.
 * A network failure is status 0.
 */
Y.api = async (method, url, body, options) => {
  const init = { method, headers: {}, credentials: "same-origin" };
  if (body !== undefined) {
    if (body instanceof Blob || body instanceof ArrayBuffer) {
      init.body = body;
      init.headers["Content-Type"] = "application/octet-stream";
    } else {
      init.body = JSON.stringify(body);
      init.headers["Content-Type"] = "application/json";
    }
  }
  if (options && options.keepalive) init.keepalive = true;
  if (options && options.signal) init.signal = options.signal;
  let response;
  try {
    response = await fetch(url, init);
  } catch (e) {
    return { ok: false, status: 0, data: null, headers: new Headers(), error: e };
  }
  let data = null;
  const type = response.headers.get("Content-Type") || "";
  if (!(options && options.raw) && type.includes("json")) {
    try {
      data = await response.json();
    } catch (_) {
      data = null;
    }
  }
  return { ok: response.ok, status: response.status, data, headers: response.headers, response };
};

/** The URL of a plan under /api/plans/, each part of its path encoded. */
Y.planUrl = (path) => "/api/plans/" + path.split("/").map(encodeURIComponent).join("/");

/** A failure said in plain words, for a status line. */
Y.failure = (r) => {
  if (r.status === 0) return t("page-error-network");
  if (r.data && r.data.message) return r.data.message;
  return t("page-error-other", { status: r.status });
};

// ---- Dialogs -------------------------------------------------------------
/**
 * A modal <dialog> with a heading, content and buttons; resolves with the
 * value of the button chosen ("cancel" on Escape). Focus goes to the first
 * button (or `focus`), and back where it was when the dialog closes.
 */
Y.dialog = ({ title, content, buttons, focus }) =>
  new Promise((resolve) => {
    const before = document.activeElement;
    const id = "dialog-" + Math.random().toString(36).slice(2);
    const dialog = h("dialog", { class: "dialog", "aria-labelledby": id + "-title" });
    const row = h("div", { class: "dialog-buttons" });
    let result = "cancel";
    const done = (value) => {
      result = value;
      dialog.close();
    };
    for (const b of buttons) {
      const button = h(
        "button",
        { type: "button", class: b.primary ? "button primary" : "button", onclick: () => done(b.value) },
        b.label,
      );
      if (b.danger) button.classList.add("danger");
      row.append(button);
    }
    dialog.append(h("h2", { id: id + "-title" }, title), ...[].concat(content || []).filter(Boolean), row);
    dialog.addEventListener("close", () => {
      dialog.remove();
      if (before && before.focus && document.contains(before)) before.focus();
      resolve(result);
    });
    document.body.append(dialog);
    dialog.showModal();
    const first = focus ? dialog.querySelector(focus) : row.querySelector("button");
    if (first) first.focus();
  });

// ---- Dates ---------------------------------------------------------------
/** This month as "2026-04". */
Y.thisMonth = () => {
  const d = new Date();
  return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0");
};

/** Today as "2026-04-01", in the browser's time zone. */
Y.today = () => {
  const d = new Date();
  const two = (n) => String(n).padStart(2, "0");
  return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
};

/** A date or month of the API ("2026-04-01", "2026-07") in the page's words. */
Y.showDate = (s) => {
  if (!s) return t("page-none");
  const d = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(String(s));
  if (!d) return String(s);
  const args = { year: Number(d[1]), month: Number(d[2]), day: d[3] ? Number(d[3]) : 0 };
  return d[3] ? t("page-date", args) : t("page-month", args);
};

/** The time now as "14:05". */
Y.clock = () => {
  const d = new Date();
  return d.getHours() + ":" + String(d.getMinutes()).padStart(2, "0");
};

// ---- Start ---------------------------------------------------------------
document.addEventListener("DOMContentLoaded", () => {
  const view = document.body.dataset.view;
  const start = Y.views[view];
  if (start) {
    Promise.resolve(start()).catch((e) => {
      const main = Y.main();
      main.append(h("h1", {}, t("page-error-title")), h("p", { role: "alert" }, String(e && e.message ? e.message : e)));
    });
  }
});
