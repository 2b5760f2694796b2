//! Survey 46b: well-kept documentation repositories with no checklists
//! (handbooks, style guides, books, a wiki). Exact findings, the real
//! binary, real git repositories.

mod common;

use common::{Repo, t};

/// golang/wiki as it stands: the Go project's former GitHub wiki moved to a
/// repository of its own (served at go.dev/wiki), which kept its `Home.md`
/// but no `_Sidebar.md`, and has no README. `readme`: a README beside it.
fn moved_wiki(readme: bool) -> Repo {
    let repo = Repo::new();
    repo.write("Home.md", "---\nredirect: /wiki/\n---\n")
        .write("Learn.md", "# Learn\n\n## Tours\n")
        .write(
            "index.md",
            "# Go Wiki\n\n\
             - [Learning Go](Learn) - resources for learning Go.\n\
             - [Tours](Learn#tours)\n\
             - [Gone](Missing-Page)\n\
             - [Wrong part](Learn#nowhere)\n",
        );
    if readme {
        repo.write("README.md", "# Notes\n");
    }
    repo.commit_all();
    repo
}

/// golang/wiki (survey 46b) links its pages by name, `[Learning Go](Learn)`,
/// as GitHub's wiki did and go.dev/wiki does: 136 findings, the 26 sampled
/// all judged false. Twins: a name no page has and a wrong anchor in a named
/// page stay reported.
#[test]
fn a_wiki_moved_out_of_github_links_its_pages_by_name() {
    let run = moved_wiki(false).check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", "index.md", 5, 3, "Missing-Page"),
            t("link/missing-anchor", "index.md", 6, 3, "Learn.md#nowhere"),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: a repository that shows a README on its front page is no wiki,
/// whatever its `Home.md`: its bare links are broken on GitHub and reported.
#[test]
fn a_repository_with_a_readme_and_a_home_page_is_judged() {
    let run = moved_wiki(true).check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", "index.md", 3, 3, "Learn"),
            t("link/missing-path", "index.md", 4, 3, "Learn"),
            t("link/missing-path", "index.md", 5, 3, "Missing-Page"),
            t("link/missing-path", "index.md", 6, 3, "Learn"),
        ],
        "\n{}",
        run.dump()
    );
}
