//! `--base REV`: only findings new relative to REV are reported, the finding
//! reported is the one on the new line (not an old one "moved" onto it), and
//! the output says how many older findings it left out.

mod common;

use common::{Repo, t};

const DOC: &str = "# Launch

- [ ] Load test.【F:evidence/missing.txt†L1】
- [ ] Soak test.【F:evidence/gone.txt†L1】
";

fn repo() -> Repo {
    let repo = Repo::new();
    repo.write("docs/launch.md", DOC).commit_all();
    repo
}

/// A new line above an old one, with the same problem: the new line's finding
/// is reported, at the new line.
#[test]
fn a_new_line_above_an_old_one_with_the_same_problem_is_the_one_reported() {
    let repo = repo();
    repo.write(
        "docs/launch.md",
        DOC.replace(
            "- [ ] Load test.",
            "- [ ] Canary.【F:evidence/missing.txt†L1】\n- [ ] Load test.",
        ),
    );
    let run = repo.check(&["--base", "HEAD"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/missing-path",
            "docs/launch.md",
            3,
            14,
            "evidence/missing.txt"
        )],
        "{}",
        run.dump()
    );
    assert_eq!(run.code, 1);
    assert_eq!(run.json()["summary"]["known_at_base"], 2);
}

/// The same new line below the old one: still the new line (line 4).
#[test]
fn a_new_line_below_an_old_one_with_the_same_problem_is_the_one_reported() {
    let repo = repo();
    repo.write(
        "docs/launch.md",
        DOC.replace(
            "- [ ] Soak test.",
            "- [ ] Canary.【F:evidence/missing.txt†L1】\n- [ ] Soak test.",
        ),
    );
    let run = repo.check(&["--base", "HEAD"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/missing-path",
            "docs/launch.md",
            4,
            14,
            "evidence/missing.txt"
        )],
        "{}",
        run.dump()
    );
}

/// Without `--base` every finding is there (the twin: the base hides, it
/// does not lose).
#[test]
fn without_base_every_finding_is_reported() {
    let repo = repo();
    repo.write(
        "docs/launch.md",
        DOC.replace(
            "- [ ] Load test.",
            "- [ ] Canary.【F:evidence/missing.txt†L1】\n- [ ] Load test.",
        ),
    );
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "citation/missing-path",
                "docs/launch.md",
                3,
                14,
                "evidence/missing.txt"
            ),
            t(
                "citation/missing-path",
                "docs/launch.md",
                4,
                17,
                "evidence/missing.txt"
            ),
            t(
                "citation/missing-path",
                "docs/launch.md",
                5,
                17,
                "evidence/gone.txt"
            ),
        ],
        "{}",
        run.dump()
    );
}

#[test]
fn says_how_many_older_findings_it_left_out() {
    let repo = repo();
    // Nothing new: an unrelated line is added.
    repo.write("docs/launch.md", format!("{DOC}\nMore notes.\n"));

    let human = repo.run(&["check", "--base", "HEAD"]);
    assert_eq!(human.code, 0, "{}{}", human.stdout, human.stderr);
    assert_eq!(
        human.stdout,
        "No new findings: 1 file checked; 2 findings that already exist at HEAD are not shown.\n"
    );

    let json = repo.check(&["--base", "HEAD"]);
    assert_eq!(json.findings(), vec![]);
    assert_eq!(json.json()["summary"]["known_at_base"], 2);

    let md = repo.run(&["report", "--base", "HEAD"]);
    assert!(
        md.stdout.contains(
            "✅ No new problems in 1 file. 2 findings that already exist at `HEAD` are not shown.\n"
        ),
        "{}",
        md.stdout
    );

    // With a new finding too, the summary line says both.
    repo.write(
        "docs/launch.md",
        format!("{DOC}- [ ] Canary.【F:evidence/new.txt†L1】\n"),
    );
    let human = repo.run(&["check", "--base", "HEAD"]);
    assert!(
        human.stdout.ends_with(
            "Found 1 error, 0 warnings in 1 file (1 checked). Besides these, 2 findings that already exist at HEAD are not shown.\n"
        ),
        "{}",
        human.stdout
    );
    let md = repo.run(&["report", "--base", "HEAD"]);
    assert!(
        md.stdout
            .contains("Besides these, 2 findings that already exist at `HEAD` are not shown.\n"),
        "{}",
        md.stdout
    );
}

/// Without `--base` the JSON summary has no `known_at_base` (schema v1 unchanged).
#[test]
fn no_base_no_summary_key() {
    let repo = repo();
    let run = repo.check(&[]);
    assert!(run.json()["summary"].get("known_at_base").is_none());
}

/// A document renamed since the base is compared with its old self: its old
/// problems stay old, and a problem added with the rename is still new.
#[test]
fn a_renamed_document_keeps_its_old_findings_old() {
    let repo = repo();
    repo.git(&["mv", "docs/launch.md", "docs/ready.md"]);
    repo.write(
        "docs/ready.md",
        format!("{DOC}- [ ] Canary.【F:evidence/new.txt†L1】\n"),
    );
    repo.commit_all();
    let run = repo.check(&["--rev", "HEAD", "--base", "HEAD~1"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/missing-path",
            "docs/ready.md",
            5,
            14,
            "evidence/new.txt"
        )],
        "{}",
        run.dump()
    );
    assert_eq!(run.json()["summary"]["known_at_base"], 2);
    // Staged, not committed yet: the same.
    repo.git(&["mv", "docs/ready.md", "docs/go-live.md"]);
    let run = repo.check(&["--staged", "--base", "HEAD~1"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "citation/missing-path",
            "docs/go-live.md",
            5,
            14,
            "evidence/new.txt"
        )],
        "{}",
        run.dump()
    );
}
