//! Patterns of survey 42b (agent-written notes with Codex citations
//! `【F:path†L10-L20】`). Exact findings, the real binary in a real git
//! repository.

mod common;

use common::{Repo, lines, t};

/// A session note filed under its timestamp, opening with what it changed,
/// then the cited test file split into modules (cut to three lines).
fn work_note(repo: &Repo, opening: &str) {
    let note = format!(
        "# Harness provenance (task queue item 1)\n\n\
         - **Objective:** Log the QEMU command of each session.\n\
         - **Changes:**\n\
         {opening}\
         \x20 - Extended the metadata formatter.【F:tests/test_vm.py†L40-L50】\n\
         - **Result:** Failures show the launch command.\n"
    );
    repo.write("tests/test_vm.py", lines(60))
        .write(
            "docs/work-notes/2025-10-27T04-21-49Z-qemu-provenance.md",
            note,
        )
        .commit_all();
    repo.write("tests/test_vm.py", lines(3)).commit_all();
}

/// NixOS-boot-image (survey 42b): a dated work note whose opening list says
/// `- Updated the automated fixture …` is a record of its session, not a
/// document that promises to be kept current; its range fitted the file when
/// it was written (4 line-range findings judged false). Twin: the same note
/// stamped `- **Updated:** 2025-11-02` at its top is living and judged.
#[test]
fn a_change_verb_opening_a_list_item_is_no_updated_stamp() {
    let repo = Repo::new();
    work_note(&repo, "  - Updated the fixture and the debug scripts.\n");
    let run = repo.check(&["--select", "citation/line-range"]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    let living = Repo::new();
    work_note(&living, "  - **Updated:** 2025-11-02\n");
    let run = living.check(&["--select", "citation/line-range"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/line-range",
            "docs/work-notes/2025-10-27T04-21-49Z-qemu-provenance.md",
            6,
            37,
            "tests/test_vm.py"
        )],
        "\n{}",
        run.dump()
    );
}

/// A summary of finished work filed below `docs/done/` (beside `docs/todo/`)
/// that cites `route.ts` files deleted since, and the same summary filed
/// elsewhere.
fn done_summary(repo: &Repo, folder: &str) {
    let summary = "# Work done\n\n\
                   - Login checks the password.【F:apps/api/login/route.ts†L1-L5】\n\
                   - Signup validates input.【F:apps/api/signup/route.ts†L1-L5】\n";
    repo.write("apps/api/login/route.ts", lines(5))
        .write("docs/todo/next.md", "# Next\n\n- [ ] Rotate secrets\n")
        .write(&format!("{folder}/README.md"), summary)
        .commit_all();
    repo.git(&["rm", "-q", "apps/api/login/route.ts"]);
    repo.commit_all();
}

/// echo-ai (survey 42b): `docs/done/done.me/README.md`, a summary of
/// finished work beside `docs/todo/`, cites the Next.js API routes removed a
/// week later: the record names the files of its day (16 findings judged
/// false). Twins: a file that never existed (signup) is reported there, and
/// the same summary outside a tracker's done folder reports both.
#[test]
fn a_record_in_a_trackers_done_folder_names_the_files_of_its_day() {
    let repo = Repo::new();
    done_summary(&repo, "docs/done/summary");
    let run = repo.check(&["--select", "citation/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/missing-path",
            "docs/done/summary/README.md",
            4,
            26,
            "apps/api/signup/route.ts"
        )],
        "\n{}",
        run.dump()
    );

    let living = Repo::new();
    done_summary(&living, "docs/notes/summary");
    let run = living.check(&["--select", "citation/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/missing-path",
                "docs/notes/summary/README.md",
                3,
                29,
                "apps/api/login/route.ts"
            ),
            t(
                "citation/missing-path",
                "docs/notes/summary/README.md",
                4,
                26,
                "apps/api/signup/route.ts"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
