//! `citation/shifted`: the cited lines are unchanged but now stand elsewhere in the file.
//!
//! ## Why it matters
//! A citation names lines by number. When lines are inserted or removed above
//! the cited block, the block is still there, unchanged, but the numbers now
//! point at other text: a reader following the citation reads the wrong lines.
//!
//! ## How it is decided
//! The cited lines are taken as they stood in the commit that last touched the
//! citing line (the version the citation was written against), and followed
//! through a line diff to the text the run reads. When every cited line is
//! unchanged and they still stand together, at other numbers, the citation
//! has shifted. When any of them changed, it is `citation/stale` instead; when
//! they are where the citation says, nothing is reported. A citing line that is
//! not committed yet was written against the current text: nothing to follow.
//! The commit that last touched the citing line is found as `git blame -M`
//! finds it: a document moved (`git mv`, or moved with edits) keeps the dates
//! its lines were written, so a citation is not compared with the cited file
//! as it stood when its document was moved (see `citation/stale`). A dated
//! record's citation still shifts, though it is never stale. An entry of a
//! change log (a list item under a version heading or a dated heading of
//! `CHANGELOG.md`; see `citation/stale`) does not: nobody renumbers a historical entry.
//! Whole-file citations (`【F:path】`) cannot shift. Line anchors on links
//! (`src/a.py#L10-L20`) and code spans `src/a.py:10-20` are followed the same
//! way (see `citation/stale`).
//!
//! ## Fix (safe)
//! `fix` rewrites the line numbers to where the block stands now, keeping the
//! citation's form (`†L1-190` stays without `L` on its end, several ranges stay
//! several ranges, `#L12-L14` and `:12-14` stay as written). The cited text is the same, so what the document claims does
//! not change.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "citation/shifted",
    severity: Severity::Warning,
    fixable: true,
    summary: "the cited lines are unchanged but now stand elsewhere in the file (lines were inserted or removed above them)",
    why: "A citation names lines by number. When lines are inserted or removed above the cited block, the numbers point at other text although the block is still there, unchanged. The block is taken as it stood when the citing line was written, dated as `git blame -M` dates it (through renames of the document, not at the commit that moved it). A line whose only change is its line end or blanks at its end (a file converted from CRLF to LF) is the same line. Silent on an entry of a change log (a list item under a version heading, `## [1.2.0]`, or under a dated heading below the title, `## 2025-10-30 Backups`, `## System update (30/10/2025 11:20 UTC)`, in a document whose file name or title says changelog, changes or history): nobody renumbers a historical entry.",
    bad: "Retries are capped at 3.【F:src/retry.py†L10-L12】 (two lines inserted above line 10 since)",
    good: "Retries are capped at 3.【F:src/retry.py†L12-L14】",
};
