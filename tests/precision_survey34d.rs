//! Patterns of survey 34d (rust-lang/rfcs, golang/proposal,
//! swiftlang/swift-evolution, emberjs/rfcs, Kotlin/KEEP): a pull request
//! body template's blanks written as capitals wrapped in double underscores
//! (P1), and a heading's id as Gitiles makes it in a repository hosted on
//! googlesource.com (P2). Each false pattern beside its true twin, exact findings, the real
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

const DESIGN: &str = "# Proposal: hugepage utilization\n\n\
    See [THP flag behavior](#appendix_thp-flag-behavior) and the\n\
    [appendix](#appendix_considerations-for-api-changes-to-go_ast), or\n\
    [Page traces](#Appendix_Page-traces). As noted in the\n\
    [transition discussion](#transition), and [traces](#appendix_page_traces).\n\n\
    ## Appendix: THP flag behavior\n\n\
    ## Appendix: Considerations for API changes to go/ast\n\n\
    ## Appendix: Page traces\n";

/// golang/proposal's `design/59960-heap-hugepage-util.md`:
/// `[THP flag behavior](#appendix_thp-flag-behavior)` for `## Appendix: THP
/// flag behavior`. `go.dev/design/59960-heap-hugepage-util` redirects to
/// go.googlesource.com, whose Gitiles makes the heading's id
/// `Appendix_THP-flag-behavior` and its lower case: the link works where the
/// design is read (3 judged false). The repository says where it is hosted
/// with `codereview.cfg` at its root. Twins: an anchor no heading has
/// (`#transition`, `#appendix_page_traces`) is reported; without
/// `codereview.cfg`, the same document's Gitiles anchors are broken on GitHub
/// and reported.
#[test]
fn a_gitiles_heading_id_in_a_repository_hosted_on_googlesource() {
    let hosted = Repo::new();
    hosted
        .write("codereview.cfg", "issuerepo: golang/go\n")
        .write("design/59960-heap-hugepage-util.md", DESIGN)
        .commit_all();
    let run = hosted.check(&["--select", "link/missing-anchor"]);
    let file = "design/59960-heap-hugepage-util.md";
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                file,
                6,
                1,
                &format!("{file}#transition")
            ),
            t(
                "link/missing-anchor",
                file,
                6,
                43,
                &format!("{file}#appendix_page_traces")
            ),
        ],
        "\n{}",
        run.dump()
    );
    let github = Repo::new();
    github
        .write("design/59960-heap-hugepage-util.md", DESIGN)
        .commit_all();
    let run = github.check(&["--select", "link/missing-anchor"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                file,
                3,
                5,
                &format!("{file}#appendix_thp-flag-behavior")
            ),
            t(
                "link/missing-anchor",
                file,
                4,
                1,
                &format!("{file}#appendix_considerations-for-api-changes-to-go_ast")
            ),
            t(
                "link/missing-anchor",
                file,
                5,
                1,
                &format!("{file}#Appendix_Page-traces")
            ),
            t(
                "link/missing-anchor",
                file,
                6,
                1,
                &format!("{file}#transition")
            ),
            t(
                "link/missing-anchor",
                file,
                6,
                43,
                &format!("{file}#appendix_page_traces")
            ),
        ],
        "\n{}",
        run.dump()
    );
}
