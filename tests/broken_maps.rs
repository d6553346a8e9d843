//! Maps written by hand with mistakes: every error names the file, the line and column,
//! and what was wrong; nothing panics.

use career_nav::model::{EMBEDDED_MAP, Lang, LoadError, Msg, load_file, parse};

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
fn missing_comma_is_reported_where_it_belongs() {
    // `name: "主任"` loses its comma: RON notices at the next field; the comma belongs
    // right after the value.
    let text = mutate("name: \"主任\",", "name: \"主任\"", 0);
    let e = error(&text);
    let (line, col) = position(&text, "name: \"主任\"", 0);
    let LoadError::Syntax {
        line: l,
        column,
        ref message,
        ..
    } = e
    else {
        panic!("expected a syntax error, got {e}");
    };
    assert_eq!(
        (l, column),
        (line, col + "name: \"主任\"".chars().count()),
        "{e}"
    );
    assert_eq!(**message, Msg::ExpectedComma);
    let shown = e.to_string();
    assert!(
        shown.starts_with(&format!("{FILE}:{l}:{column}: Expected a `,` here")),
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

/// The template (a small valid map) with the first `from` replaced by `to`.
fn template_with(from: &str, to: &str) -> String {
    let t = career_nav::cli::TEMPLATE;
    assert!(t.contains(from), "{from:?} is not in the template");
    t.replacen(from, to, 1)
}

/// The first line of an error in both languages.
fn first_lines(e: &LoadError) -> (String, String) {
    let first = |l: Lang| e.render(l).lines().next().unwrap_or_default().to_string();
    (first(Lang::En), first(Lang::Ja))
}

/// The broken-file corpus: each mistake an author makes by hand, with the exact line,
/// column and message in English and in Japanese.
#[test]
fn the_broken_file_corpus() {
    // (what, text, the text at the expected position (nth 0) and how far into it, en, ja)
    let step = "            name: \"係員\"";
    let cases: Vec<(&str, String, &str, usize, String, String)> = vec![
        (
            "full-width comma",
            template_with("name: \"係員\",", "name: \"係員\"，"),
            "\"係員\"，",
            4,
            "Expected a `,` here (hint: this line has a full-width `，` outside a string; use the ASCII `,`)".into(),
            "ここに「,」（半角のカンマ）が必要です。ヒント：この行の文字列の外に全角の「，」があります。半角の「,」にしてください。".into(),
        ),
        (
            "full-width colon",
            template_with("name: \"係員\",", "name： \"係員\","),
            "name： ",
            4,
            "Expected a `:` after the field name (hint: this line has a full-width `：` outside a string; use the ASCII `:`)".into(),
            "項目名の後に「:」（半角のコロン）が必要です。ヒント：この行の文字列の外に全角の「：」があります。半角の「:」にしてください。".into(),
        ),
        (
            "curly quotes",
            template_with("name: \"係員\",", "name: “係員”,"),
            "“係員”",
            0,
            "Expected a string (\"…\") here (hint: this line has a full-width `“` outside a string; use the ASCII `\"`) (hint: this line has a full-width `”` outside a string; use the ASCII `\"`)".into(),
            "ここに文字列（\"…\"）が必要です。ヒント：この行の文字列の外に全角の「“」があります。半角の「\"」にしてください。ヒント：この行の文字列の外に全角の「”」があります。半角の「\"」にしてください。".into(),
        ),
        (
            "full-width digit",
            template_with("number: 1,", "number: １,"),
            "１",
            0,
            "Expected a whole number here (hint: this line has a full-width `１` outside a string; use the ASCII `1`)".into(),
            "ここに整数（半角数字）が必要です。ヒント：この行の文字列の外に全角の「１」があります。半角の「1」にしてください。".into(),
        ),
        (
            "full-width parenthesis",
            template_with("RoleEntry(name: \"OJTを受ける人\")", "RoleEntry（name: \"OJTを受ける人\")"),
            "（name",
            0,
            "Expected an opening `(` here (hint: this line has a full-width `（` outside a string; use the ASCII `(`)".into(),
            "ここに「(」が必要です。ヒント：この行の文字列の外に全角の「（」があります。半角の「(」にしてください。".into(),
        ),
        (
            "a value in Some(…) without quotes",
            template_with("Some(\"職位に応じた能力が獲得できている\")", "Some( 職位に応じた能力が獲得できている)"),
            "職位に応じた能力が獲得できている)",
            0,
            "Expected a string (\"…\") here".into(),
            "ここに文字列（\"…\"）が必要です。".into(),
        ),
        (
            "missing comma",
            template_with("name: \"係員\",", "name: \"係員\""),
            step,
            step.chars().count(),
            "Expected a `,` here".into(),
            "ここに「,」（半角のカンマ）が必要です。".into(),
        ),
        (
            "missing bracket",
            template_with(
                "expectations: [\"担当業務を正確に遂行できる。\"],",
                "expectations: [\n                \"担当業務を正確に遂行できる。\",\n                \"報告・連絡・相談ができる。\",",
            ),
            "\"報告・連絡・相談ができる。\",",
            "\"報告・連絡・相談ができる。\"".chars().count(),
            "Expected the end of a list (`]`) here (hint: the `[` opened on line 50 is probably not closed)".into(),
            "ここにリストの終わり「]」が必要です。ヒント：50 行目で開いた「[」が閉じていないようです。".into(),
        ),
        (
            "missing parenthesis",
            template_with(
                "ojt: RoleEntry(name: \"OJTを受ける人\"),",
                "ojt: RoleEntry(name: \"OJTを受ける人\",",
            ),
            "ojt: RoleEntry(name: \"OJTを受ける人\",",
            "ojt: RoleEntry(name: \"OJTを受ける人\"".chars().count(),
            "Expected a closing `)` here (hint: the `(` opened on line 51 is probably not closed)".into(),
            "ここに「)」が必要です。ヒント：51 行目で開いた「(」が閉じていないようです。".into(),
        ),
        (
            "Japanese field name",
            template_with("            name: \"係員\",", "            名前: \"係員\","),
            "名前: \"係員\"",
            0,
            "unknown field `名前` in `Step`; the fields here are `id`, `name`, `titles`, `role`, `expectations`, `ojt`, `appraisal`, `next`, `source`, `typos`, `inferred` (hint: field names are the English names of docs/map-format.md, in ASCII)".into(),
            "`Step` に知らない項目 `名前` があります。使える項目は `id`、`name`、`titles`、`role`、`expectations`、`ojt`、`appraisal`、`next`、`source`、`typos`、`inferred` です。ヒント：項目名は docs/map-format.md にある英語の名前（半角）で書きます。".into(),
        ),
        (
            "empty file",
            String::new(),
            "",
            0,
            "Expected an opening `(` here (hint: a career-nav map starts with `CareerMap(`; is this the right file?)".into(),
            "ここに「(」が必要です。ヒント：career-nav の地図は `CareerMap(` で始まります。ファイルは合っていますか。".into(),
        ),
    ];
    for (what, text, at, into, en, ja) in cases {
        let e = error(&text);
        let (line, col) = if text.is_empty() {
            (1, 1)
        } else {
            position(&text, at, 0)
        };
        let col = col + into;
        let (first_en, first_ja) = first_lines(&e);
        assert_eq!(first_en, format!("{FILE}:{line}:{col}: {en}"), "{what}");
        assert_eq!(first_ja, format!("{FILE}:{line}:{col}: {ja}"), "{what}");
        // The caret stands under that column, counted by display width.
        let shown = e.render(Lang::Ja);
        let lines: Vec<&str> = shown.lines().collect();
        let source = text.lines().nth(line - 1).unwrap_or("");
        let before: String = source.chars().take(col - 1).collect();
        let bar = lines[2].find('|').unwrap() + 2;
        assert_eq!(
            unicode_width::UnicodeWidthStr::width(&lines[2][bar..lines[2].find('^').unwrap()]),
            unicode_width::UnicodeWidthStr::width(before.as_str()),
            "{what}:\n{shown}"
        );
    }
}

#[test]
fn every_missing_field_in_one_run() {
    let text = template_with("            policy: \"職位に応じた力をつける\",\n", "")
        .replacen("            role: \"業務の担い手\",\n", "", 1)
        .replacen(
            "            ojt: RoleEntry(name: \"OJTリーダー\"),\n",
            "",
            1,
        );
    let e = error(&text);
    let LoadError::Invalid { problems, .. } = &e else {
        panic!("expected every missing field: {e}");
    };
    let got: Vec<_> = problems
        .iter()
        .map(|p| (p.message.clone(), p.position))
        .collect();
    let field = |outer: &str, field: &str| Msg::MissingField {
        outer: Some(outer.into()),
        field: field.into(),
    };
    assert_eq!(
        got,
        vec![
            (
                field("Measure", "policy"),
                Some(position(&text, "Measure(", 0))
            ),
            (field("Step", "role"), Some(position(&text, "Step(", 0))),
            (field("Step", "ojt"), Some(position(&text, "Step(", 1))),
        ],
        "{e}"
    );
    let ja = e.render(Lang::Ja);
    assert!(ja.contains("地図に問題が 3 件あります。"), "{ja}");
    assert!(ja.contains("`Step` に項目 `role` がありません。"), "{ja}");
    let en = e.render(Lang::En);
    assert!(
        en.contains("`Measure` is missing its field `policy`"),
        "{en}"
    );
}

#[test]
fn encodings_and_line_ends_are_read() {
    use career_nav::model::{Converted, decode, load_file_noted};
    let t = career_nav::cli::TEMPLATE;
    let dir = tempfile::tempdir().unwrap();
    let utf16 = |le: bool, bom: bool| {
        let mut b: Vec<u8> = Vec::new();
        if bom {
            b.extend(if le { [0xFF, 0xFE] } else { [0xFE, 0xFF] });
        }
        for u in t.encode_utf16() {
            b.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        b
    };
    let (sjis, _, lossy) = encoding_rs::SHIFT_JIS.encode(t);
    assert!(!lossy);
    let cases: Vec<(&str, Vec<u8>, Option<Converted>)> = vec![
        (
            "bom",
            [b"\xEF\xBB\xBF".as_slice(), t.as_bytes()].concat(),
            None,
        ),
        ("crlf", t.replace('\n', "\r\n").into_bytes(), None),
        ("shift_jis", sjis.into_owned(), Some(Converted::ShiftJis)),
        ("utf16le", utf16(true, true), Some(Converted::Utf16Le)),
        ("utf16be", utf16(false, true), Some(Converted::Utf16Be)),
        (
            "utf16le-nobom",
            utf16(true, false),
            Some(Converted::Utf16Le),
        ),
    ];
    for (what, bytes, converted) in cases {
        let (text, how) = decode(&bytes).unwrap_or_else(|at| panic!("{what}: byte {at}"));
        assert_eq!(how, converted, "{what}");
        assert_eq!(text.replace("\r\n", "\n"), t, "{what}");
        let path = dir.path().join(format!("{what}.ron"));
        std::fs::write(&path, &bytes).unwrap();
        let (map, notes) = load_file_noted(&path).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(map.steps.len(), 2, "{what}");
        assert_eq!(
            notes,
            converted
                .map(|c| Msg::Converted(c.name()))
                .into_iter()
                .collect::<Vec<_>>(),
            "{what}"
        );
    }
    let note = Msg::Converted(Converted::ShiftJis.name());
    assert_eq!(
        note.render(Lang::Ja),
        "注意：このファイルの文字コードは Shift_JIS (CP932) です。UTF-8 に変換して読みました。"
    );
    // An error in a Shift_JIS file with CRLF line ends: the same line and column as in UTF-8.
    let broken = template_with("name: \"係員\",", "name: \"係員\"，").replace('\n', "\r\n");
    let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(&broken);
    let path = dir.path().join("broken-sjis.ron");
    std::fs::write(&path, &bytes).unwrap();
    let e = load_file_noted(&path).unwrap_err();
    let (line, col) = position(&broken.replace("\r\n", "\n"), "\"係員\"，", 0);
    let col = col + 4;
    assert_eq!(e.position(), Some((line, col)), "{e}");
    let file = path.display();
    assert_eq!(
        first_lines(&e),
        (
            format!(
                "{file}:{line}:{col}: Expected a `,` here (hint: this line has a full-width `，` outside a string; use the ASCII `,`)"
            ),
            format!(
                "{file}:{line}:{col}: ここに「,」（半角のカンマ）が必要です。ヒント：この行の文字列の外に全角の「，」があります。半角の「,」にしてください。"
            )
        )
    );
    // A BOM file with an error: columns as an editor shows them (the mark is not one).
    let with_bom = format!("\u{FEFF}{}", template_with("number: 1,", "number: x,"));
    let e = error(&with_bom);
    let (line, col) = position(&with_bom[3..], "x,", 0);
    assert_eq!(
        first_lines(&e),
        (
            format!("{FILE}:{line}:{col}: Expected a whole number here"),
            format!("{FILE}:{line}:{col}: ここに整数（半角数字）が必要です。")
        )
    );
    // Bytes no encoding reads.
    let path = dir.path().join("garbage.ron");
    std::fs::write(&path, b"CareerMap(\xff\xff)").unwrap();
    let e = load_file_noted(&path).unwrap_err();
    assert_eq!(
        e.render(Lang::Ja),
        format!(
            "{}: UTF-8、UTF-16、Shift_JIS のどの文字コードとしても読めません（11 バイト目が不正です）。",
            path.display()
        )
    );
}

#[test]
fn a_five_megabyte_file_reports_its_error_at_the_right_line() {
    let filler: String = "// 説明の行です。\n".repeat(5 * 1024 * 1024 / 25);
    let text = format!(
        "{filler}{}",
        template_with("name: \"係員\",", "name: \"係員\"")
    );
    assert!(text.len() >= 5 * 1024 * 1024);
    let e = error(&text);
    let (line, col) = position(&text, "name: \"係員\"", 0);
    assert_eq!(
        e.position(),
        Some((line, col + "name: \"係員\"".chars().count()))
    );
    let (line, col) = (line, col + "name: \"係員\"".chars().count());
    assert_eq!(
        first_lines(&e),
        (
            format!("{FILE}:{line}:{col}: Expected a `,` here"),
            format!("{FILE}:{line}:{col}: ここに「,」（半角のカンマ）が必要です。")
        )
    );
}

#[test]
fn new_mistakes_are_caught() {
    // (what, the map, the message, where it points: the nth occurrence of a text)
    let cases: Vec<(&str, String, Msg, &str, usize)> = vec![
        (
            "two measures with one number",
            mutate("number: 3,", "number: 2,", 0),
            Msg::MeasureNumberTwice(2),
            "number: 2,",
            1,
        ),
        (
            "a symbol that does not match its number",
            mutate("symbol: \"③\"", "symbol: \"⑤\"", 0),
            Msg::MeasureSymbol {
                id: "m3".into(),
                number: 3,
                symbol: "⑤".into(),
                expected: "③".into(),
            },
            "\"⑤\"",
            0,
        ),
        (
            "a glossary term twice",
            {
                let at = EMBEDDED_MAP.find("GlossaryEntry(").unwrap();
                let end = at + EMBEDDED_MAP[at..].find("\n        ),").unwrap() + 11;
                let entry = &EMBEDDED_MAP[at..end];
                format!(
                    "{}{entry}\n        {}",
                    &EMBEDDED_MAP[..end],
                    &EMBEDDED_MAP[end..]
                )
            },
            Msg::GlossaryTermTwice(
                parse(EMBEDDED_MAP, FILE).unwrap().glossary[0]
                    .term
                    .to_string(),
            ),
            "term:",
            1,
        ),
        (
            "two steps with one name",
            mutate("name: \"2級\"", "name: \"1級\"", 0),
            Msg::StepNameTwice("1級".into()),
            "name: \"1級\"",
            1,
        ),
        (
            "an edition date that is not a date",
            mutate(
                "edition: \"取組8「令和5年3月追加」\",",
                "edition: \"取組8「令和5年3月追加」\", edition_date: Some(\"令和5年3月\"),",
                0,
            ),
            Msg::BadEditionDate("令和5年3月".into()),
            "\"令和5年3月\"",
            0,
        ),
        (
            "a year outside 1–45",
            mutate("year: 3,", "year: 46,", 0),
            Msg::YearOutOfRange(46),
            "46",
            0,
        ),
    ];
    for (what, text, msg, at, nth) in cases {
        let p = problems(&text);
        let found = match error(&text) {
            LoadError::Invalid { problems, .. } => problems,
            _ => unreachable!(),
        };
        let hit = found
            .iter()
            .find(|p| p.message == msg)
            .unwrap_or_else(|| panic!("{what}: {p:?}"));
        // It points at the second of the two, or at the wrong value.
        let (line, col) = position(&text, at, nth);
        let col = if at == "term:" {
            col + "term: ".len()
        } else {
            col
        };
        let col = if at.starts_with("number") {
            col + "number: ".len()
        } else {
            col
        };
        assert_eq!(hit.position, Some((line, col)), "{what}: {p:?}");
        assert!(!msg.render(Lang::Ja).is_empty());
    }
}

#[test]
fn missing_fields_of_every_type_are_found_together() {
    // A number, an enum, a list, a struct and a field of a nested struct, each missing.
    let text = mutate("            number: 2,\n", "", 0);
    let text = {
        let at = text.find("label: New,").unwrap();
        format!("{}{}", &text[..at], &text[at + "label: New,".len()..])
    };
    let text = text.replacen("                name: \"グループ員\",\n", "", 1);
    let text = {
        // The first step's appraisal role, whole.
        let at = text.find("appraisal: RoleEntry(").unwrap();
        let close = "\n            ),\n";
        let end = at + text[at..].find(close).unwrap() + close.len();
        format!("{}{}", &text[..at], &text[end..])
    };
    let e = error(&text);
    let LoadError::Invalid { problems, .. } = &e else {
        panic!("expected every missing field: {e}");
    };
    let got: Vec<(String, Option<(usize, usize)>)> = problems
        .iter()
        .map(|p| (p.message.to_string(), p.position))
        .collect();
    let at = |needle: &str, nth: usize| Some(position(&text, needle, nth));
    let expected = vec![
        (
            "`Measure` is missing its field `number`".to_string(),
            at("Measure(", 1),
        ),
        (
            "`Initiative` is missing its field `label`".to_string(),
            at("Initiative(", 0),
        ),
        (
            "`Step` is missing its field `appraisal`".to_string(),
            at("Step(", 0),
        ),
        (
            "`RoleEntry` is missing its field `name`".to_string(),
            at("RoleEntry(", 0),
        ),
    ];
    let mut got_sorted = got.clone();
    got_sorted.sort_by_key(|(_, p)| *p);
    let mut expected_sorted = expected.clone();
    expected_sorted.sort_by_key(|(_, p)| *p);
    assert_eq!(got_sorted, expected_sorted, "{e}");
}
