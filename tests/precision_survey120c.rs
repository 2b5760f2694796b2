//! Survey s120c: well-kept documentation repositories with no readiness
//! checklists (longhorn/website, a Hugo site with versioned docs folders;
//! chaos-mesh/website, Docusaurus; openfaas/docs, MkDocs). False patterns
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- A Hugo page without a link render hook is served at its own URL
// (`install-with-helm.md` at `…/install/install-with-helm/`), so its
// `../#installation-requirements` is the section `install/_index.md` and its
// `./#recommendation` the page itself, not the folder above or beside the
// file (longhorn/website's install pages: 9 findings judged false) ---

const INSTALL_PAGE: &str = "---\ntitle: Install with Helm\n---\n\nEnsure each node fulfills the [installation requirements](../#installation-requirements).\n\nKeep the images' names as recommended [here](./#recommendation).\n\nSee also [the prerequisites](../#installation-prerequisites).\n\n## Recommendation:\n\nUse the default names.\n";

/// A Hugo site whose `deploy/` section holds an `install/` section with one
/// page; `extra` adds files (a render hook).
fn longhorn_like(extra: &[(&str, &str)]) -> Repo {
    let repo = Repo::new();
    repo.write(
        "config.toml",
        "baseURL = \"https://example.org\"\ntitle = \"x\"\n",
    )
    .write("layouts/_default/single.html", "{{ .Content }}\n")
    .write(
        "content/docs/deploy/_index.md",
        "---\ntitle: Installation and Setup\n---\n",
    )
    .write(
        "content/docs/deploy/install/_index.md",
        "---\ntitle: Install\n---\n\n## Installation Requirements\n\nA node needs open-iscsi.\n",
    )
    .write(
        "content/docs/deploy/install/install-with-helm.md",
        INSTALL_PAGE,
    );
    for (path, text) in extra {
        repo.write(path, *text);
    }
    repo.commit_all();
    repo
}

#[test]
fn hugo_folder_anchors_are_read_from_the_pages_url() {
    let run = longhorn_like(&[]).check(&[]);
    // `../#installation-requirements` and `./#recommendation` are found; the
    // section's missing heading is still reported, against the section.
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "content/docs/deploy/install/install-with-helm.md",
            9,
            10,
            "content/docs/deploy/install/_index.md#installation-prerequisites"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: with a link render hook, `GetPage` reads the link from the page's
/// folder, so `../` is the `deploy/` section, which has no such heading (and
/// `./` the `install/` section, whose page has no `Recommendation`).
#[test]
fn with_a_render_hook_the_folder_anchor_is_read_from_the_files_folder() {
    let run = longhorn_like(&[(
        "layouts/_default/_markup/render-link.html",
        "{{ with .Page.GetPage .Destination }}<a href=\"{{ .RelPermalink }}\">{{ end }}\n",
    )])
    .check(&[]);
    let file = "content/docs/deploy/install/install-with-helm.md";
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                file,
                5,
                31,
                "content/docs/deploy/_index.md#installation-requirements"
            ),
            t(
                "link/missing-anchor",
                file,
                7,
                39,
                "content/docs/deploy/install/_index.md#recommendation"
            ),
            t(
                "link/missing-anchor",
                file,
                9,
                10,
                "content/docs/deploy/_index.md#installation-prerequisites"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
