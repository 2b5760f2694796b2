//! Inline suppressions: `<!-- checkmark-disable-next-line RULE -->`,
//! `<!-- checkmark-disable RULE -->` … `<!-- checkmark-enable RULE -->`,
//! RULE optional (= all rules).

mod helpers3;

use helpers3::{Repo, assert_findings};

/// The findings of `doc.md` holding `text`.
fn findings(text: &str) -> (i32, Vec<helpers3::Found>) {
    Repo::doc_sections(text).check(&["doc.md"])
}

#[test]
fn baseline_without_comments() {
    let (code, found) = findings("# T\n\n- [ x] a\n- [ x] b\n");
    assert_eq!(code, 1);
    assert_findings(
        &found,
        &[
            ("task/malformed", 3, 1, "error"),
            ("task/malformed", 4, 1, "error"),
        ],
    );
}

#[test]
fn disable_next_line_with_the_rule() {
    let (code, found) = findings(concat!(
        "# T\n",
        "\n",
        "<!-- checkmark-disable-next-line task/malformed -->\n",
        "- [ x] a\n", // suppressed
        "- [ x] b\n", // not: only the next line
    ));
    assert_eq!(code, 1);
    assert_findings(&found, &[("task/malformed", 5, 1, "error")]);
}

#[test]
fn disable_next_line_suppresses_only_that_line_exit_zero() {
    let (code, found) = findings(
        "# T\n\n<!-- checkmark-disable-next-line task/malformed -->\n- [ x] a\n\n- [x] fine\n",
    );
    assert_findings(&found, &[]);
    assert_eq!(code, 0);
}

#[test]
fn disable_next_line_without_a_rule_suppresses_all_rules() {
    let (_, found) = findings(concat!(
        "# T\n",
        "\n",
        "<!-- checkmark-disable-next-line -->\n",
        "- [ x] a [log](logs/gone.txt)\n", // task/malformed + link/missing-path: suppressed
        "- [ x] b [log](logs/gone.txt)\n", // both reported
    ));
    assert_findings(
        &found,
        &[
            ("task/malformed", 5, 1, "error"),
            ("link/missing-path", 5, 10, "error"),
        ],
    );
}

#[test]
fn disable_next_line_of_a_different_rule_does_not_suppress() {
    let (code, found) =
        findings("# T\n\n<!-- checkmark-disable-next-line table/placeholder -->\n- [ x] a\n");
    assert_eq!(code, 1);
    assert_findings(&found, &[("task/malformed", 4, 1, "error")]);
}

#[test]
fn disable_next_line_names_one_of_two_rules_on_the_line() {
    let (_, found) = findings(concat!(
        "# T\n",
        "\n",
        "<!-- checkmark-disable-next-line link/missing-path -->\n",
        "- [ x] a [log](logs/gone.txt)\n",
    ));
    assert_findings(&found, &[("task/malformed", 4, 1, "error")]);
}

#[test]
fn disable_next_line_with_several_rules() {
    let (_, found) = findings(concat!(
        "# T\n",
        "\n",
        "<!-- checkmark-disable-next-line link/missing-path evidence/missing-for-done -->\n",
        "- [x] a [log](logs/gone.txt)\n",
    ));
    assert_findings(&found, &[]);
}

#[test]
fn disable_enable_region_of_one_rule() {
    let (_, found) = findings(concat!(
        "# T\n",
        "\n",
        "- [ x] before\n", // 3: reported
        "\n",
        "<!-- checkmark-disable task/malformed -->\n",
        "\n",
        "- [ x] inside\n",                       // suppressed
        "-[x] inside too\n",                     // suppressed
        "- [x] other rule [l](logs/gone.txt)\n", // 9: other rules still reported
        "\n",
        "<!-- checkmark-enable task/malformed -->\n",
        "\n",
        "- [ x] after\n", // 13: reported
    ));
    assert_findings(
        &found,
        &[
            ("task/malformed", 3, 1, "error"),
            ("link/missing-path", 9, 18, "error"),
            ("task/malformed", 13, 1, "error"),
        ],
    );
}

#[test]
fn disable_enable_region_without_a_rule_covers_every_rule() {
    let (_, found) = findings(concat!(
        "# T\n",
        "\n",
        "<!-- checkmark-disable -->\n",
        "\n",
        "- [ x] inside\n",
        "\n",
        "| Item | Status | Owner |\n",
        "| --- | --- | --- |\n",
        "| A | Done | TBD |\n",
        "| A | Done | @x |\n",
        "\n",
        "<!-- checkmark-enable -->\n",
        "\n",
        "- [ x] after\n", // 14
    ));
    assert_findings(&found, &[("task/malformed", 14, 1, "error")]);
}

#[test]
fn disable_without_enable_runs_to_the_end() {
    let (code, found) = findings(concat!(
        "# T\n",
        "\n",
        "- [ x] before\n", // 3
        "\n",
        "<!-- checkmark-disable task/malformed -->\n",
        "\n",
        "- [ x] a\n",
        "\n",
        "## Later section\n",
        "\n",
        "- [ x] b\n",
        "\n",
        "Last line -[x] is prose.\n",
        "-[x] very last\n",
    ));
    assert_eq!(code, 1);
    assert_findings(&found, &[("task/malformed", 3, 1, "error")]);
}

#[test]
fn disable_all_without_enable_runs_to_the_end() {
    let (code, found) = findings(concat!(
        "# T\n",
        "\n",
        "<!-- checkmark-disable -->\n",
        "\n",
        "- [ x] a\n",
        "\n",
        "| Item | Status | Owner |\n",
        "| --- | --- | --- |\n",
        "| A | Done | TBD |\n",
    ));
    assert_findings(&found, &[]);
    assert_eq!(code, 0);
}

#[test]
fn disable_region_of_a_different_rule_does_not_suppress() {
    let (_, found) = findings(concat!(
        "# T\n",
        "\n",
        "<!-- checkmark-disable table/placeholder -->\n",
        "\n",
        "- [ x] a\n", // 5
        "\n",
        "| Item | Status | Owner |\n",
        "| --- | --- | --- |\n",
        "| UC-1 | Done | TBD |\n", // placeholder suppressed; the row's other findings are not
        "| UC-1 | Doen | @x |\n",  // 10
        "\n",
        "<!-- checkmark-enable table/placeholder -->\n",
    ));
    assert_findings(
        &found,
        &[
            ("task/malformed", 5, 1, "error"),
            ("table/duplicate-key", 10, 1, "error"),
            ("status/unknown-value", 10, 10, "error"),
        ],
    );
}

#[test]
fn enable_of_another_rule_does_not_end_the_region() {
    let (_, found) = findings(concat!(
        "# T\n",
        "\n",
        "<!-- checkmark-disable task/malformed -->\n",
        "- [ x] a\n",
        "<!-- checkmark-enable table/placeholder -->\n",
        "\n",
        "- [ x] b\n",
    ));
    assert_findings(&found, &[]);
}

#[test]
fn table_row_findings_suppressed_by_a_region() {
    let (_, found) = findings(concat!(
        "# T\n",
        "\n",
        "| Item | Status | Evidence |\n",
        "| --- | --- | --- |\n",
        "| A | Done | TBD |\n", // 5: reported
        "\n",
        "<!-- checkmark-disable evidence/missing-for-done -->\n",
        "\n",
        "| Item | Status | Evidence |\n",
        "| --- | --- | --- |\n",
        "| B | Done | TBD |\n", // 11: only the placeholder
        "\n",
        "<!-- checkmark-enable evidence/missing-for-done -->\n",
    ));
    assert_findings(
        &found,
        &[
            // Row 5: one problem, one finding (the missing evidence); row
            // 11: that rule is off there, so the placeholder speaks.
            ("evidence/missing-for-done", 5, 1, "error"),
            ("table/placeholder", 11, 14, "error"),
        ],
    );
}

#[test]
fn heading_finding_suppressed_by_next_line() {
    let (_, found) = findings(concat!(
        "# Plan\n",
        "\n",
        "<!-- checkmark-disable-next-line task/section-claims-done -->\n",
        "## A ✅\n",
        "\n",
        "- [x] z\n",
        "- [ ] a\n",
        "\n",
        "## B ✅\n", // 9
        "\n",
        "- [x] y\n",
        "- [ ] b\n",
    ));
    assert_findings(&found, &[("task/section-claims-done", 9, 1, "error")]);
}

#[test]
fn comment_text_in_a_code_block_is_not_a_directive() {
    let (_, found) = findings(concat!(
        "# T\n",
        "\n",
        "```\n",
        "<!-- checkmark-disable -->\n",
        "```\n",
        "\n",
        "- [ x] a\n",
    ));
    assert_findings(&found, &[("task/malformed", 7, 1, "error")]);
}

#[test]
fn suppressed_error_does_not_fail_the_run_but_others_do() {
    let r = Repo::doc_sections(concat!(
        "# T\n",
        "\n",
        "<!-- checkmark-disable-next-line task/malformed -->\n",
        "- [ x] a\n",
    ));
    let (code, json) = r.check_json(&["doc.md"]);
    assert_eq!(code, 0);
    assert_eq!(json["summary"]["errors"], 0);
    assert_eq!(json["diagnostics"].as_array().unwrap().len(), 0);
}

#[test]
// was-bug
fn fix_leaves_suppressed_findings_alone() {
    let r = Repo::doc_sections(concat!(
        "# T\n",
        "\n",
        "<!-- checkmark-disable-next-line task/malformed -->\n",
        "- [ x] kept as written\n",
        "- [ x] fixed\n",
        "\n",
        "<!-- checkmark-disable -->\n",
        "-[x] kept too\n",
    ));
    assert_eq!(r.fix_added_lines(), vec!["- [x] fixed"]);
}
