//! fsdocs sites (<https://fsprojects.github.io/FSharp.Formatting/>): the
//! documentation tool of F# projects, installed as a .NET local tool (a
//! `.config/dotnet-tools.json` whose tools give the command `fsdocs`,
//! `fsdocs-tool` or the older `fsharp.formatting.commandtool`). `fsdocs
//! build` renders each Markdown page, F# script and notebook of the `docs/`
//! folder beside that `.config/` folder into an HTML page of the same name
//! (`docs/CSV.md` is `CSV.html`), so its pages link each other by their
//! `.html` names: `[MATLAB Level-5 Mat files](MatlabFiles.html)` in
//! `docs/CSV.md` is `docs/MatlabFiles.md` (mathnet/mathnet-numerics,
//! survey 83d, 21 findings judged false).
//!
//! Only a missing relative `.html` target of a page of that folder is read
//! so; a name no page of the folder has (`Gone.html`), a link outside the
//! folder, and the same link in a repository without the tool are judged.

use std::sync::Arc;

use crate::document::Document;
use crate::source::{RepoView, join_relative};

use super::Context;
use super::references::{RefKind, Reference};
use super::site::{join, under};

/// The sources fsdocs renders into an `.html` page of their name.
const SOURCES: &[&str] = &["md", "fsx", "ipynb"];

/// The `docs/` folders of the repository's fsdocs tools (test-fixture
/// projects left out).
fn docs_folders(repo: &RepoView) -> Arc<Vec<String>> {
    repo.memo_kept("site_fsdocs::docs", |repo| {
        let mut out = Vec::new();
        for crate::source::TrackedFile { path, dir, name } in repo.tracked_files_split() {
            if name != "dotnet-tools.json"
                || !(dir == ".config" || dir.ends_with("/.config"))
                || crate::fixtures::Fixtures::in_test_tree(dir)
            {
                continue;
            }
            let project = dir.strip_suffix(".config").unwrap_or("");
            let docs = join(project.trim_end_matches('/'), "docs");
            if repo.read_text(path).is_some_and(|t| gives_fsdocs(&t))
                && !repo.children(&docs).is_empty()
            {
                out.push(docs);
            }
        }
        Arc::new(out)
    })
}

/// Whether a `dotnet-tools.json` installs fsdocs: a tool named
/// `fsdocs-tool` or `fsharp.formatting.commandtool`, or one whose commands
/// hold `fsdocs`.
fn gives_fsdocs(text: &str) -> bool {
    let Ok(json) = serde_json::from_str::<serde_json::Value>(text) else {
        return false;
    };
    let Some(tools) = json.get("tools").and_then(|t| t.as_object()) else {
        return false;
    };
    tools.iter().any(|(name, tool)| {
        let name = name.to_ascii_lowercase();
        name == "fsdocs-tool"
            || name == "fsharp.formatting.commandtool"
            || tool
                .get("commands")
                .and_then(|c| c.as_array())
                .is_some_and(|c| c.iter().any(|c| c.as_str() == Some("fsdocs")))
    })
}

/// Whether the missing target of link `r` of `doc`, a page of an fsdocs
/// `docs/` folder, is the page fsdocs renders from a source of that folder:
/// a relative `x.html` read from the page's folder whose `x.md`, `x.fsx` or
/// `x.ipynb` the folder holds.
pub fn serves(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let w = r.written.split(['#', '?']).next().unwrap_or("");
    let Some(stem) = w.strip_suffix(".html") else {
        return false;
    };
    if stem.is_empty() || w.starts_with('/') || w.contains("://") {
        return false;
    }
    let folders = docs_folders(ctx.repo);
    let Some(docs) = folders.iter().find(|d| under(d, &doc.path)) else {
        return false;
    };
    let Some(base) = join_relative(doc.dir(), stem) else {
        return false;
    };
    under(docs, &base)
        && SOURCES
            .iter()
            .any(|ext| ctx.repo.is_tracked(&format!("{base}.{ext}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tool_is_known_by_its_name_or_its_command() {
        assert!(gives_fsdocs(
            r#"{"tools": {"fsharp.formatting.commandtool": {"commands": ["fsdocs"]}}}"#
        ));
        assert!(gives_fsdocs(
            r#"{"tools": {"fsdocs-tool": {"version": "20.0.0"}}}"#
        ));
        assert!(gives_fsdocs(
            r#"{"tools": {"x": {"commands": ["fsdocs"]}}}"#
        ));
        assert!(!gives_fsdocs(
            r#"{"tools": {"paket": {"commands": ["paket"]}}}"#
        ));
        assert!(!gives_fsdocs("not json \"fsdocs\""));
    }
}
