//! The training catalog tab: every training with its measure and where it applies,
//! filtered by measure and by step.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Theme, list};
use crate::app::{App, Extents, Tab};
use crate::content::{self, Item, training_page};
use crate::keymap::{Action, Context};
use crate::model::Applies;
use crate::wrap;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, ext: &mut Extents) {
    let all = app.map.catalog();
    let rows: Vec<String> = app
        .catalog
        .entries
        .iter()
        .map(|&k| {
            let e = &all[k];
            let symbol = e
                .measure
                .map(|m| app.map.measures[m].symbol.to_string())
                .unwrap_or_default();
            // The mark of a placement that is a reading leads the row, so a narrow list
            // never cuts it off.
            let mark = if e.inferred.is_some() {
                crate::content::INFERRED_MARK
            } else {
                "  "
            };
            // Your record: 予定 / 受講済 and its 年度; ◎ your year; a year you are past.
            let status = match app.record.trainings.get(e.id) {
                Some(s) => format!("［{}］", content::status_text_short(Some(s))),
                None => String::new(),
            };
            let mine = match (e.applies, app.standing.as_ref().and_then(|s| s.year)) {
                (Applies::Year { year, .. }, Some(y)) if year == y => content::YEAR_MARK,
                _ => "",
            };
            let past = match (e.applies, app.standing.as_ref().and_then(|s| s.year)) {
                (Applies::Year { year, .. }, Some(y)) if year < y => "（過ぎた年次）",
                _ => "",
            };
            // The state leads the name, so a narrow list does not cut it off.
            format!(
                "{symbol}{mark}{mine}{status}{}［{}］{past}",
                e.name,
                e.applies.describe(&app.map)
            )
        })
        .collect();
    let measure = app.catalog.measure.map_or("すべて".to_string(), |m| {
        let m = &app.map.measures[m];
        format!("{}{}", m.symbol, m.name)
    });
    let step = app.catalog.step.map_or("すべて".to_string(), |s| {
        app.map.steps[s].name.to_string()
    });
    let key = |a| app.keymap.key(Context::Catalog, a);
    let header = vec![
        format!(
            "施策：{measure}（{} で切替）",
            key(Action::FilterMeasure(true))
        ),
        format!(
            "職位：{step}（{} で切替）　{}／{}件",
            key(Action::FilterStep(true)),
            rows.len(),
            all.len()
        ),
        format!(
            "記号：{} 推定（注記は {}）",
            crate::content::INFERRED_MARK,
            key(Action::Source)
        ),
    ];
    let items = match app.catalog.selected_entry() {
        Some(k) => training_page(&app.map, &all[k]),
        None => vec![Item::Text(format!(
            "条件に合う研修はありません。{} で絞り込みを解除します。",
            key(Action::ClearFilters)
        ))],
    };
    let list_width = rows.iter().map(|r| wrap::width(r)).max().unwrap_or(10) as u16 + 5;
    let lp = list::ListPage {
        list_title: "研修一覧".into(),
        header,
        rows,
        page_title: "研修の説明".into(),
        page: &items,
        list_width: list_width.max(30),
    };
    list::draw(
        frame,
        area,
        lp,
        (&app.catalog.view, Tab::Catalog),
        theme,
        ext,
    );
}
