//! Patterns of survey 35a (carlsuburbmates/dogtrainersdirectory at adfd4eeb,
//! mayainteriorsin-lang/CutListCreatorCutListCreator-App at 8a26c8f7,
//! darianrosebrook/distill at f3acd8a1, rbhatti-ai/health-canada-meddev-agent
//! at 0a542947, jansoganci/rendioai.latest at fbc2edc4): a phase's gap
//! register stamped `## Assessment Date:` and its decision memo stamped
//! `## Decision Date:` are records of their day (P1). The false pattern
//! beside its true twins, exact findings, the real binary in real git
//! repositories.

mod common;

use common::{Repo, t};

/// A 120-line `server/middleware/auth.ts`, a document per `(path, head)`
/// whose closure table cites its lines 73-95 in an evidence cell, committed;
/// then 14 lines inserted at the top of the file, so the cited block stands
/// at L87-L109, unchanged.
fn shifted_after_insert(docs: &[(&str, &str)]) -> common::Run {
    let repo = Repo::new();
    let auth: String = (1..=120)
        .map(|i| format!("const step{i} = {i};\n"))
        .collect();
    repo.write("server/middleware/auth.ts", &auth);
    for (path, head) in docs {
        repo.write(
            path,
            format!(
                "{head}\n\n---\n\n## Closed Blockers\n\n\
                 | Blocker ID | Description | Status | Evidence |\n\
                 |------------|-------------|--------|----------|\n\
                 | GAP-TEN-001 | Tenant suspension enforcement | **CLOSED** | `server/middleware/auth.ts:73-95` |\n"
            ),
        );
    }
    repo.commit_all();
    let moved: String = (1..=14)
        .map(|i| format!("import m{i} from './m{i}';\n"))
        .collect();
    repo.write("server/middleware/auth.ts", moved + &auth)
        .commit_all();
    repo.check(&["--select", "citation/"])
}

/// CutListCreator's `docs/corporate-readiness/PHASE14_GAP_REGISTER.md`
/// (`## Assessment Date: 2026-02-03`) and `PHASE14_EXECUTIVE_OUTCOME_MEMO.md`
/// (`## Decision Date: 2026-02-03`) list the evidence of each gap closed in
/// Phase 14, `server/middleware/auth.ts:73-95`; the file later grew above
/// that block (`citation/shifted`, 3 findings judged false): Phase 15's
/// register and sign-off memo carry on, and nobody renumbers a decision of
/// its day. The twins are reported: the same register with only a target
/// date (a date to come, not the day it records), one whose `Last Updated`
/// says it is kept current, and one with no stamp at all.
#[test]
fn an_assessment_or_decision_dated_register_is_a_record() {
    let run = shifted_after_insert(&[
        (
            "docs/PHASE14_GAP_REGISTER.md",
            "# Phase 14: Gap Register\n\n## Document Version: 1.0\n## Assessment Date: 2026-02-03",
        ),
        (
            "docs/PHASE14_EXECUTIVE_OUTCOME_MEMO.md",
            "# Phase 14: Executive Outcome Memo\n\n## Document Version: 1.0\n## Decision Date: 2026-02-03",
        ),
        (
            "docs/target.md",
            "# Gap Register\n\n**Target Date:** 2026-02-03",
        ),
        (
            "docs/living.md",
            "# Gap Register\n\n**Assessment Date:** 2026-02-03\n**Last Updated:** 2026-02-20",
        ),
        ("docs/plain.md", "# Gap Register"),
    ]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/shifted",
                "docs/living.md",
                12,
                62,
                "server/middleware/auth.ts"
            ),
            t(
                "citation/shifted",
                "docs/plain.md",
                9,
                62,
                "server/middleware/auth.ts"
            ),
            t(
                "citation/shifted",
                "docs/target.md",
                11,
                62,
                "server/middleware/auth.ts"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
