//! Survey 54a: status registers and trackers with their own status
//! vocabularies (Status Legend tables, emoji keys, RAG status, custom
//! states such as `CHANGE IMPACTED` or `PARTIAL`, done rows with and
//! without evidence). The false pattern found there, beside its true twin;
//! exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- evidence/missing-path: the output folder `.gitignore` keeps out,
// named as a folder (christaylor98/dynaforge.ai's `TRACEABILITY.md` names
// `artifacts/phase0/demo/`, the folder `make demo` writes and its
// `.gitignore` ignores, while a file inside it was already silent: 1
// finding judged false) ---

/// A traceability matrix with its own legend (`PARTIAL`, `CHANGE
/// IMPACTED`) whose evidence cell is `cell`, in a repository whose
/// `.gitignore` holds `ignore`.
fn matrix(ignore: &str, cell: &str) -> Repo {
    let repo = Repo::new();
    repo.write(".gitignore", ignore)
        .write("artifacts/phase0/.gitkeep", "")
        .write(
            "TRACEABILITY.md",
            format!(
                "# Traceability\n\n## Legend\n- Requirement status: `DONE`, `PARTIAL`, \
                 `CHANGE IMPACTED`, `PLANNED`.\n\n\
                 | Requirement | Current Status | Primary Tests / Evidence |\n\
                 | --- | --- | --- |\n\
                 | FR-06 Handoff logging | PARTIAL | TC-FR06-001, {cell} |\n\
                 | FR-07 Demo | DONE | Demo package (`artifacts/phase0/demo/2025-11-02/README.md`) |\n"
            ),
        )
        .commit_all();
    repo
}

#[test]
fn an_ignored_output_folder_named_as_a_folder_is_not_missing_evidence() {
    let run = matrix(
        "# demos\nartifacts/phase0/demo/\n",
        "`artifacts/phase0/demo/`",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["evidence/missing-path", "evidence/missing-for-done"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twins: the same folder with nothing ignoring it, and another folder
/// beside the ignored one, are reported; a file a file pattern ignores
/// (`*.log`) still is.
#[test]
fn a_folder_nothing_ignores_is_still_missing_evidence() {
    let run = matrix("*.log\n", "`artifacts/phase0/demo/`").check(&[]);
    assert_eq!(
        run.findings_of(&["evidence/missing-path"]),
        vec![
            t(
                "evidence/missing-path",
                "TRACEABILITY.md",
                8,
                50,
                "artifacts/phase0/demo"
            ),
            t(
                "evidence/missing-path",
                "TRACEABILITY.md",
                9,
                37,
                "artifacts/phase0/demo/2025-11-02/README.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
    let run = matrix(
        "artifacts/phase0/demo/\n*.log\n",
        "`artifacts/phase0/trace/`, `artifacts/phase0/run.log`",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["evidence/missing-path"]),
        vec![
            t(
                "evidence/missing-path",
                "TRACEABILITY.md",
                8,
                50,
                "artifacts/phase0/trace"
            ),
            t(
                "evidence/missing-path",
                "TRACEABILITY.md",
                8,
                77,
                "artifacts/phase0/run.log"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
