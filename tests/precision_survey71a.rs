//! Survey 71a: readiness and status trackers written by coding agents in
//! repositories pushed in late 2026 (mt4110/veil-rs,
//! WanderlustCoder/Keyboard-Defense-AzureVale,
//! divyang-garg/vibe-coding-sentinel, FatherSonOne/logos-vision-crm).
//! False patterns found there, each beside its true twin; exact findings,
//! the real binary, real git repositories.

mod common;

use common::{Repo, t};

/// A ` ```markdown ` template holding a ` ```bash ` example: the inner
/// fence closes the template, and its own closing fence opens a block that
/// hides the template's list.
const NESTED: &str = "# Testing Patterns\n\n```markdown\n# Testing\n\n**Run:**\n\
```bash\nnpm test\n```\n\n- unit tests\n- e2e tests\n```\n\n## Notes\n\n- one\n- two\n";

/// The `rule` findings of a repository of `files`, with its README.
fn run_of(files: &[(&str, &str)], rule: &str) -> (Vec<common::Tuple>, String) {
    let repo = Repo::new();
    repo.write("README.md", "# CRM\n");
    for (path, text) in files {
        repo.write(path, text);
    }
    repo.commit_all();
    let run = repo.check(&[]);
    (run.findings_of(&[rule]), run.dump())
}

const FENCE: &str = "document/unclosed-fence";
const TASK: &str = "task/checked-parent-open-child";

/// logos-vision-crm's `.claude/get-shit-done/` is what the get-shit-done
/// installer wrote (its `VERSION` says 1.6.4), with the installer's
/// `commands/gsd/` and `agents/gsd-*.md`: upstream's templates, rewritten on
/// every update, not the repository's documents.
#[test]
fn the_get_shit_done_install_is_vendored() {
    let (found, dump) = run_of(
        &[
            (".claude/get-shit-done/VERSION", "1.6.4\n"),
            (".claude/get-shit-done/templates/testing.md", NESTED),
            (".claude/commands/gsd/add-todo.md", NESTED),
            (".claude/agents/gsd-plan-checker.md", NESTED),
        ],
        FENCE,
    );
    assert_eq!(found, vec![], "\n{dump}");
}

/// Twins: the same templates without the installer's `VERSION`, and the
/// repository's own agent beside an install, are checked.
#[test]
fn agent_files_outside_a_get_shit_done_install_are_checked() {
    let (found, dump) = run_of(
        &[
            (".claude/get-shit-done/templates/testing.md", NESTED),
            (".opencode/get-shit-done/VERSION", "1.6.4\n"),
            (".opencode/agents/reviewer.md", NESTED),
            (".opencode/agents/gsd-planner.md", NESTED),
        ],
        FENCE,
    );
    let expected = vec![
        t(
            FENCE,
            ".claude/get-shit-done/templates/testing.md",
            3,
            1,
            "",
        ),
        t(FENCE, ".opencode/agents/reviewer.md", 3, 1, ""),
    ];
    assert_eq!(found, expected, "\n{dump}");
}

/// A task list of an agent's, written as pseudo-code: `error` is the step
/// under the first check, `when` the condition of the second.
fn pseudo_code(error: &str, when: &str) -> String {
    format!(
        "# Task\n\n\
         - [x] Verify repo layout (cmd/prverify exists)\n  \
         - [ ] {error}\n\
         - [x] tool_versions\n  \
         - [x] {when}\n    \
         - [ ] record entry: status=\"skip\"\n  \
         - [x] else:\n    \
         - [x] capture version string\n"
    )
}

/// veil-rs's `docs/ops/S10_02_TASK.md`: its error paths are open under the
/// checks that passed, and the steps of a condition that did not hold are
/// open under that condition.
#[test]
fn the_branches_of_a_pseudo_code_task_list_are_conditional() {
    let text = pseudo_code(
        "if not found: error \"prverify cmd not found => STOP\"",
        "if tool not found:",
    );
    let (found, dump) = run_of(&[("docs/ops/TASK.md", &text)], TASK);
    assert_eq!(found, vec![], "\n{dump}");
}

/// Twin: the same steps without their condition are open work under a
/// ticked item.
#[test]
fn the_same_steps_without_their_condition_are_open_work() {
    let text = pseudo_code(
        "error \"prverify cmd not found => STOP\"",
        "when a tool is not found",
    );
    let (found, dump) = run_of(&[("docs/ops/TASK.md", &text)], TASK);
    let expected = vec![
        t(TASK, "docs/ops/TASK.md", 3, 1, ""),
        t(TASK, "docs/ops/TASK.md", 6, 3, ""),
    ];
    assert_eq!(found, expected, "\n{dump}");
}
