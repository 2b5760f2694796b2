//! Zensical sites: a `zensical.toml` whose `[project]` table names the site
//! (`site_name`). Zensical, the successor of Material for MkDocs, builds the
//! same Markdown with Python-Markdown and serves it the MkDocs way
//! (<https://zensical.org/docs/setup/basics/>): pages from `docs_dir`
//! (`docs` by default, from the configuration's folder), each at a folder
//! URL unless `use_directory_urls = false`. Such a site is read as an MkDocs
//! site (survey 45c, prefix-dev/pixi: `../../deployment/authentication/` of
//! `docs/reference/environment_variables.md`, and a `|` inside a code span of
//! a table cell).
//!
//! Its Markdown extensions and plugins are the tables below
//! `[project.markdown_extensions]` and `[project.plugins]`
//! (`[project.markdown_extensions.pymdownx.snippets]` is
//! `pymdownx.snippets`), the names an MkDocs site lists.

use crate::source::{RepoView, join_relative};

use super::site::{Generator, Site, join};

/// The MkDocs-like site `file` (a `zensical.toml` in `dir`) configures, if
/// it names one and its docs folder holds files.
pub fn site(repo: &RepoView, file: &str, dir: &str) -> Option<Site> {
    if file.rsplit('/').next() != Some("zensical.toml") {
        return None;
    }
    let text = repo.read_text(file)?;
    let mut table = String::new();
    let mut named = false;
    let mut docs_dir = None;
    let mut flat_urls = false;
    let mut plugins = Vec::new();
    for line in text.lines() {
        let t = line.trim();
        if let Some(header) = t.strip_prefix('[') {
            table = header.trim_matches(['[', ']']).trim().to_string();
            for section in ["project.markdown_extensions.", "project.plugins."] {
                if let Some(name) = table.strip_prefix(section) {
                    plugins.push(name.trim_matches('"').to_string());
                }
            }
            continue;
        }
        if table != "project" {
            continue;
        }
        let Some((key, value)) = t.split_once('=') else {
            continue;
        };
        let value = value.split(" #").next().unwrap_or(value).trim();
        let value = value.trim_matches(['"', '\'']);
        match key.trim() {
            "site_name" => named = !value.is_empty(),
            "docs_dir" => docs_dir = join_relative(dir, value.trim_end_matches('/')),
            "use_directory_urls" => flat_urls = value == "false",
            _ => {}
        }
    }
    let docs = docs_dir.unwrap_or_else(|| join(dir, "docs"));
    if !named || docs.is_empty() || repo.children(&docs).is_empty() {
        return None;
    }
    plugins.sort();
    plugins.dedup();
    let mut site = Site::plain(Generator::MkDocs, dir, vec![docs]);
    site.plugins = plugins;
    site.flat_urls = flat_urls;
    Some(site)
}
