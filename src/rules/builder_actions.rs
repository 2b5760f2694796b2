//! The action links of Builder.io's coding agent (Fusion).
//!
//! A project built in Builder.io carries the agent's rules in a `.builder/`
//! folder (`.builder/rules/deploy-app.mdc`), and those rules tell the agent
//! to offer the editor's buttons as in-page links: `[Open Preview](#open-preview)`,
//! `[Connect Netlify MCP](#open-mcp-popover)`, `[Open Settings](#open-settings)`,
//! `[Download Project](#project-download)`. The editor turns each into its
//! button; the agent copies them into the summaries and guides it writes in
//! the repository, where they name no heading. In a project with a tracked
//! `.builder/` folder (at the root, or in a folder above the document: a
//! project kept in a folder of a larger repository) such a fragment, with no heading or anchor of
//! its name in the document, is the editor's action and is not checked
//! (survey 43a, aligned_postd_1125's `QUALITY_IMPROVEMENTS_SUMMARY.md`:
//! `**Next Steps**: [Open Preview](#open-preview) → Test → Deploy`). The
//! same fragments in a repository without `.builder/` are judged: a table of
//! contents' `[Project download](#project-download)` names its section.

use crate::document::Document;
use crate::source::RepoView;

/// The fragments of the editor's actions.
const ACTIONS: &[&str] = &[
    "open-preview",
    "open-mcp-popover",
    "open-settings",
    "project-download",
];

/// Whether `anchor`, a fragment of `doc`'s own page that matches none of its
/// anchors, is one of Builder.io's editor actions in a Builder.io project:
/// the document's folder or one above it holds a tracked `.builder/` folder
/// (the project may be a folder of a larger repository).
pub fn editor_action(repo: &RepoView, doc: &Document, anchor: &str) -> bool {
    ACTIONS.iter().any(|a| a.eq_ignore_ascii_case(anchor))
        && !doc.anchors.iter().any(|a| a.eq_ignore_ascii_case(anchor))
        && folders_up(&doc.path).any(|dir| {
            let builder = if dir.is_empty() {
                ".builder".to_string()
            } else {
                format!("{dir}/.builder")
            };
            repo.is_tracked_dir(&builder)
        })
}

/// The folders of `path`, from its own up to the root (`""`).
fn folders_up(path: &str) -> impl Iterator<Item = &str> {
    let mut next = Some(path.rsplit_once('/').map_or("", |(dir, _)| dir));
    std::iter::from_fn(move || {
        let dir = next?;
        next = (!dir.is_empty()).then(|| dir.rsplit_once('/').map_or("", |(up, _)| up));
        Some(dir)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_up_to_the_root() {
        assert_eq!(
            folders_up("a/b/c.md").collect::<Vec<_>>(),
            vec!["a/b", "a", ""]
        );
        assert_eq!(folders_up("c.md").collect::<Vec<_>>(), vec![""]);
    }
}
