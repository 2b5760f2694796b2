//! `report --format markdown`: a PR comment body.
//!
//! The first line is a hidden marker, [`MARKER`], so a bot can find the comment
//! it posted earlier and edit it instead of adding another. Then a title with
//! the counts, a table of counts per rule, the findings about missing evidence
//! (the reason the bot exists) before the rest, each group split by file in a
//! `<details>` block, and a footer saying what was checked.
//!
//! A finding links to the line it is on when the GitHub environment says where
//! the repository lives: `{GITHUB_SERVER_URL}/{GITHUB_REPOSITORY}/blob/{sha}/{file}?plain=1#L{line}`
//! (`?plain=1` so GitHub shows a Markdown file's source, where line anchors
//! work). The commit is `CHECKMARK_HEAD_SHA`, else the commit `--rev` resolved
//! to (the lines are that commit's), else `GITHUB_SHA`. Without them a finding
//! shows `file:line`.
//!
//! Text from documents (messages quote paths and anchors) is escaped, so it can
//! neither format the comment, nor close its HTML, nor mention anyone.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::{hidden_by_base, plural, summary};
use crate::diagnostic::{Diagnostic, Severity};
use crate::engine::CheckResult;
use crate::rules::REGISTRY;
use crate::source::Mode;

/// The hidden first line of every body.
pub const MARKER: &str = "<!-- checkmark-report -->";

/// Rules about evidence that is not there: listed first.
pub const MISSING_EVIDENCE: &[&str] = &[
    "citation/missing-path",
    "evidence/missing-path",
    "path/untracked",
    "evidence/missing-for-done",
];

/// Findings shown unfolded; the files after them start folded.
const OPEN_FINDINGS: usize = 50;
/// GitHub refuses a comment over 65,536 characters; the body is measured in
/// bytes, which are never fewer than characters.
pub const GITHUB_LIMIT: usize = 65_536;

/// Where permalinks point, from the GitHub environment.
#[derive(Debug, Clone, Default)]
pub struct Links {
    /// `GITHUB_SERVER_URL` (`https://github.com`).
    pub server: Option<String>,
    /// `GITHUB_REPOSITORY` (`owner/name`).
    pub repository: Option<String>,
    /// `CHECKMARK_HEAD_SHA`: the commit to link to, whatever else is known.
    pub head_sha: Option<String>,
    /// `GITHUB_SHA`: the commit the workflow runs on (used when no `--rev` was given).
    pub github_sha: Option<String>,
}

impl Links {
    pub fn from_env() -> Links {
        let get = |k: &str| {
            std::env::var(k)
                .ok()
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        Links {
            server: get("GITHUB_SERVER_URL"),
            repository: get("GITHUB_REPOSITORY"),
            head_sha: get("CHECKMARK_HEAD_SHA"),
            github_sha: get("GITHUB_SHA"),
        }
    }

    /// `{server}/{repository}/blob/{sha}`, when everything it needs is known.
    fn blob_base(&self, result: &CheckResult) -> Option<String> {
        let server = self.server.as_deref()?.trim_end_matches('/');
        let repository = self.repository.as_deref()?.trim_matches('/');
        let sha = self
            .head_sha
            .as_deref()
            .or(result.rev_sha.as_deref())
            .or(self.github_sha.as_deref())?;
        Some(format!(
            "{server}/{}/blob/{}",
            super::sarif::uri_of(repository),
            super::sarif::uri_of(sha)
        ))
    }
}

pub fn render(result: &CheckResult, links: &Links) -> String {
    let mut out = String::new();
    out.push_str(MARKER);
    out.push('\n');
    let diags = result.diagnostics();
    let s = summary(result);
    let hidden = hidden_by_base(result, code);
    if let (true, Some(hidden)) = (diags.is_empty(), &hidden) {
        let _ = write!(
            out,
            "### checkmark\n\n✅ No new problems in {}. {}.\n",
            plural(result.files_checked, "file"),
            capitalized(hidden)
        );
        out.push('\n');
        out.push_str(&affects_section(result, links.blob_base(result).as_deref()));
        out.push_str(&footer_line(result));
        return out;
    }
    if diags.is_empty() {
        let _ = write!(
            out,
            "### checkmark\n\n✅ All evidence present — checkmark found no problems in {}.\n",
            plural(result.files_checked, "file")
        );
        out.push('\n');
        out.push_str(&affects_section(result, links.blob_base(result).as_deref()));
        out.push_str(&footer_line(result));
        return out;
    }

    let files_with = {
        let mut f: Vec<&str> = diags.iter().map(|d| d.file.as_str()).collect();
        f.dedup();
        f.len()
    };
    let icon = if s.errors > 0 {
        "❌"
    } else if s.warnings > 0 {
        "⚠️"
    } else {
        "ℹ️"
    };
    let mut counts = vec![plural(s.errors, "error"), plural(s.warnings, "warning")];
    if s.infos > 0 {
        counts.push(plural(s.infos, "note"));
    }
    let _ = writeln!(
        out,
        "### {icon} checkmark: {} in {}\n",
        join_words(&counts),
        plural(files_with, "file")
    );

    rule_table(&mut out, &diags, s.infos > 0);

    let (missing, other): (Vec<&Diagnostic>, Vec<&Diagnostic>) = diags
        .iter()
        .copied()
        .partition(|d| MISSING_EVIDENCE.contains(&d.rule));
    let base = links.blob_base(result);
    // What follows the findings, written last but reserved first, so the body
    // never passes GitHub's limit however long the findings are.
    let mut fixable = match s.fixable {
        0 => String::new(),
        1 => "1 finding can be repaired with `checkmark fix`.\n\n".to_string(),
        n => format!("{n} findings can be repaired with `checkmark fix`.\n\n"),
    };
    if let Some(hidden) = &hidden {
        fixable.insert_str(0, &format!("Besides these, {hidden}.\n\n"));
    }
    fixable.push_str(&affects_section(result, base.as_deref()));
    let footer = footer_line(result);
    let budget = GITHUB_LIMIT
        .saturating_sub(omitted_line(diags.len()).len() + fixable.len() + footer.len() + 1);
    const CLOSE: &str = "\n</details>\n\n";
    let mut shown = 0usize;
    let mut omitted = 0usize;
    let mut full = false;
    for (title, group) in [("Missing evidence", &missing), ("Other findings", &other)] {
        if group.is_empty() {
            continue;
        }
        let heading = format!("#### {title} ({})\n\n", group.len());
        let mut by_file: BTreeMap<&str, Vec<&Diagnostic>> = BTreeMap::new();
        for d in group.iter() {
            by_file.entry(d.file.as_str()).or_default().push(d);
        }
        let mut heading = Some(heading);
        for (file, list) in by_file {
            if full {
                omitted += list.len();
                continue;
            }
            let open = if shown + list.len() <= OPEN_FINDINGS {
                " open"
            } else {
                ""
            };
            let summary = format!(
                "<details{open}><summary><code>{}</code> — {}</summary>\n\n",
                html_escape(file),
                file_counts(&list)
            );
            let mut bullets = list.iter().map(|d| bullet(d, base.as_deref()));
            let first = bullets.next().unwrap_or_default();
            let head_len = heading.as_ref().map_or(0, String::len);
            if out.len() + head_len + summary.len() + first.len() + CLOSE.len() > budget {
                full = true;
                omitted += list.len();
                continue;
            }
            if let Some(h) = heading.take() {
                out.push_str(&h);
            }
            out.push_str(&summary);
            out.push_str(&first);
            shown += 1;
            for (i, b) in bullets.enumerate() {
                if out.len() + b.len() + CLOSE.len() > budget {
                    full = true;
                    // This bullet and the rest of the file: the first was shown.
                    omitted += list.len() - 1 - i;
                    break;
                }
                out.push_str(&b);
                shown += 1;
            }
            out.push_str(CLOSE);
        }
    }
    if omitted > 0 {
        out.push_str(&omitted_line(omitted));
    }
    out.push_str(&fixable);
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
    out.push_str(&footer);
    out
}

/// The line saying how many findings the body leaves out.
fn omitted_line(n: usize) -> String {
    format!(
        "… {} not shown: GitHub limits a comment to 65,536 characters. Run `checkmark check` to see every one.\n\n",
        plural(n, "finding")
    )
}

/// `s` with its first letter upper-case.
fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// `a`, `a and b`, `a, b and c`.
fn join_words(words: &[String]) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Where a rule's row goes: missing-evidence rules first, then the registry's order.
fn rule_rank(id: &str) -> (usize, usize) {
    match MISSING_EVIDENCE.iter().position(|r| *r == id) {
        Some(i) => (0, i),
        None => (
            1,
            REGISTRY
                .iter()
                .position(|r| r.id == id)
                .unwrap_or(usize::MAX),
        ),
    }
}

/// Counts per rule: missing evidence first, then the registry's order.
fn rule_table(out: &mut String, diags: &[&Diagnostic], with_notes: bool) {
    let mut per_rule: BTreeMap<((usize, usize), &str), [usize; 3]> = BTreeMap::new();
    for d in diags {
        let c = per_rule.entry((rule_rank(d.rule), d.rule)).or_default();
        match d.severity {
            Severity::Error => c[0] += 1,
            Severity::Warning => c[1] += 1,
            Severity::Info => c[2] += 1,
        }
    }
    if with_notes {
        out.push_str("| rule | errors | warnings | notes |\n| --- | ---: | ---: | ---: |\n");
    } else {
        out.push_str("| rule | errors | warnings |\n| --- | ---: | ---: |\n");
    }
    for ((_, id), c) in per_rule {
        let _ = write!(out, "| `{id}` | {} | {} |", c[0], c[1]);
        if with_notes {
            let _ = write!(out, " {} |", c[2]);
        }
        out.push('\n');
    }
    out.push('\n');
}

fn file_counts(list: &[&Diagnostic]) -> String {
    let count = |sev: Severity| list.iter().filter(|d| d.severity == sev).count();
    let mut parts = Vec::new();
    for (sev, word) in [
        (Severity::Error, "error"),
        (Severity::Warning, "warning"),
        (Severity::Info, "note"),
    ] {
        let n = count(sev);
        if n > 0 {
            parts.push(plural(n, word));
        }
    }
    join_words(&parts)
}

/// One finding as a list item, ending with a newline.
fn bullet(d: &Diagnostic, base: Option<&str>) -> String {
    let mut out = String::new();
    let at = format!("{}:{}", d.file, d.line);
    let location = match base {
        Some(base) => format!(
            "[{}]({base}/{}?plain=1#L{})",
            code(&at),
            super::sarif::uri_of(&d.file),
            d.line
        ),
        None => code(&at),
    };
    let _ = write!(
        out,
        "- **{}** `{}` at {location}: {}",
        d.severity.as_str(),
        d.rule,
        escape(&d.message)
    );
    if let Some(h) = &d.help {
        let _ = write!(out, "<br>help: {}", escape(h));
    }
    out.push('\n');
    out
}

/// The most rows the "Evidence this change affects" table shows.
const AFFECTS_ROWS: usize = 50;

/// "Evidence this change affects" (with `--base`): a table of the documents
/// whose cited files the change deletes or renames, or whose cited lines it
/// moves or changes — document, line, what the change did. Empty when none.
fn affects_section(result: &CheckResult, base: Option<&str>) -> String {
    let Some(affects) = result.baseline.as_ref().map(|b| &b.affects) else {
        return String::new();
    };
    if affects.is_empty() {
        return String::new();
    }
    let cell = |s: &str| escape(s).replace('|', "\\|");
    let mut out = format!(
        "#### Evidence this change affects ({})\n\n| Document | Line | What this change does |\n| --- | --- | --- |\n",
        affects.len()
    );
    for a in affects.iter().take(AFFECTS_ROWS) {
        let line = match base {
            Some(base) => format!(
                "[{}]({base}/{}?plain=1#L{})",
                a.line,
                super::sarif::uri_of(&a.file),
                a.line
            ),
            None => a.line.to_string(),
        };
        let _ = writeln!(
            out,
            "| {} | {line} | {} |",
            cell(&code(&a.file)),
            cell(&a.what)
        );
    }
    if affects.len() > AFFECTS_ROWS {
        let _ = writeln!(out, "\n… and {} more.", affects.len() - AFFECTS_ROWS);
    }
    out.push('\n');
    out
}

/// The last line: what was checked, where.
fn footer_line(result: &CheckResult) -> String {
    let source = match &result.mode {
        Mode::Worktree => "the working tree".to_string(),
        Mode::Staged => "the index".to_string(),
        Mode::Rev(rev) => match &result.rev_sha {
            Some(sha) if !sha.starts_with(rev.as_str()) => {
                format!("{} ({})", code(rev), code(&sha[..sha.len().min(12)]))
            }
            _ => code(rev),
        },
    };
    format!(
        "<sub>checkmark checked {} in {source}. `checkmark check` shows each finding in context; `checkmark rules RULE` explains a rule.</sub>\n",
        plural(result.files_checked, "file")
    )
}

/// `s` as an inline code span, fenced with enough backticks.
fn code(s: &str) -> String {
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{s}{pad}{fence}")
}

fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes a message for a Markdown paragraph: code spans it holds stay code
/// spans; outside them, characters that would format, link or open HTML are
/// backslash-escaped, `@name` is put in a code span (no mention), and line
/// breaks become spaces.
pub fn escape(s: &str) -> String {
    let s = s.replace("\r\n", " ").replace(['\n', '\r'], " ");
    let mut out = String::with_capacity(s.len() + 8);
    let mut rest = s.as_str();
    let mut prev = ' ';
    while !rest.is_empty() {
        if rest.starts_with('`') {
            let ticks = rest.len() - rest.trim_start_matches('`').len();
            let fence = &rest[..ticks];
            let after = &rest[ticks..];
            // A code span closes at the next run of exactly as many backticks.
            if let Some(end) = find_closing(after, ticks) {
                out.push_str(fence);
                out.push_str(&after[..end]);
                out.push_str(fence);
                rest = &after[end + ticks..];
                prev = '`';
            } else {
                for _ in 0..ticks {
                    out.push_str("\\`");
                }
                rest = after;
                prev = '`';
            }
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        // `@name` after a word character is an e-mail address, not a mention.
        if c == '@' && !prev.is_alphanumeric() {
            let end = rest[1..]
                .find(|ch: char| !(ch.is_alphanumeric() || "-_/.".contains(ch)))
                .map(|i| i + 1)
                .unwrap_or(rest.len());
            if end > 1 {
                out.push_str(&code(rest[..end].trim_end_matches('.')));
                let used = rest[..end].trim_end_matches('.').len();
                rest = &rest[used..];
                prev = '`';
                continue;
            }
        }
        if "\\*_[]<>&|~!#".contains(c) {
            out.push('\\');
        }
        out.push(c);
        prev = c;
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Byte offset in `s` of the first run of exactly `n` backticks.
fn find_closing(s: &str, n: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'`' {
            let start = i;
            while i < bytes.len() && bytes[i] == b'`' {
                i += 1;
            }
            if i - start == n {
                return Some(start);
            }
        } else {
            i += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_outside_code_spans_only() {
        assert_eq!(
            escape("path `a_b/*.md` is *missing*"),
            "path `a_b/*.md` is \\*missing\\*"
        );
        assert_eq!(
            escape("see <details> & [x](y)"),
            "see \\<details\\> \\& \\[x\\](y)"
        );
        assert_eq!(escape("owner @perf-team."), "owner `@perf-team`.");
        assert_eq!(escape("a ` lone tick"), "a \\` lone tick");
        assert_eq!(escape("two\nlines"), "two lines");
        assert_eq!(escape("``a ` b`` c_d"), "``a ` b`` c\\_d");
        assert_eq!(escape("mail a@b.c"), "mail a@b.c");
    }

    #[test]
    fn code_spans_hold_backticks() {
        assert_eq!(code("a.md:3"), "`a.md:3`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`a"), "`` `a ``");
    }

    #[test]
    fn words() {
        let w = |v: &[&str]| join_words(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(w(&["1 error"]), "1 error");
        assert_eq!(w(&["1 error", "2 warnings"]), "1 error and 2 warnings");
        assert_eq!(w(&["a", "b", "c"]), "a, b and c");
    }
}
