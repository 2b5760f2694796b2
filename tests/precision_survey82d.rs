//! Survey 82d: data-science and research repositories with Markdown reports,
//! model cards and task READMEs (openai/gpt-2, sborquez/her2bdl,
//! mlfoundations/open_clip, EleutherAI/lm-evaluation-harness,
//! facebookresearch/detectron2). False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a contribution questionnaire copied into each task's README
// (lm-evaluation-harness's `lm_eval/tasks/*/README.md`: `* [x] Is the task
// an existing benchmark in the literature?` over open follow-up questions;
// 30 findings judged false) ---

/// The `task/checked-parent-open-child` findings of a task README whose
/// checklist holds `items`, on the lines given, checked exactly.
fn assert_open_children(items: &str, lines: &[u64]) {
    let repo = Repo::new();
    repo.write(
        "tasks/demo/README.md",
        format!("# Demo\n\n### Checklist\n\n{items}\n"),
    );
    repo.commit_all();
    let run = repo.check(&[]);
    let rule = "task/checked-parent-open-child";
    let expected: Vec<_> = lines
        .iter()
        .map(|&line| t(rule, "tasks/demo/README.md", line, 1, ""))
        .collect();
    assert_eq!(run.findings_of(&[rule]), expected, "\n{}", run.dump());
}

#[test]
fn follow_up_questions_under_a_question_answered_yes_are_silent() {
    assert_open_children(
        "* [x] Is the task an existing benchmark in the literature?\n  \
         * [x] Have you referenced the original paper that introduced the task?\n  \
         * [ ] If yes, does the original paper provide a reference implementation?",
        &[],
    );
}

#[test]
fn an_answer_not_given_under_a_question_answered_yes_is_silent() {
    assert_open_children(
        "* [x] Is the task an existing benchmark in the literature?\n  \
         * [x] If yes, does the original paper provide a reference implementation?\n    \
         * [ ] Yes, original implementation contributed by author of the benchmark",
        &[],
    );
}

/// Twin: the same open question under a parent that states, not asks, is
/// reported.
#[test]
fn an_open_question_under_a_stated_item_is_judged() {
    assert_open_children(
        "* [x] The task is an existing benchmark in the literature\n  \
         * [ ] Have you referenced the original paper that introduced the task?",
        &[5],
    );
}

/// Twin: an open task (not a question) under the question is reported, and
/// so is an open question under a parent asking whether work was done.
#[test]
fn an_open_task_under_a_question_or_a_question_of_work_done_is_judged() {
    assert_open_children(
        "* [x] Is the task an existing benchmark in the literature?\n  \
         * [ ] Reference the original paper that introduced the task\n\
         * [x] Have you added the task's configuration?\n  \
         * [ ] Have you added the few-shot split?",
        &[5, 7],
    );
}
