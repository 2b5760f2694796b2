//! Survey 61b: launch and production-readiness checklists of product
//! repositories (web and mobile apps, APIs): build-status tables, component
//! inventories, go-live checklists (97n8/puddlejumper, AdminTLI/roommatematch,
//! AdguardTeam/HostlistCompiler, AgenciaSeniors/TriciGo, …). False patterns
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

mod common;

use common::{Repo, assert_reference_findings, t};

// --- a component inventory writes a row's evidence from the folder of its
// `Path(s)` cell (puddlejumper's C0 diagnosis: `lib/api.ts` in the row of
// `apps/web/`, though `apps/logicos/app/lib/api.ts` exists too and another
// row names `apps/logicos/`: 1 finding judged false) ---

/// A diagnosis naming both apps, whose `apps/web` row cites `lib/api.ts`
/// with `path` in its `Path(s)` cell.
fn inventory(path: &str) -> Repo {
    let repo = Repo::new();
    repo.write("apps/web/lib/api.ts", "export {};\n")
        .write("apps/logicos/app/lib/api.ts", "export {};\n")
        .write(
            "ops/DIAGNOSIS.md",
            format!(
                "# Diagnosis\n\n\
                 | Component | Status | Path(s) | Evidence |\n\
                 |---|---|---|---|\n\
                 | Web shell | LIVE | {path} | `lib/api.ts` single fetch surface |\n\
                 | Legacy SPA | DEAD | `apps/logicos/app/` | React 18 SPA |\n\n\
                 - `apps/web/` — shell to host the new UI\n"
            ),
        )
        .commit_all();
    repo
}

#[test]
fn a_path_is_read_from_the_project_its_row_names() {
    let run = inventory("`apps/web/`").check(&[]);
    assert_reference_findings(&run, &[]);
}

/// Twin: a row naming no project leaves the path, which both apps have,
/// judged as written.
#[test]
fn a_path_two_projects_end_with_is_judged_when_its_row_names_neither() {
    let run = inventory("—").check(&[]);
    assert_reference_findings(
        &run,
        &[t(
            "evidence/missing-path",
            "ops/DIAGNOSIS.md",
            5,
            26,
            "lib/api.ts",
        )],
    );
}
