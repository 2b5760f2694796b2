//! Survey s122c: readiness documents of established open-source projects
//! (kubeflow/community, falcosecurity/evolution, falcosecurity/falco,
//! istio/community, prometheus/prometheus, IBMStreams' graduation status
//! pages). The false pattern found there beside its true twin; exact
//! findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- link/missing-path: the record of a year that is over (istio/community's
// `steering/elections/2020/VOTERS.md`, beside the folders of the 2021 to 2026
// elections) links the file its voters list was generated from,
// `/org/developers.yaml`, deleted the next year: 1 finding judged false ---

/// A repository whose `steering/elections/` holds the folders `2020/` and
/// `2021/`, the voters list standing in `doc_year/`, its source file deleted
/// after it was written.
fn elections(doc_year: &str, other_year: &str) -> Repo {
    let repo = Repo::new();
    repo.write("org/developers.yaml", "developers:\n  - alice\n");
    repo.write(
        &format!("steering/elections/{doc_year}/VOTERS.md"),
        "# Voters\n\nList generated from the [developers](/org/developers.yaml) file.\n",
    );
    repo.write(
        &format!("steering/elections/{other_year}/README.md"),
        "# Election\n\nThe voters are listed by the election officers.\n",
    );
    repo.commit_all();
    repo.git(&["rm", "-q", "org/developers.yaml"]);
    repo.commit();
    repo
}

#[test]
fn a_closed_year_record_keeps_its_link_to_a_file_deleted_since() {
    let run = elections("2020", "2021").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "path/renamed"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same list in the latest year's folder (no later year beside
/// it: the election may still be under way) is judged.
#[test]
fn the_latest_year_folder_is_judged() {
    let run = elections("2021", "2020").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "path/renamed"]),
        vec![t(
            "link/missing-path",
            "steering/elections/2021/VOTERS.md",
            3,
            25,
            "org/developers.yaml"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: in a closed year's record, a target git history never held was
/// written wrong, and is reported.
#[test]
fn a_closed_year_record_linking_a_file_never_committed_is_reported() {
    let repo = Repo::new();
    repo.write(
        "steering/elections/2020/VOTERS.md",
        "# Voters\n\nList generated from the [developers](/org/developrs.yaml) file.\n",
    );
    repo.write("steering/elections/2021/README.md", "# Election\n");
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "path/renamed"]),
        vec![t(
            "link/missing-path",
            "steering/elections/2020/VOTERS.md",
            3,
            25,
            "org/developrs.yaml"
        )],
        "\n{}",
        run.dump()
    );
}
