//! Survey 57 (lead): the help of a `link/missing-path` finding says what to
//! write. Round 57's helpers found two findings that were true but whose help
//! misled: a web address wrapped in one more pair of brackets
//! (`[x]((https://…))`, `[ref]: (https://…)`: Tekton's TEPs and
//! dotnet/designs), which got "commit the file" or, where a `.gitignore`
//! rule matched the address read as a path, "commit a copy with
//! `git add -f`"; and a page link written as a site URL, without `.md`
//! (`../tutorials/getting-started`: trailhead's package docs), which got no
//! "did you mean" although the page is there. Each is asserted with its twin,
//! whose help stays as it was.

mod common;

use common::Repo;

/// (line, column, help) of each `link/missing-path` finding, in output order.
fn helps(repo: &Repo) -> Vec<(u64, u64, String)> {
    let run = repo.check(&[]);
    assert_eq!(run.code, 1, "{}", run.dump());
    run.diagnostics_of(&["link/missing-path"])
        .iter()
        .map(|d| {
            (
                d["line"].as_u64().unwrap_or(0),
                d["column"].as_u64().unwrap_or(0),
                d["help"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn a_web_address_in_one_more_pair_of_brackets_is_told_to_drop_them() {
    let repo = Repo::new();
    repo.write(
        "docs/design.md",
        "# Design\n\nSee [the spec]((https://example.com/spec)) and [the feed][feed].\n\n\
         [feed]: (https://example.org/packages/feed)\n\n\
         The old notes are in [notes](missing-notes.md).\n",
    )
    // The address read as a path falls under an ignored folder: still no
    // "git add -f" for a web address.
    .write(".gitignore", "packages/\n")
    .commit_all();
    assert_eq!(
        helps(&repo),
        vec![
            (
                3,
                5,
                "the brackets around the address make GitHub read `(https://example.com/spec)` as a path of this repository: write `https://example.com/spec` without them".to_string()
            ),
            (
                5,
                1,
                "the brackets around the address make GitHub read `(https://example.org/packages/feed)` as a path of this repository: write `https://example.org/packages/feed` without them".to_string()
            ),
            // The twin: a file that is not there keeps the usual help.
            (
                7,
                22,
                "commit the file, or correct the path".to_string()
            ),
        ]
    );
}

#[test]
fn a_page_link_without_its_extension_is_offered_the_page() {
    let repo = Repo::new();
    repo.write(
        "docs/how-to/use.md",
        "# Use\n\nStart with [getting started](../../tutorials/getting-started), \
         not [the missing page](../../tutorials/nothing-here).\n",
    )
    .write("docs/tutorials/getting-started.md", "# Getting started\n")
    .commit_all();
    assert_eq!(
        helps(&repo),
        vec![
            (
                3,
                12,
                "did you mean `../tutorials/getting-started.md`?".to_string()
            ),
            // The twin: no page of that name anywhere, no guess.
            (3, 68, "commit the file, or correct the path".to_string()),
        ]
    );
}

/// Twin of survey 56a's machine paste (a server log holding a megabyte of
/// minified JavaScript on one line, not checked): a huge line of words, no
/// code in it, is a document's, and its broken link is reported. Found when
/// round 56 was merged: the paste test took `tests/bad_input.rs`' 10 MB line
/// of prose for output.
#[test]
fn a_huge_line_of_words_is_checked_as_a_document() {
    let repo = Repo::new();
    let words = "the rollout waits for the review ".repeat(4_000);
    repo.write(
        "docs/notes.md",
        format!("# Notes\n\n{words}[plan](plan.md)\n"),
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![common::t(
            "link/missing-path",
            "docs/notes.md",
            3,
            132_001,
            "docs/plan.md"
        )],
        "\n{}",
        run.dump()
    );
}
