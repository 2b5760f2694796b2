//! Survey 56a: readiness and verification documents that carry Codex-style
//! citations (`【F:path†L10-L20】`): production-readiness reviews,
//! implementation audits, PR summaries, handoff notes and task reports
//! written by coding agents. False patterns found there, each beside its true
//! twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- link/missing-path, path/outside-repo: a link to a coding agent's
// memory on the author's machine (MasterDD-L34D/Game's handoff notes and
// skills link Claude Code's notes in `~/.claude/projects/<folder>/memory/`:
// 20 findings judged false) ---

/// A repository whose handoff note `docs/planning/handoff.md` holds `body`.
fn handoff(body: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Game\n")
        .write(".claude/agents/reviewer.md", "# Reviewer\n")
        .write("docs/guide/index.md", "# Guide\n")
        .write(
            "docs/planning/handoff.md",
            format!("# Session handoff\n\n{body}"),
        )
        .commit_all();
    repo
}

#[test]
fn a_link_to_the_agents_memory_on_the_authors_machine_is_silent() {
    let run = handoff(
        "- [feedback_workflow.md](~/.claude/projects/C--Users-me-Desktop-Game/memory/feedback_workflow.md) — 5 step process\n\
         - [Session recap](~/.claude/projects/.../memory/project_session_2026_05_06.md)\n\
         - [`reference_repos.md`](../../C--Users-me-Desktop-Game/memory/reference_repos.md)\n\
         - [`MEMORY.md`](~/.claude/projects/-Users-me-code-game/memory/MEMORY.md)\n\
         - [closure](../../../.claude/projects/C--Users-me-Desktop-Game/memory/project_closure.md)\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "path/outside-repo"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a link into the repository's own `.claude/`, a `memory/` folder of
/// another name, another path in the author's home, and a climb two levels
/// out are reported.
#[test]
fn a_link_to_another_missing_file_is_reported() {
    let run = handoff(
        "- [reviewer](../../.claude/agents/planner.md)\n\
         - [notes](../memory/notes.md)\n\
         - [plan](~/notes/plan.md)\n\
         - [closure](../../../../notes/project_closure.md)\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "path/outside-repo"]),
        vec![
            t(
                "link/missing-path",
                "docs/planning/handoff.md",
                3,
                3,
                ".claude/agents/planner.md"
            ),
            t(
                "link/missing-path",
                "docs/planning/handoff.md",
                4,
                3,
                "docs/memory/notes.md"
            ),
            t(
                "link/missing-path",
                "docs/planning/handoff.md",
                5,
                3,
                "docs/planning/~/notes/plan.md"
            ),
            t(
                "path/outside-repo",
                "docs/planning/handoff.md",
                6,
                3,
                "../../../../notes/project_closure.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
