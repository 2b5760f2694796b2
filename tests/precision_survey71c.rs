//! Survey 71c: ordinary well-kept documentation of Java, Kotlin, C#/.NET,
//! PHP and Ruby projects kept as Markdown in the repository (Polly,
//! monolog, faker, koin). False patterns found there, each beside its true
//! twin; exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a docs folder written for a website built in another repository
// (InsertKoinIO/koin: its `docs/` pages link each other by the site's
// URLs, `/docs/setup/gradle` for `docs/setup/gradle.md`, with no site
// configuration in the repository) ---

/// koin's layout: a page of `docs/` linking `link`, beside the page
/// `docs/setup/gradle.md`; `from` is the linking document.
fn site_docs(from: &str, link: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Koin\n")
        .write("docs/setup/gradle.md", "# Gradle\n\n## Kotlin\n")
        .write("docs/reference/koin-core/scopes.md", "# Scopes\n")
        .write(from, format!("# Page\n\nSee [the setup]({link}).\n"));
    repo.commit_all();
    repo
}

#[test]
fn a_site_url_of_a_page_in_the_docs_folder_is_silent() {
    for link in [
        "/docs/setup/gradle",
        "/docs/setup/gradle#kotlin",
        "/docs/reference/koin-core/scopes",
    ] {
        let run = site_docs("docs/intro/index.md", link).check(&[]);
        assert_eq!(
            run.findings_of(&["link/missing-path"]),
            vec![],
            "{link}\n{}",
            run.dump()
        );
    }
}

/// Asserts that `link`, written in `from`, is reported with `target`.
fn assert_reported(from: &str, link: &str, target: &str) {
    let run = site_docs(from, link).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t("link/missing-path", from, 3, 5, target)],
        "\n{}",
        run.dump()
    );
}

/// Twin: a URL no page of the folder answers is dead on the site too.
#[test]
fn a_site_url_no_page_answers_is_reported() {
    assert_reported(
        "docs/intro/index.md",
        "/docs/setup/gradel",
        "docs/setup/gradel",
    );
}

/// Twin: the same URL from a document outside the folder (read on GitHub)
/// is reported.
#[test]
fn a_site_url_from_outside_the_docs_folder_is_reported() {
    assert_reported("CONTRIBUTING.md", "/docs/setup/gradle", "docs/setup/gradle");
}

/// Twin: a README of the folder is the page GitHub shows: reported.
#[test]
fn a_site_url_in_the_docs_folders_readme_is_reported() {
    assert_reported("docs/README.md", "/docs/setup/gradle", "docs/setup/gradle");
}
