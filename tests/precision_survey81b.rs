//! Survey 81b: VitePress documentation sites of JavaScript libraries not
//! surveyed before (vitejs/vite, vuejs/test-utils, slidevjs/slidev,
//! intlify/vue-i18n). All 49 judged findings were true; the one pattern
//! fixed is a real finding the site reading hid, beside its silent twin;
//! exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a fragment that opens with a second `#` (vue-i18n's
// `[Different Distribution files](../extra/dist##from-cdn-or-without-a-bundler)`):
// the browser looks for the id `#from-cdn-…`, which no site gives, but the
// VitePress slug of the anchor dropped the `#` and matched the heading ---

/// A VitePress site whose guide page links `dist` with `fragment`.
fn vitepress_link(fragment: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Vue I18n\n")
        .write("docs/.vitepress/config.ts", "export default {}\n")
        .write(
            "docs/guide/extra/dist.md",
            "# Different Distribution files\n\n## From CDN or without a Bundler\n\nText.\n",
        )
        .write(
            "docs/guide/advanced/optimization.md",
            format!("# Optimization\n\nAs described in [the files](../extra/dist{fragment}).\n"),
        )
        .commit_all();
    repo
}

#[test]
fn a_double_hash_fragment_on_a_vitepress_page_is_reported() {
    let run = vitepress_link("##from-cdn-or-without-a-bundler").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![t(
            "link/missing-anchor",
            "docs/guide/advanced/optimization.md",
            3,
            17,
            "docs/guide/extra/dist.md##from-cdn-or-without-a-bundler"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same link with one `#` names the heading's id, and is silent.
#[test]
fn a_single_hash_fragment_on_a_vitepress_page_is_the_headings() {
    let run = vitepress_link("#from-cdn-or-without-a-bundler").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![],
        "\n{}",
        run.dump()
    );
}
