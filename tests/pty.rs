//! The real binary in a real pseudo-terminal (tmux): the reader walks, searches and quits,
//! and the terminal is given back as it was, on every way out: `q`, SIGTERM, SIGHUP, SIGINT,
//! a map that does not load, and a panic.
//!
//! Each test starts its own tmux server (its own socket in a temporary directory, so nothing
//! of the user's tmux is touched) with one 80x24 pane running a small shell script: it records the tty settings
//! (`stty -g`), runs career-nav in the foreground, then prints the exit status, whether the
//! settings are the same, `icanon` / `echo` as `stty -a` shows them, and a marker. The test
//! waits for text by polling `capture-pane` (never a bare sleep), and asks tmux whether the
//! alternate screen is off and the cursor visible. A guard kills the server on every exit.
//!
//! Where `tmux` is not installed a test says so and is skipped; under `CI=true` it fails
//! instead (`.ci/run` installs tmux).
//!
//! Also here, each a reproduction of a way something typed could be lost or run: a paste
//! arrives whole as text (bracketed paste), input unread at exit is discarded (never run by
//! the shell), Ctrl-Z and SIGTSTP suspend and SIGCONT resumes with a redraw, every signal
//! that ends the program gives the terminal back and saves what was typed, and a standing
//! given on the command line leaves the saved one alone.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const WIDTH: u16 = 80;
const HEIGHT: u16 = 24;
/// How long to wait for something to appear on the screen.
const TIMEOUT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(40);
/// Printed by the wrapper once everything after the program has run.
const DONE: &str = "==WRAPPER-DONE==";
/// The hint bar's last entry: the navigator is drawn and reading keys.
const RUNNING: &str = "q 終了";

fn tmux_available() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Skip the test (with a message) when tmux is missing; under CI=true, fail.
macro_rules! require_tmux {
    () => {
        if !tmux_available() {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true and `tmux` is not on PATH: the pseudo-terminal tests need it"
            );
            eprintln!(
                "SKIPPED: `tmux` is not on PATH; the pseudo-terminal tests need it \
                 (apt-get install tmux)"
            );
            return;
        }
    };
}

/// Single-quote `s` for sh.
fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// One tmux server with one session running the wrapper script; killed on drop.
struct Pane {
    /// The server's socket, in `_dir` (so it goes with it).
    socket: PathBuf,
    session: String,
    /// XDG_DATA_HOME of the program (its record is `career-nav/record.ron` in it).
    data: PathBuf,
    /// Holds the script and the data directory while the pane lives.
    _dir: tempfile::TempDir,
}

impl Drop for Pane {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .arg("kill-server")
            .output();
    }
}

/// What to run in the pane.
struct Run<'a> {
    /// A name for the session (the test's).
    name: &'a str,
    /// Arguments to career-nav.
    args: Vec<String>,
    /// Extra environment for career-nav.
    env: Vec<(&'a str, String)>,
    /// A record saved before the program starts.
    record: Option<career_nav::record::Record>,
}

impl Pane {
    fn start(run: Run<'_>) -> Pane {
        static N: AtomicUsize = AtomicUsize::new(0);
        let unique = format!(
            "cn-{}-{}-{}",
            run.name,
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        );
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir_all(&data).unwrap();
        if let Some(record) = &run.record {
            let mut opened = career_nav::store::Store::open_in(&data.join("career-nav"));
            opened.store.save(record).unwrap();
        }
        let bin = env!("CARGO_BIN_EXE_career-nav");
        let mut line = String::from("env");
        for (k, v) in [
            ("XDG_DATA_HOME", data.display().to_string()),
            ("XDG_CONFIG_HOME", data.display().to_string()),
        ]
        .into_iter()
        .chain(run.env.iter().map(|(k, v)| (*k, v.clone())))
        {
            line.push_str(&format!(" {k}={}", sh_quote(&v)));
        }
        line.push_str(&format!(" {}", sh_quote(bin)));
        for a in &run.args {
            line.push_str(&format!(" {}", sh_quote(a)));
        }
        let script = format!(
            r#"#!/bin/sh
unset NO_COLOR
cd {dir}
BEFORE=$(stty -g)
{line}
echo "EXIT=$?"
AFTER=$(stty -g)
if [ "$BEFORE" = "$AFTER" ]; then echo "TTY=same"; else echo "TTY=changed"; fi
echo "ICANON=$(stty -a | tr -s ' ;' '\n\n' | grep -x -E -e '-?icanon')"
echo "ECHO=$(stty -a | tr -s ' ;' '\n\n' | grep -x -E -e '-?echo')"
stty -icanon min 0 time 0
echo "LEFTOVER=$(dd bs=65536 count=1 2>/dev/null | wc -c | tr -d ' ')"
stty "$AFTER"
echo "{DONE}"
exec cat -v
"#,
            dir = sh_quote(&dir.path().display().to_string()),
        );
        let path = dir.path().join("run.sh");
        std::fs::write(&path, script).unwrap();
        let pane = Pane {
            socket: dir.path().join("tmux.sock"),
            session: unique,
            data,
            _dir: dir,
        };
        let out = pane.tmux(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-x",
            &WIDTH.to_string(),
            "-y",
            &HEIGHT.to_string(),
            "-s",
            &pane.session,
            &format!("sh {}", sh_quote(&path.display().to_string())),
        ]);
        assert!(
            out.status.success(),
            "tmux new-session failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        pane
    }

    fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .env_remove("TMUX")
            .output()
            .expect("tmux runs")
    }

    fn target(&self) -> String {
        format!("{}:", self.session)
    }

    /// The screen as tmux shows it now (the alternate screen while a program has it).
    fn capture(&self) -> String {
        let out = self.tmux(&["capture-pane", "-p", "-t", &self.target()]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The normal screen with the lines scrolled off above it (a panic's backtrace can push
    /// its message off a 24-line screen).
    fn capture_with_history(&self) -> String {
        let out = self.tmux(&["capture-pane", "-p", "-S", "-", "-t", &self.target()]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A tmux format for the pane, e.g. `#{alternate_on}`.
    fn display(&self, format: &str) -> String {
        let out = self.tmux(&["display-message", "-p", "-t", &self.target(), format]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Wait until `ok` holds for the screen; panic with the last screen after [`TIMEOUT`].
    fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if ok(&screen) {
                return screen;
            }
            if start.elapsed() > TIMEOUT {
                panic!(
                    "waited {TIMEOUT:?} for {what}; the screen:\n{screen}\n(alternate_on={})",
                    self.display("#{alternate_on}")
                );
            }
            std::thread::sleep(POLL);
        }
    }

    fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?}"), |s| s.contains(text))
    }

    /// Keys by tmux's names (`j`, `Enter`, `Escape`, `q`).
    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t"];
        let target = self.target();
        args.push(&target);
        args.extend_from_slice(keys);
        let out = self.tmux(&args);
        assert!(out.status.success(), "send-keys {keys:?}");
    }

    /// Text typed as is (UTF-8), not read as key names.
    fn type_text(&self, text: &str) {
        let target = self.target();
        let out = self.tmux(&["send-keys", "-t", &target, "-l", text]);
        assert!(out.status.success(), "send-keys -l {text:?}");
    }

    /// The pid of career-nav, found by a path unique to this pane in its arguments.
    fn program_pid(&self, marker: &Path) -> u32 {
        let marker = marker.display().to_string();
        let start = Instant::now();
        loop {
            let out = Command::new("pgrep")
                .args(["-f", &marker])
                .output()
                .expect("pgrep runs");
            let pids: Vec<u32> = String::from_utf8_lossy(&out.stdout)
                .lines()
                .filter_map(|l| l.trim().parse().ok())
                .filter(|pid| is_career_nav(*pid))
                .collect();
            if let [pid] = pids[..] {
                return pid;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "no single career-nav process with {marker} in its arguments: {pids:?}"
            );
            std::thread::sleep(POLL);
        }
    }

    /// `stty -a` of the pane's terminal, read from outside while the program runs (GNU
    /// stty's `-F`); None where that does not work.
    fn stty_outside(&self) -> Option<String> {
        let tty = self.display("#{pane_tty}");
        let out = Command::new("stty")
            .args(["-a", "-F", &tty])
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }
}

/// Whether `pid` runs our binary (and is not, say, a shell whose arguments mention it).
fn is_career_nav(pid: u32) -> bool {
    match std::fs::read(format!("/proc/{pid}/cmdline")) {
        Ok(cmdline) => cmdline
            .split(|b| *b == 0)
            .next()
            .is_some_and(|argv0| argv0.ends_with(b"career-nav")),
        // No /proc (not Linux): trust pgrep.
        Err(_) => true,
    }
}

/// What exit status a way out must give.
enum Exit {
    Is(i32),
    NonZero,
}

/// Wait for the wrapper's report and check the terminal is as it was: settings restored,
/// canonical mode and echo on, the alternate screen left, the cursor shown; and the exit
/// status. Every failed check is reported, not only the first.
/// Returns the normal screen (with history).
fn assert_restored(pane: &Pane, what: &str, expected: Exit) -> String {
    pane.wait_for(DONE);
    let screen = pane.capture_with_history();
    let field = |name: &str| -> String {
        screen
            .lines()
            .find_map(|l| l.trim().strip_prefix(&format!("{name}=")))
            .unwrap_or_else(|| panic!("{what}: no {name}= on the screen:\n{screen}"))
            .trim()
            .to_string()
    };
    let exit: i32 = field("EXIT")
        .parse()
        .unwrap_or_else(|_| panic!("{what}: EXIT is not a number:\n{screen}"));
    let mut problems = Vec::new();
    match expected {
        Exit::Is(code) if exit != code => {
            problems.push(format!("exit status {exit}, expected {code}"))
        }
        Exit::NonZero if exit == 0 => problems.push("exit status 0, expected an error".into()),
        _ => {}
    }
    if field("TTY") != "same" {
        problems.push("the terminal settings (stty -g) were not restored".into());
    }
    if field("ICANON") != "icanon" {
        problems.push("canonical mode is off (raw mode left on)".into());
    }
    if field("ECHO") != "echo" {
        problems.push("echo is off".into());
    }
    if pane.display("#{alternate_on}") != "0" {
        problems.push("still on the alternate screen".into());
    }
    if pane.display("#{cursor_flag}") != "1" {
        problems.push("the cursor is left hidden (no ESC [ ? 25 h)".into());
    }
    if pane.display("#{mouse_any_flag}") != "0" {
        problems.push("mouse reporting left on".into());
    }
    // Bracketed paste is off: a paste reaches the shell (here `cat -v`) without the
    // ESC [ 200 ~ that would wrap it were the mode left on.
    let target = pane.target();
    let out = pane.tmux(&["set-buffer", "-b", "probe", "--", "PASTE-PROBE"]);
    assert!(out.status.success());
    let out = pane.tmux(&["paste-buffer", "-p", "-b", "probe", "-t", &target]);
    assert!(out.status.success());
    let probe = pane.wait_for("PASTE-PROBE");
    if probe.contains("[200~") {
        problems.push("bracketed paste left on".into());
    }
    // The normal screen holds the wrapper's lines, not a frame of the navigator.
    if screen.contains(RUNNING) || screen.contains("職位の階段") {
        problems.push("the navigator's frame is on the normal screen".into());
    }
    assert!(
        problems.is_empty(),
        "{what}: the terminal is not given back as it was:\n- {}\nthe screen:\n{screen}",
        problems.join("\n- ")
    );
    screen
}

/// The navigator is up: drawn, on the alternate screen, the terminal in raw mode.
fn assert_running(pane: &Pane) {
    pane.wait_for(RUNNING);
    assert_eq!(
        pane.display("#{alternate_on}"),
        "1",
        "not on the alternate screen"
    );
    if let Some(stty) = pane.stty_outside() {
        let words: Vec<&str> = stty.split([' ', ';', '\n']).collect();
        assert!(
            words.contains(&"-icanon"),
            "the navigator runs without raw mode: {stty}"
        );
    }
}

/// The detail pane's title ("詳細：2級" → "2級").
fn detail_title(screen: &str) -> Option<String> {
    let rest = screen.split("詳細：").nth(1)?;
    Some(rest.split_whitespace().next()?.to_string())
}

// ---------------------------------------------------------------------------------------------

#[test]
fn walk_search_and_quit_restores_the_terminal() {
    require_tmux!();
    let pane = Pane::start(Run {
        name: "walk",
        args: ["--grade", "1級", "--year", "2"].map(String::from).to_vec(),
        env: vec![],
        record: None,
    });
    assert_running(&pane);
    let s = pane.wait_until("the detail of 1級", |s| {
        detail_title(s).as_deref() == Some("1級")
    });
    assert!(s.contains("現在地：1級（入庁2年目）"), "{s}");
    // Walk up, and back down: the detail follows the cursor.
    pane.keys(&["k"]);
    pane.wait_until("the detail of 2級", |s| {
        detail_title(s).as_deref() == Some("2級")
    });
    pane.keys(&["k"]);
    pane.wait_until("the detail of 主任", |s| {
        detail_title(s).as_deref() == Some("主任")
    });
    pane.keys(&["j"]);
    pane.wait_until("the detail of 2級 again", |s| {
        detail_title(s).as_deref() == Some("2級")
    });
    // Search in hiragana for a katakana word (データ), then go to the first hit: a training.
    pane.keys(&["/"]);
    pane.wait_for("検索：");
    pane.type_text("でーた");
    let s = pane.wait_for("検索：でーた");
    assert!(s.contains("データ"), "no hit for でーた:\n{s}");
    pane.keys(&["Enter"]);
    let s = pane.wait_for("▶3 研修一覧");
    assert!(s.contains("研修の説明"), "not the catalog:\n{s}");
    pane.keys(&["q"]);
    assert_restored(&pane, "q", Exit::Is(0));
}

/// A signal sent to the program while the navigator runs: the watcher restores the terminal
/// and exits with 128 + the signal's number.
fn signal_restores_the_terminal(name: &str, signal: &str, code: i32) {
    // A map path unique to this test finds the process.
    let dir = tempfile::tempdir().unwrap();
    let map = dir
        .path()
        .join(format!("map-{name}-{}.ron", std::process::id()));
    std::fs::write(&map, career_nav::model::EMBEDDED_MAP).unwrap();
    let pane = Pane::start(Run {
        name,
        args: vec![
            "--data".into(),
            map.display().to_string(),
            "--grade".into(),
            "主任".into(),
            "--year".into(),
            "3".into(),
        ],
        env: vec![],
        record: None,
    });
    assert_running(&pane);
    let pid = pane.program_pid(&map);
    let out = Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .output()
        .unwrap();
    assert!(out.status.success(), "kill -{signal} {pid}");
    assert_restored(&pane, &format!("SIG{signal}"), Exit::Is(code));
}

#[test]
fn sigterm_restores_the_terminal() {
    require_tmux!();
    signal_restores_the_terminal("term", "TERM", 143);
}

#[test]
fn sighup_restores_the_terminal() {
    require_tmux!();
    signal_restores_the_terminal("hup", "HUP", 129);
}

#[test]
fn sigint_restores_the_terminal() {
    require_tmux!();
    signal_restores_the_terminal("int", "INT", 130);
}

#[test]
fn a_map_error_leaves_the_terminal_alone() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken-map.ron");
    std::fs::write(
        &broken,
        career_nav::model::EMBEDDED_MAP.replacen("name: \"主任\",", "name: \"主任\"", 1),
    )
    .unwrap();
    let pane = Pane::start(Run {
        name: "maperr",
        args: vec!["--data".into(), broken.display().to_string()],
        env: vec![],
        record: None,
    });
    let screen = assert_restored(&pane, "a map error", Exit::NonZero);
    assert!(
        screen.contains("broken-map.ron"),
        "the error does not name the file:\n{screen}"
    );
}

#[test]
fn a_panic_restores_the_terminal() {
    require_tmux!();
    let pane = Pane::start(Run {
        name: "panic",
        args: ["--grade", "主任", "--year", "3"]
            .map(String::from)
            .to_vec(),
        env: vec![("CAREER_NAV_TEST_PANIC", "1".into())],
        record: None,
    });
    let screen = assert_restored(&pane, "a panic", Exit::Is(101));
    assert!(
        screen.contains("forced panic"),
        "the panic message is not on the normal screen:\n{screen}"
    );
}

/// Settings that cannot lock the reader out (issue 16): a wrong config.ron and a keys file
/// that moves Quit to Ctrl-Q. The navigator starts with `--theme mono`, says what is wrong in
/// its message line, `q` no longer quits, Ctrl-C still does, and the full report stays on
/// the normal screen afterwards.
#[test]
fn broken_settings_never_lock_the_reader_out() {
    require_tmux!();
    let conf = tempfile::tempdir().unwrap();
    let dir = conf.path().join("career-nav");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.ron"), "(theme: Some(Highcontrast))\n").unwrap();
    std::fs::write(
        dir.join("keys.ron"),
        "[\n    (action: \"Quit\", keys: [\"Ctrl-q\"]),\n]\n",
    )
    .unwrap();
    let pane = Pane::start(Run {
        name: "settings",
        args: ["--theme", "mono", "--grade", "主任", "--year", "3"]
            .map(String::from)
            .to_vec(),
        env: vec![
            ("XDG_CONFIG_HOME", conf.path().display().to_string()),
            ("LANG", "ja_JP.UTF-8".into()),
            ("LC_ALL", String::new()),
        ],
        record: None,
    });
    let s = pane.wait_for("config.ron 1行14列に誤り");
    assert!(s.contains("現在地：主任"), "{s}");
    // The message goes with the next key; the keys of keys.ron are in force.
    pane.keys(&["j"]);
    let s = pane.wait_for("Ctrl-Q 終了");
    assert!(!s.contains("q 終了"), "{s}");
    pane.keys(&["q"]);
    pane.keys(&["k"]);
    pane.wait_until("the detail of 主任 again", |s| {
        detail_title(s).as_deref() == Some("主任")
    });
    pane.keys(&["C-c"]);
    let screen = assert_restored(&pane, "Ctrl-C", Exit::Is(0));
    // The pane wraps long lines: read them joined.
    assert!(
        screen
            .replace('\n', "")
            .contains("「HighContrast」のことでしょうか。"),
        "the full report is not left on the normal screen:\n{screen}"
    );
}

// ---------------------------------------------------------------------------------------------
// Nothing typed is lost or run

/// The program running in a pane, found by a map path unique to it.
struct Marked {
    pane: Pane,
    pid: u32,
    _map_dir: tempfile::TempDir,
}

fn start_marked(name: &str, args: &[&str], record: Option<career_nav::record::Record>) -> Marked {
    let map_dir = tempfile::tempdir().unwrap();
    let map = map_dir
        .path()
        .join(format!("map-{name}-{}.ron", std::process::id()));
    std::fs::write(&map, career_nav::model::EMBEDDED_MAP).unwrap();
    let mut all = vec!["--data".to_string(), map.display().to_string()];
    all.extend(args.iter().map(|a| a.to_string()));
    let pane = Pane::start(Run {
        name,
        args: all,
        env: vec![],
        record,
    });
    assert_running(&pane);
    let pid = pane.program_pid(&map);
    Marked {
        pane,
        pid,
        _map_dir: map_dir,
    }
}

fn kill(pid: u32, signal: &str) {
    let out = Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .output()
        .unwrap();
    assert!(out.status.success(), "kill -{signal} {pid}");
}

/// The process state letter of /proc/PID/stat (T: stopped).
fn state(pid: u32) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit_once(") ")?.1.chars().next()
}

fn wait_for_state(pid: u32, want: char) {
    let start = Instant::now();
    while state(pid) != Some(want) {
        assert!(
            start.elapsed() < TIMEOUT,
            "process {pid} never reached state {want}: {:?}",
            state(pid)
        );
        std::thread::sleep(POLL);
    }
}

/// A `NAME=value` line the wrapper printed.
fn reported(screen: &str, name: &str) -> String {
    screen
        .lines()
        .find_map(|l| l.trim().strip_prefix(&format!("{name}=")))
        .unwrap_or_else(|| panic!("no {name}= on the screen:\n{screen}"))
        .trim()
        .to_string()
}

/// The record the program saved (read as a file, not through the store).
fn saved(pane: &Pane) -> career_nav::record::Record {
    let path = pane
        .data
        .join("career-nav")
        .join(career_nav::store::RECORD_FILE);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    ron::from_str(&text).unwrap_or_default()
}

/// Bytes waiting unread in the pane's terminal (FIONREAD on its tty).
fn unread(pane: &Pane) -> u64 {
    use std::os::unix::fs::OpenOptionsExt;
    let tty = pane.display("#{pane_tty}");
    // O_NOCTTY | O_NONBLOCK: only looking.
    let f = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(0o400 | 0o4000)
        .open(&tty)
        .unwrap_or_else(|e| panic!("open {tty}: {e}"));
    rustix::io::ioctl_fionread(&f).unwrap()
}

fn profile(title: &str, year: u8) -> career_nav::record::Record {
    career_nav::record::Record {
        profile: Some(career_nav::record::Profile {
            title: title.into(),
            year,
        }),
        ..Default::default()
    }
}

/// The record tab, the questions row (found as the app lists the rows for 主任), editing.
fn edit_questions(pane: &Pane) {
    let map = career_nav::model::load_embedded().unwrap();
    let m = map.resolve_title("主任").unwrap();
    let app = career_nav::app::App::new(
        map,
        Some(career_nav::content::Standing {
            place: m.place,
            title: m.title,
            year: Some(3),
        }),
    );
    let downs = app
        .record_rows()
        .iter()
        .filter(|r| r.selectable())
        .position(|r| *r == career_nav::app::RecordRow::Questions)
        .expect("a questions row");
    pane.keys(&["6"]);
    pane.wait_for("▶6 わたしの記録");
    pane.keys(&["Home"]);
    for _ in 0..downs {
        pane.keys(&["Down"]);
    }
    pane.keys(&["Enter"]);
    pane.wait_for("Esc");
}

#[test]
fn a_standing_on_the_command_line_leaves_the_saved_one() {
    require_tmux!();
    let m = start_marked(
        "standing",
        &["--grade", "課長", "--year", "20"],
        Some(profile("主任", 8)),
    );
    m.pane.wait_for("現在地：課長（入庁20年目）");
    m.pane.keys(&["q"]);
    assert_restored(&m.pane, "q", Exit::Is(0));
    assert_eq!(saved(&m.pane).profile, profile("主任", 8).profile);
}

/// 5,000 characters pasted into a note, with `q`s, an Esc and line breaks in them: all of it
/// lands in the note, none of it acts as a key, and it is saved at once.
#[test]
fn a_large_paste_lands_whole_in_the_note() {
    require_tmux!();
    let m = start_marked("paste", &["--grade", "主任", "--year", "3"], None);
    edit_questions(&m.pane);
    let first = "あ".repeat(2_500);
    let second = "い".repeat(2_500);
    let paste = format!("{first}qqq\u{1b}q\n{second}\ntouch PASTED-FILE\n");
    let target = m.pane.target();
    let out = m.pane.tmux(&["set-buffer", "-b", "cn", "--", &paste]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = m
        .pane
        .tmux(&["paste-buffer", "-p", "-b", "cn", "-t", &target]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let expected = format!("{first}qqqq\n{second}\ntouch PASTED-FILE");
    // Saved at once after the paste, with nothing else typed.
    let start = Instant::now();
    while saved(&m.pane).questions != expected {
        assert!(
            start.elapsed() < TIMEOUT,
            "the paste was not saved whole: {} characters saved\n{}",
            saved(&m.pane).questions.chars().count(),
            m.pane.capture()
        );
        std::thread::sleep(POLL);
    }
    // Still editing: the pasted Esc and q were text.
    let s = m.pane.capture();
    assert!(s.contains("Esc"), "no longer editing:\n{s}");
    m.pane.keys(&["Escape"]);
    m.pane.wait_for(RUNNING);
    m.pane.keys(&["q"]);
    let screen = assert_restored(&m.pane, "q after a paste", Exit::Is(0));
    assert_eq!(reported(&screen, "LEFTOVER"), "0");
    assert_eq!(saved(&m.pane).questions, expected);
}

/// Input the program has not read when it ends never reaches the shell: `q` and 3,000
/// more characters arrive together (queued while the program was stopped); the program
/// quits on the `q` and the rest is discarded.
#[test]
fn input_unread_at_exit_is_discarded() {
    require_tmux!();
    let m = start_marked("unread", &["--grade", "主任", "--year", "3"], None);
    kill(m.pid, "STOP");
    wait_for_state(m.pid, 'T');
    let payload = format!("q{}", "x".repeat(3_000));
    m.pane.type_text(&payload);
    let start = Instant::now();
    while unread(&m.pane) < payload.len() as u64 {
        assert!(
            start.elapsed() < TIMEOUT,
            "the keys never arrived: {} bytes",
            unread(&m.pane)
        );
        std::thread::sleep(POLL);
    }
    kill(m.pid, "CONT");
    let screen = assert_restored(&m.pane, "q with more input behind it", Exit::Is(0));
    assert_eq!(
        reported(&screen, "LEFTOVER"),
        "0",
        "input left for the shell to read"
    );
}

/// Input unread when a signal ends the program never reaches the shell either: a pasted
/// line `touch …` queued while the program was stopped, then SIGTERM (delivered at SIGCONT).
#[test]
fn input_unread_when_a_signal_ends_the_program_is_discarded() {
    require_tmux!();
    let m = start_marked("unread-term", &["--grade", "主任", "--year", "3"], None);
    kill(m.pid, "STOP");
    wait_for_state(m.pid, 'T');
    let payload = format!("{}\ntouch PASTED-BY-SIGTERM\n", "x".repeat(2_000));
    m.pane.type_text(&payload);
    let start = Instant::now();
    while unread(&m.pane) < payload.len() as u64 {
        assert!(
            start.elapsed() < TIMEOUT,
            "the keys never arrived: {} bytes",
            unread(&m.pane)
        );
        std::thread::sleep(POLL);
    }
    kill(m.pid, "TERM");
    kill(m.pid, "CONT");
    let screen = assert_restored(&m.pane, "SIGTERM with input unread", Exit::Is(143));
    assert_eq!(
        reported(&screen, "LEFTOVER"),
        "0",
        "input left for the shell to read"
    );
}

/// A signal that ends the program while a note is being typed: the note is saved first.
#[test]
fn what_was_typed_is_saved_when_a_signal_ends_the_program() {
    require_tmux!();
    let m = start_marked("typed", &["--grade", "主任", "--year", "3"], None);
    edit_questions(&m.pane);
    m.pane.type_text("面談で聞くこと");
    m.pane.wait_for("面談で聞くこと");
    kill(m.pid, "TERM");
    assert_restored(&m.pane, "SIGTERM while typing", Exit::Is(143));
    assert_eq!(saved(&m.pane).questions, "面談で聞くこと");
}

/// Suspended (by Ctrl-Z or SIGTSTP), the shell gets the terminal back as it was; resumed
/// (SIGCONT, what `fg` sends), the navigator takes it again and redraws.
fn suspend_and_resume(name: &str, suspend: impl Fn(&Marked)) {
    let m = start_marked(name, &["--grade", "主任", "--year", "3"], None);
    m.pane.keys(&["k"]);
    m.pane.wait_until("the detail of グループ長", |s| {
        detail_title(s).as_deref() == Some("グループ長")
    });
    suspend(&m);
    wait_for_state(m.pid, 'T');
    let mut problems = Vec::new();
    if m.pane.display("#{alternate_on}") != "0" {
        problems.push("still on the alternate screen");
    }
    if m.pane.display("#{cursor_flag}") != "1" {
        problems.push("the cursor is hidden");
    }
    if let Some(stty) = m.pane.stty_outside() {
        let words: Vec<&str> = stty.split([' ', ';', '\n']).collect();
        if !words.contains(&"icanon") || !words.contains(&"echo") {
            problems.push("the terminal is left in raw mode");
        }
    }
    assert!(
        problems.is_empty(),
        "{name}: suspended, {}:\n{}",
        problems.join(", "),
        m.pane.capture()
    );
    kill(m.pid, "CONT");
    // Redrawn whole on a fresh alternate screen, where it was.
    let s = m.pane.wait_until("a redraw after the resume", |s| {
        s.contains(RUNNING) && detail_title(s).as_deref() == Some("グループ長")
    });
    assert!(s.contains("職位の階段"), "{s}");
    assert_running(&m.pane);
    m.pane.keys(&["j"]);
    m.pane.wait_until("keys read after the resume", |s| {
        detail_title(s).as_deref() == Some("主任")
    });
    m.pane.keys(&["q"]);
    assert_restored(&m.pane, &format!("q after {name}"), Exit::Is(0));
}

#[test]
fn ctrl_z_suspends_and_sigcont_resumes() {
    require_tmux!();
    suspend_and_resume("ctrlz", |m| m.pane.keys(&["C-z"]));
}

#[test]
fn sigtstp_suspends_and_sigcont_resumes() {
    require_tmux!();
    suspend_and_resume("tstp", |m| kill(m.pid, "TSTP"));
}

#[test]
fn sigquit_restores_the_terminal() {
    require_tmux!();
    signal_restores_the_terminal("quit", "QUIT", 131);
}

#[test]
fn sigusr1_restores_the_terminal() {
    require_tmux!();
    signal_restores_the_terminal("usr1", "USR1", 138);
}

#[test]
fn sigalrm_restores_the_terminal() {
    require_tmux!();
    signal_restores_the_terminal("alrm", "ALRM", 142);
}

/// Ctrl-Z while typing a note: what was typed is saved before the program stops, and the
/// editor is still open, with the text, after the resume.
#[test]
fn ctrl_z_while_typing_saves_first() {
    require_tmux!();
    let m = start_marked("ctrlzedit", &["--grade", "主任", "--year", "3"], None);
    edit_questions(&m.pane);
    m.pane.type_text("途中まで");
    m.pane.wait_for("途中まで");
    m.pane.keys(&["C-z"]);
    wait_for_state(m.pid, 'T');
    assert_eq!(saved(&m.pane).questions, "途中まで");
    assert_eq!(m.pane.display("#{alternate_on}"), "0");
    kill(m.pid, "CONT");
    m.pane.wait_until("the editor redrawn", |s| {
        s.contains("途中まで") && s.contains("上司に聞きたいこと")
    });
    assert_eq!(m.pane.display("#{alternate_on}"), "1");
    m.pane.type_text("続き");
    m.pane.wait_for("途中まで続き");
    m.pane.keys(&["Escape"]);
    m.pane.wait_for(RUNNING);
    m.pane.keys(&["q"]);
    assert_restored(&m.pane, "q after Ctrl-Z while typing", Exit::Is(0));
    assert_eq!(saved(&m.pane).questions, "途中まで続き");
}

/// Stopped from outside (SIGSTOP) while a shell puts the terminal back in line mode, then
/// continued: the navigator takes raw mode again and redraws.
#[test]
fn sigstop_then_sigcont_takes_the_terminal_again() {
    require_tmux!();
    let m = start_marked("stopcont", &["--grade", "主任", "--year", "3"], None);
    kill(m.pid, "STOP");
    wait_for_state(m.pid, 'T');
    let tty = m.pane.display("#{pane_tty}");
    let out = Command::new("stty")
        .args(["-F", &tty, "sane"])
        .output()
        .unwrap();
    assert!(out.status.success(), "stty -F {tty} sane");
    kill(m.pid, "CONT");
    assert_running(&m.pane);
    m.pane.keys(&["k"]);
    m.pane
        .wait_until("keys read one at a time after the resume", |s| {
            detail_title(s).as_deref() == Some("グループ長")
        });
    m.pane.keys(&["q"]);
    assert_restored(&m.pane, "q after SIGSTOP and SIGCONT", Exit::Is(0));
}

#[path = "../benches/support/mod.rs"]
mod support;

/// The text of a drawn buffer, row by row, as a terminal shows it (a wide character once,
/// trailing blanks dropped).
fn buffer_text(b: &ratatui::buffer::Buffer) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let a = b.area;
    (0..a.height)
        .map(|y| {
            let mut row = String::new();
            let mut hidden = 0;
            for x in 0..a.width {
                if hidden > 0 {
                    hidden -= 1;
                    continue;
                }
                let s = b[(x, y)].symbol();
                hidden = s.width().saturating_sub(1);
                row.push_str(s);
            }
            row.trim_end().to_string()
        })
        .collect()
}

/// What the terminal shows is the frame drawn, after every key: the program's backend
/// (one write a frame, no cursor move after a wide character, blank runs erased, a screen
/// change sent as a clear and a repaint when shorter) leaves the same screen as ratatui's
/// own buffer says, on every screen.
#[test]
fn the_terminal_shows_the_frame_drawn_after_every_key() {
    require_tmux!();
    let pane = Pane::start(Run {
        name: "frames",
        args: ["--grade", "主任", "--year", "3"]
            .map(String::from)
            .to_vec(),
        env: vec![],
        record: None,
    });
    assert_running(&pane);
    let mut app = support::app();
    let mut t = support::test_terminal(WIDTH, HEIGHT);
    support::draw(&mut t, &mut app);
    // (tmux's key name, the same key for the app)
    let keys = [
        ("j", "j"),
        ("Enter", "Enter"),
        ("j", "j"),
        ("Tab", "Tab"),
        ("j", "j"),
        ("4", "4"),
        ("j", "j"),
        ("k", "k"),
        ("Tab", "Tab"),
        ("j", "j"),
        ("6", "6"),
        ("j", "j"),
        ("?", "?"),
        ("j", "j"),
        ("Escape", "Esc"),
        ("1", "1"),
        ("k", "k"),
    ];
    for (step, (tmux_key, app_key)) in keys.into_iter().enumerate() {
        pane.keys(&[tmux_key]);
        career_nav::tui::handle_key(&mut app, &support::key(app_key));
        support::draw(&mut t, &mut app);
        // The frame as drawn on a blank screen (a TestBackend that has drawn frames before
        // keeps stale text in cells hidden under wide characters).
        let mut fresh = support::test_terminal(WIDTH, HEIGHT);
        support::draw(&mut fresh, &mut app);
        let want = buffer_text(fresh.backend().buffer());
        let start = Instant::now();
        loop {
            let got: Vec<String> = pane
                .capture()
                .lines()
                .map(|l| l.trim_end().to_string())
                .collect();
            if got == want {
                break;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "after key {step} ({tmux_key}): the terminal shows\n{}\nbut the frame drawn is\n{}",
                got.join("\n"),
                want.join("\n")
            );
            std::thread::sleep(POLL);
        }
    }
    pane.keys(&["q"]);
    assert_restored(&pane, "q", Exit::Is(0));
}

/// Wait until the pane shows `app` as drawn on a blank `w`x`h` screen (text only).
fn wait_for_fresh_frame(pane: &Pane, app: &mut career_nav::app::App, w: u16, h: u16, what: &str) {
    let mut fresh = support::test_terminal(w, h);
    support::draw(&mut fresh, app);
    let want = buffer_text(fresh.backend().buffer());
    let start = Instant::now();
    loop {
        let got: Vec<String> = pane
            .capture()
            .lines()
            .map(|l| l.trim_end().to_string())
            .collect();
        if got == want {
            return;
        }
        assert!(
            start.elapsed() < TIMEOUT,
            "{what}: the terminal shows\n{}\nbut the frame drawn is\n{}",
            got.join("\n"),
            want.join("\n")
        );
        std::thread::sleep(POLL);
    }
}

/// The rows of a styled capture (`capture-pane -e`) as what each character looks like:
/// the character and its style (colours and attributes, from tmux's SGR sequences). A blank
/// keeps only what shows on it (its background, reverse, underline, strike-through): its
/// foreground colour, or bold, is not seen, and tmux prints such changes for the blank
/// cells it then trims at the end of a row.
fn visible_styles(captured: &str) -> Vec<Vec<(char, String)>> {
    #[derive(Clone, Default)]
    struct Sgr {
        fg: String,
        bg: String,
        /// Attribute numbers set (1 bold, 2 dim, 3 italic, 4 underline, 5 blink,
        /// 7 reverse, 8 hidden, 9 strike).
        on: [bool; 10],
    }
    let mut sgr = Sgr::default();
    let mut rows = Vec::new();
    for line in captured.lines() {
        let mut row = Vec::new();
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' && chars.peek() == Some(&'[') {
                chars.next();
                let mut params = String::new();
                for p in chars.by_ref() {
                    if p.is_ascii_alphabetic() {
                        break;
                    }
                    params.push(p);
                }
                let ps: Vec<u16> = params.split(';').map(|p| p.parse().unwrap_or(0)).collect();
                let mut i = 0;
                while i < ps.len() {
                    match ps[i] {
                        0 => sgr = Sgr::default(),
                        n @ 1..=9 => sgr.on[usize::from(n)] = true,
                        22 => (sgr.on[1], sgr.on[2]) = (false, false),
                        n @ 23..=29 => sgr.on[usize::from(n - 20)] = false,
                        38 | 48 => {
                            let len = if ps.get(i + 1) == Some(&5) { 2 } else { 4 };
                            let v = format!("{:?}", &ps[i + 1..(i + 1 + len).min(ps.len())]);
                            if ps[i] == 38 {
                                sgr.fg = v
                            } else {
                                sgr.bg = v
                            }
                            i += len;
                        }
                        39 => sgr.fg.clear(),
                        49 => sgr.bg.clear(),
                        n @ (30..=37 | 90..=97) => sgr.fg = n.to_string(),
                        n @ (40..=47 | 100..=107) => sgr.bg = n.to_string(),
                        _ => {}
                    }
                    i += 1;
                }
                continue;
            }
            let style = if c == ' ' {
                format!("bg {} {:?}", sgr.bg, [sgr.on[4], sgr.on[7], sgr.on[9]])
            } else {
                format!("fg {} bg {} {:?}", sgr.fg, sgr.bg, sgr.on)
            };
            row.push((c, style));
        }
        while row
            .last()
            .is_some_and(|(c, s)| *c == ' ' && s == "bg  [false, false, false]")
        {
            row.pop();
        }
        rows.push(row);
    }
    rows
}

/// Scrolling row by row (the backend moves a band of rows with a scroll region and writes
/// only what still differs) leaves the terminal showing what a fresh draw shows, at 80x24
/// and 200x60: after every `j`/`k` on compare, the detail pane, the record and the
/// glossary the text is the frame drawn in-process on a blank screen, and after each run
/// the styled screen (`capture-pane -e`: colours and attributes) is the one a full redraw
/// (a suspend and resume) gives.
#[test]
fn scrolled_screens_match_a_fresh_draw() {
    require_tmux!();
    let m = start_marked("scroll", &["--grade", "主任", "--year", "3"], None);
    let mut app = support::app();
    let target = m.pane.target();
    let runs: [(&[&str], &str); 4] = [
        (&["4"], "compare"),
        (&["1", "Enter"], "detail"),
        (&["Esc", "6"], "record"),
        (&["5"], "glossary"),
    ];
    let moves: Vec<&str> = [["j"; 14].as_slice(), &["k"; 5], &["j"; 3]].concat();
    for (w, h) in [(WIDTH, HEIGHT), (200, 60)] {
        if (w, h) != (WIDTH, HEIGHT) {
            let out = m.pane.tmux(&[
                "resize-window",
                "-t",
                &target,
                "-x",
                &w.to_string(),
                "-y",
                &h.to_string(),
            ]);
            assert!(out.status.success(), "tmux resize-window failed");
        }
        let mut t = support::test_terminal(w, h);
        support::draw(&mut t, &mut app);
        wait_for_fresh_frame(&m.pane, &mut app, w, h, &format!("{w}x{h}"));
        for (open, name) in runs {
            for k in open.iter().chain(&moves) {
                let tmux_key = if *k == "Esc" { "Escape" } else { k };
                m.pane.keys(&[tmux_key]);
                career_nav::tui::handle_key(&mut app, &support::key(k));
                support::draw(&mut t, &mut app);
                wait_for_fresh_frame(&m.pane, &mut app, w, h, &format!("{name} {w}x{h}, {k}"));
            }
            let styled = || {
                let out = m.pane.tmux(&["capture-pane", "-e", "-p", "-t", &target]);
                visible_styles(&String::from_utf8_lossy(&out.stdout))
            };
            let scrolled = styled();
            kill(m.pid, "TSTP");
            wait_for_state(m.pid, 'T');
            kill(m.pid, "CONT");
            wait_for_fresh_frame(&m.pane, &mut app, w, h, &format!("{name} {w}x{h}, redrawn"));
            let redrawn = styled();
            for (y, (a, b)) in scrolled.iter().zip(&redrawn).enumerate() {
                assert_eq!(
                    a, b,
                    "{name} at {w}x{h}, row {y}: the scrolled screen's styles differ from a \
                     full redraw's"
                );
            }
            assert_eq!(scrolled.len(), redrawn.len(), "{name} at {w}x{h}: rows");
        }
    }
    m.pane.keys(&["q"]);
    assert_restored(&m.pane, "q after scrolling", Exit::Is(0));
}
