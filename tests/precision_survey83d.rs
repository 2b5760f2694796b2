//! Survey 83d: documentation of .NET and Java projects (DocFX sites, a
//! Maven site, fsdocs `docs/`): microsoft/reverse-proxy, apache/maven-site,
//! mathnet/mathnet-numerics, nunit/docs. False patterns found there, each
//! beside its true twin; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a Maven site (maven-site-plugin, Doxia): `content/markdown/a.md` is
// served as `/a.html`, `content/xdoc/download.xml.vm` as `/download.html`,
// `content/resources/` at the root, a `<report>` of the POM as a page
// (apache/maven-site: 598 of 910 `link/missing-path` findings judged
// false) ---

const POM: &str = "<project>\n  <properties>\n    \
    <siteDirectory>${project.basedir}/content</siteDirectory>\n  </properties>\n  \
    <reporting>\n    <plugins>\n      <plugin>\n        \
    <artifactId>maven-project-info-reports-plugin</artifactId>\n        \
    <reportSets><reportSet><reports>\n          <report>mailing-lists</report>\n        \
    </reports></reportSet></reportSets>\n      </plugin>\n    </plugins>\n  \
    </reporting>\n</project>\n";

const INDEX: &str = "# Maven\n\n\
    - [Guide](./guides/a.html)\n\
    - [Download](download.html)\n\
    - ![Logo](/images/logo.png)\n\
    - [Lists](mailing-lists.html)\n\
    - [Gone](./guides/gone.html)\n";

/// apache/maven-site's layout, with or without its `pom.xml`.
fn maven_site(pom: bool) -> Repo {
    let repo = Repo::new();
    repo.write("content/site.xml", "<site/>\n")
        .write("content/markdown/index.md", INDEX)
        .write(
            "content/markdown/guides/a.md",
            "# A\n\nBack [home](../index.html).\n",
        )
        .write("content/xdoc/download.xml.vm", "<document/>\n")
        .write("content/resources/images/logo.png", "png");
    if pom {
        repo.write("pom.xml", POM);
    }
    repo.commit_all();
    repo
}

#[test]
fn a_maven_site_serves_its_pages_resources_and_reports() {
    let run = maven_site(true).check(&[]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![t(
            "link/missing-path",
            "content/markdown/index.md",
            7,
            3,
            "content/markdown/guides/gone.html"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: without the POM the folder is no Maven site, and every link is
/// read GitHub's way.
#[test]
fn without_a_pom_the_same_links_are_missing() {
    let run = maven_site(false).check(&[]);
    let lines: Vec<u64> = run
        .findings_of(&["link/missing-path"])
        .into_iter()
        .map(|f| f.2)
        .collect();
    assert_eq!(lines, vec![3, 3, 4, 5, 6, 7], "\n{}", run.dump());
}

/// The default `src/site/` of a project's POM: an APT page is served as
/// `.html` too; a page no format folder holds is still reported.
#[test]
fn a_default_maven_site_reads_every_format_and_keeps_a_missing_page() {
    let repo = Repo::new();
    repo.write("pom.xml", "<project/>\n")
        .write("src/site/apt/guide.apt", "Guide\n")
        .write(
            "src/site/markdown/dev/x.md",
            "# X\n\nSee [guide](../guide.html) and [old](../old-guide.html).\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![t(
            "link/missing-path",
            "src/site/markdown/dev/x.md",
            3,
            32,
            "src/site/markdown/old-guide.html"
        )],
        "\n{}",
        run.dump()
    );
}

// --- an fsdocs `docs/` folder (a .NET local tool giving the command
// `fsdocs`): `docs/CSV.md` is rendered as `CSV.html`, and its pages link
// each other so (mathnet/mathnet-numerics: 17 of its 24 `link/missing-path`
// findings judged false) ---

const DOTNET_TOOLS: &str = "{\n  \"version\": 1,\n  \"isRoot\": true,\n  \"tools\": {\n    \
    \"fsharp.formatting.commandtool\": {\n      \"version\": \"11.5.1\",\n      \
    \"commands\": [\"fsdocs\"]\n    }\n  }\n}\n";

/// A `docs/` folder of two pages, the first linking the second and a page
/// that is not there by their `.html` names, with the tool or without.
fn fsdocs_repo(with_tool: bool) -> common::Run {
    let repo = Repo::new();
    repo.write(
        "docs/CSV.md",
        "# CSV\n\nAmong others:\n\n\
         * [MATLAB Level-5 Mat files](MatlabFiles.html)\n\
         * [Release notes](ReleaseNotes.html)\n",
    )
    .write("docs/MatlabFiles.md", "# MATLAB\n");
    if with_tool {
        repo.write(".config/dotnet-tools.json", DOTNET_TOOLS);
    }
    repo.commit_all();
    repo.check(&["--select", "link/missing-path"])
}

#[test]
fn an_fsdocs_page_links_another_by_its_html_name() {
    let run = fsdocs_repo(true);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/CSV.md",
            6,
            3,
            "docs/ReleaseNotes.html"
        )],
        "\n{}",
        run.dump()
    );
}

#[test]
fn the_html_name_without_fsdocs_is_reported() {
    let run = fsdocs_repo(false);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/CSV.md",
                5,
                3,
                "docs/MatlabFiles.html"
            ),
            t(
                "link/missing-path",
                "docs/CSV.md",
                6,
                3,
                "docs/ReleaseNotes.html"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
