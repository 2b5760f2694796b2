//! Patterns of survey 32c (fluxcd/website, jupyter-book/jupyter-book,
//! 18F/handbook): a Hugo page's link to a page the build imports into the
//! content tree, which git ignores (P1); a mystmd project's labels (P8); a
//! `#TODO` placeholder section (P9); an Eleventy page's relative link read
//! from the page's folder URL (P11) and heading ids made by Eleventy's
//! `slugify` filter given to markdown-it-anchor (P13). Each false pattern
//! beside its true twin, exact findings, the real binary in real git
//! repositories.

mod common;

use common::{Repo, t};

const HUGO: &str = "baseURL: /\ntitle: Flux\nmodule:\n  mounts:\n    - source: content/en\n      target: content\n";
const HOOK: &str = "{{ $link := .Destination }}\n{{ with .Page.GetPage .Destination }}{{ $link = .RelPermalink }}{{ end }}\n<a href=\"{{ $link | safeURL }}\">{{ .Text | safeHTML }}</a>\n";

/// fluxcd/website: `hack/import-flux2-assets.sh` fetches each controller's
/// API reference into `content/en/flux/components/source/` before Hugo
/// runs, and that folder's `.gitignore` lists the pages
/// (`gitrepositories.md`); the site's link render hook resolves
/// `../components/source/gitrepositories.md` and
/// `/flux/components/source/gitrepositories.md` with `GetPage` (35 links
/// judged false). Twins: a page git does not ignore and nobody writes
/// (`buckets.md`) is reported, and so is the ignored page linked from a
/// site without a render hook, where Hugo leaves `x.md` as written.
#[test]
fn a_hugo_link_to_a_page_the_build_imports_into_the_content_tree() {
    let repo = Repo::new();
    repo.write("site/hugo.yaml", HUGO)
        .write("site/layouts/_default/_markup/render-link.html", HOOK)
        .write(
            "site/content/en/flux/components/source/.gitignore",
            "gitrepositories.md\napi/v*.md\n",
        )
        .write(
            "site/content/en/flux/components/source/_index.md",
            "---\ntitle: Source\n---\n",
        )
        .write(
            "site/content/en/flux/guides/helmreleases.md",
            "# Helm\n\nSee the [GitRepository docs](../components/source/gitrepositories.md).\n\
             See [the API](/flux/components/source/api/v1.md).\n\
             See [Bucket](../components/source/buckets.md).\n",
        )
        .write("plain/hugo.yaml", "baseURL: /\ntitle: Plain\n")
        .write("plain/content/ref/.gitignore", "generated.md\n")
        .write(
            "plain/content/guide.md",
            "# Guide\n\nSee [the reference](ref/generated.md).\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "plain/content/guide.md",
                3,
                5,
                "plain/content/ref/generated.md"
            ),
            t(
                "link/missing-path",
                "site/content/en/flux/guides/helmreleases.md",
                5,
                5,
                "site/content/en/flux/components/source/buckets.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

const MYST: &str = "version: 1\nproject:\n  title: Book\n  toc:\n    - file: index.md\nsite:\n  template: book-theme\n";

/// jupyter-book/jupyter-book: Jupyter Book 2 is built by the MyST Document
/// Engine (`docs/myst.yml` with a `project:` table), which resolves
/// `[](#label)` against every target of the project: a figure's `:label:`
/// on the page, a `(known-limitations)=` line of another page, a code
/// block's `:name:` (15 links judged false). Twins: a label nothing
/// defines, a `:label:` shown inside a code block (an example), and, in a
/// folder whose `myst.yml` configures only a site, the same link to another
/// page's label are reported.
#[test]
fn a_mystmd_projects_labels_name_its_sections() {
    let repo = Repo::new();
    repo.write("docs/myst.yml", MYST)
        .write(
            "docs/index.md",
            "# Intro\n\nThe image in [](#fig:mountains) is calm.\n\
             See [](#known-limitations) and [](#code:start) and [](#no-such-label).\n\
             Also [](#in-code).\n\n\
             :::{figure} mountains.png\n:label: fig:mountains\n\nMountains.\n:::\n\n\
             ```{code-block} bash\n:name: code:start\njupyter book start\n```\n\n\
             ````markdown\n:::{figure} x.png\n:label: in-code\n:::\n````\n",
        )
        .write(
            "docs/faq.md",
            "# FAQ\n\n(known-limitations)=\n## Known limitations\n",
        )
        .write(
            "other/myst.yml",
            "version: 1\nsite:\n  template: book-theme\n",
        )
        .write("other/index.md", "# Other\n\nSee [](#known-limits).\n")
        .write("other/faq.md", "# FAQ\n\n(known-limits)=\n## Limits\n")
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "docs/index.md",
                4,
                52,
                "docs/index.md#no-such-label"
            ),
            t(
                "link/missing-anchor",
                "docs/index.md",
                5,
                6,
                "docs/index.md#in-code"
            ),
            t(
                "link/missing-anchor",
                "other/index.md",
                3,
                5,
                "other/index.md#known-limits"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// 18F/handbook: `[Engagement roles and responsibilities](#TODO)` marks a
/// section yet to be written, as `[PR](TODO)` marks a link yet to be found
/// (3 judged false). Twin: a real section name that is not there
/// (`#todo-list`) is reported.
#[test]
fn a_todo_placeholder_for_a_section() {
    let repo = Repo::new();
    repo.write(
        "docs/org.md",
        "# Org\n\n- [Engagement roles](#TODO)\n- [Open tasks](#todo-list)\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "docs/org.md",
            4,
            3,
            "docs/org.md#todo-list"
        )],
        "\n{}",
        run.dump()
    );
}

const ELEVENTY: &str = "const markdownIt = require(\"markdown-it\");\nconst markdownItAnchor = require(\"markdown-it-anchor\");\n\
module.exports = function (config) {\n  let md = markdownIt({ html: true }).use(markdownItAnchor, {\n    slugify: config.getFilter(\"slugify\"),\n  });\n  config.setLibrary(\"md\", md);\n\
  return { dir: { input: \"pages\", output: \"_site\" } };\n};\n";

/// 18F/handbook, an Eleventy site with input folder `pages/`: Eleventy
/// writes `tools/slack.md` to `/tools/slack/`, so its `[Getting
/// started](getting-started/)` is `tools/slack/getting-started.md`, and
/// `../records/` in `tools/slack/guidelines.md` (served at
/// `/tools/slack/guidelines/`) is `tools/slack/records.md` (12 judged
/// false). Twins: a URL no template is served at (`nothing-here/`), and a
/// page whose front matter sets its own `permalink:`, read from the
/// file's folder.
#[test]
fn an_eleventy_link_read_from_the_pages_folder_url() {
    let repo = Repo::new();
    repo.write(".eleventy.js", ELEVENTY)
        .write(
            "pages/tools/slack.md",
            "---\ntitle: Slack\n---\n- [Getting started](getting-started/)\n- [Nothing](nothing-here/)\n",
        )
        .write("pages/tools/slack/getting-started.md", "# Start\n")
        .write("pages/tools/slack/records.md", "# Records\n")
        .write(
            "pages/tools/slack/guidelines.md",
            "# Guidelines\n\nSee [records](../records/).\n",
        )
        .write(
            "pages/tools/zoom.md",
            "---\npermalink: /zoom/\n---\n- [Setup](setup/)\n",
        )
        .write("pages/tools/zoom/setup.md", "# Setup\n")
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "pages/tools/slack.md",
                5,
                3,
                "pages/tools/nothing-here"
            ),
            t(
                "link/missing-path",
                "pages/tools/zoom.md",
                4,
                3,
                "pages/tools/setup"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// 18F/handbook gives markdown-it-anchor Eleventy's own `slugify` filter
/// (`@sindresorhus/slugify`): `#### cloud.gov` is `#cloud-gov`, `## 508 -
/// Accessibility` is `#508-accessibility`, `M&IE` is `m-and-ie` (3 judged
/// false). Twin: a possessive loses its apostrophe (`Other people's money`
/// is `#other-peoples-money`), so `#other-people-s-money` is broken on the
/// site and reported.
#[test]
fn eleventy_heading_ids_made_by_its_slugify_filter() {
    let repo = Repo::new();
    repo.write(".eleventy.js", ELEVENTY)
        .write(
            "pages/infra.md",
            "# Infra\n\nDeploy to [cloud.gov](#cloud-gov), see [508](#508-accessibility), \
             [M&IE](#m-and-ie-and-the-travel-card), [money](#other-peoples-money) \
             and [money again](#other-people-s-money).\n\n\
             #### cloud.gov\n\n## 508 - Accessibility\n\n#### M&IE and the travel card\n\n\
             #### Other people's money\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "pages/infra.md",
            3,
            140,
            "pages/infra.md#other-people-s-money"
        )],
        "\n{}",
        run.dump()
    );
    // The help names the apostrophe, not a no-break space.
    let help = run.diagnostics()[0]["help"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(
        help.contains("`#other-peoples-money`") && help.contains("apostrophe"),
        "{help}"
    );
}

/// fluxcd/website's adopters page (`type: adopters`) is rendered by
/// `layouts/adopters/list.html`, which writes one section per data file,
/// `<h2 id={{ .adopters.project | urlize }}>`: `Flux (legacy)` is
/// `#flux-legacy`, a section no Markdown of the page shows (1 judged
/// false). Twin: a page of no such type (`roadmap.md`) is judged by its
/// headings.
#[test]
fn a_hugo_page_whose_type_layout_writes_ids_from_data() {
    let repo = Repo::new();
    repo.write("site/hugo.yaml", HUGO)
        .write("site/layouts/_default/_markup/render-link.html", HOOK)
        .write(
            "site/layouts/adopters/list.html",
            "{{ range .Site.Data.adopters }}<h2 id={{ .adopters.project | urlize}}>{{ .adopters.project }}</h2>{{ end }}\n",
        )
        .write(
            "site/content/en/adopters/_index.md",
            "---\ntitle: Flux Adopters\ntype: adopters\n---\n\n# Flux Adopters\n",
        )
        .write(
            "site/content/en/roadmap.md",
            "---\ntitle: Roadmap\n---\n\n# Flux Roadmap\n",
        )
        .write(
            "site/content/en/blog/post.md",
            "---\ntitle: Post\n---\n\nOur [adopters](/adopters/#flux-legacy) and [the roadmap](/roadmap/#flux-ga).\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "site/content/en/blog/post.md",
            5,
            44,
            "site/content/en/roadmap.md#flux-ga"
        )],
        "\n{}",
        run.dump()
    );
}
