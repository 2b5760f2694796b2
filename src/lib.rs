//! checkmark: a Git-native linter and rewriter for readiness-checklist Markdown.
//!
//! Data flows one way: [`source`] (a view of the repository: working tree,
//! index or a revision) → [`document`] (parsed Markdown with byte spans) →
//! [`rules`] (findings and edits) → [`fix`] / [`report`].

pub mod document;
pub mod mojibake;
pub mod source;
