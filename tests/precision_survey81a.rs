//! Survey 81a: roadmaps, feature matrices and parity trackers with status
//! tables in 2025-2026 repositories (nearai/ironclaw, deevnet/deevnet-docs,
//! adybag14-cyber/openclaw-rust, rowan-machine/v0agent). False patterns
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

mod common;

use common::{Repo, t};

// --- a migration inventory's column of where the behaviour lived in the
// earlier generation of the code (ironclaw's auth product contract, `V1
// evidence path` over `src/…` of the V1 monolith its #6375 deleted on
// purpose: 17 findings judged false) ---

/// The contract's inventory under `header`, with `src/main.rs` kept when
/// `keep_src` (the old folder still there).
fn inventory(header: &str, keep_src: bool) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Agent\n")
        .write("src/auth/mod.rs", "// v1\n")
        .write("src/main.rs", "fn main() {}\n")
        .write("crates/auth/src/lib.rs", "// reborn\n");
    repo.commit_all();
    repo.git(&["rm", "-q", "src/auth/mod.rs"]);
    if !keep_src {
        repo.git(&["rm", "-q", "src/main.rs"]);
    }
    repo.write(
        "docs/auth-product.md",
        format!(
            "# Auth product\n\n\
             | Product behavior | {header} | Owner | First-slice status |\n\
             | --- | --- | --- | --- |\n\
             | OAuth start | `src/auth/mod.rs` | `AuthFlowManager` | Inventory only |\n"
        ),
    );
    repo.commit_all();
    repo
}

/// The findings of `evidence/missing-path` in the inventory.
fn missing(header: &str, keep_src: bool) -> Vec<common::Tuple> {
    let run = inventory(header, keep_src).check(&[]);
    eprintln!("{}", run.dump());
    run.findings_of(&["evidence/missing-path"])
}

/// The one finding the inventory's row gives when its path is judged.
fn reported() -> Vec<common::Tuple> {
    vec![t(
        "evidence/missing-path",
        "docs/auth-product.md",
        5,
        17,
        "src/auth/mod.rs",
    )]
}

#[test]
fn a_v1_evidence_column_whose_whole_tree_is_gone_is_history() {
    assert_eq!(missing("V1 evidence path", false), vec![]);
}

#[test]
fn a_legacy_column_whose_whole_tree_is_gone_is_history() {
    assert_eq!(missing("Legacy evidence", false), vec![]);
}

/// Twin: the old folder is still there, so the missing file is a claim
/// about this tree, and is reported.
#[test]
fn a_v1_evidence_column_whose_folder_exists_is_judged() {
    assert_eq!(missing("V1 evidence path", true), reported());
}

/// Twin: a plain evidence column says nothing of an earlier generation.
#[test]
fn a_plain_evidence_column_over_a_gone_folder_is_judged() {
    assert_eq!(missing("Evidence path", false), reported());
}
