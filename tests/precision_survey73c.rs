//! Survey 73c: documentation of AI and developer-tool startups built with
//! Mintlify and Fumadocs (agno-agi/agno-docs, pipecat-ai/docs,
//! browserbase/stagehand, assistant-ui). False patterns found there, each
//! beside its true twin; exact findings, the real binary, real git
//! repositories.

mod common;

use common::{Repo, t};

const MINTLIFY: &str = "{\"$schema\": \"https://mintlify.com/docs.json\", \"name\": \"X\", \"navigation\": {\"pages\": [\"stt\"]}}\n";

// --- Mintlify's field anchors are `param-` and the field's name
// kebab-cased: `<ParamField path="onError">` is `#param-on-error`, a flag
// `path="--max-session-duration"` is `#param-max-session-duration`
// (pipecat-ai/docs, 2 findings judged false) ---

fn fields_repo() -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# P\n")
        .write(
            "api/callbacks.mdx",
            "# Callbacks\n\n<ParamField path=\"onError\" type=\"RTVIMessage\">\n  Error signalled by the bot.\n</ParamField>\n\n\
             <ParamField path=\"--max-session-duration\" type=\"number\">\n  Maximum session duration.\n</ParamField>\n",
        )
        .write(
            "errors.mdx",
            "# Errors\n\nSee [onError](./api/callbacks.mdx#param-on-error), [the cap](./api/callbacks.mdx#param-max-session-duration) and [onStart](./api/callbacks.mdx#param-on-start).\n",
        )
        .commit_all();
    repo
}

/// `#param-on-error` and `#param-max-session-duration` name the fields;
/// twin: `#param-on-start`, a field the page does not have, is reported.
#[test]
fn a_mintlify_field_anchor_is_its_name_kebab_cased() {
    let run = fields_repo().check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![t(
            "link/missing-anchor",
            "errors.mdx",
            3,
            114,
            "api/callbacks.mdx#param-on-start"
        )],
        "\n{}",
        run.dump()
    );
}

// --- Mintlify numbers a repeated heading `-2`, `-3`, … where GitHub
// numbers it `-1`, `-2` (pipecat-ai/docs' second, third and fourth
// `### Settings` linked `#settings-2`, `#settings-3`, `#settings-4`: 6
// findings judged false) ---

const REPEATS: &str = "# STT\n\n## First service\n\nSee [its settings](#settings).\n\n### Settings\n\nText.\n\n## Second service\n\nSee [its settings](#settings-2), not [these](#settings-3).\n\n### Settings\n\nText.\n";

fn repeats_repo(mintlify: bool) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# P\n").write("stt.mdx", REPEATS);
    if mintlify {
        repo.write("docs.json", MINTLIFY);
    }
    repo.commit_all();
    repo
}

/// The finding of `#settings-3`, past the page's two `### Settings`.
fn past_the_repeats() -> common::Tuple {
    t(
        "link/missing-anchor",
        "stt.mdx",
        13,
        38,
        "stt.mdx#settings-3",
    )
}

/// On a Mintlify page the second `### Settings` is `#settings-2`; twin:
/// `#settings-3`, past the two repeats, is reported.
#[test]
fn a_mintlify_repeated_heading_is_numbered_from_two() {
    let run = repeats_repo(true).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![past_the_repeats()],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same page without Mintlify is GitHub's, whose second
/// `### Settings` is `#settings-1`: both links are reported.
#[test]
fn a_repeated_heading_outside_mintlify_is_numbered_githubs_way() {
    let run = repeats_repo(false).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-anchor"]),
        vec![
            t(
                "link/missing-anchor",
                "stt.mdx",
                13,
                5,
                "stt.mdx#settings-2"
            ),
            past_the_repeats(),
        ],
        "\n{}",
        run.dump()
    );
}

// --- MDX has no indented code: inside a component, a fence indented four
// spaces after a line of text (`<Step>`, a sentence, then `    ```bash`:
// Mintlify's own tabs example, pipecat-ai/docs' cloud pages, 2 findings
// judged false) opens a block that a fence at the first column closes ---

fn step(body: &str) -> String {
    format!(
        "# Deploy\n\n<Steps>\n  <Step title=\"Start sessions\">\n{body}```\n\n  </Step>\n</Steps>\n\n## Next steps\n\nSee [the top](#deploy).\n"
    )
}

/// The fence after the step's sentence is MDX's and is closed; twin: the
/// same fence in a list item of the step is the item's, closed with it,
/// and the first-column fence opens a block never closed.
#[test]
fn an_mdx_fence_after_text_in_a_component_is_closed_at_the_first_column() {
    let repo = Repo::new();
    repo.write("README.md", "# P\n")
        .write(
            "steps.mdx",
            step("    Use the REST API to start sessions.\n    ```bash\n    curl --request POST\n"),
        )
        .write(
            "list.mdx",
            step("    - Use the REST API:\n      ```bash\n      curl --request POST\n"),
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["document/unclosed-fence"]),
        vec![t("document/unclosed-fence", "list.mdx", 8, 1, "")],
        "\n{}",
        run.dump()
    );
}
