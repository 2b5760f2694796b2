//! What a change does to the evidence documents cite, for the PR report
//! ("Evidence this change affects"): with `--base REV`, the references whose
//! cited file the change deletes or renames, and the citations whose cited
//! lines it moves or changes. The same judgement as the hook's warnings
//! ([`crate::hook`]), over the whole change from REV to what is checked.
//!
//! A citing line the change itself writes (or edits) was written against the
//! new version: it is not reported. A document the change adds is skipped
//! for the same reason. Only documents that name a changed file (by its file
//! name, anywhere in their text) are parsed.

use std::collections::HashMap;

use git2::{Delta, DiffFindOptions, DiffOptions};

use crate::blocks::{self, Fate};
use crate::document::citation::{LineRange, parse_line_fragment};
use crate::document::{self, Document};
use crate::source::{Mode, RepoView, join_relative, normalize};

/// One reference the change affects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Affected {
    /// The citing document (repository-relative).
    pub file: String,
    /// The line the reference is written on (1-based).
    pub line: usize,
    /// The cited file, as it was at the base.
    pub target: String,
    /// What the change did to it ("deletes src/a.py", "changes 2 of the 3
    /// cited lines L10-L12 of src/a.py").
    pub what: String,
}

/// A cited file at the base and now, and the diff between them (hunks
/// `(old_start, old_lines, new_start, new_lines)`, no context).
type Versions = (Vec<u8>, Vec<u8>, Vec<(u32, u32, u32, u32)>);

/// The files the change deletes, renames (old → new) and modifies, from the
/// base tree to what `repo` reads (the tree of REV, the index, or the
/// working tree).
#[derive(Default)]
struct Changes {
    deleted: Vec<String>,
    renamed: HashMap<String, String>,
    modified: Vec<String>,
}

impl Changes {
    fn is_empty(&self) -> bool {
        self.deleted.is_empty() && self.renamed.is_empty() && self.modified.is_empty()
    }
}

fn changes(repo: &RepoView, base: &RepoView) -> Option<Changes> {
    let base_oid = base.rev_oid()?;
    repo.with_repo(|r| -> Option<Changes> {
        let base_tree = r.find_commit(base_oid).ok()?.tree().ok()?;
        let mut opts = DiffOptions::new();
        opts.include_untracked(false);
        let mut diff = match (repo.mode(), repo.rev_oid()) {
            (Mode::Rev(_), Some(oid)) => {
                let tree = r.find_commit(oid).ok()?.tree().ok()?;
                r.diff_tree_to_tree(Some(&base_tree), Some(&tree), Some(&mut opts))
                    .ok()?
            }
            (Mode::Staged, _) => r
                .diff_tree_to_index(Some(&base_tree), None, Some(&mut opts))
                .ok()?,
            _ => r
                .diff_tree_to_workdir_with_index(Some(&base_tree), Some(&mut opts))
                .ok()?,
        };
        let mut find = DiffFindOptions::new();
        find.renames(true);
        diff.find_similar(Some(&mut find)).ok()?;
        let mut out = Changes::default();
        for d in diff.deltas() {
            let path = |f: git2::DiffFile<'_>| f.path().and_then(|p| p.to_str()).map(String::from);
            match d.status() {
                Delta::Deleted => out.deleted.extend(path(d.old_file())),
                Delta::Renamed => {
                    if let (Some(a), Some(b)) = (path(d.old_file()), path(d.new_file())) {
                        out.renamed.insert(a, b);
                    }
                }
                Delta::Modified => out.modified.extend(path(d.old_file())),
                _ => {}
            }
        }
        Some(out)
    })
}

/// The references of the `files` checked in `repo` that the change from
/// `base` affects, sorted by document and line.
pub fn affected(repo: &RepoView, base: &RepoView, files: &[String]) -> Vec<Affected> {
    let Some(changes) = changes(repo, base) else {
        return Vec::new();
    };
    if changes.is_empty() {
        return Vec::new();
    }
    let names: Vec<&str> = changes
        .deleted
        .iter()
        .chain(changes.renamed.keys())
        .chain(&changes.modified)
        .map(|p| p.rsplit('/').next().unwrap_or(p))
        .collect();
    let mut versions: HashMap<String, Option<Versions>> = HashMap::new();
    let mut out = Vec::new();
    for file in files {
        let Some(text) = repo.read(file).and_then(|b| String::from_utf8(b).ok()) else {
            continue;
        };
        if !names.iter().any(|n| text.contains(n)) {
            continue;
        }
        // A document the change adds was written against the new versions.
        let Some(old_text) = base.read(file).and_then(|b| String::from_utf8(b).ok()) else {
            continue;
        };
        let doc = document::parse(file, text);
        let kept = kept_lines(&old_text, &doc.text);
        for (span, target, ranges) in references(&doc, repo) {
            let first = doc.line_col(span.start).0;
            let last = doc.line_col(span.end.saturating_sub(1).max(span.start)).0;
            if (first..=last).any(|l| !kept.get(l.wrapping_sub(1)).copied().unwrap_or(false)) {
                continue; // written or edited by this change
            }
            let what = if changes.deleted.contains(&target) {
                Some(format!("deletes {target}"))
            } else if let Some(to) = changes.renamed.get(&target) {
                Some(format!("renames {target} to {to}"))
            } else if let Some(ranges) = ranges.filter(|_| changes.modified.contains(&target)) {
                let v = versions.entry(target.clone()).or_insert_with(|| {
                    let old = base.read(&target)?;
                    let new = repo.read(&target)?;
                    // Line ends are no change (CRLF → LF), as for the rules.
                    let hunks = crate::blocks::line_hunks(&old, &new).ok()?;
                    Some((old, new, hunks))
                });
                v.as_ref()
                    .and_then(|(old, new, hunks)| lines_changed(&target, &ranges, old, new, hunks))
            } else {
                None
            };
            if let Some(what) = what {
                out.push(Affected {
                    file: file.clone(),
                    line: first,
                    target,
                    what,
                });
            }
        }
    }
    out.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    out.dedup();
    out
}

/// For each line of `new`: whether it stands unchanged in `old` (a line
/// diff, with a deadline so a huge rewrite cannot stall the report).
fn kept_lines(old: &str, new: &str) -> Vec<bool> {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let deadline = std::time::Instant::now().checked_add(std::time::Duration::from_millis(500));
    let mut kept = vec![false; b.len()];
    for op in similar::capture_diff_slices_deadline(similar::Algorithm::Myers, &a, &b, deadline) {
        if let similar::DiffOp::Equal { new_index, len, .. } = op {
            for k in kept.iter_mut().skip(new_index).take(len) {
                *k = true;
            }
        }
    }
    kept
}

/// What the change did to the cited lines, as the hook words it; None when
/// they are where they were, or only a little of a large block changed.
fn lines_changed(
    path: &str,
    ranges: &[LineRange],
    old: &[u8],
    new: &[u8],
    hunks: &[(u32, u32, u32, u32)],
) -> Option<String> {
    let fate = blocks::follow(old, new, hunks, ranges)?;
    let was = blocks::cited_text(ranges);
    match fate {
        Fate::Same => None,
        Fate::Shifted(now) if !ranges.is_empty() => Some(format!(
            "moves the cited lines {was} of {path} to {}",
            blocks::ranges_text(&now)
        )),
        Fate::Shifted(_) => None,
        Fate::Changed(ch) if !ch.is_significant() => None,
        Fate::Changed(ch) => {
            let what = if ranges.is_empty() {
                format!("changes {} of the {} lines of {path}", ch.changed, ch.total)
            } else {
                format!(
                    "changes {} of the {} cited lines {was} of {path}",
                    ch.changed, ch.total
                )
            };
            Some(match &ch.now {
                Some(r) if ranges.len() == 1 && ranges[0] != *r => {
                    format!("{what}; the block now stands at {r}")
                }
                None if !ranges.is_empty() => format!("{what}; none of them is left"),
                _ => what,
            })
        }
    }
}

/// A reference: (span, repository path, cited lines: empty for the whole
/// file, None for a link that cites no lines).
type FileRef = (std::ops::Range<usize>, String, Option<Vec<LineRange>>);

/// A document's references to files: citations, relative links (with the
/// lines of a `#L` anchor), and code spans `path:LINE`.
fn references(doc: &Document, repo: &RepoView) -> Vec<FileRef> {
    let mut out = Vec::new();
    for c in &doc.citations {
        if c.error.is_some() || c.path.starts_with('/') {
            continue;
        }
        if let Some(p) = normalize(&c.path) {
            out.push((c.span.clone(), p, Some(c.ranges.clone())));
        }
    }
    for l in &doc.links {
        let dest = l.dest.trim();
        let (path, frag) = match dest.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (dest, None),
        };
        if path.is_empty() || path.contains(':') || path.starts_with("//") {
            continue;
        }
        let ranges = match frag.map(parse_line_fragment) {
            Some(Some(Ok(r))) => Some(vec![r]),
            _ => None,
        };
        let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
        let resolved = match decoded.strip_prefix('/') {
            Some(rooted) => normalize(rooted),
            None => join_relative(doc.dir(), &decoded),
        };
        if let Some(p) = resolved {
            out.push((l.span.clone(), p, ranges));
        }
    }
    for cs in &doc.code_spans {
        if let Some((p, r)) =
            crate::rules::references::code_span_lines(doc, cs.literal(&doc.text), repo)
        {
            out.push((cs.span.clone(), p, Some(vec![r])));
        }
    }
    out
}
