//! Links a document copied word for word from a template of an agent kit
//! installed in the repository. A kit's workflow writes a record from its
//! template (BMAD's test-architect review, `test-review-template.md` in
//! `bmad/bmm/workflows/testarch/test-review/`), and the template's links to
//! the kit's knowledge base are written for the template's folder
//! (`../../../testarch/knowledge/test-quality.md`, which from there is
//! `bmad/bmm/testarch/knowledge/test-quality.md`). Copied into
//! `docs/test-review-story-1.1.md`, the same link climbs out of the
//! repository: the kit's boilerplate, which its maintainer fixes upstream,
//! not a link the project's authors wrote (survey s125g,
//! menoncello/stryker-mutator-bun-runner: 16 `path/outside-repo` findings
//! judged false).
//!
//! Such a link is recognised by every sign together: its destination is a
//! path with a folder, written, character for character, as a link
//! destination of a tracked template (a Markdown file whose name says
//! `template`) inside an installed kit (a folder the run leaves out by
//! default, such as `_bmad/` or `.bmad-core/`, or a plain `bmad/` folder
//! beside its `_cfg/manifest.yaml`). The template's link may itself be
//! broken (`../../../testarch/knowledge/traceability.md`, a file the kit
//! renamed `test-priorities-matrix.md` and the like): the copy is the kit's
//! bug all the same, fixed upstream. A link the document's author wrote (no
//! template holds it), a bare file name, and the same link copied from a
//! template that is the project's own are judged.

use std::collections::HashSet;

use crate::config::Config;
use crate::source::RepoView;

/// Templates read at most: a kit ships tens of them.
const MAX_TEMPLATES: usize = 200;
/// Bytes of a template read at most.
const MAX_BYTES: usize = 128 * 1024;

/// The link destinations of the installed kits' templates.
#[derive(Default)]
pub struct Links {
    by_destination: HashSet<String>,
}

impl Links {
    /// Reads the templates of the kits installed in `repo`.
    pub fn of(repo: &RepoView, config: &Config) -> Links {
        let mut links = Links::default();
        let files: Vec<&str> = repo.tracked_files().collect();
        let installs: Vec<&str> = files
            .iter()
            .filter_map(|f| f.strip_suffix("_cfg/manifest.yaml"))
            .filter(|dir| dir.ends_with("bmad/"))
            .collect();
        let templates = files
            .iter()
            .filter(|f| {
                let name = f.rsplit('/').next().unwrap_or(f);
                name.ends_with(".md")
                    && name.to_ascii_lowercase().contains("template")
                    && (config.excludes(f) || installs.iter().any(|i| f.starts_with(i)))
            })
            .take(MAX_TEMPLATES);
        for t in templates {
            let Some(bytes) = repo.read(t) else { continue };
            let text = String::from_utf8_lossy(&bytes[..bytes.len().min(MAX_BYTES)]);
            for dest in destinations(&text) {
                links.by_destination.insert(dest.to_string());
            }
        }
        links
    }

    /// Whether the link destination `written`, a path with a folder, is a
    /// template's link, copied.
    pub fn copied(&self, written: &str) -> bool {
        let path = written.split(['#', '?']).next().unwrap_or("");
        path.trim_end_matches('/').contains('/') && self.by_destination.contains(written)
    }
}

/// The destinations of the inline links of `text`: what stands between
/// `](` and the next `)`, when it holds no blank.
fn destinations(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices("](").filter_map(|(at, _)| {
        let rest = text.get(at + 2..)?;
        let end = rest.find([')', ' ', '\n', '\t'])?;
        (rest.as_bytes().get(end) == Some(&b')') && end > 0).then(|| &rest[..end])
    })
}

#[cfg(test)]
mod tests {
    use super::destinations;

    #[test]
    fn inline_link_destinations() {
        let text = "- **[a](../../k/a.md)** and [b](b.md \"t\") and [c]( x ) [d](../d.md#s)\n";
        assert_eq!(
            destinations(text).collect::<Vec<_>>(),
            vec!["../../k/a.md", "../d.md#s"]
        );
    }
}
