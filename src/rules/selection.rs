//! `--select` / `--ignore`: which rules a run keeps, as ruff's selectors.
//!
//! A selector is a rule ID (`citation/stale`) or a category (`citation`,
//! `table/`). Selectors narrow what the configuration enables: with `--select`,
//! only the rules it matches run; `--ignore` removes rules. When both match a
//! rule, the more specific selector wins (an ID over a category), and on a tie
//! `--ignore` wins. A rule that is off by default ([`super::OFF_BY_DEFAULT`])
//! runs when `--select` names it by its full ID (or `[rules]` gives it a level).

use super::REGISTRY;
use crate::config::{Config, Selection, Selector, Specificity};
use crate::diagnostic::{Rule, Severity};

/// Parses the selectors given on the command line (each may hold several,
/// comma-separated). An unknown selector is an error naming the closest one.
pub fn parse(select: &[String], ignore: &[String]) -> Result<Selection, String> {
    let parse_all = |flag: &str, values: &[String]| -> Result<Vec<Selector>, String> {
        let mut out = Vec::new();
        for v in values.iter().flat_map(|v| v.split(',')) {
            out.push(parse_one(flag, v.trim())?);
        }
        Ok(out)
    };
    Ok(Selection {
        select: if select.is_empty() {
            None
        } else {
            Some(parse_all("--select", select)?)
        },
        ignore: parse_all("--ignore", ignore)?,
    })
}

impl Config {
    /// The severity of a rule in this run, or None when it does not run: off
    /// in `[rules]`, off by default and not turned on, or left out by
    /// `--select` / `--ignore`. Naming a rule by its ID in `--select` runs it
    /// even when it is off by default or off in the file.
    ///
    /// Defined here, beside the registry that knows which rules are off by
    /// default, so that `config` does not depend on `rules`.
    pub fn severity(&self, rule: &Rule) -> Option<Severity> {
        self.severity_given(rule, super::off_by_default(rule.id).is_some())
    }
}

/// Every category (`citation`, `table`, …), in registry order.
pub fn categories() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for r in REGISTRY {
        let c = r.id.split('/').next().unwrap_or(r.id);
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

fn parse_one(flag: &str, raw: &str) -> Result<Selector, String> {
    if raw.is_empty() {
        return Err(format!(
            "empty rule selector in {flag}\n  help: give rule IDs or categories separated by commas, such as `{flag} citation,table/duplicate-key`"
        ));
    }
    let text = raw.trim_end_matches('/');
    if REGISTRY.iter().any(|r| r.id == text) && !raw.ends_with('/') {
        return Ok(Selector {
            text: text.to_string(),
            specificity: Specificity::Id,
        });
    }
    if categories().contains(&text) {
        return Ok(Selector {
            text: text.to_string(),
            specificity: Specificity::Category,
        });
    }
    let cats = categories();
    let candidates = REGISTRY.iter().map(|r| r.id).chain(cats.iter().copied());
    let hint = match crate::suggest::closest(text, candidates) {
        Some(s) => format!("did you mean `{s}`? "),
        None => String::new(),
    };
    Err(format!(
        "unknown rule selector `{raw}` in {flag}\n  help: {hint}a selector is a rule ID or a category ({}); `checkmark rules` lists the rule IDs",
        cats.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sel(select: &[&str], ignore: &[&str]) -> Selection {
        let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        crate::rules::selection::parse(&v(select), &v(ignore)).unwrap()
    }

    #[test]
    fn default_keeps_everything() {
        let s = sel(&[], &[]);
        assert!(s.is_default());
        assert!(s.keeps("citation/stale"));
        assert!(!s.names("citation/stale"));
    }

    #[test]
    fn categories_and_ids() {
        let s = sel(&["citation", "table/duplicate-key"], &[]);
        assert!(s.keeps("citation/stale"));
        assert!(s.keeps("table/duplicate-key"));
        assert!(!s.keeps("table/placeholder"));
        assert!(!s.names("citation/stale"));
        assert!(s.names("table/duplicate-key"));
        let s = sel(&["table/"], &["table/placeholder"]);
        assert!(s.keeps("table/column-count"));
        assert!(!s.keeps("table/placeholder"));
    }

    #[test]
    fn the_more_specific_selector_wins() {
        assert!(sel(&["citation/stale"], &["citation"]).keeps("citation/stale"));
        assert!(!sel(&["citation"], &["citation/stale"]).keeps("citation/stale"));
        assert!(!sel(&["citation"], &["citation"]).keeps("citation/stale"));
        assert!(!sel(&[], &["citation"]).keeps("citation/malformed"));
        assert!(sel(&[], &["citation"]).keeps("link/missing-path"));
    }

    #[test]
    fn comma_separated_and_unknown() {
        let s = sel(&["citation/stale,link"], &[]);
        assert!(s.keeps("link/missing-anchor"));
        assert!(s.keeps("citation/stale"));
        let e = crate::rules::selection::parse(&["citaton/stale".into()], &[]).unwrap_err();
        assert!(e.starts_with("unknown rule selector `citaton/stale` in --select\n  help: did you mean `citation/stale`? "), "{e}");
        // A category is not a prefix of another category's name.
        assert!(crate::rules::selection::parse(&["cit".into()], &[]).is_err());
        assert!(crate::rules::selection::parse(&["a,,b".into()], &[]).is_err());
    }
}
