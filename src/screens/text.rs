//! Content items turned into styled, pre-wrapped lines of a given width.

use ratatui::text::{Line, Span};

use super::Theme;
use crate::content::{self, INFERRED_MARK, Item};
use crate::wrap::wrap;

thread_local! {
    /// What the legend of a quiet page says about seeing the full notes: 「o で注記と原文」,
    /// with the key of the keymap in force (set for each frame by [`set_notes_key`]).
    static NOTES_HINT: std::cell::RefCell<String> =
        std::cell::RefCell::new("o で注記と原文".into());
}

/// The key that opens the 原文 view, as the legend of every quiet page names it, in the
/// reader's language. Whether the wording changed (a keys.ron override, another language):
/// pages wrapped with the old one are stale.
pub fn set_notes_key(key: &str, lang: crate::model::Lang) -> bool {
    let hint = crate::words::Msg::NotesHint { key: key.into() }.text(lang);
    NOTES_HINT.with(|h| {
        let mut h = h.borrow_mut();
        let changed = *h != hint;
        if changed {
            *h = hint;
        }
        changed
    })
}

/// Lay out `items` quietly (a ＊ in place of each inference note, no 原文 lines, a legend
/// before the first mark) in `width` cells.
pub fn lines(items: &[Item], width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let how = NOTES_HINT.with(|h| h.borrow().clone());
    lines_full(&content::quiet_in(items, &how, super::lang()), width, theme)
}

/// Lay out `items` as they are, every note and 原文 line included, in `width` cells. Wide
/// text is broken at Japanese-aware break points.
pub fn lines_full(items: &[Item], width: usize, theme: &Theme) -> Vec<Line<'static>> {
    lines_upto(items, width, theme, usize::MAX).0
}

/// [`lines`], stopped once `limit` lines are laid out: the lines, and whether they are all
/// of them (the first frame lays out only what it shows).
pub fn lines_in_view(
    items: &[Item],
    width: usize,
    theme: &Theme,
    limit: usize,
) -> (Vec<Line<'static>>, bool) {
    let how = NOTES_HINT.with(|h| h.borrow().clone());
    lines_upto(
        &content::quiet_in(items, &how, super::lang()),
        width,
        theme,
        limit,
    )
}

/// [`lines_full`] up to `limit` lines (a paragraph is laid out whole): the lines and
/// whether every item is in them.
fn lines_upto(
    items: &[Item],
    width: usize,
    theme: &Theme,
    limit: usize,
) -> (Vec<Line<'static>>, bool) {
    let words = crate::words::labels(super::lang());
    let mut out: Vec<Line<'static>> = Vec::new();
    for (n, item) in items.iter().enumerate() {
        if out.len() >= limit {
            return (out, false);
        }
        let (first, rest, text, style) = match item {
            Item::Title(t) => (String::new(), String::new(), t.clone(), theme.heading),
            Item::Here(t) => (String::new(), "  ".into(), t.clone(), theme.here),
            Item::Heading(t) => {
                if n > 0 {
                    out.push(Line::raw(""));
                }
                ("■ ".into(), "  ".into(), t.clone(), theme.heading)
            }
            Item::Subheading(t) => {
                if n > 0 && !matches!(items[n - 1], Item::Heading(_)) {
                    out.push(Line::raw(""));
                }
                ("".into(), "  ".into(), t.clone(), theme.subheading)
            }
            Item::Text(t) => (String::new(), String::new(), t.clone(), theme.base),
            Item::Bullet(d, t) => {
                let ind = "  ".repeat(*d as usize);
                (
                    format!("{ind}{}", words.bullet),
                    format!("{ind}  "),
                    t.clone(),
                    theme.base,
                )
            }
            Item::Mine(d, t) => {
                let ind = "  ".repeat(*d as usize);
                (
                    format!("{ind}◎ "),
                    format!("{ind}  "),
                    t.clone(),
                    theme.mine,
                )
            }
            Item::Inferred(d, t) => {
                let ind = "  ".repeat(*d as usize);
                (
                    format!("{ind}{INFERRED_MARK} "),
                    format!("{ind}  "),
                    t.clone(),
                    theme.inferred,
                )
            }
            Item::Source(d, t) => {
                let ind = "  ".repeat(*d as usize);
                (
                    format!("{ind}{}{}", words.source_label, words.source_open),
                    format!("{ind}  "),
                    format!("{t}{}", words.source_close),
                    theme.dim,
                )
            }
        };
        for l in wrap(&text, width, &first, &rest) {
            out.push(Line::from(Span::styled(l, style)));
        }
    }
    (out, true)
}
