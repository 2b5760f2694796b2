//! Patterns of survey 74c (readiness trackers and phase notes written by
//! coding agents, citing code with Codex citations, `【F:path†L10-L20】`):
//! a phase summary's record of changes headed `## Implemented Changes`.
//! Exact findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// A phase note citing `src/lib.rs` lines 5-6 in its objective (a
/// present-tense claim, line 5) and under `heading` (line 9).
fn note(heading: &str) -> String {
    format!(
        "# PR A — Phase 4: IPC Entry Point Hardening\n\n\
         ## Objective\n\n\
         Every IPC command validates first.【F:src/lib.rs†L5-L6】\n\n\
         ## {heading}\n\n\
         - Reused the shared guard helper.【F:src/lib.rs†L5-L6】\n"
    )
}

/// The code the notes cite: ten one-line functions.
fn code() -> String {
    (1..=10)
        .map(|i| format!("pub fn step{i}() -> u32 {{ {i} }}\n"))
        .collect()
}

/// Commits `src/lib.rs` as `text` on top of the notes and checks the
/// citations, then drops that commit again so the next edit starts from
/// the notes.
fn check_edit(repo: &Repo, text: String) -> common::Run {
    repo.write("src/lib.rs", text).commit_all();
    let run = repo.check(&["--select", "citation/"]);
    repo.git(&["reset", "-q", "--hard", "HEAD~1"]);
    run
}

/// Arklowdun's `docs/prA_phase4_ipc_entrypoints.md` records under `##
/// Implemented Changes` the lines the phase's commit wrote (survey 74c: 1
/// stale and 2 shifted findings judged false), as a fix summary does under
/// `## Changes Made`. Twins: the note's objective (a present-tense claim)
/// and the same citation under `## Planned Changes` (work to come) are
/// still reported.
#[test]
fn a_phase_notes_implemented_changes_record_its_commit() {
    let repo = Repo::new();
    repo.write("src/lib.rs", code()).commit_all();
    repo.write("docs/a.md", note("Implemented Changes"))
        .write("docs/b.md", note("Planned Changes"))
        .commit_all();
    // Columns: the citation on the objective's line (5) and on the record's (9).
    let col = |line: u64| if line == 5 { 35 } else { 34 };
    let shifted =
        |path: &'static str, line: u64| t("citation/shifted", path, line, col(line), "src/lib.rs");
    let run = check_edit(&repo, format!("// header\n\n{}", code()));
    assert_eq!(
        run.findings(),
        vec![
            shifted("docs/a.md", 5),
            shifted("docs/b.md", 5),
            shifted("docs/b.md", 9),
        ],
        "\n{}",
        run.dump()
    );

    // The cited lines rewritten in place: stale, judged alike.
    let stale =
        |path: &'static str, line: u64| t("citation/stale", path, line, col(line), "src/lib.rs");
    let edited = code().replace("{ 5 }", "{ 50 }").replace("{ 6 }", "{ 60 }");
    let run = check_edit(&repo, edited);
    assert_eq!(
        run.findings(),
        vec![
            stale("docs/a.md", 5),
            stale("docs/b.md", 5),
            stale("docs/b.md", 9),
        ],
        "\n{}",
        run.dump()
    );
}
