//! Precision on the false or mis-worded patterns of survey 4 (issue 9):
//! repositories none of the other tests contain. Each false pattern, as found
//! in a public repository, stands next to its true twin, with exact findings.

mod common;

use common::{Repo, t};
use serde_json::Value;

#[track_caller]
fn assert_exact(repo: &Repo, rules: &[&str], expected: &[common::Tuple]) -> common::Run {
    let run = repo.check(&[]);
    assert_eq!(run.findings_of(rules), expected, "\n{}", run.dump());
    run
}

/// The one diagnostic of `rule` (panics, showing the run, when there is not exactly one).
#[track_caller]
fn only(run: &common::Run, rule: &str) -> Value {
    let d = run.diagnostics_of(&[rule]);
    assert_eq!(d.len(), 1, "\n{}", run.dump());
    d[0].clone()
}

fn text<'a>(d: &'a Value, field: &str) -> &'a str {
    d[field].as_str().unwrap_or("")
}

// --- status/unknown-value: `**Required**` in a ✅ table was "did you mean
// `Retired`" (maturion-foreman-office-app,
// PLATFORM_READINESS_EVIDENCE_VERIFICATION_CHECKLIST.md:177): an
// edit-distance guess that inverts the row's meaning ---

const GATE: &str = concat!(
    "# Platform readiness checklist\n",
    "\n",
    "| Check | Status | Notes |\n",
    "| --- | --- | --- |\n",
    "| All deliverables created | ✅ | 2 files created |\n",
    "| Evidence complete | ✅ | 803 lines |\n",
    "| Readiness determination made | ✅ | GREEN declared |\n",
);

#[test]
fn an_ordinary_word_two_edits_from_a_status_is_not_a_typo() {
    let repo = Repo::new();
    repo.write(
        "CHECKLIST.md",
        format!(
            "{GATE}| **Orphaned Test Prevention** | **Required** | **See section below** |\n| Audit | Recommended | later |\n"
        ),
    )
    .commit_all();
    assert_exact(&repo, &["status/"], &[]);
}

#[test]
fn twin_real_typos_of_a_status_are_reported_with_their_suggestion() {
    let repo = Repo::new();
    repo.write(
        "CHECKLIST.md",
        format!(
            "{GATE}| Migration | Compelte | |\n| Vendor | Blokced | |\n| Docs | In Progres | |\n"
        ),
    )
    .commit_all();
    let run = assert_exact(
        &repo,
        &["status/unknown-value"],
        &[
            t("status/unknown-value", "CHECKLIST.md", 8, 15, ""),
            t("status/unknown-value", "CHECKLIST.md", 9, 12, ""),
            t("status/unknown-value", "CHECKLIST.md", 10, 10, ""),
        ],
    );
    let messages: Vec<String> = run
        .diagnostics_of(&["status/unknown-value"])
        .iter()
        .map(|d| text(d, "message").to_string())
        .collect();
    assert_eq!(
        messages,
        [
            "`Compelte` is not a known status in column `Status`: did you mean `Complete`?",
            "`Blokced` is not a known status in column `Status`: did you mean `Blocked`?",
            "`In Progres` is not a known status in column `Status`: did you mean `In progress`?",
        ]
    );
}

// --- link/missing-path: `[View Canonical Change](<link>)` in an issue-body
// template (maturion governance/workflows/AGENT_CONTEXT_SYNC_WORKFLOW.md:389),
// exposed because a nested ```diff fence closed the outer ```markdown one ---

/// An issue-body template whose nested fence closes the outer one, with
/// `links` among its generated links.
fn issue_body(links: &str) -> String {
    format!(
        "# Agent context sync\n\n```markdown\n## Agent Context Update Required\n\n#### Diff\n```diff\n<unified diff of proposed changes>\n```\n\n### Auto-Generated Links\n{links}- [View Pull Request](<PR link>)\n```\n"
    )
}

#[test]
fn a_placeholder_in_angle_brackets_is_not_a_link_target() {
    let repo = Repo::new();
    repo.write(
        "governance/workflows/SYNC.md",
        issue_body("- [View Canonical Change](<link>)\n- [View Current Agent Context](<url>)\n"),
    )
    .commit_all();
    assert_exact(&repo, &["link/", "path/"], &[]);
}

#[test]
fn twin_a_real_destination_in_angle_brackets_is_still_judged() {
    let repo = Repo::new();
    repo.write(
        "governance/workflows/SYNC.md",
        issue_body("- [View Canonical Change](<link>)\n- [The guide](<docs/a b.md>) and [the notes](<notes.md>)\n"),
    )
    .commit_all();
    assert_exact(
        &repo,
        &["link/", "path/"],
        &[
            t(
                "link/missing-path",
                "governance/workflows/SYNC.md",
                13,
                3,
                "governance/workflows/docs/a b.md",
            ),
            t(
                "link/missing-path",
                "governance/workflows/SYNC.md",
                13,
                34,
                "governance/workflows/notes.md",
            ),
        ],
    );
}
