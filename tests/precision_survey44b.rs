//! Patterns of survey 44b (launch, readiness and compliance checklists
//! written in languages other than English): Chinese audit reports named
//! `…报告` and dated `**审计时间**:`, a fix summary dated `**修复时间**:`, and
//! the syntax of a link shown with Chinese words (`[链接](url)`).
//! Exact findings, the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// A document at `path` whose opening is `head`, citing
/// `src/lib/hooks/useConversation.ts:10-72` of a 138-line file, then `tail`;
/// then the file is cut to 61 lines (the range now ends past its end).
fn record_after_cut(path: &str, head: &str, tail: &str) -> common::Run {
    record_worked_after_cut(path, head, tail, None)
}

/// [`record_after_cut`]; `later`: a later commit (before the cut) changes
/// the tail to it: the document is worked after it was written.
fn record_worked_after_cut(path: &str, head: &str, tail: &str, later: Option<&str>) -> common::Run {
    let repo = Repo::new();
    let doc = |tail: &str| {
        format!(
            "{head}\n\n## 问题\n\n- 会话创建未做去重：`src/lib/hooks/useConversation.ts:10-72`\n{tail}"
        )
    };
    repo.write("src/lib/hooks/useConversation.ts", common::lines(138))
        .write(path, doc(tail))
        .commit_all();
    if let Some(later) = later {
        repo.write(path, doc(later)).commit_all();
    }
    repo.write("src/lib/hooks/useConversation.ts", common::lines(61))
        .commit_all();
    repo.check(&["--select", "citation/line-range"])
}

/// The finding each judged twin keeps, on the citation's line of `path`.
fn reported(path: &str, line: u64) -> Vec<common::Tuple> {
    vec![t(
        "citation/line-range",
        path,
        line,
        12,
        "src/lib/hooks/useConversation.ts",
    )]
}

/// charlesnunot/Stratos (survey 44b): `Profile页面安全审计报告.md`, titled
/// `# Profile 页面安全审计报告` ("Profile page security audit report") and
/// stamped `**审计时间**: 2026-01-26` ("audit time"), and
/// `未登录用户访问-en-路径分析报告.md` ("… path analysis report"), written in one
/// commit and never edited, cite the code of their day (60 citation findings
/// judged false in five such reports). Chinese writes no space before the
/// word for report: the title's last word ends with it. Twins: the same
/// report with a worked task list (one box ticked in a later commit, one
/// open) and a document whose title names no report are still judged.
#[test]
fn a_chinese_title_ending_with_report_names_a_report() {
    let path = "Profile页面安全审计报告.md";
    let run = record_after_cut(path, "# Profile 页面安全审计报告", "");
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    // The file name alone names it too.
    let path = "未登录用户访问-en-路径分析报告.md";
    let run = record_after_cut(path, "# 未登录用户访问 `/en` 路径", "");
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    let path = "docs/profile.md";
    let run = record_worked_after_cut(
        path,
        "# Profile 页面安全审计报告",
        "\n## 清单\n\n- [ ] 页面加载\n- [ ] 图片上传\n",
        Some("\n## 清单\n\n- [x] 页面加载\n- [ ] 图片上传\n"),
    );
    assert_eq!(run.findings(), reported(path, 5), "\n{}", run.dump());

    let run = record_after_cut(path, "# Profile 页面安全改进", "");
    assert_eq!(run.findings(), reported(path, 5), "\n{}", run.dump());
}

/// charlesnunot/Stratos (survey 44b): `评论系统修复完成总结.md` ("comment
/// system fix completion summary") is stamped `**修复时间**: 2026-01-26`
/// ("fix time"), as its audit reports are stamped `**审计时间**:`: Chinese
/// writes `时间` ("time") for the day of the work as often as `日期`
/// ("date"). A dated record, never edited (3 findings judged false). Twins:
/// the same summary with no stamp, or a stamp with no date (`待定`, "to be
/// decided"), is judged.
#[test]
fn a_chinese_fix_time_stamp_dates_a_record() {
    let path = "评论系统修复完成总结.md";
    let run = record_after_cut(
        path,
        "# 评论系统修复完成总结\n\n**修复时间**: 2026-01-26  \n**修复范围**: 帖子评论系统",
        "",
    );
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());

    let run = record_after_cut(path, "# 评论系统修复完成总结", "");
    assert_eq!(run.findings(), reported(path, 5), "\n{}", run.dump());

    let run = record_after_cut(
        path,
        "# 评论系统修复完成总结\n\n**修复时间**: 待定  \n**修复范围**: 帖子评论系统",
        "",
    );
    assert_eq!(run.findings(), reported(path, 8), "\n{}", run.dump());
}

/// kevinaugment/smartlock-next (survey 44b): `MARKDOWN_TOC_IMPROVEMENTS.md`
/// lists the Markdown its pages render, `- ✅ [链接](url)` ("link"): the
/// syntax of a link shown with generic words, as `[text](url)` is, in
/// Chinese (1 finding judged false). Twin: a generic target behind real
/// words (`[部署指南](url)`, "deployment guide") is judged.
#[test]
fn link_syntax_shown_with_generic_words_in_another_language() {
    let repo = Repo::new();
    repo.write(
        "MARKDOWN_TOC_IMPROVEMENTS.md",
        "# 支持的Markdown特性\n\n- ✅ **加粗**\n- ✅ [链接](url)\n- ✅ [リンク](url)\n\n\
         部署前请阅读 [部署指南](url)。\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "MARKDOWN_TOC_IMPROVEMENTS.md",
            7,
            8,
            "url"
        )],
        "\n{}",
        run.dump()
    );
}
