//! What no edit may do, whichever rule made it (the contract's "Safe and
//! unsafe fixes"): change text inside a code span or code block (mojibake
//! repair of a fully mis-decoded document, and a backticked path that is itself
//! the reference being renamed, excepted: see [`Edit::in_code`]), or
//! change a word's case alone (`**PASS**` → `**Pass**`): the contract lets
//! `fix` give a variant the vocabulary's spelling (`in-progress` → `In
//! progress`), never a change of case alone. The rules'
//! findings pass through [`strip`], so `check` never offers a fix that `fix`
//! would refuse, and `fix` checks every edit again before applying it.

use crate::diagnostic::{Edit, Finding};
use crate::document::Document;

/// Whether `e` may be applied to `doc`.
pub fn admissible(doc: &Document, e: &Edit) -> bool {
    (e.in_code || !touches_code(doc, e)) && !spelling_only(&doc.text, e)
}

/// Drops the edits of `findings` that may not be applied.
pub fn strip(doc: &Document, findings: &mut [Finding]) {
    for f in findings {
        f.edits.retain(|e| admissible(doc, e));
    }
}

/// Whether the edit changes or inserts bytes inside a code span or code block.
fn touches_code(doc: &Document, e: &Edit) -> bool {
    let r = &e.range;
    doc.code_spans
        .iter()
        .map(|c| &c.span)
        .chain(doc.code_blocks.iter())
        .any(|c| {
            if r.is_empty() {
                c.start < r.start && r.start < c.end
            } else {
                r.start < c.end && c.start < r.end
            }
        })
}

/// Whether the edit rewrites words into the same words in another case.
fn spelling_only(text: &str, e: &Edit) -> bool {
    let Some(old) = text.get(e.range.clone()) else {
        return false;
    };
    let wordy = |s: &str| {
        s.chars().any(char::is_alphabetic)
            && s.chars()
                .all(|c| c.is_alphanumeric() || c.is_whitespace() || c == '_' || c == '-')
    };
    let key = |s: &str| -> String { s.chars().flat_map(char::to_lowercase).collect() };
    old != e.replacement && wordy(old) && wordy(&e.replacement) && key(old) == key(&e.replacement)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Safety;

    fn ok(text: &str, find: &str, repl: &str) -> bool {
        let doc = crate::document::parse("a.md", text.to_string());
        let i = text.find(find).expect("in text");
        admissible(&doc, &Edit::new(i..i + find.len(), repl, Safety::Safe))
    }

    #[test]
    fn no_edit_inside_code() {
        assert!(!ok("Legend: `partial` | `done`\n", "partial", "Partial"));
        assert!(!ok("Legend: `wip` | `done`\n", "wip", "In progress"));
        assert!(!ok("```\n- [ x] a\n```\n", "[ x]", "[x]"));
        // Its true twin: the same words outside code.
        assert!(ok("Legend: wip | done\n", "wip", "In progress"));
        assert!(ok("- [ x] a\n", "[ x]", "[x]"));
    }

    #[test]
    fn no_case_only_rewrite() {
        assert!(!ok("| **PASS** |\n", "PASS", "Pass"));
        assert!(!ok("| not started |\n", "not started", "Not started"));
        // A variant's spelling (not its case alone) may be given the vocabulary's.
        assert!(ok("| in-progress |\n", "in-progress", "In progress"));
        // Its true twins: another word, a task box, a mojibake repair.
        assert!(ok("| WIP |\n", "WIP", "In progress"));
        assert!(ok("- [ x] a\n", "[ x]", "[x]"));
        assert!(ok("roadmapâ€™s\n", "â€™", "’"));
    }
}
