//! Survey 70b: architecture decision records, design docs and milestone
//! plans written with coding agents that cite code by line (`docs/adr/`,
//! `docs/decisions/`, `【F:`, `path.py:120`). False patterns found there,
//! each beside its true twin; exact findings, the real binary, real git
//! repositories.

mod common;

use common::{Repo, t};

// --- a template named with a leading `_` (kyellsen/silvasonic's
// `services/_template_readme.md`, copied to `services/NAME/README.md`,
// links `../../docs/adr/…` for the copy: 2 findings judged false) ---

/// A `services/` folder with one service and the document `name` linking
/// the ADR as a service's README does.
fn services_readme(name: &str) -> Repo {
    let repo = Repo::new();
    repo.write("docs/adr/0023-config.md", "# ADR 0023\n")
        .write(
            "services/recorder/README.md",
            "# Recorder\n\nSee [ADR 0023](../../docs/adr/0023-config.md).\n",
        )
        .write(
            name,
            "# Service NAME\n\nSee [ADR 0023](../../docs/adr/0023-config.md).\n",
        )
        .commit_all();
    repo
}

#[test]
fn a_template_named_with_a_leading_underscore_links_for_its_copies() {
    let run = services_readme("services/_template_readme.md").check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: the same link in a document that is no template climbs out of
/// the repository and is reported.
#[test]
fn the_same_link_outside_a_template_is_reported() {
    let run = services_readme("services/readme_notes.md").check(&[]);
    assert_eq!(
        run.findings_of(&["path/outside-repo"]),
        vec![t(
            "path/outside-repo",
            "services/readme_notes.md",
            3,
            5,
            "../../docs/adr/0023-config.md"
        )],
        "\n{}",
        run.dump()
    );
}

// --- a ticked item citing task items ticked since (DaviSpeck/
// b4you-stripe-feature's stage checklist cites the phase's task list,
// `【F:docs/02-tasks-e-checklists.md†L120-L123】`, whose items were ticked
// and annotated as the stage closed: 4 findings judged false) ---

const TASKS_THEN: &str = "# Tasks\n\n- [ ] Retry without a new transaction.\n- [ ] Thank-you page confirms only on `approved`.\n- [ ] `refunded` and `dispute` are informative.\n";

/// A task list, a checklist citing two of its items on a line of its own
/// (`citing`), then the cited items rewritten as `tasks_now`.
fn ticked_later(citing: &str, tasks_now: &str) -> Repo {
    let repo = Repo::new();
    repo.write("docs/tasks.md", TASKS_THEN)
        .write("docs/stage.md", format!("# Stage 2\n\n{citing}\n"))
        .commit_all();
    repo.write("docs/tasks.md", tasks_now).commit_all();
    repo
}

const TICKED: &str = "# Tasks\n\n- [ ] Retry without a new transaction.\n- [x] Thank-you page confirms only on `approved`. **(stage 2)**\n- [x] `refunded` and `dispute` are informative. **(stage 2)**\n";

#[test]
fn a_ticked_item_citing_items_ticked_since_is_not_stale() {
    let run = ticked_later(
        "- [x] Thank-you confirms only on `approved`.【F:docs/tasks.md†L4-L5】",
        TICKED,
    )
    .check(&[]);
    assert_eq!(run.findings_of(&["citation/"]), vec![], "\n{}", run.dump());
}

/// The one finding of the twins: the citation on line 3 is stale.
#[track_caller]
fn assert_stale(run: &common::Run) {
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![t("citation/stale", "docs/stage.md", 3, 45, "docs/tasks.md")],
        "\n{}",
        run.dump()
    );
}

/// Twin: an open item citing the same lines is stale (the tick may be the
/// news it waits for).
#[test]
fn an_open_item_citing_items_ticked_since_is_stale() {
    let run = ticked_later(
        "- [ ] Thank-you confirms only on `approved`.【F:docs/tasks.md†L4-L5】",
        TICKED,
    )
    .check(&[]);
    assert_stale(&run);
}

/// Twin: a cited item whose text was edited as it was ticked is stale.
#[test]
fn a_ticked_item_citing_an_item_reworded_is_stale() {
    let run = ticked_later(
        "- [x] Thank-you confirms only on `approved`.【F:docs/tasks.md†L4-L5】",
        "# Tasks\n\n- [ ] Retry without a new transaction.\n- [x] Thank-you page confirms on `approved` or `pending`.\n- [x] `refunded` and `dispute` are informative. **(stage 2)**\n",
    )
    .check(&[]);
    assert_stale(&run);
}
