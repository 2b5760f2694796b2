//! Patterns of survey 25 on shuding/nextra: Next.js App Router and Nextra
//! content routes (P4), `redirects()` of `next.config` (P2) and MDX ESM
//! blocks holding fences (P5). Each false pattern beside its true twin,
//! exact findings, the real binary in real git repositories.

mod common;

use common::{Repo, t};

/// A Next.js site in `docs/`: `next.config.ts` beside `public/`.
fn next_site<'a>(repo: &'a Repo, dir: &str, config: &str) -> &'a Repo {
    repo.write(
        &format!("{dir}/package.json"),
        "{\"dependencies\":{\"next\":\"15\",\"nextra\":\"4\"}}\n",
    )
    .write(&format!("{dir}/next.config.ts"), config)
    .write(&format!("{dir}/public/logo.svg"), "<svg/>\n")
}

/// nextra's docs/app/docs/**/page.mdx link routes: `/docs/custom-theme` is
/// `app/docs/custom-theme/page.mdx`, `/docs/built-ins/tabs` the dynamic
/// `app/docs/built-ins/[name]/page.tsx`, a route group `(x)` adds no
/// segment, and `./search`, `../guide/markdown` are read from the page's
/// URL, which has no trailing `/` (141 findings). An `.mdx` component of the
/// site (`docs/components/ready-to-go.mdx`) links routes from the root too.
/// Twins: a root URL and a relative URL that no page serves, and the same
/// root URL in a README beside the site, which GitHub shows.
#[test]
fn app_router_routes_are_pages() {
    let repo = Repo::new();
    next_site(
        &repo,
        "docs",
        "import nextra from 'nextra'\nexport default nextra({})({})\n",
    )
    .write("docs/app/docs/guide/markdown/page.mdx", "# Markdown\n")
    .write("docs/app/docs/guide/search/page.mdx", "# Search\n")
    .write("docs/app/docs/(themes)/custom-theme/page.mdx", "# Custom\n")
    .write(
        "docs/app/docs/built-ins/[name]/page.tsx",
        "export default function Page() { return null }\n",
    )
    .write(
        "docs/app/docs/advanced/latex/page.mdx",
        "# LaTeX\n\n[custom](/docs/custom-theme), [tabs](/docs/built-ins/tabs), \
             [markdown](../guide/markdown) and [logo](/logo.svg).\n\n\
             Twins: [missing](/docs/guide/no-such-page) and [rel](../guide/nothing).\n",
    )
    .write(
        "docs/app/docs/guide/static-exports/page.mdx",
        "# Static exports\n\nSee [search](./search).\n",
    )
    .write(
        "docs/components/ready-to-go.mdx",
        "See [markdown](/docs/guide/markdown) and [gone](/docs/guide/gone).\n",
    )
    .write("docs/README.md", "See [markdown](/docs/guide/markdown).\n")
    .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/README.md",
                1,
                5,
                "docs/guide/markdown"
            ),
            t(
                "link/missing-path",
                "docs/app/docs/advanced/latex/page.mdx",
                5,
                8,
                "docs/guide/no-such-page"
            ),
            t(
                "link/missing-path",
                "docs/app/docs/advanced/latex/page.mdx",
                5,
                48,
                "docs/app/docs/advanced/guide/nothing"
            ),
            t(
                "link/missing-path",
                "docs/components/ready-to-go.mdx",
                1,
                42,
                "docs/guide/gone"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// nextra's examples/swr-site serves `content/<lang>/**` through
/// `app/[lang]/[[...mdxPath]]/page.tsx` with `i18n.locales`: `/docs/options`
/// of `content/ru/docs/a.mdx` is `content/ru/docs/options.mdx` (83
/// findings); examples/docs serves `src/content/` under `/docs`
/// (`app/docs/[[...mdxPath]]`). Twins: `/docs/cache` (the page is
/// `docs/advanced/cache`: 5 real ones), and a page only another locale has
/// (Nextra's `importPage` reads the page's own locale: a 404 there).
#[test]
fn nextra_content_folder_routes() {
    let repo = Repo::new();
    next_site(
        &repo,
        "swr",
        "import nextra from 'nextra'\nexport default nextra({ contentDirBasePath: '/' })\
         ({ i18n: { locales: ['en', 'ru'], defaultLocale: 'en' } })\n",
    )
    .write(
        "swr/app/[lang]/[[...mdxPath]]/page.tsx",
        "import { importPage } from 'nextra/pages'\n",
    )
    .write("swr/content/en/docs/options.mdx", "# Options\n")
    .write("swr/content/en/docs/advanced/cache.mdx", "# Cache\n")
    .write("swr/content/en/index.mdx", "# Home\n")
    .write("swr/content/ru/docs/options.mdx", "# Опции\n")
    .write(
        "swr/content/ru/docs/mutation.md",
        "# Мутация\n\n[options](/docs/options), [home](/), [ru](/ru/docs/options), \
         [sibling](./options).\n\n\
         Twins: [cache](/docs/cache) and [advanced](/docs/advanced/cache).\n",
    );
    next_site(
        &repo,
        "ex",
        "import nextra from 'nextra'\nexport default nextra({ contentDirBasePath: '/docs' })({})\n",
    )
    .write(
        "ex/src/app/docs/[[...mdxPath]]/page.jsx",
        "import { importPage } from 'nextra/pages'\n",
    )
    .write("ex/src/content/index.mdx", "# Home\n")
    .write("ex/src/content/features/mdx.mdx", "# MDX\n")
    .write(
        "ex/src/content/features/themes.mdx",
        "# Themes\n\n[mdx](/docs/features/mdx), [rel](./mdx), [home](/docs).\n\n\
         Twin: [mdx](/docs/features/nope).\n",
    )
    // A root `docs/` folder, as in nextra: a root URL there is judged.
    .write("docs/README.md", "# Docs\n")
    .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "ex/src/content/features/themes.mdx",
                5,
                7,
                "docs/features/nope"
            ),
            t(
                "link/missing-path",
                "swr/content/ru/docs/mutation.md",
                5,
                8,
                "docs/cache"
            ),
            t(
                "link/missing-path",
                "swr/content/ru/docs/mutation.md",
                5,
                33,
                "docs/advanced/cache"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// nextra's docs/next.config.ts `redirects` serve
/// `/docs/docs-theme/page-configuration` and `/docs/guide/:slug(typescript|latex|tailwind-css|mermaid)`
/// (4 findings). Twins: a URL no page and no `source` serves, and one the
/// `:slug(…)` alternatives leave out.
#[test]
fn next_redirects_are_served() {
    let repo = Repo::new();
    next_site(
        &repo,
        "docs",
        "import nextra from 'nextra'\nconst withNextra = nextra({})\nexport default withNextra({\n  \
         redirects: () => [\n    { source: '/docs/old-page', destination: '/docs/new-page', permanent: true },\n    \
         {\n      source: '/docs/guide/:slug(typescript|latex)',\n      destination: '/docs/advanced/:slug',\n      \
         permanent: true\n    }\n  ]\n})\n",
    )
    .write("docs/app/docs/new-page/page.mdx", "# New\n")
    .write(
        "docs/app/docs/page.mdx",
        "# Docs\n\n[old](/docs/old-page) and [latex](/docs/guide/latex) are redirected.\n\n\
         Twins: [never](/docs/never-was) and [mermaid](/docs/guide/mermaid).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/app/docs/page.mdx",
                5,
                8,
                "docs/never-was"
            ),
            t(
                "link/missing-path",
                "docs/app/docs/page.mdx",
                5,
                37,
                "docs/guide/mermaid"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// nextra's MDX pages hold `export async function Demo()` blocks whose
/// template literals carry `~~~mdx` fences and blank lines: MDX reads them as
/// JavaScript until the statement ends (5 findings). Twin: a fence opened in
/// the Markdown body and never closed still hides what follows.
#[test]
fn mdx_esm_block_holds_no_fence() {
    let repo = Repo::new();
    repo.write(
        "docs/page.mdx",
        "import { compileMdx } from 'nextra/compile'\n\n# Demo\n\n\
         export async function Demo() {\n  const mdx = `**bold**\n\nmore text`\n  \
         const rawJs = await compileMdx(`~~~mdx filename=\"example.mdx\"\n${mdx}\n~~~\n\n\
         Generates:\n\n${mdx}`)\n  return rawJs // it's done\n}\n\n<Demo />\n\n## After\n\nBody text.\n",
    )
    .write(
        "docs/twin.mdx",
        "# Twin\n\n~~~js\nconst a = 1\n\n## Usage\n\nSee [the guide](./page.mdx).\n\n## More\n\nText.\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t("document/unclosed-fence", "docs/twin.mdx", 3, 1, "")],
        "\n{}",
        run.dump()
    );
}
