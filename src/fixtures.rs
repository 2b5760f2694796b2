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
//!
//! Markdown in a folder of test inputs is test input too, project marker or
//! not: a `fixtures/`, `__fixtures__/`, `testdata/`, `test-data/` or
//! `test_data/` folder anywhere, and, below a `tests/` or `test/` folder
//! (`scripts/tests/…` too), a `data/` folder or a folder of expected outcomes
//! (`pass/`, `fail/`, `good/`, `bad/`, `valid/`, `invalid/`, `expected/`).
//! Peak_Trade's link gate reads `tests/fixtures/docs_reference_targets/fail/*.md`,
//! broken on purpose; FastAPI's translation fixer reads
//! `scripts/tests/…/data/*.md`.

use std::collections::HashSet;

/// Folder names that hold a test suite's inputs.
const TEST_DIRS: &[&str] = &["tests", "test", "testdata", "fixtures", "__fixtures__"];

/// Folder names whose Markdown is a test's input wherever they are.
const INPUT_DIRS: &[&str] = &[
    "fixtures",
    "__fixtures__",
    "testdata",
    "test-data",
    "test_data",
];

/// Folder names whose Markdown is a test's input below a `tests/` or `test/`
/// folder: data and expected outcomes.
const INPUT_DIRS_IN_TESTS: &[&str] = &[
    "data", "pass", "fail", "good", "bad", "valid", "invalid", "expected",
];

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
    /// Whether folders of test inputs are fixtures (not with [`Fixtures::default`],
    /// which is no fixture at all).
    inputs: bool,
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
        Fixtures {
            roots,
            any,
            inputs: true,
        }
    }

    /// Whether `path` is a document of a test-fixture project: its nearest
    /// project root lies inside a test tree.
    pub fn contains(&self, path: &str) -> bool {
        if self.inputs && Fixtures::is_test_input(path) {
            return true;
        }
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
    /// Whether `path` lies in a folder of test inputs (see the module
    /// documentation), with or without a project marker.
    pub fn is_test_input(path: &str) -> bool {
        let Some((dir, _)) = path.rsplit_once('/') else {
            return false;
        };
        let mut in_tests = false;
        for seg in dir.split('/') {
            if INPUT_DIRS.contains(&seg) || (in_tests && INPUT_DIRS_IN_TESTS.contains(&seg)) {
                return true;
            }
            in_tests |= seg == "tests" || seg == "test";
        }
        false
    }

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

    #[test]
    fn folders_of_test_inputs_are_fixtures_without_a_marker() {
        let f = fx(&["pyproject.toml", "docs/index.md"]);
        assert!(f.contains("tests/fixtures/docs_reference_targets/fail/broken.md"));
        assert!(f.contains("scripts/tests/test_fixer/test_doc/data/en_doc.md"));
        assert!(f.contains("tests/links/pass/ok.md"));
        assert!(f.contains("src/parser/testdata/table.md"));
        assert!(f.contains("pkg/__fixtures__/a.md"));
        assert!(!f.contains("docs/index.md"));
        assert!(!f.contains("tests/README.md"));
        assert!(!f.contains("data/report.md"));
        assert!(!f.contains("docs/pass/plan.md"));
        assert!(!f.contains("fixtures.md"));
    }
}
