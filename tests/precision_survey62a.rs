//! Survey 62a: readiness trackers built on status tables with evidence
//! columns (launch sign-off matrices, migration trackers, feature status
//! boards, ASVS mappings). The table, status and evidence rules were right
//! where they fired and silent where they should be; the one false pattern
//! recurring beyond its repository was a link rule's, in a Markdown
//! parser's feature showcase. Each pattern beside its true twin; exact
//! findings, the real binary, real git repositories.

mod common;

use common::{Repo, assert_findings, t};

// --- generic link words with a number (wangyu16/mdParserCF's
// `examples/features.md`: "Consecutive Special Elements" writes
// `[link1](url1)[link2](url2)`, and a performance edge case
// `[links](url)`: 3 findings judged false) ---

fn showcase(line: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Parser\n").write(
        "examples/features.md",
        format!("# Features Showcase\n\n### Consecutive Special Elements\n\n{line}\n"),
    );
    repo.commit_all();
    repo
}

#[test]
fn numbered_generic_link_words_are_an_example_of_link_syntax() {
    let run = showcase(
        "[link1](url1)[link2](url2)\n\nLong text with **bold**, `code`, and [links](url) in one sentence.",
    )
    .check(&[]);
    assert_findings(&run, &[], 0);
}

/// Twin: real words before a numbered generic target, numbers that differ,
/// and `[a link](url)` are judged.
#[test]
fn a_numbered_generic_target_behind_real_words_is_reported() {
    let run = showcase("[Setup](url1) and [link1](url2), see [a link](url).").check(&[]);
    let expected: Vec<_> = [(1, "url1"), (19, "url2"), (38, "url")]
        .into_iter()
        .map(|(column, name)| {
            let target = format!("examples/{name}");
            t(
                "link/missing-path",
                "examples/features.md",
                5,
                column,
                &target,
            )
        })
        .collect();
    assert_findings(&run, &expected, 1);
}
