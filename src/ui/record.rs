//! The record tab: self-check, interview notes and the training log on the left; the
//! selected entry on the right; the text editor in its place while typing.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Theme, ladder::pane, page};
use crate::app::{App, RecordRow};
use crate::content::{self, Item};
use crate::wrap;

/// Guest mode: the record screen says why it shows nothing.
pub fn draw_guest(frame: &mut Frame, area: Rect, theme: &Theme) {
    let w = area.width.saturating_sub(2).max(1) as usize;
    let lines: Vec<Line> = crate::wrap::wrap(crate::app::GUEST_NOTICE, w, "", "")
        .into_iter()
        .map(|l| Line::styled(l, theme.warning))
        .collect();
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            x: area.x + 1.min(area.width),
            y: area.y + 1.min(area.height),
            width: area.width.saturating_sub(2),
            height: area.height.saturating_sub(1),
        },
    );
}

pub fn draw(frame: &mut Frame, area: Rect, app: &mut App, theme: &Theme) {
    let [head, body] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
    ]));
    let header = match &app.record_read_only {
        Some(why) => Line::styled(
            wrap::ellipsize(&format!("読み取り専用：{why}"), area.width as usize),
            theme.warning,
        ),
        None => Line::styled(
            wrap::ellipsize(
                &match app.record.snapshots.last() {
                    Some(s) => {
                        format!("前回の自己チェックの記録：{}（S で今日の分を記録）", s.date)
                    }
                    None => "自己チェックを付けたら S で今日の分を記録できます（次から変化を表示）"
                        .into(),
                },
                area.width as usize,
            ),
            theme.dim,
        ),
    };
    frame.render_widget(Paragraph::new(header), head);

    let stacked = body.width < 76;
    let (list_area, page_area) = if stacked {
        let [l, p] = body.layout(&Layout::vertical([
            Constraint::Percentage(50),
            Constraint::Min(0),
        ]));
        (l, p)
    } else {
        let [l, p] = body.layout(&Layout::horizontal([
            Constraint::Percentage(55),
            Constraint::Min(0),
        ]));
        (l, p)
    };
    let rows = app.record_rows();
    app.fix_record_selection(&rows);
    draw_list(frame, list_area, app, &rows, theme);

    let selected = rows.get(app.record_view.selected).cloned();
    if let Some(editing) = app.editing.as_mut() {
        let title = match &editing.target {
            crate::app::EditTarget::CheckNote(_) => "メモ（Esc で終える）",
            crate::app::EditTarget::Notes => "面談メモ（Esc で終える）",
            crate::app::EditTarget::Questions => "上司に聞きたいこと（Esc で終える）",
        };
        let block = pane(title.into(), true, theme);
        let inner = block.inner(page_area);
        frame.render_widget(block, page_area);
        if inner.width > 2 && inner.height > 0 {
            frame.render_widget(&editing.area, inner);
            // The terminal cursor where the text goes, so an input method composes there.
            let c = editing.area.screen_cursor();
            let (top, left) = editing.area.scroll_offset();
            let x = (c.col as u16).saturating_sub(left).min(inner.width - 1);
            let y = (c.row as u16).saturating_sub(top).min(inner.height - 1);
            frame.set_cursor_position(Position::new(inner.x + x, inner.y + y));
        }
        return;
    }
    let items: Vec<Item> = match &selected {
        Some(RecordRow::Expectation(e)) => {
            content::check_page(&app.map, &app.record, e.place, &e.text, &e.key)
        }
        Some(RecordRow::Training(k)) => content::training_record_page(&app.map, &app.record, *k),
        Some(RecordRow::Notes) => content::notes_page(&app.record, false),
        Some(RecordRow::Questions) => content::notes_page(&app.record, true),
        Some(RecordRow::OrphanCheck(k)) => content::orphan_page(&app.map, &app.record, k, false),
        Some(RecordRow::OrphanTraining(k)) => content::orphan_page(&app.map, &app.record, k, true),
        Some(RecordRow::Heading(_)) | None => Vec::new(),
    };
    page::draw(
        frame,
        page_area,
        "内容".into(),
        &items,
        &mut app.record_view.page,
        false,
        theme,
    );
}

fn draw_list(frame: &mut Frame, area: Rect, app: &mut App, rows: &[RecordRow], theme: &Theme) {
    let block = pane("わたしの記録".into(), app.editing.is_none(), theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width < 4 || inner.height == 0 {
        return;
    }
    let w = inner.width as usize;
    let cat = app.map.catalog();
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let selected = i == app.record_view.selected;
            let text = match row {
                RecordRow::Heading(h) => {
                    return Line::styled(wrap::ellipsize(&format!("■ {h}"), w), theme.heading);
                }
                RecordRow::Expectation(e) => {
                    let note = app
                        .record
                        .checks
                        .get(&e.key)
                        .is_some_and(|c| !c.note.trim().is_empty());
                    format!(
                        "{}　{}：{}{}",
                        content::level_text(app.level_of(&e.key)),
                        content::place_name(&app.map, e.place),
                        if note { "✎ " } else { "" },
                        e.text
                    )
                }
                RecordRow::Notes => format!("面談メモ：{}", first_line(&app.record.notes)),
                RecordRow::Questions => {
                    format!("上司に聞きたいこと：{}", first_line(&app.record.questions))
                }
                RecordRow::Training(k) => {
                    let e = &cat[*k];
                    format!(
                        "{}　{}［{}］",
                        content::status_text(app.record.trainings.get(e.id)),
                        e.name,
                        e.applies.describe(&app.map)
                    )
                }
                RecordRow::OrphanCheck(k) => format!(
                    "{}　（地図にない）{}",
                    content::level_text(app.level_of(k)),
                    content::check_label(&app.map, k)
                ),
                RecordRow::OrphanTraining(k) => format!(
                    "{}　（地図にない）{k}",
                    content::status_text(app.record.trainings.get(k))
                ),
            };
            let text = format!("{}{text}", if selected { "▶ " } else { "  " });
            Line::from(Span::styled(
                wrap::ellipsize(&text, w),
                if selected { theme.selected } else { theme.base },
            ))
        })
        .collect();
    let h = inner.height as usize;
    let v = &mut app.record_view;
    v.list.measure(lines.len(), h);
    if v.selected < v.list.offset + 1 {
        // Keep the heading above the first row of a section in view.
        v.list.offset = v.selected.saturating_sub(1);
    } else if v.selected >= v.list.offset + h {
        v.list.offset = v.selected + 1 - h;
    }
    frame.render_widget(
        Paragraph::new(lines).scroll((v.list.offset as u16, 0)),
        inner,
    );
}

fn first_line(s: &str) -> String {
    match s.lines().find(|l| !l.trim().is_empty()) {
        Some(l) => crate::model::sanitize(l),
        None => "（未記入）".into(),
    }
}
