//! Patterns read by hand in survey 40a (helper s40a): readiness trackers,
//! audits and architecture reviews of product and platform teams citing code
//! as `path:line`. Each false pattern beside its true twin, exact findings,
//! the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// townlet keeps the architecture notes it took out of use in
/// `docs/architecture_review/retired/` (its README: "historical … should not
/// be treated as active plans"): a note there records the code of its day,
/// as one in `archive/` does (survey 40a: 20 shifted, stale and line-range
/// findings judged false). Twins: the same note beside the folder, kept in
/// use, and the folder's README, its maintained index, are judged.
#[test]
fn a_retired_folder_freezes_its_notes() {
    let code: String = (1..=10).map(|i| format!("def f{i}(): pass\n")).collect();
    let note = "# WorldState Refactor\n\nThe hook lives at `src/grid.py:5`.\n";
    let repo = Repo::new();
    repo.write("src/grid.py", &code).commit_all();
    repo.write("docs/review/retired/WORLDSTATE_REFACTOR.md", note)
        .write("docs/review/retired/README.md", note)
        .write("docs/review/OBSERVATION_PLAN.md", note)
        .commit_all();
    repo.write("src/grid.py", format!("import os\n\n{code}"))
        .commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/shifted",
                "docs/review/OBSERVATION_PLAN.md",
                3,
                19,
                "src/grid.py"
            ),
            t(
                "citation/shifted",
                "docs/review/retired/README.md",
                3,
                19,
                "src/grid.py"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// A file moved into a `retired/` folder was retired, not renamed: the
/// finding says so and offers no fix, as for `archive/`.
#[test]
fn a_file_moved_into_a_retired_folder_was_retired() {
    let body: String = (1..=30)
        .map(|i| format!("Step {i} of the plan.\n"))
        .collect();
    let repo = Repo::new();
    repo.write("docs/plan.md", format!("# Plan\n\n{body}"))
        .write("README.md", "# Project\n\nSee [the plan](docs/plan.md).\n")
        .commit_all();
    repo.mkdir("docs/retired")
        .git(&["mv", "docs/plan.md", "docs/retired/plan.md"]);
    repo.commit();
    let run = repo.check(&["--select", "path/renamed"]);
    let diags = run.diagnostics_of(&["path/renamed"]);
    assert_eq!(diags.len(), 1, "\n{}", run.dump());
    assert_eq!(diags[0]["fixable"], false, "\n{}", run.dump());
    assert!(
        diags[0]["help"]
            .as_str()
            .is_some_and(|m| m.contains("archive folder")),
        "\n{}",
        run.dump()
    );
}

/// townlet's `audit/AUDIT_SUMMARY.md` (`# Audit Summary`), committed once
/// with the audit it digests, cites the code of that day
/// (`src/townlet/world/affordances.py:141`, a file now cut to a 5-line
/// facade): a report's summary is a record as the report is (survey 40a: 10
/// line-range, stale and shifted findings judged false). Twins: an
/// `# Executive Summary` names no report and is judged, and so is an audit
/// summary that holds an open task item and was edited after it was
/// written (a list still worked).
#[test]
fn an_audit_summary_is_a_record_of_its_day() {
    let code: String = (1..=20).map(|i| format!("x{i} = {i}\n")).collect();
    let doc = |title: &str, extra: &str| {
        format!(
            "# {title}\n\n| Metric | Value |\n| --- | --- |\n| TODO markers | 1 (`src/aff.py:15-18`) |\n{extra}"
        )
    };
    let repo = Repo::new();
    repo.write("src/aff.py", &code).commit_all();
    repo.write("audit/AUDIT_SUMMARY.md", doc("Audit Summary", ""))
        .write("audit/OVERVIEW.md", doc("Code Audit Summary", ""))
        .write("audit/EXECUTIVE.md", doc("Executive Summary", ""))
        .write(
            "audit/FOLLOW_UP.md",
            doc("Audit Summary", "\n- [ ] Remove the TODO\n"),
        )
        .commit_all();
    // The list is worked after the summary was written: an item added.
    repo.write(
        "audit/FOLLOW_UP.md",
        doc(
            "Audit Summary",
            "\n- [ ] Remove the TODO\n- [ ] Split the module\n",
        ),
    )
    .commit_all();
    repo.write("src/aff.py", "from aff_core import *\n")
        .commit_all();
    let run = repo.check(&["--select", "citation/line-range"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/line-range",
                "audit/EXECUTIVE.md",
                5,
                21,
                "src/aff.py"
            ),
            t(
                "citation/line-range",
                "audit/FOLLOW_UP.md",
                5,
                21,
                "src/aff.py"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// townlet's `ARCHITECTURE_REVIEW_2_REMEDIATION_PLAN.md` is a copied ChatGPT
/// deep-research report: each claim links the number of its source
/// (`[startup/shutdown of background threads](16)`), and the closing lines key
/// the numbers to the files it read (`[7] [8] [16] townlet-target-architecture.md`).
/// The number is a citation, not a path (survey 40a: 11 findings judged
/// false). Twins: the same link in a document with no such key, and a link
/// in the report to a file that is not there, are reported.
#[test]
fn a_research_exports_source_numbers_are_citations() {
    let report = "# Remediation Plan\n\n\
                  Run a sink with [startup/shutdown of background threads](16).\n\
                  See also [the old plan](docs/old-plan.md).\n\n\
                  ________________________________________\n\
                  [1] [2] [16] target-architecture.md\n";
    let repo = Repo::new();
    repo.write("docs/REMEDIATION_PLAN.md", report)
        .write(
            "docs/NOTES.md",
            "# Notes\n\nRun a sink with [startup/shutdown of background threads](16).\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", "docs/NOTES.md", 3, 17, "docs/16"),
            t(
                "link/missing-path",
                "docs/REMEDIATION_PLAN.md",
                4,
                10,
                "docs/docs/old-plan.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
