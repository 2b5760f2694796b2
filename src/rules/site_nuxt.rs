//! Nuxt Content sites: pages served at routes made from their file paths.
//!
//! A Nuxt application (`nuxt.config.*`) that uses Nuxt Content (a
//! `content.config.*` beside it, or a configuration naming `@nuxt/content`
//! or the `docus` layer) serves each file of its `content/` folder at a route
//! made from its path, as Nuxt Content's `path-meta` transformer makes it
//! (`generatePath` / `refineUrlPart` in nuxt/content's
//! `src/utils/content/transformers/path-meta.ts`): every segment loses a
//! numeric order prefix `N.` (unless the whole segment is a version such as
//! `1.2` or `1.x`), an `index` segment is dropped, the extension is dropped,
//! and the rest is lower-cased (`docs/1.getting-started/3.configuration.md`
//! is `/docs/getting-started/configuration`, `docs/1.getting-started/1.index.md`
//! is `/docs/getting-started`). The application's `public/` folder is served
//! at the root (`/blog/shot.webp` is `public/blog/shot.webp`).
//!
//! A root link of a page of `content/` that names such a route is the page's
//! file (its `#fragment` is checked there), and one that names a file of
//! `public/` is that file. A route that the application redirects is served
//! by the redirect: a key of its `routeRules` with a `redirect`, written
//! literally in `nuxt.config.*` (`'/docs/old': { redirect: '/docs/new' }`), or
//! a line `from=to` (or `from to`) of a `_redirects` file beside it that the
//! configuration reads into its `routeRules` (nuxt/content's own docs); a
//! key ending in `/**` redirects everything below it. Any other root link
//! (`/docs/collections/nothing-here`) is reported as before.

use std::collections::HashMap;
use std::sync::Arc;

use crate::document::Document;
use crate::source::{RepoView, join_relative};

use super::Context;
use super::references::{RefKind, Reference};

/// One Nuxt Content application.
#[derive(Debug, Default)]
pub struct Site {
    /// The folder of its `nuxt.config.*` (`""`: the repository root).
    dir: String,
    /// Its `content/` folder.
    content: String,
    /// Each page's route (`docs/getting-started`, no leading or trailing
    /// `/`, lower case) and its file.
    pages: HashMap<String, String>,
    /// The routes its `routeRules` redirect (`/docs/studio/setup`), and the
    /// prefixes a `/**` key redirects (`/studio/`).
    redirects: Vec<String>,
    redirect_prefixes: Vec<String>,
}

/// The repository's Nuxt Content applications, read once per run.
pub fn detect(repo: &RepoView) -> Arc<Vec<Site>> {
    repo.memo("site_nuxt::detect", |repo| Arc::new(find_sites(repo)))
}

/// The file a root link of a Nuxt Content page names: the page served at
/// that route, or a file of the application's `public/` folder. None when
/// the document is no page of such a site or the link names neither.
pub fn reading(ctx: &Context<'_>, doc: &Document, r: &Reference) -> Option<String> {
    if r.kind != RefKind::Link {
        return None;
    }
    let rooted = r
        .written
        .strip_prefix('/')
        .filter(|w| !w.starts_with('/'))?;
    let rooted = rooted.split(['#', '?']).next().unwrap_or("");
    let sites = detect(ctx.repo);
    let site = sites
        .iter()
        .find(|s| super::site::under(&s.content, &doc.path))?;
    let route = rooted.trim_end_matches('/').to_lowercase();
    if let Some(page) = site.pages.get(&route) {
        return Some(page.clone());
    }
    let public = join(&site.dir, "public");
    join_relative(&public, rooted.trim_end_matches('/'))
        .filter(|p| p.len() > public.len() && ctx.repo.is_tracked(p))
}

/// Whether a root link of a Nuxt Content page names a route its
/// application's `routeRules` redirect.
pub fn redirected(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link || !r.written.starts_with('/') {
        return false;
    }
    let sites = detect(ctx.repo);
    let Some(site) = sites
        .iter()
        .find(|s| super::site::under(&s.content, &doc.path))
    else {
        return false;
    };
    let route = r.written.split(['#', '?']).next().unwrap_or("");
    let route = match route.trim_end_matches('/') {
        "" => "/",
        trimmed => trimmed,
    };
    site.redirects.iter().any(|from| from == route)
        || site
            .redirect_prefixes
            .iter()
            .any(|prefix| route.starts_with(prefix.as_str()))
}

fn join(dir: &str, rel: &str) -> String {
    super::site::join(dir, rel)
}

/// Each tracked `nuxt.config.*` (outside test fixtures) of a Nuxt Content
/// application with a `content/` folder.
fn find_sites(repo: &RepoView) -> Vec<Site> {
    super::site::sites_of_configs(repo, |name| name.starts_with("nuxt.config."), site)
}

fn site(repo: &RepoView, cfg: &str, dir: &str) -> Option<Site> {
    let content = join(dir, "content");
    let children = repo.children(dir);
    if repo.children(&content).is_empty() {
        return None;
    }
    let text = repo.read_text(cfg)?;
    let uses_content = children.iter().any(|c| c.starts_with("content.config."))
        || text.contains("@nuxt/content")
        || text.contains("'docus'")
        || text.contains("\"docus\"");
    if !uses_content {
        return None;
    }
    let mut site = Site {
        dir: dir.to_string(),
        content: content.clone(),
        ..Site::default()
    };
    for file in repo.tracked_files_under(&content) {
        let rel = &file[content.len() + 1..];
        let Some((stem, ext)) = rel.rsplit_once('.') else {
            continue;
        };
        if !matches!(ext, "md" | "yml" | "yaml" | "json" | "csv")
            || rel.split('/').any(|s| s.starts_with('.'))
        {
            continue;
        }
        site.pages.entry(route(stem)).or_insert(file.clone());
    }
    let mut from = route_rule_redirects(&text);
    // The configuration reads a `_redirects` file into its `routeRules`.
    if text.contains("_redirects") {
        let file = join(dir, "_redirects");
        if let Some(bytes) = repo.read(&file) {
            from.extend(redirect_lines(&String::from_utf8_lossy(&bytes)));
        }
    }
    for key in from {
        match key.strip_suffix("/**") {
            Some(prefix) => site.redirect_prefixes.push(format!("{prefix}/")),
            None => site.redirects.push(key),
        }
    }
    Some(site)
}

/// The route Nuxt Content gives a file of `content/` by its path without
/// extension: each segment without its order prefix (`3.configuration` is
/// `configuration`; a version such as `1.2` or `1.x` stays), `index`
/// dropped, lower case, no leading or trailing `/`.
fn route(stem: &str) -> String {
    stem.split('/')
        .map(refine)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("/")
}

fn refine(part: &str) -> String {
    if is_version(part) {
        return part.to_string();
    }
    let digits = part.bytes().take_while(u8::is_ascii_digit).count();
    let part = match part[digits..].strip_prefix('.') {
        Some(rest) if digits > 0 => rest,
        _ => part,
    };
    let part = part.strip_suffix(".draft").unwrap_or(part);
    if part == "index" {
        return String::new();
    }
    // `slugify` with `lower: true`: spaces are dashes.
    part.split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .to_lowercase()
}

/// `1`, `1.2`, `1.x`, `1.2.x`: Nuxt Content keeps such a segment whole.
fn is_version(part: &str) -> bool {
    let body = part.strip_suffix(".x").unwrap_or(part);
    !body.is_empty()
        && body
            .split('.')
            .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The keys of `routeRules` written with a `redirect` in a Nuxt
/// configuration: `'/old': { redirect: '/new' }`.
fn route_rule_redirects(text: &str) -> Vec<String> {
    let Some(start) = text.find("routeRules") else {
        return Vec::new();
    };
    let rest = &text[start..];
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(q) = rest[i..].find(['\'', '"']) {
        let open = i + q;
        let quote = &rest[open..open + 1];
        let Some(len) = rest[open + 1..].find(quote) else {
            break;
        };
        let key = &rest[open + 1..open + 1 + len];
        let after = rest[open + len + 2..].trim_start();
        i = open + len + 2;
        if !key.starts_with('/') {
            continue;
        }
        let Some(body) = after
            .strip_prefix(':')
            .map(str::trim_start)
            .and_then(|a| a.strip_prefix('{'))
        else {
            continue;
        };
        let body = body.split('}').next().unwrap_or("");
        if body.contains("redirect") {
            out.push(key.to_string());
        }
    }
    out
}

/// The sources of a `_redirects` file: the first word of each line
/// (`from=to`, as nuxt/content's configuration splits it, or Netlify's
/// `from to`), comments and blank lines left out.
fn redirect_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| l.starts_with('/'))
        .filter_map(|l| {
            let from = l.split(['=', ' ', '\t']).next()?;
            (!from.is_empty()).then(|| from.to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_drop_order_prefixes_and_index() {
        assert_eq!(
            route("docs/1.getting-started/3.configuration"),
            "docs/getting-started/configuration"
        );
        assert_eq!(
            route("docs/1.getting-started/1.index"),
            "docs/getting-started"
        );
        assert_eq!(route("docs/6.deploy/10.static"), "docs/deploy/static");
        assert_eq!(route("index"), "");
        assert_eq!(route("changelog/1.2"), "changelog/1.2");
        assert_eq!(route("blog/Release Notes"), "blog/release-notes");
    }

    #[test]
    fn route_rules_and_redirect_files_are_read() {
        let cfg = "export default defineNuxtConfig({\n  routeRules: {\n    \
                   '/docs/old': { redirect: '/docs/new' },\n    \
                   '/api/**': { cors: true },\n  },\n})\n";
        assert_eq!(route_rule_redirects(cfg), vec!["/docs/old".to_string()]);
        assert_eq!(
            redirect_lines("# moved\n/a=/b\n\n/c /d 301\n/studio/**=https://x\n"),
            vec!["/a".to_string(), "/c".to_string(), "/studio/**".to_string()]
        );
    }
}
