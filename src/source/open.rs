//! The one place that opens repositories.
//!
//! Like git itself: `GIT_DIR` names the repository (no search) and
//! `GIT_WORK_TREE` its work tree; otherwise the repository is found by
//! searching up from the start folder, honouring `GIT_CEILING_DIRECTORIES`.
//! A `.git` *file* (`git init --separate-git-dir`, submodules, linked
//! worktrees) is followed and the work tree is where that file is, never the
//! git directory's parent. Bare repositories open without a work tree.
//!
//! Re-opening (one handle per thread, the history walk) goes through
//! [`Reopen`], which keeps the work tree found here.

use std::path::{Path, PathBuf};

use git2::{Repository, RepositoryOpenFlags};

/// Opens the repository containing `start` (or the one `GIT_DIR` names).
pub fn open_repository(start: &Path) -> Result<Repository, git2::Error> {
    if std::env::var_os("GIT_DIR").is_some() {
        // libgit2 reads GIT_DIR (relative to the current folder, as git does)
        // only when it is given no start path.
        return Repository::open_from_env();
    }
    let ceilings: Vec<PathBuf> = std::env::var_os("GIT_CEILING_DIRECTORIES")
        .map(|v| {
            std::env::split_paths(&v)
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        })
        .unwrap_or_default();
    Repository::open_ext(start, RepositoryOpenFlags::FROM_ENV, &ceilings)
}

/// How to open the same repository again, with the same work tree.
#[derive(Debug, Clone)]
pub struct Reopen {
    pub git_dir: PathBuf,
    pub workdir: Option<PathBuf>,
}

impl Reopen {
    pub fn of(repo: &Repository) -> Reopen {
        Reopen {
            git_dir: repo.path().to_path_buf(),
            workdir: repo.workdir().map(Path::to_path_buf),
        }
    }

    /// A fresh handle on the repository; its work tree is the one first found
    /// (opening the git directory alone would guess its parent).
    pub fn open(&self) -> Result<Repository, git2::Error> {
        let repo = Repository::open(&self.git_dir)?;
        if let Some(w) = &self.workdir
            && repo.workdir() != Some(w.as_path())
        {
            repo.set_workdir(w, false)?;
        }
        Ok(repo)
    }
}
