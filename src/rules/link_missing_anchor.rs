//! `link/missing-anchor`: `#anchor` on any reference (link, evidence path, mention) matches no heading or explicit anchor in the target (or the same) document.
//!
//! ## Why it matters
//! An anchor that matches no heading lands the reader at the top of the page; it usually means a heading was renamed. A link to a folder with a fragment (`dir#setup`, `dir/#setup`) lands on GitHub's listing of the folder, below which its README is rendered (`README.md` before `README`, alphabetically; at the root `.github/` first and `docs/` last): the fragment is checked against that README's headings. Between two pages of a documentation site, the fragment is looked up in the page the site serves for the folder, which is what its readers follow: Hugo's section page `_index.md` or a bundle's `index.md`, an `index.md`/`index.mdx`, else the README; outside a site, in the README, or in the folder's `_index.md`/`index.md` when it has none. Silent when that page is in another markup (`README.rst`). Speaks when the folder has neither a README nor an index page: the fragment matches nothing there.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "link/missing-anchor",
    severity: Severity::Error,
    fixable: false,
    summary: "`#anchor` on any reference (link, evidence path, mention) matches no heading or explicit anchor in the target (or the same) document",
    why: "An anchor that matches no heading lands the reader at the top of the page; it usually means a heading was renamed. A link to a folder with a fragment (`dir#setup`, `dir/#setup`) lands on GitHub's listing of the folder, below which its README is rendered (`README.md` before `README`, alphabetically; at the root `.github/` first and `docs/` last): the fragment is checked against that README's headings. Between two pages of a documentation site, the fragment is looked up in the page the site serves for the folder, which is what its readers follow: Hugo's section page `_index.md` or a bundle's `index.md`, an `index.md`/`index.mdx`, else the README; outside a site, in the README, or in the folder's `_index.md`/`index.md` when it has none. Silent when that page is in another markup (`README.rst`). Speaks when the folder has neither a README nor an index page: the fragment matches nothing there. Explicit heading ids (`## Install {#install}`, or with a site's own delimiters such as `%{#install}%`) are anchors. Between two pages of a documentation site (MkDocs, Docusaurus, mdBook, VitePress, …), an anchor also matches a heading the way sites slug it: case kept or not, and every run of spaces and punctuation one `-` (`#Comparison-with-Vuex-3-x-4-x` for `Comparison with Vuex 3.x/4.x`, `#a-b` for `A - B`); a heading with an explicit id is known by that id alone; from a page outside the site, GitHub's slug counts. One missing anchor linked several times from a document is one finding that counts the other links.",
    bad: "See [rollback](#rolback-plan).\n\n## Rollback plan",
    good: "See [rollback](#rollback-plan).\n\n## Rollback plan",
};
