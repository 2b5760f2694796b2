//! Astro sites (an `astro.config.mjs|js|ts|mts|cjs`; Starlight documentation
//! sites among them): how the links of the site's pages resolve where
//! GitHub's reading of the file tree fails (survey 28b, tauri-apps/tauri-docs:
//! 25 findings judged false).
//!
//! - The `public/` folder beside the configuration is served at the site's
//!   root: `/assets/logopack.zip` in a page is `public/assets/logopack.zip`.
//! - A target that starts with an alias of the site's `tsconfig.json`
//!   (`compilerOptions.paths`, `"@assets/*": ["src/assets/*"]`, read from its
//!   `baseUrl`) is resolved as Vite resolves an import of the page:
//!   `![diagram](@assets/about/diagram.svg)` is `src/assets/about/diagram.svg`.
//!
//! Only pages inside the configuration's folder are read so; a target that
//! neither reading finds is still reported.

use std::sync::Arc;

use crate::document::Document;
use crate::source::{PathState, RepoView};

use super::Context;
use super::site::join;

/// The file names of an Astro configuration.
const CONFIGS: &[&str] = &[
    "astro.config.mjs",
    "astro.config.js",
    "astro.config.ts",
    "astro.config.mts",
    "astro.config.cjs",
];

/// One Astro site: its folder and the import aliases of its `tsconfig.json`.
#[derive(Debug)]
struct AstroSite {
    dir: String,
    /// (prefix as written, with the `*` cut: `@assets/`; folder it names,
    /// from the repository root: `src/assets/`).
    aliases: Vec<(String, String)>,
}

fn sites(repo: &RepoView) -> Arc<Vec<AstroSite>> {
    repo.memo("site_astro::sites", |repo| {
        let dirs: Vec<String> = repo
            .tracked_files_split()
            .filter(|f| CONFIGS.contains(&f.name))
            .map(|f| f.dir.to_string())
            .filter(|d| !d.split('/').any(|s| s == "node_modules"))
            .collect();
        Arc::new(
            dirs.into_iter()
                .map(|dir| {
                    let aliases = tsconfig_aliases(repo, &dir);
                    AstroSite { dir, aliases }
                })
                .collect(),
        )
    })
}

/// The aliases of `compilerOptions.paths` in the `tsconfig.json` of `dir`
/// whose key and first target both end with `/*` (`"@assets/*":
/// ["src/assets/*"]`), the target read from `baseUrl` (the file's folder
/// when unset). The file is JSON with comments, read leniently.
fn tsconfig_aliases(repo: &RepoView, dir: &str) -> Vec<(String, String)> {
    let file = join(dir, "tsconfig.json");
    let Some(bytes) = repo.read(&file).or_else(|| repo.read_disk(&file)) else {
        return Vec::new();
    };
    let text = String::from_utf8_lossy(&bytes);
    let base = string_value(&text, "baseUrl").unwrap_or_else(|| ".".to_string());
    let base = base.trim_start_matches("./").trim_end_matches('/');
    let base_dir = if base.is_empty() || base == "." {
        dir.to_string()
    } else {
        join(dir, base)
    };
    let Some(at) = text.find("\"paths\"") else {
        return Vec::new();
    };
    let Some(open) = text[at..].find('{').map(|i| at + i) else {
        return Vec::new();
    };
    let mut depth = 0usize;
    let mut close = None;
    for (i, c) in text[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    close = Some(open + i);
                    break;
                }
            }
            _ => {}
        }
    }
    let Some(close) = close else {
        return Vec::new();
    };
    let body = &text[open + 1..close];
    let mut out = Vec::new();
    let mut rest = body;
    while let Some((key, after)) = next_string(rest) {
        let after_colon = after.trim_start();
        let Some(list) = after_colon.strip_prefix(':') else {
            rest = after;
            continue;
        };
        let list = list.trim_start();
        let Some(items) = list.strip_prefix('[') else {
            rest = after;
            continue;
        };
        let Some((target, tail)) = next_string(items) else {
            break;
        };
        if let (Some(k), Some(t)) = (key.strip_suffix('*'), target.strip_suffix('*'))
            && k.ends_with('/')
            && !k.is_empty()
        {
            let t = t.trim_start_matches("./").trim_end_matches('/');
            out.push((k.to_string(), join(&base_dir, t)));
        }
        rest = match tail.find(']') {
            Some(i) => &tail[i + 1..],
            None => break,
        };
    }
    out
}

/// The next `"…"` string of `text` (no escapes inside) and the text after it.
fn next_string(text: &str) -> Option<(String, &str)> {
    let start = text.find('"')? + 1;
    let len = text[start..].find('"')?;
    Some((
        text[start..start + len].to_string(),
        &text[start + len + 1..],
    ))
}

/// The string value of `"key": "value"` in `text`, if any.
fn string_value(text: &str, key: &str) -> Option<String> {
    let at = text.find(&format!("\"{key}\""))? + key.len() + 2;
    let rest = text[at..].trim_start().strip_prefix(':')?;
    let (value, _) = next_string(rest)?;
    Some(value)
}

/// Where the link `w` of `doc`, a page of an Astro site, names a file the
/// site serves: a root link from `public/`, an aliased one from the alias'
/// folder (see the module doc). None when it names nothing there.
pub fn reading(ctx: &Context<'_>, doc: &Document, w: &str) -> Option<String> {
    let sites = sites(ctx.repo);
    let site = sites
        .iter()
        .filter(|s| s.dir.is_empty() || doc.path.starts_with(&format!("{}/", s.dir)))
        .max_by_key(|s| s.dir.len())?;
    let exists = |p: &str| !matches!(ctx.repo.stat(p), PathState::Missing | PathState::Outside);
    if let Some(rooted) = w.strip_prefix('/')
        && !rooted.is_empty()
        && !rooted.starts_with('/')
    {
        let public = join(&join(&site.dir, "public"), rooted.trim_end_matches('/'));
        if exists(&public) {
            return Some(public);
        }
    }
    site.aliases.iter().find_map(|(alias, folder)| {
        let rest = w.strip_prefix(alias.as_str())?;
        let p = join(folder, rest.trim_end_matches('/'));
        exists(&p).then_some(p)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_values_are_read_leniently() {
        assert_eq!(
            next_string("  \"@a/*\": [\"src/a/*\"]").map(|(s, _)| s),
            Some("@a/*".to_string())
        );
        assert_eq!(
            string_value("{ // base\n \"baseUrl\" : \"./web\",", "baseUrl"),
            Some("./web".to_string())
        );
        assert_eq!(string_value("{}", "baseUrl"), None);
    }
}
