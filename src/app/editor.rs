//! The text of a note being typed: lines, a cursor, and the keys that edit them. The face
//! wraps and draws it (see `screens::record`); nothing here knows the screen.
//!
//! Keys: a character is typed at the cursor; Enter (or Ctrl+M, Ctrl+J) breaks the line;
//! Backspace (Ctrl+H) and Delete (Ctrl+D) delete a character; Ctrl+W (Alt+Backspace) the
//! word before the cursor (a run of one kind of character: kanji, kana, ASCII letters and
//! digits) and Ctrl+K the rest of the line; ←→↑↓ (Ctrl+B/F/P/N) move, Home/End (Ctrl+A/E)
//! go to the line's ends, Ctrl+Home/Ctrl+End to the text's; Ctrl+U undoes a change (a run
//! of typed characters is one) and Ctrl+R (Ctrl+Y) redoes it. Ctrl+Z is not here: it
//! suspends the program, while typing too (`tui::is_suspend`).

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// How many changes can be undone, and how many bytes of text the kept versions may hold
/// together (a pasted megabyte is kept a few times, not fifty).
const UNDO_DEPTH: usize = 50;
const UNDO_BYTES: usize = 4 * 1024 * 1024;

/// A text being edited: never without a line, the cursor always on a character boundary of
/// a line (a column in chars, at most the line's length).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Editor {
    lines: Vec<String>,
    row: usize,
    col: usize,
    /// The column ↑ and ↓ aim for (kept across short lines), in display cells.
    goal: Option<usize>,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    /// The last change was a typed character: the next one joins its undo step.
    typing: bool,
    /// The rows the text was last drawn in: (line, its first character), in order. ↑↓ move
    /// by them; without them (before a first frame, after a change) by lines.
    rows: Vec<(usize, usize)>,
}

/// A version of the text (its lines joined) and where the cursor was.
type Snapshot = (String, usize, usize);

impl Editor {
    /// `text` to edit, the cursor at its end.
    pub fn new(text: &str) -> Editor {
        let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        if lines.is_empty() {
            lines.push(String::new());
        }
        let row = lines.len() - 1;
        let col = lines[row].chars().count();
        Editor {
            lines,
            row,
            col,
            goal: None,
            undo: Vec::new(),
            redo: Vec::new(),
            typing: false,
            rows: Vec::new(),
        }
    }

    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    /// The text, its lines joined by line breaks.
    pub fn text(&self) -> String {
        self.lines.join("\n")
    }

    /// (line, column in chars).
    pub fn cursor(&self) -> (usize, usize) {
        (self.row, self.col)
    }

    /// The rows the face wrapped the text into on the last frame: (line, first character of
    /// the row), in order. Ignored if they do not fit the text.
    pub fn set_rows(&mut self, rows: Vec<(usize, usize)>) {
        let fits = rows.windows(2).all(|w| w[0] < w[1])
            && rows
                .iter()
                .all(|&(l, c)| l < self.lines.len() && c <= self.len(l));
        self.rows = if fits { rows } else { Vec::new() };
    }

    /// Apply a key. True when the text changed.
    pub fn input(&mut self, key: KeyEvent) -> bool {
        if key.kind == KeyEventKind::Release {
            return false;
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        let goal = self.goal.take();
        let typing = std::mem::take(&mut self.typing);
        let changed = match (key.code, ctrl, alt) {
            (KeyCode::Char('m' | 'j'), true, _) | (KeyCode::Enter, _, _) => self.newline(),
            (KeyCode::Char('h'), true, _) | (KeyCode::Backspace, false, false) => {
                self.delete_back()
            }
            (KeyCode::Char('d'), true, _) | (KeyCode::Delete, _, false) => self.delete_forward(),
            (KeyCode::Char('w'), true, _) | (KeyCode::Backspace, _, true) => self.delete_word(),
            (KeyCode::Char('k'), true, _) => self.delete_to_end(),
            (KeyCode::Char('u'), true, _) => self.step(true),
            (KeyCode::Char('r' | 'y'), true, _) => self.step(false),
            (KeyCode::Char('b'), true, _) | (KeyCode::Left, _, _) => self.left(),
            (KeyCode::Char('f'), true, _) | (KeyCode::Right, _, _) => self.right(),
            (KeyCode::Char('p'), true, _) | (KeyCode::Up, _, _) => self.vertical(-1, goal),
            (KeyCode::Char('n'), true, _) | (KeyCode::Down, _, _) => self.vertical(1, goal),
            (KeyCode::Home, true, _) => {
                (self.row, self.col) = (0, 0);
                Changed::No
            }
            (KeyCode::End, true, _) => {
                self.row = self.lines.len() - 1;
                self.col = self.len(self.row);
                Changed::No
            }
            (KeyCode::Char('a'), true, _) | (KeyCode::Home, _, _) => {
                self.col = 0;
                Changed::No
            }
            (KeyCode::Char('e'), true, _) | (KeyCode::End, _, _) => {
                self.col = self.len(self.row);
                Changed::No
            }
            (KeyCode::Char(c), false, false) => {
                if !typing {
                    self.remember();
                }
                self.insert(c.encode_utf8(&mut [0; 4]));
                self.typing = true;
                Changed::Yes
            }
            _ => Changed::No,
        };
        matches!(changed, Changed::Yes)
    }

    /// Insert `text` at the cursor (line breaks break lines), as one change. True when
    /// anything was inserted.
    pub fn insert_str(&mut self, text: &str) -> bool {
        if text.is_empty() {
            return false;
        }
        self.typing = false;
        self.remember();
        self.insert(text);
        true
    }

    /// `text` inserted at the cursor, the cursor after it.
    fn insert(&mut self, text: &str) {
        let at = self.byte(self.row, self.col);
        let rest = self.lines[self.row].split_off(at);
        let mut parts = text.split('\n');
        if let Some(first) = parts.next() {
            self.lines[self.row].push_str(first);
        }
        // The other lines go in at once (one by one, each would move every line after it).
        let new: Vec<String> = parts.map(str::to_string).collect();
        let added = new.len();
        self.lines.splice(self.row + 1..self.row + 1, new);
        self.row += added;
        self.col = self.len(self.row);
        self.lines[self.row].push_str(&rest);
    }

    fn len(&self, row: usize) -> usize {
        self.lines[row].chars().count()
    }

    /// The byte of char `col` in line `row`.
    fn byte(&self, row: usize, col: usize) -> usize {
        let line = &self.lines[row];
        line.char_indices().nth(col).map_or(line.len(), |(b, _)| b)
    }

    /// Keep the text as it is before a change, to undo it.
    fn remember(&mut self) {
        // The rows on screen no longer match the text.
        self.rows.clear();
        self.undo.push((self.text(), self.row, self.col));
        self.redo.clear();
        let mut kept: usize = self.undo.iter().map(|(t, ..)| t.len()).sum();
        while self.undo.len() > 1 && (self.undo.len() > UNDO_DEPTH || kept > UNDO_BYTES) {
            kept -= self.undo.remove(0).0.len();
        }
    }

    fn newline(&mut self) -> Changed {
        self.insert_str("\n");
        Changed::Yes
    }

    fn delete_back(&mut self) -> Changed {
        if self.col > 0 {
            self.remember();
            let (from, to) = (
                self.byte(self.row, self.col - 1),
                self.byte(self.row, self.col),
            );
            self.lines[self.row].replace_range(from..to, "");
            self.col -= 1;
        } else if self.row > 0 {
            self.remember();
            let line = self.lines.remove(self.row);
            self.row -= 1;
            self.col = self.len(self.row);
            self.lines[self.row].push_str(&line);
        } else {
            return Changed::No;
        }
        Changed::Yes
    }

    fn delete_forward(&mut self) -> Changed {
        if self.col < self.len(self.row) {
            self.remember();
            let (from, to) = (
                self.byte(self.row, self.col),
                self.byte(self.row, self.col + 1),
            );
            self.lines[self.row].replace_range(from..to, "");
        } else if self.row + 1 < self.lines.len() {
            self.remember();
            let next = self.lines.remove(self.row + 1);
            self.lines[self.row].push_str(&next);
        } else {
            return Changed::No;
        }
        Changed::Yes
    }

    /// The spaces before the cursor and the word before them (at the line's start: the line
    /// break).
    fn delete_word(&mut self) -> Changed {
        if self.col == 0 {
            return self.delete_back();
        }
        let chars: Vec<char> = self.lines[self.row].chars().collect();
        let mut from = self.col;
        while from > 0 && chars[from - 1].is_whitespace() {
            from -= 1;
        }
        if from > 0 {
            let word = kind(chars[from - 1]);
            while from > 0 && kind(chars[from - 1]) == word && !chars[from - 1].is_whitespace() {
                from -= 1;
            }
        }
        self.remember();
        let (a, b) = (self.byte(self.row, from), self.byte(self.row, self.col));
        self.lines[self.row].replace_range(a..b, "");
        self.col = from;
        Changed::Yes
    }

    fn delete_to_end(&mut self) -> Changed {
        if self.col == self.len(self.row) {
            return self.delete_forward();
        }
        self.remember();
        let at = self.byte(self.row, self.col);
        self.lines[self.row].truncate(at);
        Changed::Yes
    }

    /// Undo (`back`) or redo: the text becomes the last version kept on that side, and the
    /// present one is kept on the other.
    fn step(&mut self, back: bool) -> Changed {
        let (from, to) = if back {
            (&mut self.undo, &mut self.redo)
        } else {
            (&mut self.redo, &mut self.undo)
        };
        let Some((text, row, col)) = from.pop() else {
            return Changed::No;
        };
        to.push((self.lines.join("\n"), self.row, self.col));
        self.lines = text.split('\n').map(str::to_string).collect();
        (self.row, self.col) = (row, col);
        self.rows.clear();
        Changed::Yes
    }

    fn left(&mut self) -> Changed {
        if self.col > 0 {
            self.col -= 1;
        } else if self.row > 0 {
            self.row -= 1;
            self.col = self.len(self.row);
        }
        Changed::No
    }

    fn right(&mut self) -> Changed {
        if self.col < self.len(self.row) {
            self.col += 1;
        } else if self.row + 1 < self.lines.len() {
            self.row += 1;
            self.col = 0;
        }
        Changed::No
    }

    /// One row up or down (a row on screen when the face said how it wrapped the text, else
    /// a line), at the same display column as far as the row reaches (the column aimed for is
    /// kept across shorter rows while ↑↓ are pressed).
    fn vertical(&mut self, by: isize, goal: Option<usize>) -> Changed {
        // Rows as (line, first char, end char): one per line without the face's rows.
        let rows: Vec<(usize, usize, usize)> = if self.rows.is_empty() {
            (0..self.lines.len()).map(|l| (l, 0, self.len(l))).collect()
        } else {
            let r = &self.rows;
            (0..r.len())
                .map(|i| {
                    let (l, c) = r[i];
                    let end = match r.get(i + 1) {
                        Some(&(next, s)) if next == l => s,
                        _ => self.len(l),
                    };
                    (l, c, end)
                })
                .collect()
        };
        let Some(here) = rows
            .iter()
            .rposition(|&(l, c, _)| l == self.row && c <= self.col)
        else {
            return Changed::No;
        };
        let cells = |l: usize, from: usize, to: usize| {
            let s: String = self.lines[l].chars().skip(from).take(to - from).collect();
            crate::wrap::width(&s)
        };
        let goal = goal.unwrap_or_else(|| cells(self.row, rows[here].1, self.col));
        let Some(&(l, from, end)) = here.checked_add_signed(by).and_then(|i| rows.get(i)) else {
            // Past the first or last row: to the text's start or end.
            self.col = if by < 0 { 0 } else { self.len(self.row) };
            return Changed::No;
        };
        // A row that wraps ends before the next row's first character (the cursor there
        // would stand on the next row).
        let last = if end < self.len(l) {
            end.saturating_sub(1).max(from)
        } else {
            end
        };
        self.row = l;
        self.col = from;
        let mut width = 0;
        for c in self.lines[l].chars().skip(from).take(last - from) {
            let w = crate::wrap::width(c.encode_utf8(&mut [0; 4]));
            if width + w > goal {
                break;
            }
            width += w;
            self.col += 1;
        }
        self.goal = Some(goal);
        Changed::No
    }
}

/// The kind of a character, for Ctrl+W: Japanese has no spaces between words, so a word is
/// a run of one kind (kanji, hiragana, katakana, ASCII letters and digits, other).
fn kind(c: char) -> u8 {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' | '_' => 1,
        '\u{3041}'..='\u{309F}' => 2,
        '\u{30A0}'..='\u{30FF}' | '\u{FF66}'..='\u{FF9F}' => 3,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '々' => 4,
        _ => 0,
    }
}

/// Whether a key changed the text (moves do not).
enum Changed {
    Yes,
    No,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    fn typed(e: &mut Editor, s: &str) {
        for c in s.chars() {
            assert!(e.input(key(KeyCode::Char(c))));
        }
    }

    #[test]
    fn a_new_editor_starts_at_the_end() {
        let e = Editor::new("一行目\n二行目です");
        assert_eq!(e.cursor(), (1, 5));
        assert_eq!(Editor::new("").lines(), [""]);
        assert_eq!(Editor::new("").cursor(), (0, 0));
    }

    #[test]
    fn typing_enter_and_backspace() {
        let mut e = Editor::new("");
        typed(&mut e, "研修");
        assert!(e.input(key(KeyCode::Enter)));
        typed(&mut e, "OJT");
        assert_eq!(e.text(), "研修\nOJT");
        assert_eq!(e.cursor(), (1, 3));
        // Backspace at a line's start joins it to the line above.
        for _ in 0..3 {
            assert!(!e.input(key(KeyCode::Left)));
        }
        assert!(e.input(key(KeyCode::Backspace)));
        assert_eq!(e.text(), "研修OJT");
        assert_eq!(e.cursor(), (0, 2));
        assert!(e.input(key(KeyCode::Backspace)));
        assert_eq!(e.text(), "研OJT");
        // Nothing to delete at the very start.
        assert!(!e.input(key(KeyCode::Home)));
        assert!(!e.input(key(KeyCode::Backspace)));
        // Delete takes the character under the cursor, and joins lines at a line's end.
        assert!(e.input(key(KeyCode::Delete)));
        assert_eq!(e.text(), "OJT");
        e.insert_str("\n");
        assert_eq!(e.text(), "\nOJT");
        assert!(!e.input(key(KeyCode::Up)) && e.cursor() == (0, 0));
        assert!(e.input(key(KeyCode::Delete)));
        assert_eq!(e.text(), "OJT");
    }

    #[test]
    fn up_and_down_keep_the_display_column() {
        // "研修" is four cells wide: the column under its end in "abcdef" is 4.
        let mut e = Editor::new("abcdef\n研修\nxy");
        // From the end of "xy" (two cells): after 研.
        e.input(key(KeyCode::Up));
        assert_eq!(e.cursor(), (1, 1));
        e.input(key(KeyCode::End));
        e.input(key(KeyCode::Up));
        assert_eq!(e.cursor(), (0, 4));
        // Through a shorter line and back, the column aimed for is kept.
        e.input(key(KeyCode::End));
        e.input(key(KeyCode::Down));
        assert_eq!(e.cursor(), (1, 2));
        e.input(key(KeyCode::Down));
        assert_eq!(e.cursor(), (2, 2));
        e.input(key(KeyCode::Up));
        e.input(key(KeyCode::Up));
        assert_eq!(e.cursor(), (0, 6));
        // Above the first line: its start; below the last: its end.
        e.input(key(KeyCode::Up));
        assert_eq!(e.cursor(), (0, 0));
        e.input(ctrl('n'));
        e.input(ctrl('n'));
        e.input(key(KeyCode::Down));
        assert_eq!(e.cursor(), (2, 2));
        e.input(KeyEvent::new(KeyCode::Home, KeyModifiers::CONTROL));
        assert_eq!(e.cursor(), (0, 0));
    }

    #[test]
    fn up_and_down_move_by_the_rows_on_screen() {
        // One line wrapped into three rows of four cells: 研修計画 / を立てて / 実行する.
        let mut e = Editor::new("研修計画を立てて実行する\n次");
        e.set_rows(vec![(0, 0), (0, 4), (0, 8), (1, 0)]);
        e.input(key(KeyCode::Up));
        // From the end of 次 (two cells) to two cells into the last row of the line above.
        assert_eq!(e.cursor(), (0, 9));
        e.input(key(KeyCode::Up));
        assert_eq!(e.cursor(), (0, 5));
        e.input(key(KeyCode::Up));
        assert_eq!(e.cursor(), (0, 1));
        // At the end of a row that wraps, the cursor stays on that row (before its last
        // character), not at the next row's start.
        e.input(key(KeyCode::End));
        e.input(key(KeyCode::Up));
        assert_eq!(e.cursor(), (0, 7));
        // Rows that do not fit the text are not used: back to lines.
        e.set_rows(vec![(0, 0), (3, 0)]);
        e.input(key(KeyCode::Down));
        assert_eq!(e.cursor(), (1, 1));
        // A change drops the rows (they were the text before it).
        e.set_rows(vec![(0, 0), (0, 4), (0, 8), (1, 0)]);
        typed(&mut e, "x");
        assert!(e.rows.is_empty());
    }

    #[test]
    fn words_lines_undo_and_redo() {
        let mut e = Editor::new("面談で 聞きたい こと");
        assert!(e.input(ctrl('w')));
        assert_eq!(e.text(), "面談で 聞きたい ");
        // Kana after a kanji: the kana go first.
        assert!(e.input(ctrl('w')));
        assert_eq!(e.text(), "面談で 聞");
        assert!(e.input(ctrl('w')));
        assert_eq!(e.text(), "面談で ");
        e.input(ctrl('a'));
        e.input(key(KeyCode::Right));
        assert!(e.input(ctrl('k')));
        assert_eq!(e.text(), "面");
        assert!(e.input(ctrl('u')));
        assert_eq!(e.text(), "面談で ");
        assert_eq!(e.cursor(), (0, 1));
        assert!(e.input(ctrl('u')) && e.input(ctrl('u')) && e.input(ctrl('u')));
        assert_eq!(e.text(), "面談で 聞きたい こと");
        assert!(!e.input(ctrl('u')), "nothing left to undo");
        assert!(e.input(ctrl('r')));
        assert_eq!(e.text(), "面談で 聞きたい ");
        // A new change drops what could be redone.
        typed(&mut e, "x");
        assert!(!e.input(ctrl('r')));
    }

    #[test]
    fn a_run_of_typed_characters_is_one_undo_step() {
        let mut e = Editor::new("");
        typed(&mut e, "研修計画");
        e.input(key(KeyCode::Left));
        typed(&mut e, "を");
        assert_eq!(e.text(), "研修計を画");
        assert!(e.input(ctrl('u')));
        assert_eq!(e.text(), "研修計画");
        assert!(e.input(ctrl('u')));
        assert_eq!(e.text(), "");
        assert!(!e.input(ctrl('u')));
        assert!(e.input(ctrl('r')) && e.input(ctrl('r')));
        assert_eq!(e.text(), "研修計を画");
    }

    #[test]
    fn ctrl_w_takes_a_run_of_one_kind_of_character() {
        let mut e = Editor::new("OJT推進者として後輩をサポート する");
        let words = |e: &mut Editor| {
            let mut out = Vec::new();
            while e.input(ctrl('w')) {
                out.push(e.text());
            }
            out
        };
        assert_eq!(
            words(&mut e),
            [
                "OJT推進者として後輩をサポート ",
                "OJT推進者として後輩を",
                "OJT推進者として後輩",
                "OJT推進者として",
                "OJT推進者",
                "OJT",
                "",
            ]
        );
    }

    #[test]
    fn what_is_kept_for_undo_is_bounded() {
        // Small changes: the last 50.
        let mut e = Editor::new("");
        for _ in 0..80 {
            e.input(key(KeyCode::Enter));
        }
        assert_eq!(e.undo.len(), UNDO_DEPTH);
        // Pastes of a megabyte (the paste limit): the versions kept stay under 4 MB, or are
        // only the last one when the note alone is larger.
        let mut e = Editor::new("");
        let big = "あ\n".repeat(250_000);
        for n in 1..=6 {
            assert!(e.insert_str(&big));
            let kept: usize = e.undo.iter().map(|(t, ..)| t.len()).sum();
            assert!(kept <= UNDO_BYTES || e.undo.len() == 1, "{n}: {kept}");
        }
        assert_eq!(e.lines().len(), 1_500_001);
        // The latest change can still be undone.
        assert!(e.input(ctrl('u')));
        assert_eq!(e.lines().len(), 1_250_001);
    }

    #[test]
    fn a_paste_is_one_change_with_its_line_breaks() {
        let mut e = Editor::new("前後");
        e.input(key(KeyCode::Left));
        assert!(e.insert_str("一\n二\n三"));
        assert_eq!(e.lines(), ["前一", "二", "三後"]);
        assert_eq!(e.cursor(), (2, 1));
        assert!(e.input(ctrl('u')));
        assert_eq!(e.text(), "前後");
        assert!(!e.insert_str(""));
    }

    #[test]
    fn keys_that_are_not_editing_change_nothing() {
        let mut e = Editor::new("x");
        for k in [
            key(KeyCode::F(1)),
            key(KeyCode::Tab),
            ctrl('q'),
            // Ctrl+Z suspends the program before a key reaches the editor.
            ctrl('z'),
            KeyEvent::new(KeyCode::Char('x'), KeyModifiers::ALT),
        ] {
            assert!(!e.input(k), "{k:?}");
        }
        let mut release = key(KeyCode::Char('y'));
        release.kind = KeyEventKind::Release;
        assert!(!e.input(release));
        assert_eq!(e.text(), "x");
    }
}
