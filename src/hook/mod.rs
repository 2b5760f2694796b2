//! `checkmark hook`: what the pre-commit hook runs. It judges the commit, not
//! the repository (contract, "What a commit is judged on").
//!
//! # What is judged
//!
//! The commit is the index against `HEAD` (in a repository with no commit yet,
//! against nothing: the first commit is judged whole). Documents are read from
//! the index and references resolved against it, as `check --staged` does
//! (`GIT_INDEX_FILE` is honoured, so `git commit -a` and `git commit PATH` are
//! judged on what they commit). The documents looked at are:
//!
//! - the staged documents: Markdown the commit adds, modifies or renames (as
//!   `checkmark.toml` selects documents);
//! - the documents whose references the commit affects: those that name a file
//!   the commit deletes, renames away or modifies, or a folder the commit
//!   empties.
//!
//! A document of the second kind has the same text at `HEAD` and in the
//! index, so only its references to what the commit changes can find
//! something new: it is judged on the references that name a file the commit
//! deletes, renames away or modifies (or a folder it empties), in both views
//! alike, and the rules that read the document alone are not run on it
//! ([`crate::rules::Focus`]; a page whose links a documentation site's guard
//! counts is judged whole). The documents its other links lead to are not
//! read.
//!
//! Their findings are compared with the same documents at `HEAD` (a renamed
//! document with its old self) by [`crate::baseline`], as `--base HEAD` does:
//! only what the commit introduces is reported, and a problem that already
//! exists at `HEAD` never blocks. Then the commit's changes to cited lines are
//! reported as warnings, naming the document and the line: a citation (or a
//! `#L10-L20` link) in a committed line whose cited lines this commit changes
//! is `citation/stale` (judged as that rule judges a change, with the diff in
//! the help), and one whose cited lines it moves (lines inserted or removed
//! above them) is `citation/shifted`, with the new range. A citing line the
//! commit itself writes is taken to be written against the new version, so it
//! is not reported. The history walk of `citation/stale` is not run: a commit
//! being made cannot make a committed citation stale by history, so every such
//! finding would be an old one. A cited file the commit deletes or renames
//! away makes the reference's missing-path finding say so ("this commit
//! renames X to Y").
//!
//! Exit status: 1 when the commit introduces an error-level finding, else 0
//! (warnings are printed); 2 when the repository cannot be read.
//!
//! # Finding the affected documents fast
//!
//! 1. The index file is read directly ([`crate::source::index`]) and diffed
//!    against `HEAD`'s tree through its cache tree, so only the folders the
//!    commit touches are compared; renames are paired by libgit2 among the
//!    added and deleted files (see [`diff`]). No work-tree scan, no file read.
//! 2. From the changed paths, the strings a reference to them must contain: the
//!    file name of every path deleted, renamed away or modified (and its
//!    percent-encoded form, as links write it), and the name of every folder
//!    that no longer holds a tracked file. A reference is written relative to
//!    the root or to its document (`../src/a.py`), but it always ends with the
//!    target's file name (or the folder's name, for a folder reference).
//!    Added files need no string: adding a file cannot break a reference.
//! 3. No staged document and no string: the commit passes at once, having read
//!    the index and the trees of the folders the commit touches.
//! 4. Otherwise every tracked document (as configured) that the commit does
//!    not stage is read, in parallel, and searched for the strings with one
//!    Aho-Corasick automaton over its raw bytes, each match counting only as a
//!    whole name (`app.py` is not named by `myapp.py`). A document is read from
//!    the working tree when the index's stat data says that copy is the staged
//!    one (as `git status` decides; see [`CleanFiles`]), else from the object
//!    database: reading is then a copy from the page cache, not an inflate. Only
//!    the documents that contain one are parsed and checked; for the others the
//!    commit changes nothing. The search over-selects (a file name also matches
//!    in prose, or a same-named file elsewhere), which costs a parse, never a
//!    wrong finding, and it cannot miss a reference whose target's name is
//!    written out. Not covered: a reference that does not spell the name (a
//!    symlink's own name, a mojibake-damaged non-ASCII file name).
//!    A document whose blob's cached name filter ([`names`]) lacks a name is
//!    not read at all: the filter only spares reads, the selection is the same.
//!
//! Only then are the two repository views (index and `HEAD`) built, for the
//! handful of documents found; `HEAD`'s listing is the index's with the
//! commit's changes undone, not a walk of its tree.

mod diff;
mod install;
mod names;

pub use install::{Action, Installed, MARKER, hooks_dir, install, install_in, script};

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use aho_corasick::AhoCorasick;
use git2::{ErrorCode, Oid, Repository};
use rayon::prelude::*;

use crate::baseline::{self, Baseline};
use crate::blocks::{self, Fate};
use crate::config::Config;
use crate::diagnostic::{Finding, Severity};
use crate::document::citation::{LineRange, parse_line_fragment};
use crate::document::{self, Document};
use crate::engine::{self, CheckResult, RunError};
use crate::report::{self, Format};
use crate::rules::{citation_shifted, citation_stale};
use crate::source::{
    CleanFiles, ListingEdit, Mode, RepoView, SourceError, StagedIndex, join_relative, normalize,
};
use crate::suppress::Suppressions;

/// The outcome of judging a commit.
#[derive(Debug)]
pub struct Judgement {
    /// The new findings (None when nothing needed checking).
    pub result: Option<CheckResult>,
    /// Staged documents looked at.
    pub staged: usize,
    /// Other documents looked at because the commit changes what they reference.
    pub affected: usize,
    /// What judging built (the index, the two views): see [`Leftovers`].
    pub leftovers: Leftovers,
}

/// The large structures a judgement builds (the index and the repository
/// views of a 100,000-file repository: a hundred thousand paths and entries
/// each). `checkmark hook` exits right after judging, so [`run`] leaves them
/// to the end of the process instead of freeing them one by one (a tenth of a
/// hook's time on such a repository); any other caller drops them as usual.
#[derive(Default)]
pub struct Leftovers(Vec<Box<dyn std::any::Any>>);

impl std::fmt::Debug for Leftovers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Leftovers({})", self.0.len())
    }
}

impl Judgement {
    /// Whether the commit introduces an error-level finding.
    pub fn blocks(&self) -> bool {
        self.result.as_ref().is_some_and(|r| {
            r.diagnostics()
                .iter()
                .any(|d| d.severity == Severity::Error)
        })
    }
}

/// What `checkmark hook` prints: its exit code, its report (in human format:
/// nothing when the commit introduces nothing) and its notes for stderr (what
/// it left out and why, see [`CheckResult::notes`]).
#[derive(Debug)]
pub struct Outcome {
    pub code: i32,
    pub report: String,
    pub notes: Vec<String>,
}

/// `checkmark hook`: judges the commit being made in the repository containing
/// `cwd`.
pub fn run(cwd: &Path, format: Format, color: bool) -> Result<Outcome, RunError> {
    let style =
        |r: &CheckResult| report::Style::new(color, false).relative_to(cwd, r.workdir.as_deref());
    let mut judgement = judge(cwd)?;
    // The process ends after this report: nothing is gained by freeing these.
    std::mem::forget(std::mem::take(&mut judgement.leftovers));
    let code = if judgement.blocks() { 1 } else { 0 };
    let outcome = |report: String, notes: Vec<String>| Outcome {
        code,
        report,
        notes,
    };
    let mut result = match judgement.result {
        Some(r) => r,
        None if format == Format::Human => return Ok(outcome(String::new(), Vec::new())),
        None => empty_result(cwd)?,
    };
    let notes = std::mem::take(&mut result.notes);
    if format != Format::Human {
        return Ok(outcome(
            report::render(&result, format, &style(&result)),
            notes,
        ));
    }
    if result.files.iter().all(|f| f.diagnostics.is_empty()) {
        return Ok(outcome(String::new(), notes));
    }
    let mut out = report::render(&result, Format::Human, &style(&result));
    out.push_str(&format!(
        "checkmark hook: judged {} and {} whose references this commit changes.\n",
        report_plural(judgement.staged, "staged document"),
        report_plural(judgement.affected, "other document"),
    ));
    Ok(outcome(out, notes))
}

/// A result with nothing checked (machine formats still print their document).
fn empty_result(cwd: &Path) -> Result<CheckResult, RunError> {
    let workdir = Repository::discover(cwd)
        .ok()
        .and_then(|r| r.workdir().map(Path::to_path_buf));
    Ok(CheckResult {
        files: Vec::new(),
        files_checked: 0,
        mode: Mode::Staged,
        rev: None,
        rev_sha: None,
        workdir,
        baseline: None,
        notes: Vec::new(),
        site_forms: Default::default(),
    })
}

fn report_plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// What the commit changes, from one tree-to-index diff.
#[derive(Debug, Default)]
struct Changes {
    /// Documents the commit adds, modifies or renames (index paths), sorted.
    staged_docs: Vec<String>,
    /// Index path → the `HEAD` path it was renamed from.
    renamed_from: HashMap<String, String>,
    /// Paths whose content the commit changes in place: (blob at HEAD, blob in the index).
    modified: HashMap<String, (Oid, Oid)>,
    /// Paths the commit deletes or renames away, sorted.
    gone: Vec<String>,
    /// The files at `HEAD` as an edit of the index's, when the diff knows them all.
    head_listing: Option<ListingEdit>,
}

/// Judges the commit being made (see the module documentation).
pub fn judge(cwd: &Path) -> Result<Judgement, RunError> {
    // libgit2 re-hashes every object it reads to check it against its id (git
    // does not, on reads): a large part of reading thousands of documents and
    // evidence files. The objects are the repository's own, verified when
    // written; this process only reads them.
    git2::opts::strict_hash_verification(false);
    let repo = Repository::discover(cwd)
        .map_err(|e| SourceError::NotARepo(format!("{} ({})", cwd.display(), e.message())))?;
    if repo.workdir().is_none() {
        return Err(SourceError::Bare.into());
    }
    let index = Arc::new(staged_index(&repo, cwd)?);
    let head = match repo.head() {
        Ok(r) => Some(r.peel_to_commit().map_err(SourceError::Git)?),
        Err(e) if matches!(e.code(), ErrorCode::UnbornBranch | ErrorCode::NotFound) => None,
        Err(e) => return Err(SourceError::Git(e).into()),
    };
    let head_tree = match &head {
        Some(c) => Some(c.tree().map_err(SourceError::Git)?),
        None => None,
    };
    let config = load_config(&repo, &index, cwd)?;
    let mut changes = changes(&repo, head_tree.as_ref(), &index, &config)?;
    let needles = needles(&changes, &index);
    if changes.staged_docs.is_empty() && needles.is_empty() {
        return Ok(Judgement {
            result: None,
            staged: 0,
            affected: 0,
            leftovers: Leftovers(vec![Box::new(index)]),
        });
    }
    let affected = if needles.is_empty() {
        Vec::new()
    } else {
        // Staged documents are sorted: a binary search, after the selection
        // has left only documents (no hash of every path of the index).
        let staged = |p: &str| {
            changes
                .staged_docs
                .binary_search_by(|d| d.as_str().cmp(p))
                .is_ok()
        };
        // Most of a large repository's files cannot be documents: a suffix
        // test spares them the include and exclude globs.
        let suffixes = document_suffixes(&config);
        let may_be_document = |p: &str| {
            suffixes
                .as_ref()
                .is_none_or(|s| s.iter().any(|x| p.ends_with(x.as_str())))
        };
        let candidates: Vec<Candidate<'_>> = index
            .entries
            .iter()
            .filter(|e| e.stage == 0 && e.mode & 0o170000 != 0o160000)
            .filter(|e| may_be_document(&e.path))
            .filter(|e| config.selects(&e.path) && !staged(&e.path))
            .map(|e| Candidate {
                oid: e.oid,
                path: &e.path,
            })
            .collect();
        let clean = CleanFiles::new(&repo, Arc::clone(&index));
        mentioning(repo.path(), clean.as_ref(), &candidates, &needles)?
    };
    let mut files: Vec<String> = changes
        .staged_docs
        .iter()
        .chain(&affected)
        .cloned()
        .collect();
    files.sort();
    files.dedup();
    if files.is_empty() {
        return Ok(Judgement {
            result: None,
            staged: 0,
            affected: 0,
            leftovers: Leftovers(vec![Box::new(index)]),
        });
    }

    // Whole-repository answers are kept from one run to the next (see
    // `RepoView::memo_kept`): most commits change none of what they read.
    // The documents the commit does not stage are judged on their
    // references naming what it changed only (see `rules::Focus`): their
    // text is the same in both views, so nothing else in them is new.
    let focus = focus(&changes, &affected, &needles)?;
    let view = RepoView::open_staged(cwd, &index)?.keep_memos();
    let mut result = engine::check_files_focused(&view, &config, &files, &focus);
    engine::refuse_unreadable(&view)?;
    let base_path = |p: &str| -> String {
        changes
            .renamed_from
            .get(p)
            .cloned()
            .unwrap_or_else(|| p.to_string())
    };
    let mut base_texts: HashMap<String, String> = HashMap::new();
    let mut leftovers = Leftovers::default();
    if let Some(head) = &head {
        let base_view = match changes.head_listing.take() {
            Some(edit) => RepoView::open_edited(cwd, head.id(), &view, edit)?,
            None => RepoView::open(cwd, Mode::Rev(head.id().to_string()))?,
        };
        // Only a staged document with findings has any to hide: the others
        // (most commits' documents) are not checked a second time at HEAD.
        let with_findings: HashSet<&str> = result
            .files
            .iter()
            .filter(|f| !f.diagnostics.is_empty())
            .map(|f| f.path.as_str())
            .collect();
        let base_files: Vec<String> = files
            .iter()
            .filter(|f| with_findings.contains(f.as_str()))
            .map(|f| base_path(f))
            .filter(|f| base_view.is_tracked(f))
            .collect();
        let base_result = engine::check_files_focused(&base_view, &config, &base_files, &focus);
        engine::refuse_unreadable(&base_view)?;
        let hidden = baseline::subtract(&mut result.files, &base_result.files, |p| {
            Some(base_path(p))
        });
        result.baseline = Some(Baseline {
            rev: "HEAD".to_string(),
            hidden,
            affects: Vec::new(),
        });
        // The committed text of staged documents, to tell committed citing lines from new ones.
        for f in &changes.staged_docs {
            let old = base_path(f);
            if let Some(text) = base_view.read(&old).and_then(|b| String::from_utf8(b).ok()) {
                base_texts.insert(f.clone(), text);
            }
        }
        leftovers.0.push(Box::new(base_view));
    }
    // Last, as no read here may stop the run: a page of a site judged by
    // the whole site's links, as `check` judges it.
    engine::guard_by_whole_sites(&view, &config, &files, &mut result);
    name_gone_targets(&changes, &mut result);
    if !changes.modified.is_empty() {
        cited_lines_changed(&repo, &view, &config, &changes, &base_texts, &mut result);
    }
    view.save_kept();
    leftovers.0.push(Box::new(view));
    leftovers.0.push(Box::new(index));
    Ok(Judgement {
        result: Some(result),
        staged: changes.staged_docs.len(),
        affected: affected.len(),
        leftovers,
    })
}

/// Says so in a finding whose target this commit deletes or renames away: the
/// reader learns which change broke the reference, and for a rename where it went.
fn name_gone_targets(changes: &Changes, result: &mut CheckResult) {
    if changes.gone.is_empty() {
        return;
    }
    let renamed_to: HashMap<&str, &str> = changes
        .renamed_from
        .iter()
        .map(|(new, old)| (old.as_str(), new.as_str()))
        .collect();
    for file in &mut result.files {
        let dir = file.path.rfind('/').map(|i| &file.path[..i]).unwrap_or("");
        for d in &mut file.diagnostics {
            let Some(target) = &d.target else { continue };
            let gone = [normalize(target), join_relative(dir, target)]
                .into_iter()
                .flatten()
                .find(|p| changes.gone.binary_search(p).is_ok());
            let Some(gone) = gone else { continue };
            match renamed_to.get(gone.as_str()) {
                Some(new) => {
                    d.message
                        .push_str(&format!(" (this commit renames {gone} to {new})"));
                    d.help = Some(format!(
                        "update the reference to {new} in this commit, or keep the file where it was"
                    ));
                }
                None => {
                    d.message
                        .push_str(&format!(" (this commit deletes {gone})"));
                    d.help =
                        Some("keep the file, or update the reference in this commit".to_string());
                }
            }
        }
    }
}

/// The index the commit is made from: `GIT_INDEX_FILE` when git names one
/// (`git commit -a`, `git commit PATH`: a temporary index, relative to where the
/// hook runs), else the repository's.
fn staged_index(repo: &Repository, cwd: &Path) -> Result<StagedIndex, RunError> {
    if let Some(f) = std::env::var_os("GIT_INDEX_FILE") {
        let p = PathBuf::from(&f);
        let p = if p.is_absolute() { p } else { cwd.join(p) };
        match StagedIndex::read(&p) {
            Ok(Some(index)) => return Ok(index),
            Ok(None) => {
                if let Ok(index) = git2::Index::open(&p) {
                    return Ok(StagedIndex::from_git2(&index));
                }
            }
            Err(_) => {}
        }
    }
    if let Ok(Some(index)) = StagedIndex::read(&repo.path().join("index")) {
        return Ok(index);
    }
    Ok(StagedIndex::from_git2(
        &repo.index().map_err(SourceError::Git)?,
    ))
}

/// The configuration as `check --staged` reads it: `checkmark.toml` from the
/// index (the commit is judged by the configuration it carries). A regular file
/// is read straight from its blob; anything else (a symlink, which may point
/// out of the repository) goes through [`engine::load_config`]'s checks.
fn load_config(repo: &Repository, index: &StagedIndex, cwd: &Path) -> Result<Config, RunError> {
    const NAME: &str = "checkmark.toml";
    let entry = index.find(NAME);
    match entry {
        None => Ok(Config::default_config()),
        Some(e) if e.mode & 0o170000 == 0o100000 => {
            let blob = repo.find_blob(e.oid).map_err(SourceError::Git)?;
            let text = String::from_utf8_lossy(blob.content());
            Ok(Config::parse(
                &text,
                Path::new("checkmark.toml (staged)"),
                crate::rules::REGISTRY,
            )?)
        }
        Some(_) => engine::load_config(None, &RepoView::open(cwd, Mode::Staged)?),
    }
}

fn changes(
    repo: &Repository,
    head_tree: Option<&git2::Tree<'_>>,
    index: &StagedIndex,
    config: &Config,
) -> Result<Changes, RunError> {
    let mut c = Changes::default();
    let found = match diff::changes(repo, head_tree, index).map_err(SourceError::Git)? {
        Ok((found, listing)) => {
            c.head_listing = Some(listing);
            found
        }
        Err(diff::Fallback) => {
            let full = match &index.path {
                Some(p) => git2::Index::open(p),
                None => repo.index(),
            }
            .map_err(SourceError::Git)?;
            diff::changes_libgit2(repo, head_tree, &full).map_err(SourceError::Git)?
        }
    };
    for change in found {
        match change {
            diff::Change::Added(n) => {
                if config.selects(&n) {
                    c.staged_docs.push(n);
                }
            }
            diff::Change::Modified(n, old, new) => {
                if config.selects(&n) {
                    c.staged_docs.push(n.clone());
                }
                c.modified.insert(n, (old, new));
            }
            diff::Change::Renamed(o, n) => {
                if config.selects(&n) {
                    c.staged_docs.push(n.clone());
                }
                c.gone.push(o.clone());
                c.renamed_from.insert(n, o);
            }
            diff::Change::Deleted(o) => c.gone.push(o),
        }
    }
    c.staged_docs.sort();
    c.staged_docs.dedup();
    c.gone.sort();
    c.gone.dedup();
    Ok(c)
}

/// The endings every document the configuration selects has (`.md` for
/// `**/*.md`), when each include glob is a file extension (`*.EXT` or
/// `**/*.EXT`, as the defaults are); None when some glob is anything else
/// (then every path is matched against the globs). A necessary condition
/// only: what has one of these endings is still matched against the globs.
fn document_suffixes(config: &Config) -> Option<Vec<String>> {
    let globs: Vec<&str> = match &config.file.include {
        Some(g) => g.iter().map(String::as_str).collect(),
        None => crate::config::DEFAULT_INCLUDE.to_vec(),
    };
    globs
        .iter()
        .map(|g| {
            let ext = g.strip_prefix("**/").unwrap_or(g).strip_prefix("*.")?;
            let plain = !ext.is_empty()
                && ext
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'));
            plain.then(|| format!(".{ext}"))
        })
        .collect()
}

/// The strings a reference to a changed path must contain (module documentation, step 2).
fn needles(changes: &Changes, index: &StagedIndex) -> Vec<String> {
    let mut out: HashSet<String> = HashSet::new();
    let mut add = |name: &str| {
        if name.is_empty() {
            return;
        }
        out.insert(name.to_string());
        let encoded =
            percent_encoding::utf8_percent_encode(name, percent_encoding::NON_ALPHANUMERIC)
                .to_string();
        // Only characters a link would encode (spaces, non-ASCII): not `.`, `-`, `_`.
        if name.bytes().any(|b| b == b' ' || !b.is_ascii()) {
            out.insert(encoded);
        }
    };
    for p in changes.modified.keys().chain(&changes.gone) {
        add(file_name(p));
    }
    for p in &changes.gone {
        let mut dir = p.as_str();
        while let Some(i) = dir.rfind('/') {
            dir = &dir[..i];
            if index.holds_files(dir) {
                break;
            }
            add(file_name(dir));
        }
    }
    let mut v: Vec<String> = out.into_iter().collect();
    v.sort();
    v
}

fn file_name(p: &str) -> &str {
    p.rsplit('/').next().unwrap_or(p)
}

/// A tracked document that may reference a changed path.
struct Candidate<'a> {
    path: &'a str,
    oid: Oid,
}

/// The candidates that contain one of `needles` (module documentation, step 4),
/// reading only those whose cached name filter does not rule them out (see
/// [`names`]); the filters of documents read for the first time are cached.
fn mentioning(
    git_dir: &Path,
    clean: Option<&CleanFiles>,
    candidates: &[Candidate<'_>],
    needles: &[String],
) -> Result<Vec<String>, RunError> {
    let ac = AhoCorasick::new(needles)
        .map_err(|e| RunError::Usage(format!("cannot search the documents: {e}")))?;
    let query = names::Query::new(needles);
    let oids: Vec<Oid> = candidates.iter().map(|c| c.oid).collect();
    let cache = names::look_up(git_dir, &query, &oids);
    let cached = |i: usize| cache.as_ref().and_then(|a| a.may[i]);
    // Per candidate: whether it names a needle, and its filter when newly made.
    let found: Vec<(bool, Option<Vec<u64>>)> = candidates
        .par_iter()
        .enumerate()
        .map(|(i, c)| {
            let cached = cached(i);
            if cached == Some(false) {
                return (false, None);
            }
            match content(git_dir, clean, c) {
                // Cannot read: check the document rather than miss a problem.
                None => (true, None),
                Some(bytes) => {
                    let fresh = cached.is_none().then(|| names::filter_of(&bytes));
                    (names_one(&ac, &bytes), fresh)
                }
            }
        })
        .collect();
    if found.iter().any(|(_, f)| f.is_some()) {
        let entries = candidates
            .iter()
            .zip(&found)
            .enumerate()
            .filter_map(|(i, (c, (_, fresh)))| {
                let words = match fresh {
                    Some(w) => w.clone(),
                    None => cache.as_ref()?.words.get(i)?.clone()?,
                };
                Some((c.oid, words))
            })
            .collect();
        names::store(git_dir, entries);
    }
    Ok(candidates
        .iter()
        .zip(found)
        .filter(|(_, (hit, _))| *hit)
        .map(|(c, _)| c.path.to_string())
        .collect())
}

/// A candidate's staged content: from the working tree when its stat data says
/// it is the staged copy, else its blob.
fn content(git_dir: &Path, clean: Option<&CleanFiles>, c: &Candidate<'_>) -> Option<Vec<u8>> {
    if let Some(bytes) = clean.and_then(|k| k.read(c.path, c.oid)) {
        return Some(bytes);
    }
    thread_local! {
        static ODB: std::cell::RefCell<Option<(PathBuf, Repository)>> =
            const { std::cell::RefCell::new(None) };
    }
    ODB.with(|cell| {
        let mut slot = cell.borrow_mut();
        if !matches!(&*slot, Some((p, _)) if p == git_dir) {
            *slot = Repository::open(git_dir)
                .ok()
                .map(|r| (git_dir.to_path_buf(), r));
        }
        let (_, repo) = slot.as_ref()?;
        repo.find_blob(c.oid).ok().map(|b| b.content().to_vec())
    })
}

/// The documents `affected` that the commit does not stage, to be judged on
/// their references that name one of `needles` (as a whole name) only.
fn focus(
    changes: &Changes,
    affected: &[String],
    needles: &[String],
) -> Result<crate::rules::Focus, RunError> {
    let mut docs: Vec<String> = affected
        .iter()
        .filter(|d| changes.staged_docs.binary_search(d).is_err())
        .cloned()
        .collect();
    docs.sort();
    docs.dedup();
    let ac = AhoCorasick::new(needles)
        .map_err(|e| RunError::Usage(format!("cannot search the documents: {e}")))?;
    Ok(crate::rules::Focus {
        docs,
        names: Box::new(move |written: &str| {
            if names_one(&ac, written.as_bytes()) {
                return true;
            }
            // A percent-encoded name (`my%20plan.md`) names the file too.
            let decoded = percent_encoding::percent_decode_str(written).decode_utf8_lossy();
            decoded != written && names_one(&ac, decoded.as_bytes())
        }),
    })
}

/// Whether `bytes` holds one of the automaton's names as a whole name: not
/// inside a longer one (`app.py` in `myapp.py` or `app.py.bak` does not count).
fn names_one(ac: &AhoCorasick, bytes: &[u8]) -> bool {
    let part_of_name = names::part_of_name;
    ac.find_overlapping_iter(bytes).any(|m| {
        let starts = m
            .start()
            .checked_sub(1)
            .is_none_or(|i| !part_of_name(bytes[i]));
        // A full stop ends a sentence, not the name, unless a name goes on after it.
        let ends = match bytes.get(m.end()) {
            None => true,
            Some(b'.') => !bytes.get(m.end() + 1).is_some_and(|&c| part_of_name(c)),
            Some(&b) => !part_of_name(b),
        };
        starts && ends
    })
}

/// Adds a `citation/stale` warning for every committed citation (or `#L` link)
/// whose cited lines this commit changes.
fn cited_lines_changed(
    repo: &Repository,
    view: &RepoView,
    config: &Config,
    changes: &Changes,
    base_texts: &HashMap<String, String>,
    result: &mut CheckResult,
) {
    let mut hunks: HashMap<String, Option<Versions>> = HashMap::new();
    for file in &mut result.files {
        let Some(text) = view
            .read(&file.path)
            .and_then(|b| String::from_utf8(b).ok())
        else {
            continue;
        };
        let staged = changes.staged_docs.binary_search(&file.path).is_ok();
        if staged && !base_texts.contains_key(&file.path) {
            continue; // a new document: every citing line is written by this commit
        }
        let doc = document::parse(&file.path, text);
        let alignment = base_texts
            .get(&file.path)
            .filter(|_| staged)
            .map(|old| baseline::align_lines(old, &doc.text));
        let mut findings = Vec::new();
        for (span, path, ranges) in cited(&doc) {
            if !changes.modified.contains_key(&path) {
                continue;
            }
            if let Some(al) = &alignment {
                let first = doc.line_col(span.start).0;
                let last = doc.line_col(span.end.saturating_sub(1).max(span.start)).0;
                if (first..=last).any(|l| al.old_line(l).is_none()) {
                    continue; // written or edited by this commit
                }
            }
            let entry = hunks.entry(path.clone()).or_insert_with(|| {
                changes
                    .modified
                    .get(&path)
                    .and_then(|&(a, b)| blob_hunks(repo, a, b))
            });
            let Some(versions) = entry else {
                continue;
            };
            if let Some(f) = changed_finding(span.clone(), &path, &ranges, versions) {
                // What the rule exempts, the hook does too: a dated record or
                // entry, a change-log line (history, not a claim about now).
                if f.rule == citation_stale::RULE.id
                    && (citation_stale::records_history(&doc, span.start)
                        || crate::rules::task_folder::finished(view, &doc.path))
                {
                    continue;
                }
                findings.push(f);
            }
        }
        if findings.is_empty() {
            continue;
        }
        let suppress = Suppressions::of(&doc);
        let Document { text, .. } = doc;
        let diags = engine::finalize(config, &file.path, &text, Some(&suppress), findings);
        if diags.is_empty() {
            continue;
        }
        file.diagnostics.extend(diags);
        file.diagnostics
            .sort_by(|a, b| (a.line, a.column, a.rule).cmp(&(b.line, b.column, b.rule)));
        if file.text.is_none() {
            file.text = Some(Arc::new(text));
        }
    }
}

/// The citations and line-anchored links of a document: (span, repository path, ranges;
/// empty ranges cite the whole file).
fn cited(doc: &Document) -> Vec<(std::ops::Range<usize>, String, Vec<LineRange>)> {
    let mut out = Vec::new();
    for c in &doc.citations {
        if c.error.is_some() || c.path.starts_with('/') {
            continue;
        }
        if let Some(p) = normalize(&c.path) {
            out.push((c.span.clone(), p, c.ranges.clone()));
        }
    }
    for l in &doc.links {
        let dest = l.dest.trim();
        let Some((path, frag)) = dest.split_once('#') else {
            continue;
        };
        if path.is_empty() || path.contains(':') || path.starts_with("//") {
            continue;
        }
        let Some(Ok(range)) = parse_line_fragment(frag) else {
            continue;
        };
        let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
        if let Some(p) = join_relative(doc.dir(), &decoded) {
            out.push((l.span.clone(), p, vec![range]));
        }
    }
    out
}

/// A modified file at `HEAD` and in the index, with the diff between them
/// (hunks `(old_start, old_lines, new_start, new_lines)`, no context).
struct Versions {
    old: Vec<u8>,
    new: Vec<u8>,
    hunks: Vec<(u32, u32, u32, u32)>,
}

/// [`Versions`] of a modified file; None for a binary file.
fn blob_hunks(repo: &Repository, old: Oid, new: Oid) -> Option<Versions> {
    let a = repo.find_blob(old).ok()?;
    let b = repo.find_blob(new).ok()?;
    if a.is_binary() || b.is_binary() {
        return None;
    }
    // Line ends are no change (CRLF → LF), as for the rules.
    let hunks = blocks::line_hunks(a.content(), b.content()).ok()?;
    Some(Versions {
        old: a.content().to_vec(),
        new: b.content().to_vec(),
        hunks,
    })
}

/// The warning for one committed citation whose cited lines this commit
/// moves (`citation/shifted`) or changes (`citation/stale`, by the same
/// measure as the rule: see [`blocks::Change::is_significant`]).
fn changed_finding(
    span: std::ops::Range<usize>,
    path: &str,
    ranges: &[LineRange],
    v: &Versions,
) -> Option<Finding> {
    // A range already past the end at HEAD is `citation/line-range`'s (None).
    let fate = blocks::follow(&v.old, &v.new, &v.hunks, ranges)?;
    let was = blocks::cited_text(ranges);
    match fate {
        Fate::Same => None,
        Fate::Shifted(now) => {
            let now = blocks::ranges_text(&now);
            Some(
                Finding::new(
                    &citation_shifted::RULE,
                    span,
                    format!(
                        "this commit moves the cited lines {was} of {path} to {now}: they are unchanged, but lines are inserted or removed above them"
                    ),
                )
                .help(format!("cite {now} instead, in this commit"))
                .target(path),
            )
        }
        // A whole prose document cited: a reference to the document, which
        // an edit does not falsify (the rule's measure).
        Fate::Changed(ch)
            if !ch.is_significant() || citation_stale::names_document(path, ranges, &ch) =>
        {
            None
        }
        Fate::Changed(ch) => {
            let were = |n: u32| if n == 1 { "line" } else { "lines" };
            let what = match (ch.changed, ch.inserted) {
                (0, n) => format!(
                    "inserts {n} {} between the cited lines {was} of {path}",
                    were(n)
                ),
                (k, 0) => format!(
                    "changes {k} of the {} cited lines {was} of {path}",
                    ch.total
                ),
                (k, n) => format!(
                    "changes {k} of the {} cited lines {was} of {path} and inserts {n} {} between them",
                    ch.total,
                    were(n)
                ),
            };
            let now = match &ch.now {
                Some(r) if ranges.len() == 1 && ranges[0] != *r => {
                    format!(
                        "; the block will stand at {}",
                        blocks::ranges_text(std::slice::from_ref(r))
                    )
                }
                None => "; none of them is left".to_string(),
                _ => String::new(),
            };
            let mut help = "re-read the sentence against the new lines; update the sentence or the citation in this commit if it no longer holds".to_string();
            if !ch.diff.is_empty() {
                help.push_str(&format!("; the cited lines at HEAD and now:\n{}", ch.diff));
            }
            Some(
                Finding::new(
                    &citation_stale::RULE,
                    span,
                    format!("this commit {what}{now}"),
                )
                .help(help)
                .target(path),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(start: u32, end: u32) -> LineRange {
        LineRange { start, end }
    }

    fn versions(old: &str, new: &str) -> Versions {
        let hunks = blocks::line_hunks(old.as_bytes(), new.as_bytes()).unwrap();
        Versions {
            old: old.as_bytes().to_vec(),
            new: new.as_bytes().to_vec(),
            hunks,
        }
    }

    fn message(ranges: &[LineRange], old: &str, new: &str) -> Option<(String, &'static str)> {
        changed_finding(0..1, "a.py", ranges, &versions(old, new)).map(|f| (f.message, f.rule))
    }

    const OLD: &str = "1\n2\n3\n4\n5\n";

    #[test]
    fn changed_lines_inside_a_range() {
        assert_eq!(
            message(&[r(2, 3)], OLD, "1\n2\nthree\n4\n5\n"),
            Some((
                "this commit changes 1 of the 2 cited lines L2-L3 of a.py".to_string(),
                "citation/stale"
            ))
        );
    }

    #[test]
    fn edits_outside_a_range_are_silent() {
        assert_eq!(message(&[r(2, 3)], OLD, "1\n2\n3\n4\nfive\n6\n"), None);
    }

    #[test]
    fn lines_inserted_above_move_the_range() {
        assert_eq!(
            message(&[r(2, 3)], OLD, "0\n1\n2\n3\n4\n5\n"),
            Some((
                "this commit moves the cited lines L2-L3 of a.py to L3-L4: they are unchanged, but lines are inserted or removed above them".to_string(),
                "citation/shifted"
            ))
        );
    }

    #[test]
    fn insertion_between_cited_lines_is_silent() {
        // Additions leave what the cited lines say standing (as citation/stale).
        assert_eq!(message(&[r(2, 3)], OLD, "1\n2\nnew\n3\n4\n5\n"), None);
    }

    #[test]
    fn a_range_past_the_end_is_not_this_rule() {
        assert_eq!(message(&[r(4, 9)], OLD, "1\n2\n3\nfour\n5\n"), None);
    }

    #[test]
    fn document_suffixes_only_from_extension_globs() {
        let of = |toml: &str| {
            let c =
                Config::parse(toml, Path::new("checkmark.toml"), crate::rules::REGISTRY).unwrap();
            document_suffixes(&c)
        };
        let v = |xs: &[&str]| Some(xs.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(of(""), v(&[".md", ".markdown", ".mdx"]));
        assert_eq!(
            of("include = [\"*.txt\", \"**/*.rst\"]"),
            v(&[".txt", ".rst"])
        );
        assert_eq!(of("include = []"), v(&[]));
        // Anything but an extension: every path goes to the globs.
        for other in ["docs/**/*.md", "**/README*", "*.{md,txt}", "**/*", "notes"] {
            assert_eq!(of(&format!("include = [\"{other}\"]")), None, "{other}");
        }
    }

    #[test]
    fn whole_names_only() {
        let ac = AhoCorasick::new(["app.py", "run"]).unwrap();
        for yes in [
            "see `src/app.py`",
            "【F:app.py†L1】",
            "[a](../app.py#L3)",
            "edit app.py.",
            "app.py",
            "logs/run/",
            "见app.py",
        ] {
            assert!(names_one(&ac, yes.as_bytes()), "{yes}");
        }
        for no in [
            "myapp.py",
            "app.py.bak",
            "my-app.py",
            "running",
            "rerun",
            "app.pyc",
        ] {
            assert!(!names_one(&ac, no.as_bytes()), "{no}");
        }
    }
}
