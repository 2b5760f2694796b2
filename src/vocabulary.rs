//! The status vocabulary: every value belongs to a class (done, in progress,
//! at risk, blocked, not started, not applicable). A cell's class comes from its
//! leading emoji when it has one (the rest is commentary), otherwise from its
//! words. Matching is case-, space-, `_`/`-`-insensitive.

use crate::config::Config;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    Done,
    InProgress,
    AtRisk,
    Blocked,
    NotStarted,
    NotApplicable,
}

impl Class {
    pub fn name(self) -> &'static str {
        match self {
            Class::Done => "done",
            Class::InProgress => "in progress",
            Class::AtRisk => "at risk",
            Class::Blocked => "blocked",
            Class::NotStarted => "not started",
            Class::NotApplicable => "not applicable",
        }
    }

    pub fn from_config_key(k: &str) -> Option<Class> {
        Some(match normalize(k).as_str() {
            "done" => Class::Done,
            "inprogress" => Class::InProgress,
            "atrisk" => Class::AtRisk,
            "blocked" => Class::Blocked,
            "notstarted" => Class::NotStarted,
            "notapplicable" | "na" => Class::NotApplicable,
            _ => return None,
        })
    }
}

const EMOJI: &[(&str, Class)] = &[
    ("✅", Class::Done),
    ("✔", Class::Done),
    ("☑", Class::Done),
    ("🟢", Class::Done),
    ("🎉", Class::Done),
    ("🔄", Class::InProgress),
    ("🟡", Class::InProgress),
    ("⏳", Class::InProgress),
    ("🚧", Class::InProgress),
    ("🔁", Class::InProgress),
    ("🛠", Class::InProgress),
    ("⚠", Class::AtRisk),
    ("🟠", Class::AtRisk),
    ("❌", Class::Blocked),
    ("🔴", Class::Blocked),
    ("⛔", Class::Blocked),
    ("🛑", Class::Blocked),
    ("✖", Class::Blocked),
    ("🚫", Class::Blocked),
    ("⬜", Class::NotStarted),
    ("⚪", Class::NotStarted),
    ("☐", Class::NotStarted),
    ("🔲", Class::NotStarted),
    ("➖", Class::NotApplicable),
];

const WORDS: &[(&str, Class)] = &[
    ("Done", Class::Done),
    ("Complete", Class::Done),
    ("Completed", Class::Done),
    ("Ready", Class::Done),
    ("OK", Class::Done),
    ("Shipped", Class::Done),
    ("Passed", Class::Done),
    ("Pass", Class::Done),
    ("Passing", Class::Done),
    ("Verified", Class::Done),
    ("Closed", Class::Done),
    ("Resolved", Class::Done),
    ("Approved", Class::Done),
    ("Live", Class::Done),
    ("DONE", Class::Done),
    ("READY_FOR_GO_LIVE", Class::Done),
    ("GREEN", Class::Done),
    ("In progress", Class::InProgress),
    ("Ongoing", Class::InProgress),
    ("Pending", Class::InProgress),
    ("In review", Class::InProgress),
    ("WIP", Class::InProgress),
    ("Partial", Class::InProgress),
    ("Started", Class::InProgress),
    ("Draft", Class::InProgress),
    ("IN_PROGRESS", Class::InProgress),
    ("AMBER", Class::InProgress),
    ("YELLOW", Class::InProgress),
    ("At risk", Class::AtRisk),
    ("Environment-limited", Class::AtRisk),
    ("Warning", Class::AtRisk),
    ("Degraded", Class::AtRisk),
    ("Blocked", Class::Blocked),
    ("Failed", Class::Blocked),
    ("Failing", Class::Blocked),
    ("Fail", Class::Blocked),
    ("BLOCKED", Class::Blocked),
    ("RED", Class::Blocked),
    ("Not started", Class::NotStarted),
    ("Todo", Class::NotStarted),
    ("To do", Class::NotStarted),
    ("Planned", Class::NotStarted),
    ("Open", Class::NotStarted),
    ("Backlog", Class::NotStarted),
    ("NOT_STARTED", Class::NotStarted),
    ("N/A", Class::NotApplicable),
    ("Not applicable", Class::NotApplicable),
    ("Skipped", Class::NotApplicable),
    ("Deferred", Class::NotApplicable),
    ("Won't do", Class::NotApplicable),
];

/// The built-in emoji and words of a class, in the order they are matched
/// (`checkmark init` lists them).
pub fn builtin(class: Class) -> (Vec<&'static str>, Vec<&'static str>) {
    let pick = |list: &[(&'static str, Class)]| {
        list.iter()
            .filter(|(_, c)| *c == class)
            .map(|(w, _)| *w)
            .collect()
    };
    (pick(EMOJI), pick(WORDS))
}

/// Case-, space-, `_`/`-`-insensitive key.
pub fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '-' && *c != '\u{fe0f}')
        .flat_map(char::to_lowercase)
        .collect()
}

/// A classified status cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Classified {
    pub class: Class,
    /// When the cell is a known value written in another spelling (case,
    /// spaces, `_`/`-`, or a configured alias): the canonical spelling, and the
    /// byte range (in the cleaned cell) that it replaces.
    pub rewrite: Option<(std::ops::Range<usize>, String)>,
}

#[derive(Debug, Clone)]
pub struct Vocabulary {
    /// (normalized key, canonical spelling, class), longest keys first.
    words: Vec<(String, String, Class)>,
    /// (normalized alias, canonical spelling).
    aliases: Vec<(String, String)>,
    /// Normalized key → index of its canonical entry in `words`.
    index: std::collections::HashMap<String, usize>,
}

impl Vocabulary {
    /// The configured vocabulary plus the values of a document's Status Legend.
    pub fn new(config: &Config, legend: &[String]) -> Vocabulary {
        let mut words: Vec<(String, String, Class)> = WORDS
            .iter()
            .map(|(w, c)| (normalize(w), (*w).to_string(), *c))
            .collect();
        for (k, vals) in &config.file.status.values {
            if let Some(class) = Class::from_config_key(k) {
                for v in vals {
                    words.insert(0, (normalize(v), v.clone(), class));
                }
            }
        }
        for v in legend {
            if let Some(class) = class_from_words(v) {
                words.insert(0, (normalize(v), v.clone(), class));
            }
        }
        // Every spelling stays accepted; among equal keys the first is canonical
        // (configured and legend ones first; the sort below is stable).
        words.retain(|(k, _, _)| !k.is_empty());
        words.sort_by_key(|(k, _, _)| std::cmp::Reverse(k.chars().count()));
        let aliases = config
            .file
            .status
            .aliases
            .iter()
            .map(|(a, c)| (normalize(a), c.clone()))
            .collect();
        let mut index = std::collections::HashMap::new();
        for (i, (k, _, _)) in words.iter().enumerate() {
            index.entry(k.clone()).or_insert(i);
        }
        Vocabulary {
            words,
            aliases,
            index,
        }
    }

    /// Whether `value` is a configured alias (not a spelling of a known value).
    pub fn is_alias(&self, value: &str) -> bool {
        let key = normalize(value);
        self.aliases.iter().any(|(a, _)| *a == key)
    }

    /// The class of `value` when it is exactly a value of the vocabulary or a
    /// configured alias (in any spelling), not a value followed by commentary.
    pub fn exact(&self, value: &str) -> Option<Class> {
        let key = normalize(value.trim());
        if key.is_empty() {
            return None;
        }
        if let Some((_, canonical)) = self.aliases.iter().find(|(a, _)| *a == key) {
            return self
                .index
                .get(&normalize(canonical))
                .map(|&i| self.words[i].2)
                .or_else(|| class_from_words(canonical));
        }
        self.index.get(&key).map(|&i| self.words[i].2)
    }

    /// The class of a status cell (markup such as backticks and `**` removed
    /// by the caller), or None when it is outside the vocabulary.
    pub fn classify(&self, cell: &str) -> Option<Classified> {
        let t = cell.trim();
        if t.is_empty() {
            return None;
        }
        if let Some(class) = leading_emoji(t) {
            return Some(Classified {
                class,
                rewrite: None,
            });
        }
        let key = normalize(t);
        for (alias, canonical) in &self.aliases {
            if *alias == key {
                // The canonical value's own class, looked up without aliases: an
                // alias spelled like its value (`PASSED` = `Passed`) must not recurse.
                let class = leading_emoji(canonical)
                    .or_else(|| {
                        self.index
                            .get(&normalize(canonical))
                            .map(|&i| self.words[i].2)
                    })
                    .or_else(|| class_from_words(canonical))?;
                return Some(Classified {
                    class,
                    rewrite: Some((0..t.len(), canonical.clone())),
                });
            }
        }
        // The whole cell, or its leading words followed by commentary.
        if let Some((_, canonical, class)) = self.index.get(&key).map(|&i| &self.words[i]) {
            let exact = self.words.iter().any(|(k, w, _)| *k == key && w == t);
            let rewrite = (!exact).then(|| (0..t.len(), canonical.clone()));
            return Some(Classified {
                class: *class,
                rewrite,
            });
        }
        for (k, canonical, class) in &self.words {
            if prefix_match(t, k).is_some() {
                // Commentary follows (`Done (see notes)`): accept, leave the spelling alone.
                let _ = canonical;
                return Some(Classified {
                    class: *class,
                    rewrite: None,
                });
            }
        }
        None
    }
}

/// Where the text's leading words spell `key` (normalised), ending at a word
/// boundary followed by commentary (`Done (see notes)`, `Blocked — vendor`).
fn prefix_match(t: &str, key: &str) -> Option<usize> {
    let mut acc = String::new();
    for (i, c) in t.char_indices() {
        if c.is_whitespace() || c == '_' || c == '-' || c == '\u{fe0f}' {
            continue;
        }
        acc.extend(c.to_lowercase());
        if acc.len() > key.len() || !key.starts_with(&acc) {
            return None;
        }
        if acc == key {
            let end = i + c.len_utf8();
            let rest = &t[end..];
            let next = rest.chars().next();
            return match next {
                None => Some(end),
                Some(n) if n.is_alphanumeric() => None,
                Some(_) => Some(end),
            };
        }
    }
    None
}

/// The class of a leading status emoji.
pub fn leading_emoji(t: &str) -> Option<Class> {
    let t = t.trim_start();
    EMOJI
        .iter()
        .find(|(e, _)| t.starts_with(e))
        .map(|(_, c)| *c)
}

/// The class a value's words suggest (for legends: `READY_FOR_GO_LIVE` → done).
pub fn class_from_words(v: &str) -> Option<Class> {
    if let Some(c) = leading_emoji(v) {
        return Some(c);
    }
    let n = v.to_lowercase().replace(['_', '-'], " ");
    let has = |w: &str| {
        n.split(|c: char| !c.is_alphanumeric()).any(|x| x == w) || n.contains(w) && w.contains(' ')
    };
    if has("not started")
        || has("todo")
        || has("planned")
        || has("backlog")
        || (has("not") && has("started"))
    {
        return Some(Class::NotStarted);
    }
    if has("n/a") || has("not applicable") || has("skipped") || has("na") {
        return Some(Class::NotApplicable);
    }
    if has("blocked") || has("failed") || has("fail") || has("red") || has("rejected") {
        return Some(Class::Blocked);
    }
    if has("risk") || has("limited") || has("degraded") || has("warning") {
        return Some(Class::AtRisk);
    }
    if has("progress")
        || has("ongoing")
        || has("pending")
        || has("review")
        || has("wip")
        || has("amber")
        || has("yellow")
        || has("partial")
    {
        return Some(Class::InProgress);
    }
    if has("done")
        || has("complete")
        || has("completed")
        || has("ready")
        || has("shipped")
        || has("passed")
        || has("green")
        || has("live")
        || has("verified")
    {
        return Some(Class::Done);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v() -> Vocabulary {
        Vocabulary::new(
            &Config::default_config(),
            &["READY_FOR_GO_LIVE".into(), "NOT_STARTED".into()],
        )
    }

    #[test]
    fn emoji_lead_wins() {
        assert_eq!(
            v().classify("✅ Initial run captured").map(|c| c.class),
            Some(Class::Done)
        );
        assert_eq!(
            v().classify("⚠️ Environment-limited").map(|c| c.class),
            Some(Class::AtRisk)
        );
        assert_eq!(
            v().classify("🔄 Ongoing").map(|c| c.class),
            Some(Class::InProgress)
        );
    }

    #[test]
    fn words_and_variants() {
        let vo = v();
        assert_eq!(
            vo.classify("Done").unwrap(),
            Classified {
                class: Class::Done,
                rewrite: None
            }
        );
        let c = vo.classify("in-progress").unwrap();
        assert_eq!(c.class, Class::InProgress);
        assert_eq!(c.rewrite, Some((0..11, "In progress".to_string())));
        assert_eq!(
            vo.classify("READY_FOR_GO_LIVE").map(|c| c.class),
            Some(Class::Done)
        );
        assert_eq!(
            vo.classify("NOT_STARTED").map(|c| c.class),
            Some(Class::NotStarted)
        );
        assert_eq!(
            vo.classify("Blocked — vendor").map(|c| c.class),
            Some(Class::Blocked)
        );
        assert_eq!(vo.classify("Doen"), None);
        assert_eq!(vo.classify("Donezo"), None);
        assert_eq!(
            vo.classify("N/A").map(|c| c.class),
            Some(Class::NotApplicable)
        );
    }

    #[test]
    fn legend_words() {
        assert_eq!(class_from_words("READY_FOR_GO_LIVE"), Some(Class::Done));
        assert_eq!(class_from_words("NOT_STARTED"), Some(Class::NotStarted));
        assert_eq!(class_from_words("IN_PROGRESS"), Some(Class::InProgress));
        assert_eq!(class_from_words("BLOCKED"), Some(Class::Blocked));
    }
}
