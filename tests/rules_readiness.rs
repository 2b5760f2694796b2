//! The readiness rules, end to end: a real git repository, the real binary,
//! `check --format json`, and the exact (rule, line, column, severity) list.
//! Each rule has documents where it fires and near-misses where it must not.

mod helpers3;

use helpers3::{Repo, added_lines, assert_findings};

/// The lines `fix --diff --unsafe-fixes doc.md` adds.
fn unsafe_added(r: &Repo) -> Vec<String> {
    added_lines(&r.fix_diff_with(&["--unsafe-fixes"]))
}

// ---------------------------------------------------------------------------
// task/malformed
// ---------------------------------------------------------------------------

/// One malformed marker: its finding, and what `fix --diff` writes instead.
/// A real task item stands beside it: another mark than `x` or a space
/// (`[v]`, `[_]`) is a typo of a task box only among real ones.
fn malformed_case(line: &str, fixed: &str) {
    let doc = format!("# Tasks\n\n{line} Backups verified\n- [ ] DNS configured\n");
    let r = Repo::doc_sections(&doc);
    let (code, found) = r.check(&["doc.md"]);
    assert_findings(&found, &[("task/malformed", 3, 1, "error")]);
    assert_eq!(code, 1);
    assert_eq!(
        r.fix_added_lines(),
        vec![format!("{fixed} Backups verified")]
    );
    assert_eq!(
        helpers3::removed_lines(&r.fix_diff()),
        vec![format!("{line} Backups verified")]
    );
}

#[test]
fn malformed_no_space_after_bullet() {
    malformed_case("-[x]", "- [x]");
}

#[test]
fn malformed_space_before_x() {
    malformed_case("- [ x]", "- [x]");
}

#[test]
fn malformed_empty_box() {
    malformed_case("- []", "- [ ]");
}

#[test]
fn malformed_v_box() {
    malformed_case("- [v]", "- [x]");
}

#[test]
fn malformed_star_bullet_x_space() {
    malformed_case("* [X ]", "* [x]");
}

#[test]
fn malformed_plus_bullet_underscore() {
    malformed_case("+ [_]", "+ [ ]");
}

#[test]
fn malformed_two_spaces_in_box() {
    malformed_case("- [  ]", "- [ ]");
}

#[test]
fn malformed_ordered_list() {
    malformed_case("1. [ x]", "1. [x]");
}

#[test]
fn malformed_all_at_once_with_lines_and_fix() {
    let r = Repo::doc_sections(
        "# Tasks\n\n-[x] a\n- [ x] b\n- [] c\n- [v] d\n* [X ] e\n+ [_] f\n- [x] fine\n- [ ] fine\n",
    );
    let (code, found) = r.check(&["doc.md"]);
    assert_eq!(code, 1);
    assert_findings(
        &found,
        &[
            ("task/malformed", 3, 1, "error"),
            ("task/malformed", 4, 1, "error"),
            ("task/malformed", 5, 1, "error"),
            ("task/malformed", 6, 1, "error"),
            ("task/malformed", 7, 1, "error"),
            ("task/malformed", 8, 1, "error"),
        ],
    );
    assert_eq!(
        r.fix_diff(),
        "--- a/doc.md\n+++ b/doc.md\n@@ -1,10 +1,10 @@\n # Tasks\n \n--[x] a\n-- [ x] b\n-- [] c\n-- [v] d\n-* [X ] e\n-+ [_] f\n+- [x] a\n+- [x] b\n+- [ ] c\n+- [x] d\n+* [x] e\n++ [ ] f\n - [x] fine\n - [ ] fine\n"
    );
}

#[test]
fn malformed_nested_and_quoted_report_their_column() {
    let r = Repo::doc_sections("# T\n\n- [x] parent\n  - [ x] nested\n\n> - [] quoted\n");
    assert_findings(
        &r.findings(),
        &[
            ("task/malformed", 4, 3, "error"),
            ("task/malformed", 6, 3, "error"),
        ],
    );
    assert_eq!(
        r.fix_added_lines(),
        vec!["  - [x] nested", "> - [ ] quoted"]
    );
}

#[test]
fn malformed_near_misses_are_silent() {
    // Well-formed tasks, links, footnote-like brackets, a table cell, code.
    let r = Repo::doc_sections(concat!(
        "# Tasks\n",
        "\n",
        "- [x] done\n",
        "- [X] done too\n",
        "- [ ] open\n",
        "- [link](x.md)\n",
        "- [1] footnote\n",
        "- [ref][r]\n",
        "- [note]: not a task\n",
        "\n",
        "[r]: x.md\n",
        "\n",
        "| Item | Note |\n",
        "| --- | --- |\n",
        "| [x] | - [ x] |\n",
        "\n",
        "```\n",
        "- [ x] in a fence\n",
        "-[x] in a fence\n",
        "```\n",
        "\n",
        "~~~md\n",
        "- [] in a tilde fence\n",
        "~~~\n",
        "\n",
        "<!-- - [ x] in a comment -->\n",
        "\n",
        "Prose with - [ x] in the middle.\n",
    ));
    let (code, found) = r.check(&["doc.md"]);
    assert_findings(&found, &[]);
    assert_eq!(code, 0);
    assert_eq!(r.fix_diff(), "");
}

#[test]
fn malformed_inside_a_fence_in_a_list_item_is_silent() {
    let r = Repo::doc_sections("# T\n\n- item\n\n  ```\n  - [ x] fenced in a list\n  ```\n");
    assert_findings(&r.findings(), &[]);
}

#[test]
// was-bug
fn malformed_inside_an_indented_code_block_is_silent() {
    let r =
        Repo::doc_sections("# T\n\nSome text.\n\n    - [ x] indented code\n    -[x] more code\n");
    assert_findings(&r.findings(), &[]);
    assert_eq!(r.fix_diff(), "");
}

#[test]
// was-bug
fn malformed_inside_front_matter_is_silent() {
    let r =
        Repo::doc_sections("---\ntitle: Beta\nnotes: |\n  - [ x] yaml block text\n---\n\n# T\n");
    assert_findings(&r.findings(), &[]);
    assert_eq!(r.fix_diff(), "");
}

// ---------------------------------------------------------------------------
// task/checked-parent-open-child
// ---------------------------------------------------------------------------

#[test]
fn checked_parent_reported_on_every_checked_ancestor() {
    let r = Repo::doc_sections(concat!(
        "# T\n",
        "\n",
        "- [x] top\n",          // 3: ancestor of 5 and 6
        "  - [x] middle\n",     // 4: ancestor of 5
        "    - [ ] leaf\n",     // 5
        "  - [ ] second\n",     // 6
        "- [x] fine\n",         // 7
        "  - [x] fine child\n", // 8
        "- [ ] open parent\n",  // 9
        "  - [x] done child\n", // 10
    ));
    let (code, found) = r.check(&["doc.md"]);
    assert_eq!(code, 1);
    assert_findings(
        &found,
        &[
            ("task/checked-parent-open-child", 3, 1, "error"),
            ("task/checked-parent-open-child", 4, 3, "error"),
        ],
    );
}

#[test]
fn checked_parent_with_open_grandchild_only() {
    // One problem, one finding: the open `d` is reported at its nearest
    // checked item, `c`, not again at `b` and `a`.
    let r = Repo::doc_sections("- [x] a\n  - [x] b\n    - [x] c\n      - [ ] d\n");
    assert_findings(
        &r.findings(),
        &[("task/checked-parent-open-child", 3, 5, "error")],
    );
}

#[test]
fn checked_parent_near_misses() {
    // All checked; an open parent with a checked child; siblings are not descendants.
    let r = Repo::doc_sections(concat!(
        "- [x] a\n",
        "  - [x] b\n",
        "- [ ] c\n",
        "  - [x] d\n",
        "- [x] e\n",
        "- [ ] f\n",
        "\n",
        "* [x] other list\n",
        "\n",
        "  not a child: - [ ] text\n",
    ));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn checked_parent_is_not_fixed() {
    let r = Repo::doc_sections("- [x] a\n  - [ ] b\n");
    assert_eq!(r.fix_diff(), "");
}

// ---------------------------------------------------------------------------
// task/section-claims-done
// ---------------------------------------------------------------------------

#[test]
fn section_heading_with_check_mark_and_open_item() {
    let r = Repo::doc_sections(
        "# Plan\n\n### 1. Code & Testing ✅\n\n- [x] unit tests\n- [ ] load test\n",
    );
    let (code, found) = r.check(&["doc.md"]);
    assert_eq!(code, 1);
    assert_findings(&found, &[("task/section-claims-done", 3, 1, "error")]);
    // Turning ✅ into 🔄 changes a claim: only with --unsafe-fixes.
    assert_eq!(r.fix_diff(), "");
    assert_eq!(
        r.fix_diff_with(&["--unsafe-fixes"]),
        "--- a/doc.md\n+++ b/doc.md\n@@ -1,6 +1,6 @@\n # Plan\n \n-### 1. Code & Testing ✅\n+### 1. Code & Testing 🔄\n \n - [x] unit tests\n - [ ] load test\n"
    );
}

#[test]
fn section_open_item_in_a_subsection_counts_for_the_parent() {
    let r = Repo::doc_sections(concat!(
        "# Plan\n",
        "\n",
        "## 2. Infrastructure ✅\n", // 3
        "\n",
        "- [x] DNS\n",
        "\n",
        "### 2.1 Backups\n", // 7
        "\n",
        "- [ ] restore drill\n",
        "\n",
        "## 3. Docs ✅\n", // 11
        "\n",
        "- [x] runbook\n",
    ));
    assert_findings(
        &r.findings(),
        &[("task/section-claims-done", 3, 1, "error")],
    );
    assert_eq!(unsafe_added(&r), vec!["## 2. Infrastructure 🔄"]);
}

#[test]
fn section_marker_on_the_subsection_itself() {
    // (Some work is checked elsewhere: the ✅ is a claim, not a template's decoration.)
    let r = Repo::doc_sections(
        "# Plan\n\n## 2. Infra\n\n### 2.1 Backups ✅\n\n- [ ] restore drill\n\n### 2.2 DNS\n\n- [x] records\n",
    );
    assert_findings(
        &r.findings(),
        &[("task/section-claims-done", 5, 1, "error")],
    );
}

#[test]
fn section_done_word_marker() {
    let r = Repo::doc_sections("# Plan\n\n## Infra DONE\n\n- [ ] c\n");
    assert_findings(
        &r.findings(),
        &[("task/section-claims-done", 3, 1, "error")],
    );
    // Never adds a marker: the DONE is replaced, not supplemented.
    let added = unsafe_added(&r);
    assert_eq!(added.len(), 1, "{added:?}");
    assert!(!added[0].contains("DONE"), "{added:?}");
    assert!(added[0].starts_with("## Infra "), "{added:?}");
}

#[test]
fn section_checkbox_marker() {
    let r = Repo::doc_sections("# Plan\n\n## Docs [x]\n\n- [ ] d\n");
    assert_findings(
        &r.findings(),
        &[("task/section-claims-done", 3, 1, "error")],
    );
    assert_eq!(unsafe_added(&r), vec!["## Docs [ ]"]);
}

#[test]
fn section_heavy_check_mark_with_variation_selector() {
    let r = Repo::doc_sections("# Plan\n\n## Docs ✔️\n\n- [x] c\n- [ ] d\n");
    assert_findings(
        &r.findings(),
        &[("task/section-claims-done", 3, 1, "error")],
    );
    assert_eq!(unsafe_added(&r), vec!["## Docs 🔄"]);
}

#[test]
fn section_in_progress_marker_is_configurable() {
    let r = Repo::with(&[
        ("doc.md", "# Plan\n\n## Docs ✅\n\n- [x] c\n- [ ] d\n"),
        (
            "checkmark.toml",
            "[rules]\n\"task/section-claims-done\" = \"error\"\n[fix]\nin_progress_marker = \"🟡\"\n",
        ),
    ]);
    assert_eq!(unsafe_added(&r), vec!["## Docs 🟡"]);
}

#[test]
fn section_status_line_in_a_section_with_open_items() {
    let r = Repo::doc_sections(concat!(
        "# Plan\n",
        "\n",
        "Intro.\n",
        "\n",
        "## 7. Security\n", // 5
        "\n",
        "**Status:** ✅ Done\n", // 7
        "\n",
        "- [x] pen test\n",
        "- [ ] threat model\n",
    ));
    let (code, found) = r.check(&["doc.md"]);
    assert_eq!(code, 1);
    assert_findings(&found, &[("task/section-claims-done", 7, 1, "error")]);
}

#[test]
// was-bug
fn section_status_line_is_rewritten_by_fix() {
    let r = Repo::doc_sections(
        "# Plan\n\nIntro.\n\n## 7. Security\n\n**Status:** ✅ Done\n\n- [x] pen test\n- [ ] threat model\n",
    );
    let run = r.cm(&["fix", "--unsafe-fixes", "doc.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let after = r.read_string("doc.md");
    let line7 = after.lines().nth(6).unwrap();
    // The word beside the marker goes with it: never `🔄 Done`.
    assert_eq!(line7, "**Status:** 🔄 In progress");
    assert_ne!(
        line7, "**Status:** ✅ Done",
        "status line unchanged:\n{after}"
    );
    assert!(line7.starts_with("**Status:**"), "{after}");
    // Only that line changed, and the claim is gone.
    let before = "# Plan\n\nIntro.\n\n## 7. Security\n\n**Status:** ✅ Done\n\n- [x] pen test\n- [ ] threat model\n";
    for (i, (a, b)) in before.lines().zip(after.lines()).enumerate() {
        if i != 6 {
            assert_eq!(a, b);
        }
    }
    assert_findings(&r.findings(), &[]);
}

#[test]
// was-bug
fn section_after_lf_front_matter_with_a_later_crlf_thematic_break() {
    let r = Repo::doc_sections(
        "---\ntitle: Beta\n---\n\n## A ✅\n\n- [x] z\n- [ ] a\n\n---\r\n\r\nfooter\n",
    );
    assert_findings(
        &r.findings(),
        &[("task/section-claims-done", 5, 1, "error")],
    );
}

#[test]
// was-bug
fn section_marker_inside_a_code_span_is_not_a_marker() {
    let r = Repo::doc_sections("# T\n\n## Items marked `DONE`\n\n- [ ] a\n");
    assert_findings(&r.findings(), &[]);
    assert_eq!(r.fix_diff(), "");
}

#[test]
fn section_near_misses() {
    let r = Repo::doc_sections(concat!(
        "# Plan\n",
        "\n",
        "## All done ✅\n",
        "\n",
        "- [x] a\n",
        "- [x] b\n",
        "\n",
        "## No marker\n",
        "\n",
        "- [ ] c\n",
        "\n",
        "## Done criteria\n", // the word "Done" is not a marker
        "\n",
        "- [ ] d\n",
        "\n",
        "## Empty ✅\n", // no items at all
        "\n",
        "Text only.\n",
    ));
    let (code, found) = r.check(&["doc.md"]);
    assert_findings(&found, &[]);
    assert_eq!(code, 0);
    assert_eq!(r.fix_diff(), "");
}

#[test]
fn section_document_level_status_is_not_this_rule() {
    // Preamble status line: status/claim-contradiction's, not task/section-claims-done's.
    let r = Repo::doc_on("# Plan\n\n**Status:** ✅ Done\n\n## A\n\n- [ ] open\n");
    assert_findings(
        &r.findings(),
        &[("status/claim-contradiction", 3, 1, "warning")],
    );
}

#[test]
fn section_status_line_near_miss_all_checked() {
    let r = Repo::doc_sections("# Plan\n\nIntro.\n\n## A\n\n**Status:** ✅ Done\n\n- [x] a\n");
    assert_findings(&r.findings(), &[]);
}

#[test]
fn section_fix_marks_an_in_progress_heading_done_when_everything_is_checked() {
    let r = Repo::doc_sections("# Plan\n\n## A 🔄\n\n- [x] a\n- [x] b\n\n## B\n\n- [x] c\n");
    assert_findings(&r.findings(), &[]);
    // The in-progress marker becomes ✅ (a claim: unsafe); a heading without a marker gets none.
    assert_eq!(r.fix_diff(), "");
    assert_eq!(unsafe_added(&r), vec!["## A ✅"]);
}

// ---------------------------------------------------------------------------
// status/unknown-value
// ---------------------------------------------------------------------------

#[test]
fn status_unknown_value_is_an_error() {
    let r =
        Repo::doc_sections("# T\n\n| Item | Status |\n| --- | --- |\n| A | Done |\n| B | Doen |\n");
    let (code, found) = r.check(&["doc.md"]);
    assert_eq!(code, 1);
    assert_findings(&found, &[("status/unknown-value", 6, 7, "error")]);
    // Not an alias: fix leaves it.
    assert_eq!(r.fix_diff(), "");
}

#[test]
// was-bug
fn status_unknown_value_documented_example() {
    let r =
        Repo::doc_sections("| Item | Status |\n| --- | --- |\n| DNS | Done |\n| TLS | Doen |\n");
    assert_findings(&r.findings(), &[("status/unknown-value", 4, 9, "error")]);
    // A lone `Doen` is no evidence that the column holds readiness statuses.
    let r = Repo::doc_sections("| Item | Status |\n| --- | --- |\n| DNS | Doen |\n");
    assert_findings(&r.findings(), &[]);
}

#[test]
fn status_emoji_led_values_with_commentary_are_accepted() {
    let r = Repo::doc_sections(concat!(
        "# T\n",
        "\n",
        "| Item | Status |\n",
        "| --- | --- |\n",
        "| A | ✅ Initial run captured |\n",
        "| B | ⚠️ Environment-limited |\n",
        "| C | 🔄 Ongoing |\n",
        "| D | ❌ vendor outage |\n",
        "| E | ⬜ later |\n",
        "| F | 🟢 |\n",
    ));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn status_words_are_accepted() {
    let r = Repo::doc_sections(concat!(
        "# T\n",
        "\n",
        "| Item | Status |\n",
        "| --- | --- |\n",
        "| A | Done |\n",
        "| B | In progress |\n",
        "| C | Pending |\n",
        "| D | Blocked |\n",
        "| E | Not started |\n",
        "| F | N/A |\n",
        "| G | DONE |\n",
        "| H | IN_PROGRESS |\n",
        "| I | Done (see notes) |\n",
        "| J | Blocked — vendor |\n",
        "| K | `Done` |\n",
        "| L | **Blocked** |\n",
    ));
    assert_findings(&r.findings(), &[]);
    assert_eq!(r.fix_diff(), "");
}

#[test]
fn status_legend_enum_values_are_accepted() {
    let table = "| Item | Status |\n| --- | --- |\n| A | READY_FOR_GO_LIVE |\n| B | BETA_READY |\n";
    // Without a legend, BETA_READY is unknown but close to no known value: the
    // team's own word, not a typo, so nothing is said.
    let r = Repo::doc_sections(&format!("# T\n\n{table}"));
    assert_findings(&r.findings(), &[]);
    // A typo of a known enum is reported.
    let r = Repo::doc_sections(&format!(
        "# T\n\n{}",
        table.replace("BETA_READY", "REDY_FOR_GO_LIVE")
    ));
    assert_findings(&r.findings(), &[("status/unknown-value", 6, 7, "error")]);
    // A Status Legend that lists it (in backticks) adds it to the vocabulary.
    let r = Repo::doc_sections(&format!(
        "# T\n\n## Status Legend\n\n- `READY_FOR_GO_LIVE`: shipped\n- `BETA_READY`: beta ready\n\n## Items\n\n{table}"
    ));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn status_legend_value_counts_as_done() {
    // The legend's BETA_READY is done by its words: a done row needs evidence.
    let r = Repo::doc_sections(concat!(
        "# T\n",
        "\n",
        "## Status Legend\n",
        "\n",
        "- `BETA_READY`: beta ready\n",
        "\n",
        "## Items\n",
        "\n",
        "| Item | Status | Evidence |\n",
        "| --- | --- | --- |\n",
        "| A | BETA_READY | TBD |\n", // 11
    ));
    assert_findings(
        &r.findings(),
        &[("evidence/missing-for-done", 11, 1, "error")],
    );
}

#[test]
fn status_variant_spelling_is_not_a_finding_and_fix_never_changes_case_alone() {
    // A case, space, `_` or `-` variant of a known value is that value: no finding.
    let r = Repo::doc_sections(
        "# T\n\n| Item | Status |\n| --- | --- |\n| A | in-progress |\n| B | done |\n",
    );
    let (code, found) = r.check(&["doc.md"]);
    assert_eq!(code, 0);
    assert_findings(&found, &[]);
    // `fix` gives `in-progress` the vocabulary's spelling, and leaves `done` as
    // written: never a change of case alone.
    assert_eq!(r.fix_added_lines(), vec!["| A | In progress |"]);
}

#[test]
fn status_configured_alias_is_an_error_with_a_fix() {
    let r = Repo::with(&[
        (
            "doc.md",
            "# T\n\n| Item | Status |\n| --- | --- |\n| A | OK |\n| B | `ok` |\n| C | Done |\n",
        ),
        (
            "checkmark.toml",
            "[status]\naliases = { \"OK\" = \"Done\" }\n",
        ),
    ]);
    let (code, found) = r.check(&["doc.md"]);
    assert_eq!(code, 1);
    assert_findings(
        &found,
        &[
            ("status/unknown-value", 5, 7, "error"),
            ("status/unknown-value", 6, 7, "error"),
        ],
    );
    // A safe fix; the JSON says so. The alias in a code span is left as written.
    let json = r.check_json(&["doc.md"]).1;
    assert_eq!(json["diagnostics"][0]["fixable"], true);
    assert_eq!(json["diagnostics"][1]["fixable"], false);
    assert_eq!(json["summary"]["fixable"], 1);
    assert_eq!(r.fix_added_lines(), vec!["| A | Done |"]);
    let run = r.cm(&["fix", "doc.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_findings(&r.findings(), &[("status/unknown-value", 6, 7, "error")]);
}

#[test]
fn status_http_status_column_is_not_a_status_column() {
    let r = Repo::doc_sections(
        "# API\n\n| Endpoint | Status |\n| --- | --- |\n| /a | 200 |\n| /b | 404 |\n| /c | 500 |\n",
    );
    let (code, found) = r.check(&["doc.md"]);
    assert_findings(&found, &[]);
    assert_eq!(code, 0);
}

#[test]
fn status_prod_readiness_status_column_is_a_status_column() {
    let r = Repo::doc_sections(
        "# T\n\n| Item | Prod Readiness Status |\n| --- | --- |\n| A | Done |\n| B | Doen |\n",
    );
    assert_findings(&r.findings(), &[("status/unknown-value", 6, 7, "error")]);
}

#[test]
fn status_column_of_a_non_status_header_is_ignored() {
    let r =
        Repo::doc_sections("# T\n\n| Item | Notes |\n| --- | --- |\n| A | Doen |\n| B | Done |\n");
    assert_findings(&r.findings(), &[]);
}

// ---------------------------------------------------------------------------
// status/claim-contradiction
// ---------------------------------------------------------------------------

#[test]
fn claim_front_matter_done_with_open_items() {
    let r = Repo::doc_on("---\ntitle: Beta\nstatus: done\n---\n\n# Beta\n\n- [x] a\n- [ ] b\n");
    let (code, found) = r.check(&["doc.md"]);
    assert_findings(&found, &[("status/claim-contradiction", 3, 9, "warning")]);
    assert_eq!(code, 0, "a warning does not fail the check");
    let run = r.cm(&["check", "--deny-warnings", "doc.md"]);
    assert_eq!(run.code, 1);
}

#[test]
fn claim_preamble_status_line_ready_with_open_items() {
    let r =
        Repo::doc_on("# Beta readiness\n\n**Status:** 🟢 Ready\n\n## Work\n\n- [ ] load test\n");
    assert_findings(
        &r.findings(),
        &[("status/claim-contradiction", 3, 1, "warning")],
    );
}

#[test]
fn claim_status_line_before_any_heading() {
    let r = Repo::doc_on("**Status:** 🟢 Ready for Beta\n\n# Beta\n\n## Work\n\n- [ ] load test\n");
    assert_findings(
        &r.findings(),
        &[("status/claim-contradiction", 1, 1, "warning")],
    );
}

#[test]
fn claim_closing_block_after_last_thematic_break() {
    let r = Repo::doc_on("# Beta\n\n## Work\n\n- [x] a\n- [ ] b\n\n---\n\n**Status:** ✅ Done\n");
    assert_findings(
        &r.findings(),
        &[("status/claim-contradiction", 10, 1, "warning")],
    );
}

#[test]
fn claim_with_not_done_table_rows() {
    let r = Repo::doc_on(concat!(
        "# Beta\n",
        "\n",
        "**Status:** 🟢 Ready\n",
        "\n",
        "## Items\n",
        "\n",
        "| Item | Status |\n",
        "| --- | --- |\n",
        "| A | Done |\n",
        "| B | Blocked |\n",
    ));
    assert_findings(
        &r.findings(),
        &[("status/claim-contradiction", 3, 1, "warning")],
    );
}

#[test]
fn claim_near_miss_status_in_a_section() {
    // A status line inside a section is that section's status, not the document's.
    let r = Repo::doc_on("# Beta\n\nIntro.\n\n## A\n\n**Status:** 🟢 Ready\n\n## B\n\n- [ ] b\n");
    assert_findings(&r.findings(), &[]);
}

#[test]
fn claim_near_miss_ready_with_everything_done() {
    let r = Repo::doc_on(concat!(
        "---\nstatus: done\n---\n",
        "\n",
        "# Beta\n",
        "\n",
        "**Status:** 🟢 Ready\n",
        "\n",
        "## Work\n",
        "\n",
        "- [x] a\n",
        "  - [x] b\n",
        "\n",
        "| Item | Status |\n",
        "| --- | --- |\n",
        "| A | Done |\n",
        "| B | N/A |\n",
    ));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn claim_near_miss_in_progress_status() {
    let r = Repo::doc_on(
        "---\nstatus: in progress\n---\n\n# Beta\n\n**Status:** 🟡 In progress\n\n## W\n\n- [ ] a\n",
    );
    assert_findings(&r.findings(), &[]);
}

// ---------------------------------------------------------------------------
// table/column-count
// ---------------------------------------------------------------------------

#[test]
fn column_count_more_and_fewer_cells() {
    let r = Repo::doc_sections(concat!(
        "# T\n",
        "\n",
        "| Item | Status | Notes |\n",
        "| --- | --- | --- |\n",
        "| A | Done | x | extra |\n", // 5
        "| B | Done |\n",             // 6
        "| C | Done | y |\n",
        "| D | Done | a \\| b |\n", // escaped pipe: 3 cells
    ));
    let (code, found) = r.check(&["doc.md"]);
    assert_eq!(code, 1);
    // Line 5 loses `extra` on GitHub. Line 6 is padded: nothing is lost.
    assert_findings(&found, &[("table/column-count", 5, 1, "error")]);
}

#[test]
fn column_count_applies_to_any_table_of_any_document_and_rows_without_outer_pipes() {
    // Dropped text is lost whatever the document is about.
    let r = Repo::doc_sections("a | b\n--- | ---\n1 | 2 | 3\n4 | 5\n");
    assert_findings(&r.findings(), &[("table/column-count", 3, 1, "error")]);
}

#[test]
fn column_count_near_miss_pipes_in_code_are_not_rows_of_a_table() {
    let r = Repo::doc_sections("# T\n\n```\n| a | b |\n| --- | --- |\n| 1 | 2 | 3 |\n```\n");
    assert_findings(&r.findings(), &[]);
}

// ---------------------------------------------------------------------------
// table/duplicate-key
// ---------------------------------------------------------------------------

#[test]
fn duplicate_key_reported_on_the_later_row() {
    // IDs are meant to be unique.
    let r = Repo::doc_sections(concat!(
        "# T\n",
        "\n",
        "| Item | Status |\n",
        "| --- | --- |\n",
        "| UC-001 | Done |\n",    // 5
        "| UC-002 | Done |\n",    // 6
        "| UC-001 | Blocked |\n", // 7
        "| UC-002 | Done |\n",    // 8
    ));
    let (code, found) = r.check(&["doc.md"]);
    assert_eq!(code, 1);
    assert_findings(
        &found,
        &[
            ("table/duplicate-key", 7, 1, "error"),
            ("table/duplicate-key", 8, 1, "error"),
        ],
    );
}

#[test]
fn duplicate_key_near_misses() {
    // Distinct keys; an empty key; two tables sharing a key; a non-readiness table.
    let r = Repo::doc_sections(concat!(
        "# T\n",
        "\n",
        "| Item | Status |\n",
        "| --- | --- |\n",
        "| DNS | Done |\n",
        "| DNS-2 | Done |\n",
        "|  | Done |\n",
        "|  | Done |\n",
        "\n",
        "| Item | Status |\n",
        "| --- | --- |\n",
        "| DNS | Done |\n",
        "\n",
        "| Word | Meaning |\n",
        "| --- | --- |\n",
        "| a | x |\n",
        "| a | y |\n",
    ));
    assert_findings(&r.findings(), &[]);
}

// ---------------------------------------------------------------------------
// table/placeholder
// ---------------------------------------------------------------------------

#[test]
fn placeholder_values_warn_and_error_on_done_rows() {
    let r = Repo::doc_sections(concat!(
        "# T\n",
        "\n",
        "| Item | Status | Owner |\n",
        "| --- | --- | --- |\n",
        "| A | In progress | TBD |\n", // 5
        "| B | In progress | tbd |\n", // 6
        "| C | In progress | N/A |\n", // 7
        "| D | In progress | ? |\n",   // 8
        "| E | In progress |  |\n",    // 9
        "| F | Done | TBD |\n",        // 10
        "| G | Done | @ops |\n",       // 11
        "| H | Blocked | @sec |\n",    // 12
    ));
    let (code, found) = r.check(&["doc.md"]);
    assert_eq!(code, 1);
    assert_findings(
        &found,
        &[
            // One problem, one finding: the owner gaps of the rows not done.
            ("table/placeholder", 5, 21, "warning"),
            ("table/placeholder", 10, 14, "error"),
        ],
    );
}

#[test]
fn placeholder_only_warnings_exit_zero() {
    let r = Repo::doc_sections(
        "# T\n\n| Item | Status | Owner |\n| --- | --- | --- |\n| A | In progress | TBD |\n",
    );
    let (code, found) = r.check(&["doc.md"]);
    assert_findings(&found, &[("table/placeholder", 5, 21, "warning")]);
    assert_eq!(code, 0);
}

#[test]
fn placeholder_near_miss_table_without_status_or_evidence() {
    // Not a readiness table: an owner column alone is not checked.
    let r = Repo::doc_sections("# T\n\n| Item | Owner |\n| --- | --- |\n| A | TBD |\n");
    assert_findings(&r.findings(), &[]);
}

#[test]
fn placeholder_in_a_date_cell_of_a_done_row() {
    let r = Repo::doc_sections(
        "# T\n\n| Item | Status | Last Updated |\n| --- | --- | --- |\n| A | Done | TBD |\n| B | Done | 2026-01-02 |\n",
    );
    assert_findings(&r.findings(), &[("table/placeholder", 5, 14, "error")]);
}

// ---------------------------------------------------------------------------
// table/date-format
// ---------------------------------------------------------------------------

#[test]
fn date_format_bad_forms_and_future_dates() {
    let r = Repo::doc_on(concat!(
        "# Release checklist\n",
        "\n",
        "| Item | Last Updated | Status |\n",
        "| --- | --- | --- |\n",
        "| A | 03/04/2025 | Done |\n", // 5
        "| B | 2025-13-01 | Done |\n", // 6
        "| C | 2025-02-29 | Done |\n", // 7: not a leap year
        "| D | 2026-11-23 | Done |\n", // 8: tomorrow
        "| E | 2026-11-22 | Done |\n", // today: fine
        "| F | 2024-02-29 | Done |\n", // leap day: fine
        "| G | `2025-10-03` | Done |\n",
        "| H | 2025-1-3 | Done |\n", // 12
    ));
    let (code, found) = r.check(&["doc.md"]);
    assert_findings(
        &found,
        &[
            ("table/date-format", 5, 7, "warning"),
            ("table/date-format", 6, 7, "warning"),
            ("table/date-format", 7, 7, "warning"),
            ("table/date-format", 8, 7, "warning"),
            ("table/date-format", 12, 7, "warning"),
        ],
    );
    assert_eq!(code, 0);
}

#[test]
fn date_format_future_depends_on_today() {
    let r = Repo::doc_on(
        "# Checklist\n\n| Item | Last Updated | Status |\n| --- | --- | --- |\n| A | 2027-01-01 | Done |\n",
    );
    assert_findings(&r.findings(), &[("table/date-format", 5, 7, "warning")]);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_checkmark"))
        .args(["check", "--format", "json", "doc.md"])
        .current_dir(r.path())
        .env("NO_COLOR", "1")
        .env("CHECKMARK_TODAY", "2027-06-01")
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(helpers3::findings_of(&json), vec![]);
}

#[test]
fn date_format_near_miss_non_date_column() {
    let r = Repo::doc_on("| Item | Notes |\n| --- | --- |\n| A | 03/04/2025 |\n");
    assert_findings(&r.findings(), &[]);
}

// ---------------------------------------------------------------------------
// evidence/missing-for-done
// ---------------------------------------------------------------------------

#[test]
fn evidence_done_row_with_empty_or_placeholder_evidence() {
    let r = Repo::doc_sections(concat!(
        "# T\n",
        "\n",
        "| Item | Status | Evidence |\n",
        "| --- | --- | --- |\n",
        "| A | Done |  |\n",        // 5
        "| B | ✅ Done | TBD |\n",  // 6
        "| C | In progress |  |\n", // 7: not done: nothing to prove yet, not a finding
        "| D | Done | `logs/run.txt` |\n",
    ));
    let (code, found) = r.check(&["doc.md"]);
    assert_eq!(code, 1);
    assert_findings(
        &found,
        &[
            // One problem, one finding: the empty cell is the row's missing
            // evidence (`table/placeholder` leaves it to this rule).
            ("evidence/missing-for-done", 5, 1, "error"),
            ("evidence/missing-for-done", 6, 1, "error"),
        ],
    );
}

#[test]
fn evidence_done_row_whose_paths_are_all_missing() {
    let r = Repo::doc_sections(concat!(
        "# T\n",
        "\n",
        "| Item | Status | Evidence |\n",
        "| --- | --- | --- |\n",
        "| A | Done | `logs/missing.txt` |\n", // 5
        "| B | Done | `logs/nope1.txt` `logs/nope2.txt` |\n", // 6
    ));
    assert_findings(
        &r.findings(),
        // One problem, one finding: each missing path says so; the done row
        // does not say it again.
        &[
            ("evidence/missing-path", 5, 14, "error"),
            ("evidence/missing-path", 6, 14, "error"),
            ("evidence/missing-path", 6, 31, "error"),
        ],
    );
}

#[test]
fn evidence_done_row_with_one_present_path_is_fine() {
    let r = Repo::doc_sections(concat!(
        "# T\n",
        "\n",
        "| Item | Status | Evidence |\n",
        "| --- | --- | --- |\n",
        "| A | Done | `logs/missing.txt`, `logs/run.txt` |\n",
        "| B | Done | [log](logs/run.txt) |\n",
        "| C | Done | `logs/` |\n",
    ));
    assert_findings(&r.findings(), &[("evidence/missing-path", 5, 14, "error")]);
}

#[test]
fn evidence_near_miss_not_done_rows_and_tables_without_evidence_column() {
    let r = Repo::doc_sections(concat!(
        "# T\n",
        "\n",
        "| Item | Status | Evidence |\n",
        "| --- | --- | --- |\n",
        "| A | Blocked | `logs/run.txt` |\n",
        "| B | N/A | `logs/run.txt` |\n",
        "\n",
        "| Item | Status |\n",
        "| --- | --- |\n",
        "| C | Done |\n",
    ));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn evidence_checked_task_citing_only_missing_evidence() {
    let r = Repo::doc_sections(concat!(
        "# T\n",
        "\n",
        "- [x] cites missing 【F:logs/absent.txt†L1】\n", // 3
        "- [x] cites present 【F:logs/run.txt†L1】\n",    // 4
        "- [x] cites nothing\n",                          // 5
        "- [ ] open, cites missing 【F:logs/absent2.txt†L1】\n", // 6
        "- [x] links missing [log](logs/gone.txt)\n",     // 7
        "- [x] one of two present 【F:logs/gone2.txt】 【F:logs/run.txt】\n",
    ));
    assert_findings(
        &r.findings(),
        // One problem, one finding: the missing citation and link say so; the
        // checked items do not say it again.
        &[
            ("citation/missing-path", 3, 21, "error"),
            ("citation/missing-path", 6, 27, "error"),
            ("link/missing-path", 7, 21, "error"),
            ("citation/missing-path", 8, 26, "error"),
        ],
    );
}

#[test]
fn evidence_required_on_every_checked_item_by_config() {
    let doc = "# T\n\n- [x] cites present 【F:logs/run.txt†L1】\n- [x] cites nothing\n- [ ] open, nothing\n";
    let r = Repo::doc_sections(doc);
    assert_findings(&r.findings(), &[]);
    let r = Repo::with(&[
        ("doc.md", doc),
        ("checkmark.toml", "[tasks]\nrequire_evidence = true\n"),
    ]);
    let (code, found) = r.check(&["doc.md"]);
    assert_eq!(code, 1);
    assert_findings(&found, &[("evidence/missing-for-done", 4, 1, "error")]);
}

#[test]
fn evidence_rule_can_be_turned_off_or_downgraded() {
    let doc = "# T\n\n| Item | Status | Evidence |\n| --- | --- | --- |\n| A | Done | `logs/missing.txt` |\n";
    let r = Repo::with(&[
        ("doc.md", doc),
        (
            "checkmark.toml",
            "[rules]\n\"evidence/missing-for-done\" = \"warning\"\n\"evidence/missing-path\" = \"off\"\n\"task/section-claims-done\" = \"error\"\n",
        ),
    ]);
    let (code, found) = r.check(&["doc.md"]);
    assert_findings(&found, &[("evidence/missing-for-done", 5, 1, "warning")]);
    assert_eq!(code, 0);
}

#[test]
fn status_column_with_its_own_vocabulary_is_not_a_readiness_status() {
    // A feature matrix: `Stable`, `Beta`, `Deprecated` are not readiness statuses,
    // and no value of the column is one, so nothing is reported.
    let r = Repo::doc_sections(concat!(
        "| Feature | Status |\n",
        "| --- | --- |\n",
        "| Export | Stable |\n",
        "| Import | Beta |\n",
        "| Sync | Deprecated |\n",
    ));
    assert_findings(&r.findings(), &[]);
}

#[test]
fn duplicate_key_skips_grouping_first_columns() {
    // A `Severity` first column groups rows; it is not a key.
    let r = Repo::doc_sections(concat!(
        "| Severity | Gap | Status |\n",
        "| --- | --- | --- |\n",
        "| HIGH | TLS | Blocked |\n",
        "| HIGH | Backups | Done |\n",
        "| LOW | Docs | Done |\n",
    ));
    assert_findings(&r.findings(), &[]);
}
