//! Safe writes: a temporary file in the same folder, then a rename; the
//! file's permissions are kept, and a file that changed on disk since it was
//! read is not overwritten.

use std::io::Write;
use std::path::Path;

/// Checks that `root/rel` can be written: inside the repository, writable, and
/// still holding `expected`.
pub fn preflight(root: &Path, rel: &str, expected: &[u8]) -> Result<(), String> {
    checked(root, rel, expected).map(|_| ())
}

/// [`preflight`], returning the resolved path and its metadata.
fn checked(
    root: &Path,
    rel: &str,
    expected: &[u8],
) -> Result<(std::path::PathBuf, std::fs::Metadata), String> {
    let canon_root = std::fs::canonicalize(root)
        .map_err(|e| format!("cannot resolve `{}`: {e}", root.display()))?;
    let canon = std::fs::canonicalize(root.join(rel))
        .map_err(|e| format!("cannot resolve `{rel}`: {e}"))?;
    if !canon.starts_with(&canon_root) {
        return Err(format!(
            "refusing to write `{rel}`: it resolves outside the repository"
        ));
    }
    let meta = std::fs::metadata(&canon).map_err(|e| format!("cannot read `{rel}`: {e}"))?;
    if meta.permissions().readonly() {
        return Err(format!(
            "refusing to write `{rel}`: the file is read-only\n  help: make it writable (`chmod u+w {rel}`) and run `checkmark fix` again; nothing was written"
        ));
    }
    let current = std::fs::read(&canon).map_err(|e| format!("cannot read `{rel}`: {e}"))?;
    if current != expected {
        return Err(format!(
            "refusing to write `{rel}`: it changed on disk while checkmark was fixing it\n  help: run `checkmark fix` again; nothing was written"
        ));
    }
    Ok((canon, meta))
}

/// Writes `new` to `root/rel` atomically, if the file still holds `expected`.
pub fn write_atomic(root: &Path, rel: &str, expected: &[u8], new: &[u8]) -> Result<(), String> {
    let (canon, meta) = checked(root, rel, expected)?;
    let dir = canon
        .parent()
        .ok_or_else(|| format!("`{rel}` has no parent folder"))?;
    let name = canon
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.checkmark-{}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(new)?;
        f.sync_all()?;
        std::fs::set_permissions(&tmp, meta.permissions())?;
        // Last check just before the rename.
        if std::fs::read(&canon)? != expected {
            return Err(std::io::Error::other("changed on disk"));
        }
        std::fs::rename(&tmp, &canon)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(format!(
            "cannot write `{rel}`: {e}; the file was left as it was"
        ));
    }
    Ok(())
}
