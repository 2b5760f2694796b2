//! Survey 87a: trackers with a status legend, and a template collection
//! whose Markdown examples each hold fences of their own. False patterns
//! found there, each beside its true twin; exact findings, the real binary,
//! real git repositories.

mod common;

use common::{Repo, t};

// --- a collection of Markdown templates, each a ` ```markdown ` example
// holding ` ```bash ` and bare output blocks: the first broken example makes
// every later fence pair with the wrong partner, and the later templates'
// links render as the document's text (bradleyfay/autodoc-mcp's
// `diataxis-templates.md`: 15 findings judged false; axiomantic/spellbook's
// README templates, survey 86b) ---

const TEMPLATES: &str = "# Documentation templates

Start with [the style guide](missing-guide.md).

## How-to template

```markdown
# How to deploy

```bash
make deploy
```

See [the configuration](../product/configuration.md).
```

Each template links its neighbours; see [the index](missing-index.md).

## Reference template

```markdown
# API reference

```json
{\"id\": 1}
```

```
200 OK
```

See [the API](../product/api.md) and [the CLI](../product/cli.md).
```

## Explanation template

```markdown
# Why we deploy so

```bash
make explain
```

Read [the background](../product/background.md).
```

To check the templates, run:

```bash
make lint-docs
```

See also [the glossary](missing-glossary.md).
";

/// The later templates' links are the examples' text, as the first one's
/// are (the broken fence is the one problem); the document's own links
/// before the first example and after a block of its own are judged.
#[test]
fn links_of_later_templates_after_a_broken_example_are_the_examples() {
    let repo = Repo::new();
    repo.write("docs/templates.md", TEMPLATES).commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/templates.md",
                3,
                12,
                "docs/missing-guide.md"
            ),
            t("document/unclosed-fence", "docs/templates.md", 7, 1, ""),
            t(
                "link/missing-path",
                "docs/templates.md",
                53,
                10,
                "docs/missing-glossary.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
