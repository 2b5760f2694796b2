//! Survey 80b: Python projects whose Sphinx documentation is written in
//! Markdown with MyST-Parser (python-attrs/attrs, hynek/structlog,
//! executablebooks/sphinx-design, python-attrs/cattrs). False patterns
//! found there, each beside its true twin; exact findings, the real
//! binary, real git repositories.

mod common;

use common::{Repo, t};

// --- a MyST link to a page Sphinx generates, by its standard label
// (attrs' `docs/index.md` ends with `[Full Index](genindex)`: 1 finding
// judged false) ---

/// A Sphinx project's `docs/` whose `index.md` links the pages Sphinx
/// generates, and a misspelt one; `conf` is the `conf.py`.
fn sphinx_index(conf: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# attrs\n")
        .write("docs/conf.py", conf)
        .write(
            "docs/index.md",
            "# attrs\n\n[Full Index](genindex)\n\n[Modules](py-modindex)\n\n\
             [Search](search)\n\n[Typo](genindx)\n",
        );
    repo.commit_all();
    repo
}

#[test]
fn a_myst_link_to_a_page_sphinx_generates_is_silent() {
    let run = sphinx_index("extensions = [\"myst_parser\"]\n").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "docs/index.md",
            9,
            1,
            "docs/genindx"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: without MyST, Sphinx does not read the page, and GitHub's
/// reading is the only one: every link is reported.
#[test]
fn the_same_links_outside_a_myst_project_are_reported() {
    let run = sphinx_index("extensions = [\"sphinx.ext.autodoc\"]\n").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t("link/missing-path", "docs/index.md", 3, 1, "docs/genindex"),
            t(
                "link/missing-path",
                "docs/index.md",
                5,
                1,
                "docs/py-modindex"
            ),
            t("link/missing-path", "docs/index.md", 7, 1, "docs/search"),
            t("link/missing-path", "docs/index.md", 9, 1, "docs/genindx"),
        ],
        "\n{}",
        run.dump()
    );
}
