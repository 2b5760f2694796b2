//! `--select` / `--ignore`: which rules a run keeps, as ruff's selectors.
//!
//! A selector is a rule ID (`citation/stale`) or a category (`citation`,
//! `table/`). Selectors narrow what the configuration enables: with `--select`,
//! only the rules it matches run; `--ignore` removes rules. When both match a
//! rule, the more specific selector wins (an ID over a category), and on a tie
//! `--ignore` wins. A rule that is off by default ([`super::OFF_BY_DEFAULT`])
//! runs when `--select` names it by its full ID (or `[rules]` gives it a level).

use super::REGISTRY;

/// How specific a selector is: an ID beats a category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Specificity {
    Category,
    Id,
}

/// One parsed selector.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Selector {
    /// The ID or category, without a trailing `/`.
    text: String,
    specificity: Specificity,
}

impl Selector {
    /// How specifically this selector matches `id`, if at all.
    fn matches(&self, id: &str) -> Option<Specificity> {
        match self.specificity {
            Specificity::Id => (self.text == id).then_some(Specificity::Id),
            Specificity::Category => id
                .strip_prefix(self.text.as_str())
                .is_some_and(|rest| rest.starts_with('/'))
                .then_some(Specificity::Category),
        }
    }
}

/// The rules a run keeps (`--select`, `--ignore`). The default keeps every
/// rule the configuration enables.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// None: no `--select` given.
    select: Option<Vec<Selector>>,
    ignore: Vec<Selector>,
}

impl Selection {
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

    /// Whether nothing was selected or ignored.
    pub fn is_default(&self) -> bool {
        self.select.is_none() && self.ignore.is_empty()
    }

    /// Whether the selection keeps a rule that the configuration enables.
    pub fn keeps(&self, id: &str) -> bool {
        let best = |sels: &[Selector]| sels.iter().filter_map(|s| s.matches(id)).max();
        let ignored = best(&self.ignore);
        match &self.select {
            None => ignored.is_none(),
            Some(select) => match (best(select), ignored) {
                (None, _) => false,
                (Some(_), None) => true,
                (Some(s), Some(i)) => s > i,
            },
        }
    }

    /// Whether `--select` names this rule by its full ID (which turns on a rule
    /// that is off by default or off in the configuration), and `--ignore` does
    /// not name it too.
    pub fn names(&self, id: &str) -> bool {
        let named = |sels: &[Selector]| sels.iter().any(|s| s.matches(id) == Some(Specificity::Id));
        self.select.as_deref().is_some_and(named) && !named(&self.ignore)
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
    let hint = match super::references::closest(text, candidates) {
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
        Selection::parse(&v(select), &v(ignore)).unwrap()
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
        let e = Selection::parse(&["citaton/stale".into()], &[]).unwrap_err();
        assert!(e.starts_with("unknown rule selector `citaton/stale` in --select\n  help: did you mean `citation/stale`? "), "{e}");
        // A category is not a prefix of another category's name.
        assert!(Selection::parse(&["cit".into()], &[]).is_err());
        assert!(Selection::parse(&["a,,b".into()], &[]).is_err());
    }
}
