//! Survey s123b: documentation folders of large, popular projects
//! (fastify/fastify, yewstack/yew, pola-rs/polars). The false patterns found
//! there beside their true twins; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- link/missing-anchor: a link to `##` written for its title, Markdown's
// hover tooltip. yew's examples index marks each example's component type
// with `[F]` / `[S]`, reference links defined as `[F]: ## "Function
// Components"` so that hovering shows the words. 1 finding for 4 links,
// judged false ---

fn examples(definitions: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "examples/README.md",
        format!(
            "# Examples\n\n## List of Examples\n\n\
| Example | [CT] | Description |\n| --- | --- | --- |\n\
| [counter](counter) | [F] | A counter. |\n\
| [webgl](webgl) | [S] | A canvas. |\n\n\
{definitions}\n"
        ),
    )
    .write("examples/counter/README.md", "# Counter\n")
    .write("examples/webgl/README.md", "# WebGL\n");
    repo.commit_all();
    repo
}

#[test]
fn a_link_to_hashes_with_a_title_is_a_tooltip() {
    let run = examples(
        "[CT]: ## \"Component Type\"\n[S]: ## \"Struct Components\"\n[F]: ## 'Function Components'\n\nRaspberry Pi and other [SBCs](## \"Single Board Computers\") can do it.",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: `##` without a title, and a named fragment with a title, are
/// links that go nowhere, and are reported.
#[test]
fn a_link_to_hashes_without_a_title_is_reported() {
    let run = examples(
        "[CT]: ##\n[S]: #struct-components \"Struct Components\"\n[F]: #function-components \"Function Components\"",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![
            t(
                "link/missing-anchor",
                "examples/README.md",
                10,
                1,
                "examples/README.md##"
            ),
            t(
                "link/missing-anchor",
                "examples/README.md",
                11,
                1,
                "examples/README.md#struct-components"
            ),
            t(
                "link/missing-anchor",
                "examples/README.md",
                12,
                1,
                "examples/README.md#function-components"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-path: a relative URL of a Docusaurus page of the pages
// plugin is read from the URL the page is served at. yew's old MDX home
// page (`src/pages/index.mdx`, served at `/`), kept in its translations,
// links `[Get started](docs/getting-started/introduction)`: the docs route
// `/docs/getting-started/introduction`. 3 findings judged false ---

const CONFIG: &str = "module.exports = {\n  baseUrl: '/',\n  i18n: { defaultLocale: 'en', locales: ['en', 'ja'] },\n  presets: [['@docusaurus/preset-classic', { docs: { path: 'docs', routeBasePath: '/docs' }, pages: {} }]],\n}\n";

fn home(link: &str) -> Repo {
    let repo = Repo::new();
    let page = format!(
        "---\ntitle: Introduction\nslug: /\n---\n\n## What is Yew?\n\n[Get started]({link})\n"
    );
    repo.write("website/docusaurus.config.js", CONFIG)
        .write(
            "website/docs/getting-started/introduction.mdx",
            "---\ntitle: Introduction\n---\n\nInstall it.\n",
        )
        .write(
            "website/i18n/ja/docusaurus-plugin-content-docs/current/getting-started/introduction.mdx",
            "---\ntitle: はじめに\n---\n\nインストール。\n",
        )
        .write("website/src/pages/index.mdx", &page)
        .write(
            "website/src/pages/about/index.mdx",
            page.replace("What is Yew?", "About"),
        )
        .write(
            "website/i18n/ja/docusaurus-plugin-content-pages/index.mdx",
            page.replace("What is Yew?", "Yew とは?"),
        );
    repo.commit_all();
    repo
}

#[test]
fn a_relative_url_of_a_docusaurus_page_is_read_from_its_url() {
    let run = home("docs/getting-started/introduction").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            // `/about/docs/getting-started/introduction`: no route there.
            t(
                "link/missing-path",
                "website/src/pages/about/index.mdx",
                8,
                1,
                "website/src/pages/about/docs/getting-started/introduction"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: a URL no docs route serves is reported, in the page and in its
/// translation.
#[test]
fn a_relative_url_no_docs_route_serves_is_reported() {
    let run = home("docs/getting-started/intro").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "website/i18n/ja/docusaurus-plugin-content-pages/index.mdx",
                8,
                1,
                "website/i18n/ja/docusaurus-plugin-content-pages/docs/getting-started/intro"
            ),
            t(
                "link/missing-path",
                "website/src/pages/about/index.mdx",
                8,
                1,
                "website/src/pages/about/docs/getting-started/intro"
            ),
            t(
                "link/missing-path",
                "website/src/pages/index.mdx",
                8,
                1,
                "website/src/pages/docs/getting-started/intro"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
