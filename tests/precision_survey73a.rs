//! Survey 73a: verification and go-live documents written by coding agents
//! in app repositories (deployment checklists, QA and verification
//! reports, launch readiness). False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- a dated audit's "dead code" row names a file of the project it
// audits (`apps/web`), written from that folder, which the same work then
// deleted (trademetrix-terminal's product polish audit:
// `components/header.tsx` is dead code, removed with the report: 1 finding
// judged false) ---

/// The audit of `apps/web` (`dated`: with its `Date:` stamp), committed
/// with the deletion of the dead header it reports.
fn polish_audit(dated: bool) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Terminal\n")
        .write("apps/web/components/header.tsx", "export {}\n")
        .write("apps/web/components/nav.tsx", "export {}\n")
        .commit_all();
    let stamp = if dated { "Date: 2026-08-01\n\n" } else { "" };
    repo.write(
        "docs/evolution/PHASE6_POLISH.md",
        format!(
            "# Phase 6 — Product Polish\n\n{stamp}Surface audited: 63 pages (`apps/web`).\n\n\
             | Area | Evidence | Severity |\n|---|---|---|\n\
             | Component duplication | `components/header.tsx` is **dead code** | Low |\n\
             | Navigation | `components/nav.tsx` mixes icons | Low |\n"
        ),
    );
    std::fs::remove_file(repo.path().join("apps/web/components/header.tsx"))
        .expect("delete the header");
    repo.commit_all();
    repo
}

/// The audit's `evidence/missing-path` findings, shown with the run's
/// output when they differ from `expected`.
fn assert_audit_findings(dated: bool, expected: Vec<common::Tuple>) {
    let run = polish_audit(dated).check(&[]);
    let found = run.findings_of(&["evidence/missing-path"]);
    assert!(found == expected, "{found:?}\n{}", run.dump());
}

#[test]
fn a_dated_audit_names_a_file_its_work_deleted() {
    assert_audit_findings(true, vec![]);
}

/// Twin: the same audit with no date promises the tree of today: the file
/// it names is gone, and the path is judged.
#[test]
fn an_undated_audit_names_a_deleted_file() {
    assert_audit_findings(
        false,
        vec![t(
            "evidence/missing-path",
            "docs/evolution/PHASE6_POLISH.md",
            7,
            27,
            "components/header.tsx",
        )],
    );
}
