//! Which findings are new relative to a baseline: `--base REV`, and the
//! pre-commit hook (`checkmark hook`, whose baseline is `HEAD`).
//!
//! The contract matches findings by a fingerprint of rule + file + the
//! offending text, not by line number, so a finding survives edits elsewhere in
//! its document. Matching is a multiset: a document with two findings of one
//! fingerprint at the base and three now has one new finding, whatever moved.
//!
//! *Which* of the three is the new one matters, because that is the one the
//! report shows: when a new table row citing a missing path is inserted above
//! an old row citing the same path, the finding on the new row must be the one
//! reported, not the old row's. So, within a group of equal fingerprints, base
//! and current findings are paired in three passes after aligning the base
//! document with the current one by a line diff ([`align_lines`]):
//!
//! 1. a base finding whose line is unchanged pairs with the current finding on
//!    that same line (where the line now stands);
//! 2. base findings on lines that were edited or removed pair, in order, with
//!    current findings on lines that were edited or inserted (a row whose status
//!    was edited keeps its old citation problem: that is not new);
//! 3. whatever is left pairs in order (the multiset rule: a group whose count did
//!    not grow reports nothing).
//!
//! A paired current finding already exists at the base and is left out; the
//! number left out is reported ("12 findings that already exist at `main` are
//! not shown") so an empty report never reads as "no problems".
//!
//! Two rules that say the same thing from different places count as one
//! fingerprint: a reference whose target is missing from the tree is
//! `…/missing-path` when read from a revision and `path/untracked` when the file
//! is now on disk but still not committed; `path/renamed` is the same missing
//! target with a better explanation. Either way the problem existed at the base.

use std::collections::HashMap;

use crate::diagnostic::Diagnostic;
use crate::engine::FileResult;

/// What `--base` (or the hook) left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Baseline {
    /// The revision as the user named it (`main`, `HEAD`).
    pub rev: String,
    /// How many current findings already exist at `rev` and are not shown.
    pub hidden: usize,
    /// References whose cited files or lines the change since `rev` deletes,
    /// renames, moves or changes (the PR report's "Evidence this change affects").
    pub affects: Vec<crate::affects::Affected>,
}

/// Spans longer than this are keyed by their ends and their length.
const KEY_BYTES: usize = 1024;

/// The offending text of a finding as fingerprints see it: whitespace runs
/// collapsed, so re-wrapping a line does not make an old finding new. For a
/// long span (nested images, a run-on citation) its first and last
/// [`KEY_BYTES`]` / 2` bytes and its length, so that many nested findings cost
/// no more than their number (issue 10: the whole text per finding was
/// quadratic in time and memory).
pub fn offending_key(text: &str, span: &std::ops::Range<usize>) -> String {
    let offending = text.get(span.clone()).unwrap_or("");
    let normalize = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    if offending.len() <= KEY_BYTES {
        return normalize(offending);
    }
    let half = KEY_BYTES / 2;
    let mut head = half;
    while !offending.is_char_boundary(head) {
        head -= 1;
    }
    let mut tail = offending.len() - half;
    while !offending.is_char_boundary(tail) {
        tail += 1;
    }
    format!(
        "{} …{}… {}",
        normalize(&offending[..head]),
        offending.len(),
        normalize(&offending[tail..])
    )
}

/// Rules that report the same problem (a reference's target is not committed)
/// share one class for matching.
fn match_class(rule: &str) -> &str {
    if rule == "path/untracked" || rule == "path/renamed" || rule.ends_with("/missing-path") {
        "path/missing"
    } else {
        rule
    }
}

/// How the lines of an old text map onto a new one (1-based line numbers).
#[derive(Debug, Default)]
pub struct Alignment {
    /// `old_to_new[i]`: where old line `i + 1` stands now, if it is unchanged.
    pub old_to_new: Vec<Option<usize>>,
    /// `new_to_old[i]`: which old line new line `i + 1` is, if it is unchanged.
    pub new_to_old: Vec<Option<usize>>,
    /// `edited[i]`: the new line that old line `i + 1` was edited into (the
    /// lines of a replaced block, paired in order).
    pub edited: Vec<Option<usize>>,
}

impl Alignment {
    /// Where unchanged old line `line` stands now.
    pub fn new_line(&self, line: usize) -> Option<usize> {
        self.old_to_new.get(line.checked_sub(1)?).copied().flatten()
    }

    /// The new line that old line `line` was edited into.
    pub fn edited_line(&self, line: usize) -> Option<usize> {
        self.edited.get(line.checked_sub(1)?).copied().flatten()
    }

    /// The old line that unchanged new line `line` was.
    pub fn old_line(&self, line: usize) -> Option<usize> {
        self.new_to_old.get(line.checked_sub(1)?).copied().flatten()
    }
}

/// Splits at `\n` (a `\r` before it stays part of the line), as line numbers
/// count lines everywhere in checkmark.
fn split_lines(text: &str) -> Vec<&str> {
    if text.is_empty() {
        return Vec::new();
    }
    text.strip_suffix('\n')
        .unwrap_or(text)
        .split('\n')
        .collect()
}

/// Aligns `old` with `new` by a line diff (Myers, with a deadline so a huge
/// rewrite cannot stall a run: past it the diff is coarser, never wrong).
pub fn align_lines(old: &str, new: &str) -> Alignment {
    let a = split_lines(old);
    let b = split_lines(new);
    let deadline = std::time::Instant::now().checked_add(std::time::Duration::from_millis(500));
    let ops = similar::capture_diff_slices_deadline(similar::Algorithm::Myers, &a, &b, deadline);
    let mut al = Alignment {
        old_to_new: vec![None; a.len()],
        new_to_old: vec![None; b.len()],
        edited: vec![None; a.len()],
    };
    for op in ops {
        match op {
            similar::DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for k in 0..len {
                    al.old_to_new[old_index + k] = Some(new_index + k + 1);
                    al.new_to_old[new_index + k] = Some(old_index + k + 1);
                }
            }
            similar::DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                for k in 0..old_len.min(new_len) {
                    al.edited[old_index + k] = Some(new_index + k + 1);
                }
            }
            _ => {}
        }
    }
    al
}

/// For the `files` that `base` does not have: the base path each was renamed
/// from (git's rename detection over the base tree against what is checked:
/// the tree of REV in `--rev` mode, else the index, where `git mv` records a
/// rename). Empty when every file is at the base.
pub fn renamed_since(
    repo: &crate::source::RepoView,
    base: &crate::source::RepoView,
    files: &[String],
) -> HashMap<String, String> {
    let wanted: Vec<&String> = files.iter().filter(|f| !base.is_tracked(f)).collect();
    if wanted.is_empty() {
        return HashMap::new();
    }
    let Some(base_oid) = base.rev_oid() else {
        return HashMap::new();
    };
    repo.with_repo(|r| -> Option<HashMap<String, String>> {
        let base_tree = r.find_commit(base_oid).ok()?.tree().ok()?;
        let mut diff = match (repo.mode(), repo.rev_oid()) {
            (crate::source::Mode::Rev(_), Some(oid)) => {
                let tree = r.find_commit(oid).ok()?.tree().ok()?;
                r.diff_tree_to_tree(Some(&base_tree), Some(&tree), None)
                    .ok()?
            }
            _ => {
                let index = r.index().ok()?;
                r.diff_tree_to_index(Some(&base_tree), Some(&index), None)
                    .ok()?
            }
        };
        let mut find = git2::DiffFindOptions::new();
        find.renames(true);
        diff.find_similar(Some(&mut find)).ok()?;
        let mut out = HashMap::new();
        for d in diff.deltas() {
            if d.status() != git2::Delta::Renamed {
                continue;
            }
            let (Some(old), Some(new)) = (
                d.old_file().path().and_then(|p| p.to_str()),
                d.new_file().path().and_then(|p| p.to_str()),
            ) else {
                continue;
            };
            if wanted.iter().any(|w| w.as_str() == new) {
                out.insert(new.to_string(), old.to_string());
            }
        }
        Some(out)
    })
    .unwrap_or_default()
}

/// Removes from `current` every finding that `base` already has (see the
/// module documentation for how findings are paired). `base_path` names the
/// base file a current file was (itself, or where a rename came from).
/// Returns how many findings were removed.
pub fn subtract(
    current: &mut [FileResult],
    base: &[FileResult],
    base_path: impl Fn(&str) -> Option<String>,
) -> usize {
    let by_path: HashMap<&str, &FileResult> = base.iter().map(|f| (f.path.as_str(), f)).collect();
    let mut hidden = 0;
    for file in current.iter_mut() {
        if file.diagnostics.is_empty() {
            continue;
        }
        let Some(old) = base_path(&file.path).and_then(|p| by_path.get(p.as_str()).copied()) else {
            continue;
        };
        if old.diagnostics.is_empty() {
            continue;
        }
        let old_text = old.text.as_deref().map(String::as_str).unwrap_or("");
        let new_text = file.text.as_deref().map(String::as_str).unwrap_or("");
        let keep = new_findings(&old.diagnostics, old_text, &file.diagnostics, new_text);
        let before = file.diagnostics.len();
        let mut i = 0;
        file.diagnostics.retain(|_| {
            i += 1;
            keep[i - 1]
        });
        hidden += before - file.diagnostics.len();
    }
    hidden
}

/// For each current finding: whether it is new (has no partner at the base).
fn new_findings(
    old: &[Diagnostic],
    old_text: &str,
    new: &[Diagnostic],
    new_text: &str,
) -> Vec<bool> {
    let old_keys: Vec<(&str, String)> = old
        .iter()
        .map(|d| (match_class(d.rule), offending_key(old_text, &d.span)))
        .collect();
    let new_keys: Vec<(&str, String)> = new
        .iter()
        .map(|d| (match_class(d.rule), offending_key(new_text, &d.span)))
        .collect();
    let mut olds: Vec<usize> = (0..old.len()).collect();
    let mut news: Vec<usize> = (0..new.len()).collect();
    olds.sort_by_key(|&i| (old[i].line, old[i].column));
    news.sort_by_key(|&i| (new[i].line, new[i].column));
    let mut old_used = vec![false; old.len()];
    let mut new_used = vec![false; new.len()];
    let al = align_lines(old_text, new_text);

    // Pairs, in order, each unused base finding with the first unused current
    // finding that `fits`.
    let mut pass = |fits: &dyn Fn(usize, usize) -> bool| {
        for &o in &olds {
            if old_used[o] {
                continue;
            }
            if let Some(&n) = news.iter().find(|&&n| !new_used[n] && fits(o, n)) {
                old_used[o] = true;
                new_used[n] = true;
            }
        }
    };
    let same = |o: usize, n: usize| old_keys[o] == new_keys[n];
    let old_lines = split_lines(old_text);
    let new_lines = split_lines(new_text);
    let line_of = |lines: &[&'_ str], n: usize| -> Option<String> {
        let l = lines.get(n.checked_sub(1)?)?;
        Some(l.trim_end_matches('\r').to_string())
    };
    let old_content: Vec<Option<String>> =
        old.iter().map(|d| line_of(&old_lines, d.line)).collect();
    let new_content: Vec<Option<String>> =
        new.iter().map(|d| line_of(&new_lines, d.line)).collect();
    // 1. Unchanged lines: the finding stayed on its line, wherever that line
    //    went (the k-th copy of a line pairs with the k-th copy: when a line is
    //    repeated, the earlier one is taken to be the old one).
    pass(&|o, n| same(o, n) && old_content[o].is_some() && old_content[o] == new_content[n]);
    // 2. Edited or removed lines against edited or inserted ones.
    pass(&|o, n| {
        same(o, n) && al.new_line(old[o].line).is_none() && al.old_line(new[n].line).is_none()
    });
    // 3. The multiset rule: equal fingerprints pair whatever is left.
    pass(&|o, n| same(o, n));
    // 4. A line edited without fixing its problem: a finding about the line
    //    itself (a row, a heading; no reference target) pairs with the same
    //    rule's finding on the edited line, although the line's text changed.
    //    A reference keeps its text, so a new reference is never matched here.
    pass(&|o, n| {
        old_keys[o].0 == new_keys[n].0
            && old[o].target.is_none()
            && new[n].target.is_none()
            && al.edited_line(old[o].line) == Some(new[n].line)
    });
    new_used.into_iter().map(|used| !used).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alignment_follows_inserted_lines() {
        let al = align_lines("a\nb\nc\n", "a\nnew\nb\nc\n");
        assert_eq!(al.new_line(1), Some(1));
        assert_eq!(al.new_line(2), Some(3));
        assert_eq!(al.new_line(3), Some(4));
        assert_eq!(al.old_line(2), None);
        assert_eq!(al.old_line(4), Some(3));
        assert_eq!(al.new_line(0), None);
        assert_eq!(al.new_line(9), None);
    }

    #[test]
    fn crlf_and_missing_final_newline() {
        let al = align_lines("a\r\nb", "x\r\na\r\nb\n");
        assert_eq!(al.new_line(1), Some(2));
        // `b` and `b\n` are the same line: the final newline is not part of it.
        assert_eq!(al.new_line(2), Some(3));
    }

    #[test]
    fn classes() {
        assert_eq!(match_class("path/untracked"), "path/missing");
        assert_eq!(match_class("citation/missing-path"), "path/missing");
        assert_eq!(match_class("citation/line-range"), "citation/line-range");
    }
}
