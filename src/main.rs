//! The `yomeru` command. Everything it does is in [`cli`]; the library does
//! the work.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
