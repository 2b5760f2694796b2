//! `encoding/mojibake`: UTF-8 text that was decoded with a single-byte code page (Windows-1252, Latin-1, Windows-1254) and saved again (`â€™`, `ðŸ”„`, `âœ…`, `ã€F:`), including the lossy cases where an undefined byte was dropped.
//!
//! ## Why it matters
//! Mojibake makes statuses unreadable (`âœ…` is not ✅ to any tool) and hides citations (`ã€F:` is not `【F:`). `fix` restores the original characters.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "encoding/mojibake",
    severity: Severity::Error,
    fixable: true,
    summary: "UTF-8 text that was decoded with a single-byte code page (Windows-1252, Latin-1, Windows-1254) and saved again (`â€™`, `ðŸ”„`, `âœ…`, `ã€F:`), including the lossy cases where an undefined byte was dropped",
    why: "Mojibake makes statuses unreadable (`âœ…` is not ✅ to any tool) and hides citations (`ã€F:` is not `【F:`). `fix` restores the original characters.",
    bad: "Status: âœ… Done — see the roadmapâ€™s beta goals.",
    good: "Status: ✅ Done — see the roadmap’s beta goals.",
};
