//! Retype sites (`retype.yml`, `retype.yaml` or `retype.json`): the pages
//! in the configuration's folder and below are rendered by Retype, not read
//! on GitHub.
//!
//! Retype reads its components before it splits a table row into cells: a
//! `|` inside a component's brackets (`[!badge Approved|success]`,
//! `[!button Install|info](/guides/installation.md)`) separates the
//! component's text from its variant, and a `|` inside a template
//! expression (`{{ $i.tags | array.join ", " }}`) pipes a value to a
//! function; neither starts a cell. See [`component_pipes`].
//!
//! Retype serves each page at its path less `.md` (`guides/github-actions.md`
//! at `/guides/github-actions/`, a folder's `index.md`, `readme.md` or
//! `default.md` at the folder): a root link without an extension
//! (`/guides/github-actions`, `/guides/github-actions/#step-1`) of a page
//! names the page served there, read from the site's `input:` folder. See
//! [`reading`].

use std::sync::Arc;

use crate::source::RepoView;

use crate::document::Document;

use super::Context;
use super::references::Reference;
use super::site::{join, under};

/// The repository's Retype sites: the folder of each configuration and the
/// folder its pages are read from (its `input:`, the configuration's folder
/// by default).
fn sites(repo: &RepoView) -> Arc<Vec<(String, String)>> {
    repo.memo("site_retype::sites", |repo| {
        let mut out = Vec::new();
        for crate::source::TrackedFile { path, dir, name } in repo.tracked_files_split() {
            if !matches!(name, "retype.yml" | "retype.yaml" | "retype.json")
                || crate::fixtures::Fixtures::in_test_tree(dir)
            {
                continue;
            }
            let text = repo
                .read(path)
                .or_else(|| repo.read_disk(path))
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default();
            let input = text
                .lines()
                .find_map(|l| {
                    let l = l.trim_start_matches(['"', ' ']);
                    let v = l
                        .strip_prefix("input")?
                        .trim_start_matches('"')
                        .trim_start();
                    v.strip_prefix(':')
                })
                .map(|v| {
                    v.trim()
                        .trim_end_matches(',')
                        .trim_matches(['"', '\''])
                        .trim_start_matches("./")
                        .trim_end_matches('/')
                        .to_string()
                })
                .filter(|v| !v.is_empty() && v != "." && !v.contains(".."))
                .map_or_else(|| dir.to_string(), |v| join(dir, &v));
            out.push((dir.to_string(), input));
        }
        Arc::new(out)
    })
}

/// Whether `path` is a page of a Retype site.
pub fn is_page(ctx: &Context<'_>, path: &str) -> bool {
    sites(ctx.repo).iter().any(|(d, _)| under(d, path))
}

/// The page a root link without an extension of a Retype page names
/// (`/guides/github-actions` is `guides/github-actions.md` of the site's
/// input folder), where the file tree has none.
pub fn reading(ctx: &Context<'_>, doc: &Document, r: &Reference) -> Option<String> {
    let w = r.written.strip_prefix('/')?;
    let base = w.trim_end_matches('/');
    let last = base.rsplit('/').next().unwrap_or(base);
    if base.is_empty() || last.contains('.') || base.contains("..") || base.contains("//") {
        return None;
    }
    let (_, input) = sites(ctx.repo)
        .iter()
        .find(|(d, _)| under(d, &doc.path))
        .cloned()?;
    let base = join(&input, base);
    [
        format!("{base}.md"),
        join(&base, "index.md"),
        join(&base, "readme.md"),
        join(&base, "README.md"),
        join(&base, "default.md"),
    ]
    .into_iter()
    .find(|p| ctx.repo.is_tracked(p))
}

/// How many `|` of a table row stand inside a Retype component's brackets
/// (`[!badge Draft|secondary]`) or a template expression (`{{ x | f }}`),
/// outside code spans: each one GitHub counts as a cell separator, Retype
/// does not.
pub fn component_pipes(row: &str) -> usize {
    let bytes = row.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'`' => {
                // Skip a code span: a run closed by a run of the same length.
                let run = bytes[i..].iter().take_while(|b| **b == b'`').count();
                let close = row[i + run..]
                    .match_indices(&row[i..i + run])
                    .map(|(k, _)| i + run + k)
                    .find(|&k| bytes.get(k + run) != Some(&b'`'));
                i = close.map_or(i + run, |k| k + run);
            }
            b'[' if bytes.get(i + 1) == Some(&b'!') => {
                let Some(end) = row[i..].find(']').map(|k| i + k) else {
                    break;
                };
                count += row[i..end].matches('|').count();
                i = end + 1;
            }
            b'{' if bytes.get(i + 1) == Some(&b'{') => {
                let Some(end) = row[i..].find("}}").map(|k| i + k) else {
                    break;
                };
                count += row[i..end].matches('|').count();
                i = end + 2;
            }
            _ => i += 1,
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::component_pipes;

    #[test]
    fn counts_pipes_inside_components_and_expressions() {
        assert_eq!(
            component_pipes("| Website | [!badge Review] | Operations |"),
            0
        );
        assert_eq!(
            component_pipes("| Forecast | [!badge Approved|success] | Finance |"),
            1
        );
        assert_eq!(
            component_pipes("| x | {{ $i.tags | array.join \", \" }} |"),
            1
        );
        assert_eq!(component_pipes("| `[!badge a|b]` | c |"), 0);
        assert_eq!(component_pipes("| a | b | c |"), 0);
    }
}
