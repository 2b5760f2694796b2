//! Patterns of survey 36d (practicalseries/GitHub-Wiki-Design-and-
//! Implementation, retypeapp/retype, verlyn13/mcp-scope,
//! BhargavMantha/konfiguru, 14paxton/14paxton.github.io): a GitHub wiki kept
//! as a repository, whose bare links name pages by their wiki names (P1)
//! and whose sidebars' anchors point into the page they are shown beside
//! (P2), and a Retype site's table rows, where a `|` inside a component or
//! a template expression splits no cell (P5, P6), and its root links by URL
//! (P8) and the anchors Retype makes (P7). Each false pattern beside
//! its true twin, exact findings, the real binary in real git repositories.

mod common;

use common::{Repo, t};

/// A wiki's pages as practicalseries keeps them: `Home.md` and `_Sidebar.md`
/// at the root, chapters in folders with their own sidebar and footer.
fn wiki() -> Repo {
    let repo = Repo::new();
    repo.write("Home.md", "# Home\n\nWelcome.\n")
        .write("Licence.md", "# Licence\n")
        .write("_Sidebar.md", "[Home](home)\n")
        .write(
            "16-0600/16.06 PracticalSeries Wiki conventions.md",
            "<a name=\"idtop\"></a>\n\n# Conventions\n\n## 16.6.2 Sidebar title\n",
        )
        .write(
            "01-0000/01 Introducing the GitHub Wiki.md",
            "<a name=\"idtop\"></a>\n\n# Introducing\n\n### 1.5.1 Title bar and revision\n",
        );
    repo
}

/// practicalseries links its pages by their wiki names
/// (`16.06-practicalseries-wiki-conventions`, `licence`), from any folder:
/// judged false, 22 of a sample of 30, about 3,100 in all. Twins: a name no
/// page has (`missing-page`), a wrong anchor in a named page
/// (`licence#nowhere`), and the same bare link in a repository that is no
/// wiki, stay reported.
#[test]
fn a_wiki_links_its_pages_by_their_names() {
    let repo = wiki();
    repo.write(
        "01-0000/_Sidebar.md",
        "- [Conventions](16.06-practicalseries-wiki-conventions)\n\
         - [Section](16.06-PracticalSeries-Wiki-conventions#1662-sidebar-title)\n\
         - [Licence](licence)\n\
         - [Gone](missing-page)\n\
         - [Wrong part](licence#nowhere)\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "01-0000/_Sidebar.md",
                4,
                3,
                "01-0000/missing-page"
            ),
            t(
                "link/missing-anchor",
                "01-0000/_Sidebar.md",
                5,
                3,
                "Licence.md#nowhere"
            ),
        ]
    );

    let plain = Repo::new();
    plain
        .write("README.md", "# Project\n\nSee [the licence](licence).\n")
        .write("Licence.md", "# Licence\n")
        .commit_all();
    let run = plain.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t("link/missing-path", "README.md", 3, 5, "licence")]
    );
}

/// practicalseries' sidebars and footers link the headings of the page
/// they are shown beside (`#151title-bar-and-revision`, `#idtop`): judged
/// false, 24 of a sample of 30. Twins: an anchor no page of the sidebar's
/// folder has, and one only a page of another folder (with a sidebar of
/// its own) has, stay reported.
#[test]
fn a_wiki_sidebar_links_the_page_it_is_shown_beside() {
    let repo = wiki();
    repo.write(
        "01-0000/_Sidebar.md",
        "- [1.5.1 Title bar](#151-title-bar-and-revision)\n\
         - [Nowhere](#no-such-heading)\n\
         - [Other folder](#1662-sidebar-title)\n",
    )
    .write("16-0600/_Sidebar.md", "- [Home](home)\n")
    .write("01-0000/_Footer.md", "[Top](#idtop)\n")
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "01-0000/_Sidebar.md",
                2,
                3,
                "01-0000/_Sidebar.md#no-such-heading"
            ),
            t(
                "link/missing-anchor",
                "01-0000/_Sidebar.md",
                3,
                3,
                "01-0000/_Sidebar.md#1662-sidebar-title"
            ),
        ]
    );
}

/// retypeapp/retype's tables hold badges and buttons (`[!badge
/// Approved|success]`) and a Scriban loop's filters (`{{ x | array.join }}`):
/// judged false, 30 of a sample of 30 (44 in all). Twins: a row with an
/// extra cell of its own in the same Retype page, and the badge row in a
/// repository that is no Retype site (GitHub splits it), stay reported.
#[test]
fn a_retype_table_keeps_the_pipes_of_its_components() {
    let page = "# Table\n\n\
                Project | Status | Owner\n\
                --- | --- | ---\n\
                Website | [!badge Review] | Operations\n\
                Forecast | [!badge Approved|success] | Finance\n\
                Tags | {{ $i.tags | array.join \", \" }} | Product\n\
                Extra | Draft | Product | lost\n";
    let repo = Repo::new();
    repo.write("retype.yml", "input: .\noutput: .retype\n")
        .write("components/table.md", page)
        .commit_all();
    let run = repo.check(&["--select", "table/column-count"]);
    assert_eq!(
        run.findings(),
        vec![t("table/column-count", "components/table.md", 8, 1, "")]
    );

    let plain = Repo::new();
    plain.write("docs/table.md", page).commit_all();
    let run = plain.check(&["--select", "table/column-count"]);
    assert_eq!(
        run.findings(),
        vec![
            t("table/column-count", "docs/table.md", 6, 1, ""),
            t("table/column-count", "docs/table.md", 7, 1, ""),
            t("table/column-count", "docs/table.md", 8, 1, ""),
        ]
    );
}

/// retypeapp/retype links its pages by their URLs (`/guides/github-actions`,
/// `/guides/github-actions/#step-1`): judged false, 2 of 3. Twins: a URL no
/// page is served at (`/guides/gitlab-actions`) and the same link in a
/// repository that is no Retype site stay reported.
#[test]
fn a_retype_page_links_pages_by_their_urls() {
    let page = "# Changelog\n\n\
                - [Actions](/guides/github-actions)\n\
                - [Step 1](/guides/github-actions/#step-1)\n\
                - [Guides](/guides)\n\
                - [GitLab](/guides/gitlab-actions)\n";
    let repo = Repo::new();
    repo.write("retype.yml", "input: .\noutput: .retype\n")
        .write(
            "guides/github-actions.md",
            "# GitHub Actions\n\n## Step 1\n",
        )
        .write("guides/readme.md", "# Guides\n")
        .write("changelog.md", page)
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "changelog.md",
            6,
            3,
            "guides/gitlab-actions"
        )]
    );

    let plain = Repo::new();
    plain
        .write("guides/github-actions.md", "# GitHub Actions\n")
        .write(
            "changelog.md",
            "# Changelog\n\n[Actions](/guides/github-actions)\n",
        )
        .commit_all();
    let run = plain.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "changelog.md",
            3,
            1,
            "guides/github-actions"
        )]
    );
}

/// retypeapp/retype links the anchors Retype makes: a tab's (`#tab-3`), a
/// step's (`#install-dependencies`), a `{#id}` (`#getting-started`) and a
/// badged heading's (`changelog.md#v460`): judged false, 4 of 4. Twins: an
/// anchor nothing makes (`#tab-9`, `changelog.md#v470`), one written only
/// inside a code fence, and the same links in a repository that is no
/// Retype site, stay reported.
#[test]
fn a_retype_page_has_the_anchors_of_its_tabs_steps_and_badges() {
    let page = "# Tabs\n\n\
                +++ Tab 3\n\
                Text\n\
                +++ Tab 1 {#getting-started .highlight}\n\
                Text\n\
                +++\n\n\
                >>> Install dependencies\n\
                Run it.\n\
                >>>\n\n\
                ```md\n\
                +++ Hidden tab\n\
                ```\n\n\
                - [Tab](#tab-3)\n\
                - [Step](#install-dependencies)\n\
                - [Id](#getting-started)\n\
                - [Release](changelog.md#v460)\n\
                - [No tab](#tab-9)\n\
                - [Hidden](#hidden-tab)\n\
                - [No release](changelog.md#v470)\n";
    let changelog = "# Changelog\n\n## v4.6.0 [!badge @latest|info]\n";
    let repo = Repo::new();
    repo.write("retype.yml", "input: .\n")
        .write("tab.md", page)
        .write("changelog.md", changelog)
        .commit_all();
    let run = repo.check(&["--select", "link/missing-anchor"]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-anchor", "tab.md", 21, 3, "tab.md#tab-9"),
            t("link/missing-anchor", "tab.md", 22, 3, "tab.md#hidden-tab"),
            t("link/missing-anchor", "tab.md", 23, 3, "changelog.md#v470"),
        ]
    );

    let plain = Repo::new();
    plain
        .write("tab.md", page)
        .write("changelog.md", changelog)
        .commit_all();
    let run = plain.check(&["--select", "link/missing-anchor"]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-anchor", "tab.md", 17, 3, "tab.md#tab-3"),
            t(
                "link/missing-anchor",
                "tab.md",
                18,
                3,
                "tab.md#install-dependencies"
            ),
            t(
                "link/missing-anchor",
                "tab.md",
                19,
                3,
                "tab.md#getting-started"
            ),
            t("link/missing-anchor", "tab.md", 20, 3, "changelog.md#v460"),
            t("link/missing-anchor", "tab.md", 21, 3, "tab.md#tab-9"),
            t("link/missing-anchor", "tab.md", 22, 3, "tab.md#hidden-tab"),
            t("link/missing-anchor", "tab.md", 23, 3, "changelog.md#v470"),
        ]
    );
}
