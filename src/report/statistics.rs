//! `--statistics`: one line per rule with its count, most frequent first,
//! instead of the findings (as ruff's). JSON output is an array of
//! `{"rule", "count", "fixable"}` objects.

use std::collections::BTreeMap;

use super::Style;
use crate::engine::CheckResult;

/// (rule, count, fixable count), by count (highest first), then rule ID.
pub fn counts(result: &CheckResult) -> Vec<(&'static str, usize, usize)> {
    let mut per_rule: BTreeMap<&'static str, (usize, usize)> = BTreeMap::new();
    for d in result.diagnostics() {
        let c = per_rule.entry(d.rule).or_default();
        c.0 += 1;
        if d.fixable {
            c.1 += 1;
        }
    }
    let mut v: Vec<_> = per_rule.into_iter().map(|(r, (n, f))| (r, n, f)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v
}

/// The text form: `  12  citation/missing-path`, `3  task/malformed  3 fixable`.
pub fn write(
    result: &CheckResult,
    style: &Style,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let rows = counts(result);
    let count_width = rows
        .iter()
        .map(|r| r.1.to_string().len())
        .max()
        .unwrap_or(1);
    let rule_width = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
    for (rule, n, fixable) in rows {
        let count = format!("{n:>count_width$}");
        out.write_all(style.paint("1", &count).as_bytes())?;
        if fixable > 0 {
            writeln!(out, "  {rule:<rule_width$}  {fixable} fixable")?;
        } else {
            writeln!(out, "  {rule}")?;
        }
    }
    super::write_summary(result, style, out)
}

/// The JSON form.
pub fn write_json(result: &CheckResult, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let rows: Vec<serde_json::Value> = counts(result)
        .into_iter()
        .map(|(rule, count, fixable)| {
            serde_json::json!({"rule": rule, "count": count, "fixable": fixable})
        })
        .collect();
    super::write_json(out, &rows)
}
