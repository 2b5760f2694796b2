//! Staged content read from the working tree when git would take the file
//! there to be the staged one: a copy from the page cache instead of an
//! inflate from the object database (many times faster for the thousands of
//! documents a hook searches and the evidence files whose lines a check
//! counts).
//!
//! A path's working-tree file stands for blob `oid` only when all of these hold:
//!
//! - the index's stage-0 entry of that path is a regular file with that very
//!   blob id (so a `HEAD` blob is read from disk only where the index holds
//!   the same blob), inside the sparse checkout, not an intent-to-add placeholder;
//! - the file's stat data (size, modification and change times, inode) is
//!   the one the index recorded when the file was staged, checked on the opened
//!   file, as `git status` decides that a file is unchanged without reading it;
//! - the entry is not "racily clean": it was not modified in the same instant
//!   as (or after) the index was written, when a change would not show in its
//!   stat data;
//! - no folder on the way is a symlink (a read never leaves the work tree),
//!   and the file is opened without following a symlink;
//! - git converts nothing between the blob and the file: no `.gitattributes`
//!   (filters, `eol`, `text`, `working-tree-encoding`), no
//!   `info/attributes`, no `core.attributesFile` nor the user's or the
//!   system's default attributes file, `core.autocrlf` off.
//!
//! Anything else, and every failure, reads the blob: this only spares inflates,
//! it never changes what is read.
//!
//! A working-tree run uses the same judgement the other way round
//! ([`CleanFiles::unchanged`]): a cited file it has read is known to be its
//! index blob, so when that is also the committed blob the history takes the
//! text at hand for the committed version instead of inflating it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use git2::{Oid, Repository};

use super::disk;
use super::index::StagedIndex;

/// The index's view of which working-tree files are its staged content.
pub struct CleanFiles {
    root: disk::Root,
    index: Arc<StagedIndex>,
    /// The index file's own modification time (entries as new are racy).
    index_mtime: (u32, u32),
    /// Folders (repository-relative) known to be real folders on disk, or not.
    dirs: Mutex<HashMap<String, bool>>,
}

impl CleanFiles {
    /// None when the working tree cannot stand for the index at all (no
    /// work tree, no index file, conversions configured).
    pub fn new(repo: &Repository, index: Arc<StagedIndex>) -> Option<CleanFiles> {
        let workdir = repo.workdir()?;
        let index_mtime = mtime_of(&std::fs::metadata(index.path.as_ref()?).ok()?)?;
        if converts(repo, &index) {
            return None;
        }
        Some(CleanFiles {
            root: disk::Root::new(workdir),
            index,
            index_mtime,
            dirs: Mutex::new(HashMap::new()),
        })
    }

    /// The bytes of blob `oid` at `path` from the working tree, when its file
    /// there is that blob as git decides it (see the module documentation);
    /// None to read the blob instead.
    pub fn read(&self, path: &str, oid: Oid) -> Option<Vec<u8>> {
        let (e, stat) = self.candidate(path)?;
        if e.oid != oid {
            return None;
        }
        disk::read_if_stat(&self.root.join(path), &stat)
    }

    /// The blob id of `path`'s index entry when its working-tree file is,
    /// now, that blob as git decides it (see the module documentation): the
    /// bytes a run read from that file before asking are the blob's, since
    /// a file changed after it was staged has another change time.
    pub fn unchanged(&self, path: &str) -> Option<Oid> {
        let (e, stat) = self.candidate(path)?;
        disk::has_stat(&self.root.join(path), &stat).then_some(e.oid)
    }

    /// `path`'s index entry and the stat data it records, when its file may
    /// stand for its blob (the first conditions of the module documentation).
    fn candidate(&self, path: &str) -> Option<(&super::index::IndexEntry, disk::Stat)> {
        let e = self.index.find(path)?;
        if e.mode & 0o170000 != 0o100000
            || e.skip_worktree
            || e.intent_to_add
            || e.mtime >= self.index_mtime
            || !self.real_dir(parent(path))
        {
            return None;
        }
        let stat = disk::Stat {
            size: e.size,
            mtime: e.mtime,
            ctime: e.ctime,
            ino: e.ino,
        };
        Some((e, stat))
    }

    /// Whether every component of folder `dir` is a real folder (no symlink).
    fn real_dir(&self, dir: &str) -> bool {
        if dir.is_empty() {
            return true;
        }
        if let Ok(m) = self.dirs.lock()
            && let Some(&known) = m.get(dir)
        {
            return known;
        }
        let real = self.real_dir(parent(dir))
            && std::fs::symlink_metadata(self.root.join(dir)).is_ok_and(|m| m.is_dir());
        if let Ok(mut m) = self.dirs.lock() {
            m.insert(dir.to_string(), real);
        }
        real
    }
}

/// Whether git may convert content between blobs and files in this
/// repository (attributes or `core.autocrlf`): then the files are not read for blobs.
fn converts(repo: &Repository, index: &StagedIndex) -> bool {
    if index.has_attributes_file() || repo.path().join("info").join("attributes").exists() {
        return true;
    }
    let Ok(config) = repo.config() else {
        return true;
    };
    let set = |key: &str| config.get_entry(key).is_ok();
    let autocrlf = config.get_bool("core.autocrlf").unwrap_or(false)
        || config
            .get_string("core.autocrlf")
            .is_ok_and(|v| v.eq_ignore_ascii_case("input"));
    autocrlf || set("core.attributesFile") || global_attributes()
}

/// Whether an attributes file git reads outside the repository is there:
/// the user's default one (`$XDG_CONFIG_HOME/git/attributes`, else
/// `~/.config/git/attributes`) or the system's (`/etc/gitattributes`).
fn global_attributes() -> bool {
    let user = match std::env::var_os("XDG_CONFIG_HOME").filter(|v| !v.is_empty()) {
        Some(x) => Some(std::path::PathBuf::from(x).join("git")),
        None => std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".config/git")),
    };
    user.is_some_and(|d| d.join("attributes").exists())
        || std::path::Path::new("/etc/gitattributes").exists()
}

/// The folder of a repository-relative path ("" at the root).
fn parent(path: &str) -> &str {
    path.rfind('/').map(|i| &path[..i]).unwrap_or("")
}

/// A file's modification time as the index records it (seconds, nanoseconds).
fn mtime_of(md: &std::fs::Metadata) -> Option<(u32, u32)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((
            u32::try_from(md.mtime()).ok()?,
            u32::try_from(md.mtime_nsec()).ok()?,
        ))
    }
    #[cfg(not(unix))]
    {
        let _ = md;
        None
    }
}
