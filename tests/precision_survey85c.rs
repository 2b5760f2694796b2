//! Survey 85c: ordinary well-kept documentation repositories with no
//! checklists: an engineering guide (google/eng-practices), a container
//! image specification (opencontainers/image-spec), a book in Markdown
//! chapters (getify/You-Dont-Know-JS) and an API specification
//! (OAI/OpenAPI-Specification). False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- a specification's published versions (OAI/OpenAPI-Specification's
// `versions/1.2.md` … `versions/3.2.0.md`, frozen by its CONTRIBUTING.md:
// "No changes, however trivial, are ever made to the contents of published
// specifications"; 16 findings judged false) ---

const VERSION: &str = "# OpenAPI\n\n## Header Object\n\nSee [type](#stType).\n";

/// A specification repository: the working draft `src/oas.md`, the
/// published `versions/3.0.0.md` (and `versions/2.0.md` with `second`),
/// each with the same misspelt anchor, and a README linking into 3.0.0.
fn spec(second: bool) -> Repo {
    let repo = Repo::new();
    repo.write(
        "README.md",
        "# Spec\n\n[Header](versions/3.0.0.md#header-object), [gone](versions/3.0.0.md#nowhere).\n",
    )
    .write("src/oas.md", VERSION)
    .write("versions/3.0.0.md", VERSION);
    if second {
        repo.write("versions/2.0.md", VERSION);
    }
    repo.commit_all();
    repo
}

/// What both layouts report: the README's link into `versions/3.0.0.md`
/// to an anchor it lacks, and the draft's misspelt anchor.
fn draft_findings() -> Vec<common::Tuple> {
    vec![
        t(
            "link/missing-anchor",
            "README.md",
            3,
            44,
            "versions/3.0.0.md#nowhere",
        ),
        t(
            "link/missing-anchor",
            "src/oas.md",
            5,
            5,
            "src/oas.md#stType",
        ),
    ]
}

#[test]
fn a_specifications_published_versions_are_not_checked() {
    let run = spec(true).check(&[]);
    assert_eq!(run.findings(), draft_findings(), "\n{}", run.dump());
}

/// Twin: a lone version file in `versions/` is no series of releases: it
/// is checked like the draft.
#[test]
fn a_lone_version_file_is_checked() {
    let run = spec(false).check(&[]);
    let mut expected = draft_findings();
    expected.push(t(
        "link/missing-anchor",
        "versions/3.0.0.md",
        5,
        5,
        "versions/3.0.0.md#stType",
    ));
    assert_eq!(run.findings(), expected, "\n{}", run.dump());
}
