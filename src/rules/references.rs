//! The shared resolver of references: citations, links, evidence paths and
//! mentions. Each reference gets at most one path finding, in the contract's
//! order: `path/outside-repo`, then `path/untracked`, then its kind's
//! `…/missing-path`; an anchor or line range is only checked on a target that
//! exists.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

use super::link_missing_anchor::dropped_space;
use crate::config::Config;
use crate::diagnostic::Finding;
use crate::document::anchors::AnchorSet;
use crate::document::citation::{LineRange, parse_line_fragment};
use crate::document::list_marker;
use crate::document::{CodeContext, Document, LinkKind, Table};
use crate::rules::facts::Facts;
use crate::source::{PathState, RepoView, join_relative};
use crate::suggest::{SortedNames, closest};
use crate::vocabulary::Class;

mod absent;
mod audited;
mod choice;
mod concatenated;
mod evidence;
mod optional;
mod payload;
mod requested;

use super::{
    Context, agent_instructions, citation_line_range, citation_malformed, citation_missing_path,
    evidence_missing_path, link_line_range, link_missing_anchor, link_missing_path,
    mention_missing_path, moved_document, path_outside_repo, path_untracked,
};

/// What kind of reference, which decides its `…/missing-path` rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RefKind {
    Citation,
    Link,
    Evidence,
    Mention,
}

impl RefKind {
    /// The `…/missing-path` rule of this kind of reference.
    pub fn missing_rule(self) -> &'static super::Rule {
        match self {
            RefKind::Citation => &citation_missing_path::RULE,
            RefKind::Link => &link_missing_path::RULE,
            RefKind::Evidence => &evidence_missing_path::RULE,
            RefKind::Mention => &mention_missing_path::RULE,
        }
    }

    pub fn noun(self) -> &'static str {
        match self {
            RefKind::Citation => "cited file",
            RefKind::Link => "link target",
            RefKind::Evidence => "evidence path",
            RefKind::Mention => "mentioned path",
        }
    }
}

/// One reference, ready to resolve.
#[derive(Debug, Clone)]
pub struct Reference {
    pub kind: RefKind,
    pub span: Range<usize>,
    /// The path as written (for messages), anchor excluded.
    pub written: String,
    /// Repository-relative target, or None when it climbs out of the repository.
    pub path: Option<String>,
    pub anchor: Option<String>,
    pub lines: Vec<LineRange>,
    /// A trailing `/`: the target must be a folder.
    pub must_be_dir: bool,
    /// Extra words for the message (a cell past the header's columns).
    pub note: Option<String>,
    /// Editor-style `path:12` suffix that was stripped (for the help).
    pub editor_line: Option<u32>,
    /// A second reading of the path, tried when nothing is at `path`.
    pub alt_path: Option<String>,
    /// In the evidence column of a row that is not started: evidence yet to be
    /// produced, so a missing target is not a finding.
    pub planned: bool,
    /// A missing target says nothing unless git history shows it moved: a
    /// code span `path:LINE` outside a place that claims something done.
    pub quiet_missing: bool,
}

/// A reference with line numbers (or a whole-file citation) whose target is
/// a tracked file holding its lines: the cited block can be followed
/// through history (`citation/stale`, `citation/shifted`).
#[derive(Debug, Clone)]
pub struct Followed {
    pub span: Range<usize>,
    /// Repository-relative path of the file.
    pub path: String,
    /// The cited lines; empty: the whole file (citations only).
    pub ranges: Vec<LineRange>,
}

/// How many names [`AnchorCache::named`] looks up one by one before it maps them all.
const NAMED_SCANS: usize = 32;

/// The anchors of one document, as a run keeps them for links from others.
#[derive(Debug, Default)]
pub struct Anchors {
    /// Heading slugs and explicit anchors.
    pub ids: AnchorSet,
    /// The documentation site's slugs of its headings (see [`site_anchor`]),
    /// when a site serves the document.
    pub site: Option<AnchorSet>,
    /// Its headings are generated when the site is built (an MkDocs page
    /// with a `::: identifier` block): any anchor may be one of them.
    pub generated: bool,
    /// The OpenAPI document the page renders with Redoc, which makes its
    /// anchors (see [`super::site_component::Spec`]).
    pub spec: Option<super::site_component::Spec>,
}

/// Where the anchors of a linked document stand.
pub enum Lookup {
    /// Known (None: the document could not be read as UTF-8 text).
    Known(Option<Arc<Anchors>>),
    /// A document of this run not parsed yet: its anchors are published once
    /// it is, and the question waits until then (no document is read twice).
    Later,
}

/// Anchors of documents: published by the run as it parses each one, else
/// read on demand (a linked document the run does not check); and the
/// repository's paths by their last segment (for suffix matches and
/// suggestions), built once.
#[derive(Default)]
pub struct AnchorCache {
    map: Mutex<HashMap<String, Option<Arc<Anchors>>>>,
    /// The documents the run parses (sorted): their anchors come from that parse.
    parsed: Vec<String>,
    by_name: Mutex<HashMap<String, Arc<Vec<String>>>>,
    /// Every name's paths, once more names were asked for than a scan each is worth.
    all_names: OnceLock<HashMap<String, Arc<Vec<String>>>>,
    /// Folders' entries sorted for suggestions, built on demand.
    folders: Mutex<HashMap<String, Arc<SortedNames>>>,
    site_roots: OnceLock<Vec<String>>,
    /// Content hashes of documents, read for [`is_copy`] only.
    hashes: Mutex<HashMap<String, Option<u64>>>,
    /// The documents the run parses by their file name, for [`is_copy`].
    parsed_by_name: OnceLock<HashMap<String, Vec<String>>>,
    sites: OnceLock<Vec<super::site::Site>>,
    ci_outputs: OnceLock<Vec<String>>,
    /// MyST Sphinx projects and their label targets.
    myst: OnceLock<Vec<super::site_myst::Project>>,
    /// The links of the installed agent kits' templates.
    kit_templates: OnceLock<super::kit_template::Links>,
}

impl AnchorCache {
    pub fn new() -> AnchorCache {
        AnchorCache::default()
    }

    /// A cache for a run that parses `documents`: a link to one of them waits
    /// for its parse ([`Lookup::Later`]) instead of reading it a second time.
    pub fn for_documents(documents: &[String]) -> AnchorCache {
        let mut parsed = documents.to_vec();
        parsed.sort();
        AnchorCache {
            parsed,
            ..AnchorCache::default()
        }
    }

    /// Records the anchors of a document the run parsed (None: it could not
    /// be read as UTF-8 text, so it has none).
    pub fn publish(&self, repo: &RepoView, path: &str, doc: Option<&Document>) {
        let anchors = doc.map(|d| {
            Arc::new(self.anchors_of(repo, path, d.anchors.iter().map(String::as_str), &d.text))
        });
        if let Ok(mut m) = self.map.lock() {
            m.entry(path.to_string()).or_insert(anchors);
        }
    }

    fn anchors_of<'a>(
        &self,
        repo: &RepoView,
        path: &str,
        ids: impl Iterator<Item = &'a str>,
        text: &str,
    ) -> Anchors {
        // Headings of the MDX partials the page renders are the page's too.
        let mut partials = mdx_partials(repo, path, text);
        // And the files an MkDocs page includes.
        let mkdocs = super::site::mkdocs_rendered(repo, self.sites(repo), path, text);
        let generated = mkdocs.generated;
        partials.extend(mkdocs.texts);
        // And what a Hugo page renders: includes, definition terms, ids of
        // its shortcodes.
        let (rendered, made) = super::site_hugo::rendered(repo, self.sites(repo), path, text);
        partials.extend(rendered);
        // And an mdBook chapter's definition terms, which get ids as
        // headings do.
        partials.extend(super::site_mdbook::rendered(repo, path, text));
        // And the files an mdBook chapter includes.
        let (book_included, book_unread) = super::site_mdbook::included(repo, path, text);
        partials.extend(book_included);
        // And the files a VitePress page includes.
        let (included, unread) = vitepress_includes(repo, self.site_roots(repo), path, text);
        partials.extend(included);
        // And what a Jekyll page's include tags render into it, or the pages
        // that render this file.
        let jekyll = super::site_jekyll::rendered(repo, path, text);
        partials.extend(jekyll.texts);
        let made = made || unread || book_unread;
        // And a page whose body is a component that makes its anchors (not
        // one that renders a partial whose headings are known).
        let generated = generated
            || made
            || (partials.is_empty()
                && jekyll.hosts.is_empty()
                && super::site_component::made_by_component(text));
        let partial_ids: Vec<String> = partials
            .iter()
            .flat_map(|t| crate::document::anchors::anchors(t))
            .chain(jekyll.hosts.iter().flat_map(|h| h.ids.iter().cloned()))
            .collect();
        // An Eleventy page's ids are its site's own (see super::site_eleventy).
        let site = ((served(self.site_roots(repo), path)
            || super::site::serves(self.sites(repo), path))
            && !super::site_eleventy::serves(self.sites(repo), path))
        .then(|| {
            let mut slugs = site_heading_slugs(text);
            slugs.extend(partials.iter().flat_map(|t| site_heading_slugs(t)));
            slugs.extend(jekyll.hosts.iter().flat_map(|h| h.slugs.iter().cloned()));
            if super::site_hugo::serves(self.sites(repo), path) {
                slugs.extend(attr_list_heading_slugs(text));
            }
            if mdit_vue_page(repo, self.site_roots(repo), path) {
                slugs = with_mdit_vue_slugs(slugs);
            }
            slugs.extend(mkdocs.site_ids.iter().cloned());
            slugs.extend(super::site::mintlify_repeated_ids(
                self.sites(repo),
                path,
                text,
            ));
            AnchorSet::new(slugs.iter().map(String::as_str))
        });
        // MDX has no indented code: headings and ids inside components count.
        let mdx_ids = if path.ends_with(".mdx") {
            crate::document::anchors::mdx_anchors(text)
        } else {
            Default::default()
        };
        let containers = if has(text, ":::") && vitepress_page(repo, self.site_roots(repo), path) {
            vitepress_container_ids(text)
        } else {
            Vec::new()
        };
        // A Retype page's tabs, steps, badged headings and `{#id}`s.
        let retype = if super::site_retype::serves(repo, path) {
            super::site_retype::ids(text)
        } else {
            Vec::new()
        };
        // A docsify page's heading attributes (`## 核心主题 :id=core-theme`).
        let docsify = if has(text, " :id=") && docsify_page(repo, path) {
            docsify_heading_ids(text)
        } else {
            Vec::new()
        };
        // A Jekyll page's `{% include top.html id="week1" %}` headings.
        let jekyll = super::site_jekyll::include_ids(repo, path, text);
        let partial_ids: Vec<String> = partial_ids
            .into_iter()
            .chain(jekyll)
            .chain(retype)
            .chain(docsify)
            .chain(mdx_ids)
            .chain(mkdocs.ids.iter().cloned())
            .chain(containers)
            .collect();
        let ids = if partial_ids.is_empty() {
            AnchorSet::new(ids)
        } else {
            let mut all: Vec<&str> = ids.collect();
            all.extend(partial_ids.iter().map(String::as_str));
            AnchorSet::new(all)
        };
        let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
        let spec = if has(text, "import ") {
            super::site_component::redoc_spec(text, |from| {
                join_relative(dir, from).and_then(|p| repo.read(&p))
            })
        } else {
            None
        };
        Anchors {
            ids,
            site,
            generated,
            spec,
        }
    }

    /// The anchors of `path`, or [`Lookup::Later`] for a document of the run
    /// not parsed yet.
    pub fn lookup(&self, repo: &RepoView, path: &str) -> Lookup {
        if let Ok(m) = self.map.lock()
            && let Some(v) = m.get(path)
        {
            return Lookup::Known(v.clone());
        }
        if self
            .parsed
            .binary_search_by(|p| p.as_str().cmp(path))
            .is_ok()
        {
            return Lookup::Later;
        }
        Lookup::Known(self.get(repo, path))
    }

    /// Whether `path` is one of the documents the run checks.
    pub fn is_checked(&self, path: &str) -> bool {
        self.parsed
            .binary_search_by(|p| p.as_str().cmp(path))
            .is_ok()
    }

    /// The documents the run parses whose file name is `name` (from that
    /// list, not from a scan of the repository's listing), sorted.
    fn parsed_named(&self, name: &str) -> &[String] {
        let map = self.parsed_by_name.get_or_init(|| {
            let mut m: HashMap<String, Vec<String>> = HashMap::new();
            for p in &self.parsed {
                let file = p.rsplit('/').next().unwrap_or(p);
                m.entry(file.to_string()).or_default().push(p.clone());
            }
            m
        });
        map.get(name).map(Vec::as_slice).unwrap_or(&[])
    }

    /// A hash of the content of `path` (None: it cannot be read), read once.
    fn content_hash(&self, repo: &RepoView, path: &str) -> Option<u64> {
        if let Ok(m) = self.hashes.lock()
            && let Some(h) = m.get(path)
        {
            return *h;
        }
        let h = repo.read(path).map(|b| hash_bytes(&b));
        if let Ok(mut m) = self.hashes.lock() {
            m.insert(path.to_string(), h);
        }
        h
    }

    /// The folders a documentation-site generator serves (see [`site_roots`]).
    /// The links of the templates of the agent kits installed in the
    /// repository (see [`super::kit_template`]), read once.
    pub fn kit_templates(&self, repo: &RepoView, config: &Config) -> &super::kit_template::Links {
        self.kit_templates
            .get_or_init(|| super::kit_template::Links::of(repo, config))
    }

    pub fn site_roots(&self, repo: &RepoView) -> &[String] {
        self.site_roots.get_or_init(|| {
            let mut roots = site_roots(repo);
            // DocFX reads a page's links from its file, not its URL: its
            // folders are no roots of the URL reading.
            // Nor do GitBook's (file links) and Next.js' (routes and
            // `public/`), whose readings are their own.
            roots.extend(
                self.sites(repo)
                    .iter()
                    .filter(|s| {
                        !matches!(
                            s.generator,
                            super::site::Generator::DocFx
                                | super::site::Generator::GitBook
                                | super::site::Generator::Next
                                | super::site::Generator::Eleventy
                        )
                    })
                    .flat_map(|s| s.content.clone()),
            );
            roots.sort();
            roots.dedup();
            roots
        })
    }

    /// The Hugo and Docusaurus sites of the repository (see [`super::site`]).
    pub fn sites(&self, repo: &RepoView) -> &[super::site::Site] {
        self.sites.get_or_init(|| super::site::detect(repo))
    }

    /// The repository's MyST Sphinx projects (see [`super::site_myst`]).
    pub fn myst(&self, repo: &RepoView) -> &[super::site_myst::Project] {
        self.myst.get_or_init(|| super::site_myst::detect(repo))
    }

    /// The paths the repository's CI workflows (`.github/workflows/*.yml`)
    /// write and that are not in the tree: build artifacts, read once a run.
    pub fn ci_outputs(&self, repo: &RepoView) -> &[String] {
        self.ci_outputs.get_or_init(|| {
            let mut outs = Vec::new();
            for f in repo.tracked_files_under(".github/workflows") {
                if !(f.ends_with(".yml") || f.ends_with(".yaml")) {
                    continue;
                }
                let Some(bytes) = repo.read(&f) else { continue };
                outs.extend(evidence_missing_path::workflow_outputs(
                    &String::from_utf8_lossy(&bytes),
                ));
            }
            outs.sort();
            outs.dedup();
            outs.retain(|o| repo.stat(o) == PathState::Missing);
            outs
        })
    }

    /// The entries of folder `dir` (see [`RepoView::children`]), sorted for
    /// "did you mean" look-ups; built once per folder.
    pub fn folder(&self, repo: &RepoView, dir: &str) -> Arc<SortedNames> {
        if let Ok(m) = self.folders.lock()
            && let Some(f) = m.get(dir)
        {
            return f.clone();
        }
        let f = Arc::new(SortedNames::new(&repo.children(dir)));
        if let Ok(mut m) = self.folders.lock() {
            m.entry(dir.to_string()).or_insert_with(|| f.clone());
        }
        f
    }

    /// Every listed file and folder whose last segment is `name` (see [`RepoView::named`]).
    /// A few names are looked up by one scan of the listing each; past
    /// [`NAMED_SCANS`] names, every name is mapped in one pass.
    pub fn named(&self, repo: &RepoView, name: &str) -> Arc<Vec<String>> {
        let from_map =
            |m: &HashMap<String, Arc<Vec<String>>>| m.get(name).map(Arc::clone).unwrap_or_default();
        if let Some(all) = self.all_names.get() {
            return from_map(all);
        }
        let scanned = match self.by_name.lock() {
            Ok(m) => match m.get(name) {
                Some(v) => return Arc::clone(v),
                None => m.len(),
            },
            Err(_) => NAMED_SCANS,
        };
        if scanned >= NAMED_SCANS {
            let all = self.all_names.get_or_init(|| {
                repo.names_map()
                    .into_iter()
                    .map(|(k, v)| (k, Arc::new(v)))
                    .collect()
            });
            return from_map(all);
        }
        let v = Arc::new(repo.named(name));
        if let Ok(mut m) = self.by_name.lock() {
            m.insert(name.to_string(), Arc::clone(&v));
        }
        v
    }

    /// The anchors of `path`, reading it from the source if no parse
    /// published them.
    pub fn get(&self, repo: &RepoView, path: &str) -> Option<Arc<Anchors>> {
        if let Ok(m) = self.map.lock()
            && let Some(v) = m.get(path)
        {
            return v.clone();
        }
        let anchors = repo
            .read(path)
            .and_then(|b| String::from_utf8(b).ok())
            .map(|text| {
                let ids = crate::document::anchors::anchors(&text);
                Arc::new(self.anchors_of(repo, path, ids.iter().map(String::as_str), &text))
            });
        if let Ok(mut m) = self.map.lock() {
            m.insert(path.to_string(), anchors.clone());
        }
        anchors
    }
}

/// The texts of the MDX partials a page renders: each `import Name from
/// './_partial.mdx'` (a relative `.md`/`.mdx` file) whose component the page
/// uses (`<Name />`). Docusaurus renders the partial's headings into the
/// page, where links find them. The statements are read as JavaScript
/// reads them: several on a line, one broken across lines, and a `\_` in
/// the path an escaped `_` (Prettier writes
/// `import IntegrationApple from './\_integration-with-existing-apps-ios.md'; import`
/// over two lines in react-native-website's `.md` pages: survey 33c).
fn mdx_partials(repo: &RepoView, path: &str, text: &str) -> Vec<String> {
    static IMPORT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r#"(?m)(?:^|;)[ \t]*import\s+([A-Za-z0-9_]+)\s+from\s+["']([^"'\n]+)["']"#,
        )
        .expect("static regex is valid")
    });
    if !text.contains("import ") {
        return Vec::new();
    }
    let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
    IMPORT
        .captures_iter(text)
        .filter_map(|c| {
            let name = c.get(1)?.as_str();
            let spec = c.get(2)?.as_str().replace("\\", "");
            if !spec.starts_with('.') || !is_markdown(&spec) {
                return None;
            }
            let used = text.match_indices(&format!("<{name}")).any(|(at, m)| {
                text[at + m.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c == '/' || c == '>' || c.is_whitespace())
            });
            if !used {
                return None;
            }
            let partial = join_relative(dir, &spec)?;
            String::from_utf8(repo.read(&partial)?).ok()
        })
        .collect()
}

/// Whether a path names a Markdown document (whose anchors are headings).
pub fn is_markdown(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    [".md", ".markdown", ".mdx", ".mdown", ".mkd"]
        .iter()
        .any(|e| lower.ends_with(e))
}

/// What resolving a document's references found.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Per reference span start: whether the target is present and tracked,
    /// whether it got a path finding of its own (from a rule that is on), and
    /// the repository-relative path it resolved to.
    pub refs: ReferenceOutcomes,
    /// References whose cited lines can be followed through history.
    pub followed: Vec<Followed>,
    /// The document's `link/missing-anchor` findings when some wait for
    /// another document's parse (see [`answer_later`]); else they are in
    /// the findings.
    pub anchors_later: Vec<AnchorEntry>,
}

/// A `link/missing-anchor` finding, or the question whether there is one
/// when the target is a document of the run not parsed yet.
#[derive(Debug)]
pub enum AnchorEntry {
    Found(Finding),
    /// A finding on `span` when `anchor` is none of `path`'s anchors (kept
    /// small: a run may hold many questions at once).
    Ask {
        span: Range<usize>,
        path: String,
        anchor: String,
        note: Option<String>,
    },
}

impl AnchorEntry {
    /// The rule, severity and span of the finding it is or may be.
    pub fn place(&self) -> (&'static str, crate::diagnostic::Severity, Range<usize>) {
        match self {
            AnchorEntry::Found(f) => (f.rule, f.severity, f.span.clone()),
            AnchorEntry::Ask { span, .. } => (
                link_missing_anchor::RULE.id,
                link_missing_anchor::RULE.severity,
                span.clone(),
            ),
        }
    }
}

/// The `link/missing-anchor` finding on `path#anchor` (its help apart).
fn anchor_finding(
    span: Range<usize>,
    path_shown: &str,
    path: &str,
    anchor: &str,
    note: Option<&str>,
) -> Finding {
    let msg = format!("anchor `#{anchor}` matches no heading or anchor in {path_shown}");
    let msg = match note {
        Some(n) => format!("{msg} ({n})"),
        None => msg,
    };
    Finding::new(&link_missing_anchor::RULE, span, msg).target(format!("{path}#{anchor}"))
}

/// Answers a document's anchor questions once every document of the run is
/// parsed: each question becomes a finding or goes. Each entry keeps what
/// came with it (where it stands). Fold the answers with [`fold_answered`].
pub fn answer_later<T>(
    ctx: &Context<'_>,
    doc_path: &str,
    entries: Vec<(AnchorEntry, T)>,
) -> Vec<(AnchorEntry, T)> {
    entries
        .into_iter()
        .filter_map(|(e, t)| match e {
            AnchorEntry::Found(f) => Some((AnchorEntry::Found(f), t)),
            AnchorEntry::Ask {
                span,
                path,
                anchor,
                note,
            } => {
                let anchors = ctx.anchors.get(ctx.repo, &path)?;
                let help = anchor_missing(ctx, doc_path, &path, &anchor, Target::Other(&anchors))?;
                if target_site_anchor(ctx.repo, &path, &anchor) {
                    return None;
                }
                let shown = format!("`{path}`");
                let f = anchor_finding(span, &shown, &path, &anchor, note.as_deref());
                Some((AnchorEntry::Found(f.help(help)), t))
            }
        })
        .collect()
}

/// Whether answered entries may fold into runs (see [`fold_section_runs`]):
/// [`SECTION_RUN`] findings or more. Only then is the document needed
/// again (the caller parses it anew: its text is not kept for the rare
/// case).
pub fn may_fold<T>(answered: &[(AnchorEntry, T)]) -> bool {
    answered.len() >= SECTION_RUN
}

/// Folds a document's answered entries as [`check`] folds them when nothing
/// waits: runs of one list (with `doc`, see [`may_fold`]), then the findings
/// on one target. Done over every entry once all are answered, so what is
/// reported does not depend on which documents another thread had parsed
/// when this one was checked.
pub fn fold_answered<T>(
    ctx: &Context<'_>,
    doc: Option<&Document>,
    answered: Vec<(AnchorEntry, T)>,
) -> Vec<(Finding, T)> {
    let (mut entries, kept): (Vec<AnchorEntry>, Vec<T>) = answered.into_iter().unzip();
    let dropped = match doc {
        Some(doc) => section_folds(ctx, doc, &mut entries),
        None => HashSet::new(),
    };
    let mut found: Vec<(Finding, T)> = entries
        .into_iter()
        .zip(kept)
        .enumerate()
        .filter(|(i, _)| !dropped.contains(i))
        .filter_map(|(_, (e, t))| match e {
            AnchorEntry::Found(f) => Some((f, t)),
            AnchorEntry::Ask { .. } => None,
        })
        .collect();
    fold_same_anchor_in(&mut found, |(f, _)| f);
    found
}

/// Collects every reference of `doc`, reports the broken ones, and says which
/// resolved. References are resolved as they are found, one at a time: none
/// is kept once resolved, only what [`Outcome`] says about it.
pub fn check(ctx: &Context<'_>, doc: &Document, facts: &Facts, out: &mut Vec<Finding>) -> Outcome {
    forget_stats();
    let first = out.len();
    let mut outcome = Outcome::default();
    let mut refs = OutcomeBuilder::default();
    // Links written the root's way (`src/a.py` in `docs/x.md`) that are missing.
    let mut root_style: HashSet<usize> = HashSet::new();
    // Missing relative links (for a document moved without its links).
    let mut moved_style: Vec<moved_document::Missing> = Vec::new();
    let template = is_template_document(doc);
    // A Hugo template written as Markdown (a shortcode under `layouts/`):
    // a link inside a template action is a string the template builds
    // (`{{ printf "[grpc-%s repo](%s)" $lang $url }}`), filled in when Hugo
    // executes it (see `in_template_action`).
    let hugo_template = has(&doc.text, "{{") && super::site_hugo::is_template(ctx, &doc.path);
    let sample = super::site::is_sample(&doc.path);
    report_malformed_citations(doc, out);
    let mut anchors: Vec<AnchorEntry> = Vec::new();
    // The links of a site's page, by form (see super::site_guard).
    let guard = ctx.site_links.is_some();
    let mut page_links = if guard {
        super::site_guard::PageLinks::of(ctx.repo, &doc.path)
    } else {
        super::site_guard::PageLinks::default()
    };
    // A document judged on the references naming what a commit changed
    // only (see super::Focus); not a site's page whose links are counted
    // (the count weighs every link of the site's pages, see super::site_guard).
    let focus = ctx
        .focus
        .filter(|f| f.applies(&doc.path) && !page_links.counts());
    collect(ctx, doc, facts, &mut |r: Reference| {
        if focus.is_some_and(|f| !(f.names)(&r.written)) {
            return;
        }
        if ((template || (sample && r.kind == RefKind::Link)) && written_for_the_copy(&r))
            || converted_media(doc, &r)
            || (hugo_template && in_template_action(&doc.text, r.span.start))
        {
            return;
        }
        let before = out.len();
        let Some(present) = resolve(ctx, doc, &r, out, &mut outcome.followed, &mut anchors) else {
            // A Maven site's page or resource counts as resolved: the guard
            // weighs a form by the links the site serves (survey 83d).
            if guard && r.kind == RefKind::Link && super::site_maven::serves(ctx, doc, &r) {
                page_links.resolved(&r.written);
            }
            return;
        };
        if !present
            && r.kind == RefKind::Link
            && !doc.dir().is_empty()
            && !r.written.starts_with('/')
            && !climbs(&r.written)
            && r.editor_line.is_none()
        {
            root_style.insert(r.span.start);
        }
        if !present
            && r.kind == RefKind::Link
            && !doc.dir().is_empty()
            && !r.written.starts_with('/')
            && r.editor_line.is_none()
        {
            moved_style.push(moved_document::Missing {
                start: r.span.start,
                written: r.written.clone(),
            });
        }
        // With `mention/missing-path` off, a mention whose target is missing
        // is not evidence at all (a moved one is still `path/renamed`).
        if !present
            && r.kind == RefKind::Mention
            && ctx.config.severity(&mention_missing_path::RULE).is_none()
        {
            return;
        }
        if r.kind == RefKind::Link && guard {
            if present {
                page_links.resolved(&r.written);
            } else if let Some(f) = out[before..]
                .iter()
                .find(|f| f.rule == link_missing_path::RULE.id)
            {
                page_links.missing(&r.written, doc.line_col(f.span.start).0, f.span.start);
            }
        }
        let reported = out[before..]
            .iter()
            .any(|f| super::find(f.rule).is_some_and(|rule| ctx.config.severity(rule).is_some()));
        let path = if present { r.path.as_deref() } else { None };
        refs.push(r.span.start, present, reported, path);
    });
    outcome.refs = refs.finish();
    // One problem, one finding: a byte-identical copy of another checked
    // document (a shipped copy of docs/) has its references judged on the
    // original only.
    if (out.len() > first || !anchors.is_empty() || !outcome.followed.is_empty())
        && is_copy(ctx, doc)
    {
        out.truncate(first);
        anchors.clear();
        outcome.followed.clear();
        return outcome;
    }
    if let Some(tally) = ctx.site_links {
        tally.add(&doc.path, page_links);
    }
    if agent_instructions::reads_from_root(&doc.path) {
        let mut i = 0;
        out.retain(|f| {
            i += 1;
            i <= first || !is_root_written(f)
        });
    }
    fold_root_written(out, &root_style);
    moved_document::fold(ctx, doc, &moved_style, out);
    fold_editor_style(out);
    fold_same_rename(doc, out, first);
    // Entries waiting for other documents are folded with their answers
    // (see [`answer_later`]), never in part here.
    if anchors.iter().any(|e| matches!(e, AnchorEntry::Ask { .. })) {
        outcome.anchors_later = anchors;
    } else {
        fold_section_runs(ctx, doc, &mut anchors);
        let mut found: Vec<Finding> = anchors
            .into_iter()
            .filter_map(|e| match e {
                AnchorEntry::Found(f) => Some(f),
                AnchorEntry::Ask { .. } => None,
            })
            .collect();
        fold_same_anchor(&mut found);
        out.extend(found);
    }
    outcome
}

/// Whether `doc` is a byte-identical copy of another document the run checks
/// (same file name, or the name it was copied from: see [`undecorated`]; same
/// content), and that one is the original: the one
/// not in an archive-like folder, else the one not under a folder a web app
/// or site serves as it is (`public/`, `static/`, `dist/`, `assets/`,
/// `www/`), else the one not under a hidden folder (`.windsurf/`), else the
/// one whose name is not a copy's, else the shorter path, else the first in
/// byte order. Pulse ships `frontend-modern/public/docs/*.md`, copies
/// of `docs/*.md` whose links are written for `docs/`.
pub fn is_copy(ctx: &Context<'_>, doc: &Document) -> bool {
    let name = doc.path.rsplit('/').next().unwrap_or(&doc.path);
    let base = undecorated(name);
    // The tracked files of that name (or of the name the copy was made from)
    // that the run checks (as `named` would list them, without a scan of the
    // listing per document).
    let mut names = vec![name];
    if base != name {
        names.push(&base);
    }
    let others: Vec<String> = names
        .into_iter()
        .flat_map(|n| ctx.anchors.parsed_named(n))
        .filter(|p| **p != doc.path && ctx.repo.is_tracked_file(p))
        .cloned()
        .collect();
    if others.is_empty() {
        return frozen_copy(ctx, doc, name);
    }
    let rank = |p: &str| {
        let served = p.split('/').rev().skip(1).any(|d| {
            matches!(
                d,
                "public" | "static" | "dist" | "assets" | "www" | "wwwroot"
            )
        });
        // A tool's hidden folder (`.windsurf/workflows/`, `.cursor/`) holds
        // the copy an agent reads.
        let hidden = p.split('/').rev().skip(1).any(|d| d.starts_with('.'));
        let file = p.rsplit('/').next().unwrap_or(p);
        let decorated = undecorated(file) != file;
        (is_archive(p), served, hidden, decorated, p.len())
    };
    let own = hash_bytes(doc.text.as_bytes());
    let mine = (rank(&doc.path), doc.path.as_str());
    others
        .iter()
        .any(|p| (rank(p), p.as_str()) < mine && ctx.anchors.content_hash(ctx.repo, p) == Some(own))
}

/// Whether `doc`, in an archive-like folder, is a byte-identical copy of a
/// tracked file of the same name in another archive-like folder that the
/// default selection leaves out as frozen (`docs/99_Archive_ngd/PRD-0005.md`,
/// the same bytes as `docs/99-archive/PRD-0005.md`, the numbered archive
/// section of a numbered tree: survey s125e, garimto81/wsoptv_ott, whose
/// second copy of its archive, named with a suffix the selection does not
/// know, gave 18 `link/missing-path` findings judged false). The original
/// is not checked, so the copy is judged as it is: not at all. A copy
/// outside an archive-like folder, a file that differs by one byte, and a
/// copy of an archived file the selection checks are judged.
fn frozen_copy(ctx: &Context<'_>, doc: &Document, name: &str) -> bool {
    if !is_archive(&doc.path) {
        return false;
    }
    let own = hash_bytes(doc.text.as_bytes());
    ctx.anchors.named(ctx.repo, name).iter().any(|p| {
        *p != doc.path
            && is_archive(p)
            && !ctx.config.selects(p)
            && ctx.repo.is_tracked_file(p)
            && ctx.anchors.content_hash(ctx.repo, p) == Some(own)
    })
}

/// The name a copy was made from: `X.md` for `X (1).md` (a browser's second
/// download), `X copy.md`, `X - Copy.md` (a file manager's copy) and
/// `captured_X.md` (a capture script's copy, RPG-Reliquary's
/// `captured_content/`), and a backup's name, `X-backup.md`,
/// `X-v3.1-backup.md`, `X.bak.md` (survey 26, cp-whisperx-app's
/// `docs/technical/architecture-v3.1-backup.md`, 5 findings judged false);
/// other names as they are.
pub fn undecorated(name: &str) -> String {
    let (stem, ext) = match name.rfind('.') {
        Some(i) if i > 0 => (&name[..i], &name[i..]),
        _ => (name, ""),
    };
    let mut stem = stem.strip_prefix("captured_").unwrap_or(stem);
    loop {
        let before = stem;
        if let Some(open) = stem.strip_suffix(')').and_then(|s| s.rfind(" (")) {
            let n = &stem[open + 2..stem.len() - 1];
            if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) {
                stem = &stem[..open];
            }
        }
        for tail in [" - Copy", " copy", " Copy"] {
            stem = stem.strip_suffix(tail).unwrap_or(stem);
        }
        stem = backup_of(stem).unwrap_or(stem);
        if stem == before {
            break;
        }
    }
    if stem.is_empty() {
        return name.to_string();
    }
    format!("{stem}{ext}")
}

/// The stem a backup was made from: `architecture` for
/// `architecture-v3.1-backup` (a version before the word goes with it),
/// `notes` for `notes_backup`, `notes.bak`, `notes-BACKUP`; None for a stem
/// that does not end so, or is nothing else (`backup`).
fn backup_of(stem: &str) -> Option<&str> {
    let lower = stem.to_ascii_lowercase();
    let word = ["backup", "bak"]
        .iter()
        .find(|w| lower.ends_with(*w) && lower.len() > w.len())?;
    let rest = &stem[..stem.len() - word.len()];
    let rest = rest.strip_suffix(['-', '_', '.', ' '])?;
    // A version written before the word (`-v3.1`, `_v2`).
    let version = rest.rfind(['-', '_']).filter(|&i| {
        let v = &rest[i + 1..];
        v.len() > 1
            && v.starts_with(['v', 'V'])
            && v[1..].starts_with(|c: char| c.is_ascii_digit())
            && v[1..].bytes().all(|b| b.is_ascii_digit() || b == b'.')
    });
    let rest = version.map_or(rest, |i| &rest[..i]);
    (!rest.is_empty()).then_some(rest)
}

/// A 64-bit hash of a document's bytes (for [`is_copy`]; with the same file
/// name, two documents of one repository never collide in practice).
fn hash_bytes(bytes: &[u8]) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = rustc_hash::FxBuildHasher.build_hasher();
    h.write_usize(bytes.len());
    h.write(bytes);
    h.finish()
}

/// What is known of one reference once resolved (see [`ReferenceOutcomes`]).
#[derive(Debug, Clone, Copy)]
struct RefEntry {
    start: usize,
    ok: bool,
    reported: bool,
    /// Index in [`ReferenceOutcomes::paths`], `u32::MAX` for none.
    path: u32,
}

const NO_PATH: u32 = u32::MAX;

/// What resolving a document's references found, by reference span start,
/// sorted by start: a row or an item looks up its own references in
/// O(log n). Paths are interned (a register names the same few files on
/// thousands of rows).
#[derive(Debug, Default)]
pub struct ReferenceOutcomes {
    entries: Vec<RefEntry>,
    paths: Vec<String>,
}

impl ReferenceOutcomes {
    fn find(&self, start: usize) -> Option<&RefEntry> {
        self.entries
            .binary_search_by_key(&start, |e| e.start)
            .ok()
            .map(|i| &self.entries[i])
    }

    /// Whether the reference starting at `start` is present and tracked
    /// (None when no reference starts there).
    pub fn ok(&self, start: usize) -> Option<bool> {
        self.find(start).map(|e| e.ok)
    }

    /// Whether the reference starting at `start` got a path finding of its own.
    pub fn reported(&self, start: usize) -> bool {
        self.find(start).is_some_and(|e| e.reported)
    }

    /// (start, present) of the references starting inside `span`, by start.
    pub fn within<'a>(
        &'a self,
        span: &Range<usize>,
    ) -> impl Iterator<Item = (usize, bool)> + use<'a> {
        let lo = self.entries.partition_point(|e| e.start < span.start);
        let hi = self.entries.partition_point(|e| e.start < span.end).max(lo);
        self.entries[lo..hi].iter().map(|e| (e.start, e.ok))
    }

    /// The repository-relative path of the reference starting at `start`,
    /// when it resolved.
    pub fn path(&self, start: usize) -> Option<&str> {
        self.find(start)
            .filter(|e| e.path != NO_PATH)
            .and_then(|e| self.paths.get(e.path as usize))
            .map(String::as_str)
    }
}

/// Builds [`ReferenceOutcomes`] in the order references are resolved.
#[derive(Default)]
struct OutcomeBuilder {
    entries: Vec<RefEntry>,
    paths: Vec<String>,
    ids: rustc_hash::FxHashMap<String, u32>,
}

impl OutcomeBuilder {
    fn push(&mut self, start: usize, ok: bool, reported: bool, path: Option<&str>) {
        let path = match path {
            Some(p) => match self.ids.get(p) {
                Some(&id) => id,
                None => {
                    let id = u32::try_from(self.paths.len()).unwrap_or(NO_PATH);
                    if id != NO_PATH {
                        self.paths.push(p.to_string());
                        self.ids.insert(p.to_string(), id);
                    }
                    id
                }
            },
            None => NO_PATH,
        };
        self.entries.push(RefEntry {
            start,
            ok,
            reported,
            path,
        });
    }

    /// One entry per start: of several references starting at one offset, the
    /// last one resolved says whether it is present, any says reported, and
    /// the path is the last one that resolved.
    fn finish(mut self) -> ReferenceOutcomes {
        // Merged in place (stable sort: in the order resolved), not copied.
        self.entries.sort_by_key(|e| e.start);
        self.entries.dedup_by(|e, last| {
            if last.start != e.start {
                return false;
            }
            last.ok = e.ok;
            last.reported |= e.reported;
            if e.path != NO_PATH {
                last.path = e.path;
            }
            true
        });
        ReferenceOutcomes {
            entries: self.entries,
            paths: self.paths,
        }
    }
}

/// From this many editor-style link targets in one document, they are one
/// problem (a document written for an editor, such as a tool's output pasted
/// into a report), reported once.
const FOLD_EDITOR_STYLE: usize = 5;

/// Folds a document's editor-style link targets (`src/a.py:115`) into one
/// finding (the first), which counts the others and how many of them name a
/// file that does not exist either: one problem, one finding.
fn fold_editor_style(out: &mut Vec<Finding>) {
    let is_editor = |f: &Finding| {
        f.rule == link_missing_path::RULE.id
            && f.help
                .as_deref()
                .is_some_and(|h| h.starts_with(EDITOR_STYLE))
    };
    let count = out.iter().filter(|f| is_editor(f)).count();
    if count < FOLD_EDITOR_STYLE {
        return;
    }
    let gone = out
        .iter()
        .filter(|f| is_editor(f))
        .filter(|f| {
            f.help
                .as_deref()
                .is_some_and(|h| h.contains("does not exist either"))
        })
        .count();
    let mut first = true;
    out.retain_mut(|f| {
        if !is_editor(f) {
            return true;
        }
        if first {
            first = false;
            let gone = match gone {
                0 => String::new(),
                n => format!(", {n} of them to a file that does not exist at all"),
            };
            f.message.push_str(&format!(
                "; {} more links of this document are editor-style `path:LINE` targets too{gone} (GitHub cannot follow `:LINE`; it links to a line with `#LLINE`)",
                count - 1
            ));
            return true;
        }
        false
    });
}

/// From this many links written from the repository root in one document,
/// they are one problem (a document written as if it stood at the root, such
/// as a generated report), reported once.
const FOLD_ROOT_WRITTEN: usize = 5;

/// Whether `f` is a missing link whose file is there from the repository
/// root (its help says so).
fn is_root_written(f: &Finding) -> bool {
    f.rule == link_missing_path::RULE.id
        && f.help
            .as_deref()
            .is_some_and(|h| h.contains("exists from the repository root, but a link is read"))
}

/// Folds a document's links written from the repository root into one finding
/// (the first), which counts the others: one problem, one finding.
fn fold_root_written(out: &mut Vec<Finding>, root_style: &HashSet<usize>) {
    let count = out.iter().filter(|f| is_root_written(f)).count();
    if count < FOLD_ROOT_WRITTEN {
        return;
    }
    // Links written the same way whose file is not at the root either (a file
    // since removed) are part of the same document-wide problem.
    let is_gone = |f: &Finding| {
        f.rule == link_missing_path::RULE.id
            && !is_root_written(f)
            && root_style.contains(&f.span.start)
    };
    let gone = out.iter().filter(|f| is_gone(f)).count();
    // The head is the first link written without `./` when there is one: the
    // finding reported before `./src/a.py` joined the fold keeps its place
    // (and its fingerprint, for a baseline).
    let dot_slash = |f: &Finding| f.message.starts_with("link target `./");
    let Some(first) = out
        .iter()
        .position(|f| is_root_written(f) && !dot_slash(f))
        .or_else(|| out.iter().position(is_root_written))
    else {
        return;
    };
    let mut i = 0;
    out.retain_mut(|f| {
        let at = i;
        i += 1;
        if !is_root_written(f) && !is_gone(f) {
            return true;
        }
        if at == first {
            let gone = match gone {
                0 => String::new(),
                1 => ", and 1 more names a file that is not at the repository root either".to_string(),
                n => format!(", and {n} more name files that are not at the repository root either"),
            };
            f.message.push_str(&format!(
                "; {} more links of this document are written from the repository root too{gone} (GitHub reads every link from the document's folder)",
                count - 1
            ));
            return true;
        }
        false
    });
}

/// The spans of a document's links, answering "does a link contain this
/// span?" in O(log n) (links nest: an image inside a link).
struct LinkCover {
    /// (start, the largest end of the spans starting at or before it), by start.
    starts: Vec<(usize, usize)>,
}

impl LinkCover {
    fn new<'a>(spans: impl Iterator<Item = &'a Range<usize>>) -> LinkCover {
        let mut v: Vec<(usize, usize)> = spans.map(|r| (r.start, r.end)).collect();
        v.sort_unstable();
        let mut max_end = 0;
        for (_, end) in v.iter_mut() {
            max_end = max_end.max(*end);
            *end = max_end;
        }
        LinkCover { starts: v }
    }

    /// Whether some span starts at or before `r.start` and ends at or after `r.end`.
    fn covers(&self, r: &Range<usize>) -> bool {
        let n = self.starts.partition_point(|&(s, _)| s <= r.start);
        n > 0 && self.starts[n - 1].1 >= r.end
    }
}

/// The byte ranges of a document's `<script>` elements, from the end of the
/// opening tag to the closing one: JavaScript, not Markdown.
fn script_elements(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    if !text.contains("<script") {
        return out;
    }
    let mut from = 0;
    while let Some(i) = text[from..].find("<script") {
        let open = from + i;
        // An HTML block: the tag opens its line (not `` `<script>` `` in prose).
        let line_start = text[..open].rfind('\n').map_or(0, |n| n + 1);
        if !text[line_start..open].trim().is_empty() {
            from = open + 7;
            continue;
        }
        let Some(gt) = text[open..].find('>') else {
            break;
        };
        let body = open + gt + 1;
        let Some(close) = text[body..].find("</script") else {
            break;
        };
        out.push(body..body + close);
        from = body + close;
    }
    out
}

/// Whether the line holding `offset` is a MyST comment: `%` opens it.
fn myst_comment(text: &str, offset: usize) -> bool {
    let start = text[..offset.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    text[start..].trim_start().starts_with('%')
}

/// Reports the malformed citations (the others are references).
fn report_malformed_citations(doc: &Document, out: &mut Vec<Finding>) {
    for c in &doc.citations {
        if let Some(err) = &c.error {
            if citation_malformed::truncated(doc, c) || citation_malformed::word_placeholder(doc, c)
            {
                continue;
            }
            out.push(
                Finding::new(
                    &citation_malformed::RULE,
                    c.span.clone(),
                    err.message.clone(),
                )
                .help(err.help.clone()),
            );
        }
    }
}

/// Finds every reference of `doc` and hands each to `emit`, in order:
/// citations, links, code spans (evidence and mentions), then links and code
/// spans of the cells past a table's header count.
fn collect(ctx: &Context<'_>, doc: &Document, facts: &Facts, emit: &mut dyn FnMut(Reference)) {
    let text = &doc.text;
    let strikes = Strikes::new(doc);
    // The code of a `<script>` element (`'<a href='+url+'>'` built by a
    // page's JavaScript) holds no links (survey 30c, napari's calendar).
    let scripts = script_elements(text);
    // A MyST page's comment lines (`% ![hello](../images/hello.png)`) are
    // not rendered (survey 30c, napari/docs).
    let myst = super::site_myst::project_of(ctx.anchors.myst(ctx.repo), &doc.path).is_some();
    // Struck-through text (`~~Replace [a.py](src/a.py:1)~~ (module removed)`)
    // is withdrawn: its references are not claims any more. Evidence of a row
    // that is not started is yet to be produced.
    let mut emit_claim = |mut r: Reference| {
        if r.kind != RefKind::Citation && strikes.struck_through(text, r.span.start) {
            return;
        }
        if scripts.iter().any(|s| s.contains(&r.span.start)) {
            return;
        }
        if myst && myst_comment(text, r.span.start) {
            return;
        }
        if r.kind != RefKind::Citation && quotes_another_files_line(ctx, doc, r.span.start) {
            return;
        }
        if matches!(r.kind, RefKind::Link | RefKind::Evidence) {
            r.planned = in_open_evidence_cell(doc, facts, r.span.start);
        }
        emit(r);
    };

    // Citations resolve from the root; one written from the document's
    // folder (`【F:1-1-syntax.md†L83-L105】` in `docs/spec/`, naming the
    // specification beside it) resolves there when nothing is at the root
    // (survey 47b, dolphilia/reml's specification: 50 such citations judged
    // false). One that climbs (`../`) reads from the root only. A document of
    // a project nested in the repository cites from that project's folder, an
    // ancestor of its own (`【F:pages/rooms/[id].js†L1-L9】` in
    // `app/web/docs/`, naming `app/web/pages/rooms/[id].js`): when neither the
    // root nor the document's folder has the path, the nearest ancestor that
    // has it is read (survey 87b, starbase: 958 citations of a project moved
    // two folders down, 30 of 30 sampled judged false).
    for c in &doc.citations {
        if c.error.is_some() {
            continue;
        }
        // `【F:src/a.py:14】`, `【F:src/a.py:14-20】`: an editor-style line suffix.
        let (written, lines) = match citation_line_suffix(&c.path) {
            Some((p, lr)) if c.ranges.is_empty() => (p.to_string(), vec![lr]),
            _ => (c.path.clone(), c.ranges.clone()),
        };
        let (path, outside) = root_path(&written);
        let alt_path = (!outside
            && !doc.dir().is_empty()
            && !written.starts_with('/')
            && !written.starts_with("../"))
        .then(|| citation_alt_path(ctx, doc.dir(), &path, &written))
        .flatten();
        emit_claim(Reference {
            kind: RefKind::Citation,
            span: c.span.clone(),
            written,
            path: if outside { None } else { Some(path) },
            anchor: None,
            lines,
            must_be_dir: false,
            note: None,
            editor_line: None,
            alt_path,
            planned: false,
            quiet_missing: false,
        });
    }

    // Links, images, definitions, HTML href/src. Whether the document says
    // it concatenates other pages, and which of its sections list script
    // payloads, is read once, not for every link.
    let concatenation = concatenated::declares_concatenation(doc);
    let payloads = payload::payload_sections(&doc.text);
    let page = Page {
        concatenation,
        payloads: &payloads,
    };
    for l in &doc.links {
        if let Some(r) = link_reference(doc, &l.dest, l.span.clone(), l.kind, &page) {
            emit_claim(super::site_zola::internal_link(ctx, doc, r));
        }
    }

    // Evidence columns and prose mentions.
    let evidence_cols = evidence::evidence_columns(ctx, doc);
    let in_link = LinkCover::new(
        doc.links
            .iter()
            .filter(|l| l.kind != LinkKind::Definition)
            .map(|l| &l.span),
    );
    let mut paths = PathReadings::default();
    for cs in &doc.code_spans {
        // `[`src/a.py`](src/a.py)`: the link is the reference, not the code span.
        if in_link.covers(&cs.span) {
            continue;
        }
        let context = doc.code_context(cs);
        let is_evidence = match context {
            CodeContext::TableCell { table, row, cell } => {
                row != usize::MAX && evidence_cols[table].contains(&cell)
            }
            _ => false,
        };
        let kind = if is_evidence {
            RefKind::Evidence
        } else {
            RefKind::Mention
        };
        // `src/a.py:115`, `src/a.rs:10-20`: lines of a file, checked as a
        // citation's wherever they stand; a missing file speaks only where a
        // mention's would.
        if let Some(mut r) =
            code_line_reference(doc, cs.literal(&doc.text), cs.span.clone(), kind, ctx.repo)
        {
            r.quiet_missing =
                kind == RefKind::Mention && !claims_done(doc, facts, cs.span.start, context);
            emit_claim(r);
            continue;
        }
        if kind == RefKind::Mention && !claims_done(doc, facts, cs.span.start, context) {
            continue;
        }
        if kind == RefKind::Evidence
            && !evidence_of_this_repository(text, &cs.span, cs.literal(&doc.text))
        {
            continue;
        }
        if on_the_host(ctx, cs.literal(&doc.text))
            || in_agent_workspace(ctx, cs.literal(&doc.text))
            || from_source_root(ctx, cs.literal(&doc.text))
        {
            continue;
        }
        if let Some(r) = paths.read(doc, cs.literal(&doc.text), cs.span.clone(), kind, ctx.repo)
            && let Some(r) = bare_name(ctx, r)
        {
            emit_claim(r);
        }
    }

    // Cells past the header's count: GitHub drops them, comrak too; read them raw.
    for (ti, t) in doc.tables.iter().enumerate() {
        for (ri, row) in t.rows().iter().enumerate() {
            for (ci, cell) in row.cells().iter().enumerate().skip(t.columns) {
                let note = format!(
                    "in cell {} of a table with {} columns: GitHub does not render it",
                    ci + 1,
                    t.columns
                );
                for (dest, span) in raw_links(text, cell.span.clone()) {
                    if let Some(mut r) = link_reference(doc, &dest, span, LinkKind::Link, &page) {
                        r.note = Some(note.clone());
                        emit(r);
                    }
                }
                let kind = if evidence_cols[ti].contains(&ci) {
                    RefKind::Evidence
                } else {
                    RefKind::Mention
                };
                for (lit, span) in raw_code_spans(text, cell.span.clone()) {
                    let context = CodeContext::TableCell {
                        table: ti,
                        row: ri,
                        cell: ci,
                    };
                    if kind == RefKind::Mention && !claims_done(doc, facts, span.start, context) {
                        continue;
                    }
                    if let Some(mut r) = path_reference(doc, &lit, span, kind, ctx.repo) {
                        r.note = Some(note.clone());
                        emit(r);
                    }
                }
            }
        }
        let _ = ti;
    }
}

/// An evidence cell's bare file or folder name (`07-created-authorization.jpg`,
/// `ci.yml`, `profiling-reports/`): where it is not beside the document or at the root, the one
/// listed file of that name anywhere (shorthand), or, when there is none, no
/// reference at all: a screenshot or export kept outside the repository is
/// named, not linked. With lines (`config.py:167-176`) and several files of
/// that name, the one long enough to hold the cited lines; when none or
/// more than one is, which file was meant is not known, and there is no
/// reference (a wrong guess would judge the lines of another file).
fn bare_name(ctx: &Context<'_>, mut r: Reference) -> Option<Reference> {
    if r.kind != RefKind::Evidence || r.written.trim_end_matches('/').contains('/') {
        return Some(r);
    }
    let present = |p: &Option<String>| {
        p.as_ref()
            .is_some_and(|p| !matches!(ctx.repo.stat(p), PathState::Missing | PathState::Outside))
    };
    if present(&r.path) || present(&r.alt_path) {
        return Some(r);
    }
    let named = ctx.anchors.named(ctx.repo, r.written.trim_end_matches('/'));
    // `profiling-reports/` names a folder: a file of that name is not it.
    let mut fits = named
        .iter()
        .filter(|p| !r.must_be_dir || ctx.repo.stat(p) == PathState::Dir);
    let first = fits.next()?;
    let chosen = match fits.next() {
        Some(second) if !r.lines.is_empty() => {
            let last = r.lines.iter().map(|l| l.end).max().unwrap_or(0);
            let holds = |p: &String| ctx.repo.line_count(p).is_some_and(|n| n >= last as usize);
            let mut holding = std::iter::once(first)
                .chain(std::iter::once(second))
                .chain(fits)
                .filter(|p| holds(p));
            let one = holding.next()?;
            if holding.next().is_some() {
                return None;
            }
            one
        }
        _ => first,
    };
    r.path = Some(chosen.clone());
    r.alt_path = None;
    Some(r)
}

/// Where a citation that does not climb resolves besides the root: the
/// document's folder, or, when neither the root (`root`) nor that folder has
/// the path, the nearest ancestor folder of the document that has it (a
/// nested project's documents cite from the project's folder). `None` when
/// the path does not join.
fn citation_alt_path(ctx: &Context<'_>, dir: &str, root: &str, written: &str) -> Option<String> {
    let present = |p: &str| !matches!(ctx.repo.stat(p), PathState::Missing | PathState::Outside);
    let beside = join_relative(dir, written)?;
    // The root first: most citations are written from it, and a look on
    // disk for a path a folder lacks is what costs.
    if present(root) || present(&beside) {
        return Some(beside);
    }
    let mut up = dir;
    while let Some(i) = up.rfind('/') {
        up = &up[..i];
        if let Some(p) = join_relative(up, written).filter(|p| present(p)) {
            return Some(p);
        }
    }
    Some(beside)
}

/// Where `~~` stands in a document, to tell whether a reference lies inside
/// `~~…~~` on its line in O(log n) (not by reading its line around it per
/// reference: one line can hold a million references).
struct Strikes<'d> {
    doc: &'d Document,
    /// Starts of the `~~` a scan from each line start finds (non-overlapping).
    pairs: Vec<usize>,
    /// Every offset where `~~` starts (overlapping).
    any: Vec<usize>,
}

impl<'d> Strikes<'d> {
    fn new(doc: &'d Document) -> Strikes<'d> {
        let text = &doc.text;
        if !text.contains("~~") {
            return Strikes {
                doc,
                pairs: Vec::new(),
                any: Vec::new(),
            };
        }
        // `~~` never holds a line break: the non-overlapping matches of the
        // whole text are those of a scan from each line's start.
        let pairs = text.match_indices("~~").map(|(i, _)| i).collect();
        let any = text
            .as_bytes()
            .windows(2)
            .enumerate()
            .filter(|(_, w)| w == b"~~")
            .map(|(i, _)| i)
            .collect();
        Strikes { doc, pairs, any }
    }

    /// Whether `offset` lies inside `~~…~~` on its line: an odd number of `~~`
    /// before it and one more after it.
    fn struck_through(&self, text: &str, offset: usize) -> bool {
        if self.pairs.is_empty() {
            return false;
        }
        let offset = offset.min(text.len());
        if !text.is_char_boundary(offset) {
            return false;
        }
        let lines = &self.doc.lines;
        let n = lines.line_of(offset);
        let start = lines.line_start(n);
        // The line's `\n` (or the text's end).
        let end = if n < lines.line_starts() {
            lines.line_start(n + 1) - 1
        } else {
            text.len()
        };
        let lo = self.pairs.partition_point(|&p| p < start);
        let hi = self.pairs.partition_point(|&p| p + 2 <= offset).max(lo);
        let after = self.any.partition_point(|&p| p < offset);
        (hi - lo) % 2 == 1 && self.any.get(after).is_some_and(|&p| p + 2 <= end)
    }
}

/// Whether the place a mention stands claims something done, so the paths it
/// names are evidence: a checked task item (not an open one, not a plan) or a
/// done row of a status table. A line (or the lead-in line of its list) that
/// says the path was removed, renamed or replaced claims nothing about it.
fn claims_done(doc: &Document, facts: &Facts, offset: usize, context: CodeContext) -> bool {
    // The claim first, the words that take it back only when there is one
    // (the lower-cased line and lead-in cost more than the look-ups).
    if !claim_around(doc, facts, offset, context) {
        return false;
    }
    let line = line_around(&doc.text, offset).to_lowercase();
    let lead_in = lead_in(&doc.text, offset).to_lowercase();
    !REMOVAL_WORDS
        .iter()
        .any(|w| line.contains(w) || lead_in.contains(w))
}

/// Whether the place of `offset` claims its work done: a checked task item,
/// a done row of a status table.
fn claim_around(doc: &Document, facts: &Facts, offset: usize, context: CodeContext) -> bool {
    // The innermost task item around the mention decides. Items stand in
    // document order: it is the last one starting at or before the offset, or
    // the nearest of that one's ancestors that still holds the offset (a walk
    // up the nesting, not a scan of every item per mention).
    let last = doc.tasks.partition_point(|t| t.full.start <= offset);
    let mut at = last.checked_sub(1);
    let mut task = None;
    while let Some(i) = at {
        let t = &doc.tasks[i];
        if t.full.contains(&offset) {
            task = Some(t);
            break;
        }
        at = t.parent.filter(|&p| p < i);
    }
    if let Some(t) = task {
        return t.checked;
    }
    if let CodeContext::TableCell { table, row, .. } = context
        && row != usize::MAX
        && facts.live_status.get(table).is_some_and(|c| !c.is_empty())
    {
        return facts.row_class(doc, table, row) == Some(Class::Done);
    }
    // Prose claims nothing a rule can rely on: measured on real repositories,
    // "completed"/✅ sentences outside task lists and status tables are mostly
    // reports of past work and lists of deleted files. A heading's ✅ over
    // prose is as weak. Silence beats a guess.
    false
}

/// Words that say a path is gone (lower case; matched inside the line).
const REMOVAL_WORDS: &[&str] = &[
    "remov",
    "delet",
    "deprecat",
    "renam",
    "moved",
    "move ",
    "drop",
    "replac",
    "retir",
    "obsolete",
    "legacy",
    "no longer",
    "instead of",
    "formerly",
    "superseded",
    "→",
    "->",
    "删除",
    "削除",
    "不要",
    "廃止",
    "0件",
    "移除",
    "废弃",
    "重命名",
    "迁移",
    "삭제",
    "제거",
    "entfernt",
    "gelöscht",
    "umbenannt",
    "verschoben",
    "ersetzt",
];

/// Whether the line holding `offset` (or the lead-in of its list) says a path
/// was removed, renamed or replaced: what it names is not a live reference.
pub(crate) fn talks_about_removal(text: &str, offset: usize) -> bool {
    let line = line_around(text, offset).to_lowercase();
    let lead_in = lead_in(text, offset).to_lowercase();
    REMOVAL_WORDS
        .iter()
        .any(|w| line.contains(w) || lead_in.contains(w))
}

/// The line that introduces the list holding `offset` (`**Deleted files:**`
/// above `- \`a.ts\``): the nearest earlier line that is neither blank nor a
/// list item, unless a heading comes first. Empty outside lists.
fn lead_in(text: &str, offset: usize) -> &str {
    let Some(before) = text.get(..offset) else {
        return "";
    };
    // The line's start, looked for `NEAR` bytes back: further than that, the
    // offset is deep in a long line (a table row, a paragraph), not a list
    // item's few words.
    let near = crate::text::tail(before, NEAR);
    let start = match near.rfind('\n') {
        Some(i) => offset - near.len() + i + 1,
        None if near.len() == before.len() => 0,
        None => return "",
    };
    if !list_marker::opens_list_item(&text[start..offset]) {
        return "";
    }
    for l in text[..start].lines().rev().take(50) {
        let t = l.trim();
        if t.is_empty() || list_marker::opens_list_item(l) || l.starts_with("  ") {
            continue;
        }
        return if t.starts_with('#') { "" } else { l };
    }
    ""
}

/// The text of the line holding `offset`, when it is at most `NEAR` bytes
/// each side of it.
///
/// On a line longer than that, the `NEAR` bytes each side of `offset`: the
/// words that qualify a reference stand near it, and a line holding
/// thousands of references is not read again for each of them.
fn line_around(text: &str, offset: usize) -> &str {
    let (Some(before), Some(after)) = (text.get(..offset), text.get(offset..)) else {
        return "";
    };
    let before = crate::text::tail(before, NEAR);
    let after = crate::text::head(after, NEAR);
    let start = before
        .rfind('\n')
        .map_or(offset - before.len(), |i| offset - before.len() + i + 1);
    let end = after
        .find('\n')
        .map_or(offset + after.len(), |i| offset + i);
    text.get(start..end).unwrap_or("")
}

/// Whether `offset` stands in a row of a generated report that quotes a line
/// of another file: a table row whose first cell names a tracked file, whose
/// second is a line number, and whose rest is, word for word, a line of that
/// file (`| docs/testing/README.md | 51 | - [Checklist](./CHECKLIST.md) |`
/// in a TODO scanner's `TODO-REPORT.md`: survey 77a, Azora-OS/azora, 7
/// findings judged false). The quoted line's references are the quoted
/// file's, written for its folder and checked in it; a row whose text that
/// file does not hold (the author's own note on the line) is judged.
fn quotes_another_files_line(ctx: &Context<'_>, doc: &Document, offset: usize) -> bool {
    let text = &doc.text;
    let start = text
        .get(..offset)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |i| i + 1);
    let end = text
        .get(offset..)
        .and_then(|a| a.find('\n'))
        .map_or(text.len(), |i| offset + i);
    let Some(row) = text.get(start..end) else {
        return false;
    };
    let Some(inner) = row.trim().strip_prefix('|') else {
        return false;
    };
    let mut cells = inner.splitn(3, '|');
    let (Some(file), Some(line), Some(rest)) = (cells.next(), cells.next(), cells.next()) else {
        return false;
    };
    let file = file.trim().trim_matches('`');
    let line = line.trim();
    let quote = rest.trim_end().strip_suffix('|').unwrap_or(rest).trim();
    if file.is_empty()
        || file == doc.path
        || line.is_empty()
        || !line.bytes().all(|b| b.is_ascii_digit())
        || quote.is_empty()
        || !matches!(ctx.repo.stat(file), PathState::File)
    {
        return false;
    }
    ctx.repo
        .read_text(file)
        .is_some_and(|t| t.lines().any(|l| l.trim() == quote))
}

/// Whether `offset` lies in an evidence cell of a status-table row that is not
/// started: its evidence is yet to be produced.
fn in_open_evidence_cell(doc: &Document, facts: &Facts, offset: usize) -> bool {
    // Tables, and the rows of a table, stand in order without overlapping: the
    // first one ending after `offset` is the only candidate (binary search, not
    // a scan of every row per reference).
    let ti = doc.tables.partition_point(|t| t.span.end <= offset);
    let Some(t) = doc.tables.get(ti).filter(|t| t.span.contains(&offset)) else {
        return false;
    };
    let ri = t.rows().partition_point(|r| r.span.end <= offset);
    let Some(row) = t.rows().get(ri).filter(|r| r.span.contains(&offset)) else {
        return false;
    };
    facts.roles[ti].evidence.iter().any(|&c| {
        row.cells()
            .get(c)
            .is_some_and(|cell| cell.span.start <= offset && offset < cell.span.end)
    }) && (facts.row_class(doc, ti, ri) == Some(Class::NotStarted)
        || facts.row_says_pending(doc, ti, ri))
}

/// Whether a link's last segment is a wildcard (`research-*.md`, `v?.md`)
/// that names files of its folder: a hub's line for the documents beside it
/// (`[Research Documents](research-*.md)`), not a path. A wildcard that
/// matches no file is still reported.
fn glob_names_files(ctx: &Context<'_>, path: &str) -> bool {
    let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
    if !name.contains(['*', '?']) || dir.contains(['*', '?']) {
        return false;
    }
    ctx.repo
        .children(dir)
        .iter()
        .any(|child| wildcard_match(name.as_bytes(), child.as_bytes()))
}

/// Whether `name` matches `pattern`, whose `*` stands for any run of bytes
/// and `?` for one byte.
fn wildcard_match(pattern: &[u8], name: &[u8]) -> bool {
    let (mut p, mut n) = (0, 0);
    // Where the last `*` was, and the name's position it was tried at.
    let mut star: Option<(usize, usize)> = None;
    while n < name.len() {
        if p < pattern.len() && (pattern[p] == b'?' || pattern[p] == name[n]) {
            p += 1;
            n += 1;
        } else if p < pattern.len() && pattern[p] == b'*' {
            star = Some((p, n));
            p += 1;
        } else if let Some((sp, sn)) = star {
            p = sp + 1;
            n = sn + 1;
            star = Some((sp, sn + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|&c| c == b'*')
}

/// Whether a link that climbs out of the repository goes into a sibling
/// checkout of the author's workspace (`../../../../work-prod/backend/openapi.yaml`
/// from `admin/decisions/x/`): it climbs exactly one level above the root,
/// then into a folder that is not at this repository's root (nor this
/// repository's own folder), to a path that names nothing of this tree
/// read from the document's folder or any folder above it (see
/// [`names_nothing_near`]). Such a link names
/// another repository on purpose; nothing here can fix it. A link with one
/// `../` too many (`../backend/README.md` from the root with `backend/`
/// here, `../../../decisions/x.md` for `admin/decisions/x.md`) is still
/// reported.
fn sibling_checkout(ctx: &Context<'_>, doc: &Document, written: &str) -> bool {
    let w = written.split(['#', '?']).next().unwrap_or("");
    if !w.starts_with("..") {
        return false;
    }
    let mut inside: Vec<&str> = doc.dir().split('/').filter(|s| !s.is_empty()).collect();
    let mut above = 0usize;
    let mut rest: Vec<&str> = Vec::new();
    for seg in w.split('/') {
        match seg {
            "" | "." => {}
            ".." if !rest.is_empty() => return false,
            ".." => {
                if inside.pop().is_none() {
                    above += 1;
                }
            }
            s if above == 0 => inside.push(s),
            s => rest.push(s),
        }
    }
    // A checkout beside this one named as a folder alone
    // (`[microservices-agent-skills/](../microservices-agent-skills/)` in a
    // workspace's index: survey s125h) is one too, when no folder of this
    // tree has its name; a single file beside the repository is not.
    let folder_alone = rest.len() == 1 && w.ends_with('/');
    if above != 1 || (rest.len() < 2 && !folder_alone) || ctx.repo.root_entry_exists(rest[0]) {
        return false;
    }
    let own = ctx
        .repo
        .workdir()
        .and_then(|d| d.file_name())
        .is_some_and(|n| n.to_str() == Some(rest[0]));
    if own {
        return false;
    }
    if folder_alone {
        let (at_root, inside) = (format!("{}/", rest[0]), format!("/{}/", rest[0]));
        return !ctx
            .repo
            .tracked_files()
            .any(|p| p.starts_with(&at_root) || p.contains(&inside));
    }
    names_nothing_near(ctx, doc.dir(), &rest)
}

/// Whether `rest` (a path's named segments, at least two), read from the
/// document's folder or any folder above it (a link with too many `../`),
/// names nothing of this tree: neither the target nor its folder; nor,
/// unless it names a folder's README or index page, a path of this tree
/// anywhere that ends the same way (see [`names_nothing_here`]). A README
/// elsewhere that ends the same way is no reading of the link:
/// a docs repository kept beside its workspace's `gitops` checkout links
/// `../../gitops/README.md` from `03-services/x.md` while its own
/// `06-operations/deployment/gitops/README.md` documents that checkout
/// (survey s125h, vesviet/Composable-Commerce-Service-Architecture: 16
/// findings judged false).
fn names_nothing_near(ctx: &Context<'_>, dir: &str, rest: &[&str]) -> bool {
    let Some((_, folder)) = rest.split_last() else {
        return false;
    };
    if folder.is_empty() {
        return false;
    }
    let tail = rest.join("/");
    let folder = folder.join("/");
    let mut at = dir.trim_end_matches('/');
    loop {
        let join = |p: &str| {
            if at.is_empty() {
                p.to_string()
            } else {
                format!("{at}/{p}")
            }
        };
        if !matches!(
            ctx.repo.stat(&join(&tail)),
            PathState::Missing | PathState::Outside
        ) || ctx.repo.is_tracked_dir(&join(&folder))
        {
            return false;
        }
        if at.is_empty() {
            break;
        }
        at = at.rsplit_once('/').map_or("", |(d, _)| d);
    }
    // A file of its own name found elsewhere is what the link meant, moved
    // (`../../../decisions/wf/adr-002.md` for `admin/decisions/wf/adr-002.md`);
    // a folder's README or index page is in every folder, and names none.
    let name = rest
        .last()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default();
    matches!(
        name.as_str(),
        "readme.md" | "readme" | "index.md" | "_index.md" | "readme.mdx" | "index.mdx"
    ) || names_nothing_here(ctx, rest)
}

/// Whether `rest` (a path's named segments, at least two) names nothing of
/// this tree: neither the target nor its folder is a path of it, under any
/// folder (`images/p/b.png` of a blog whose `docs/blog/images/p/` lacks
/// `b.png` is this repository's folder).
fn names_nothing_here(ctx: &Context<'_>, rest: &[&str]) -> bool {
    let Some((_, folder)) = rest.split_last() else {
        return false;
    };
    if folder.is_empty() {
        return false;
    }
    let tail = rest.join("/");
    let folder = folder.join("/");
    let at_end = format!("/{tail}");
    let (folder_at_root, folder_inside) = (format!("{folder}/"), format!("/{folder}/"));
    !ctx.repo.tracked_files().any(|p| {
        p == tail
            || p.ends_with(&at_end)
            || p.starts_with(&folder_at_root)
            || p.contains(&folder_inside)
    })
}

/// Whether a link that climbs inside the repository names a checkout of
/// the project the document is filed under, one `../` short of leaving the
/// repository (`../../../../work-prod/.cursor/commands/pr.md` from
/// `admin/planning/opportunities/external/work-prod/cursor-commands/`, the
/// notes about the author's other repository `work-prod`): after its run of
/// `../`, the link names a folder that is not there, that git history never
/// held there, and that is one of the folders of the document's own path,
/// below where the link lands; and what follows it names nothing of this
/// tree, neither the target nor its folder (see [`names_nothing_here`]).
/// Nothing in this repository can fix it (survey 26, dev-infra: 4 findings
/// judged false). So does a link that climbs exactly to the root, one `../`
/// short of the sibling checkout, to a folder that its line names as a word
/// outside the link's destination (`- **[Source
/// Command](../../../../work-prod/.cursor/commands/post-pr.md)** - Original
/// work-prod command` from `admin/planning/commands/phase-2-supporting/`; 1
/// judged false, 26 findings), with the same conditions. A wrong-depth link
/// to a file of this tree (`../../../decisions/x/adr-001.md` for
/// `admin/decisions/x/adr-001.md`), to a folder of it, or to a folder this
/// tree once held, is still reported.
fn names_own_subject_checkout(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    let written = r.written.as_str();
    let w = written.split(['#', '?']).next().unwrap_or("");
    if !w.starts_with("../") {
        return false;
    }
    let own: Vec<&str> = doc.dir().split('/').filter(|s| !s.is_empty()).collect();
    let mut up = 0usize;
    let mut rest: Vec<&str> = Vec::new();
    for seg in w.split('/').filter(|s| !s.is_empty() && *s != ".") {
        if seg == ".." && rest.is_empty() {
            up += 1;
        } else if seg == ".." {
            return false;
        } else {
            rest.push(seg);
        }
    }
    let Some(kept) = own.len().checked_sub(up) else {
        return false;
    };
    let (land, below) = own.split_at(kept);
    let Some(&name) = rest.first() else {
        return false;
    };
    if rest.len() < 3 || !(below.contains(&name) || (land.is_empty() && line_names(doc, r, name))) {
        return false;
    }
    let at = if land.is_empty() {
        name.to_string()
    } else {
        format!("{}/{name}", land.join("/"))
    };
    ctx.repo.stat(&at) == PathState::Missing
        && names_nothing_here(ctx, &rest)
        && ctx.history.deleted(&at).is_none()
}

/// Whether the line of a link names `name` (three characters or more) as a
/// word, outside the link's destination and not as part of a path, whatever
/// its case: `Original
/// work-prod command`, `[Work-Prod Post PR Command](…)`.
fn line_names(doc: &Document, r: &Reference, name: &str) -> bool {
    if name.chars().count() < 3 {
        return false;
    }
    let line = line_around(&doc.text, r.span.start).replace(r.written.as_str(), " ");
    let (line, name) = (line.to_lowercase(), name.to_lowercase());
    // A name joined to a path (another link's `../work-prod/x.md`) is no word.
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '/');
    line.match_indices(&name).any(|(i, m)| {
        !word(line[..i].chars().next_back()) && !word(line[i + m.len()..].chars().next())
    })
}

/// Whether the line of a reference says its target may not exist (`Inspect
/// `DOCS/INPROGRESS/blocked.md` if it exists`, `if present`, `(if any)`,
/// `when available`, Italian `quando disponibile`):
/// an agent's workflow naming a file it creates per task and archives after
/// (survey 14: isoinspector's command documents, 6 findings), or that
/// creating it changes something (`creating this file will override the
/// default dictionary`: an optional file). The author expects it to be
/// missing at times; a missing or moved target is no finding there.
fn written_conditionally(doc: &Document, r: &Reference) -> bool {
    let line = line_around(&doc.text, r.span.start).as_bytes();
    // Every phrase has an `i` or a `w`: a line with neither (a line of
    // citations) is answered without a copy; the phrases are ASCII, so an
    // ASCII lower-case copy is enough.
    if memchr::memchr2(b'i', b'I', line).is_none() && memchr::memchr2(b'w', b'W', line).is_none() {
        return false;
    }
    let line = line.to_ascii_lowercase();
    [
        "if it exists",
        "if they exist",
        "if one exists",
        "if exists",
        "if present",
        "when present",
        "(if any)",
        "if available",
        "when available",
        // The same in Italian: a vertical slice plan's `[`enc_tutorial_03.yaml`](…)
        // quando disponibile` (survey 56a, MasterDD-L34D/Game).
        "quando disponibile",
        "se disponibile",
        "se esiste",
        // check-spelling's configuration README: `[dictionary.txt](dictionary.txt)
        // | Replacement dictionary (creating this file will override the
        // default dictionary)` names a file a repository adds only to
        // override (survey 29c, jekyll/jekyll).
        "creating this file",
    ]
    .iter()
    .any(|w| memchr::memmem::find(&line, w.as_bytes()).is_some())
}

/// Whether a missing link target is an agent instruction file's example of
/// how to write a link (see [`agent_instructions::example_line`]): a link on
/// an `Example:` line whose target git history never held, read from the
/// document's folder or from the root the agent reads it from.
fn example_of_agent_rules(ctx: &Context<'_>, doc: &Document, r: &Reference, path: &str) -> bool {
    if r.kind != RefKind::Link
        || !agent_instructions::reads_from_root(&doc.path)
        || !agent_instructions::example_line(line_around(&doc.text, r.span.start))
    {
        return false;
    }
    let never = |p: &str| {
        let p = p.trim_end_matches('/');
        ctx.history.deleted(p).is_none() && ctx.history.renamed(p).is_none()
    };
    never(path) && never(r.written.trim_start_matches("./"))
}

/// Whether a missing link target is a file of the project a coding agent's
/// prompt file works on (see [`agent_instructions::prompt_file`]): a link
/// of a prompt, outside the hidden folders of the prompt library's own
/// files, to a path git history never held. The prompt names what the agent
/// is to create or read in the project it is run in (survey s111b,
/// stefaniuk/promptfiles-copilot: 23 findings judged false). A link into
/// `.github/` or `.specify/` (the library's own instructions), a target
/// deleted or moved since, and the same link in another document are judged.
fn prompt_target(ctx: &Context<'_>, doc: &Document, r: &Reference, path: &str) -> bool {
    if r.kind != RefKind::Link
        || !agent_instructions::prompt_file(&doc.path)
        || !agent_instructions::names_project_file(path)
    {
        return false;
    }
    let p = path.trim_end_matches('/');
    ctx.history.deleted(p).is_none() && ctx.history.renamed(p).is_none()
}

/// Whether a missing link target is one its line says is still to be made:
/// the line marks it `(planned)`, `(if created)`, `(when created)`, `(coming
/// soon)`, `(to be created)`, `(not yet created)`, `(to be written)` or, in
/// Czech, `(když bude vytvořen)` (`- [Data
/// Governance](data-governance/) - research data policies (planned)`), or
/// the line is a table row with a cell that says only `Planned`, `Coming
/// soon` or `Not started` (`| Unified Docs Strategy | [README.md](…) |
/// **Planned** |`: a documentation hub's row for a page yet to be written;
/// survey 32b, proxmox-astronomy-lab and New-Working), and git history never
/// held the target. A target deleted or moved since, one that is there read
/// from a folder above the document (`[CONTRIBUTING.md](CONTRIBUTING.md)
/// *(planned)*` in `framework/INDEX.md`, with a root `CONTRIBUTING.md`: the
/// file was made, the link is wrong), one whose name, less its extension,
/// opens the name of a tracked file of the same kind (`[API
/// Documentation](../api_documentation.md) (to be created)` beside a
/// tracked `docs/api_documentation_overview.md`: survey 32a, FineHero; the
/// page may have been made under a longer name), and a line without such a
/// mark, are judged.
fn marked_yet_to_be_made(ctx: &Context<'_>, doc: &Document, r: &Reference, path: &str) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let line = line_around(&doc.text, r.span.start);
    let lower = line.to_lowercase();
    let marked = [
        "(planned)",
        "(if created)",
        "(when created)",
        "(coming soon)",
        "(to be created)",
        "(not yet created)",
        "(to be written)",
        // Czech "(when it is created)", any gender (`vytvořen`, `vytvořena`,
        // `vytvořeno`): `- [decisions/privacy_first_design.md](…) - Privacy
        // design (když bude vytvořen)` (survey s122a, xafour/Hradcany_rules,
        // 2 findings judged false).
        "(když bude vytvořen",
        "(až bude vytvořen",
    ]
    .iter()
    .any(|w| lower.contains(w));
    let planned_row = || {
        let row = lower.trim();
        row.starts_with('|')
            && row.split('|').any(|cell| {
                let bare = cell.trim_matches(|c: char| !c.is_alphanumeric());
                matches!(bare, "planned" | "coming soon" | "not started")
            })
    };
    if !(marked || planned_row() || todo_status_row(doc, r) || announced_as_coming(doc, r)) {
        return false;
    }
    // Read from a folder above the document (the root included), the link
    // names a file that is there: it was made, and the link is written for
    // another folder (a moved document's links fold into one finding).
    let written = r.written.trim_end_matches('/');
    let mut above = doc.dir();
    loop {
        above = above.rfind('/').map_or("", |i| &above[..i]);
        if join_relative(above, written).is_some_and(|p| {
            matches!(
                ctx.repo.stat(&p),
                PathState::File | PathState::Dir | PathState::Submodule
            )
        }) {
            return false;
        }
        if above.is_empty() {
            break;
        }
    }
    if made_under_longer_name(ctx, path) {
        return false;
    }
    let path = path.trim_end_matches('/');
    ctx.history.deleted(path).is_none() && ctx.history.renamed(path).is_none()
}

/// Whether the link stands in a table row whose status cell (under a header
/// naming a status) says only `TODO` (`📝 TODO`, `To do`): a documentation
/// index's row for a page yet to be written (`| [IDE
/// Configuration](./docs/development/setup/ide-configuration.md) | VSCode/IDE
/// setup | … | 📝 TODO | Monthly |`: survey s126e,
/// sholden3/aiorchestration's `DOCUMENTATION_INDEX.md`, 14 findings judged
/// false). `TODO` in another column (a description left blank) says nothing
/// of the page, and a row whose status says `✅ Current` is judged.
fn todo_status_row(doc: &Document, r: &Reference) -> bool {
    let Some(table) = table_of(doc, r.span.start) else {
        return false;
    };
    let Some((Some(ri), _)) = table.cell_at(r.span.start) else {
        return false;
    };
    let Some(row) = table.rows().get(ri) else {
        return false;
    };
    let header = table.header();
    let header_cells: Vec<_> = header.cells().iter().collect();
    row.cells().iter().enumerate().any(|(i, cell)| {
        let bare = table
            .cell_text(&doc.text, &cell)
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        matches!(bare.as_str(), "todo" | "to do")
            && header_cells.get(i).is_some_and(|h| {
                table
                    .cell_text(&doc.text, h)
                    .to_lowercase()
                    .contains("status")
            })
    })
}

/// Whether a tracked file's name opens with the name of the missing file
/// `path`, less its extension, and has its extension (`api_documentation.md`
/// and `docs/api_documentation_overview.md`): a page announced as yet to be
/// written may have been written under a longer name. Names of fewer than
/// six characters (`faq`, `setup`) open too many names to say so.
fn made_under_longer_name(ctx: &Context<'_>, path: &str) -> bool {
    let name = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    if stem.chars().count() < 6 {
        return false;
    }
    let stem = stem.to_lowercase();
    let ext = ext.to_lowercase();
    ctx.repo.listed_files().any(|f| {
        let n = f.rsplit('/').next().unwrap_or("").to_lowercase();
        n.len() > name.len()
            && n.starts_with(&stem)
            && n.rsplit_once('.').is_some_and(|(_, e)| e == ext)
    })
}

/// Whether a link stands inside a Markdown example that a nested fence broke
/// (see [`super::document_unclosed_fence::broken_examples`]): the template's
/// text renders as Markdown only because of the broken fence, which
/// `document/unclosed-fence` reports: one problem, one finding.
fn in_broken_example(doc: &Document, r: &Reference) -> bool {
    if doc.code_blocks.len() < 2 {
        return false;
    }
    // Worked out once per document: a document with many missing links
    // asks for each of them.
    let key = (std::ptr::from_ref(doc) as usize, doc.text.len());
    BROKEN_EXAMPLES.with(|cell| {
        let mut c = cell.borrow_mut();
        if c.0 != key || c.1 != doc.path {
            *c = (
                key,
                doc.path.clone(),
                super::document_unclosed_fence::broken_examples(doc),
            );
        }
        c.2.iter().any(|region| region.contains(&r.span.start))
    })
}

/// A document's address and length, its path, and its broken examples.
type BrokenExamples = ((usize, usize), String, Vec<Range<usize>>);

thread_local! {
    /// [`super::document_unclosed_fence::broken_examples`] of the document
    /// last asked about, by its address, length and path.
    static BROKEN_EXAMPLES: std::cell::RefCell<BrokenExamples> =
        const { std::cell::RefCell::new(((0, 0), String::new(), Vec::new())) };
}

/// Words that, as the whole of a note in parentheses right after a link or
/// as its start, say the page is yet to be written: `[Keyboard Shortcuts
/// Guide](./KEYBOARD_SHORTCUTS.md) (coming soon)` (survey 32a, PaiiD's
/// `docs/STORYBOARD_USER_GUIDE.md`, 2 findings judged false).
const COMING_NOTES: &[&str] = &[
    "coming soon",
    "coming later",
    "tbd",
    "tba",
    "to be written",
    "to be created",
    "to be added",
    "to be documented",
    "not yet written",
    "not yet created",
    "not yet available",
    "not written yet",
    "not created yet",
    "planned",
    "forthcoming",
    "upcoming",
    "próximamente",
    "proximamente",
    "en construcción",
    "à venir",
    "bientôt",
    "demnächst",
    "即将推出",
    "敬请期待",
    "準備中",
    "近日公開",
    "作成予定",
    "作成中",
    "未作成",
    "執筆中",
    "待补充",
    "待完善",
    "待编写",
    "待创建",
    "编写中",
];

/// The Japanese request to see a page, which Japanese puts after the link:
/// `[CONTRIBUTING.md](CONTRIBUTING.md) を参照してください（準備中）`, "see
/// CONTRIBUTING.md (in preparation)" (survey 61c,
/// kynmh69/speck-project-budget-tracker's README). A note after it is about
/// the link, as one right after the link is; longest first.
const SEE_PHRASES: &[&str] = &[
    "を参照してください",
    "をご参照ください",
    "を参照ください",
    "をご覧ください",
    "を見てください",
    "を参照",
];

/// Whether a link is followed on its line by a note in parentheses that
/// says its page is yet to be written: `[Keyboard Shortcuts
/// Guide](./KEYBOARD_SHORTCUTS.md) (coming soon)`, `*(TBD)*`, `— (planned)`,
/// `(future)`, or after a dash by such a note and nothing else (`- Future`)
/// (survey 32a, PaiiD's `docs/STORYBOARD_USER_GUIDE.md`, 2 findings judged
/// false). A note that says something else (`(see below)`) or comes after
/// other words (`[Guide](./GUIDE.md) and more (coming soon)`: the note may
/// be about the rest of the line) is not one, but the Japanese request to see
/// the page (`を参照してください`, [`SEE_PHRASES`]) may stand between, and the
/// parentheses may be full-width (`（準備中）`). See [`marked_yet_to_be_made`].
fn announced_as_coming(doc: &Document, r: &Reference) -> bool {
    let Some(after) = doc.text.get(r.span.end..) else {
        return false;
    };
    let after = crate::text::head(after, NEAR);
    let after = after.split('\n').next().unwrap_or("");
    // A dash or a colon between the link and its note.
    let dashed = after
        .trim_start_matches([' ', '\t', '*', '_'])
        .starts_with(['-', '–', '—', ':']);
    // Emphasis and separators between the link and its note.
    let after = after.trim_start_matches([' ', '\t', '*', '_', '-', '–', '—', ':', ',']);
    // Japanese asks the reader to see the page after the link.
    let after = SEE_PHRASES
        .iter()
        .find_map(|p| after.strip_prefix(p))
        .map_or(after, |rest| {
            rest.trim_start_matches([' ', '\t', '\u{3000}'])
        });
    // A note in ASCII or in full-width parentheses (`（準備中）`, `（待补充）`).
    let note = after
        .strip_prefix('(')
        .and_then(|n| n.split_once(')'))
        .or_else(|| after.strip_prefix('（').and_then(|n| n.split_once('）')));
    let Some(note) = note else {
        return dashed && dashed_note_says_coming(after);
    };
    let note = note
        .0
        .trim()
        .trim_end_matches(['.', '!', '。'])
        .to_lowercase();
    note == "future"
        || COMING_NOTES.iter().any(|w| {
            note == *w
                || note.strip_prefix(w).is_some_and(|rest| {
                    rest.starts_with([' ', ',', ';', ':', '-', '–', '—', '、', '，', '：'])
                })
        })
}

/// Whether the rest of a link's line after a dash is, all of it, a note
/// that the page is yet to be written: `- [API Documentation](./API.md) -
/// Future` in an agent's documentation index, beside `- [Product
/// Requirements](./PRD.md) - Exists` (survey 44a, openann19/pet4, 5
/// findings judged false). Other words (`- See `/src/components``,
/// `- Future work on caching`) are a description and the link is judged.
fn dashed_note_says_coming(rest: &str) -> bool {
    let note = rest
        .trim_end()
        .trim_end_matches(['.', '!', '*', '_', ' '])
        .to_lowercase();
    note == "future" || COMING_NOTES.contains(&note.as_str())
}

/// Whether a relative link climbs to a route of GitHub's web pages, a
/// `tree/HEAD/` or `blob/HEAD/` after its run of `../`
/// (`[README.md](../tree/HEAD/README.md)`): text written for a comment on a
/// pull request or an issue, whose URL it is read from (check-spelling's
/// `advice.md`, which the action pastes into its comment: survey 29c,
/// jekyll/jekyll). No tree holds a folder `tree/HEAD`; a link to
/// `../tree/main/x` or to a real folder is judged.
fn github_web_route(written: &str) -> bool {
    let mut segs = written
        .split(['#', '?'])
        .next()
        .unwrap_or("")
        .split('/')
        .skip_while(|s| *s == ".." || *s == ".");
    written.starts_with("../")
        && matches!(segs.next(), Some("tree" | "blob"))
        && segs.next() == Some("HEAD")
        && segs.next().is_some_and(|s| !s.is_empty())
}

/// Whether a missing link target is a file an open task item will create:
/// the link stands in the item's own text (an unticked `- [ ]` or `2. [ ]`,
/// no other mark in its box), its text names the file (`[src/lib/loop/types.ts]
/// (../../src/lib/loop/types.ts) — the four types above`: the text is the end
/// of the target's path, a file name with an extension) and git history
/// never held the target (survey 27a, an ADR's action items). A ticked
/// item's link, a link with other words (`[the runbook](docs/runbok.md)`, a
/// typo is as likely) and a target deleted or moved since are judged.
fn to_be_created(ctx: &Context<'_>, doc: &Document, r: &Reference, path: &str) -> bool {
    if r.kind != RefKind::Link || r.must_be_dir {
        return false;
    }
    let Some(task) = doc.task_owning(r.span.start) else {
        return false;
    };
    if task.checked || task.symbol.is_some() {
        return false;
    }
    let Some(source) = doc.text.get(r.span.clone()) else {
        return false;
    };
    let Some(label) = source
        .strip_prefix('[')
        .and_then(|rest| rest.split_once("]("))
        .map(|(label, _)| label.trim().trim_matches('`').trim())
    else {
        return false;
    };
    let name = label.rsplit('/').next().unwrap_or(label);
    let has_extension = name
        .rsplit_once('.')
        .is_some_and(|(stem, ext)| !stem.is_empty() && !ext.is_empty());
    if label.is_empty() || label.contains(char::is_whitespace) || !has_extension {
        return false;
    }
    let path = path.trim_end_matches('/');
    let label = label.trim_start_matches("./");
    if !(path == label || path.ends_with(&format!("/{label}"))) {
        return false;
    }
    ctx.history.deleted(path).is_none() && ctx.history.renamed(path).is_none()
}

/// How many other folders of an archive must hold a file's name for the file
/// to be one a workflow re-creates per task (see [`per_task_file`]).
const PER_TASK_COPIES: usize = 3;

/// Whether a missing `path` is a file an agent workflow keeps per task and
/// archives with it: git history shows it moved into an archive folder, and
/// that archive holds files of the same name in [`PER_TASK_COPIES`] or more
/// other folders (ISOInspector's `DOCS/INPROGRESS/blocked.md`, moved to
/// `DOCS/TASK_ARCHIVE/228_…/blocked.md` beside 23 other task folders'
/// `blocked.md`), leaving its folder for one of another name (a folder
/// archived whole keeps its name; a README or index page is not a task's
/// file). The path is the workflow's convention, to be re-created
/// with the next task, not a pointer to the archived copy (survey 21: 6
/// `path/renamed` findings). A file moved into an archive under a name of
/// its own (`INPROGRESS/Phase5.2_PerformanceProfiling.md`) was retired: it
/// is still reported.
fn per_task_file(ctx: &Context<'_>, path: &str) -> bool {
    if path.ends_with('/') {
        return false;
    }
    // The tree first: without files of this name in three archived folders
    // no history can make it a per-task file (git's rename detection and
    // the deletion walk are the costly part of a run with missing links).
    let file_name = path.rsplit('/').next().unwrap_or(path);
    let same_name = ctx.anchors.named(ctx.repo, file_name);
    let archived: HashSet<&str> = same_name
        .iter()
        .filter(|p| in_archive(p))
        .filter_map(|p| p.rsplit_once('/').map(|(d, _)| d))
        .collect();
    if archived.len() < PER_TASK_COPIES {
        return false;
    }
    let Some(moved) = ctx.history.renamed(path) else {
        return false;
    };
    let to = moved.to.as_str();
    if !in_archive(to) || in_archive(path) {
        return false;
    }
    let name = to.rsplit('/').next().unwrap_or(to);
    if name != path.rsplit('/').next().unwrap_or(path) || is_index_page(to) {
        return false;
    }
    // Filed into a task's folder: the file left its folder (`INPROGRESS`)
    // for one of another name. A folder archived whole (`docs/feature-x/` →
    // `archive/feature-x/`) keeps its name: its files were retired.
    let parent = |p: &str| {
        p.rsplit_once('/')
            .map_or("", |(d, _)| d)
            .rsplit('/')
            .next()
            .unwrap_or("")
            .to_string()
    };
    if parent(path) == parent(to) {
        return false;
    }
    // The archive: `to`'s folders up to the first archive-like one.
    let segments: Vec<&str> = to.split('/').collect();
    let Some(root_len) = segments[..segments.len() - 1]
        .iter()
        .position(|s| is_archive_folder(s))
    else {
        return false;
    };
    let root = format!("{}/", segments[..=root_len].join("/"));
    let own_folder = to.rsplit_once('/').map_or("", |(d, _)| d);
    let named = ctx.anchors.named(ctx.repo, name);
    let folders: HashSet<&str> = named
        .iter()
        .filter(|p| p.starts_with(&root))
        .filter_map(|p| p.rsplit_once('/').map(|(d, _)| d))
        .filter(|d| *d != own_folder)
        .collect();
    folders.len() >= PER_TASK_COPIES
}

/// Whether a missing folder `path` is an agent workflow's folder of open
/// tasks that git history emptied into an archive: its last entry moved into
/// an archive folder (a segment of the new path is archive-like), which holds
/// [`PER_TASK_COPIES`] or more other folders, and no folder of the new path
/// below the archive carries the old folder's name. Conductor's
/// `conductor/index.md` links `[Tracks Directory](./tracks/)`; each finished
/// track moves from `tracks/` to `archive/`, so with no track open the folder
/// is gone from git until the next one (survey 66a, allisson/secrets, 1
/// `path/renamed` finding judged false, saying the folder was retired into
/// one archived track). A folder archived whole under its own name
/// (`docs/feature-x/` → `docs/archive/feature-x/`, or `2024-feature-x/`)
/// was retired, and is reported.
fn emptied_task_folder(ctx: &Context<'_>, path: &str) -> bool {
    let key = path.trim_end_matches('/');
    let name = key.rsplit('/').next().unwrap_or(key).to_lowercase();
    if name.is_empty() || key.split('/').any(is_archive_folder) {
        return false;
    }
    // With no tracked folder under an archive-like one, nothing can have been
    // emptied into one, and the history's rename walk is not taken: for a
    // folder that never existed it reads the whole history (12% of the CPU
    // of a check of tldr-pages/tldr, 38,000 pages and a long history).
    let archives = ctx.repo.memo("references::has_archive_folder", |repo| {
        let mut last = None;
        repo.tracked_files_split().any(|f| {
            if last == Some(f.dir) {
                return false;
            }
            last = Some(f.dir);
            f.dir.split('/').any(is_archive_folder)
        })
    });
    if !archives {
        return false;
    }
    let Some(moved) = ctx.history.renamed(key) else {
        return false;
    };
    let to = moved.to.trim_end_matches('/');
    if ctx.repo.stat(to) != PathState::Dir {
        return false;
    }
    let segments: Vec<&str> = to.split('/').collect();
    let Some(root_len) = segments.iter().position(|s| is_archive_folder(s)) else {
        return false;
    };
    if segments[root_len + 1..]
        .iter()
        .any(|s| s.to_lowercase().contains(&name))
    {
        return false;
    }
    let root = segments[..=root_len].join("/");
    let brought = segments.get(root_len + 1).copied();
    let others = ctx
        .repo
        .children(&root)
        .iter()
        .filter(|c| Some(c.as_str()) != brought)
        .filter(|c| ctx.repo.stat(&format!("{root}/{c}")) == PathState::Dir)
        .count();
    others >= PER_TASK_COPIES
}

/// `path:14` or `path:14-20` → (path, lines 14-20), for a path with a
/// folder or an extension.
fn citation_line_suffix(p: &str) -> Option<(&str, LineRange)> {
    let (path, suffix) = p.rsplit_once(':')?;
    let num = |s: &str| {
        (!s.is_empty() && s.len() < 10 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (start, end) = match suffix.split_once('-') {
        Some((a, b)) => (num(a)?, num(b.trim_start_matches(['L', 'l']))?),
        None => (num(suffix)?, num(suffix)?),
    };
    let name = path.rsplit('/').next().unwrap_or(path);
    (start >= 1 && start <= end && (path.contains('/') || has_extension(name)))
        .then_some((path, LineRange { start, end }))
}

/// A citation path: from the repository root. Returns (normalised, outside?).
fn root_path(p: &str) -> (String, bool) {
    if p.starts_with('/') || p.starts_with('~') || is_windows_abs(p) {
        return (p.to_string(), true);
    }
    match crate::source::normalize(p) {
        Some(n) => (n, false),
        None => (p.to_string(), true),
    }
}

fn is_windows_abs(p: &str) -> bool {
    let b = p.as_bytes();
    b.len() >= 3 && b[0].is_ascii_alphabetic() && b[1] == b':' && (b[2] == b'\\' || b[2] == b'/')
}

/// Whether a destination has a URL scheme (`https:`, `mailto:`), as opposed to a
/// path or an editor-style `file.py:12`.
fn has_scheme(dest: &str) -> bool {
    let Some(colon) = dest.find(':') else {
        return false;
    };
    let scheme = &dest[..colon];
    if scheme.is_empty()
        || !scheme.as_bytes()[0].is_ascii_alphabetic()
        || !scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'-' || b == b'.')
    {
        return false;
    }
    // `pyproject.toml:20` is an editor-style line reference, not a scheme.
    !(editor_line_suffix(dest).is_some() && (scheme.contains('.') || scheme.contains('/')))
}

/// `path:12` or `path:12:5` → (path, 12).
fn editor_line_suffix(dest: &str) -> Option<(&str, u32)> {
    let mut parts = dest.rsplitn(3, ':');
    let last = parts.next()?;
    let mid = parts.next()?;
    let rest = parts.next();
    let is_num = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    // `path:177-213`: a range, from its first line.
    fn first_of_range(s: &str) -> Option<&str> {
        let is_num = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        s.split_once('-')
            .filter(|(a, b)| is_num(a) && is_num(b))
            .map(|(a, _)| a)
    }
    match rest {
        Some(path) if is_num(mid) && is_num(last) => Some((path, mid.parse().ok()?)),
        _ if is_num(last) => {
            let path = &dest[..dest.len() - last.len() - 1];
            Some((path, last.parse().ok()?))
        }
        _ => {
            let first = first_of_range(last)?;
            let path = &dest[..dest.len() - last.len() - 1];
            Some((path, first.parse().ok()?))
        }
    }
}

/// What a document's links share, read once per document: whether it says
/// it concatenates other pages, and its sections that list script payloads.
struct Page<'a> {
    concatenation: bool,
    payloads: &'a [Range<usize>],
}

/// `TODO-url`, `TBD-link`: a placeholder marker in capitals, then `-` or `_`
/// and the name of what is to be filled in.
fn capital_placeholder_fragment(frag: &str) -> bool {
    ["TODO", "TBD", "FIXME"].iter().any(|marker| {
        frag.strip_prefix(marker)
            .is_some_and(|rest| rest.len() > 1 && (rest.starts_with('-') || rest.starts_with('_')))
    })
}

/// A link destination → reference (None for URLs and empty links).
/// Whether the link whose text `source` starts at byte `at` is shown
/// rendered beside its own source: a code span of its line holds that text
/// (see [`link_missing_path::rendered_beside_source`]). The line and its code
/// spans are found by binary search: a line of 20,000 links is not read
/// once for each of them.
fn shown_beside_source(doc: &Document, at: usize, source: &str) -> bool {
    let line = doc.lines.report_line_range(at);
    let first = doc.code_spans.partition_point(|c| c.span.end <= line.start);
    doc.code_spans[first..]
        .iter()
        .take_while(|c| c.span.start < line.end)
        .any(|c| {
            doc.text
                .get(c.span.start.max(line.start)..c.span.end.min(line.end))
                .is_some_and(|code| link_missing_path::rendered_beside_source(code, source))
        })
}

fn link_reference(
    doc: &Document,
    dest: &str,
    span: Range<usize>,
    kind: LinkKind,
    page: &Page<'_>,
) -> Option<Reference> {
    let dest = dest.trim();
    if dest.is_empty() || dest.starts_with("//") || has_scheme(dest) || dest.starts_with('?') {
        return None;
    }
    if dest.contains("{{") || dest.contains("{%") {
        return None; // template syntax
    }
    // A placeholder, not a target: `[s3-backend]: TODO`, `[PR](tbd)`.
    if ["todo", "tbd", "tba", "tdb", "…", "...", "#"].contains(&dest.to_lowercase().as_str()) {
        return None;
    }
    // The same placeholder as a section of the page: `[Engagement roles](#TODO)`
    // (survey 32c, 18F's handbook: a section yet to be written).
    if dest
        .strip_prefix('#')
        .is_some_and(|frag| ["todo", "tbd", "tba", "tdb"].contains(&frag.to_lowercase().as_str()))
    {
        return None;
    }
    // A placeholder the author spelled out, the marker in capitals before the
    // blank's name: `["Title"](#TODO-url)`, `[Local law enforcement](#TODO-link-to-actual-resource)`
    // (survey 67c, an incident-response plan template's playbooks: 49 links
    // left to be filled in). A heading's anchor is never in capitals; a
    // lowercase `#todo-list` may name a section, and is judged.
    if dest
        .strip_prefix('#')
        .is_some_and(capital_placeholder_fragment)
    {
        return None;
    }
    // The word `link` as the whole target: a template's or a style guide's
    // pattern (`See [title of other document](link/)`), not a path.
    if dest.trim_end_matches('/').eq_ignore_ascii_case("link") {
        return None;
    }
    // `url` (`uri`, `href`) as the whole target of a link whose text is that
    // same word: a template's blank (a sources table's `| [URL](url) |
    // Documentation |`: survey 37a). With other text (`[a link](url)`) it
    // may name a file `url` and is judged (survey 9).
    if kind != LinkKind::Html && word_for_its_own_target(&doc.text[span.clone()], dest) {
        return None;
    }
    // A placeholder in angle brackets: `[View the change](<link>)`.
    if kind != LinkKind::Html && link_missing_path::angle_placeholder(&doc.text[span.clone()], dest)
    {
        return None;
    }
    // The conventional example path: `[filename.ext](path/to/filename.ext)`.
    if link_missing_path::example_path(dest) {
        return None;
    }
    // A generator's missing value rendered as a link: `[null](./null)`.
    if kind != LinkKind::Html
        && doc
            .text
            .get(span.clone())
            .is_some_and(|source| link_missing_path::null_rendering(source, dest))
    {
        return None;
    }
    // A template's blank for an author, `[Chris Sams](@)` (survey s125d).
    if link_missing_path::blank_handle(dest) {
        return None;
    }
    // A lesson template's blanks for the addresses of its video and quiz,
    // `![Embed a video here](video-url)`, `[Pre-lecture quiz](quiz-url)`,
    // and its translations' copies of them (survey s126b).
    if kind != LinkKind::Html
        && link_missing_path::url_blank(dest)
        && link_missing_path::url_blanks_in(&doc.text) >= 2
    {
        return None;
    }
    // The number of a source a research export keys at its end: `[x](16)`.
    if kind != LinkKind::Html && link_missing_path::source_number(&doc.text, dest) {
        return None;
    }
    // A Logseq labeled reference, `[label](((uuid)))` or `[label]([[Page]])`.
    if kind != LinkKind::Html && link_missing_path::logseq_reference(dest) {
        return None;
    }
    // A line of another file, in a unified diff pasted as text (sutt/agro's
    // `.public-agdocs/specs/` quote `git diff v0.1.7 HEAD`: its
    // `+- **View [Docs](./docs)**` is a line of the README, whose links are
    // read from the README's folder: survey 102b, 30 findings judged false).
    if doc.in_pasted_diff(span.start) {
        return None;
    }
    // A link shown rendered beside its own source in a code span.
    if kind != LinkKind::Html
        && doc
            .text
            .get(span.clone())
            .is_some_and(|source| shown_beside_source(doc, span.start, source))
    {
        return None;
    }
    if words_only(&percent_encoding::percent_decode_str(dest).decode_utf8_lossy()) {
        return None;
    }
    if placeholder_token(dest)
        || brace_placeholder(dest)
        || bracket_host_placeholder(dest)
        || bracket_segment_placeholder(dest)
        || (kind != LinkKind::Html && link_named_fragment_list(&doc.text, &span, dest))
        || example_syntax(&doc.text, &span, kind, dest)
        || do_dont_example(&doc.text, &span, dest)
        || illustrates_a_broken_link(&doc.text, &span, kind, dest)
        || (matches!(kind, LinkKind::Link | LinkKind::Image)
            && choice::in_choice_list(&doc.text, &span))
        || payload::in_payload_list(page.payloads, &span)
    {
        return None;
    }
    // Only `<a href>`, `<img src>` and media sources are document links;
    // `<link rel href>`, `<script src>` and JSX components (`<Image src>`) are
    // code from a page's head or a component, resolved by a web server.
    if kind == LinkKind::Html && !html_document_link(&doc.text, span.start) {
        return None;
    }
    let (before_hash, anchor) = match dest.find('#') {
        Some(i) => (&dest[..i], Some(dest[i + 1..].to_string())),
        None => (dest, None),
    };
    let anchor = anchor.and_then(|a| page_fragment(&a));
    if before_hash.is_empty() && anchor.is_none() {
        return None; // `#:~:text=…` or `#readme` on the page itself
    }
    // The parts of a concatenation keep their pages' relative links.
    if !before_hash.is_empty() && page.concatenation {
        return None;
    }
    let path_part = before_hash.split('?').next().unwrap_or("");
    let decoded = percent_encoding::percent_decode_str(path_part)
        .decode_utf8_lossy()
        .into_owned();
    let mut editor_line = None;
    let mut written = decoded.clone();
    if let Some((p, n)) = editor_line_suffix(&decoded)
        && (p.contains('.') || p.contains('/'))
    {
        editor_line = Some(n);
        written = decoded.clone();
        let _ = p;
    } else if let Some(p) = decoded.strip_suffix(':')
        && (p.contains('.') || p.contains('/'))
        && !p.contains(':')
    {
        // `src/a.py:` — an editor-style reference with its line left out.
        editor_line = Some(0);
    }
    // A pytest node id (`tests/test_x.py::test_name`, `…::TestX::test_y`)
    // names a test inside its file: the file is the target, and `::name` no
    // part of its path (survey 28b, autoresearch's `SPEC_COVERAGE.md`).
    if let Some((file, _)) = written.split_once("::")
        && file.ends_with(".py")
    {
        written = file.to_string();
    }
    let _ = kind;
    if written.is_empty() {
        // Same-document anchor.
        return Some(Reference {
            kind: RefKind::Link,
            span,
            written: String::new(),
            path: Some(doc.path.clone()),
            anchor: anchor.map(|a| {
                percent_encoding::percent_decode_str(&a)
                    .decode_utf8_lossy()
                    .into_owned()
            }),
            lines: Vec::new(),
            must_be_dir: false,
            note: None,
            editor_line: None,
            alt_path: None,
            planned: false,
            quiet_missing: false,
        });
    }
    if github_route(doc.dir(), &written) {
        return None;
    }
    let path = if written.starts_with('/') && written.len() > 1 && !written.starts_with("//") {
        join_relative("", &written)
    } else if is_windows_abs(&written) {
        None
    } else {
        join_relative(doc.dir(), &written)
    };
    Some(Reference {
        kind: RefKind::Link,
        span,
        must_be_dir: false,
        written,
        path,
        anchor: anchor.map(|a| {
            percent_encoding::percent_decode_str(&a)
                .decode_utf8_lossy()
                .into_owned()
        }),
        lines: Vec::new(),
        note: None,
        editor_line,
        alt_path: None,
        planned: false,
        quiet_missing: false,
    })
}

/// The part of a link's fragment that names an element of the page, or none.
/// A text directive (`#:~:text=timeout.reconciliation:`, or after an id,
/// `#setup:~:text=x`) is read by the browser, which scrolls to the quoted
/// text: it names no heading (survey 35c, argo-cd's docs). `#readme` is
/// GitHub's own id for the box it renders a Markdown file or a folder's README
/// in (`/onboarding#readme`, `rfcs.md#readme`: survey 35c, artsy/README's
/// handbook writes it on every table-of-contents link), not a heading's.
/// A fragment that opens with `/` (`#/`, `#/ai/overview`) is a route of a
/// hash-routed site (docsify, a single-page app's viewer), which no heading
/// id can be: GitHub drops `/` from ids (survey 50c, zenpost-studio's
/// `docs/_404.md`, 1 finding for 6 links judged false).
fn page_fragment(fragment: &str) -> Option<String> {
    let id = match fragment.find(":~:") {
        Some(i) => &fragment[..i],
        None => fragment,
    };
    if id.is_empty() || id == "readme" || id.starts_with('/') {
        return None;
    }
    Some(id.to_string())
}

/// Whether a Markdown link's source is `[URL](url)`: its target is the
/// word `url`, `uri` or `href` (a trailing `/` or not, any case) and its
/// text is that same word.
fn word_for_its_own_target(source: &str, dest: &str) -> bool {
    let word = dest.trim_end_matches('/');
    if !["url", "uri", "href"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
    {
        return false;
    }
    source
        .strip_prefix('[')
        .and_then(|s| s.split_once("]("))
        .is_some_and(|(text, _)| text.trim().eq_ignore_ascii_case(word))
}

/// A build step's placeholder token: capitals joined by `_`, one of them a word
/// for a link (`ENGLISH_VERSION_URL`, which FastAPI's docs script replaces;
/// `LINK_HERE`, `DOCS_URL`). A file without an extension is named otherwise
/// (`LICENSE`, `CODE_OF_CONDUCT`). A name of capitals wrapped in double
/// underscores (`__READY_FOR_RELEASE_PR__`, `__RELEASED_PR__` in the PR body
/// templates of emberjs/rfcs: survey 34d, 3 findings judged false) is a
/// template's blank the author replaces, whatever its words.
fn placeholder_token(dest: &str) -> bool {
    if let Some(name) = dest.strip_prefix("__").and_then(|d| d.strip_suffix("__")) {
        if name.bytes().any(|b| b.is_ascii_uppercase())
            && name
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        {
            return true;
        }
    }
    dest.contains('_')
        && dest
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        && dest
            .split('_')
            .any(|w| matches!(w, "URL" | "URI" | "LINK" | "HREF" | "HERE" | "PLACEHOLDER"))
}

/// Whether an in-page link (`#…`) stands in a list of placeholders for
/// links not yet known: a "Team Resources" list of an onboarding guide,
/// `[Figma Design System](#figma-link)`, `[Jira Project Board](#jira-link)`,
/// whose fragments name a link to the thing rather than a section (survey
/// 36a, shardie-github/WhatsForDinner: 4 entries, one folded finding judged
/// false). A fragment names a link when it ends in `-link` or `-url`, its
/// other words are words of the link's text, and the text itself does not
/// say "link" or "URL" (a table of contents' `[Jira Link](#jira-link)` names
/// its heading and is judged). Such an entry is a placeholder, and so is every
/// in-page link of a list (consecutive list items; the 40 entries either side
/// of the link are read) holding two of them (`[Slack Channel](#slack-channel)`
/// beside them). A list with one or none is judged as usual.
fn link_named_fragment_list(text: &str, span: &Range<usize>, dest: &str) -> bool {
    if !dest.starts_with('#') {
        return false;
    }
    let start = span.start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let own = &text[line_start..line_end];
    if !list_marker::opens_list_item(own) {
        return own_link_named(text, span, dest);
    }
    if own_link_named(text, span, dest) {
        return true;
    }
    // The list's entries around this one, at most `NEAR` lines either side:
    // a list of resources is short, and a long table of contents stays linear.
    const NEAR: usize = 40;
    let lines_before = text[..line_start]
        .lines()
        .rev()
        .take(NEAR)
        .take_while(|l| list_marker::opens_list_item(l));
    let lines_after = text[line_end..]
        .lines()
        .skip(1)
        .take(NEAR)
        .take_while(|l| list_marker::opens_list_item(l));
    lines_before
        .chain(std::iter::once(own))
        .chain(lines_after)
        .flat_map(in_page_links)
        .filter(|(label, frag)| names_a_link(label, frag))
        .nth(1)
        .is_some()
}

/// Whether the link at `span` is itself `[Figma Design System](#figma-link)`.
fn own_link_named(text: &str, span: &Range<usize>, dest: &str) -> bool {
    let Some(source) = text.get(span.clone()) else {
        return false;
    };
    let frag = &dest[1..];
    in_page_links(source).any(|(label, f)| f == frag && names_a_link(label, f))
}

/// The `[label](#fragment)` links of a line, as (label, fragment).
fn in_page_links(line: &str) -> impl Iterator<Item = (&str, &str)> {
    line.match_indices("](#").filter_map(move |(i, _)| {
        let label_start = line[..i].rfind('[')? + 1;
        let rest = &line[i + 3..];
        let end = rest.find(')')?;
        Some((&line[label_start..i], &rest[..end]))
    })
}

/// Whether `frag` names a link to what `label` names: `figma-link` for
/// "Figma Design System", not `jira-link` for "Jira Link".
fn names_a_link(label: &str, frag: &str) -> bool {
    let frag = frag.to_ascii_lowercase();
    let Some(stem) = frag
        .strip_suffix("-link")
        .or_else(|| frag.strip_suffix("-url"))
    else {
        return false;
    };
    let words: Vec<String> = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty()
        || words
            .iter()
            .any(|w| matches!(w.as_str(), "link" | "links" | "url" | "urls"))
    {
        return false;
    }
    !stem.is_empty() && stem.split('-').all(|s| words.iter().any(|w| w == s))
}

/// Whether a link target holds a template variable in braces
/// (`{repo_url}/examples/{workflow_1_path}`, `{api_reference_url}`: Python's
/// `str.format`, filled in by a page generator): `{`, a name of letters,
/// digits and `_` that starts with a letter or `_`, `}`; or an f-string's
/// call of such a name (`{get_community_url(package_name)}`, in a Python
/// template that writes a migration guide: survey 73e, wshobson-agents-cn's
/// `deps-upgrade.md`), its arguments names, digits, `.` and `,`. Braces
/// around anything else (`{a,b}.md`, `{}`, `{(x)}`) are not a variable.
fn brace_placeholder(dest: &str) -> bool {
    let is_name = |name: &str| {
        name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    };
    dest.split('{').skip(1).any(|after| {
        after.split_once('}').is_some_and(|(inner, _)| {
            is_name(inner)
                || inner
                    .strip_suffix(')')
                    .and_then(|call| call.split_once('('))
                    .is_some_and(|(func, args)| {
                        is_name(func)
                            && args
                                .bytes()
                                .all(|b| b.is_ascii_alphanumeric() || b"_.,".contains(&b))
                    })
        })
    })
}

/// Whether a link target opens with a host left out in square brackets, a
/// name of capitals, digits and `_` (`[GHE]/Mosaic/mosaic-toolbelt/blob/master/CONTRIBUTING.md`:
/// cfpb/development redacts its internal GitHub Enterprise host so, survey
/// 79d), then `/` and a path: a blank for the reader's host, not a path of
/// the repository. `GHE/Mosaic/x.md`, `[Docs]/a.md` and a whole target in
/// brackets (`[YOUR_LINK]`) are not such a blank.
fn bracket_host_placeholder(dest: &str) -> bool {
    dest.strip_prefix('[')
        .and_then(|rest| rest.split_once("]/"))
        .is_some_and(|(name, path)| {
            name.len() >= 2
                && name.starts_with(|c: char| c.is_ascii_uppercase())
                && name
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
                && !path.is_empty()
        })
}

/// Whether a link target holds, after a `/`, a folder or page left as a
/// template's blank in square brackets, a name of capitals, digits, `_` or
/// `-` (`/build/[SLUG]`, `/training/[RELEVANT-MODULE]`,
/// `/docs/reference/[PACKAGE_NAME]`: agentjido/jido_workbench's page
/// templates in `specs/templates/`, survey 90a, 5 findings judged false): the
/// author of a page fills it in. A whole target in brackets (`[YOUR_LINK]`), a
/// name in lower case (`pages/[slug].md`, a route file's name) and a blank
/// inside a segment (`/build/x-[SLUG]`) are not such a blank.
fn bracket_segment_placeholder(dest: &str) -> bool {
    dest.split('/').skip(1).any(|seg| {
        seg.strip_prefix('[')
            .and_then(|rest| rest.strip_suffix(']'))
            .is_some_and(|name| {
                name.len() >= 2
                    && name.starts_with(|c: char| c.is_ascii_uppercase())
                    && name.bytes().all(|b| {
                        b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_' || b == b'-'
                    })
            })
    })
}

/// Whether a same-page link stands in a row of a style guide's "Do" /
/// "Don't" table (a header row whose first two cells are `Do` and `Don't`,
/// `Don’t` or `Do not`): the cell shows how to write link text (the
/// Kubernetes style guide's "See [check required ports](#check-required-ports)
/// for more details", copied into velero's `style-guide.md` of every docs
/// version: survey 81d, 3 findings judged false), an example, not a way
/// through the page. The same link in another table is judged.
fn do_dont_example(text: &str, span: &Range<usize>, dest: &str) -> bool {
    if !dest.starts_with('#') {
        return false;
    }
    let before = text.get(..span.start).unwrap_or("");
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    // The table's rows up to the link's: contiguous lines opening with `|`.
    let mut rows: Vec<&str> = text
        .get(..line_start)
        .unwrap_or("")
        .lines()
        .rev()
        .take_while(|l| l.trim_start().starts_with('|'))
        .collect();
    if !before[line_start..].trim_start().starts_with('|') {
        return false;
    }
    rows.reverse();
    let Some(header) = rows.first() else {
        return false;
    };
    let cells: Vec<String> = header
        .trim()
        .trim_matches('|')
        .split('|')
        .map(|c| c.trim().to_lowercase().replace('\u{2019}', "'"))
        .collect();
    cells.len() >= 2 && cells[0] == "do" && matches!(cells[1].as_str(), "don't" | "do not" | "dont")
}

/// Whether a link illustrates a broken link: its destination says it does
/// not exist (`#section-that-does-not-exist`, `nonexistent.md`), and it is
/// given as an example: empty link text, or `e.g.` / `for example` before it
/// on its line (a gap report's "Broken anchor links (e.g.,
/// [](#section-that-does-not-exist))"). A page named for something that
/// does not exist (`[talk](a-town-that-doesnt-exist.md)`) is not an example
/// and is judged.
fn illustrates_a_broken_link(text: &str, span: &Range<usize>, kind: LinkKind, dest: &str) -> bool {
    let words: Vec<String> = dest
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let says_missing = words.iter().enumerate().any(|(i, w)| {
        let next = |k: usize| words.get(i + k).map(String::as_str);
        w == "nonexistent"
            || (w == "non" && next(1) == Some("existent"))
            || (w == "doesnt" && next(1) == Some("exist"))
            || (w == "does" && next(1) == Some("not") && next(2) == Some("exist"))
    });
    if !says_missing || kind == LinkKind::Html {
        return false;
    }
    let source = text.get(span.clone()).unwrap_or("");
    let empty_text = source.starts_with("[]") || source.starts_with("![]");
    let before = text.get(..span.start).unwrap_or("");
    let line = before[before.rfind('\n').map_or(0, |i| i + 1)..].to_ascii_lowercase();
    empty_text || line.contains("e.g.") || line.contains("for example")
}

/// The syntax of a link shown in prose with generic words (`[text](url)`,
/// `[title](link)`, `<a href="url">text</a>`, and for a link to a section,
/// `[text](#anchor)`: a style guide's "Links: [text](#anchor) for internal
/// navigation", survey 30d): an example, not a link to a file named `url`
/// nor to a heading named `anchor`. The generic words may be another
/// language's (`[texte](url)`: a French changelog's "Support des liens
/// [texte](url)", survey 44a; `- ✅ [链接](url)`, "link", in a Chinese list
/// of the Markdown a page renders: survey 44b, smartlock-next). A generic
/// anchor behind real words (`[Setup](#anchor)`, `[部署指南](url)`) is judged.
/// Numbered, the words are still blanks when both carry the same number: a
/// Markdown parser's feature showcase writes consecutive links as
/// `[link1](url1)[link2](url2)` (survey 62a, wangyu16/mdParserCF, 2 findings
/// judged false); `[Setup](url1)` and `[link1](url2)` are judged.
fn example_syntax(text: &str, span: &Range<usize>, kind: LinkKind, dest: &str) -> bool {
    let (dest, number) = split_number(dest);
    let generic_dest = matches!(
        dest.to_ascii_lowercase().as_str(),
        "url"
            | "uri"
            | "link"
            | "href"
            | "path"
            | "target"
            | "lien"
            | "enlace"
            | "#anchor"
            | "#section"
            | "#heading"
            | "#fragment"
    );
    if !generic_dest {
        return false;
    }
    let label = if kind == LinkKind::Html {
        // The text of the element: after the tag's `>`, up to the next `<`
        // (within the next 200 characters).
        let after = text.get(span.end..).unwrap_or("");
        let end = after
            .char_indices()
            .nth(200)
            .map_or(after.len(), |(i, _)| i);
        after[..end]
            .split_once('>')
            .and_then(|(_, rest)| rest.split_once('<'))
            .map(|(label, _)| label)
    } else {
        let source = text.get(span.clone()).unwrap_or("");
        source
            .strip_prefix("![")
            .or_else(|| source.strip_prefix('['))
            .and_then(|rest| rest.split_once("]("))
            .map(|(label, _)| label)
    };
    label.is_some_and(|l| {
        let (l, label_number) = split_number(l.trim());
        label_number == number
            && matches!(
                l.to_ascii_lowercase().as_str(),
                "text"
                | "title"
                | "label"
                | "name"
                | "link"
                // `[links](url)` in a parser's showcase sentence: survey 62a
                // (`[a link](url)` is judged).
                | "links"
                // `![Images](url)` beside `[Links](url)` in a list of the
                // Markdown a slide converter renders: survey 68a
                // (`![Screenshot](url)` is judged).
                | "image"
                | "images"
                | "link text"
                | "alt"
                | "alt text"
                | "description"
                // The same blanks in the languages of the checklists
                // surveyed: French, Spanish, Italian, Portuguese (survey
                // 44a: a French changelog's "Support des liens
                // [texte](url)"), Chinese, Japanese, Korean, German (survey
                // 44b).
                | "texte"
                | "texto"
                | "testo"
                | "titre"
                | "titolo"
                | "título"
                | "titulo"
                | "lien"
                | "enlace"
                | "链接"
                | "链接文字"
                | "链接文本"
                | "連結"
                | "鏈接"
                | "文字"
                | "文本"
                | "标题"
                | "リンク"
                | "リンクテキスト"
                | "テキスト"
                | "링크"
                | "텍스트"
                | "linktext"
            )
    })
}

/// A word and the run of ASCII digits that ends it (`url1` → `url`, `1`);
/// a word without digits, or of digits only, has an empty number.
fn split_number(word: &str) -> (&str, &str) {
    let stem = word.trim_end_matches(|c: char| c.is_ascii_digit());
    if stem.is_empty() {
        return (word, "");
    }
    (stem, &word[stem.len()..])
}

fn words_only(dest: &str) -> bool {
    !dest.is_empty()
        && !dest.contains(['/', '.', '#', '\\'])
        && !dest.bytes().any(|b| b.is_ascii_alphanumeric())
        && (dest.chars().any(char::is_alphabetic) || empty_brackets(dest))
}

/// Whether a destination is an empty pair of square brackets (`[]`, `[ ]`):
/// a template's blank left for a value, as in `- [担当者]: []`, which names
/// no file (survey 84d).
fn empty_brackets(dest: &str) -> bool {
    dest.trim()
        .strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
        .is_some_and(|inner| inner.trim().is_empty())
}

/// Whether the HTML attribute at `offset` belongs to a tag GitHub renders as
/// a link or an image.
fn html_document_link(text: &str, offset: usize) -> bool {
    let Some(before) = text.get(..offset) else {
        return true;
    };
    let Some(lt) = before.rfind('<') else {
        return true;
    };
    let tag: String = before[lt + 1..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    ["a", "img", "source", "video", "audio", "picture", "image"].contains(&tag.as_str())
}

/// GitHub renders a file at `/OWNER/REPO/blob/BRANCH/path`, so a relative link
/// that climbs exactly two levels above the root and then names a repository
/// page (`../../issues`, `../../wiki/Home`) is a link to that page, not a file.
/// A link that starts with `/` is read from the root (GitHub makes it
/// `/OWNER/REPO/blob/BRANCH/…`), so `/../../releases` is the Releases page
/// from any file, and `/../../` the repository's home page.
fn github_route(dir: &str, written: &str) -> bool {
    const ROUTES: &[&str] = &[
        "issues",
        "pulls",
        "pull",
        "wiki",
        "actions",
        "releases",
        "discussions",
        "blob",
        "tree",
        "compare",
        "security",
        "projects",
        "milestones",
        "labels",
        "commits",
        "commit",
        "graphs",
        "network",
        "tags",
        "branches",
        "settings",
    ];
    let (depth, mut rest) = match written.strip_prefix('/') {
        Some(rooted) => (0, rooted),
        None if dir.is_empty() => (0, written),
        None => (dir.split('/').count(), written),
    };
    let mut ups = 0;
    while let Some(r) = rest.strip_prefix("../") {
        ups += 1;
        rest = r;
    }
    let first = rest.split(['/', '?', '#']).next().unwrap_or("");
    // Nothing after the climb (`/../../`, `../../#readme`): the
    // repository's home page, `/OWNER/REPO/`.
    ups == depth + 2 && (first.is_empty() || ROUTES.contains(&first))
}

/// `path:LINE`, `path:START-END` (also `path:L10-L20`, and `path:LINE:COLUMN`
/// as compilers print it) → the path and its lines. Only the suffix is read
/// here; whether the path is a file reference is [`code_line_reference`]'s.
fn code_line_suffix(lit: &str) -> Option<(&str, LineRange)> {
    let (head, last) = lit.rsplit_once(':')?;
    let num = |s: &str| -> Option<u32> {
        let s = s.strip_prefix(['L', 'l']).unwrap_or(s);
        (!s.is_empty() && s.len() < 10 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    // `path:LINE:COLUMN`.
    if let Some((path, line)) = head.rsplit_once(':')
        && let (Some(n), true) = (num(line), last.bytes().all(|b| b.is_ascii_digit()))
        && !last.is_empty()
        && !line.starts_with(['L', 'l'])
    {
        return (n >= 1).then_some((path, LineRange::new(n, n)));
    }
    let (start, end) = match last.split_once('-') {
        Some((a, b)) => (num(a)?, num(b)?),
        None => (num(last)?, num(last)?),
    };
    (start >= 1 && start <= end).then_some((head, LineRange::new(start, end)))
}

/// The file and lines a code span `path:LINE` names (see
/// [`code_line_reference`]): the path from the repository root, or from the
/// document's folder when only that reading is a file.
pub fn code_span_lines(
    doc: &Document,
    literal: &str,
    repo: &RepoView,
) -> Option<(String, LineRange)> {
    let r = code_line_reference(doc, literal, 0..0, RefKind::Mention, repo)?;
    let lines = r.lines.first()?.clone();
    let path = match (&r.path, &r.alt_path) {
        (Some(p), _) if repo.stat(p) == PathState::File => p.clone(),
        (_, Some(a)) if repo.stat(a) == PathState::File => a.clone(),
        (Some(p), _) => p.clone(),
        _ => return None,
    };
    Some((path, lines))
}

/// A code span that names lines of a file, as editors and agents write them
/// (`src/a.py:115`, `src/a.rs:10-20`) → a reference with a line range. It
/// counts only when it is unambiguously a file: a path with a folder and a
/// file extension, or a file tracked at that path (`Makefile:12`); never a
/// host and port (`localhost:8080`, `db.internal:5432`), a time (`10:30`), an
/// image tag (`redis:7`), a URL or a Rust path (`std::io`).
fn code_line_reference(
    doc: &Document,
    literal: &str,
    span: Range<usize>,
    kind: RefKind,
    repo: &RepoView,
) -> Option<Reference> {
    let lit = literal.trim();
    let (p, lines) = code_line_suffix(lit)?;
    if p.is_empty()
        || p.contains(':')
        || p.chars().any(char::is_whitespace)
        || p.starts_with(['/', '~', '@', '-'])
        || p.contains([
            '<', '>', '*', '?', '{', '}', '$', '%', '[', ']', '|', '\\', '=', '"', '\'', '(', ')',
            ',', ';', '!', '^', '&', '#', '@',
        ])
        || !looks_like_path(p)
    {
        return None;
    }
    let last = p.rsplit('/').next().unwrap_or(p);
    let relative = p.starts_with("./") || p.starts_with("../");
    let (path, alt_path) = if relative {
        (join_relative(doc.dir(), p), None)
    } else {
        let local = (!doc.dir().is_empty())
            .then(|| join_relative(doc.dir(), p))
            .flatten();
        (crate::source::normalize(p), local)
    };
    let tracked_file = |q: &Option<String>| {
        q.as_deref()
            .is_some_and(|q| repo.stat(q) == PathState::File)
    };
    let is_file = tracked_file(&path) || tracked_file(&alt_path);
    // A folder and an extension, or a file that is there: nothing else reads
    // as a file for sure (`app.module:12` may be Python's dotted path).
    if !(is_file || (p.contains('/') && has_extension(last))) {
        return None;
    }
    // Both readings are files (`app.json:84` in `mobile/QC_REPORT.md`, with
    // an `app.json` at the root and one in `mobile/`): the one beside the
    // document is meant when only it holds the cited lines.
    let holds = |q: &Option<String>| {
        q.as_deref()
            .and_then(|q| repo.line_count(q))
            .is_some_and(|n| n >= lines.end as usize)
    };
    let (path, alt_path) =
        if tracked_file(&path) && tracked_file(&alt_path) && !holds(&path) && holds(&alt_path) {
            (alt_path, path)
        } else {
            (path, alt_path)
        };
    // A bare file name (`project_browser.lua:1786`, no folder) is shorthand
    // for a file of that name somewhere in the tree, as agents write it: when
    // the file of that name at the root or beside the document is too short
    // for the cited lines and exactly one other tracked file of that name
    // holds them, that one is meant (survey s111b, joesh/jve-spec-kit-claude:
    // a 203-line stray `project_browser.lua` at the root, the 2,815-line
    // `src/lua/ui/project_browser.lua` cited, 8 findings judged false). None
    // or several holding them, and the root's file is judged.
    let (path, alt_path) = if !p.contains('/') && !holds(&path) && !holds(&alt_path) {
        let mut holding = repo.named(p).into_iter().filter(|q| {
            Some(q) != path.as_ref()
                && Some(q) != alt_path.as_ref()
                && repo.stat(q) == PathState::File
                && holds(&Some(q.clone()))
        });
        match (holding.next(), holding.next()) {
            (Some(one), None) => (Some(one), None),
            _ => (path, alt_path),
        }
    } else {
        (path, alt_path)
    };
    Some(Reference {
        kind,
        span,
        written: p.to_string(),
        path,
        alt_path,
        anchor: None,
        lines: vec![lines],
        must_be_dir: false,
        note: None,
        editor_line: None,
        planned: false,
        quiet_missing: false,
    })
}

/// Whether a code span's literal reads as a repository path, and the reference if so.
fn path_reference(
    doc: &Document,
    literal: &str,
    span: Range<usize>,
    kind: RefKind,
    repo: &RepoView,
) -> Option<Reference> {
    let lit = literal.trim();
    if lit.is_empty() || lit.chars().any(char::is_whitespace) {
        return None;
    }
    if lit.contains("://") || has_scheme(lit) || lit.starts_with('@') || lit.starts_with('-') {
        return None;
    }
    // Templates and globs are not paths.
    if lit.contains('<')
        || lit.contains('>')
        || lit.contains([
            '*', '?', '{', '}', '$', '%', '[', ']', '|', '\\', '=', '"', '\'', '(', ')', ',', ';',
            '!', '^', '&',
        ])
    {
        return None;
    }
    let (before_hash, anchor) = match lit.find('#') {
        Some(i) => (&lit[..i], Some(lit[i + 1..].to_string())),
        None => (lit, None),
    };
    let mut p = before_hash;
    let mut lines = Vec::new();
    if let Some((path, n)) = editor_line_suffix(p) {
        // `config.py:167-176` names lines 167 to 176, not 167 alone.
        let end = code_line_suffix(p)
            .filter(|(head, range)| *head == path && range.start == n)
            .map_or(n, |(_, range)| range.end);
        p = path;
        lines.push(LineRange { start: n, end });
    }
    if p.contains(':') || p.is_empty() {
        return None;
    }
    let must_be_dir = p.ends_with('/') && p.len() > 1;
    let relative = p.starts_with("./") || p.starts_with("../");
    if !looks_like_path(p) {
        return None;
    }
    let last = p.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    match kind {
        RefKind::Mention => {
            if !p.contains('/') || p.starts_with('/') || p.starts_with('~') {
                return None;
            }
            let first = p
                .split('/')
                .find(|s| !s.is_empty() && *s != "." && *s != "..")
                .unwrap_or("");
            let first_exists = if relative {
                true
            } else {
                repo.root_entry_exists(first)
            };
            if !(first_exists || has_extension(last)) {
                return None;
            }
        }
        RefKind::Evidence => {
            if p.starts_with('~') {
                // A home folder is outside the repository.
            } else if let Some(rooted) = p.strip_prefix('/') {
                // From the repository root, as in links; a site route
                // (`/dashboard`, `/analytics/agent`) is not a path: without an
                // extension, a rooted path must be a folder or file of the tree.
                let first = rooted.split('/').next().unwrap_or("");
                // A slash command (`/sp.specify`, `/speckit.plan`): one
                // rooted word whose suffix is no file's extension, and
                // nothing of that name at the root.
                if !rooted.contains('/')
                    && !known_extension(rooted)
                    && !repo.root_entry_exists(rooted)
                {
                    return None;
                }
                if !has_extension(last)
                    && (!repo.root_entry_exists(first)
                        || (!must_be_dir
                            && crate::source::normalize(rooted)
                                .is_none_or(|n| repo.stat(&n) == PathState::Missing)))
                {
                    return None;
                }
            } else if !p.contains('/') && !known_extension(p) {
                // A lone word is a path only with a file's extension
                // (`report.pdf`, not `settings.DEBUG` or `app.core`).
                return None;
            } else if p.contains('/') && !relative && !must_be_dir && !has_extension(last) {
                // Without an extension, a path needs a first folder that exists:
                // `tax_dispute_cases/events` (two tables), `audit/group` and
                // `PW_EMAIL/PASSWORD` (two variables) are not paths.
                let first = p.split('/').next().unwrap_or("");
                if !repo.root_entry_exists(first) {
                    return None;
                }
            }
        }
        _ => {}
    }
    // Where the path is read from, and a second reading tried when nothing is
    // there: `./deploy/x.sh` in prose is often a command run from the root, and
    // `TESTING_STRATEGY.md` in an evidence cell of docs/x.md often means the
    // file next to the document.
    let (path, alt_path) = if relative {
        // An evidence cell's `./vendor/bin/phpcs` is a command run from the
        // root as often as a path beside the document.
        let root = if matches!(kind, RefKind::Mention | RefKind::Evidence) {
            p.strip_prefix("./").and_then(crate::source::normalize)
        } else {
            None
        };
        (join_relative(doc.dir(), p), root)
    } else if p.starts_with('~') {
        (None, None)
    } else if p.starts_with('/') {
        (join_relative("", p), None)
    } else {
        let local = if doc.dir().is_empty() {
            None
        } else {
            join_relative(doc.dir(), p)
        };
        (crate::source::normalize(p), local)
    };
    Some(Reference {
        kind,
        span,
        written: p.to_string(),
        path,
        alt_path,
        planned: false,
        quiet_missing: false,
        anchor,
        lines,
        must_be_dir,
        note: None,
        editor_line: None,
    })
}

/// The readings of a document's code spans as paths ([`path_reference`]),
/// kept by literal and kind: a register names the same few evidence files
/// in thousands of rows, and each is read once (up to `LIMIT` literals, so
/// a document of distinct paths costs no more memory than before).
#[derive(Default)]
struct PathReadings {
    known: Vec<(RefKind, rustc_hash::FxHashMap<String, Option<Reference>>)>,
    count: usize,
}

impl PathReadings {
    const LIMIT: usize = 4096;

    fn read(
        &mut self,
        doc: &Document,
        literal: &str,
        span: Range<usize>,
        kind: RefKind,
        repo: &RepoView,
    ) -> Option<Reference> {
        let i = match self.known.iter().position(|(k, _)| *k == kind) {
            Some(i) => i,
            None => {
                self.known.push((kind, Default::default()));
                self.known.len() - 1
            }
        };
        let known = &mut self.known[i].1;
        if let Some(found) = known.get(literal) {
            return found.clone().map(|mut r| {
                r.span = span;
                r
            });
        }
        let read = path_reference(doc, literal, span, kind, repo);
        if self.count < Self::LIMIT {
            self.count += 1;
            known.insert(literal.to_string(), read.clone());
        }
        read
    }
}

/// Whether a code span (already free of spaces, schemes and template
/// characters) reads as a path at all: not a count or a date (`414/414`,
/// `2025/01/15`), not a domain (`example.com/x`), not elided or a placeholder
/// (`src/.../page.tsx`, `logs/YYYY-MM-DD.md`), not an example (`path/to/file`).
fn looks_like_path(p: &str) -> bool {
    let segments: Vec<&str> = p
        .split('/')
        .filter(|s| !s.is_empty() && *s != "." && *s != "..")
        .collect();
    if segments.is_empty() {
        return false;
    }
    // Every segment without a letter: a count, a ratio, a date. Or every
    // segment a measurement, a number with its unit: speedups and timings
    // listed side by side (`1.1208x/1.1333x/1.1364x`, `12ms/15ms`).
    if segments
        .iter()
        .all(|s| !s.chars().any(char::is_alphabetic) || measurement(s))
    {
        return false;
    }
    // A migration id: `20260716212837/bt_aba_session_note_closeout`.
    if segments.len() > 1
        && segments[0].len() >= 8
        && segments[0].bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    // An elision or a placeholder in a segment (`docs/.../x.md`,
    // `reports/YYYY-MM-DD.md`). None of these holds a `/`, and no segment
    // left out above holds one, so the whole path is searched at once.
    static ELISIONS: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::new([
                "...",
                "…",
                "XXX",
                "xxx",
                "YYYY",
                "YYMMDD",
                "TIMESTAMP",
                "NNN",
            ])
            .ok()
        });
    if ELISIONS.as_ref().is_some_and(|a| a.is_match(p)) {
        return false;
    }
    let lower = p.to_ascii_lowercase();
    if lower.starts_with("path/to/") || lower.contains("/path/to/") {
        return false;
    }
    // `github.com/org/repo`, `www.example.org/page`: a domain, not a folder.
    let first = segments[0].to_ascii_lowercase();
    if p.contains('/')
        && !p.starts_with('.')
        && let Some((_, tld)) = first.rsplit_once('.')
        && [
            "com", "org", "net", "io", "dev", "app", "ai", "co", "gov", "edu",
        ]
        .contains(&tld)
    {
        return false;
    }
    true
}

/// Whether a segment is a number followed by a unit (`1.1208x`, `0.48s`,
/// `12ms`, `3.5MB`): a measurement, never a file or folder name.
fn measurement(s: &str) -> bool {
    const UNITS: &[&str] = &[
        "x", "ms", "us", "µs", "ns", "s", "kb", "mb", "gb", "kib", "mib", "gib",
    ];
    let digits = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(s.len());
    let (number, unit) = s.split_at(digits);
    number.starts_with(|c: char| c.is_ascii_digit())
        && UNITS.contains(&unit.to_lowercase().as_str())
}

/// A lone file name with a common file extension (`report.pdf`, `Cargo.toml`).
fn known_extension(name: &str) -> bool {
    const EXTENSIONS: &[&str] = &[
        "md",
        "markdown",
        "mdx",
        "rst",
        "adoc",
        "txt",
        "pdf",
        "png",
        "jpg",
        "jpeg",
        "gif",
        "svg",
        "webp",
        "csv",
        "tsv",
        "json",
        "jsonl",
        "ndjson",
        "yaml",
        "yml",
        "toml",
        "ini",
        "cfg",
        "conf",
        "xml",
        "html",
        "htm",
        "log",
        "out",
        "py",
        "ipynb",
        "rs",
        "go",
        "ts",
        "tsx",
        "js",
        "jsx",
        "mjs",
        "cjs",
        "java",
        "kt",
        "swift",
        "rb",
        "php",
        "cs",
        "c",
        "h",
        "cc",
        "cpp",
        "hpp",
        "sh",
        "bash",
        "ps1",
        "sql",
        "tf",
        "hcl",
        "proto",
        "graphql",
        "lock",
        "xlsx",
        "xls",
        "docx",
        "pptx",
        "zip",
        "gz",
        "tgz",
        "har",
        "vue",
        "svelte",
        "dart",
        "lua",
        "css",
        "scss",
        "gradle",
        "properties",
        "env",
        "sarif",
        "junit",
        "trace",
        "pcap",
        "mp4",
    ];
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    !stem.is_empty() && EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str())
}

/// A file extension: a dot followed by 1–10 ASCII alphanumerics with a letter
/// (`a.json`, `x.tar.gz`, `.env` is not one; `v1.2` is not one).
fn has_extension(name: &str) -> bool {
    let Some(dot) = name.rfind('.') else {
        return false;
    };
    if dot == 0 {
        return false;
    }
    let ext = &name[dot + 1..];
    !ext.is_empty()
        && ext.len() <= 10
        && ext.bytes().all(|b| b.is_ascii_alphanumeric())
        && ext.bytes().any(|b| b.is_ascii_alphabetic())
}

/// Inline links `[t](dest)` in raw text (for cells comrak dropped).
fn raw_links(text: &str, range: Range<usize>) -> Vec<(String, Range<usize>)> {
    let s = &text[range.clone()];
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = s[from..].find("](") {
        let open = from + i + 2;
        let Some(close) = s[open..].find(')') else {
            break;
        };
        let dest = s[open..open + close]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_matches(['<', '>']);
        let start = s[..from + i].rfind('[').unwrap_or(from + i);
        out.push((
            dest.to_string(),
            range.start + start..range.start + open + close + 1,
        ));
        from = open + close + 1;
    }
    out
}

/// Single-backtick code spans in raw text (for cells comrak dropped).
fn raw_code_spans(text: &str, range: Range<usize>) -> Vec<(String, Range<usize>)> {
    let s = &text[range.clone()];
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = s[from..].find('`') {
        let open = from + i + 1;
        let Some(close) = s[open..].find('`') else {
            break;
        };
        out.push((
            s[open..open + close].to_string(),
            range.start + open - 1..range.start + open + close + 1,
        ));
        from = open + close + 1;
    }
    out
}

fn with_note(msg: String, r: &Reference) -> String {
    match &r.note {
        Some(n) => format!("{msg} ({n})"),
        None => msg,
    }
}

/// Whether a raw-HTML `src`/`href` of a site page that climbs above the
/// repository (`<img src="../../uvicorn.png">` in MkDocs' `docs/index.md`)
/// names a file of the site the way a browser reads it: `..` stops at the
/// site's root, so the target is the rest of the path under the site's
/// folder (`docs/uvicorn.png`). MkDocs leaves raw HTML alone, and the page
/// shows the image.
fn clamped_in_site(ctx: &Context<'_>, doc: &Document, written: &str) -> bool {
    let roots = ctx.anchors.site_roots(ctx.repo);
    let Some(root) = roots
        .iter()
        .find(|root| root.is_empty() || doc.path.starts_with(&format!("{root}/")))
    else {
        return false;
    };
    let tail: Vec<&str> = written
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .split('/')
        .skip_while(|s| matches!(*s, ".." | "." | ""))
        .collect();
    if tail.is_empty() || tail.contains(&"..") {
        return false;
    }
    join_relative(root, &tail.join("/"))
        .is_some_and(|p| !matches!(ctx.repo.stat(&p), PathState::Missing | PathState::Outside))
}

/// A `path/outside-repo` finding for `r`, naming `what`.
fn outside(r: &Reference, what: &str, how: &str, help: &str) -> Finding {
    Finding::new(
        &path_outside_repo::RULE,
        r.span.clone(),
        with_note(format!("{} `{what}` {how}", r.kind.noun()), r),
    )
    .help(help)
    .target(what.to_string())
}

thread_local! {
    /// [`RepoView::stat`] answers of the document being checked, by path:
    /// a status table of a million rows names the same hundred evidence
    /// files over and over (issue 10's table-1m). Kept per thread and per
    /// repository view, emptied for each document (see [`check`]).
    static STATS: std::cell::RefCell<(usize, rustc_hash::FxHashMap<String, PathState>)> =
        std::cell::RefCell::new((0, rustc_hash::FxHashMap::default()));
}

/// [`RepoView::stat`] of `path`, answered once per document.
fn stat_cached(ctx: &Context<'_>, path: &str) -> PathState {
    let view = std::ptr::from_ref(ctx.repo) as usize;
    STATS.with(|cell| {
        let mut c = cell.borrow_mut();
        if c.0 != view {
            c.0 = view;
            c.1.clear();
        }
        if let Some(s) = c.1.get(path) {
            return s.clone();
        }
        let s = ctx.repo.stat(path);
        // Bounded: a document naming millions of distinct paths keeps at
        // most this many answers.
        if c.1.len() < 65_536 {
            c.1.insert(path.to_string(), s.clone());
        }
        s
    })
}

/// Forgets the answers of [`stat_cached`] (a new document: the working tree
/// may be read anew between documents of a long run, such as `fix`).
fn forget_stats() {
    STATS.with(|cell| {
        let mut c = cell.borrow_mut();
        c.0 = 0;
        c.1.clear();
    });
    super::site_myst::forget_own_labels();
    super::page_series::forget_series();
    super::figure_slots::forget_slots();
}

/// Resolves one reference and reports at most one path finding, then anchors /
/// lines. Returns whether the target is present and tracked, or None when the
/// reference turns out to claim nothing (a mention of a git-ignored build
/// output, or of a path written from a nested project folder).
fn resolve(
    ctx: &Context<'_>,
    doc: &Document,
    r: &Reference,
    out: &mut Vec<Finding>,
    followed: &mut Vec<Followed>,
    anchors: &mut Vec<AnchorEntry>,
) -> Option<bool> {
    let shown = if r.written.is_empty() {
        doc.path.clone()
    } else {
        r.written.clone()
    };
    // A page of a Jekyll site with folder URLs: its links are read from its
    // URL first (see super::site_jekyll).
    let jekyll = super::site_jekyll::reading(ctx, doc, r);
    let Some(path) = jekyll.as_ref().or(r.path.as_ref()) else {
        // With `mention/missing-path` off, a prose code span that climbs out
        // of the repository (``set `frontendDist` to `../dist` ``) is a
        // configuration value, not a reference.
        if r.kind == RefKind::Mention && ctx.config.severity(&mention_missing_path::RULE).is_none()
        {
            return None;
        }
        // A page served at a deeper URL than its file (a blog post of
        // Material for MkDocs) climbs from there.
        if r.kind == RefKind::Link && super::site::reading(ctx, doc, r).is_some() {
            return Some(true);
        }
        // A raw-HTML attribute of a site page: the browser stops `..` at the
        // site's root.
        let before = doc.text.get(..r.span.start).unwrap_or("");
        if r.kind == RefKind::Link
            && [r#"src=""#, r#"href=""#, "src='", "href='"]
                .iter()
                .any(|a| before.ends_with(a))
            && clamped_in_site(ctx, doc, &r.written)
        {
            return Some(true);
        }
        if r.kind == RefKind::Link
            && (sibling_checkout(ctx, doc, &r.written)
                || super::agent_memory::names_agent_memory(&r.written)
                || ctx
                    .anchors
                    .kit_templates(ctx.repo, ctx.config)
                    .copied(&r.written))
        {
            return None;
        }
        out.push(outside(
            r,
            &shown,
            "resolves outside the repository",
            "reference a file inside the repository; checkmark never reads outside it",
        ));
        return Some(false);
    };
    // Same-document anchors need no file look-up (a new document's links to
    // its own headings are not "untracked").
    if r.written.is_empty() && path == &doc.path {
        if let Some(a) = &r.anchor
            && !a.is_empty()
            && !super::site_wiki::frame_anchor(ctx, doc, a)
        {
            check_anchor(ctx, doc, r, path, a, anchors);
        }
        return Some(true);
    }
    // A Docusaurus page's root URL is the site's route first (see
    // super::site::route_first).
    let route_path = (r.kind == RefKind::Link && jekyll.is_none())
        .then(|| super::site::route_first(ctx, doc, r))
        .flatten();
    let path = route_path.as_ref().unwrap_or(path);
    let mut state = stat_cached(ctx, path);
    let mut path = path;
    if state == PathState::Missing
        && let Some(alt) = &r.alt_path
    {
        let alt_state = ctx.repo.stat(alt);
        if !matches!(alt_state, PathState::Missing | PathState::Outside) {
            path = alt;
            state = alt_state;
        }
    }
    let site_path;
    // The page was found by the slug of a site built elsewhere (number
    // prefixes dropped: svelte.dev), whose heading ids checkmark does not know.
    let built_elsewhere = std::cell::Cell::new(false);
    let elsewhere = |found: Option<String>| {
        built_elsewhere.set(found.is_some());
        found
    };
    if state == PathState::Missing
        && r.kind == RefKind::Link
        && let Some(found) = site_reading(ctx, doc, r)
            .or_else(|| super::site::reading(ctx, doc, r))
            .or_else(|| super::site_vuepress::reading(ctx, doc, r))
            .or_else(|| super::site_nuxt::reading(ctx, doc, r))
            .or_else(|| super::site_wiki::reading(ctx, doc, r))
            .or_else(|| super::site_retype::reading(ctx, doc, r))
            .or_else(|| super::site_wikijs::reading(ctx, doc, r))
            .or_else(|| super::site_azure_wiki::reading(ctx, doc, r))
            .or_else(|| elsewhere(super::site::number_prefixed(ctx, doc, r)))
            .or_else(|| mdx_page_reading(ctx, doc, r, path))
    {
        site_path = found;
        path = &site_path;
        state = ctx.repo.stat(path);
    }
    let skill_path;
    if state == PathState::Missing
        && r.kind == RefKind::Link
        && let Some(found) = skill_reading(ctx, doc, r)
    {
        skill_path = found;
        path = &skill_path;
        state = ctx.repo.stat(path);
    }
    match state {
        PathState::Outside => {
            out.push(outside(
                r,
                path,
                "leads outside the repository (through a symlink)",
                "reference the file inside the repository instead of a symlink that points out",
            ));
            return Some(false);
        }
        PathState::Untracked { dir } => {
            if super::site::explains_link(ctx, doc, r, path, true) {
                return None;
            }
            if r.kind == RefKind::Mention && ctx.repo.is_ignored(path) {
                // A prose mention of an ignored build artefact is not evidence.
                return None;
            }
            let what = if dir { "folder" } else { "file" };
            let ignored = ctx.repo.is_ignored(path);
            let help = if ignored {
                format!(
                    "it is git-ignored: commit it with `git add -f {path}`, or cite a tracked copy"
                )
            } else {
                format!("`git add {path}`, so that CI and reviewers have it")
            };
            out.push(
                Finding::new(
                    &path_untracked::RULE,
                    r.span.clone(),
                    with_note(
                        format!(
                            "{} `{path}` exists on disk but the {what} is not tracked by git",
                            r.kind.noun()
                        ),
                        r,
                    ),
                )
                .help(help)
                .target(path.clone()),
            );
            return Some(false);
        }
        PathState::Missing => {
            // A web address in one more pair of brackets is no path of any
            // kind: none of the readings below can explain it.
            if bracketed_url(r).is_some() {
                out.push(missing(ctx, doc, r, path));
                return Some(false);
            }
            if r.planned
                || (r.kind == RefKind::Mention && mention_explained(ctx, r, path))
                || super::site::explains_link(ctx, doc, r, path, false)
                || (r.kind == RefKind::Link
                    && super::site_myst::names_label(
                        ctx,
                        &doc.path,
                        r.written.trim_start_matches('#'),
                        Some(doc.text.as_str()),
                    ))
                || (r.kind == RefKind::Link
                    && super::site_myst::names_document(
                        ctx,
                        &doc.path,
                        &r.written,
                        super::site_myst::html_attribute(&doc.text, r.span.start),
                    ))
            {
                return None;
            }
            if r.kind == RefKind::Evidence && !r.written.trim_end_matches('/').contains('/') {
                // A bare name: shorthand for the one file of the tree with that
                // name, or an artifact kept elsewhere (a screenshot, an
                // export), not a path of this repository.
                let named = ctx.anchors.named(ctx.repo, r.written.trim_end_matches('/'));
                return (!named.is_empty()).then_some(true);
            }
            if r.kind == RefKind::Evidence
                && (names_no_file(ctx, r)
                    || evidence_missing_path::under_any(path, ctx.anchors.ci_outputs(ctx.repo))
                    || evidence::under_ignored_folder(ctx, path, r.written.ends_with('/'))
                    || r.alt_path.as_deref().is_some_and(|alt| {
                        evidence::under_ignored_folder(ctx, alt, r.written.ends_with('/'))
                    })
                    || evidence::continues_cell(ctx, doc, r)
                    || evidence::named_as_history(doc, r)
                    || evidence::names_git_branch(doc, r)
                    || absent::named_as_absent(doc, r)
                    || audited::of_audited_repository(ctx, doc, r)
                    || requested::served_url(doc, r)
                    || evidence::quoted_from_row(ctx, doc, r)
                    || evidence::tail_of_one_file(ctx, doc, r, path)
                    || evidence::number_of_one_entry(ctx, r, path)
                    || evidence::from_an_ancestor(ctx, doc, r, path))
            {
                // Not a path, a build artifact a CI workflow writes or a
                // folder git ignores holds, the rest of a path the cell
                // began earlier, or a path the cell calls history or absent.
                return None;
            }
            // Every test here silences; the ones that ask git history
            // (rename detection reads and hashes every blob a re-organising
            // commit added and deleted) come after those that read the
            // document and the tree.
            if written_conditionally(doc, r)
                || example_of_agent_rules(ctx, doc, r, path)
                || prompt_target(ctx, doc, r, path)
                || marked_yet_to_be_made(ctx, doc, r, path)
                || to_be_created(ctx, doc, r, path)
                || super::page_series::unwritten(ctx, doc, r, path)
                || super::figure_slots::unfilled(ctx, doc, r, path)
                || super::template_example::fictional_file(ctx, doc, r, path)
                || (r.kind == RefKind::Link && in_broken_example(doc, r))
                || (r.kind == RefKind::Link
                    && (super::agent_memory::names_agent_memory(&r.written)
                        || super::site_wiki::names_wiki_page(ctx, doc, r)
                        || site_route(ctx, doc, r)
                        || foreign_site_page(ctx, doc, r)
                        || foreign_local_file(ctx, r)
                        || names_own_subject_checkout(ctx, doc, r)
                        || super::skill_host::names_host_file(ctx, doc, r, path)
                        || super::skill_host::names_root_file(ctx, doc, r)
                        || super::skill_host::names_output_file(ctx, doc, r, path)
                        || super::tool_report::names_scanned_file(ctx, doc, r, path)
                        || super::local_output::written_locally(ctx, doc, r, path)
                        || optional::said_optional(ctx, doc, r, path)
                        || evidence::quoted_line_link(ctx, doc, r)
                        || evidence::climbs_out_of_upstream_copy(ctx, doc, r, path)
                        || github_web_route(&r.written)))
                || (r.kind == RefKind::Link && glob_names_files(ctx, path))
                || per_task_file(ctx, path)
                || emptied_task_folder(ctx, path)
                || recorded_then_removed(ctx, r, doc, path)
                || super::path_renamed::retired_since_record(ctx, doc, r, path)
            {
                return None;
            }
            // Moved, as git history shows: the target exists under its new
            // name, so the reference counts as resolved (one finding: this one).
            if let Some(f) = super::path_renamed::check(ctx, doc, r, path) {
                out.push(f);
                return Some(true);
            }
            if r.quiet_missing
                || (r.kind == RefKind::Link && super::site::redirected(ctx, doc, r, path))
                || super::site_nuxt::redirected(ctx, doc, r)
                || dangling_document(ctx, path)
            {
                return None;
            }
            out.push(missing(ctx, doc, r, path));
            return Some(false);
        }
        PathState::File | PathState::Dir | PathState::Submodule => {}
    }
    if r.must_be_dir && state == PathState::File {
        let f = Finding::new(
            &evidence_missing_path::RULE,
            r.span.clone(),
            with_note(
                format!(
                    "{} `{}` ends with `/` but is a file, not a folder",
                    r.kind.noun(),
                    r.written
                ),
                r,
            ),
        )
        .help(format!(
            "drop the trailing `/`: `{}`",
            r.written.trim_end_matches('/')
        ))
        .target(path.clone());
        out.push(retarget(f, r.kind));
        return Some(false);
    }
    // Line ranges: citations, and GitHub `#L10` anchors.
    let mut lines = r.lines.clone();
    let mut anchor = r.anchor.clone();
    if let Some(a) = &anchor
        && let Some(parsed) = parse_line_fragment(a)
    {
        let on_markdown_heading = is_markdown(path)
            && ctx
                .anchors
                .get(ctx.repo, path)
                .is_some_and(|s| s.ids.contains(a.as_str()));
        if !on_markdown_heading {
            match parsed {
                Ok(lr) => lines.push(lr),
                Err(e) => {
                    out.push(
                        Finding::new(
                            &link_line_range::RULE,
                            r.span.clone(),
                            format!("line anchor `#{a}`: {}", e.message),
                        )
                        .help(e.help)
                        .target(path.clone()),
                    );
                    return Some(true);
                }
            }
            anchor = None;
        }
    }
    if !lines.is_empty() {
        if state != PathState::File {
            return Some(true);
        }
        let Some(count) = ctx.repo.line_count(path) else {
            return Some(true);
        };
        let max_end = lines.iter().map(|l| l.end).max().unwrap_or(0) as usize;
        // A record of its day (a dated or superseded record, a note frozen
        // in an archive folder, a dated entry: see `citation/stale`) whose
        // range fitted the file when the record was last committed was right
        // then; it went out of date with the code, and nobody renumbers a
        // record (survey 14: 6 of 63 such findings judged false). A range
        // that did not fit then was written wrong, and is reported.
        // Fitted when last committed, or when a version of the record that
        // holds the citation as written now was committed (a record whose
        // last edit was a rename sweep across the tree: wp-kernel's
        // `FEATURE_AUDIT.md`, October 2025).
        // In a record, a range that starts inside the file and only ends
        // past it (`:1-58` of a 57-line file, the final newline counted; an
        // agent's read window `:1-150` of a 107-line spec) was written
        // against a file holding every cited line that exists: nobody
        // renumbers a frozen report for it (survey 26, foss-launcher's run
        // reports: 36 of 40). Only a range that starts past the end cites a
        // line that never existed.
        // A document of a versioned folder (`.aidlc/cycles/v2.4.0/plans/`,
        // `docs/versions/v1.0.0/operations/`: see [`is_record`]) is a record
        // of that version's work the same way (survey 35d, an AI-DLC starter
        // kit's finished cycles: 9 findings judged false, each fitted then).
        let starts_inside = lines.iter().all(|l| l.start as usize <= count);
        let recorded_right = |ctx: &Context<'_>| {
            !(r.kind == RefKind::Link || lines.len() > r.lines.len())
                && (crate::rules::citation_stale::records_history(doc, r.span.start)
                    || crate::rules::citation_stale::superseded(ctx, &doc.path)
                    || crate::rules::citation_stale::day_folder_record(ctx, doc)
                    || crate::rules::citation_stale::reports_folder_record(ctx, doc)
                    || crate::rules::citation_stale::report_written_once(ctx, doc)
                    || crate::rules::task_folder::finished(ctx.repo, &doc.path)
                    || is_record(&doc.path))
                && (starts_inside
                    || ctx
                        .history
                        .lines_when_last_written(&doc.path, path)
                        .is_some_and(|then| max_end <= then)
                    || doc.text.get(r.span.clone()).is_some_and(|written| {
                        ctx.history
                            .fitted_when_written(&doc.path, path, written, max_end)
                    })
                    // A dated record fitted its file on the day its name
                    // carries: written that day on a branch, squash-merged
                    // after a change cut the file (survey 92b, go-bricks).
                    || doc
                        .path
                        .rsplit('/')
                        .next()
                        .and_then(crate::rules::citation_stale::name_date)
                        .and_then(|(_, day)| ctx.history.lines_on_day(path, day))
                        .is_some_and(|then| max_end <= then))
        };
        if max_end > count && !recorded_right(ctx) {
            let range_text = lines
                .iter()
                .map(|l| {
                    if l.start == l.end {
                        format!("L{}", l.start)
                    } else {
                        format!("L{}-L{}", l.start, l.end)
                    }
                })
                .collect::<Vec<_>>()
                .join(",");
            // A `#L` anchor is GitHub's (a link's rule); a citation or a
            // code span `path:LINE` cites lines as a citation does.
            let rule = if r.kind == RefKind::Link || lines.len() > r.lines.len() {
                &link_line_range::RULE
            } else {
                &citation_line_range::RULE
            };
            let lines_word = if count == 1 { "line" } else { "lines" };
            out.push(
                Finding::new(
                    rule,
                    r.span.clone(),
                    with_note(
                        format!("`{path}` has {count} {lines_word}, but {range_text} is cited (ends at line {max_end})"),
                        r,
                    ),
                )
                .help(if lines.len() == 1 && lines[0].start == 1 {
                    // `†L1-L200` of a 126-line runbook: the whole file, its
                    // length rounded up (agents write it so).
                    format!("if the whole file is meant, cite L1-L{count}; otherwise update the citation to the lines that moved")
                } else {
                    format!("cite lines within 1-{count}, or update the citation to the lines that moved")
                })
                .target(path.clone()),
            );
            return Some(true);
        }
    }
    if state == PathState::File && (!lines.is_empty() || r.kind == RefKind::Citation) {
        followed.push(Followed {
            span: r.span.clone(),
            path: path.clone(),
            ranges: lines.clone(),
        });
    }
    // An anchor with a capital letter or a `$` is none of GitHub's heading
    // ids; on a page reached by the slug of a site built elsewhere it is that
    // site's (svelte.dev's `#Rerunning-load-functions-When-do-load-functions-rerun`
    // joins a heading to its parent, case kept: sveltejs/kit, survey 73d, 6
    // of its 29 false anchors). So is a lower-case anchor that such an id of
    // the page gives (`#page-page.svelte` for `### +page.svelte` below `##
    // +page`: see [`super::site_numbered::nested_ids`]; 17 more of the 29);
    // another lower-case anchor there is still judged.
    let site_made = |a: &str| {
        built_elsewhere.get()
            && (a.chars().any(|c| c.is_uppercase() || c == '$')
                || ctx.repo.read(path).is_some_and(|b| {
                    super::site_numbered::nested_ids(&String::from_utf8_lossy(&b))
                        .iter()
                        .any(|id| id == a)
                }))
    };
    if let Some(a) = anchor.filter(|a| !a.is_empty() && !site_made(a)) {
        if state == PathState::File && is_markdown(path) {
            check_anchor(ctx, doc, r, path, &a, anchors);
        } else if state == PathState::Dir {
            check_folder_anchor(ctx, doc, r, path, &a, anchors);
        }
    }
    Some(true)
}

/// A link to a folder with a fragment (`dir#section`, `dir/#section`) lands
/// on GitHub's listing of the folder, below which its README is rendered: the
/// fragment is one of the README's anchors. A README in another markup
/// (`README.rst`) is not read; a folder without a README (nor an `index.md`
/// that a site generator serves) has no anchor at all.
fn check_folder_anchor(
    ctx: &Context<'_>,
    doc: &Document,
    r: &Reference,
    dir: &str,
    anchor: &str,
    out: &mut Vec<AnchorEntry>,
) {
    if is_archive(&doc.path) {
        return;
    }
    let dir = dir.trim_end_matches('/');
    // A Hugo page without a link render hook is served at its own URL
    // (`x.md` at `x/`): `../#a` is the section the page is in, `./#a` the
    // page itself (longhorn/website, survey s120c: 9 findings).
    if let Some(page) = super::site_hugo::url_page(ctx, &doc.path, &r.written) {
        check_anchor(ctx, doc, r, &page, anchor, out);
        return;
    }
    let site_page = super::site_eleventy::folder_page(ctx, doc, r)
        .or_else(|| super::site::folder_page(ctx, doc, dir));
    // A site page's link to the site's root (`/?try=minimal#try-it-out` in
    // trpc's Docusaurus docs) names the site's home page, which the site
    // makes (`src/pages/index.tsx`), not the repository's README: when no
    // reading of the site found that page, its anchors are unknown.
    if site_page.is_none()
        && dir.is_empty()
        && r.written.starts_with('/')
        && super::site::is_page(ctx, &doc.path)
    {
        return;
    }
    // A VitePress page's link to the site's root (`/#get-plane` in
    // makeplane/docs' `apps/docs/docs/introduction/quickstart.md`, survey
    // 60d) names the site's home page, the `index.md` of the root that
    // serves it, not the repository's README; a site without one has no
    // home page checkmark can read.
    if site_page.is_none() && dir.is_empty() && r.written.starts_with('/') {
        let roots = ctx.anchors.site_roots(ctx.repo);
        if vitepress_page(ctx.repo, roots, &doc.path) {
            let home = roots
                .iter()
                .filter(|root| root.is_empty() || doc.path.starts_with(&format!("{root}/")))
                .max_by_key(|root| root.len())
                .map(|root| join_dir(root, "index.md"))
                .filter(|home| {
                    !matches!(ctx.repo.stat(home), PathState::Missing | PathState::Outside)
                });
            if let Some(home) = home {
                check_anchor(ctx, doc, r, &home, anchor, out);
            }
            return;
        }
    }
    // An MkDocs page served as a folder (`http/tls/overview.md` at
    // `http/tls/overview/`) reads `./#custom-domains` from its own URL:
    // the page itself, not its folder (survey 51c, traefik, 4 findings).
    if matches!(r.written.split(['#', '?']).next(), Some("./" | "."))
        && super::site::mkdocs_page_url(ctx, &doc.path).is_some()
    {
        check_anchor(ctx, doc, r, &doc.path, anchor, out);
        return;
    }
    // A Hugo page's root link names the site's route, not the folder.
    if site_page.is_none()
        && let Some(route) = super::site_hugo::route_page(ctx, &doc.path, &r.written)
    {
        if let Some(page) = route {
            check_anchor(ctx, doc, r, &page, anchor, out);
        }
        return;
    }
    let page = site_page
        .or_else(|| folder_readme(ctx.repo, dir))
        .or_else(|| super::site::index_page(ctx.repo, dir));
    match page {
        Some(page) if is_markdown(&page) => check_anchor(ctx, doc, r, &page, anchor, out),
        Some(_) => {}
        None => {
            if anchor.eq_ignore_ascii_case("top") {
                return;
            }
            let shown = if dir.is_empty() {
                "the repository root"
            } else {
                dir
            };
            out.push(AnchorEntry::Found(
                Finding::new(
                    &link_missing_anchor::RULE,
                    r.span.clone(),
                    with_note(
                        format!(
                            "anchor `#{anchor}` matches nothing: folder `{shown}` has no README for GitHub to show below its listing"
                        ),
                        r,
                    ),
                )
                .help("link to the document that holds the section, or drop the `#` fragment".to_string())
                .target(format!("{dir}#{anchor}")),
            ));
        }
    }
}

/// The README GitHub shows below a folder's listing: a file named `README`
/// (any case) with or without an extension, formatted ones (`README.md`,
/// `README.rst`) before plain text (`README`, `README.txt`), then in
/// alphabetical order (github/markup#360). At the root, `.github/` comes
/// first and `docs/` last (GitHub Docs, "About the repository README file").
fn folder_readme(repo: &RepoView, dir: &str) -> Option<String> {
    let pick = |d: &str| {
        let children = repo.children(d);
        let mut names: Vec<&String> = children
            .iter()
            .filter(|n| is_readme_name(n))
            .filter(|n| repo.is_tracked(&join_dir(d, n)))
            .collect();
        names.sort_by_key(|n| {
            let lower = n.to_ascii_lowercase();
            (lower == "readme" || lower == "readme.txt", lower)
        });
        names.first().map(|n| join_dir(d, n))
    };
    if dir.is_empty() {
        [".github", "", "docs"].into_iter().find_map(pick)
    } else {
        pick(dir)
    }
}

fn is_readme_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    match lower.strip_prefix("readme") {
        Some("") => true,
        Some(ext) => ext
            .strip_prefix('.')
            .is_some_and(|e| !e.is_empty() && e.bytes().all(|b| b.is_ascii_alphanumeric())),
        None => false,
    }
}

/// `name` inside folder `dir` (`""` is the repository root).
pub(crate) fn join_dir(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

/// Folders whose pages a documentation-site generator serves, declared by its
/// configuration at the repository root (or in `website/`, `docs/`):
/// Docusaurus' `docs/`, mdBook's `src`, Sphinx's and Jekyll's
/// folder, Hugo's `content/`. Links there are written the site's way.
/// The folder a Jekyll configuration's top-level `source:` names (`source:
/// src`: dxw/playbook's pages and `assets/` are in `src/`, so its
/// `/assets/images/metrics.webp` is `src/assets/images/metrics.webp`; survey
/// 49b, 4 findings judged false), relative to the configuration's folder;
/// None when it names none or the configuration's own folder.
fn jekyll_source(config: &str) -> Option<String> {
    config.lines().find_map(|l| {
        let v = l.strip_prefix("source:")?;
        let v = v.split(" #").next().unwrap_or(v).trim();
        let v = v.trim_matches(['"', '\'']).trim_start_matches("./");
        let v = v.trim_end_matches('/');
        (!v.is_empty() && v != "." && !v.starts_with('/') && !v.contains(".."))
            .then(|| v.to_string())
    })
}

fn site_roots(repo: &RepoView) -> Vec<String> {
    // Once for the hook's two views when it can be, and kept from one hook
    // run to the next (see RepoView::memo, RepoView::memo_kept).
    repo.memo_kept("references::site_roots", find_site_roots)
}

fn find_site_roots(repo: &RepoView) -> Vec<String> {
    let read = |p: &str| repo.read_text(p);
    let setting = |text: &str, key: &str| {
        text.lines().find_map(|l| {
            let (k, v) = l.split_once([':', '='])?;
            (k.trim() == key).then(|| {
                v.trim()
                    .trim_matches(['"', '\''])
                    .trim_end_matches('/')
                    .to_string()
            })
        })
    };
    // MkDocs sites are detected with the other generators (super::site).
    let mut roots = Vec::new();
    for dir in ["", "website/", "docs/"] {
        for ext in super::site::DOCUSAURUS_CONFIG_EXTS {
            if repo.is_tracked(&format!("{dir}docusaurus.config.{ext}")) {
                roots.push(format!("{dir}docs"));
                roots.push("docs".into());
            }
        }
    }
    if let Some(t) = read("book.toml") {
        roots.push(setting(&t, "src").unwrap_or_else(|| "src".into()));
    }
    for (cfg, root) in [
        ("docs/conf.py", "docs"),
        ("doc/conf.py", "doc"),
        ("docs/source/conf.py", "docs/source"),
        ("docs/_config.yml", "docs"),
        ("_config.yml", ""),
        ("hugo.toml", "content"),
        ("hugo.yaml", "content"),
    ] {
        if repo.is_tracked(cfg) {
            let source = cfg
                .ends_with("_config.yml")
                .then(|| read(cfg).and_then(|t| jekyll_source(&t)))
                .flatten();
            roots.push(match source {
                Some(src) => join_relative(root, &src).unwrap_or_else(|| root.to_string()),
                None => root.to_string(),
            });
        }
    }
    roots.extend(nested_site_roots(repo));
    roots.extend(super::site_vuepress::roots(repo));
    roots.extend(docsify_roots(repo));
    roots.extend(super::site_tanstack::roots(repo));
    roots.sort();
    roots.dedup();
    roots
}

/// The folders of docsify sites: an `index.html` that loads docsify at the
/// root or in `docs/`, `doc/`, `documentation/` or `website/` (survey 16:
/// docsifyjs/docsify's `docs/index.html`). Docsify renders the folder's
/// Markdown in the browser: `[x](configuration#y)` is the page
/// `configuration.md`, read from the site's root unless `relativePath` is
/// set, and `/_media/icon.svg` is a file of the folder.
fn docsify_roots(repo: &RepoView) -> Vec<String> {
    repo.memo("references::docsify_roots", |repo| {
        ["", "docs", "doc", "documentation", "website"]
            .iter()
            .filter(|dir| {
                let index = if dir.is_empty() {
                    "index.html".to_string()
                } else {
                    format!("{dir}/index.html")
                };
                repo.is_tracked(&index)
                    && repo
                        .read(&index)
                        .is_some_and(|b| String::from_utf8_lossy(&b).contains("$docsify"))
            })
            .map(|d| d.to_string())
            .collect()
    })
}

/// Whether docsify renders `path`: a page of a docsify site (see
/// [`docsify_roots`]), or of a folder that holds, itself or above it,
/// docsify's own navigation files (`_sidebar.md`, `_navbar.md`,
/// `_coverpage.md`): a translation kept in a repository of its own and
/// served inside another's site has those files and no `index.html`
/// (docsifyjs/docs-zh, served at docsify.js.org/#/zh-cn/: survey 64b).
fn docsify_page(repo: &RepoView, path: &str) -> bool {
    if docsify_roots(repo)
        .iter()
        .any(|root| root.is_empty() || path.starts_with(&format!("{root}/")))
    {
        return true;
    }
    let mut dir = path.rsplit_once('/').map_or("", |(d, _)| d);
    loop {
        if ["_sidebar.md", "_navbar.md", "_coverpage.md"]
            .iter()
            .any(|f| repo.is_tracked(&join_dir(dir, f)))
        {
            return true;
        }
        if dir.is_empty() {
            return false;
        }
        dir = dir.rsplit_once('/').map_or("", |(d, _)| d);
    }
}

/// The ids docsify's heading attribute gives (`## 核心主题 :id=core-theme`,
/// outside code): docsify renders the heading without the attribute and with
/// that id, which a link's `#core-theme` names (docsifyjs/docs-zh's
/// translated pages keep the English ids so: survey 64b, 16 findings judged
/// false). GitHub shows the attribute as text.
fn docsify_heading_ids(text: &str) -> Vec<String> {
    ids_of_lines(text, "#", |t| {
        let at = t.find(" :id=")?;
        let id = t[at + 5..].split_whitespace().next()?;
        let id = id.trim_matches(|c| c == '"' || c == '\'');
        (!id.is_empty()).then(|| id.to_string())
    })
}

/// The ids `id` reads from the lines outside code that open with `opener`
/// (trimmed).
fn ids_of_lines(text: &str, opener: &str, id: impl Fn(&str) -> Option<String>) -> Vec<String> {
    super::site::outside_fences(text)
        .filter_map(|line| {
            let t = line.trim();
            t.starts_with(opener).then(|| id(t)).flatten()
        })
        .collect()
}

/// A link in a documentation site's page, read the site's way: relative to
/// the page's URL (`docs/async.md` is served at `/async/`, so
/// `../advanced/transports` is `docs/advanced/transports.md`), from the site's
/// root when it starts with `/`, with the page's extension left out, or naming
/// a folder's index page.
fn site_reading(ctx: &Context<'_>, doc: &Document, r: &Reference) -> Option<String> {
    site_reading_at(ctx, &doc.path, &r.written)
}

/// [`site_reading`] of a link `w` written in the page at `page` (also a page
/// that is not there: the one an MkDocs translation falls back to). A page
/// URL climbing above the site's root stops there, as a browser's does
/// (RFC 3986, 5.2.4: `../../../css_types/integer` from `/styles/grid/` is
/// `/css_types/integer/`).
pub(super) fn site_reading_at(ctx: &Context<'_>, page: &str, w: &str) -> Option<String> {
    // An example TanStack's site serves as a page of its framework.
    if let Some(found) = super::site_tanstack::example(ctx.repo, page, w) {
        return Some(found);
    }
    let roots = ctx.anchors.site_roots(ctx.repo);
    let root = roots
        .iter()
        .filter(|root| root.is_empty() || page.starts_with(&format!("{root}/")))
        .max_by_key(|root| root.len())?;
    let page_folder = page.rsplit_once('/').map_or("", |(d, _)| d);
    // A translated page of mkdocs-static-i18n (`x.ja.md`) is served at the
    // URL of its name without the language (`x/`).
    let unsuffixed = super::site::i18n_unsuffixed(ctx, page);
    let stem = unsuffixed
        .rsplit_once('.')
        .map_or(unsuffixed.as_str(), |(s, _)| s);
    let index = stem.ends_with("/index") || stem.ends_with("/README") || stem == "index";
    // An MkDocs page served as a folder (`styles/x.md` is `styles/x/`):
    // MkDocs rewrites a link that names a file from the page's folder, and
    // leaves any other as written, for the browser to read from the page's
    // URL. So an extension-less link (`./x`, `x/`) names a page or folder
    // from the URL only: from the file's folder it names only a file.
    let url_only = !index
        && !w.starts_with('/')
        && !super::site::names_extension(w)
        && super::site::mkdocs_directory_page(ctx, page);
    let mut bases = Vec::new();
    if url_only {
        if let Some(file) = join_relative(page_folder, w)
            && !file.ends_with('/')
            && ctx.repo.stat(&file) == PathState::File
        {
            return Some(file);
        }
    } else if let Some(rooted) = w.strip_prefix('/') {
        // From the site's root: its pages, or its static files (Docusaurus
        // `static/`; VitePress serves `<srcDir>/public/` at the root).
        let public = if root.is_empty() {
            "public".to_string()
        } else {
            format!("{root}/public")
        };
        for dir in [root.as_str(), "static", "website/static", public.as_str()] {
            bases.push(join_relative(dir, rooted));
        }
    }
    if !w.starts_with('/') {
        if !url_only {
            bases.push(join_relative(page_folder, w));
        }
        let page_dir = if stem.ends_with("/index") || stem.ends_with("/README") {
            page_folder
        } else {
            stem
        };
        bases.push(join_relative(page_dir, w));
        bases.push(clamped_url(root, page_dir, w));
        // Docsify reads a page link from the site's root.
        if docsify_roots(ctx.repo).iter().any(|d| d == root) {
            bases.push(join_relative(root, w));
        }
    }
    for base in bases.into_iter().flatten() {
        let base = base.trim_end_matches('/');
        // A file of the site's own `.html` (VitePress' `public/pure.html`
        // at `/pure.html`) is served as it is, before a page built from
        // `pure.md` is looked for (survey 29c, vuejs/vitepress).
        if base.ends_with(".html") && ctx.repo.stat(base) == PathState::File {
            return Some(base.to_string());
        }
        let base = base.strip_suffix(".html").unwrap_or(base);
        // `x/index.html` is the page built from `x/README.md` or `x/index.md`.
        let folder_page = base
            .strip_suffix("/index")
            .map(|dir| [format!("{dir}/README.md"), format!("{dir}/index.md")]);
        for candidate in [
            base.to_string(),
            format!("{base}.md"),
            format!("{base}.mdx"),
            format!("{base}/index.md"),
            format!("{base}/index.mdx"),
            format!("{base}/README.md"),
        ]
        .into_iter()
        .chain(folder_page.into_iter().flatten())
        .chain(super::site::i18n_pages(ctx, page, base))
        {
            if !matches!(
                ctx.repo.stat(&candidate),
                PathState::Missing | PathState::Outside
            ) {
                return Some(candidate);
            }
            if let Some(found) = super::site::i18n_folder_fallback(ctx, page, &candidate) {
                return Some(found);
            }
        }
    }
    None
}

/// The path a page URL's relative link `w` names in the site at `root`,
/// when it climbs above the root (which a browser stops at); None when it
/// does not.
fn clamped_url(root: &str, page_dir: &str, w: &str) -> Option<String> {
    let rel = if root.is_empty() {
        page_dir
    } else {
        page_dir.strip_prefix(root)?.trim_start_matches('/')
    };
    let mut parts: Vec<&str> = rel.split('/').filter(|p| !p.is_empty()).collect();
    let mut climbed = false;
    let path = w.split(['#', '?']).next().unwrap_or("");
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => climbed |= parts.pop().is_none(),
            s => parts.push(s),
        }
    }
    (climbed && !parts.is_empty()).then(|| {
        if root.is_empty() {
            parts.join("/")
        } else {
            format!("{root}/{}", parts.join("/"))
        }
    })
}

/// A missing mention that names something after all: a git-ignored path
/// (a build output, a local `.env`), or a tracked path it is the tail of
/// (`mobile/src/App.tsx` written from inside `apps/`).
fn mention_explained(ctx: &Context<'_>, r: &Reference, path: &str) -> bool {
    if ctx.repo.is_ignored(path) || ctx.repo.is_ignored(&format!("{path}/")) {
        return true;
    }
    let tail: Vec<&str> = r
        .written
        .split('/')
        .filter(|s| !s.is_empty() && *s != "." && *s != "..")
        .collect();
    let Some(name) = tail.last() else {
        return false;
    };
    let tail = tail.join("/");
    let suffix = format!("/{tail}");
    ctx.anchors
        .named(ctx.repo, name)
        .iter()
        .any(|p| p.ends_with(&suffix) || *p == tail)
}

fn check_anchor(
    ctx: &Context<'_>,
    doc: &Document,
    r: &Reference,
    path: &str,
    anchor: &str,
    out: &mut Vec<AnchorEntry>,
) {
    let lower = anchor.to_lowercase();
    if lower == "top" || lower.is_empty() || is_archive(&doc.path) {
        return;
    }
    // The common case first: the target has the anchor. Every reading
    // below only ever silences a finding, so a found anchor skips them
    // (several read the target's text).
    let lookup = (path != doc.path).then(|| ctx.anchors.lookup(ctx.repo, path));
    let found = match &lookup {
        None => doc.anchors.contains(anchor) || doc.anchors.contains(&lower),
        Some(Lookup::Known(Some(a))) => a.ids.contains(anchor) || a.ids.contains(&lower),
        Some(_) => false,
    };
    if found {
        return;
    }
    // A root link of a page copied from another website (`[Showcase](/#showcase)`
    // under front matter whose `url:` names that site's address) is that
    // site's home page, not this repository's README (see
    // [`foreign_site_page`]; survey s116a, liquidrender's copied TurboStarter
    // pages, 2 findings judged false).
    if r.written.starts_with('/') && foreign_site_page(ctx, doc, r) {
        return;
    }
    // What the target's own site makes of it; for a document of the run
    // not parsed yet, asked once its answer is known ([`answer_later`]).
    if !matches!(lookup, Some(Lookup::Later)) && target_site_anchor(ctx.repo, path, anchor) {
        return;
    }
    if path == doc.path && super::all_contributors::emoji_link(doc, r, anchor) {
        return;
    }
    // A badge wrapped in a link that goes nowhere on purpose.
    if path == doc.path && super::badge_link::badge_link(doc, r) {
        return;
    }
    // `[SBCs](## "Single Board Computers")`: a link to `##` written for
    // its title, Markdown's hover tooltip, going nowhere on purpose.
    if path == doc.path && super::tooltip_link::tooltip_link(doc, r, anchor) {
        return;
    }
    // `[Open Preview](#open-preview)`: a button of Builder.io's editor, in a
    // project whose `.builder/` rules tell its agent to write it.
    if path == doc.path && super::builder_actions::editor_action(ctx.repo, doc, anchor) {
        return;
    }
    // A section id of a Pagenary site's manifest: a route of the site's
    // hash router (`[Intake Guide](#intake-guide)`), not a heading.
    if path == doc.path && super::site_pagenary::routes_section(ctx.repo, &doc.path, anchor) {
        return;
    }
    // spec-md's id of a section of the specification the page is part of
    // (`#sec-Scalars.Custom-Scalars`), not a GitHub heading.
    if path == doc.path && super::site_specmd::section_id(ctx.repo, &doc.path, anchor) {
        return;
    }
    // A finished plan filed in a tracker's folder of finished work
    // (`plans/done/`) is not edited afterwards: its own table of contents,
    // drifted from headings renamed or never written, is the closed record
    // (survey 30a). A link into another document is navigation, and judged.
    if path == doc.path && super::task_folder::done_folder(ctx.repo, &doc.path) {
        return;
    }
    // A heading of the document that a fence left open swallows, or the
    // block a broken Markdown example's closing fence opens: one problem,
    // the fence, which `document/unclosed-fence` reports with what it hides
    // (when that rule is on).
    if path == doc.path
        && !doc.code_blocks.is_empty()
        && ctx
            .config
            .severity(&super::document_unclosed_fence::RULE)
            .is_some()
        && !doc.anchors.iter().any(|a| a.eq_ignore_ascii_case(anchor))
        && super::link_missing_anchor::hidden_by_unclosed_fence(doc, anchor)
    {
        return;
    }
    // A document whose own name says it is an archive (`CLAUDE-ARCHIVE.md`,
    // the old half of a `CLAUDE.md` split in two) is frozen as an archive
    // folder's documents are: its own table of contents is the record, and
    // nobody maintains it (survey 40b). Its links into other documents are
    // navigation, and judged.
    if path == doc.path && archive_document(&doc.path) {
        return;
    }
    let where_ = if path == doc.path {
        "this document".to_string()
    } else {
        format!("`{path}`")
    };
    let finding = || anchor_finding(r.span.clone(), &where_, path, anchor, r.note.as_deref());
    // The document's own anchors are borrowed, not copied per reference.
    let help = match lookup {
        None => anchor_missing(ctx, &doc.path, path, anchor, Target::Own(doc)),
        Some(lookup) => match lookup {
            Lookup::Known(None) => None,
            Lookup::Known(Some(other)) => {
                anchor_missing(ctx, &doc.path, path, anchor, Target::Other(&other))
            }
            Lookup::Later => {
                // Nothing to wait for when the rule does not run.
                if ctx.config.severity(&link_missing_anchor::RULE).is_some() {
                    out.push(AnchorEntry::Ask {
                        span: r.span.clone(),
                        path: path.to_string(),
                        anchor: anchor.to_string(),
                        note: r.note.clone(),
                    });
                }
                return;
            }
        },
    };
    if let Some(help) = help {
        out.push(AnchorEntry::Found(finding().help(help)));
    }
}

/// Whether the site that renders `path` gives it `anchor` where GitHub
/// does not: Starlight's id of every page's title (`#_top`), an object a
/// Hugging Face doc-builder page documents with `[[autodoc]]`, or a
/// doc-builder heading's id (`[[id]]`, or its slug without `_`).
fn target_site_anchor(repo: &RepoView, path: &str, anchor: &str) -> bool {
    super::site_astro::starlight_top(repo, path, anchor)
        || doc_builder_autodoc(repo, path, anchor)
        || doc_builder_heading(repo, path, anchor)
}

/// Whether `path` has no anchor `anchor` (as [`check_anchor`] judges it,
/// whether `link/missing-anchor` runs or not), answered now: a document of
/// the run not parsed yet is read for it.
pub(crate) fn lacks_anchor(ctx: &Context<'_>, doc: &Document, path: &str, anchor: &str) -> bool {
    let lower = anchor.to_lowercase();
    if lower == "top" || lower.is_empty() {
        return false;
    }
    if path == doc.path {
        return anchor_missing(ctx, &doc.path, path, anchor, Target::Own(doc)).is_some();
    }
    ctx.anchors
        .get(ctx.repo, path)
        .is_some_and(|a| anchor_missing(ctx, &doc.path, path, anchor, Target::Other(&a)).is_some())
}

/// The anchors a fragment is checked against: the linking document's own, or
/// another's as the run keeps them.
enum Target<'a> {
    Own(&'a Document),
    Other(&'a Anchors),
}

impl Target<'_> {
    fn contains(&self, anchor: &str) -> bool {
        match self {
            Target::Own(doc) => doc.anchors.contains(anchor),
            Target::Other(a) => a.ids.contains(anchor),
        }
    }
}

/// `anchor` with each `σ` that ends a word (after a letter, before
/// anything but a letter) written `ς`, as a final sigma is; None when it
/// has none.
fn final_sigma(anchor: &str) -> Option<String> {
    if !anchor.contains('σ') {
        return None;
    }
    let chars: Vec<char> = anchor.chars().collect();
    let mut changed = false;
    let out = chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let ends_word = i > 0
                && chars[i - 1].is_alphabetic()
                && !chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
            if c == 'σ' && ends_word {
                changed = true;
                'ς'
            } else {
                c
            }
        })
        .collect();
    changed.then_some(out)
}

/// The help of the `link/missing-anchor` finding on `path#anchor`, or None
/// when the target has that anchor (GitHub's, any case, `user-content-`
/// prefixed, or its documentation site's).
fn anchor_missing(
    ctx: &Context<'_>,
    doc_path: &str,
    path: &str,
    anchor: &str,
    target: Target<'_>,
) -> Option<String> {
    let lower = anchor.to_lowercase();
    if target.contains(anchor) || target.contains(&lower) {
        return None;
    }
    // GitHub lowercases a heading letter by letter (Ruby's `downcase` has no
    // final sigma), so `## 1. ΣΚΟΠΟΣ` is `#1-σκοποσ`, where the slug here,
    // as JavaScript's `toLowerCase`, ends the word with `ς`: both spellings
    // name the heading (survey 50a, Open-State-Stack/eIDAS's Greek SOP, 4
    // findings judged false on the final sigma alone).
    if let Some(final_form) = final_sigma(&lower)
        && target.contains(&final_form)
    {
        return None;
    }
    if let Target::Other(a) = &target
        && (a.generated || a.spec.as_ref().is_some_and(|s| s.makes(anchor)))
    {
        return None;
    }
    let stripped = lower.strip_prefix("user-content-").unwrap_or(&lower);
    if target.contains(stripped) {
        return None;
    }
    if site_anchor(ctx, doc_path, path, anchor, &target) {
        return None;
    }
    if gitiles_anchor(ctx, path, anchor, &target) {
        return None;
    }
    if gitlab_anchor(ctx, stripped, &target) {
        return None;
    }
    if super::site_maven::doxia_anchor(ctx, path, anchor, || match &target {
        Target::Own(doc) => Some(doc.text.clone()),
        Target::Other(_) => ctx
            .repo
            .read(path)
            .map(|b| String::from_utf8_lossy(&b).into_owned()),
    }) {
        return None;
    }
    // A page of a dynamic route renders headings its file does not hold.
    if matches!(&target, Target::Other(_)) && super::site_next::dynamic_page(path) {
        return None;
    }
    // A rule or grammar anchor mdbook-spec writes into the chapter.
    if super::site_mdbook_spec::rule_anchor(ctx, path, anchor) {
        return None;
    }
    // A MyST label (`(label)=`, a directive's `:name:`) of the project, or
    // of the linking page itself.
    if super::site_myst::names_label(
        ctx,
        doc_path,
        anchor,
        match &target {
            Target::Own(doc) => Some(doc.text.as_str()),
            Target::Other(_) => None,
        },
    ) {
        return None;
    }
    if let Target::Own(doc) = &target
        && doc.path.ends_with(".mdx")
        && crate::document::anchors::mdx_anchors(&doc.text).contains(anchor)
    {
        return None;
    }
    // A page's own link to a heading of an MDX partial it renders (or of
    // what a Hugo page renders: includes, definition terms; or an mdBook
    // chapter's definition terms).
    if let Target::Own(doc) = &target
        && (doc.text.contains("import ")
            || super::site_hugo::is_page(ctx, &doc.path)
            || super::site::is_mkdocs_page(ctx, &doc.path)
            || super::site_retype::is_page(ctx, &doc.path)
            || (doc.text.contains(" :id=") && docsify_page(ctx.repo, &doc.path))
            || super::site_mdbook::renders_terms(ctx.repo, &doc.path, &doc.text)
            || super::site_jekyll::composes(ctx.repo, &doc.path, &doc.text))
        && let Some(a) = ctx.anchors.get(ctx.repo, path)
        && (a.generated
            || a.ids.contains(&lower)
            || a.ids.contains(stripped)
            || (super::site_jekyll::composes(ctx.repo, &doc.path, &doc.text)
                && a.ids.contains(anchor))
            || (!punctuation_no_site_keeps(anchor)
                && a.site
                    .as_ref()
                    .is_some_and(|s| s.contains(&site_slug(anchor)))))
    {
        return None;
    }
    // A Jekyll page's own link to the id one of its include tags makes.
    if let Target::Own(doc) = &target
        && super::site_jekyll::include_ids(ctx.repo, &doc.path, &doc.text)
            .iter()
            .any(|id| *id == anchor || *id == lower)
    {
        return None;
    }
    // A query written after the anchor (`setup.md#resource-cleanup?WT.mc_id=x`,
    // a tracking suffix: survey s126b, Generative-AI-for-beginners-dotnet):
    // GitHub reads it as part of the anchor, which then matches nothing.
    if let Some((before, query)) = anchor.split_once('?')
        && !before.is_empty()
        && (target.contains(before) || target.contains(&before.to_lowercase()))
    {
        return Some(format!(
            "the query `?{query}` stands after the `#`, so GitHub reads it as part of the anchor: move it before the `#` (or drop it) to link `#{before}`"
        ));
    }
    let dropped = match &target {
        Target::Own(doc) => dropped_space(stripped, doc.anchors.iter().map(String::as_str)),
        Target::Other(a) => dropped_space(stripped, a.ids.iter()),
    };
    if let Some(s) = dropped {
        let shown = if path == doc_path {
            format!("#{s}")
        } else {
            format!("{path}#{s}")
        };
        // A document of the repository without a space that is not ASCII
        // had punctuation where the link has `-` (`Crates.io`, `Reader/Writer`,
        // `` `VArray`s ``: survey 34d), not a no-break space.
        let punctuation = matches!(&target, Target::Own(doc)
            if !doc.text.chars().any(|c| c.is_whitespace() && !c.is_ascii()));
        return Some(super::link_missing_anchor::dropped_space_help(
            &shown,
            stripped,
            s,
            punctuation,
        ));
    }
    let suggestion = match &target {
        Target::Own(doc) => closest(stripped, doc.anchors.iter().map(String::as_str)),
        Target::Other(a) => closest(stripped, a.ids.iter()),
    };
    Some(match suggestion {
        Some(s) if path == doc_path => format!("did you mean `#{s}`?"),
        Some(s) => format!("did you mean `{path}#{s}`?"),
        None if let Target::Own(doc) = &target
            && let Some(help) = super::link_missing_anchor::swallowed_heading(doc, stripped) =>
        {
            help
        }
        None => NO_CLOSE_HEADING.to_string(),
    })
}

/// The help of a missing anchor no heading of the target is close to.
const NO_CLOSE_HEADING: &str = "link to one of the target's headings (GitHub's slug: lower case, spaces → `-`, punctuation removed)";

/// Fewest entries of a list that make a run of missing sections.
const SECTION_RUN: usize = 3;

/// What a list item's missing anchor says about the list it stands in.
#[derive(Clone, PartialEq)]
enum EntryKind {
    /// No heading of the target is close to it: a section left out.
    Section,
    /// A heading's id once its leading emoji or number is written: the id.
    Habit(link_missing_anchor::SlugHabit, String),
}

/// One problem, one finding: a run of three or more consecutive list items,
/// each opening with a link to a section of one document that has no
/// heading close to it (a table of contents listing sections the document
/// leaves out: foss-launcher's `REQUIREMENTS_INVENTORY.md`, "For brevity
/// … the first 50 requirements are shown", 15 entries), is one finding on
/// its first entry that counts the others and gives their lines. An entry
/// with a heading close to its anchor (a typo: `#system-contract-requirments`)
/// is its own finding with its help, and breaks the run.
///
/// Likewise, three or more entries of one list (lines between them all list
/// items; or rows of one pipe table, a table of contents written as a
/// table) whose anchors miss their headings for one habit, the heading's
/// leading emoji (`#overview` for `## 🎯 Overview`, id `-overview`) or number
/// (`#overview` for `## 1. Overview`, id `1-overview`), are one finding on
/// the first that counts the others, gives their lines and says what to
/// write (survey 27, EDUZEN: 97 findings from 15 tables of contents). Other
/// entries of that list (a typo, a section left out) keep their findings.
fn fold_section_runs(ctx: &Context<'_>, doc: &Document, anchors: &mut Vec<AnchorEntry>) {
    let drop = section_folds(ctx, doc, anchors);
    let mut i = 0;
    anchors.retain(|_| {
        i += 1;
        !drop.contains(&(i - 1))
    });
}

/// [`fold_section_runs`]' work: the first entry of each run says what the
/// run is; returns the indices of the other entries, which it counts.
fn section_folds(ctx: &Context<'_>, doc: &Document, anchors: &mut [AnchorEntry]) -> HashSet<usize> {
    let (head, mut drop) = translation_folds(ctx, doc, anchors);
    // The entries the translation's finding does not count (a section it
    // left out, a typo) still fold into runs of one list.
    let mut taken = drop.clone();
    taken.extend(head);
    drop.extend(run_folds(ctx, doc, anchors, &taken));
    drop
}

/// The file a translation translates: `README.md` for `README.hebrew.md`,
/// `README-ja.md`, `README.zh-TW.md` or `README_pt-BR.md` beside it (its
/// name's stem, a `.`, `-` or `_`, then a tag of ASCII letters, `-` and `_`,
/// 2 to 24 long), when git tracks it; the longest such stem first
/// (`deploy-guide-ja.md` translates `deploy-guide.md`). With none beside it,
/// the nearest folder above that holds the original: a translation kept in
/// a folder of translations, `docs/README-NL.md` or
/// `translations/README-de.md` for the root's `README.md` (survey s126f,
/// rustdesk/rustdesk and jwasham/coding-interview-university).
fn translation_original(repo: &RepoView, path: &str) -> Option<String> {
    let (dir, name) = path.rsplit_once('/').map_or(("", path), |(d, n)| (d, n));
    let (stem, ext) = name.rsplit_once('.')?;
    let names: Vec<String> = stem
        .char_indices()
        .rev()
        .filter(|&(_, c)| matches!(c, '.' | '-' | '_'))
        .filter_map(|(at, _)| {
            let (base, tag) = (&stem[..at], &stem[at + 1..]);
            let tag_ok = (2..=24).contains(&tag.len())
                && tag
                    .bytes()
                    .all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'_');
            (!base.is_empty() && tag_ok).then(|| format!("{base}.{ext}"))
        })
        .collect();
    let mut folder = Some(dir);
    while let Some(at) = folder {
        let found = names.iter().find_map(|n| {
            let original = join_dir(at, n);
            (repo.stat(&original) == PathState::File).then_some(original)
        });
        if found.is_some() {
            return found;
        }
        folder = match at.rsplit_once('/') {
            Some((up, _)) => Some(up),
            None if !at.is_empty() => Some(""),
            None => None,
        };
    }
    None
}

/// Fewest of a translation's own anchors, missing there and the headings of
/// the document it translates, that make its links the original's.
const TRANSLATED_RUN: usize = 3;

/// A translation whose own links still name the original's headings
/// (`README.hebrew.md`'s table of contents links `#1-project-architecture-
/// practices` over a heading translated into Hebrew: survey 40,
/// goldbergyoni/nodebestpractices, 63 findings; donnemartin/system-design-
/// primer's `README-ja.md`, 9 links to `#contributing`): one problem, the
/// links copied with the original's anchors, reported once on the first,
/// which counts the others. Returns the first and the indices of the others. Three or more
/// such anchors make it; a missing anchor the original does not have either
/// keeps its own finding.
fn translation_folds(
    ctx: &Context<'_>,
    doc: &Document,
    anchors: &mut [AnchorEntry],
) -> (Option<usize>, HashSet<usize>) {
    let own: Vec<(usize, String)> = anchors
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let AnchorEntry::Found(f) = e else {
                return None;
            };
            if f.rule != link_missing_anchor::RULE.id {
                return None;
            }
            let (path, anchor) = f.target.as_deref()?.split_once('#')?;
            (path == doc.path).then(|| (i, anchor.to_lowercase()))
        })
        .collect();
    if own.len() < TRANSLATED_RUN {
        return (None, HashSet::new());
    }
    let Some(original) = translation_original(ctx.repo, &doc.path) else {
        return (None, HashSet::new());
    };
    // The original's anchors as the run knows them (a heading in a list
    // item, `- ### Arrays`, too), else as its text gives them.
    let known = match ctx.anchors.lookup(ctx.repo, &original) {
        Lookup::Known(Some(a)) => Some(a),
        _ => None,
    };
    let read = match known {
        Some(_) => None,
        None => match ctx.repo.read_text(&original) {
            Some(text) => Some(crate::document::anchors::anchors(&text)),
            None => return (None, HashSet::new()),
        },
    };
    let has = |id: &str| match (&known, &read) {
        (Some(a), _) => a.ids.contains(id),
        (None, Some(ids)) => ids.contains(id),
        (None, None) => false,
    };
    let copied: Vec<usize> = own
        .iter()
        .filter(|(_, a)| has(a.strip_prefix("user-content-").unwrap_or(a)))
        .map(|(i, _)| *i)
        .collect();
    if copied.len() < TRANSLATED_RUN {
        return (None, HashSet::new());
    }
    let n = copied.len();
    // The others' lines, so that each can be found (the first ten).
    let mut lines: Vec<usize> = copied[1..]
        .iter()
        .filter_map(|&i| match &anchors[i] {
            AnchorEntry::Found(f) => Some(doc.lines.line_col(&doc.text, f.span.start).0),
            AnchorEntry::Ask { .. } => None,
        })
        .collect();
    lines.dedup();
    let shown = lines
        .iter()
        .take(10)
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let lines = match lines.len() {
        0 => String::new(),
        1 => format!(" (line {shown})"),
        2..=10 => format!(" (lines {shown})"),
        _ => format!(" (lines {shown}, …)"),
    };
    if let Some(AnchorEntry::Found(f)) = anchors.get_mut(copied[0]) {
        f.message.push_str(&format!(
            "; it and {} more links of this document{lines} name headings of `{original}`, the document it translates, not its own",
            n - 1
        ));
        f.help = Some(format!(
            "the links were copied with `{original}`'s anchors: link this document's own headings (GitHub's slug of the translated heading)"
        ));
    }
    (Some(copied[0]), copied[1..].iter().copied().collect())
}

/// [`section_folds`]' runs of one list, among the entries `taken` leaves
/// (those a translation's finding counts, and that finding).
fn run_folds(
    ctx: &Context<'_>,
    doc: &Document,
    anchors: &mut [AnchorEntry],
    taken: &HashSet<usize>,
) -> HashSet<usize> {
    // (index in `anchors`, line, target document, kind) of each candidate entry.
    let mut items: Vec<(usize, usize, &str, EntryKind)> = anchors
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let AnchorEntry::Found(f) = e else {
                return None;
            };
            if taken.contains(&i)
                || f.rule != link_missing_anchor::RULE.id
                || !(opens_list_item(&doc.text, f.span.start)
                    || in_table_row(&doc.text, f.span.start))
            {
                return None;
            }
            let (path, anchor) = f.target.as_deref()?.split_once('#')?;
            // A habit first (a keycap heading, `## 1️⃣ Overview`, is close
            // to no link, yet its id is the link's but for the number).
            let lower = anchor.to_lowercase();
            let stripped = lower.strip_prefix("user-content-").unwrap_or(&lower);
            let found = if path == doc.path {
                link_missing_anchor::habit_id(stripped, doc.anchors.iter().map(String::as_str))
                    .map(|(h, id)| (h, id.to_string()))
            } else {
                match ctx.anchors.lookup(ctx.repo, path) {
                    Lookup::Known(Some(a)) => link_missing_anchor::habit_id(stripped, a.ids.iter())
                        .map(|(h, id)| (h, id.to_string())),
                    _ => None,
                }
            };
            let kind = match found {
                Some((habit, id)) => EntryKind::Habit(habit, id),
                None if f.help.as_deref() == Some(NO_CLOSE_HEADING) => EntryKind::Section,
                None => return None,
            };
            Some((i, doc.lines.line_of(f.span.start), path, kind))
        })
        .collect();
    if items.len() < SECTION_RUN {
        return HashSet::new();
    }
    items.sort_by_key(|&(_, line, _, _)| line);
    let line_at = |i: usize| match &anchors[i] {
        AnchorEntry::Found(f) => doc.lines.line_col(&doc.text, f.span.start).0,
        AnchorEntry::Ask { span, .. } => doc.lines.line_col(&doc.text, span.start).0,
    };
    let start_at = |i: usize| match &anchors[i] {
        AnchorEntry::Found(f) => f.span.start,
        AnchorEntry::Ask { span, .. } => span.start,
    };
    // (first entry, the others) of each run, and its message and help.
    let mut folds: Vec<(usize, String, String)> = Vec::new();
    let mut drop: HashSet<usize> = HashSet::new();
    // Runs of consecutive lines with the same target document, each a
    // section left out.
    let sections: Vec<&(usize, usize, &str, EntryKind)> = items
        .iter()
        .filter(|it| it.3 == EntryKind::Section)
        .collect();
    let mut start = 0;
    while start < sections.len() {
        let mut end = start + 1;
        while end < sections.len()
            && sections[end].1 == sections[end - 1].1 + 1
            && sections[end].2 == sections[start].2
        {
            end += 1;
        }
        if end - start >= SECTION_RUN {
            let n = end - start - 1;
            let from = line_at(sections[start + 1].0);
            let to = line_at(sections[end - 1].0);
            let entries = if n == 1 { "entry" } else { "entries" };
            folds.push((
                sections[start].0,
                format!("; so do the next {n} {entries} of this list (lines {from}-{to})"),
                "the list names sections the document does not have: if it leaves them out on purpose, drop them from the list; otherwise link to its headings (GitHub's slug: lower case, spaces → `-`, punctuation removed)".to_string(),
            ));
            drop.extend(sections[start + 1..end].iter().map(|it| it.0));
        }
        start = end;
    }
    // Entries of one list with the same target and habit: only list items
    // between them.
    let habits: Vec<&(usize, usize, &str, EntryKind)> = items
        .iter()
        .filter(|it| matches!(it.3, EntryKind::Habit(..)))
        .collect();
    let habit_of = |k: &EntryKind| match k {
        EntryKind::Habit(h, _) => Some(*h),
        EntryKind::Section => None,
    };
    // A heading's leading emoji dropped with its `-` and a run of `-`
    // written as one are one habit of one list's writer: every `-` run of
    // the id made one, its ends dropped (hyperspot's `DESIGN.md`, survey 36c:
    // `#f-p0-007-…` for `--f-p0-007-…` beside `#f-p0-001-module-scaffold-sdk-boundary`
    // for `--f-p0-001-module-scaffold--sdk-boundary`).
    let same_habit = |a: Option<link_missing_anchor::SlugHabit>,
                      b: Option<link_missing_anchor::SlugHabit>| {
        use link_missing_anchor::SlugHabit::{Collapsed, Symbol};
        a == b
            || matches!(
                (a, b),
                (Some(Symbol), Some(Collapsed)) | (Some(Collapsed), Some(Symbol))
            )
    };
    let same_list = |a: usize, b: usize| {
        let from = doc.text[start_at(a)..]
            .find('\n')
            .map(|o| start_at(a) + o + 1);
        let to = doc.text[..start_at(b)].rfind('\n').map(|o| o + 1);
        match (from, to) {
            (Some(from), Some(to)) if from <= to => doc.text.get(from..to).is_some_and(|between| {
                between.lines().all(list_marker::opens_list_item)
                    || between.lines().all(table_row_line)
            }),
            _ => false,
        }
    };
    let mut start = 0;
    while start < habits.len() {
        let mut end = start + 1;
        while end < habits.len()
            && habits[end].2 == habits[start].2
            && same_habit(habit_of(&habits[end].3), habit_of(&habits[start].3))
            && same_list(habits[end - 1].0, habits[end].0)
        {
            end += 1;
        }
        if end - start >= SECTION_RUN {
            let run = &habits[start..end];
            let lines: Vec<usize> = run[1..].iter().map(|it| line_at(it.0)).collect();
            let n = lines.len();
            let shown = |path: &str, a: &str| {
                if path == doc.path {
                    format!("#{a}")
                } else {
                    format!("{path}#{a}")
                }
            };
            let pairs: Vec<String> = run
                .iter()
                .take(3)
                .filter_map(|it| {
                    let AnchorEntry::Found(f) = &anchors[it.0] else {
                        return None;
                    };
                    let (path, anchor) = f.target.as_deref()?.split_once('#')?;
                    let EntryKind::Habit(_, id) = &it.3 else {
                        return None;
                    };
                    Some(format!("`{}` → `{}`", shown(path, anchor), shown(path, id)))
                })
                .collect();
            let more = if run.len() > 3 { ", …" } else { "" };
            let pairs = format!("{}{more}", pairs.join(", "));
            // A list that collapses runs of `-` and drops a leading emoji's:
            // one habit, told as the collapsing (see `same_habit`).
            let habit = if run
                .iter()
                .any(|it| habit_of(&it.3) == Some(link_missing_anchor::SlugHabit::Collapsed))
            {
                Some(link_missing_anchor::SlugHabit::Collapsed)
            } else {
                habit_of(&run[0].3)
            };
            let (why, help) = match habit {
                Some(link_missing_anchor::SlugHabit::Number) => (
                    "each heading starts with a number, which is part of its id",
                    format!("the heading's number is part of its id: write {pairs}"),
                ),
                Some(link_missing_anchor::SlugHabit::Collapsed) => (
                    "each anchor has one `-` where the heading's id has several (GitHub drops punctuation and emoji but keeps every space: `A + B` is `#a--b`)",
                    format!("GitHub keeps a `-` for every space: write {pairs}"),
                ),
                _ => (
                    "each heading starts with an emoji (or another symbol), which GitHub drops from the id but keeps the space after it",
                    format!("GitHub drops the emoji but keeps the space: write {pairs}"),
                ),
            };
            // Other links of the document with the run's anchors (a
            // paragraph's `[a](#overview)`) are the same mistake, fixed with
            // the same ids: counted here, not findings of their own.
            let run_at: HashSet<usize> = run.iter().map(|it| it.0).collect();
            let targets: HashSet<&str> = run
                .iter()
                .filter_map(|it| match &anchors[it.0] {
                    AnchorEntry::Found(f) => f.target.as_deref(),
                    AnchorEntry::Ask { .. } => None,
                })
                .collect();
            let mut others: Vec<usize> = anchors
                .iter()
                .enumerate()
                .filter(|&(j, e)| {
                    !run_at.contains(&j)
                        && !drop.contains(&j)
                        && matches!(e, AnchorEntry::Found(f)
                            if f.rule == link_missing_anchor::RULE.id
                                && f.target.as_deref().is_some_and(|t| targets.contains(t)))
                })
                .map(|(j, _)| j)
                .collect();
            others.sort_by_key(|&j| start_at(j));
            let elsewhere = match others.len() {
                0 => String::new(),
                k => {
                    let mut at: Vec<usize> = others.iter().map(|&j| line_at(j)).collect();
                    at.dedup();
                    let links = if k == 1 { "link" } else { "links" };
                    let word = if at.len() == 1 { "line" } else { "lines" };
                    format!(
                        "; {k} more {links} of this document use these anchors ({word} {})",
                        line_list(&at)
                    )
                }
            };
            folds.push((
                run[0].0,
                format!(
                    "; so do {n} more entries of this table of contents (lines {}): {why}{elsewhere}",
                    line_list(&lines)
                ),
                help,
            ));
            drop.extend(run[1..].iter().map(|it| it.0));
            drop.extend(others);
        }
        start = end;
    }
    for (i, message, help) in folds {
        if let Some(AnchorEntry::Found(f)) = anchors.get_mut(i) {
            f.message.push_str(&message);
            f.help = Some(help);
        }
    }
    drop
}

/// Lines as a short list: runs of consecutive lines as ranges (`19-23, 25`).
fn line_list(lines: &[usize]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        let mut e = k;
        while e + 1 < lines.len() && lines[e + 1] == lines[e] + 1 {
            e += 1;
        }
        parts.push(if e == k {
            lines[k].to_string()
        } else {
            format!("{}-{}", lines[k], lines[e])
        });
        k = e + 1;
    }
    parts.join(", ")
}

/// Whether `line` is a row of a pipe table (it opens with `|`).
fn table_row_line(line: &str) -> bool {
    line.trim_start().starts_with('|')
}

/// Whether a link at `offset` stands in a row of a pipe table: a table of
/// contents written as a table (`| 1 | [Overview](#overview) | … |`) folds
/// as a list does (survey 30d, survey 32a: SLMS' keycap headings).
fn in_table_row(text: &str, offset: usize) -> bool {
    let Some(before) = text.get(..offset) else {
        return false;
    };
    table_row_line(&before[before.rfind('\n').map_or(0, |i| i + 1)..])
}

/// Whether a link at `offset` opens a list item: only a bullet (`-`, `*`,
/// `+`) or a number (`1.`, `1)`) and spaces before it on its line.
fn opens_list_item(text: &str, offset: usize) -> bool {
    let Some(before) = text.get(..offset) else {
        return false;
    };
    let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    // A task item's box may stand before the link (`- [x] [Fix the
    // CODEOWNERS](#in-githubcodeowners-around-lines-5-to-18)`: an agent's
    // review worksheet whose table of contents is a task list, its sections
    // cut off: survey s126e, go-redis-work-queue, 579 entries).
    list_marker::after_list_marker(line)
        .is_some_and(|m| matches!(m.trim(), "" | "[ ]" | "[x]" | "[X]"))
}

fn retarget(mut f: Finding, kind: RefKind) -> Finding {
    let rule = kind.missing_rule();
    f.rule = rule.id;
    f.severity = rule.severity;
    f
}

/// Whether `path` is a tracked Markdown document that is a symlink leading
/// nowhere: the run reports the symlink itself, on the document (see
/// `engine`), so a reference to it is not a second finding for the same
/// problem (seanchatmangpt/knhk's mdBook: its `SUMMARY.md` lists 46
/// chapters symlinked to documents moved since).
fn dangling_document(ctx: &Context<'_>, path: &str) -> bool {
    is_markdown(path)
        && ctx.repo.is_tracked(path)
        && matches!(ctx.repo.fetch(path), crate::source::Fetched::Broken(_))
}

fn missing(ctx: &Context<'_>, doc: &Document, r: &Reference, path: &str) -> Finding {
    let mode_words = match ctx.repo.mode() {
        crate::source::Mode::Worktree => "in the working tree",
        crate::source::Mode::Staged => "in the index",
        crate::source::Mode::Rev(_) => "in the git tree",
    };
    let nested = nested_link(doc, r);
    let parenthesized = parenthesized_destination(r);
    let shown = if let Some((dest, _, _)) = &nested {
        dest.clone()
    } else if let Some((whole, _)) = &parenthesized {
        whole.clone()
    } else if r.written.is_empty() {
        path.to_string()
    } else {
        r.written.clone()
    };
    // Tracked, but deleted from the working tree (or a dangling tracked symlink).
    let deleted =
        matches!(ctx.repo.mode(), crate::source::Mode::Worktree) && ctx.repo.is_tracked(path);
    if deleted {
        let noun = r.kind.noun();
        return Finding::new(
            r.kind.missing_rule(),
            r.span.clone(),
            with_note(
                format!("{noun} `{shown}` is tracked but deleted from the working tree"),
                r,
            ),
        )
        .help(format!(
            "restore it with `git restore {path}`, or commit its removal and correct the reference"
        ))
        .target(path.to_string());
    }
    let message = match r.kind {
        RefKind::Citation => format!("cited file {shown} is not in the git tree"),
        RefKind::Link => format!("link target `{shown}` does not exist {mode_words}"),
        RefKind::Evidence if r.must_be_dir => {
            format!("evidence folder `{shown}` does not exist {mode_words}")
        }
        RefKind::Evidence => format!("evidence path `{shown}` does not exist {mode_words}"),
        RefKind::Mention => {
            format!("`{shown}` looks like a repository path but does not exist {mode_words}")
        }
    };
    let mut help = "commit the file, or correct the path".to_string();
    // A file a `.gitignore` pattern keeps out (`*.log`): "commit it" cannot
    // work as said, so the message says why and the help what to do.
    // A tracked file the path most likely meant comes first (chain's
    // `prover/…/vendor/stwo-dev/…/update_manifest.log`, a wrong prefix of
    // the tracked `vendor/stwo-dev/…`: "did you mean", not "git add -f").
    let ignored_file = matches!(r.kind, RefKind::Evidence | RefKind::Citation)
        && ctx.repo.is_ignored(path)
        && suggest_path(ctx, path, &doc.path).is_none();
    let message = if ignored_file {
        format!(
            "{message}, and git ignores it: a `.gitignore` pattern keeps it out of every commit"
        )
    } else {
        message
    };
    if ignored_file {
        help = format!(
            "`git check-ignore -v {path}` shows the `.gitignore` line; name a committed file instead (force this one in with `git add -f {path}` if it is meant to be kept), or describe the run's output in words rather than as a path"
        );
    } else if r.kind == RefKind::Link && on_local_machine(&r.written) {
        help = match tree_tail(ctx, editor_base(&r.written)) {
            Some(tail) => format!(
                "a path on the author's machine, which no reader has; it names this repository's `{tail}`: write `{}{}`",
                relative_from(doc.dir(), &tail),
                r.editor_line
                    .filter(|n| *n > 0)
                    .map(|n| format!("#L{n}"))
                    .unwrap_or_default()
            ),
            None => match named_like(ctx, doc, editor_base(&r.written)) {
                // A converter's output linked where it ran, its images
                // committed beside the page (survey 28b, autoresearch's
                // converted papers: `/Users/…/x.pdf-14-2.png` with
                // `x.pdf-14-2.png` in the page's folder).
                Some(file) => format!(
                    "a path on the author's machine, which no reader has; this repository has a file of its name, `{file}`: write `{}`",
                    relative_from(doc.dir(), &file)
                ),
                None => "a path on the author's machine, which no reader has: commit the file into the repository and link it from the document's folder".to_string(),
            },
        };
    } else if let Some(n) = r.editor_line {
        let base = editor_base(&r.written);
        let suffix = &r.written[base.len()..];
        // `:1-150` keeps its range as GitHub writes one, `#L1-L150`.
        let range = suffix
            .strip_prefix(':')
            .and_then(|s| s.split_once('-'))
            .filter(|(a, b)| {
                [a, b]
                    .iter()
                    .all(|x| !x.is_empty() && x.bytes().all(|c| c.is_ascii_digit()))
            });
        let fragment = match range {
            Some((a, b)) => format!("#L{a}-L{b}"),
            None if n == 0 => String::new(),
            None => format!("#L{n}"),
        };
        let here = crate::source::join_relative(doc.dir(), base);
        let exists = |p: &Option<String>| {
            p.as_ref().is_some_and(|p| {
                !matches!(ctx.repo.stat(p), PathState::Missing | PathState::Outside)
            })
        };
        let root = crate::source::normalize(base);
        help = if exists(&here) {
            format!(
                "{EDITOR_STYLE}: `{base}` exists, but GitHub reads `{suffix}` as part of the name: write `{base}{fragment}`"
            )
        } else if !doc.dir().is_empty() && !base.starts_with(['/', '.']) && exists(&root) {
            let root = root.unwrap_or_default();
            format!(
                "{EDITOR_STYLE}, written from the repository root: GitHub reads links from the document's folder and `{suffix}` as part of the name: write `{}{fragment}`",
                relative_from(doc.dir(), &root)
            )
        } else {
            format!(
                "{EDITOR_STYLE}, and `{base}` does not exist either: commit the file, or correct the path"
            )
        };
    } else if let Some((dest, text, url)) = &nested {
        help = format!(
            "the destination `{dest}` is itself a Markdown link, which GitHub reads as a path of this repository: write `[{text}]({url})`"
        );
    } else if let Some(url) = bracketed_url(r) {
        // Not a file at all, ignored or not (dotnet/designs' `packages/`
        // rule matched the NuGet address read as a path: survey 57a).
        help = format!(
            "the brackets around the address make GitHub read `{}` as a path of this repository: write `{url}` without them",
            r.written
        );
    } else if let Some((whole, inner)) = &parenthesized {
        // `[api]: (#authority-of-resources)`: the parentheses are part of
        // the destination, so GitHub links the path `(` (survey s126a,
        // openshift/enhancements).
        let inner_path = inner.split('#').next().unwrap_or("");
        let inner_missing = !inner_path.is_empty()
            && crate::source::join_relative(doc.dir(), inner_path).is_none_or(|p| {
                matches!(ctx.repo.stat(&p), PathState::Missing | PathState::Outside)
            });
        help = if inner_missing {
            format!(
                "the parentheses around the destination make GitHub read `{whole}` as a path of this repository, and `{inner_path}` names nothing here either: write the address or path meant, without the parentheses"
            )
        } else {
            format!(
                "the parentheses around the destination make GitHub read `{whole}` as a path of this repository: write `{inner}` without them"
            )
        };
    } else if let Some(user) = (r.kind == RefKind::Link)
        .then(|| link_missing_path::github_handle(&r.written))
        .flatten()
    {
        help = format!(
            "`{}` is a GitHub handle written as a link target, which GitHub reads as a path of this repository: write `https://github.com/{user}`",
            r.written
        );
    } else if r.kind == RefKind::Link && link_missing_path::email_address(&r.written) {
        help = format!(
            "`{0}` is an e-mail address written without `mailto:`, which GitHub reads as a path of this repository: write `mailto:{0}`",
            r.written
        );
    } else if let Some(url) = schemeless_url(ctx, doc, r) {
        // cri-o's roadmap links `github.com/containers/conmon-rs`: the
        // tree's `vendor/github.com/…` is no fix (survey 105c).
        help = format!(
            "`{}` is a web address written without its scheme, which GitHub reads as a path of this repository: write `{url}`",
            r.written
        );
    } else if r.kind == RefKind::Link && ctx.repo.is_ignored(path) {
        help = super::site::IGNORED_FILE_HELP.to_string();
    } else if let Some((url, page)) = mkdocs_url_miss(ctx, doc, r) {
        let before = doc.text.get(..r.span.start).unwrap_or("");
        let html = ["href=\"", "src=\"", "href='", "src='"]
            .iter()
            .any(|a| before.ends_with(a));
        let write = match super::site::mkdocs_url(ctx, &page) {
            // MkDocs rewrites no raw HTML: the URL, from this page's.
            Some((target, _)) if html => format!(
                "`{}` (MkDocs does not rewrite links in raw HTML)",
                url_between(&url, &target)
            ),
            _ => format!(
                "`{}` (MkDocs turns a link to the file into the page's URL)",
                relative_from(doc.dir(), &page)
            ),
        };
        help = format!(
            "MkDocs serves this page as the folder `{url}` and leaves an extension-less link as written, so the browser reads `{}` from there, where no page is; for `{page}` write {write}",
            r.written,
        );
    } else if let Some(h) = (r.kind == RefKind::Link)
        .then(|| super::site_mkdocs_monorepo::techdocs_route_help(ctx, doc, &r.written))
        .flatten()
    {
        help = h;
    } else if let Some(root) = root_reading(ctx, doc, r) {
        help = format!(
            "`{root}` exists from the repository root, but a link is read from the document's folder: write `{}` (or `/{root}`)",
            relative_from(doc.dir(), &root)
        );
    } else if let Some((old, then)) = super::moved_document::read_from_former_place(ctx, doc, r) {
        help = format!(
            "this document was moved from `{old}`, and the link was written there, for `{then}`: write `{}`",
            relative_from(doc.dir(), &then)
        );
    } else if let Some(s) = suggest_path(ctx, path, &doc.path)
        .or_else(|| page_without_extension(ctx, doc, r, path))
        // The document's own folder is no guess at another path: `did you
        // mean ``?` for `../deprecated/architecture/` from
        // `docs/architecture/README.md` (survey 45b, kubernaut).
        && s.trim_end_matches('/') != doc.dir()
    {
        help = if r.kind == RefKind::Link {
            // Suggest in the form the link was written: relative to the document.
            format!("did you mean `{}`?", relative_from(doc.dir(), &s))
        } else {
            format!("did you mean `{s}`?")
        };
    }
    Finding::new(r.kind.missing_rule(), r.span.clone(), with_note(message, r))
        .help(help)
        .target(path.to_string())
}

/// A link whose destination is itself a Markdown link (`[Milestones]([#TODO](https://a.b/c))`,
/// an unfinished edit; survey 78d, koor-tech's handbook): GitHub reads the
/// whole `[#TODO](https://a.b/c)` as a path, and the path it reports is `[`.
/// Its destination, its text and the inner link's target, for the message
/// and the help.
fn nested_link(doc: &Document, r: &Reference) -> Option<(String, String, String)> {
    if r.kind != RefKind::Link || !r.written.starts_with('[') {
        return None;
    }
    let whole = doc.text.get(r.span.clone())?;
    let whole = whole.strip_prefix('!').unwrap_or(whole);
    let (text, rest) = whole.strip_prefix('[')?.split_once("](")?;
    let dest = rest.strip_suffix(')')?;
    let (_, inner) = dest.strip_prefix('[')?.split_once("](")?;
    let url = inner.strip_suffix(')')?;
    (!url.is_empty() && !text.contains(['[', ']']))
        .then(|| (dest.to_string(), text.to_string(), url.to_string()))
}

/// The web address a link wraps in one more pair of brackets (`[x]((https://a.b/c))`,
/// `[ref]: (https://a.b/c)`): GitHub takes the whole `(https://…)` for a path
/// of the repository (survey 57a: Tekton's TEPs and dotnet/designs, 4 links).
fn bracketed_url(r: &Reference) -> Option<&str> {
    if r.kind != RefKind::Link {
        return None;
    }
    let inner = r.written.strip_prefix('(')?;
    let inner = inner.strip_suffix(')').unwrap_or(inner);
    (inner.starts_with("https://") || inner.starts_with("http://")).then_some(inner)
}

/// A link destination written in parentheses of its own, an anchor or a
/// path (`[api]: (#authority-of-resources)`, `[b]: (docs/a.md)`): the whole
/// destination as written and what is inside the parentheses. Web addresses
/// have their own help ([`bracketed_url`]).
fn parenthesized_destination(r: &Reference) -> Option<(String, String)> {
    if r.kind != RefKind::Link || bracketed_url(r).is_some() {
        return None;
    }
    let rest = r.written.strip_prefix('(')?;
    let whole = match &r.anchor {
        Some(a) => format!("{}#{a}", r.written),
        None => r.written.clone(),
    };
    let inner = whole.strip_prefix('(')?.strip_suffix(')')?;
    (!inner.is_empty() && !inner.contains(['(', ')']) && !rest.contains(' '))
        .then(|| (whole.clone(), inner.to_string()))
}

/// A link written as a web address without its scheme (`github.com/org/repo`,
/// `www.example.org/page`): its first name is a host (two or more labels of
/// letters, digits and `-`, the last a common top-level domain) that is no
/// file or folder beside the document. The address with `https://`.
fn schemeless_url(ctx: &Context<'_>, doc: &Document, r: &Reference) -> Option<String> {
    const TLDS: [&str; 14] = [
        "com", "org", "net", "io", "dev", "edu", "gov", "co", "ai", "app", "sh", "me", "info", "eu",
    ];
    if r.kind != RefKind::Link {
        return None;
    }
    let host = r.written.split(['/', '#', '?']).next()?;
    let labels: Vec<&str> = host.split('.').collect();
    let is_host = labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-'))
        && labels
            .last()
            .is_some_and(|tld| TLDS.contains(&tld.to_ascii_lowercase().as_str()));
    if !is_host {
        return None;
    }
    let beside = crate::source::join_relative(doc.dir(), host)?;
    matches!(ctx.repo.stat(&beside), PathState::Missing).then(|| format!("https://{}", r.written))
}

/// For a link written without an extension (a site's page URL,
/// `../tutorials/getting-started`), the Markdown page it most likely meant,
/// as [`suggest_path`] finds one for the name with `.md`
/// (`tutorials/getting-started.md`): GitHub opens the file, not the URL
/// (survey 57c, trailhead's package docs, whose site was deleted).
fn page_without_extension(
    ctx: &Context<'_>,
    doc: &Document,
    r: &Reference,
    path: &str,
) -> Option<String> {
    let name = path.rsplit('/').next().unwrap_or(path);
    if r.kind != RefKind::Link || name.is_empty() || name.contains('.') {
        return None;
    }
    suggest_path(ctx, &format!("{path}.md"), &doc.path)
}

/// An extension-less link of an MkDocs page served as a folder that names
/// a page only when read from the file's folder (`./scrollbar_background`
/// in `styles/scrollbar_background.md`, served at
/// `styles/scrollbar_background/`): the page's URL and the page meant.
fn mkdocs_url_miss(ctx: &Context<'_>, doc: &Document, r: &Reference) -> Option<(String, String)> {
    if r.kind != RefKind::Link
        || r.written.starts_with('/')
        || super::site::names_extension(&r.written)
    {
        return None;
    }
    let url = super::site::mkdocs_page_url(ctx, &doc.path)?;
    let base = join_relative(doc.dir(), r.written.split(['#', '?']).next().unwrap_or(""))?;
    let base = base.trim_end_matches('/');
    [
        format!("{base}.md"),
        format!("{base}/index.md"),
        format!("{base}/README.md"),
    ]
    .into_iter()
    .find(|p| ctx.repo.stat(p) == PathState::File)
    .map(|page| (url, page))
}

/// The relative URL from the folder URL `from` (`a/b/`) to the folder URL
/// `to` (`a/c/`): `../c/`; `./` for the same folder.
fn url_between(from: &str, to: &str) -> String {
    let f: Vec<&str> = from.split('/').filter(|p| !p.is_empty()).collect();
    let t: Vec<&str> = to.split('/').filter(|p| !p.is_empty()).collect();
    let common = f.iter().zip(&t).take_while(|(a, b)| a == b).count();
    let mut out = "../".repeat(f.len() - common);
    for part in &t[common..] {
        out.push_str(part);
        out.push('/');
    }
    if out.is_empty() {
        "./".to_string()
    } else {
        out
    }
}

/// The start of the help of every editor-style link target (`src/a.py:115`).
const EDITOR_STYLE: &str = "an editor-style `path:LINE` target";

/// `src/a.py:115` → `src/a.py`; `src/a.py:` → `src/a.py`.
fn editor_base(written: &str) -> &str {
    editor_line_suffix(written)
        .map(|(p, _)| p)
        .or_else(|| written.strip_suffix(':'))
        .unwrap_or(written)
}

/// The path a missing one most likely meant, or None when unsure: the one
/// listed path it is the tail of (written from a nested project folder), else
/// the one file elsewhere with the same name (moved), else of several with
/// that name the one sharing the most folders with it (see
/// [`crate::suggest::nearest_path`]), else the one sibling
/// whose name extends it (`a.test.ts` → `a.test.ts.skip`), else the one sibling
/// within a typo's distance (one or two edits, and at most a fifth of the name).
/// Never `citing`, the document the reference stands in: a link to itself is
/// not what a missing target meant.
fn suggest_path(ctx: &Context<'_>, path: &str, citing: &str) -> Option<String> {
    let (dir, name) = match path.rfind('/') {
        Some(i) => (&path[..i], &path[i + 1..]),
        None => ("", path),
    };
    let all_named = ctx.anchors.named(ctx.repo, name);
    let named: Vec<&String> = all_named.iter().filter(|p| p.as_str() != citing).collect();
    let suffix = format!("/{path}");
    let unique = |mut it: Box<dyn Iterator<Item = &&String> + '_>| -> Option<String> {
        let first = it.next()?;
        it.next().is_none().then(|| first.to_string())
    };
    if let Some(p) = unique(Box::new(named.iter().filter(|p| p.ends_with(&suffix)))) {
        return Some(p);
    }
    if let Some(p) = unique(Box::new(named.iter().filter(|p| p.as_str() != path))) {
        return Some(p);
    }
    if let Some(p) = crate::suggest::nearest_path(
        path,
        named.iter().map(|p| p.as_str()).filter(|p| *p != path),
    ) {
        return Some(p.to_string());
    }
    let siblings = ctx.anchors.folder(ctx.repo, dir);
    let join = |n: &str| {
        if dir.is_empty() {
            n.to_string()
        } else {
            format!("{dir}/{n}")
        }
    };
    if let [s] = siblings.with_prefix(&format!("{name}.")) {
        return Some(join(s)).filter(|p| p != citing);
    }
    let limit = (name.chars().count() / 5).min(2);
    if limit == 0 {
        return None;
    }
    let mut best = siblings.within(name, limit);
    best.retain(|(_, s)| join(s) != citing);
    best.sort();
    match best.as_slice() {
        [(d, s), rest @ ..] if rest.first().is_none_or(|(d2, _)| d2 > d) => Some(join(s)),
        _ => None,
    }
}

/// A link written as if from the repository root (`src/a.ts` in `docs/x.md`)
/// whose target exists there. A leading `./` is written so too when nothing
/// is there from the document's folder: openai-python's per-resource
/// `src/openai/resources/responses/api.md`, split from the root `api.md` by
/// its generator, links `./src/openai/types/responses/response.py` beside
/// `src/openai/types/...` (survey 110a): one document written from the root,
/// not a guess at a file of its folder. A document moved from the folder the
/// link was written in keeps the help that says so.
fn root_reading(ctx: &Context<'_>, doc: &Document, r: &Reference) -> Option<String> {
    if r.kind != RefKind::Link
        || doc.dir().is_empty()
        || r.written.starts_with('/')
        || (climbs(&r.written) && !dot_slash(&r.written))
    {
        return None;
    }
    if dot_slash(&r.written) && super::moved_document::read_from_former_place(ctx, doc, r).is_some()
    {
        return None;
    }
    let root = crate::source::normalize(&r.written)?;
    (!matches!(
        ctx.repo.stat(&root),
        PathState::Missing | PathState::Outside
    ))
    .then_some(root)
}

/// Whether a link is written from its document's folder on purpose (`./x`,
/// `../x`, `.`, `..`). A dot-folder's name (`.github/workflows/ci.yml`) is
/// not: written in `docs/x.md`, it is read from the root as `src/a.ts` is.
fn climbs(written: &str) -> bool {
    let first = written.split(['/', '#', '?']).next().unwrap_or("");
    first == "." || first == ".."
}

/// Whether a link opens with `./` and a name (`./src/a.py`), not `../`.
fn dot_slash(written: &str) -> bool {
    written
        .strip_prefix("./")
        .is_some_and(|rest| !rest.is_empty() && !climbs(rest))
}

/// `target` written relative to folder `from`.
pub fn relative_from(from: &str, target: &str) -> String {
    if from.is_empty() {
        return target.to_string();
    }
    let f: Vec<&str> = from.split('/').collect();
    let t: Vec<&str> = target.split('/').collect();
    let common = f.iter().zip(&t).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<&str> = vec![".."; f.len() - common];
    parts.extend(&t[common..]);
    parts.join("/")
}

// Survey-2 precision (file kinds and documentation sites). Kept apart from the
// link judgement above: each function answers one question about a document
// or a reference.

/// Whether a document is a template: a file in a `templates/` or
/// `ISSUE_TEMPLATE/` folder, or in a folder named for its kind of templates
/// (`spec-templates/`, `doc_templates/`: survey 36c, hyperspot's
/// `docs/spec-templates/ADR.md` links `../PRD.md` as a copy in
/// `modules/x/docs/ADR/` reads it), or named as one (`template.md`,
/// `backlog_template.md`, `README_TEMPLATE.md`, `template-sop.md`; any case;
/// also after the leading `_` that keeps a file out of the listing it
/// templates, `_template_readme.md`: survey 70b, kyellsen/silvasonic's
/// `services/_template_readme.md` links `../../docs/adr/…` as each
/// `services/NAME/README.md` copied from it does, 2 findings judged false),
/// hidden or not (`.templates/knowledge-skill/SKILL.md` links
/// `../TODO/SKILL.md`, a sibling skill of the copy: survey 86b,
/// CorentinLumineau/x-devsecops, 1 finding judged false), or after a leading
/// `_` (`_templates/domain-doc.md`: survey s122a, truongnq-ai/tutor_docs),
/// not a document about templates (`unit_005_template_default_model.md`,
/// `_templates_guide.md`, a folder `templates-guide/`).
/// Its relative links are written for where a copy will live, not where the
/// template is.
pub fn is_template(path: &str) -> bool {
    let lower = path.to_lowercase();
    let (dir, name) = lower.rsplit_once('/').unwrap_or(("", &lower));
    let stem = name.split_once('.').map_or(name, |(s, _)| s);
    let stem = stem.strip_prefix('_').unwrap_or(stem);
    let sep = |c: char| matches!(c, '-' | '_' | ' ' | '.');
    stem == "template"
        || stem
            .strip_suffix("template")
            .is_some_and(|s| s.ends_with(sep))
        || stem
            .strip_prefix("template")
            .is_some_and(|s| s.starts_with(sep))
        || dir.split('/').any(|s| {
            // A hidden folder is one too (`.templates/knowledge-skill/SKILL.md`),
            // and so is one whose leading `_` sorts it first or keeps a site
            // generator from serving it (`_templates/domain-doc.md`: survey
            // s122a, truongnq-ai/tutor_docs, 5 findings judged false).
            let s = s.strip_prefix(['.', '_']).unwrap_or(s);
            s == "templates"
                || s == "template"
                || s == "issue_template"
                || s.strip_suffix("templates")
                    .is_some_and(|k| k.len() > 1 && k.ends_with(['-', '_']))
        })
}

/// Whether a document is a template by its place or its text (see
/// [`is_template`]): it stands in a folder a generator copies
/// (cookiecutter's `{{cookiecutter.project_slug}}/`, or a pack below
/// `template-packs/`: `template-packs/backend/django/README.md`, not
/// `template-packs/README.md`), or its text outside code carries a
/// placeholder a generator fills in (`# {{PROJECT_NAME}}`,
/// `{{ cookiecutter.project_name }}`): its links are written for the
/// generated project.
pub fn is_template_document(doc: &Document) -> bool {
    if is_template(&doc.path) {
        return true;
    }
    let dirs: Vec<&str> = doc.dir().split('/').collect();
    let in_pack = dirs.iter().enumerate().any(|(i, d)| {
        matches!(
            d.to_lowercase().as_str(),
            "template-packs" | "template_packs"
        ) && i + 1 < dirs.len()
    });
    if in_pack || dirs.iter().any(|d| d.contains("{{")) {
        return true;
    }
    memchr::memmem::find_iter(doc.text.as_bytes(), b"{{")
        .any(|at| !doc.in_code(at) && generator_placeholder(&doc.text[at + 2..]))
}

/// Whether `text` holds `needle`: a vectorised search, for the questions
/// asked of a whole document's text (a plain `str::contains` builds a
/// searcher and walks ten kilobytes byte by byte).
fn has(text: &str, needle: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), needle.as_bytes()).is_some()
}

/// Whether text after `{{` is a generator's placeholder up to its `}}`: an
/// upper-case name (`PROJECT_NAME`, `YEAR`) or `cookiecutter.name`, spaces
/// around it allowed, or a Handlebars block helper that opens or closes a
/// section of the generated text (`{{#if multi-part}}`, `{{#each parts}}`,
/// `{{#unless x}}`, `{{/if}}`: BMAD's workflow instructions hold the
/// template of the `index.md` they write for the target project, whose
/// links name the documents generated beside it; survey 36c, 7 findings
/// judged false).
fn generator_placeholder(after: &str) -> bool {
    let mut window = after.len().min(80);
    while !after.is_char_boundary(window) {
        window -= 1;
    }
    let Some(end) = after[..window].find("}}") else {
        return false;
    };
    let name = after[..end].trim();
    let helper = name
        .strip_prefix('#')
        .or_else(|| name.strip_prefix('/'))
        .is_some_and(|h| {
            let word = h.split(' ').next().unwrap_or("");
            matches!(word, "if" | "each" | "unless" | "with")
        });
    if helper {
        return true;
    }
    let upper = name.len() >= 2
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    let cookiecutter = name.strip_prefix("cookiecutter.").is_some_and(|n| {
        !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    });
    upper || cookiecutter
}

/// Whether a template's reference is written for the copy's location: a
/// relative link, evidence path or mention (citations are read from the
/// repository root, and `#anchor` links to the template itself stay checked).
fn written_for_the_copy(r: &Reference) -> bool {
    r.kind != RefKind::Citation && !r.written.is_empty() && !r.written.starts_with('/')
}

/// Whether offset `at` of `text` lies inside a Go template action: after a
/// `{{` that no `}}` closes before `at`, with a `}}` after it. A link there
/// is a string the template builds (grpc.io's shortcode
/// `layouts/shortcodes/docs/prog-lang-home-content.md` writes
/// `{{ $src_repo_link := printf "[grpc-%s repo](%s)" $lang $src_repo_url -}}`:
/// survey 78c, 1 finding judged false), not a link of the file.
fn in_template_action(text: &str, at: usize) -> bool {
    let Some(before) = text.get(..at) else {
        return false;
    };
    let Some(open) = before.rfind("{{") else {
        return false;
    };
    !before[open..].contains("}}") && text[at..].contains("}}")
}

/// An image a document converter extracted next to its output and nobody
/// committed: pandoc's docx → Markdown writes `<img src="media/image6.png"
/// style="width:5.5in;height:3.0in" />` for every picture of the document.
/// The converted file is generated; its `media/` folder is not a reference
/// anybody wrote.
fn converted_media(doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link || !r.written.starts_with("media/image") {
        return false;
    }
    let line = line_around(&doc.text, r.span.start);
    line.contains("style=\"width:") && line.contains("in;height:")
}

/// A relative link in an agent skill, read from the skill's root (the
/// nearest folder above the document with a `SKILL.md`): agents resolve a
/// skill's `references/x.md` from there, wherever the citing file sits.
fn skill_reading(ctx: &Context<'_>, doc: &Document, r: &Reference) -> Option<String> {
    let w = r.written.as_str();
    if w.is_empty() || w.starts_with('/') {
        return None;
    }
    let dir = super::skill_host::skill_root(ctx, doc)?;
    let p = join_relative(dir, w)?;
    let found = !matches!(ctx.repo.stat(&p), PathState::Missing | PathState::Outside);
    found.then_some(p)
}

/// Whether a link target is a path on the author's machine (`/Users/…`,
/// `/home/…`, `/tmp/…`, `/C:/…`).
fn on_local_machine(written: &str) -> bool {
    [
        "/Users/",
        "/home/",
        "/tmp/",
        "/private/",
        "/var/folders/",
        "/workspaces/",
    ]
    .iter()
    .any(|p| written.starts_with(p))
        || written.get(..4).is_some_and(|d| {
            let b = d.as_bytes();
            b[0] == b'/' && b[1].is_ascii_alphabetic() && b[2] == b':' && b[3] == b'/'
        })
}

/// The file of this repository that a local path's file name names: the
/// one in the document's folder, else the only one in the tree.
fn named_like(ctx: &Context<'_>, doc: &Document, written: &str) -> Option<String> {
    let name = written.rsplit('/').find(|s| !s.is_empty())?;
    let named = ctx.anchors.named(ctx.repo, name);
    let beside = crate::rules::site::join(doc.dir(), name);
    if named.contains(&beside) {
        return Some(beside);
    }
    match named.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// Whether a link names a file on the author's machine that was never a file
/// of this repository: no tail of its path is in the tree and no file of the
/// tree has its name (an agent's screenshot under `/Users/me/.gemini/…`).
/// Such a link points at nothing a maintainer can restore. So does a link to
/// a path of the host a service runs on (`/var/log/version/`, a rooted path
/// under a system folder the repository does not have at its root, as
/// [`on_the_host`] reads a code span): a runbook's service page linking its
/// log files (survey 110d, gitlab-com/runbooks), unless a tail of it is in
/// the tree (`/etc/nginx/nginx.conf` beside a tracked `nginx/nginx.conf`).
/// A local path to a
/// file of this repository (`/C:/Users/me/repo/.github/workflows/ci.yml`) is
/// reported, with a help that says so.
fn foreign_local_file(ctx: &Context<'_>, r: &Reference) -> bool {
    // An editor's line suffix (`/Users/me/repo/src/main.rs:1`) is no part
    // of the file's name.
    let written = editor_base(&r.written);
    if !on_local_machine(&r.written) {
        // A host's folder is often named as the service this repository
        // documents (`/var/log/version/` beside `docs/version/`): only a
        // tail of the path in the tree makes it a file of the repository.
        return on_the_host(ctx, written) && !tail_in_tree(ctx, written);
    }
    let Some(name) = written.rsplit('/').find(|s| !s.is_empty()) else {
        return false;
    };
    !tail_in_tree(ctx, written) && ctx.anchors.named(ctx.repo, name).is_empty()
}

/// Whether a tail of an absolute path (all but its first segment, all but
/// two, …) is a path of this repository: `/workspaces/app/Makefile` names
/// `Makefile`.
fn tail_in_tree(ctx: &Context<'_>, written: &str) -> bool {
    tree_tail(ctx, written).is_some()
}

/// The longest tail of an absolute path that is a path of this repository.
fn tree_tail(ctx: &Context<'_>, written: &str) -> Option<String> {
    let segments: Vec<&str> = written.split('/').filter(|s| !s.is_empty()).collect();
    (1..segments.len())
        .map(|i| segments[i..].join("/"))
        .find(|tail| !matches!(ctx.repo.stat(tail), PathState::Missing | PathState::Outside))
}

/// Whether link `w` of a page of a docsify site names a route the site's
/// `alias` table serves (docsify's own docs: `'.*?/awesome'` and
/// `'.*?/changelog'` are fetched from other repositories; each key is
/// compiled once per run). The route is the link without its `.md` and
/// fragment, from the site's root.
fn docsify_alias(ctx: &Context<'_>, doc: &Document, w: &str) -> bool {
    let roots = docsify_roots(ctx.repo);
    let Some(root) = roots
        .iter()
        .filter(|root| root.is_empty() || doc.path.starts_with(&format!("{root}/")))
        .max_by_key(|root| root.len())
    else {
        return false;
    };
    let aliases = ctx.repo.memo("references::docsify_aliases", |repo| {
        let mut out: Vec<(String, regex::Regex)> = Vec::new();
        for root in docsify_roots(repo) {
            let index = if root.is_empty() {
                "index.html".to_string()
            } else {
                format!("{root}/index.html")
            };
            let Some(text) = repo.read_text(&index) else {
                continue;
            };
            // The keys of `alias: { 'regex': 'target', … }`.
            let Some(start) = text.find("alias:") else {
                continue;
            };
            let block = &text[start..];
            let block = &block[..block.find('}').unwrap_or(block.len())];
            for line in block.lines() {
                let t = line.trim_start();
                let Some(q) = t.chars().next().filter(|c| matches!(c, '\'' | '"')) else {
                    continue;
                };
                if let Some(end) = t[1..].find(q)
                    && t[1 + end + 1..].trim_start().starts_with(':')
                {
                    if let Ok(re) = regex::Regex::new(&format!("^(?:{})$", &t[1..1 + end])) {
                        out.push((root.clone(), re));
                    }
                }
            }
        }
        out
    });
    let path = w.split(['#', '?']).next().unwrap_or("");
    if path.is_empty() {
        return false;
    }
    let route = format!("/{}", path.trim_start_matches("./").trim_start_matches('/'));
    let route = route.strip_suffix(".md").unwrap_or(&route);
    aliases
        .iter()
        .any(|(r, re)| r == root && re.is_match(route))
}

/// Whether a link written from the root (`/docs/concepts/pods/`) is a page
/// of a website rather than a path of this repository: its last segment has
/// no extension and its first folder is not at the repository root (release
/// notes drafted here for kubernetes.io), and no tail of it is a path of
/// this repository (`/workspaces/app/Makefile` is a Codespaces path to
/// `Makefile`) other than one folder's name (`/cli/docs`, with a `docs/`
/// folder at the root, is a route). A rooted link with an extension (`/contributors/guide.md`)
/// is a path and is judged, and so is any root URL in a README (the page
/// GitHub shows).
fn site_route(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    let w = r.written.as_str();
    if docsify_alias(ctx, doc, w) {
        return true;
    }
    if !w.starts_with('/') || w.starts_with("//") || on_local_machine(w) {
        return false;
    }
    // A README is the page GitHub shows: a root URL there is broken for its
    // readers, whatever site it was written for.
    let name = doc.path.rsplit('/').next().unwrap_or(&doc.path);
    if name.to_lowercase().starts_with("readme") {
        return false;
    }
    if docs_folder_page(ctx, doc, w) {
        return true;
    }
    let trimmed = w.trim_matches('/');
    let (Some(first), Some(last)) = (trimmed.split('/').next(), trimmed.rsplit('/').next()) else {
        return false;
    };
    // A tail that is one folder's name (`docs` of `/cli/docs`) says nothing:
    // route segments are often named like a repository's folders.
    let file_tail = tree_tail(ctx, w)
        .is_some_and(|tail| tail.contains('/') || ctx.repo.stat(&tail) != PathState::Dir);
    !first.is_empty()
        && !last.contains('.')
        && !ctx.repo.root_entry_exists(first)
        && !file_tail
        && !dot_folder_link(ctx, first)
}

/// Whether a root link (`/docs/web/database/client`,
/// `/images/docs/web/auth/confirm-email.png`) stands in a page of another
/// website kept here as a copy: the page's front matter gives the URL its
/// site serves it at (`url: /docs/web/auth/flow`), a root path that is no
/// file or folder of this repository, and no site configured here serves the
/// page. Its root links are that site's routes and assets, resolved on the
/// site, not in this tree (survey s116a, alezmad/liquidrender's
/// `.context/turbostarter-framework-context/sections/`, TurboStarter's docs
/// split from the site's `llms.txt` for a coding agent: 414 findings, the 28
/// sampled all judged false). A link of which a tail is a path here, a
/// relative link, and the same root link in a page without such a `url:`
/// are judged.
fn foreign_site_page(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    let w = r.written.as_str();
    if !w.starts_with('/') || w.starts_with("//") || on_local_machine(w) {
        return false;
    }
    let Some(fm) = &doc.front_matter else {
        return false;
    };
    let Some(text) = doc.text.get(fm.span.clone()) else {
        return false;
    };
    let Some(url) = text.lines().find_map(|l| {
        let v = l.strip_prefix("url:")?.trim().trim_matches(['"', '\'']);
        Some(v.to_string())
    }) else {
        return false;
    };
    let route = url.split(['#', '?']).next().unwrap_or("").trim_matches('/');
    if !url.starts_with('/') || url.starts_with("//") || route.is_empty() {
        return false;
    }
    if !matches!(ctx.repo.stat(route), PathState::Missing) || super::site::is_page(ctx, &doc.path) {
        return false;
    }
    // A tail that is one folder's name (`client` of `/docs/web/api/client`)
    // says nothing, as for a site route.
    let path = w.split(['#', '?']).next().unwrap_or("");
    !tree_tail(ctx, path)
        .is_some_and(|tail| tail.contains('/') || ctx.repo.stat(&tail) != PathState::Dir)
}

/// Whether a root link without an extension, written in a page of the
/// folder it opens with, names a page of that folder without its `.md` or
/// `.mdx`, or a folder's index page (`/docs/setup/gradle` in
/// `docs/intro/index.md` for `docs/setup/gradle.md`): the URL a website
/// built from that folder elsewhere serves the page at (InsertKoinIO/koin's
/// `docs/`, whose Docusaurus site lives in another repository: survey 71c,
/// 27 of 30 sampled findings judged false). A URL no page answers
/// (`/docs/setup/gradel`), one written from outside the folder, and a
/// README's are judged.
fn docs_folder_page(ctx: &Context<'_>, doc: &Document, w: &str) -> bool {
    let path = w.split(['#', '?']).next().unwrap_or("");
    let trimmed = path.trim_matches('/');
    let Some((first, rest)) = trimmed.split_once('/') else {
        return false;
    };
    let last = rest.rsplit('/').next().unwrap_or(rest);
    if first.is_empty()
        || rest.is_empty()
        || last.contains('.')
        || trimmed
            .split('/')
            .any(|s| s.is_empty() || s == ".." || s == ".")
    {
        return false;
    }
    if !doc.path.starts_with(&format!("{first}/")) {
        return false;
    }
    [".md", ".mdx", "/index.md", "/index.mdx"]
        .iter()
        .any(|ext| ctx.repo.stat(&format!("{trimmed}{ext}")) == PathState::File)
}

/// The page an extensionless relative link of an `.mdx` page names: the
/// tracked `.mdx`/`.md` file, or folder index, at the link's path without
/// its extension (`../caching/overview/` in `docs/source/data/queries.mdx`
/// for `docs/source/caching/overview.mdx`). MDX is written for a site
/// builder, which serves each page at its path without the extension
/// (apollographql/apollo-client's `docs/source/`, whose site is built in
/// another repository: survey 72a, 29 of 30 sampled findings judged false).
/// An index page's links are read from the folder above, the folder's URL
/// being the page's; a page of a site configured in the repository is read
/// the site's way instead. A path no page answers, a link with an extension
/// and the same link in a `.md` document are judged, unless that document
/// is a site's page too (see [`md_site_page`]).
fn mdx_page_reading(
    ctx: &Context<'_>,
    doc: &Document,
    r: &Reference,
    path: &str,
) -> Option<String> {
    if !doc.path.ends_with(".mdx") && !md_site_page(doc) {
        return None;
    }
    // A page below a site's configuration is read the site's way (an Astro
    // site with `trailingSlash: 'always'` reads `./joins` below the page:
    // survey 30e), by the readings asked before this one.
    if site_config_above(ctx.repo, &doc.path) {
        return None;
    }
    let w = r.written.split(['#', '?']).next().unwrap_or("");
    if w.contains(':') || w.starts_with("//") {
        return None;
    }
    page_folder_reading(ctx, doc, w, path).or_else(|| docs_folder_reading(ctx, doc, w))
}

/// The reading of [`mdx_page_reading`] from the page's folder (an index
/// page's: from the folder above).
fn page_folder_reading(ctx: &Context<'_>, doc: &Document, w: &str, path: &str) -> Option<String> {
    if w.starts_with('/') {
        return None;
    }
    let last = w.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    if last.is_empty() || last == "." || last == ".." {
        return None;
    }
    // A folder's index page is served at the folder's URL (`/home` for
    // `pages/home/index.mdx`), so its relative links are read from the folder
    // above: `./security` there is `/security`, not `pages/home/security.mdx`
    // (pyth-network/documentation's Nextra home page, survey 60d: judged true).
    let is_index = doc
        .path
        .rsplit('/')
        .next()
        .is_some_and(|name| name.starts_with("index."));
    let from_url;
    let base = if is_index {
        let above = doc.dir().rsplit_once('/').map_or("", |(d, _)| d);
        from_url = join_relative(above, w)?;
        from_url.trim_end_matches('/')
    } else {
        path.trim_end_matches('/')
    };
    // A dotted name (`root.tsx`) names a page only with the extension
    // added, `root.tsx.md`: the site's URL of a page about that file.
    let exts: &[&str] = if last.contains('.') {
        &[".mdx", ".md"]
    } else {
        &[".mdx", ".md", "/index.mdx", "/index.md"]
    };
    exts.iter()
        .map(|ext| format!("{base}{ext}"))
        .find(|page| ctx.repo.stat(page) == PathState::File)
}

/// The page a link of an `.mdx` page in a folder named `docs` names when
/// that folder is the docs folder of a Docusaurus-style site built
/// elsewhere (no site configuration above the page: the caller asks), read
/// as Docusaurus reads it. opentofu/opentofu's `website/docs/`, which
/// opentofu.org's Docusaurus clones and serves at `/docs/` with
/// `trailingSlash: true` (survey s106d, 19 findings judged false):
/// - a `.md`/`.mdx` file link is read from the page's folder (the caller's
///   reading) or from the docs folder's root: `/language/modules/sources.mdx`
///   and `intro/install/index.mdx` in `website/docs/intro/upgrading.mdx`;
/// - a route without an extension names a page of the docs folder (its
///   `.mdx`/`.md`, or a folder's index page), from the root
///   (`/docs/language/values/variables`) or relative to the page's URL
///   (the page's path without its extension, an index page's folder), with
///   or without a trailing slash: `../migration-guide` in
///   `intro/migration/multiple-configurations.mdx`, served at
///   `/docs/intro/migration/multiple-configurations/`.
///
/// A file or route no such reading finds (`/docs/language/x.mdx`, with the
/// extension, is served by no route), a path climbing above the docs
/// folder, and the same links in a folder not named `docs` or in a `.md`
/// document are left to be reported.
fn docs_folder_reading(ctx: &Context<'_>, doc: &Document, w: &str) -> Option<String> {
    if !doc.path.ends_with(".mdx") || w.is_empty() {
        return None;
    }
    let segs: Vec<&str> = doc.path.split('/').collect();
    let (name, folders) = segs.split_last()?;
    let at = folders.iter().position(|s| *s == "docs")?;
    let root = folders[..=at].join("/");
    let page = |rel: &str| -> Option<String> {
        let rel = crate::source::normalize(rel)?;
        let base = if rel.is_empty() {
            root.clone()
        } else {
            format!("{root}/{rel}")
        };
        let exts: &[&str] = if rel.is_empty() {
            &["/index.mdx", "/index.md"]
        } else {
            &[".mdx", ".md", "/index.mdx", "/index.md"]
        };
        exts.iter()
            .map(|ext| format!("{base}{ext}"))
            .find(|p| ctx.repo.stat(p) == PathState::File)
    };
    let last = w.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    if !w.ends_with('/') && (last.ends_with(".md") || last.ends_with(".mdx")) {
        // A Markdown file link, from the docs folder's root.
        let rel = crate::source::normalize(w.trim_start_matches('/'))?;
        let file = format!("{root}/{rel}");
        return (ctx.repo.stat(&file) == PathState::File).then_some(file);
    }
    if last.contains('.') && last != "." && last != ".." {
        return None;
    }
    if let Some(rest) = w.strip_prefix('/') {
        // A root route: the docs folder is served at `/docs`.
        let rest = rest.strip_prefix("docs")?;
        if !(rest.is_empty() || rest.starts_with('/')) {
            return None;
        }
        return page(rest);
    }
    // The page's URL: its path in the docs folder without the extension,
    // an index page's the folder's.
    let stem = name.strip_suffix(".mdx").unwrap_or(name);
    let mut url: Vec<&str> = folders[at + 1..].to_vec();
    if stem != "index" {
        url.push(stem);
    }
    let with_slash = url.join("/");
    let without = url[..url.len().saturating_sub(1)].join("/");
    [without, with_slash]
        .iter()
        .find_map(|base| page(&format!("{base}/{w}")))
}

/// Whether a `.md` document is written for a site built elsewhere: its
/// front matter gives the page a `title:` (GitHub shows front matter as a
/// table; a site reads it) and none of its relative links names a page with
/// its `.md`/`.mdx` extension, so every page link is written as the site's
/// URL (remix-run/react-router's `docs/`, rendered by reactrouter.com from
/// another repository, links `../hooks/useFetcher` for
/// `docs/api/hooks/useFetcher.md`: survey 74a, 404 of 430 findings, the 29
/// sampled such links all judged false; `../framework-conventions/root.tsx`
/// is the page `root.tsx.md`). A README, a page without the `title:`, and
/// one that also links `./other.md` are judged.
fn md_site_page(doc: &Document) -> bool {
    let name = doc.path.rsplit('/').next().unwrap_or(&doc.path);
    if !name.ends_with(".md") || name.eq_ignore_ascii_case("readme.md") {
        return false;
    }
    let Some(fm) = &doc.front_matter else {
        return false;
    };
    let text = doc.text.get(fm.span.clone()).unwrap_or("");
    if !text
        .lines()
        .any(|l| l.strip_prefix("title").is_some_and(|v| v.starts_with(':')))
    {
        return false;
    }
    !doc.links.iter().any(|l| {
        let d = l.dest.split(['#', '?']).next().unwrap_or("");
        !d.contains(':') && (d.ends_with(".md") || d.ends_with(".mdx"))
    })
}

/// Whether a root link's first folder is a dot-folder at the root with its
/// dot dropped (`/claude/agents/` for `.claude/agents/`), in a repository
/// that configures no documentation site at all: no website serves the
/// link, so it is a path written without its dot, dead on GitHub (survey
/// 24, M1: ubiquitous-lang-mng's ADR 013). With a site configured, or only
/// a generator's configuration file the site detection does not read,
/// `/claude/…` may be one of its routes.
fn dot_folder_link(ctx: &Context<'_>, first: &str) -> bool {
    ctx.repo.stat(&format!(".{first}")) == PathState::Dir
        && ctx.anchors.site_roots(ctx.repo).is_empty()
        && ctx.anchors.sites(ctx.repo).is_empty()
        && ctx.anchors.myst(ctx.repo).is_empty()
        && !site_config_anywhere(ctx.repo)
}

/// Whether a tracked file outside the test trees is named as a static site
/// generator's or a web framework's configuration (`mkdocs.yml`,
/// `_config.yml`, `conf.py`, `astro.config.mjs`, `.vuepress/config.js`,
/// `antora.yml`, …), whether or not the site detection reads a site from
/// it: a repository with one may serve routes that are no paths here.
fn site_config_anywhere(repo: &RepoView) -> bool {
    !site_config_dirs(repo).is_empty()
}

/// Whether `page` lies in a folder (or below one) that holds such a
/// configuration file (see [`site_config_anywhere`]).
fn site_config_above(repo: &RepoView, page: &str) -> bool {
    site_config_dirs(repo)
        .iter()
        .any(|d| d.is_empty() || page.starts_with(&format!("{d}/")))
}

/// The folders of the files [`site_config_anywhere`] looks for (for
/// `.vitepress/config.js`, the folder holding `.vitepress/`), found once a view.
fn site_config_dirs(repo: &RepoView) -> Arc<Vec<String>> {
    repo.memo("references::site_config_dirs", |repo| {
        let mut dirs: Vec<String> = repo
            .tracked_files_split()
            .filter_map(|f| {
                let (dir, name) = (f.dir, f.name);
                let mut parts = name.split('.');
                let stem = parts.next().unwrap_or(name);
                let second = parts.next();
                let named = matches!(
                    name,
                    "mkdocs.yml"
                        | "mkdocs.yaml"
                        | "zensical.toml"
                        | "_config.yml"
                        | "_config.yaml"
                        | "conf.py"
                        | "book.toml"
                        | "zola.toml"
                        | "antora.yml"
                        | "antora-playbook.yml"
                        | "_quarto.yml"
                        | "_quarto.yaml"
                        | "myst.yml"
                        | "docfx.json"
                        | "mint.json"
                        | ".gitbook.yaml"
                        | ".eleventy.js"
                        | ".eleventy.cjs"
                        | ".eleventy.mjs"
                );
                // `hugo.toml`, `gatsby-config.js`, `astro.config.mjs`, …
                let generator = second.is_some()
                    && (matches!(stem, "hugo" | "gatsby-config")
                        || (second == Some("config")
                            && matches!(
                                stem,
                                "docusaurus"
                                    | "astro"
                                    | "eleventy"
                                    | "nuxt"
                                    | "next"
                                    | "svelte"
                                    | "remix"
                                    | "rspress"
                                    | "vocs"
                            )));
                let folder = dir
                    .split('/')
                    .position(|d| d == ".vitepress" || d == ".vuepress");
                if !(named || generator || folder.is_some())
                    || crate::fixtures::Fixtures::in_test_tree(dir)
                {
                    return None;
                }
                Some(match folder {
                    Some(i) => dir.split('/').take(i).collect::<Vec<_>>().join("/"),
                    None => dir.to_string(),
                })
            })
            .collect();
        dirs.sort();
        dirs.dedup();
        Arc::new(dirs)
    })
}

/// Whether a document is a record of finished work: it sits in a versioned
/// folder (`cycles/v1.2.3/`, `releases/release-1.16/`, `1.16/`,
/// `milestones/v1.1-phases/`) or is frozen
/// in an archive-like one (see [`is_frozen`]).
pub fn is_record(path: &str) -> bool {
    let Some((dir, _)) = path.rsplit_once('/') else {
        return false;
    };
    is_frozen(path)
        || dir.split('/').any(|seg| {
            let lower = seg.to_lowercase();
            // A version: `v1.2`, `1.16`, `release-1.16`, `v2.0.1` (not a
            // phase: `Phase-2.2` is work in progress).
            let version = ["release-", "release_", "version-", "version_", "v"]
                .iter()
                .find_map(|p| lower.strip_prefix(p))
                .unwrap_or(&lower);
            // A version's folder named for what it holds: `v1.1-phases/`
            // (GSD's `milestones/v1.1-phases/`, the phases of a shipped
            // milestone, archived by copy).
            let version = version.split(['-', '_']).next().unwrap_or(version);
            let parts: Vec<&str> = version.split('.').collect();
            parts.len() >= 2
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// Whether a document sits in a folder named by a year (`2020/`) whose
/// parent also holds a folder named by a later year (`steering/elections/2020/`
/// beside `2021/` … `2026/`): the record of a year that is over, such as one
/// election's voters list or one year's meeting notes, kept as it was
/// written (survey s122c, istio/community's `steering/elections/2020/VOTERS.md`,
/// generated from `/org/developers.yaml`, deleted the next year: 1 finding
/// judged false). The latest year's folder may still be worked, and is not.
pub fn closed_year_folder(repo: &RepoView, path: &str) -> bool {
    let Some((dir, _)) = path.rsplit_once('/') else {
        return false;
    };
    let year = |seg: &str| -> Option<u16> {
        (seg.len() == 4 && seg.bytes().all(|b| b.is_ascii_digit()))
            .then(|| seg.parse().ok())
            .flatten()
            .filter(|y| (1970..=2999).contains(y))
    };
    let mut start = 0;
    for seg in dir.split('/') {
        let parent = if start == 0 { "" } else { &dir[..start - 1] };
        start += seg.len() + 1;
        let Some(y) = year(seg) else {
            continue;
        };
        if repo.children(parent).iter().any(|c| {
            year(c).is_some_and(|later| later > y)
                && repo.stat(&if parent.is_empty() {
                    c.to_string()
                } else {
                    format!("{parent}/{c}")
                }) == PathState::Dir
        }) {
            return true;
        }
    }
    false
}

/// Whether a document is the notes of one release: a file named as a version
/// (`v1.2.4.md`, `1.2.4.md`, `release-1.2.4.md`, `RELEASE_NOTE_1.5.0.md`,
/// `release-notes-v2.0.md`) in a `release-notes/`, `release-note/`,
/// `releases/`, `changelog/` or `changes/` folder (survey s122a,
/// nihmtaho/goxviet-ime's `docs/release-note/RELEASE_NOTE_1.5.0.md`).
fn release_notes(path: &str) -> bool {
    let Some((dir, name)) = path.rsplit_once('/') else {
        return false;
    };
    let folder = dir.rsplit('/').next().unwrap_or(dir).to_lowercase();
    if !matches!(
        folder.as_str(),
        "release-notes"
            | "release_notes"
            | "releasenotes"
            | "release-note"
            | "release_note"
            | "releases"
            | "changelog"
            | "changes"
    ) {
        return false;
    }
    let stem = name
        .rsplit_once('.')
        .map_or(name, |(s, _)| s)
        .to_lowercase();
    let version = [
        "release-notes-",
        "release_notes_",
        "release-note-",
        "release_note_",
        "release-",
        "release_",
        "version-",
        "v",
    ]
    .iter()
    .find_map(|p| stem.strip_prefix(p))
    .unwrap_or(&stem);
    let version = version.strip_prefix('v').unwrap_or(version);
    let parts: Vec<&str> = version.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a path lies in an archive-like folder: one named `archive`,
/// `backups`, `history`, `deprecated`, `old`, `legacy`, `retired`, `obsolete`,
/// `ignore`, `ignored` (any case, also with a leading `_` or
/// `.` as in `docs/_archive/`; a `retired/` folder holds the documents a team
/// took out of use: survey 40a, townlet's `docs/architecture_review/retired/`;
/// an `obsolete/` folder, the superseded ones: survey 59a, kitchen's `docs/obsolete/`;
/// an `ignore/` or `ignored/` folder, `.ignore/` or `_IGNORE/`, holds what its
/// author set aside from the project: survey 49a, gather-utils' `.ignore/docs/`,
/// where a clean-up moved its retired documents), or whose name has `archive`/`archived` as a
/// word between `_`, `-`, `.` or spaces (Docusaurus' `versioned_docs_archived/`,
/// `2023-archive/`), or a dated clean-up's sweep (`cleanup-11-20-25/`, see
/// [`dated_sweep_folder`]), or `old` so (`specs-old/`, `docs_old/`: the set a
/// rewrite replaced; survey 49c, dgutierrez1/centrid's `specs-old/` beside
/// its `specs/`; `gold/` and `hold-out/` are no such word). Its documents are frozen: nobody maintains them, their
/// tables of contents drift with headings renamed since, and such a missing
/// anchor is not a finding.
pub fn is_archive(path: &str) -> bool {
    let Some((dir, _)) = path.rsplit_once('/') else {
        return false;
    };
    dir.split('/').any(is_archive_folder)
}

/// Whether a document is a record frozen in an archive-like folder (see
/// [`is_archive`]), whose links to files removed since are not findings. A
/// README or index page there is not: it is the folder's maintained index
/// (bobcrm's `docs/history/README.md`), and a file renamed or deleted under
/// it breaks it.
pub fn is_frozen(path: &str) -> bool {
    is_archive(path) && !is_index_page(path)
}

/// Whether a document is a folder's README or index page (`README.md`,
/// `index.md`, `_index.md`, any case).
fn is_index_page(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).to_lowercase();
    let stem = name.split_once('.').map_or(name.as_str(), |(s, _)| s);
    matches!(stem, "readme" | "index" | "_index")
}

/// Whether a document's own file name says it is an archive: `archive`,
/// `archived` or `archives` is one word of its name (before the first `.`)
/// beside another (`CLAUDE-ARCHIVE.md`, `progress_archive.md`,
/// `2024-archived-notes.md`). A name that is only `archive.md` is a site's
/// page listing its posts, and is not.
pub fn archive_document(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).to_lowercase();
    let stem = name.split('.').next().unwrap_or("");
    let words: Vec<&str> = stem
        .split(['_', '-', ' '])
        .filter(|w| !w.is_empty())
        .collect();
    words.len() > 1
        && words
            .iter()
            .any(|w| matches!(*w, "archive" | "archived" | "archives"))
}

/// Whether one folder name is archive-like (see [`is_archive`]).
fn is_archive_folder(seg: &str) -> bool {
    let lower = seg.trim_start_matches(['_', '.']).to_lowercase();
    [
        "archive",
        "archived",
        "archives",
        // German and Czech (survey 85d, freshplan-sales-tool's `archiv/`).
        "archiv",
        "backup",
        "backups",
        "history",
        "deprecated",
        "old",
        "legacy",
        "retired",
        "obsolete",
        "ignore",
        "ignored",
    ]
    .contains(&lower.as_str())
        || lower
            .split(['_', '-', '.', ' '])
            .any(|w| matches!(w, "archive" | "archived" | "archives" | "old"))
        || dated_sweep_folder(&lower)
        || dated_snapshot_folder(&lower)
}

/// Whether a folder is a snapshot of its day, named for what it keeps and
/// the day it was taken (`legacy-2026-08-15/`, `project-history-2026-08-19/`,
/// `backup_20240115/`): a word that names retired material (`legacy`,
/// `history`, `backup`, `deprecated`, `retired`, `obsolete`, `snapshot`)
/// beside a year (survey s126i, anton-vinogradov's esp32-leshy2 and its
/// firmware: `drafts/legacy-2026-08-15/`, whose README says nothing in it is
/// authoritative, and `drafts/project-history-2026-08-19/`, kept for source
/// archaeology, their documents' links written for the folders they left:
/// 17 findings judged false). Without a year the word alone is a name
/// (`legacy-api/`, `history-service/`) and is not.
fn dated_snapshot_folder(lower: &str) -> bool {
    let words: Vec<&str> = lower.split(['_', '-', '.', ' ']).collect();
    let retired = words.iter().any(|w| {
        matches!(
            *w,
            "legacy"
                | "history"
                | "backup"
                | "backups"
                | "deprecated"
                | "retired"
                | "obsolete"
                | "snapshot"
        )
    });
    let year = |w: &str| {
        let digits = w.len() == 4 || w.len() == 8;
        digits
            && w.bytes().all(|b| b.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"))
    };
    retired && words.iter().any(|w| year(w))
}

/// Whether a folder is one clean-up's sweep, named for the clean-up and its
/// day (`cleanup-11-20-25/`, `2025-11-20_cleanup/`): the documents a
/// clean-up moved out of the way, kept as they were (survey 98a,
/// train-data's `pmc/context-ai/pmct/cleanup-11-20-25/`, 60 reports swept
/// from the root and `supa-agent-ops/`, their links written for the folder
/// they left: 22 findings judged false). A `cleanup/` folder without a day
/// is not: it may hold the plan of a clean-up yet to be done.
fn dated_sweep_folder(lower: &str) -> bool {
    let words: Vec<&str> = lower.split(['_', '-', '.', ' ']).collect();
    (words.contains(&"cleanup") || words.windows(2).any(|p| p == ["clean", "up"]))
        && words
            .iter()
            .any(|w| !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `path` (a file, or a folder with or without its trailing `/`)
/// lies in an archive-like folder: a file moved there was retired, not
/// renamed.
pub fn in_archive(path: &str) -> bool {
    is_archive(path.trim_end_matches('/'))
}

/// A missing target of a record of finished work that git history shows was
/// deleted (or moved) since: the record describes the tree as it was; the
/// reference rotted, it was not written wrong. Not a finding.
fn recorded_then_removed(ctx: &Context<'_>, r: &Reference, doc: &Document, path: &str) -> bool {
    // A document below a work tracker's folder of finished work
    // (`docs/done/` beside `docs/todo/`; see
    // [`crate::rules::task_folder::done_folder`]) is such a record too: it
    // moved there when its work was finished, and names the files of that
    // work (survey 42b, echo-ai's `docs/done/done.me/README.md`, citing the
    // Next.js API routes removed a week later: 16 findings judged false).
    // A record moved there (or into an archive) is read from the folder it
    // was written in too (survey 43b: PIDEA's task indexes moved from
    // `tasks/` to `completed/`, AIBOS' notes moved into `99-archive/`).
    if (is_record(&doc.path)
        || closed_year_folder(ctx.repo, &doc.path)
        || evidence::dated_record(doc)
        || crate::rules::citation_stale::day_folder_record(ctx, doc)
        || crate::rules::task_folder::done_folder(ctx.repo, &doc.path))
        && (ctx.history.existed_for(&doc.path, path)
            || super::moved_document::named_from_former_place(ctx, doc, r))
    {
        return true;
    }
    // The notes of a released version (`release-notes/v1.2.4.md`, an entry
    // under `## [0.0.50]` of a change log, or under a dated heading of one,
    // `### 13 Apr 2023`) describe the tree of that release: a file deleted
    // since (not moved) is history. A notes file that arrived after the
    // deletion linked a file that was already gone (goxviet-ime's
    // `RELEASE_NOTE_2.0.0.md`, copied from a template eleven minutes after
    // `QUICK_START.md` was deleted: survey s122a): its link was dead when
    // written, and is reported.
    if (release_notes(&doc.path)
        || crate::rules::citation_stale::released_entry(doc, r.span.start)
        || crate::rules::citation_stale::dated_change_entry(doc, r.span.start))
        && ctx.history.deleted(path).is_some_and(|gone| {
            !release_notes(&doc.path)
                || ctx
                    .history
                    .arrived(&doc.path)
                    .is_none_or(|came| ctx.history.is_newer(&gone, &came))
        })
        && ctx.history.renamed(path).is_none()
    {
        return true;
    }
    // A dated report anywhere (a date in its name, title or opening stamp, no
    // task list, not "Last updated"; a finished status, whatever else; see
    // `citation_stale::dated_record`), and a dated entry in any document (a
    // progress item opening with its date, a section under a dated heading;
    // see `citation_stale::dated_entry`), name the files of their day: one
    // deleted since (a clean-up of old logs) is history. One moved since is
    // still reported (`path/renamed`: the reference can follow it), and so
    // is a link: navigation a reader follows today (dCMMS' dated
    // architecture page, "Related Documents"); except a finished story's
    // link to an ADR or spec deleted on purpose since (canvas' "clean
    // release"): the story is closed, nobody follows it to work on.
    // Whether a link's document is finished first (its top is read from its
    // opening bytes only): a walk of the history for a path never deleted
    // reads every commit (tldr's 38,000 pages link pages yet to be written);
    // then the history, whose answers are cached by path (and by the
    // document's folder), while the document's entry is read anew for every
    // reference (a 10 MB line holds 100,000 of them).
    (r.kind != RefKind::Link || crate::rules::citation_stale::finished(doc))
        && ((ctx.history.existed_for(&doc.path, path) && ctx.history.renamed(path).is_none())
            || (r.kind == RefKind::Evidence
                && crate::rules::citation_stale::dated_record(doc)
                && evidence::deleted_in_named_project(ctx, doc, r)))
        && (crate::rules::citation_stale::dated_record(doc)
            || crate::rules::citation_stale::dated_entry(doc, r.span.start))
}

/// Documentation sites configured below the repository root: VitePress
/// (`packages/docs/.vitepress/config.ts` serves `packages/docs/`, or its
/// `srcDir`), and mdBook projects in a folder (`guide/book.toml`
/// serves `guide/src/`). Test-fixture projects do not count.
fn nested_site_roots(repo: &RepoView) -> Vec<String> {
    let read = |p: &str| repo.read_text(p);
    let setting = |text: &str, key: &str| {
        text.lines().find_map(|l| {
            let (k, v) = l.split_once([':', '='])?;
            (k.trim().trim_matches(['"', '\'']) == key).then(|| {
                v.trim()
                    .trim_end_matches(',')
                    .trim_matches(['"', '\'', '`'])
                    .trim_start_matches("./")
                    .trim_end_matches('/')
                    .to_string()
            })
        })
    };
    let join = |dir: &str, sub: &str| match (dir.is_empty(), sub.is_empty()) {
        (true, _) => sub.to_string(),
        (false, true) => dir.to_string(),
        (false, false) => format!("{dir}/{sub}"),
    };
    let mut roots = Vec::new();
    for crate::source::TrackedFile {
        path: f, dir, name, ..
    } in repo.tracked_files_split()
    {
        // `.vitepress/config.ts`, or a config split into `.vitepress/config/*.ts`.
        let vitepress = dir
            .strip_suffix(".vitepress")
            .filter(|_| name.starts_with("config."))
            .or_else(|| dir.strip_suffix(".vitepress/config"))
            .filter(|site| site.is_empty() || site.ends_with('/'));
        let other = name == "book.toml"
            || jupyter_book_toc(repo, dir, name)
            || doc_builder_toc(repo, f, name);
        if (vitepress.is_none() && !other) || crate::fixtures::Fixtures::in_test_tree(dir) {
            continue;
        }
        if let Some(site) = vitepress {
            let site = site.trim_end_matches('/');
            // The site's `srcDir`, not the one of the PWA plugin's options
            // (`pwa: { strategies: 'injectManifest', srcDir: '.vitepress/' }`,
            // where its service worker is: vueuse, survey 39c): a site's
            // pages are never in its own `.vitepress` folder.
            let src = read(f).and_then(|t| {
                t.lines()
                    .filter(|l| l.contains("srcDir"))
                    .filter_map(|l| setting(l, "srcDir"))
                    .find(|s| s != ".vitepress" && !s.starts_with(".vitepress/"))
            });
            let src = src.filter(|s| !s.is_empty() && !s.contains(['$', '(', ' ']));
            roots.push(join(site, src.as_deref().unwrap_or("")));
        } else if !dir.is_empty() && name == "book.toml" {
            // `src = "."`: the book's pages are its own folder's (WezTerm's
            // `docs/book.toml`).
            let src = read(f)
                .and_then(|t| setting(&t, "src"))
                .map(|s| if s == "." { String::new() } else { s });
            roots.push(join(dir, src.as_deref().unwrap_or("src")));
        } else if name != "book.toml" {
            // A Jupyter Book's folder: MyST reads `[x](tutorials/index)` as
            // the page `tutorials/index.md` (survey 63b); a Hugging Face
            // doc-builder's folder reads `[LoRA](../package_reference/lora)`
            // as `package_reference/lora.md` (survey 76a).
            roots.push(dir.to_string());
        }
    }
    roots
}

/// Whether `name` at `path` is the table of contents of a Hugging Face
/// doc-builder folder (`docs/source/_toctree.yml`, or one per language,
/// `docs/source/en/_toctree.yml`): its sections list pages as `- local:
/// quicktour`, and hf.co/docs serves each page at its path without `.md`
/// (huggingface/peft, survey 76a, 51 of 53 findings, the 28 sampled such
/// links judged false). A `_toctree.yml` without `local:` entries is not one.
fn doc_builder_toc(repo: &RepoView, path: &str, name: &str) -> bool {
    name == "_toctree.yml"
        && repo.read_text(path).is_some_and(|t| {
            t.lines().any(|l| {
                let l = l.trim_start().trim_start_matches("- ");
                l.strip_prefix("local:")
                    .is_some_and(|v| !v.trim().is_empty())
            })
        })
}

/// Whether `anchor` is the id Hugging Face's doc-builder gives an object it
/// documents on `path` (`#peft.PeftMixedModel`,
/// `#peft.LoraModel.add_weighted_adapter`): a dotted Python name, on a page
/// of a doc-builder folder (see [`doc_builder_toc`]) with an `[[autodoc]]`
/// line, whose headings the builder writes from docstrings (survey 76a,
/// huggingface/peft, 3 findings judged false). An anchor without a dot, and
/// the same anchor on a page without `[[autodoc]]`, are judged.
fn doc_builder_autodoc(repo: &RepoView, path: &str, anchor: &str) -> bool {
    let dotted = anchor.contains('.')
        && !anchor.starts_with('.')
        && !anchor.ends_with('.')
        && anchor
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
    if !dotted {
        return false;
    }
    doc_builder_page(repo, path)
        && repo
            .read_text(path)
            .is_some_and(|t| t.lines().any(|l| l.trim_start().starts_with("[[autodoc]]")))
}

/// Whether `path` is a page of a doc-builder folder: a folder above it
/// holds a `_toctree.yml` of the builder's (see [`doc_builder_toc`]).
fn doc_builder_page(repo: &RepoView, path: &str) -> bool {
    // The folders holding a builder's `_toctree.yml`, found once a view from
    // the listing: asked for every anchor a target lacks, a look on disk per
    // folder above it cost more than the rest of the check (gen-5k).
    let folders = repo.memo("references::doc_builder_folders", |repo| {
        let found: HashSet<String> = repo
            .named("_toctree.yml")
            .into_iter()
            .filter(|p| doc_builder_toc(repo, p, "_toctree.yml"))
            .filter_map(|p| p.rsplit_once('/').map(|(d, _)| d.to_string()))
            .collect();
        Arc::new(found)
    });
    if folders.is_empty() {
        return false;
    }
    let mut dir = path;
    std::iter::from_fn(|| {
        let (parent, _) = dir.rsplit_once('/')?;
        dir = parent;
        Some(parent)
    })
    .any(|d| folders.contains(d))
}

/// Whether `anchor` is the id Hugging Face's doc-builder gives a heading of
/// `path`, a page of a doc-builder folder (see [`doc_builder_page`]): the
/// explicit id a heading ends with, `## 설치 확인 [[check-installation]]`
/// (the translations keep the English ids so), or the heading's slug with
/// its `_` dropped, `#hfhome` for `### HF_HOME` (hf.co/docs'
/// `environment_variables#hfhome`): survey 77b, huggingface/huggingface_hub,
/// 17 of 31 sampled findings judged false. A heading without the id, an
/// anchor no heading gives, and the same page outside such a folder, where
/// GitHub shows `[[id]]` as text and keeps `_`, are judged.
fn doc_builder_heading(repo: &RepoView, path: &str, anchor: &str) -> bool {
    if anchor.is_empty() || !doc_builder_page(repo, path) {
        return false;
    }
    let Some(text) = repo.read_text(path) else {
        return false;
    };
    let found = ids_of_lines(&text, "#", |t| {
        let title = t.trim_start_matches('#');
        if !title.starts_with(' ') {
            return None;
        }
        let title = title.trim();
        if let Some(head) = title.strip_suffix("]]")
            && let Some((_, id)) = head.rsplit_once("[[")
        {
            return (id.trim() == anchor).then(String::new);
        }
        let github = crate::document::slug::slug(title);
        (github.contains('_') && github.replace('_', "") == anchor).then(String::new)
    });
    !found.is_empty()
}

/// Whether `name` in `dir` is the table of contents of a Jupyter Book (v1):
/// a `_toc.yml` beside the book's `_config.yml` (uwhackweek's `book/`,
/// survey 63b). A `_toc.yml` alone, or a `_config.yml` alone (Jekyll's), is
/// not one.
fn jupyter_book_toc(repo: &RepoView, dir: &str, name: &str) -> bool {
    matches!(name, "_toc.yml" | "_toc.yaml") && {
        let config = if dir.is_empty() {
            "_config.yml".to_string()
        } else {
            format!("{dir}/_config.yml")
        };
        repo.is_tracked(&config)
    }
}

/// Whether `anchor` names a heading of `path` the way a documentation site
/// slugs it, where GitHub's slug differs: sites turn every run of punctuation
/// and spaces into one `-` (VitePress: `3.x/4.x` → `3-x-4-x`; MkDocs:
/// `A - B` → `a-b`, not GitHub's `a---b`) and some keep case (a custom
/// `slugify`: `#Comparison-with-Vuex-3-x-4-x`). Only between two pages of a
/// site (from a page outside it, GitHub reads the link), and a heading with an
/// explicit id (`{#id}`) is known by that id alone. An anchor that matches
/// no heading even so (`#asgitransport` for "ASGI Transport") stays a finding.
fn site_anchor(
    ctx: &Context<'_>,
    doc_path: &str,
    path: &str,
    anchor: &str,
    target: &Target<'_>,
) -> bool {
    let roots = ctx.anchors.site_roots(ctx.repo);
    let served = |p: &str| served(roots, p) || super::site::is_page(ctx, p);
    if !served(doc_path) || !served(path) {
        return false;
    }
    if let Some(found) = super::site_eleventy::anchor_matches(ctx, path, anchor, || match target {
        Target::Own(doc) => Some(doc.text.clone()),
        Target::Other(_) => ctx.repo.read_text(path),
    }) {
        return found;
    }
    // GitBook's id of a heading that opens with a digit (`#id-2.3-obtain-
    // the-dashboard-url` for `### 2.3 Obtain the Dashboard URL`), and the
    // other ids GitBook gives a page (see `gitbook_site_ids`).
    if super::site::is_gitbook_page(ctx, path) {
        let text = match target {
            Target::Own(doc) => Some(doc.text.clone()),
            Target::Other(_) => ctx.repo.read_text(path),
        };
        let numbered = anchor
            .strip_prefix("id-")
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        if text.is_some_and(|t| {
            (numbered
                && gitbook_numbered_ids(&t)
                    .iter()
                    .any(|id| id.eq_ignore_ascii_case(anchor)))
                || gitbook_site_ids(&t)
                    .iter()
                    .any(|id| id.eq_ignore_ascii_case(anchor))
        }) {
            return true;
        }
    }
    let want = site_slug(anchor);
    if want.is_empty() || punctuation_no_site_keeps(anchor) {
        return false;
    }
    let found = match target {
        Target::Own(doc) => {
            let slugs = site_heading_slugs(&doc.text);
            let slugs = if mdit_vue_page(ctx.repo, roots, path) {
                with_mdit_vue_slugs(slugs)
            } else {
                slugs
            };
            slugs.contains(&want)
                || (super::site_hugo::is_page(ctx, path)
                    && attr_list_heading_slugs(&doc.text).contains(&want))
                || super::site::mintlify_repeated_ids(ctx.anchors.sites(ctx.repo), path, &doc.text)
                    .contains(&want)
        }
        Target::Other(a) => a.site.as_ref().is_some_and(|s| s.contains(&want)),
    };
    found
        || super::site_hexo::names_heading(
            ctx,
            path,
            anchor,
            match target {
                Target::Own(doc) => Some(*doc),
                Target::Other(_) => None,
            },
        )
        || super::site_zola::slug_matches(ctx, path, &want, || match target {
            Target::Own(doc) => site_heading_slugs(&doc.text),
            Target::Other(a) => a
                .site
                .as_ref()
                .map(|s| s.iter().map(str::to_string).collect())
                .unwrap_or_default(),
        })
}

/// The texts a VitePress page includes with its markdown file inclusion,
/// `<!--@include: ./cli-generated.md-->` (outside code; `@/` is the site's
/// source folder; a `{3,}` line range or a `#region` after the path is left
/// out, so the whole file counts), and those files' own includes: their
/// headings are the page's on the site (vitest's `guide/cli.md`, whose
/// options are in `cli-generated.md`: survey 31b). Also whether an include
/// could not be read: its headings are unknown, so any anchor may exist.
/// Only for a page of a VitePress site (a `.vitepress/` folder above it);
/// elsewhere the comment includes nothing.
fn vitepress_includes(
    repo: &RepoView,
    roots: &[String],
    path: &str,
    text: &str,
) -> (Vec<String>, bool) {
    const MARK: &str = "<!--@include:";
    if !has(text, MARK) || !vitepress_page(repo, roots, path) {
        return (Vec::new(), false);
    }
    let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
    let src = roots
        .iter()
        .filter(|r| r.is_empty() || path.starts_with(&format!("{r}/")))
        .max_by_key(|r| r.len())
        .cloned()
        .unwrap_or_default();
    super::site::include_texts(repo, dir, text, (MARK, "-->"), |dir, spec| {
        let spec = spec.split(['{', '#']).next().unwrap_or("").trim();
        if spec.is_empty() {
            return None;
        }
        Some(match spec.strip_prefix("@/") {
            Some(r) => join_relative(&src, r),
            None => join_relative(dir, spec),
        })
    })
}

/// Whether `path` is a page of a VitePress or VuePress site, whose heading
/// ids are made by the `slugify` of `@mdit-vue/shared` (VuePress 1 has the
/// same): every run of spaces and punctuation one `-`, `_` among them.
fn mdit_vue_page(repo: &RepoView, roots: &[String], path: &str) -> bool {
    vitepress_page(repo, roots, path)
        || super::site_vuepress::roots(repo)
            .iter()
            .any(|root| super::site::under(root, path))
}

/// `slugs` and, for each that holds a `_` or an accented letter, the id
/// VitePress and VuePress give its heading, whose `slugify` counts `_` as
/// punctuation and strips accents (NFKD, combining marks dropped):
/// `` ### `display_output` hook `` is `#display-output-hook`, not
/// `#display_output-hook` (survey 40c, nushell.github.io's release notes,
/// whose tables of contents link the site's ids), and `## Types de clés`
/// is `#types-de-cles` (survey 46a, cds-snc/notification-documentation's
/// French pages). The same `slugify` puts `_` before an id that opens with
/// a digit: `## 1. Using the Mermaid Live Editor` is
/// `#_1-using-the-mermaid-live-editor` (survey 51c, mermaid-js/mermaid's
/// getting-started page, 5 findings judged false).
fn with_mdit_vue_slugs(mut slugs: Vec<String>) -> Vec<String> {
    let mut site: Vec<String> = slugs
        .iter()
        .filter(|s| s.contains('_') || !s.is_ascii())
        .map(|s| site_slug(&without_accents(&s.replace('_', "-"))))
        .filter(|s| !s.is_empty() && !slugs.contains(s))
        .collect();
    let numbered: Vec<String> = slugs
        .iter()
        .chain(&site)
        .filter(|s| s.starts_with(|c: char| c.is_ascii_digit()))
        .map(|s| format!("_{s}"))
        .collect();
    site.extend(numbered);
    slugs.extend(site);
    slugs
}

/// `s` with its accents stripped as `@mdit-vue/shared`'s `slugify` strips
/// them: decomposed (NFKD), combining marks (U+0300–U+036F) dropped.
pub(super) fn without_accents(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfkd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .collect()
}

/// Whether `path` is a page of a VitePress site: a site root serves it and
/// a folder above it holds `.vitepress/`.
fn vitepress_page(repo: &RepoView, roots: &[String], path: &str) -> bool {
    if !served(roots, path) {
        return false;
    }
    let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
    std::iter::successors(Some(dir), |d| {
        (!d.is_empty()).then(|| d.rsplit_once('/').map_or("", |(p, _)| p))
    })
    .any(|d| !repo.children(&join_dir(d, ".vitepress")).is_empty())
}

/// The ids of a VitePress page's custom containers, given as an attribute
/// at the end of the opening line (`::: warning In-Source Testing
/// {#in-source-testing}`, outside code): markdown-it-attrs puts the id on the
/// container's element (vitest's `api/assert.md`: survey 31b).
fn vitepress_container_ids(text: &str) -> Vec<String> {
    ids_of_lines(text, ":::", |t| {
        let open = t.strip_suffix('}')?.rfind("{#")?;
        let id = t[open + 2..t.len() - 1].trim();
        (!id.is_empty() && !id.contains(char::is_whitespace)).then(|| id.to_string())
    })
}

/// Whether a documentation site serves `path` (see [`site_roots`]).
fn served(roots: &[String], path: &str) -> bool {
    roots
        .iter()
        .any(|root| root.is_empty() || path.starts_with(&format!("{root}/")))
}

/// The site slugs of a document's `#` headings (a line scan, as a site's
/// generator reads them), those with an explicit id left out. A heading of
/// no letters or digits (`` ### `$?` ``) is `section`, then `section-1`, …
/// (Markdig's reading, DocFX's and Microsoft Learn's).
/// Whether `anchor` is a heading's id as Gitiles makes it, in a repository
/// hosted on googlesource.com, where Gitiles renders the Markdown its readers
/// read: a `codereview.cfg` (git-codereview, the Go project's repositories:
/// `go.dev/design/X` redirects to `go.googlesource.com/proposal/+/master/
/// design/X.md`) or a `codereview.settings` (Chromium's depot_tools) at the
/// root. Gitiles keeps ASCII letters and digits, makes a space `-` and other
/// characters `_` (none after another `-` or `_`, none at the ends), and adds
/// the id in lower case too: `## Appendix: THP flag behavior` is
/// `#Appendix_THP-flag-behavior` and `#appendix_thp-flag-behavior` (survey
/// 34d, golang/proposal, 3 findings judged false). Elsewhere such a link is
/// broken on GitHub, and judged.
fn gitiles_anchor(ctx: &Context<'_>, path: &str, anchor: &str, target: &Target<'_>) -> bool {
    if !anchor.contains('_')
        || !(ctx.repo.is_tracked_file("codereview.cfg")
            || ctx.repo.is_tracked_file("codereview.settings"))
    {
        return false;
    }
    let text = match target {
        Target::Own(doc) => doc.text.clone(),
        Target::Other(_) => match ctx.repo.read(path) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => return false,
        },
    };
    text.lines().any(|line| {
        let t = line.trim_start();
        let hashes = t.bytes().take_while(|&b| b == b'#').count();
        if hashes == 0 || hashes > 6 || !t[hashes..].starts_with([' ', '\t']) {
            return false;
        }
        let content = t[hashes..].trim().trim_end_matches('#').trim_end();
        let id = gitiles_id(&rendered_text(content));
        !id.is_empty() && (id == anchor || id.to_lowercase() == anchor)
    })
}

/// Whether `anchor` is a heading's id as GitLab makes it, in a repository
/// hosted on GitLab, where GitLab renders the Markdown its readers read: a
/// `.gitlab-ci.yml` or a `.gitlab/` folder at the root, and no `.github/`
/// folder. GitLab's id is GitHub's with each run of `-` made one (its
/// `TableOfContentsFilter` squeezes them): `## Retries + Fails` is
/// `#retries-fails` there, `#retries--fails` on GitHub (survey 110d,
/// gitlab-com/runbooks' Sidekiq survival guide, 1 finding judged false).
/// Elsewhere such a link is broken on GitHub, and judged.
fn gitlab_anchor(ctx: &Context<'_>, anchor: &str, target: &Target<'_>) -> bool {
    if anchor.contains("--") || !gitlab_hosted(ctx.repo) {
        return false;
    }
    let squeezed = |id: &str| {
        id.contains("--") && {
            let mut out = String::with_capacity(id.len());
            for c in id.chars() {
                if !(c == '-' && out.ends_with('-')) {
                    out.push(c);
                }
            }
            out == anchor
        }
    };
    match target {
        Target::Own(doc) => doc.anchors.iter().any(|id| squeezed(id)),
        Target::Other(a) => a.ids.iter().any(squeezed),
    }
}

/// Whether the repository is hosted on GitLab (see [`gitlab_anchor`]).
fn gitlab_hosted(repo: &RepoView) -> bool {
    (repo.is_tracked_file(".gitlab-ci.yml") || repo.is_tracked_dir(".gitlab"))
        && !repo.root_entry_exists(".github")
}

/// Gitiles' id of a heading's text (its `TocFormatter.idFromTitle`).
fn gitiles_id(title: &str) -> String {
    let mut id = String::with_capacity(title.len());
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with(['-', '_']) {
            id.push(if c == ' ' { '-' } else { '_' });
        }
    }
    id.trim_end_matches(['-', '_']).to_string()
}

/// The text of an ATX heading line (`## Title ##` is `Title`), or `None`
/// when `line` is no heading.
/// The lines of `text` (as [`str::lines`] gives them) whose first character
/// after any white space is `#`, in order: the only lines
/// [`atx_heading_content`] reads a heading from. Found by searching for `#`
/// rather than by splitting every line: a page of 3,000 lines has a few
/// dozen.
fn hash_lines(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(i) = memchr::memchr(b'#', bytes.get(from..)?) {
            let hash = from + i;
            let start = memchr::memrchr(b'\n', &bytes[..hash]).map_or(0, |n| n + 1);
            let end = memchr::memchr(b'\n', &bytes[hash..]).map_or(bytes.len(), |n| hash + n);
            from = end + 1;
            // `#` and `\n` are ASCII: both ends are character boundaries.
            if text[start..hash].trim_start().is_empty() {
                let line = &text[start..end];
                return Some(if end < bytes.len() {
                    line.strip_suffix('\r').unwrap_or(line)
                } else {
                    line
                });
            }
        }
        None
    })
}

pub(super) fn atx_heading_content(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    if hashes == 0 || hashes > 6 || !t[hashes..].starts_with([' ', '\t']) {
        return None;
    }
    Some(t[hashes..].trim().trim_end_matches('#').trim_end())
}

/// The site slugs of the headings of `text` that end in an attribute list
/// giving no id (`` ## `Easy CLA` {.notranslate lang=en} ``): Hugo's
/// Goldmark reads the list as the heading's attributes and slugs the text
/// before it (`#easy-cla`; survey 39c, opentelemetry.io's PR-checks pages).
/// GitHub shows the list as text: a page outside the site keeps GitHub's
/// slug.
fn attr_list_heading_slugs(text: &str) -> Vec<String> {
    super::site::outside_fences(text)
        .filter_map(|line| {
            let content = atx_heading_content(line)?;
            crate::document::anchors::text_before_attr_list(content)
                .map(|before| site_slug(&rendered_text(before)))
                .filter(|slug| !slug.is_empty())
        })
        .collect()
}

pub(super) fn site_heading_slugs(text: &str) -> Vec<String> {
    let mut untitled = 0;
    hash_lines(text)
        .filter_map(|line| {
            let content = atx_heading_content(line)?;
            crate::document::anchors::explicit_id(content)
                .is_none()
                .then(|| rendered_text(content))
        })
        .flat_map(|text| {
            let slug = site_slug(&text);
            if slug.is_empty() {
                untitled += 1;
                return vec![match untitled {
                    1 => "section".to_string(),
                    n => format!("section-{}", n - 1),
                }];
            }
            // Also GitHub's reading of the rendered text (punctuation
            // dropped, not a separator: `Active/Inactive` is
            // `activeinactive`), which is what a site's id is when the
            // heading's raw text differs from its rendered one only by an
            // image or a tag (`## Dependencies [![](badge.svg)](/pricing)`:
            // survey 30c, devtron's GitBook).
            let github = site_slug(&crate::document::slug::slug(text.trim()));
            if github == slug {
                vec![slug]
            } else {
                vec![slug, github]
            }
        })
        .collect()
}

/// The ids GitBook gives the headings of `text` that open with a digit:
/// `id-`, then the heading's text in lower case, its spaces `-`, letters,
/// digits, `.`, `-` and `_` kept and other punctuation dropped
/// (`### 2.3 Obtain the Dashboard URL` is `#id-2.3-obtain-the-dashboard-url`,
/// `## 3. Add app-values.yaml` is `#id-3.-add-app-values.yaml`).
fn gitbook_numbered_ids(text: &str) -> Vec<String> {
    super::site::outside_fences(text)
        .filter_map(|line| {
            let content = atx_heading_content(line)?;
            let rendered = rendered_text(&content.replace("&#x20;", " "));
            // Bold or italic around the whole heading is markup, not text
            // (`### **1. Create a Vue 3 App**`: survey 77d).
            let rendered = rendered.trim().trim_matches(['*', '_']).trim();
            if !rendered.starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            let mut id = String::from("id-");
            for c in rendered.chars() {
                if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                    id.extend(c.to_lowercase());
                } else if c.is_whitespace() {
                    id.push('-');
                }
            }
            Some(id)
        })
        .collect()
}

/// Other ids GitBook gives the parts of a page (survey 77d), where GitHub's
/// differ: a heading ending in GitBook's `&#x20;` (a trailing space GitBook
/// trims: `### One Tree Planted&#x20;` is `#one-tree-planted`); the repeats
/// of one explicit id of GitBook's exported headings (`<a href="#x"
/// id="x"></a>`), numbered in page order (`#x-1`, `#x-2`); and an
/// expandable block's anchor, its `<summary>` slugged as a heading; a
/// heading's GitBook slug, where punctuation is a dash and `&`, `<` and `>`
/// are words (`## DDD & CQRS` is `#ddd-and-cqrs`, `## Scores > X` is
/// `#scores-greater-than-x`, `### Domains (cb.id) of user(s)` is
/// `#domains-cb.id-of-user-s`: survey 92c); and a tab's anchor, its
/// `{% tab title="…" %}` slugged alike, repeats numbered in page order
/// (`#response`, `#response-1`).
fn gitbook_site_ids(text: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut tabs: HashMap<String, usize> = HashMap::new();
    for line in super::site::outside_fences(text) {
        let trimmed = line.trim();
        if let Some(title) = trimmed
            .strip_prefix("{% tab title=\"")
            .and_then(|r| r.split_once('"'))
            .map(|(title, _)| title)
        {
            let id = gitbook_slug(title);
            let n = tabs.entry(id.clone()).or_insert(0);
            ids.push(if *n > 0 { format!("{id}-{n}") } else { id });
            *n += 1;
            continue;
        }
        if let Some(summary) = trimmed
            .strip_prefix("<summary>")
            .and_then(|r| r.strip_suffix("</summary>"))
        {
            ids.push(site_slug(&rendered_text(summary)));
            continue;
        }
        let Some(content) = atx_heading_content(line) else {
            continue;
        };
        if let Some(id) = html_anchor_id(content) {
            let n = seen.entry(id.to_string()).or_insert(0);
            if *n > 0 {
                ids.push(format!("{id}-{n}"));
            }
            *n += 1;
        } else if content.trim_end().ends_with("&#x20;") {
            ids.push(site_slug(&rendered_text(&content.replace("&#x20;", " "))));
        } else {
            ids.push(gitbook_slug(&rendered_text(content)));
        }
    }
    ids.retain(|id| !id.is_empty());
    ids
}

/// GitBook's slug of a heading's or a tab's text: lower case, letters,
/// digits, `.` and `_` kept, `&` `and`, `<` `less-than`, `>`
/// `greater-than` (a dash around each word, but beside a dot), `$` `usd`
/// joined to what follows, a backslash escape dropped, any other character a dash,
/// runs of dashes one, none at either end; bold or italic around the whole
/// text is markup.
fn gitbook_slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.trim().trim_matches(['*', '_']).chars() {
        match c {
            // A word with a dash on each side, but for one beside a dot:
            // `SERVER.<id>.STATSZ` is `server.less-than-id-greater-than.statsz`
            // (nats-io/nats.docs, survey 72a).
            '&' => out.push_str("\u{1}and\u{1}"),
            '<' => out.push_str("\u{1}less-than\u{1}"),
            '>' => out.push_str("\u{1}greater-than\u{1}"),
            // A currency's code, joined to what follows (`$SYS.REQ` is
            // `usdsys.req`: nats-io/nats.docs, survey 72a).
            '$' => out.push_str("usd"),
            '\\' => {}
            c if c.is_alphanumeric() || matches!(c, '.' | '_') => out.extend(c.to_lowercase()),
            _ => out.push('-'),
        }
    }
    let chars: Vec<char> = out.chars().collect();
    let mut slug = String::with_capacity(out.len());
    for (i, &c) in chars.iter().enumerate() {
        let c = if c == '\u{1}' {
            let beside_dot = slug.ends_with('.') || chars.get(i + 1) == Some(&'.');
            if beside_dot {
                continue;
            }
            '-'
        } else {
            c
        };
        if !(c == '-' && (slug.is_empty() || slug.ends_with('-'))) {
            slug.push(c);
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// The id of the `<a … id="x">` a heading's content ends with (GitBook's
/// `## Focus <a href="#focus" id="focus"></a>`).
fn html_anchor_id(content: &str) -> Option<&str> {
    let open = content.rfind("<a ")?;
    let tag = &content[open..];
    let start = tag.find(" id=\"")? + 5;
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len]).filter(|id| !id.is_empty())
}

/// A heading's text as a site's generator renders it before slugging: HTML
/// tags and components dropped (`input <NonInheritBadge />` is `input`), a
/// link reduced to its text (`[@vitejs/plugin-rsc](https://…)`), and a code
/// span kept as its text: `` `<Content />` `` is code, not a tag, and
/// VitePress slugs it `content` (survey 29c, vuejs/vitepress' runtime API).
pub(super) fn rendered_text(content: &str) -> String {
    let mut out = String::with_capacity(content.len());
    let mut rest = content;
    while let Some(i) = rest.find(['<', '[', '`', '!']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if tail.starts_with('`') {
            let run = tail.bytes().take_while(|&b| b == b'`').count();
            let fence = &tail[..run];
            if let Some(end) = tail[run..].find(fence) {
                out.push_str(&tail[run..run + end]);
                rest = &tail[run + end + run..];
            } else {
                out.push_str(fence);
                rest = &tail[run..];
            }
            continue;
        }
        if tail.starts_with('<')
            && tail[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/')
            && let Some(end) = tail.find('>')
        {
            rest = &tail[end + 1..];
            continue;
        }
        // An image renders no text (`[![](badge.svg)](/pricing)`, a badge
        // after a heading's words, adds nothing to its id).
        if tail.starts_with("![")
            && let Some((_, end)) = inline_link(&tail[1..])
        {
            rest = &tail[1 + end..];
            continue;
        }
        if tail.starts_with('[')
            && let Some((text, end)) = inline_link(tail)
        {
            out.push_str(&rendered_text(text));
            rest = &tail[end..];
            continue;
        }
        out.push_str(&tail[..1]);
        rest = &tail[1..];
    }
    out.push_str(rest);
    out
}

/// An inline link at the start of `s` (`[text](url)`, its text holding
/// brackets of its own, `[![alt](img)](url)`): its text and the length of
/// the whole link.
fn inline_link(s: &str) -> Option<(&str, usize)> {
    let mut depth = 0usize;
    let mut close = None;
    for (i, c) in s.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    close = Some(i);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    if !s[close + 1..].starts_with('(') {
        return None;
    }
    let mut parens = 0usize;
    for (i, c) in s[close + 1..].char_indices() {
        match c {
            '(' => parens += 1,
            ')' => {
                parens -= 1;
                if parens == 0 {
                    return Some((&s[1..close], close + 1 + i + 1));
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether `anchor` keeps punctuation of its heading that no site's slug
/// keeps (`:`, `,`, `;`, `!`, `(`, `)`): GitHub, kramdown, docsify, MkDocs,
/// Docusaurus, Hugo, mdBook, VitePress, Zola and Hexo all drop it or make it
/// a `-`, so `#recommended-way:-kubespray-container-image` names no id of
/// `### Recommended way: Kubespray Container Image` on any of them
/// (kubespray's docsify and Jekyll pages, survey 71d: a real finding the
/// site reading hid). Such an anchor is matched exactly, never by the site
/// slug, which would read the `:` as a separator. So is a fragment that
/// opens with a second `#` (`../extra/dist##from-cdn-or-without-a-bundler`,
/// a typo: the browser looks for the id `#from-cdn-…`, which no site
/// gives; survey 81b, intlify/vue-i18n's VitePress guide, a real finding
/// the site slug hid).
fn punctuation_no_site_keeps(anchor: &str) -> bool {
    anchor.contains([':', ',', ';', '!', '(', ')']) || anchor.starts_with('#')
}

/// A documentation site's slug: lower case, every run of characters other
/// than letters, digits and `_` one `-`, none at either end.
pub(super) fn site_slug(s: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in s.chars() {
        if c.is_alphanumeric() || c == '_' {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

/// Folds a document's `link/missing-anchor` findings on the same target (one
/// mistake, such as a renamed heading linked from a whole table) into the
/// first, which counts the others: one missing anchor, one finding.
fn fold_same_anchor(out: &mut Vec<Finding>) {
    fold_same_anchor_in(out, |f| f);
}

/// [`fold_same_anchor`] over findings that carry something along.
fn fold_same_anchor_in<T>(out: &mut Vec<T>, finding: impl Fn(&mut T) -> &mut Finding) {
    let mut count: HashMap<String, usize> = HashMap::new();
    for item in out.iter_mut() {
        let f = finding(item);
        if f.rule == link_missing_anchor::RULE.id
            && let Some(t) = &f.target
        {
            *count.entry(t.clone()).or_default() += 1;
        }
    }
    if count.values().all(|&n| n < 2) {
        return;
    }
    let mut seen: HashSet<String> = HashSet::new();
    out.retain_mut(|item| {
        let f = finding(item);
        if f.rule != link_missing_anchor::RULE.id {
            return true;
        }
        let Some(t) = f.target.clone() else {
            return true;
        };
        let n = count.get(&t).copied().unwrap_or(1);
        if n < 2 {
            return true;
        }
        if seen.insert(t) {
            f.message.push_str(&format!(
                "; {} more links of this document point at it",
                n - 1
            ));
            return true;
        }
        false
    });
}

/// Folds a document's `path/renamed` findings that say the same thing (one
/// moved path, written alike, with the same help: a report naming a renamed
/// file on every row, survey 40a, secretflow's `report.md`, 352 references
/// to rule files renamed `.mdc` → `.txt` in one commit) into the first in
/// the document, which counts the others and carries their edits: one
/// rename, one finding, and `fix` still rewrites every reference. A
/// reference written otherwise (`src/a.py:12` beside `src/a.py:30`, or
/// `[a](../src/a.py)`) keeps its own finding: its lines and its rewrite are
/// its own.
fn fold_same_rename(doc: &Document, out: &mut Vec<Finding>, first: usize) {
    type Key = (String, String, Option<String>, String);
    // The target, what the finding says, and the reference as written.
    let key = |f: &Finding| -> Option<Key> {
        if f.rule != super::path_renamed::RULE.id {
            return None;
        }
        let written = doc.text.get(f.span.clone())?.to_string();
        Some((
            f.target.clone()?,
            f.message.clone(),
            f.help.clone(),
            written,
        ))
    };
    // Key → (index of its first finding in the document, how many).
    let mut heads: HashMap<Key, (usize, usize)> = HashMap::new();
    for (i, f) in out.iter().enumerate().skip(first) {
        if let Some(k) = key(f) {
            let e = heads.entry(k).or_insert((i, 0));
            e.1 += 1;
            if f.span.start < out[e.0].span.start {
                e.0 = i;
            }
        }
    }
    heads.retain(|_, (_, n)| *n > 1);
    if heads.is_empty() {
        return;
    }
    let mut tail = out.split_off(first);
    let mut moved: HashMap<usize, Vec<crate::diagnostic::Edit>> = HashMap::new();
    let mut folded = vec![false; tail.len()];
    for (i, f) in tail.iter_mut().enumerate() {
        let Some((head, _)) = key(f).and_then(|k| heads.get(&k)).copied() else {
            continue;
        };
        if head - first != i {
            folded[i] = true;
            moved.entry(head - first).or_default().append(&mut f.edits);
        }
    }
    for (head, n) in heads.into_values() {
        let f = &mut tail[head - first];
        f.edits
            .extend(moved.remove(&(head - first)).unwrap_or_default());
        let more = n - 1;
        f.message.push_str(&format!(
            "; {more} more reference{} of this document name{} it alike",
            if more == 1 { "" } else { "s" },
            if more == 1 { "s" } else { "" },
        ));
    }
    out.extend(
        tail.into_iter()
            .zip(folded)
            .filter(|(_, gone)| !gone)
            .map(|(f, _)| f),
    );
}

/// Whether a missing evidence path names no file at all: no extension, no
/// trailing `/`, and a first folder that exists neither at the repository
/// root nor next to the document (`tax_dispute_cases/events`: two table
/// names; `audit/group`: a permission scope).
fn names_no_file(ctx: &Context<'_>, r: &Reference) -> bool {
    let w = r.written.as_str();
    if r.must_be_dir || w.starts_with(['.', '/', '~']) {
        return false;
    }
    let last = w.rsplit('/').next().unwrap_or(w);
    let first = w.split('/').next().unwrap_or(w);
    !has_extension(last)
        && !ctx.repo.root_entry_exists(first)
        && r.alt_path
            .as_deref()
            .is_none_or(|alt| matches!(ctx.repo.stat(alt), PathState::Missing | PathState::Outside))
}

/// Whether a code span in an evidence cell names a path of this repository:
/// not a short label of a citation or link in the same cell that names the
/// full path, not after a `url:` / `URL:` / `http` label (a file of another
/// repository), not a run's output the cell describes (`generates …`), not a local machine's path (`/Users/…`, `/home/…`, `~/…`, `C:/…`),
/// not an environment variable (`PW_SUPERADMIN_EMAIL/PASSWORD`), not a
/// migration id (`20260716212837/bt_aba_session_note_closeout`).
fn evidence_of_this_repository(text: &str, span: &Range<usize>, literal: &str) -> bool {
    // The cell around the token, at most `NEAR` bytes each side: a real cell
    // is short, and a hostile one (20,000 paths in one cell) is not read
    // again for each of its tokens.
    let before = crate::text::tail(text.get(..span.start).unwrap_or(""), NEAR);
    let line_start = before.rfind(['\n', '|']).map_or(0, |i| i + 1);
    let lead = before[line_start..].trim_end().to_lowercase();
    // A label governs the tokens after it up to the next label: `url: \`a\`,
    // \`b\`` names two files of another repository, `file: \`x\` / url: \`y\``
    // one of each.
    if lead.ends_with("http:") || lead.ends_with("https:") || last_label(&lead) == Some("url") {
        return false;
    }
    // A run's output described, not committed evidence: `the suite generates
    // \`GO-LIVE/artifacts/axe.json\``, `archive results in \`out/\``; or
    // where something is to be published (`Publish DocC archives under
    // \`Documentation/DocC/\``), not where it was (`published in …` is
    // judged).
    if [
        "generates",
        "generated ",
        "writes ",
        "archive results",
        "uploads ",
        "publish ",
        "publishes ",
        "deploy ",
        "deploys ",
        "deploy to",
    ]
    .iter()
    .any(|w| lead.contains(w))
    {
        return false;
    }
    let lit = literal.trim();
    // A short label of the cell's own citation or link (`` `webhooks/clerk.ts`【F:apps/api/src/routes/webhooks/clerk.ts†L5】 ``):
    // the reference beside it is the evidence.
    let after = crate::text::head(text.get(span.end..).unwrap_or(""), NEAR);
    let cell_end = after.find(['\n', '|']).unwrap_or(after.len());
    // The cell's text names the token as a tail of a longer path
    // (`/lit`) before or after it.
    let tail_of_longer = |part: &str| {
        part.match_indices(lit)
            .any(|(i, _)| part[..i].ends_with('/'))
    };
    if !lit.is_empty()
        && !lit.starts_with('/')
        && (tail_of_longer(&before[line_start..]) || tail_of_longer(&after[..cell_end]))
    {
        return false;
    }
    let lower = lit.to_lowercase();
    // A home folder's path (`~/.claude/settings.json`) is the local
    // machine's, as `/Users/…` is: a claims verification names the user's
    // own configuration there (survey 55a, sonash-v0: 7 findings judged
    // false).
    if lower.starts_with("/users/")
        || lower.starts_with("/home/")
        || lower.starts_with("~/")
        || lower.starts_with("file:")
        || is_windows_abs(lit)
    {
        return false;
    }
    let segments: Vec<&str> = lit.split('/').filter(|s| !s.is_empty()).collect();
    let env_var = |s: &&str| {
        s.len() > 1
            && s.contains('_')
            && s.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
    };
    if segments.iter().any(env_var) {
        return false;
    }
    let migration_id = |s: &&str| {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        digits >= 12 && (digits == s.len() || s.as_bytes()[digits] == b'_') && !s.contains('.')
    };
    !segments.first().is_some_and(migration_id)
}

/// Whether a code span names a path of the machine a service runs on, not
/// of this repository: a rooted path whose first folder is one of the
/// system's (`/run/spire/sockets/agent.sock`, `/etc/kubernetes/admin.conf`,
/// `/var/lib/etcd/`) when the repository has no folder of that name at its
/// root (survey 45b, x0tta6bl4's risk triage: its evidence cell names the
/// SPIRE agent's socket). `/etc/app.conf` in a repository with an `etc/`
/// folder is read as that folder's.
fn on_the_host(ctx: &Context<'_>, literal: &str) -> bool {
    const SYSTEM: &[&str] = &[
        "etc", "var", "run", "proc", "sys", "dev", "usr", "opt", "srv", "mnt", "tmp", "boot",
    ];
    let Some(rest) = literal.trim().strip_prefix('/') else {
        return false;
    };
    let first = rest.split('/').next().unwrap_or("");
    rest.contains('/') && SYSTEM.contains(&first) && !ctx.repo.root_entry_exists(first)
}

/// Whether a code span names a file of this repository as a coding agent's
/// container sees it: the checkout mounted at `/app` (Emergent's agents
/// write `/app/backend/server.py`, `/app/test_result.md`) or `/workspace`
/// (OpenHands'), when the repository has no folder of that name at its
/// root and the rest of the path is a tracked file or folder
/// (`/app/ops/FINAL01_SEED_EVIDENCE.md` for `ops/FINAL01_SEED_EVIDENCE.md`:
/// survey 68a, huseyinwural-lab/ilan_sitesi_1's unblock checklist, 15
/// findings judged false). A rest that is no file here is judged as written.
fn in_agent_workspace(ctx: &Context<'_>, literal: &str) -> bool {
    let literal = literal.trim();
    let Some(rest) = ["/app/", "/workspace/"]
        .iter()
        .find_map(|mount| literal.strip_prefix(mount))
    else {
        return false;
    };
    let mount = &literal[1..literal.len() - rest.len() - 1];
    let rest = rest.trim_end_matches('/');
    !rest.is_empty()
        && !ctx.repo.root_entry_exists(mount)
        && matches!(
            ctx.repo.stat(rest),
            PathState::File | PathState::Dir | PathState::Submodule
        )
}

/// Whether a rooted code span names a file of the app's source root as the
/// app itself sees it: `/lib/ai/orchestrator.ts` for `src/lib/ai/orchestrator.ts`
/// in a project whose code all lives below `src/` (a Figma Make export, or a
/// Vite app whose `@/` stands for `src/`: survey 95a,
/// amo-tech-ai/Premiumtravelexperienceplatform's production tracker, 23
/// findings judged false), when the path has a folder, its first folder is
/// not at the repository root, and `src/` followed by it is a tracked file or
/// folder. A path that is no file below `src/` either is judged as written.
fn from_source_root(ctx: &Context<'_>, literal: &str) -> bool {
    let Some(rest) = literal.trim().strip_prefix('/') else {
        return false;
    };
    let rest = rest.trim_end_matches('/');
    let Some((first, _)) = rest.split_once('/') else {
        return false;
    };
    !first.is_empty()
        && first != "src"
        && !ctx.repo.root_entry_exists(first)
        && matches!(
            ctx.repo.stat(&format!("src/{rest}")),
            PathState::File | PathState::Dir
        )
}

/// How far around a token its cell or line is read for the words that
/// qualify it.
const NEAR: usize = 1024;

/// The last label (`file:`, `url:`, `Code:`) in the text of a cell before a
/// token, lower-cased and without its colon: a word of letters ending in `:`.
/// Code spans are skipped.
fn last_label(lead: &str) -> Option<&str> {
    lead.split('`')
        .step_by(2)
        .flat_map(|part| part.split(|c: char| c.is_whitespace() || matches!(c, '(' | '/' | ',')))
        .filter_map(|word| word.trim_matches(['*', '_']).strip_suffix(':'))
        .filter(|label| !label.is_empty() && label.chars().all(char::is_alphabetic))
        .last()
}

fn table_of(doc: &Document, offset: usize) -> Option<&Table> {
    doc.tables.iter().find(|t| t.span.contains(&offset))
}

#[cfg(test)]
mod tests {
    #[test]
    fn hash_lines_are_the_lines_that_open_with_a_hash() {
        for text in [
            "",
            "#",
            "# A\n",
            "# A\r\n## B\r\ntext # not\n   ### C  \n\t# D",
            "text\n#\n\n#x\r",
            "a\r# b\n\u{a0}# nbsp\n  ## two\r\n",
            "no heading at all\nstill none",
            "##\n##\n",
        ] {
            let want: Vec<&str> = text
                .lines()
                .filter(|l| l.trim_start().starts_with('#'))
                .collect();
            assert_eq!(
                super::hash_lines(text).collect::<Vec<_>>(),
                want,
                "{text:?}"
            );
        }
    }

    use super::*;

    #[test]
    fn a_backup_is_named_after_its_original() {
        assert_eq!(
            undecorated("architecture-v3.1-backup.md"),
            "architecture.md"
        );
        assert_eq!(undecorated("notes_backup.md"), "notes.md");
        assert_eq!(undecorated("notes.bak.md"), "notes.md");
        assert_eq!(undecorated("Plan-BACKUP.md"), "Plan.md");
        assert_eq!(undecorated("backup.md"), "backup.md");
        assert_eq!(undecorated("notesbackup.md"), "notesbackup.md");
        assert_eq!(undecorated("release-v2.md"), "release-v2.md");
    }

    #[test]
    fn wildcards_match_any_run_or_one_byte() {
        assert!(wildcard_match(b"research-*.md", b"research-a.md"));
        assert!(wildcard_match(b"research-*.md", b"research-.md"));
        assert!(wildcard_match(b"*", b"x"));
        assert!(wildcard_match(b"v?.md", b"v1.md"));
        assert!(wildcard_match(b"*-*.md", b"a-b-c.md"));
        assert!(!wildcard_match(b"research-*.md", b"research-a.txt"));
        assert!(!wildcard_match(b"v?.md", b"v10.md"));
        assert!(!wildcard_match(b"research-*.md", b"README.md"));
    }

    #[test]
    fn only_dot_and_dot_dot_climb() {
        assert!(climbs("../a.md"));
        assert!(climbs("./a.md"));
        assert!(climbs(".."));
        assert!(climbs("..#x"));
        assert!(!climbs(".github/workflows/ci.yml"));
        assert!(!climbs("src/a.ts"));
        assert!(!climbs("...md"));
    }

    /// The line scan the `~~` index replaces: `~~` counted from the line start.
    fn struck_by_scan(text: &str, offset: usize) -> bool {
        let start = text[..offset].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let end = text[offset..]
            .find('\n')
            .map(|i| offset + i)
            .unwrap_or(text.len());
        text[start..offset].matches("~~").count() % 2 == 1 && text[offset..end].contains("~~")
    }

    #[test]
    fn struck_through_answers_as_the_line_scan() {
        for text in [
            "a ~~b `c` d~~ e\n~~f\ng~~ h\n",
            "~~~x~~ y ~~~~ z~~~\r\n~~a [l](b.md)~~\n",
            "no strike at all\n",
            "~~ünïcode ✅ `a`~~ ~~",
        ] {
            let doc = crate::document::parse("a.md", text.to_string());
            let strikes = Strikes::new(&doc);
            for (offset, _) in text.char_indices() {
                assert_eq!(
                    strikes.struck_through(text, offset),
                    struck_by_scan(text, offset),
                    "{text:?} at {offset}"
                );
            }
        }
    }

    #[test]
    fn outcomes_keep_one_entry_per_start() {
        let mut b = OutcomeBuilder::default();
        b.push(5, false, true, None);
        b.push(5, true, false, Some("ev/a.txt"));
        b.push(2, true, false, Some("ev/a.txt"));
        b.push(9, false, false, None);
        let o = b.finish();
        assert_eq!(o.ok(5), Some(true));
        assert!(o.reported(5));
        assert!(!o.reported(2));
        assert_eq!(o.path(5), Some("ev/a.txt"));
        assert_eq!(o.path(9), None);
        assert_eq!(o.ok(3), None);
        assert_eq!(
            o.within(&(2..9)).collect::<Vec<_>>(),
            vec![(2, true), (5, true)]
        );
        assert_eq!(o.paths.len(), 1);
    }

    #[test]
    fn schemes_and_editor_links() {
        assert!(has_scheme("https://x.y"));
        assert!(has_scheme("mailto:a@b"));
        assert!(!has_scheme("src/a.py:12"));
        assert!(!has_scheme("pyproject.toml:20"));
        assert!(!has_scheme("docs/a.md"));
        assert_eq!(editor_line_suffix("src/a.py:12"), Some(("src/a.py", 12)));
        assert_eq!(editor_line_suffix("src/a.py:12:5"), Some(("src/a.py", 12)));
        assert_eq!(editor_line_suffix("src/a.py"), None);
        assert_eq!(
            editor_line_suffix("src/a.py:177-213"),
            Some(("src/a.py", 177))
        );
    }

    #[test]
    fn github_routes() {
        assert!(github_route("", "../../issues"));
        assert!(github_route("docs", "../../../wiki/Home"));
        assert!(!github_route("", "../issues"));
        assert!(!github_route("", "../../etc/passwd"));
        assert!(github_route("releasing", "/../../releases"));
        assert!(github_route("examples/zh", "/../../issues/242"));
        assert!(!github_route("operations", "../../tags/cncf-tags.md"));
        assert!(!github_route("", "/../releases"));
    }

    #[test]
    fn extensions() {
        assert!(has_extension("a.json"));
        assert!(has_extension("x.tar.gz"));
        assert!(!has_extension(".env"));
        assert!(!has_extension("v1.2"));
        assert!(!has_extension("apps"));
    }

    #[test]
    fn site_slugs() {
        assert_eq!(
            site_slug("Comparison with Vuex 3.x/4.x"),
            "comparison-with-vuex-3-x-4-x"
        );
        assert_eq!(
            site_slug("Comparison-with-Vuex-3-x-4-x"),
            "comparison-with-vuex-3-x-4-x"
        );
        assert_eq!(
            site_slug("Identifications - Primary Key"),
            "identifications-primary-key"
        );
        assert_eq!(site_slug("$id"), "id");
        assert_eq!(
            site_slug(&rendered_text("resolve.conditions <NonInheritBadge />")),
            "resolve-conditions"
        );
        assert_eq!(
            site_slug(&rendered_text("[@vitejs/plugin-rsc](https://x.dev/a)")),
            "vitejs-plugin-rsc"
        );
        assert_eq!(rendered_text("a < b [c]"), "a < b [c]");
        assert_eq!(
            site_slug(&rendered_text(
                "`<Content />` <Badge type=\"info\" text=\"component\" />"
            )),
            "content"
        );
        assert_eq!(rendered_text("a `b"), "a `b");
        assert_ne!(site_slug("asgitransport"), site_slug("ASGI Transport"));
    }

    #[test]
    fn links_that_open_a_list_item() {
        let text = "- [a](#a)\n  12. [b](#b)\n* x [c](#c)\n1) [d](#d)\n-[e](#e)\n[f](#f)\n";
        let at = |needle: &str| text.find(needle).unwrap_or(0);
        assert!(opens_list_item(text, at("[a]")));
        assert!(opens_list_item(text, at("[b]")));
        assert!(!opens_list_item(text, at("[c]")));
        assert!(opens_list_item(text, at("[d]")));
        assert!(!opens_list_item(text, at("[e]")));
        assert!(!opens_list_item(text, at("[f]")));
    }

    #[test]
    fn illustrations_of_broken_links() {
        let check = |text: &str, dest: &str| {
            let start = text.find('[').unwrap_or(0);
            illustrates_a_broken_link(text, &(start..text.len()), LinkKind::Link, dest)
        };
        assert!(check(
            "[](#section-that-does-not-exist)",
            "#section-that-does-not-exist"
        ));
        assert!(check("e.g. [a](nonexistent.md)", "nonexistent.md"));
        assert!(check(
            "for example [a](docs/non-existent.md)",
            "docs/non-existent.md"
        ));
        assert!(!check(
            "[talk](a-town-that-doesnt-exist.md)",
            "a-town-that-doesnt-exist.md"
        ));
        assert!(!check(
            "[](#gap-7-no-link-validatr)",
            "#gap-7-no-link-validatr"
        ));
        assert!(!check("e.g. [a](#existing-section)", "#existing-section"));
    }

    #[test]
    fn host_left_out_in_brackets() {
        assert!(bracket_host_placeholder(
            "[GHE]/Mosaic/mosaic-toolbelt/blob/master/CONTRIBUTING.md"
        ));
        assert!(bracket_host_placeholder("[BASE_URL]/c/monitoring"));
        assert!(!bracket_host_placeholder("GHE/Mosaic/x.md"));
        assert!(!bracket_host_placeholder("[Docs]/a.md"));
        assert!(!bracket_host_placeholder("[YOUR_LINK]"));
        assert!(!bracket_host_placeholder("[GHE]/"));
        assert!(!bracket_host_placeholder("[G]/a.md"));
        assert!(bracket_segment_placeholder("/build/[SLUG]"));
        assert!(bracket_segment_placeholder(
            "/docs/reference/[PACKAGE_NAME]"
        ));
        assert!(bracket_segment_placeholder("../training/[RELEVANT-MODULE]"));
        assert!(!bracket_segment_placeholder("[YOUR_LINK]"));
        assert!(!bracket_segment_placeholder("pages/[slug].md"));
        assert!(!bracket_segment_placeholder("/build/x-[SLUG]"));
        assert!(!bracket_segment_placeholder("/build/[S]"));
    }

    #[test]
    fn template_variables_in_braces() {
        assert!(brace_placeholder("{repo_url}/examples/{workflow_1_path}"));
        assert!(brace_placeholder("{api_reference_url}"));
        assert!(brace_placeholder("docs/{_lang}/index.md"));
        assert!(!brace_placeholder("docs/{a,b}.md"));
        assert!(!brace_placeholder("docs/{}.md"));
        assert!(!brace_placeholder("docs/{1}.md"));
        assert!(!brace_placeholder("docs/{open.md"));
        assert!(!brace_placeholder("08_section_rules.md"));
        assert!(brace_placeholder("{get_community_url(package_name)}"));
        assert!(brace_placeholder("{changelog_url(name,v1.2)}"));
        assert!(brace_placeholder("{now()}"));
        assert!(!brace_placeholder("{(x)}"));
        assert!(!brace_placeholder("{get_url(a b)}"));
        assert!(!brace_placeholder("docs/get_url(x).md"));
    }

    #[test]
    fn templates_by_folder_or_name() {
        for p in [
            "docs/templates/README.md",
            ".github/ISSUE_TEMPLATE/task.md",
            ".github/PULL_REQUEST_TEMPLATE.md",
            "skills/aidlc/backlog_template.md",
            "docs/PHASE4/uat-signoff-template.md",
            "template.md",
            "docs/spec-templates/ADR.md",
            "docs/doc_templates/runbook.md",
            "services/_template_readme.md",
            "_template.md",
            ".templates/knowledge-skill/SKILL.md",
            "_templates/domain-doc.md",
        ] {
            assert!(is_template(p), "{p}");
        }
        for p in [
            "docs/unit_005_template_default_model.md",
            "docs/templating.md",
            "docs/plan.md",
            "docs/templates-guide/x.md",
            "docs/-templates/x.md",
            "services/_templates_guide.md",
            "services/_readme.md",
            ".docs/x.md",
            "_docs/x.md",
        ] {
            assert!(!is_template(p), "{p}");
        }
    }

    #[test]
    fn notes_of_one_release() {
        for p in [
            "release-notes/v1.2.4.md",
            "docs/releases/1.2.4.md",
            "docs/release-note/RELEASE_NOTE_1.5.0.md",
            "docs/release-notes/release-notes-v2.0.md",
            "docs/release_notes/RELEASE_NOTES_v1.3.1.md",
        ] {
            assert!(release_notes(p), "{p}");
        }
        for p in [
            "docs/release-note/TEMPLATE.md",
            "docs/release-note/RELEASE_NOTE_latest.md",
            "docs/notes/RELEASE_NOTE_1.5.0.md",
        ] {
            assert!(!release_notes(p), "{p}");
        }
    }

    #[test]
    fn records_of_finished_work() {
        for p in [
            "releases/release-1.16/team.md",
            ".aidlc/cycles/v2.0.1/plans/p.md",
            "docs/Archive/old.md",
            "ops/backups/x.md",
            "versioned_docs_archived/version-1.x/install.md",
            "docs/2023-archive/notes.md",
            "docs/history/ARCH-30/task.md",
        ] {
            assert!(is_record(p), "{p}");
        }
        for p in [
            "docs/v2/plan.md",
            "README.md",
            "docs/api/v1/users.md",
            "docs/plan-1.md",
            "PM Phases/Phase-2.2/Checklist.md",
            "docs/history/README.md",
            "docs/archive/index.md",
            "docs/archiver/plan.md",
            "docs/unarchived-notes/plan.md",
        ] {
            assert!(!is_record(p), "{p}");
        }
    }

    #[test]
    fn relative_paths() {
        assert_eq!(relative_from("docs/a", "docs/b/x.md"), "../b/x.md");
        assert_eq!(relative_from("", "x.md"), "x.md");
        assert_eq!(relative_from("docs", "docs/x.md"), "x.md");
    }

    #[test]
    fn closest_match() {
        let c = ["setup", "install", "rollback-plan"];
        assert_eq!(
            closest("rolback-plan", c.iter().copied()),
            Some("rollback-plan")
        );
        assert_eq!(closest("zzzzzz", c.iter().copied()), None);
    }
}
