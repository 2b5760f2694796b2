//! Survey 98a: code-review, bug-hunt and performance notes written by coding
//! agents (BlueKittyMeow/pin-and-paper, cyberlife-coder/VelesDB,
//! jamesjordanmarketing/train-data). False patterns found there, each beside
//! its true twin; exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, assert_reference_findings, t};

// --- a dated clean-up's sweep folder is an archive (train-data's
// `pmc/context-ai/pmct/cleanup-11-20-25/`, where a clean-up commit moved
// sixty reports from the root and `supa-agent-ops/`: a report's link to a
// guide that stood beside it then and was deleted since is history) ---

/// A summary written at the root beside `supa/guide.md`, swept into
/// `notes/<folder>/` by a clean-up that also deleted the guide.
fn swept_into(folder: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Project\n")
        .write(
            "SUMMARY.md",
            "# Prompt 1 Summary\n\nSee [the guide](supa/guide.md).\n",
        )
        .write("supa/guide.md", "# Guide\n")
        .commit_all();
    repo.mkdir(&format!("notes/{folder}"));
    repo.git(&["mv", "SUMMARY.md", &format!("notes/{folder}/SUMMARY.md")]);
    repo.git(&["rm", "-q", "supa/guide.md"]);
    repo.commit();
    repo
}

#[test]
fn a_dated_cleanup_folder_keeps_its_records_links_as_history() {
    assert_reference_findings(&swept_into("cleanup-11-20-25").check(&[]), &[]);
}

/// Twin: a `cleanup/` folder without a day may hold a clean-up's plan, not
/// its sweep: the link is reported.
#[test]
fn a_cleanup_folder_without_a_day_is_judged() {
    assert_reference_findings(
        &swept_into("cleanup").check(&[]),
        &[t(
            "link/missing-path",
            "notes/cleanup/SUMMARY.md",
            3,
            5,
            "notes/cleanup/supa/guide.md",
        )],
    );
}
