//! Documents a Makefile builds: a tracked Markdown file that a rule of a
//! Makefile at the repository root names as its target, with a recipe
//! below it, is the output of that recipe (rclone's `MANUAL.md:
//! bin/make_manual.py docs/content/*.md …` then `./bin/make_manual.py`:
//! survey 51c, 14 findings judged false, fixed in `docs/content/`; left
//! unfixed at stop 34 in argo-workflows' `docs/fields.md`). It is fixed in
//! its sources, not by hand, so it is left out like a generated document.
//!
//! Only an explicit target written as the document's path (`MANUAL.md:`,
//! `docs/fields.md:`), never a pattern (`%.md:`), a variable, a phony
//! target (`.PHONY: README.md` names none) or a rule with no recipe (a
//! dependency line, `README.md: VERSION`, says what the file depends on,
//! not that make writes it).

use std::collections::HashSet;

/// The names make reads at the root, in its order.
pub const MAKEFILES: [&str; 3] = ["GNUmakefile", "makefile", "Makefile"];

/// The tracked Markdown documents of `files` that `makefile` (the text of
/// a root Makefile) builds with a recipe.
pub fn made_documents(files: &[String], makefile: &str) -> Vec<String> {
    let tracked: HashSet<&str> = files.iter().map(String::as_str).collect();
    let lines: Vec<&str> = makefile.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with(['\t', ' ', '#', '.']) {
            continue;
        }
        let Some((targets, rest)) = line.split_once(':') else {
            continue;
        };
        // An assignment (`X := y`, `X ::= y`) or a target-specific one.
        if rest.starts_with([':', '=']) || rest.contains('=') || targets.contains('=') {
            continue;
        }
        let recipe = rest.contains(';')
            || lines[i + 1..]
                .iter()
                .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
                .is_some_and(|l| l.starts_with('\t'));
        if !recipe {
            continue;
        }
        for t in targets.split_whitespace() {
            let t = t.trim_start_matches("./");
            if t.to_ascii_lowercase().ends_with(".md")
                && !t.contains(['%', '$', '*'])
                && tracked.contains(t)
            {
                out.push(t.to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_with_a_recipe_is_made() {
        let files: Vec<String> = ["MANUAL.md", "README.md", "docs/fields.md", "NOTES.md"]
            .map(String::from)
            .to_vec();
        let mk = "X := a.md\nMANUAL.md:\tbin/make_manual.py docs/*.md\n\t./bin/make_manual.py\n\n\
                  README.md: VERSION\n\nNOTES.md:\n\n# c\nrelease: NOTES.md\n\t./release\n\
                  docs/fields.md: api.json ; go run ./hack/fields\n%.md: %.in\n\tcp $< $@\n";
        assert_eq!(made_documents(&files, mk), ["MANUAL.md", "docs/fields.md"]);
    }
}
