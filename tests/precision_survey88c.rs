//! Survey 88c: Python and Go projects run through a formatter (black, ruff
//! format, gofmt) whose design docs, ADRs and agent notes cite code by line
//! (realtime-messaging-platform, Periscope, gonogo, tmi). False patterns
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, lines, t};

/// A month's security scan filed in a folder named by that month below a
/// threat-model folder (tmi's `docs/threat-model/2026-06/VULN-FINDINGS.md`
/// and `PATCHES.md`, written on 2026-06-14 and never edited after: 29
/// shifted and 7 stale findings judged false) records the tree of that
/// month. Its twins are judged: the same scan edited after the month ended,
/// one in a folder not named by a month, and a month folder outside an
/// audit, reports or threat-model tree.
#[test]
fn a_month_folder_of_a_threat_model_never_edited_after_the_month_is_a_record() {
    let repo = Repo::new();
    repo.write("api/consumer.go", lines(20));
    repo.commit_on("2026-06-01");
    // Each scan of its own words: identical copies are reported once.
    let scan = |doc: &str| {
        let name = doc.replace(['/', '.', '-'], " ");
        let name: String = name.chars().filter(|c| !c.is_ascii_digit()).collect();
        format!(
            "# Findings\n\n{name}\n\n| id | location |\n|---|---|\n| F-001 | `api/consumer.go:5` |\n"
        )
    };
    for doc in [
        "docs/threat-model/2026-06/FINDINGS.md",
        "docs/threat-model/2026-06/EDITED.md",
        "docs/threat-model/current/FINDINGS.md",
        "docs/notes/2026-06/FINDINGS.md",
    ] {
        repo.write(doc, scan(doc));
    }
    repo.commit_on("2026-06-14");
    repo.write("api/consumer.go", format!("new 1\nnew 2\n{}", lines(20)));
    repo.commit_on("2026-06-20");
    repo.write(
        "docs/threat-model/2026-06/EDITED.md",
        format!(
            "{}\nAddendum.\n",
            scan("docs/threat-model/2026-06/EDITED.md")
        ),
    );
    repo.commit_on("2026-07-20");
    let run = repo.check(&["--select", "citation/"]);
    let mut found = run.findings();
    found.sort();
    let mut expected: Vec<_> = [
        "docs/notes/2026-06/FINDINGS.md",
        "docs/threat-model/2026-06/EDITED.md",
        "docs/threat-model/current/FINDINGS.md",
    ]
    .into_iter()
    .map(|doc| t("citation/shifted", doc, 7, 11, "api/consumer.go"))
    .collect();
    expected.sort();
    assert_eq!(found, expected, "\n{}", run.dump());
}
