//! Survey 57b: readiness trackers, roadmaps and status registers written in
//! Chinese, Japanese or Korean by people and by coding agents (上线检查清单,
//! 验收报告, 开发进度, 実装状況, リリース手順, 진행 현황), agent-written
//! reports with `【F:…】` or `path:line` citations among them; round 2. False
//! patterns found there, each beside its true twin; exact findings, the real
//! binary, real git repositories.

mod common;

use common::{Repo, t};

// --- citation/shifted: a Korean record whose own status says its work is
// finished (Whitening-Sinabro/clouvel's `ADR-0001-manager-execution.md`,
// `> 상태: **RESOLVED - 옵션 1 (Worker API) 선택 및 구현됨**` over a table
// of `server.py:1193-1225` evidence: 4 findings judged false) ---

fn code(above: usize) -> String {
    let mut s: String = (0..above).map(|i| format!("# added {i}\n")).collect();
    for i in 1..=10 {
        s.push_str(&format!("value_{i} = {i}\n"));
    }
    s
}

/// A record whose header says `status`, citing line 5 of `src/server.py`;
/// three lines are inserted above it afterwards.
fn record(status: &str) -> common::Run {
    let repo = Repo::new();
    repo.write("src/server.py", code(0))
        .write(
            "docs/ADR-0001.md",
            format!(
                "# ADR-0001: Manager Execution\n\n> 작성일: 2026-01-26\n{status}\n\n\
                 | 항목 | Evidence |\n|------|----------|\n| `_wrap_manager()` | `src/server.py:5` |\n"
            ),
        )
        .commit_all();
    repo.write("src/server.py", code(3)).commit_all();
    repo.check(&["--select", "citation"])
}

#[test]
fn a_korean_record_whose_status_says_finished_keeps_its_line_numbers() {
    for status in [
        "> 상태: **RESOLVED - 옵션 1 (Worker API) 선택 및 구현됨**",
        "**상태**: ✅ 완료",
        "> 상태: 완료됨",
    ] {
        let run = record(status);
        assert_eq!(run.findings(), vec![], "{status}\n{}", run.dump());
    }
}

/// Twin: a status that says the work goes on, or a header with no status,
/// leaves the record judged: the moved citation is reported.
#[test]
fn a_korean_record_still_under_way_is_judged() {
    for status in [
        "> 상태: 진행 중 (Phase 3 대기)",
        "> 상태: **v1.9 구현 완료** (Phase 1-2 Done, Phase 3 대기)",
        "> 마지막 업데이트: 2026-01-26",
    ] {
        let run = record(status);
        assert_eq!(
            run.findings(),
            vec![t(
                "citation/shifted",
                "docs/ADR-0001.md",
                8,
                23,
                "src/server.py"
            )],
            "{status}\n{}",
            run.dump()
        );
    }
}

// --- link/missing-path: Task Master's rule-writing guide shows how to link
// a rule (`- Example: [prisma.md](.windsurf/rules/prisma.md) for rule
// references` in `.windsurf/rules/windsurf_rules.md` and
// `.github/instructions/vscode_rules.md` of choisimo/fix_jb-project: 2
// findings judged false) ---

/// A repository with the agent rules file `path`, whose list holds `item`.
fn rules(path: &str, item: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# App\n")
        .write(
            path,
            format!(
                "---\ndescription: Guidelines for rule files\n---\n\n\
                 - **File References:**\n  - Use `[filename](mdc:path/to/file)` to reference files\n{item}\n"
            ),
        )
        .commit_all();
    repo
}

#[test]
fn an_example_link_of_an_agents_rules_file_is_silent() {
    for path in [
        ".windsurf/rules/windsurf_rules.md",
        ".github/instructions/vscode_rules.md",
    ] {
        let folder = path.rsplit_once('/').map_or("", |(d, _)| d);
        let item = format!("  - Example: [prisma.md]({folder}/prisma.md) for rule references");
        let run = rules(path, &item).check(&[]);
        assert_eq!(
            run.findings_of(&["link/missing-path"]),
            vec![],
            "{path}\n{}",
            run.dump()
        );
    }
}

/// Twin: the same link without the `Example:` label, the same line outside
/// an agent's folder, and an example whose target git history shows deleted
/// are reported.
#[test]
fn other_missing_links_of_rules_files_are_reported() {
    let run = rules(
        ".windsurf/rules/windsurf_rules.md",
        "  - See [prisma.md](.windsurf/rules/prisma.md) for rule references",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            ".windsurf/rules/windsurf_rules.md",
            7,
            9,
            ".windsurf/rules/.windsurf/rules/prisma.md"
        )],
        "\n{}",
        run.dump()
    );
    let run = rules(
        "docs/rules_guide.md",
        "  - Example: [prisma.md](prisma.md) for rule references",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "docs/rules_guide.md",
            7,
            14,
            "docs/prisma.md"
        )],
        "\n{}",
        run.dump()
    );
    let repo = rules(
        ".windsurf/rules/windsurf_rules.md",
        "  - Example: [prisma.md](prisma.md) for rule references",
    );
    repo.write(".windsurf/rules/prisma.md", "# Prisma\n")
        .commit_all();
    repo.git(&["rm", "-q", ".windsurf/rules/prisma.md"]);
    repo.commit();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            ".windsurf/rules/windsurf_rules.md",
            7,
            14,
            ".windsurf/rules/prisma.md"
        )],
        "\n{}",
        run.dump()
    );
}
