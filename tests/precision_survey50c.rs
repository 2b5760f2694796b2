//! Survey 50c: project trackers kept as Markdown tables (sprint backlogs,
//! release trackers, QA matrices). False patterns found there, each beside
//! its true twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- table/placeholder: a section row, `| **Testing Tasks** | | | | |`,
// heading the tasks below it in a sprint backlog (gitwalter/ai-dev-agent's
// `docs/agile/sprints/sprint_1/execution/backlog.md`: 5 findings judged
// false) ---

/// A sprint backlog whose task table is split by section rows, with `extra`
/// rows appended to it.
fn backlog(extra: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docs/sprint_1/backlog.md",
        format!(
            "# Sprint 1 Backlog\n\n\
             - [x] sprint planned\n\n\
             | Task | Estimate (hrs) | Status | Assignee | Notes |\n\
             |------|----------------|--------|----------|-------|\n\
             | Design health monitoring | 4 | To Do | AI Team | |\n\
             | Implement health checks | 8 | In Progress | AI Team | |\n\
             | **Testing Tasks** | | | | |\n\
             | Unit Tests | 4 | To Do | AI Team | |\n\
             | Integration Tests | 6 | To Do | AI Team | |\n\
             | __Documentation__ | | | | |\n\
             | Code Documentation | 2 | To Do | AI Team | |\n\
             {extra}"
        ),
    )
    .commit_all();
    repo
}

#[test]
fn a_section_row_heading_the_tasks_below_it_has_no_owner() {
    let run = backlog("").check(&[]);
    assert_eq!(
        run.findings_of(&["table/placeholder"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a plain label with nothing beside it is a task still to be filled
/// in, and a bold label with an estimate beside it is a task too: both
/// lack an owner.
#[test]
fn a_plain_task_or_a_bold_task_with_cells_of_its_own_is_reported() {
    let run = backlog("| User Documentation | | | | |\n| **Load Tests** | 3 | | | |\n").check(&[]);
    assert_eq!(
        run.findings_of(&["table/placeholder"]),
        vec![t(
            "table/placeholder",
            "docs/sprint_1/backlog.md",
            14,
            28,
            ""
        )],
        "\n{}",
        run.dump()
    );
    let d = run.diagnostics_of(&["table/placeholder"]);
    assert!(
        d[0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("in 2 rows of this table (lines 14–15)")),
        "\n{}",
        run.dump()
    );
}

// --- link/missing-anchor: a hash-routed site's route, `[Home](#/)`,
// `#/ai/overview` (THEORIGINALBITTER/zenpost-studio's `docs/_404.md`: 1
// finding for 6 links judged false) ---

/// A docs folder's not-found page linking the routes of its viewer, with
/// `extra` appended.
fn not_found_page(extra: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docs/_404.md",
        format!(
            "# Page not found\n\n## Go on\n\n\
             - [Home](#/)\n\
             - [Installation](#/installation)\n\
             - [AI overview](#/ai/overview)\n\
             - [Workflows](#/workflows/overview)\n\
             {extra}"
        ),
    )
    .commit_all();
    repo
}

#[test]
fn a_hash_route_is_no_heading_anchor() {
    let run = not_found_page("").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same page's `#ai-overview`, a heading's id that no heading
/// has, is still reported.
#[test]
fn a_heading_anchor_no_heading_has_is_reported() {
    let run = not_found_page("- [AI](#ai-overview)\n").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![t(
            "link/missing-anchor",
            "docs/_404.md",
            9,
            3,
            "docs/_404.md#ai-overview"
        )],
        "\n{}",
        run.dump()
    );
}
