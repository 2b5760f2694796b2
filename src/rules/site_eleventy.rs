//! Eleventy (11ty) sites: a configuration file (`eleventy.config.js`,
//! `.mjs`, `.cjs`, `.ts`, or the older `.eleventy.js`) whose folder is the
//! project, its templates in the input folder (`dir: { input: "src" }` or
//! `setInputDirectory("src")`, else the project folder itself:
//! <https://www.11ty.dev/docs/config/#input-directory>). The configuration
//! is read with the local modules it imports (`./config/feedPlugin.js`).
//!
//! Links of a page of the input folder are read the ways Eleventy serves
//! them (11ty/11ty-website: 77 links read from the repository root):
//!
//! - **Input paths**: with the InputPathToUrl transform
//!   (`addPlugin(InputPathToUrlTransformPlugin)`), a link may name a
//!   template by its file, from the input folder (`/docs/config.md` and
//!   `docs/config.md` are `src/docs/config.md`), from the page's folder or
//!   from the project folder (<https://www.11ty.dev/docs/plugins/inputpath-to-url/>).
//!   Without the plugin such a link is left as written, a 404 on the site,
//!   and is judged.
//! - **Copied files**: a root URL names the file that a passthrough copy
//!   (`addPassthroughCopy("src/img")`, `"src/blog/*.png"`, or
//!   `{ "src/js/*.js": "js/" }`) publishes there: a copy of a folder of the
//!   input folder is served without the input folder's name
//!   (`/img/possum.jpg` is `src/img/possum.jpg`). With Eleventy Image's HTML
//!   transform (`eleventyImageTransformPlugin`), an image's root URL is read
//!   from the input folder (`/blog/six-million.jpg`), as the transform reads
//!   it.
//! - **Built files**: a root URL that a plugin of the configuration writes
//!   (`outputPath: "/blog/feed.xml"`: the RSS plugin's feeds) is a file of
//!   the built site.
//! - **Home and folder pages**: a root URL of a folder (`/`, `/docs/`) is
//!   the folder's index template in the input folder (`src/index.webc`), so
//!   its anchor (`/#why-should-you-use-eleventy`) is that page's, not the
//!   repository README's; a template that is not Markdown is not read for
//!   anchors.
//!
//! - **Page URLs**: Eleventy writes `a/b.md` to `/a/b/`, so a relative link
//!   without a file extension is also read from that folder URL
//!   (`getting-started/` in `tools/slack.md` is
//!   `tools/slack/getting-started.md`), unless the page sets its own
//!   `permalink:` (survey 32c, 18F's handbook).
//!
//! Heading ids are Eleventy's `slugify` filter's with the IdAttributePlugin,
//! or when markdown-it-anchor is given the filter
//! (`slugify: config.getFilter("slugify")`); a possessive loses its
//! apostrophe there (`people's` is `peoples`).
//!
//! A link that none of these explain (`/docs/missing.md`, an image the input
//! folder does not hold) is still reported.

use crate::document::Document;
use crate::source::{RepoView, join_relative};

use super::Context;
use super::references::{RefKind, Reference};
use super::site::{Generator, Site, join, under};

/// The names of Eleventy's configuration file.
const CONFIG_NAMES: &[&str] = &[
    "eleventy.config.js",
    "eleventy.config.mjs",
    "eleventy.config.cjs",
    "eleventy.config.ts",
    "eleventy.config.mts",
    "eleventy.config.cts",
    ".eleventy.js",
    ".eleventy.cjs",
    ".eleventy.mjs",
];

/// The extensions of Eleventy's template languages (the default
/// `templateFormats` and the common plugins'), for a folder's index page.
const TEMPLATE_EXTENSIONS: &[&str] = &[
    "md", "njk", "html", "liquid", "11ty.js", "11ty.cjs", "11ty.mjs", "webc", "hbs", "ejs",
    "mustache", "haml", "pug", "jsx", "tsx", "11ty.ts",
];

/// What [`Site::plugins`] holds for an Eleventy site: `inputpath-to-url`,
/// `image-transform`, `output:<root URL>` for each built file and
/// `passthrough:<source>=><URL folder or file>` for each passthrough copy.
const INPUT_PATH: &str = "inputpath-to-url";
const IMAGE: &str = "image-transform";
/// Eleventy's IdAttributePlugin: the ids of headings are Eleventy's
/// `slugify` filter's (`@sindresorhus/slugify`).
const IDS: &str = "id-attribute";

/// Whether `name` is an Eleventy configuration file's name.
pub fn is_config(name: &str) -> bool {
    CONFIG_NAMES.contains(&name)
}

/// The Eleventy site configured by `file` in `dir`, if `file` is an
/// Eleventy configuration file.
pub fn site(repo: &RepoView, file: &str, dir: &str) -> Option<Site> {
    let name = file.rsplit('/').next().unwrap_or(file);
    if !is_config(name) {
        return None;
    }
    let read = |p: &str| repo.read_text(p);
    let main = read(file)?;
    // The configuration and the local modules it imports (`./config/x.js`).
    let mut texts = vec![main.clone()];
    for spec in local_imports(&main) {
        let Some(base) = join_relative(dir, &spec) else {
            continue;
        };
        let found = ["", ".js", ".mjs", ".cjs", ".ts", "/index.js"]
            .iter()
            .find_map(|ext| read(&format!("{base}{ext}")).filter(|_| !base.is_empty()));
        if let Some(t) = found {
            texts.push(t);
        }
    }
    let input = input_dir(&main)
        .and_then(|i| join_relative(dir, &i))
        .unwrap_or_else(|| dir.to_string());
    let all = without_comments(&texts.join("\n"));
    let mut plugins = Vec::new();
    if adds_plugin(&all, "InputPathToUrlTransformPlugin") {
        plugins.push(INPUT_PATH.to_string());
    }
    if adds_plugin(&all, "eleventyImageTransformPlugin") {
        plugins.push(IMAGE.to_string());
    }
    // The IdAttributePlugin, or markdown-it-anchor given Eleventy's own
    // filter (`slugify: config.getFilter("slugify")`: 18F's handbook), makes
    // heading ids with Eleventy's `slugify` filter.
    if adds_plugin(&all, "IdAttributePlugin")
        || all.contains("getFilter(\"slugify\")")
        || all.contains("getFilter('slugify')")
    {
        plugins.push(IDS.to_string());
    }
    for url in string_values(&all, "outputPath") {
        if url.starts_with('/') {
            plugins.push(format!("output:{}", url.trim_start_matches('/')));
        }
    }
    for (from, to) in passthrough_copies(&all) {
        let Some(from) = join_relative(dir, &from) else {
            continue;
        };
        let to = match to {
            Some(to) => to.trim_matches('/').to_string(),
            // A copy of a file or folder of the input folder keeps its path
            // below the input folder; one from elsewhere its path below the
            // project.
            None => {
                let folder = if from.contains('*') {
                    from.rsplit_once('/').map_or("", |(d, _)| d)
                } else {
                    from.as_str()
                };
                let base = if under(&input, folder) { &input } else { dir };
                folder
                    .strip_prefix(base)
                    .unwrap_or(folder)
                    .trim_matches('/')
                    .to_string()
            }
        };
        plugins.push(format!("passthrough:{from}=>{to}"));
    }
    let mut site = Site::plain(Generator::Eleventy, dir, vec![input]);
    site.plugins = plugins;
    Some(site)
}

/// A JavaScript text without its comments (`// …`, `/* … */`; not inside
/// a string: `"src/**/*.png"`, `"https://…"`): a plugin commented out is
/// not added.
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut quote: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == '\\' {
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            } else if c == q || (c == '\n' && q != '`') {
                quote = None;
            }
            continue;
        }
        match (c, chars.peek()) {
            ('"' | '\'' | '`', _) => {
                quote = Some(c);
                out.push(c);
            }
            ('/', Some('/')) => {
                for n in chars.by_ref() {
                    if n == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            ('/', Some('*')) => {
                chars.next();
                let mut star = false;
                for n in chars.by_ref() {
                    if star && n == '/' {
                        break;
                    }
                    star = n == '*';
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// Whether a configuration adds the plugin `name`
/// (`eleventyConfig.addPlugin(InputPathToUrlTransformPlugin)`).
fn adds_plugin(text: &str, name: &str) -> bool {
    regex::Regex::new(&format!(r"addPlugin\(\s*{}\b", regex::escape(name)))
        .is_ok_and(|re| re.is_match(text))
}

/// The local modules a configuration imports: `import x from "./config/x.js"`,
/// `require("./config/x")`.
fn local_imports(text: &str) -> Vec<String> {
    let Ok(re) = regex::Regex::new(r#"(?:\bfrom|\brequire\(|\bimport)\s*["'](\.\.?/[^"'\n]+)["']"#)
    else {
        return Vec::new();
    };
    re.captures_iter(text).map(|c| c[1].to_string()).collect()
}

/// The input folder a configuration sets: `dir: { input: "src" }`,
/// `setInputDirectory("src")`.
fn input_dir(text: &str) -> Option<String> {
    let re = regex::Regex::new(
        r#"(?:\bdir["']?\s*:\s*\{[^}]*?\binput["']?\s*:\s*|setInputDirectory\(\s*)["'`]([^"'`\n]*)["'`]"#,
    )
    .ok()?;
    let c = re.captures(text)?;
    let v = c[1].trim_start_matches("./").trim_end_matches('/');
    Some(if v == "." {
        String::new()
    } else {
        v.to_string()
    })
}

/// The string values of `key:` in a JavaScript text.
fn string_values(text: &str, key: &str) -> Vec<String> {
    let Ok(re) = regex::Regex::new(&format!(
        r#"(?:^|[^\w$.])["']?{}["']?\s*:\s*["'`]([^"'`\n$]*)["'`]"#,
        regex::escape(key)
    )) else {
        return Vec::new();
    };
    re.captures_iter(text).map(|c| c[1].to_string()).collect()
}

/// The passthrough copies of a configuration: each source (a path or glob
/// from the project folder) and, for the object form, where it is copied.
fn passthrough_copies(text: &str) -> Vec<(String, Option<String>)> {
    let Ok(string) = regex::Regex::new(r#"^\s*["'`]([^"'`\n$]+)["'`]"#) else {
        return Vec::new();
    };
    let Ok(pair) =
        regex::Regex::new(r#"(?m)^\s*["'`]([^"'`\n$]+)["'`]\s*:\s*["'`]([^"'`\n$]*)["'`]"#)
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (at, _) in text.match_indices("addPassthroughCopy(") {
        let rest = &text[at + "addPassthroughCopy(".len()..];
        if let Some(c) = string.captures(rest) {
            out.push((c[1].trim_start_matches("./").to_string(), None));
        } else if let Some(body) = rest.trim_start().strip_prefix('{') {
            let body = &body[..body.find('}').unwrap_or(body.len())];
            for c in pair.captures_iter(body) {
                out.push((
                    c[1].trim_start_matches("./").to_string(),
                    Some(c[2].to_string()),
                ));
            }
        }
    }
    out
}

/// The Eleventy site whose input folder holds `path`.
fn eleventy_site<'a>(sites: &'a [Site], path: &str) -> Option<&'a Site> {
    sites
        .iter()
        .find(|s| s.generator == Generator::Eleventy && s.content.iter().any(|c| under(c, path)))
}

/// Whether `path` is in the input folder of one of `sites` that is an
/// Eleventy site.
pub fn serves(sites: &[Site], path: &str) -> bool {
    eleventy_site(sites, path).is_some()
}

fn has(site: &Site, plugin: &str) -> bool {
    site.plugins.iter().any(|p| p == plugin)
}

fn is_file(repo: &RepoView, path: &str) -> bool {
    !path.is_empty() && repo.is_tracked_file(path)
}

/// A link `w` of the page `page` of an Eleventy site's input folder
/// `content`, read Eleventy's way (see the module's documentation): the
/// file it names, if any.
pub fn reading(
    ctx: &Context<'_>,
    site: &Site,
    content: &str,
    page: &str,
    w: &str,
) -> Option<String> {
    let repo = ctx.repo;
    let rooted = w.strip_prefix('/').filter(|r| !r.starts_with('/'));
    if has(site, INPUT_PATH) {
        let page_dir = page.rsplit_once('/').map_or("", |(d, _)| d);
        let rel = rooted.unwrap_or(w);
        // The plugin maps the input paths of templates: from the project
        // folder when the path names the input folder, else from the input
        // folder, else from the page's folder.
        let candidates = [
            join_relative(&site.dir, rel).filter(|p| under(content, p)),
            join_relative(content, rel),
            rooted
                .is_none()
                .then(|| join_relative(page_dir, w))
                .flatten(),
        ];
        if let Some(found) = candidates
            .into_iter()
            .flatten()
            .find(|p| under(content, p) && is_template(p) && is_file(repo, p))
        {
            return Some(found);
        }
    }
    if rooted.is_none()
        && let Some(found) = from_page_url(repo, content, page, w)
    {
        return Some(found);
    }
    let rooted = rooted?;
    if let Some(found) = copied(site, rooted).filter(|p| is_file(repo, p)) {
        return Some(found);
    }
    if has(site, IMAGE) && is_image(rooted) {
        return join_relative(content, rooted).filter(|p| is_file(repo, p));
    }
    None
}

/// The template a relative link `w` of the page `page` names when read, as
/// the browser reads it, from the page's URL: Eleventy writes `a/b.md` to
/// `/a/b/` and `a/index.md` to `/a/`
/// (<https://www.11ty.dev/docs/permalinks/#default-input-output-examples>),
/// so `getting-started/` in `tools/slack.md` is `tools/slack/getting-started.md`
/// and `../dates/` in `performance-management/mid-year.md` is
/// `performance-management/dates.md` (survey 32c, 18F's handbook: 12 links).
/// The URL names the template served there: `x.md` (any template language)
/// or the folder's `index`. A page whose front matter sets its own
/// `permalink:` is served elsewhere and not read so; a URL no template is
/// served at is still reported.
fn from_page_url(repo: &RepoView, content: &str, page: &str, w: &str) -> Option<String> {
    let path = w.split(['#', '?']).next().unwrap_or("");
    if path.is_empty() || path.contains("://") || !under(content, page) {
        return None;
    }
    let last = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    if last.contains('.') && last != "." && last != ".." {
        return None;
    }
    let text = repo.read_text(page)?;
    if front_matter_sets_permalink(&text) {
        return None;
    }
    let stem = page.rsplit_once('.').map_or(page, |(s, _)| s);
    let url = match stem.rsplit_once('/') {
        Some((dir, "index")) => dir,
        None if stem == "index" => "",
        _ => stem,
    };
    let target = join_relative(url, path.trim_end_matches('/'))?;
    if !under(content, &target) {
        return None;
    }
    TEMPLATE_EXTENSIONS
        .iter()
        .flat_map(|ext| {
            [
                format!("{target}.{ext}"),
                join(&target, &format!("index.{ext}")),
            ]
        })
        .find(|p| is_file(repo, p))
}

/// Whether a page's front matter sets `permalink:`.
fn front_matter_sets_permalink(text: &str) -> bool {
    let mut lines = text.lines();
    if lines.next().map(str::trim_end) != Some("---") {
        return false;
    }
    lines
        .take_while(|l| l.trim_end() != "---")
        .any(|l| l.starts_with("permalink:"))
}

/// Whether `path` has the extension of a template language (see
/// [`TEMPLATE_EXTENSIONS`]).
fn is_template(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    TEMPLATE_EXTENSIONS
        .iter()
        .any(|ext| name.len() > ext.len() + 1 && name.ends_with(&format!(".{ext}")))
}

fn is_image(path: &str) -> bool {
    let ext = path
        .rsplit_once('.')
        .map_or("", |(_, e)| e)
        .to_ascii_lowercase();
    matches!(
        ext.as_str(),
        "png" | "jpg" | "jpeg" | "gif" | "svg" | "webp" | "avif" | "tif" | "tiff"
    )
}

/// The source of the file a passthrough copy publishes at the root URL
/// `rooted` (without its leading `/`).
fn copied(site: &Site, rooted: &str) -> Option<String> {
    site.plugins.iter().find_map(|p| {
        let (from, to) = p.strip_prefix("passthrough:")?.split_once("=>")?;
        // A file copied to a file: `{ "src/x/throbber.js": "js/throbber.js" }`.
        if !to.is_empty() && rooted == to && !from.contains('*') {
            return Some(from.to_string());
        }
        let rest = if to.is_empty() {
            rooted
        } else {
            rooted.strip_prefix(to)?.strip_prefix('/')?
        };
        match from.rsplit_once('/').unwrap_or(("", from)) {
            // A glob of one folder's files: `src/blog/*.png`, `*.{css,js}`.
            (folder, glob) if glob.contains('*') && !folder.contains('*') => {
                (!rest.contains('/') && glob_matches(glob, rest)).then(|| join(folder, rest))
            }
            _ if from.contains('*') => None,
            _ => Some(join(from, rest)),
        }
    })
}

/// Whether a file name matches a glob of one segment: `*` and `{a,b}`.
fn glob_matches(glob: &str, name: &str) -> bool {
    if let (Some(open), Some(close)) = (glob.find('{'), glob.find('}'))
        && open < close
    {
        return glob[open + 1..close].split(',').any(|alt| {
            glob_matches(
                &format!("{}{alt}{}", &glob[..open], &glob[close + 1..]),
                name,
            )
        });
    }
    match glob.split_once('*') {
        None => glob == name,
        Some((head, tail)) => {
            name.len() >= head.len() + tail.len()
                && name.starts_with(head)
                && glob_matches_rest(tail, &name[head.len()..])
        }
    }
}

fn glob_matches_rest(glob: &str, name: &str) -> bool {
    match glob.split_once('*') {
        None => name.ends_with(glob),
        Some((part, _)) => (0..=name.len())
            .filter(|&i| name.is_char_boundary(i) && name[i..].starts_with(part))
            .any(|i| glob_matches_rest(&glob[part.len() + 1..], &name[i + part.len()..])),
    }
}

/// Whether a missing link target of an Eleventy page is a file a plugin of
/// its configuration writes (`outputPath: "/blog/feed.xml"`).
pub fn built(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    let Some(rooted) = r.written.strip_prefix('/') else {
        return false;
    };
    r.kind == RefKind::Link
        && eleventy_site(ctx.anchors.sites(ctx.repo), &doc.path).is_some_and(|site| {
            site.plugins
                .iter()
                .any(|p| p.strip_prefix("output:") == Some(rooted))
        })
}

/// The page an Eleventy page's root link to a folder (`/`, `/docs/`)
/// names: the folder's index template in the input folder.
pub fn folder_page(ctx: &Context<'_>, doc: &Document, r: &Reference) -> Option<String> {
    let rooted = r.written.strip_prefix('/')?;
    let site = eleventy_site(ctx.anchors.sites(ctx.repo), &doc.path)?;
    let folder = join_relative(site.content.first()?, rooted.trim_end_matches('/'))?;
    TEMPLATE_EXTENSIONS
        .iter()
        .map(|ext| join(&folder, &format!("index.{ext}")))
        .find(|p| ctx.repo.is_tracked_file(p))
}

/// Whether `anchor` names a heading of `path`, a Markdown page of an
/// Eleventy site, as the site makes its ids: the heading as rendered,
/// without its template tags (`{% addedin "0.9.0" %}`, a badge that the id
/// leaves out) and HTML tags (`<span id="x"></span>`), slugged
/// (`### Change the Output Directory {% addedin "0.9.0" %}` is
/// `#change-the-output-directory`); with the IdAttributePlugin, slugged by
/// Eleventy's `slugify` filter too, which splits words of mixed case
/// (`` `compileOptions.permalink` to Override `` is
/// `#compile-options-permalink-to-override`). None when `path` is no
/// Markdown page of an Eleventy site. Nothing looser: a site's ids are made
/// by its own slug function, and a link that matches no heading so rendered
/// (`#props-(properties)` for `### Props (Properties)`) is broken there too.
pub fn anchor_matches(
    ctx: &Context<'_>,
    path: &str,
    anchor: &str,
    text: impl FnOnce() -> Option<String>,
) -> Option<bool> {
    let site = eleventy_site(ctx.anchors.sites(ctx.repo), path)?;
    if !(path.ends_with(".md") || path.ends_with(".markdown")) {
        return None;
    }
    let ids = has(site, IDS);
    let text = text()?;
    let want = anchor.to_lowercase();
    let mut fence: Option<(u8, usize)> = None;
    Some(text.lines().any(|line| {
        let t = line.trim_start();
        // Lines of a fenced code block (`# a shell comment`) are no headings.
        let mark = t.bytes().next().filter(|&b| b == b'`' || b == b'~');
        if let Some(b) = mark {
            let n = t.bytes().take_while(|&c| c == b).count();
            if n >= 3 {
                match fence {
                    None => fence = Some((b, n)),
                    Some((open, len)) if open == b && n >= len && t[n..].trim().is_empty() => {
                        fence = None
                    }
                    Some(_) => {}
                }
                return false;
            }
        }
        if fence.is_some() {
            return false;
        }
        let hashes = t.bytes().take_while(|&b| b == b'#').count();
        if hashes == 0 || hashes > 6 || !t[hashes..].starts_with([' ', '\t']) {
            return false;
        }
        let heading = without_tags(t[hashes..].trim().trim_end_matches('#'));
        let heading = heading.trim();
        crate::document::slug::slug(heading) == want || (ids && slugify(heading) == anchor)
    }))
}

/// Eleventy's `slugify` filter (`@sindresorhus/slugify`) on ASCII text:
/// words of mixed case split (`compileOptions` is `compile-options`,
/// `HTMLTransform` is `html-transform`), `&` read as `and`, lowercased,
/// every run of other characters (`_` too) one `-`.
fn slugify(text: &str) -> String {
    let mut spaced = String::with_capacity(text.len() + 8);
    let chars: Vec<char> = text.replace('&', " and ").chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let next = chars.get(i + 1).copied();
        if c.is_ascii_uppercase()
            && let Some(p) = prev
        {
            // `aB` splits before `B`; `ABc` splits before `B`, unless the
            // lower case letter is an `s` (`APIs`).
            let lower_before = p.is_ascii_lowercase() || p.is_ascii_digit();
            let caps_before = p.is_ascii_uppercase()
                && next.is_some_and(|n| (n.is_ascii_lowercase() && n != 's') || n.is_ascii_digit());
            if lower_before || caps_before {
                spaced.push(' ');
            }
        } else if c.is_ascii_digit() && prev.is_some_and(|p| p.is_ascii_uppercase()) {
            // `HTML5` is `html-5` only after two capitals or more.
            let caps = chars[..i]
                .iter()
                .rev()
                .take_while(|p| p.is_ascii_uppercase())
                .count();
            if caps >= 2 {
                spaced.push(' ');
            }
        }
        spaced.push(c);
    }
    // A contraction or possessive (`people's`, `don't`) loses its
    // apostrophe: `#other-peoples-money` (`@sindresorhus/slugify`).
    let lower = spaced.to_lowercase();
    static APOSTROPHE: std::sync::LazyLock<Option<regex::Regex>> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"([a-z0-9]+)['\u{2019}]([ts])(\s|$)").ok());
    let lower = match APOSTROPHE.as_ref() {
        Some(re) => re.replace_all(&lower, "$1$2$3").into_owned(),
        None => lower,
    };
    super::references::site_slug(&lower.replace('_', " "))
}

/// A heading's text without template tags (`{% … %}`, `{{ … }}`) and HTML
/// tags.
fn without_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let close = if rest.starts_with("{%") {
            Some("%}")
        } else if rest.starts_with("{{") {
            Some("}}")
        } else if rest.starts_with('<')
            && rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/')
        {
            Some(">")
        } else {
            None
        };
        if let Some(close) = close
            && let Some(end) = rest.find(close)
        {
            rest = &rest[end + close.len()..];
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugify_splits_mixed_case() {
        assert_eq!(
            slugify("compileOptions.permalink to Override Permalink Compilation"),
            "compile-options-permalink-to-override-permalink-compilation"
        );
        assert_eq!(slugify("HTML Transform"), "html-transform");
        assert_eq!(slugify("Props (Properties)"), "props-properties");
        assert_eq!(slugify("@html"), "html");
        assert_eq!(slugify("Fetch APIs"), "fetch-apis");
        assert_eq!(slugify("XMLHttpRequest"), "xml-http-request");
        assert_eq!(slugify("Tom & Jerry"), "tom-and-jerry");
    }

    #[test]
    fn comments_and_plugins() {
        let t = without_comments(
            "// eleventyConfig.addPlugin(InputPathToUrlTransformPlugin);\n/* addPlugin(IdAttributePlugin) */\nconfig.addPlugin( eleventyImageTransformPlugin, {});\ncopy(\"src/**/*.png\"); // \"https://x\"\nlet u = 'https://x'; addPlugin(RenderPlugin);",
        );
        assert!(t.contains("copy(\"src/**/*.png\");"));
        assert!(adds_plugin(&t, "RenderPlugin"));
        assert!(!adds_plugin(&t, "InputPathToUrlTransformPlugin"));
        assert!(!adds_plugin(&t, "IdAttributePlugin"));
        assert!(adds_plugin(&t, "eleventyImageTransformPlugin"));
    }
}
