use yomeru::japanese::reading::morphemes;
fn main() {
    for a in std::env::args().skip(1) {
        for m in morphemes(&a) {
            print!(
                "{}[{} {} {} {} {}] ",
                m.surface, m.pos.0, m.pos.1, m.base, m.conj_type, m.conj_form
            );
        }
        println!();
    }
}
