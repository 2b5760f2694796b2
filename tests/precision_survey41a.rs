//! Patterns read by hand in survey 41a (feature and support matrices,
//! compatibility tables and roadmaps: oferchen/oc-rsync, pleme-io/typemill,
//! Dicklesworthstone/frankenredis, unitycatalog/unitycatalog,
//! oatrice/JarWise-Root, underpass-ai/swe-ai-fleet). Exact findings, the real
//! binary in a real git repository.

mod common;

use common::{Repo, t};

/// unitycatalog's `api/`: the OpenAPI Generator's markdown output
/// (`Apis/*.md`, `Models/*.md`, `README.md`), written by its build with a
/// committed `.openapi-generator-ignore` and the run's manifest folder
/// `.openapi-generator/` git-ignored. The generator writes
/// `[**oas_any_type_not_mapped**](../Models/AnyType.md)` for a schema it
/// cannot map: 15 findings judged false, fixed in the spec or the template.
/// Twins: a guide kept by hand in the same folder (`docs/guides/auth.md`,
/// not a page the generator writes) and a file the ignore file protects
/// (`README.md`) are checked; so is the same page in a folder without the
/// ignore file.
#[test]
fn an_openapi_generator_output_without_its_manifest_is_generated() {
    let repo = Repo::new();
    let page =
        "# CatalogsApi\n\n### Return type\n\n[**oas_any_type_not_mapped**](../Models/AnyType.md)\n";
    repo.write(".gitignore", "api/.openapi-generator\n")
        .write(
            "api/.openapi-generator-ignore",
            "# keep by hand\nREADME.md\n",
        )
        .write("api/.openapi-generator/FILES", "Apis/CatalogsApi.md\n")
        .write("api/Apis/CatalogsApi.md", page)
        .write(
            "api/Models/Catalog.md",
            "# Catalog\n\n[Back](../README.md#models)\n[Gone](Gone.md)\n",
        )
        .write("api/README.md", "# API\n\n[Gone](Apis/Gone.md)\n")
        .write(
            "api/docs/guides/auth.md",
            "# Auth\n\n[Gone](../../Apis/Gone.md)\n",
        )
        .write("spec/Apis/CatalogsApi.md", page)
        .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "api/README.md",
                3,
                1,
                "api/Apis/Gone.md"
            ),
            t(
                "link/missing-path",
                "api/docs/guides/auth.md",
                3,
                1,
                "api/Apis/Gone.md"
            ),
            t(
                "link/missing-path",
                "spec/Apis/CatalogsApi.md",
                5,
                1,
                "spec/Models/AnyType.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

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

/// frankenredis' `artifacts/optimization/<bead>/pass176/KEPT.md`: the note
/// of one optimization pass, filed beside that pass's hyperfine JSON and
/// server logs, citing `crates/fr-store/src/lib.rs:N` as the code stood in
/// the pass. A new pass writes a new folder; nobody renumbers an old one
/// (7 stale and shifted findings of the sample judged false). Twins: the
/// index `artifacts/README.md`, and a note below `artifacts/` with no
/// outputs beside it, are judged.
#[test]
fn the_note_of_a_run_filed_with_its_outputs_is_a_record() {
    let repo = Repo::new();
    let code = "pub fn hset(k: &str) -> bool {\n    k.is_empty()\n}\n";
    repo.write("crates/fr-store/src/lib.rs", code).commit_all();
    let note = "# Pass 176 kept: HSET borrowed overwrite\n\n\
                - Hot path: `crates/fr-store/src/lib.rs:1-3`\n";
    repo.write("artifacts/optimization/fr-tbmu1/pass176/KEPT.md", note)
        .write(
            "artifacts/optimization/fr-tbmu1/pass176/baseline-hyperfine.json",
            "{}\n",
        )
        .write(
            "artifacts/optimization/fr-tbmu1/pass176/candidate-server.log",
            "ok\n",
        )
        .write(
            "artifacts/optimization/fr-tbmu1/pass176/golden/out.sha256",
            "abc\n",
        )
        .write("artifacts/README.md", note)
        .write("artifacts/notes/KEPT.md", note)
        .commit_all();
    repo.write(
        "crates/fr-store/src/lib.rs",
        format!("// Store.\n// Hashes.\n{code}"),
    )
    .commit_all();
    let run = repo.check(&["--select", "citation/"]);
    let shifted = |file: &str| {
        t(
            "citation/shifted",
            file,
            3,
            13,
            "crates/fr-store/src/lib.rs",
        )
    };
    assert_eq!(
        run.findings(),
        vec![
            shifted("artifacts/README.md"),
            shifted("artifacts/notes/KEPT.md")
        ],
        "\n{}",
        run.dump()
    );
}
