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
//!
//! A project's own skill is run by an agent at the project's root, so its
//! links name the project's files the way the agent reads them: from the
//! root (masyl/outside's `skills/create-implementation-plan/SKILL.md` links
//! `[wrapup](packages/outside-design/docs/wrapup.md)`, a tracked file,
//! survey 52b: 9 findings judged false). A link of a skill, not written from
//! its folder (`./`, `../`) nor from the root (`/`), with a folder in it, is
//! silent when it names a tracked file or folder from the repository root;
//! one that names nothing there, and the same link outside a skill (whose
//! help says how to write it), are judged.
//!
//! A skill that writes documents shows the links it puts in them: "links to
//! [Pitch](./pitch.md), [Roadmap](./roadmap.md)" in masyl/outside's
//! `skills/create-delivery-folder/SKILL.md` names the `pitch.md` of each
//! delivery folder the skill creates (survey 52b: 8 findings judged false).
//! A link of a skill to a bare file name (`pitch.md`, `./pitch.md`) that is
//! not beside it, at a path git history never held, is silent when two or
//! more tracked files outside the skill have that name (the documents earlier
//! runs wrote); a name no file or one file has elsewhere (a skill's own
//! `reference.md` never committed, or kept in another folder), and the same
//! link outside a skill, are judged.

use crate::document::Document;
use crate::rules::Context;
use crate::rules::references::Reference;
use crate::source::{PathState, join_relative, normalize};

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

/// Whether a missing link target of a skill's document names a file of the
/// repository from its root, where the agent running the skill reads it
/// (see the module).
pub fn names_root_file(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    let first = r.written.split(['/', '#', '?']).next().unwrap_or("");
    if r.written.starts_with('/') || first == "." || first == ".." || !r.written.contains('/') {
        return false;
    }
    if skill_root(ctx, doc).is_none() {
        return false;
    }
    normalize(&r.written).is_some_and(|root| {
        matches!(
            ctx.repo.stat(&root),
            PathState::File | PathState::Dir | PathState::Submodule
        )
    })
}

/// Whether a missing link target of a skill's document is a bare file name
/// of the documents the skill writes (see the module).
pub fn names_output_file(ctx: &Context<'_>, doc: &Document, r: &Reference, path: &str) -> bool {
    let name = r.written.strip_prefix("./").unwrap_or(&r.written);
    if name.is_empty() || name.contains('/') || !name.contains('.') {
        return false;
    }
    let Some(root) = skill_root(ctx, doc) else {
        return false;
    };
    let inside = |p: &str| root.is_empty() || p.starts_with(&format!("{root}/"));
    let elsewhere = ctx
        .anchors
        .named(ctx.repo, name)
        .iter()
        .filter(|p| !inside(p))
        .count();
    elsewhere >= 2 && ctx.history.renamed(path).is_none() && ctx.history.deleted(path).is_none()
}

/// The folder of the skill a document belongs to: the nearest folder at or
/// above the document's that holds a `SKILL.md`.
pub(super) fn skill_root<'a>(ctx: &Context<'_>, doc: &'a Document) -> Option<&'a str> {
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
