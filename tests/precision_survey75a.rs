//! Survey 75a: documentation folders of popular frameworks and tools whose
//! website is built from them elsewhere, round 3 (avajs/ava, typeorm,
//! oclif.github.io, mochajs/mocha). False patterns found there, each beside
//! its true twin; exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, Run, t};

/// The targets of the findings of `rule` in `run`, in order.
fn targets(run: &Run, rule: &str) -> Vec<String> {
    run.findings_of(&[rule]).into_iter().map(|f| f.4).collect()
}

/// mocha's layout: a Starlight site in `docs/` (or a plain Astro site when
/// `starlight` is false), its pages in `src/content/docs/`.
fn starlight_docs(starlight: bool, page: &str, text: &str) -> Repo {
    let repo = Repo::new();
    let config = if starlight {
        "import { defineConfig } from \"astro/config\";\nimport starlight from \"@astrojs/starlight\";\n\nexport default defineConfig({ integrations: [starlight({ title: \"Mocha\" })] });\n"
    } else {
        "import { defineConfig } from \"astro/config\";\n\nexport default defineConfig({});\n"
    };
    repo.write("README.md", "# Mocha\n")
        .write("docs/astro.config.ts", config)
        .write("docs/public/example/tests.html", "<html></html>\n")
        .write(&format!("docs/src/content/docs/{page}"), text);
    repo.commit_all();
    repo
}

// --- Starlight gives every page's title `id="_top"` (its table of
// contents' "Overview" entry): mocha's `[above](#_top)` (1 finding judged
// false) ---

const TOP: &str = "---\ntitle: Global fixtures\n---\n\nAs explained [above](#_top), and [below](#nowhere).\n\n## Usage\n";

#[test]
fn a_starlight_pages_top_is_its_title() {
    let run = starlight_docs(true, "features/global-fixtures.mdx", TOP).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![t(
            "link/missing-anchor",
            "docs/src/content/docs/features/global-fixtures.mdx",
            5,
            34,
            "docs/src/content/docs/features/global-fixtures.mdx#nowhere"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: an Astro site without Starlight gives no page that id.
#[test]
fn a_top_anchor_without_starlight_is_reported() {
    let run = starlight_docs(false, "features/global-fixtures.mdx", TOP).check(&[]);
    assert_eq!(
        targets(&run, "link/missing-anchor"),
        vec![
            "docs/src/content/docs/features/global-fixtures.mdx#_top",
            "docs/src/content/docs/features/global-fixtures.mdx#nowhere"
        ],
        "\n{}",
        run.dump()
    );
}

// --- a Starlight page's relative link read from its URL into `public/`:
// the home page `index.mdx`, served at `/`, links `example/tests.html`,
// which is `public/example/tests.html` (mocha, 1 finding judged false) ---

const HOME: &str = "---\ntitle: Mocha\n---\n\nView [example/tests.html](example/tests.html) or [gone](example/gone.html).\n";

#[test]
fn a_starlight_home_pages_relative_link_reads_public() {
    let run = starlight_docs(true, "index.mdx", HOME).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "docs/src/content/docs/index.mdx",
            5,
            50,
            "docs/src/content/docs/example/gone.html"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: without Starlight the docs collection's URLs are not known, and
/// the link is read as GitHub reads it.
#[test]
fn a_relative_public_link_without_starlight_is_reported() {
    let run = starlight_docs(false, "index.mdx", HOME).check(&[]);
    assert_eq!(
        targets(&run, "link/missing-path"),
        vec![
            "docs/src/content/docs/example/tests.html",
            "docs/src/content/docs/example/gone.html"
        ],
        "\n{}",
        run.dump()
    );
}
