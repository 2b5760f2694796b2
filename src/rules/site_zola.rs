//! Zola sites: a `config.toml` (or `zola.toml`) that sets `base_url`, Zola's
//! one required setting, beside a `content/` folder
//! (<https://www.getzola.org/documentation/getting-started/configuration/>).
//! Hugo's key is `baseURL`, so the key tells the two apart even when a Zola
//! site has a `themes/` folder.
//!
//! - **Internal links**: `@/path.md` (with an optional `#anchor`) names a
//!   file of the site's `content/` folder, whichever page links it
//!   (<https://www.getzola.org/documentation/content/linking/>): it is read
//!   from there, and a target that is not there is reported (Zola's own
//!   link check fails the build on it).
//! - **Theme galleries**: a page bundle (`themes/anpu/index.md`) whose front
//!   matter names another repository as its source (`[extra] repository =
//!   "https://github.com/…"`) and that is one of a folder of such bundles,
//!   all last written by commits of one subject, merges aside (getzola.org's
//!   `themes/*/index.md`, rewritten from each theme's README by
//!   "Update themes gallery (#3169)"), is a generated copy of the upstream
//!   README: its links name files of that repository, and it is fixed
//!   upstream or in the generator, never here. Such a page is not checked.

use std::collections::HashMap;
use std::sync::Arc;

use crate::document::Document;
use crate::source::{RepoView, join_relative};

use super::Context;
use super::references::Reference;
use super::site::{Generator, Site, join, under};

/// The Zola site configured by `file` (`config.toml`, `zola.toml`) in `dir`,
/// if it is one: it sets `base_url` and `dir` holds `content/`.
pub fn site(repo: &RepoView, file: &str, dir: &str) -> Option<Site> {
    let name = file.rsplit('/').next().unwrap_or(file);
    if !matches!(name, "config.toml" | "zola.toml") {
        return None;
    }
    let text = repo.read_text(file)?;
    // A cheap look before the parse: most `config.toml`s are not Zola's.
    if !text.contains("base_url") {
        return None;
    }
    let table: toml::Table = toml::from_str(&text).ok()?;
    table.get("base_url")?.as_str()?;
    if !repo.children(dir).iter().any(|c| c == "content") {
        return None;
    }
    let mut site = Site::plain(Generator::Zola, dir, vec![join(dir, "content")]);
    // `[slugify] anchors`: `on` by default, which transliterates to ASCII.
    let anchors = table
        .get("slugify")
        .and_then(|s| s.get("anchors"))
        .and_then(|a| a.as_str())
        .unwrap_or("on");
    if anchors == "on" {
        site.plugins.push(ASCII_ANCHORS.to_string());
    }
    Some(site)
}

/// The mark (in [`Site::plugins`]) of a Zola site whose heading ids are
/// transliterated to ASCII (`[slugify] anchors = "on"`, the default).
const ASCII_ANCHORS: &str = "slugify.anchors=on";

/// The Zola site whose content folder holds `path`.
fn zola_site<'a>(sites: &'a [Site], path: &str) -> Option<&'a Site> {
    sites
        .iter()
        .find(|s| s.generator == Generator::Zola && s.content.iter().any(|c| under(c, path)))
}

/// A link of a Zola page read Zola's way: an internal link `@/rest` names
/// `rest` in the site's `content/` folder. Other references are returned
/// as they are.
pub fn internal_link(ctx: &Context<'_>, doc: &Document, mut r: Reference) -> Reference {
    let Some(rest) = r.written.strip_prefix("@/") else {
        return r;
    };
    let Some(site) = zola_site(ctx.anchors.sites(ctx.repo), &doc.path) else {
        return r;
    };
    if let Some(path) = join_relative(&site.content[0], rest) {
        r.path = Some(path);
    }
    r
}

/// Whether an anchor `want` (a site slug: see `site_anchor` in
/// [`super::references`]) of a link to the Zola page `path` names one of its
/// headings (`slugs`, their site slugs) as Zola slugs them: Zola's `slug`
/// makes `_` a `-` too (`## Custom filters_and tests` is
/// `#custom-filters-and-tests`), and with `[slugify] anchors = "on"`, the
/// default, it transliterates the heading to ASCII, its accents dropped
/// (`## Búsqueda` is `#busqueda`, `### Indicador d'enllaços externs` is
/// `#indicador-d-enllacos-externs`: survey 65d, welpo/tabi's Spanish and
/// Catalan pages, 18 findings judged false). With `"safe"` or `"off"` the
/// accents stay, and `#busqueda` is reported.
pub fn slug_matches(
    ctx: &Context<'_>,
    path: &str,
    want: &str,
    slugs: impl FnOnce() -> Vec<String>,
) -> bool {
    let Some(site) = zola_site(ctx.anchors.sites(ctx.repo), path) else {
        return false;
    };
    let ascii = site.plugins.iter().any(|p| p == ASCII_ANCHORS);
    if !want.contains(['_', '-']) && !ascii {
        return false;
    }
    let want = zola_slug(want);
    slugs().iter().any(|s| {
        if ascii && !s.is_ascii() {
            zola_slug(&super::references::site_slug(
                &super::references::without_accents(s),
            )) == want
        } else {
            zola_slug(s) == want
        }
    })
}

/// A site slug as Zola's: `_` is a separator too.
fn zola_slug(slug: &str) -> String {
    slug.split(['-', '_'])
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// The keys of a page's front matter that name the repository it was copied
/// from.
const SOURCE_KEYS: &[&str] = &["repository", "repo", "source", "upstream"];

/// The fewest bundles that make a folder a gallery.
const GALLERY: usize = 5;

/// Whether `doc` is a generated copy of another repository's README in a
/// Zola site's gallery (see the module's documentation): a bundle
/// `<gallery>/<name>/index.md` whose front matter names another repository,
/// in a folder of at least five such bundles, last written by a commit
/// whose subject (`(#N)` left out) last wrote at least half of them, or by a
/// merge (which edits nothing of its own).
pub fn upstream_copy(ctx: &Context<'_>, doc: &Document) -> bool {
    if zola_site(ctx.anchors.sites(ctx.repo), &doc.path).is_none()
        || !doc.path.ends_with("/index.md")
        || source_repository(ctx, &doc.text).is_none()
    {
        return false;
    }
    let copies = ctx.repo.memo("site_zola::copies", |repo| {
        Arc::new(gallery_copies(ctx, repo))
    });
    copies.binary_search(&doc.path).is_ok()
}

/// The generated copies of the Zola sites' galleries (see
/// [`upstream_copy`]), sorted.
fn gallery_copies(ctx: &Context<'_>, repo: &RepoView) -> Vec<String> {
    let mut galleries: HashMap<String, Vec<String>> = HashMap::new();
    for site in ctx.anchors.sites(repo) {
        if site.generator != Generator::Zola {
            continue;
        }
        for page in repo.files_under(&site.content[0]) {
            let Some((gallery, _)) = page
                .strip_suffix("/index.md")
                .and_then(|bundle| bundle.rsplit_once('/'))
            else {
                continue;
            };
            if !under(&site.content[0], gallery) && gallery != site.content[0] {
                continue;
            }
            let named = repo
                .read_text(&page)
                .is_some_and(|t| source_repository(ctx, &t).is_some());
            if named {
                galleries.entry(gallery.to_string()).or_default().push(page);
            }
        }
    }
    let mut out = Vec::new();
    for pages in galleries.values().filter(|p| p.len() >= GALLERY) {
        // Each page's newest commit: its subject, None for a merge, which
        // brings in work written elsewhere and edits nothing of its own.
        let subjects: Vec<(String, Option<String>)> = ctx
            .history
            .newest_touch(pages)
            .into_iter()
            .map(|(p, c)| {
                let merge = repo.with_repo(|r| {
                    r.find_commit(c.oid)
                        .is_ok_and(|commit| commit.parent_count() > 1)
                });
                (
                    p,
                    (!merge).then(|| without_pull_number(&c.summary).to_string()),
                )
            })
            .collect();
        let count = |s: &String| {
            subjects
                .iter()
                .filter(|(_, o)| o.as_ref() == Some(s))
                .count()
        };
        let Some(common) = subjects
            .iter()
            .filter_map(|(_, s)| s.as_ref())
            .max_by_key(|s| (count(s), std::cmp::Reverse(s.as_str())))
        else {
            continue;
        };
        if count(common) * 2 < pages.len() {
            continue;
        }
        out.extend(
            subjects
                .iter()
                .filter(|(_, s)| s.as_ref().is_none_or(|s| s == common))
                .map(|(p, _)| p.clone()),
        );
    }
    out.sort();
    out
}

/// A commit subject without the pull request's number GitHub appends
/// (`Update themes gallery (#3169)`).
fn without_pull_number(subject: &str) -> &str {
    let s = subject.trim_end();
    if let Some(open) = s.strip_suffix(')').and_then(|t| t.rfind("(#"))
        && s[open + 2..s.len() - 1].bytes().all(|b| b.is_ascii_digit())
    {
        return s[..open].trim_end();
    }
    s
}

/// The repository a page's front matter (TOML `+++` or YAML `---`) names as
/// its source, at the top level or under `[extra]`, when it is an
/// `http(s)` URL of a repository other than this one (`origin`).
fn source_repository(ctx: &Context<'_>, text: &str) -> Option<String> {
    let url = front_matter_source(text)?;
    let key = repository_key(&url)?;
    let own = ctx.repo.with_repo(|r| {
        r.find_remote("origin")
            .ok()
            .and_then(|o| o.url().ok().and_then(repository_key))
    });
    (own.as_deref() != Some(key.as_str())).then_some(url)
}

/// The first source URL of a front matter block (see [`SOURCE_KEYS`]).
fn front_matter_source(text: &str) -> Option<String> {
    // Zola reads front matter after leading blank lines (the gallery
    // generator writes one).
    let text = text.trim_start_matches('\u{feff}').trim_start();
    let (fence, toml) = if text.starts_with("+++") {
        ("+++", true)
    } else if text.starts_with("---") {
        ("---", false)
    } else {
        return None;
    };
    let mut lines = text.lines();
    lines.next();
    let mut section = String::new();
    for line in lines {
        let t = line.trim();
        if t.starts_with(fence) {
            break;
        }
        if toml && t.starts_with('[') {
            section = t.trim_matches(['[', ']']).trim().to_string();
            continue;
        }
        if !toml && !line.starts_with([' ', '\t']) {
            section = t.strip_suffix(':').unwrap_or("").to_string();
        }
        if !(section.is_empty() || section == "extra") {
            continue;
        }
        let sep = if toml { '=' } else { ':' };
        let Some((key, value)) = t.split_once(sep) else {
            continue;
        };
        if !SOURCE_KEYS.contains(&key.trim()) {
            continue;
        }
        let value = value.trim().trim_matches(['"', '\'']);
        if value.starts_with("https://") || value.starts_with("http://") {
            return Some(value.to_string());
        }
    }
    None
}

/// A repository URL as `host/owner/name`, lower case (`.git` and a trailing
/// `/` dropped; `git@host:owner/name` read too); None for a URL that names
/// no owner and name.
fn repository_key(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .or_else(|| url.strip_prefix("ssh://git@"))
        .or_else(|| url.strip_prefix("git@"))?;
    let rest = rest.replacen(':', "/", 1);
    let parts: Vec<&str> = rest
        .trim_end_matches('/')
        .split('/')
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 3 {
        return None;
    }
    let name = parts[2].trim_end_matches(".git");
    Some(format!("{}/{}/{}", parts[0], parts[1], name).to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pull_numbers_are_dropped_from_subjects() {
        assert_eq!(
            without_pull_number("Update themes gallery (#3169)"),
            "Update themes gallery"
        );
        assert_eq!(
            without_pull_number("Update themes gallery"),
            "Update themes gallery"
        );
        assert_eq!(without_pull_number("Fix (#a)"), "Fix (#a)");
    }

    #[test]
    fn sources_are_read_from_the_top_or_extra() {
        let toml = "+++\ntitle = \"Anpu\"\n\n[extra]\nrepository = \"https://github.com/zbrox/anpu-zola-theme.git\"\n+++\n# Anpu\n";
        assert_eq!(
            front_matter_source(toml).as_deref(),
            Some("https://github.com/zbrox/anpu-zola-theme.git")
        );
        let yaml = "---\ntitle: x\nextra:\n  repo: https://gitlab.com/a/b\n---\n";
        assert_eq!(
            front_matter_source(yaml).as_deref(),
            Some("https://gitlab.com/a/b")
        );
        // Another table's key, and a value that is no URL.
        assert!(
            front_matter_source("+++\n[extra.author]\nrepo = \"https://x.org/a/b\"\n+++\n")
                .is_none()
        );
        assert!(front_matter_source("+++\nsource = \"upstream\"\n+++\n").is_none());
        assert!(
            front_matter_source("# Title\nrepository = \"https://github.com/a/b\"\n").is_none()
        );
    }

    #[test]
    fn repository_keys() {
        assert_eq!(
            repository_key("https://github.com/zbrox/anpu-zola-theme.git").as_deref(),
            Some("github.com/zbrox/anpu-zola-theme")
        );
        assert_eq!(
            repository_key("git@github.com:getzola/zola.git").as_deref(),
            Some("github.com/getzola/zola")
        );
        assert_eq!(repository_key("https://example.org/"), None);
    }
}
