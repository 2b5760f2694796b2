//! Hugo sites read the Hugo way (the site module, [`super::site`], finds
//! them; this one knows what Hugo does with their pages).
//!
//! - **Configuration**: `hugo.toml|yaml|yml|json` or `config.*` at the site's
//!   root, and the files of `config/_default/` (`markup.toml` is the
//!   `[markup]` table). The pages are read from each `module.mounts` source
//!   mounted at `content` (gohugoio/hugoDocs mounts `content/en`; a
//!   `config/_default/module-template.yaml` rendered as the git-ignored
//!   `module.yaml` by a build step counts: opentelemetry.io), else from
//!   each `contentDir` (the site's, each language's), else from `content/`.
//! - **Files and trees**: each `static/` (or `module.mounts` source mounted
//!   at `static`) is served at the site's root (`/images/a.png`), a source
//!   mounted below it at its place (`iconography/32x32` at
//!   `static/img/logos/32x32` serves `/img/logos/32x32/a.svg`); pages of
//!   several mounts at `content` are one tree (Docsy's French home links the
//!   English docs); a file or folder mounted inside the content tree
//!   (`../README.md` at `content/project/repo/README.md`) is linked where it
//!   is mounted, and a folder mounted there (`../geps` at `content/geps`)
//!   holds pages of the site; a root URL that opens with a language's
//!   prefix (`/zh-cn/`, the key lower-cased) names that language's pages;
//!   a page bundle's files are published at the bundle's URL (its `url:`,
//!   its section's `permalinks` pattern, or its folder: see
//!   [`bundle_resource`]);
//!   and the home page's other outputs are files of the built
//!   site: `/sitemap.xml`, `/index.xml` (RSS), `/robots.txt` with
//!   `enableRobotsTXT`, and one per home template of another format
//!   (`layouts/index.llms.txt` writes `/llms.txt`); a section whose outputs
//!   hold `rss` (its `_index.md`'s `outputs:`, else the site's, `[html, rss]`
//!   by default) has its feed, `/blog/index.xml` (or the `baseName` of
//!   `outputFormats.rss`: `/blog/feed.xml`). Templates are read from
//!   the site's `layouts/`, each `themes/*/layouts/`, and each configured
//!   `theme` (from `themesDir`, or by its last folder beside the site:
//!   Docsy's `theme: [docsy/theme]`).
//! - **A link render hook** (`layouts/_markup/render-link.html`,
//!   `layouts/_default/_markup/render-link.html`, any `layouts/**/_markup/
//!   render-link*.html`, also a theme's under `themes/*/layouts/`, or Hugo's
//!   embedded hook turned on with `markup.goldmark.renderHooks.link.
//!   enableDefault` / `useEmbedded`) decides what a destination means. Such
//!   hooks resolve it as `.Page.GetPage` does (<https://gohugo.io/methods/page/getpage/>):
//!   a path from the page's folder (a leaf bundle's `index.md`: from the
//!   folder that holds the bundle), else from the content root
//!   (`commands/hugo_mod_npm_pack/` in `configuration/module.md` is
//!   `commands/hugo_mod_npm_pack.md`), matched to a page file (`x.md`),
//!   a section (`x/_index.md`) or a bundle (`x/index.md`), whatever the case
//!   of its names (Hugo lower-cases page paths), else to a page or section
//!   resource, else to a global resource of `assets/`. A destination with no
//!   `/`, `.`, `#` or `?` that the hook compares the destination with
//!   (`{{ if eq $u.String "g" }}`: hugoDocs' glossary shorthand `[term](g)`)
//!   is the hook's keyword, not a path.
//!
//!   What a hook cannot resolve it passes through unchanged (or warns about),
//!   so a link no page, resource or keyword explains is still reported: a
//!   hook is no licence for any destination. `[x](missing-page/)` with no
//!   page of that name from the page's folder or the content root is broken
//!   on the built site too. Without a hook, the browser reads a relative link
//!   from the page's URL, as the common site reading does, and Hugo's URLs
//!   are lower-cased (`community/CODEOWNERS.md` at `community/codeowners/`)
//!   unless `disablePathToLower` is set.
//! - **Anchors**: with `markup.goldmark.parser.autoDefinitionTermID = true`
//!   each definition-list term (a paragraph line followed by a `: ` line) gets
//!   an id, numbered together with the headings (a `## Matchers` after a term
//!   `matchers` is `#matchers-1`). A page's `{{% include "path" %}}` or
//!   `{{< include "path" >}}` shortcodes render the included file into it
//!   (its path read like a `GetPage` path: from the page's folder, then the
//!   content root; where the site's include template puts a folder before a
//!   plain path, `printf "_includes/%s"`, that folder from the page's folder
//!   up its sections, as opentelemetry.io's `func/find-include.html` does),
//!   so its headings and terms are the page's. A file that
//!   pages include (hugoDocs' `_common/` fragments, never rendered alone) is
//!   rendered inside each of them: its own links to `#x` find the anchors of
//!   the pages that include it. A page whose front matter sets a `type:`
//!   whose own layouts write ids from data (`layouts/adopters/list.html`:
//!   `<h2 id={{ .adopters.project | urlize }}>`) may have any anchor.
//! - **Imported pages**: a Markdown page of the content tree that git
//!   ignores by name is written by a build step before Hugo runs
//!   (fluxcd/website's controller API references): a link to it, read as
//!   the site's render hook reads it, is not broken (see [`generated_page`];
//!   survey 32c).

use crate::document::Document;
use crate::source::{PathState, RepoView, join_relative};

use super::Context;
use super::references::Reference;
use super::site::{Generator, Site};

/// The flag in [`Site::plugins`] of a Hugo site with a link render hook.
const HOOK: &str = "render-link";
/// The prefix of each keyword its render hook compares destinations with.
const HOOK_WORD: &str = "render-link-word:";
/// The flag of `markup.goldmark.parser.autoDefinitionTermID = true`.
const TERM_IDS: &str = "autoDefinitionTermID";
/// The prefix of each shortcode whose template makes ids.
const ID_SHORTCODE: &str = "id-shortcode:";
/// The prefix of each content type whose layouts write ids from data.
const ID_LAYOUT: &str = "id-layout:";
/// The prefix of each folder served at the site's root (`static/`).
const STATIC: &str = "static:";
/// The prefix of each folder served below the root, `STATIC_ATurl=source`:
/// a mount at `static/img/logos` (opentelemetry.io mounts `iconography/32x32`
/// there, served at `/img/logos/32x32/`).
const STATIC_AT: &str = "static-at:";
/// The prefix of the folder an include shortcode's template puts before a
/// plain path, looked for from the page up its sections (opentelemetry.io's
/// `func/find-include.html`: `printf "_includes/%s" $path`, then
/// `.Parent` until found).
const INCLUDE_DIR: &str = "include-dir:";
/// The flag of a site whose pages come from several mounts: one tree.
const MOUNTED: &str = "mounted";
/// The prefix of each mount inside the content tree: `MOUNTpath=source`.
const MOUNT: &str = "mount:";
/// The prefix of each file the home page is also written as (`llms.txt`).
const OUTPUT: &str = "output:";
/// The name of the RSS feed Hugo writes for a page with the `rss` output
/// (`FEEDfeed.xml`: `outputFormats.rss.baseName`, else `index`).
const FEED: &str = "feed:";
/// The flag of a site whose sections have the `rss` output unless their
/// front matter says otherwise (Hugo's default, kept when the
/// configuration's `outputs.section` lists `rss` or is not set).
const SECTION_RSS: &str = "section-rss";
/// The flag of `disablePathToLower = true`: URLs keep the case of the
/// file names.
const KEEP_CASE: &str = "disablePathToLower";
/// The prefix of each language served below its own URL prefix, with the
/// folder of its pages: `LANGzh-cn=site/content/zh-CN`.
const LANG: &str = "lang:";
/// A section whose `permalinks` pattern serves its pages at their slug
/// below their section's folders (`/:sections/:slug/`): `permalink:docs=slug`.
const PERMALINK: &str = "permalink:";
/// The prefix of each section's `permalinks` pattern for its pages,
/// `PATTERNsection=pattern`: `permalink-pattern:blog=/:section/:year/:month/:day/:slug/`.
const PATTERN: &str = "permalink-pattern:";

/// The folders of the site's templates: its `layouts/`, and each theme's
/// (every folder of `themes/`, and each `theme` the configuration names,
/// from its `themesDir`, or named by its last folder beside the site:
/// Docsy's `theme: [docsy/theme]` is the `theme/` beside `docsy.dev/`).
fn layout_dirs(repo: &RepoView, site_dir: &str, config: &serde_json::Value) -> Vec<String> {
    let mut out = vec![join(site_dir, "layouts")];
    let themes = join(site_dir, "themes");
    out.extend(
        repo.children(&themes)
            .iter()
            .map(|t| join(&join(&themes, t), "layouts")),
    );
    let named: Vec<&str> = match get(config, &["theme"]) {
        Some(serde_json::Value::String(t)) => vec![t.as_str()],
        Some(serde_json::Value::Array(a)) => a.iter().filter_map(|v| v.as_str()).collect(),
        _ => Vec::new(),
    };
    let themes_dir = get(config, &["themesDir"])
        .and_then(|v| v.as_str())
        .unwrap_or("themes");
    let parent = site_dir.rsplit_once('/').map_or("", |(p, _)| p);
    for name in named {
        let last = name
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or(name);
        let found = join_relative(site_dir, &format!("{themes_dir}/{name}"))
            .filter(|d| !repo.children(d).is_empty())
            .or_else(|| {
                (!site_dir.is_empty())
                    .then(|| join(parent, last))
                    .filter(|d| !repo.children(d).is_empty())
            });
        out.extend(found.map(|d| join(&d, "layouts")));
    }
    out.sort();
    out.dedup();
    out
}

/// The files Hugo writes at the site's root besides pages: `sitemap.xml` and
/// the home page's RSS `index.xml` (default outputs), `robots.txt` with
/// `enableRobotsTXT`, and one per home-page template of another output format
/// (`layouts/index.llms.txt`, `home.llms.txt`: `llms.txt`).
fn home_outputs(repo: &RepoView, layouts: &[String], config: &serde_json::Value) -> Vec<String> {
    let mut out = vec!["sitemap.xml".to_string(), "index.xml".to_string()];
    if get(config, &["enableRobotsTXT"]).and_then(|v| v.as_bool()) == Some(true) {
        out.push("robots.txt".into());
    }
    for dir in layouts {
        for f in repo.files_under(dir) {
            let name = f.rsplit('/').next().unwrap_or(&f);
            let rest = name
                .strip_prefix("index.")
                .or_else(|| name.strip_prefix("home."));
            if let Some((format, ext)) = rest.and_then(|r| r.split_once('.'))
                && !format.is_empty()
                && !ext.contains('.')
                && ext != "html"
            {
                out.push(format!("{}.{ext}", format.to_lowercase()));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Whether a configured list of output formats (`[html, rss]`) holds `rss`.
fn lists_rss(v: &serde_json::Value) -> bool {
    v.as_array().is_some_and(|a| {
        a.iter()
            .filter_map(|f| f.as_str())
            .any(|f| f.eq_ignore_ascii_case("rss"))
    })
}

/// The output formats a page's front matter sets with `outputs:` (YAML,
/// inline `[html, rss]` or a list below the key; TOML `outputs = [...]`),
/// lower-cased; None when it sets none.
fn front_matter_outputs(text: &str) -> Option<Vec<String>> {
    let mut lines = text.lines();
    let fence = lines.next()?.trim_end();
    if fence != "---" && fence != "+++" {
        return None;
    }
    let body: Vec<&str> = lines.take_while(|l| l.trim_end() != fence).collect();
    let at = body.iter().position(|l| {
        l.strip_prefix("outputs")
            .is_some_and(|r| r.trim_start().starts_with([':', '=']))
    })?;
    let value = body[at]["outputs".len()..]
        .trim_start()
        .trim_start_matches([':', '='])
        .trim();
    let words = |v: &str| -> Vec<String> {
        v.split(',')
            .map(|w| w.trim().trim_matches(['"', '\'']).to_lowercase())
            .filter(|w| !w.is_empty())
            .collect()
    };
    if let Some(inline) = value.strip_prefix('[') {
        return Some(words(inline.split(']').next().unwrap_or("")));
    }
    Some(
        body[at + 1..]
            .iter()
            .map_while(|l| l.trim_start().strip_prefix("- "))
            .flat_map(words)
            .collect(),
    )
}

/// Whether a root link of a Hugo page names the RSS feed of one of the
/// site's sections (`/blog/feed.xml`, `/news/index.xml`): a folder of the
/// content with an `_index.md` whose outputs hold `rss`, its front matter's
/// `outputs:` or else the site's for sections (Hugo's default, `[html,
/// rss]`), written as `<baseName>.xml` (`outputFormats.rss.baseName`, else
/// `index`: goreleaser's `www/`, whose blog's `_index.md` sets `outputs:
/// [html, rss, markdown]` with `baseName: feed`; survey 49b, 2 findings
/// judged false). A section without such an output, a folder without an
/// `_index.md`, and another name are still reported.
pub fn section_feed(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    let Some(rooted) = r
        .written
        .split(['#', '?'])
        .next()
        .and_then(|w| w.strip_prefix('/'))
    else {
        return false;
    };
    let Some((section, name)) = rooted.rsplit_once('/') else {
        return false;
    };
    let Some(site) = hugo_site(ctx.anchors.sites(ctx.repo), &doc.path) else {
        return false;
    };
    let feed = site
        .plugins
        .iter()
        .find_map(|p| p.strip_prefix(FEED))
        .unwrap_or("index.xml");
    if section.is_empty() || !name.eq_ignore_ascii_case(feed) {
        return false;
    }
    let by_default = site.plugins.iter().any(|p| p == SECTION_RSS);
    site.content.iter().any(|c| {
        let index = join(&join(c, section), "_index.md");
        ctx.repo.stat(&index) == PathState::File
            && ctx
                .repo
                .read_text(&index)
                .and_then(|t| front_matter_outputs(&t))
                .map_or(by_default, |o| o.iter().any(|f| f == "rss"))
    })
}

/// Whether a root link of a Hugo page names a file Hugo writes at the
/// site's root (`/sitemap.xml`, `/llms.txt`; see [`home_outputs`]).
pub fn home_output(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    let Some(name) = r
        .written
        .split(['#', '?'])
        .next()
        .and_then(|w| w.strip_prefix('/'))
    else {
        return false;
    };
    if name.contains('/') || name.is_empty() {
        return false;
    }
    let want = format!("{OUTPUT}{}", name.to_lowercase());
    hugo_site(ctx.anchors.sites(ctx.repo), &doc.path).is_some_and(|s| s.plugins.contains(&want))
}

/// The site's shortcodes whose templates make ids (`anchorize`, an `id=`
/// attribute, an `<h2>`, a definition-list line `: …` in Markdown output):
/// hugoDocs' `{{% glossary %}}` makes one term per glossary page; and a
/// Markdown template's heading (`## {{ T "community_develop" }}
/// {#develop-and-contribute}`: opentelemetry.io's `community-lists.md`
/// renders the community page's sections, survey 40). A shortcode in a
/// folder below `shortcodes/` is called by its path
/// (`{{% docs/languages/index-intro %}}`).
fn id_shortcodes(repo: &RepoView, layouts: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for dir in layouts {
        for f in repo.files_under(dir) {
            let Some(rest) = f
                .strip_prefix(dir.as_str())
                .and_then(|r| r.strip_prefix('/'))
            else {
                continue;
            };
            let Some(call) = rest
                .strip_prefix("shortcodes/")
                .or_else(|| rest.strip_prefix("_shortcodes/"))
            else {
                continue;
            };
            let markdown = call.ends_with(".md");
            let Some(stem) = call
                .strip_suffix(".html")
                .or_else(|| call.strip_suffix(".md"))
            else {
                continue;
            };
            let Some(text) = repo.read_text(&f) else {
                continue;
            };
            let makes_ids = text.contains("anchorize")
                || text.contains(" id=")
                || (1..=6).any(|n| text.contains(&format!("<h{n}")))
                || text.lines().any(|l| l.starts_with(": "))
                || (markdown && text.lines().any(markdown_heading));
            if makes_ids {
                let (folder, name) = stem.rsplit_once('/').map_or(("", stem), |(d, n)| (d, n));
                let name = name.split('.').next().unwrap_or(name);
                out.push(join(folder, name));
            }
        }
    }
    out
}

/// Whether a line of a Markdown template is an ATX heading (`## x`).
fn markdown_heading(line: &str) -> bool {
    let t = line.trim_start_matches(' ');
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    line.len() - t.len() < 4 && (1..=6).contains(&hashes) && t[hashes..].starts_with([' ', '\t'])
}

/// The folder the site's include shortcode puts before a plain path
/// (`printf "_includes/%s" $path` in a shortcode or partial template whose
/// name says include), read from the template, not guessed: a site whose
/// templates say nothing of it looks its includes up as `GetPage` does.
fn include_dir(repo: &RepoView, layouts: &[String]) -> Option<String> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let re = RE
        .get_or_init(|| regex::Regex::new(r#"printf\s+["`]([A-Za-z0-9_.-]+)/%s["`]"#).ok())
        .as_ref()?;
    layouts.iter().find_map(|dir| {
        repo.files_under(dir).into_iter().find_map(|f| {
            let name = f.rsplit('/').next().unwrap_or(&f);
            let templates = ["shortcodes/", "_shortcodes/", "partials/", "_partials/"];
            if !name.contains("include")
                || !name.ends_with(".html")
                || !templates.iter().any(|t| f.contains(t))
            {
                return None;
            }
            let text = repo.read_text(&f)?;
            re.captures(&text).map(|c| c[1].to_string())
        })
    })
}

/// The content types whose own layouts (`layouts/<type>/list.html`,
/// `single.html`) write an id from the page's data (`<h2 id={{
/// .adopters.project | urlize }}>`: fluxcd/website's adopters page, whose
/// sections come from `data/adopters/*.yaml`; survey 32c): a page of that
/// type has ids no Markdown of it shows. A layout with fixed ids only
/// (`id="main"`) makes none a link could name by a heading.
fn id_layouts(repo: &RepoView, layouts: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for dir in layouts {
        for f in repo.files_under(dir) {
            let Some(rest) = f.strip_prefix(&format!("{dir}/")) else {
                continue;
            };
            let Some((kind, name)) = rest.split_once('/') else {
                continue;
            };
            if kind.starts_with('_')
                || matches!(kind, "partials" | "shortcodes")
                || name.contains('/')
                || !name.ends_with(".html")
            {
                continue;
            }
            let Some(text) = repo.read_text(&f) else {
                continue;
            };
            if text.contains("id={{") || text.contains("id=\"{{") {
                out.push(kind.to_string());
            }
        }
    }
    out
}

/// The content type a Hugo page's front matter sets (`type: adopters`).
/// A page that sets none is not read for its section's layouts: a docs
/// section's templates write ids for their own blocks, not for the page's
/// sections.
fn page_type(text: &str) -> Option<String> {
    let mut lines = text.lines();
    if lines.next().map(str::trim_end) != Some("---") {
        return None;
    }
    lines
        .take_while(|l| l.trim_end() != "---")
        .find_map(|l| l.strip_prefix("type:"))
        .map(|v| v.trim().trim_matches(['"', '\'']).to_string())
        .filter(|v| !v.is_empty())
}

/// Whether `text` calls shortcode `name` (`{{< name …`, `{{% name …`).
fn calls_shortcode(text: &str, name: &str) -> bool {
    text.match_indices("{{").any(|(i, _)| {
        let rest = &text[i + 2..];
        let Some(rest) = rest.strip_prefix(['<', '%']) else {
            return false;
        };
        let rest = rest.strip_prefix('-').unwrap_or(rest).trim_start();
        rest.strip_prefix(name).is_some_and(|after| {
            after.starts_with(|c: char| c.is_whitespace() || c == '/' || c == '>' || c == '%')
        })
    })
}

/// The Hugo site configured by `file` (in `site_dir`): its content roots and,
/// in [`Site::plugins`], what its configuration and layouts turn on.
pub fn site(repo: &RepoView, file: &str, site_dir: &str) -> Site {
    let config = configuration(repo, file, site_dir);
    let mut content = Vec::new();
    let mut statics = Vec::new();
    let mut inner_mounts = Vec::new();
    // Module mounts replace the default content (and static) folder.
    if let Some(mounts) = get(&config, &["module", "mounts"]).and_then(|m| m.as_array()) {
        for m in mounts {
            let target = get(m, &["target"]).and_then(|t| t.as_str()).unwrap_or("");
            let source = get(m, &["source"]).and_then(|t| t.as_str()).unwrap_or("");
            let Some(dir) = (!source.is_empty())
                .then(|| join_relative(site_dir, source.trim_end_matches('/')))
                .flatten()
            else {
                continue;
            };
            match target.trim_matches('/') {
                "content" => content.push(dir),
                "static" => statics.push(dir),
                t if t.starts_with("static/") => {
                    let url = t.trim_start_matches("static/").trim_matches('/');
                    inner_mounts.push(format!("{STATIC_AT}{url}={dir}"));
                }
                t => {
                    // A file or folder mounted inside the content tree
                    // (`../README.md` at `content/project/repo/README.md`).
                    if let Some(inside) = t.strip_prefix("content/") {
                        inner_mounts.push(format!("{MOUNT}{inside}={dir}"));
                    }
                }
            }
        }
    }
    let mounted = !content.is_empty();
    let layouts = layout_dirs(repo, site_dir, &config);
    if statics.is_empty() {
        statics.push(join(site_dir, "static"));
    }
    if content.is_empty() {
        let mut dirs: Vec<String> = get(&config, &["contentDir"])
            .and_then(|v| v.as_str())
            .map(str::to_string)
            .into_iter()
            .collect();
        if let Some(langs) = get(&config, &["languages"]).and_then(|l| l.as_object()) {
            dirs.extend(langs.values().filter_map(|l| {
                get(l, &["contentDir"])
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
            }));
        }
        if dirs.is_empty() {
            dirs.push("content".into());
        }
        content.extend(
            dirs.iter()
                .filter_map(|d| join_relative(site_dir, d.trim_end_matches('/'))),
        );
    }
    content.retain(|c| !c.is_empty());
    content.sort();
    content.dedup();
    if content.is_empty() {
        content.push(join(site_dir, "content"));
    }
    let mut plugins: Vec<String> = statics.iter().map(|d| format!("{STATIC}{d}")).collect();
    if mounted && content.len() > 1 {
        plugins.push(MOUNTED.to_string());
    }
    plugins.extend(inner_mounts);
    plugins.extend(
        home_outputs(repo, &layouts, &config)
            .into_iter()
            .map(|o| format!("{OUTPUT}{o}")),
    );
    let feed = get(&config, &["outputFormats", "rss", "baseName"])
        .and_then(|v| v.as_str())
        .filter(|b| !b.is_empty() && !b.contains('/'))
        .unwrap_or("index");
    plugins.push(format!("{FEED}{}.xml", feed.to_lowercase()));
    let section_rss = match get(&config, &["outputs", "section"]) {
        Some(v) => lists_rss(v),
        None => true,
    };
    if section_rss {
        plugins.push(SECTION_RSS.to_string());
    }
    let term_ids = get(
        &config,
        &["markup", "goldmark", "parser", "autoDefinitionTermID"],
    )
    .and_then(|v| v.as_bool())
    .unwrap_or(false);
    if term_ids {
        plugins.push(TERM_IDS.to_string());
    }
    if get(&config, &["disablePathToLower"]).and_then(|v| v.as_bool()) == Some(true) {
        plugins.push(KEEP_CASE.to_string());
    }
    plugins.extend(slug_permalinks(&config));
    plugins.extend(permalink_patterns(&config));
    plugins.extend(
        language_dirs(&config, site_dir)
            .into_iter()
            .map(|(key, dir)| format!("{LANG}{key}={dir}")),
    );
    let link = get(&config, &["markup", "goldmark", "renderHooks", "link"]);
    let embedded = link.is_some_and(|l| {
        get(l, &["enableDefault"]).and_then(|v| v.as_bool()) == Some(true)
            || get(l, &["useEmbedded"])
                .and_then(|v| v.as_str())
                .is_some_and(|v| matches!(v, "always" | "fallback"))
    });
    let hooks = hook_files(repo, &layouts);
    if embedded || auto_hook(&config) || !hooks.is_empty() {
        plugins.push(HOOK.to_string());
    }
    for h in &hooks {
        if let Some(bytes) = repo.read(h) {
            plugins.extend(
                hook_words(&String::from_utf8_lossy(&bytes))
                    .into_iter()
                    .map(|w| format!("{HOOK_WORD}{w}")),
            );
        }
    }
    plugins.extend(
        id_shortcodes(repo, &layouts)
            .into_iter()
            .map(|n| format!("{ID_SHORTCODE}{n}")),
    );
    plugins.extend(
        id_layouts(repo, &layouts)
            .into_iter()
            .map(|n| format!("{ID_LAYOUT}{n}")),
    );
    plugins.extend(include_dir(repo, &layouts).map(|d| format!("{INCLUDE_DIR}{d}")));
    plugins.sort();
    plugins.dedup();
    Site {
        generator: Generator::Hugo,
        dir: site_dir.to_string(),
        content,
        blog: Vec::new(),
        redirected: Vec::new(),
        plugins,
        fallback: Vec::new(),
        includes: Vec::new(),
        flat_urls: false,
        doc_slugs: Vec::new(),
    }
}

/// The languages a multilingual site serves below a URL prefix of their
/// own, each with the folder of its pages: every language but the default
/// one (`defaultContentLanguage`, `en` unless set), which is served at the
/// root unless `defaultContentLanguageInSubdir`. The prefix is the
/// language's key lower-cased, as Hugo reads its configuration's keys
/// (`[languages.zh-CN]` is served at `/zh-cn/`); its folder is its
/// `contentDir`, or a content mount's `lang`.
fn language_dirs(config: &serde_json::Value, site_dir: &str) -> Vec<(String, String)> {
    let Some(languages) = get(config, &["languages"]).and_then(|v| v.as_object()) else {
        return Vec::new();
    };
    if languages.len() < 2 {
        return Vec::new();
    }
    let default = get(config, &["defaultContentLanguage"])
        .and_then(|v| v.as_str())
        .unwrap_or("en")
        .to_lowercase();
    let in_subdir =
        get(config, &["defaultContentLanguageInSubdir"]).and_then(|v| v.as_bool()) == Some(true);
    let mounts: Vec<&serde_json::Value> = get(config, &["module", "mounts"])
        .and_then(|m| m.as_array())
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    let mut out = Vec::new();
    for (key, lang) in languages {
        let key = key.to_lowercase();
        if key == default && !in_subdir {
            continue;
        }
        let own = get(lang, &["contentDir"]).and_then(|v| v.as_str());
        let mounted = mounts.iter().find_map(|m| {
            let lang = get(m, &["lang"]).and_then(|v| v.as_str())?;
            let target = get(m, &["target"]).and_then(|v| v.as_str())?;
            (lang.to_lowercase() == key && target.trim_matches('/') == "content")
                .then(|| get(m, &["source"]).and_then(|v| v.as_str()))
                .flatten()
        });
        if let Some(dir) = own
            .or(mounted)
            .and_then(|d| join_relative(site_dir, d.trim_end_matches('/')))
        {
            out.push((key, dir));
        }
    }
    out
}

/// The page a root URL with a language's prefix names in that language's
/// pages (`/zh-cn/docs/reference/kueue.v1beta2/` is
/// `content/zh-CN/docs/reference/kueue.v1beta2.md`: survey 43c,
/// kubernetes-sigs/kueue), read as Hugo serves it: the page file, a
/// section's `_index.md` or a bundle's `index.md`, lower-cased unless
/// `disablePathToLower`. A prefix written in another case (`/zh-CN/`) is
/// not the one served.
fn language_page(repo: &RepoView, site: &Site, rooted: &str) -> Option<String> {
    let (prefix, rest) = rooted.split_once('/').unwrap_or((rooted, ""));
    let dir = site
        .plugins
        .iter()
        .filter_map(|p| p.strip_prefix(LANG)?.split_once('='))
        .find(|(key, _)| *key == prefix)?
        .1;
    let rest = rest.trim_end_matches('/');
    let keep_case = site.plugins.iter().any(|p| p == KEEP_CASE);
    if !keep_case && rest != rest.to_lowercase() {
        return None;
    }
    let base = join(dir, rest);
    let candidates = if rest.is_empty() {
        vec![join(dir, "_index.md"), join(dir, "index.md")]
    } else {
        vec![
            format!("{base}.md"),
            format!("{base}/_index.md"),
            format!("{base}/index.md"),
            base.clone(),
        ]
    };
    candidates.into_iter().find_map(|c| {
        let found = if keep_case {
            Some(c)
        } else {
            any_case(repo, &c)
        }?;
        (repo.stat(&found) == PathState::File).then_some(found)
    })
}

/// The site's configuration: `file`, merged with the files of
/// `config/_default/` (a file named after a key holds that key's table).
fn configuration(repo: &RepoView, file: &str, site_dir: &str) -> serde_json::Value {
    let mut config = parse(repo, file).unwrap_or(serde_json::Value::Null);
    let default = join(site_dir, "config/_default");
    for f in repo.files_under(&default) {
        if f == file {
            continue;
        }
        let Some(name) = f.strip_prefix(&format!("{default}/")) else {
            continue;
        };
        if name.contains('/') {
            continue;
        }
        let Some(value) = parse(repo, &f) else {
            continue;
        };
        let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
        let value = if matches!(stem, "hugo" | "config") {
            value
        } else {
            let mut m = serde_json::Map::new();
            m.insert(stem.to_string(), value);
            serde_json::Value::Object(m)
        };
        merge(&mut config, value);
    }
    if get(&config, &["module"]).is_none()
        && let Some(value) = module_template(repo, &default)
    {
        let mut m = serde_json::Map::new();
        m.insert("module".to_string(), value);
        merge(&mut config, serde_json::Value::Object(m));
    }
    config
}

/// The module configuration a build step renders from a template before
/// Hugo runs: `config/_default/module-template.yaml` (or `module_template`,
/// `module.template`), when the `module` file it becomes is ignored by git
/// (opentelemetry.io's `scripts/update-semconv-mounts.pl` writes
/// `module.yaml` from the template, which holds every mount: each
/// translation's `content/<lang>` and the English pages it falls back to;
/// survey 39c, 729 of 770 links judged false for want of them). A template
/// beside a tracked or not-ignored `module` file is not read.
fn module_template(repo: &RepoView, default: &str) -> Option<serde_json::Value> {
    ["yaml", "yml", "toml", "json"].iter().find_map(|ext| {
        let rendered = format!("{default}/module.{ext}");
        if repo.is_tracked(&rendered) || !repo.is_ignored(&rendered) {
            return None;
        }
        ["module-template", "module_template", "module.template"]
            .iter()
            .find_map(|stem| parse(repo, &format!("{default}/{stem}.{ext}")))
    })
}

/// Whether Hugo turns its embedded link render hook on by itself:
/// `useEmbedded` defaults to `auto`, which uses the hook on a multilingual
/// single-host site (two or more `languages`, none with a `baseURL` of its
/// own) that does not duplicate shared page resources
/// (`markup.goldmark.duplicateResourceFiles`, false by default since Hugo
/// 0.123). See <https://gohugo.io/configuration/markup/#renderhookslinkuseembedded>.
fn auto_hook(config: &serde_json::Value) -> bool {
    let link = get(config, &["markup", "goldmark", "renderHooks", "link"]);
    let setting = link
        .and_then(|l| get(l, &["useEmbedded"]))
        .and_then(|v| v.as_str());
    if setting.is_some_and(|v| v != "auto") {
        return false;
    }
    if get(config, &["markup", "goldmark", "duplicateResourceFiles"]).and_then(|v| v.as_bool())
        == Some(true)
    {
        return false;
    }
    let Some(languages) = get(config, &["languages"]).and_then(|v| v.as_object()) else {
        return false;
    };
    languages.len() >= 2
        && !languages
            .values()
            .any(|l| get(l, &["baseURL"]).is_some_and(|u| !u.is_null()))
}

/// A TOML, YAML or JSON configuration file as JSON.
fn parse(repo: &RepoView, file: &str) -> Option<serde_json::Value> {
    let text = repo.read_text(file)?;
    if file.ends_with(".toml") {
        let v: toml::Table = toml::from_str(&text).ok()?;
        serde_json::to_value(v).ok()
    } else if file.ends_with(".json") {
        serde_json::from_str(&text).ok()
    } else if file.ends_with(".yaml") || file.ends_with(".yml") {
        let docs = yaml_rust2::YamlLoader::load_from_str(&text).ok()?;
        docs.first().map(yaml_json)
    } else {
        None
    }
}

fn yaml_json(y: &yaml_rust2::Yaml) -> serde_json::Value {
    use serde_json::Value;
    use yaml_rust2::Yaml;
    match y {
        Yaml::String(s) | Yaml::Real(s) => Value::String(s.clone()),
        Yaml::Integer(i) => Value::from(*i),
        Yaml::Boolean(b) => Value::Bool(*b),
        Yaml::Array(a) => Value::Array(a.iter().map(yaml_json).collect()),
        Yaml::Hash(h) => Value::Object(
            h.iter()
                .filter_map(|(k, v)| Some((k.as_str()?.to_string(), yaml_json(v))))
                .collect(),
        ),
        _ => Value::Null,
    }
}

/// Merges `from` into `into`, tables key by key.
fn merge(into: &mut serde_json::Value, from: serde_json::Value) {
    match (into, from) {
        (serde_json::Value::Object(a), serde_json::Value::Object(b)) => {
            for (k, v) in b {
                match a.get_mut(&k) {
                    Some(old) => merge(old, v),
                    None => {
                        a.insert(k, v);
                    }
                }
            }
        }
        (slot, v) => *slot = v,
    }
}

/// The value at `keys`, each matched whatever its case (Hugo's keys are
/// case-insensitive).
fn get<'a>(v: &'a serde_json::Value, keys: &[&str]) -> Option<&'a serde_json::Value> {
    let mut cur = v;
    for k in keys {
        let obj = cur.as_object()?;
        cur = obj.get(*k).or_else(|| {
            obj.iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(k))
                .map(|(_, v)| v)
        })?;
    }
    Some(cur)
}

/// The site's link render hooks: `render-link*.html` in a `_markup/` folder
/// of its `layouts/` or of a theme's.
fn hook_files(repo: &RepoView, layouts: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for dir in layouts {
        for f in repo.files_under(dir) {
            let (parent, name) = f.rsplit_once('/').unwrap_or(("", &f));
            if name.starts_with("render-link")
                && name.ends_with(".html")
                && (parent.ends_with("/_markup") || parent == "_markup")
            {
                out.push(f.clone());
            }
        }
    }
    out
}

/// The words a render hook compares the link destination with
/// (`{{ if eq $u.String "g" }}`, `eq .Destination "g"`): keywords it turns
/// into links of its own.
fn hook_words(text: &str) -> Vec<String> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let Some(re) = RE
        .get_or_init(|| {
            regex::Regex::new(r#"\beq\s+(?:([$.][\w.$]*)\s+"([\w-]+)"|"([\w-]+)"\s+([$.][\w.$]*))"#)
                .ok()
        })
        .as_ref()
    else {
        return Vec::new();
    };
    re.captures_iter(text)
        .filter_map(|c| {
            let (operand, word) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
                (Some(o), Some(w), _, _) | (_, _, Some(w), Some(o)) => (o.as_str(), w.as_str()),
                _ => return None,
            };
            let o = operand.to_lowercase();
            let destination = o == "$u"
                || ["destination", "string", "dest", "url", "href", "path"]
                    .iter()
                    .any(|n| o.contains(n));
            destination.then(|| word.to_string())
        })
        .collect()
}

/// Whether a link is a keyword of its Hugo page's render hook (`[term](g)`).
pub fn hook_keyword(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    let w = r.written.as_str();
    if w.is_empty() || w.contains(['/', '.', '#', '?', ':']) {
        return false;
    }
    let want = format!("{HOOK_WORD}{w}");
    hugo_site(ctx.anchors.sites(ctx.repo), &doc.path).is_some_and(|s| s.plugins.contains(&want))
}

/// The page a Hugo site serves at the root route a link of one of its pages
/// names, when the route is also a folder of the repository: rclone's
/// pages link `/docs/#metadata`, the site's `docs/content/docs.md`, not
/// the `docs/README.md` GitHub would show below the folder `docs/`
/// (survey 51c, 104 findings). `Some(None)` when the site has no page
/// there (a route its layouts or aliases make: its anchors are unknown);
/// None when the link is not such a route (a page outside a Hugo site, a
/// relative link, a file with an extension).
pub fn route_page(ctx: &Context<'_>, doc_path: &str, written: &str) -> Option<Option<String>> {
    let site = hugo_site(ctx.anchors.sites(ctx.repo), doc_path)?;
    let path = written.split(['#', '?']).next().unwrap_or("");
    let route = path.strip_prefix('/').filter(|r| !r.starts_with('/'))?;
    let route = route.trim_end_matches('/');
    let last = route.rsplit('/').next().unwrap_or("");
    if last.contains('.') {
        return None;
    }
    let found = site.content.iter().find_map(|c| {
        let base = join(c, route);
        [
            format!("{base}.md"),
            join(&base, "_index.md"),
            join(&base, "index.md"),
        ]
        .into_iter()
        .find(|p| ctx.repo.stat(p) == PathState::File)
    });
    Some(found)
}

/// The page a relative link without an extension (`../#installation-requirements`,
/// `./#recommendation`) of a Hugo page names on a site without a link
/// render hook: the browser reads it from the page's URL, and a page `x.md`
/// is served at `x/`, so `../` from `deploy/install/install-with-helm.md` is
/// the section `deploy/install/_index.md` and `./` from `airgap.md` the page
/// itself, not the folder above or beside the file that GitHub's reading
/// gives (longhorn/website, survey s120c: 9 anchors judged false). None
/// outside a Hugo site, with a hook (`GetPage` reads from the page's
/// folder), for a page whose front matter moves its URL (`url:`, `slug:`) or
/// that a mount serves elsewhere, for a root link or one with an extension,
/// and when no page is served at that URL.
pub fn url_page(ctx: &Context<'_>, doc_path: &str, written: &str) -> Option<String> {
    let sites = ctx.anchors.sites(ctx.repo);
    let site = hugo_site(sites, doc_path)?;
    if site.plugins.iter().any(|p| p == HOOK) || mounted_page(sites, doc_path) {
        return None;
    }
    let path = written.split(['#', '?']).next().unwrap_or("");
    if path.is_empty()
        || path.starts_with('/')
        || path.contains("://")
        || super::site::names_extension(path)
    {
        return None;
    }
    let repo = ctx.repo;
    if ["url", "slug"]
        .iter()
        .any(|k| super::site::front_matter_value(repo, doc_path, k).is_some())
    {
        return None;
    }
    let (own, base) = url_target(site, doc_path, path)?;
    if !under(&own, &base) {
        return None;
    }
    let keep_case = site.plugins.iter().any(|p| p == KEEP_CASE);
    [
        format!("{base}.md"),
        format!("{base}/_index.md"),
        format!("{base}/index.md"),
    ]
    .iter()
    .filter_map(|c| {
        if keep_case {
            (repo.stat(c) == PathState::File).then(|| c.clone())
        } else {
            any_case(repo, c)
        }
    })
    .find(|found| repo.stat(found) == PathState::File)
}

/// Whether a Hugo site of `sites` serves `path`.
pub fn serves(sites: &[Site], path: &str) -> bool {
    hugo_site(sites, path).is_some()
}

/// Whether a Hugo site serves `path`.
pub fn is_page(ctx: &Context<'_>, path: &str) -> bool {
    hugo_site(ctx.anchors.sites(ctx.repo), path).is_some()
}

/// Whether `path` is a template of a Hugo site: a file of its `layouts/`
/// or of a `themes/<name>/layouts/` beside it (a shortcode or partial
/// written as Markdown, `layouts/_shortcodes/signal-support-table.md`),
/// which Hugo executes as a Go template before any Markdown is read.
pub fn is_template(ctx: &Context<'_>, path: &str) -> bool {
    ctx.anchors.sites(ctx.repo).iter().any(|s| {
        if s.generator != Generator::Hugo {
            return false;
        }
        if under(&join(&s.dir, "layouts"), path) {
            return true;
        }
        let themes = join(&s.dir, "themes");
        path.strip_prefix(themes.as_str())
            .and_then(|rest| rest.strip_prefix('/'))
            .and_then(|rest| rest.split_once('/'))
            .is_some_and(|(_, rest)| rest.starts_with("layouts/"))
    })
}

/// The Hugo site whose content holds `path`, if any.
fn hugo_site<'a>(sites: &'a [Site], path: &str) -> Option<&'a Site> {
    sites
        .iter()
        .find(|s| s.generator == Generator::Hugo && s.content.iter().any(|c| under(c, path)))
}

/// Whether `path` is a page of a folder that a Hugo site mounts inside its
/// content tree (`../geps` at `content/geps`: gateway-api's enhancement
/// proposals, survey 43c): Hugo renders it as a page of the site, at the
/// mount's place, so its root links are the site's URLs. A single file
/// mounted so (`../README.md`) is also the repository's front page, read on
/// GitHub first: not such a page.
pub fn mounted_page(sites: &[Site], path: &str) -> bool {
    sites
        .iter()
        .filter(|s| s.generator == Generator::Hugo)
        .flat_map(|s| &s.plugins)
        .filter_map(|p| p.strip_prefix(MOUNT)?.split_once('='))
        .any(|(_, source)| !source.is_empty() && under(source, path))
}

/// The page a relative link without an extension names, written in a page
/// of a folder mounted inside the content tree: the browser reads it from
/// the page's URL, which is the mount's place (jaegertracing/documentation
/// mounts `content/docs/v2` at `content/docs`, so
/// `content/docs/v2/2.0/deployment/_index.md` is served at
/// `/docs/2.0/deployment/`, and its `../../../download/` is `/download/`,
/// `content/download.md`: survey 43c, 22 findings judged false). The URL is
/// looked up in each mount inside the content tree, then in each content
/// root: a page file, a section's `_index.md` or a bundle's `index.md`.
fn mounted_page_link(repo: &RepoView, site: &Site, page: &str, path: &str) -> Option<String> {
    if path.starts_with('/') || super::site::names_extension(path) {
        return None;
    }
    let mounts: Vec<(&str, &str)> = site
        .plugins
        .iter()
        .filter_map(|p| p.strip_prefix(MOUNT)?.split_once('='))
        .collect();
    // The page's URL: the mount's place, then its path below the source.
    let (target, rel) = mounts
        .iter()
        .filter_map(|(target, source)| {
            let rest = page.strip_prefix(source)?.strip_prefix('/')?;
            (!source.is_empty()).then_some((*target, rest, source.len()))
        })
        .max_by_key(|(_, _, len)| *len)
        .map(|(target, rest, _)| (target, rest))?;
    let (dir, name) = rel.rsplit_once('/').unwrap_or(("", rel));
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let url_dir = if matches!(stem, "index" | "_index") {
        join(target, dir)
    } else {
        join(&join(target, dir), stem)
    };
    // A browser stops `..` at the site's root.
    let mut parts: Vec<&str> = url_dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in path.trim_end_matches('/').split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    let url = parts.join("/");
    let mut bases: Vec<String> = mounts
        .iter()
        .filter_map(|(target, source)| {
            if url == *target {
                Some(source.to_string())
            } else {
                let rest = url.strip_prefix(target)?.strip_prefix('/')?;
                Some(join(source, rest))
            }
        })
        .collect();
    bases.extend(site.content.iter().map(|c| join(c, &url)));
    bases.iter().find_map(|base| {
        [
            format!("{base}.md"),
            format!("{base}/_index.md"),
            format!("{base}/index.md"),
        ]
        .iter()
        .filter_map(|c| any_case(repo, c))
        .find(|found| repo.stat(found) == PathState::File)
    })
}

/// The sections whose `permalinks` pattern is `/:sections/:slug/` or
/// `/:sections/:title/` (top level, or under `page`), as [`PERMALINK`]
/// entries: `docs=slug` for `[permalinks] docs = "/:sections/:slug/"`.
fn slug_permalinks(config: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    for table in [
        get(config, &["permalinks"]),
        get(config, &["permalinks", "page"]),
    ] {
        let Some(table) = table.and_then(|t| t.as_object()) else {
            continue;
        };
        for (section, pattern) in table {
            let Some(pattern) = pattern.as_str() else {
                continue;
            };
            let kind = match pattern.trim_matches('/') {
                ":sections/:slug" => "slug",
                ":sections/:title" => "title",
                _ => continue,
            };
            if !section.is_empty() && !section.contains('/') {
                out.push(format!("{PERMALINK}{section}={kind}"));
            }
        }
    }
    out
}

/// Each section's `permalinks` pattern for its pages (top level, or under
/// `page`), as [`PATTERN`] entries.
fn permalink_patterns(config: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    for table in [
        get(config, &["permalinks"]),
        get(config, &["permalinks", "page"]),
    ] {
        let Some(table) = table.and_then(|t| t.as_object()) else {
            continue;
        };
        for (section, pattern) in table {
            if let Some(pattern) = pattern.as_str()
                && !section.is_empty()
                && !section.contains(['/', '='])
            {
                out.push(format!("{PATTERN}{section}={pattern}"));
            }
        }
    }
    out
}

/// The file a root link of a Hugo page names among the resources of the
/// page's own bundle, linked at the URL Hugo publishes them at: a leaf
/// bundle's (`index.md`) files beside it at the page's URL, a branch
/// bundle's (`_index.md`) at its section's, also from the other pages of
/// that section. The URL is the front matter's `url:`, else the section's
/// `permalinks` pattern filled in from the bundle page's front matter
/// (`/:section/:year/:month/:day/:slug/`: `date:` and `slug:`), else its
/// folder below the content root, lower-cased unless `disablePathToLower`,
/// after a language's prefix (kubernetes/contributor-site's
/// `/blog/2023/03/01/introducing-kwok/kwok.svg` in
/// `blog/2023/2023-03-01-introducing-kwok/index.md`, tektoncd/website's
/// `/docs/concepts/concept-runs.png` in `docs/Concepts/concept-model.md`:
/// survey s126d, 3 findings judged false). A file the bundle lacks, a URL
/// that is not the bundle's and a pattern with a token not read here name
/// nothing.
fn bundle_resource(repo: &RepoView, site: &Site, page: &str, rooted: &str) -> Option<String> {
    let rooted = rooted.trim_end_matches('/');
    if !super::site::names_extension(rooted) || rooted.ends_with(".md") {
        return None;
    }
    let (dir, name) = page.rsplit_once('/')?;
    let bundle = if matches!(name, "index.md" | "_index.md") {
        page.to_string()
    } else {
        join(dir, "_index.md")
    };
    if repo.stat(&bundle) != PathState::File {
        return None;
    }
    bundle_urls(repo, site, &bundle)
        .into_iter()
        .find_map(|url| {
            let rest = if url.is_empty() {
                rooted
            } else {
                rooted.strip_prefix(url.as_str())?.strip_prefix('/')?
            };
            let file = join_relative(dir, rest)?;
            (repo.stat(&file) == PathState::File).then_some(file)
        })
}

/// The URLs (without the leading and trailing `/`) Hugo may publish the
/// bundle page `bundle` (an `index.md` or `_index.md`) at: see
/// [`bundle_resource`]. Empty for a pattern with a token not read here.
fn bundle_urls(repo: &RepoView, site: &Site, bundle: &str) -> Vec<String> {
    let Some(own) = site.content.iter().find(|c| under(c, bundle)) else {
        return Vec::new();
    };
    let rel = bundle
        .strip_prefix(own.as_str())
        .unwrap_or(bundle)
        .trim_start_matches('/');
    let rel_dir = rel.rsplit_once('/').map_or("", |(d, _)| d);
    let keep_case = site.plugins.iter().any(|p| p == KEEP_CASE);
    let lower = |s: String| if keep_case { s } else { s.to_lowercase() };
    let prefix = site
        .plugins
        .iter()
        .filter_map(|p| p.strip_prefix(LANG)?.split_once('='))
        .find(|(_, d)| *d == own.as_str())
        .map(|(key, _)| key.to_string());
    let with_prefix = |url: String| match &prefix {
        Some(p) if url.is_empty() => p.clone(),
        Some(p) => format!("{p}/{url}"),
        None => url,
    };
    let value = |key: &str| super::site::front_matter_value(repo, bundle, key);
    if let Some(url) = value("url") {
        let url = url.trim_matches('/').to_string();
        return vec![url.clone(), with_prefix(url)];
    }
    let section = rel_dir.split('/').next().unwrap_or("");
    let pattern = (rel.ends_with("/index.md") && !section.is_empty())
        .then(|| {
            site.plugins.iter().find_map(|p| {
                let (s, pat) = p.strip_prefix(PATTERN)?.split_once('=')?;
                (s == section).then_some(pat)
            })
        })
        .flatten();
    let Some(pattern) = pattern else {
        return vec![with_prefix(lower(rel_dir.to_string()))];
    };
    let folder = rel_dir.rsplit('/').next().unwrap_or("");
    let date = value("date").unwrap_or_default();
    let date = date.get(..10).filter(|d| {
        d.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
    });
    let title = value("title").map(|t| urlize(&t));
    let slug = value("slug").or_else(|| title.clone());
    let token = |t: &str| -> Option<String> {
        Some(match t {
            "year" => date?[..4].to_string(),
            "month" => date?[5..7].to_string(),
            "day" => date?[8..10].to_string(),
            "section" => section.to_string(),
            "slug" => slug.clone()?,
            "title" => title.clone()?,
            "filename" | "contentbasename" => folder.to_string(),
            "slugorfilename" | "slugorcontentbasename" => {
                value("slug").unwrap_or_else(|| folder.to_string())
            }
            _ => return None,
        })
    };
    let mut url = String::new();
    let mut rest = pattern;
    while let Some(at) = rest.find(':') {
        url.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let len = after
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(after.len());
        let Some(v) = token(&after[..len]) else {
            return Vec::new();
        };
        url.push_str(&v);
        rest = &after[len..];
    }
    url.push_str(rest);
    vec![with_prefix(lower(url.trim_matches('/').to_string()))]
}

/// Hugo's `urlize` of a title, as its path sanitizer writes it:
/// lower-cased, letters, digits and `._-~+@` kept (accented letters too:
/// `Beispiele für Kennzahlen` is `beispiele-für-kennzahlen`), other marks
/// dropped, and white space one `-` before the next kept character unless
/// one stands there (`Tipps, Tricks & FAQ` is `tipps-tricks-faq`).
fn urlize(title: &str) -> String {
    let mut out = String::new();
    let mut hyphen = false;
    let mut was_hyphen = false;
    for c in title.trim().chars() {
        if c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '~' | '+' | '@') {
            was_hyphen = c == '-';
            if hyphen && !was_hyphen {
                out.push('-');
            }
            hyphen = false;
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !was_hyphen && c.is_whitespace() {
            hyphen = true;
        }
    }
    out
}

/// The content folder of the Hugo page `page` and the path its relative
/// URL link `path` reaches, read from the page's URL (`x.md` is `x/`, a
/// bundle's `index.md` and a section's `_index.md` their folder's), as a
/// browser reads it.
fn url_target(site: &Site, page: &str, path: &str) -> Option<(String, String)> {
    let own = site.content.iter().find(|c| under(c, page))?;
    let (dir, name) = page.rsplit_once('/').unwrap_or(("", page));
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let url_dir = if matches!(stem, "index" | "_index") {
        dir.to_string()
    } else {
        join(dir, stem)
    };
    let base = join_relative(&url_dir, path.trim_end_matches('/'))?;
    Some((own.clone(), base))
}

/// The page a relative URL link (`managementbewertung/`, no extension) of a
/// Hugo page names in a section whose `permalinks` serve each page at its
/// slug (`/:sections/:slug/`: front matter `slug:`, else the title
/// urlized; `/:sections/:title/`: the title): a page of the folder the URL
/// reaches whose slug is the URL's last segment (eliza-swiss/eliza-docs'
/// `[Einführung](einführung/)` in `content/docs/api/_index.md` for
/// `01-einfuehrung.md`, titled `Einführung`: survey 76c). A page is read
/// from its URL, a section's `_index.md` from its folder's.
fn slug_permalink_page(repo: &RepoView, site: &Site, page: &str, path: &str) -> Option<String> {
    if path.starts_with('/') || super::site::names_extension(path) {
        return None;
    }
    let (own, base) = url_target(site, page, path)?;
    let (parent, last) = base.rsplit_once('/')?;
    let rel = parent.strip_prefix(own.as_str())?.trim_start_matches('/');
    let section = rel.split('/').next().filter(|s| !s.is_empty())?;
    let kind = site.plugins.iter().find_map(|p| {
        let (s, k) = p.strip_prefix(PERMALINK)?.split_once('=')?;
        (s == section).then_some(k)
    })?;
    repo.children(parent).iter().find_map(|child| {
        let file = if child.ends_with(".md") {
            if matches!(child.as_str(), "_index.md" | "index.md") {
                return None;
            }
            join(parent, child)
        } else {
            join(&join(parent, child), "index.md")
        };
        if repo.stat(&file) != PathState::File
            || super::site::front_matter_value(repo, &file, "url").is_some()
        {
            return None;
        }
        let slug = (kind == "slug")
            .then(|| super::site::front_matter_value(repo, &file, "slug"))
            .flatten()
            .or_else(|| super::site::front_matter_value(repo, &file, "title"))?;
        (urlize(&slug) == last.to_lowercase()).then_some(file)
    })
}

/// The page a relative URL link (`../codeowners`, no extension) of a Hugo
/// page names when Hugo's lower-cased URLs are read back to file names: a
/// page is served at its path lower-cased (`community/CODEOWNERS.md` at
/// `community/codeowners/`; survey 43c, envoyproxy/gateway), read from the
/// page's URL (`x.md` is `x/`, a bundle's `index.md` and a section's
/// `_index.md` their folder's), as a browser reads it. Nothing with
/// `disablePathToLower`, which keeps the names' case.
fn lowered_url_page(repo: &RepoView, site: &Site, page: &str, path: &str) -> Option<String> {
    if path.starts_with('/')
        || super::site::names_extension(path)
        || site.plugins.iter().any(|p| p == KEEP_CASE)
    {
        return None;
    }
    let (own, base) = url_target(site, page, path)?;
    if !under(&own, &base) {
        return None;
    }
    [
        format!("{base}.md"),
        format!("{base}/_index.md"),
        format!("{base}/index.md"),
    ]
    .iter()
    .filter_map(|c| any_case(repo, c))
    .find(|found| repo.stat(found) == PathState::File)
}

/// A link `w` of the Hugo page `page` read the Hugo way: a root link of a
/// file in `static/` (served at the root), a page link of a site whose pages
/// come from several mounts (one tree: a page of one mount links the pages
/// of the others), and, with a link render hook, as the hook reads it (see
/// the module documentation).
pub fn reading(ctx: &Context<'_>, site: &Site, page: &str, w: &str) -> Option<String> {
    let repo = ctx.repo;
    let path = w.split(['#', '?']).next().unwrap_or("");
    if path.is_empty() || path.starts_with("//") || path.contains("://") {
        return None;
    }
    if let Some(rooted) = path.strip_prefix('/') {
        let found = site
            .plugins
            .iter()
            .filter_map(|p| p.strip_prefix(STATIC))
            .filter_map(|d| join_relative(d, rooted.trim_end_matches('/')))
            .chain(site.plugins.iter().filter_map(|p| {
                let (url, dir) = p.strip_prefix(STATIC_AT)?.split_once('=')?;
                let rest = rooted.strip_prefix(url)?.strip_prefix('/')?;
                join_relative(dir, rest.trim_end_matches('/'))
            }))
            .find(|p| repo.stat(p) == PathState::File);
        if found.is_some() {
            return found;
        }
        if let Some(found) = language_page(repo, site, rooted) {
            return Some(found);
        }
        if let Some(found) = bundle_resource(repo, site, page, rooted) {
            return Some(found);
        }
    }
    if let Some(found) = mounted_file(ctx, site, page, path) {
        return Some(found);
    }
    if let Some(found) = mounted_page_link(repo, site, page, path) {
        return Some(found);
    }
    if site.plugins.iter().any(|p| p == MOUNTED)
        && let Some(own) = site.content.iter().find(|c| under(c, page))
        && let Some(rel) = page.strip_prefix(own.as_str())
    {
        let found = site
            .content
            .iter()
            .filter(|c| *c != own)
            .find_map(|c| super::references::site_reading_at(ctx, &format!("{c}{rel}"), w));
        if found.is_some() {
            return found;
        }
    }
    if let Some(found) = slug_permalink_page(repo, site, page, path) {
        return Some(found);
    }
    if !site.plugins.iter().any(|p| p == HOOK) {
        return lowered_url_page(repo, site, page, path);
    }
    // `GetPage` reads a relative path from a leaf bundle's (`x/index.md`)
    // containing folder, from a section's (`x/_index.md`) own folder.
    let (page_dir, name) = page.rsplit_once('/').unwrap_or(("", page));
    let base_dir = if name.starts_with("index.") {
        page_dir.rsplit_once('/').map_or("", |(d, _)| d)
    } else {
        page_dir
    };
    find_page(repo, site, base_dir, path).or_else(|| {
        // A global resource (`resources.Get`), from `assets/`.
        let rel = path.trim_start_matches('/').trim_end_matches('/');
        join_relative(&join(&site.dir, "assets"), rel).and_then(|p| any_case(repo, &p))
    })
}

/// The source of a file or folder mounted inside the content tree that a
/// link names: from the site's root, from the page's folder, or from its URL
/// (a page `x.md` is served at `x/`).
fn mounted_file(ctx: &Context<'_>, site: &Site, page: &str, path: &str) -> Option<String> {
    let mounts: Vec<(&str, &str)> = site
        .plugins
        .iter()
        .filter_map(|p| p.strip_prefix(MOUNT)?.split_once('='))
        .collect();
    if mounts.is_empty() {
        return None;
    }
    let own = site.content.iter().find(|c| under(c, page))?;
    let rel_page = page.strip_prefix(own.as_str())?.trim_start_matches('/');
    let rel = path.trim_end_matches('/');
    let mut wanted = Vec::new();
    match rel.strip_prefix('/') {
        Some(rooted) => wanted.extend(join_relative("", rooted)),
        None => {
            let (dir, name) = rel_page.rsplit_once('/').unwrap_or(("", rel_page));
            wanted.extend(join_relative(dir, rel));
            let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
            if !matches!(stem, "index" | "_index") {
                wanted.extend(join_relative(&join(dir, stem), rel));
            }
        }
    }
    wanted.iter().find_map(|w| {
        mounts.iter().find_map(|(target, source)| {
            let found = if w == target {
                source.to_string()
            } else {
                let rest = w.strip_prefix(target)?.strip_prefix('/')?;
                join(source, rest)
            };
            (!matches!(
                ctx.repo.stat(&found),
                PathState::Missing | PathState::Outside
            ))
            .then_some(found)
        })
    })
}

/// The paths, without a page file's extension, that a `GetPage` path names
/// from a page in `page_dir` (see [`find_page`]), inside the content tree.
fn page_bases(site: &Site, page_dir: &str, path: &str) -> Vec<String> {
    let rel = path.trim_end_matches('/');
    let one_tree = site.plugins.iter().any(|p| p == MOUNTED);
    let roots: Vec<&String> = site
        .content
        .iter()
        .filter(|c| one_tree || under(c, page_dir) || *c == page_dir)
        .collect();
    let mut bases = Vec::new();
    match rel.strip_prefix('/') {
        Some(rooted) => {
            bases.extend(roots.iter().filter_map(|c| join_relative(c, rooted)));
        }
        None => {
            bases.extend(join_relative(page_dir, rel));
            if !rel.starts_with("./") && !rel.starts_with("../") {
                bases.extend(roots.iter().filter_map(|c| join_relative(c, rel)));
            }
        }
    }
    bases.retain(|base| {
        !base.is_empty() && site.content.iter().any(|c| under(c, base) || c == base)
    });
    bases
}

/// Whether a link of a Hugo page with a link render hook names, read as the
/// hook reads it (from the page's folder, then from the content root), a
/// Markdown page of the content tree that git ignores by name: a page a
/// build step writes into the tree before Hugo runs (fluxcd/website's
/// `hack/import-flux2-assets.sh` fetches each controller's API reference to
/// `content/en/flux/components/source/gitrepositories.md`, listed in that
/// folder's `.gitignore`, and the CLI reference to `content/en/flux/cmd/`;
/// survey 32c: 35 links). Readers of the site have the page, and the hook
/// links it. Without a hook, or to a page git does not ignore, the link is
/// judged.
pub fn generated_page(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    let Some(site) = hugo_site(ctx.anchors.sites(ctx.repo), &doc.path) else {
        return false;
    };
    if !site.plugins.iter().any(|p| p == HOOK) {
        return false;
    }
    let path = r.written.split(['#', '?']).next().unwrap_or("");
    if path.is_empty() || path.starts_with("//") || path.contains("://") {
        return false;
    }
    let (page_dir, name) = doc.path.rsplit_once('/').unwrap_or(("", &doc.path));
    let base_dir = if name.starts_with("index.") {
        page_dir.rsplit_once('/').map_or("", |(d, _)| d)
    } else {
        page_dir
    };
    let repo = ctx.repo;
    page_bases(site, base_dir, path).iter().any(|base| {
        let candidates = if base.ends_with(".md") {
            vec![base.clone()]
        } else {
            vec![
                format!("{base}.md"),
                format!("{base}/_index.md"),
                format!("{base}/index.md"),
            ]
        };
        candidates
            .iter()
            .any(|c| repo.stat(c) != PathState::File && repo.is_ignored(c))
    })
}

/// The page (or file) a `GetPage` path names from a page in `page_dir`:
/// from that folder unless the path starts with `/`, then from the content
/// root (the page's own: each language's `contentDir` is a site of its own;
/// every mount when the site's pages come from several); a page file, a
/// section's `_index.md` or a bundle's `index.md`.
fn find_page(repo: &RepoView, site: &Site, page_dir: &str, path: &str) -> Option<String> {
    for base in page_bases(site, page_dir, path) {
        for candidate in [
            format!("{base}.md"),
            format!("{base}/_index.md"),
            format!("{base}/index.md"),
            format!("{base}.markdown"),
            format!("{base}.html"),
            base.clone(),
        ] {
            if let Some(found) = any_case(repo, &candidate)
                && repo.stat(&found) == PathState::File
            {
                return Some(found);
            }
        }
    }
    None
}

/// The texts a Hugo page renders besides its own, for its anchors: the page
/// with its includes expanded and its definition terms made headings (when
/// either applies), and, for a file that pages include, each of those pages
/// so expanded; and whether a shortcode it calls makes ids (then any anchor
/// may exist).
pub fn rendered(repo: &RepoView, sites: &[Site], path: &str, text: &str) -> (Vec<String>, bool) {
    let Some(site) = hugo_site(sites, path) else {
        return (Vec::new(), false);
    };
    let generated = (text.contains("{{")
        && site.plugins.iter().any(|p| {
            p.strip_prefix(ID_SHORTCODE)
                .is_some_and(|name| calls_shortcode(text, name))
        }))
        || page_type(text).is_some_and(|kind| {
            site.plugins
                .iter()
                .any(|p| p.strip_prefix(ID_LAYOUT) == Some(kind.as_str()))
        });
    let terms = site.plugins.iter().any(|p| p == TERM_IDS);
    let mut out = Vec::new();
    if text.contains("include") || (terms && text.contains("\n:")) {
        out.push(expand(repo, Some(site), path, text, terms, 0));
    }
    let first = site
        .includes
        .partition_point(|(inc, _)| inc.as_str() < path);
    for (_, page) in site.includes[first..]
        .iter()
        .take_while(|(inc, _)| inc == path)
        .take(20)
    {
        if let Some(bytes) = repo.read(page) {
            let t = String::from_utf8_lossy(&bytes);
            out.push(expand(repo, Some(site), page, &t, terms, 0));
        }
    }
    (out, generated)
}

/// `text` with each definition term (a paragraph line over `: definition`)
/// made a heading, for the ids a renderer gives terms as it gives headings
/// (mdBook's `<dt>`: see `site_mdbook::rendered`).
pub fn terms_as_headings(repo: &RepoView, path: &str, text: &str) -> String {
    expand(repo, None, path, text, true, 0)
}

/// `text` (of the page at `path`) as Hugo renders it, for its ids: each
/// include shortcode replaced by the included file (so expanded in turn, a
/// few levels deep; only with the Hugo `site`), and, with `terms`, each
/// definition term made a heading.
fn expand(
    repo: &RepoView,
    site: Option<&Site>,
    path: &str,
    text: &str,
    terms: bool,
    depth: usize,
) -> String {
    let body = without_front_matter(text);
    let page_dir = path.rsplit_once('/').map_or("", |(d, _)| d);
    let mut out: Vec<String> = Vec::new();
    let mut fence: Option<(char, usize)> = None;
    // The current paragraph's lines (indices into `out`), the state after a
    // definition (`: …`), and whether a blank line came since.
    let mut para: Vec<usize> = Vec::new();
    let mut in_def = false;
    let mut blank = false;
    for line in body.lines() {
        let t = line.trim_start();
        let indent = line.len() - t.len();
        if let Some((c, n)) = fence {
            let run = t.chars().take_while(|&x| x == c).count();
            if run >= n && t[run..].trim().is_empty() {
                fence = None;
            }
            out.push(line.to_string());
            continue;
        }
        let first = t.chars().next();
        if let Some(c @ ('`' | '~')) = first {
            let run = t.chars().take_while(|&x| x == c).count();
            if run >= 3 {
                fence = Some((c, run));
                para.clear();
                in_def = false;
                out.push(line.to_string());
                continue;
            }
        }
        if t.is_empty() {
            blank = true;
            out.push(String::new());
            continue;
        }
        if let Some(site) = site
            && let Some(arg) = include_arg(t)
        {
            let included = (depth < 3)
                .then(|| include_path(repo, site, page_dir, &arg))
                .flatten()
                .and_then(|p| {
                    let bytes = repo.read(&p)?;
                    Some(expand(
                        repo,
                        Some(site),
                        &p,
                        &String::from_utf8_lossy(&bytes),
                        terms,
                        depth + 1,
                    ))
                });
            out.push(String::new());
            out.extend(included.iter().flat_map(|t| t.lines().map(str::to_string)));
            out.push(String::new());
            para.clear();
            in_def = false;
            blank = true;
            continue;
        }
        if terms && (t.starts_with(": ") || t.starts_with(":\t")) {
            if !para.is_empty() {
                for &i in &para {
                    let term = out[i].trim().to_string();
                    out[i] = format!("###### {term}");
                }
            }
            para.clear();
            in_def = true;
            blank = false;
            out.push(line.to_string());
            continue;
        }
        if in_def && (!blank || indent > 0) {
            // The definition goes on.
            blank = false;
            out.push(line.to_string());
            continue;
        }
        in_def = false;
        if blank {
            para.clear();
        }
        blank = false;
        let structural = t.starts_with(['#', '|', '<', '>', '{'])
            || ((t.starts_with(['-', '*', '+'])) && t[1..].starts_with([' ', '\t']))
            || t.bytes().take_while(u8::is_ascii_digit).count() > 0
                && t.trim_start_matches(|c: char| c.is_ascii_digit())
                    .starts_with(['.', ')']);
        if structural {
            para.clear();
        } else {
            para.push(out.len());
        }
        out.push(line.to_string());
    }
    out.join("\n")
}

/// A text without its YAML (`---`) or TOML (`+++`) front matter.
fn without_front_matter(text: &str) -> &str {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    for delim in ["---", "+++"] {
        let Some(rest) = body.strip_prefix(delim) else {
            continue;
        };
        if !rest.starts_with(['\n', '\r']) {
            continue;
        }
        let mut off = 0;
        for line in rest.split_inclusive('\n') {
            off += line.len();
            if off > line.len() && line.trim_end() == delim {
                return &rest[off..];
            }
        }
    }
    body
}

/// The path argument of an include shortcode starting a line
/// (`{{% include "/_common/x.md" %}}`, `{{< include path="x" >}}`).
fn include_arg(t: &str) -> Option<String> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let re = RE
        .get_or_init(|| {
            regex::Regex::new(
                r#"^\{\{[%<]-?\s*include\s+(?:(?:path|file)\s*=\s*)?["'`]?([^"'`\s%>}]+)"#,
            )
            .ok()
        })
        .as_ref()?;
    re.captures(t).map(|c| c[1].to_string())
}

/// The file an include shortcode's path names (a `GetPage` path); where the
/// site's template puts a folder before a plain path (see [`include_dir`]),
/// that folder's file from the page's folder up to the content root, the
/// nearest first.
fn include_path(repo: &RepoView, site: &Site, page_dir: &str, arg: &str) -> Option<String> {
    let folder = site
        .plugins
        .iter()
        .find_map(|p| p.strip_prefix(INCLUDE_DIR));
    let Some(folder) = folder.filter(|_| !arg.starts_with(['/', '.'])) else {
        return find_page(repo, site, page_dir, arg);
    };
    let rel = format!("{folder}/{arg}");
    let mut dir = page_dir;
    loop {
        let found = join_relative(dir, &rel).and_then(|base| {
            [base.clone(), format!("{base}.md")]
                .into_iter()
                .find_map(|c| any_case(repo, &c).filter(|f| repo.stat(f) == PathState::File))
        });
        if found.is_some() {
            return found;
        }
        if !site.content.iter().any(|c| under(c, dir) && c != dir) {
            return None;
        }
        dir = dir.rsplit_once('/').map_or("", |(d, _)| d);
    }
}

/// The Hugo sites' includes: each file a page includes with an include
/// shortcode, and that page, sorted (see [`Site::includes`]).
pub fn includes(repo: &RepoView, site: &Site) -> Vec<(String, String)> {
    if site.generator != Generator::Hugo {
        return Vec::new();
    }
    super::site::included_by_pages(repo, site, "include", |_content, page, text| {
        let page_dir = page.rsplit_once('/').map_or("", |(d, _)| d);
        let mut found = Vec::new();
        for line in super::site::outside_fences(text) {
            let t = line.trim_start();
            if let Some(file) =
                include_arg(t).and_then(|arg| include_path(repo, site, page_dir, &arg))
            {
                found.push(file);
            }
        }
        found
    })
}

/// The tracked file or folder at `path` whatever the (ASCII) case of its
/// names, the exact one first; None when several match.
fn any_case(repo: &RepoView, path: &str) -> Option<String> {
    if !matches!(repo.stat(path), PathState::Missing | PathState::Outside) {
        return Some(path.to_string());
    }
    let mut found = String::new();
    for part in path.split('/') {
        let children = repo.children(&found);
        let name = if children.iter().any(|c| c == part) {
            part
        } else {
            let mut same = children.iter().filter(|c| c.eq_ignore_ascii_case(part));
            let name = same.next()?;
            if same.next().is_some() {
                return None;
            }
            name.as_str()
        };
        found = join(&found, name);
    }
    (!found.is_empty()).then_some(found)
}

fn join(dir: &str, sub: &str) -> String {
    match (dir.is_empty(), sub.is_empty()) {
        (true, _) => sub.to_string(),
        (false, true) => dir.to_string(),
        (false, false) => format!("{dir}/{sub}"),
    }
}

fn under(dir: &str, path: &str) -> bool {
    dir.is_empty()
        || path
            .strip_prefix(dir)
            .is_some_and(|rest| rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hook_words_are_compared_with_the_destination() {
        let hook = r#"{{- if eq $u.String "g" }}{{ else if eq $errorLevel "warning" }}{{ if eq "kw" .Destination }}"#;
        assert_eq!(hook_words(hook), vec!["g".to_string(), "kw".to_string()]);
    }

    #[test]
    fn include_arguments() {
        assert_eq!(
            include_arg(r#"{{% include "/_common/x.md" %}}"#).as_deref(),
            Some("/_common/x.md")
        );
        assert_eq!(
            include_arg(r#"{{< include path="a/b" >}}"#).as_deref(),
            Some("a/b")
        );
        assert_eq!(include_arg(r#"{{%/* include "x" */%}}"#), None);
    }

    #[test]
    fn front_matter_is_dropped() {
        assert_eq!(without_front_matter("---\na: 1\n---\n# T\n"), "# T\n");
        assert_eq!(without_front_matter("+++\na = 1\n+++\n# T\n"), "# T\n");
        assert_eq!(without_front_matter("# T\n---\n"), "# T\n---\n");
    }
}
