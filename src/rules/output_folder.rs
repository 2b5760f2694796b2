//! Folders git keeps for a build step to fill with files of one kind: a
//! tracked file holds the folder in the tree (`.gitkeep`, a README that
//! says what lands there), and a `.gitignore` line names the folder's own
//! path with a wildcard for a kind of file (`frontend/screenshots/*.png`),
//! so the files of that kind a script writes there are never committed. A link to such
//! a file names the script's output: hoa-management-system's user guides
//! link `../frontend/screenshots/14-admin-dashboard.png`, which its
//! Playwright spec writes and its PDF build embeds (survey 42a, 55 links,
//! the 11 sampled judged false). A file ignored by a name pattern that holds in any folder
//! (`*.png`, `*.log`), named one by one (`frontend/screenshots/a.png`) or
//! by a bare `*` (`docs/arch/ui/*`, which ignores pages and assets alike:
//! survey 30c keeps napari's unlisted page reported), or in a folder git
//! does not keep, is still reported: nothing says a build writes it.
//! A line whose folder part ends with `/**` (`artifacts/**/*.png`) names
//! that kind of file in the folder and in every folder below it: with a
//! tracked file in the folder it names (`artifacts/.gitkeep`), its files
//! are what a build step writes (Shannon-Labs/davinci-codex's simulation
//! plots under `# Generated artifacts (preserve structure but not
//! content)`, linked from `docs/visual_guides.md`: survey 51a, 12 findings
//! judged false); without that kept folder they are still reported.

use std::sync::Arc;

use crate::source::RepoView;

use super::Context;

/// Whether `path` (a missing or untracked link target) is a file of a
/// folder git keeps for a build step to fill: see the module doc.
pub fn kept_output(ctx: &Context<'_>, path: &str) -> bool {
    let Some((folder, name)) = path.rsplit_once('/') else {
        return false;
    };
    if folder.is_empty() || name.is_empty() || !ctx.repo.is_ignored(path) {
        return false;
    }
    let lines = ignore_lines(ctx.repo);
    let kept = |folder: &str| {
        ctx.repo.tracked_files_under(folder).iter().any(|f| {
            f.rsplit_once('/')
                .is_some_and(|(parent, _)| parent == folder)
        })
    };
    lines.iter().any(|(dir, line)| {
        let Some(rel) = folder.strip_prefix(dir.as_str()) else {
            return false;
        };
        let Some((line_folder, pattern)) = line.trim_start_matches('/').rsplit_once('/') else {
            return false;
        };
        if !wildcard_name(pattern, name) {
            return false;
        }
        if line_folder == rel {
            return kept(folder);
        }
        // `artifacts/**/*.png`: the kind of file in the folder and every
        // folder below it, which git keeps by a tracked file in the folder
        // the line names (`artifacts/.gitkeep`).
        let Some(base) = line_folder.strip_suffix("/**") else {
            return false;
        };
        !base.is_empty()
            && !base.contains('*')
            && (rel == base || rel.strip_prefix(base).is_some_and(|r| r.starts_with('/')))
            && kept(&format!("{dir}{base}"))
    })
}

/// A file name pattern that is a wildcard for a kind of file: `*.` and an
/// extension the name has (`*.png` for `login.png`).
fn wildcard_name(pattern: &str, name: &str) -> bool {
    pattern.strip_prefix('*').is_some_and(|ext| {
        ext.starts_with('.')
            && ext.len() > 1
            && !ext.contains(['*', '?', '[', '/'])
            && name.len() > ext.len()
            && name.ends_with(ext)
    })
}

/// The ignoring lines of every tracked `.gitignore`, each with the folder
/// it stands in (`frontend/` for `frontend/.gitignore`, empty at the root):
/// no negations, comments or blank lines, and only lines with a folder part
/// (`a/*.png`), as a line without one holds in any folder.
fn ignore_lines(repo: &RepoView) -> Arc<Vec<(String, String)>> {
    repo.memo("output_folder::ignore_lines", |repo| {
        let files: Vec<String> = repo
            .tracked_files()
            .filter(|p| *p == ".gitignore" || p.ends_with("/.gitignore"))
            .map(str::to_string)
            .collect();
        let mut lines = Vec::new();
        for file in files {
            let Some(text) = repo.read_text(&file) else {
                continue;
            };
            let dir = file.strip_suffix(".gitignore").unwrap_or("").to_string();
            for line in text.lines().map(str::trim) {
                if line.is_empty() || line.starts_with(['#', '!']) || line.ends_with('/') {
                    continue;
                }
                if line.trim_start_matches('/').contains('/') {
                    lines.push((dir.clone(), line.to_string()));
                }
            }
        }
        Arc::new(lines)
    })
}

#[cfg(test)]
mod tests {
    use super::wildcard_name;

    #[test]
    fn wildcards_name_a_kind_of_file() {
        assert!(wildcard_name("*.png", "login.png"));
        assert!(!wildcard_name("*", "login.png"));
        assert!(!wildcard_name("*.png", "login.jpg"));
        assert!(!wildcard_name("login.png", "login.png"));
        assert!(!wildcard_name("*.p*", "login.png"));
        assert!(!wildcard_name("*.png", ".png"));
    }
}
