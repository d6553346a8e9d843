//! The one table of keys. Input, the help screen and the hint bar all read [`BINDINGS`], so
//! a key cannot work without being documented, nor be documented without working.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What a key asks the app to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Select,
    Back,
    FocusNext,
    FocusPrev,
    ChangeStanding,
    Help,
    Quit,
    Digit(u8),
    DeleteDigit,
}

/// Where the keys are read: each has its own bindings and hints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// Choosing a grade in the picker.
    PickGrade,
    /// Entering the year of service in the picker.
    PickYear,
    /// The ladder has focus.
    Ladder,
    /// The detail pane has focus.
    Detail,
    /// The help screen is open.
    Help,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::PickGrade => "現在地の選択：職位",
            Context::PickYear => "現在地の選択：入庁年目",
            Context::Ladder => "職位の階段",
            Context::Detail => "詳細",
            Context::Help => "ヘルプ",
        }
    }

    pub const ALL: [Context; 5] = [
        Context::PickGrade,
        Context::PickYear,
        Context::Ladder,
        Context::Detail,
        Context::Help,
    ];
}

/// A key as the table names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Code(KeyCode),
    Ctrl(char),
    /// Any of 0–9.
    AnyDigit,
}

impl Key {
    fn matches(self, ev: &KeyEvent) -> Option<Action> {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        match self {
            Key::Ctrl(c) => (ctrl && ev.code == KeyCode::Char(c)).then_some(Action::Quit),
            Key::Code(code) => (!ctrl && ev.code == code).then_some(Action::Quit),
            Key::AnyDigit => match ev.code {
                KeyCode::Char(c) if !ctrl && c.is_ascii_digit() => {
                    Some(Action::Digit(c as u8 - b'0'))
                }
                _ => None,
            },
        }
    }

    /// How the key is written in help and hints.
    pub fn label(self) -> String {
        match self {
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::AnyDigit => "0-9".into(),
            Key::Code(code) => match code {
                KeyCode::Up => "↑".into(),
                KeyCode::Down => "↓".into(),
                KeyCode::Left => "←".into(),
                KeyCode::Right => "→".into(),
                KeyCode::PageUp => "PgUp".into(),
                KeyCode::PageDown => "PgDn".into(),
                KeyCode::Home => "Home".into(),
                KeyCode::End => "End".into(),
                KeyCode::Enter => "Enter".into(),
                KeyCode::Esc => "Esc".into(),
                KeyCode::Tab => "Tab".into(),
                KeyCode::BackTab => "Shift-Tab".into(),
                KeyCode::Backspace => "BS".into(),
                KeyCode::Char(' ') => "Space".into(),
                KeyCode::Char(c) => c.to_string(),
                other => format!("{other:?}"),
            },
        }
    }
}

/// One row of the table.
pub struct Binding {
    pub contexts: &'static [Context],
    pub keys: &'static [Key],
    pub action: Action,
    /// What the help screen says the key does.
    pub help: &'static str,
    /// The word in the hint bar; rows with the same word in a context share one hint.
    pub hint: Option<&'static str>,
}

use Context::*;
use Key::{AnyDigit, Code, Ctrl};

const MAIN: &[Context] = &[Ladder, Detail];
const LISTS: &[Context] = &[PickGrade, Detail, Help];
const EVERYWHERE: &[Context] = &[PickGrade, PickYear, Ladder, Detail, Help];

pub const BINDINGS: &[Binding] = &[
    Binding {
        contexts: &[PickGrade, Ladder],
        keys: &[Code(KeyCode::Down), Code(KeyCode::Char('j'))],
        action: Action::Down,
        help: "下へ（職位を一つ下へ）",
        hint: Some("移動"),
    },
    Binding {
        contexts: &[PickGrade, Ladder],
        keys: &[Code(KeyCode::Up), Code(KeyCode::Char('k'))],
        action: Action::Up,
        help: "上へ（職位を一つ上へ）",
        hint: Some("移動"),
    },
    Binding {
        contexts: &[Detail, Help],
        keys: &[Code(KeyCode::Down), Code(KeyCode::Char('j'))],
        action: Action::Down,
        help: "一行下へスクロール",
        hint: Some("スクロール"),
    },
    Binding {
        contexts: &[Detail, Help],
        keys: &[Code(KeyCode::Up), Code(KeyCode::Char('k'))],
        action: Action::Up,
        help: "一行上へスクロール",
        hint: Some("スクロール"),
    },
    Binding {
        contexts: &[PickYear],
        keys: &[Code(KeyCode::Up), Code(KeyCode::Char('k'))],
        action: Action::Up,
        help: "年数を一つ増やす",
        hint: Some("増減"),
    },
    Binding {
        contexts: &[PickYear],
        keys: &[Code(KeyCode::Down), Code(KeyCode::Char('j'))],
        action: Action::Down,
        help: "年数を一つ減らす",
        hint: Some("増減"),
    },
    Binding {
        contexts: &[PickYear],
        keys: &[AnyDigit],
        action: Action::Digit(0),
        help: "年数を数字で入力",
        hint: Some("入力"),
    },
    Binding {
        contexts: &[PickYear],
        keys: &[Code(KeyCode::Backspace)],
        action: Action::DeleteDigit,
        help: "入力した数字を一つ消す",
        hint: None,
    },
    Binding {
        contexts: &[Ladder],
        keys: &[Code(KeyCode::Right), Code(KeyCode::Char('l'))],
        action: Action::Right,
        help: "同じ水準のスタッフ職へ",
        hint: Some("ライン職/スタッフ職"),
    },
    Binding {
        contexts: &[Ladder],
        keys: &[Code(KeyCode::Left), Code(KeyCode::Char('h'))],
        action: Action::Left,
        help: "ライン職へ戻る",
        hint: Some("ライン職/スタッフ職"),
    },
    Binding {
        contexts: LISTS,
        keys: &[Code(KeyCode::PageDown), Code(KeyCode::Char(' '))],
        action: Action::PageDown,
        help: "一画面下へ",
        hint: None,
    },
    Binding {
        contexts: LISTS,
        keys: &[Code(KeyCode::PageUp)],
        action: Action::PageUp,
        help: "一画面上へ",
        hint: None,
    },
    Binding {
        contexts: LISTS,
        keys: &[Code(KeyCode::Home), Code(KeyCode::Char('g'))],
        action: Action::Home,
        help: "先頭へ",
        hint: None,
    },
    Binding {
        contexts: &[Ladder],
        keys: &[Code(KeyCode::Home), Code(KeyCode::Char('g'))],
        action: Action::Home,
        help: "いちばん下の職位へ",
        hint: None,
    },
    Binding {
        contexts: LISTS,
        keys: &[Code(KeyCode::End), Code(KeyCode::Char('G'))],
        action: Action::End,
        help: "末尾へ",
        hint: None,
    },
    Binding {
        contexts: &[Ladder],
        keys: &[Code(KeyCode::End), Code(KeyCode::Char('G'))],
        action: Action::End,
        help: "いちばん上の職位へ",
        hint: None,
    },
    Binding {
        contexts: &[PickGrade],
        keys: &[Code(KeyCode::Enter)],
        action: Action::Select,
        help: "この職位を選び、入庁年目へ進む",
        hint: Some("決定"),
    },
    Binding {
        contexts: &[PickYear],
        keys: &[Code(KeyCode::Enter)],
        action: Action::Select,
        help: "決定して職位の階段を開く",
        hint: Some("決定"),
    },
    Binding {
        contexts: &[Ladder],
        keys: &[Code(KeyCode::Enter)],
        action: Action::Select,
        help: "選んだ職位の詳細へ移る",
        hint: Some("詳細へ"),
    },
    Binding {
        contexts: MAIN,
        keys: &[Code(KeyCode::Tab)],
        action: Action::FocusNext,
        help: "階段と詳細を切り替える",
        hint: Some("切替"),
    },
    Binding {
        contexts: MAIN,
        keys: &[Code(KeyCode::BackTab)],
        action: Action::FocusPrev,
        help: "階段と詳細を切り替える（逆順）",
        hint: None,
    },
    Binding {
        contexts: &[PickGrade],
        keys: &[Code(KeyCode::Esc)],
        action: Action::Back,
        help: "選択をやめて元の画面へ（現在地が決まっているとき）",
        hint: None,
    },
    Binding {
        contexts: &[PickYear],
        keys: &[Code(KeyCode::Esc)],
        action: Action::Back,
        help: "職位の選択へ戻る",
        hint: Some("戻る"),
    },
    Binding {
        contexts: &[Ladder],
        keys: &[Code(KeyCode::Esc)],
        action: Action::Back,
        help: "現在地の職位へ戻る",
        hint: None,
    },
    Binding {
        contexts: &[Detail],
        keys: &[Code(KeyCode::Esc)],
        action: Action::Back,
        help: "階段へ戻る",
        hint: Some("戻る"),
    },
    Binding {
        contexts: &[Help],
        keys: &[Code(KeyCode::Esc), Code(KeyCode::Char('?'))],
        action: Action::Back,
        help: "ヘルプを閉じる",
        hint: Some("閉じる"),
    },
    Binding {
        contexts: MAIN,
        keys: &[Code(KeyCode::Char('p'))],
        action: Action::ChangeStanding,
        help: "現在地（職位・入庁年目）を選び直す",
        hint: Some("現在地"),
    },
    Binding {
        contexts: &[PickGrade, PickYear, Ladder, Detail],
        keys: &[Code(KeyCode::Char('?'))],
        action: Action::Help,
        help: "ヘルプ（キーの一覧）",
        hint: Some("ヘルプ"),
    },
    Binding {
        contexts: EVERYWHERE,
        keys: &[Code(KeyCode::Char('q'))],
        action: Action::Quit,
        help: "終了",
        hint: Some("終了"),
    },
    Binding {
        contexts: EVERYWHERE,
        keys: &[Ctrl('c')],
        action: Action::Quit,
        help: "終了",
        hint: None,
    },
];

/// The action a key asks for in `context`, if any.
pub fn action_for(context: Context, ev: &KeyEvent) -> Option<Action> {
    BINDINGS
        .iter()
        .filter(|b| b.contexts.contains(&context))
        .find_map(|b| {
            b.keys.iter().find_map(|k| {
                k.matches(ev).map(|found| match found {
                    Action::Digit(d) => Action::Digit(d),
                    _ => b.action,
                })
            })
        })
}

/// All keys of a binding, e.g. "↓ / j".
pub fn keys_label(b: &Binding) -> String {
    b.keys
        .iter()
        .map(|k| k.label())
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The hints for a context, in table order: ("↓↑/jk", "移動").
/// `available` filters out actions that would do nothing now.
pub fn hints(context: Context, available: impl Fn(Action) -> bool) -> Vec<(String, &'static str)> {
    let mut out: Vec<(Vec<Key>, &'static str)> = Vec::new();
    for b in BINDINGS
        .iter()
        .filter(|b| b.contexts.contains(&context) && available(b.action))
    {
        let Some(word) = b.hint else { continue };
        match out.iter_mut().find(|(_, w)| *w == word) {
            Some((keys, _)) => keys.extend_from_slice(b.keys),
            None => out.push((b.keys.to_vec(), word)),
        }
    }
    out.into_iter()
        .map(|(keys, word)| (hint_keys(&keys), word))
        .collect()
}

/// Arrows first, run together, then the letters: [↓, j, ↑, k] → "↓↑/jk".
fn hint_keys(keys: &[Key]) -> String {
    let (arrows, others): (Vec<&Key>, Vec<&Key>) = keys.iter().partition(|k| {
        matches!(
            k,
            Key::Code(KeyCode::Up | KeyCode::Down | KeyCode::Left | KeyCode::Right)
        )
    });
    let a: String = arrows.iter().map(|k| k.label()).collect();
    let o: Vec<String> = others.iter().map(|k| k.label()).collect();
    let single_letters = o.iter().all(|l| l.chars().count() == 1);
    let o = if single_letters {
        o.concat()
    } else {
        o.join("/")
    };
    match (a.is_empty(), o.is_empty()) {
        (true, _) => o,
        (false, true) => a,
        (false, false) => format!("{a}/{o}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_a_context() {
        let probes: Vec<KeyEvent> = [
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::Backspace,
        ]
        .into_iter()
        .chain(" ?jkhlgGpq0123456789".chars().map(KeyCode::Char))
        .map(|c| KeyEvent::new(c, KeyModifiers::NONE))
        .collect();
        for ctx in Context::ALL {
            for p in &probes {
                let n = BINDINGS
                    .iter()
                    .filter(|b| b.contexts.contains(&ctx))
                    .filter(|b| b.keys.iter().any(|k| k.matches(p).is_some()))
                    .count();
                assert!(n <= 1, "{p:?} is bound {n} times in {ctx:?}");
            }
        }
    }

    /// The hint bar drops hints before the last two when short of room: those must be help
    /// and quit, so a newcomer can always find both.
    #[test]
    fn help_and_quit_are_the_last_hints_everywhere() {
        for ctx in Context::ALL {
            let h = hints(ctx, |_| true);
            let words: Vec<&str> = h.iter().rev().take(2).map(|(_, w)| *w).collect();
            assert_eq!(words[0], "終了", "{ctx:?}");
            if ctx != Context::Help {
                assert_eq!(words[1], "ヘルプ", "{ctx:?}");
            }
        }
    }

    #[test]
    fn hint_keys_read_naturally() {
        let h = hints(Context::Ladder, |_| true);
        assert_eq!(h[0], ("↓↑/jk".to_string(), "移動"));
        assert!(
            h.iter()
                .any(|(k, w)| k == "→←/lh" && *w == "ライン職/スタッフ職")
        );
    }
}
