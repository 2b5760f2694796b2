//! Survey 50b: security and compliance checklists with evidence columns
//! (SOC 2, ISO 27001, HIPAA) in application repositories. False patterns
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

mod common;

use common::{Repo, t};

// --- link/missing-path: a Wiki.js page's root link names a page of the
// wiki (samueljackson-collab/Portfolio-Project keeps its Wiki.js pages in
// `wiki/`, whose `tags.md` links `/projects/advanced-data-lake` for
// `wiki/projects/advanced-data-lake.md`: 157 findings judged false) ---

/// A repository keeping a Wiki.js wiki in `wiki/` beside its `projects/`,
/// whose `tags.md` (front matter `front`) lists `body`.
fn wiki(front: &str, body: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Portfolio\n")
        .write("projects/README.md", "# Projects\n")
        .write(
            "wiki/projects/advanced-data-lake.md",
            "---\ntitle: Advanced Data Lake\npublished: true\n---\n\n# Advanced Data Lake\n",
        )
        .write(
            "wiki/tags.md",
            format!("---\n{front}---\n\n# Browse by Technology\n\n{body}"),
        )
        .commit_all();
    repo
}

#[test]
fn a_wikijs_root_link_names_a_page_of_the_wiki() {
    let run = wiki(
        "title: Browse by Technology\ndescription: Projects by tag\npublished: true\n",
        "- [Advanced Data Lake](/projects/advanced-data-lake) - Delta Lake.\n\
         - [Setup](/projects/advanced-data-lake#advanced-data-lake) - anchor.\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "link/missing-anchor"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a page the wiki does not have, and the same link in a page
/// without Wiki.js's fields, are reported.
#[test]
fn a_root_link_no_wiki_page_answers_is_reported() {
    let run = wiki(
        "title: Browse by Technology\npublished: true\n",
        "- [Missing](/projects/advanced-data-pond) - none.\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "wiki/tags.md",
            8,
            3,
            "projects/advanced-data-pond"
        )],
        "\n{}",
        run.dump()
    );
    let run = wiki(
        "title: Browse by Technology\n",
        "- [Advanced Data Lake](/projects/advanced-data-lake) - Delta Lake.\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "wiki/tags.md",
            7,
            3,
            "projects/advanced-data-lake"
        )],
        "\n{}",
        run.dump()
    );
}

// --- task/checked-parent-open-child: an open sub-item that waits on
// something that may not exist (jpittelkow/sourdough's PWA roadmap:
// `- [ ] Add related_applications if native app exists` under a ticked
// `Enhance manifest.json`; 1 finding judged false) ---

fn roadmap(child: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docs/plans/pwa-roadmap.md",
        format!(
            "# PWA Roadmap\n\n### Tasks\n\n\
             - [x] Enhance `manifest.json`:\n  \
             - [x] Add `screenshots` for install UI\n  \
             - [ ] {child}\n"
        ),
    )
    .commit_all();
    repo
}

#[test]
fn an_open_sub_item_waiting_on_something_that_may_not_exist_is_silent() {
    for child in [
        "Add `related_applications` if native app exists",
        "Wire the staging smoke test if a staging cluster is available.",
    ] {
        let run = roadmap(child).check(&[]);
        assert_eq!(
            run.findings_of(&["task/checked-parent-open-child"]),
            vec![],
            "{child}\n{}",
            run.dump()
        );
    }
}

/// Twin: the same sub-item without the condition, and a condition that is
/// no closing clause on existence, are reported.
#[test]
fn an_open_sub_item_without_such_a_condition_is_reported() {
    for child in [
        "Add `related_applications`",
        "Fail the build if the manifest exists but has no icons, and log it",
    ] {
        let run = roadmap(child).check(&[]);
        assert_eq!(
            run.findings_of(&["task/checked-parent-open-child"]),
            vec![t(
                "task/checked-parent-open-child",
                "docs/plans/pwa-roadmap.md",
                5,
                1,
                ""
            )],
            "{child}\n{}",
            run.dump()
        );
    }
}

// --- evidence/missing-path: an audit of other repositories kept in the
// workspace's meta-repository (alawein/alawein's shared-infrastructure
// audit, `**Repos audited:** design-system, workspace-tools,
// knowledge-base`, each repository's findings under its own heading; 29
// findings judged false) ---

/// A meta-repository whose audit opens with `audited` and files the table
/// of findings under `### {section}`.
fn audit(audited: &str, section: &str) -> Repo {
    let repo = Repo::new();
    repo.write("scripts/validate.py", "print('ok')\n")
        .write(
            "docs/specs/2026-04-23-infrastructure-audit.md",
            format!(
                "# Spec B — Shared Infrastructure Audit\n\n\
                 {audited}\n\n\
                 ## Per-Repo Findings\n\n\
                 ### {section}\n\n\
                 | Severity | Finding | Evidence | Action |\n\
                 |---|---|---|---|\n\
                 | High | No ErrorBoundary | `packages/ui/src/index.ts:1-51` | Ship one |\n"
            ),
        )
        .commit_all();
    repo
}

#[test]
fn an_audited_repositorys_evidence_is_not_this_repositorys() {
    let run = audit(
        "**Repos audited:** design-system, workspace-tools, knowledge-base",
        "design-system",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["evidence/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a heading the line does not list, a section naming a folder of
/// this repository, and a document without the line are judged.
#[test]
fn evidence_outside_an_audited_repositorys_section_is_reported() {
    let file = "docs/specs/2026-04-23-infrastructure-audit.md";
    let expected = vec![t(
        "evidence/missing-path",
        file,
        11,
        29,
        "packages/ui/src/index.ts",
    )];
    for (audited, section) in [
        (
            "**Repos audited:** design-system, workspace-tools",
            "ui-kit",
        ),
        ("**Repos audited:** scripts, workspace-tools", "scripts"),
        ("**Purpose:** shared infrastructure", "design-system"),
    ] {
        let run = audit(audited, section).check(&[]);
        assert_eq!(
            run.findings_of(&["evidence/missing-path"]),
            expected,
            "{section}\n{}",
            run.dump()
        );
    }
}
