use yomeru::plan::Text;
use yomeru::render::easy::words_picture;
fn main() {
    for a in std::env::args().skip(1) {
        let (t, p) = a
            .split_once('|')
            .map(|(a, b)| (a.to_string(), Some(b.to_string())))
            .unwrap_or((a.clone(), None));
        let r = words_picture(&Text { text: t.clone(), plain: p.clone(), ..Default::default() });
        println!("{t} | {p:?} => {r:?}");
    }
}
