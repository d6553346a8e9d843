//! The command line: `show` in both formats, `check` on good and bad maps, bad arguments,
//! and the navigator refusing to start without a terminal.

use assert_cmd::Command;

/// A data directory of the tests' own, so no test reads or writes the real record.
fn data_home() -> &'static std::path::Path {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().unwrap()).path()
}

fn cmd() -> Command {
    let mut c = Command::cargo_bin("career-nav").unwrap();
    c.env_remove("NO_COLOR");
    c.env("XDG_DATA_HOME", data_home());
    c.env("XDG_CONFIG_HOME", data_home());
    c
}

fn stdout(c: &mut Command) -> String {
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn show_text_walks_from_the_grade_to_the_top() {
    let s = stdout(cmd().args(["show", "--grade", "主任", "--year", "3"]));
    let order: Vec<usize> = [
        "■ 主任　行政サービス活動の効率的推進者",
        "■ グループ長　行政サービス活動グループの運営者",
        "■ 課長補佐　課の総合調整者／行政サービスの管理者",
        "■ 課長　課の統括者／市行政の政策立案・執行の第一義的責任者",
        "■ 部長　部の統括者／市行政の経営者",
        "■ 職位に結び付けられていない研修（対象は研修ごと）",
    ]
    .iter()
    .map(|h| s.find(h).unwrap_or_else(|| panic!("{h} missing:\n{s}")))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "out of order");
    assert!(!s.contains("■ 2級"), "steps below the grade are not walked");
    assert!(
        s.contains("◎ 3年目：ロジカルシンキング（あなた：入庁3年目）"),
        "{s}"
    );
    assert!(s.contains("実務指導者"));
    assert!(s.contains("考課者(一次)"));
    assert!(s.contains("・新任課長級研修（対象：副参事を含む） — 不祥事対策 など"));
    // Quiet by default: a reading is marked ＊ in place, its note is not printed.
    assert!(s.contains("  ・キャリアデザイン研修＊\n"), "{s}");
    assert!(!s.contains("原資料の配置から推定"), "{s}");
    // A block shows the slogan it prints on page 2, not page 1's 方針.
    assert!(s.contains("“新しい世界”が、人を大きく育てる"), "{s}");
    assert!(!s.contains("人を大きく育てる“新しい世界”"), "{s}");
    assert!(!s.contains('\u{1b}'), "no escape codes in text output");
}

#[test]
fn show_markdown_is_a_document() {
    let s = stdout(cmd().args(["show", "--grade", "施設の長", "--format", "markdown"]));
    assert!(
        s.starts_with("# 人材育成のための施策リスト（人材育成マップ）\n"),
        "{s}"
    );
    assert!(
        s.contains("\n## グループ長　行政サービス活動グループの運営者\n"),
        "{s}"
    );
    assert!(s.contains("\n### 職位に応じた役割\n"), "{s}");
    assert!(s.contains("\n- 課の課題に対して"), "{s}");
    assert!(s.contains("**★ 現在地：施設の長**"), "{s}");
    assert!(!s.contains("原資料の配置から推定"), "{s}");
    let full = stdout(cmd().args([
        "show",
        "--grade",
        "施設の長",
        "--format",
        "markdown",
        "--source",
    ]));
    assert!(full.contains("- ＊ *原資料の配置から推定"), "{full}");
    assert!(
        full.contains(
            "- 原文：「新任課長補佐級研修 (対象：主幹・技監を含む) ハードクレーム対応 など」"
        ),
        "{full}"
    );
    // Markdown's own characters in the text are escaped.
    assert!(!s.contains("[職員厚生課主催]"), "{s}");
}

#[test]
fn show_for_a_specialist_walks_their_tier_then_the_line_above() {
    let s = stdout(cmd().args(["show", "--grade", "主幹"]));
    let tier = s
        .find("■ スタッフ職（副主幹・副技監・主幹・技監）")
        .unwrap();
    let kacho = s.find("■ 課長　").unwrap();
    assert!(tier < kacho);
    assert!(
        !s.contains("■ 課長補佐　"),
        "主幹 sits at 課長補佐: the walk goes on above it"
    );
    assert!(s.contains("主幹・技監 → 課長補佐級"));
}

#[test]
fn show_accepts_full_width_and_padded_titles() {
    let s = stdout(cmd().args(["show", "--grade", " １級 "]));
    assert!(s.contains("■ 1級　行政サービス活動の遂行者"));
}

#[test]
fn a_bad_grade_lists_the_titles_it_accepts() {
    let out = cmd().args(["show", "--grade", "社長"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    // Japanese by default, English with --lang en.
    assert!(
        err.contains("職位「社長」はこの地図にありません。"),
        "{err}"
    );
    let en = cmd()
        .args(["--lang", "en", "show", "--grade", "社長"])
        .output()
        .unwrap();
    let en = String::from_utf8(en.stderr).unwrap();
    assert!(en.contains("unknown grade \"社長\""), "{en}");
    for t in ["1級", "施設の長", "担当課長", "区長", "主幹", "参与"] {
        assert!(err.contains(t), "{t} not listed: {err}");
    }
    let out = cmd().args(["--grade", "社長"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_bad_year_is_refused_by_the_parser() {
    for y in ["0", "46", "x", "4.5"] {
        let out = cmd()
            .args(["show", "--grade", "1級", "--year", y])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "year {y}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("--year"), "{err}");
    }
}

#[test]
fn check_the_embedded_map() {
    let s = stdout(cmd().args(["--lang", "en", "check"]));
    assert!(
        s.contains("ok — 7 steps, 2 specialist tiers, 10 measures, 8 initiatives"),
        "{s}"
    );
    assert_eq!(s.lines().count(), 1);
}

#[test]
fn check_a_good_file_and_a_bad_one() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.ron");
    std::fs::write(&good, career_nav::model::EMBEDDED_MAP).unwrap();
    let s = stdout(cmd().args(["--lang", "en", "check"]).arg(&good));
    assert!(s.contains("good.ron: ok"), "{s}");

    let bad = dir.path().join("bad.ron");
    let text = career_nav::model::EMBEDDED_MAP.replacen("id: \"kyu2\"", "id: \"kyu1\"", 1);
    std::fs::write(&bad, text).unwrap();
    let out = cmd()
        .args(["--lang", "en", "check"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad.ron:"), "{err}");
    assert!(err.contains("duplicate id \"kyu1\""), "{err}");

    // --data is global: check and show read it too.
    let out = cmd().arg("--data").arg(&bad).arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = cmd()
        .env("LC_ALL", "en_US.UTF-8")
        .args(["show", "--grade", "1級", "--data"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("duplicate id")
    );
}

#[test]
fn another_map_is_shown_from_data() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.ron");
    let text =
        career_nav::model::EMBEDDED_MAP.replace("行政サービス活動の遂行者", "テスト用の役割");
    std::fs::write(&other, text).unwrap();
    let s = stdout(
        cmd()
            .arg("--data")
            .arg(&other)
            .args(["show", "--grade", "1級"]),
    );
    assert!(s.contains("■ 1級　テスト用の役割"), "{s}");
}

#[test]
fn the_navigator_without_a_terminal_says_to_use_show() {
    let out = cmd().write_stdin("").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("対話式の画面には端末が必要です"), "{err}");
    assert!(err.contains("career-nav show --grade"), "{err}");
    let en = cmd()
        .args(["--lang", "en"])
        .write_stdin("")
        .output()
        .unwrap();
    let en = String::from_utf8(en.stderr).unwrap();
    assert!(en.contains("needs a terminal"), "{en}");
    assert!(out.stdout.is_empty(), "nothing drawn into a pipe");
}

#[test]
fn help_and_version() {
    let s = stdout(cmd().arg("--help"));
    for word in ["show", "check", "--data", "--grade", "--year"] {
        assert!(s.contains(word), "{word}: {s}");
    }
    let s = stdout(cmd().arg("--version"));
    assert!(s.starts_with("career-nav "));
}

#[test]
fn show_overview_catalog_compare_glossary() {
    let s = stdout(cmd().args(["show", "--overview"]));
    assert!(
        s.contains("変化を先取りし、市民の目線で考え、果敢に行動する職員"),
        "{s}"
    );
    assert!(s.contains("⑩顕彰"), "{s}");
    assert!(
        s.contains("取組8　データリテラシー研修、ヘルスリテラシー研修の実施"),
        "{s}"
    );

    let s = stdout(cmd().args(["show", "--catalog"]));
    let n = career_nav::model::load_embedded().unwrap().catalog().len();
    assert!(s.contains(&format!("研修一覧（{n}件）")), "{s}");
    assert!(
        s.contains("・健康づくりセミナー［職位に結び付けられていない］（主催：職員厚生課）"),
        "{s}"
    );
    assert!(
        s.contains("・新任監督者級研修［グループ長への昇任時］（対象：副主幹・副技監）"),
        "{s}"
    );

    let s = stdout(cmd().args(["show", "--compare", "主任", "施設の長"]));
    assert!(
        s.starts_with("■ 昇任で変わること：主任 → グループ長"),
        "{s}"
    );
    assert!(s.contains("被考課者 → 考課者(一次)"), "{s}");

    let s = stdout(cmd().args(["show", "--glossary", "--format", "markdown"]));
    assert!(s.starts_with("# 用語集"), "{s}");
    assert!(
        s.contains("\n## 考課者(一次)（こうかしゃ（いちじ））\n"),
        "{s}"
    );
    assert!(s.contains("原資料の記載ではありません"), "{s}");

    let s = stdout(cmd().args(["show", "--overview", "--format", "markdown"]));
    assert!(
        s.starts_with("# 人材育成のための施策リスト（人材育成マップ）\n"),
        "{s}"
    );
    assert!(s.contains("\n## ①階層別研修\n"), "{s}");
}

#[test]
fn show_needs_exactly_one_thing_to_show() {
    let out = cmd().arg("show").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = cmd()
        .args(["show", "--overview", "--catalog"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = cmd().args(["show", "--compare", "主任"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = cmd()
        .args(["show", "--compare", "主任", "社長"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("職位「社長」はこの地図にありません")
    );
    let out = cmd()
        .args(["show", "--overview", "--year", "3"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// The command line speaks Japanese by default: --help, subcommand help, clap's own errors;
/// English with --lang en.
#[test]
fn help_and_errors_are_japanese_unless_english_is_asked_for() {
    let ja = stdout(cmd().env_remove("LANG").env_remove("LC_ALL").arg("--help"));
    assert!(ja.contains("職員のキャリアパス"), "{ja}");
    assert!(
        ja.contains("使い方:") && ja.contains("オプション:") && ja.contains("コマンド:"),
        "{ja}"
    );
    assert!(!ja.contains("Options:") && !ja.contains("Usage:"), "{ja}");
    let show = stdout(cmd().args(["show", "--help"]));
    assert!(show.contains("完全版：推定の注記をすべて示し"), "{show}");
    // A default is said in Japanese too, not as clap's "[default: text]".
    assert!(show.contains("（既定：text）"), "{show}");
    assert!(!show.contains("[default:"), "{show}");
    let en = stdout(cmd().args(["--lang", "en", "--help"]));
    assert!(en.contains("Walk a career development map"), "{en}");
    let out = cmd().args(["--theme", "pink"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("「pink」は使えません。使えるのは default、high-contrast、mono です。"),
        "{err}"
    );
    let out = cmd().args(["--bogus"]).output().unwrap();
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("「--bogus」という指定はありません。")
    );
    let out = cmd().args(["--lang", "en", "--bogus"]).output().unwrap();
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("unexpected argument '--bogus'")
    );
}

/// A slip of the keys is answered with what was probably meant, and `help COMMAND` is that
/// command's help; both in the reader's language.
#[test]
fn a_slip_gets_a_hint_and_help_names_the_command() {
    let out = cmd().args(["show", "--catalg"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err,
        "career-nav: 「--catalg」という指定はありません。\nもしかして --catalog ですか？\n使い方は career-nav show --help で表示できます。\n"
    );
    let out = cmd().args(["--lang", "en", "--overveiw"]).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("tip: did you mean 'career-nav show --overview'?"),
        "{err}"
    );
    let help = stdout(cmd().args(["help", "diff"]));
    assert!(
        help.contains("使い方: career-nav diff [オプション] <OLD> <NEW>"),
        "{help}"
    );
    assert!(help.contains("古い版の地図ファイル。"), "{help}");
    // Piped, each text is one line (the terminal or the reader's tool breaks it).
    assert!(
        help.lines()
            .any(|l| l.starts_with("  <OLD>") && l.ends_with("古い版の地図ファイル。")),
        "{help}"
    );
}
