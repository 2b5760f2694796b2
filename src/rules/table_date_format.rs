//! `table/date-format`: a date cell is not `YYYY-MM-DD`, or lies in the future.
//!
//! ## Why it matters
//! Dates in other formats are ambiguous (03/04/2025) and cannot be sorted; a future "last updated" date is a typo.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "table/date-format",
    severity: Severity::Warning,
    fixable: false,
    summary: "a date cell is not `YYYY-MM-DD`, or lies in the future",
    why: "Dates in other formats are ambiguous (03/04/2025) and cannot be sorted; a future \"last updated\" date is a typo.",
    bad: "| Item | Last Updated |\n| --- | --- |\n| DNS | 03/04/25 |",
    good: "| Item | Last Updated |\n| --- | --- |\n| DNS | 2025-04-03 |",
};

use crate::config::Config;
use crate::diagnostic::Finding;
use crate::document::Document;
use crate::rules::facts::{Facts, clean_cell};

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
    if !(1..=12).contains(&m) || d == 0 {
        return false;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    d <= days[(m - 1) as usize]
}

pub fn check(doc: &Document, facts: &Facts, config: &Config, today: &str, out: &mut Vec<Finding>) {
    for (ti, t) in doc.tables.iter().enumerate() {
        for &c in &facts.roles[ti].date {
            for row in &t.rows {
                let Some(cell) = row.cells.get(c) else {
                    continue;
                };
                let value = clean_cell(&doc.text[cell.span.clone()]);
                if config.is_placeholder(&value) {
                    continue;
                }
                if !is_iso_date(&value) {
                    out.push(
                        Finding::new(
                            &RULE,
                            cell.span.clone(),
                            format!("date `{value}` is not in `YYYY-MM-DD` form"),
                        )
                        .help("write dates as `YYYY-MM-DD` (ISO 8601), for example `2025-10-03`"),
                    );
                } else if value.as_str() > today {
                    out.push(
                        Finding::new(
                            &RULE,
                            cell.span.clone(),
                            format!("date `{value}` is in the future (today is {today})"),
                        )
                        .help("a last-updated date cannot be later than today: check for a typo"),
                    );
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
}
