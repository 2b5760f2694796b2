//! Survey s110b: Rust and Python projects written by coding agents, with
//! evidence tables and `【F:…】` citations naming source files
//! (isaacnfairplay/duckplus, a Codex-written Python DuckDB wrapper with
//! per-release documentation folders and a roadmap of dated discovery logs;
//! fofo365/newclaw, an agent-written Rust agent framework with status
//! reports; ChenXu233/YaoXiang, a Rust language project's multilingual
//! VitePress documentation and RFCs). False patterns found there, each
//! beside its true twin; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

/// A Python module of eight lines; `CITING` cites its lines 5-6.
const MODULE: &str = "\"\"\"Relations.\"\"\"\n\nimport duckdb\n\n\ndef relation(con):\n    return con.sql('select 1')\n\n";

/// The module after a header of three comment lines was added above it:
/// the cited lines, unchanged, now stand at 8-9.
const MODULE_MOVED: &str = "# Copyright\n# License: MIT\n# DuckPlus\n\"\"\"Relations.\"\"\"\n\nimport duckdb\n\n\ndef relation(con):\n    return con.sql('select 1')\n\n";

const CITING: &str = "Relations wrap the connection.【F:duckplus/relation.py†L6-L7】\n";

// --- a release's documentation folder beside a newer release's folder
// (duckplus's `docs/versions/1.2/` and `1.3/` beside `1.4/` and `v1.4.7/`,
// the snapshots sphinx-multiversion builds: 14 citation findings judged
// false) ---

/// Documentation of each release in `folders` below `docs/versions/`, each
/// page citing the module (titled by its release, so that no page is a
/// byte-identical copy of another); committed, then lines are inserted above
/// the cited block.
fn versioned_docs(folders: &[&str]) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# DuckPlus\n")
        .write("duckplus/relation.py", MODULE);
    for folder in folders {
        repo.write(
            &format!("docs/versions/{folder}/core/relations.md"),
            format!("# Relations ({folder})\n\n{CITING}"),
        );
    }
    repo.commit_on("2025-10-20");
    repo.write("duckplus/relation.py", MODULE_MOVED)
        .commit_on("2025-10-22");
    repo
}

#[test]
fn an_older_releases_docs_keep_their_numbers() {
    let run = versioned_docs(&["1.2", "1.3", "version-1.3.1", "v1.4.7"]).check(&[]);
    assert_eq!(
        run.findings_of(&["citation/shifted", "citation/stale"]),
        vec![t(
            "citation/shifted",
            "docs/versions/v1.4.7/core/relations.md",
            3,
            31,
            "duckplus/relation.py"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: a release folder with no newer sibling, and folders named by one
/// number (`v1` beside `v2`: two API versions, both served), are judged.
#[test]
fn the_newest_release_and_single_numbers_are_judged() {
    for (folders, expected) in [
        (&["1.2"][..], &["1.2"][..]),
        (&["v1", "v2"][..], &["v1", "v2"][..]),
        (&["1.2-notes", "1.4"][..], &["1.2-notes", "1.4"][..]),
    ] {
        let run = versioned_docs(folders).check(&[]);
        let want: Vec<_> = expected
            .iter()
            .map(|f| {
                t(
                    "citation/shifted",
                    &format!("docs/versions/{f}/core/relations.md"),
                    3,
                    31,
                    "duckplus/relation.py",
                )
            })
            .collect();
        assert_eq!(
            run.findings_of(&["citation/shifted", "citation/stale"]),
            want,
            "{folders:?}\n{}",
            run.dump()
        );
    }
}

// --- a dated heading that names its section a log, in a roadmap of any
// name (duckplus's `TODO.md`, `### Discovery Log – DuckDB function module
// audit (2024-05-15)` over numbered notes citing the tests of that day: 11
// sampled shifted findings judged false) ---

/// A roadmap whose section headed `HEADING` cites the module; committed,
/// then lines are inserted above the cited block.
fn roadmap(heading: &str) -> Repo {
    let repo = Repo::new();
    repo.write("duckplus/relation.py", MODULE).write(
        "TODO.md",
        format!("# Implementation Roadmap\n\n{heading}\n\n1. {CITING}"),
    );
    repo.commit_on("2025-10-20");
    repo.write("duckplus/relation.py", MODULE_MOVED)
        .commit_on("2025-10-22");
    repo
}

#[test]
fn a_dated_log_section_keeps_its_numbers() {
    for heading in [
        "### Discovery Log – DuckDB function module audit (2024-05-15)",
        "## Session log 2025-10-20",
    ] {
        let run = roadmap(heading).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/shifted", "citation/stale"]),
            vec![],
            "{heading}\n{}",
            run.dump()
        );
    }
}

/// Twin: a dated heading that names no log, and a log heading with no date,
/// are read as before: the moved block is reported.
#[test]
fn a_dated_plan_or_an_undated_log_is_judged() {
    for heading in [
        "## Release plan 2025-10-20",
        "### Discovery Log – DuckDB function module audit",
        "## Catalog 2025-10-20",
    ] {
        let run = roadmap(heading).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/shifted", "citation/stale"]),
            vec![t(
                "citation/shifted",
                "TODO.md",
                5,
                34,
                "duckplus/relation.py"
            )],
            "{heading}\n{}",
            run.dump()
        );
    }
}
