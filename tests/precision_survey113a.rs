//! Survey s113a: embedded and firmware repositories with bring-up stories,
//! hardware test trackers and agent-written docs (Cannasol-Tech/
//! multi-sonicator-io's ATmega32A controller with its BMAD stories and HIL
//! docs, julesdg6/aCYD-MIDI's ESP32 CYD PlatformIO firmware docs,
//! Alloy-Embedded/alloy's Material for MkDocs guide of a C++23 embedded
//! framework). False patterns found there, each beside its true twin; exact
//! findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- PyMdown SuperFences reads an opening fence whose quoted option holds
// a backtick (```` ```cpp title="illustrative: `GPIOA_BASE` comes from the
// vendor header" ````) as a fence; CommonMark, which forbids a backtick in a
// backtick fence's info string, shows it as text (alloy's `docs/guide/`:
// 5 findings judged false) ---

const SUPERFENCES: &str = "site_name: alloy\nmarkdown_extensions:\n  - admonition\n  - pymdownx.superfences:\n      custom_fences:\n        - name: mermaid\n          class: mermaid\n";

const PLAIN_MKDOCS: &str = "site_name: alloy\nmarkdown_extensions:\n  - admonition\n";

/// A guide page whose example opens with the fence line `opening`, followed
/// by a heading and a task the page shows as Markdown when that line opens
/// the block.
fn guide(config: &str, opening: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# alloy\n")
        .write("mkdocs.yml", config)
        .write("docs/index.md", "# Home\n")
        .write(
            "docs/guide/escape-hatch.md",
            format!(
                "# Escape hatch\n\n{opening}\nauto *port = reinterpret_cast<Gpio *>(GPIOA_BASE);\n```\n\n## Next steps\n\n- [ ] Flash the board.\n"
            ),
        )
        .commit_all();
    repo
}

const QUOTED: &str =
    "```cpp title=\"illustrative: `GPIOA_BASE` comes from the vendor header, not from alloy\"";

#[test]
fn a_superfences_option_may_quote_a_backtick() {
    let run = guide(SUPERFENCES, QUOTED).check(&[]);
    assert_eq!(
        run.findings_of(&["document/unclosed-fence"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twins: without SuperFences the line is text, as on GitHub, and its bare
/// closing fence opens a block that hides the heading and the task; with
/// SuperFences a backtick outside a quoted option opens no block either.
#[test]
fn the_same_line_without_superfences_or_unquoted_is_reported() {
    for (config, opening) in [
        (PLAIN_MKDOCS, QUOTED),
        (
            SUPERFENCES,
            "```cpp `GPIOA_BASE` comes from the vendor header",
        ),
    ] {
        let run = guide(config, opening).check(&[]);
        assert_eq!(
            run.findings_of(&["document/unclosed-fence"]),
            vec![t(
                "document/unclosed-fence",
                "docs/guide/escape-hatch.md",
                5,
                1,
                ""
            )],
            "\n{}",
            run.dump()
        );
    }
}
