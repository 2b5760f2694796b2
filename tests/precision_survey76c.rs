//! Survey 76c: readiness documents, checklists and project docs in
//! Spanish, Portuguese, French or German (ikhode/erp-modular,
//! nomdedev/Rexus.app, gregouz66/ia-folder-generic, eliza-swiss/eliza-docs).
//! False patterns found there, each beside its true twin; exact findings,
//! the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- a Hugo section whose `permalinks` serve its pages at their title's
// slug (eliza-docs: `[permalinks] docs = "/:sections/:slug/"`, each
// chapter index linking `einführung/` for `01-einfuehrung.md`, titled
// `Einführung`: 20 of 30 sampled findings judged false) ---

/// A Hugo site whose `api` section index links `link`; the section's pages
/// are served at their slug when `permalinks` is set.
fn hugo_site(permalinks: bool, link: &str) -> Repo {
    let repo = Repo::new();
    let mut config =
        String::from("baseURL = \"https://docs.example.org/\"\ntitle = \"Handbuch\"\n");
    if permalinks {
        config.push_str("\n[permalinks]\n  docs = \"/:sections/:slug/\"\n");
    }
    repo.write("config.toml", config)
        .write("layouts/_default/single.html", "{{ .Content }}\n")
        .write(
            "content/docs/api/_index.md",
            format!("---\ntitle: \"REST API\"\n---\n\n# REST API\n\n### [1. Einführung]({link})\n"),
        )
        .write(
            "content/docs/api/01-einfuehrung.md",
            "---\ntitle: \"Einführung\"\n---\n\n# Einführung\n",
        )
        .write(
            "content/docs/api/08-tipps.md",
            "---\ntitle: \"Tipps, Tricks & FAQ\"\n---\n\n# Tipps\n\nZurück zur [Übersicht](../einführung/).\n",
        );
    repo.commit_all();
    repo
}

/// The title's slug, accents kept (`Einführung`) or marks dropped (`Tipps,
/// Tricks & FAQ`), names the page: silent.
#[test]
fn a_hugo_link_to_a_pages_title_slug_is_that_page() {
    for link in ["einführung/", "tipps-tricks-faq/"] {
        let run = hugo_site(true, link).check(&[]);
        assert_eq!(
            run.findings_of(&["link/missing-path"]),
            vec![],
            "{link}\n{}",
            run.dump()
        );
    }
}

/// Twin: a segment no page's title gives (the file's own name, `einfuehrung`
/// with its number dropped) is a 404 on the site: reported.
#[test]
fn a_hugo_link_to_no_pages_slug_is_reported() {
    let run = hugo_site(true, "einfuehrung/").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "content/docs/api/_index.md",
            7,
            5,
            "content/docs/api/einfuehrung"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: without the `permalinks` pattern the page is served at its file's
/// name, so the title's slug names nothing: reported, from the section
/// index and from the page beside it.
#[test]
fn a_hugo_title_slug_without_permalinks_is_reported() {
    let run = hugo_site(false, "einführung/").check(&[]);
    let found: Vec<String> = run
        .findings_of(&["link/missing-path"])
        .into_iter()
        .map(|f| f.1)
        .collect();
    assert_eq!(
        found,
        vec!["content/docs/api/08-tipps.md", "content/docs/api/_index.md"],
        "\n{}",
        run.dump()
    );
}
