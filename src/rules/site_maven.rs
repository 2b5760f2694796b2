//! Maven sites (maven-site-plugin with Doxia,
//! <https://maven.apache.org/plugins/maven-site-plugin/examples/creating-content.html>):
//! a project's `pom.xml` beside its site folder, `src/site/` or the folder
//! its `<siteDirectory>` names (`${project.basedir}/content`), which holds
//! a `site.xml` or a Doxia source folder (`markdown/`, `apt/`, `xdoc/`,
//! `fml/`).
//!
//! - **Pages**: Doxia renders each source file of a format folder to the
//!   same path below the site's root with `.html`: `src/site/markdown/
//!   guides/a.md` is `/guides/a.html`, `src/site/xdoc/download.xml.vm` (a
//!   Velocity-filtered source) is `/download.html`, whatever the format. So a
//!   link to `x.html` names the page `x.md`, `x.apt`, `x.xml`, `x.fml` (or
//!   that name with `.vm`) in any format folder, a folder link `x/` its
//!   `x/index.*`. `resources/` is copied to the site's root
//!   (`/images/a.png` is `src/site/resources/images/a.png`). A root link of
//!   a page is read from the site's root, a relative one from the page's
//!   folder. apache/maven-site (survey 83d): 598 of 910 links were such
//!   pages and files.
//! - **Reports**: each `<report>` a `pom.xml` lists
//!   (maven-project-info-reports-plugin's `mailing-lists`, `team`) is a page
//!   at the site's root (`/mailing-lists.html`).
//! - Only a missing target is read so: a link GitHub's reading finds is
//!   judged as before, anchors too. A link that names no source nor
//!   resource (a page deleted since, `relationships-between-subprojects`
//!   without its `#`) is still reported; links to the sub-sites a site's
//!   host deploys apart (`/ref/current/`, `/plugins/x-plugin/`) are left to
//!   the site guard (see [`super::site_guard`]), which counts a Maven site's
//!   links by form.

use std::sync::Arc;

use crate::document::Document;
use crate::source::{RepoView, join_relative};

use super::Context;
use super::references::{RefKind, Reference};
use super::site::{join, under};

/// Doxia's source folders and the extensions of their files.
const FORMATS: &[(&str, &[&str])] = &[
    ("markdown", &["md", "markdown"]),
    ("apt", &["apt"]),
    ("xdoc", &["xml"]),
    ("fml", &["fml"]),
    ("xhtml", &["xhtml"]),
    ("xhtml5", &["xhtml5"]),
    ("confluence", &["confluence"]),
    ("twiki", &["twiki"]),
];

/// One Maven site: its folder and the reports its `pom.xml` lists.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct MavenSite {
    dir: String,
    reports: Vec<String>,
}

/// The folders of the repository's Maven sites (test-fixture projects left
/// out), for the site guard.
pub fn dirs(repo: &RepoView) -> Vec<String> {
    sites(repo).iter().map(|s| s.dir.clone()).collect()
}

fn sites(repo: &RepoView) -> Arc<Vec<MavenSite>> {
    repo.memo_kept("site_maven::sites", |repo| {
        let mut out: Vec<MavenSite> = Vec::new();
        for crate::source::TrackedFile {
            path: f, dir, name, ..
        } in repo.tracked_files_split()
        {
            if name != "pom.xml" || crate::fixtures::Fixtures::in_test_tree(dir) {
                continue;
            }
            let Some(pom) = repo.read_text(f) else {
                continue;
            };
            let mut folders = vec!["src/site".to_string()];
            folders.extend(
                tag_values(&pom, "siteDirectory")
                    .into_iter()
                    .filter_map(|v| {
                        let v = ["${project.basedir}", "${basedir}"]
                            .iter()
                            .find_map(|p| v.strip_prefix(p))
                            .unwrap_or(&v)
                            .trim_start_matches('/')
                            .to_string();
                        (!v.is_empty() && !v.contains('$')).then_some(v)
                    }),
            );
            for folder in folders {
                let Some(site) = join_relative(dir, &folder) else {
                    continue;
                };
                let children = repo.children(&site);
                let is_site = children
                    .iter()
                    .any(|c| c == "site.xml" || FORMATS.iter().any(|(fmt, _)| c == fmt));
                if is_site && !out.iter().any(|s| s.dir == site) {
                    out.push(MavenSite {
                        dir: site,
                        reports: tag_values(&pom, "report"),
                    });
                }
            }
        }
        Arc::new(out)
    })
}

/// The values of `<tag>…</tag>` elements of an XML text, trimmed.
fn tag_values(xml: &str, tag: &str) -> Vec<String> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(at) = rest.find(&open) {
        let after = &rest[at + open.len()..];
        let Some(end) = after.find(&close) else {
            break;
        };
        let v = after[..end].trim();
        if !v.is_empty() && !v.contains('<') {
            out.push(v.to_string());
        }
        rest = &after[end..];
    }
    out
}

/// Whether the missing target of a link `r` of `doc`, a source page of a
/// Maven site, is a page, resource or report the site serves there (see the
/// module's doc).
pub fn serves(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let sites = sites(ctx.repo);
    let Some((site, page)) = sites.iter().find_map(|s| {
        FORMATS.iter().find_map(|(fmt, _)| {
            let folder = join(&s.dir, fmt);
            under(&folder, &doc.path).then(|| (s, &doc.path[folder.len() + 1..]))
        })
    }) else {
        return false;
    };
    let w = r.written.split(['#', '?']).next().unwrap_or("");
    if w.is_empty() || w.starts_with("//") || w.contains(':') {
        return false;
    }
    let page_dir = page.rsplit_once('/').map_or("", |(d, _)| d);
    let Some(target) = join_relative(page_dir, w) else {
        return false;
    };
    let target = target.trim_end_matches('/');
    let repo = ctx.repo;
    if !target.is_empty() && repo.is_tracked(&join(&site.dir, &join("resources", target))) {
        return true;
    }
    let name = target.rsplit('/').next().unwrap_or(target);
    let served = if name.contains('.') {
        target.to_string()
    } else {
        join(target, "index.html")
    };
    let Some(base) = served.strip_suffix(".html") else {
        return repo.is_tracked(&join(&site.dir, &join("resources", &served)));
    };
    if site.reports.iter().any(|rep| rep == base) {
        return true;
    }
    repo.is_tracked(&join(&site.dir, &join("resources", &served)))
        || FORMATS.iter().any(|(fmt, exts)| {
            exts.iter().any(|ext| {
                let source = join(&site.dir, &format!("{fmt}/{base}.{ext}"));
                repo.is_tracked(&source) || repo.is_tracked(&format!("{source}.vm"))
            })
        })
}

/// Whether `anchor` is the id Doxia gives a heading of `path`, a Markdown
/// page of a Maven site (`text` reads the page): the heading's text,
/// trimmed, a space made `_`, ASCII letters, digits, `-`, `_`, `:` and `.`
/// kept, an `a` before a first character that is no letter, and any other
/// character either written as its UTF-8 bytes, `.3F` for `?`
/// (`DoxiaUtils.encodeId`), or dropped (`HtmlTools.encodeId`): `## What is
/// a POM?` is `#What_is_a_POM.3F` and `#What_is_a_POM`. apache/maven-site
/// (survey 83d): 8 links judged false, each to a heading of its own page.
/// Elsewhere, or for a heading the page lacks, the anchor is judged as
/// before.
pub fn doxia_anchor(
    ctx: &Context<'_>,
    path: &str,
    anchor: &str,
    text: impl FnOnce() -> Option<String>,
) -> bool {
    if !anchor.contains(['_', '.']) {
        return false;
    }
    let sites = sites(ctx.repo);
    if !sites.iter().any(|s| under(&join(&s.dir, "markdown"), path)) {
        return false;
    }
    let Some(text) = text() else {
        return false;
    };
    text.lines().any(|line| {
        let Some(content) = super::references::atx_heading_content(line) else {
            return false;
        };
        let title = super::references::rendered_text(content);
        doxia_ids(&title).iter().any(|id| id == anchor)
    })
}

/// Doxia's two ids of a heading's text: non-id characters encoded, and
/// dropped (see [`doxia_anchor`]).
fn doxia_ids(title: &str) -> [String; 2] {
    let title = title.trim();
    let mut encoded = String::with_capacity(title.len() + 8);
    let mut dropped = String::with_capacity(title.len() + 1);
    if !title.starts_with(|c: char| c.is_ascii_alphabetic()) {
        encoded.push('a');
        dropped.push('a');
    }
    for c in title.chars() {
        if c == ' ' {
            encoded.push('_');
            dropped.push('_');
        } else if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.') {
            encoded.push(c);
            dropped.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                encoded.push_str(&format!(".{b:02X}"));
            }
        }
    }
    [encoded, dropped]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tag_values() {
        let pom = "<p><siteDirectory>${project.basedir}/content</siteDirectory>\
                   <report>team</report><report> mailing-lists </report><report/></p>";
        assert_eq!(
            tag_values(pom, "siteDirectory"),
            vec!["${project.basedir}/content"]
        );
        assert_eq!(tag_values(pom, "report"), vec!["team", "mailing-lists"]);
    }

    #[test]
    fn doxia_ids_encode_or_drop() {
        assert_eq!(
            doxia_ids("What is a POM?"),
            ["What_is_a_POM.3F".to_string(), "What_is_a_POM".to_string()]
        );
        assert_eq!(doxia_ids("1. Intro")[0], "a1._Intro");
    }
}
