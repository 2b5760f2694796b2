//! Survey 59e: operations, security and compliance readiness documents
//! (SOC 2 and ISO 27001 trackers, go-live and cut-over checklists,
//! postmortems, operational readiness reviews) on seven repositories
//! checkmark had never seen. False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

/// Twenty lines of an edge function, one statement a line.
fn code() -> String {
    (1..=20)
        .map(|i| format!("export const step{i} = {i};\n"))
        .collect()
}

/// The same function after a hardening pass rewrote its first ten lines.
fn hardened() -> String {
    (1..=20)
        .map(|i| {
            if i <= 10 {
                format!("export const step{i} = guard({i});\n")
            } else {
                format!("export const step{i} = {i};\n")
            }
        })
        .collect()
}

/// A page citing lines 2 to 8 of the edge function, under `title`.
fn cites(title: &str) -> String {
    format!(
        "# {title}\n\n| Route | Validation Gaps |\n| --- | --- |\n| `/admin/users` | No UUID check on `organization_id`.【F:supabase/functions/admin/index.ts†L2-L8】 |\n"
    )
}

/// P1: the documents an agent's diagnostic run filed in a `reports` folder
/// (AllIincompassing's `reports/admins_contract.md`, `reports/*_routes_map.md`:
/// added and refreshed on one day, never edited after, their citations of
/// edge functions rewritten by the hardening that followed; 27 stale
/// findings judged false) record the code of their day. Twins, judged: a
/// document of the folder edited on a later day (a status page kept
/// there), the folder's README, one with task items, and the same page
/// outside a reports folder; a lone page in a reports folder below.
#[test]
fn a_reports_folder_document_written_in_one_sitting_is_a_record() {
    let repo = Repo::new();
    repo.write("supabase/functions/admin/index.ts", code());
    repo.commit_on("2025-09-29");
    let page = cites("Admins API Contracts & Validation");
    repo.write("reports/admins_contract.md", &page)
        .write("reports/cutover_status.md", &page)
        .write("reports/README.md", &page)
        .write(
            "reports/signoff.md",
            format!("{page}\n- [x] Contract reviewed\n- [ ] Gaps fixed\n"),
        )
        .write("docs/admins_contract.md", &page);
    repo.commit_on("2025-09-30");
    // The same day's refresh of the run's output.
    repo.write(
        "reports/admins_contract.md",
        format!("{page}\nRefreshed with auth header coverage.\n"),
    );
    repo.commit_on("2025-09-30");
    repo.write("supabase/functions/admin/index.ts", hardened());
    repo.commit_on("2026-03-11");
    // The status page is kept: edited after the hardening, its row as it was.
    repo.write(
        "reports/cutover_status.md",
        format!("{page}\nCut-over rescheduled.\n"),
    );
    repo.commit_on("2026-03-20");
    let run = repo.check(&["--select", "citation/"]);
    let target = "supabase/functions/admin/index.ts";
    let mut expected: Vec<_> = [
        "docs/admins_contract.md",
        "reports/README.md",
        "reports/cutover_status.md",
        "reports/signoff.md",
    ]
    .iter()
    .map(|doc| t("citation/stale", doc, 5, 55, target))
    .collect();
    expected.sort();
    let mut found = run.findings();
    found.sort();
    assert_eq!(found, expected, "\n{}", run.dump());
}

/// Twin: a lone page filed in a `reports` folder (no folder of reports
/// around it) is judged by what it says of itself, written once or not.
#[test]
fn a_lone_page_in_a_reports_folder_is_judged() {
    let repo = Repo::new();
    repo.write("supabase/functions/admin/index.ts", code());
    repo.commit_on("2025-09-29");
    repo.write(
        "docs/reports/admins_contract.md",
        cites("Admins API Contracts & Validation"),
    );
    repo.commit_on("2025-09-30");
    repo.write("supabase/functions/admin/index.ts", hardened());
    repo.commit_on("2026-03-11");
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/stale",
            "docs/reports/admins_contract.md",
            5,
            55,
            "supabase/functions/admin/index.ts"
        )],
        "\n{}",
        run.dump()
    );
}

/// A diagnostic page citing lines 2 to 8 of the edge function, and lines
/// 1 to 30 of it (twenty lines: the agent's read window, past its end).
fn diagnostic(title: &str) -> String {
    format!(
        "{}| `/admin/invite` | Whole handler read.【F:supabase/functions/admin/index.ts†L1-L30】 |\n",
        cites(title)
    )
}

/// P2: a document whose title names it a `Diagnostic` (AllIincompassing's
/// `# Admins UI Diagnostic`, `# Unified Domain Diagnostic`: an agent's
/// one-time diagnosis of each domain, citing the code of its day; 33
/// citation findings judged false) is a report of its day, as a `Review` or
/// an `Assessment` is: neither its stale citations nor a read window that
/// starts inside the file and ends past it are findings. Twins, judged: a
/// `# Diagnostics` page (the plural names a feature's page), and a file
/// named `…_diagnostic.md` under another title (a file name does not count).
#[test]
fn a_title_that_names_a_diagnostic_is_a_report_of_its_day() {
    let repo = Repo::new();
    repo.write("supabase/functions/admin/index.ts", code());
    repo.commit_on("2025-09-29");
    repo.write("docs/ui_admins.md", diagnostic("Admins UI Diagnostic"))
        .write(
            "docs/unified.md",
            diagnostic("Unified Domain Diagnostic Summary"),
        )
        .write("docs/diagnostics.md", diagnostic("Diagnostics"))
        .write(
            "docs/ui_clients_diagnostic.md",
            diagnostic("Clients UI Contracts"),
        );
    repo.commit_on("2025-09-30");
    repo.write("supabase/functions/admin/index.ts", hardened());
    repo.commit_on("2026-03-11");
    let run = repo.check(&["--select", "citation/"]);
    let target = "supabase/functions/admin/index.ts";
    let mut expected = Vec::new();
    for doc in ["docs/diagnostics.md", "docs/ui_clients_diagnostic.md"] {
        expected.push(t("citation/stale", doc, 5, 55, target));
        expected.push(t("citation/line-range", doc, 6, 40, target));
    }
    expected.sort();
    let mut found = run.findings();
    found.sort();
    assert_eq!(found, expected, "\n{}", run.dump());
}
