//! Survey 80c: code-review reports, refactoring plans and tech-debt
//! registers in 2025-2026 app repositories (reactorynet/reactory-pwa-client,
//! vana-com/data-connect, vinayasuresh/asset-testing, TrevorPLam/aios).
//! False patterns found there, each beside its true twin; exact findings,
//! the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a skill Skill Seekers scraped from a documentation site into an
// agent's dot-folder (data-connect's `.agents/skills/tauri/`: its
// `references/` are the Tauri site's pages, with the site's `@assets/`
// image aliases and anchors; 72 findings judged false) ---

const SCRAPED: &str = "---\nname: tauri\ndescription: Tauri framework.\n---\n\n# Tauri Skill\n\n\
     Comprehensive assistance with Tauri development, generated from official documentation.\n";

const PAGE: &str =
    "# Development\n\nSee [Rust](#rust).\n\n![Installer](@assets/start/installer.png)\n";

/// A repository with a README, and a skill `<dir>/` whose `SKILL.md` is
/// `skill` and whose page stands at `<dir>/<page>`.
fn skill(dir: &str, skill: &str, page: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# App\n")
        .write(&format!("{dir}/SKILL.md"), skill)
        .write(&format!("{dir}/{page}"), PAGE);
    repo.commit_all();
    repo
}

#[test]
fn a_skill_scraped_from_a_documentation_site_is_upstream_text() {
    let run = skill(".agents/skills/tauri", SCRAPED, "references/development.md").check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: the repository's own skill (its `SKILL.md` says nothing of the
/// kind), the same skill without `references/`, and one outside a
/// dot-folder are checked.
#[test]
fn an_own_or_unscraped_skill_is_checked() {
    let own = "---\nname: tauri\n---\n\n# Tauri Skill\n\nOur own notes on Tauri.\n";
    for (dir, text, page) in [
        (".agents/skills/tauri", own, "references/development.md"),
        (".agents/skills/tauri", SCRAPED, "notes/development.md"),
        ("skills/tauri", SCRAPED, "references/development.md"),
    ] {
        let run = skill(dir, text, page).check(&[]);
        let file = format!("{dir}/{page}");
        let folder = file.rsplit_once('/').map_or("", |(d, _)| d);
        assert_eq!(
            run.findings_of(&["link/missing-anchor", "link/missing-path"]),
            vec![
                t("link/missing-anchor", &file, 3, 5, &format!("{file}#rust")),
                t(
                    "link/missing-path",
                    &file,
                    5,
                    1,
                    &format!("{folder}/@assets/start/installer.png")
                ),
            ],
            "{dir} {page}\n{}",
            run.dump()
        );
    }
}

// --- path/renamed: a ✅ DONE row of a coding agent's plan kept as a task
// table (data-connect's Ralph `IMPLEMENTATION_PLAN.md`, every row done,
// last committed before `src/lib/exportData.ts` became `export-data.ts`:
// 2 findings judged false) ---

/// A repository whose document `doc`, titled `title`, has a done row naming
/// `src/lib/exportData.ts`, renamed after the document was committed.
fn plan_row(doc: &str, title: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# App\n")
        .write(
            "src/lib/exportData.ts",
            "export const a = 1;\nexport const b = 2;\n",
        )
        .write(
            doc,
            format!(
                "# {title}\n\n| ID | Task | File(s) | Status |\n|----|------|---------|--------|\n\
                 | R1 | Extract export data | `src/lib/exportData.ts` | ✅ DONE |\n"
            ),
        );
    repo.commit_on("2026-01-30");
    repo.git(&["mv", "src/lib/exportData.ts", "src/lib/export-data.ts"]);
    repo.commit_on("2026-02-02");
    repo
}

#[test]
fn a_done_row_of_an_implementation_plan_keeps_the_paths_of_its_day() {
    let run = plan_row(
        "scripts/ralph/IMPLEMENTATION_PLAN.md",
        "Implementation Plan",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["path/renamed"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same done row in a tracker that is not an implementation plan
/// (`docs/STATUS.md`, `# Status`) is its current word on the file, and is reported.
#[test]
fn a_done_row_of_another_document_is_judged() {
    let run = plan_row("docs/STATUS.md", "Status").check(&[]);
    assert_eq!(
        run.findings_of(&["path/renamed"]),
        vec![t(
            "path/renamed",
            "docs/STATUS.md",
            5,
            30,
            "src/lib/exportData.ts"
        )],
        "\n{}",
        run.dump()
    );
}
