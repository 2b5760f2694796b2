//! One note instead of a flood: the links of a documentation site that the
//! site resolves in a way checkmark does not read.
//!
//! checkmark reads many generators' ways of serving pages (see
//! [`super::site`]), but a site can add its own: an alias of its build
//! (`@snippets/a.sh`), a plugin's routes, a component that looks pages up by
//! id. Read as GitHub reads them, every such link is "missing", and a
//! repository gets hundreds of findings no maintainer acts on. A real broken
//! link stands among working links written the same way; a form of link none
//! of whose links resolves is checkmark's misreading of the site.
//!
//! So the links of a site's pages are counted by their **form**: a build
//! alias by its first segment (`@snippets/`, `~/`), a root link by its first
//! folder (`/docs/`, `/img/`; a root page `/about` is the form `/`), a
//! relative URL by what it names (an `.html` page, a URL without an
//! extension). A relative link to a file (`notes.md`, `img/a.png`) names
//! that file in every reading and is always reported. When at least [`MIN_MISSING`] links
//! of one form are `link/missing-path` findings and at most one in ten of
//! the form's links resolve, those findings are left out, and the run says
//! so once on stderr, with an example and how to see them all (`[links]
//! report-all-site-links = true` in `checkmark.toml`). Links of the other
//! forms, and every link outside a site's pages, are reported as before.
//!
//! A site is a folder holding a generator's configuration (the generators
//! [`super::site::detect`] reads, and Astro, VitePress, VuePress, mdBook,
//! Sphinx, Jekyll, Retype, Antora, Gatsby, Nuxt, MyST and Quarto by their
//! configuration files, Maven sites by their `pom.xml` and site folder); its pages are the documents below that folder.
//!
//! A run of some pages (`check docs/page.md`, the hook) counts the forms
//! over the whole site (`engine::guard_by_whole_sites`), so a page's links
//! are judged as a run of the repository judges them.

use std::collections::{BTreeMap, HashSet};
use std::sync::{Arc, Mutex};

use crate::source::RepoView;

/// The fewest missing links of one form that make it a form the site reads
/// its own way.
pub const MIN_MISSING: usize = 5;

/// A form of link in one site.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Form {
    /// The site's folder (`""`: the repository root).
    site: String,
    generator: &'static str,
    /// How the links are written (see [`form_of`]).
    key: String,
}

/// A missing link of a site's page.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Missing {
    /// Its document ("" until the page joins the tally).
    file: String,
    line: usize,
    /// The start of its finding's span.
    at: usize,
    written: String,
}

/// What a form's links came to.
#[derive(Debug, Default)]
struct Count {
    resolved: usize,
    missing: Vec<Missing>,
}

/// The links of every site page a run checked, by form.
#[derive(Debug, Default)]
pub struct Tally {
    forms: Mutex<BTreeMap<Form, Count>>,
}

/// One document's links, counted before they join the run's [`Tally`].
#[derive(Debug, Default)]
pub struct PageLinks {
    site: Option<(String, &'static str)>,
    /// The site serves no file at a root URL (see [`serves_no_root_files`]).
    no_root_files: bool,
    counted: Vec<(String, Option<Missing>)>,
}

impl PageLinks {
    /// The links of the page at `path`: counted only when it is a site's page.
    pub fn of(repo: &RepoView, path: &str) -> PageLinks {
        let site = site_of(repo, path);
        let no_root_files = site
            .as_ref()
            .is_some_and(|(dir, generator)| serves_no_root_files(repo, dir, generator));
        PageLinks {
            site,
            no_root_files,
            counted: Vec::new(),
        }
    }

    /// Whether the page is a site's: its links are counted.
    pub fn counts(&self) -> bool {
        self.site.is_some()
    }

    /// The form `written` is counted in, if any: a root link to a file
    /// (`/brand/logo.png`) of a site that serves no file at a root URL is
    /// read as written, not as a form of the site's own.
    fn form(&self, written: &str) -> Option<String> {
        self.site.as_ref()?;
        if self.no_root_files && root_file_link(written) {
            return None;
        }
        form_of(written)
    }

    /// A link written `written` that resolved.
    pub fn resolved(&mut self, written: &str) {
        if let Some(key) = self.form(written) {
            self.counted.push((key, None));
        }
    }

    /// A link written `written` on `line` whose `link/missing-path` finding
    /// starts at `at`.
    pub fn missing(&mut self, written: &str, line: usize, at: usize) {
        if let Some(key) = self.form(written) {
            self.counted.push((
                key,
                Some(Missing {
                    file: String::new(),
                    line,
                    at,
                    written: written.to_string(),
                }),
            ));
        }
    }
}

/// The findings a note stands for, and the note.
#[derive(Debug, Default)]
pub struct Guarded {
    /// (document, start of the finding's span).
    pub findings: HashSet<(String, usize)>,
    /// One line each, for stderr.
    pub notes: Vec<String>,
}

impl Tally {
    /// Adds one page's links.
    pub fn add(&self, path: &str, page: PageLinks) {
        let Some((site, generator)) = page.site else {
            return;
        };
        if page.counted.is_empty() {
            return;
        }
        let mut forms = match self.forms.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        for (key, missing) in page.counted {
            let count = forms
                .entry(Form {
                    site: site.clone(),
                    generator,
                    key,
                })
                .or_default();
            match missing {
                None => count.resolved += 1,
                Some(m) => count.missing.push(Missing {
                    file: path.to_string(),
                    ..m
                }),
            }
        }
    }

    /// Every missing link the tally counted (document, start of the
    /// finding's span): the findings a whole site's tally may leave out.
    pub fn counted_missing(&self) -> HashSet<(String, usize)> {
        let forms = match self.forms.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        forms
            .values()
            .flat_map(|c| c.missing.iter().map(|m| (m.file.clone(), m.at)))
            .collect()
    }

    /// The forms none of whose links (or one in ten) resolve: their findings,
    /// and a note for each.
    pub fn guarded(&self) -> Guarded {
        self.guarded_among(None)
    }

    /// [`Tally::guarded`], for a run that reported only some of the tallied
    /// pages' findings: only those of `among` ((document, start of the
    /// finding's span)), which the notes count.
    pub fn guarded_among(&self, among: Option<&HashSet<(String, usize)>>) -> Guarded {
        let forms = match self.forms.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        let mut out = Guarded::default();
        for (form, count) in forms.iter() {
            if count.missing.len() < MIN_MISSING
                || count.resolved.saturating_mul(9) > count.missing.len()
            {
                continue;
            }
            let left_out: Vec<&Missing> = count
                .missing
                .iter()
                .filter(|m| among.is_none_or(|a| a.contains(&(m.file.clone(), m.at))))
                .collect();
            let missing = left_out.len();
            let Some(Missing {
                file,
                line,
                written,
                ..
            }) = left_out.iter().min().copied()
            else {
                continue;
            };
            let place = if form.site.is_empty() {
                "at the repository root".to_string()
            } else {
                format!("in `{}/`", form.site)
            };
            out.notes.push(format!(
                "note: {} of the {} site {place} written as {} {} not reported: {} of the site's links written so resolve{}, so the site reads them its own way (a build alias, a plugin, a route), which checkmark does not read\n  = example: `{written}` in {file}:{line}\n  = help: to report them all, set `report_all_site_links = true` under `[links]` in checkmark.toml",
                if missing == 1 { "1 link".to_string() } else { format!("{missing} links") },
                form.generator,
                describe(&form.key),
                if missing == 1 { "was" } else { "were" },
                if count.resolved == 0 { "none".to_string() } else { count.resolved.to_string() },
                if count.resolved == 1 { "s" } else { "" },
            ));
            out.findings
                .extend(left_out.iter().map(|m| (m.file.clone(), m.at)));
        }
        out
    }
}

/// Whether `path` is a page of one of the sites whose folders are `sites`.
pub fn in_sites(sites: &[String], path: &str) -> bool {
    sites.iter().any(|s| super::site::under(s, path))
}

/// The folders of the sites whose pages include any of `paths`, sorted, each once.
pub fn sites_of<'a>(repo: &RepoView, paths: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = paths
        .into_iter()
        .filter_map(|p| site_of(repo, p))
        .map(|(dir, _)| dir)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The form of a link written `written` (no fragment): None for a same-page
/// anchor and a URL with a scheme.
fn form_of(written: &str) -> Option<String> {
    let w = written.split(['?', '#']).next().unwrap_or("");
    if w.is_empty() || w.starts_with("//") || w.contains("://") {
        return None;
    }
    if w.starts_with('@') || w.starts_with('~') {
        let first = w.split('/').next().unwrap_or(w);
        return Some(format!("{first}/"));
    }
    if let Some(rest) = w.strip_prefix('/') {
        return Some(match rest.split_once('/') {
            Some((first, _)) if !first.is_empty() => format!("/{first}/"),
            _ => "/".to_string(),
        });
    }
    let name = w.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    if w.ends_with('/') || name == "." || name == ".." {
        return Some("url".to_string());
    }
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    // A relative link to a file (`notes.md`, `img/a.png`) names that file in
    // every reading, the site's and GitHub's: never a form of the site's own.
    match ext.as_str() {
        "" => Some("url".to_string()),
        "html" | "htm" => Some("html".to_string()),
        _ => None,
    }
}

/// Whether a Next.js site serves no file at a root URL: Next.js serves
/// static files from `public/` alone, and a Fumadocs site may have none
/// (AndeLabs/khipuvault's `apps/docs/`, whose brand page links 66 files
/// never committed, `/brand/logo-white.png`: survey 49c). Its routes, read
/// in full (see [`super::site_next`]), resolve the rest.
fn serves_no_root_files(repo: &RepoView, dir: &str, generator: &str) -> bool {
    generator == "Next.js" && !repo.children(dir).iter().any(|c| c == "public")
}

/// Whether `written` is a root link to a file: `/brand/logo.png`.
fn root_file_link(written: &str) -> bool {
    let w = written.split(['?', '#']).next().unwrap_or("");
    w.starts_with('/')
        && !w.starts_with("//")
        && w.rsplit('/')
            .next()
            .and_then(|name| name.rsplit_once('.'))
            .is_some_and(|(stem, ext)| !stem.is_empty() && !ext.is_empty())
}

/// How a form reads in a note.
fn describe(key: &str) -> String {
    match key {
        "url" => "relative URLs without an extension".to_string(),
        "html" => "relative links to `.html` pages".to_string(),
        "/" => "root links to a page (`/name`)".to_string(),
        k => format!("links starting with `{k}`"),
    }
}

/// The site whose pages include `path`: the deepest folder above it that
/// holds a site's configuration, and its generator.
fn site_of(repo: &RepoView, path: &str) -> Option<(String, &'static str)> {
    // Kept from one hook run to the next (see `RepoView::memo_kept`): the
    // generators by name, each one of `GENERATORS`.
    let sites = repo.memo_kept("site_guard::sites", |r| {
        Arc::new(
            site_dirs(r)
                .into_iter()
                .map(|(d, g)| (d, g.to_string()))
                .collect::<Vec<_>>(),
        )
    });
    sites
        .iter()
        .filter(|(dir, _)| super::site::under(dir, path))
        .max_by_key(|(dir, _)| dir.len())
        .map(|(dir, g)| {
            let name = GENERATORS.iter().find(|n| **n == g.as_str());
            (dir.clone(), name.copied().unwrap_or("a site generator"))
        })
}

/// The names of the generators [`site_dirs`] finds.
const GENERATORS: &[&str] = &[
    "Hugo",
    "Docusaurus",
    "DocFX",
    "Mintlify",
    "MkDocs",
    "Next.js",
    "GitBook",
    "Zola",
    "Rspress",
    "Hexo",
    "Eleventy",
    "VitePress",
    "VuePress",
    "Astro",
    "Gatsby",
    "Nuxt",
    "mdBook",
    "Retype",
    "Antora",
    "MyST",
    "Quarto",
    "Jekyll",
    "Sphinx",
    "Maven",
];

/// Every site's folder and generator, sorted.
fn site_dirs(repo: &RepoView) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = super::site::detect(repo)
        .iter()
        .map(|s| (s.dir.clone(), generator_name(s.generator)))
        .collect();
    for crate::source::TrackedFile { dir, name, .. } in repo.tracked_files_split() {
        let stem = name.split('.').next().unwrap_or(name);
        let (parent, last) = dir.rsplit_once('/').unwrap_or(("", dir));
        let found = match (last, stem, name) {
            (".vitepress", "config", _) => Some((parent, "VitePress")),
            (".vuepress", "config", _) => Some((parent, "VuePress")),
            (_, "astro", _) if name.starts_with("astro.config.") => Some((dir, "Astro")),
            (_, "gatsby-config", _) => Some((dir, "Gatsby")),
            (_, "nuxt", _) if name.starts_with("nuxt.config.") => Some((dir, "Nuxt")),
            (_, _, "book.toml") => Some((dir, "mdBook")),
            (_, _, "retype.yml" | "retype.yaml") => Some((dir, "Retype")),
            (_, _, "antora.yml") => Some((dir, "Antora")),
            (_, _, "myst.yml") => Some((dir, "MyST")),
            (_, _, "_quarto.yml") => Some((dir, "Quarto")),
            (_, _, "_config.yml") => Some((dir, "Jekyll")),
            (_, _, "conf.py")
                if ["index.rst", "index.md"]
                    .iter()
                    .any(|i| repo.is_tracked(&super::site::join(dir, i))) =>
            {
                Some((dir, "Sphinx"))
            }
            _ => None,
        };
        // A fixture's configuration makes no site; asked of a match only,
        // not of each of a large repository's paths.
        if let Some((d, g)) = found
            && !crate::fixtures::Fixtures::in_test_tree(dir)
            && !out.iter().any(|(o, _)| o == d)
        {
            out.push((d.to_string(), g));
        }
    }
    for dir in super::site_maven::dirs(repo) {
        if !out.iter().any(|(o, _)| *o == dir) {
            out.push((dir, "Maven"));
        }
    }
    out.sort();
    out
}

fn generator_name(g: super::site::Generator) -> &'static str {
    use super::site::Generator::*;
    match g {
        Hugo => "Hugo",
        Docusaurus => "Docusaurus",
        DocFx => "DocFX",
        Mintlify => "Mintlify",
        MkDocs => "MkDocs",
        Next => "Next.js",
        GitBook => "GitBook",
        Zola => "Zola",
        Rspress => "Rspress",
        Hexo => "Hexo",
        Eleventy => "Eleventy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_generator_name_is_kept_by_name() {
        use crate::rules::site::Generator::*;
        for g in [
            Hugo, Docusaurus, DocFx, Mintlify, MkDocs, Next, GitBook, Zola, Rspress, Hexo, Eleventy,
        ] {
            assert!(GENERATORS.contains(&generator_name(g)), "{g:?}");
        }
        let text = include_str!("site_guard.rs");
        let body =
            &text[text.find("fn site_dirs").unwrap()..text.find("fn generator_name").unwrap()];
        for name in body
            .split("Some((")
            .skip(1)
            .filter_map(|s| s.split('"').nth(1))
        {
            assert!(GENERATORS.contains(&name), "{name}");
        }
    }

    #[test]
    fn forms_group_links_by_how_they_are_written() {
        assert_eq!(form_of("@snippets/a.sh").as_deref(), Some("@snippets/"));
        assert_eq!(form_of("~/x/y.md").as_deref(), Some("~/"));
        assert_eq!(form_of("/docs/a/b").as_deref(), Some("/docs/"));
        assert_eq!(form_of("/about").as_deref(), Some("/"));
        assert_eq!(form_of("/about#x").as_deref(), Some("/"));
        assert_eq!(form_of("../a/b.md"), None);
        assert_eq!(form_of("a/b.MDX"), None);
        assert_eq!(form_of("../guide/intro").as_deref(), Some("url"));
        assert_eq!(form_of("../guide/").as_deref(), Some("url"));
        assert_eq!(form_of("..").as_deref(), Some("url"));
        assert_eq!(form_of("x.html").as_deref(), Some("html"));
        assert_eq!(form_of("img/a.png"), None);
        assert_eq!(form_of("#top"), None);
        assert_eq!(form_of("https://x.org/a"), None);
        assert_eq!(form_of("//cdn.x.org/a"), None);
    }

    #[test]
    fn root_file_links_have_a_file_name_with_an_extension() {
        assert!(root_file_link("/brand/logo-white.png"));
        assert!(root_file_link("/press-kit.zip?v=2"));
        assert!(!root_file_link("/docs/getting-started"));
        assert!(!root_file_link("/brand/.well-known/"));
        assert!(!root_file_link("brand/logo.png"));
        assert!(!root_file_link("//cdn.x.org/a.png"));
    }
}
