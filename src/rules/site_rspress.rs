//! Rspress sites: an `rspress.config.{ts,js,mjs,cjs,mts}` whose `root`
//! (default `docs`, from the configuration's folder) holds the pages
//! (<https://rspress.rs/api/config/config-basic#root>), or an Rstack
//! configuration (`rstack.config.*`, run by `rs doc`) whose `define.doc(…)`
//! returns the Rspress configuration (survey 45c, web-infra-dev/rspack's
//! `website/rstack.config.ts`, `root: path.join(import.meta.dirname,
//! 'docs')`: 9 findings judged false); the configuration is read from
//! `define.doc(` on.
//!
//! - **Page links**: a link names a page with `.md`, `.mdx`, `.html` or no
//!   extension (`./config-basic`, `/api/config/config-theme.html`,
//!   `/ui/components/index.mdx`: "Both will point to the same page", Rspress'
//!   guide/use-mdx/link.mdx), the file `<path>.md`, `<path>.mdx` or the
//!   folder's `index.md(x)`. A relative link is read from the page's folder,
//!   a root link from the site's root; the common site reading (see
//!   [`super::site`]) covers both, and `docs/public/` served at `/`.
//! - **Locales**: with `locales` (each a `lang`), a language's pages live in
//!   `<root>/<lang>/`, and Rspress adds the page's language to a root link
//!   that lacks one (`markdown.link.autoPrefix`, on by default): `/api/x`
//!   in `docs/zh/guide/a.mdx` is `docs/zh/api/x.mdx`. That reading is here.
//! - **llms.txt**: with `llms: true` (or `@rspress/plugin-llms`), the build
//!   writes `/llms.txt` and `/llms-full.txt` (per language, `/zh/llms.txt`):
//!   a root link to them names a build output, not a file.

use regex::Regex;
use std::sync::LazyLock;

use crate::document::Document;
use crate::source::{PathState, RepoView, join_relative};

use super::Context;
use super::references::{RefKind, Reference};
use super::site::{Generator, Site, join, under};

/// The `plugins` mark of a site whose build writes `llms.txt`.
const LLMS: &str = "llms";

/// The prefix of a `plugins` entry naming one of the site's languages
/// (`lang:zh`).
const LANG: &str = "lang:";

/// A configuration's `root: 'docs'` (also `path.join(__dirname, 'docs')`,
/// `path.join(import.meta.dirname, 'docs')`).
static ROOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?m)(?:^|[^\w$.])root\s*:\s*(?:path\.(?:join|resolve)\(\s*(?:__dirname|import\.meta\.dirname)\s*,\s*)?["'`]([^"'`\n]*)["'`]"#,
    )
    .expect("static regex is valid")
});

/// Each `lang: 'zh'` of a configuration (the site's and its locales').
static LANGS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?m)(?:^|[^\w$.])lang\s*:\s*["'`]([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)["'`]"#)
        .expect("static regex is valid")
});

/// A configuration's `llms: true` (or `llms: { … }`).
static LLMS_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)(?:^|[^\w$.])llms\s*:\s*(?:true|\{)").expect("static regex is valid")
});

/// The Rspress site configured by `file` in `dir`, if it is one: an
/// `rspress.config.*`, or an `rstack.config.*` that defines a doc site
/// (`define.doc(`), whose root folder holds files.
pub fn site(repo: &RepoView, file: &str, dir: &str) -> Option<Site> {
    let name = file.rsplit('/').next().unwrap_or(file);
    let text = if name.starts_with("rspress.config.") {
        repo.read_text(file)?
    } else if name.starts_with("rstack.config.") {
        let text = repo.read_text(file)?;
        let at = text.find("define.doc(")?;
        text[at..].to_string()
    } else {
        return None;
    };
    let root = ROOT
        .captures(&text)
        .map(|c| {
            c[1].trim_start_matches("./")
                .trim_end_matches('/')
                .to_string()
        })
        .filter(|r| !r.is_empty() && !r.starts_with('/'))
        .unwrap_or_else(|| "docs".to_string());
    let content = join_relative(dir, &root)?;
    if content.is_empty() || repo.children(&content).is_empty() {
        return None;
    }
    let mut site = Site::plain(Generator::Rspress, dir, vec![content]);
    let llms = text.contains("@rspress/plugin-llms") || LLMS_ON.is_match(&text);
    if llms {
        site.plugins.push(LLMS.to_string());
    }
    for c in LANGS.captures_iter(&text) {
        site.plugins.push(format!("{LANG}{}", &c[1]));
    }
    site.plugins.sort();
    site.plugins.dedup();
    Some(site)
}

/// The language folder of a page of `site` (`zh` for `docs/zh/guide/a.mdx`),
/// when the site lists that language.
fn language<'a>(site: &Site, content: &str, page: &'a str) -> Option<&'a str> {
    let rel = page.strip_prefix(content)?.strip_prefix('/')?;
    let (first, _) = rel.split_once('/')?;
    site.plugins
        .iter()
        .any(|p| p.strip_prefix(LANG) == Some(first))
        .then_some(first)
}

/// A link `w` of the Rspress page `page` (in `content` of `site`) read
/// Rspress' way where the common site reading found nothing: a root link
/// with the page's language put before it (then as written), a page named
/// with `.md`, `.mdx`, `.html` or no extension whichever its file's is.
pub fn reading(
    ctx: &Context<'_>,
    site: &Site,
    content: &str,
    page: &str,
    w: &str,
) -> Option<String> {
    let w = w.split(['#', '?']).next().unwrap_or("");
    if w.is_empty() || w.contains("://") || w.starts_with("//") {
        return None;
    }
    let Some(rooted) = w.strip_prefix('/') else {
        // A relative page link (`./x.md` for `x.mdx`), from the file's folder.
        let folder = page.rsplit_once('/').map_or("", |(d, _)| d);
        return page_file(ctx.repo, &join_relative(folder, w)?).filter(|p| under(content, p));
    };
    // The page's language first (autoPrefix), then the site's root.
    let lang = language(site, content, page);
    let bases = lang
        .and_then(|l| join_relative(&join(content, l), rooted))
        .into_iter()
        .chain(join_relative(content, rooted));
    for base in bases {
        let found = page_file(ctx.repo, &base)
            .or_else(|| (lang.is_some() && exists(ctx.repo, &base)).then(|| base.clone()));
        if let Some(found) = found.filter(|p| under(content, p)) {
            return Some(found);
        }
    }
    None
}

/// The page file a URL path from the site's folder names: `x`, `x.html`,
/// `x.md`, `x.mdx` or `x/` are `x.md`, `x.mdx`, or `x/index.md(x)`.
fn page_file(repo: &RepoView, base: &str) -> Option<String> {
    let base = base.trim_end_matches('/');
    let stem = [".html", ".md", ".mdx"]
        .iter()
        .find_map(|ext| base.strip_suffix(ext))
        .unwrap_or(base);
    if stem.is_empty() {
        return None;
    }
    [
        format!("{stem}.md"),
        format!("{stem}.mdx"),
        format!("{stem}/index.md"),
        format!("{stem}/index.mdx"),
    ]
    .into_iter()
    .find(|p| repo.stat(p) == PathState::File)
}

fn exists(repo: &RepoView, path: &str) -> bool {
    !path.is_empty() && !matches!(repo.stat(path), PathState::Missing | PathState::Outside)
}

/// Whether a link of an Rspress page names the `llms.txt` files its build
/// writes (`llms: true`): `/llms.txt`, `/llms-full.txt`, or a language's
/// (`/zh/llms.txt`).
pub fn llms_output(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let w = r.written.split(['#', '?']).next().unwrap_or("");
    let Some(rooted) = w.strip_prefix('/') else {
        return false;
    };
    let (lang, file) = rooted.rsplit_once('/').unwrap_or(("", rooted));
    if !matches!(file, "llms.txt" | "llms-full.txt") {
        return false;
    }
    ctx.anchors.sites(ctx.repo).iter().any(|s| {
        s.generator == Generator::Rspress
            && s.plugins.iter().any(|p| p == LLMS)
            && s.content.iter().any(|c| under(c, &doc.path))
            && (lang.is_empty() || s.plugins.iter().any(|p| p.strip_prefix(LANG) == Some(lang)))
    })
}
