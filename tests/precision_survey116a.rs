//! Survey s116a: repositories with launch readiness documents, sign-off
//! matrices and agent-written plans (ds0857/x-skynet,
//! w9bikze8u4cbupc/MOBIUS, aniketmandloi/car-health-genius,
//! hack-entertainer/graperepo, ekambindra/NEWIDE, alezmad/liquidrender).
//! False patterns found there, each beside its true twin; exact findings,
//! the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- A page of another website kept here as a copy: its front matter gives
// the URL its site serves it at (`url: /docs/web/auth/flow`), and its root
// links are that site's routes and assets (alezmad/liquidrender's
// `.context/turbostarter-framework-context/sections/`, TurboStarter's docs
// split from the site's `llms.txt` for a coding agent: 414 findings, the 28
// sampled all judged false) ---

const COPIED_PAGE: &str = "# User flow\n\nSee the [database client](/docs/web/database/client).\n\n![Confirm email](/images/docs/web/auth/confirm-email.png)\n\nAlso [the overview](../overview.md).\n\nBack to the [showcase](/#showcase).\n";

/// A repository with its own `docs/` folder at the root (so `/docs/…` is
/// not a route by its first folder alone) and a copied page whose front
/// matter is `front`.
fn copied(front: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# app\n")
        .write("docs/architecture.md", "# Architecture\n")
        .write(
            ".context/framework/sections/web/auth/flow.md",
            format!("{front}{COPIED_PAGE}"),
        )
        .commit_all();
    repo
}

#[test]
fn root_links_of_a_page_copied_from_another_site_are_that_sites() {
    let run = copied(
        "---\ntitle: User flow\ndescription: Discover the authentication flow.\nurl: /docs/web/auth/flow\n---\n\n",
    )
    .check(&[]);
    // The relative link names a file of this tree and is still judged.
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            ".context/framework/sections/web/auth/flow.md",
            13,
            6,
            ".context/framework/sections/web/overview.md"
        )],
        "\n{}",
        run.dump()
    );
    // `/#showcase` is the other site's home page, not this README's heading.
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twins: the same page without a `url:` in its front matter, and one whose
/// `url:` names a file of this repository, have their root links judged.
#[test]
fn the_same_root_links_without_a_foreign_url_are_reported() {
    for (front, offset) in [
        ("---\ntitle: User flow\n---\n\n", 5),
        (
            "---\ntitle: User flow\nurl: /docs/architecture.md\n---\n\n",
            6,
        ),
    ] {
        let run = copied(front).check(&[]);
        let file = ".context/framework/sections/web/auth/flow.md";
        assert_eq!(
            run.findings_of(&["link/missing-path"]),
            vec![
                t(
                    "link/missing-path",
                    file,
                    offset + 2,
                    9,
                    "docs/web/database/client"
                ),
                t(
                    "link/missing-path",
                    file,
                    offset + 4,
                    1,
                    "images/docs/web/auth/confirm-email.png"
                ),
                t(
                    "link/missing-path",
                    file,
                    offset + 6,
                    6,
                    ".context/framework/sections/web/overview.md"
                ),
            ],
            "\n{}",
            run.dump()
        );
        assert_eq!(
            run.findings_of(&["link/missing-anchor"]),
            vec![t(
                "link/missing-anchor",
                file,
                offset + 8,
                13,
                "README.md#showcase"
            )],
            "\n{}",
            run.dump()
        );
    }
}
