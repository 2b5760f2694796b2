//! The one place that looks at the working tree's files.
//!
//! A repository-relative path is resolved one component at a time under the
//! (canonical) repository root: each component is `lstat`ed, a symlink's target
//! is read (the link itself lies inside the repository) and joined lexically,
//! and a target that leaves the root is reported as such without ever being
//! looked at. Nothing outside the root is stat'ed, read or opened.
//!
//! Only regular files are read: the type is checked before `open` (so a FIFO
//! never blocks and a character device is never read), the file is opened with
//! `O_NOFOLLOW | O_NONBLOCK`, and the opened file is checked again to be the
//! one that was resolved (a component swapped for a symlink meanwhile is caught).
//!
//! On Linux a plain path (no symlink on the way, no `.` or `..`) is read in
//! one kernel-checked open instead ([`read_beneath`]): `openat2` from the
//! root's folder with `RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS` refuses any
//! symlink and anything outside the root as it resolves the path, so the
//! per-component `lstat`s are not needed. Whatever it cannot answer (a
//! symlink, an older kernel, not a regular file, any error) is walked as
//! above.

use std::fs::{File, Metadata, OpenOptions};
use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// The most symlinks followed while resolving one path (as the kernel's
/// `ELOOP` limit, but lower): a longer chain, or a loop, is not a file.
pub const MAX_HOPS: usize = 16;

/// The working tree's root, as given and canonical.
#[derive(Debug, Clone)]
pub struct Root {
    /// The work tree as git reports it.
    pub given: PathBuf,
    /// Its canonical form: every resolution starts here.
    pub canon: PathBuf,
    /// The root folder, opened the first time [`read_beneath`] needs it
    /// (None: it could not be opened, and every path is walked).
    #[cfg(target_os = "linux")]
    dir: std::sync::Arc<std::sync::OnceLock<Option<std::os::fd::OwnedFd>>>,
}

impl Root {
    pub fn new(workdir: &Path) -> Root {
        let canon = std::fs::canonicalize(workdir).unwrap_or_else(|_| workdir.to_path_buf());
        Root {
            given: workdir.to_path_buf(),
            canon,
            #[cfg(target_os = "linux")]
            dir: std::sync::Arc::default(),
        }
    }

    /// The absolute path of a resolved repository-relative path.
    pub fn join(&self, rel: &str) -> PathBuf {
        if rel.is_empty() {
            self.canon.clone()
        } else {
            self.canon.join(rel)
        }
    }
}

/// What a repository-relative path is on disk.
#[derive(Debug)]
pub enum Walk {
    /// Inside the repository: its real path (no symlink left in it) and its
    /// `lstat` metadata.
    Found { rel: String, meta: Metadata },
    /// Not there.
    Absent,
    /// A symlink on the way leads out of the repository (its target text).
    Outside { target: String },
    /// A symlink on the way points at nothing (its target text).
    Dangling { target: String },
    /// More than [`MAX_HOPS`] symlinks: a loop or an over-long chain.
    TooManyLinks,
}

/// Resolves `rel` (repository-relative, `/`-separated) under `root` without
/// looking at anything outside it.
pub fn walk(root: &Root, rel: &str) -> Walk {
    // Components still to resolve, as a stack (next on top).
    let mut pending: Vec<String> = rel
        .split('/')
        .rev()
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let mut done: Vec<String> = Vec::new();
    let mut here = root.canon.clone();
    let mut meta: Option<Metadata> = None;
    let mut hops = 0;
    let mut last_link: Option<String> = None;
    while let Some(c) = pending.pop() {
        match c.as_str() {
            "." => continue,
            ".." => {
                if done.pop().is_none() {
                    return Walk::Outside {
                        target: last_link.unwrap_or_else(|| rel.to_string()),
                    };
                }
                here.pop();
                meta = None;
                continue;
            }
            _ => {}
        }
        let candidate = here.join(&c);
        let md = match std::fs::symlink_metadata(&candidate) {
            Ok(m) => m,
            Err(_) => {
                return match last_link {
                    Some(target) => Walk::Dangling { target },
                    None => Walk::Absent,
                };
            }
        };
        if md.file_type().is_symlink() {
            hops += 1;
            if hops > MAX_HOPS {
                return Walk::TooManyLinks;
            }
            let Ok(target) = std::fs::read_link(&candidate) else {
                return Walk::Absent;
            };
            let text = target.to_string_lossy().into_owned();
            let relative: &Path = if target.is_absolute() {
                match target
                    .strip_prefix(&root.canon)
                    .or_else(|_| target.strip_prefix(&root.given))
                {
                    Ok(inner) => {
                        done.clear();
                        here = root.canon.clone();
                        inner
                    }
                    Err(_) => return Walk::Outside { target: text },
                }
            } else {
                &target
            };
            let parts: Vec<String> = relative
                .components()
                .filter_map(|c| match c {
                    Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
                    Component::ParentDir => Some("..".to_string()),
                    _ => None,
                })
                .collect();
            pending.extend(parts.into_iter().rev());
            last_link = Some(text);
            meta = None;
            continue;
        }
        here = candidate;
        done.push(c);
        meta = Some(md);
    }
    let meta = match meta {
        Some(m) => m,
        None => match std::fs::symlink_metadata(&here) {
            Ok(m) => m,
            Err(_) => return Walk::Absent,
        },
    };
    Walk::Found {
        rel: done.join("/"),
        meta,
    }
}

/// Whether the kernel refused `openat2` itself (an older kernel, or a
/// sandbox that filters it): then every path is walked.
#[cfg(target_os = "linux")]
static NO_OPENAT2: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The bytes of the regular file at `rel` (repository-relative), opened in
/// one system call that resolves it below the root without following any
/// symlink (Linux `openat2`, `RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS`): the
/// kernel checks what [`walk`] checks one component at a time. None when
/// that way does not answer: a symlink or a `.`/`..` on the way, a missing
/// path, something other than a regular file, a read error, or a system
/// without `openat2`; the caller then walks the path and says why.
pub fn read_beneath(root: &Root, rel: &str) -> Option<Vec<u8>> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{Mode, OFlags, ResolveFlags};
        use std::sync::atomic::Ordering;
        if rel.is_empty()
            || rel.starts_with('/')
            || rel.split('/').any(|c| matches!(c, "" | "." | ".."))
            || NO_OPENAT2.load(Ordering::Relaxed)
        {
            return None;
        }
        let dir = root
            .dir
            .get_or_init(|| {
                rustix::fs::open(
                    &root.canon,
                    OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
                    Mode::empty(),
                )
                .ok()
            })
            .as_ref()?;
        let fd = match rustix::fs::openat2(
            dir,
            rel,
            OFlags::RDONLY | OFlags::NONBLOCK | OFlags::NOFOLLOW | OFlags::CLOEXEC,
            Mode::empty(),
            ResolveFlags::BENEATH | ResolveFlags::NO_SYMLINKS | ResolveFlags::NO_MAGICLINKS,
        ) {
            Ok(fd) => fd,
            Err(e) => {
                if e == rustix::io::Errno::NOSYS || e == rustix::io::Errno::PERM {
                    NO_OPENAT2.store(true, Ordering::Relaxed);
                }
                return None;
            }
        };
        let f = File::from(fd);
        let md = f.metadata().ok()?;
        if !md.is_file() {
            return None;
        }
        let mut buf = Vec::with_capacity(md.len().min(1 << 30) as usize);
        f.take(u64::MAX).read_to_end(&mut buf).ok()?;
        Some(buf)
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (root, rel);
        None
    }
}

/// What kind of thing `meta` describes, for messages ("a FIFO").
pub fn kind_name(meta: &Metadata) -> &'static str {
    let ft = meta.file_type();
    if ft.is_file() {
        return "a regular file";
    }
    if ft.is_dir() {
        return "a folder";
    }
    if ft.is_symlink() {
        return "a symlink";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if ft.is_char_device() {
            return "a character device";
        }
        if ft.is_block_device() {
            return "a block device";
        }
        if ft.is_socket() {
            return "a socket";
        }
    }
    "not a regular file"
}

/// Opens `full` for reading without following a final symlink and without
/// blocking (a FIFO swapped in after the type check cannot hang the run).
fn open_nofollow(full: &Path, follow: bool) -> std::io::Result<File> {
    let mut opts = OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let mut flags = libc::O_NONBLOCK;
        if !follow {
            flags |= libc::O_NOFOLLOW;
        }
        opts.custom_flags(flags);
    }
    #[cfg(not(unix))]
    let _ = follow;
    opts.open(full)
}

/// Which file a regular file [`walk`] found is (device and inode): enough to
/// read it again later and be sure it is still that file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileId {
    dev: u64,
    ino: u64,
}

impl FileId {
    pub fn of(meta: &Metadata) -> FileId {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            FileId {
                dev: meta.dev(),
                ino: meta.ino(),
            }
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            FileId { dev: 0, ino: 0 }
        }
    }
}

/// Reads `full`, which [`walk`] resolved to a regular file with metadata
/// `expected`. Refuses anything but that very regular file.
pub fn read_regular(full: &Path, expected: &Metadata) -> Result<Vec<u8>, String> {
    read_checked(full, expected, false)
}

/// Reads `full`, which [`walk`] resolved to the regular file `id`. Refuses
/// anything but that very regular file.
pub fn read_file(full: &Path, id: FileId) -> Result<Vec<u8>, String> {
    read_same(full, id, false)
}

fn read_checked(full: &Path, expected: &Metadata, follow: bool) -> Result<Vec<u8>, String> {
    if !expected.is_file() {
        return Err(format!("it is {}, not a regular file", kind_name(expected)));
    }
    read_same(full, FileId::of(expected), follow)
}

fn read_same(full: &Path, id: FileId, follow: bool) -> Result<Vec<u8>, String> {
    let f = open_nofollow(full, follow).map_err(|e| e.to_string())?;
    let now = f.metadata().map_err(|e| e.to_string())?;
    if !now.is_file() || FileId::of(&now) != id {
        return Err("it was replaced while checkmark was reading it".to_string());
    }
    let mut buf = Vec::with_capacity(now.len().min(1 << 30) as usize);
    // Through `Take`: `File`'s own `read_to_end` asks the size again (an
    // `fstat` and an `lseek` per file) although it is known.
    f.take(u64::MAX)
        .read_to_end(&mut buf)
        .map_err(|e| e.to_string())?;
    Ok(buf)
}

/// The stat data git's index records of a file (as `git status` compares it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stat {
    /// The size, truncated to 32 bits.
    pub size: u32,
    /// Modification and change times (seconds and nanoseconds, truncated
    /// to 32 bits as the index keeps them).
    pub mtime: (u32, u32),
    pub ctime: (u32, u32),
    /// The inode number, truncated to 32 bits.
    pub ino: u32,
}

impl Stat {
    /// The stat data of `md`, truncated as the index keeps it (None: a time
    /// the index cannot hold).
    #[cfg(unix)]
    fn of(md: &Metadata) -> Option<Stat> {
        use std::os::unix::fs::MetadataExt;
        Some(Stat {
            size: md.len() as u32,
            mtime: (md.mtime() as u32, u32::try_from(md.mtime_nsec()).ok()?),
            ctime: (md.ctime() as u32, u32::try_from(md.ctime_nsec()).ok()?),
            ino: md.ino() as u32,
        })
    }
}

/// Whether `full` (a path under the repository root whose folders are real
/// folders) is now a regular file with stat data `expected` (no final
/// symlink is followed).
pub fn has_stat(full: &Path, expected: &Stat) -> bool {
    #[cfg(unix)]
    {
        std::fs::symlink_metadata(full)
            .ok()
            .filter(Metadata::is_file)
            .and_then(|md| Stat::of(&md))
            .is_some_and(|now| now == *expected)
    }
    #[cfg(not(unix))]
    {
        let _ = (full, expected);
        false
    }
}

/// Reads `full` (a path under the repository root whose folders are real
/// folders) when it is a regular file whose stat data, taken on the opened
/// file, is `expected`; None otherwise (no final symlink is followed).
pub fn read_if_stat(full: &Path, expected: &Stat) -> Option<Vec<u8>> {
    #[cfg(unix)]
    {
        let f = open_nofollow(full, false).ok()?;
        let md = f.metadata().ok()?;
        if !md.is_file() || Stat::of(&md)? != *expected {
            return None;
        }
        let mut buf = Vec::with_capacity(md.len().min(1 << 30) as usize);
        f.take(u64::MAX).read_to_end(&mut buf).ok()?;
        (buf.len() as u64 == md.len()).then_some(buf)
    }
    #[cfg(not(unix))]
    {
        let _ = (full, expected);
        None
    }
}

/// Reads a file the user named on the command line (such as `--config FILE`),
/// wherever it is, but only when it is a regular file.
pub fn read_named_file(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    read_checked(path, &meta, true)
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    /// The one-call read answers for a plain file only; a symlink on the
    /// way (inside or leading out), `..`, a folder and a missing path are
    /// left to [`walk`], which says what they are.
    #[test]
    fn read_beneath_reads_plain_files_only() {
        let outside = tempfile::tempdir().expect("temp dir");
        std::fs::write(outside.path().join("secret.md"), "outside").expect("write");
        let dir = tempfile::tempdir().expect("temp dir");
        let top = dir.path();
        std::fs::create_dir_all(top.join("docs/sub")).expect("mkdir");
        std::fs::write(top.join("docs/sub/a.md"), "# A\n").expect("write");
        std::os::unix::fs::symlink("sub", top.join("docs/link")).expect("symlink");
        std::os::unix::fs::symlink(outside.path(), top.join("out")).expect("symlink");
        let root = Root::new(top);
        assert_eq!(
            read_beneath(&root, "docs/sub/a.md").as_deref(),
            Some(&b"# A\n"[..])
        );
        assert_eq!(read_beneath(&root, "docs/link/a.md"), None);
        assert_eq!(read_beneath(&root, "out/secret.md"), None);
        assert_eq!(read_beneath(&root, "docs/../docs/sub/a.md"), None);
        assert_eq!(read_beneath(&root, "../secret.md"), None);
        assert_eq!(read_beneath(&root, "docs/sub"), None);
        assert_eq!(read_beneath(&root, "docs/sub/missing.md"), None);
        // What the walk makes of the same paths: the symlink inside is
        // followed, the one leading out is reported, never read.
        assert!(
            matches!(walk(&root, "docs/link/a.md"), Walk::Found { ref rel, .. } if rel == "docs/sub/a.md")
        );
        assert!(matches!(walk(&root, "out/secret.md"), Walk::Outside { .. }));
    }
}
