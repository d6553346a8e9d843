//! Plain text and Markdown renderings of content items, for `show` (screen readers, pipes,
//! handouts). Lines are not wrapped: a pipe, a screen reader or a Markdown renderer does that.

use crate::content::{INFERRED_MARK, Item};
use crate::model::Lang;
use crate::words::labels;

/// The output formats of `show`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    /// One self-contained HTML file for print (A4).
    Html,
}

fn indent(depth: u8) -> String {
    "  ".repeat(depth as usize)
}

pub fn text(items: &[Item]) -> String {
    text_in(items, Lang::Ja)
}

/// [`text`] with the program's marks (heading brackets, bullets, the 原文 label) in `lang`.
pub fn text_in(items: &[Item], lang: Lang) -> String {
    let w = labels(lang);
    let mut out = String::new();
    for (n, item) in items.iter().enumerate() {
        let line = match item {
            Item::Title(t) => {
                if n > 0 {
                    out.push('\n');
                }
                format!("■ {t}")
            }
            Item::Heading(t) => format!("\n{}{t}{}", w.heading_open, w.heading_close),
            Item::Subheading(t) => format!("{}{t}{}", w.sub_open, w.sub_close),
            Item::Text(t) | Item::Here(t) => t.clone(),
            Item::Bullet(d, t) => format!("{}{}{t}", indent(*d), w.bullet),
            Item::Mine(d, t) => format!("{}◎ {t}", indent(*d)),
            Item::Inferred(d, t) => format!("{}{INFERRED_MARK} {t}", indent(*d)),
            Item::Source(d, t) => format!(
                "{}{}{}{t}{}",
                indent(*d),
                w.source_label,
                w.source_open,
                w.source_close
            ),
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Escape the characters Markdown would read as markup.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub fn markdown(items: &[Item]) -> String {
    markdown_in(items, Lang::Ja)
}

/// [`markdown`] with the 原文 label in `lang`.
pub fn markdown_in(items: &[Item], lang: Lang) -> String {
    let w = labels(lang);
    let mut out = String::new();
    // A document of one title nests its headings one level higher.
    let nested = items.iter().skip(1).any(|i| matches!(i, Item::Title(_)));
    let (h, sub) = if nested {
        ("###", "####")
    } else {
        ("##", "###")
    };
    let mut in_list = false;
    for (n, item) in items.iter().enumerate() {
        let is_list = matches!(
            item,
            Item::Bullet(..) | Item::Mine(..) | Item::Inferred(..) | Item::Source(..)
        );
        if in_list && !is_list {
            out.push('\n');
        }
        let line = match item {
            Item::Title(t) => format!("{} {}\n", if n == 0 { "#" } else { "##" }, md_escape(t)),
            Item::Heading(t) => format!("{h} {}\n", md_escape(t)),
            Item::Subheading(t) => format!("{sub} {}\n", md_escape(t)),
            Item::Text(t) => format!("{}\n", md_escape(t.trim_start())),
            Item::Here(t) => format!("**{}**\n", md_escape(t)),
            Item::Bullet(d, t) => format!("{}- {}", indent(*d), md_escape(t)),
            Item::Mine(d, t) => format!("{}- **{}**", indent(*d), md_escape(t)),
            Item::Inferred(d, t) => {
                format!("{}- {INFERRED_MARK} *{}*", indent(*d), md_escape(t))
            }
            Item::Source(d, t) => {
                format!(
                    "{}- {}{}{}{}",
                    indent(*d),
                    w.source_label,
                    w.source_open,
                    md_escape(t),
                    w.source_close
                )
            }
        };
        if !is_list && n > 0 && !out.ends_with("\n\n") {
            out.push('\n');
        }
        out.push_str(&line);
        out.push('\n');
        in_list = is_list;
    }
    out
}
