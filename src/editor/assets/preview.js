// The pages beside the form: the easy version and the official form as
// they will print, updated as one types. One render in flight per
// version; a response for an older plan is dropped; only pages whose
// fingerprint changed are fetched again; a failed render keeps the last
// good pages and says why.
"use strict";
(() => {
  const { h, t } = Y;

  const VARIANTS = [
    ["easy", "page-variant-easy"],
    ["official", "page-variant-official"],
  ];

  Y.preview = (E) => {
    const state = {};
    const tabs = h("div", { class: "tabs", role: "tablist", "aria-label": t("page-preview-title") });
    const panels = h("div", { class: "panels" });
    let active = "easy";
    // Both versions at once, each beside the other, to see that the easy
    // version says what the official one says.
    let both = false;
    const shown = () => (both ? VARIANTS.map(([v]) => v) : [active]);

    for (const [variant, words] of VARIANTS) {
      const tab = h(
        "button",
        {
          type: "button",
          role: "tab",
          class: "tab",
          id: "tab-" + variant,
          "aria-controls": "panel-" + variant,
          "aria-selected": variant === active ? "true" : "false",
          tabindex: variant === active ? "0" : "-1",
        },
        t(words),
      );
      const name = h("h3", { class: "panel-name", hidden: true }, t(words));
      const status = h("div", { class: "preview-status", role: "status" });
      const problem = h("div", { class: "preview-problem", hidden: true });
      const pages = h("div", { class: "pages" });
      const panel = h(
        "div",
        { role: "tabpanel", id: "panel-" + variant, "aria-labelledby": "tab-" + variant, class: "panel", hidden: variant !== active, tabindex: "0" },
        name,
        status,
        problem,
        pages,
      );
      tab.addEventListener("click", () => select(variant));
      tab.addEventListener("keydown", (e) => {
        if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
          const i = VARIANTS.findIndex(([v]) => v === variant);
          const next = VARIANTS[(i + (e.key === "ArrowRight" ? 1 : VARIANTS.length - 1)) % VARIANTS.length][0];
          select(next);
          state[next].tab.focus();
        }
      });
      tabs.append(tab);
      panels.append(panel);
      state[variant] = {
        tab,
        panel,
        name,
        status,
        problem,
        pages,
        words,
        inflight: false,
        again: false,
        seen: -1, // the edit count of the pages shown
        shown: [], // [{hash, url, img}]
      };
    }

    const select = (variant) => {
      active = variant;
      for (const [v] of VARIANTS) {
        const s = state[v];
        const on = v === variant;
        s.tab.setAttribute("aria-selected", on ? "true" : "false");
        s.tab.tabIndex = on ? 0 : -1;
        s.panel.hidden = !on;
      }
      refresh();
    };

    /** Fetches page `n` of `variant` for `body`; {ok, count, hashes, blob} or a failure. */
    const page = async (variant, body, n) => {
      const r = await Y.api("POST", "/api/render", Object.assign({}, body, { variant, format: "svg", page: n }), { raw: true });
      if (!r.ok) {
        let data = null;
        try {
          data = await r.response.json();
        } catch (_) {
          data = null;
        }
        return { ok: false, status: r.status, data };
      }
      const count = Number(r.headers.get("X-Pages") || "1");
      const hashes = (r.headers.get("X-Page-Hashes") || "").split(",").filter(Boolean);
      const blob = await r.response.blob();
      return { ok: true, count, hashes, blob };
    };

    const place = (s, variant, i, hash, blob) => {
      const url = URL.createObjectURL(new Blob([blob], { type: "image/svg+xml" }));
      const alt = t("page-page-alt", { variant: t(s.words), n: i + 1 });
      const old = s.shown[i];
      if (old) {
        URL.revokeObjectURL(old.url);
        old.img.src = url;
        old.img.alt = alt;
        old.hash = hash;
        old.url = url;
      } else {
        const img = h("img", { src: url, alt, class: "page-img", loading: "lazy" });
        s.pages.append(h("figure", { class: "page" }, img));
        s.shown[i] = { hash, url, img };
      }
    };

    const run = async (variant) => {
      const s = state[variant];
      if (s.inflight) {
        s.again = true;
        return;
      }
      if (s.seen === E.edits) return;
      s.inflight = true;
      const edits = E.edits;
      const body = { plan: E.plan, path: E.path };
      const snapshot = JSON.parse(JSON.stringify(body));
      s.status.textContent = t("page-preview-making");
      s.panel.setAttribute("aria-busy", "true");
      try {
        const first = await page(variant, snapshot, 1);
        if (!first.ok) {
          showProblem(s, first);
          s.seen = edits;
          return;
        }
        s.problem.hidden = true;
        s.panel.classList.remove("stale");
        if (!s.shown[0] || s.shown[0].hash !== first.hashes[0]) place(s, variant, 0, first.hashes[0], first.blob);
        for (let i = 1; i < first.count; i++) {
          if (E.edits !== edits) break; // a newer plan: start again
          if (s.shown[i] && s.shown[i].hash === first.hashes[i]) continue;
          const p = await page(variant, snapshot, i + 1);
          if (!p.ok) break;
          place(s, variant, i, first.hashes[i], p.blob);
        }
        if (E.edits === edits) {
          while (s.shown.length > first.count) {
            const old = s.shown.pop();
            URL.revokeObjectURL(old.url);
            old.img.closest("figure").remove();
          }
          s.seen = edits;
        }
        s.status.textContent = t("page-preview-pages", { n: first.count });
      } finally {
        s.inflight = false;
        s.panel.removeAttribute("aria-busy");
        if (s.again || (E.edits !== edits && shown().includes(variant))) {
          s.again = false;
          run(variant);
        }
      }
    };

    const showProblem = (s, failure) => {
      s.status.textContent = "";
      s.problem.hidden = false;
      s.panel.classList.toggle("stale", s.shown.length > 0);
      const data = failure.data || {};
      const diags = Array.isArray(data.diagnostics) ? data.diagnostics.filter((d) => d.severity === "error") : [];
      s.problem.replaceChildren(
        ...[
        h("p", { class: "problem-title" }, h("span", { "aria-hidden": "true" }, "⚠ "), data.message || Y.failure(failure)),
        diags.length
          ? h(
              "ul",
              {},
              diags.slice(0, 8).map((d) => h("li", {}, d.path ? Y.place(d.path) + "：" : "", d.message)),
            )
          : null,
        s.shown.length ? h("p", { class: "note" }, t("page-preview-last-good")) : null,
        ].filter(Boolean),
      );
    };

    /** Renders the version shown, if the plan changed since its pages. */
    const refresh = () => shown().forEach(run);

    const compare = h("button", { type: "button", class: "button small compare", "aria-pressed": "false" }, t("page-preview-both"));
    compare.addEventListener("click", () => {
      both = !both;
      compare.setAttribute("aria-pressed", both ? "true" : "false");
      panels.classList.toggle("both", both);
      document.body.classList.toggle("preview-both", both);
      tabs.hidden = both;
      for (const [v, words] of VARIANTS) {
        const s = state[v];
        s.panel.hidden = !(both || v === active);
        s.name.hidden = !both;
        // Side by side the panels are regions named by their version.
        if (both) {
          s.panel.setAttribute("role", "region");
          s.panel.removeAttribute("aria-labelledby");
          s.panel.setAttribute("aria-label", t(words));
        } else {
          s.panel.setAttribute("role", "tabpanel");
          s.panel.setAttribute("aria-labelledby", "tab-" + v);
          s.panel.removeAttribute("aria-label");
        }
      }
      refresh();
    });

    const aside = h(
      "aside",
      { class: "preview", "aria-labelledby": "preview-title" },
      h("div", { class: "preview-head" }, h("h2", { id: "preview-title" }, t("page-preview-title")), compare),
      tabs,
      panels,
    );
    return { element: aside, refresh };
  };

  // ---- Downloads ---------------------------------------------------------------
  /** The file name of a download from its Content-Disposition. */
  const fileName = (disposition, fallback) => {
    if (!disposition) return fallback;
    const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    if (star) {
      try {
        return decodeURIComponent(star[1]);
      } catch (_) {
        /* fall through */
      }
    }
    const plain = /filename="?([^";]+)"?/i.exec(disposition);
    return plain ? plain[1] : fallback;
  };

  /** The download buttons: each makes the PDF of the plan as it is now. */
  Y.downloads = (E, status) => {
    const kinds = [
      ["official", {}, "page-download-official"],
      ["easy", {}, "page-download-easy"],
      ["meeting", {}, "page-download-meeting"],
      ["easy", { paper: "a3", large: true }, "page-download-a3"],
    ];
    const box = h("div", { class: "downloads", role: "group", "aria-labelledby": "downloads-title" }, h("h2", { id: "downloads-title", class: "small-title" }, t("page-downloads")));
    for (const [variant, print, words] of kinds) {
      const b = h("button", { type: "button", class: "button" }, t(words));
      b.addEventListener("click", async () => {
        b.disabled = true;
        status.textContent = t("page-download-making");
        const r = await Y.api(
          "POST",
          "/api/render",
          { plan: E.plan, path: E.path, variant, format: "pdf", print },
          { raw: true },
        );
        b.disabled = false;
        if (!r.ok) {
          let data = null;
          try {
            data = await r.response.json();
          } catch (_) {
            data = null;
          }
          status.textContent = (data && data.message) || Y.failure(r);
          return;
        }
        const blob = await r.response.blob();
        const url = URL.createObjectURL(blob);
        const a = h("a", { href: url, download: fileName(r.headers.get("Content-Disposition"), "plan.pdf"), class: "visually-hidden" });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60000);
        status.textContent = t("page-download-done", { name: a.download });
      });
      box.append(b);
    }
    return box;
  };
})();
