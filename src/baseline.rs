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
}

/// The offending text of a finding as fingerprints see it: whitespace runs
/// collapsed, so re-wrapping a line does not make an old finding new.
pub fn offending_key(text: &str, span: &std::ops::Range<usize>) -> String {
    let offending = text.get(span.clone()).unwrap_or("");
    offending.split_whitespace().collect::<Vec<_>>().join(" ")
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
}

impl Alignment {
    /// Where unchanged old line `line` stands now.
    pub fn new_line(&self, line: usize) -> Option<usize> {
        self.old_to_new.get(line.checked_sub(1)?).copied().flatten()
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
    };
    for op in ops {
        if let similar::DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            for k in 0..len {
                al.old_to_new[old_index + k] = Some(new_index + k + 1);
                al.new_to_old[new_index + k] = Some(old_index + k + 1);
            }
        }
    }
    al
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
    type Group = (Vec<usize>, Vec<usize>);
    let mut groups: HashMap<(&str, String), Group> = HashMap::new();
    for (i, d) in old.iter().enumerate() {
        let key = (match_class(d.rule), offending_key(old_text, &d.span));
        groups.entry(key).or_default().0.push(i);
    }
    for (i, d) in new.iter().enumerate() {
        let key = (match_class(d.rule), offending_key(new_text, &d.span));
        groups.entry(key).or_default().1.push(i);
    }
    let mut is_new = vec![true; new.len()];
    let mut alignment: Option<Alignment> = None;
    for (_, (mut olds, mut news)) in groups {
        if olds.is_empty() || news.is_empty() {
            continue;
        }
        let al = alignment.get_or_insert_with(|| align_lines(old_text, new_text));
        olds.sort_by_key(|&i| (old[i].line, old[i].column));
        news.sort_by_key(|&i| (new[i].line, new[i].column));
        let mut old_used = vec![false; olds.len()];
        let mut new_used = vec![false; news.len()];
        let mut pair = |oi: usize, ni: usize, ou: &mut [bool], nu: &mut [bool]| {
            ou[oi] = true;
            nu[ni] = true;
            is_new[news[ni]] = false;
        };
        // 1. Unchanged lines: the finding stayed on its line, wherever that line went.
        for (oi, &o) in olds.iter().enumerate() {
            let Some(line) = al.new_line(old[o].line) else {
                continue;
            };
            let found = news
                .iter()
                .enumerate()
                .filter(|(ni, n)| !new_used[*ni] && new[**n].line == line)
                .min_by_key(|(_, n)| new[**n].column.abs_diff(old[o].column))
                .map(|(ni, _)| ni);
            if let Some(ni) = found {
                pair(oi, ni, &mut old_used, &mut new_used);
            }
        }
        // 2. Edited or removed lines against edited or inserted ones, in order.
        let old_free: Vec<usize> = (0..olds.len())
            .filter(|&oi| !old_used[oi] && al.new_line(old[olds[oi]].line).is_none())
            .collect();
        let new_free: Vec<usize> = (0..news.len())
            .filter(|&ni| !new_used[ni] && al.old_line(new[news[ni]].line).is_none())
            .collect();
        for (&oi, &ni) in old_free.iter().zip(&new_free) {
            pair(oi, ni, &mut old_used, &mut new_used);
        }
        // 3. The multiset rule: what is left pairs in order.
        let old_left: Vec<usize> = (0..olds.len()).filter(|&oi| !old_used[oi]).collect();
        let new_left: Vec<usize> = (0..news.len()).filter(|&ni| !new_used[ni]).collect();
        for (&oi, &ni) in old_left.iter().zip(&new_left) {
            pair(oi, ni, &mut old_used, &mut new_used);
        }
    }
    is_new
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
