//! Patterns of survey 29c (vuejs/vitepress, squidfunk/mkdocs-material,
//! jekyll/jekyll): a VitePress heading whose text is a component name in a
//! code span (P1), a site's own `.html` file in VitePress' `public/` (P2),
//! the ids an MkDocs page's attribute lists, footnotes, shortcode hook and
//! content tabs write (P3-P6), the old URLs jekyll-redirect-from serves
//! (P7), Jekyll's own test site (P8), and check-spelling's optional
//! configuration files (P9). Each false pattern beside its true twin, exact
//! findings, the real binary in real git repositories.

mod common;

use common::{Repo, t};

/// vitepress' `reference/runtime-api.md`: ``## `<Content />` <Badge
/// type="info" text="component" />`` is `#content` on vitepress.dev (the
/// code span's text is slugged, the badge dropped): 6 links judged false.
/// Twin: `#i18n` into a page whose `i18n` headings carry explicit ids
/// (`{#local-search-i18n}`) is reported, as it was (7 judged true).
#[test]
fn a_vitepress_heading_with_a_component_name_in_code() {
    let repo = Repo::new();
    repo.write("docs/.vitepress/config.ts", "export default {}\n")
        .write(
            "docs/reference/runtime-api.md",
            "# Runtime API\n\n## `<Content />` <Badge type=\"info\" text=\"component\" />\n\nText.\n\n\
             ### i18n {#local-search-i18n}\n\nText.\n",
        )
        .write(
            "docs/guide/theme.md",
            "# Theme\n\nA [`<Content />`](../reference/runtime-api#content) component.\n\n\
             See [search](../reference/runtime-api#i18n).\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "docs/guide/theme.md",
            5,
            5,
            "docs/reference/runtime-api.md#i18n"
        )],
        "\n{}",
        run.dump()
    );
}

/// vitepress' `guide/routing.md`: `[Link to pure.html](/pure.html)` names
/// `docs/public/pure.html`, which VitePress serves at `/pure.html` (8 links
/// judged false: the `.html` was taken off before the file itself was
/// looked for). Twin: `/gone.html`, which no file nor page gives, is
/// reported.
#[test]
fn a_root_link_to_an_html_file_of_the_public_folder() {
    let repo = Repo::new();
    repo.write("docs/.vitepress/config.ts", "export default {}\n")
        .write("docs/public/pure.html", "<p>pure</p>\n")
        .write(
            "docs/guide/routing.md",
            "# Routing\n\n[Link to pure.html](/pure.html){target=\"_self\"}\n\n\
             [Gone](/gone.html)\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/guide/routing.md",
            5,
            1,
            "gone.html"
        )],
        "\n{}",
        run.dump()
    );
}

const MKDOCS: &str = "site_name: Material\nmarkdown_extensions:\n  - attr_list\n  - footnotes\n  - pymdownx.tabbed:\n      alternate_style: true\n      combine_header_slug: true\n      slugify: !!python/object/apply:pymdownx.slugs.slugify\n        kwds:\n          case: lower\n  - toc:\n      permalink: true\nhooks:\n  - overrides/hooks/shortcodes.py\n";

const HOOK: &str = "import re\n\ndef on_page_markdown(markdown, *, page, config, files):\n    def replace(match):\n        type, args = match.groups()\n        if type == \"option\": return option(args.strip())\n        if type == \"setting\": return setting(args.strip())\n        return \"\"\n    return re.sub(r\"<!-- md:(\\w+)(.*?) -->\", replace, markdown)\n\ndef option(type):\n    _, *_, name = re.split(r\"[.:]\", type)\n    return f\"[`{name}`](#+{type}){{ #+{type} }}\\n\\n\"\n\ndef setting(type):\n    _, *_, name = re.split(r\"[.*]\", type)\n    return f\"`{name}` {{ #{type} }}\\n\\n[{type}]: #{type}\\n\\n\"\n";

/// mkdocs-material's attribute lists: `### 9.7.0 <small>…</small> { id="9.7.0" }`
/// in its change log, `{ id=navigation-path }`, and `{ #with-pip
/// data-toc-label="with pip" }`, whose quoted value holds a space: ids all
/// (9 links judged false). Twin: `#9.6.0`, which no heading carries, is
/// reported.
#[test]
fn an_mkdocs_attribute_list_id_written_as_a_key() {
    let repo = Repo::new();
    repo.write("mkdocs.yml", MKDOCS)
        .write("overrides/hooks/shortcodes.py", HOOK)
        .write(
            "docs/changelog.md",
            "# Changelog\n\n### 9.7.0 <small>November 11, 2025</small> { id=\"9.7.0\" }\n\n- Fix\n\n\
             ### Navigation path <small>Breadcrumbs</small> { id=navigation-path }\n\nText.\n\n\
             ### with pip <small>recommended</small> { #with-pip data-toc-label=\"with pip\" }\n\nText.\n",
        )
        .write(
            "docs/index.md",
            "# Home\n\n- [9.7.0](changelog.md#9.7.0)\n- [path](changelog.md#navigation-path)\n\
             - [pip](changelog.md#with-pip)\n- [9.6.0](changelog.md#9.6.0)\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "docs/index.md",
            6,
            3,
            "docs/changelog.md#9.6.0"
        )],
        "\n{}",
        run.dump()
    );
}

/// mkdocs-material's pages link settings that its `hooks/shortcodes.py`
/// writes (`#### <!-- md:setting config.blog_dir -->` is `` `blog_dir` { #config.blog_dir } ``,
/// `<!-- md:option type:abstract -->` is `{ #+type:abstract }`): 27 of the
/// 30 sampled links judged false. Python-Markdown's footnotes give `[^7]:`
/// the id `fn:7`; pymdownx.tabbed with `slugify` and `combine_header_slug`
/// gives the tab `=== ":octicons-image-16: Image"` under `### Logo` the id
/// `logo-image`, and `=== "... or even me"` under `### Anchor links`
/// `anchor-links--or-even-me`. Twins: a setting no shortcode names
/// (`#config.nothing`), a footnote not defined (`#fn:9`), a tab not there
/// (`#logo-video`) and a removed section (`#advanced-settings`, judged true)
/// are reported; without the hook, `#config.blog_dir` is reported too.
#[test]
fn the_ids_an_mkdocs_page_s_extensions_and_hooks_write() {
    let repo = Repo::new();
    repo.write("mkdocs.yml", MKDOCS)
        .write("overrides/hooks/shortcodes.py", HOOK)
        .write(
            "docs/plugins/blog.md",
            "# Blog\n\n## Settings\n\n#### <!-- md:setting config.blog_dir -->\n\nThe folder.\n\n\
             <!-- md:option type:abstract -->\n\nAn admonition.\n\n```\n<!-- md:setting config.in_code -->\n```\n",
        )
        .write(
            "docs/setup/logo.md",
            "# Logo and icons\n\n### Logo\n\n=== \":octicons-image-16: Image\"\n\n    An image.\n\n\
             === \":octicons-package-16: Icon, bundled\"\n\n    An icon.\n\n### Anchor links\n\n\
             === \"... or even me\"\n\n    Me.\n\n[third tab][tab_1]\n\n  [tab_1]: #anchor-links--or-even-me\n",
        )
        .write(
            "docs/blog/post.md",
            "# Post\n\nSee the timeline.[^7]\n\n  [^7]: Since 2016.\n\n- [dir](../plugins/blog.md#config.blog_dir)\n\
             - [abstract](../plugins/blog.md#+type:abstract)\n- [note](#fn:7)\n\
             - [logo](../setup/logo.md#logo-image)\n- [icon](../setup/logo.md#logo-icon-bundled)\n\
             - [none](../plugins/blog.md#config.nothing)\n- [code](../plugins/blog.md#config.in_code)\n\
             - [nine](#fn:9)\n- [video](../setup/logo.md#logo-video)\n\
             - [advanced](../setup/logo.md#advanced-settings)\n",
        )
        .write("other/mkdocs.yml", "site_name: Other\n")
        .write(
            "other/docs/blog.md",
            "# Blog\n\n#### <!-- md:setting config.blog_dir -->\n\nThe folder.\n",
        )
        .write(
            "other/docs/index.md",
            "# Other\n\n[dir](blog.md#config.blog_dir)\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "docs/blog/post.md",
                12,
                3,
                "docs/plugins/blog.md#config.nothing"
            ),
            t(
                "link/missing-anchor",
                "docs/blog/post.md",
                13,
                3,
                "docs/plugins/blog.md#config.in_code"
            ),
            t(
                "link/missing-anchor",
                "docs/blog/post.md",
                14,
                3,
                "docs/blog/post.md#fn:9"
            ),
            t(
                "link/missing-anchor",
                "docs/blog/post.md",
                15,
                3,
                "docs/setup/logo.md#logo-video"
            ),
            t(
                "link/missing-anchor",
                "docs/blog/post.md",
                16,
                3,
                "docs/setup/logo.md#advanced-settings"
            ),
            t(
                "link/missing-anchor",
                "other/docs/index.md",
                3,
                1,
                "other/docs/blog.md#config.blog_dir"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

const JEKYLL: &str = "name: Jekyll\ncollections:\n  docs:\n    permalink: \"/:collection/:path/\"\n    output: true\nplugins:\n- jekyll-feed\n- jekyll-redirect-from\n";

/// jekyll's `docs/_docs/liquid.md` says `redirect_from: "/docs/templates/"`:
/// jekyll-redirect-from serves that URL, which `posts.md` links (judged
/// false). Twins: `/docs/layouts/`, which no page nor redirect serves, is
/// reported; so is a redirect of a site that does not load the plugin.
#[test]
fn a_url_that_jekyll_redirect_from_serves() {
    let repo = Repo::new();
    repo.write("docs/_config.yml", JEKYLL)
        .write(
            "docs/_docs/liquid.md",
            "---\ntitle: Liquid\npermalink: /docs/liquid/\nredirect_from: \"/docs/templates/\"\n---\n\n# Liquid\n",
        )
        .write(
            "docs/_docs/step.md",
            "---\ntitle: Step\nredirect_from:\n  - /docs/old-step/\n  - /docs/older-step/\n---\n\n# Step\n",
        )
        .write(
            "docs/_docs/posts.md",
            "---\ntitle: Posts\n---\n\nRead [how templates work](/docs/templates/) and [steps](/docs/older-step/).\n\n\
             See [layouts](/docs/layouts/).\n",
        )
        .write(
            "site/_config.yml",
            "collections:\n  docs:\n    permalink: \"/:collection/:path/\"\n    output: true\n",
        )
        .write(
            "site/_docs/liquid.md",
            "---\ntitle: Liquid\nredirect_from: \"/docs/templates/\"\n---\n\n# Liquid\n",
        )
        .write(
            "site/_docs/posts.md",
            "---\ntitle: Posts\n---\n\nRead [how templates work](/docs/templates/).\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/_docs/posts.md",
                7,
                5,
                "docs/layouts"
            ),
            t(
                "link/missing-path",
                "site/_docs/posts.md",
                5,
                6,
                "docs/templates"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// jekyll's `test/source/` is the site its tests build (configured by the
/// tests, `_config_folded.yml`, no `_config.yml`): a post exercising
/// indented link references (`[link_0]: www.example.com/0`) and a UTF-16
/// file are test input (5 findings judged false). Twin: the same post in
/// the repository's own `site/_posts/` is reported.
#[test]
fn jekyll_s_own_test_site_is_test_input() {
    let post = "---\ntitle: refs\n---\n\n[link][link_0]\n\n[link_0]: www.example.com/0\n";
    let repo = Repo::new();
    repo.write("test/source/_config_folded.yml", "foo: bar\n")
        .write("test/source/_layouts/default.html", "{{ content }}\n")
        .write("test/source/_posts/2016-08-16-refs.markdown", post)
        .write(
            "test/source/_encodings/utf16.md",
            [0xFFu8, 0xFE, b'#', 0, b' ', 0, b'a', 0, b'\n', 0],
        )
        .write("site/_posts/2016-08-16-refs.markdown", post)
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "site/_posts/2016-08-16-refs.markdown",
            7,
            1,
            "site/_posts/www.example.com/0"
        )],
        "\n{}",
        run.dump()
    );
}

/// check-spelling's configuration README lists `[dictionary.txt](dictionary.txt)
/// | Replacement dictionary (creating this file will override the default
/// dictionary)`: a file a repository adds only to override, absent here
/// (judged false). Twin: `allow.txt`, listed as a file the configuration
/// has, is reported when missing.
#[test]
fn a_file_that_creating_would_override_a_default() {
    let repo = Repo::new();
    repo.write(
        ".github/actions/spelling/README.md",
        "# check-spelling/check-spelling configuration\n\nFile | Purpose\n-|-\n\
         [dictionary.txt](dictionary.txt) | Replacement dictionary (creating this file will override the default dictionary)\n\
         [allow.txt](allow.txt) | Add words to the dictionary\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            ".github/actions/spelling/README.md",
            6,
            1,
            ".github/actions/spelling/allow.txt"
        )],
        "\n{}",
        run.dump()
    );
}

/// check-spelling's `advice.md` is pasted into the action's comment on a
/// pull request, whose URL its `[README.md](../tree/HEAD/README.md)` is
/// read from: a route of GitHub's web pages, not a path (judged false).
/// Twins: `../tree/main/README.md` and `../docs/README.md`, which name no
/// such route, are reported.
#[test]
fn a_link_to_a_github_web_route_of_a_comment() {
    let repo = Repo::new();
    repo.write(
        ".github/actions/spelling/advice.md",
        "# Advice\n\nwould exclude [README.md](\n../tree/HEAD/README.md) (on whichever branch you're using).\n\n\
         See [main](../tree/main/README.md) and [docs](../docs/README.md).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                ".github/actions/spelling/advice.md",
                6,
                5,
                ".github/actions/tree/main/README.md"
            ),
            t(
                "link/missing-path",
                ".github/actions/spelling/advice.md",
                6,
                40,
                ".github/actions/docs/README.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
