// Reading together (/read?path=…): the easy version one page at a time,
// as large as the screen allows, with big 前へ / 次へ buttons, the arrow
// keys, and reading aloud where the browser has a Japanese voice.
"use strict";
(() => {
  const { h, t } = Y;

  Y.views.reading = async () => {
    const path = Y.param("path");
    document.body.classList.add("reading-view");
    const main = Y.main(t("page-title-reading"));
    if (!path) {
      main.append(h("p", { role: "alert" }, t("page-no-path")));
      return;
    }
    const loading = h("p", { role: "status" }, t("page-loading"));
    main.append(loading);
    const r = await Y.api("GET", Y.planUrl(path));
    if (!r.ok) {
      loading.replaceWith(h("p", { role: "alert", class: "problem" }, Y.failure(r)));
      return;
    }
    const plan = r.data.plan;
    const body = { plan, path, variant: "easy" };
    const heading = main.querySelector("h1");
    const n = plan.person && plan.person.name;
    const name = (n && typeof n === "object" ? n.text : n) || "";
    if (name) heading.textContent = t("page-reading-heading", { name });

    let count = 0;
    let current = 1;
    const cache = {}; // page → blob URL
    const texts = {}; // page → text, for reading aloud
    let textFormat = true; // the server gives a page's text

    const fetchPage = async (p) => {
      if (cache[p]) return cache[p];
      const res = await Y.api("POST", "/api/render", Object.assign({}, body, { format: "svg", page: p }), { raw: true });
      if (!res.ok) {
        let data = null;
        try {
          data = await res.response.json();
        } catch (_) {
          data = null;
        }
        throw new Error((data && data.message) || Y.failure(res));
      }
      count = Number(res.headers.get("X-Pages") || count || 1);
      const blob = await res.response.blob();
      cache[p] = URL.createObjectURL(new Blob([blob], { type: "image/svg+xml" }));
      return cache[p];
    };

    const img = h("img", { class: "reading-page", alt: "" });
    const counter = h("p", { class: "counter", "aria-live": "polite" });
    const prev = h("button", { type: "button", class: "button big" }, h("span", { "aria-hidden": "true" }, "◀ "), t("page-prev"));
    const next = h("button", { type: "button", class: "button big primary" }, t("page-next"), h("span", { "aria-hidden": "true" }, " ▶"));
    const speak = h("button", { type: "button", class: "button big", hidden: true }, t("page-speak"));
    const stop = h("button", { type: "button", class: "button big", hidden: true }, h("span", { "aria-hidden": "true" }, "■ "), t("page-speak-stop"));
    const note = h("p", { class: "note", role: "status" });
    const back = h("a", { class: "button", href: "/edit?path=" + encodeURIComponent(path) }, t("page-back-to-editor"));

    const show = async (p) => {
      if (p < 1 || (count && p > count)) return;
      stopSpeaking();
      current = p;
      try {
        const url = await fetchPage(p);
        img.src = url;
        img.alt = t("page-page-alt", { variant: t("page-variant-easy"), n: p });
        note.textContent = "";
      } catch (e) {
        note.textContent = e.message;
      }
      counter.textContent = t("page-counter", { n: current, total: count || "?" });
      prev.disabled = current <= 1;
      next.disabled = current >= count;
      // The next page is fetched ahead, so turning is quick.
      if (current < count) fetchPage(current + 1).catch(() => {});
    };

    prev.addEventListener("click", () => show(current - 1));
    next.addEventListener("click", () => show(current + 1));
    document.addEventListener("keydown", (e) => {
      if (e.target && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)) return;
      if (document.querySelector("dialog[open]")) return;
      if (e.key === "ArrowRight" || e.key === "PageDown") {
        e.preventDefault();
        show(current + 1);
      } else if (e.key === "ArrowLeft" || e.key === "PageUp") {
        e.preventDefault();
        show(current - 1);
      } else if (e.key === "Home") {
        e.preventDefault();
        show(1);
      } else if (e.key === "End" && count) {
        e.preventDefault();
        show(count);
      }
    });

    // ---- Reading aloud ------------------------------------------------------
    const synth = window.speechSynthesis;
    const japaneseVoice = () => (synth ? synth.getVoices().find((v) => /^ja\b|^ja-/i.test(v.lang)) : null);
    const offerSpeech = () => {
      speak.hidden = !(japaneseVoice() && textFormat);
    };
    if (synth) {
      offerSpeech();
      synth.addEventListener && synth.addEventListener("voiceschanged", offerSpeech);
    }
    const pageText = async (p) => {
      if (p in texts) return texts[p];
      const res = await Y.api("POST", "/api/render", Object.assign({}, body, { format: "text", page: p }), { raw: true });
      if (!res.ok) return null;
      const type = res.headers.get("Content-Type") || "";
      let words;
      if (type.includes("json")) {
        const data = await res.response.json();
        words = typeof data === "string" ? data : data && data.text;
      } else words = await res.response.text();
      texts[p] = words || "";
      return texts[p];
    };
    const stopSpeaking = () => {
      if (synth) synth.cancel();
      stop.hidden = true;
      offerSpeech();
    };
    speak.addEventListener("click", async () => {
      const voice = japaneseVoice();
      if (!voice) return;
      const words = await pageText(current);
      if (words === null) {
        textFormat = false;
        offerSpeech();
        note.textContent = t("page-speak-unavailable");
        next.focus();
        return;
      }
      const u = new SpeechSynthesisUtterance(words);
      u.voice = voice;
      u.lang = voice.lang;
      u.rate = 0.85;
      u.onend = () => {
        stop.hidden = true;
        offerSpeech();
        speak.focus();
      };
      synth.cancel();
      synth.speak(u);
      speak.hidden = true;
      stop.hidden = false;
      stop.focus();
    });
    stop.addEventListener("click", () => {
      stopSpeaking();
      speak.focus();
    });

    // Large: the page as wide as the window allows, to read together
    // at the size it prints (and larger), scrolling down; otherwise the
    // whole page at once. The choice is kept for the next time.
    const reader = h("div", { class: "reader" }, h("div", { class: "page-frame" }, img));
    const zoom = h("button", { type: "button", class: "button big", "aria-pressed": "false" }, t("page-zoom-large"));
    const setZoom = (large) => {
      reader.classList.toggle("large", large);
      document.body.classList.toggle("reading-large", large);
      zoom.setAttribute("aria-pressed", large ? "true" : "false");
      try {
        localStorage.setItem("yomeru-reading-large", large ? "1" : "0");
      } catch (_) {
        /* private windows keep no storage */
      }
    };
    zoom.addEventListener("click", () => setZoom(zoom.getAttribute("aria-pressed") !== "true"));
    let large = true;
    try {
      large = localStorage.getItem("yomeru-reading-large") !== "0";
    } catch (_) {
      large = true;
    }
    setZoom(large);
    // A page turned while reading large starts at its top.
    img.addEventListener("load", () => {
      if (reader.classList.contains("large")) reader.scrollIntoView({ block: "start" });
    });

    loading.remove();
    main.append(
      reader,
      h("nav", { class: "reader-controls", "aria-label": t("page-reader-controls") }, prev, counter, next),
      h("div", { class: "reader-extra" }, zoom, speak, stop, back, note),
    );
    try {
      await fetchPage(1);
    } catch (e) {
      note.textContent = e.message;
    }
    await show(1);
    next.focus();
  };
})();
