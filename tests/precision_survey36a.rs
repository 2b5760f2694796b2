//! Patterns of survey 36a (readiness and launch trackers of application
//! repositories: dipan0saha/nonna_app, Kirachon/DSR,
//! shardie-github/WhatsForDinner, jakelevi88hp/apex-agents,
//! ggossard/StitchLens): an onboarding guide's list of placeholder links
//! whose fragments name a link to a tool, not a section (P1). The false
//! pattern beside its true twins, exact findings, the real binary in a real
//! git repository.

mod common;

use common::{Repo, t};

/// WhatsForDinner's `docs/ONBOARDING.md`, "Team Resources":
/// `[Slack Channel](#slack-channel)`, `[Figma Design System](#figma-link)`,
/// `[Jira Project Board](#jira-link)`, `[Confluence Wiki](#confluence-link)`:
/// URLs not known yet, written as fragments (1 folded finding judged false).
/// Twins: a table of contents whose `[Jira Link](#jira-link)` names its
/// missing heading, a list with only one link-named fragment, and a plain
/// missing section are still reported.
#[test]
fn a_list_of_link_named_placeholders_is_not_a_table_of_contents() {
    let repo = Repo::new();
    repo.write(
        "docs/onboarding.md",
        "# Onboarding\n\n\
         ## Resources\n\n\
         - [Slack Channel](#slack-channel)\n\
         - [Figma Design System](#figma-link)\n\
         - [Jira Project Board](#jira-link)\n\
         - [Confluence Wiki](#confluence-link)\n\n\
         ## Contents\n\n\
         - [Jira Link](#jira-link)\n\
         - [Resources](#resources)\n\n\
         ## Help\n\n\
         - [Support Channel](#support-channel)\n\
         - [Status Page](#status-link)\n\n\
         See [the setup](#setup).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "docs/onboarding.md",
                12,
                3,
                "docs/onboarding.md#jira-link"
            ),
            t(
                "link/missing-anchor",
                "docs/onboarding.md",
                17,
                3,
                "docs/onboarding.md#support-channel"
            ),
            t(
                "link/missing-anchor",
                "docs/onboarding.md",
                20,
                5,
                "docs/onboarding.md#setup"
            ),
        ]
    );
}
