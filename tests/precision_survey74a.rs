//! Survey 74a: documentation folders of popular JavaScript/TypeScript
//! projects whose website is built by another repository (react-router,
//! jotai, mobx, react-three-fiber). False patterns found there, each
//! beside its true twin; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a `.md` page written for a site built elsewhere (remix-run/react-router's
// `docs/`, rendered by reactrouter.com: front matter with a `title:`, every
// page link written as the site's URL, without `.md`: 404 of 430 findings,
// the 29 sampled such links all judged false) ---

/// react-router's layout: `docs/api/components/Await.md` linking pages of
/// `docs/api/hooks/` the site's way, a page about a file (`root.tsx.md`)
/// by its dotted name, and a page that is not there (`useGone`).
fn site_docs(front_matter: &str, extra: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# React Router\n")
        .write("docs/api/hooks/useFetcher.md", "---\ntitle: useFetcher\n---\n\n# useFetcher\n\n## Options\n")
        .write("docs/api/framework-conventions/root.tsx.md", "---\ntitle: root.tsx\n---\n\n# root.tsx\n")
        .write(
            "docs/api/components/Await.md",
            format!(
                "{front_matter}# Await\n\nSee [useFetcher](../hooks/useFetcher#options), \
                 [root.tsx](../framework-conventions/root.tsx) and [gone](../hooks/useGone).\n{extra}"
            ),
        );
    repo.commit_all();
    repo
}

/// The three links of `Await.md` read as GitHub reads them: all dead.
fn assert_all_judged(run: &common::Run) {
    let found: Vec<String> = run
        .findings_of(&["link/missing-path"])
        .into_iter()
        .map(|f| f.4)
        .collect();
    assert_eq!(
        found,
        vec![
            "docs/api/hooks/useFetcher",
            "docs/api/framework-conventions/root.tsx",
            "docs/api/hooks/useGone"
        ],
        "\n{}",
        run.dump()
    );
}

#[test]
fn a_titled_md_page_linking_pages_without_md_is_a_site_page() {
    let run = site_docs("---\ntitle: Await\n---\n\n", "").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "link/missing-anchor"]),
        vec![t(
            "link/missing-path",
            "docs/api/components/Await.md",
            7,
            98,
            "docs/api/hooks/useGone"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same page without front matter is read as GitHub reads it,
/// where every link without `.md` is dead.
#[test]
fn an_untitled_md_page_linking_pages_without_md_is_judged() {
    let run = site_docs("", "").check(&[]);
    assert_all_judged(&run);
}

/// Twin: a titled page that also links a page with its `.md` is written
/// for GitHub, and its links without `.md` are judged.
#[test]
fn a_titled_md_page_that_links_a_page_with_md_is_judged() {
    let run = site_docs(
        "---\ntitle: Await\n---\n\n",
        "\nAlso [useFetcher](../hooks/useFetcher.md).\n",
    )
    .check(&[]);
    assert_all_judged(&run);
}

/// Twin: the page a site link names is read for its anchors, so a
/// heading that is not there is still reported.
#[test]
fn a_site_link_of_a_titled_md_page_has_its_anchor_checked() {
    let run = site_docs(
        "---\ntitle: Await\n---\n\n",
        "\nSee [options](../hooks/useFetcher#gone-heading).\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![t(
            "link/missing-anchor",
            "docs/api/components/Await.md",
            9,
            5,
            "docs/api/hooks/useFetcher.md#gone-heading"
        )],
        "\n{}",
        run.dump()
    );
}
