//! Dates of the eleventh survey (six repositories none of the tests held):
//! inventario's Spanish change log, agent guide and README date their
//! sections `(02/11/2025 16:40 UTC)` and `— 20/10/2025`, which the date
//! reader took for no date at all (≈ 60 false `citation/stale`,
//! `citation/missing-path`); and its change-log entries under dated (not
//! version) headings were `citation/shifted`. Each false positive stands next
//! to its true-positive twin, with exact findings; the real binary runs in
//! real git repositories with fixed commit dates.

mod common;

use common::{Repo, git_cmd, t};

/// `git add -A` and a commit dated `date` (author and committer).
fn commit_at(repo: &Repo, date: &str) {
    repo.git(&["add", "-A"]);
    let out = git_cmd(repo.path())
        .args(["commit", "-q", "-m", date])
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .output()
        .unwrap_or_else(|e| panic!("cannot run git commit: {e}"));
    assert!(
        out.status.success(),
        "git commit failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// One entry citing a file deleted later and two lines changed later.
const ENTRY: &str =
    "- La suite valida la caché.【F:gone.py†L1-L1】 El reintento está limitado.【F:a.py†L2-L3】\n";

// --- F1: a section dated `DD/MM/YYYY`, `D.M.YYYY`, `DD-MM-YYYY` or with a
// month's name records its day, as an ISO-dated one does; an undated section
// (a living description of the code) is judged ---

#[test]
fn sections_dated_day_month_year_record_their_day_but_an_undated_one_is_judged() {
    let repo = Repo::new();
    repo.write("a.py", "l1\nl2\nl3\nl4\n")
        .write("gone.py", "x\n");
    commit_at(&repo, "2025-10-01T00:00:00Z");
    let sections = [
        "## Actualización Interfaz - Parte 2 (02/11/2025 16:40 UTC)",
        "## Preparación base — 20/10/2025",
        "## Abnahme Oberfläche (2.11.2025)",
        "## Cierre de iteración 20-10-2025",
        "## Interface update, November 2, 2025",
        "## Actualización Interfaz - Parte 3 (2025-11-02)",
    ];
    let mut log = String::from("# Bitácora de cambios\n");
    for s in sections {
        log.push_str(&format!("\n{s}\n\n{ENTRY}"));
    }
    // A list item opening with its date, under an undated heading.
    log.push_str(&format!("\n## Notas\n\n- 02/11/2025: {}", &ENTRY[2..]));
    repo.write("CHANGELOG.md", &log).write(
        "STATUS.md",
        format!("# Estado actual\n\n## Capacidades implementadas\n\n{ENTRY}"),
    );
    commit_at(&repo, "2025-11-02T00:00:00Z");
    repo.git(&["rm", "-q", "gone.py"]);
    repo.write("a.py", "l1\nL2\nL3\nl4\n");
    commit_at(&repo, "2025-12-01T00:00:00Z");

    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t("citation/missing-path", "STATUS.md", 5, 28, "gone.py"),
            t("citation/stale", "STATUS.md", 5, 73, "a.py"),
        ],
        "\n{}",
        run.dump()
    );
}

#[test]
fn a_numeric_date_needs_a_day_a_month_and_a_four_digit_year() {
    // Not dates: a version glued to a letter, a fraction of a page range,
    // a month 13, a two-digit year. The sections are judged like undated ones.
    let repo = Repo::new();
    repo.write("a.py", "l1\nl2\nl3\nl4\n")
        .write("gone.py", "x\n");
    commit_at(&repo, "2025-10-01T00:00:00Z");
    let sections = [
        "## Release v1.2.2025",
        "## Tabla 13/13/2025",
        "## Preparación base — 20/10/25",
    ];
    let mut log = String::from("# Estado\n");
    for s in sections {
        log.push_str(&format!("\n{s}\n\n{ENTRY}"));
    }
    repo.write("STATUS.md", &log);
    commit_at(&repo, "2025-11-02T00:00:00Z");
    repo.git(&["rm", "-q", "gone.py"]);
    repo.write("a.py", "l1\nL2\nL3\nl4\n");
    commit_at(&repo, "2025-12-01T00:00:00Z");

    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t("citation/missing-path", "STATUS.md", 5, 28, "gone.py"),
            t("citation/stale", "STATUS.md", 5, 73, "a.py"),
            t("citation/missing-path", "STATUS.md", 9, 28, "gone.py"),
            t("citation/stale", "STATUS.md", 9, 73, "a.py"),
            t("citation/missing-path", "STATUS.md", 13, 28, "gone.py"),
            t("citation/stale", "STATUS.md", 13, 73, "a.py"),
        ],
        "\n{}",
        run.dump()
    );
}

// --- F6: an entry of a change log under a dated heading is history, as one
// under a version heading is: nobody renumbers it. A living README, and an
// entry of the change log under an undated heading, still shift ---

#[test]
fn change_log_entries_under_dated_headings_do_not_shift_but_living_text_does() {
    let repo = Repo::new();
    let tests: String = (1..=50).map(|i| format!("test {i}\n")).collect();
    repo.write("test_backups.py", &tests);
    commit_at(&repo, "2025-10-01T00:00:00Z");
    let entry = "- Pruebas de respaldo cubren el cifrado.【F:test_backups.py†L10-L20】\n";
    let mut log = String::from("# Bitácora de cambios\n");
    for h in [
        "## Actualización Sistema - Parte 2 (30/10/2025 11:20 UTC)",
        "## 2025-10-30 Respaldos",
        "## [2.2.0] - 2025-10-30",
        "## Notas de mantenimiento",
    ] {
        log.push_str(&format!("\n{h}\n\n{entry}"));
    }
    repo.write("CHANGELOG.md", &log).write(
        "README.md",
        format!("# Softmobile\n\n## Respaldos\n\n{entry}"),
    );
    commit_at(&repo, "2025-10-30T12:00:00Z");
    let moved: String = (1..=5).map(|i| format!("new {i}\n")).collect::<String>() + &tests;
    repo.write("test_backups.py", moved);
    commit_at(&repo, "2025-11-10T00:00:00Z");

    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/shifted",
                "CHANGELOG.md",
                17,
                41,
                "test_backups.py"
            ),
            t("citation/shifted", "README.md", 5, 41, "test_backups.py"),
        ],
        "\n{}",
        run.dump()
    );
}

// --- F9: `path:1` in an agent guide points at the file (`UI views:
// `ui/app.js:1``); when line 1 was an import, a comment or blank, a rebuild
// of the file does not make the sentence stale. A first line that says
// something (`export const retries = 3;` → 5) is still judged ---

#[test]
fn line_one_that_opens_or_imports_points_at_the_file_but_a_claimed_value_is_judged() {
    let repo = Repo::new();
    repo.write(
        "ui/app.js",
        "import { h } from \"preact\";\nexport const App = () => null;\n",
    )
    .write("ui/styles.css", ":root {\n  --bg: #f5f3f0;\n}\n")
    .write("ui/state.js", "const state = {\n  tab: \"overview\",\n};\n")
    .write("ui/head.js", "/* Mini App */\nexport const head = 1;\n")
    .write(
        "ui/retry.js",
        "function retry(times = 3) {\n  return times;\n}\n",
    )
    .write(
        "retry.js",
        "export const retries = 3;\nexport const delay = 10;\n",
    );
    commit_at(&repo, "2026-02-10T00:00:00Z");
    repo.write(
        "AGENTS.md",
        "# codex-monitor\n\n## Implementation Patterns\n\
         - UI views: `ui/app.js:1`, `ui/styles.css:1`, `ui/state.js:1`, `ui/head.js:1`\n\
         - Retry helper: `ui/retry.js:1`\n\
         - Retry cap: `retry.js:1`\n\
         - Retry cap again.【F:retry.js†L1】\n",
    );
    commit_at(&repo, "2026-02-10T01:00:00Z");
    repo.write(
        "ui/app.js",
        "// Mini App rebuilt with htm\nimport { html } from \"htm/preact\";\nexport const App = () => null;\n",
    )
    .write("ui/styles.css", "/* rebuilt */\n:root { --bg: #000; }\n")
    .write("ui/state.js", "import { signal } from \"preact\";\n")
    .write("ui/head.js", "export const head = 1;\n")
    .write(
        "ui/retry.js",
        "function retry(times = 5) {\n  return times;\n}\n",
    )
    .write(
        "retry.js",
        "export const retries = 5;\nexport const delay = 10;\n",
    );
    commit_at(&repo, "2026-02-15T00:00:00Z");

    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t("citation/stale", "AGENTS.md", 5, 17, "ui/retry.js"),
            t("citation/stale", "AGENTS.md", 6, 14, "retry.js"),
            t("citation/stale", "AGENTS.md", 7, 19, "retry.js"),
        ],
        "\n{}",
        run.dump()
    );
}
