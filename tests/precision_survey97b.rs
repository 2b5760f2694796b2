//! Survey 97b: migration and upgrade plans written by coding agents
//! (Pravin-surawase/structural_engineering_lib's library-first migration,
//! mrsimpson/responsible-vibe-mcp's monorepo and plugin plans,
//! jschibelli/portfolio-os's kebab-case docs reorganisation). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a gap table's cell that says a folder is not there yet, with an
// adjective between `No` and the path (structural_engineering_lib's IS 456
// master plan: `No dedicated `codes/is456/slab/` package`, 1 finding judged
// false) ---

/// A master plan whose `Current evidence` column says `evidence` for slabs;
/// the beam code exists, the slab folder does not.
fn master_plan(evidence: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Lib\n")
        .write("codes/is456/beam/flexure.py", "def flexure():\n    pass\n")
        .write(
            "docs/PLAN.md",
            format!(
                "# IS 456 master plan\n\n| Area | Current evidence | Program treatment |\n|---|---|---|\n| Beam | `codes/is456/beam/` | Preserve |\n| Slab | {evidence} | New bounded element program |\n"
            ),
        );
    repo.commit_all();
    repo
}

#[test]
fn a_folder_the_cell_says_has_no_dedicated_package_is_no_finding() {
    for evidence in [
        "No dedicated `codes/is456/slab/` package",
        "no separate `codes/is456/slab/` folder",
        "Without a standalone `codes/is456/slab/` module",
    ] {
        let run = master_plan(evidence).check(&[]);
        assert_eq!(
            run.findings_of(&["evidence/"]),
            vec![],
            "{evidence}\n{}",
            run.dump()
        );
    }
}

/// Twin: a `dedicated` folder the cell claims is there is judged.
#[test]
fn a_dedicated_folder_the_cell_claims_is_still_judged() {
    let run = master_plan("Dedicated `codes/is456/slab/` package").check(&[]);
    assert_eq!(
        run.findings_of(&["evidence/"]),
        vec![t(
            "evidence/missing-path",
            "docs/PLAN.md",
            6,
            20,
            "codes/is456/slab"
        )],
        "\n{}",
        run.dump()
    );
}
