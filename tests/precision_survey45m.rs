//! Survey 45 (lead): patterns found while reading earlier rounds' false
//! findings again. Exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

/// The code a test report cites, ten lines; line 5 says something.
fn code(above: usize) -> String {
    let mut s: String = (0..above).map(|i| format!("// added {i}\n")).collect();
    for i in 1..=10 {
        if i == 5 {
            s.push_str("export const retries = 3;\n");
        } else {
            s.push_str(&format!("const v{i} = {i};\n"));
        }
    }
    s
}

/// A test report at `name`, titled `title`: the features tested (ticked)
/// and those still to test (open), and a problem found at `src/app.ts:5`;
/// `ticked_later`: a later commit ticks one more box.
fn report(title: &str, ticked_later: bool, name: &str) -> common::Run {
    let repo = Repo::new();
    let text = |checkout: &str| {
        format!(
            "# {title}\n\n## Problems\n\n| Problem | Where |\n| --- | --- |\n\
             | Retries are fixed | `src/app.ts:5` |\n\n## Features\n\n\
             - [x] Login\n- [{checkout}] Checkout\n- [ ] Refunds\n"
        )
    };
    repo.write("src/app.ts", code(0))
        .write(name, text(" "))
        .commit_all();
    if ticked_later {
        repo.write(name, text("x")).commit_all();
    }
    repo.write("src/app.ts", code(3)).commit_all();
    repo.check(&["--select", "citation"])
}

/// The finding a judged twin keeps: the moved citation of `src/app.ts:5`.
fn shifted() -> Vec<common::Tuple> {
    vec![t(
        "citation/shifted",
        "docs/checkout.md",
        7,
        23,
        "src/app.ts",
    )]
}

/// charlesnunot/Stratos (survey 44b): `已登录用户访问帖子详情页系统推演报告.md`,
/// a test report written in one commit and never edited, lists the
/// features it tested (ticked) and those still to test (open), and cites
/// the code of its day: 18 citation findings judged false. Nobody works
/// its boxes; it records the day it was written.
#[test]
fn a_report_written_once_keeps_the_line_numbers_of_its_day() {
    let run = report("帖子详情页系统推演报告", false, "帖子详情页系统推演报告.md");
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
    let run = report("Checkout Test Report", false, "docs/checkout.md");
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twin: a box ticked after the report was written: the list is worked,
/// and the moved citation is reported.
#[test]
fn a_report_whose_boxes_were_ticked_later_is_judged() {
    let run = report("Checkout Test Report", true, "docs/checkout.md");
    assert_eq!(run.findings(), shifted(), "\n{}", run.dump());
}

/// Twin: the same list written once in a checklist that is no report (nor
/// a review, which teams keep ticking) is judged.
#[test]
fn a_checklist_written_once_is_judged() {
    for title in ["Checkout Checklist", "Checkout Readiness Review"] {
        let run = report(title, false, "docs/checkout.md");
        assert_eq!(run.findings(), shifted(), "{title}\n{}", run.dump());
    }
}

/// mikeychann-hash/FGD (survey 45a): `EXTENSIVE_BOT_REVIEW_SUMMARY.md`,
/// `# Extensive Bot System Review - Summary` over `**Date:** 2025-11-08`,
/// committed once with four boxes of its testing checklist ticked and the
/// rest open: a dated review written once records its day (4 findings
/// judged false). Twin: the undated review (above, `Checkout Readiness
/// Review`) is a page a team keeps ticking, and judged.
#[test]
fn a_dated_review_written_once_keeps_the_line_numbers_of_its_day() {
    let run = report(
        "Checkout Review - Summary\n**Date:** 2025-11-08",
        false,
        "docs/checkout.md",
    );
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// hyperledger-iroha/iroha (survey 47b, seen after the fix of its synced
/// copies): the Docusaurus portal's `nexus/operations.md` says `id:
/// nexus-operations`, and so do its translations beside it
/// (`operations.fr.md`, `operations.zh-hans.md`, kept out of the docs by the
/// site's configuration); `./nexus-operations` names the doc (about 20
/// findings). Twins: an id no doc has, and an id two plain docs share
/// (which one is meant is not known), are reported.
#[test]
fn a_doc_id_its_translations_repeat_names_the_doc() {
    let repo = Repo::new();
    let page = |title: &str| format!("---\nid: nexus-operations\n---\n\n# {title}\n");
    repo.write(
        "docusaurus.config.js",
        "module.exports = { presets: [['classic', { docs: { routeBasePath: '/' } }]] };\n",
    )
    .write("docs/nexus/operations.md", page("Operations"))
    .write("docs/nexus/operations.fr.md", page("Opérations"))
    .write("docs/nexus/operations.zh-hans.md", page("运维"))
    .write("docs/twice/a.md", "---\nid: shared\n---\n\n# A\n")
    .write("docs/twice/b.md", "---\nid: shared\n---\n\n# B\n")
    .write(
        "docs/twice/index.md",
        "# Twice\n\nSee [the shared doc](./shared).\n",
    )
    .write(
        "docs/nexus/overview.md",
        "# Overview\n\nSee [operations](./nexus-operations) and [the runbook](./nexus-runbook).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/nexus/overview.md",
                3,
                42,
                "docs/nexus/nexus-runbook"
            ),
            t(
                "link/missing-path",
                "docs/twice/index.md",
                3,
                5,
                "docs/twice/shared"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
