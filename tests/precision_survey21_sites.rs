//! Precision of the link rules on site readings found in unseen repositories
//! (survey 22: github/opensource.guide's Jekyll site, kubernetes-sigs/
//! kustomize's GitHub repository-page links, mattermost/mattermost-handbook's
//! GitBook, vuejs/docs' VitePress component pages): every silenced link beside
//! a broken twin that must still be reported, with exact findings.

mod common;

use common::{Repo, assert_reference_findings, t};

// --- GitHub's repository pages ---

/// kustomize's `releasing/README.md` links `/../../releases`: GitHub reads a
/// link that starts with `/` from `/OWNER/REPO/blob/BRANCH/`, so two `..`
/// land on the repository and `releases` is its Releases page, from a file at
/// any depth. cncf/toc's `../../tags/cncf-tags.md` from `operations/` climbs
/// only to `/OWNER/REPO/blob/`: no repository page, still reported.
#[test]
fn a_rooted_link_two_levels_up_to_a_repository_page_is_silent_but_one_short_is_not() {
    let repo = Repo::new();
    repo.write(
        "releasing/README.md",
        "\
# Releasing

The [release page](/../../releases), [GitHub Actions](/../../actions), [issue](/../../issues/242).

See the [liaisons](../../tags/cncf-tags.md).
",
    )
    .write("README.md", "# R\n\n[issues](../../issues)\n")
    .commit_all();
    assert_reference_findings(
        &repo.check(&[]),
        &[t(
            "path/outside-repo",
            "releasing/README.md",
            5,
            9,
            "../../tags/cncf-tags.md",
        )],
    );
}
