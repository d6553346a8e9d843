//! Comparing two editions of a map: pairs built from the embedded map by editing its text,
//! each change reported exactly (kind, key, field, old and new) and nothing else.

use career_nav::content::{Item, diff_items};
use career_nav::handout::render;
use career_nav::model::{
    CareerMap, Delta, DiffField, DiffKind, EMBEDDED_MAP, MapDiff, diff, parse,
};
use career_nav::render_text::Format;

/// The embedded map's text with `from` replaced by `to`; `from` must occur exactly once.
fn edit(text: &str, from: &str, to: &str) -> String {
    assert_eq!(
        text.matches(from).count(),
        1,
        "the edit needs exactly one {from:?} in the map text"
    );
    text.replacen(from, to, 1)
}

fn load(text: &str) -> CareerMap {
    parse(text, "edited.ron").unwrap_or_else(|e| panic!("the edited map loads: {e}"))
}

fn base() -> CareerMap {
    load(EMBEDDED_MAP)
}

/// The embedded map after a chain of edits.
fn edited(edits: &[(&str, &str)]) -> CareerMap {
    let mut text = EMBEDDED_MAP.to_string();
    for (from, to) in edits {
        text = edit(&text, from, to);
    }
    load(&text)
}

/// One reported fact, flattened so a test can state the whole diff.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Fact {
    Added(DiffKind, String),
    Removed(DiffKind, String),
    /// `None` for the map-wide fields.
    Field(Option<DiffKind>, String, DiffField, Delta),
}

fn facts(d: &MapDiff) -> Vec<Fact> {
    let mut out: Vec<Fact> = d
        .meta
        .iter()
        .map(|c| Fact::Field(None, String::new(), c.field, c.delta.clone()))
        .collect();
    for (kind, k) in d.kinds() {
        out.extend(k.added.iter().map(|e| Fact::Added(kind, e.key.clone())));
        out.extend(k.removed.iter().map(|e| Fact::Removed(kind, e.key.clone())));
        for c in &k.changed {
            assert!(!c.fields.is_empty(), "a changed entity names a field");
            for f in &c.fields {
                out.push(Fact::Field(
                    Some(kind),
                    c.key.clone(),
                    f.field,
                    f.delta.clone(),
                ));
            }
        }
    }
    out.sort();
    out
}

fn changed(kind: DiffKind, key: &str, field: DiffField, old: &str, new: &str) -> Fact {
    Fact::Field(
        Some(kind),
        key.into(),
        field,
        Delta::Changed {
            old: Some(old.into()),
            new: Some(new.into()),
        },
    )
}

fn sorted(mut v: Vec<Fact>) -> Vec<Fact> {
    v.sort();
    v
}

/// The report as plain text.
fn report(d: &MapDiff) -> String {
    render(&diff_items(d, "old.ron", "new.ron"), Format::Text)
}

/// Check the diff both ways: `old → new` gives `expected`, `new → old` its mirror.
fn check(old: &CareerMap, new: &CareerMap, expected: Vec<Fact>) -> MapDiff {
    let d = diff(old, new);
    assert_eq!(facts(&d), sorted(expected), "diff old → new");
    let back = diff(new, old);
    assert_eq!(
        facts(&back),
        facts(&d.mirrored()),
        "diff new → old mirrors it"
    );
    assert!(!d.is_empty());
    assert!(!report(&d).contains("違いはありません"));
    d
}

fn has_line(report: &str, line: &str) {
    assert!(
        report.lines().any(|l| l == line),
        "the report has the line {line:?}:\n{report}"
    );
}

const SHUNIN_ROLE: &str = "行政サービス活動の効率的推進者";

#[test]
fn identical_maps_differ_in_nothing() {
    let d = diff(&base(), &base());
    assert!(d.is_empty());
    assert_eq!(d, MapDiff::default());
    let items = diff_items(&d, "a.ron", "b.ron");
    assert!(items.contains(&Item::Text("違いはありません。".into())));
    assert_eq!(items[0], Item::Title("地図の違い：a.ron → b.ron".into()));
    let text = render(&items, Format::Text);
    has_line(&text, "違いはありません。");
    let md = render(&items, Format::Markdown);
    assert!(md.contains("違いはありません。"), "{md}");
}

#[test]
fn a_step_role_renamed() {
    let new = edited(&[(
        &format!("role: \"{SHUNIN_ROLE}\""),
        "role: \"行政サービス活動の効率的推進役\"",
    )]);
    let d = check(
        &base(),
        &new,
        vec![changed(
            DiffKind::Step,
            "shunin",
            DiffField::Role,
            SHUNIN_ROLE,
            "行政サービス活動の効率的推進役",
        )],
    );
    let text = report(&d);
    has_line(&text, "【職位】");
    has_line(
        &text,
        "・変更：主任 — 役割名：「行政サービス活動の効率的推進者」→「行政サービス活動の効率的推進役」",
    );
    has_line(&text, "追加 0件・削除 0件・変更 1件");
}

#[test]
fn a_step_renamed_is_a_change_not_a_removal() {
    // The promotion trainings into 主任 are placed by the step's id: they do not move.
    let new = edited(&[(
        "name: \"主任\",\n            titles: [\"主任\"]",
        "name: \"主任主事\",\n            titles: [\"主任主事\"]",
    )]);
    check(
        &base(),
        &new,
        vec![
            changed(
                DiffKind::Step,
                "shunin",
                DiffField::Name,
                "主任",
                "主任主事",
            ),
            Fact::Field(
                Some(DiffKind::Step),
                "shunin".into(),
                DiffField::JobTitle,
                Delta::Removed("主任".into()),
            ),
            Fact::Field(
                Some(DiffKind::Step),
                "shunin".into(),
                DiffField::JobTitle,
                Delta::Added("主任主事".into()),
            ),
        ],
    );
}

#[test]
fn an_expectation_added_and_one_removed() {
    let added = "後輩の相談に乗ることができる。";
    let removed = "市政全般に対する政策評価と政策論議ができる。";
    let new = edited(&[
        (
            "グループ業務の円滑で効率的な推進に貢献することができる。\",\n",
            &format!(
                "グループ業務の円滑で効率的な推進に貢献することができる。\",\n                \"{added}\",\n"
            ),
        ),
        (&format!("                \"{removed}\",\n"), ""),
    ]);
    let d = check(
        &base(),
        &new,
        vec![
            Fact::Field(
                Some(DiffKind::Step),
                "shunin".into(),
                DiffField::Expectation,
                Delta::Added(added.into()),
            ),
            Fact::Field(
                Some(DiffKind::Step),
                "bucho".into(),
                DiffField::Expectation,
                Delta::Removed(removed.into()),
            ),
        ],
    );
    let text = report(&d);
    has_line(
        &text,
        &format!("・変更：主任 — 役割の内容を追加：「{added}」"),
    );
    has_line(
        &text,
        &format!("・変更：部長 — 役割の内容を削除：「{removed}」"),
    );
}

#[test]
fn expectations_reordered_only_when_the_same_set() {
    let a = "課の課題に対して、市のあるべき姿を描くことができ、具体的な政策・施策・事業案を企画立案することができる。";
    let b = "グループ員・メンバーと目指す方向を共有することができる。";
    let c = "グループ員・メンバーの育成を考え、実務指導を通じた人材育成ができる。";
    let old_block = format!("\"{a}\",\n                \"{b}\",");
    let new_block = format!("\"{b}\",\n                \"{a}\",");
    let new = edited(&[(&old_block, &new_block)]);
    let d = check(
        &base(),
        &new,
        vec![Fact::Field(
            Some(DiffKind::Step),
            "group_cho".into(),
            DiffField::Expectation,
            Delta::Reordered {
                old: vec![a.into(), b.into(), c.into()],
                new: vec![b.into(), a.into(), c.into()],
            },
        )],
    );
    let text = report(&d);
    has_line(&text, "・変更：グループ長 — 役割の内容の順序（新しい順）：");
    has_line(&text, &format!("  ・1. 「{b}」（旧2番目）"));
    has_line(&text, &format!("  ・2. 「{a}」（旧1番目）"));
    has_line(&text, &format!("  ・3. 「{c}」（変わらず）"));

    // Reordered and one changed: only the change, no reorder.
    let new = edited(&[(
        &old_block,
        &format!("\"{b}\",\n                \"{a}（改）\","),
    )]);
    check(
        &base(),
        &new,
        vec![
            Fact::Field(
                Some(DiffKind::Step),
                "group_cho".into(),
                DiffField::Expectation,
                Delta::Removed(a.into()),
            ),
            Fact::Field(
                Some(DiffKind::Step),
                "group_cho".into(),
                DiffField::Expectation,
                Delta::Added(format!("{a}（改）")),
            ),
        ],
    );
}

#[test]
fn a_training_added_to_a_block() {
    let new = edited(&[(
        "Training(id: \"setsugu\", name: \"接遇研修\", source: Some(\"接遇研修\")),",
        "Training(id: \"setsugu\", name: \"接遇研修\", source: Some(\"接遇研修\")),\n                        Training(id: \"denwa_taio\", name: \"電話応対研修\", organiser: Some(\"職員研修課\")),",
    )]);
    let d = check(
        &base(),
        &new,
        vec![Fact::Added(DiffKind::Training, "denwa_taio".into())],
    );
    let e = &d.trainings.added[0];
    assert_eq!(e.name, "電話応対研修");
    assert_eq!(
        e.context.as_deref(),
        Some("職位に結び付けられていない（課題対応研修：接遇向上）")
    );
    has_line(
        &report(&d),
        "・追加：電話応対研修（職位に結び付けられていない（課題対応研修：接遇向上））",
    );
}

#[test]
fn a_training_removed() {
    let new = edited(&[(
        "                        Training(id: \"dvd_kyozai\", name: \"DVD等の教材貸出\", source: Some(\"DVD等の教材貸出\")),\n",
        "",
    )]);
    let d = check(
        &base(),
        &new,
        vec![Fact::Removed(DiffKind::Training, "dvd_kyozai".into())],
    );
    has_line(&report(&d), "【研修】");
    has_line(
        &report(&d),
        "・削除：DVD等の教材貸出（職位に結び付けられていない（職場研修））",
    );
    has_line(&report(&d), "追加 0件・削除 1件・変更 0件");
}

#[test]
fn a_promotion_training_changed_and_moved() {
    // キャリアデザイン研修 moves from 主任への昇任時 to the 自主研修 block; its name changes
    // too. Matched by id: one training changed in two fields.
    let new = edited(&[
        (
            "                Training(\n                    id: \"career_design\",\n                    source: Some(\"キャリアデザイン研修\"),\n                    name: \"キャリアデザイン研修\",\n                    inferred: Some(\"原資料の配置から推定：新任主任研修と同じ欄にあるため、主任への昇任時の研修と読む（確度は中程度）\"),\n                ),\n",
            "",
        ),
        (
            "Training(id: \"ikukyu_fukki\", name: \"育児休業復帰支援研修\", source: Some(\"育児休業復帰支援研修\")),",
            "Training(id: \"ikukyu_fukki\", name: \"育児休業復帰支援研修\", source: Some(\"育児休業復帰支援研修\")),\n                        Training(id: \"career_design\", name: \"キャリアデザイン講座\", contents: Some(\"ライフプラン\")),",
        ),
    ]);
    let d = check(
        &base(),
        &new,
        vec![
            changed(
                DiffKind::Training,
                "career_design",
                DiffField::Name,
                "キャリアデザイン研修",
                "キャリアデザイン講座",
            ),
            Fact::Field(
                Some(DiffKind::Training),
                "career_design".into(),
                DiffField::Contents,
                Delta::Changed {
                    old: None,
                    new: Some("ライフプラン".into()),
                },
            ),
            changed(
                DiffKind::Training,
                "career_design",
                DiffField::Applies,
                "主任への昇任時",
                "職位に結び付けられていない（自主研修）",
            ),
        ],
    );
    let text = report(&d);
    has_line(
        &text,
        "・変更：キャリアデザイン講座 — 位置づけ：「主任への昇任時」→「職位に結び付けられていない（自主研修）」",
    );
    has_line(
        &text,
        "・変更：キャリアデザイン講座 — 内容：（なし）→「ライフプラン」",
    );
}

#[test]
fn a_measure_policy_changed() {
    let new = edited(&[(
        "policy: \"人を大きく育てる“新しい世界”\"",
        "policy: \"人を大きく育てる“外の世界”\"",
    )]);
    let d = check(
        &base(),
        &new,
        vec![changed(
            DiffKind::Measure,
            "m3",
            DiffField::Policy,
            "人を大きく育てる“新しい世界”",
            "人を大きく育てる“外の世界”",
        )],
    );
    has_line(&report(&d), "【施策】");
    has_line(
        &report(&d),
        "・変更：③派遣研修 — 方針：「人を大きく育てる“新しい世界”」→「人を大きく育てる“外の世界”」",
    );
}

#[test]
fn an_initiative_added() {
    let new = edited(&[(
        "            title: \"表彰制度の対象拡大\",\n            description: \"表彰を通じて、本人の士気向上と職員全体へ貢献意欲を波及させる\",\n        ),\n",
        "            title: \"表彰制度の対象拡大\",\n            description: \"表彰を通じて、本人の士気向上と職員全体へ貢献意欲を波及させる\",\n        ),\n        Initiative(\n            number: 9,\n            label: New,\n            added: Some(\"令和7年3月追加\"),\n            title: \"生成AI活用研修の実施\",\n            description: \"生成AIを安全に使いこなす力を身に付ける\",\n        ),\n",
    )]);
    let d = check(
        &base(),
        &new,
        vec![Fact::Added(DiffKind::Initiative, "9".into())],
    );
    has_line(&report(&d), "【新規・拡充する取組】");
    has_line(&report(&d), "・追加：取組9「生成AI活用研修の実施」");
}

#[test]
fn the_edition_changed() {
    let new = edited(&[(
        "edition: \"取組8「令和5年3月追加」\"",
        "edition: \"令和7年4月改訂\"",
    )]);
    let d = check(
        &base(),
        &new,
        vec![Fact::Field(
            None,
            String::new(),
            DiffField::Edition,
            Delta::Changed {
                old: Some("取組8「令和5年3月追加」".into()),
                new: Some("令和7年4月改訂".into()),
            },
        )],
    );
    let text = report(&d);
    has_line(&text, "【地図全体】");
    has_line(
        &text,
        "・変更：版：「取組8「令和5年3月追加」」→「令和7年4月改訂」",
    );
}

#[test]
fn a_glossary_term_removed() {
    let new = edited(&[(
        "        GlossaryEntry(\n            term: \"定年延長\",\n            reading: Some(\"ていねんえんちょう\"),\n            explanation: \"公務員の定年を段階的に引き上げる制度。2023年（令和5年）4月から始まった。\",\n        ),\n",
        "",
    )]);
    let d = check(
        &base(),
        &new,
        vec![Fact::Removed(DiffKind::Glossary, "定年延長".into())],
    );
    has_line(&report(&d), "【用語集】");
    has_line(&report(&d), "・削除：「定年延長」");
}

#[test]
fn steps_relinked() {
    // 1級 → 主任 → 2級 → グループ長 instead of 1級 → 2級 → 主任 → グループ長.
    let new = edited(&[
        // 2級's link first, through a placeholder, so each edit finds one match.
        (
            "next: Some(\"shunin\"),",
            "next: Some(\"__kyu2_to_group_cho\"),",
        ),
        ("next: Some(\"kyu2\"),", "next: Some(\"shunin\"),"),
        ("next: Some(\"group_cho\"),", "next: Some(\"kyu2\"),"),
        (
            "next: Some(\"__kyu2_to_group_cho\"),",
            "next: Some(\"group_cho\"),",
        ),
    ]);
    let d = check(
        &base(),
        &new,
        vec![
            changed(DiffKind::Step, "kyu1", DiffField::Next, "2級", "主任"),
            changed(
                DiffKind::Step,
                "kyu2",
                DiffField::Next,
                "主任",
                "グループ長",
            ),
            changed(
                DiffKind::Step,
                "shunin",
                DiffField::Next,
                "グループ長",
                "2級",
            ),
        ],
    );
    has_line(&report(&d), "・変更：1級 — 次の職位：「2級」→「主任」");

    // The top of the ladder gains a step above it.
    let new = edited(&[(
        "            next: None,\n        ),\n",
        "            next: Some(\"kyokucho\"),\n        ),\n        Step(\n            id: \"kyokucho\",\n            name: \"局長\",\n            titles: [\"局長\"],\n            role: \"局の統括者\",\n            expectations: [\"市政を導くことができる。\"],\n            ojt: RoleEntry(name: \"OJT推進者\"),\n            appraisal: RoleEntry(name: \"考課者(二次)\"),\n        ),\n",
    )]);
    let d = check(
        &base(),
        &new,
        vec![
            Fact::Added(DiffKind::Step, "kyokucho".into()),
            Fact::Field(
                Some(DiffKind::Step),
                "bucho".into(),
                DiffField::Next,
                Delta::Changed {
                    old: None,
                    new: Some("局長".into()),
                },
            ),
        ],
    );
    let text = report(&d);
    has_line(&text, "・追加：局長");
    has_line(&text, "・変更：部長 — 次の職位：（なし：最上位）→「局長」");
}

#[test]
fn several_changes_at_once_are_each_reported() {
    let edits: [(&str, &str); 4] = [
        (
            "edition: \"取組8「令和5年3月追加」\"",
            "edition: \"令和7年4月改訂\"",
        ),
        (
            "policy: \"人を大きく育てる“新しい世界”\"",
            "policy: \"人を大きく育てる“外の世界”\"",
        ),
        (
            "                        Training(id: \"dvd_kyozai\", name: \"DVD等の教材貸出\", source: Some(\"DVD等の教材貸出\")),\n",
            "",
        ),
        (
            "explanation: \"人事考課で評価を受ける人。\"",
            "explanation: \"人事考課で評価を受ける職員。\"",
        ),
    ];
    let new = edited(&edits);
    let d = check(
        &base(),
        &new,
        vec![
            Fact::Field(
                None,
                String::new(),
                DiffField::Edition,
                Delta::Changed {
                    old: Some("取組8「令和5年3月追加」".into()),
                    new: Some("令和7年4月改訂".into()),
                },
            ),
            changed(
                DiffKind::Measure,
                "m3",
                DiffField::Policy,
                "人を大きく育てる“新しい世界”",
                "人を大きく育てる“外の世界”",
            ),
            Fact::Removed(DiffKind::Training, "dvd_kyozai".into()),
            changed(
                DiffKind::Glossary,
                "被考課者",
                DiffField::Explanation,
                "人事考課で評価を受ける人。",
                "人事考課で評価を受ける職員。",
            ),
        ],
    );
    let text = report(&d);
    has_line(&text, "追加 0件・削除 1件・変更 3件");
    // Sections in the report's order.
    let at = |h: &str| text.find(h).unwrap_or_else(|| panic!("{h} in {text}"));
    assert!(at("【地図全体】") < at("【研修】"));
    assert!(at("【研修】") < at("【施策】"));
    assert!(at("【施策】") < at("【用語集】"));
    // The Markdown rendering carries the same bullets.
    let md = render(&diff_items(&d, "old.ron", "new.ron"), Format::Markdown);
    assert!(
        md.contains("- 削除：DVD等の教材貸出（職位に結び付けられていない（職場研修））"),
        "{md}"
    );
}

#[test]
fn mirror_swaps_added_and_removed() {
    let new = edited(&[(
        "                        Training(id: \"dvd_kyozai\", name: \"DVD等の教材貸出\", source: Some(\"DVD等の教材貸出\")),\n",
        "",
    )]);
    let (a, b) = (base(), new);
    let ab = diff(&a, &b);
    let ba = diff(&b, &a);
    assert_eq!(ab.trainings.removed, ba.trainings.added);
    assert!(ab.trainings.added.is_empty() && ba.trainings.removed.is_empty());
    assert_eq!(ba.mirrored(), ab);
    has_line(
        &report(&ba),
        "・追加：DVD等の教材貸出（職位に結び付けられていない（職場研修））",
    );
}

#[test]
fn a_block_group_renamed_moves_no_training() {
    // The group 接遇向上 renamed, the block renamed, and 接遇研修 moved to the group その他:
    // only the move is a training's change.
    let new = edited(&[
        ("name: Some(\"接遇向上\")", "name: Some(\"接遇\")"),
        (
            "            name: \"課題対応研修\",\n            slogan:",
            "            name: \"課題対応の研修\",\n            slogan:",
        ),
        (
            "                        Training(id: \"setsugu\", name: \"接遇研修\", source: Some(\"接遇研修\")),\n",
            "",
        ),
        (
            "Training(id: \"kaikei_nendo\", name: \"会計年度任用職員研修\", source: Some(\"会計年度任用職員研修\")),",
            "Training(id: \"kaikei_nendo\", name: \"会計年度任用職員研修\", source: Some(\"会計年度任用職員研修\")),\n                        Training(id: \"setsugu\", name: \"接遇研修\", source: Some(\"接遇研修\")),",
        ),
    ]);
    let d = check(
        &base(),
        &new,
        vec![
            changed(
                DiffKind::Block,
                "block_m2",
                DiffField::Name,
                "課題対応研修",
                "課題対応の研修",
            ),
            changed(
                DiffKind::Block,
                "block_m2",
                DiffField::TrainingGroup,
                "接遇向上",
                "接遇",
            ),
            changed(
                DiffKind::Training,
                "setsugu",
                DiffField::Applies,
                "職位に結び付けられていない（課題対応研修：接遇向上）",
                "職位に結び付けられていない（課題対応の研修：その他）",
            ),
        ],
    );
    let text = report(&d);
    has_line(&text, "【職位に結び付けられていない研修ブロック】");
    has_line(
        &text,
        "・変更：課題対応の研修 — グループ：「接遇向上」→「接遇」",
    );

    // Groups swapped: a reorder of the block's groups, and no training moves.
    let a = "                TrainingGroup(\n                    name: Some(\"女性の活躍推進支援\"),\n                    items: [\n                        Training(id: \"josei_skillup\", name: \"女性職員スキルアップ研修\", source: Some(\"女性職員スキルアップ研修\")),\n                        Training(id: \"josei_career_assist\", name: \"女性職員キャリアアシスト研修\", source: Some(\"女性職員キャリアアシスト研修\")),\n                    ],\n                ),\n";
    let text = EMBEDDED_MAP.replacen(a, "", 1);
    let text = edit(
        &text,
        "                TrainingGroup(\n                    name: Some(\"接遇向上\"),",
        &format!(
            "{a}                TrainingGroup(\n                    name: Some(\"接遇向上\"),"
        ),
    );
    let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    check(
        &base(),
        &load(&text),
        vec![Fact::Field(
            Some(DiffKind::Block),
            "block_m2".into(),
            DiffField::TrainingGroup,
            Delta::Reordered {
                old: names(&[
                    "接遇向上",
                    "公務員倫理・ハラスメント対策",
                    "女性の活躍推進支援",
                    "行政運営",
                    "その他",
                ]),
                new: names(&[
                    "女性の活躍推進支援",
                    "接遇向上",
                    "公務員倫理・ハラスメント対策",
                    "行政運営",
                    "その他",
                ]),
            },
        )],
    );
}
