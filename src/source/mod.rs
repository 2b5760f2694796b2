//! The repository view: one abstraction over the three places content can come
//! from (the working tree, the index, a revision's tree).
//!
//! The listing of tracked paths is built once per run, in one pass over the
//! index or the tree; every later question ("is this a file? a folder? is it
//! tracked? how many lines has it?") is answered from memory or from a cache.
//! `git` is never spawned.
//!
//! Three promises are kept here, each in one place: repositories are opened
//! by [`open_repository`] (which keeps the real work tree); files on disk are
//! resolved and read by [`disk`] (regular files inside the repository only,
//! never a look outside it); and every read goes through [`RepoView::fetch`],
//! which says why something could not be read. Reads that fail for a reason
//! other than absence are remembered ([`RepoView::problems`]) so a run can
//! refuse to say "all clear" about what it could not see.

mod clean;
pub mod disk;
pub mod index;
mod kept;
pub(crate) use kept::replace_file;
mod open;
mod path;
mod shared_path;
mod tree_ignore;

pub use clean::CleanFiles;
pub use index::{IndexEntry, StagedIndex};
pub use open::{Reopen, open_repository};
pub use path::{join_relative, normalize};
use shared_path::PathsBuilder;
pub use shared_path::SharedPath;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};
use std::sync::{Arc, Mutex, OnceLock};

use rustc_hash::FxHashMap;

use git2::{ErrorCode, ObjectType, Oid, Repository, TreeWalkMode, TreeWalkResult};

/// Where Markdown is read from and evidence is resolved against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// The working tree; tracked means "in the index".
    Worktree,
    /// The index: exactly what is being committed.
    Staged,
    /// The tree of a revision (works in a bare clone).
    Rev(String),
}

impl Mode {
    /// The `source.mode` value of the JSON output.
    pub fn name(&self) -> &'static str {
        match self {
            Mode::Worktree => "worktree",
            Mode::Staged => "index",
            Mode::Rev(_) => "rev",
        }
    }
}

/// An error opening or reading the repository (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error(
        "not inside a git repository: {0}\n  help: run checkmark inside a git work tree, or `git init` first"
    )]
    NotARepo(String),
    #[error(
        "cannot resolve revision `{rev}`: {msg}\n  help: check the name with `git rev-parse {rev}`"
    )]
    BadRev { rev: String, msg: String },
    #[error(
        "a bare repository has no working tree or index to check\n  help: use `--rev REV` (for example `--rev HEAD`)"
    )]
    Bare,
    #[error(
        "GIT_INDEX_FILE names `{path}`, which cannot be read ({msg}); nothing was checked\n  help: point GIT_INDEX_FILE at an existing index file, or unset it to use the repository's own index"
    )]
    IndexFile { path: String, msg: String },
    #[error("git error: {0}")]
    Git(#[from] git2::Error),
    #[error("{0}")]
    Io(String),
}

/// What [`RepoView::open_with`] is given besides the repository.
enum Given<'a> {
    Nothing,
    /// The index, already read.
    Index(&'a Arc<StagedIndex>),
    /// A commit whose files are those of a view with a few edits.
    Edited(Oid, &'a RepoView, ListingEdit),
}

/// How the files of one listing differ from those of another (the hook's
/// `HEAD` from its index): paths that are not there, and paths whose blob
/// and mode differ or that only this listing has.
#[derive(Debug, Default)]
pub struct ListingEdit {
    /// Paths of the other listing that this one lacks.
    pub removed: Vec<String>,
    /// (path, blob, mode) of the files this one has otherwise or in addition.
    pub changed: Vec<(String, Oid, u32)>,
}

/// What a tracked entry is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum EntryKind {
    File(Oid),
    Symlink(Oid),
    Submodule,
}

impl EntryKind {
    /// The kind of an entry with git mode `mode`.
    fn of(mode: u32, oid: Oid) -> EntryKind {
        match mode & 0o170000 {
            0o120000 => EntryKind::Symlink(oid),
            0o160000 => EntryKind::Submodule,
            _ => EntryKind::File(oid),
        }
    }
}

/// What a repository-relative path is, as seen by the current source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathState {
    /// A tracked file (after following in-repository symlinks).
    File,
    /// A folder holding at least one tracked file.
    Dir,
    /// A submodule (its content is another repository: accepted as present).
    Submodule,
    /// Present on disk but not tracked (or ignored). `dir` tells which kind.
    Untracked { dir: bool },
    /// Resolves outside the repository root (through `..` or a symlink).
    Outside,
    /// Not there at all.
    Missing,
}

/// What reading one path of the source gave.
#[derive(Debug)]
pub enum Fetched {
    /// Its content.
    Bytes(Vec<u8>),
    /// Nothing there.
    Absent,
    /// A symlink that leads out of the repository (its target text); never followed.
    Outside { target: String },
    /// A symlink that leads nowhere: dangling, a loop, or a chain longer than
    /// [`disk::MAX_HOPS`] (why, in words).
    Broken(String),
    /// Something is there but cannot be read (why, in words): not a regular
    /// file, a blob missing from a partial clone, a corrupt object, an I/O error.
    Unreadable(String),
}

/// A read-only view of one repository in one [`Mode`].
pub struct RepoView {
    repo: Mutex<Repository>,
    /// The working directory (None in a bare repository).
    workdir: Option<PathBuf>,
    /// The working tree's root for resolving paths on disk.
    root: Option<disk::Root>,
    mode: Mode,
    /// The resolved commit id in `--rev` mode.
    rev_oid: Option<Oid>,
    /// Tracked paths in byte order (folder look-ups are a binary search).
    entries: Tracked,
    /// Whether any tracked entry is a symlink (else paths need no link resolution).
    has_symlinks: bool,
    /// Whether any tracked entry is a submodule (else no folder of a path is one).
    has_submodules: bool,
    line_counts: Mutex<HashMap<String, Option<usize>>>,
    /// Answers of [`RepoView::children`], per folder.
    children: Mutex<HashMap<String, Arc<[String]>>>,
    /// Worktree mode: [`RepoView::is_ignored`]'s answers, by path (git
    /// reads the ignore rules of every folder on the way for each question).
    ignored: Mutex<HashMap<String, bool>>,
    /// Worktree mode: the status pass over the whole working tree, made the
    /// first time a question needs it (the listing of untracked files).
    status: OnceLock<WorkStatus>,
    /// The tracked files joined in one text, made the first time
    /// [`RepoView::named`] is asked (see [`Joined`]).
    joined: OnceLock<Arc<Joined>>,
    /// An edited view ([`RepoView::open_edited`]): the joined listing of the
    /// view it was made from, if made already, and the tracked files only
    /// this view has; [`RepoView::named`] searches these instead of joining
    /// a listing of its own that differs by a few paths.
    borrowed_joined: Option<(Arc<Joined>, Vec<String>)>,
    /// Worktree mode: whether a tracked path's state on disk may be learnt
    /// from that path alone (see [`RepoView::on_disk`]); else the status pass answers.
    per_path: bool,
    /// Answers of `disk_change` per path (a register names the same few files
    /// on a million rows: each is looked up on disk once).
    disk_changes: Mutex<HashMap<String, Option<OnDisk>>>,
    /// The regular files [`disk::walk`] found, per path asked: listing,
    /// de-duplicating and reading a document walk its path once. Reading
    /// re-checks the file it opens (see [`disk::read_regular`]) and walks
    /// afresh when the file is no longer the one found.
    /// (Its real path when another, and which file it is.)
    walks: Mutex<HashMap<Box<str>, Seen>>,
    /// Worktree mode: tracked paths outside a sparse checkout (skip-worktree):
    /// present in the repository, absent from the disk on purpose.
    skip_worktree: HashSet<String>,
    reopen: Reopen,
    /// Paths that are there but could not be read, and why.
    problems: Mutex<BTreeMap<String, String>>,
    /// `--rev`: the commit's `.gitignore` rules, read the first time a
    /// question needs them.
    tree_ignores: OnceLock<tree_ignore::TreeIgnores>,
    /// `--staged` (and the hook's `HEAD`): blobs whose working-tree file git
    /// takes to be the staged one are read from there (see [`CleanFiles`]).
    clean: Option<Arc<CleanFiles>>,
    /// Answers of whole-repository questions, with what answering read
    /// (see [`RepoView::memo`]).
    memos: Arc<Mutex<HashMap<&'static str, Memo>>>,
    /// An edited view that differs from the view it was made from in blobs
    /// only, with no symlink in either: that view's memos, which answer here
    /// too when they read none of the changed blobs.
    base_memos: Option<Arc<Mutex<HashMap<&'static str, Memo>>>>,
    /// What the view read while a memo was being answered.
    reads: Mutex<ReadLog>,
    /// Whether a memo is being answered (then reads are logged).
    recording: std::sync::atomic::AtomicUsize,
    /// The hook's index view: answers kept from the last run (see
    /// [`RepoView::memo_kept`]).
    kept: Option<kept::Kept>,
}

/// One answer of [`RepoView::memo`].
struct Memo {
    value: Arc<dyn std::any::Any + Send + Sync>,
    /// The paths read (asked and resolved) while it was answered, by any thread.
    reads: Vec<String>,
    /// Whether answering looked at the disk for an untracked path (which a
    /// view of a revision does not).
    disk: bool,
}

/// The reads of a view while memos are answered, per thread answering one
/// (a memo's question is answered on the thread that asks it).
#[derive(Default)]
struct ReadLog(HashMap<std::thread::ThreadId, ThreadReads>);

#[derive(Default)]
struct ThreadReads {
    /// Memos being answered on the thread (one may ask another).
    depth: usize,
    paths: Vec<String>,
    disk: usize,
}

impl RepoView {
    /// Opens the repository that contains `start` and builds the listing.
    pub fn open(start: &Path, mode: Mode) -> Result<RepoView, SourceError> {
        RepoView::open_with(start, mode, Given::Nothing)
    }

    /// [`RepoView::open`] in [`Mode::Staged`] with an index the caller has
    /// already read (the hook's), so it is not read and parsed a second time.
    pub fn open_staged(start: &Path, index: &Arc<StagedIndex>) -> Result<RepoView, SourceError> {
        RepoView::open_with(start, Mode::Staged, Given::Index(index))
    }

    /// [`RepoView::open`] in [`Mode::Rev`] of `commit`, whose files are
    /// those of `base` with `edit` applied (the hook's `HEAD`: the index with
    /// the commit's changes undone), so its tree is not walked and the paths
    /// `base` holds are shared, not copied.
    pub fn open_edited(
        start: &Path,
        commit: Oid,
        base: &RepoView,
        edit: ListingEdit,
    ) -> Result<RepoView, SourceError> {
        RepoView::open_with(
            start,
            Mode::Rev(commit.to_string()),
            Given::Edited(commit, base, edit),
        )
    }

    fn open_with(start: &Path, mode: Mode, given: Given<'_>) -> Result<RepoView, SourceError> {
        let repo = open_repository(start)
            .map_err(|e| SourceError::NotARepo(format!("{} ({})", start.display(), e.message())))?;
        let workdir = repo.workdir().map(Path::to_path_buf);
        if workdir.is_none() && !matches!(mode, Mode::Rev(_)) {
            return Err(SourceError::Bare);
        }
        // In a hook, `git commit -a` / `git commit PATH` stage into a temporary
        // index named by GIT_INDEX_FILE; the repository was opened honouring it.
        // libgit2 takes a missing file for an empty index, which would check
        // nothing and pass: like git, refuse instead.
        if !matches!(mode, Mode::Rev(_))
            && let Some(f) = std::env::var_os("GIT_INDEX_FILE")
            && let Err(e) = std::fs::metadata(&f)
        {
            return Err(SourceError::IndexFile {
                path: Path::new(&f).display().to_string(),
                msg: e.to_string(),
            });
        }
        let root = workdir.as_deref().map(disk::Root::new);
        let mut entries: Vec<(SharedPath, EntryKind)> = Vec::new();
        let mut skip_worktree = HashSet::new();
        let mut rev_oid = None;
        let mut edited = None;
        let mut clean = None;
        let mut borrowed_joined = None;
        let mut kinds = None;
        let mut base_memos = None;
        // An index read in git's order (each path once): its entries need no sort.
        let mut index_sorted = false;
        // A conflict or an intent-to-add entry: the status pass answers for the disk.
        let mut unusual = false;
        match &mode {
            Mode::Worktree | Mode::Staged => {
                let index = match given {
                    Given::Index(i) => Arc::clone(i),
                    _ => Arc::new(StagedIndex::of_repo(&repo)?),
                };
                // Staged: files read for blobs; working tree: which files
                // read are their blobs ([`RepoView::read_with_blob`]).
                clean = CleanFiles::new(&repo, Arc::clone(&index)).map(Arc::new);
                index_sorted = index.sorted();
                entries.reserve(index.entries.len());
                let (mut links, mut subs) = (false, false);
                for e in &index.entries {
                    unusual |= e.stage != 0 || e.intent_to_add;
                    // `git add -N`: a placeholder, nothing is staged yet.
                    if mode == Mode::Staged && e.intent_to_add {
                        continue;
                    }
                    if mode == Mode::Worktree && e.skip_worktree {
                        skip_worktree.insert(e.path.to_string());
                    }
                    links |= e.mode & 0o170000 == 0o120000;
                    subs |= e.mode & 0o170000 == 0o160000;
                    entries.push((e.path.clone(), EntryKind::of(e.mode, e.oid)));
                }
                kinds = Some((links, subs));
            }
            Mode::Rev(_) if matches!(given, Given::Edited(..)) => {
                if let Given::Edited(commit, base, edit) = given {
                    rev_oid = Some(commit);
                    borrowed_joined = base.joined.get().map(|j| {
                        let own: Vec<String> = edit
                            .changed
                            .iter()
                            .filter(|(p, oid, mode)| {
                                EntryKind::of(*mode, *oid) != EntryKind::Submodule
                                    && !base.is_tracked_file(p)
                            })
                            .map(|(p, _, _)| p.clone())
                            .collect();
                        (Arc::clone(j), own)
                    });
                    // Only the changed entries can bring a kind the base lacks;
                    // a base with either kind is scanned whole below.
                    if !base.has_symlinks && !base.has_submodules {
                        kinds = Some(edit.changed.iter().fold((false, false), |(l, s), c| {
                            (
                                l || c.2 & 0o170000 == 0o120000,
                                s || c.2 & 0o170000 == 0o160000,
                            )
                        }));
                    }
                    let t = base.entries.edited(edit);
                    if Arc::ptr_eq(&t.entries, &base.entries.entries)
                        && !base.has_symlinks
                        && kinds == Some((false, false))
                    {
                        base_memos = Some(Arc::clone(&base.memos));
                    }
                    edited = Some(t);
                    clean = base.clean.clone();
                }
            }
            Mode::Rev(rev) => {
                let obj = repo.revparse_single(rev).map_err(|e| SourceError::BadRev {
                    rev: rev.clone(),
                    msg: e.message().to_string(),
                })?;
                let commit = obj.peel_to_commit().map_err(|e| SourceError::BadRev {
                    rev: rev.clone(),
                    msg: e.message().to_string(),
                })?;
                rev_oid = Some(commit.id());
                let tree = commit.tree()?;
                let mut paths = PathsBuilder::with_capacity(0);
                tree.walk(TreeWalkMode::PreOrder, |dir, entry| {
                    if entry.kind() == Some(ObjectType::Tree) {
                        return TreeWalkResult::Ok;
                    }
                    let Ok(name) = entry.name() else {
                        return TreeWalkResult::Ok;
                    };
                    let path = paths.push(&format!("{dir}{name}"));
                    entries.push((path, EntryKind::of(entry.filemode() as u32, entry.id())));
                    TreeWalkResult::Ok
                })?;
                // Before the paths are compared (sorted), they must read as pushed.
                paths.finish();
            }
        }
        let entries = match edited {
            Some(t) => t,
            None if index_sorted => Tracked::of(entries),
            None => Tracked::new(entries),
        };
        let reopen = Reopen::of(&repo);
        // (any symlink, any submodule): known from the pass that listed the
        // entries, else one pass over them.
        let (has_symlinks, has_submodules) = kinds.unwrap_or_else(|| {
            entries
                .list()
                .iter()
                .fold((false, false), |(l, s), (_, k)| {
                    (
                        l || matches!(k, EntryKind::Symlink(_)),
                        s || matches!(k, EntryKind::Submodule),
                    )
                })
        });
        let per_path = mode == Mode::Worktree && !unusual && per_path_answers(&repo);
        Ok(RepoView {
            has_symlinks,
            has_submodules,
            status: OnceLock::new(),
            joined: OnceLock::new(),
            borrowed_joined,
            per_path,
            skip_worktree,
            reopen,
            problems: Mutex::new(BTreeMap::new()),
            tree_ignores: OnceLock::new(),
            clean,
            memos: Arc::default(),
            base_memos,
            reads: Mutex::default(),
            recording: Default::default(),
            kept: None,
            repo: Mutex::new(repo),
            workdir,
            root,
            mode,
            rev_oid,
            entries,
            line_counts: Mutex::new(HashMap::new()),
            disk_changes: Mutex::new(HashMap::new()),
            walks: Mutex::new(HashMap::new()),
            children: Mutex::new(HashMap::new()),
            ignored: Mutex::new(HashMap::new()),
        })
    }

    /// The answer of `compute` on this view: a question asked of the whole
    /// repository (which documentation sites it declares), answered once a
    /// view, under `key`. The hook's `HEAD` view, when it differs from the
    /// index's only in the blobs of some files (a commit that modifies and
    /// adds, deletes or renames nothing, no symlink anywhere), takes the
    /// index view's answer when answering it read none of those files and
    /// looked at no untracked path on disk: its listing is the same, so its
    /// answer would be too. The reads are those of the thread answering:
    /// `compute` must not hand work to other threads.
    pub fn memo<T: Clone + Send + Sync + 'static>(
        &self,
        key: &'static str,
        compute: impl FnOnce(&RepoView) -> T,
    ) -> T {
        use std::sync::atomic::Ordering;
        let known = |memos: &Mutex<HashMap<&'static str, Memo>>, reused: bool| {
            let m = memos.lock().ok()?;
            let memo = m.get(key)?;
            if reused && (memo.disk || memo.reads.iter().any(|p| self.entries.blob_changed(p))) {
                return None;
            }
            let value = memo.value.downcast_ref::<T>().cloned()?;
            // A memo answered while another is (one question asks another):
            // what answering it read, the other read too, so that the other
            // is not taken for a view whose blobs of those paths changed.
            let inherited = (self.recording.load(Ordering::SeqCst) > 0)
                .then(|| (memo.reads.clone(), memo.disk));
            drop(m);
            if let Some((paths, disk)) = inherited {
                self.log_inherited(paths, disk);
            }
            Some(value)
        };
        if let Some(v) = known(&self.memos, false) {
            return v;
        }
        if let Some(base) = &self.base_memos
            && let Some(v) = known(base, true)
        {
            return v;
        }
        let me = std::thread::current().id();
        let (from, disk) = match self.reads.lock() {
            Ok(mut log) => {
                let t = log.0.entry(me).or_default();
                t.depth += 1;
                (t.paths.len(), t.disk)
            }
            Err(_) => return compute(self),
        };
        self.recording.fetch_add(1, Ordering::SeqCst);
        let value = compute(self);
        self.recording.fetch_sub(1, Ordering::SeqCst);
        let Ok(mut log) = self.reads.lock() else {
            return value;
        };
        let Some(t) = log.0.get_mut(&me) else {
            return value;
        };
        let memo = Memo {
            value: Arc::new(value.clone()),
            reads: t.paths.get(from..).unwrap_or_default().to_vec(),
            disk: t.disk != disk,
        };
        t.depth -= 1;
        if t.depth == 0 {
            log.0.remove(&me);
        }
        drop(log);
        if let Ok(mut m) = self.memos.lock() {
            m.entry(key).or_insert(memo);
        }
        value
    }

    /// This view, an index view, with the answers of the questions marked for
    /// it kept from one run to the next (see [`RepoView::memo_kept`] and
    /// [`kept`]): the hook's. Another mode keeps nothing: the working tree
    /// changes under the index without a trace in it, and a revision's view
    /// is answered from the index view's memos when it can be.
    pub fn keep_memos(mut self) -> RepoView {
        if self.mode == Mode::Staged {
            self.kept = Some(kept::Kept::new(&self.git_dir()));
        }
        self
    }

    /// Writes the answers [`RepoView::memo_kept`] made in this run, for the
    /// next (see [`kept`]). Never fails.
    pub fn save_kept(&self) {
        if let Some(k) = &self.kept {
            k.save();
        }
    }

    /// [`RepoView::memo`] of a question whose answer is kept from one hook
    /// run to the next (see [`kept`]): taken from the last run when the
    /// listing is the same and every file answering it read holds the same
    /// blob. Only for a question answered from the listing and the files it
    /// reads through this view, and nothing else (not the configuration, not
    /// the history, not the ignore rules).
    pub fn memo_kept<T>(&self, key: &'static str, compute: impl FnOnce(&RepoView) -> T) -> T
    where
        T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    {
        let Some(kept) = &self.kept else {
            return self.memo(key, compute);
        };
        let blob = |p: &str| match self.entries.get(p) {
            Some(EntryKind::File(oid)) => Some(*oid),
            _ => None,
        };
        let listing = || {
            kept::fingerprint(
                self.entries.list().iter().map(|(p, k)| match k {
                    EntryKind::File(_) => (&**p, 'f', None),
                    EntryKind::Symlink(oid) => (&**p, 'l', Some(*oid)),
                    EntryKind::Submodule => (&**p, 's', None),
                }),
                self.workdir.as_deref(),
            )
        };
        let mut made = false;
        let value = self.memo(key, |repo| {
            if let Some((value, reads)) = kept.get(key, listing, blob)
                && let Ok(v) = serde_json::from_value::<T>(value)
            {
                // What answering read, for a memo that asks this one and
                // for the hook's `HEAD` view (see `memo`).
                repo.log_inherited(reads, false);
                return v;
            }
            made = true;
            compute(repo)
        });
        if made
            && let Ok(memos) = self.memos.lock()
            && let Some(memo) = memos.get(key)
            && !memo.disk
            && let Ok(json) = serde_json::to_value(&value)
        {
            kept.put(key, json, &memo.reads, blob);
        }
        value
    }

    /// Notes a read while a memo is answered ([`RepoView::memo`]).
    fn log_read(&self, path: &str) {
        if self.recording.load(std::sync::atomic::Ordering::SeqCst) > 0
            && let Ok(mut log) = self.reads.lock()
            && let Some(t) = log.0.get_mut(&std::thread::current().id())
        {
            t.paths.push(path.to_string());
        }
    }

    /// Notes the reads of a memo answered earlier, asked while another memo
    /// is answered on this thread ([`RepoView::memo`]).
    fn log_inherited(&self, paths: Vec<String>, disk: bool) {
        if let Ok(mut log) = self.reads.lock()
            && let Some(t) = log.0.get_mut(&std::thread::current().id())
        {
            t.paths.extend(paths);
            t.disk += usize::from(disk);
        }
    }

    /// Notes that the disk was looked at for an untracked path while a memo
    /// is answered ([`RepoView::memo`]).
    fn log_disk(&self) {
        if self.recording.load(std::sync::atomic::Ordering::SeqCst) > 0
            && let Ok(mut log) = self.reads.lock()
            && let Some(t) = log.0.get_mut(&std::thread::current().id())
        {
            t.disk += 1;
        }
    }

    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    /// The status pass (worktree mode; empty in the other modes), made once.
    fn status(&self) -> &WorkStatus {
        self.status.get_or_init(|| {
            if self.mode == Mode::Worktree {
                self.with_repo(|r| work_status(r, &self.skip_worktree))
            } else {
                WorkStatus::default()
            }
        })
    }

    /// Untracked, not-ignored files (worktree mode), sorted.
    fn untracked(&self) -> &[String] {
        if self.mode == Mode::Worktree {
            &self.status().untracked
        } else {
            &[]
        }
    }

    /// What became of tracked `path` on disk (worktree mode; `Same` otherwise,
    /// and for a path outside a sparse checkout or not tracked). Answered from
    /// the status pass once it is made; before, from `lstat`s of the path and
    /// the folders on its way, so that checking one document never makes the
    /// pass over the whole tree.
    fn on_disk(&self, path: &str) -> OnDisk {
        if self.mode != Mode::Worktree || self.skip_worktree.contains(path) {
            return OnDisk::Same;
        }
        let kind = match self.entries.get(path) {
            None | Some(EntryKind::Submodule) => return OnDisk::Same,
            Some(k) => k,
        };
        if self.status.get().is_none()
            && self.per_path
            && let Some(root) = &self.root
            && let Some(found) = self.disk_change_cached(root, path, kind)
        {
            return found;
        }
        let st = self.status();
        if st.deleted.contains(path) {
            OnDisk::Deleted
        } else if st.typechanged.contains(path) {
            OnDisk::TypeChanged
        } else {
            OnDisk::Same
        }
    }

    /// [`disk_change`], asked once per path.
    fn disk_change_cached(
        &self,
        root: &disk::Root,
        path: &str,
        kind: &EntryKind,
    ) -> Option<OnDisk> {
        let cached = self
            .disk_changes
            .lock()
            .ok()
            .and_then(|m| m.get(path).copied());
        if let Some(found) = cached {
            return found;
        }
        let found = disk_change(root, path, matches!(kind, EntryKind::Symlink(_)));
        if let Ok(mut m) = self.disk_changes.lock() {
            m.insert(path.to_string(), found);
        }
        found
    }

    /// The commit id checked in `--rev` mode.
    pub fn rev_oid(&self) -> Option<Oid> {
        self.rev_oid
    }

    /// The working directory, if the repository has one.
    pub fn workdir(&self) -> Option<&Path> {
        self.workdir.as_deref()
    }

    /// The git directory.
    pub fn git_dir(&self) -> PathBuf {
        self.reopen.git_dir.clone()
    }

    /// How to open this repository again, with the same work tree.
    pub fn reopen(&self) -> Reopen {
        self.reopen.clone()
    }

    /// Runs `f` with a repository handle of this thread (blob reads in parallel:
    /// a `git2::Repository` is not `Sync`, so each rayon thread opens its own).
    fn with_thread_repo<T>(&self, f: impl FnOnce(&Repository) -> T) -> Option<T> {
        thread_local! {
            static REPO: std::cell::RefCell<Option<(PathBuf, Repository)>> = const { std::cell::RefCell::new(None) };
        }
        REPO.with(|cell| {
            let mut slot = cell.borrow_mut();
            let fresh = !matches!(&*slot, Some((p, _)) if *p == self.reopen.git_dir);
            if fresh {
                *slot = self
                    .reopen
                    .open()
                    .ok()
                    .map(|r| (self.reopen.git_dir.clone(), r));
            }
            slot.as_ref().map(|(_, r)| f(r))
        })
    }

    /// Runs `f` with the underlying repository (serialised).
    pub fn with_repo<T>(&self, f: impl FnOnce(&Repository) -> T) -> T {
        let guard = match self.repo.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        f(&guard)
    }

    /// Every file this source can list: tracked paths, plus untracked but not
    /// ignored ones in worktree mode. Sorted. Paths outside a sparse checkout
    /// are not listed (they are not in the working tree), though they count
    /// as present evidence.
    pub fn all_files(&self) -> Vec<String> {
        self.listed(self.entries.list(), |_| true)
    }

    /// [`RepoView::all_files`] without copying them: the same paths in the same order.
    pub fn listed_files(&self) -> impl Iterator<Item = &str> {
        let mut tracked = self.tracked_files().peekable();
        let mut untracked = self.untracked().iter().map(String::as_str).peekable();
        let mut last: Option<&str> = None;
        std::iter::from_fn(move || {
            loop {
                let next = match (tracked.peek(), untracked.peek()) {
                    (Some(a), Some(b)) if b < a => untracked.next(),
                    (Some(_), _) => tracked.next(),
                    (None, _) => untracked.next(),
                }?;
                if last != Some(next) {
                    last = Some(next);
                    return Some(next);
                }
            }
        })
    }

    /// The tracked files of [`RepoView::all_files`], in the same order:
    /// what the repository holds whatever the state of the working tree.
    /// The questions asked of the whole repository (which documentation sites
    /// it declares, which paths bear a name) are answered from these, so that
    /// checking one document never lists the working tree's untracked files,
    /// and the answer is the same in every mode.
    pub fn tracked_files(&self) -> impl Iterator<Item = &str> + Clone {
        self.tracked_paths().map(|p| &**p)
    }

    /// [`RepoView::tracked_files`], each split into its folder and name
    /// (found once per listing, not per scan: see [`Tracked::name_lens`]).
    pub fn tracked_files_split(&self) -> impl Iterator<Item = TrackedFile<'_>> + Clone {
        let sparse = !self.skip_worktree.is_empty();
        let skipped = move |p: &str| sparse && self.skip_worktree.contains(p);
        self.entries
            .list()
            .iter()
            .zip(self.entries.name_lens())
            .filter(move |((p, k), _)| !matches!(k, EntryKind::Submodule) && !skipped(p))
            .map(|((p, _), &n)| TrackedFile::with_name_len(p, n))
    }

    /// [`RepoView::tracked_files`] as the listing holds them.
    fn tracked_paths(&self) -> impl Iterator<Item = &SharedPath> + Clone {
        // Outside a sparse checkout no path is skipped: no hash of each path.
        let sparse = !self.skip_worktree.is_empty();
        let skipped = move |p: &str| sparse && self.skip_worktree.contains(p);
        self.entries
            .list()
            .iter()
            .filter(move |(p, k)| !matches!(k, EntryKind::Submodule) && !skipped(p))
            .map(|(p, _)| p)
    }

    /// The files of [`RepoView::all_files`] inside folder `dir` (at any depth;
    /// "" = all), without building the whole listing (nor, when `dir` is no
    /// folder on disk, the listing of untracked files).
    pub fn files_under(&self, dir: &str) -> Vec<String> {
        if dir.is_empty() {
            return self.all_files();
        }
        let inside =
            |p: &str| p.len() > dir.len() && p.starts_with(dir) && p.as_bytes()[dir.len()] == b'/';
        let none_untracked = self.mode != Mode::Worktree
            || (self.status.get().is_none()
                && self.per_path
                && self.root.as_ref().is_some_and(|r| !maybe_folder(r, dir)));
        if none_untracked {
            return self.tracked_files_under(dir);
        }
        self.listed(self.entries.under(dir), inside)
    }

    /// The files of [`RepoView::tracked_files`] inside folder `dir` (at any depth).
    pub fn tracked_files_under(&self, dir: &str) -> Vec<String> {
        self.entries
            .under(dir)
            .iter()
            .filter(|(p, k)| {
                !matches!(k, EntryKind::Submodule) && !self.skip_worktree.contains(&**p)
            })
            .map(|(p, _)| p.to_string())
            .collect()
    }

    /// [`RepoView::named`] of every name at once: each tracked file and
    /// folder under its last segment, in the same order.
    pub fn names_map(&self) -> HashMap<String, Vec<String>> {
        let mut m: HashMap<String, Vec<String>> = HashMap::new();
        let mut dirs: HashSet<&str> = HashSet::new();
        for f in self.tracked_files() {
            let mut p = f;
            loop {
                let name = p.rsplit('/').next().unwrap_or(p);
                m.entry(name.to_string()).or_default().push(p.to_string());
                match p.rfind('/') {
                    Some(i) if dirs.insert(&p[..i]) => p = &p[..i],
                    _ => break,
                }
            }
        }
        m
    }

    /// Every tracked file and folder (a folder holding a tracked file) whose
    /// last segment is `name` (see [`RepoView::tracked_files`]), in the order
    /// of a walk over the tracked files that names each file, then each folder
    /// above it not named before (deepest first). One pass over the listing,
    /// no copy of it.
    ///
    /// The files that contain `name` at all are found by one substring
    /// search over the joined listing (see [`Joined`]), not by a comparison
    /// per file: a did-you-mean or a copy check in a repository of 100,000
    /// files costs a fraction of a millisecond each.
    pub fn named(&self, name: &str) -> Vec<String> {
        // No path holds a NUL, the separator of the joined listing.
        if name.is_empty() || name.contains('\0') {
            return Vec::new();
        }
        let containing: Box<dyn Iterator<Item = &str>> = match &self.borrowed_joined {
            Some((joined, own)) => Box::new(
                joined
                    .containing(name)
                    .filter(|f| self.is_tracked_file(f))
                    .chain(own.iter().map(String::as_str).filter(|f| f.contains(name))),
            ),
            None => Box::new(
                self.joined
                    .get_or_init(|| {
                        let tracked = self.tracked_paths();
                        Arc::new(
                            Joined::shared(tracked.clone())
                                .unwrap_or_else(|| Joined::new(tracked.map(|p| &**p))),
                        )
                    })
                    .containing(name),
            ),
        };
        // (first file of the walk that names it, its place after that file, path)
        let mut found: Vec<(&str, usize, String)> = Vec::new();
        let mut dirs: HashMap<&str, (&str, usize)> = HashMap::new();
        for f in containing {
            let mut p = f;
            let mut rank = 0;
            loop {
                let (parent, last) = match p.rfind('/') {
                    Some(i) => (Some(&p[..i]), &p[i + 1..]),
                    None => (None, p),
                };
                if last == name {
                    if rank == 0 {
                        found.push((f, 0, f.to_string()));
                    } else {
                        let e = dirs.entry(p).or_insert((f, rank));
                        if (f, rank) < *e {
                            *e = (f, rank);
                        }
                    }
                }
                match parent {
                    Some(d) => p = d,
                    None => break,
                }
                rank += 1;
            }
        }
        found.extend(dirs.into_iter().map(|(d, (f, r))| (f, r, d.to_string())));
        found.sort();
        found.dedup_by(|a, b| a.2 == b.2);
        found.into_iter().map(|(_, _, p)| p).collect()
    }

    /// Whether `path` is one of [`RepoView::all_files`].
    pub fn is_listed(&self, path: &str) -> bool {
        match self.entries.get(path) {
            Some(EntryKind::Submodule) => false,
            Some(_) => !self.skip_worktree.contains(path),
            None => self
                .untracked()
                .binary_search_by(|u| u.as_str().cmp(path))
                .is_ok(),
        }
    }

    /// The listed files among `tracked` and the untracked ones `keep` accepts, sorted.
    fn listed(
        &self,
        tracked: &[(SharedPath, EntryKind)],
        keep: impl Fn(&str) -> bool,
    ) -> Vec<String> {
        let mut v: Vec<String> = tracked
            .iter()
            .filter(|(p, k)| {
                !matches!(k, EntryKind::Submodule) && !self.skip_worktree.contains(&**p)
            })
            .map(|(p, _)| p.to_string())
            .chain(self.untracked().iter().filter(|u| keep(u)).cloned())
            .collect();
        v.sort();
        v.dedup();
        v
    }

    /// Whether `path` is one of [`RepoView::tracked_files`] (a file or
    /// symlink this source tracks, inside the sparse checkout if any).
    pub fn is_tracked_file(&self, path: &str) -> bool {
        match self.entries.get(path) {
            None | Some(EntryKind::Submodule) => false,
            Some(_) => !self.skip_worktree.contains(path),
        }
    }

    /// Whether `path` is tracked by this source (in the index, or in the tree of REV).
    pub fn is_tracked(&self, path: &str) -> bool {
        self.entries.get(path).is_some()
    }

    /// Whether `path` is a folder with tracked content.
    pub fn is_tracked_dir(&self, path: &str) -> bool {
        path.is_empty() || !self.entries.under(path).is_empty()
    }

    /// Whether a first path segment exists at the repository root (tracked, or on disk
    /// in the modes that look at the disk).
    pub fn root_entry_exists(&self, name: &str) -> bool {
        if self.entries.get(name).is_some() || self.is_tracked_dir(name) {
            return true;
        }
        self.disk_allowed()
            && !name.contains('/')
            && name != ".."
            && self
                .root
                .as_ref()
                .is_some_and(|r| r.join(name).symlink_metadata().is_ok())
    }

    fn disk_allowed(&self) -> bool {
        !matches!(self.mode, Mode::Rev(_))
    }

    /// Resolves a repository-relative, normalised path (no `..` left, no leading
    /// `/`) to what it is in this source. Symlinks are followed inside the tree;
    /// one that leaves the repository gives [`PathState::Outside`], and a loop or
    /// a chain longer than [`disk::MAX_HOPS`] is [`PathState::Missing`].
    pub fn stat(&self, path: &str) -> PathState {
        let path = path.trim_end_matches('/');
        match self.resolve_links(path, 0) {
            Resolved::Outside { .. } => PathState::Outside,
            Resolved::Broken(_) => PathState::Missing,
            Resolved::Path(p) => self.stat_resolved(&p),
        }
    }

    fn stat_resolved(&self, path: &str) -> PathState {
        // Inside a submodule: its content is another repository's.
        let mut p = if self.has_submodules { path } else { "" };
        while let Some(i) = p.rfind('/') {
            p = &p[..i];
            if matches!(self.entries.get(p), Some(EntryKind::Submodule)) {
                return PathState::Submodule;
            }
        }
        match self.entries.get(path) {
            Some(EntryKind::Submodule) => return PathState::Submodule,
            Some(_) => {
                if self.mode == Mode::Worktree && !self.skip_worktree.contains(path) {
                    // Tracked, but deleted from the working tree.
                    let on_disk = self.on_disk(path);
                    if on_disk == OnDisk::Deleted {
                        return PathState::Missing;
                    }
                    if on_disk == OnDisk::TypeChanged {
                        return match self.disk_state(path) {
                            DiskState::Outside => PathState::Outside,
                            DiskState::Absent => PathState::Missing,
                            DiskState::File | DiskState::Dir => PathState::File,
                        };
                    }
                }
                return PathState::File;
            }
            None => {}
        }
        if self.is_tracked_dir(path) {
            if self.mode == Mode::Worktree
                && self.any_deleted(path)
                && !matches!(self.disk_state(path), DiskState::Dir)
                && !self.has_skipped_under(path)
            {
                return PathState::Missing;
            }
            return PathState::Dir;
        }
        if self.disk_allowed() {
            self.log_disk();
            match self.disk_state(path) {
                DiskState::Outside => return PathState::Outside,
                DiskState::File => return PathState::Untracked { dir: false },
                DiskState::Dir => return PathState::Untracked { dir: true },
                DiskState::Absent => {}
            }
        }
        PathState::Missing
    }

    /// Whether any tracked path is deleted from the working tree, asked of a
    /// tracked folder `dir` that is no folder on disk: the files under it are
    /// gone, so the status pass reports them (unless they are all outside a
    /// sparse checkout, which the caller asks apart, or submodules, which the
    /// pass leaves out).
    fn any_deleted(&self, dir: &str) -> bool {
        let gone_file = || {
            self.entries.under(dir).iter().any(|(p, k)| {
                !matches!(k, EntryKind::Submodule) && !self.skip_worktree.contains(&**p)
            })
        };
        if self.status.get().is_none() && self.per_path && gone_file() {
            return true;
        }
        !self.status().deleted.is_empty()
    }

    /// Whether a folder holds paths outside the sparse checkout.
    fn has_skipped_under(&self, dir: &str) -> bool {
        self.skip_worktree
            .iter()
            .any(|p| p.len() > dir.len() && p.starts_with(dir) && p.as_bytes()[dir.len()] == b'/')
    }

    fn disk_state(&self, path: &str) -> DiskState {
        let Some(root) = &self.root else {
            return DiskState::Absent;
        };
        let walk = match self.walk(root, path) {
            Walked::File { .. } => return DiskState::File,
            Walked::Other(w) => w,
        };
        match walk {
            disk::Walk::Found { meta, .. } if meta.is_dir() => DiskState::Dir,
            disk::Walk::Found { .. } => DiskState::File,
            disk::Walk::Outside { .. } => DiskState::Outside,
            disk::Walk::Absent | disk::Walk::Dangling { .. } | disk::Walk::TooManyLinks => {
                DiskState::Absent
            }
        }
    }

    /// The tracked folder that `path`, itself a tracked symlink, leads to
    /// inside the repository (nautobot's `docs` → `nautobot/docs`, the
    /// folder its `mkdocs.yml` serves by default); None when `path` is no
    /// symlink, or leads out, nowhere, or to something other than a folder
    /// of tracked files.
    pub fn symlinked_dir(&self, path: &str) -> Option<String> {
        if !self.has_symlinks || !matches!(self.entries.get(path), Some(EntryKind::Symlink(_))) {
            return None;
        }
        match self.resolve_links(path, 0) {
            Resolved::Path(p) if p != path && !p.is_empty() && !self.children(&p).is_empty() => {
                Some(p)
            }
            _ => None,
        }
    }

    /// Whether a folder above `path` is a tracked symlink.
    fn below_tracked_symlink(&self, path: &str) -> bool {
        path.match_indices('/')
            .any(|(i, _)| matches!(self.entries.get(&path[..i]), Some(EntryKind::Symlink(_))))
    }

    /// Follows tracked symlinks in any component of `path`.
    fn resolve_links(&self, path: &str, depth: usize) -> Resolved {
        if !self.has_symlinks {
            return Resolved::Path(path.to_string());
        }
        if depth > disk::MAX_HOPS {
            return Resolved::Broken(too_many_links());
        }
        // Walk prefixes from the shortest: a symlinked folder affects all below it.
        let mut end = 0;
        loop {
            let next = path[end..].find('/').map(|i| end + i);
            let prefix = &path[..next.unwrap_or(path.len())];
            if let Some(EntryKind::Symlink(oid)) = self.entries.get(prefix) {
                let target = match self.link_target(prefix, *oid) {
                    LinkTarget::Text(t) => t,
                    LinkTarget::NotALink => match next {
                        Some(n) => {
                            end = n + 1;
                            continue;
                        }
                        None => return Resolved::Path(path.to_string()),
                    },
                    LinkTarget::Unreadable(why) => return Resolved::Broken(why),
                };
                if target.starts_with('/') {
                    return Resolved::Outside { target };
                }
                let Some(joined) = normalize_link_target(prefix, &target) else {
                    return Resolved::Outside { target };
                };
                let rest = next.map(|n| &path[n..]).unwrap_or("");
                let new_path = if joined.is_empty() {
                    rest.trim_start_matches('/').to_string()
                } else {
                    format!("{joined}{rest}")
                };
                return self.resolve_links(&new_path, depth + 1);
            }
            match next {
                Some(n) => end = n + 1,
                None => return Resolved::Path(path.to_string()),
            }
        }
    }

    /// The target of the tracked symlink `path`: on disk in worktree mode (its
    /// folder resolved inside the repository first), else from its blob.
    fn link_target(&self, path: &str, oid: Oid) -> LinkTarget {
        if self.mode == Mode::Worktree {
            let Some(root) = &self.root else {
                return LinkTarget::NotALink;
            };
            if self.on_disk(path) == OnDisk::Deleted {
                return LinkTarget::NotALink;
            }
            let (parent, name) = match path.rfind('/') {
                Some(i) => (&path[..i], &path[i + 1..]),
                None => ("", path),
            };
            let disk::Walk::Found { rel, meta } = disk::walk(root, parent) else {
                return LinkTarget::NotALink;
            };
            if !meta.is_dir() {
                return LinkTarget::NotALink;
            }
            let full = root.join(&rel).join(name);
            return match full.symlink_metadata() {
                Ok(m) if m.file_type().is_symlink() => match std::fs::read_link(&full) {
                    Ok(t) => LinkTarget::Text(t.to_string_lossy().into_owned()),
                    Err(_) => LinkTarget::NotALink,
                },
                _ => LinkTarget::NotALink,
            };
        }
        match self.fetch_blob(oid) {
            Fetched::Bytes(b) => LinkTarget::Text(String::from_utf8_lossy(&b).into_owned()),
            Fetched::Unreadable(why) => {
                self.note_problem(path, why.clone());
                LinkTarget::Unreadable(why)
            }
            _ => LinkTarget::NotALink,
        }
    }

    /// Reads a path of this source: the working tree's file (only a regular
    /// file inside the repository, symlinks followed only inside it), or the
    /// blob in the index or the tree of REV. Says why when it cannot.
    pub fn fetch(&self, path: &str) -> Fetched {
        let path = path.trim_end_matches('/');
        if self.mode == Mode::Worktree {
            if self.skip_worktree.contains(path)
                && let Some(EntryKind::File(oid)) = self.entries.get(path)
            {
                return self.fetch_blob(*oid);
            }
            return self.fetch_disk(path);
        }
        self.log_read(path);
        let resolved = match self.resolve_links(path, 0) {
            Resolved::Outside { target } => return Fetched::Outside { target },
            Resolved::Broken(why) => return Fetched::Broken(why),
            Resolved::Path(p) => p,
        };
        if resolved != path {
            self.log_read(&resolved);
        }
        match self.entries.get(&resolved) {
            Some(EntryKind::File(oid)) => {
                // The blob must still be there: a missing object is reported
                // (the commit could not be made), whatever lies on disk.
                if let Some(bytes) = self.clean.as_ref().and_then(|c| c.read(&resolved, *oid))
                    && self.has_blob(*oid)
                {
                    return Fetched::Bytes(bytes);
                }
                self.fetch_blob(*oid)
            }
            _ if resolved != path => Fetched::Broken(format!(
                "it is a symlink to `{resolved}`, which is not in the {}",
                self.where_()
            )),
            _ => Fetched::Absent,
        }
    }

    fn where_(&self) -> &'static str {
        match self.mode {
            Mode::Worktree => "working tree",
            Mode::Staged => "index",
            Mode::Rev(_) => "tree of that revision",
        }
    }

    fn fetch_disk(&self, path: &str) -> Fetched {
        let Some(root) = &self.root else {
            return Fetched::Absent;
        };
        // A plain path (no symlink on the way) in one kernel-checked open;
        // anything else is walked, which also says why it cannot be read.
        if let Some(bytes) = disk::read_beneath(root, path) {
            return Fetched::Bytes(bytes);
        }
        let walk = match self.walk(root, path) {
            Walked::File { rel, id } => {
                if let Ok(b) = disk::read_file(&root.join(&rel), id) {
                    return Fetched::Bytes(b);
                }
                // Not the file found, or unreadable: walked afresh, to say why
                // (or to read the file that is there now).
                if let Ok(mut m) = self.walks.lock() {
                    m.remove(path);
                }
                disk::walk(root, path)
            }
            Walked::Other(w) => w,
        };
        match walk {
            disk::Walk::Found { meta, .. } if meta.is_dir() => Fetched::Absent,
            disk::Walk::Found { rel, meta } => match disk::read_regular(&root.join(&rel), &meta) {
                Ok(b) => Fetched::Bytes(b),
                Err(why) => Fetched::Unreadable(why),
            },
            disk::Walk::Absent => Fetched::Absent,
            disk::Walk::Outside { target } => Fetched::Outside { target },
            disk::Walk::Dangling { target } => Fetched::Broken(format!(
                "it is a symlink to `{target}`, which does not exist"
            )),
            disk::Walk::TooManyLinks => Fetched::Broken(too_many_links()),
        }
    }

    /// [`disk::walk`] of `path`, remembered when it finds a regular file. An
    /// answer to check before reading: [`RepoView::fetch_disk`] walks afresh
    /// when reading fails.
    fn walk(&self, root: &disk::Root, path: &str) -> Walked {
        if let Ok(m) = self.walks.lock()
            && let Some((rel, id)) = m.get(path)
        {
            let rel = rel.as_deref().unwrap_or(path).to_string();
            return Walked::File { rel, id: *id };
        }
        match disk::walk(root, path) {
            disk::Walk::Found { rel, meta } if meta.is_file() => {
                let id = disk::FileId::of(&meta);
                if let Ok(mut m) = self.walks.lock() {
                    let own = (rel != path).then(|| Box::from(rel.as_str()));
                    m.insert(Box::from(path), (own, id));
                }
                Walked::File { rel, id }
            }
            w => Walked::Other(w),
        }
    }

    /// Whether the object store holds `oid` (without reading it).
    fn has_blob(&self, oid: Oid) -> bool {
        self.with_thread_repo(|r| r.odb().is_ok_and(|o| o.exists(oid)))
            .unwrap_or(false)
    }

    fn fetch_blob(&self, oid: Oid) -> Fetched {
        let find = |r: &Repository| {
            r.find_blob(oid)
                .map(|b| b.content().to_vec())
                .map_err(|e| (e.code(), e.message().to_string()))
        };
        let first = self.with_thread_repo(find);
        let result = match first {
            Some(Ok(v)) => Ok(v),
            _ => self.with_repo(find),
        };
        match result {
            Ok(v) => Fetched::Bytes(v),
            Err((ErrorCode::NotFound, _)) => Fetched::Unreadable(format!(
                "its content (blob {oid}) is not in the local object store (a partial or blobless clone?)"
            )),
            Err((_, msg)) => Fetched::Unreadable(format!(
                "its content (blob {oid}) cannot be read (a corrupt object?): {msg}"
            )),
        }
    }

    /// Reads a file's bytes from this source. `None` when it is not there (or
    /// leads outside the repository). Something there that cannot be read is
    /// remembered in [`RepoView::problems`].
    pub fn read(&self, path: &str) -> Option<Vec<u8>> {
        match self.fetch(path) {
            Fetched::Bytes(b) => Some(b),
            Fetched::Unreadable(why) => {
                self.note_problem(path, why);
                None
            }
            Fetched::Absent | Fetched::Outside { .. } | Fetched::Broken(_) => None,
        }
    }

    /// [`RepoView::read`] as text, invalid UTF-8 replaced (U+FFFD): how the
    /// rules read the configuration files and pages they look into, which
    /// only need to find words in them.
    pub fn read_text(&self, path: &str) -> Option<String> {
        self.read(path).map(|b| {
            String::from_utf8(b)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
        })
    }

    /// [`RepoView::read`], with the id of the blob those bytes are when that
    /// is known without hashing them: in the index or a revision, the entry's
    /// blob; in the working tree, the index's blob when git would take the
    /// file to be unchanged (see [`CleanFiles`]). Lets the history skip
    /// inflating a committed version that is the text at hand.
    pub fn read_with_blob(&self, path: &str) -> Option<(Vec<u8>, Option<Oid>)> {
        let bytes = self.read(path)?;
        Some((bytes, self.blob_of_read(path)))
    }

    /// The blob that the bytes this run read of `path` (as [`RepoView::read`]
    /// gives them, before this call) are, when known without hashing them:
    /// see [`RepoView::read_with_blob`].
    pub fn blob_of_read(&self, path: &str) -> Option<Oid> {
        let path = path.trim_end_matches('/');
        match self.mode {
            // Asked after the read: a file changed since it was staged has
            // another change time, so the bytes read are the index's blob.
            Mode::Worktree => self.clean.as_ref().and_then(|c| c.unchanged(path)),
            Mode::Staged | Mode::Rev(_) => match self.entries.get(path) {
                Some(EntryKind::File(oid)) => Some(*oid),
                _ => None,
            },
        }
    }

    /// Reads a file from the working tree whatever its tracking state (worktree
    /// mode only: the index and a revision never look at the disk's content).
    pub fn read_disk(&self, path: &str) -> Option<Vec<u8>> {
        if self.mode == Mode::Worktree {
            self.read(path)
        } else {
            None
        }
    }

    /// Whether [`RepoView::real_path`] may lead a tracked file elsewhere: the
    /// listing holds a symlink, or the working tree is read (where a tracked
    /// file may have become one). When not, every tracked file is its own
    /// real path, and a question about symlinks needs no scan.
    pub fn may_hold_symlinks(&self) -> bool {
        self.has_symlinks || self.mode == Mode::Worktree
    }

    /// Where a listed document's content lives: the path itself, or the file
    /// inside the repository that a symlink leads to (so a document and a
    /// symlink to it are checked once, as the document). A symlink that leads
    /// out or nowhere is returned as it is: reading it says why.
    pub fn real_path(&self, path: &str) -> String {
        // A tracked file is its own path unless a folder above it is a
        // tracked symlink (or it changed type on disk): a repository with one
        // symlink (tldr's `pages.en` → `pages`) does not walk the disk for
        // each of its 38,000 other files.
        let plain = matches!(self.entries.get(path), Some(EntryKind::File(_)))
            && !(self.has_symlinks && self.below_tracked_symlink(path))
            && self.on_disk(path) != OnDisk::TypeChanged;
        if plain {
            return path.to_string();
        }
        match &self.mode {
            Mode::Worktree => match &self.root {
                Some(root) => match self.walk(root, path) {
                    Walked::File { rel, .. } | Walked::Other(disk::Walk::Found { rel, .. }) => rel,
                    _ => path.to_string(),
                },
                None => path.to_string(),
            },
            _ => match self.resolve_links(path, 0) {
                Resolved::Path(p) if matches!(self.entries.get(&p), Some(EntryKind::File(_))) => p,
                _ => path.to_string(),
            },
        }
    }

    /// Remembers that `path` ("" for the git history) is there but could not be read.
    pub fn note_problem(&self, path: &str, why: String) {
        let mut m = match self.problems.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        m.entry(path.to_string()).or_insert(why);
    }

    /// Every path that was there but could not be read, with why, sorted.
    pub fn problems(&self) -> Vec<(String, String)> {
        let m = match self.problems.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        m.iter().map(|(p, w)| (p.clone(), w.clone())).collect()
    }

    /// The number of lines of a file: `\n` ends a line, a last line without one
    /// still counts, an empty file has none; a file without `\n` whose lines
    /// end with `\r` has a line per `\r` (see [`count_shown_lines`]). Cached
    /// per path.
    pub fn line_count(&self, path: &str) -> Option<usize> {
        if let Ok(cache) = self.line_counts.lock()
            && let Some(n) = cache.get(path)
        {
            return *n;
        }
        // A blob's lines are the same in every view (the hook's index and HEAD
        // views read the same cited files): counted once a process.
        static BY_BLOB: Mutex<Option<HashMap<Oid, usize>>> = Mutex::new(None);
        let blob = match self.entries.get(path) {
            Some(EntryKind::File(oid)) if self.mode != Mode::Worktree && !self.has_symlinks => {
                Some(*oid)
            }
            _ => None,
        };
        let known = blob.and_then(|oid| {
            let m = BY_BLOB.lock().ok()?;
            m.as_ref()?.get(&oid).copied()
        });
        let n = match known {
            Some(n) => Some(n),
            None => {
                let n = self.read(path).map(|b| count_shown_lines(&b));
                if let (Some(oid), Some(n)) = (blob, n)
                    && let Ok(mut m) = BY_BLOB.lock()
                {
                    m.get_or_insert_with(HashMap::new).insert(oid, n);
                }
                n
            }
        };
        if let Ok(mut cache) = self.line_counts.lock() {
            cache.insert(path.to_string(), n);
        }
        n
    }

    /// Whether git ignores `path` (a `.gitignore` rule matches it).
    pub fn is_ignored(&self, path: &str) -> bool {
        if !self.disk_allowed() {
            return self
                .tree_ignores
                .get_or_init(|| {
                    let files = self
                        .tracked_files()
                        .filter(|p| *p == ".gitignore" || p.ends_with("/.gitignore"))
                        .map(str::to_string)
                        .collect::<Vec<_>>();
                    tree_ignore::TreeIgnores::new(
                        files
                            .into_iter()
                            .filter_map(|p| {
                                let content = self.read(&p)?;
                                let dir = p.strip_suffix(".gitignore").unwrap_or("").to_string();
                                Some((dir, content))
                            })
                            .collect(),
                    )
                })
                .is_ignored(path);
        }
        if let Some(&known) = self.ignored.lock().ok().as_ref().and_then(|m| m.get(path)) {
            return known;
        }
        let answer = self.with_repo(|r| r.is_path_ignored(path).unwrap_or(false));
        if let Ok(mut m) = self.ignored.lock()
            // Bounded: a run naming millions of distinct paths keeps at most
            // this many answers.
            && m.len() < 65_536
        {
            m.insert(path.to_string(), answer);
        }
        answer
    }

    /// Names of the tracked entries directly inside folder `dir` ("" = root):
    /// files, and folders holding tracked entries, in the order of their first
    /// entry in the index. From the folder's run of the sorted listing.
    pub fn children(&self, dir: &str) -> Arc<[String]> {
        if let Ok(m) = self.children.lock()
            && let Some(v) = m.get(dir)
        {
            return Arc::clone(v);
        }
        let (inside, skip) = if dir.is_empty() {
            (self.entries.list(), 0)
        } else {
            (self.entries.under(dir), dir.len() + 1)
        };
        let mut names: Vec<String> = Vec::new();
        let mut last_dir: Option<&str> = None;
        for (path, _) in inside {
            let rest = &path[skip..];
            match rest.find('/') {
                None => names.push(rest.to_string()),
                Some(i) => {
                    let d = &rest[..i];
                    if last_dir != Some(d) {
                        names.push(d.to_string());
                        last_dir = Some(d);
                    }
                }
            }
        }
        let v: Arc<[String]> = names.into();
        if let Ok(mut m) = self.children.lock() {
            m.insert(dir.to_string(), Arc::clone(&v));
        }
        v
    }

    /// A shared handle, for threads.
    pub fn shared(self) -> Arc<RepoView> {
        Arc::new(self)
    }
}

/// What the status pass over the working tree found (worktree mode).
#[derive(Debug, Default)]
struct WorkStatus {
    /// Untracked, not-ignored files, sorted.
    untracked: Vec<String>,
    /// Tracked paths deleted from disk.
    deleted: HashSet<String>,
    /// Tracked paths whose type changed on disk (file ↔ symlink).
    typechanged: HashSet<String>,
}

/// What became of a tracked path on disk, as `git status` sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OnDisk {
    /// There, as tracked (its content may differ).
    Same,
    /// Gone: absent, or a file or symlink stands where a folder on its way was.
    Deleted,
    /// A symlink where a file is tracked, or the other way round.
    TypeChanged,
}

/// Whether the state on disk of a tracked path may be learnt from that path
/// alone, as the status pass would report it: not when git folds case
/// (`core.ignorecase`) or keeps symlinks as plain files (`core.symlinks =
/// false`), where the pass compares differently.
fn per_path_answers(repo: &Repository) -> bool {
    let Ok(cfg) = repo.config() else {
        return false;
    };
    !cfg.get_bool("core.ignorecase").unwrap_or(false)
        && cfg.get_bool("core.symlinks").unwrap_or(true)
}

/// The status pass: untracked files, and tracked paths deleted or whose type
/// changed, leaving out paths outside a sparse checkout.
fn work_status(repo: &Repository, skip_worktree: &HashSet<String>) -> WorkStatus {
    let mut out = WorkStatus::default();
    let mut opts = git2::StatusOptions::new();
    opts.show(git2::StatusShow::Workdir)
        .include_untracked(true)
        .recurse_untracked_dirs(true)
        .include_ignored(false)
        .include_unmodified(false)
        .exclude_submodules(true)
        .no_refresh(true);
    if let Ok(statuses) = repo.statuses(Some(&mut opts)) {
        for s in statuses.iter() {
            let Ok(p) = s.path() else { continue };
            let st = s.status();
            if skip_worktree.contains(p) {
                // Outside the sparse checkout: absent on disk by design.
                continue;
            }
            if st.contains(git2::Status::WT_NEW) {
                out.untracked.push(p.to_string());
            } else if st.contains(git2::Status::WT_DELETED) {
                out.deleted.insert(p.to_string());
            } else if st.contains(git2::Status::WT_TYPECHANGE) {
                out.typechanged.insert(p.to_string());
            }
        }
    }
    out.untracked.sort();
    out
}

/// Whether `dir` may be a folder on disk that the status pass walks: false
/// when it, or a folder on its way, is absent or no real folder (a file, a
/// symlink); true when it is one, or when `lstat` fails otherwise.
fn maybe_folder(root: &disk::Root, dir: &str) -> bool {
    let mut full = root.canon.clone();
    for part in dir.split('/') {
        full.push(part);
        match std::fs::symlink_metadata(&full) {
            Ok(m) if m.file_type().is_dir() => {}
            Ok(_) => return false,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                return false;
            }
            Err(_) => return true,
        }
    }
    true
}

/// A tracked path's state on disk from `lstat`s of it and of the folders on
/// its way (none followed, as the status pass walks the tree), when that
/// tells: `None` for a folder where a file is tracked, a special file, or an
/// error other than absence, which the status pass must judge.
fn disk_change(root: &disk::Root, path: &str, symlink: bool) -> Option<OnDisk> {
    let mut full = root.canon.clone();
    let mut parts = path.split('/').peekable();
    while let Some(part) = parts.next() {
        full.push(part);
        let meta = match std::fs::symlink_metadata(&full) {
            Ok(m) => m,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                return Some(OnDisk::Deleted);
            }
            Err(_) => return None,
        };
        let ft = meta.file_type();
        if parts.peek().is_some() {
            if !ft.is_dir() {
                return Some(OnDisk::Deleted);
            }
            continue;
        }
        return if ft.is_symlink() || ft.is_file() {
            Some(if ft.is_symlink() == symlink {
                OnDisk::Same
            } else {
                OnDisk::TypeChanged
            })
        } else {
            None
        };
    }
    None
}

/// The tracked entries, sorted by path bytes (git's index order), each path
/// once: a path is found, and a folder's content is the run of paths starting
/// with `folder/`, by binary search.
///
/// A listing edited only in the blobs of some of its paths (the hook's
/// `HEAD` of a commit that modifies files and adds, deletes or renames
/// none) shares the entries of the listing it was made from and keeps the
/// new blobs apart, in `blobs`: its paths and kinds are those entries',
/// so only [`Tracked::get`] has to look at `blobs`.
struct Tracked {
    entries: Arc<Vec<(SharedPath, EntryKind)>>,
    /// Paths of `entries` whose entry here is another blob of the same kind
    /// (file or symlink), sorted by path.
    blobs: Vec<(String, EntryKind)>,
    /// Lookups of [`Tracked::get`] so far, until the index is made.
    lookups: AtomicUsize,
    /// The index of each entry by the hash of its path ([`AMBIGUOUS`] when
    /// two paths share a hash: those are found by binary search). Made once
    /// the lookups outnumber a quarter of the entries: checking a few
    /// documents (the hook, `check PATH`) never pays for it, checking a
    /// repository (hundreds of thousands of references, each a lookup or
    /// more) makes its binary searches (13 string comparisons each in 6,700
    /// paths) one hash and one comparison.
    index: OnceLock<FxHashMap<u64, u32>>,
    /// The length of each entry's file name (its last segment), in order;
    /// [`NAME_TOO_LONG`] for one that does not fit. Made at the first
    /// question about names: the repository-wide scans (which sites, which
    /// status files, which ignore files) each look at every path's name,
    /// and finding the last `/` of 100,000 paths once instead of in each
    /// scan is most of what they cost.
    name_lens: OnceLock<Vec<u16>>,
}

/// A [`Tracked::name_lens`] entry for a name of `u16::MAX` bytes or more:
/// its name is found again when asked.
const NAME_TOO_LONG: u16 = u16::MAX;

/// A tracked file's path, with its folder (`""` at the root) and file name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrackedFile<'a> {
    pub path: &'a str,
    pub dir: &'a str,
    pub name: &'a str,
}

impl<'a> TrackedFile<'a> {
    /// `path` split at its last `/`.
    pub fn split(path: &'a str) -> TrackedFile<'a> {
        let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
        TrackedFile { path, dir, name }
    }

    /// `path` whose file name is its last `name_len` bytes ([`NAME_TOO_LONG`]: unknown).
    fn with_name_len(path: &'a str, name_len: u16) -> TrackedFile<'a> {
        let at = match path.len().checked_sub(usize::from(name_len)) {
            Some(at) if name_len != NAME_TOO_LONG => at,
            _ => return TrackedFile::split(path),
        };
        if at == 0 {
            return TrackedFile {
                path,
                dir: "",
                name: path,
            };
        }
        match (path.get(..at - 1), path.get(at..)) {
            (Some(dir), Some(name)) => TrackedFile { path, dir, name },
            _ => TrackedFile::split(path),
        }
    }
}

/// An index entry of [`Tracked::index`] for a hash that two paths share.
const AMBIGUOUS: u32 = u32::MAX;

/// The hash of a path in [`Tracked::index`].
fn path_hash(path: &str) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault};
    BuildHasherDefault::<rustc_hash::FxHasher>::default().hash_one(path)
}

/// A listing of paths in one text, so that the paths containing a string
/// are found by one vectorised substring search instead of one search per
/// path: the text the listing's paths already share (an index's, in index
/// order), or else the paths joined, each ended by a NUL (which no git path
/// holds).
struct Joined {
    text: JoinedText,
    /// Where each path lies in the text, in listing order (ascending).
    ranges: Vec<(usize, usize)>,
}

enum JoinedText {
    Own(String),
    Shared(Arc<OnceLock<String>>),
}

impl Joined {
    fn new<'a>(paths: impl Iterator<Item = &'a str> + Clone) -> Joined {
        let (n, len) = paths
            .clone()
            .fold((0, 0), |(n, len), p| (n + 1, len + p.len() + 1));
        let mut text = String::with_capacity(len);
        let mut ranges = Vec::with_capacity(n);
        for p in paths {
            ranges.push((text.len(), text.len() + p.len()));
            text.push_str(p);
            text.push('\0');
        }
        Joined {
            text: JoinedText::Own(text),
            ranges,
        }
    }

    /// The listing `paths` as ranges of the text they share, when they all
    /// share one, in order: no copy of the paths.
    fn shared<'a>(paths: impl Iterator<Item = &'a SharedPath>) -> Option<Joined> {
        let mut text: Option<&Arc<OnceLock<String>>> = None;
        let mut ranges = Vec::new();
        for p in paths {
            let (t, start, end) = p.in_text();
            match text {
                None => text = Some(t),
                Some(first) if Arc::ptr_eq(first, t) => {}
                Some(_) => return None,
            }
            if ranges.last().is_some_and(|&(_, last)| start < last) {
                return None;
            }
            ranges.push((start, end));
        }
        Some(Joined {
            text: JoinedText::Shared(Arc::clone(text?)),
            ranges,
        })
    }

    fn text(&self) -> &str {
        match &self.text {
            JoinedText::Own(t) => t,
            JoinedText::Shared(t) => t.get().map_or("", String::as_str),
        }
    }

    /// The paths that contain `needle` (which holds no NUL and is not
    /// empty), in listing order, each once.
    fn containing<'a>(&'a self, needle: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        let text = self.text();
        let finder = memchr::memmem::Finder::new(needle.as_bytes());
        let mut from = 0;
        std::iter::from_fn(move || {
            loop {
                let at = from + finder.find(text.as_bytes().get(from..)?)?;
                // The path the match starts in; in a shared text a match may
                // run on into the next path (or start in one not listed):
                // then the search goes on from the next byte.
                let i = self
                    .ranges
                    .partition_point(|&(s, _)| s <= at)
                    .checked_sub(1);
                match i.map(|i| self.ranges[i]) {
                    Some((start, end)) if at + needle.len() <= end => {
                        from = end;
                        return text.get(start..end);
                    }
                    _ => from = at + 1,
                }
            }
        })
    }
}

impl Tracked {
    /// Sorts (an index is sorted already: linear) and keeps the last entry of
    /// a path listed more than once (the highest stage of a conflict).
    fn new(mut v: Vec<(SharedPath, EntryKind)>) -> Tracked {
        // An index lists each path once, in this order: verified in one pass.
        if v.windows(2).all(|w| w[0].0 < w[1].0) {
            return Tracked::of(v);
        }
        v.sort_by(|a, b| a.0.cmp(&b.0));
        let mut out: Vec<(SharedPath, EntryKind)> = Vec::with_capacity(v.len());
        for e in v {
            match out.last_mut() {
                Some(last) if last.0 == e.0 => *last = e,
                _ => out.push(e),
            }
        }
        Tracked::of(out)
    }

    /// Entries already sorted, each path once.
    fn of(v: Vec<(SharedPath, EntryKind)>) -> Tracked {
        Tracked::sharing(Arc::new(v), Vec::new())
    }

    fn sharing(
        entries: Arc<Vec<(SharedPath, EntryKind)>>,
        blobs: Vec<(String, EntryKind)>,
    ) -> Tracked {
        Tracked {
            entries,
            blobs,
            lookups: AtomicUsize::new(0),
            index: OnceLock::new(),
            name_lens: OnceLock::new(),
        }
    }

    /// [`Tracked::name_lens`], made at the first call.
    fn name_lens(&self) -> &[u16] {
        self.name_lens.get_or_init(|| {
            self.entries
                .iter()
                .map(|(p, _)| {
                    let p = p.as_bytes();
                    let name = p.len() - memchr::memrchr(b'/', p).map_or(0, |i| i + 1);
                    u16::try_from(name).unwrap_or(NAME_TOO_LONG)
                })
                .collect()
        })
    }

    /// The entries in order (with the kinds of the listing they are shared
    /// with: the same kind as here, not always the same blob; see [`Tracked::get`]).
    fn list(&self) -> &[(SharedPath, EntryKind)] {
        &self.entries
    }

    /// These entries with `edit` applied, in order, each path once. The
    /// paths are shared with these, not copied.
    fn edited(&self, edit: ListingEdit) -> Tracked {
        let at = |path: &str| self.entries.binary_search_by(|(p, _)| (**p).cmp(path)).ok();
        let same_kind =
            |a: &EntryKind, b: &EntryKind| std::mem::discriminant(a) == std::mem::discriminant(b);
        // Only blobs change: the entries are shared, not copied.
        let blobs_only = edit.removed.iter().all(|p| at(p).is_none())
            && edit.changed.iter().all(|(path, oid, mode)| {
                at(path).is_some_and(|i| same_kind(&self.entries[i].1, &EntryKind::of(*mode, *oid)))
            });
        if blobs_only {
            let mut blobs: Vec<(String, EntryKind)> = edit
                .changed
                .into_iter()
                .map(|(path, oid, mode)| (path, EntryKind::of(mode, oid)))
                .collect();
            blobs.sort_by(|a, b| a.0.cmp(&b.0));
            blobs.dedup_by(|later, first| {
                let same = later.0 == first.0;
                if same {
                    // The last one named wins, as in the copy below.
                    first.1 = later.1.clone();
                }
                same
            });
            for (path, kind) in &self.blobs {
                if let Err(i) = blobs.binary_search_by(|(p, _)| p.as_str().cmp(path)) {
                    blobs.insert(i, (path.clone(), kind.clone()));
                }
            }
            return Tracked::sharing(Arc::clone(&self.entries), blobs);
        }
        let mut removed: Vec<usize> = edit.removed.iter().filter_map(|p| at(p)).collect();
        removed.sort_unstable();
        let mut removed = removed.into_iter().peekable();
        let mut out: Vec<(SharedPath, EntryKind)> =
            Vec::with_capacity(self.entries.len() + edit.changed.len());
        for (i, (path, kind)) in self.entries.iter().enumerate() {
            if removed.next_if_eq(&i).is_none() {
                let kind = match self.blobs.is_empty() {
                    true => kind.clone(),
                    false => self.get(path).unwrap_or(kind).clone(),
                };
                out.push((path.clone(), kind));
            }
        }
        // Paths this listing has in addition are merged in, in order.
        let mut added: Vec<(SharedPath, EntryKind)> = Vec::new();
        for (path, oid, mode) in edit.changed {
            let kind = EntryKind::of(mode, oid);
            match out.binary_search_by(|(p, _)| (**p).cmp(path.as_str())) {
                Ok(i) => out[i].1 = kind,
                Err(_) => added.push((SharedPath::own(path), kind)),
            }
        }
        if added.is_empty() {
            return Tracked::of(out);
        }
        let added = Tracked::new(added).list().to_vec();
        let mut merged = Vec::with_capacity(out.len() + added.len());
        let mut added = added.into_iter().peekable();
        for e in out {
            while let Some(a) = added.next_if(|a| a.0 < e.0) {
                merged.push(a);
            }
            merged.push(e);
        }
        merged.extend(added);
        Tracked::of(merged)
    }

    /// Whether `path` is one whose blob this listing has otherwise than the
    /// one it shares its entries with.
    fn blob_changed(&self, path: &str) -> bool {
        self.blobs
            .binary_search_by(|(p, _)| p.as_str().cmp(path))
            .is_ok()
    }

    fn get(&self, path: &str) -> Option<&EntryKind> {
        if !self.blobs.is_empty()
            && let Ok(i) = self.blobs.binary_search_by(|(p, _)| p.as_str().cmp(path))
        {
            return Some(&self.blobs[i].1);
        }
        self.position(path).map(|i| &self.entries[i].1)
    }

    /// Where `path` is in `entries`: by the index once it is made (see
    /// [`Tracked::index`]), else by binary search.
    fn position(&self, path: &str) -> Option<usize> {
        let search = || self.entries.binary_search_by(|(p, _)| (**p).cmp(path)).ok();
        let index = match self.index.get() {
            Some(index) => index,
            None => {
                let n = self.lookups.fetch_add(1, AtomicOrdering::Relaxed);
                if n < 64 + self.entries.len() / 4 {
                    return search();
                }
                self.index.get_or_init(|| {
                    let mut index: FxHashMap<u64, u32> = FxHashMap::default();
                    index.reserve(self.entries.len());
                    for (i, (p, _)) in self.entries.iter().enumerate() {
                        let i = u32::try_from(i).unwrap_or(AMBIGUOUS);
                        index
                            .entry(path_hash(p))
                            .and_modify(|at| *at = AMBIGUOUS)
                            .or_insert(i);
                    }
                    index
                })
            }
        };
        match index.get(&path_hash(path)) {
            None => None,
            Some(&AMBIGUOUS) => search(),
            Some(&i) => {
                let i = i as usize;
                (self.entries.get(i).is_some_and(|(p, _)| &**p == path)).then_some(i)
            }
        }
    }

    /// The entries inside folder `dir` (at any depth).
    fn under(&self, dir: &str) -> &[(SharedPath, EntryKind)] {
        let prefix = format!("{dir}/");
        let start = self
            .entries
            .partition_point(|(p, _)| &**p < prefix.as_str());
        let rest = &self.entries[start..];
        let len = rest.partition_point(|(p, _)| p.starts_with(prefix.as_str()));
        &rest[..len]
    }
}

/// A regular file a walk found: its real path when it is not the path
/// asked, and which file it is.
type Seen = (Option<Box<str>>, disk::FileId);

/// What [`RepoView::walk`] found: a regular file (its real path, which file
/// it is), or anything else as [`disk::walk`] says.
enum Walked {
    File { rel: String, id: disk::FileId },
    Other(disk::Walk),
}

enum Resolved {
    Path(String),
    Outside { target: String },
    Broken(String),
}

enum LinkTarget {
    Text(String),
    /// Not a symlink (any more): the path goes on as it is.
    NotALink,
    Unreadable(String),
}

fn too_many_links() -> String {
    format!(
        "it is a chain of more than {} symlinks (a loop?)",
        disk::MAX_HOPS
    )
}

enum DiskState {
    File,
    Dir,
    Outside,
    Absent,
}

/// Resolves a symlink's target text relative to the symlink's folder.
fn normalize_link_target(link_path: &str, target: &str) -> Option<String> {
    let parent = link_path.rfind('/').map(|i| &link_path[..i]).unwrap_or("");
    join_relative(parent, target)
}

/// Lines of a file as its reader's editor shows them: [`count_lines`],
/// except in a file with no `\n` at all, whose lines end with a lone `\r`
/// (classic Mac OS line endings: naturinex-app's `eas.json`, whose QC
/// report cites `eas.json:59`, survey 81c): there each `\r` ends a line, as
/// every editor reads it, where git sees one line. A file with any `\n`
/// counts as git counts it.
pub fn count_shown_lines(bytes: &[u8]) -> usize {
    if bytes.contains(&b'\n') || !bytes.contains(&b'\r') {
        return count_lines(bytes);
    }
    let ends = bytes.iter().filter(|&&b| b == b'\r').count();
    if bytes.ends_with(b"\r") {
        ends
    } else {
        ends + 1
    }
}

/// Lines of a byte buffer: `\n` ends a line; a last line without a newline counts.
pub fn count_lines(bytes: &[u8]) -> usize {
    let newlines = bytes.iter().filter(|&&b| b == b'\n').count();
    if bytes.is_empty() || bytes.ends_with(b"\n") {
        newlines
    } else {
        newlines + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs git in `dir` with no global configuration and a committer,
    /// whatever git's environment variables the test runner has; panics
    /// when it fails.
    fn git_in(dir: &Path, args: &[&str]) {
        let ok = std::process::Command::new("git")
            .current_dir(dir)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env_remove("GIT_DIR")
            .env_remove("GIT_INDEX_FILE")
            .env_remove("GIT_WORK_TREE")
            .args(["-c", "user.name=t", "-c", "user.email=t@t"])
            .args(args)
            .status()
            .unwrap()
            .success();
        assert!(ok, "git {args:?}");
    }

    #[test]
    fn a_tracked_file_split_by_its_stored_name_length_is_split_at_its_last_slash() {
        let long = format!("dir/{}", "n".repeat(70_000));
        let paths = [
            "README.md",
            "a/b.md",
            "a/b/c.md",
            "/x",
            "a/",
            "é/ü.md",
            long.as_str(),
        ];
        let t = Tracked::new(
            paths
                .iter()
                .map(|p| {
                    (
                        SharedPath::own(p.to_string()),
                        EntryKind::File(Oid::ZERO_SHA1),
                    )
                })
                .collect(),
        );
        let lens = t.name_lens();
        assert_eq!(lens.len(), paths.len());
        for ((p, _), &n) in t.list().iter().zip(lens) {
            assert_eq!(
                TrackedFile::with_name_len(p, n),
                TrackedFile::split(p),
                "{p:?}"
            );
        }
        // A name too long for the stored length is found again.
        assert_eq!(
            TrackedFile::with_name_len(&long, NAME_TOO_LONG),
            TrackedFile {
                path: &long,
                dir: "dir",
                name: &long[4..],
            }
        );
        // A stored length that does not fit the path falls back to the split.
        assert_eq!(
            TrackedFile::with_name_len("a/b", 9),
            TrackedFile::split("a/b")
        );
    }

    #[test]
    fn tracked_table_finds_paths_and_folders() {
        let oid = Oid::ZERO_SHA1;
        // As a tree walk gives them (not byte order), with a conflict's stages.
        let t = Tracked::new(vec![
            (SharedPath::own("a/b.md".into()), EntryKind::File(oid)),
            (SharedPath::own("a.b".into()), EntryKind::File(oid)),
            (SharedPath::own("a/c/d.md".into()), EntryKind::Symlink(oid)),
            (SharedPath::own("ab".into()), EntryKind::Submodule),
            (SharedPath::own("x.md".into()), EntryKind::File(oid)),
            (SharedPath::own("x.md".into()), EntryKind::Symlink(oid)),
        ]);
        let names: Vec<&str> = t.list().iter().map(|(p, _)| &**p).collect();
        assert_eq!(names, ["a.b", "a/b.md", "a/c/d.md", "ab", "x.md"]);
        assert_eq!(
            t.get("x.md"),
            Some(&EntryKind::Symlink(oid)),
            "last stage kept"
        );
        assert_eq!(t.get("a"), None);
        let under = |d: &str| t.under(d).iter().map(|(p, _)| &**p).collect::<Vec<_>>();
        assert_eq!(under("a"), ["a/b.md", "a/c/d.md"]);
        assert_eq!(under("a/c"), ["a/c/d.md"]);
        assert!(under("a/b").is_empty() && under("ab").is_empty() && under("x").is_empty());
    }

    #[test]
    fn the_hash_index_answers_as_the_binary_search_does() {
        let oid = Oid::ZERO_SHA1;
        let names: Vec<String> = (0..300).map(|i| format!("d{}/f{i}.md", i % 7)).collect();
        let t = Tracked::new(
            names
                .iter()
                .map(|n| (SharedPath::own(n.clone()), EntryKind::File(oid)))
                .collect(),
        );
        let paths = || {
            names
                .iter()
                .map(String::as_str)
                .chain(["d0", "d1/f1.md/", "", "d0/f0.mdx", "zz"])
        };
        let asked = |t: &Tracked| paths().map(|p| t.position(p)).collect::<Vec<_>>();
        let expected: Vec<Option<usize>> = paths()
            .map(|p| t.entries.binary_search_by(|(q, _)| (**q).cmp(p)).ok())
            .collect();
        for n in &names[..100] {
            assert!(t.position(n).is_some());
        }
        assert!(t.index.get().is_none(), "a few lookups make no index");
        asked(&t);
        assert!(t.index.get().is_some(), "many lookups make the index");
        assert_eq!(asked(&t), expected);
        assert_eq!(expected[..300].iter().flatten().count(), 300);
        assert!(expected[300..].iter().all(Option::is_none));
    }

    #[test]
    fn an_edited_listing_shares_the_paths_and_applies_the_edit() {
        let (a, b) = (Oid::ZERO_SHA1, Oid::from_bytes(&[1; 20]).unwrap());
        let t = Tracked::new(vec![
            (SharedPath::own("added.md".into()), EntryKind::File(a)),
            (SharedPath::own("kept.md".into()), EntryKind::File(a)),
            (SharedPath::own("modified.py".into()), EntryKind::File(a)),
            (SharedPath::own("new/name.md".into()), EntryKind::File(a)),
        ]);
        let edited = t.edited(ListingEdit {
            removed: vec!["added.md".into(), "new/name.md".into()],
            changed: vec![
                ("modified.py".into(), b, 0o120000),
                ("deleted.txt".into(), b, 0o100644),
                ("old/name.md".into(), b, 0o100644),
            ],
        });
        let listed: Vec<(&str, &EntryKind)> =
            edited.list().iter().map(|(p, k)| (&**p, k)).collect();
        assert_eq!(
            listed,
            [
                ("deleted.txt", &EntryKind::File(b)),
                ("kept.md", &EntryKind::File(a)),
                ("modified.py", &EntryKind::Symlink(b)),
                ("old/name.md", &EntryKind::File(b)),
            ]
        );
        assert!(
            t.list()[1].0.is_shared_with(&edited.list()[1].0),
            "kept paths are shared"
        );
    }

    /// A shared text holds its paths with nothing between them: a match that
    /// runs from one path into the next, or lies in a path not listed, is
    /// no path containing the string, and the search goes on after it.
    #[test]
    fn paths_containing_a_string_in_a_shared_text() {
        let mut b = shared_path::PathsBuilder::with_capacity(0);
        let paths: Vec<SharedPath> = ["xab", "aba", "hidden/aba", "q/aba.md", "r"]
            .iter()
            .map(|p| b.push(p))
            .collect();
        b.finish();
        let listed = [&paths[0], &paths[1], &paths[3], &paths[4]];
        let shared = Joined::shared(listed.iter().copied()).unwrap();
        let own = Joined::new(listed.iter().map(|p| &***p));
        for j in [&shared, &own] {
            let found = |n: &str| j.containing(n).map(str::to_string).collect::<Vec<_>>();
            assert_eq!(found("aba"), ["aba", "q/aba.md"]);
            assert_eq!(found("ab"), ["xab", "aba", "q/aba.md"]);
            assert_eq!(found("bab"), Vec::<&str>::new());
            assert_eq!(found("r"), ["r"]);
            assert_eq!(found("a.mdr"), Vec::<&str>::new());
        }
        // Out of order, or from two texts: joined as a copy instead.
        assert!(Joined::shared([&paths[1], &paths[0]].into_iter()).is_none());
        let other = SharedPath::own("z".into());
        assert!(Joined::shared([&paths[0], &other].into_iter()).is_none());
    }

    #[test]
    fn a_listing_edited_in_blobs_only_shares_its_entries() {
        let (a, b, c) = (
            Oid::ZERO_SHA1,
            Oid::from_bytes(&[1; 20]).unwrap(),
            Oid::from_bytes(&[2; 20]).unwrap(),
        );
        let t = Tracked::new(vec![
            (SharedPath::own("a.md".into()), EntryKind::File(a)),
            (SharedPath::own("b.md".into()), EntryKind::File(a)),
            (SharedPath::own("l".into()), EntryKind::Symlink(a)),
        ]);
        let edited = t.edited(ListingEdit {
            removed: vec!["gone.md".into()],
            changed: vec![
                ("l".into(), b, 0o120000),
                ("b.md".into(), b, 0o100644),
                ("b.md".into(), c, 0o100644),
            ],
        });
        assert!(
            Arc::ptr_eq(&t.entries, &edited.entries),
            "shared, not copied"
        );
        assert_eq!(edited.get("a.md"), Some(&EntryKind::File(a)));
        assert_eq!(
            edited.get("b.md"),
            Some(&EntryKind::File(c)),
            "the last one named"
        );
        assert_eq!(edited.get("l"), Some(&EntryKind::Symlink(b)));
        assert_eq!(edited.get("gone.md"), None);
        assert_eq!(
            t.get("b.md"),
            Some(&EntryKind::File(a)),
            "the base is unchanged"
        );
        // Edited again, with a path added: a copy, with the blobs of both edits.
        let again = edited.edited(ListingEdit {
            removed: Vec::new(),
            changed: vec![("c.md".into(), c, 0o100644), ("a.md".into(), b, 0o100644)],
        });
        assert!(!Arc::ptr_eq(&t.entries, &again.entries));
        let listed: Vec<(&str, &EntryKind)> = again.list().iter().map(|(p, k)| (&**p, k)).collect();
        assert_eq!(
            listed,
            [
                ("a.md", &EntryKind::File(b)),
                ("b.md", &EntryKind::File(c)),
                ("c.md", &EntryKind::File(c)),
                ("l", &EntryKind::Symlink(b)),
            ]
        );
        // A file that becomes a symlink changes its kind: a copy.
        let kind = t.edited(ListingEdit {
            removed: Vec::new(),
            changed: vec![("a.md".into(), b, 0o120000)],
        });
        assert!(!Arc::ptr_eq(&t.entries, &kind.entries));
        assert_eq!(kind.get("a.md"), Some(&EntryKind::Symlink(b)));
    }

    /// One name looked up alone, every name mapped at once, and the folder
    /// listings, all in the order of a walk of the sorted listing.
    #[test]
    fn names_and_children_in_listing_order() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let files = [
            "x.md",
            "a/b/x.md",
            "a/x/y.md",
            "a/x.md.bak",
            "a-x/x",
            "c/x",
            "c/d/x/z.md",
            "ab/x.md",
        ];
        for f in files {
            let p = dir.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "t\n").unwrap();
        }
        let git = |args: &[&str]| git_in(dir, args);
        git(&["init", "-q"]);
        git(&["add", "x.md", "a", "a-x", "ab"]);
        // c/ stays untracked: listed in the working tree, not in the index.
        for mode in [Mode::Worktree, Mode::Staged] {
            let view = RepoView::open(dir, mode.clone()).unwrap();
            let all = view.names_map();
            for name in ["x.md", "x", "y.md", "z.md", "b", "c", "d", "nothing"] {
                let one = view.named(name);
                assert_eq!(
                    &one,
                    all.get(name).unwrap_or(&Vec::new()),
                    "{name} {mode:?}"
                );
            }
            assert_eq!(view.listed_files().collect::<Vec<_>>(), view.all_files());
        }
        let view = RepoView::open(dir, Mode::Worktree).unwrap();
        // Names are the repository's (tracked files): the untracked c/ is
        // listed as a document to check, but names nothing.
        assert_eq!(view.named("x"), ["a-x/x", "a/x"]);
        assert!(view.all_files().contains(&"c/d/x/z.md".to_string()));
        assert_eq!(view.files_under("c"), ["c/d/x/z.md", "c/x"]);
        assert_eq!(view.named("x.md"), ["a/b/x.md", "ab/x.md", "x.md"]);
        assert_eq!(&*view.children(""), ["a-x", "a", "ab", "x.md"]);
        assert_eq!(&*view.children("a"), ["b", "x.md.bak", "x"]);
        assert!(view.children("a/b/x.md").is_empty());
    }

    /// A walk remembered for a file is never trusted for reading what now
    /// stands there: a file, or a folder on its way, swapped for a symlink out
    /// of the repository is refused; a file rewritten under its name is read.
    #[test]
    fn a_remembered_walk_is_checked_again_when_reading() {
        let tmp = tempfile::tempdir().unwrap();
        let (dir, outside) = (tmp.path().join("repo"), tmp.path().join("outside"));
        std::fs::create_dir_all(dir.join("d")).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        for f in ["a.md", "b.md", "d/c.md"] {
            std::fs::write(dir.join(f), "inside\n").unwrap();
        }
        std::fs::write(outside.join("c.md"), "secret\n").unwrap();
        std::fs::write(outside.join("a.md"), "secret\n").unwrap();
        std::fs::write(outside.join("x.md"), "secret\n").unwrap();
        let ok = std::process::Command::new("git")
            .current_dir(&dir)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env_remove("GIT_DIR")
            .env_remove("GIT_INDEX_FILE")
            .env_remove("GIT_WORK_TREE")
            .args(["init", "-q"])
            .status()
            .unwrap()
            .success();
        assert!(ok);
        let view = RepoView::open(&dir, Mode::Worktree).unwrap();
        for f in ["a.md", "b.md", "d/c.md"] {
            assert_eq!(view.real_path(f), f);
            assert!(matches!(view.fetch(f), Fetched::Bytes(b) if b == b"inside\n"));
        }
        std::fs::remove_file(dir.join("a.md")).unwrap();
        std::os::unix::fs::symlink(outside.join("a.md"), dir.join("a.md")).unwrap();
        std::fs::rename(dir.join("d"), dir.join("e")).unwrap();
        std::os::unix::fs::symlink(&outside, dir.join("d")).unwrap();
        std::fs::write(dir.join("b.tmp"), "rewritten\n").unwrap();
        std::fs::rename(dir.join("b.tmp"), dir.join("b.md")).unwrap();
        assert!(matches!(view.fetch("a.md"), Fetched::Outside { .. }));
        assert!(matches!(view.fetch("d/c.md"), Fetched::Outside { .. }));
        assert_eq!(view.real_path("d/x.md"), "d/x.md");
        assert!(matches!(view.fetch("d/x.md"), Fetched::Outside { .. }));
        assert!(matches!(view.fetch("b.md"), Fetched::Bytes(b) if b == b"rewritten\n"));
    }

    /// An edited view answers `named` from the joined listing of the view it
    /// was made from as a view of that revision answers it from its own.
    /// The hook's `HEAD` view takes the index view's answer of a question of
    /// the whole repository only when answering read none of the files the
    /// commit changes, and only when the commit changes blobs and no path.
    #[test]
    fn an_edited_view_takes_a_memo_that_read_no_changed_file() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let git = |args: &[&str]| git_in(dir, args);
        git(&["init", "-q"]);
        for (f, text) in [("site.toml", "old"), ("a.md", "one"), ("b.md", "two")] {
            std::fs::write(dir.join(f), text).unwrap();
        }
        git(&["add", "-A"]);
        git(&["commit", "-q", "-m", "one"]);
        std::fs::write(dir.join("a.md"), "one, edited").unwrap();
        std::fs::write(dir.join("site.toml"), "new").unwrap();
        git(&["add", "-A"]);
        let head = RepoView::open(dir, Mode::Rev("HEAD".into())).unwrap();
        let index = Arc::new(StagedIndex::of_repo(&open_repository(dir).unwrap()).unwrap());
        let staged = RepoView::open_staged(dir, &index).unwrap();
        let oid = |p: &str| match head.entries.get(p) {
            Some(EntryKind::File(o)) => *o,
            _ => panic!("{p}"),
        };
        let read = |p: &'static str| {
            move |v: &RepoView| String::from_utf8(v.read(p).unwrap_or_default()).unwrap()
        };
        let count = |v: &RepoView| v.tracked_files().count();
        assert_eq!(staged.memo("b", read("b.md")), "two");
        assert_eq!(staged.memo("site", read("site.toml")), "new");
        assert_eq!(staged.memo("count", count), 3);
        // A memo that asks one answered before it (a site list asking the
        // sites detected): it read what that one read.
        let outer = |v: &RepoView| format!("sites: {}", v.memo("site", read("site.toml")));
        assert_eq!(staged.memo("outer", outer), "sites: new");
        let edit = || ListingEdit {
            removed: Vec::new(),
            changed: vec![
                ("a.md".into(), oid("a.md"), 0o100644),
                ("site.toml".into(), oid("site.toml"), 0o100644),
            ],
        };
        let commit = head.rev_oid().unwrap();
        let edited = RepoView::open_edited(dir, commit, &staged, edit()).unwrap();
        assert!(edited.base_memos.is_some());
        // Read nothing the commit changes: the index view's answer (a
        // compute that would answer otherwise shows which one was taken).
        assert_eq!(edited.memo("b", |_| "computed".to_string()), "two");
        assert_eq!(edited.memo("count", |_| 0usize), 3);
        // Read a changed file: answered again, on this view.
        assert_eq!(edited.memo("site", read("site.toml")), "old");
        // So is one whose answer asked that one: not the index view's.
        assert_eq!(edited.memo("outer", outer), "sites: old");
        // Asked for the first time: answered here.
        assert_eq!(edited.memo("a", read("a.md")), "one");
        // A commit that adds a path: nothing is taken over.
        let mut with_path = edit();
        with_path.removed.push("b.md".into());
        let other = RepoView::open_edited(dir, commit, &staged, with_path).unwrap();
        assert!(other.base_memos.is_none());
        assert_eq!(other.memo("count", count), 2);
    }

    /// The hook's index view keeps the answers of questions marked for it
    /// from one run to the next: taken again while the listing and the
    /// blobs each answer read are the same, answered afresh when a file it
    /// read is staged anew or a path is added, and never from a file that
    /// is not the cache's.
    #[test]
    fn a_kept_answer_holds_while_what_it_read_is_the_same() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let git = |args: &[&str]| git_in(dir, args);
        git(&["init", "-q"]);
        for (f, text) in [("site.toml", "old"), ("a.md", "one")] {
            std::fs::write(dir.join(f), text).unwrap();
        }
        git(&["add", "-A"]);
        git(&["commit", "-q", "-m", "one"]);
        let view = || {
            let index = Arc::new(StagedIndex::of_repo(&open_repository(dir).unwrap()).unwrap());
            RepoView::open_staged(dir, &index).unwrap().keep_memos()
        };
        let site = |v: &RepoView, computed: &str| {
            let computed = computed.to_string();
            v.memo_kept("site", move |v| {
                let text = String::from_utf8(v.read("site.toml").unwrap_or_default()).unwrap();
                format!("{text} ({computed})")
            })
        };
        let count = |v: &RepoView, computed: usize| v.memo_kept("count", move |_| computed);
        // First run: answered, and kept.
        let first = view();
        assert_eq!(site(&first, "run 1"), "old (run 1)");
        assert_eq!(count(&first, 2), 2);
        first.save_kept();
        assert!(dir.join(".git/checkmark/memos.json").is_file());
        // Nothing changed: both are the kept answers.
        let second = view();
        assert_eq!(site(&second, "run 2"), "old (run 1)");
        assert_eq!(count(&second, 0), 2);
        // A file no answer read is staged anew: still kept.
        std::fs::write(dir.join("a.md"), "one, edited").unwrap();
        git(&["add", "a.md"]);
        let third = view();
        assert_eq!(site(&third, "run 3"), "old (run 1)");
        // The file an answer read is staged anew: that one is answered again.
        std::fs::write(dir.join("site.toml"), "new").unwrap();
        git(&["add", "site.toml"]);
        let fourth = view();
        assert_eq!(site(&fourth, "run 4"), "new (run 4)");
        assert_eq!(count(&fourth, 0), 2);
        fourth.save_kept();
        assert_eq!(site(&view(), "run 5"), "new (run 4)");
        // A path added: the listing differs, nothing is taken.
        std::fs::write(dir.join("b.md"), "two").unwrap();
        git(&["add", "b.md"]);
        let sixth = view();
        assert_eq!(count(&sixth, 3), 3);
        assert_eq!(site(&sixth, "run 6"), "new (run 6)");
        // A torn or foreign file is ignored, never trusted.
        std::fs::write(
            dir.join(".git/checkmark/memos.json"),
            b"{\"format\": 1, \"fing",
        )
        .unwrap();
        assert_eq!(site(&view(), "run 7"), "new (run 7)");
        // Another mode keeps nothing, and writes nothing.
        std::fs::remove_file(dir.join(".git/checkmark/memos.json")).unwrap();
        let worktree = RepoView::open(dir, Mode::Worktree).unwrap().keep_memos();
        assert_eq!(site(&worktree, "run 8"), "new (run 8)");
        worktree.save_kept();
        assert!(!dir.join(".git/checkmark/memos.json").exists());
    }

    #[test]
    fn an_edited_view_names_as_its_revision_does() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let git = |args: &[&str]| git_in(dir, args);
        git(&["init", "-q"]);
        for f in ["a/x.md", "b/x.md", "b/y.md", "d/x.md/z.md"] {
            std::fs::create_dir_all(dir.join(f).parent().unwrap()).unwrap();
            std::fs::write(dir.join(f), f).unwrap();
        }
        git(&["add", "-A"]);
        git(&["commit", "-q", "-m", "one"]);
        // Staged: b/x.md deleted, c/x.md added, a/x.md changed.
        git(&["rm", "-q", "b/x.md"]);
        std::fs::create_dir_all(dir.join("c")).unwrap();
        std::fs::write(dir.join("c/x.md"), "new").unwrap();
        std::fs::write(dir.join("a/x.md"), "changed").unwrap();
        git(&["add", "-A"]);
        let head = RepoView::open(dir, Mode::Rev("HEAD".into())).unwrap();
        let index = Arc::new(StagedIndex::of_repo(&open_repository(dir).unwrap()).unwrap());
        let staged = RepoView::open_staged(dir, &index).unwrap();
        assert_eq!(staged.named("x.md"), ["a/x.md", "c/x.md", "d/x.md"]);
        let oid = |p: &str| match head.entries.get(p) {
            Some(EntryKind::File(o)) => *o,
            _ => panic!("{p}"),
        };
        let edit = ListingEdit {
            removed: vec!["c/x.md".into()],
            changed: vec![
                ("a/x.md".into(), oid("a/x.md"), 0o100644),
                ("b/x.md".into(), oid("b/x.md"), 0o100644),
            ],
        };
        let commit = head.rev_oid().unwrap();
        let edited = RepoView::open_edited(dir, commit, &staged, edit).unwrap();
        assert!(edited.borrowed_joined.is_some());
        for name in ["x.md", "b", "c", "y.md", "z.md", "d"] {
            assert_eq!(edited.named(name), head.named(name), "{name}");
        }
        assert_eq!(edited.named("x.md"), ["a/x.md", "b/x.md", "d/x.md"]);
    }

    #[test]
    fn line_counting() {
        assert_eq!(count_lines(b""), 0);
        assert_eq!(count_lines(b"a"), 1);
        assert_eq!(count_lines(b"a\nb\n"), 2);
        assert_eq!(count_lines(b"a\nb"), 2);
        assert_eq!(count_lines(b"a\r\nb\r\n"), 2);
        assert_eq!(count_lines(b"\n"), 1);
        assert_eq!(count_shown_lines(b"a\rb\rc\r"), 3);
        assert_eq!(count_shown_lines(b"a\rb"), 2);
        assert_eq!(count_shown_lines(b"a\r\nb\r\n"), 2);
        assert_eq!(count_shown_lines(b"a\rb\nc"), 2);
    }
}
