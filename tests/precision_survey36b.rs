//! Survey 36b: plain GitHub documentation of libraries and CLIs (delve,
//! cli/cli, gson, pyenv, bat) and one big list (free-programming-books).
//! Exact findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

const TASKS: &str = "\n\n- [x] Task\n- [] Unfinished Task\n- [] Another unfinished task\n";

/// bat's syntax-highlighting regression test reads
/// `tests/syntax-tests/source/<Language>/example.*` and compares the result
/// with the same path below `tests/syntax-tests/highlighted/`: the
/// Markdown input's `- []` lines are deliberate. The same lines in a page of
/// the docs, and in a test tree's Markdown with no twin, are reported.
#[test]
fn markdown_input_of_a_test_with_its_expected_output_beside_it_is_test_data() {
    let repo = Repo::new();
    let page = |title: &str| format!("# {title}{TASKS}");
    repo.write("Cargo.toml", "[package]\nname = \"x\"\n")
        .write(
            "tests/syntax-tests/source/Markdown/example.md",
            page("Example"),
        )
        .write(
            "tests/syntax-tests/highlighted/Markdown/example.md",
            page("Example, highlighted"),
        )
        .write("tests/notes/example.md", page("Notes"))
        .write("docs/tasks.md", page("Tasks"))
        .commit_all();
    let run = repo.check(&["--select", "task/malformed"]);
    let item = |file: &str, line: u64| t("task/malformed", file, line, 1, "");
    assert_eq!(
        run.findings(),
        vec![
            item("docs/tasks.md", 4),
            item("docs/tasks.md", 5),
            item("tests/notes/example.md", 4),
            item("tests/notes/example.md", 5),
        ],
        "\n{}",
        run.dump()
    );
}
