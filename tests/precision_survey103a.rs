//! Survey 103a: BMAD-method story files (`docs/stories/*.md` with `## Dev
//! Agent Record`, `### File List`, `## QA Results`), round 2
//! (ck123cabz/template-genius-activation, BrianMehrman/diagram_builder,
//! menoncello/dev-workflow). False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

const RULE: &str = "task/checked-parent-open-child";

/// A BMAD story whose ticked task has its work sub-items ticked and
/// `last` as its final sub-item.
fn story(last: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docs/architecture/api-design.md",
        "# API design\n\n## Client activation support\n\nText.\n",
    )
    .write(
        "docs/stories/story-epic-1-4.md",
        format!(
            "# Story 1.4: Client Journey Access\n\n## Status\n**COMPLETED** ✅\n\n\
                 ## Tasks / Subtasks\n\n\
                 - [x] **Task 1: Enhance Client Journey Access System** (AC: 1, 3) ✅\n  \
                 - [x] Extend the server action to support all 4 page types\n  \
                 - [x] Update client token validation\n  \
                 - [ ] {last}\n\n\
                 ## Dev Agent Record\n\n### File List\n\n- `app/actions.ts`\n"
        ),
    )
    .commit_all();
    repo
}

// --- BMAD's story template writes where a task's details come from as
// one more subtask, `- [ ] Source: [architecture/….md#section]`, which
// nobody ticks (template-genius-activation's story 1.4: 4 findings judged
// false) ---

#[test]
fn an_open_source_note_under_a_ticked_task_is_silent() {
    let run = story("Source: [architecture/api-design.md#client-activation-support]")
        .check(&["--select", RULE]);
    assert_eq!(run.findings_of(&[RULE]), vec![], "\n{}", run.dump());
}

#[test]
fn an_open_source_note_in_brackets_or_plain_words_is_silent() {
    for note in [
        "[Source: architecture/api-design.md#client-activation-support]",
        "**Source:** Previous Story 1.2 established the navigation patterns",
    ] {
        let run = story(note).check(&["--select", RULE]);
        assert_eq!(run.findings_of(&[RULE]), vec![], "{note}\n{}", run.dump());
    }
}

/// Twin: an open sub-item of work, even one about sources, is reported.
#[test]
fn an_open_task_to_add_sources_under_a_ticked_task_is_reported() {
    for work in [
        "Add source links to [architecture/api-design.md](../architecture/api-design.md)",
        "Write the client activation integration tests",
    ] {
        let run = story(work).check(&["--select", RULE]);
        assert_eq!(
            run.findings_of(&[RULE]),
            vec![t(RULE, "docs/stories/story-epic-1-4.md", 8, 1, "")],
            "{work}\n{}",
            run.dump()
        );
    }
}
