use yomeru::japanese::plain::*;
use yomeru::japanese::reading::Lexicon;
fn main() {
    let lexicon = Lexicon::welfare();
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let field = if args.first().is_some_and(|a| a.starts_with("--field=")) {
        let f = args.remove(0);
        f["--field=".len()..].to_string()
    } else {
        String::new()
    };
    let opts = Options::for_field(None, &field);
    for a in args {
        let s = suggest(&a, &lexicon, &opts);
        println!("IN : {a}\nOUT: {}\n", s.text);
    }
}
