//! Patterns of survey 42a (launch, release and go/no-go readiness
//! documents): a user guide linking the screenshots a build step writes
//! into a folder git keeps for them. Exact findings, the real binary in a
//! real git repository.

mod common;

use common::{Repo, t};

const GUIDE: &str = "# Admin guide\n\n![Dashboard](../frontend/screenshots/14-admin-dashboard.png)\n\n\
![Gone](../frontend/gone/15-users.png)\n";

/// A repository whose `docs/ADMIN_USER_GUIDE.md` links screenshots of
/// `frontend/screenshots/`, none of them committed: `ignore` is its root
/// `.gitignore`, `kept` whether git keeps the folder (a `.gitkeep`).
fn guide(repo: &Repo, ignore: &str, kept: bool) {
    repo.write(".gitignore", ignore)
        .write("docs/ADMIN_USER_GUIDE.md", GUIDE)
        .write(
            "frontend/e2e/generate-screenshots.spec.ts",
            "// writes ../screenshots/*.png\n",
        );
    if kept {
        repo.write("frontend/screenshots/.gitkeep", "");
    }
    repo.commit_all();
}

/// karolswdev/hoa-management-system (survey 42a): the member and admin
/// guides link `../frontend/screenshots/NN-page.png`, which a Playwright
/// spec writes into a folder git keeps by a `.gitkeep` while the root
/// `.gitignore` says `frontend/screenshots/*.png` (55 links, the 11 judged
/// all false). Twins: a folder the pattern does not name (`frontend/gone/`)
/// is still reported, and so are the same links when the pattern is a
/// name pattern for any folder (`*.png`) or when git does not keep the
/// folder.
#[test]
fn a_kept_folder_of_ignored_screenshots_is_a_build_output() {
    let repo = Repo::new();
    guide(&repo, "node_modules/\nfrontend/screenshots/*.png\n", true);
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/ADMIN_USER_GUIDE.md",
            5,
            1,
            "frontend/gone/15-users.png"
        )],
        "\n{}",
        run.dump()
    );

    for (ignore, kept) in [("*.png\n", true), ("frontend/screenshots/*.png\n", false)] {
        let repo = Repo::new();
        guide(&repo, ignore, kept);
        let run = repo.check(&["--select", "link/missing-path"]);
        assert_eq!(
            run.findings(),
            vec![
                t(
                    "link/missing-path",
                    "docs/ADMIN_USER_GUIDE.md",
                    3,
                    1,
                    "frontend/screenshots/14-admin-dashboard.png"
                ),
                t(
                    "link/missing-path",
                    "docs/ADMIN_USER_GUIDE.md",
                    5,
                    1,
                    "frontend/gone/15-users.png"
                ),
            ],
            "{ignore:?}, kept {kept}\n{}",
            run.dump()
        );
    }
}

/// A QA punch list stamped `**Date:**` whose fixes name their lines
/// (`components/hub.tsx:10-12`) and whose verification boxes are `ticked`
/// or not; then the cited lines change in a later commit.
fn punch_list_after_change(ticked: &[bool]) -> common::Run {
    let repo = Repo::new();
    let boxes: String = ticked
        .iter()
        .enumerate()
        .map(|(i, &done)| format!("- [{}] check {i}\n", if done { "x" } else { " " }))
        .collect();
    repo.write("components/hub.tsx", common::lines(30))
        .write(
            "docs/qa/punch-list.md",
            format!(
                "# Mobile QA Punch List\n\n**Date:** 2024-12-31\n\n### 1. Hub route\n\
                 - **File:** `components/hub.tsx:10-12`\n\n## Verification\n\n{boxes}"
            ),
        )
        .commit_all();
    let changed: String = (1..=30)
        .map(|i| {
            if (10..=12).contains(&i) {
                format!("changed {i}\n")
            } else {
                format!("line {i}\n")
            }
        })
        .collect();
    repo.write("components/hub.tsx", changed).commit_all();
    repo.check(&["--select", "citation/stale"])
}

/// battaglia-v/mk-language-lab (survey 42a): `docs/qa-reports/
/// mobile-qa-punch-list.md`, stamped `**Date:** 2024-12-31`, lists the
/// fixes of its day by `file:lines` and ticks every verification box: a
/// record of work carried out, as a dated file name with every box ticked
/// already made one (2 findings judged false). Twin: one box still open,
/// and the list is worked: judged. (The item's heading is plain here: one
/// that says `FIXED` makes its `**File:**` line a record of where the bug
/// was, whatever the boxes say: `precision_mine1a`.)
#[test]
fn a_date_stamped_checklist_with_every_box_ticked_is_a_record() {
    let run = punch_list_after_change(&[true, true]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    let run = punch_list_after_change(&[true, false]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/stale",
            "docs/qa/punch-list.md",
            6,
            13,
            "components/hub.tsx"
        )],
        "\n{}",
        run.dump()
    );
}

/// A fix note with `status` in its head citing `server/quota.ts:5` by its
/// `file:line`; then three lines are inserted above the cited one.
fn fix_note_after_shift(status: &str) -> common::Run {
    let repo = Repo::new();
    repo.write("server/quota.ts", common::lines(20))
        .write(
            "docs/QUOTA_FIX.md",
            format!(
                "# Storage Quota Fix\n\n**Status:** {status}\n\n## Code References\n\n\
                 - `server/quota.ts:5` - skips the quota lookup\n"
            ),
        )
        .commit_all();
    let shifted = format!("new a\nnew b\nnew c\n{}", common::lines(20));
    repo.write("server/quota.ts", shifted).commit_all();
    repo.check(&["--select", "citation/shifted"])
}

/// Aligned-Design/aligned_postd_1125 (survey 42a): `docs/MVP1_STORAGE_QUOTA_FIX.md`
/// says `**Status:** ✅ **FIXED**` over the `file:line` of each part of the
/// fix: a record of a fix, as `Resolved` makes one (5 shifted findings
/// judged false). Twin: a fix still under way is judged.
#[test]
fn a_fixed_status_makes_a_record() {
    let run = fix_note_after_shift("✅ **FIXED**");
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    let run = fix_note_after_shift("🔧 In progress");
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/shifted",
            "docs/QUOTA_FIX.md",
            7,
            3,
            "server/quota.ts"
        )],
        "\n{}",
        run.dump()
    );
}
