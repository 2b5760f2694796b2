//! A document moved without its relative links (survey 3: shirokumado-ts,
//! 467 `link/missing-path` findings from one `git mv` of its guides one
//! folder deeper): from five missing links that all resolve from one folder
//! above the document, they are one finding that names the folder; fewer are
//! each reported, as any broken link.

mod common;

use common::{Repo, t};

/// `docs/guides/frontend/react.md`, moved from `docs/guides/`, with `n`
/// links written for its old folder (`../../app/fN.tsx`) and one link that is
/// broken from anywhere.
fn moved_guide(n: usize) -> Repo {
    let repo = Repo::new();
    let mut doc = String::from("# React\n\n");
    for i in 0..n {
        repo.write(&format!("app/f{i}.tsx"), "x\n");
        doc.push_str(&format!("- [page {i}](../../app/f{i}.tsx)\n"));
    }
    doc.push_str("- [gone](../../app/never.tsx)\n");
    repo.write("docs/guides/frontend/react.md", doc)
        .commit_all();
    repo
}

#[test]
fn five_links_written_for_the_folder_above_are_one_finding() {
    let repo = moved_guide(5);
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/guides/frontend/react.md",
                3,
                3,
                "docs/app/f0.tsx"
            ),
            t(
                "link/missing-path",
                "docs/guides/frontend/react.md",
                8,
                3,
                "docs/app/never.tsx"
            ),
        ],
        "\n{}",
        run.dump()
    );
    let d = &run.diagnostics()[0];
    assert_eq!(
        d["message"],
        "link target `../../app/f0.tsx` does not exist in the working tree; it and 4 more links of this document resolve from `docs/guides/`, one folder up (written before the document moved here, or for another folder)"
    );
    assert_eq!(
        d["help"],
        "write the links from this document's folder (this one: `../../../app/f0.tsx`), or move the document back"
    );
    assert_eq!(run.code, 1);
}

/// The twin: four such links are four findings (each its own broken link).
#[test]
fn four_links_written_for_the_folder_above_are_each_reported() {
    let repo = moved_guide(4);
    let run = repo.check(&[]);
    let doc = "docs/guides/frontend/react.md";
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", doc, 3, 3, "docs/app/f0.tsx"),
            t("link/missing-path", doc, 4, 3, "docs/app/f1.tsx"),
            t("link/missing-path", doc, 5, 3, "docs/app/f2.tsx"),
            t("link/missing-path", doc, 6, 3, "docs/app/f3.tsx"),
            t("link/missing-path", doc, 7, 3, "docs/app/never.tsx"),
        ],
        "\n{}",
        run.dump()
    );
}
