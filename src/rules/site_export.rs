//! A static export of a Next.js site committed to be served (GitHub Pages
//! from `docs/`): a folder that tracks an `index.html` and files below its
//! `_next/` folder, which only `next export` writes (a project's own source
//! has `.next/`, git-ignored). The export is served at a site's root, so a
//! root link of a Markdown file inside it (`/assets/images/x.png`) names the
//! export's own file (`docs/assets/images/x.png`), not the repository's.
//!
//! A published Dendron vault is such an export: its `dendron.yml` sets
//! `publishing.siteRootDir: docs`, and `docs/data/notes/<id>.md` are the
//! notes' copies, whose image links are written from the site's root
//! (survey 77c, Tycholiz/Digital-Garden: about 129 of 164
//! `link/missing-path` findings judged false). A root link the export does
//! not hold either (a Joplin `:/id` link, `www.example.com` written without
//! its scheme) stays reported; so does any root link of a folder with an
//! `index.html` and no `_next/`.

use std::sync::Arc;

use crate::document::Document;
use crate::source::{PathState, RepoView};

use super::Context;

/// The export folders of the repository, each with its `/`, sorted (see the
/// module documentation); answered once per run, and only when a root link
/// is found nowhere else.
fn exports(repo: &RepoView) -> Arc<Vec<String>> {
    repo.memo("site_export::exports", |repo| {
        let mut out: Vec<String> = Vec::new();
        for f in repo.tracked_files() {
            let Some(i) = f.find("/_next/") else {
                continue;
            };
            let folder = &f[..=i];
            if !out.iter().any(|o| o == folder)
                && repo.is_tracked_file(&format!("{folder}index.html"))
            {
                out.push(folder.to_string());
            }
        }
        out.sort();
        Arc::new(out)
    })
}

/// The file of the export that holds `doc` which the root link `w`
/// (`/assets/images/a.png`) names, when it exists.
pub fn reading(ctx: &Context<'_>, doc: &Document, w: &str) -> Option<String> {
    let rest = w.strip_prefix('/').filter(|r| !r.starts_with('/'))?;
    let rest = rest.split(['#', '?']).next().unwrap_or(rest);
    if rest.is_empty() || rest.split('/').any(|s| s == "..") {
        return None;
    }
    let exports = exports(ctx.repo);
    let folder = exports.iter().find(|e| doc.path.starts_with(e.as_str()))?;
    let path = format!("{folder}{}", rest.trim_end_matches('/'));
    (!matches!(
        ctx.repo.stat(&path),
        PathState::Missing | PathState::Outside
    ))
    .then_some(path)
}
