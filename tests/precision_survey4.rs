//! Precision on the false or mis-worded patterns of survey 4 (issue 9):
//! repositories none of the other tests contain. Each false pattern, as found
//! in a public repository, stands next to its true twin, with exact findings.

mod common;

use common::{Repo, t};
use serde_json::Value;

#[track_caller]
fn assert_exact(repo: &Repo, rules: &[&str], expected: &[common::Tuple]) -> common::Run {
    let run = repo.check(&[]);
    assert_eq!(run.findings_of(rules), expected, "\n{}", run.dump());
    run
}

/// The one diagnostic of `rule` (panics, showing the run, when there is not exactly one).
#[track_caller]
fn only(run: &common::Run, rule: &str) -> Value {
    let d = run.diagnostics_of(&[rule]);
    assert_eq!(d.len(), 1, "\n{}", run.dump());
    d[0].clone()
}

fn text<'a>(d: &'a Value, field: &str) -> &'a str {
    d[field].as_str().unwrap_or("")
}

// --- status/unknown-value: `**Required**` in a ✅ table was "did you mean
// `Retired`" (maturion-foreman-office-app,
// PLATFORM_READINESS_EVIDENCE_VERIFICATION_CHECKLIST.md:177): an
// edit-distance guess that inverts the row's meaning ---

const GATE: &str = concat!(
    "# Platform readiness checklist\n",
    "\n",
    "| Check | Status | Notes |\n",
    "| --- | --- | --- |\n",
    "| All deliverables created | ✅ | 2 files created |\n",
    "| Evidence complete | ✅ | 803 lines |\n",
    "| Readiness determination made | ✅ | GREEN declared |\n",
);

#[test]
fn an_ordinary_word_two_edits_from_a_status_is_not_a_typo() {
    let repo = Repo::new();
    repo.write(
        "CHECKLIST.md",
        format!(
            "{GATE}| **Orphaned Test Prevention** | **Required** | **See section below** |\n| Audit | Recommended | later |\n"
        ),
    )
    .commit_all();
    assert_exact(&repo, &["status/"], &[]);
}

#[test]
fn twin_real_typos_of_a_status_are_reported_with_their_suggestion() {
    let repo = Repo::new();
    repo.write(
        "CHECKLIST.md",
        format!(
            "{GATE}| Migration | Compelte | |\n| Vendor | Blokced | |\n| Docs | In Progres | |\n"
        ),
    )
    .commit_all();
    let run = assert_exact(
        &repo,
        &["status/unknown-value"],
        &[
            t("status/unknown-value", "CHECKLIST.md", 8, 15, ""),
            t("status/unknown-value", "CHECKLIST.md", 9, 12, ""),
            t("status/unknown-value", "CHECKLIST.md", 10, 10, ""),
        ],
    );
    let messages: Vec<String> = run
        .diagnostics_of(&["status/unknown-value"])
        .iter()
        .map(|d| text(d, "message").to_string())
        .collect();
    assert_eq!(
        messages,
        [
            "`Compelte` is not a known status in column `Status`: did you mean `Complete`?",
            "`Blokced` is not a known status in column `Status`: did you mean `Blocked`?",
            "`In Progres` is not a known status in column `Status`: did you mean `In progress`?",
        ]
    );
}

// --- link/missing-path: `[View Canonical Change](<link>)` in an issue-body
// template (maturion governance/workflows/AGENT_CONTEXT_SYNC_WORKFLOW.md:389),
// exposed because a nested ```diff fence closed the outer ```markdown one ---

/// An issue-body template whose nested fence closes the outer one, with
/// `links` among its generated links.
fn issue_body(links: &str) -> String {
    format!(
        "# Agent context sync\n\n```markdown\n## Agent Context Update Required\n\n#### Diff\n```diff\n<unified diff of proposed changes>\n```\n\n### Auto-Generated Links\n{links}- [View Pull Request](<PR link>)\n```\n"
    )
}

#[test]
fn a_placeholder_in_angle_brackets_is_not_a_link_target() {
    let repo = Repo::new();
    repo.write(
        "governance/workflows/SYNC.md",
        issue_body("- [View Canonical Change](<link>)\n- [View Current Agent Context](<url>)\n"),
    )
    .commit_all();
    assert_exact(&repo, &["link/", "path/"], &[]);
}

#[test]
fn twin_a_real_destination_in_angle_brackets_is_still_judged() {
    let repo = Repo::new();
    repo.write(
        "governance/workflows/SYNC.md",
        issue_body("- [View Canonical Change](<link>)\n- [The guide](<docs/a b.md>) and [the notes](<notes.md>)\n"),
    )
    .commit_all();
    assert_exact(
        &repo,
        &["link/", "path/"],
        &[
            t(
                "link/missing-path",
                "governance/workflows/SYNC.md",
                13,
                3,
                "governance/workflows/docs/a b.md",
            ),
            t(
                "link/missing-path",
                "governance/workflows/SYNC.md",
                13,
                34,
                "governance/workflows/notes.md",
            ),
        ],
    );
}

// --- table/column-count: an unfenced ASCII wireframe that a `| ---- |` line
// turned into a one-column table (maturion
// apps/course-crafter/frontend/COURSE_CRAFTER_WIREFRAMES_v1.0.md:118,
// ERM_WIREFRAMES_v1.1.md:171): true, but the fix is a code fence, not a column ---

const WIREFRAME: &str = concat!(
    "# Wireframes\n",
    "\n",
    "STEP 4 — Segment Planning\n",
    "+----------------------------- ENGINE 1 - STEP 4: SEGMENT PLANNING -----------+\n",
    "| Scenes & Segments Table                                                     |\n",
    "| --------------------------------------------------------------------------  |\n",
    "| Scene | Seg | Thumbnail | Script Text                | Duration | Edit      |\n",
    "|-----------------------------------------------------------------------------|\n",
    "|   1   | 1   | [img]     | \"Human rights are...\"      | 3.5 sec  |  edit     |\n",
    "|   1   | 2   | [img]     | \"Historically derived...\"  | 4.0 sec  |  edit     |\n",
    "+-----------------------------------------------------------------------------+\n",
    "\n",
    "Impact scales\n",
    "\n",
    "| Levels:                                                 |\n",
    "|---------------------------------------------------------|\n",
    "| Level | Score   | Descriptor        | Colour | Actions   |\n",
    "|-------+---------+-------------------+--------+-----------|\n",
    "| 1     | 100000  | Minor loss        | [ ]    | [x]       |\n",
    "\n",
    "┌──────────────────────┐\n",
    "│ Dashboard            │\n",
    "| ---------------------|\n",
    "│ KPIs │ Alerts │ Tasks │\n",
    "| Risks | Controls | Log |\n",
    "└──────────────────────┘\n",
);

#[test]
fn an_unfenced_drawing_is_one_finding_whose_help_is_a_code_fence() {
    let repo = Repo::new();
    repo.write("apps/frontend/WIREFRAMES.md", WIREFRAME)
        .commit_all();
    let run = assert_exact(
        &repo,
        &["table/"],
        &[
            t(
                "table/column-count",
                "apps/frontend/WIREFRAMES.md",
                7,
                1,
                "",
            ),
            t(
                "table/column-count",
                "apps/frontend/WIREFRAMES.md",
                17,
                1,
                "",
            ),
            t(
                "table/column-count",
                "apps/frontend/WIREFRAMES.md",
                25,
                1,
                "",
            ),
        ],
    );
    let d = run.diagnostics_of(&["table/column-count"]);
    assert_eq!(
        text(&d[0], "message"),
        "these lines look like a drawing (box art), but GitHub renders them as a table of 1 column: 3 rows lose the text of their extra cells"
    );
    assert_eq!(
        text(&d[0], "help"),
        "put the drawing in a code fence (a line ```text before it and a line ``` after it), so GitHub shows it as drawn"
    );
    assert!(
        text(&d[1], "message").contains("2 rows lose"),
        "\n{}",
        run.dump()
    );
    assert!(
        text(&d[2], "message").contains("1 row loses the text of its extra cells"),
        "\n{}",
        run.dump()
    );
}

#[test]
fn twin_a_real_table_with_an_extra_cell_keeps_its_help() {
    let repo = Repo::new();
    repo.write(
        "apps/frontend/WIREFRAMES.md",
        concat!(
            "# Screens\n",
            "\n",
            "| Screen | Owner |\n",
            "| ------ | ----- |\n",
            "| Login | @ana | `a | b` |\n",
            "| Home | @bo |\n",
            "\n",
            "+----+\n",
            "\n",
            "| Notes |\n",
            "| ----- |\n",
            "| Wireframes are drafts | see Figma |\n",
        ),
    )
    .commit_all();
    let run = assert_exact(
        &repo,
        &["table/"],
        &[
            t(
                "table/column-count",
                "apps/frontend/WIREFRAMES.md",
                5,
                1,
                "",
            ),
            t(
                "table/column-count",
                "apps/frontend/WIREFRAMES.md",
                12,
                1,
                "",
            ),
        ],
    );
    for d in run.diagnostics_of(&["table/column-count"]) {
        assert!(
            text(&d, "message").starts_with("row has"),
            "\n{}",
            run.dump()
        );
        assert_eq!(
            text(&d, "help"),
            "add a column to the header, or join the cells (escape a literal pipe, also inside a code span, as `\\|`)"
        );
    }
}
