//! Survey 59a: coding-agent-written readiness trackers and status documents
//! (Codex-style `【F:path†L1-L9】` citations, evidence columns, launch and
//! readiness checklists) on repositories never surveyed before. False
//! patterns found there, each beside its true twin; exact findings, the real
//! binary, real git repositories.

mod common;

use common::{Repo, t};

// --- an `obsolete/` folder holds superseded documents, as `old/` and
// `legacy/` do (mschulkind/kitchen's `docs/obsolete/`, whose README says
// they are "preserved here for historical reference": their relative links
// broke when they were moved there; 22 findings, the 11 judged all false) ---

/// A repository whose plans were moved into `folder` by a reorganisation,
/// their links written for the folder they left.
fn moved_plans(folder: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Kitchen\n")
        .write("docs/architecture/e2e-test-plan.md", "# E2E test plan\n")
        .write(
            &format!("{folder}/plans/index.md"),
            "# Planning Documents Index\n\n\
             - [E2E Test Plan](e2e-test-plan.md)\n\
             - [Open questions](open-questions.md#q10-store-scraping)\n",
        )
        .write(
            &format!("{folder}/plans/open-questions.md"),
            "# Open questions\n\n## Q1: Hosting\n",
        )
        .commit_all();
    repo
}

#[test]
fn an_obsolete_folder_is_not_checked() {
    let run = moved_plans("docs/obsolete").check(&[]);
    assert_eq!(run.findings_of(&["link/"]), vec![], "\n{}", run.dump());
}

/// Twin: the same plans in a folder of another name (`docs/obsolescence/`,
/// a page about the subject) are checked, and both links are reported.
#[test]
fn a_folder_named_otherwise_is_checked() {
    let run = moved_plans("docs/obsolescence").check(&[]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![
            t(
                "link/missing-path",
                "docs/obsolescence/plans/index.md",
                3,
                3,
                "docs/obsolescence/plans/e2e-test-plan.md"
            ),
            t(
                "link/missing-anchor",
                "docs/obsolescence/plans/index.md",
                4,
                3,
                "docs/obsolescence/plans/open-questions.md#q10-store-scraping"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: a living document's link to a file moved into `obsolete/` is still
/// reported, as one retired rather than renamed (no automatic fix).
#[test]
fn a_link_to_a_file_moved_into_obsolete_is_reported_as_retired() {
    let repo = Repo::new();
    repo.write(
        "README.md",
        "# Kitchen\n\nSee [the brief](docs/plans/brief.md).\n",
    )
    .write(
        "docs/plans/brief.md",
        "# Brief\n\nThe original project brief.\n",
    )
    .commit_all();
    repo.git(&["mv", "docs/plans", "docs/obsolete"]);
    repo.commit();
    let run = repo.check(&[]);
    let found = run.diagnostics_of(&["path/renamed"]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![t("path/renamed", "README.md", 3, 5, "docs/plans/brief.md")],
        "\n{}",
        run.dump()
    );
    let help = found[0]["help"].as_str().unwrap_or_default();
    assert!(help.contains("retired, not renamed"), "{help}");
}

// --- a GitHub wiki kept in a folder of the project to be published to its
// wiki (iberi22/edge-hive's `docs/wiki/Home.md`, "synchronized automatically"
// to the GitHub Wiki) links the wiki's pages by page name, `./Tutorials`:
// 46 findings, the 21 sampled all false ---

const WIKI_HOME: &str = "# Wiki Home\n\n\
    - [Tutorials](./Tutorials)\n\
    - [Setting Up a Project](Tutorial-Setup-Project)\n\
    - [Commit Standard](./Reference-Commit-Standard#types)\n\
    - [Atomic Commits](./Atomic-Commits#why)\n";

/// A project with `Home.md` (and a published page) in `folder`.
fn wiki_folder(folder: &str, home: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Edge Hive\n")
        .write(&format!("{folder}/Home.md"), home)
        .write(
            &format!("{folder}/Atomic Commits.md"),
            "# Atomic Commits\n\n## Rules\n",
        )
        .commit_all();
    repo
}

#[test]
fn a_wiki_folders_page_names_are_the_wikis_pages() {
    let run = wiki_folder("docs/wiki", WIKI_HOME).check(&[]);
    // A page of the folder is read as that page: its anchor is checked.
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![t(
            "link/missing-anchor",
            "docs/wiki/Home.md",
            6,
            3,
            "docs/wiki/Atomic Commits.md#why"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same page in a folder of another name is judged as any link.
#[test]
fn the_same_page_outside_a_wiki_folder_is_checked() {
    let run = wiki_folder("docs/guide", WIKI_HOME).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "docs/guide/Home.md",
                3,
                3,
                "docs/guide/Tutorials"
            ),
            t(
                "link/missing-path",
                "docs/guide/Home.md",
                4,
                3,
                "docs/guide/Tutorial-Setup-Project"
            ),
            t(
                "link/missing-path",
                "docs/guide/Home.md",
                5,
                3,
                "docs/guide/Reference-Commit-Standard"
            ),
            t(
                "link/missing-path",
                "docs/guide/Home.md",
                6,
                3,
                "docs/guide/Atomic-Commits"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: in a wiki folder, a link with an extension or a folder names a
/// file, and is reported when it is missing.
#[test]
fn a_wiki_folders_file_links_are_checked() {
    let home = "# Wiki Home\n\n\
        - [Tutorials](./Tutorials.md)\n\
        - [Guide](../Tutorials)\n";
    let run = wiki_folder("docs/wiki", home).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "docs/wiki/Home.md",
                3,
                3,
                "docs/wiki/Tutorials.md"
            ),
            t(
                "link/missing-path",
                "docs/wiki/Home.md",
                4,
                3,
                "docs/Tutorials"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: a `wiki` folder without a `Home.md` is no wiki.
#[test]
fn a_wiki_folder_without_a_home_page_is_checked() {
    let repo = Repo::new();
    repo.write("README.md", "# Edge Hive\n")
        .write(
            "docs/wiki/Start.md",
            "# Start\n\n- [Tutorials](./Tutorials)\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "docs/wiki/Start.md",
            3,
            3,
            "docs/wiki/Tutorials"
        )],
        "\n{}",
        run.dump()
    );
}
