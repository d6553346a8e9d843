use std::process::ExitCode;

fn main() -> ExitCode {
    career_nav::cli::main()
}
