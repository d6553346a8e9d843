//! docs/map-format.md documents every field of the map's types, and every heading of the
//! workbook: a field added to a type without a line in the reference fails here.

use std::collections::BTreeSet;

use career_nav::model::{load_embedded, parse, to_ron, xlsx};

const DOC: &str = include_str!("../docs/map-format.md");

/// Every (type, field) of a map, read from its RON with type names: every field is written,
/// `None` and `[]` included, so the embedded map names every field of every type it uses.
fn fields(ron: &str) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    let mut stack: Vec<String> = Vec::new();
    for line in ron.lines() {
        let trimmed = line.trim_start();
        let ident: String = trimmed
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !ident.is_empty()
            && trimmed[ident.len()..].starts_with(':')
            && let Some(owner) = stack.last()
        {
            out.insert((owner.clone(), ident.clone()));
        }
        // Follow the parentheses outside strings: `Name(` opens a type, `)` closes it.
        let mut word = String::new();
        let mut in_string = false;
        let mut escaped = false;
        for c in trimmed.chars() {
            if in_string {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    in_string = false;
                }
                continue;
            }
            match c {
                '"' => in_string = true,
                '(' => stack.push(std::mem::take(&mut word)),
                ')' => {
                    stack.pop();
                }
                c if c.is_ascii_alphanumeric() || c == '_' => word.push(c),
                _ => word.clear(),
            }
        }
    }
    out
}

/// The part of the doc under `### \`Type\``, up to the next heading.
fn section(ty: &str) -> Option<&'static str> {
    let head = format!("### `{ty}`");
    let start = DOC.find(&head)?;
    let rest = &DOC[start + head.len()..];
    Some(&rest[..rest.find("\n#").unwrap_or(rest.len())])
}

#[test]
fn every_field_of_the_map_is_documented() {
    let mut all = fields(&to_ron(&load_embedded().unwrap()).unwrap());
    let template = parse(career_nav::cli::TEMPLATE, "template.ron").unwrap();
    all.extend(fields(&to_ron(&template).unwrap()));
    // The walk found the types it should (a broken walk would find nothing to check).
    for ty in [
        "CareerMap",
        "Meta",
        "Step",
        "RoleEntry",
        "TitleLevel",
        "Training",
        "GlossaryEntry",
    ] {
        assert!(all.iter().any(|(t, _)| t == ty), "{ty} not found: {all:?}");
    }
    assert!(all.contains(&("Step".into(), "next".into())));
    let mut missing = Vec::new();
    for (ty, field) in &all {
        match section(ty) {
            None => missing.push(format!("no section \"### `{ty}`\"")),
            Some(text) => {
                // A table row for the field: | `field` | 必須 or 省略可 | meaning |
                let row = format!("| `{field}` | ");
                let ok = text.lines().any(|l| {
                    l.starts_with(&row) && (l.contains("| 必須 |") || l.contains("| 省略可 |"))
                });
                if !ok {
                    missing.push(format!("{ty}.{field}"));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "docs/map-format.md does not document: {}",
        missing.join(", ")
    );
}

#[test]
fn every_workbook_heading_is_documented() {
    for (sheet, cols) in xlsx::sheets() {
        let row = DOC
            .lines()
            .find(|l| l.starts_with(&format!("| {sheet} |")))
            .unwrap_or_else(|| panic!("sheet {sheet} is not in the workbook table"));
        for (heading, _) in cols {
            assert!(
                row.split(['|', ',']).any(|cell| cell.trim() == heading),
                "{sheet}: heading {heading} is not documented"
            );
        }
    }
}

#[test]
fn the_walk_sees_a_missing_field() {
    // The check would catch an undocumented field: a type the doc lacks is reported.
    let found = fields("CareerMap(\n    meta: Meta(\n        brand_new: None,\n    ),\n)");
    assert!(found.contains(&("Meta".into(), "brand_new".into())));
    assert!(section("Meta").is_some_and(|s| !s.contains("`brand_new`")));
}
