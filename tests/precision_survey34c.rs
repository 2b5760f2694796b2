//! Patterns of survey 34d (rust-lang/rfcs, golang/proposal,
//! swiftlang/swift-evolution, emberjs/rfcs, Kotlin/KEEP): a pull request
//! body template's blanks written as capitals wrapped in double underscores
//! (P1). Each false pattern beside its true twin, exact findings, the real
//! binary in real git repositories.

mod common;

use common::{Repo, t};

/// emberjs/rfcs' `.github/PULL_REQUEST_TEMPLATE/advance-to-recommended.md`:
/// `- [PR to Ready For Release Stage](__READY_FOR_RELEASE_PR__)`, a blank
/// the author fills with the pull request's URL (3 judged false). Twins: a
/// name in lower case wrapped so (`__init__`), a name with an extension
/// (`__NOTES__.md`) and a name the underscores only open (`__DRAFT`) are
/// paths, and reported when missing.
#[test]
fn a_template_blank_wrapped_in_double_underscores() {
    let repo = Repo::new();
    repo.write(
        ".github/PULL_REQUEST_TEMPLATE/advance.md",
        "# Advance RFC to Stage Recommended\n\n\
         - [PR to Ready For Release Stage](__READY_FOR_RELEASE_PR__)\n\
         - [PR to Released Stage](__RELEASED_PR__)\n\
         - [Module](__init__)\n\
         - [Notes](__NOTES__.md)\n\
         - [Draft](__DRAFT)\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                ".github/PULL_REQUEST_TEMPLATE/advance.md",
                5,
                3,
                ".github/PULL_REQUEST_TEMPLATE/__init__"
            ),
            t(
                "link/missing-path",
                ".github/PULL_REQUEST_TEMPLATE/advance.md",
                6,
                3,
                ".github/PULL_REQUEST_TEMPLATE/__NOTES__.md"
            ),
            t(
                "link/missing-path",
                ".github/PULL_REQUEST_TEMPLATE/advance.md",
                7,
                3,
                ".github/PULL_REQUEST_TEMPLATE/__DRAFT"
            ),
        ]
    );
}

/// rust-lang/rfcs' `3946-crates-io-username-identity.md`:
/// `[crates-io-account-rename-restrictions]: #crates-io-account-rename-restrictions`
/// for `### Crates.io account rename restrictions`, whose anchor is
/// `#cratesio-account-rename-restrictions`. The finding is true; its help
/// said the heading had a no-break space, but the document holds none: the
/// `-` stands for the `.` GitHub drops (also `Reader/Writer` in
/// `0517-io-os-reform.md`, `` `VArray`s `` in Kotlin/KEEP). Twin: a heading
/// with a real no-break space keeps its help.
#[test]
fn a_dash_for_dropped_punctuation_is_not_called_a_no_break_space() {
    let repo = Repo::new();
    repo.write(
        "rfc.md",
        "# RFC\n\nSee [restrictions](#crates-io-account-rename-restrictions).\n\n\
         ### Crates.io account rename restrictions\n\nText.\n",
    )
    .write(
        "plan.md",
        "# Plan\n\nSee [exit](#phase-2-exit-criteria).\n\n## Phase\u{a0}2 exit criteria\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-anchor"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "plan.md",
                3,
                5,
                "plan.md#phase-2-exit-criteria"
            ),
            t(
                "link/missing-anchor",
                "rfc.md",
                3,
                5,
                "rfc.md#crates-io-account-rename-restrictions"
            ),
        ],
        "\n{}",
        run.dump()
    );
    let helps: Vec<String> = run
        .diagnostics()
        .iter()
        .map(|d| d["help"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        helps,
        vec![
            "did you mean `#phase2-exit-criteria`? The heading has a no-break space (or another space that is not ASCII) where the link has `-`: GitHub drops such a space from the anchor".to_string(),
            "did you mean `#cratesio-account-rename-restrictions`? GitHub drops the heading's punctuation where the link has `-` (`Crates.io` is `cratesio`, `Reader/Writer` is `readerwriter`)".to_string(),
        ],
        "\n{}",
        run.dump()
    );
}
