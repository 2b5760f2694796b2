//! Survey 85a: production, beta and launch readiness trackers with a status
//! legend or an evidence column (CUGAr-SALES, ft, advyser,
//! dep-audit-report). False patterns found there, each beside its true twin;
//! exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

/// A PR tracker whose owners are all `TBD`, one row under `status`.
fn pr_tracker(status: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "TODO.md",
        format!(
            "# Tracker\n\n## Active PRs\n\n\
             | PR # | Title | Owner | Status | Target Date |\n\
             |---|---|---|---|---|\n\
             | #58 | Fix login | TBD | {status} | TBD |\n\
             | #60 | Fix logout | TBD | In Progress | TBD |\n"
        ),
    );
    repo.commit_all();
    repo
}

/// The tracker's one `table/placeholder` finding under `status`: its
/// severity and message (the finding's place asserted exactly).
fn owner_gap(status: &str) -> (String, String) {
    let run = pr_tracker(status).check(&[]);
    assert_eq!(
        run.findings_of(&["table/placeholder"]),
        vec![t("table/placeholder", "TODO.md", 7, 21, "")],
        "\n{}",
        run.dump()
    );
    let d = &run.diagnostics_of(&["table/placeholder"])[0];
    let text = |k: &str| d[k].as_str().unwrap_or("").to_string();
    (text("severity"), text("message"))
}

/// CUGAr-SALES `TODO.md`: `Ready for Review` is ready for a next step, not
/// done: the owner gaps are one warning, with no done row counted.
#[test]
fn ready_for_review_is_not_a_done_row() {
    let (severity, message) = owner_gap("Ready for Review");
    assert_eq!(severity, "warning", "{message}");
    assert!(!message.contains("marked done"), "{message}");
}

/// Twin: `Ready for Beta` claims the work is done: the done row's gap is an
/// error, counted as done.
#[test]
fn ready_for_a_launch_is_still_a_done_row() {
    let (severity, message) = owner_gap("Ready for Beta");
    assert_eq!(severity, "error", "{message}");
    assert!(message.contains("1 marked done"), "{message}");
}
