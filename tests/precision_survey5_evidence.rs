//! Evidence and fence patterns of the fifth survey (seven public repositories
//! never seen before): a comparison table's column of another project's
//! evidence, an `Artifact` list of outputs a run will produce, paths that
//! continue a folder named earlier in their cell, evidence under a git-ignored
//! folder, and a code block closed far too late. Each false positive stands
//! next to its true-positive twin, with exact findings.

mod common;

use common::{Repo, t};

/// The comparison table of the survey (Fixops): `TrueCourse Evidence` holds
/// paths of the competitor's repository, `Fixops Evidence` this one's.
const COMPARISON: &str = "\
# Compare

| # | Capability | TrueCourse Evidence | Fixops Evidence | Status |
|---|---|---|---|---|
| 1 | Rules | `apps/server/src/rules.ts` | `suite-integrations/github/adapter.py` | FIXOPS_WINS |
| 2 | Graph | `apps/web/src/GraphCanvas.tsx` | `suite-core/core/graph.py` | TRUECOURSE_WINS |
| 3 | Twin | — | `suite-integrations/gitlab/adapter.py` | FIXOPS_WINS |
";

/// A column about another project is not this repository's evidence: its
/// paths resolve nowhere here (not even their first folder) while the other
/// evidence column's do. The twin: a missing path of the repository's own
/// column stays reported.
#[test]
fn another_projects_evidence_column_is_not_judged() {
    let repo = Repo::new();
    repo.write("suite-integrations/github/adapter.py", "x\n")
        .write("suite-core/core/graph.py", "x\n")
        .write("cmp.md", COMPARISON)
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "evidence/missing-path",
            "cmp.md",
            7,
            18,
            "suite-integrations/gitlab/adapter.py"
        )],
        "\n{}",
        run.dump()
    );
}

/// When a column's header names this repository (`Fixops Evidence`, origin
/// `…/Fixops.git`), another named column is someone else's even when some of
/// its paths exist here too (a Fixops-native row cites a Fixops file in the
/// TrueCourse column). Twin: without a name for the repository and with a
/// TrueCourse path whose first folder exists here, both columns are judged.
#[test]
fn a_header_that_names_the_repository_decides() {
    let table = COMPARISON.replace(
        "| 3 | Twin |",
        "| 4 | Pipeline | `suite-core/core/graph.py` | `suite-core/core/graph.py` | FIXOPS_WINS |\n| 3 | Twin |",
    );
    let named = Repo::new();
    named
        .write("suite-integrations/github/adapter.py", "x\n")
        .write("suite-core/core/graph.py", "x\n")
        .write("cmp.md", &table)
        .commit_all();
    named.git(&[
        "remote",
        "add",
        "origin",
        "https://github.com/DevOpsMadDog/Fixops.git",
    ]);
    let run = named.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "evidence/missing-path",
            "cmp.md",
            8,
            18,
            "suite-integrations/gitlab/adapter.py"
        )],
        "\n{}",
        run.dump()
    );

    // Twin: no remote, and a `suite-core/…` path in the TrueCourse column
    // (its first folder exists here): the column may be this repository's.
    let unnamed = Repo::new();
    unnamed
        .write("suite-integrations/github/adapter.py", "x\n")
        .write("suite-core/core/graph.py", "x\n")
        .write(
            "cmp.md",
            table.replace(
                "`apps/web/src/GraphCanvas.tsx`",
                "`suite-core/web/Canvas.tsx`",
            ),
        )
        .commit_all();
    let run = unnamed.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "evidence/missing-path",
                "cmp.md",
                5,
                15,
                "apps/server/src/rules.ts"
            ),
            t(
                "evidence/missing-path",
                "cmp.md",
                6,
                15,
                "suite-core/web/Canvas.tsx"
            ),
            t(
                "evidence/missing-path",
                "cmp.md",
                8,
                18,
                "suite-integrations/gitlab/adapter.py"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Two evidence columns of this repository (`Test Evidence`, `Doc Evidence`):
/// a column whose paths are all missing but name folders that exist here is
/// still judged.
#[test]
fn two_own_evidence_columns_are_both_judged() {
    let repo = Repo::new();
    repo.write("docs/guide.md", "# Guide\n")
        .write("tests/unit/a_test.py", "x\n")
        .write(
            "tracker.md",
            "\
# Tracker

| Item | Status | Test Evidence | Doc Evidence |
|---|---|---|---|
| Login | ✅ Done | `tests/e2e/login.spec.ts` | `docs/guide.md` |
",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "evidence/missing-path",
            "tracker.md",
            5,
            20,
            "tests/e2e/login.spec.ts"
        )],
        "\n{}",
        run.dump()
    );
}

/// A protocol's `| Artifact | Required | Notes |` table lists the outputs a
/// run will produce (SuperTemplate): not evidence. Twin: `| Item | Status |
/// Evidence |` with a done row whose folder is missing stays reported, and so
/// does an `Artifacts` column beside a status column.
#[test]
fn an_artifact_list_without_a_status_column_is_not_evidence() {
    let repo = Repo::new();
    repo.write(
        "protocol.md",
        "\
# Protocol 02

**Protocol Evidence Directory**: `.artifacts/protocol-02/`

| Artifact | Required | Notes |
|---|---|---|
| `discovery-recap.md` | ✅ | summary |
| `transcripts/` | ☑️ Recom. | transcript |
",
    )
    .write(
        "tracker.md",
        "\
# Tracker

| Item | Status | Evidence |
|---|---|---|
| Login | ✅ Done | `logs/login/` |

| Item | Status | Artifacts |
|---|---|---|
| Soak | ✅ Done | `reports/soak/` |
",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t("evidence/missing-path", "tracker.md", 5, 20, "logs/login"),
            t("evidence/missing-path", "tracker.md", 9, 19, "reports/soak"),
        ],
        "\n{}",
        run.dump()
    );
}

/// `` `suite-integrations/`, `github/adapter.py`, `siem/hec.py` ``: later
/// items are relative to the folder named first in the cell (Fixops), also
/// when they sit deeper under its first folder (`pages/discover/B.tsx` after
/// `suite-ui/app/src/pages/A.tsx:507`) or name a folder alone
/// (`` `prowler/` ``). Twin: a full path that is missing, and a continuation
/// that exists nowhere under the named folder, stay reported.
#[test]
fn continuation_paths_resolve_under_the_folder_named_first() {
    let repo = Repo::new();
    repo.write("suite-integrations/github/adapter.py", "x\n")
        .write("suite-integrations/siem/hec.py", "x\n")
        .write("suite-integrations/prowler/router.py", "x\n")
        .write("suite-ui/app/src/pages/A.tsx", common::lines(600))
        .write("suite-ui/app/src/pages/discover/B.tsx", "x\n")
        .write(
            "cmp.md",
            "\
# Compare

| # | Capability | Evidence | Status |
|---|---|---|---|
| 1 | Integrations | `suite-integrations/`, `github/adapter.py`, `siem/hec.py`, `prowler/` | ✅ Done |
| 2 | Graph | `suite-ui/app/src/pages/A.tsx:507`; `pages/discover/B.tsx` | ✅ Done |
| 3 | Twin | `suite-integrations/gitlab/adapter.py` | ✅ Done |
| 4 | Twin | `suite-integrations/`, `jira/adapter.py` | ✅ Done |
",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "evidence/missing-path",
                "cmp.md",
                7,
                14,
                "suite-integrations/gitlab/adapter.py"
            ),
            t("evidence/missing-path", "cmp.md", 8, 37, "jira/adapter.py"),
        ],
        "\n{}",
        run.dump()
    );
}

/// Evidence under a folder `.gitignore` ignores (`htmlcov/`, `.claude-flow/hive-mind/`)
/// is a build or run's output no commit holds, as `link/missing-path` judges
/// it. Twin: a missing path under a folder nobody ignores, and a file ignored
/// by a file pattern (`*.log`), stay reported.
#[test]
fn evidence_under_an_ignored_folder_is_not_judged() {
    let repo = Repo::new();
    repo.write(".gitignore", "htmlcov/\n.claude-flow/hive-mind/\n*.log\n")
        .write(
            "audit.md",
            "\
# Audit

| Item | Status | Evidence |
|---|---|---|
| Coverage | ✅ Done | `htmlcov/z_ide_router_py.html` |
| Hive | ✅ Done | `.claude-flow/hive-mind/state.json` |
| Report | ✅ Done | `reports/cov/index.html` |
| Run | ✅ Done | `logs/run.log` |
",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "evidence/missing-path",
                "audit.md",
                7,
                21,
                "reports/cov/index.html"
            ),
            t("evidence/missing-path", "audit.md", 8, 18, "logs/run.log"),
        ],
        "\n{}",
        run.dump()
    );
}
