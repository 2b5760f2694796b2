//! Survey s112c: machine-learning and data-science repositories with
//! experiment trackers, evaluation tables and agent-written plans
//! (Moffran/calibrated_explanations' change log and `development/` work
//! board, KonstantinData/traveltide-customer-segmentation-rewards'
//! artifacts README, a1j9o94/foresight's experiment write-ups). False
//! patterns found there, each beside its true twin; exact findings, the real
//! binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, lines, t};

// --- A change log that heads a release's parts at the release's own level:
// `## [v0.9.0](…) - 2025-11-07` over `## Highlights`, its entries below
// (calibrated_explanations' `CHANGELOG.md`: 40 findings on the v0.9.0
// entries, the 31 judged all false) ---

/// A change log whose v0.9.0 entry cites `src/perf/cache.py`, deleted after
/// the release, and `docs/plugins.md` past the end it has now. `lead` is
/// what stands between the title and the entry's section.
fn change_log(lead: &str) -> Repo {
    let repo = Repo::new();
    let log = format!(
        "# Changelog\n\n{lead}## Highlights\n\n\
         - **Caching:** explanations are memoised.【F:src/perf/cache.py†L1-L4】\n\
         - **Plugins:** the guide covers the registry.【F:docs/plugins.md†L1-L30】\n"
    );
    repo.write("src/perf/cache.py", lines(4))
        .write("docs/plugins.md", lines(30))
        .write("CHANGELOG.md", log)
        .commit_on("2025-11-07");
    repo.git(&["rm", "-q", "src/perf/cache.py"]);
    repo.write("docs/plugins.md", lines(12))
        .commit_on("2026-02-01");
    repo
}

#[test]
fn a_release_section_at_the_versions_level_is_an_entry_of_that_release() {
    let repo = change_log(
        "## [v0.9.0](https://github.com/o/r/releases/tag/v0.9.0) - 2025-11-07\n\n\
         [Full changelog](https://github.com/o/r/compare/v0.8.0...v0.9.0)\n\n",
    );
    let run = repo.check(&["--select", "citation/missing-path,citation/line-range"]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twins: the same section above every version heading is no release's
/// entry, nor is one after a release's own entries (a section of notes the
/// log keeps below it): the deleted file and the range past the end are
/// reported.
#[test]
fn a_section_above_every_version_heading_is_judged() {
    for (lead, line) in [
        ("Notes on the project.\n\n", 7),
        ("## [v0.9.0] - 2025-11-07\n\n- Fixed the cache key.\n\n", 9),
    ] {
        judged(&change_log(lead), line);
    }
}

/// The two citations of the `## Highlights` entry, its first at `line`.
fn judged(repo: &Repo, line: u64) {
    let run = repo.check(&["--select", "citation/missing-path,citation/line-range"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/missing-path",
                "CHANGELOG.md",
                line,
                42,
                "src/perf/cache.py"
            ),
            t(
                "citation/line-range",
                "CHANGELOG.md",
                line + 1,
                46,
                "docs/plugins.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- A work board whose folders are named for the work they hold:
// `development/finished-work/` beside `current-work/` and `future-work/`
// (calibrated_explanations: 49 findings in its finished records, the 25
// judged all false) ---

/// A finished record in `development/{folder}/` citing a helper deleted
/// since and a module that never existed; `open` adds the board's folder of
/// open work.
fn finished_record(folder: &str, open: bool) -> Repo {
    let repo = Repo::new();
    repo.write("src/helpers.py", lines(6)).write(
        &format!("development/{folder}/remediation.md"),
        "# Nomenclature remediation\n\n\
         - Renamed the helpers.【F:src/helpers.py†L1-L6】\n\
         - Moved the regressor.【F:src/regressor.py†L1-L3】\n",
    );
    if open {
        repo.write(
            "development/current-work/RELEASE_PLAN.md",
            "# Release plan\n\n- [ ] Ship v1.0\n",
        );
    }
    repo.commit_all();
    repo.git(&["rm", "-q", "src/helpers.py"]);
    repo.commit_all();
    repo
}

#[test]
fn finished_work_beside_current_work_is_a_boards_folder_of_finished_work() {
    let run = finished_record("finished-work", true).check(&["--select", "citation/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/missing-path",
            "development/finished-work/remediation.md",
            4,
            23,
            "src/regressor.py"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: without a folder of open work beside it, `finished-work/` is no
/// board's, and the deleted helper is reported too.
#[test]
fn finished_work_with_no_open_folder_beside_it_is_judged() {
    let run = finished_record("finished-work", false).check(&["--select", "citation/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/missing-path",
                "development/finished-work/remediation.md",
                3,
                23,
                "src/helpers.py"
            ),
            t(
                "citation/missing-path",
                "development/finished-work/remediation.md",
                4,
                23,
                "src/regressor.py"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
