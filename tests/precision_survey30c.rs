//! Patterns of survey 30c (devtron-labs/devtron-documentation, a GitBook;
//! napari/docs, Sphinx with MyST and a Jupyter Book table of contents;
//! greenpill-dev-guild/green-goods, a Docusaurus site in `docs/`;
//! Abstract-Foundation/abstract-docs, Mintlify; xuanbach0212/somnia-agent-kit):
//! GitBook's ids of numbered headings (P1), a heading's trailing badge
//! image (P2), MyST references to labels a script writes, to sphinx-tags'
//! overview and to autosummary's objects (P3), pages a Jupyter Book table
//! of contents lists and git ignores (P4), a `<script>` element's
//! JavaScript (P5), MyST comment lines (P6) and the `static/` folder of a
//! Docusaurus site in a subfolder (P9). Each false pattern beside its true
//! twin, exact findings, the real binary in real git repositories.

mod common;

use common::{Repo, t};

const GITBOOK: &str = "root: ./docs/\n\nstructure:\n  readme: README.md\n  summary: SUMMARY.md\n";

/// devtron's GitBook links numbered headings by the ids GitBook gives them:
/// `id-`, then the heading's text with its dots kept (`#id-2.3-obtain-the-
/// dashboard-url` for `### 2.3 Obtain the Dashboard URL`): 26 findings, 12
/// of 30 sampled judged false. The twins: a dot dropped
/// (`#id-3.-add-app-valuesyaml`, neither GitBook's nor GitHub's id), and
/// the same link from the README GitHub shows, outside the GitBook's root.
#[test]
fn gitbook_ids_of_numbered_headings_are_anchors_of_its_pages() {
    let repo = Repo::new();
    repo.write(".gitbook.yaml", GITBOOK)
        .write("docs/README.md", "# Docs\n")
        .write(
            "docs/SUMMARY.md",
            "* [Docs](README.md)\n* [Install](install.md)\n",
        )
        .write(
            "docs/install.md",
            "# Install\n\n\
             * [Dashboard](#id-2.3-obtain-the-dashboard-url)\n\
             * [Values](#id-3.-add-app-values.yaml)\n\
             * [Typo](#id-3.-add-app-valuesyaml)\n\n\
             ### 2.3 Obtain the Dashboard URL\n\n\
             ## 3. Add app-values.yaml\n",
        )
        .write(
            "README.md",
            "# Devtron\n\nSee [the dashboard](docs/install.md#id-2.3-obtain-the-dashboard-url).\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![
            t(
                "link/missing-anchor",
                "README.md",
                3,
                5,
                "docs/install.md#id-2.3-obtain-the-dashboard-url"
            ),
            t(
                "link/missing-anchor",
                "docs/install.md",
                5,
                3,
                "docs/install.md#id-3.-add-app-valuesyaml"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// devtron marks paid features with a badge after the heading's words
/// (`## Dependencies [![](EnterpriseTag.svg)](https://devtron.ai/pricing)`).
/// The site slugs the rendered text, to which the image adds nothing, so
/// `#dependencies` and `#making-users-activeinactive` are the headings'
/// ids: 20 findings, 10 of 30 sampled judged false. The twins: a link that
/// misses the words (`#dependency`), and the same link from the README
/// GitHub shows, where the id keeps the `-` of the space before the badge.
#[test]
fn a_badge_after_a_headings_words_adds_nothing_to_its_site_id() {
    let repo = Repo::new();
    repo.write(".gitbook.yaml", GITBOOK)
        .write("docs/README.md", "# Docs\n")
        .write(
            "docs/overview.md",
            "# Overview\n\n\
             ## Dependencies [![](https://cdn.example.com/EnterpriseTag.svg)](https://devtron.ai/pricing)\n\n\
             ## Making Users Active/Inactive [![](https://cdn.example.com/EnterpriseTag.svg)](https://devtron.ai/pricing)\n",
        )
        .write(
            "docs/groups.md",
            "# Groups\n\n\
             * [Dependencies](overview.md#dependencies)\n\
             * [Active](overview.md#making-users-activeinactive)\n\
             * [Typo](overview.md#dependency)\n",
        )
        .write(
            "README.md",
            "# Devtron\n\nSee [dependencies](docs/overview.md#dependencies).\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![
            t(
                "link/missing-anchor",
                "README.md",
                3,
                5,
                "docs/overview.md#dependencies"
            ),
            t(
                "link/missing-anchor",
                "docs/groups.md",
                5,
                3,
                "docs/overview.md#dependency"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

const MYST_CONF: &str = "extensions = [\n    'sphinx.ext.autodoc',\n    'sphinx.ext.autosummary',\n    'sphinx_tags',\n    'myst_nb',\n]\n";

/// napari's pages reference labels that its scripts write into the pages
/// they generate before the build (`'(widgets-contribution-guide)=\n'` in
/// `prep_docs.py`, `"""(napari-preferences)=` in a template), sphinx-tags'
/// overview page (`tagoverview`) and a module autosummary documents
/// (`napari.layers`): 33 findings, 21 of 30 sampled judged false. The twins:
/// a label nothing writes (`profiling`, where the page's label is
/// `napari-profiling`) and an object nothing documents.
#[test]
fn myst_references_to_labels_scripts_write_and_objects_autosummary_lists() {
    let repo = Repo::new();
    repo.write("docs/conf.py", MYST_CONF)
        .write(
            "docs/_scripts/prep_docs.py",
            "STUBS = {\n    'plugins/_widgets.md': '(widgets-contribution-guide)=\\n',\n    'plugins/_contrib.md': '# Contributions\\n(contributions-themes)=\\n',\n}\nTEMPLATE = \"\"\"(napari-preferences)=\n# Preferences\n\"\"\"\nprint('(not-a-label) = 3')\n",
        )
        .write(
            "docs/api.rst",
            "API\n===\n\n.. autosummary::\n   :toctree:\n\n   napari.layers\n   napari.types\n",
        )
        .write(
            "docs/performance/profiling.md",
            "(napari-profiling)=\n# Profiling\n",
        )
        .write(
            "docs/guide.md",
            "# Guide\n\n\
             See the [widget guide](widgets-contribution-guide), a [theme](contributions-themes),\n\
             the [preferences](napari-preferences), the [tags](tagoverview) and [layers](napari.layers).\n\n\
             Also [profiling](profiling), [labels](not-a-label) and [nothing](napari.nothing).\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t("link/missing-path", "docs/guide.md", 6, 6, "docs/profiling"),
            t(
                "link/missing-path",
                "docs/guide.md",
                6,
                30,
                "docs/not-a-label"
            ),
            t(
                "link/missing-path",
                "docs/guide.md",
                6,
                56,
                "docs/napari.nothing"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// napari's `_toc.yml` (sphinx-external-toc) lists the UI section pages
/// that `update_ui_sections_docs.py` writes before the build and git
/// ignores (`docs/developers/architecture/ui_sections/*`): 7 findings
/// judged false. The twin: an ignored page the table of contents does not
/// list.
#[test]
fn pages_a_jupyter_book_toc_lists_and_git_ignores_are_generated() {
    let repo = Repo::new();
    repo.write("docs/conf.py", MYST_CONF)
        .write(
            ".gitignore",
            "docs/arch/ui/*\n!docs/arch/ui/index.md\n",
        )
        .write(
            "docs/_toc.yml",
            "format: jb-book\nroot: index\nparts:\n  - caption: Architecture\n    chapters:\n      - file: arch/ui/index\n        sections:\n          - file: arch/ui/viewer_ui\n",
        )
        .write("docs/index.md", "# napari\n")
        .write(
            "docs/arch/ui/index.md",
            "# UI sections\n\n- [Viewer](./viewer_ui)\n- [Console](./console_ui)\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "docs/arch/ui/index.md",
            4,
            3,
            "docs/arch/ui/console_ui"
        )],
        "\n{}",
        run.dump()
    );
}

/// napari's meeting calendar builds a link in JavaScript
/// (`'<a href='+eventLocation+'>'` in a `<script>` element), and a MyST page
/// comments an image out (`% ![hello](../images/hello.png)`): not links.
/// The twins: the same HTML outside the script, and the image not
/// commented out; a `%` line outside a MyST project is text.
#[test]
fn a_script_elements_code_and_a_myst_comment_hold_no_links() {
    let repo = Repo::new();
    repo.write("docs/conf.py", MYST_CONF)
        .write(
            "docs/calendar.md",
            "# Calendar\n\n<script>\n  var el = '<a href='+eventLocation+'>'+eventLocation+'</a>';\n</script>\n\n<a href=\"nowhere.md\">nowhere</a>\n",
        )
        .write(
            "docs/plugin.md",
            "# Plugin\n\n% ![hello-example](../images/hello.png)\n\n![hello-example](../images/bye.png)\n",
        )
        .write(
            "notes.md",
            "# Notes\n\n% ![hello-example](images/hello.png)\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "docs/calendar.md",
                7,
                10,
                "docs/nowhere.md"
            ),
            t(
                "link/missing-path",
                "docs/plugin.md",
                5,
                1,
                "images/bye.png"
            ),
            t("link/missing-path", "notes.md", 3, 3, "images/hello.png"),
        ],
        "\n{}",
        run.dump()
    );
}

/// green-goods keeps its Docusaurus site in `docs/` (`docs/docusaurus.config.ts`,
/// docs in `docs/docs/`), whose `static/` folder is served at the root:
/// `/img/community/mdr-methodology.webp` is `docs/static/img/…`. 11 findings
/// judged false. The twin: an image that is in no static folder.
#[test]
fn a_docusaurus_site_in_a_subfolder_serves_its_own_static_folder() {
    let repo = Repo::new();
    repo.write(
        "docs/docusaurus.config.ts",
        "export default {\n  baseUrl: '/',\n  presets: [['classic', { docs: { path: 'docs', routeBasePath: '/' } }]],\n};\n",
    )
    .write("docs/static/img/p.png", "png")
    .write("docs/docs/intro.md", "# Intro\n")
    .write(
        "docs/docs/guide/how.mdx",
        "# How\n\n![p](/img/p.png)\n\n<img src=\"/img/p.png\" alt=\"p\" />\n\n![q](/img/q.png)\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "docs/docs/guide/how.mdx",
            7,
            1,
            "img/q.png"
        )],
        "\n{}",
        run.dump()
    );
}
