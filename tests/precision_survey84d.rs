//! Survey 84d: Japanese project documents written by coding agents
//! (requirement, design and progress documents, task templates). False
//! patterns found there, each beside its true twin; exact findings, the real
//! binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a task template's blank value, an empty pair of brackets read as a
// link reference definition (tfuruta1/specification_driven_system_development_by_claude_code's
// `TASK-TEMPLATE/completion.md`: `- [1]: []`) ---

/// The template's page, as in the surveyed repository.
const PAGE: &str = ".claude/project/tasks/TASK-TEMPLATE/completion.md";
/// The resolved target of `[a.md]` there.
const TARGET: &str = ".claude/project/tasks/TASK-TEMPLATE/[a.md]";

/// A task template whose list items `[1]`, `[2]` use definitions whose value
/// is `value`.
fn template(value: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        PAGE,
        format!("# 完了報告\n\n- [1]\n- [2]\n\n### 成果物\n- [1]: {value}\n- [2]: {value}\n"),
    )
    .commit_all();
    repo
}

#[test]
fn empty_bracket_definition_value_is_a_template_blank() {
    let run = template("[]").check(&[]);
    assert_eq!(run.findings_of(&["link/missing-path"]), vec![]);
    let run = template("[ ]").check(&[]);
    assert_eq!(run.findings_of(&["link/missing-path"]), vec![]);
}

#[test]
fn bracketed_file_name_definition_value_is_judged() {
    let run = template("[a.md]").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t("link/missing-path", PAGE, 7, 1, TARGET),
            t("link/missing-path", PAGE, 8, 1, TARGET),
        ],
        "\n{}",
        run.dump()
    );
}
