//! Survey 89a: go-live, release-readiness and launch checklists written by
//! coding agents (WizardBeardStudio/open-rgs-go, gergins/web-vrs,
//! minjikim89/make-me-unicorn, ChunkyTortoise/EnterpriseHub). False patterns
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, Tuple, t};

// --- an evidence cell naming numbered documents by number alone
// (EnterpriseHub's claim ledger: "`docs/adr/0001` through `0012`", where
// `docs/adr/0001-three-tier-redis-caching.md` is the first ADR) ---

/// A claim ledger whose evidence names ADR `number` of `docs/adr/`.
fn claim_ledger(number: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Hub\n")
        .write("docs/adr/0001-three-tier-redis-caching.md", "# ADR 1\n")
        .write("docs/adr/0002-multi-crm-protocol.md", "# ADR 2\n")
        .write(
            "docs/CLAIM_LEDGER.md",
            format!(
                "# Claim Ledger\n\n\
                 | Public claim | Current evidence | Confidence |\n\
                 | --- | --- | --- |\n\
                 | ADRs document decisions. | `{number}` through `0002`. | Strong |\n"
            ),
        );
    repo.commit_all();
    repo
}

/// Checks the ledger naming ADR `number` and compares its
/// `evidence/missing-path` findings with `expected`.
fn assert_missing_paths(number: &str, expected: Vec<Tuple>) {
    let run = claim_ledger(number).check(&[]);
    let found = run.findings_of(&["evidence/missing-path"]);
    assert_eq!(found, expected, "\n{}", run.dump());
}

#[test]
fn an_adr_named_by_its_number_is_that_adr() {
    assert_missing_paths("docs/adr/0001", vec![]);
}

/// Twin: a number no ADR of the folder carries is a missing path.
#[test]
fn a_number_no_adr_carries_is_judged() {
    let finding = t(
        "evidence/missing-path",
        "docs/CLAIM_LEDGER.md",
        5,
        30,
        "docs/adr/0099",
    );
    assert_missing_paths("docs/adr/0099", vec![finding]);
}
