// The caseload (/): everyone in the folder with what is due, and new plans.
"use strict";
(() => {
  const { h, t } = Y;

  const KIND = { plan: "page-kind-plan", "plan-draft": "page-kind-draft", monitoring: "page-kind-monitoring" };

  /** The bands of check's score, as the checker names them. */
  const band = (score) =>
    score >= 80 ? 5 : score >= 60 ? 4 : score >= 40 ? 3 : score >= 20 ? 2 : 1;

  /** A mark that says a state in words, with a symbol (never colour alone). */
  const mark = (kind, symbol, text) =>
    h("span", { class: "mark mark-" + kind }, h("span", { "aria-hidden": "true", class: "mark-symbol" }, symbol), text);

  /** What is due about the monitoring month `m` (null when nothing). */
  // What is due comes from the server, worked out as `yomeru due` does.
  const monitoringState = (p) => {
    if (p.late_monitoring && p.late_monitoring.length > 0) return mark("late", "!", t("page-due-past"));
    if (p.due_now) return mark("due", "●", t("page-due-now"));
    return null;
  };

  /** What is due about the end of the certificate period. */
  const validState = (p) => {
    if (p.certificate === "ended") return mark("late", "!", t("page-valid-past"));
    if (p.certificate === "ending") return mark("due", "●", t("page-valid-soon"));
    return null;
  };

  /** A file name made from a person's name: 山田 花子 → 山田-花子. */
  const stemOf = (name) =>
    name
      .trim()
      .replace(/[\\/:*?"<>|.\s\u3000\u0000-\u001f]+/g, "-")
      .replace(/^-+|-+$/g, "") || "plan";

  /** Creates a plan file at the first free `stem(-N).yaml`; the created path or a failure. */
  const createAt = async (dir, stem, body) => {
    for (let n = 1; n < 50; n++) {
      const path = dir + stem + (n === 1 ? "" : "-" + n) + ".yaml";
      // Dated the day it is made, as a paper form would be.
      const r = await Y.api("POST", "/api/plans", Object.assign({ path, created: Y.today() }, body));
      if (r.ok) return { path: r.data && r.data.path ? r.data.path : path };
      if (!(r.status === 409 && r.data && r.data.error === "exists")) return { failure: Y.failure(r) };
    }
    return { failure: t("page-error-other", { status: 409 }) };
  };

  const editUrl = (path) => "/edit?path=" + encodeURIComponent(path);
  const readUrl = (path) => "/read?path=" + encodeURIComponent(path);

  /** A new monitoring report from the plan at `path`: created, then opened. */
  const newReport = async (plan, button, status) => {
    button.disabled = true;
    status.textContent = t("page-creating");
    const slash = plan.path.lastIndexOf("/");
    const dir = slash >= 0 ? plan.path.slice(0, slash + 1) : "";
    const file = plan.path.slice(slash + 1).replace(/\.(ya?ml|json|toml)$/i, "");
    const made = await createAt(dir, file + "-" + Y.thisMonth(), {
      kind: "monitoring",
      child: false,
      from: plan.path,
      name: plan.name || undefined,
    });
    if (made.path) {
      location.href = editUrl(made.path);
    } else {
      button.disabled = false;
      status.textContent = made.failure;
    }
  };

  const table = (plans, status) => {
    const head = h(
      "tr",
      {},
      ["page-col-name", "page-col-kind", "page-col-created", "page-col-monitoring", "page-col-valid", "page-col-errors", "page-col-score", "page-col-actions"].map(
        (id) => h("th", { scope: "col" }, t(id)),
      ),
    );
    const rows = plans.map((p) => {
      const name = p.name || t("page-no-name");
      const actions = h(
        "div",
        { class: "actions" },
        h("a", { class: "button primary", href: editUrl(p.path), "aria-label": t("page-open-named", { name }) }, t("page-open")),
        h("a", { class: "button", href: readUrl(p.path), "aria-label": t("page-read-named", { name }) }, t("page-read")),
      );
      // A report follows a 本計画: a draft is monitored once it is final.
      if (p.kind === "plan" || !p.kind) {
        const b = h(
          "button",
          { type: "button", class: "button", "aria-label": t("page-new-report-named", { name }) },
          t("page-new-report"),
        );
        b.addEventListener("click", () => newReport(p, b, status));
        actions.append(b);
      }
      const draft = p.kind === "plan-draft";
      const monitoring = draft || p.latest === false || !p.next_monitoring ? null : p.next_monitoring;
      const valid = p.latest === false ? null : p.valid_until;
      return h(
        "tr",
        {},
        h(
          "th",
          { scope: "row", class: "who" },
          h("span", { class: "name" }, name),
          p.name_reading ? h("span", { class: "reading" }, p.name_reading) : null,
          h("span", { class: "file" }, p.path),
        ),
        h("td", { "data-label": t("page-col-kind"), class: "nowrap" }, t(KIND[p.kind] || "page-kind-plan")),
        h("td", { "data-label": t("page-col-created"), class: "nowrap" }, Y.showDate(p.created)),
        h(
          "td",
          { "data-label": t("page-col-monitoring") },
          monitoring ? Y.showDate(monitoring) : t("page-none"),
          monitoring ? monitoringState(p) : null,
          draft ? h("span", { class: "note" }, "（" + t("page-due-draft") + "）") : null,
        ),
        h(
          "td",
          { "data-label": t("page-col-valid") },
          valid ? Y.showDate(valid) : t("page-none"),
          valid ? validState(p) : null,
        ),
        h(
          "td",
          { "data-label": t("page-col-errors"), class: "nowrap" },
          p.errors > 0 ? mark("late", "!", t("page-errors-count", { n: p.errors })) : t("page-errors-none"),
        ),
        h(
          "td",
          { "data-label": t("page-col-score"), class: "nowrap" },
          p.score === null || p.score === undefined
            ? t("page-none")
            : t("page-score", { score: p.score, band: t("page-band-" + band(p.score)) }),
        ),
        h("td", { "data-label": t("page-col-actions") }, actions),
      );
    });
    return h(
      "table",
      { class: "caseload" },
      h("caption", { class: "visually-hidden" }, t("page-caseload-caption")),
      h("thead", {}, head),
      h("tbody", {}, rows),
    );
  };

  /** The summary above the table: who needs a monitoring this month or has passed it. */
  const summary = (plans) => {
    let due = 0;
    let late = 0;
    let ending = 0;
    for (const p of plans) {
      if (p.latest === false || p.kind === "plan-draft") continue;
      if (p.due_now) due++;
      if (p.late_monitoring && p.late_monitoring.length > 0) late++;
      if (p.certificate) ending++;
    }
    return h(
      "ul",
      { class: "summary" },
      h("li", {}, t("page-summary-due", { n: due })),
      h("li", {}, t("page-summary-late", { n: late })),
      h("li", {}, t("page-summary-valid", { n: ending })),
    );
  };

  /** The form for a new plan: name, adult or child, draft or final. */
  const newPlanForm = () => {
    const status = h("p", { class: "status", role: "status" });
    const name = h("input", { id: "new-name", type: "text", autocomplete: "off", required: true, "aria-describedby": "new-name-hint" });
    const radio = (group, value, label, checked) => {
      const id = "new-" + group + "-" + value;
      return h(
        "div",
        { class: "choice" },
        h("input", { type: "radio", name: group, id, value, checked }),
        h("label", { for: id }, label),
      );
    };
    const form = h(
      "form",
      { class: "new-plan", "aria-labelledby": "new-title" },
      h("h2", { id: "new-title" }, t("page-new-title")),
      h(
        "div",
        { class: "field" },
        h("label", { for: "new-name" }, t("page-new-name")),
        h("p", { class: "hint", id: "new-name-hint" }, t("page-new-name-hint")),
        name,
      ),
      h(
        "fieldset",
        {},
        h("legend", {}, t("page-new-who")),
        radio("who", "adult", t("page-new-adult"), true),
        radio("who", "child", t("page-new-child"), false),
      ),
      h(
        "fieldset",
        {},
        h("legend", {}, t("page-new-kind")),
        radio("kind", "plan-draft", t("page-kind-draft"), true),
        radio("kind", "plan", t("page-kind-plan"), false),
      ),
      h("button", { type: "submit", class: "button primary" }, t("page-new-create")),
      status,
    );
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const person = name.value.trim();
      if (!person) {
        status.textContent = t("page-new-name-missing");
        name.setAttribute("aria-invalid", "true");
        name.focus();
        return;
      }
      name.removeAttribute("aria-invalid");
      const submit = form.querySelector("button[type=submit]");
      submit.disabled = true;
      status.textContent = t("page-creating");
      const made = await createAt("", stemOf(person), {
        kind: form.elements.kind.value,
        child: form.elements.who.value === "child",
        name: person,
      });
      if (made.path) location.href = editUrl(made.path);
      else {
        submit.disabled = false;
        status.textContent = made.failure;
      }
    });
    return form;
  };

  Y.views.caseload = async () => {
    const main = Y.main(t("page-title-caseload"));
    const loading = h("p", { role: "status" }, t("page-loading"));
    main.append(loading);
    const r = await Y.api("GET", "/api/plans");
    loading.remove();
    if (!r.ok) {
      main.append(h("p", { role: "alert", class: "problem" }, Y.failure(r)));
      return;
    }
    const plans = r.data.slice().sort(
      (a, b) =>
        String(a.name_reading || a.name || "").localeCompare(String(b.name_reading || b.name || ""), "ja") ||
        String(b.created || "").localeCompare(String(a.created || "")),
    );
    const status = h("p", { class: "status", role: "status" });
    const list = h("section", { "aria-labelledby": "list-title" }, h("h2", { id: "list-title" }, t("page-list-title")));
    if (plans.length === 0) list.append(h("p", {}, t("page-list-empty")));
    else list.append(summary(plans), status, h("div", { class: "table-wrap" }, table(plans, status)));
    main.append(list, newPlanForm());
  };
})();
