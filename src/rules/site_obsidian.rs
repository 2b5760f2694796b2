//! Obsidian vaults: a folder that holds Obsidian's settings folder
//! `.obsidian/` (tracked), or whose `.gitignore` names it (`.obsidian`,
//! `.obsidian/`, `/.obsidian/`: the vault's settings kept out of git, as
//! obsidianmd/obsidian-help and obsidian-community/obsidian-hub do).
//!
//! Obsidian resolves a link to a bare file name (`![Example](bases-noshadow.png)`,
//! no folder) anywhere in the vault, as its default "shortest path when
//! possible" setting writes it: `en/Bases/Views.md` shows
//! `en/Attachments/bases-noshadow.png` (survey 66b, obsidian-help, 68
//! findings, the 18 sampled all false). A name no file of the vault has,
//! a target with a folder, and the same link outside a vault are judged.
//!
//! Only a vault whose notes write links so is read Obsidian's way: at least
//! [`VAULT_FORM`] links of its notes name a file of another folder by its
//! bare name. A repository that keeps Obsidian's settings out of git but
//! writes its links for GitHub (kmrtsar/valuables' user manual, whose one
//! `![](Map.jpg)` among `/user_manual_pics/…` images is broken there: survey
//! 63b, judged true) is read as GitHub reads it.

use std::sync::{Arc, OnceLock};

use regex::Regex;

use crate::document::Document;
use crate::source::RepoView;

use super::Context;
use super::references::{RefKind, Reference};
use super::site::under;

/// One vault: its root folder and the names of its tracked files, sorted.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
struct Vault {
    root: String,
    names: Vec<String>,
}

/// How many links of a vault's notes must name a file of another folder by
/// its bare name for the vault to be read Obsidian's way.
const VAULT_FORM: usize = 5;

/// Whether at least [`VAULT_FORM`] Markdown links or images of the notes
/// below `root` name, by a bare file name, a file that is not beside the
/// note but one of `names` (the vault's files) has that name: the vault
/// writes links Obsidian's way. Stops reading at the fifth.
fn writes_bare_names(repo: &RepoView, root: &str, names: &[String]) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"\]\(<?([^()\s<>/\\#?]+\.[A-Za-z0-9]{1,8})(?:[#?][^()\s]*)?>?\)")
            .expect("valid regex")
    });
    let mut seen = 0;
    for f in repo.tracked_files_split() {
        if !under(root, f.path) || !f.name.to_ascii_lowercase().ends_with(".md") {
            continue;
        }
        let Some(text) = repo.read_text(f.path) else {
            continue;
        };
        for c in re.captures_iter(&text) {
            let Some(written) = c.get(1) else {
                continue;
            };
            let name = percent_encoding::percent_decode_str(written.as_str()).decode_utf8_lossy();
            let beside = if f.dir.is_empty() {
                name.to_string()
            } else {
                format!("{}/{name}", f.dir)
            };
            if names.binary_search_by(|n| n.as_str().cmp(&name)).is_ok()
                && !repo.is_tracked(&beside)
            {
                seen += 1;
                if seen >= VAULT_FORM {
                    return true;
                }
            }
        }
    }
    false
}

/// Whether a `.gitignore` line names Obsidian's settings folder.
fn ignores_settings(line: &str) -> bool {
    let l = line.trim();
    let l = l.strip_prefix('/').unwrap_or(l);
    let l = l.strip_suffix('/').unwrap_or(l);
    l == ".obsidian"
}

/// The repository's Obsidian vaults (test-fixture trees left out).
fn vaults(repo: &RepoView) -> Arc<Vec<Vault>> {
    repo.memo_kept("site_obsidian::vaults", |repo| {
        let mut roots: Vec<String> = Vec::new();
        // One searcher for every path: most repositories have no vault, and
        // a hook run asks this of 100,000 paths.
        let settings = memchr::memmem::Finder::new(b".obsidian/");
        for crate::source::TrackedFile { path, dir, name } in repo.tracked_files_split() {
            if name != ".gitignore" && settings.find(path.as_bytes()).is_none() {
                continue;
            }
            if crate::fixtures::Fixtures::in_test_tree(dir) {
                continue;
            }
            let root = if name == ".gitignore" {
                let Some(text) = repo.read_text(path) else {
                    continue;
                };
                if !text.lines().any(ignores_settings) {
                    continue;
                }
                dir.to_string()
            } else if let Some((before, _)) = path.split_once(".obsidian/")
                && (before.is_empty() || before.ends_with('/'))
            {
                before.trim_end_matches('/').to_string()
            } else {
                continue;
            };
            if !roots.contains(&root) {
                roots.push(root);
            }
        }
        let mut out: Vec<Vault> = Vec::new();
        for root in roots {
            let mut names: Vec<String> = repo
                .tracked_files_split()
                .filter(|f| under(&root, f.path))
                .map(|f| f.name.to_string())
                .collect();
            names.sort_unstable();
            names.dedup();
            if writes_bare_names(repo, &root, &names) {
                out.push(Vault { root, names });
            }
        }
        // The innermost vault first.
        out.sort_by_key(|v| std::cmp::Reverse(v.root.len()));
        Arc::new(out)
    })
}

/// Whether the missing target of a link `r` of `doc`, a note of an
/// Obsidian vault, is a bare file name that a tracked file of the vault
/// has (Obsidian finds it in any folder of the vault).
pub fn resolves(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let written = r.written.split(['#', '?']).next().unwrap_or("");
    let name = percent_encoding::percent_decode_str(written).decode_utf8_lossy();
    if name.is_empty() || name.contains(['/', '\\']) || !name.contains('.') {
        return false;
    }
    let vaults = vaults(ctx.repo);
    let Some(vault) = vaults.iter().find(|v| under(&v.root, &doc.path)) else {
        return false;
    };
    vault
        .names
        .binary_search_by(|n| n.as_str().cmp(&name))
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::ignores_settings;

    #[test]
    fn a_gitignore_line_names_the_settings_folder() {
        assert!(ignores_settings(".obsidian"));
        assert!(ignores_settings(".obsidian/"));
        assert!(ignores_settings("/.obsidian/"));
        assert!(!ignores_settings(".obsidian/workspace.json"));
        assert!(!ignores_settings("# .obsidian"));
        assert!(!ignores_settings(".trash/"));
    }
}
