use yomeru::japanese::grade::Furigana;
use yomeru::japanese::reading::*;
fn main() {
    let l = Lexicon::for_names([], &[("高橋 美咲", "たかはし みさき")], ["高橋 美咲"]);
    let t = "いっしょに つくった 人：高橋 美咲さん（みどり相談支援センター）";
    for p in annotate_words(t, &l, Furigana::All, true) {
        println!(
            "{:?}",
            p.iter()
                .map(|w| w.iter().map(|s| s.base.clone()).collect::<Vec<_>>())
                .collect::<Vec<_>>()
        );
    }
    for s in read(t, &l) {
        print!("[{}]", s.base);
    }
    println!();
}
