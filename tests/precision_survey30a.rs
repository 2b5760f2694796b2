//! Patterns of survey 30a (0riva/oriva-platform,
//! wahidyankf/open-sharia-enterprise, panaversity/agentfactory,
//! openann19/pets2, Krosebrook/Flashfusionwebsite): a finished plan filed in
//! a work tracker's `plans/done/` folder (P3), a ticked spec-kit task naming
//! a file a later refactor moved (P2), and spec-kit slash commands in an
//! evidence cell (P10). Each false pattern beside its true twin, exact
//! findings, the real binary in real git repositories.

mod common;

use common::{Repo, t};

/// A tracker's board: `plans/backlog/`, `plans/in-progress/` and
/// `plans/done/`, one folder per plan.
fn board(repo: &Repo) {
    repo.write("plans/backlog/README.md", "# Backlog\n")
        .write("plans/in-progress/README.md", "# In progress\n");
}

/// ose's `plans/done/`: 98 finished plans whose delivery checklists mention
/// paths a later refactor renamed (470 `path/renamed` findings, all judged
/// false). A plan moves there once its work is done, and the move into the
/// folder touches it after the rename, so the date of its last commit says
/// nothing. The twins: the same ticked item in a plan still in progress,
/// edited after the move (reported), the folder's own README (its
/// maintained index: reported), and a `done/` folder with no folder of open
/// work beside it (reported).
#[test]
fn a_finished_plans_mentions_of_moved_paths_are_history() {
    let repo = Repo::new();
    board(&repo);
    repo.write("libs/ts-ui/button.tsx", "export const Button = 1;\n")
        .write("releases/done/notes.md", "# Notes\n")
        .commit_all();
    repo.git(&["mv", "libs/ts-ui", "libs/web-ui"]);
    repo.commit();
    let item = |title: &str| format!("# {title}\n\n- [x] Add `libs/ts-ui/button.tsx`\n");
    repo.write("plans/done/2026-04-22__ui/delivery.md", item("UI"))
        .write("plans/in-progress/2026-05-01__ux/delivery.md", item("UX"))
        .write("plans/done/README.md", item("Done"))
        .write("releases/done/notes.md", item("Notes"))
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "path/renamed",
                "plans/done/README.md",
                3,
                11,
                "libs/ts-ui/button.tsx"
            ),
            t(
                "path/renamed",
                "plans/in-progress/2026-05-01__ux/delivery.md",
                3,
                11,
                "libs/ts-ui/button.tsx"
            ),
            t(
                "path/renamed",
                "releases/done/notes.md",
                3,
                11,
                "libs/ts-ui/button.tsx"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// The finished plan's notes cite code as it stood while the work went on
/// (`citation/shifted` and `citation/stale` in ose's `plans/done/*/tech-docs.md`),
/// its ticked steps keep unticked sub-steps nobody ticks any more
/// (`task/checked-parent-open-child`, 14 findings), and its own table of
/// contents drifted (`link/missing-anchor`): all judged false. The twins,
/// in a plan still in progress, are reported; so is the finished plan's
/// link into another document's missing section (navigation).
#[test]
fn a_finished_plan_is_a_closed_record() {
    let repo = Repo::new();
    board(&repo);
    let code = "package cmd\n\nfunc Validate() error {\n\treturn nil\n}\n";
    repo.write("apps/cli/validate.go", code).commit_all();
    let notes = |title: &str| {
        format!(
            "# {title}\n\n\
                 - [Workstreams](#w3-composite-actions)\n\
                 - [Guide](../../../docs/guide.md#no-such-part)\n\n\
                 ## Validation\n\n\
                 Validation returns nil.【F:apps/cli/validate.go†L3-L5】\n\n\
                 - [x] Update the validator\n  - [ ] Verify in CI\n"
        )
    };
    repo.write("docs/guide.md", "# Guide\n\n## Setup\n")
        .write("plans/done/2026-04-26__cli/tech-docs.md", notes("Done"))
        .write(
            "plans/in-progress/2026-05-02__cli/tech-docs.md",
            notes("Now"),
        )
        .commit_all();
    repo.write(
        "apps/cli/validate.go",
        format!("// Package cmd.\n// Validation commands.\n{code}"),
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "plans/done/2026-04-26__cli/tech-docs.md",
                4,
                3,
                "docs/guide.md#no-such-part"
            ),
            t(
                "link/missing-anchor",
                "plans/in-progress/2026-05-02__cli/tech-docs.md",
                3,
                3,
                "plans/in-progress/2026-05-02__cli/tech-docs.md#w3-composite-actions"
            ),
            t(
                "link/missing-anchor",
                "plans/in-progress/2026-05-02__cli/tech-docs.md",
                4,
                3,
                "docs/guide.md#no-such-part"
            ),
            t(
                "citation/shifted",
                "plans/in-progress/2026-05-02__cli/tech-docs.md",
                8,
                24,
                "apps/cli/validate.go"
            ),
            t(
                "task/checked-parent-open-child",
                "plans/in-progress/2026-05-02__cli/tech-docs.md",
                10,
                1,
                ""
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Spec-kit's `tasks.md`: `- [x] T004 Create lesson file `…/01-intro.md``.
/// A later refactor renumbered the lessons (agentfactory) or moved the
/// handlers (oriva): 40 such findings judged false, each in a list last
/// committed before the move. The twins: the same ticked task in a list
/// edited after the move (which could have followed it), and a ticked line
/// of a readiness checklist without a task id (its current word on where
/// the evidence is), are reported.
#[test]
fn a_ticked_task_records_the_file_it_made_where_it_made_it() {
    let repo = Repo::new();
    repo.write("docs/51-helm/01-templating.md", "# Templating\n")
        .commit_all();
    let tasks = "# Tasks\n\n- [x] T004 Create lesson file `docs/51-helm/01-templating.md`\n";
    repo.write("specs/014-helm/tasks.md", tasks)
        .write("specs/015-helm/tasks.md", tasks)
        .write(
            "docs/READINESS.md",
            "# Readiness\n\n- [x] Lesson drafted in `docs/51-helm/01-templating.md`\n",
        )
        .commit_all();
    repo.git(&[
        "mv",
        "docs/51-helm/01-templating.md",
        "docs/51-helm/02-templating.md",
    ]);
    repo.commit();
    repo.write(
        "specs/015-helm/tasks.md",
        format!("{tasks}- [ ] T005 Review the lesson\n"),
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "path/renamed",
                "docs/READINESS.md",
                3,
                25,
                "docs/51-helm/01-templating.md"
            ),
            t(
                "path/renamed",
                "specs/015-helm/tasks.md",
                3,
                31,
                "docs/51-helm/01-templating.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// agentfactory's requirement mapping: `/sp.specify` → `/sp.plan` in an
/// Evidence cell names spec-kit's slash commands, not files at the root (4
/// findings judged false). The twin: a rooted file with a file's extension
/// that is not there is reported.
#[test]
fn slash_commands_in_an_evidence_cell_are_not_paths() {
    let repo = Repo::new();
    repo.write(
        "specs/036/plan.md",
        "# Plan\n\n\
         | Requirement | Lesson | Evidence |\n\
         | --- | --- | --- |\n\
         | FR-004: workflow demo | L1-9 | `/sp.specify` → `/sp.plan` → `/speckit.tasks` |\n\
         | FR-005: spec | L2 | `/docs/lesson-2.md` |\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "evidence/missing-path",
            "specs/036/plan.md",
            6,
            23,
            "docs/lesson-2.md"
        )],
        "\n{}",
        run.dump()
    );
}
