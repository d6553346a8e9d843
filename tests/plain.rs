//! Plain mode (`--plain`, TERM=dumb): screens as lines and numbered menus, driven line by
//! line from input, as a screen reader user or a pipe would.

use std::io::Cursor;

use career_nav::app::App;
use career_nav::content::Standing;
use career_nav::model::{self, CareerMap};
use career_nav::plain::run;

/// What plain mode says (in Japanese, by default) to a choice not on the menu.
const NO_SUCH_NUMBER: &str = "その番号はありません。";
use career_nav::record::Record;
use career_nav::store::Store;

fn map() -> CareerMap {
    model::load_embedded().expect("the embedded map is valid")
}

/// Run plain mode on `input` (its lines) and return everything it printed.
fn drive_with(standing: Option<Standing>, record: Option<&Record>, input: &[u8]) -> String {
    let mut app = App::new(map(), None);
    if let Some(r) = record {
        app.record = r.clone();
    }
    if let Some(s) = standing {
        app.stand(s);
    }
    let mut store = Store::memory();
    app.record_read_only = store.read_only_reason().map(ToString::to_string);
    let mut input = Cursor::new(input.to_vec());
    let mut output = Vec::new();
    run(&mut app, &mut store, &mut input, &mut output).expect("plain mode runs");
    String::from_utf8(output).expect("output is UTF-8")
}

fn drive(lines: &[&str]) -> String {
    let mut input = lines.join("\n");
    input.push('\n');
    drive_with(None, None, input.as_bytes())
}

/// Positions of `needles` in `hay`, in order; panics when one is missing or out of order.
fn assert_in_order(hay: &str, needles: &[&str]) {
    let mut from = 0;
    for n in needles {
        match hay[from..].find(n) {
            Some(p) => from += p + n.len(),
            None => panic!("{n:?} not found (in order) in:\n{hay}"),
        }
    }
}

/// How many times the main menu was shown.
fn main_menus(out: &str) -> usize {
    out.matches("[メニュー] 番号を入力して Enter：").count()
}

fn assert_plain(out: &str) {
    assert!(!out.contains('\x1b'), "an escape code in:\n{out}");
    assert!(
        !out.chars().any(|c| ('\u{2500}'..='\u{257F}').contains(&c)),
        "box drawing in:\n{out}"
    );
    assert!(
        !out.chars().any(|c| c.is_control() && c != '\n'),
        "a control character in the output"
    );
}

#[test]
fn main_menu_names_every_screen_and_quits_with_0() {
    let out = drive(&["0"]);
    assert_in_order(
        &out,
        &[
            "[メニュー] 番号を入力して Enter：",
            "1 職位の階段をたどる",
            "2 全体像（施策①～⑩、取組）",
            "3 研修一覧",
            "4 二つの職位を比較",
            "5 用語集",
            "6 検索",
            "7 現在地を選ぶ（いま：未設定）",
            "8 わたしの記録（自己チェック・研修の記録・メモ・面談シート）",
            "0 終了",
            "> ",
            "終了します。",
        ],
    );
    assert_plain(&out);
}

#[test]
fn walk_the_ladder_from_1kyu_to_bucho() {
    // The ladder, then 1級, then "one up" six times, then one more (not offered at the top).
    let out = drive(&["1", "1", "1", "1", "1", "1", "1", "1", "1"]);
    let roles = [
        "■ 1級　行政サービス活動の遂行者",
        "■ 2級　行政サービス活動の自律的遂行者",
        "■ 主任　行政サービス活動の効率的推進者",
        "■ グループ長　行政サービス活動グループの運営者",
        "■ 課長補佐　課の総合調整者／行政サービスの管理者",
        "■ 課長　課の統括者／市行政の政策立案・執行の第一義的責任者",
        "■ 部長　部の統括者／市行政の経営者",
    ];
    assert_in_order(&out, &roles);
    // The step menu says where each choice goes.
    assert_in_order(
        &out,
        &[
            "[1級のページ] 番号を入力して Enter：",
            "1 一つ上の職位へ（2級）",
            "3 昇任で変わること（1級 → 2級 の比較）",
            "0 戻る",
        ],
    );
    // At the top there is no step above: "1" is refused and the menu shown again.
    let top = out.rfind("■ 部長").unwrap();
    let after = &out[top..];
    assert!(!after.contains("一つ上の職位へ"), "{after}");
    assert_in_order(
        after,
        &[
            "2 一つ下の職位へ（課長）",
            "3 昇任で変わること（課長 → 部長 の比較）",
            NO_SUCH_NUMBER,
            "[部長のページ] 番号を入力して Enter：",
        ],
    );
    // No TUI key hint is left.
    assert!(!out.contains("（c で、"));
    assert!(out.contains("入力が終わったため、終了します。"));
    assert_plain(&out);
}

#[test]
fn step_down_and_compare_from_a_step() {
    let out = drive(&["1", "3", "2", "3", "0", "0", "0"]);
    // 主任, one down to 2級, compare 2級 → 主任.
    assert_in_order(
        &out,
        &[
            "■ 主任　",
            "■ 2級　",
            "■ 昇任で変わること：2級 → 主任",
            "[2級のページ] 番号を入力して Enter：",
            "[職位の階段] 番号を入力して Enter：",
            "[メニュー] 番号を入力して Enter：",
            "終了します。",
        ],
    );
}

#[test]
fn specialist_tiers_are_on_the_ladder_menu() {
    let map = map();
    let out = drive(&["1", "8", "1", "3", "q"]);
    let tiers: Vec<String> = map
        .specialist_tiers
        .iter()
        .map(|t| format!("■ スタッフ職（{}）", t.name))
        .collect();
    assert_in_order(
        &out,
        &[
            "8 スタッフ職（副主幹・副技監・主幹・技監）",
            &tiers[0],
            "1 一つ上のスタッフ職へ",
            &tiers[1],
            "2 一つ下のスタッフ職へ",
            "3 同じ水準のライン職との比較",
            "■ 比較：",
            "終了します。",
        ],
    );
}

#[test]
fn overview_lists_measures_and_initiatives_and_shows_a_topic() {
    let map = map();
    let last = map.initiatives.len();
    let out = drive(&["2", "11", "1", "0", "0", "0"]);
    assert_in_order(&out, &["[全体像] 番号を入力して Enter：", "⑩", "取組8"]);
    assert_eq!(last, 8);
    // Topic 11 is ⑩ (after 目指すべき職員像 and ①–⑨); "next" goes to 取組1.
    assert_in_order(&out, &["11 ⑩", "■ ⑩", "1 次へ（取組1", "■ 取組1"]);
    assert_plain(&out);
}

#[test]
fn overview_whole_document() {
    let whole = career_nav::content::topics(&map()).len() + 1;
    let out = drive(&["2", &whole.to_string(), "0", "0"]);
    assert!(
        out.contains(&format!("{whole} 全体像を全部続けて表示する")),
        "{out}"
    );
    assert_in_order(
        &out,
        &[
            "■ 人材育成のための施策リスト（人材育成マップ）",
            "■ 基礎調査等",
        ],
    );
}

#[test]
fn catalog_by_measure_then_a_training_then_its_step() {
    let out = drive(&["3", "1", "6", "3", "0", "0", "0", "0", "0"]);
    assert_in_order(
        &out,
        &[
            "■ 研修一覧（43件）",
            "1 ①階層別研修（",
            "[研修一覧：①階層別研修] 番号を入力して Enter：",
            "6 新任主任研修［主任への昇任時］",
            "■ 新任主任研修",
            "3 この研修を受ける職位のページへ（主任）",
            "■ 主任　",
            "終了します。",
        ],
    );
    assert!(!out.contains("Enter でその職位へ"));
}

#[test]
fn glossary_term_page() {
    let out = drive(&["5", "1", "1", "0", "0", "0"]);
    assert_in_order(
        &out,
        &[
            "■ 用語集",
            "1 考課者(一次)",
            "■ 考課者(一次)",
            "1 次へ（考課者(二次)",
            "■ 考課者(二次)",
        ],
    );
}

#[test]
fn search_in_hiragana_then_open_a_hit() {
    let out = drive(&["6", "でーた", "1", "0", "0", "", "0"]);
    assert_in_order(
        &out,
        &[
            "[検索] 探す言葉を入力して Enter",
            "「でーた」の検索結果：",
            "[「でーた」の検索結果] 番号を入力して Enter：",
            "1 ",
            "（場所：",
        ],
    );
    // Choosing the first hit shows its page: a page title follows the hit list.
    let list = out.find("[「でーた」の検索結果]").unwrap();
    assert!(out[list..].contains("\n■ "), "{out}");
    assert!(out.contains("データ"));
    assert_eq!(main_menus(&out), 2);
    assert!(out.trim_end().ends_with("終了します。"));
    assert_plain(&out);
}

#[test]
fn search_with_no_hits_asks_again() {
    let out = drive(&["6", "zzzzqqq", "", "0"]);
    assert_in_order(
        &out,
        &[
            "「zzzzqqq」に一致する項目はありません。",
            "[検索] 探す言葉を入力して Enter",
            "[メニュー]",
        ],
    );
}

#[test]
fn compare_two_places() {
    let out = drive(&["4", "3", "5", "0", "0"]);
    assert_in_order(
        &out,
        &[
            "[比較：一つ目の職位を選ぶ] 番号を入力して Enter：",
            "[比較：二つ目の職位を選ぶ（一つ目は主任）] 番号を入力して Enter：",
            "■ 比較：主任 と 課長補佐",
            "【役割名】",
            "[比較：一つ目の職位を選ぶ]",
            "[メニュー]",
        ],
    );
}

#[test]
fn choose_where_you_stand_by_title_and_full_width_year() {
    let out = drive(&["7", "施設の長", "３", "0", "0"]);
    assert_in_order(
        &out,
        &[
            "[現在地：職位] 職位名か番号を入力して Enter：",
            "[現在地：入庁年目] 施設の長。",
            "現在地を「施設の長（入庁3年目）」にしました",
            "■ グループ長　",
            "★ 現在地：施設の長（入庁3年目）",
            "[メニュー]",
            "7 現在地を選ぶ（いま：施設の長（入庁3年目））",
        ],
    );
}

#[test]
fn standing_marks_the_ladder_and_the_year() {
    let map = map();
    let m = map.resolve_title("2級").unwrap();
    let standing = Standing {
        place: m.place,
        title: m.title,
        year: Some(2),
    };
    let out = drive_with(Some(standing), None, "1\n2\n".as_bytes());
    assert_in_order(
        &out,
        &[
            "現在地：2級（入庁2年目）",
            "2 2級　行政サービス活動の自律的遂行者（現在地）",
            "★ 現在地：2級（入庁2年目）",
            "◎ 2年目：",
        ],
    );
}

#[test]
fn bad_titles_and_years_are_asked_again() {
    let out = drive(&[
        "7", "", "社長", "99", "主任", "abc", "-3", "46", "１２", "0", "0",
    ]);
    assert_in_order(
        &out,
        &[
            NO_SUCH_NUMBER,
            "「社長」という職位は見つかりません。",
            NO_SUCH_NUMBER,
            "[現在地：入庁年目] 主任。",
            "入庁年目は 1～45 の数字で入力してください。",
            "入庁年目は 1～45 の数字で入力してください。",
            "入庁年目は 1～45 の数字で入力してください。",
            "現在地を「主任（入庁12年目）」にしました",
        ],
    );
}

#[test]
fn bad_input_says_so_and_shows_the_menu_again() {
    let long = "9".repeat(10 * 1024);
    let long_text = "あ".repeat(5000);
    let out = drive(&["", "99", "abc", &long, &long_text, "-1", "1.5", "0"]);
    assert_eq!(out.matches(NO_SUCH_NUMBER).count(), 7, "{out}");
    assert_eq!(main_menus(&out), 8);
    // Each message is followed by the menu.
    for (i, _) in out.match_indices(NO_SUCH_NUMBER) {
        assert!(out[i..].contains("[メニュー] 番号を入力して Enter："));
    }
    assert!(out.trim_end().ends_with("終了します。"));
    assert_plain(&out);
}

#[test]
fn full_width_digits_work_like_ascii() {
    let ascii = drive(&["1", "3", "0", "0", "0"]);
    let full = drive(&["１", "３", "０", "０", "０"]);
    assert_eq!(ascii, full);
    assert!(full.contains("■ 主任　"));
}

#[test]
fn invalid_utf8_and_crlf_are_tolerated() {
    let out = drive_with(None, None, b"\xff\xfe\r\n1\r\n0\r\n0\r\n");
    assert_eq!(out.matches(NO_SUCH_NUMBER).count(), 1);
    assert!(out.contains("[職位の階段] 番号を入力して Enter："));
    assert!(out.trim_end().ends_with("終了します。"));
}

#[test]
fn end_of_input_ends_cleanly_anywhere() {
    for input in [
        "",
        "1",
        "1\n3",
        "2\n5\n",
        "3\n1\n",
        "4\n1\n",
        "5\n",
        "6\n",
        "6\nでーた\n",
        "7\n",
        "7\n主任\n",
        "garbage",
    ] {
        let out = drive_with(None, None, input.as_bytes());
        assert!(
            out.trim_end().ends_with("入力が終わったため、終了します。"),
            "{input:?}:\n{out}"
        );
        assert_plain(&out);
    }
}

#[test]
fn q_quits_from_anywhere() {
    for input in [
        "q\n",
        "Q\n",
        "ｑ\n",
        "1\nq\n",
        "1\n1\nq\n",
        "2\n1\nq\n",
        "6\nq\n",
        "6\nでーた\nq\n",
        "7\nq\n",
        "7\n主任\nq\n",
        "4\n1\nq\n",
    ] {
        // Lines after q are never read.
        let out = drive_with(None, None, format!("{input}1\n1\n").as_bytes());
        assert!(
            out.trim_end().ends_with("\n終了します。"),
            "{input:?}:\n{out}"
        );
    }
}

#[test]
fn record_shows_the_interview_sheet() {
    let record = Record {
        notes: "面談で話したいこと\u{1b}[31m".into(),
        ..Record::default()
    };
    let out = drive_with(None, Some(&record), "8\n0\n".as_bytes());
    assert_in_order(
        &out,
        &[
            "8 わたしの記録（自己チェック・研修の記録・メモ・面談シート）",
            "■ 育成面談シート",
            "面談で話したいこと",
            // Opened on a record that is not saved (a memory store): said, not hidden.
            "この記録は読むだけです",
            // Only what the navigator allows is offered: nothing that would change the
            // record, only reading and writing out the sheet.
            "[わたしの記録] 番号を入力して Enter：",
            "6 面談シートをファイルに書き出す",
            "7 面談シートを読む",
            "[メニュー]",
        ],
    );
    for refused in [
        "1 自己チェックを付ける",
        "2 研修の記録を付ける",
        "3 育成面談のメモ",
        "5 今日の",
    ] {
        assert!(
            !out.contains(refused),
            "{refused} offered on a read-only record:\n{out}"
        );
    }
    assert_plain(&out);
}

#[test]
fn every_screen_is_plain_text() {
    // Visit every main entry and a page in each.
    let out = drive(&[
        "1",
        "1",
        "3",
        "0",
        "9",
        "0",
        "0",
        "2",
        "1",
        "0",
        "21",
        "0",
        "3",
        "1",
        "1",
        "0",
        "0",
        "12",
        "0",
        "4",
        "1",
        "9",
        "0",
        "5",
        "1",
        "0",
        "12",
        "0",
        "6",
        "研修",
        "1",
        "0",
        "0",
        "",
        "7",
        "副参事",
        "30",
        "0",
        "0",
    ]);
    assert_plain(&out);
    assert!(out.trim_end().ends_with("\n終了します。"), "{out}");
    // Every menu line is a number, a space and a label.
    for line in out.lines() {
        if let Some((n, rest)) = line.split_once(' ')
            && n.bytes().all(|b| b.is_ascii_digit())
            && !n.is_empty()
        {
            assert!(!rest.trim().is_empty(), "an empty menu label: {line:?}");
        }
    }
}

#[test]
fn in_a_terminal_lines_break_between_phrases_at_its_width() {
    // A terminal of 40 and of 80 columns: the ladder, 主任's page, the record.
    for cols in [40usize, 80] {
        let mut app = App::new(map(), None);
        let m = app.map.resolve_title("主任").unwrap();
        app.stand(Standing {
            place: m.place,
            title: m.title,
            year: Some(8),
        });
        let mut store = Store::memory();
        let mut input = Cursor::new(b"1\n3\n0\n0\n8\nq\n".to_vec());
        let mut out = Vec::new();
        career_nav::plain::run_at(
            &mut app,
            &mut store,
            &mut input,
            &mut out,
            career_nav::plain::Width::Columns(cols),
        )
        .unwrap();
        let out = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        for l in &lines {
            assert!(
                career_nav::wrap::width(l) < cols,
                "{cols}: {l:?} is too wide"
            );
            // No line starts with what must end the line before it.
            let t = l.trim_start();
            assert!(
                !t.starts_with('。') && !t.starts_with('、'),
                "{cols}: {l:?}"
            );
        }
        // Words stay whole: 施策 and OJT推進者 are never split across lines.
        let joined = lines.join("\n");
        for word in ["施策", "OJT推進者", "育成面談"] {
            let split = (1..word.chars().count()).any(|i| {
                let (a, b): (String, String) = (
                    word.chars().take(i).collect(),
                    word.chars().skip(i).collect(),
                );
                joined.contains(&format!("{a}\n{}", b))
                    || lines.iter().zip(lines.iter().skip(1)).any(|(x, y)| {
                        x.ends_with(&a) && y.trim_start().starts_with(&b) && !x.ends_with(word)
                    })
            });
            assert!(!split, "{cols}: {word} split in:\n{joined}");
        }
        // A bullet's continuation starts under its text.
        assert!(joined.contains("【職位に応じた役割】"), "{joined}");
    }
}
