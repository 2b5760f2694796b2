//! Survey 60d: documentation repositories of SaaS products and libraries
//! built with site generators surveyed little so far: Mintlify, Nextra,
//! Starlight, Fumadocs, Docusaurus v3 with versioned docs and VitePress
//! (firecrawl-docs, pyth-network/documentation, withastro/starlight, nuqs,
//! keploy/docs, elysiajs/documentation, makeplane/docs). False patterns
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

mod common;

use common::{Repo, t};

/// Asserts the targets of the link and path findings of a run in `repo`, in
/// order.
#[track_caller]
fn assert_targets(repo: &Repo, expected: &[&str]) {
    let run = repo.check(&[]);
    let found: Vec<String> = run
        .findings_of(&["link/", "path/"])
        .into_iter()
        .map(|f| f.4)
        .collect();
    assert_eq!(found, expected, "\n{}", run.dump());
}

// --- Nextra drops a `.md`/`.mdx` extension from links (its
// `remarkLinkRewrite`), so `how-pyth-works/pythnet.md` from
// `pages/price-feeds/how-pyth-works.mdx` is the route
// `/price-feeds/how-pyth-works/pythnet`, served by `pythnet.mdx`
// (pyth-network/documentation: 20 of 30 sampled findings judged false) ---

/// A Next.js site whose pages link each other with `.md` extensions while
/// the pages are `.mdx` files; `config` is its `next.config.js`.
fn next_site(config: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Docs\n")
        .write("next.config.js", config)
        .write("public/favicon.ico", "icon")
        .write(
            "pages/price-feeds/how-pyth-works.mdx",
            "# Design\n\nIt runs on [Pythnet](how-pyth-works/pythnet.md), \
             see [the fees](/price-feeds/fees.mdx#current) and \
             [the old page](how-pyth-works/gone.md).\n",
        )
        .write(
            "pages/price-feeds/how-pyth-works/pythnet.mdx",
            "# Pythnet\n\nText.\n",
        )
        .write(
            "pages/price-feeds/fees.mdx",
            "# Fees\n\n## Current\n\nText.\n",
        )
        .commit_all();
    repo
}

#[test]
fn a_nextra_page_links_pages_without_their_markdown_extension() {
    let run = next_site(
        "const withNextra = require(\"nextra\")({ theme: \"nextra-theme-docs\" });\n\
         module.exports = withNextra({});\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![t(
            "link/missing-path",
            "pages/price-feeds/how-pyth-works.mdx",
            3,
            100,
            "pages/price-feeds/how-pyth-works/gone.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: a Next.js site without Nextra keeps the extension, so every
/// `.md` link names a file that is not there.
#[test]
fn a_plain_next_page_keeps_the_markdown_extension_of_its_links() {
    assert_targets(
        &next_site("module.exports = { reactStrictMode: true };\n"),
        &[
            "pages/price-feeds/how-pyth-works/pythnet.md",
            "price-feeds/fees.mdx",
            "pages/price-feeds/how-pyth-works/gone.md",
        ],
    );
}

/// Twin: the anchor of a rewritten link is still checked on its page.
#[test]
fn a_nextra_links_anchor_is_checked_on_the_page_it_names() {
    let repo = next_site("module.exports = require('nextra')({})({});\n");
    repo.write(
        "pages/price-feeds/how-pyth-works/pythnet.mdx",
        "# Pythnet\n\nSee [fees](../fees.md#later).\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![
            t(
                "link/missing-path",
                "pages/price-feeds/how-pyth-works.mdx",
                3,
                100,
                "pages/price-feeds/how-pyth-works/gone.md"
            ),
            t(
                "link/missing-anchor",
                "pages/price-feeds/how-pyth-works/pythnet.mdx",
                3,
                5,
                "pages/price-feeds/fees.mdx#later"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- vitepress-plugin-llms writes `/llms.txt` and `/llms-full.txt` at the
// site's root (elysiajs/documentation: 2 findings judged false) ---

fn vitepress_site(config: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Elysia docs\n")
        .write("docs/.vitepress/config.ts", config)
        .write(
            "docs/tutorial/whats-next.md",
            "# What's next\n\nGive your agent [llms.txt](/llms.txt) or \
             [llms-full.txt](/llms-full.txt), or read [the guide](/guide.md).\n",
        )
        .commit_all();
    repo
}

#[test]
fn a_vitepress_site_with_the_llms_plugin_serves_llms_txt() {
    let run = vitepress_site(
        "import { defineConfig } from 'vitepress'\n\
         import llmstxt from 'vitepress-plugin-llms'\n\
         export default defineConfig({ vite: { plugins: [llmstxt({ domain: 'https://elysiajs.com' })] } })\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![t(
            "link/missing-path",
            "docs/tutorial/whats-next.md",
            3,
            83,
            "guide.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: without the plugin no build writes them.
#[test]
fn a_vitepress_site_without_the_llms_plugin_has_no_llms_txt() {
    assert_targets(
        &vitepress_site(
            "import { defineConfig } from 'vitepress'\nexport default defineConfig({ title: 'Elysia' })\n",
        ),
        &["llms.txt", "llms-full.txt", "guide.md"],
    );
}

// --- Mintlify hosts `/llms.txt` and `/llms-full.txt` at the site's root and
// each page's Markdown export at its URL with `.md` added
// (firecrawl/firecrawl-docs: `/llms.txt`, `/mcp-server.md`, 6 of the 30
// sampled findings judged false) ---

fn mintlify_site(config: bool) -> Repo {
    let repo = Repo::new();
    if config {
        repo.write(
            "docs.json",
            "{\n  \"$schema\": \"https://mintlify.com/docs.json\",\n  \"name\": \"Firecrawl\",\n  \
             \"navigation\": { \"pages\": [\"introduction\", \"mcp-server\", \"mcp-server/keyless\"] }\n}\n",
        );
    }
    repo.write("README.md", "# Firecrawl docs\n")
        .write(
            "introduction.mdx",
            "# Introduction\n\nAgents read [llms.txt](/llms.txt), [the MCP page](/mcp-server.md) \
             and [keyless](mcp-server/keyless.md); [the Spanish index](/es/llms.txt) and \
             [the old page](/mcp-server/clients.md).\n",
        )
        .write("mcp-server.mdx", "# MCP\n\nText.\n")
        .write("mcp-server/keyless.mdx", "# Keyless\n\nText.\n")
        .commit_all();
    repo
}

#[test]
fn a_mintlify_site_serves_llms_txt_and_markdown_exports() {
    assert_targets(
        &mintlify_site(true),
        &["es/llms.txt", "mcp-server/clients.md"],
    );
}

/// Twin: the same pages without Mintlify's configuration are GitHub's,
/// where none of those files is there.
#[test]
fn without_mintlify_llms_txt_and_md_links_are_missing_files() {
    assert_targets(
        &mintlify_site(false),
        &[
            "llms.txt",
            "mcp-server.md",
            "mcp-server/keyless.md",
            "es/llms.txt",
            "mcp-server/clients.md",
        ],
    );
}

// --- `?src="` inside a web address in a JSX string is its query, not an
// HTML attribute (firecrawl-docs' translated feedback snippets: 20
// findings judged false, each `+ (props.src ||`) ---

#[test]
fn a_src_query_inside_a_jsx_string_is_no_attribute() {
    let repo = Repo::new();
    repo.write("README.md", "# Snippets\n")
        .write(
            "snippets/cta.mdx",
            "# Feedback\n\n<div className=\"cta\">\n  <p className=\"desc\">\n    Take the survey.\n  </p>\n\n  \
             <a href={\"https://example.com/survey?src=\" + (props.src || \"docs\")} className=\"btn\">\n    \
             Start\n  </a>\n\n  <img alt=\"Logo\" src=\"img/missing.png\" />\n</div>\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    // Twin: the `src` attribute of the image beside it is still read.
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![t(
            "link/missing-path",
            "snippets/cta.mdx",
            12,
            24,
            "snippets/img/missing.png"
        )],
        "\n{}",
        run.dump()
    );
}

// --- a VitePress page's link to the site's root, `/#get-plane`, names the
// site's home page, the `index.md` of its root, not the repository's README
// (makeplane/docs' `apps/docs/docs/introduction/quickstart.md`: its finding
// was right, but read in the wrong file) ---

fn plane_docs(vitepress: bool) -> Repo {
    let repo = Repo::new();
    if vitepress {
        repo.write(
            "apps/docs/docs/.vitepress/config.ts",
            "export default { title: 'Plane' }\n",
        );
    }
    repo.write("README.md", "# Plane documentation\n\n## Contributing\n")
        .write(
            "apps/docs/docs/index.md",
            "# Plane docs\n\n## Get Plane\n\nText.\n",
        )
        .write(
            "apps/docs/docs/quickstart.md",
            "# Quickstart\n\n- [Get Plane](/#get-plane)\n- [Contribute](/#contributing)\n",
        )
        .commit_all();
    repo
}

#[test]
fn a_vitepress_root_link_names_the_sites_home_page() {
    assert_targets(&plane_docs(true), &["apps/docs/docs/index.md#contributing"]);
}

/// Twin: outside a VitePress site the root is the repository's, whose
/// README GitHub shows.
#[test]
fn a_root_link_outside_a_site_names_the_readme() {
    assert_targets(&plane_docs(false), &["README.md#get-plane"]);
}
