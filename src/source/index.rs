//! git's index file, read directly: the entries (path, blob id, mode, stage,
//! flags, the stat data `git status` compares) and the valid nodes of the
//! cache-tree extension, in one pass over the file's bytes.
//!
//! libgit2 reads the index too, but it verifies the file's SHA-1 checksum and
//! builds a hash map of every entry first: on a repository of 100,000 files
//! that is most of the time a pre-commit hook may take. git itself does not
//! need the checksum to read the file either; a torn or corrupt index is
//! caught here by its structure (every length and count must add up), and
//! then libgit2 reads it and says what is wrong.
//!
//! Versions 2, 3 and 4 (prefix-compressed paths) are read. An index that
//! needs more than its own file (a split index, `link`; a sparse index with
//! folder entries, `sdir`) or any other required extension this reader does
//! not know is left to libgit2 ([`StagedIndex::read`] returns `None`), and so is
//! an index that does not parse.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::shared_path::{PathsBuilder, SharedPath};

use git2::Oid;

/// One entry of the index.
#[derive(Debug, Clone)]
pub struct IndexEntry {
    /// Repository-relative path (`/`-separated), shared with the views made
    /// from the index.
    pub path: SharedPath,
    pub oid: Oid,
    /// git's mode bits: 0o100644, 0o100755, 0o120000 (symlink), 0o160000 (submodule).
    pub mode: u32,
    /// 0 for a normal entry; 1–3 for the sides of a conflict.
    pub stage: u8,
    /// Outside the sparse checkout (`skip-worktree`).
    pub skip_worktree: bool,
    /// `git add -N`: a placeholder, nothing staged yet.
    pub intent_to_add: bool,
    /// The stat data recorded when the file was staged (times as seconds
    /// and nanoseconds, 32 bits each as the index keeps them).
    pub mtime: (u32, u32),
    pub ctime: (u32, u32),
    pub size: u32,
    pub ino: u32,
}

/// The index the commit is made from, as read from its file.
#[derive(Debug, Default)]
pub struct StagedIndex {
    /// The index file (None when there was none: an empty index).
    pub path: Option<PathBuf>,
    /// Entries in index order: by path bytes, then stage. Entries whose path
    /// is not UTF-8 are left out (and counted in `non_utf8`).
    pub entries: Vec<IndexEntry>,
    /// Entries left out because their path is not UTF-8.
    pub non_utf8: usize,
    /// Entries that are a conflict side or an intent-to-add placeholder,
    /// counted as they are read (see [`StagedIndex::has_unusual_entries`]).
    unusual: usize,
    /// [`StagedIndex::sorted`], once asked.
    sorted: std::sync::OnceLock<bool>,
    /// Valid cache-tree nodes: folder ("" = root) → (number of entries below, tree id).
    pub cache_tree: HashMap<String, (usize, Oid)>,
    /// Whether a `.gitattributes` is staged anywhere, once asked.
    attributes: std::sync::OnceLock<bool>,
}

impl StagedIndex {
    /// Reads the index file at `path` (a missing file is an empty index).
    /// `Ok(None)`: this reader leaves the file to libgit2 (see the module docs).
    pub fn read(path: &Path) -> std::io::Result<Option<StagedIndex>> {
        let mut file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Some(StagedIndex::default()));
            }
            Err(e) => return Err(e),
        };
        let len = file.metadata()?.len();
        Ok(parse_from(&mut file, len)?.map(|mut i| {
            i.path = Some(path.to_path_buf());
            i
        }))
    }

    /// The same view of an index libgit2 has read (no cache tree).
    pub fn from_git2(index: &git2::Index) -> StagedIndex {
        let mut out = StagedIndex {
            path: index.path().map(Path::to_path_buf),
            ..StagedIndex::default()
        };
        let mut paths = PathsBuilder::with_capacity(0);
        for e in index.iter() {
            let flags = git2::IndexEntryExtendedFlag::from_bits_truncate(e.flags_extended);
            let Ok(path) = String::from_utf8(e.path) else {
                out.non_utf8 += 1;
                continue;
            };
            let path = paths.push(&path);
            let stage = ((e.flags >> 12) & 3) as u8;
            let intent_to_add = flags.contains(git2::IndexEntryExtendedFlag::INTENT_TO_ADD);
            if stage != 0 || intent_to_add {
                out.unusual += 1;
            }
            out.entries.push(IndexEntry {
                path,
                oid: e.id,
                mode: e.mode,
                stage,
                skip_worktree: flags.contains(git2::IndexEntryExtendedFlag::SKIP_WORKTREE),
                intent_to_add,
                mtime: (e.mtime.seconds() as u32, e.mtime.nanoseconds()),
                ctime: (e.ctime.seconds() as u32, e.ctime.nanoseconds()),
                size: e.file_size,
                ino: e.ino,
            });
        }
        paths.finish();
        out
    }

    /// The index a repository uses: `GIT_INDEX_FILE` when set (relative to
    /// the current folder, as git takes it), else `index` in its git folder.
    pub fn path_of(repo: &git2::Repository) -> PathBuf {
        match std::env::var_os("GIT_INDEX_FILE") {
            Some(f) => PathBuf::from(f),
            None => repo.path().join("index"),
        }
    }

    /// Reads the index of `repo` (see [`StagedIndex::path_of`]), through libgit2
    /// when this reader leaves it.
    pub fn of_repo(repo: &git2::Repository) -> Result<StagedIndex, git2::Error> {
        let path = StagedIndex::path_of(repo);
        match StagedIndex::read(&path) {
            Ok(Some(i)) => Ok(i),
            _ => Ok(StagedIndex::from_git2(&repo.index()?)),
        }
    }

    /// The stage-0 entry of `path`.
    pub fn find(&self, path: &str) -> Option<&IndexEntry> {
        let i = self.entries.partition_point(|e| &*e.path < path);
        self.entries[i..]
            .iter()
            .take_while(|e| &*e.path == path)
            .find(|e| e.stage == 0)
    }

    /// Whether a `.gitattributes` file is staged anywhere (one pass, the first time).
    pub fn has_attributes_file(&self) -> bool {
        *self.attributes.get_or_init(|| {
            self.entries.iter().any(|e| {
                e.path.ends_with(".gitattributes")
                    && (&*e.path == ".gitattributes" || e.path.ends_with("/.gitattributes"))
            })
        })
    }

    /// Whether every entry's path sorts after the one before it, by bytes
    /// (git's order, each path once: no conflict). Then a folder's entries
    /// are one run, found by binary search, and the order needs no other
    /// check. One pass, the first time it is asked (a commit with nothing
    /// staged never asks).
    pub fn sorted(&self) -> bool {
        *self.sorted.get_or_init(|| {
            let Some(first) = self.entries.first() else {
                return true;
            };
            // Paths of one text (as read): compared as slices of it.
            let (shared, ..) = first.path.in_text();
            let text = shared.get().map(String::as_bytes);
            self.entries.windows(2).all(|w| {
                let (ta, sa, ea) = w[0].path.in_text();
                let (tb, sb, eb) = w[1].path.in_text();
                match text {
                    Some(t) if Arc::ptr_eq(ta, shared) && Arc::ptr_eq(tb, shared) => {
                        match (t.get(sa..ea), t.get(sb..eb)) {
                            (Some(a), Some(b)) => a < b,
                            _ => w[0].path < w[1].path,
                        }
                    }
                    _ => w[0].path < w[1].path,
                }
            })
        })
    }

    /// Whether some entry lies under folder `dir`.
    pub fn holds_files(&self, dir: &str) -> bool {
        let prefix = format!("{dir}/");
        let i = self.entries.partition_point(|e| &*e.path < prefix.as_str());
        self.entries
            .get(i)
            .is_some_and(|e| e.path.starts_with(prefix.as_str()))
    }

    /// Whether any entry is a conflict side or an intent-to-add placeholder
    /// (or was left out: its path is not UTF-8). Counted as the entries are
    /// read: a pass over 100,000 entries costs a hook run milliseconds.
    pub fn has_unusual_entries(&self) -> bool {
        self.non_utf8 > 0 || self.unusual > 0
    }
}

/// A cursor over the file's bytes; every read is bounds-checked.
struct Cursor<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.b.get(self.at..end)?;
        self.at = end;
        Some(s)
    }
    fn u32(&mut self) -> Option<u32> {
        let s = self.take(4)?;
        Some(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn u16(&mut self) -> Option<u16> {
        let s = self.take(2)?;
        Some(u16::from_be_bytes([s[0], s[1]]))
    }
    /// Bytes up to the next NUL (which is consumed).
    fn until_nul(&mut self) -> Option<&'a [u8]> {
        let rest = self.b.get(self.at..)?;
        let n = memchr::memchr(0, rest)?;
        self.at += n + 1;
        Some(&rest[..n])
    }
    /// git's offset varint (index v4 path compression).
    fn varint(&mut self) -> Option<usize> {
        let mut c = *self.take(1)?.first()?;
        let mut val = usize::from(c & 0x7f);
        while c & 0x80 != 0 {
            c = *self.take(1)?.first()?;
            val = val.checked_add(1)?.checked_mul(128)? | usize::from(c & 0x7f);
        }
        Some(val)
    }
}

const HASH_LEN: usize = 20;
/// ctime, mtime (seconds, nanoseconds), dev, ino, mode, uid, gid, size: ten u32.
const STAT_LEN: usize = 40;
/// How much of the file is in memory at once while its entries are read: a
/// 100,000-file index is 10 MB, and a buffer of its size costs more in page
/// faults than the parse itself.
const CHUNK: usize = 256 * 1024;

/// Parses an index held in memory (see [`parse_chunked`]).
#[cfg(test)]
fn parse(bytes: &[u8]) -> Option<StagedIndex> {
    parse_from(&mut &bytes[..], bytes.len() as u64)
        .ok()
        .flatten()
}

/// [`parse_chunked`] [`CHUNK`] bytes at a time.
fn parse_from(r: &mut impl Read, len: u64) -> std::io::Result<Option<StagedIndex>> {
    parse_chunked(r, len, CHUNK)
}

/// Parses the index file read from `r`, which holds `len` bytes, `chunk`
/// bytes more at a time. `Ok(None)`: not an index this reader understands
/// (see the module documentation); a file shorter than `len` is one.
fn parse_chunked(
    r: &mut impl Read,
    len: u64,
    chunk: usize,
) -> std::io::Result<Option<StagedIndex>> {
    let Ok(len) = usize::try_from(len) else {
        return Ok(None);
    };
    if len < 12 + HASH_LEN {
        return Ok(None);
    }
    // The checksum that ends the file is not read (see the module documentation).
    let mut window = Window {
        buf: Vec::with_capacity(chunk.min(len)),
        at: 0,
        left: len - HASH_LEN,
    };
    if !window.fill(r, 12)? {
        return Ok(None);
    }
    let head = &window.buf[..12];
    let count = u32::from_be_bytes([head[8], head[9], head[10], head[11]]) as usize;
    let version = u32::from_be_bytes([head[4], head[5], head[6], head[7]]);
    if &head[..4] != b"DIRC" || !(2..=4).contains(&version) {
        return Ok(None);
    }
    window.at = 12;
    let mut out = StagedIndex {
        entries: Vec::with_capacity(count.min(len / 62)),
        ..StagedIndex::default()
    };
    let mut prev: Vec<u8> = Vec::new();
    // Entries are 62 bytes and more besides their paths.
    let mut paths = PathsBuilder::with_capacity(len.saturating_sub(count.saturating_mul(62)));
    let mut read = 0;
    let mut order = Order::default();
    while read < count {
        match entry(
            &window.buf[window.at..],
            version,
            &mut prev,
            &mut paths,
            &mut order,
        ) {
            Some(Parsed::Entry(e, n)) => {
                if e.stage != 0 || e.intent_to_add {
                    out.unusual += 1;
                }
                out.entries.push(e);
                window.at += n;
                read += 1;
            }
            Some(Parsed::NotUtf8(n)) => {
                out.non_utf8 += 1;
                window.at += n;
                read += 1;
            }
            Some(Parsed::Invalid) => return Ok(None),
            // The entry goes on past the window: read on (none left: torn).
            None => {
                let more = window.buf.len() - window.at + chunk;
                if !window.fill(r, more)? {
                    return Ok(None);
                }
            }
        }
    }
    // Extensions: a signature and a length each, up to the checksum.
    let rest = window.buf.len() - window.at + window.left;
    if !window.fill(r, rest)? {
        return Ok(None);
    }
    let data = &window.buf[window.at..];
    let mut c = Cursor { b: data, at: 0 };
    while c.at < data.len() {
        let Some((sig, len)) = c.take(4).zip(c.u32()) else {
            return Ok(None);
        };
        let Some(ext) = c.take(len as usize) else {
            return Ok(None);
        };
        match sig {
            b"TREE" => match cache_tree(ext) {
                Some(t) => out.cache_tree = t,
                None => return Ok(None),
            },
            // Optional extensions start with a capital letter; any other must be understood.
            [b'A'..=b'Z', ..] => {}
            _ => return Ok(None),
        }
    }
    paths.finish();
    // Known now: `sorted` need not walk the entries again.
    let _ = out.sorted.set(order.sorted);
    Ok(Some(out))
}

/// The part of the file in memory: `buf[at..]` is not parsed yet; `left`
/// bytes of the body are still to be read.
struct Window {
    buf: Vec<u8>,
    at: usize,
    left: usize,
}

impl Window {
    /// Makes `buf[at..]` hold at least `want` bytes (fewer when the body
    /// ends first; false when nothing more could be read), keeping the
    /// unparsed bytes and dropping the parsed ones.
    fn fill(&mut self, r: &mut impl Read, want: usize) -> std::io::Result<bool> {
        let have = self.buf.len() - self.at;
        if self.left == 0 && have < want {
            return Ok(false);
        }
        let n = want.saturating_sub(have).min(self.left);
        self.buf.drain(..self.at);
        self.at = 0;
        let old = self.buf.len();
        self.buf.resize(old + n, 0);
        match r.read_exact(&mut self.buf[old..]) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(false),
            Err(e) => return Err(e),
        }
        self.left -= n;
        Ok(true)
    }
}

/// One entry read from the start of a window.
enum Parsed {
    /// The entry and its length in bytes.
    Entry(IndexEntry, usize),
    /// An entry whose path is not UTF-8 (left out), and its length.
    NotUtf8(usize),
    /// Not an entry as git writes them.
    Invalid,
}

/// The entry at the start of `b`; None when `b` ends inside it. `prev` is
/// the previous entry's path (version 4 compresses each path against it),
/// changed only once the entry is known to lie whole in `b`.
/// Whether the paths read so far each sort after the one before, by bytes
/// ([`StagedIndex::sorted`]), followed as they are read.
struct Order {
    /// The last path read (empty before the first: no path is empty).
    last: Vec<u8>,
    sorted: bool,
}

impl Default for Order {
    fn default() -> Order {
        Order {
            last: Vec::new(),
            sorted: true,
        }
    }
}

impl Order {
    fn see(&mut self, path: &[u8]) {
        if self.sorted && !self.last.is_empty() && self.last.as_slice() >= path {
            self.sorted = false;
        }
        self.last.clear();
        self.last.extend_from_slice(path);
    }
}

fn entry(
    b: &[u8],
    version: u32,
    prev: &mut Vec<u8>,
    paths: &mut PathsBuilder,
    order: &mut Order,
) -> Option<Parsed> {
    let mut c = Cursor { b, at: 0 };
    let stat = c.take(STAT_LEN)?;
    let word = |i: usize| {
        u32::from_be_bytes([
            stat[4 * i],
            stat[4 * i + 1],
            stat[4 * i + 2],
            stat[4 * i + 3],
        ])
    };
    let Ok(oid) = Oid::from_bytes(c.take(HASH_LEN)?) else {
        return Some(Parsed::Invalid);
    };
    let flags = c.u16()?;
    let extended = if flags & 0x4000 != 0 {
        if version < 3 {
            return Some(Parsed::Invalid);
        }
        c.u16()?
    } else {
        0
    };
    // The path's bytes, borrowed: from the file, or (version 4) from the
    // previous path with its end replaced, in place.
    let path: &[u8] = if version == 4 {
        let strip = c.varint()?;
        let tail = c.until_nul()?;
        let Some(keep) = prev.len().checked_sub(strip) else {
            return Some(Parsed::Invalid);
        };
        prev.truncate(keep);
        prev.extend_from_slice(tail);
        prev
    } else {
        let p = c.until_nul()?;
        // The entry is padded with NULs to a multiple of 8 bytes (1 to 8 of them).
        let len = c.at - 1;
        let padded = (len + 8) & !7;
        c.take(padded - (len + 1))?;
        p
    };
    let name_len = usize::from(flags & 0x0fff);
    if name_len < 0x0fff && name_len != path.len() {
        return Some(Parsed::Invalid);
    }
    let Ok(path) = std::str::from_utf8(path) else {
        return Some(Parsed::NotUtf8(c.at));
    };
    order.see(path.as_bytes());
    let path = paths.push(path);
    Some(Parsed::Entry(
        IndexEntry {
            path,
            oid,
            mode: word(6),
            stage: ((flags >> 12) & 3) as u8,
            skip_worktree: extended & 0x4000 != 0,
            intent_to_add: extended & 0x2000 != 0,
            mtime: (word(2), word(3)),
            ctime: (word(0), word(1)),
            size: word(9),
            ino: word(5),
        },
        c.at,
    ))
}

/// The valid nodes of the cache-tree extension: each node is its path
/// component, its entry count (-1: invalidated), its number of subtrees and,
/// when valid, its tree id; subtrees follow their parent.
fn cache_tree(data: &[u8]) -> Option<HashMap<String, (usize, Oid)>> {
    let mut out = HashMap::new();
    let mut c = Cursor { b: data, at: 0 };
    // (path of the node, subtrees still to read)
    let mut stack: Vec<(String, usize)> = Vec::new();
    while c.at < data.len() {
        let name = std::str::from_utf8(c.until_nul()?).ok()?;
        let line_end = c.b.get(c.at..)?.iter().position(|&b| b == b'\n')?;
        let line = std::str::from_utf8(c.take(line_end)?).ok()?;
        c.take(1)?;
        let (count, subtrees) = line.split_once(' ')?;
        let count: i64 = count.parse().ok()?;
        let subtrees: usize = subtrees.parse().ok()?;
        let path = match stack.last_mut() {
            None => name.to_string(),
            Some((parent, left)) => {
                *left = left.checked_sub(1)?;
                if parent.is_empty() {
                    name.to_string()
                } else {
                    format!("{parent}/{name}")
                }
            }
        };
        if count >= 0 {
            let oid = Oid::from_bytes(c.take(HASH_LEN)?).ok()?;
            out.insert(path.clone(), (count as usize, oid));
        }
        stack.push((path, subtrees));
        while stack.last().is_some_and(|(_, left)| *left == 0) {
            stack.pop();
        }
        if stack.is_empty() && c.at < data.len() {
            return None;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varint_as_git_writes_it() {
        // git's encode_varint: 127 → [0x7f], 128 → [0x80, 0x00], 16511 → [0xff, 0x7f].
        for (bytes, want) in [
            (&[0x7f][..], 127),
            (&[0x80, 0x00][..], 128),
            (&[0xff, 0x7f][..], 16511),
        ] {
            let mut c = Cursor { b: bytes, at: 0 };
            assert_eq!(c.varint(), Some(want));
        }
    }

    #[test]
    fn garbage_is_left_to_libgit2() {
        assert!(parse(b"").is_none());
        assert!(parse(&[0u8; 64]).is_none());
        let mut v = b"DIRC\0\0\0\x02\0\0\0\x05".to_vec();
        v.extend_from_slice(&[0u8; 20]);
        assert!(parse(&v).is_none(), "five entries announced, none there");
    }

    fn git(dir: &Path, args: &[&str]) {
        let out = std::process::Command::new("git")
            .current_dir(dir)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env_remove("GIT_DIR")
            .env_remove("GIT_INDEX_FILE")
            .env_remove("GIT_WORK_TREE")
            .args(["-c", "user.name=t", "-c", "user.email=t@t"])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}: {out:?}");
    }

    /// Every field as libgit2 reads it, for each index version and flag.
    /// A version 2 index of regular files with these paths, in this order.
    fn index_of(paths: &[&str]) -> Vec<u8> {
        let mut v = b"DIRC\0\0\0\x02".to_vec();
        v.extend_from_slice(&(paths.len() as u32).to_be_bytes());
        for p in paths {
            let mut stat = [0u8; STAT_LEN];
            stat[24..28].copy_from_slice(&0o100644u32.to_be_bytes());
            v.extend_from_slice(&stat);
            v.extend_from_slice(&[7u8; HASH_LEN]);
            v.extend_from_slice(&(p.len() as u16).to_be_bytes());
            v.extend_from_slice(p.as_bytes());
            let len = STAT_LEN + HASH_LEN + 2 + p.len();
            v.resize(v.len() + ((len + 8) & !7) - len, 0);
        }
        v.extend_from_slice(&[0u8; HASH_LEN]);
        v
    }

    #[test]
    fn an_index_out_of_order_is_not_taken_as_sorted() {
        let paths = |i: &StagedIndex| {
            i.entries
                .iter()
                .map(|e| e.path.to_string())
                .collect::<Vec<_>>()
        };
        let sorted = parse(&index_of(&["a/b", "a/c", "ab"])).unwrap();
        assert_eq!(paths(&sorted), ["a/b", "a/c", "ab"]);
        assert!(sorted.sorted());
        for wrong in [&["b", "a"][..], &["a", "a"], &["a/c", "a/b", "ab"]] {
            let i = parse(&index_of(wrong)).unwrap();
            assert_eq!(paths(&i), wrong);
            assert!(!i.sorted(), "{wrong:?}");
        }
    }

    #[test]
    fn a_conflicted_index_has_unusual_entries() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        git(dir, &["init", "-q", "-b", "main"]);
        std::fs::write(dir.join("a.md"), "one\n").unwrap();
        git(dir, &["add", "a.md"]);
        git(dir, &["commit", "-q", "-m", "one"]);
        git(dir, &["checkout", "-q", "-b", "side"]);
        std::fs::write(dir.join("a.md"), "side\n").unwrap();
        git(dir, &["commit", "-q", "-am", "side"]);
        git(dir, &["checkout", "-q", "main"]);
        std::fs::write(dir.join("a.md"), "main\n").unwrap();
        git(dir, &["commit", "-q", "-am", "main"]);
        let merge = std::process::Command::new("git")
            .current_dir(dir)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .args([
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@t",
                "merge",
                "-q",
                "side",
            ])
            .output()
            .unwrap();
        assert!(!merge.status.success(), "the merge conflicts");
        let ours = StagedIndex::read(&dir.join(".git/index")).unwrap().unwrap();
        let stages: Vec<u8> = ours.entries.iter().map(|e| e.stage).collect();
        assert_eq!(stages, [1, 2, 3]);
        assert!(ours.has_unusual_entries());
        assert!(!ours.sorted(), "one path three times is no sorted index");
        let repo = git2::Repository::open(dir).unwrap();
        assert!(StagedIndex::from_git2(&repo.index().unwrap()).has_unusual_entries());
    }

    #[test]
    fn reads_what_libgit2_reads() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        git(dir, &["init", "-q"]);
        for (p, body) in [
            ("a.md", "a\n"),
            ("d/b.txt", "b\n"),
            ("d/e/f g.txt", "f\n"),
            ("d/e/f-long-name-that-shares-a-prefix.txt", "g\n"),
            ("z", "z\n"),
        ] {
            let path = dir.join(p);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, body).unwrap();
        }
        git(dir, &["add", "-A"]);
        git(dir, &["commit", "-q", "-m", "one"]);
        std::fs::write(dir.join("new.md"), "n\n").unwrap();
        git(dir, &["add", "-N", "new.md"]);
        git(dir, &["update-index", "--skip-worktree", "d/b.txt"]);
        for version in ["2", "3", "4"] {
            if version == "2" {
                // Version 2 has no extended flags: only plain entries.
                git(dir, &["update-index", "--no-skip-worktree", "d/b.txt"]);
                git(dir, &["rm", "-q", "--cached", "new.md"]);
            }
            git(dir, &["update-index", "--index-version", version]);
            let repo = git2::Repository::open(dir).unwrap();
            let ours = StagedIndex::read(&dir.join(".git/index")).unwrap().unwrap();
            let theirs = StagedIndex::from_git2(&repo.index().unwrap());
            let fields = |i: &StagedIndex| {
                i.entries
                    .iter()
                    .map(|e| {
                        (
                            e.path.clone(),
                            e.oid,
                            e.mode,
                            e.stage,
                            e.skip_worktree,
                            e.intent_to_add,
                            e.mtime,
                            e.ctime,
                            e.size,
                            e.ino,
                        )
                    })
                    .collect::<Vec<_>>()
            };
            assert_eq!(fields(&ours), fields(&theirs), "version {version}");
            assert!(ours.sorted() && theirs.sorted(), "version {version}");
            // The intent-to-add placeholder (versions 3 and 4), counted as read.
            assert_eq!(
                ours.has_unusual_entries(),
                version != "2",
                "version {version}"
            );
            assert_eq!(
                theirs.has_unusual_entries(),
                version != "2",
                "version {version}"
            );
            // Entries split across windows anywhere read the same.
            let bytes = std::fs::read(dir.join(".git/index")).unwrap();
            for chunk in [1, 7, 61, 64, 100] {
                let small = parse_chunked(&mut &bytes[..], bytes.len() as u64, chunk)
                    .unwrap()
                    .unwrap();
                assert_eq!(fields(&small), fields(&ours), "version {version}, {chunk}");
                assert!(small.sorted(), "version {version}, {chunk}");
                assert_eq!(small.has_unusual_entries(), ours.has_unusual_entries());
                assert_eq!(small.cache_tree, ours.cache_tree);
            }
            // A torn file is left to libgit2.
            let torn = &bytes[..bytes.len() - 30];
            assert!(
                parse_chunked(&mut &torn[..], bytes.len() as u64, 64)
                    .unwrap()
                    .is_none()
            );
            assert!(ours.entries.len() >= 5, "version {version}");
            if version == "2" {
                git(dir, &["update-index", "--skip-worktree", "d/b.txt"]);
                git(dir, &["add", "-N", "new.md"]);
            }
        }
        // The cache tree of the committed folders, as git wrote it.
        git(dir, &["rm", "-q", "--cached", "new.md"]);
        git(dir, &["read-tree", "HEAD"]);
        let ours = StagedIndex::read(&dir.join(".git/index")).unwrap().unwrap();
        let repo = git2::Repository::open(dir).unwrap();
        let head = repo.head().unwrap().peel_to_tree().unwrap();
        let sub = head.get_path(Path::new("d/e")).unwrap().id();
        assert_eq!(ours.cache_tree.get(""), Some(&(5, head.id())));
        assert_eq!(ours.cache_tree.get("d/e"), Some(&(2, sub)));
    }
}
