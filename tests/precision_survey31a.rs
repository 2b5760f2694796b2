//! Patterns of survey 31a (lukeb-aidev/cohesix, CMS-InfoSec/Aether_2,
//! jscraik/Cortex-OS, ili-ad/jatte-headless,
//! AgustinMadygraf/planta-mantenimiento-vue): the unpacked copy of a release
//! archive committed beside it (P1), and an agent's assessment of the code of
//! its day, named so by its title (P3). Each false pattern beside its true
//! twin, exact findings, the real binary in real git repositories.

mod common;

use common::{Repo, t};

/// cohesix's `releases/Cohesix-0.2.0-alpha2-MacOS/` beside
/// `releases/Cohesix-0.2.0-alpha2-MacOS.tar.gz`: the repository's `docs/`
/// as packed for that release, whose broken citations and tables repeat
/// the living copy's (12 findings judged false). The twins: the living
/// `docs/` copy, and a folder with no archive of its name beside it, are
/// reported.
#[test]
fn the_unpacked_copy_of_a_committed_release_archive_is_not_checked() {
    let repo = Repo::new();
    let doc = |extra: &str| format!("# Guide\n\nPrompt.【F:src/console.rs†L2-L9】{extra}\n");
    repo.write("src/console.rs", "fn a() {}\nfn b() {}\nfn c() {}\n")
        .write("docs/guide.md", doc(""))
        .write("releases/App-1.0-linux/docs/guide.md", doc(" (1.0)"))
        .write("releases/App-1.0-linux.tar.gz", "not really an archive\n")
        .write("releases/App-0.9-linux/docs/guide.md", doc(" (0.9)"))
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/line-range",
                "docs/guide.md",
                3,
                8,
                "src/console.rs"
            ),
            t(
                "citation/line-range",
                "releases/App-0.9-linux/docs/guide.md",
                3,
                8,
                "src/console.rs"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Cortex-OS's `docs/reports/cortex-webui-ui-assessment.md` (`# Cortex WebUI
/// — Interface Inventory & Design Assessment`) cites the components of an
/// app deleted two days after it was written (43 `citation/missing-path`
/// findings), and its `# Cortex-OS Operational Readiness Assessment` cites
/// code edited since (`citation/stale`): an assessment is a scored
/// evaluation of the code of its day, as a report or an audit is. The
/// twins: the same citation in a document titled otherwise, in one whose
/// file name (not its title) says assessment, and in an assessment with a
/// task list (worked as it goes), are reported.
#[test]
fn an_assessment_named_by_its_title_records_the_code_of_its_day() {
    let repo = Repo::new();
    repo.write("src/sidebar.tsx", "export const Sidebar = 1;\n")
        .commit_all();
    let cite = "The sidebar mounts a search modal.【F:src/sidebar.tsx†L1】\n";
    repo.write(
        "docs/reports/ui.md",
        format!("# WebUI — Interface Inventory & Design Assessment\n\n{cite}"),
    )
    .write(
        "docs/reports/ui-notes.md",
        format!("# WebUI — Interface Notes\n\n{cite}"),
    )
    .write(
        "docs/reports/ui-assessment.md",
        format!("# WebUI Interface Inventory\n\n{cite}"),
    )
    .write(
        "docs/reports/readiness.md",
        format!("# Readiness Assessment\n\n- [x] Sidebar\n- [ ] Search\n\n{cite}"),
    )
    .commit_all();
    repo.git(&["rm", "-q", "src/sidebar.tsx"]);
    repo.commit();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/missing-path",
                "docs/reports/readiness.md",
                6,
                35,
                "src/sidebar.tsx"
            ),
            t(
                "citation/missing-path",
                "docs/reports/ui-assessment.md",
                3,
                35,
                "src/sidebar.tsx"
            ),
            t(
                "citation/missing-path",
                "docs/reports/ui-notes.md",
                3,
                35,
                "src/sidebar.tsx"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
