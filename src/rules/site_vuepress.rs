//! VuePress sites (`.vuepress/config.*`).
//!
//! A folder holding `.vuepress/config.{js,ts,…}` (or a configuration split
//! into `.vuepress/config/index.*`) is a VuePress 1 or 2 site, served as
//! VitePress serves its folder: a page `x.md` is `x.html`, a folder's
//! `README.md` or `index.md` is its `index.html` ("every README.md or
//! index.md … converted to index.html", VuePress' guide/markdown.md), and a
//! link's fragment is a heading id of VuePress' `slugify` (every run of
//! spaces and punctuation one `-`, lower case, components such as
//! `<Badge text="beta"/>` not part of the text). Its folder is one of the
//! site roots the common site reading knows ([`roots`]), which gives it
//! those readings.
//!
//! Two readings are VuePress' own ([`reading`]): `.vuepress/public/` is
//! served at the root (guide/assets.md, "Public Files":
//! `/architecture.png` is `.vuepress/public/architecture.png`), and since a
//! folder's `README.md` and `index.md` are the same page, a `.md` link to
//! one names the other where only the other is there (`../README.md` for a
//! folder whose page is `index.md`). A link that names nothing the site
//! serves (`deploy.html` without `deploy.md`) is reported as before.
//!
//! Two more come from the configuration ([`VuePressSite`]): the code a page
//! imports with VuePress 2's `@[code](path)` is found through the aliases
//! its `markdown.importCode.handleImportPath` writes
//! (`str.replace(/^@snippets/, path.resolve(__dirname, '../snippets'))`:
//! `@[code](@snippets/a.sh)` is `snippets/a.sh`), and the feeds
//! `@vuepress/plugin-feed` writes at the site's root (`/rss.xml`,
//! `/atom.xml`, `/feed.json`, each only when its option is `true`) are
//! files of the built site ([`feed_output`]).

use std::sync::Arc;

use crate::document::Document;
use crate::source::{RepoView, join_relative};

use super::Context;
use super::references::{RefKind, Reference};

/// The folders of the repository's VuePress sites (test fixtures left out),
/// read once per run.
pub fn roots(repo: &RepoView) -> Vec<String> {
    sites(repo).iter().map(|s| s.root.clone()).collect()
}

/// One VuePress site: its folder and what its configuration says of the
/// files it reads and writes.
#[derive(Debug)]
struct VuePressSite {
    root: String,
    /// (alias as written, `@snippets`; the folder it names, from the
    /// repository root, `snippets`) of `markdown.importCode.handleImportPath`.
    import_aliases: Vec<(String, String)>,
    /// The root URLs of the feeds `@vuepress/plugin-feed` writes (`rss.xml`).
    feeds: Vec<&'static str>,
}

fn sites(repo: &RepoView) -> Arc<Vec<VuePressSite>> {
    repo.memo("site_vuepress::sites", |repo| {
        Arc::new(
            find_roots(repo)
                .into_iter()
                .map(|(config, root)| {
                    let text = repo.read_text(&config).unwrap_or_default();
                    let vuepress = config.rsplit_once('/').map_or("", |(d, _)| d);
                    let vuepress = vuepress.strip_suffix("/config").unwrap_or(vuepress);
                    VuePressSite {
                        import_aliases: import_aliases(&text, vuepress),
                        feeds: feeds(&text),
                        root,
                    }
                })
                .collect(),
        )
    })
}

/// The aliases a configuration's `handleImportPath` writes, each a
/// `.replace(/^@name/, path.resolve(__dirname, 'folder'))` (or
/// `path.join`), the folder read from `dir`, the `.vuepress` folder that
/// holds the configuration (`__dirname`). Other shapes are not read.
fn import_aliases(text: &str, dir: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("replace(/^@") {
        let rest = &text[i + "replace(/^".len()..];
        let Some(end) = rest.find('/') else { continue };
        let alias = &rest[..end];
        if alias.len() < 2
            || !alias[1..]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        {
            continue;
        }
        let call = rest[end + 1..].trim_start_matches(|c: char| c.is_ascii_alphabetic());
        let Some(call) = call.trim_start().strip_prefix(',') else {
            continue;
        };
        let call = call.trim_start();
        let Some(args) = ["path.resolve(", "path.join(", "resolve(", "join("]
            .iter()
            .find_map(|f| call.strip_prefix(f))
        else {
            continue;
        };
        let Some(args) = args.trim_start().strip_prefix("__dirname") else {
            continue;
        };
        let Some(args) = args.trim_start().strip_prefix(',') else {
            continue;
        };
        let args = args.trim_start();
        let Some(quote) = args
            .chars()
            .next()
            .filter(|c| matches!(c, '\'' | '"' | '`'))
        else {
            continue;
        };
        let Some(len) = args[1..].find(quote) else {
            continue;
        };
        let folder = &args[1..1 + len];
        if !args[1 + len + 1..].trim_start().starts_with(')') {
            continue;
        }
        if let Some(folder) = join_relative(dir, folder) {
            out.push((alias.to_string(), folder));
        }
    }
    out
}

/// The feeds `@vuepress/plugin-feed` writes, by their default names, each
/// turned on by its option (`rss: true`) in a configuration that uses the
/// plugin (`feedPlugin(`, or the plugin's name in VuePress 1's list).
fn feeds(text: &str) -> Vec<&'static str> {
    if !text.contains("feedPlugin(") && !text.contains("plugin-feed") {
        return Vec::new();
    }
    let on = |key: &str| {
        text.match_indices(key).any(|(i, _)| {
            let before = text[..i].chars().next_back();
            before.is_none_or(|c| !c.is_ascii_alphanumeric() && c != '_')
                && text[i + key.len()..]
                    .trim_start()
                    .strip_prefix(':')
                    .is_some_and(|v| v.trim_start().starts_with("true"))
        })
    };
    [
        ("rss", "rss.xml"),
        ("atom", "atom.xml"),
        ("json", "feed.json"),
    ]
    .into_iter()
    .filter(|(key, _)| on(key))
    .map(|(_, file)| file)
    .collect()
}

/// A root link of a VuePress page to a feed its `@vuepress/plugin-feed`
/// writes (`[RSS](/rss.xml)` with `rss: true`): a file of the built site,
/// which no commit holds. A feed the configuration does not turn on, and
/// the same link in a site without the plugin, are judged.
pub fn feed_output(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    let w = r.written.split(['#', '?']).next().unwrap_or("");
    let Some(file) = w.strip_prefix('/') else {
        return false;
    };
    sites(ctx.repo)
        .iter()
        .filter(|s| super::site::under(&s.root, &doc.path))
        .max_by_key(|s| s.root.len())
        .is_some_and(|s| s.feeds.contains(&file))
}

/// Whether `path` is a page of a VuePress 1 (or 0.x) site: the nearest
/// `package.json` at or above the site's folder that names `vuepress` among
/// its dependencies gives it version 0.x or 1.x. VuePress 1 renders with
/// markdown-it 8, whose tables keep a `|` between backticks in its cell
/// (its `escapedSplit` skips pipes inside a code span): survey 46a,
/// cds-snc/notification-documentation's `` `[Blocked | No such number]` ``.
/// VuePress 2 renders with a markdown-it that splits there, as GitHub does,
/// and a site whose version is not written down is read as GitHub reads it.
pub fn is_v1_page(repo: &RepoView, path: &str) -> bool {
    let roots = roots(repo);
    let Some(root) = roots
        .iter()
        .filter(|root| super::site::under(root, path))
        .max_by_key(|root| root.len())
    else {
        return false;
    };
    let mut dir = root.as_str();
    loop {
        let manifest = super::site::join(dir, "package.json");
        if let Some(major) = repo.read_text(&manifest).and_then(|t| vuepress_major(&t)) {
            return major <= 1;
        }
        if dir.is_empty() {
            return false;
        }
        dir = dir.rsplit_once('/').map_or("", |(d, _)| d);
    }
}

/// The major version of `vuepress` a `package.json` depends on (`^1.9.10`
/// is 1, `2.0.0-rc.9` is 2); None when it names none, or no number (`next`).
fn vuepress_major(manifest: &str) -> Option<u64> {
    let json: serde_json::Value = serde_json::from_str(manifest).ok()?;
    let version = ["dependencies", "devDependencies"]
        .iter()
        .find_map(|k| json.get(k)?.get("vuepress")?.as_str())?;
    let digits: String = version
        .trim_start_matches(|c: char| !c.is_ascii_digit())
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

fn find_roots(repo: &RepoView) -> Vec<(String, String)> {
    let script = |name: &str, prefix: &str| {
        name.strip_prefix(prefix)
            .is_some_and(|ext| matches!(ext, "js" | "ts" | "mjs" | "cjs" | "mts" | "cts"))
    };
    // The tracked `config.*` (or `config/index.*`) of a `.vuepress` folder.
    let config_in = |dir: &str, prefix: &str| -> Option<String> {
        repo.children(dir)
            .iter()
            .filter(|c| script(c, prefix))
            .map(|c| format!("{dir}/{c}"))
            .filter(|p| repo.is_tracked_file(p))
            .min()
    };
    // The `.vuepress` folders are found by one substring search of the
    // listing, not by a look at each of its paths (a hook's run in a
    // repository of 100,000 files); each site is ordered by its first
    // configuration file, as a walk over the listing meets them.
    let mut roots: Vec<(String, String)> = Vec::new();
    for vp in repo.named(".vuepress") {
        let Some(site) = folder_of(&vp) else { continue };
        let first = match (
            config_in(&vp, "config."),
            config_in(&format!("{vp}/config"), "index."),
        ) {
            (Some(a), Some(b)) => a.min(b),
            (a, b) => match a.or(b) {
                Some(f) => f,
                None => continue,
            },
        };
        if crate::fixtures::Fixtures::in_test_tree(site) || roots.iter().any(|(_, r)| r == site) {
            continue;
        }
        roots.push((first, site.to_string()));
    }
    roots.sort();
    roots
}

/// The site folder of a `.vuepress` folder (`docs/.vuepress` is `docs`).
fn folder_of(dir: &str) -> Option<&str> {
    if dir == ".vuepress" {
        return Some("");
    }
    dir.strip_suffix("/.vuepress")
}

/// The file a link of a VuePress page names the site's own way (see the
/// module's documentation), or None.
pub fn reading(ctx: &Context<'_>, doc: &Document, r: &Reference) -> Option<String> {
    if r.kind != RefKind::Link || r.written.is_empty() {
        return None;
    }
    let roots = roots(ctx.repo);
    let root = roots
        .iter()
        .filter(|root| super::site::under(root, &doc.path))
        .max_by_key(|root| root.len())?;
    let w = r.written.split(['#', '?']).next().unwrap_or("");
    if let Some(file) = imported_code(ctx, doc, r, root, w) {
        return Some(file);
    }
    if let Some(rooted) = w.strip_prefix('/').filter(|w| !w.starts_with('/')) {
        let public = super::site::join(root, ".vuepress/public");
        if let Some(file) = join_relative(&public, rooted)
            .filter(|p| p.len() > public.len() && ctx.repo.is_tracked_file(p))
        {
            return Some(file);
        }
    }
    // A folder's README.md and index.md are the same page.
    let (folder, name) = w.rsplit_once('/').unwrap_or(("", w));
    let other = match name {
        "README.md" => "index.md",
        "index.md" => "README.md",
        _ => return None,
    };
    let base = match folder.strip_prefix('/') {
        Some(rooted) => join_relative(root, rooted),
        None => join_relative(doc.dir(), folder),
    }?;
    let page = super::site::join(&base, other);
    (super::site::under(root, &page) && ctx.repo.is_tracked_file(&page)).then_some(page)
}

/// The file an `@[code](@alias/…)` import of a page names through an alias
/// of the site's `handleImportPath` (see the module doc), when it is
/// tracked; an import the aliases do not explain is None.
fn imported_code(
    ctx: &Context<'_>,
    doc: &Document,
    r: &Reference,
    root: &str,
    w: &str,
) -> Option<String> {
    let before = doc.text.get(..r.span.start)?;
    if !before.ends_with('@') || !doc.text.get(r.span.start..)?.starts_with("[code") {
        return None;
    }
    let sites = sites(ctx.repo);
    let site = sites.iter().find(|s| s.root == root)?;
    site.import_aliases.iter().find_map(|(alias, folder)| {
        let rest = w.strip_prefix(alias.as_str())?.strip_prefix('/')?;
        let file = join_relative(folder, rest)?;
        ctx.repo.is_tracked_file(&file).then_some(file)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vuepress_version_is_read_from_the_manifest() {
        let v = |deps: &str| vuepress_major(&format!("{{\"devDependencies\": {{{deps}}}}}"));
        assert_eq!(v(r#""vuepress": "^1.9.10""#), Some(1));
        assert_eq!(v(r#""vuepress": "2.0.0-rc.9""#), Some(2));
        assert_eq!(v(r#""vuepress": "next""#), None);
        assert_eq!(v(r#""vitepress": "^1.0.0""#), None);
        assert_eq!(vuepress_major("not json"), None);
    }

    #[test]
    fn a_vuepress_folder_is_its_parent() {
        assert_eq!(
            folder_of("packages/docs/docs/.vuepress"),
            Some("packages/docs/docs")
        );
        assert_eq!(folder_of(".vuepress"), Some(""));
        assert_eq!(folder_of("docs/vuepress"), None);
    }

    #[test]
    fn import_aliases_and_feeds_are_read_from_the_configuration() {
        let config = "importCode: {\n  handleImportPath: (str) =>\n    str.replace(/^@snippets/, path.resolve(__dirname, '../snippets')),\n},";
        assert_eq!(
            import_aliases(config, ".vuepress"),
            vec![("@snippets".to_string(), "snippets".to_string())]
        );
        assert_eq!(
            import_aliases("str.replace(/^@x/, somewhere())", "docs/.vuepress"),
            Vec::<(String, String)>::new()
        );
        assert_eq!(
            feeds("feedPlugin({ rss: true, json: false, atom: true })"),
            vec!["rss.xml", "atom.xml"]
        );
        assert!(feeds("rss: true").is_empty());
    }
}
