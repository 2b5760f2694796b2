//! Which version of a cited file a citation brought in by a merge was
//! written against.
//!
//! The history is read along the first parent, so a citing line written on a
//! branch is dated by the merge that brought it in. The cited file at the
//! merge, though, also holds what was added since the citation was written,
//! on the branch or on the main line: a ledger that grew at its top after a
//! row cited its `:251` is 1,500 lines longer there, and line 251 of the
//! merged file is another entry's prose. The
//! citation was written against the branch's version of the file, at
//! the commit of that branch that wrote it: the citation's text is followed
//! back from the merge's parent whose document holds it (while the first
//! parent's does not) to the commit that added it (survey 51d, Dicklesworthstone/franken_networkx's
//! `LEDGER_RESURRECTION.md`, 90 `citation/shifted` findings naming an
//! unrelated line).

use git2::Oid;

use crate::document::citation::LineRange;
use crate::history::History;

/// The commit whose tree the citation `source` of document `doc`, citing
/// `ranges` of the file `cited` (its path then), was written against, when its citing
/// line was last touched in `citing`: the older commit that wrote it when
/// `citing` only carried it over (another part of the line was edited, see
/// [`History::carried_from`]); the commit of the merged branch that wrote it
/// when that commit is a merge that brought the citation in; otherwise
/// `citing` itself.
pub fn written_against(
    history: &History,
    doc: &str,
    citing: Oid,
    source: &str,
    cited: &str,
    ranges: &[LineRange],
) -> Oid {
    if source.trim().is_empty() {
        return citing;
    }
    let wrote = history
        .carried_from(citing, doc, source, cited, ranges)
        .unwrap_or(citing);
    history.merged_from(wrote, doc, source).unwrap_or(wrote)
}
