//! Patterns read by hand during stop 29 among the findings earlier surveys
//! left: spec-kit's stock `/clarify` prompt (survey 30a's oriva, survey
//! 32a's UNS-ClaudeJP) writes an instruction to the agent after a table
//! row's closing pipe. Exact findings, the real binary in a real git
//! repository.

mod common;

use common::{Repo, t};

const CLARIFY: &str = "\n\n\
   * Then render all options as a Markdown table:\n\n\
   | Option | Description |\n\
   |--------|-------------|\n\
   | A | <Option A description> |\n\
   | C | <Option C description> | (add D/E as needed up to 5)\n\
   | Short | Provide a different short answer | (Include only if free-form alternative is appropriate)\n\
   | D | <Option D description> | extra |\n";

/// In a coding agent's prompt or command file, text after a row's closing
/// pipe is the agent's instruction; a whole extra cell there, and the same
/// text in a document people read rendered, are still reported.
#[test]
fn text_after_the_closing_pipe_of_an_agent_prompt_is_an_instruction() {
    let repo = Repo::new();
    // Each under its own title (copies of one text are reported once).
    let page = |title: &str| format!("# {title}{CLARIFY}");
    repo.write(".claude/commands/clarify.md", page("Clarify"))
        .write(
            "docs/github/prompts/speckit.clarify.prompt.md",
            page("Speckit clarify"),
        )
        .write("docs/clarify.md", page("Clarify, the guide"))
        .commit_all();
    let run = repo.check(&["--select", "table/column-count"]);
    let row = |file: &str, line: u64| t("table/column-count", file, line, 1, "");
    assert_eq!(
        run.findings(),
        vec![
            // The prompts: only the row with a whole extra cell.
            row(".claude/commands/clarify.md", 10),
            // A page of the docs: the notes are lost on GitHub.
            row("docs/clarify.md", 8),
            row("docs/clarify.md", 9),
            row("docs/clarify.md", 10),
            row("docs/github/prompts/speckit.clarify.prompt.md", 10),
        ],
        "\n{}",
        run.dump()
    );
}

/// A table of contents naming three sections another document of the run
/// does not have is one finding whether that document was parsed before
/// the list was checked (its anchors known at once) or after (the entries
/// wait for its anchors): survey 34c saw gitlab-handbook-ja's three entries
/// reported apart in one run of six. One thread checks the documents in
/// order, so `a.md` waits for `z.md`; checking `a.md` alone reads `z.md`'s
/// anchors at once.
#[test]
fn a_run_of_missing_sections_folds_whether_or_not_its_target_waits() {
    let repo = Repo::new();
    repo.write(
        "a.md",
        "# Guide\n\n\
         - [Alpha](z.md#alpha-section)\n\
         - [Beta](z.md#beta-section)\n\
         - [Gamma](z.md#gamma-section)\n",
    )
    .write("z.md", "# Zed\n\n## Overview\n\nText.\n")
    .commit_all();
    let one_thread = [("RAYON_NUM_THREADS", std::ffi::OsStr::new("1"))];
    let runs = [
        common::run_in_env(
            repo.path(),
            &["check", "--format", "json", "--select", "link/"],
            &one_thread,
        ),
        repo.check(&["--select", "link/", "a.md"]),
    ];
    for run in runs {
        assert_eq!(
            run.findings(),
            vec![t("link/missing-anchor", "a.md", 3, 3, "z.md#alpha-section")],
            "\n{}",
            run.dump()
        );
        assert!(
            run.dump()
                .contains("so do the next 2 entries of this list (lines 4-5)"),
            "\n{}",
            run.dump()
        );
    }
}
