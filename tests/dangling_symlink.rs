//! A tracked document that is a symlink leading nowhere (its target moved
//! or never committed) is a dead link the maintainer fixes: one finding on
//! the document, and the run goes on. seanchatmangpt/knhk's mdBook has 46
//! chapters symlinked to documents moved since; the whole run was refused
//! ("46 files could not be read … nothing is reported"). The real binary,
//! a real git repository.

mod common;

use common::{Repo, t};

fn book(repo: &Repo) {
    repo.write(
        "docs/book/src/SUMMARY.md",
        "# Summary\n\n- [Intro](intro.md)\n- [API](api/overview.md)\n- [Gone](gone.md)\n",
    )
    .write(
        "docs/book/src/intro.md",
        "# Intro\n\nSee [the API](api/overview.md).\n",
    )
    .write("docs/api.md", "# API\n");
    std::fs::create_dir_all(repo.path().join("docs/book/src/api")).expect("folder");
    // `../../api.md` from `docs/book/src/api/` is `docs/book/api.md`: not there.
    std::os::unix::fs::symlink(
        "../../api.md",
        repo.path().join("docs/book/src/api/overview.md"),
    )
    .expect("symlink");
    repo.commit_all();
}

/// The dangling chapter is one finding, on itself; the links to it say
/// nothing more; the run goes on and reports the missing `gone.md`.
#[test]
fn a_document_symlink_that_leads_nowhere_is_one_finding_and_the_run_goes_on() {
    let repo = Repo::new();
    book(&repo);
    let run = repo.check(&[]);
    assert_eq!(run.code, 1, "{}", run.dump());
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/book/src/SUMMARY.md",
                5,
                3,
                "docs/book/src/gone.md"
            ),
            t(
                "link/missing-path",
                "docs/book/src/api/overview.md",
                1,
                1,
                "docs/book/src/api/overview.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
    let messages: Vec<String> = run
        .diagnostics()
        .iter()
        .filter_map(|d| d["message"].as_str().map(str::to_string))
        .collect();
    assert!(
        messages.contains(
            &"`docs/book/src/api/overview.md` leads nowhere: it is a symlink to `../../api.md`, which does not exist; it was not read"
                .to_string()
        ),
        "{messages:?}"
    );
    // `fix` has nothing to do there, and does not refuse either.
    let fix = repo.run(&["fix"]);
    assert_eq!(fix.code, 0, "{}", fix.dump());
}

/// Twin: the symlink pointed where the document is: it is checked as its
/// target, and the links to it resolve.
#[test]
fn a_document_symlink_to_its_document_is_checked() {
    let repo = Repo::new();
    book(&repo);
    let link = repo.path().join("docs/book/src/api/overview.md");
    std::fs::remove_file(&link).expect("remove");
    std::os::unix::fs::symlink("../../../api.md", &link).expect("symlink");
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/book/src/SUMMARY.md",
            5,
            3,
            "docs/book/src/gone.md"
        )],
        "\n{}",
        run.dump()
    );
}
