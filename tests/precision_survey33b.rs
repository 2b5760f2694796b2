//! Survey 33b (knative/community, cilium/design-cfps, dapr/proposals,
//! kyverno/KDP, crossplane/crossplane: governance documents, design
//! proposals, CFPs and KEP-like trackers): 60 of 63 findings judged true.
//! No rule changed. These tests pin the true patterns the survey checked, so
//! that a later change to make a rule quieter does not lose them:
//!
//! - a design document a project retired into a `defunct/` folder is still
//!   maintained: crossplane moved many design documents into
//!   `design/defunct/` and then fixed the links the move broke ("I broke a
//!   bunch of these in a previous commit by moving design docs into the
//!   defunct directory", commit 0fccb4bb0). `defunct` is not an archive-like
//!   folder: its documents' broken links and anchors are reported, while an
//!   `archive/` folder's drifted anchors stay silent;
//! - a proposal's completion checklist written `- []` renders as text on
//!   GitHub (dapr/proposals): `task/malformed`, while `- [ ]` is a task.
//!
//! The one false pattern (three findings of `task/checked-parent-open-child`
//! in crossplane's `design-doc-provider-strategy.md`, a rubric that ticks
//! what each cloud API offers) was left: its shape, the same checklist
//! repeated under one heading per candidate, is also the shape of a
//! per-component work tracker whose ticked parents over open items are
//! real findings.

mod common;

use common::{Repo, t};

/// crossplane's `design/defunct/one-pager-package-annotations.md` links
/// `design-doc-packages-v2.md`, which stayed in `design/` when the one-pager
/// was moved into `defunct/`, and `one-pager-host-aware-stack-manager.md`
/// links `#packaging-changes`, a heading it does not have: both are
/// reported. The same drifted anchor in an `archive/` folder is silent (a
/// frozen record, see `is_archive`).
#[test]
fn a_design_document_moved_into_defunct_keeps_its_findings() {
    let repo = Repo::new();
    repo.write("design/design-doc-packages-v2.md", "# Packages v2\n")
        .write(
            "design/one-pager-package-annotations.md",
            "# Package annotations\n\nSee [packages-v2].\n\n[packages-v2]: design-doc-packages-v2.md\n",
        )
        .commit_all();
    repo.mkdir("design/defunct").git(&[
        "mv",
        "design/one-pager-package-annotations.md",
        "design/defunct/",
    ]);
    repo.write(
        "design/defunct/one-pager-host-aware-stack-manager.md",
        "# Host aware stack manager\n\n## Helm chart changes\n\nSee [packaging changes](#packaging-changes).\n",
    )
    .write(
        "design/archive/one-pager-host-aware-stack-manager.md",
        "# Host aware stack manager\n\n## Helm chart changes\n\nSee [packaging changes](#packaging-changes).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "design/defunct/one-pager-host-aware-stack-manager.md",
                5,
                5,
                "design/defunct/one-pager-host-aware-stack-manager.md#packaging-changes"
            ),
            t(
                "link/missing-path",
                "design/defunct/one-pager-package-annotations.md",
                5,
                1,
                "design/defunct/design-doc-packages-v2.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// dapr's `20221121-R-pluggable-components-injector.md` ends with a
/// `## Completion Checklist` of `- [] …` items: GitHub renders them as text,
/// and each is reported. The `- [ ]` twin is a task and is not.
#[test]
fn a_completion_checklist_written_with_empty_brackets() {
    let repo = Repo::new();
    repo.write(
        "20221121-R-pluggable-components-injector.md",
        "# Pluggable components injector\n\n## Completion Checklist\n\n\
         - [] Change the sidecar injector\n\
         - [] Add the components container injector\n",
    )
    .write(
        "20221130-I-enhance-dapr-run.md",
        "# Enhance dapr run\n\n## Completion Checklist\n\n\
         - [ ] Change the sidecar injector\n\
         - [x] Add the components container injector\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "task/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "task/malformed",
                "20221121-R-pluggable-components-injector.md",
                5,
                1,
                ""
            ),
            t(
                "task/malformed",
                "20221121-R-pluggable-components-injector.md",
                6,
                1,
                ""
            ),
        ],
        "\n{}",
        run.dump()
    );
}
