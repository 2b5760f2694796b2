//! Survey s125f: repositories with git submodules, Git LFS, symlinks
//! (GS1-ISA/LISA, vkhangpham/course-copilot, broomva/arcan). The false
//! pattern found there beside its true twin; exact findings, the real
//! binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- link/missing-anchor: the README Firebase Data Connect writes beside
// the SDK it generates (`dataconnect-generated/js/default-connector/`),
// whose own table of contents links `#generated-javascript-readme` over a
// heading `# Generated TypeScript README`, and which says below it that it
// is generated and that changes to it will be overwritten. The generator's
// bug, fixed by no maintainer of the project: 2 findings judged false ---

fn sdk_readme(note: &str) -> String {
    format!(
        "# Table of Contents\n\
- [**Overview**](#generated-javascript-readme)\n\
- [**Accessing the connector**](#accessing-the-connector)\n\
  - [*Connecting to the local Emulator*](#connecting-to-the-local-emulator)\n\
- [**Queries**](#queries)\n\
- [**Mutations**](#mutations)\n\n\
# Generated TypeScript README\n\
This README will guide you through the process of using the generated JavaScript SDK package.\n\n\
{note}\n\n\
# Accessing the connector\n\nText.\n\n\
## Connecting to the local Emulator\n\nText.\n\n\
# Queries\n\nText.\n\n\
# Mutations\n\nText.\n"
    )
}

fn connector(note: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "dataconnect-generated/js/default-connector/README.md",
        sdk_readme(note),
    )
    .write(
        "dataconnect/connector/connector.yaml",
        "connectorId: default\ngenerate:\n  javascriptSdk:\n    outputDir: ../../dataconnect-generated/js/default-connector\n",
    );
    repo.commit_all();
    repo
}

#[test]
fn a_readme_that_says_it_is_regenerated_over_its_edits_is_not_checked() {
    let run = connector(
        "***NOTE:** This README is generated alongside the generated SDK. If you make changes to this file, they will be overwritten when the SDK is regenerated.*",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same README without the notice (a hand-written guide whose
/// contents link misses its heading) is checked.
#[test]
fn the_same_readme_without_the_notice_is_checked() {
    let run = connector("**NOTE:** The SDK is generated; see the docs.").check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![t(
            "link/missing-anchor",
            "dataconnect-generated/js/default-connector/README.md",
            2,
            3,
            "dataconnect-generated/js/default-connector/README.md#generated-javascript-readme"
        )],
        "\n{}",
        run.dump()
    );
}
