//! Survey 78c: mdBook and Hugo (Docsy) documentation of Rust, C++ and Go
//! projects (dtolnay/cxx, rust-embedded/book, etcd-io/website,
//! grpc/grpc.io). False patterns found there, each beside its true twin;
//! exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, assert_reference_findings, t};

// --- a Hugo shortcode written as Markdown that builds a link in a template
// action (grpc.io's `layouts/shortcodes/docs/prog-lang-home-content.md`:
// `{{ $src_repo_link := printf "[grpc-%s repo](%s)" $lang $src_repo_url -}}`,
// 1 finding judged false) ---

/// The line of Go template that builds a link with `printf`.
const BUILT_LINK: &str = "{{ $link := printf \"[grpc-%s repo](%s)\" $lang $url -}}\n";

/// A Hugo site whose shortcode `layouts/shortcodes/lang.md` builds a link
/// in a template action and writes `tail` after it; a content page holds
/// `page` below its front matter.
fn hugo_site(tail: &str, page: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Site\n")
        .write(
            "hugo.toml",
            "baseURL = \"https://example.org/\"\ntitle = \"x\"\n",
        )
        .write("content/docs/_index.md", "---\ntitle: Docs\n---\n\nText.\n")
        .write(
            "content/docs/go.md",
            format!("---\ntitle: Go\n---\n\n{page}"),
        )
        .write(
            "layouts/shortcodes/lang.md",
            format!("{{{{ $lang := lower .Page.Title -}}}}\n{BUILT_LINK}\n{tail}"),
        )
        .commit_all();
    repo
}

#[test]
fn a_link_a_hugo_template_action_builds_is_not_a_link_of_the_file() {
    let run = hugo_site("See {{ $link }}.\n", "Text.\n").check(&[]);
    assert_reference_findings(&run, &[]);
}

/// Twin: a missing link of the template outside any action, and the same
/// `printf` text in a page of the site's content (which Hugo does not
/// execute), are still reported.
#[test]
fn a_link_outside_the_action_and_in_a_content_page_is_still_reported() {
    let run = hugo_site(
        "See {{ $link }} and [the guide](missing-guide.md).\n",
        BUILT_LINK,
    )
    .check(&[]);
    assert_reference_findings(
        &run,
        &[
            t(
                "link/missing-path",
                "content/docs/go.md",
                5,
                21,
                "content/docs/%s",
            ),
            t(
                "link/missing-path",
                "layouts/shortcodes/lang.md",
                4,
                21,
                "layouts/shortcodes/missing-guide.md",
            ),
        ],
    );
}
