//! Search (`/`): incremental search over everything a reader can be taken to.
//!
//! [`Index::build`] collects every searchable text of a map once (steps, specialist tiers,
//! trainings, measures, initiatives, the vision, the glossary), each with the place it is
//! shown and the [`Target`] a hit takes the reader to, and keeps its [`normalize`]d form.
//! [`Index::search`] then compares normalised forms, so a Japanese reader may type the way
//! their input method happens to give them: full-width or half-width, upper or lower case,
//! hiragana or katakana.
//!
//! Hits are ranked ([`Rank`]): names and titles first (steps, tiers, trainings and their
//! categories, measures, initiatives, glossary headwords), then the texts under them (roles,
//! expectations, contents, explanations); within each, a text equal to the query, then one
//! that starts with it, then one that contains it. Hits of the same rank come in map order,
//! the order a reader walks the map in:
//! 1. line steps, bottom of the ladder to the top;
//! 2. specialist tiers, lower tier first;
//! 3. trainings, in [`CareerMap::catalog`] order;
//! 4. measures ①–⑩;
//! 5. new and expanded initiatives, in the document's order;
//! 6. the vision (目指すべき職員像 and the two states);
//! 7. the glossary.
//!
//! Within one item, texts come in the order the item's page shows them.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

use crate::content::{entry_category_in, entry_name_in, role_text_in};
use crate::model::{
    CareerMap, GlossaryEntry, GlossaryIndex, Initiative, InitiativeIndex, Lang, Measure,
    MeasureIndex, MeasureRole, StepIndex, TierIndex,
};
use crate::words::{Msg, labels};

/// Where a hit takes the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// A line step.
    Step(StepIndex),
    /// A specialist tier.
    Tier(TierIndex),
    /// A measure (index into map.measures).
    Measure(MeasureIndex),
    /// An initiative (index into map.initiatives).
    Initiative(InitiativeIndex),
    /// A training (index into map.catalog()).
    Training(usize),
    /// A glossary entry (index into map.glossary).
    Glossary(GlossaryIndex),
    /// Page 1's vision (目指すべき職員像 and the two states).
    Vision,
}

/// One text that matched a query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub target: Target,
    /// The text that matched, as shown (the original, not normalised), e.g. an expectation sentence.
    pub text: Arc<str>,
    /// Where it is, in Japanese, e.g. "主任 › 職位に応じた役割", "研修一覧 › ②課題対応研修：接遇向上",
    /// "全体像 › ③派遣研修 › 方針", "用語集".
    pub place: Arc<str>,
    /// The matched range in `text`, in char indices (start..end), for highlighting.
    pub range: Range<usize>,
    /// How well it matched: hits are sorted by it.
    pub rank: Rank,
}

/// How well a hit matched; smaller is better (the derived order sorts hits).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rank {
    /// A name or title (a training's title, a glossary headword, a step's name) before a text
    /// under one (a role, contents, an explanation).
    pub kind: TextKind,
    pub how: Match,
}

/// What a searchable text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TextKind {
    Title,
    Body,
}

/// How a text matched the query.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Match {
    /// The whole text is the query.
    Exact,
    /// The text starts with the query.
    Prefix,
    /// The query is inside the text.
    Substring,
}

impl Hit {
    /// The text split around the match: (before, matched, after), for highlighting.
    pub fn parts(&self) -> (&str, &str, &str) {
        let byte = |ci: usize| {
            self.text
                .char_indices()
                .nth(ci)
                .map_or(self.text.len(), |(b, _)| b)
        };
        let start = byte(self.range.start);
        let end = byte(self.range.end).max(start);
        (
            &self.text[..start],
            &self.text[start..end],
            &self.text[end..],
        )
    }
}

/// One searchable text.
#[derive(Clone, Debug)]
struct Entry {
    target: Target,
    /// Shared with every hit on it: a hit costs no copy of its text.
    text: Arc<str>,
    place: Arc<str>,
    kind: TextKind,
    /// Where `text` normalised is in [`Texts::norms`].
    norm: Range<usize>,
}

/// The searchable texts, with their normalised forms one after another in one string (a
/// query's first word is looked for in one pass over it, not text by text).
#[derive(Debug, Default)]
struct Texts {
    entries: Vec<Entry>,
    /// Every entry's normalised text, each followed by a line break: a word (which holds no
    /// white space) never matches across two entries.
    norms: String,
}

impl Texts {
    fn norm(&self, i: usize) -> &str {
        &self.norms[self.entries[i].norm.clone()]
    }
}

/// The searchable texts of a map, normalised once.
#[derive(Clone, Debug, Default)]
pub struct Index {
    texts: Arc<Texts>,
}

/// The hits of a query, ranked: each [`Hit`] is made when it is asked for, so a query
/// matching thousands of texts costs what the screen shows of them.
#[derive(Clone, Debug, Default)]
pub struct Hits {
    texts: Arc<Texts>,
    /// The chars of the query's first word (the length of every hit's range).
    first_chars: usize,
    rows: Vec<Row>,
}

/// One hit, before it is made: the entry, where its first word starts (a byte in the
/// normalised text) and how it ranks.
#[derive(Clone, Copy, Debug)]
struct Row {
    entry: usize,
    byte: usize,
    rank: Rank,
}

impl Hits {
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Where hit `i` takes the reader.
    pub fn target(&self, i: usize) -> Option<Target> {
        self.rows.get(i).map(|r| self.texts.entries[r.entry].target)
    }

    /// Hit `i` (in ranked order).
    pub fn get(&self, i: usize) -> Option<Hit> {
        let r = self.rows.get(i)?;
        let e = &self.texts.entries[r.entry];
        let start = self.texts.norm(r.entry)[..r.byte].chars().count();
        // The original's char for each normalised char, found again for this text only.
        let (_, offsets) = normalize_with_offsets(&e.text);
        let at = |c: usize| offsets[c.min(offsets.len() - 1)];
        Some(Hit {
            target: e.target,
            text: e.text.clone(),
            place: e.place.clone(),
            range: at(start)..at(start + self.first_chars),
            rank: r.rank,
        })
    }

    /// Every hit, in ranked order.
    pub fn iter(&self) -> impl Iterator<Item = Hit> + '_ {
        (0..self.len()).filter_map(|i| self.get(i))
    }
}

/// How many indexes have been built in this process (a test checks that the search box
/// takes the one built after the first frame instead of building its own).
static INDEX_BUILDS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// How many indexes have been built in this process so far.
pub fn index_builds() -> usize {
    INDEX_BUILDS.load(std::sync::atomic::Ordering::Relaxed)
}

/// Separates the levels of a hit's place.
const SEP: &str = " › ";

impl Index {
    /// Collect every searchable text of `map`, in map order (see the module documentation).
    pub fn build(map: &CareerMap) -> Index {
        Index::build_in(map, Lang::Ja)
    }

    /// [`Index::build`] with the places of hits (and the program's own searchable words)
    /// in `lang`.
    pub fn build_in(map: &CareerMap, lang: Lang) -> Index {
        INDEX_BUILDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let w = labels(lang);
        let mut b = Builder::default();
        let symbol = |role| {
            map.measure_for(role)
                .map(|m| m.symbol.to_string())
                .unwrap_or_default()
        };
        let ojt_heading = Msg::RoleIn {
            symbol: symbol(MeasureRole::Ojt),
            role: w.ojt.into(),
        }
        .text(lang);
        let appraisal_heading = Msg::RoleIn {
            symbol: symbol(MeasureRole::Appraisal),
            role: w.appraisal.into(),
        }
        .text(lang);
        let (titles_crumb, roles_crumb) = (w.crumb_titles, w.heading_roles);

        // Line steps, bottom to top; steps off the ladder (only on a broken map) after them.
        let ladder = map.ladder();
        let mut on_ladder = vec![false; map.steps.len()];
        for i in &ladder {
            on_ladder[i.position()] = true;
        }
        let off_ladder = map
            .steps_indexed()
            .map(|(i, _)| i)
            .filter(|i| !on_ladder[i.position()]);
        for i in ladder.iter().copied().chain(off_ladder) {
            let s = &map[i];
            let t = Target::Step(i);
            b.title(t, &s.name, w.line_track);
            let titles = format!("{}{SEP}{titles_crumb}", s.name);
            for title in &s.titles {
                b.title(t, title, &titles);
            }
            let role = format!("{}{SEP}{roles_crumb}", s.name);
            b.add(t, &s.role, &role);
            for e in &s.expectations {
                b.add(t, e, &role);
            }
            b.add(
                t,
                &role_text_in(&s.ojt, lang),
                &format!("{}{SEP}{ojt_heading}", s.name),
            );
            b.add(
                t,
                &role_text_in(&s.appraisal, lang),
                &format!("{}{SEP}{appraisal_heading}", s.name),
            );
        }

        // Specialist tiers.
        for (i, tier) in map.tiers_indexed() {
            let t = Target::Tier(i);
            let label = Msg::SpecialistPlace {
                name: tier.name.to_string(),
            }
            .text(lang);
            b.title(t, &tier.name, w.specialist_track);
            let titles = format!("{label}{SEP}{titles_crumb}");
            for title in &tier.titles {
                b.title(t, title, &titles);
            }
            let role = format!("{label}{SEP}{roles_crumb}");
            b.add(t, &tier.role, &role);
            for e in &tier.expectations {
                b.add(t, e, &role);
            }
            b.add(
                t,
                &role_text_in(&tier.ojt, lang),
                &format!("{label}{SEP}{ojt_heading}"),
            );
            b.add(
                t,
                &role_text_in(&tier.appraisal, lang),
                &format!("{label}{SEP}{appraisal_heading}"),
            );
        }

        // Trainings, in catalog order. A category (e.g. 課題対応研修：接遇向上) is one text,
        // found once and taking the reader to its first training, not once per training.
        let mut categories = HashSet::new();
        for (i, e) in map.catalog().iter().enumerate() {
            let t = Target::Training(i);
            let measure = e.measure.map(|m| &map[m]);
            let symbol = measure.map(|m| m.symbol.as_str()).unwrap_or_default();
            let category = entry_category_in(map, e, lang);
            let name = entry_name_in(map, e, lang);
            let group = format!("{}{SEP}{symbol}{category}", w.tab_catalog);
            let inner = format!("{group}{SEP}{name}");
            b.title(t, &name, &group);
            if let Some(c) = e.contents {
                b.add(t, c, &inner);
            }
            if let Some(a) = e.audience {
                b.add(t, a, &format!("{inner}{SEP}{}", w.crumb_for));
            }
            if let Some(o) = e.organiser {
                b.add(t, o, &format!("{inner}{SEP}{}", w.crumb_organiser));
            }
            if let Some(n) = e.note {
                b.add(t, n, &inner);
            }
            if categories.insert((e.measure, e.category)) {
                let measure =
                    measure.map_or_else(String::new, |m| format!("{SEP}{}{}", m.symbol, m.name));
                b.title(t, &category, &format!("{}{measure}", w.tab_catalog));
            }
        }

        // Measures, with the slogans their blocks print on page 2.
        for (i, m) in map.indexed::<Measure>() {
            let t = Target::Measure(i);
            let label = format!("{}{}", m.symbol, m.name);
            let overview = w.tab_overview;
            b.title(t, &label, &format!("{overview}{SEP}{}", w.crumb_measures));
            let here = format!("{overview}{SEP}{label}");
            b.add(t, &m.policy, &format!("{here}{SEP}{}", w.heading_policy));
            if let Some(a) = &m.aim {
                b.add(t, a, &format!("{here}{SEP}{}", w.heading_aim));
            }
            let main = format!("{here}{SEP}{}", w.heading_main);
            for mi in &m.main_initiatives {
                b.add(t, mi, &main);
            }
            for block in map.blocks.iter().filter(|bl| *bl.measure == *m.id) {
                b.add(
                    t,
                    &block.slogan,
                    &format!(
                        "{}{SEP}{}{}{SEP}{}",
                        w.tab_catalog, m.symbol, block.name, w.heading_policy
                    ),
                );
            }
        }

        // New and expanded initiatives, in the document's order.
        for (i, n) in map.indexed::<Initiative>() {
            let t = Target::Initiative(i);
            let here = format!(
                "{}{SEP}{}{SEP}{}",
                w.tab_overview,
                w.initiatives,
                Msg::InitiativeNo {
                    number: n.number.to_string()
                }
                .text(lang)
            );
            b.title(t, &n.title, &here);
            b.add(t, &n.description, &here);
            if let Some(note) = &n.note {
                b.add(t, note, &here);
            }
            let label = match n.label {
                crate::model::InitiativeLabel::New => "NEW",
                crate::model::InitiativeLabel::Expanded => w.expanded,
            };
            b.add(t, label, &here);
            if let Some(a) = &n.added {
                b.add(t, a, &here);
            }
        }

        // The vision.
        let v = &map.vision;
        b.add(
            Target::Vision,
            &v.goal,
            &format!("{}{SEP}{}", w.tab_overview, w.vision),
        );
        b.add(
            Target::Vision,
            &v.workplace_state,
            &format!("{}{SEP}{}", w.tab_overview, w.crumb_workplace),
        );
        b.add(
            Target::Vision,
            &v.staff_state,
            &format!("{}{SEP}{}", w.tab_overview, w.crumb_staff),
        );

        // The glossary.
        for (i, g) in map.indexed::<GlossaryEntry>() {
            let t = Target::Glossary(i);
            b.title(t, &g.term, w.tab_glossary);
            let here = format!("{}{SEP}{}", w.tab_glossary, g.term);
            if let Some(r) = &g.reading {
                b.title(t, r, &here);
            }
            b.add(t, &g.explanation, &here);
        }

        Index {
            texts: Arc::new(Texts {
                entries: b.entries,
                norms: b.norms,
            }),
        }
    }

    /// How many texts the index holds.
    pub fn len(&self) -> usize {
        self.texts.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.texts.entries.is_empty()
    }

    /// Hits for `query`, ranked, then in map order (see the module documentation).
    ///
    /// An empty or whitespace-only query gives no hits. A query matches a text when its
    /// normalised form is a substring of the text's normalised form. Several words separated
    /// by spaces (half- or full-width) must all match the same text; the hit's range then
    /// covers the first word's first occurrence.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.search_narrowing(query, &Matched::default())
            .0
            .iter()
            .collect()
    }

    /// [`Index::search`], looking only at the entries the previous query matched when the
    /// new one extends it (typing on: an entry holding every word of the longer query holds
    /// every word of the shorter). Returns the hits, and what they matched for the next key.
    pub fn search_narrowing(&self, query: &str, previous: &Matched) -> (Hits, Matched) {
        let texts = &*self.texts;
        let q = normalize(query);
        let words: Vec<&str> = q.split_whitespace().collect();
        let Some((first, rest)) = words.split_first() else {
            let none = Hits {
                texts: Arc::clone(&self.texts),
                ..Hits::default()
            };
            return (none, Matched::default());
        };
        // By rank, map order within a rank: the few ranks as buckets, filled in map order.
        let mut buckets: [Vec<Row>; 6] = Default::default();
        let mut entries = Vec::new();
        let mut consider = |i: usize, byte: usize| {
            let norm = texts.norm(i);
            if !rest.iter().all(|w| norm.contains(w)) {
                return;
            }
            let kind = texts.entries[i].kind;
            // The whole text is the query's words (no copy made to compare).
            let lead = norm.len() - norm.trim_start().len();
            let how = if byte == lead && norm.split_whitespace().eq(words.iter().copied()) {
                Match::Exact
            } else if byte == 0 {
                Match::Prefix
            } else {
                Match::Substring
            };
            let bucket = match kind {
                TextKind::Title => 0,
                TextKind::Body => 3,
            } + how as usize;
            entries.push((i, byte));
            buckets[bucket].push(Row {
                entry: i,
                byte,
                rank: Rank { kind, how },
            });
        };
        // The first word, prepared once for every text (SIMD substring search).
        let finder = memchr::memmem::Finder::new(first.as_bytes());
        let narrows = !previous.query.trim().is_empty() && q.starts_with(&previous.query);
        if narrows {
            // The first word is the previous one, or that word typed on: it first occurs
            // where the previous one did, or further on.
            for &(i, before) in &previous.entries {
                let norm = texts.norm(i).as_bytes();
                let byte = if norm[before..].starts_with(first.as_bytes()) {
                    Some(before)
                } else {
                    finder.find(&norm[before + 1..]).map(|b| before + 1 + b)
                };
                if let Some(byte) = byte {
                    consider(i, byte);
                }
            }
        } else {
            // One pass over every normalised text: each occurrence of the first word belongs
            // to the entry whose text holds it; only an entry's first one counts.
            let mut next = 0;
            let mut found = |at: usize| {
                while next < texts.entries.len() && texts.entries[next].norm.end <= at {
                    next += 1;
                }
                if let Some(e) = texts.entries.get(next)
                    && e.norm.start <= at
                {
                    consider(next, at - e.norm.start);
                    next += 1;
                }
            };
            finder
                .find_iter(texts.norms.as_bytes())
                .for_each(&mut found);
        }
        let hits = Hits {
            texts: Arc::clone(&self.texts),
            first_chars: first.chars().count(),
            rows: buckets.into_iter().flatten().collect(),
        };
        (hits, Matched { query: q, entries })
    }
}

/// What a query matched: its normalised form and the entries (for narrowing, see
/// [`Index::search_narrowing`]).
#[derive(Clone, Debug, Default)]
pub struct Matched {
    query: String,
    /// Each entry matched, in map order, with where the query's first word first occurs in
    /// it (a byte of its normalised text).
    entries: Vec<(usize, usize)>,
}

/// Gathers entries, dropping empty texts and repeats of a text for the same target (a
/// target's texts are added one after another).
#[derive(Default)]
struct Builder {
    entries: Vec<Entry>,
    norms: String,
    /// The entries of the target being added start here.
    target_starts: usize,
}

impl Builder {
    /// A text under a name: a role, contents, an explanation.
    fn add(&mut self, target: Target, text: &str, place: &str) {
        self.push(target, text, place, TextKind::Body);
    }

    /// A name or title: a step, a training, a glossary headword.
    fn title(&mut self, target: Target, text: &str, place: &str) {
        self.push(target, text, place, TextKind::Title);
    }

    fn push(&mut self, target: Target, text: &str, place: &str, kind: TextKind) {
        if self.entries.last().is_none_or(|e| e.target != target) {
            self.target_starts = self.entries.len();
        }
        let same_target = &self.entries[self.target_starts..];
        if text.trim().is_empty() || same_target.iter().any(|e| &*e.text == text) {
            return;
        }
        // The places of one target's texts are few: shared, not copied.
        let place = match same_target.iter().rev().find(|e| &*e.place == place) {
            Some(e) => Arc::clone(&e.place),
            None => place.into(),
        };
        let start = self.norms.len();
        self.norms.push_str(&normalize(text));
        let norm = start..self.norms.len();
        self.norms.push('\n');
        self.entries.push(Entry {
            target,
            text: text.into(),
            place,
            kind,
            norm,
        });
    }
}

/// Normalise for matching:
/// - full-width ASCII → half-width (ＯＪＴ → OJT, ０ → 0, （ → ();
/// - ideographic space → space; wave dash 〜 → ~ (as full-width ～ becomes);
/// - half-width katakana → full-width (ﾃﾞｰﾀ → データ), a following voicing mark ﾞ or ﾟ
///   joined to the kana before it; so are the combining marks U+3099 and U+309A;
/// - hiragana → katakana (でーた → データ);
/// - ASCII lowercase.
///
/// Each char of the result comes from one char of `s`, or from a kana and its voicing
/// mark; [`normalize_with_offsets`] says which.
pub fn normalize(s: &str) -> String {
    normalize_with_offsets(s).0
}

/// [`normalize`], with where each char of the result came from: `offsets[i]` is the index
/// of the char of `s` that result char `i` starts at, and the last element is the char count
/// of `s`. A range `a..b` of result chars is thus `offsets[a]..offsets[b]` in `s`.
fn normalize_with_offsets(s: &str) -> (String, Vec<usize>) {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut offsets = Vec::with_capacity(chars.len() + 1);
    let mut i = 0;
    while i < chars.len() {
        offsets.push(i);
        let mut c = fold(chars[i]);
        i += 1;
        if let Some(&mark) = chars.get(i)
            && let Some(voiced) = voice(c, mark)
        {
            c = voiced;
            i += 1;
        }
        out.push(c);
    }
    offsets.push(chars.len());
    (out, offsets)
}

/// Half-width katakana and punctuation U+FF61..=U+FF9F, in full width.
const HALF_WIDTH_KANA: [char; 63] = [
    '。', '「', '」', '、', '・', 'ヲ', 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ャ', 'ュ', 'ョ', 'ッ', 'ー',
    'ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク', 'ケ', 'コ', 'サ', 'シ', 'ス', 'セ', 'ソ', 'タ',
    'チ', 'ツ', 'テ', 'ト', 'ナ', 'ニ', 'ヌ', 'ネ', 'ノ', 'ハ', 'ヒ', 'フ', 'ヘ', 'ホ', 'マ', 'ミ',
    'ム', 'メ', 'モ', 'ヤ', 'ユ', 'ヨ', 'ラ', 'リ', 'ル', 'レ', 'ロ', 'ワ', 'ン', '゛', '゜',
];

/// One char, folded on its own (voicing marks are joined in [`normalize_with_offsets`]).
fn fold(c: char) -> char {
    let shifted = |by: i64| {
        u32::try_from(i64::from(u32::from(c)) + by)
            .ok()
            .and_then(char::from_u32)
            .unwrap_or(c)
    };
    match c {
        '\u{FF01}'..='\u{FF5E}' => shifted(-0xFEE0).to_ascii_lowercase(),
        '\u{3000}' => ' ',
        '\u{301C}' => '~',
        '\u{FF61}'..='\u{FF9F}' => HALF_WIDTH_KANA[(u32::from(c) - 0xFF61) as usize],
        '\u{3041}'..='\u{3096}' | '\u{309D}' | '\u{309E}' => shifted(0x60),
        _ => c.to_ascii_lowercase(),
    }
}

/// The katakana `base` with the voicing `mark` (ﾞ ﾟ or combining ゙ ゚) joined, where such a
/// kana exists.
fn voice(base: char, mark: char) -> Option<char> {
    let semi = match mark {
        '\u{FF9E}' | '\u{3099}' => false,
        '\u{FF9F}' | '\u{309A}' => true,
        _ => return None,
    };
    let next = |by: u32| char::from_u32(u32::from(base) + by);
    match (base, semi) {
        (_, false) if "カキクケコサシスセソタチツテトハヒフヘホ".contains(base) => {
            next(1)
        }
        (_, true) if "ハヒフヘホ".contains(base) => next(2),
        ('ウ', false) => Some('ヴ'),
        ('ワ', false) => Some('ヷ'),
        ('ヰ', false) => Some('ヸ'),
        ('ヱ', false) => Some('ヹ'),
        ('ヲ', false) => Some('ヺ'),
        ('ヽ', false) => Some('ヾ'),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The search as it was written first, entry by entry, with the char offsets made when
    /// the index is built: the reference the one-pass search and the lazily made hits are
    /// held to.
    fn reference(index: &Index, query: &str) -> Vec<Hit> {
        let q = normalize(query);
        let words: Vec<&str> = q.split_whitespace().collect();
        let Some((first, rest)) = words.split_first() else {
            return Vec::new();
        };
        let mut hits: Vec<Hit> = Vec::new();
        for e in &index.texts.entries {
            let (norm, offsets) = normalize_with_offsets(&e.text);
            if !rest.iter().all(|w| norm.contains(w)) {
                continue;
            }
            let Some(byte) = norm.find(first) else {
                continue;
            };
            let start = norm[..byte].chars().count();
            let how = if norm.split_whitespace().eq(words.iter().copied()) {
                Match::Exact
            } else if byte == 0 {
                Match::Prefix
            } else {
                Match::Substring
            };
            hits.push(Hit {
                target: e.target,
                text: e.text.clone(),
                place: e.place.clone(),
                range: offsets[start]..offsets[start + first.chars().count()],
                rank: Rank { kind: e.kind, how },
            });
        }
        // Stable: map order within a rank.
        hits.sort_by_key(|h| h.rank);
        hits
    }

    fn embedded_index() -> Index {
        Index::build(&crate::model::load_embedded().unwrap())
    }

    #[test]
    fn one_pass_search_is_the_entry_by_entry_search() {
        let index = embedded_index();
        let mut queries: Vec<String> = [
            "研修",
            "研",
            "の",
            "、",
            "ｏｊｔ",
            "でーた",
            "ﾃﾞｰﾀ",
            "研修 主任",
            "主任 研修",
            "係長",
            "a",
            " ",
            "",
            "研修　OJT",
            "職員 の 研修",
        ]
        .map(String::from)
        .to_vec();
        // Every char of the glossary's first headwords, and each headword whole.
        for g in index
            .texts
            .entries
            .iter()
            .filter(|e| e.kind == TextKind::Title)
            .take(60)
        {
            queries.push(g.text.to_string());
            queries.extend(g.text.chars().map(String::from));
        }
        for q in &queries {
            let hits = index.search(q);
            assert_eq!(hits, reference(&index, q), "{q:?}");
        }
    }

    proptest::proptest! {
        /// Any query made of the map's own chars (and spaces): the same hits as the
        /// reference, typed at once or narrowed key by key.
        #[test]
        fn any_query_finds_what_the_reference_finds(
            picks in proptest::collection::vec((0usize..4000, proptest::bool::weighted(0.15)), 1..6)
        ) {
            thread_local! {
                static INDEX: Index = embedded_index();
            }
            INDEX.with(|index| {
                let chars: Vec<char> = index.texts.norms.chars().filter(|c| *c != '\n').collect();
                let query: String = picks
                    .iter()
                    .map(|&(i, space)| if space { ' ' } else { chars[i % chars.len()] })
                    .collect();
                proptest::prop_assert_eq!(index.search(&query), reference(index, &query));
                let mut matched = Matched::default();
                let mut typed = String::new();
                for c in query.chars() {
                    typed.push(c);
                    let (hits, now) = index.search_narrowing(&typed, &matched);
                    proptest::prop_assert_eq!(hits.iter().collect::<Vec<_>>(), reference(index, &typed));
                    matched = now;
                }
                Ok(())
            })?;
        }
    }

    #[test]
    fn full_width_ascii_becomes_half_width() {
        assert_eq!(normalize("ＯＪＴ"), "ojt");
        assert_eq!(normalize("０１９"), "019");
        assert_eq!(normalize("考課者（一次）"), "考課者(一次)");
        assert_eq!(normalize("１～５"), "1~5");
        assert_eq!(normalize("！～"), "!~");
    }

    #[test]
    fn ascii_is_lowercased() {
        assert_eq!(normalize("OJT DX Ojt"), "ojt dx ojt");
        assert_eq!(normalize("Ｄｘ"), "dx");
        // Only ASCII: other letters keep their case (and their char count).
        assert_eq!(normalize("ÀΣ"), "ÀΣ");
    }

    #[test]
    fn ideographic_space_and_wave_dash() {
        assert_eq!(normalize("研修\u{3000}OJT"), "研修 ojt");
        assert_eq!(normalize("1〜5"), normalize("1～5"));
    }

    #[test]
    fn half_width_katakana_becomes_full_width() {
        assert_eq!(normalize("ﾃﾞｰﾀ"), "データ");
        assert_eq!(normalize("ﾊﾟｿｺﾝ"), "パソコン");
        assert_eq!(normalize("ｳﾞｨ"), "ヴィ");
        assert_eq!(normalize("ｶﾞｷﾞｸﾞｹﾞｺﾞ"), "ガギグゲゴ");
        assert_eq!(normalize("ﾊﾞﾋﾞﾌﾞﾍﾞﾎﾞﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ"), "バビブベボパピプペポ");
        assert_eq!(normalize("｡｢｣､･ｦｧｯｰﾝ"), "。「」、・ヲァッーン");
    }

    #[test]
    fn half_width_table_is_complete() {
        for (i, &full) in HALF_WIDTH_KANA.iter().enumerate() {
            let half = char::from_u32(0xFF61 + i as u32).unwrap();
            assert_eq!(fold(half), full, "{half}");
        }
        assert_eq!(fold('ｱ'), 'ア');
        assert_eq!(fold('ﾝ'), 'ン');
    }

    #[test]
    fn voicing_marks_that_cannot_join_stay() {
        // A mark on a kana without a voiced form, or on nothing, becomes a full-width mark.
        assert_eq!(normalize("ｱﾞ"), "ア゛");
        assert_eq!(normalize("ﾞ"), "゛");
        assert_eq!(normalize("ｶﾟ"), "カ゜");
        assert_eq!(normalize("Aﾞ"), "a゛");
        // A lone combining mark is kept as it is.
        assert_eq!(normalize("\u{3099}"), "\u{3099}");
    }

    #[test]
    fn combining_voicing_marks_join() {
        assert_eq!(normalize("テ\u{3099}ータ"), "データ");
        assert_eq!(normalize("て\u{3099}"), "デ");
        assert_eq!(normalize("ハ\u{309A}"), "パ");
    }

    #[test]
    fn hiragana_becomes_katakana() {
        assert_eq!(normalize("でーた"), "データ");
        assert_eq!(normalize("ぁんゔゝゞ"), "ァンヴヽヾ");
        assert_eq!(normalize("こうかしゃ"), "コウカシャ");
        // Kanji and katakana are left alone.
        assert_eq!(normalize("考課者データ"), "考課者データ");
    }

    #[test]
    fn offsets_map_back_to_the_original() {
        let (norm, offsets) = normalize_with_offsets("ﾃﾞｰﾀ分析");
        assert_eq!(norm, "データ分析");
        assert_eq!(offsets, vec![0, 2, 3, 4, 5, 6]);
        let (norm, offsets) = normalize_with_offsets("");
        assert_eq!(norm, "");
        assert_eq!(offsets, vec![0]);
        let (_, offsets) = normalize_with_offsets("ＯＪＴ推進者");
        assert_eq!(offsets, vec![0, 1, 2, 3, 4, 5, 6]);
    }

    #[test]
    fn hit_parts_split_at_the_range() {
        let hit = Hit {
            target: Target::Vision,
            text: "OJT推進者".into(),
            place: "".into(),
            range: 3..5,
            rank: Rank {
                kind: TextKind::Title,
                how: Match::Prefix,
            },
        };
        assert_eq!(hit.parts(), ("OJT", "推進", "者"));
    }
}
