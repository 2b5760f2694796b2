//! Survey 51d: migration and parity trackers (feature-parity matrices,
//! port and rewrite status tables, API coverage tables, deprecation
//! trackers, RFC/ADR status registers, compatibility matrices with status
//! legends, and the performance ledgers a rewrite keeps). False patterns
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

mod common;

use common::{Repo, t};

// --- evidence/missing-path: speedups listed side by side in an evidence
// cell (Dicklesworthstone/franken_networkx's
// `docs/progress/perf-negative-results.md`: "candidate medians
// `1.1208x/1.1333x/1.1364x`, null medians `1.0101x/0.9795x/0.9979x`";
// 2 findings judged false) ---

/// A performance ledger whose one row's evidence cell reads `evidence`.
fn ledger(evidence: &str) -> common::Run {
    let repo = Repo::new();
    repo.write("bench/README.md", "# Benches\n")
        .write(
            "docs/perf-ledger.md",
            format!(
                "# Performance Ledger\n\n\
                 | Date | Lever | Evidence | Status |\n\
                 |---|---|---|---|\n\
                 | 2026-07-22 | snapshot transfer | {evidence} | ✅ Done |\n"
            ),
        )
        .commit_all();
    repo.check(&[])
}

#[test]
fn measurements_side_by_side_are_no_path() {
    for evidence in [
        "medians `1.1208x/1.1333x/1.1364x`, null `1.0101x/0.9795x/0.9979x`",
        "p50 `12ms/15ms/0.48s`",
        "sizes `3.5MB/4MiB`",
    ] {
        let run = ledger(evidence);
        assert_eq!(
            run.findings_of(&["evidence/missing-path"]),
            vec![],
            "{evidence}\n{}",
            run.dump()
        );
    }
}

/// Twin: a missing file whose folder names a measurement, or a file named
/// by one, is still a path of the repository, and reported.
#[test]
fn a_missing_file_named_by_a_measurement_is_reported() {
    let run = ledger("`bench/1.12x/report.json`");
    assert_eq!(
        run.findings_of(&["evidence/missing-path"]),
        vec![t(
            "evidence/missing-path",
            "docs/perf-ledger.md",
            5,
            36,
            "bench/1.12x/report.json"
        )],
        "\n{}",
        run.dump()
    );
    let run = ledger("`bench/1.12x.json`");
    assert_eq!(
        run.findings_of(&["evidence/missing-path"]),
        vec![t(
            "evidence/missing-path",
            "docs/perf-ledger.md",
            5,
            36,
            "bench/1.12x.json"
        )],
        "\n{}",
        run.dump()
    );
}

// --- citation/shifted: a citation a merge brought in (franken_networkx's
// `docs/LEDGER_RESURRECTION.md`, an index of ledger entries by
// `NEGATIVE_EVIDENCE.md:251`, written on a branch where line 251 was the
// entry's heading; the ledger grew at its top on that branch before a merge
// of merges brought the index in, so the merged ledger's line 251 was
// another entry's prose: 90 findings named an unrelated line) ---

/// A ledger of `n` entries, newest first: `## Entry k` and one line of prose.
fn entries(newest: usize, oldest: usize) -> String {
    let mut s = String::from("# Negative Evidence Ledger\n\n");
    for k in (oldest..=newest).rev() {
        s.push_str(&format!("## Entry {k}\n\nmeasured lever {k}, rejected\n\n"));
    }
    s
}

const INDEX: &str = "# Ledger Resurrection\n\n\
                     | # | Entry | Title |\n\
                     |---|---|---|\n\
                     | 1 | `docs/LEDGER.md:7` | Entry 2 |\n";

/// The diagnostics of `citation/shifted`, as (line, message).
fn shifted(run: &common::Run) -> Vec<(u64, String)> {
    run.diagnostics_of(&["citation/shifted"])
        .iter()
        .map(|d| {
            (
                d["line"].as_u64().unwrap_or(0),
                d["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn a_citation_a_merge_brought_in_is_read_against_its_branch() {
    let repo = Repo::new();
    // Entries 1-3: `## Entry 2` stands at line 7.
    repo.write("docs/LEDGER.md", entries(3, 1))
        .write("README.md", "# Port\n")
        .commit_all();
    repo.git(&["checkout", "-q", "-b", "side"]);
    repo.write("docs/INDEX.md", INDEX).commit_all();
    let wrote = repo
        .git(&["rev-parse", "--short=7", "HEAD"])
        .trim()
        .to_string();
    // The branch's ledger grows at its top: `## Entry 2` moves to line 15.
    repo.write("docs/LEDGER.md", entries(5, 1)).commit_all();
    repo.git(&["checkout", "-q", "main"]);
    repo.write("README.md", "# Port\n\nMain line.\n")
        .commit_all();
    repo.git(&["merge", "-q", "--no-ff", "-m", "Merge side", "side"]);
    // More entries on the main line: `## Entry 2` stands at line 23.
    repo.write("docs/LEDGER.md", entries(7, 1)).commit_all();
    let run = repo.check(&[]);
    let found = shifted(&run);
    assert_eq!(found.len(), 1, "\n{}", run.dump());
    assert_eq!(found[0].0, 5, "\n{}", run.dump());
    assert!(
        found[0].1.contains("now stand at L23"),
        "{}\n{}",
        found[0].1,
        run.dump()
    );
    // The message names the branch's commit that wrote the citation, not
    // the merge that brought it in.
    assert!(
        found[0]
            .1
            .contains(&format!("since this line was written in {wrote} (")),
        "{}\n{}",
        found[0].1,
        run.dump()
    );
}

/// Twin: the same index written on the main line, against the ledger of its
/// own commit, is followed from there (line 7 was `## Entry 2` then too),
/// and one written on the main line where line 7 was other prose keeps
/// naming that prose: the branch is only read for a line a merge brought in.
#[test]
fn a_citation_written_on_the_main_line_is_read_against_its_commit() {
    let repo = Repo::new();
    repo.write("docs/LEDGER.md", entries(3, 1))
        .write("README.md", "# Port\n")
        .commit_all();
    repo.write("docs/INDEX.md", INDEX).commit_all();
    repo.write("docs/LEDGER.md", entries(7, 1)).commit_all();
    let run = repo.check(&[]);
    let found = shifted(&run);
    assert_eq!(found.len(), 1, "\n{}", run.dump());
    assert!(found[0].1.contains("now stand at L23"), "{}", found[0].1);

    let repo = Repo::new();
    repo.write("docs/LEDGER.md", entries(5, 1))
        .write("README.md", "# Port\n")
        .commit_all();
    // Line 7 of this ledger is `## Entry 4`: the index was wrong when written.
    repo.write("docs/INDEX.md", INDEX).commit_all();
    repo.write("docs/LEDGER.md", entries(7, 1)).commit_all();
    let run = repo.check(&[]);
    let found = shifted(&run);
    assert_eq!(found.len(), 1, "\n{}", run.dump());
    assert!(found[0].1.contains("now stand at L15"), "{}", found[0].1);
}
