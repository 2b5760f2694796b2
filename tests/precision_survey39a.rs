//! Patterns read by hand in survey 39a (helper s39a): security, compliance
//! and operational checklists (runbooks, postmortems, release guides) in
//! application repositories. Exact findings, the real binary in a real git
//! repository.

mod common;
use common::{Repo, t};

/// A documentation tree archived whole under `docs/old-docs/` (portal-universe:
/// `old-docs/ # 기존 문서 아카이브`, the docs as they were before a rewrite)
/// is not checked by default, like `old/` and `legacy/`: the move broke its
/// relative links, and nobody maintains an archive (survey 39a: 478 of the
/// repository's 722 findings stood in it, the 35 judged all false). Twin:
/// the same page in the live tree is checked, and its broken link reported.
#[test]
fn an_old_docs_archive_is_not_checked() {
    let page = |title: &str| {
        format!(
            "# {title}\n\n\
             See the [API reference](../../services/auth-service/docs/api/auth-api.md).\n"
        )
    };
    let repo = Repo::new();
    repo.write("docs/old-docs/guides/auth.md", page("Auth Service Guide"))
        .write("docs/old_docs/guides/auth.md", page("Auth Guide (v1)"))
        .write("docs/guides/auth.md", page("Auth"))
        .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/guides/auth.md",
            3,
            9,
            "services/auth-service/docs/api/auth-api.md"
        )],
        "\n{}",
        run.dump()
    );
}

/// A document whose file name says `diffs` is a log of what each day's work
/// changed (starlist-app's `docs/reports/DAY5_SOT_DIFFS.md`): its entries under
/// a dated heading (`## 2025-11-07: Day6 OPS Dashboard 実装完了`) list the
/// lines of that day's commit, and nobody renumbers them as the code moves
/// on (survey 39a: 4 shifted findings judged false). Twin: the same entry in
/// a document named otherwise is still reported when its lines move.
#[test]
fn a_dated_entry_of_a_diffs_log_is_never_shifted() {
    let code: String = (1..=10).map(|i| format!("const r{i} = {i};\n")).collect();
    let doc = |title: &str| {
        format!(
            "# {title} — Reality vs Spec\n\n\
             ## 2025-11-07: Day6 OPS Dashboard 実装完了\n\n\
             - CodeRefs:\n  - **Routing**: /ops route【F:lib/app_router.dart†L5-L6】\n"
        )
    };
    let repo = Repo::new();
    repo.write("lib/app_router.dart", &code).commit_all();
    repo.write("docs/reports/DAY5_SOT_DIFFS.md", doc("DAY5_SOT_DIFFS"))
        .write("docs/reports/DAY5_SOT_NOTES.md", doc("DAY5_SOT_NOTES"))
        .commit_all();
    repo.write("lib/app_router.dart", format!("// routes\n\n{code}"))
        .commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/shifted",
            "docs/reports/DAY5_SOT_NOTES.md",
            6,
            28,
            "lib/app_router.dart"
        )],
        "\n{}",
        run.dump()
    );
}
