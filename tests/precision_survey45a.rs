//! Patterns of survey 45a (agent-written implementation notes and audits
//! citing code with Codex citations, `【F:path†L10-L20】`): a record of
//! changes already made headed in Spanish, Portuguese or French
//! (`## 4) Implementación realizada`).
//! Exact findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// A note citing `src/trigger.ts` lines 5-6 under `heading`, then `extra`.
fn note(heading: &str, extra: &str) -> String {
    format!(
        "# Detección de tareas listas y envío de email\n\n\
         ## 1) Auditoría del pipeline actual\n\n\
         - El trigger es async.【F:src/trigger.ts†L5-L6】\n\n\
         ## {heading}\n\n\
         - Hook tras insertar tareas.【F:src/trigger.ts†L5-L6】\n{extra}"
    )
}

/// A repository whose notes are written (`docs`), then whose
/// `src/trigger.ts` is rewritten by `change`.
fn run_after(docs: &[(&str, String)], change: impl Fn(&str) -> String) -> common::Run {
    run_after_edits(docs, &[], change)
}

/// [`run_after`]; `later`: documents rewritten in a commit of their own
/// before the code changes (a list worked after it was written).
fn run_after_edits(
    docs: &[(&str, String)],
    later: &[(&str, String)],
    change: impl Fn(&str) -> String,
) -> common::Run {
    let code: String = (1..=10)
        .map(|i| format!("export function step{i}() {{ return {i}; }}\n"))
        .collect();
    let repo = Repo::new();
    repo.write("src/trigger.ts", &code).commit_all();
    for (path, text) in docs {
        repo.write(path, text);
    }
    repo.commit_all();
    if !later.is_empty() {
        for (path, text) in later {
            repo.write(path, text);
        }
        repo.commit_all();
    }
    repo.write("src/trigger.ts", change(&code)).commit_all();
    repo.check(&["--select", "citation/"])
}

/// innerbloomv3's `docs/ai-taskgen-ready-email.md`, written once with the
/// pull request that added the hook, records under `## 4) Implementación
/// realizada` ("implementation carried out") the lines that commit wrote
/// (survey 45a: 1 stale and 2 shifted findings judged false), as an English
/// fix summary does under `## Changes Made`. Portuguese and French put the
/// participle after the noun alike. Twins: the note's own audit of the
/// pipeline (section 1, a present-tense claim), the same citation under
/// `## 4) Implementación propuesta` (work to come), and under the carried
/// out heading in a note that still holds an open task item.
#[test]
fn a_spanish_implementation_carried_out_records_its_commit() {
    let docs = [
        ("docs/a.md", note("4) Implementación realizada", "")),
        ("docs/b.md", note("Alterações realizadas", "")),
        ("docs/c.md", note("Modifications apportées", "")),
        ("docs/d.md", note("4) Implementación propuesta", "")),
        (
            "docs/e.md",
            note(
                "4) Implementación realizada",
                "\n## 5) Cómo testear\n\n- [ ] Probar el envío\n",
            ),
        ),
    ];
    // Columns: the citation on the audit's line (5) and on the record's (9).
    let col = |line: u64| if line == 5 { 23 } else { 29 };
    let shifted = |path: &'static str, line: u64| {
        t("citation/shifted", path, line, col(line), "src/trigger.ts")
    };
    let run = run_after(&docs, |code| format!("// header\n\n{code}"));
    assert_eq!(
        run.findings(),
        vec![
            shifted("docs/a.md", 5),
            shifted("docs/b.md", 5),
            shifted("docs/c.md", 5),
            shifted("docs/d.md", 5),
            shifted("docs/d.md", 9),
            shifted("docs/e.md", 5),
            shifted("docs/e.md", 9),
        ],
        "\n{}",
        run.dump()
    );

    // The cited lines rewritten in place: stale, judged alike.
    let stale = |path: &'static str, line: u64| {
        t("citation/stale", path, line, col(line), "src/trigger.ts")
    };
    let run = run_after(&docs, |code| {
        code.replace("return 5;", "return 50;")
            .replace("return 6;", "return 60;")
    });
    assert_eq!(
        run.findings(),
        vec![
            stale("docs/a.md", 5),
            stale("docs/b.md", 5),
            stale("docs/c.md", 5),
            stale("docs/d.md", 5),
            stale("docs/d.md", 9),
            stale("docs/e.md", 5),
            stale("docs/e.md", 9),
        ],
        "\n{}",
        run.dump()
    );
}

/// ai_trader's `doc/expert_audit_2025.md`, a Russian audit stamped
/// `**Дата аудита**: 2025-11-27` and committed once, whose boxes are its
/// roadmap of follow-ups, nobody has marked one, points at the code of its
/// day (`**Файл**: `routers/trading.py:49-100``; survey 45a: 1 shifted
/// finding judged false). Its file name ends with the year after the noun,
/// and a year or a date there says when the audit was made. Twins: the
/// same audit with a box ticked in a later commit (a worked list), a dated document whose
/// name names no report (`expert_notes_2025.md`) or ends with a bare number
/// (`audit_2.md`), and a title whose number names a round, `# Architecture
/// Review 2 — Issues Tracker` (townlet, survey 40a: a living tracker).
#[test]
fn a_report_name_ending_with_a_year_still_names_a_report() {
    let audit = |boxes: &str| {
        format!(
            "# 🎯 ЭКСПЕРТНЫЙ АУДИТ AI-ТРЕЙДЕРА\n\n**Дата аудита**: 2025-11-27\n\n\
             ## Производительность\n\n**Файл**: `src/trigger.ts:5-6`\n\n\
             ## План\n\n{boxes}- [ ] Добавить кэширование\n"
        )
    };
    let docs = [
        ("doc/expert_audit_2025.md", audit("")),
        ("doc/security_audit_2025_11_27.md", audit("")),
        (
            "doc/worked/expert_audit_2025.md",
            audit("- [ ] Удалить ключи\n"),
        ),
        ("doc/expert_notes_2025.md", audit("")),
        ("doc/audit_2.md", audit("")),
        (
            "doc/issues.md",
            "# Architecture Review 2 — Issues Tracker\n\n\
             ## Open\n\n**Файл**: `src/trigger.ts:5-6`\n"
                .to_string(),
        ),
    ];
    // The worked audit: a box ticked after it was written.
    let later = [(
        "doc/worked/expert_audit_2025.md",
        audit("- [x] Удалить ключи\n"),
    )];
    let run = run_after_edits(&docs, &later, |code| format!("// header\n\n{code}"));
    let shifted = |path: &'static str| t("citation/shifted", path, 7, 11, "src/trigger.ts");
    assert_eq!(
        run.findings(),
        vec![
            shifted("doc/audit_2.md"),
            shifted("doc/expert_notes_2025.md"),
            t("citation/shifted", "doc/issues.md", 5, 11, "src/trigger.ts"),
            shifted("doc/worked/expert_audit_2025.md"),
        ],
        "\n{}",
        run.dump()
    );
}
