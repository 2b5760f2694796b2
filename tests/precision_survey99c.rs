//! Survey 99c: documents citing code with Codex citations
//! (`【F:path†L10-L20】`) in repositories of 2025-2026, round 5: a frontend's
//! audits of its sync with a backend (Kobajeff/Kobatela_alpha_frontend), a
//! static site's audits and checklists (cxchajon/website-fish-keeper).
//! False patterns found there, each beside its true twin; exact findings,
//! the real binary, real git repositories.

mod common;

use common::{Repo, lines, t};

/// A repository whose `docs` cite `src/trigger.ts` lines 5-6, which a
/// later commit rewrites.
fn run_after(docs: &[(&str, String)]) -> common::Run {
    let repo = Repo::new();
    repo.write("src/trigger.ts", lines(10)).commit_all();
    docs.iter().for_each(|(path, text)| {
        repo.write(path, text);
    });
    repo.commit_all()
        .write(
            "src/trigger.ts",
            lines(10).replace("line 5\nline 6", "five\nsix"),
        )
        .commit_all()
        .check(&[])
}

/// An audit of one day whose title is `title`, with no task items.
fn audit(title: &str) -> String {
    format!(
        "# {title}\n\n## Executive summary\n\n\
         - Frontend types omit `psp_ref`.【F:src/trigger.ts†L5-L6】\n"
    )
}

/// Kobatela_alpha_frontend's `FRONTEND_BACKEND_SYNC_AUDIT_V1.md`, an audit
/// of 2026-01-01 whose findings the next days' work rewrote: a version after
/// the noun (`_AUDIT_V1`, `Audit v2`) numbers the document, which is still
/// a report of its day (survey 99c: 2 stale findings judged false). Twins:
/// the matrix beside it (`…_MATRIX_V1`, a living inventory of call sites,
/// judged true), and a bare number after the noun (`SYNC_AUDIT_2`, a round),
/// are judged.
#[test]
fn a_version_after_the_report_noun_still_names_a_report() {
    let docs = [
        (
            "docs/sync/FRONTEND_BACKEND_SYNC_AUDIT_V1.md",
            audit("FRONTEND_BACKEND_SYNC_AUDIT_V1"),
        ),
        ("docs/sync/notes.md", audit("Security Audit v2")),
        (
            "docs/sync/FRONTEND_BACKEND_SYNC_MATRIX_V1.md",
            audit("FRONTEND_BACKEND_SYNC_MATRIX_V1"),
        ),
        ("docs/sync/SYNC_AUDIT_2.md", audit("SYNC_AUDIT_2")),
    ];
    let run = run_after(&docs);
    let stale = |path: &'static str| t("citation/stale", path, 5, 33, "src/trigger.ts");
    assert_eq!(
        run.findings(),
        vec![
            stale("docs/sync/FRONTEND_BACKEND_SYNC_MATRIX_V1.md"),
            stale("docs/sync/SYNC_AUDIT_2.md"),
        ],
        "\n{}",
        run.dump()
    );
}

/// website-fish-keeper's `CHECKLIST.md`: a section headed by its day and
/// the kind of audit it was (`## Verification — 2025-10-20 (Targeted
/// Audit)`) records the code of that day; `Targeted` there is no due date
/// (survey 99c: 15 citation findings judged false). Twin: a section headed
/// by the day work is due (`Targeted: 2025-10-20`) is a plan, and judged.
#[test]
fn a_section_dated_as_a_targeted_audit_is_a_record_of_its_day() {
    let checklist = |heading: &str| {
        format!(
            "# Checklist\n\n- [ ] Ship the store page\n\n## {heading}\n\n\
             - Trigger reads `psp_ref`.【F:src/trigger.ts†L5-L6】\n"
        )
    };
    let run = run_after(&[
        (
            "CHECKLIST.md",
            checklist("Verification — 2025-10-20 (Targeted Audit)"),
        ),
        ("PLAN.md", checklist("Verification — Targeted: 2025-10-20")),
    ]);
    assert_eq!(
        run.findings_of(&["citation/stale", "citation/shifted"]),
        [t("citation/stale", "PLAN.md", 7, 27, "src/trigger.ts")],
        "\n{}",
        run.dump()
    );
}
