//! Survey 79d: ordinary well-kept documentation repositories of
//! organisations (microsoft/api-guidelines, cfpb/development,
//! 18F/engineering-best-practices, interagent/http-api-design). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a host left out in square brackets (cfpb/development's
// `guides/browser-support.md` links an internal repository as
// `[GHE]/Mosaic/mosaic-toolbelt/blob/master/CONTRIBUTING.md`, its GitHub
// Enterprise host redacted: 1 finding judged false) ---

/// A guide linking `dest` beside the `CONTRIBUTING.md` checkmark's
/// suggestion reached for.
fn guide(dest: &str) -> Repo {
    let repo = Repo::new();
    repo.write("CONTRIBUTING.md", "# Contributing\n").write(
        "guides/browser-support.md",
        format!("# Browser support\n\n- [Complaint portal]({dest}#browser-support)\n"),
    );
    repo.commit_all();
    repo
}

#[test]
fn a_host_left_out_in_brackets_is_a_blank() {
    let run = guide("[GHE]/Mosaic/mosaic-toolbelt/blob/master/CONTRIBUTING.md").check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: the same path without the brackets names a folder of the
/// repository that is not there, and is reported.
#[test]
fn the_same_path_without_brackets_is_judged() {
    let run = guide("GHE/Mosaic/mosaic-toolbelt/blob/master/CONTRIBUTING.md").check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "guides/browser-support.md",
            3,
            3,
            "guides/GHE/Mosaic/mosaic-toolbelt/blob/master/CONTRIBUTING.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: a folder name in brackets that is not a blank of capitals is
/// judged as a path.
#[test]
fn a_folder_in_brackets_written_in_words_is_judged() {
    let run = guide("[Docs]/CONTRIBUTING.md").check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "guides/browser-support.md",
            3,
            3,
            "guides/[Docs]/CONTRIBUTING.md"
        )],
        "\n{}",
        run.dump()
    );
}
