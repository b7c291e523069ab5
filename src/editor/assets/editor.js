// The editor (/edit?path=…): the plan as a form with its pages beside it,
// the checker's findings on their fields, and saving that never loses
// work (autosave, on leaving, and a question when the file changed
// elsewhere or its comments cannot all be kept).
"use strict";
(() => {
  const { h, t } = Y;

  const CHECK_AFTER = 700; // ms after the last keystroke
  const SAVE_AFTER = 1500;

  /** "a/b/../c.jpg" → "a/c.jpg". */
  const normalize = (path) => {
    const out = [];
    for (const p of path.split("/")) {
      if (p === "" || p === ".") continue;
      if (p === "..") out.pop();
      else out.push(p);
    }
    return out.join("/");
  };
  const dirOf = (path) => (path.includes("/") ? path.slice(0, path.lastIndexOf("/") + 1) : "");
  /** The path of `to` (from the folder) as written in a file in `fromDir`: "monitoring/" + "a.yaml" → "../a.yaml". */
  const relative = (fromDir, to) => {
    const from = fromDir.split("/").filter(Boolean);
    const parts = to.split("/");
    let i = 0;
    while (i < from.length && i < parts.length - 1 && from[i] === parts[i]) i++;
    return "../".repeat(from.length - i) + parts.slice(i).join("/");
  };

  Y.views.editor = async () => {
    const path = Y.param("path");
    const main = Y.main(t("page-title-editor"));
    if (!path) {
      main.append(h("p", { role: "alert" }, t("page-no-path")), h("a", { href: "/", class: "button" }, t("page-nav-caseload")));
      return;
    }
    const loading = h("p", { role: "status" }, t("page-loading"));
    main.append(loading);
    const r = await Y.api("GET", Y.planUrl(path));
    loading.remove();
    if (!r.ok) {
      main.append(h("p", { role: "alert", class: "problem" }, Y.failure(r)));
      if (r.data && Array.isArray(r.data.diagnostics)) {
        main.append(
          h(
            "ul",
            { class: "problem-list" },
            r.data.diagnostics.map((d) => h("li", {}, d.line ? t("page-line", { line: d.line }) + "：" : "", d.message)),
          ),
        );
      }
      main.append(h("p", {}, h("a", { href: "/" }, t("page-nav-caseload"))));
      return;
    }

    // ---- The editor's state ----------------------------------------------
    const E = {
      path,
      plan: r.data.plan || {},
      version: r.data.version,
      edits: 0, // changes since the page opened
      savedEdits: 0, // the edit count last written
      photoUrls: {},
      fields: {},
      needChoices: null,
      last: { diagnostics: r.data.diagnostics || [], findings: [], missing: [], readings: [] },
    };
    E.photoUrl = (photo) => E.photoUrls[photo] || "/api/photos/" + normalize(dirOf(path) + photo).split("/").map(encodeURIComponent).join("/");

    // ---- The page's parts --------------------------------------------------
    const heading = main.querySelector("h1");
    const setTitle = () => {
      const n = Y.get(E.plan, ["person", "name"]);
      const name = (n && typeof n === "object" ? n.text : n) || t("page-no-name");
      const kind = { plan: "page-kind-plan", "plan-draft": "page-kind-draft", monitoring: "page-kind-monitoring" }[E.plan.kind || "plan"];
      heading.textContent = t("page-editor-heading", { name, kind: t(kind || "page-kind-plan") });
      document.title = heading.textContent + " — yomeru";
    };
    setTitle();

    const saveStatus = h("p", { class: "save-status", role: "status", "aria-live": "polite" }, t("page-saved-none"));
    const saveButton = h("button", { type: "button", class: "button primary" }, t("page-save"));
    const undoBox = h("div", { class: "undo", role: "status", "aria-live": "polite" });
    const downloadStatus = h("p", { class: "note", role: "status" });
    const problems = h("div", { class: "problems", id: "problems" });
    const toolbar = h(
      "div",
      { class: "toolbar" },
      h("div", { class: "save" }, saveButton, saveStatus),
      h("a", { class: "button", href: "/read?path=" + encodeURIComponent(path) }, t("page-read")),
      undoBox,
    );
    const preview = Y.preview(E);
    const formBox = h("div", { class: "form-box", role: "region", "aria-label": t("page-form-label") });
    const work = h("div", { class: "workspace" }, formBox, h("div", { class: "side" }, preview.element));
    main.append(toolbar, problems, work, h("div", { class: "download-box" }, Y.downloads(E, downloadStatus), downloadStatus));

    // ---- Building the form ---------------------------------------------------
    E.rebuild = (focusId) => {
      const scroll = window.scrollY;
      formBox.replaceChildren(Y.form(E));
      showProblems();
      setTitle();
      window.scrollTo(0, scroll);
      if (focusId) {
        const el = document.getElementById(focusId) || formBox.querySelector('[data-focus-id="' + focusId + '"]');
        if (el) el.focus();
      }
    };

    E.undoable = (message, undo) => {
      const b = h("button", { type: "button", class: "button small" }, t("page-undo"));
      b.addEventListener("click", () => {
        undoBox.replaceChildren();
        undo();
        Y.announce(t("page-undone"));
      });
      undoBox.replaceChildren(h("span", {}, message), b);
      setTimeout(() => {
        if (undoBox.contains(b)) undoBox.replaceChildren();
      }, 20000);
    };

    // ---- Checking ------------------------------------------------------------
    let checkTimer = null;
    let checking = false;
    let checkAgain = false;
    const check = async () => {
      if (checking) {
        checkAgain = true;
        return;
      }
      checking = true;
      const edits = E.edits;
      const c = await Y.api("POST", "/api/check", { plan: E.plan, path });
      checking = false;
      if (c.ok && c.data && edits === E.edits) {
        E.last = {
          diagnostics: c.data.diagnostics || [],
          findings: c.data.findings || [],
          missing: c.data.missing_plain || [],
          readings: c.data.readings || [],
          score: c.data.score,
        };
        showProblems();
      }
      if (checkAgain || edits !== E.edits) {
        checkAgain = false;
        check();
      }
    };

    /** The field of a key path, or of its nearest parent that has one. */
    const fieldOf = (p) => {
      const parts = Y.parsePath(p);
      while (parts.length) {
        const f = E.fields[Y.pathStr(parts)];
        if (f) return f;
        parts.pop();
      }
      return null;
    };

    const focusField = (f) => {
      const target = f.input || f.box;
      target.scrollIntoView({ block: "center" });
      if (target.focus) target.focus();
    };

    /** The checker's words on each field, and the summary at the top. */
    const showProblems = () => {
      const { diagnostics, findings, missing, readings } = E.last;
      for (const f of Object.values(E.fields)) {
        f.msg.replaceChildren();
        f.box.classList.remove("has-error", "has-warning");
        if (f.input) f.input.removeAttribute("aria-invalid");
        if (f.plainNote) {
          f.plainNote.replaceChildren();
          f.plain.removeAttribute("aria-invalid");
        }
      }
      const errors = [];
      const warnings = [];
      const notes = [];
      const link = (f, p, text) => {
        const a = h("a", { href: "#" + (f && f.input ? f.input.id : "main") }, f ? f.place : Y.place(p));
        a.addEventListener("click", (e) => {
          if (!f) return;
          e.preventDefault();
          focusField(f);
        });
        return h("li", {}, a, "：", text);
      };
      for (const d of diagnostics) {
        const f = fieldOf(d.path);
        const isError = d.severity === "error";
        if (f) {
          f.msg.append(
            h(
              "p",
              { class: isError ? "msg msg-error" : "msg msg-warning" },
              h("span", { class: "msg-kind" }, h("span", { "aria-hidden": "true" }, isError ? "✖ " : "▲ "), isError ? t("page-msg-error") : t("page-msg-warning")),
              d.message,
            ),
          );
          f.box.classList.add(isError ? "has-error" : "has-warning");
          if (isError && f.input) f.input.setAttribute("aria-invalid", "true");
        }
        (isError ? errors : warnings).push(link(f, d.path, d.message));
      }
      for (const w of findings) {
        // "no plain wording" is said on the field in the page's own words
        // (its fix speaks of the file's keys).
        if (w.rule === "no-plain" && missing.includes(w.path)) continue;
        const f = fieldOf(w.path);
        const text = [w.message, w.suggestion ? t("page-fix", { fix: w.suggestion }) : ""].filter(Boolean).join(" ");
        if (f) {
          const target = f.plainNote && f.plainCol && !f.plainCol.hidden ? f.plainNote : f.msg;
          target.append(
            h(
              "p",
              { class: "msg msg-finding" },
              h("span", { class: "msg-kind" }, h("span", { "aria-hidden": "true" }, "◆ "), t("page-msg-finding")),
              w.message,
              w.suggestion ? h("span", { class: "fix" }, t("page-fix", { fix: w.suggestion })) : null,
            ),
          );
          f.box.classList.add("has-warning");
        }
        warnings.push(link(f, w.path, text));
      }
      for (const p of missing) {
        const f = fieldOf(p);
        if (f && f.plainNote && !(f.voice && f.voice())) {
          f.plainNote.prepend(h("p", { class: "msg msg-missing" }, h("span", { "aria-hidden": "true" }, "✎ "), t("page-missing-plain")));
        }
        notes.push(link(f, p, t("page-missing-plain")));
      }
      showReadings(readings);

      // The summary: counts that open to links to each place.
      problems.replaceChildren();
      const group = (cls, title, items) =>
        items.length
          ? h("details", { class: "problem-group " + cls }, h("summary", {}, title), h("ul", {}, items))
          : null;
      const counts = h(
        "p",
        { class: "counts" },
        errors.length ? h("span", { class: "mark mark-late" }, h("span", { "aria-hidden": "true", class: "mark-symbol" }, "✖"), t("page-count-errors", { n: errors.length })) : h("span", { class: "mark mark-ok" }, h("span", { "aria-hidden": "true", class: "mark-symbol" }, "✔"), t("page-count-no-errors")),
        " ",
        h("span", {}, t("page-count-findings", { n: warnings.length })),
        " ",
        h("span", {}, t("page-count-missing", { n: notes.length })),
        E.last.score !== undefined && E.last.score !== null ? h("span", {}, " " + t("page-count-score", { score: E.last.score })) : null,
      );
      problems.append(
        ...[
          h("h2", { class: "small-title", id: "problems-title" }, t("page-problems-title")),
          counts,
          group("errors", t("page-count-errors", { n: errors.length }), errors),
          group("warnings", t("page-count-findings", { n: warnings.length }), warnings),
          group("missing", t("page-count-missing", { n: notes.length }), notes),
        ].filter(Boolean),
      );
    };

    /** Readings the checker asks to confirm: each with an input to confirm or correct. */
    const showReadings = (readings) => {
      const box = E.readingsBox;
      if (!box) return;
      box.replaceChildren();
      const open = (readings || []).filter((d) => !(E.plan.readings && d.word in E.plan.readings));
      if (open.length === 0) {
        box.append(h("p", {}, t("page-readings-all-confirmed")));
        return;
      }
      const seen = new Set();
      open.forEach((d, i) => {
        if (seen.has(d.word)) return;
        seen.add(d.word);
        const id = "reading-c-" + i;
        const el = h("input", { type: "text", id, value: d.reading || "", autocomplete: "off", "aria-describedby": id + "-why" });
        const ok = h("button", { type: "button", class: "button small" }, t("page-reading-confirm"));
        ok.setAttribute("aria-label", t("page-reading-confirm-named", { word: d.word }));
        ok.addEventListener("click", () => {
          const v = el.value.trim();
          if (!v) {
            el.setAttribute("aria-invalid", "true");
            el.focus();
            return;
          }
          E.plan.readings = E.plan.readings || {};
          E.plan.readings[d.word] = v;
          E.changed();
          E.showWrittenReadings();
          showReadings(E.last.readings);
          Y.announce(t("page-reading-confirmed", { word: d.word, reading: v }));
          const next = box.querySelector("input");
          if (next) next.focus();
        });
        box.append(
          h(
            "div",
            { class: "reading-row" },
            h("label", { for: id, class: "word" }, d.word),
            el,
            ok,
            h("p", { class: "note", id: id + "-why" }, d.path ? Y.place(d.path) + "：" : "", d.message || ""),
          ),
        );
      });
    };

    // ---- Saving ----------------------------------------------------------------
    let saveTimer = null;
    let saving = false;
    let blocked = false; // waiting for the specialist's answer, or a failure
    const dirty = () => E.savedEdits !== E.edits;
    const status = (words, cls) => {
      saveStatus.textContent = words;
      saveStatus.className = "save-status " + (cls || "");
    };

    const put = (extra, keepalive) =>
      Y.api("PUT", Y.planUrl(path), Object.assign({ plan: E.plan, version: E.version }, extra || {}), keepalive ? { keepalive: true } : undefined);

    const save = async (extra) => {
      if (saving) return;
      if (!dirty() && !extra) return;
      saving = true;
      clearTimeout(saveTimer);
      const edits = E.edits;
      status(t("page-saving"), "busy");
      const res = await put(extra);
      saving = false;
      if (res.ok) {
        E.version = res.data.version;
        E.savedEdits = edits;
        blocked = false;
        status(t("page-saved-at", { time: Y.clock() }), "ok");
        if (dirty()) schedule();
        return;
      }
      if (res.status === 409 && res.data && res.data.error === "stale") return stale();
      if (res.status === 409 && res.data && res.data.error === "rewrite") return rewrite(res.data);
      blocked = true;
      status(t("page-save-failed") + " " + Y.failure(res), "failed");
    };

    const schedule = () => {
      clearTimeout(saveTimer);
      if (blocked) return;
      saveTimer = setTimeout(save, SAVE_AFTER);
    };

    /** The file changed elsewhere: load it, or keep mine; never overwrite silently. */
    const stale = async () => {
      blocked = true;
      status(t("page-save-stale-status"), "failed");
      const choice = await Y.dialog({
        title: t("page-stale-title"),
        content: [h("p", {}, t("page-stale-text")), h("p", {}, t("page-stale-choose"))],
        buttons: [
          { label: t("page-stale-keep-mine"), value: "mine", primary: true },
          { label: t("page-stale-load-file"), value: "file", danger: true },
          { label: t("page-decide-later"), value: "cancel" },
        ],
      });
      if (choice === "mine") {
        const cur = await Y.api("GET", Y.planUrl(path));
        if (!cur.ok || !cur.data) {
          status(t("page-save-failed") + " " + Y.failure(cur), "failed");
          return;
        }
        E.version = cur.data.version;
        blocked = false;
        E.savedEdits = -1; // mine is not saved yet
        await save();
      } else if (choice === "file") {
        const cur = await Y.api("GET", Y.planUrl(path));
        if (!cur.ok || !cur.data) {
          status(t("page-save-failed") + " " + Y.failure(cur), "failed");
          return;
        }
        E.plan = cur.data.plan;
        E.version = cur.data.version;
        E.edits++;
        E.savedEdits = E.edits;
        E.last.diagnostics = cur.data.diagnostics || [];
        blocked = false;
        E.rebuild();
        afterChange();
        status(t("page-loaded-file"), "ok");
      } else {
        status(t("page-save-stale-status"), "failed");
      }
    };

    /** Saving cannot keep some hand-written comments: list them and ask. */
    const rewrite = async (data) => {
      blocked = true;
      status(t("page-save-waiting"), "failed");
      const lost = Array.isArray(data.lost) ? data.lost : [];
      const choice = await Y.dialog({
        title: t("page-rewrite-title"),
        content: [
          h("p", {}, t("page-rewrite-text")),
          h(
            "ul",
            { class: "lost", tabindex: "0", "aria-label": t("page-rewrite-title") },
            lost.slice(0, 30).map((l) => h("li", {}, h("span", { class: "line" }, t("page-line", { line: l.line })), " ", h("code", {}, l.what))),
          ),
          lost.length > 30 ? h("p", {}, t("page-rewrite-more", { n: lost.length - 30 })) : null,
          h("p", {}, t("page-rewrite-history")),
        ],
        buttons: [
          { label: t("page-rewrite-confirm"), value: "ok", primary: true },
          { label: t("page-decide-later"), value: "cancel" },
        ],
      });
      if (choice === "ok") {
        blocked = false;
        E.savedEdits = -1;
        await save({ rewrite: true });
      } else {
        status(t("page-save-not-yet"), "failed");
      }
    };

    saveButton.addEventListener("click", () => {
      blocked = false;
      if (!dirty()) {
        status(t("page-saved-at", { time: Y.clock() }), "ok");
        return;
      }
      save();
    });

    // On leaving: send what is not saved (the browser keeps the request
    // alive), and ask the browser to warn when saving is waiting for an answer.
    const flush = () => {
      if (dirty() && !saving && !blocked) {
        put(undefined, true);
      }
    };
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden" && dirty() && !blocked) {
        clearTimeout(saveTimer);
        save();
      }
    });
    window.addEventListener("pagehide", flush);
    window.addEventListener("beforeunload", (e) => {
      if (dirty() && (blocked || saving)) {
        e.preventDefault();
        e.returnValue = "";
      } else flush();
    });

    // ---- Every change ----------------------------------------------------------
    const afterChange = () => {
      clearTimeout(checkTimer);
      checkTimer = setTimeout(() => {
        check();
        preview.refresh();
      }, CHECK_AFTER);
    };
    E.changed = () => {
      E.edits++;
      status(t("page-unsaved"), "busy");
      afterChange();
      schedule();
      setTitle();
    };

    // A monitoring report: the plans of the folder it may follow, and the
    // needs of the one it follows, to choose from (not file names to type).
    E.loadNeeds = async (written) => {
      E.needChoices = null;
      if (!written) return;
      const p = await Y.api("GET", Y.planUrl(normalize(dirOf(path) + written)));
      if (p.ok && p.data && p.data.plan && Array.isArray(p.data.plan.needs)) {
        E.needChoices = p.data.plan.needs
          .filter((n) => n && n.id)
          .map((n, i) => {
            const words = n.need && typeof n.need === "object" ? n.need.text : n.need;
            return [n.id, t("page-place-need", { n: i + 1 }) + "：" + (words || n.id)];
          });
      }
    };
    if (E.plan.kind === "monitoring") {
      const list = await Y.api("GET", "/api/plans");
      if (list.ok && Array.isArray(list.data)) {
        E.planChoices = list.data
          .filter((p) => p.kind !== "monitoring" && p.path !== path)
          .map((p) => [
            relative(dirOf(path), p.path),
            t("page-plan-choice", {
              name: p.name || t("page-no-name"),
              kind: t(p.kind === "plan-draft" ? "page-kind-draft" : "page-kind-plan"),
              date: Y.showDate(p.created),
            }),
          ]);
      }
      await E.loadNeeds(E.plan.monitoring && E.plan.monitoring.plan);
    }

    E.rebuild();
    status(t("page-saved-none"), "");
    check();
    preview.refresh();
  };
})();
