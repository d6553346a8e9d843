//! The help screen: every key of every screen, read from the keymap table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{Theme, pane::pane};
use crate::app::{App, Extents, View};
use crate::keymap::{Action, Context};
use crate::words::Msg;
use crate::wrap;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, ext: &mut Extents) {
    // The whole body: a popup whose edge cut through wide characters beneath it
    // would leave half-drawn glyphs (ratatui #2526).
    let popup = area;
    frame.render_widget(Clear, popup);
    let close = app.keymap.key(Context::Help, Action::Back);
    let block = pane(Msg::HelpTitle { close }.text(app.lang), true, theme);
    let inner = block.inner(popup);
    if inner.width < 4 || inner.height == 0 {
        frame.render_widget(block, popup);
        return;
    }
    let width = inner.width as usize - 1;
    let lines = help_lines(app, app.context_under_help(), width, theme);
    let s = app
        .help()
        .copied()
        .unwrap_or_default()
        .shown(lines.len(), inner.height as usize);
    ext.put(View::Help, s);
    let block = if s.more_below() {
        block.title_bottom(Span::styled(
            crate::words::labels(app.lang).more_below,
            theme.hint_key,
        ))
    } else {
        block
    };
    frame.render_widget(block, popup);
    frame.render_widget(
        Paragraph::new(lines).scroll((s.offset as u16, 0)),
        Rect {
            x: inner.x + 1,
            width: inner.width - 1,
            ..inner
        },
    );
}

/// The help text: one section per context, each key with what it does. The section of the
/// screen the help was opened from comes first.
fn help_lines(app: &App, first: Context, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let (keymap, lang) = (&app.keymap, app.lang);
    let words = crate::words::labels(lang);
    let mut lines = Vec::new();
    let key_w = 18.min(width / 3);
    let order = std::iter::once(first).chain(Context::ALL.into_iter().filter(|c| *c != first));
    for (n, ctx) in order.enumerate() {
        if n > 0 {
            lines.push(Line::raw(""));
        }
        let now = if n == 0 { words.help_this_screen } else { "" };
        lines.push(Line::styled(
            format!("■ {}{now}", ctx.title_in(lang)),
            theme.heading,
        ));
        for b in keymap
            .bindings
            .iter()
            .filter(|b| b.contexts().contains(&ctx))
        {
            let keys = b.keys_label_in(lang);
            let keys = format!(
                "{keys}{}",
                " ".repeat(key_w.saturating_sub(wrap::width(&keys)))
            );
            let rest = " ".repeat(key_w + 2);
            for (i, l) in wrap::wrap(
                b.row.help.text(lang),
                width.saturating_sub(key_w + 2).max(2),
                "",
                "",
            )
            .into_iter()
            .enumerate()
            {
                if i == 0 {
                    lines.push(Line::from(vec![
                        Span::styled(format!("  {keys}"), theme.hint_key),
                        Span::raw(l),
                    ]));
                } else {
                    lines.push(Line::raw(format!("{rest}{l}")));
                }
            }
        }
    }
    lines.push(Line::raw(""));
    for l in wrap::wrap(words.help_legend, width, "", "") {
        lines.push(Line::styled(l, theme.dim));
    }
    lines
}
