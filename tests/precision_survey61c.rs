//! Survey 61c: Japanese and Chinese agent-written project documents
//! (plans, progress reports, design docs with task lists, status tables and
//! file references), round 3 (kynmh69/speck-project-budget-tracker,
//! iannil/drone-maintenance-ledger, mio-github/connect_en,
//! Sean-sheep/chapter5-system, tatsumix0801/tube-get,
//! zhizhunbao/gangwon-business-portal). False patterns found there, each
//! beside its true twin; exact findings, the real binary, real git
//! repositories.

mod common;

use common::{Repo, t};

/// The `link/missing-path` findings of a repository whose README holds
/// `line`, committed once.
fn missing_links(line: &str) -> Vec<common::Tuple> {
    let repo = Repo::new();
    repo.write("README.md", format!("# 予算管理\n\n## 貢献\n\n{line}\n"));
    repo.commit_all();
    let run = repo.check(&[]);
    eprintln!("{}", run.dump());
    run.findings_of(&["link/missing-path"])
}

// --- a link announced as in preparation, in Japanese: the note in
// full-width parentheses after the request to see the page
// (speck-project-budget-tracker's README: `[CONTRIBUTING.md](CONTRIBUTING.md)
// を参照してください（準備中）`, 1 finding judged false) ---

#[test]
fn a_link_to_see_announced_in_preparation_is_silent() {
    assert_eq!(
        missing_links("ガイドは [CONTRIBUTING.md](CONTRIBUTING.md) を参照してください（準備中）。"),
        vec![]
    );
}

/// Twin: the same line without the note is a dead link.
#[test]
fn a_link_to_see_without_the_note_is_reported() {
    assert_eq!(
        missing_links("ガイドは [CONTRIBUTING.md](CONTRIBUTING.md) を参照してください。"),
        vec![t("link/missing-path", "README.md", 5, 6, "CONTRIBUTING.md")]
    );
}

/// Twin: a note after other words may be about them (`and the other
/// guides (in preparation)`): the link is judged.
#[test]
fn a_note_after_other_words_is_not_the_links() {
    assert_eq!(
        missing_links("[CONTRIBUTING.md](CONTRIBUTING.md) と他のガイド（準備中）。"),
        vec![t("link/missing-path", "README.md", 5, 1, "CONTRIBUTING.md")]
    );
}

// --- the same note in Chinese, right after the link, in full-width
// parentheses (`（待补充）`, "to be added") ---

#[test]
fn a_link_announced_to_be_added_in_chinese_is_silent() {
    assert_eq!(
        missing_links("- [部署指南](docs/deploy.md)（待补充）"),
        vec![]
    );
}

/// Twin: a page git history held and that was deleted since was written:
/// the note is stale and the link is reported.
#[test]
fn a_deleted_page_announced_to_be_added_is_reported() {
    let repo = Repo::new();
    repo.write("README.md", "# 项目\n")
        .write("docs/deploy.md", "# 部署\n");
    repo.commit_all();
    repo.git(&["rm", "-q", "docs/deploy.md"]);
    repo.write(
        "README.md",
        "# 项目\n\n- [部署指南](docs/deploy.md)（待补充）\n",
    );
    repo.commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t("link/missing-path", "README.md", 3, 3, "docs/deploy.md")],
        "\n{}",
        run.dump()
    );
}
