//! Next.js sites (`next.config.*` beside `public/` or, a Fumadocs site
//! without one, beside `source.config.*`: Nextra, Fumadocs; see
//! [`super::site`] for their detection): a page's links name routes of the
//! site, which Next.js makes from the files of its `app/` and `pages/`
//! folders and, in a Nextra 4 or Fumadocs site, of its `content/` folder.
//!
//! - **App Router** (`app/` or `src/app/`;
//!   <https://nextjs.org/docs/app/building-your-application/routing>):
//!   `app/<segs>/page.(mdx|md|tsx|jsx|ts|js)` is served at `/<segs>` (and
//!   `route.*` answers there too): a route group `(name)` and a parallel
//!   slot `@name` add no segment, a private folder `_name` serves nothing,
//!   a dynamic segment `[name]` is any one segment (`[lang]`/`[locale]` also
//!   none: the locale a link leaves out), a catch-all `[...name]` one or
//!   more and an optional catch-all `[[...name]]` any number.
//! - **Pages Router** (`pages/` or `src/pages/`): `pages/a/b.mdx` is `/a/b`,
//!   `index` a folder's route, `_app`/`_document`/`_meta` no page, a locale
//!   suffix (`a.en-US.mdx`, Nextra 2/3 with `i18n.locales`) dropped.
//! - **Content folder** (`content/` or `src/content/`): a catch-all route
//!   of a site with a content folder serves its pages (Nextra 4's
//!   `app/[[...mdxPath]]/page` with `contentDirBasePath`, Fumadocs'
//!   `app/docs/[[...slug]]`): the rest of the URL names
//!   `content/[<locale>/][<prefix>/]<rest>.(md|mdx)` or its `index`, where
//!   the prefix is the catch-all's literal segments (read with and without
//!   them) and the locale the link's, else the page's own
//!   (`content/es/docs/a.mdx` links `/docs/b` in Spanish). A catch-all of a
//!   site without a content folder serves what its code decides: any URL.
//! - **Folders the code names**: a folder of Markdown files that a script of
//!   the site names in a string literal (`docsDir: "docs"`, `const
//!   blogPostsDir = "blog/posts"`) holds pages of the site too, rendered by
//!   its routes: their root links are read as the site's (see
//!   [`code_named_folders`]); a relative link of such a page is read from
//!   its file, its URL being the code's choice. A script that climbs out of
//!   the site with a literal of `..` segments alone (`resolve(appDir,
//!   "../..")`) names folders from there too: vercel/ai's
//!   `apps/docs/scripts/sync-content.mjs` copies the root `content/` into the
//!   site, so those pages' root links are the site's (survey s115b).
//! - **URLs**: a root link is read from the site's root, after a locale of
//!   `i18n.locales` at its start; a relative link from the URL of its page,
//!   which has no trailing `/` (`../guide/markdown` from
//!   `app/docs/advanced/latex/page.mdx`, served at `/docs/advanced/latex`,
//!   is `/docs/guide/markdown`). A page is a Markdown file of the route
//!   folders, or any `.mdx` file of the site (a component such as
//!   `components/ready-to-go.mdx`, imported by pages: its root links only).
//!   `public/` is served at the root.
//! - **Nextra's link rewrite**: Nextra drops a `.md` or `.mdx` extension
//!   from every link that is not a web address (its `remarkLinkRewrite`,
//!   `MARKDOWN_URL_EXTENSION_REGEX`), so in a Nextra site (a `next.config.*`
//!   naming `nextra`) `how-pyth-works/pythnet.md` from
//!   `pages/price-feeds/core/how-pyth-works.mdx` is the URL
//!   `/price-feeds/core/how-pyth-works/pythnet`, served by `pythnet.mdx`
//!   (survey 60d, pyth-network/documentation, 20 of 30 sampled findings
//!   judged false). A page no route serves is still reported, and so is the
//!   same link in a Next.js site without Nextra.
//! - **Redirects** (`redirects` or `rewrites` of `next.config.*`): a URL that
//!   matches a `source` is served, by its pattern: `:slug` one segment,
//!   `:slug(a|b)` one of those, `:slug*`, `:slug+` and `(.*)` any rest; the
//!   modules the configuration imports by a relative path (a redirect list
//!   spread into `redirects`) are read with it.
//! - **Route handlers for files**: a root link to a file name (`/llms.txt`)
//!   is served by a route whose last folder is that name
//!   (`app/[lang]/llms.txt/route.ts`), not by a catch-all.
//!
//! A URL that none of these explain (`/docs/cache` where the page is
//! `content/en/docs/advanced/cache.mdx`) is still reported.

use std::sync::{Arc, OnceLock};

use regex::Regex;

use crate::document::Document;
use crate::source::{PathState, RepoView};

use super::Context;
use super::references::Reference;
use super::site::{Generator, join, under};

/// The extensions of a page file of the App and Pages Routers.
const PAGE_EXTENSIONS: &[&str] = &["mdx", "md", "tsx", "jsx", "ts", "js"];

/// A Next.js site, as its routes are read.
#[derive(Debug, Clone)]
pub struct NextSite {
    dir: String,
    /// `app/`, `pages/` and `content/` (each also under `src/`), when there.
    app: Option<String>,
    pages: Option<String>,
    content: Option<String>,
    /// `i18n.locales` of its configuration.
    locales: Vec<String>,
    routes: Vec<Route>,
    /// The `source` patterns of its `redirects` and `rewrites`.
    redirects: Vec<Vec<Part>>,
    /// Folders of Markdown files that the site's own code names (see
    /// [`code_named_folders`]): their pages are the site's.
    read: Vec<String>,
    /// Built with Nextra (its configuration names `nextra`), which drops a
    /// `.md`/`.mdx` extension from links.
    nextra: bool,
}

/// A route of the App or Pages Router and the file that serves it.
#[derive(Debug, Clone)]
struct Route {
    segs: Vec<Seg>,
    file: String,
}

#[derive(Debug, Clone, PartialEq)]
enum Seg {
    Lit(String),
    /// `[name]`; `locale`: a `[lang]`-like segment a link may leave out.
    Dynamic {
        locale: bool,
    },
    /// `[...name]`, `[[...name]]` (optional).
    Rest {
        optional: bool,
    },
}

/// A segment of a redirect's `source` pattern.
#[derive(Debug, Clone)]
enum Part {
    Lit(String),
    One,
    OneOf(Vec<String>),
    /// Any rest (`:slug*`, `:slug+`, `(.*)`).
    Rest,
}

/// The Next.js sites of the repository, read once.
fn sites(repo: &RepoView) -> Arc<Vec<NextSite>> {
    repo.memo("site_next::sites", |repo| {
        let sites = super::site::detect(repo);
        Arc::new(
            sites
                .iter()
                .filter(|s| s.generator == Generator::Next)
                .map(|s| read_site(repo, &s.dir))
                .collect(),
        )
    })
}

fn read_site(repo: &RepoView, dir: &str) -> NextSite {
    let folder = |name: &str| {
        [join(dir, name), join(dir, &format!("src/{name}"))]
            .into_iter()
            .find(|f| !repo.children(f).is_empty())
    };
    let mut config: Vec<String> = repo
        .children(dir)
        .iter()
        .filter(|c| c.starts_with("next.config."))
        .filter_map(|c| {
            let f = join(dir, c);
            repo.read_text(&f)
        })
        .collect();
    // A redirect list the configuration imports from a module of the site
    // (`import { exampleRedirects } from './lib/example-redirects'`, spread
    // into `redirects`: vercel/ai's `apps/docs`) is the configuration's too.
    let imported: Vec<String> = config
        .iter()
        .flat_map(|c| relative_imports(c))
        .filter_map(|m| {
            let base = crate::source::join_relative(dir, &m)?;
            ["", ".ts", ".js", ".mjs", ".cjs", ".mts", ".cts"]
                .iter()
                .find_map(|ext| repo.read_text(&format!("{base}{ext}")))
        })
        .collect();
    config.extend(imported);
    let config = config.join("\n");
    let mut site = NextSite {
        dir: dir.to_string(),
        app: folder("app"),
        pages: folder("pages"),
        content: folder("content"),
        locales: locales(&config),
        routes: Vec::new(),
        redirects: redirect_sources(&config),
        read: Vec::new(),
        nextra: config.contains("nextra"),
    };
    site.read = code_named_folders(repo, &site);
    if let Some(app) = &site.app {
        for f in repo.files_under(app) {
            let rel = &f[app.len() + 1..];
            let (folders, name) = rel.rsplit_once('/').unwrap_or(("", rel));
            let Some((stem, ext)) = name.rsplit_once('.') else {
                continue;
            };
            if !matches!(stem, "page" | "route") || !PAGE_EXTENSIONS.contains(&ext) {
                continue;
            }
            if let Some(segs) = route_segs(&site, folders.split('/').filter(|s| !s.is_empty())) {
                site.routes.push(Route { segs, file: f });
            }
        }
    }
    if let Some(pages) = &site.pages {
        for f in repo.files_under(pages) {
            let rel = &f[pages.len() + 1..];
            let Some((path, ext)) = rel.rsplit_once('.') else {
                continue;
            };
            if !PAGE_EXTENSIONS.contains(&ext) {
                continue;
            }
            let path = site
                .locales
                .iter()
                .find_map(|l| path.strip_suffix(&format!(".{l}")))
                .unwrap_or(path);
            let path = path.strip_suffix("index").unwrap_or(path);
            if let Some(segs) = route_segs(&site, path.split('/').filter(|s| !s.is_empty())) {
                site.routes.push(Route { segs, file: f });
            }
        }
    }
    site
}

/// The segments of a route from its folder names; None for a private
/// folder (`_components`), an intercepting route or a Pages Router special
/// file (`_app`, `_meta`).
fn route_segs<'a>(site: &NextSite, names: impl Iterator<Item = &'a str>) -> Option<Vec<Seg>> {
    let mut segs = Vec::new();
    for name in names {
        if name.starts_with('_') || name.starts_with("(.") {
            return None;
        }
        if (name.starts_with('(') && name.ends_with(')')) || name.starts_with('@') {
            continue;
        }
        let seg = if name.starts_with("[[...") && name.ends_with("]]") {
            Seg::Rest { optional: true }
        } else if name.starts_with("[...") && name.ends_with(']') {
            Seg::Rest { optional: false }
        } else if let Some(inner) = name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
            Seg::Dynamic {
                locale: matches!(inner, "lang" | "locale" | "lng" | "locales")
                    || (segs.is_empty() && !site.locales.is_empty()),
            }
        } else {
            Seg::Lit(name.to_string())
        };
        segs.push(seg);
    }
    Some(segs)
}

/// The quoted strings of `i18n: { locales: [...] }`.
fn locales(config: &str) -> Vec<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"\blocales\s*:\s*\[([^\]]*)\]").expect("valid regex"));
    let Some(list) = re.captures(config).and_then(|c| c.get(1)) else {
        return Vec::new();
    };
    list.as_str()
        .split(',')
        .map(|s| s.trim().trim_matches(['\'', '"', '`']).to_string())
        .filter(|s| !s.is_empty() && !s.contains(char::is_whitespace))
        .collect()
}

/// The modules a script imports by a relative path (`from './lib/x'`).
fn relative_imports(code: &str) -> Vec<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r#"\bfrom\s*['"](\.{1,2}/[A-Za-z0-9_./-]+)['"]"#).expect("valid regex")
    });
    re.captures_iter(code)
        .filter_map(|c| c.get(1))
        .map(|m| m.as_str().to_string())
        .collect()
}

/// The `source` patterns of a configuration's `redirects` and `rewrites`.
fn redirect_sources(config: &str) -> Vec<Vec<Part>> {
    if !config.contains("redirects") && !config.contains("rewrites") {
        return Vec::new();
    }
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r#"\bsource\s*:\s*(?:'([^']*)'|"([^"]*)"|`([^`$]*)`)"#).expect("valid regex")
    });
    re.captures_iter(config)
        .filter_map(|c| c.get(1).or(c.get(2)).or(c.get(3)))
        .filter_map(|m| m.as_str().strip_prefix('/').map(source_parts))
        .collect()
}

/// A `source` pattern (without its leading `/`) as segments.
fn source_parts(source: &str) -> Vec<Part> {
    source
        .trim_end_matches('/')
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|seg| {
            if seg.starts_with('(') || seg.ends_with('*') || seg.ends_with('+') {
                return Part::Rest;
            }
            let Some(param) = seg.strip_prefix(':') else {
                return if seg.contains(':') {
                    Part::One
                } else {
                    Part::Lit(seg.to_string())
                };
            };
            match param.split_once('(') {
                Some((_, alts)) => {
                    let alts = alts.trim_end_matches(['?']).trim_end_matches(')');
                    if alts
                        .chars()
                        .all(|c| c.is_alphanumeric() || "-_|.".contains(c))
                    {
                        Part::OneOf(alts.split('|').map(str::to_string).collect())
                    } else {
                        Part::Rest
                    }
                }
                None => Part::One,
            }
        })
        .collect()
}

/// The Next.js site whose page `path` is: a Markdown file of its route or
/// content folders, or an `.mdx` file anywhere in it but `public/`.
fn site_of<'a>(sites: &'a [NextSite], path: &str) -> Option<&'a NextSite> {
    sites.iter().find(|s| {
        (under(&s.dir, path)
            && !under(&join(&s.dir, "public"), path)
            && (path.ends_with(".mdx")
                || [&s.app, &s.pages, &s.content]
                    .into_iter()
                    .flatten()
                    .chain(&s.read)
                    .any(|d| under(d, path))))
            || s.read.iter().any(|d| !under(&s.dir, d) && under(d, path))
    })
}

/// The most code files of a site read for the folders they name.
const CODE_FILES_READ: usize = 2_000;

/// Folders of Markdown files (outside `public/`) that the site's own code
/// names in a string literal: a site that renders its pages from a folder
/// of its choosing (prometheus/docs: `docsDir: "docs"` in `docs-config.ts`,
/// `const blogPostsDir = "blog/posts"` in `src/blog-helpers.ts`, served by
/// `src/app/docs/[...slug]/page.tsx` and
/// `src/app/blog/[year]/[month]/[day]/[slug]/page.tsx`). The code read is
/// the site folder's own script files and those of its `app/`, `pages/`,
/// `src/` and `lib/` folders (no `node_modules`), at most
/// [`CODE_FILES_READ`] of them.
fn code_named_folders(repo: &RepoView, site: &NextSite) -> Vec<String> {
    const SCRIPTS: &[&str] = &["ts", "tsx", "js", "jsx", "mjs", "cjs", "mts", "cts"];
    let public = join(&site.dir, "public");
    let mut code: Vec<String> = repo
        .children(&site.dir)
        .iter()
        .map(|c| join(&site.dir, c))
        .collect();
    for d in ["app", "pages", "src", "lib", "scripts"] {
        code.extend(repo.files_under(&join(&site.dir, d)));
    }
    let is_script = |f: &str| {
        f.rsplit_once('.')
            .is_some_and(|(_, ext)| SCRIPTS.contains(&ext))
            && !f.split('/').any(|c| c == "node_modules")
    };
    let mut found: Vec<String> = Vec::new();
    for f in code.iter().filter(|f| is_script(f)).take(CODE_FILES_READ) {
        let Some(bytes) = repo.read(f) else { continue };
        let text = String::from_utf8_lossy(&bytes);
        // A script that climbs out of the site (`resolve(appDir, "../..")`)
        // and names a folder there (`join(repoRoot, "content")`) reads its
        // pages from that folder: vercel/ai's `scripts/sync-content.mjs`
        // copies the root `content/` into the site (survey s115b). Bases
        // are the site's folder and the folders above it that a literal of
        // `..` segments alone reaches from it.
        let mut bases = vec![site.dir.clone()];
        for lit in string_literals(&text) {
            let lit = lit.trim_end_matches('/');
            if !lit.is_empty() && lit.split('/').all(|s| s == "..") {
                let mut up = site.dir.as_str();
                for _ in lit.split('/') {
                    up = up.rsplit_once('/').map_or("", |(d, _)| d);
                }
                let up = up.to_string();
                if !bases.contains(&up) {
                    bases.push(up);
                }
            }
        }
        for lit in string_literals(&text) {
            let lit = lit.trim_start_matches("./").trim_end_matches('/');
            if lit.is_empty() || lit == "." || lit.contains("..") || lit.starts_with('/') {
                continue;
            }
            for (i, base) in bases.iter().enumerate() {
                let dir = join(base, lit);
                // From a folder above the site: a folder outside it only.
                if i > 0 && (dir == site.dir || under(&dir, &site.dir) || under(&site.dir, &dir)) {
                    continue;
                }
                if found.contains(&dir)
                    || dir == public
                    || under(&public, &dir)
                    || dir.split('/').any(|c| c == "node_modules")
                    || repo.children(&dir).is_empty()
                    || !repo
                        .files_under(&dir)
                        .iter()
                        .any(|p| p.ends_with(".md") || p.ends_with(".mdx"))
                {
                    continue;
                }
                found.push(dir);
            }
        }
    }
    found.sort();
    found
}

/// The string literals of a script (`"…"`, `'…'`, a template literal without
/// `${`) that could name a folder: letters, digits and `_-./` only.
fn string_literals(code: &str) -> impl Iterator<Item = &str> {
    let bytes = code.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let q = bytes[i];
            i += 1;
            if !matches!(q, b'"' | b'\'' | b'`') {
                continue;
            }
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_alphanumeric()
                    || matches!(bytes[i], b'_' | b'-' | b'.' | b'/'))
            {
                i += 1;
            }
            if i < bytes.len() && bytes[i] == q && i > start && i - start <= 100 {
                i += 1;
                return Some(&code[start..i - 1]);
            }
        }
        None
    })
}

/// The URL of the page `path` (its segments) and its locale, when it is a
/// page of a route: an App Router `page.md(x)`, a Pages Router page, a page
/// of the content folder.
fn page_url(site: &NextSite, path: &str) -> (Option<Vec<String>>, Option<String>) {
    let strip = |dir: &Option<String>| {
        dir.as_ref()
            .filter(|d| under(d, path))
            .map(|d| path[d.len() + 1..].to_string())
    };
    if let Some(rel) = strip(&site.app) {
        let Some(folders) = rel
            .strip_suffix("/page.mdx")
            .or_else(|| rel.strip_suffix("/page.md"))
        else {
            return (None, None);
        };
        let mut url = Vec::new();
        for name in folders.split('/') {
            if name.starts_with('_') {
                return (None, None);
            }
            if !(name.starts_with('(') || name.starts_with('@')) {
                url.push(name.to_string());
            }
        }
        return (Some(url), None);
    }
    if let Some(rel) = strip(&site.pages) {
        let stem = rel.rsplit_once('.').map_or(rel.as_str(), |(s, _)| s);
        let mut url: Vec<String> = stem.split('/').map(str::to_string).collect();
        if url.last().is_some_and(|l| l == "index") {
            url.pop();
        }
        return (Some(url), None);
    }
    if let Some(rel) = strip(&site.content) {
        let stem = rel.rsplit_once('.').map_or(rel.as_str(), |(s, _)| s);
        let mut url: Vec<String> = stem.split('/').map(str::to_string).collect();
        let locale = (url.len() > 1 && site.locales.contains(&url[0])).then(|| url.remove(0));
        if url.last().is_some_and(|l| l == "index") {
            url.pop();
        }
        // The content catch-all's literal segments come first.
        let prefix: Vec<String> = site
            .routes
            .iter()
            .find(|r| matches!(r.segs.last(), Some(Seg::Rest { .. })))
            .map(|r| {
                r.segs
                    .iter()
                    .filter_map(|s| match s {
                        Seg::Lit(l) => Some(l.clone()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        return (Some(prefix.into_iter().chain(url).collect()), locale);
    }
    (None, None)
}

/// The URL segments a link `w` of the page at `path` names, with the page's
/// locale; None for a link that is no URL of the site.
fn link_url(site: &NextSite, path: &str, w: &str) -> Option<(Vec<String>, Option<String>)> {
    if w.is_empty() || w.starts_with('#') || w.starts_with("//") || w.contains(':') {
        return None;
    }
    let w = w.split(['#', '?']).next().unwrap_or("");
    let (page, own) = page_url(site, path);
    let (mut url, rel): (Vec<String>, &str) = match w.strip_prefix('/') {
        Some(rooted) => (Vec::new(), rooted),
        None => {
            // A page's URL has no trailing `/`: the link is read from its parent.
            let mut base = page?;
            base.pop();
            (base, w)
        }
    };
    for seg in rel.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                url.pop();
            }
            s => url.push(s.to_string()),
        }
    }
    Some((url, own))
}

/// A link `w` of `doc` read as a route of its Next.js site: the page file
/// that serves it (an App Router `page.*`, a Pages Router page, a page of
/// the content folder) or a file of `public/`.
pub fn reading(ctx: &Context<'_>, doc: &Document, w: &str) -> Option<String> {
    let sites = sites(ctx.repo);
    let site = site_of(&sites, &doc.path)?;
    let unmarked;
    let w = match nextra_route(site, w) {
        Some(route) => {
            unmarked = route;
            unmarked.as_str()
        }
        None => w,
    };
    let (url, own) = link_url(site, &doc.path, w)?;
    if w.starts_with('/') {
        let public = join(&join(&site.dir, "public"), &url.join("/"));
        if !url.is_empty() && exists(ctx.repo, &public) {
            return Some(public);
        }
    }
    // A file (`./diagram.png`) is no route: read from the file's folder;
    // a root link to a file name is a route only of a route handler named
    // for it (`app/[lang]/llms.txt/route.ts` serves `/llms.txt`: vercel/ai,
    // survey s115b), not of a catch-all.
    let file_name = super::site::names_extension(w);
    if file_name && !w.starts_with('/') {
        return None;
    }
    let own = own.as_deref();
    let mut tries: Vec<(&[String], Option<&str>)> = Vec::new();
    if let Some(first) = url.first()
        && site.locales.contains(first)
    {
        tries.push((&url[1..], Some(first.as_str())));
    }
    tries.push((&url, None));
    for (url, lang) in tries {
        for route in &site.routes {
            if file_name && !matches!(route.segs.last(), Some(Seg::Lit(l)) if l.contains('.')) {
                continue;
            }
            let mut m = Match {
                repo: ctx.repo,
                site,
                route,
                own,
                prefix: Vec::new(),
            };
            if let Some(found) = m.segs(&route.segs, url, lang) {
                return Some(found);
            }
        }
    }
    None
}

/// A link of a Nextra page as Nextra rewrites it: without its `.md` or
/// `.mdx` extension (`best-practices.md#latency` is `best-practices#latency`).
/// None for another site, a web address or a link without that extension.
fn nextra_route(site: &NextSite, w: &str) -> Option<String> {
    if !site.nextra || w.contains(':') || w.starts_with("//") {
        return None;
    }
    let cut = w.find(['#', '?']).unwrap_or(w.len());
    let (path, rest) = w.split_at(cut);
    let bare = path
        .strip_suffix(".mdx")
        .or_else(|| path.strip_suffix(".md"))
        .filter(|b| !b.is_empty() && !b.ends_with('/'))?;
    Some(format!("{bare}{rest}"))
}

/// Whether `path` is a page of a dynamic route: a file named as a dynamic
/// segment (`pages/plugins/[name].mdx`, `[...slug].mdx`, `[[...slug]].md`),
/// which Next.js renders once for each value of its parameter, with what
/// its code loads for that value (graphql-hive/graphql-yoga's envelop site:
/// `[name].mdx` holds only `<RemoteContent />`, each plugin's README
/// fetched at build time). The headings of the page a link names are not in
/// the file, so an anchor on it cannot be judged (survey 55b, 2 findings
/// judged false); an anchor on a page of a fixed route is.
pub fn dynamic_page(path: &str) -> bool {
    let name = path.rsplit_once('/').map_or(path, |(_, n)| n);
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    let inner = stem
        .strip_prefix("[[")
        .and_then(|s| s.strip_suffix("]]"))
        .or_else(|| stem.strip_prefix('[').and_then(|s| s.strip_suffix(']')));
    matches!(ext, "md" | "mdx") && inner.is_some_and(|i| !i.is_empty() && !i.contains(['[', ']']))
}

/// Whether a link of `doc` names a URL that a `redirects` or `rewrites`
/// source of its Next.js site matches.
pub fn redirected(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    let sites = sites(ctx.repo);
    let Some(site) = site_of(&sites, &doc.path) else {
        return false;
    };
    let Some((url, _)) = link_url(site, &doc.path, &r.written) else {
        return false;
    };
    let bare = match url.first() {
        Some(first) if site.locales.contains(first) => &url[1..],
        _ => &url[..],
    };
    site.redirects
        .iter()
        .any(|source| source_matches(source, &url) || source_matches(source, bare))
}

fn source_matches(parts: &[Part], url: &[String]) -> bool {
    match parts.split_first() {
        None => url.is_empty(),
        Some((Part::Rest, _)) => true,
        Some((part, rest)) => {
            let Some((first, tail)) = url.split_first() else {
                return false;
            };
            let ok = match part {
                Part::Lit(l) => l == first,
                Part::One => true,
                Part::OneOf(alts) => alts.contains(first),
                Part::Rest => true,
            };
            ok && source_matches(rest, tail)
        }
    }
}

/// Matching a URL against one route.
struct Match<'a> {
    repo: &'a RepoView,
    site: &'a NextSite,
    route: &'a Route,
    /// The locale of the linking page.
    own: Option<&'a str>,
    /// The literal segments matched so far (a catch-all's prefix).
    prefix: Vec<&'a str>,
}

impl<'a> Match<'a> {
    /// The file serving `url` by `segs` (the rest of the route), with the
    /// locale `lang` the URL named.
    fn segs(
        &mut self,
        segs: &'a [Seg],
        url: &'a [String],
        lang: Option<&'a str>,
    ) -> Option<String> {
        let Some((seg, rest)) = segs.split_first() else {
            return url.is_empty().then(|| self.route.file.clone());
        };
        match seg {
            Seg::Lit(l) => {
                let (first, tail) = url.split_first()?;
                if first != l {
                    return None;
                }
                self.prefix.push(l);
                let found = self.segs(rest, tail, lang);
                self.prefix.pop();
                found
            }
            Seg::Dynamic { locale } => {
                if let Some((first, tail)) = url.split_first() {
                    let is_locale = self.site.locales.contains(first);
                    if (!*locale || is_locale || self.site.locales.is_empty())
                        && let Some(found) =
                            self.segs(rest, tail, if *locale { Some(first) } else { lang })
                    {
                        return Some(found);
                    }
                }
                if *locale {
                    return self.segs(rest, url, lang);
                }
                None
            }
            Seg::Rest { optional } => {
                if url.is_empty() && !optional {
                    return None;
                }
                match &self.site.content {
                    Some(content) => self.content_page(content, url, lang),
                    None => Some(self.route.file.clone()),
                }
            }
        }
    }

    /// The page of the content folder a catch-all serves for `rest`: in the
    /// locale's folder (the URL's, else the linking page's, else any), from
    /// the folder or from the catch-all's prefix in it.
    fn content_page(&self, content: &str, rest: &[String], lang: Option<&str>) -> Option<String> {
        let locale_folders: Vec<&String> = self
            .site
            .locales
            .iter()
            .filter(|l| self.repo.children(content).iter().any(|c| c == *l))
            .collect();
        let roots: Vec<String> = if locale_folders.is_empty() {
            vec![content.to_string()]
        } else {
            match lang.or(self.own) {
                Some(l) => vec![join(content, l)],
                None => locale_folders.iter().map(|l| join(content, l)).collect(),
            }
        };
        let rest = rest.join("/");
        let prefixed = join(&self.prefix.join("/"), &rest);
        for root in &roots {
            for path in [&rest, &prefixed] {
                let base = join(root, path);
                let mut candidates = vec![format!("{base}/index.mdx"), format!("{base}/index.md")];
                if !path.is_empty() {
                    candidates.insert(0, format!("{base}.md"));
                    candidates.insert(0, format!("{base}.mdx"));
                }
                if let Some(found) = candidates.into_iter().find(|c| exists(self.repo, c)) {
                    return Some(found);
                }
            }
        }
        None
    }
}

fn exists(repo: &RepoView, path: &str) -> bool {
    !matches!(repo.stat(path), PathState::Missing | PathState::Outside)
}
