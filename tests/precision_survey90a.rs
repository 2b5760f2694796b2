//! Survey 90a: readiness and status trackers written by coding agents,
//! round 5 (Staffora-HRIS/HRISystem, nsin08/ai_fleet,
//! agentjido/jido_workbench). False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, Tuple, t};

// --- a numbered documentation tree's archive section (HRISystem's
// `Docs/15-archive/` beside `01-overview/`: audits a restructure moved
// there, their relative links written for the folders they left; 44 of
// its 121 findings, the 19 judged all false) ---

/// A numbered docs tree whose folder `folder` holds an audit linking a
/// page of the folder it left.
fn numbered_tree(folder: &str) -> Repo {
    let repo = Repo::new();
    repo.write("Docs/01-overview/README.md", "# Overview\n")
        .write(
            "Docs/11-operations/readiness-report.md",
            "# Readiness Report\n",
        )
        .write(
            &format!("{folder}/audit/FINAL_REPORT.md"),
            "# Final Report\n\n\
             - [Readiness Report](../11-operations/readiness-report.md) — maturity\n",
        )
        .commit_all();
    repo
}

#[test]
fn a_numbered_archive_folder_is_not_checked() {
    let run = numbered_tree("Docs/15-archive").check(&[]);
    assert_eq!(run.findings_of(&["link/"]), vec![], "\n{}", run.dump());
}

/// Twin: the same audit in a numbered folder of live documents is checked.
#[test]
fn a_numbered_live_folder_is_checked() {
    let run = numbered_tree("Docs/15-audits").check(&[]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![t(
            "link/missing-path",
            "Docs/15-audits/audit/FINAL_REPORT.md",
            3,
            3,
            "Docs/15-audits/11-operations/readiness-report.md"
        )],
        "\n{}",
        run.dump()
    );
}

// --- a ticked task whose open criteria close on a prerequisite after a
// dash (HRISystem's `devops-tasks.md`: `- [ ] Source maps uploaded during
// CI build step — requires SENTRY_DSN config` under a `**DONE**` task; 4
// findings judged false) ---

fn devops_tasks(open_item: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docs/devops-tasks.md",
        format!(
            "# DevOps Tasks\n\n\
             - [x] **DONE** | P0 | **Set up error tracking**\n\
             \x20 - [x] SDK installed in the API\n\
             \x20 - [ ] {open_item}\n"
        ),
    )
    .commit_all();
    repo
}

/// The `task/` findings of the list with `open_item` open, and the run's
/// dump for a failure's message.
fn task_findings(open_item: &str) -> (Vec<Tuple>, String) {
    let run = devops_tasks(open_item).check(&[]);
    (run.findings_of(&["task/"]), run.dump())
}

/// The one finding of a reported list: on the ticked task, line 3.
fn parent_reported() -> Vec<Tuple> {
    vec![t(
        "task/checked-parent-open-child",
        "docs/devops-tasks.md",
        3,
        1,
        "",
    )]
}

#[test]
fn an_open_criterion_waiting_on_a_named_prerequisite_is_silent() {
    let (found, dump) = task_findings("Source maps uploaded in CI — requires SENTRY_DSN config");
    assert_eq!(found, vec![], "\n{dump}");
}

/// Twin: a clause naming the work itself says the criterion is not done.
#[test]
fn an_open_criterion_that_requires_implementation_is_reported() {
    let (found, dump) = task_findings("Workflow dispatch trigger — requires implementation");
    assert_eq!(found, parent_reported(), "\n{dump}");
}

/// Twin: the same criterion without the clause is reported.
#[test]
fn an_open_criterion_without_a_prerequisite_is_reported() {
    let (found, dump) = task_findings("Source maps uploaded in CI");
    assert_eq!(found, parent_reported(), "\n{dump}");
}

// --- a page template's blank in square brackets after a `/`
// (jido_workbench's `specs/templates/`: `[ANOTHER BUILD GUIDE](/build/[SLUG])`,
// `/training/[RELEVANT-MODULE]`; 5 findings judged false) ---

/// A page template linking `target`, in a repository with a `build/` folder
/// at its root (so `/build/…` reads as a path).
fn page_template(target: &str) -> Vec<Tuple> {
    let repo = Repo::new();
    repo.write("build/deploy.toml", "app = \"site\"\n")
        .write(
            "specs/templates/build-guide.md",
            format!("# Build Guide Template\n\n- **Related guide:** [ANOTHER GUIDE]({target})\n"),
        )
        .commit_all();
    repo.check(&[]).findings_of(&["link/"])
}

#[test]
fn a_bracketed_blank_after_a_slash_is_a_template_placeholder() {
    assert_eq!(page_template("/build/[SLUG]"), vec![]);
}

/// Twin: a real route of the same template, which no page answers, is reported.
#[test]
fn a_template_link_without_a_blank_is_checked() {
    assert_eq!(
        page_template("/build/getting-started"),
        vec![t(
            "link/missing-path",
            "specs/templates/build-guide.md",
            3,
            22,
            "build/getting-started"
        )]
    );
}

// --- a gap analysis's `Current Codebase Findings` over its `Implementation
// Steps` (jido_workbench's `specs/brainstorms/mintlify_gaps/`: the code it
// cited was then rewritten by the work it planned; 16 citation findings
// judged false) ---

/// A gap analysis citing `lib/router.ex:2` under `## Current Codebase
/// Findings`, its last section headed `last`; the cited line is edited in a
/// later commit.
fn gap_analysis(last: &str) -> Vec<Tuple> {
    let repo = Repo::new();
    repo.write(
        "lib/router.ex",
        "defmodule Router do\n  @routes [:docs]\nend\n",
    )
    .write(
        "specs/gaps/01_route_parity.md",
        format!(
            "# 01 - Route Parity\n\n## Current Codebase Findings\n\n\
                 - Docs routes are generated at compile time in `lib/router.ex:2`.\n\n\
                 ## {last}\n\n1. Generate the docs cards from the routes.\n"
        ),
    )
    .commit_all();
    repo.write(
        "lib/router.ex",
        "defmodule Router do\n  @routes Pages.all()\nend\n",
    )
    .commit_all();
    repo.check(&[]).findings_of(&["citation/"])
}

#[test]
fn current_codebase_findings_of_a_plan_are_a_record() {
    assert_eq!(gap_analysis("Implementation Steps"), vec![]);
}

/// Twin: the same findings in a document that plans no implementation are
/// a present claim, and its cited line changed.
#[test]
fn current_codebase_findings_of_a_living_page_are_checked() {
    assert_eq!(
        gap_analysis("Ideas"),
        vec![t(
            "citation/stale",
            "specs/gaps/01_route_parity.md",
            5,
            48,
            "lib/router.ex"
        )]
    );
}

// --- a template row whose status cell lists the statuses to pick from
// (jido_workbench's `## Punchlist Matrix Template`: `| `/` | | … | | todo /
// in-progress / done | |`, 1 `table/placeholder` finding judged false) ---

/// A punch list whose one row has an empty owner and the status `status`.
fn punchlist(status: &str) -> common::Run {
    let repo = Repo::new();
    repo.write(
        "docs/release_punchlist.md",
        format!(
            "# Release Punchlist\n\n\
             | Route | Key claim | Owner | Status | Notes |\n\
             |---|---|---|---|---|\n\
             | `/` | Fast | | {status} | |\n"
        ),
    )
    .commit_all();
    repo.check(&["--select", "table/placeholder"])
}

#[test]
fn a_row_whose_status_lists_the_choices_is_a_template_slot() {
    let run = punchlist("todo / in-progress / done");
    assert_eq!(run.findings(), Vec::<Tuple>::new(), "\n{}", run.dump());
}

#[test]
fn a_row_with_one_status_and_no_owner_is_reported() {
    // Twins: one status; a status with a note after ` / `.
    for status in ["in progress", "in progress / blocked on review"] {
        let run = punchlist(status);
        assert_eq!(
            run.findings(),
            vec![t(
                "table/placeholder",
                "docs/release_punchlist.md",
                5,
                16,
                ""
            )],
            "{status}\n{}",
            run.dump()
        );
    }
}
