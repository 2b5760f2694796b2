//! Survey 50 (lead): patterns found while reading the round's reports.
//! Exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

/// A Greek standard operating procedure whose headings are in capitals
/// (Open-State-Stack/eIDAS's `11_Revocation_Status_SOP_GR.md`) and a table
/// of contents whose links are `anchors`.
fn greek_sop(anchors: &[&str]) -> common::Run {
    let repo = Repo::new();
    let toc: String = anchors
        .iter()
        .map(|a| format!("1. [ΣΚΟΠΟΣ ΚΑΙ ΠΕΔΙΟ ΕΦΑΡΜΟΓΗΣ](#{a})\n"))
        .collect();
    repo.write(
        "docs/sop.md",
        format!(
            "# Διαδικασία\n\n{toc}\n## 1. ΣΚΟΠΟΣ ΚΑΙ ΠΕΔΙΟ ΕΦΑΡΜΟΓΗΣ\n\nΚείμενο.\n\n## 2. Ρόλοι\n\nΚείμενο.\n"
        ),
    )
    .commit_all();
    repo.check(&["--select", "link/missing-anchor"])
}

/// GitHub lowercases a heading letter by letter: `ΣΚΟΠΟΣ` is `σκοποσ`,
/// with no final sigma. A table of contents written so (4 findings judged
/// false in survey 50a), and one written with the final sigma (as
/// JavaScript's `toLowerCase` writes it), both name the heading.
#[test]
fn a_greek_heading_is_named_with_or_without_its_final_sigma() {
    let run = greek_sop(&[
        "1-σκοποσ-και-πεδιο-εφαρμογησ",
        "1-σκοπος-και-πεδιο-εφαρμογης",
    ]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: a sigma inside a word is no final sigma (`σκοπςς`), and another
/// word is another heading: both are reported.
#[test]
fn a_greek_anchor_that_differs_by_more_than_its_final_sigma_is_reported() {
    let run = greek_sop(&[
        "1-σκοπςς-και-πεδιο-εφαρμογησ",
        "1-σκοπου-και-πεδιο-εφαρμογησ",
    ]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![
            t(
                "link/missing-anchor",
                "docs/sop.md",
                3,
                4,
                "docs/sop.md#1-σκοπςς-και-πεδιο-εφαρμογησ"
            ),
            t(
                "link/missing-anchor",
                "docs/sop.md",
                4,
                4,
                "docs/sop.md#1-σκοπου-και-πεδιο-εφαρμογησ"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// A doubled closing fence whose new block swallowed the next example's
/// opening fence (Stratos' `promote-post-unification-plan.md`, survey 44b:
/// ` ``` ` twice after a block, then sections, then a ` ```sql ` example
/// whose bare closing fence the new block took for its own) is reported,
/// though the next fence after the new block has an info string. Its twin,
/// a query's output in a bare block (survey 49b), is silent.
#[test]
fn a_doubled_fence_that_swallowed_an_example_is_reported() {
    let repo = Repo::new();
    repo.write(
        "plan.md",
        "# Plan\n\n## 3. Data\n\n\
         ```ts\nconst a = 1;\n```\n\
         ```\n\n## 4. Pages\n\n- one source\n- one route\n\n\
         ```sql\nSELECT 1;\n```\n\n## 5. Next\n\n\
         ```yaml\nkey: value\n```\n",
    )
    .write(
        "solutions.md",
        "# Solutions\n\n\
         ```sql\nSELECT COUNT(*) FROM trips;\n```\n\
         ```\n+-------+\n| count |\n|-------|\n| 15612 |\n+-------+\n```\n\n\
         ## Question 4\n\n```sql\nSELECT 2;\n```\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "document/unclosed-fence"]);
    assert_eq!(
        run.findings(),
        vec![t("document/unclosed-fence", "plan.md", 8, 1, "")],
        "\n{}",
        run.dump()
    );
}

/// Numbered pages written out of order (`04` and `05` written, `06`, `09`
/// and `10` linked and never written: Quoorum's
/// `docs/claude/02-checkpoint-protocol.md`, survey 48a, 5 findings judged
/// true) are a set of documents, not a series written from its start: its
/// dead links are reported.
#[test]
fn numbered_pages_written_out_of_order_are_no_series_to_come() {
    let repo = Repo::new();
    repo.write("docs/claude/04-rules.md", "# Rules\n")
        .write("docs/claude/05-patterns.md", "# Patterns\n")
        .write(
            "docs/claude/02-checkpoint-protocol.md",
            "# Checkpoints\n\n\
             | Action | Read |\n|---|---|\n\
             | Edit | [04-rules.md](./04-rules.md) |\n\
             | Router | [05-patterns.md](./05-patterns.md) |\n\
             | Query | [10-security.md](./10-security.md) |\n\
             | Any | [06-prohibitions.md](./06-prohibitions.md) |\n\
             | Tests | [09-testing.md](./09-testing.md) |\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    let file = "docs/claude/02-checkpoint-protocol.md";
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                file,
                7,
                11,
                "docs/claude/10-security.md"
            ),
            t(
                "link/missing-path",
                file,
                8,
                9,
                "docs/claude/06-prohibitions.md"
            ),
            t(
                "link/missing-path",
                file,
                9,
                11,
                "docs/claude/09-testing.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// A document moved from the root into `docs/` whose links were written from
/// the root (`docs/a.md` from `docs/spec.md`: mlsdm's `ARCHITECTURE_SPEC.md`,
/// survey 47a) is one problem, folded into one finding, whatever else its
/// move says about the links: 5 such links, one finding that counts them.
#[test]
fn a_moved_documents_links_written_from_the_root_are_folded() {
    let repo = Repo::new();
    let names = ["a", "b", "c", "d", "e"];
    let mut spec = String::from("# Spec\n\n");
    for n in names {
        repo.write(&format!("docs/{n}.md"), "# Doc\n");
        spec.push_str(&format!("- [docs/{n}.md](docs/{n}.md)\n"));
    }
    repo.write("SPEC.md", &spec).commit_all();
    repo.git(&["mv", "SPEC.md", "docs/SPEC.md"]);
    repo.commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "docs/SPEC.md",
            3,
            3,
            "docs/docs/a.md"
        )],
        "\n{}",
        run.dump()
    );
}
