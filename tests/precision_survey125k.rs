//! Survey s125k: READMEs written in raw HTML (airbnb/javascript,
//! jaywcjlove/awesome-mac, trimstray/the-book-of-secret-knowledge). The
//! false pattern found beside the survey, with its true twin; exact
//! findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- link/missing-anchor: GitHub's footnote ids. GitBook's Markdown export
// links a footnote beside its reference, `[privacy rules](#user-content-fn-2)[^2]`
// (streamingfast/substreams' docs, Bubble's manual): GitHub renders the note
// as `id="user-content-fn-2"` and its reference as `user-content-fnref-2`,
// so the anchor is there ---

fn notes(link: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docs/auth.md",
        format!(
            "# Authentication\n\nA [StreamingFast token]({link})[^1] is required.\n\n\
             [^1]: A JSON Web Token, or JWT.\n"
        ),
    )
    .write(
        "docs/files.md",
        format!("# Files\n\nSee [the token note](auth.md{link}).\n"),
    );
    repo.commit_all();
    repo
}

#[test]
fn a_link_to_a_footnote_github_renders_is_silent() {
    let run = notes("#user-content-fn-1").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![],
        "\n{}",
        run.dump()
    );
    let run = notes("#fnref-1").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a note the document does not define (`#user-content-fn-2` beside
/// only `[^1]`) goes nowhere, in the page and from another.
#[test]
fn a_link_to_a_footnote_not_defined_is_reported() {
    let run = notes("#user-content-fn-2").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![
            t(
                "link/missing-anchor",
                "docs/auth.md",
                3,
                3,
                "docs/auth.md#user-content-fn-2"
            ),
            t(
                "link/missing-anchor",
                "docs/files.md",
                3,
                5,
                "docs/auth.md#user-content-fn-2"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: a definition no reference uses is not rendered by GitHub, so its
/// note has no id.
#[test]
fn a_link_to_a_footnote_never_referenced_is_reported() {
    let repo = Repo::new();
    repo.write(
        "notes.md",
        "# Notes\n\nSee [the note](#user-content-fn-9).\n\n[^9]: Defined, never referenced.\n",
    );
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![t(
            "link/missing-anchor",
            "notes.md",
            3,
            5,
            "notes.md#user-content-fn-9"
        )],
        "\n{}",
        run.dump()
    );
}
