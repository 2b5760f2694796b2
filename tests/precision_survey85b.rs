//! Survey 85b: documents that cite code with Codex-style citations
//! (`【F:path†L10-L20】`), round 2 (LoraAPIBackend, Automation, arrstackmini,
//! standalone-civitai-shortcut). False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- a report template spelling the citation form out with words for its
// lines (standalone-civitai-shortcut's `docs/REPORT_TEMPLATE.md`:
// `【F:檔案路徑†L起始行-L結束行】`) ---

/// A template showing the citation form, with `spec` as its lines.
fn template(spec: &str) -> Repo {
    let repo = Repo::new();
    repo.write("src/app.py", common::lines(30)).write(
        "docs/REPORT_TEMPLATE.md",
        format!(
            "# [Task] report\n\n- [Files changed, as 【F:檔案路徑†{spec}】]\n\
             - [Or in English: 【F:path/to/file†{spec}】]\n"
        ),
    );
    repo.commit_all();
    repo
}

#[test]
fn a_citation_whose_lines_are_words_is_a_template_placeholder() {
    for spec in [
        "L起始行-L結束行",
        "Lstart-Lend",
        "L<start>-L<end>",
        "Lstart",
    ] {
        let run = template(spec).check(&[]);
        assert_eq!(
            run.findings_of(&["citation/"]),
            vec![],
            "{spec}\n{}",
            run.dump()
        );
    }
}

/// Twin: a range with a digit in it is a typo (`L1O` for `L10`), reported.
#[test]
fn a_citation_whose_lines_hold_a_digit_is_malformed() {
    let run = template("L1O-L20").check(&[]);
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![
            t("citation/malformed", "docs/REPORT_TEMPLATE.md", 3, 22, ""),
            t("citation/malformed", "docs/REPORT_TEMPLATE.md", 4, 19, ""),
        ],
        "\n{}",
        run.dump()
    );
}
