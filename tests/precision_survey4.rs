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

// --- encoding/invalid-utf8: 820 findings for one cause (flock-social: a
// generator wrote `—` as the Windows-1252 byte 0x97 into every STEP
// document's title) ---

/// A generated step document whose title has a Windows-1252 em dash.
fn step(n: usize) -> Vec<u8> {
    let mut b = format!("# Step {n} ").into_bytes();
    b.push(0x97);
    b.extend_from_slice(b" Execution Module\n\nPlain text.\n");
    b
}

#[test]
fn many_files_with_one_encoding_cause_are_one_finding() {
    let repo = Repo::new();
    repo.write("README.md", "# Flock\n");
    for n in [101, 102, 103, 104, 105, 106] {
        repo.write(&format!("docs/STEP_{n}_EXECUTION_MODULE.md"), step(n));
    }
    repo.commit_all();
    let run = assert_exact(
        &repo,
        &["encoding/"],
        &[t(
            "encoding/invalid-utf8",
            "docs/STEP_101_EXECUTION_MODULE.md",
            1,
            12,
            "",
        )],
    );
    let d = only(&run, "encoding/invalid-utf8");
    assert_eq!(
        text(&d, "message"),
        "file is not valid UTF-8: byte 0x97 at offset 11; the file was skipped; it and 5 more files have the same cause: Windows-1252 text (0x97 is `—` there)"
    );
    assert_eq!(
        text(&d, "help"),
        "convert them all to UTF-8 in one go (every tracked `docs/*.md` file that is not UTF-8): `git ls-files -z -- 'docs/*.md' | while IFS= read -r -d '' f; do iconv -f UTF-8 -t UTF-8 \"$f\" >/dev/null 2>&1 || { iconv -f WINDOWS-1252 -t UTF-8 \"$f\" > \"$f.tmp\" && mv \"$f.tmp\" \"$f\"; }; done`, then fix what wrote them; the files: `docs/STEP_101_EXECUTION_MODULE.md`, `docs/STEP_102_EXECUTION_MODULE.md`, `docs/STEP_103_EXECUTION_MODULE.md` and 3 more"
    );
    assert_eq!(run.json()["summary"]["errors"], 1);
}

#[test]
fn twin_files_with_different_bad_bytes_keep_a_finding_each() {
    let repo = Repo::new();
    repo.write("docs/a.md", b"# A \x97 title\n".as_slice());
    repo.write("docs/b.md", b"# B caf\xe9\n".as_slice());
    // UTF-8 text with one stray byte: converting it would garble the rest.
    repo.write("docs/c.md", b"# C caf\xc3\xa9 \x97\n".as_slice());
    repo.commit_all();
    let run = assert_exact(
        &repo,
        &["encoding/"],
        &[
            t("encoding/invalid-utf8", "docs/a.md", 1, 5, ""),
            t("encoding/invalid-utf8", "docs/b.md", 1, 8, ""),
            t("encoding/invalid-utf8", "docs/c.md", 1, 10, ""),
        ],
    );
    for d in run.diagnostics_of(&["encoding/invalid-utf8"]) {
        assert!(
            text(&d, "message").ends_with("; the file was skipped"),
            "\n{}",
            run.dump()
        );
    }
}

#[test]
fn twin_a_group_beside_a_file_of_another_cause_gets_a_command_per_file() {
    // Five files share a cause; a sixth in their folder is binary: a command
    // over the folder would convert it too, so the help gives the one for each.
    let repo = Repo::new();
    for n in [1, 2, 3, 4, 5] {
        repo.write(&format!("notes/s{n}.md"), step(n));
    }
    repo.write("notes/z.md", b"\x00\x01binary\xff".as_slice());
    repo.commit_all();
    let run = assert_exact(
        &repo,
        &["encoding/"],
        &[
            t("encoding/invalid-utf8", "notes/s1.md", 1, 10, ""),
            t("encoding/invalid-utf8", "notes/z.md", 1, 9, ""),
        ],
    );
    let d = &run.diagnostics_of(&["encoding/invalid-utf8"])[0];
    assert_eq!(
        text(d, "help"),
        "convert each to UTF-8 with `iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.tmp && mv FILE.tmp FILE`, then fix what wrote them; the files: `notes/s1.md`, `notes/s2.md`, `notes/s3.md` and 2 more"
    );
}
