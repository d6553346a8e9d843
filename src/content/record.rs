//! Pages about the reader's own record: a row's page on the record screen, and the
//! interview sheet (面談シート) for the 育成面談.

use super::{Item, Standing, compare_in, place_name_in, training_page_in};
use crate::model::Lang;
use crate::model::{CareerMap, Place};
use crate::record::{Level, Record, TrainingStatus, expectations_to_check};
use crate::words::{Msg, labels};

/// "予定", "受講済・令和7年度（2025年度）", "—": the 年度 with the Western year beside it,
/// for pages and the interview sheet.
pub fn status_text(s: Option<&TrainingStatus>) -> String {
    status_label(s, true, Lang::Ja)
}

/// [`status_text`] in `lang`.
pub fn status_text_in(s: Option<&TrainingStatus>, lang: Lang) -> String {
    status_label(s, true, lang)
}

/// "予定", "受講済・令和7年度", "—": the 年度 alone, for rows where room is short.
pub fn status_text_short(s: Option<&TrainingStatus>) -> String {
    status_label(s, false, Lang::Ja)
}

/// [`status_text_short`] in `lang`.
pub fn status_text_short_in(s: Option<&TrainingStatus>, lang: Lang) -> String {
    status_label(s, false, lang)
}

fn status_label(s: Option<&TrainingStatus>, western: bool, lang: Lang) -> String {
    let w = labels(lang);
    match s {
        None => "—".into(),
        Some(TrainingStatus::Planned) => w.planned.into(),
        Some(TrainingStatus::Done(Some(y))) => Msg::DoneIn {
            fy: Msg::FiscalYear { year: *y, western }.text(lang),
        }
        .text(lang),
        Some(TrainingStatus::Done(None)) => w.done.into(),
    }
}

/// "◐ 取り組み中"
pub fn level_text(l: Level) -> String {
    format!("{} {}", l.mark(), l.label())
}

/// [`level_text`] in `lang`.
pub fn level_text_in(l: Level, lang: Lang) -> String {
    format!("{} {}", l.mark(), level_word_in(l, lang))
}

/// A self-check level in words, without its mark ("取り組み中", "working on it").
pub fn level_word_in(l: Level, lang: Lang) -> &'static str {
    let w = labels(lang);
    match l {
        Level::NotStarted => w.level_not_started,
        Level::Working => w.level_working,
        Level::Achieved => w.level_achieved,
    }
}

/// The lines of a multi-line text as items, or a placeholder.
fn paragraph(text: &str, empty: &str, out: &mut Vec<Item>) {
    if text.trim().is_empty() {
        out.push(Item::Text(empty.into()));
    } else {
        for l in text.lines() {
            out.push(Item::Text(crate::model::sanitize(l)));
        }
    }
}

/// The page for one expectation of the self-check; its change is shown against the last
/// snapshot before `today` (as the interview sheet shows it), not against today's own.
pub fn check_page(
    map: &CareerMap,
    record: &Record,
    place: Place,
    text: &str,
    key: &str,
    today: &str,
) -> Vec<Item> {
    check_page_in(map, record, place, text, key, today, Lang::Ja)
}

/// [`check_page`] in `lang`.
pub fn check_page_in(
    map: &CareerMap,
    record: &Record,
    place: Place,
    text: &str,
    key: &str,
    today: &str,
    lang: Lang,
) -> Vec<Item> {
    let w = labels(lang);
    let mut out = vec![Item::Title(
        Msg::RoleOf {
            place: place_name_in(map, place, lang),
        }
        .text(lang),
    )];
    out.push(Item::Text(text.to_string()));
    out.push(Item::Heading(w.heading_self_check.into()));
    out.push(Item::Text(level_text_in(record.level(key), lang)));
    if let Some(last) = record.baseline(today) {
        let before = last.levels.get(key).copied().unwrap_or_default();
        let now = record.level(key);
        out.push(Item::Heading(
            Msg::SinceLast {
                date: last.date.to_string(),
            }
            .text(lang),
        ));
        out.push(Item::Text(if before == now {
            w.no_change.into()
        } else {
            format!(
                "{} → {}",
                level_text_in(before, lang),
                level_text_in(now, lang)
            )
        }));
    }
    out.push(Item::Heading(w.heading_note.into()));
    paragraph(record.note(key), w.unwritten, &mut out);
    out
}

/// The page for one training of the log.
pub fn training_record_page(map: &CareerMap, record: &Record, k: usize) -> Vec<Item> {
    training_record_page_in(map, record, k, Lang::Ja)
}

/// [`training_record_page`] in `lang`.
pub fn training_record_page_in(
    map: &CareerMap,
    record: &Record,
    k: usize,
    lang: Lang,
) -> Vec<Item> {
    let Some(e) = map.catalog_entry(k) else {
        return Vec::new();
    };
    let mut out = training_page_in(map, &e, lang);
    out.push(Item::Heading(labels(lang).heading_your_record.into()));
    out.push(Item::Text(match record.trainings.get(e.id) {
        None => labels(lang).not_recorded.into(),
        s => status_text_in(s, lang),
    }));
    out
}

pub fn notes_page(record: &Record, questions: bool) -> Vec<Item> {
    notes_page_in(record, questions, Lang::Ja)
}

/// [`notes_page`] in `lang`.
pub fn notes_page_in(record: &Record, questions: bool, lang: Lang) -> Vec<Item> {
    let w = labels(lang);
    let (title, text) = if questions {
        (w.questions_title, &record.questions)
    } else {
        (w.edit_notes, &record.notes)
    };
    let mut out = vec![Item::Title(title.into())];
    paragraph(text, w.unwritten, &mut out);
    out
}

/// A self-check key as a reader reads it: 「主任：…」 rather than 「shunin：…」.
pub fn check_label(map: &CareerMap, key: &str) -> String {
    check_label_in(map, key, Lang::Ja)
}

/// [`check_label`] in `lang`.
pub fn check_label_in(map: &CareerMap, key: &str, lang: Lang) -> String {
    match key.split_once('：') {
        Some((id, text)) => {
            let name = map
                .step(id)
                .map(|s| s.name.to_string())
                .or_else(|| {
                    map.specialist_tiers.iter().find(|t| *t.id == *id).map(|t| {
                        Msg::SpecialistPlace {
                            name: t.name.to_string(),
                        }
                        .text(lang)
                    })
                })
                .unwrap_or_else(|| id.to_string());
            Msg::CheckLabel {
                name,
                text: text.to_string(),
            }
            .text(lang)
        }
        None => key.to_string(),
    }
}

/// A record entry whose key the map no longer has: what it said, its level and note.
pub fn orphan_page(map: &CareerMap, record: &Record, key: &str, training: bool) -> Vec<Item> {
    orphan_page_in(map, record, key, training, Lang::Ja)
}

/// [`orphan_page`] in `lang`.
pub fn orphan_page_in(
    map: &CareerMap,
    record: &Record,
    key: &str,
    training: bool,
    lang: Lang,
) -> Vec<Item> {
    let w = labels(lang);
    let mut out = vec![Item::Title(w.orphan_title.into())];
    if training {
        out.push(Item::Text(
            Msg::OrphanTrainingId { id: key.into() }.text(lang),
        ));
        out.push(Item::Text(
            Msg::OrphanStatus {
                status: status_text_in(record.trainings.get(key), lang),
            }
            .text(lang),
        ));
    } else {
        out.push(Item::Text(check_label_in(map, key, lang)));
        out.push(Item::Heading(w.heading_self_check.into()));
        out.push(Item::Text(level_text_in(record.level(key), lang)));
        out.push(Item::Heading(w.heading_note.into()));
        paragraph(record.note(key), w.none_note, &mut out);
    }
    out.push(Item::Text(String::new()));
    out.push(Item::Text(w.orphan_explain.into()));
    out
}

/// The one-page interview sheet: profile, the current step's expectations with the
/// self-check, training done and planned, the next step and what changes, notes and
/// questions.
pub fn interview_sheet(
    map: &CareerMap,
    record: &Record,
    standing: Option<&Standing>,
    date: &str,
) -> Vec<Item> {
    interview_sheet_in(map, record, standing, date, Lang::Ja)
}

/// A self-check level's word alone: 「取り組み中」.
fn level_label_in(l: Level, lang: Lang) -> &'static str {
    let w = labels(lang);
    match l {
        Level::NotStarted => w.level_not_started,
        Level::Working => w.level_working,
        Level::Achieved => w.level_achieved,
    }
}

/// [`interview_sheet`] in `lang`.
pub fn interview_sheet_in(
    map: &CareerMap,
    record: &Record,
    standing: Option<&Standing>,
    date: &str,
    lang: Lang,
) -> Vec<Item> {
    let w = labels(lang);
    let mut out = vec![Item::Title(w.sheet_title.into())];
    out.push(Item::Text(
        Msg::SheetMade {
            date: date.into(),
            map: map.meta.map_title.to_string(),
        }
        .text(lang),
    ));
    out.push(Item::Heading(w.heading_standing.into()));
    match standing {
        Some(s) => out.push(Item::Text(s.describe_in(lang))),
        None => out.push(Item::Text(w.sheet_no_standing.into())),
    }

    // A note's lines as bullets; `all`: blank lines too (the current step's notes).
    let note_lines = |note: &str, all: bool, out: &mut Vec<Item>| {
        for l in note.lines().filter(|l| all || !l.trim().is_empty()) {
            out.push(Item::Bullet(
                1,
                Msg::NoteLine {
                    note: crate::model::sanitize(l),
                }
                .text(lang),
            ));
        }
    };
    if let Some(s) = standing {
        out.push(Item::Heading(w.heading_roles_check.into()));
        let checks = expectations_to_check(map, s.place);
        let mut current: Option<Place> = None;
        for e in &checks {
            if current != Some(e.place) {
                out.push(Item::Subheading(place_name_in(map, e.place, lang)));
                current = Some(e.place);
            }
            out.push(Item::Bullet(
                0,
                Msg::LevelTag {
                    level: level_text_in(record.level(&e.key), lang),
                    text: e.text.to_string(),
                }
                .text(lang),
            ));
            if let Some(c) = record.checks.get(&e.key)
                && !c.note.trim().is_empty()
            {
                note_lines(&c.note, true, &mut out);
            }
        }
        let keys: Vec<String> = checks.iter().map(|e| e.key.clone()).collect();
        // Today's self-check against the last snapshot before today (a snapshot taken
        // today is today's, not the one to compare with).
        if let Some(last) = record.baseline(date) {
            let changes = record.changes_since(Some(last), &keys);
            out.push(Item::Subheading(
                Msg::ChangesSince {
                    date: last.date.to_string(),
                }
                .text(lang),
            ));
            if changes.is_empty() {
                out.push(Item::Text(w.no_change.into()));
            }
            for c in changes {
                let text = checks
                    .iter()
                    .find(|e| e.key == c.key)
                    .map_or(c.key.clone(), |e| e.text.to_string());
                out.push(Item::Bullet(
                    0,
                    Msg::LevelChange {
                        before: level_label_in(c.before, lang).into(),
                        after: level_label_in(c.after, lang).into(),
                        text,
                    }
                    .text(lang),
                ));
            }
        } else if record.snapshots.last().is_some_and(|s| *s.date == *date) {
            out.push(Item::Subheading(w.heading_snapshots.into()));
            out.push(Item::Text(w.first_snapshot.into()));
        }
    }

    out.push(Item::Heading(w.heading_training.into()));
    let cat = map.catalog();
    for (label, want_done) in [(w.sheet_done, true), (w.sheet_planned, false)] {
        let list: Vec<String> = cat
            .iter()
            .filter_map(|e| {
                let st = record.trainings.get(e.id)?;
                let done = matches!(st, TrainingStatus::Done(_));
                (done == want_done).then(|| {
                    Msg::Labeled {
                        name: super::entry_name_in(map, e, lang),
                        text: status_text_in(Some(st), lang),
                    }
                    .text(lang)
                })
            })
            .collect();
        out.push(Item::Subheading(label.into()));
        if list.is_empty() {
            out.push(Item::Text(w.none_plain.into()));
        }
        for l in list {
            out.push(Item::Bullet(0, l));
        }
    }
    let unknown = record.unknown_trainings(map);
    if !unknown.is_empty() {
        out.push(Item::Subheading(w.sheet_unknown_trainings.into()));
        for u in unknown {
            let status = status_text_in(record.trainings.get(&u), lang);
            out.push(Item::Bullet(
                0,
                Msg::Labeled {
                    name: u,
                    text: status,
                }
                .text(lang),
            ));
        }
    }

    if let Some(s) = standing
        && let Place::Step(i) = s.place
        && let Some(n) = map.next_step(i)
    {
        out.push(Item::Heading(
            Msg::NextStepIs {
                step: map[n].name.to_string(),
            }
            .text(lang),
        ));
        // The comparison's own title is replaced by this heading.
        let diff = compare_in(map, Place::Step(i), Place::Step(n), lang);
        for item in diff.into_iter().skip(1) {
            out.push(match item {
                Item::Heading(h) => Item::Subheading(h),
                other => other,
            });
        }
    }

    let orphans: Vec<String> = record.unknown_checks(map);
    if !orphans.is_empty() {
        out.push(Item::Heading(w.sheet_unknown_checks.into()));
        for k in orphans {
            out.push(Item::Bullet(
                0,
                Msg::LevelTag {
                    level: level_text_in(record.level(&k), lang),
                    text: check_label_in(map, &k, lang),
                }
                .text(lang),
            ));
            if let Some(c) = record.checks.get(&k) {
                note_lines(&c.note, false, &mut out);
            }
        }
    }

    out.push(Item::Heading(w.edit_notes.into()));
    paragraph(&record.notes, w.none_plain, &mut out);
    out.push(Item::Heading(w.edit_questions.into()));
    paragraph(&record.questions, w.none_plain, &mut out);
    // The sheet carries no inference notes: a compact ＊ marks a reading, and the legend says
    // where the notes are.
    super::quiet_in(&out, w.sheet_notes_hint, lang)
}
