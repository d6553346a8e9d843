//! The program's words in Japanese (see [`super`]).

use super::{HintWord, KeyHelp, Labels, Msg};
use crate::keymap::Context;

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
            "文字の入力（日本語入力も可）、Enter で改行、矢印でカーソル移動、BS で削除"
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

pub static LABELS: Labels = Labels {
    key_any_char: "文字",
    key_any_key: "ほかのキー",
    help_this_screen: "（いまの画面）",
    help_legend: "記号：▶ 選択中　● 現在地　※ 原資料の配置から推定した箇所　┆ スタッフ職（同じ水準のライン職の横）",
    more_below: " ↓ 続きあり ",
};

pub fn msg(m: &Msg) -> String {
    match m {
        Msg::HelpTitle { close } => format!("ヘルプ（{close} で閉じる）"),
    }
}
