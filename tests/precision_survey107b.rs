//! Survey 107b: ordinary well-kept documentation sites built with Jekyll or
//! Hugo, round 14: projects' user guides and references with no checklists
//! (alex-shpak/hugo-book, linkerd/website, Leaflet/Leaflet). False patterns
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- A Jekyll site of file URLs (the default `date` permalink style) serves
// a post `_posts/2012-07-30-x.md` at `/2012/07/30/x.html`: its link
// `../../../reference.html` is the site's root page `reference.html`
// (Leaflet's `docs/_posts/`, 28 path/outside-repo findings judged false) ---

const POST: &str = "---\nlayout: post\ntitle: Released\n---\n\n\
See the [reference](../../../reference.html), the [download](../../../download.html)\n\
page and the [old page](../../../gone.html).\n";

/// Leaflet's layout: a site in `docs/` (`config` as its `_config.yml`,
/// or none), root pages, and one dated post.
fn dated_post(config: Option<&str>) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Leaflet\n")
        .write(
            "docs/reference.html",
            "---\nlayout: default\n---\n<h1>Reference</h1>\n",
        )
        .write(
            "docs/download.md",
            "---\nlayout: default\n---\n# Download\n",
        )
        .write("docs/_posts/2012-07-30-leaflet-0-4-released.md", POST);
    if let Some(config) = config {
        repo.write("docs/_config.yml", config);
    }
    repo.commit_all();
    repo
}

#[test]
fn a_dated_post_of_a_jekyll_site_climbs_from_its_date_folders() {
    for config in ["markdown: kramdown\n", "permalink: date\n"] {
        let run = dated_post(Some(config)).check(&[]);
        assert_eq!(
            run.findings_of(&["path/outside-repo", "link/missing-path"]),
            vec![t(
                "path/outside-repo",
                "docs/_posts/2012-07-30-leaflet-0-4-released.md",
                7,
                14,
                "../../../gone.html"
            )],
            "{config}\n{}",
            run.dump()
        );
    }
}

/// Twin: without a Jekyll configuration, or with posts served at no dated
/// folder (`permalink: none`, `/:title.html`), the links climb out of the
/// repository from the file's folder, and all three are reported.
#[test]
fn the_same_post_outside_a_dated_jekyll_site_is_reported() {
    for config in [None, Some("permalink: none\n")] {
        let run = dated_post(config).check(&[]);
        let file = "docs/_posts/2012-07-30-leaflet-0-4-released.md";
        assert_eq!(
            run.findings_of(&["path/outside-repo", "link/missing-path"]),
            vec![
                t("path/outside-repo", file, 6, 9, "../../../reference.html"),
                t("path/outside-repo", file, 6, 51, "../../../download.html"),
                t("path/outside-repo", file, 7, 14, "../../../gone.html"),
            ],
            "{config:?}\n{}",
            run.dump()
        );
    }
}

/// Twin: a page of the same site (not a post) is served at its file's
/// folder, and the same climb out of the repository is reported.
#[test]
fn a_page_of_a_dated_jekyll_site_climbing_out_is_reported() {
    let repo = dated_post(Some("markdown: kramdown\n"));
    repo.write(
        "docs/blog.md",
        "---\nlayout: default\n---\n# Blog\n\n[reference](../../../reference.html)\n",
    );
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["path/outside-repo"]),
        vec![
            t(
                "path/outside-repo",
                "docs/_posts/2012-07-30-leaflet-0-4-released.md",
                7,
                14,
                "../../../gone.html"
            ),
            t(
                "path/outside-repo",
                "docs/blog.md",
                6,
                1,
                "../../../reference.html"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
