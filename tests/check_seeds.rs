//! The five real checklists of `tests/data/seeds/` (copied byte for byte from the
//! project's seed folder), each committed as `docs/<name>.md` in a repository that
//! holds some of the evidence it cites and lacks the rest. The exact findings of the
//! reference rules (citation/*, link/*, path/*, evidence/missing-path,
//! mention/missing-path, encoding/invalid-utf8) are asserted; other rules are
//! developed in parallel and filtered out.
//!
//! Columns are computed from the seed text itself ([`col`]), which also checks that
//! the expected line holds what the test says it holds.

mod common;

use common::{Repo, Tuple, assert_reference_findings, lines, t};

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/seeds/");

fn seed(name: &str) -> String {
    let path = format!("{SEEDS}{name}.txt");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {path}: {e}"))
}

/// The 1-based column (in Unicode scalar values) of the `nth` (1-based) occurrence
/// of `needle` on line `line` of `text`.
fn col(text: &str, line: usize, needle: &str, nth: usize) -> u64 {
    let l = text
        .lines()
        .nth(line - 1)
        .unwrap_or_else(|| panic!("no line {line}"));
    let mut from = 0;
    let mut at = None;
    for _ in 0..nth {
        let i = l[from..]
            .find(needle)
            .unwrap_or_else(|| panic!("`{needle}` ×{nth} not on line {line}: {l}"));
        at = Some(from + i);
        from += i + needle.len();
    }
    let at = at.expect("nth >= 1");
    l[..at].chars().count() as u64 + 1
}

/// A finding of `docs/<name>.md` at the `nth` `needle` of `line`.
fn at(
    text: &str,
    file: &str,
    rule: &str,
    line: usize,
    needle: &str,
    nth: usize,
    target: &str,
) -> Tuple {
    t(
        rule,
        file,
        line as u64,
        col(text, line, needle, nth),
        target,
    )
}

/// `ã€F:` — the mojibake opening of a citation, as the seeds hold it.
const MOJI_OPEN: &str = "ã€F:";

#[test]
fn seed_000_beta_readiness_tracker() {
    let name = "000_395667a9c3b6f9f9";
    let text = seed(name);
    let file = format!("docs/{name}.md");
    let repo = Repo::new();
    repo.write(&file, &text)
        .write(
            "architecture/telemetry-and-observability.md",
            "# Telemetry & Observability\n",
        )
        // `audit` exists at the root, so `audit/cron-dry-run/` reads as a path.
        .write("audit/README.md", "# Audit\n")
        .commit_all();
    let run = repo.check(&[]);
    let f = file.as_str();
    assert_reference_findings(
        &run,
        &[
            at(
                &text,
                f,
                "mention/missing-path",
                65,
                "`audit/",
                1,
                "audit/cron-dry-run",
            ),
            at(
                &text,
                f,
                "link/missing-path",
                73,
                "[Vision",
                1,
                "docs/vision-and-personas.md",
            ),
            at(
                &text,
                f,
                "link/missing-path",
                75,
                "[Environment",
                1,
                "architecture/environment-configuration.md",
            ),
        ],
    );
}

#[test]
fn seed_001_beta_launch_playbook() {
    let name = "001_28e484f4a085a9b6";
    let text = seed(name);
    let file = format!("docs/{name}.md");
    let stage_e = "logs/stage_e/20250930T121727Z-stage_e_transport_readiness";
    let repo = Repo::new();
    repo.write(&file, &text)
        .write(&format!("{stage_e}/summary.json"), lines(70))
        .write("docs/roadmap.md", lines(20))
        .write("monitoring/alerts/beta_feedback.yml", lines(30))
        .write(
            "docs/PROJECT_STATUS.md",
            "# Project Status\n\n## Beta feedback\n",
        )
        .commit_all();
    // On disk, never committed.
    repo.write("logs/stage_f/exporters/latest.prom", lines(40));
    let run = repo.check(&[]);
    let f = file.as_str();
    let prom = "logs/stage_f/exporters/latest.prom";
    let grafana = "monitoring/grafana-dashboard.json";
    let alerts = "monitoring/alerts/beta_feedback.yml";
    assert_reference_findings(
        &run,
        &[
            // L64-L87 of a 70-line file; L1-L63 is fine.
            at(
                &text,
                f,
                "citation/line-range",
                15,
                MOJI_OPEN,
                2,
                &format!("{stage_e}/summary.json"),
            ),
            at(
                &text,
                f,
                "citation/missing-path",
                22,
                MOJI_OPEN,
                1,
                "monitoring/operator_transport_pilot.md",
            ),
            at(
                &text,
                f,
                "evidence/missing-path",
                29,
                "`monitoring/",
                1,
                grafana,
            ),
            at(&text, f, "path/untracked", 30, "`logs/", 1, prom),
            at(
                &text,
                f,
                "evidence/missing-path",
                31,
                "`docs/",
                1,
                "docs/releases/beta_launch_plan.md",
            ),
            at(
                &text,
                f,
                "link/missing-anchor",
                32,
                "`docs/",
                1,
                "docs/PROJECT_STATUS.md#beta-feedback-tracking",
            ),
            // summary.json L20-L52 is fine; roadmap.md has 20 lines.
            at(
                &text,
                f,
                "citation/line-range",
                39,
                MOJI_OPEN,
                2,
                "docs/roadmap.md",
            ),
            at(
                &text,
                f,
                "citation/line-range",
                43,
                MOJI_OPEN,
                1,
                "docs/roadmap.md",
            ),
            at(
                &text,
                f,
                "citation/missing-path",
                43,
                MOJI_OPEN,
                2,
                "logs/stage_c/20251001T010101Z-readiness_packet/review_minutes.md",
            ),
            // The prose mention of the alert rules on line 44 is committed.
            at(&text, f, "citation/line-range", 49, MOJI_OPEN, 1, alerts),
            at(
                &text,
                f,
                "citation/missing-path",
                49,
                MOJI_OPEN,
                2,
                "monitoring/escalation_notifier.py",
            ),
            at(&text, f, "citation/missing-path", 56, MOJI_OPEN, 1, grafana),
            at(&text, f, "path/untracked", 60, MOJI_OPEN, 1, prom),
            at(&text, f, "path/untracked", 64, MOJI_OPEN, 1, prom),
            at(&text, f, "citation/missing-path", 64, MOJI_OPEN, 2, grafana),
            // Line 69's `logs/stage_f/<timestamp>-beta_feedback/` is a template, and
            // line 72's `docs/PROJECT_STATUS.md` is committed.
        ],
    );
}

#[test]
fn seed_002_analytics_api_beta_checklist_has_no_references() {
    let name = "002_adef8c8de79dd98b";
    let text = seed(name);
    let file = format!("docs/{name}.md");
    let repo = Repo::new();
    repo.write(&file, &text).commit_all();
    let run = repo.check(&[]);
    assert_reference_findings(&run, &[]);
    assert_eq!(run.files_checked(), 1);
}

#[test]
fn seed_003_prod_readiness_tracker() {
    let name = "003_539b96fc0a29ac54";
    let text = seed(name);
    let file = format!("docs/{name}.md");
    let usecases = "app/hoc/docs/architecture/usecases";
    let repo = Repo::new();
    repo.write(&file, &text)
        .write(
            &format!("{usecases}/UC018_UC032_REALITY_AUDIT_2026-02-12.md"),
            "# Audit\n",
        )
        .write(
            &format!("{usecases}/UC_SCRIPT_COVERAGE_WAVE_1_AUDIT_2026-02-12.md"),
            "# Wave 1\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    let f = file.as_str();
    let wave = |n: usize, line: usize| {
        at(
            &text,
            f,
            "mention/missing-path",
            line,
            "`app/",
            1,
            &format!("{usecases}/UC_SCRIPT_COVERAGE_WAVE_{n}_AUDIT_2026-02-12.md"),
        )
    };
    assert_reference_findings(&run, &[wave(2, 15), wave(3, 17), wave(4, 19)]);
    // Only warnings from these rules: they do not fail the run by themselves.
    assert!(
        run.diagnostics_of(common::REFERENCE_RULES)
            .iter()
            .all(|d| d["severity"] == "warning")
    );
}

#[test]
fn seed_004_production_readiness_checklist() {
    let name = "004_2e61027645f65f1b";
    let text = seed(name);
    let file = format!("docs/{name}.md");
    let repo = Repo::new();
    repo.write(&file, &text)
        .write("apps/todox/package.json", "{}\n")
        .write("outputs/P4_RUNBOOK_beep-api_staging.md", "# Runbook\n")
        .commit_all();
    let run = repo.check(&[]);
    let f = file.as_str();
    assert_reference_findings(
        &run,
        &[
            at(
                &text,
                f,
                "mention/missing-path",
                3,
                "`templates/",
                1,
                "templates/PROD_READINESS_CHECKLIST_TEMPLATE.md",
            ),
            // `apps/` exists at the root (apps/todox), `apps/server` does not.
            at(
                &text,
                f,
                "mention/missing-path",
                7,
                "`apps/server`",
                1,
                "apps/server",
            ),
            // `/knowledge` (line 61) and `@beep/shared-env` (line 65) are not paths.
        ],
    );
}

#[test]
fn seeds_checked_by_explicit_txt_path_and_together() {
    // A file named explicitly is checked whatever its extension; the five seeds
    // side by side, as `.txt`, with no evidence at all committed.
    let repo = Repo::new();
    let names = [
        "000_395667a9c3b6f9f9",
        "001_28e484f4a085a9b6",
        "002_adef8c8de79dd98b",
        "003_539b96fc0a29ac54",
        "004_2e61027645f65f1b",
    ];
    for n in names {
        repo.write(&format!("seeds/{n}.txt"), seed(n));
    }
    repo.commit_all();
    // No Markdown file: nothing selected by default.
    let run = repo.check(&[]);
    assert_eq!(run.files_checked(), 0, "{}", run.dump());
    let paths: Vec<String> = names.iter().map(|n| format!("seeds/{n}.txt")).collect();
    let args: Vec<&str> = paths.iter().map(String::as_str).collect();
    let run = repo.check(&args);
    assert_eq!(run.files_checked(), 5, "{}", run.dump());
    // Every reference finding lies in one of the five files, and each of 000, 001,
    // 003 and 004 has some (002 cites nothing).
    let f = run.findings_of(common::REFERENCE_RULES);
    for n in [names[0], names[1], names[3], names[4]] {
        let p = format!("seeds/{n}.txt");
        assert!(
            f.iter().any(|x| x.1 == p),
            "no finding in {p}\n{}",
            run.dump()
        );
    }
    assert!(!f.iter().any(|x| x.1.contains(names[2])), "{}", run.dump());
    assert_eq!(run.code, 1);
}
