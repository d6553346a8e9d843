//! Reads and writes workbooks (.xlsx) and Shift_JIS text for `career-nav`; see
//! `career_nav::convert`.
use std::process::ExitCode;

fn main() -> ExitCode {
    career_nav::convert::main()
}
