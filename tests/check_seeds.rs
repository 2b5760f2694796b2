//! The five real checklists of `tests/data/seeds/` (copied byte for byte from the
//! project's seed folder), each committed as `docs/<name>.md` in a repository that
//! holds some of the evidence it cites and lacks the rest. The exact findings of the
//! reference rules (citation/*, link/*, path/*, evidence/missing-path,
//! mention/missing-path, encoding/invalid-utf8) are asserted; other rules are
//! developed in parallel and filtered out.
//!
//! Columns are computed from the seed text itself (`seed_repos::col`), which also checks that
//! the expected line holds what the test says it holds.

mod common;
mod seed_repos;

use common::assert_reference_findings;
use seed_repos::{MOJI_OPEN, at, seed, seed_repo};

#[test]
fn seed_000_beta_readiness_tracker() {
    let s = seed_repo(0);
    let (text, file) = (&s.text, &s.file);
    let run = s.repo.check(&[]);
    let f = file.as_str();
    assert_reference_findings(
        &run,
        &[
            // Line 65's `audit/cron-dry-run/` stands under "Outstanding
            // Workstreams": a plan, not evidence, so it is not a finding.
            at(
                text,
                f,
                "link/missing-path",
                73,
                "[Vision",
                1,
                "docs/vision-and-personas.md",
            ),
            at(
                text,
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
    // summary.json (70 lines), roadmap.md (20 lines), beta_feedback.yml (30 lines)
    // and PROJECT_STATUS.md committed; latest.prom on disk, never committed.
    let s = seed_repo(1);
    let (text, file) = (&s.text, &s.file);
    let stage_e = "logs/stage_e/20250930T121727Z-stage_e_transport_readiness";
    let run = s.repo.check(&[]);
    let f = file.as_str();
    let prom = "logs/stage_f/exporters/latest.prom";
    let grafana = "monitoring/grafana-dashboard.json";
    let alerts = "monitoring/alerts/beta_feedback.yml";
    assert_reference_findings(
        &run,
        &[
            // L64-L87 of a 70-line file; L1-L63 is fine.
            at(
                text,
                f,
                "citation/line-range",
                15,
                MOJI_OPEN,
                2,
                &format!("{stage_e}/summary.json"),
            ),
            at(
                text,
                f,
                "citation/missing-path",
                22,
                MOJI_OPEN,
                1,
                "monitoring/operator_transport_pilot.md",
            ),
            at(
                text,
                f,
                "evidence/missing-path",
                29,
                "`monitoring/",
                1,
                grafana,
            ),
            at(text, f, "path/untracked", 30, "`logs/", 1, prom),
            at(
                text,
                f,
                "evidence/missing-path",
                31,
                "`docs/",
                1,
                "docs/releases/beta_launch_plan.md",
            ),
            at(
                text,
                f,
                "link/missing-anchor",
                32,
                "`docs/",
                1,
                "docs/PROJECT_STATUS.md#beta-feedback-tracking",
            ),
            // summary.json L20-L52 is fine; roadmap.md has 20 lines.
            at(
                text,
                f,
                "citation/line-range",
                39,
                MOJI_OPEN,
                2,
                "docs/roadmap.md",
            ),
            at(
                text,
                f,
                "citation/line-range",
                43,
                MOJI_OPEN,
                1,
                "docs/roadmap.md",
            ),
            at(
                text,
                f,
                "citation/missing-path",
                43,
                MOJI_OPEN,
                2,
                "logs/stage_c/20251001T010101Z-readiness_packet/review_minutes.md",
            ),
            // The prose mention of the alert rules on line 44 is committed.
            at(text, f, "citation/line-range", 49, MOJI_OPEN, 1, alerts),
            at(
                text,
                f,
                "citation/missing-path",
                49,
                MOJI_OPEN,
                2,
                "monitoring/escalation_notifier.py",
            ),
            at(text, f, "citation/missing-path", 56, MOJI_OPEN, 1, grafana),
            at(text, f, "path/untracked", 60, MOJI_OPEN, 1, prom),
            at(text, f, "path/untracked", 64, MOJI_OPEN, 1, prom),
            at(text, f, "citation/missing-path", 64, MOJI_OPEN, 2, grafana),
            // Line 69's `logs/stage_f/<timestamp>-beta_feedback/` is a template, and
            // line 72's `docs/PROJECT_STATUS.md` is committed.
        ],
    );
}

#[test]
fn seed_002_analytics_api_beta_checklist_has_no_references() {
    let s = seed_repo(2);
    let run = s.repo.check(&[]);
    assert_reference_findings(&run, &[]);
    assert_eq!(run.files_checked(), 1);
}

#[test]
fn seed_003_prod_readiness_tracker() {
    // The reality audit and the wave-1 audit are committed; waves 2-4 are not.
    let s = seed_repo(3);
    let (text, file) = (&s.text, &s.file);
    let run = s.repo.check(&[]);
    let _ = (text, file);
    // Waves 2-4 are named in numbered prose items ("audit completed: `…`"),
    // neither a checked task item nor a done row: prose claims nothing a rule
    // can rely on (measured on real repositories, such sentences are mostly
    // reports of past work), so their missing files are not findings.
    assert_reference_findings(&run, &[]);
}

#[test]
fn seed_004_production_readiness_checklist() {
    // apps/todox and the P4 runbook are committed.
    let s = seed_repo(4);
    let (text, file) = (&s.text, &s.file);
    let run = s.repo.check(&[]);
    let _ = (text, file);
    // `templates/…` (line 3, "Instantiated from") and `apps/server` (line 7, release
    // metadata) are prose mentions: they claim nothing done, so they are silent.
    // `/knowledge` (line 61) and `@beep/shared-env` (line 65) are not paths.
    assert_reference_findings(&run, &[]);
}

#[test]
fn seeds_checked_by_explicit_txt_path_and_together() {
    // A file named explicitly is checked whatever its extension; the five seeds
    // side by side, as `.txt`, with no evidence at all committed.
    let repo = common::Repo::new();
    let names = seed_repos::NAMES;
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
    // Every reference finding lies in one of the five files, and 000 and 001
    // have some (002 cites nothing; 003 and 004 name paths only in prose).
    let f = run.findings_of(common::REFERENCE_RULES);
    for n in [names[0], names[1]] {
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
