//! Maps written by hand with mistakes: every error names the file, the line and column,
//! and what was wrong; nothing panics.

use career_nav::model::{EMBEDDED_MAP, LoadError, load_file, parse};

const FILE: &str = "broken.ron";

/// The embedded map with the `nth` (0-based) occurrence of `from` replaced by `to`.
fn mutate(from: &str, to: &str, nth: usize) -> String {
    let at = EMBEDDED_MAP
        .match_indices(from)
        .nth(nth)
        .unwrap_or_else(|| panic!("{from:?} occurs fewer than {} times", nth + 1))
        .0;
    format!(
        "{}{to}{}",
        &EMBEDDED_MAP[..at],
        &EMBEDDED_MAP[at + from.len()..]
    )
}

/// 1-based line and character column of the `nth` occurrence of `needle` in `text`.
fn position(text: &str, needle: &str, nth: usize) -> (usize, usize) {
    let at = text.match_indices(needle).nth(nth).unwrap().0;
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line, col)
}

fn error(text: &str) -> LoadError {
    match parse(text, FILE) {
        Ok(_) => panic!("the broken map was accepted"),
        Err(e) => e,
    }
}

fn problems(text: &str) -> Vec<(String, Option<(usize, usize)>)> {
    match error(text) {
        LoadError::Invalid { problems, .. } => problems
            .into_iter()
            .map(|p| (p.message.to_string(), p.position))
            .collect(),
        other => panic!("expected a validation error, got: {other}"),
    }
}

#[test]
fn the_embedded_map_is_valid() {
    parse(EMBEDDED_MAP, FILE).unwrap();
}

#[test]
fn missing_comma_names_line_column_and_what_was_expected() {
    // `name: "主任"` loses its comma: the parser stops at the next field.
    let text = mutate("name: \"主任\",", "name: \"主任\"", 0);
    let e = error(&text);
    let (line, _) = position(&text, "name: \"主任\"", 0);
    let LoadError::Syntax {
        line: l,
        column,
        ref message,
        ..
    } = e
    else {
        panic!("expected a syntax error, got {e}");
    };
    assert_eq!(l, line + 1, "{e}");
    // The column is that of the next field's first character.
    let next_line = text.lines().nth(line).unwrap();
    let indent = next_line.chars().take_while(|c| *c == ' ').count();
    assert_eq!(column, indent + 1, "{e}");
    assert!(message.to_string().contains("xpected"), "{message}");
    let shown = e.to_string();
    assert!(
        shown.starts_with(&format!("{FILE}:{}:{}: ", line + 1, column)),
        "{shown}"
    );
}

#[test]
fn caret_stands_under_the_error_in_japanese_text() {
    // An unterminated escape after Japanese text: the caret must be placed by display width.
    let text = "CareerMap(\n    meta: Meta(title: \"人材育成\" 基本方針\"),\n)";
    let e = error(text);
    let shown = e.to_string();
    let lines: Vec<&str> = shown.lines().collect();
    let (l, c) = e.position().unwrap();
    assert_eq!(l, 2, "{shown}");
    let source = lines[1];
    let caret = lines[2];
    // The caret's display column equals the display width of the text before column c.
    let prefix: String = text.lines().nth(1).unwrap().chars().take(c - 1).collect();
    let gutter = source.find('|').unwrap() + 2;
    let caret_at = unicode_width::UnicodeWidthStr::width(&caret[..caret.find('^').unwrap()]);
    assert_eq!(
        caret_at - gutter,
        unicode_width::UnicodeWidthStr::width(prefix.as_str()),
        "{shown}"
    );
}

#[test]
fn unknown_field_is_an_error_that_names_the_expected_fields() {
    let text = mutate(
        "name: \"主任\",",
        "name: \"主任\",\n            nmae: \"x\",",
        0,
    );
    let e = error(&text);
    let shown = e.to_string();
    let (line, col) = position(&text, "nmae", 0);
    assert_eq!(e.position(), Some((line, col)), "{shown}");
    assert!(shown.contains("nmae"), "{shown}");
    assert!(shown.contains("the fields here are"), "{shown}");
    assert!(
        shown.contains("titles"),
        "names the fields it knows: {shown}"
    );
}

#[test]
fn missing_field_names_it() {
    let text = mutate("role: \"行政サービス活動の効率的推進者\",", "", 0);
    let shown = error(&text).to_string();
    assert!(shown.contains("`role`"), "{shown}");
    assert!(shown.starts_with(FILE), "{shown}");
}

#[test]
fn duplicate_id_points_at_the_second_one() {
    let text = mutate("id: \"kyu2\"", "id: \"kyu1\"", 0);
    let p = problems(&text);
    let (msg, pos) = p
        .iter()
        .find(|(m, _)| m.contains("duplicate id \"kyu1\""))
        .unwrap_or_else(|| panic!("{p:?}"));
    assert!(msg.contains("step 2級"), "{msg}");
    let expected = position(&text, "\"kyu1\"", 1);
    assert_eq!(*pos, Some(expected), "{msg}");
}

#[test]
fn dangling_reference_names_the_entry_and_the_missing_id() {
    let text = mutate("measure: \"m2\"", "measure: \"m99\"", 0);
    let p = problems(&text);
    assert_eq!(p.len(), 1, "{p:?}");
    let (msg, pos) = &p[0];
    assert!(msg.contains("measure \"m99\" does not exist"), "{msg}");
    assert!(msg.contains("block"), "{msg}");
    assert_eq!(*pos, Some(position(&text, "\"m99\"", 0)));
}

#[test]
fn dangling_next_step() {
    let text = mutate("next: Some(\"shunin\")", "next: Some(\"shunin_x\")", 0);
    let p = problems(&text);
    let (msg, pos) = p
        .iter()
        .find(|(m, _)| m.contains("next step \"shunin_x\" does not exist"))
        .unwrap_or_else(|| panic!("{p:?}"));
    assert!(msg.contains("2級"), "{msg}");
    assert_eq!(*pos, Some(position(&text, "\"shunin_x\"", 0)));
}

#[test]
fn a_ladder_that_loops_is_refused() {
    // The top step points back at 課長: 課長 → 部長 → 課長.
    let top = EMBEDDED_MAP.find("id: \"bucho\"").unwrap();
    let next = top + EMBEDDED_MAP[top..].find("next: None").unwrap();
    let text = format!(
        "{}next: Some(\"kacho\"){}",
        &EMBEDDED_MAP[..next],
        &EMBEDDED_MAP[next + "next: None".len()..]
    );
    let p = problems(&text);
    let (msg, pos) = p
        .iter()
        .find(|(m, _)| m.contains("loops"))
        .unwrap_or_else(|| panic!("{p:?}"));
    assert!(msg.contains("\"kacho\""), "{msg}");
    assert!(pos.is_some(), "{msg}");
    // And the 課長 step is entered from two steps.
    assert!(
        p.iter().any(|(m, _)| m.contains("next of 2 steps")),
        "{p:?}"
    );
}

#[test]
fn a_ladder_with_two_starts_is_refused() {
    // 2級 no longer leads to 主任: 1級→2級 and 主任→… are two ladders.
    let text = mutate("next: Some(\"shunin\")", "next: None", 0);
    let p = problems(&text);
    let (msg, pos) = p
        .iter()
        .find(|(m, _)| m.contains("2 starts"))
        .unwrap_or_else(|| panic!("{p:?}"));
    assert!(
        msg.contains("\"kyu1\"") && msg.contains("\"shunin\""),
        "{msg}"
    );
    assert_eq!(*pos, Some(position(&text, "\"shunin\"", 0)));
}

#[test]
fn a_step_without_a_role_is_refused() {
    let text = mutate(
        "role: \"行政サービス活動の効率的推進者\"",
        "role: \"  \"",
        0,
    );
    let p = problems(&text);
    let (msg, pos) = p
        .iter()
        .find(|(m, _)| m.contains("has no role"))
        .unwrap_or_else(|| panic!("{p:?}"));
    assert!(msg.contains("主任"), "{msg}");
    let (line, col) = position(&text, "id: \"shunin\"", 0);
    assert_eq!(*pos, Some((line, col + "id: ".len())));
}

#[test]
fn control_characters_never_survive_loading() {
    let text = mutate(
        "name: \"主任\",",
        "name: \"主\\u{1b}[31m任\\u{202E}\\u{200B}\",",
        0,
    );
    let map = parse(&text, FILE).unwrap();
    let step = map.step("shunin").unwrap();
    assert_eq!(step.name.as_str(), "主[31m任");
}

#[test]
fn empty_and_garbage_files_do_not_panic() {
    for text in [
        "",
        "   ",
        "(",
        "CareerMap(",
        "]]]",
        "\u{FEFF}",
        "CareerMap()",
        "42",
    ] {
        let e = error(text);
        assert!(e.to_string().starts_with(FILE), "{text:?}: {e}");
        assert!(e.position().is_some(), "{text:?}: {e}");
    }
}

#[test]
fn unreadable_and_non_utf8_files_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.ron");
    let e = load_file(&missing).unwrap_err();
    assert!(
        e.to_string().contains("nope.ron: cannot read the map"),
        "{e}"
    );
    let bad = dir.path().join("latin1.ron");
    std::fs::write(&bad, b"CareerMap(\xff)").unwrap();
    let e = load_file(&bad).unwrap_err();
    assert!(e.to_string().contains("not UTF-8"), "{e}");
}

#[test]
fn likely_causes_are_named() {
    // A full-width space before a comma: invisible, and RON only says it wanted a comma.
    let text = mutate("name: \"主任\",", "name: \"主任\"\u{3000},", 0);
    let e = error(&text).to_string();
    assert!(e.contains("full-width space"), "{e}");
    // An unclosed string shifts the error below it: say where to look.
    let text = mutate("name: \"主任\",", "name: \"主任,", 0);
    let e = error(&text).to_string();
    assert!(e.contains("missing its closing"), "{e}");
    // Not a map at all.
    let e = error("# career-nav\n\nA README.\n").to_string();
    assert!(e.contains("starts with `CareerMap(`"), "{e}");
}

#[test]
fn duplicate_year_says_which_and_problems_come_in_file_order() {
    let text = mutate("year: 3,", "year: 2,", 0);
    let p = problems(&text);
    let (msg, pos) = p
        .iter()
        .find(|(m, _)| m.contains("year 2 twice"))
        .unwrap_or_else(|| panic!("{p:?}"));
    assert!(pos.is_some(), "{msg}");
    // A duplicate step id: no follow-on ladder noise, and the problems in line order.
    let text = mutate("id: \"kyu2\"", "id: \"kyu1\"", 0);
    let p = problems(&text);
    assert!(!p.iter().any(|(m, _)| m.contains("starts")), "{p:?}");
    let lines: Vec<usize> = p.iter().filter_map(|(_, pos)| pos.map(|x| x.0)).collect();
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "{p:?}");
}

#[test]
fn empty_text_is_refused() {
    let text = mutate(
        "\"後輩への実務指導を通して、グループ業務の円滑で効率的な推進に貢献することができる。\"",
        "\"\"",
        0,
    );
    let p = problems(&text);
    assert!(
        p.iter()
            .any(|(m, pos)| m.contains("empty expectation") && pos.is_some()),
        "{p:?}"
    );
}

/// `check --lang ja`: every message of these broken maps comes out in Japanese, with the
/// line and a caret.
#[test]
fn messages_in_japanese() {
    use career_nav::model::Lang;
    let cases = [
        mutate("name: \"主任\",", "name: \"主任\"", 0),
        mutate(
            "name: \"主任\",",
            "name: \"主任\",\n            nmae: \"x\",",
            0,
        ),
        mutate("role: \"行政サービス活動の効率的推進者\",", "", 0),
        mutate("id: \"kyu2\"", "id: \"kyu1\"", 0),
        mutate("measure: \"m2\"", "measure: \"m99\"", 0),
        mutate("next: Some(\"shunin\")", "next: None", 0),
        mutate("year: 3,", "year: 2,", 0),
        mutate("label: New", "label: Neww", 0),
        mutate("name: \"主任\",", "name: \"主任\"\u{3000},", 0),
        "# not a map\n".to_string(),
    ];
    for text in &cases {
        let ja = error(text).render(Lang::Ja);
        for english in [
            "does not exist",
            "duplicate",
            "Expected",
            "Unexpected",
            "missing",
            "hint",
            "not valid",
            "starts",
        ] {
            assert!(!ja.contains(english), "untranslated {english:?}:\n{ja}");
        }
        assert!(ja.contains('^'), "no caret:\n{ja}");
    }
}
