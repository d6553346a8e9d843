//! The training catalog tab: every training with its measure and where it applies,
//! filtered by measure and by step.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Theme, list};
use crate::app::{App, Extents, Tab, YearFit};
use crate::content::{self, Item};
use crate::keymap::{Action, Context};
use crate::words::Msg;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, ext: &mut Extents) {
    let w = crate::words::labels(app.lang);
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
                Some(s) => Msg::StatusTag {
                    status: content::status_text_short_in(Some(s), app.lang),
                }
                .text(app.lang),
                None => String::new(),
            };
            // How the training stands to the reader's year is the core's rule.
            let fit = app.year_fit(e.applies);
            let mine = match fit {
                Some(YearFit::Yours) => content::YEAR_MARK,
                _ => "",
            };
            let past = match fit {
                Some(YearFit::Past) => w.past_year,
                _ => "",
            };
            // The state (and a year you are past) leads the name, so a narrow list does not
            // cut it off.
            format!(
                "{symbol}{mark}{mine}{status}{past}{}",
                Msg::CatalogLine {
                    name: content::entry_name_in(&app.map, &e, app.lang),
                    when: e.applies.describe_in(&app.map, app.lang),
                }
                .text(app.lang)
            )
        }
    };
    let shown = app.catalog.entries.len();
    let measure = app.catalog.measure.map_or(w.all.to_string(), |m| {
        let m = &app.map[m];
        format!("{}{}", m.symbol, m.name)
    });
    let step = app
        .catalog
        .step
        .map_or(w.all.to_string(), |s| app.map[s].name.to_string());
    let key = |a| app.keymap.key(Context::Catalog, a);
    let header = vec![
        Msg::FilterMeasure {
            measure,
            key: key(Action::FilterMeasure(true)),
        }
        .text(app.lang),
        Msg::FilterStep {
            step,
            key: key(Action::FilterStep(true)),
            shown,
            total: app.map.catalog_len(),
        }
        .text(app.lang),
        Msg::CatalogLegend {
            mark: crate::content::INFERRED_MARK.into(),
            key: key(Action::Source),
        }
        .text(app.lang),
    ];
    let items = match app.catalog.selected_entry() {
        Some(k) => match app.map.catalog_entry(k) {
            Some(e) => content::training_page_in(&app.map, &e, app.lang),
            None => Vec::new(),
        },
        None => vec![Item::Text(
            Msg::NoTrainingMatches {
                key: key(Action::ClearFilters),
            }
            .text(app.lang),
        )],
    };
    // As wide as the widest row of the whole catalog (measured once), so that filtering
    // does not move the panes.
    let widest = app.catalog_row_width();
    // Room for what the reader's record adds to a row (◎, ［受講済・令和N年度］, （過ぎた年次）).
    let list_width = widest.min(usize::from(u16::MAX - 40)) as u16 + 5 + 34;
    let lp = list::ListPage {
        list_title: w.tab_catalog.into(),
        header,
        rows: Vec::new(),
        lazy_rows: Some((shown, &row)),
        cached_page: None,
        page_title: w.catalog_page_title.into(),
        page: &items,
        list_width: list_width.max(30),
        wrap_rows: false,
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
