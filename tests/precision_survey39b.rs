//! Patterns read by hand in survey 39b (helper s39b): documentation sites
//! built with MkDocs Material, Sphinx with MyST, and Jupyter Book 2
//! (mystmd). Exact findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

const MYST_YML: &str = "version: 1\nproject:\n  title: Foundations\n  toc:\n    - file: index.md\n";

/// mystmd (Jupyter Book 2) reads a relative link without an extension as
/// the page `X.md`, else the notebook `X.ipynb`, from the page's folder
/// (myst-cli's `fileFromRelativePath`): ProjectPythia/pythia-foundations'
/// `[What is GitHub?](github/what-is-github)` and
/// `[NumPy Basics](./numpy/numpy-basics)`, 46 findings judged false. A name
/// no page or notebook has, and a raw HTML `href`, which myst-cli leaves as
/// written, are still reported.
#[test]
fn a_mystmd_link_without_extension_names_a_page_or_notebook() {
    let repo = Repo::new();
    repo.write("myst.yml", MYST_YML)
        .write("index.md", "# Home\n")
        .write("core/overview.md", "# Core\n")
        .write("foundations/github/basic-git.md", "# Basic Git\n")
        .write("foundations/quickstart.ipynb", "{\"cells\": []}\n")
        .write(
            "foundations/overview.md",
            "# Overview\n\n\
             Learn [Git](github/basic-git) first.\n\n\
             Then the [quickstart](./quickstart) notebook.\n\n\
             See the [core](../core/overview) too.\n\n\
             And the [branches](github/basic-gti) typo.\n\n\
             <a href=\"quickstart\">raw</a>\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "foundations/overview.md",
                9,
                9,
                "foundations/github/basic-gti"
            ),
            t(
                "link/missing-path",
                "foundations/overview.md",
                11,
                10,
                "foundations/quickstart"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Outside a mystmd project (no `myst.yml` with a `project:` table), the
/// same link names no file, as GitHub reads it, and is reported.
#[test]
fn a_link_without_extension_outside_mystmd_is_still_reported() {
    let repo = Repo::new();
    repo.write("foundations/github/basic-git.md", "# Basic Git\n")
        .write(
            "foundations/overview.md",
            "# Overview\n\nLearn [Git](github/basic-git) first.\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "foundations/overview.md",
            3,
            7,
            "foundations/github/basic-git"
        )],
        "\n{}",
        run.dump()
    );
}

/// A notebook's Markdown cells are MyST: their `(label)=` lines are targets
/// mystmd resolves project-wide (pythia-foundations' `core/matplotlib.md`
/// lists `[Histograms](#histograms)`, a label of
/// `core/matplotlib/histograms-piecharts-animation.ipynb`: 1 finding for 7
/// links judged false). A label nothing defines is still reported.
#[test]
fn a_mystmd_label_in_a_notebook_cell_is_a_target() {
    let repo = Repo::new();
    let notebook = r###"{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["(histograms)=\n", "## Histograms\n"]},
  {"cell_type": "code", "metadata": {}, "source": ["(not-a-label)=\n"], "outputs": [], "execution_count": null},
  {"cell_type": "markdown", "metadata": {}, "source": "(pie-charts)=\n## Pie charts\n"}
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
"###;
    repo.write("myst.yml", MYST_YML)
        .write("index.md", "# Home\n")
        .write("core/matplotlib/histograms.ipynb", notebook)
        .write(
            "core/matplotlib.md",
            "# Matplotlib\n\n\
             See [Histograms](#histograms).\n\n\
             See [Pie charts](#pie-charts).\n\n\
             See [Code](#not-a-label).\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/missing-anchor"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "core/matplotlib.md",
            7,
            5,
            "core/matplotlib.md#not-a-label"
        )],
        "\n{}",
        run.dump()
    );
}

const KNATIVE_MKDOCS: &str = "site_name: Knative\n\
     exclude_docs: |\n  *docs/snippets/\n\
     markdown_extensions:\n  \
     - admonition\n  \
     - pymdownx.snippets:\n      \
     base_path: docs/snippets\n  \
     - toc:\n      permalink: true\n";

/// PyMdown Snippets looks up `--8<-- "x.md"` in its configured
/// `base_path` (knative/docs: `base_path: docs/snippets`), and the
/// included file's links are read from the page that includes it:
/// `../install/yaml-install/README.md` in `docs/snippets/quickstart-prereqs.md`,
/// included by `docs/versioned/getting-started/README.md` (5 findings
/// judged false). A link no including page explains is still reported.
#[test]
fn a_snippet_found_through_base_path_is_read_from_its_including_page() {
    let repo = Repo::new();
    repo.write("mkdocs.yml", KNATIVE_MKDOCS)
        .write("docs/index.md", "# Home\n")
        .write("docs/versioned/install/yaml-install/README.md", "# YAML\n")
        .write(
            "docs/versioned/getting-started/README.md",
            "# Quickstart\n\n--8<-- \"quickstart-prereqs.md\"\n",
        )
        .write(
            "docs/snippets/quickstart-prereqs.md",
            "## Before you begin\n\n\
             See the [YAML-based installation](../install/yaml-install/README.md).\n\n\
             See the [Helm installation](../install/helm/README.md).\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/snippets/quickstart-prereqs.md",
            5,
            9,
            "docs/install/helm/README.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// The same snippet without `base_path` (Snippets' default, the site's
/// folder): `--8<-- "quickstart-prereqs.md"` names no file there, so the
/// snippet's links are read from its own folder and reported.
#[test]
fn a_snippet_without_base_path_is_read_from_its_own_folder() {
    let repo = Repo::new();
    repo.write(
        "mkdocs.yml",
        "site_name: Knative\nmarkdown_extensions:\n  - pymdownx.snippets\n",
    )
    .write("docs/index.md", "# Home\n")
    .write("docs/versioned/install/yaml-install/README.md", "# YAML\n")
    .write(
        "docs/versioned/getting-started/README.md",
        "# Quickstart\n\n--8<-- \"quickstart-prereqs.md\"\n",
    )
    .write(
        "docs/snippets/quickstart-prereqs.md",
        "## Before you begin\n\n\
         See the [YAML-based installation](../install/yaml-install/README.md).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/snippets/quickstart-prereqs.md",
            3,
            9,
            "docs/install/yaml-install/README.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// `data-href` is data for a script, not a link: a blog post exported from
/// Medium writes `<a href="x" data-href="x">` (knative/docs' v0.3 release
/// post, 5 findings judged false, each doubling its `href`'s). The `href`
/// is judged, once.
#[test]
fn a_data_href_attribute_is_not_a_link() {
    let repo = Repo::new();
    repo.write("docs/install.md", "# Install\n")
        .write(
            "README.md",
            "# Release\n\n\
             <li><a href=\"docs/install.md\" data-href=\"docs/install.md\">Install</a></li>\n\n\
             <li><a href=\"docs/gone.md\" data-href=\"docs/gone.md\">Gone</a></li>\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t("link/missing-path", "README.md", 5, 14, "docs/gone.md")],
        "\n{}",
        run.dump()
    );
}

/// The mkdocs-redirects plugin writes a page at each `redirect_maps`
/// source, so a link without an extension read from the page's URL to a
/// redirected page is served (knative/docs' `../event-mesh` from
/// `versioned/eventing/event-registry/README.md`, with
/// `versioned/eventing/event-mesh.md` redirected in the `config/redirects.yml`
/// its `mkdocs.yml` inherits: 3 findings judged false). A URL no map
/// redirects is still reported.
#[test]
fn an_mkdocs_link_to_a_redirected_page_is_served_by_the_redirect() {
    let repo = Repo::new();
    repo.write(
        "mkdocs.yml",
        "INHERIT: config/redirects.yml\nsite_name: Knative\n",
    )
    .write(
        "config/redirects.yml",
        "plugins:\n  redirects:\n    redirect_maps:\n      \
             versioned/eventing/event-mesh.md: versioned/eventing/concepts/event-mesh.md\n",
    )
    .write("docs/index.md", "# Home\n")
    .write(
        "docs/versioned/eventing/concepts/event-mesh.md",
        "# Event mesh\n",
    )
    .write(
        "docs/versioned/eventing/event-registry/README.md",
        "# Event registry\n\n\
             Events enter the [event mesh](../event-mesh).\n\n\
             Events leave the [event sink](../event-sink).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/versioned/eventing/event-registry/README.md",
            5,
            18,
            "docs/versioned/eventing/event-sink"
        )],
        "\n{}",
        run.dump()
    );
}

/// The rss plugin writes its feeds where `feeds_filenames` says
/// (knative/docs: `rss_created: "blog/feed_rss_created.xml"`), so the blog
/// index's `<a href="./feed_rss_created.xml">`, read from its URL `blog/`,
/// names a file of the built site (1 finding judged false). A feed the
/// configuration does not name is still reported.
#[test]
fn an_mkdocs_link_to_a_configured_rss_feed_is_an_output_of_the_site() {
    let repo = Repo::new();
    repo.write(
        "mkdocs.yml",
        "site_name: Knative\nplugins:\n  rss:\n    feeds_filenames:\n      \
         rss_created: \"blog/feed_rss_created.xml\"\n      \
         rss_updated: \"blog/feed_rss_updated.xml\"\n",
    )
    .write("docs/index.md", "# Home\n")
    .write(
        "docs/blog/index.md",
        "# Blog\n\n\
         <div><a href=\"./feed_rss_created.xml\">RSS Feed</a></div>\n\n\
         <div><a href=\"./feed_json_created.json\">JSON Feed</a></div>\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/blog/index.md",
            5,
            15,
            "docs/blog/feed_json_created.json"
        )],
        "\n{}",
        run.dump()
    );
}

/// mkdocs-macros renders `{% include "x.md" %}` with Jinja, from its
/// `include_dir` (knative/docs: `include_dir: docs/snippets`), so the
/// included file's links are read from the page that includes it
/// (`../../../serving/services/private-services.md` in
/// `docs/snippets/netadapter-gatewayapi.md`: 1 finding judged false). A
/// link no including page explains is still reported.
#[test]
fn a_macros_include_is_read_from_its_including_page() {
    let repo = Repo::new();
    repo.write(
        "mkdocs.yml",
        "site_name: Knative\nplugins:\n  macros:\n    module_name: hack/macros\n    \
         include_dir: docs/snippets\n",
    )
    .write("docs/index.md", "# Home\n")
    .write("docs/versioned/serving/private.md", "# Private services\n")
    .write(
        "docs/versioned/install/yaml/serving.md",
        "# Install Serving\n\n{% include \"netadapter.md\" %}\n",
    )
    .write(
        "docs/snippets/netadapter.md",
        "Use [private services](../../serving/private.md) or the\n\
         [public ones](../../serving/public.md).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path,path/outside-repo"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/snippets/netadapter.md",
            2,
            1,
            "serving/public.md"
        )],
        "\n{}",
        run.dump()
    );
}
