//! Survey 59d: ordinary well-kept documentation repositories with no
//! checklists, of kinds not surveyed before: a GitBook (BrighterCommand/Docs),
//! a docsify site (apachecn/ailearning), RFC repositories (vuejs/rfcs,
//! reactjs/rfcs), a plain-GitHub docs tree (ohmyzsh's plugin READMEs) and an
//! awesome list (sindresorhus/awesome). Every judged finding was true; what
//! was wrong was the path `path/renamed` sent a reference to, fixed here
//! beside its twins; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- a docs folder split into version folders in one commit
// (BrighterCommand/Docs made `contents/9/` and `contents/10/` of
// `contents/`): git pairs each old page with one copy, and a version 9
// page's `/contents/HandlerFailure.md` was sent to version 10 (57
// findings) ---

const PAGE: &str = "# Handler Failure\n\nWhat happens when a handler throws.\n";

/// The version 10 page, edited as it was copied: git's exact rename
/// detection pairs the old page with the version 9 copy.
const PAGE_10: &str =
    "# Handler Failure\n\nWhat happens when a handler throws.\n\nVersion 10 retries first.\n";

/// The flat docs folder, then its split: both version folders made by one
/// commit, or (`later`) the version 9 folder added by a later commit.
fn split_docs(later: bool) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Docs\n")
        .write("contents/HandlerFailure.md", PAGE)
        .write("contents/Routing.md", "# Routing\n\nRoutes.\n")
        .commit_all();
    repo.git(&[
        "rm",
        "-q",
        "contents/HandlerFailure.md",
        "contents/Routing.md",
    ]);
    let link = "# Routing\n\nSee [Handler Failure](/contents/HandlerFailure.md).\n";
    let link_10 = format!("{link}\nVersion 10 routes by topic.\n");
    repo.write("contents/10/HandlerFailure.md", PAGE_10)
        .write("contents/10/Routing.md", link_10);
    if !later {
        repo.write("contents/9/HandlerFailure.md", PAGE)
            .write("contents/9/Routing.md", link);
    }
    repo.commit_all();
    if later {
        repo.write("contents/9/HandlerFailure.md", PAGE)
            .write("contents/9/Routing.md", link)
            .commit_all();
    }
    repo
}

/// The path each `path/renamed` finding sends its reference to, by file.
fn moved_to(repo: &Repo) -> Vec<(String, String)> {
    let run = repo.check(&[]);
    run.diagnostics_of(&["path/renamed"])
        .iter()
        .map(|d| {
            let message = d["message"].as_str().unwrap_or_default();
            let to = message
                .split("was moved to `")
                .nth(1)
                .and_then(|rest| rest.split('`').next())
                .unwrap_or_default();
            (
                d["file"].as_str().unwrap_or_default().to_string(),
                to.to_string(),
            )
        })
        .collect()
}

/// Asserts the paths the findings of `repo` send their references to, by
/// file (only the files below the folder `only`, when it is given).
fn assert_moved(repo: &Repo, only: Option<&str>, expected: &[(&str, &str)]) {
    let found: Vec<(String, String)> = moved_to(repo)
        .into_iter()
        .filter(|(f, _)| only.is_none_or(|o| f.starts_with(o)))
        .collect();
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(f, to)| (f.to_string(), to.to_string()))
        .collect();
    assert_eq!(found, expected, "\n{}", repo.check(&[]).dump());
}

#[test]
fn a_moved_page_copied_into_version_folders_is_the_copy_beside_the_link() {
    let repo = split_docs(false);
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["path/renamed"]),
        vec![
            t(
                "path/renamed",
                "contents/10/Routing.md",
                3,
                5,
                "contents/HandlerFailure.md"
            ),
            t(
                "path/renamed",
                "contents/9/Routing.md",
                3,
                5,
                "contents/HandlerFailure.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
    assert_moved(
        &repo,
        None,
        &[
            ("contents/10/Routing.md", "contents/10/HandlerFailure.md"),
            ("contents/9/Routing.md", "contents/9/HandlerFailure.md"),
        ],
    );
    // `fix` writes each version's own page.
    repo.run(&["fix"]);
    for v in ["9", "10"] {
        let page = std::fs::read_to_string(repo.path().join(format!("contents/{v}/Routing.md")))
            .expect("read a Routing.md");
        assert!(
            page.contains(&format!("(/contents/{v}/HandlerFailure.md)")),
            "{page}\n{}",
            run.dump()
        );
    }
}

/// Twin: a copy a later commit made is another file; the finding stays and
/// names git's pairing, the file the move made.
#[test]
fn a_copy_made_after_the_move_is_not_the_new_path() {
    let repo = split_docs(true);
    assert_moved(
        &repo,
        None,
        &[
            ("contents/10/Routing.md", "contents/10/HandlerFailure.md"),
            ("contents/9/Routing.md", "contents/10/HandlerFailure.md"),
        ],
    );
}

/// Twin: a page in another folder (`source/10/`) with no copy beside it is
/// sent to the copy in the version folder named as its own.
#[test]
fn a_page_of_a_folder_named_as_a_version_is_sent_to_that_versions_copy() {
    let repo = split_docs(false);
    repo.write(
        "source/10/Routing.md",
        "# Routing\n\nSee [Handler Failure](/contents/HandlerFailure.md).\n",
    )
    .commit_all();
    assert_moved(
        &repo,
        Some("source/"),
        &[("source/10/Routing.md", "contents/10/HandlerFailure.md")],
    );
}
