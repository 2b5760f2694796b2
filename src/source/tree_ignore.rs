//! Git's ignore rules as a commit's tree holds them, for `--rev`: that
//! source's content comes from the tree alone, and libgit2 answers only from
//! the working tree's `.gitignore` files (which may say otherwise, or be
//! absent in a bare clone). `.git/info/exclude` and a user's global excludes
//! are local settings, not the commit's, and are not read.

use std::path::Path;

use ignore::Match;
use ignore::gitignore::{Gitignore, GitignoreBuilder};

/// The tree's `.gitignore` files, the deepest folder first (a deeper file's
/// rule decides over a shallower one's, as in git).
pub(super) struct TreeIgnores {
    rules: Vec<(String, Gitignore)>,
}

impl TreeIgnores {
    /// From `(folder, content)` of each `.gitignore` ("" for the root;
    /// otherwise the folder with a trailing `/`). Unreadable lines are
    /// skipped, as git skips them.
    pub(super) fn new(files: Vec<(String, Vec<u8>)>) -> TreeIgnores {
        let mut rules: Vec<(String, Gitignore)> = files
            .into_iter()
            .filter_map(|(dir, content)| {
                let mut b = GitignoreBuilder::new(Path::new(dir.trim_end_matches('/')));
                for line in String::from_utf8_lossy(&content).lines() {
                    let _ = b.add_line(None, line);
                }
                b.build().ok().map(|g| (dir, g))
            })
            .collect();
        rules.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        TreeIgnores { rules }
    }

    /// Whether `path` (repository-relative; a trailing `/` names a folder) is
    /// ignored: the deepest `.gitignore` with a rule for it or a folder above
    /// it decides.
    pub(super) fn is_ignored(&self, path: &str) -> bool {
        let is_dir = path.ends_with('/');
        let path = path.trim_end_matches('/');
        if path.is_empty() || path.starts_with('/') {
            return false;
        }
        for (dir, rules) in &self.rules {
            if !path.starts_with(dir.as_str()) || path.len() == dir.len() {
                continue;
            }
            match rules.matched_path_or_any_parents(Path::new(path), is_dir) {
                Match::Ignore(_) => return true,
                Match::Whitelist(_) => return false,
                Match::None => {}
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ignores(files: &[(&str, &str)]) -> TreeIgnores {
        TreeIgnores::new(
            files
                .iter()
                .map(|(d, c)| (d.to_string(), c.as_bytes().to_vec()))
                .collect(),
        )
    }

    #[test]
    fn folder_and_file_patterns_and_nested_files() {
        let i = ignores(&[
            ("", "htmlcov/\n*.log\n# comment\n!keep.log\n"),
            ("app/", "/out\n"),
        ]);
        assert!(i.is_ignored("htmlcov/"));
        assert!(i.is_ignored("htmlcov/index.html"));
        assert!(i.is_ignored("docs/htmlcov/x/y.html"));
        assert!(i.is_ignored("run.log"));
        assert!(i.is_ignored("a/b/run.log"));
        assert!(!i.is_ignored("keep.log"));
        assert!(!i.is_ignored("docs/plan.md"));
        assert!(i.is_ignored("app/out/x.js"));
        // `/out` is anchored to `app/`.
        assert!(!i.is_ignored("out/x.js"));
        assert!(!i.is_ignored("app/src/out/x.js"));
        assert!(!i.is_ignored(""));
    }

    #[test]
    fn a_deeper_file_decides() {
        let i = ignores(&[("", "*.csv\n"), ("data/", "!*.csv\n")]);
        assert!(i.is_ignored("x.csv"));
        assert!(!i.is_ignored("data/x.csv"));
    }
}
