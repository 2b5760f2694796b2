//! Survey 49a: go-live checklists, implementation status pages and release
//! readiness templates found by a new user's queries. False patterns found
//! there, each beside its true twin; exact findings, the real binary, real
//! git repositories.

mod common;

use common::{Repo, t};

// --- link/missing-path: documents a clean-up moved into a `.ignore/` folder
// (liminalcommons/gather-utils' `.ignore/docs/`, moved there by "Major
// repository cleanup and reorganization": 23 findings judged false) ---

/// A guide written in `docs/project/` beside `docs/templates/`, then moved
/// with the templates into `FOLDER/docs/` by a clean-up, so that its
/// `../templates/` link no longer lands on them; a live page links the
/// guide where it was.
fn set_aside(folder: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docs/project/GUIDE.md",
        "# Guide\n\nUse the [status template](../templates/status.md).\n\n\
         See the [plan](./plan.md).\n",
    )
    .write("docs/project/plan.md", "# Plan\n")
    .write("docs/templates/status.md", "# Status\n")
    .write(
        "docs/bdd/README.md",
        "# BDD\n\n- [Guide](../project/GUIDE.md)\n",
    )
    .commit_all();
    repo.mkdir(&format!("{folder}/docs"));
    repo.git(&[
        "mv",
        "docs/project/GUIDE.md",
        &format!("{folder}/docs/GUIDE.md"),
    ]);
    repo.git(&["mv", "docs/templates", &format!("{folder}/docs/templates")]);
    repo.git(&["rm", "-q", "docs/project/plan.md"]);
    repo.commit();
    repo
}

#[test]
fn a_document_set_aside_in_an_ignore_folder_keeps_its_old_links() {
    for folder in [".ignore", "_IGNORE"] {
        let run = set_aside(folder).check(&[]);
        assert_eq!(
            run.findings_of(&["link/", "path/"]),
            vec![t(
                "path/renamed",
                "docs/bdd/README.md",
                3,
                3,
                "docs/project/GUIDE.md"
            )],
            "{folder}\n{}",
            run.dump()
        );
    }
}

/// Twin: the same move into a folder that says nothing of being set aside
/// (`.notes/`) leaves the guide's links broken where it now stands.
#[test]
fn a_document_moved_into_another_hidden_folder_is_judged() {
    let run = set_aside(".notes").check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![
            t(
                "link/missing-path",
                ".notes/docs/GUIDE.md",
                3,
                9,
                ".notes/templates/status.md"
            ),
            t(
                "link/missing-path",
                ".notes/docs/GUIDE.md",
                5,
                9,
                ".notes/docs/plan.md"
            ),
            t(
                "path/renamed",
                "docs/bdd/README.md",
                3,
                3,
                "docs/project/GUIDE.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-path: an agent skill's sample output names the files of
// the project it reviews (lokesh332003/ai-path's
// `.skills/skills/actual-code-review-agent/SKILL.md`: 3 findings judged
// false) ---

/// A code review skill whose sample output links the reviewed project's
/// source, beside a link to its own script; `extra` is written too.
fn review_skill(extra: &[(&str, &str)]) -> Repo {
    let repo = Repo::new();
    repo.write(
        ".skills/skills/review/SKILL.md",
        "---\nname: review\ndescription: Strict code review of a React codebase.\n---\n\n\
         # Review\n\nRun [the analyzer](scripts/analyze.py) first.\n\n\
         Report every issue like this:\n\n\
         1. Rule Violated: Type Safety\n   \
         Issue: [`any` is used in handleUpload.](src/modules/upload/UploadContext.tsx#L279)\n   \
         Line: 279\n",
    )
    .write(".skills/skills/review/scripts/run.py", "print('x')\n");
    for (path, text) in extra {
        repo.write(path, text);
    }
    repo.commit_all();
    repo
}

#[test]
fn a_skill_links_the_source_of_the_project_it_reviews() {
    let run = review_skill(&[]).check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![t(
            "link/missing-path",
            ".skills/skills/review/SKILL.md",
            8,
            5,
            ".skills/skills/review/scripts/analyze.py"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: in a repository whose root has `src/`, the skill is the project's
/// own and its link is judged; so is the same link in a page outside any
/// skill.
#[test]
fn a_project_skill_and_a_plain_page_are_judged() {
    let page = "# Notes\n\nIssue: [`any` is used.](src/modules/upload/UploadContext.tsx#L279)\n";
    let run = review_skill(&[("src/main.tsx", "export {};\n"), ("docs/NOTES.md", page)]).check(&[]);
    assert_eq!(
        run.findings_of(&["link/", "path/"]),
        vec![
            t(
                "link/missing-path",
                ".skills/skills/review/SKILL.md",
                8,
                5,
                ".skills/skills/review/scripts/analyze.py"
            ),
            t(
                "link/missing-path",
                ".skills/skills/review/SKILL.md",
                13,
                11,
                ".skills/skills/review/src/modules/upload/UploadContext.tsx"
            ),
            t(
                "link/missing-path",
                "docs/NOTES.md",
                3,
                8,
                "docs/src/modules/upload/UploadContext.tsx"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
