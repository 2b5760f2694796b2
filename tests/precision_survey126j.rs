//! Survey s126j: public-sector and civic-tech service documentation
//! (cds-snc/ai-answers, DFE-Digital/sts-plan-technology-for-your-school,
//! alphagov/govuk-chat, ministryofjustice/modernisation-platform). The false
//! pattern found there beside its true twins; exact findings, the real
//! binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- link/missing-path: a how-to guide a web app keeps in its own
// `public/` folder and fetches at runtime (cds-snc/ai-answers'
// `public/content/admin/how-to-evaluate-answers.md`), whose screenshots are
// root URLs of the app, `/content/admin/images/x.jpg`, files of `public/`:
// 10 findings judged false ---

const GUIDE: &str = "# How to evaluate answers\n\nSelect **Good**.\n\n";

fn app(package: bool, guide_at: &str, image: &str) -> Repo {
    let repo = Repo::new();
    if package {
        repo.write(
            "package.json",
            "{\"name\": \"ai-answers\", \"private\": true}\n",
        );
    }
    repo.write(
        "src/config/howTos.js",
        "export const HOW_TO_CONTENT_DIR = '/content/admin';\n",
    )
    .write(
        "public/content/admin/images/evaluate-rating-form-en.jpg",
        "jpg\n",
    )
    .write(guide_at, format!("{GUIDE}![The rating form]({image})\n"));
    repo.commit_all();
    repo
}

#[test]
fn a_root_link_of_a_document_in_an_apps_public_folder_names_a_file_of_that_folder() {
    let run = app(
        true,
        "public/content/admin/how-to-evaluate-answers.md",
        "/content/admin/images/evaluate-rating-form-en.jpg",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a root URL that `public/` does not hold either is reported.
#[test]
fn a_root_link_public_does_not_hold_is_reported() {
    let run = app(
        true,
        "public/content/admin/how-to-evaluate-answers.md",
        "/content/admin/images/evaluate-rating-form-fr.jpg",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "public/content/admin/how-to-evaluate-answers.md",
            5,
            1,
            "content/admin/images/evaluate-rating-form-fr.jpg"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same link in a document outside `public/`, which GitHub
/// renders and reads from the repository's root, is reported.
#[test]
fn the_same_link_in_a_document_outside_public_is_reported() {
    let run = app(
        true,
        "docs/how-to-evaluate-answers.md",
        "/content/admin/images/evaluate-rating-form-en.jpg",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "docs/how-to-evaluate-answers.md",
            5,
            1,
            "content/admin/images/evaluate-rating-form-en.jpg"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: a `public/` folder of no JavaScript project (no `package.json`
/// beside it) is no app's web root, and its document's link is reported.
#[test]
fn a_public_folder_of_no_app_reads_the_link_from_the_repository_root() {
    let run = app(
        false,
        "public/content/admin/how-to-evaluate-answers.md",
        "/content/admin/images/evaluate-rating-form-en.jpg",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "public/content/admin/how-to-evaluate-answers.md",
            5,
            1,
            "content/admin/images/evaluate-rating-form-en.jpg"
        )],
        "\n{}",
        run.dump()
    );
}
