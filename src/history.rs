//! Git history queries, for `citation/stale` and for `fix`'s dates: which
//! commit last touched a path, and which commit last changed given lines.
//!
//! Everything is read with git2 (`git` is never spawned) from the commit the
//! run looks at: `HEAD` in the working-tree and `--staged` modes, REV in
//! `--rev REV` mode. Answers are cached for the whole run.
//!
//! - **Touches** ([`History::newest_touch`]) come from one incremental walk of
//!   the history, newest commit first (by commit time). Each commit's tree is
//!   diffed against its first parent's (a root commit against the empty
//!   tree), and the first commit seen touching a file, or anything under a
//!   folder, is recorded. A query walks only as far as it needs; the next
//!   query resumes where the walk stopped, so a run visits each commit at most
//!   once, whatever the number of documents and paths.
//! - **Lines** ([`History::citations`]) are followed down the first-parent
//!   history, all of a document's citations in one walk: at each commit that
//!   changed a followed file (a tree diff limited to those files), the file's
//!   diff against its parent either changes a followed line (that commit is
//!   the line's last change, as `git blame --first-parent` says) or moves it
//!   to its position in the older version. Line diffs ignore white space at
//!   line ends ([`crate::blocks::line_hunks`]): a commit that converts a file
//!   from CRLF to LF changes none of its lines. The walk stops as soon as every
//!   citation is settled: its citing line's last commit is found, and the
//!   cited lines either changed before that (newer) or not. A followed file
//!   that a commit added is followed through a rename, as `git blame -M`
//!   does: when git's rename detection pairs it with a file the same commit
//!   deleted, the walk goes on with the old path (only the lines the move
//!   edited are the move's), and says which path a cited file had then. libgit2's own
//!   blame walks the whole history once per file (over a minute for 50 files
//!   in a 10,000-commit repository); this walk takes about a second there.
//!   Lines of the current text (working tree or index) are first mapped onto
//!   the committed version through a diff; lines with no counterpart there
//!   are "not committed yet".
//!
//! The history keeps its own handle on the repository, so a long walk does
//! not hold up the rules that read files through the
//! [`RepoView`](crate::source::RepoView).

use std::collections::hash_map::Entry;
use std::collections::{BinaryHeap, HashMap, HashSet};
use std::path::Path;
use std::rc::Rc;
use std::sync::{Arc, Mutex, OnceLock};

use git2::{DiffOptions, ObjectType, Oid, Repository};

mod renames;
mod tree_diff;
use renames::{RenameWalk, detect_renames};

use crate::blocks::{Fate, Lines};
use crate::document::citation::LineRange;
use crate::source::{Mode, RepoView};

/// A commit, as findings and dates show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitInfo {
    pub oid: Oid,
    /// Committer time, seconds since the Unix epoch.
    pub time: i64,
    /// The first line of the message.
    pub summary: String,
    /// The abbreviated id git would show (at least 7 hex digits).
    pub short: String,
}

impl CommitInfo {
    /// The commit's date, `YYYY-MM-DD` in UTC.
    pub fn date(&self) -> String {
        utc_date(self.time)
    }
}

/// The longest citation (in lines) whose sentence's words may say which
/// version of the cited file its numbers were read at (see
/// [`History::read_at`]).
const MAX_HINTED_LINES: u32 = 30;

/// What a citing line says of the lines it cites, lowercased (see
/// [`History::read_at`]).
#[derive(Debug, Clone, Default)]
pub struct Hint {
    /// Identifiers quoted in code spans beside the citation.
    pub code: Vec<String>,
    /// The longer words of its prose.
    pub prose: Vec<String>,
}

/// See [`History::read_at`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadAt {
    /// The commit that wrote the citation (it left the cited lines as they
    /// were, or the citing line quotes its version of them).
    Written,
    /// Its parent: the citing line quotes what the lines said before the
    /// commit changed them.
    Parent(Oid),
    /// The commit changed the cited lines and nothing says which version was
    /// meant: a fix that re-points the numbers is a guess.
    Unsure,
}

/// The date (UTC) `secs` seconds after the Unix epoch, `YYYY-MM-DD` (proleptic
/// Gregorian, counted by `jiff`). A time beyond the years -9999..=9999 (which git
/// does not write) is taken as the nearest of them.
pub fn utc_date(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let epoch = jiff::civil::date(1970, 1, 1);
    let date = jiff::Span::new()
        .try_days(days)
        .and_then(|span| epoch.checked_add(span))
        .unwrap_or(if days < 0 {
            jiff::civil::Date::MIN
        } else {
            jiff::civil::Date::MAX
        });
    date.to_string()
}

/// The committed version of one file, and how the lines of its current text
/// (working tree, index, or the revision itself) map onto it.
#[derive(Debug, Clone)]
pub struct FileLines {
    path: String,
    /// The file's blob in the start commit (None: not committed there).
    blob: Option<Oid>,
    /// Lines of the committed version.
    committed_lines: u32,
    /// None when the current text is the committed one; otherwise the hunks
    /// of the diff committed → current, `(old_start, old_lines, new_start, new_lines)`.
    hunks: Option<Hunks>,
}

impl FileLines {
    /// The committed line that current line `n` (1-based) is, or None when the
    /// line is not committed (new or changed in the working tree or index).
    pub fn committed_line(&self, n: u32) -> Option<u32> {
        self.blob?;
        let old = match &self.hunks {
            None => n,
            Some(hunks) => map_back(hunks, n)?,
        };
        (old >= 1 && old <= self.committed_lines).then_some(old)
    }
}

impl FileLines {
    /// The current line (working tree, index or revision) that committed
    /// line `n` is, or None when it was changed or removed and not committed.
    pub fn current_line(&self, n: u32) -> Option<u32> {
        self.blob?;
        match &self.hunks {
            None => Some(n),
            Some(hunks) => crate::blocks::map_forward(hunks, n),
        }
    }
}

/// A diff's hunks, `(old_start, old_lines, new_start, new_lines)`, with no context.
type Hunks = Vec<(u32, u32, u32, u32)>;

/// Line `n` of the new side of a diff → its line on the old side, or None
/// when the diff added or changed it.
fn map_back(hunks: &[(u32, u32, u32, u32)], n: u32) -> Option<u32> {
    let mut delta: i64 = 0;
    for &(_, old_lines, new_start, new_lines) in hunks {
        let before = if new_lines == 0 {
            // A pure deletion, after new line `new_start`.
            new_start < n
        } else {
            if (new_start..new_start + new_lines).contains(&n) {
                return None;
            }
            new_start + new_lines <= n
        };
        if !before {
            break;
        }
        delta += i64::from(old_lines) - i64::from(new_lines);
    }
    u32::try_from(i64::from(n) + delta).ok()
}

/// One citation, as the history sees it.
#[derive(Debug, Clone)]
pub struct CitationQuery<'a> {
    /// The lines of the citing document the citation is written on (1-based,
    /// lines of the text the run reads).
    pub citing: Vec<u32>,
    /// The cited file.
    pub cited: &'a FileLines,
    /// The cited ranges (1-based, current text); empty: the whole file.
    pub ranges: &'a [LineRange],
}

/// A path moved by git history ([`History::renamed`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renamed {
    /// Where it is now (a folder keeps its trailing `/`).
    pub to: String,
    /// The commit that moved it.
    pub commit: CommitInfo,
}

/// What the history says about one citation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CitationHistory {
    /// The last commit that touched the citing lines (the newest among them).
    /// None when one of them is not committed yet, or without history.
    pub citing: Option<CommitInfo>,
    /// The newest commit that changed the cited lines (any line of the file
    /// for a whole-file citation), when it is `citing` or a commit after it on
    /// the first-parent history; None when the cited lines did not change since.
    pub change: Option<CommitInfo>,
    /// The cited file's path in the `citing` commit when it had another one
    /// then (the walk followed it through a rename); None: the same path.
    pub cited_then: Option<String>,
}

/// Git history of one run, queried lazily and cached.
pub struct History {
    /// How to open the repository (the same one, with the same work tree, as the view's).
    open_at: crate::source::Reopen,
    /// The commit in `--rev` mode (else HEAD is used).
    rev: Option<Oid>,
    /// Line blames are wanted (`check`); `fix` only needs touches. Atomic so
    /// that `fix` can stop them once its first pass is answered.
    blames: std::sync::atomic::AtomicBool,
    inner: OnceLock<Option<Mutex<Inner>>>,
    /// The newest release the repository's tags name (see [`History::newest_release`]).
    newest_release: OnceLock<Option<Release>>,
    /// When set, `citation/stale` defers its questions here and the engine
    /// answers all documents in one walk after the parallel pass.
    deferred: Option<Mutex<Vec<crate::rules::citation_stale::StaleRequest>>>,
}

struct Inner {
    repo: Repository,
    /// The commit history is read from.
    start: Oid,
    commits: HashMap<Oid, CommitInfo>,
    walk: TouchWalk,
    /// Deletions along the first-parent history, for `path/renamed`.
    renames: RenameWalk,
    /// The first-parent chain from `start` as far as walked: depth → commit.
    chain: Vec<Oid>,
    /// Attributions found so far: path → (committed line; 0 = the whole
    /// file) → depth in `chain` of the last commit that changed it. Keyed by
    /// path first, so that a walk of hundreds of thousands of lines neither
    /// looks up nor stores a copy of the path per line.
    attributed: HashMap<String, HashMap<u32, usize>>,
    /// Cited files mapped onto their committed version, by path (the same for every document).
    cited_files: HashMap<String, Option<FileLines>>,
    /// Two committed versions of a cited file (by blob: then, now) and the
    /// diff between them.
    versions: HashMap<(Oid, Oid), Option<Arc<Versions>>>,
    /// Committed versions of cited files split into lines, by blob: each is
    /// read and split once per run, however many citations follow it.
    texts: HashMap<Oid, Arc<Lines>>,
    /// The versions of documents as the first-parent history wrote them, by
    /// path, read back as far as a question needed (see
    /// [`History::fitted_when_written`]).
    doc_versions: HashMap<String, DocVersions>,
    /// Line counts of blobs, by blob.
    line_counts: HashMap<Oid, usize>,
    /// Where each asked-for document stood before a commit moved it to its
    /// path (see [`History::moved_from`]), by path.
    moved_from: HashMap<String, Option<String>>,
    /// The start commit has no parent: nothing can be newer than anything.
    single_commit: bool,
    /// A blob the walk needed could not be read (a blobless clone, a corrupt
    /// object): its answers are incomplete, and the run must not pass.
    failure: Option<String>,
}

/// How many commits of a merged branch are read back for the commit that
/// wrote a citation (see [`History::merged_from`]).
const BRANCH_DEPTH: usize = 500;

/// How many first-parent commits are read back for the versions of one
/// document (a citation older than that is judged by its newest versions).
const DOC_VERSION_DEPTH: usize = 20_000;

/// The versions of one document along the first-parent history, newest
/// first, as far as read: each the commit that wrote it and its blob.
#[derive(Default)]
struct DocVersions {
    versions: Vec<(Oid, Oid)>,
    /// The next depth of the chain to read.
    depth: usize,
    /// The version being read back: the oldest commit seen so far that has
    /// it, and its blob.
    run: Option<(Oid, Oid)>,
    /// The document's first version (or the walk's limit) was reached.
    done: bool,
}

/// Two committed versions of a cited file and the diff between them.
struct Versions {
    old: Arc<Lines>,
    new: Arc<Lines>,
    hunks: Hunks,
}

impl History {
    /// The history behind `view`: HEAD, or REV in `--rev` mode. Nothing is read yet.
    pub fn new(view: &RepoView) -> History {
        let open_at = view.reopen();
        let rev = match view.mode() {
            Mode::Rev(_) => view.rev_oid(),
            _ => None,
        };
        History {
            open_at,
            rev,
            blames: std::sync::atomic::AtomicBool::new(true),
            deferred: None,
            inner: OnceLock::new(),
            newest_release: OnceLock::new(),
        }
    }

    /// The newest release the repository's tags name (`v1.26.0`, `1.26.0`,
    /// `v2.1`), None without such a tag or without history. A document named
    /// for a release no newer than it was written for a version that shipped
    /// (see `citation_stale::released_version_record`).
    pub fn newest_release(&self) -> Option<Release> {
        *self.newest_release.get_or_init(|| {
            self.with_inner(|inner| {
                let names = inner.repo.tag_names(None).ok()?;
                names
                    .iter()
                    .filter_map(|name| name.ok().flatten())
                    .filter_map(|name| match release_prefix(name) {
                        Some((v, used)) if used == name.len() => Some(v),
                        _ => None,
                    })
                    .max()
            })
            .flatten()
        })
    }

    /// A history for `fix`: touches only, no line blames (stale citations are
    /// not something `fix` can repair).
    pub fn without_blames(self) -> History {
        self.stop_blames();
        self
    }

    /// No line blames from now on (`fix`, once its first pass is answered in
    /// one walk: the passes after it re-check the text it wrote, whose lines
    /// git cannot blame). Touches and renames already walked stay cached.
    pub fn stop_blames(&self) {
        self.blames
            .store(false, std::sync::atomic::Ordering::Relaxed);
    }

    /// Defer `citation/stale` questions for one batched walk ([`History::take_deferred`]).
    pub fn batched(mut self) -> History {
        self.deferred = Some(Mutex::new(Vec::new()));
        self
    }

    /// Queues a document's stale-citation questions; gives them back when
    /// the run is not batched.
    pub fn defer(
        &self,
        request: crate::rules::citation_stale::StaleRequest,
    ) -> Option<crate::rules::citation_stale::StaleRequest> {
        match &self.deferred {
            Some(m) => {
                match m.lock() {
                    Ok(mut v) => v.push(request),
                    Err(p) => p.into_inner().push(request),
                }
                None
            }
            None => Some(request),
        }
    }

    /// The queued questions.
    pub fn take_deferred(&self) -> Vec<crate::rules::citation_stale::StaleRequest> {
        match &self.deferred {
            Some(m) => match m.lock() {
                Ok(mut v) => std::mem::take(&mut *v),
                Err(p) => std::mem::take(&mut *p.into_inner()),
            },
            None => Vec::new(),
        }
    }

    /// Whether line blames are wanted in this run.
    pub fn blames_enabled(&self) -> bool {
        self.blames.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Whether the history has more than one commit (with a single commit no
    /// citation can be stale: the citing and the cited lines share it).
    pub fn has_history(&self) -> bool {
        self.with_inner(|inner| !inner.single_commit)
            .unwrap_or(false)
    }

    /// [`History::file_lines`] for a cited file, cached by path for the run.
    /// `read` gives the file's text and, when known, the blob it is (see
    /// `RepoView::read_with_blob`): a committed version that is that blob is
    /// not inflated.
    pub fn cited_file_lines(
        &self,
        path: &str,
        read: impl FnOnce() -> Option<(Vec<u8>, Option<Oid>)>,
    ) -> Option<FileLines> {
        if let Some(hit) = self
            .with_inner(|inner| inner.cited_files.get(path).cloned())
            .flatten()
        {
            return hit;
        }
        let current = read();
        // A cited file's committed text is kept: the walk reads it again to
        // follow the cited lines (`Inner::text`), and a blob is inflated once.
        let lines = current
            .and_then(|(c, known)| self.with_inner(|inner| inner.cited_lines(path, c, known)));
        self.with_inner(|inner| inner.cited_files.insert(path.to_string(), lines.clone()));
        lines
    }

    /// What became of the `ranges` of cited file `path`, as they stood in
    /// commit `at`, in the commit the run starts from (HEAD, or REV): see
    /// [`crate::blocks`]. Line numbers are those of the committed versions
    /// (map them with [`FileLines::current_line`]). None when the file is not
    /// in one of the two commits, or a range does not fit the old version.
    /// `then`: the file's path in `at` when it was renamed since
    /// ([`CitationHistory::cited_then`]).
    pub fn block_fate(
        &self,
        path: &str,
        then: Option<&str>,
        at: Oid,
        ranges: &[LineRange],
    ) -> Option<Fate> {
        self.with_inner(|inner| inner.block_fate(path, then, at, ranges))
            .flatten()
    }

    /// What became of the `ranges` of `old_path` as they stood just before
    /// commit `moved_in` moved the file, in `new_path` in the start commit: a
    /// citation rewritten to a renamed file keeps pointing at its lines (see
    /// `path/renamed`). None when a version is missing or a range does not fit.
    pub fn moved_block_fate(
        &self,
        old_path: &str,
        moved_in: Oid,
        new_path: &str,
        ranges: &[LineRange],
    ) -> Option<Fate> {
        self.with_inner(|inner| {
            let parent = inner.repo.find_commit(moved_in).ok()?.parent_id(0).ok()?;
            let version = inner.versions_between(old_path, parent, new_path)?;
            crate::blocks::follow_lines(&version.old, &version.new, &version.hunks, ranges)
        })
        .flatten()
    }

    /// [`History::block_fate`] for a citation that did not fit the version it
    /// was written against (its range ran past that version's end): the part
    /// of the range that was there, followed. None when none of it was.
    pub fn block_fate_clamped(
        &self,
        path: &str,
        then: Option<&str>,
        at: Oid,
        ranges: &[LineRange],
    ) -> Option<Fate> {
        self.with_inner(|inner| inner.block_fate_clamped(path, then, at, ranges))
            .flatten()
    }

    /// Which version of the cited file a citation's numbers were read at, when
    /// the commit `at` that wrote the citation also changed the cited lines
    /// (an agent that cites the code it is about to edit reads the numbers
    /// before its edit; one that cites what it wrote, after). `hint`: words the
    /// citing line quotes from the cited code (see
    /// [`crate::rules::citation_stale::Cited::hint`]), asked for only when
    /// the commit changed the cited lines; they decide when they are found
    /// in one version's cited lines only.
    pub fn read_at(
        &self,
        path: &str,
        then: Option<&str>,
        at: Oid,
        ranges: &[LineRange],
        hint: impl FnOnce() -> Hint,
    ) -> ReadAt {
        self.with_inner(|inner| inner.read_at(then.unwrap_or(path), at, ranges, hint))
            .unwrap_or(ReadAt::Written)
    }

    /// The commit `oid` (its short id, date and summary), if the repository
    /// has it.
    pub fn commit(&self, oid: Oid) -> Option<CommitInfo> {
        self.with_inner(|inner| inner.commit_info(oid)).flatten()
    }

    /// Whether commit `oid` added the file `path`: its tree has the file and
    /// its first parent's does not (a root commit added all it has).
    pub fn added_in(&self, path: &str, oid: Oid) -> bool {
        self.with_inner(|inner| {
            if inner.blob_at(oid, path).is_none() {
                return false;
            }
            let parent = inner
                .repo
                .find_commit(oid)
                .ok()
                .and_then(|c| c.parent_id(0).ok());
            parent.is_none_or(|p| inner.blob_at(p, path).is_none())
        })
        .unwrap_or(false)
    }

    /// The oldest commit after `after` on the first-parent history (between it
    /// and the start commit) whose tree has the file `path`: the first version
    /// of a file that a citation was written before (the citing document
    /// merged ahead of the cited file). None when there is none.
    pub fn first_version_after(&self, path: &str, after: Oid) -> Option<CommitInfo> {
        self.with_inner(|inner| {
            let mut first = None;
            let mut depth = 0;
            loop {
                let oid = inner.chain_at(depth)?;
                if oid == after {
                    break;
                }
                if inner.blob_at(oid, path).is_some() {
                    first = Some(oid);
                }
                depth += 1;
            }
            inner.commit_info(first?)
        })
        .flatten()
    }

    /// When `merge` is a merge commit whose first parent's version of
    /// document `doc` does not hold `text` (or has no such document), while
    /// another parent's does: the commit that wrote a line holding `text`,
    /// on the branch the merge brought in. The text is followed back from
    /// parent to parent (the first parent that holds it, so through the
    /// merges of that branch too; at most [`BRANCH_DEPTH`] commits) to the
    /// commit none of whose parents holds it. None for a commit with one
    /// parent, or when no other parent holds the text.
    pub fn merged_from(&self, merge: Oid, doc: &str, text: &str) -> Option<Oid> {
        self.with_inner(|inner| {
            let parents = |inner: &Inner, at: Oid| -> Vec<Oid> {
                inner
                    .repo
                    .find_commit(at)
                    .map(|c| c.parent_ids().collect())
                    .unwrap_or_default()
            };
            let first = parents(inner, merge);
            if first.len() < 2 {
                return None;
            }
            // A version that cannot be read (a partial clone) does not hold
            // the text: the citation is then read against the merge, as
            // before, and the run does not fail for it.
            let finder = memchr::memmem::Finder::new(text.as_bytes());
            let mut seen: HashMap<Oid, bool> = HashMap::new();
            let mut holds = |inner: &Inner, at: Oid| -> bool {
                let Some(blob) = inner.blob_at(at, doc) else {
                    return false;
                };
                if let Some(&h) = seen.get(&blob) {
                    return h;
                }
                let h = inner
                    .repo
                    .find_blob(blob)
                    .is_ok_and(|b| finder.find(b.content()).is_some());
                seen.insert(blob, h);
                h
            };
            if holds(inner, first[0]) {
                return None;
            }
            let mut at = merge;
            for _ in 0..BRANCH_DEPTH {
                match parents(inner, at).into_iter().find(|&p| holds(inner, p)) {
                    Some(p) => at = p,
                    None => break,
                }
            }
            (at != merge).then_some(at)
        })
        .flatten()
    }

    /// When the citation `text` of document `doc` (of `ranges` of the file
    /// `cited`) was carried over from an older version of its line rather
    /// than written in `citing`, the commit that last touched the citing line
    /// (another citation of the line, or its prose, was edited there, and
    /// these numbers were kept as they stood), and the cited block no longer
    /// stood at those numbers there: the commit on the first-parent history
    /// that wrote it. The document's versions are read back from the one
    /// `citing` wrote while each holds the text at least as often as that one
    /// does, and the cited file is there (a version holding it fewer times is
    /// the one before the citation was written). None when `citing` added an
    /// occurrence of the text, is not on the first-parent history, the
    /// version before it does not hold the text, or the block the numbers
    /// named then still stood at them in `citing`, edited there or not (the
    /// line's edit kept numbers that were still right, as one re-reading the
    /// cited lines after a change does: they are judged from it; survey
    /// s114c, fermga/TNFR-LFS's translated `spanish_translation_inventory.md`).
    /// Survey s114c, Teagan42/Eddie's `docs/cli-reference.md`: its rows were
    /// rewritten by a sweep of another citation's path while
    /// `cli-options.service.ts†L48-L53` kept the numbers of a week before,
    /// which the code had moved since; a shifted finding named the block
    /// standing at those numbers in the sweep's version, another one.
    pub fn carried_from(
        &self,
        citing: Oid,
        doc: &str,
        text: &str,
        cited: &str,
        ranges: &[LineRange],
    ) -> Option<Oid> {
        self.with_inner(|inner| {
            let finder = memchr::memmem::Finder::new(text.as_bytes());
            let count = |inner: &Inner, blob: Oid| -> usize {
                inner
                    .repo
                    .find_blob(blob)
                    .map(|b| finder.find_iter(b.content()).count())
                    .unwrap_or(0)
            };
            let mut i = 0;
            let blob = loop {
                let (commit, blob) = inner.doc_version(doc, i, None)?;
                if commit == citing {
                    break blob;
                }
                i += 1;
            };
            let n = count(inner, blob);
            if n == 0 {
                return None;
            }
            let mut wrote = citing;
            while let Some((commit, blob)) = inner.doc_version(doc, i + 1, None) {
                if count(inner, blob) < n || inner.blob_at(commit, cited).is_none() {
                    break;
                }
                wrote = commit;
                i += 1;
            }
            if wrote == citing
                || inner.stood_at_numbers(cited, wrote, citing, ranges) != Some(false)
            {
                return None;
            }
            Some(wrote)
        })
        .flatten()
    }

    /// Why the history could not be read in full (a blob missing from a
    /// partial clone, a corrupt object), if it could not. A shallow clone's
    /// missing commits are not a failure: history simply ends there.
    pub fn failure(&self) -> Option<String> {
        let mutex = self.inner.get()?.as_ref()?;
        let guard = match mutex.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        guard.failure.clone()
    }

    fn with_inner<T>(&self, f: impl FnOnce(&mut Inner) -> T) -> Option<T> {
        let cell = self.inner.get_or_init(|| {
            // Like git, trust the object store: re-hashing every object read
            // (libgit2's default) costs a fifth of a history walk.
            git2::opts::strict_hash_verification(false);
            let repo = self.open_at.open().ok()?;
            let start = match self.rev {
                Some(oid) => oid,
                // An unborn HEAD (no commit yet): no history at all.
                None => repo.head().ok()?.peel_to_commit().ok()?.id(),
            };
            let single_commit = repo
                .find_commit(start)
                .map(|c| c.parent_count() == 0)
                .unwrap_or(true);
            Some(Mutex::new(Inner {
                failure: None,
                cited_files: HashMap::new(),
                versions: HashMap::new(),
                texts: HashMap::new(),
                doc_versions: HashMap::new(),
                line_counts: HashMap::new(),
                moved_from: HashMap::new(),
                single_commit,
                repo,
                start,
                commits: HashMap::new(),
                walk: TouchWalk::default(),
                renames: RenameWalk::default(),
                chain: Vec::new(),
                attributed: HashMap::new(),
            }))
        });
        let mutex = cell.as_ref()?;
        let mut guard = match mutex.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        Some(f(&mut guard))
    }

    /// Where git history says `path` (a file, or a folder with or without its
    /// trailing `/`) was moved: the path at the end of its chain of renames,
    /// and the commit that first moved it. The first-parent history is read
    /// newest first, only in the folders on the way to asked-for paths (see
    /// `history/renames.rs`); git's rename detection runs only on a commit
    /// that deleted an asked-for path (so a rename made on a branch is named
    /// by its merge). A later rename of the new path is one made in that
    /// commit or after it. A path that was never deleted reads its folders'
    /// versions over the whole first-parent history, once per run. The caller
    /// decides whether the new path is present (a file renamed and later
    /// deleted is missing).
    pub fn renamed(&self, path: &str) -> Option<Renamed> {
        self.with_inner(|inner| inner.renamed(path)).flatten()
    }

    /// The newest first-parent commit that deleted `path` (a file or folder;
    /// a rename deletes the old path): the path existed once. Shares the walk
    /// of [`History::renamed`], so asking after it costs nothing more.
    pub fn deleted(&self, path: &str) -> Option<CommitInfo> {
        self.with_inner(|inner| {
            let key = path.trim_end_matches('/');
            let oid = inner
                .renames
                .deleted(&inner.repo, inner.start, key, usize::MAX)?;
            inner.commit_info(oid)
        })
        .flatten()
    }

    /// Where document `doc` stood before git history moved it to its path
    /// (`git mv docs/tasks/x.md docs/done/x.md`): the first-parent commit
    /// that wrote its oldest version at this path (its versions read back as
    /// [`History::fitted_when_written`] reads them), when git's rename
    /// detection says that commit moved it there, or moved elsewhere the file
    /// it added there a copy of (the same blob). None when it was written
    /// where it is, or is not committed. One move back; cached by path.
    pub fn moved_from(&self, doc: &str) -> Option<String> {
        self.with_inner(|inner| {
            if let Some(known) = inner.moved_from.get(doc) {
                return known.clone();
            }
            let old = inner.created(doc).and_then(|oid| {
                let blob = inner.blob_at(oid, doc)?;
                // Where a list of renames (old path, new path) says `doc`
                // came from: its own pair, or the pair of a file of its name
                // the commit added with the same blob (a copy made as the
                // file moved elsewhere: `docs/guide.md` moved to
                // `site/archive/`, the same blob added at
                // `docs/archive/guide.md`; git pairs the old path with one
                // of the two).
                let name = doc.rsplit('/').next().unwrap_or(doc);
                let from = |inner: &Inner, renames: &[(String, String)]| {
                    renames
                        .iter()
                        .find(|(_, new)| new == doc)
                        .or_else(|| {
                            renames.iter().find(|(_, new)| {
                                new.rsplit('/').next() == Some(name)
                                    && inner.blob_at(oid, new) == Some(blob)
                            })
                        })
                        .map(|(old, _)| old.clone())
                };
                // Exact renames first (blob ids compared), as `path/renamed`
                // reads a move; git's similarity detection, which reads
                // every blob a re-organising commit moved, only when they do
                // not explain it (a record moved and touched up).
                let exact = inner.renames.exact_renames(&inner.repo, oid).to_vec();
                if let Some(old) = from(inner, &exact) {
                    return Some(old);
                }
                let all = inner.renames.all_renames(&inner.repo, oid).to_vec();
                from(inner, &all)
            });
            inner.moved_from.insert(doc.to_string(), old.clone());
            old
        })
        .flatten()
    }

    /// The first-parent commit that wrote the oldest version of document
    /// `doc` at its path (its versions read back as [`History::moved_from`]
    /// reads them): when it arrived where it is. None when not committed.
    pub fn arrived(&self, doc: &str) -> Option<CommitInfo> {
        self.with_inner(|inner| {
            let created = inner.created(doc)?;
            inner.commit_info(created)
        })
        .flatten()
    }

    /// Whether `path`, missing now, existed once as document `doc` saw it:
    /// deleted on the first-parent history ([`History::deleted`]), or created
    /// and deleted on the branch whose merge brought `doc` in (viflo archived
    /// its phase records on a branch, the record citing them with them). The
    /// branch is read only when the first-parent history does not answer,
    /// and only that one branch.
    pub fn existed_for(&self, doc: &str, path: &str) -> bool {
        self.deleted(path).is_some()
            || self
                .with_inner(|inner| {
                    let key = path.trim_end_matches('/');
                    inner
                        .renames
                        .on_branch_of(&inner.repo, inner.start, doc, key)
                })
                .flatten()
                .is_some()
    }

    /// The number of lines `cited` had when document `doc` was last
    /// committed (None: no history, or not a file then). A record whose
    /// range fitted its file then was right when it was last written, and
    /// went out of date as the code moved on, not as it was written. When
    /// `cited` did not exist yet at that commit (the record was merged
    /// before the file it cites, lvjshlcxcn/ipd-requirements-system's
    /// analysis committed two hours before its component), the lines of the
    /// file's first version after it: the version the record was written
    /// against.
    pub fn lines_when_last_written(&self, doc: &str, cited: &str) -> Option<usize> {
        let touched = self.newest_touch(&[doc.to_string()]).remove(doc)?;
        // Some(None): the path was there, but not as a file.
        let then = self
            .with_inner(|inner| {
                let tree = inner.repo.find_commit(touched.oid).ok()?.tree().ok()?;
                let Ok(entry) = tree.get_path(Path::new(cited)) else {
                    return Some(None);
                };
                if entry.kind() != Some(ObjectType::Blob) {
                    return None;
                }
                let blob = inner.repo.find_blob(entry.id()).ok()?;
                Some(Some(crate::source::count_lines(blob.content())))
            })
            .flatten()?;
        if then.is_some() {
            return then;
        }
        let first = self.first_version_after(cited, touched.oid)?;
        self.with_inner(|inner| {
            let id = inner.blob_at(first.oid, cited)?;
            let blob = inner.repo.find_blob(id).ok()?;
            Some(crate::source::count_lines(blob.content()))
        })
        .flatten()
    }

    /// The number of lines of `cited` at the end of `day` (`YYYYMMDD`, the
    /// date a record's file name carries): in the newest commit of the
    /// first-parent history committed on or before that day, by the
    /// committer's own clock. A dated plan is written on its day on a
    /// branch and squash-merged later, sometimes after another change cut
    /// the file it cites (survey 92b, gaborage/go-bricks'
    /// `2026-08-16-streams-environment-port.md` citing `app/lifecycle.go:583`,
    /// 677 lines that day, merged two minutes after a refactor left 532).
    /// None when no such commit or no such file.
    pub fn lines_on_day(&self, cited: &str, day: u32) -> Option<usize> {
        self.with_inner(|inner| {
            let mut depth = 0;
            loop {
                let commit = inner.chain_at(depth)?;
                let time = inner.repo.find_commit(commit).ok()?.committer().when();
                let local = time.seconds() + i64::from(time.offset_minutes()) * 60;
                if civil_day(local) <= day {
                    return inner.lines_at(commit, cited);
                }
                depth += 1;
                if depth >= DOC_VERSION_DEPTH {
                    return None;
                }
            }
        })
        .flatten()
    }

    /// Whether `cited` had at least `end` lines in a commit that wrote a
    /// version of document `doc` holding `written` (the citation's text), on
    /// the first-parent history: the citation fitted its file on a day it was
    /// written. Versions are read newest first, and the walk stops at the
    /// first one without `written` (the citation was written after it): a
    /// range that fitted its file before it was cited says nothing. A record
    /// whose later edits only renamed things (a sweep across the tree) keeps
    /// the ranges it was written with, and those fitted the code of its day.
    /// The oldest such commit's first parent counts too: the entry was
    /// written against the working tree before that commit, which may itself
    /// have shortened the cited file (a progress entry listing a failing test
    /// at `:251` in the commit that deleted the test).
    /// A document git history moved to its path (`git mv
    /// PROJECT_AUDIT_AND_ROADMAP.md docs/ARCHIVE_PROJECT_AUDIT_AND_ROADMAP.md`,
    /// see [`History::moved_from`]) is read on at its old path, from the
    /// commit before the move: the report was written there, against the
    /// code of its day (survey 61a, danielpmadden/ReconScript's audit report,
    /// archived three days and a rewrite of its CLI later: 5 findings judged
    /// false).
    pub fn fitted_when_written(&self, doc: &str, cited: &str, written: &str, end: usize) -> bool {
        // The newest commit that touched the document: the versions newer
        // than it are all the same, and need not be read one by one.
        let newest = self
            .newest_touch(&[doc.to_string()])
            .remove(doc)
            .map(|c| c.oid);
        if self
            .with_inner(|inner| inner.fitted_when_written(doc, cited, written, end, newest))
            .unwrap_or(false)
        {
            return true;
        }
        let Some(old) = self.moved_from(doc) else {
            return false;
        };
        let Some(moved) = self.arrived(doc) else {
            return false;
        };
        self.with_inner(|inner| inner.fitted_before_move(&old, moved.oid, cited, written, end))
            .unwrap_or(false)
    }

    /// For each path (a file, or a folder: with a trailing `/`, or without one
    /// when no file has that name), the newest commit whose diff against its
    /// first parent touched it. Paths without history are absent from the map.
    pub fn newest_touch(&self, paths: &[String]) -> HashMap<String, CommitInfo> {
        self.with_inner(|inner| inner.newest_touch(paths))
            .unwrap_or_default()
    }

    /// Whether the newest commit that touched `path` is the one that added it
    /// (its first parent had no such path, or it has no parent): nobody
    /// edited the file after it was written. False without history.
    pub fn written_once(&self, path: &str) -> bool {
        self.with_inner(|inner| inner.written_once(path))
            .unwrap_or(false)
    }

    /// The committed version of `path` and how `current` (the text the run
    /// reads: working tree, index or revision) maps onto it. `known`: the
    /// blob `current` is, when the caller knows it (then a committed version
    /// that is that blob is not inflated).
    pub fn file_lines(&self, path: &str, current: &[u8], known: Option<Oid>) -> FileLines {
        let fallback = FileLines {
            path: path.to_string(),
            blob: None,
            committed_lines: 0,
            hunks: None,
        };
        self.with_inner(|inner| {
            if let Some(blob_id) = known
                && inner.blob_at(inner.start, path) == Some(blob_id)
            {
                return FileLines {
                    path: path.to_string(),
                    blob: Some(blob_id),
                    committed_lines: crate::source::count_lines(current) as u32,
                    hunks: None,
                };
            }
            inner.file_lines(path, current, false)
        })
        .unwrap_or(fallback)
    }

    /// For each citation of one document: the last commit that touched the
    /// citing lines and the newest commit that changed the cited lines after
    /// it. All citations are answered by one walk down the first-parent
    /// history, which tracks every wanted line at once and stops as soon as
    /// each citation is settled; attributions are kept for later documents.
    pub fn citations(
        &self,
        doc: &FileLines,
        queries: &[CitationQuery<'_>],
    ) -> Vec<CitationHistory> {
        self.citations_batch(&[(doc, queries)])
            .pop()
            .unwrap_or_default()
    }

    /// [`History::citations`] for many documents in ONE walk: the tracks of
    /// every document are followed together, so a run over thousands of
    /// checklists costs one pass over the history, not one per document.
    pub fn citations_batch(
        &self,
        docs: &[(&FileLines, &[CitationQuery<'_>])],
    ) -> Vec<Vec<CitationHistory>> {
        self.with_inner(|inner| inner.citations(docs))
            .unwrap_or_else(|| {
                docs.iter()
                    .map(|(_, q)| vec![CitationHistory::default(); q.len()])
                    .collect()
            })
    }

    /// Whether commit `a` is newer than commit `b`: later by commit time, or at
    /// the same time a descendant of it.
    pub fn is_newer(&self, a: &CommitInfo, b: &CommitInfo) -> bool {
        if a.oid == b.oid {
            return false;
        }
        if a.time != b.time {
            return a.time > b.time;
        }
        self.with_inner(|inner| {
            inner
                .repo
                .graph_descendant_of(a.oid, b.oid)
                .unwrap_or(false)
        })
        .unwrap_or(false)
    }
}

impl Inner {
    fn block_fate(
        &mut self,
        path: &str,
        then: Option<&str>,
        at: Oid,
        ranges: &[LineRange],
    ) -> Option<Fate> {
        let version = self.versions_between(then.unwrap_or(path), at, path)?;
        crate::blocks::follow_lines(&version.old, &version.new, &version.hunks, ranges)
    }

    fn block_fate_clamped(
        &mut self,
        path: &str,
        then: Option<&str>,
        at: Oid,
        ranges: &[LineRange],
    ) -> Option<Fate> {
        let version = self.versions_between(then.unwrap_or(path), at, path)?;
        let old_len = u32::try_from(version.old.len()).ok()?;
        let clamped: Vec<LineRange> = ranges
            .iter()
            .filter(|r| r.start <= old_len)
            .map(|r| LineRange::new(r.start, r.end.min(old_len)))
            .collect();
        if clamped.is_empty() {
            return None;
        }
        crate::blocks::follow_lines(&version.old, &version.new, &version.hunks, &clamped)
    }

    fn read_at(
        &mut self,
        path: &str,
        at: Oid,
        ranges: &[LineRange],
        hint: impl FnOnce() -> Hint,
    ) -> ReadAt {
        let Some(parent) = self
            .repo
            .find_commit(at)
            .ok()
            .and_then(|c| c.parent_id(0).ok())
        else {
            return ReadAt::Written;
        };
        let (Some(now), Some(before)) = (self.blob_at(at, path), self.blob_at(parent, path)) else {
            return ReadAt::Written;
        };
        if now == before || ranges.is_empty() {
            return ReadAt::Written;
        }
        let (Some(new), Some(old)) = (self.text(path, now, at), self.text(path, before, parent))
        else {
            return ReadAt::Written;
        };
        let cited = |lines: &Lines| -> Option<Vec<u8>> {
            let mut out = Vec::new();
            for r in ranges {
                for n in r.start..=r.end {
                    out.extend_from_slice(lines.get((n as usize).checked_sub(1)?)?);
                    out.push(b'\n');
                }
            }
            Some(out)
        };
        let (Some(written), Some(before_text)) = (cited(&new), cited(&old)) else {
            return ReadAt::Written;
        };
        if written == before_text {
            return ReadAt::Written;
        }
        // A long range holds too many words for a sentence's words to tell the
        // versions apart (survey 61a, bascula-cam's README cites 84 lines of an
        // installer whose `dtparam=audio=on` handling the same commit moved
        // out of them, and describes it): it is read where it was written.
        let cited_lines: u32 = ranges
            .iter()
            .map(|r| r.end.saturating_sub(r.start) + 1)
            .sum();
        if cited_lines > MAX_HINTED_LINES {
            return ReadAt::Unsure;
        }
        // The hint is lowercased; so is the text it is looked for in. Words
        // found in both versions say nothing; a quoted identifier weighs as
        // much as two prose words, and it takes that much, on one side only,
        // to decide (a table row's `allow-list` is no quote of `def allow`:
        // survey 65c, ikanisa/prisma).
        let (written, before_text) = (
            written.to_ascii_lowercase(),
            before_text.to_ascii_lowercase(),
        );
        let hint = hint();
        let has = |text: &[u8], w: &String| memchr::memmem::find(text, w.as_bytes()).is_some();
        let weigh = |one: &[u8], other: &[u8]| -> usize {
            let only = |w: &&String| has(one, w) && !has(other, w);
            2 * hint.code.iter().filter(only).count() + hint.prose.iter().filter(only).count()
        };
        match (weigh(&written, &before_text), weigh(&before_text, &written)) {
            (0, b) if b >= 2 => ReadAt::Parent(parent),
            (w, 0) if w >= 2 => ReadAt::Written,
            _ => ReadAt::Unsure,
        }
    }

    /// The version of `path` in commit `at` and of `now_path` in the start
    /// commit, and the diff between them (cached by blob pair).
    fn versions_between(&mut self, path: &str, at: Oid, now_path: &str) -> Option<Arc<Versions>> {
        let then = self.blob_at(at, path)?;
        let now = self.blob_at(self.start, now_path)?;
        let key = (then, now);
        let version = match self.versions.get(&key) {
            Some(v) => v.clone(),
            None => {
                let old = self.text(path, then, at);
                let new = self.text(now_path, now, self.start);
                let v = (|| {
                    let (old, new) = (old?, new?);
                    let hunks = if then == now {
                        Vec::new()
                    } else {
                        crate::blocks::line_hunks(old.text(), new.text()).ok()?
                    };
                    Some(Arc::new(Versions { old, new, hunks }))
                })();
                self.versions.insert(key, v.clone());
                v
            }
        }?;
        Some(version)
    }

    /// Blob `oid` (of `path` in `commit`) split into lines, read once per run.
    /// None when it cannot be read (the run then fails: see [`History::failure`]).
    fn text(&mut self, path: &str, oid: Oid, commit: Oid) -> Option<Arc<Lines>> {
        if let Some(t) = self.texts.get(&oid) {
            return Some(t.clone());
        }
        match self.repo.find_blob(oid) {
            Ok(b) => {
                let t = Arc::new(Lines::new(b.content().to_vec()));
                self.texts.insert(oid, t.clone());
                Some(t)
            }
            Err(e) => {
                let f = blob_failure(path, commit, &e);
                self.failure.get_or_insert(f);
                None
            }
        }
    }

    /// Whether the `ranges` of `path` in commit `a` still stood at their
    /// numbers in commit `b`: unchanged, or edited in place (its first and
    /// last surviving lines where they were, or none left to say where it
    /// went); false when it moved. None when a version cannot be read or the
    /// ranges did not fit `a`.
    fn stood_at_numbers(
        &mut self,
        path: &str,
        a: Oid,
        b: Oid,
        ranges: &[LineRange],
    ) -> Option<bool> {
        let (first, last) = (ranges.first()?, ranges.last()?);
        let old_blob = self.blob_at(a, path)?;
        let new_blob = self.blob_at(b, path)?;
        if old_blob == new_blob {
            return Some(true);
        }
        let old = self.text(path, old_blob, a)?;
        let new = self.text(path, new_blob, b)?;
        let hunks = crate::blocks::line_hunks(old.text(), new.text()).ok()?;
        Some(
            match crate::blocks::follow_lines(&old, &new, &hunks, ranges)? {
                Fate::Same => true,
                Fate::Shifted(_) => false,
                // Edited where it stood (or none of it left to say where
                // it went): the line's edit re-read it.
                Fate::Changed(ch) => ch
                    .now
                    .is_none_or(|now| now == LineRange::new(first.start, last.end)),
            },
        )
    }

    /// The blob of `path` in commit `at` (not a symlink, not a folder).
    fn blob_at(&self, at: Oid, path: &str) -> Option<Oid> {
        self.repo
            .find_commit(at)
            .and_then(|c| c.tree())
            .and_then(|t| t.get_path(Path::new(path)))
            .ok()
            .filter(|e| e.kind() == Some(ObjectType::Blob) && e.filemode() != 0o120000)
            .map(|e| e.id())
    }

    fn commit_info(&mut self, oid: Oid) -> Option<CommitInfo> {
        if let Some(c) = self.commits.get(&oid) {
            return Some(c.clone());
        }
        let commit = self.repo.find_commit(oid).ok()?;
        let short = commit
            .as_object()
            .short_id()
            .ok()
            .and_then(|b| std::str::from_utf8(&b).ok().map(str::to_string))
            .unwrap_or_else(|| oid.to_string()[..7].to_string());
        let info = CommitInfo {
            oid,
            time: commit.time().seconds(),
            summary: String::from_utf8_lossy(commit.summary_bytes().unwrap_or_default())
                .into_owned(),
            short,
        };
        self.commits.insert(oid, info.clone());
        Some(info)
    }

    fn renamed(&mut self, path: &str) -> Option<Renamed> {
        let key = path.trim_end_matches('/');
        let (first, oid, mut depth) = self.renames.moved(&self.repo, self.start, key)?;
        // Follow a chain of later renames (their deletions are newer, or in
        // the same commit).
        let mut to = first;
        let mut seen: HashSet<String> = HashSet::from([key.to_string()]);
        while let Some((next, d)) = self.renames.moved_again(&self.repo, self.start, &to, depth) {
            if !seen.insert(to.clone()) {
                break;
            }
            to = next;
            depth = d;
        }
        if path.ends_with('/') {
            to.push('/');
        }
        Some(Renamed {
            to,
            commit: self.commit_info(oid)?,
        })
    }

    fn newest_touch(&mut self, paths: &[String]) -> HashMap<String, CommitInfo> {
        let mut found: HashMap<String, Oid> = HashMap::new();
        let mut remaining: Vec<&String> = paths.iter().collect();
        loop {
            remaining.retain(|p| match self.walk.lookup(p) {
                Some(oid) => {
                    found.insert((*p).clone(), oid);
                    false
                }
                None => true,
            });
            if remaining.is_empty() || !self.walk.step(&self.repo, self.start) {
                break;
            }
        }
        found
            .into_iter()
            .filter_map(|(p, oid)| Some((p, self.commit_info(oid)?)))
            .collect()
    }

    fn written_once(&mut self, path: &str) -> bool {
        let Some(info) = self.newest_touch(&[path.to_string()]).remove(path) else {
            return false;
        };
        let Ok(commit) = self.repo.find_commit(info.oid) else {
            return false;
        };
        match commit.parent(0) {
            Err(_) => true,
            Ok(parent) => parent
                .tree()
                .is_ok_and(|t| t.get_path(std::path::Path::new(path)).is_err()),
        }
    }

    fn citations(
        &mut self,
        docs: &[(&FileLines, &[CitationQuery<'_>])],
    ) -> Vec<Vec<CitationHistory>> {
        let mut walk = LineWalk::default();
        // Per query (all documents, in order): its citing tracks and cited tracks (None: nothing to ask).
        let total: usize = docs.iter().map(|(_, q)| q.len()).sum();
        let mut asked: Vec<Option<Query>> = Vec::with_capacity(total);
        // The tracks of cited ranges, by (path, ranges): the same lines cited
        // by thousands of citations are looked up once (None: no cited line
        // is committed).
        type Ranges = Vec<(u32, u32)>;
        let mut cited_tracks: rustc_hash::FxHashMap<(&str, Ranges), Option<Rc<[usize]>>> =
            rustc_hash::FxHashMap::default();
        for (doc, queries) in docs {
            for q in queries.iter() {
                let citing: Option<Vec<u32>> =
                    q.citing.iter().map(|&n| doc.committed_line(n)).collect();
                let (Some(citing), Some(_)) = (citing, q.cited.blob) else {
                    asked.push(None);
                    continue;
                };
                let key = (
                    q.cited.path.as_str(),
                    q.ranges.iter().map(|r| (r.start, r.end)).collect(),
                );
                let cited = match cited_tracks.get(&key) {
                    Some(c) => c.clone(),
                    None => {
                        let lines: Vec<u32> = if q.ranges.is_empty() {
                            vec![WHOLE_FILE]
                        } else {
                            q.ranges
                                .iter()
                                .flat_map(|r| r.start..=r.end)
                                .filter_map(|n| q.cited.committed_line(n))
                                .collect()
                        };
                        let c = (!lines.is_empty()).then(|| {
                            let p = walk.path_id(&q.cited.path);
                            // The path's earlier attributions, looked up once per
                            // citation, not once per line.
                            let known = self.attributed.get(&q.cited.path);
                            lines
                                .into_iter()
                                .map(|l| walk.track(p, l, known))
                                .collect::<Rc<[usize]>>()
                        });
                        cited_tracks.insert(key, c.clone());
                        c
                    }
                };
                let Some(cited) = cited else {
                    asked.push(None);
                    continue;
                };
                let p = walk.path_id(&doc.path);
                let known = self.attributed.get(&doc.path);
                let citing = citing
                    .into_iter()
                    .map(|l| walk.track(p, l, known))
                    .collect();
                asked.push(Some((citing, cited)));
            }
        }

        // Depth `d` of the first-parent chain is processed at step d; a track's
        // depth (walked or cached) counts once the walk has passed it.
        let newest = |tracks: &[Track], ids: &[usize], done: usize| {
            ids.iter()
                .filter_map(|&i| tracks[i].depth())
                .filter(|&k| k < done)
                .min()
        };
        // Which tracks still matter: a citation whose citing commit is not
        // found needs its citing lines, and its cited lines until one changes.
        // Kept incrementally (a run may ask about hundreds of thousands of
        // citations): a hit only re-evaluates the citations that use the track.
        let ntracks = walk.tracks.len();
        // The queries of each track, flat: those of track `t` are
        // `refs[first[t]..first[t + 1]]` (a list per track cost 24 bytes a
        // track before its first query).
        let mut first = vec![0u32; ntracks + 1];
        for (citing, cited) in asked.iter().flatten() {
            for &t in citing.iter().chain(cited.iter()) {
                first[t + 1] += 1;
            }
        }
        for t in 0..ntracks {
            first[t + 1] += first[t];
        }
        let mut refs = vec![0u32; first[ntracks] as usize];
        let mut fill = first.clone();
        for (qi, a) in asked.iter().enumerate() {
            if let Some((citing, cited)) = a {
                for &t in citing.iter().chain(cited.iter()) {
                    refs[fill[t] as usize] = qi as u32;
                    fill[t] += 1;
                }
            }
        }
        drop(fill);
        let refs_of = |t: usize| &refs[first[t] as usize..first[t + 1] as usize];
        // Per query: (settled, cited change found).
        let state_of = |tracks: &[Track], q: &Query, done: usize| {
            (
                newest(tracks, &q.0, done).is_some(),
                newest(tracks, &q.1, done).is_some(),
            )
        };
        // Whether track `t` of the query (a cited one or a citing one) still matters.
        let contributes = |q: &Query, st: (bool, bool), t: usize, cited: bool| -> bool {
            !st.0 && (!cited || !st.1 || q.0.contains(&t))
        };
        let mut states: Vec<(bool, bool)> = asked
            .iter()
            .map(|a| {
                a.as_ref()
                    .map(|q| state_of(&walk.tracks, q, 0))
                    .unwrap_or((true, true))
            })
            .collect();
        let mut need = vec![0u32; ntracks];
        for (qi, a) in asked.iter().enumerate() {
            if let Some(q) = a {
                for (t, cited) in tracks_of(q) {
                    if contributes(q, states[qi], t, cited) {
                        need[t] += 1;
                    }
                }
            }
        }
        let needed: Vec<bool> = need.iter().map(|&n| n > 0).collect();
        walk.set_live(&needed);
        // Cached attributions count once the walk passes their depth.
        let mut cached_at: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, t) in walk.tracks.iter().enumerate() {
            if let Some(k) = t.depth() {
                cached_at.entry(k).or_default().push(i);
            }
        }
        let mut done = 0usize;
        let mut finished = false;
        let progress = crate::progress::Progress::commits();
        loop {
            progress.inc();
            if walk.live.is_empty() {
                finished = true;
                break;
            }
            let Some(oid) = self.chain_at(done) else {
                break;
            };
            let mut hits = match walk.step(&self.repo, oid, done) {
                Ok(h) => h,
                Err(_) => {
                    if let Some(f) = walk.blob_failure.take() {
                        self.failure.get_or_insert(f);
                    }
                    break;
                }
            };
            if let Some(c) = cached_at.get(&done) {
                hits.extend(c);
            }
            done += 1;
            if hits.is_empty() {
                continue;
            }
            let mut affected: Vec<usize> = hits
                .iter()
                .flat_map(|&t| refs_of(t).iter().map(|&q| q as usize))
                .collect();
            affected.sort_unstable();
            affected.dedup();
            let mut dropped: Vec<usize> = hits.clone();
            for qi in affected {
                let Some(q) = &asked[qi] else { continue };
                let old = states[qi];
                if old.0 {
                    continue;
                }
                let new = state_of(&walk.tracks, q, done);
                if new == old {
                    continue;
                }
                for (t, cited) in tracks_of(q) {
                    let (was, is) = (contributes(q, old, t, cited), contributes(q, new, t, cited));
                    if was && !is {
                        need[t] -= 1;
                        if need[t] == 0 {
                            dropped.push(t);
                        }
                    }
                }
                states[qi] = new;
            }
            walk.drop_live(&dropped);
        }
        let done = if finished { usize::MAX } else { done };

        let mut found: Vec<(usize, u32, usize)> = walk
            .tracks
            .iter()
            .filter_map(|t| Some((t.path(), t.line, t.depth()?)))
            .collect();
        found.sort_unstable_by_key(|&(p, _, _)| p);
        for group in found.chunk_by(|a, b| a.0 == b.0) {
            let known = self
                .attributed
                .entry(walk.paths[group[0].0].clone())
                .or_default();
            for &(_, line, k) in group {
                known.entry(line).or_insert(k);
            }
        }
        let mut out = Vec::with_capacity(total);
        for a in &asked {
            let Some((citing, cited)) = a else {
                out.push(CitationHistory::default());
                continue;
            };
            let Some(c) = newest(&walk.tracks, citing, done) else {
                out.push(CitationHistory::default());
                continue;
            };
            let change = newest(&walk.tracks, cited, done).filter(|&m| m <= c);
            let info = |inner: &mut Inner, k: usize| {
                inner
                    .chain
                    .get(k)
                    .copied()
                    .and_then(|o| inner.commit_info(o))
            };
            // The cited file's path in the citing commit: before the newest
            // rename the walk followed that is newer than that commit.
            let cited_then = cited.first().and_then(|&t| {
                let start = walk.tracks[t].path();
                walk.moves
                    .iter()
                    .filter(|(s, d, _)| *s == start && *d < c)
                    .max_by_key(|(_, d, _)| *d)
                    .map(|(_, _, old)| old.clone())
            });
            out.push(CitationHistory {
                citing: info(self, c),
                change: change.and_then(|m| info(self, m)),
                cited_then,
            });
        }
        // Split the flat answers back per document.
        let mut rest = out.into_iter();
        docs.iter()
            .map(|(_, q)| rest.by_ref().take(q.len()).collect())
            .collect()
    }

    /// See [`History::fitted_when_written`]; `newest` is the newest commit
    /// that touched `doc`.
    fn fitted_when_written(
        &mut self,
        doc: &str,
        cited: &str,
        written: &str,
        end: usize,
        newest: Option<Oid>,
    ) -> bool {
        let mut i = 0;
        // The oldest version holding the citation: the commit that wrote it.
        let mut wrote: Option<Oid> = None;
        loop {
            let holds = self.doc_version(doc, i, newest).filter(|&(_, blob)| {
                self.repo
                    .find_blob(blob)
                    .is_ok_and(|b| memchr::memmem::find(b.content(), written.as_bytes()).is_some())
            });
            let Some((commit, _)) = holds else {
                // The entry was written against the working tree before the
                // commit that wrote it: a range that fitted the cited file at
                // its parent was right then (a failing test listed by the
                // progress entry whose commit deleted it; survey 24).
                let parents: Vec<Oid> = wrote
                    .and_then(|c| self.repo.find_commit(c).ok())
                    .map(|c| c.parent_ids().collect())
                    .unwrap_or_default();
                if parents
                    .first()
                    .is_some_and(|&parent| self.lines_at(parent, cited) >= Some(end))
                {
                    return true;
                }
                // A merge brought the entry in: it was written on the merged
                // branch, against that branch's code (survey 91a,
                // ddaanet/claudeutils' review written where settings.json had
                // 204 lines, merged into a main that had cut it to 112).
                return parents
                    .get(1)
                    .is_some_and(|&side| self.fitted_on_branch(doc, cited, written, end, side));
            };
            wrote = Some(commit);
            if self.lines_at(commit, cited) >= Some(end) {
                return true;
            }
            i += 1;
        }
    }

    /// See [`History::fitted_when_written`]: the versions of `doc` on a
    /// merged branch, read back from `tip` (the merge's second parent) along
    /// first parents while they hold `written`, and the parent of the oldest.
    fn fitted_on_branch(
        &mut self,
        doc: &str,
        cited: &str,
        written: &str,
        end: usize,
        tip: Oid,
    ) -> bool {
        let next = |inner: &mut Self, prev: Option<Oid>| match prev {
            None => Some(tip),
            Some(c) => inner.repo.find_commit(c).ok()?.parent_id(0).ok(),
        };
        self.fitted_along(doc, next, cited, written, end)
    }

    /// See [`History::fitted_when_written`]: the versions of a moved
    /// document at its old path `old`, read back on the first-parent chain
    /// from the parent of `moved` (the commit that moved it) while they hold
    /// `written`, and the parent of the oldest of them.
    fn fitted_before_move(
        &mut self,
        old: &str,
        moved: Oid,
        cited: &str,
        written: &str,
        end: usize,
    ) -> bool {
        let Some(mut depth) = (0..DOC_VERSION_DEPTH)
            .map_while(|d| self.chain_at(d).map(|c| (d, c)))
            .find(|&(_, c)| c == moved)
            .map(|(d, _)| d)
        else {
            return false;
        };
        let next = |inner: &mut Self, _: Option<Oid>| {
            depth += 1;
            inner.chain_at(depth)
        };
        self.fitted_along(old, next, cited, written, end)
    }

    /// The versions of `path` at the commits `next` gives (newest first,
    /// each from the one before), read while they hold `written`: whether
    /// `cited` had at least `end` lines at one of them, or at the first
    /// parent of the oldest (the entry was written against the tree before
    /// the commit that wrote it).
    fn fitted_along(
        &mut self,
        path: &str,
        mut next: impl FnMut(&mut Self, Option<Oid>) -> Option<Oid>,
        cited: &str,
        written: &str,
        end: usize,
    ) -> bool {
        let mut wrote: Option<Oid> = None;
        // The blob last read, and whether it held the citation.
        let mut seen: Option<(Oid, bool)> = None;
        for _ in 0..DOC_VERSION_DEPTH {
            let Some(commit) = next(self, wrote) else {
                break;
            };
            let Some(blob) = self.blob_at(commit, path) else {
                break;
            };
            let holds = match seen {
                Some((b, holds)) if b == blob => holds,
                _ => {
                    let holds = self.repo.find_blob(blob).is_ok_and(|b| {
                        memchr::memmem::find(b.content(), written.as_bytes()).is_some()
                    });
                    seen = Some((blob, holds));
                    holds
                }
            };
            if !holds {
                break;
            }
            wrote = Some(commit);
            if self.lines_at(commit, cited) >= Some(end) {
                return true;
            }
        }
        wrote
            .and_then(|c| self.repo.find_commit(c).ok()?.parent_id(0).ok())
            .is_some_and(|parent| self.lines_at(parent, cited) >= Some(end))
    }

    /// The number of lines of `path` at `commit` (None: not a file there).
    fn lines_at(&mut self, commit: Oid, path: &str) -> Option<usize> {
        let blob = self.blob_at(commit, path)?;
        if let Some(&n) = self.line_counts.get(&blob) {
            return Some(n);
        }
        let n = self
            .repo
            .find_blob(blob)
            .map_or(0, |b| crate::source::count_lines(b.content()));
        self.line_counts.insert(blob, n);
        Some(n)
    }

    /// The `i`-th version of document `doc`, newest first (see
    /// [`DocVersions`]), reading the chain back as far as needed.
    fn doc_version(&mut self, doc: &str, i: usize, newest: Option<Oid>) -> Option<(Oid, Oid)> {
        let mut state = self.doc_versions.remove(doc).unwrap_or_default();
        if state.depth == 0
            && let Some(touch) = newest
            && let Some(blob) = self.blob_at(touch, doc)
        {
            // Skip to the newest touch when it is on the first-parent chain
            // and holds the version the start commit has.
            let start_blob = self.chain_at(0).and_then(|c| self.blob_at(c, doc));
            let depth = (0..DOC_VERSION_DEPTH)
                .map_while(|d| self.chain_at(d).map(|c| (d, c)))
                .find(|&(_, c)| c == touch)
                .map(|(d, _)| d);
            if let Some(d) = depth
                && start_blob == Some(blob)
            {
                state.run = Some((touch, blob));
                state.depth = d + 1;
            }
        }
        while state.versions.len() <= i && !state.done {
            let at = if state.depth < DOC_VERSION_DEPTH {
                self.chain_at(state.depth)
            } else {
                None
            };
            let Some(commit) = at else {
                state.versions.extend(state.run.take());
                state.done = true;
                break;
            };
            state.depth += 1;
            let blob = self.blob_at(commit, doc);
            match (state.run, blob) {
                (Some((_, run_blob)), Some(b)) if run_blob == b => state.run = Some((commit, b)),
                (run, blob) => {
                    state.versions.extend(run);
                    match blob {
                        Some(b) => state.run = Some((commit, b)),
                        None => {
                            state.run = None;
                            state.done = true;
                        }
                    }
                }
            }
        }
        let found = state.versions.get(i).copied();
        self.doc_versions.insert(doc.to_string(), state);
        found
    }

    /// The first-parent commit that wrote the oldest version of document
    /// `doc` at its path, its versions read back as [`Inner::doc_version`]
    /// reads them (to [`DOC_VERSION_DEPTH`] commits): the commit that added
    /// it there. None when not committed.
    fn created(&mut self, doc: &str) -> Option<Oid> {
        self.renames
            .file_since(&self.repo, self.start, doc, DOC_VERSION_DEPTH)
    }

    /// The commit at `depth` of the first-parent chain from `start`.
    fn chain_at(&mut self, depth: usize) -> Option<Oid> {
        while self.chain.len() <= depth {
            let next = match self.chain.last() {
                None => self.start,
                Some(&last) => self.repo.find_commit(last).ok()?.parent_id(0).ok()?,
            };
            self.chain.push(next);
        }
        Some(self.chain[depth])
    }

    /// `keep`: keep the committed text for later reads (a cited file; not
    /// the document, whose text is read once).
    /// [`Inner::file_lines`] of a cited file, its committed text kept. When
    /// `known` says `current` is the committed blob, that blob is not
    /// inflated: `current` is kept as its text.
    fn cited_lines(&mut self, path: &str, current: Vec<u8>, known: Option<Oid>) -> FileLines {
        if let Some(blob_id) = known
            && self.blob_at(self.start, path) == Some(blob_id)
        {
            let committed_lines = crate::source::count_lines(&current) as u32;
            self.texts
                .entry(blob_id)
                .or_insert_with(|| Arc::new(Lines::new(current)));
            return FileLines {
                path: path.to_string(),
                blob: Some(blob_id),
                committed_lines,
                hunks: None,
            };
        }
        self.file_lines(path, &current, true)
    }

    fn file_lines(&mut self, path: &str, current: &[u8], keep: bool) -> FileLines {
        let mut out = FileLines {
            path: path.to_string(),
            blob: None,
            committed_lines: 0,
            hunks: None,
        };
        let Some(blob_id) = self
            .repo
            .find_commit(self.start)
            .and_then(|c| c.tree())
            .and_then(|t| t.get_path(Path::new(path)))
            .ok()
            .filter(|e| e.kind() == Some(ObjectType::Blob) && e.filemode() != 0o120000)
            .map(|e| e.id())
        else {
            return out;
        };
        let kept;
        let read;
        let content: &[u8] = if keep {
            match self.text(path, blob_id, self.start) {
                Some(t) => {
                    kept = t;
                    kept.text()
                }
                None => return out,
            }
        } else {
            match self.repo.find_blob(blob_id) {
                Ok(b) => {
                    read = b;
                    read.content()
                }
                Err(e) => {
                    let f = blob_failure(path, self.start, &e);
                    self.failure.get_or_insert(f);
                    return out;
                }
            }
        };
        out.blob = Some(blob_id);
        out.committed_lines = crate::source::count_lines(content) as u32;
        // Unchanged: compare bytes (cheaper than hashing the current text).
        if content == current {
            return out;
        }
        let Ok(hunks) = crate::blocks::line_hunks(content, current) else {
            out.blob = None;
            return out;
        };
        out.hunks = Some(hunks);
        out
    }
}

/// A citation's tracks in a walk: (citing lines, cited lines).
type Query = (Vec<usize>, Rc<[usize]>);

/// A query's tracks, each with whether it is a cited one.
fn tracks_of(q: &Query) -> impl Iterator<Item = (usize, bool)> + '_ {
    q.0.iter()
        .map(|&t| (t, false))
        .chain(q.1.iter().map(|&t| (t, true)))
}

/// The "line" of a track that follows a whole file.
const WHOLE_FILE: u32 = 0;

/// One line (or a whole file) followed down the first-parent history.
/// Why the blob of `path` in `commit` could not be read, in words.
fn blob_failure(path: &str, commit: Oid, e: &git2::Error) -> String {
    format!(
        "the blob of `{path}` in commit {commit} is not readable ({}; a partial or blobless clone?), so stale citations cannot be judged",
        e.message()
    )
}

struct Track {
    /// Its path in the start commit (an index in [`LineWalk::paths`]).
    path: u32,
    /// Its path in the version being walked (another when the file was
    /// renamed: the walk follows it, as `git blame -M` does).
    at: u32,
    /// The line in the start commit's version ([`WHOLE_FILE`]: the whole file).
    line: u32,
    /// Its line in the version being walked.
    pos: u32,
    /// Chain depth of the commit that last changed it, once found
    /// ([`Track::UNSEEN`] until then). 20 bytes a track: a run may follow
    /// millions of lines.
    depth: u32,
}

impl Track {
    const UNSEEN: u32 = u32::MAX;

    fn depth(&self) -> Option<usize> {
        (self.depth != Self::UNSEEN).then_some(self.depth as usize)
    }

    fn attribute(&mut self, depth: usize) {
        self.depth = u32::try_from(depth).unwrap_or(Self::UNSEEN - 1);
    }

    fn path(&self) -> usize {
        self.path as usize
    }

    fn at(&self) -> usize {
        self.at as usize
    }
}

/// The tracks of one [`History::citations`] call.
#[derive(Default)]
struct LineWalk {
    paths: Vec<String>,
    /// Path → index in `paths`.
    path_ids: HashMap<String, usize>,
    tracks: Vec<Track>,
    by_key: rustc_hash::FxHashMap<(u32, u32), usize>,
    /// The tracks followed, by path: (path, track ids), sorted by path.
    live: Vec<(usize, Vec<usize>)>,
    /// Why a blob the walk needed could not be read.
    blob_failure: Option<String>,
    /// Commit → the renames git's detection finds in it (asked only of a
    /// commit that added a followed path).
    renames: HashMap<Oid, Vec<(String, String)>>,
    /// Renames followed: (path in the start commit, chain depth of the commit
    /// that moved it, the path before that commit).
    moves: Vec<(usize, usize, String)>,
    /// Path → the older blob its last diff read: walking down the history,
    /// a file's older version at one commit is its newer version at the next
    /// commit that changed it, so each version is inflated once, not twice.
    older: HashMap<String, (Oid, Arc<[u8]>)>,
}

impl LineWalk {
    fn path_id(&mut self, path: &str) -> usize {
        match self.path_ids.get(path) {
            Some(&p) => p,
            None => {
                self.paths.push(path.to_string());
                self.path_ids.insert(path.to_string(), self.paths.len() - 1);
                self.paths.len() - 1
            }
        }
    }

    /// The track of `line` of path `p` (a [`LineWalk::path_id`]: a
    /// document's citations may name millions of lines, and the path is
    /// looked up once per citation, not once per line).
    fn track(&mut self, p: usize, line: u32, cached: Option<&HashMap<u32, usize>>) -> usize {
        *self.by_key.entry((p as u32, line)).or_insert_with(|| {
            let mut t = Track {
                path: p as u32,
                at: p as u32,
                line,
                pos: line,
                depth: Track::UNSEEN,
            };
            if let Some(&k) = cached.and_then(|m| m.get(&line)) {
                t.attribute(k);
            }
            self.tracks.push(t);
            self.tracks.len() - 1
        })
    }

    /// Stops following these tracks. Each path's list is filtered once
    /// (filtering it once per track cost the square of a document's
    /// citations when all of them were settled at one commit).
    fn drop_live(&mut self, ids: &[usize]) {
        if ids.is_empty() {
            return;
        }
        let gone: HashSet<usize> = ids.iter().copied().collect();
        let paths: HashSet<usize> = ids.iter().map(|&i| self.tracks[i].at()).collect();
        for (p, live) in &mut self.live {
            if paths.contains(p) {
                live.retain(|x| !gone.contains(x));
            }
        }
        self.live.retain(|(_, live)| !live.is_empty());
    }

    /// Follows the tracks marked `needed` that are not attributed yet.
    fn set_live(&mut self, needed: &[bool]) {
        let mut by_path: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, t) in self.tracks.iter().enumerate() {
            if needed[i] && t.depth().is_none() {
                by_path.entry(t.at()).or_default().push(i);
            }
        }
        self.live = by_path.into_iter().collect();
        self.live.sort_unstable();
    }

    /// Processes the commit at chain depth `depth`: the live tracks it changed
    /// are attributed to it, the others move to their lines in its first parent.
    /// Returns whether any track was attributed.
    fn step(
        &mut self,
        repo: &Repository,
        oid: Oid,
        depth: usize,
    ) -> Result<Vec<usize>, git2::Error> {
        let commit = repo.find_commit(oid)?;
        let tree = commit.tree()?;
        let Ok(parent) = commit.parent(0) else {
            // A root commit adds every line.
            let mut hits = Vec::new();
            for (_, ids) in &self.live {
                for &i in ids {
                    self.tracks[i].attribute(depth);
                    hits.push(i);
                }
            }
            return Ok(hits);
        };
        let parent_tree = parent.tree()?;
        if parent_tree.id() == tree.id() {
            return Ok(Vec::new());
        }
        // Only the followed paths' folders are read (see `tree_diff`).
        let live_paths: Vec<&str> = self
            .live
            .iter()
            .map(|(p, _)| self.paths[*p].as_str())
            .collect();
        let changes = tree_diff::changed(repo, &parent_tree, &tree, &live_paths)?;
        let mut hit = Vec::new();
        // Followed paths this commit created by moving a file: (path id, old path).
        let mut moved: Vec<(usize, String)> = Vec::new();
        for change in changes {
            let li = change.index;
            let p = self.live[li].0;
            let path = self.paths[p].clone();
            let path = path.as_str();
            let hunks = if let Some((old_id, new_id)) = change.modified() {
                Some(self.hunks_between(repo, oid, path, old_id, new_id)?)
            } else if change.deleted() || !change.added() {
                // Deleted, or no file on either side.
                continue;
            } else {
                // Added: every line is new, unless the commit moved the file
                // here (`git mv`, or moved and edited): then the walk goes on
                // with the old path, as `git blame -M` does, and only the
                // lines the move edited are the commit's.
                let renames = self
                    .renames
                    .entry(oid)
                    .or_insert_with(|| detect_renames(repo, oid, false));
                let from = renames.iter().find(|(_, new)| new == path);
                let old_blob = from.and_then(|(old, _)| {
                    parent_tree
                        .get_path(Path::new(old))
                        .ok()
                        .filter(|e| e.kind() == Some(ObjectType::Blob))
                        .map(|e| (old.clone(), e.id()))
                });
                match (old_blob, change.new) {
                    (Some((old, old_id)), Some((new_id, _))) => {
                        let hunks = if old_id == new_id {
                            Vec::new()
                        } else {
                            self.hunks_between(repo, oid, path, old_id, new_id)?
                        };
                        moved.push((p, old));
                        Some(hunks)
                    }
                    // Every line is new.
                    _ => None,
                }
            };
            let ids = &self.live[li].1;
            for &i in ids {
                let t = &mut self.tracks[i];
                if t.depth().is_some() {
                    continue;
                }
                let moved = match (&hunks, t.line) {
                    (Some(h), line) if line != WHOLE_FILE => map_back(h, t.pos),
                    // A whole file moved unchanged.
                    (Some(h), _) if h.is_empty() => Some(t.pos),
                    _ => None,
                };
                match moved {
                    Some(pos) => t.pos = pos,
                    None => {
                        t.attribute(depth);
                        hit.push(i);
                    }
                }
            }
        }
        for (p, old) in moved {
            self.follow_move(p, &old, depth);
        }
        Ok(hit)
    }

    /// The line hunks between two blobs of `path` (read in commit `oid`).
    fn hunks_between(
        &mut self,
        repo: &Repository,
        oid: Oid,
        path: &str,
        old: Oid,
        new: Oid,
    ) -> Result<Hunks, git2::Error> {
        let read = |id: Oid, kept: Option<&(Oid, Arc<[u8]>)>| match kept {
            Some((k, content)) if *k == id => Ok(Arc::clone(content)),
            _ => repo.find_blob(id).map(|b| Arc::<[u8]>::from(b.content())),
        };
        let kept = self.older.remove(path);
        let blobs = read(old, kept.as_ref()).and_then(|o| read(new, kept.as_ref()).map(|n| (o, n)));
        let (old_text, new_text) = match blobs {
            Ok(b) => b,
            Err(e) => {
                self.blob_failure = Some(blob_failure(path, oid, &e));
                return Err(e);
            }
        };
        // From buffers: blobs would look up `.gitattributes` for each diff.
        let hunks = crate::blocks::line_hunks(&old_text, &new_text);
        self.older.insert(path.to_string(), (old, old_text));
        hunks
    }

    /// The live tracks of path `p`, which the commit at chain depth `depth`
    /// moved from `old`, are followed under `old` from now on.
    fn follow_move(&mut self, p: usize, old: &str, depth: usize) {
        let Ok(li) = self.live.binary_search_by_key(&p, |(q, _)| *q) else {
            return;
        };
        let (_, ids) = self.live.remove(li);
        let ids: Vec<usize> = ids
            .into_iter()
            .filter(|&i| self.tracks[i].depth().is_none())
            .collect();
        if ids.is_empty() {
            return;
        }
        let q = self.path_id(old);
        let mut starts: Vec<usize> = Vec::new();
        for &i in &ids {
            self.tracks[i].at = q as u32;
            if !starts.contains(&self.tracks[i].path()) {
                starts.push(self.tracks[i].path());
            }
        }
        for s in starts {
            self.moves.push((s, depth, old.to_string()));
        }
        match self.live.binary_search_by_key(&q, |(r, _)| *r) {
            Ok(lq) => self.live[lq].1.extend(ids),
            Err(lq) => self.live.insert(lq, (q, ids)),
        }
    }
}

/// The incremental history walk behind [`History::newest_touch`].
#[derive(Default)]
struct TouchWalk {
    started: bool,
    /// Commits to visit, newest (by commit time) first.
    queue: BinaryHeap<(i64, Oid)>,
    queued: HashSet<Oid>,
    /// File path → the newest commit that touched it.
    files: HashMap<String, Oid>,
    /// Folder path (no trailing `/`) → the newest commit that touched a file under it.
    dirs: HashMap<String, Oid>,
}

impl TouchWalk {
    fn lookup(&self, path: &str) -> Option<Oid> {
        match path.strip_suffix('/') {
            Some(dir) => self.dirs.get(dir).copied(),
            None => self
                .files
                .get(path)
                .or_else(|| self.dirs.get(path))
                .copied(),
        }
    }

    /// Visits the next commit. False when the history is exhausted.
    fn step(&mut self, repo: &Repository, start: Oid) -> bool {
        if !self.started {
            self.started = true;
            if let Ok(c) = repo.find_commit(start) {
                self.queued.insert(start);
                self.queue.push((c.time().seconds(), start));
            }
        }
        let Some((_, oid)) = self.queue.pop() else {
            return false;
        };
        let Ok(commit) = repo.find_commit(oid) else {
            return true;
        };
        for parent in commit.parents() {
            if self.queued.insert(parent.id()) {
                self.queue.push((parent.time().seconds(), parent.id()));
            }
        }
        let parent_tree = match commit.parent(0) {
            Ok(p) => match p.tree() {
                Ok(t) => Some(t),
                Err(_) => return true,
            },
            Err(_) => None,
        };
        let Ok(tree) = commit.tree() else {
            return true;
        };
        if parent_tree.as_ref().is_some_and(|p| p.id() == tree.id()) {
            return true;
        }
        let mut opts = DiffOptions::new();
        opts.skip_binary_check(true).ignore_submodules(true);
        let Ok(diff) = repo.diff_tree_to_tree(parent_tree.as_ref(), Some(&tree), Some(&mut opts))
        else {
            return true;
        };
        for delta in diff.deltas() {
            for file in [delta.old_file(), delta.new_file()] {
                if let Some(p) = file.path().and_then(Path::to_str) {
                    self.record(p, oid);
                }
            }
        }
        true
    }

    fn record(&mut self, path: &str, oid: Oid) {
        if let Entry::Vacant(v) = self.files.entry(path.to_string()) {
            v.insert(oid);
        }
        let mut p = path;
        while let Some(i) = p.rfind('/') {
            p = &p[..i];
            match self.dirs.entry(p.to_string()) {
                // Its parents were recorded with it.
                Entry::Occupied(_) => break,
                Entry::Vacant(v) => {
                    v.insert(oid);
                }
            }
        }
    }
}

/// A release's version: (major, minor, patch), a missing patch 0.
pub type Release = (u64, u64, u64);

/// The version `s` opens with (`v1.10.0`, `V2.3`, `1.7.1`: an optional `v`,
/// then two or three dot-separated numbers) and the bytes it takes; None
/// when it opens with no such version or the numbers run on (`1.2.3.4`).
pub fn release_prefix(s: &str) -> Option<(Release, usize)> {
    let b = s.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'v' | b'V')));
    let mut parts: Vec<u64> = Vec::with_capacity(3);
    loop {
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start || i - start > 9 {
            return None;
        }
        parts.push(s[start..i].parse().ok()?);
        if parts.len() < 3
            && b.get(i) == Some(&b'.')
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            i += 1;
        } else {
            break;
        }
    }
    if parts.len() < 2 || (b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit))
    {
        return None;
    }
    Some(((parts[0], parts[1], parts.get(2).copied().unwrap_or(0)), i))
}

/// The calendar day of `secs` seconds after the Unix epoch, as `YYYYMMDD`
/// (Howard Hinnant's days-to-civil).
fn civil_day(secs: i64) -> u32 {
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    u32::try_from(y * 10_000 + m * 100 + d).unwrap_or(0)
}

#[cfg(test)]
mod tests {

    use super::*;

    #[test]
    fn a_release_is_read_from_a_name_opening_with_its_version() {
        assert_eq!(release_prefix("v1.10.0-vault.md"), Some(((1, 10, 0), 7)));
        assert_eq!(release_prefix("V2.3_notes.md"), Some(((2, 3, 0), 4)));
        assert_eq!(release_prefix("1.26.0"), Some(((1, 26, 0), 6)));
        assert_eq!(release_prefix("v1.2.3.4"), None);
        assert_eq!(release_prefix("v1"), None);
        assert_eq!(release_prefix("vault-v1.2.md"), None);
        assert_eq!(release_prefix("2026-01-02-plan.md"), None);
    }

    fn lines(hunks: Option<Hunks>, committed: u32) -> FileLines {
        FileLines {
            path: "a".into(),
            blob: Some(Oid::ZERO_SHA1),
            committed_lines: committed,
            hunks,
        }
    }

    #[test]
    fn identity_mapping() {
        let f = lines(None, 10);
        assert_eq!(f.committed_line(1), Some(1));
        assert_eq!(f.committed_line(10), Some(10));
        assert_eq!(f.committed_line(11), None);
    }

    #[test]
    fn mapping_through_hunks() {
        // Two lines inserted after committed line 3; committed line 8 deleted
        // (it stood after current line 9); committed line 10 changed (current 11).
        let f = lines(Some(vec![(3, 0, 4, 2), (8, 1, 9, 0), (10, 1, 11, 1)]), 12);
        assert_eq!(f.committed_line(3), Some(3));
        assert_eq!(f.committed_line(4), None);
        assert_eq!(f.committed_line(5), None);
        assert_eq!(f.committed_line(6), Some(4));
        assert_eq!(f.committed_line(9), Some(7));
        assert_eq!(f.committed_line(10), Some(9));
        assert_eq!(f.committed_line(11), None);
        assert_eq!(f.committed_line(12), Some(11));
        assert_eq!(f.committed_line(13), Some(12));
    }

    #[test]
    fn uncommitted_file() {
        let mut f = lines(None, 3);
        f.blob = None;
        assert_eq!(f.committed_line(1), None);
    }

    fn at(secs: i64) -> String {
        utc_date(secs)
    }

    #[test]
    fn utc_dates() {
        assert_eq!(at(0), "1970-01-01");
        assert_eq!(at(-1), "1969-12-31");
        assert_eq!(at(20_414 * 86_400), "2025-11-22");
        assert_eq!(at(20_414 * 86_400 + 86_399), "2025-11-22");
        // Leap days: 2024-02-29 and 2000-02-29 exist, 1900 and 2100 have none.
        assert_eq!(at(19_782 * 86_400), "2024-02-29");
        assert_eq!(at(11_016 * 86_400), "2000-02-29");
        assert_eq!(at(-25_508 * 86_400), "1900-03-01");
        assert_eq!(at(47_541 * 86_400), "2100-03-01");
        // The ends of the range, and beyond them.
        assert_eq!(at(2_932_896 * 86_400), "9999-12-31");
        assert_eq!(at(-719_528 * 86_400), "0000-01-01");
        assert_eq!(at(i64::MAX), "9999-12-31");
        assert_eq!(at(i64::MIN), "-009999-01-01");
    }

    #[test]
    fn dates() {
        let c = CommitInfo {
            oid: Oid::ZERO_SHA1,
            time: 1_700_000_000,
            summary: String::new(),
            short: String::new(),
        };
        assert_eq!(c.date(), "2023-11-14");
    }
}
