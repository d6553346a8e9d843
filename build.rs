//! Turns BudouX's Japanese model (`data/budoux/ja.json`) into static hash tables
//! (`$OUT_DIR/budoux_ja.rs`, included by `src/wrap.rs`): the navigator starts with them in
//! its read-only data instead of building them on the heap from the JSON at its first frame.
//! `src/wrap.rs` tests that every key and score reads back as a JSON parser reads the file.
//! Also names the build (`CAREER_NAV_BUILD`), so the two programs know each other, and
//! gives the linker the order of the functions a start runs (`link_order`).

use std::env;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

const MODEL: &str = "data/budoux/ja.json";

/// The names of the model's tables, in the order `src/wrap.rs` keeps them.
const TABLES: [&str; 13] = [
    "UW1", "UW2", "UW3", "UW4", "UW5", "UW6", "BW1", "BW2", "BW3", "TW1", "TW2", "TW3", "TW4",
];

/// Up to three characters as one number (16 bits each: the model has no character past
/// U+FFFF), as `src/wrap.rs` packs them.
fn pack(key: &str) -> u64 {
    key.chars().fold(0, |k, c| {
        assert!(u32::from(c) <= 0xFFFF, "{key}: a character past U+FFFF");
        (k << 16) | u64::from(c)
    })
}

/// The slot a key starts looking at in a table of `size` slots, as `src/wrap.rs` computes
/// it (the high half of the hash times the size: any size, not only a power of two).
fn slot(key: u64, size: usize) -> usize {
    let x = key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    ((u128::from(x) * size as u128) >> 64) as usize
}

/// The tables of the JSON text: an object of feature names, each an object of keys (no
/// escapes) and integers.
fn read(json: &str) -> Vec<(String, Vec<(String, i32)>)> {
    let mut tables = Vec::new();
    let mut rest = json.trim().strip_prefix('{').expect("an object");
    loop {
        rest = rest.trim_start().strip_prefix('"').expect("a name");
        let (name, after) = rest.split_once('"').expect("a name");
        rest = after
            .trim_start()
            .strip_prefix(':')
            .and_then(|r| r.trim_start().strip_prefix('{'))
            .expect("a table");
        let (body, after) = rest.split_once('}').expect("a table's end");
        let mut entries = Vec::new();
        for entry in body.split(',').filter(|e| !e.trim().is_empty()) {
            let (key, value) = entry.rsplit_once(':').expect("key: score");
            let key = key.trim().trim_matches('"');
            assert!(!key.contains('\\') && key.chars().count() <= 3, "{key}");
            entries.push((key.to_string(), value.trim().parse().expect("an integer")));
        }
        tables.push((name.to_string(), entries));
        rest = after.trim_start();
        match rest.strip_prefix(',') {
            Some(r) => rest = r,
            None => break,
        }
    }
    tables
}

/// What the two programs' conversation depends on: the map's types and how they are read
/// and written (`src/model/`), the protocol (`src/convert.rs`), and the libraries' versions
/// (`Cargo.lock`). An edit elsewhere (a screen, a word) leaves the converter usable.
const SPOKEN: [&str; 3] = ["src/model", "src/convert.rs", "Cargo.lock"];

/// Every file at or under `path`, sorted; a missing one stops the build (an identity made
/// of nothing would match any converter).
fn files(path: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_file() {
        out.push(path.to_path_buf());
        return;
    }
    let entries = std::fs::read_dir(path)
        .unwrap_or_else(|e| panic!("build.rs: {} cannot be read: {e}", path.display()));
    let mut here: Vec<_> = entries
        .map(|e| e.expect("a directory entry").path())
        .collect();
    here.sort();
    for p in here {
        files(&p, out);
    }
}

/// An identity of what the two programs share (FNV-1a over the names and bytes of
/// [`SPOKEN`]): `career-nav` and `career-nav-convert` built from the same sources share it,
/// and the navigator refuses a converter of another build (`src/convert.rs`).
fn build_id() -> u64 {
    let mut paths = Vec::new();
    for p in SPOKEN {
        files(std::path::Path::new(p), &mut paths);
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in paths {
        let bytes = std::fs::read(&p)
            .unwrap_or_else(|e| panic!("build.rs: {} cannot be read: {e}", p.display()));
        for b in p.to_string_lossy().bytes().chain(bytes) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

fn main() {
    println!("cargo::rerun-if-changed={MODEL}");
    println!("cargo::rerun-if-changed=build.rs");
    for p in SPOKEN {
        println!("cargo::rerun-if-changed={p}");
    }
    println!("cargo::rustc-env=CAREER_NAV_BUILD={:016x}", build_id());
    link_order();
    embedded_map();
    let json = std::fs::read_to_string(MODEL).expect("the BudouX model");
    let tables = read(&json);
    let mut out = String::new();
    let mut total: i64 = 0;
    for name in TABLES {
        let (_, entries) = tables
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("table {name}"));
        // Open addressing, half full: a lookup is one multiplication and a probe or two.
        let size = (entries.len() * 2).max(2);
        // A slot is one number: the key above the score's 16 bits, 0 when empty (8 bytes a
        // slot, not the 16 of a (u64, i32) pair; 4 for the keys of one character).
        let ty = if name.starts_with("UW") { "u32" } else { "u64" };
        let mut slots = vec![0u64; size];
        for (key, score) in entries {
            total += i64::from(*score);
            let k = pack(key);
            assert_ne!(k, 0);
            assert!(
                ty == "u64" || k <= 0xFFFF,
                "{name}: {key} is not one character"
            );
            let score = i16::try_from(*score).expect("a score within 16 bits");
            let mut i = slot(k, size);
            while slots[i] != 0 {
                assert_ne!(slots[i] >> 16, k, "{name}: {key} twice");
                i = if i + 1 == size { 0 } else { i + 1 };
            }
            slots[i] = (k << 16) | u64::from(score as u16);
        }
        writeln!(out, "pub static {name}: [{ty}; {size}] = [").unwrap();
        for v in slots {
            writeln!(out, "{v:#x},").unwrap();
        }
        writeln!(out, "];").unwrap();
    }
    writeln!(out, "pub const TOTAL: i64 = {total};").unwrap();
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("budoux_ja.rs");
    std::fs::write(dest, out).unwrap();
}

/// Places the functions a start runs together in the navigator's release binary.
///
/// A page fault on the binary maps the whole 64 KB window of the file around it, so a start
/// that runs ~600 functions spread over 2.3 MB of code makes nearly all of it resident. The
/// list `benches/support/link-order.txt` (written by `benches/link_order.py`, in the order a
/// start first uses them) makes the linker place them first: the code resident at the first
/// frame fell from 2,192 kB to 844 kB (BENCHMARKS.md). A stale list places fewer functions;
/// it never breaks the build (the linker is told not to warn of names it does not find). The
/// navigator's names carry a hash of the release profile's settings (`strip` included): after
/// a change to the profile, regenerate the list, or none of the navigator's own functions is
/// placed.
///
/// Only where the linker is known to be lld (rustc 1.90 and later link x86-64 Linux with it
/// unless told otherwise); `CAREER_NAV_NO_LINK_ORDER=1` turns it off.
fn link_order() {
    let list = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap_or_default())
        .join("benches/support/link-order.txt");
    println!("cargo::rerun-if-changed={}", list.display());
    println!("cargo::rerun-if-env-changed=CAREER_NAV_NO_LINK_ORDER");
    println!("cargo::rerun-if-env-changed=CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER");
    if env::var("PROFILE").as_deref() != Ok("release")
        || env::var_os("CAREER_NAV_NO_LINK_ORDER").is_some()
        || env::var("TARGET").as_deref() != Ok("x86_64-unknown-linux-gnu")
        || env::var_os("CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER").is_some()
        || chooses_linker(&env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default())
        || !links_with_lld()
        || !list.is_file()
    {
        return;
    }
    println!(
        "cargo::rustc-link-arg-bin=career-nav=-Wl,--symbol-ordering-file={}",
        list.display()
    );
    println!("cargo::rustc-link-arg-bin=career-nav=-Wl,--no-warn-symbol-ordering");
    // (Identical code folding, `--icf=all`, was measured: 30 KB smaller, but 36 kB more
    // code resident at the first frame, the order above kept less well: left out.)
    // Segments aligned to 64 KB, so the kernel loads the binary at an address that is a
    // multiple of 64 KB (it honours the largest p_align): the windows a fault maps are then
    // the file's own 64 KB windows, the ones the order above packs, at every start (with
    // 4 KB alignment, each start's random address moved the windows against the code, and
    // one start in a few made another window resident).
    println!("cargo::rustc-link-arg-bin=career-nav=-Wl,-z,max-page-size=65536");
    // Relative relocations packed (DT_RELR): the 64 KB table the dynamic loader reads at
    // every start shrinks to a few kilobytes. A binary so linked needs glibc 2.36 or later,
    // so only when the glibc it is built against (this machine's: the target is the host)
    // is that new.
    if env::var("HOST").ok() == env::var("TARGET").ok() && glibc_at_least(2, 36) {
        println!("cargo::rustc-link-arg-bin=career-nav=-Wl,-z,pack-relative-relocs");
    }
}

/// Whether this machine's glibc (`getconf GNU_LIBC_VERSION`: "glibc 2.36") is at least
/// `major.minor`.
fn glibc_at_least(major: u32, minor: u32) -> bool {
    let Ok(out) = Command::new("getconf").arg("GNU_LIBC_VERSION").output() else {
        return false;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let Some(version) = text.trim().strip_prefix("glibc ") else {
        return false;
    };
    let mut parts = version.split('.').map(|n| n.parse::<u32>().unwrap_or(0));
    (parts.next().unwrap_or(0), parts.next().unwrap_or(0)) >= (major, minor)
}

/// Flags that pick another linker, or turn the bundled lld off.
fn chooses_linker(rustflags: &str) -> bool {
    rustflags
        .split('\x1f')
        .any(|f| f.contains("linker") || f.contains("link-self-contained") || f.contains("fuse-ld"))
}

/// rustc 1.90 or later (the first to link x86_64-unknown-linux-gnu with its own lld).
fn links_with_lld() -> bool {
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let Ok(out) = Command::new(rustc).arg("--version").output() else {
        return false;
    };
    // "rustc 1.95.0 (59807616e 2026-...)"
    let text = String::from_utf8_lossy(&out.stdout);
    let mut version = text
        .split_whitespace()
        .nth(1)
        .unwrap_or("")
        .split(['.', '-'])
        .map(|n| n.parse::<u32>().unwrap_or(0));
    let (major, minor) = (version.next().unwrap_or(0), version.next().unwrap_or(0));
    (major, minor) >= (1, 90)
}

/// The embedded map (`data/hamamatsu.ron`) as Rust code that builds it
/// (`$OUT_DIR/embedded_map.rs`, included by `src/model/mod.rs`): a start constructs the map
/// instead of parsing 52 KB of RON (2.9 M instructions, a third of a start before its first
/// frame, with ron's parser and serde's visitors paged in). The file stays the map's one
/// source; the types are read from `src/model/mod.rs`, and a field a map may leave out gets
/// its default as serde gives it. `the_embedded_map_is_valid` (src/model/load.rs) tests that
/// the map built equals the map `ron` reads from the same file.
mod embedded {
    use std::collections::HashMap;
    use std::fmt::Write as _;

    pub const MAP: &str = "data/hamamatsu.ron";
    pub const TYPES: &str = "src/model/mod.rs";

    /// A field of a map type: its name, its type as written, whether serde may leave it out.
    struct Field {
        name: String,
        ty: String,
        optional: bool,
    }

    /// The map's types as `src/model/mod.rs` declares them.
    #[derive(Default)]
    struct Schema {
        structs: HashMap<String, Vec<Field>>,
        enums: HashMap<String, Vec<String>>,
        aliases: HashMap<String, String>,
    }

    fn schema(source: &str) -> Schema {
        let mut s = Schema::default();
        let mut lines = source.lines().map(str::trim);
        while let Some(line) = lines.next() {
            if let Some(rest) = line.strip_prefix("pub type ") {
                let (name, ty) = rest
                    .trim_end_matches(';')
                    .split_once(" = ")
                    .expect("an alias");
                s.aliases.insert(name.to_string(), ty.to_string());
            } else if let Some(rest) = line.strip_prefix("pub struct ")
                && let Some(name) = rest.strip_suffix(" {")
            {
                let mut fields = Vec::new();
                let mut field_attrs = String::new();
                for line in lines.by_ref() {
                    if line == "}" {
                        break;
                    }
                    if line.starts_with("#[") {
                        field_attrs.push_str(line);
                        continue;
                    }
                    if line.starts_with("//") || line.is_empty() {
                        continue;
                    }
                    let decl = line.strip_prefix("pub ").unwrap_or(line);
                    let (fname, ty) = decl
                        .trim_end_matches(',')
                        .split_once(": ")
                        .unwrap_or_else(|| panic!("build.rs: a field of {name}: {line}"));
                    let optional = field_attrs.contains("serde(default)")
                        || field_attrs.contains("serde(skip)");
                    fields.push(Field {
                        name: fname.to_string(),
                        ty: ty.to_string(),
                        optional,
                    });
                    field_attrs.clear();
                }
                s.structs.insert(name.to_string(), fields);
            } else if let Some(rest) = line.strip_prefix("pub enum ")
                && let Some(name) = rest.strip_suffix(" {")
            {
                let mut variants = Vec::new();
                for line in lines.by_ref() {
                    if line == "}" {
                        break;
                    }
                    if line.starts_with("//") || line.starts_with("#[") || line.is_empty() {
                        continue;
                    }
                    let v = line.trim_end_matches(',');
                    assert!(
                        v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
                        "build.rs: {name}::{v}: only unit variants are built"
                    );
                    variants.push(v.to_string());
                }
                s.enums.insert(name.to_string(), variants);
            }
        }
        s
    }

    #[derive(Clone, Debug, PartialEq)]
    enum Tok {
        Ident(String),
        Str(String),
        Num(String),
        Punct(char),
    }

    /// RON's tokens (comments and spaces dropped), with the line each starts on.
    fn tokens(text: &str) -> Vec<(Tok, usize)> {
        let cs: Vec<char> = text.chars().collect();
        let mut out = Vec::new();
        let (mut i, mut line) = (0, 1);
        while i < cs.len() {
            let c = cs[i];
            let at = line;
            if c == '\n' {
                line += 1;
                i += 1;
            } else if c.is_whitespace() {
                i += 1;
            } else if c == '/' && cs.get(i + 1) == Some(&'/') {
                while i < cs.len() && cs[i] != '\n' {
                    i += 1;
                }
            } else if c == '/' && cs.get(i + 1) == Some(&'*') {
                let mut depth = 0;
                loop {
                    assert!(
                        i + 1 < cs.len(),
                        "build.rs: {MAP}:{at}: an unclosed comment"
                    );
                    if cs[i] == '/' && cs[i + 1] == '*' {
                        depth += 1;
                        i += 2;
                    } else if cs[i] == '*' && cs[i + 1] == '/' {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        line += usize::from(cs[i] == '\n');
                        i += 1;
                    }
                }
            } else if c == '"' {
                let mut s = String::new();
                i += 1;
                loop {
                    let c = *cs
                        .get(i)
                        .unwrap_or_else(|| panic!("build.rs: {MAP}:{at}: an unclosed string"));
                    i += 1;
                    match c {
                        '"' => break,
                        '\\' => {
                            let e = cs[i];
                            i += 1;
                            s.push(match e {
                                'n' => '\n',
                                't' => '\t',
                                'r' => '\r',
                                '0' => '\0',
                                '\\' | '"' | '\'' => e,
                                'u' => {
                                    assert_eq!(cs[i], '{', "build.rs: {MAP}:{at}: \\u{{…}}");
                                    let end = i + cs[i..].iter().position(|&c| c == '}').unwrap();
                                    let hex: String = cs[i + 1..end].iter().collect();
                                    i = end + 1;
                                    char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap()
                                }
                                other => panic!("build.rs: {MAP}:{at}: the escape \\{other}"),
                            });
                        }
                        c => {
                            line += usize::from(c == '\n');
                            s.push(c);
                        }
                    }
                }
                out.push((Tok::Str(s), at));
            } else if c.is_ascii_alphabetic() || c == '_' {
                let start = i;
                while i < cs.len() && (cs[i].is_ascii_alphanumeric() || cs[i] == '_') {
                    i += 1;
                }
                let word: String = cs[start..i].iter().collect();
                assert!(
                    !(word == "r" && matches!(cs.get(i), Some('"' | '#'))),
                    "build.rs: {MAP}:{at}: a raw string (write it as \"…\")"
                );
                out.push((Tok::Ident(word), at));
            } else if c.is_ascii_digit() || c == '-' {
                let start = i;
                i += 1;
                while i < cs.len() && (cs[i].is_ascii_alphanumeric() || cs[i] == '_') {
                    i += 1;
                }
                out.push((Tok::Num(cs[start..i].iter().collect()), at));
            } else if "()[]{},:".contains(c) {
                out.push((Tok::Punct(c), at));
                i += 1;
            } else {
                panic!("build.rs: {MAP}:{at}: unexpected {c:?}");
            }
        }
        out
    }

    struct Gen<'a> {
        schema: &'a Schema,
        toks: Vec<(Tok, usize)>,
        at: usize,
        out: String,
    }

    impl Gen<'_> {
        fn peek(&self) -> &Tok {
            &self.toks[self.at.min(self.toks.len() - 1)].0
        }

        fn next(&mut self) -> Tok {
            let t = self.toks.get(self.at).map(|t| t.0.clone());
            self.at += 1;
            t.unwrap_or_else(|| panic!("build.rs: {MAP}: ends too early"))
        }

        fn fail(&self, what: &str) -> ! {
            let line = self.toks.get(self.at.saturating_sub(1)).map_or(0, |t| t.1);
            panic!("build.rs: {MAP}:{line}: {what}")
        }

        fn expect(&mut self, c: char) {
            if self.next() != Tok::Punct(c) {
                self.fail(&format!("expected '{c}'"));
            }
        }

        /// A comma between items, or none before the closing bracket.
        fn comma_or(&mut self, close: char) -> bool {
            match self.peek() {
                Tok::Punct(',') => {
                    self.at += 1;
                    *self.peek() != Tok::Punct(close)
                }
                Tok::Punct(c) if *c == close => false,
                _ => self.fail(&format!("expected ',' or '{close}'")),
            }
        }

        fn value(&mut self, ty: &str) {
            let ty = self
                .schema
                .aliases
                .get(ty)
                .map_or(ty, String::as_str)
                .to_string();
            if let Some(inner) = ty.strip_prefix("Option<").and_then(|t| t.strip_suffix('>')) {
                match self.next() {
                    Tok::Ident(w) if w == "None" => self.out.push_str("None"),
                    Tok::Ident(w) if w == "Some" => {
                        self.expect('(');
                        self.out.push_str("Some(");
                        self.value(inner);
                        self.expect(')');
                        self.out.push(')');
                    }
                    _ => self.fail("expected Some(…) or None"),
                }
            } else if let Some(inner) = ty.strip_prefix("Vec<").and_then(|t| t.strip_suffix('>')) {
                self.expect('[');
                self.out.push_str("vec![");
                if *self.peek() != Tok::Punct(']') {
                    loop {
                        self.value(inner);
                        self.out.push(',');
                        if !self.comma_or(']') {
                            break;
                        }
                    }
                }
                self.expect(']');
                self.out.push(']');
            } else if ty == "Text" {
                match self.next() {
                    Tok::Str(s) => write!(self.out, "t({s:?})").unwrap(),
                    _ => self.fail("expected a string"),
                }
            } else if matches!(ty.as_str(), "u8" | "u16" | "u32" | "u64" | "usize") {
                match self.next() {
                    Tok::Num(n) if n.parse::<u64>().is_ok() => write!(self.out, "{n}").unwrap(),
                    _ => self.fail(&format!("expected a number ({ty})")),
                }
            } else if ty == "bool" {
                match self.next() {
                    Tok::Ident(w) if w == "true" || w == "false" => self.out.push_str(&w),
                    _ => self.fail("expected true or false"),
                }
            } else if let Some(variants) = self.schema.enums.get(&ty) {
                match self.next() {
                    Tok::Ident(w) if variants.contains(&w) => {
                        write!(self.out, "{ty}::{w}").unwrap()
                    }
                    _ => self.fail(&format!("expected one of {}", variants.join(", "))),
                }
            } else if self.schema.structs.contains_key(&ty) {
                self.structure(&ty);
            } else {
                self.fail(&format!("the type {ty} (src/model/mod.rs) is not built"))
            }
        }

        fn structure(&mut self, name: &str) {
            if let Tok::Ident(w) = self.peek().clone() {
                if w != name {
                    self.fail(&format!("expected {name}(…), found {w}"));
                }
                self.at += 1;
            }
            self.expect('(');
            let schema = self.schema;
            let fields = &schema.structs[name];
            let mut given: Vec<String> = Vec::new();
            write!(self.out, "{name} {{").unwrap();
            if *self.peek() != Tok::Punct(')') {
                loop {
                    let Tok::Ident(field) = self.next() else {
                        self.fail(&format!("expected a field of {name}"));
                    };
                    let Some(f) = fields.iter().find(|f| f.name == field) else {
                        self.fail(&format!("{name} has no field {field}"));
                    };
                    if given.contains(&field) {
                        self.fail(&format!("{field} twice"));
                    }
                    self.expect(':');
                    write!(self.out, "{field}:").unwrap();
                    self.value(&f.ty);
                    self.out.push(',');
                    given.push(field);
                    if !self.comma_or(')') {
                        break;
                    }
                }
            }
            self.expect(')');
            for f in fields.iter().filter(|f| !given.contains(&f.name)) {
                if !f.optional {
                    self.fail(&format!("{name} without its field {}", f.name));
                }
                write!(self.out, "{}:Default::default(),", f.name).unwrap();
            }
            self.out.push('}');
        }
    }

    /// The Rust expression that builds the map of `text` (an expression of type
    /// `CareerMap`, for `src/model/mod.rs`).
    pub fn rust(text: &str, types: &str) -> String {
        let schema = schema(types);
        let mut g = Gen {
            schema: &schema,
            toks: tokens(text),
            at: 0,
            out: String::new(),
        };
        g.out.push_str(
            "{\n#[inline(never)]\nfn t(s: &'static str) -> Text {\n    Text::embedded(s)\n}\n",
        );
        g.structure("CareerMap");
        if g.at != g.toks.len() {
            g.fail("more after the map");
        }
        g.out.push_str("\n}\n");
        g.out
    }
}

/// Writes `$OUT_DIR/embedded_map.rs` (see [`embedded`]).
fn embedded_map() {
    println!("cargo::rerun-if-changed={}", embedded::MAP);
    println!("cargo::rerun-if-changed={}", embedded::TYPES);
    let text = std::fs::read_to_string(embedded::MAP).expect("the embedded map");
    let types = std::fs::read_to_string(embedded::TYPES).expect("the map's types");
    let code = embedded::rust(text.trim_start_matches('\u{FEFF}'), &types);
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("embedded_map.rs");
    std::fs::write(dest, code).unwrap();
}
