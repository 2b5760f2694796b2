//! Survey 99a: beta, launch and production readiness trackers written by
//! coding agents in 2026 repositories, round 8 (farmountain/sdlc_agent_swarm,
//! FlockSocial2026/flock-social, Heikkila-Pty-Ltd/cortex). False patterns
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- the report of one validation run names the files it validated where
// they stood that day (cortex's `evidence/validation-report.md`, written by
// `gate-evidence-collection.sh`, listing files a refactor moved the next
// day: 5 `path/renamed` findings judged false) ---

const REPORT: &str = "# Launch Readiness Evidence Validation Report\n\n\
**Validation Date:** 2026-02-17T18:53:15Z  \n\
**Validator:** gate-evidence-collection.sh v2.0\n\n\
## Successfully Validated Files\n\n\
| File Path | Size (bytes) | Validation Status |\n\
|-----------|--------------|-------------------|\n\
| `docs/api-security.md` | 7,317 | ✅ AUTHENTIC |\n";

/// The report and the file it names, committed on 2026-02-18; the file
/// moved on 2026-02-20; with `edited`, the report edited once more after
/// the move.
fn validation_report(edited: bool) -> Repo {
    let repo = Repo::new();
    repo.write("docs/api-security.md", "# API security\n")
        .write("evidence/validation-report.md", REPORT);
    repo.commit_on("2026-02-18");
    repo.mkdir("docs/api");
    repo.git(&["mv", "docs/api-security.md", "docs/api/api-security.md"]);
    repo.commit_on("2026-02-20");
    if edited {
        repo.write(
            "evidence/validation-report.md",
            format!("{REPORT}\nRe-run pending.\n"),
        );
        repo.commit_on("2026-02-21");
    }
    repo
}

#[test]
fn a_validation_runs_report_names_the_files_of_its_day() {
    let run = validation_report(false).check(&["--select", "path/renamed"]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: the report edited after the move could have followed it: the
/// move is reported.
#[test]
fn a_validation_report_edited_after_the_move_is_judged() {
    let run = validation_report(true).check(&["--select", "path/renamed"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "path/renamed",
            "evidence/validation-report.md",
            10,
            3,
            "docs/api-security.md"
        )],
        "\n{}",
        run.dump()
    );
}
