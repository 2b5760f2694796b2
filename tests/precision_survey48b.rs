//! Survey 48b: design-record and RFC repositories, proposal trackers and
//! engineering handbooks. False patterns found there, each beside its true
//! twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- link rules: a list of Markdown cross-site scripting payloads
// (zooniverse/front-end-monorepo's `.storybook/lib/example.md`, `## Testing
// for vulnerabilities`: `[a](&#x6A&#x61…)` and `![a'"`onerror=…](x)` parse
// as links to `&` and `x`; 2 findings judged false) ---

/// A renderer's test page: payloads under one heading, written outside code,
/// then `extra` under a heading of its own.
fn payloads(extra: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "docs/example.md",
        format!(
            "## Testing for vulnerabilities\n\n\
             ```markdown\n[a](javascript:prompt(document.cookie))\n```\n\n\
             [a](javascript:prompt(document.cookie))\n\
             <javascript:prompt(document.cookie)>\n\
             [a](&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61)\n\
             ![a'\"`onerror=prompt(document.cookie)](x)\\\n\
             [notmalicious](javascript:window.onerror=alert;throw%20document.cookie)\n\n\
             {extra}"
        ),
    )
    .commit_all();
    repo
}

#[test]
fn the_links_of_a_list_of_script_payloads_are_no_references() {
    let run = payloads("").check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twins: a dead link under the next heading of the same page, and a dead
/// link beside a single `javascript:` bookmarklet, are reported.
#[test]
fn a_dead_link_beside_a_bookmarklet_or_under_another_heading_is_reported() {
    let repo = payloads("## Setup\n\nRead [the setup](setup.md).\n");
    repo.write(
        "docs/tools.md",
        "# Tools\n\nDrag [this bookmarklet](javascript:void(0)) to the bar; \
         see [the guide](guide.md).\n\n`javascript:` links are blocked: [policy](policy.md).\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/example.md",
                15,
                6,
                "docs/setup.md"
            ),
            t("link/missing-path", "docs/tools.md", 3, 61, "docs/guide.md"),
            t(
                "link/missing-path",
                "docs/tools.md",
                5,
                34,
                "docs/policy.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

// --- every rule: a table a tool writes between `<!--BEGIN_TABLE-->` and
// `<!--END_TABLE-->` (aws/aws-cdk-rfcs' RFC index, rendered from its
// tracking issues by `tools/rfc-render`: 94 `table/placeholder` findings on
// the empty owner of done RFCs, judged false). terraform-docs writes its
// `<!-- BEGIN_TF_DOCS -->` regions the same way ---

/// An RFC index whose table stands between the given markers.
fn rfc_index(begin: &str, end: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "ACCEPTED.md",
        format!(
            "# Accepted RFCs\n\n{begin}\n\
             \\#|Title|Owner|Status\n\
             ---|-----|-----|------\n\
             [670](https://github.com/o/r/issues/670)|[Signals](text/0670-signals.md)||👷 implementing\n\
             [1](https://github.com/o/r/issues/1)|[Watch](text/0001-watch.md)||✅ done\n\
             [4](https://github.com/o/r/issues/4)|[Testing](text/0004-testing.md)|[@nija](https://github.com/nija)|✅ done\n\
             {end}\n"
        ),
    )
    .write("text/0670-signals.md", "# Signals\n")
    .write("text/0001-watch.md", "# Watch\n")
    .commit_all();
    repo
}

#[test]
fn a_table_between_capital_begin_and_end_markers_is_the_tools() {
    let run = rfc_index("<!--BEGIN_TABLE-->", "<!--END_TABLE-->").check(&[]);
    assert_eq!(run.findings(), vec![], "\n{}", run.dump());
}

/// Twins: the same table between hand-written section markers, and one whose
/// opening marker is never closed, is judged: the done row's empty owner,
/// the owner gap of the row under way, and the dead link.
#[test]
fn a_table_between_hand_written_or_unclosed_markers_is_judged() {
    let expected = vec![
        t("table/placeholder", "ACCEPTED.md", 6, 74, ""),
        t("table/placeholder", "ACCEPTED.md", 7, 66, ""),
        t(
            "link/missing-path",
            "ACCEPTED.md",
            8,
            38,
            "text/0004-testing.md",
        ),
    ];
    for (begin, end) in [
        ("<!-- Begin table -->", "<!-- End table -->"),
        ("<!--BEGIN_TABLE-->", "<!-- the end -->"),
    ] {
        let run = rfc_index(begin, end).check(&[]);
        assert_eq!(run.findings(), expected, "{begin}\n{}", run.dump());
    }
}
