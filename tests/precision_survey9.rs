//! Precision patterns left over from surveys 6, 7 and 8, fixed together (issue
//! 9). Each false positive stands next to its true-positive twin, with exact
//! findings; the real binary runs in real git repositories.

mod common;

use common::{Repo, assert_reference_findings, t};

// --- A path created and deleted on a merged branch existed (viflo archived
// its v1.1 phase records on a branch: copied into `milestones/v1.1-phases/`,
// originals deleted, then merged; 3 evidence/missing-path in the archived
// record). The first-parent history never had those paths. ---

const RECORD: &str = "---\nphase: 08-closure\nverified: 2026-02-24T00:00:00Z\nstatus: passed\n---\n\n\
# Phase 8: Verification Report\n\n\
| Artifact | Expected | Status | Details |\n\
|---|---|---|---|\n\
| `.planning/phases/05-ci/05-VERIFICATION.md` | Phase 5 record | VERIFIED | 112 lines |\n\
| `.planning/phases/06-test/06-VERIFICATION.md` | Phase 6 record | VERIFIED | 98 lines |\n";

const STATE: &str = "# State\n\n\
| Item | Status | Evidence |\n\
|---|---|---|\n\
| Phase 5 | ✅ Done | `.planning/phases/05-ci/05-VERIFICATION.md` |\n";

#[test]
fn a_record_citing_a_path_a_merged_branch_created_and_deleted_is_history_a_live_doc_is_not() {
    let repo = Repo::new();
    repo.write("README.md", "# Project\n").commit_all();
    repo.git(&["checkout", "-q", "-b", "v1.1"]);
    repo.write(".planning/phases/05-ci/05-VERIFICATION.md", "# Phase 5\n")
        .commit_all();
    // Archived by copy, with the closing record; then the originals deleted.
    repo.write(
        ".planning/milestones/v1.1-phases/05-ci/05-VERIFICATION.md",
        "# Phase 5\n",
    )
    .write(
        ".planning/milestones/v1.1-phases/08-closure/08-VERIFICATION.md",
        RECORD,
    )
    .commit_all();
    repo.git(&["rm", "-q", "-r", ".planning/phases"]);
    repo.commit();
    repo.git(&["checkout", "-q", "main"]);
    repo.write(".planning/STATE.md", STATE).commit_all();
    repo.git(&["merge", "-q", "--no-ff", "-m", "Merge v1.1", "v1.1"]);
    let run = repo.check(&[]);
    assert_reference_findings(
        &run,
        &[
            // A live document: the path is gone, and its reader follows it today.
            t(
                "evidence/missing-path",
                ".planning/STATE.md",
                5,
                22,
                ".planning/phases/05-ci/05-VERIFICATION.md",
            ),
            // The record's path that no commit ever had: written wrong.
            t(
                "evidence/missing-path",
                ".planning/milestones/v1.1-phases/08-closure/08-VERIFICATION.md",
                12,
                3,
                ".planning/phases/06-test/06-VERIFICATION.md",
            ),
        ],
    );
}

// --- A verification record quotes the line it checked, link and all (viflo
// `Line 147: "[Contributing Guide](./CONTRIBUTING.md)"`, quoting README.md:
// 2 link/missing-path). The link is relative to the quoted file. ---

#[test]
fn a_link_quoted_from_a_line_of_another_file_is_silent_one_written_by_the_record_is_not() {
    let repo = Repo::new();
    repo.write("README.md", "# Project\n\nSee [Contributing Guide](./CONTRIBUTING.md).\n")
        .write("CONTRIBUTING.md", "# Contributing\n")
        .write(
            ".planning/phases/4/4-VERIFICATION.md",
            "# Phase 4 Verification\n\n\
             | # | Truth | Status | Evidence |\n\
             |---|---|---|---|\n\
             | 1 | README links CONTRIBUTING.md | VERIFIED | Line 3: \"[Contributing Guide](./CONTRIBUTING.md)\" |\n\
             | 2 | README links the guide | VERIFIED | L3: `[Guide](./CONTRIBUTING.md)` quoted |\n\
             | 3 | README links the code of conduct | VERIFIED | Line 5: \"[Conduct](./CODE_OF_CONDUCT.md)\" |\n\
             | 4 | Record links the guide | VERIFIED | [Contributing Guide](./CONTRIBUTING.md) |\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_reference_findings(
        &run,
        &[
            // Quoted, but no file has it: written wrong wherever it was.
            t(
                "link/missing-path",
                ".planning/phases/4/4-VERIFICATION.md",
                7,
                62,
                ".planning/phases/4/CODE_OF_CONDUCT.md",
            ),
            // The record's own link, relative to the record.
            t(
                "link/missing-path",
                ".planning/phases/4/4-VERIFICATION.md",
                8,
                43,
                ".planning/phases/4/CONTRIBUTING.md",
            ),
        ],
    );
}

// --- An anchor's "did you mean" for a heading with a no-break space (survey
// 8, chain: `### Phase<NBSP>2 exit criteria` is `#phase2-exit-criteria` on
// GitHub; `#phase-2-exit-criteria` was offered the sibling
// `#phase-3-exit-criteria`). ---

#[test]
fn a_missing_anchor_of_a_heading_with_a_no_break_space_is_offered_that_heading() {
    let repo = Repo::new();
    repo.write(
        "guide.md",
        "# Guide\n\n### Phase\u{a0}2 exit criteria\n\ntext\n\n### Phase 3 exit criteria\n",
    )
    .write(
        "links.md",
        "# Links\n\n\
         - [a](guide.md#phase-2-exit-criteria)\n\
         - [b](guide.md#phase2-exit-criteria)\n\
         - [c](guide.md#phase-3-exit-criteria)\n\
         - [d](guide.md#phase-4-exit-criteria)\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    let found: Vec<(common::Tuple, String)> = run
        .diagnostics_of(&["link/missing-anchor"])
        .iter()
        .map(|d| {
            (
                common::tuple(d),
                d["help"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![
            (
                t(
                    "link/missing-anchor",
                    "links.md",
                    3,
                    3,
                    "guide.md#phase-2-exit-criteria"
                ),
                "did you mean `guide.md#phase2-exit-criteria`? The heading has a no-break space (or another space that is not ASCII) where the link has `-`: GitHub drops such a space from the anchor".to_string()
            ),
            // A typo of a heading: the nearest heading, as before.
            (
                t(
                    "link/missing-anchor",
                    "links.md",
                    6,
                    3,
                    "guide.md#phase-4-exit-criteria"
                ),
                "did you mean `guide.md#phase-3-exit-criteria`?".to_string()
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- An evidence cell's bare `config.py:167-176` names lines 167 to 176 (it
// was read as L167 alone: survey 6, canvas, 3 files named `config.py`). ---

#[test]
fn a_bare_file_name_with_a_range_names_the_whole_range() {
    let numbered = |n: usize| (1..=n).map(|i| format!("x = {i}\n")).collect::<String>();
    let repo = Repo::new();
    repo.write("app/config.py", numbered(170))
        .write("app/api/config.py", numbered(300))
        .write("app/settings.py", numbered(170))
        .write(
            "story.md",
            "# Story\n\n\
             | AC | Check | Status | Evidence |\n\
             |---|---|---|---|\n\
             | AC-1 | Prefix cleaned | ✅ PASS | `config.py:167-176` cleans it |\n\
             | AC-2 | Prefix found | ✅ PASS | `settings.py:160-170` finds it |\n\
             | AC-3 | Prefix kept | ✅ PASS | `settings.py:167-176` keeps it |\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_reference_findings(
        &run,
        &[
            // The one `settings.py` has 170 lines: L167-L176 runs past its end
            // (read as L167 alone, it passed).
            t("citation/line-range", "story.md", 7, 33, "app/settings.py"),
        ],
    );
}

// --- A finished story's link to an ADR deleted on purpose since (survey 6,
// canvas: "chore: clean release — remove legacy docs", 2 link/missing-path).
// The same link from a Draft story is navigation for open work. ---

#[test]
fn a_done_storys_link_to_a_deleted_adr_is_history_a_draft_storys_is_not() {
    let story = |status: &str| {
        format!(
            "# Story 21.5.5\n\n## Status\n{status}\n\n## References\n\n\
             - [ADR-009](../architecture/decisions/ADR-009-retry.md) - retry strategy\n\
             - [ADR-010](../architecture/decisions/ADR-010-never.md) - never written\n"
        )
    };
    let repo = Repo::new();
    repo.write(
        "docs/architecture/decisions/ADR-009-retry.md",
        "# ADR-009\n",
    )
    .write("docs/stories/21.5.5.story.md", story("Done"))
    .write("docs/stories/23.2.story.md", story("Draft"))
    .commit_all();
    repo.git(&["rm", "-q", "docs/architecture/decisions/ADR-009-retry.md"]);
    repo.git(&[
        "commit",
        "-q",
        "-m",
        "chore: clean release — remove legacy docs",
    ]);
    let run = repo.check(&[]);
    let missing =
        |file: &str, line: u64, target: &str| t("link/missing-path", file, line, 3, target);
    assert_reference_findings(
        &run,
        &[
            // The finished story's link to a file no commit ever had.
            missing(
                "docs/stories/21.5.5.story.md",
                9,
                "docs/architecture/decisions/ADR-010-never.md",
            ),
            missing(
                "docs/stories/23.2.story.md",
                8,
                "docs/architecture/decisions/ADR-009-retry.md",
            ),
            missing(
                "docs/stories/23.2.story.md",
                9,
                "docs/architecture/decisions/ADR-010-never.md",
            ),
        ],
    );
}

// --- A folder copied from another repository, README and all (survey 6,
// ztate: `ffi/go.mod` is `module github.com/ava-labs/chain/ffi`, and its
// README links upstream's `../.github/workflows/attach-static-libs.yaml`: 3
// link/missing-path). ---

#[test]
fn a_link_climbing_out_of_another_repositorys_copied_folder_is_upstreams_a_first_party_modules_is_not()
 {
    let readme = "# FFI\n\n\
                  The [attach-static-libs](../.github/workflows/attach-static-libs.yaml) action builds it.\n\n\
                  See [the bindings](./bindings.go).\n";
    let repo = Repo::new();
    repo.git(&[
        "remote",
        "add",
        "origin",
        "https://github.com/acme/shop.git",
    ]);
    repo.write(
        "ffi/go.mod",
        "module github.com/ava-labs/chain/ffi\n\ngo 1.23\n",
    )
    .write("ffi/README.md", readme)
    .write("pkg/go.mod", "module github.com/acme/shop/pkg\n\ngo 1.23\n")
    .write("pkg/README.md", readme.replace("# FFI", "# Pkg"))
    .commit_all();
    let run = repo.check(&[]);
    assert_reference_findings(
        &run,
        &[
            // Inside the copied folder: its own file is missing.
            t(
                "link/missing-path",
                "ffi/README.md",
                5,
                5,
                "ffi/bindings.go",
            ),
            // This repository's own module: its root has no such workflow.
            t(
                "link/missing-path",
                "pkg/README.md",
                3,
                5,
                ".github/workflows/attach-static-libs.yaml",
            ),
            t(
                "link/missing-path",
                "pkg/README.md",
                5,
                5,
                "pkg/bindings.go",
            ),
        ],
    );
}

// --- A site URL of output a build step publishes (survey 7, cornellnoteweb:
// a Quartz site whose Taskfile copies the Allure report into
// `quartz/public/reports/allure/latest`). ---

#[test]
fn a_root_link_to_output_the_build_publishes_is_a_site_url_a_file_no_build_writes_is_not() {
    let repo = Repo::new();
    repo.write(
        "Taskfile.yml",
        "version: \"3\"\ntasks:\n  report:allure:publish:\n    cmds:\n      - cp -r build/allure-report quartz/public/reports/allure/latest\n",
    )
    .write("reports/doc_check.md", "# Doc check\n")
    .write(
        "docs/AT-RPT-001.md",
        "# AT report\n\n\
         - Allure: [/reports/allure/latest/](/reports/allure/latest/)\n\
         - Old: [/reports/gone.md](/reports/gone.md)\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_reference_findings(
        &run,
        &[
            // No build writes it.
            t(
                "link/missing-path",
                "docs/AT-RPT-001.md",
                4,
                8,
                "reports/gone.md",
            ),
        ],
    );
}

// --- A Chinese calendar week dates a section (`## 2025年第37周`, like
// `Week 37, 2025`); a change log is named by its file, not by a folder
// called `history/` (survey 8). ---

const CODE: &str = "let a = 1\nlet b = 2\nlet c = 3\nlet d = 4\nlet e = 5\nlet f = 6\n";
const CODE_AFTER: &str = "let a = 1\nlet b = 20\nlet c = 30\nlet d = 40\nlet e = 50\nlet f = 6\n";

/// Commits `docs` beside `src/a.rs`, then rewrites the cited lines.
fn cited_then_rewritten(docs: &[(&str, &str)]) -> Repo {
    let repo = Repo::new();
    repo.write("src/a.rs", CODE);
    for (path, text) in docs {
        repo.write(path, text);
    }
    repo.commit_all();
    repo.write("src/a.rs", CODE_AFTER).commit_all();
    repo
}

#[test]
fn a_section_dated_by_a_chinese_calendar_week_is_not_stale_the_current_state_is() {
    let repo = cited_then_rewritten(&[(
        "docs/status/weekly.md",
        "# 周报\n\n\
         ## 2025年第37周\n\n\
         - 重试路径已上线。【F:src/a.rs†L2-L5】\n\n\
         ## 第 38 周 (2025)\n\n\
         - 重试路径已上线。【F:src/a.rs†L2-L5】\n\n\
         ## 当前状态\n\n\
         - 重试路径已上线。【F:src/a.rs†L2-L5】\n\n\
         ## 第37周目标\n\n\
         - 重试路径已上线。【F:src/a.rs†L2-L5】\n",
    )]);
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["citation/stale"]),
        vec![
            t(
                "citation/stale",
                "docs/status/weekly.md",
                13,
                11,
                "src/a.rs"
            ),
            // A week without its year is not a date.
            t(
                "citation/stale",
                "docs/status/weekly.md",
                17,
                11,
                "src/a.rs"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

#[test]
fn a_change_log_is_named_by_its_file_not_by_a_history_folder() {
    let entry =
        "# Notes\n\n## [1.2.0]\n\n- Wire the retry helper into the CLI.【F:src/a.rs†L2-L5】\n";
    let repo = cited_then_rewritten(&[
        ("HISTORY.md", entry),
        ("docs/history/retry-notes.md", entry),
    ]);
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["citation/stale"]),
        vec![t(
            "citation/stale",
            "docs/history/retry-notes.md",
            5,
            38,
            "src/a.rs"
        )],
        "\n{}",
        run.dump()
    );
}
