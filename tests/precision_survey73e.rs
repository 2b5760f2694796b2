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
