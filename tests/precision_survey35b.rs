//! Patterns of survey 35b (cagojeiger/code-hub,
//! RandomGenericUsername/color-scheme-generator, figelwump/fin-agent,
//! xarlord/devflow-enforcer, 4beshinji/SOMS: application repositories whose
//! docs are written with coding agents): a coding agent's implementation
//! plan ticks the tasks it finished and notes the files it made, in the
//! tree of its day (P1). The false pattern beside its true twins, exact
//! findings, the real binary in real git repositories.

mod common;

use common::{Repo, t};

/// fin-agent's `plans/plan_fin_agent_122924.md`: `- [x] 5.1: Set up React
/// project structure ✅` over `  - **Files:** `client/index.html`, …`, and
/// `plans/plan_ui_bulk_import_button_100325.md`'s `- [x] Update
/// `client/components/ChatInterface.tsx` top row …`; a later commit renamed
/// `client/` to `web_client/` (24 mentions in 7 plans judged false, each
/// plan last committed before the move). Twins: a plan edited after the
/// move, a ticked line of a readiness checklist and of a `launch-plan.md`
/// (a `docs/plan.md` is survey 2's twin), and a link in the ticked task,
/// are reported.
#[test]
fn a_ticked_task_of_an_implementation_plan_records_the_files_it_made() {
    let repo = Repo::new();
    repo.write("client/index.html", "<html></html>\n")
        .write("client/App.tsx", "export {}\n")
        .commit_all();
    let plan = "# Plan\n\n## Phase 5\n\n\
                - [x] 5.1: Set up React project structure\n\
                \x20 - **Files:** `client/index.html`\n\
                \x20 - Extras:\n\
                \x20   - `client/App.tsx` - the root component\n\
                - [x] Update `client/App.tsx` top row\n\
                - [x] See [the app](../client/App.tsx)\n";
    repo.write("plans/plan_web_122924.md", plan)
        .write(
            "docs/IMPLEMENTATION_PLAN.md",
            "# Plan\n\n- [x] Add `client/App.tsx`\n",
        )
        .write("plans/edited.md", "# Plan\n\n- [x] Add `client/App.tsx`\n")
        .write(
            "docs/READINESS.md",
            "# Readiness\n\n- [x] App shell in `client/App.tsx`\n",
        )
        .write(
            "docs/launch-plan.md",
            "# Launch plan\n\n- [x] App shell in `client/App.tsx`\n",
        )
        .commit_all();
    repo.git(&["mv", "client", "web_client"]);
    repo.commit();
    repo.write(
        "plans/edited.md",
        "# Plan\n\n- [x] Add `client/App.tsx`\n- [ ] Review\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "path/"]);
    assert_eq!(
        run.findings(),
        vec![
            t("path/renamed", "docs/READINESS.md", 3, 20, "client/App.tsx"),
            t(
                "path/renamed",
                "docs/launch-plan.md",
                3,
                20,
                "client/App.tsx"
            ),
            t("path/renamed", "plans/edited.md", 3, 11, "client/App.tsx"),
            t(
                "path/renamed",
                "plans/plan_web_122924.md",
                10,
                11,
                "client/App.tsx"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
