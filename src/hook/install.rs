//! `checkmark install-hook`: a git pre-commit hook running `checkmark hook`.
//!
//! The hook goes where git looks for hooks: `core.hooksPath` when it is set (a
//! relative value is taken from the work tree's root, as git does), else the
//! `hooks` folder of the common git directory, which every linked worktree
//! shares. A hook checkmark wrote carries [`MARKER`]; any other hook is left
//! alone unless `--force` is given, and then it is kept beside the new one.

use std::io::Write;
use std::path::{Path, PathBuf};

use git2::Repository;

use crate::engine::RunError;

/// The line that tells checkmark's own hook apart from others.
pub const MARKER: &str = "# checkmark-hook: pre-commit";

/// Installs the pre-commit hook for the repository containing the current
/// directory. Returns the exit code.
pub fn install(force: bool) -> Result<i32, RunError> {
    let cwd = std::env::current_dir()
        .map_err(|e| RunError::Usage(format!("cannot read the current directory: {e}")))?;
    let exe = std::env::current_exe().map_err(|e| {
        RunError::Usage(format!(
            "cannot tell where the checkmark binary is: {e}\n  help: run checkmark by its full path"
        ))
    })?;
    let outcome = install_in(&cwd, &exe, force)?;
    let shown = display_path(&outcome.path, &cwd);
    match &outcome.action {
        Action::Created => eprintln!("installed the checkmark pre-commit hook at {shown}"),
        Action::Updated => eprintln!("updated the checkmark pre-commit hook at {shown}"),
        Action::Replaced(backup) => eprintln!(
            "replaced the pre-commit hook at {shown} (--force); the previous hook was moved to {}",
            display_path(backup, &cwd)
        ),
    }
    eprintln!(
        "  each `git commit` now runs `checkmark hook`, which stops a commit that introduces an error\n  \
         (for example a citation of a file that is not `git add`ed, or the deletion of cited evidence);\n  \
         problems the repository already has do not stop it; `git commit --no-verify` skips it once"
    );
    Ok(0)
}

/// What [`install_in`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// No hook was there.
    Created,
    /// checkmark's own hook was rewritten.
    Updated,
    /// A foreign hook was replaced (`--force`); it was moved to this path.
    Replaced(PathBuf),
}

/// Where the hook went and what happened.
#[derive(Debug, Clone)]
pub struct Installed {
    pub path: PathBuf,
    pub action: Action,
}

/// Installs the hook for the repository containing `start`, with `exe` as the
/// fallback binary the hook runs when `checkmark` is not on `PATH`.
pub fn install_in(start: &Path, exe: &Path, force: bool) -> Result<Installed, RunError> {
    let repo = crate::source::open_repository(start).map_err(|e| {
        RunError::Usage(format!(
            "not inside a git repository: {} ({})\n  help: run `checkmark install-hook` inside the repository whose commits it should check",
            start.display(),
            e.message()
        ))
    })?;
    let Some(workdir) = repo.workdir().map(Path::to_path_buf) else {
        return Err(RunError::Usage(
            "a bare repository has no commits made in it, so a pre-commit hook would never run\n  \
             help: install the hook in a clone that has a working tree"
                .into(),
        ));
    };
    let dir = hooks_dir(&repo, &workdir)?;
    std::fs::create_dir_all(&dir).map_err(|e| {
        RunError::Usage(format!(
            "cannot create the hooks folder `{}`: {e}",
            dir.display()
        ))
    })?;
    let path = dir.join("pre-commit");
    let action = match std::fs::symlink_metadata(&path) {
        Err(_) => Action::Created,
        Ok(_) => {
            // Only a regular file (or a symlink to one) is read: a FIFO or a
            // device there would block or never end; it is a foreign hook.
            let existing = crate::source::disk::read_named_file(&path).unwrap_or_default();
            let ours = String::from_utf8_lossy(&existing)
                .lines()
                .any(|l| l.trim_end() == MARKER);
            if ours {
                Action::Updated
            } else if !force {
                return Err(RunError::Usage(format!(
                    "a pre-commit hook that checkmark did not write already exists at `{}`\n  \
                     help: to keep it, add the line `checkmark hook || exit 1` to it yourself;\n        \
                     to replace it, run `checkmark install-hook --force` (the old hook is kept as a backup)",
                    path.display()
                )));
            } else {
                let backup = free_backup_path(&dir);
                std::fs::rename(&path, &backup).map_err(|e| {
                    RunError::Usage(format!(
                        "cannot move the existing hook `{}` aside to `{}`: {e}",
                        path.display(),
                        backup.display()
                    ))
                })?;
                Action::Replaced(backup)
            }
        }
    };
    write_executable(&dir, &path, script(exe).as_bytes())?;
    Ok(Installed { path, action })
}

/// The folder git runs hooks from: `core.hooksPath` (relative to the work
/// tree's root) or the common git directory's `hooks`.
pub fn hooks_dir(repo: &Repository, workdir: &Path) -> Result<PathBuf, RunError> {
    let config = repo
        .config()
        .map_err(|e| RunError::Usage(format!("cannot read the git configuration: {e}")))?;
    if let Ok(p) = config.get_path("core.hooksPath") {
        if p.as_os_str().is_empty() {
            return Ok(repo.commondir().join("hooks"));
        }
        return Ok(if p.is_absolute() { p } else { workdir.join(p) });
    }
    Ok(repo.commondir().join("hooks"))
}

/// `pre-commit.checkmark-backup`, or with a number when that is taken.
fn free_backup_path(dir: &Path) -> PathBuf {
    let first = dir.join("pre-commit.checkmark-backup");
    if std::fs::symlink_metadata(&first).is_err() {
        return first;
    }
    (1..)
        .map(|n| dir.join(format!("pre-commit.checkmark-backup.{n}")))
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .unwrap_or(first)
}

/// Writes `bytes` to `path` through a temporary file in `dir`, mode 0755.
fn write_executable(dir: &Path, path: &Path, bytes: &[u8]) -> Result<(), RunError> {
    let err = |e: std::io::Error| {
        RunError::Usage(format!(
            "cannot write the hook `{}`: {e}\n  help: check that the folder is writable",
            path.display()
        ))
    };
    let tmp = dir.join(format!(".pre-commit.checkmark-{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o755))?;
        }
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(err)
}

/// Quotes `s` for a POSIX shell.
fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// The hook script.
pub fn script(exe: &Path) -> String {
    let exe = sh_quote(&exe.to_string_lossy());
    format!(
        r#"#!/bin/sh
{MARKER}
# Written by `checkmark install-hook`; running it again rewrites this file.
#
# Judges the commit, not the repository: the staged checklists, and the ones
# whose evidence this commit deletes, renames or changes. Only errors the commit
# introduces stop it (a citation of a file that is not `git add`ed yet, a cited
# file deleted); problems already committed do not. Warnings are printed.
# Skip it once with `git commit --no-verify`.

if command -v checkmark >/dev/null 2>&1; then
    checkmark=checkmark
elif [ -x {exe} ]; then
    checkmark={exe}
else
    echo "checkmark pre-commit hook: no checkmark binary on PATH, nor at "{exe} >&2
    echo "  help: install checkmark and run \`checkmark install-hook\` again, or commit with --no-verify" >&2
    exit 1
fi

"$checkmark" hook
status=$?
if [ "$status" -eq 1 ]; then
    echo >&2
    echo "checkmark: commit stopped: it introduces the errors above." >&2
    echo "  help: \`git add\` the evidence the checklists cite, or correct the references; then commit again" >&2
    echo "        (\`git commit --no-verify\` skips this check once)" >&2
elif [ "$status" -ne 0 ]; then
    echo "checkmark: commit stopped: checkmark could not check the staged files (see above)." >&2
fi
exit "$status"
"#
    )
}

fn display_path(p: &Path, cwd: &Path) -> String {
    match p.strip_prefix(cwd) {
        Ok(rel) if !rel.as_os_str().is_empty() => rel.display().to_string(),
        _ => p.display().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_for_sh() {
        assert_eq!(sh_quote("/a b/c"), "'/a b/c'");
        assert_eq!(sh_quote("/it's"), r"'/it'\''s'");
    }

    #[test]
    fn script_has_marker_and_path() {
        let s = script(Path::new("/opt/bin/checkmark"));
        assert!(s.starts_with("#!/bin/sh\n"));
        assert!(s.lines().any(|l| l == MARKER));
        assert!(s.contains("'/opt/bin/checkmark'"));
        assert!(s.contains("\"$checkmark\" hook\n"));
    }
}
