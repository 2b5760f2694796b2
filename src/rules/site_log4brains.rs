//! Log4brains knowledge bases (<https://github.com/thomvaill/log4brains>):
//! a project with a `.log4brains.yml` publishes the ADRs of the folders its
//! `adrFolder:` entries name (the project's, and each package's) as a
//! static site, which serves the images of the log4brains web app under
//! `/l4b-static/`.
//!
//! - So the home page `log4brains init` writes into the ADR folder
//!   (`docs/adr/index.md`, `![ADR workflow](/l4b-static/adr-workflow.png)`)
//!   names an image every log4brains site has, which no repository commits
//!   (survey 78b, thomvaill/log4brains, judged false): silent.
//! - Another `/l4b-static/` name, the same link outside the ADR folders,
//!   and the same link in a project without `.log4brains.yml` are judged.

use std::sync::Arc;

use crate::document::Document;
use crate::source::{RepoView, join_relative};

use super::Context;
use super::references::{RefKind, Reference};
use super::site::under;

/// The images the log4brains web app serves under `/l4b-static/`.
const STATIC: &[&str] = &[
    "adr-workflow.png",
    "Log4brains-logo.png",
    "Log4brains-logo-dark.png",
    "Log4brains-og.png",
];

/// The ADR folders of the repository's log4brains projects, read from the
/// `adrFolder:` entries of each tracked `.log4brains.yml` (test trees left
/// out).
fn adr_folders(repo: &RepoView) -> Arc<Vec<String>> {
    repo.memo("site_log4brains::adr_folders", |repo| {
        let mut out = Vec::new();
        for f in repo.tracked_files_split() {
            if f.name != ".log4brains.yml" || crate::fixtures::Fixtures::in_test_tree(f.dir) {
                continue;
            }
            let Some(text) = repo.read_text(f.path) else {
                continue;
            };
            for line in text.lines() {
                let Some(value) = line.trim_start().strip_prefix("adrFolder:") else {
                    continue;
                };
                let value = value.split(" #").next().unwrap_or("").trim();
                let value = value.trim_matches(['"', '\'']).trim_end_matches('/');
                if let Some(folder) = join_relative(f.dir, value).filter(|d| !d.is_empty()) {
                    out.push(folder);
                }
            }
        }
        Arc::new(out)
    })
}

/// Whether a missing target `r` of `doc`, a document of a log4brains ADR
/// folder, is one of the images the log4brains site serves under
/// `/l4b-static/`.
pub fn serves(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let w = r.written.split(['#', '?']).next().unwrap_or("");
    let Some(name) = w.strip_prefix("/l4b-static/") else {
        return false;
    };
    STATIC.contains(&name) && adr_folders(ctx.repo).iter().any(|d| under(d, &doc.path))
}
