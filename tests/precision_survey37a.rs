//! Patterns read by hand in survey 37a (helper s37a): readiness and launch
//! checklist templates. Exact findings, the real binary in a real git
//! repository.

mod common;

use common::{Repo, t};

/// A template's status cell that offers both marks (`✓/✗`, `✅ / ❌`) is a
/// blank to fill in, not a done claim: product-org-os' launch readiness
/// checklist template. A row marked `✓` alone, beside it, is still done
/// without evidence.
#[test]
fn a_status_cell_offering_both_marks_is_a_template_blank() {
    let repo = Repo::new();
    repo.write(
        "templates/launch-readiness-checklist.md",
        "# Launch Readiness Checklist\n\n\
         | Phase | Requirement | Status | Artifact |\n\
         |-------|-------------|--------|----------|\n\
         | Phase 1 | Market analysis complete | ✓/✗ | |\n\
         | Phase 2 | Business case approved | ✅ / ❌ | |\n\
         | Phase 3 | Pricing finalized | ✓ | |\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "evidence/missing-for-done"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "evidence/missing-for-done",
            "templates/launch-readiness-checklist.md",
            7,
            1,
            ""
        )],
        "\n{}",
        run.dump()
    );
}
