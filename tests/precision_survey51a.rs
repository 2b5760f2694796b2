//! Survey 51a: readiness trackers written by coding agents (Codex, Claude,
//! Cursor, Copilot) in 2025–2026 application repositories:
//! `PRODUCTION_READINESS.md`, `LAUNCH_CHECKLIST.md`, `docs/*READINESS*.md`,
//! `*_STATUS.md`, with `【F:path†Lx-Ly】` or `path:line` citations, Evidence
//! columns and ✅/⚠️/❌ status cells. False patterns found there, each
//! beside its true twin; exact findings, the real binary, real git
//! repositories.

mod common;

use common::{Repo, lines, t};

// --- citation/missing-path: Prettier escapes `_` in prose, so a Codex
// citation reads `【F:server/\_core/context.ts†L11-L139】`, which GitHub
// renders as `server/_core/context.ts` (EvanTenenbaum/TERP's audits: 5
// findings judged false) ---

/// A repository with `server/_core/context.ts` (20 lines) and notes
/// whose body is `body`.
fn escaped(body: &str) -> Repo {
    let repo = Repo::new();
    repo.write("server/_core/context.ts", lines(20))
        .write(
            "docs/audits/CODE_REVIEW.md",
            format!("# Auth Notes\n\n{body}"),
        )
        .commit_all();
    repo
}

#[test]
fn a_prettier_escaped_underscore_names_the_file() {
    let run =
        escaped("- `createContext` adds a demo user.【F:server/\\_core/context.ts†L11-L19】\n")
            .check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: the escaped path of a file that is not there is reported (under
/// the name GitHub shows), and a range past the end of the escaped file is
/// `citation/line-range`: the citation is read as that file.
#[test]
fn an_escaped_citation_is_still_judged() {
    let run = escaped(
        "- Gone.【F:server/\\_core/trpc.ts†L1-L5】\n- Too far.【F:server/\\_core/context.ts†L11-L40】\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/missing-path",
                "docs/audits/CODE_REVIEW.md",
                3,
                8,
                "server/_core/trpc.ts"
            ),
            t(
                "citation/line-range",
                "docs/audits/CODE_REVIEW.md",
                4,
                11,
                "server/_core/context.ts"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-path: `artifacts/**/*.png` under `# Generated artifacts
// (preserve structure but not content)`, the folder kept by
// `artifacts/.gitkeep`: the simulation plots a visual guide links are what
// the simulations write (Shannon-Labs/davinci-codex: 12 findings judged
// false) ---

/// A repository ignoring `artifacts/**/*.png`, keeping `artifacts/` by a
/// `.gitkeep` when `kept`, whose guide links a plot and a page below it.
fn outputs(kept: bool) -> Repo {
    let repo = Repo::new();
    repo.write(
        ".gitignore",
        "# Generated artifacts (preserve structure but not content)\nartifacts/**/*.png\n!artifacts/.gitkeep\n",
    )
    .write("artifacts/rotor/cad/build.txt", "built\n")
    .write(
        "docs/visual_guides.md",
        "# Visual Guides\n\n- **Visual**: [Rotor](../artifacts/rotor/sim/performance.png)\n- **Notes**: [Run notes](../artifacts/rotor/sim/notes.md)\n",
    );
    if kept {
        repo.write("artifacts/.gitkeep", "");
    }
    repo.commit_all();
    repo
}

#[test]
fn a_plot_below_a_kept_output_folder_is_a_build_output() {
    let run = outputs(true).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "docs/visual_guides.md",
            4,
            14,
            "artifacts/rotor/sim/notes.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: without the `.gitkeep` nothing says a build fills the folder, and
/// the plot is reported too.
#[test]
fn a_plot_below_a_folder_git_does_not_keep_is_reported() {
    let run = outputs(false).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "docs/visual_guides.md",
                3,
                15,
                "artifacts/rotor/sim/performance.png"
            ),
            t(
                "link/missing-path",
                "docs/visual_guides.md",
                4,
                14,
                "artifacts/rotor/sim/notes.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- citation/shifted, citation/stale: a report whose title qualifies the
// noun in parentheses (`# TERP Consolidated QA Synthesis Report (Executive
// + Technical) — Third-Party Redhat Revision`: 4 findings judged false), and
// a root cause analysis (`# Root Cause Analysis - Issue #45`, the `rca`
// command of an agent's PIV loop: gpt153/project-orchestrator, 6 findings
// judged false) record the code of their day ---

/// A repository whose `path` (titled `title`, no task items) cites
/// `src/feed.py:3-4`; then two lines are inserted above the cited ones.
fn record(path: &str, title: &str) -> Repo {
    let repo = Repo::new();
    repo.write("src/feed.py", lines(10))
        .write(
            path,
            format!("# {title}\n\n**Issue**: the feed shows nothing.\n\n**Evidence**: `src/feed.py:3-4` compares UUIDs.\n"),
        )
        .commit_all();
    repo.write("src/feed.py", format!("import a\nimport b\n{}", lines(10)))
        .commit_all();
    repo
}

#[test]
fn a_report_qualified_in_parentheses_records_its_day() {
    let run = record(
        "docs/reports/QA_SYNTHESIS.md",
        "QA Synthesis Report (Executive + Technical) — Third-Party Revision",
    )
    .check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

#[test]
fn a_root_cause_analysis_records_its_day() {
    let run = record(
        ".agents/rca-reports/rca-report-2.md",
        "Root Cause Analysis - Issue #45",
    )
    .check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: the same citation under a title that names no report (a synthesis,
/// an analysis of another kind) is a living document's, and is reported.
#[test]
fn a_citation_of_a_document_that_names_no_report_is_reported() {
    for (path, title) in [
        (
            "docs/reports/QA_SYNTHESIS.md",
            "QA Synthesis (Executive + Technical) — Third-Party Revision",
        ),
        (
            ".agents/rca-reports/rca-report-2.md",
            "Performance Analysis - Issue #45",
        ),
    ] {
        let run = record(path, title).check(&[]);
        assert_eq!(
            run.findings(),
            vec![t("citation/shifted", path, 5, 15, "src/feed.py")],
            "{title}\n{}",
            run.dump()
        );
    }
}

// --- table/duplicate-key: `M-01` and `m-01` are a major and a minor
// defect of an E2E fix roadmap's severity scheme (EvanTenenbaum/TERP: 2
// findings judged false) ---

fn roadmap(second: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docs/roadmaps/E2E_FIX_ROADMAP.md",
        format!(
            "# E2E Fix Roadmap\n\n- [x] Triage failures\n- [ ] Re-run suite\n\n\
             | Issue | Page | Problem | Status |\n| --- | --- | --- | --- |\n\
             | C-01 | Clients | Archive on view | ✅ Complete |\n\
             | M-01 | Calendar | Database error | ✅ Complete |\n\
             | {second} | Search | Double search | 🔄 In progress |\n"
        ),
    )
    .commit_all();
    repo
}

#[test]
fn ids_told_apart_by_case_are_two_keys() {
    let run = roadmap("m-01").check(&[]);
    assert_eq!(
        run.findings_of(&["table/duplicate-key"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same ID written twice is one key written twice.
#[test]
fn an_id_written_twice_alike_is_a_duplicate() {
    let run = roadmap("M-01").check(&[]);
    assert_eq!(
        run.findings_of(&["table/duplicate-key"]),
        vec![t(
            "table/duplicate-key",
            "docs/roadmaps/E2E_FIX_ROADMAP.md",
            10,
            1,
            ""
        )],
        "\n{}",
        run.dump()
    );
}

// --- every rule: a backup copy an agent saved before rewriting a tracker,
// named for it and the day (`MASTER_ROADMAP_BACKUP_20260108.md` beside
// `MASTER_ROADMAP.md`), is a snapshot nobody maintains (EvanTenenbaum/TERP:
// 4 findings judged false) ---

const ROADMAP: &str =
    "# Master Roadmap\n\n- [x] **BUG-034**: Pagination\n  - [ ] Orders endpoint\n";

#[test]
fn a_dated_backup_copy_is_not_checked() {
    let repo = Repo::new();
    repo.write("docs/roadmaps/MASTER_ROADMAP_BACKUP_20260108.md", ROADMAP)
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
    assert_eq!(run.files_checked(), 0, "\n{}", run.dump());
}

/// Twin: the tracker itself, and a document about backups, are checked.
#[test]
fn a_tracker_named_for_backups_is_checked() {
    for path in ["docs/roadmaps/MASTER_ROADMAP.md", "docs/ops/BACKUP_PLAN.md"] {
        let repo = Repo::new();
        repo.write(path, ROADMAP).commit_all();
        let run = repo.check(&[]);
        assert_eq!(
            run.findings(),
            vec![t("task/checked-parent-open-child", path, 3, 1, "")],
            "{path}\n{}",
            run.dump()
        );
    }
}

// --- link/missing-path: a coding agent's instruction file in its folder at
// the root (`.cursor/claude.md`) is read by the agent from the workspace
// root, so its links name files from there (JustineDevs/Hyperkit-Agent: 13
// links judged false, reported as one finding) ---

/// A repository with `.agent/llm.md` at the root, and `links` in `path`.
fn instructions(path: &str, links: &str) -> Repo {
    let repo = Repo::new();
    repo.write(".agent/llm.md", "# LLM\n")
        .write(".cursor/rules/follow.mdc", "rules\n")
        .write(path, format!("# Agent Configuration\n\n{links}"))
        .commit_all();
    repo
}

#[test]
fn an_agent_instruction_file_links_from_the_workspace_root() {
    let run = instructions(
        ".cursor/claude.md",
        "- **[LLM Integration](.agent/llm.md)** - models\n- **[Follow Rules](.cursor/rules/follow.mdc)** - rules\n",
    )
    .check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: a link that names no file from the root either is reported there,
/// and the same root-written link in a page people read rendered is too.
#[test]
fn a_root_written_link_elsewhere_or_to_nothing_is_reported() {
    let run = instructions(
        ".cursor/claude.md",
        "- **[Gone](.agent/gone.md)** - removed\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            ".cursor/claude.md",
            3,
            5,
            ".cursor/.agent/gone.md"
        )],
        "\n{}",
        run.dump()
    );
    let run = instructions(
        "docs/agents.md",
        "- **[LLM Integration](.agent/llm.md)** - models\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "docs/agents.md",
            3,
            5,
            "docs/.agent/llm.md"
        )],
        "\n{}",
        run.dump()
    );
}

// --- citation/stale: an agent's task prompt (`docs/prompts/SEC-018.md`)
// whose task the roadmap ticks off (`| SEC-018 | … | ✅ COMPLETE (Jan 12-14,
// 2026) | 2h | `docs/prompts/SEC-018.md` |`) describes the code the task was
// about to change: the task's own fix changed the cited line
// (EvanTenenbaum/TERP: 10 findings judged false) ---

/// A repository whose roadmap row `row` names the prompt of task SEC-018,
/// which cites `server/adminSetup.ts:3`; then the task's fix edits line 3.
fn prompt(row: &str) -> Repo {
    let repo = Repo::new();
    repo.write("server/adminSetup.ts", lines(10))
        .write(
            "docs/prompts/SEC-018.md",
            "# SEC-018: Remove Hardcoded Admin Setup Key Fallback\n\n\
             The admin setup endpoint at `server/adminSetup.ts:3` contains a hardcoded fallback key.\n",
        )
        .write(
            "docs/roadmaps/MASTER_ROADMAP.md",
            format!(
                "# Master Roadmap\n\n| Task | Description | Priority | Status | Est | Prompt |\n\
                 | --- | --- | --- | --- | --- | --- |\n{row}\n"
            ),
        )
        .commit_all();
    repo.write(
        "server/adminSetup.ts",
        lines(10).replace("line 3\n", "const key = requireEnv();\n"),
    )
    .commit_all();
    repo
}

#[test]
fn the_prompt_of_a_task_the_roadmap_ticks_off_records_its_day() {
    let run = prompt(
        "| SEC-018 | Remove key fallback | HIGH | ✅ COMPLETE (Jan 12-14, 2026) | 2h | `docs/prompts/SEC-018.md` |",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["citation/stale", "citation/shifted"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a task still under way, and a row of another task naming the
/// document (a guide a task wrote), leave the prompt judged.
#[test]
fn the_prompt_of_an_open_task_is_judged() {
    for row in [
        "| SEC-018 | Remove key fallback | HIGH | 🔄 IN PROGRESS | 2h | `docs/prompts/SEC-018.md` |",
        "| DOC-002 | Write the security prompts | LOW | ✅ COMPLETE | 1h | `docs/prompts/SEC-018.md` |",
    ] {
        let run = prompt(row).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/stale", "citation/shifted"]),
            vec![t(
                "citation/stale",
                "docs/prompts/SEC-018.md",
                3,
                29,
                "server/adminSetup.ts"
            )],
            "{row}\n{}",
            run.dump()
        );
    }
}
