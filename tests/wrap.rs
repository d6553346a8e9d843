//! Japanese line breaking between phrases (issue 13, point 8): BudouX's phrases on top of
//! UAX #14, over every text of the map at many widths, and on screen.

mod common;

use career_nav::content::{self, Item};
use career_nav::wrap::{self, wrap};
use common::{app_at, map, screen};

/// Every text the handout holds (the whole map), with the indents the screens use.
fn texts() -> Vec<(String, &'static str, &'static str)> {
    content::handout(&map(), true)
        .chapters
        .into_iter()
        .flat_map(|c| c.items)
        .map(|i| match i {
            Item::Title(t) | Item::Text(t) => (t, "", ""),
            Item::Heading(t) => (t, "■ ", "  "),
            Item::Subheading(t) | Item::Here(t) => (t, "", "  "),
            Item::Bullet(_, t) | Item::Mine(_, t) => (t, "・", "  "),
            Item::Inferred(_, t) => (t, "※ ", "  "),
            Item::Source(_, t) => (t, "原文：", "  "),
        })
        .collect()
}

#[test]
fn no_line_is_an_orphan_of_one_or_two_characters() {
    let texts = texts();
    assert!(texts.len() > 100);
    for w in (24..=80).step_by(4) {
        for (t, first, rest) in &texts {
            let lines = wrap(t, w, first, rest);
            for l in &lines {
                assert!(wrap::width(l) <= w, "{l:?} wider than {w}");
            }
            if lines.len() < 2 {
                continue;
            }
            let last = lines.last().unwrap().trim();
            assert!(
                last.chars().count() > 2,
                "width {w}: {t:?} leaves {last:?} alone: {lines:#?}"
            );
            // Nothing is lost or added but the indents.
            let joined: String = lines
                .iter()
                .enumerate()
                .map(|(n, l)| {
                    l.strip_prefix(if n == 0 { first } else { rest })
                        .unwrap_or(l)
                })
                .collect::<String>();
            let bare = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(bare(&joined), bare(t), "width {w}: {lines:#?}");
        }
    }
}

#[test]
fn compounds_and_verb_endings_stay_whole() {
    let t =
        "原資料の配置から推定：同じ欄に「OJT推進者」もあるが、下の行からのはみ出しか兼務かは不明";
    let u = "原資料の配置から推定：グループ長より下に考課者の記載がないため、被考課者と読む";
    let v = "後輩への実務指導を通して、グループ業務の円滑で効率的な推進に貢献することができる。";
    for w in 20..=90 {
        for text in [t, u, v] {
            let lines = wrap(text, w, "※ ", "  ");
            for pair in lines.windows(2) {
                let (a, b) = (pair[0].trim_end(), pair[1].trim_start());
                assert!(
                    !(a.ends_with("OJT推") || a.ends_with("OJT")),
                    "width {w}: {lines:#?}"
                );
                assert!(!(a.ends_with('読') && b.starts_with('む')), "{lines:#?}");
                assert!(!(a.ends_with("でき") && b.starts_with('る')), "{lines:#?}");
                assert!(!b.starts_with(['、', '。', '」', '）']), "{lines:#?}");
            }
        }
    }
    // The ladder's example at the detail pane's width: UAX #14 alone gave 「OJT推 / 進者」,
    // 「被考課者と読 / む」 and 「ができ / る。」.
    assert_eq!(
        wrap(u, 72, "※ ", "  "),
        [
            "※ 原資料の配置から推定：グループ長より下に考課者の記載がないため、",
            "  被考課者と読む"
        ]
    );
    assert_eq!(
        wrap(v, 40, "・", "  "),
        [
            "・後輩への実務指導を通して、",
            "  グループ業務の円滑で効率的な推進に",
            "  貢献することができる。"
        ]
    );
}

#[test]
fn a_bracket_that_fits_is_never_cut() {
    let t =
        "あなたの職位を選んでください。ライン職のほか、スタッフ職（主幹・参事など）も選べます。";
    for w in 20..=80 {
        let lines = wrap(t, w, "", "");
        assert!(
            lines.iter().any(|l| l.contains("（主幹・参事など）")),
            "width {w}: {lines:#?}"
        );
    }
    let title = "新任課長補佐級研修「マネジメントの基礎と実践」の受講";
    for w in 30..=60 {
        let lines = wrap(title, w, "", "");
        assert!(
            lines
                .iter()
                .any(|l| l.contains("「マネジメントの基礎と実践」")),
            "width {w}: {lines:#?}"
        );
    }
    // Wider than the line: then it is cut between phrases, within the width.
    for l in wrap(title, 12, "", "") {
        assert!(wrap::width(&l) <= 12, "{l:?}");
    }
}

#[test]
fn continuation_lines_keep_their_indent() {
    let t = "  研修の記録：予定のまま年度が過ぎたものは、受講済にするか、なしに戻してください。";
    let lines = wrap(t, 30, "", "");
    assert!(lines.len() > 1, "{lines:#?}");
    for l in &lines {
        assert!(l.starts_with("  ") && !l.starts_with("   "), "{lines:#?}");
    }
    // A given hanging indent wins.
    let lines = wrap(
        "・組織の一員として、担当する日常的な業務を正確で迅速に推進することができる。",
        24,
        "",
        "    ",
    );
    assert!(
        lines[1..].iter().all(|l| l.starts_with("    ")),
        "{lines:#?}"
    );
}

#[test]
fn the_ladder_reads_in_phrases_at_80_and_120_columns() {
    // Tall enough that the OJT role stands on the first screen under the legend.
    for (w, h) in [(80, 40), (120, 40)] {
        let mut app = app_at(Some("主任"), Some(3));
        let s = screen(&mut app, w, h);
        assert!(!s.contains("OJT推 "), "{s}");
        assert!(s.contains("OJT推進者"), "{w}x{h}:\n{s}");
        for line in s.lines() {
            // The detail pane's text, without the borders.
            let inner = line
                .rsplit('│')
                .nth(1)
                .unwrap_or("")
                .trim_matches([' ', '█', '║', '↑', '↓']);
            assert!(
                inner.is_empty() || inner.chars().count() > 2 || inner.starts_with('■'),
                "{w}x{h}: an orphan {inner:?}:\n{s}"
            );
        }
    }
}

/// The lines of `wrap` joined with `|` where they broke (indents dropped).
fn broken(text: &str, w: usize, first: &str, rest: &str) -> String {
    wrap(text, w, first, rest)
        .iter()
        .map(|l| l.trim().trim_start_matches(first.trim()).trim().to_string())
        .collect::<Vec<_>>()
        .join("|")
}

#[test]
fn words_the_tester_saw_split_stay_whole() {
    // (text, words that must never be split across lines)
    let cases: [(&str, &[&str]); 5] = [
        (
            "セキュリティ・ハラスメント等相談員研修",
            &["相談員", "研修", "セキュリティ", "ハラスメント等"],
        ),
        (
            "内外との議論を通して、新たな政策課題を設定し、グループの方針の中で課題を具体的な政策・施策として進言することができる。",
            &["として", "進言する", "政策課題"],
        ),
        (
            "原資料の②の列と右端の列のブロックは、表のどの職位の行にも結び付けられていない。だれでも受けられるという意味ではない",
            &["結び付けられていない"],
        ),
        (
            "①階層別研修　方針：レベルアップへの“必須アイテム”",
            &["方針"],
        ),
        (
            "画面を番号で選ぶ（1 階段 2 全体像 3 研修一覧 4 比較 5 用語集 6 わたしの記録）",
            &["5 用語集", "4 比較", "2 全体像", "3 研修一覧"],
        ),
    ];
    for (text, words) in cases {
        for w in 20..=90 {
            for (first, rest) in [("・", "  "), ("", ""), ("  ", "  ")] {
                let b = broken(text, w, first, rest);
                // A word wider than the line must be cut somewhere.
                for word in words.iter().filter(|wd| wrap::width(wd) + 4 <= w) {
                    // Split somewhere inside `word`: some prefix ends a line and the rest
                    // starts the next.
                    for (i, _) in word.char_indices().skip(1) {
                        let (a, z) = (&word[..i], &word[i..]);
                        let split = format!("{a}|{}", z.trim_start());
                        assert!(!b.contains(&split), "width {w}: {word} split in {b}");
                    }
                }
            }
        }
    }
}

#[test]
fn a_mark_is_never_alone_or_parted_from_its_word() {
    // The 2級 page's appraisal line ends with the ＊ of an inferred reading; the 1級 legend
    // has ★ and ◎ before their labels; the help names keys before their words.
    let after_word = "考課者との育成面談等を通じた成長）＊";
    let page = format!("被考課者（{after_word}");
    for w in 8..=60 {
        for l in wrap(&page, w, "", "  ") {
            assert!(!l.trim().starts_with('＊'), "width {w}: {l:?} in {page}");
        }
    }
    let legend = "記号：＊ 原資料からの読み（推定。o で注記と原文）　※ 原資料の注記・原文の綴り　★ 現在地　◎ あなたの入庁年目";
    for w in 24..=120 {
        let lines = wrap(legend, w, "", "");
        for l in &lines {
            for mark in ['＊', '※', '★', '◎'] {
                assert!(
                    !l.ends_with(mark),
                    "width {w}: {mark} parted from its label: {lines:#?}"
                );
            }
            assert!(!l.ends_with(" o") && !l.starts_with("で注記"), "{lines:#?}");
        }
    }
    // At the width of the 1級 detail pane at 80x24 the tester saw 「原文の綴り　★ / 現在地」.
    let legend_1 = "記号：※ 原資料の注記・原文の綴り　★ 現在地　◎ あなたの入庁年目";
    assert!(
        wrap(legend_1, 38, "", "")
            .iter()
            .any(|l| l.contains("★ 現在地")),
        "{:#?}",
        wrap(legend_1, 38, "", "")
    );
    // A key name at the end of a line before its word (… 4 比較 5 / 用語集), in English too.
    let en = "Choose a screen by number (1 ladder 2 overview 3 trainings 4 compare 5 glossary 6 my record)";
    for w in 16..=90 {
        for l in wrap(en, w, "", "") {
            assert!(
                !l.ends_with(|c: char| c.is_ascii_digit()),
                "width {w}: {l:?}"
            );
        }
    }
}

#[test]
fn a_title_is_never_cut_inside_a_bracket_or_a_word() {
    for t in [
        "取組1（NEW）いつでも、どこでも学べる環境の整備(各研修共通)",
        "上司に聞きたいこと（Esc で終える）",
        "新任課長補佐級研修「マネジメントの基礎と実践」の受講",
    ] {
        for w in 12..=70 {
            let cut = wrap::cut_title(t, w);
            assert!(wrap::width(&cut) <= w, "{cut:?} wider than {w}");
            if cut == t {
                continue;
            }
            let body = cut.trim_end_matches('…');
            assert!(t.starts_with(body), "{cut:?}");
            let opens = body.chars().filter(|c| "（(「".contains(*c)).count();
            let closes = body.chars().filter(|c| "）)」".contains(*c)).count();
            assert_eq!(opens, closes, "width {w}: {cut:?} is cut inside a bracket");
        }
    }
    // Only a one-letter key or a number clings to the English word after it: short words
    // fill the line as they come.
    let lines = wrap(
        "Choose your step. Besides the line posts, specialist posts can be chosen too.",
        36,
        "",
        "",
    );
    assert_eq!(lines[1], "posts, specialist posts can be", "{lines:#?}");
    // English brackets too: a training's [year 1 of service] stays whole.
    let en = "—  1～5年目職員研修 (year 1) [year 1 of service]";
    for w in 24..=60 {
        let lines = wrap(en, w, "  ", "    ");
        assert!(
            lines.iter().any(|l| l.contains("[year 1 of service]")),
            "width {w}: {lines:#?}"
        );
    }
    assert_eq!(
        wrap::cut_title("上司に聞きたいこと（Esc で終える）", 30),
        "上司に聞きたいこと…"
    );
}
