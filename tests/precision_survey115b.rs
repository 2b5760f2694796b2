//! Survey s115b: well-kept open-source Rust and TypeScript projects with
//! release checklists, books and change logs (rust-lang/rust-clippy's
//! mdBook book, rust-lang/rustfmt, vercel/ai's docs content synced into its
//! Next.js site). False patterns found there, each beside its true twin;
//! exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- mdBook's default `index` preprocessor writes a `README.md` chapter as
// its folder's `index.html`, so a chapter's `index.md` link names it on the
// book's site (rust-clippy's `book/src/lints.md` links `index.md`, its
// `usage.md` links `continuous_integration/index.md`: 2 findings judged
// false) ---

const SUMMARY: &str = "# Summary\n\n[Introduction](README.md)\n\n- [Lints](lints.md)\n- [Continuous Integration](ci/README.md)\n    - [GitHub Actions](ci/github.md)\n";

/// A book whose `lints.md` links `index.md` and `ci/index.md`, and
/// `extra/index.md` (an `extra/README.md` the summary does not list).
fn book(book_toml: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# tool\n")
        .write("book/book.toml", book_toml)
        .write("book/src/SUMMARY.md", SUMMARY)
        .write("book/src/README.md", "# Introduction\n")
        .write("book/src/ci/README.md", "# CI\n")
        .write("book/src/ci/github.md", "# GitHub Actions\n")
        .write("book/src/extra/README.md", "# Extra\n")
        .write(
            "book/src/lints.md",
            "# Lints\n\nSee the [introduction](index.md) and [CI](ci/index.md).\n\nAlso [extra](extra/index.md).\n",
        )
        .commit_all();
    repo
}

#[test]
fn an_index_link_names_the_readme_chapter_of_an_mdbook_book() {
    let run = book("[book]\ntitle = \"Docs\"\n").check(&[]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![t(
            "link/missing-path",
            "book/src/lints.md",
            5,
            6,
            "book/src/extra/index.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twins: a book that turns the default preprocessors off keeps `README.md`
/// as `README.html`, so every `index.md` link is dead; and outside a book
/// the link is read as GitHub reads it.
#[test]
fn an_index_link_without_the_index_preprocessor_or_a_book_is_reported() {
    let run =
        book("[book]\ntitle = \"Docs\"\n\n[build]\nuse-default-preprocessors = false\n").check(&[]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![
            t(
                "link/missing-path",
                "book/src/lints.md",
                3,
                9,
                "book/src/index.md"
            ),
            t(
                "link/missing-path",
                "book/src/lints.md",
                3,
                38,
                "book/src/ci/index.md"
            ),
            t(
                "link/missing-path",
                "book/src/lints.md",
                5,
                6,
                "book/src/extra/index.md"
            ),
        ],
        "\n{}",
        run.dump()
    );

    let repo = Repo::new();
    repo.write("README.md", "# tool\n")
        .write("docs/README.md", "# Docs\n")
        .write(
            "docs/lints.md",
            "# Lints\n\nSee the [introduction](index.md).\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![t(
            "link/missing-path",
            "docs/lints.md",
            3,
            9,
            "docs/index.md"
        )],
        "\n{}",
        run.dump()
    );
}

// --- A Next.js docs site in a folder of a monorepo whose script climbs out
// of it (`resolve(appDir, "../..")`) and copies the root `content/` in
// (`join(repoRoot, "content")`): the pages of `content/` link the site's
// `public/` files, its route handlers and the redirects its configuration
// imports from a module (vercel/ai's `apps/docs`: 19 of 22 findings judged
// false) ---

const PAGE: &str = "---\ntitle: Intro\n---\n\n![demo](/images/demo.png)\n\nRead [llms.txt](/llms.txt) or the [old example](/examples/old-page).\n\nGone: ![x](/images/missing.png), [feed](/feed.xml), [gone](/examples/gone-page).\n";

/// A monorepo with a root `examples/` folder of code and a Next.js docs site
/// in `apps/docs/`, whose sync script reads the root `content/` when
/// `sync` says so.
fn monorepo(sync: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# sdk\n")
        .write("examples/next/package.json", "{}\n")
        .write("content/docs/01-intro.mdx", PAGE)
        .write("apps/docs/package.json", "{\"name\": \"docs\"}\n")
        .write(
            "apps/docs/next.config.ts",
            "import { legacyRedirects } from './lib/legacy-redirects';\n\nexport default {\n  redirects: () => [...legacyRedirects],\n};\n",
        )
        .write(
            "apps/docs/lib/legacy-redirects.ts",
            "export const legacyRedirects = [\n  { source: '/examples/old-page', destination: '/cookbook/new-page', permanent: true },\n];\n",
        )
        .write("apps/docs/public/images/demo.png", "png\n")
        .write(
            "apps/docs/app/[lang]/llms.txt/route.ts",
            "export function GET() {}\n",
        )
        .write(
            "apps/docs/app/[lang]/docs/[[...slug]]/page.tsx",
            "export default function Page() {}\n",
        )
        .write("apps/docs/scripts/sync-content.mjs", sync)
        .commit_all();
    repo
}

const SYNC: &str = "import { dirname, join, resolve } from 'node:path';\nconst appDir = resolve(dirname(import.meta.url), '..');\nconst repoRoot = resolve(appDir, '../..');\nconst source = join(repoRoot, 'content');\n";

#[test]
fn a_synced_content_folder_links_the_next_site() {
    let run = monorepo(SYNC).check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![
            t(
                "link/missing-path",
                "content/docs/01-intro.mdx",
                9,
                7,
                "images/missing.png"
            ),
            t(
                "link/missing-path",
                "content/docs/01-intro.mdx",
                9,
                34,
                "feed.xml"
            ),
            t(
                "link/missing-path",
                "content/docs/01-intro.mdx",
                9,
                53,
                "examples/gone-page"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: a script that names no folder outside the site leaves `content/`
/// read as GitHub reads it: every root link is a path of the repository.
#[test]
fn content_no_site_script_climbs_to_is_read_as_github_reads_it() {
    let run = monorepo("const out = 'content';\n").check(&[]);
    let found: Vec<String> = run
        .findings_of(&["link/missing-path"])
        .into_iter()
        .map(|f| f.4)
        .collect();
    assert_eq!(
        found,
        vec![
            "images/demo.png",
            "llms.txt",
            "examples/old-page",
            "images/missing.png",
            "feed.xml",
            "examples/gone-page",
        ],
        "\n{}",
        run.dump()
    );
}
