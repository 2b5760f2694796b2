//! Patterns of survey 43b (launch, release and readiness checklists and
//! status registers in product repositories): a record moved into a
//! tracker's done folder or an archive, whose links were written from the
//! folder it stood in; and a browser's capture of a page saved as `.md`.
//! Exact findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

const INDEX: &str = "# Refactor Structure - Master Index\n\n\
| Phase | File | Status |\n|---|---|---|\n\
| 1 | [Infrastructure Layer](./infrastructure-layer.md) | ✅ Completed |\n\
| 2 | [Import Updates](./import-updates.md) | ✅ Completed |\n";

/// A task index written in `docs/roadmap/tasks/refactor/` beside its phase
/// notes (`infrastructure-layer.md`; `import-updates.md` is never written),
/// then moved by `git mv` to `docs/roadmap/<to>/2024-q4/refactor/` while its
/// notes moved to a backup folder that a later commit deleted. `pending`:
/// whether the roadmap keeps a `pending/` folder of open work beside.
fn moved_index(to: &str, pending: bool) -> common::Run {
    let repo = Repo::new();
    repo.write("docs/roadmap/tasks/refactor/refactor-index.md", INDEX)
        .write(
            "docs/roadmap/tasks/refactor/infrastructure-layer.md",
            "# Infrastructure Layer\n\nDone.\n",
        )
        .write("README.md", "# App\n");
    if pending {
        repo.write("docs/roadmap/pending/cache/cache-index.md", "# Cache\n");
    }
    repo.commit_all();
    let dest = format!("docs/roadmap/{to}/2024-q4/refactor");
    repo.mkdir(&dest).mkdir("docs/roadmap_backup/refactor");
    repo.git(&[
        "mv",
        "docs/roadmap/tasks/refactor/refactor-index.md",
        &format!("{dest}/refactor-index.md"),
    ]);
    repo.git(&[
        "mv",
        "docs/roadmap/tasks/refactor/infrastructure-layer.md",
        "docs/roadmap_backup/refactor/infrastructure-layer.md",
    ]);
    repo.commit_all();
    repo.git(&["rm", "-q", "-r", "docs/roadmap_backup"]);
    repo.commit_all();
    repo.check(&["--select", "link/missing-path"])
}

/// fr4iser90/PIDEA (survey 43b): `docs/09_roadmap/completed/…/
/// refactor-structure-index.md`, a finished task's index moved from
/// `tasks/analysis/` into the roadmap's `completed/` folder (beside
/// `pending/`), links the phase notes that stood beside it there and were
/// moved to a backup folder and deleted since (16 findings; with AIBOS'
/// notes moved into `docs/99-archive/`, 11 judged false). Twins: a phase
/// file that never existed is reported from the done folder too, and the
/// same move into a folder that is no tracker's done folder (no `pending/`
/// beside it) keeps both.
#[test]
fn a_record_moved_into_a_done_folder_keeps_the_links_of_its_former_folder() {
    let run = moved_index("completed", true);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/roadmap/completed/2024-q4/refactor/refactor-index.md",
            6,
            7,
            "docs/roadmap/completed/2024-q4/refactor/import-updates.md"
        )],
        "\n{}",
        run.dump()
    );

    let run = moved_index("completed", false);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/roadmap/completed/2024-q4/refactor/refactor-index.md",
                5,
                7,
                "docs/roadmap/completed/2024-q4/refactor/infrastructure-layer.md"
            ),
            t(
                "link/missing-path",
                "docs/roadmap/completed/2024-q4/refactor/refactor-index.md",
                6,
                7,
                "docs/roadmap/completed/2024-q4/refactor/import-updates.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

const GUIDE: &str = "# Design System Guide\n\n\
- [Tokens](../packages/ui/ui-docs/tokens.md)\n\
- [Governance](../packages/ui/ui-docs/GOVERNANCE.md)\n";

/// A guide written at `docs/design-system-guide.md` linking
/// `packages/ui/ui-docs/tokens.md`, then put away: one commit moves it into
/// `site/pages/<folder>/` and adds the same file at `docs/<folder>/cleanup/`,
/// moving the guide's targets away (`packages/ui/ui-docs/` → `docs/ui/`).
/// `GOVERNANCE.md` never existed.
fn put_away_guide(folder: &str) -> common::Run {
    let repo = Repo::new();
    repo.write("docs/design-system-guide.md", GUIDE)
        .write("packages/ui/ui-docs/tokens.md", "# Tokens\n")
        .write("site/pages/index.md", "# Site\n")
        .commit_all();
    let moved = format!("site/pages/{folder}/design-system-guide.md");
    repo.mkdir(&format!("site/pages/{folder}")).mkdir("docs/ui");
    repo.git(&["mv", "docs/design-system-guide.md", &moved]);
    repo.git(&["mv", "packages/ui/ui-docs/tokens.md", "docs/ui/tokens.md"]);
    repo.write(
        &format!("docs/{folder}/cleanup/design-system-guide.md"),
        GUIDE,
    )
    .commit_all();
    repo.check(&["--select", "link/missing-path,path/renamed"])
}

/// pohlai88/AIBOS-PLATFORM (survey 43b): commit 6b7c336 archived
/// `docs/design-system-guide.md` by moving it to `apps/docs/pages/
/// 99-archive/2025-11-24/cleanup/apps-docs/` and adding the same file at
/// `docs/99-archive/2025-11-24/cleanup/apps-docs/`; both copies' links were
/// written from `docs/`, where `../packages/ui/ui-docs/…` named files moved
/// away in that commit (28 findings; git pairs the old path with one copy,
/// the other holds the same blob). The two copies are one document, one
/// finding. Twins: the link to a file that never existed is reported, and
/// so are all of them when the guide is put in a folder that is no archive.
/// (AIBOS' own `99-archive/`, the archive section of a numbered tree, is
/// left out of the run since survey 90a; a year's `2024-archive/` is an
/// archive the run checks.)
#[test]
fn an_archived_copy_is_read_from_the_folder_of_the_file_it_copies() {
    let run = put_away_guide("2024-archive/2025-11-24");
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "site/pages/2024-archive/2025-11-24/design-system-guide.md",
            4,
            3,
            "site/pages/2024-archive/packages/ui/ui-docs/GOVERNANCE.md"
        )],
        "\n{}",
        run.dump()
    );

    let run = put_away_guide("guides/2025-11-24");
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "site/pages/guides/2025-11-24/design-system-guide.md",
                3,
                3,
                "site/pages/guides/packages/ui/ui-docs/tokens.md"
            ),
            t(
                "link/missing-path",
                "site/pages/guides/2025-11-24/design-system-guide.md",
                4,
                3,
                "site/pages/guides/packages/ui/ui-docs/GOVERNANCE.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// A page of `html_bytes` of serialized markup on one line, with an image
/// of the captured application (`../../../workbench/media/logo.png`).
fn serialized_page(html_bytes: usize) -> String {
    let cell =
        "<div class=\"monaco-row\" style=\"height: 22px;\"><span class=\"label\">x</span></div>";
    let mut line = String::from(
        "<div class=\"split-view-view visible\"><img src=\"../../../workbench/media/logo.png\" class=\"logo\">",
    );
    while line.len() < html_bytes {
        line.push_str(cell);
    }
    line.push_str("</div>\n");
    line
}

/// fr4iser90/PIDEA (survey 43b): `docs/04_ide-support/cursor/
/// editor-dom-source.md` and its siblings are the Cursor IDE's DOM, copied
/// from devtools to collect selectors: one 30 KB line of markup whose
/// `<img src>` is the IDE's own `../../../workbench/…/logo.png`, and whose
/// chat panel's text holds fences (5 findings judged false). Such a page is
/// a browser's, not a document: left out like a generated one. Twins: a
/// README that opens with `<div align="center">` over Markdown, and a short
/// capture, are checked.
#[test]
fn a_page_a_browser_wrote_is_not_checked() {
    let repo = Repo::new();
    repo.write(
        "docs/ide/cursor/editor-dom-source.md",
        serialized_page(30_000),
    )
    .write("docs/ide/cursor/small-dom.md", serialized_page(2_000))
    .write(
        "README.md",
        "<div align=\"center\">\n<img src=\"docs/logo.png\" width=\"120\">\n</div>\n\n# App\n\nSee [setup](docs/setup.md).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", "README.md", 2, 11, "docs/logo.png"),
            t("link/missing-path", "README.md", 7, 5, "docs/setup.md"),
            t(
                "link/missing-path",
                "docs/ide/cursor/small-dom.md",
                1,
                48,
                "workbench/media/logo.png"
            ),
        ],
        "\n{}",
        run.dump()
    );
    assert_eq!(run.files_checked(), 2, "\n{}", run.dump());
}
