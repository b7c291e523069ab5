//! Pictures as a specialist names them and as the person sees them: a
//! plan's `pictogram:` in Japanese or English words, the warning for a word
//! with several pictures, needs pictured by their own words, and the
//! `yomeru pictograms` command.

use std::path::Path;

use crate::common::*;
use yomeru::render::Variant;
use yomeru::session::Document;

/// A plan whose first need has `pictogram: {word}`, and further needs.
fn plan(word: &str, needs: &[&str]) -> String {
    let mut s = format!(
        "format: 1\nkind: plan\nperson:\n  name: 山田 花子\n  name_reading: やまだ はなこ\n\
         dates:\n  created: 2026-04-01\nneeds:\n  - id: a\n    need:\n      text: 家で過ごす時間を楽しみたい。\n      pictogram: {word}\n"
    );
    for (i, need) in needs.iter().enumerate() {
        s.push_str(&format!(
            "  - id: n{i}\n    need: {need}\n    services:\n      - kind: 居宅介護\n        amount: 週2回\n"
        ));
    }
    s
}

/// `yomeru --lang LANG ARGS…` in `dir`: exit code, stdout, stderr.
fn run(dir: &Path, lang: &str, args: &[&str]) -> (i32, String, String) {
    let out = yomeru().current_dir(dir).args(["--lang", lang]).args(args).output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_picture_is_named_in_japanese_or_english_and_printed() {
    let dir = tempfile::tempdir().unwrap();
    for word in ["家", "house", "いえ", "home"] {
        let path = write(dir.path(), "p.yaml", &plan(word, &[]));
        let (code, _, err) = run(dir.path(), "ja", &["check", "p.yaml"]);
        assert_eq!(code, 0, "{word}: {err}");
        assert!(!err.contains("警告"), "{word}: {err}");
        let plan = load_plan(&path).unwrap();
        // The easy version shows the home picture, read aloud as 家.
        let job = yomeru::Session::new(settings(&[]))
            .source(Document::One(Variant::Easy), &plan)
            .unwrap()
            .job;
        assert!(job.files.iter().any(|(p, _)| p == "pictograms/color/1F3E0.svg"), "{word}");
        let alts = pdf_facts(&variant_pdf(&plan, Variant::Easy, Default::default()).0).figure_alts;
        assert!(alts.iter().flatten().any(|a| a == "家"), "{word}: {alts:?}");
    }
}

#[test]
fn a_new_concept_is_printed_with_alt_text_from_its_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "p.yaml", &plan("袋詰め", &[]));
    let plan = load_plan(&path).unwrap();
    let alts = pdf_facts(&variant_pdf(&plan, Variant::Easy, Default::default()).0).figure_alts;
    assert!(alts.iter().flatten().any(|a| a == "袋詰め"), "{alts:?}");
}

#[test]
fn a_word_with_several_pictures_is_used_with_a_warning_naming_the_others() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "p.yaml", &plan("日中", &[]));
    let (code, _, ja) = run(dir.path(), "ja", &["check", "p.yaml"]);
    assert_eq!(code, 0, "{ja}");
    assert!(ja.contains("p.yaml:12:18: needs[0].need.pictogram:"), "{ja}");
    assert!(
        ja.contains("日中活動（day-activity）を使います") && ja.contains("昼（daytime）"),
        "{ja}"
    );
    assert!(ja.starts_with("警告: "), "{ja}");
    let (code, _, en) = run(dir.path(), "en", &["check", "p.yaml"]);
    assert_eq!(code, 0, "{en}");
    assert!(
        en.contains("day-activity (day activities, 日中活動) is used")
            && en.contains("daytime (昼)"),
        "{en}"
    );
    // The render goes on and says the same.
    let (code, _, err) =
        run(dir.path(), "en", &["render", "p.yaml", "--variant", "easy", "-o", "out"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("day-activity (day activities, 日中活動) is used"), "{err}");
}

#[test]
fn needs_are_pictured_by_their_own_words_not_their_first_service() {
    let needs = [
        "お金の管理ができるようになりたい。",
        "夜よく眠れない。",
        "作業所で袋詰めの仕事をつづけたい。",
        "自分で料理を作れるようになりたい。",
        "いろいろ相談したい。",
        "なにかしたい。",
    ];
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "p.yaml", &plan("家", &needs));
    let plan = load_plan(&path).unwrap();
    let l = yomeru::locale::Locale::get("ja-easy").unwrap();
    let view = yomeru::render::easy::EasyView::new(&plan.plan, &l, Default::default());
    let pictures: Vec<&str> = view.needs.iter().map(|n| n.pictogram.as_str()).collect();
    // 居宅介護 (the wheelchair helper) only where the need's words say
    // nothing; never the star while a service says something.
    assert_eq!(
        pictures,
        ["家", "money", "sleep", "packing", "cooking", "consult", "home-helper"],
        "{pictures:?}"
    );
}

#[test]
fn the_pictograms_command_finds_pictures_by_word() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, _) = run(dir.path(), "ja", &["pictograms", "家"]);
    assert_eq!(code, 0);
    let first = out.lines().nth(1).unwrap();
    assert!(first.starts_with("home\t家\tいえ\thome\t"), "{out}");
    let (code, out, _) = run(dir.path(), "en", &["pictograms", "house"]);
    assert_eq!(code, 0);
    assert!(out.lines().nth(1).unwrap().starts_with("home\t"), "{out}");
    let (code, out, _) = run(dir.path(), "ja", &["pictograms"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count() - 1, yomeru::pictograms::concepts().len());
    let (code, out, err) = run(dir.path(), "ja", &["pictograms", "wrok"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains("仕事（work）"), "{err}");
}

#[test]
fn the_sheet_prints_every_picture_with_its_names() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = run(dir.path(), "ja", &["pictograms", "--sheet", "-o", "out"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("pictograms.pdf"), "{out}");
    let pdf = std::fs::read(dir.path().join("out/pictograms.pdf")).unwrap();
    let facts = pdf_facts(&pdf);
    assert_eq!(facts.figure_alts.len(), yomeru::pictograms::concepts().len());
    assert!(facts.figure_alts.iter().all(|a| a.as_deref().is_some_and(|a| !a.is_empty())));
    let text = squash(&crate::pdf::pdf_text(&pdf));
    for word in ["袋詰め", "ふくろづめ", "packing", "ピクトグラム一覧"] {
        assert!(text.contains(word), "{word}");
    }
    let (code, _, err) =
        run(dir.path(), "en", &["pictograms", "お金", "--sheet", "--monochrome", "-o", "out"]);
    assert_eq!(code, 0, "{err}");
    assert!(dir.path().join("out/pictograms-black.pdf").is_file());
}
