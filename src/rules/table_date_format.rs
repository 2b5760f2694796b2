//! `table/date-format`: a date cell is not `YYYY-MM-DD`, or lies in the future.
//!
//! ## When it speaks
//! In a date column (`Last Updated`, `Date`, `Due`, …) of a readiness table (a
//! readiness status column or an evidence column) in a checklist document:
//! - on a cell that is an attempt at a date in another form: `2024/01/05`,
//!   `05-01-2024`, `03/04/25`, `Jan 5, 2024`, `5 January 2024`, `2025-1-3`, or
//!   a `YYYY-MM-DD` that is no date (`2025-02-30`); the help gives the ISO
//!   form when the date is unambiguous;
//! - on an ISO date in the future, where a future date cannot be right: in a
//!   column recording the past (`Last Updated`, `Updated`, `Last Reviewed`,
//!   `Verified`, `Completed`, …), or on a row whose status is done.
//!
//! ## When it stays silent
//! Templates and placeholders (`<YYYY-MM-DD>`, `[YYYY-MM-DD]`, `YYYY-MM-DD`,
//! `TBD`, `—`, empty); free text that is no attempt at a full date (`Phase 4
//! (future)`, `Q3`, `Sprint 24.20`, `Today (11-12)`, `11-14`); an ISO date
//! followed by commentary (`2025-11-15 (AM)`); a future date in a due or
//! target column, or a plain `Date` column of a row not done (a plan); date
//! columns of other tables (version histories, changelogs, model cards).
//!
//! ## Why it matters
//! Dates in other formats are ambiguous (03/04/2025) and cannot be sorted; a future "last updated" date is a typo.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "table/date-format",
    severity: Severity::Warning,
    fixable: false,
    lead: 1,
    summary: "a date cell is not `YYYY-MM-DD`, or lies in the future",
    why: "Dates in other formats are ambiguous (03/04/2025) and cannot be sorted; a future \"last updated\" date is a typo. \
It speaks in readiness tables (a readiness status or an evidence column) of checklist documents on a date cell that is an attempt at a date in another form (`2024/01/05`, \
`05-01-2024`, `Jan 5, 2024`, `2025-1-3`, an impossible `2025-02-30`), and on a future ISO date where the future \
cannot be right (a last-updated or verified column, or a done row). It stays silent on templates and placeholders \
(`<YYYY-MM-DD>`, `YYYY-MM-DD`, `TBD`, empty), on free text that is no full date (`Phase 4 (future)`, `Q3`, \
`11-14`), on an ISO date followed by commentary (`2025-11-15 (AM)`), and on future dates in due or plan columns.",
    bad: "| Item | Last Updated |\n| --- | --- |\n| DNS | 03/04/25 |",
    good: "| Item | Last Updated |\n| --- | --- |\n| DNS | 2025-04-03 |",
};

use std::sync::OnceLock;

use regex::Regex;

use crate::config::Config;
use crate::diagnostic::Finding;
use crate::document::Document;
use crate::rules::facts::{Facts, clean_cell};
use crate::vocabulary::Class;

/// Whether `s` is a valid `YYYY-MM-DD` date.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    // The month's length and leap years (2024-02-29, not 2025-02-29 nor
    // 1900-02-29) are `jiff`'s.
    match (i16::try_from(y), i8::try_from(m), i8::try_from(d)) {
        (Ok(y), Ok(m), Ok(d)) => jiff::civil::Date::new(y, m, d).is_ok(),
        _ => false,
    }
}

/// What a date cell holds.
#[derive(Debug, PartialEq, Eq)]
enum DateCell {
    /// A valid `YYYY-MM-DD` date at the start of the cell.
    Iso(String),
    /// An attempt at a date in another form; the ISO form when unambiguous.
    Other(Option<String>),
    /// Anything else: a placeholder, a template, free text.
    NotADate,
}

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn month_number(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    let w = w.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| w.starts_with(m) && (w.len() == 3 || full_month(m).starts_with(w)))
        .map(|i| i as u32 + 1)
}

fn full_month(m: &str) -> &'static str {
    match m {
        "jan" => "january",
        "feb" => "february",
        "mar" => "march",
        "apr" => "april",
        "may" => "may",
        "jun" => "june",
        "jul" => "july",
        "aug" => "august",
        "sep" => "september",
        "oct" => "october",
        "nov" => "november",
        _ => "december",
    }
}

fn iso(y: u32, m: u32, d: u32) -> Option<String> {
    let s = format!("{y:04}-{m:02}-{d:02}");
    is_iso_date(&s).then_some(s)
}

/// Reads a date cell (markup already removed).
fn read_date(value: &str) -> DateCell {
    static RE: OnceLock<[Regex; 5]> = OnceLock::new();
    let [iso_re, ymd, dmy, mdy_words, dmy_words] = RE.get_or_init(|| {
        [
            // `2025-10-03`, maybe followed by commentary or a time.
            Regex::new(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[^\d])").expect("valid regex"),
            // `2024/01/05`, `2024.01.05`
            Regex::new(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:$|[^\d])").expect("valid regex"),
            // `05-01-2024`, `03/04/25`, `5.1.2024`
            Regex::new(r"^(\d{1,2})([/.-])(\d{1,2})[/.-](\d{4}|\d{2})(?:$|[^\d])")
                .expect("valid regex"),
            // `Jan 5, 2024`, `January 5th 2024`
            Regex::new(r"^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?:$|[^\d])")
                .expect("valid regex"),
            // `5 Jan 2024`, `5 January, 2024`
            Regex::new(r"^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{4})(?:$|[^\d])")
                .expect("valid regex"),
        ]
    });
    let v = value.trim();
    let num = |s: &str| s.parse::<u32>().ok();
    if let Some(c) = iso_re.captures(v) {
        // The regex matched ten ASCII bytes, but the eleventh may start a
        // multi-byte character (a BOM, say): never slice inside one.
        let whole = v.get(..10).unwrap_or(v);
        if is_iso_date(whole) {
            return DateCell::Iso(whole.to_string());
        }
        let (y, m, d) = (num(&c[1]), num(&c[2]), num(&c[3]));
        let fixed = match (y, m, d) {
            (Some(y), Some(m), Some(d)) => iso(y, m, d),
            _ => None,
        };
        return DateCell::Other(fixed);
    }
    if let Some(c) = ymd.captures(v) {
        let fixed = match (num(&c[1]), num(&c[2]), num(&c[3])) {
            (Some(y), Some(m), Some(d)) => iso(y, m, d),
            _ => None,
        };
        return DateCell::Other(fixed);
    }
    if let Some(c) = dmy.captures(v) {
        // Day and month order is ambiguous unless one of them exceeds 12.
        let (a, b) = (num(&c[1]).unwrap_or(0), num(&c[3]).unwrap_or(0));
        let y = num(&c[4]).unwrap_or(0);
        if c[4].len() == 2 && !c[2].eq("/") {
            // `11-12-13` is as likely a range or an ID as a date.
            return DateCell::NotADate;
        }
        let y = if c[4].len() == 2 { 2000 + y } else { y };
        let fixed = match (a > 12, b > 12) {
            (true, false) => iso(y, b, a),
            (false, true) => iso(y, a, b),
            _ => None,
        };
        if !(1..=31).contains(&a) || !(1..=31).contains(&b) || (a > 12 && b > 12) {
            return DateCell::NotADate;
        }
        return DateCell::Other(fixed);
    }
    if let Some(c) = mdy_words.captures(v)
        && let Some(m) = month_number(&c[1])
    {
        return DateCell::Other(iso(num(&c[3]).unwrap_or(0), m, num(&c[2]).unwrap_or(0)));
    }
    if let Some(c) = dmy_words.captures(v)
        && let Some(m) = month_number(&c[2])
    {
        return DateCell::Other(iso(num(&c[3]).unwrap_or(0), m, num(&c[1]).unwrap_or(0)));
    }
    DateCell::NotADate
}

/// Whether a date column records the past (a future date in it is a typo).
fn records_the_past(header: &str) -> bool {
    let h = header.to_lowercase();
    !h.contains("due")
        && !h.contains("target")
        && !h.contains("planned")
        && !h.contains("eta")
        && [
            "updated",
            "update",
            "reviewed",
            "verified",
            "validated",
            "completed",
            "closed",
            "signed",
            "tested",
            "last",
            "checked",
        ]
        .iter()
        .any(|w| h.contains(w))
}

pub fn check(doc: &Document, facts: &Facts, config: &Config, today: &str, out: &mut Vec<Finding>) {
    if !facts.checklist {
        return;
    }
    for (ti, t) in doc.tables.iter().enumerate() {
        let readiness = !facts.live_status[ti].is_empty() || !facts.roles[ti].evidence.is_empty();
        if !readiness || facts.legend_tables[ti] {
            continue;
        }
        for &c in &facts.roles[ti].date {
            let header = t
                .header()
                .cells()
                .get(c)
                .map(|h| clean_cell(&doc.text[h.span.clone()]))
                .unwrap_or_default();
            let past = records_the_past(&header);
            let h = header.to_lowercase();
            let deadline = ["due", "target", "planned", "eta", "deadline", "by"]
                .iter()
                .any(|w| h.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w));
            for (ri, row) in t.rows().iter().enumerate() {
                let Some(cell) = row.cells().get(c) else {
                    continue;
                };
                let value = clean_cell(&doc.text[cell.span.clone()]);
                if config.is_placeholder(&value) {
                    continue;
                }
                match read_date(&value) {
                    DateCell::Other(fixed) => {
                        let help = match fixed {
                            Some(d) => format!("write it as `{d}` (YYYY-MM-DD, ISO 8601)"),
                            None => {
                                "write dates as `YYYY-MM-DD` (ISO 8601), for example `2025-10-03`"
                                    .to_string()
                            }
                        };
                        out.push(
                            Finding::new(
                                &RULE,
                                cell.span.clone(),
                                format!("date `{value}` is not in `YYYY-MM-DD` form"),
                            )
                            .help(help),
                        );
                    }
                    DateCell::Iso(date) => {
                        let done = facts.row_class(doc, ti, ri) == Some(Class::Done);
                        if date.as_str() > today && (past || (done && !deadline)) {
                            out.push(
                                Finding::new(
                                    &RULE,
                                    cell.span.clone(),
                                    format!("date `{date}` is in the future (today is {today})"),
                                )
                                .help(if past {
                                    "a last-updated date cannot be later than today: check for a typo"
                                } else {
                                    "the row is done, so its date cannot be later than today: check for a typo"
                                }),
                            );
                        }
                    }
                    DateCell::NotADate => {}
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        assert!(is_iso_date("2025-10-03"));
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2025-02-29"));
        assert!(!is_iso_date("2025-13-01"));
        assert!(!is_iso_date("03/04/2025"));
        assert!(!is_iso_date("2025-1-3"));
    }

    #[test]
    fn leap_years_and_invalid_dates() {
        // Divisible by 4, except centuries, except every 400 years.
        assert!(is_iso_date("2000-02-29"));
        assert!(is_iso_date("2400-02-29"));
        assert!(is_iso_date("1996-02-29"));
        assert!(!is_iso_date("1900-02-29"));
        assert!(!is_iso_date("2100-02-29"));
        assert!(!is_iso_date("2023-02-29"));
        assert!(is_iso_date("2023-02-28"));
        // Month lengths.
        assert!(is_iso_date("2025-01-31"));
        assert!(!is_iso_date("2025-04-31"));
        assert!(!is_iso_date("2025-06-31"));
        assert!(!is_iso_date("2025-09-31"));
        assert!(!is_iso_date("2025-11-31"));
        assert!(is_iso_date("2025-12-31"));
        assert!(!is_iso_date("2025-12-32"));
        // Zero and out-of-range fields.
        assert!(!is_iso_date("2025-00-10"));
        assert!(!is_iso_date("2025-01-00"));
        assert!(!is_iso_date("2025-99-99"));
        assert!(is_iso_date("0000-02-29"));
        assert!(is_iso_date("9999-12-31"));
        // Not digits.
        assert!(!is_iso_date("2025-0a-10"));
        assert!(!is_iso_date("2025-01-1x"));
        // The other forms follow the same calendar.
        use DateCell::*;
        assert_eq!(read_date("29 Feb 2024"), Other(Some("2024-02-29".into())));
        assert_eq!(read_date("Feb 29, 2023"), Other(None));
        assert_eq!(read_date("2100/02/29"), Other(None));
        assert_eq!(read_date("31.04.2025"), Other(None));
        assert_eq!(read_date("30.04.2025"), Other(Some("2025-04-30".into())));
    }

    #[test]
    fn reading_date_cells() {
        use DateCell::*;
        assert_eq!(read_date("2025-10-03"), Iso("2025-10-03".into()));
        assert_eq!(read_date("2025-11-15 (AM)"), Iso("2025-11-15".into()));
        assert_eq!(read_date("2024/01/05"), Other(Some("2024-01-05".into())));
        assert_eq!(read_date("25-01-2024"), Other(Some("2024-01-25".into())));
        assert_eq!(read_date("03/04/2025"), Other(None));
        assert_eq!(read_date("Jan 5, 2024"), Other(Some("2024-01-05".into())));
        assert_eq!(
            read_date("5 January 2024"),
            Other(Some("2024-01-05".into()))
        );
        assert_eq!(read_date("2025-1-3"), Other(Some("2025-01-03".into())));
        assert_eq!(read_date("2025-02-29"), Other(None));
        for v in [
            "<YYYY-MM-DD>",
            "[YYYY-MM-DD]",
            "YYYY-MM-DD",
            "Phase 4 (future)",
            "Today (11-12)",
            "11-14",
            "11-12 to 11-13 AM",
            "Q3 2025",
            "Sprint 24.20",
            "TBD",
        ] {
            assert_eq!(read_date(v), NotADate, "{v}");
        }
    }
}
