//! Survey s126d: Hugo documentation sites of open-source projects
//! (cncf/glossary, multilingual Docsy; kubernetes/contributor-site, Docsy
//! with dated blog permalinks; tektoncd/website, Docsy). False patterns
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- A page bundle's resources are published at the bundle's URL, so a
// root link to `/blog/2023/03/01/introducing-kwok/kwok.svg` in the leaf
// bundle `blog/2023/2023-03-01-introducing-kwok/index.md` (served there by
// the blog's `/:section/:year/:month/:day/:slug/` permalinks) and one to
// `/docs/concepts/concept-runs.png` in a page of the branch bundle
// `docs/Concepts/_index.md` (served lower-cased) name files beside the page
// (kubernetes/contributor-site, tektoncd/website: 3 findings judged false) ---

const KWOK_POST: &str = "---\nlayout: blog\ntitle: \"Introducing KWOK\"\ndate: 2023-03-01\nslug: introducing-kwok\n---\n\n<img src=\"/blog/2023/03/01/introducing-kwok/kwok.svg\" alt=\"KWOK logo\" />\n\n![clusters](/blog/2023/03/01/introducing-kwok/manage-clusters.svg)\n";

const CONCEPT_PAGE: &str = "---\ntitle: Concept model\n---\n\n![Tasks and Pipelines](/docs/concepts/concept-tasks-pipelines.png)\n\n![Runs](/docs/concepts/concept-runs.png)\n";

/// A Hugo site (`hugo.yaml`, `contentDir: content/en`, dated blog
/// permalinks) with a blog post bundle holding `kwok.svg` and a docs
/// section bundle holding `concept-runs.png`; `extra` adds files.
fn hugo_bundles(extra: &[(&str, &str)]) -> Repo {
    let repo = Repo::new();
    repo.write(
        "hugo.yaml",
        "baseURL: 'https://example.org/'\ntitle: x\ncontentDir: content/en\npermalinks:\n  blog: '/:section/:year/:month/:day/:slug/'\n",
    )
    .write("layouts/_default/single.html", "{{ .Content }}\n")
    .write("content/en/_index.md", "---\ntitle: Home\n---\n")
    .write("content/en/blog/_index.md", "---\ntitle: Blog\n---\n")
    .write(
        "content/en/blog/2023/2023-03-01-introducing-kwok/index.md",
        KWOK_POST,
    )
    .write(
        "content/en/blog/2023/2023-03-01-introducing-kwok/kwok.svg",
        "<svg/>\n",
    )
    .write(
        "content/en/docs/Concepts/_index.md",
        "---\ntitle: Concepts\n---\n",
    )
    .write("content/en/docs/Concepts/concept-model.md", CONCEPT_PAGE)
    .write("content/en/docs/Concepts/concept-runs.png", "png\n");
    for (path, text) in extra {
        repo.write(path, *text);
    }
    repo.commit_all();
    repo
}

/// The bundles' resources linked at their published URLs are found; the
/// file neither bundle holds is still reported.
#[test]
fn hugo_bundle_resources_linked_at_the_bundles_url_are_found() {
    let run = hugo_bundles(&[]).check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "content/en/blog/2023/2023-03-01-introducing-kwok/index.md",
                10,
                1,
                "blog/2023/03/01/introducing-kwok/manage-clusters.svg"
            ),
            t(
                "link/missing-path",
                "content/en/docs/Concepts/concept-model.md",
                5,
                1,
                "docs/concepts/concept-tasks-pipelines.png"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same link at a URL that is not the bundle's (the post's date
/// is another day) is broken on the site too, and reported.
#[test]
fn hugo_bundle_resources_at_another_url_are_reported() {
    let repo = Repo::new();
    repo.write(
        "hugo.yaml",
        "baseURL: 'https://example.org/'\ntitle: x\ncontentDir: content/en\npermalinks:\n  blog: '/:section/:year/:month/:day/:slug/'\n",
    )
    .write("layouts/_default/single.html", "{{ .Content }}\n")
    .write(
        "content/en/blog/2023/2023-03-01-introducing-kwok/index.md",
        "---\ntitle: \"Introducing KWOK\"\ndate: 2023-03-02\nslug: introducing-kwok\n---\n\n<img src=\"/blog/2023/03/01/introducing-kwok/kwok.svg\" alt=\"KWOK logo\" />\n",
    )
    .write(
        "content/en/blog/2023/2023-03-01-introducing-kwok/kwok.svg",
        "<svg/>\n",
    )
    ;
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "content/en/blog/2023/2023-03-01-introducing-kwok/index.md",
            7,
            11,
            "blog/2023/03/01/introducing-kwok/kwok.svg"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: a regular page outside any bundle (no `_index.md` beside it) has no
/// resources: its root link to a file beside it, at its folder's URL
/// lower-cased, is reported.
#[test]
fn a_page_outside_a_bundle_has_no_resources_at_its_folders_url() {
    let run = hugo_bundles(&[
        (
            "content/en/docs/Tasks/setup.md",
            "---\ntitle: Setup\n---\n\n![Diagram](/docs/tasks/diagram.png)\n",
        ),
        ("content/en/docs/Tasks/diagram.png", "png\n"),
    ])
    .check(&[]);
    let findings = run.findings();
    assert!(
        findings.contains(&t(
            "link/missing-path",
            "content/en/docs/Tasks/setup.md",
            5,
            1,
            "docs/tasks/diagram.png"
        )),
        "\n{}",
        run.dump()
    );
    assert_eq!(findings.len(), 3, "\n{}", run.dump());
}
