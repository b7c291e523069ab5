//! Writes N synthetic, fictional plan files for benchmarks and stress tests:
//! `cargo run --example gen_plans -- N DIR [--seed S] [--reports]`.
//!
//! The plans vary the way a caseload does: adults and children, drafts and
//! final plans, 1 to 12 needs drawn from common services, weekly slots
//! (some overnight), plain wording on some fields, and offices as
//! subfolders (`DIR/office-03/plan-0042.yaml`); areas, certificate
//! periods, services needed but not usable (some since a month), and
//! 地域課題 (some shareable, some naming a person, as a specialist might
//! slip). With `--reports`, about half the final plans get a monitoring
//! report beside them (`plan-0042.monitoring.yaml`). The same N and seed
//! always give the same files. Every person, office and number is
//! invented.

use std::fmt::Write as _;
use std::path::PathBuf;

/// A small deterministic generator (SplitMix64): no dependency, and the
/// same seed gives the same caseload on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const FAMILY: &[(&str, &str)] = &[
    ("青木", "あおき"),
    ("石田", "いしだ"),
    ("上野", "うえの"),
    ("岡本", "おかもと"),
    ("川口", "かわぐち"),
    ("木村", "きむら"),
    ("近藤", "こんどう"),
    ("坂本", "さかもと"),
    ("清水", "しみず"),
    ("杉山", "すぎやま"),
    ("高田", "たかだ"),
    ("中野", "なかの"),
    ("西村", "にしむら"),
    ("野口", "のぐち"),
    ("原田", "はらだ"),
    ("福田", "ふくだ"),
    ("前田", "まえだ"),
    ("森", "もり"),
    ("山下", "やました"),
    ("吉川", "よしかわ"),
];

const GIVEN: &[(&str, &str)] = &[
    ("あかり", "あかり"),
    ("大輔", "だいすけ"),
    ("花", "はな"),
    ("翔太", "しょうた"),
    ("美咲", "みさき"),
    ("健", "けん"),
    ("さくら", "さくら"),
    ("拓海", "たくみ"),
    ("由美", "ゆみ"),
    ("陽向", "ひなた"),
    ("光", "ひかる"),
    ("友香", "ともか"),
];

const OFFICES: &[&str] = &[
    "ひまわり相談支援センター",
    "なのはな相談室",
    "つばさ計画相談支援事業所",
    "もみじ相談支援事業所",
    "かもめ相談センター",
];

/// (need, plain need, goal, service kind, detail, amount, provider, slot)
type Need = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const NEEDS: &[Need] = &[
    (
        "仕事を続けて、自分のお金をかせぎたい。",
        "しごとを つづけて、じぶんの おかねを かせぎたい。",
        "週5日、作業所に通う。",
        "就労継続支援B型",
        "軽作業と工賃の支払い",
        "週5日・1日5時間",
        "みどり作業所",
    ),
    (
        "一人でお風呂に入れるようになりたい。",
        "ひとりで おふろに はいれるように なりたい。",
        "手すりを使って安全に入浴する。",
        "居宅介護（ホームヘルプ）",
        "入浴の見守りと一部介助",
        "週3回・1回1時間",
        "ヘルパーステーションさくら",
    ),
    (
        "昼間に通う場所がほしい。",
        "ひるまに かよう ばしょが ほしい。",
        "日中活動の場で、好きな活動を見つける。",
        "生活介護",
        "創作活動と入浴、昼食",
        "週4日",
        "あおば生活介護センター",
    ),
    (
        "グループホームで暮らしてみたい。",
        "グループホームで くらして みたい。",
        "体験利用で暮らし方を知る。",
        "共同生活援助（グループホーム）",
        "体験利用",
        "3か月に1回",
        "ホームこもれび",
    ),
    (
        "買い物に一人で行きたい。",
        "かいものに ひとりで いきたい。",
        "近所の店で週1回、買い物をする。",
        "移動支援",
        "買い物の同行",
        "週1回・1回2時間",
        "移動支援センターそら",
    ),
    (
        "家族が休める日がほしい。",
        "かぞくが やすめる 日が ほしい。",
        "月に2泊、短期入所を使う。",
        "短期入所（ショートステイ）",
        "宿泊と食事、入浴",
        "月2泊",
        "ショートステイうみ",
    ),
    (
        "体調を崩さずに暮らしたい。",
        "からだの ちょうしを くずさずに くらしたい。",
        "月1回の通院と服薬を続ける。",
        "訪問看護",
        "服薬の確認と体調の相談",
        "週1回",
        "訪問看護ステーションみらい",
    ),
    (
        "放課後に友だちと遊びたい。",
        "がっこうの あとに ともだちと あそびたい。",
        "放課後に集団で遊ぶ経験を重ねる。",
        "放課後等デイサービス",
        "集団遊びと宿題の手伝い",
        "週3日",
        "キッズサポートにじ",
    ),
    (
        "自分の気持ちを伝えたい。",
        "じぶんの きもちを つたえたい。",
        "絵カードで気持ちを伝える。",
        "児童発達支援",
        "ことばとコミュニケーションの練習",
        "週2日",
        "こども発達センターひかり",
    ),
    (
        "夜、安心して眠りたい。",
        "よる、あんしんして ねむりたい。",
        "夜間の見守りで朝まで眠る。",
        "重度訪問介護",
        "夜間の体位交換と見守り",
        "毎日 22:00〜翌6:00",
        "ヘルパーステーションつばめ",
    ),
    (
        "地域の人と知り合いたい。",
        "ちいきの 人と しりあいたい。",
        "月1回、地域の集まりに出る。",
        "地域活動支援センター",
        "創作活動と交流",
        "月2回",
        "地域活動支援センターいこい",
    ),
    (
        "お金の管理を手伝ってほしい。",
        "おかねの かんりを てつだって ほしい。",
        "月の予算を自分で立てる。",
        "日常生活自立支援事業",
        "通帳の預かりと支払いの手伝い",
        "月2回",
        "市社会福祉協議会",
    ),
];

/// Areas of a fictional town: some large, one with few people.
const AREAS: &[&str] = &[
    "北部地区",
    "北部地区",
    "南部地区",
    "南部地区",
    "東部地区",
    "西部地区",
    "中央地区",
    "山間地区",
];

const REASONS: &[&str] =
    &["no_provider", "full", "full", "full", "distance", "hours", "not_approved", "cost", "other"];

/// 地域課題 as a specialist writes them; `{name}` takes the person's
/// family name, a slip the report must catch.
const ISSUES: &[(&str, &str)] = &[
    ("休日に使える移動支援の事業所が足りない。", "mobility"),
    ("短期入所の空きが市内になく、家族が休めない。", "respite"),
    ("{name}さんのように、医療的ケアに対応できる事業所が少ない。", "medical"),
    ("夜間や休日に相談できる窓口がない。", "crisis"),
    ("グループホームの空きが少なく、実家を出られない。", "housing"),
    ("放課後等デイサービスの送迎の範囲が狭い。", "child"),
    ("一般就労に向けた職場実習の受け入れ先が少ない。", "work"),
    ("制度の案内が難しく、家族に伝わりにくい。", "information"),
];

fn q(s: &str) -> String {
    // A JSON string is a valid YAML double-quoted scalar.
    serde_json::to_string(s).expect("strings serialise")
}

fn plan(i: usize, rng: &mut Rng, extra: &mut Rng) -> String {
    let (family, family_r) = *rng.pick(FAMILY);
    let (given, given_r) = *rng.pick(GIVEN);
    let child = rng.chance(25);
    let draft = rng.chance(30);
    let office = *rng.pick(OFFICES);
    let (pf, pf_r) = *rng.pick(FAMILY);
    let (pg, pg_r) = *rng.pick(GIVEN);
    let month = 1 + rng.below(12);
    let year = 2026;
    let mut y = String::new();
    let _ = writeln!(y, "# Synthetic plan {i} (gen_plans): a fictional person.");
    let _ = writeln!(y, "format: 1\nkind: {}", if draft { "plan-draft" } else { "plan" });
    let _ = writeln!(y, "person:");
    let _ = writeln!(y, "  name: {}", q(&format!("{family} {given}")));
    let _ = writeln!(y, "  name_reading: {}", q(&format!("{family_r} {given_r}")));
    let _ = writeln!(y, "  called: {}", q(&format!("{given_r}さん")));
    let _ = writeln!(
        y,
        "  birth_date: {}-{:02}-{:02}",
        if child { 2016 } else { 1970 + rng.below(35) },
        1 + rng.below(12),
        1 + rng.below(28)
    );
    let _ = writeln!(y, "  child: {child}");
    let _ = writeln!(y, "  area: {}", extra.pick(AREAS));
    if child {
        let _ = writeln!(
            y,
            "  guardian:\n    name: {}\n    name_reading: {}\n    relation: 母",
            q(&format!("{family} 恵子")),
            q(&format!("{family_r} けいこ"))
        );
    }
    let _ = writeln!(
        y,
        "certificates:\n  support_category: {}\n  welfare_number: \"{:010}\"\n  copay_limit_yen: {}",
        if child { "\"なし\"".to_string() } else { (1 + rng.below(6)).to_string() },
        1_000_000 + i * 7919,
        rng.pick(&[0, 4600, 9300, 37200])
    );
    let _ = writeln!(y, "  valid_until: {}-{month:02}", year + 1);
    let _ = writeln!(
        y,
        "office:\n  name: {}\n  planner: {}\n  planner_reading: {}\n  phone: 03-0000-{:04}",
        q(office),
        q(&format!("{pf} {pg}")),
        q(&format!("{pf_r} {pg_r}")),
        i % 10000
    );
    let _ = writeln!(
        y,
        "dates:\n  created: {year}-{month:02}-{:02}\n  start: {year}-{month:02}\n  monitoring_every_months: {}\n  monitoring_from: {year}-{:02}",
        1 + rng.below(28),
        rng.pick(&[1, 3, 6]),
        month.min(11) + 1
    );
    let _ = writeln!(
        y,
        "wishes:\n  person:\n    text: {}\n    voice: true",
        q("「自分のペースで、好きなことを続けたい。」")
    );
    let _ = writeln!(y, "  family: {}", q("本人が安心して暮らせるよう、支援を続けてほしい。"));
    let _ = writeln!(
        y,
        "policy: {}",
        q("本人の希望を大切にし、関係機関が連携して、地域での生活を支える。")
    );
    let _ = writeln!(y, "long_term_goal: {}", q("地域で安心して暮らし続ける。"));
    let _ = writeln!(
        y,
        "short_term_goal:\n  text: {}\n  plain: {}",
        q("毎日の生活のリズムを整える。"),
        q("まいにちの くらしの リズムを ととのえる。")
    );
    let _ = writeln!(y, "strengths:\n  - 人にあいさつができる\n  - 音楽が好き");
    let n = 1 + rng.below(12);
    let _ = writeln!(y, "needs:");
    let mut used = Vec::new();
    for k in 0..n {
        let mut idx = rng.below(NEEDS.len());
        while used.contains(&idx) {
            idx = (idx + 1) % NEEDS.len();
        }
        used.push(idx);
        let (need, plain, goal, kind, detail, amount, provider) = NEEDS[idx];
        let _ = writeln!(y, "  - id: n{k}\n    priority: {}", k + 1);
        if rng.chance(60) {
            let _ = writeln!(y, "    need:\n      text: {}\n      plain: {}", q(need), q(plain));
        } else {
            let _ = writeln!(y, "    need: {}", q(need));
        }
        let _ =
            writeln!(y, "    goal: {}\n    achieve_by: {year}-{:02}", q(goal), month.min(11) + 1);
        let _ = writeln!(
            y,
            "    services:\n      - kind: {}\n        detail: {}\n        amount: {}\n        provider: {}\n        contact: 担当 03-0000-{:04}",
            q(kind),
            q(detail),
            q(amount),
            q(provider),
            (i + k) % 10000
        );
        if extra.chance(8) {
            let reason = *extra.pick(REASONS);
            let _ = write!(y, "        unmet:\n          reason: {reason}\n");
            if extra.chance(80) {
                // Since some months before the plan (2024-05 to 2026-04).
                let back = extra.below(24);
                let (sy, sm) = (2024 + (4 + back) / 12, (4 + back) % 12 + 1);
                let _ = writeln!(y, "          since: {sy}-{sm:02}");
            }
            if extra.chance(40) {
                let _ = writeln!(y, "          note: {}", q("空きが出たら連絡をもらう。"));
            }
        }
        if rng.chance(30) {
            let _ = writeln!(
                y,
                "      - kind: 家族\n        detail: 送り迎え\n        amount: 週1回\n        formal: false"
            );
        }
        let _ = writeln!(
            y,
            "    my_role: {}\n    review_at: {year}-{:02}",
            q("困ったときは相談する。"),
            month.min(11) + 1
        );
    }
    let _ = writeln!(y, "weekly:\n  slots:");
    let _ = writeln!(
        y,
        "    - days: [mon, tue, wed, thu, fri]\n      from: \"09:30\"\n      to: \"15:30\"\n      label: {}\n      service: {}",
        q(NEEDS[used[0]].6),
        q(NEEDS[used[0]].3)
    );
    if rng.chance(50) {
        let _ = writeln!(
            y,
            "    - days: [sat]\n      from: \"10:00\"\n      to: \"12:00\"\n      label: 買い物"
        );
    }
    if rng.chance(20) {
        let _ = writeln!(
            y,
            "    - days: [mon, wed, fri]\n      from: \"22:00\"\n      to: \"30:00\"\n      label: 夜間の見守り"
        );
    }
    let _ = writeln!(
        y,
        "  daily_life:\n    - 7:00 起床、朝食\n    - 19:00 夕食、入浴\n    - 22:00 就寝"
    );
    let _ = writeln!(y, "  non_weekly: 月1回の通院");
    let _ = writeln!(y, "  whole_picture: {}", q("日中は通所し、夜は家で家族とくつろぐ生活。"));
    if extra.chance(35) {
        let _ = writeln!(y, "community_issues:");
        for _ in 0..1 + extra.below(2) {
            let (text, topic) = *extra.pick(ISSUES);
            let share = extra.chance(60);
            let _ = writeln!(
                y,
                "  - text: {}\n    topic: {topic}\n    share: {share}",
                q(&text.replace("{name}", family))
            );
        }
    }
    y
}

/// A monitoring report of plan `i` (`file`), in its first monitoring month.
fn report(i: usize, text: &str, file: &str, extra: &mut Rng) -> Option<String> {
    let value = |key: &str| -> Option<String> {
        let line = text.lines().find(|l| l.trim_start().starts_with(key))?;
        Some(line.split_once(':')?.1.trim().to_string())
    };
    if !text.contains("kind: plan\n") {
        return None;
    }
    let from = value("monitoring_from:")?;
    let mut y = String::new();
    let _ = writeln!(y, "# Synthetic monitoring report of plan {i} (gen_plans).");
    let _ = writeln!(y, "format: 1\nkind: monitoring");
    let _ = writeln!(
        y,
        "person:\n  name: {}\n  name_reading: {}",
        value("name:")?,
        value("name_reading:")?
    );
    let _ = writeln!(y, "dates:\n  created: {from}-10\n  monitored_on: {from}-10");
    let _ = writeln!(
        y,
        "monitoring:\n  plan: {file}\n  overall: {}",
        q("おおむね計画どおりに過ごせている。")
    );
    let _ = writeln!(
        y,
        "  rows:\n    - need: n0\n      status: {}\n      progress: little",
        q("通い始めた。")
    );
    if extra.chance(30) {
        // A report's words name no one: the plan's do, now and then.
        let (text, topic) = *extra.pick(&ISSUES[..2]);
        let _ = writeln!(
            y,
            "community_issues:\n  - text: {}\n    topic: {topic}\n    share: true",
            q(text),
        );
    }
    Some(y)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen_plans N DIR [--seed S] [--reports]";
    let n: usize = args.first().and_then(|a| a.parse().ok()).expect(usage);
    let dir = PathBuf::from(args.get(1).expect(usage));
    let seed: u64 = match args.iter().position(|a| a == "--seed") {
        Some(i) => args.get(i + 1).and_then(|s| s.parse().ok()).expect(usage),
        None => 1,
    };
    let reports = args.iter().any(|a| a == "--reports");
    let mut rng = Rng(seed);
    // The caseload's keys come from a generator of their own, so adding
    // them left the rest of each plan as it was for the same seed.
    let mut extra = Rng(seed ^ 0x5EED_CA5E);
    let mut written = 0;
    for i in 0..n {
        // About twenty plans per office folder, as in a real caseload.
        let sub = dir.join(format!("office-{:02}", i / 20));
        std::fs::create_dir_all(&sub).expect("create the output folder");
        let file = format!("plan-{i:04}.yaml");
        let text = plan(i, &mut rng, &mut extra);
        if reports
            && extra.chance(50)
            && let Some(r) = report(i, &text, &file, &mut extra)
        {
            std::fs::write(sub.join(format!("plan-{i:04}.monitoring.yaml")), r)
                .expect("write a report");
            written += 1;
        }
        std::fs::write(sub.join(&file), text).expect("write a plan");
    }
    println!("wrote {n} plans and {written} monitoring reports under {}", dir.display());
}
