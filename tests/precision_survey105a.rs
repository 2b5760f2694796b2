//! Survey s105a: get-shit-done (GSD) planning folders, agent-written phase
//! research, plans and verification reports (`.planning/phases/NN-name/`,
//! `NN-VERIFICATION.md` with `Observable Truths` tables): ahmetb/kubectl-fields,
//! aihxp/scriven, aibaza/1on1. False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- A GSD phase's research cites the code its own work then changed, and
// the verifier closed the phase (`status: passed`): aibaza/1on1's
// `.planning/phases/23-low-priority-polish/23-RESEARCH.md`, 4 stale findings
// judged false ---

/// A GSD phase folder `folder` whose research cites line 3 of a message
/// file, with a verification report whose front matter says `status`
/// (none: no report yet); line 3 is then rewritten by the phase's work.
fn gsd_phase(folder: &str, status: Option<&str>) -> Repo {
    let repo = Repo::new();
    repo.write(
        "messages/en.json",
        "{\n  \"a\": 1,\n  \"placeholder\": \"Acme Inc\"\n}\n",
    )
    .write(
        ".planning/ROADMAP.md",
        "# Roadmap\n\n- [x] Phase 23: Polish\n",
    )
    .write(
        &format!("{folder}/23-RESEARCH.md"),
        "# Phase 23: Polish - Research\n\n**Researched:** 2026-03-20\n\n\
             | ID | Support |\n| --- | --- |\n\
             | POL-01 | key `placeholder` in `messages/en.json:3`: change to Acme Corp |\n",
    );
    if let Some(status) = status {
        repo.write(
            &format!("{folder}/23-VERIFICATION.md"),
            format!(
                "---\nphase: 23-polish\nstatus: {status}\nscore: 8/8\n---\n\n\
                 # Phase 23: Polish Verification Report\n"
            ),
        );
    }
    repo.commit_on("2026-03-20");
    repo.write(
        "messages/en.json",
        "{\n  \"a\": 1,\n  \"placeholder\": \"Acme Corp\"\n}\n",
    )
    .commit_on("2026-03-21");
    repo
}

#[test]
fn a_verified_gsd_phase_keeps_the_numbers_of_its_research() {
    for folder in [
        ".planning/phases/23-polish",
        ".planning/milestones/v1.6-phases/23-polish",
    ] {
        for status in ["passed", "\"passed\"", "PASSED"] {
            let run = gsd_phase(folder, Some(status)).check(&[]);
            assert_eq!(
                run.findings_of(&["citation/shifted", "citation/stale"]),
                vec![],
                "{folder} {status}\n{}",
                run.dump()
            );
        }
    }
}

/// Twin: a phase whose verifier found gaps or wants a human, a phase not
/// verified yet, and a folder that is no GSD phase's are judged.
#[test]
fn a_gsd_phase_not_verified_passed_is_judged() {
    let cases = [
        (".planning/phases/23-polish", Some("gaps_found")),
        (".planning/phases/23-polish", Some("human_needed")),
        (".planning/phases/23-polish", None),
        (".planning/research/23-polish", Some("passed")),
    ];
    for (folder, status) in cases {
        let run = gsd_phase(folder, status).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/shifted", "citation/stale"]),
            vec![t(
                "citation/stale",
                &format!("{folder}/23-RESEARCH.md"),
                7,
                33,
                "messages/en.json"
            )],
            "{folder} {status:?}\n{}",
            run.dump()
        );
    }
}

// --- link/missing-path: an app's own help pages name their screenshots by
// bare file name, served from the app's `public/` folder (aibaza/1on1's
// `src/content/help/en/**.md`, 48 findings, the 30 sampled judged false) ---

/// A Next.js app whose help pages live below `src/content/help/` and whose
/// screenshots live below `public/help/screenshots/<locale>/<theme>/`, and
/// the same page copied to `docs/` (GitHub renders it there).
fn app_help_pages() -> Repo {
    let repo = Repo::new();
    let page = "# Teams\n\n![Teams list](teams-list.jpg)\n\n![Gone](gone.png)\n\n![Nested](shots/teams-list.jpg)\n";
    repo.write("package.json", "{}\n")
        .write("public/help/screenshots/en/light/teams-list.jpg", "jpg")
        .write("public/help/screenshots/en/dark/teams-list.jpg", "jpg")
        .write("src/content/help/en/teams/overview.md", page)
        .write("docs/teams.md", page)
        .commit_all();
    repo
}

#[test]
fn an_app_help_page_names_the_screenshots_its_public_folder_serves() {
    let run = app_help_pages().check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            // The same page outside the app's source tree is read as GitHub
            // reads it.
            t(
                "link/missing-path",
                "docs/teams.md",
                3,
                1,
                "docs/teams-list.jpg"
            ),
            t("link/missing-path", "docs/teams.md", 5, 1, "docs/gone.png"),
            t(
                "link/missing-path",
                "docs/teams.md",
                7,
                1,
                "docs/shots/teams-list.jpg"
            ),
            // A name no file of `public/` has, and a name with a folder, are
            // judged in the app's page too.
            t(
                "link/missing-path",
                "src/content/help/en/teams/overview.md",
                5,
                1,
                "src/content/help/en/teams/gone.png"
            ),
            t(
                "link/missing-path",
                "src/content/help/en/teams/overview.md",
                7,
                1,
                "src/content/help/en/teams/shots/teams-list.jpg"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
