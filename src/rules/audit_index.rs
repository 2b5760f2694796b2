//! The day of an audit kept as a folder of documents with an index: a
//! folder named for an audit (`agents/tiger-style-audit/`, `docs/audit/`:
//! `audit` or `audits` as the last word of its name) whose `README.md`
//! (or `index.md`) carries the audit's date in its title (`# Tiger Style
//! Audit Index (2026-02-09)`). Coding agents write such an audit in one
//! session: an index and numbered reports (`03-src-compliance-report-and-
//! plan.md`, `07-appendix-evidence-snapshots.md`) whose `path:line`
//! evidence names the code of that day, and the remediation that follows
//! moves or rewrites the very lines they cite (survey 55a,
//! robertguss/repo-scout: 77 citation and mention findings judged false in
//! an audit whose index says its milestones are complete).
//!
//! Its documents are then read as a dated audit folder's are
//! ([`crate::rules::citation_stale::day_folder_record`]): a record of that
//! day when git last touched them no later than the day after it and they
//! hold no open box. The index itself is judged (it is kept as the work
//! goes on), and so is a folder whose index names no date, a document
//! edited later, and a folder named otherwise.

use crate::document::Document;
use crate::rules::Context;

/// The ISO date (`2026-02-09`) in the title of the index of the audit
/// folder that holds `doc` (see the module documentation), or None.
pub fn day(ctx: &Context<'_>, doc: &Document) -> Option<String> {
    let (dir, name) = doc.path.rsplit_once('/')?;
    let lower = name.to_ascii_lowercase();
    if lower == "readme.md" || lower == "index.md" {
        return None;
    }
    let folder = dir.rsplit('/').next().unwrap_or(dir);
    let last = folder
        .trim_start_matches(['_', '.'])
        .rsplit(['_', '-', '.', ' '])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if !matches!(last.as_str(), "audit" | "audits") {
        return None;
    }
    ["README.md", "readme.md", "index.md"]
        .iter()
        .find_map(|index| {
            let text = ctx.repo.read_text(&format!("{dir}/{index}"))?;
            title_date(&text)
        })
}

/// The first ISO date (`YYYY-MM-DD`) in the level-1 heading that opens
/// `text` (blank lines and front matter aside, the first heading).
fn title_date(text: &str) -> Option<String> {
    let title = text
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with('#'))?
        .strip_prefix("# ")?;
    let bytes = title.as_bytes();
    (0..bytes.len().saturating_sub(9)).find_map(|i| {
        let s = title.get(i..i + 10)?;
        let before = i.checked_sub(1).and_then(|j| bytes.get(j));
        let after = bytes.get(i + 10);
        let bounded =
            !before.is_some_and(u8::is_ascii_digit) && !after.is_some_and(u8::is_ascii_digit);
        (bounded && s.parse::<jiff::civil::Date>().is_ok() && s.as_bytes()[4] == b'-')
            .then(|| s.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::title_date;

    #[test]
    fn the_date_of_an_index_title() {
        assert_eq!(
            title_date("# Tiger Style Audit Index (2026-02-09)\n\nText 2025-01-01\n").as_deref(),
            Some("2026-02-09")
        );
        assert_eq!(
            title_date("\n# Security Audit — 2025-11-30\n").as_deref(),
            Some("2025-11-30")
        );
        assert_eq!(title_date("# Audit Index\n\n**Date:** 2026-02-09\n"), None);
        assert_eq!(title_date("# Audit 2026-13-40\n"), None);
        assert_eq!(title_date("## Audit (2026-02-09)\n"), None);
    }
}
