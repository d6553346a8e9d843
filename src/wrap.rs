//! Line breaking that knows Japanese. ratatui's `Wrap` breaks only at spaces (ratatui #1199),
//! so text is broken here and drawn unwrapped. Widths are display cells (漢字 = 2).
//!
//! Where a line may break is decided in four layers:
//! 1. UAX #14 (Unicode line breaking, ICU's segmenter): between ideographs, never before
//!    、。）」, after spaces;
//! 2. BudouX's Japanese phrase model (Google's BudouX, Apache-2.0, shipped as data in
//!    `data/budoux/`): of those places, Japanese text breaks only between phrases, so a
//!    compound is not split (OJT推進者, not OJT推 / 進者) and a verb keeps its ending
//!    (被考課者と / 読む, not 被考課者と読 / む);
//!    BudouX runs on each stretch between spaces, and a few of its cuts inside words are
//!    undone (施策と / して, 結び / 付け, 現在 / 地: see [`phrase_breaks`]);
//! 3. brackets: a 「…」, （…） or […] that fits on a line is never cut;
//! 4. marks and keys: a mark stays with the word it follows (成長）＊) or, before a space,
//!    with the label after it (★ 現在地); a key name stays with its word (5 用語集,
//!    o で注記). A line may break after an ideographic space (綴り　★ 現在地).
//!
//! A piece wider than its line is cut where a word ends inside it (after ・ or 等, where
//! katakana meets kanji, between phrases inside a bracket) before it is cut between
//! characters.
//!
//! Lines are filled first-fit; a last line of one or two characters takes the phrase before
//! it along. A phrase wider than the line is cut between characters, never before closing
//! punctuation.

use std::collections::HashMap;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// BudouX's published Japanese model (budoux 0.10.1, `models/ja.json`), as the build script
/// (`build.rs`) lays its tables out: static open-addressing hash tables (`UW1`..`TW4`, each
/// twice as many slots as keys: a slot is one number, the key's characters packed by
/// [`pack`] above the score's 16 bits, in 32 bits for the tables of one character and 64
/// for the others; an empty slot is 0) and the sum of every score (`TOTAL`). Nothing is
/// built at run time.
mod budoux {
    include!(concat!(env!("OUT_DIR"), "/budoux_ja.rs"));
}

/// The model's feature tables and the base score (doubled, to stay in integers).
struct Model {
    uw: [&'static [u32]; 6],
    bw: [&'static [u64]; 3],
    tw: [&'static [u64]; 4],
    /// The sum of every score: BudouX's base score is minus half of it.
    total: i64,
}

/// One slot of a feature table.
trait Slot: Copy {
    fn get(self) -> u64;
}

impl Slot for u32 {
    fn get(self) -> u64 {
        u64::from(self)
    }
}

impl Slot for u64 {
    fn get(self) -> u64 {
        self
    }
}

static MODEL: Model = Model {
    uw: [
        &budoux::UW1,
        &budoux::UW2,
        &budoux::UW3,
        &budoux::UW4,
        &budoux::UW5,
        &budoux::UW6,
    ],
    bw: [&budoux::BW1, &budoux::BW2, &budoux::BW3],
    tw: [&budoux::TW1, &budoux::TW2, &budoux::TW3, &budoux::TW4],
    total: budoux::TOTAL,
};

/// Up to three characters as one number (16 bits each): a table's keys all have the same
/// number of characters, so no two keys of one table pack alike. `None` for a character
/// past U+FFFF, which no key of the model has.
#[cfg(test)]
fn pack(chars: &[char]) -> Option<u64> {
    chars.iter().try_fold(0, |k, &c| {
        let c = u32::from(c);
        (c <= 0xFFFF).then_some((k << 16) | u64::from(c))
    })
}

/// The score of the packed key `k` in `table` (0 when absent): the slot of one
/// multiplication (the keys are not chosen by anyone), then the next slots until the key or
/// an empty one.
fn score_packed<S: Slot>(table: &[S], k: u64) -> i64 {
    let n = table.len();
    let x = k.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut i = ((u128::from(x) * n as u128) >> 64) as usize;
    loop {
        match table[i].get() {
            0 => return 0,
            slot if slot >> 16 == k => return i64::from(slot as u16 as i16),
            _ => i = if i + 1 == n { 0 } else { i + 1 },
        }
    }
}

/// The score of `key` in `table` (0 when absent).
#[cfg(test)]
fn score<S: Slot>(table: &[S], key: &[char]) -> i64 {
    pack(key).map_or(0, |k| score_packed(table, k))
}

/// Byte offsets in `text` where BudouX starts a new phrase (never 0).
pub fn phrase_starts(text: &str) -> Vec<usize> {
    let m = &MODEL;
    // Each character as a key of one character; a character past U+FFFF as a number no key
    // packs to (keys of characters are non-zero), so every key holding it scores 0.
    const NONE: u64 = 1 << 63;
    let mut idx = Vec::with_capacity(text.len() / 2);
    let mut cs = Vec::with_capacity(text.len() / 2);
    for (i, c) in text.char_indices() {
        idx.push(i);
        let c = u32::from(c);
        cs.push(if c <= 0xFFFF { u64::from(c) } else { NONE });
    }
    let n = cs.len();
    // The scores of one, two and three characters from position j (0 for a key holding a
    // character past U+FFFF).
    let one = |t: &[u32], j: usize| {
        let c = cs[j];
        if c & NONE != 0 { 0 } else { score_packed(t, c) }
    };
    let two = |t: &[u64], j: usize| {
        let (a, b) = (cs[j], cs[j + 1]);
        if (a | b) & NONE != 0 {
            0
        } else {
            score_packed(t, a << 16 | b)
        }
    };
    let three = |t: &[u64], j: usize| {
        let (a, b, c) = (cs[j], cs[j + 1], cs[j + 2]);
        if (a | b | c) & NONE != 0 {
            0
        } else {
            score_packed(t, a << 32 | b << 16 | c)
        }
    };
    let mut out = Vec::new();
    // Indexing by character position mirrors BudouX's reference parser.
    #[allow(clippy::needless_range_loop)]
    for i in 1..n {
        let mut score2 = 0;
        if i > 2 {
            score2 += one(m.uw[0], i - 3);
            score2 += three(m.tw[0], i - 3);
        }
        if i > 1 {
            score2 += one(m.uw[1], i - 2);
            score2 += two(m.bw[0], i - 2);
            score2 += three(m.tw[1], i - 2);
        }
        score2 += one(m.uw[2], i - 1);
        score2 += one(m.uw[3], i);
        score2 += two(m.bw[1], i - 1);
        if i + 1 < n {
            score2 += one(m.uw[4], i + 1);
            score2 += two(m.bw[2], i);
            score2 += three(m.tw[2], i - 1);
        }
        if i + 2 < n {
            score2 += one(m.uw[5], i + 2);
            score2 += three(m.tw[3], i);
        }
        // score + base > 0, with base = -total / 2.
        if 2 * score2 > m.total {
            out.push(idx[i]);
        }
    }
    out
}

/// Where a line may break between phrases: BudouX's phrase starts, with three corrections.
/// BudouX is run on each stretch between spaces, not across them: its model was trained on
/// running sentences and misreads legend marks and key names (★ 現在 / 地). A phrase start
/// is then dropped where BudouX cuts a word it does not know:
/// - before a phrase of one or two hiragana (施策と / して, 表の / どの): a particle or a verb
///   ending belongs to what precedes it;
/// - around a phrase of one character (現在 / 地, 方 / 針);
/// - in a compound verb, after a kanji and one い-row kana when a kanji follows (結び / 付け).
pub fn phrase_breaks(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut seg_start = None;
    let mut segments = Vec::new();
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = seg_start.take() {
                segments.push((s, i));
            }
        } else if seg_start.is_none() {
            seg_start = Some(i);
        }
    }
    if let Some(s) = seg_start {
        segments.push((s, text.len()));
    }
    for (a, b) in segments {
        let seg = &text[a..b];
        let starts = phrase_starts(seg);
        let bounds: Vec<usize> = std::iter::once(0)
            .chain(starts.iter().copied())
            .chain([seg.len()])
            .collect();
        for k in 1..bounds.len() - 1 {
            let prev = &seg[bounds[k - 1]..bounds[k]];
            let next = &seg[bounds[k]..bounds[k + 1]];
            let mut body = next.chars().filter(|c| !NO_START.contains(c));
            let small_kana = body.clone().next().is_some()
                && body.clone().nth(2).is_none()
                && body.all(|c| script(c) == 1);
            let one_char = next.chars().nth(1).is_none() || prev.chars().nth(1).is_none();
            let mut back = prev.chars().rev();
            let (last, before_last) = (back.next(), back.next());
            let compound_verb = before_last.is_some_and(|c| script(c) == 3)
                && last.is_some_and(|c| "いきちひみりびぎじ".contains(c))
                && next.chars().next().is_some_and(|c| script(c) == 3);
            if !(small_kana || one_char || compound_verb) {
                out.push(a + bounds[k]);
            }
        }
    }
    out
}

/// Marks that annotate the word they follow (成長）＊) or, followed by a space, introduce the
/// label after them (★ 現在地): never alone on a line.
const MARKS: &[char] = &[
    '＊', '*', '※', '★', '☆', '◎', '○', '●', '▶', '■', '□', '◆', '◇', '†', '‡', '✎',
];

/// A token a line must not end with when a word follows after a space: a mark, or a key
/// name (5 用語集, o で注記, Esc で終える, 。Ｍ で終了 with a key of keys.ron).
fn clings_to_next(token: &str, next: char) -> bool {
    let keyish = |c: char| {
        (c.is_ascii_graphic() && !"([{)]},.;".contains(c))
            || "←→↑↓".contains(c)
            || (('\u{FF01}'..='\u{FF5E}').contains(&c) && c.is_alphanumeric())
    };
    if token.chars().count() == 1 && token.chars().all(|c| MARKS.contains(&c)) {
        return true;
    }
    let key: Vec<char> = {
        let mut k: Vec<char> = token.chars().rev().take_while(|&c| keyish(c)).collect();
        k.reverse();
        k
    };
    let n = key.len();
    // The whole token but an opening bracket: (1 ladder, （5 用語集.
    let whole = n
        == token
            .trim_start_matches(|c| OPENERS.contains(&c))
            .chars()
            .count();
    n > 0
        && ((whole && (n == 1 || key.iter().all(|c| c.is_ascii_digit())))
            || (n <= 9 && is_japanese(next)))
}

/// Japanese script: kana, kanji, full-width forms and CJK punctuation.
fn is_japanese(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

const OPENERS: &[char] = &[
    '「', '『', '（', '(', '【', '［', '〈', '《', '〔', '｛', '“', '[',
];
const CLOSERS: &[char] = &[
    '」', '』', '）', ')', '】', '］', '〉', '》', '〕', '｝', '”', ']',
];
/// Never at the start of a line.
const NO_START: &[char] = &[
    '、', '。', '，', '．', '・', '：', '；', '？', '！', 'ー', '」', '』', '）', ')', '】', '］',
    '〉', '》', '〕', '｝', '”', ']', 'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ', 'っ', 'ゃ', 'ゅ', 'ょ', 'ァ',
    'ィ', 'ゥ', 'ェ', 'ォ', 'ッ', 'ャ', 'ュ', 'ョ', '々',
];

/// Break `text` into lines of at most `width` display cells. The first line starts with
/// `first`, the rest with `rest` (a hanging indent); without one, continuation lines keep
/// the text's own leading spaces. Never returns an empty vector.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    // Every frame wraps the same texts again: remember the results (a bounded cache, one
    // per thread), found by a hash of the four arguments (made without copying them) and
    // then by the arguments themselves (two arguments of one hash: the later one is kept).
    type Entry = (String, usize, String, String, Vec<String>);
    type Cache = HashMap<u64, Entry, std::hash::BuildHasherDefault<Prehashed>>;
    thread_local! {
        static CACHE: std::cell::RefCell<Cache> = std::cell::RefCell::new(Cache::default());
    }
    let key = fx_hash(&[
        text.as_bytes(),
        &width.to_le_bytes(),
        first.as_bytes(),
        rest.as_bytes(),
    ]);
    let hit = CACHE.with(|c| {
        c.borrow()
            .get(&key)
            .filter(|e| e.0 == text && e.1 == width && e.2 == first && e.3 == rest)
            .map(|e| e.4.clone())
    });
    if let Some(hit) = hit {
        return hit;
    }
    let lines = wrap_uncached(text, width, first, rest);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= 4096 {
            c.clear();
        }
        let entry = (
            text.to_string(),
            width,
            first.to_string(),
            rest.to_string(),
            lines.clone(),
        );
        c.insert(key, entry);
    });
    lines
}

/// A 64-bit hash of byte strings (FxHash's mixing, eight bytes at a time; each string's
/// length is mixed in, so ("ab", "c") and ("a", "bc") differ). Not for keys an attacker
/// chooses to collide: a collision only makes a lookup compare more entries.
fn fx_hash(parts: &[&[u8]]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = 0;
    let mut mix = |w: u64| h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    for p in parts {
        let mut chunks = p.chunks_exact(8);
        for c in &mut chunks {
            mix(u64::from_le_bytes(c.try_into().expect("eight bytes")));
        }
        let mut tail = [0u8; 8];
        tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        mix(u64::from_le_bytes(tail));
        mix(p.len() as u64);
    }
    h
}

/// The hasher of a map whose keys are hashes already.
#[derive(Default)]
struct Prehashed(u64);

impl std::hash::Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are hashed here; anything else is folded in all the same.
        self.0 = fx_hash(&[bytes]);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

fn wrap_uncached(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    // A wide character needs two cells, and the indents must leave room for one.
    let indent = UnicodeWidthStr::width(first).max(UnicodeWidthStr::width(rest));
    if width < indent + 2 {
        return vec![truncate(&format!("{first}{text}"), width)];
    }
    let mut out = Vec::new();
    for (n, para) in text.split('\n').enumerate() {
        let own: String = para.chars().take_while(|c| *c == ' ').collect();
        let rest = if rest.is_empty() && width >= own.len() + 2 + indent {
            own.as_str()
        } else {
            rest
        };
        let first = if n == 0 { first } else { rest };
        out.extend(wrap_paragraph(para, width, first, rest));
    }
    if out.is_empty() {
        out.push(first.trim_end().to_string());
    }
    out
}

/// Where UAX #14 lets a line break inside `text` (byte offsets, neither 0 nor the end), as
/// textwrap's `WordSeparator::UnicodeBreakProperties` finds its words (tested equal): ICU's
/// segmenter for scripts without dictionaries, no break after a hyphen or a soft hyphen
/// (and, as there, the last opportunity left out).
fn line_breaks(text: &str) -> Vec<usize> {
    use icu_segmenter::{LineSegmenter, LineSegmenterBorrowed, options::LineBreakOptions};
    thread_local! {
        static SEGMENTER: LineSegmenterBorrowed<'static> =
            const { LineSegmenter::new_for_non_complex_scripts(LineBreakOptions::default()) };
    }
    let mut at: Vec<usize> = SEGMENTER.with(|s| {
        s.segment_str(text)
            .filter(|&i| i > 0 && !matches!(text[..i].chars().next_back(), Some('-' | '\u{AD}')))
            .collect()
    });
    at.pop();
    at.retain(|&i| i < text.len());
    at
}

/// The pieces of a paragraph between the places a line may break.
fn atoms(text: &str, room: usize) -> Vec<&str> {
    // 1. UAX #14.
    let mut breaks = line_breaks(text);
    // UAX #14 never breaks around “ ” (quotation class QU); in Japanese text a quote is a
    // bracket like 「」: a phrase may start at it or after it.
    for (i, c) in text.char_indices() {
        let prev = text[..i].chars().next_back();
        if OPENERS.contains(&c) && prev.is_some_and(|p| is_japanese(p) && !OPENERS.contains(&p)) {
            breaks.push(i);
        }
        let end = i + c.len_utf8();
        if CLOSERS.contains(&c)
            && text[end..]
                .chars()
                .next()
                .is_some_and(|n| is_japanese(n) && !NO_START.contains(&n))
        {
            breaks.push(end);
        }
    }
    // An ideographic space separates entries (綴り　★ 現在地): a line may break after it.
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if c == '\u{3000}'
            && text[end..]
                .chars()
                .next()
                .is_some_and(|n| !n.is_whitespace())
        {
            breaks.push(end);
        }
    }
    breaks.sort_unstable();
    breaks.dedup();
    // 2. Between two Japanese characters or between Japanese and Latin, only where a phrase
    //    starts; after a space and between Latin characters, as UAX #14 says.
    let phrases = phrase_breaks(text);
    breaks.retain(|&b| {
        let prev = text[..b].chars().next_back().unwrap_or(' ');
        let next = text[b..].chars().next().unwrap_or(' ');
        prev.is_whitespace()
            || (!is_japanese(prev) && !is_japanese(next))
            || phrases.binary_search(&b).is_ok()
    });
    // Marks and key names stay with their words: no break before a mark written against the
    // word before it (成長）＊), none after a mark or key name and its space (★ 現在地).
    breaks.retain(|&b| {
        let before = &text[..b];
        let prev = before.chars().next_back().unwrap_or(' ');
        let next = text[b..].chars().next().unwrap_or(' ');
        if MARKS.contains(&next) && !prev.is_whitespace() {
            return false;
        }
        if prev.is_whitespace() {
            let word = before.trim_end();
            let token = &word[word
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8())..];
            // Only the token's own space: a break after an ideographic space stays.
            let gap = &before[word.len()..];
            if !gap.contains('\u{3000}') && clings_to_next(token, next) {
                return false;
            }
        }
        true
    });
    // 3. Not inside a bracket that fits on a line.
    let mut stack: Vec<usize> = Vec::new();
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (i, c) in text.char_indices() {
        if OPENERS.contains(&c) {
            stack.push(i);
        } else if CLOSERS.contains(&c)
            && let Some(open) = stack.pop()
        {
            let end = i + c.len_utf8();
            if stack.is_empty() && UnicodeWidthStr::width(&text[open..end]) <= room {
                spans.push((open, end));
            }
        }
    }
    breaks.retain(|&b| !spans.iter().any(|&(o, e)| o < b && b < e));
    let mut out = Vec::new();
    let mut start = 0;
    for b in breaks.into_iter().chain([text.len()]) {
        let atom = &text[start..b];
        // A piece wider than a line is cut where a word ends inside it, before it is cut
        // between characters (セキュリティ・ハラスメント等 / 相談員研修, not …相談 / 員研修).
        if UnicodeWidthStr::width(atom.trim_end()) > room {
            let mut at = 0;
            for i in inner_breaks(atom) {
                out.push(&atom[at..i]);
                at = i;
            }
            out.push(&atom[at..]);
        } else {
            out.push(atom);
        }
        start = b;
    }
    out
}

/// Where a piece too wide for a line may break inside: BudouX's phrases (even inside
/// brackets), after ・ and 等 and where katakana meets kanji; never before closing punctuation,
/// a mark or 等.
fn inner_breaks(atom: &str) -> Vec<usize> {
    let mut out = phrase_breaks(atom);
    let cs: Vec<(usize, char)> = atom.char_indices().collect();
    for k in 1..cs.len() {
        let (a, b) = (cs[k - 1].1, cs[k].1);
        let kinds = (script(a), script(b));
        if a == '・' || a == '等' || kinds == (2, 3) || kinds == (3, 2) {
            out.push(cs[k].0);
        }
    }
    out.retain(|&i| {
        let next = atom[i..].chars().next().unwrap_or(' ');
        !NO_START.contains(&next) && !MARKS.contains(&next) && next != '等'
    });
    out.sort_unstable();
    out.dedup();
    out
}

fn wrap_paragraph(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    // A paragraph that fits on its first line is that line: every atom joins it, and no
    // orphan can follow (most list entries; half of the first frame's wrapping was them).
    if let Some(line) = one_line(text, width, first) {
        return vec![line];
    }
    wrap_paragraph_in_lines(text, width, first, rest)
}

/// The paragraph as one line, when it fits: what [`wrap_paragraph_in_lines`] gives it.
/// Only for characters whose width does not depend on their neighbours (no combining
/// marks, variation selectors, joiners or controls), where a line's width is the sum of its
/// characters'.
fn one_line(text: &str, width: usize, first: &str) -> Option<String> {
    let simple = |c: char| {
        c == ' '
            || (!c.is_control()
                && c.width().is_some_and(|w| w > 0)
                && !matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{200B}'..='\u{200F}' | '\u{20D0}'..='\u{20FF}' | '\u{1F000}'..))
    };
    let body = text.trim_end();
    (body.chars().all(simple)
        && UnicodeWidthStr::width(first) + UnicodeWidthStr::width(body) <= width)
        .then(|| format!("{first}{body}").trim_end().to_string())
}

fn wrap_paragraph_in_lines(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let room = width.saturating_sub(UnicodeWidthStr::width(rest));
    // Lines as their atoms; the indent is added at the end.
    let mut lines: Vec<Vec<String>> = vec![Vec::new()];
    let indent_of = |n: usize| if n == 0 { first } else { rest };
    let line_width = |line: &[String], n: usize| {
        UnicodeWidthStr::width(indent_of(n)) + UnicodeWidthStr::width(line.concat().trim_end())
    };
    let mut queue: std::collections::VecDeque<&str> = atoms(text, room).into();
    // The line with the next atom, joined in one buffer (the line's atoms are not copied
    // for each atom that is tried).
    let mut joined = String::new();
    while let Some(atom) = queue.pop_front() {
        let n = lines.len() - 1;
        joined.clear();
        lines[n].iter().for_each(|a| joined.push_str(a));
        joined.push_str(atom);
        if UnicodeWidthStr::width(indent_of(n)) + UnicodeWidthStr::width(joined.trim_end()) <= width
        {
            lines[n].push(atom.to_string());
            continue;
        }
        let atom = if lines[n].is_empty() {
            atom
        } else {
            lines.push(Vec::new());
            atom.trim_start()
        };
        // Too wide for this line (the first, after a long lead): where a word ends inside
        // it, before cutting between characters.
        let mut inner = inner_breaks(atom);
        // Not so as to leave the paragraph's last word of one or two characters alone.
        if queue.is_empty()
            && let Some(&last) = inner.last()
            && atom[last..].trim().chars().count() <= 2
        {
            inner.pop();
        }
        if !inner.is_empty()
            && UnicodeWidthStr::width(atom.trim_end())
                + UnicodeWidthStr::width(indent_of(lines.len() - 1))
                > width
        {
            let mut at = atom.len();
            for &i in inner.iter().rev() {
                queue.push_front(&atom[i..at]);
                at = i;
            }
            queue.push_front(&atom[..at]);
            continue;
        }
        if UnicodeWidthStr::width(atom.trim_end())
            + UnicodeWidthStr::width(indent_of(lines.len() - 1))
            <= width
        {
            lines.last_mut().expect("a line").push(atom.to_string());
        } else {
            // Wider than a line: cut between characters.
            let start = lines.len() - 1;
            for c in atom.chars() {
                let n = lines.len() - 1;
                let cur = lines[n].concat();
                let w = UnicodeWidthStr::width(indent_of(n)) + UnicodeWidthStr::width(cur.as_str());
                if w + c.width().unwrap_or(0) <= width || (cur.is_empty() && c == ' ') {
                    push_char(&mut lines[n], c);
                    continue;
                }
                if c == ' ' {
                    lines.push(Vec::new());
                    continue;
                }
                // Closing punctuation takes the character before it along.
                let mut carry = String::new();
                if NO_START.contains(&c) && cur.chars().count() > 1 {
                    let last = lines[n].last_mut().expect("a piece");
                    if let Some(p) = last.pop() {
                        carry.push(p);
                    }
                }
                carry.push(c);
                lines.push(vec![carry]);
            }
            // The cut leaves no one or two characters alone: the line before gives some.
            let n = lines.len() - 1;
            if n > start {
                loop {
                    let last = lines[n].concat();
                    let count = last.chars().count();
                    let first_c = last.chars().next().unwrap_or(' ');
                    if count > 2 && !NO_START.contains(&first_c) {
                        break;
                    }
                    let Some(prev) = lines[n - 1].last_mut() else {
                        break;
                    };
                    if prev.chars().count() < 2 || count >= 6 {
                        break;
                    }
                    let c = prev.pop().expect("a character");
                    lines[n] = vec![format!("{c}{last}")];
                }
            }
        }
    }
    // No orphan: a last line of one or two characters takes the phrase before it along, or,
    // when the line before is one phrase, the word at its end (ヘルスリテラシー / 研修の実施).
    let chars = |l: &[String]| l.concat().trim().chars().count();
    while lines.len() >= 2 {
        let n = lines.len() - 1;
        if chars(&lines[n]) > 2 {
            break;
        }
        let prev = lines[n - 1].last().expect("a piece").clone();
        let moved = if lines[n - 1].len() >= 2 {
            prev.clone()
        } else {
            match word_at_end(&prev) {
                Some(at) => prev[at..].to_string(),
                None => break,
            }
        };
        let mut last = vec![moved.trim_start().to_string()];
        last.extend(lines[n].iter().cloned());
        if line_width(&last, n) > width {
            break;
        }
        let kept = prev[..prev.len() - moved.len()].to_string();
        let p = lines[n - 1].len() - 1;
        if kept.is_empty() {
            lines[n - 1].pop();
        } else {
            lines[n - 1][p] = kept;
        }
        lines[n] = last;
    }
    lines
        .iter()
        .enumerate()
        .map(|(n, l)| {
            let body = l.concat();
            let body = if n == 0 {
                body.trim_end().to_string()
            } else {
                body.trim().to_string()
            };
            format!("{}{body}", indent_of(n)).trim_end().to_string()
        })
        .collect()
}

/// The script of a character, for finding word boundaries inside a phrase.
fn script(c: char) -> u8 {
    match c as u32 {
        0x3041..=0x309F => 1,                   // hiragana
        0x30A0..=0x30FF | 0xFF66..=0xFF9F => 2, // katakana
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => 3,
        _ => 0,
    }
}

/// The byte offset of the last word in a phrase: where the script changes (katakana to
/// kanji, say), not before hiragana (a particle stays with its word), with something kept
/// before it. None when the phrase has no such place.
fn word_at_end(phrase: &str) -> Option<usize> {
    let cs: Vec<(usize, char)> = phrase.char_indices().collect();
    // Bracket depth before each character: never inside a bracket.
    let mut depth = vec![0i32; cs.len() + 1];
    for (i, (_, c)) in cs.iter().enumerate() {
        depth[i + 1] = depth[i] + i32::from(OPENERS.contains(c)) - i32::from(CLOSERS.contains(c));
    }
    (2..cs.len()).rev().find_map(|i| {
        let (a, b) = (cs[i - 1].1, cs[i].1);
        // A word may start with kana only right after a closing bracket (「…」からの).
        (depth[i] == 0
            && script(a) != script(b)
            && (script(b) != 1 || CLOSERS.contains(&a))
            && script(b) != 0
            && !NO_START.contains(&b))
        .then_some(cs[i].0)
    })
}

fn push_char(line: &mut Vec<String>, c: char) {
    match line.last_mut() {
        Some(s) => s.push(c),
        None => line.push(c.to_string()),
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

/// A title cut to at most `width` cells: whole if it fits, else up to a place a line may
/// break (between phrases, never inside a bracket that fits) and …, so a title is never cut
/// inside a word or a bracket.
pub fn cut_title(s: &str, width: usize) -> String {
    if UnicodeWidthStr::width(s) <= width {
        return s.to_string();
    }
    if width < 8 {
        return ellipsize(s, width);
    }
    let mut first = wrap(s, width - 1, "", "")
        .into_iter()
        .next()
        .unwrap_or_default();
    // A bracket wider than the line was cut between characters: cut before it instead.
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in first.char_indices() {
        if OPENERS.contains(&c) {
            open.push(i);
        } else if CLOSERS.contains(&c) {
            open.pop();
        }
    }
    if let Some(&at) = open.first() {
        first.truncate(at);
    }
    let first = first.trim_end();
    if first.is_empty() {
        return ellipsize(s, width);
    }
    format!("{first}…")
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

    #[test]
    fn the_static_tables_are_the_model_json_gives() {
        // Every table, every key and score, as a JSON (RON) parser reads the file; nothing
        // else in the tables.
        const BUDOUX_JA: &str = include_str!("../data/budoux/ja.json");
        let parsed: HashMap<String, HashMap<String, i64>> = ron::from_str(BUDOUX_JA).unwrap();
        let m = &MODEL;
        let names = [
            "UW1", "UW2", "UW3", "UW4", "UW5", "UW6", "BW1", "BW2", "BW3", "TW1", "TW2", "TW3",
            "TW4",
        ];
        assert_eq!(parsed.len(), names.len());
        // Every key reads back its score; the table holds nothing else and is half full.
        fn check<S: Slot>(name: &str, table: &[S], want: &HashMap<String, i64>) -> i64 {
            let used = table.iter().filter(|slot| slot.get() != 0).count();
            assert_eq!(used, want.len(), "{name}");
            assert!(used * 2 <= table.len(), "{name}");
            let mut total = 0;
            for (key, &value) in want {
                let chars: Vec<char> = key.chars().collect();
                assert_eq!(score(table, &chars), value, "{name} {key}");
                total += value;
            }
            assert_eq!(score(table, &['\u{10FFFF}'; 2]), 0, "an absent key");
            assert_eq!(score(table, &['\u{FFFF}'; 2]), 0, "an absent key");
            assert_eq!(score(table, &['\u{FFFF}']), 0, "an absent key");
            total
        }
        let mut total = 0;
        for (name, table) in names.iter().zip(m.uw) {
            total += check(name, table, &parsed[*name]);
        }
        for (name, table) in names[6..].iter().zip(m.bw.iter().chain(&m.tw)) {
            total += check(name, table, &parsed[*name]);
        }
        assert_eq!(m.total, total);
        assert!(
            !BUDOUX_JA.contains('\\'),
            "the build script takes keys without escapes"
        );
    }

    proptest::proptest! {
        /// The one-line shortcut gives what the full wrapping gives, for any paragraph of
        /// Japanese, Latin, marks and spaces, at any width and indent.
        #[test]
        fn a_paragraph_that_fits_is_wrapped_as_before(
            text in "[ 　a-zA-Z0-9ぁ-んァ-ン一-龠、。（）「」・＊★◎→]{0,40}",
            width in 4usize..90,
            first in "( |  |・|1\\. )?",
        ) {
            if let Some(line) = one_line(&text, width, &first) {
                proptest::prop_assert_eq!(
                    vec![line],
                    wrap_paragraph_in_lines(&text, width, &first, "  ")
                );
            }
        }
    }

    /// The cache tells apart arguments that run together alike, and answers again what it
    /// answered first.
    #[test]
    fn the_cache_keeps_arguments_apart() {
        assert_ne!(
            fx_hash(&[b"ab", b"c"]),
            fx_hash(&[b"a", b"bc"]),
            "lengths are mixed in"
        );
        let a = wrap("人材育成の方針", 12, "ab", "c");
        let b = wrap("人材育成の方針", 12, "a", "bc");
        assert_ne!(a, b);
        assert_eq!(wrap("人材育成の方針", 12, "ab", "c"), a);
        assert_eq!(a, wrap_uncached("人材育成の方針", 12, "ab", "c"));
        assert_eq!(b, wrap_uncached("人材育成の方針", 12, "a", "bc"));
    }

    /// The break opportunities textwrap gives (the words of
    /// `WordSeparator::UnicodeBreakProperties`, ended where each word and its spaces end).
    fn textwrap_breaks(text: &str) -> Vec<usize> {
        let mut out = Vec::new();
        let mut at = 0;
        for w in textwrap::WordSeparator::UnicodeBreakProperties.find_words(text) {
            at += w.word.len() + w.whitespace.len();
            if at < text.len() {
                out.push(at);
            }
        }
        out
    }

    proptest::proptest! {
        /// The segmenter asked directly breaks where textwrap's words end, for text of
        /// Japanese, Latin, digits, spaces, hyphens, soft hyphens, brackets and emoji.
        #[test]
        fn line_breaks_are_textwraps(
            text in "[ 　a-zA-Z0-9ぁ-んァ-ン一-龠、。（）「」・＊★→\\-\u{AD}/.,:;!?()“”😀]{0,60}",
        ) {
            proptest::prop_assert_eq!(line_breaks(&text), textwrap_breaks(&text));
        }
    }

    #[test]
    fn line_breaks_at_the_edges_are_textwraps() {
        for text in [
            "",
            "-",
            "a-",
            "a-b",
            "語-",
            "ab\u{AD}",
            "a b ",
            "  ",
            "研修（新任）-",
            "x\u{AD}y z-",
        ] {
            assert_eq!(line_breaks(text), textwrap_breaks(text), "{text:?}");
        }
    }

    #[test]
    fn budoux_finds_phrases() {
        let t = "今日は天気です。";
        let starts = phrase_starts(t);
        let parts: Vec<&str> = std::iter::once(0)
            .chain(starts.iter().copied())
            .zip(starts.iter().copied().chain([t.len()]))
            .map(|(a, b)| &t[a..b])
            .collect();
        assert_eq!(parts, ["今日は", "天気です。"]);
    }
}
