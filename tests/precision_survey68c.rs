//! Survey 68c: coding-agent hand-off and progress notes kept in
//! repositories (Cline's `memory-bank/`, `.github/prompts/`, `plan/`,
//! `.specsmd/`). False patterns found there, each beside its true twin;
//! exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- the conventional example path `path/to/…` as a link's target
// (awesome-copilot's `update-markdown-file-index.prompt.md`, copied into
// many repositories: its example index table links
// `[filename.ext](path/to/filename.ext)`; dhar174's copy, 2 findings
// judged false) ---

/// A prompt whose example index table links `target`.
fn index_prompt(target: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Agents\n").write(
        ".github/prompts/update-index.prompt.md",
        format!(
            "# Update Markdown File Index\n\n### Option 2: Detailed Table\n\n\
             | File | Type | Description |\n|------|------|-------------|\n\
             | [filename.ext]({target}) | Extension | Description |\n"
        ),
    );
    repo.commit_all();
    repo
}

#[test]
fn an_example_path_to_link_is_a_placeholder() {
    for target in [
        "path/to/filename.ext",
        "./path/to/filename.ext",
        "/path/to/filename.ext",
    ] {
        let run = index_prompt(target).check(&[]);
        assert_eq!(
            run.findings_of(&["link/missing-path"]),
            vec![],
            "{target}\n{}",
            run.dump()
        );
    }
}

/// Twin: a path that does not open with `path/to/` names a file the
/// repository lacks, and is reported.
#[test]
fn a_missing_link_not_under_path_to_is_reported() {
    for target in ["docs/path/to/filename.ext", "paths/to/filename.ext"] {
        let run = index_prompt(target).check(&[]);
        assert_eq!(
            run.findings_of(&["link/missing-path"]),
            vec![t(
                "link/missing-path",
                ".github/prompts/update-index.prompt.md",
                7,
                3,
                &format!(".github/prompts/{target}")
            )],
            "\n{}",
            run.dump()
        );
    }
}
