//! Survey s125d: engineering handbooks, runbooks, postmortems and ADR folders
//! (openshift/runbooks, sourcegraph/handbook, dfds/postmortems,
//! opendatahub-io/architecture-decision-records). The false patterns found
//! there beside their true twins; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- link/missing-path: a person named by a link's whole target. The ADR
// template of opendatahub-io (and project-codeflare) writes its authors as
// `[Greg Sheremeta](@gregsheremeta)` and leaves a handle blank as `(@)`:
// a handle, not a path. A key contact written `[Jooho Lee](jlee@redhat.com)`
// is a dead link whose fix is `mailto:` (survey 117b, geocat-comp's code of
// conduct, judged true), reported with that help ---

fn adr(authors: &str, contacts: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "architecture-decision-records/ODH-ADR-0001-use-adrs.md",
        format!(
            "# Use ADRs\n\n|                |            |\n| -------------- | ---------- |\n\
| Date           | 2023-02-20 |\n| Status         | Accepted |\n\
| Authors        | {authors} |\n| Supersedes     | N/A |\n\n\
## Stakeholder Impacts\n\n| Group | Key Contacts | Impacted? |\n| --- | --- | --- |\n\
| Platform | {contacts} | Yes |\n"
        ),
    );
    repo.commit_all();
    repo
}

#[test]
fn a_handle_as_a_link_target_names_a_person() {
    let run = adr(
        "[Greg Sheremeta](@gregsheremeta), [Chris Sams](@)",
        "[Landon LaSmith](@LaVLas)",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: an e-mail address without `mailto:` is a dead link, reported with
/// the fix.
#[test]
fn an_address_without_mailto_is_reported_with_the_fix() {
    let run = adr(
        "[Greg Sheremeta](@gregsheremeta)",
        "[Jooho Lee](jlee@redhat.com)",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t(
            "link/missing-path",
            "architecture-decision-records/ODH-ADR-0001-use-adrs.md",
            14,
            14,
            "architecture-decision-records/jlee@redhat.com"
        )],
        "\n{}",
        run.dump()
    );
    assert!(
        run.dump().contains("write `mailto:jlee@redhat.com`"),
        "{}",
        run.dump()
    );
}

/// Twin: a target with a folder or an extension is a path, `@` or not, and
/// a missing one is reported.
#[test]
fn a_path_with_an_at_sign_is_still_reported() {
    let run = adr(
        "[Greg Sheremeta](people/gregsheremeta.md)",
        "[types](@types/index.d.ts), ![logo](logo@2x.png)",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "architecture-decision-records/ODH-ADR-0001-use-adrs.md",
                7,
                20,
                "architecture-decision-records/people/gregsheremeta.md"
            ),
            t(
                "link/missing-path",
                "architecture-decision-records/ODH-ADR-0001-use-adrs.md",
                14,
                14,
                "architecture-decision-records/@types/index.d.ts"
            ),
            t(
                "link/missing-path",
                "architecture-decision-records/ODH-ADR-0001-use-adrs.md",
                14,
                42,
                "architecture-decision-records/logo@2x.png"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
