//! Survey s125e: Chinese, Japanese and Korean readiness trackers and project
//! documents (fulingwei1/non-standard-automation-pms,
//! garimto81/wsoptv_ott, satoshi-watanabe-0001/organization-standards). The
//! false pattern found there beside its true twin; exact findings, the real
//! binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- link/missing-path: a second copy of a numbered documentation tree's
// archive section, `docs/99_Archive_ngd/` beside `docs/99-archive/`, its
// documents byte-identical to the originals the default selection leaves
// out as frozen (garimto81/wsoptv_ott: 18 findings judged false) ---

const PRD: &str = "# PRD-0005 RFP\n\nSee [MVP](PRD-0002-mvp.md).\n";

fn archives(copy: &str) -> Repo {
    let repo = Repo::new();
    repo.write("docs/01-phase0/01-vision.md", "# Vision\n");
    repo.write("docs/99-archive/PRD-0005-rfp.md", PRD);
    repo.write("docs/99_Archive_ngd/PRD-0005-rfp.md", copy);
    repo.commit_all();
    repo
}

#[test]
fn a_byte_identical_copy_of_an_excluded_archive_is_not_judged() {
    let run = archives(PRD).check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: the copy changed since (not the original's bytes) is judged.
#[test]
fn an_edited_copy_of_an_excluded_archive_is_judged() {
    let run = archives(&format!("{PRD}\nEdited after the copy.\n")).check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![t(
            "link/missing-path",
            "docs/99_Archive_ngd/PRD-0005-rfp.md",
            3,
            5,
            "docs/99_Archive_ngd/PRD-0002-mvp.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same bytes outside an archive-like folder are judged.
#[test]
fn a_copy_of_an_excluded_archive_outside_an_archive_folder_is_judged() {
    let repo = Repo::new();
    repo.write("docs/99-archive/PRD-0005-rfp.md", PRD);
    repo.write("docs/prds/PRD-0005-rfp.md", PRD);
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![t(
            "link/missing-path",
            "docs/prds/PRD-0005-rfp.md",
            3,
            5,
            "docs/prds/PRD-0002-mvp.md"
        )],
        "\n{}",
        run.dump()
    );
}
