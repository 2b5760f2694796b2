//! Pages copied from the Visual Studio Code documentation
//! (microsoft/vscode-docs) into another repository: reference material kept
//! for a coding agent or a team, not the repository's own writing.
//!
//! Each page of vscode-docs opens with front matter naming its `ContentId:`
//! (a GUID) and `DateApproved:`, two keys of that site's publishing
//! pipeline. Its links are routes of code.visualstudio.com (`/docs/remote/ssh.md`,
//! `/remote/advancedcontainers/…`), images of vscode-docs' own tree
//! (`images/containers/…`) and anchors the site writes (`#node-object-properties-dockerbuild-task`),
//! none of which a copy carries: survey 103b, Luxcium/genesis_10's
//! `memory-bank/docs/` (35 pages beside Microsoft's `LICENSE`), 303 findings,
//! the 37 read all judged false. Such a copy is left out like a generated
//! document; it is fixed upstream.
//!
//! vscode-docs itself keeps its pages below `docs/`, `api/`, `blogs/`,
//! `learn/`, `release-notes/` and `remote-release-notes/` at its root, where
//! those links resolve: a page there is checked, as is a page whose front
//! matter has only one of the two keys.

/// The root folders of vscode-docs' own pages.
const OWN_ROOTS: [&str; 6] = [
    "docs/",
    "api/",
    "blogs/",
    "learn/",
    "release-notes/",
    "remote-release-notes/",
];

/// Whether the document at `path` is a page copied from vscode-docs: front
/// matter opening it names both `ContentId:` and `DateApproved:`, and it
/// stands outside vscode-docs' own content folders.
pub fn is_vscode_docs_copy(path: &str, text: &[u8]) -> bool {
    if OWN_ROOTS.iter().any(|r| path.starts_with(r)) {
        return false;
    }
    crate::synced_copy::opening_front_matter(text).is_some_and(|lines| {
        lines.iter().any(|l| l.starts_with("ContentId:"))
            && lines.iter().any(|l| l.starts_with("DateApproved:"))
    })
}

#[cfg(test)]
mod tests {
    use super::is_vscode_docs_copy;

    const PAGE: &str = "---\nContentId: 7ec8a02b-2eb7-45c1-bb16-ddeaac694ff6\nMetaDescription: Dev Containers\nDateApproved: 07/09/2025\n---\n# Developing inside a Container\n";

    #[test]
    fn a_copied_page_is_one_and_vscode_docs_own_page_is_not() {
        assert!(is_vscode_docs_copy(
            "memory-bank/docs/containers.md",
            PAGE.as_bytes()
        ));
        assert!(!is_vscode_docs_copy(
            "docs/devcontainers/containers.md",
            PAGE.as_bytes()
        ));
    }

    #[test]
    fn one_key_alone_or_no_front_matter_is_no_copy() {
        let one = "---\nContentId: 7ec8a02b\ntitle: x\n---\n# x\n";
        assert!(!is_vscode_docs_copy("notes/x.md", one.as_bytes()));
        let body = "# x\n\nContentId: a\nDateApproved: b\n";
        assert!(!is_vscode_docs_copy("notes/x.md", body.as_bytes()));
    }
}
