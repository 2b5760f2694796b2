//! `task/checked-parent-open-child`: a checked item has an unchecked descendant.
//!
//! ## Why it matters
//! A parent ticked while part of its work is open overstates progress.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "task/checked-parent-open-child",
    severity: Severity::Error,
    fixable: false,
    summary: "a checked item has an unchecked descendant",
    why: "A parent ticked while part of its work is open overstates progress.",
    bad: "- [x] Infrastructure\n  - [ ] Backups verified",
    good: "- [ ] Infrastructure\n  - [ ] Backups verified",
};

use crate::diagnostic::Finding;
use crate::document::Document;

/// Each checked ancestor of an open item is reported once.
pub fn check(doc: &Document, out: &mut Vec<Finding>) {
    let mut open_below: Vec<Vec<usize>> = vec![Vec::new(); doc.tasks.len()];
    for (i, t) in doc.tasks.iter().enumerate() {
        if t.checked {
            continue;
        }
        let mut p = t.parent;
        let mut guard = 0;
        while let Some(pi) = p {
            if doc.tasks[pi].checked {
                open_below[pi].push(i);
            }
            p = doc.tasks[pi].parent;
            guard += 1;
            if guard > 100_000 {
                break;
            }
        }
    }
    for (pi, open) in open_below.iter().enumerate() {
        let Some(&first) = open.first() else { continue };
        let parent = &doc.tasks[pi];
        let (line, _) = doc.line_col(doc.tasks[first].span.start);
        let n = open.len();
        let what = if n == 1 {
            format!("an open sub-item (line {line})")
        } else {
            format!("{n} open sub-items (first on line {line})")
        };
        out.push(
            Finding::new(&RULE, parent.span.clone(), format!("checked item has {what}"))
                .help("uncheck this item until its sub-items are done, or check the sub-items that are done"),
        );
    }
}
