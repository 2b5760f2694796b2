//! Quartz sites (`quartz.config.ts`, or `.js`/`.mjs`, that turns on the
//! `ObsidianFlavoredMarkdown` transformer): the notes of the site's
//! `content/` folder, beside the configuration, are published by Quartz,
//! not read on GitHub.
//!
//! Quartz escapes the `|` of a wikilink's alias or size inside a table row
//! (`| ![[a.png|a.png]] | [[Ohm's law|Ohm's law]] |`) before it splits the
//! row into cells (its `ofm.ts`, `tableWikilinkRegex`): such a `|` starts no
//! cell (see `table/column-count`'s `template_pipes`). Survey 77c,
//! LesleyLai/digital-garden, 14 findings judged false.

use std::sync::Arc;

use crate::source::RepoView;

use super::Context;
use super::site::{join, under};

/// The content folder of each Quartz site of the repository.
fn contents(repo: &RepoView) -> Arc<Vec<String>> {
    repo.memo_kept("site_quartz::contents", |repo| {
        let mut configs: Vec<String> =
            ["quartz.config.ts", "quartz.config.js", "quartz.config.mjs"]
                .iter()
                .flat_map(|n| super::site::config_files_named(repo, n))
                .collect();
        configs.sort();
        let mut out = Vec::new();
        for path in &configs {
            let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
            if crate::fixtures::Fixtures::in_test_tree(dir) {
                continue;
            }
            let text = repo.read_text(path).unwrap_or_default();
            if text.contains("ObsidianFlavoredMarkdown(") {
                out.push(join(dir, "content"));
            }
        }
        Arc::new(out)
    })
}

/// Whether `path` is a note of a Quartz site that reads Obsidian's syntax.
pub fn is_obsidian_page(ctx: &Context<'_>, path: &str) -> bool {
    contents(ctx.repo).iter().any(|d| under(d, path))
}
