//! Precision of the structure rules on the patterns of the third survey (11
//! public repositories never seen before): a documented custom checkbox
//! legend, a document's own `[✓]` notation, a fence left open at the end of a
//! file with only code after it, a filler dash past a table's header, a `TBD`
//! owner on a not-started row of a plan, and a citation cut short by a
//! generated index. Every false positive stands next to its true-positive
//! twin, with exact findings.

mod common;

use common::{Repo, t};

const RULES: &[&str] = &[
    "task/malformed",
    "document/unclosed-fence",
    "table/column-count",
    "table/placeholder",
    "citation/malformed",
];

#[track_caller]
fn assert_exact(repo: &Repo, expected: &[common::Tuple]) -> common::Run {
    let run = repo.check(&[]);
    assert_eq!(run.findings_of(RULES), expected, "\n{}", run.dump());
    run
}

fn messages(run: &common::Run, rule: &str) -> Vec<String> {
    run.diagnostics_of(&[rule])
        .iter()
        .map(|d| d["message"].as_str().unwrap_or_default().to_string())
        .collect()
}

// --- task/malformed: a documented custom legend (shirokumado-ts) ---

#[test]
fn marks_a_legend_names_are_statuses_but_a_spacing_typo_is_still_reported() {
    let repo = Repo::new();
    repo.write(
        "updates/spec.md",
        "\
# Spec

**凡例**: `[ ]` 未着手 / `[~]` 作業中 / `[o]` 完了 / `[-]` 廃止

## 進捗状況

- [o] import パスが正しいことを確認
- [~] ビルドテスト
- [-] 廃止した作業
- [ ] 動作確認
-[x] typo
",
    )
    // The same markers with no legend: `[o]` among real task items is a
    // typo of a task box; `[-]` is another tool's cancelled item, no typo.
    .write(
        "docs/launch.md",
        "\
# Launch

- [x] DNS
- [o] Backups
- [-] Alerts
-[x] Monitoring
- [ x] Logs
",
    )
    // A legend that names only the standard boxes explains no other mark.
    .write(
        "docs/legend.md",
        "\
# Checks

Legend: `[ ]` open, `[x]` done

- [x] DNS
- [v] Backups
",
    )
    .commit_all();
    assert_exact(
        &repo,
        &[
            t("task/malformed", "docs/launch.md", 4, 1, ""),
            t("task/malformed", "docs/launch.md", 6, 1, ""),
            t("task/malformed", "docs/launch.md", 7, 1, ""),
            t("task/malformed", "docs/legend.md", 6, 1, ""),
            t("task/malformed", "updates/spec.md", 11, 1, ""),
        ],
    );
}

// --- task/malformed: a document's own `[✓]` notation (Ouvify) ---

#[test]
fn a_list_of_glyph_marks_is_notation_but_a_glyph_among_task_items_is_a_typo() {
    let repo = Repo::new();
    repo.write(
        "docs/audit.md",
        "\
# Audit

## Gap analysis

- [✓] Login
- [✓] Password reset

## Tasks

- [x] one
- [✓] two
- [ ] three
",
    )
    .write(
        "docs/report.md",
        "# Report\n\n- [✓] Login\n- [✔] Signup\n- [v] Reset\n",
    )
    .commit_all();
    assert_exact(&repo, &[t("task/malformed", "docs/audit.md", 11, 1, "")]);
}

/// A badly spaced task box (`-[ ]`) makes its section a task list too: a
/// glyph mark beside it is a typo, reported in the same run, so one pass of
/// `fix` repairs both (proptest of `fix_props` found the two-step case).
#[test]
fn a_glyph_beside_a_badly_spaced_task_box_is_a_typo_too() {
    let repo = Repo::new();
    repo.write("docs/plan.md", "# Plan\n\n- [v] alpha\n-[ ] beta\n")
        .commit_all();
    assert_exact(
        &repo,
        &[
            t("task/malformed", "docs/plan.md", 3, 1, ""),
            t("task/malformed", "docs/plan.md", 4, 1, ""),
        ],
    );
    assert_eq!(repo.run(&["fix"]).code, 0);
    assert_eq!(
        std::fs::read_to_string(repo.path().join("docs/plan.md")).expect("read"),
        "# Plan\n\n- [x] alpha\n- [ ] beta\n"
    );
}

// --- document/unclosed-fence: code to the end renders as if closed (IPPAN, keda-docs) ---

#[test]
fn a_fence_open_to_the_end_with_only_code_after_it_is_silent() {
    let repo = Repo::new();
    repo.write(
        "crates/rpc/README.md",
        "\
# RPC

## Usage Example

```rust
use ippan_rpc::start_server;

#[tokio::main]
async fn main() {
    start_server().await;
}
",
    )
    // `# comment` lines of a shell block and `- x` lines of YAML are code.
    .write(
        "docs/deploy.md",
        "# Deploy\n\n```bash\n# install\nnpm ci\n# start\nnpm start\n",
    )
    .write(
        "docs/jobs.md",
        "# Jobs\n\n```yaml\n# a job\nkind: ScaledJob\ntriggers:\n  - type: cron\n---\nkind: Other\n",
    )
    .commit_all();
    assert_exact(&repo, &[]);
}

#[test]
fn a_fence_that_swallows_headings_and_tasks_says_what_it_hides() {
    let repo = Repo::new();
    repo.write(
        "docs/backlog.md",
        "\
# Backlog

```bash
make build

## Tasks

- [ ] ship it
- [x] test it
- see [the plan](plan.md)
",
    )
    // A nested example: the inner fence closes the outer one, and the last
    // fence opens a block that runs to the end over the rest of the page.
    .write(
        "docs/prompt.md",
        "\
# Prompt

```markdown
Run:
```bash
make
```
```

## Next steps

| Step | Owner |
| --- | --- |
| Ship | @ops |
",
    )
    .commit_all();
    let run = assert_exact(
        &repo,
        &[
            t("document/unclosed-fence", "docs/backlog.md", 3, 1, ""),
            // Reported at the example's opener, where the cause is (survey 5):
            // the block left open at the end is the same problem.
            t("document/unclosed-fence", "docs/prompt.md", 3, 1, ""),
        ],
    );
    assert_eq!(
        messages(&run, "document/unclosed-fence"),
        [
            // In a shell block, `## Tasks` and `- see …` may be a comment
            // and a line of code: only what code never writes is counted.
            "code fence ``` is never closed: the 7 lines after it render as code, hiding \
             2 task items and 1 link or citation; nothing in them is checked",
            "code fence ```markdown holds the fence ```bash on line 5, which cannot nest \
             inside it: the block ends on line 7, where that inner example closes, so the \
             rest of the example renders as Markdown and its closing fence on line 8 opens \
             a new block whose 6 lines render as code, hiding 1 heading and 2 table rows; \
             later fences pair with the wrong ones, and the document ends inside a code block",
        ]
    );
}

// --- table/column-count: a filler dash past the header (IPPAN) ---

#[test]
fn an_extra_cell_holding_a_dash_is_filler_but_a_split_code_span_loses_text() {
    let repo = Repo::new();
    repo.write(
        "docs/audit.md",
        "\
# Audit

| Crate | Version | Status |
|-------|---------|--------|
| `ippan-ai-service` | `24.0` | Optional | - |
| `ippan-core` | `1.0` | Required | — |
| `ippan-rpc` | `2.0` | Required | |
",
    )
    .write(
        "docs/cli.md",
        "\
# CLI

| Flag | Meaning |
| --- | --- |
| `--network devnet|testnet|mainnet` | Picks the network |
",
    )
    .commit_all();
    assert_exact(&repo, &[t("table/column-count", "docs/cli.md", 5, 1, "")]);
}

// --- table/placeholder: a TBD owner on a not-started row of a plan (rust-project-goals) ---

#[test]
fn a_not_started_task_looking_for_an_owner_is_silent_but_a_done_row_without_one_is_not() {
    let repo = Repo::new();
    repo.write(
        "src/2026/crate-slicing.md",
        "\
# Crate slicing

## Task list

| Task | Owner | Status |
|------|-------|--------|
| Prototype cargo-slicer | @yijunyu | Done |
| Write technical paper | @yijunyu | In Progress |
| Design stub rlib emission in rustc | TBD | Not started |
| Present findings to compiler team | TBD | Not started |
",
    )
    // A done row without an owner, an under-way row without one, and a table
    // where nobody is assigned at all: gaps a maintainer fills in.
    .write(
        "docs/STATUS.md",
        "\
# Status

| Task | Owner | Status |
| --- | --- | --- |
| DNS | TBD | Done |
| Backups | @ops | Done |
| Alerts | TBD | In progress |
| Logs | TBD | Not started |

## Risks

| Risk | Owner | Status |
| --- | --- | --- |
| Uncategorised endpoints | TBD | Open |
| Endpoint count | TBD | Open |
",
    )
    .commit_all();
    let run = assert_exact(
        &repo,
        &[
            t("table/placeholder", "docs/STATUS.md", 5, 9, ""),
            t("table/placeholder", "docs/STATUS.md", 7, 12, ""),
            t("table/placeholder", "docs/STATUS.md", 14, 29, ""),
        ],
    );
    assert_eq!(
        messages(&run, "table/placeholder"),
        [
            "owner cell is `TBD` on a row marked done",
            "owner cell is `TBD`",
            "owner cell is `TBD` in 2 rows of this table (lines 14–15)",
        ]
    );
}

// --- citation/malformed: a citation cut short by a generated index (ABZU) ---

#[test]
fn a_citation_cut_with_an_ellipsis_is_an_excerpt_but_one_without_a_dagger_is_malformed() {
    let repo = Repo::new();
    repo.write("logs/run.txt", "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n")
        .write(
            "docs/INDEX.md",
            "\
# Index

| Doc | Title | Summary | Links |
| --- | --- | --- | --- |
| [demo](demo.md) | Demo | - Status: `limited: …`【F:logs/s... | - |
| [plan](plan.md) | Plan | Cut short【F:logs/run.txt†L1… | - |
",
        )
        .write("docs/demo.md", "# Demo\n")
        .write("docs/plan.md", "# Plan\n")
        .write(
            "docs/run.md",
            "# Run\n\nSee the run log 【F:logs/run.txt L3-L9】.\n",
        )
        .commit_all();
    assert_exact(&repo, &[t("citation/malformed", "docs/run.md", 3, 17, "")]);
}
