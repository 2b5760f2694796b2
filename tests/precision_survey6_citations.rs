//! Citation patterns of the sixth survey (six public repositories): dated
//! progress entries and finished stories that record the code of their day,
//! evidence a clean-up commit deleted since, whole-document citations of a
//! runbook that grew, and a bare file name that several files carry. Each
//! false positive stands next to its true-positive twin, with exact findings.

mod common;

use common::{Repo, t};

/// The cited code of the reproductions: three lines, the last two rewritten
/// after the documents were committed.
const CODE: &str = "def loop(b):\n    while b != 2:\n        b += 1\n";
const CODE_AFTER: &str = "def loop(b):\n    for _ in range(b):\n        pass\n";

/// Commits `docs` (path, text) beside `a.py`, then rewrites the cited lines.
fn cited_then_changed(docs: &[(&str, &str)]) -> Repo {
    let repo = Repo::new();
    repo.write("a.py", CODE);
    for (path, text) in docs {
        repo.write(path, text);
    }
    repo.commit_all();
    repo.write("a.py", CODE_AFTER).commit_all();
    repo
}

fn stale(file: &str, line: u64, column: u64) -> common::Tuple {
    t("citation/stale", file, line, column, "a.py")
}

// --- citation/stale: a dated entry records the state on its date, whatever
// its verb (ravenoak/devsynth issues/memory-and-context-system.md:19, an open
// issue's `- 2025-09-20: Specification remains draft …`; ztate
// docs/roadmap_implementation_plan.md, `## Phase 1 abgeschlossen (Stand:
// 2025-09-12)`) ---

#[test]
fn a_dated_entry_is_not_stale_but_an_undated_claim_an_open_task_and_a_due_date_are() {
    let repo = cited_then_changed(&[
        (
            "issue.md",
            "# Issue\nStatus: open\n\n## Progress\n\
             - 2025-09-20: Spec remains draft because b is 2.【F:a.py†L1-L3】\n\
             - **2025-09-21**: The loop ends when b is 2.【F:a.py†L1-L3】\n\
             * 2025-09-22 — Loop still ends at 2.【F:a.py†L1-L3】\n\
             - **Coverage gate (2025-09-23):** the loop ends.【F:a.py†L1-L3】\n\
             - 2025-09-24:\n  - the loop ends when b is 2.【F:a.py†L1-L3】\n\
             - [ ] 2025-09-25: check that the loop ends.【F:a.py†L1-L3】\n\
             - Due 2025-12-01: the loop ends when b is 2.【F:a.py†L1-L3】\n\
             - The loop ends when b is 2.【F:a.py†L1-L3】\n\n\
             ## 2025-10-12 COVERAGE GATE PASS\n\n\
             The loop ends when b is 2.【F:a.py†L1-L3】\n\n\
             #### Import – core (2025-10-17)\n\n\
             | Module | Note |\n|---|---|\n| loop | ends at 2【F:a.py†L1-L3】 |\n",
        ),
        (
            "living.md",
            "# Living\n\nThe loop ends when b is 2.【F:a.py†L1-L3】\n",
        ),
    ]);
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![
            // An open task: work still to do, not a record.
            stale("issue.md", 11, 44),
            // A date that says when work is due.
            stale("issue.md", 12, 45),
            // No date: a claim about the code as it is.
            stale("issue.md", 13, 29),
            stale("living.md", 3, 27),
        ],
        "\n{}",
        run.dump()
    );
}

// --- citation/missing-path: a dated entry citing a log that a clean-up commit
// deleted since (devsynth issues/test-collection-regressions-20251004.md:44;
// survey 6 reproduction r3) ---

#[test]
fn a_dated_entry_citing_a_log_deleted_since_is_silent_but_a_path_never_committed_is_reported() {
    let repo = Repo::new();
    repo.write("logs/run.log", "l1\nl2\nl3\nl4\nl5\n")
        .write("logs/moved.log", "m1\nm2\nm3\nm4\nm5\n")
        .write(
            "issue.md",
            "# Issue\n\nStatus: open\n\n## Progress\n\
             - 2025-10-06: run aborts during collection.【F:logs/run.log†L1-L5】\n\
             - 2025-10-07: the plan is in 【F:docs/never.md†L1】\n\
             - 2025-10-08: second run.【F:logs/moved.log†L1-L5】\n",
        )
        .write(
            "living.md",
            "# Status\n\nCoverage is 92 %.【F:logs/run.log†L1-L5】\n",
        )
        .commit_all();
    repo.git(&["rm", "-q", "logs/run.log"]);
    repo.mkdir("runs");
    repo.git(&["mv", "logs/moved.log", "runs/moved.log"]);
    repo.git(&["commit", "-q", "-m", "chore: clean up old logs"]);
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            // Never committed: written wrong, not deleted since.
            t("citation/missing-path", "issue.md", 7, 30, "docs/never.md"),
            // Moved, not deleted: the reference can follow it.
            t("path/renamed", "issue.md", 8, 26, "logs/moved.log"),
            t("citation/missing-path", "living.md", 3, 18, "logs/run.log"),
        ],
        "\n{}",
        run.dump()
    );
}

// --- citation/stale: a story whose own status is finished records the code
// it was built against (canvas docs/stories/35.2.story.md `**Status**: Done`,
// story-12.J.1 `**状态**: Complete ✅`, 34.10 `## Status` / `**Done**
// (2026-02-10)`; devsynth issues with front matter `Status: closed`); a plan
// whose file name carries its date and whose tasks are all ticked (canvas
// docs/superpowers/plans/2026-04-07-…md) ---

#[test]
fn a_finished_story_and_a_carried_out_dated_plan_are_records_but_open_ones_are_judged() {
    let claim = "The loop ends when b is 2.【F:a.py†L1-L3】\n";
    let story = |head: &str| format!("{head}\n\n{claim}");
    let repo = cited_then_changed(&[
        ("done.md", &story("# Story 35.2\n\n**Status**: Done")),
        (
            "complete.md",
            &story("# Story 12.J.1\n\n**状态**: Complete ✅"),
        ),
        (
            "heading.md",
            &story("# Story 34.10\n\n## Status\n\n**Done** (2026-02-10) — 48/48 pass"),
        ),
        (
            "front.md",
            &story("---\nTitle: Loop\nStatus: closed\n---\n# Loop"),
        ),
        (
            "table.md",
            &story("# Story 30.9\n\n| Field | Value |\n|---|---|\n| Status | Completed |"),
        ),
        (
            "plans/2026-04-07-loop.md",
            &story("# Plan\n\n- [x] Task 1\n- [x] Task 2"),
        ),
        // The twins: open work is judged.
        ("draft.md", &story("# Story 23.2\n\n**Status**: Draft")),
        ("todo.md", &story("# Story 12.F.1\n\n**状态**: Todo")),
        ("notdone.md", &story("# Story 9\n\nStatus: Not done")),
        (
            "legend.md",
            &story("# Tracker\n\n**Status**: Done | In progress | Blocked"),
        ),
        // (Another topic than the carried-out plan: a later plan of the
        // same name supersedes an earlier one, see tests/stale.rs.)
        (
            "plans/2026-03-27-retry.md",
            &story("# Plan\n\n- [x] Task 1\n- [ ] Task 2"),
        ),
        // A finished status wins over `Last updated`, which agent-written
        // plans carry finished or not (survey 21, grimm00/dev-infra's
        // `**Status:** ✅ Complete` plans; tests/precision_survey21_dates.rs).
        (
            "living-done.md",
            &story("# Guide\n\nStatus: Complete\nLast updated: 2026-01-01"),
        ),
    ]);
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![
            stale("draft.md", 5, 27),
            stale("legend.md", 5, 27),
            stale("notdone.md", 5, 27),
            stale("plans/2026-03-27-retry.md", 6, 27),
            stale("todo.md", 5, 27),
        ],
        "\n{}",
        run.dump()
    );
}

/// A front-matter `date:` is a living spec's creation date, not a record
/// stamp (decided in survey 6 on devsynth's `docs/specifications/`, whose
/// stale citations are real), whatever its case or quotes
/// (`docs/analysis/dialectical_reasoning_loop_convergence.md`, `Date:
/// "2025-08-22"`, `status: published`). A stamp line in the body is one.
#[test]
fn a_front_matter_date_is_no_record_stamp_but_a_body_stamp_is() {
    let claim = "The loop ends when b is 2.【F:a.py†L1-L3】\n";
    let repo = cited_then_changed(&[
        (
            "fm.md",
            &format!(
                "---\ntitle: \"Analysis\"\nDate: \"2025-08-22\"\nstatus: published\n---\n# Analysis\n\n{claim}"
            ),
        ),
        (
            "plain.md",
            &format!("# Analysis\n\nDate: 2025-08-22\n\n{claim}"),
        ),
    ]);
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![stale("fm.md", 8, 27)],
        "\n{}",
        run.dump()
    );
}

// --- citation/stale: a whole-document citation is a reference to the
// document (ztate docs/wallet_release_status.md:100,
// `docs/wallet_operator_runbook.md†L1-L196`, the whole runbook, which grew) ---

#[test]
fn a_whole_document_citation_holds_while_the_document_is_there_but_code_is_judged() {
    let runbook: String = (1..=10).map(|i| format!("Step {i}.\n")).collect();
    let repo = Repo::new();
    repo.write("docs/runbook.md", &runbook)
        .write("docs/old-runbook.md", &runbook)
        .write("src/api.rs", "fn a() {\n    one();\n    two();\n}\n")
        .write(
            "docs/status.md",
            "# Status\n\n\
             See the runbook.【F:docs/runbook.md†L1-L10】\n\n\
             Most of the runbook.【F:docs/runbook.md†L1-L8】\n\n\
             The runbook's steps 3 and 4.【F:docs/runbook.md†L3-L4】\n\n\
             The API.【F:src/api.rs†L1-L4】\n\n\
             The old runbook.【F:docs/old-runbook.md†L1-L10】\n",
        )
        .commit_all();
    // The runbook is rewritten (each step re-worded and a training link
    // added); the API's block rewritten; the old runbook deleted.
    let rewritten: String = (1..=10)
        .map(|i| format!("Step {i}, re-indented.\n"))
        .chain(std::iter::once("See the training guide.\n".to_string()))
        .collect();
    repo.write("docs/runbook.md", &rewritten)
        .write("src/api.rs", "fn b() {\n    three();\n    four();\n}\n")
        .commit_all();
    repo.git(&["rm", "-q", "docs/old-runbook.md"]);
    repo.git(&["commit", "-q", "-m", "remove the old runbook"]);
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![
            // Two of its ten lines: the lines are the claim.
            t("citation/stale", "docs/status.md", 7, 29, "docs/runbook.md"),
            // Code is cited for what its lines say.
            t("citation/stale", "docs/status.md", 9, 9, "src/api.rs"),
            // A document deleted is still missing.
            t(
                "citation/missing-path",
                "docs/status.md",
                11,
                17,
                "docs/old-runbook.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- a bare file name that several files carry (canvas
// docs/stories/21.5.2.story.md:440, `config.py:167-176` among three
// `config.py`, resolved to the one of 96 lines) ---

#[test]
fn a_bare_name_of_several_files_resolves_to_the_one_holding_the_lines_or_to_none() {
    let long = |tag: &str| -> String { (1..=200).map(|i| format!("{tag} {i}\n")).collect() };
    let short: String = (1..=96).map(|i| format!("endpoint {i}\n")).collect();
    let repo = Repo::new();
    repo.write("backend/app/config.py", long("app"))
        .write("backend/lib/rag/config.py", long("rag"))
        .write("backend/app/api/config.py", &short)
        .write("backend/app/health.py", long("health"))
        .write("backend/lib/health.py", "h\n")
        .write("backend/app/agent.py", "a\n")
        .write(
            "story.md",
            "# Story\n\n\
             | AC | Requirement | Status | Evidence |\n\
             |----|-------------|--------|----------|\n\
             | AC-1 | Clean the prefix | ✅ PASS | `config.py:167-176` |\n\
             | AC-2 | Health endpoint | ✅ PASS | `health.py:150-160` |\n\
             | AC-3 | Agent errors | ✅ PASS | `agent.py:20-30` |\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        // `config.py`: two files hold line 176, which one is meant is not
        // known: nothing. `health.py`: only one holds line 160, and it is
        // judged (its lines are there). `agent.py`: the one file of that
        // name, too short.
        vec![t(
            "citation/line-range",
            "story.md",
            7,
            34,
            "backend/app/agent.py"
        )],
        "\n{}",
        run.dump()
    );
    // The one holding the lines is the one followed: its cited lines
    // rewritten make the citation stale.
    let rewritten: String = (1..=200)
        .map(|i| {
            if (150..=160).contains(&i) {
                format!("changed {i}\n")
            } else {
                format!("health {i}\n")
            }
        })
        .collect();
    repo.write("backend/app/health.py", &rewritten).commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["citation/stale"]),
        vec![t(
            "citation/stale",
            "story.md",
            6,
            37,
            "backend/app/health.py"
        )],
        "\n{}",
        run.dump()
    );
}
