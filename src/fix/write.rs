//! The one place that writes documents: all or nothing.
//!
//! Before anything is written, every target is checked: it resolves inside the
//! repository with no symlink on the way (checkmark never writes through a
//! symlink: a symlinked document is fixed as the file it points to, see
//! `engine::select_files`), it is a regular file, neither it nor its folder is
//! read-only, and it still holds the bytes that were read. Then each new
//! content is staged in a temporary file beside its target (same folder, same
//! permissions); only when every one is staged are they renamed over their
//! targets, each after a last check that the target did not change. A refusal
//! or a failure before the renames leaves every file as it was.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::source::disk::{self, Root, Walk};

/// One file to rewrite.
pub struct Target<'a> {
    /// Repository-relative path.
    pub rel: &'a str,
    /// The bytes it held when read (a file that changed since is not overwritten).
    pub expected: &'a [u8],
    /// Its new content.
    pub new: &'a [u8],
}

/// A target that passed the checks.
struct Checked {
    full: PathBuf,
    meta: std::fs::Metadata,
}

/// Checks that `root/rel` can be written: see the module documentation.
fn check(root: &Root, rel: &str, expected: &[u8]) -> Result<Checked, String> {
    let nothing = "nothing was written";
    let (real, meta) = match disk::walk(root, rel) {
        Walk::Found { rel: real, meta } => (real, meta),
        Walk::Outside { target } => {
            return Err(format!(
                "refusing to write `{rel}`: it leads outside the repository (through a symlink to `{target}`); {nothing}"
            ));
        }
        Walk::Dangling { .. } | Walk::TooManyLinks | Walk::Absent => {
            return Err(format!(
                "refusing to write `{rel}`: it is no longer there; {nothing}\n  help: run `checkmark fix` again"
            ));
        }
    };
    if real != rel {
        return Err(format!(
            "refusing to write `{rel}`: it goes through a symlink (to `{real}`), and checkmark never writes through a symlink; {nothing}\n  help: fix `{real}` itself"
        ));
    }
    if !meta.is_file() {
        return Err(format!(
            "refusing to write `{rel}`: it is {}, not a regular file; {nothing}",
            disk::kind_name(&meta)
        ));
    }
    if meta.permissions().readonly() {
        return Err(format!(
            "refusing to write `{rel}`: the file is read-only; {nothing}\n  help: make it writable (`chmod u+w {rel}`) and run `checkmark fix` again"
        ));
    }
    let full = root.join(&real);
    let folder = full.parent().map(Path::to_path_buf).unwrap_or_default();
    let folder_meta = std::fs::symlink_metadata(&folder)
        .map_err(|e| format!("cannot inspect the folder of `{rel}`: {e}; {nothing}"))?;
    if folder_meta.permissions().readonly() {
        let shown = match rel.rfind('/') {
            Some(i) => &rel[..i],
            None => ".",
        };
        return Err(format!(
            "refusing to write `{rel}`: its folder `{shown}` is read-only, and checkmark writes each fixed file through a temporary file beside it; {nothing}\n  help: make the folder writable (`chmod u+w {shown}`) and run `checkmark fix` again"
        ));
    }
    let current =
        disk::read_regular(&full, &meta).map_err(|e| format!("cannot read `{rel}`: {e}"))?;
    if current != expected {
        return Err(format!(
            "refusing to write `{rel}`: it changed on disk while checkmark was fixing it; {nothing}\n  help: run `checkmark fix` again"
        ));
    }
    Ok(Checked { full, meta })
}

/// Writes `new` beside `c` in a fresh temporary file with `c`'s permissions.
fn stage(c: &Checked, new: &[u8]) -> std::io::Result<PathBuf> {
    let dir = c
        .full
        .parent()
        .ok_or_else(|| std::io::Error::other("no parent folder"))?;
    let name = c
        .full
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.checkmark-{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(new)?;
        f.sync_all()?;
        std::fs::set_permissions(&tmp, c.meta.permissions())
    })();
    match result {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Rewrites every target, or none: see the module documentation.
pub fn write_all(workdir: &Path, targets: &[Target<'_>]) -> Result<(), String> {
    let root = Root::new(workdir);
    let checked = targets
        .iter()
        .map(|t| check(&root, t.rel, t.expected))
        .collect::<Result<Vec<_>, _>>()?;
    let mut staged: Vec<PathBuf> = Vec::with_capacity(targets.len());
    let discard = |staged: &[PathBuf]| {
        for tmp in staged {
            let _ = std::fs::remove_file(tmp);
        }
    };
    for (t, c) in targets.iter().zip(&checked) {
        match stage(c, t.new) {
            Ok(tmp) => staged.push(tmp),
            Err(e) => {
                discard(&staged);
                return Err(format!(
                    "cannot write `{}`: {e}; nothing was written",
                    t.rel
                ));
            }
        }
    }
    // Last checks, all before the first rename.
    for (t, c) in targets.iter().zip(&checked) {
        if disk::read_regular(&c.full, &c.meta).ok().as_deref() != Some(t.expected) {
            discard(&staged);
            return Err(format!(
                "refusing to write `{}`: it changed on disk while checkmark was fixing it; nothing was written\n  help: run `checkmark fix` again",
                t.rel
            ));
        }
    }
    for (i, ((t, c), tmp)) in targets.iter().zip(&checked).zip(&staged).enumerate() {
        if let Err(e) = std::fs::rename(tmp, &c.full) {
            discard(&staged[i..]);
            let done: Vec<&str> = targets[..i].iter().map(|t| t.rel).collect();
            let before = if done.is_empty() {
                "no file was written".to_string()
            } else {
                format!("written before it: {}", done.join(", "))
            };
            return Err(format!("cannot write `{}`: {e}; {before}", t.rel));
        }
    }
    Ok(())
}

/// Checks that `root/rel` can be written (inside the repository, no symlink,
/// a writable regular file in a writable folder, still holding `expected`).
pub fn preflight(root: &Path, rel: &str, expected: &[u8]) -> Result<(), String> {
    check(&Root::new(root), rel, expected).map(|_| ())
}

/// Writes one file atomically (see [`write_all`]).
pub fn write_atomic(root: &Path, rel: &str, expected: &[u8], new: &[u8]) -> Result<(), String> {
    write_all(root, &[Target { rel, expected, new }])
}

/// The working tree's current bytes of `rel`, when it is a regular file inside
/// the repository reached without a symlink.
pub fn current(root: &Path, rel: &str) -> Option<Vec<u8>> {
    let root = Root::new(root);
    match disk::walk(&root, rel) {
        Walk::Found { rel: real, meta } if real == rel => {
            disk::read_regular(&root.join(&real), &meta).ok()
        }
        _ => None,
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn target<'a>(rel: &'a str, expected: &'a [u8], new: &'a [u8]) -> Target<'a> {
        Target { rel, expected, new }
    }

    #[test]
    fn never_writes_through_a_symlink_and_writes_nothing_on_refusal() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        std::fs::write(root.join("a.md"), "a").expect("write");
        std::fs::write(root.join("real.md"), "r").expect("write");
        std::os::unix::fs::symlink("real.md", root.join("link.md")).expect("symlink");
        let err = write_all(
            root,
            &[target("a.md", b"a", b"A"), target("link.md", b"r", b"R")],
        )
        .expect_err("refused");
        assert!(err.contains("never writes through a symlink"), "{err}");
        assert_eq!(std::fs::read(root.join("a.md")).expect("read"), b"a");
        assert_eq!(std::fs::read(root.join("real.md")).expect("read"), b"r");
        let names = std::fs::read_dir(root).expect("list").count();
        assert_eq!(names, 3, "a temporary file was left behind");
    }

    #[test]
    fn refuses_a_file_changed_since_read_and_writes_the_rest_only_together() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        std::fs::write(root.join("a.md"), "a").expect("write");
        std::fs::write(root.join("b.md"), "changed").expect("write");
        let err = write_all(
            root,
            &[target("a.md", b"a", b"A"), target("b.md", b"b", b"B")],
        )
        .expect_err("refused");
        assert!(err.contains("changed on disk"), "{err}");
        assert_eq!(std::fs::read(root.join("a.md")).expect("read"), b"a");
        write_all(
            root,
            &[target("a.md", b"a", b"A"), target("b.md", b"changed", b"B")],
        )
        .expect("written");
        assert_eq!(std::fs::read(root.join("a.md")).expect("read"), b"A");
        assert_eq!(std::fs::read(root.join("b.md")).expect("read"), b"B");
    }
}
