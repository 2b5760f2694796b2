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
//! - A relative URL link of a page of a content collection is read from the
//!   page's URL (see [`collection_page`]).
//! - A site that renders the links of its MDX pages with a component of its
//!   own (`defaultComponents: { a: './src/components/PageLink.astro' }` of
//!   an auto-import integration in the configuration, or
//!   `<Content components={{ a: Link }} />` in one of its `.astro` files)
//!   resolves them itself, as content collections name pages, by their ids
//!   without an extension: a `.md` link of such a page names the page of
//!   that name whatever its extension (see [`component_page`]), and an
//!   `@name/…` shorthand that no alias of `tsconfig.json` explains is the
//!   component's to resolve ([`component_shorthand`]).
//!
//! Only pages inside the configuration's folder are read so; a target that
//! no reading finds is still reported.

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
#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct AstroSite {
    dir: String,
    /// (prefix as written, with the `*` cut: `@assets/`; folder it names,
    /// from the repository root: `src/assets/`).
    aliases: Vec<(String, String)>,
    /// How the site's page URLs end, from its configuration.
    slash: Slash,
    /// Whether the site renders its MDX pages' links with a component of
    /// its own (see the module doc).
    link_component: bool,
    /// Whether the configuration uses Starlight (`@astrojs/starlight`).
    starlight: bool,
}

/// Whether a page's URL ends with `/` (Astro's `build.format` and
/// `trailingSlash`): a relative link is read from the page's folder URL
/// when it does, from its parent's when it does not.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
enum Slash {
    /// `build: { format: "file" }` or `trailingSlash: "never"`: `/docs/pg/schemas`.
    Never,
    /// `trailingSlash: "always"`: `/docs/pg/schemas/`.
    Always,
    /// Not set (`"ignore"`): the site answers both, the host decides.
    Either,
}

/// The [`Slash`] an Astro configuration's text sets.
fn slash_of(config: &str) -> Slash {
    let set = |key: &str, value: &str| {
        config.match_indices(key).any(|(i, _)| {
            let rest = config[i + key.len()..].trim_start();
            rest.strip_prefix(':').is_some_and(|v| {
                let v = v.trim_start();
                [
                    format!("\"{value}\""),
                    format!("'{value}'"),
                    format!("`{value}`"),
                ]
                .iter()
                .any(|q| v.starts_with(q.as_str()))
            })
        })
    };
    if set("format", "file") || set("trailingSlash", "never") {
        Slash::Never
    } else if set("trailingSlash", "always") {
        Slash::Always
    } else {
        Slash::Either
    }
}

fn sites(repo: &RepoView) -> Arc<Vec<AstroSite>> {
    repo.memo_kept("site_astro::sites", |repo| {
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
                    let config: String = CONFIGS
                        .iter()
                        .filter_map(|c| repo.read_text(&join(&dir, c)))
                        .collect();
                    let link_component = maps_links(&config)
                        || repo
                            .tracked_files_split()
                            .filter(|f| f.name.ends_with(".astro"))
                            .filter(|f| dir.is_empty() || f.dir.starts_with(&dir))
                            .filter(|f| !f.dir.split('/').any(|s| s == "node_modules"))
                            .filter_map(|f| repo.read_text(f.path))
                            .any(|t| maps_links(&t));
                    AstroSite {
                        starlight: config.contains("@astrojs/starlight"),
                        slash: slash_of(&config),
                        link_component,
                        dir,
                        aliases,
                    }
                })
                .collect(),
        )
    })
}

/// Whether `text`, an Astro configuration or component, maps MDX's `a`
/// element to a component: an `a:` key in the object after
/// `defaultComponents` or `components={{`.
fn maps_links(text: &str) -> bool {
    ["defaultComponents", "components={"].iter().any(|key| {
        text.match_indices(key).any(|(i, _)| {
            let rest = &text[i + key.len()..];
            let Some(open) = rest.find('{') else {
                return false;
            };
            let body = &rest[open + 1..];
            let body = &body[..body.find('}').unwrap_or(body.len())];
            body.split([',', '{', '\n']).any(|entry| {
                entry
                    .trim()
                    .strip_prefix('a')
                    .is_some_and(|v| v.trim_start().starts_with(':'))
            })
        })
    })
}

/// The aliases of `compilerOptions.paths` in the `tsconfig.json` of `dir`
/// whose key and first target both end with `/*` (`"@assets/*":
/// ["src/assets/*"]`), the target read from `baseUrl` (the file's folder
/// when unset). The file is JSON with comments, read leniently.
fn tsconfig_aliases(repo: &RepoView, dir: &str) -> Vec<(String, String)> {
    let file = join(dir, "tsconfig.json");
    let Some(text) = repo.read_text(&file) else {
        return Vec::new();
    };
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
    let site = site_of(&sites, &doc.path)?;
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
    if let Some(found) = site.aliases.iter().find_map(|(alias, folder)| {
        let rest = w.strip_prefix(alias.as_str())?;
        let p = join(folder, rest.trim_end_matches('/'));
        exists(&p).then_some(p)
    }) {
        return Some(found);
    }
    collection_page(ctx, site, &doc.path, w)
        .or_else(|| component_page(ctx, site, &doc.path, w))
        .or_else(|| starlight_public(ctx, site, &doc.path, w))
}

/// A relative link of a page of a Starlight site's docs collection, read
/// from the page's URL (the collection is served from the site's root:
/// `src/content/docs/index.mdx` at `/`, `guide/x.mdx` at `/guide/x/`), to a
/// file of `public/`: `example/tests.html` in the home page is
/// `public/example/tests.html` (survey 75a, mochajs/mocha, 1 finding judged
/// false). The same link of a page whose URL puts it elsewhere, or of a
/// site without Starlight, is judged as GitHub reads it.
fn starlight_public(ctx: &Context<'_>, site: &AstroSite, page: &str, w: &str) -> Option<String> {
    if !site.starlight || w.is_empty() || w.starts_with(['/', '#']) || w.contains(':') {
        return None;
    }
    let docs = join(&site.dir, "src/content/docs");
    let rest = page.strip_prefix(&format!("{docs}/"))?;
    let public = join(&site.dir, "public");
    url_reads(site, rest, w)
        .into_iter()
        .map(|url| join(&public, &url))
        .find(|p| ctx.repo.is_tracked_file(p))
}

/// Whether `anchor` is `_top` and `path` a page of a Starlight site's docs
/// collection (`src/content/docs/`): Starlight gives every page's title
/// `id="_top"`, which its table of contents links as "Overview" (survey
/// 75a, mochajs/mocha, 1 finding judged false). Elsewhere `#_top` is
/// judged as any other anchor.
pub fn starlight_top(repo: &RepoView, path: &str, anchor: &str) -> bool {
    if anchor != "_top"
        || !(path.ends_with(".md") || path.ends_with(".mdx") || path.ends_with(".mdoc"))
    {
        return false;
    }
    let sites = sites(repo);
    site_of(&sites, path).is_some_and(|site| {
        site.starlight && path.starts_with(&format!("{}/", join(&site.dir, "src/content/docs")))
    })
}

/// The site of `path`, the innermost Astro site whose folder holds it.
fn site_of<'a>(sites: &'a [AstroSite], path: &str) -> Option<&'a AstroSite> {
    sites
        .iter()
        .filter(|s| s.dir.is_empty() || path.starts_with(&format!("{}/", s.dir)))
        .max_by_key(|s| s.dir.len())
}

/// A relative `.md` or `.mdx` link of an MDX page of a site whose link
/// component resolves it (see the module doc) names the page of that name,
/// `.md` or `.mdx`, or the folder of that name's `index` page, read from
/// the page's folder: `custom_model_provider.md` is
/// `custom_model_provider.mdx` (survey 40c, strands-agents/docs, whose
/// pages moved from MkDocs' `.md` to `.mdx` and kept their links; its
/// `PageLink` looks pages up by id). A name no page has is still reported.
fn component_page(ctx: &Context<'_>, site: &AstroSite, page: &str, w: &str) -> Option<String> {
    if !site.link_component || !page.ends_with(".mdx") || w.starts_with('/') || w.contains(':') {
        return None;
    }
    // The component drops a trailing `/` (`amazon-bedrock.md/`) first.
    let target = w
        .split(['#', '?'])
        .next()
        .unwrap_or("")
        .trim_end_matches('/');
    let stem = target
        .strip_suffix(".mdx")
        .or_else(|| target.strip_suffix(".md"))?;
    let dir = page.rsplit_once('/').map_or("", |(d, _)| d);
    let base = crate::source::join_relative(dir, stem)?;
    if !site.dir.is_empty() && !base.starts_with(&format!("{}/", site.dir)) {
        return None;
    }
    let base = base.strip_suffix("/index").unwrap_or(&base);
    [".md", ".mdx", "/index.md", "/index.mdx"]
        .iter()
        .map(|ext| format!("{base}{ext}"))
        .find(|p| ctx.repo.is_tracked_file(p))
}

/// An `@name/…` link of an MDX page of a site whose link component
/// resolves its links (`@api/python/strands.agent.agent_result`, which
/// strands-agents/docs' `PageLink` turns into a URL of its generated API
/// reference: survey 40c), where no alias of the site's `tsconfig.json`
/// starts it and no tracked file or folder of the page's folder is named
/// so: a shorthand of the component, not a path. An aliased target that is
/// not there, and the same link in a site without such a component, are
/// judged.
pub fn component_shorthand(ctx: &Context<'_>, doc: &Document, w: &str) -> bool {
    let sites = sites(ctx.repo);
    let Some(site) = site_of(&sites, &doc.path) else {
        return false;
    };
    let Some(rest) = w.strip_prefix('@') else {
        return false;
    };
    let Some((name, _)) = rest.split_once('/') else {
        return false;
    };
    site.link_component
        && doc.path.ends_with(".mdx")
        && !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        && !site
            .aliases
            .iter()
            .any(|(alias, _)| w.starts_with(alias.as_str()))
        && matches!(
            ctx.repo.stat(&join(doc.dir(), &format!("@{name}"))),
            PathState::Missing
        )
}

/// A relative URL link (`./joins`, no extension) of a page of a content
/// collection (`src/content/<collection>/`) read from the page's URL, as a
/// browser reads it: the page `src/content/docs/pg/schemas.mdx` is served
/// at `…/pg/schemas` (drizzle-orm-docs, `build: { format: "file" }`), so
/// `./joins` names `src/content/docs/pg/joins.mdx` (survey 30e: 4 findings
/// judged false); at `…/pg/schemas/` (`trailingSlash: "always"`) it names
/// `pg/schemas/joins`. With neither set, the host decides, and either page
/// is taken. A URL that names no page of the collection is still reported.
fn collection_page(ctx: &Context<'_>, site: &AstroSite, page: &str, w: &str) -> Option<String> {
    if w.is_empty()
        || w.starts_with('/')
        || w.starts_with('#')
        || w.contains(':')
        || super::site::names_extension(w)
    {
        return None;
    }
    let content = join(&site.dir, "src/content");
    let rel = page.strip_prefix(&format!("{content}/"))?;
    let (collection, rest) = rel.split_once('/')?;
    let root = join(&content, collection);
    url_reads(site, rest, w).into_iter().find_map(|url| {
        [".md", ".mdx", "/index.md", "/index.mdx"]
            .iter()
            .map(|ext| format!("{}{ext}", join(&root, &url)))
            .find(|p| ctx.repo.is_tracked(p))
    })
}

/// The URLs (from the collection's root, no `/` at either end) the link `w`
/// names when read from the URL of the page `rest` of a content collection
/// (its path inside the collection): from the page's folder URL, its own, or
/// both, as the site's [`Slash`] says.
fn url_reads(site: &AstroSite, rest: &str, w: &str) -> Vec<String> {
    let Some(stem) = rest
        .strip_suffix(".mdx")
        .or_else(|| rest.strip_suffix(".md"))
    else {
        return Vec::new();
    };
    let url: Vec<&str> = stem.split('/').filter(|s| *s != "index").collect();
    let target = w
        .split(['#', '?'])
        .next()
        .unwrap_or("")
        .trim_end_matches('/');
    let from_folder = url.join("/");
    let from_parent = url[..url.len().saturating_sub(1)].join("/");
    let bases: Vec<&str> = match site.slash {
        Slash::Never => vec![from_parent.as_str()],
        Slash::Always => vec![from_folder.as_str()],
        Slash::Either => vec![from_parent.as_str(), from_folder.as_str()],
    };
    bases
        .into_iter()
        .filter_map(|base| crate::source::join_relative(base, target))
        .map(|url| url.trim_matches('/').to_string())
        .filter(|url| !url.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_ending_is_read_from_the_configuration() {
        assert_eq!(
            slash_of("build: {\n  format: \"file\", // x\n}"),
            Slash::Never
        );
        assert_eq!(slash_of("trailingSlash: 'never'"), Slash::Never);
        assert_eq!(slash_of("trailingSlash: \"always\""), Slash::Always);
        assert_eq!(
            slash_of("trailingSlash: \"ignore\", format: \"directory\""),
            Slash::Either
        );
        assert_eq!(slash_of(""), Slash::Either);
    }

    #[test]
    fn a_link_component_is_an_a_key_of_the_components_map() {
        assert!(maps_links(
            "defaultComponents: {\n  // relative urls\n  a: './src/components/PageLink.astro'\n}"
        ));
        assert!(maps_links(
            "<Content components={{ h1: Heading, a: Link }} />"
        ));
        assert!(!maps_links(
            "<Content components={{ h1: Heading, aside: Aside }} />"
        ));
        assert!(!maps_links("defaultComponents: { img: './Image.astro' }"));
    }

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
