//! Survey s111b: repositories of spec-driven agent workflows (spec-kit's
//! `specs/NNN-feature/{spec,plan,tasks}.md`, `.specify/`, Copilot prompt
//! files): stefaniuk/promptfiles-copilot's prompt library,
//! joesh/jve-spec-kit-claude's video editor with 27 spec-kit features and
//! goaikit/aikit's ADRs. False patterns found there, each beside its true
//! twin; exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, lines, t};

// --- A Copilot prompt file names the files of the project it is run in:
// `Create (or update): [repository map](../../docs/architecture/repository-map.md)`
// in promptfiles-copilot's `.github/prompts/architecture.01-repository-map.prompt.md`
// is the document the agent is to write (23 findings judged false) ---

const PROMPT: &str = "---\nagent: agent\ndescription: Build a repository map\n---\n\nRead the [baseline](../instructions/includes/architecture-baseline.include.md) first.\n\nCreate (or update): [repository map](../../docs/architecture/repository-map.md)\n\nAlso ensure it is linked from: [architecture overview](../../docs/architecture/README.md) output\n";

/// A prompt library: the prompt (at `prompt_path`) and the instructions it
/// reads; `docs/architecture/` holds only a `.gitkeep`.
fn prompt_library(prompt_path: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Prompts\n")
        .write(
            ".github/instructions/includes/architecture-baseline.include.md",
            "# Architecture baseline\n",
        )
        .write("docs/architecture/.gitkeep", "")
        .write(prompt_path, PROMPT)
        .commit_all();
    repo
}

#[test]
fn a_prompt_files_links_into_the_project_name_what_the_agent_writes() {
    let run = prompt_library(".github/prompts/architecture.01-repository-map.prompt.md").check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twins: the same links in a document that is no prompt file are
/// reported; so is a prompt's link into the library's own `.github/`
/// folder that names nothing, and a prompt's link to a file git history
/// shows was deleted.
#[test]
fn the_same_links_outside_a_prompt_or_into_the_library_or_deleted_are_reported() {
    let run = prompt_library(".github/notes/architecture.md").check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![
            t(
                "link/missing-path",
                ".github/notes/architecture.md",
                8,
                21,
                "docs/architecture/repository-map.md"
            ),
            t(
                "link/missing-path",
                ".github/notes/architecture.md",
                10,
                32,
                "docs/architecture/README.md"
            ),
        ],
        "\n{}",
        run.dump()
    );

    let path = ".github/prompts/architecture.01-repository-map.prompt.md";
    let repo = prompt_library(path);
    repo.write(
        path,
        PROMPT.replace("architecture-baseline", "architecture-basline"),
    )
    .write("docs/architecture/README.md", "# Architecture\n")
    .commit_all();
    repo.git(&["rm", "-q", "docs/architecture/README.md"]);
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![
            t(
                "link/missing-path",
                path,
                6,
                10,
                ".github/instructions/includes/architecture-basline.include.md"
            ),
            t(
                "link/missing-path",
                path,
                10,
                32,
                "docs/architecture/README.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- A bare file name with lines in a code span (`project_browser.lua:1786`)
// is shorthand for the one tracked file of that name that holds the lines,
// not a too-short file of that name at the root (jve-spec-kit-claude's
// 203-line stray root `project_browser.lua` beside the 2,815-line
// `src/lua/ui/project_browser.lua`: 8 findings judged false) ---

/// An editor with a short stray `browser.lua` at the root, the real one in
/// `src/ui/`, and `others` more files of that name with 40 lines; a fix log
/// cites `browser.lua:35`.
fn browser_review(others: &[&str]) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Editor\n")
        .write("browser.lua", lines(5))
        .write("src/ui/browser.lua", lines(40));
    for other in others {
        repo.write(other, lines(40));
    }
    repo.write(
        "docs/fix-log.md",
        "# Fix log\n\n| ID | Fix |\n| --- | --- |\n| UI-1 | `browser.lua:35`: assert on the frame rate |\n",
    )
    .commit_all();
    repo
}

#[test]
fn a_bare_name_is_the_one_file_of_that_name_holding_the_lines() {
    let run = browser_review(&[]).check(&[]);
    assert_eq!(
        run.findings_of(&["citation/", "link/", "path/"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: with two files of that name holding the lines, which one was
/// meant is not known, and the root's file is judged.
#[test]
fn a_bare_name_two_files_could_be_is_read_at_the_root() {
    let run = browser_review(&["src/legacy/browser.lua"]).check(&[]);
    assert_eq!(
        run.findings_of(&["citation/", "link/", "path/"]),
        vec![t(
            "citation/line-range",
            "docs/fix-log.md",
            5,
            10,
            "browser.lua"
        )],
        "\n{}",
        run.dump()
    );
}
