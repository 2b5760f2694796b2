//! Survey s122a: documentation rich in correct non-ASCII text (Vietnamese,
//! Czech; box-drawing diagrams, emoji status trackers): nihmtaho/goxviet-ime,
//! truongnq-ai/tutor_docs, xafour/Hradcany_rules. `encoding/mojibake` stayed
//! silent on all of it (Vietnamese capitals such as `HOÃN` included). The
//! false patterns found there beside their true twins; exact findings, the
//! real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- link/missing-path: a template kept in a `_templates/` folder (the
// leading `_` sorts it first, or keeps a site generator from serving it)
// links folders from where its copies will live: tutor_docs, 5 findings
// judged false ---

fn templates_in(folder: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Docs\n");
    repo.write(
        &format!("{folder}/domain-doc.md"),
        "# [Tên domain]\n\n## Liên quan\n\n- [Domain model](../02-domain-model/)\n",
    );
    repo.commit_all();
    repo
}

#[test]
fn a_link_of_a_template_in_an_underscored_templates_folder_is_silent() {
    let run = templates_in("_templates").check(&[]);
    assert_eq!(run.findings_of(&["link/"]), vec![], "\n{}", run.dump());
}

/// Twin: the same link in a folder of ordinary documents (`_docs/`) is
/// reported.
#[test]
fn the_same_link_in_an_underscored_folder_of_documents_is_reported() {
    let run = templates_in("_docs").check(&[]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![t(
            "link/missing-path",
            "_docs/domain-doc.md",
            5,
            3,
            "02-domain-model"
        )],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-path: the notes of one release named
// `docs/release-note/RELEASE_NOTE_1.5.0.md` link a guide that was deleted
// after they were written (goxviet-ime: 8 findings judged false); notes
// written after the deletion (copied from the template, the link dead from
// birth: 6 findings judged true) are still reported ---

fn release_notes(note_after_deletion: bool) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# GoxViet\n");
    repo.write("docs/getting-started/QUICK_START.md", "# Quick start\n");
    repo.commit_on("2026-01-01");
    let note = "# Release 1.5.0\n\n## Tài liệu\n\n- [Hướng dẫn sử dụng](../getting-started/QUICK_START.md)\n";
    if note_after_deletion {
        repo.git(&["rm", "-q", "docs/getting-started/QUICK_START.md"]);
        repo.commit_on("2026-01-10");
        repo.write("docs/release-note/RELEASE_NOTE_1.5.0.md", note);
        repo.commit_on("2026-01-15");
    } else {
        repo.write("docs/release-note/RELEASE_NOTE_1.5.0.md", note);
        repo.commit_on("2026-01-02");
        repo.git(&["rm", "-q", "docs/getting-started/QUICK_START.md"]);
        repo.commit_on("2026-01-15");
    }
    repo
}

#[test]
fn release_notes_linking_a_file_deleted_since_are_silent() {
    let run = release_notes(false).check(&[]);
    assert_eq!(run.findings_of(&["link/"]), vec![], "\n{}", run.dump());
}

/// Twin: notes written after the file was deleted linked a dead file.
#[test]
fn release_notes_written_after_the_deletion_are_reported() {
    let run = release_notes(true).check(&[]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![t(
            "link/missing-path",
            "docs/release-note/RELEASE_NOTE_1.5.0.md",
            5,
            3,
            "docs/getting-started/QUICK_START.md"
        )],
        "\n{}",
        run.dump()
    );
}

// --- link/missing-path: a link whose line says, in Czech, that its page
// will be written (`(když bude vytvořen)`, "when it is created"):
// Hradcany_rules, 2 findings judged false ---

fn related(note: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "decisions/uc1_workflow.md",
        format!(
            "# UC-1\n\n## Související\n\n- [decisions/privacy_first_design.md](./privacy_first_design.md) - Privacy design{note}\n"
        ),
    );
    repo.commit_all();
    repo
}

#[test]
fn a_link_marked_in_czech_as_yet_to_be_created_is_silent() {
    let run = related(" (když bude vytvořen)").check(&[]);
    assert_eq!(run.findings_of(&["link/"]), vec![], "\n{}", run.dump());
}

/// Twin: the same link without the mark is reported.
#[test]
fn the_same_link_without_the_mark_is_reported() {
    let run = related(" (návrh)").check(&[]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![t(
            "link/missing-path",
            "decisions/uc1_workflow.md",
            5,
            3,
            "decisions/privacy_first_design.md"
        )],
        "\n{}",
        run.dump()
    );
}
