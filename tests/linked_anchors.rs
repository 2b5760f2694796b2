//! Anchors of linked documents come from the run's own parse of each document
//! (a question about one not parsed yet waits for it): the findings are the
//! same whichever document is parsed first, and the same as when the target is
//! not checked and is read for its anchors alone.

mod common;

use common::{Repo, t};

const N: usize = 24;

fn doc(i: usize) -> String {
    let j = (i + 1) % N;
    let mut s = format!(
        "# Doc {i}\n\n## Setup\n\nSee [next](d{j:02}.md#setup) and [gone](d{j:02}.md#setpu) and [again](d{j:02}.md#setpu).\nOwn: [self](#setup) [bad](#nope)\n"
    );
    if i == 0 {
        // Suppressed where it stands, and a non-UTF-8 target has no anchors.
        s.push_str("<!-- checkmark-disable-next-line link/missing-anchor -->\n[hidden](d01.md#hidden) [latin](latin1.md#x)\n");
    }
    s
}

fn repo() -> Repo {
    let repo = Repo::new();
    for i in 0..N {
        repo.write(&format!("docs/d{i:02}.md"), doc(i));
    }
    repo.write("docs/latin1.md", b"# Caf\xe9\n".as_slice());
    repo.commit_all();
    repo
}

fn expected(i: usize) -> Vec<common::Tuple> {
    let j = (i + 1) % N;
    vec![
        t(
            "link/missing-anchor",
            &format!("docs/d{i:02}.md"),
            5,
            30,
            &format!("docs/d{j:02}.md#setpu"),
        ),
        t(
            "link/missing-anchor",
            &format!("docs/d{i:02}.md"),
            6,
            21,
            &format!("docs/d{i:02}.md#nope"),
        ),
    ]
}

#[test]
fn anchors_of_documents_checked_together() {
    let repo = repo();
    let run = repo.check(&[]);
    let all: Vec<common::Tuple> = (0..N).flat_map(expected).collect();
    assert_eq!(run.findings_of(&["link/"]), all, "\n{}", run.dump());
    // One finding per missing target, counting the other links to it.
    let d = run.diagnostics_of(&["link/missing-anchor"]);
    assert_eq!(
        d[0]["message"],
        "anchor `#setpu` matches no heading or anchor in `docs/d01.md`; 1 more links of this document point at it"
    );
    assert_eq!(d[0]["help"], "did you mean `docs/d01.md#setup`?");
    assert_eq!(
        d[1]["help"]
            .as_str()
            .map(|h| h.starts_with("link to one of")),
        Some(true)
    );
}

#[test]
fn anchors_of_a_document_not_checked_are_read() {
    let repo = repo();
    let run = repo.check(&["docs/d00.md"]);
    assert_eq!(run.findings_of(&["link/"]), expected(0), "\n{}", run.dump());
    let d = run.diagnostics_of(&["link/missing-anchor"]);
    assert_eq!(
        d[0]["message"],
        "anchor `#setpu` matches no heading or anchor in `docs/d01.md`; 1 more links of this document point at it"
    );
    assert_eq!(d[0]["help"], "did you mean `docs/d01.md#setup`?");
}
