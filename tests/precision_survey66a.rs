//! Survey 66a: release and launch checklists kept in ordinary open-source
//! repositories (`RELEASE_CHECKLIST.md`, go-live checklists, docs folders
//! with runbooks: notation-azure-kv, pm-skills-mcp, ClawGate, secrets,
//! plasma-engine-org, runbook-launch, useful-checklists). False patterns
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

mod common;

use common::{Repo, Tuple, t};

// --- a workflow's folder of open tasks, emptied into its archive
// (allisson/secrets' Conductor index links `[Tracks Directory](./tracks/)`;
// its last open track moved to `conductor/archive/`, and `path/renamed`
// called the folder retired into that one track) ---

/// A Conductor-like layout: three tracks already archived, and the last
/// open one, `open`, moved from `tracks/` into the archive as
/// `archive/<to>/`. The index links `link`.
fn conductor(link: &str, from: &str, to: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "conductor/index.md",
        format!("# Project Context\n\n## Management\n- [Tracks Registry](./tracks.md)\n- [Tracks Directory]({link})\n"),
    )
    .write("conductor/tracks.md", "# Tracks\n\nNone open.\n");
    for (i, name) in ["auth_20260301", "audit_20260302", "batch_20260303"]
        .iter()
        .enumerate()
    {
        repo.write(
            &format!("conductor/archive/{name}/plan.md"),
            format!("# Plan {i}\n\n- [x] Task {i} of track {name}\n"),
        );
    }
    repo.write(
        &format!("conductor/{from}/plan.md"),
        "# Plan\n\n- [x] Rotate the client secret\n- [x] Revoke the tokens\n",
    )
    .write(
        &format!("conductor/{from}/spec.md"),
        "# Spec\n\nRotate a client's secret and revoke its tokens.\n",
    )
    .commit_all();
    let dest = format!("conductor/{to}");
    let parent = dest.rsplit_once('/').map_or("", |(d, _)| d);
    std::fs::create_dir_all(repo.path().join(parent)).expect("create folder");
    repo.git(&["mv", &format!("conductor/{from}"), &dest]);
    // A clone has no empty folder: the one `git mv` leaves goes too.
    if let Some((left, _)) = from.rsplit_once('/') {
        let _ = std::fs::remove_dir(repo.path().join("conductor").join(left));
    }
    repo.commit();
    repo
}

#[test]
fn a_task_folder_emptied_into_its_archive_is_not_retired() {
    let repo = conductor(
        "./tracks/",
        "tracks/rotate_20260306",
        "archive/rotate_20260306",
    );
    let run = repo.check(&[]);
    assert_eq!(run.findings(), Vec::<Tuple>::new(), "\n{}", run.dump());
}

/// Twin: a folder archived whole under its own name was retired, and its
/// link is reported.
#[test]
fn a_folder_archived_whole_under_its_name_is_still_reported() {
    let repo = conductor("./feature-x/", "feature-x", "archive/feature-x");
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "path/renamed",
            "conductor/index.md",
            5,
            3,
            "conductor/feature-x"
        )],
        "\n{}",
        run.dump()
    );
}
