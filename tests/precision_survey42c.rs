//! Patterns of survey 42c (well-kept documentation repositories read on
//! GitHub: kubernetes/community, electron/governance, openjs-foundation's
//! cross-project-council, helm/community, thoughtbot/guides,
//! basecamp/handbook). Exact findings, the real binary in a real git
//! repository; each false pattern beside its true twin.

mod common;

use common::{Repo, t};

const MINUTES: &str = "# WG Releases meeting\n\n## Agenda\n\n\
* [@sofianguy] ask companies about affinity mode\n\
* [] review the sudowoodo pull request\n\n\
## Housekeeping\n\n\
- [x] Slack\n  - [x] add the channel\n  - [ ] Governance repo (@ckerr)\n";

/// electron/governance's `wg-releases/meeting-notes/2019-05-22.md` and
/// kubernetes/community's `meeting-notes-archive/2019-meeting-notes.md`
/// (a Google Docs export): a past meeting's agenda and action items, as
/// recorded; nobody respaces or ticks its boxes (11 findings judged false).
/// Twins: the same text in a notes template (no year in its name) and in a
/// dated document that is no meeting's minutes are judged.
#[test]
fn meeting_minutes_are_no_checklist() {
    let repo = Repo::new();
    repo.write("wg-releases/meeting-notes/2019-05-22.md", MINUTES)
        .write("sig-release/meeting-notes-archive/2019.md", MINUTES)
        .write("meetings/2024/2024-07-23.md", MINUTES)
        .write("wg-releases/meeting-notes/template.md", MINUTES)
        .write("docs/plan-2019.md", MINUTES)
        .commit_all();
    let run = repo.check(&["--select", "task/"]);
    let (plan, template) = ("docs/plan-2019.md", "wg-releases/meeting-notes/template.md");
    let mut found = run.findings();
    found.sort();
    assert_eq!(
        found,
        vec![
            t("task/checked-parent-open-child", plan, 10, 1, ""),
            t("task/checked-parent-open-child", template, 10, 1, ""),
            t("task/malformed", plan, 6, 1, ""),
            t("task/malformed", template, 6, 1, ""),
        ],
        "\n{}",
        run.dump()
    );
}

/// kubernetes/community's `team-resources.md`: `[Entire community repo]:
/// /../../` climbs from `/OWNER/REPO/blob/BRANCH/` to the repository's home
/// page, as `/../../issues` reaches its issues. Twins: one level (the
/// `blob/` listing GitHub does not serve) and three levels are reported.
#[test]
fn a_climb_to_the_repository_home_page_is_a_link() {
    let repo = Repo::new();
    repo.write(
        "communication/team-resources.md",
        "# Resources\n\n- [Entire community repo]\n- [Blob](/../)\n- [Owner](/../../../)\n\n\
         [Entire community repo]: /../../\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "path/outside-repo"]);
    let mut found = run.findings();
    found.sort();
    assert_eq!(
        found,
        vec![
            t(
                "path/outside-repo",
                "communication/team-resources.md",
                4,
                3,
                "/../"
            ),
            t(
                "path/outside-repo",
                "communication/team-resources.md",
                5,
                3,
                "/../../../"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// kubernetes/community's `contributors/guide/pull-requests.md`: three
/// commit messages shown as three blocks written back to back (```` ``` ````
/// right after a closing fence), each opening with `# commit N`: they render
/// as meant. Twin: a doubled fence after a block of commands, over the
/// document's own heading and task item, is still reported.
#[test]
fn examples_written_back_to_back_are_no_doubled_fence() {
    let repo = Repo::new();
    repo.write(
        "guide/pull-requests.md",
        "# Squashing\n\nIf this is the lifecycle of your PR:\n\n\
         ```\n# commit 1\nOriginal commit msg\n```\n\
         ```\n# commit 2\nAddress review comments\n```\n\
         ```\n# commit 3\nFix test\n```\n\nThe end.\n",
    )
    .write(
        "guide/launch.md",
        "# Launch\n\n```\nmake test\n```\n```\n\n## Rollout\n\n- [ ] DNS\n\n```\nmake deploy\n```\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "document/unclosed-fence"]);
    assert_eq!(
        run.findings(),
        vec![t("document/unclosed-fence", "guide/launch.md", 6, 1, "")],
        "\n{}",
        run.dump()
    );
}
