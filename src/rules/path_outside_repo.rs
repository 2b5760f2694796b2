//! `path/outside-repo`: the target resolves outside the repository root.
//!
//! ## Why it matters
//! A reference outside the repository (`../../etc/passwd`, an absolute path, a symlink that points out) cannot be evidence for anyone else, and checkmark never reads it. A checked document that is itself a symlink pointing out is reported too (on its line 1), rather than read.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "path/outside-repo",
    severity: Severity::Error,
    fixable: false,
    summary: "the target resolves outside the repository root",
    why: "A reference outside the repository (`../../etc/passwd`, an absolute path, a symlink that points out) cannot be evidence for anyone else, and checkmark never reads it. A checked document that is itself a symlink pointing out is reported too (on its line 1), rather than read.",
    bad: "【F:/home/me/notes.txt†L1】",
    good: "【F:docs/notes.txt†L1】",
};
