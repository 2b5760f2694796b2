//! Installed tools' own files (survey 6, oinani0721/canvas-learning-system):
//! `_bmad/` is the BMAD method as its installer wrote it (`_bmad/_config/
//! manifest.yaml`): workflow steps and templates whose example links
//! (`docs/getting-started.md`, `./project-overview.md`) name files of the
//! project the method will generate. 25 findings there, none a maintainer of
//! this repository acts on. What the method wrote for this repository
//! (`_bmad-output/`) is the team's and is checked.

mod common;

use common::{Repo, t};

const EXAMPLE_LINK: &str = "# Step 7: docs\n\nSee [getting started](docs/getting-started.md).\n";

#[test]
fn an_installed_methods_folder_is_not_checked() {
    let repo = Repo::new();
    repo.write(
        "_bmad/bmb/workflows/module/steps-c/step-07-docs.md",
        EXAMPLE_LINK,
    )
    .write(
        "_bmad/_config/manifest.yaml",
        "installation:\n  version: 6.0.0\n",
    )
    .write(".bmad-core/tasks/create-doc.md", EXAMPLE_LINK)
    // The twin: the same link in what the method wrote for this repository.
    .write("_bmad-output/stories/1.1.story.md", EXAMPLE_LINK)
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "_bmad-output/stories/1.1.story.md",
            3,
            5,
            "_bmad-output/stories/docs/getting-started.md"
        )],
        "\n{}",
        run.dump()
    );
    assert_eq!(run.files_checked(), 1, "\n{}", run.dump());
}

/// BMAD-METHOD version 3 installs itself as `bmad-agent/`, in a nested app
/// as often as at the root (survey 105e, vibe-tech-monorepo's
/// `apps/shipping-pwa/bmad-agent/`): its orchestrator's bare task names and
/// bundle anchors are the method's. A document of the team's that is named
/// for it (`docs/bmad-agent.md`) is checked.
#[test]
fn an_installed_method_of_version_3_is_not_checked() {
    let repo = Repo::new();
    repo.write(
        "apps/pwa/bmad-agent/ide-bmad-orchestrator-cfg.md",
        "# Orchestrator\n\n- [Create PRD](create-prd.md)\n",
    )
    .write("apps/pwa/bmad-agent/tasks/create-prd.md", "# Create PRD\n")
    .write(
        "bmad-agent/web-bmad-orchestrator-agent-cfg.md",
        "# Web\n\nSee [brief](templates#project-brief-tmpl).\n",
    )
    .write("bmad-agent/templates/project-brief-tmpl.md", "# Brief\n")
    // The twin: the team's own page about the method.
    .write(
        "docs/bmad-agent.md",
        "# BMAD\n\n- [Create PRD](create-prd.md)\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/bmad-agent.md",
            3,
            3,
            "docs/create-prd.md"
        )],
        "\n{}",
        run.dump()
    );
    assert_eq!(run.files_checked(), 1, "\n{}", run.dump());
}

#[test]
fn an_installed_methods_file_named_explicitly_is_checked() {
    let repo = Repo::new();
    repo.write("_bmad/bmb/step.md", EXAMPLE_LINK).commit_all();
    let run = repo.check(&["_bmad/bmb/step.md"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "_bmad/bmb/step.md",
            3,
            5,
            "_bmad/bmb/docs/getting-started.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Survey 7 (RNA4219/katamari-documents): Chainlit kept as a `git subtree`
/// at `upstream/chainlit/`; its README's links are upstream's (`LICENSE`,
/// `#build-frontend`), 3 findings a maintainer here does not act on.
#[test]
fn an_upstream_subtree_is_not_checked() {
    let repo = Repo::new();
    repo.write(
        "upstream/chainlit/backend/README.md",
        "# Chainlit\n\nSee [build](#build-frontend).\n\nLicense: [Apache 2.0](LICENSE)\n",
    )
    // The twin: the project's own page about the subtree.
    .write(
        "docs/UPSTREAM.md",
        "# Upstream\n\nWhy a subtree: see [the ADR](adr-missing.md).\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/UPSTREAM.md",
            3,
            20,
            "docs/adr-missing.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Survey 123a (brettadin/spectra-app): pages of other websites mirrored
/// into `docs/mirrored/<site>/` (scraped HTML turned Markdown: links to the
/// pages the scrape left out, the mojibake of its decoding), about 2,300
/// findings nobody there would act on. The twin: a guide to the project's
/// own mirroring, in `docs/mirroring/`, is checked.
#[test]
fn pages_mirrored_from_other_websites_are_not_checked() {
    let repo = Repo::new();
    repo.write(
        "docs/mirrored/nist_dimspec/instructions.md",
        "# Instructions\n\nSee [the QC home](dimspec-qc-home.html) and \u{e2}\u{80}\u{9c}quotes\u{e2}\u{80}\u{9d}.\n",
    )
    .write(
        "docs/mirroring/setup.md",
        "# Mirroring\n\nRun [the script](../../scripts/mirror.py).\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/mirroring/setup.md",
            3,
            5,
            "scripts/mirror.py"
        )],
        "\n{}",
        run.dump()
    );
}
