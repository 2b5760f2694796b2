//! An evidence path of an audit of other repositories, kept in a workspace's
//! meta-repository: the document says near its top which repositories it
//! audits (`**Repos audited:** design-system, workspace-tools,
//! knowledge-base`) and files each one's findings under a heading naming it
//! (`### design-system`), so the evidence paths there (`packages/ui/src/index.ts`)
//! are files of that repository, not of this one (survey 50b, alawein/alawein's
//! shared-infrastructure audit, 29 findings judged false). A section naming
//! this repository (by its folder's or `origin`'s name) or a folder of it, a
//! heading no such line lists, and a document without the line are judged.

use super::evidence::repository_names;
use super::{Context, RefKind, Reference};
use crate::document::Document;
use crate::source::PathState;

/// Labels of the line that lists the audited repositories.
const LABELS: &[&str] = &[
    "repos audited:",
    "repo audited:",
    "repositories audited:",
    "repository audited:",
    "audited repos:",
    "audited repositories:",
];

/// How many lines from the top the label is looked for in.
const TOP_LINES: usize = 25;

/// The lower-case name a heading or list entry opens with
/// (`design-system (Turborepo)` → `design-system`).
fn first_name(text: &str) -> String {
    text.trim()
        .trim_start_matches(['`', '*', '_'])
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .next()
        .unwrap_or("")
        .trim_end_matches('.')
        .to_lowercase()
}

/// The repositories the document says near its top it audits.
fn audited(doc: &Document) -> Vec<String> {
    for line in doc.text.lines().take(TOP_LINES) {
        let plain: String = line.replace(['*', '_'], " ");
        let lower = plain.trim().to_lowercase();
        let lower = lower.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(rest) = LABELS.iter().find_map(|l| lower.strip_prefix(l)) {
            return rest
                .split([',', '+', ';'])
                .flat_map(|p| p.split(" and "))
                .map(first_name)
                .filter(|n| n.len() >= 3)
                .collect();
        }
    }
    Vec::new()
}

/// Whether the missing evidence path `r` stands in a section of an audit
/// of other repositories that names one of them, not this repository.
pub(super) fn of_audited_repository(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Evidence {
        return false;
    }
    let Some(heading) = doc
        .headings
        .iter()
        .take_while(|h| h.span.start < r.span.start)
        .last()
    else {
        return false;
    };
    let name = first_name(&heading.text);
    if name.is_empty() {
        return false;
    }
    let list = audited(doc);
    if !list.contains(&name) {
        return false;
    }
    let squashed: String = name.chars().filter(|c| c.is_alphanumeric()).collect();
    !repository_names(ctx).contains(&squashed) && matches!(ctx.repo.stat(&name), PathState::Missing)
}
