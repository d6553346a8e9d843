//! Checks of a map that parsed: every id unique, every reference resolves, the ladder is one
//! line from a single start to a single top, and every step has a role.

use std::collections::HashMap;

use super::CareerMap;
use super::messages::{Entry, Msg};

/// One thing wrong with a map, with the position in the file where it could be found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub message: Msg,
    /// 1-based line and column (in characters) of the offending value.
    pub position: Option<(usize, usize)>,
    /// What the validator looked for to find the position: the field, its value and which
    /// occurrence (0-based). A workbook uses it to name the cell.
    pub locator: Option<Locator>,
    /// The cell of a workbook the problem is in (maps read from .xlsx only).
    pub cell: Option<CellRef>,
}

/// The field and value a problem is about (see [`Problem::locator`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locator {
    pub field: String,
    pub value: String,
    pub nth: usize,
}

/// A cell of a workbook: its sheet, its address (C12) and its column's heading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellRef {
    pub sheet: String,
    pub cell: String,
    pub heading: String,
}

impl Problem {
    /// A problem with no place in the file.
    pub fn new(message: Msg, position: Option<(usize, usize)>) -> Problem {
        Problem {
            message,
            position,
            locator: None,
            cell: None,
        }
    }
}

/// Every problem of `map`; `source` is its text, used only to point at positions.
pub fn validate(map: &CareerMap, source: &str) -> Vec<Problem> {
    let mut v = Validator {
        source,
        problems: Vec::new(),
    };
    v.ids(map);
    v.references(map);
    // With duplicate or dangling step ids the ladder's shape is meaningless: its errors
    // would only repeat the ones above.
    if v.problems.is_empty() {
        v.ladder(map);
    }
    v.contents(map);
    // In file order, as an author fixes them.
    v.problems
        .sort_by_key(|p| p.position.unwrap_or((usize::MAX, usize::MAX)));
    v.problems
}

struct Validator<'a> {
    source: &'a str,
    problems: Vec<Problem>,
}

impl Validator<'_> {
    fn report(&mut self, message: Msg, field: &str, value: &str, nth: usize) {
        let english = message.to_string();
        let position = locate(self.source, field, value, nth)
            .or_else(|| locate_sanitized(self.source, field, value, nth))
            .or_else(|| {
                // Point at the first entry the message names by id ("…" in the message).
                english.split('"').skip(1).step_by(2).find_map(|id| {
                    locate(self.source, "id", id, 0)
                        .or_else(|| locate_sanitized(self.source, "id", id, 0))
                })
            })
            // Last, the field itself: the author is sent near the problem, never nowhere.
            .or_else(|| {
                (!field.is_empty())
                    .then(|| locate(self.source, &format!("{field}:"), "", 0))
                    .flatten()
            });
        self.problems.push(Problem {
            message,
            position,
            locator: Some(Locator {
                field: field.to_string(),
                value: value.to_string(),
                nth,
            }),
            cell: None,
        });
    }

    fn ids(&mut self, map: &CareerMap) {
        let mut all: Vec<(&str, Entry)> = Vec::new();
        for m in &map.measures {
            all.push((&m.id, Entry::Measure(m.name.to_string())));
        }
        for s in &map.steps {
            all.push((&s.id, Entry::Step(s.name.to_string())));
        }
        for t in &map.specialist_tiers {
            all.push((&t.id, Entry::Tier(t.name.to_string())));
        }
        for y in &map.year_training.years {
            all.push((&y.id, Entry::Year(y.year)));
        }
        for p in &map.promotion_trainings {
            for t in &p.trainings {
                all.push((&t.id, Entry::Training(t.name.to_string())));
            }
        }
        for b in &map.blocks {
            all.push((&b.id, Entry::Block(b.name.to_string())));
            for g in &b.groups {
                for t in &g.items {
                    all.push((&t.id, Entry::Training(t.name.to_string())));
                }
            }
        }
        let mut seen: HashMap<&str, (usize, Entry)> = HashMap::new();
        for (id, what) in all {
            if id.trim().is_empty() {
                self.report(Msg::EmptyId(what), "id", id, 0);
                continue;
            }
            match seen.get_mut(id) {
                Some((count, first)) => {
                    *count += 1;
                    let (n, first) = (*count, first.clone());
                    self.report(
                        Msg::DuplicateId {
                            id: id.to_string(),
                            what,
                            first,
                        },
                        "id",
                        id,
                        n - 1,
                    );
                }
                None => {
                    seen.insert(id, (1, what));
                }
            }
        }
    }

    fn references(&mut self, map: &CareerMap) {
        let step_ids: std::collections::HashSet<&str> = map.steps.iter().map(|s| &*s.id).collect();
        let measure_ids: std::collections::HashSet<&str> =
            map.measures.iter().map(|m| &*m.id).collect();
        let step = |id: &str| step_ids.contains(id);
        let measure = |id: &str| measure_ids.contains(id);
        let mut bad: Vec<(Msg, &str, String)> = Vec::new();
        for s in &map.steps {
            if let Some(n) = &s.next
                && !step(n)
            {
                bad.push((
                    Msg::NextMissing {
                        name: s.name.to_string(),
                        id: s.id.to_string(),
                        next: n.to_string(),
                    },
                    "next",
                    n.to_string(),
                ));
            }
        }
        for t in &map.specialist_tiers {
            for l in &t.levels {
                if !step(&l.step) {
                    bad.push((
                        Msg::LevelStepMissing {
                            name: t.name.to_string(),
                            id: t.id.to_string(),
                            step: l.step.to_string(),
                        },
                        "step",
                        l.step.to_string(),
                    ));
                }
            }
        }
        let y = &map.year_training;
        if !step(&y.step) {
            bad.push((
                Msg::YearStepMissing(y.step.to_string()),
                "step",
                y.step.to_string(),
            ));
        }
        if !measure(&y.measure) {
            bad.push((
                Msg::YearMeasureMissing(y.measure.to_string()),
                "measure",
                y.measure.to_string(),
            ));
        }
        for p in &map.promotion_trainings {
            if !step(&p.into) {
                bad.push((
                    Msg::PromotionStepMissing(p.into.to_string()),
                    "into",
                    p.into.to_string(),
                ));
            }
            if !measure(&p.measure) {
                bad.push((
                    Msg::PromotionMeasureMissing {
                        into: p.into.to_string(),
                        measure: p.measure.to_string(),
                    },
                    "measure",
                    p.measure.to_string(),
                ));
            }
        }
        for b in &map.blocks {
            if !measure(&b.measure) {
                bad.push((
                    Msg::BlockMeasureMissing {
                        name: b.name.to_string(),
                        id: b.id.to_string(),
                        measure: b.measure.to_string(),
                    },
                    "measure",
                    b.measure.to_string(),
                ));
            }
        }
        let training_ids: std::collections::HashSet<&str> = map
            .promotion_trainings
            .iter()
            .flat_map(|p| &p.trainings)
            .chain(
                map.blocks
                    .iter()
                    .flat_map(|b| &b.groups)
                    .flat_map(|g| &g.items),
            )
            .map(|t| &*t.id)
            .chain(map.year_training.years.iter().map(|y| &*y.id))
            .collect();
        for m in &map.measures {
            for id in &m.related_trainings {
                if !training_ids.contains(&**id) {
                    bad.push((
                        Msg::RelatedTrainingMissing {
                            name: m.name.to_string(),
                            id: m.id.to_string(),
                            training: id.to_string(),
                        },
                        "related_trainings",
                        id.to_string(),
                    ));
                }
            }
        }
        for (msg, field, value) in bad {
            self.report(msg, field, &value, 0);
        }
        // Two promotion entries into the same step would make one of them unreachable.
        let mut into: HashMap<&str, usize> = HashMap::new();
        for p in &map.promotion_trainings {
            let n = into.entry(&p.into).or_default();
            *n += 1;
            if *n == 2 {
                self.report(Msg::TwoPromotions(p.into.to_string()), "into", &p.into, 1);
            }
        }
    }

    fn ladder(&mut self, map: &CareerMap) {
        if map.steps.is_empty() {
            self.problems.push(Problem::new(
                Msg::NoSteps,
                locate(self.source, "steps", "", 0),
            ));
            return;
        }
        // Index the links once: the checks below are linear in the number of steps.
        let index: HashMap<&str, usize> = map
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| (&*s.id, i))
            .collect();
        let next_of: Vec<Option<usize>> = map
            .steps
            .iter()
            .map(|s| s.next.as_deref().and_then(|n| index.get(n).copied()))
            .collect();
        let mut preds: Vec<Vec<usize>> = vec![Vec::new(); map.steps.len()];
        for (i, n) in next_of.iter().enumerate() {
            if let Some(n) = n {
                preds[*n].push(i);
            }
        }
        let starts: Vec<_> = map
            .steps
            .iter()
            .enumerate()
            .filter(|(i, _)| preds[*i].is_empty())
            .map(|(_, s)| s)
            .collect();
        if starts.len() != 1 {
            let message = if starts.is_empty() {
                Msg::NoStart
            } else {
                Msg::Starts(starts.iter().map(|s| s.id.to_string()).collect())
            };
            let at = starts.get(1).map(|s| s.id.to_string());
            match at {
                Some(id) => self.report(message, "id", &id, 0),
                None => self.problems.push(Problem::new(message, None)),
            }
        }
        for (i, s) in map.steps.iter().enumerate() {
            if preds[i].len() > 1 {
                self.report(
                    Msg::NextOfMany {
                        id: s.id.to_string(),
                        n: preds[i].len(),
                    },
                    "next",
                    &s.id,
                    1,
                );
            }
        }
        // Follow the links from every step not yet seen; a walk that meets itself is a loop.
        // Each step is walked once (0 unseen, 1 on this walk, 2 done).
        let mut state = vec![0u8; map.steps.len()];
        let mut reported = false;
        for first in 0..map.steps.len() {
            let mut path = Vec::new();
            let mut cur = Some(first);
            while let Some(i) = cur {
                match state[i] {
                    2 => break,
                    1 => {
                        if !reported {
                            let s = &map.steps[i];
                            let from = preds[i]
                                .first()
                                .map(|&p| map.steps[p].id.to_string())
                                .unwrap_or_default();
                            self.report(
                                Msg::Loops {
                                    from,
                                    to: s.id.to_string(),
                                },
                                "next",
                                &s.id,
                                0,
                            );
                            reported = true;
                        }
                        break;
                    }
                    _ => {
                        state[i] = 1;
                        path.push(i);
                        cur = next_of[i];
                    }
                }
            }
            for i in path {
                state[i] = 2;
            }
        }
        if !reported && self.problems.is_empty() {
            let walked = map.ladder().len();
            if walked != map.steps.len() {
                self.problems.push(Problem::new(
                    Msg::Unreachable {
                        reached: walked,
                        total: map.steps.len(),
                    },
                    None,
                ));
            }
        }
    }

    fn contents(&mut self, map: &CareerMap) {
        for s in &map.steps {
            if s.role.trim().is_empty() {
                self.report(
                    Msg::StepNoRole {
                        name: s.name.to_string(),
                        id: s.id.to_string(),
                    },
                    "id",
                    &s.id,
                    0,
                );
            }
            if s.titles.iter().all(|t| t.trim().is_empty()) {
                self.report(
                    Msg::StepNoTitle {
                        name: s.name.to_string(),
                        id: s.id.to_string(),
                    },
                    "id",
                    &s.id,
                    0,
                );
            }
        }
        for t in &map.specialist_tiers {
            if t.role.trim().is_empty() {
                self.report(
                    Msg::TierNoRole {
                        name: t.name.to_string(),
                        id: t.id.to_string(),
                    },
                    "id",
                    &t.id,
                    0,
                );
            }
        }
        // A title must name one place only, or `--grade` would be ambiguous.
        let mut titles: HashMap<String, usize> = HashMap::new();
        for (title, _) in map.all_titles() {
            let n = titles.entry(title.clone()).or_default();
            *n += 1;
            if *n == 2 {
                self.report(Msg::TitleTwice(title.clone()), "titles", &title, 1);
            }
        }
        let mut years: Vec<u8> = map.year_training.years.iter().map(|y| y.year).collect();
        years.sort_unstable();
        if let Some(w) = years.windows(2).find(|w| w[0] == w[1]) {
            let year = w[0];
            self.problems.push(Problem {
                locator: Some(Locator {
                    field: "year".into(),
                    value: year.to_string(),
                    nth: 1,
                }),
                ..Problem::new(
                    Msg::YearTwice(year),
                    locate_number(self.source, "year", year, 1),
                )
            });
        }
        if let Some(d) = &map.meta.edition_date
            && !is_date(d)
        {
            self.report(Msg::BadEditionDate(d.to_string()), "edition_date", d, 0);
        }
        for y in &map.year_training.years {
            if !(1..=45).contains(&y.year) {
                self.problems.push(Problem {
                    locator: Some(Locator {
                        field: "year".into(),
                        value: y.year.to_string(),
                        nth: 0,
                    }),
                    ..Problem::new(
                        Msg::YearOutOfRange(y.year),
                        locate_number(self.source, "year", y.year, 0),
                    )
                });
            }
        }
        // Measures are known by their number and symbol (①…⑩): one each, and in agreement.
        let mut numbers: HashMap<u8, usize> = HashMap::new();
        for m in &map.measures {
            let n = numbers.entry(m.number).or_default();
            *n += 1;
            if *n == 2 {
                self.problems.push(Problem {
                    locator: Some(Locator {
                        field: "number".into(),
                        value: m.number.to_string(),
                        nth: 1,
                    }),
                    ..Problem::new(
                        Msg::MeasureNumberTwice(m.number),
                        locate_number(self.source, "number", m.number, 1),
                    )
                });
            }
            if let Some(expected) = circled(m.number)
                && !m.symbol.contains(expected)
            {
                self.report(
                    Msg::MeasureSymbol {
                        id: m.id.to_string(),
                        number: m.number,
                        symbol: m.symbol.to_string(),
                        expected: expected.to_string(),
                    },
                    "symbol",
                    &m.symbol,
                    0,
                );
            }
        }
        let mut terms: HashMap<&str, usize> = HashMap::new();
        for g in &map.glossary {
            let n = terms.entry(g.term.trim()).or_default();
            *n += 1;
            if *n == 2 {
                self.report(
                    Msg::GlossaryTermTwice(g.term.to_string()),
                    "term",
                    &g.term,
                    1,
                );
            }
        }
        // Two rungs drawn with one name could not be told apart on the ladder.
        let mut names: HashMap<&str, usize> = HashMap::new();
        for s in &map.steps {
            let n = names.entry(s.name.trim()).or_default();
            *n += 1;
            if *n == 2 && !s.name.trim().is_empty() {
                let position = locate_field_after(self.source, &s.id, "name")
                    .or_else(|| locate(self.source, "name", &s.name, 1));
                self.problems.push(Problem {
                    message: Msg::StepNameTwice(s.name.to_string()),
                    position,
                    locator: Some(Locator {
                        field: "name".into(),
                        value: s.id.to_string(),
                        nth: 0,
                    }),
                    cell: None,
                });
            }
        }
        // Empty text would show as an empty line or bullet. Each problem points at the
        // entry's field (found after the entry's id).
        let mut empty: Vec<(Msg, String, &str)> = Vec::new();
        for s in &map.steps {
            if s.name.trim().is_empty() {
                empty.push((
                    Msg::StepEmptyName(s.id.to_string()),
                    s.id.to_string(),
                    "name",
                ));
            }
            if s.expectations.iter().any(|e| e.trim().is_empty()) {
                empty.push((
                    Msg::StepEmptyExpectation(s.id.to_string()),
                    s.id.to_string(),
                    "expectations",
                ));
            }
        }
        for t in &map.specialist_tiers {
            if t.expectations.iter().any(|e| e.trim().is_empty()) {
                empty.push((
                    Msg::TierEmptyExpectation(t.id.to_string()),
                    t.id.to_string(),
                    "expectations",
                ));
            }
        }
        for t in map.catalog() {
            if t.name.trim().is_empty() {
                empty.push((
                    Msg::TrainingEmptyName(t.id.to_string()),
                    t.id.to_string(),
                    "name",
                ));
            }
        }
        for (message, id, field) in empty {
            let position = locate_field_after(self.source, &id, field)
                .or_else(|| locate(self.source, "id", &id, 0));
            self.problems.push(Problem {
                message,
                position,
                locator: Some(Locator {
                    field: field.to_string(),
                    value: id,
                    nth: 0,
                }),
                cell: None,
            });
        }
    }
}

/// True for text that starts with a date written YYYY-MM-DD (a month 1–12, a day 1–31).
fn is_date(s: &str) -> bool {
    let s = s.trim();
    let Some(s) = s.get(..10) else {
        return false;
    };
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| {
        (p.len() == len && p.chars().all(|c| c.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    match parts.as_slice() {
        [y, m, d] => {
            num(y, 4).is_some()
                && num(m, 2).is_some_and(|m| (1..=12).contains(&m))
                && num(d, 2).is_some_and(|d| (1..=31).contains(&d))
        }
        _ => false,
    }
}

/// The circled number for 1 to 20 (① to ⑳).
pub fn circled(n: u8) -> Option<char> {
    (1..=20)
        .contains(&n)
        .then(|| char::from_u32(0x2460 + u32::from(n) - 1))
        .flatten()
}

/// Find the `nth` (0-based) occurrence of the string value `value` written as `field: "value"`
/// (or anywhere as `"value"` when `field` is empty; or the field name itself when `value` is
/// empty). Returns a 1-based line and character column.
fn locate(source: &str, field: &str, value: &str, nth: usize) -> Option<(usize, usize)> {
    let mut found = 0;
    let needle = if value.is_empty() {
        field.to_string()
    } else {
        format!("\"{value}\"")
    };
    for (at, _) in source.match_indices(&needle) {
        let ok = if value.is_empty() || field.is_empty() {
            true
        } else {
            let before = source[..at].trim_end();
            // `field: "value"` or `field: Some("value")`
            let before = before
                .strip_suffix("Some(")
                .map_or(before, |b| b.trim_end());
            before.ends_with(':') && before[..before.len() - 1].trim_end().ends_with(field)
                || in_list_of(source, at, field)
        };
        if ok && !in_comment(source, at) {
            if found == nth {
                return Some(position_of(source, at));
            }
            found += 1;
        }
    }
    None
}

/// True when `at` is inside a `field: [ ... ]` list (e.g. a title in `titles: [...]`).
fn in_list_of(source: &str, at: usize, field: &str) -> bool {
    let before = &source[..at];
    match before.rfind('[') {
        Some(open) if !before[open..].contains(']') => {
            let head = before[..open].trim_end();
            head.ends_with(':') && head[..head.len() - 1].trim_end().ends_with(field)
        }
        _ => false,
    }
}

/// Like `locate`, for a value whose text in the file held characters that loading removed
/// (zero-width, controls): compare each `field: "…"` after sanitising it.
fn locate_sanitized(source: &str, field: &str, value: &str, nth: usize) -> Option<(usize, usize)> {
    if field.is_empty() || value.is_empty() {
        return None;
    }
    let mut found = 0;
    let needle = format!("{field}:");
    for (at, _) in source.match_indices(&needle) {
        if in_comment(source, at) {
            continue;
        }
        // The value: one string, or a list of strings up to its `]`.
        let start = at + needle.len();
        let rest = &source[start..];
        let list = rest.trim_start().starts_with('[');
        // A single value is the first string after the field, which may span lines.
        let end = if list {
            rest.find(']').unwrap_or(rest.len())
        } else {
            rest.len()
        };
        let mut from = 0;
        while let Some(open) = rest[from..end].find('"') {
            let open = from + open;
            let body = &rest[open + 1..end];
            let Some(close) = body.find('"') else { break };
            // The text as RON reads it (escapes decoded), then as loading cleans it.
            let raw = &body[..close];
            let decoded =
                ron::from_str::<String>(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.to_string());
            if super::sanitize(&decoded) == value {
                if found == nth {
                    return Some(position_of(source, start + open));
                }
                found += 1;
            }
            from = open + 1 + close + 1;
            if !list {
                break;
            }
        }
    }
    None
}

/// The first `field:` after the entry whose id is `id` (an entry's fields follow its id in
/// the files we write; where they do not, the id itself is found by the caller).
fn locate_field_after(source: &str, id: &str, field: &str) -> Option<(usize, usize)> {
    let (line, col) = locate(source, "id", id, 0)?;
    let start = source
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .sum::<usize>()
        + source.lines().nth(line - 1)?.char_indices().nth(col - 1)?.0;
    let rest = &source[start..];
    let needle = format!("{field}:");
    let mut from = 0;
    while let Some(i) = rest[from..].find(&needle) {
        let at = start + from + i;
        let before = source[..at].chars().next_back();
        if !before.is_some_and(|c| c.is_alphanumeric() || c == '_') && !in_comment(source, at) {
            return Some(position_of(source, at));
        }
        from += i + needle.len();
    }
    None
}

/// The `nth` (0-based) `field: N` in the source.
fn locate_number(source: &str, field: &str, n: u8, nth: usize) -> Option<(usize, usize)> {
    let mut found = 0;
    for (at, _) in source.match_indices(&n.to_string()) {
        let before = source[..at].trim_end();
        let after = source[at + n.to_string().len()..].chars().next();
        if before.ends_with(':')
            && before[..before.len() - 1].trim_end().ends_with(field)
            && !after.is_some_and(|c| c.is_ascii_digit())
            && !in_comment(source, at)
        {
            if found == nth {
                return Some(position_of(source, at));
            }
            found += 1;
        }
    }
    None
}

fn in_comment(source: &str, at: usize) -> bool {
    let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    source[line_start..at].contains("//")
}

pub(super) fn position_of(source: &str, byte: usize) -> (usize, usize) {
    let before = &source[..byte];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}
