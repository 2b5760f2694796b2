//! Survey 71d: infrastructure repositories (Terraform modules, Helm charts,
//! an Ansible-based installer) with upgrade, release and compatibility
//! documents: terraform-aws-eks, prometheus-community/helm-charts,
//! kubespray, argo-helm. No false finding; one real finding the site
//! reading hid, tested beside its twin; exact findings, the real binary,
//! real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, Run, t};

/// Asserts the two links to `target`, from its own page (line 7) and from
/// `docs/upgrades.md` (line 3), are the run's `link/missing-anchor` findings.
fn reported_on_both_pages(run: &Run, target: &str) {
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![
            t("link/missing-anchor", "docs/offline.md", 7, 12, target),
            t("link/missing-anchor", "docs/upgrades.md", 3, 5, target),
        ],
        "\n{}",
        run.dump()
    );
}

/// Asserts the run has no `link/missing-anchor` finding.
fn silent(run: &Run) {
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

// --- an anchor that keeps its heading's `:` names no id on any site
// (kubespray's docsify pages: `[Kubespray Container Image]
// (#recommended-way:-kubespray-container-image)` for `### Recommended way:
// Kubespray Container Image`, whose id is `#recommended-way-kubespray-
// container-image` on GitHub and in docsify alike; the site slug read the
// `:` as a separator and hid the broken link) ---

const DOCSIFY: &str = "<script>window.$docsify = { name: 'Kubespray' }</script>\n\
<script src=\"//unpkg.com/docsify/lib/docsify.min.js\"></script>\n";

/// kubespray's layout: a docsify site at the root, a page whose link names
/// its own section by `anchor`, and another page linking it by `other`.
fn docsify_pages(anchor: &str, other: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Kubespray\n")
        .write("index.html", DOCSIFY)
        .write(
            "docs/offline.md",
            format!(
                "# Offline environment\n\n### Recommended way: Kubespray Container Image\n\n\
                 Text.\n\nIf you use [Kubespray Container Image]({anchor}), mount it.\n"
            ),
        )
        .write(
            "docs/upgrades.md",
            format!("# Upgrades\n\nSee [the image]({other}).\n"),
        );
    repo.commit_all();
    repo
}

#[test]
fn an_anchor_keeping_the_headings_colon_is_reported_on_a_site() {
    let run = docsify_pages(
        "#recommended-way:-kubespray-container-image",
        "offline.md#recommended-way:-kubespray-container-image",
    )
    .check(&[]);
    reported_on_both_pages(
        &run,
        "docs/offline.md#recommended-way:-kubespray-container-image",
    );
}

/// Twin: the heading's id as docsify and GitHub make it, the `:` dropped,
/// names the section: silent on both pages.
#[test]
fn the_headings_id_without_the_colon_stays_silent() {
    let run = docsify_pages(
        "#recommended-way-kubespray-container-image",
        "offline.md#recommended-way-kubespray-container-image",
    )
    .check(&[]);
    silent(&run);
}

/// A VitePress site's pages with a heading whose `.` the site makes a `-`
/// (`#recommended-way-kubespray-3-x-image`, where GitHub's id is
/// `#recommended-way-kubespray-3x-image`), linked by `anchor` from the page
/// and from another page.
fn vitepress_pages(anchor: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Kubespray\n")
        .write(
            "docs/.vitepress/config.ts",
            "export default { title: 'Kubespray' }\n",
        )
        .write(
            "docs/offline.md",
            format!(
                "# Offline environment\n\n### Recommended way: Kubespray 3.x Image\n\n\
                 Text.\n\nIf you use [the image](#{anchor}), mount it.\n"
            ),
        )
        .write(
            "docs/upgrades.md",
            format!("# Upgrades\n\nSee [the image](offline.md#{anchor}).\n"),
        );
    repo.commit_all();
    repo
}

#[test]
fn a_colon_kept_in_a_site_slug_is_reported() {
    let run = vitepress_pages("recommended-way:-kubespray-3-x-image").check(&[]);
    reported_on_both_pages(&run, "docs/offline.md#recommended-way:-kubespray-3-x-image");
}

/// Twin: the same link with the site's slug, every run of punctuation one
/// `-`, names the section on the site: silent on both pages.
#[test]
fn the_site_slug_of_the_heading_stays_silent() {
    let run = vitepress_pages("recommended-way-kubespray-3-x-image").check(&[]);
    silent(&run);
}
