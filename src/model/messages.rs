//! The messages of `check` in Japanese as well as English. The validator and the RON
//! parser speak English; this module renders each of their messages in Japanese from one
//! table of templates, so every message has both and a new message without a Japanese
//! template is caught by the tests (it would come out in English).

/// The language of `check`'s messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    #[default]
    En,
    Ja,
}

/// English templates and their Japanese; `{a}` `{b}` `{c}` stand for the parts that vary.
/// Order matters: the first template that matches is used.
const TEMPLATES: &[(&str, &str)] = &[
    // Validation.
    (
        "duplicate id \"{a}\": {b} uses the id of {c}",
        "id「{a}」が重複しています：{b} が {c} と同じ id を使っています",
    ),
    ("{a} has an empty id", "{a} の id が空です"),
    (
        "step {a} (\"{b}\"): next step \"{c}\" does not exist",
        "職位 {a}（\"{b}\"）：次の職位「{c}」がありません",
    ),
    (
        "specialist tier {a} (\"{b}\"): level step \"{c}\" does not exist",
        "スタッフ職 {a}（\"{b}\"）：対応する職位「{c}」がありません",
    ),
    (
        "year_training: step \"{a}\" does not exist",
        "year_training：職位「{a}」がありません",
    ),
    (
        "year_training: measure \"{a}\" does not exist",
        "year_training：施策「{a}」がありません",
    ),
    (
        "promotion training: step \"{a}\" (into) does not exist",
        "昇任時の研修：昇任先の職位「{a}」がありません",
    ),
    (
        "promotion training into \"{a}\": measure \"{b}\" does not exist",
        "「{a}」への昇任時の研修：施策「{b}」がありません",
    ),
    (
        "block {a} (\"{b}\"): measure \"{c}\" does not exist",
        "ブロック {a}（\"{b}\"）：施策「{c}」がありません",
    ),
    (
        "measure {a} (\"{b}\"): related training \"{c}\" does not exist",
        "施策 {a}（\"{b}\"）：関連の研修「{c}」がありません",
    ),
    (
        "two promotion_trainings entries go into step \"{a}\"",
        "職位「{a}」への昇任時の研修が二つあります",
    ),
    ("the ladder has no steps", "職位（steps）が一つもありません"),
    (
        "the ladder has no start: every step is some step's next, so the ladder loops",
        "階段の始まりがありません：どの職位もほかの職位の next になっていて、階段が輪になっています",
    ),
    (
        "the ladder has {a} starts ({b}): exactly one step must be no step's next",
        "階段の始まりが {a} つあります（{b}）：どの職位の next でもない職位は一つだけでなければなりません",
    ),
    (
        "step \"{a}\" is the next of {b} steps: the ladder must be a single line",
        "職位「{a}」が {b} つの職位の next になっています：階段は一本でなければなりません",
    ),
    (
        "the ladder loops: step \"{a}\" leads back to \"{b}\"",
        "階段が輪になっています：職位「{a}」から「{b}」に戻ります",
    ),
    (
        "only {a} of {b} steps can be reached from the bottom of the ladder",
        "{b} の職位のうち、階段の下からたどれるのは {a} だけです",
    ),
    (
        "step {a} (\"{b}\") has no role",
        "職位 {a}（\"{b}\"）に役割（role）がありません",
    ),
    (
        "step {a} (\"{b}\") has no title",
        "職位 {a}（\"{b}\"）に呼び名（titles）がありません",
    ),
    (
        "specialist tier {a} (\"{b}\") has no role",
        "スタッフ職 {a}（\"{b}\"）に役割（role）がありません",
    ),
    (
        "the title \"{a}\" is given to two places",
        "呼び名「{a}」が二か所で使われています",
    ),
    (
        "year_training lists year {a} twice",
        "year_training に {a} 年目が二回あります",
    ),
    (
        "step \"{a}\" has an empty name",
        "職位「{a}」の名前（name）が空です",
    ),
    (
        "step \"{a}\" has an empty expectation",
        "職位「{a}」に空の役割の文があります",
    ),
    (
        "specialist tier \"{a}\" has an empty expectation",
        "スタッフ職「{a}」に空の役割の文があります",
    ),
    (
        "training \"{a}\" has an empty name",
        "研修「{a}」の名前（name）が空です",
    ),
    (
        "the map is not valid ({a} problem)",
        "地図に問題が {a} 件あります",
    ),
    (
        "the map is not valid ({a} problems)",
        "地図に問題が {a} 件あります",
    ),
    // The parser.
    ("{a} (hint: {b})", "{a}（ヒント：{b}）"),
    (
        "this line has a full-width space 「　」 outside a string; use ASCII spaces",
        "この行の文字列の外に全角スペース「　」があります。半角スペースにしてください",
    ),
    (
        "a string above this point may be missing its closing \"",
        "この位置より上の文字列で、閉じる「\"」が抜けているかもしれません",
    ),
    (
        "a career-nav map starts with `CareerMap(`; is this the right file?",
        "career-nav の地図は `CareerMap(` で始まります。ファイルは合っていますか",
    ),
    (
        "the file ends too early: a `)` or `]` is probably missing",
        "ファイルが途中で終わっています：「)」か「]」が足りないようです",
    ),
    (
        "`{a}` is missing its field `{b}`",
        "`{a}` に項目 `{b}` がありません",
    ),
    ("a field is missing: `{a}`", "項目 `{a}` がありません"),
    (
        "Unexpected field named `{a}` in `{b}`, expected one of {c} instead",
        "`{b}` に知らない項目 `{a}` があります（使える項目：{c}）",
    ),
    (
        "Unexpected field named `{a}` in `{b}`, expected {c} instead",
        "`{b}` に知らない項目 `{a}` があります（使える項目：{c}）",
    ),
    (
        "Unexpected variant named `{a}` in enum `{b}`, expected either {c} instead",
        "`{b}` に知らない値 `{a}` があります（使える値：{c}）",
    ),
    (
        "Unexpected variant named `{a}` in enum `{b}`, expected one of {c} instead",
        "`{b}` に知らない値 `{a}` があります（使える値：{c}）",
    ),
    (
        "Unexpected duplicate field named `{a}` in `{b}`",
        "`{b}` に項目 `{a}` が二回あります",
    ),
    ("Expected comma", "「,」（カンマ）が必要です"),
    ("Expected string", "文字列（\"…\"）が必要です"),
    ("Expected closing `\"`", "文字列を閉じる「\"」が必要です"),
    ("Expected integer", "整数が必要です"),
    ("Expected array", "リスト（[…]）が必要です"),
    ("Expected end of array", "リストの終わり「]」が必要です"),
    ("Expected option", "Some(…) か None が必要です"),
    ("Expected opening `(`", "「(」が必要です"),
    ("Expected closing `)`", "「)」が必要です"),
    ("Expected identifier", "項目名が必要です"),
    (
        "Expected an `#![enable(...)]` attribute",
        "`#![enable(...)]` 属性が必要です（RON として読めません）",
    ),
    ("Unexpected end of RON", "ファイルが途中で終わっています"),
    ("Unexpected char {a}", "ここに {a} は置けません"),
    (
        "Non-whitespace trailing characters",
        "地図の終わりの後に余計な文字があります",
    ),
    ("Expected {a}", "{a} が必要です"),
    // `check`'s summary and file errors.
    (
        "ok — {a} steps, {b} specialist tiers, {c}",
        "問題なし — 職位 {a}、スタッフ職 {b}、{c}",
    ),
    ("cannot read the map: {a}", "地図を読めません：{a}"),
];

/// Match `text` against a template; the captures of `{a}`, `{b}`, `{c}` in order.
fn captures(template: &str, text: &str) -> Option<Vec<String>> {
    // Split the template into literal pieces around the placeholders.
    let mut pieces: Vec<&str> = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        if rest[i..].len() >= 3 && rest.as_bytes().get(i + 2) == Some(&b'}') {
            pieces.push(&rest[..i]);
            rest = &rest[i + 3..];
        } else {
            break;
        }
    }
    pieces.push(rest);
    if pieces.len() == 1 {
        return (template == text).then(Vec::new);
    }
    let mut caps = Vec::new();
    let mut at = text.strip_prefix(pieces[0])?;
    for (n, piece) in pieces.iter().enumerate().skip(1) {
        let last = n == pieces.len() - 1;
        if last {
            let cap = at.strip_suffix(piece)?;
            caps.push(cap.to_string());
            at = "";
        } else {
            let i = at.find(piece)?;
            caps.push(at[..i].to_string());
            at = &at[i + piece.len()..];
        }
    }
    at.is_empty().then_some(caps)
}

fn fill(template: &str, caps: &[String]) -> String {
    let mut out = template.to_string();
    for (name, cap) in ["{a}", "{b}", "{c}"].iter().zip(caps) {
        out = out.replacen(name, cap, 1);
    }
    out
}

/// Nouns that appear inside captured parts ("step 2級", "measure ①…").
fn nouns_ja(s: &str) -> String {
    for (en, ja) in [
        ("specialist tier ", "スタッフ職 "),
        ("step ", "職位 "),
        ("measure ", "施策 "),
        ("training ", "研修 "),
        ("block ", "ブロック "),
    ] {
        if let Some(rest) = s.strip_prefix(en) {
            return format!("{ja}{rest}");
        }
    }
    if let Some(n) = s
        .strip_prefix("year ")
        .and_then(|r| r.strip_suffix(" training"))
    {
        return format!("{n}年目の研修");
    }
    s.replace(", or ", "、")
        .replace(", and ", "、")
        .replace(" or ", "、")
        .replace(", ", "、")
}

/// A message in `lang`. English is returned as it is; Japanese comes from the templates,
/// applied again to the captured parts (for nested hints); an unknown message stays English.
pub fn message(text: &str, lang: Lang) -> String {
    match lang {
        Lang::En => text.to_string(),
        Lang::Ja => to_japanese(text),
    }
}

fn to_japanese(text: &str) -> String {
    for (en, ja) in TEMPLATES {
        if let Some(caps) = captures(en, text) {
            let caps: Vec<String> = caps.iter().map(|c| nouns_ja(&to_japanese(c))).collect();
            return fill(ja, &caps);
        }
    }
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_match_with_parts() {
        assert_eq!(
            message(
                "duplicate id \"kyu1\": step 2級 uses the id of step 1級",
                Lang::Ja
            ),
            "id「kyu1」が重複しています：職位 2級 が 職位 1級 と同じ id を使っています"
        );
        assert_eq!(
            message(
                "Expected comma (hint: a string above this point may be missing its closing \")",
                Lang::Ja
            ),
            "「,」（カンマ）が必要です（ヒント：この位置より上の文字列で、閉じる「\"」が抜けているかもしれません）"
        );
        assert_eq!(message("Expected comma", Lang::En), "Expected comma");
    }
}
