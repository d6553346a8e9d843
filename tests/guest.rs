//! Guest mode for a shared screen: `career-nav --guest` shows no standing and no record,
//! and writes nothing to disk. The real binary runs in tmux (a pseudo-terminal of its own,
//! on a private socket) with HOME, XDG_DATA_HOME, XDG_CONFIG_HOME and the working directory
//! all in one fresh temporary directory, which must still be empty when it has quit. The
//! same walk without --guest does write there: the check can fail.
//!
//! tmux is required (CI installs it in .ci/run); without it these tests fail.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(15);
const POLL: Duration = Duration::from_millis(40);
const DONE: &str = "==GUEST-DONE==";

fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// A tmux server on its own socket, killed on drop.
struct Tmux {
    socket: PathBuf,
    _ctl: tempfile::TempDir,
}

impl Tmux {
    fn run(home: &Path, args: &[&str]) -> Tmux {
        let ok = Command::new("tmux")
            .arg("-V")
            .output()
            .is_ok_and(|o| o.status.success());
        assert!(
            ok,
            "tmux is needed for this test (apt-get install tmux; .ci/run installs it)"
        );
        let ctl = tempfile::tempdir().unwrap();
        let socket = ctl.path().join("sock");
        let mut line = format!(
            "cd {h} && env HOME={h} XDG_DATA_HOME={h}/data XDG_CONFIG_HOME={h}/config TERM=xterm-256color {}",
            sh_quote(env!("CARGO_BIN_EXE_career-nav")),
            h = sh_quote(&home.display().to_string())
        );
        for a in args {
            line.push_str(&format!(" {}", sh_quote(a)));
        }
        // The marker goes to the pane, never to the directory under test.
        line.push_str(&format!("; echo {DONE}; sleep 30"));
        let script = ctl.path().join("run.sh");
        std::fs::write(&script, format!("#!/bin/sh\n{line}\n")).unwrap();
        let out = Command::new("tmux")
            .arg("-S")
            .arg(&socket)
            .args([
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-x",
                "100",
                "-y",
                "30",
            ])
            .arg(format!("sh {}", sh_quote(&script.display().to_string())))
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        Tmux { socket, _ctl: ctl }
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(["capture-pane", "-p"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(text) {
                return s;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "waited for {text:?}; screen:\n{s}"
            );
            std::thread::sleep(POLL);
        }
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            let out = Command::new("tmux")
                .arg("-S")
                .arg(&self.socket)
                .args(["send-keys", k])
                .output()
                .unwrap();
            assert!(out.status.success());
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .arg("kill-server")
            .output();
    }
}

/// Every file and directory under `dir`.
fn everything(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(everything(&p));
        }
        out.push(p);
    }
    out
}

#[test]
fn guest_mode_shows_no_standing_or_record_and_writes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let t = Tmux::run(home.path(), &["--guest"]);
    let s = t.wait_for("q 終了");
    assert!(s.contains("ゲストモード"), "{s}");
    assert!(!s.contains("現在地"), "{s}");
    // Walk the ladder, try to choose a standing, open the record and try to write the
    // interview sheet, present, and quit.
    t.keys(&["j", "j", "p"]);
    let s = t.wait_for("何も保存しません");
    assert!(!s.contains("現在地を選ぶ"), "{s}");
    t.keys(&["6"]);
    let s = t.wait_for("あなたの職位と記録は表示せず");
    assert!(!s.contains("自己チェック"), "{s}");
    t.keys(&["e", "s", "Enter", "1", "P"]);
    let s = t.wait_for("1 / 12");
    assert!(!s.contains("現在地"), "{s}");
    // Esc, then q once the navigator is back (Esc and q at once read as Alt-q).
    t.keys(&["Escape"]);
    t.wait_for("1 職位の階段");
    t.keys(&["q"]);
    t.wait_for(DONE);
    let left = everything(home.path());
    assert!(left.is_empty(), "guest mode wrote {left:?}");
}

#[test]
fn without_guest_the_same_walk_saves_the_standing() {
    let home = tempfile::tempdir().unwrap();
    let t = Tmux::run(home.path(), &[]);
    t.wait_for("現在地を選ぶ");
    // Choose 1級, year 1: the standing is saved for the next start.
    t.keys(&["Enter", "Enter"]);
    t.wait_for("現在地：1級");
    t.keys(&["q"]);
    t.wait_for(DONE);
    let left = everything(home.path());
    assert!(
        left.iter().any(|p| p.starts_with(home.path().join("data"))),
        "{left:?}"
    );
}

#[test]
fn plain_guest_mode_reads_and_writes_no_record() {
    let home = tempfile::tempdir().unwrap();
    let out = assert_cmd::Command::cargo_bin("career-nav")
        .unwrap()
        .args(["--guest", "--plain"])
        .current_dir(home.path())
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .write_stdin("7\n1\n1\n0\nq\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("1 職位の階段"), "{s}");
    // No standing shown or offered (7 is not on the menu), no record.
    assert!(!s.contains("現在地"), "{s}");
    assert!(!s.contains("わたしの記録"), "{s}");
    let left = everything(home.path());
    assert!(left.is_empty(), "plain guest mode wrote {left:?}");
}

#[test]
fn guest_and_a_grade_do_not_go_together() {
    let out = Command::new(env!("CARGO_BIN_EXE_career-nav"))
        .args(["--guest", "--grade", "主任"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--guest"));
}

#[test]
fn present_from_a_grade_starts_there_and_writes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let t = Tmux::run(home.path(), &["present", "--from", "主任"]);
    let s = t.wait_for("5 / 12　主任");
    assert!(!s.contains("現在地"), "{s}");
    t.keys(&["Right", "b", "x", "Escape"]);
    t.wait_for(DONE);
    let left = everything(home.path());
    assert!(left.is_empty(), "presentation wrote {left:?}");
}
