//! Markdown a Vite app renders itself (<https://vite.dev/guide/assets>): a
//! project configured by `vite.config.*` serves its `public/` folder at the
//! root, and a script that imports a document as a string
//! (`import intro from '../../docs/kb/01-intro.md?raw'`) shows that
//! document in the app, whose root links are read there.
//!
//! - So a missing root link or image of such a document
//!   (`![Timer](/help/screenshots/dashboard.jpg)` in
//!   serquin35/tempora-time-tracking's `docs/knowledge-base/*.md`, imported
//!   with `?raw` by `src/lib/help-content.ts` and rendered by its help
//!   pages: survey 69a, 9 findings judged false) is read from the project's
//!   `public/`: a file there (`public/help/screenshots/dashboard.jpg`) is
//!   served.
//! - A root target `public/` does not hold, a relative target, the same link
//!   in a document no script imports with `?raw`, and a project without
//!   `vite.config.*` are still judged.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::document::Document;
use crate::source::{RepoView, join_relative};

use super::Context;
use super::references::{RefKind, Reference};

/// The extensions of a Vite configuration, `vite.config.<ext>`.
const CONFIG_EXTENSIONS: &[&str] = &["js", "ts", "mjs", "mts", "cjs", "cts"];

/// The extensions of the scripts read for imports.
const SCRIPTS: &[&str] = &[
    "ts", "tsx", "js", "jsx", "mjs", "cjs", "mts", "cts", "vue", "svelte",
];

/// The most script files of a project read for their imports.
const SCRIPTS_READ: usize = 2_000;

/// A Vite project: its folder (`""` at the root) and the documents its
/// scripts import with `?raw`.
struct Project {
    dir: String,
    raw_docs: BTreeSet<String>,
}

/// The repository's Vite projects whose scripts import Markdown with `?raw`.
fn projects(repo: &RepoView) -> Arc<Vec<Project>> {
    repo.memo("site_vite_raw::projects", |repo| {
        let mut out = Vec::new();
        for crate::source::TrackedFile { dir, name, .. } in repo.tracked_files_split() {
            if !name
                .strip_prefix("vite.config.")
                .is_some_and(|ext| CONFIG_EXTENSIONS.contains(&ext))
                || dir.split('/').any(|c| c == "node_modules")
                || crate::fixtures::Fixtures::in_test_tree(dir)
            {
                continue;
            }
            let raw_docs = raw_imports(repo, dir);
            if !raw_docs.is_empty() {
                out.push(Project {
                    dir: dir.to_string(),
                    raw_docs,
                });
            }
        }
        Arc::new(out)
    })
}

/// The Markdown files that the scripts of the project at `dir` import with
/// `?raw`, resolved from each script's folder (or, for `/…`, the project's).
fn raw_imports(repo: &RepoView, dir: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let scripts = repo
        .files_under(dir)
        .into_iter()
        .filter(|f| {
            f.rsplit_once('.')
                .is_some_and(|(_, ext)| SCRIPTS.contains(&ext))
                && !f.split('/').any(|c| c == "node_modules" || c == "dist")
        })
        .take(SCRIPTS_READ);
    for f in scripts {
        let Some(text) = repo.read_text(&f) else {
            continue;
        };
        let base = f.rsplit_once('/').map_or("", |(d, _)| d);
        for spec in raw_specifiers(&text) {
            let target = if let Some(from_root) = spec.strip_prefix('/') {
                join_relative(dir, from_root)
            } else if spec.starts_with("./") || spec.starts_with("../") {
                join_relative(base, spec)
            } else {
                None
            };
            if let Some(t) = target {
                found.insert(t);
            }
        }
    }
    found
}

/// The Markdown paths of a script's `?raw` imports: a quoted string ending
/// in `.md?raw` or `.mdx?raw`, without the query.
fn raw_specifiers(code: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("?raw") {
        let before = &rest[..at];
        let after = &rest[at + "?raw".len()..];
        rest = after;
        if !after.starts_with(['"', '\'', '`']) {
            continue;
        }
        let Some(open) = before.rfind(['"', '\'', '`', '\n']) else {
            continue;
        };
        if before[open..].starts_with('\n') {
            continue;
        }
        let spec = &before[open + 1..];
        let lower = spec.to_ascii_lowercase();
        if !spec.is_empty() && (lower.ends_with(".md") || lower.ends_with(".mdx")) {
            out.push(spec);
        }
    }
    out
}

/// Whether the missing root target of a link `r` of `doc`, a document a
/// Vite project's script imports with `?raw`, is a file of the project's
/// `public/` folder, which Vite serves at the root.
pub fn serves(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let w = r.written.split(['#', '?']).next().unwrap_or("");
    let Some(w) = w.strip_prefix('/') else {
        return false;
    };
    if w.is_empty() || w.starts_with('/') || w.contains(':') || w.split('/').any(|s| s == "..") {
        return false;
    }
    projects(ctx.repo)
        .iter()
        .filter(|p| p.raw_docs.contains(&doc.path))
        .filter_map(|p| join_relative(&p.dir, &format!("public/{w}")))
        .any(|t| ctx.repo.is_tracked(&t))
}

#[cfg(test)]
mod tests {
    use super::raw_specifiers;

    #[test]
    fn reads_the_markdown_raw_imports() {
        let code = "import intro from '../../docs/kb/01-intro.md?raw'\n\
                    import css from './a.css?raw'\n\
                    const b = await import(\"/docs/b.mdx?raw\")\n\
                    // see ?raw docs\n";
        assert_eq!(
            raw_specifiers(code),
            vec!["../../docs/kb/01-intro.md", "/docs/b.mdx"]
        );
    }
}
