//! Handouts that print: a [`Handout`] as one self-contained HTML file (no network; CSS for
//! A4 with the grid on a landscape first page and a page break per chapter), as Markdown
//! with the same structure, or as text. The HTML is built with maud, which escapes every
//! string it is given.
//!
//! Headings never skip a level: the document is h1, a chapter h2, and an item's heading is
//! at most one level below the heading before it.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::content::{Handout, INFERRED_MARK, Item, grid_columns};
use crate::model::Lang;
use crate::render_text::md_escape;
use crate::words::{Msg, labels};

/// Print CSS: A4, the grid's page landscape, a new page for each chapter, black on white.
const CSS: &str = r#"
@page { size: A4 portrait; margin: 15mm 14mm; }
@page grid { size: A4 landscape; margin: 9mm 10mm; }
html { font-family: "Noto Sans CJK JP", "IPAexGothic", "IPAGothic", "Hiragino Sans",
       "Yu Gothic", "Meiryo", sans-serif; color: #000; background: #fff; }
body { margin: 0; font-size: 10.5pt; line-height: 1.55; }
h1 { font-size: 15pt; margin: 0 0 1mm; }
h2 { font-size: 13pt; border-bottom: 1.5pt solid #000; padding-bottom: 1mm; margin: 0 0 3mm; }
h3 { font-size: 11.5pt; margin: 5mm 0 1.5mm; }
h4 { font-size: 10.5pt; margin: 3.5mm 0 1mm; }
h5, h6 { font-size: 10.5pt; margin: 2.5mm 0 1mm; font-weight: normal; text-decoration: underline; }
h2, h3, h4, h5, h6 { break-after: avoid; }
p { margin: 0 0 1.5mm; }
ul { margin: 0 0 2mm; padding-left: 5mm; }
li { margin: 0.3mm 0; }
.subtitle { margin: 0 0 3mm; }
.grid-page { page: grid; }
.grid-page h2 { font-size: 11pt; margin-bottom: 2mm; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9pt;
             line-height: 1.35; }
table.grid th, table.grid td { border: 0.6pt solid #000; padding: 1mm 1.2mm;
                               vertical-align: top; text-align: left; }
table.grid th { background: #e6e6e6; }
table.grid tr { break-inside: avoid; }
table.grid td.step { font-weight: bold; }
table.grid .titles { font-weight: normal; display: block; }
table.grid ul { margin: 0; padding-left: 3.5mm; }
col.step { width: 9%; } col.role { width: 17%; } col.ojt { width: 14%; }
col.appraisal { width: 15%; } col.trainings { width: 27%; } col.specialists { width: 18%; }
.front, .chapter { break-before: page; }
.toc li { margin: 1mm 0; }
.toc a { color: #000; text-decoration: none; }
dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; }
dl.legend dt { font-weight: bold; }
dl.legend dd { margin: 0; }
.inferred { font-size: 9.5pt; }
.mine { font-weight: bold; }
.here { font-weight: bold; border-left: 2pt solid #000; padding-left: 2mm; }
.note { padding-left: 5mm; font-size: 9.5pt; }
@media screen { body { max-width: 60em; margin: 2em auto; padding: 0 1em; }
                .front, .chapter { border-top: 1px solid #888; margin-top: 2em; padding-top: 1em; } }
"#;

/// The heading level of each item of a chapter whose own heading is at `base`: a title one
/// below the chapter, a heading one below the title before it (or the chapter), a
/// sub-heading one below the heading or title before it. So no level is ever skipped.
fn levels(items: &[Item], base: u8) -> Vec<Option<u8>> {
    let (mut title, mut heading): (Option<u8>, Option<u8>) = (None, None);
    items
        .iter()
        .map(|i| {
            let l = match i {
                Item::Title(_) => {
                    heading = None;
                    title = Some(base + 1);
                    base + 1
                }
                Item::Heading(_) => {
                    let l = title.unwrap_or(base) + 1;
                    heading = Some(l);
                    l
                }
                Item::Subheading(_) => heading.or(title).unwrap_or(base) + 1,
                _ => return None,
            };
            Some(l.min(6))
        })
        .collect()
}

/// A list item and the items nested under it.
struct Node<'a> {
    item: &'a Item,
    children: Vec<Node<'a>>,
}

/// Consecutive list items as a tree by depth (a depth that jumps is read as one deeper).
fn tree<'a>(items: &'a [Item]) -> Vec<Node<'a>> {
    fn depth(i: &Item) -> u8 {
        match i {
            Item::Bullet(d, _) | Item::Mine(d, _) | Item::Inferred(d, _) => *d,
            _ => 0,
        }
    }
    fn build<'a>(items: &'a [Item], pos: &mut usize, level: u8) -> Vec<Node<'a>> {
        let mut out: Vec<Node<'a>> = Vec::new();
        while *pos < items.len() {
            let d = depth(&items[*pos]);
            if d < level {
                break;
            }
            if d > level
                && let Some(last) = out.last_mut()
            {
                last.children.extend(build(items, pos, level + 1));
                continue;
            }
            out.push(Node {
                item: &items[*pos],
                children: Vec::new(),
            });
            *pos += 1;
        }
        out
    }
    // A run may start below the top level (a sub-heading's list at depth 1).
    let top = items.iter().map(depth).min().unwrap_or(0);
    let mut pos = 0;
    build(items, &mut pos, top)
}

fn is_list(i: &Item) -> bool {
    matches!(i, Item::Bullet(..) | Item::Mine(..) | Item::Inferred(..))
}

fn html_list(nodes: &[Node]) -> Markup {
    html! {
        ul {
            @for n in nodes {
                @match n.item {
                    Item::Mine(_, t) => li.mine { "◎ " (t) @if !n.children.is_empty() { (html_list(&n.children)) } },
                    Item::Inferred(_, t) => li.inferred { (INFERRED_MARK) " " (t) @if !n.children.is_empty() { (html_list(&n.children)) } },
                    Item::Bullet(_, t) => li { (t) @if !n.children.is_empty() { (html_list(&n.children)) } },
                    _ => {},
                }
            }
        }
    }
}

fn html_heading(level: u8, text: &str) -> Markup {
    match level {
        0..=1 => html! { h1 { (text) } },
        2 => html! { h2 { (text) } },
        3 => html! { h3 { (text) } },
        4 => html! { h4 { (text) } },
        5 => html! { h5 { (text) } },
        _ => html! { h6 { (text) } },
    }
}

/// A chapter's items under a heading at `base`.
fn html_items(items: &[Item], base: u8) -> Markup {
    let lv = levels(items, base);
    let mut parts: Vec<Markup> = Vec::new();
    let mut n = 0;
    while n < items.len() {
        if is_list(&items[n]) {
            let end = items[n..]
                .iter()
                .position(|i| !is_list(i))
                .map_or(items.len(), |e| n + e);
            parts.push(html_list(&tree(&items[n..end])));
            n = end;
            continue;
        }
        let m = match &items[n] {
            Item::Title(t) | Item::Heading(t) | Item::Subheading(t) => {
                html_heading(lv[n].unwrap_or(base + 1), t)
            }
            Item::Text(t) if t.trim().is_empty() => html! {},
            Item::Text(t) if t.starts_with(' ') => html! { p.note { (t.trim()) } },
            Item::Text(t) => html! { p { (t) } },
            Item::Here(t) => html! { p.here { (t) } },
            _ => html! {},
        };
        parts.push(m);
        n += 1;
    }
    html! { @for p in parts { (p) } }
}

/// The handout as one self-contained HTML file.
pub fn html(h: &Handout) -> String {
    let grid = !h.grid.rows.is_empty();
    let w = labels(h.lang);
    let columns = grid_columns(h.lang);
    let lang = match h.lang {
        Lang::Ja => "ja",
        Lang::En => "en",
    };
    let page = html! {
        (DOCTYPE)
        html lang=(lang) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (h.title) }
                style { (PreEscaped(CSS)) }
            }
            body {
                @if grid {
                    section.grid-page {
                        h1 { (h.title) }
                        @if !h.subtitle.is_empty() { p.subtitle { (h.subtitle) } }
                        h2 { (w.grid_title) }
                        table.grid {
                            colgroup {
                                col.step; col.role; col.ojt; col.appraisal; col.trainings; col.specialists;
                            }
                            thead { tr { @for c in columns { th scope="col" { (c) } } } }
                            tbody {
                                @for r in &h.grid.rows {
                                    tr {
                                        th.step scope="row" {
                                            (r.step)
                                            @if !r.titles.is_empty() { span.titles { (r.titles) } }
                                        }
                                        td { (r.role) }
                                        td { (r.ojt) }
                                        td { (r.appraisal) }
                                        td {
                                            @if !r.trainings.is_empty() {
                                                ul { @for t in &r.trainings { li { (t) } } }
                                            }
                                        }
                                        td {
                                            @if !r.specialists.is_empty() {
                                                ul { @for s in &r.specialists { li { (s) } } }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                section.front {
                    @if !grid {
                        h1 { (h.title) }
                        @if !h.subtitle.is_empty() { p.subtitle { (h.subtitle) } }
                    }
                    h2 { (w.contents) }
                    ol.toc {
                        @for c in &h.chapters { li { a href={ "#" (c.id) } { (c.title) } } }
                    }
                    @if !h.legend.is_empty() {
                        h2 { (w.legend_title) }
                        dl.legend {
                            @for (mark, meaning) in &h.legend { dt { (mark) } dd { (meaning) } }
                        }
                    }
                }
                @for c in &h.chapters {
                    section.chapter id=(c.id) {
                        h2 { (c.title) }
                        (html_items(&c.items, 2))
                    }
                }
            }
        }
    };
    page.into_string()
}

/// A Markdown table cell: escaped, on one line.
fn cell(s: &str) -> String {
    md_escape(&s.replace('\n', " "))
}

fn md_list(nodes: &[Node], depth: usize, out: &mut String) {
    for n in nodes {
        let ind = "  ".repeat(depth);
        let line = match n.item {
            Item::Mine(_, t) => format!("{ind}- **◎ {}**\n", md_escape(t)),
            Item::Inferred(_, t) => format!("{ind}- {INFERRED_MARK} *{}*\n", md_escape(t)),
            Item::Bullet(_, t) => format!("{ind}- {}\n", md_escape(t)),
            _ => String::new(),
        };
        out.push_str(&line);
        md_list(&n.children, depth + 1, out);
    }
}

fn md_items(items: &[Item], base: u8, out: &mut String) {
    let lv = levels(items, base);
    let mut n = 0;
    while n < items.len() {
        if is_list(&items[n]) {
            let end = items[n..]
                .iter()
                .position(|i| !is_list(i))
                .map_or(items.len(), |e| n + e);
            md_list(&tree(&items[n..end]), 0, out);
            out.push('\n');
            n = end;
            continue;
        }
        match &items[n] {
            Item::Title(t) | Item::Heading(t) | Item::Subheading(t) => {
                let l = lv[n].unwrap_or(base + 1) as usize;
                out.push_str(&format!("{} {}\n\n", "#".repeat(l), md_escape(t)));
            }
            Item::Text(t) if t.trim().is_empty() => {}
            Item::Text(t) => out.push_str(&format!("{}\n\n", md_escape(t.trim()))),
            Item::Here(t) => out.push_str(&format!("**{}**\n\n", md_escape(t))),
            _ => {}
        }
        n += 1;
    }
}

/// The handout as Markdown, with the same structure: the grid as a table, the contents,
/// the legend, the chapters.
pub fn markdown(h: &Handout) -> String {
    let w = labels(h.lang);
    let columns = grid_columns(h.lang);
    let mut out = format!("# {}\n\n", md_escape(&h.title));
    if !h.subtitle.is_empty() {
        out.push_str(&format!("{}\n\n", md_escape(&h.subtitle)));
    }
    if !h.grid.rows.is_empty() {
        out.push_str(&format!("## {}\n\n", w.grid_title));
        out.push_str(&format!("| {} |\n", columns.join(" | ")));
        out.push_str(&format!("|{}\n", "---|".repeat(columns.len())));
        for r in &h.grid.rows {
            let step = if r.titles.is_empty() {
                format!("**{}**", cell(&r.step))
            } else {
                Msg::GridStepTitles {
                    step: format!("**{}**", cell(&r.step)),
                    titles: cell(&r.titles),
                }
                .text(h.lang)
            };
            let cells = [
                step,
                cell(&r.role),
                cell(&r.ojt),
                cell(&r.appraisal),
                cell(&r.trainings.join(w.grid_sep)),
                cell(&r.specialists.join(w.grid_sep)),
            ];
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        out.push('\n');
    }
    out.push_str(&format!("## {}\n\n", w.contents));
    for (n, c) in h.chapters.iter().enumerate() {
        out.push_str(&format!("{}. {}\n", n + 1, md_escape(&c.title)));
    }
    out.push('\n');
    if !h.legend.is_empty() {
        out.push_str(&format!("## {}\n\n", w.legend_title));
        out.push_str(&format!("{}\n\n", md_escape(&legend_line(h))));
    }
    for c in &h.chapters {
        out.push_str(&format!("## {}\n\n", md_escape(&c.title)));
        md_items(&c.items, 2, &mut out);
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// The legend as one line, as every document of the program writes it: 「記号：＊ …　※ …」.
fn legend_line(h: &Handout) -> String {
    let w = labels(h.lang);
    let parts: Vec<String> = h.legend.iter().map(|(m, s)| format!("{m} {s}")).collect();
    format!("{}{}", w.legend_prefix, parts.join(w.legend_gap))
}

/// The handout as text: the same parts in the order of the printed one.
pub fn text(h: &Handout) -> String {
    let w = labels(h.lang);
    let columns = grid_columns(h.lang);
    let labeled = |name: &str, text: String| {
        Msg::Labeled {
            name: name.into(),
            text,
        }
        .text(h.lang)
    };
    let mut items = vec![Item::Title(h.title.clone())];
    if !h.subtitle.is_empty() {
        items.push(Item::Text(h.subtitle.clone()));
    }
    if !h.grid.rows.is_empty() {
        items.push(Item::Heading(w.grid_title.into()));
        for r in &h.grid.rows {
            let mut parts = vec![
                labeled(columns[1], r.role.clone()),
                labeled(columns[2], r.ojt.clone()),
                labeled(columns[3], r.appraisal.clone()),
            ];
            if !r.trainings.is_empty() {
                parts.push(labeled(columns[4], r.trainings.join(w.grid_sep)));
            }
            if !r.specialists.is_empty() {
                parts.push(labeled(columns[5], r.specialists.join(w.grid_sep)));
            }
            items.push(Item::Bullet(0, r.step.clone()));
            items.extend(parts.into_iter().map(|p| Item::Bullet(1, p)));
        }
    }
    items.push(Item::Heading(w.contents.into()));
    for (n, c) in h.chapters.iter().enumerate() {
        items.push(Item::Text(format!("{}. {}", n + 1, c.title)));
    }
    if !h.legend.is_empty() {
        items.push(Item::Heading(w.legend_title.into()));
        items.push(Item::Text(legend_line(h)));
    }
    for c in &h.chapters {
        items.push(Item::Title(c.title.clone()));
        items.extend(c.items.iter().cloned());
    }
    crate::render_text::text_in(&items, h.lang)
}

/// Items in any output format of `show`, `export` and `diff`: text, Markdown, or one
/// self-contained HTML file.
pub fn render(items: &[Item], format: crate::render_text::Format) -> String {
    render_in(items, format, Lang::Ja)
}

/// [`render`] with the program's words in `lang`.
pub fn render_in(items: &[Item], format: crate::render_text::Format, lang: Lang) -> String {
    use crate::render_text::Format;
    match format {
        Format::Text => crate::render_text::text_in(items, lang),
        Format::Markdown => crate::render_text::markdown_in(items, lang),
        Format::Html => html(&crate::content::document_in(items, lang)),
    }
}
