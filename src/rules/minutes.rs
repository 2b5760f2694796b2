//! Meeting minutes: the record of a meeting, or of a year of meetings, filed
//! as such (`meeting-notes/2019-05-22.md`, `meetings/2024/2024-07-23.md`,
//! `minutes/2016-08-03.md`, `meeting-notes-archive/2019.md`,
//! `2020_Weekly_Meeting_Minutes.md`).
//!
//! Their task boxes are the agenda and action items as they stood that day
//! (often a Google Docs export's `* []`): nobody ticks a past meeting's boxes
//! or respaces them, and the minutes are no checklist, so the task rules do
//! not judge them (survey 42c: electron/governance's working-group notes,
//! kubernetes/community's meeting-notes archives, 11 findings judged false).
//! The evidence is the path: a folder or file name saying `minutes`,
//! `meetings` or `meeting notes`, and a year in the file's name. A template
//! for the notes (`meeting-notes/template.md`, no year) is judged, as is any
//! other dated document. Links are still judged everywhere.

/// Whether `path` (from the repository root) names meeting minutes.
pub fn meeting_minutes(path: &str) -> bool {
    let lower = path.to_lowercase();
    let mut segments: Vec<&str> = lower.split('/').collect();
    let Some(name) = segments.pop() else {
        return false;
    };
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    segments.push(stem);
    let says_minutes = segments.iter().any(|seg| {
        let words: Vec<&str> = seg
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        words.iter().any(|w| matches!(*w, "minutes" | "meetings"))
            || words.windows(2).any(|p| p == ["meeting", "notes"])
            || words.contains(&"meetingnotes")
    });
    says_minutes && has_year(stem)
}

/// Whether `stem` holds a run of four or more digits that starts with a
/// year of 1900–2099 (`2019`, `2016-08-03`, `201801-201807`).
fn has_year(stem: &str) -> bool {
    stem.split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() >= 4 && (run.starts_with("19") || run.starts_with("20")))
}

#[cfg(test)]
mod tests {
    use super::meeting_minutes;

    #[test]
    fn minutes_are_named_so_and_dated() {
        for p in [
            "wg-api/meeting-notes/2019-09-26.md",
            "meetings/2024/2024-07-23.md",
            "sig-apps/minutes/2016-08-03.md",
            "sig-release/meeting-notes-archive/2019.md",
            "committee-steering/meeting-notes-archive/2019-meeting-notes.md",
            "communication/meeting-notes-archive/201801-201807_Community_Meeting_Minutes.md",
            "sig-docs/2020_Weekly_Meeting_Minutes.md",
        ] {
            assert!(meeting_minutes(p), "{p}");
        }
        for p in [
            "meeting-notes/template.md",
            "meeting-notes/README.md",
            "docs/plan-2019.md",
            "docs/release-2024-checklist.md",
            "docs/five-minutes-guide.md",
            "2019.md",
        ] {
            assert!(!meeting_minutes(p), "{p}");
        }
    }
}
