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

/// A guide in `docs/` whose `[Table of Contents](../README.md)` names the
/// root README; `docs/README.md` is renamed to `docs/tugboat.md`, and the
/// guide is moved into `docs/historical/` (`guide_first`: before the
/// rename).
fn moved_guide(guide_first: bool) -> common::Run {
    let repo = Repo::new();
    repo.write("README.md", "# Project\n")
        .write("docs/README.md", "# Tugboat\n\nPreview environments.\n")
        .write(
            "docs/guide.md",
            "# Analytics\n\nHow analytics work.\n\n[Table of Contents](../README.md)\n",
        )
        .commit_all();
    let rename = || {
        repo.git(&["mv", "docs/README.md", "docs/tugboat.md"]);
        repo.commit();
    };
    let retire = || {
        repo.mkdir("docs/historical");
        repo.git(&["mv", "docs/guide.md", "docs/historical/guide.md"]);
        repo.commit();
    };
    if guide_first {
        retire();
        rename();
    } else {
        rename();
        retire();
    }
    repo.check(&["--select", "link,path"])
}

/// department-of-veterans-affairs/va.gov-cms (survey 46a): documents moved
/// into `READMES/historical/` in 2023 keep `[Table of Contents](../README.md)`,
/// written for the root README; from their new folder it names
/// `READMES/README.md`, renamed to `tugboat.md` in 2020. The link never
/// named that file from where it stands: it is missing, not moved (2
/// findings judged false as `path/renamed`).
#[test]
fn a_link_of_a_document_moved_after_the_rename_is_missing_not_moved() {
    let run = moved_guide(false);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/historical/guide.md",
            5,
            1,
            "docs/README.md",
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: the guide moved first, and its link named `docs/README.md` from
/// its new folder while that file was there; the rename since is reported,
/// with the new path.
#[test]
fn a_link_of_a_document_moved_before_the_rename_is_a_move() {
    let run = moved_guide(true);
    assert_eq!(
        run.findings(),
        vec![t(
            "path/renamed",
            "docs/historical/guide.md",
            5,
            1,
            "docs/README.md",
        )],
        "\n{}",
        run.dump()
    );
}
