//! Links of an agent skill into the project it works on. A skill (a folder
//! with a `SKILL.md`) is installed into other repositories and run there; its
//! instructions and the sample output they show (a code review's
//! `Issue: [`any` is used here](src/modules/Context.tsx#L279)`) name that
//! project's source files, not files of the skill's own repository
//! (lokesh332003/ai-path's `actual-code-review-agent/SKILL.md`, survey 49a:
//! 3 findings judged false). Such a link is silent when it is a source file
//! under a first folder that neither the skill, nor the document's folder,
//! nor the repository has, at a path git history never held. A skill's own
//! files (`scripts/analyze.py` under its `scripts/`), a repository whose root
//! has that first folder (a project's own skill), and the same link outside
//! a skill are judged.

use crate::document::Document;
use crate::rules::Context;
use crate::rules::references::Reference;
use crate::source::{PathState, join_relative};

/// Extensions of source files: what a skill's sample output points into.
const SOURCE_EXTENSIONS: &[&str] = &[
    "ts", "tsx", "js", "jsx", "mjs", "cjs", "mts", "cts", "vue", "svelte", "py", "rb", "go", "rs",
    "java", "kt", "kts", "scala", "swift", "cs", "php", "dart", "c", "h", "cc", "cpp", "hpp", "m",
    "mm",
];

/// Whether a missing link target `path` (the link `r` of `doc`, resolved)
/// names a source file of the project a skill is run in (see the module).
pub fn names_host_file(ctx: &Context<'_>, doc: &Document, r: &Reference, path: &str) -> bool {
    let written = r.written.strip_prefix("./").unwrap_or(&r.written);
    if written.starts_with('/') || written.starts_with("../") {
        return false;
    }
    let Some((first, rest)) = written.split_once('/') else {
        return false;
    };
    if first.is_empty() || rest.is_empty() {
        return false;
    }
    let extension = rest.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    if !extension.is_some_and(|e| SOURCE_EXTENSIONS.contains(&e.as_str())) {
        return false;
    }
    let Some(root) = skill_root(ctx, doc) else {
        return false;
    };
    let absent = |dir: &str| {
        join_relative(dir, first)
            .is_some_and(|p| matches!(ctx.repo.stat(&p), PathState::Missing | PathState::Outside))
    };
    if !(absent(root) && absent(doc.dir()) && absent("")) {
        return false;
    }
    ctx.history.renamed(path).is_none() && ctx.history.deleted(path).is_none()
}

/// The folder of the skill a document belongs to: the nearest folder at or
/// above the document's that holds a `SKILL.md`.
fn skill_root<'a>(ctx: &Context<'_>, doc: &'a Document) -> Option<&'a str> {
    let mut dir = doc.dir();
    loop {
        let skill = if dir.is_empty() {
            "SKILL.md".to_string()
        } else {
            format!("{dir}/SKILL.md")
        };
        if ctx.repo.stat(&skill) == PathState::File {
            return Some(dir);
        }
        dir = match dir.rsplit_once('/') {
            Some((up, _)) => up,
            None if !dir.is_empty() => "",
            None => return None,
        };
    }
}
