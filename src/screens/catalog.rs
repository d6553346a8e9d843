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
    // Only the rows in view are made (a long catalog costs what is shown).
    let row = |i: usize| -> String {
        let Some(e) = app
            .catalog
            .entries
            .get(i)
            .and_then(|&k| app.map.catalog_entry(k))
        else {
            return String::new();
        };
        {
            let symbol = e
                .measure
                .map(|m| app.map[m].symbol.to_string())
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
        }
    };
    let shown = app.catalog.entries.len();
    let measure = app.catalog.measure.map_or("すべて".to_string(), |m| {
        let m = &app.map[m];
        format!("{}{}", m.symbol, m.name)
    });
    let step = app
        .catalog
        .step
        .map_or("すべて".to_string(), |s| app.map[s].name.to_string());
    let key = |a| app.keymap.key(Context::Catalog, a);
    let header = vec![
        format!(
            "施策：{measure}（{} で切替）",
            key(Action::FilterMeasure(true))
        ),
        format!(
            "職位：{step}（{} で切替）　{}／{}件",
            key(Action::FilterStep(true)),
            shown,
            app.map.catalog_len()
        ),
        format!(
            "記号：{} 推定（注記は {}）",
            crate::content::INFERRED_MARK,
            key(Action::Source)
        ),
    ];
    let items = match app.catalog.selected_entry() {
        Some(k) => match app.map.catalog_entry(k) {
            Some(e) => training_page(&app.map, &e),
            None => Vec::new(),
        },
        None => vec![Item::Text(format!(
            "条件に合う研修はありません。{} で絞り込みを解除します。",
            key(Action::ClearFilters)
        ))],
    };
    // As wide as the widest row of the whole catalog (measured once), so that filtering
    // does not move the panes.
    let widest = *app.catalog_row_width.get_or_init(|| {
        (0..app.map.catalog_len())
            .filter_map(|k| app.map.catalog_entry(k))
            .map(|e| {
                let symbol = e.measure.map_or("", |m| &*app.map[m].symbol);
                let row = format!("{symbol} {}［{}］", e.name, e.applies.describe(&app.map));
                wrap::width(&row)
            })
            .max()
            .unwrap_or(10)
    });
    // Room for what the reader's record adds to a row (◎, ［受講済・令和N年度］, （過ぎた年次）).
    let list_width = widest.min(usize::from(u16::MAX - 40)) as u16 + 5 + 34;
    let lp = list::ListPage {
        list_title: "研修一覧".into(),
        header,
        rows: Vec::new(),
        lazy_rows: Some((shown, &row)),
        cached_page: None,
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
