//! Survey s125d: engineering handbooks, runbooks, postmortems and ADR folders
//! (openshift/runbooks, sourcegraph/handbook, dfds/postmortems,
//! opendatahub-io/architecture-decision-records). The false patterns found
//! there beside their true twins; exact findings, the real binary, real git
//! repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- link/missing-path: the ADR template of opendatahub-io (and
// project-codeflare) writes its authors as `[Greg Sheremeta](@gregsheremeta)`
// and leaves a handle blank as `(@)`. The blank is the template's, nothing to
// fix; a handle written, and a key contact written `[Jooho Lee](jlee@redhat.com)`,
// are dead links on GitHub whose fix is plain (survey 117b judged both
// patterns true), reported with the address to write ---

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

const ADR: &str = "architecture-decision-records/ODH-ADR-0001-use-adrs.md";

#[test]
fn a_handle_left_blank_is_the_templates() {
    let run = adr("[Chris Sams](@)", "[Landon LaSmith](@)").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twins: a handle written and an e-mail address without `mailto:` are dead
/// links, reported with the fix.
#[test]
fn a_handle_or_an_address_as_a_link_target_is_reported_with_the_fix() {
    let run = adr(
        "[Greg Sheremeta](@gregsheremeta)",
        "[Jooho Lee](jlee@redhat.com)",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                ADR,
                7,
                20,
                "architecture-decision-records/@gregsheremeta"
            ),
            t(
                "link/missing-path",
                ADR,
                14,
                14,
                "architecture-decision-records/jlee@redhat.com"
            ),
        ],
        "\n{}",
        run.dump()
    );
    let dump = run.dump();
    assert!(
        dump.contains("write `https://github.com/gregsheremeta`"),
        "{dump}"
    );
    assert!(dump.contains("write `mailto:jlee@redhat.com`"), "{dump}");
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
