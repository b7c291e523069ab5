use yomeru::japanese::plain::*;
use yomeru::japanese::reading::Lexicon;
fn main() {
    let lexicon = Lexicon::welfare();
    for a in std::env::args().skip(1) {
        let mut ch = Vec::new();
        let formed = forms::apply(&a, &lexicon, &mut ch);
        let plain = honorific::apply(&formed, &mut ch).unwrap_or_default();
        let plain = negation::apply(&plain, &mut ch).unwrap_or_default();
        let active = voice::apply(&plain, &mut ch);
        let verbal = nominal::apply(&active, &mut ch);
        let worded = words::apply(&verbal, &Options::default(), &mut ch);
        println!("worded: {worded}");
        for p in sentence::apply(&worded, &mut ch) {
            println!("  part: {p}");
        }
        println!("final: {}", suggest(&a, &lexicon, &Options::default()).text);
    }
}
