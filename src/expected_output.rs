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
    files
        .iter()
        .filter(|f| {
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
}
