//! Survey 67b: enhancement-proposal repositories with per-proposal status
//! fields (tektoncd/community's TEPs, open-telemetry/oteps,
//! prometheus/proposals, kubevirt/community's design proposals). All 52
//! findings were judged true, so no rule changed; these tests keep the
//! true patterns found there reported, each beside the near-identical
//! input that must stay silent, so a later precision fix cannot lose them.
//! Exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, assert_findings, t};

/// A repository of one committed document.
fn one_document(path: &str, text: &str) -> Repo {
    let repo = Repo::new();
    repo.write(path, text).commit_all();
    repo
}

/// A TEP whose table of contents links `anchor` for its one section,
/// `heading`.
fn proposal(anchor: &str, heading: &str) -> Repo {
    one_document(
        "teps/0138-decouple.md",
        &format!(
            "# TEP-0138: Decouple\n\n- [Design]({anchor})\n\n## Design\n\nText.\n\n{heading}\n\nText.\n"
        ),
    )
}

/// Asserts that `repo` has no finding.
#[track_caller]
fn assert_silent(repo: &Repo) {
    assert_findings(&repo.check(&[]), &[], 0);
}

/// Asserts that the TEP linking `anchor` for `heading` has that one
/// missing anchor.
#[track_caller]
fn assert_anchor_reported(anchor: &str, heading: &str) {
    let target = format!("teps/0138-decouple.md{anchor}");
    let expected = [t(
        "link/missing-anchor",
        "teps/0138-decouple.md",
        3,
        3,
        &target,
    )];
    assert_findings(&proposal(anchor, heading).check(&[]), &expected, 1);
}

// --- a table of contents written by a generator that drops the text of
// `<code>` spans from the anchor (doctoc: TEP-0138's `#sunset--after-…`
// for a heading with `enable-api-fields` in backticks, 6 findings with 3
// more folded into them, and 2 of TEP-0146's, all judged true: GitHub's
// slug keeps the code's text) ---

#[test]
fn a_toc_anchor_without_the_code_text_of_its_heading_is_reported() {
    assert_anchor_reported(
        "#sunset--after-features-stabilize",
        "### Sunset `enable-api-fields` after features stabilize",
    );
}

/// Twin: GitHub's slug, the code's text kept, is the heading's.
#[test]
fn a_toc_anchor_with_the_code_text_of_its_heading_is_silent() {
    assert_silent(&proposal(
        "#sunset-enable-api-fields-after-features-stabilize",
        "### Sunset `enable-api-fields` after features stabilize",
    ));
}

// --- emphasis in a heading: its underscores are markup, not text, so
// `_new_` gives `new` in the slug (TEP-0138's `#per-feature-flag-for-new-…`,
// not reported, rightly) ---

#[test]
fn an_anchor_without_the_emphasis_marks_of_its_heading_is_silent() {
    assert_silent(&proposal(
        "#per-feature-flag-for-new-features",
        "### Per-feature flag for _new_ features",
    ));
}

/// Twin: the marks written into the anchor name no heading.
#[test]
fn an_anchor_with_the_emphasis_marks_of_its_heading_is_reported() {
    assert_anchor_reported(
        "#per-feature-flag-for-_new_-features",
        "### Per-feature flag for _new_ features",
    );
}

// --- two spaces in a heading are two hyphens in GitHub's slug (TEP-0075's
// `## Alternative #1:  Introduce a schema section`, linked with one
// hyphen: judged true) ---

#[test]
fn an_anchor_with_one_hyphen_for_two_spaces_is_reported() {
    assert_anchor_reported(
        "#alternative-1-introduce-a-schema",
        "## Alternative #1:  Introduce a schema",
    );
}

/// Twin: two hyphens, as GitHub writes the id.
#[test]
fn an_anchor_with_two_hyphens_for_two_spaces_is_silent() {
    assert_silent(&proposal(
        "#alternative-1--introduce-a-schema",
        "## Alternative #1:  Introduce a schema",
    ));
}

// --- a web address written without its scheme (OTEP 0227's sponsors,
// `[Trask Stalnaker](github.com/trask)`, 5 findings, and OTEP 0266's, all
// judged true: GitHub reads it as a path of the repository) ---

/// An OTEP whose sponsor list links `target`.
fn sponsors(target: &str) -> Repo {
    one_document(
        "text/0227-separate.md",
        &format!("# Separate conventions\n\nSponsors:\n\n- [Trask Stalnaker]({target})\n"),
    )
}

#[test]
fn a_web_address_without_its_scheme_is_reported() {
    let run = sponsors("github.com/trask").check(&[]);
    assert_findings(
        &run,
        &[t(
            "link/missing-path",
            "text/0227-separate.md",
            5,
            3,
            "text/github.com/trask",
        )],
        1,
    );
}

/// Twin: with `https://` it is a web link, not checked.
#[test]
fn a_web_address_with_its_scheme_is_silent() {
    assert_silent(&sponsors("https://github.com/trask"));
}
