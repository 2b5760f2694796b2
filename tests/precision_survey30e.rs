//! Patterns of survey 30e (run by hand on well-kept documentation sites):
//! prometheus/docs `c105550a`, a Next.js site that renders Markdown from
//! folders of its own choosing, and reactjs/react.dev `12d692da`, whose
//! headings give their ids in an MDX comment. Each false pattern beside its
//! true twin, exact findings, the real binary in real git repositories.
//!
//! prometheus/docs: `docs/` is named by `docsDir: "docs"` in
//! `docs-config.ts`, `blog/posts/` by `const blogPostsDir = "blog/posts"`,
//! served by `src/app/docs/[...slug]/page.tsx` and the blog's dated route;
//! `public/` is served at the root. Its pages' root links are the site's
//! routes and files of `public/`: 266 of 267 `link/missing-path` findings
//! there were judged false. The twins: a root link that neither `public/`
//! nor a route serves, a relative link to a missing file, and the same root
//! links from a README and from a folder the site's code does not name,
//! which are read on GitHub.

mod common;

use common::{Repo, t};

const PAGE: &str = "# Intro\n\n![logo](/assets/logo.png)\n\nSee [setup](/docs/guides/setup/) and [the post](/blog/2025/01/02/hello).\n\nMissing: ![gone](/assets/gone.png) and [GitHub](github).\n";

#[test]
fn a_next_sites_pages_from_a_folder_its_code_names_read_root_links_as_routes() {
    let repo = Repo::new();
    repo.write("next.config.ts", "export default { output: 'export' };\n")
        .write("public/assets/logo.png", "png\n")
        .write(
            "src/app/docs/[...slug]/page.tsx",
            "export default function Page() { return null; }\n",
        )
        .write(
            "src/app/blog/[year]/[month]/[day]/[slug]/page.tsx",
            "export default function Post() { return null; }\n",
        )
        .write(
            "docs-config.ts",
            "export default { localMarkdownSources: [{ slugPrefix: \"\", docsDir: \"docs\" }] };\n",
        )
        .write(
            "src/blog-helpers.ts",
            "import fs from \"fs\";\nconst blogPostsDir = \"blog/posts\";\nexport const posts = () => fs.readdirSync(blogPostsDir);\n",
        )
        .write("docs/intro.md", PAGE)
        .write("docs/guides/setup.md", "# Setup\n")
        .write("blog/posts/2025-01-02-hello.md", "# Hello\n\n![logo](/assets/logo.png)\n")
        .write("README.md", "# Site\n\n![logo](/assets/logo.png)\n")
        .write("notes/plan.md", "# Plan\n\n![logo](/assets/logo.png)\n")
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", "README.md", 3, 1, "assets/logo.png"),
            t(
                "link/missing-path",
                "docs/intro.md",
                7,
                10,
                "assets/gone.png"
            ),
            t("link/missing-path", "docs/intro.md", 7, 40, "docs/github"),
            t(
                "link/missing-path",
                "notes/plan.md",
                3,
                1,
                "assets/logo.png"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// react.dev's headings end with their id in an MDX comment
/// (`## Reference {/*reference*/}`, its remark-header-custom-ids, kept by
/// the translations of react.dev): 722 of 748 `link/missing-anchor`
/// findings there named such ids. The twin: an anchor no id or heading
/// has, and a comment that is no id (its heading keeps
/// GitHub's slug only).
#[test]
fn a_heading_id_in_an_mdx_comment_is_an_anchor() {
    let repo = Repo::new();
    repo.write(
        "src/content/reference/useState.md",
        "# useState\n\n## Reference {/*reference*/}\n\n### `useState(initialState)` {/*usestate*/}\n\n## Notes {/* not an id */}\n",
    )
    .write(
        "src/content/learn/state.md",
        "# State\n\nSee [the reference](../reference/useState.md#reference), [useState](../reference/useState.md#usestate) and [the notes](../reference/useState.md#notes--not-an-id-).\n\nBroken: [caveats](../reference/useState.md#caveats) and [notes](../reference/useState.md#not-an-id).\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "src/content/learn/state.md",
                5,
                9,
                "src/content/reference/useState.md#caveats"
            ),
            t(
                "link/missing-anchor",
                "src/content/learn/state.md",
                5,
                57,
                "src/content/reference/useState.md#not-an-id"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// trpc's versioned docs (`www/versioned_docs/version-9.x/`): a doc served
/// at a front-matter `slug:` (`slug: /nextjs` for `nextjs/introduction.md`)
/// reads its relative links from that URL, and `react-mutations` names the
/// doc whose slug is `/react-mutations`: 13 `link/missing-path` findings
/// there were judged false. The twins: a URL no doc serves, and the same
/// link from a doc without a slug, which a browser reads from the doc's own
/// URL (`/nextjs-setup/react-mutations` serves nothing).
#[test]
fn a_docusaurus_doc_served_at_a_slug_reads_its_relative_links_from_that_url() {
    let repo = Repo::new();
    let v9 = "www/versioned_docs/version-9.x";
    repo.write("www/docusaurus.config.ts", "export default { title: 'x' };\n")
        .write("www/docs/intro.md", "# Intro\n")
        .write(
            &format!("{v9}/nextjs/introduction.md"),
            "---\nid: introduction\nslug: /nextjs\n---\n\n# Next.js\n\nSee [mutations](react-mutations), [examples](example-apps) and [typo](react-mutationz).\n",
        )
        .write(
            &format!("{v9}/nextjs/setup.md"),
            "# Setup\n\nSee [mutations](react-mutations).\n",
        )
        .write(
            &format!("{v9}/reactjs/useMutation.md"),
            "---\nid: mutations\nslug: /react-mutations\n---\n\n# useMutation\n",
        )
        .write(
            &format!("{v9}/main/example-apps.md"),
            "---\nslug: /example-apps\n---\n\n# Example apps\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                &format!("{v9}/nextjs/introduction.md"),
                8,
                64,
                &format!("{v9}/nextjs/react-mutationz")
            ),
            t(
                "link/missing-path",
                &format!("{v9}/nextjs/setup.md"),
                3,
                5,
                &format!("{v9}/nextjs/react-mutations")
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// trpc's Docusaurus docs link the site's home page with a fragment
/// (`/?try=minimal#try-it-out`): the page the site makes at its root
/// (`www/src/pages/index.tsx`), not the repository's README, so its anchors
/// are not known (2 findings judged false). The twin: the README's own link
/// to a section it does not have, which GitHub shows.
#[test]
fn a_site_pages_link_to_the_sites_home_is_not_read_as_the_readme() {
    let repo = Repo::new();
    repo.write(
        "www/docusaurus.config.ts",
        "export default { title: 'x' };\n",
    )
    .write(
        "www/src/pages/index.tsx",
        "export default function Home() { return <section id=\"try-it-out\" />; }\n",
    )
    .write(
        "www/docs/links.md",
        "# Links\n\nTry it [on the homepage](/?try=minimal#try-it-out).\n",
    )
    .write(
        "README.md",
        "# tRPC\n\n## Install\n\nSee [try it](/#try-it-out).\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "README.md",
            5,
            5,
            "README.md#try-it-out"
        )],
        "\n{}",
        run.dump()
    );
}

/// drizzle-orm-docs (Astro, `build: { format: "file" }`): the page
/// `src/content/docs/pg/schemas.mdx` is served at `/docs/pg/schemas`, so its
/// `./joins` names `pg/joins.mdx` (4 findings judged false); a site that
/// ends its URLs with `/` (`trailingSlash: "always"`) reads it below the
/// page, where nothing is. And a link inside an MDX comment (`{/* TODO …
/// */}`) is never rendered. The twins: a URL no page has, the same link
/// outside the comment, and the trailing-slash site's link.
#[test]
fn an_astro_pages_relative_url_is_read_from_its_url_and_mdx_comments_hold_no_links() {
    let repo = Repo::new();
    repo.write(
        "astro.config.mjs",
        "export default defineConfig({\n  build: {\n    format: \"file\", // pages as files\n  },\n});\n",
    )
    .write("src/content/docs/pg/joins.mdx", "# Joins\n\n## Join types\n")
    .write(
        "src/content/docs/pg/schemas.mdx",
        "# Schemas\n\nSee [joins](./joins#join-types) and [typo](./jions).\n\n{/* TODO: example\n> Use [alias syntax](./joins#join-aliases) */}\n\nBroken: [alias syntax](./joins#join-aliases).\n",
    )
    .write(
        "site2/astro.config.mjs",
        "export default defineConfig({ trailingSlash: 'always' });\n",
    )
    .write("site2/src/content/docs/pg/joins.mdx", "# Joins\n")
    .write(
        "site2/src/content/docs/pg/schemas.mdx",
        "# Schemas\n\nSee [joins](./joins).\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "site2/src/content/docs/pg/schemas.mdx",
                3,
                5,
                "site2/src/content/docs/pg/joins"
            ),
            t(
                "link/missing-path",
                "src/content/docs/pg/schemas.mdx",
                3,
                37,
                "src/content/docs/pg/jions"
            ),
            t(
                "link/missing-anchor",
                "src/content/docs/pg/schemas.mdx",
                8,
                9,
                "src/content/docs/pg/joins.mdx#join-aliases"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
