//! The program's words in Japanese (see [`super`]).

use super::{HintWord, KeyHelp, Labels, Msg};
use crate::keymap::Context;
use crate::model::DiffField;

pub fn key_help(w: KeyHelp) -> &'static str {
    match w {
        KeyHelp::Down => "下へ",
        KeyHelp::Up => "上へ",
        KeyHelp::ScrollDown => "一行下へスクロール",
        KeyHelp::ScrollUp => "一行上へスクロール",
        KeyHelp::CompareChooseSide => "選んでいる側（▶）の職位を一覧から選ぶ",
        KeyHelp::CompareBack => "比較を始めた画面へ戻る",
        KeyHelp::ChooseThisStep => "この職位にする",
        KeyHelp::ChooseCancel => "選ばずに比較へ戻る",
        KeyHelp::LeftColumn => "左の列を選ぶ",
        KeyHelp::RightColumn => "右の列を選ぶ",
        KeyHelp::ComparePageDown => "比較を一画面下へ",
        KeyHelp::ComparePageUp => "比較を一画面上へ",
        KeyHelp::NextHit => "次の候補",
        KeyHelp::PrevHit => "前の候補",
        KeyHelp::BackToSearchOrigin => "検索の候補から移ってきたとき：検索を始めた場所へ戻る",
        KeyHelp::FirstHit => "最初の候補",
        KeyHelp::LastHit => "最後の候補",
        KeyHelp::YearUp => "年数を一つ増やす",
        KeyHelp::YearDown => "年数を一つ減らす",
        KeyHelp::YearFirst => "1年目にする",
        KeyHelp::YearMax => "最大の年数にする",
        KeyHelp::YearDigits => "年数を数字で入力",
        KeyHelp::YearDeleteDigit => "入力した数字を一つ消す",
        KeyHelp::ToSpecialist => "同じ水準のスタッフ職へ",
        KeyHelp::ToLine => "ライン職へ戻る",
        KeyHelp::ReadPageScroll => "右の説明を読む（スクロールできるようにする）",
        KeyHelp::BackToList => "一覧へ戻る",
        KeyHelp::PageDown => "一画面下へ",
        KeyHelp::PageUp => "一画面上へ",
        KeyHelp::Top => "先頭へ",
        KeyHelp::Bottom => "末尾へ",
        KeyHelp::LadderTop => "いちばん上の職位へ（画面の上）",
        KeyHelp::LadderBottom => "いちばん下の職位へ（画面の下）",
        KeyHelp::DetailPageDown => "右の詳細を一画面下へ",
        KeyHelp::DetailPageUp => "右の詳細を一画面上へ",
        KeyHelp::PickGrade => "この職位を選び、入庁年目へ進む",
        KeyHelp::PickYear => "決定して職位の階段を開く",
        KeyHelp::OpenDetail => "選んだ職位の詳細へ移る（スクロールできるようにする）",
        KeyHelp::ReadPage => "右の説明を読む",
        KeyHelp::TrainingToStep => {
            "この研修を受ける職位へ移る（職位に結び付けられていない研修なら説明を読む）"
        }
        KeyHelp::GoToHit => {
            "選んだ候補の場所へ移る（移った先で Esc を押すと、検索を始めた場所へ戻る）"
        }
        KeyHelp::PickCancel => "選択をやめて元の画面へ（現在地が決まっているとき）",
        KeyHelp::BackToGrade => "職位の選択へ戻る",
        KeyHelp::BackToStanding => "現在地の職位へ戻る",
        KeyHelp::BackToLadder => "階段へ戻る",
        KeyHelp::SearchCancel => "検索をやめて元の画面へ",
        KeyHelp::CloseHelp => "ヘルプを閉じる",
        KeyHelp::RecordToggle => {
            "自己チェックの段階（未着手→取り組み中→できている）や研修の記録（予定→受講済→なし）を変える"
        }
        KeyHelp::CatalogToggle => "この研修をわたしの記録に付ける（予定→受講済→なし）",
        KeyHelp::WriteNote => "メモを書く（自己チェック・面談メモ・上司に聞きたいこと）",
        KeyHelp::YearEarlier => "受講済の研修の受講年度を一年前に",
        KeyHelp::YearLater => "受講済の研修の受講年度を一年後に",
        KeyHelp::Snapshot => "今日の自己チェックを記録する（次から変化を表示）",
        KeyHelp::Export => "面談シートをファイルに書き出す",
        KeyHelp::EditDone => "入力を終えて記録する",
        KeyHelp::EditQuit => "入力した内容を記録して終了",
        KeyHelp::EditKeys => {
            "文字の入力（日本語入力も可）、Enter で改行、矢印・Home・End でカーソル移動、BS・Del で削除、Ctrl+U で取り消し"
        }
        KeyHelp::SearchInput => "検索語を入力（日本語入力も可）",
        KeyHelp::DeleteChar => "一文字消す",
        KeyHelp::ClearSearch => "検索語をすべて消す",
        KeyHelp::Compare => "選んだ職位と一つ上の職位を比較（昇任で変わること）",
        KeyHelp::ChangeStanding => "現在地（職位・入庁年目）を選び直す",
        KeyHelp::ShowTrainings => "選んだ施策の研修を研修一覧で見る",
        KeyHelp::FilterMeasureNext => "施策で絞り込む（押すたびに次の施策）",
        KeyHelp::FilterMeasurePrev => "施策で絞り込む（前の施策）",
        KeyHelp::FilterStepNext => "職位で絞り込む（押すたびに一つ上の職位）",
        KeyHelp::FilterStepPrev => "職位で絞り込む（一つ下の職位）",
        KeyHelp::ClearFilters => "絞り込みを解除",
        KeyHelp::Source => {
            "原文と注記：選んだ項目の原文（原資料に印刷された文）と推定の注記をすべて表示（もう一度で閉じる）"
        }
        KeyHelp::SlideNextPage => "次へ（長いスライドは続きのページへ）",
        KeyHelp::SlidePrev => "前へ",
        KeyHelp::SlideNext => "次へ",
        KeyHelp::SlideDown => "次へ（スライド一覧では下の行）",
        KeyHelp::SlideUp => "前へ（スライド一覧では上の行）",
        KeyHelp::SlideFirst => "最初のスライド",
        KeyHelp::SlideLast => "最後のスライド",
        KeyHelp::SlideNumber => "スライド番号を入力（Enter で移動）",
        KeyHelp::SlideGo => "入力した番号のスライドへ（一覧では選んだスライドへ）",
        KeyHelp::SlideDeleteDigit => "入力した番号を一字消す",
        KeyHelp::SlideIndex => "スライド一覧を開く・閉じる",
        KeyHelp::Blank => "画面を暗転（どのキーでも戻る）",
        KeyHelp::PresentBack => {
            "番号の入力・一覧を取り消す。プレゼンテーションを終える（P で始めたときは元の画面へ）"
        }
        KeyHelp::BlankAnyKey => "暗転中：どのキーでも画面に戻る",
        KeyHelp::Present => "プレゼンテーション（研修会で投影する一枚ずつの表示）",
        KeyHelp::NextTab => "次の画面へ",
        KeyHelp::PrevTab => "前の画面へ",
        KeyHelp::GoTab => {
            "画面を番号で選ぶ（1 階段 2 全体像 3 研修一覧 4 比較 5 用語集 6 わたしの記録）"
        }
        KeyHelp::Search => "検索",
        KeyHelp::Help => "ヘルプ（キーの一覧）",
        KeyHelp::Quit => "終了",
    }
}

pub fn hint(w: HintWord) -> &'static str {
    match w {
        HintWord::Move => "移動",
        HintWord::Go => "移動",
        HintWord::Scroll => "スクロール",
        HintWord::ChooseStep => "職位を選ぶ",
        HintWord::Back => "戻る",
        HintWord::Choose => "決定",
        HintWord::Cancel => "やめる",
        HintWord::Columns => "左右の列",
        HintWord::Hits => "候補",
        HintWord::UpDown => "増減",
        HintWord::Type => "入力",
        HintWord::Track => "ライン職/スタッフ職",
        HintWord::ToPage => "説明へ",
        HintWord::ToList => "一覧へ",
        HintWord::ToDetail => "詳細へ",
        HintWord::ToStep => "職位へ",
        HintWord::ToStanding => "現在地へ",
        HintWord::Close => "閉じる",
        HintWord::Change => "変更",
        HintWord::Record => "記録",
        HintWord::Note => "メモ",
        HintWord::Year => "年度",
        HintWord::Snapshot => "今日を記録",
        HintWord::Sheet => "面談シート",
        HintWord::EditDone => "入力を終える",
        HintWord::Quit => "終了",
        HintWord::Compare => "昇任比較",
        HintWord::Standing => "現在地",
        HintWord::Trainings => "研修一覧で",
        HintWord::FilterMeasure => "施策で絞込",
        HintWord::FilterStep => "職位で絞込",
        HintWord::ClearFilters => "解除",
        HintWord::PrevNext => "前後",
        HintWord::Number => "番号",
        HintWord::Index => "一覧",
        HintWord::Blank => "暗転",
        HintWord::End => "終える",
        HintWord::Screen => "画面",
        HintWord::Search => "検索",
        HintWord::Help => "ヘルプ",
        HintWord::DirUp => "上へ",
        HintWord::DirDown => "下へ",
        HintWord::StepAbove => "上の職位",
        HintWord::StepBelow => "下の職位",
        HintWord::LeftColumn => "左の列",
        HintWord::RightColumn => "右の列",
        HintWord::PrevHit => "前の候補",
        HintWord::NextHit => "次の候補",
        HintWord::More => "増やす",
        HintWord::Less => "減らす",
        HintWord::Line => "ライン職",
        HintWord::Specialist => "スタッフ職",
        HintWord::PrevYear => "前の年度",
        HintWord::NextYear => "次の年度",
        HintWord::Prev => "前へ",
        HintWord::Next => "次へ",
        HintWord::UpShort => "上",
        HintWord::LeftShort => "左",
        HintWord::DownShort => "下",
        HintWord::RightShort => "右",
    }
}

pub fn context(c: Context) -> &'static str {
    match c {
        Context::PickGrade => "現在地の選択：職位",
        Context::PickYear => "現在地の選択：入庁年目",
        Context::Ladder => "職位の階段",
        Context::Detail => "職位の階段：詳細",
        Context::Overview => "全体像",
        Context::Catalog => "研修一覧",
        Context::Glossary => "用語集",
        Context::Page => "全体像・研修一覧・用語集：右の説明",
        Context::Compare => "比較",
        Context::CompareChoose => "比較：職位を選ぶ",
        Context::Record => "わたしの記録",
        Context::Edit => "メモの入力",
        Context::Search => "検索",
        Context::Present => "プレゼンテーション",
        Context::Help => "ヘルプ",
    }
}

pub fn diff_field(f: DiffField) -> &'static str {
    use DiffField as F;
    match f {
        F::Title => "方針名",
        F::MapTitle => "地図の題名",
        F::Organisation => "団体",
        F::Edition => "版",
        F::EditionDate => "版の日付",
        F::BasisHeading => "根拠の見出し",
        F::MissingNote => "記載がない項目の注記",
        F::MapNote => "注記",
        F::Goal => "目指すべき職員像",
        F::WorkplaceState => "職場の状態",
        F::StaffState => "職員の状態",
        F::Basis => "地図の根拠",
        F::BasisSource => "地図の根拠の資料",
        F::YearTrainingName => "集中育成期間の名前",
        F::YearTrainingSubtitle => "集中育成期間の副題",
        F::Name => "名前",
        F::Inferred => "推定の注記",
        F::Note => "注記",
        F::JobTitle => "職名",
        F::Role => "役割名",
        F::Expectation => "役割の内容",
        F::Ojt => "OJTでの役割",
        F::OjtInferred => "OJTでの役割の推定の注記",
        F::Appraisal => "人事考課での役割",
        F::AppraisalInferred => "人事考課での役割の推定の注記",
        F::Next => "次の職位",
        F::Level => "ライン職との対応",
        F::Contents => "内容",
        F::Audience => "対象",
        F::Organiser => "主催",
        F::Applies => "位置づけ",
        F::Number => "番号",
        F::Symbol => "記号",
        F::Group => "区分",
        F::Policy => "方針",
        F::Aim => "目指す状態",
        F::MainInitiative => "主な取組",
        F::InitiativeTitle => "題名",
        F::Description => "説明",
        F::Label => "ラベル",
        F::AddedIn => "追加時期",
        F::Measure => "施策",
        F::Slogan => "標語",
        F::TrainingGroup => "グループ",
        F::Reading => "読み",
        F::Explanation => "説明",
    }
}

pub static LABELS: Labels = Labels {
    key_any_char: "文字",
    key_any_key: "ほかのキー",
    help_this_screen: "（いまの画面）",
    help_legend: "記号：▶ 選択中　★ 現在地　＊ 原資料の配置から推定した箇所　┆ スタッフ職（同じ水準のライン職の横）",
    more_below: " ↓ 続きあり ",
    more_above: " ↑ 上にもあり ",
    end_of_page: " 終わり ",
    tab_ladder: "職位の階段",
    tab_overview: "全体像",
    tab_catalog: "研修一覧",
    tab_compare: "比較",
    tab_glossary: "用語集",
    tab_record: "わたしの記録",
    too_small: "端末が小さすぎます",
    guest_bar: "ゲストモード（記録なし・保存なし） ",
    no_standing_bar: "現在地：未設定 ",
    all: "すべて",
    past_year: "（過ぎた年次）",
    catalog_page_title: "研修の説明",
    compare_title: "比較",
    compare_side_by_side: "■ 並べて比較",
    left: "左",
    right: "右",
    no_glossary: "この地図には用語集がありません。",
    glossary_page_title: "説明（プログラムによる）",
    line_track: "ライン職",
    specialist_track: "スタッフ職",
    legend_selected: "▶ 選択中",
    legend_specialist: "┆ スタッフ職",
    legend_inferred: "推定",
    legend_here: "現在地",
    legend_gap: "　",
    none_found: "（該当なし）",
    pick_grade_title: "現在地を選ぶ（1/2）：職位",
    pick_year_title: "現在地を選ぶ（2/2）：入庁年目",
    pick_grade_intro: "あなたの職位を選んでください。",
    pick_grade_intro_specialist: "あなたの職位を選んでください。ライン職のほか、スタッフ職も選べます。",
    pick_year_before: "   入庁 ",
    record_not_saved: "変更は保存されません（上の説明を参照）",
    edit_check_note: "メモ",
    note_mark_legend: "✎ メモあり",
    edit_notes: "面談メモ",
    edit_questions: "上司に聞きたいこと",
    record_page_title: "内容",
    not_in_map: "（地図にない）",
    unwritten: "（未記入）",
    row_gap: "　",
    search_prompt: "検索：",
    search_intro: "職位・役割・研修・施策・取組・用語を探せます（全角/半角、ひらがな/カタカナを区別しません）",
    search_none: " 見つかりません",
    no_source_here: "この画面には、原文を示す項目がありません。",
    slide_index_title: " スライド一覧（Enter で移動・Esc で閉じる） ",
    slide_shown: "（表示中）",
    bullet: "・",
    source_open: "「",
    source_close: "」",
    source_label: "原文：",
    legend_prefix: "記号：",
    legend_note: "原資料の注記・原文の綴り",
    legend_you: "現在地",
    legend_year: "あなたの入庁年目",
    legend_explain: "プログラムによる説明",
    untied: "職位に結び付けられていない研修（対象は研修ごと）",
    sep_titles: "・",
    sep_names: "、",
    heading_training: "研修",
    heading_same_level: "同じ水準のスタッフ職",
    heading_next: "次の職位",
    top_of_line: "ライン職の最上位。",
    heading_line_match: "ライン職との対応",
    no_next_from_specialist: "スタッフ職からの昇任先は原資料に記載がない。上の「ライン職との対応」が、同じ水準のライン職を示す。",
    heading_roles: "職位に応じた役割",
    ojt: "OJT",
    appraisal: "人事考課",
    open_to_all_intro: "原資料の②の列と右端の列のブロックは、表のどの職位の行にも結び付けられていない。だれでも受けられるという意味ではない：対象は研修ごとに異なり、研修名が対象を示すもの（会計年度任用職員研修、女性職員…研修など）もある。",
    planned: "予定",
    done: "受講済",
    level_not_started: "未着手",
    level_working: "取り組み中",
    level_achieved: "できている",
    heading_self_check: "自己チェック",
    no_change: "変化なし",
    heading_note: "メモ",
    heading_your_record: "あなたの記録",
    not_recorded: "記録なし",
    questions_title: "育成面談で上司に聞きたいこと",
    orphan_title: "この地図にない記録",
    none_note: "（なし）",
    orphan_explain: "以前の版の地図、または別の地図で付けた記録です。今の地図には同じ項目がありませんが、記録は消さずに残しています。",
    vision: "目指すべき職員像",
    goal_vision: "目標：目指すべき職員像",
    means_heading: "手段：「目指すべき職員像」を実現する状態",
    measures_heading: "施策（①～⑩）",
    initiatives: "新規・拡充する取組",
    expanded: "拡充",
    new_kind: "NEW（新規）",
    heading_policy: "方針",
    heading_aim: "目指す状態",
    heading_main: "主な取組",
    ojt_roles: "職位ごとの OJT での役割",
    appraisal_roles: "職位ごとの人事考課での役割",
    no_measure_training: "この施策に属する研修は地図にない。",
    related: "ほかの施策の欄にある関連の研修",
    heading_contents: "内容",
    about_map: "この地図について",
    basis_default: "この地図の根拠",
    where_taken: "どこで受けるか",
    no_audience: "対象：原資料に「対象」の記載なし（研修名が対象を示すものもある）",
    glossary_disclaimer: "この用語集の説明は career-nav による一般的な説明であり、原資料の記載ではありません。地図の作り手の組織での使い方と異なることがあります。",
    same_roles: "なし（同じ役割）。",
    same_place: "同じ職位どうしの比較です。片方の職位を変えてください。",
    heading_role_name: "役割名",
    heading_between: "間の職位",
    guest_notice: "ゲストモード：あなたの職位と記録は表示せず、何も保存しません（自分の記録は --guest なしで開く）。",
    record_notes_heading: "育成面談のメモ",
    record_other_checks: "ほかの職位で付けた自己チェック",
    record_orphans: "この地図にない記録（以前の版の地図のもの。消さずに残しています）",
    snapshot_needs_standing: "自己チェックの記録は、現在地を選んでからにしてください（自己チェックの項目は職位で決まります）。",
    sheet_file: "面談シート",
    crumb_titles: "職位",
    crumb_for: "対象",
    crumb_organiser: "主催",
    crumb_measures: "施策",
    crumb_workplace: "目指すべき職員像を実現する職場の状態",
    crumb_staff: "目指すべき職員像を実現する職員の状態",
    heading_open: "【",
    heading_close: "】",
    sub_open: "〈",
    sub_close: "〉",
    show_notes_hint: "注記と原文は --source で",
    slide_cover: "表紙",
    slide_blocks: "職位に結び付けられていない研修",
    explain_mark: "〔解説〕",
    sheet_title: "育成面談シート",
    heading_standing: "現在地",
    sheet_no_standing: "未設定（career-nav で職位と入庁年目を選んでください）",
    heading_roles_check: "職位に応じた役割と自己チェック",
    heading_snapshots: "自己チェックの記録",
    first_snapshot: "今日の記録が最初の記録です（次の記録から、ここからの変化を表示します）。",
    sheet_done: "受講済",
    sheet_planned: "予定",
    none_plain: "なし",
    sheet_unknown_trainings: "この地図にない研修の記録",
    sheet_unknown_checks: "この地図にない自己チェック（以前の版の地図のもの）",
    sheet_notes_hint: "注記と原文は career-nav show --source で確認できる",
    edition_no_old: "前の版の内容が記録に残っていないため、変わったところは示せません。",
    edition_rest: "新しい版の全体は「career-nav show --all」で読めます。二つの版の違いをすべて見るには、地図の担当者に「career-nav diff 前の版 新しい版」の結果をたずねてください。",
    edition_enter: "Enter キーで地図を開きます。",
    grid_step: "職位",
    grid_role: "職位に応じた役割",
    grid_ojt: "OJTでの役割",
    grid_appraisal: "人事考課での役割",
    grid_training: "研修",
    grid_specialists: "同じ水準のスタッフ職",
    grid_title: "全体表（職位ごとの役割と研修）",
    contents: "目次",
    legend_title: "凡例",
    grid_sep: "／",
    handout_inferred: "原資料からの読み（原資料に明記はない。注記は付録「原文と注記」）",
    handout_inferred_show: "原資料からの読み（原資料に明記はない。注記は show --source で）",
    handout_note: "原資料に印刷された注記、原文の綴り（※原文：…）",
    handout_overview: "全体像（目指すべき職員像・施策・取組）",
    handout_notes_appendix: "注記は付録「原文と注記」にある",
    handout_notes_show: "注記は show --source で",
    handout_explain: "プログラムによる説明（原資料の記載ではない）",
    handout_here: "この資料の起点の職位（現在地）",
    handout_year: "入庁年目にあたる研修",
    document_inferred: "原資料の配置から推定した箇所（原資料に明記はない）",
    appendix_title: "付録　原文と注記",
    appendix_intro: "本文で ＊ を付けた箇所の注記と、各項目の原文（原資料に印刷されたとおりの文字列）。",
    diff_none: "違いはありません。",
    diff_whole_map: "地図全体",
    diff_steps: "職位",
    diff_blocks: "職位に結び付けられていない研修ブロック",
    diff_unchanged: "（変わらず）",
    diff_none_top: "（なし：最上位）",
    diff_none_value: "（なし）",
    diff_added: "追加：",
    diff_removed: "削除：",
    diff_changed: "変更：",
};

pub fn msg(m: &Msg) -> String {
    match m {
        Msg::HelpTitle { close } => format!("ヘルプ（{close} で閉じる）"),
        Msg::ReadOnly { why } => format!("記録は読み取り専用：{why}"),
        Msg::TooSmallSize { w, h, min_w, min_h } => {
            format!("現在 {w}x{h}／必要 {min_w}x{min_h} 以上")
        }
        Msg::TooSmallQuit { quit } => format!("広げると表示します。{quit} で終了。"),
        Msg::StandingBar { standing } => format!("現在地：{standing} "),
        Msg::FilterMeasure { measure, key } => format!("施策：{measure}（{key} で切替）"),
        Msg::FilterStep {
            step,
            key,
            shown,
            total,
        } => format!("職位：{step}（{key} で切替）　{shown}／{total}件"),
        Msg::CatalogLegend { mark, key } => format!("記号：{mark} 推定（注記は {key}）"),
        Msg::NoTrainingMatches { key } => {
            format!("条件に合う研修はありません。{key} で絞り込みを解除します。")
        }
        Msg::CompareSide { side, place } => format!("{side}：{place}"),
        Msg::ChooseSide { left } => {
            if *left {
                "左の列の職位を選ぶ".into()
            } else {
                "右の列の職位を選ぶ".into()
            }
        }
        Msg::DetailTitle { place } => format!("詳細：{place}"),
        Msg::ExplainedByProgram { mark } => format!("{mark}説明はプログラムによるもの"),
        Msg::UnplacedSpecialist { title } => {
            format!("{title}：スタッフ職。どの職位の水準かは原資料に記載なし")
        }
        Msg::MoreLines { shown, total } => format!(" ↓ 続きあり（{shown}/{total}行） "),
        Msg::SameStepAs { step } => format!("{step}と同じ職位"),
        Msg::PickedTitle { title } => format!(" 職位：{title}"),
        Msg::AskYear { up, down, choose } => format!(
            "入庁して何年目ですか（1年目＝入庁した年度）。{up}/{down} で増減、数字で入力、{choose} で決定。"
        ),
        Msg::YearAfter { max } => format!(" 年目　（1～{max}）"),
        Msg::YearTrainingFor {
            year,
            name,
            subtitle,
        } => format!("入庁{year}年目は{name}（{subtitle}）の対象です。"),
        Msg::YearTrainingUpTo {
            max,
            name,
            subtitle,
        } => format!("{name}（{subtitle}）は1～{max}年目が対象です。"),
        Msg::StandingWithYear { title, year } => format!("{title}（入庁{year}年目）"),
        Msg::SpecialistPlace { name } => format!("スタッフ職（{name}）"),
        Msg::NotesHint { key } => format!("{key} で注記と原文"),
        Msg::LastSnapshot { date, key } => {
            format!("前回の自己チェックの記録：{date}（{key} で今日の分を記録）")
        }
        Msg::NoSnapshotYet { key } => {
            format!("自己チェックを付けたら {key} で今日の分を記録できます（次から変化を表示）")
        }
        Msg::EditTitle { what, done } => format!("{what}（{done} で終える）"),
        Msg::NotesRow { first } => format!("面談メモ：{first}"),
        Msg::QuestionsRow { first } => format!("上司に聞きたいこと：{first}"),
        Msg::CannotChange { why } => format!("変更できません：{why}"),
        Msg::TrainingToggleKey { key } => {
            format!("研修の記録は {key} で変えます（予定 → 受講済 → なし）。")
        }
        Msg::SearchTitle { go, cancel } => format!("検索（{go} で移動、{cancel} でやめる）"),
        Msg::HitCount { n } => format!("{n}件"),
        Msg::SourceTitle { key } => format!("原文と注記（{key} で閉じる）"),
        Msg::SlideTyped { typed } => format!("　番号 {typed}_ → Enter"),
        Msg::NoSuchSlide { typed, total } => {
            format!("スライド {typed} はありません（1～{total}）。")
        }
        Msg::SlidePages { at, pages } => format!("（{at}/{pages}）"),
        Msg::TypoNote { mark, printed } => format!("（{mark}原文：{printed}）"),
        Msg::LegendInferred { how } => {
            if how.is_empty() {
                "原資料からの読み（推定）".into()
            } else {
                format!("原資料からの読み（推定。{how}）")
            }
        }
        Msg::HereIs { standing } => format!("現在地：{standing}"),
        Msg::HereBeside { standing, step } => {
            format!("現在地：あなた（{standing}）は、{step}と同じ水準のスタッフ職")
        }
        Msg::NameRole { name, role } => format!("{name}　{role}"),
        Msg::Titles { titles } => format!("職位：{titles}"),
        Msg::PromotionInto { measure, step } => format!("{measure}：{step}への昇任時"),
        Msg::NoPromotionTraining { untied } => {
            format!("この職位への昇任時の研修は原資料に記載がない（{untied}は別にある）。")
        }
        Msg::TitlesWithRole { titles, role } => format!("{titles}（{role}）"),
        Msg::NextPromotion { step, names } => format!("{step}への昇任時の研修：{names}"),
        Msg::TierTitle { name, role } => format!("スタッフ職（{name}）　{role}"),
        Msg::TierLevel {
            titles,
            step,
            basis,
        } => format!("{titles} → {step}級　根拠：{basis}"),
        Msg::UnplacedTitles { titles } => format!("{titles}：対応する職位は原資料に記載なし"),
        Msg::TierPromotion {
            measure,
            step,
            titles,
        } => format!("{measure}：{step}級への昇任時（{titles}）"),
        Msg::NoTierTraining { untied } => {
            format!("この職位に当てはまる研修は原資料に記載がない（{untied}は別にある）。")
        }
        Msg::RoleIn { symbol, role } => format!("{symbol}{role}での役割"),
        Msg::NameDetail { name, detail } => format!("{name}（{detail}）"),
        Msg::MeasureHeading {
            measure,
            name,
            subtitle,
        } => format!("{measure}：{name}（{subtitle}）"),
        Msg::YearTrainingElsewhere { row } => {
            format!("（原資料では{row}の行にある。入庁年目の研修として示す）")
        }
        Msg::YearEntry { year, contents } => format!("{year}年目：{contents}"),
        Msg::YearEntryMine { text, year } => format!("{text}（あなた：入庁{year}年目）"),
        Msg::PastYearTraining { year, name, max } => {
            format!("あなたは入庁{year}年目：{name}（1～{max}年目）は過ぎています。")
        }
        Msg::Organiser { organiser } => format!("［{organiser}］"),
        Msg::Audience { audience } => format!("（対象：{audience}）"),
        Msg::WalkUnplaced { title } => format!(
            "{title}がどのライン職の水準にあたるかは原資料に記載がないため、ここから上の職位の歩みは示さない。"
        ),
        Msg::MapNote { note } => {
            format!("{note}（地図の注記。地図の方針は `show --overview` で表示できる）")
        }
        Msg::OrgTitle {
            organisation,
            title,
        } => format!("{organisation}「{title}」"),
        Msg::Edition { edition } => format!("日付の記載：{edition}"),
        Msg::ApplyYear { year } => format!("入庁{year}年目"),
        Msg::ApplyPromotion { step } => format!("{step}への昇任時"),
        Msg::ApplyNone => "職位に結び付けられていない".into(),
        Msg::FiscalYear { year, western } => super::fiscal_ja(*year, *western),
        Msg::DoneIn { fy } => format!("受講済・{fy}"),
        Msg::RoleOf { place } => format!("{place}の役割"),
        Msg::SinceLast { date } => format!("前回の記録（{date}）から"),
        Msg::CheckLabel { name, text } => format!("{name}：{text}"),
        Msg::OrphanTrainingId { id } => format!("研修（id）：{id}"),
        Msg::OrphanStatus { status } => format!("記録：{status}"),
        Msg::Labeled { name, text } => format!("{name}：{text}"),
        Msg::Workplace { state } => format!("職場の状態：{state}"),
        Msg::StaffState { state } => format!("職員の状態：{state}"),
        Msg::MeasurePolicy { measure, policy } => format!("{measure}　方針：{policy}"),
        Msg::InitiativeLine {
            number,
            label,
            title,
        } => format!("取組{number}（{label}）{title}"),
        Msg::InitiativeTitle { number, title } => format!("取組{number}　{title}"),
        Msg::Kind { kind } => format!("区分：{kind}"),
        Msg::KindAdded { kind, added } => format!("{kind}・{added}"),
        Msg::MeasureTrainings { n } => format!("この施策の研修（{n}件）"),
        Msg::MoreIn { n, list } => format!("ほか{n}件は「{list}」に並んでいます。"),
        Msg::RelatedTraining { name, owner, when } => format!("{name}（{owner}・{when}）"),
        Msg::TrainingMeasure { measure, policy } => format!("施策：{measure}（方針：{policy}）"),
        Msg::When { when } => format!("時期：{when}"),
        Msg::For { audience } => format!("対象：{audience}"),
        Msg::OrganisedBy { organiser } => format!("主催：{organiser}"),
        Msg::ContentsLine { contents } => format!("内容：{contents}"),
        Msg::WhereYear { year, step } => {
            format!("入庁{year}年目に受ける研修（原資料では{step}の行に記載）。")
        }
        Msg::WherePromotion { step, row } => match row {
            Some(r) => format!(
                "{step}へ昇任するときに受ける研修と読める（原資料では{r}の行の欄にあり、二つの職位の境にまたがる）。"
            ),
            None => format!(
                "{step}へ昇任するときに受ける研修と読める（原資料では欄にあり、二つの職位の境にまたがる）。"
            ),
        },
        Msg::WhereNone { untied } => format!(
            "{untied}。原資料ではどの職位の行にも結び付けられていない。だれでも受けられるという意味ではなく、対象は研修ごとに異なる。"
        ),
        Msg::CatalogTitle { n } => format!("研修一覧（{n}件）"),
        Msg::MeasureWithPolicy { measure, policy } => format!("{measure}（方針：{policy}）"),
        Msg::CatalogLine { name, when } => format!("{name}［{when}］"),
        Msg::OrganiserParen { organiser } => format!("（主催：{organiser}）"),
        Msg::Reading { reading } => format!("読み：{reading}"),
        Msg::ComparePromotion { a, b } => format!("昇任で変わること：{a} → {b}"),
        Msg::CompareTitle { a, b } => format!("比較：{a} と {b}"),
        Msg::Unchanged { what } => format!("変わらない：{what}"),
        Msg::SharedRole { common } => {
            format!("どちらにも「{common}」がある。役割が入れ替わるとは原資料から言えない。")
        }
        Msg::RequiredIn { b, a } => format!("{b}で求められる役割（{a}にないもの）"),
        Msg::BetweenSteps { steps, n } => format!("{steps}（下から順に。{n}つの昇任）"),
        Msg::PromotionsFromTo { low, high } => format!("{low}から{high}までの昇任時の研修"),
        Msg::PromotionTrainingsInto { step } => format!("{step}への昇任時の研修"),
        Msg::BesideLine {
            step,
            titles,
            basis,
        } => format!("{step}級：{titles}　根拠：{basis}"),
        Msg::SelfCheckOf { names } => format!("自己チェック：{names}の役割"),
        Msg::SelfCheckNoStanding { key } => {
            format!("自己チェック：現在地を選ぶと出ます（{key} で選べます）")
        }
        Msg::TrainingLog { mark } => format!("研修の記録（予定・受講済）　{mark} 推定の時期"),
        Msg::SnapshotTaken { date } => {
            format!("{date} の自己チェックを記録しました（次からはここからの変化を表示します）。")
        }
        Msg::SnapshotReplaced { date } => {
            format!("{date}（今日）の自己チェックの記録を、いまの内容で置き換えました。")
        }
        Msg::TakenYearOutside { first, last } => format!(
            "受講した年度は{first}から{last}までです（入庁した年度より前と、まだ来ない年度は記録できません）。"
        ),
        Msg::PasteTooLong { kb, limit } => format!(
            "貼り付けた文字が多すぎるため（{kb} KB。上限は {limit} KB）、入力しませんでした。"
        ),
        Msg::TitleGone { title } => {
            format!("前回の職位「{title}」はこの地図にありません。職位を選び直してください。")
        }
        Msg::SaveFailed { error } => {
            format!("記録を保存できませんでした：{error}（入力した内容は画面に残っています）")
        }
        Msg::SheetWritten { path } => format!("面談シートを {path} に書き出しました。"),
        Msg::SheetFailed { error } => format!("面談シートを書き出せませんでした：{error}"),
        Msg::NamesPair { a, b } => format!("{a}・{b}"),
        Msg::YearTrainingName { subtitle, year } => format!("{subtitle}（{year}年目）"),
        Msg::InitiativeNo { number } => format!("取組{number}"),
        Msg::StatusTag { status } => format!("［{status}］"),
        Msg::SheetMade { date, map } => format!("作成日：{date}　地図：{map}"),
        Msg::LevelTag { level, text } => format!("［{level}］{text}"),
        Msg::NoteLine { note } => format!("メモ：{note}"),
        Msg::ChangesSince { date } => format!("前回の記録（{date}）からの変化"),
        Msg::LevelChange {
            before,
            after,
            text,
        } => format!("{before} → {after}：{text}"),
        Msg::NextStepIs { step } => format!("次の職位：{step}"),
        Msg::EditionLabel { edition, date } => format!("{edition}（{date}）"),
        Msg::EditionChanged { old, new } => format!("地図の版が変わりました：{old} → {new}"),
        Msg::EditionTotal { total } => format!(
            "地図全体で {total} 件の変更があります。職位を選ぶと、その職位と次の職位の変更を示します。"
        ),
        Msg::EditionNoneFor { label } => format!("{label}には変更がありません。"),
        Msg::EditionChangesFor { label, own } => format!("{label}の変更（{own}件）"),
        Msg::EditionOthers { n } => format!("ほかに地図全体で {n} 件の変更があります。"),
        Msg::StepsAnd { a, b } => format!("{a}と{b}"),
        Msg::GridYears { name, years } => format!("{name}：{years}"),
        Msg::GridPromotion { names } => format!("昇任時：{names}"),
        Msg::MeasureNumbers { symbols } => format!("施策の番号：{symbols}"),
        Msg::SymbolRange { first, last } => format!("{first}～{last}"),
        Msg::HandoutTitle { organisation, map } => format!("{organisation}　{map}　研修資料"),
        Msg::GradeHandoutTitle {
            organisation,
            map,
            from,
        } => format!("{organisation}　{map}　研修資料（{from}から）"),
        Msg::HandoutSubtitle { title, edition } => format!("{title}（{edition}）"),
        Msg::InChapter { step } => format!("{step}への昇任時の研修は「{step}」の章に載せている。"),
        Msg::YearTrainingEntry {
            subtitle,
            year,
            contents,
        } => format!("{subtitle}（{year}年目）：{contents}"),
        Msg::YearTrainingInChapter { subtitle, home } => {
            format!("{subtitle}は「{home}」の章に載せている。")
        }
        Msg::TierPromotionInChapter { titles, step } => {
            format!("{titles}：{step}級への昇任時の研修（「{step}」の章に載せている）")
        }
        Msg::GridStepTitles { step, titles } => format!("{step}（{titles}）"),
        Msg::DiffTitle { old, new } => format!("地図の違い：{old} → {new}"),
        Msg::DiffSummary {
            added,
            removed,
            changed,
        } => format!("追加 {added}件・削除 {removed}件・変更 {changed}件"),
        Msg::DiffInitiative { key, name } => format!("取組{key}「{name}」"),
        Msg::Quoted { text } => format!("「{text}」"),
        Msg::DiffPrefixed {
            prefix,
            label,
            value,
        } => format!("{prefix}{label}：{value}"),
        Msg::DiffEntity { prefix, name } => format!("{prefix}{name} — "),
        Msg::DiffFieldChanged {
            prefix,
            label,
            old,
            new,
        } => format!("{prefix}{label}：{old}→{new}"),
        Msg::DiffFieldAdded {
            prefix,
            label,
            value,
        } => format!("{prefix}{label}を追加：{value}"),
        Msg::DiffFieldRemoved {
            prefix,
            label,
            value,
        } => format!("{prefix}{label}を削除：{value}"),
        Msg::DiffReordered { prefix, label } => format!("{prefix}{label}の順序（新しい順）："),
        Msg::DiffWasAt { n } => format!("（旧{n}番目）"),
    }
}
