//! Survey 72b: status and readiness documents written by coding agents in
//! app repositories. Its one false pattern, a link to the author's
//! git-ignored `.env.local`, was first silenced and then reverted: the same
//! link was judged true in surveys 69a (mymozaica's `MCP-SUPABASE-SETUP.md`)
//! and 71a (logos-vision-crm's `docs/README.md`): a link to a file nobody
//! commits is a 404 for every reader, and the rule's help says to name it in
//! a code span. These tests keep that decision: exact findings, the real
//! binary, real git repositories.

mod common;

use common::{Repo, t};

/// A Next.js app whose report links `.env.local` (not on disk, as in a
/// fresh checkout), ignored or not, and a missing `.env.example` template.
fn env_report(ignore_env: bool) -> Repo {
    let repo = Repo::new();
    repo.write("package.json", "{}\n").write(
        "ENV_VARS_READY.md",
        "# Environment variables ready\n\n\
         1. Extracted all 4 variables from [.env.local](.env.local:1-42)\n\
         2. Local config: [.env.local](./.env.local)\n\
         3. Template: [.env.example](.env.example)\n\
         4. Production: [.env.production](.env.production)\n",
    );
    if ignore_env {
        repo.write(".gitignore", ".env.local\n.env\n.env.production\n");
    }
    repo.commit_all();
    repo
}

/// Every dotenv link of the report is dead on GitHub, ignored or not.
fn all_four(run: &common::Run) {
    assert_eq!(
        run.findings_of(&["link/missing-path", "path/untracked"]),
        vec![
            t(
                "link/missing-path",
                "ENV_VARS_READY.md",
                3,
                35,
                ".env.local:1-42"
            ),
            t(
                "link/missing-path",
                "ENV_VARS_READY.md",
                4,
                18,
                ".env.local"
            ),
            t(
                "link/missing-path",
                "ENV_VARS_READY.md",
                5,
                14,
                ".env.example"
            ),
            t(
                "link/missing-path",
                "ENV_VARS_READY.md",
                6,
                16,
                ".env.production"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

#[test]
fn a_link_to_the_authors_ignored_dotenv_file_is_reported() {
    all_four(&env_report(true).check(&[]));
}

/// Twin: a dotenv file git does not ignore is reported the same way.
#[test]
fn a_link_to_a_dotenv_file_git_does_not_ignore_is_reported() {
    all_four(&env_report(false).check(&[]));
}
