//! Survey 70c: ordinary well-kept documentation repositories with no
//! checklists, built with Docusaurus, VitePress or plain GitHub Markdown
//! (babel/website, immerjs/immer, koajs/koa, rollup/rollup). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- a Docusaurus `baseUrl` the environment chooses (immerjs/immer:
// `baseUrl: process.env.NETLIFY_PREVIEW ? "/" : "/immer/"`, its pages'
// `/immer/img/immer-logo.svg` being `static/img/immer-logo.svg` on the
// site: 2 findings judged false) ---

/// immer's layout: a Docusaurus site in `website/` whose intro page shows
/// the logo under the base URL, and an image never committed.
fn immer(base_url: &str) -> Repo {
    let repo = Repo::new();
    repo.write("readme.md", "# Immer\n")
        .write(
            "website/docusaurus.config.js",
            format!(
                "module.exports = {{\n\
                 \ttitle: \"Immer\",\n\
                 \turl: \"https://immerjs.github.io/\",\n\
                 \tbaseUrl: {base_url},\n\
                 \tpresets: [[\"@docusaurus/preset-classic\", {{ docs: {{ routeBasePath: \"/\" }} }}]],\n\
                 }};\n"
            ),
        )
        .write("website/static/img/immer-logo.svg", "<svg/>")
        .write(
            "website/docs/introduction.md",
            "# Introduction\n\n![Immer](/immer/img/immer-logo.svg)\n\n\
             ![Gone](/immer/img/gone.svg)\n",
        )
        .commit_all();
    repo
}

#[test]
fn a_docusaurus_base_url_chosen_by_the_environment() {
    for base in [
        "process.env.NETLIFY_PREVIEW ? \"/\" : \"/immer/\"",
        "process.env.BASE_URL || '/immer/'",
    ] {
        let run = immer(base).check(&[]);
        assert_eq!(
            run.findings_of(&["link/missing-path"]),
            vec![t(
                "link/missing-path",
                "website/docs/introduction.md",
                5,
                1,
                "immer/img/gone.svg"
            )],
            "{base}\n{}",
            run.dump()
        );
    }
}

/// Twin: served at `/`, the site has no `/immer/` prefix, and both images
/// are missing there.
#[test]
fn a_docusaurus_site_at_the_root_keeps_its_prefixed_links_reported() {
    let run = immer("\"/\"").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "website/docs/introduction.md",
                3,
                1,
                "immer/img/immer-logo.svg"
            ),
            t(
                "link/missing-path",
                "website/docs/introduction.md",
                5,
                1,
                "immer/img/gone.svg"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
