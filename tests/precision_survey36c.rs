//! Survey 36c: plans, task lists and templates written for coding agents
//! (hypernetix/hyperspot, nprbst/speck, Anselmoo/mcp-ai-agent-guidelines,
//! wwjj999/Skill, kepur/AinerVault). Each false pattern beside its true
//! twin, exact findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// hyperspot's `docs/spec-templates/ADR.md` (`date: {YYYY-MM-DD}`) links
/// `../PRD.md` and `../DESIGN.md` as a copy in `modules/x/docs/ADR/` reads
/// them: a folder named for its kind of templates holds templates (11
/// findings judged false). Twin: the same page in a folder of guides is
/// judged.
#[test]
fn a_folder_named_for_its_kind_of_templates_holds_templates() {
    let page = "# ADR {NNNN}: {Title}\n\n## Traceability\n\n\
                - **PRD**: [PRD.md](../PRD.md)\n\
                - **DESIGN**: [DESIGN.md](../DESIGN.md)\n";
    let repo = Repo::new();
    repo.write("docs/spec-templates/ADR.md", page)
        .write("docs/doc_templates/ADR.md", page)
        .write("docs/spec-guides/ADR.md", page)
        .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/spec-guides/ADR.md",
                5,
                12,
                "docs/PRD.md"
            ),
            t(
                "link/missing-path",
                "docs/spec-guides/ADR.md",
                6,
                15,
                "docs/DESIGN.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// BMAD's `document-project` workflow instructions hold the template of the
/// `index.md` they write for the target project, its sections chosen by
/// Handlebars block helpers (`{{#if multi-part}}`, `{{/if}}`): the links
/// name documents generated beside that index (wwjj999/Skill, 7 findings
/// judged false). Twin: the same list without a helper is a page of this
/// repository, and judged.
#[test]
fn handlebars_block_helpers_make_a_template() {
    let index = |helper: &str| {
        format!(
            "# Project Documentation Index\n\n### Generated Documentation\n\n\
             - [Project Overview](./project-overview.md)\n\
             {helper}- [Deployment Guide](./deployment-guide.md)\n"
        )
    };
    let repo = Repo::new();
    repo.write(
        "bmad/bmm/workflows/document-project/instructions.md",
        index("{{#if deployment_found}}{{/if}}\n"),
    )
    .write("docs/index.md", index(""))
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/index.md",
                5,
                3,
                "docs/project-overview.md"
            ),
            t(
                "link/missing-path",
                "docs/index.md",
                6,
                3,
                "docs/deployment-guide.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// speck's `specs/001-speck-core-project/tasks.md` is wrapped at 80 columns
/// by prettier: a ticked task's file stands on the line that continues its
/// text (`- [x] T010 [P] Implement GitHub API client in` over
/// `      `.speck/scripts/common/github-api.ts` (fetch releases, …)`), moved
/// by a later refactor (25 findings judged false). Twins: a ticked line
/// without a task id wrapped the same way (a checklist's current word on
/// its evidence), and a list item nested under a ticked task, are
/// reported.
#[test]
fn a_ticked_task_wrapped_onto_the_next_line_records_its_day() {
    let repo = Repo::new();
    repo.write("scripts/common/github-api.ts", "export const api = 1;\n")
        .write("scripts/common/tracker.ts", "export const t = 1;\n")
        .write("scripts/common/links.ts", "export const l = 1;\n")
        .write("scripts/common/history.ts", "export const h = 1;\n")
        .commit_all();
    repo.write(
        "specs/001-core/tasks.md",
        "# Tasks: Core\n\n## Phase 1: Setup\n\n\
         - [x] T010 [P] Implement GitHub API client in\n      \
         `scripts/common/github-api.ts` (fetch releases, rate limiting)\n\
         - [x] The tracker is implemented in\n      \
         `scripts/common/tracker.ts` (read and write)\n\
         - [x] T012 Add the link manager\n  \
         - see `scripts/common/links.ts`\n\
         - [x] T012a Implement the history manager in\n      \
         `scripts/common/history.ts` (append, write atomically)\n",
    )
    .commit_all();
    repo.git(&["mv", "scripts", "packages"]);
    repo.commit();
    let run = repo.check(&["--select", "path/renamed"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "path/renamed",
                "specs/001-core/tasks.md",
                8,
                7,
                "scripts/common/tracker.ts"
            ),
            t(
                "path/renamed",
                "specs/001-core/tasks.md",
                10,
                9,
                "scripts/common/links.ts"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// A plan of the superpowers plugin (`docs/superpowers/plans/2026-06-19-
/// persistence-hygiene.md`, opening with its note to use
/// `superpowers:subagent-driven-development`) names its files by line
/// (`src/contracts/runtime.ts:194`); subagents carried it out without
/// ticking its boxes, and the code moved on (mcp-ai-agent-guidelines: 5
/// shifted and 1 stale finding judged false). Twins: the same plan without
/// the plugin's note, and the plugin's plan with one box ticked (worked in
/// the file), are judged.
#[test]
fn a_dated_superpowers_plan_whose_boxes_nobody_marked_records_its_day() {
    let code: String = (1..=10)
        .map(|i| format!("export const f{i} = {i};\n"))
        .collect();
    let plan = |note: &str, box1: &str| {
        format!(
            "# Persistence Hygiene Implementation Plan\n\n{note}\n\
             **Goal:** Stop the leak.\n\n## Task 1\n\n\
             - The seam: `src/runtime.ts:5` is the interface.\n\n\
             - [{box1}] Step 1: write the failing test\n\
             - [ ] Step 2: implement\n"
        )
    };
    let note = "> **For agentic workers:** REQUIRED SUB-SKILL: Use \
                superpowers:subagent-driven-development (recommended) or \
                superpowers:executing-plans to implement this plan task-by-task.\n";
    let repo = Repo::new();
    repo.write("src/runtime.ts", &code).commit_all();
    repo.write(
        "docs/superpowers/plans/2026-06-19-persistence-hygiene.md",
        plan(note, " "),
    )
    .write(
        "docs/superpowers/plans/2026-06-19-sampler-seam.md",
        plan(note, "x"),
    )
    .write(
        "docs/plans/2026-06-19-persistence-hygiene.md",
        plan("", " "),
    )
    .commit_all();
    repo.write("src/runtime.ts", format!("// header\n\n{code}"))
        .commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/shifted",
                "docs/plans/2026-06-19-persistence-hygiene.md",
                8,
                13,
                "src/runtime.ts"
            ),
            t(
                "citation/shifted",
                "docs/superpowers/plans/2026-06-19-sampler-seam.md",
                9,
                13,
                "src/runtime.ts"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
