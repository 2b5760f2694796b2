//! Survey 78b: architecture decision records and RFC repositories
//! (NixOS/rfcs, npm/rfcs, thomvaill/log4brains, alphagov/govuk-aws). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

mod common;

use common::{Repo, Tuple, assert_reference_findings, t};

// --- a log4brains knowledge base (`.log4brains.yml` naming `adrFolder:`):
// the `docs/adr/index.md` that `log4brains init` writes shows the ADR
// workflow image of the log4brains site, `/l4b-static/adr-workflow.png`,
// which no repository commits ---

/// An ADR folder with log4brains' home page, the image line at line 3;
/// with or without the project's `.log4brains.yml` (`config`).
fn adr_home(config: bool, image: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Project\n").write(
        "docs/adr/index.md",
        format!("# Architecture knowledge base\n\n![ADR workflow](/l4b-static/{image})\n"),
    );
    if config {
        repo.write(
            ".log4brains.yml",
            "---\nproject:\n  name: Project\n  tz: Europe/Paris\n  adrFolder: ./docs/adr\n",
        );
    }
    repo.commit_all();
    repo
}

/// The `link/missing-path` finding of the image line of `file`, naming
/// `/l4b-static/{image}`.
fn image_finding(file: &str, image: &str) -> Tuple {
    t(
        "link/missing-path",
        file,
        3,
        1,
        &format!("l4b-static/{image}"),
    )
}

#[test]
fn a_log4brains_home_page_names_the_sites_workflow_image() {
    assert_reference_findings(&adr_home(true, "adr-workflow.png").check(&[]), &[]);
}

/// Twin: the same page without `.log4brains.yml` is GitHub's, where the
/// image is broken.
#[test]
fn the_workflow_image_without_log4brains_is_reported() {
    assert_reference_findings(
        &adr_home(false, "adr-workflow.png").check(&[]),
        &[image_finding("docs/adr/index.md", "adr-workflow.png")],
    );
}

/// Twin: an image the log4brains site does not serve is reported there too.
#[test]
fn another_l4b_static_image_is_reported() {
    assert_reference_findings(
        &adr_home(true, "diagram.png").check(&[]),
        &[image_finding("docs/adr/index.md", "diagram.png")],
    );
}

/// Twin: the same link outside the ADR folder (the README GitHub shows) is
/// reported.
#[test]
fn the_workflow_image_outside_the_adr_folder_is_reported() {
    let repo = adr_home(true, "adr-workflow.png");
    repo.write(
        "README.md",
        "# Project\n\n![ADR workflow](/l4b-static/adr-workflow.png)\n",
    )
    .commit_all();
    assert_reference_findings(
        &repo.check(&[]),
        &[image_finding("README.md", "adr-workflow.png")],
    );
}
