//! One rename, one finding: a document that names a moved file on many
//! lines (survey 40a: secretflow's `report.md`, 352 references to rule
//! files renamed `.mdc` → `.txt` in one commit) gets one `path/renamed`
//! finding per moved path, which counts the other references and whose fix
//! rewrites them all. The real binary in a real git repository.

mod common;

use common::{Repo, t};

fn moved(repo: &Repo) {
    repo.write("rules/a.mdc", "rule a\n")
        .write("rules/b.mdc", "rule b\n")
        .commit_all();
    repo.git(&["mv", "rules/a.mdc", "rules/a.txt"]);
    repo.git(&["mv", "rules/b.mdc", "rules/b.txt"]);
    repo.commit_all();
}

#[test]
fn references_to_one_moved_file_are_one_finding_and_one_fix() {
    let repo = Repo::new();
    moved(&repo);
    repo.write(
        "report.md",
        "# Report\n\n\
         | Rule | File |\n| --- | --- |\n\
         | a | [a](rules/a.mdc) |\n\
         | a again | [a](rules/a.mdc) |\n\
         | b | [b](rules/b.mdc) |\n\
         | a last | [a](rules/a.mdc) |\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "path/renamed"]);
    assert_eq!(
        run.findings(),
        vec![
            t("path/renamed", "report.md", 5, 7, "rules/a.mdc"),
            t("path/renamed", "report.md", 7, 7, "rules/b.mdc"),
        ],
        "\n{}",
        run.dump()
    );
    let messages: Vec<String> = run
        .diagnostics()
        .iter()
        .map(|d| d["message"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(
        messages[0].ends_with("; 2 more references of this document name it alike"),
        "{messages:?}"
    );
    assert!(!messages[1].contains("more reference"), "{messages:?}");

    let fix = repo.run(&["fix", "--select", "path/renamed"]);
    assert_eq!(fix.code, 0, "\n{}", fix.dump());
    let text = std::fs::read_to_string(repo.path().join("report.md")).unwrap_or_default();
    assert_eq!(
        text,
        "# Report\n\n\
         | Rule | File |\n| --- | --- |\n\
         | a | [a](rules/a.txt) |\n\
         | a again | [a](rules/a.txt) |\n\
         | b | [b](rules/b.txt) |\n\
         | a last | [a](rules/a.txt) |\n"
    );
}
