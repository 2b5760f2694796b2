//! Survey s106d: design documents with status headers (RFC and ADR folders)
//! in infrastructure and language projects (ministryofjustice/cloud-platform,
//! thanos-io/thanos, opentofu/opentofu). False patterns found there, each
//! beside its true twin; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, Tuple, t};

// --- the `.mdx` docs folder of a Docusaurus site built from another
// repository (opentofu's `website/docs/`, which opentofu.org clones and
// serves at `/docs/` with `trailingSlash: true`; nothing in the repository
// configures a site): its links are read the Docusaurus way (19 findings
// judged false) ---

/// opentofu's layout: a root `docs/` of the repository's own (which makes a
/// root `/docs/...` link a path of the tree, not a bare site route), and
/// the site's pages in `{page_root}/`, written as `{ext}` files.
fn external_docs(page_root: &str, ext: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Tool\n")
        .write("docs/README.md", "# Internals\n")
        .write(
            &format!("{page_root}/language/values/variables.mdx"),
            "# Variables\n",
        )
        .write(
            &format!("{page_root}/language/modules/sources.mdx"),
            "# Sources\n",
        )
        .write(&format!("{page_root}/intro/install/index.mdx"), "# Install\n")
        .write(
            &format!("{page_root}/intro/migration/index.{ext}"),
            "# Migration\n\nFollow the [guide](migration-guide) or [the lost one](lost-guide).\n",
        )
        .write(
            &format!("{page_root}/intro/migration/migration-guide.{ext}"),
            "# Guide\n\nSee [several configurations](../multiple-configurations).\n",
        )
        .write(
            &format!("{page_root}/intro/migration/multiple-configurations.mdx"),
            "# Multiple configurations\n",
        )
        .write(
            &format!("{page_root}/cli/commands/console.{ext}"),
            "# Console\n\n\
             See [variables](/docs/language/values/variables), [install](/docs/intro/install),\n\
             [sources](/language/modules/sources.mdx), [the install page](intro/install/index.mdx)\n\
             and [variables again](../../../language/values/variables/).\n\n\
             Not [gone](/docs/language/gone), [with extension](/docs/language/values/variables.mdx),\n\
             [lost](/language/modules/lost.mdx) or [above](../../../../language/values/variables/).\n",
        );
    repo.commit_all();
    repo
}

/// The findings of the broken links, in `{page_root}/` pages named `.{ext}`.
fn broken(page_root: &str, ext: &str) -> Vec<Tuple> {
    let console = format!("{page_root}/cli/commands/console.{ext}");
    let index = format!("{page_root}/intro/migration/index.{ext}");
    vec![
        t("link/missing-path", &console, 7, 5, "docs/language/gone"),
        t(
            "link/missing-path",
            &console,
            7,
            34,
            "docs/language/values/variables.mdx",
        ),
        t(
            "link/missing-path",
            &console,
            8,
            1,
            "language/modules/lost.mdx",
        ),
        t(
            "link/missing-path",
            &console,
            8,
            39,
            "language/values/variables",
        ),
        t(
            "link/missing-path",
            &index,
            3,
            40,
            &format!("{page_root}/intro/migration/lost-guide"),
        ),
    ]
}

/// The findings of the links a Docusaurus docs folder resolves.
fn resolved(page_root: &str, ext: &str) -> Vec<Tuple> {
    let console = format!("{page_root}/cli/commands/console.{ext}");
    vec![
        t(
            "link/missing-path",
            &console,
            3,
            5,
            "docs/language/values/variables",
        ),
        t("link/missing-path", &console, 3, 51, "docs/intro/install"),
        t(
            "link/missing-path",
            &console,
            4,
            1,
            "language/modules/sources.mdx",
        ),
        t(
            "link/missing-path",
            &console,
            4,
            43,
            &format!("{page_root}/cli/commands/intro/install/index.mdx"),
        ),
        t(
            "link/missing-path",
            &console,
            5,
            5,
            "website/language/values/variables",
        ),
        t(
            "link/missing-path",
            &format!("{page_root}/intro/migration/index.{ext}"),
            3,
            12,
            &format!("{page_root}/intro/migration/migration-guide"),
        ),
        t(
            "link/missing-path",
            &format!("{page_root}/intro/migration/migration-guide.{ext}"),
            3,
            5,
            &format!("{page_root}/intro/multiple-configurations"),
        ),
    ]
}

fn sorted(mut v: Vec<Tuple>) -> Vec<Tuple> {
    v.sort();
    v
}

#[test]
fn an_mdx_docs_folder_of_a_site_built_elsewhere_resolves_links_the_docusaurus_way() {
    let run = external_docs("website/docs", "mdx").check(&[]);
    assert_eq!(
        sorted(run.findings_of(&["link/missing-path"])),
        sorted(broken("website/docs", "mdx")),
        "\n{}",
        run.dump()
    );
}

/// Twin: the same pages in a folder not named `docs`, or written as `.md`
/// documents (which GitHub renders), are read as GitHub reads them: every
/// such link is broken there.
#[test]
fn the_same_links_outside_a_docs_folder_or_in_md_documents_are_reported() {
    for (page_root, ext) in [("website/content", "mdx"), ("website/docs", "md")] {
        let run = external_docs(page_root, ext).check(&[]);
        let mut expected = broken(page_root, ext);
        expected.extend(resolved(page_root, ext));
        assert_eq!(
            sorted(run.findings_of(&["link/missing-path"])),
            sorted(expected),
            "{page_root} .{ext}\n{}",
            run.dump()
        );
    }
}
