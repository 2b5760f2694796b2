//! Patterns of survey 40d (status registers and trackers written in other
//! languages than English; the false pattern came from the WezTerm
//! documentation one of them carries). Exact findings, the real binary in a
//! real git repository.

mod common;

use common::{Repo, t};

/// iMAGRAY/Shelldone (a WezTerm fork, survey 40d): `ci/generate-docs.py`
/// writes the folders' index pages of the documentation site
/// (`docs/book.toml` with `src = "."`, and an `mkdocs.yml` it generates)
/// before the build, and `.gitignore` names each by its path
/// (`/docs/colorschemes/**/index.md`, `/docs/config/lua/pane/index.md`): 29
/// of 30 sampled links judged false. Twins, still reported: another page
/// git ignores by its path (`/docs/NOTES.md`: survey 28's reading, a page
/// no generator is known to write), a missing index page git does not
/// ignore, and a link to a generated page from outside the site (the
/// root README, read on GitHub).
#[test]
fn a_site_index_page_git_ignores_by_its_path_is_generated() {
    let repo = Repo::new();
    repo.write(
        ".gitignore",
        "/docs/colorschemes/**/index.md\n/docs/config/lua/pane/index.md\n/docs/NOTES.md\n",
    )
    .write("docs/book.toml", "[book]\ntitle = \"x\"\nsrc = \".\"\n")
    .write("docs/colorschemes/data.json", "{}\n")
    .write("docs/config/lua/pane/activate.md", "# activate\n")
    .write(
        "docs/changelog.md",
        "# Changes\n\n\
         [Ef-Dream](colorschemes/e/index.md#ef-dream) is new.\n\n\
         [pane](config/lua/pane/index.md) has `activate`.\n\n\
         [notes](NOTES.md) are kept aside.\n\n\
         [gone](config/lua/gone/index.md) was never written.\n",
    )
    .write(
        "README.md",
        "# Term\n\n[schemes](docs/colorschemes/e/index.md) are listed.\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "README.md",
                3,
                1,
                "docs/colorschemes/e/index.md"
            ),
            t(
                "link/missing-path",
                "docs/changelog.md",
                7,
                1,
                "docs/NOTES.md"
            ),
            t(
                "link/missing-path",
                "docs/changelog.md",
                9,
                1,
                "docs/config/lua/gone/index.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// The twin of a name pattern: `.gitignore` ignores every `index.md`
/// (`index.md`, unanchored), so a missing index page of the site is a file
/// kept out of every commit, not one a generator writes at a path: judged.
#[test]
fn a_site_index_page_git_ignores_by_its_name_is_judged() {
    let repo = Repo::new();
    repo.write(".gitignore", "index.md\n")
        .write("docs/book.toml", "[book]\ntitle = \"x\"\nsrc = \".\"\n")
        .write("docs/config/lua/pane/activate.md", "# activate\n")
        .write(
            "docs/changelog.md",
            "# Changes\n\n[pane](config/lua/pane/index.md) has `activate`.\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/changelog.md",
            3,
            1,
            "docs/config/lua/pane/index.md"
        )],
        "\n{}",
        run.dump()
    );
}
