//! Survey s125b: roadmaps, TODO lists and release trackers with nested task
//! lists (fall4knight/yanhu-game-sessions, CWBudde/algo-piano,
//! Robertpaschal/rootmail). The false patterns found there beside their
//! true twins; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

const RULE: &str = "task/checked-parent-open-child";

/// A milestone checklist whose ticked task has its work sub-items ticked
/// and `last` as its final, open sub-item.
fn plan(last: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docs/PROJECT_PLAN.md",
        format!(
            "# Project Plan\n\n### Milestone 2: Frame Extraction\n\n**Checklist**:\n\
             - [x] Implement `extractor.py`\n  \
             - [x] Function `extract_frames(manifest, session_dir)`\n  \
             - [x] JPEG output via ffmpeg subprocess\n  \
             - [ ] {last}\n\
             - [x] Add CLI command `yanhu extract`\n"
        ),
    )
    .commit_all();
    repo
}

// --- task/checked-parent-open-child: an open sub-item labelled a stretch
// goal or a follow-up under a ticked task (yanhu-game-sessions'
// `- [ ] (Stretch) Scene-change detection` under `- [x] Implement
// extractor.py`: 1 finding judged false) ---

#[test]
fn an_open_stretch_or_follow_up_sub_item_under_a_ticked_task_is_silent() {
    for last in [
        "(Stretch) Scene-change detection using frame diff threshold",
        "(STRETCH) Verify all three patch types work",
        "Stretch goal: scene-change detection",
        "Follow-up: add a CI grep guard so dead links can't regress.",
        "**Follow-up:** drop the unused shapefile columns",
        "Scene-change detection (stretch)",
        "Remember last used track (follow-up)",
    ] {
        let run = plan(last).check(&["--select", RULE]);
        assert_eq!(run.findings_of(&[RULE]), vec![], "{last}\n{}", run.dump());
    }
}

/// Twin: open work of the ticked task, including a task to follow up with
/// someone and one that merely mentions stretching, is still reported.
#[test]
fn open_work_of_a_ticked_task_is_reported() {
    for last in [
        "Scene-change detection using frame diff threshold",
        "Follow up with QA on the extraction results",
        "Stretch frames to the output aspect ratio",
    ] {
        let run = plan(last).check(&["--select", RULE]);
        assert_eq!(
            run.findings_of(&[RULE]),
            vec![t(RULE, "docs/PROJECT_PLAN.md", 6, 1, "")],
            "{last}\n{}",
            run.dump()
        );
    }
}
