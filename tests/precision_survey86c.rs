//! Survey 86c: ordinary well-kept documentation repositories with no
//! checklists, round 2 of standards and RFC-style repositories
//! (graphql/graphql-spec, opencontainers/runtime-spec, nodejs/node-eps,
//! semver/semver). False patterns found there, each beside its true twin;
//! exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- a spec-md specification links its sections by spec-md's ids
// (graphql/graphql-spec: `#sec-Appendix-Notation-Conventions`,
// `#sec-Scalars.Custom-Scalars`, `#sec--oneOf`; 25 findings judged false) ---

const SPEC_PAGE: &str = "# Type System\n\n\
See [notation](#sec-Appendix-Notation-Conventions), [custom](#sec-Scalars.Custom-Scalars), \
[oneOf](#sec--oneOf) and [gone](#sec-Renamed-Section).\n\n\
## Scalars\n\n**Custom Scalars**\n\nText.\n\n### @oneOf\n\nText.\n";

/// graphql-spec's layout: `spec/` pages joined by spec-md, with or without
/// the `package.json` that builds them (`spec_md`).
fn spec(spec_md: bool) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# GraphQL\n")
        .write(
            "spec/GraphQL.md",
            "# GraphQL\n\n# [Type System](Type.md)\n\n\
             # [Appendix: Notation Conventions](Notation.md)\n",
        )
        .write("spec/Type.md", SPEC_PAGE)
        .write("spec/Notation.md", "# Notation Conventions\n\nText.\n");
    if spec_md {
        repo.write(
            "package.json",
            "{\n  \"name\": \"graphql-spec\",\n  \"scripts\": {\n    \"build\": \"spec-md spec/GraphQL.md > out.html\"\n  },\n  \"devDependencies\": {\n    \"spec-md\": \"3.1.0\"\n  }\n}\n",
        );
    }
    repo.commit_all();
    repo
}

#[test]
fn spec_md_section_ids_are_the_specifications_anchors() {
    let run = spec(true).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![t(
            "link/missing-anchor",
            "spec/Type.md",
            3,
            117,
            "spec/Type.md#sec-Renamed-Section"
        )],
        "\n{}",
        run.dump()
    );
}

/// Twin: without spec-md the pages are GitHub's, and none of the `sec-`
/// anchors names a heading there: all four are reported.
#[test]
fn spec_md_ids_without_spec_md_are_read_githubs_way() {
    let run = spec(false).check(&[]);
    let expected: Vec<_> = [
        (5, "sec-Appendix-Notation-Conventions"),
        (53, "sec-Scalars.Custom-Scalars"),
        (92, "sec--oneOf"),
        (117, "sec-Renamed-Section"),
    ]
    .iter()
    .map(|(column, anchor)| {
        t(
            "link/missing-anchor",
            "spec/Type.md",
            3,
            *column,
            &format!("spec/Type.md#{anchor}"),
        )
    })
    .collect();
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        expected,
        "\n{}",
        run.dump()
    );
}
