//! Mine 1b: a recurring false pattern of `link/missing-anchor` in the
//! survey guard, beside its true twin; exact findings, the real binary,
//! real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a Maven site's Markdown page has Doxia's heading ids: spaces made
// `_`, case kept, other characters encoded (`?` is `.3F`) or dropped
// (apache/maven-site, survey 83d: 8 links judged false, each to a heading
// of its own page; its `#Details`, a heading it never had, judged true) ---

const POM: &str = "<project>\n  <properties>\n    \
    <siteDirectory>${project.basedir}/content</siteDirectory>\n  </properties>\n</project>\n";

const FAQ: &str = "# FAQ\n\n\
    See [skip](#How_do_I_skip_unit_tests.3F), [POM](#What_is_a_POM) and [details](#Details).\n\n\
    ## How do I skip unit tests?\n\nText.\n\n\
    ## What is a POM?\n\nText.\n\n\
    ## The detailed issue list\n\nText.\n";

/// apache/maven-site's layout, with or without its `pom.xml`.
fn doxia_site(pom: bool) -> Repo {
    let repo = Repo::new();
    repo.write("content/site.xml", "<site/>\n")
        .write("content/markdown/faq.md", FAQ)
        .write(
            "content/markdown/guides/a.md",
            "# A\n\nSee [inheritance](../faq.md#What_is_a_POM.3F) and [lists](../faq.md#Issue_Lists).\n",
        );
    if pom {
        repo.write("pom.xml", POM);
    }
    repo.commit_all();
    repo
}

#[test]
fn a_maven_sites_page_has_doxias_heading_ids() {
    let run = doxia_site(true).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![
            t(
                "link/missing-anchor",
                "content/markdown/faq.md",
                3,
                69,
                "content/markdown/faq.md#Details"
            ),
            t(
                "link/missing-anchor",
                "content/markdown/guides/a.md",
                3,
                51,
                "content/markdown/faq.md#Issue_Lists"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: without the POM the folder is no Maven site, GitHub renders the
/// page, and its ids are GitHub's: every Doxia id is reported.
#[test]
fn without_a_maven_site_doxia_ids_are_reported() {
    let run = doxia_site(false).check(&[]);
    let found: Vec<String> = run
        .findings_of(&["link/missing-anchor"])
        .into_iter()
        .map(|f| f.4)
        .collect();
    assert_eq!(
        found,
        vec![
            "content/markdown/faq.md#How_do_I_skip_unit_tests.3F",
            "content/markdown/faq.md#What_is_a_POM",
            "content/markdown/faq.md#Details",
            "content/markdown/faq.md#What_is_a_POM.3F",
            "content/markdown/faq.md#Issue_Lists",
        ],
        "\n{}",
        run.dump()
    );
}
