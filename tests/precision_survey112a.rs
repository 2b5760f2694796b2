//! Survey s112a: architecture decision records and the documents beside
//! them (OmniNode-ai/omnibase_core's `docs/decisions/`, m2ux/concept-rag's
//! `docs/architecture/adr*.md`, T-rav/hydraflow's `docs/adr/` and the repo
//! wiki its agents keep, each entry's front matter carrying its status).
//! False patterns found there, each beside its true twin; exact findings,
//! the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- A record a newer one replaced: hydraflow's wiki entry with front
// matter `status: superseded` over `superseded_by: 1247` cites the code of
// its day (`src/adr_drift.py:65-83`), which a later commit rewrote; its
// successor carries on (45 sampled findings in superseded entries judged
// false). The ADR form, `## Status` over `Superseded by ADR-0304`, is the
// same record. ---

/// A document whose head is `head` cites lines 2-4 of `src/drift.py`,
/// committed; the cited lines are then rewritten.
fn entry(path: &str, head: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "src/drift.py",
        "import re\ndef drifts(path):\n    return path in DIFF\n    # bare file\nEND = 1\n",
    )
    .write(
        path,
        format!(
            "{head}\n\nA bare `src/drift.py` citation drifts on any diff: see `src/drift.py:2-4`.\n"
        ),
    )
    .commit_on("2026-07-31");
    repo.write(
        "src/drift.py",
        "import re\ndef symbol_drifts(path, symbol):\n    return symbol in touched(path)\n    # symbol-qualified\nEND = 1\n",
    )
    .commit_on("2026-08-22");
    repo
}

const WIKI: &str = "repo_wiki/patterns/1176-adr-citations.md";
const ADR: &str = "docs/adr/0177-recovery-destination.md";

#[test]
fn a_superseded_record_keeps_the_code_of_its_day() {
    for (path, head) in [
        (
            WIKI,
            "---\nid: 1176\nstatus: superseded\nsuperseded_by: 1247\n---\n\n# ADR citations must be symbol-qualified",
        ),
        (
            ADR,
            "# ADR-0177: Recovery destination\n\n## Status\n\nSuperseded by ADR-0304\n\n## Context",
        ),
        (
            ADR,
            "---\nstatus: superseded by ADR-0304\ndate: 2026-07-25\n---\n\n# ADR-0177: Recovery destination\n\n## Context",
        ),
        (
            ADR,
            "# ADR-0177: Recovery destination\n\n* Status: superseded by [ADR-0304](0304-live-copies.md)\n\n## Context",
        ),
    ] {
        let run = entry(path, head).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/shifted", "citation/stale"]),
            vec![],
            "{head}\n{}",
            run.dump()
        );
    }
}

/// Twin: the active entry that replaced it, and a proposed or accepted
/// ADR, still cite the code as it stands: judged.
#[test]
fn an_active_entry_or_a_proposed_or_accepted_adr_is_judged() {
    for (path, head, line) in [
        (
            WIKI,
            "---\nid: 1247\nstatus: active\nsupersedes: 1176\n---\n\n# ADR citations must be symbol-qualified",
            9,
        ),
        (
            ADR,
            "# ADR-0304: Live copies\n\n## Status\n\nProposed\n\n## Context",
            9,
        ),
        (
            ADR,
            "# ADR-0304: Live copies\n\n## Status\n\nAccepted\n\n## Context",
            9,
        ),
        (
            ADR,
            "# ADR-0304: Live copies\n\n* Status: proposed, supersedes ADR-0177\n\n## Context",
            7,
        ),
    ] {
        let run = entry(path, head).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/shifted", "citation/stale"]),
            vec![t("citation/stale", path, line, 56, "src/drift.py")],
            "{head}\n{}",
            run.dump()
        );
    }
}
