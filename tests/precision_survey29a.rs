//! Patterns of survey 29a (cliztech/robo, bbabel1/property-manager,
//! hanax-ai/hx-citadel-ansible, Kandil7/lms_backend,
//! hacker05090204-ops/YGB): the BMAD installer's backups of its own method
//! files (P1), the seed row of an empty tracker (P3), and a report whose
//! title names it before a dash (P6). Each
//! false pattern beside its true twin, exact findings, the real binary in
//! real git repositories.

mod common;

use common::{Repo, t};

const EXAMPLE_LINK: &str = "# Step 7: docs\n\nSee [getting started](docs/getting-started.md).\n";

/// robo's `_bmad-custom-backup-temp/` and `_bmad-modified-backup-temp/`:
/// BMAD's installer copies the method's custom and modified files there
/// while it updates `_bmad/`, and the copies were committed. They are the
/// method's workflow steps and templates, whose example links name files of
/// the project the method will generate (`docs/getting-started.md`): 26
/// findings judged false (links, anchors, nested fences). The twin: the same
/// link in what the method wrote for this repository (`_bmad-output/`), and
/// in a folder that only starts like the backups, is reported.
#[test]
fn the_bmad_installers_backups_are_not_checked() {
    let repo = Repo::new();
    repo.write(
        "_bmad-custom-backup-temp/bmb/workflows/module/steps-c/step-07-docs.md",
        EXAMPLE_LINK,
    )
    .write(
        "_bmad-modified-backup-temp/bmm/workflows/document-project/instructions.md",
        EXAMPLE_LINK,
    )
    .write(".bmad-custom-backup-temp/bmb/README.md", EXAMPLE_LINK)
    .write("_bmad-output/planning-artifacts/epics.md", EXAMPLE_LINK)
    .write("_bmad-custom-notes/plan.md", EXAMPLE_LINK)
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "_bmad-custom-notes/plan.md",
                3,
                5,
                "_bmad-custom-notes/docs/getting-started.md"
            ),
            t(
                "link/missing-path",
                "_bmad-output/planning-artifacts/epics.md",
                3,
                5,
                "_bmad-output/planning-artifacts/docs/getting-started.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
    assert_eq!(run.files_checked(), 2, "\n{}", run.dump());
}

/// A backup named on the command line is checked: the default list only
/// decides what a bare `checkmark check` reads.
#[test]
fn a_bmad_backup_named_explicitly_is_checked() {
    let repo = Repo::new();
    repo.write("_bmad-custom-backup-temp/bmb/step.md", EXAMPLE_LINK)
        .commit_all();
    let run = repo.check(&["_bmad-custom-backup-temp/bmb/step.md"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "_bmad-custom-backup-temp/bmb/step.md",
            3,
            5,
            "_bmad-custom-backup-temp/bmb/docs/getting-started.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// property-manager's `docs/ui-audit-phase-1.md`, `# UI Audit — Phase 1
/// Token & Global Style Rationalization`: the report of one phase of UI
/// work, citing the stylesheet as it stood then (`src/app/globals.css:90-150`,
/// `:321-342` of a 379-line file since cut to 252 lines). The title names
/// the report before the dash, and the rest says what it covers: 8 findings
/// (stale, shifted, line-range) judged false in three such phase audits.
/// The twin: the same document titled without the report's name is a
/// living note, and both citations are reported.
#[test]
fn a_report_named_before_the_dash_of_its_title_cites_its_day() {
    let css: String = (1..=40)
        .map(|i| format!(".c{i} {{ color: red; }}\n"))
        .collect();
    let body = "\nPhase 1 reconciled the tokens.\n\n\
                - Filled the missing tokens in `src/app.css:10-12`.\n\
                - Focus rings live in `src/app.css:30-34`.\n";
    let repo = Repo::new();
    repo.write("src/app.css", &css).commit_all();
    repo.write(
        "docs/ui-audit-phase-1.md",
        format!("# UI Audit — Phase 1 Token Rationalization\n{body}"),
    )
    .write(
        "docs/ui-tokens-phase-1.md",
        format!("# UI Tokens — Phase 1 Rationalization\n{body}"),
    )
    .commit_all();
    let cut: String = (1..=20)
        .map(|i| {
            format!(
                ".c{i} {{ color: {}; }}\n",
                if i < 10 { "red" } else { "blue" }
            )
        })
        .collect();
    repo.write("src/app.css", &cut).commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/stale",
                "docs/ui-tokens-phase-1.md",
                5,
                32,
                "src/app.css"
            ),
            t(
                "citation/line-range",
                "docs/ui-tokens-phase-1.md",
                6,
                23,
                "src/app.css"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// robo's `docs/exec-plans/tech-debt-tracker.md`: an empty tracker seeded
/// with one row of placeholders, `| TBD | TBD | TBD | TBD | TBD | Open | TBD |`,
/// its ID among them. The row names no item, so no item lacks an owner
/// (judged false). The twin: a row with an ID of its own whose owner is
/// `TBD` is a real item without an owner, and is reported.
#[test]
fn the_seed_row_of_an_empty_tracker_is_a_slot() {
    let table = |row: &str| {
        format!(
            "# Tech Debt Tracker\n\nTrack debt items with owner, impact, and remediation plan.\n\n\
             | ID | Area | Debt | Impact | Owner | Status | Target |\n\
             | -- | ---- | ---- | ------ | ----- | ------ | ------ |\n\
             {row}\n"
        )
    };
    let repo = Repo::new();
    repo.write(
        "docs/exec-plans/tech-debt-tracker.md",
        table("| TBD | TBD | TBD | TBD | TBD | Open | TBD |"),
    )
    .write(
        "docs/api/tech-debt-tracker.md",
        table("| TD-001 | Auth | Tokens never expire | High | TBD | Open | TBD |"),
    )
    .commit_all();
    let run = repo.check(&["--select", "table/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "table/placeholder",
            "docs/api/tech-debt-tracker.md",
            7,
            48,
            ""
        )],
        "\n{}",
        run.dump()
    );
}

/// The limit of the previous pattern: a title that names an audit before its
/// dash over a task list (`# Translation Audit – Labels` with its boxes
/// ticked) is a page a team keeps ticking as work comes in (survey 2), and
/// its stale citation is reported.
#[test]
fn a_report_title_over_a_task_list_is_still_judged() {
    let css: String = (1..=20)
        .map(|i| format!(".c{i} {{ color: red; }}\n"))
        .collect();
    let repo = Repo::new();
    repo.write("src/app.css", &css).commit_all();
    repo.write(
        "docs/translations.md",
        "# Translation Audit – Labels\n\n- [x] Localise the labels in `src/app.css:10-12`\n",
    )
    .commit_all();
    let changed: String = (1..=20)
        .map(|i| {
            format!(
                ".c{i} {{ color: {}; }}\n",
                if i < 10 { "red" } else { "blue" }
            )
        })
        .collect();
    repo.write("src/app.css", &changed).commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/stale",
            "docs/translations.md",
            3,
            30,
            "src/app.css"
        )],
        "\n{}",
        run.dump()
    );
}
