//! Content items turned into styled, pre-wrapped lines of a given width.

use ratatui::text::{Line, Span};

use super::Theme;
use crate::content::{INFERRED_MARK, Item};
use crate::wrap::wrap;

/// Lay out `items` in `width` cells. Wide text is broken at Japanese-aware break points.
pub fn lines(items: &[Item], width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let mut out: Vec<Line<'static>> = Vec::new();
    for (n, item) in items.iter().enumerate() {
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
                    format!("{ind}・"),
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
        };
        for l in wrap(&text, width, &first, &rest) {
            out.push(Line::from(Span::styled(l, style)));
        }
    }
    out
}
