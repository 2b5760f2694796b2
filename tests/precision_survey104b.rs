//! Survey 104b: ordinary well-kept documentation repositories with no
//! checklists, round 11: Python libraries' plain Markdown docs built with
//! MkDocs (django-rest-framework, mkdocs, beanie). False patterns found
//! there, each beside its true twin; exact findings, the real binary, real
//! git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- pydoc-markdown's MkDocs renderer serves each page at its title's
// slug below its parents' (beanie's `docs/tutorial/find.md`, served as
// `tutorial/finding-documents.md`, links `inserting-into-the-database.md`
// and `../api-documentation/interfaces.md/`: 10 findings judged false) ---

const PYDOC: &str = "loaders:\n  - type: python\nrenderer:\n  type: RENDERER\n  output_directory: docs/build\n  pages:\n    - title: Overview\n      name: index\n      source: docs/index.md\n    - title: Tutorial\n      children:\n        - title: Inserting into the database\n          source: docs/tutorial/insert.md\n        - title: Finding documents\n          source: docs/tutorial/find.md\n    - title: API Documentation\n      children:\n        - title: Interfaces\n          contents:\n            - beanie.odm.interfaces.*\n";

/// beanie's layout: the tutorial pages linking each other by the names
/// pydoc-markdown gives them, with the configuration's renderer `renderer`
/// (none: no configuration).
fn pydoc_docs(renderer: Option<&str>) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Beanie\n")
        .write("docs/index.md", "# Beanie\n")
        .write("docs/tutorial/insert.md", "# Insert\n")
        .write(
            "docs/tutorial/find.md",
            "# Find\n\nAfter [inserting](inserting-into-the-database.md), see\n\
             [interfaces](../api-documentation/interfaces.md/) and [gone](finding-gone.md).\n",
        );
    if let Some(renderer) = renderer {
        repo.write("pydoc-markdown.yml", PYDOC.replace("RENDERER", renderer));
    }
    repo.commit_all();
    repo
}

#[test]
fn pydoc_markdown_mkdocs_pages_are_linked_by_their_title_slugs() {
    let run = pydoc_docs(Some("mkdocs")).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "docs/tutorial/find.md",
            4,
            55,
            "docs/tutorial/finding-gone.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: without the configuration, or with a renderer that writes no
/// MkDocs site, the links are GitHub's, and all three are broken.
#[test]
fn the_same_links_without_the_mkdocs_renderer_are_reported() {
    for renderer in [None, Some("markdown")] {
        let run = pydoc_docs(renderer).check(&[]);
        assert_eq!(
            run.findings_of(&["link/missing-path"]),
            vec![
                t(
                    "link/missing-path",
                    "docs/tutorial/find.md",
                    3,
                    7,
                    "docs/tutorial/inserting-into-the-database.md"
                ),
                t(
                    "link/missing-path",
                    "docs/tutorial/find.md",
                    4,
                    1,
                    "docs/api-documentation/interfaces.md"
                ),
                t(
                    "link/missing-path",
                    "docs/tutorial/find.md",
                    4,
                    55,
                    "docs/tutorial/finding-gone.md"
                ),
            ],
            "{renderer:?}\n{}",
            run.dump()
        );
    }
}
