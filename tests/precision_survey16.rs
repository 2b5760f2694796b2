//! Survey 16 (docsifyjs/docsify, 24 of 25 `link/missing-path` findings
//! false): a docsify site renders its folder's Markdown in the browser, page
//! links without `.md` and read from the site's root, root URLs from the
//! folder, and routes its `alias` table serves from elsewhere. Twins: a
//! link to no page, and the same pages without docsify.

mod common;

use common::{Repo, t};

fn pages(repo: &Repo) -> &Repo {
    repo.write("docs/configuration.md", "# Configuration\n\n## Name\n")
        .write("docs/_media/icon.svg", "<svg/>\n")
        .write(
            "docs/quickstart.md",
            "# Quickstart\n\nSee [name](configuration#name), [icon](/_media/icon.svg), [awesome](awesome) and [gone](missing-page).\n",
        )
        .write(
            "docs/guide/themes.md",
            "# Themes\n\nSee [the options](configuration).\n",
        )
}

#[test]
fn a_docsify_site_reads_links_from_its_root_and_its_aliases() {
    let repo = Repo::new();
    pages(&repo)
        .write(
            "docs/index.html",
            "<script>\n  window.$docsify = {\n    alias: {\n      '.*?/awesome':\n        'https://raw.githubusercontent.com/docsifyjs/awesome-docsify/master/README.md',\n    },\n  };\n</script>\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![t(
            "link/missing-path",
            "docs/quickstart.md",
            3,
            82,
            "docs/missing-page"
        )],
        "\n{}",
        run.dump()
    );
}

#[test]
fn without_docsify_the_same_links_are_files() {
    let repo = Repo::new();
    pages(&repo)
        .write("docs/index.html", "<html><body>Docs</body></html>\n")
        .commit_all();
    let run = repo.check(&[]);
    let files: Vec<(String, String)> = run
        .findings_of(&["link/"])
        .into_iter()
        .map(|f| (f.1, f.4))
        .collect();
    assert_eq!(
        files,
        vec![
            (
                "docs/guide/themes.md".to_string(),
                "docs/guide/configuration".to_string()
            ),
            (
                "docs/quickstart.md".to_string(),
                "docs/configuration".to_string()
            ),
            (
                "docs/quickstart.md".to_string(),
                "_media/icon.svg".to_string()
            ),
            ("docs/quickstart.md".to_string(), "docs/awesome".to_string()),
            (
                "docs/quickstart.md".to_string(),
                "docs/missing-page".to_string()
            ),
        ],
        "\n{}",
        run.dump()
    );
}
