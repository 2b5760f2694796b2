//! Table, task, evidence and fence patterns of the sixth survey (six public
//! repositories never seen before): grouping first columns taken as keys, an
//! evidence path its cell calls historical, a declined sub-item, another
//! tool's `[-]` status, and one problem reported many times (an Owner column
//! of `TBD` in every row, an empty evidence cell of a done row, a note after
//! each row's closing pipe, a doubled closing fence). Each false positive
//! stands next to its true-positive twin, with exact findings.

mod common;

use common::{Repo, Run, Tuple, t};

/// The findings of `rules` only (other rules may speak on these documents).
#[track_caller]
fn assert_only(run: &Run, rules: &[&str], expected: &[Tuple]) {
    assert_eq!(run.findings_of(rules), expected, "\n{}", run.dump());
}

// ---------------------------------------------------------------------------
// table/duplicate-key: a header that names a group is no key column
// ---------------------------------------------------------------------------

/// canvas: an ADR compliance check lists two checks of one decision, and a
/// test-fix table two lines of one test file (and survey 7's viflo: an edge
/// table `| From | To |` whose key is the pair). The twin: an `ID` column with
/// `GT-001` twice is a register whose key repeats.
#[test]
fn a_grouping_header_is_no_key_but_an_id_header_is() {
    let repo = Repo::new();
    repo.write(
        "story.md",
        "\
# Story 36.1

| ADR | Check | Status |
|---|---|---|
| ADR-003 | Graphiti layer | ✅ |
| ADR-003 | Neo4j storage | ✅ |
| ADR-009 | Retries | ✅ |
| ADR-009 | JSON fallback | ✅ |

| Test File | Line | Status |
|---|---|---|
| `ApiClient.test.ts` | L137 | ✓ Fixed |
| `ApiClient.test.ts` | L903 | ✓ Fixed |

| ID | Check | Status |
|---|---|---|
| GT-001 | Graphiti layer | ✅ |
| GT-002 | Neo4j storage | ✅ |
| GT-001 | Retries | ✅ |

| From | To | Via | Status |
|---|---|---|---|
| `bin/viflo.cjs` | `bin/lib/writers.cjs` | require | VERIFIED ✅ |
| `bin/viflo.cjs` | stdout | console.log | VERIFIED ✅ |
",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_only(
        &run,
        &["table/duplicate-key"],
        &[t("table/duplicate-key", "story.md", 19, 1, "")],
    );
}

/// Under a header that names neither an identity nor a group, identifiers of
/// which several repeat group rows (`R-1` twice, `R-2` twice); one repeat
/// among otherwise unique values is a duplicate (the twin).
#[test]
fn under_a_plain_header_only_an_otherwise_unique_column_is_a_key() {
    let repo = Repo::new();
    repo.write(
        "checks.md",
        "\
# Checks

| Rule | Check | Status |
|---|---|---|
| R-1 | lint | ✅ |
| R-1 | format | ✅ |
| R-2 | unit | ✅ |
| R-2 | e2e | ✅ |

| Rule | Check | Status |
|---|---|---|
| R-1 | lint | ✅ |
| R-2 | format | ✅ |
| R-3 | unit | ✅ |
| R-1 | e2e | ✅ |
",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_only(
        &run,
        &["table/duplicate-key"],
        &[t("table/duplicate-key", "checks.md", 15, 1, "")],
    );
}

// ---------------------------------------------------------------------------
// evidence/missing-path: a path the cell calls historical; a git-ignored file
// ---------------------------------------------------------------------------

/// arco: `Historical `proto/…:23` before the hard cut` names a path that is
/// gone on purpose. Twins: a plain missing path on a done row, and a path
/// after `was added in` (history words must stand right before the path).
#[test]
fn a_path_the_cell_calls_historical_is_no_finding() {
    let repo = Repo::new();
    repo.write(
        "g.md",
        "\
| Gap | Status | Evidence | Owner |
|---|---|---|---|
| GT-3 | DONE | Historical `proto/v1/common.proto:23` before the hard cut | Ann |
| GT-4 | DONE | formerly at `src/old/api.rs`, now merged | Ann |
| GT-5 | DONE | `proto/v2/common.proto` | Ann |
| GT-6 | DONE | the test was added in `tests/api_test.rs` | Ann |
",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_only(
        &run,
        &["evidence/"],
        &[
            t(
                "evidence/missing-path",
                "g.md",
                5,
                17,
                "proto/v2/common.proto",
            ),
            t("evidence/missing-path", "g.md", 6, 39, "tests/api_test.rs"),
        ],
    );
}

/// devsynth: an evidence log that `.gitignore` keeps out by a file pattern
/// (`*.log`) is still reported, but the message says git ignores it and the
/// help does not say "commit the file". The twin: a missing file nothing
/// ignores keeps the plain help.
#[test]
fn an_ignored_evidence_file_is_reported_as_ignored() {
    let repo = Repo::new();
    repo.write(".gitignore", "build/\n*.log\n")
        .write(
            "tracker.md",
            "\
| Item | Status | Evidence |
|---|---|---|
| Coverage | ✅ Done | `issues/artifacts/coverage.log` |
| Soak | ✅ Done | `issues/artifacts/soak.txt` |
",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_only(
        &run,
        &["evidence/missing-path"],
        &[
            t(
                "evidence/missing-path",
                "tracker.md",
                3,
                23,
                "issues/artifacts/coverage.log",
            ),
            t(
                "evidence/missing-path",
                "tracker.md",
                4,
                19,
                "issues/artifacts/soak.txt",
            ),
        ],
    );
    let d = run.diagnostics_of(&["evidence/missing-path"]);
    let (msg, help) = (
        d[0]["message"].as_str().unwrap_or(""),
        d[0]["help"].as_str().unwrap_or(""),
    );
    assert!(msg.contains("git ignores it"), "{msg}");
    assert!(
        help.contains("git check-ignore -v issues/artifacts/coverage.log")
            && !help.contains("commit the file"),
        "{help}"
    );
    assert_eq!(
        d[1]["help"].as_str(),
        Some("commit the file, or correct the path")
    );
}

// ---------------------------------------------------------------------------
// task/checked-parent-open-child: a declined sub-item
// ---------------------------------------------------------------------------

/// canvas: `4.3 update schedule → 暂不更新，保持现有格式` ("not updating for
/// now, keep the format") was decided against; `wontfix`, `→ skip` and `not
/// needed` too. The twin: an open `5.3 restart and verify` under a checked
/// "build and deploy" is unfinished work.
#[test]
fn a_declined_sub_item_is_not_open_work() {
    let repo = Repo::new();
    repo.write(
        "t.md",
        "\
# Tasks

- [x] Task 4: update endpoint
  - [x] 4.1 add field
  - [ ] 4.3 update schedule → 暂不更新，保持现有格式
  - [ ] 4.4 migrate old rows (wontfix)
  - [ ] 4.5 docs → skip
  - [ ] 4.6 cache warmup: not needed
- [x] Task 5: build and deploy
  - [x] 5.1 build
  - [ ] 5.3 restart and verify
",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_only(
        &run,
        &["task/"],
        &[t("task/checked-parent-open-child", "t.md", 9, 1, "")],
    );
}

// ---------------------------------------------------------------------------
// task/malformed: other tools' statuses
// ---------------------------------------------------------------------------

/// canvas (Obsidian): `- [-]` is a cancelled item in Obsidian Tasks, and
/// `[>]`, `[/]`, `[~]`, `[!]`, `[?]` are statuses of task tools: written on
/// purpose, among real task items. The twins: `- [ x]`, `-[x]`, `- [v]`,
/// `- [X ]` are task boxes written wrong.
#[test]
fn other_tools_statuses_are_no_malformed_boxes() {
    let repo = Repo::new();
    repo.write(
        "CURRENT_TASK.md",
        "\
# Current task

- [x] Step 1: schema
- [ ] Step 2: API
- [-] Step 3: absorbed by another PR
- [>] Step 4: moved to next sprint
- [/] Step 5: in progress
- [~] Step 6: partly
- [!] Step 7: important
- [?] Step 8: question
- [ x] Step 9
- [v] Step 10
- [X ] Step 11

-[x] Step 12
",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_only(
        &run,
        &["task/malformed"],
        &[
            t("task/malformed", "CURRENT_TASK.md", 11, 1, ""),
            t("task/malformed", "CURRENT_TASK.md", 12, 1, ""),
            t("task/malformed", "CURRENT_TASK.md", 13, 1, ""),
            t("task/malformed", "CURRENT_TASK.md", 15, 1, ""),
        ],
    );
}

// ---------------------------------------------------------------------------
// table/placeholder: one habit, one finding
// ---------------------------------------------------------------------------

/// arco's parity matrix: an Owner column of `TBD` in every row of every
/// table is one habit, one finding at its first cell (an error: rows are
/// done). The twin: in a table where a row names its owner, a done row's
/// `TBD` is a gap of its own, reported on its row.
#[test]
fn an_owner_column_of_tbd_in_every_row_is_one_finding() {
    let repo = Repo::new();
    repo.write(
        "matrix.md",
        "\
# Parity

## Scheduling

| Capability | Status | Owner |
|---|---|---|
| Ticks | Implemented | TBD |
| Catchup | Implemented | TBD |
| Backfill | Planned | TBD |

## Sensors

| Capability | Status | Owner |
|---|---|---|
| Push | Implemented | TBD |
| Poll | Implemented | TBD |
",
    )
    .write(
        "signoff.md",
        "\
# Sign-off

| Item | Status | Owner |
|---|---|---|
| DNS | Done | @ops |
| Backups | Done | TBD |
",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_only(
        &run,
        &["table/placeholder"],
        &[
            t("table/placeholder", "matrix.md", 7, 25, ""),
            t("table/placeholder", "signoff.md", 6, 20, ""),
        ],
    );
    let d = run.diagnostics_of(&["table/placeholder"]);
    assert_eq!(
        d[0]["message"].as_str(),
        Some(
            "owner cell is `TBD` in 5 rows of 2 tables (lines 7–16, 4 marked done): no row of their Owner columns names one"
        )
    );
    assert_eq!(d[0]["severity"].as_str(), Some("error"));
}

/// canvas story 22.2: a `COVERED` row with an empty Evidence cell is one
/// problem, reported by `evidence/missing-for-done` alone. The twin: with
/// that rule turned off, `table/placeholder` still reports the cell.
#[test]
fn an_empty_evidence_cell_of_a_done_row_is_one_finding() {
    let repo = Repo::new();
    repo.write(
        "22.2.story.md",
        "\
# Story 22.2

| AC | Status | Evidence |
|----|--------|----------|
| AC-22.2.1 | COVERED |  |
| AC-22.2.2 | COVERED | TBD |
",
    )
    .commit_all();
    let rules = ["table/placeholder", "evidence/"];
    assert_only(
        &repo.check(&[]),
        &rules,
        &[
            t("evidence/missing-for-done", "22.2.story.md", 5, 1, ""),
            t("evidence/missing-for-done", "22.2.story.md", 6, 1, ""),
        ],
    );
    assert_only(
        &repo.check(&["--ignore", "evidence/missing-for-done"]),
        &rules,
        &[
            t("table/placeholder", "22.2.story.md", 5, 25, ""),
            t("table/placeholder", "22.2.story.md", 6, 25, ""),
        ],
    );
}

// ---------------------------------------------------------------------------
// table/column-count: a note after each row's closing pipe
// ---------------------------------------------------------------------------

/// A table of `n` rows, each with a reviewer's note after its closing pipe.
fn noted_rows(n: usize) -> String {
    let mut s = String::from("# Gaps\n\n| FR | Status | Notes |\n|---|---|---|\n");
    for i in 1..=n {
        s.push_str(&format!(
            "| FR-{i} | ✅ | ok |User：not seen in the UI yet\n"
        ));
    }
    s
}

/// canvas gap-analysis: one annotation habit (`| … |User：note`) on many rows
/// is one finding for the document, with the count. The twin: four such rows
/// are four findings, and a row split by a pipe in a code span stays its own.
#[test]
fn many_notes_after_the_closing_pipe_are_one_finding() {
    let repo = Repo::new();
    let mut many = noted_rows(6);
    many.push_str("\n| Cmd | Use |\n|---|---|\n| `a|b` | split |\n");
    repo.write("gap-analysis.md", many)
        .write("few.md", noted_rows(4))
        .commit_all();
    let run = repo.check(&[]);
    assert_only(
        &run,
        &["table/column-count"],
        &[
            t("table/column-count", "few.md", 5, 1, ""),
            t("table/column-count", "few.md", 6, 1, ""),
            t("table/column-count", "few.md", 7, 1, ""),
            t("table/column-count", "few.md", 8, 1, ""),
            t("table/column-count", "gap-analysis.md", 5, 1, ""),
            t("table/column-count", "gap-analysis.md", 14, 1, ""),
        ],
    );
    let d = run.diagnostics_of(&["table/column-count"]);
    let folded = d
        .iter()
        .find(|d| d["file"] == "gap-analysis.md" && d["line"] == 5)
        .and_then(|d| d["message"].as_str())
        .unwrap_or("");
    assert!(
        folded.starts_with("6 rows of this document have text after their closing `|` (lines 5–10"),
        "{folded}"
    );
}

// ---------------------------------------------------------------------------
// document/unclosed-fence: a doubled closing fence
// ---------------------------------------------------------------------------

/// sentinel TECHNICAL_SPEC.md: ```` ``` ```` twice after a Go block; the
/// second opens a block that swallows the sections up to the fence meant to
/// open the next example, and every later fence pairs wrongly. One finding,
/// at the doubled fence. The twin: a block never closed still says so.
#[test]
fn a_doubled_closing_fence_is_the_cause_reported() {
    let repo = Repo::new();
    repo.write(
        "SPEC.md",
        "\
# Spec

```go
func main() {}
```
```

## Production-Ready Implementations

All handlers are implemented.

## File System Structure

```
project/
└── .sentinel/
```

## Tasks

```go
type Task struct{}
```

## After
",
    )
    .write(
        "open.md",
        "\
# Open

```bash
make test

## Launch

- [ ] DNS
",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_only(
        &run,
        &["document/unclosed-fence"],
        &[
            t("document/unclosed-fence", "SPEC.md", 6, 1, ""),
            t("document/unclosed-fence", "open.md", 3, 1, ""),
        ],
    );
    let d = run.diagnostics_of(&["document/unclosed-fence"]);
    assert_eq!(
        d[0]["help"].as_str(),
        Some("delete the fence on line 6: the block it was meant to close ends on line 5")
    );
}
