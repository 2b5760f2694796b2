//! The readiness rules on the five real seeds: `task/*`, `status/*`, `table/*`,
//! `evidence/missing-for-done` and `encoding/mojibake`.
//!
//! Each seed is committed as `docs/<name>.md` in the repository of
//! `check_seeds.rs` (see `seed_repos`), and `checkmark check --format json` is run
//! with `NO_COLOR=1` and `CHECKMARK_TODAY=2026-11-22`. The EXACT list of findings of
//! these rules — (rule, line, column, severity), in output order — is asserted;
//! every expected finding carries the reason, read from the seed text, why it is a
//! real contradiction (and the tests say why the look-alikes are not).
//!
//! Columns are computed from the seed text (`seed_repos::col`), which also checks
//! that the line holds what the comment says.
//!
//! After the seeds as given come variants that pin the semantics the seeds rely
//! on: the same seeds with CRLF line endings, with the evidence committed, with a
//! row promoted to done, with an item unchecked under a ✅ heading.

mod common;
mod seed_repos;

use common::Run;
use seed_repos::{SeedRepo, col, crlf, repair, seed, seed_repo, seed_repo_with};

/// A readiness finding as compared: (rule, line, column, severity).
type R = (String, u64, u64, String);

/// The rules this file owns (prefixes end in `/`).
const READINESS_RULES: &[&str] = &[
    "task/",
    "status/",
    "table/",
    "evidence/missing-for-done",
    "encoding/mojibake",
];

fn r(rule: &str, line: usize, column: u64, severity: &str) -> R {
    (rule.to_string(), line as u64, column, severity.to_string())
}

/// `encoding/mojibake` on `line`, at its first damaged run `first_run`.
fn moji(text: &str, line: usize, first_run: &str) -> R {
    r(
        "encoding/mojibake",
        line,
        col(text, line, first_run, 1),
        "error",
    )
}

/// The readiness findings of `file`, in output order.
fn readiness(run: &Run, file: &str) -> Vec<R> {
    run.diagnostics_of(READINESS_RULES)
        .iter()
        .filter(|d| d["file"] == file)
        .map(|d| {
            (
                d["rule"].as_str().unwrap_or("").to_string(),
                d["line"].as_u64().unwrap_or(0),
                d["column"].as_u64().unwrap_or(0),
                d["severity"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// Asserts the exact readiness findings of the seed's document. `expected` may be
/// written in any order: the output is sorted by line, column, rule (the contract),
/// so it is compared against `expected` sorted that way.
#[track_caller]
fn assert_readiness(run: &Run, s: &SeedRepo, expected: Vec<R>) {
    let mut expected = expected;
    expected.sort_by(|a, b| (a.1, a.2, &a.0).cmp(&(b.1, b.2, &b.0)));
    assert_eq!(readiness(run, &s.file), expected, "\n{}", run.dump());
}

/// The message of the only finding of `rule` on `line`.
#[track_caller]
fn message(run: &Run, rule: &str, line: u64) -> String {
    let found: Vec<_> = run
        .diagnostics_of(&[rule])
        .into_iter()
        .filter(|d| d["line"] == line)
        .collect();
    assert_eq!(found.len(), 1, "one {rule} on line {line}\n{}", run.dump());
    found[0]["message"].as_str().unwrap_or("").to_string()
}

/// The rules off by default that these seeds still judge, for `--select`.
const OFF_BY_DEFAULT: &str = "status/claim-contradiction,table/date-format";

/// `check --select` of the rules off by default: what they say when turned on.
fn check_off_by_default(s: &SeedRepo) -> Run {
    s.repo.check(&["--select", OFF_BY_DEFAULT])
}

/// The lines (1-based) holding an unchecked task item `- [ ]`.
fn open_items(text: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.trim_start().starts_with("- [ ] "))
        .map(|(i, _)| i + 1)
        .collect()
}

// ---------------------------------------------------------------------------
// the five seeds as given
// ---------------------------------------------------------------------------

#[test]
fn seed_000_beta_readiness_tracker_is_clean_for_the_readiness_rules() {
    let s = seed_repo(0);
    let text = &s.text;
    // Front matter (lines 1-5) holds title, description and sidebar_position but no
    // `status:`, so there is no document-level claim; the document has no task
    // item, no table and only ASCII text. Its "Launch Criteria" and "Outstanding
    // Workstreams" are plain bullets: nothing a readiness rule can contradict.
    assert!(text.starts_with("---\ntitle: Beta Readiness Tracker\n"));
    assert!(!text.contains("status:"));
    assert!(!text.contains("- [ ]") && !text.contains("- [x]"));
    assert!(!text.lines().any(|l| l.starts_with('|')));
    assert!(text.is_ascii());
    let run = s.repo.check(&[]);
    assert_readiness(&run, &s, vec![]);
    assert_readiness(&check_off_by_default(&s), &s, vec![]);
    // The two broken links of lines 73 and 75 (check_seeds.rs) fail the run.
    assert_eq!(run.code, 1, "{}", run.dump());
}

/// Seed 001's damaged lines and the first damaged run of each. The whole document
/// was mis-decoded (every non-ASCII character in it is explained by Windows-1252,
/// and `ğŸ”„` by Windows-1254), so every damaged line is a finding, at its first run.
const MOJIBAKE_001: &[(usize, &str)] = &[
    (3, "â€¯"),   // `Stageâ€¯E`: U+202F narrow no-break space
    (5, "â€™"),   // `roadmapâ€™s`: ’
    (10, "â€¯"),  // `Stageâ€¯E`
    (12, "â†”"),  // `RESTâ†”gRPC`: ↔
    (15, "ã€"),   // two citations `ã€F:…â€ L1-L63ã€‘`: 【 † 】
    (19, "ã€"),   // citation of docs/roadmap.md
    (20, "â€¯"),  // `Stageâ€¯E`
    (22, "ã€"),   // citation of monitoring/operator_transport_pilot.md
    (28, "â†”"),  // `RESTâ†”gRPC`, then the status `ğŸ”„ Ongoing` (🔄 via cp1254)
    (29, "â€¯"),  // `Stageâ€¯E` twice, then the status `âš ï¸ Environment-limited` (⚠️)
    (30, "âœ…"),  // the status `âœ… Initial run captured` (✅)
    (31, "â€¯"),  // `Stageâ€¯D`, then the status `ğŸ”„ Pending signatures`
    (32, "ğŸ”„"), // the status `ğŸ”„ In progress`
    (37, "â€¯"),  // `Stageâ€¯D` and `Stageâ€¯E`
    (39, "ã€"),   // two citations
    (41, "â€¯"),  // `Stageâ€¯C`
    (43, "ã€"),   // two citations
    (49, "ã€"),   // two citations
    (54, "â‰¤"),  // `p95 â‰¤ 250â€¯ms`: ≤ and U+202F
    (56, "ã€"),   // two citations
    (59, "â€¯"),  // `Stageâ€¯F`
    (60, "ã€"),   // two citations (the line starts with them)
    (62, "â‰¥"),  // `CSAT â‰¥ 4.2, NPS â‰¥ 40`: ≥
    (64, "ã€"),   // two citations
    (81, "âœ…"),  // `marked âœ… for two consecutive weekly reviews`
    (84, "â€¯"),  // `Stageâ€¯F`
];

#[test]
fn seed_001_beta_launch_playbook() {
    let s = seed_repo(1);
    let text = &s.text;
    let expected: Vec<R> = MOJIBAKE_001
        .iter()
        .map(|&(line, run)| moji(text, line, run))
        .collect();
    // Line 30, the table row "External feedback exporter …": its Status cell
    // `âœ… Initial run captured` reads (repaired) as ✅ = done, and its only evidence,
    // `logs/stage_f/exporters/latest.prom`, is on disk but was never committed. That
    // is one problem with one finding, `path/untracked` on the path (check_seeds.rs),
    // not a second `evidence/missing-for-done` on the row.
    assert!(col(text, 30, "| âœ… Initial run captured |", 1) > 1);
    // Not findings:
    // - lines 28, 31, 32 (`ğŸ”„ Ongoing`, `ğŸ”„ Pending signatures`, `ğŸ”„ In progress`)
    //   are 🔄 = in progress and line 29 (`âš ï¸ Environment-limited`) is ⚠️ = at
    //   risk: known classes from their leading emoji once repaired, not done, so
    //   neither status/unknown-value nor evidence/missing-for-done;
    // - every row has an owner (`@ops-team`, …) and the table has no date column:
    //   no table/placeholder; five cells in every row; five distinct keys;
    // - no `**Status:**` line and no task item: the "Exit criteria" bullet of line
    //   81 (`All checklist items marked âœ…`) is a goal, not a claim.
    let run = s.repo.check(&[]);
    assert_readiness(&run, &s, expected);
    assert_eq!(run.code, 1);
    assert_readiness(&check_off_by_default(&s), &s, vec![]);
    // The repaired status is what the rule read.
    assert!(
        message(&run, "encoding/mojibake", 30).contains('✅'),
        "{}",
        run.dump()
    );
}

/// Seed 002's damaged lines: every non-ASCII character of the document is a
/// Windows-1252 mojibake of an emoji, so the damage inside the two e-mail code
/// blocks (lines 310-327 and 534-570) is a finding too.
const MOJIBAKE_002: &[(usize, &str)] = &[
    (4, "ðŸŸ¢"),  // `**Status:** ðŸŸ¢ Ready for Beta`: 🟢
    (10, "âœ…"),  // `### 1. Code & Testing âœ…`: ✅
    (21, "âœ…"),  // `### 2. Infrastructure âœ…`
    (32, "âœ…"),  // `### 3. Monitoring & Observability âœ…`
    (43, "âœ…"),  // `### 4. Security âœ…`
    (55, "âœ…"),  // `### 5. Documentation âœ…`
    (68, "âœ…"),  // `### 6. Operations âœ…`
    (101, "âœ…"), // Day 1 success criteria, four bullets `- âœ… …`
    (102, "âœ…"),
    (103, "âœ…"),
    (104, "âœ…"),
    (125, "âœ…"), // Day 2 success criteria
    (126, "âœ…"),
    (127, "âœ…"),
    (128, "âœ…"),
    (311, "ðŸš€"), // launch announcement (code block): `Subject: ðŸš€ …`: 🚀
    (316, "âœ…"),  // "What's included" lines of the announcement
    (317, "âœ…"),
    (318, "âœ…"),
    (319, "âœ…"),
    (320, "âœ…"),
    (323, "ðŸ“š"), // 📚
    (324, "ðŸ”‘"), // 🔑
    (473, "âœ…"),  // GO criteria
    (474, "âœ…"),
    (475, "âœ…"),
    (476, "âœ…"),
    (477, "âœ…"),
    (478, "âœ…"),
    (481, "âŒ"), // NO-GO criteria: ❌ (its 0x9D byte was dropped)
    (482, "âŒ"),
    (483, "âŒ"),
    (484, "âŒ"),
    (485, "âŒ"),
    (541, "ðŸ”‘"), // onboarding e-mail (code block): 🔑
    (545, "ðŸ“š"), // 📚
    (550, "ðŸ’¬"), // 💬
    (558, "ðŸŽ¯"), // 🎯
    (588, "âœ…"),  // `**Status:** âœ… Ready for Beta Launch`
];

#[test]
fn seed_002_analytics_api_beta_checklist() {
    let s = seed_repo(2);
    let text = &s.text;
    // 33 task items are open, all in "Launch Day Runbook" (lines 246-307) and
    // "Success Criteria" (lines 461-468); the 51 items of the six "Pre-Launch
    // Checklist" sections are all checked.
    let open = open_items(text);
    assert_eq!(open.len(), 33);
    assert_eq!(open[0], 246);
    assert!(
        open.iter()
            .all(|&l| (246..=307).contains(&l) || (461..=468).contains(&l))
    );
    let expected: Vec<R> = MOJIBAKE_002
        .iter()
        .map(|&(line, run)| moji(text, line, run))
        .collect();
    // Line 4: `**Status:** ðŸŸ¢ Ready for Beta` stands in the preamble (after the title
    // heading, before `## Pre-Launch Checklist`), so it is the document's status;
    // repaired it is 🟢 = done, while 33 items are open from line 246: a real
    // contradiction.
    // status/claim-contradiction is off by default: checked below with it on.
    assert_eq!(col(text, 4, "**Status:** ðŸŸ¢ Ready for Beta", 1), 1);
    let claim = vec![r("status/claim-contradiction", 4, 1, "warning")];
    // Line 588: `**Status:** âœ… Ready for Beta Launch` stands after the document's
    // last thematic break (`---`, line 584), in the closing block, so it is
    // document-level too: ✅ = done against the same 33 open items.
    assert_eq!(text.lines().nth(583), Some("---"));
    assert_eq!(
        text.lines().skip(584).filter(|l| *l == "---").count(),
        0,
        "line 584 is the last thematic break"
    );
    assert_eq!(
        col(text, 588, "**Status:** âœ… Ready for Beta Launch", 1),
        1
    );
    // ... but the same claim as line 4's: one problem, one finding (line 4's
    // message names line 588).
    // Not findings:
    // - the six headings `### N. … âœ…` (lines 10-68) claim done, and every item
    //   under each of them (lines 12-77) is `[x]`: no task/section-claims-done;
    // - the `- âœ… …` success criteria (lines 101-128) and the GO/NO-GO lines
    //   (473-485) are bullets, not status lines or task items;
    // - "Success Metrics" (line 193: Metric | Target | Actual) has `TBD` only in
    //   `Actual`, and "Launch Team" (line 515: Role | Name | Contact) has `TBD` in
    //   `Name`: neither is an owner, evidence or date column by default
    //   ("owner", "owners", "dri", "assignee"), so no table/placeholder;
    // - `**Last Updated:** 2025-11-05` (line 586) is prose, not a date cell.
    let run = s.repo.check(&[]);
    assert_readiness(&run, &s, expected);
    assert_eq!(run.code, 1);
    let run = check_off_by_default(&s);
    assert_readiness(&run, &s, claim);
    // The claim's scope: the 6 items of "### Post-Launch (T+1 hour)" (lines 298-329)
    // are follow-up work after the launch, not part of being ready for it; the
    // other 27 open items (the runbook's pre-launch and deployment steps from
    // line 246, the success criteria) still contradict "Ready for Beta".
    assert_eq!(text.lines().nth(297), Some("### Post-Launch (T+1 hour)"));
    let m = message(&run, "status/claim-contradiction", 4);
    assert!(m.contains("27") && m.contains("246"), "{m}");
    assert!(m.contains("repeated on line 588"), "{m}");
    // The claim is read repaired.
    assert!(message(&run, "status/claim-contradiction", 4).contains("🟢"));
}

#[test]
fn seed_003_prod_readiness_tracker() {
    let s = seed_repo(3);
    let text = &s.text;
    // Lines 30-61, the 32 rows UC-001 … UC-032 of the "UC Readiness Register": the
    // Owner cell is `tbd` — a placeholder, nobody owns the validation. Every row's
    // `Prod Readiness Status` is `NOT_STARTED` (not done; `GREEN` is the
    // *architecture* status), so it is a warning, not the error of a done row.
    for line in 30..=61 {
        let row = text.lines().nth(line - 1).unwrap();
        assert!(
            row.contains("| `GREEN` | `NOT_STARTED` | `tbd` |"),
            "line {line}: {row}"
        );
    }
    // One problem, one finding: the Owner column's gap, at its first cell,
    // counting the 32 rows.
    let expected: Vec<R> = vec![r(
        "table/placeholder",
        30,
        col(text, 30, "`tbd`", 1),
        "warning",
    )];
    // Not findings:
    // - `GREEN` and `NOT_STARTED` are in the vocabulary, and the document's own
    //   "Status Legend" (lines 21-25: NOT_STARTED, IN_PROGRESS, BLOCKED,
    //   READY_FOR_GO_LIVE) adds its values: no status/unknown-value;
    // - every `Last Updated` is 2026-02-11 or 2026-02-12: YYYY-MM-DD, not after
    //   2026-11-22; keys UC-001 … UC-032 are distinct; six cells per row;
    // - no row is done, and the register has no evidence column: no
    //   evidence/missing-for-done;
    // - the "Evidence Template" (line 73: Field | Value) is a blank form: its
    //   empty `Value` cells are in no required column, and "Artifact/Log
    //   Reference" there is a row key, not a header;
    // - "Promotion Rule" (line 87) quotes `READY_FOR_GO_LIVE` in prose, and there
    //   is no `**Status:**` line: no document-level claim. The document is ASCII.
    assert!(text.is_ascii());
    let run = s.repo.check(&[]);
    assert_readiness(&run, &s, expected);
    // Only warnings (here and from the reference rules): the run passes.
    assert_eq!(run.code, 0, "{}", run.dump());
    assert_readiness(&check_off_by_default(&s), &s, vec![]);
    assert!(
        message(&run, "table/placeholder", 30)
            .contains("`tbd` in 32 rows of this table (lines 30–61)")
    );
}

#[test]
fn seed_004_production_readiness_checklist() {
    let s = seed_repo(4);
    let text = &s.text;
    // Line 25: `beyond whatâ€™s required` — ’ read as Windows-1252, the one damaged
    // run of the document (its only non-ASCII text).
    let non_ascii: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.is_ascii())
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(non_ascii, vec![25]);
    let expected = vec![moji(text, 25, "â€™")];
    // Not findings:
    // - all 50 task items (lines 29-93) are `[ ]`, so no checked parent has an open
    //   child, and no heading or status line claims done (the `(Pass/Fail)`
    //   headings carry no marker);
    // - the `TBD`s of "Release Metadata", "Release Runbook" and "Sign-Off"
    //   (`Owner: \`TBD\``, `Date: \`TBD (YYYY-MM-DD)\``, …) and of the topology task
    //   (line 87) are in list items, not table cells: table/placeholder is about
    //   tables. The document has no table and no document-level status.
    assert_eq!(open_items(text).len(), 50);
    assert!(!text.contains("- [x]"));
    assert!(!text.lines().any(|l| l.trim_start().starts_with('|')));
    let run = s.repo.check(&[]);
    assert_readiness(&run, &s, expected);
    assert_eq!(run.code, 1);
    assert_readiness(&check_off_by_default(&s), &s, vec![]);
    assert!(message(&run, "encoding/mojibake", 25).contains('’'));
}

// ---------------------------------------------------------------------------
// variants of the seeds
// ---------------------------------------------------------------------------

/// With CRLF line endings every seed gives the same findings (all rules) on the
/// same lines and columns: `\r\n` ends a line and `\r` is not text.
#[test]
fn seeds_with_crlf_line_endings_give_the_same_findings() {
    for n in 0..5 {
        let lf = seed_repo(n);
        let cr = seed_repo_with(n, &crlf(&lf.text));
        let (a, b) = (lf.repo.check(&[]), cr.repo.check(&[]));
        let key = |run: &Run| -> Vec<(String, u64, u64, String)> {
            run.diagnostics()
                .iter()
                .map(|d| {
                    (
                        d["rule"].as_str().unwrap_or("").to_string(),
                        d["line"].as_u64().unwrap_or(0),
                        d["column"].as_u64().unwrap_or(0),
                        d["severity"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect()
        };
        assert_eq!(
            key(&a),
            key(&b),
            "seed {n}\nLF:\n{}\nCRLF:\n{}",
            a.dump(),
            b.dump()
        );
        assert_eq!(a.code, b.code, "seed {n}");
    }
}

/// Seed 001 once `latest.prom` is committed: the done row of line 30 has its
/// evidence in the tree, so it is no longer evidence/missing-for-done.
#[test]
fn seed_001_done_row_with_committed_evidence_is_fine() {
    let s = seed_repo(1);
    s.repo.commit_all();
    let run = s.repo.check(&[]);
    let rows: Vec<R> = readiness(&run, &s.file)
        .into_iter()
        .filter(|f| f.0 != "encoding/mojibake")
        .collect();
    assert_eq!(rows, vec![], "{}", run.dump());
}

/// Seed 003 with UC-002 (line 31) promoted to the legend's done value
/// `READY_FOR_GO_LIVE` while its owner is still `tbd`: the placeholder is now on a
/// done row, an error. No row of the Owner column names an owner (`tbd` in
/// all 32), so the done row's gap is part of the column's one finding, which
/// becomes an error.
#[test]
fn seed_003_row_promoted_to_ready_for_go_live_with_tbd_owner_is_an_error() {
    let text = seed(seed_repos::NAMES[3]).replacen(
        "| UC-002 | `GREEN` | `NOT_STARTED` |",
        "| UC-002 | `GREEN` | `READY_FOR_GO_LIVE` |",
        1,
    );
    let s = seed_repo_with(3, &text);
    let run = s.repo.check(&[]);
    // One habit, one finding (at line 30), an error since a row is done.
    let expected: Vec<R> = vec![r(
        "table/placeholder",
        30,
        col(&text, 30, "`tbd`", 1),
        "error",
    )];
    assert_readiness(&run, &s, expected);
    let messages: Vec<String> = run
        .diagnostics_of(&["table/placeholder"])
        .iter()
        .filter_map(|d| d["message"].as_str().map(str::to_string))
        .collect();
    assert_eq!(
        messages,
        ["owner cell is `tbd` in 32 rows of this table (lines 30–61, 1 marked done)"]
    );
    assert_eq!(run.code, 1, "{}", run.dump());
}

/// Seed 002 repaired (as `fix` leaves it) with one item of "1. Code & Testing"
/// unchecked (line 15): the heading's ✅ (line 10) is now false, and the document
/// status counts 34 open items.
#[test]
fn seed_002_repaired_with_an_open_item_under_a_done_heading() {
    let text = repair(&seed(seed_repos::NAMES[2])).replacen(
        "- [x] Load testing completed",
        "- [ ] Load testing completed",
        1,
    );
    assert_eq!(open_items(&text)[0], 15);
    let s = seed_repo_with(2, &text);
    // `task/section-claims-done` is off by default: on, at its normal severity.
    s.repo.write(
        "checkmark.toml",
        "[rules]\n\"task/section-claims-done\" = \"error\"\n",
    );
    let run = s.repo.check(&[]);
    assert_readiness(
        &run,
        &s,
        vec![
            // `### 1. Code & Testing ✅` over `- [ ] Load testing completed`.
            r("task/section-claims-done", 10, 1, "error"),
        ],
    );
    // With status/claim-contradiction on (off by default): line 588 repeats line
    // 4's claim, one finding.
    let run = check_off_by_default(&s);
    assert_readiness(
        &run,
        &s,
        vec![r("status/claim-contradiction", 4, 1, "warning")],
    );
    // 28: the 27 open items of the seed in the claim's scope, and this one.
    assert!(message(&run, "status/claim-contradiction", 4).contains("28"));
}

/// The same, on the seed as given: the heading's marker is the mojibake `âœ…`.
/// Rules read text as repaired (contract, "Mojibake"), so the heading claims done
/// over an open item exactly as above — and `fix --unsafe-fixes` does rewrite this
/// marker to 🔄 (seeds_fix.rs), yet `check` reported nothing on line 10 but the mojibake.
#[test]
// was-bug
fn seed_002_with_an_open_item_under_a_mojibake_done_heading() {
    let text = seed(seed_repos::NAMES[2]).replacen(
        "- [x] Load testing completed",
        "- [ ] Load testing completed",
        1,
    );
    let s = seed_repo_with(2, &text);
    // `task/section-claims-done` is off by default: on, at its normal severity.
    s.repo.write(
        "checkmark.toml",
        "[rules]\n\"task/section-claims-done\" = \"error\"\n",
    );
    let run = s.repo.check(&[]);
    let mut expected: Vec<R> = MOJIBAKE_002
        .iter()
        .map(|&(line, run)| moji(&text, line, run))
        .collect();
    expected.push(r("task/section-claims-done", 10, 1, "error"));
    assert_readiness(&run, &s, expected);
    // With status/claim-contradiction on (off by default): line 588 repeats line
    // 4's claim, one problem, one finding.
    assert_readiness(
        &check_off_by_default(&s),
        &s,
        vec![r("status/claim-contradiction", 4, 1, "warning")],
    );
    let d = run
        .diagnostics_of(&["task/section-claims-done"])
        .pop()
        .unwrap();
    // Its fix (🔄 in place of the damaged ✅) changes a claim: unsafe, so not
    // `fixable` by plain `fix` (it needs `--unsafe-fixes`, see seeds_fix.rs).
    assert_eq!(d["fixable"], false, "{}", run.dump());
}
