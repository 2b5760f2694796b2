//! Survey 72b: status and readiness documents written by coding agents in
//! app repositories (`IMPLEMENTATION_STATUS.md`, `PRODUCTION_READINESS.md`,
//! audit reports with ✅/❌ tables and `file.ts:120` pointers). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- a status report links the author's git-ignored dotenv file
// (Kramerbrian/dealership-ai-dashboard's `ENV_VARS_READY_FOR_VERCEL.md`:
// "Extracted all 4 environment variables from [.env.local](.env.local:1-42)",
// 3 findings judged false: nobody commits a machine's secrets) ---

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

#[test]
fn a_link_to_the_authors_ignored_dotenv_file_is_silent() {
    // The template and the ignored mode file (`.env.production`, which an
    // app may commit) are still reported.
    let run = env_report(true).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "path/untracked"]),
        vec![
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

/// Twin: a dotenv file git does not ignore is reported, as are the missing
/// template and mode file beside it.
#[test]
fn a_link_to_a_dotenv_file_git_does_not_ignore_is_reported() {
    let run = env_report(false).check(&[]);
    let found: Vec<(String, u64)> = run
        .findings_of(&["link/missing-path", "path/untracked"])
        .into_iter()
        .map(|f| (f.0, f.2))
        .collect();
    assert_eq!(
        found,
        vec![
            ("link/missing-path".to_string(), 3),
            ("link/missing-path".to_string(), 4),
            ("link/missing-path".to_string(), 5),
            ("link/missing-path".to_string(), 6),
        ],
        "\n{}",
        run.dump()
    );
}
