//! Patterns of the twenty-first precision pass, each found on a real
//! repository (theGeekist/wp-kernel at fa521697, SoundBlaster/ISOInspector at
//! 278e5c56, rameshuv/bonus-hunt-guesser at 5c53d562): every false pattern
//! beside its true twin, exact findings, the real binary in real git
//! repositories.

mod common;

use common::{Repo, t};

/// A document citing `a.py` L10-L20 under `head` (its title and opening
/// lines), committed; then the cited lines change in a later commit.
fn cited_then_changed(repo: &Repo, path: &str, head: &str) {
    repo.write(
        path,
        format!("{head}\n\n## Loader\n\nThe loader retries three times.【F:a.py†L10-L20】\n"),
    );
}

/// Runs `citation/stale` over documents written by `write`, after `a.py`'s
/// cited lines changed.
fn stale_after_change(docs: &[(&str, &str)]) -> common::Run {
    let repo = Repo::new();
    repo.write("a.py", common::lines(50));
    for (path, head) in docs {
        cited_then_changed(&repo, path, head);
    }
    repo.commit_all();
    let changed: String = (1..=50)
        .map(|i| {
            if (10..=20).contains(&i) {
                format!("changed {i}\n")
            } else {
                format!("line {i}\n")
            }
        })
        .collect();
    repo.write("a.py", changed).commit_all();
    repo.check(&["--select", "citation/stale"])
}

/// wp-kernel's `docs/.vitepress/FEATURE_AUDIT.md` is titled `# WPKernel
/// Feature Audit (October 2025)`: a month with its year dates a title as a
/// day does, and the document is a record of that month, whose citations the
/// code moved away from later are history. A month alone or a year alone
/// (`# Feature Snapshot (October)`, `# Roadmap 2025`) dates nothing: those
/// living documents' stale citations are reported.
#[test]
fn a_month_with_its_year_in_the_title_makes_a_dated_record() {
    let run = stale_after_change(&[
        ("docs/snapshot-a.md", "# Feature Snapshot (October 2025)"),
        ("docs/snapshot-b.md", "# Feature Snapshot — Oct 2025"),
        ("docs/snapshot-c.md", "# Release prep 2025-10"),
        ("docs/snapshot-d.md", "# October 2025 review of the loader"),
        ("docs/living-a.md", "# Feature Snapshot (October)"),
        ("docs/living-b.md", "# Roadmap 2025"),
    ]);
    assert_eq!(
        run.findings(),
        vec![
            t("citation/stale", "docs/living-a.md", 5, 32, "a.py"),
            t("citation/stale", "docs/living-b.md", 5, 32, "a.py"),
        ],
        "\n{}",
        run.dump()
    );
}

/// A document whose head says all of its work is done (`**Overall Status:**
/// 100% Complete`, `Status: ✅ Complete (100%)`, `**Overall Status**: ✅
/// Complete (23/23)`) is a finished record, like `**Status**: Done`. A
/// tracker whose progress is still short of the whole (`**Overall Status:**
/// 60% Complete`, `Status: 100 tests pass`) is living: its stale citation is
/// reported.
#[test]
fn a_status_of_the_whole_work_done_makes_a_finished_record() {
    let run = stale_after_change(&[
        (
            "docs/plan-a.md",
            "# Plan A\n\n**Overall Status:** 100% Complete",
        ),
        ("docs/plan-b.md", "# Plan B\n\nStatus: ✅ Complete (100%)"),
        (
            "docs/plan-c.md",
            "# Plan C\n\n**Overall Status**: ✅ Complete (23/23 criteria met)",
        ),
        ("docs/plan-d.md", "# Plan D\n\n**Status:** 100%"),
        (
            "docs/tracker-a.md",
            "# Tracker A\n\n**Overall Status:** 60% Complete",
        ),
        ("docs/tracker-b.md", "# Tracker B\n\nStatus: 100 tests pass"),
    ]);
    assert_eq!(
        run.findings(),
        vec![
            t("citation/stale", "docs/tracker-a.md", 7, 32, "a.py"),
            t("citation/stale", "docs/tracker-b.md", 7, 32, "a.py"),
        ],
        "\n{}",
        run.dump()
    );
}

/// wp-kernel's feature audit cited `packages/core/src/actions/define.ts`
/// L160-L320 when the file had 433 lines; the file shrank to 314, and a
/// later commit swept a rename across the tree, the audit included. The
/// range fitted the file when the citation was written, in the first version
/// of the record that holds it: history, not a finding, though the record's
/// last commit (the sweep) came after the file shrank. Its twin, a range
/// that starts past the end when the record was written (`docs/index.md`
/// L14-L15 of a 13-line page), is reported, as is a range added by the
/// sweep itself, starting past the end then; so is the late range in a
/// living document. (A range that starts inside the file and only ends past
/// it is silent in a record on any day: survey 26.)
#[test]
fn a_range_that_fitted_when_the_record_was_written_survives_a_later_sweep() {
    let repo = Repo::new();
    let audit = "# WP Kernel Feature Audit (October 2025)\n\n\
        - WP Kernel actions expose policy checks.【F:src/define.ts†L160-L320】\n\
        - WP Kernel examples are listed.【F:docs/index.md†L14-L15】\n";
    let living = "# WP Kernel feature notes\n\n\
        - WP Kernel actions expose policy checks.【F:src/define.ts†L160-L320】\n";
    repo.write("src/define.ts", common::lines(433))
        .write("docs/index.md", common::lines(13))
        .write("docs/FEATURE_SNAPSHOT.md", audit)
        .write("docs/notes.md", living)
        .commit_all();
    repo.write("src/define.ts", common::lines(314)).commit_all();
    // The sweep also adds a citation, past the end of the file as it was
    // then: written wrong, though older versions of the record stood when
    // the file was long enough.
    let swept = format!(
        "{}- WPKernel jobs run in order.【F:src/define.ts†L320-L330】\n",
        audit.replace("WP Kernel", "WPKernel")
    );
    repo.write("docs/FEATURE_SNAPSHOT.md", swept)
        .write("docs/notes.md", living.replace("WP Kernel", "WPKernel"))
        .commit_all();
    let run = repo.check(&["--select", "citation/line-range"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/line-range",
                "docs/FEATURE_SNAPSHOT.md",
                4,
                32,
                "docs/index.md"
            ),
            t(
                "citation/line-range",
                "docs/FEATURE_SNAPSHOT.md",
                5,
                30,
                "src/define.ts"
            ),
            t(
                "citation/line-range",
                "docs/notes.md",
                3,
                41,
                "src/define.ts"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// bonus-hunt-guesser's `docs/final-checklist-20240917.md` notes
/// `./vendor/bin/phpcs` in an evidence cell: a command run from the root,
/// under a folder `.gitignore` ignores (`/vendor/`, Composer's installed
/// tools), not evidence that can be missing; and ISOInspector's release
/// runbook says where DocC archives are to be published (`Publish DocC
/// archives under `Documentation/DocC/``), a destination, not a file of the
/// tree. Their twins: a command path that is no installed tool
/// (`./scripts/lint.sh`, missing) and archives said to be published already
/// (`published in `Documentation/DocC/``, missing) are reported.
#[test]
fn an_installed_tool_and_a_publish_destination_are_not_missing_evidence() {
    let repo = Repo::new();
    repo.write(".gitignore", "/vendor/\n")
        .write("vendor/bin/phpunit", "#!/bin/sh\n")
        .write("Documentation/index.md", "# Docs\n")
        .write(
            "docs/final-checklist.md",
            "# Final Compliance Checklist\n\n\
             | Requirement | Status | Evidence / Notes |\n\
             | --- | --- | --- |\n\
             | PHPCS passes | ❌ | `./vendor/bin/phpcs` reports >1500 spacing issues. |\n\
             | Lint passes | ❌ | `./scripts/lint.sh` reports 12 issues. |\n\
             | Docs built | ✅ | Publish DocC archives under `Documentation/DocC/` and link them. |\n\
             | Docs shipped | ✅ | DocC archives published in `Documentation/DocC/`. |\n",
        );
    repo.add(&[".gitignore", "Documentation", "docs"]);
    repo.git(&["add", "-f", "vendor/bin/phpunit"]);
    repo.commit();
    let run = repo.check(&["--select", "evidence/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "evidence/missing-path",
                "docs/final-checklist.md",
                6,
                21,
                "docs/scripts/lint.sh"
            ),
            t(
                "evidence/missing-path",
                "docs/final-checklist.md",
                8,
                49,
                "Documentation/DocC"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// ISOInspector's workflow keeps `DOCS/INPROGRESS/blocked.md` for the task
/// at hand and moves it into the task's archive folder when the task is
/// archived (`DOCS/TASK_ARCHIVE/228_…/blocked.md`, beside 23 other task
/// folders' `blocked.md`). Its command documents name the path as the
/// workflow's convention, to be re-created with the next task, not the
/// archived copy: neither `path/renamed` nor a missing-path rule speaks
/// (survey 21: 9 findings). The twins: a task document moved into the
/// archive under a name of its own, a file whose name stands in only one
/// other archive folder, and a plan archived with its whole folder
/// (`DOCS/feature-x/` → `DOCS/TASK_ARCHIVE/feature-x/`, beside other
/// tasks' `plan.md`: retired, not filed per task) are reported as moved.
#[test]
fn a_per_task_file_the_workflow_archives_is_a_convention_not_a_move() {
    let repo = Repo::new();
    for (i, task) in ["1_setup", "2_parser", "3_export"].iter().enumerate() {
        repo.write(
            &format!("DOCS/TASK_ARCHIVE/{task}/blocked.md"),
            format!("# Blocked\n\n- Task {i} waits on hardware {i}.\n"),
        );
    }
    for task in ["1_setup", "2_parser", "3_export"] {
        repo.write(
            &format!("DOCS/TASK_ARCHIVE/{task}/plan.md"),
            format!("# Plan of {task}\n"),
        );
    }
    repo.write(
        "DOCS/feature-x/plan.md",
        "# Feature X plan\n\nShip the exporter behind a flag.\n",
    )
    .write(
        "DOCS/TASK_ARCHIVE/1_setup/notes.md",
        "# Notes\n\n- Setup notes.\n",
    )
    .write(
        "DOCS/INPROGRESS/blocked.md",
        "# Blocked\n\n- macOS benchmark waits on a runner.\n",
    )
    .write(
        "DOCS/INPROGRESS/Profiling.md",
        "# Profiling\n\nMeasure the parser on large files.\n",
    )
    .write(
        "DOCS/INPROGRESS/notes.md",
        "# Notes\n\n- Coverage gate notes for the current task.\n",
    )
    .write(
        "DOCS/COMMANDS/SELECT_NEXT.md",
        "# Select next\n\n\
         - [Current blocked list](../INPROGRESS/blocked.md)\n\
         - Scan [`DOCS/INPROGRESS/blocked.md`](../INPROGRESS/blocked.md) for recoverable items.\n\
         - [Profiling](../INPROGRESS/Profiling.md)\n\
         - [Notes](../INPROGRESS/notes.md)\n\
         - [Feature X](../feature-x/plan.md)\n",
    )
    .write(
        "DOCS/TODO.md",
        "# TODO\n\n- [x] Benchmarks configured; the macOS run is tracked in `DOCS/INPROGRESS/blocked.md`.\n",
    )
    .commit_all();
    repo.mkdir("DOCS/TASK_ARCHIVE/4_bench");
    for file in ["blocked.md", "Profiling.md", "notes.md"] {
        repo.git(&[
            "mv",
            &format!("DOCS/INPROGRESS/{file}"),
            &format!("DOCS/TASK_ARCHIVE/4_bench/{file}"),
        ]);
    }
    repo.git(&["mv", "DOCS/feature-x", "DOCS/TASK_ARCHIVE/feature-x"]);
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "path/renamed",
                "DOCS/COMMANDS/SELECT_NEXT.md",
                5,
                3,
                "DOCS/INPROGRESS/Profiling.md"
            ),
            t(
                "path/renamed",
                "DOCS/COMMANDS/SELECT_NEXT.md",
                6,
                3,
                "DOCS/INPROGRESS/notes.md"
            ),
            t(
                "path/renamed",
                "DOCS/COMMANDS/SELECT_NEXT.md",
                7,
                3,
                "DOCS/feature-x/plan.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
