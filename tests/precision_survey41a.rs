//! Patterns read by hand in survey 41a (feature and support matrices,
//! compatibility tables and roadmaps: oferchen/oc-rsync, pleme-io/typemill,
//! Dicklesworthstone/frankenredis, unitycatalog/unitycatalog,
//! oatrice/JarWise-Root, underpass-ai/swe-ai-fleet). Exact findings, the real
//! binary in a real git repository.

mod common;

use common::{Repo, t};

/// frankenredis' `docs/NEGATIVE_EVIDENCE.md` (`# Negative Evidence Ledger`)
/// and `docs/perf_negative_evidence_ledger.md`: one entry per optimization
/// pass under a dated heading (`## 2026-07-25 AzureMouse: REJECT …`), each
/// citing `crates/…/lib.rs:34052` as the code stood that day. A ledger is a
/// log: 8 `citation/shifted` findings judged false. Twins: the ledger's
/// undated opening section, and the same entry in a page that is no log.
#[test]
fn a_dated_entry_of_a_ledger_is_not_renumbered() {
    let repo = Repo::new();
    let code = "pub fn incr(n: i64) -> i64 {\n    n + 1\n}\n";
    repo.write("crates/fr-runtime/src/lib.rs", code)
        .commit_all();
    let entry = "## 2026-07-25 AzureMouse: REJECT — INCR has no extra call\n\n\
                 The hot path (`crates/fr-runtime/src/lib.rs:1`) is already minimal.\n";
    repo.write(
        "docs/NEGATIVE_EVIDENCE.md",
        format!(
            "# Negative Evidence Ledger\n\nCanonical entry point: `crates/fr-runtime/src/lib.rs:1`.\n\n{entry}"
        ),
    )
    .write(
        "docs/perf_notes.md",
        format!("# Performance notes\n\n{entry}"),
    )
    .commit_all();
    repo.write(
        "crates/fr-runtime/src/lib.rs",
        format!("// Runtime.\n// Commands.\n{code}"),
    )
    .commit_all();
    let run = repo.check(&["--select", "citation/"]);
    let shifted = |file: &str, line: u64, column: u64| {
        t(
            "citation/shifted",
            file,
            line,
            column,
            "crates/fr-runtime/src/lib.rs",
        )
    };
    assert_eq!(
        run.findings(),
        vec![
            shifted("docs/NEGATIVE_EVIDENCE.md", 3, 24),
            shifted("docs/perf_notes.md", 5, 15),
        ],
        "\n{}",
        run.dump()
    );
}
