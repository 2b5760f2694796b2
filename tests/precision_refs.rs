//! Precision of the reference rules on patterns found in real repositories:
//! every false positive next to its true-positive twin, with exact findings.

mod common;

use common::{Repo, lines, t};

const RULES: &[&str] = &[
    "citation/",
    "link/",
    "path/",
    "evidence/",
    "mention/missing-path",
    "encoding/invalid-utf8",
    "document/unclosed-fence",
];

/// Turns `mention/missing-path` on (it is off by default).
fn mentions_on(repo: &Repo) -> &Repo {
    repo.write(
        "checkmark.toml",
        "[rules]\n\"mention/missing-path\" = \"warning\"\n",
    )
}

#[track_caller]
fn assert_exact(repo: &Repo, args: &[&str], expected: &[common::Tuple]) -> common::Run {
    let run = repo.check(args);
    assert_eq!(run.findings_of(RULES), expected, "\n{}", run.dump());
    run
}

fn help_of(run: &common::Run, rule: &str) -> String {
    run.diagnostics_of(&[rule])
        .first()
        .and_then(|d| d["help"].as_str().map(str::to_string))
        .unwrap_or_default()
}

// --- mention/missing-path: evidence only where something claims done ---

#[test]
fn a_mention_in_an_open_task_or_a_plan_is_silent_but_a_checked_item_is_evidence() {
    let repo = Repo::new();
    mentions_on(&repo);
    repo.write("src/app.ts", "x\n")
        .write(
            "docs/plan.md",
            "\
# Plan

- [ ] Create `scripts/one-command-deploy.sh` script
- [x] Added `src/lib/foo.ts`

**File locations**:
- `src/core/nas/darts.py`
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "mention/missing-path",
            "docs/plan.md",
            4,
            13,
            "src/lib/foo.ts",
        )],
    );
}

#[test]
fn a_mention_in_a_done_row_is_evidence_but_not_in_an_open_row() {
    let repo = Repo::new();
    mentions_on(&repo);
    repo.write("src/app.ts", "x\n")
        .write(
            "docs/status.md",
            "\
# Status

| Item | Status | Notes |
| --- | --- | --- |
| Login | ✅ Done | in `src/login.ts` |
| Cart | 🔄 In progress | will live in `src/cart.ts` |
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "mention/missing-path",
            "docs/status.md",
            5,
            23,
            "src/login.ts",
        )],
    );
}

#[test]
fn a_checked_item_that_removed_a_file_claims_nothing_about_it() {
    let repo = Repo::new();
    mentions_on(&repo);
    repo.write("src/app.ts", "x\n")
        .write(
            "docs/done.md",
            "\
# Done

- [x] Removed `src/legacy.ts`

**Deleted files:**
- [x] `src/old.ts`

## Shipped

- [x] Shipped `src/new.ts`
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "mention/missing-path",
            "docs/done.md",
            10,
            15,
            "src/new.ts",
        )],
    );
}

#[test]
fn a_mention_of_an_ignored_build_output_is_silent_but_an_unignored_one_is_not() {
    let repo = Repo::new();
    mentions_on(&repo);
    repo.write(".gitignore", "dist/\n.env\n")
        .write("apps/spa/index.ts", "x\n")
        .write(
            "docs/release.md",
            "\
# Release

- [x] Built `apps/spa/dist/bundle.js`
- [x] Configured `apps/spa/.env`
- [x] Wrote `apps/spa/main.ts`
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "mention/missing-path",
            "docs/release.md",
            5,
            13,
            "apps/spa/main.ts",
        )],
    );
}

#[test]
fn a_mention_written_from_a_nested_project_folder_is_found() {
    let repo = Repo::new();
    mentions_on(&repo);
    repo.write("apps/mobile/src/screens/Home.tsx", "x\n")
        .write(
            "docs/mobile.md",
            "\
# Mobile

- [x] Home screen in `src/screens/Home.tsx`
- [x] Settings in `src/screens/Settings.tsx`
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "mention/missing-path",
            "docs/mobile.md",
            4,
            19,
            "src/screens/Settings.tsx",
        )],
    );
}

#[test]
fn elided_placeholder_and_example_paths_are_not_paths() {
    let repo = Repo::new();
    mentions_on(&repo);
    repo.write("src/app.ts", "x\n")
        .write(
            "docs/x.md",
            "\
# X

- [x] Page `src/app/.../admin/page.tsx`
- [x] Migration `src/migrations/XXX_create.sql`
- [x] Report `src/reports/YYYY-MM-DD.md`
- [x] Example `path/to/file.md`
- [x] Real `src/missing.ts`
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "mention/missing-path",
            "docs/x.md",
            7,
            12,
            "src/missing.ts",
        )],
    );
}

#[test]
fn mentions_are_off_by_default() {
    let repo = Repo::new();
    repo.write("src/app.ts", "x\n")
        .write("docs/plan.md", "# Plan\n\n- [x] Added `src/lib/foo.ts`\n")
        .commit_all();
    assert_exact(&repo, &[], &[]);
    // Selected on the command line, it speaks.
    assert_exact(
        &repo,
        &["--select", "mention/missing-path"],
        &[t(
            "mention/missing-path",
            "docs/plan.md",
            3,
            13,
            "src/lib/foo.ts",
        )],
    );
}

// --- evidence/missing-path: a cell is a path only when it looks like one ---

#[test]
fn evidence_cells_that_are_not_paths_are_silent() {
    let repo = Repo::new();
    repo.write("docs/runbook.md", "# Runbook\n")
        .write(
            "docs/evidence.md",
            "\
# Evidence

| Item | Status | Evidence |
| --- | --- | --- |
| Env | ✅ Done | `DATABASE_URL` |
| Tests | ✅ Done | `414/414` |
| Module | ✅ Done | `app.core.config` |
| Route | ✅ Done | `/dashboard` |
| Site | ✅ Done | `github.com/org/repo` |
| Date | ✅ Done | `2025/01/15` |
| Runbook | ✅ Done | `/docs/runbook.md` |
| Missing | ✅ Done | `/docs/missing.md` |
| Report | ✅ Done | `report.pdf` |
| Shot | ✅ Done | `07-created-authorization.jpg` |
| Table | ✅ Done | `tax_dispute_cases/events` |
| Vars | ✅ Done | `PW_EMAIL/PASSWORD` |
| Migration | ✅ Done | `20260716212837/bt_session_note` |
| Shorthand | ✅ Done | `runbook.md` |
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[
            // A bare name (`report.pdf`, no `/`) that no file of the tree has
            // is an artifact kept elsewhere (survey 2: E-BARE), not a path.
            t(
                "evidence/missing-path",
                "docs/evidence.md",
                12,
                22,
                "docs/missing.md",
            ),
            // A bare file name found nowhere in the tree (`report.pdf`, a
            // screenshot) names an artifact kept elsewhere (survey 2: E1);
            // `runbook.md` is the one file of that name (E2). Tables and
            // variables (E4) and a migration id are no paths.
        ],
    );
}

#[test]
fn evidence_that_climbs_above_the_root_is_outside_the_repository() {
    let repo = Repo::new();
    repo.write(
        "docs/e.md",
        "\
# E

| Item | Status | Evidence |
| --- | --- | --- |
| Up | ✅ Done | `../../secrets.log` |
| In | ✅ Done | `../README.md` |
",
    )
    .write("README.md", "# R\n")
    .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "path/outside-repo",
            "docs/e.md",
            5,
            17,
            "../../secrets.log",
        )],
    );
}

// --- one problem, one finding ---

#[test]
fn one_untracked_evidence_file_gives_one_finding() {
    let repo = Repo::new();
    repo.write("README.md", "# R\n").commit_all();
    repo.write(
        "docs/c.md",
        "\
# C

## Soak

| Item | Status | Evidence |
| --- | --- | --- |
| Soak | ✅ Done | `logs/soak.log` |
| Empty | ✅ Done | TBD |

- [x] Soak run 【F:logs/soak.log】
- See [soak](#soak).
",
    )
    .write("logs/soak.log", "x\n");
    assert_exact(
        &repo,
        &[],
        &[
            t("path/untracked", "docs/c.md", 7, 19, "logs/soak.log"),
            t("evidence/missing-for-done", "docs/c.md", 8, 1, ""),
            t("path/untracked", "docs/c.md", 10, 16, "logs/soak.log"),
        ],
    );
}

#[test]
fn a_citation_past_the_end_is_line_range_only() {
    let repo = Repo::new();
    repo.write("src/a.py", lines(3))
        .write(
            "docs/a.md",
            "# A\n\nSee 【F:src/a.py†L2-L9】 and 【F:src/a.py†L1-L2】.\n",
        )
        .commit_all();
    repo.write("src/a.py", "changed\n".repeat(3)).commit_all();
    assert_exact(
        &repo,
        &[],
        &[
            t("citation/line-range", "docs/a.md", 3, 5, "src/a.py"),
            t("citation/stale", "docs/a.md", 3, 28, "src/a.py"),
        ],
    );
}

// --- known misses ---

#[test]
fn a_range_without_l_is_malformed_with_the_right_form() {
    let repo = Repo::new();
    repo.write("src/a.py", lines(20))
        .write(
            "docs/a.md",
            "# A\n\nSee 【F:src/a.py†10-12】 and 【F:src/a.py†L10-12】.\n",
        )
        .commit_all();
    let run = assert_exact(
        &repo,
        &[],
        &[t("citation/malformed", "docs/a.md", 3, 5, "")],
    );
    assert!(
        help_of(&run, "citation/malformed").contains("【F:src/a.py†L10-L12】"),
        "{}",
        run.dump()
    );
}

// --- suggestions ---

#[test]
fn suggestions_prefer_the_moved_file_and_stay_quiet_when_unsure() {
    let repo = Repo::new();
    repo.write(".github/workflows/pr-gate.yml", "x\n")
        .write("docs/database/DATA_RETENTION_POLICY.md", "# P\n")
        .write("docs/rollback-plan.md", "# R\n")
        .write(
            "docs/s.md",
            "\
# S

| Item | Status | Evidence |
| --- | --- | --- |
| Gate | ✅ Done | `.github/workflows/slo-gate.yml` |
| Policy | ✅ Done | `docs/DATA_RETENTION_POLICY.md` |
| Plan | ✅ Done | `docs/rolback-plan.md` |
",
        )
        .commit_all();
    let run = assert_exact(
        &repo,
        &[],
        &[
            t(
                "evidence/missing-path",
                "docs/s.md",
                5,
                19,
                ".github/workflows/slo-gate.yml",
            ),
            t(
                "evidence/missing-path",
                "docs/s.md",
                6,
                21,
                "docs/DATA_RETENTION_POLICY.md",
            ),
            t(
                "evidence/missing-path",
                "docs/s.md",
                7,
                19,
                "docs/rolback-plan.md",
            ),
        ],
    );
    let helps: Vec<String> = run
        .diagnostics()
        .iter()
        .map(|d| d["help"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(!helps[0].contains("did you mean"), "{helps:?}");
    assert!(
        helps[1].contains("did you mean `docs/database/DATA_RETENTION_POLICY.md`"),
        "{helps:?}"
    );
    assert!(
        helps[2].contains("did you mean `docs/rollback-plan.md`"),
        "{helps:?}"
    );
}

// --- vendored and generated trees ---

#[test]
fn vendored_trees_and_macos_metadata_are_not_checked_but_project_docs_are() {
    let repo = Repo::new();
    repo.write("node_modules/pkg/README.md", "[x](missing.md)\n")
        .write("web/vendor/lib/README.md", "[x](missing.md)\n")
        .write(
            "__MACOSX/docs/._plan.md",
            b"\x00\x05\x16\x07\xff\xfe".as_slice(),
        )
        .write("docs/._plan.md", b"\x00\x05\x16\x07\xff\xfe".as_slice())
        .write("docs/plan.md", "[x](missing.md)\n")
        .commit_all();
    let run = assert_exact(
        &repo,
        &[],
        &[t(
            "link/missing-path",
            "docs/plan.md",
            1,
            1,
            "docs/missing.md",
        )],
    );
    assert_eq!(run.files_checked(), 1, "{}", run.dump());
}

// --- documentation sites ---

#[test]
fn links_in_an_mkdocs_site_are_read_the_sites_way() {
    let repo = Repo::new();
    repo.write("mkdocs.yml", "site_name: x\n")
        .write("docs/advanced/transports.md", "# Transports\n\n## ASGI\n")
        .write(
            "docs/async.md",
            "\
# Async

See [transports](../advanced/transports#asgi).
See [typo](advanced/transport.md).
See [dir](advanced/transports/).
",
        )
        .commit_all();
    // `advanced/transports/` is read from the page's URL (`/async/`), as
    // MkDocs 1.6.1 leaves it: `/async/advanced/transports/`, no page.
    assert_exact(
        &repo,
        &[],
        &[
            t(
                "link/missing-path",
                "docs/async.md",
                4,
                5,
                "docs/advanced/transport.md",
            ),
            t(
                "link/missing-path",
                "docs/async.md",
                5,
                5,
                "docs/advanced/transports",
            ),
        ],
    );
}

#[test]
fn links_in_a_docusaurus_site_are_read_the_sites_way() {
    let repo = Repo::new();
    repo.write("website/docusaurus.config.ts", "export default {}\n")
        .write("website/static/img/a.png", "x")
        .write("docs/api/createSlice.mdx", "# createSlice\n")
        .write("docs/api/createAsyncThunk.mdx", "# createAsyncThunk\n")
        .write(
            "docs/api/other.md",
            "\
# Other

[a](./createAsyncThunk) [b](/api/createSlice) [c](/img/a.png) [d](./createThunk)
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "link/missing-path",
            "docs/api/other.md",
            3,
            63,
            "docs/api/createThunk",
        )],
    );
}

#[test]
fn without_a_site_generator_directory_urls_are_missing() {
    let repo = Repo::new();
    repo.write("docs/advanced/transports.md", "# T\n")
        .write("docs/async.md", "[t](../advanced/transports)\n")
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "link/missing-path",
            "docs/async.md",
            1,
            1,
            "advanced/transports",
        )],
    );
}

// --- document/unclosed-fence ---

#[test]
fn an_unclosed_fence_is_reported_at_its_opening_fence() {
    let repo = Repo::new();
    repo.write(
        "docs/backlog.md",
        "\
# Backlog

```bash
make build

```python
print(1)

## Tasks

- [ ] ship it
",
    )
    .write(
        "docs/closed.md",
        "# Closed\n\n```bash\nmake\n```\n\n- ```\n  code\n- item\n\n```\n",
    )
    .commit_all();
    let run = assert_exact(
        &repo,
        &[],
        &[t("document/unclosed-fence", "docs/backlog.md", 3, 1, "")],
    );
    let msg = run.diagnostics_of(&["document/unclosed-fence"])[0]["message"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(msg.contains("the 8 lines after it"), "{msg}");
    assert!(msg.contains("line 6"), "{msg}");
}

// --- lines as git counts them ---

#[test]
fn cr_cr_lf_is_one_line_in_findings_and_cited_ranges() {
    let repo = Repo::new();
    repo.write("src/a.txt", "a\r\r\nb\r\r\nc\r\r\n")
        .write(
            "docs/a.md",
            "# A\r\r\n\r\r\nText\r\r\n\r\r\nSee 【F:gone.txt】 【F:src/a.txt†L3】 【F:src/a.txt†L4】\r\r\n",
        )
        .write(
            "docs/b.md",
            "# B\r\n\r\nText\r\n\r\nSee 【F:gone.txt】\r\n",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[
            t("citation/missing-path", "docs/a.md", 5, 5, "gone.txt"),
            t("citation/line-range", "docs/a.md", 5, 35, "src/a.txt"),
            t("citation/missing-path", "docs/b.md", 5, 5, "gone.txt"),
        ],
    );
}

// --- links and citations seen in real repositories ---

#[test]
fn evidence_of_a_not_started_row_is_yet_to_be_produced() {
    let repo = Repo::new();
    repo.write("docs/evidence/LR-001.log", "ok\n")
        .write(
            "docs/STATUS.md",
            "\
# Status

| Task | Status | Evidence |
| --- | --- | --- |
| LR-001 | Done | [log](evidence/LR-001.log) |
| LR-002 | Not started | [log](evidence/LR-002.log) |
| LR-003 | Not started | `docs/evidence/LR-003.log` |
| LR-004 | Done | [log](evidence/LR-004.log) |
",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "link/missing-path",
            "docs/STATUS.md",
            8,
            19,
            "docs/evidence/LR-004.log",
        )],
    );
}

#[test]
fn a_citation_with_an_editor_line_suffix_is_a_line_range() {
    let repo = Repo::new();
    repo.write("src/a.py", lines(20))
        .write(
            "docs/a.md",
            "# A\n\nSee 【F:src/a.py:14】 【F:src/a.py:30】 【F:src/b.py:14】.\n",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[
            t("citation/line-range", "docs/a.md", 3, 21, "src/a.py"),
            t("citation/missing-path", "docs/a.md", 3, 37, "src/b.py"),
        ],
    );
}

#[test]
fn placeholder_link_targets_and_page_head_html_are_not_links() {
    let repo = Repo::new();
    repo.write(
        "docs/a.md",
        "\
# A

The goal, from [PR](tbd).

[s3-backend]: TODO

<link rel=\"icon\" href=\"/favicon-32x32.png\">
<Image src=\"/feature-1.png\" alt=\"x\" />
<img src=\"missing.png\">
",
    )
    .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "link/missing-path",
            "docs/a.md",
            9,
            11,
            "docs/missing.png",
        )],
    );
}

#[test]
fn a_link_written_from_the_root_says_how_to_write_it() {
    let repo = Repo::new();
    repo.write("src/lib/env/validate.ts", "x\n")
        .write("docs/runbook.md", "# R\n\n[v](src/lib/env/validate.ts)\n")
        .commit_all();
    let run = assert_exact(
        &repo,
        &[],
        &[t(
            "link/missing-path",
            "docs/runbook.md",
            3,
            1,
            "docs/src/lib/env/validate.ts",
        )],
    );
    assert!(
        help_of(&run, "link/missing-path").contains("`../src/lib/env/validate.ts`"),
        "{}",
        run.dump()
    );
}

#[test]
fn many_links_written_from_the_root_in_one_document_are_one_finding() {
    // A generated report in docs/reports/ links `src/x.py` as if it stood at the
    // root: one problem, reported once, counting the others.
    let repo = Repo::new();
    let mut doc = String::from("# Report\n\n");
    for i in 0..6 {
        repo.write(&format!("src/m{i}.py"), "x = 1\n");
        doc.push_str(&format!("- [m{i}](src/m{i}.py)\n"));
    }
    repo.write("docs/reports/report.md", &doc).commit_all();
    let run = assert_exact(
        &repo,
        &[],
        &[t(
            "link/missing-path",
            "docs/reports/report.md",
            3,
            3,
            "docs/reports/src/m0.py",
        )],
    );
    let message = run.diagnostics()[0]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        message.ends_with("; 5 more links of this document are written from the repository root too (GitHub reads every link from the document's folder)"),
        "{message}"
    );
}

#[test]
fn a_few_links_written_from_the_root_are_each_reported() {
    // The twin: below five, each broken link is its own finding.
    let repo = Repo::new();
    repo.write("src/a.py", "a = 1\n")
        .write("src/b.py", "b = 1\n")
        .write(
            "docs/plan.md",
            "# Plan\n\n- [a](src/a.py)\n- [b](src/b.py)\n",
        )
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[
            t("link/missing-path", "docs/plan.md", 3, 3, "docs/src/a.py"),
            t("link/missing-path", "docs/plan.md", 4, 3, "docs/src/b.py"),
        ],
    );
}

// --- link/missing-path: editor-style `path:LINE` targets and struck text (L2, L4) ---

/// A mypy report pasted into a plan (emp_proving_ground_v1's dated
/// `*_diagnostics.md`): every link is an editor-style `path:LINE` target
/// written from the repository root.
fn diagnostics_dump() -> String {
    let mut s = String::from("# Batch 10 diagnostics\n\n");
    for n in 1..=6 {
        s.push_str(&format!(
            "- [src/a.py](src/a.py:{n}): error: Function is missing a return type annotation\n"
        ));
    }
    s.push_str("- [src/gone.py](src/gone.py:9): error: Name is not defined\n");
    s
}

#[test]
fn editor_style_targets_of_one_document_are_one_finding() {
    let repo = Repo::new();
    repo.write("src/a.py", lines(20))
        .write("docs/plans/2025-08-26_diagnostics.md", diagnostics_dump())
        .commit_all();
    let run = assert_exact(
        &repo,
        &[],
        &[t(
            "link/missing-path",
            "docs/plans/2025-08-26_diagnostics.md",
            3,
            3,
            "docs/plans/src/a.py:1",
        )],
    );
    let d = run.diagnostics_of(&["link/missing-path"]);
    let msg = d[0]["message"].as_str().unwrap_or("");
    assert!(
        msg.contains("6 more links of this document are editor-style `path:LINE` targets too, 1 of them to a file that does not exist at all"),
        "{msg}"
    );
    assert!(
        help_of(&run, "link/missing-path").contains("write `../../src/a.py#L1`"),
        "{}",
        help_of(&run, "link/missing-path")
    );
}

#[test]
fn twin_a_few_editor_style_targets_are_each_reported_with_the_github_form() {
    let repo = Repo::new();
    repo.write("src/a.py", lines(20))
        .write(
            "list.md",
            "# Plan\n\n- Add strict settings to [a.py](src/a.py:12)\n- and [b.py](src/b.py:)\n",
        )
        .commit_all();
    let run = assert_exact(
        &repo,
        &[],
        &[
            t("link/missing-path", "list.md", 3, 26, "src/a.py:12"),
            t("link/missing-path", "list.md", 4, 7, "src/b.py:"),
        ],
    );
    let d = run.diagnostics_of(&["link/missing-path"]);
    let h0 = d[0]["help"].as_str().unwrap_or("");
    let h1 = d[1]["help"].as_str().unwrap_or("");
    assert!(
        h0.contains("`src/a.py` exists") && h0.contains("write `src/a.py#L12`"),
        "{h0}"
    );
    assert!(h1.contains("`src/b.py` does not exist either"), "{h1}");
}

/// An editor-style range keeps its range in the GitHub form the help
/// offers (`src/a.py:3-9` → `src/a.py#L3-L9`), beside a single line's
/// `#L12` (survey 72b: `middleware.ts:1-150` was offered `#L1`).
#[test]
fn an_editor_style_range_is_offered_as_a_github_range() {
    let repo = Repo::new();
    repo.write("src/a.py", lines(20))
        .write(
            "list.md",
            "# Plan\n\n- Read [a.py](src/a.py:3-9)\n- and [a.py](src/a.py:12)\n",
        )
        .commit_all();
    let run = assert_exact(
        &repo,
        &[],
        &[
            t("link/missing-path", "list.md", 3, 8, "src/a.py:3-9"),
            t("link/missing-path", "list.md", 4, 7, "src/a.py:12"),
        ],
    );
    let d = run.diagnostics_of(&["link/missing-path"]);
    let h0 = d[0]["help"].as_str().unwrap_or("");
    let h1 = d[1]["help"].as_str().unwrap_or("");
    assert!(h0.contains("write `src/a.py#L3-L9`"), "{h0}");
    assert!(h1.contains("write `src/a.py#L12`"), "{h1}");
}

#[test]
fn a_link_in_struck_through_text_is_withdrawn() {
    let repo = Repo::new();
    repo.write(
        "plan.md",
        "# Plan\n\n- ~~Replace Any payloads in [robust.py](src/robust.py)~~ (module removed)\n",
    )
    .commit_all();
    assert_exact(&repo, &[], &[]);
}

#[test]
fn twin_a_link_beside_struck_through_text_is_checked() {
    let repo = Repo::new();
    repo.write(
        "plan.md",
        "# Plan\n\n- ~~Replace Any payloads~~ in [robust.py](src/robust.py)\n",
    )
    .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t("link/missing-path", "plan.md", 3, 31, "src/robust.py")],
    );
}

#[test]
fn in_a_document_written_from_the_root_links_to_removed_files_join_its_finding() {
    // emp's DE-SHIMMIFICATION_PLAN: shims since removed, linked the root's way
    // like every other link of the document.
    let repo = Repo::new();
    let mut doc = String::from("# Plan\n\n");
    for i in 0..5 {
        repo.write(&format!("src/m{i}.py"), "x = 1\n");
        doc.push_str(&format!("- [m{i}](src/m{i}.py)\n"));
    }
    doc.push_str("- [shim](src/performance/__init__.py)\n- [./gone](./gone.md)\n");
    repo.write("docs/dev/plan.md", &doc).commit_all();
    let run = assert_exact(
        &repo,
        &[],
        &[
            t(
                "link/missing-path",
                "docs/dev/plan.md",
                3,
                3,
                "docs/dev/src/m0.py",
            ),
            // Written relative to the document: its own problem.
            t(
                "link/missing-path",
                "docs/dev/plan.md",
                9,
                3,
                "docs/dev/gone.md",
            ),
        ],
    );
    let message = run.diagnostics()[0]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        message.ends_with("; 4 more links of this document are written from the repository root too, and 1 more names a file that is not at the repository root either (GitHub reads every link from the document's folder)"),
        "{message}"
    );
}

#[test]
fn twin_an_editor_style_range_target_is_read_as_its_first_line() {
    let repo = Repo::new();
    repo.write("src/a.py", lines(20))
        .write("list.md", "# Plan\n\n- [a.py](src/a.py:7-9)\n")
        .commit_all();
    let run = assert_exact(
        &repo,
        &[],
        &[t("link/missing-path", "list.md", 3, 3, "src/a.py:7-9")],
    );
    assert!(
        help_of(&run, "link/missing-path").contains("write `src/a.py#L7-L9`"),
        "{}",
        help_of(&run, "link/missing-path")
    );
}

#[test]
fn a_link_to_the_authors_machine_says_so() {
    let repo = Repo::new();
    repo.write(
        ".agent/walkthrough/start.md",
        "# Walkthrough\n\n![Screenshot](/Users/luca/.gemini/brain/shot.png)\n",
    )
    .commit_all();
    // A file the repository never held (an agent's screenshot): nothing to
    // restore, silent (cine-power-planner, survey 2).
    assert_exact(&repo, &[], &[]);
    // The repository holds a file of that name: the link meant it.
    repo.write("docs/img/shot.png", "png").commit_all();
    let run = assert_exact(
        &repo,
        &[],
        &[t(
            "link/missing-path",
            ".agent/walkthrough/start.md",
            3,
            1,
            "Users/luca/.gemini/brain/shot.png",
        )],
    );
    assert!(help_of(&run, "link/missing-path").contains("a path on the author's machine"));
}

#[test]
fn twin_a_rooted_link_to_a_missing_repository_file_keeps_the_usual_help() {
    let repo = Repo::new();
    repo.write("docs/a.md", "# A\n\n![Shot](/docs/img/shot.png)\n")
        .commit_all();
    let run = assert_exact(
        &repo,
        &[],
        &[t(
            "link/missing-path",
            "docs/a.md",
            3,
            1,
            "docs/img/shot.png",
        )],
    );
    assert!(!help_of(&run, "link/missing-path").contains("author's machine"));
}

#[test]
fn a_generated_agentlens_index_is_not_checked() {
    let repo = Repo::new();
    repo.write(
        ".agentlens/files/src-app-js.md",
        "# app.js\n\n| Line | Kind | Name |\n| --- | --- |\n| 5577 | fn | getEl | x |\n[a](missing.md)\n",
    )
    .commit_all();
    assert_exact(&repo, &[], &[]);
    // Twin: the same page elsewhere is checked.
    repo.write("docs/app.md", "# app.js\n\n[a](missing.md)\n")
        .commit_all();
    assert_exact(
        &repo,
        &[],
        &[t(
            "link/missing-path",
            "docs/app.md",
            3,
            1,
            "docs/missing.md",
        )],
    );
}

/// A link whose destination is itself a Markdown link (an unfinished edit:
/// koor-tech's handbook, `[Product Milestones]([#TODO](https://koor.tech/x))`,
/// survey 78d) is reported with the whole destination, not the `[` GitHub
/// takes for its path, and the help writes the link it meant. Twin: an
/// ordinary missing target keeps the usual message and help.
#[test]
fn a_destination_that_is_itself_a_link_is_shown_whole() {
    let repo = Repo::new();
    repo.write(
        "onboarding.md",
        "# Onboarding\n\n- See [Product Milestones]([#TODO](https://koor.tech/x)) soon.\n- And [the plan](plan.md).\n",
    )
    .commit_all();
    let run = assert_exact(
        &repo,
        &[],
        &[
            t("link/missing-path", "onboarding.md", 3, 7, "["),
            t("link/missing-path", "onboarding.md", 4, 7, "plan.md"),
        ],
    );
    let d = run.diagnostics_of(&["link/missing-path"]);
    let text = |i: usize, key: &str| d[i][key].as_str().unwrap_or("").to_string();
    assert_eq!(
        text(0, "message"),
        "link target `[#TODO](https://koor.tech/x)` does not exist in the working tree"
    );
    assert_eq!(
        text(0, "help"),
        "the destination `[#TODO](https://koor.tech/x)` is itself a Markdown link, which GitHub reads as a path of this repository: write `[Product Milestones](https://koor.tech/x)`"
    );
    assert_eq!(
        text(1, "message"),
        "link target `plan.md` does not exist in the working tree"
    );
    assert_eq!(text(1, "help"), "commit the file, or correct the path");
}
