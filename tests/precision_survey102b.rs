//! Survey 102b: agent-written sprint reports, changelogs of work done and
//! PR summaries kept in `docs/` (HomericIntelligence/ProjectScylla,
//! BigSpoon33/TCM_Knowledge_Base, sutt/agro). False patterns found there,
//! each beside its true twin; exact findings, the real binary, real git
//! repositories.

mod common;

use common::{Repo, t};

// --- BMAD 6.0 alpha installs its method into a hidden `.bmad/` folder
// (`.bmad/_cfg/manifest.yaml`): its docs link workflow READMEs the
// installer does not copy, and its agent instructions hold `- []` items
// (TCM_Knowledge_Base: 17 findings, all judged false) ---

const BMAD_DOC: &str = "# Test architecture\n\n\
     | Workflow | Guide |\n| --- | --- |\n\
     | `*atdd` | [guide](../workflows/testarch/atdd/README.md) |\n\n\
     - [] Decision table has Version column\n";

#[test]
fn a_hidden_bmad_install_folder_is_not_checked() {
    let repo = Repo::new();
    repo.write(".bmad/bmm/docs/test-architecture.md", BMAD_DOC)
        .write(
            ".bmad/_cfg/manifest.yaml",
            "installation:\n  version: 6.0.0-alpha.9\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: the same document in the team's own `docs/bmad/` is checked.
#[test]
fn a_bmad_named_docs_folder_is_checked() {
    let repo = Repo::new();
    repo.write("docs/bmad/test-architecture.md", BMAD_DOC)
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/bmad/test-architecture.md",
                5,
                13,
                "docs/workflows/testarch/atdd/README.md"
            ),
            t("task/malformed", "docs/bmad/test-architecture.md", 7, 1, ""),
        ],
        "\n{}",
        run.dump()
    );
}

// --- a BMAD story's `Senior Developer Review (AI)` cites the code its
// coverage tables verified; later stories move those lines
// (TCM_Knowledge_Base: 62 citation findings in 14 stories, all judged
// false) ---

/// A story whose section `heading` holds a coverage row citing
/// `src/packager.py:3`, and an open action item citing the same line.
const STORY: &str = "docs/sprint-artifacts/6-1-packager.md";

fn story(heading: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "src/packager.py",
        "import os\n\nclass CapsulePackager:\n    pass\n",
    )
    .write(
        STORY,
        format!(
            "# Story 6.1: packager\n\nStatus: review\n\n{heading}\n\n\
             | AC | Status | Evidence |\n| --- | --- | --- |\n\
             | 1 | IMPLEMENTED | `src/packager.py:3` |\n\n\
             ### Action Items\n\n- [ ] [Med] Document the class (`src/packager.py:3`)\n"
        ),
    )
    .commit_on("2025-11-19");
    repo.write(
        "src/packager.py",
        "import os\nimport sys\nimport json\n\nclass CapsulePackager:\n    pass\n",
    )
    .commit_on("2025-11-23");
    repo
}

/// Checks the story under `heading`: its `citation/shifted` and
/// `citation/stale` findings are exactly those at `at` (line, column).
fn assert_story(heading: &str, at: &[(u64, u64)]) {
    let run = story(heading).check(&[]);
    let want: Vec<_> = at
        .iter()
        .map(|&(line, column)| t("citation/shifted", STORY, line, column, "src/packager.py"))
        .collect();
    assert_eq!(
        run.findings_of(&["citation/shifted", "citation/stale"]),
        want,
        "\n{}",
        run.dump()
    );
}

/// The review's coverage row is silent; its open action item is reported.
#[test]
fn a_story_reviews_coverage_table_keeps_its_numbers() {
    assert_story("## Senior Developer Review (AI)", &[(13, 33)]);
}

/// Also when the review is written as a title over its sections.
#[test]
fn a_story_review_written_as_a_title_keeps_its_numbers() {
    assert_story("# Senior Developer Review (AI)", &[(13, 33)]);
}

/// Twin: the same table under another heading is judged.
#[test]
fn a_storys_coverage_table_elsewhere_is_judged() {
    assert_story("## Acceptance Criteria Coverage", &[(9, 21), (13, 33)]);
}

// --- an agent's prompt spec quotes `git diff` output as text: its `+`/`-`
// lines are the diffed README's, whose links are read from the root
// (agro's `.public-agdocs/specs/`: 30 findings judged false) ---

/// A spec quoting a diff of the README; `after` follows the diff.
fn spec(after: &str) -> Repo {
    let repo = Repo::new();
    repo.write("docs/index.md", "# Docs\n").write(
        ".agdocs/specs/update-docs.md",
        format!(
            "Update the docs for this diff.\n\n\
             git diff v0.1.7 HEAD\n\n\
             diff --git a/README.md b/README.md\n\
             index 238ad6c..fd19fc6 100644\n\
             --- a/README.md\n\
             +++ b/README.md\n\
             @@ -40,3 +40,3 @@\n \n\
             -- **View [Docs](./docs)**\n\
             +- **View [Docs](./docs/index.md)**\n{after}"
        ),
    );
    repo.commit_all();
    repo
}

#[test]
fn a_pasted_diffs_links_are_the_diffed_files() {
    let run = spec("").check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: a link past the diff, after a line of prose, is the spec's own.
#[test]
fn a_link_after_a_pasted_diff_is_judged() {
    let run = spec("\nThen see [Docs](./docs/index.md).\n").check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            ".agdocs/specs/update-docs.md",
            14,
            10,
            ".agdocs/specs/docs/index.md"
        )],
        "\n{}",
        run.dump()
    );
}
