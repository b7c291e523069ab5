//! `yomeru serve` in a real browser, through whole tasks as a specialist
//! does them: open the caseload, write a new plan from nothing in the
//! form, watch the easy version change, mend an error where it is shown,
//! pick a picture, add a photo, save, come back, download the PDFs and
//! read them; a file changed elsewhere while it is open; a monitoring
//! report made from a plan; reading the easy version together.
//!
//! Each screen is checked with axe-core. With `YOMERU_SHOTS=dir` the
//! screens are also saved there as PNG, to be looked at.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{Value, json};

use crate::browser::Browser;
use crate::common::squash;
use crate::pdf::{pdf_text, spoken};
use crate::serve::Caseload;

/// A browser on a fresh copy of the examples, signed in with the address
/// `yomeru serve` prints; `None` when there is no browser (outside CI).
fn open() -> Option<(Browser, Caseload)> {
    let b = Browser::start()?;
    // The first preview of a plan is typeset by an unoptimised yomeru.
    b.set_timeout(Duration::from_secs(40));
    let c = Caseload::new();
    b.goto(&c.server.url);
    Some((b, c))
}

fn base(c: &Caseload) -> String {
    format!("http://127.0.0.1:{}", c.server.port)
}

/// Saves the screen as `name`.png under `YOMERU_SHOTS`, when it is set.
fn shot(b: &Browser, name: &str) {
    if let Some(dir) = std::env::var_os("YOMERU_SHOTS") {
        b.screenshot(&PathBuf::from(dir).join(format!("{name}.png")));
    }
}

/// Checks the screen with axe and keeps a picture of it.
fn look(b: &Browser, name: &str) {
    shot(b, name);
    b.assert_no_serious_axe_violations();
}

/// The plan file at `path` as its JSON value.
fn on_disk(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    yomeru::plan::value(&text, yomeru::plan::Format::Yaml).unwrap()
}

/// The addresses of the easy version's pages shown beside the form.
fn easy_pages(b: &Browser) -> Vec<String> {
    let v = b.js(
        "return [...document.querySelectorAll('#panel-easy img.page-img')].map(i => i.src)",
        vec![],
    );
    serde_json::from_value(v).unwrap()
}

/// Waits until the easy version shows its pages and nothing is being made.
fn preview_ready(b: &Browser) {
    b.wait_for("#panel-easy img.page-img");
    b.wait_until("the easy version's pages to be made", || {
        b.js("return !document.querySelector('#panel-easy[aria-busy]')", vec![]) == json!(true)
    });
}

/// Waits for the save status to say it saved.
fn saved(b: &Browser) {
    b.wait_for_text_in(".save-status", "保存しました");
}

/// A specialist writes a plan for a new person from nothing, every
/// section of the form, and takes the PDFs to the meeting.
#[test]
fn a_new_plan_is_written_in_the_form_saved_and_downloaded() {
    let Some((b, c)) = open() else { return };

    // The caseload: everyone in the folder.
    b.wait_for("table.caseload tbody tr");
    b.wait_for_text("渡辺 剛");
    let plans = b.count("table.caseload tbody tr");
    assert!(plans >= 5, "{plans} rows");
    look(&b, "01-caseload");

    // A new plan (adult, draft): the form opens on it.
    b.type_into("#new-name", "山田 花子");
    b.click("form.new-plan button[type=submit]");
    b.wait_until("the editor to open", || b.url().contains("/edit?path="));
    let file = c.path("山田-花子.yaml");
    assert!(file.is_file(), "the plan is a file in the folder");
    assert_eq!(b.value("#f-person-name"), "山田 花子");
    // A new plan cannot be typeset until what every plan needs is written;
    // the errors say where.
    b.wait_for_text_in("#problems", "誤り");
    look(&b, "02-new-plan");
    b.type_into("#f-person-name_reading", "やまだ はなこ");
    b.type_into("#f-dates-created", "2026-12-01");
    b.type_into("#f-needs-0-need", "一人で買い物に行きたい。");
    b.type_into("#f-needs-0-services-0-kind", "移動支援");
    b.wait_for_text_in("#problems", "誤りはありません");
    preview_ready(&b);
    let first_pages = easy_pages(&b);

    // 1. The person. A date may be typed in 和暦.
    b.type_into("#f-person-called", "はなこさん");
    b.type_into("#f-person-birth_date", "平成10年4月1日");
    b.type_into("#f-person-area", "北部地区");
    let photo = c.dir.path().join("camera.jpg");
    std::fs::write(&photo, crate::photo::jpeg_with_exif(40, 20)).unwrap();
    b.upload("#f-person-photo", &photo);
    b.wait_for_text("写真を入れました");
    b.wait_for(".field-photo .thumb img");

    // 2. Certificates and the office.
    b.click("#f-certificates-support_category option[value='3']");
    b.type_into("#f-certificates-welfare_number", "0000123456");
    b.type_into("#f-certificates-copay_limit_yen", "９３００");
    b.type_into("#f-office-name", "ひまわり相談支援センター");
    b.type_into("#f-office-planner", "森 一郎");
    b.type_into("#f-office-phone", "000-0000-0000");
    b.type_into("#f-certificates-valid_until", "令和9年11月");

    // 3. Dates.
    b.type_into("#f-dates-start", "2027-01");
    b.type_into("#f-dates-monitoring_every_months", "3");
    b.type_into("#f-dates-monitoring_from", "2027-01");

    // 4. Wishes in the person's own words, and the family's with easy wording.
    b.type_into("#f-wishes-person", "自分で選んだ服を、自分のお金で買いたい。");
    b.type_into("#f-wishes-family", "本人のペースで、できることを増やしてほしい。");
    b.type_into("#f-wishes-family-plain", "はなこさんの ペースで できることを ふやしてほしい。");
    b.type_into("#f-policy", "本人が自分で決める場面を増やし、外出の機会を広げる。");
    b.type_into("#f-policy-plain", "はなこさんが じぶんで きめる ことを ふやします。");
    b.type_into("#f-long_term_goal", "一人で買い物に行ける。");
    b.type_into("#f-long_term_goal-plain", "ひとりで かいものに いける。");
    b.type_into("#f-short_term_goal", "ヘルパーと月2回、買い物に行く。");
    b.type_into("#f-short_term_goal-plain", "ヘルパーさんと つきに 2かい かいものに いく。");

    // The easy version changed as it was typed.
    b.wait_until("the easy version to show what was typed", || {
        let now = easy_pages(&b);
        !now.is_empty() && now != first_pages
    });

    // 5. Strengths and the people around.
    b.click("#f-strengths-add");
    b.type_into("#f-strengths-0", "絵を描くのが得意");
    b.click("#f-supporters-add");
    b.type_into("#f-supporters-0-name", "山田 良子");
    b.type_into("#f-supporters-0-role", "週末に一緒に料理をする");

    // 6. The needs: the first is there, a second is added.
    b.type_into("#f-needs-0-need-plain", "ひとりで かいものに いきたい。");
    b.type_into("#f-needs-0-goal", "ヘルパーと一緒に、近所のスーパーで買い物をする。");
    b.type_into("#f-needs-0-goal-plain", "ヘルパーさんと スーパーで かいものを する。");
    b.type_into("#f-needs-0-services-0-amount", "月2回 4時間");
    b.type_into("#f-needs-0-services-0-detail", "買い物の付き添い");
    b.type_into("#f-needs-0-my_role", "買う物を前の日に決めておく。");
    b.type_into("#f-needs-0-review_at", "2027-03");
    // A month that does not exist: the error is shown on its field.
    b.type_into("#f-needs-0-achieve_by", "2027-13");
    b.wait_for("#f-needs-0-achieve_by-msg .msg-error");
    assert_eq!(b.attr("#f-needs-0-achieve_by", "aria-invalid").as_deref(), Some("true"));
    b.wait_for_text_in("#problems", "誤り");
    look(&b, "03-error-on-its-field");
    b.type_into("#f-needs-0-achieve_by", "2027-06");
    b.wait_until_gone("#f-needs-0-achieve_by-msg .msg-error");

    // A picture for the need, found by a word.
    b.click("#f-needs-0-need-picture button");
    b.wait_for("dialog[open] #picto-q");
    b.type_into("#picto-q", "買い物");
    b.click("dialog[open] .search-row button");
    b.wait_for("dialog[open] .picto-grid button.picto");
    look(&b, "04-picture-dialog");
    let label = b.text("dialog[open] .picto-grid button.picto span");
    b.click("dialog[open] .picto-grid button.picto");
    b.wait_until_gone("dialog[open]");
    b.wait_for_text_in("#f-needs-0-need-picture .picture-shown", &label);

    b.click("#f-needs-add");
    b.type_into("#f-needs-1-need", "料理ができるようになりたい。");
    b.type_into("#f-needs-1-need-plain", "りょうりが できるように なりたい。");
    b.click("#f-needs-1-services-add");
    b.type_into("#f-needs-1-services-0-kind", "居宅介護");
    // Needed, but no helper is free: the mark opens since when; taken
    // off and put back, it leaves no half mark behind.
    b.click("#f-needs-1-services-0-unmet-reason option[value='full']");
    b.wait_for("#f-needs-1-services-0-unmet-since");
    b.click("#f-needs-1-services-0-unmet-reason option[value='']");
    b.wait_until_gone("#f-needs-1-services-0-unmet-since");
    b.click("#f-needs-1-services-0-unmet-reason option[value='full']");
    b.wait_for("#f-needs-1-services-0-unmet-since");
    b.type_into("#f-needs-1-services-0-unmet-since", "2026-10");
    look(&b, "04b-unmet-service");

    // 7. The week.
    b.click("#f-weekly-slots-add");
    b.click("#f-weekly-slots-0-days-sat");
    b.type_into("#f-weekly-slots-0-from", "10:00");
    b.type_into("#f-weekly-slots-0-to", "14:00");
    b.type_into("#f-weekly-slots-0-label", "移動支援（買い物）");
    b.click("#f-weekly-daily_life-add");
    b.type_into("#f-weekly-daily_life-0", "平日は作業所に通う");

    // 8. A regional gap, for the office's report.
    b.click("#f-community_issues-add");
    b.type_into("#f-community_issues-0-text", "休日に使えるヘルパーの事業所が足りない。");
    b.click("#f-community_issues-0-topic option[value='daytime']");
    b.click("#f-community_issues-0-share");

    // 9. Consent.
    b.click("#f-consent-signed_by option[value='person']");
    b.type_into("#f-consent-date", "2026-12-01");

    // Every required field is written: no errors left.
    b.wait_for_text_in("#problems", "誤りはありません");
    preview_ready(&b);
    look(&b, "05-filled");

    // Saved by the button (or already by itself), and no question asked:
    // the new file's comments are all kept.
    b.click(".toolbar .save button");
    saved(&b);
    assert_eq!(b.count("dialog[open]"), 0, "saving asked a question");
    let plan = on_disk(&file);
    assert_eq!(plan["person"]["name_reading"], "やまだ はなこ");
    assert_eq!(plan["person"]["birth_date"], "平成10年4月1日");
    assert_eq!(plan["certificates"]["support_category"], 3);
    assert_eq!(plan["certificates"]["copay_limit_yen"], 9300);
    assert_eq!(plan["wishes"]["person"], "自分で選んだ服を、自分のお金で買いたい。");
    assert_eq!(plan["needs"][0]["need"]["plain"], "ひとりで かいものに いきたい。");
    assert_eq!(plan["needs"][0]["achieve_by"], "2027-06");
    assert!(plan["needs"][0]["need"]["pictogram"].is_string(), "{}", plan["needs"][0]);
    assert_eq!(plan["needs"][1]["services"][0]["kind"], "居宅介護");
    assert_eq!(
        plan["needs"][1]["services"][0]["unmet"],
        json!({"reason": "full", "since": "2026-10"})
    );
    assert_eq!(plan["person"]["area"], "北部地区");
    assert_eq!(plan["certificates"]["valid_until"], "令和9年11月");
    assert_eq!(
        plan["community_issues"],
        json!([{"text": "休日に使えるヘルパーの事業所が足りない。", "topic": "daytime", "share": true}])
    );
    assert_eq!(plan["weekly"]["slots"][0]["days"], json!(["sat"]));
    assert_eq!(plan["consent"]["signed_by"], "person");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("# 利用者氏名"), "the file still explains its keys:\n{text}");
    // The photo is beside the plan, upright and without its EXIF.
    let photo = plan["person"]["photo"].as_str().expect("a photo");
    let stored = std::fs::read(c.path(photo)).unwrap();
    assert!(!stored.windows(4).any(|w| w == b"Exif"));
    let img = image::load_from_memory(&stored).unwrap();
    assert_eq!((img.width(), img.height()), (20, 40), "turned upright");
    // The file is a plan yomeru renders, without errors.
    let loaded = crate::common::load_plan(&file).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(loaded.plan.needs.len(), 2);

    // Back later: the form holds what was saved.
    b.goto(&format!("{}/edit?path={}", base(&c), "%E5%B1%B1%E7%94%B0-%E8%8A%B1%E5%AD%90.yaml"));
    b.wait_for("#f-needs-1-need");
    assert_eq!(b.value("#f-needs-0-need-plain"), "ひとりで かいものに いきたい。");
    assert_eq!(b.value("#f-strengths-0"), "絵を描くのが得意");
    assert_eq!(b.value("#f-weekly-slots-0-from"), "10:00");
    preview_ready(&b);
    shot(&b, "06-reopened");
    // Both versions side by side, each as its pages.
    b.click(".preview-head button.compare");
    b.wait_for(".preview-head button.compare[aria-pressed='true']");
    b.wait_for("#panel-official:not([hidden]) img.page-img");
    b.wait_for("#panel-easy:not([hidden]) img.page-img");
    let left = |css: &str| {
        b.js(
            &format!("return document.querySelector('{css}').getBoundingClientRect().left"),
            vec![],
        )
        .as_f64()
        .unwrap()
    };
    assert!(
        left("#panel-official") > left("#panel-easy") + 100.0,
        "the official pages are beside the easy ones"
    );
    look(&b, "06-side-by-side");

    // The PDFs, as they are downloaded: official, easy, meeting pack, A3.
    let downloads: Vec<_> = (1..=4)
        .map(|i| {
            b.click(&format!(".downloads button:nth-of-type({i})"));
            b.wait_for_text("をダウンロードしました");
            let d = b.wait_for_download();
            assert!(d.name.ends_with(".pdf") && d.name.contains("山田-花子"), "{}", d.name);
            assert!(d.bytes.starts_with(b"%PDF-"));
            d
        })
        .collect();
    let official = squash(&pdf_text(&downloads[0].bytes));
    for words in ["山田花子", "一人で買い物に行きたい。", "移動支援", "ひまわり相談支援センター"]
    {
        assert!(official.contains(words), "official PDF lacks {words}:\n{official}");
    }
    let easy = squash(&spoken(&downloads[1].bytes));
    for words in
        ["はなこさん", "ひとりでかいものにいきたい。", "自分で選んだ服を、自分のお金で買いたい。"]
    {
        assert!(easy.contains(words), "easy PDF lacks {words}:\n{easy}");
    }
    let meeting = squash(&pdf_text(&downloads[2].bytes));
    assert!(meeting.contains("サービス等利用計画") && meeting.contains("ひとりで"), "{meeting}");
    let a3 = crate::common::page_sizes(&downloads[3].bytes);
    assert!(
        a3.iter().all(|&(w, h)| (w.min(h) - 841.9).abs() < 2.0),
        "the A3 version is on A3: {a3:?}"
    );
}

/// The file changed on disk while it was open in the form: the next save
/// stops and asks; either answer keeps one version whole and the other in
/// the history. A save that would lose a hand-written comment asks first.
#[test]
fn a_file_changed_elsewhere_is_never_overwritten_without_asking() {
    let Some((b, c)) = open() else { return };
    let file = c.path("sato-kenta.yaml");
    b.goto(&format!("{}/edit?path=sato-kenta.yaml", base(&c)));
    b.wait_for("#f-person-called");

    // Changed in a text editor; then typed in the form.
    let by_hand = std::fs::read_to_string(&file).unwrap() + "# 電話で確認済み\n";
    std::fs::write(&file, &by_hand).unwrap();
    b.type_into("#f-person-called", "けんちゃん");
    b.wait_for("dialog[open]");
    b.wait_for_text_in("dialog[open]", "別の画面で書きかえられました");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), by_hand, "nothing written yet");
    look(&b, "07-stale-dialog");
    // Keep what is in the form: saved over the new file, which is kept in
    // the history; the hand-written line stays (it is a comment).
    b.click("dialog[open] .dialog-buttons button.primary");
    saved(&b);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("called: けんちゃん") && text.ends_with("# 電話で確認済み\n"), "{text}");

    // Changed again elsewhere; this time the file's content is loaded.
    std::fs::write(&file, text.replace("けんちゃん", "けんさん")).unwrap();
    b.type_into("#f-office-phone", "000-1111-2222");
    b.wait_for("dialog[open]");
    b.click("dialog[open] .dialog-buttons button.danger");
    b.wait_for_text_in(".save-status", "ファイルの内容を読み込みました");
    assert_eq!(b.value("#f-person-called"), "けんさん");
    assert!(std::fs::read_to_string(&file).unwrap().contains("called: けんさん"));

    // A note written by hand inside the first need; the need is removed.
    let text = std::fs::read_to_string(&file).unwrap();
    let noted = text.replacen("    goal:", "    # 本人と相談して決めた\n    goal:", 1);
    std::fs::write(&file, &noted).unwrap();
    b.goto(&format!("{}/edit?path=sato-kenta.yaml", base(&c)));
    b.wait_for("#f-needs-0-remove");
    let needs = on_disk(&file)["needs"].as_array().unwrap().len();
    b.click("#f-needs-0-remove");
    b.wait_for("dialog[open]");
    b.wait_for_text_in("dialog[open]", "本人と相談して決めた");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), noted, "nothing written before the answer");
    look(&b, "08-rewrite-dialog");
    b.click("dialog[open] .dialog-buttons button.primary");
    saved(&b);
    assert_eq!(on_disk(&file)["needs"].as_array().unwrap().len(), needs - 1);
    // Every version written over is in the history.
    let history = c.path(".yomeru/history/sato-kenta");
    let kept: Vec<String> = std::fs::read_dir(&history)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert!(kept.contains(&by_hand), "the file changed by hand is in the history");
    assert!(kept.contains(&noted), "the noted file is in the history");
}

/// The specialist asks for a plain wording of a formal text, reads what it
/// changed, uses one suggestion as it is, corrects another, and leaves a
/// third; what was used is saved as the field's `plain`.
#[test]
fn a_suggested_plain_wording_is_read_then_used_corrected_or_left() {
    let Some((b, c)) = open() else { return };
    let file = c.path("sato-kenta.yaml");
    let formal = on_disk(&file)["long_term_goal"].clone();
    assert!(formal.is_string(), "the example's long-term goal has no plain wording yet");
    b.goto(&format!("{}/edit?path=sato-kenta.yaml", base(&c)));
    b.wait_for("#f-long_term_goal-suggest-button");

    // Asked: the suggestion, with the words it changed marked.
    b.click("#f-long_term_goal-suggest-button");
    b.wait_for("#f-long_term_goal-suggestion");
    let shown = b.text("#f-long_term_goal-suggestion");
    assert!(shown.contains("「グループホーム」") && shown.ends_with("かよいます。"), "{shown}");
    let marked = b.text("#f-long_term_goal-suggestion mark");
    assert!(!marked.is_empty(), "the changed words are marked");
    assert!(b.count("#f-long_term_goal-suggestion mark") >= 2);
    assert_eq!(b.value("#f-long_term_goal-plain"), "", "nothing is used before the choice");
    look(&b, "11-plain-suggestion");

    // Used as it is: it is the easy wording, saved to the file.
    b.click("#f-long_term_goal-suggest-accept");
    b.wait_until_gone("#f-long_term_goal-suggestion");
    assert_eq!(b.value("#f-long_term_goal-plain"), shown);
    b.wait_until("the suggestion to be saved", || {
        on_disk(&file)["long_term_goal"]["plain"].is_string()
    });
    let goal = &on_disk(&file)["long_term_goal"];
    assert_eq!(goal["text"], formal);
    assert_eq!(goal["plain"], json!(shown));

    // Another field: used, then corrected by hand before it is saved.
    b.click("#f-strengths-0-suggest-button");
    b.wait_for("#f-strengths-0-suggestion");
    b.click("#f-strengths-0-suggest-edit");
    b.wait_until_gone("#f-strengths-0-suggestion");
    let suggested = b.value("#f-strengths-0-plain");
    assert!(!suggested.is_empty());
    b.type_into("#f-strengths-0-plain", "しごとの ふくろづめが はやくて ていねいです。");
    b.wait_until("the correction to be saved", || {
        on_disk(&file)["strengths"][0]["plain"] == "しごとの ふくろづめが はやくて ていねいです。"
    });

    // A third: left; nothing changes.
    b.click("#f-strengths-1-suggest-button");
    b.wait_for("#f-strengths-1-suggestion");
    b.click("#f-strengths-1-suggest-refuse");
    b.wait_until_gone("#f-strengths-1-suggestion");
    assert_eq!(b.value("#f-strengths-1-plain"), "");
    assert!(on_disk(&file)["strengths"][1].is_string(), "a suggestion left is not written");

    // A sentence the engine will not guess at: why, and nothing to use.
    b.type_into("#f-strengths-1", "夕食はご家族と一緒に召し上がる。");
    b.click("#f-strengths-1-suggest-button");
    b.wait_for("#f-strengths-1-suggest .msg");
    let why = b.text("#f-strengths-1-suggest .msg");
    assert!(why.contains("「召し上がる」がどの意味か"), "{why}");
    assert_eq!(b.count("#f-strengths-1-suggest-accept"), 0, "a kept sentence is not offered");
    look(&b, "11b-plain-flagged");
    b.click("#f-strengths-1-suggest-refuse");
    b.wait_until_gone("#f-strengths-1-suggest .msg");
    assert_eq!(b.value("#f-strengths-1-plain"), "");
}

/// A monitoring report made from the caseload carries the plan's needs
/// over; then the person and the specialist read the easy version page by
/// page.
#[test]
fn a_monitoring_report_is_made_from_a_plan_and_the_easy_version_is_read_together() {
    let Some((b, c)) = open() else { return };
    // The plan first, its two versions side by side beside the form (the
    // README's picture of the editor).
    b.goto(&format!("{}/edit?path=sato-kenta.yaml", base(&c)));
    b.click(".preview-head button.compare");
    b.wait_for("#panel-official:not([hidden]) img.page-img");
    b.wait_for("#panel-easy:not([hidden]) img.page-img");
    preview_ready(&b);
    b.js("document.getElementById('s-wishes').scrollIntoView({block: 'start'})", vec![]);
    shot(&b, "00-side-by-side");
    b.goto(&base(&c));
    b.wait_for("table.caseload tbody tr");
    b.click("button[aria-label='モニタリング報告書をつくる：佐藤 健太さん']");
    b.wait_until("the report to open", || b.url().contains("/edit?path="));
    b.wait_for("#f-monitoring-rows-0-need");
    // One row per need of the plan, each naming its need.
    let needs = on_disk(&c.path("sato-kenta.yaml"))["needs"].as_array().unwrap().len();
    assert_eq!(b.count("#f-monitoring-rows-list > .item"), needs);
    let first = b.js("return document.getElementById('f-monitoring-rows-0-need').value", vec![]);
    assert_eq!(first, json!("home"));
    // The plan it follows is chosen from the plans of the folder, by name.
    assert_eq!(b.value("#f-monitoring-plan"), "sato-kenta.yaml");
    let chosen = b.js(
        "const s = document.getElementById('f-monitoring-plan'); return s.options[s.selectedIndex].text",
        vec![],
    );
    assert!(chosen.as_str().unwrap().starts_with("佐藤 健太さんの本計画"), "{chosen}");
    b.type_into("#f-monitoring-overall", "作業所に休まず通えている。");
    b.type_into("#f-monitoring-rows-0-status", "グループホームの体験利用を1回行った。");
    b.click("#f-monitoring-rows-0-progress option[value='half']");
    b.type_into("#f-dates-monitored_on", "令和8年12月1日");
    preview_ready(&b);
    b.click(".toolbar .save button");
    saved(&b);
    look(&b, "09-monitoring-report");
    let report: Vec<PathBuf> = walk(c.dir.path())
        .into_iter()
        .filter(|p| p.to_string_lossy().contains("sato-kenta-20"))
        .filter(|p| !p.to_string_lossy().contains("monitoring/sato-kenta-2026-07"))
        .collect();
    assert_eq!(report.len(), 1, "{report:?}");
    let saved_report = on_disk(&report[0]);
    assert_eq!(saved_report["monitoring"]["rows"][0]["progress"], "half");
    assert_eq!(saved_report["monitoring"]["plan"], "sato-kenta.yaml");

    // Reading together: one large page at a time.
    b.goto(&format!("{}/read?path=sato-kenta.yaml", base(&c)));
    b.wait_for("img.reading-page[src^='blob:']");
    let counter = b.text(".counter");
    let total: usize = counter.split('/').nth(1).unwrap().trim().parse().unwrap();
    assert!(counter.starts_with("1 /") && total > 2, "{counter}");
    look(&b, "10-reading");
    // Large by default: wider than the printed page (A4 is 794 px at 96 dpi).
    let rect = "const r = document.querySelector('img.reading-page').getBoundingClientRect(); \
                return [r.width, r.top + r.height, innerHeight]";
    let size =
        |b: &Browser| -> (f64, f64, f64) { serde_json::from_value(b.js(rect, vec![])).unwrap() };
    let (width, _, _) = size(&b);
    assert!(width > 794.0, "the page is shown larger than printed: {width}");
    // The whole page at once, on request.
    b.click(".reader-extra button[aria-pressed='true']");
    b.wait_for(".reader-extra button[aria-pressed='false']");
    b.wait_until("the whole page to fit the window", || {
        let (_, bottom, height) = size(&b);
        bottom <= height
    });
    shot(&b, "11-reading-whole-page");
    let page_one = b.attr("img.reading-page", "src");
    b.click(".reader-controls button.primary");
    b.wait_for_text_in(".counter", "2 /");
    b.wait_until("page 2 to be shown", || b.attr("img.reading-page", "src") != page_one);
}

/// Every file under `dir`, outside the history.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.file_name().is_some_and(|n| n == ".yomeru") {
            continue;
        }
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}
