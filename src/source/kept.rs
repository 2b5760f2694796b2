//! Answers of whole-repository questions kept from one hook run to the next.
//!
//! A question asked of the whole repository (which documentation sites it
//! declares, which task documents its trackers tick off: see
//! [`RepoView::memo`](super::RepoView::memo)) scans the listing and reads a
//! few files. On a repository of 100,000 files that is most of what a hook
//! run does for a one-document commit, and the answer is almost always the
//! one the last commit got. So the index view of `checkmark hook` keeps the
//! answers of the questions marked for it
//! ([`RepoView::memo_kept`](super::RepoView::memo_kept)) in
//! `.git/checkmark/memos.json`, each with the blob of every file answering
//! it read, under a fingerprint of the listing (every path and its kind) and
//! of the binary.
//!
//! An answer is taken again only when the fingerprint is the same (no file
//! added, deleted or renamed; the same checkmark) and every file it read
//! still holds the same blob in the index. Anything else answers afresh. The
//! file is written atomically (a temporary file renamed), inside the git
//! folder only; a file that cannot be read or parsed is ignored, and one
//! that cannot be written is not an error: the next run answers afresh.

use std::collections::{BTreeMap, HashSet};
use std::hash::Hasher;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use git2::Oid;
use serde::{Deserialize, Serialize};

/// The version of the file's layout (and of what answers mean): a new one
/// drops every answer kept by another.
const FORMAT: u32 = 1;

/// The file, inside the git folder.
const DIR: &str = "checkmark";
const FILE: &str = "memos.json";

#[derive(Serialize, Deserialize, Default)]
struct KeptFile {
    format: u32,
    fingerprint: String,
    memos: BTreeMap<String, Entry>,
}

/// One kept answer: what answering it read, and the answer.
#[derive(Serialize, Deserialize, Clone)]
pub(super) struct Entry {
    /// Each path read and the blob it held (None: no file of the listing).
    reads: Vec<(String, Option<String>)>,
    value: serde_json::Value,
}

/// The kept answers of one view (see the module documentation).
pub(super) struct Kept {
    file: PathBuf,
    /// The answers of the file, when its fingerprint is this view's.
    loaded: OnceLock<BTreeMap<String, Entry>>,
    /// Answers made in this run, to write.
    fresh: Mutex<BTreeMap<String, Entry>>,
    fingerprint: OnceLock<String>,
}

impl Kept {
    /// The kept answers of the repository whose git folder is `git_dir`.
    pub(super) fn new(git_dir: &Path) -> Kept {
        Kept {
            file: git_dir.join(DIR).join(FILE),
            loaded: OnceLock::new(),
            fresh: Mutex::new(BTreeMap::new()),
            fingerprint: OnceLock::new(),
        }
    }

    /// The fingerprint of the view (asked once, when an answer is first wanted).
    fn fingerprint(&self, listing: impl FnOnce() -> String) -> &str {
        self.fingerprint.get_or_init(listing)
    }

    /// The answer kept under `key`, when every file it read still holds the
    /// blob it held (`blob`: a path's blob in this view, None when it is no
    /// file of the listing), with the paths it read.
    pub(super) fn get(
        &self,
        key: &str,
        listing: impl FnOnce() -> String,
        blob: impl Fn(&str) -> Option<Oid>,
    ) -> Option<(serde_json::Value, Vec<String>)> {
        let fingerprint = self.fingerprint(listing).to_string();
        let loaded = self.loaded.get_or_init(|| {
            std::fs::read(&self.file)
                .ok()
                .and_then(|b| serde_json::from_slice::<KeptFile>(&b).ok())
                .filter(|f| f.format == FORMAT && f.fingerprint == fingerprint)
                .map(|f| f.memos)
                .unwrap_or_default()
        });
        let entry = loaded.get(key)?;
        let same = entry.reads.iter().all(|(path, oid)| {
            let now = blob(path);
            match oid {
                Some(hex) => now.is_some_and(|o| Oid::from_str(hex).is_ok_and(|k| k == o)),
                None => now.is_none(),
            }
        });
        same.then(|| {
            let paths = entry.reads.iter().map(|(p, _)| p.clone()).collect();
            (entry.value.clone(), paths)
        })
    }

    /// Keeps the answer to `key`, made in this run, with the paths it read.
    pub(super) fn put(
        &self,
        key: &str,
        value: serde_json::Value,
        reads: &[String],
        blob: impl Fn(&str) -> Option<Oid>,
    ) {
        let mut seen: HashSet<&str> = HashSet::new();
        let reads = reads
            .iter()
            .filter(|p| seen.insert(p.as_str()))
            .map(|p| (p.clone(), blob(p).map(|o| o.to_string())))
            .collect();
        if let Ok(mut fresh) = self.fresh.lock() {
            fresh.insert(key.to_string(), Entry { reads, value });
        }
    }

    /// Writes the answers kept (those of the file still standing, and this
    /// run's) when this run made any. Never fails: a file that cannot be
    /// written leaves the next run to answer afresh.
    pub(super) fn save(&self) {
        let Some(fingerprint) = self.fingerprint.get() else {
            return;
        };
        let fresh = match self.fresh.lock() {
            Ok(f) if !f.is_empty() => f.clone(),
            _ => return,
        };
        let mut memos = self.loaded.get().cloned().unwrap_or_default();
        memos.extend(fresh);
        let file = KeptFile {
            format: FORMAT,
            fingerprint: fingerprint.clone(),
            memos,
        };
        let Ok(bytes) = serde_json::to_vec(&file) else {
            return;
        };
        replace_file(&self.file, &bytes);
    }
}

/// Writes `bytes` to `path` in the git folder (a cache of the hook's), creating
/// its folder: whole, to a temporary file renamed into place, so that
/// concurrent runs each leave a complete file (the last one wins). A folder
/// that cannot be written to costs only the cache: nothing is said.
pub(crate) fn replace_file(path: &Path, bytes: &[u8]) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let tmp = dir.join(format!(
        "{}.{}.{nanos}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    if std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, path).is_ok() {
        return;
    }
    let _ = std::fs::remove_file(&tmp);
}

/// The fingerprint of a listing: every path with its kind (`f` a file, `l` a
/// symlink with its blob, `s` a submodule), the checkmark binary (its
/// version, size and change time) and the work tree's folder. Two 64-bit
/// hashes with different starting states.
pub(super) fn fingerprint<'a>(
    entries: impl Iterator<Item = (&'a str, char, Option<Oid>)>,
    workdir: Option<&Path>,
) -> String {
    let mut a = rustc_hash::FxHasher::default();
    let mut b = rustc_hash::FxHasher::default();
    b.write_u64(0x9e37_79b9_7f4a_7c15);
    let mut both = |bytes: &[u8]| {
        a.write(bytes);
        b.write(bytes);
    };
    both(env!("CARGO_PKG_VERSION").as_bytes());
    if let Ok(meta) = std::env::current_exe().and_then(std::fs::metadata) {
        both(&meta.len().to_le_bytes());
        if let Ok(t) = meta.modified()
            && let Ok(d) = t.duration_since(std::time::UNIX_EPOCH)
        {
            both(&d.as_nanos().to_le_bytes());
        }
    }
    if let Some(w) = workdir {
        both(w.as_os_str().as_encoded_bytes());
    }
    both(b"\0");
    let mut n: u64 = 0;
    for (path, kind, oid) in entries {
        both(path.as_bytes());
        let mut k = [0u8; 4];
        both(kind.encode_utf8(&mut k).as_bytes());
        if let Some(oid) = oid {
            both(oid.as_bytes());
        }
        both(b"\0");
        n += 1;
    }
    format!("{:016x}{:016x}-{n}", a.finish(), b.finish())
}
