//! `status/unknown-value`: a status cell is a typo of a value in the vocabulary.
//!
//! ## When it speaks
//! Only in a readiness status column of a checklist document (see
//! `rules::facts`: a column whose values are mostly readiness values), and only
//! for a value that is one slip of the fingers from exactly one known value,
//! with the same first letter (a letter added or dropped, two neighbours
//! swapped, a letter replaced by a neighbouring key or another vowel: `Doen`
//! → `Done`, `Bloked` → `Blocked`, `Compelte` → `Complete`): the finding
//! names the value it is a typo of.
//! A configured alias (`[status] aliases` in `checkmark.toml`) is reported too,
//! and `fix` rewrites it to its canonical spelling (a safe fix).
//!
//! ## When it stays silent
//! - A column called "Status" whose values are mostly not readiness values is
//!   another domain's enum (HTTP codes, `Stable`/`Beta`, `Keep`/`Rework`): left
//!   alone.
//! - A value in the vocabulary written in another case or with other spaces,
//!   `_` or `-` (`done`, `in-progress`, `NOT STARTED`) is that value: not a
//!   finding.
//! - A value that is not close to a known one (`Awaiting vendor`, a
//!   non-English word such as `Erledigt` or `完成`, a number) is the
//!   document's own word, not a typo: checkmark cannot tell what it means, so
//!   it says nothing rather than guess. So is an ordinary word that string
//!   similarity alone would tie to a status (`Required` is two edits from
//!   `Retired`, `Parsed` one unlikely slip from `Passed`): suggesting it would
//!   invert what the row says. So is another form of a known word, its stem
//!   with another ending (`Blocker` is what blocks, not `Blocked`; `Closer`,
//!   `Passes`, `Archive`), or the known word without the `-y` it ends in
//!   (`Read`, what an agent read, is not `Ready`): `fix` would change its
//!   meaning.
//! - Values the document's own legend defines (any common form: a Status
//!   Legend section or table, `**Status**: a | b | c`, `✅ Done · 🔄 In
//!   progress`) are known, whatever their words; the legend itself is never
//!   reported.
//!
//! ## The default vocabulary
//! See `docs/status-vocabulary.md`, or `checkmark rules status/unknown-value`.
//!
//! ## Why it matters
//! Dashboards and scripts count statuses by value; a misspelt status drops the row from every count.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "status/unknown-value",
    severity: Severity::Error,
    fixable: true,
    lead: 1,
    summary: "a status cell in a readiness status column is a typo of a known value (or a configured alias)",
    why: "Dashboards and scripts count statuses by value; a misspelt status drops the row from every count. \
It speaks only in a readiness status column (one whose values are mostly readiness values; a column called \
\"Status\" that holds another domain's enum is left alone), and only for a value one slip of the fingers from exactly \
one known value, same first letter (a letter added or dropped, two neighbours swapped, a letter replaced by a \
neighbouring key or another vowel: `Compelte`, `Blokced`, `In progres`), naming it. An ordinary word farther from \
a status than that is another word, not a typo, and is silent (`Required` is not `Retired`); so is another form of a \
known word, its stem with another ending (`Blocker` is what blocks, not `Blocked`; `Closer`, `Passes`, `Archive`), or the known word without the `-y` it ends in (`Read`, in a table of the artifacts an agent read, is not `Ready`: survey 55a). Case, space, `_` and `-` variants of a known \
value are that value, not findings. A value close to nothing known (a word of the team's own, a non-English \
status, a number) is not guessed at. A document's own legend — a Status Legend section or table, a line \
`**Status**: a | b | c`, a line `✅ Done · 🔄 In progress` — adds its values (a legend written as a sentence, \
`Status values: Planned, Approved, In Operation.`, ends with a full stop that is not part of its last value); a legend value whose words name \
no class (`AWAITING_SIGNOFF`) is known and counts as not done. A configured alias (`[status] aliases`) is \
reported and `fix` rewrites it to its canonical value.\n\n\
Default vocabulary (class: emoji; words — matched case-, space-, `_`/`-`-insensitively, a value may be followed \
by commentary such as `Done (see notes)`):\n\
- done: ✅ ✔️ ✓ ☑️ 🟢 🟩 💚 🎉 🏁 🆗; Done, Complete, Completed, Ready, OK, Shipped, Passed, Pass, Passing, \
Success, Succeeded, Verified, Validated, Tested, Covered, Implemented, Integrated, Delivered, Deployed, \
Released, Merged, Landed, Fixed, Finished, Closed, Resolved, Approved, Accepted, Signed off, Met, Achieved, \
Live, Go, DONE, READY_FOR_GO_LIVE, GREEN\n\
- in progress: 🔄 🟡 🟨 🔵 ⏳ ⌛ 🚧 🔁 🛠️ ◐; In progress, Ongoing, Pending, In review, Under review, \
Review, In testing, Testing, In development, In dev, Implementing, Doing, Investigating, Awaiting, Waiting, \
On track, WIP, Partial, Partially, Incomplete, Started, Draft, Rework, Needs work, IN_PROGRESS, AMBER, YELLOW\n\
- at risk: ⚠️ 🟠 🟧; At risk, Environment-limited, Warning, Warn, Degraded, Delayed, Behind, Off track, Flaky, \
Needs attention, Drift, Drifted\n\
- blocked: ❌ ❎ 🔴 🟥 ⛔ 🛑 ✖️ ✗ ✘ 🚫 🔒 ⏸️; Blocked, Failed, Failing, Fail, Broken, Error, On hold, Paused, \
Stalled, Stuck, No-Go, Not met, BLOCKED, RED\n\
- not started: ⬜ ⬛ ⚪ ⚫ ☐ 🔲 🔳 ○ 🔜; Not started, Not done, Not implemented, Not built, Not yet built, Todo, To do, Planned, \
Scheduled, Proposed, Queued, Upcoming, Next, New, Open, Backlog, Missing, TBD, NOT_STARTED\n\
- not applicable: ➖ ⏭️ 🗄️; N/A, NA, Not applicable, Not needed, Optional, Skipped, Skip, Deferred, Won't do, \
Won't fix, Out of scope, Cancelled, Canceled, Archived, Deprecated, Superseded, Obsolete, Dropped, Rejected, \
Removed, Retired, Duplicate\n\
- unclassified: a legend value whose words name no class (counts as not done).\n\n\
`checkmark.toml` `[status] values` adds values to a class, `[status] aliases` maps a private spelling to a value.",
    bad: "| Item | Status |\n| --- | --- |\n| DNS | Done |\n| TLS | Doen |",
    good: "| Item | Status |\n| --- | --- |\n| DNS | Done |\n| TLS | Done |",
};

use crate::diagnostic::{Edit, Finding, Safety};
use crate::document::Document;
use crate::rules::facts::{Facts, Memo, clean_cell};

/// Typos of known values in readiness status columns, and configured aliases
/// (rewritten by `fix`).
pub fn check(doc: &Document, facts: &Facts, out: &mut Vec<Finding>) {
    if !facts.checklist {
        return;
    }
    for (ti, t) in doc.tables.iter().enumerate() {
        for &c in &facts.live_status[ti] {
            let header = clean_cell(
                &doc.text[t
                    .header()
                    .cells()
                    .get(c)
                    .map(|c| c.span)
                    .unwrap_or_default()],
            );
            // A column repeats a few values: each distinct raw cell is judged once.
            let mut judged = Memo::default();
            for row in t.rows() {
                let Some(cell) = row.cells().get(c) else {
                    continue;
                };
                let raw = &doc.text[cell.span.clone()];
                if !judged.get(raw, || speaks(facts, raw)) {
                    continue;
                }
                let value = clean_cell(raw);
                match facts.vocab.classify(&value) {
                    Some(cl) => {
                        // A variant spelling of a known value is that value; only a
                        // configured alias is reported (and rewritten).
                        if !facts.vocab.is_alias(&value) {
                            continue;
                        }
                        if let Some((_, canonical)) = cl.rewrite
                            && let Some(inner) = inner_range(raw, &value)
                        {
                            let abs = cell.span.start + inner.start..cell.span.start + inner.end;
                            out.push(
                                Finding::new(
                                    &RULE,
                                    cell.span.clone(),
                                    format!("`{value}` is an alias of the status `{canonical}`"),
                                )
                                .help(format!("`checkmark fix` rewrites it to `{canonical}`"))
                                // Safe: a configured alias names the same status.
                                .edit(Edit::new(
                                    abs,
                                    canonical,
                                    Safety::Safe,
                                )),
                            );
                        }
                    }
                    None => {
                        let Some(suggestion) = facts.vocab.suggest(&value) else {
                            continue;
                        };
                        out.push(
                            Finding::new(
                                &RULE,
                                cell.span.clone(),
                                format!("`{value}` is not a known status in column `{header}`: did you mean `{suggestion}`?"),
                            )
                            .help(format!("write `{suggestion}`, or, if `{value}` is a status of its own, define it in the document's Status Legend or in checkmark.toml [status]")),
                        );
                    }
                }
            }
        }
    }
}

/// Whether a status cell may get a finding: a configured alias, or an
/// unknown value close to a known one. Most cells are known values and say
/// nothing.
fn speaks(facts: &Facts, raw: &str) -> bool {
    let value = clean_cell(raw);
    if value.is_empty() {
        return false;
    }
    match facts.vocab.classify(&value) {
        Some(cl) => cl.rewrite.is_some() && facts.vocab.is_alias(&value),
        None => facts.vocab.suggest(&value).is_some(),
    }
}

/// The edits `fix` makes without a finding: a known value written with other
/// spaces, `_` or `-` (`inprogress`, `in-progress` → `In progress`) gets the
/// vocabulary's spelling. Never a change of case alone (`done` stays `done`),
/// never inside a code span (`` `not started` `` stays), never outside a
/// readiness status column of a checklist document.
pub fn variant_edits(doc: &Document, facts: &Facts) -> Vec<Edit> {
    let mut out = Vec::new();
    if !facts.checklist {
        return out;
    }
    for (ti, t) in doc.tables.iter().enumerate() {
        for &c in &facts.live_status[ti] {
            for row in t.rows() {
                let Some(cell) = row.cells().get(c) else {
                    continue;
                };
                let raw = &doc.text[cell.span.clone()];
                if raw.contains('`') {
                    continue;
                }
                let value = clean_cell(raw);
                if value.is_empty() || facts.vocab.is_alias(&value) {
                    continue;
                }
                let Some(cl) = facts.vocab.classify(&value) else {
                    continue;
                };
                let Some((_, canonical)) = cl.rewrite else {
                    continue;
                };
                if value.to_lowercase() == canonical.to_lowercase() {
                    continue;
                }
                if let Some(inner) = inner_range(raw, &value) {
                    let abs = cell.span.start + inner.start..cell.span.start + inner.end;
                    out.push(Edit::new(abs, canonical, Safety::Safe));
                }
            }
        }
    }
    out
}

/// Where the cleaned value stands inside the raw cell (inside backticks or emphasis).
fn inner_range(raw: &str, value: &str) -> Option<std::ops::Range<usize>> {
    let i = raw.find(value)?;
    Some(i..i + value.len())
}

#[cfg(test)]
mod tests {
    use crate::vocabulary::{EMOJI, WORDS};

    /// The vocabulary the rule's documentation lists is the one in the code.
    #[test]
    fn documented_vocabulary_matches_the_code() {
        let why = super::RULE.why;
        for (e, _) in EMOJI {
            assert!(why.contains(e), "{e} is not documented");
        }
        for (w, _) in WORDS {
            assert!(why.contains(w), "{w} is not documented");
        }
        // Each documented entry sits on its class's line.
        for (w, c) in WORDS.iter().chain(EMOJI.iter()) {
            let line = why
                .lines()
                .find(|l| l.starts_with(&format!("- {}:", c.name())))
                .unwrap_or_else(|| panic!("no line for {}", c.name()));
            assert!(
                line.split([' ', ',', ';'])
                    .any(|x| x.trim_end_matches('\u{fe0f}') == *w)
                    || line.contains(&format!(" {w},"))
                    || line.contains(&format!(" {w}\n"))
                    || line.ends_with(w)
                    || line.contains(&format!("{w} ")),
                "{w} documented outside the {} line",
                c.name()
            );
        }
    }
}
