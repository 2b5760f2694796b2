//! Survey 78d: product and engineering handbooks, runbooks and postmortems
//! kept in Markdown, in repositories not surveyed before (Made Tech's and
//! Loomio's handbooks, a company handbook on MkDocs, runbook and postmortem
//! templates, an agent-written platform's docs with its postmortems). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- every rule: a copy a script saved with the second in its name,
// `cp CLAUDE.md CLAUDE.$(date +%Y%m%d-%H%M%S).md`, committed beside the live
// file (Aeonia-ai/gaia's `CLAUDE.20251104-122241.md`: 85 findings repeating
// the live `CLAUDE.md`'s, the 13 sampled all judged false) ---

const INSTRUCTIONS: &str =
    "# CLAUDE.md\n\nSee the [testing guide](docs/testing/TESTING_GUIDE.md).\n";

/// A repository with the live instructions and, when `copy` is given, a
/// copy of them under that name; the guide the link names is missing.
fn instructions(copy: Option<&str>) -> Repo {
    let repo = Repo::new();
    repo.write("CLAUDE.md", INSTRUCTIONS);
    if let Some(copy) = copy {
        repo.write(copy, INSTRUCTIONS);
    }
    repo.commit_all();
    repo
}

#[test]
fn a_copy_stamped_with_its_second_is_not_checked() {
    let run = instructions(Some("CLAUDE.20251104-122241.md")).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "CLAUDE.md",
            3,
            9,
            "docs/testing/TESTING_GUIDE.md"
        )],
        "\n{}",
        run.dump()
    );
    assert_eq!(run.files_checked(), 1, "\n{}", run.dump());
}

/// Twin: a copy whose name carries a day alone, or the stamp joined to the
/// name by `_`, is a document of its own, and is checked like the live one.
#[test]
fn a_copy_named_for_its_day_is_checked() {
    for copy in ["CLAUDE.2025-11-04.md", "CLAUDE_20251104-122241.md"] {
        let run = instructions(Some(copy)).check(&[]);
        let mut found = run.findings_of(&["link/missing-path"]);
        found.sort();
        let mut expected = vec![
            t(
                "link/missing-path",
                "CLAUDE.md",
                3,
                9,
                "docs/testing/TESTING_GUIDE.md",
            ),
            t(
                "link/missing-path",
                copy,
                3,
                9,
                "docs/testing/TESTING_GUIDE.md",
            ),
        ];
        expected.sort();
        assert_eq!(found, expected, "{copy}\n{}", run.dump());
    }
}
