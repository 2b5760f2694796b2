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

/// A VuePress site depending on `vuepress` at `version`, whose page has a
/// table row with a `|` inside a code span.
fn callbacks_table(version: &str) -> common::Run {
    let repo = Repo::new();
    repo.write(
        "package.json",
        format!("{{\n  \"devDependencies\": {{ \"vuepress\": \"{version}\" }}\n}}\n"),
    )
    .write("src/.vuepress/config.js", "module.exports = {};\n")
    .write(
        "src/en/callbacks.md",
        "# Callbacks\n\n| Key | Description | Format |\n|:---|:---|:---|\n\
         | `id` | The id | UUID |\n\
         | `status_description` | Label | `[Blocked | No such number]` |\n",
    )
    .commit_all();
    repo.check(&["--select", "table"])
}

/// cds-snc/notification-documentation (survey 46a): VuePress 1.9 renders
/// with markdown-it 8, whose tables keep a `|` between backticks in its
/// cell: the row has the three cells the site shows (2 findings judged
/// false).
#[test]
fn a_vuepress_1_table_keeps_a_pipe_inside_code_in_its_cell() {
    let run = callbacks_table("^1.9.10");
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: VuePress 2 renders with a markdown-it that splits there, as GitHub
/// does: the row's extra cell is reported.
#[test]
fn a_vuepress_2_table_splits_on_a_pipe_inside_code() {
    let run = callbacks_table("2.0.0-rc.9");
    assert_eq!(
        run.findings(),
        vec![t("table/column-count", "src/en/callbacks.md", 6, 1, "")],
        "\n{}",
        run.dump()
    );
}
