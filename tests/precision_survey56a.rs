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

// --- evidence/missing-path: an evidence cell that says, in Italian, that
// the path is not there (MasterDD-L34D/Game's telemetry audit, a gap
// matrix row `| Dashboard live | NO | `docs/analytics/` dir non esiste. …`:
// the finding of the audit, judged false) ---

/// An Italian audit whose gap matrix has the row `row`.
fn gap_matrix(row: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Game\n")
        .write("tools/py/telemetry_analyze.py", "print('ok')\n")
        .write(
            "docs/reports/telemetry-audit.md",
            format!(
                "# Telemetry Viz Audit\n\n## Gap analysis matrix\n\n\
                 | Dimensione | Status | Evidence | Fix |\n\
                 |---|:---:|---|---|\n\
                 | Aggregation pipeline | YES | `tools/py/telemetry_analyze.py` 398 LOC | DuckDB |\n\
                 {row}\n"
            ),
        )
        .commit_all();
    repo
}

#[test]
fn an_evidence_cell_that_says_in_italian_the_folder_does_not_exist_is_silent() {
    for row in [
        "| Dashboard live | NO | `docs/analytics/` dir non esiste. Zero viz script | Observable Plot P0 |",
        "| Dashboard live | NO | `docs/analytics/` mancante | Observable Plot P0 |",
        "| Dashboard live | NO | `docs/analytics/` folder does not exist | Observable Plot P0 |",
    ] {
        let run = gap_matrix(row).check(&[]);
        assert_eq!(
            run.findings_of(&["evidence/missing-path"]),
            vec![],
            "{row}\n{}",
            run.dump()
        );
    }
}

/// Twin: a cell that says the folder exists, or was updated, is judged.
#[test]
fn an_evidence_cell_that_does_not_say_so_is_reported() {
    for row in [
        "| Dashboard live | NO | `docs/analytics/` dir esiste. Zero viz script | Observable Plot P0 |",
        "| Dashboard live | NO | `docs/analytics/` dir aggiornata | Observable Plot P0 |",
    ] {
        let run = gap_matrix(row).check(&[]);
        assert_eq!(
            run.findings_of(&["evidence/missing-path"]),
            vec![t(
                "evidence/missing-path",
                "docs/reports/telemetry-audit.md",
                8,
                25,
                "docs/analytics"
            )],
            "{row}\n{}",
            run.dump()
        );
    }
}

// --- link/missing-path: a link whose line says, in Italian, that its
// target comes later (MasterDD-L34D/Game's vertical slice plan, `OR
// [`enc_tutorial_03.yaml`](…) quando disponibile`: judged false) ---

/// A plan whose third step is `step`.
fn slice_plan(step: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Game\n")
        .write("docs/planning/encounters/enc_caverna_02.yaml", "id: 2\n")
        .write(
            "docs/playtest/VERTICAL_SLICE_PLAN.md",
            format!(
                "# Vertical slice plan\n\n\
                 1. [`enc_caverna_02.yaml`](../planning/encounters/enc_caverna_02.yaml) — difficulty 2/5\n\
                 {step}\n"
            ),
        )
        .commit_all();
    repo
}

#[test]
fn a_link_whose_line_says_when_available_is_silent() {
    for step in [
        "3. [`enc_tutorial_03.yaml`](../planning/encounters/enc_tutorial_03.yaml) quando disponibile — difficulty 3/5",
        "3. [`enc_tutorial_03.yaml`](../planning/encounters/enc_tutorial_03.yaml) when available — difficulty 3/5",
    ] {
        let run = slice_plan(step).check(&[]);
        assert_eq!(
            run.findings_of(&["link/missing-path"]),
            vec![],
            "{step}\n{}",
            run.dump()
        );
    }
}

/// Twin: the same link without the words is reported.
#[test]
fn a_link_without_the_words_is_reported() {
    let run = slice_plan(
        "3. [`enc_tutorial_03.yaml`](../planning/encounters/enc_tutorial_03.yaml) — difficulty 3/5",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "docs/playtest/VERTICAL_SLICE_PLAN.md",
            4,
            4,
            "docs/planning/encounters/enc_tutorial_03.yaml"
        )],
        "\n{}",
        run.dump()
    );
}

// --- generated documents: a generator's stamp in Italian
// (MasterDD-L34D/Game's `docs/generated/pr-summaries/`, each opening
// `_Generato automaticamente da `tools/py/daily_pr_report.py`._`, citing
// the files of its day: 6 citation findings judged false) ---

/// A daily PR summary whose third line is `stamp`, citing a file deleted
/// since.
fn pr_summary(stamp: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Game\n")
        .write("webapp/index.html", "<html></html>\n")
        .commit_all();
    repo.write(
        "docs/summaries/daily-pr-summary.md",
        format!(
            "# Daily PR Summary\n\n{stamp}\n\n- [x] Static builds resolve local assets【F:webapp/index.html†L1】\n"
        ),
    )
    .commit_all();
    repo.git(&["rm", "-q", "webapp/index.html"]);
    repo.commit_all();
    repo
}

#[test]
fn a_document_stamped_generated_in_italian_is_not_checked() {
    for stamp in [
        "_Generato automaticamente da `tools/py/daily_pr_report.py`._",
        "Generado automáticamente por `scripts/report.py`.",
        "<!-- File generato automaticamente: non modificare -->",
    ] {
        let run = pr_summary(stamp).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/missing-path"]),
            vec![],
            "{stamp}\n{}",
            run.dump()
        );
    }
}

/// Twin: the words said of a feature, mid-sentence, make no stamp.
#[test]
fn a_document_that_describes_a_generated_feature_is_checked() {
    let run = pr_summary("Il riepilogo viene generato automaticamente ogni sera dal workflow.")
        .check(&[]);
    assert_eq!(
        run.findings_of(&["citation/missing-path"]),
        vec![t(
            "citation/missing-path",
            "docs/summaries/daily-pr-summary.md",
            5,
            41,
            "webapp/index.html"
        )],
        "\n{}",
        run.dump()
    );
}

// --- generated documents: a paste of machine output (drdanielnutro/
// instagram_ads' `docs/log_erro.md`, a server log whose first line holds a
// megabyte of a scraped page's escaped HTML and minified JavaScript, where
// `e[$]("class")` reads as a link: 12 findings judged false) ---

/// A log whose first line is `first` (then a short traceback), with one
/// real link below.
fn error_log(first: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Ads\n")
        .write(
            "docs/log_erro.md",
            format!(
                "{first}\nINFO:root:Span exceeds limit\nTraceback (most recent call last):\n  File \"app/agent.py\", line 1305\nSee [the plan](plano.md).\n"
            ),
        )
        .commit_all();
    repo
}

/// `n` bytes of minified JavaScript holding link syntax.
fn minified(n: usize) -> String {
    let chunk =
        r#"K=function(e,t){if(!J(e,t)){e.setAttribute("class",(e[$]("class")||"").trim())}};"#;
    chunk.repeat(n / chunk.len() + 1)
}

#[test]
fn a_log_holding_a_script_on_one_line_is_not_checked() {
    let run = error_log(&minified(200 * 1024)).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a log whose long line is not most of it (a few kilobytes among
/// short lines) is checked, and its links are judged.
#[test]
fn a_log_with_short_lines_is_checked() {
    let run = error_log(&minified(2 * 1024)).check(&[]);
    let found = run.findings_of(&["link/missing-path"]);
    assert!(
        found.contains(&t(
            "link/missing-path",
            "docs/log_erro.md",
            5,
            5,
            "docs/plano.md"
        )),
        "\n{}",
        run.dump()
    );
}
