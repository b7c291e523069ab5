// The plan as a form, in the order and words of the official form.
// `Y.form(E)` builds it from E.plan; every change goes through E.changed().
// Fields register themselves in E.fields by key path ("needs[0].goal"), so
// the checker's messages can be shown on them.
"use strict";
(() => {
  const { h, t } = Y;

  // ---- Key paths ----------------------------------------------------------
  const pathStr = (path) =>
    path.reduce((s, p) => (typeof p === "number" ? s + "[" + p + "]" : s ? s + "." + p : p), "");
  const idOf = (path) => "f-" + path.join("-").replace(/[^A-Za-z0-9_-]/g, "_");
  Y.pathStr = pathStr;

  /** "needs[0].goal.plain" → ["needs", 0, "goal", "plain"]. */
  const parsePath = (s) => {
    const out = [];
    for (const part of String(s || "").split(".")) {
      const re = /([^[\]]+)|\[(\d+)\]/g;
      let m;
      while ((m = re.exec(part))) out.push(m[1] !== undefined ? m[1] : Number(m[2]));
    }
    return out;
  };
  Y.parsePath = parsePath;

  const get = (obj, path) => path.reduce((o, k) => (o === null || o === undefined ? undefined : o[k]), obj);

  const set = (obj, path, value) => {
    let o = obj;
    for (let i = 0; i < path.length - 1; i++) {
      const k = path[i];
      if (o[k] === null || o[k] === undefined || typeof o[k] !== "object") o[k] = typeof path[i + 1] === "number" ? [] : {};
      o = o[k];
    }
    o[path[path.length - 1]] = value;
  };

  /**
   * Empties the key at `path`: null where the plan has the key, so that its
   * file keeps the line and its comment (`called:  # 呼び名`, as a new
   * plan's file has it); a plan reads null as not written.
   */
  const del = (obj, path) => {
    const parent = get(obj, path.slice(0, -1));
    if (!parent || typeof parent !== "object" || Array.isArray(parent)) return;
    const k = path[path.length - 1];
    if (k in parent) parent[k] = null;
  };
  Y.get = get;
  Y.set = set;

  // ---- Words for places -----------------------------------------------------
  /** Where a key path is, in the page's words: 「課題1の 支援目標」. */
  const LIST_ITEM = {
    needs: "page-place-need",
    services: "page-place-service",
    slots: "page-place-slot",
    rows: "page-place-row",
    strengths: "page-place-strength",
    supporters: "page-place-supporter",
    community_issues: "page-place-issue",
    daily_life: "page-place-daily",
  };
  const FIELD_WORDS = {
    "person.name": "page-f-name",
    "person.name_reading": "page-f-name-reading",
    "person.called": "page-f-called",
    "person.birth_date": "page-f-birth-date",
    "person.child": "page-f-child",
    "person.photo": "page-f-photo",
    "person.guardian": "page-f-guardian",
    "person.guardian.name": "page-f-guardian-name",
    "person.guardian.name_reading": "page-f-guardian-reading",
    "person.guardian.relation": "page-f-guardian-relation",
    "certificates.support_category": "page-f-support-category",
    "certificates.welfare_number": "page-f-welfare-number",
    "certificates.community_number": "page-f-community-number",
    "certificates.day_service_number": "page-f-day-service-number",
    "certificates.copay_limit_yen": "page-f-copay",
    "certificates.valid_until": "page-f-valid-until",
    "person.area": "page-f-area",
    reason: "page-f-unmet-reason",
    since: "page-f-unmet-since",
    note: "page-f-unmet-note",
    topic: "page-f-issue-topic",
    share: "page-f-issue-share",
    "community_issues.text": "page-f-issue-text",
    "office.name": "page-f-office",
    "office.planner": "page-f-planner",
    "office.planner_reading": "page-f-planner-reading",
    "office.phone": "page-f-phone",
    "dates.created": "page-f-created",
    "dates.start": "page-f-start",
    "dates.monitoring_every_months": "page-f-monitoring-every",
    "dates.monitoring_from": "page-f-monitoring-from",
    "dates.monitored_on": "page-f-monitored-on",
    "wishes.person": "page-f-wishes-person",
    "wishes.family": "page-f-wishes-family",
    policy: "page-f-policy",
    long_term_goal: "page-f-long-term",
    short_term_goal: "page-f-short-term",
    kind: "page-f-kind",
    "needs.services.kind": "page-f-service-kind",
    priority: "page-f-priority",
    need: "page-f-need",
    goal: "page-f-goal",
    achieve_by: "page-f-achieve-by",
    my_role: "page-f-my-role",
    review_at: "page-f-review-at",
    notes: "page-f-notes",
    photo: "page-f-photo",
    detail: "page-f-service-detail",
    amount: "page-f-service-amount",
    provider: "page-f-service-provider",
    contact: "page-f-service-contact",
    formal: "page-f-service-informal",
    days: "page-f-days",
    from: "page-f-from",
    to: "page-f-to",
    label: "page-f-slot-label",
    service: "page-f-slot-service",
    "weekly.non_weekly": "page-f-non-weekly",
    "weekly.whole_picture": "page-f-whole-picture",
    "monitoring.overall": "page-f-overall",
    "monitoring.plan": "page-f-monitoring-plan",
    status: "page-f-status",
    person_view: "page-f-person-view",
    achievement: "page-f-achievement",
    progress: "page-f-progress",
    next: "page-f-next",
    change: "page-f-change",
    "consent.signed_by": "page-f-signed-by",
    "consent.date": "page-f-consent-date",
    role: "page-f-supporter-role",
    name: "page-f-supporter-name",
    readings: "page-readings-title",
  };

  /** The place of `path` (an array or a string) in words. */
  Y.place = (path) => {
    if (typeof path === "string") path = parsePath(path);
    const parts = [];
    let key = null;
    let named = null;
    let plain = false;
    for (let i = 0; i < path.length; i++) {
      const p = path[i];
      if (typeof p === "number") {
        if (key === "needs" || key === "services" || key === "slots" || key === "rows" || key === "strengths" || key === "supporters" || key === "daily_life" || key === "community_issues") {
          parts.push(t(LIST_ITEM[key], { n: p + 1 }));
          named = null;
        }
        continue;
      }
      if (p === "text" || p === "plain" || p === "pictogram" || p === "voice") {
        if (p === "plain") plain = true;
        continue;
      }
      key = p;
      const full = pathStr(path.slice(0, i + 1).filter((x) => typeof x !== "number"));
      if (FIELD_WORDS[full]) named = FIELD_WORDS[full];
      else if (FIELD_WORDS[p] && (i > 0 || !(p in LIST_ITEM))) named = FIELD_WORDS[p];
      else if (!(p in LIST_ITEM)) named = null;
      if (p in LIST_ITEM && path[i + 1] === undefined) named = "page-section-" + p.replace("_", "-");
    }
    if (named) parts.push(t(named) + (plain ? t("page-place-plain") : ""));
    if (parts.length === 0) return t("page-place-plan");
    return parts.join(t("page-place-join"));
  };

  // ---- Text fields ----------------------------------------------------------
  /** A text field's value as a map. */
  const textOf = (v) => {
    if (v === null || v === undefined) return { text: "" };
    if (typeof v === "object") return Object.assign({ text: "" }, v);
    return { text: String(v) };
  };

  /** A text field's value to write: a plain string when it has only text. */
  const textValue = (m) => {
    const out = {};
    for (const k of ["text", "plain", "pictogram"]) if (m[k]) out[k] = m[k];
    if (m.voice) out.voice = true;
    const keys = Object.keys(out);
    if (keys.length === 0) return null;
    if (keys.length === 1 && keys[0] === "text") return out.text;
    if (!("text" in out)) out.text = "";
    return out;
  };

  // ---- The builder -----------------------------------------------------------
  Y.form = (E) => {
    const plan = E.plan;
    E.fields = {};
    let uid = 0;

    /** Registers a field's container, its focus target and message box. */
    const register = (path, box, input, extra) => {
      const key = pathStr(path);
      const msg = h("div", { class: "messages", id: idOf(path) + "-msg" });
      box.append(msg);
      E.fields[key] = Object.assign({ box, input, msg, path, place: Y.place(path) }, extra || {});
      if (input) {
        const d = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
        d.push(msg.id);
        input.setAttribute("aria-describedby", d.join(" "));
      }
      return msg;
    };

    const write = (path, value, optional) => {
      if ((value === "" || value === null || value === undefined) && optional !== false) del(plan, path);
      else set(plan, path, value);
      E.changed();
    };

    const hintEl = (id, text) => (text ? h("p", { class: "hint", id }, text) : null);

    /** A one-line input: kind is "text", "date", "month", "time", "number". */
    const input = (path, label, opts = {}) => {
      const id = idOf(path);
      const kind = opts.kind || "text";
      const hints = {
        date: t("page-hint-date"),
        month: t("page-hint-month"),
        time: t("page-hint-time"),
        number: opts.hint || null,
      };
      const hint = opts.hint || hints[kind] || null;
      const value = get(plan, path);
      const el = h("input", {
        id,
        type: "text",
        class: "input-" + kind,
        autocomplete: "off",
        spellcheck: kind === "text" ? null : "false",
        inputmode: kind === "number" ? "numeric" : kind === "time" ? "numeric" : opts.inputmode || null,
        value: value === null || value === undefined ? "" : String(value),
        "aria-describedby": hint ? id + "-hint" : null,
        required: opts.required || null,
        placeholder: opts.placeholder || null,
      });
      el.addEventListener("input", () => {
        let v = el.value.trim();
        if (kind === "number") {
          const n = v.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，円]/g, "");
          if (/^\d+$/.test(n)) v = Number(n);
        }
        write(path, v, !opts.required);
      });
      const box = h(
        "div",
        { class: "field field-" + kind + (opts.wide ? " wide" : "") },
        h("label", { for: id }, label),
        hintEl(id + "-hint", hint),
        el,
      );
      register(path, box, el);
      return box;
    };

    /** A choice from a list: options [[value, words], …]; "" is none. */
    const select = (path, label, options, opts = {}) => {
      const id = idOf(path);
      const value = get(plan, path);
      // A value the list does not know is kept, shown as written.
      if (value !== undefined && value !== null && value !== "" && !options.some(([v]) => String(v) === String(value))) {
        options = options.concat([[value, String(value)]]);
      }
      const el = h(
        "select",
        { id },
        options.map(([v, words]) =>
          h("option", { value: String(v), selected: String(value === undefined || value === null ? "" : value) === String(v) }, words),
        ),
      );
      el.addEventListener("change", () => {
        const chosen = options.find(([v]) => String(v) === el.value);
        const v = chosen ? chosen[0] : el.value;
        write(path, v, opts.optional !== false);
        if (opts.rebuild) E.rebuild(id);
        if (opts.then) opts.then(id);
      });
      const box = h("div", { class: "field field-select" }, h("label", { for: id }, label), el);
      register(path, box, el);
      return box;
    };

    /** A yes/no box. `invert`: checked means false. */
    const checkbox = (path, label, opts = {}) => {
      const id = idOf(path);
      const value = get(plan, path);
      const on = opts.invert ? value === false : !!value;
      const el = h("input", { type: "checkbox", id, checked: on });
      el.addEventListener("change", () => {
        const v = opts.invert ? !el.checked : el.checked;
        // The default is left unwritten, unless the plan already says it.
        if (v !== (opts.default || false) || get(plan, path) !== undefined) set(plan, path, v);
        E.changed();
        if (opts.rebuild) E.rebuild(id);
      });
      const box = h("div", { class: "field field-check" }, el, h("label", { for: id }, label));
      register(path, box, el);
      return box;
    };

    /**
     * A text field: the formal wording and the easy wording side by side,
     * a picture, and whether these are the person's own words.
     * opts.voice: always the person's words (wishes.person).
     */
    const text = (path, label, opts = {}) => {
      const id = idOf(path);
      const m = textOf(get(plan, path));
      const voiceAlways = !!opts.voice;
      const legendId = id + "-legend";
      const box = h("fieldset", { class: "textfield" + (opts.short ? " short" : ""), id: id + "-box" });
      const legend = h("legend", { id: legendId }, label);
      box.append(legend);

      const save = () => {
        const v = textValue(m);
        write(path, v === null && opts.required ? "" : v, opts.required ? false : undefined);
      };

      const formal = h(opts.short ? "input" : "textarea", {
        id,
        type: opts.short ? "text" : null,
        rows: opts.short ? null : 3,
        class: "formal",
        value: m.text,
      });
      if (!opts.short) formal.value = m.text;
      formal.addEventListener("input", () => {
        m.text = formal.value;
        save();
      });

      const plainId = id + "-plain";
      const plain = h(opts.short ? "input" : "textarea", {
        id: plainId,
        type: opts.short ? "text" : null,
        rows: opts.short ? null : 3,
        class: "plain",
        "aria-describedby": plainId + "-note",
      });
      plain.value = m.plain || "";
      plain.addEventListener("input", () => {
        m.plain = plain.value;
        save();
      });
      const plainNote = h("p", { class: "note", id: plainId + "-note" });

      // A suggested plain wording (POST /api/plain), shown with what it
      // changed marked, to use as it is, to use and correct, or to leave.
      const suggestPanel = h("div", { class: "suggest", id: id + "-suggest", role: "group", "aria-label": t("page-plain-suggestion") });
      suggestPanel.hidden = true;
      const suggestButton = h("button", { type: "button", class: "button small suggest-button", id: id + "-suggest-button" }, t("page-plain-suggest"));
      const closeSuggestion = () => {
        suggestPanel.hidden = true;
        suggestPanel.replaceChildren();
      };
      suggestButton.addEventListener("click", async () => {
        if (!(m.text || "").trim()) {
          suggestPanel.replaceChildren(h("p", { class: "msg" }, t("page-plain-nothing")));
          suggestPanel.hidden = false;
          return;
        }
        suggestButton.disabled = true;
        // The field's key path (needs[2].goal): a goal is worded as one.
        const field = path.reduce((s, p) => (typeof p === "number" ? `${s}[${p}]` : s ? `${s}.${p}` : p), "");
        const r = await Y.api("POST", "/api/plain", { text: m.text, plan: E.plan, path: E.path, field });
        suggestButton.disabled = false;
        if (!r.ok || !r.data) {
          suggestPanel.replaceChildren(h("p", { class: "msg" }, Y.failure(r)));
          suggestPanel.hidden = false;
          return;
        }
        const s = r.data;
        const shown = h(
          "p",
          { class: "suggest-text", id: id + "-suggestion", lang: "ja" },
          ...s.marks.map((mk) => (mk.changed ? h("mark", {}, mk.text) : mk.text)),
        );
        const flags = (s.flags || []).map((f) => h("p", { class: "msg" }, t("page-plain-flag-" + f.reason, { sentence: f.sentence, word: f.word })));
        const use = (correct) => {
          plain.value = s.text;
          m.plain = s.text;
          save();
          closeSuggestion();
          Y.announce(t("page-plain-used"));
          plain.focus();
          if (correct) plain.setSelectionRange(0, 0);
        };
        const accept = h("button", { type: "button", class: "button small primary", id: id + "-suggest-accept" }, t("page-plain-accept"));
        accept.addEventListener("click", () => use(false));
        const edit = h("button", { type: "button", class: "button small", id: id + "-suggest-edit" }, t("page-plain-edit"));
        edit.addEventListener("click", () => use(true));
        const refuse = h("button", { type: "button", class: "button small", id: id + "-suggest-refuse" }, t("page-plain-refuse"));
        refuse.addEventListener("click", () => {
          closeSuggestion();
          suggestButton.focus();
        });
        // Every sentence left as it was: there is nothing to use, only
        // why, and the way to close it.
        if (s.text === m.text) {
          refuse.textContent = t("page-plain-close");
          suggestPanel.replaceChildren(...flags, h("div", { class: "tools" }, refuse));
          suggestPanel.hidden = false;
          refuse.focus();
          return;
        }
        suggestPanel.replaceChildren(
          h("p", { class: "note" }, t("page-plain-suggestion-hint")),
          shown,
          ...flags,
          h("div", { class: "tools" }, accept, edit, refuse),
        );
        suggestPanel.hidden = false;
        accept.focus();
      });

      const voiceMark = h(
        "p",
        { class: "voice-mark" },
        h("span", { class: "mark-symbol", "aria-hidden": "true" }, "「」"),
        t("page-voice-mark"),
        " ",
        h("span", { class: "hint-inline" }, t("page-voice-explain")),
      );

      const formalCol = h(
        "div",
        { class: "col formal-col" },
        h("label", { for: id }, voiceAlways ? t("page-voice-words") : t("page-formal")),
        formal,
      );
      const plainCol = h(
        "div",
        { class: "col plain-col" },
        h("label", { for: plainId }, t("page-plain")),
        plain,
        plainNote,
        h("div", { class: "tools" }, suggestButton),
        suggestPanel,
      );
      const cols = h("div", { class: "cols" }, formalCol, plainCol);
      box.append(cols);

      const isVoice = () => voiceAlways || !!m.voice;
      const showVoice = () => {
        const v = isVoice();
        plainCol.hidden = v;
        voiceMark.hidden = !v;
        box.classList.toggle("voice", v);
        formalCol.querySelector("label").textContent = v ? t("page-voice-words") : t("page-formal");
      };
      box.append(voiceMark);

      const tools = h("div", { class: "tools" });
      if (!voiceAlways) {
        const vid = id + "-voice";
        const vbox = h("input", { type: "checkbox", id: vid, checked: !!m.voice });
        vbox.addEventListener("change", () => {
          m.voice = vbox.checked;
          showVoice();
          save();
        });
        tools.append(h("div", { class: "field-check" }, vbox, h("label", { for: vid }, t("page-voice-toggle"))));
      }
      if (!opts.noPicture) tools.append(pictureTool(m, save, label, id));
      box.append(tools);
      showVoice();
      register(path, box, formal, { plain, plainNote, plainCol, voice: isVoice });
      return box;
    };

    /** The picture of a text field: what is chosen, and buttons to choose or remove. */
    const pictureTool = (m, save, label, id) => {
      const shown = h("span", { class: "picture-shown" });
      const remove = h("button", { type: "button", class: "button small" }, t("page-picture-remove"));
      const choose = h("button", { type: "button", class: "button small" }, t("page-picture-choose"));
      const show = async () => {
        shown.replaceChildren();
        remove.hidden = !m.pictogram;
        if (!m.pictogram) {
          shown.append(h("span", { class: "hint-inline" }, t("page-picture-auto")));
          return;
        }
        const found = await Y.pictogram(m.pictogram);
        shown.replaceChildren(
          ...[
            found ? h("img", { src: found.svg, alt: "", class: "picto-small" }) : null,
            h("span", {}, t("page-picture-chosen", { label: found ? found.label : m.pictogram })),
          ].filter(Boolean),
        );
      };
      choose.setAttribute("aria-label", t("page-picture-choose-for", { field: label }));
      remove.setAttribute("aria-label", t("page-picture-remove-for", { field: label }));
      choose.addEventListener("click", async () => {
        const word = (m.plain || m.text || "").slice(0, 12);
        const picked = await Y.choosePicture(label, word);
        if (picked) {
          m.pictogram = picked;
          save();
          show();
        }
      });
      remove.addEventListener("click", () => {
        delete m.pictogram;
        save();
        show();
        choose.focus();
      });
      show();
      return h("div", { class: "picture", id: id + "-picture" }, shown, choose, remove);
    };

    /** A photo: a thumbnail, an upload, and a button to take it off. */
    const photo = (path, label, alt) => {
      const id = idOf(path);
      const thumb = h("div", { class: "thumb" });
      const file = h("input", { type: "file", id, accept: "image/jpeg,image/png,image/webp", class: "file" });
      // The browser's own file button speaks the browser's language; this
      // one says what it does in the page's.
      const pick = h("label", { for: id, class: "button small file-button" }, t("page-photo-choose"));
      const remove = h("button", { type: "button", class: "button small" }, t("page-photo-remove"));
      const status = h("p", { class: "note", role: "status" });
      const show = () => {
        const v = get(plan, path);
        thumb.replaceChildren();
        remove.hidden = !v;
        if (v) thumb.append(h("img", { src: E.photoUrl(v), alt: alt() }));
        else thumb.append(h("span", { class: "hint-inline" }, t("page-photo-none")));
      };
      file.addEventListener("change", async () => {
        const f = file.files && file.files[0];
        if (!f) return;
        status.textContent = t("page-photo-uploading");
        const r = await Y.api("POST", Y.planUrl(E.path) + "/photos", f);
        if (r.ok && r.data) {
          if (r.data.url) E.photoUrls[r.data.photo] = r.data.url;
          write(path, r.data.photo);
          status.textContent = t("page-photo-added");
          show();
        } else status.textContent = Y.failure(r);
        file.value = "";
      });
      remove.addEventListener("click", () => {
        write(path, "");
        show();
        file.focus();
      });
      show();
      const box = h(
        "div",
        { class: "field field-photo" },
        h("label", { for: id }, label),
        thumb,
        file,
        pick,
        remove,
        status,
      );
      register(path, box, file);
      return box;
    };

    /**
     * A list that grows and reorders: each item with buttons to move it
     * up, down, or remove it (with undo); and a button to add one.
     */
    const list = (path, { item, make, title, add, heading }) => {
      const items = get(plan, path) || [];
      const box = h("div", { class: "list", id: idOf(path) + "-list" });
      items.forEach((_, i) => {
        const ip = path.concat(i);
        const name = title(i);
        const up = h("button", { type: "button", class: "button small", id: idOf(ip) + "-up", disabled: i === 0 }, "↑ " + t("page-move-up"));
        const down = h("button", { type: "button", class: "button small", id: idOf(ip) + "-down", disabled: i === items.length - 1 }, "↓ " + t("page-move-down"));
        const remove = h("button", { type: "button", class: "button small danger", id: idOf(ip) + "-remove" }, "✕ " + t("page-remove"));
        up.setAttribute("aria-label", t("page-move-up-named", { item: name }));
        down.setAttribute("aria-label", t("page-move-down-named", { item: name }));
        remove.setAttribute("aria-label", t("page-remove-named", { item: name }));
        const move = (to, focusId) => {
          const arr = get(plan, path);
          const [x] = arr.splice(i, 1);
          arr.splice(to, 0, x);
          E.changed();
          E.rebuild(idOf(path.concat(to)) + focusId);
          Y.announce(t("page-moved", { item: name, n: to + 1 }));
        };
        up.addEventListener("click", () => move(i - 1, "-up"));
        down.addEventListener("click", () => move(i + 1, "-down"));
        remove.addEventListener("click", () => {
          const arr = get(plan, path);
          const [x] = arr.splice(i, 1);
          if (arr.length === 0) del(plan, path);
          E.changed();
          E.rebuild(idOf(path) + "-add");
          E.undoable(t("page-removed", { item: name }), () => {
            const a = get(plan, path) || [];
            a.splice(i, 0, x);
            set(plan, path, a);
            E.changed();
            E.rebuild(idOf(ip) + "-remove");
          });
        });
        const headingEl = h(heading || "h3", { class: "item-title", id: idOf(ip) + "-title" }, name);
        const entry = h(
          "div",
          { class: "item", role: "group", "aria-labelledby": idOf(ip) + "-title" },
          h("div", { class: "item-head" }, headingEl, h("div", { class: "item-buttons" }, up, down, remove)),
          item(ip, i),
        );
        box.append(entry);
      });
      const addButton = h("button", { type: "button", class: "button", id: idOf(path) + "-add" }, "＋ " + add);
      addButton.addEventListener("click", () => {
        const arr = get(plan, path) || [];
        arr.push(make(arr.length));
        set(plan, path, arr);
        E.changed();
        const ip = path.concat(arr.length - 1);
        E.rebuild(idOf(ip) + "-focus");
        Y.announce(t("page-added", { item: title(arr.length - 1) }));
      });
      box.append(addButton);
      return box;
    };

    const section = (key, title, ...content) =>
      h(
        "section",
        { class: "form-section", id: "s-" + key, "aria-labelledby": "s-" + key + "-title" },
        h("h2", { id: "s-" + key + "-title" }, title),
        ...content,
      );

    /** Marks the first input of an item so that adding one can focus it. */
    const focusFirst = (ip, node) => {
      const first = node.querySelector("input, textarea, select");
      if (first) first.dataset.focusId = idOf(ip) + "-focus";
      return node;
    };

    /**
     * Words for the office only (a note, a regional gap): one line, no
     * easy wording or picture, since no document for the person prints
     * them. A map written by hand keeps its other keys.
     */
    const officeText = (path, label, opts = {}) => {
      const id = idOf(path);
      const m = textOf(get(plan, path));
      const el = h("input", { id, type: "text", class: "input-text", autocomplete: "off", value: m.text, required: opts.required || null });
      el.addEventListener("input", () => {
        m.text = el.value;
        const v = textValue(m);
        write(path, v === null && opts.required ? "" : v, !opts.required);
      });
      const box = h("div", { class: "field field-text wide" }, h("label", { for: id }, label), el);
      register(path, box, el);
      return box;
    };

    /**
     * Whether a service is needed but cannot be used as planned: a reason
     * (none: it is used), then since when and a note. Choosing none takes
     * the whole mark away, so no half-written mark is left in the file.
     */
    const UNMET = ["no_provider", "full", "distance", "hours", "not_approved", "cost", "other"];
    const unmet = (sp) => {
      const up = sp.concat("unmet");
      const reason = select(
        up.concat("reason"),
        t("page-f-unmet-reason"),
        [["", t("page-unmet-none")]].concat(UNMET.map((r) => [r, t("page-unmet-" + r)])),
        {
          then: (id) => {
            if (!get(plan, up.concat("reason"))) {
              del(plan, up);
              E.changed();
            }
            E.rebuild(id);
          },
        },
      );
      const on = !!get(plan, up.concat("reason"));
      return h(
        "div",
        { class: "unmet" },
        reason,
        h("p", { class: "hint" }, t("page-hint-unmet")),
        on
          ? h(
              "div",
              { class: "grid" },
              input(up.concat("since"), t("page-f-unmet-since"), { kind: "month" }),
              officeText(up.concat("note"), t("page-f-unmet-note")),
            )
          : null,
      );
    };

    const TOPICS = ["housing", "mobility", "daytime", "work", "respite", "medical", "child", "crisis", "information", "other"];

    // ---- The form, section by section ------------------------------------
    const kind = plan.kind || "plan";
    const child = !!(plan.person && plan.person.child);
    const monitoring = kind === "monitoring";
    const personName = () => {
      const n = get(plan, ["person", "name"]);
      return typeof n === "object" && n ? n.text || "" : n || "";
    };
    const out = h("div", { class: "plan-form" });

    // 1. The document and the person.
    out.append(
      section(
        "person",
        t("page-section-person"),
        select(["kind"], t("page-f-kind"), [
          ["plan-draft", t("page-kind-draft")],
          ["plan", t("page-kind-plan")],
          ["monitoring", t("page-kind-monitoring")],
        ], { optional: false, rebuild: true }),
        h(
          "div",
          { class: "grid" },
          input(["person", "name"], child ? t("page-f-name-child") : t("page-f-name"), { required: true }),
          input(["person", "name_reading"], t("page-f-name-reading"), { required: true, hint: t("page-hint-reading") }),
          input(["person", "called"], t("page-f-called"), { hint: t("page-hint-called") }),
          input(["person", "birth_date"], t("page-f-birth-date"), { kind: "date" }),
          monitoring ? null : input(["person", "area"], t("page-f-area"), { hint: t("page-hint-area") }),
        ),
        checkbox(["person", "child"], t("page-f-child"), { rebuild: true }),
        child
          ? h(
              "div",
              { class: "grid" },
              input(["person", "guardian", "name"], t("page-f-guardian-name")),
              input(["person", "guardian", "name_reading"], t("page-f-guardian-reading")),
              input(["person", "guardian", "relation"], t("page-f-guardian-relation")),
            )
          : null,
        photo(["person", "photo"], t("page-f-photo"), () => t("page-photo-alt", { name: personName() })),
      ),
    );

    // 2. Certificates and the office; the dates.
    if (!monitoring) {
      out.append(
        section(
          "certificates",
          t("page-section-certificates"),
          h(
            "div",
            { class: "grid" },
            select(["certificates", "support_category"], t("page-f-support-category"), [
              ["", t("page-not-written")],
              [1, t("page-category", { n: 1 })],
              [2, t("page-category", { n: 2 })],
              [3, t("page-category", { n: 3 })],
              [4, t("page-category", { n: 4 })],
              [5, t("page-category", { n: 5 })],
              [6, t("page-category", { n: 6 })],
              ["非該当", t("page-category-none-applicable")],
              ["なし", t("page-category-none")],
            ]),
            input(["certificates", "welfare_number"], t("page-f-welfare-number"), { inputmode: "numeric" }),
            input(["certificates", "community_number"], t("page-f-community-number"), { inputmode: "numeric" }),
            child ? input(["certificates", "day_service_number"], t("page-f-day-service-number"), { inputmode: "numeric" }) : null,
            input(["certificates", "copay_limit_yen"], t("page-f-copay"), { kind: "number", hint: t("page-hint-yen") }),
            input(["certificates", "valid_until"], t("page-f-valid-until"), { kind: "month" }),
          ),
          h(
            "div",
            { class: "grid" },
            input(["office", "name"], t("page-f-office")),
            input(["office", "planner"], t("page-f-planner")),
            input(["office", "planner_reading"], t("page-f-planner-reading")),
            input(["office", "phone"], t("page-f-phone"), { inputmode: "tel" }),
          ),
        ),
      );
    }
    out.append(
      section(
        "dates",
        t("page-section-dates"),
        h(
          "div",
          { class: "grid" },
          input(
            ["dates", "created"],
            kind === "plan-draft" ? t("page-f-created-draft") : monitoring ? t("page-f-created-report") : t("page-f-created"),
            { kind: "date", required: true },
          ),
          monitoring ? input(["dates", "monitored_on"], t("page-f-monitored-on"), { kind: "date" }) : null,
          !monitoring ? input(["dates", "start"], t("page-f-start"), { kind: "month" }) : null,
          !monitoring
            ? input(["dates", "monitoring_every_months"], t("page-f-monitoring-every"), { kind: "number", hint: t("page-hint-months") })
            : null,
          !monitoring ? input(["dates", "monitoring_from"], t("page-f-monitoring-from"), { kind: "month" }) : null,
        ),
      ),
    );

    // 3. Monitoring (reports only): the plan it follows, the whole, each goal.
    if (monitoring) {
      out.append(
        section(
          "monitoring",
          t("page-section-monitoring"),
          E.planChoices
            ? select(["monitoring", "plan"], t("page-f-monitoring-plan"), [["", t("page-not-written")]].concat(E.planChoices), {
                // The rows' needs are those of the plan chosen.
                then: async (id) => {
                  await E.loadNeeds(get(plan, ["monitoring", "plan"]));
                  E.rebuild(id);
                },
              })
            : input(["monitoring", "plan"], t("page-f-monitoring-plan"), { hint: t("page-hint-monitoring-plan") }),
          text(["monitoring", "overall"], t("page-f-overall")),
          list(["monitoring", "rows"], {
            title: (i) => t("page-place-row", { n: i + 1 }),
            add: t("page-add-row"),
            make: () => ({ need: "" }),
            item: (ip) =>
              focusFirst(
                ip,
                h(
                  "div",
                  {},
                  E.needChoices
                    ? select(ip.concat("need"), t("page-f-row-need"), [["", t("page-not-written")]].concat(E.needChoices), { optional: false })
                    : input(ip.concat("need"), t("page-f-row-need"), { hint: t("page-hint-row-need") }),
                  text(ip.concat("status"), t("page-f-status")),
                  text(ip.concat("person_view"), t("page-f-person-view")),
                  text(ip.concat("achievement"), t("page-f-achievement")),
                  select(ip.concat("progress"), t("page-f-progress"), [
                    ["", t("page-not-written")],
                    ["not_yet", t("page-progress-not-yet")],
                    ["little", t("page-progress-little")],
                    ["half", t("page-progress-half")],
                    ["most", t("page-progress-most")],
                    ["done", t("page-progress-done")],
                  ]),
                  text(ip.concat("next"), t("page-f-next")),
                  h(
                    "fieldset",
                    { class: "checks" },
                    h("legend", {}, t("page-f-change")),
                    checkbox(ip.concat("change", "kind"), t("page-f-change-kind")),
                    checkbox(ip.concat("change", "amount"), t("page-f-change-amount")),
                    checkbox(ip.concat("change", "weekly"), t("page-f-change-weekly")),
                  ),
                  text(ip.concat("notes"), t("page-f-notes")),
                ),
              ),
          }),
        ),
      );
    }

    // 4. Wishes, policy, goals.
    out.append(
      section(
        "wishes",
        t("page-section-wishes"),
        text(["wishes", "person"], t("page-f-wishes-person"), { voice: true }),
        text(["wishes", "family"], t("page-f-wishes-family")),
      ),
    );
    if (!monitoring || plan.policy || plan.long_term_goal || plan.short_term_goal) {
      out.append(
        section(
          "goals",
          t("page-section-goals"),
          text(["policy"], t("page-f-policy")),
          text(["long_term_goal"], t("page-f-long-term")),
          text(["short_term_goal"], t("page-f-short-term")),
        ),
      );
    }

    // 5. Strengths and the people around.
    out.append(
      section(
        "strengths",
        t("page-section-strengths"),
        list(["strengths"], {
          title: (i) => t("page-place-strength", { n: i + 1 }),
          add: t("page-add-strength"),
          make: () => "",
          heading: "h3",
          item: (ip) => focusFirst(ip, text(ip, t("page-f-strength"), { short: true, required: true })),
        }),
        h("h3", { class: "sub" }, t("page-section-supporters")),
        list(["supporters"], {
          title: (i) => t("page-place-supporter", { n: i + 1 }),
          add: t("page-add-supporter"),
          make: () => ({ name: "" }),
          heading: "h4",
          item: (ip) =>
            focusFirst(
              ip,
              h(
                "div",
                {},
                input(ip.concat("name"), t("page-f-supporter-name"), { required: true }),
                text(ip.concat("role"), t("page-f-supporter-role"), { short: true }),
              ),
            ),
        }),
      ),
    );

    // 6. The needs table.
    const needIds = () => (plan.needs || []).map((n) => n && n.id);
    const freshId = () => {
      const used = new Set(needIds());
      let n = (plan.needs || []).length + 1;
      while (used.has("need" + n)) n++;
      return "need" + n;
    };
    if (!monitoring || (plan.needs && plan.needs.length)) {
      out.append(
        section(
          "needs",
          t("page-section-needs"),
          list(["needs"], {
            title: (i) => t("page-place-need", { n: i + 1 }),
            add: t("page-add-need"),
            make: (n) => ({ id: freshId(), priority: n + 1, need: "" }),
            item: (ip) =>
              focusFirst(
                ip,
                h(
                  "div",
                  {},
                  input(ip.concat("priority"), t("page-f-priority"), { kind: "number" }),
                  text(ip.concat("need"), t("page-f-need"), { required: true }),
                  text(ip.concat("goal"), t("page-f-goal")),
                  input(ip.concat("achieve_by"), t("page-f-achieve-by"), { kind: "month" }),
                  h("h4", { class: "sub" }, t("page-f-services")),
                  list(ip.concat("services"), {
                    title: (j) => t("page-place-service", { n: j + 1 }),
                    add: t("page-add-service"),
                    make: () => ({ kind: "" }),
                    heading: "h5",
                    item: (sp) =>
                      focusFirst(
                        sp,
                        h(
                          "div",
                          {},
                          h(
                            "div",
                            { class: "grid" },
                            input(sp.concat("kind"), t("page-f-service-kind"), { required: true }),
                            input(sp.concat("amount"), t("page-f-service-amount"), { hint: t("page-hint-amount") }),
                            kind !== "plan-draft" ? input(sp.concat("provider"), t("page-f-service-provider")) : null,
                            kind !== "plan-draft" ? input(sp.concat("contact"), t("page-f-service-contact")) : null,
                          ),
                          text(sp.concat("detail"), t("page-f-service-detail"), { short: true }),
                          checkbox(sp.concat("formal"), t("page-f-service-informal"), { invert: true, default: true }),
                          unmet(sp),
                        ),
                      ),
                  }),
                  text(ip.concat("my_role"), t("page-f-my-role")),
                  input(ip.concat("review_at"), t("page-f-review-at"), { kind: "month" }),
                  text(ip.concat("notes"), t("page-f-notes")),
                  photo(ip.concat("photo"), t("page-f-need-photo"), () => t("page-need-photo-alt", { n: ip[1] + 1 })),
                ),
              ),
          }),
        ),
      );
    }

    // 7. The week.
    const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "hol"];
    const daysField = (sp) => {
      const path = sp.concat("days");
      const fs = h("fieldset", { class: "days", id: idOf(path) }, h("legend", {}, t("page-f-days")));
      const row = h("div", { class: "day-row" });
      for (const d of DAYS) {
        const id = idOf(path) + "-" + d;
        const cur = get(plan, path) || [];
        const box = h("input", { type: "checkbox", id, checked: cur.includes(d) });
        box.addEventListener("change", () => {
          const now = (get(plan, path) || []).filter((x) => x !== d);
          if (box.checked) now.push(d);
          now.sort((a, b) => DAYS.indexOf(a) - DAYS.indexOf(b));
          set(plan, path, now);
          E.changed();
        });
        row.append(h("div", { class: "day" }, box, h("label", { for: id }, t("page-day-" + d))));
      }
      fs.append(row);
      register(path, fs, row.querySelector("input"));
      return fs;
    };
    const serviceNames = [];
    for (const n of plan.needs || []) for (const s of (n && n.services) || []) if (s && s.kind && !serviceNames.includes(s.kind)) serviceNames.push(s.kind);
    const datalist = h("datalist", { id: "service-names" }, serviceNames.map((s) => h("option", { value: s })));
    out.append(
      section(
        "weekly",
        t("page-section-weekly"),
        datalist,
        list(["weekly", "slots"], {
          title: (i) => t("page-place-slot", { n: i + 1 }),
          add: t("page-add-slot"),
          make: () => ({ days: [], from: "", to: "", label: "" }),
          item: (sp) =>
            focusFirst(
              sp,
              h(
                "div",
                {},
                daysField(sp),
                h(
                  "div",
                  { class: "grid" },
                  input(sp.concat("from"), t("page-f-from"), { kind: "time", required: true }),
                  input(sp.concat("to"), t("page-f-to"), { kind: "time", required: true }),
                ),
                text(sp.concat("label"), t("page-f-slot-label"), { short: true, required: true }),
                (() => {
                  const b = input(sp.concat("service"), t("page-f-slot-service"), { hint: t("page-hint-slot-service") });
                  b.querySelector("input").setAttribute("list", "service-names");
                  return b;
                })(),
              ),
            ),
        }),
        h("h3", { class: "sub" }, t("page-section-daily-life")),
        list(["weekly", "daily_life"], {
          title: (i) => t("page-place-daily", { n: i + 1 }),
          add: t("page-add-daily"),
          make: () => "",
          heading: "h4",
          item: (ip) => focusFirst(ip, text(ip, t("page-f-daily"), { short: true, required: true })),
        }),
        text(["weekly", "non_weekly"], t("page-f-non-weekly")),
        text(["weekly", "whole_picture"], t("page-f-whole-picture")),
      ),
    );

    // 8. 地域課題: for the office's report to the 協議会, not printed on
    // the person's documents.
    out.append(
      section(
        "community_issues",
        t("page-section-community-issues"),
        h("p", { class: "hint" }, t("page-issues-explain")),
        list(["community_issues"], {
          title: (i) => t("page-place-issue", { n: i + 1 }),
          add: t("page-add-issue"),
          make: () => ({ text: "", topic: "other" }),
          heading: "h3",
          item: (ip) =>
            focusFirst(
              ip,
              h(
                "div",
                {},
                officeText(ip.concat("text"), t("page-f-issue-text"), { required: true }),
                select(ip.concat("topic"), t("page-f-issue-topic"), TOPICS.map((k) => [k, t("page-topic-" + k)]), { optional: false }),
                checkbox(ip.concat("share"), t("page-f-issue-share")),
              ),
            ),
        }),
      ),
    );

    // 9. Consent.
    out.append(
      section(
        "consent",
        t("page-section-consent"),
        h(
          "div",
          { class: "grid" },
          select(["consent", "signed_by"], t("page-f-signed-by"), [
            ["", t("page-signed-blank")],
            ["person", t("page-signed-person")],
            ["representative", t("page-signed-representative")],
          ]),
          input(["consent", "date"], t("page-f-consent-date"), { kind: "date" }),
        ),
      ),
    );

    // 10. Readings: those to confirm (from the checker) and those written.
    const readingsBox = h("div", { id: "readings-confirm" });
    const written = h("div", { id: "readings-written" });
    const showWritten = () => {
      written.replaceChildren();
      const entries = Object.entries(plan.readings || {});
      if (entries.length === 0) {
        written.append(h("p", {}, t("page-readings-none")));
        return;
      }
      const rows = entries.map(([word, reading], i) => {
        const id = "reading-w-" + i;
        const el = h("input", { type: "text", id, value: reading, autocomplete: "off" });
        el.addEventListener("input", () => {
          plan.readings[word] = el.value.trim();
          E.changed();
        });
        const remove = h("button", { type: "button", class: "button small danger", id: id + "-remove" }, "✕ " + t("page-remove"));
        remove.setAttribute("aria-label", t("page-reading-remove", { word }));
        remove.addEventListener("click", () => {
          delete plan.readings[word];
          if (Object.keys(plan.readings).length === 0) delete plan.readings;
          E.changed();
          showWritten();
          E.undoable(t("page-removed", { item: word }), () => {
            plan.readings = plan.readings || {};
            plan.readings[word] = reading;
            E.changed();
            showWritten();
          });
        });
        return h("div", { class: "reading-row" }, h("label", { for: id, class: "word" }, word), el, remove);
      });
      written.append(...rows);
    };
    showWritten();
    E.showWrittenReadings = showWritten;
    out.append(
      section(
        "readings",
        t("page-readings-title"),
        h("p", { class: "hint" }, t("page-readings-explain")),
        h("h3", { class: "sub" }, t("page-readings-confirm")),
        readingsBox,
        h("h3", { class: "sub" }, t("page-readings-written")),
        written,
      ),
    );
    E.readingsBox = readingsBox;
    return out;
  };

  // ---- Pictures --------------------------------------------------------------
  const pictoCache = {};
  /** The pictogram of id `id` ({id, label, svg}), or null. */
  Y.pictogram = async (id) => {
    if (id in pictoCache) return pictoCache[id];
    const r = await Y.api("GET", "/api/pictograms?q=" + encodeURIComponent(id));
    const found = r.ok && Array.isArray(r.data) ? r.data.find((p) => p.id === id) || null : null;
    pictoCache[id] = found;
    return found;
  };

  /** A dialog to choose a picture by a word; resolves with its id or null. */
  Y.choosePicture = (field, word) => {
    const search = h("input", { type: "search", id: "picto-q", value: word || "", autocomplete: "off" });
    const grid = h("div", { class: "picto-grid" });
    const status = h("p", { role: "status", class: "note" });
    let chosen = null;
    let dialogEl = null;
    const run = async () => {
      const q = search.value.trim();
      grid.replaceChildren();
      if (!q) return;
      status.textContent = t("page-loading");
      const r = await Y.api("GET", "/api/pictograms?q=" + encodeURIComponent(q));
      const found = r.ok && Array.isArray(r.data) ? r.data : [];
      status.textContent = found.length ? t("page-picture-found", { n: found.length }) : t("page-picture-none");
      for (const p of found) {
        pictoCache[p.id] = p;
        const b = h(
          "button",
          { type: "button", class: "picto" },
          h("img", { src: p.svg, alt: "" }),
          h("span", {}, p.label),
        );
        b.addEventListener("click", () => {
          chosen = p.id;
          dialogEl = b.closest("dialog");
          dialogEl.close();
        });
        grid.append(b);
      }
    };
    const go = h("button", { type: "button", class: "button" }, t("page-picture-search"));
    go.addEventListener("click", run);
    search.addEventListener("keydown", (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        run();
      }
    });
    const content = [
      h("p", {}, t("page-picture-for", { field })),
      h("div", { class: "search-row" }, h("label", { for: "picto-q" }, t("page-picture-word")), search, go),
      status,
      grid,
    ];
    if (word) setTimeout(run, 0);
    return Y.dialog({
      title: t("page-picture-title"),
      content,
      buttons: [{ label: t("page-cancel"), value: "cancel" }],
      focus: "#picto-q",
    }).then(() => chosen);
  };
})();
