//! Survey s123c: spec-driven development kits and agent task trackers
//! (steven-d-pennington/symptom-tracker's BMAD stories, RockyBoyRC/SpaceWeirdos'
//! Kiro specs, Msufyanshah/Hackathon-II_phase-II's spec-kit specs). The false
//! pattern found there beside its true twins; exact findings, the real
//! binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

const RULE: &str = "task/checked-parent-open-child";
const STORY: &str = "docs/stories/3-5-intervention-effectiveness-analysis.md";

/// A BMAD story with `status` in its preamble whose `## Tasks / Subtasks`
/// list is `tasks`.
fn story(status: &str, tasks: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        STORY,
        format!(
            "# Story 3.5: Intervention Effectiveness Analysis\n\n{status}\n\n\
             ## Story\n\nAs a user, I want to see which interventions work.\n\n\
             ## Tasks / Subtasks\n\n{tasks}\n\
             ## Dev Agent Record\n\n### File List\n\n- `src/lib/hooks/useAnalytics.ts`\n"
        ),
    )
    .commit_all();
    repo
}

/// Two tasks ticked as a whole, none of their steps ticked (lines 11 and 16).
const WHOLE: &str = "- [x] Task 1: Extend useAnalytics hook for intervention data (AC: #3.5.5)\n  \
    - [ ] 1.1: Open `src/lib/hooks/useAnalytics.ts`\n  \
    - [ ] 1.2: Add interventionEffectiveness state\n  \
    - [ ] 1.3: Return interventionEffectiveness in the hook result\n\n\
    - [x] Task 2: Create InterventionEffectivenessCard component (AC: #3.5.2)\n  \
    - [ ] 2.1: Create `src/components/analytics/InterventionEffectivenessCard.tsx`\n  \
    - [ ] 2.2: Write component tests\n";

// --- task/checked-parent-open-child: a finished BMAD story whose dev ticked
// each task and never its steps (symptom-tracker's `docs/stories/`, `Status:
// done`: 15 sampled findings judged false) ---

#[test]
fn a_finished_story_with_tasks_ticked_as_a_whole_is_silent() {
    for status in ["Status: done", "**Status:** ✅ Complete", "Status: Done"] {
        let run = story(status, WHOLE).check(&["--select", RULE]);
        assert_eq!(run.findings_of(&[RULE]), vec![], "{status}\n{}", run.dump());
    }
}

#[test]
fn a_finished_story_by_its_front_matter_is_silent() {
    let repo = Repo::new();
    repo.write(
        STORY,
        format!("---\nstatus: done\n---\n\n# Story 3.5: Intervention Effectiveness Analysis\n\n## Tasks / Subtasks\n\n{WHOLE}"),
    )
    .commit_all();
    let run = repo.check(&["--select", RULE]);
    assert_eq!(run.findings_of(&[RULE]), vec![], "\n{}", run.dump());
}

/// Twin: the same tasks in a story whose status is not done (in review,
/// ready for development) are reported.
#[test]
fn the_same_tasks_in_a_story_not_done_are_reported() {
    for status in ["Status: review", "Status: Ready", "Status: in-progress"] {
        let run = story(status, WHOLE).check(&["--select", RULE]);
        assert_eq!(
            run.findings_of(&[RULE]),
            vec![t(RULE, STORY, 11, 1, ""), t(RULE, STORY, 16, 1, "")],
            "{status}\n{}",
            run.dump()
        );
    }
}

/// Twin: in a finished story, a task with some steps ticked and one open
/// overstates its progress, and is reported.
#[test]
fn a_finished_story_task_with_some_steps_ticked_and_one_open_is_reported() {
    let tasks = "- [x] Task 1: Testing and accessibility (AC: All)\n  \
        - [x] 1.1: Write unit tests for RegionDetailView\n  \
        - [ ] 1.2: Write integration tests for view mode switching\n  \
        - [x] 1.3: Add ARIA labels for region selection\n";
    let run = story("Status: done", tasks).check(&["--select", RULE]);
    assert_eq!(
        run.findings_of(&[RULE]),
        vec![t(RULE, STORY, 11, 1, "")],
        "\n{}",
        run.dump()
    );
}

/// Twin: in a finished story, a ticked task over a single open step (no
/// sign that its steps go untracked) is reported.
#[test]
fn a_finished_story_task_over_one_open_step_is_reported() {
    let tasks = "- [x] Task 1: Write integration tests (AC: #8.2.12)\n  \
        - [ ] 1.1: Run all tests and ensure 100% pass rate\n";
    let run = story("Status: done", tasks).check(&["--select", RULE]);
    assert_eq!(
        run.findings_of(&[RULE]),
        vec![t(RULE, STORY, 11, 1, "")],
        "\n{}",
        run.dump()
    );
}

// --- The agent rules BMAD's installer writes for Cline (`.clinerules/20-bmm-
// analyst.md`: an agent's definition in a ` ```yaml ` block, then a stray
// fence of the installer's template, and a link to `bmad/…` where the
// install is `.bmad/`; 18 `document/unclosed-fence` findings judged false) ---

const CLINE_RULE: &str = "# Business Analyst Agent\n\n## Role Definition\n\n```yaml\nname: analyst\n```\n\n```\n\n## Project Standards\n\n- Reference the complete agent definition in [bmad/bmm/agents/analyst.md](bmad/bmm/agents/analyst.md)\n";

fn cline(install: bool, name: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Symptom tracker\n")
        .write(&format!(".clinerules/{name}"), CLINE_RULE);
    if install {
        repo.write(
            ".bmad/_cfg/manifest.yaml",
            "installation:\n  version: 6.0.0-alpha.12\nides:\n  - cline\n",
        )
        .write(".bmad/bmm/agents/analyst.md", "# Analyst\n")
        .write(".bmad/core/tasks/workflow.xml", "<task/>\n");
    }
    repo.commit_all();
    repo
}

#[test]
fn the_cline_rules_a_bmad_install_wrote_are_not_checked() {
    for name in ["20-bmm-analyst.md", "110-task-core-workflow.md"] {
        let run = cline(true, name).check(&[]);
        assert_eq!(run.findings(), vec![], "{name}\n{}", run.dump());
    }
}

/// Twins: a rule of the repository's own beside the install, a rule named
/// for a module the install lacks, and the installer's file without an
/// install, are checked.
#[test]
fn other_cline_rules_are_checked() {
    for (install, name) in [
        (true, "project-style.md"),
        (true, "20-xyz-analyst.md"),
        (false, "20-bmm-analyst.md"),
    ] {
        let file = format!(".clinerules/{name}");
        let run = cline(install, name).check(&[]);
        assert_eq!(
            run.findings(),
            vec![t("document/unclosed-fence", &file, 9, 1, "")],
            "{name}\n{}",
            run.dump()
        );
    }
}
