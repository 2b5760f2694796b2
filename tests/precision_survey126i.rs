//! Survey s126i: hardware and embedded projects kept in git (anton-vinogradov's
//! esp32-leshy2 KiCad project and its firmware, esp32-leshy, oldgeezr/sensa).
//! The false pattern found there beside its true twin; exact findings, the
//! real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- link/missing-path, link/missing-anchor: a folder named for retired
// material and the day it was taken (`drafts/legacy-2026-08-15/`,
// `drafts/project-history-2026-08-19/`) is a dated snapshot, an archive:
// the documents moved into it keep the links written for the folders they
// left, whose targets were deleted since (esp32-leshy2 and its firmware:
// the snapshot's README says nothing in it is authoritative) ---

/// A repository whose `docs/bring-up.md` links the schematic notes and a
/// section of the README, then is moved into `folder` while the notes are
/// deleted.
fn snapshot(folder: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Board\n\n## Bring-up\n\nPower first.\n")
        .write("hardware/kicad/README.md", "# KiCad\n\nRev A schematic.\n")
        .write(
            "docs/bring-up.md",
            "# Bring-up\n\n\
             - [x] Rails checked against the [schematic notes](../hardware/kicad/README.md)\n\
             - [x] Order as in the [README](../README.md#bring-up)\n",
        )
        .commit_all();
    repo.write(
        &format!("{folder}/README.md"),
        "# Legacy documentation snapshot\n\nNothing here is authoritative.\n",
    );
    repo.git(&["mv", "docs", &format!("{folder}/docs")]);
    repo.git(&["rm", "-q", "-r", "hardware"]);
    repo.commit_all();
    repo
}

#[test]
fn links_of_a_document_moved_into_a_dated_snapshot_folder_are_history() {
    let run = snapshot("drafts/legacy-2026-08-15").check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// The same with a folder named for its history and day.
#[test]
fn a_dated_project_history_folder_is_an_archive_too() {
    let run = snapshot("drafts/project-history-2026-08-19").check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: without a year the word is a name (`legacy-api/`), the folder is no
/// archive, and the link to the deleted notes and the anchor the snapshot's
/// README lacks are reported.
#[test]
fn an_undated_folder_named_legacy_something_is_still_checked() {
    let run = snapshot("drafts/legacy-api").check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "drafts/legacy-api/docs/bring-up.md",
                3,
                33,
                "drafts/legacy-api/hardware/kicad/README.md"
            ),
            t(
                "link/missing-anchor",
                "drafts/legacy-api/docs/bring-up.md",
                4,
                23,
                "drafts/legacy-api/README.md#bring-up"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
