//! Survey 68b: Chinese, Japanese and Korean project documents written with
//! coding agents (k-shibuki/lyra, kaneko-ai/jarvis-ml-pipeline,
//! shintairiku/evaluation-system, WQ09CE/wukong,
//! Johnssonslotion/stock_monitoring). A Kiro spec's `tasks.md` titled
//! `# 実装計画` (Implementation Plan) ticks the tasks it finished and notes
//! the files they created, in the tree of their day. The false pattern
//! beside its true twins; exact findings, the real binary, real git
//! repositories.

mod common;

use common::{Repo, Tuple, t};

/// The finding of a twin: the ticked task's mention of the moved hook.
fn reported() -> Vec<Tuple> {
    vec![t(
        "path/renamed",
        ".kiro/specs/goal-review/tasks.md",
        6,
        5,
        "web/hooks/useNames.ts",
    )]
}

/// A spec's task list under `title`, its ticked task noting in a nested
/// quote the file it created (`> `…` を作成。✅ 完了`), committed before the
/// file was moved; with `edited`, the list is edited again after the move.
fn kiro_tasks(title: &str, edited: bool) -> Repo {
    let repo = Repo::new();
    repo.write("web/hooks/useNames.ts", "export {}\n")
        .commit_all();
    let tasks = format!(
        "# {title}\n\n## 機能1: 目標承認\n\n\
         - [x] **4.1. useNames カスタムフック実装**\n\
         \x20 > `web/hooks/useNames.ts` を作成。✅ 完了\n\
         \x20 >\n\
         \x20 > **関連要件:** 要件2\n"
    );
    repo.write(".kiro/specs/goal-review/tasks.md", &tasks)
        .commit_all();
    repo.git(&["mv", "web/hooks", "web/shared"]);
    repo.commit();
    if edited {
        repo.write(
            ".kiro/specs/goal-review/tasks.md",
            format!("{tasks}\n- [ ] **4.2. レビュー**\n"),
        )
        .commit_all();
    }
    repo
}

/// shintairiku/evaluation-system's `.kiro/specs/goal-review-ui/tasks.md`,
/// `# 実装計画: Goal Review UI`: three ticked tasks name the hooks and
/// components they created, moved to shared folders three weeks after the
/// plan was last committed (3 findings judged false). Kiro's English
/// template titles the same file `# Implementation Plan`, and Chinese and
/// Korean plans `实施计划`, `구현 계획`.
#[test]
fn a_ticked_task_of_a_plan_titled_implementation_plan_records_its_files() {
    for title in [
        "実装計画: Goal Review UI",
        "Implementation Plan",
        "实施计划：目标审批",
        "구현 계획",
    ] {
        let run = kiro_tasks(title, false).check(&["--select", "path/"]);
        assert_eq!(run.findings(), vec![], "{title}\n{}", run.dump());
    }
}

/// Twin: the same task list under another title (`# タスク一覧`, a task
/// list; `# Launch checklist`) is the tracker's current word on its files,
/// and the mention is reported.
#[test]
fn a_ticked_task_of_a_list_titled_otherwise_is_reported() {
    for title in ["タスク一覧", "Launch checklist"] {
        let run = kiro_tasks(title, false).check(&["--select", "path/"]);
        assert_eq!(run.findings(), reported(), "{title}\n{}", run.dump());
    }
}

/// Twin: a plan titled `# 実装計画` but edited after the move could have
/// followed it: reported.
#[test]
fn a_plan_titled_implementation_plan_edited_after_the_move_is_reported() {
    let run = kiro_tasks("実装計画: Goal Review UI", true).check(&["--select", "path/"]);
    assert_eq!(run.findings(), reported(), "\n{}", run.dump());
}
