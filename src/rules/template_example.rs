//! The filled examples of a template collection: a repository of document
//! templates that shows each template filled in for an imagined project
//! (Aerendal/ishkarim-documentation's `docs/templates/research/` holds
//! `EXPERIMENT-LOG-template.md`, and `docs/examples/research/` holds
//! `EXPERIMENT-LOG-001-mongodb-benchmark.md`, an experiment of 2026 that was
//! never run). Such an example links the files its story would have:
//! `![Schema](../artifacts/exp-001-schema.png)`, a user test report in
//! `../testing/`. Those files are part of the fiction, and nobody commits
//! them (survey 60b: 20 findings, the 6 sampled judged false).
//!
//! An example is recognised by every sign together: it stands directly in
//! an `examples/<kind>/` folder whose sibling `templates/<kind>/` is in the
//! tree, and its file name opens with the name of a template of that folder
//! (`EXPERIMENT-LOG-template.md`, `EXPERIMENT-LOG.md`) followed by `-` or
//! `_`. A link of it is silent when its target lies below the `examples/`
//! folder, in a folder the tree does not have, at a path git history never
//! held. A missing target in a folder the tree has (a sibling example
//! linked by a wrong name), a target outside `examples/`, a link of a
//! document that fills no template of the collection, and a target deleted
//! or moved since are judged.

use crate::document::Document;
use crate::rules::Context;
use crate::rules::references::{RefKind, Reference};

/// Whether the missing link target `path` of `r` is a file of the story of a
/// template collection's filled example (see the module's documentation).
pub fn fictional_file(ctx: &Context<'_>, doc: &Document, r: &Reference, path: &str) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let Some((examples, kind, name)) = example_parts(&doc.path) else {
        return false;
    };
    let Some((dir, _)) = path.rsplit_once('/') else {
        return false;
    };
    let below_examples = dir
        .strip_prefix(examples)
        .is_some_and(|rest| rest.starts_with('/'));
    if !below_examples || ctx.repo.is_tracked_dir(dir) {
        return false;
    }
    let templates = match examples.strip_suffix("examples") {
        Some(root) => format!("{root}templates/{kind}"),
        None => return false,
    };
    fills_a_template(&ctx.repo.children(&templates), name)
        && ctx.history.deleted(path).is_none()
        && ctx.history.renamed(path).is_none()
}

/// The `examples` folder (with its parents), the kind folder and the file
/// name of a document standing directly in `…/examples/<kind>/`.
fn example_parts(path: &str) -> Option<(&str, &str, &str)> {
    let (dir, name) = path.rsplit_once('/')?;
    let (examples, kind) = dir.rsplit_once('/')?;
    let last = examples.rsplit('/').next().unwrap_or(examples);
    (last == "examples" && !kind.is_empty()).then_some((examples, kind, name))
}

/// Whether file name `name` opens with the name of one of the templates
/// `templates` (file names of the templates folder: `EXPERIMENT-LOG-template.md`
/// names `EXPERIMENT-LOG`, as does `EXPERIMENT-LOG.md`), then `-` or `_`.
fn fills_a_template(templates: &[String], name: &str) -> bool {
    templates.iter().any(|t| {
        let Some(stem) = t.strip_suffix(".md") else {
            return false;
        };
        let lower = stem.to_ascii_lowercase();
        let base = ["-template", "_template"]
            .iter()
            .find_map(|s| lower.strip_suffix(s).map(|b| &stem[..b.len()]))
            .unwrap_or(stem);
        !base.is_empty()
            && !base.eq_ignore_ascii_case("readme")
            && name
                .strip_prefix(base)
                .is_some_and(|rest| rest.starts_with(['-', '_']))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_example_is_a_file_of_a_kind_folder_of_examples() {
        assert_eq!(
            example_parts("docs/examples/research/EXPERIMENT-LOG-001.md"),
            Some(("docs/examples", "research", "EXPERIMENT-LOG-001.md"))
        );
        assert_eq!(
            example_parts("examples/research/a.md"),
            Some(("examples", "research", "a.md"))
        );
        assert_eq!(example_parts("docs/examples/a.md"), None);
        assert_eq!(example_parts("docs/samples/research/a.md"), None);
    }

    #[test]
    fn an_example_opens_with_a_templates_name() {
        let templates = vec![
            "EXPERIMENT-LOG-template.md".to_string(),
            "POC-DOC.md".to_string(),
            "README.md".to_string(),
        ];
        assert!(fills_a_template(&templates, "EXPERIMENT-LOG-001-bench.md"));
        assert!(fills_a_template(&templates, "POC-DOC_001.md"));
        assert!(!fills_a_template(&templates, "EXPERIMENT-LOGS-001.md"));
        assert!(!fills_a_template(&templates, "README-extra.md"));
        assert!(!fills_a_template(&templates, "SPIKE-001.md"));
    }
}
