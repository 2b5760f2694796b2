//! Survey 15's record patterns, each beside its true twin: superseded notes
//! in an `old/` folder (raven's `docs/investigations/old/`: 89 findings) and
//! old guides in a `legacy/` folder (AI_Advent_Challenge's
//! `docs/reference/legacy/`), left out by default, and a row whose whole status is `Pending`,
//! whose evidence is yet to be produced (AI_Advent_Challenge's trackers).

mod common;

use common::{Repo, t};

#[test]
fn an_old_folder_is_left_out_by_default_and_its_file_checked_when_named() {
    let repo = Repo::new();
    repo.write(
        "docs/investigations/old/note.md",
        "# Note\n\nSee [the plan](gone.md).\n",
    )
    .write(
        "docs/investigations/note.md",
        "# Note\n\nSee [the plan](gone.md).\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/investigations/note.md",
            3,
            5,
            "docs/investigations/gone.md"
        )],
        "\n{}",
        run.dump()
    );
    // A file named on the command line is checked as named.
    let run = repo.check(&["docs/investigations/old/note.md"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/investigations/old/note.md",
            3,
            5,
            "docs/investigations/old/gone.md"
        )],
        "\n{}",
        run.dump()
    );
}

#[test]
fn a_legacy_folder_is_left_out_by_default_and_its_file_checked_when_named() {
    let repo = Repo::new();
    repo.write("src/a.py", "x = 1\n")
        .write(
            "docs/reference/legacy/api.md",
            "# API\n\nSee [a](../../../src/a.py) and [never](../../../src/never.py).\n",
        )
        .write(
            "docs/reference/api.md",
            "# API\n\nSee [a](../../src/a.py).\n",
        )
        .commit_all();
    repo.git(&["rm", "-q", "src/a.py"]);
    repo.commit();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![t(
            "link/missing-path",
            "docs/reference/api.md",
            3,
            5,
            "src/a.py"
        )],
        "\n{}",
        run.dump()
    );
    // Named, it is checked as an archive: a target deleted since is the
    // tree of its day; a link never committed was written wrong.
    let run = repo.check(&["docs/reference/legacy/api.md"]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![t(
            "link/missing-path",
            "docs/reference/legacy/api.md",
            3,
            32,
            "src/never.py"
        )],
        "\n{}",
        run.dump()
    );
}

#[test]
fn a_pending_row_has_no_evidence_yet_but_pending_review_and_done_do() {
    let repo = Repo::new();
    repo.write("src/handler.py", "x = 1\n")
        .write(
            "tracker.md",
            "# Tracker\n\n**Status Legend**: Pending / In Progress / Done / Blocked\n\n\
             | Task | Evidence | Status |\n|---|---|---|\n\
             | Worker | `scripts/worker.py` | Pending |\n\
             | Queue | `scripts/queue.py` | ⏳ **Pending** |\n\
             | Alerts | `config/alerts.yml` | Not started |\n\
             | Review | `scripts/review.py` | Pending review |\n\
             | Handler | `src/handler2.py` | Done |\n",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["evidence/"]),
        vec![
            t(
                "evidence/missing-path",
                "tracker.md",
                10,
                12,
                "scripts/review.py"
            ),
            t(
                "evidence/missing-path",
                "tracker.md",
                11,
                13,
                "src/handler2.py"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Survey 14 (isoinspector's agent command documents, 6 findings): a line
/// that says its target may not exist (`if it exists`) names a file the
/// workflow creates per task and archives after: neither missing nor
/// renamed. The same reference without the condition is reported.
#[test]
fn a_reference_written_if_it_exists_is_not_reported_when_absent() {
    let repo = Repo::new();
    repo.write("DOCS/INPROGRESS/blocked.md", "# Blocked\n")
        .write(
            "DOCS/COMMANDS/SELECT_NEXT.md",
            "# Select next\n\n- Inspect [`blocked.md`](../INPROGRESS/blocked.md) if it exists.\n- Read [the notes](../INPROGRESS/notes.md) (if any).\n",
        )
        .write(
            "DOCS/COMMANDS/STATUS.md",
            "# Status\n\n- The active [`blocked.md`](../INPROGRESS/blocked.md) lists the blockers.\n- Read [the notes](../INPROGRESS/notes.md).\n",
        )
        .commit_all();
    repo.mkdir("DOCS/ARCHIVED_TASKS");
    repo.git(&[
        "mv",
        "DOCS/INPROGRESS/blocked.md",
        "DOCS/ARCHIVED_TASKS/blocked.md",
    ]);
    repo.commit();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "path/renamed",
                "DOCS/COMMANDS/STATUS.md",
                3,
                14,
                "DOCS/INPROGRESS/blocked.md"
            ),
            t(
                "link/missing-path",
                "DOCS/COMMANDS/STATUS.md",
                4,
                8,
                "DOCS/INPROGRESS/notes.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Survey 15 (slidev's `packages/vscode/syntaxes/slidev.example.md`): a
/// sample of a format beside the grammar that colours it is text to paste,
/// not a document; its relative links are written for the copy. A guide in
/// the same package is checked.
#[test]
fn a_grammar_sample_is_not_a_document_but_a_guide_beside_it_is() {
    let repo = Repo::new();
    repo.write(
        "packages/vscode/syntaxes/slidev.tmLanguage.json",
        "{\"scopeName\": \"text.markdown.slidev\"}\n",
    )
    .write(
        "packages/vscode/syntaxes/slidev.example.md",
        "# Slide\n\n[](./a)\n",
    )
    .write(
        "packages/vscode/notes.example.md",
        "# Notes\n\n[b](./b.md)\n",
    )
    .write("packages/vscode/GUIDE.md", "# Guide\n\n[c](./c.md)\n")
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![t(
            "link/missing-path",
            "packages/vscode/GUIDE.md",
            3,
            1,
            "packages/vscode/c.md"
        )],
        "\n{}",
        run.dump()
    );
}
