//! Survey s124a: repositories with an agent kit installed into them
//! (GaoZimeng0425/nemo-cli's `_bmad/` and `.claude/skills/`, medyll/sive's
//! `bmad/` stories, Shafqatsarwar/2nd_hackathon-phase1-4's spec-kit-plus
//! `.specify/`). The false pattern found there beside its true twin; exact
//! findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

const RULE: &str = "link/missing-anchor";
const BRIEF: &str = ".specify/memory/Hackathon II - Todo Spec-Driven Development.md";

/// A Google Docs export: a contents link on line 3 to a heading on line 7
/// that ends with the id `heading_id`.
fn brief(link: &str, heading_id: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        BRIEF,
        format!(
            "# **Hackathon II**\n\n\
             Use the [Agentic Dev Stack workflow](#{link}) for each phase.\n\n\
             ## **Phases**\n\n\
             # **The Agentic Dev Stack: AGENTS.md \\+ Spec-KitPlus \\+ Claude Code** {{#{heading_id}}}\n\n\
             Write spec, generate plan, break into tasks.\n"
        ),
    )
    .commit_all();
    repo
}

const ID: &str = "the-agentic-dev-stack:-agents.md-+-spec-kitplus-+-claude-code";

// --- link/missing-anchor: Google Docs' Markdown export declares each linked
// heading's id as its text lower-cased with spaces to `-`, punctuation kept
// (`+`, `:`, `.`): the hackathon brief copied into spec-kit-plus repositories,
// 5 links to one heading judged false ---

#[test]
fn a_google_docs_heading_id_with_its_punctuation_is_an_anchor() {
    let run = brief(ID, ID).check(&["--select", RULE]);
    assert_eq!(run.findings_of(&[RULE]), vec![], "\n{}", run.dump());
}

/// Twin: an id that is not the heading's own text (edited since) is no
/// anchor the export made, and the link to it is reported.
#[test]
fn a_braced_id_of_other_words_is_no_anchor() {
    let other = "the-agentic-dev-stack:-agents.md-+-claude-code";
    let run = brief(ID, other).check(&["--select", RULE]);
    assert_eq!(
        run.findings_of(&[RULE]),
        vec![t(RULE, BRIEF, 3, 9, &format!("{BRIEF}#{ID}"))],
        "\n{}",
        run.dump()
    );
}
