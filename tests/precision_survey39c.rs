//! Patterns read by hand in survey 39c (helper s39c): documentation sites
//! built with Starlight, VitePress, Fumadocs and Hugo (Docsy, Hextra).
//! Exact findings, the real binary in a real git repository.

mod common;
use common::{Repo, t};

/// A `{/*` inside fenced code of an MDX page is code, not an MDX comment:
/// fumadocs' `llms.mdx` passes a path-to-regexp pattern,
/// `'/docs{/*path}.md'`, in a ` ```ts ` block; taking it for a comment
/// blanked everything to a later `*/}`, its closing fence included. A
/// fence truly left open beside it is still reported.
#[test]
fn an_mdx_comment_opener_inside_code_is_code() {
    let repo = Repo::new();
    let page = "# LLMs\n\n\
                ```ts title=\"app/root.tsx\"\n\
                const { rewrite } = rewritePath('/docs{/*path}.md', '/llms.mdx/docs{/*path}');\n\
                export const middleware = [rewrite];\n\
                ```\n\n\
                ```ts title=\"react-router.config.ts\"\n\
                export default { future: { v8_middleware: true } };\n\
                ```\n\n\
                See `{/*` in prose code and {/* a real comment */} here.\n\n\
                ```ts title=\"lib/shared.ts\"\n\
                // done: */}\n\
                ```\n\n\
                ## After\n\n\
                Text.\n";
    repo.write("docs/llms.mdx", page);
    // The twin: the same block never closed, which hides the heading after
    // it.
    let broken = "# LLMs\n\n\
                  ```ts title=\"app/root.tsx\"\n\
                  const { rewrite } = rewritePath('/docs{/*path}.md', '/llms.mdx/docs{/*path}');\n\
                  export const middleware = [rewrite];\n\n\
                  ## After\n\n\
                  Text.\n";
    repo.write("docs/broken.mdx", broken).commit_all();
    let run = repo.check(&["--select", "document/unclosed-fence"]);
    assert_eq!(
        run.findings(),
        vec![t("document/unclosed-fence", "docs/broken.mdx", 3, 1, "")],
        "\n{}",
        run.dump()
    );
}

/// A Hugo shortcode written as Markdown (`layouts/_shortcodes/*.md`) is a
/// Go template: a `|` inside `{{ … }}` is a pipeline, gone once Hugo
/// executes it (opentelemetry.io's `signal-support-table.md`). A cell of
/// the template's own past the header is still reported.
#[test]
fn a_pipe_in_a_hugo_template_action_splits_no_cell() {
    let repo = Repo::new();
    repo.write(
        "hugo.yaml",
        "baseURL: https://example.org\ntitle: Example\n",
    )
    .write("content/_index.md", "---\ntitle: Home\n---\n\nWelcome.\n")
    .write(
        "layouts/_shortcodes/signal-support-table.md",
        "{{ $data := hugo.Data.instrumentation }}\n\
             {{ $signal := .Get 0 -}}\n\n\
             Language | {{ humanize $signal }} |\n\
             | --- | --- |\n\
             | [Go](/docs/languages/go/) | {{ index $data.go.status $signal | humanize }} |\n\
             | [Rust](/docs/languages/rust/) | {{index $data.rust.status $signal | humanize }} |\n",
    )
    .write(
        "layouts/_shortcodes/extra-cell.md",
        "| Language | Status |\n\
             | --- | --- |\n\
             | [Go](/docs/languages/go/) | {{ .Get 0 | humanize }} | stray note |\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "table/column-count"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "table/column-count",
            "layouts/_shortcodes/extra-cell.md",
            3,
            1,
            ""
        )],
        "\n{}",
        run.dump()
    );
}

/// A heading of a Hugo page that ends in an attribute list without an id
/// (``## `Easy CLA` {.notranslate lang=en}``) is `#easy-cla` on the site:
/// Goldmark reads the list as attributes and slugs the text before it
/// (opentelemetry.io's PR-checks pages). A typo of it is still reported,
/// and so is the same link in a README, which GitHub renders with the list
/// as text.
#[test]
fn a_hugo_heading_attribute_list_without_id_keeps_the_text_slug() {
    let repo = Repo::new();
    let heading = "## `Easy CLA` {.notranslate lang=en}\n\nSign it.\n\n\
                   ### `MARKDOWN linter` {.notranslate lang=en}\n\nRun it.\n\n";
    repo.write(
        "hugo.yaml",
        "baseURL: https://example.org\ntitle: Example\n",
    )
    .write(
        "content/docs/pr-checks.md",
        format!(
            "---\ntitle: PR checks\n---\n\n{heading}\
                 - You have signed the [CLA](#easy-cla).\n\
                 - Fix the [linter](#markdown-linter) warnings.\n\
                 - A typo: [CLA](#easy-cl).\n"
        ),
    )
    .write(
        "README.md",
        format!("# Project\n\n{heading}See the [CLA](#easy-cla).\n"),
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-anchor"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "README.md",
                11,
                9,
                "README.md#easy-cla"
            ),
            t(
                "link/missing-anchor",
                "content/docs/pr-checks.md",
                15,
                11,
                "content/docs/pr-checks.md#easy-cl"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// A VitePress configuration whose PWA options name the service worker's
/// folder (`pwa: { strategies: 'injectManifest', srcDir: '.vitepress/' }`)
/// does not move the site's pages there: vueuse's `packages/guide/index.md`
/// links `/add-ons.html`, the page `packages/add-ons.md`. A page the site
/// does not have is still reported.
#[test]
fn a_vitepress_pwa_src_dir_is_not_the_sites() {
    let repo = Repo::new();
    repo.write(
        "packages/.vitepress/config.ts",
        "import { defineConfig } from 'vitepress'\n\
         import { withPwa } from '@vite-pwa/vitepress'\n\n\
         export default withPwa(defineConfig({\n\
         \x20 title: 'VueUse',\n\
         \x20 pwa: {\n\
         \x20   strategies: 'injectManifest',\n\
         \x20   srcDir: '.vitepress/',\n\
         \x20   filename: 'sw.ts',\n\
         \x20 },\n\
         }))\n",
    )
    .write("packages/.vitepress/sw.ts", "export {}\n")
    .write("packages/add-ons.md", "# Add-ons\n\nMore.\n")
    .write(
        "packages/guide/index.md",
        "# Get Started\n\n\
         [Add ons](/add-ons.html) | [Nuxt Module](/guide/index.html#get-started)\n\n\
         And [gone](/removed.html).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path,link/missing-anchor"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "packages/guide/index.md",
            5,
            5,
            "removed.html"
        )],
        "\n{}",
        run.dump()
    );
}
