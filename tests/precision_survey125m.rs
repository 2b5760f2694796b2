//! Survey s125m: mdBook books (rust-lang/rustc-dev-guide,
//! kubernetes-sigs/cluster-api-provider-azure, john-cd/rust_howto). The
//! one false pattern fixed, beside its true twins; exact findings, the real
//! binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a kubebuilder-style book's API reference chapter is
// `{{ #include v1beta1-api-raw.html }}`: mdBook reads `{{`, white space,
// `#include`, and pastes the HTML its build generates (git ignores it), ids
// and all; `adopting-clusters.md` links one of its types
// (cluster-api-provider-azure, 1 finding judged false) ---

const API: &str = "<h3 id=\"v1beta1.ControlPlaneSpec\">ControlPlaneSpec</h3>\n<p>The spec.</p>\n";

/// The book: `reference/v1beta1-api.md` is `include`'s line; `raw` says
/// whether the HTML it includes is committed; `managed/adopting.md` links a
/// type the HTML has and a section nobody has.
fn book(include: &str, raw: bool) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Provider\n")
        .write(
            "docs/book/book.toml",
            "[book]\ntitle = \"Provider\"\nsrc = \"src\"\n",
        )
        .write(
            "docs/book/src/SUMMARY.md",
            "# Summary\n\n- [Adopting](./managed/adopting.md)\n- [API](./reference/v1beta1-api.md)\n",
        )
        .write(
            "docs/book/src/reference/v1beta1-api.md",
            format!("{include}\n"),
        )
        .write(
            "docs/book/src/managed/adopting.md",
            "# Adopting\n\nSee [the spec](../reference/v1beta1-api.md#v1beta1.ControlPlaneSpec).\n\n\
             See [gone](../reference/v1beta1-api.md#v1beta1.GoneSpec).\n",
        );
    if raw {
        repo.write("docs/book/src/reference/v1beta1-api-raw.html", API);
    }
    repo.commit_all();
    repo
}

fn anchors(repo: &Repo) -> Vec<String> {
    let run = repo.check(&[]);
    run.findings_of(&["link/missing-anchor"])
        .into_iter()
        .map(|f| format!("{}:{} {}", f.1, f.2, f.4))
        .collect()
}

const BOTH: [&str; 2] = [
    "docs/book/src/managed/adopting.md:3 docs/book/src/reference/v1beta1-api.md#v1beta1.ControlPlaneSpec",
    "docs/book/src/managed/adopting.md:5 docs/book/src/reference/v1beta1-api.md#v1beta1.GoneSpec",
];

/// The generated HTML is not in the repository: its ids are unknown, so
/// the chapter's anchors are not judged.
#[test]
fn a_spaced_include_of_generated_html_makes_the_chapter_silent() {
    let repo = book("{{ #include v1beta1-api-raw.html }}", false);
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        Vec::new(),
        "\n{}",
        run.dump()
    );
}

/// Twin: a committed HTML include has its ids; an id it lacks is reported.
#[test]
fn an_included_html_file_gives_its_ids_and_no_others() {
    let repo = book("{{ #include v1beta1-api-raw.html }}", true);
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![t(
            "link/missing-anchor",
            "docs/book/src/managed/adopting.md",
            5,
            5,
            "docs/book/src/reference/v1beta1-api.md#v1beta1.GoneSpec"
        )],
        "\n{}",
        run.dump()
    );
}

/// `{{#rustdoc_include}}` is read as `{{#include}}` is.
#[test]
fn a_rustdoc_include_counts_as_an_include() {
    let repo = book("{{#rustdoc_include v1beta1-api-raw.html}}", true);
    assert_eq!(
        anchors(&repo),
        vec![
            "docs/book/src/managed/adopting.md:5 docs/book/src/reference/v1beta1-api.md#v1beta1.GoneSpec"
        ]
    );
}

/// Twin: without the `#` it is no directive (mdBook leaves `{{ include x }}`
/// as text), so the chapter has no ids and both anchors are reported.
#[test]
fn a_brace_line_that_is_no_directive_includes_nothing() {
    let repo = book("{{ include v1beta1-api-raw.html }}", false);
    assert_eq!(anchors(&repo), BOTH);
}

/// Twin: an include of a file that is neither Markdown nor HTML (a Rust
/// listing pasted as text) adds no anchors, and when it is missing
/// mdbook's build fails on it: both anchors are reported.
#[test]
fn a_missing_include_of_a_listing_leaves_the_anchors_judged() {
    let repo = book("{{#include ../listings/main.rs}}", false);
    assert_eq!(anchors(&repo), BOTH);
}
