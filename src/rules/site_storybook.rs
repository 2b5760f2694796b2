//! Storybook docs pages (<https://storybook.js.org/docs/configure/integration/images-and-assets>):
//! a project configured by `.storybook/main.js` (`.cjs`, `.mjs`, `.ts`,
//! …) serves the folders its `staticDirs` lists (read from `.storybook/`,
//! `'../public'` is the project's `public/`) at the root of the Storybook
//! it builds, and renders its `.mdx` docs pages in that Storybook.
//!
//! - So a missing link or image target of an `.mdx` page of the project
//!   (`<img src="theme/harbor/harbor-storybook-logo.svg">` in
//!   jhorback/harbor's `src/harbor-design.stories.mdx`, with
//!   `"staticDirs": ['../public']`: survey 53b, 1 finding judged false) is
//!   read from each static folder: a file there (`public/theme/harbor/…`)
//!   is served. A docs page is shown at the Storybook's root, so a relative
//!   target and a root one are read alike.
//! - A target no static folder holds, a target that climbs (`../x.svg`),
//!   the same link in a project without `staticDirs`, and a `.md` document
//!   of the project (a README GitHub renders) are still judged. A
//!   `{ from, to }` entry of `staticDirs` is not read.

use std::sync::Arc;

use crate::document::Document;
use crate::source::{RepoView, join_relative};

use super::Context;
use super::references::{RefKind, Reference};
use super::site::under;

/// The file names of a Storybook main configuration.
const MAINS: &[&str] = &[
    "main.js", "main.cjs", "main.mjs", "main.ts", "main.cts", "main.mts",
];

/// The repository's Storybook projects: each project's folder (the folder
/// holding `.storybook/`, `""` at the root) and its static folders.
fn projects(repo: &RepoView) -> Arc<Vec<(String, Vec<String>)>> {
    repo.memo("site_storybook::projects", |repo| {
        let mut out = Vec::new();
        for crate::source::TrackedFile {
            path: f, dir, name, ..
        } in repo.tracked_files_split()
        {
            let Some(project) = dir
                .strip_suffix(".storybook")
                .filter(|p| p.is_empty() || p.ends_with('/'))
            else {
                continue;
            };
            if !MAINS.contains(&name) || crate::fixtures::Fixtures::in_test_tree(dir) {
                continue;
            }
            let Some(text) = repo.read_text(f) else {
                continue;
            };
            let statics: Vec<String> = static_dirs(&text)
                .into_iter()
                .filter_map(|d| join_relative(dir, &d))
                .filter(|d| !d.is_empty())
                .collect();
            if !statics.is_empty() {
                out.push((project.trim_end_matches('/').to_string(), statics));
            }
        }
        Arc::new(out)
    })
}

/// The plain folder names of the `staticDirs` array of a Storybook main
/// configuration (`staticDirs: ['../public', "../assets"]`); entries
/// that are not string literals are left out.
fn static_dirs(text: &str) -> Vec<String> {
    let Some(at) = text.find("staticDirs") else {
        return Vec::new();
    };
    let rest = &text[at + "staticDirs".len()..];
    let rest = rest.trim_start_matches(['"', '\'']).trim_start();
    let Some(rest) = rest.strip_prefix(':') else {
        return Vec::new();
    };
    let Some(rest) = rest.trim_start().strip_prefix('[') else {
        return Vec::new();
    };
    let Some(end) = rest.find(']') else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for item in rest[..end].split(',') {
        let item = item.trim();
        for q in ['\'', '"', '`'] {
            if let Some(v) = item.strip_prefix(q).and_then(|v| v.strip_suffix(q))
                && !v.is_empty()
                && !v.contains(['$', '{', q])
            {
                out.push(v.trim_end_matches('/').to_string());
            }
        }
    }
    out
}

/// Whether the missing target of a link `r` of `doc`, an `.mdx` docs page
/// of a Storybook project, is a file of one of the project's static
/// folders, which Storybook serves at its root.
pub fn serves(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link || !doc.path.to_ascii_lowercase().ends_with(".mdx") {
        return false;
    }
    let projects = projects(ctx.repo);
    let Some((_, statics)) = projects.iter().find(|(p, _)| under(p, &doc.path)) else {
        return false;
    };
    let w = r.written.split(['#', '?']).next().unwrap_or("");
    if w.is_empty() || w.starts_with("//") || w.contains(':') {
        return false;
    }
    let w = w.trim_start_matches("./").trim_start_matches('/');
    if w.is_empty() || w.split('/').any(|s| s == "..") {
        return false;
    }
    statics
        .iter()
        .filter_map(|d| join_relative(d, w))
        .any(|t| ctx.repo.is_tracked(&t))
}

#[cfg(test)]
mod tests {
    use super::static_dirs;

    #[test]
    fn reads_the_plain_static_folders() {
        assert_eq!(
            static_dirs("module.exports = {\n  \"staticDirs\": ['../public', \"../assets/\"]\n}"),
            vec!["../public", "../assets"]
        );
        assert_eq!(
            static_dirs("staticDirs: [{ from: '../x', to: '/y' }],"),
            Vec::<String>::new()
        );
        assert_eq!(static_dirs("framework: 'react'"), Vec::<String>::new());
    }
}
