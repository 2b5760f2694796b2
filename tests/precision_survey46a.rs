//! Survey 46a: production-readiness and operations documentation kept by
//! people in infrastructure repositories (runbooks, deployment checklists,
//! service documentation sites). Exact findings, the real binary, real git
//! repositories.

mod common;

use common::{Repo, t};

/// A VuePress site in `docs/` (when `site`) whose French page links a
/// section of another by the id VuePress gives it: accents stripped.
fn french_pages(site: bool) -> common::Run {
    let repo = Repo::new();
    if site {
        repo.write("docs/.vuepress/config.js", "module.exports = {};\n");
    }
    repo.write(
        "docs/fr/cles.md",
        "# Clés API\n\n## Types de clés\n\nDeux types.\n",
    )
    .write(
        "docs/fr/rapports.md",
        "# Rapports\n\nVoir [les types](cles.md#types-de-cles).\n",
    )
    .commit_all();
    repo.check(&["--select", "link"])
}

/// cds-snc/notification-documentation (survey 46a): a VuePress site whose
/// French pages link `#types-de-cles` for `## Types de clés`, the id
/// VuePress' `slugify` makes (accents stripped): 3 findings judged false.
#[test]
fn a_vuepress_page_links_a_heading_by_its_id_without_accents() {
    let run = french_pages(true);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: outside a VuePress site GitHub keeps the accent in the id
/// (`#types-de-clés`): the link is reported.
#[test]
fn outside_a_vuepress_site_the_accent_is_kept() {
    let run = french_pages(false);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "docs/fr/rapports.md",
            3,
            6,
            "docs/fr/cles.md#types-de-cles",
        )],
        "\n{}",
        run.dump()
    );
}
