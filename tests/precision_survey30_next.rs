//! A Next.js site that renders Markdown from folders of its own choosing
//! (prometheus/docs `c105550a`: `docs/` named by `docsDir: "docs"` in
//! `docs-config.ts`, `blog/posts/` by `const blogPostsDir = "blog/posts"`,
//! served by `src/app/docs/[...slug]/page.tsx` and the blog's dated route;
//! `public/` at the root). Its pages' root links are the site's routes and
//! files of `public/`: 266 of 267 `link/missing-path` findings there were
//! judged false. The twins: a root link that neither `public/` nor a route
//! serves, a relative link to a missing file, and the same root links from
//! a README and from a folder the site's code does not name, which are read
//! on GitHub.

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
