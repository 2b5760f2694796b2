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

// --- citation/shifted: a cited line that only closes an element of markup
// (rootmail's `CLAUDE.md` citing `subtenancy.tsx:31`, `</h2>` when the
// citation was written, found again eight lines below: 1 finding judged
// false) ---

/// A component whose line 3 is `line3`, cited by `CLAUDE.md`; then four
/// lines are inserted above it, and the citation is left as it was.
fn moved_component(line3: &str) -> Repo {
    let repo = Repo::new();
    let component = |extra: &str| {
        format!(
            "export function Tenancy() {{\n  return (<h2 className=\"t\">\n{line3}\n  );\n}}\n{extra}"
        )
    };
    repo.write("src/tenancy.tsx", component(""))
        .write(
            "CLAUDE.md",
            "# Notes\n\n> `src/tenancy.tsx:3` promises tenant delivery.\n",
        )
        .commit_all();
    repo.write(
        "src/tenancy.tsx",
        format!("// a\n// b\n// c\n// d\n{}", component("")),
    )
    .commit_all();
    repo
}

#[test]
fn a_cited_line_that_only_closes_a_tag_does_not_shift() {
    for line3 in ["    </h2>", "  </Card.Body>);"] {
        let run = moved_component(line3).check(&["--select", "citation/shifted"]);
        assert_eq!(
            run.findings_of(&["citation/shifted"]),
            vec![],
            "{line3}\n{}",
            run.dump()
        );
    }
}

/// Twin: a cited line with text beside its closing tag is followed.
#[test]
fn a_cited_line_with_text_in_its_tag_shifts() {
    let run = moved_component("    Tenant delivery</h2>").check(&["--select", "citation/shifted"]);
    assert_eq!(
        run.findings_of(&["citation/shifted"]),
        vec![t("citation/shifted", "CLAUDE.md", 3, 3, "src/tenancy.tsx")],
        "{}",
        run.dump()
    );
}
