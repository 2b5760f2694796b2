//! Survey 68a: readiness trackers written by coding agents in app and
//! startup repositories (emoji status tables, `Production Readiness`,
//! `MVP Checklist`, unblock checklists with evidence paths). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- an agent's container names the checkout `/app` (Emergent's agents
// write `/app/ops/X.md` for the repository's `ops/X.md`: survey 68a,
// huseyinwural-lab/ilan_sitesi_1's unblock checklist, 15 findings judged
// false) ---

/// An unblock checklist whose evidence column names `evidence`, as the
/// agent's container sees the repository.
fn container_checklist(evidence: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Listings\n")
        .write("ops/SEED_EVIDENCE.md", "# Seed evidence\n\nSeeded.\n")
        .write("backend/server.py", "print('ok')\n")
        .write(
            "ops/UNBLOCK_CHECKLIST.md",
            format!(
                "# Unblock checklist\n\n\
                 | # | Step | Status | Evidence Path |\n\
                 |---|------|--------|---------------|\n\
                 | 1 | Seed data | ✅ Done | `{evidence}` |\n\
                 | 2 | Server up | ✅ Done | `/app/backend/server.py` |\n"
            ),
        )
        .commit_all();
    repo
}

#[test]
fn an_agent_containers_app_path_names_the_repositorys_file() {
    let run = container_checklist("/app/ops/SEED_EVIDENCE.md").check(&[]);
    assert_eq!(
        run.findings_of(&["evidence/", "mention/", "path/"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same path whose rest is no file of the repository is
/// missing evidence, and is reported.
#[test]
fn an_agent_containers_path_to_no_file_is_judged() {
    let run = container_checklist("/app/ops/GONE_EVIDENCE.md").check(&[]);
    assert_eq!(
        run.findings_of(&["evidence/", "mention/", "path/"]),
        vec![t(
            "evidence/missing-path",
            "ops/UNBLOCK_CHECKLIST.md",
            5,
            28,
            "app/ops/GONE_EVIDENCE.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: a repository with an `app/` folder at its root reads `/app/…` as
/// that folder's path.
#[test]
fn an_app_folder_at_the_root_is_read_as_written() {
    let repo = container_checklist("/app/ops/SEED_EVIDENCE.md");
    repo.write("app/main.py", "print('app')\n").commit_all();
    let run = repo.check(&[]);
    let found: Vec<String> = run
        .findings_of(&["evidence/missing-path"])
        .into_iter()
        .map(|f| f.4)
        .collect();
    assert_eq!(
        found,
        vec!["app/ops/SEED_EVIDENCE.md", "app/backend/server.py"],
        "\n{}",
        run.dump()
    );
}
