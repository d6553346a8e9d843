//! Line breaking that knows Japanese. ratatui's `Wrap` breaks only at spaces (ratatui #1199),
//! so text is broken here, at Unicode line-break opportunities (UAX #14: between ideographs,
//! never before 、。）」), and drawn unwrapped. Widths are display cells (漢字 = 2).

use textwrap::{Options, WordSeparator, WrapAlgorithm};
use unicode_width::UnicodeWidthStr;

/// Break `text` into lines of at most `width` display cells. The first line starts with
/// `first`, the rest with `rest` (a hanging indent). Never returns an empty vector.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    // A wide character needs two cells, and the indents must leave room for one.
    let indent = UnicodeWidthStr::width(first).max(UnicodeWidthStr::width(rest));
    if width < indent + 2 {
        return vec![truncate(&format!("{first}{text}"), width)];
    }
    let opts = Options::new(width)
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_separator(WordSeparator::UnicodeBreakProperties)
        .wrap_algorithm(WrapAlgorithm::FirstFit)
        .break_words(true);
    let lines: Vec<String> = textwrap::wrap(text, opts)
        .into_iter()
        .map(|l| l.into_owned())
        .collect();
    if lines.is_empty() {
        vec![first.trim_end().to_string()]
    } else {
        lines
    }
}

/// Cut `s` to at most `width` display cells.
pub fn truncate(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out
}

/// Cut `s` to at most `width` display cells, ending with … when something was cut.
pub fn ellipsize(s: &str, width: usize) -> String {
    if UnicodeWidthStr::width(s) <= width {
        s.to_string()
    } else if width == 0 {
        String::new()
    } else {
        format!("{}…", truncate(s, width - 1))
    }
}

/// Display width in cells.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_japanese_without_spaces_and_keeps_width() {
        let t = "組織の一員として、担当する日常的な業務を正確で迅速に推進することができる。";
        let lines = wrap(t, 20, "・", "  ");
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(width(l) <= 20, "{l:?} is {} wide", width(l));
        }
        assert_eq!(lines.concat().replace([' ', '・'], ""), t);
    }

    #[test]
    fn never_starts_a_line_with_closing_punctuation() {
        let t = "課長業務を代行・補佐し、グループ長を総括指揮することができる。";
        for w in 6..40 {
            for l in wrap(t, w, "", "").iter().skip(1) {
                assert!(!l.starts_with(['、', '。', '）']), "width {w}: {l:?}");
            }
        }
    }

    #[test]
    fn tiny_widths_do_not_panic() {
        for w in 0..4 {
            let lines = wrap("ASCIIと漢字", w, "・", "  ");
            assert!(lines.iter().all(|l| width(l) <= w));
        }
    }
}
