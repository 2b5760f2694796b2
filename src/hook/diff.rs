//! What the commit changes: `HEAD`'s tree against the index, as
//! `git diff --cached` finds it.
//!
//! The index's cache tree (the `TREE` extension: the tree id of every folder
//! whose entries are unchanged since it was last written) lets the walk skip
//! every folder the commit does not touch: after `git add` of one file only
//! the folders above it are invalidated, so a commit in a repository of
//! 100,000 files reads a handful of tree objects. Where the cache is invalid
//! or missing the folder's tree is compared entry by entry.
//!
//! Rename detection runs on the added and deleted files only (the candidates
//! libgit2 considers with `renames` alone), with libgit2's own similarity
//! measure on two small in-memory indexes, so renames are paired exactly as
//! a full diff pairs them.
//!
//! An index with conflicts, intent-to-add entries or paths that are not
//! UTF-8, and a commit that changes a submodule entry's kind, are diffed by
//! libgit2 over the whole index instead (see [`Raw::compare`]).

use std::collections::{HashMap, HashSet};

use git2::{Delta, DiffFindOptions, DiffOptions, Oid, Repository, Tree};

use crate::source::{IndexEntry, ListingEdit, StagedIndex};

/// A path's blob and mode on one side of the diff.
#[derive(Debug, Clone)]
pub(super) struct Side {
    pub path: String,
    pub oid: Oid,
    pub mode: u32,
}

/// One change, as libgit2 reports it (paths that are not UTF-8 left out).
#[derive(Debug)]
pub(super) enum Change {
    Added(String),
    Deleted(String),
    /// Content, mode or kind (file ↔ symlink) changed in place: (path, old blob, new blob).
    Modified(String, Oid, Oid),
    /// (old path, new path).
    Renamed(String, String),
}

/// The files of `HEAD`, as an edit of the index's files.
pub(super) type Listing = ListingEdit;

/// Not a case for the cache-tree walk: libgit2 diffs the whole index.
pub(super) struct Fallback;

const TREE: u32 = 0o040000;
const GITLINK: u32 = 0o160000;

fn kind(mode: u32) -> u32 {
    mode & 0o170000
}

/// git's normal form of a mode (as libgit2 reports tree entries).
fn normal(mode: u32) -> u32 {
    match kind(mode) {
        0o100000 if mode & 0o111 != 0 => 0o100755,
        0o100000 => 0o100644,
        k => k,
    }
}

/// The changes from `head` (None: no commit yet) to `index`, and the files
/// of `head` as an edit of the index's, known from the index and the
/// changes without walking its tree.
pub(super) fn changes(
    repo: &Repository,
    head: Option<&Tree<'_>>,
    index: &StagedIndex,
) -> Result<Result<(Vec<Change>, Listing), Fallback>, git2::Error> {
    if index.has_unusual_entries() {
        return Ok(Err(Fallback));
    }
    // The walk finds each folder's entries as one run of the sorted index
    // (an index whose cache tree says nothing changed is not walked at all).
    let unchanged = head.is_some_and(|t| {
        index
            .cache_tree
            .get("")
            .is_some_and(|&(count, oid)| oid == t.id() && count == index.entries.len())
    });
    if !unchanged && !index.sorted() {
        return Ok(Err(Fallback));
    }
    let mut raw = Raw::default();
    if raw
        .compare(repo, head, "", &index.entries, &index.cache_tree)?
        .is_err()
    {
        return Ok(Err(Fallback));
    }
    let listing = raw.head_listing();
    Ok(Ok((raw.finish(repo)?, listing)))
}

/// The changes before rename detection.
#[derive(Default)]
struct Raw {
    added: Vec<Side>,
    deleted: Vec<Side>,
    /// (path, old blob, old mode, new blob).
    modified: Vec<(String, Oid, u32, Oid)>,
}

impl Raw {
    /// Compares the tree of folder `prefix` with the index entries under it.
    fn compare(
        &mut self,
        repo: &Repository,
        tree: Option<&Tree<'_>>,
        prefix: &str,
        entries: &[IndexEntry],
        cache: &HashMap<String, (usize, Oid)>,
    ) -> Result<Result<(), Fallback>, git2::Error> {
        if let Some(t) = tree
            && let Some((count, oid)) = cache.get(prefix)
            && *oid == t.id()
            && *count == entries.len()
        {
            return Ok(Ok(()));
        }
        let skip = if prefix.is_empty() {
            0
        } else {
            prefix.len() + 1
        };
        let join = |name: &str| {
            if prefix.is_empty() {
                name.to_string()
            } else {
                format!("{prefix}/{name}")
            }
        };
        // The tree's entries by name.
        let mut old: HashMap<String, (Oid, u32)> = HashMap::new();
        if let Some(t) = tree {
            for e in t.iter() {
                let Ok(name) = e.name() else {
                    return Ok(Err(Fallback));
                };
                old.insert(name.to_string(), (e.id(), e.filemode() as u32));
            }
        }
        let mut seen: HashSet<&str> = HashSet::new();
        let mut i = 0;
        while i < entries.len() {
            let e = &entries[i];
            let rest = &e.path[skip..];
            match rest.find('/') {
                None => {
                    i += 1;
                    seen.insert(rest);
                    let new_mode = normal(e.mode);
                    match old.get(rest) {
                        Some(&(oid, mode)) if kind(mode) == TREE => {
                            let sub = repo.find_tree(oid)?;
                            if self.all_deleted(repo, &sub, &join(rest))?.is_err()
                                || self.add(e).is_err()
                            {
                                return Ok(Err(Fallback));
                            }
                        }
                        Some(&(oid, mode)) => {
                            let mode = normal(mode);
                            if oid == e.oid && mode == new_mode {
                                continue;
                            }
                            match (kind(mode) == GITLINK, kind(new_mode) == GITLINK) {
                                (true, true) => {} // submodules are not judged
                                (false, false) => {
                                    self.modified.push((e.path.to_string(), oid, mode, e.oid));
                                }
                                _ => return Ok(Err(Fallback)),
                            }
                        }
                        None => {
                            if self.add(e).is_err() {
                                return Ok(Err(Fallback));
                            }
                        }
                    }
                }
                Some(slash) => {
                    let dir = &rest[..slash];
                    let dir_prefix = &e.path[..skip + slash + 1];
                    // The folder's entries are one run of the sorted index.
                    let n = entries[i..].partition_point(|x| x.path.starts_with(dir_prefix));
                    let group = &entries[i..i + n];
                    i += n;
                    seen.insert(dir);
                    let sub_path = join(dir);
                    let sub = match old.get(dir) {
                        Some(&(oid, mode)) if kind(mode) == TREE => Some(repo.find_tree(oid)?),
                        Some(&(oid, mode)) => {
                            if kind(mode) == GITLINK {
                                return Ok(Err(Fallback));
                            }
                            self.deleted.push(Side {
                                path: sub_path.clone(),
                                oid,
                                mode: normal(mode),
                            });
                            None
                        }
                        None => None,
                    };
                    if self
                        .compare(repo, sub.as_ref(), &sub_path, group, cache)?
                        .is_err()
                    {
                        return Ok(Err(Fallback));
                    }
                }
            }
        }
        for (name, &(oid, mode)) in &old {
            if seen.contains(name.as_str()) {
                continue;
            }
            let path = join(name);
            if kind(mode) == TREE {
                let sub = repo.find_tree(oid)?;
                if self.all_deleted(repo, &sub, &path)?.is_err() {
                    return Ok(Err(Fallback));
                }
            } else if kind(mode) == GITLINK {
                return Ok(Err(Fallback));
            } else {
                self.deleted.push(Side {
                    path,
                    oid,
                    mode: normal(mode),
                });
            }
        }
        Ok(Ok(()))
    }

    fn add(&mut self, e: &IndexEntry) -> Result<(), Fallback> {
        if kind(e.mode) == GITLINK {
            return Err(Fallback);
        }
        self.added.push(Side {
            path: e.path.to_string(),
            oid: e.oid,
            mode: normal(e.mode),
        });
        Ok(())
    }

    /// Every file under the tree `t` of folder `path`, deleted.
    fn all_deleted(
        &mut self,
        repo: &Repository,
        t: &Tree<'_>,
        path: &str,
    ) -> Result<Result<(), Fallback>, git2::Error> {
        for e in t.iter() {
            let Ok(name) = e.name() else {
                return Ok(Err(Fallback));
            };
            let p = format!("{path}/{name}");
            let mode = e.filemode() as u32;
            match kind(mode) {
                TREE => {
                    let sub = repo.find_tree(e.id())?;
                    if self.all_deleted(repo, &sub, &p)?.is_err() {
                        return Ok(Err(Fallback));
                    }
                }
                GITLINK => return Ok(Err(Fallback)),
                _ => self.deleted.push(Side {
                    path: p,
                    oid: e.id(),
                    mode: normal(mode),
                }),
            }
        }
        Ok(Ok(()))
    }

    /// The files of the old tree as an edit of the index's: less those
    /// added, with the modified ones as they were, and the deleted ones.
    fn head_listing(&self) -> ListingEdit {
        ListingEdit {
            removed: self.added.iter().map(|s| s.path.clone()).collect(),
            changed: self
                .modified
                .iter()
                .map(|(p, oid, mode, _)| (p.clone(), *oid, *mode))
                .chain(self.deleted.iter().map(|s| (s.path.clone(), s.oid, s.mode)))
                .collect(),
        }
    }

    /// The changes, with renames paired among the added and deleted files.
    fn finish(self, repo: &Repository) -> Result<Vec<Change>, git2::Error> {
        let mut out: Vec<Change> = self
            .modified
            .into_iter()
            .map(|(p, a, _, b)| Change::Modified(p, a, b))
            .collect();
        if self.added.is_empty() || self.deleted.is_empty() {
            out.extend(self.added.into_iter().map(|s| Change::Added(s.path)));
            out.extend(self.deleted.into_iter().map(|s| Change::Deleted(s.path)));
            return Ok(out);
        }
        let old = in_memory(&self.deleted)?;
        let new = in_memory(&self.added)?;
        let mut opts = DiffOptions::new();
        opts.include_typechange(true).ignore_submodules(true);
        let mut diff = repo.diff_index_to_index(&old, &new, Some(&mut opts))?;
        let mut find = DiffFindOptions::new();
        find.renames(true);
        diff.find_similar(Some(&mut find))?;
        let path_of = |f: git2::DiffFile<'_>| f.path().and_then(|p| p.to_str()).map(str::to_string);
        for delta in diff.deltas() {
            let (old, new) = (path_of(delta.old_file()), path_of(delta.new_file()));
            match (delta.status(), old, new) {
                (Delta::Added | Delta::Copied, _, Some(n)) => out.push(Change::Added(n)),
                (Delta::Deleted, Some(o), _) => out.push(Change::Deleted(o)),
                (Delta::Renamed, Some(o), Some(n)) => out.push(Change::Renamed(o, n)),
                _ => {}
            }
        }
        Ok(out)
    }
}

/// An in-memory index of the given files (stat data zero).
fn in_memory(sides: &[Side]) -> Result<git2::Index, git2::Error> {
    let mut index = git2::Index::new()?;
    for s in sides {
        index.add(&git2::IndexEntry {
            ctime: git2::IndexTime::new(0, 0),
            mtime: git2::IndexTime::new(0, 0),
            dev: 0,
            ino: 0,
            mode: s.mode,
            uid: 0,
            gid: 0,
            file_size: 0,
            id: s.oid,
            flags: 0,
            flags_extended: 0,
            path: s.path.as_bytes().to_vec(),
        })?;
    }
    Ok(index)
}

/// The changes as libgit2 finds them over the whole index (the fallback).
pub(super) fn changes_libgit2(
    repo: &Repository,
    head: Option<&Tree<'_>>,
    index: &git2::Index,
) -> Result<Vec<Change>, git2::Error> {
    let mut opts = DiffOptions::new();
    opts.include_typechange(true).ignore_submodules(true);
    let mut diff = repo.diff_tree_to_index(head, Some(index), Some(&mut opts))?;
    let mut find = DiffFindOptions::new();
    find.renames(true);
    diff.find_similar(Some(&mut find))?;
    let path_of = |f: git2::DiffFile<'_>| f.path().and_then(|p| p.to_str()).map(str::to_string);
    let mut out = Vec::new();
    for delta in diff.deltas() {
        let (old, new) = (path_of(delta.old_file()), path_of(delta.new_file()));
        match (delta.status(), old, new) {
            (Delta::Added | Delta::Copied, _, Some(n)) => out.push(Change::Added(n)),
            (Delta::Modified | Delta::Typechange, _, Some(n)) => out.push(Change::Modified(
                n,
                delta.old_file().id(),
                delta.new_file().id(),
            )),
            (Delta::Renamed, Some(o), Some(n)) => out.push(Change::Renamed(o, n)),
            (Delta::Deleted, Some(o), _) => out.push(Change::Deleted(o)),
            _ => {}
        }
    }
    Ok(out)
}
