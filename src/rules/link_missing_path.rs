//! `link/missing-path`: a relative link or image target is not in the tree (a link starting with `/` is resolved from the repository root, as GitHub does).
//!
//! ## Why it matters
//! A broken link is a dead end for the reader, and in a readiness document it usually means evidence was moved or never committed. Silent for: placeholder targets (`TODO`, `tbd`), `<link>`/`<script>` tags and JSX components (page code, not document links), a link in the evidence column of a not-started row (evidence yet to be produced), and, in the pages of a documentation site (MkDocs, Docusaurus, mdBook, Sphinx, Jekyll, Hugo, declared by its configuration), a target that resolves the site's way: from the page's URL (`../other` from `docs/page.md`), from the site's root or static folder (`/img/a.png`), without its `.md`/`.mdx`, or as a folder's index page. A link written as if from the repository root gets a help that says how to write it.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "link/missing-path",
    severity: Severity::Error,
    fixable: false,
    summary: "a relative link or image target is not in the tree (a link starting with `/` is resolved from the repository root, as GitHub does)",
    why: "A broken link is a dead end for the reader, and in a readiness document it usually means evidence was moved or never committed. Silent for: placeholder targets (`TODO`, `tbd`), `<link>`/`<script>` tags and JSX components (page code, not document links), a link in the evidence column of a not-started row (evidence yet to be produced), and, in the pages of a documentation site (MkDocs, Docusaurus, mdBook, Sphinx, Jekyll, Hugo, declared by its configuration), a target that resolves the site's way: from the page's URL (`../other` from `docs/page.md`), from the site's root or static folder (`/img/a.png`), without its `.md`/`.mdx`, or as a folder's index page. A link written as if from the repository root gets a help that says how to write it; from five such links in one document (a document written as if it stood at the root, such as a generated report) they are one problem: the first is reported and counts the others.",
    bad: "See [the runbook](docs/runbok.md).",
    good: "See [the runbook](docs/runbook.md).",
};
