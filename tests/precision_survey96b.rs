//! Survey 96b: Russian-, Ukrainian- and Polish-language project documents
//! written by coding agents (360AYA25/ClaudeN8N's orchestration plans,
//! RobertB1978/majster-ai-oferty's Polish audits and status trackers,
//! GrinRus/ai_driven_dev). False patterns found there, each beside its true
//! twin; exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a read-only audit whose opening lines pin the SHA its line numbers
// were read at (majster-ai-oferty's `ACCEPTANCE_FLOW_MAP_2026-04-04.md`:
// `> SHA: `75bd718…``, 8 shifted and 1 stale findings judged false) ---

/// A repository whose document `doc_path` (`doc`) cites line 3 of
/// `src/app.ts`, written on `written`; on `moved` two lines are inserted at
/// the top of the code, the cited line unchanged.
fn cited_then_moved(doc_path: &str, doc: String, written: &str, moved: &str) -> Repo {
    const CODE: &str =
        "import a from 'a';\nconst x = 1;\nexport const route = '/offer/:token';\nconst y = 2;\n";
    let repo = Repo::new();
    repo.write("src/app.ts", CODE).write(doc_path, doc);
    repo.commit_on(written);
    repo.write("src/app.ts", format!("// header\n// more header\n{CODE}"));
    repo.commit_on(moved);
    repo
}

/// An acceptance-flow map citing `src/app.ts:3`, written with `pin` among
/// its opening lines; two lines are then inserted at the top of the code.
fn flow_map(pin: &str) -> Repo {
    cited_then_moved(
        "docs/FLOW_MAP.md",
        format!(
            "# Acceptance flow map\n\n> **READ-ONLY AUDIT**\n{pin}\n\nThe public route is defined in `src/app.ts:3`.\n"
        ),
        "2026-04-04",
        "2026-04-10",
    )
}

#[test]
fn an_audit_pinned_to_a_sha_keeps_its_line_numbers() {
    let run = flow_map("> SHA: `75bd71847df55d7f6c62e0f545bdb82f87969bf4`").check(&[]);
    assert_eq!(run.findings_of(&["citation/"]), vec![], "\n{}", run.dump());
}

/// Twin: a checksum's `SHA256:` names no commit: the moved line is
/// reported.
#[test]
fn a_checksum_is_no_pinned_commit() {
    let run =
        flow_map("> SHA256: `9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08`")
            .check(&[]);
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![t(
            "citation/shifted",
            "docs/FLOW_MAP.md",
            6,
            32,
            "src/app.ts"
        )],
        "\n{}",
        run.dump()
    );
}

// --- an evidence cell that says, in Polish or Russian, that the path is
// absent (majster-ai-oferty's production audit: `Brak
// `.github/CODEOWNERS``, 1 finding judged false) ---

fn audit(proof: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# App\n")
        .write(".github/workflows/ci.yml", "name: ci\n")
        .write(
        "AUDIT.md",
        format!(
            "# Audyt produkcyjny\n\n| ID | Area | Finding | Proof | Impact |\n|----|------|---------|-------|--------|\n| M-04 | CI/CD | Brak dokumentacji branch protection | {proof} | Single maintainer risk |\n"
        ),
    );
    repo.commit_all();
    repo
}

#[test]
fn a_path_the_cell_says_is_missing_in_polish_is_no_finding() {
    for proof in [
        "Brak `.github/CODEOWNERS`",
        "brak pliku `.github/CODEOWNERS`",
        "нет файла `.github/CODEOWNERS`",
        "`.github/CODEOWNERS` nie istnieje",
        "`.github/CODEOWNERS` не існує",
    ] {
        let run = audit(proof).check(&[]);
        assert_eq!(
            run.findings_of(&["evidence/"]),
            vec![],
            "{proof}\n{}",
            run.dump()
        );
    }
}

/// Twin: `Zobacz` (see) names a file that should exist: reported.
#[test]
fn a_path_the_cell_points_to_is_still_judged() {
    let run = audit("Zobacz `.github/CODEOWNERS`").check(&[]);
    assert_eq!(
        run.findings_of(&["evidence/"]),
        vec![t(
            "evidence/missing-path",
            "AUDIT.md",
            5,
            63,
            ".github/CODEOWNERS"
        )],
        "\n{}",
        run.dump()
    );
}

// --- a record of fixes made, headed in Polish (majster-ai-oferty's
// `docs/DOCS_INDEX.md`: `## Sprzeczności Naprawione w PR#699`, the lines
// each fix touched; 1 shifted finding judged false) ---

/// A documentation index whose section `heading` lists a fix at
/// `src/app.ts:3`; two lines are then inserted at the top of the code.
fn fixes_index(heading: &str) -> Repo {
    cited_then_moved(
        "docs/DOCS_INDEX.md",
        format!(
            "# Indeks dokumentacji\n\n## {heading}\n\n| ID | Plik | Naprawa |\n|----|------|---------|\n| C-02 | `src/app.ts:3` | Zaktualizowano trasę |\n"
        ),
        "2026-04-14",
        "2026-04-20",
    )
}

#[test]
fn a_record_of_fixes_headed_in_polish_or_russian_keeps_its_numbers() {
    for heading in [
        "Sprzeczności Naprawione w PR#699",
        "Wprowadzone zmiany",
        "Внесённые изменения",
        "Що виправлено",
    ] {
        let run = fixes_index(heading).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/"]),
            vec![],
            "{heading}\n{}",
            run.dump()
        );
    }
}

/// Twin: contradictions still to fix (`do naprawienia`) are work to come:
/// the moved line is reported.
#[test]
fn fixes_to_come_are_still_judged() {
    let run = fixes_index("Sprzeczności do naprawienia w PR#699").check(&[]);
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![t(
            "citation/shifted",
            "docs/DOCS_INDEX.md",
            7,
            10,
            "src/app.ts"
        )],
        "\n{}",
        run.dump()
    );
}

// --- evidence/missing-for-done: an `Evidence ID` column names the row's
// identifier in an evidence register (majster-ai-oferty's
// `docs/mvp-gate/TRACEABILITY_MATRIX.md`: baseline rows say `N/A` there and
// name their test file in `Test File`), not the evidence ---

fn traceability(id_header: &str) -> Repo {
    let repo = Repo::new();
    repo.write("e2e/smoke.spec.ts", "test('landing', () => {});\n")
        .write(
            "docs/matrix.md",
            format!(
                "# MVP Gate Traceability Matrix\n\n\
                 | {id_header} | Tracker ID | Test File | Status |\n\
                 |---|---|---|---|\n\
                 | E-001-P0-001 | MVP-QE-001 | e2e/smoke.spec.ts | ✅ FIXED |\n\
                 | N/A | MVP-SMOKE-001 | e2e/smoke.spec.ts | ✅ DONE |\n"
            ),
        )
        .commit_all();
    repo
}

#[test]
fn an_evidence_id_column_is_no_evidence() {
    let run = traceability("Evidence ID").check(&[]);
    assert!(
        run.findings_of(&["evidence/missing-for-done", "evidence/missing-path"])
            .is_empty(),
        "\n{}",
        run.dump()
    );
}

/// The twin: a plain `Evidence` column of the same table is the evidence, and
/// a done row that says `N/A` there has none.
#[test]
fn an_evidence_column_of_the_same_matrix_is_judged() {
    let run = traceability("Evidence").check(&[]);
    assert_eq!(
        run.findings_of(&["evidence/missing-for-done"]),
        [t("evidence/missing-for-done", "docs/matrix.md", 6, 1, "")],
        "\n{}",
        run.dump()
    );
}
