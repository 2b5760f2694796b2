//! Survey 95a: readiness, launch and go-live trackers written by coding
//! agents in 2026 repositories, round 7 (passion-os,
//! Premiumtravelexperienceplatform, master-knowledge-base). False patterns
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

mod common;

use common::{Repo, t};

// --- an app whose code all lives below `src/` (a Figma Make export): its
// production tracker writes evidence from that source root,
// `/lib/ai/orchestrator.ts` for `src/lib/ai/orchestrator.ts` (23 findings
// judged false) ---

const TRACKER: &str = "# Production Progress Tracker\n\n\
| Feature | Status | Evidence |\n\
| --- | --- | --- |\n\
| Orchestrator | 🟢 COMPLETE | `/lib/ai/orchestrator.ts` (500+ lines) |\n\
| Curator | 🟢 COMPLETE | `/lib/ai/agents/curator.ts` |\n";

/// The app's layout: `src/lib/ai/…` tracked, no `lib/` at the root unless
/// `root_lib`.
fn source_root_app(root_lib: bool) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Travel\n")
        .write("package.json", "{}\n")
        .write("src/lib/ai/orchestrator.ts", "export {};\n")
        .write("src/lib/ai/agents/curator.ts", "export {};\n")
        .write("src/docs/tracker.md", TRACKER);
    if root_lib {
        repo.write("lib/util.ts", "export {};\n");
    }
    repo.commit_all();
    repo
}

#[test]
fn a_rooted_evidence_path_written_from_the_apps_src_root_is_that_file() {
    let run = source_root_app(false).check(&[]);
    assert_eq!(
        run.findings_of(&["evidence/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same tracker once the files are gone from `src/` too; and,
/// with a `lib/` folder at the root, a leading `/` means the root: both
/// are reported.
#[test]
fn a_rooted_evidence_path_missing_below_src_or_with_a_root_folder_is_reported() {
    let repo = source_root_app(false);
    repo.git(&["rm", "-q", "src/lib/ai/agents/curator.ts"]);
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["evidence/missing-path"]),
        vec![t(
            "evidence/missing-path",
            "src/docs/tracker.md",
            6,
            26,
            "lib/ai/agents/curator.ts"
        )],
        "\n{}",
        run.dump()
    );

    let run = source_root_app(true).check(&[]);
    let found: Vec<String> = run
        .findings_of(&["evidence/missing-path"])
        .into_iter()
        .map(|f| f.4)
        .collect();
    assert_eq!(
        found,
        vec!["lib/ai/orchestrator.ts", "lib/ai/agents/curator.ts"],
        "\n{}",
        run.dump()
    );
}
