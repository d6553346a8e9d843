//! The fixed labels: one field per word or sentence without parameters.

macro_rules! labels {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// The fixed words of one language. Each language's table is a struct literal, so
        /// the compiler insists that every field is there in both.
        #[derive(Debug)]
        pub struct Labels {
            $($(#[$doc])* pub $name: &'static str,)*
        }

        impl Labels {
            /// Every label with its field name (for tests over the tables).
            pub fn all(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name),)*]
            }
        }
    };
}

labels! {
    /// Key::AnyChar in help.
    key_any_char,
    /// Key::AnyKey in help.
    key_any_key,
    /// After the help's first section title.
    help_this_screen,
    /// The help's legend of marks.
    help_legend,
    /// A pane's bottom edge when more follows.
    more_below,
    /// A pane's bottom edge when more is above.
    more_above,
    /// A page's bottom edge at its end.
    end_of_page,
    /// Tab 1.
    tab_ladder,
    /// Tab 2.
    tab_overview,
    /// Tab 3.
    tab_catalog,
    /// Tab 4.
    tab_compare,
    /// Tab 5.
    tab_glossary,
    /// Tab 6.
    tab_record,
    /// The screen is too small.
    too_small,
    /// The title bar in guest mode.
    guest_bar,
    /// The title bar before a standing is chosen.
    no_standing_bar,
    /// A filter that lets everything through.
    all,
    /// A year training the reader is past.
    past_year,
    /// The catalog's page.
    catalog_page_title,
    /// The compare pane.
    compare_title,
    /// Heading of the side-by-side part.
    compare_side_by_side,
    /// The left side.
    left,
    /// The right side.
    right,
    /// A map without a glossary.
    no_glossary,
    /// The glossary's page.
    glossary_page_title,
    /// The line track.
    line_track,
    /// The specialist track.
    specialist_track,
    /// Legend: the cursor.
    legend_selected,
    /// Legend: the specialist rail.
    legend_specialist,
    /// Legend: inferred (after the mark).
    legend_inferred,
    /// Legend: the standing (after the mark).
    legend_here,
    /// Between two legend entries.
    legend_gap,
    /// An empty list.
    none_found,
    /// The picker, first stage.
    pick_grade_title,
    /// The picker, second stage.
    pick_year_title,
    /// The picker's question (no specialist posts).
    pick_grade_intro,
    /// The picker's question.
    pick_grade_intro_specialist,
    /// Before the year in the year question.
    pick_year_before,
    /// The record screen's header when it is read-only.
    record_not_saved,
    /// The note being edited: a self-check's.
    edit_check_note,
    /// After the self-check heading when a row has a note: what ✎ means.
    note_mark_legend,
    /// The note being edited: the interview notes.
    edit_notes,
    /// The note being edited: questions for the supervisor.
    edit_questions,
    /// The record's page.
    record_page_title,
    /// A record of something the map no longer has.
    not_in_map,
    /// An empty note.
    unwritten,
    /// Between the parts of a list row.
    row_gap,
    /// The search box's prompt.
    search_prompt,
    /// Under an empty search box.
    search_intro,
    ///  No hit.
    search_none,
    /// The source view on a screen with no item.
    no_source_here,
    /// The slide index's title.
    slide_index_title,
    /// The slide on screen, in the index.
    slide_shown,
    /// A bullet.
    bullet,
    /// Before a quoted source text.
    source_open,
    /// After a quoted source text.
    source_close,
    /// Before a quoted source text: its name.
    source_label,
    /// The start of a legend.
    legend_prefix,
    /// Legend: a note of the original.
    legend_note,
    /// Legend: the standing.
    legend_you,
    /// Legend: the reader's year.
    legend_year,
    /// Legend: the program's explanation.
    legend_explain,
    /// The trainings tied to no step.
    untied,
    /// Between titles.
    sep_titles,
    /// Between training names.
    sep_names,
    /// Heading: training.
    heading_training,
    /// Heading: specialist posts beside a step.
    heading_same_level,
    /// Heading: the next step.
    heading_next,
    /// The last line step.
    top_of_line,
    /// Heading: a specialist tier's line steps.
    heading_line_match,
    /// A specialist tier's next step.
    no_next_from_specialist,
    /// Heading: the expectations of a step.
    heading_roles,
    /// The OJT role's name.
    ojt,
    /// The appraisal role's name.
    appraisal,
    /// Before the trainings tied to no step.
    open_to_all_intro,
    /// A training planned.
    planned,
    /// A training completed.
    done,
    /// Self-check: not started.
    level_not_started,
    /// Self-check: working on it.
    level_working,
    /// Self-check: can do it.
    level_achieved,
    /// Heading: the self-check.
    heading_self_check,
    /// No change since the last snapshot.
    no_change,
    /// Heading: a note.
    heading_note,
    /// Heading: the reader's record of a training.
    heading_your_record,
    /// A training the reader has not recorded, in words (not a dash).
    not_recorded,
    /// The questions page.
    questions_title,
    /// A record the map no longer has.
    orphan_title,
    /// An empty note of an old record.
    none_note,
    /// Why an old record is kept.
    orphan_explain,
    /// The vision's title.
    vision,
    /// The vision's goal heading.
    goal_vision,
    /// The vision's means heading.
    means_heading,
    /// Heading: the measures.
    measures_heading,
    /// Heading: the initiatives.
    initiatives,
    /// An expanded initiative.
    expanded,
    /// A new initiative.
    new_kind,
    /// Heading: a measure's policy.
    heading_policy,
    /// Heading: a measure's aim.
    heading_aim,
    /// Heading: a measure's main initiatives.
    heading_main,
    /// Heading: the OJT roles.
    ojt_roles,
    /// Heading: the appraisal roles.
    appraisal_roles,
    /// A measure without trainings.
    no_measure_training,
    /// Heading: related trainings.
    related,
    /// Heading: contents.
    heading_contents,
    /// Heading: about the map.
    about_map,
    /// The basis heading when the map has none.
    basis_default,
    /// Heading: where a training is taken.
    where_taken,
    /// A training tied to no step without an audience.
    no_audience,
    /// What the glossary says of itself.
    glossary_disclaimer,
    /// No new expectation.
    same_roles,
    /// Comparing a place with itself.
    same_place,
    /// Heading: the role's name.
    heading_role_name,
    /// Heading: the steps between.
    heading_between,
    /// Guest mode: what a refused key is told.
    guest_notice,
    /// The record screen's notes section.
    record_notes_heading,
    /// Self-checks made at other places.
    record_other_checks,
    /// Records the map no longer has.
    record_orphans,
    /// A snapshot before a standing.
    snapshot_needs_standing,
    /// The interview sheet's file name (without the date).
    sheet_file,
    /// Search: a step's titles.
    crumb_titles,
    /// Search: a training's audience.
    crumb_for,
    /// Search: a training's organiser.
    crumb_organiser,
    /// Search: the measures.
    crumb_measures,
    /// Search: the vision's workplace.
    crumb_workplace,
    /// Search: the vision's staff.
    crumb_staff,
    /// Text output: before a heading.
    heading_open,
    /// Text output: after a heading.
    heading_close,
    /// Text output: before a subheading.
    sub_open,
    /// Text output: after a subheading.
    sub_close,
    /// show: how to see the notes.
    show_notes_hint,
    /// The cover slide's name.
    slide_cover,
    /// The slide of trainings tied to no step.
    slide_blocks,
    /// The mark of the program's own explanations.
    explain_mark,
    /// The interview sheet's title.
    sheet_title,
    /// The sheet: where the reader stands.
    heading_standing,
    /// The sheet without a standing.
    sheet_no_standing,
    /// The sheet: the role and the self-check.
    heading_roles_check,
    /// The sheet: the self-check record.
    heading_snapshots,
    /// The sheet: today's snapshot is the first.
    first_snapshot,
    /// The sheet: trainings completed.
    sheet_done,
    /// The sheet: trainings planned.
    sheet_planned,
    /// Nothing.
    none_plain,
    /// The sheet: trainings not in the map.
    sheet_unknown_trainings,
    /// The sheet: self-checks not in the map.
    sheet_unknown_checks,
    /// The sheet: where the notes are.
    sheet_notes_hint,
    /// A new edition whose old one is not kept.
    edition_no_old,
    /// Where to read the rest of a new edition.
    edition_rest,
    /// Before the navigator opens after a new edition.
    edition_enter,
    /// Grid column: the step.
    grid_step,
    /// Grid column: the role.
    grid_role,
    /// Grid column: OJT.
    grid_ojt,
    /// Grid column: appraisal.
    grid_appraisal,
    /// Grid column: training.
    grid_training,
    /// Grid column: specialist posts.
    grid_specialists,
    /// The grid's heading.
    grid_title,
    /// The table of contents.
    contents,
    /// The legend's heading.
    legend_title,
    /// Between the trainings of a grid cell.
    grid_sep,
    /// Handout legend: inferred.
    handout_inferred,
    /// Grade handout legend: inferred.
    handout_inferred_show,
    /// Handout legend: a note of the original.
    handout_note,
    /// The overview chapter.
    handout_overview,
    /// Handout: where the notes are.
    handout_notes_appendix,
    /// Grade handout: where the notes are.
    handout_notes_show,
    /// Handout legend: the program's explanations.
    handout_explain,
    /// Grade handout legend: the standing.
    handout_here,
    /// Grade handout legend: the reader's year.
    handout_year,
    /// Document legend: inferred.
    document_inferred,
    /// The appendix's title.
    appendix_title,
    /// The appendix's first line.
    appendix_intro,
    /// No difference between two maps.
    diff_none,
    /// Diff heading: map-wide fields.
    diff_whole_map,
    /// Diff heading: steps.
    diff_steps,
    /// Diff heading: blocks.
    diff_blocks,
    /// A reordered element in its place.
    diff_unchanged,
    /// No next step: the top.
    diff_none_top,
    /// No value.
    diff_none_value,
    /// A bullet's prefix: added.
    diff_added,
    /// A bullet's prefix: removed.
    diff_removed,
    /// A bullet's prefix: changed.
    diff_changed,
}
