//! docs/rules.md is generated from the rule registry; this keeps them in sync.

use std::process::Command;

#[test]
fn rules_md_matches_registry() {
    let out = Command::new(env!("CARGO_BIN_EXE_checkmark"))
        .args(["rules", "--markdown"])
        .output()
        .expect("run checkmark");
    assert!(out.status.success());
    let generated = String::from_utf8(out.stdout).expect("utf-8");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md");
    let on_disk = std::fs::read_to_string(path).expect("docs/rules.md exists");
    assert!(
        generated == on_disk,
        "docs/rules.md is out of date: run `cargo run -- rules --markdown > docs/rules.md`"
    );
}

#[test]
fn every_contract_rule_is_registered() {
    let out = Command::new(env!("CARGO_BIN_EXE_checkmark"))
        .arg("rules")
        .output()
        .expect("run checkmark");
    let listing = String::from_utf8(out.stdout).expect("utf-8");
    for id in [
        "citation/malformed",
        "citation/missing-path",
        "citation/line-range",
        "citation/stale",
        "link/missing-path",
        "link/line-range",
        "link/missing-anchor",
        "path/untracked",
        "path/outside-repo",
        "evidence/missing-path",
        "mention/missing-path",
        "evidence/missing-for-done",
        "task/malformed",
        "task/checked-parent-open-child",
        "task/section-claims-done",
        "status/unknown-value",
        "status/claim-contradiction",
        "table/column-count",
        "table/duplicate-key",
        "table/placeholder",
        "table/date-format",
        "encoding/mojibake",
        "encoding/invalid-utf8",
    ] {
        assert!(
            listing.lines().any(|l| l.starts_with(&format!("{id} "))),
            "{id} missing from `checkmark rules`"
        );
    }
}

#[test]
fn explains_one_rule_and_rejects_unknown() {
    let out = Command::new(env!("CARGO_BIN_EXE_checkmark"))
        .args(["rules", "task/malformed"])
        .output()
        .expect("run");
    let s = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        s.starts_with("task/malformed  (default: error, fixable by `checkmark fix`)"),
        "{s}"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_checkmark"))
        .args(["rules", "task/malformd"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(err.contains("did you mean `task/malformed`?"), "{err}");
}

/// `checkmark rules RULE` says why the rule matters and names its record of
/// cases when that is long; `--full` prints the record, a case per line.
#[test]
fn a_long_record_of_cases_is_named_and_printed_with_full() {
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_checkmark"))
            .args(args)
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let short = run(&["rules", "link/missing-path"]);
    assert!(
        short.contains(
            "Why it matters:\n  A broken link is a dead end for the reader, and in a readiness document it usually means evidence was moved or never committed.\n\nWhen it speaks, and when it stays silent:\n  the record of cases learned from real repositories runs to "
        ),
        "{short}"
    );
    assert!(
        short.contains("`checkmark rules link/missing-path --full` prints it"),
        "{short}"
    );
    assert!(short.len() < 2_000, "{} bytes", short.len());
    let full = run(&["rules", "link/missing-path", "--full"]);
    assert!(full.len() > 50_000, "{} bytes", full.len());
    assert!(
        full.contains("\n  - In a Hugo page (`hugo.toml`, or a `config.*` beside `content/` and `layouts/`), a root URL without a file extension"),
        "{full}"
    );
    // A short record is printed whole without `--full`.
    let date = run(&["rules", "table/date-format"]);
    assert!(
        date.contains(
            "When it speaks, and when it stays silent:\n  - It speaks in readiness tables"
        ),
        "{date}"
    );
    assert!(
        date.contains("\n  - It stays silent on templates"),
        "{date}"
    );
    assert_eq!(date, run(&["rules", "table/date-format", "--full"]));
}
