//! Writerside projects (JetBrains' documentation tool: ktor.io's docs, the
//! Kotlin and IntelliJ guides): a `writerside.cfg`, or an older instance
//! file `*.ihp`, whose `<ihp>` root names the project's topics folder
//! (`<topics dir="topics"/>`) and images folder (`<images dir="images"/>`),
//! both read from the file's folder.
//!
//! Writerside does not read a topic's links from the topic's folder:
//!
//! - **Images** are named by their file name (`![Run Server](run-app.png)`),
//!   which Writerside looks up in the images folder, in any of its
//!   subfolders: `run-app.png` is `images/run-app.png`.
//! - **Topics** are named by their file name (`[routing](server-routing.md)`)
//!   wherever they stand in the topics folder.
//! - **Variables** (`%plugin_api_link%`, declared in `v.list` or by a
//!   topic's own `<var name="plugin_api_link" value="https://…"/>`) are
//!   filled in at build time, in link targets too.
//!
//! Survey 56b, ktorio/ktor-documentation: 22 of its 25 missing links were
//! images and variables of topics, all judged false. Only a missing target
//! of a topic (a Markdown file in the topics folder) is read so: a name no
//! image or topic has, a link with a folder in it, and the same link in a
//! file outside the topics folder (a code sample's README, which GitHub
//! shows) are still reported.

use std::sync::Arc;

use crate::document::Document;
use crate::source::RepoView;

use super::Context;
use super::references::{RefKind, Reference};
use super::site::{join, under};

/// One Writerside project: its topics and images folders, and the file
/// names each holds (sorted).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct Project {
    topics: String,
    topic_names: Vec<String>,
    image_names: Vec<String>,
}

/// The value of the attribute `attr` of the first `<element …>` of `xml`
/// (`<topics dir="topics"/>` → `topics`).
fn attribute(xml: &str, element: &str, attr: &str) -> Option<String> {
    let open = format!("<{element}");
    let at = xml.match_indices(&open).find_map(|(i, _)| {
        let rest = xml.get(i + open.len()..)?;
        rest.starts_with([' ', '\t', '\n', '\r']).then_some(rest)
    })?;
    let tag = &at[..at.find('>').unwrap_or(at.len())];
    let key = format!("{attr}=");
    let v = tag
        .match_indices(&key)
        .find(|(i, _)| tag[..*i].ends_with([' ', '\t', '\n', '\r']))
        .map(|(i, _)| &tag[i + key.len()..])?;
    let quote = v.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let v = &v[1..];
    let value = v[..v.find(quote)?].trim().trim_end_matches('/');
    (!value.is_empty() && !value.starts_with('/') && !value.contains(".."))
        .then(|| value.to_string())
}

/// The repository's Writerside projects (test-fixture trees left out).
fn projects(repo: &RepoView) -> Arc<Vec<Project>> {
    repo.memo_kept("site_writerside::projects", |repo| {
        let mut folders: Vec<(String, String)> = Vec::new();
        for crate::source::TrackedFile { path, dir, name } in repo.tracked_files_split() {
            if (name != "writerside.cfg" && !name.ends_with(".ihp"))
                || crate::fixtures::Fixtures::in_test_tree(dir)
            {
                continue;
            }
            let Some(xml) = repo.read_text(path) else {
                continue;
            };
            if !xml.contains("<ihp") {
                continue;
            }
            let Some(topics) = attribute(&xml, "topics", "dir") else {
                continue;
            };
            let images = attribute(&xml, "images", "dir").unwrap_or_else(|| "images".to_string());
            folders.push((join(dir, &topics), join(dir, &images)));
        }
        let mut out: Vec<Project> = Vec::new();
        for (topics, images) in folders {
            let mut topic_names = Vec::new();
            let mut image_names = Vec::new();
            for f in repo.tracked_files_split() {
                if under(&topics, f.path) {
                    topic_names.push(f.name.to_string());
                }
                if under(&images, f.path) {
                    image_names.push(f.name.to_string());
                }
            }
            topic_names.sort_unstable();
            image_names.sort_unstable();
            out.push(Project {
                topics,
                topic_names,
                image_names,
            });
        }
        Arc::new(out)
    })
}

/// Whether a variable fills the target in: it opens with `%name%` (a name
/// of letters, digits, `_`, `-` and `.`).
fn variable(written: &str) -> bool {
    written.strip_prefix('%').is_some_and(|rest| {
        rest.find('%').is_some_and(|end| {
            end > 0
                && rest[..end]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        })
    })
}

/// Whether the missing target of a link `r` of `doc`, a topic of a
/// Writerside project, is what Writerside serves: a variable (`%name%…`),
/// or a bare file name (no folder) that an image of the images folder or a
/// topic of the topics folder has.
pub fn serves(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link || !r.written.contains(['%', '.']) {
        return false;
    }
    let projects = projects(ctx.repo);
    let Some(project) = projects.iter().find(|p| under(&p.topics, &doc.path)) else {
        return false;
    };
    if variable(&r.written) {
        return true;
    }
    let name = r.written.split(['#', '?']).next().unwrap_or("");
    if name.is_empty() || name.contains(['/', '\\']) {
        return false;
    }
    let has = |names: &[String]| names.binary_search_by(|n| n.as_str().cmp(name)).is_ok();
    has(&project.image_names) || has(&project.topic_names)
}

#[cfg(test)]
mod tests {
    use super::{attribute, variable};

    #[test]
    fn attributes_are_read_from_the_first_element_of_the_name() {
        let xml = "<ihp version=\"2.0\">\n  <topics dir=\"topics\" web-path=\"topics\"/>\n  <images dir='img/' web-path=\"images/\"/>\n</ihp>";
        assert_eq!(attribute(xml, "topics", "dir").as_deref(), Some("topics"));
        assert_eq!(attribute(xml, "images", "dir").as_deref(), Some("img"));
        assert_eq!(attribute(xml, "images", "web"), None);
        assert_eq!(attribute("<topics dir=\"../x\"/>", "topics", "dir"), None);
    }

    #[test]
    fn a_variable_opens_the_target() {
        assert!(variable("%plugin_api_link%"));
        assert!(variable("%ktor_api%/io.ktor.server/index.html"));
        assert!(!variable("%%"));
        assert!(!variable("%20name.md"));
        assert!(!variable("100%.md"));
    }
}
