//! Patterns read by hand in survey 37b (Jason347633888/noidear,
//! aibradaa-labs/aibradaa, neuron7x/bnsyn-phase-controlled-emergent-dynamics,
//! drseanwing/forgemaster, bingyizhou6u/caiwu) (repositories whose docs coding
//! agents write): an agent run's team log records each review round under a
//! dated heading, and its citations name the code of that round. Exact
//! findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// noidear's `.claude/issue-runs/*/team-log.md`: each round of an agent run
/// is a section under `## 2026-05-24 Round 14 Review (head …)`, with a list,
/// a review table and a "changed files" paragraph citing `file:line`. Later
/// rounds moved the cited code: 4 `citation/shifted` findings judged false.
/// The twins are reported: the same citations in the log's undated opening
/// section, and in a living status page under a dated heading (not a log).
#[test]
fn a_dated_round_of_a_work_log_is_not_renumbered() {
    let repo = Repo::new();
    let code = "export function assertOwnership(user) {\n  return user.isAdmin;\n}\n";
    repo.write("server/equipment.service.ts", code).commit_all();
    let cites = "1. **[critical]** ownership bypass — `server/equipment.service.ts:1-3`\n\n\
                 | Fix | Verdict | Evidence |\n\
                 | --- | --- | --- |\n\
                 | R14-1 | pass | `server/equipment.service.ts:1-3` checks roles |\n\n\
                 **Changed files:** `server/equipment.service.ts:2`\n";
    repo.write(
        ".claude/issue-runs/manual-2026-05-23-role-access/team-log.md",
        format!(
            "# Team Log: role-access\n\n\
             ## Scope\n\n\
             Ownership lives in `server/equipment.service.ts:1-3`.\n\n\
             ## 2026-05-24 Round 14 Review (head 3edf3b7c)\n\n\
             ### Reviewer\n\n{cites}"
        ),
    )
    .write(
        "docs/status.md",
        format!("# Role access status\n\n## 2026-05-24 Round 14 Review\n\n{cites}"),
    )
    .commit_all();
    repo.write(
        "server/equipment.service.ts",
        format!("// Equipment service.\n// Ownership checks.\n{code}"),
    )
    .commit_all();
    let run = repo.check(&["--select", "citation/"]);
    let shifted = |file: &str, line: u64, column: u64| {
        t(
            "citation/shifted",
            file,
            line,
            column,
            "server/equipment.service.ts",
        )
    };
    let log = ".claude/issue-runs/manual-2026-05-23-role-access/team-log.md";
    assert_eq!(
        run.findings(),
        vec![
            // The log's opening section is no dated round.
            shifted(log, 5, 20),
            // A living page is judged, dated heading or not.
            shifted("docs/status.md", 5, 38),
            shifted("docs/status.md", 9, 18),
            shifted("docs/status.md", 11, 20),
        ],
        "\n{}",
        run.dump()
    );
}

/// caiwu's `docs/security/optimization-summary.md` opens with
/// `**优化日期**: 2025-01-27` (the date of the security work it sums up):
/// a record of its day, as `Assessment Date:` dates one (1 shifted finding
/// judged false). The twin, the same citation under `**最后更新**:` (a
/// status checklist kept current), is reported.
#[test]
fn a_chinese_report_dated_by_its_work_is_a_record() {
    let repo = Repo::new();
    let code = "const origins = [\n  'http://localhost:5173',\n];\n";
    repo.write("backend/src/index.ts", code).commit_all();
    let page = |stamp: &str| {
        format!(
            "# 安全优化\n\n**{stamp}**: 2025-01-27\n\n---\n\n\
             ## CORS 配置\n\n**代码位置**: `backend/src/index.ts:1-3`\n"
        )
    };
    repo.write("docs/security/optimization-summary.md", page("优化日期"))
        .write("docs/security/status-checklist.md", page("最后更新"))
        .commit_all();
    repo.write(
        "backend/src/index.ts",
        format!("// CORS.\n// Allowed origins.\n{code}"),
    )
    .commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/shifted",
            "docs/security/status-checklist.md",
            9,
            11,
            "backend/src/index.ts"
        )],
        "\n{}",
        run.dump()
    );
}
