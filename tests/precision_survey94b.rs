//! Survey 94b: spec-driven development folders written by coding agents,
//! round 2 (Kiro's `.kiro/specs/*/`, spec-kit's `specs/NNN-feature/`:
//! foxey/imaprest, crawlins/kythira, aws-samples'
//! sample-strands-agent-with-agentcore, 0xLeathery/helix-staking). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a finished feature spec records the code it was built against
// (kythira's `.kiro/specs/cbor-rpc-serializer/design.md` cites
// `include/raft/coap_utils.hpp:149`, now at :351, in a spec whose
// `tasks.md` ticks all 50 tasks: 9 findings judged false in five finished
// specs) ---

/// A spec folder `dir` whose design cites `src/lib.rs:3`, its tasks list
/// written as `tasks`; then two lines inserted above the cited line.
fn spec_repo(dir: &str, tasks: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Project\n")
        .write("src/lib.rs", "// lib\n\npub fn retries() -> u32 { 3 }\n")
        .write(
            &format!("{dir}/design.md"),
            "# Design\n\nRetries come from `src/lib.rs:3`.\n",
        )
        .write(&format!("{dir}/tasks.md"), tasks)
        .commit_all();
    repo.write(
        "src/lib.rs",
        "// lib\n// more\n// notes\n\npub fn retries() -> u32 { 3 }\n",
    )
    .commit_all();
    repo
}

const TICKED: &str =
    "# Implementation Plan\n\n- [x] 1. Add retries\n  - [x] 1.1 Cap at 3\n- [x] 2. Test retries\n";
const OPEN: &str =
    "# Implementation Plan\n\n- [x] 1. Add retries\n  - [x] 1.1 Cap at 3\n- [ ] 2. Test retries\n";
const IN_PROGRESS: &str =
    "# Implementation Plan\n\n- [x] 1. Add retries\n  - [x] 1.1 Cap at 3\n- [~] 2. Test retries\n";

/// The citation findings of [`spec_repo`]'s run.
fn citation_findings(dir: &str, tasks: &str) -> (Vec<common::Tuple>, String) {
    let run = spec_repo(dir, tasks).check(&[]);
    (
        run.findings_of(&["citation/shifted", "citation/stale"]),
        run.dump(),
    )
}

/// The one finding a spec still judged gives: its design's citation moved.
fn design_shifted(dir: &str) -> Vec<common::Tuple> {
    vec![t(
        "citation/shifted",
        &format!("{dir}/design.md"),
        3,
        19,
        "src/lib.rs",
    )]
}

#[test]
fn a_finished_kiro_spec_keeps_the_line_numbers_of_its_day() {
    let (found, dump) = citation_findings(".kiro/specs/retries", TICKED);
    assert_eq!(found, vec![], "\n{dump}");
}

#[test]
fn a_finished_spec_kit_spec_keeps_the_line_numbers_of_its_day() {
    let (found, dump) = citation_findings("specs/001-retries", TICKED);
    assert_eq!(found, vec![], "\n{dump}");
}

/// Twin: a spec with a task still open is work ahead: its citation is
/// reported.
#[test]
fn a_spec_with_an_open_task_is_judged() {
    let dir = ".kiro/specs/retries";
    let (found, dump) = citation_findings(dir, OPEN);
    assert_eq!(found, design_shifted(dir), "\n{dump}");
}

/// Twin: a task marked in progress (`[~]`, kythira's blocked tasks) is
/// open too.
#[test]
fn a_spec_with_a_task_in_progress_is_judged() {
    let dir = "specs/001-retries";
    let (found, dump) = citation_findings(dir, IN_PROGRESS);
    assert_eq!(found, design_shifted(dir), "\n{dump}");
}

/// Twin: the same ticked task list outside a `specs` folder does not make
/// a design beside it a record.
#[test]
fn a_ticked_task_list_outside_a_specs_folder_is_judged() {
    let dir = "docs/retries";
    let (found, dump) = citation_findings(dir, TICKED);
    assert_eq!(found, design_shifted(dir), "\n{dump}");
}

// --- citation/shifted: an entry of a living TODO list whose bold lead says
// it was resolved (kythira's `doc/TODO.md` Known Follow-ups: `- **Beast
// suites segfault … (found August 6, 2026 — RESOLVED same day, PR #169).**`,
// its diagnosis citing `CMakeLists.txt:674` lines below: 8 findings judged
// false) records the code of its day ---

fn todo_entry(lead: &str) -> Vec<common::Tuple> {
    let code = |top: usize| {
        let mut s = "# build\n".repeat(top);
        s.push_str("project(kythira)\nset(BACKEND folly)\nadd_library(core src/core.cpp)\n");
        s
    };
    let repo = Repo::new();
    repo.write("CMakeLists.txt", code(0))
        .commit_on("2026-08-01");
    repo.write(
        "doc/TODO.md",
        format!(
            "# TODO\n\n## Known follow-ups\n\n\
             - **{lead}**\n  The diagnosis below was right that no CI job covered it.\n\n  \
             The backend is chosen at `CMakeLists.txt:2`, before any test.\n"
        ),
    )
    .commit_on("2026-08-06");
    repo.write("CMakeLists.txt", code(3))
        .commit_on("2026-08-09");
    repo.check(&[])
        .findings_of(&["citation/shifted", "citation/stale"])
}

#[test]
fn a_todo_entry_whose_lead_says_resolved_keeps_its_line_numbers() {
    for lead in [
        "Beast suites segfault under stdexec (found August 6, 2026 — RESOLVED same day, PR #169).",
        "CI now covers every backend\n  (August 7, 2026 — resolved).",
        "`CONFIG_PROTOBUF_SERIALIZER` did nothing — FIXED August 10, 2026.",
    ] {
        assert_eq!(todo_entry(lead), [], "{lead}");
    }
}

/// The twin: an open entry, and a lead whose `fixed` is part of a word
/// (`Fixed-width`), are judged.
#[test]
fn an_open_todo_entry_is_judged() {
    for lead in [
        "The property test is unstable (found August 7, 2026 — open).",
        "Fixed-width columns overflow in the report.",
    ] {
        assert_eq!(
            todo_entry(lead),
            [t(
                "citation/shifted",
                "doc/TODO.md",
                8,
                28,
                "CMakeLists.txt"
            )],
            "{lead}"
        );
    }
}
