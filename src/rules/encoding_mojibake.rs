//! `encoding/mojibake`: UTF-8 text that was decoded with a single-byte code page (Windows-1252, Latin-1, Windows-1254) and saved again (`â€™`, `ðŸ”„`, `âœ…`, `ã€F:`), including the lossy cases where an undefined byte was dropped.
//!
//! ## Why it matters
//! Mojibake makes statuses unreadable (`âœ…` is not ✅ to any tool) and hides citations (`ã€F:` is not `【F:`). `fix` restores the original characters.
//!
//! ## When it stays silent
//! A letter or sign before a typographic quote or dash (German `„genau 1×“`, `“zu groß”`) reads as the
//! mis-decoded form of one letter of another script (`×“` of Hebrew `ד`, `ß”` of an N'Ko letter). When
//! that letter's script is written nowhere else in the document, the pair is correct text and is left
//! alone: repairing it would write a foreign letter into prose. So is a sign alone that reads as the
//! lossy form of one such letter (its second byte undefined in the code page and dropped): `×` after a
//! number (`（9.1×–1,885×）`, survey 29b) is the multiplication sign, not Hebrew `ם`, unless Hebrew is
//! written (or damaged) elsewhere in the document. A document about an encoding bug that names an encoding
//! (`UTF-8`, `Windows-1252`) and writes every damaged word correctly too (`RÃ´le → Rôle`) quotes the damage
//! on purpose and is left alone (survey 48a); damage of a word it never writes correctly, or of a status or
//! quote sign (`âœ…`, `â€™`), is reported.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "encoding/mojibake",
    severity: Severity::Error,
    fixable: true,
    lead: 2,
    summary: "UTF-8 text that was decoded with a single-byte code page (Windows-1252, Latin-1, Windows-1254) and saved again (`â€™`, `ðŸ”„`, `âœ…`, `ã€F:`), including the lossy cases where an undefined byte was dropped",
    why: "Mojibake makes statuses unreadable (`âœ…` is not ✅ to any tool) and hides citations (`ã€F:` is not `【F:`). `fix` restores the original characters. \
A letter or sign before a typographic quote or dash (German `„genau 1×“`, `“zu groß”`) that would decode to one letter of a \
script written nowhere else in the document (`×“` to Hebrew `ד`, `ß”` to an N'Ko letter) is correct text and is left alone: \
repairing it would write a foreign letter into prose. So is a sign alone that would decode to one such letter with its second \
byte dropped (the lossy case): `×` after a number (`（9.1×–1,885×）`) is the multiplication sign, not Hebrew `ם`, unless \
Hebrew is written or damaged elsewhere in the document. So is `×` set between a blank, a digit or `)` and a non-breaking space (`($2$) × number of channels`, a \
dimension in a paper converted from Word, survey 106c, brain-go-brr-v2: 1 finding judged false): the multiplication sign, not \
Hebrew `נ`, unless other damage stands beside it; a Hebrew word's `× ` before the next letter's `×` (`× ×™×¡×™×•×Ÿ`) is \
reported. So are `Å²` and `Å³` outside a word (`Volume of the unit cell (Å³)`, `12.5 Å²`: square and cubic ångström in a \
materials-science reference, survey s121c, kosmos-research, 1 finding judged false), not Lithuanian `Ų`, `ų`, unless other \
damage stands beside them; a Lithuanian word's `ų` after a letter (`darbÅ³`) is reported. A document about an encoding bug \
that names an encoding \
(`UTF-8`, `Windows-1252`) and writes every damaged word correctly too (`RÃ´le → Rôle`, `« Connexion réussie » (au lieu de \
« Connexion rÃ©ussie »)`) quotes the damage on purpose and is left alone (survey 48a); so is a lone damaged letter set beside \
its correct form on its line (`Polish characters mojibake (ą displays as Ä…)`: survey 60b, an evidence note on Windows encodings); \
damage of a word it never writes correctly, a lone letter without its form beside it (`Ele Ã© bom`), or of a status or quote \
sign (`âœ…`, `â€™`), is reported. A damaged letter on a line that names an encoding (not just the word `mojibake`) and \
calls what it shows a symptom (`garbled`, `mismatch`, `corrupt`, `displays as`, `instead of`: a troubleshooting table's \
`| Garbled characters (ÃƒÂ etc.) | UTF-8/CP1252 encoding mismatch |`, survey 78a, jklock/fallout1-rebirth, 1 finding judged \
false) describes the damage: silent; the same damage on a line naming no encoding, or naming one without such a word, and a \
damaged status or quote sign on such a line, are reported.",
    bad: "Status: âœ… Done — see the roadmapâ€™s beta goals.",
    good: "Status: ✅ Done — see the roadmap’s beta goals.",
};

use crate::diagnostic::{Edit, Finding, Safety};
use crate::document::Document;
use crate::mojibake;

/// One finding per line with damaged text; its edits restore the original characters.
pub fn check(doc: &Document, out: &mut Vec<Finding>) {
    let text = &doc.text;
    // (Without mojibake's lead bytes there is nothing to find: the code
    // ranges are not listed for nothing.)
    if text.is_ascii() || !mojibake::has_lead(text.as_bytes()) {
        return;
    }
    let mut code: Vec<std::ops::Range<usize>> = doc.code_blocks.clone();
    code.extend(doc.code_spans.iter().map(|c| c.span.clone()));
    code.sort_by_key(|r| r.start);
    let repairs = mojibake::scan(text, &code);
    let mut i = 0;
    while i < repairs.len() {
        let line = doc.lines.line_of(repairs[i].range.start);
        let mut j = i;
        while j < repairs.len() && doc.lines.line_of(repairs[j].range.start) == line {
            j += 1;
        }
        let group = &repairs[i..j];
        let span = group[0].range.start..group[group.len() - 1].range.end;
        let pairs: Vec<String> = group
            .iter()
            .take(3)
            .map(|r| {
                format!(
                    "`{}` was `{}`",
                    &text[r.range.clone()],
                    visible(&r.replacement)
                )
            })
            .collect();
        let more = if group.len() > 3 {
            format!(" (and {} more)", group.len() - 3)
        } else {
            String::new()
        };
        let mut f = Finding::new(
            &RULE,
            span,
            format!("mojibake: UTF-8 text decoded as a single-byte code page: {}{more}", pairs.join(", ")),
        )
        .help("`checkmark fix` restores the original characters; make sure your editor saves as UTF-8");
        for r in group {
            // Safe: the repaired text is what the author wrote. `mojibake::scan`
            // already applies the contract's rule for code (repaired only in a
            // fully mis-decoded document), so its edits may stand in code.
            f = f.edit(
                Edit::new(r.range.clone(), r.replacement.clone(), Safety::Safe).allow_in_code(),
            );
        }
        out.push(f);
        i = j;
    }
}

/// Shows invisible characters (a narrow no-break space, a variation selector) by code point.
fn visible(s: &str) -> String {
    s.chars()
        .map(|c| {
            let invisible = (c.is_whitespace() && c != ' ') || matches!(c, '\u{200b}'..='\u{200f}' | '\u{fe00}'..='\u{fe0f}' | '\u{2060}' | '\u{feff}');
            if invisible && s.chars().count() == 1 { format!("U+{:04X}", c as u32) } else { c.to_string() }
        })
        .collect()
}
