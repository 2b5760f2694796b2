//! Survey s117a: repositories that keep copies of other projects'
//! documentation or agent context beside their own planning documents
//! (ericbuess/claude-code-docs, edspencer/bragdoc-ai, khmseu/ProDOS8Emu).
//! False patterns found there, each beside its true twin; exact findings,
//! the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- pages saved from a documentation site's Markdown export
// (claude-code-docs' `docs/`, a mirror of code.claude.com: each page opens
// with the site's "Documentation Index" note pointing at its `llms.txt`;
// its `/docs/en/…` links are the site's routes and its anchors the site's;
// 7,093 findings, the 60 read all judged false) ---

const NOTE: &str = "> ## Documentation Index\n\
> Fetch the complete documentation index at: https://code.claude.com/docs/llms.txt\n\
> Use this file to discover all available pages before exploring further.\n";

/// A page of the site, as its Markdown export gives it after `note`.
fn page(note: &str) -> String {
    format!(
        "{note}\n# Use Claude Code with a screen reader\n\n\
Add `\"axScreenReader\": true` to your [settings file](/docs/en/settings).\n\n\
See the [accessibility settings](#accessibility-settings) table.\n"
    )
}

/// The mirror's own README beside the copied page, with a link to a file
/// that is not there: always checked.
const OWN_README: &str = "# Claude Code Documentation Mirror\n\n\
- [Accessibility](docs/accessibility.md)\n- [Uninstall](UNINSTALL.md)\n";

fn mirror(page_text: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", OWN_README)
        .write("docs/accessibility.md", page_text)
        .commit_all();
    repo
}

#[test]
fn a_page_saved_from_a_sites_markdown_export_is_left_out_but_the_readme_is_checked() {
    let run = mirror(&page(NOTE)).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "link/missing-anchor"]),
        vec![t("link/missing-path", "README.md", 4, 3, "UNINSTALL.md")],
        "\n{}",
        run.dump()
    );
}

/// Twin: the repository's own page that quotes the note in a code block
/// (how such exports begin) is checked, and so are its broken links.
#[test]
fn a_page_quoting_the_note_in_a_code_block_is_checked() {
    let quoted = format!("Exports open with:\n\n```markdown\n{NOTE}```\n");
    let run = mirror(&page(&quoted)).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path", "link/missing-anchor"]),
        vec![
            t("link/missing-path", "README.md", 4, 3, "UNINSTALL.md"),
            t(
                "link/missing-path",
                "docs/accessibility.md",
                11,
                38,
                "docs/en/settings"
            ),
            t(
                "link/missing-anchor",
                "docs/accessibility.md",
                13,
                9,
                "docs/accessibility.md#accessibility-settings"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Twin: a note with the first sentence only (no "Use this file …") is no
/// site export: the page is checked.
#[test]
fn a_page_with_half_the_note_is_checked() {
    let half = NOTE.replace(
        "> Use this file to discover all available pages before exploring further.\n",
        "",
    );
    let run = mirror(&page(&half)).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t("link/missing-path", "README.md", 4, 3, "UNINSTALL.md"),
            t(
                "link/missing-path",
                "docs/accessibility.md",
                6,
                38,
                "docs/en/settings"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
