//! Survey 55a: audit reports and gap analyses written by coding agents
//! (Codex, Claude Code, Cursor, Devin) in 2025–2026 repositories — audit
//! folders of numbered reports with `path:line` evidence, Codex ExecPlans
//! with timestamped progress logs, claims verifications with evidence
//! columns, skills copied into `.claude/skills/`. False patterns found
//! there, each beside its true twin; exact findings, the real binary, real
//! git repositories.

mod common;

use common::{Repo, t};

/// Commits everything with author and committer time `stamp`
/// (`2026-02-09T12:00:00Z`).
fn commit_at(repo: &Repo, stamp: &str) {
    repo.git(&["add", "-A"]);
    let out = common::git_cmd(repo.path())
        .env("GIT_AUTHOR_DATE", stamp)
        .env("GIT_COMMITTER_DATE", stamp)
        .args(["commit", "-q", "--allow-empty", "-m", "commit"])
        .output()
        .expect("git commit runs");
    assert!(out.status.success(), "{out:?}");
}

/// Twenty lines of Rust, one function a line.
fn code() -> String {
    (1..=20).map(|i| format!("pub fn f{i}() {{}}\n")).collect()
}

// --- citation/shifted, citation/stale, path/renamed: an audit folder whose
// index carries the audit's day in its title (robertguss/repo-scout's
// `agents/tiger-style-audit/`, `# Tiger Style Audit Index (2026-02-09)`:
// numbered reports written in one session, whose `path:line` evidence the
// remediation then moved; 77 findings judged false) ---

/// An audit folder `agents/<folder>/` with an index titled `index_title`
/// and a report citing `src/indexer.rs:5`, written on 2026-02-09; the code
/// grows above the cited line on 2026-02-13. With `edit_later`, the report
/// is edited on 2026-02-20.
fn audit(folder: &str, index_title: &str, edit_later: bool) -> Repo {
    let repo = Repo::new();
    repo.write("src/indexer.rs", code());
    commit_at(&repo, "2026-02-08T12:00:00Z");
    let report = "# 03 - Source Code Compliance Report And Plan\n\n## Findings\n\nEvidence (function start line):\n\n- `src/indexer.rs:5` (`f5`, 257 lines)\n";
    repo.write(
        &format!("agents/{folder}/README.md"),
        format!("# {index_title}\n\nImplementation status: milestones 1 through 5 are complete.\n\nThe evidence is at `src/indexer.rs:5`.\n"),
    )
    .write(&format!("agents/{folder}/03-src-report-and-plan.md"), report);
    commit_at(&repo, "2026-02-09T12:00:00Z");
    repo.write("src/indexer.rs", format!("use a;\nuse b;\n{}", code()));
    commit_at(&repo, "2026-02-13T12:00:00Z");
    if edit_later {
        repo.write(
            &format!("agents/{folder}/03-src-report-and-plan.md"),
            format!("{report}\nAddendum.\n"),
        );
        commit_at(&repo, "2026-02-20T12:00:00Z");
    }
    repo
}

#[test]
fn the_reports_of_an_audit_folder_dated_by_its_index_are_a_record() {
    let repo = audit(
        "tiger-style-audit",
        "Tiger Style Audit Index (2026-02-09)",
        false,
    );
    let run = repo.check(&["--select", "citation/,path/"]);
    // The index, dated by its title, is a dated record by itself.
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: an index with no date in its title, a report edited after the
/// audit's day, and a dated index of a folder not named for an audit are
/// judged.
#[test]
fn an_undated_index_a_later_edit_or_another_folder_is_judged() {
    for (folder, title, edit_later, index) in [
        ("tiger-style-audit", "Tiger Style Audit Index", false, true),
        (
            "tiger-style-audit",
            "Tiger Style Audit Index (2026-02-09)",
            true,
            false,
        ),
        (
            "tiger-style-notes",
            "Tiger Style Notes (2026-02-09)",
            false,
            false,
        ),
    ] {
        let run = audit(folder, title, edit_later).check(&["--select", "citation/,path/"]);
        let mut expected = vec![t(
            "citation/shifted",
            &format!("agents/{folder}/03-src-report-and-plan.md"),
            7,
            3,
            "src/indexer.rs",
        )];
        if index {
            // An undated index is judged as any page.
            expected.push(t(
                "citation/shifted",
                &format!("agents/{folder}/README.md"),
                5,
                20,
                "src/indexer.rs",
            ));
        }
        let mut found = run.findings();
        found.sort();
        expected.sort();
        assert_eq!(found, expected, "{title}\n{}", run.dump());
    }
}

// --- path/renamed: a mention in a ticked, timestamped entry of a Codex
// ExecPlan's Progress log (`- [x] (2026-02-06 16:29Z) Re-read
// `agents/phase1-plan.md` …`), the file moved after that moment, in a plan
// edited since (robertguss/repo-scout: 15 findings judged false) ---

/// A plan whose Progress log holds `entries`, written on 2026-02-06;
/// `agents/phase1-plan.md` moves to `agents/plans/` on 2026-02-08 at
/// 04:30 UTC; the plan is edited on 2026-02-13.
fn exec_plan(entries: &str) -> Repo {
    let repo = Repo::new();
    repo.write("agents/phase1-plan.md", "# Phase 1\n").write(
        "agents/phase3-execplan.md",
        format!("# Phase 3 ExecPlan\n\n## Progress\n\n{entries}"),
    );
    commit_at(&repo, "2026-02-06T12:00:00Z");
    repo.mkdir("agents/plans");
    repo.git(&["mv", "agents/phase1-plan.md", "agents/plans/phase1-plan.md"]);
    commit_at(&repo, "2026-02-08T04:30:59Z");
    repo.write(
        "agents/phase3-execplan.md",
        format!("# Phase 3 ExecPlan\n\n## Progress\n\n{entries}\n## Outcomes\n\nDone.\n"),
    );
    commit_at(&repo, "2026-02-13T12:00:00Z");
    repo
}

#[test]
fn a_timestamped_progress_entry_names_the_file_where_it_then_stood() {
    let run = exec_plan(
        "- [x] (2026-02-06 16:29Z) Re-read `agents/PLANS.md` and\n      `agents/phase1-plan.md` to align this plan.\n\
         - [x] (2026-02-08 01:31Z) Re-read `agents/phase1-plan.md` again.\n\
         - [x] 2026-02-07: Ran the baseline against `agents/phase1-plan.md`.\n",
    )
    .check(&["--select", "path/"]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: an entry stamped after the move, a ticked entry without a
/// timestamp and one dated the move's day without a time are reported
/// (each in a plan of its own: one moved path named alike in a document is
/// one finding, on its first line). An open entry names work ahead and its
/// mentions are not judged at all.
#[test]
fn a_later_or_untimed_entry_is_judged() {
    for (entry, column) in [
        (
            "- [x] (2026-02-08 09:00Z) Re-read `agents/phase1-plan.md`.\n",
            35,
        ),
        ("- [x] Re-read `agents/phase1-plan.md` once more.\n", 15),
        // A day alone, the move's day: not known to come before it.
        ("- [x] 2026-02-08: Re-read `agents/phase1-plan.md`.\n", 27),
    ] {
        let run = exec_plan(entry).check(&["--select", "path/"]);
        assert_eq!(
            run.findings(),
            vec![t(
                "path/renamed",
                "agents/phase3-execplan.md",
                5,
                column,
                "agents/phase1-plan.md"
            )],
            "{entry}\n{}",
            run.dump()
        );
    }
}

// --- link/missing-path: a published skill copied into `.claude/skills/`
// (Anthropic's mcp-builder: `license: Complete terms in LICENSE.txt` with
// its `LICENSE.txt`), whose reference page links a route of the site its
// text was taken from (sonash-v0: 1 finding judged false; the same file is
// in dozens of repositories) ---

const BEST_PRACTICES: &str = "# MCP Best Practices\n\nLike [resources](/docs/concepts/resources), tools are identified by unique names.\n";

/// A repository with `docs/`, and a skill `<dir>/` whose `SKILL.md` has the
/// front matter `front` and whose reference page links a site route.
fn skill(dir: &str, front: &str, license: bool) -> Repo {
    let repo = Repo::new();
    repo.write("docs/README.md", "# Docs\n")
        .write(
            &format!("{dir}/SKILL.md"),
            format!("---\nname: mcp-builder\n{front}---\n\n# MCP Server Development Guide\n"),
        )
        .write(
            &format!("{dir}/reference/mcp_best_practices.md"),
            BEST_PRACTICES,
        );
    if license {
        repo.write(&format!("{dir}/LICENSE.txt"), "Apache License\n");
    }
    repo.commit_all();
    repo
}

#[test]
fn a_licensed_skill_copied_into_an_agent_folder_is_upstream_text() {
    let run = skill(
        ".claude/skills/mcp-builder",
        "license: Complete terms in LICENSE.txt\n",
        true,
    )
    .check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: the repository's own skill (no license file, or one its front
/// matter does not name), and a licensed skill a repository publishes from
/// its root `skills/`, are checked.
#[test]
fn an_own_or_published_skill_is_checked() {
    for (dir, front, license) in [
        (".claude/skills/mcp-builder", "", false),
        (".claude/skills/mcp-builder", "", true),
        (
            "skills/mcp-builder",
            "license: Complete terms in LICENSE.txt\n",
            true,
        ),
    ] {
        let run = skill(dir, front, license).check(&[]);
        assert_eq!(
            run.findings_of(&["link/missing-path"]),
            vec![t(
                "link/missing-path",
                &format!("{dir}/reference/mcp_best_practices.md"),
                3,
                6,
                "docs/concepts/resources"
            )],
            "{dir} {front}\n{}",
            run.dump()
        );
    }
}

// --- evidence/missing-path: a path its cell says is absent, with the noun
// it names between (`` `.claude/rules/` directory does NOT exist ``, a
// claims verification's evidence: sonash-v0, 1 finding judged false) ---

fn verification(evidence: &str) -> Repo {
    let repo = Repo::new();
    repo.write("CLAUDE.md", "# Claude\n").write(
        "docs/verification.md",
        format!(
            "# Claims Verification\n\n- [ ] Re-run the verification\n\n| Claim | Status | Evidence |\n| --- | --- | --- |\n| C-239 | ✅ Done | `CLAUDE.md` is 14,147 chars |\n| C-240 | ✅ Done | {evidence} |\n"
        ),
    );
    repo.commit_all();
    repo
}

#[test]
fn a_folder_its_cell_says_does_not_exist_is_the_finding_of_a_review() {
    for evidence in [
        "`.claude/rules/` directory does NOT exist (confirmed: `ls` returned nothing)",
        "`docs/rules.md` file not found",
    ] {
        let run = verification(evidence).check(&["--select", "evidence/"]);
        assert_eq!(run.findings(), vec![], "{evidence}\n{}", run.dump());
    }
}

/// Twin: a folder the cell claims, and a noun followed by other words, are
/// judged.
#[test]
fn a_folder_its_cell_claims_is_judged() {
    for evidence in [
        "`.claude/rules/` directory holds the rules",
        "`.claude/rules/` exists",
    ] {
        let run = verification(evidence).check(&["--select", "evidence/missing-path"]);
        assert_eq!(
            run.findings(),
            vec![t(
                "evidence/missing-path",
                "docs/verification.md",
                8,
                20,
                ".claude/rules"
            )],
            "{evidence}\n{}",
            run.dump()
        );
    }
}

// --- status/unknown-value: `Read` in a table of the artifacts an agent
// read (`Read`, `Partial`, `Full`) is not a slip for `Ready` (sonash-v0's
// research notes: 6 findings judged false) ---

fn status_table(rows: &[(&str, &str)]) -> Repo {
    let body: String = rows
        .iter()
        .map(|(a, s)| format!("| {a} | {s} |\n"))
        .collect();
    let repo = Repo::new();
    repo.write(
        "notes/deep-read.md",
        format!("# Deep Read\n\n- [ ] Content evaluation\n\n## Artifacts Read\n\n| Artifact | Status |\n| --- | --- |\n{body}"),
    );
    repo.commit_all();
    repo
}

#[test]
fn read_is_what_was_read_not_a_slip_for_ready() {
    let run = status_table(&[
        ("README.md", "Read (676 lines)"),
        ("CLAUDE.md", "Read"),
        ("AGENTS.md", "Read"),
        ("CONTRIBUTING.md", "Partial (first 50 lines)"),
        ("spec.md", "Partial — first 60 lines"),
        ("Checklist", "Done"),
    ])
    .check(&["--select", "status/"]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: a slip of the fingers for `Ready` is reported.
#[test]
fn a_slip_for_ready_is_reported() {
    let run = status_table(&[
        ("Runbook", "Done"),
        ("Alerts", "In progress"),
        ("Backups", "Redy"),
        ("DNS", "Ready"),
    ])
    .check(&["--select", "status/unknown-value"]);
    assert_eq!(
        run.findings(),
        vec![t("status/unknown-value", "notes/deep-read.md", 11, 13, "")],
        "\n{}",
        run.dump()
    );
}

// --- path/outside-repo: a home folder's path in an evidence cell
// (`~/.claude/settings.json`, the verifier's own Claude Code configuration)
// is the local machine's, as `/Users/…` is (sonash-v0: 7 findings judged
// false) ---

#[test]
fn a_home_folder_path_in_evidence_is_the_local_machine() {
    let run = verification(
        "Auto memory confirmed at `~/.claude/projects/x/memory/` with 44 files; `~/.claude/settings.json` allows it",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["path/outside-repo", "evidence/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: an evidence path that climbs out of the repository is reported.
#[test]
fn an_evidence_path_climbing_out_is_reported() {
    let run = verification("`../../outside/report.md`").check(&[]);
    assert_eq!(
        run.findings_of(&["path/outside-repo", "evidence/missing-path"]),
        vec![t(
            "path/outside-repo",
            "docs/verification.md",
            8,
            20,
            "../../outside/report.md"
        )],
        "\n{}",
        run.dump()
    );
}

// --- citation/shifted: a numbered round of a review beside its next round
// (marius-posa/codeql-devin-fixer's `docs/SOLUTION_REVIEW_V5.md` beside
// `SOLUTION_REVIEW_V6.md`: 1 finding judged false) ---

/// `docs/<a>` and `docs/<b>` both cite `scripts/dispatch.py:5-6`; lines are
/// then inserted above the cited block.
fn rounds(a: &str, b: &str) -> Repo {
    let repo = Repo::new();
    let code: String = (1..=20).map(|i| format!("value_{i} = {i}\n")).collect();
    repo.write("scripts/dispatch.py", &code);
    repo.commit_all();
    let review = |name: &str| {
        let title = name.trim_end_matches(".md").replace('_', " ");
        format!(
            "# {title}: CodeQL Fixer\n\n**Path traversal** (Low): `scripts/dispatch.py:5-6` joins a user path.\n"
        )
    };
    repo.write(&format!("docs/{a}"), review(a))
        .write(&format!("docs/{b}"), review(b));
    repo.commit_all();
    repo.write(
        "scripts/dispatch.py",
        format!("import os\nimport sys\n{code}"),
    );
    repo.commit_all();
    repo
}

#[test]
fn an_earlier_round_of_a_review_is_its_history() {
    let run =
        rounds("SOLUTION_REVIEW_V5.md", "SOLUTION_REVIEW_V6.md").check(&["--select", "citation/"]);
    // The last round is judged.
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/shifted",
            "docs/SOLUTION_REVIEW_V6.md",
            3,
            27,
            "scripts/dispatch.py"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: numbered documents that are no review (a specification of each
/// version) are both judged.
#[test]
fn numbered_documents_of_another_kind_are_judged() {
    let run = rounds("API_SPEC_V1.md", "API_SPEC_V2.md").check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/shifted",
                "docs/API_SPEC_V1.md",
                3,
                27,
                "scripts/dispatch.py"
            ),
            t(
                "citation/shifted",
                "docs/API_SPEC_V2.md",
                3,
                27,
                "scripts/dispatch.py"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
