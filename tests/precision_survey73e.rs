//! Survey 73e: Chinese, Japanese and Korean project documents of
//! repositories not surveyed before (a Chinese translation of an agent
//! plugin collection, Korean agent-written plans, Japanese release
//! checklists). False patterns found there, each beside its true twin;
//! exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- an f-string's call in braces as a link target (wshobson-agents-cn's
// `plugins/framework-migration/commands/deps-upgrade.md`: a Python
// template that writes a migration guide, `- [社区讨论]({get_community_url(package_name)})`,
// rendered as Markdown where a fence breaks: 1 finding judged false) ---

/// A command document whose text outside code links `target`.
fn migration_guide(target: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# 插件\n").write(
        "commands/deps-upgrade.md",
        format!("# 依赖升级\n\n## 资源\n\n- [社区讨论]({target})\n- [变更日志](../README.md)\n"),
    );
    repo.commit_all();
    repo
}

#[test]
fn an_fstring_call_in_braces_is_a_template_blank() {
    let run = migration_guide("{get_community_url(package_name)}").check(&[]);
    assert_eq!(run.findings_of(&["link/"]), vec![], "\n{}", run.dump());
}

/// Twin: the same call without the braces names a file, and is reported.
#[test]
fn the_same_call_without_braces_is_a_path() {
    let run = migration_guide("get_community_url(package_name).md").check(&[]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![t(
            "link/missing-path",
            "commands/deps-upgrade.md",
            5,
            3,
            "commands/get_community_url(package_name).md"
        )],
        "\n{}",
        run.dump()
    );
}

// --- MoAI-ADK's update backups (`moai update` copies `.moai/` and
// `.claude/` into `.moai-backups/<timestamp>/`, `.moai-backup/` in older
// versions: bridge25/dt-rag's `.moai-backup/2025-10-13-10-03-56/`, 4
// findings judged false) ---

/// A MoAI report at `path`, linking a document the project no longer has.
fn moai_report(path: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# 프로젝트\n")
        .write(path, "# 동기화 보고서\n\n- 상세: [분석](analysis-old.md)\n");
    repo.commit_all();
    repo
}

#[test]
fn a_moai_update_backup_is_not_checked() {
    for path in [
        ".moai-backup/2025-10-13-10-03-56/.moai/reports/sync-report.md",
        ".moai-backups/20260914_020747/.moai/reports/sync-report.md",
    ] {
        let run = moai_report(path).check(&[]);
        assert_eq!(
            run.findings_of(&["link/"]),
            vec![],
            "{path}\n{}",
            run.dump()
        );
    }
}

/// Twin: the project's own report, in `.moai/`, is checked.
#[test]
fn the_projects_own_moai_report_is_checked() {
    let run = moai_report(".moai/reports/sync-report.md").check(&[]);
    assert_eq!(
        run.findings_of(&["link/"]),
        vec![t(
            "link/missing-path",
            ".moai/reports/sync-report.md",
            3,
            7,
            ".moai/reports/analysis-old.md"
        )],
        "\n{}",
        run.dump()
    );
}
