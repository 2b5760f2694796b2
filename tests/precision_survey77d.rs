//! Survey 77d: GitBook-published documentation repositories (`.gitbook.yaml`,
//! `SUMMARY.md`): beefree-sdk-docs, bugsplat-docs, cheat-sheets,
//! docs.arweave.org-info. The ids GitBook gives a page where GitHub's
//! differ, each beside its true twin; exact findings, the real binary, real
//! git repositories. GitBook's `broken-reference` links stay reported.

mod common;

use common::assert_gitbook_anchors as assert_anchors;
use common::gitbook_repo as book;
use common::t;

// --- a numbered heading in bold (`### **1. Create a Vue 3 App**`) is
// `#id-1.-create-a-vue-3-app` on GitBook (beefree-sdk-docs' quickstart
// guides: 6 findings judged false) ---

const NUMBERED: &str = "# Guide\n\n[Create](#id-1.-create-the-app)\n[Install](#id-2.-install-the-sdk)\n\n\
                        ### **1. Create the App**\n\nText.\n\n### Install the SDK\n\nText.\n";

#[test]
fn a_bold_numbered_heading_has_gitbooks_id() {
    assert_anchors(NUMBERED, true, &[(4, "guide.md#id-2.-install-the-sdk")]);
}

/// Twin: outside a GitBook both are GitHub's, and neither id exists.
#[test]
fn a_bold_numbered_heading_outside_gitbook_is_githubs() {
    assert_anchors(
        NUMBERED,
        false,
        &[
            (3, "guide.md#id-1.-create-the-app"),
            (4, "guide.md#id-2.-install-the-sdk"),
        ],
    );
}

// --- a heading ending in GitBook's `&#x20;` (`### One Tree Planted&#x20;`)
// is trimmed by GitBook: `#one-tree-planted` (bugsplat-docs,
// beefree-sdk-docs: 3 findings judged false) ---

const TRAILING: &str = "# Guide\n\n[Dialog](#content-dialog)\n[Dialogs](#content-dialogs)\n\n\
                        ### **Content Dialog**&#x20;\n\nText.\n";

#[test]
fn a_heading_with_a_trailing_space_entity_has_gitbooks_id() {
    assert_anchors(TRAILING, true, &[(4, "guide.md#content-dialogs")]);
}

#[test]
fn a_heading_with_a_trailing_space_entity_outside_gitbook_is_githubs() {
    assert_anchors(
        TRAILING,
        false,
        &[
            (3, "guide.md#content-dialog"),
            (4, "guide.md#content-dialogs"),
        ],
    );
}

// --- GitBook's exported headings repeat one explicit id (`<a
// href="#focus" id="focus"></a>`); GitBook numbers the repeats
// `#focus-1`, `#focus-2` in page order (beefree-sdk-docs, bugsplat-docs:
// 10 findings judged false) ---

const REPEATED: &str = "# Guide\n\n[Focus](#focus-1)\n[Blur](#focus-2)\n\n\
                        ## Method <a href=\"#focus\" id=\"focus\"></a>\n\nText.\n\n\
                        ## Focus <a href=\"#focus\" id=\"focus\"></a>\n\nText.\n";

#[test]
fn a_repeated_explicit_id_is_numbered_on_gitbook() {
    assert_anchors(REPEATED, true, &[(4, "guide.md#focus-2")]);
}

#[test]
fn a_repeated_explicit_id_outside_gitbook_is_githubs() {
    assert_anchors(
        REPEATED,
        false,
        &[(3, "guide.md#focus-1"), (4, "guide.md#focus-2")],
    );
}

// --- an expandable block's `<summary>` is its anchor on GitBook
// (beefree-sdk-docs' change log and quickstart prompts: 11 findings judged
// false) ---

const EXPANDABLE: &str = "# Guide\n\n[Row](#delete-row-dialog)\n[Column](#delete-column-dialog)\n\n\
                          <details>\n\n<summary>Delete Row Dialog</summary>\n\nText.\n\n</details>\n";

#[test]
fn an_expandables_summary_is_an_anchor_on_gitbook() {
    assert_anchors(EXPANDABLE, true, &[(4, "guide.md#delete-column-dialog")]);
}

#[test]
fn an_expandables_summary_outside_gitbook_is_no_anchor() {
    assert_anchors(
        EXPANDABLE,
        false,
        &[
            (3, "guide.md#delete-row-dialog"),
            (4, "guide.md#delete-column-dialog"),
        ],
    );
}

// --- GitBook's marker of a link it lost stays a finding ---

#[test]
fn gitbooks_broken_reference_is_reported() {
    let repo = book("# Guide\n\nSee [the API](broken-reference).\n", true);
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![t("link/missing-path", "guide.md", 3, 5, "broken-reference")],
        "\n{}",
        run.dump()
    );
}
