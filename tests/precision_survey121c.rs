//! Survey s121c: repositories built largely by coding agents that keep many
//! status and completion reports (bobmatnyc/claude-multiagent-pm,
//! piyushmakhija28/claude-monitoring-system, jimmc414/kosmos-research). The
//! false pattern found there beside its true twin; exact findings, the real
//! binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- encoding/mojibake: cubic ångström `Å³` in a reference of a materials
// science library (`Volume of the unit cell (Å³)`, kosmos-research's copy of
// a pymatgen skill) read as Lithuanian `ų` (UTF-8 `C5 B3` decoded as
// Windows-1252): 1 finding judged false ---

fn reference(line: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "references/core_classes.md",
        format!("# Structure\n\n{line}\n"),
    );
    repo.commit_all();
    repo
}

#[test]
fn square_and_cubic_angstrom_are_not_mojibake() {
    let run = reference(
        "- `volume`: Volume of the unit cell (Å³); a surface of 12.5 Å² per site, 40Å³ in all.",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["encoding/mojibake"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a Lithuanian word whose `ų` ending was decoded as Windows-1252
/// (`darbÅ³`, after a letter) is still reported.
#[test]
fn a_lithuanian_word_ending_in_u_ogonek_decoded_as_windows_1252_is_reported() {
    let run = reference("Planuojamų darbÅ³ sąrašas").check(&[]);
    assert_eq!(
        run.findings_of(&["encoding/mojibake"]),
        vec![t(
            "encoding/mojibake",
            "references/core_classes.md",
            3,
            16,
            ""
        )],
        "\n{}",
        run.dump()
    );
}
