//! Survey s114a: Go, Java and Kotlin services with readiness checklists,
//! SLO and parity runbooks and agent task files (davrot/gogotex_at_work,
//! STN-DTS/EDF-Copilot-Bootcamp, SaileshKushwaha18/BookLibrary). Every
//! finding was judged true; two of `document/unclosed-fence` pointed at a
//! symptom (a later fence, with the help to delete it or close a block)
//! instead of the Markdown example whose fence was too short. Exact
//! findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

/// A task file whose ` ```markdown ` example (lines 5 to 26) holds a
/// fenced block that opens with a bare fence (line 10): that fence closes
/// the example, and the later fences pair wrongly down to line 26.
const EXAMPLE: &str = "# Tasks\n\n### Task 2: Create README\n\n```markdown\n# Backups\n\n## Structure\n\n```\nbackups/\n└── manifest.json\n```\n\n## Usage\n\n```bash\nnpm run backup\n```\n\n## Restore\n\n```bash\nnpm run restore\n```\n```\n\n### Task 3: Verify\n\n- [ ] Run the backup.\n";

#[test]
fn an_example_closed_by_its_inner_bare_fence_is_reported_at_the_example() {
    let repo = Repo::new();
    repo.write("tasks.md", EXAMPLE).commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["document/unclosed-fence"]),
        vec![t("document/unclosed-fence", "tasks.md", 5, 1, "")],
        "\n{}",
        run.dump()
    );
    let d = &run.diagnostics_of(&["document/unclosed-fence"])[0];
    assert_eq!(
        d["message"].as_str(),
        Some(
            "code fence ```markdown is closed by the bare fence on line 10, meant to open a block inside it: the rest of the example renders as Markdown and every later fence pairs with the wrong partner, down to the example's closing fence on line 26"
        )
    );
    assert_eq!(
        d["help"].as_str(),
        Some(
            "open and close the example with a longer fence: ````markdown on line 5 and ```` on line 26"
        )
    );
}

/// Twin: an example closed rightly (a blank line after its closing fence),
/// then a stray fence that runs to the end: reported at the stray fence, as
/// before.
#[test]
fn a_stray_fence_after_an_example_closed_rightly_is_reported_where_it_stands() {
    let repo = Repo::new();
    repo.write(
        "twin.md",
        "# Tasks\n\n### Task 2: Create README\n\n```markdown\n# Backups\n\nSee the usage below.\n```\n\n## Structure\n\n```\nbackups/\n## Usage\n- [ ] Run the backup.\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["document/unclosed-fence"]),
        vec![t("document/unclosed-fence", "twin.md", 13, 1, "")],
        "\n{}",
        run.dump()
    );
}

/// Twin: the author's reading of the example would leave a later block
/// open too, so the example is not the one explanation: the finding stays
/// where the fences first pair wrongly.
#[test]
fn an_example_whose_reading_leaves_a_later_block_open_keeps_the_finding_at_the_symptom() {
    let repo = Repo::new();
    let text = format!("{EXAMPLE}\n```bash\nmake\n\n## Later\n- [ ] Deploy.\n");
    repo.write("tasks.md", text).commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["document/unclosed-fence"]),
        vec![t("document/unclosed-fence", "tasks.md", 13, 1, "")],
        "\n{}",
        run.dump()
    );
}

/// The inner block of a list item (` ```bash ` indented three spaces) is
/// closed by a fence indented three spaces too, which closes the example:
/// reported at the example, as a fence with an info string nested in it
/// (EDF-Copilot-Bootcamp's `E09_PROGRESSION_SYSTEM.md`, where that reading
/// first showed at a doubled fence at the example's end, is now reported at
/// its example too, `is closed on line 95 by the closing fence of the block
/// it holds from line 93`).
#[test]
fn an_example_closed_by_its_list_items_inner_fence_is_reported_at_the_example() {
    let repo = Repo::new();
    repo.write(
        "tasks.md",
        "# Tasks\n\n### Task 2: Create progress/README.md\n\n```markdown\n# Progress\n\n1. **Initialize:**\n   ```bash\n   npm run init\n   ```\n\n## Folder Structure\n\n```\nprogress/\n└── README.md\n```\n\n## Sign-off\n\n```bash\nnpm run signoff\n```\n```\n\n### Task 3: Verify\n\n- [ ] Run it.\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    let found: Vec<_> = run
        .diagnostics_of(&["document/unclosed-fence"])
        .iter()
        .map(|d| {
            (
                d["line"].as_u64().unwrap_or(0),
                d["message"].as_str().unwrap_or("").to_string(),
                d["help"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![(
            5,
            "code fence ```markdown holds the fence ```bash on line 9, which cannot nest inside it: the block ends on line 11, where that inner example closes, so the rest of the example renders as Markdown and its closing fence on line 15 opens a new block; later fences pair with the wrong ones, and the fence on line 25 opens a block that runs to the end of the document, hiding 1 heading and 1 task item".to_string(),
            "open and close the example with a longer fence (```` … ````), so the fences inside it stay part of it".to_string()
        )],
        "\n{}",
        run.dump()
    );
}
