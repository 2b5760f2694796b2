//! Patterns of the survey on unseen repositories (survey 23): an mdBook book
//! linking the neighbouring books of its site (rust-lang/nomicon) and an
//! Eleventy site's links read the ways Eleventy serves them
//! (11ty/11ty-website). Each false pattern beside its true twin, exact
//! findings, the real binary in real git repositories.

mod common;

use common::{Repo, t};

/// rust-lang/nomicon is served at `doc.rust-lang.org/nomicon/` and links the
/// standard library and the Reference beside it (src/transmutes.md:57,
/// `[transmute]: ../std/mem/fn.transmute.html`; 45 findings). A relative
/// link climbing out of the book's `src` to an `.html` page is silent.
/// Twins: a chapter or page inside `src` that is not there, a climb to a
/// file that is no page (`../CONTRIBUTING.md`), a page in a folder the
/// repository holds beside `src` (`../theme/head.html`), and the same
/// climbing link in a folder that is no book.
#[test]
fn a_book_links_pages_of_the_neighbouring_books() {
    let repo = Repo::new();
    repo.write("book.toml", "[book]\ntitle = \"The Rustonomicon\"\n")
        .write("src/SUMMARY.md", "# Summary\n\n- [Casts](casts.md)\n")
        .write("theme/index.hbs", "<html></html>\n")
        .write(
            "src/casts.md",
            "# Casts\n\n\
             See [transmute] and [the reference](../reference/type-layout.html).\n\n\
             Gone: [chapter](./missing.md), [page](missing.html), \
             [contributing](../CONTRIBUTING.md) and [head](../theme/head.html).\n\n\
             [transmute]: ../std/mem/fn.transmute.html\n",
        )
        .write(
            "src/vec/layout.md",
            "# Layout\n\n[NonNull](../../std/ptr/struct.NonNull.html), \
             [sibling](../vec-gone.html).\n",
        )
        .write(
            "notes/a.md",
            "# Notes\n\n[transmute](../std/mem/fn.transmute.html)\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "notes/a.md",
                3,
                1,
                "std/mem/fn.transmute.html"
            ),
            t("link/missing-path", "src/casts.md", 5, 7, "src/missing.md"),
            t(
                "link/missing-path",
                "src/casts.md",
                5,
                32,
                "src/missing.html"
            ),
            t(
                "link/missing-path",
                "src/casts.md",
                5,
                54,
                "CONTRIBUTING.md"
            ),
            t(
                "link/missing-path",
                "src/casts.md",
                5,
                93,
                "theme/head.html"
            ),
            t(
                "link/missing-path",
                "src/vec/layout.md",
                3,
                47,
                "src/vec-gone.html"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// An Eleventy project: `eleventy.config.js` at the root, templates in
/// `src/`, `plugin` the line that adds (or does not add) InputPathToUrl.
fn eleventy_site<'a>(repo: &'a Repo, plugin: &str) -> &'a Repo {
    repo.write(
        "eleventy.config.js",
        format!(
            "import {{ InputPathToUrlTransformPlugin }} from \"@11ty/eleventy\";\n\
             export default function (eleventyConfig) {{\n\
             \t{plugin}\n}}\n\
             export const config = {{\n\tdir: {{\n\t\tinput: \"src\",\n\t}},\n}};\n"
        ),
    )
    .write("README.md", "# Project\n")
    .write("src/docs/config.md", "# Configuration\n")
    .write("src/docs/image.png", "png")
}

/// 11ty/11ty-website adds the InputPathToUrl plugin: its pages link
/// templates by their input path (src/docs/usage.md:141,
/// `[configuration](/docs/config.md)`; 31 path/renamed and 34
/// link/missing-path findings read them from the repository root). Twins:
/// a template that is not there, a file of the input folder that is no
/// template (no copy publishes it), and the same links on a site that does
/// not add the plugin (its import alone, the call commented out).
#[test]
fn eleventy_links_name_templates_by_input_path() {
    let page = "# Usage\n\n[root](/docs/config.md), [input](docs/config.md), \
                [project](src/docs/config.md).\n\n\
                Gone: [missing](/docs/missing.md), [image](/docs/image.png).\n";
    let with = Repo::new();
    eleventy_site(
        &with,
        "eleventyConfig.addPlugin(InputPathToUrlTransformPlugin);",
    )
    .write("src/docs/usage.md", page)
    .commit_all();
    // The twins, reported with the plugin and without.
    let missing = |line, column, target| {
        t(
            "link/missing-path",
            "src/docs/usage.md",
            line,
            column,
            target,
        )
    };
    let gone = vec![
        missing(5, 7, "docs/missing.md"),
        missing(5, 36, "docs/image.png"),
    ];
    let run = with.check(&["--select", "link/,path/"]);
    assert_eq!(run.findings(), gone, "\n{}", run.dump());

    let without = Repo::new();
    eleventy_site(
        &without,
        "// eleventyConfig.addPlugin(InputPathToUrlTransformPlugin);",
    )
    .write("src/docs/usage.md", page)
    .commit_all();
    let run = without.check(&["--select", "link/,path/"]);
    let mut all = vec![
        missing(3, 1, "docs/config.md"),
        missing(3, 26, "src/docs/docs/config.md"),
        missing(3, 51, "src/docs/src/docs/config.md"),
    ];
    all.extend(gone);
    assert_eq!(run.findings(), all, "\n{}", run.dump());
}

/// The configuration of `eleventy_copies_and_feeds_are_files_of_the_site`,
/// with or without the image transform's module.
fn copies_config(image: bool) -> String {
    let (import, add) = if image {
        (
            "import imagePlugin from \"./config/imagePlugin.js\";\n",
            "\televentyConfig.addPlugin(imagePlugin);\n",
        )
    } else {
        ("", "")
    };
    format!(
        "import feedPlugin from \"./config/feedPlugin.js\";\n{import}\
         export default function (eleventyConfig) {{\n\
         \televentyConfig.addPlugin(feedPlugin);\n{add}\
         \televentyConfig.addPassthroughCopy({{\n\t\t\"src/js/*.js\": \"js/\",\n\
         \t\t\"src/parts/throbber.css\": \"css/throbber.css\",\n\t}});\n\
         \televentyConfig.addPassthroughCopy(\"src/img\");\n\
         \televentyConfig.addPassthroughCopy(\"src/blog/*.png\");\n}}\n\
         export const config = {{ dir: {{ input: \"src\" }} }};\n"
    )
}

/// 11ty/11ty-website publishes `src/img` and `src/blog/*.png` by passthrough
/// copies (`/img/possum-geri.png`, `/blog/espbn.png`), JavaScript and CSS
/// by object copies (`{ "src/js/*.js": "js/" }`, a file to a file) and
/// its feeds by the RSS plugin configured in an imported module
/// (`outputPath: "/blog/feed.xml"`, config/feedPlugin.js; 16
/// link/missing-path and 3 path/renamed findings). Twins: an image the
/// copied folder does not hold, a file of the blog folder no copy matches, a
/// feed no plugin writes. With Eleventy Image's HTML transform, an image is read
/// from the input folder (`/blog/six-million.jpg`), still not one that is
/// not there.
#[test]
fn eleventy_copies_and_feeds_are_files_of_the_site() {
    let repo = Repo::new();
    repo.write("eleventy.config.js", copies_config(false))
        .write(
            "config/feedPlugin.js",
            "export default function (eleventyConfig) {\n\
             \televentyConfig.addPlugin(feedPluginRss, {\n\t\toutputPath: \"/blog/feed.xml\",\n\t});\n}\n",
        )
        .write(
            "config/imagePlugin.js",
            "import { eleventyImageTransformPlugin } from \"@11ty/eleventy-img\";\n\
             export default function (eleventyConfig) {\n\
             \televentyConfig.addPlugin(eleventyImageTransformPlugin, {});\n}\n",
        )
        .write("src/img/possum.png", "png")
        .write("src/blog/chart.png", "png")
        .write("src/blog/photo.jpg", "jpg")
        .write("src/js/app.js", "app")
        .write("src/parts/throbber.css", "css")
        .write(
            "src/blog/post.md",
            "# Post\n\n![possum](/img/possum.png) ![chart](/blog/chart.png) \
             [script](/js/app.js) [feed](/blog/feed.xml) [css](/css/throbber.css)\n\n\
             Gone: ![gone](/img/gone.png) ![photo](/blog/photo.jpg) [docs feed](/docs/feed.xml)\n",
        )
        .commit_all();
    let missing = |column, target| t("link/missing-path", "src/blog/post.md", 5, column, target);
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![
            missing(7, "img/gone.png"),
            missing(30, "blog/photo.jpg"),
            missing(56, "docs/feed.xml"),
        ],
        "\n{}",
        run.dump()
    );

    repo.write("eleventy.config.js", copies_config(true))
        .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![missing(7, "img/gone.png"), missing(56, "docs/feed.xml")],
        "\n{}",
        run.dump()
    );
}

/// 11ty/11ty-website's home page is `src/index.webc`, linked `/#why-…`
/// (read against the root README before), and its ids are made by the
/// IdAttributePlugin with Eleventy's `slugify`: a shortcode badge left out
/// (`### Change the Output Directory {% addedin "0.9.0" %}`), words of mixed
/// case split (`#compile-options-permalink-…` for
/// `` `compileOptions.permalink` ``; 11 findings). Twins: an anchor the home
/// page has no heading for, one with the parentheses the slug drops
/// (`#props-(properties)`), a `#` line of a fenced code block.
#[test]
fn eleventy_pages_have_the_sites_ids() {
    let repo = Repo::new();
    repo.write(
        "eleventy.config.js",
        "import { IdAttributePlugin } from \"@11ty/eleventy\";\n\
         export default function (eleventyConfig) {\n\
         \televentyConfig.addPlugin(IdAttributePlugin);\n}\n\
         export const config = { dir: { input: \"src\" } };\n",
    )
    .write("README.md", "# Project\n")
    .write("src/index.md", "# Home\n\n## Why use it\n")
    .write(
        "src/docs/copy.md",
        "# Copy\n\n### Change the Output Directory {% addedin \"0.9.0\" %}\n\n\
         #### `compileOptions.permalink` to Override\n\n### Props (Properties)\n\n\
         ```sh\n# a shell comment\n```\n\n\
         See [why](/#why-use-it), [output](#change-the-output-directory), \
         [permalink](#compile-options-permalink-to-override).\n\n\
         Gone: [nope](/#nope), [props](#props-(properties)), [comment](#a-shell-comment).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "src/docs/copy.md",
                15,
                7,
                "src/index.md#nope"
            ),
            t(
                "link/missing-anchor",
                "src/docs/copy.md",
                15,
                23,
                "src/docs/copy.md#props-(properties)"
            ),
            t(
                "link/missing-anchor",
                "src/docs/copy.md",
                15,
                53,
                "src/docs/copy.md#a-shell-comment"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
