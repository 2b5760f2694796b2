//! Patterns of the twentieth precision pass, each found by hand on a real
//! repository (mintlify/docs at 3bbce7aa, Textualize/textual at 1d99508b):
//! every false pattern beside its true twin, exact findings, the real binary
//! in real git repositories.

mod common;

use common::{Repo, t};

/// Mintlify's translated `create/code.mdx` pages put a fence right under
/// `<CodeGroup>`, with no blank line between. CommonMark opens an HTML block
/// at `<CodeGroup>` that swallows the fence's first lines, so the fence's
/// closing line opened a block and every later fence paired wrongly (3
/// findings). MDX has no HTML blocks: the tag is JSX and the fence below it
/// opens a code block. Twins: a real unclosed fence in an MDX page
/// (` ```bash ` never closed before ` ```python `), and the same CodeGroup
/// text in a `.md` file, which GitHub reads the CommonMark way.
#[test]
fn a_fence_right_under_a_jsx_tag_of_an_mdx_page_opens_a_code_block() {
    let group = "\
# Code

<CodeGroup>
  ```ts Example
  type Pet = \"cat\" | \"dog\";

  function adopt(name: string) {
    return name;
  }
  ```

  ````mdx Format
  ```ts Example
  type Pet = \"cat\" | \"dog\";

  function adopt(name: string) {
    return name;
  }
  ```
  ````
</CodeGroup>

## Title

- **Inline**: after the language.
- **Property**: a `title` attribute.

<CodeGroup>
  ```javascript Example title
  const hello = \"world\";
  ```

  ````mdx Inline format
  ```javascript Example title
  const hello = \"world\";
  ```
  ````
</CodeGroup>

## Icons

- **Icon**: after the title.
";
    let repo = Repo::new();
    repo.write("docs/code.mdx", group)
        .write("docs/code.md", group)
        .write(
            "docs/setup.mdx",
            "# Setup\n\n<Steps>\n  ```bash\n  make install\n\n  Then read [the guide](code.mdx).\n\n  ```python\n  print(\"hi\")\n  ```\n</Steps>\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "document/unclosed-fence"]);
    assert_eq!(
        run.findings(),
        vec![
            t("document/unclosed-fence", "docs/code.md", 10, 3, ""),
            t("document/unclosed-fence", "docs/setup.mdx", 4, 3, ""),
        ],
        "\n{}",
        run.dump()
    );
}

/// In an MDX page the text inside a component is Markdown: a link right
/// under `<Note>` is a link (CommonMark hid it in an HTML block). Mintlify
/// gives an accordion the anchor of its title and a nested field
/// (`<ResponseField name="thumbnails.background">`) the anchor
/// `#param-thumbnails-background`. Twins: an anchor no accordion or field
/// has, and a translated accordion whose title's anchor is another.
#[test]
fn mdx_component_text_is_read_and_mintlify_accordions_and_fields_are_anchors() {
    let repo = Repo::new();
    repo.write(
        "guides/git.mdx",
        "# Git\n\n<AccordionGroup>\n  <Accordion title=\"Deployment branch\">\n    The branch that publishes.\n  </Accordion>\n</AccordionGroup>\n",
    )
    .write(
        "es/guides/git.mdx",
        "# Git\n\n<AccordionGroup>\n  <Accordion title=\"Rama de implementación\">\n    La rama que publica.\n  </Accordion>\n</AccordionGroup>\n",
    )
    .write(
        "organize/settings.mdx",
        "# Settings\n\n<ResponseField name=\"thumbnails.background\" type=\"string\">\n  Background image.\n</ResponseField>\n",
    )
    .write(
        "deploy/previews.mdx",
        "# Previews\n\n<Note>\n  Previews target your [deployment branch](../guides/git.mdx#deployment-branch).\n</Note>\n\n<Tip>\n  Use [background](../organize/settings.mdx#param-thumbnails-background), not [fonts](../organize/settings.mdx#param-thumbnails-fonts).\n</Tip>\n",
    )
    .write(
        "es/deploy/previews.mdx",
        "# Vistas previas\n\n<Note>\n  Tu [rama](../guides/git.mdx#deployment-branch).\n</Note>\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-anchor",
                "deploy/previews.mdx",
                8,
                79,
                "organize/settings.mdx#param-thumbnails-fonts"
            ),
            t(
                "link/missing-anchor",
                "es/deploy/previews.mdx",
                4,
                6,
                "es/guides/git.mdx#deployment-branch"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// Textual's `docs/roadmap.md` ticks a feature that exists (`- [x] Themes`)
/// and lists under it the features planned on top of it (`* [ ] Customize
/// via config`): the open items are work to come, not part of the shipped
/// feature (6 findings). Twins: in the same roadmap a ticked milestone
/// (`Phase 1`) and a ticked task (`Add dark mode`) with open items, and the
/// same feature list in a document that is no roadmap.
#[test]
fn a_ticked_feature_of_a_roadmap_may_have_features_to_come_under_it() {
    let features = "\
- [x] Themes
    * [ ] Customize via config
    * [ ] Builtin theme editor
- [X] TextArea (multi-line input)
    * [X] Basic controls
    * [ ] Indentation guides
";
    let roadmap = format!(
        "# Roadmap\n\nWe plan on implementing these.\n\n## Widgets\n\n{features}\n\
         ## Milestones\n\n- [x] Phase 1\n    * [ ] Public docs\n- [x] Add dark mode\n    * [ ] Contrast check\n"
    );
    let repo = Repo::new();
    repo.write("docs/roadmap.md", &roadmap)
        .write("docs/launch.md", format!("# Launch\n\n{features}"))
        .commit_all();
    let run = repo.check(&["--select", "task/checked-parent-open-child"]);
    let rule = "task/checked-parent-open-child";
    assert_eq!(
        run.findings(),
        vec![
            t(rule, "docs/launch.md", 3, 1, ""),
            t(rule, "docs/launch.md", 6, 1, ""),
            t(rule, "docs/roadmap.md", 16, 1, ""),
            t(rule, "docs/roadmap.md", 18, 1, ""),
        ],
        "\n{}",
        run.dump()
    );
}

/// Textual's site is built by MkDocs, whose Python-Markdown tables do not
/// split a cell on a `|` inside a code span (`` `Sequence[float] | None` ``):
/// its widget pages' attribute tables render as written (2 findings).
/// Twins: the same table in a README that GitHub renders, where the pipe
/// splits the cell, and a row of the MkDocs page with a real extra cell.
#[test]
fn a_pipe_in_a_code_span_splits_no_cell_of_an_mkdocs_page() {
    let table = "\
| Name      | Type  | Default     | Description |
| --------- | ----- | ----------- | ----------- |
| `data` | `Sequence[float] | None` | `None` | The data. |
";
    let repo = Repo::new();
    repo.write(
        "mkdocs-common.yml",
        "site_name: Textual\nmarkdown_extensions:\n  - attr_list\n",
    )
    .write("mkdocs-online.yml", "INHERIT: mkdocs-common.yml\n")
    .write(
        "docs/widgets/sparkline.md",
        format!("# Sparkline\n\n{table}| `max` | `int` | `1` | Top. | lost |\n"),
    )
    .write("README.md", format!("# Widgets\n\n{table}"))
    .commit_all();
    let run = repo.check(&["--select", "table/column-count"]);
    assert_eq!(
        run.findings(),
        vec![
            t("table/column-count", "README.md", 5, 1, ""),
            t("table/column-count", "docs/widgets/sparkline.md", 6, 1, ""),
        ],
        "\n{}",
        run.dump()
    );
}

/// Textual's `docs/styles/scrollbar_colors/scrollbar_background.md` links
/// itself as `<a href="./scrollbar_background">`. MkDocs serves the page as
/// the folder `styles/scrollbar_colors/scrollbar_background/` and leaves the
/// link as written, so the browser asks for
/// `…/scrollbar_background/scrollbar_background/`: no page (7 such links
/// were lost, read from the file's folder as `scrollbar_background.md`).
/// Silent still: the same link on the folder's index page (served at the
/// folder itself), a `.md` link (MkDocs rewrites it), a URL that climbs to
/// the sibling page, and the same link in a site that serves pages as files
/// (`use_directory_urls: false`) or in a Docusaurus site, whose page URLs
/// have no trailing `/`.
#[test]
fn an_extension_less_link_of_an_mkdocs_page_is_read_from_the_page_url() {
    let repo = Repo::new();
    let entry = "<a href=\"./scrollbar_background\">scrollbar-background</a>: <a href=\"../../../css_types/color\">&lt;color&gt;</a>;\n";
    repo.write("mkdocs.yml", "site_name: t\n")
        .write("docs/css_types/color.md", "# color\n")
        .write(
            "docs/styles/scrollbar_colors/index.md",
            format!("# Scrollbar colors\n\n{entry}"),
        )
        .write(
            "docs/styles/scrollbar_colors/scrollbar_background.md",
            format!(
                "# Scrollbar-background\n\n{entry}\n\
                 See [it](./scrollbar_background.md), [color](../scrollbar_color/) \
                 and [self](./scrollbar_background).\n"
            ),
        )
        .write("docs/styles/scrollbar_colors/scrollbar_color.md", "# c\n")
        .write(
            "flat/mkdocs.yml",
            "site_name: f\nuse_directory_urls: false\n",
        )
        .write("flat/docs/styles/a.md", "# A\n\n[b](./b)\n")
        .write("flat/docs/styles/b.md", "# B\n")
        .write("site/docusaurus.config.js", "module.exports = {};\n")
        .write("site/docs/api/a.md", "# A\n\n[b](./b)\n")
        .write("site/docs/api/b.md", "# B\n")
        .commit_all();
    let run = repo.check(&["--select", "link/"]);
    let page = "docs/styles/scrollbar_colors/scrollbar_background.md";
    let target = "docs/styles/scrollbar_colors/scrollbar_background";
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", page, 3, 10, target),
            t("link/missing-path", page, 5, 71, target),
        ],
        "\n{}",
        run.dump()
    );
    let help = run.diagnostics()[0]["help"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(
        help.contains("`styles/scrollbar_colors/scrollbar_background/`")
            && help.contains("write `./`"),
        "{help}"
    );
    let help = run.diagnostics()[1]["help"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(help.contains("write `scrollbar_background.md`"), "{help}");
}
