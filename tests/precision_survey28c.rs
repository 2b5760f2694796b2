//! Patterns of survey 28c (pypa/pip, vjsingh1984/victor): a MyST Sphinx
//! project's links that name a page without its extension (P1), raw HTML
//! `href`s to sibling pages in a site built with `dirhtml` (P2), and the
//! citations of an enhancement proposal whose status says `Implemented`
//! (P3). Each false pattern beside its true twin, exact findings, the real
//! binary in real git repositories.

mod common;

use common::{Repo, t};

const CONF: &str =
    "project = 'pip'\nextensions = [\n    'sphinx.ext.intersphinx',\n    \"myst_parser\",\n]\n";

/// pip's `docs/html/` (a Sphinx project whose `conf.py` loads
/// `myst_parser`): `[Getting Started](getting-started)` in `index.md`,
/// `[under the pip page](pip)` in `cli/index.md` for `cli/pip.rst`, and
/// `[research results](research-results/index)`: MyST resolves a bare
/// destination as Sphinx's `any` role does, a document name read from the
/// page's folder (14 judged false). Twins: a name no page has
/// (`getting-startd`) is reported, and so is a name with an extension
/// that is not there (`install.md`); outside the project (`notes/`), the
/// same extension-less link is a dead link on GitHub and is reported.
#[test]
fn a_myst_link_that_names_a_page_without_its_extension() {
    let repo = Repo::new();
    repo.write("docs/html/conf.py", CONF)
        .write("docs/html/getting-started.md", "# Getting Started\n")
        .write("docs/html/cli/pip.rst", "pip\n===\n")
        .write("docs/html/research-results/index.md", "# Results\n")
        .write(
            "docs/html/index.md",
            "# pip\n\n- [Getting Started](getting-started)\n\
             - [Results](research-results/index)\n\
             - [Typo](getting-startd)\n\
             - [Install](install.md)\n",
        )
        .write(
            "docs/html/cli/index.md",
            "# Commands\n\nfound [under the `pip` page](pip).\n",
        )
        .write("notes/getting-started.md", "# Notes\n")
        .write("notes/index.md", "# Notes\n\n- [Start](getting-started)\n")
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/html/index.md",
                5,
                3,
                "docs/html/getting-startd"
            ),
            t(
                "link/missing-path",
                "docs/html/index.md",
                6,
                3,
                "docs/html/install.md"
            ),
            t(
                "link/missing-path",
                "notes/index.md",
                3,
                3,
                "notes/getting-started"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// pip's `ux-research-design/research-results/index.md` writes raw HTML,
/// `<a href="pip-search">write up</a>`, which MyST passes through: the
/// browser reads it from the page's URL, and pip's `.readthedocs.yml` builds
/// with `builder: dirhtml`, which serves `research-results/index.md` at
/// `research-results/` and `pip-search.md` at `research-results/pip-search/`
/// (7 judged false). Twins: an `href` that names no page is reported; and
/// in a project built with the plain `html` builder (no `dirhtml` anywhere),
/// `href="pip-search"` from `index.html` reaches no page and is reported.
#[test]
fn a_raw_html_href_to_a_page_of_a_dirhtml_site() {
    let page = "# Results\n\n<p>\n  See <a href=\"pip-search\">write up</a>\n</p>\n\n\
                <p>\n  See <a href=\"pip-nothing\">write up</a>\n</p>\n";
    let dirhtml = Repo::new();
    dirhtml
        .write(
            ".readthedocs.yml",
            "version: 2\nsphinx:\n  builder: dirhtml\n  configuration: docs/html/conf.py\n",
        )
        .write("docs/html/conf.py", CONF)
        .write("docs/html/research-results/pip-search.md", "# Search\n")
        .write("docs/html/research-results/index.md", page)
        .commit_all();
    let run = dirhtml.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/html/research-results/index.md",
            8,
            16,
            "docs/html/research-results/pip-nothing"
        )],
        "\n{}",
        run.dump()
    );

    let html = Repo::new();
    html.write(
        ".readthedocs.yml",
        "version: 2\nsphinx:\n  configuration: docs/html/conf.py\n",
    )
    .write("docs/html/conf.py", CONF)
    .write("docs/html/research-results/pip-search.md", "# Search\n")
    .write("docs/html/research-results/index.md", page)
    .commit_all();
    let run = html.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/html/research-results/index.md",
                4,
                16,
                "docs/html/research-results/pip-search"
            ),
            t(
                "link/missing-path",
                "docs/html/research-results/index.md",
                8,
                16,
                "docs/html/research-results/pip-nothing"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// victor's `feps/fep-0014-…md` (front matter `status: Implemented`) cites
/// `victor/framework/capabilities/validation.py:62`, a line that now stands
/// two lines lower: the proposal was carried out, and its citations record
/// the code it was written against (2 judged false). Twin: a `status:
/// Draft` proposal citing the same line is a plan still argued over, and
/// its shifted citation is reported.
#[test]
fn an_implemented_proposal_cites_the_code_of_its_day() {
    let code: String = (1..=10).map(|i| format!("def f{i}(): pass\n")).collect();
    let fep = |status: &str| {
        format!(
            "---\nfep: 14\ntitle: Contracts\nstatus: {status}\ncreated: 2026-07-09\n---\n\n\
             # FEP-0014: Contracts\n\n## References\n\n- `src/validation.py:5` — `f5`\n"
        )
    };
    let repo = Repo::new();
    repo.write("src/validation.py", &code).commit_all();
    repo.write("feps/fep-0014-contracts.md", fep("Implemented"))
        .write("feps/fep-0013-shell.md", fep("Draft"))
        .commit_all();
    repo.write(
        "src/validation.py",
        format!("import os\nimport sys\n{code}"),
    )
    .commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/shifted",
            "feps/fep-0013-shell.md",
            12,
            3,
            "src/validation.py"
        )],
        "\n{}",
        run.dump()
    );
}

/// The twin of the first test in a project whose `conf.py` sets
/// `myst_all_links_external = True`: MyST leaves every Markdown link as
/// written, so `[Getting Started](getting-started)` is a dead link there and
/// is reported. (pip's folder, `docs/html/`: a `docs/conf.py` is read as a
/// documentation site's root by every link rule, extension-less pages and
/// all.)
#[test]
fn a_page_name_is_a_dead_link_when_myst_leaves_links_as_written() {
    let repo = Repo::new();
    repo.write(
        "docs/html/conf.py",
        format!("{CONF}myst_all_links_external = True\n"),
    )
    .write("docs/html/getting-started.md", "# Getting Started\n")
    .write(
        "docs/html/index.md",
        "# pip\n\n- [Getting Started](getting-started)\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/html/index.md",
            3,
            3,
            "docs/html/getting-started"
        )],
        "\n{}",
        run.dump()
    );
}
