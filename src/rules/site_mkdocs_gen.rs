//! Pages an MkDocs site's build writes with mkdocs-gen-files
//! (<https://oprypin.github.io/mkdocs-gen-files/>): the plugin runs the
//! Python scripts its configuration lists (`gen-files:` → `scripts:`), and
//! each writes pages into the docs folder as the site is built, never into
//! the repository. mkdocstrings' recipe writes an API reference page per
//! module below `reference/` (`Path("reference", doc_path)`,
//! `mkdocs_gen_files.open("reference/SUMMARY.md", "w")`); nautobot's
//! `docs/generate_code_reference_pages.py` writes `code-reference/…`, and
//! its pages link `../../code-reference/nautobot/apps/ui.md` (survey 58b,
//! 26 findings judged false). A link from a page of the site to a missing
//! page below a folder such a script writes into is the build's page: not
//! reported. The folder may be a name the script assigns
//! (`OUTPUT_DIR_NAME = "api_reference"`, `Path(OUTPUT_DIR_NAME, doc_path)`:
//! dottxt-ai/outlines, survey 77b). A link to another missing page, a folder no script names, a
//! page outside the site, and a site without the plugin are judged.

use super::Context;
use super::site::{Generator, serving};
use crate::document::Document;
use crate::source::{RepoView, join_relative};

/// The prefix of the plugin names [`super::site`] gives the folders (from
/// the docs folder) that the site's gen-files scripts write pages into:
/// `gen-files:dir=reference`.
pub const GEN_DIR: &str = "gen-files:dir=";

/// The folders the mkdocs-gen-files scripts of an MkDocs configuration
/// (`text`, in the folder `cfg_dir`) write pages into: the first segment of
/// a path literal the script gives `Path(` or `mkdocs_gen_files.open(`,
/// when no folder of the repository has that name at its root or beside
/// the configuration (a source folder the script reads, `Path("src")`).
pub fn gen_dirs(repo: &RepoView, text: &str, cfg_dir: &str) -> Vec<String> {
    let mut out = Vec::new();
    for script in scripts(text) {
        let Some(path) = join_relative(cfg_dir, &script) else {
            continue;
        };
        let Some(source) = repo.read_text(&path) else {
            continue;
        };
        for dir in written_dirs(&source) {
            let is_source = repo.is_tracked_dir(&dir)
                || join_relative(cfg_dir, &dir).is_some_and(|d| repo.is_tracked_dir(&d));
            if !is_source && !out.contains(&dir) {
                out.push(dir);
            }
        }
    }
    out
}

/// The scripts listed below the `gen-files` plugin's `scripts:` key, as
/// written (`- docs/gen_ref_pages.py`).
fn scripts(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut plugin: Option<usize> = None;
    for line in text.lines() {
        let t = line.trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let indent = line.len() - t.len();
        if let Some(at) = plugin {
            if indent > at {
                if let Some(item) = t.strip_prefix("- ") {
                    let v = item.split(" #").next().unwrap_or(item).trim();
                    let v = v.trim_matches(['"', '\'']);
                    if v.ends_with(".py") {
                        out.push(v.to_string());
                    }
                }
                continue;
            }
            plugin = None;
        }
        let head = t.strip_prefix("- ").unwrap_or(t);
        let key = head.split(':').next().unwrap_or("").trim();
        if key.trim_matches(['"', '\'']) == "gen-files" && head.contains(':') {
            plugin = Some(indent);
        }
    }
    out
}

/// The first segments of the path literals a gen-files script writes to:
/// `Path("code-reference", doc_path)`, `mkdocs_gen_files.open("reference/SUMMARY.md", "w")`.
fn written_dirs(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for marker in ["Path(", "mkdocs_gen_files.open("] {
        for (at, _) in source.match_indices(marker) {
            let rest = source[at + marker.len()..].trim_start();
            let Some(literal) = path_literal(source, rest) else {
                continue;
            };
            let first = literal.split('/').next().unwrap_or("");
            let plain = !first.is_empty()
                && !first.starts_with('.')
                && first
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
            // A one-segment literal with an extension is a file, not a folder.
            let file = !literal.contains('/') && first.contains('.');
            if plain && !file && !out.iter().any(|d| d == first) {
                out.push(first.to_string());
            }
        }
    }
    out
}

/// The string literal an argument starting `rest` gives: a quoted literal
/// (`"reference/SUMMARY.md"`, `f"…"`, `r"…"`), or a name the script
/// assigns one at the start of a line (`OUTPUT_DIR_NAME = "api_reference"`
/// for `Path(OUTPUT_DIR_NAME, doc_path)`: dottxt-ai/outlines'
/// `scripts/gen_ref_pages.py`, survey 77b, 1 finding judged false).
fn path_literal<'a>(source: &'a str, rest: &'a str) -> Option<&'a str> {
    let quoted = |rest: &'a str| {
        let rest = rest.strip_prefix(['f', 'r']).unwrap_or(rest);
        let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        rest[1..].split(quote).next()
    };
    if let Some(literal) = quoted(rest) {
        return Some(literal);
    }
    let name_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    let name = &rest[..name_len];
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    source.lines().find_map(|line| {
        let value = line.strip_prefix(name)?.trim_start().strip_prefix('=')?;
        (!value.starts_with('=')).then_some(())?;
        quoted(value.trim())
    })
}

/// Whether the missing `path`, linked from `doc`, is a page a gen-files
/// script of the MkDocs site serving both writes when the site is built.
pub fn generated(ctx: &Context<'_>, doc: &Document, path: &str) -> bool {
    let sites = ctx.anchors.sites(ctx.repo);
    let Some((site, content)) = serving(sites, path) else {
        return false;
    };
    if site.generator != Generator::MkDocs
        || !serving(sites, &doc.path).is_some_and(|(s, _)| std::ptr::eq(s, site))
    {
        return false;
    }
    let page = if content.is_empty() {
        path
    } else {
        match path.strip_prefix(content).and_then(|p| p.strip_prefix('/')) {
            Some(p) => p,
            None => return false,
        }
    };
    let Some((first, _)) = page.split_once('/') else {
        return false;
    };
    site.plugins
        .iter()
        .filter_map(|p| p.strip_prefix(GEN_DIR))
        .any(|d| d == first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_scripts_and_the_folders_they_write() {
        let cfg = "plugins:\n  - \"search\"\n  - \"gen-files\":\n      scripts:\n        - docs/gen.py # ref\n  - \"macros\"\n";
        assert_eq!(scripts(cfg), vec!["docs/gen.py".to_string()]);
        let py = "for f in Path(\"nautobot\", \"apps\").glob(\"*.py\"):\n    p = Path(\"code-reference\", d)\nwith mkdocs_gen_files.open(\"reference/SUMMARY.md\", \"w\") as f:\n    x = Path('index.md')\n";
        assert_eq!(
            written_dirs(py),
            vec!["nautobot", "code-reference", "reference"]
        );
    }
}
