//! Links written for another folder: a document moved (`git mv
//! docs/guides/x.md docs/guides/frontend/x.md`) without its relative links
//! being rewritten. Every one of them is broken, and each would be its own
//! `link/missing-path` finding (467 in one repository surveyed, from a
//! single commit). When enough of a document's missing links all resolve
//! from one folder above it, they are one problem: the first is reported,
//! names that folder and counts the others, and the help says how to write
//! them. This only folds findings; it never adds one.
//!
//! A record of finished work that was moved (into an archive, into a work
//! tracker's done folder) is read from the folder it was written in too: its
//! links to files that were there then and are gone now are history (see
//! [`named_from_former_place`]).

use crate::diagnostic::Finding;
use crate::document::Document;
use crate::rules::Context;
use crate::rules::link_missing_path;
use crate::rules::references::{RefKind, Reference, relative_from};
use crate::source::PathState;
use crate::source::join_relative;

/// From this many missing links of one document that resolve from one
/// folder above it, they are one problem, reported once.
const FOLD_MOVED: usize = 5;

/// A missing relative link: where it starts, and its path as written.
pub struct Missing {
    pub start: usize,
    pub written: String,
}

/// Folds `out`'s `link/missing-path` findings for the `missing` links that
/// resolve from one folder above the document (the nearest folder that
/// explains the most of them, at least [`FOLD_MOVED`]) into the first.
pub fn fold(ctx: &Context<'_>, doc: &Document, missing: &[Missing], out: &mut Vec<Finding>) {
    if missing.len() < FOLD_MOVED {
        return;
    }
    let dir = doc.dir();
    let mut best: Option<(&str, Vec<(usize, String)>)> = None;
    let mut above = dir;
    while let Some(i) = above.rfind('/') {
        above = &above[..i];
        let hits: Vec<(usize, String)> = missing
            .iter()
            .filter_map(|m| {
                let p = join_relative(above, &m.written)?;
                matches!(
                    ctx.repo.stat(&p),
                    PathState::File | PathState::Dir | PathState::Submodule
                )
                .then_some((m.start, p))
            })
            .collect();
        if hits.len() > best.as_ref().map_or(0, |(_, h)| h.len()) {
            best = Some((above, hits));
        }
    }
    let Some((from, hits)) = best else {
        return;
    };
    if hits.len() < FOLD_MOVED {
        return;
    }
    let is_hit = |f: &Finding| {
        f.rule == link_missing_path::RULE.id && hits.iter().any(|(s, _)| *s == f.span.start)
    };
    let Some(first) = out.iter().position(is_hit) else {
        return;
    };
    let count = out.iter().filter(|f| is_hit(f)).count();
    if count < FOLD_MOVED {
        return;
    }
    let levels = dir.split('/').count() - from.split('/').count();
    let up = match levels {
        1 => "one folder up".to_string(),
        n => format!("{n} folders up"),
    };
    let rewritten = hits
        .iter()
        .find(|(s, _)| *s == out[first].span.start)
        .map(|(_, p)| relative_from(dir, p))
        .unwrap_or_default();
    let mut i = 0;
    out.retain_mut(|f| {
        let at = i;
        i += 1;
        if !is_hit(f) {
            return true;
        }
        if at == first {
            f.message.push_str(&format!(
                "; it and {} more links of this document resolve from `{from}/`, {up} (written before the document moved here, or for another folder)",
                count - 1
            ));
            f.help = Some(format!(
                "write the links from this document's folder (this one: `{rewritten}`), or move the document back"
            ));
            return true;
        }
        false
    });
}

/// Whether relative link `r` of `doc`, a record of finished work, named a
/// file from the folder the record stood in before git history moved it
/// where it is (`git mv docs/tasks/x/x-index.md docs/done/x/x-index.md`,
/// a task moved to its tracker's done folder, or a note moved into an
/// archive) that was there then and is gone now, deleted or moved since:
/// the link was right when the record was written, and rotted with the
/// tree, as a record's links to files deleted since do (see
/// `references::recorded_then_removed`). A target that never existed from
/// either folder, and one still there from the former folder (the move
/// alone broke the link), are not.
pub fn named_from_former_place(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link || r.written.starts_with('/') {
        return false;
    }
    let Some(old) = ctx.history.moved_from(&doc.path) else {
        return false;
    };
    let old_dir = old.rsplit_once('/').map_or("", |(d, _)| d);
    let Some(then) = join_relative(old_dir, &r.written) else {
        return false;
    };
    ctx.repo.stat(&then) == PathState::Missing && ctx.history.existed_for(&old, &then)
}

/// Where a missing relative link of a moved document lands when read from
/// the folder the document was written in, when a file or folder is there:
/// the document's former path and that target. `docs/guides/README.md`,
/// moved from `docs/README.md`, links `../README.md`: the root README, which
/// is there (emstar-en/STUNIR, survey 49d); the help gives the link to write
/// from the document's new folder rather than a guess at another README.
pub fn read_from_former_place(
    ctx: &Context<'_>,
    doc: &Document,
    r: &Reference,
) -> Option<(String, String)> {
    if r.kind != RefKind::Link || r.written.starts_with('/') {
        return None;
    }
    let old = ctx.history.moved_from(&doc.path)?;
    let old_dir = old.rsplit_once('/').map_or("", |(d, _)| d);
    let then = join_relative(old_dir, &r.written)?;
    let there = matches!(
        ctx.repo.stat(&then),
        PathState::File | PathState::Dir | PathState::Submodule
    );
    (there && then.trim_end_matches('/') != doc.path).then_some((old, then))
}
