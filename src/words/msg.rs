//! Sentences with parameters.

/// A sentence of the program's own, with what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    HelpTitle {
        close: String,
    },
    ReadOnly {
        why: String,
    },
    TooSmallSize {
        w: u16,
        h: u16,
        min_w: u16,
        min_h: u16,
    },
    TooSmallQuit {
        quit: String,
    },
    StandingBar {
        standing: String,
    },
    FilterMeasure {
        measure: String,
        key: String,
    },
    FilterStep {
        step: String,
        key: String,
        shown: usize,
        total: usize,
    },
    CatalogLegend {
        mark: String,
        key: String,
    },
    NoTrainingMatches {
        key: String,
    },
    CompareSide {
        side: String,
        place: String,
    },
    ChooseSide {
        left: bool,
    },
    DetailTitle {
        place: String,
    },
    ExplainedByProgram {
        mark: String,
    },
    UnplacedSpecialist {
        title: String,
    },
    MoreLines {
        shown: usize,
        total: usize,
    },
    SameStepAs {
        step: String,
    },
    PickedTitle {
        title: String,
    },
    AskYear {
        up: String,
        down: String,
        choose: String,
    },
    YearAfter {
        max: u8,
    },
    YearTrainingFor {
        year: u8,
        name: String,
        subtitle: String,
    },
    YearTrainingUpTo {
        max: u8,
        name: String,
        subtitle: String,
    },
    StandingWithYear {
        title: String,
        year: u8,
    },
    SpecialistPlace {
        name: String,
    },
    NotesHint {
        key: String,
    },
    LastSnapshot {
        date: String,
        key: String,
    },
    NoSnapshotYet {
        key: String,
    },
    EditTitle {
        what: String,
        done: String,
    },
    NotesRow {
        first: String,
    },
    QuestionsRow {
        first: String,
    },
    CannotChange {
        why: String,
    },
    TrainingToggleKey {
        key: String,
    },
    SearchTitle {
        go: String,
        cancel: String,
    },
    HitCount {
        n: usize,
    },
    SourceTitle {
        key: String,
    },
    SlideTyped {
        typed: String,
    },
    NoSuchSlide {
        typed: String,
        total: usize,
    },
    SlidePages {
        at: usize,
        pages: usize,
    },
    TypoNote {
        mark: String,
        printed: String,
    },
    LegendInferred {
        how: String,
    },
    HereIs {
        standing: String,
    },
    HereBeside {
        standing: String,
        step: String,
    },
    NameRole {
        name: String,
        role: String,
    },
    Titles {
        titles: String,
    },
    PromotionInto {
        measure: String,
        step: String,
    },
    NoPromotionTraining {
        untied: String,
    },
    TitlesWithRole {
        titles: String,
        role: String,
    },
    NextPromotion {
        step: String,
        names: String,
    },
    TierTitle {
        name: String,
        role: String,
    },
    TierLevel {
        titles: String,
        step: String,
        basis: String,
    },
    UnplacedTitles {
        titles: String,
    },
    TierPromotion {
        measure: String,
        step: String,
        titles: String,
    },
    NoTierTraining {
        untied: String,
    },
    RoleIn {
        symbol: String,
        role: String,
    },
    NameDetail {
        name: String,
        detail: String,
    },
    MeasureHeading {
        measure: String,
        name: String,
        subtitle: String,
    },
    YearTrainingElsewhere {
        row: String,
    },
    YearEntry {
        year: u8,
        contents: String,
    },
    YearEntryMine {
        text: String,
        year: u8,
    },
    PastYearTraining {
        year: u8,
        name: String,
        max: u8,
    },
    Organiser {
        organiser: String,
    },
    Audience {
        audience: String,
    },
    WalkUnplaced {
        title: String,
    },
    MapNote {
        note: String,
    },
    OrgTitle {
        organisation: String,
        title: String,
    },
    Edition {
        edition: String,
    },
    ApplyYear {
        year: u8,
    },
    ApplyPromotion {
        step: String,
    },
    ApplyNone,
    FiscalYear {
        year: u16,
        western: bool,
    },
    DoneIn {
        fy: String,
    },
    RoleOf {
        place: String,
    },
    SinceLast {
        date: String,
    },
    CheckLabel {
        name: String,
        text: String,
    },
    OrphanTrainingId {
        id: String,
    },
    OrphanStatus {
        status: String,
    },
    Labeled {
        name: String,
        text: String,
    },
    Workplace {
        state: String,
    },
    StaffState {
        state: String,
    },
    MeasurePolicy {
        measure: String,
        policy: String,
    },
    InitiativeLine {
        number: String,
        label: String,
        title: String,
    },
    InitiativeTitle {
        number: String,
        title: String,
    },
    Kind {
        kind: String,
    },
    KindAdded {
        kind: String,
        added: String,
    },
    MeasureTrainings {
        n: usize,
    },
    /// The end of a list a page on screen cuts short: how many more, and the list that
    /// holds them all.
    MoreIn {
        n: usize,
        list: String,
    },
    RelatedTraining {
        name: String,
        owner: String,
        when: String,
    },
    TrainingMeasure {
        measure: String,
        policy: String,
    },
    When {
        when: String,
    },
    For {
        audience: String,
    },
    OrganisedBy {
        organiser: String,
    },
    ContentsLine {
        contents: String,
    },
    WhereYear {
        year: u8,
        step: String,
    },
    WherePromotion {
        step: String,
        row: Option<String>,
    },
    WhereNone {
        untied: String,
    },
    CatalogTitle {
        n: usize,
    },
    MeasureWithPolicy {
        measure: String,
        policy: String,
    },
    CatalogLine {
        name: String,
        when: String,
    },
    OrganiserParen {
        organiser: String,
    },
    Reading {
        reading: String,
    },
    ComparePromotion {
        a: String,
        b: String,
    },
    CompareTitle {
        a: String,
        b: String,
    },
    Unchanged {
        what: String,
    },
    SharedRole {
        common: String,
    },
    RequiredIn {
        b: String,
        a: String,
    },
    BetweenSteps {
        steps: String,
        n: usize,
    },
    PromotionsFromTo {
        low: String,
        high: String,
    },
    PromotionTrainingsInto {
        step: String,
    },
    BesideLine {
        step: String,
        titles: String,
        basis: String,
    },
    SelfCheckOf {
        names: String,
    },
    SelfCheckNoStanding {
        key: String,
    },
    TrainingLog {
        mark: String,
    },
    SnapshotTaken {
        date: String,
    },
    /// A second snapshot the same day: today's record replaced.
    SnapshotReplaced {
        date: String,
    },
    PasteTooLong {
        kb: usize,
        limit: usize,
    },
    /// A training taken in a 年度 the reader cannot have taken it in (before joining, or
    /// not yet come): the 年度 that can be, as they are said.
    TakenYearOutside {
        first: String,
        last: String,
    },
    TitleGone {
        title: String,
    },
    SaveFailed {
        error: String,
    },
    SheetWritten {
        path: String,
    },
    SheetFailed {
        error: String,
    },
    NamesPair {
        a: String,
        b: String,
    },
    YearTrainingName {
        subtitle: String,
        year: u8,
    },
    InitiativeNo {
        number: String,
    },
    StatusTag {
        status: String,
    },
    SheetMade {
        date: String,
        map: String,
    },
    LevelTag {
        level: String,
        text: String,
    },
    NoteLine {
        note: String,
    },
    ChangesSince {
        date: String,
    },
    LevelChange {
        before: String,
        after: String,
        text: String,
    },
    NextStepIs {
        step: String,
    },
    EditionLabel {
        edition: String,
        date: String,
    },
    EditionChanged {
        old: String,
        new: String,
    },
    EditionTotal {
        total: usize,
    },
    EditionNoneFor {
        label: String,
    },
    EditionChangesFor {
        label: String,
        own: usize,
    },
    EditionOthers {
        n: usize,
    },
    StepsAnd {
        a: String,
        b: String,
    },
    GridYears {
        name: String,
        years: String,
    },
    GridPromotion {
        names: String,
    },
    MeasureNumbers {
        symbols: String,
    },
    SymbolRange {
        first: String,
        last: String,
    },
    HandoutTitle {
        organisation: String,
        map: String,
    },
    GradeHandoutTitle {
        organisation: String,
        map: String,
        from: String,
    },
    HandoutSubtitle {
        title: String,
        edition: String,
    },
    InChapter {
        step: String,
    },
    YearTrainingEntry {
        subtitle: String,
        year: u8,
        contents: String,
    },
    YearTrainingInChapter {
        subtitle: String,
        home: String,
    },
    TierPromotionInChapter {
        titles: String,
        step: String,
    },
    GridStepTitles {
        step: String,
        titles: String,
    },
    DiffTitle {
        old: String,
        new: String,
    },
    DiffSummary {
        added: usize,
        removed: usize,
        changed: usize,
    },
    DiffInitiative {
        key: String,
        name: String,
    },
    Quoted {
        text: String,
    },
    DiffPrefixed {
        prefix: String,
        label: String,
        value: String,
    },
    DiffEntity {
        prefix: String,
        name: String,
    },
    DiffFieldChanged {
        prefix: String,
        label: String,
        old: String,
        new: String,
    },
    DiffFieldAdded {
        prefix: String,
        label: String,
        value: String,
    },
    DiffFieldRemoved {
        prefix: String,
        label: String,
        value: String,
    },
    DiffReordered {
        prefix: String,
        label: String,
    },
    DiffWasAt {
        n: usize,
    },
}

impl Msg {
    /// One example of every message (for tests over the tables).
    pub fn examples() -> Vec<Msg> {
        vec![
            Msg::HelpTitle {
                close: "Esc".into(),
            },
            Msg::ReadOnly { why: "x".into() },
            Msg::TooSmallSize {
                w: 10,
                h: 5,
                min_w: 40,
                min_h: 12,
            },
            Msg::TooSmallQuit { quit: "q".into() },
            Msg::StandingBar {
                standing: "x".into(),
            },
            Msg::FilterMeasure {
                measure: "x".into(),
                key: "m".into(),
            },
            Msg::FilterStep {
                step: "x".into(),
                key: "s".into(),
                shown: 1,
                total: 2,
            },
            Msg::CatalogLegend {
                mark: "*".into(),
                key: "o".into(),
            },
            Msg::NoTrainingMatches { key: "x".into() },
            Msg::CompareSide {
                side: "L".into(),
                place: "x".into(),
            },
            Msg::ChooseSide { left: true },
            Msg::DetailTitle { place: "x".into() },
            Msg::ExplainedByProgram { mark: "x".into() },
            Msg::UnplacedSpecialist { title: "x".into() },
            Msg::MoreLines { shown: 1, total: 2 },
            Msg::SameStepAs { step: "x".into() },
            Msg::PickedTitle { title: "x".into() },
            Msg::AskYear {
                up: "k".into(),
                down: "j".into(),
                choose: "Enter".into(),
            },
            Msg::YearAfter { max: 45 },
            Msg::YearTrainingFor {
                year: 1,
                name: "x".into(),
                subtitle: "y".into(),
            },
            Msg::YearTrainingUpTo {
                max: 3,
                name: "x".into(),
                subtitle: "y".into(),
            },
            Msg::StandingWithYear {
                title: "x".into(),
                year: 7,
            },
            Msg::SpecialistPlace { name: "x".into() },
            Msg::NotesHint { key: "o".into() },
            Msg::LastSnapshot {
                date: "2026-04-01".into(),
                key: "S".into(),
            },
            Msg::NoSnapshotYet { key: "S".into() },
            Msg::EditTitle {
                what: "Note".into(),
                done: "Esc".into(),
            },
            Msg::NotesRow { first: "x".into() },
            Msg::QuestionsRow { first: "x".into() },
            Msg::CannotChange { why: "x".into() },
            Msg::TrainingToggleKey {
                key: "Space".into(),
            },
            Msg::SearchTitle {
                go: "Enter".into(),
                cancel: "Esc".into(),
            },
            Msg::HitCount { n: 3 },
            Msg::SourceTitle { key: "o".into() },
            Msg::SlideTyped { typed: "1".into() },
            Msg::NoSuchSlide {
                typed: "9".into(),
                total: 3,
            },
            Msg::SlidePages { at: 1, pages: 2 },
            Msg::TypoNote {
                mark: "*".into(),
                printed: "x".into(),
            },
            Msg::LegendInferred { how: "o".into() },
            Msg::HereIs {
                standing: "x".into(),
            },
            Msg::HereBeside {
                standing: "x".into(),
                step: "y".into(),
            },
            Msg::NameRole {
                name: "x".into(),
                role: "y".into(),
            },
            Msg::Titles { titles: "x".into() },
            Msg::PromotionInto {
                measure: "x".into(),
                step: "y".into(),
            },
            Msg::NoPromotionTraining { untied: "x".into() },
            Msg::TitlesWithRole {
                titles: "x".into(),
                role: "y".into(),
            },
            Msg::NextPromotion {
                step: "x".into(),
                names: "y".into(),
            },
            Msg::TierTitle {
                name: "x".into(),
                role: "y".into(),
            },
            Msg::TierLevel {
                titles: "x".into(),
                step: "1".into(),
                basis: "z".into(),
            },
            Msg::UnplacedTitles { titles: "x".into() },
            Msg::TierPromotion {
                measure: "x".into(),
                step: "1".into(),
                titles: "z".into(),
            },
            Msg::NoTierTraining { untied: "x".into() },
            Msg::RoleIn {
                symbol: "x".into(),
                role: "OJT".into(),
            },
            Msg::NameDetail {
                name: "x".into(),
                detail: "y".into(),
            },
            Msg::MeasureHeading {
                measure: "x".into(),
                name: "y".into(),
                subtitle: "z".into(),
            },
            Msg::YearTrainingElsewhere { row: "x".into() },
            Msg::YearEntry {
                year: 1,
                contents: "x".into(),
            },
            Msg::YearEntryMine {
                text: "x".into(),
                year: 1,
            },
            Msg::PastYearTraining {
                year: 9,
                name: "x".into(),
                max: 3,
            },
            Msg::Organiser {
                organiser: "x".into(),
            },
            Msg::Audience {
                audience: "x".into(),
            },
            Msg::WalkUnplaced { title: "x".into() },
            Msg::MapNote { note: "x".into() },
            Msg::OrgTitle {
                organisation: "x".into(),
                title: "y".into(),
            },
            Msg::Edition {
                edition: "x".into(),
            },
            Msg::ApplyYear { year: 3 },
            Msg::ApplyPromotion { step: "x".into() },
            Msg::ApplyNone,
            Msg::FiscalYear {
                year: 2026,
                western: true,
            },
            Msg::DoneIn { fy: "x".into() },
            Msg::RoleOf { place: "x".into() },
            Msg::SinceLast { date: "x".into() },
            Msg::CheckLabel {
                name: "x".into(),
                text: "y".into(),
            },
            Msg::OrphanTrainingId { id: "x".into() },
            Msg::OrphanStatus { status: "x".into() },
            Msg::Labeled {
                name: "x".into(),
                text: "y".into(),
            },
            Msg::Workplace { state: "x".into() },
            Msg::StaffState { state: "x".into() },
            Msg::MeasurePolicy {
                measure: "x".into(),
                policy: "y".into(),
            },
            Msg::InitiativeLine {
                number: "1".into(),
                label: "NEW".into(),
                title: "x".into(),
            },
            Msg::InitiativeTitle {
                number: "1".into(),
                title: "x".into(),
            },
            Msg::Kind { kind: "x".into() },
            Msg::KindAdded {
                kind: "x".into(),
                added: "y".into(),
            },
            Msg::MeasureTrainings { n: 2 },
            Msg::MoreIn {
                n: 2,
                list: "x".into(),
            },
            Msg::RelatedTraining {
                name: "x".into(),
                owner: "y".into(),
                when: "z".into(),
            },
            Msg::TrainingMeasure {
                measure: "x".into(),
                policy: "y".into(),
            },
            Msg::When { when: "x".into() },
            Msg::For {
                audience: "x".into(),
            },
            Msg::OrganisedBy {
                organiser: "x".into(),
            },
            Msg::ContentsLine {
                contents: "x".into(),
            },
            Msg::WhereYear {
                year: 1,
                step: "x".into(),
            },
            Msg::WherePromotion {
                step: "x".into(),
                row: Some("y".into()),
            },
            Msg::WhereNone { untied: "x".into() },
            Msg::CatalogTitle { n: 3 },
            Msg::MeasureWithPolicy {
                measure: "x".into(),
                policy: "y".into(),
            },
            Msg::CatalogLine {
                name: "x".into(),
                when: "y".into(),
            },
            Msg::OrganiserParen {
                organiser: "x".into(),
            },
            Msg::Reading {
                reading: "x".into(),
            },
            Msg::ComparePromotion {
                a: "x".into(),
                b: "y".into(),
            },
            Msg::CompareTitle {
                a: "x".into(),
                b: "y".into(),
            },
            Msg::Unchanged { what: "x".into() },
            Msg::SharedRole { common: "x".into() },
            Msg::RequiredIn {
                b: "x".into(),
                a: "y".into(),
            },
            Msg::BetweenSteps {
                steps: "x".into(),
                n: 2,
            },
            Msg::PromotionsFromTo {
                low: "x".into(),
                high: "y".into(),
            },
            Msg::PromotionTrainingsInto { step: "x".into() },
            Msg::BesideLine {
                step: "1".into(),
                titles: "x".into(),
                basis: "y".into(),
            },
            Msg::SelfCheckOf { names: "x".into() },
            Msg::SelfCheckNoStanding { key: "p".into() },
            Msg::TrainingLog { mark: "*".into() },
            Msg::SnapshotTaken {
                date: "2026-04-01".into(),
            },
            Msg::SnapshotReplaced {
                date: "2026-04-01".into(),
            },
            Msg::PasteTooLong {
                kb: 300,
                limit: 256,
            },
            Msg::TakenYearOutside {
                first: "FY2019".into(),
                last: "FY2026".into(),
            },
            Msg::TitleGone { title: "x".into() },
            Msg::SaveFailed { error: "x".into() },
            Msg::SheetWritten {
                path: "x.md".into(),
            },
            Msg::SheetFailed { error: "x".into() },
            Msg::NamesPair {
                a: "x".into(),
                b: "y".into(),
            },
            Msg::YearTrainingName {
                subtitle: "x".into(),
                year: 2,
            },
            Msg::InitiativeNo { number: "1".into() },
            Msg::StatusTag { status: "x".into() },
            Msg::SheetMade {
                date: "2026-04-01".into(),
                map: "x".into(),
            },
            Msg::LevelTag {
                level: "x".into(),
                text: "y".into(),
            },
            Msg::NoteLine { note: "x".into() },
            Msg::ChangesSince { date: "x".into() },
            Msg::LevelChange {
                before: "a".into(),
                after: "b".into(),
                text: "c".into(),
            },
            Msg::NextStepIs { step: "x".into() },
            Msg::EditionLabel {
                edition: "x".into(),
                date: "2026-04-01".into(),
            },
            Msg::EditionChanged {
                old: "a".into(),
                new: "b".into(),
            },
            Msg::EditionTotal { total: 3 },
            Msg::EditionNoneFor { label: "x".into() },
            Msg::EditionChangesFor {
                label: "x".into(),
                own: 2,
            },
            Msg::EditionOthers { n: 2 },
            Msg::StepsAnd {
                a: "x".into(),
                b: "y".into(),
            },
            Msg::GridYears {
                name: "x".into(),
                years: "y".into(),
            },
            Msg::GridPromotion { names: "x".into() },
            Msg::MeasureNumbers {
                symbols: "x".into(),
            },
            Msg::SymbolRange {
                first: "1".into(),
                last: "2".into(),
            },
            Msg::HandoutTitle {
                organisation: "x".into(),
                map: "y".into(),
            },
            Msg::GradeHandoutTitle {
                organisation: "x".into(),
                map: "y".into(),
                from: "z".into(),
            },
            Msg::HandoutSubtitle {
                title: "x".into(),
                edition: "y".into(),
            },
            Msg::InChapter { step: "x".into() },
            Msg::YearTrainingEntry {
                subtitle: "x".into(),
                year: 1,
                contents: "y".into(),
            },
            Msg::YearTrainingInChapter {
                subtitle: "x".into(),
                home: "y".into(),
            },
            Msg::TierPromotionInChapter {
                titles: "x".into(),
                step: "y".into(),
            },
            Msg::GridStepTitles {
                step: "x".into(),
                titles: "y".into(),
            },
            Msg::DiffTitle {
                old: "a".into(),
                new: "b".into(),
            },
            Msg::DiffSummary {
                added: 1,
                removed: 2,
                changed: 3,
            },
            Msg::DiffInitiative {
                key: "1".into(),
                name: "x".into(),
            },
            Msg::Quoted { text: "x".into() },
            Msg::DiffPrefixed {
                prefix: "Added: ".into(),
                label: "x".into(),
                value: "y".into(),
            },
            Msg::DiffEntity {
                prefix: "Changed: ".into(),
                name: "x".into(),
            },
            Msg::DiffFieldChanged {
                prefix: "p".into(),
                label: "l".into(),
                old: "a".into(),
                new: "b".into(),
            },
            Msg::DiffFieldAdded {
                prefix: "p".into(),
                label: "l".into(),
                value: "v".into(),
            },
            Msg::DiffFieldRemoved {
                prefix: "p".into(),
                label: "l".into(),
                value: "v".into(),
            },
            Msg::DiffReordered {
                prefix: "p".into(),
                label: "l".into(),
            },
            Msg::DiffWasAt { n: 2 },
        ]
    }
}
