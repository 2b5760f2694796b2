//! Jekyll sites whose pages are served at folder URLs.
//!
//! A Jekyll site (`_config.yml`) with `permalink: pretty`, or a permalink
//! that ends with `/` (`/:path/`, `/:title/`), at the top level or for an
//! output collection, serves a page at a folder URL: opensource.guide's
//! `_articles/ja/best-practices.md` (collection `articles`, `permalink:
//! "/:path/"`) is `/ja/best-practices/`. A browser reads the page's links from
//! that URL, so `../building-community/#anchor` there is
//! `/ja/building-community/`, the page `_articles/ja/building-community.md`,
//! not the file-folder reading's `_articles/building-community.md`
//! (<https://jekyllrb.com/docs/permalinks/>, "Collections" and "Pages").
//!
//! Each page's URL is made as Jekyll makes it: a page's from its folder and
//! name (`notices.md` is `/notices/`; an `index.md` is its folder's URL), a
//! collection document's from its collection's `permalink` template
//! (`:collection`, `:path`, `:name`, `:title`, `:output_ext`; the default is
//! `/:collection/:path` with the site's suffix), a post's from the site's
//! permalink style (`:categories`, `:year`, `:month`, `:day`, `:title`), and
//! a front matter `permalink:` wins over all. A Markdown file is a page with
//! front matter or without (GitHub Pages builds with
//! jekyll-optional-front-matter), and a README is the index of a folder
//! without one (jekyll-readme-index); an HTML file without front matter is
//! copied as it is. Folders starting with `_` or `.` (other than the
//! collections) and the `exclude:` list are not served. A configuration whose `defaults:` set a permalink is not read: the
//! URLs could not be told.
//!
//! A site of file URLs (the default `date` style, `/reference.html`) still
//! serves its posts at the folders of their dates: `_posts/2012-07-30-x.md`
//! is `/2012/07/30/x.html`, so the post's link `../../../reference.html` is
//! the site's root page `reference.html` (Leaflet's blog, survey 107b). Only
//! such posts' links are read from their URLs there.
//!
//! A site of another permalink style is read so too when a page's front
//! matter sets a `permalink:` without an extension (`permalink: tips/42`,
//! rooted at `/` as Jekyll roots it): that page is served at the bare URL,
//! and its relative link `123` is `/tips/123`, the post whose permalink is
//! `tips/123` (abseil.github.io, survey 79b).
//!
//! With jekyll-redirect-from in the configuration's `plugins:` (or
//! `gems:`), a page's front matter `redirect_from:` (a URL, a list, or a
//! flow list) serves those URLs too, as redirects to the page
//! (<https://github.com/jekyll/jekyll-redirect-from>): jekyll's
//! `_docs/liquid.md` keeps `/docs/templates/` alive (survey 29c). A page's
//! own URL wins over another's redirect.
//!
//! A link of a page that does not name a Markdown file (`.md` links are the
//! file-folder reading's, as jekyll-relative-links reads them) is read from
//! the page's URL, from the site's root when it starts with `/` (after the
//! `baseurl`); when it names a page (`/x/`, `/x`, `/x.html` for `x.html`), or
//! a file the site copies as it is (`/assets/logo.png`), that is the target,
//! and a `#fragment` is checked in that page. A link that names nothing the
//! site serves, or climbs above the site's root, is left to the other
//! readings.

use std::collections::HashMap;
use std::sync::Arc;

use crate::document::Document;
use crate::source::RepoView;

use super::Context;
use super::references::{RefKind, Reference};

/// One Jekyll site with folder URLs.
#[derive(Debug, Default)]
pub struct Site {
    /// The folder of its `_config.yml` (`""`: the repository root).
    dir: String,
    /// `baseurl` without its trailing `/` (`/repo`), or empty.
    baseurl: String,
    /// Each page's URL as a key (see [`key`]) and its file.
    pages: HashMap<String, String>,
    /// Each page's file and its URL (`/ja/guide/`).
    urls: HashMap<String, String>,
    /// The patterns of `exclude:`.
    exclude: Vec<globset::GlobMatcher>,
}

/// The repository's Jekyll sites with folder URLs, read once per run.
pub fn detect(repo: &RepoView) -> Arc<Vec<Site>> {
    repo.memo("site_jekyll::detect", |repo| Arc::new(find_sites(repo)))
}

/// The ids a Jekyll page's `{% include NAME id="X" %}` tags make: X for each
/// such tag (outside fenced code) whose include file, `_includes/NAME` of the
/// nearest folder up from the page with a `_config.yml`, writes its `id`
/// parameter into an id attribute (`<h2 id="{{ include.id }}">`): Baker-IGM's
/// course schedules link `#week1` to `{% include top.html id="week1" %}`
/// (survey 84c). An include that writes no such id, or a tag outside a
/// Jekyll site, makes none.
pub fn include_ids(repo: &RepoView, path: &str, text: &str) -> Vec<String> {
    if !text.contains("include") || !text.contains("id=") {
        return Vec::new();
    }
    let Some(site) = jekyll_root(repo, path) else {
        return Vec::new();
    };
    let mut ids = Vec::new();
    let mut fence: Option<&str> = None;
    for line in text.lines() {
        let t = line.trim_start();
        if let Some(f) = fence {
            if t.starts_with(f) {
                fence = None;
            }
            continue;
        }
        if t.starts_with("```") {
            fence = Some("```");
            continue;
        }
        if t.starts_with("~~~") {
            fence = Some("~~~");
            continue;
        }
        for body in tag_bodies(line) {
            let Some(args) = body.strip_prefix("include ") else {
                continue;
            };
            let mut words = args.split_whitespace();
            let Some(name) = words.next() else { continue };
            let Some(id) = words.find_map(|w| w.strip_prefix("id=")) else {
                continue;
            };
            let id = id.trim_matches(|c| c == '"' || c == '\'');
            if id.is_empty() || id.contains(['{', '}']) || !writes_id(repo, &site, name) {
                continue;
            }
            ids.push(id.to_string());
        }
    }
    ids
}

/// The texts a page of a Jekyll site renders beside its own, for its ids:
/// the files its Liquid include tags read (`{% include_relative
/// types/textEdit.md %}` from the page's folder, `{% include
/// messages/logTrace.md %}` from the site's `_includes/`), and theirs in
/// turn, a few levels deep; and, for a file that pages of the site include,
/// each of those pages so rendered (from the outermost page that includes
/// it): the file is part of them, and its own `#x` links land there. The
/// Language Server Protocol's specification is one page made of a hundred
/// such files, whose anchors `language/declaration.md` links as
/// `#locationLink` (survey s122b). Outside a Jekyll site a tag includes
/// nothing.
pub fn rendered(repo: &RepoView, path: &str, text: &str) -> Rendered {
    let Some(site) = jekyll_root(repo, path) else {
        return Rendered::default();
    };
    let mut out = Rendered::default();
    if text.contains("include") {
        included_texts(repo, &site, path, text, 0, &mut out.texts);
    }
    let index = include_index(repo);
    let mut hosts = Vec::new();
    outermost_hosts(&index, path, 0, &mut hosts);
    hosts.sort();
    hosts.dedup();
    out.hosts = hosts
        .into_iter()
        .take(20)
        .filter_map(|host| host_render(repo, &host))
        .collect();
    out
}

/// What [`rendered`] finds: the texts a page's own include tags read, and
/// the pages that render the file, each read once per run.
#[derive(Default)]
pub struct Rendered {
    /// The texts of the files the page includes.
    pub texts: Vec<String>,
    /// The pages that include the file, rendered whole.
    pub hosts: Vec<Arc<HostRender>>,
}

/// A page rendered with the files it includes: its ids, read once per run
/// whatever the number of included files asking for them (the Language
/// Server Protocol's specification includes a hundred).
#[derive(Default)]
pub struct HostRender {
    /// The ids of the page and of every file it includes.
    pub ids: Vec<String>,
    /// Their headings' slugs, as a site makes them.
    pub slugs: Vec<String>,
}

type HostRenders = Arc<std::sync::Mutex<HashMap<String, Option<Arc<HostRender>>>>>;

/// The page at `host` rendered with its includes (see [`HostRender`]).
fn host_render(repo: &RepoView, host: &str) -> Option<Arc<HostRender>> {
    let cache: HostRenders = repo.memo("site_jekyll::host_renders", |_| HostRenders::default());
    if let Some(known) = cache.lock().ok().and_then(|m| m.get(host).cloned()) {
        return known;
    }
    let made = repo.read_text(host).map(|t| {
        let mut texts = Vec::new();
        if let Some(host_site) = jekyll_root(repo, host) {
            included_texts(repo, &host_site, host, &t, 0, &mut texts);
        }
        texts.push(t);
        Arc::new(HostRender {
            ids: texts
                .iter()
                .flat_map(|t| crate::document::anchors::anchors(t))
                .collect(),
            slugs: texts
                .iter()
                .flat_map(|t| super::references::site_heading_slugs(t))
                .collect(),
        })
    });
    if let Ok(mut m) = cache.lock() {
        m.insert(host.to_string(), made.clone());
    }
    made
}

/// Whether a page of a Jekyll site renders other files into itself, or is
/// rendered into pages (see [`rendered`]).
pub fn composes(repo: &RepoView, path: &str, text: &str) -> bool {
    if jekyll_root(repo, path).is_none() {
        return false;
    }
    !include_tags(text).is_empty() || {
        let index = include_index(repo);
        let first = index.partition_point(|(inc, _)| inc.as_str() < path);
        index.get(first).is_some_and(|(inc, _)| inc == path)
    }
}

/// The pages, included by none, that include `path` directly or through
/// other included files.
fn outermost_hosts(index: &[(String, String)], path: &str, depth: usize, out: &mut Vec<String>) {
    let first = index.partition_point(|(inc, _)| inc.as_str() < path);
    for (_, host) in index[first..]
        .iter()
        .take_while(|(inc, _)| inc == path)
        .take(20)
    {
        let included = {
            let f = index.partition_point(|(inc, _)| inc.as_str() < host.as_str());
            index.get(f).is_some_and(|(inc, _)| inc == host)
        };
        if included && depth < 4 {
            outermost_hosts(index, host, depth + 1, out);
        } else {
            out.push(host.clone());
        }
    }
}

/// The texts of the files the include tags of `text` (the page at `path`,
/// of the site in `site`) read, and of their own includes.
fn included_texts(
    repo: &RepoView,
    site: &str,
    path: &str,
    text: &str,
    depth: usize,
    out: &mut Vec<String>,
) {
    if depth > 4 {
        return;
    }
    for (relative, name) in include_tags(text) {
        let Some(file) = include_file(repo, site, path, relative, &name) else {
            continue;
        };
        if let Some(t) = repo.read_text(&file) {
            included_texts(repo, site, &file, &t, depth + 1, out);
            out.push(t);
        }
    }
}

/// Each Markdown page of the repository's Jekyll sites that includes a
/// file with a Liquid include tag, as (included file, page), sorted; read
/// once per run.
fn include_index(repo: &RepoView) -> Arc<Vec<(String, String)>> {
    repo.memo("site_jekyll::include_index", |repo| {
        let roots: Vec<String> = super::site::sites_of_configs(
            repo,
            |f| f == "_config.yml",
            |_, _, dir| Some(dir.to_string()),
        );
        let mut out = Vec::new();
        if roots.is_empty() {
            return Arc::new(out);
        }
        for page in repo.tracked_files() {
            if !super::references::is_markdown(page) {
                continue;
            }
            let Some(site) = jekyll_root(repo, page) else {
                continue;
            };
            if !roots.contains(&site) {
                continue;
            }
            let Some(text) = repo.read_text(page) else {
                continue;
            };
            if !text.contains("include") {
                continue;
            }
            for (relative, name) in include_tags(&text) {
                if let Some(file) = include_file(repo, &site, page, relative, &name) {
                    out.push((file, page.to_string()));
                }
            }
        }
        out.sort();
        out.dedup();
        Arc::new(out)
    })
}

/// The Liquid include tags of a page outside fenced code: whether each is
/// `include_relative`, and the file it names (a name built from Liquid
/// variables is left out).
fn include_tags(text: &str) -> Vec<(bool, String)> {
    let mut out = Vec::new();
    if !text.contains("{%") {
        return out;
    }
    for line in super::site::outside_fences(text) {
        for body in tag_bodies(line) {
            let (relative, args) = if let Some(a) = body.strip_prefix("include_relative ") {
                (true, a)
            } else if let Some(a) = body.strip_prefix("include ") {
                (false, a)
            } else {
                continue;
            };
            let Some(name) = args.split_whitespace().next() else {
                continue;
            };
            let name = name.trim_matches(|c| c == '"' || c == '\'');
            if name.is_empty() || name.contains(['{', '}']) {
                continue;
            }
            out.push((relative, name.to_string()));
        }
    }
    out
}

/// The bodies of the Liquid tags of `line`, in order, a leading `-` of
/// whitespace control dropped (`{%- include a.md %}` → `include a.md`); a tag
/// left open ends the line's tags.
fn tag_bodies(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = line;
    std::iter::from_fn(move || {
        let tag = &rest[rest.find("{%")? + 2..];
        let end = tag.find("%}")?;
        rest = &tag[end + 2..];
        Some(tag[..end].trim_start_matches('-').trim())
    })
}

/// The tracked file an include tag of the page at `path` reads: from the
/// page's folder for `include_relative` (Jekyll refuses `..`), from the
/// site's `_includes/` otherwise.
fn include_file(
    repo: &RepoView,
    site: &str,
    path: &str,
    relative: bool,
    name: &str,
) -> Option<String> {
    if name.split('/').any(|s| s == "..") || name.starts_with('/') {
        return None;
    }
    let name = name.trim_start_matches("./");
    let file = if relative {
        join(path.rsplit_once('/').map_or("", |(d, _)| d), name)
    } else {
        join(site, &format!("_includes/{name}"))
    };
    (file != path && repo.is_tracked_file(&file)).then_some(file)
}

/// The folder of the nearest `_config.yml` up from `path` (`""`: the root).
fn jekyll_root(repo: &RepoView, path: &str) -> Option<String> {
    let mut dir = path.rsplit_once('/').map_or("", |(d, _)| d);
    loop {
        if repo.is_tracked_file(&join(dir, "_config.yml")) {
            return Some(dir.to_string());
        }
        if dir.is_empty() {
            return None;
        }
        dir = dir.rsplit_once('/').map_or("", |(d, _)| d);
    }
}

/// Whether the site's `_includes/NAME` writes `include.id` as an id.
fn writes_id(repo: &RepoView, site: &str, name: &str) -> bool {
    if name.contains("..") || name.contains(['{', '}']) {
        return false;
    }
    let Some(bytes) = repo.read(&join(site, &format!("_includes/{name}"))) else {
        return false;
    };
    let text = String::from_utf8_lossy(&bytes);
    text.split("id=").skip(1).any(|after| {
        let v = after.trim_start_matches(['"', '\'']).trim_start();
        v.strip_prefix("{{")
            .map(|v| v.trim_start_matches('-').trim_start())
            .and_then(|v| v.strip_prefix("include.id"))
            .is_some_and(|v| v.trim_start().trim_start_matches('-').starts_with("}}"))
    })
}

/// The file a link of a page names on its Jekyll site (see the module's
/// documentation), or None when the page is not a page of such a site or
/// the link names nothing the site serves.
pub fn reading(ctx: &Context<'_>, doc: &Document, r: &Reference) -> Option<String> {
    if r.kind != RefKind::Link || r.written.is_empty() || super::references::is_markdown(&r.written)
    {
        return None;
    }
    let sites = detect(ctx.repo);
    let site = sites.iter().find(|s| s.urls.contains_key(&doc.path))?;
    let url = site_url(site, doc, r)?;
    site.page(ctx.repo, &url)
}

/// The file of the site's folder a page's link names, served or not: the
/// link read from the page's URL as [`reading`] reads it, joined to the
/// site's folder (`/course-materials/slides/practice/week00_slides.html`
/// under `baseurl: "/course-materials"` is `docs/slides/practice/week00_slides.html`
/// of the site in `docs/`). None when the page is not a page of such a site.
pub fn site_file(ctx: &Context<'_>, doc: &Document, r: &Reference) -> Option<String> {
    if r.kind != RefKind::Link || r.written.is_empty() {
        return None;
    }
    let sites = detect(ctx.repo);
    let site = sites.iter().find(|s| s.urls.contains_key(&doc.path))?;
    let url = site_url(site, doc, r)?;
    let rel = url.trim_end_matches('/');
    (!rel.is_empty()).then(|| join(&site.dir, rel))
}

/// The URL, from the site's root without a leading `/`, a link of the page
/// names.
fn site_url(site: &Site, doc: &Document, r: &Reference) -> Option<String> {
    let w = r.written.as_str();
    if let Some(rooted) = w.strip_prefix('/') {
        let rooted = match site.baseurl.strip_prefix('/') {
            Some(base) if !base.is_empty() => rooted
                .strip_prefix(base)
                .filter(|rest| rest.is_empty() || rest.starts_with('/'))
                .unwrap_or(rooted),
            _ => rooted,
        };
        climb("", rooted)
    } else {
        let own = site.urls.get(&doc.path)?;
        let folder = own.rsplit_once('/').map_or("", |(f, _)| f);
        climb(folder, w)
    }
}

impl Site {
    /// The file served at `url` (a path from the site's root, without a
    /// leading `/`): a page, or a file copied as it is.
    fn page(&self, repo: &RepoView, url: &str) -> Option<String> {
        let k = key(url);
        let html = k.strip_suffix(".html");
        let found = self
            .pages
            .get(&k)
            .or_else(|| self.pages.get(&format!("{k}.html")))
            .or_else(|| html.and_then(|h| self.pages.get(h)));
        if let Some(file) = found {
            return Some(file.clone());
        }
        // A file the site copies as it is: not in a folder Jekyll skips.
        let file = join(&self.dir, url.trim_end_matches('/'));
        let rel = url.trim_end_matches('/');
        let served = !rel.is_empty()
            && !rel.split('/').any(|s| s.starts_with(['_', '.']))
            && !self.excluded(rel);
        [file.clone(), join(&file, "index.html")]
            .into_iter()
            .find(|f| served && repo.is_tracked_file(f))
    }

    fn excluded(&self, rel: &str) -> bool {
        let mut prefix = String::new();
        rel.split('/').any(|seg| {
            if !prefix.is_empty() {
                prefix.push('/');
            }
            prefix.push_str(seg);
            matches!(seg, "node_modules" | "vendor" | "Gemfile" | "Gemfile.lock")
                || self.exclude.iter().any(|g| g.is_match(&prefix))
        })
    }
}

/// `rel` read from the URL folder `folder` (no leading or trailing `/`):
/// the path from the site's root, or None when it climbs above the root.
fn climb(folder: &str, rel: &str) -> Option<String> {
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for seg in rel.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    let mut out = parts.join("/");
    if rel.ends_with('/') && !out.is_empty() {
        out.push('/');
    }
    Some(out)
}

/// A URL as the site's pages are looked up by: no leading or trailing `/`,
/// no `index.html` at its end (`/ja/guide/` and `/ja/guide/index.html` are
/// both `ja/guide`).
fn key(url: &str) -> String {
    let u = url.trim_start_matches('/');
    let u = u.strip_suffix("index.html").unwrap_or(u);
    u.trim_end_matches('/').to_string()
}

fn join(dir: &str, rel: &str) -> String {
    match (dir.is_empty(), rel.is_empty()) {
        (true, _) => rel.to_string(),
        (_, true) => dir.to_string(),
        _ => format!("{dir}/{rel}"),
    }
}

/// The Jekyll sites with folder URLs: each tracked `_config.yml` (outside
/// test fixtures) whose permalink, or an output collection's, ends with `/`.
fn find_sites(repo: &RepoView) -> Vec<Site> {
    super::site::sites_of_configs(repo, |f| f == "_config.yml", site)
}

/// How a collection's documents get their URLs.
struct Collection {
    /// Its folder (`_articles`, below `collections_dir`).
    folder: String,
    name: String,
    template: String,
}

fn site(repo: &RepoView, cfg: &str, dir: &str) -> Option<Site> {
    use yaml_rust2::Yaml;
    let text = repo.read_text(cfg)?;
    let docs = yaml_rust2::YamlLoader::load_from_str(&text).ok()?;
    let config = docs.first()?;
    let get = |y: &Yaml, k: &str| y[k].as_str().map(str::to_string);
    // A permalink set by `defaults:` makes URLs this reading cannot tell.
    if let Some(defaults) = config["defaults"].as_vec()
        && defaults
            .iter()
            .any(|d| !d["values"]["permalink"].is_badvalue())
    {
        return None;
    }
    let style = get(config, "permalink").unwrap_or_else(|| "date".to_string());
    let folder_style = style == "pretty" || style.ends_with('/');
    let suffix = if folder_style {
        "/"
    } else if matches!(style.as_str(), "date" | "ordinal" | "none" | "weekdate")
        || style.ends_with(":output_ext")
    {
        ":output_ext"
    } else {
        ""
    };
    let post_template = match style.as_str() {
        "date" => "/:categories/:year/:month/:day/:title:output_ext".to_string(),
        "pretty" => "/:categories/:year/:month/:day/:title/".to_string(),
        "none" => "/:categories/:title:output_ext".to_string(),
        "ordinal" | "weekdate" => String::new(),
        custom => custom.to_string(),
    };
    let collections_dir = get(config, "collections_dir").unwrap_or_default();
    let collections_dir = collections_dir.trim_matches('/');
    let mut collections = Vec::new();
    let declared: Vec<(String, &Yaml)> = match &config["collections"] {
        Yaml::Hash(h) => h
            .iter()
            .filter_map(|(k, v)| Some((k.as_str()?.to_string(), v)))
            .collect(),
        Yaml::Array(a) => a
            .iter()
            .filter_map(|k| Some((k.as_str()?.to_string(), &Yaml::Null)))
            .collect(),
        _ => Vec::new(),
    };
    let mut any_folder = folder_style;
    let mut posts_template = post_template;
    for (name, settings) in declared {
        let template = get(settings, "permalink");
        if name == "posts" {
            if let Some(t) = template {
                any_folder |= t.ends_with('/');
                posts_template = t;
            }
            continue;
        }
        if settings["output"].as_bool() != Some(true) {
            continue;
        }
        let template = template.unwrap_or_else(|| format!("/:collection/:path{suffix}"));
        any_folder |= template.ends_with('/');
        collections.push(Collection {
            folder: join(collections_dir, &format!("_{name}")),
            name,
            template,
        });
    }
    // A page whose front matter `permalink:` has no extension
    // (`permalink: tips/42`) is served at that bare URL too, so its links are
    // read from there as well (abseil.github.io, survey 79b).
    let mut bare_permalink = false;
    // Whether a page's front matter `permalink:` serves it at another URL
    // than its file's.
    let mut moved = false;
    let exclude = config["exclude"]
        .as_vec()
        .into_iter()
        .flatten()
        .filter_map(|e| e.as_str())
        .filter_map(|e| globset::Glob::new(e.trim_matches('/')).ok())
        .map(|g| g.compile_matcher())
        .collect();
    let baseurl = get(config, "baseurl")
        .unwrap_or_default()
        .trim_end_matches('/')
        .to_string();
    let redirects = ["plugins", "gems"].iter().any(|k| {
        config[*k]
            .as_vec()
            .is_some_and(|v| v.iter().any(|p| p.as_str() == Some("jekyll-redirect-from")))
    });
    let mut redirected: Vec<(String, String)> = Vec::new();
    // The posts served at a dated folder URL (see the end of this function).
    let mut posts: Vec<String> = Vec::new();
    let mut site = Site {
        dir: dir.to_string(),
        baseurl,
        exclude,
        ..Site::default()
    };
    let files = if dir.is_empty() {
        repo.tracked_files().map(str::to_string).collect()
    } else {
        repo.tracked_files_under(dir)
    };
    for file in files {
        let rel = file
            .strip_prefix(dir)
            .map_or(file.as_str(), |r| r.trim_start_matches('/'));
        let Some((stem, ext)) = rel.rsplit_once('.') else {
            continue;
        };
        if !matches!(ext, "md" | "markdown" | "html") || site.excluded(rel) {
            continue;
        }
        let output_ext = ".html";
        let template = if let Some(c) = collections
            .iter()
            .find(|c| rel.starts_with(&format!("{}/", c.folder)))
        {
            let path = &stem[c.folder.len() + 1..];
            if path.split('/').any(|s| s.starts_with(['_', '.'])) {
                continue;
            }
            Some((c.template.clone(), c.name.clone(), path.to_string()))
        } else if let Some((above, post)) = rel.split_once("_posts/") {
            // A post; the folders above `_posts/` are its categories.
            let above = above
                .strip_prefix(collections_dir)
                .filter(|_| !collections_dir.is_empty())
                .unwrap_or(above)
                .trim_matches('/');
            if above.split('/').any(|s| s.starts_with(['_', '.'])) {
                continue;
            }
            let post = post.rsplit_once('.').map_or(post, |(s, _)| s);
            if !posts_template.is_empty() {
                posts.push(file.clone());
            }
            Some((
                posts_template.clone(),
                format!("posts\u{0}{above}"),
                post.to_string(),
            ))
        } else if rel.split('/').any(|s| s.starts_with(['_', '.'])) {
            continue;
        } else {
            None
        };
        // GitHub Pages builds a Markdown file without front matter too
        // (jekyll-optional-front-matter); an HTML file without is copied as
        // it is.
        let text = repo.read_text(&file);
        let Some(front) = text.as_deref().map(front_matter).and_then(|f| {
            if ext == "html" {
                f
            } else {
                Some(f.unwrap_or_default())
            }
        }) else {
            continue;
        };
        let page_url = || {
            // A page: `/:path/:basename` with the site's suffix, an index
            // page its folder's URL.
            let (folder, base) = stem.rsplit_once('/').unwrap_or(("", stem));
            // jekyll-readme-index: a README is the index of a folder that
            // has none.
            let readme = base.eq_ignore_ascii_case("readme")
                && !["index.md", "index.markdown", "index.html"]
                    .iter()
                    .any(|i| repo.is_tracked_file(&join(dir, &join(folder, i))));
            if base == "index" || readme {
                format!("/{folder}/")
            } else {
                let tail = match suffix {
                    "/" => "/",
                    ":output_ext" => output_ext,
                    _ => "",
                };
                format!("/{}{tail}", join(folder, base))
            }
        };
        let is_page = template.is_none();
        let url = match (front.get("permalink"), template) {
            (Some(p), t) => {
                let (name, path) = t.map_or((String::new(), stem.to_string()), |t| (t.1, t.2));
                let url = expand(p, &name, &path, &front, output_ext);
                // A page served at another URL than its file's
                // (`onboarding/onboarding-quick-start.md` at
                // `permalink: /onboarding/quick-start.html`).
                moved |= is_page
                    && url.as_deref().is_some_and(|u| {
                        key(&format!("/{}", u.trim_start_matches('/'))) != key(&page_url())
                    });
                url
            }
            (None, Some((t, name, path))) => expand(&t, &name, &path, &front, output_ext),
            (None, None) => Some(page_url()),
        };
        let Some(url) = url else { continue };
        // Jekyll roots a permalink written without its leading `/`.
        let url = format!("/{}", url.trim_start_matches('/')).replace("//", "/");
        bare_permalink |= front.contains_key("permalink")
            && url
                .rsplit('/')
                .next()
                .is_some_and(|last| !last.is_empty() && !last.contains('.'));
        if redirects {
            for from in text.as_deref().map(redirect_from).unwrap_or_default() {
                redirected.push((key(&from), file.clone()));
            }
        }
        site.pages.insert(key(&url), file.clone());
        site.urls.insert(file, url);
    }
    // jekyll-redirect-from serves a page's old URLs (`redirect_from:
    // "/docs/templates/"` in `_docs/liquid.md`); a page's own URL wins.
    for (from, file) in redirected {
        site.pages.entry(from).or_insert(file);
    }
    // A site of file URLs with a page its front matter serves elsewhere
    // (just-the-docs wikis set `permalink: /onboarding/quick-start.html` on
    // `onboarding/onboarding-quick-start.md`: survey s122b) serves its pages
    // at URLs their files do not give: its links are read the site's way.
    if any_folder || bare_permalink || moved {
        return Some(site);
    }
    // A site of file URLs (`/reference.html`, the `date` style) still serves
    // its posts at the folders of their dates: `_posts/2012-07-30-x.md` is
    // `/2012/07/30/x.html`, and its link `../../../reference.html` is the page
    // `reference.html` at the site's root (Leaflet's blog, survey 107b). Only
    // the posts' links are read from their URLs; the pages' URLs are their
    // files' folders, read as files are.
    site.urls.retain(|file, url| {
        posts.contains(file)
            && url.rsplit_once('/').map(|(f, _)| f.trim_matches('/'))
                != file
                    .strip_prefix(dir)
                    .map(|r| r.trim_start_matches('/'))
                    .and_then(|r| r.rsplit_once('/'))
                    .map(|(f, _)| f)
    });
    (!site.urls.is_empty()).then_some(site)
}

/// The URLs a page's front matter `redirect_from:` names, as a string or a
/// list (`redirect_from:` then `  - /old/`), for jekyll-redirect-from
/// (<https://github.com/jekyll/jekyll-redirect-from>).
fn redirect_from(text: &str) -> Vec<String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines();
    if lines.next().map(str::trim_end) != Some("---") {
        return Vec::new();
    }
    let clean = |v: &str| {
        let v = v.trim().trim_matches(['"', '\'']);
        (v.starts_with('/') || !v.is_empty() && !v.contains(' '))
            .then(|| v.trim_start_matches('/').to_string())
    };
    let mut out = Vec::new();
    let mut listing = false;
    for line in lines {
        let line = line.trim_end();
        if line == "---" || line == "..." {
            break;
        }
        if listing {
            if let Some(item) = line.trim_start().strip_prefix("- ") {
                out.extend(clean(item));
                continue;
            }
            if line.starts_with([' ', '\t']) || line.is_empty() {
                continue;
            }
            listing = false;
        }
        if let Some(v) = line.strip_prefix("redirect_from:") {
            let v = v.trim();
            if v.is_empty() {
                listing = true;
            } else if let Some(items) = v.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
                out.extend(items.split(',').filter_map(clean));
            } else {
                out.extend(clean(v));
            }
        }
    }
    out
}

/// A page's URL from a permalink `template`: `name` is its collection
/// (`posts\0<categories from folders>` for a post), `path` its path in the
/// collection without extension. None when the template has a placeholder
/// this reading does not know.
fn expand(
    template: &str,
    name: &str,
    path: &str,
    front: &HashMap<String, String>,
    output_ext: &str,
) -> Option<String> {
    let (collection, folder_categories) = match name.split_once('\u{0}') {
        Some((c, cats)) => (c, cats),
        None => (name, ""),
    };
    let base = path.rsplit('/').next().unwrap_or(path);
    let (date, title) = match collection {
        "posts" => {
            let parts: Vec<&str> = base.splitn(4, '-').collect();
            if parts.len() == 4
                && parts[..3]
                    .iter()
                    .all(|p| p.bytes().all(|b| b.is_ascii_digit()))
            {
                (Some((parts[0], parts[1], parts[2])), parts[3])
            } else {
                (None, base)
            }
        }
        _ => (None, base),
    };
    let title = slugify(front.get("slug").map_or(title, String::as_str), true);
    let mut categories: Vec<String> = folder_categories
        .split('/')
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect();
    for key in ["categories", "category"] {
        if let Some(v) = front.get(key) {
            categories.extend(
                v.trim_matches(['[', ']'])
                    .split([',', ' '])
                    .map(|c| c.trim().trim_matches(['"', '\'']))
                    .filter(|c| !c.is_empty())
                    .map(str::to_lowercase),
            );
        }
    }
    categories.iter_mut().for_each(|c| *c = c.to_lowercase());
    let mut seen = Vec::new();
    categories.retain(|c| {
        let new = !seen.contains(c);
        seen.push(c.clone());
        new
    });
    let mut out = String::new();
    let mut rest = template;
    while let Some(i) = rest.find(':') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        let len = tail
            .find(|c: char| !(c.is_ascii_lowercase() || c == '_'))
            .unwrap_or(tail.len());
        let word = &tail[..len];
        let value = match (word, date) {
            ("", _) => ":".to_string(),
            ("collection", _) => collection.to_string(),
            // A page's `:path` is its folder, a document's its path in the
            // collection.
            ("path", _) if collection.is_empty() => {
                path.rsplit_once('/').map_or("", |(f, _)| f).to_string()
            }
            ("path", _) => path.to_string(),
            ("basename", _) => base.to_string(),
            ("name", _) => slugify(base, false),
            ("title" | "slug", _) => title.clone(),
            ("output_ext", _) => output_ext.to_string(),
            ("categories", _) => categories.join("/"),
            ("year", Some((y, _, _))) => y.to_string(),
            ("short_year", Some((y, _, _))) => y.get(2..)?.to_string(),
            ("month", Some((_, m, _))) => m.to_string(),
            ("i_month", Some((_, m, _))) => m.trim_start_matches('0').to_string(),
            ("day", Some((_, _, d))) => d.to_string(),
            ("i_day", Some((_, _, d))) => d.trim_start_matches('0').to_string(),
            _ => return None,
        };
        out.push_str(&value);
        rest = &tail[len..];
    }
    out.push_str(rest);
    Some(if out.starts_with('/') {
        out
    } else {
        format!("/{out}")
    })
}

/// Jekyll's `slugify`: every run of characters other than letters and
/// digits (and, in its `pretty` mode, `._~!$&'()+,;=@`) one `-`, none at
/// either end; lower case unless `pretty` (which Jekyll calls `cased`).
fn slugify(s: &str, pretty: bool) -> String {
    let keep = |c: char| c.is_alphanumeric() || (pretty && "._~!$&'()+,;=@".contains(c));
    let mut out = String::new();
    for part in s.split(|c: char| !keep(c)).filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(part);
    }
    if pretty { out } else { out.to_lowercase() }
}

/// The top-level scalar keys of a document's YAML front matter (a first
/// line `---` to the next `---`), or None when it has none: Jekyll copies
/// such a file as it is, not as a page.
fn front_matter(text: &str) -> Option<HashMap<String, String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines();
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    let mut out = HashMap::new();
    for line in lines {
        let line = line.trim_end();
        if line == "---" || line == "..." {
            return Some(out);
        }
        if line.starts_with([' ', '\t', '-', '#']) {
            continue;
        }
        if let Some((k, v)) = line.split_once(':') {
            let v = v.trim().trim_matches(['"', '\'']);
            if !v.is_empty() {
                out.insert(k.trim().to_string(), v.to_string());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_read_from_the_url_folder() {
        assert_eq!(climb("ja/guide", "../intro/").as_deref(), Some("ja/intro/"));
        assert_eq!(climb("notices", "../legal/").as_deref(), Some("legal/"));
        assert_eq!(climb("notices", "../../legal/"), None);
        assert_eq!(climb("a", "./").as_deref(), Some("a/"));
    }

    #[test]
    fn urls_are_keyed_without_index_and_slashes() {
        assert_eq!(key("/ja/guide/"), "ja/guide");
        assert_eq!(key("/ja/guide/index.html"), "ja/guide");
        assert_eq!(key("/"), "");
    }

    #[test]
    fn templates_expand_as_jekyll_expands_them() {
        let none = HashMap::new();
        assert_eq!(
            expand("/:path/", "articles", "ja/intro", &none, ".html").as_deref(),
            Some("/ja/intro/")
        );
        assert_eq!(
            expand(
                "/:collection/:path:output_ext",
                "docs",
                "a/b",
                &none,
                ".html"
            )
            .as_deref(),
            Some("/docs/a/b.html")
        );
        assert_eq!(
            expand(
                "/:categories/:year/:month/:day/:title/",
                "posts\u{0}blog",
                "2020-05-27-flat",
                &none,
                ".html"
            )
            .as_deref(),
            Some("/blog/2020/05/27/flat/")
        );
        assert_eq!(expand("/:week/:title/", "docs", "a", &none, ".html"), None);
    }

    #[test]
    fn front_matter_is_read_line_by_line() {
        let f = front_matter("---\npermalink: /about/\ntags:\n  - a\n---\n# A\n").unwrap();
        assert_eq!(f.get("permalink").map(String::as_str), Some("/about/"));
        assert!(front_matter("# A\n").is_none());
    }
}
