//! The repository view: one abstraction over the three places content can come
//! from (the working tree, the index, a revision's tree).
//!
//! The listing of tracked paths is built once per run, in one pass over the
//! index or the tree; every later question ("is this a file? a folder? is it
//! tracked? how many lines has it?") is answered from memory or from a cache.
//! `git` is never spawned.

mod path;

pub use path::{join_relative, normalize};

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use git2::{ObjectType, Oid, Repository, TreeWalkMode, TreeWalkResult};
use rustc_hash::{FxHashMap, FxHashSet};

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
    #[error("git error: {0}")]
    Git(#[from] git2::Error),
    #[error("{0}")]
    Io(String),
}

/// What a tracked entry is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum EntryKind {
    File(Oid),
    Symlink(Oid),
    Submodule,
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

/// A read-only view of one repository in one [`Mode`].
pub struct RepoView {
    repo: Mutex<Repository>,
    /// The working directory (None in a bare repository).
    workdir: Option<PathBuf>,
    /// The canonical working directory, for containment checks.
    canon_workdir: Option<PathBuf>,
    mode: Mode,
    /// The resolved commit id in `--rev` mode.
    rev_oid: Option<Oid>,
    entries: FxHashMap<String, EntryKind>,
    dirs: FxHashSet<String>,
    /// Whether any tracked entry is a symlink (else paths need no link resolution).
    has_symlinks: bool,
    /// Untracked, not-ignored files (worktree mode only), for the listing.
    untracked: Vec<String>,
    line_counts: Mutex<HashMap<String, Option<usize>>>,
    children: std::sync::OnceLock<HashMap<String, Vec<String>>>,
    /// Worktree mode: tracked paths deleted from disk, and tracked paths whose
    /// type changed on disk (file ↔ symlink); both from the one status pass.
    deleted: HashSet<String>,
    typechanged: HashSet<String>,
    git_dir: PathBuf,
}

impl RepoView {
    /// Opens the repository that contains `start` and builds the listing.
    pub fn open(start: &Path, mode: Mode) -> Result<RepoView, SourceError> {
        let repo = Repository::discover(start)
            .map_err(|e| SourceError::NotARepo(format!("{} ({})", start.display(), e.message())))?;
        // In a hook, `git commit -a` / `git commit PATH` stage into a temporary
        // index named by GIT_INDEX_FILE (relative to where the hook runs).
        if mode == Mode::Staged
            && let Some(f) = std::env::var_os("GIT_INDEX_FILE")
        {
            let p = Path::new(&f);
            let p = if p.is_absolute() {
                p.to_path_buf()
            } else {
                start.join(p)
            };
            if let Ok(mut index) = git2::Index::open(&p) {
                repo.set_index(&mut index)?;
            }
        }
        let workdir = repo.workdir().map(Path::to_path_buf);
        if workdir.is_none() && !matches!(mode, Mode::Rev(_)) {
            return Err(SourceError::Bare);
        }
        let canon_workdir = workdir.as_ref().and_then(|w| std::fs::canonicalize(w).ok());
        let mut entries = FxHashMap::default();
        let mut rev_oid = None;
        match &mode {
            Mode::Worktree | Mode::Staged => {
                let index = repo.index()?;
                entries.reserve(index.len());
                for e in index.iter() {
                    let Ok(path) = String::from_utf8(e.path.clone()) else {
                        continue;
                    };
                    let kind = match e.mode & 0o170000 {
                        0o120000 => EntryKind::Symlink(e.id),
                        0o160000 => EntryKind::Submodule,
                        _ => EntryKind::File(e.id),
                    };
                    entries.insert(path, kind);
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
                tree.walk(TreeWalkMode::PreOrder, |dir, entry| {
                    if entry.kind() == Some(ObjectType::Tree) {
                        return TreeWalkResult::Ok;
                    }
                    let Ok(name) = entry.name() else {
                        return TreeWalkResult::Ok;
                    };
                    let path = format!("{dir}{name}");
                    let kind = match entry.filemode() {
                        0o120000 => EntryKind::Symlink(entry.id()),
                        0o160000 => EntryKind::Submodule,
                        _ => EntryKind::File(entry.id()),
                    };
                    entries.insert(path, kind);
                    TreeWalkResult::Ok
                })?;
            }
        }
        let mut dirs = FxHashSet::default();
        for path in entries.keys() {
            let mut p = path.as_str();
            while let Some(i) = p.rfind('/') {
                p = &p[..i];
                if !dirs.insert(p.to_string()) {
                    break;
                }
            }
        }
        let mut untracked = Vec::new();
        let mut deleted = HashSet::new();
        let mut typechanged = HashSet::new();
        if mode == Mode::Worktree {
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
                    if st.contains(git2::Status::WT_NEW) {
                        untracked.push(p.to_string());
                    } else if st.contains(git2::Status::WT_DELETED) {
                        deleted.insert(p.to_string());
                    } else if st.contains(git2::Status::WT_TYPECHANGE) {
                        typechanged.insert(p.to_string());
                    }
                }
            }
        }
        let git_dir = repo.path().to_path_buf();
        let has_symlinks = entries.values().any(|k| matches!(k, EntryKind::Symlink(_)));
        Ok(RepoView {
            has_symlinks,
            deleted,
            typechanged,
            git_dir,
            repo: Mutex::new(repo),
            workdir,
            canon_workdir,
            mode,
            rev_oid,
            entries,
            dirs,
            untracked,
            line_counts: Mutex::new(HashMap::new()),
            children: std::sync::OnceLock::new(),
        })
    }

    pub fn mode(&self) -> &Mode {
        &self.mode
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
        self.with_repo(|r| r.path().to_path_buf())
    }

    /// Runs `f` with a repository handle of this thread (blob reads in parallel:
    /// a `git2::Repository` is not `Sync`, so each rayon thread opens its own).
    fn with_thread_repo<T>(&self, f: impl FnOnce(&Repository) -> T) -> Option<T> {
        thread_local! {
            static REPO: std::cell::RefCell<Option<(PathBuf, Repository)>> = const { std::cell::RefCell::new(None) };
        }
        REPO.with(|cell| {
            let mut slot = cell.borrow_mut();
            let fresh = !matches!(&*slot, Some((p, _)) if *p == self.git_dir);
            if fresh {
                *slot = Repository::open(&self.git_dir)
                    .ok()
                    .map(|r| (self.git_dir.clone(), r));
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
    /// ignored ones in worktree mode. Sorted.
    pub fn all_files(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .entries
            .iter()
            .filter(|(_, k)| !matches!(k, EntryKind::Submodule))
            .map(|(p, _)| p.clone())
            .chain(self.untracked.iter().cloned())
            .collect();
        v.sort();
        v.dedup();
        v
    }

    /// Whether `path` is tracked by this source (in the index, or in the tree of REV).
    pub fn is_tracked(&self, path: &str) -> bool {
        self.entries.contains_key(path)
    }

    /// Whether `path` is a folder with tracked content.
    pub fn is_tracked_dir(&self, path: &str) -> bool {
        path.is_empty() || self.dirs.contains(path)
    }

    /// Whether a first path segment exists at the repository root (tracked, or on disk
    /// in the modes that look at the disk).
    pub fn root_entry_exists(&self, name: &str) -> bool {
        if self.entries.contains_key(name) || self.dirs.contains(name) {
            return true;
        }
        self.disk_allowed()
            && self
                .workdir
                .as_ref()
                .is_some_and(|w| w.join(name).symlink_metadata().is_ok())
    }

    fn disk_allowed(&self) -> bool {
        !matches!(self.mode, Mode::Rev(_))
    }

    /// Resolves a repository-relative, normalised path (no `..` left, no leading
    /// `/`) to what it is in this source. Symlinks are followed inside the tree;
    /// one that leaves the repository gives [`PathState::Outside`].
    pub fn stat(&self, path: &str) -> PathState {
        let path = path.trim_end_matches('/');
        match self.resolve_links(path, 0) {
            Resolved::Outside => PathState::Outside,
            Resolved::Path(p) => self.stat_resolved(&p),
        }
    }

    fn stat_resolved(&self, path: &str) -> PathState {
        // Inside a submodule: its content is another repository's.
        let mut p = path;
        while let Some(i) = p.rfind('/') {
            p = &p[..i];
            if matches!(self.entries.get(p), Some(EntryKind::Submodule)) {
                return PathState::Submodule;
            }
        }
        match self.entries.get(path) {
            Some(EntryKind::Submodule) => return PathState::Submodule,
            Some(_) => {
                if self.mode == Mode::Worktree {
                    // Tracked, but deleted from the working tree (known from the status pass).
                    if self.deleted.contains(path) {
                        return PathState::Missing;
                    }
                    if self.typechanged.contains(path) && self.on_disk(path).is_none() {
                        return PathState::Missing;
                    }
                }
                return PathState::File;
            }
            None => {}
        }
        if self.is_tracked_dir(path) {
            if self.mode == Mode::Worktree
                && !self.deleted.is_empty()
                && self.on_disk(path) != Some(true)
            {
                return PathState::Missing;
            }
            return PathState::Dir;
        }
        if self.disk_allowed() {
            match self.disk_state(path) {
                DiskState::Outside => return PathState::Outside,
                DiskState::File => return PathState::Untracked { dir: false },
                DiskState::Dir => return PathState::Untracked { dir: true },
                DiskState::Absent => {}
            }
        }
        PathState::Missing
    }

    /// `Some(is_dir)` when the path exists on disk (without following a final symlink out).
    fn on_disk(&self, path: &str) -> Option<bool> {
        let w = self.workdir.as_ref()?;
        let md = w.join(path).symlink_metadata().ok()?;
        Some(md.is_dir())
    }

    fn disk_state(&self, path: &str) -> DiskState {
        let (Some(w), Some(canon_root)) = (&self.workdir, &self.canon_workdir) else {
            return DiskState::Absent;
        };
        let full = w.join(path);
        if full.symlink_metadata().is_err() {
            return DiskState::Absent;
        }
        // realpath only: nothing is opened, and the result is checked before any read.
        match std::fs::canonicalize(&full) {
            Ok(c) if c.starts_with(canon_root) => {
                if c.is_dir() {
                    DiskState::Dir
                } else {
                    DiskState::File
                }
            }
            Ok(_) => DiskState::Outside,
            // A dangling symlink: treat as outside if it points out, else absent.
            Err(_) => match std::fs::read_link(&full) {
                Ok(t)
                    if t.is_absolute()
                        || normalize_link_target(path, &t.to_string_lossy()).is_none() =>
                {
                    DiskState::Outside
                }
                _ => DiskState::Absent,
            },
        }
    }

    /// Follows tracked symlinks in any component of `path`.
    fn resolve_links(&self, path: &str, depth: usize) -> Resolved {
        if !self.has_symlinks {
            return Resolved::Path(path.to_string());
        }
        if depth > 16 {
            return Resolved::Path(path.to_string());
        }
        // Walk prefixes from the shortest: a symlinked folder affects all below it.
        let mut end = 0;
        loop {
            let next = path[end..].find('/').map(|i| end + i);
            let prefix = &path[..next.unwrap_or(path.len())];
            if let Some(EntryKind::Symlink(oid)) = self.entries.get(prefix) {
                let target = self.symlink_target(prefix, *oid);
                let Some(target) = target else {
                    return Resolved::Path(path.to_string());
                };
                if target.starts_with('/') {
                    return Resolved::Outside;
                }
                let Some(joined) = normalize_link_target(prefix, &target) else {
                    return Resolved::Outside;
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

    fn symlink_target(&self, path: &str, oid: Oid) -> Option<String> {
        if self.mode == Mode::Worktree
            && let Some(w) = &self.workdir
            && let Ok(t) = std::fs::read_link(w.join(path))
        {
            return Some(t.to_string_lossy().into_owned());
        }
        self.with_repo(|r| {
            r.find_blob(oid)
                .ok()
                .map(|b| String::from_utf8_lossy(b.content()).into_owned())
        })
    }

    /// Reads a file's bytes from this source. `None` when it is not there.
    /// Only ever reads inside the repository.
    pub fn read(&self, path: &str) -> Option<Vec<u8>> {
        let resolved = match self.resolve_links(path, 0) {
            Resolved::Outside => return None,
            Resolved::Path(p) => p,
        };
        match (&self.mode, self.entries.get(&resolved)) {
            // A tracked regular file that the status pass saw unchanged in type:
            // read it directly (its folders are tracked folders, not symlinks).
            (Mode::Worktree, Some(EntryKind::File(_)))
                if !self.typechanged.contains(&resolved) && !self.deleted.contains(&resolved) =>
            {
                let w = self.workdir.as_ref()?;
                std::fs::read(w.join(&resolved)).ok()
            }
            (Mode::Worktree, _) => self.read_disk(&resolved),
            (_, Some(EntryKind::File(oid))) => {
                let oid = *oid;
                match self.with_thread_repo(|r| r.find_blob(oid).ok().map(|b| b.content().to_vec()))
                {
                    Some(v) => v,
                    None => self.with_repo(|r| r.find_blob(oid).ok().map(|b| b.content().to_vec())),
                }
            }
            _ => None,
        }
    }

    /// Reads a file from disk, whatever its tracking state, if it is inside the repository.
    pub fn read_disk(&self, path: &str) -> Option<Vec<u8>> {
        match self.disk_state(path) {
            DiskState::File => {}
            _ => return None,
        }
        std::fs::read(self.workdir.as_ref()?.join(path)).ok()
    }

    /// The number of lines of a file: `\n` ends a line, a last line without one
    /// still counts, an empty file has none. Cached per path.
    pub fn line_count(&self, path: &str) -> Option<usize> {
        if let Ok(cache) = self.line_counts.lock()
            && let Some(n) = cache.get(path)
        {
            return *n;
        }
        let n = self.read_for_lines(path).map(|b| count_lines(&b));
        if let Ok(mut cache) = self.line_counts.lock() {
            cache.insert(path.to_string(), n);
        }
        n
    }

    fn read_for_lines(&self, path: &str) -> Option<Vec<u8>> {
        match self.read(path) {
            Some(b) => Some(b),
            // An untracked file on disk still has a line count worth checking.
            None if self.disk_allowed() => self.read_disk(path),
            None => None,
        }
    }

    /// Whether git ignores `path` (a `.gitignore` rule matches it).
    pub fn is_ignored(&self, path: &str) -> bool {
        self.disk_allowed() && self.with_repo(|r| r.is_path_ignored(path).unwrap_or(false))
    }

    /// Names of the tracked entries directly inside folder `dir` ("" = root).
    pub fn children(&self, dir: &str) -> &[String] {
        let map = self.children.get_or_init(|| {
            let mut m: HashMap<String, Vec<String>> = HashMap::new();
            for p in self.entries.keys().chain(self.dirs.iter()) {
                let (d, n) = match p.rfind('/') {
                    Some(i) => (&p[..i], &p[i + 1..]),
                    None => ("", p.as_str()),
                };
                m.entry(d.to_string()).or_default().push(n.to_string());
            }
            m
        });
        map.get(dir).map(Vec::as_slice).unwrap_or(&[])
    }

    /// A shared handle, for threads.
    pub fn shared(self) -> Arc<RepoView> {
        Arc::new(self)
    }
}

enum Resolved {
    Path(String),
    Outside,
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

    #[test]
    fn line_counting() {
        assert_eq!(count_lines(b""), 0);
        assert_eq!(count_lines(b"a"), 1);
        assert_eq!(count_lines(b"a\nb\n"), 2);
        assert_eq!(count_lines(b"a\nb"), 2);
        assert_eq!(count_lines(b"a\r\nb\r\n"), 2);
        assert_eq!(count_lines(b"\n"), 1);
    }
}
