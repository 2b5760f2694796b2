//! Survey 105e: monorepos whose agent-written plans say in German, or
//! inside a stamp line's italics, that their work shipped
//! (Memo-2023/mana-monorepo's `docs/plans/*.md`). False patterns found
//! there, each beside its true twin; exact findings, the real binary, real
//! git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

const PLAN: &str = "docs/plans/llm-fallback-aliases.md";

/// A plan titled `title` whose head is `head`, citing line 3 of a route
/// file, committed; line 3 is then rewritten. Returns the repository and
/// the line of the citation.
fn plan(title: &str, head: &str) -> (Repo, u64) {
    let repo = Repo::new();
    repo.write(
        "src/routes.ts",
        "import { llm } from './llm';\n\nconst model = 'ollama/gemma3:4b';\nexport default model;\n",
    )
    .write(
        PLAN,
        format!(
            "# {title}\n\n{head}\n\n## Ziel\n\n`src/routes.ts:3` nennt das Modell direkt.\n"
        ),
    )
    .commit_on("2026-04-26");
    repo.write(
        "src/routes.ts",
        "import { llm } from './llm';\n\nconst model = 'mana/long-form';\nexport default model;\n",
    )
    .commit_on("2026-04-27");
    (repo, head.lines().count() as u64 + 6)
}

fn findings(title: &str, head: &str) -> (Vec<common::Tuple>, u64, String) {
    let (repo, line) = plan(title, head);
    let run = repo.check(&[]);
    (
        run.findings_of(&["citation/shifted", "citation/stale"]),
        line,
        run.dump(),
    )
}

fn assert_silent(title: &str, heads: &[&str]) {
    for head in heads {
        let (found, _, dump) = findings(title, head);
        assert_eq!(found, vec![], "{head}\n{dump}");
    }
}

fn assert_reported(title: &str, heads: &[&str]) {
    for head in heads {
        let (found, line, dump) = findings(title, head);
        assert_eq!(
            found,
            vec![t("citation/stale", PLAN, line, 1, "src/routes.ts")],
            "{head}\n{dump}"
        );
    }
}

// --- a status inside a stamp line's italics, after its first sentence
// (`_Drafted 2026-04-26. **Status: SHIPPED** (M1–M5 alle gemerged am
// 2026-04-26)._`: llm-fallback-aliases.md, 4 findings judged false) ---

#[test]
fn a_status_shipped_inside_a_stamp_line_is_a_record() {
    assert_silent(
        "LLM-Fallback via Model-Aliases — Plan",
        &[
            "_Drafted 2026-04-26. **Status: SHIPPED** (M1–M5 alle gemerged am 2026-04-26)._",
            "_Drafted 2026-04-26. **Status:** Done._",
            "*Drafted 2026-04-26. Status: abgeschlossen.*",
        ],
    );
}

/// Twin: a status there that is not finished, and a sentence that names
/// a status with no colon, are judged.
#[test]
fn a_status_not_finished_inside_a_stamp_line_is_judged() {
    assert_reported(
        "LLM-Fallback via Model-Aliases — Plan",
        &[
            "_Drafted 2026-04-26. **Status: Geplant** (M1–M5 offen)._",
            "_Drafted 2026-04-26. **Status: in Arbeit**._",
            "_Drafted 2026-04-26. **Status: Not shipped**._",
            "Each alias has a state. Status done means every provider answered.",
        ],
    );
}

// --- a `## Status (day, note)` heading over milestones that shipped
// (`## Status (2026-04-23, Stand nach M5)` over `**M1–M5 + M2.5
// SHIPPED** — …`: me-images-and-reference-generation.md, 2 findings
// judged false) ---

#[test]
fn a_dated_status_heading_over_shipped_milestones_is_a_record() {
    assert_silent(
        "Me-Images — Plan",
        &[
            "## Status (2026-04-23, Stand nach M5)\n\n**M1–M5 + M2.5 SHIPPED** — das Feature ist end-to-end lieferbar.",
            "## Status (2026-04-23)\n\n**Phase 1 + 2 done.**",
            "## Status (2026-04-23)\n\nAbgeschlossen.",
        ],
    );
}

/// Twin: the same heading over a plan not started (comic-module.md's
/// `**Geplant, noch nichts geshipped.**`), an RFC (spaces-foundation.md),
/// and milestones of which one is still under way, are judged.
#[test]
fn a_dated_status_heading_over_open_work_is_judged() {
    assert_reported(
        "Comic — Module Plan",
        &[
            "## Status (2024-04-24, vor M1)\n\n**Geplant, noch nichts geshipped.** Dieses Dokument legt Datenmodell und UI fest.",
            "## Status (2026-04-20)\n\n**RFC / Architektur-Entscheidung, Code noch nicht begonnen.**",
            "## Status (2026-04-23)\n\n**M1 shipped, M2 in Arbeit.**",
            "## Status (2026-04-23)\n\n**M1 + M2 offen.**",
        ],
    );
}

// --- a stamp line's sentence that says the plan's milestones were
// finished on a day (`_Started 2026-04-23. M1 + M2 core abgeschlossen
// 2026-04-23 (13 Commits)._`: agent-loop-improvements-m1.md, 3 findings
// judged false) ---

#[test]
fn milestones_finished_on_a_day_make_a_record() {
    assert_silent(
        "Agent-Loop Improvements — M1 + M2 (core)",
        &[
            "_Started 2026-04-23. M1 + M2 core abgeschlossen 2026-04-23 (13 Commits)._",
            "_Started 2026-04-23. M1–M3 erledigt am 2026-04-25._",
            "Started 2026-04-23. Phases 1-3 completed on 2026-04-25.",
        ],
    );
}

/// Twin: milestones with a date to come, partly finished, or finished
/// with no day, are judged.
#[test]
fn milestones_not_finished_on_a_day_are_judged() {
    assert_reported(
        "Agent-Loop Improvements — M1 + M2 (core)",
        &[
            "_Started 2026-04-23. M1 + M2 core geplant bis 2026-05-01._",
            "_Started 2026-04-23. M1 teilweise abgeschlossen 2026-04-23._",
            "_Started 2026-04-23. M1 + M2 abgeschlossen, M3 offen._",
            "_Started 2026-04-23. M1 nicht abgeschlossen 2026-04-23._",
        ],
    );
}

// --- German status words that say the work is done ---

#[test]
fn a_german_finished_status_is_a_record() {
    assert_silent(
        "Plan",
        &[
            "**Status:** Umgesetzt",
            "Status: fertig",
            "**Status**: Fertiggestellt (2026-04-26)",
            "**Status:** erledigt",
        ],
    );
}

/// Twin: German statuses of work planned, open or under way are judged.
#[test]
fn a_german_open_status_is_judged() {
    assert_reported(
        "Plan",
        &[
            "**Status:** Geplant",
            "**Status:** Offen",
            "**Status:** In Arbeit",
            "**Status:** teilweise umgesetzt",
            "**Status:** nicht fertig",
        ],
    );
}

// --- a dated German stocktaking whose roadmap's boxes nobody ticked
// (`# Web-Recherche im Mana-System — Bestandsaufnahme & Vergleich` over
// `**Datum:** 2026-04-17`: docs/reports/web-research-capabilities.md, 2
// findings judged false) ---

const REPORT: &str = "docs/reports/web-research-capabilities.md";

/// A document titled `title` dated by `**Datum:**`, citing line 3 of a
/// tick file, with a roadmap of open boxes, committed (`tick`: its first
/// box is ticked the next day); line 3 is then rewritten.
fn stocktaking(title: &str, tick: bool) -> Repo {
    let repo = Repo::new();
    let report = |first: &str| {
        format!(
            "# {title}\n\n**Datum:** 2026-04-17\n**Scope:** Wie recherchiert das System heute?\n\n\
             ## Integration\n\nDer Tick-Runner hat einen Pre-Planning-Step (`services/ai/tick.ts:3`).\n\n\
             ## Nächste Schritte\n\n- [{first}] BM25 im Ranking\n- [ ] Brave Search API als Fallback\n"
        )
    };
    repo.write(
        "services/ai/tick.ts",
        "export function tick() {\n  const m = load();\n  if (TRIGGER.test(m.objective)) research(m);\n}\n",
    )
    .write(REPORT, report(" "))
    .commit_on("2026-04-17");
    if tick {
        repo.write(REPORT, report("x")).commit_on("2026-04-18");
    }
    repo.write(
        "services/ai/tick.ts",
        "export function tick() {\n  const m = load();\n  if (needsResearch(m)) research(m);\n}\n",
    )
    .commit_on("2026-04-20");
    repo
}

#[test]
fn a_dated_german_stocktaking_records_its_day() {
    for title in [
        "Web-Recherche im Mana-System — Bestandsaufnahme & Vergleich",
        "Bestandsaufnahme der Web-Recherche",
        "Web-Recherche — Prüfbericht",
    ] {
        let run = stocktaking(title, false).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/shifted", "citation/stale"]),
            vec![],
            "{title}\n{}",
            run.dump()
        );
    }
}

/// Twin: a title that names no report, and a stocktaking whose roadmap is
/// worked (a box ticked), are judged.
#[test]
fn a_dated_german_plan_or_worked_stocktaking_is_judged() {
    for (title, tick) in [
        ("Web-Recherche im Mana-System — Plan & Vergleich", false),
        (
            "Web-Recherche im Mana-System — Bestandsaufnahme & Vergleich",
            true,
        ),
    ] {
        let run = stocktaking(title, tick).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/shifted", "citation/stale"]),
            vec![t("citation/stale", REPORT, 8, 46, "services/ai/tick.ts")],
            "{title}\n{}",
            run.dump()
        );
    }
}
