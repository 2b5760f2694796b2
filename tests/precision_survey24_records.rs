//! Patterns of survey 24 (spinje/pflow, d-kishi/ubiquitous-lang-mng): the
//! notes of a finished task's folder are records of their day for the
//! citation rules (P1), a record's range that fitted its file at the parent
//! of the commit that wrote it (P2), and a root link to a dot-folder written
//! without its dot in a repository with no site (M1). Each false pattern
//! beside its true twin, exact findings, the real binary in real git
//! repositories.

mod common;

use common::{Repo, t};

/// `n` lines of Python, each its own function.
fn code(prefix: &str, n: usize) -> String {
    (1..=n)
        .map(|i| format!("def {prefix}{i}(): return {i}\n"))
        .collect()
}

/// One task folder of an agent tracker (`.taskmaster/tasks/task_N/`): its
/// task file with `status`, a research note citing `src/a.py:30-32` (moved
/// later), a progress log citing `src/b.py:48` (cut later) and a plan
/// quoting `src/c.py:3` (edited later).
fn task<'a>(repo: &'a Repo, n: u32, status: &str) -> &'a Repo {
    let dir = format!(".taskmaster/tasks/task_{n}");
    repo.write(
        &format!("{dir}/task-{n}.md"),
        format!(
            "# Task {n}: Speed up parser\n\n## Status\n\n{status}\n\n## Description\n\nMake the parser faster.\n"
        ),
    )
    .write(
        &format!("{dir}/starting-context/research-findings.md"),
        format!(
            "# Research findings for task {n}\n\n- The hot loop is `src/a.py:30-32`, called once per token.\n"
        ),
    )
    .write(
        &format!("{dir}/implementation/progress-log.md"),
        format!("# Task {n} progress log\n\n## Entry 1: fix helper\n\n- ✅ `src/b.py:48`: made g48 return early\n"),
    )
    .write(
        &format!("{dir}/implementation/plan.md"),
        format!("# Task {n} plan\n\nThe limit is three (`src/c.py:3`).\n"),
    )
}

/// pflow's `.taskmaster/tasks/task_N/`: the notes of a finished task
/// (`task-115/starting-context/research-findings.md` citing
/// `src/pflow/cli/main.py:2880`) were right when written, and nobody
/// renumbers them once the work is merged ("Append entries as you work —
/// never rewrite previous entries"): 34 findings in seven finished folders
/// judged false. Finished is said beside the note: the task file's `##
/// Status` over `done` (task_1), or a review of the task in the folder
/// (task_3: `task-review.md` titled `# Task 3 Review: …`, its task file
/// never updated from `not started`, as pflow's task_107; task_4: a review
/// whose own status says `Complete`). Twins: the same notes of an open task
/// (task_2) are judged, and so are those of a task whose review is still
/// in progress (task_5: `# Review plan`, `**Status**: In progress`); a
/// folder named like a finished task elsewhere (`scratchpads/task-1/`) is
/// not its folder; in a finished folder, a range already past the end when
/// written (`src/b.py:70` of a 50-line file) and a dead link (navigation)
/// are still reported.
#[test]
fn notes_of_a_finished_task_folder_are_records() {
    let repo = Repo::new();
    repo.write("src/a.py", code("f", 40))
        .write("src/b.py", code("g", 50))
        .write("src/c.py", "A = 1\nB = 2\nLIMIT = 3\n");
    task(&repo, 1, "done");
    task(&repo, 2, "not started");
    task(&repo, 3, "not started").write(
        ".taskmaster/tasks/task_3/task-review.md",
        "# Task 3 Review: Speed up parser\n\n## Metadata\n\n\
         - **Branch**: `feat/parser`\n- **Test state**: 40 passed, 0 failed\n\n\
         ## Summary\n\nThe loop is faster.\n",
    );
    task(&repo, 4, "pending").write(
        ".taskmaster/tasks/task_4/task-4-review.md",
        "# Review notes\n\n- **Status**: Complete\n- **Branch**: `feat/parser`\n",
    );
    task(&repo, 5, "in-progress").write(
        ".taskmaster/tasks/task_5/task-review.md",
        "# Review plan\n\n- **Status**: In progress\n\nTo check: the loop.\n",
    );
    repo.write(
        ".taskmaster/tasks/task_1/implementation/links.md",
        "# Links\n\nSee [the spec](../missing-spec.md).\n",
    )
    .write(
        ".taskmaster/tasks/task_1/implementation/handoff.md",
        "# Handoff\n\n- The retry helper is `src/b.py:70`.\n",
    )
    .write(
        "scratchpads/task-1/briefing.md",
        "# Briefing\n\nThe hot loop is `src/a.py:30-32`.\n",
    )
    .commit_all();
    // Later: five lines above the hot loop, `b.py` cut to 30 lines, the
    // limit edited.
    repo.write("src/a.py", format!("{}{}", code("h", 5), code("f", 40)))
        .write("src/b.py", code("g", 30))
        .write("src/c.py", "A = 1\nB = 2\nLIMIT = 5\n")
        .commit_all();
    let open = |n: u32| {
        let dir = format!(".taskmaster/tasks/task_{n}");
        vec![
            t(
                "citation/stale",
                &format!("{dir}/implementation/plan.md"),
                3,
                21,
                "src/c.py",
            ),
            t(
                "citation/line-range",
                &format!("{dir}/implementation/progress-log.md"),
                5,
                5,
                "src/b.py",
            ),
            t(
                "citation/shifted",
                &format!("{dir}/starting-context/research-findings.md"),
                3,
                19,
                "src/a.py",
            ),
        ]
    };
    let mut expected = vec![
        t(
            "citation/line-range",
            ".taskmaster/tasks/task_1/implementation/handoff.md",
            3,
            23,
            "src/b.py",
        ),
        t(
            "link/missing-path",
            ".taskmaster/tasks/task_1/implementation/links.md",
            3,
            5,
            ".taskmaster/tasks/task_1/missing-spec.md",
        ),
    ];
    expected.extend(open(2));
    expected.extend(open(5));
    expected.push(t(
        "citation/shifted",
        "scratchpads/task-1/briefing.md",
        3,
        17,
        "src/a.py",
    ));
    let run = repo.check(&["--select", "citation/,link/"]);
    assert_eq!(run.findings(), expected, "\n{}", run.dump());
}

/// The commit hook asks what `citation/stale` asks: a staged edit of lines
/// that a finished task's note links (`src/c.py#L3`) is no finding (the
/// note records the code the work was done against); the same note of an
/// open task is.
#[test]
fn the_hook_leaves_the_notes_of_a_finished_task_alone() {
    let repo = Repo::new();
    repo.write("src/c.py", "A = 1\nB = 2\nLIMIT = 3\n");
    for (n, status) in [(1, "done"), (2, "not started")] {
        let dir = format!(".taskmaster/tasks/task_{n}");
        repo.write(
            &format!("{dir}/task-{n}.md"),
            format!("# Task {n}: Limit\n\n## Status\n\n{status}\n"),
        )
        .write(
            &format!("{dir}/implementation/plan.md"),
            format!("# Task {n} plan\n\nThe limit is three ([c.py](../../../../src/c.py#L3)).\n"),
        );
    }
    repo.commit_all();
    repo.write("src/c.py", "A = 1\nB = 2\nLIMIT = 5\n")
        .add(&["src/c.py"]);
    let run = repo.run(&["hook", "--format", "json"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/stale",
            ".taskmaster/tasks/task_2/implementation/plan.md",
            3,
            21,
            "src/c.py"
        )],
        "\n{}",
        run.dump()
    );
}

/// pflow task_115's progress log lists a failing test at
/// `test_parameter_management_integration.py:251`; the commit that wrote
/// the entry deleted the test (252 → 217 lines). In a record, a range that
/// fitted the file at the parent of the commit that wrote it was right: the
/// entry describes the working tree before that commit. Twin: a range past
/// the end at the parent too was written wrong, and is reported.
#[test]
fn a_record_range_that_fitted_at_the_parent_of_its_commit() {
    let repo = Repo::new();
    repo.write("tests/test_a.py", code("test_", 30))
        .write("docs/README.md", "# notes\n")
        .commit_all();
    repo.write("tests/test_a.py", code("test_", 20))
        .write(
            "docs/stage-report-2026-01-22.md",
            "# Stage report — 2026-01-22\n\n## Remaining failures\n\n\
             1. **test_stdin_no_longer_detected** (`tests/test_a.py:25`)\n   \
             - Error: KeyError; test removed in this change\n\
             2. **test_bogus** (`tests/test_a.py:45`)\n   \
             - Error: typo in the line number\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/line-range",
            "docs/stage-report-2026-01-22.md",
            7,
            20,
            "tests/test_a.py"
        )],
        "\n{}",
        run.dump()
    );
}

/// ubiquitous-lang-mng's ADR links `[.claude/agents/](/claude/agents/)`:
/// the folder is `.claude/agents/`, `/claude/…` is dead on GitHub, and the
/// repository configures no documentation site that could serve it as a
/// route. Reported, with the dot-folder named. Twins: `/nothere/agents/`
/// (no `.nothere/` folder) stays a route, silent; with a site configured
/// (MkDocs), or only a generator's configuration file that the site
/// detection does not read (`astro.config.mjs`, a Jekyll `_config.yml` in
/// a subfolder), `/claude/agents/` may be one of its routes, silent too.
#[test]
fn a_root_link_to_a_dot_folder_without_its_dot() {
    let adr = |repo: &Repo| {
        repo.write(".claude/agents/code-review.md", "# Code review agent\n")
            .write(
                "Doc/ADR_013.md",
                "# ADR 013\n\n- [.claude/agents/](/claude/agents/) - agent definitions\n\
                 - [other](/nothere/agents/) - a website page\n",
            );
    };
    let repo = Repo::new();
    adr(&repo);
    repo.commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "Doc/ADR_013.md",
            3,
            3,
            "claude/agents"
        )],
        "\n{}",
        run.dump()
    );
    let help = run.diagnostics()[0]["help"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(help.contains(".claude/agents"), "{help}\n{}", run.dump());

    for site in [
        &[
            ("mkdocs.yml", "site_name: x\n"),
            ("docs/index.md", "# Home\n"),
        ][..],
        &[("astro.config.mjs", "export default {};\n")],
        &[("site/_config.yml", "title: x\n")],
    ] {
        let repo = Repo::new();
        adr(&repo);
        for (path, text) in site {
            repo.write(path, text);
        }
        repo.commit_all();
        let run = repo.check(&["--select", "link/"]);
        assert_eq!(run.findings(), vec![], "{site:?}\n{}", run.dump());
    }
}
