//! Patterns read by hand in survey 40c (helper s40c): documentation sites of
//! generators earlier rounds saw less (VuePress 2, Astro Starlight, mdBook,
//! Jekyll, Sphinx with MyST). Exact findings, the real binary in a real git
//! repository.

mod common;
use common::{Repo, t};

const VUEPRESS: &str = "import path from 'node:path';\n\
    import { feedPlugin } from '@vuepress/plugin-feed';\n\
    export default defineUserConfig({\n\
    \x20 markdown: {\n\
    \x20   importCode: {\n\
    \x20     handleImportPath: (str) =>\n\
    \x20       str.replace(/^@snippets/, path.resolve(__dirname, '../snippets')),\n\
    \x20   },\n\
    \x20 },\n\
    \x20 plugins: [feedPlugin({ hostname: 'x.sh', rss: true, atom: false })],\n\
    });\n";

/// nushell.github.io (VuePress 2): `@[code](@snippets/installation/x.sh)`
/// imports a file through the alias the configuration's `handleImportPath`
/// writes (178 findings, the 28 judged all false), and the blog's
/// `[RSS](/rss.xml)` names the feed `@vuepress/plugin-feed` writes. Twins:
/// an aliased import of a file that is not there, a plain link to the same
/// alias (not an import: the alias is not VuePress' there), and the Atom
/// feed, which the configuration leaves off.
#[test]
fn a_vuepress_code_import_alias_and_its_feeds_are_the_sites() {
    let repo = Repo::new();
    repo.write(".vuepress/config.js", VUEPRESS)
        .write("snippets/installation/build.sh", "cargo build\n")
        .write(
            "book/installation.md",
            "# Installation\n\n@[code](@snippets/installation/build.sh)\n\n\
             @[code](@snippets/installation/gone.sh)\n\n\
             See [the script](@snippets/installation/build.sh).\n",
        )
        .write(
            "blog/README.md",
            "# Blog\n\n[RSS](/rss.xml) / [Atom](/atom.xml)\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", "blog/README.md", 3, 19, "atom.xml"),
            t(
                "link/missing-path",
                "book/installation.md",
                5,
                2,
                "book/@snippets/installation/gone.sh"
            ),
            t(
                "link/missing-path",
                "book/installation.md",
                7,
                5,
                "book/@snippets/installation/build.sh"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// nushell.github.io's release notes: VuePress' `slugify` counts `_` as
/// punctuation, so `` ### `display_output` hook `` is
/// `#display-output-hook`, which the table of contents links (26 findings
/// of survey 40c, 2 sampled, both false). Twins: a heading the link does
/// not name, and the same page outside a site, where GitHub keeps the `_`.
#[test]
fn a_vuepress_heading_id_makes_underscores_dashes() {
    let page = "# Notes\n\n\
        - [Hook](#table-formatting-and-the-display-output-hook-toc)\n\
        - [Gone](#hall-of-fame-toc)\n\n\
        ### `table` formatting and the `display_output` hook [[toc](#notes)]\n";
    let repo = Repo::new();
    repo.write(".vuepress/config.js", "export default {};\n")
        .write("blog/notes.md", page)
        .write("outside/notes.md", page)
        .commit_all();
    let run = repo.check(&["--select", "link/missing-anchor"]);
    let findings: Vec<(String, u64, u64)> = run
        .findings()
        .into_iter()
        .map(|f| (f.1, f.2, f.3))
        .collect();
    assert_eq!(
        findings,
        vec![("blog/notes.md".to_string(), 4, 3)],
        "\n{}",
        run.dump()
    );

    let plain = Repo::new();
    plain.write("blog/notes.md", page).commit_all();
    let run = plain.check(&["--select", "link/missing-anchor"]);
    let findings: Vec<(String, u64, u64)> = run
        .findings()
        .into_iter()
        .map(|f| (f.1, f.2, f.3))
        .collect();
    assert_eq!(
        findings,
        vec![
            ("blog/notes.md".to_string(), 3, 3),
            ("blog/notes.md".to_string(), 4, 3)
        ],
        "\n{}",
        run.dump()
    );
}

const ASTRO: &str = "export default defineConfig({\n\
    \x20 integrations: [\n\
    \x20   AutoImport({\n\
    \x20     defaultComponents: {\n\
    \x20       // override 'a' links so that we can use relative urls\n\
    \x20       a: './src/components/PageLink.astro'\n\
    \x20     }\n\
    \x20   }),\n\
    \x20 ],\n\
    });\n";

const MODELS: &str = "# Model providers\n\n\
    See [custom providers](custom_model_provider.md) and [the tools](../tools/index.md/).\n\n\
    The [content types](@api/python/strands.types.content) are generated.\n\n\
    Missing: [a typo](custom_model_providr.md).\n";

fn starlight(repo: &Repo, config: &str) {
    repo.write("site/astro.config.mjs", config)
        .write(
            "site/src/components/PageLink.astro",
            "---\nconst { href } = Astro.props\n---\n<a href={href}><slot /></a>\n",
        )
        .write(
            "site/src/content/docs/model-providers/custom_model_provider.mdx",
            "# Custom\n",
        )
        .write("site/src/content/docs/tools/index.mdx", "# Tools\n")
        .write("site/src/content/docs/model-providers/index.mdx", MODELS)
        .commit_all();
}

/// strands-agents/docs (Starlight): its MDX pages moved from MkDocs' `.md`
/// and kept their links, which the site's `PageLink` component (every MDX
/// `a`, through `defaultComponents`) resolves by page id: `x.md` is the
/// page `x.mdx` (486 findings), and `@api/python/…` a URL of its generated
/// API reference (128 findings; the 28 sampled all false). Twins: a name no
/// page has, and the same pages in a site without the component.
#[test]
fn a_starlight_sites_link_component_names_pages_by_id() {
    let repo = Repo::new();
    starlight(&repo, ASTRO);
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "site/src/content/docs/model-providers/index.mdx",
            7,
            10,
            "site/src/content/docs/model-providers/custom_model_providr.md"
        )],
        "\n{}",
        run.dump()
    );

    let plain = Repo::new();
    starlight(&plain, "export default defineConfig({});\n");
    let run = plain.check(&["--select", "link/missing-path"]);
    let lines: Vec<(u64, u64)> = run.findings().into_iter().map(|f| (f.2, f.3)).collect();
    assert_eq!(
        lines,
        vec![(3, 5), (3, 54), (5, 5), (7, 10)],
        "\n{}",
        run.dump()
    );
}

/// google/comprehensive-rust (mdBook): the course links the PDF and the
/// exercises' zip its `build.sh` writes into the HTML output, which the
/// book's `[output.linkcheck2]` `exclude` tells its link checker to skip (3
/// findings judged false). Twins: a file the list does not name, and the same
/// links in a book that checks its links without such a list.
#[test]
fn an_mdbook_link_its_link_checker_skips_is_the_builds() {
    let chapter = "# Welcome\n\nAlso [as a PDF](comprehensive-rust.pdf).\n\n\
        Download the [template](../comprehensive-rust-exercises.zip).\n\n\
        See [the slides](slides.pdf).\n";
    let book = |exclude: &str| {
        let repo = Repo::new();
        repo.write(
            "book.toml",
            format!("[book]\ntitle = \"x\"\n\n[output.linkcheck2]\noptional = true\n{exclude}\n"),
        )
        .write("src/SUMMARY.md", "- [Welcome](index.md)\n")
        .write("src/index.md", chapter)
        .commit_all();
        repo
    };
    let repo = book(
        "exclude = [\n  \"comprehensive-rust\\\\.pdf\",\n  \"comprehensive-rust-exercises.zip\",\n  # \"crates.io\",\n]",
    );
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "src/index.md",
            7,
            5,
            "src/slides.pdf"
        )],
        "\n{}",
        run.dump()
    );

    let plain = book("");
    let run = plain.check(&["--select", "link/missing-path"]);
    let lines: Vec<u64> = run.findings().into_iter().map(|f| f.2).collect();
    assert_eq!(lines, vec![3, 5, 7], "\n{}", run.dump());
}
