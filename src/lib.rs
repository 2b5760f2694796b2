//! checkmark: a Git-native linter and rewriter for readiness-checklist Markdown.
//!
//! Data flows one way: [`source`] (a view of the repository: working tree,
//! index or a revision) → [`document`] (parsed Markdown with byte spans) →
//! [`rules`] (findings and edits) → [`fix`] / [`report`]. [`engine`] drives
//! the pipeline; [`cli`] and `main.rs` only parse arguments and print.

pub mod affects;
pub mod baseline;
pub mod blocks;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod document;
pub mod engine;
pub mod escape;
pub mod expected_output;
pub mod fix;
pub mod fixtures;
pub mod history;
pub mod hook;
pub mod llms_page_copy;
pub mod make_target;
pub mod mojibake;
pub mod progress;
pub mod report;
pub mod rules;
pub mod safety;
pub mod source;
pub mod suggest;
pub mod suppress;
pub mod synced_copy;
pub mod text;
pub mod transcript;
pub mod upstream_copy;
pub mod vocabulary;
pub mod vscode_docs_copy;
pub mod xdiff;
