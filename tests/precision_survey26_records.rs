//! Patterns of survey 26 (babar-raza/foss-launcher, dk997467/dk997467-mm-bot):
//! records of their day that `citation/shifted` and `citation/stale` judged
//! as living documents. P1: the documents of one agent run, filed in a
//! folder named by the run's timestamp (`reports/pre_impl_verification/
//! 20260127-1724/`), unstamped or stamped `**Generation Date**:`,
//! `**Timestamp**: 20260124-192034`, or `**Date**:` over the open acceptance
//! boxes of the gaps found that day. P5: an audit report dated in Russian
//! (`**Дата аудита:** 2025-10-01`) whose roadmap of open boxes kept it
//! live. Each false pattern beside its true twin, exact findings, the real
//! binary in real git repositories.

mod common;

use common::{Repo, t};

/// Twenty lines of a spec.
fn spec() -> String {
    (1..=20).map(|i| format!("spec line {i}\n")).collect()
}

/// The spec with two lines inserted at its top: every cited block moved
/// down by two, unchanged.
fn spec_grown() -> String {
    format!("new\nnew2\n{}", spec())
}

/// The spec with line 5 rewritten: a citation of `:5-6` is stale.
fn spec_edited() -> String {
    spec().replace("spec line 5\n", "spec line 5 rewritten\n")
}

/// A document citing `src/spec.md:5-6` on its last line (line 5 of `head`
/// plus the evidence line), column 13.
fn citing(head: &str) -> String {
    format!("{head}\n- Evidence: `src/spec.md:5-6` defines the field\n")
}

/// Checks (citation rules only) a repository where `docs/NAME.md`, titled
/// `title`, carries each stamp over a citation of `src/spec.md:5-6`, after
/// the spec became `later`.
fn stamped(title: &str, stamps: &[(&str, &str)], later: String) -> Vec<common::Tuple> {
    let repo = Repo::new();
    repo.write("src/spec.md", spec());
    for (name, stamp) in stamps {
        repo.write(
            &format!("docs/{name}.md"),
            citing(&format!("# {title}\n\n{stamp}\n")),
        );
    }
    repo.commit_all();
    repo.write("src/spec.md", later).commit_all();
    let run = repo.check(&["--select", "citation/"]);
    eprintln!("{}", run.dump());
    run.findings()
}

/// foss-launcher's run folders: every document an agent wrote for one
/// verification run stands in a folder named by the run's timestamp
/// (`20260127-1724`, `20260126_154500`, `run_20260203_160226`,
/// `20260128_205133_e2e_hardening`) under `reports/`, and is committed once:
/// unstamped (`agents/AGENT_C/TRACE.md`), or with a `**Date**:` stamp over
/// the open acceptance boxes of the gaps it found (`GAPS_CONSOLIDATED_RAW.md`),
/// it records the specs of that run (36 shifted and 8 stale findings judged
/// false). Twins, still reported: the living task list at the root
/// (`open_issues.md`, `**last_updated:**`), a folder of a day with no time
/// (`reports/20260127/`), a timestamp folder outside a reports tree
/// (`docs/plans/20260127-1724/`), and a `**Date**:`-stamped gap list with
/// open boxes outside a run folder.
#[test]
fn the_documents_of_a_run_folder_are_records_but_a_living_list_is_judged() {
    let repo = Repo::new();
    repo.write("src/spec.md", spec());
    let untouched = citing("# Schema-to-Spec Trace\n\n## Findings\n");
    let gaps = "# Requirements Gaps\n\n**Date**: 2026-01-27\n\n## GAP-1\n\n\
                - Evidence: `src/spec.md:5-6` defines the field\n\n\
                Acceptance:\n- [ ] spec updated\n";
    for dir in [
        "reports/pre_impl_verification/20260127-1724",
        "reports/pre_impl_verification/20260126_154500/agents/AGENT_L",
        "reports/agents/AGENT_B/TC-953/run_20260203_160226",
        "reports/post_impl/20260128_205133_e2e_hardening",
        "reports/pre_impl_review/20260127T172400Z",
        // Twins: a day without a time, a timestamp outside a reports tree.
        "reports/20260127",
        "docs/plans/20260127-1724",
    ] {
        // Each copy its own text (byte-identical copies are one problem).
        repo.write(
            &format!("{dir}/TRACE.md"),
            untouched.replace("Findings", &format!("Findings of {dir}")),
        );
    }
    repo.write("reports/pre_impl_verification/20260127-1724/GAPS.md", gaps)
        .write("docs/gaps.md", gaps)
        .write(
            "open_issues.md",
            citing("# OPEN_ISSUES — Living Task List\n\n**last_updated:** 2026-01-27\n"),
        )
        .commit_all();
    repo.write("src/spec.md", spec_grown()).commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![
            t("citation/shifted", "docs/gaps.md", 7, 13, "src/spec.md"),
            t(
                "citation/shifted",
                "docs/plans/20260127-1724/TRACE.md",
                5,
                13,
                "src/spec.md"
            ),
            t("citation/shifted", "open_issues.md", 5, 13, "src/spec.md"),
            t(
                "citation/shifted",
                "reports/20260127/TRACE.md",
                5,
                13,
                "src/spec.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// The same run folder when the cited lines are rewritten: its documents
/// record the spec of their run (`citation/stale` silent), the living list
/// is stale. In the run's record a range that fitted the spec when written
/// went out of date with it and is not reported (`src/spec.md:18-20`, the
/// spec cut to 15 lines later); a range past the end on the day it was
/// written (`src/spec.md:25`) is reported there too.
#[test]
fn a_run_folder_is_not_stale_and_keeps_only_ranges_written_wrong() {
    let repo = Repo::new();
    repo.write("src/spec.md", spec())
        .write(
            "reports/pre_impl_verification/20260127-1724/TRACE.md",
            citing("# Schema-to-Spec Trace\n\n## Findings\n"),
        )
        .write(
            "reports/pre_impl_verification/20260127-1724/RANGES.md",
            "# Ranges\n\n- Tail: `src/spec.md:18-20`\n- Beyond: `src/spec.md:25`\n",
        )
        .write(
            "open_issues.md",
            citing("# OPEN_ISSUES — Living Task List\n\n**last_updated:** 2026-01-27\n"),
        )
        .commit_all();
    repo.write("src/spec.md", spec_edited()).commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![
            t("citation/stale", "open_issues.md", 5, 13, "src/spec.md"),
            t(
                "citation/line-range",
                "reports/pre_impl_verification/20260127-1724/RANGES.md",
                4,
                11,
                "src/spec.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
    let cut: String = spec().lines().take(15).map(|l| format!("{l}\n")).collect();
    repo.write("src/spec.md", cut).commit_all();
    let run = repo.check(&["--select", "citation/line-range"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/line-range",
            "reports/pre_impl_verification/20260127-1724/RANGES.md",
            4,
            11,
            "src/spec.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Stamps that date a record, outside any run folder: foss-launcher's
/// `**Generation Date**: 2026-01-27` (`FEATURE_INVENTORY.md`), `**Timestamp**:
/// 20260124-192034` (`go_no_go.md`), `**Timestamp**: 2026-01-28 16:15
/// Asia/Karachi` (`fixes.md`), `**Execution Date**: 2026-01-27`. Twins,
/// still judged: a `**Timestamp**:` with no date in it, and a document that
/// also says it is kept current (`**Last updated**:`).
#[test]
fn generation_date_and_timestamp_stamps_date_a_record() {
    let stamps = [
        ("inventory", "**Generation Date**: 2026-01-27"),
        ("go_no_go", "**Timestamp**: 20260124-192034"),
        ("fixes", "**Timestamp**: 2026-01-28 16:15 Asia/Karachi"),
        ("agent", "**Execution Date**: 2026-01-27"),
        // Twins.
        ("pending", "**Timestamp**: to be filled by the run"),
        (
            "living",
            "**Generation Date**: 2026-01-27\n**Last updated**: 2026-01-28",
        ),
    ];
    assert_eq!(
        stamped("Inventory", &stamps, spec_grown()),
        vec![
            t("citation/shifted", "docs/living.md", 6, 13, "src/spec.md"),
            t("citation/shifted", "docs/pending.md", 5, 13, "src/spec.md"),
        ]
    );
}

/// The mm-bot audit: `ARCHITECTURE_AUDIT_REPORT.md`, dated `**Дата
/// аудита:** 2025-10-01`, ends with a roadmap of open follow-ups that
/// nobody ticks there (a separate `AUDIT_ACTION_ITEMS.md` tracks them): its
/// `file:line` refs record the code audited that day (8 shifted, 2 stale
/// judged false). Twins, still judged: the action-item list (`**Дата
/// создания:**`, `**Статус:** В работе`, open items; not a report), the same
/// report once one of its boxes is ticked in a later commit (the list is
/// worked in it), or
/// with its status in progress, or kept current (`**Последнее
/// обновление:**`), and a dated gap list that is not a report.
#[test]
fn a_dated_report_with_unticked_recommendations_is_a_record_but_a_worked_list_is_judged() {
    let repo = Repo::new();
    repo.write(
        "src/config.py",
        (1..=40)
            .map(|i| format!("cfg{i} = {i}\n"))
            .collect::<String>(),
    );
    let report = |extra: &str, roadmap: &str| {
        format!(
            "# MM Bot: Архитектурный Аудит\n\n**Дата аудита:** 2025-10-01\n{extra}\
             **Версия проекта:** 0.1.0\n\n## Findings\n\n**Файл:** `src/config.py:12`\n\n\
             ## Roadmap\n\n{roadmap}"
        )
    };
    let open = "- [ ] Переместить API ключи в Docker Secrets\n- [ ] Добавить `pip-audit` в CI\n";
    let one_ticked =
        "- [x] Переместить API ключи в Docker Secrets\n- [ ] Добавить `pip-audit` в CI\n";
    repo.write("ARCHITECTURE_AUDIT_REPORT.md", report("", open))
        .write(
            "docs/en/SECURITY_AUDIT_REPORT.md",
            report("", open).replace("**Дата аудита:**", "**Audit date:**"),
        )
        .write("docs/ticked/AUDIT_REPORT.md", report("", open))
        .write(
            "docs/working/AUDIT_REPORT.md",
            report("**Статус:** В работе\n", open),
        )
        .write(
            "docs/kept/AUDIT_REPORT.md",
            report("**Последнее обновление:** 2025-10-05\n", open),
        )
        .write(
            "docs/gaps/GAPS.md",
            report("", open).replace("Архитектурный Аудит", "Gaps"),
        )
        .write(
            "AUDIT_ACTION_ITEMS.md",
            "# MM Bot: Action Items из аудита\n\n**Дата создания:** 2025-10-01\n\
             **Статус:** В работе\n\n### SOAK-002\n\n**Файл:** `src/config.py:12`\n\n- [ ] fix it\n",
        )
        .commit_all();
    // A box ticked after the report was written: the list is worked in it
    // (ticked when written, it would be the report's own finding: see
    // precision_survey45m).
    repo.write("docs/ticked/AUDIT_REPORT.md", report("", one_ticked))
        .commit_all();
    let grown = format!(
        "{}{}",
        (1..=6).map(|i| format!("# new {i}\n")).collect::<String>(),
        (1..=40)
            .map(|i| format!("cfg{i} = {i}\n"))
            .collect::<String>()
    );
    repo.write("src/config.py", grown).commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/shifted",
                "AUDIT_ACTION_ITEMS.md",
                8,
                11,
                "src/config.py"
            ),
            t(
                "citation/shifted",
                "docs/gaps/GAPS.md",
                8,
                11,
                "src/config.py"
            ),
            t(
                "citation/shifted",
                "docs/kept/AUDIT_REPORT.md",
                9,
                11,
                "src/config.py"
            ),
            t(
                "citation/shifted",
                "docs/ticked/AUDIT_REPORT.md",
                8,
                11,
                "src/config.py"
            ),
            t(
                "citation/shifted",
                "docs/working/AUDIT_REPORT.md",
                9,
                11,
                "src/config.py"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// A Russian stamp dates a record that has no task list, as `Date:` does
/// (`**Дата:** 2025-10-01`, `**Дата отчёта:** …`); the same document kept
/// current (`**Обновлено:** 2025-10-05`) is judged, and so is one whose
/// `**Дата:**` holds no date, and one that says only when it was begun
/// (`**Дата создания:**`, as mm-bot's living action-item list). The cited
/// line rewritten: stale only there.
#[test]
fn a_russian_date_stamp_dates_a_record_but_a_russian_updated_stamp_keeps_it_living() {
    let stamps = [
        ("dated", "**Дата:** 2025-10-01"),
        ("report", "**Дата отчёта:** 01.10.2025"),
        // Twins.
        ("updated", "**Дата:** 2025-10-01\n**Обновлено:** 2025-10-05"),
        ("undated", "**Дата:** уточняется"),
        ("created", "**Дата создания:** 2025-10-01"),
    ];
    assert_eq!(
        stamped("Обзор", &stamps, spec_edited()),
        vec![
            t("citation/stale", "docs/created.md", 5, 13, "src/spec.md"),
            t("citation/stale", "docs/undated.md", 5, 13, "src/spec.md"),
            t("citation/stale", "docs/updated.md", 6, 13, "src/spec.md"),
        ]
    );
}

/// The commit hook asks what `citation/stale` asks: a staged edit of lines
/// that a run folder's document cites is no finding; the living list's
/// citation of the same lines is.
#[test]
fn the_hook_leaves_a_run_folder_alone() {
    let repo = Repo::new();
    repo.write("src/spec.md", spec())
        .write(
            "reports/pre_impl_verification/20260127-1724/TRACE.md",
            "# Schema-to-Spec Trace\n\n- Evidence: [spec](../../../src/spec.md#L5-L6)\n",
        )
        .write(
            "open_issues.md",
            "# OPEN_ISSUES — Living Task List\n\n**last_updated:** 2026-01-27\n\n\
             - Evidence: [spec](src/spec.md#L5-L6)\n",
        )
        .commit_all();
    repo.write("src/spec.md", spec_edited())
        .add(&["src/spec.md"]);
    let run = repo.run(&["hook", "--format", "json"]);
    assert_eq!(
        run.findings(),
        vec![t("citation/stale", "open_issues.md", 5, 13, "src/spec.md")],
        "\n{}",
        run.dump()
    );
}
