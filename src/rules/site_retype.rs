//! Retype sites (`retype.yml`, `retype.yaml` or `retype.json`): the pages
//! in the configuration's folder and below are rendered by Retype, not read
//! on GitHub.
//!
//! Retype reads its components before it splits a table row into cells: a
//! `|` inside a component's brackets (`[!badge Approved|success]`,
//! `[!button Install|info](/guides/installation.md)`) separates the
//! component's text from its variant, and a `|` inside a template
//! expression (`{{ $i.tags | array.join ", " }}`) pipes a value to a
//! function; neither starts a cell (see `table/column-count`'s
//! `template_pipes`).
//!
//! Retype serves each page at its path less `.md` (`guides/github-actions.md`
//! at `/guides/github-actions/`, a folder's `index.md`, `readme.md` or
//! `default.md` at the folder): a root link without an extension
//! (`/guides/github-actions`, `/guides/github-actions/#step-1`) of a page
//! names the page served there, read from the site's `input:` folder. See
//! [`reading`].

use std::sync::Arc;

use crate::source::RepoView;

use crate::document::Document;

use super::Context;
use super::references::Reference;
use super::site::{join, under};

/// The repository's Retype sites: the folder of each configuration and the
/// folder its pages are read from (its `input:`, the configuration's folder
/// by default).
fn sites(repo: &RepoView) -> Arc<Vec<(String, String)>> {
    repo.memo_kept("site_retype::sites", |repo| {
        let mut out = Vec::new();
        // The configuration files, from the scan of the listing all site
        // readers share (see `site::config_files`).
        let mut configs: Vec<String> = ["retype.yml", "retype.yaml", "retype.json"]
            .iter()
            .flat_map(|n| super::site::config_files_named(repo, n))
            .collect();
        configs.sort();
        for path in &configs {
            let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
            if crate::fixtures::Fixtures::in_test_tree(dir) {
                continue;
            }
            let text = repo.read_text(path).unwrap_or_default();
            let input = text
                .lines()
                .find_map(|l| {
                    let l = l.trim_start_matches(['"', ' ']);
                    let v = l
                        .strip_prefix("input")?
                        .trim_start_matches('"')
                        .trim_start();
                    v.strip_prefix(':')
                })
                .map(|v| {
                    v.trim()
                        .trim_end_matches(',')
                        .trim_matches(['"', '\''])
                        .trim_start_matches("./")
                        .trim_end_matches('/')
                        .to_string()
                })
                .filter(|v| !v.is_empty() && v != "." && !v.contains(".."))
                .map_or_else(|| dir.to_string(), |v| join(dir, &v));
            out.push((dir.to_string(), input));
        }
        Arc::new(out)
    })
}

/// Whether `path` is a page of a Retype site.
pub fn is_page(ctx: &Context<'_>, path: &str) -> bool {
    sites(ctx.repo).iter().any(|(d, _)| under(d, path))
}

/// The page a root link without an extension of a Retype page names
/// (`/guides/github-actions` is `guides/github-actions.md` of the site's
/// input folder), where the file tree has none.
pub fn reading(ctx: &Context<'_>, doc: &Document, r: &Reference) -> Option<String> {
    let w = r.written.strip_prefix('/')?;
    let base = w.trim_end_matches('/');
    let last = base.rsplit('/').next().unwrap_or(base);
    if base.is_empty() || last.contains('.') || base.contains("..") || base.contains("//") {
        return None;
    }
    let (_, input) = sites(ctx.repo)
        .iter()
        .find(|(d, _)| under(d, &doc.path))
        .cloned()?;
    let base = join(&input, base);
    [
        format!("{base}.md"),
        join(&base, "index.md"),
        join(&base, "readme.md"),
        join(&base, "README.md"),
        join(&base, "default.md"),
    ]
    .into_iter()
    .find(|p| ctx.repo.is_tracked(p))
}

/// Whether `path` is a page of a Retype site of `repo`.
pub fn serves(repo: &RepoView, path: &str) -> bool {
    sites(repo).iter().any(|(d, _)| under(d, path))
}

/// The anchors Retype makes on a page beyond GitHub's heading ids: a
/// heading's id read without its components (`## v4.6.0 [!badge
/// @latest|info]` is `#v460`), a tab's, step's or panel's from its title
/// (`+++ Tab 3` is `#tab-3`, `>>> Install dependencies` is
/// `#install-dependencies`), and a `{#id}` attribute (`+++ Tab 1
/// {#getting-started .highlight}`).
pub fn ids(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in super::site::outside_fences(text) {
        let t = line.trim();
        let mut rest = t;
        while let Some(open) = rest.find("{#") {
            let after = &rest[open + 2..];
            let end = after.find(['}', ' ', '.']).unwrap_or(after.len());
            if end > 0 {
                out.push(after[..end].to_string());
            }
            rest = &after[end..];
        }
        let title = if t.starts_with('#') && t.contains("[!") {
            t.trim_start_matches('#')
        } else if let Some(x) = ["+++ ", ">>> ", "==- ", "=== "]
            .iter()
            .find_map(|m| t.strip_prefix(m))
        {
            x
        } else {
            continue;
        };
        // Components and attributes are no part of the title.
        let mut plain = String::new();
        let mut rest = title;
        while let Some(open) = rest.find(['[', '{']) {
            plain.push_str(&rest[..open]);
            let close = if rest[open..].starts_with("[!") {
                rest[open..].find(']')
            } else if rest[open..].starts_with("{#") || rest[open..].starts_with("{.") {
                rest[open..].find('}')
            } else {
                Some(0)
            };
            let Some(close) = close else {
                break;
            };
            if close == 0 {
                plain.push_str(&rest[open..=open]);
            }
            rest = &rest[open + close + 1..];
        }
        plain.push_str(rest);
        let slug: String = plain
            .trim()
            .to_lowercase()
            .chars()
            .filter_map(|c| match c {
                ' ' => Some('-'),
                c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
                _ => None,
            })
            .collect();
        let slug = slug.trim_matches('-').to_string();
        if !slug.is_empty() {
            out.push(slug);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::ids;

    #[test]
    fn ids_of_tabs_steps_badged_headings_and_attributes() {
        assert_eq!(
            ids(
                "## v4.6.0 [!badge @latest|info]\n\n+++ Tab 3\n+++\n>>> Install dependencies\n+++ Tab 1 {#getting-started .highlight}\n"
            ),
            vec![
                "v460",
                "tab-3",
                "install-dependencies",
                "getting-started",
                "tab-1"
            ]
        );
        assert!(ids("```\n+++ Hidden\n```\n## Plain\n").is_empty());
    }
}
