//! The handout that prints: `show --all --format html|markdown` and the per-grade
//! `show --grade G --format html`. Its structure (the grid first, then the contents, the
//! legend before the first mark, headings that never skip a level, each training listed
//! once, nothing fetched from the network, everything escaped), and in a real browser:
//! headless Chromium prints it to PDF, and poppler's pdfinfo / pdftotext check the pages.
//!
//! Chromium and poppler-utils are required (.ci/run installs them, with a Japanese font);
//! without them the browser test fails.

mod common;

use std::path::Path;
use std::process::Command;

use career_nav::content::{self, GRID_COLUMNS, Standing};
use career_nav::handout;
use common::map;

fn show(args: &[&str]) -> String {
    let out = assert_cmd::Command::cargo_bin("career-nav")
        .unwrap()
        .arg("show")
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// The heading levels of an HTML document, in order.
fn html_headings(html: &str) -> Vec<(u8, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<h") {
        rest = &rest[i + 2..];
        let Some(d) = rest.chars().next().and_then(|c| c.to_digit(10)) else {
            continue;
        };
        let text_start = rest.find('>').map_or(0, |j| j + 1);
        let text_end = rest.find("</h").unwrap_or(rest.len());
        out.push((d as u8, rest[text_start..text_end].to_string()));
    }
    out
}

fn never_skips(levels: &[u8]) -> Result<(), String> {
    if levels.first() != Some(&1) {
        return Err(format!("starts at {:?}", levels.first()));
    }
    for w in levels.windows(2) {
        if w[1] > w[0] + 1 {
            return Err(format!("h{} after h{}", w[1], w[0]));
        }
    }
    Ok(())
}

/// The texts of the list items of an HTML document.
fn html_list_items(html: &str) -> Vec<String> {
    html.split("<li")
        .skip(1)
        .map(|s| {
            let s = &s[s.find('>').map_or(0, |i| i + 1)..];
            s[..s.find('<').unwrap_or(s.len())].to_string()
        })
        .collect()
}

/// Whether `item` lists the training `name` (its name, then the end or what follows a
/// name: organiser, audience, contents, or the year).
fn lists(item: &str, name: &str) -> bool {
    let item = item.trim_start_matches("◎ ").trim();
    item.strip_prefix(name).is_some_and(|rest| {
        // ＊ marks a reading (its note is in the appendix).
        let rest = rest.trim_start_matches('＊');
        rest.is_empty() || ["［", "（", " —", "："].iter().any(|p| rest.starts_with(p))
    })
}

#[test]
fn the_html_handout_is_structured_and_lists_each_training_once() {
    let m = map();
    let html = show(&["--all", "--format", "html"]);
    // Self-contained: nothing is fetched.
    for bad in [
        "<script", "<link", "src=", "url(", "@import", "http://", "https://",
    ] {
        assert!(!html.contains(bad), "{bad}");
    }
    assert!(html.contains("@page grid { size: A4 landscape"));
    // Headings never skip a level.
    let heads = html_headings(&html);
    let levels: Vec<u8> = heads.iter().map(|h| h.0).collect();
    never_skips(&levels).unwrap();
    // The order of the parts: the grid (one table, a row per step, its columns), the
    // contents, the legend, then the chapters.
    let pos = |s: &str| html.find(s).unwrap_or_else(|| panic!("{s} missing"));
    let body = pos("<body>");
    let grid = pos("<table class=\"grid\">");
    let contents = pos("<h2>目次</h2>");
    let legend = pos("<h2>凡例</h2>");
    assert!(body < grid && grid < contents && contents < legend);
    assert_eq!(html.matches("<table").count(), 1);
    for c in GRID_COLUMNS {
        assert!(html[grid..contents].contains(&format!(">{c}</th>")), "{c}");
    }
    for &i in &m.ladder() {
        let s = &m[i];
        assert!(html[grid..contents].contains(&*s.role), "{}", s.role);
    }
    for t in &m.specialist_tiers {
        let placed = t.levels.iter().flat_map(|l| l.titles.iter());
        for title in placed {
            assert!(html[grid..contents].contains(&**title), "{title}");
        }
    }
    assert_eq!(
        html[grid..contents].matches("<tr>").count(),
        m.steps.len() + 1
    );
    // The legend comes before the first mark it explains.
    let first_mark = ['※', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩']
        .iter()
        .filter_map(|c| html[body..].find(*c).map(|i| i + body))
        .min()
        .unwrap();
    assert!(
        legend < first_mark,
        "a mark at {first_mark} before the legend at {legend}"
    );
    // Every chapter in the contents, linked, and one section for each.
    let h = content::handout(&m, false);
    for c in &h.chapters {
        assert!(
            html.contains(&format!("<a href=\"#{}\">", c.id)),
            "{}",
            c.id
        );
        assert!(html.contains(&format!("<section class=\"chapter\" id=\"{}\">", c.id)));
    }
    // Each training of the catalog is listed exactly once: in its step's chapter or in
    // the trainings open to all. (The overview keeps the source's 主な取組, which may name
    // a training as an initiative, but no list of trainings.)
    assert!(!html.contains("この施策の研修"));
    // From the first step's chapter to the appendix (which sets facts beside their 原文).
    let chapters = pos("<section class=\"chapter\" id=\"step-");
    let appendix = pos("<section class=\"chapter\" id=\"appendix\">");
    let items = html_list_items(&html[chapters..appendix]);
    for e in m.catalog() {
        let n = items.iter().filter(|i| lists(i, e.name)).count();
        assert_eq!(n, 1, "{} listed {n} times", e.name);
    }
}

#[test]
fn the_markdown_handout_has_the_same_structure() {
    let m = map();
    let md = show(&["--all", "--format", "markdown"]);
    let levels: Vec<u8> = md
        .lines()
        .filter(|l| l.starts_with('#'))
        .map(|l| l.chars().take_while(|c| *c == '#').count() as u8)
        .collect();
    never_skips(&levels).unwrap();
    let pos = |s: &str| md.find(s).unwrap_or_else(|| panic!("{s} missing"));
    let grid = pos(&format!("| {} |", GRID_COLUMNS.join(" | ")));
    let contents = pos("\n## 目次\n");
    let legend = pos("\n## 凡例\n");
    assert!(grid < contents && contents < legend);
    // A row per step in the table.
    let rows = md[grid..contents]
        .lines()
        .filter(|l| l.starts_with("| **"))
        .count();
    assert_eq!(rows, m.steps.len());
    let first_mark = ['※', '①', '⑩']
        .iter()
        .filter_map(|c| md.find(*c))
        .min()
        .unwrap();
    assert!(legend < first_mark);
    assert!(!md.contains("この施策の研修"));
    let chapters = pos(&format!("\n## {}", m[m.ladder()[0]].name));
    let appendix = pos(&format!("\n## {}", content::APPENDIX));
    let items: Vec<&str> = md[chapters..appendix]
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("- "))
        .collect();
    for e in m.catalog() {
        let name = career_nav::render_text::md_escape(e.name);
        let n = items
            .iter()
            .filter(|i| lists(i.trim_start_matches("**"), &name))
            .count();
        assert_eq!(n, 1, "{} listed {n} times", e.name);
    }
}

#[test]
fn map_text_is_escaped_in_the_html() {
    let mut m = map();
    let i = m.ladder()[0];
    m[i].role = "<script>alert('x')</script> & <b>".into();
    let html = handout::html(&content::handout(&m, false));
    assert!(!html.contains("<script>alert"));
    assert!(html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;"));
}

#[test]
fn a_grade_handout_walks_from_that_grade_up() {
    let m = map();
    let html = show(&["--grade", "主任", "--format", "html"]);
    let levels: Vec<u8> = html_headings(&html).iter().map(|h| h.0).collect();
    never_skips(&levels).unwrap();
    let grid = &html[html.find("<table").unwrap()..html.find("</table>").unwrap()];
    for name in ["主任", "グループ長", "課長補佐", "課長", "部長"] {
        assert!(
            grid.contains(&format!("<th class=\"step\" scope=\"row\">{name}")),
            "{name}"
        );
    }
    assert!(!grid.contains("1級") && !grid.contains(">2級"));
    let s = Standing {
        place: m.resolve_title("主任").unwrap().place,
        title: "主任".into(),
        year: None,
    };
    let h = content::grade_handout(&m, &s);
    // 主任 to 部長, then the trainings open to all.
    assert_eq!(h.chapters.len(), 5 + 1);
    assert!(h.chapters[0].title.starts_with("主任"));
    // A year marks that year's training; the legend explains every mark before its first use.
    let html = show(&["--grade", "1級", "--year", "2", "--format", "html"]);
    let legend = html.find("<h2>凡例</h2>").unwrap();
    let body = html.find("<body>").unwrap();
    for mark in ['※', '①', '★', '◎'] {
        let first = html[body..].find(mark).map(|i| i + body);
        assert!(first.is_some_and(|f| f > legend), "{mark}");
    }
    assert!(html.contains("<li class=\"mine\">◎ 2年目"));
    // A specialist starts at their tier, with the grid from their level up.
    let html = show(&["--grade", "主幹", "--format", "html"]);
    assert!(html.contains("<h2>スタッフ職（副主幹・副技監・主幹・技監）"));
    let grid = &html[html.find("<table").unwrap()..html.find("</table>").unwrap()];
    assert!(grid.contains("課長補佐") && !grid.contains(">主任"));
}

fn tool(name: &str) {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "{name} is needed for this test (apt-get install chromium poppler-utils \
         fonts-ipafont-gothic; .ci/run installs them)"
    );
}

fn pdftotext(pdf: &Path, page: usize) -> String {
    let out = Command::new("pdftotext")
        .args(["-f", &page.to_string(), "-l", &page.to_string()])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Print `html` to PDF in headless Chromium.
fn print_pdf(html: &str, dir: &Path) -> std::path::PathBuf {
    let page = dir.join("handout.html");
    std::fs::write(&page, html).unwrap();
    let pdf = dir.join("handout.pdf");
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg("--no-pdf-header-footer")
        .arg(format!("file://{}", page.display()))
        .env("HOME", profile.path())
        .output()
        .unwrap();
    assert!(
        out.status.success() && pdf.exists(),
        "chromium: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    pdf
}

/// (pages, [(width, height)]) from pdfinfo.
fn pdf_pages(pdf: &Path) -> Vec<(f64, f64)> {
    let out = Command::new("pdfinfo")
        .args(["-f", "1", "-l", "999"])
        .arg(pdf)
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.starts_with("Page") && l.contains(" size:"))
        .map(|l| {
            let v: Vec<f64> = l
                .split_whitespace()
                .filter_map(|w| w.parse::<f64>().ok())
                .collect();
            // "Page    1 size: 841.92 x 594.96 pts (A4)": the number, then width, height.
            (v[1], v[2])
        })
        .collect()
}

#[test]
fn the_handout_prints_in_chromium_with_the_grid_on_page_one() {
    tool("chromium");
    tool("pdfinfo");
    tool("pdftotext");
    let m = map();
    let dir = tempfile::tempdir().unwrap();
    let html = show(&["--all", "--format", "html"]);
    let pdf = print_pdf(&html, dir.path());
    let pages = pdf_pages(&pdf);
    let h = content::handout(&m, false);
    // The grid page, the contents page, then at least a page per chapter.
    assert!(
        pages.len() >= h.chapters.len() + 2,
        "{} pages for {} chapters",
        pages.len(),
        h.chapters.len()
    );
    assert!(
        pages.len() <= 3 * (h.chapters.len() + 2),
        "{} pages",
        pages.len()
    );
    // Page 1 is A4 landscape, the rest A4 portrait.
    let a4 = |(w, h): (f64, f64)| (w - 841.9).abs() < 2.0 && (h - 595.0).abs() < 2.0;
    assert!(a4(pages[0]), "{:?}", pages[0]);
    for p in &pages[1..] {
        assert!(a4((p.1, p.0)), "{p:?}");
    }
    // The whole grid is on page 1: every step and its role are there, and page 2 starts
    // with the contents, not with the rest of the table.
    let one: String = pdftotext(&pdf, 1)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    for c in GRID_COLUMNS {
        assert!(one.contains(c), "{c} not on page 1");
    }
    for &i in &m.ladder() {
        assert!(one.contains(&*m[i].name), "{}", m[i].name);
    }
    assert!(!one.contains("目次"));
    let two = pdftotext(&pdf, 2);
    assert_eq!(two.lines().next().map(str::trim), Some("目次"), "{two}");
    // Each chapter starts a page: its title is the first line of a page, in order.
    let squeeze = |s: &str| -> String { s.chars().filter(|c| !c.is_whitespace()).collect() };
    let firsts: Vec<String> = (1..=pages.len())
        .map(|p| squeeze(pdftotext(&pdf, p).lines().next().unwrap_or("")))
        .collect();
    let mut last = 0;
    for c in &h.chapters {
        let at = firsts
            .iter()
            .position(|f| *f == squeeze(&c.title))
            .unwrap_or_else(|| panic!("{} does not start a page: {firsts:?}", c.title));
        assert!(at > last, "{} out of order", c.title);
        last = at;
    }
}

#[test]
fn the_grade_handout_prints_in_chromium() {
    tool("chromium");
    tool("pdfinfo");
    tool("pdftotext");
    let dir = tempfile::tempdir().unwrap();
    let html = show(&["--grade", "主任", "--format", "html"]);
    let pdf = print_pdf(&html, dir.path());
    let pages = pdf_pages(&pdf);
    assert!(pages.len() >= 2 + 6, "{} pages", pages.len());
    let one = pdftotext(&pdf, 1);
    assert!(one.contains("主任") && one.contains("部長"), "{one}");
    assert_eq!(
        pdftotext(&pdf, 2).lines().next().map(str::trim),
        Some("目次")
    );
}
