//! Patterns of survey 32a (SCPrime/PaiiD at 1c9222f1, jokken79/UNS-ClaudeJP-6.0.0
//! at 0425cf50, Alialhaj1/SLMS at dcbce53f, alex19correia/FineHero at
//! 2aa15c92, jmillpps/codex-manager at 2042d3fc): a link its line announces
//! as a page yet to be written (`(coming soon)`, P2), and a link inside a
//! Markdown example whose nested fence broke it, which `document/unclosed-fence`
//! reports (P3). Each false pattern beside its true twin, exact findings, the
//! real binary in real git repositories.

mod common;

use common::{Repo, t};

/// PaiiD's `docs/STORYBOARD_USER_GUIDE.md` ends with a list of related pages,
/// two of them not written yet and marked so: `[Keyboard Shortcuts
/// Guide](./KEYBOARD_SHORTCUTS.md) (coming soon)` (2 `link/missing-path`
/// findings judged false). Other words for the same note (`*(TBD)*`, `—
/// (planned)`, `(coming soon — Phase 2)`) are silent too. The twins are
/// reported: a missing page with no note, one whose note says something
/// else (`(see below)`), and a page marked `(coming soon)` that git history
/// shows was written and deleted since. A note after the item's description
/// (`[Colors](./COLORS.md) and the palette (coming soon)`) is the item's, as
/// survey 32b's `- [Data Governance](data-governance/) - research data
/// policies (planned)` is: silent.
#[test]
fn a_link_announced_as_coming_soon_is_a_page_yet_to_be_written() {
    let repo = Repo::new();
    repo.write("docs/GONE.md", "# Gone\n").commit_all();
    repo.git(&["rm", "-q", "docs/GONE.md"]);
    repo.write(
        "docs/GUIDE.md",
        "# Storyboard guide\n\n\
         ## Related Documentation\n\n\
         - [Keyboard Shortcuts Guide](./KEYBOARD_SHORTCUTS.md) (coming soon)\n\
         - [UI Design System](./DESIGN_SYSTEM.md) *(TBD)*\n\
         - [Theming](./THEMING.md) — (planned)\n\
         - [Plugins](./PLUGINS.md) (Coming soon — Phase 2)\n\
         - [Setup](./SETUP.md)\n\
         - [Layout](./LAYOUT.md) (see below)\n\
         - [Colors](./COLORS.md) and the palette (coming soon)\n\
         - [Gone](./GONE.md) (coming soon)\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", "docs/GUIDE.md", 9, 3, "docs/SETUP.md"),
            t(
                "link/missing-path",
                "docs/GUIDE.md",
                10,
                3,
                "docs/LAYOUT.md"
            ),
            t("link/missing-path", "docs/GUIDE.md", 12, 3, "docs/GONE.md"),
        ],
        "\n{}",
        run.dump()
    );
}

/// UNS-ClaudeJP's `.claude/agents/universal/documentation-specialist.md`
/// shows a README template in a ` ```markdown ` block that holds ` ```bash `
/// examples: the first bare fence inside closes the block, so the rest of
/// the template renders as Markdown and its `[Contributing
/// Guide](CONTRIBUTING.md)` becomes a link (3 `link/missing-path` findings
/// judged false; the `document/unclosed-fence` finding on the block is the
/// one problem and is kept). The twin, a missing link of the document before
/// the example, is reported (a link after the example's own closing fence
/// is hidden in the block that fence opens, which the fence finding names).
#[test]
fn a_link_in_a_markdown_example_broken_by_its_nested_fence_is_the_examples_text() {
    let repo = Repo::new();
    repo.write(
        "agent.md",
        "# Documentation specialist\n\n\
         Read the [style guide](STYLE.md) first.\n\n\
         ## README Template\n\n\
         ```markdown\n\
         # Project Name\n\n\
         ## Install\n\n\
         ```bash\n\
         npm install\n\
         ```\n\n\
         ## Contributing\n\n\
         See our [Contributing Guide](CONTRIBUTING.md) for details.\n\n\
         ## Changelog\n\n\
         See [CHANGELOG.md](CHANGELOG.md).\n\
         ```\n\n\
         Then ask for a [review](REVIEW.md).\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path,document/unclosed-fence"]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", "agent.md", 3, 10, "STYLE.md"),
            t("document/unclosed-fence", "agent.md", 7, 1, ""),
        ],
        "\n{}",
        run.dump()
    );
}
