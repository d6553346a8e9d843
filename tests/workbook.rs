//! The map as a workbook: written with rust_xlsxwriter, read with calamine, edited as a
//! spreadsheet program would (openpyxl, another library), and errors that name the sheet,
//! the cell and the column heading.

use std::path::Path;
use std::process::Command;

use assert_cmd::prelude::*;
use career_nav::model::{self, CareerMap, Lang, LoadError, Msg, load_embedded, to_ron, xlsx};

fn workbook(map: &CareerMap, dir: &Path, name: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, xlsx::write(map).unwrap()).unwrap();
    path
}

fn invalid(e: LoadError) -> Vec<model::Problem> {
    match e {
        LoadError::Invalid { problems, .. } => problems,
        other => panic!("expected problems, got: {other}"),
    }
}

#[test]
fn ron_to_workbook_to_map_is_the_same_map() {
    let map = load_embedded().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = workbook(&map, dir.path(), "map.xlsx");
    let back = model::load_file(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(to_ron(&back).unwrap(), to_ron(&map).unwrap());
    assert!(model::diff(&map, &back).is_empty());
    // The template too, and a map with empty groups and promotions without trainings.
    let mut small = model::parse(career_nav::cli::TEMPLATE, "template.ron").unwrap();
    small.promotion_trainings[0].trainings.clear();
    small.blocks[0].groups[0].items.clear();
    let path = workbook(&small, dir.path(), "small.xlsx");
    let back = model::load_file(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(to_ron(&back).unwrap(), to_ron(&small).unwrap());
}

#[test]
fn every_sheet_has_japanese_headings_and_ids() {
    let sheets = xlsx::sheets();
    let names: Vec<&str> = sheets.iter().map(|(n, _)| *n).collect();
    for s in [
        "職位",
        "スタッフ職",
        "施策",
        "取組",
        "研修",
        "ブロック",
        "用語集",
    ] {
        assert!(names.contains(&s), "{s}: {names:?}");
    }
    for (sheet, cols) in &sheets {
        for (heading, key) in cols {
            assert!(
                !heading.is_ascii() || *heading == "ID",
                "{sheet}: {heading}"
            );
            assert!(!key.is_empty());
        }
    }
    let (_, steps) = sheets.iter().find(|(n, _)| *n == "職位").unwrap();
    assert_eq!(steps[0], ("ID", "id"));
    assert!(
        steps
            .iter()
            .any(|(h, k)| *h == "推定の注記" && *k == "inferred")
    );
}

#[test]
fn a_problem_in_a_workbook_names_the_sheet_the_cell_and_the_heading() {
    let mut map = load_embedded().unwrap();
    // 2級's next step does not exist: the cell is 次の職位ID on 2級's row.
    let row = map
        .steps
        .iter()
        .position(|s| s.id.as_str() == "kyu2")
        .unwrap();
    map.steps[row].next = Some("nowhere".into());
    let dir = tempfile::tempdir().unwrap();
    let path = workbook(&map, dir.path(), "bad.xlsx");
    let e = model::load_file(&path).unwrap_err();
    let shown = e.render(Lang::Ja);
    let problems = invalid(e);
    let p = problems
        .iter()
        .find(|p| matches!(&p.message, Msg::NextMissing { next, .. } if next == "nowhere"))
        .unwrap_or_else(|| panic!("{shown}"));
    let cell = p.cell.as_ref().expect("a cell");
    let col = xlsx::step_columns()
        .iter()
        .position(|c| c.key == "next")
        .unwrap();
    assert_eq!(cell.sheet, "職位");
    assert_eq!(
        cell.cell,
        format!("{}{}", xlsx::column_letters(col as u32), row + 2)
    );
    assert_eq!(cell.heading, "次の職位ID");
    assert!(
        shown.contains(&format!(
            "シート「職位」のセル {}（見出し「次の職位ID」）: 職位「2級」（id「kyu2」）の次の職位「nowhere」がありません。",
            cell.cell
        )),
        "{shown}"
    );
}

/// Python with openpyxl, or why not. Under CI=true a missing tool fails the test.
fn openpyxl() -> Option<()> {
    let ok = Command::new("python3")
        .args(["-c", "import openpyxl"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "CI needs python3 with openpyxl (see .ci/run)"
        );
        eprintln!("skipped: python3 with openpyxl is not installed");
        return None;
    }
    Some(())
}

fn python(script: &str, path: &Path) {
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_cell_edited_by_another_program_is_read() {
    if openpyxl().is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.xlsx");
    Command::cargo_bin("career-nav")
        .unwrap()
        .args(["dump-default", "--format", "xlsx", "-o"])
        .arg(&path)
        .assert()
        .success();
    // As an author would: change 1級's role, add a title with Alt+Enter, type the edition's
    // date (a spreadsheet makes it a date cell), save.
    python(
        r#"
import sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
info = wb["基本情報"]
for row in info.iter_rows(min_row=2):
    if row[0].value == "版の日付":
        row[1].value = datetime.date(2027, 4, 1)
ws = wb["職位"]
heads = {c.value: c.column for c in ws[1]}
for row in ws.iter_rows(min_row=2):
    if row[heads["ID"] - 1].value == "kyu1":
        row[heads["役割"] - 1].value = "表計算ソフトで直した役割"
        cell = row[heads["呼び名"] - 1]
        cell.value = cell.value + "\n新人"
wb.save(sys.argv[1])
"#,
        &path,
    );
    let map = model::load_file(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(map.meta.edition_date.as_deref(), Some("2027-04-01"));
    let step = map.step("kyu1").unwrap();
    assert_eq!(step.role.as_str(), "表計算ソフトで直した役割");
    assert_eq!(step.titles.last().unwrap().as_str(), "新人");
    // The rest is as it was.
    let old = load_embedded().unwrap();
    let d = model::diff(&old, &map);
    assert!(!d.is_empty());
    let mut fixed = map.clone();
    fixed.meta.edition_date = old.meta.edition_date.clone();
    fixed
        .steps
        .iter_mut()
        .find(|s| s.id.as_str() == "kyu1")
        .unwrap()
        .role = old.step("kyu1").unwrap().role.clone();
    fixed
        .steps
        .iter_mut()
        .find(|s| s.id.as_str() == "kyu1")
        .unwrap()
        .titles
        .pop();
    assert_eq!(to_ron(&fixed).unwrap(), to_ron(&old).unwrap());

    // A number typed as text, and an empty required cell: both named by sheet, cell, heading.
    python(
        r#"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["施策"]
ws["B3"] = "二"
ws["D4"] = None
steps = wb["職位"]
heads = {c.value: c.column for c in steps[1]}
steps.cell(row=2, column=heads["次の職位ID"], value="nowhere")
wb.save(sys.argv[1])
"#,
        &path,
    );
    let out = Command::cargo_bin("career-nav")
        .unwrap()
        .args(["--lang", "ja", "check"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    let file = path.display();
    assert!(
        err.contains(&format!(
            "{file}: シート「施策」のセル B3（見出し「番号」）: このセルには1から255までの整数を入れてください。"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{file}: シート「施策」のセル D4（見出し「施策名」）: このセルは空にできません。"
        )),
        "{err}"
    );
    // Every problem in one run: the cells, and the map's own problem found with them,
    // and nothing that only repeats a cell that could not be read.
    let next = xlsx::step_columns()
        .iter()
        .position(|c| c.key == "next")
        .unwrap();
    assert!(
        err.contains(&format!(
            "シート「職位」のセル {}2（見出し「次の職位ID」）: 職位「1級」（id「kyu1」）の次の職位「nowhere」がありません。",
            xlsx::column_letters(next as u32)
        )),
        "{err}"
    );
    assert!(
        err.starts_with(&format!("{file}: 地図に問題が 3 件あります。")),
        "{err}"
    );
}

#[test]
fn commands_take_workbooks() {
    let dir = tempfile::tempdir().unwrap();
    let cmd = || {
        let mut c = Command::cargo_bin("career-nav").unwrap();
        c.env("XDG_DATA_HOME", dir.path())
            .env("XDG_CONFIG_HOME", dir.path())
            .env("LC_ALL", "ja_JP.UTF-8");
        c
    };
    let book = dir.path().join("map.xlsx");
    let tpl = dir.path().join("template.xlsx");
    cmd()
        .args(["dump-default", "--format", "xlsx", "-o"])
        .arg(&book)
        .assert()
        .success();
    cmd()
        .args(["template", "--format", "xlsx", "-o"])
        .arg(&tpl)
        .assert()
        .success();
    let out = cmd().arg("check").arg(&tpl).output().unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("問題なし — 職位 2")
    );
    // diff: 0 for the same map, 1 for different maps.
    let ron = dir.path().join("map.ron");
    std::fs::write(&ron, model::EMBEDDED_MAP).unwrap();
    let out = cmd().arg("diff").arg(&ron).arg(&book).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let out = cmd().arg("diff").arg(&book).arg(&tpl).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    // --data takes a workbook.
    let out = cmd()
        .arg("--data")
        .arg(&tpl)
        .args(["show", "--grade", "係長"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("チームのまとめ役")
    );
    // dump-default --data dumps that map (as RON), and refuses a broken one.
    let out = cmd()
        .arg("--data")
        .arg(&tpl)
        .arg("dump-default")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let back = model::parse(&text, "dumped.ron").unwrap();
    assert_eq!(back.meta.organisation.as_str(), "○○市");
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "CareerMap(").unwrap();
    let out = cmd()
        .arg("--data")
        .arg(&bad)
        .arg("dump-default")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    // A workbook is not written to a terminal, and the template as RON passes check.
    let out = cmd().arg("template").output().unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        career_nav::cli::TEMPLATE
    );
}

#[test]
fn a_workbook_missing_a_column_a_row_or_a_parent_says_which() {
    if openpyxl().is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = workbook(&load_embedded().unwrap(), dir.path(), "map.xlsx");
    python(
        r#"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["職位"]
heads = {c.value: c.column for c in ws[1]}
ws.delete_cols(heads["役割"])
info = wb["基本情報"]
for row in info.iter_rows(min_row=2):
    if row[0].value == "組織":
        info.delete_rows(row[0].row)
        break
t = wb["研修"]
t["A5"] = "block9"
wb.save(sys.argv[1])
"#,
        &path,
    );
    let e = model::load_file(&path).unwrap_err();
    let ja = e.render(Lang::Ja);
    let en = e.render(Lang::En);
    let problems = invalid(e);
    let messages: Vec<&Msg> = problems.iter().map(|p| &p.message).collect();
    assert!(
        messages.contains(&&Msg::MissingColumn {
            sheet: "職位".into(),
            heading: "役割".into()
        }),
        "{ja}"
    );
    assert!(
        messages.contains(&&Msg::MissingRow {
            sheet: "基本情報".into(),
            label: "組織".into()
        }),
        "{ja}"
    );
    assert!(
        ja.contains("シート「研修」のセル A5（見出し「ブロックID」）: 「block9」はシート「ブロック」の見出し「ID」の列にありません。"),
        "{ja}"
    );
    assert!(
        ja.contains("シート「職位」に見出し「役割」の列がありません。"),
        "{ja}"
    );
    assert!(
        en.contains("the sheet \"職位\" has no column headed \"役割\""),
        "{en}"
    );
}

fn python_out(script: &str, path: &Path) -> String {
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn typos_and_roles_are_cells_an_author_can_read_and_edit() {
    if openpyxl().is_none() {
        return;
    }
    let map = load_embedded().unwrap();
    let ojt = map
        .measures
        .iter()
        .find(|m| m.stands_for == Some(model::MeasureRole::Ojt))
        .unwrap();
    let appraisal = map
        .measures
        .iter()
        .find(|m| m.stands_for == Some(model::MeasureRole::Appraisal))
        .unwrap();
    let step = map.steps.iter().find(|s| !s.typos.is_empty()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = workbook(&map, dir.path(), "map.xlsx");

    // As written: the roles in Japanese, a typo per line as 「printed → corrected」.
    let shown = python_out(
        r#"
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for name, key in [("施策", "表す役割"), ("職位", "誤字の訂正")]:
    ws = wb[name]
    heads = {c.value: c.column for c in ws[1]}
    for row in ws.iter_rows(min_row=2):
        out[name + ":" + row[heads["ID"] - 1].value] = row[heads[key] - 1].value
print(json.dumps(out, ensure_ascii=False))
"#,
        &path,
    );
    let cell = |sheet: &str, id: &str| {
        let key = format!("\"{sheet}:{id}\": ");
        let rest =
            &shown[shown.find(&key).unwrap_or_else(|| panic!("{key}: {shown}")) + key.len()..];
        rest[..rest.find([',', '}']).unwrap()].to_string()
    };
    assert_eq!(cell("施策", &ojt.id), "\"OJT\"", "{shown}");
    assert_eq!(cell("施策", &appraisal.id), "\"人事考課\"", "{shown}");
    assert_eq!(cell("施策", "m1"), "null", "{shown}");
    let typo = &step.typos[0];
    assert_eq!(
        cell("職位", &step.id),
        format!("\"{} → {}\"", typo.printed, typo.corrected),
        "{shown}"
    );

    // Edited: the RON spellings of the roles, two typos (either arrow), a measure's related
    // trainings and 原文.
    let script = format!(
        r#"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["施策"]
heads = {{c.value: c.column for c in ws[1]}}
for row in ws.iter_rows(min_row=2):
    id = row[heads["ID"] - 1].value
    if id == "{ojt}":
        row[heads["表す役割"] - 1].value = "Ojt"
    if id == "{appraisal}":
        row[heads["表す役割"] - 1].value = "appraisal"
    if id == "m1":
        row[heads["関連する研修ID"] - 1].value = "{training}"
        row[heads["原文"] - 1].value = "表計算ソフトで書いた原文"
ws = wb["職位"]
heads = {{c.value: c.column for c in ws[1]}}
for row in ws.iter_rows(min_row=2):
    if row[heads["ID"] - 1].value == "{step}":
        row[heads["誤字の訂正"] - 1].value = "印刷A -> 直したA\n印刷B→直したB"
wb.save(sys.argv[1])
"#,
        ojt = ojt.id,
        appraisal = appraisal.id,
        step = step.id,
        training = map.promotion_trainings[0].trainings[0].id,
    );
    python(&script, &path);
    let back = model::load_file(&path).unwrap_or_else(|e| panic!("{e}"));
    let measure = |id: &str| back.measures.iter().find(|m| m.id.as_str() == id).unwrap();
    assert_eq!(measure(&ojt.id).stands_for, Some(model::MeasureRole::Ojt));
    assert_eq!(
        measure(&appraisal.id).stands_for,
        Some(model::MeasureRole::Appraisal)
    );
    assert_eq!(
        measure("m1").related_trainings,
        vec![map.promotion_trainings[0].trainings[0].id.clone()]
    );
    assert_eq!(
        measure("m1").source.as_deref(),
        Some("表計算ソフトで書いた原文")
    );
    let typos: Vec<(&str, &str)> = back
        .step(&step.id)
        .unwrap()
        .typos
        .iter()
        .map(|t| (t.printed.as_str(), t.corrected.as_str()))
        .collect();
    assert_eq!(typos, [("印刷A", "直したA"), ("印刷B", "直したB")]);

    // A role that is neither, a typo line without an arrow, a related training that does not
    // exist: each named by sheet, cell and heading.
    python(
        r#"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["施策"]
heads = {c.value: c.column for c in ws[1]}
ws.cell(row=2, column=heads["表す役割"], value="研修")
ws.cell(row=3, column=heads["関連する研修ID"], value="nowhere")
ws = wb["職位"]
heads = {c.value: c.column for c in ws[1]}
ws.cell(row=2, column=heads["誤字の訂正"], value="矢印のない行")
wb.save(sys.argv[1])
"#,
        &path,
    );
    let e = model::load_file(&path).unwrap_err();
    let ja = e.render(Lang::Ja);
    let en = e.render(Lang::En);
    let letter = |cols: Vec<(&str, &str)>, key: &str| {
        xlsx::column_letters(cols.iter().position(|(_, k)| *k == key).unwrap() as u32)
    };
    let sheets = xlsx::sheets();
    let cols = |name: &str| sheets.iter().find(|(n, _)| *n == name).unwrap().1.clone();
    let role = letter(cols("施策"), "stands_for");
    let related = letter(cols("施策"), "related_trainings");
    let typo_col = letter(cols("職位"), "typos");
    assert!(
        ja.contains(&format!(
            "シート「施策」のセル {role}2（見出し「表す役割」）: このセルには「OJT」・「人事考課」のどれかを入れてください。"
        )),
        "{ja}"
    );
    assert!(
        ja.contains(&format!(
            "シート「職位」のセル {typo_col}2（見出し「誤字の訂正」）: このセルには「印刷どおりの綴り → 直した綴り」"
        )),
        "{ja}"
    );
    assert!(
        ja.contains(&format!(
            "シート「施策」のセル {related}3（見出し「関連する研修ID」）"
        )),
        "{ja}"
    );
    assert!(ja.contains("nowhere"), "{ja}");
    assert!(
        en.contains(&format!(
            "sheet \"施策\", cell {role}2 (column \"表す役割\"): this cell must hold one of OJT, 人事考課"
        )),
        "{en}"
    );
}
