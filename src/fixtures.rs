//! Test-fixture projects: Markdown that a test suite feeds to the code under
//! test, not the repository's documentation.
//!
//! A folder inside a test tree (`tests/`, `test/`, `testdata/`, `fixtures/`,
//! `__fixtures__/`) that holds its own project marker (`book.toml`,
//! `mkdocs.yml`, `package.json`, `Cargo.toml`, a `.vitepress/` config, …) is a
//! project of its own that a test builds: mdBook keeps 58 such books under
//! `tests/`, whose links are broken on purpose or point at pages the test
//! creates. A Markdown file whose nearest project marker is such a folder is
//! test input, left out by default like vendored trees. A repository's own
//! `tests/README.md` (its nearest marker is the repository's) stays checked.

use std::collections::HashSet;

/// Folder names that hold a test suite's inputs.
const TEST_DIRS: &[&str] = &["tests", "test", "testdata", "fixtures", "__fixtures__"];

/// File names that make their folder a project root.
const MARKERS: &[&str] = &[
    "book.toml",
    "mkdocs.yml",
    "mkdocs.yaml",
    "package.json",
    "Cargo.toml",
    "pyproject.toml",
    "go.mod",
    "docusaurus.config.js",
    "docusaurus.config.ts",
    "hugo.toml",
    "_config.yml",
];

/// The project roots of a file list, and which of them are test fixtures.
#[derive(Debug, Default)]
pub struct Fixtures {
    /// Folders with a project marker (`""` is the repository root).
    roots: HashSet<String>,
    /// Whether any root is a fixture (most repositories have none).
    any: bool,
}

impl Fixtures {
    /// Finds the project roots among `files` (repository-relative paths).
    pub fn new(files: &[String]) -> Fixtures {
        let mut roots = HashSet::new();
        for f in files {
            let (dir, name) = f.rsplit_once('/').unwrap_or(("", f));
            if MARKERS.contains(&name) {
                roots.insert(dir.to_string());
            } else if name == "SUMMARY.md" && (dir == "src" || dir.ends_with("/src")) {
                // An mdBook book without its `book.toml` (a test creates it).
                let book = dir.strip_suffix("src").unwrap_or("");
                roots.insert(book.trim_end_matches('/').to_string());
            } else if (dir == ".vitepress" || dir.ends_with("/.vitepress"))
                && name.starts_with("config.")
            {
                let site = dir.strip_suffix(".vitepress").unwrap_or("");
                roots.insert(site.trim_end_matches('/').to_string());
            }
        }
        let any = roots.iter().any(|r| Fixtures::in_test_tree(r));
        Fixtures { roots, any }
    }

    /// Whether `path` is a document of a test-fixture project: its nearest
    /// project root lies inside a test tree.
    pub fn contains(&self, path: &str) -> bool {
        if !self.any {
            return false;
        }
        let mut dir = path.rsplit_once('/').map_or("", |(d, _)| d);
        loop {
            if self.roots.contains(dir) {
                return Fixtures::in_test_tree(dir);
            }
            match dir.rsplit_once('/') {
                Some((up, _)) => dir = up,
                None if !dir.is_empty() => dir = "",
                None => return false,
            }
        }
    }
}

impl Fixtures {
    /// Whether a folder is inside (or is) a test tree.
    pub fn in_test_tree(dir: &str) -> bool {
        dir.split('/').any(|s| TEST_DIRS.contains(&s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fx(files: &[&str]) -> Fixtures {
        Fixtures::new(&files.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn a_book_inside_tests_is_a_fixture_but_the_suite_readme_is_not() {
        let f = fx(&[
            "Cargo.toml",
            "README.md",
            "tests/README.md",
            "tests/testsuite/init/book.toml",
            "tests/testsuite/init/src/SUMMARY.md",
            "tests/testsuite/bare/src/SUMMARY.md",
            "tests/testsuite/bare/src/intro.md",
            "guide/book.toml",
            "guide/src/README.md",
        ]);
        assert!(f.contains("tests/testsuite/init/src/SUMMARY.md"));
        assert!(f.contains("tests/testsuite/bare/src/intro.md"));
        assert!(!f.contains("tests/README.md"));
        assert!(!f.contains("README.md"));
        assert!(!f.contains("guide/src/README.md"));
    }

    #[test]
    fn a_package_with_its_own_tests_folder_is_not_a_fixture() {
        let f = fx(&[
            "packages/a/package.json",
            "packages/a/test/README.md",
            "test/fixtures/site/.vitepress/config.ts",
            "test/fixtures/site/index.md",
        ]);
        assert!(!f.contains("packages/a/test/README.md"));
        assert!(f.contains("test/fixtures/site/index.md"));
    }
}
