//! A document that a tracked `README` symlink leads to (unocss: the root
//! `README.md` is a symlink to `packages-presets/unocss/README.md`, the
//! package's own README) is shown by GitHub at the symlink's folder, where a
//! README is rendered below the listing, and its relative links are read
//! from there: `[MIT](./LICENSE)` is the root `LICENSE` (survey s106b,
//! unocss/unocss, 1 finding judged false; GitHub resolves a symlinked
//! README's links from the symlink's folder, as drutiny/drutiny#142 and
//! akashgit/remote-factory#1221 found). A relative link that is missing
//! beside the document but present beside such a symlink was written for
//! the symlink's place: not reported. A target missing at both places, a
//! root link, and a symlink not named `README` (GitHub shows the link's
//! text, not the document) are judged.

use super::Context;
use crate::document::Document;
use crate::source::join_relative;

/// Whether `name` is a README GitHub renders below a folder's listing.
fn readme_name(name: &str) -> bool {
    ["readme", "readme.md", "readme.markdown", "readme.mdown"]
        .iter()
        .any(|r| name.eq_ignore_ascii_case(r))
}

/// The tracked README symlinks with the document each leads to.
fn readme_symlinks(ctx: &Context<'_>) -> Vec<(String, String)> {
    if !ctx.repo.may_hold_symlinks() {
        return Vec::new();
    }
    ctx.repo.memo("site_symlink_readme", |repo| {
        // The names are split once per listing, and compared without a
        // lower-case copy: a scan of a 100,000-file repository's paths was an
        // eighth of a one-document commit's hook.
        repo.tracked_files_split()
            .filter(|f| readme_name(f.name))
            .filter_map(|f| {
                let real = repo.real_path(f.path);
                (real != f.path).then(|| (f.path.to_string(), real))
            })
            .collect()
    })
}

/// Whether the relative link written `written` (anchor and query excluded
/// or not) in `doc` resolves from the folder of a tracked README symlink
/// leading to `doc`.
pub fn resolves(ctx: &Context<'_>, doc: &Document, written: &str) -> bool {
    let w = written.split(['#', '?']).next().unwrap_or("");
    if w.is_empty() || w.starts_with('/') || w.contains("://") {
        return false;
    }
    let decoded = percent_encoding::percent_decode_str(w).decode_utf8_lossy();
    readme_symlinks(ctx)
        .iter()
        .filter(|(_, real)| *real == doc.path)
        .any(|(link, _)| {
            let dir = link.rsplit_once('/').map_or("", |(d, _)| d);
            join_relative(dir, &decoded).is_some_and(|t| {
                matches!(
                    ctx.repo.stat(&t),
                    crate::source::PathState::File | crate::source::PathState::Dir
                )
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readme_names() {
        assert!(readme_name("README.md"));
        assert!(readme_name("readme.md"));
        assert!(readme_name("README"));
        assert!(!readme_name("CONTRIBUTING.md"));
        assert!(!readme_name("README-ja.md"));
    }
}
