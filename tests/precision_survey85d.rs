//! Survey 85d: Korean, German, French and Russian project documents
//! written by coding agents (ijw-Calander, freshplan-sales-tool,
//! MultiagentSystem, astro-site-template). False patterns found there,
//! each beside its true twin; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a German archive folder, `archiv/` (freshplan-sales-tool's
// `docs/planung/archiv/` of superseded plans, whose links were written for
// the folders they left: 1,079 of its 1,780 findings, the 40 judged all
// false) ---

/// A superseded plan with a dead link and a dead anchor, filed in `folder`.
fn filed_in(folder: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# FreshPlan\n").write(
        &format!("docs/planung/{folder}/PLAN.md"),
        "# Plan\n\n- [Roadmap](../features/ROADMAP.md)\n- [Phase 2](#phase-2)\n\n## Phase 1\n",
    );
    repo.commit_all();
    repo
}

#[test]
fn a_document_of_a_german_archiv_folder_is_not_checked() {
    for folder in ["archiv", "Archiv", "archiv/features-alt"] {
        let run = filed_in(folder).check(&[]);
        assert_eq!(run.findings(), vec![], "{folder}\n{}", run.dump());
    }
}

/// Twin: the same plan in a live folder (or one whose name only starts
/// with the word, `archivierung/`) is checked: both links are reported.
#[test]
fn the_same_document_in_a_live_folder_is_checked() {
    for folder in ["aktiv", "archivierung"] {
        let run = filed_in(folder).check(&[]);
        let file = format!("docs/planung/{folder}/PLAN.md");
        assert_eq!(
            run.findings_of(&["link/missing-path", "link/missing-anchor"]),
            vec![
                t(
                    "link/missing-path",
                    &file,
                    3,
                    3,
                    "docs/planung/features/ROADMAP.md"
                ),
                t(
                    "link/missing-anchor",
                    &file,
                    4,
                    3,
                    &format!("{file}#phase-2")
                ),
            ],
            "{folder}\n{}",
            run.dump()
        );
    }
}

// --- a link to a file moved into `archiv/`: retired, not renamed (a
// handover note's link into `docs/features/`, which the reorganisation
// moved to `docs/planung/archiv/features-alt/`) ---

/// `docs/features/SPEC.md` moved to `docs/planung/<folder>/SPEC.md`, the
/// README still linking the old path.
fn moved_into(folder: &str) -> Repo {
    let repo = Repo::new();
    let spec = "# Spec\n\nThe customer management specification, long enough to pair.\n";
    repo.write(
        "README.md",
        "# FreshPlan\n\nSee [Spec](docs/features/SPEC.md).\n",
    )
    .write("docs/features/SPEC.md", spec);
    repo.commit_all();
    repo.mkdir("docs/planung");
    repo.git(&["mv", "docs/features", &format!("docs/planung/{folder}")]);
    repo.commit();
    repo
}

/// The help of the one `path/renamed` finding of [`moved_into`]`(folder)`.
fn renamed_help(folder: &str) -> String {
    let run = moved_into(folder).check(&[]);
    let found = run.diagnostics_of(&["path/renamed"]);
    assert_eq!(found.len(), 1, "\n{}", run.dump());
    format!(
        "{}\n{}",
        found[0]["help"].as_str().unwrap_or_default(),
        run.dump()
    )
}

#[test]
fn a_link_to_a_file_moved_into_archiv_says_it_was_retired() {
    let help = renamed_help("archiv");
    assert!(help.contains("the file was retired, not renamed"), "{help}");
}

/// Twin: moved into a live folder, the file was renamed, and the help
/// offers the new path.
#[test]
fn a_link_to_a_file_moved_into_a_live_folder_is_a_move() {
    let help = renamed_help("aktiv");
    assert!(!help.contains("the file was retired"), "{help}");
}
