//! Patterns of survey 26 left after the first round (grimm00/dev-infra,
//! babar-raza/foss-launcher). P6: a fix plan carried out the day it was
//! written, whose header still says `**Status:** 🟡 Planned` while its
//! closing block says `**Status:** ✅ Complete`. P8: links into a checkout of
//! the project a document is filed under (`…/external/work-prod/…` linking
//! `../../../../work-prod/.cursor/commands/pr.md`), one `../` short of
//! leaving the repository, or climbing exactly to the root from a line that
//! names that project. P10: done rows of a trace matrix whose Evidence
//! column gives line numbers of the spec the row names, `—` where the spec
//! gives none. P7: a byte-identical backup of a living page, named
//! `architecture-v3.1-backup.md` beside `architecture.md`. Each false
//! pattern beside its true twin, exact findings, the real binary in real
//! git repositories.

mod common;

use common::{Repo, t};

/// Twenty lines of a script.
fn script() -> String {
    (1..=20).map(|i| format!("echo step {i}\n")).collect()
}

/// A fix plan citing `scripts/new-project.sh:5` (line 8, column 15), with
/// `head` as its header status, `body` after its fix list and `end` as its
/// closing block (after the last `---`).
fn plan(head: &str, body: &str, end: &str) -> String {
    format!(
        "# Implementation Plan: PR04 Feedback Fixes\n\n\
         **Status:** {head}\n**Last Updated:** 2025-11-11\n\n\
         ## Fix 1: Missing jq Dependency\n\n\
         **Location:** `scripts/new-project.sh:5` - `verify_github_auth()`\n\n\
         ## Implementation Order\n\n\
         1. ✅ Fix 1: Missing jq Dependency - Complete\n\n\
         {body}\n\n---\n\n**Last Updated:** 2025-11-11\n{end}\n"
    )
}

/// dev-infra's PR04 fix plan (`admin/planning/features/directory-selection/
/// fix/implementation-plan.md`): written `**Status:** 🟡 Planned`, carried
/// out the same day, its closing block then set to `**Status:** ✅ Complete`
/// over `**All fixes implemented!**`; its locations describe the script
/// before the fixes, and the script grew since (7 shifted findings judged
/// false). Twins, still reported: the same plan whose closing block says
/// nothing finished (`**Status:** 🟡 Planned`, still planned), one whose
/// header says the work is under way (`🟠 In Progress`: a plan reopened
/// after its closing line was written), one with an open box, one whose
/// `Complete` stands under a heading (a section's status, not the
/// document's), and the live backlog (`**Status:** 📋 Active Backlog`).
#[test]
fn a_plan_whose_closing_status_says_complete_is_a_record() {
    let repo = Repo::new();
    repo.write("scripts/new-project.sh", script());
    let done =
        "**Status:** ✅ Complete\n**Implementation:** All fixes implemented in commit 2ff27ee";
    let docs = [
        (
            "fix/implementation-plan.md",
            plan("🟡 Planned", "**All fixes implemented!**", done),
        ),
        (
            "fix/still-planned.md",
            plan("🟡 Planned", "Next: fix 2.", "**Status:** 🟡 Planned"),
        ),
        (
            "fix/reopened.md",
            plan("🟠 In Progress", "**All fixes implemented!**", done),
        ),
        (
            "fix/open-box.md",
            plan("🟡 Planned", "- [ ] Fix 2: retest on macOS", done),
        ),
        (
            "fix/section-status.md",
            plan(
                "🟡 Planned",
                "**All fixes implemented!**",
                "## Fix 2\n\n**Status:** ✅ Complete",
            ),
        ),
        (
            "feedback/deferred-tasks.md",
            plan("📋 Active Backlog", "Deferred: fix 2.", ""),
        ),
    ];
    for (path, text) in &docs {
        repo.write(path, text);
    }
    repo.commit_all();
    repo.write(
        "scripts/new-project.sh",
        format!("# header\nset -euo pipefail\n{}", script()),
    )
    .commit_all();
    let run = repo.check(&["--select", "citation/"]);
    let shifted = |file: &str| t("citation/shifted", file, 8, 15, "scripts/new-project.sh");
    assert_eq!(
        run.findings(),
        vec![
            shifted("feedback/deferred-tasks.md"),
            shifted("fix/open-box.md"),
            shifted("fix/reopened.md"),
            shifted("fix/section-status.md"),
            shifted("fix/still-planned.md"),
        ],
        "\n{}",
        run.dump()
    );
}

/// dev-infra keeps notes about the author's other repository under
/// `admin/planning/opportunities/external/work-prod/`; they link its files
/// with four `../` (`../../../../work-prod/.cursor/commands/pr.md`), which
/// from six folders deep land inside this tree, at
/// `admin/planning/work-prod/…`, a folder that never existed: the link names
/// the sibling checkout (5 findings judged false). Twins, still reported: a
/// wrong-depth link to a file of this tree (`../../../decisions/x/adr-001.md`
/// for `admin/decisions/x/adr-001.md`: 35 of the kind judged true), one that re-enters a
/// folder of the document's path to name a file there under a wrong depth,
/// one to a folder this tree once held at the place it lands (since
/// deleted), and one whose target folder is a folder of this tree
/// (`../../../../work-prod/README.md`: `work-prod/` is here).
#[test]
fn a_link_into_a_checkout_of_the_documents_subject_is_silent() {
    let repo = Repo::new();
    let notes = "admin/planning/opportunities/external/work-prod/cursor-commands";
    repo.write("admin/decisions/x/adr-001.md", "# ADR 1\n")
        .write(
            "admin/planning/opportunities/external/work-prod/README.md",
            "# work-prod\n",
        )
        .write("admin/planning/old/.cursor/commands/pr.md", "# old\n")
        .commit_all();
    repo.git(&["rm", "-q", "-r", "admin/planning/old"]);
    repo.commit();
    repo.write(
        &format!("{notes}/integration.md"),
        "# Integration\n\n\
         - [pr.md](../../../../work-prod/.cursor/commands/pr.md)\n\
         - [commands](../../../../work-prod/.cursor/commands/)\n\
         - [ADR](../../../decisions/x/adr-001.md)\n\
         - [readme](../../../../work-prod/README.md)\n\
         - [notes](../../../../external/work-prod/README.md)\n\
         - [old](../../../../old/.cursor/commands/pr.md)\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    let file = format!("{notes}/integration.md");
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                &file,
                5,
                3,
                "admin/planning/opportunities/decisions/x/adr-001.md"
            ),
            t(
                "link/missing-path",
                &file,
                6,
                3,
                "admin/planning/work-prod/README.md"
            ),
            t(
                "link/missing-path",
                &file,
                7,
                3,
                "admin/planning/external/work-prod/README.md"
            ),
            t(
                "link/missing-path",
                &file,
                8,
                3,
                "admin/planning/old/.cursor/commands/pr.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// dev-infra's command plans (`admin/planning/commands/phase-2-supporting/
/// post-pr-command.md`) link the author's other repository the same way,
/// `../../../../work-prod/.cursor/commands/post-pr.md`: four `../` climb
/// exactly to the root, one short of the sibling checkout, and the link's
/// line names the project (`- Original work-prod command`, `[Work-Prod Post
/// PR Command](…)`; 1 judged false, 26 such findings). Twins, still
/// reported: the same link on a line that names no such project, one whose
/// line names it in another link's path only, and one that stops a folder
/// short of the root.
#[test]
fn a_link_from_the_root_into_the_project_its_line_names_is_silent() {
    let repo = Repo::new();
    let dir = "admin/planning/commands/phase-2-supporting";
    repo.write(
        &format!("{dir}/post-pr-command.md"),
        "# Post PR Command\n\n\
         - **[Source Command](../../../../work-prod/.cursor/commands/post-pr.md)** - Original work-prod command\n\
         - [Work-Prod Post PR Command](../../../../work-prod/.cursor/commands/pr.md)\n\
         - [Source](../../../../tools-x/.cursor/commands/post-pr.md) - the original\n\
         - [a](../../../../tools-y/.cursor/commands/a.md) [b](../tools-y/b.md)\n\
         - [Work-prod API](../../../work-prod/docs/maintainers/) - work-prod\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    let file = format!("{dir}/post-pr-command.md");
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                &file,
                5,
                3,
                "tools-x/.cursor/commands/post-pr.md"
            ),
            t(
                "link/missing-path",
                &file,
                6,
                3,
                "tools-y/.cursor/commands/a.md"
            ),
            t(
                "link/missing-path",
                &file,
                6,
                50,
                "admin/planning/commands/tools-y/b.md"
            ),
            t(
                "link/missing-path",
                &file,
                7,
                3,
                "admin/work-prod/docs/maintainers"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// foss-launcher's `TRACE_MATRIX_specs_to_schemas.md`: each row names a spec
/// and its schema, `✅` says the schema exists, and the Evidence column gives
/// the lines of the spec (`Lines 6-18`); `—` there means the spec gives none
/// (3 findings judged false). Twins, still reported: a readiness tracker's
/// `| Pen test | ✅ Done | — |` whose evidence column names files, a
/// locator matrix's done row that names no file of the tree (its spec is
/// missing), and one that names none at all.
#[test]
fn a_placeholder_in_a_column_of_line_numbers_is_no_missing_evidence() {
    let repo = Repo::new();
    repo.write("specs/06_page_planning.md", "# Page planning\n")
        .write("specs/31_hugo.md", "# Hugo\n")
        .write("docs/pentest.md", "# Pen test\n")
        .write(
            "reports/TRACE_MATRIX.md",
            "# Trace Matrix: Specs → Schemas\n\n\
             | Spec Document | Schema File | Status | Evidence | Notes |\n\
             |---|---|---|---|---|\n\
             | **specs/06_page_planning.md** | page_plan.schema.json | ✅ | Lines 6-18 | Page fields |\n\
             | specs/06_page_planning.md | patch.schema.json | ✅ | Lines 20-28 | Patches |\n\
             | specs/06_page_planning.md | pr.schema.json | ✅ | Referenced | PRs |\n\
             | **specs/31_hugo.md** | hugo_facts.schema.json | ✅ | — | Hugo facts |\n\
             | **specs/32_gone.md** | gone.schema.json | ✅ | — | Missing spec |\n\
             | Site context | site_context.schema.json | ✅ | — | No spec named |\n",
        )
        .write(
            "docs/readiness.md",
            "# Readiness\n\n\
             | Item | Status | Evidence |\n\
             |---|---|---|\n\
             | Threat model | ✅ Done | [pentest](pentest.md) |\n\
             | Pen test | ✅ Done | — |\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "evidence/"]);
    assert_eq!(
        run.findings(),
        vec![
            t("evidence/missing-for-done", "docs/readiness.md", 6, 1, ""),
            t(
                "evidence/missing-for-done",
                "reports/TRACE_MATRIX.md",
                9,
                1,
                ""
            ),
            t(
                "evidence/missing-for-done",
                "reports/TRACE_MATRIX.md",
                10,
                1,
                ""
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// cp-whisperx-app keeps `docs/technical/architecture-v3.1-backup.md`, a
/// byte-identical copy of `docs/technical/architecture.md` beside it: its
/// broken links are the live page's, reported there (5 findings judged
/// false: one problem, one finding). Twins, still reported: the live page's
/// own links, a backup that differs from its original (`notes-backup.md`
/// with a link of its own), and a page about backups that is no copy
/// (`database-backup.md` beside `database.md`).
#[test]
fn a_byte_identical_backup_is_judged_on_its_original() {
    let repo = Repo::new();
    let page = "# Architecture\n\nSee [examples](../CODE_EXAMPLES.md).\n";
    repo.write("docs/technical/architecture.md", page)
        .write("docs/technical/architecture-v3.1-backup.md", page)
        .write("docs/notes.md", "# Notes\n\nSee [a](a.md).\n")
        .write("docs/notes-backup.md", "# Notes\n\nSee [b](b.md).\n")
        .write("docs/database.md", "# Database\n\nSee [c](c.md).\n")
        .write(
            "docs/database-backup.md",
            "# Database backups\n\nSee [d](d.md).\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/database-backup.md",
                3,
                5,
                "docs/d.md"
            ),
            t("link/missing-path", "docs/database.md", 3, 5, "docs/c.md"),
            t(
                "link/missing-path",
                "docs/notes-backup.md",
                3,
                5,
                "docs/b.md"
            ),
            t("link/missing-path", "docs/notes.md", 3, 5, "docs/a.md"),
            t(
                "link/missing-path",
                "docs/technical/architecture.md",
                3,
                5,
                "docs/CODE_EXAMPLES.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
