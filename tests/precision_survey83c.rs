//! Survey 83c: Chinese-language project documents written by coding agents
//! (任务清单, 进度, 验收清单, docs with 已完成/进行中/待开始 status tables),
//! round 2 (lubei0612/proxyhub, zsyh27/excel_matching, byteappua/rust-100,
//! sumulige/sumulige-claude). False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, assert_reference_findings, t};

// --- a backup tool's dated snapshot folder (excel_matching's
// `.backup/docs/backup_20260214_101851_1e0b4c5e/`, where the documents were
// copied with their folders but not the files they link) ---

/// A repository whose `folder` holds a copy of a summary linking a Vue
/// component that exists at the root only.
fn backup_copy(folder: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# 设备匹配系统\n")
        .write("frontend/src/components/DeviceRowAdjustment.vue", "<template></template>\n")
        .write(&format!("{folder}/manifest.json"), "{}\n")
        .write(
            &format!("{folder}/UI_TOOLTIP_FIX_SUMMARY.md"),
            "# 提示修复总结\n\n## 修改的文件\n\n\
             - ✅ [frontend/src/components/DeviceRowAdjustment.vue](frontend/src/components/DeviceRowAdjustment.vue) - 已修改\n",
        );
    repo.commit_all();
    repo
}

#[test]
fn a_dated_backup_snapshot_folder_is_not_checked() {
    let run = backup_copy(".backup/docs/backup_20260214_101851_1e0b4c5e").check(&[]);
    assert_reference_findings(&run, &[]);
}

/// Twin: the same copy in a `.backup/` folder without the dated snapshot
/// folder is checked, and its broken link reported.
#[test]
fn a_backup_folder_without_a_dated_snapshot_is_checked() {
    let run = backup_copy(".backup/docs").check(&[]);
    assert_reference_findings(
        &run,
        &[t(
            "link/missing-path",
            ".backup/docs/UI_TOOLTIP_FIX_SUMMARY.md",
            5,
            5,
            ".backup/docs/frontend/src/components/DeviceRowAdjustment.vue",
        )],
    );
}
