//! Presentation mode: one slide per screen for a projector. A slide never scrolls: what
//! does not fit becomes continuation pages, laid out again at every draw (a resize
//! recomputes them). Wide screens get two columns and more air. The slide number and the
//! total are always on screen, and the hint bar shows every key a slide takes.
//! No tabs, no standing, no record; notes on how the source was read stay off.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::{Theme, help, text};
use crate::app::MAX_TYPED;
use crate::app::Mode;
use crate::app::{App, Extents, Slide};
use crate::content::{Item, slide_items_in, slide_name_in};
use crate::keymap;
use crate::keymap::Action;
use crate::model::CareerMap;
use crate::model::Lang;
use crate::wrap;

/// At this body width and wider, a slide is laid out in two columns.
pub const TWO_COLUMNS: u16 = 110;
/// The blank cells between the two columns.
const GUTTER: u16 = 4;

/// Where things go on a presentation screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Geometry {
    /// The slide's text.
    pub body: Rect,
    /// Slide number, total, name, page.
    pub progress: Rect,
    /// The keys.
    pub bar: Rect,
}

/// The screen divided for a slide: margins that grow with the screen, the progress line
/// and the hint bar at the bottom.
pub fn geometry(area: Rect) -> Geometry {
    let roomy = area.height >= 20;
    let top = u16::from(roomy);
    // A blank row between the slide and the progress line.
    let gap = u16::from(roomy);
    let margin = match area.width {
        120.. => 4,
        60.. => 2,
        _ => 1,
    };
    let width = area.width.saturating_sub(2 * margin);
    let height = area.height.saturating_sub(top + gap + 2);
    let bottom = area.y + area.height;
    Geometry {
        body: Rect::new(area.x + margin, area.y + top, width, height),
        progress: Rect::new(area.x, bottom.saturating_sub(2), area.width, 1),
        bar: Rect::new(area.x, bottom.saturating_sub(1), area.width, 1),
    }
}

/// One page of a slide: the title at the top, then one or two columns of lines.
#[derive(Clone, Debug, Default)]
pub struct Page {
    pub head: Vec<Line<'static>>,
    pub columns: Vec<Vec<Line<'static>>>,
}

impl Page {
    /// Every line of the page, the title's first, then each column's.
    pub fn lines(&self) -> impl Iterator<Item = &Line<'static>> {
        self.head.iter().chain(self.columns.iter().flatten())
    }
}

/// The items a slide shows: those of the content builder, less the notes on how the
/// source was read and the source text beside each fact (they are for readers, not for a
/// room).
pub fn items(map: &CareerMap, slide: Slide) -> Vec<Item> {
    items_in(map, slide, Lang::Ja)
}

/// [`items`] in `lang`.
pub fn items_in(map: &CareerMap, slide: Slide, lang: Lang) -> Vec<Item> {
    slide_items_in(map, slide, lang)
        .into_iter()
        .filter(|i| !matches!(i, Item::Inferred(..) | Item::Source(..)))
        .collect()
}

/// The pages of `slide` in a body of this size. Never empty; no page is taller than the
/// body nor any line wider than its column.
pub fn pages(map: &CareerMap, slide: Slide, body: Rect, theme: &Theme) -> Vec<Page> {
    pages_in(map, slide, body, theme, Lang::Ja)
}

/// [`pages`] in `lang`.
pub fn pages_in(map: &CareerMap, slide: Slide, body: Rect, theme: &Theme, lang: Lang) -> Vec<Page> {
    let items = items_in(map, slide, lang);
    let width = body.width.max(1) as usize;
    let two = body.width >= TWO_COLUMNS;
    let col_width = if two {
        ((body.width - GUTTER) / 2) as usize
    } else {
        width
    };
    // The title (and its rule) stands at the top of every page.
    let (title, rest) = match items.split_first() {
        Some((Item::Title(t), rest)) => (Some(t.clone()), rest),
        _ => (None, &items[..]),
    };
    let mut head: Vec<Line<'static>> = Vec::new();
    if let Some(t) = &title {
        for l in wrap::wrap(t, width, "", "") {
            head.push(Line::styled(l, theme.heading));
        }
        let rule = wrap::width(t).clamp(1, width);
        head.push(Line::styled("━".repeat(rule), theme.heading));
        head.push(Line::raw(""));
    }
    let body_h = body.height as usize;
    // A title taller than half the screen would leave no room: it flows with the rest.
    let (head, cap) = if head.len() * 2 <= body_h {
        let cap = body_h - head.len();
        (head, cap)
    } else {
        (Vec::new(), body_h)
    };
    let cap = cap.max(1);
    let groups = sections(rest);
    // More air when it costs no page.
    let mut best: Option<Vec<Vec<Line<'static>>>> = None;
    for spacious in [true, false] {
        let secs: Vec<Vec<Line<'static>>> = groups
            .iter()
            .map(|g| section_lines(g, col_width, spacious, theme))
            .collect();
        let gap = if spacious { 2 } else { 1 };
        let cols = if two {
            balanced(&secs, cap, gap).unwrap_or_else(|| flow(&secs, cap, gap))
        } else {
            flow(&secs, cap, gap)
        };
        if best.as_ref().is_none_or(|b| cols.len() < b.len()) {
            best = Some(cols);
        }
    }
    let columns = best.unwrap_or_default();
    let per_page = if two { 2 } else { 1 };
    let mut out: Vec<Page> = columns
        .chunks(per_page)
        .map(|c| Page {
            head: head.clone(),
            columns: c.to_vec(),
        })
        .collect();
    if out.is_empty() {
        out.push(Page {
            head,
            columns: Vec::new(),
        });
    }
    out
}

/// The items after the title, grouped: a section starts at a heading, or at a sub-heading
/// that does not follow one (a heading stays with its first sub-section).
fn sections(items: &[Item]) -> Vec<&[Item]> {
    let mut out = Vec::new();
    let mut start = 0;
    for (n, item) in items.iter().enumerate() {
        let starts = match item {
            Item::Heading(_) => true,
            Item::Subheading(_) => n == 0 || !matches!(items[n - 1], Item::Heading(_)),
            _ => false,
        };
        if starts && n > start {
            out.push(&items[start..n]);
            start = n;
        }
    }
    if start < items.len() {
        out.push(&items[start..]);
    }
    out
}

/// A section's lines in `width` cells; spacious puts a blank line between list items.
fn section_lines(
    items: &[Item],
    width: usize,
    spacious: bool,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (n, item) in items.iter().enumerate() {
        let top_level = matches!(item, Item::Bullet(0, _) | Item::Mine(0, _));
        let after_list = n > 0
            && matches!(
                items[n - 1],
                Item::Bullet(..) | Item::Mine(..) | Item::Text(_)
            );
        let sub = n > 0 && matches!(item, Item::Subheading(_)) && !out.is_empty();
        if sub || (spacious && top_level && after_list) {
            out.push(Line::raw(""));
        }
        out.extend(text::lines(std::slice::from_ref(item), width, theme));
    }
    out
}

/// Sections poured into columns of `cap` lines in reading order, `gap` blank lines apart.
/// A section moves whole to the next column when it fits there; one taller than a column
/// is split by lines.
fn flow(secs: &[Vec<Line<'static>>], cap: usize, gap: usize) -> Vec<Vec<Line<'static>>> {
    let mut cols: Vec<Vec<Line<'static>>> = Vec::new();
    let mut cur: Vec<Line<'static>> = Vec::new();
    for sec in secs {
        let sep = if cur.is_empty() { 0 } else { gap };
        if cur.len() + sep + sec.len() <= cap {
            cur.extend(std::iter::repeat_n(Line::raw(""), sep));
            cur.extend(sec.iter().cloned());
            continue;
        }
        if sec.len() <= cap {
            cols.push(std::mem::take(&mut cur));
            cur.extend(sec.iter().cloned());
            continue;
        }
        // Taller than a column: fill what is left (when it is worth it), then whole columns.
        let mut rest: &[Line<'static>] = sec;
        let room = cap.saturating_sub(cur.len() + sep);
        if cur.is_empty() || room >= 4 {
            cur.extend(std::iter::repeat_n(Line::raw(""), sep));
            let take = room.min(rest.len());
            cur.extend(rest[..take].iter().cloned());
            rest = &rest[take..];
        }
        while !rest.is_empty() {
            if !cur.is_empty() {
                cols.push(std::mem::take(&mut cur));
            }
            let take = cap.min(rest.len());
            cur.extend(rest[..take].iter().cloned());
            rest = &rest[take..];
        }
    }
    if !cur.is_empty() {
        cols.push(cur);
    }
    cols
}

/// Two columns of one page, the sections split where the taller column is shortest, when
/// the whole slide fits on one page that way.
fn balanced(
    secs: &[Vec<Line<'static>>],
    cap: usize,
    gap: usize,
) -> Option<Vec<Vec<Line<'static>>>> {
    let height = |s: &[Vec<Line<'static>>]| -> usize {
        s.iter().map(Vec::len).sum::<usize>() + gap * s.len().saturating_sub(1)
    };
    let k = (0..=secs.len())
        .filter(|&k| height(&secs[..k]) <= cap && height(&secs[k..]) <= cap)
        .min_by_key(|&k| height(&secs[..k]).max(height(&secs[k..])))?;
    let mut cols: Vec<Vec<Line<'static>>> = [&secs[..k], &secs[k..]]
        .iter()
        .map(|part| {
            let mut col = Vec::new();
            for (n, s) in part.iter().enumerate() {
                if n > 0 {
                    col.extend(std::iter::repeat_n(Line::raw(""), gap));
                }
                col.extend(s.iter().cloned());
            }
            col
        })
        .collect();
    cols.retain(|c| !c.is_empty());
    Some(cols)
}

/// Draw presentation mode on the whole frame.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, base: &Theme, ext: &mut Extents) {
    let theme = &base.presentation();
    let Some(p) = app.presentation() else {
        return;
    };
    if p.blank {
        // Nothing at all: the room looks at the trainer.
        return;
    }
    let g = geometry(area);
    let slide = p.slide();
    let pages = pages_in(&app.map, slide, g.body, theme, app.lang);
    // How many pages the slide takes at this size goes back to the navigator (which keeps
    // the page in range); drawing shows the page in range meanwhile.
    ext.slide_pages = Some(pages.len());
    let at = p.page.min(pages.len() - 1);
    draw_page(frame, g.body, &pages[at]);

    progress(frame, g.progress, app, (at, pages.len()), theme);
    if p.index.is_some() {
        index(frame, g.body, app, theme);
    }
    if app.help().is_some() {
        let help_area = Rect::new(area.x, area.y, area.width, g.bar.y - area.y);
        help::draw(frame, help_area, app, theme, ext);
    }
    hint_bar(frame, g.bar, app, theme);
}

fn draw_page(frame: &mut Frame, body: Rect, page: &Page) {
    let head_h = (page.head.len() as u16).min(body.height);
    frame.render_widget(
        Paragraph::new(page.head.clone()),
        Rect {
            height: head_h,
            ..body
        },
    );
    let y = body.y + head_h;
    let h = body.height - head_h;
    let two = body.width >= TWO_COLUMNS;
    let col_w = if two {
        (body.width - GUTTER) / 2
    } else {
        body.width
    };
    for (i, col) in page.columns.iter().enumerate() {
        let x = body.x + i as u16 * (col_w + GUTTER);
        frame.render_widget(Paragraph::new(col.clone()), Rect::new(x, y, col_w, h));
    }
}

/// The progress line: the slide number and total first (always visible), the slide's
/// name and page, a number being typed, then a bar of slides when there is room.
fn progress(frame: &mut Frame, area: Rect, app: &App, (at, pages): (usize, usize), theme: &Theme) {
    let Some(p) = app.presentation() else {
        return;
    };
    let total = p.slides.len();
    let w = area.width as usize;
    let number = format!(" {} / {total}", p.current + 1);
    let page = if pages > 1 {
        crate::words::Msg::SlidePages { at: at + 1, pages }.text(app.lang)
    } else {
        String::new()
    };
    let typed = if p.typed.is_empty() {
        String::new()
    } else {
        crate::words::Msg::SlideTyped {
            typed: p.typed.clone(),
        }
        .text(app.lang)
    };
    let mut spans = vec![Span::styled(number.clone(), theme.heading)];
    let used = wrap::width(&number) + wrap::width(&typed);
    let name = format!(
        "{}{}{page}",
        crate::words::labels(app.lang).row_gap,
        slide_name_in(&app.map, p.slide(), app.lang)
    );
    let name = wrap::ellipsize(&name, w.saturating_sub(used));
    let used = used + wrap::width(&name);
    spans.push(Span::styled(name, theme.dim));
    spans.push(Span::styled(typed, theme.hint_key));
    let bar: String = (0..total)
        .map(|i| if i == p.current { '■' } else { '□' })
        .collect();
    if used + 2 + wrap::width(&bar) < w {
        let pad = w - used - wrap::width(&bar) - 1;
        spans.push(Span::raw(" ".repeat(pad)));
        spans.push(Span::styled(bar, theme.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The slide index over the body: every slide by number, the selected one marked ▶.
fn index(frame: &mut Frame, body: Rect, app: &App, theme: &Theme) {
    let Some(p) = app.presentation() else {
        return;
    };
    let Some(sel) = p.index else { return };
    frame.render_widget(Clear, body);
    let block = Block::bordered()
        .border_style(theme.border_focus)
        .title(Span::styled(
            crate::words::labels(app.lang).slide_index_title,
            theme.heading,
        ));
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let rows = inner.height as usize;
    if rows == 0 || inner.width < 4 {
        return;
    }
    let total = p.slides.len();
    let first = sel.saturating_sub(rows / 2).min(total.saturating_sub(rows));
    let digits = total.to_string().len();
    let lines: Vec<Line> = (first..total.min(first + rows))
        .map(|i| {
            let mark = if i == sel { "▶" } else { " " };
            let here = if i == p.current {
                crate::words::labels(app.lang).slide_shown
            } else {
                ""
            };
            let text = format!(
                "{mark}{:>digits$}  {}{here}",
                i + 1,
                slide_name_in(&app.map, p.slides[i], app.lang)
            );
            let text = wrap::ellipsize(&text, inner.width as usize);
            let style = if i == sel { theme.selected } else { theme.base };
            Line::styled(text, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Every key the screen takes, in the hint bar; the gaps narrow before a hint is dropped.
fn hint_bar(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if let Some(m) = &app.message {
        let line = Line::styled(wrap::ellipsize(m, area.width as usize), theme.warning);
        frame.render_widget(Paragraph::new(line), area);
        return;
    }
    let hints = app.keymap.hints_in(app.lang, app.context(), |a| app.can(a));
    let w = area.width as usize;
    let size = |sep: usize| {
        hints
            .iter()
            .map(|h| wrap::width(&h.keys) + 1 + wrap::width(h.word) + sep)
            .sum::<usize>()
            .saturating_sub(sep)
    };
    let sep = if size(2) <= w { 2 } else { 1 };
    let hints = if size(sep) <= w {
        hints
    } else {
        keymap::fit_hints(hints, w)
    };
    let mut spans: Vec<Span> = Vec::new();
    for (n, h) in hints.into_iter().enumerate() {
        if n > 0 {
            spans.push(Span::raw(" ".repeat(sep)));
        }
        spans.push(Span::styled(h.keys, theme.hint_key));
        spans.push(Span::styled(format!(" {}", h.word), theme.hint_text));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

// ---- handling: the keys of a presentation ----
impl App {
    pub(crate) fn update_present(&mut self, action: Action) {
        let Mode::Presenting(p) = &mut self.mode else {
            return;
        };
        let total = p.slides.len();
        // The slide index takes the moving keys while it is open.
        if let Some(sel) = p.index {
            match action {
                Action::Down | Action::Right | Action::PageDown => {
                    p.index = Some((sel + 1).min(total - 1));
                    return;
                }
                Action::Up | Action::Left | Action::PageUp => {
                    p.index = Some(sel.saturating_sub(1));
                    return;
                }
                Action::Home => {
                    p.index = Some(0);
                    return;
                }
                Action::End => {
                    p.index = Some(total - 1);
                    return;
                }
                Action::Select if p.typed.is_empty() => {
                    p.index = None;
                    p.go(sel);
                    return;
                }
                Action::SlideIndex => {
                    p.index = None;
                    return;
                }
                Action::Back if p.typed.is_empty() => {
                    p.index = None;
                    return;
                }
                _ => {}
            }
        }
        match action {
            Action::Right | Action::PageDown | Action::Down => p.next(),
            Action::Left | Action::PageUp | Action::Up => p.prev(),
            Action::Home => p.go(0),
            Action::End => p.go(usize::MAX),
            Action::Digit(d) if p.typed.len() < MAX_TYPED => p.typed.push(char::from(b'0' + d)),
            Action::DeleteDigit => {
                p.typed.pop();
            }
            Action::Select => {
                if p.typed.is_empty() {
                    return;
                }
                match p.typed_slide() {
                    Some(i) => {
                        p.index = None;
                        p.go(i);
                    }
                    None => {
                        self.message = Some(
                            crate::words::Msg::NoSuchSlide {
                                typed: p.typed.clone(),
                                total,
                            }
                            .text(self.lang),
                        );
                    }
                }
                if let Some(p) = self.presentation_mut() {
                    p.typed.clear();
                }
            }
            Action::SlideIndex => p.index = Some(p.current),
            Action::Blank => {
                p.typed.clear();
                p.index = None;
                p.blank = true;
            }
            Action::Back if !p.typed.is_empty() => p.typed.clear(),
            Action::Back if p.from_app => self.mode = Mode::Browsing,
            // Started as `present`: there is nothing to go back to, so Esc ends it.
            Action::Back => self.quit = true,
            _ => {}
        }
    }
}
