//! Survey 75b: coding-agent phase notes, PR plans and implementation
//! summaries that cite code by line (brandon-fryslie/humanify,
//! ismverseinfinity/ifm-ruta, 0kenx/chief-wiggum, Cdaprod/ThatDAMToolbox).
//! False patterns found there, each beside its true twin; exact findings,
//! the real binary, real git repositories.

mod common;

use common::{Repo, Tuple, t};

const RULES: &[&str] = &["document/unclosed-fence", "link/missing-path"];

/// A phase plan with a broken ` ```markdown ` template (a migration
/// section holding a ` ```bash ` example), then `between`, then a second
/// broken template (a GitHub release's notes) whose text links the
/// repository's changelog. `example` is what follows the first
/// template's checklist (a ` ```bash ` example, or none).
fn phase_plan_with(example: &str, between: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Tool\n").write(
        "plan/PHASE_4.md",
        format!(
            "# Phase 4\n\
             \n\
             ## Migration\n\
             \n\
             ```markdown\n\
             ## Migration from 0.1 to 1.0\n\
             \n\
             ```bash\n\
             cargo update\n\
             ```\n\
             \n\
             See the migration notes.\n\
             ```\n\
             \n\
             ### Checklist\n\
             \n\
             - [ ] Run the tests\n\
             \n\
             {example}\
             {between}\
             ## Release\n\
             \n\
             ```markdown\n\
             # v1.0.0\n\
             \n\
             ```bash\n\
             cargo install tool\n\
             ```\n\
             \n\
             [Full Changelog](./CHANGELOG.md)\n\
             ```\n\
             \n\
             ## Next\n\
             \n\
             - [ ] Announce the release\n"
        ),
    );
    repo.commit_all();
    repo
}

/// Asserts the exact findings of the two rules over `repo`.
#[track_caller]
fn expect(repo: Repo, expected: &[Tuple]) {
    let run = repo.check(&[]);
    assert_eq!(run.findings_of(RULES), expected, "\n{}", run.dump());
}

fn phase_plan(between: &str) -> Repo {
    phase_plan_with("```bash\ncargo test\n```\n\n", between)
}

/// ifm-ruta's `.upgrade/PHASE_4.md`: the first example's stray block is
/// closed by the fence meant to close the ` ```bash ` example inside it, so
/// the fences pair rightly after it; the second template is broken too,
/// reported, and its link is the template's text (2 findings judged false).
#[test]
fn a_second_broken_template_after_the_fences_pair_again_is_reported_and_its_links_are_its_text() {
    expect(
        phase_plan(""),
        &[
            t("document/unclosed-fence", "plan/PHASE_4.md", 5, 1, ""),
            t("document/unclosed-fence", "plan/PHASE_4.md", 25, 1, ""),
        ],
    );
}

/// Twin: the same link in the document's own text, between the two
/// templates, is dead on GitHub and reported.
#[test]
fn a_dead_link_between_the_broken_templates_is_reported() {
    expect(
        phase_plan("See [the changelog](./CHANGELOG.md).\n\n"),
        &[
            t("document/unclosed-fence", "plan/PHASE_4.md", 5, 1, ""),
            t(
                "link/missing-path",
                "plan/PHASE_4.md",
                23,
                5,
                "plan/CHANGELOG.md",
            ),
            t("document/unclosed-fence", "plan/PHASE_4.md", 27, 1, ""),
        ],
    );
}

/// Twin: with no fence between the first template's closing fence and the
/// fence after it, that fence was meant to open the next block, every later
/// fence pairs with the wrong one: one problem, one finding (ifm-ruta's
/// `QUICK_START_RELEASE.md`, judged true). The second template's link,
/// rendered as the document's text only because the fences pair wrongly, is
/// the template's text as the first one's is (survey 87a: the later
/// templates of a broken template collection, 15 findings judged false).
#[test]
fn a_broken_template_whose_stray_block_holds_no_fence_is_one_problem() {
    expect(
        phase_plan_with("", ""),
        &[t("document/unclosed-fence", "plan/PHASE_4.md", 5, 1, "")],
    );
}
