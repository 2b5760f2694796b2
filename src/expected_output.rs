//! A Markdown renderer's test cases: an input file kept beside the output
//! the renderer must produce from it, in a test tree.
//!
//! A Markdown parser's test suite keeps each case as a pair in one folder,
//! `<case>.md` and `<case>.html` (or `.htm`, or an `.xml` dump of the
//! document tree), below a `tests/` or `test/` folder:
//! thephpleague/commonmark's `tests/functional/Extension/Table/md/single_column_table.md`
//! beside `single_column_table.html`, `tests/functional/Extension/TaskList/xml/tasklist.md`
//! beside `tasklist.xml` (survey 53b: 8 findings of link, table and task
//! rules judged false, each a deliberate oddity of the input such as a
//! ticked item over an open one, a row wider than its header or an image
//! `foo.jpg` that only the expected HTML names). The Markdown is test data:
//! [`crate::fixtures`] leaves it out with the other test inputs.
//!
//! A suite may keep the expected outputs in an `expected/` folder beside
//! its inputs instead, any number of outputs to one case: cargo's mdman
//! (a Markdown-to-man-page renderer) keeps `tests/compare/links.md` with
//! `tests/compare/expected/links.1`, `links.md` and `links.txt`, and the
//! file its cases include in `tests/compare/includes/` (survey 55b,
//! rust-lang/cargo: 4 links judged false, each to a page only the rendered
//! output has). The Markdown of such a folder and of its other subfolders
//! is test data too; a folder whose `expected/` holds no output of its
//! cases' names is checked.
//!
//! A pair outside a test tree (`docs/guide.md` beside an exported
//! `docs/guide.html`), a test tree's Markdown with no output of its stem
//! beside it, and a README or plan beside an HTML file (see the fixtures'
//! `data_like`) stay checked.

use std::collections::HashSet;

/// The extensions of a renderer's expected output.
const OUTPUTS: &[&str] = &["html", "htm", "xml"];

/// Whether a folder lies in a `tests/` or `test/` tree.
fn in_tests(dir: &str) -> bool {
    dir.split('/').any(|s| matches!(s, "tests" | "test"))
}

/// The Markdown files of `files` (repository-relative paths) that stand in a
/// test tree beside a tracked file of the same stem with an expected-output
/// extension (`a.md` beside `a.html`). The caller filters by file name.
pub fn inputs_beside_outputs(files: &[String]) -> HashSet<String> {
    let listed: HashSet<&str> = files.iter().map(String::as_str).collect();
    let suites = suites_with_expected(files);
    files
        .iter()
        .filter(|f| {
            if f.rsplit_once('/').is_some_and(|(dir, _)| {
                suites.iter().any(|s| {
                    (dir == s
                        || dir
                            .strip_prefix(s.as_str())
                            .is_some_and(|r| r.starts_with('/')))
                        && !dir
                            .strip_prefix(s.as_str())
                            .is_some_and(|r| r == "/expected" || r.starts_with("/expected/"))
                })
            }) && is_markdown(f)
            {
                return true;
            }
            let Some((dir, name)) = f.rsplit_once('/') else {
                return false;
            };
            let Some((stem, ext)) = name.rsplit_once('.') else {
                return false;
            };
            !stem.is_empty()
                && (ext.eq_ignore_ascii_case("md") || ext.eq_ignore_ascii_case("markdown"))
                && in_tests(dir)
                && OUTPUTS
                    .iter()
                    .any(|o| listed.contains(format!("{dir}/{stem}.{o}").as_str()))
        })
        .cloned()
        .collect()
}

/// Whether a path names a Markdown file.
fn is_markdown(f: &str) -> bool {
    f.rsplit_once('.')
        .is_some_and(|(_, e)| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
}

/// The folders of a test tree whose `expected/` folder holds an output of
/// the name of one of their Markdown cases (`tests/compare/links.md` and
/// `tests/compare/expected/links.1`).
fn suites_with_expected(files: &[String]) -> Vec<String> {
    // The stems of each `…/expected/` folder's files, by the folder above it.
    let mut expected: std::collections::HashMap<&str, HashSet<&str>> =
        std::collections::HashMap::new();
    for f in files {
        let Some((dir, name)) = f.rsplit_once('/') else {
            continue;
        };
        let Some(suite) = dir.strip_suffix("/expected") else {
            continue;
        };
        let stem = name.split_once('.').map_or(name, |(s, _)| s);
        if in_tests(suite) && !stem.is_empty() {
            expected.entry(suite).or_default().insert(stem);
        }
    }
    let mut out: Vec<String> = files
        .iter()
        .filter(|f| is_markdown(f))
        .filter_map(|f| {
            let (dir, name) = f.rsplit_once('/')?;
            let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
            expected
                .get(dir)
                .is_some_and(|stems| stems.contains(stem))
                .then(|| dir.to_string())
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_case_beside_its_expected_output_in_a_test_tree() {
        let got = inputs_beside_outputs(&files(&[
            "tests/functional/md/table.md",
            "tests/functional/md/table.html",
            "tests/functional/xml/tasks.md",
            "tests/functional/xml/tasks.xml",
            "tests/functional/notes.md",
            "docs/guide.md",
            "docs/guide.html",
        ]));
        let mut got: Vec<_> = got.into_iter().collect();
        got.sort();
        assert_eq!(
            got,
            vec![
                "tests/functional/md/table.md",
                "tests/functional/xml/tasks.md"
            ]
        );
    }

    #[test]
    fn cases_whose_outputs_are_in_an_expected_folder() {
        let got = inputs_beside_outputs(&files(&[
            "crates/mdman/tests/compare/links.md",
            "crates/mdman/tests/compare/includes/links-include.md",
            "crates/mdman/tests/compare/expected/links.1",
            "crates/mdman/tests/compare/expected/links.md",
            "crates/other/tests/cases/a.md",
            "crates/other/tests/cases/expected/b.txt",
            "docs/guide.md",
            "docs/expected/guide.html",
        ]));
        let mut got: Vec<_> = got.into_iter().collect();
        got.sort();
        assert_eq!(
            got,
            vec![
                "crates/mdman/tests/compare/includes/links-include.md",
                "crates/mdman/tests/compare/links.md"
            ]
        );
    }
}
