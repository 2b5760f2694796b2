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
/// does an `Artifacts` column beside a status column. A bare folder name
/// (`profiling-reports/`, under the folder the `Location` column names) is
/// read like a bare file name: no folder of that name anywhere, so it names
/// something kept elsewhere (SuperTemplate protocol 08).
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

| Artifact | Location | Validation Status |
|---|---|---|
| `profiling-reports/` | `.artifacts/protocol-08/` | Pass |
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

/// The `message` of the one finding of `rule` in a run.
fn message_of(run: &common::Run, rule: &str) -> String {
    let d = run.diagnostics_of(&[rule]);
    assert_eq!(d.len(), 1, "\n{}", run.dump());
    d[0]["message"].as_str().unwrap_or("").to_string()
}

/// Pulse `docs/API.md`: a ` ```json ` block never closed before the next
/// ` ```json ` (which cannot close it) runs on to that example's closing
/// fence, hiding a heading and its section. Reported at the opener, with
/// where the block really closes; the link to the hidden heading is broken
/// on GitHub too. Twins, silent: a ` ````markdown ` example holding a
/// ` ```json ` one (a longer fence nests), and a ` ```bash ` here-document
/// that writes a ` ```json ` line (code only before it).
#[test]
fn a_code_block_closed_only_by_the_next_examples_fence() {
    let repo = Repo::new();
    repo.write(
        "API.md",
        "\
# API

Returns:
```json
{ \"a\": 1 }

---

## Audit Log

### List
```json
{ \"b\": 2 }
```

## Next
",
    )
    .write(
        "nested.md",
        "\
# Nested

````markdown
## Response

```json
{ \"b\": 2 }
```
````

```bash
cat > out.md <<DOC
```json
{}
DOC
```

## After
",
    )
    .write(
        "a.md",
        "# A\n\n[audit](API.md#audit-log) and [after](nested.md#after)\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t("document/unclosed-fence", "API.md", 4, 1, ""),
            t("link/missing-anchor", "a.md", 3, 1, "API.md#audit-log"),
        ],
        "\n{}",
        run.dump()
    );
    assert_eq!(
        message_of(&run, "document/unclosed-fence"),
        "code fence ```json is closed only on line 14: the fence ```json on line 12 has an info string, so it cannot close the block, and the 7 lines before it render as code, hiding 2 headings; nothing in them is checked"
    );
}

/// A ` ```markdown ` example of a README that holds a ` ```bash ` block
/// (bobcrm PROMPT-01, SuperTemplate): on GitHub the inner closing fence
/// closes the example, so the example's `## Usage` renders as a real heading
/// (a link to `#usage` resolves) and the example's own closing fence opens a
/// block that swallows the document's next section (a link to
/// `#real-section` is broken) to the end. One finding, at the example's
/// opener: the block left open at the end is the same problem. Twin: the same
/// example inside a ` ````markdown ` fence renders as meant: silent, and the
/// links resolve the other way round.
#[test]
fn a_markdown_example_closed_early_by_its_nested_fence() {
    let example = "\
# Guide

```markdown
# My project

```bash
npm install
```

## Usage
```

## Real section

- [ ] ship it
";
    let good = example
        .replace("```markdown", "````markdown")
        .replace("## Usage\n```", "## Usage\n````");
    let repo = Repo::new();
    repo.write("guide.md", example)
        .write("good.md", good)
        .write(
            "a.md",
            "# A\n\n[u](guide.md#usage) [r](guide.md#real-section)\n\n[u](good.md#usage) [r](good.md#real-section)\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "a.md",
                3,
                21,
                "guide.md#real-section"
            ),
            t("link/missing-anchor", "a.md", 5, 1, "good.md#usage"),
            t("document/unclosed-fence", "guide.md", 3, 1, ""),
        ],
        "\n{}",
        run.dump()
    );
    assert_eq!(
        message_of(&run, "document/unclosed-fence"),
        "code fence ```markdown holds the fence ```bash on line 6, which cannot nest inside it: the block ends on line 8, where that inner example closes, so the rest of the example renders as Markdown and its closing fence on line 11 opens a new block whose 4 lines render as code, hiding 1 heading and 1 task item; later fences pair with the wrong ones, and the document ends inside a code block"
    );
}

/// A dated decision record in a `records/` folder (Pulse
/// `records/self-hosted-pro-runtime-truth-2026-04-23.md`) names the evidence
/// paths of its day: a file moved since is history, not a path to rewrite.
/// Twins, reported with the move: a dated security review with open findings
/// outside a records folder (Xin `docs/security/2025-11-13-ga-review.md`,
/// judged true in survey 4: whoever fixes the finding needs the file's new
/// place), and the undated index of the records folder.
#[test]
fn a_dated_record_keeps_the_paths_of_its_day() {
    let repo = Repo::new();
    repo.write("internal/api/alerts.go", "package api\n")
        .write(
            "docs/records/truth-2026-04-23.md",
            "\
# Decision Record

- Date: `2026-04-23`

| Area | Status | Evidence |
|---|---|---|
| Alerts | `shipped` | `internal/api/alerts.go` |
",
        )
        .write(
            "docs/security/2025-11-13-ga-review.md",
            "\
# GA Security Review — 2025-11-13

## Findings & Remediation Tracker
| Severity | Area | Description / Evidence | Mitigation / Owner |
| --- | --- | --- | --- |
| **High** | Alerts | No rate limit (`internal/api/alerts.go`). | Add one. **Owner:** API. |
",
        )
        .write(
            "docs/records/README.md",
            "# Records\n\n- [x] Alerts shipped: `internal/api/alerts.go`\n",
        )
        .commit_all();
    repo.mkdir("internal/api/alerting");
    repo.git(&[
        "mv",
        "internal/api/alerts.go",
        "internal/api/alerting/alerts.go",
    ]);
    repo.commit();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "path/renamed",
                "docs/records/README.md",
                3,
                23,
                "internal/api/alerts.go"
            ),
            t(
                "path/renamed",
                "docs/security/2025-11-13-ga-review.md",
                6,
                38,
                "internal/api/alerts.go"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
