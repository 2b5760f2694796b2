//! The status vocabulary: every value belongs to a class (done, in progress,
//! at risk, blocked, not started, not applicable). A cell's class comes from its
//! leading emoji when it has one (the rest is commentary), otherwise from its
//! words. Matching is case-, space-, `_`/`-`-insensitive.
//!
//! The default vocabulary ([`EMOJI`], [`WORDS`]) is what `checkmark rules
//! status/unknown-value` and `docs/status-vocabulary.md` list. A document's
//! own legend (see `rules::facts`) and the `[status]` table of `checkmark.toml`
//! extend it. A legend value whose words name no class (`AWAITING_SIGNOFF`) is
//! known but [`Class::Unclassified`]: never counted as done.

use crate::config::Config;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    Done,
    InProgress,
    AtRisk,
    Blocked,
    NotStarted,
    NotApplicable,
    /// A value the document's own legend defines, whose words name no class
    /// (`AWAITING_SIGNOFF`): known, and not done.
    Unclassified,
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
            Class::Unclassified => "unclassified (a legend value)",
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

/// Status emoji and symbols, by class. A cell that starts with one of them
/// takes its class; the rest of the cell is commentary.
pub const EMOJI: &[(&str, Class)] = &[
    ("✅", Class::Done),
    ("✔", Class::Done),
    ("✓", Class::Done),
    ("☑", Class::Done),
    ("🟢", Class::Done),
    ("🟩", Class::Done),
    ("💚", Class::Done),
    ("🎉", Class::Done),
    ("🏁", Class::Done),
    ("🆗", Class::Done),
    ("🔄", Class::InProgress),
    ("🟡", Class::InProgress),
    ("🟨", Class::InProgress),
    ("🔵", Class::InProgress),
    ("⏳", Class::InProgress),
    ("⌛", Class::InProgress),
    ("🚧", Class::InProgress),
    ("🔁", Class::InProgress),
    ("🛠", Class::InProgress),
    ("◐", Class::InProgress),
    ("⚠", Class::AtRisk),
    ("🟠", Class::AtRisk),
    ("🟧", Class::AtRisk),
    ("❌", Class::Blocked),
    ("❎", Class::Blocked),
    ("🔴", Class::Blocked),
    ("🟥", Class::Blocked),
    ("⛔", Class::Blocked),
    ("🛑", Class::Blocked),
    ("✖", Class::Blocked),
    ("✗", Class::Blocked),
    ("✘", Class::Blocked),
    ("🚫", Class::Blocked),
    ("🔒", Class::Blocked),
    ("⏸", Class::Blocked),
    ("⬜", Class::NotStarted),
    ("⬛", Class::NotStarted),
    ("⚪", Class::NotStarted),
    ("⚫", Class::NotStarted),
    ("☐", Class::NotStarted),
    ("🔲", Class::NotStarted),
    ("🔳", Class::NotStarted),
    ("○", Class::NotStarted),
    ("🔜", Class::NotStarted),
    ("➖", Class::NotApplicable),
    ("⏭", Class::NotApplicable),
    ("🗄", Class::NotApplicable),
];

/// Status words, by class: the canonical spelling of each. Variants that differ
/// only in case, spaces, `_` or `-` are the same value.
pub const WORDS: &[(&str, Class)] = &[
    ("Done", Class::Done),
    ("Complete", Class::Done),
    ("Completed", Class::Done),
    ("Ready", Class::Done),
    ("OK", Class::Done),
    ("Shipped", Class::Done),
    ("Passed", Class::Done),
    ("Pass", Class::Done),
    ("Passing", Class::Done),
    ("Success", Class::Done),
    ("Succeeded", Class::Done),
    ("Verified", Class::Done),
    ("Validated", Class::Done),
    ("Tested", Class::Done),
    ("Covered", Class::Done),
    ("Implemented", Class::Done),
    ("Integrated", Class::Done),
    ("Delivered", Class::Done),
    ("Deployed", Class::Done),
    ("Released", Class::Done),
    ("Merged", Class::Done),
    ("Landed", Class::Done),
    ("Fixed", Class::Done),
    ("Finished", Class::Done),
    ("Closed", Class::Done),
    ("Resolved", Class::Done),
    ("Approved", Class::Done),
    ("Accepted", Class::Done),
    ("Signed off", Class::Done),
    ("Met", Class::Done),
    ("Achieved", Class::Done),
    ("Live", Class::Done),
    ("Go", Class::Done),
    ("DONE", Class::Done),
    ("READY_FOR_GO_LIVE", Class::Done),
    ("GREEN", Class::Done),
    ("In progress", Class::InProgress),
    ("Ongoing", Class::InProgress),
    ("Pending", Class::InProgress),
    ("In review", Class::InProgress),
    ("Under review", Class::InProgress),
    ("Review", Class::InProgress),
    ("In testing", Class::InProgress),
    ("Testing", Class::InProgress),
    ("In development", Class::InProgress),
    ("In dev", Class::InProgress),
    ("Implementing", Class::InProgress),
    ("Doing", Class::InProgress),
    ("Investigating", Class::InProgress),
    ("Awaiting", Class::InProgress),
    ("Waiting", Class::InProgress),
    ("On track", Class::InProgress),
    ("WIP", Class::InProgress),
    ("Partial", Class::InProgress),
    ("Partially", Class::InProgress),
    ("Incomplete", Class::InProgress),
    ("Started", Class::InProgress),
    ("Draft", Class::InProgress),
    ("Rework", Class::InProgress),
    ("Needs work", Class::InProgress),
    ("IN_PROGRESS", Class::InProgress),
    ("AMBER", Class::InProgress),
    ("YELLOW", Class::InProgress),
    ("At risk", Class::AtRisk),
    ("Environment-limited", Class::AtRisk),
    ("Warning", Class::AtRisk),
    ("Warn", Class::AtRisk),
    ("Degraded", Class::AtRisk),
    ("Delayed", Class::AtRisk),
    ("Behind", Class::AtRisk),
    ("Off track", Class::AtRisk),
    ("Flaky", Class::AtRisk),
    ("Needs attention", Class::AtRisk),
    // What a configuration or infrastructure review finds when the live
    // system no longer matches its source (`| Documentation accuracy |
    // `DRIFT` |` beside `PASS`, `FAIL`, `FIXED`): a status of its own, not a
    // slip for `Draft` (surveys s124 and s125h, two repositories).
    ("Drift", Class::AtRisk),
    ("Drifted", Class::AtRisk),
    ("Blocked", Class::Blocked),
    ("Failed", Class::Blocked),
    ("Failing", Class::Blocked),
    ("Fail", Class::Blocked),
    ("Broken", Class::Blocked),
    ("Error", Class::Blocked),
    ("On hold", Class::Blocked),
    ("Paused", Class::Blocked),
    ("Stalled", Class::Blocked),
    ("Stuck", Class::Blocked),
    ("No-Go", Class::Blocked),
    ("Not met", Class::Blocked),
    ("BLOCKED", Class::Blocked),
    ("RED", Class::Blocked),
    ("Not started", Class::NotStarted),
    ("Not done", Class::NotStarted),
    ("Not implemented", Class::NotStarted),
    ("Not built", Class::NotStarted),
    ("Not yet built", Class::NotStarted),
    ("Todo", Class::NotStarted),
    ("To do", Class::NotStarted),
    ("Planned", Class::NotStarted),
    ("Scheduled", Class::NotStarted),
    ("Proposed", Class::NotStarted),
    ("Queued", Class::NotStarted),
    ("Upcoming", Class::NotStarted),
    ("Next", Class::NotStarted),
    ("New", Class::NotStarted),
    ("Open", Class::NotStarted),
    ("Backlog", Class::NotStarted),
    ("Missing", Class::NotStarted),
    ("TBD", Class::NotStarted),
    ("NOT_STARTED", Class::NotStarted),
    ("N/A", Class::NotApplicable),
    ("NA", Class::NotApplicable),
    ("Not applicable", Class::NotApplicable),
    ("Not needed", Class::NotApplicable),
    ("Optional", Class::NotApplicable),
    ("Skipped", Class::NotApplicable),
    ("Skip", Class::NotApplicable),
    ("Deferred", Class::NotApplicable),
    ("Won't do", Class::NotApplicable),
    ("Won't fix", Class::NotApplicable),
    ("Out of scope", Class::NotApplicable),
    ("Cancelled", Class::NotApplicable),
    ("Canceled", Class::NotApplicable),
    ("Archived", Class::NotApplicable),
    ("Deprecated", Class::NotApplicable),
    ("Superseded", Class::NotApplicable),
    ("Obsolete", Class::NotApplicable),
    ("Dropped", Class::NotApplicable),
    ("Rejected", Class::NotApplicable),
    ("Removed", Class::NotApplicable),
    ("Retired", Class::NotApplicable),
    ("Duplicate", Class::NotApplicable),
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

/// A value a document's legend defines: its spelling, and its class when the
/// legend gives one (an emoji beside it, `✅ Verified`) — otherwise the class
/// comes from its words, or it is [`Class::Unclassified`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LegendValue {
    pub value: String,
    pub class: Option<Class>,
}

impl LegendValue {
    pub fn new(value: impl Into<String>, class: Option<Class>) -> LegendValue {
        LegendValue {
            value: value.into(),
            class,
        }
    }
}

/// The words a document's legend adds to the vocabulary, sorted longest
/// key first; among equal lengths the legend's last entry first (each entry
/// goes in front of those before it).
fn legend_words(legend: &[LegendValue]) -> Vec<(String, String, Class)> {
    let mut words: Vec<(String, String, Class)> = legend
        .iter()
        .rev()
        .filter_map(|l| {
            // A legend entry that is only an emoji (`✅`) adds nothing: emoji
            // are classified by [`EMOJI`].
            if leading_emoji(&l.value).is_some() && strip_symbols(&l.value).is_empty() {
                return None;
            }
            let class = l
                .class
                .or_else(|| class_from_words(&l.value))
                .unwrap_or(Class::Unclassified);
            let key = normalize(&l.value);
            (!key.is_empty()).then(|| (key, l.value.clone(), class))
        })
        .collect();
    words.sort_by_cached_key(|(k, _, _)| std::cmp::Reverse(k.chars().count()));
    words
}

/// The vocabularies made for documents' legends, by legend: the documents
/// of one template share their legend, and merging it into the configured
/// words (normalizing, classifying and sorting its values) is done once per
/// distinct legend, not once per document (issue 12). Kept beside the
/// configuration they extend, for one run; a run holds few distinct legends,
/// and a legend past [`LegendVocabularies::MAX`] is merged each time.
#[derive(Debug, Default)]
pub struct LegendVocabularies {
    map: std::sync::Mutex<std::collections::HashMap<Vec<LegendValue>, std::sync::Arc<Vocabulary>>>,
}

impl LegendVocabularies {
    const MAX: usize = 256;

    fn get(&self, legend: &[LegendValue]) -> Option<std::sync::Arc<Vocabulary>> {
        self.map.lock().ok()?.get(legend).cloned()
    }

    fn insert(&self, legend: &[LegendValue], vocabulary: &std::sync::Arc<Vocabulary>) {
        if let Ok(mut map) = self.map.lock()
            && map.len() < Self::MAX
        {
            map.insert(legend.to_vec(), vocabulary.clone());
        }
    }
}

impl Vocabulary {
    /// A document's vocabulary: the configured one, shared by every document
    /// of the run, when the document's legend adds nothing; else the
    /// configured one with the legend's values merged in (the configured
    /// words are normalized and sorted once per run, not once per document).
    pub fn for_document(config: &Config, legend: &[LegendValue]) -> std::sync::Arc<Vocabulary> {
        if legend.is_empty() {
            return config.vocabulary();
        }
        let cache = config.legend_vocabularies();
        if let Some(v) = cache.get(legend) {
            return v;
        }
        let base = config.vocabulary();
        let added = legend_words(legend);
        let vocabulary = if added.is_empty() {
            base
        } else {
            std::sync::Arc::new(base.with_words(added))
        };
        cache.insert(legend, &vocabulary);
        vocabulary
    }

    /// The configured vocabulary plus the values of a document's own legend.
    pub fn new(config: &Config, legend: &[LegendValue]) -> Vocabulary {
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
        // Every spelling stays accepted; among equal keys the first is canonical
        // (configured and legend ones first; the sort below is stable).
        words.retain(|(k, _, _)| !k.is_empty());
        words.sort_by_cached_key(|(k, _, _)| std::cmp::Reverse(k.chars().count()));
        let aliases = config
            .file
            .status
            .aliases
            .iter()
            .map(|(a, c)| (normalize(a), c.clone()))
            .collect();
        let base = Vocabulary::indexed(words, aliases);
        let added = legend_words(legend);
        if added.is_empty() {
            base
        } else {
            base.with_words(added)
        }
    }

    /// This vocabulary with `added` (sorted longest key first, stable) in
    /// front of its own words of the same length: what sorting them all
    /// together, `added` first, gives.
    fn with_words(&self, added: Vec<(String, String, Class)>) -> Vocabulary {
        let len = |w: &(String, String, Class)| w.0.chars().count();
        let mut words = Vec::with_capacity(self.words.len() + added.len());
        let mut own = self.words.iter().peekable();
        for a in added {
            let n = len(&a);
            while let Some(w) = own.next_if(|w| len(w) > n) {
                words.push(w.clone());
            }
            words.push(a);
        }
        words.extend(own.cloned());
        Vocabulary::indexed(words, self.aliases.clone())
    }

    /// A vocabulary of `words` (sorted longest key first) and its index.
    fn indexed(words: Vec<(String, String, Class)>, aliases: Vec<(String, String)>) -> Vocabulary {
        let mut index = std::collections::HashMap::with_capacity(words.len());
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
    ///
    /// A leading status emoji decides (`✅ Initial run captured`). A leading
    /// symbol that is not a status emoji (`🔜 Pending`, `**`) is skipped and
    /// the words after it decide.
    pub fn classify(&self, cell: &str) -> Option<Classified> {
        let t = cell.trim();
        if t.is_empty() {
            return None;
        }
        if let Some(class) = leading_emoji(t) {
            // `✅ N/A`: the words say the row does not apply, whatever the emoji.
            let class = if not_applicable_words(strip_symbols(t)) {
                Class::NotApplicable
            } else {
                class
            };
            return Some(Classified {
                class,
                rewrite: None,
            });
        }
        let words = strip_symbols(t);
        if words.len() != t.len() {
            if words.is_empty() {
                return None;
            }
            return self.classify(words).map(|c| Classified {
                class: c.class,
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
        if let Some(class) = ready_for_next_step(t) {
            return Some(Classified {
                class,
                rewrite: None,
            });
        }
        for (k, _, class) in &self.words {
            if prefix_match(t, k).is_some() {
                // Commentary follows (`Done (see notes)`): accept, leave the spelling alone.
                return Some(Classified {
                    class: *class,
                    rewrite: None,
                });
            }
        }
        None
    }

    /// The known value an unknown one is a typo of (`Doen` → `Done`,
    /// `Bloked` → `Blocked`), or None when there is no single close value.
    ///
    /// Close means one slip of the fingers away, with the same first letter: a
    /// letter added or dropped, two neighbours swapped (`Compelte`), or a
    /// letter replaced by a neighbouring key or by another vowel (`Complate`).
    /// Anything farther is another word, not a typo: `None` is not `Done`,
    /// `Required` is not `Retired` (two edits), `Parsed` is not `Passed` (`r`
    /// and `s` are not neighbours). Values shorter than four letters are never
    /// guessed at, and neither are values that are not words (numbers,
    /// percentages, non-Latin scripts are not close to any English word by
    /// construction). Only the cell's leading words are compared when
    /// commentary follows (`Doen (see notes)`).
    pub fn suggest(&self, value: &str) -> Option<String> {
        let t = strip_symbols(value.trim());
        let head = t
            .split(['(', '—', '–', ':', ',', ';', '['])
            .next()
            .unwrap_or("")
            .trim();
        for candidate in [t, head] {
            let key = normalize(candidate);
            let n = key.chars().count();
            if n < 4
                || !key
                    .chars()
                    .all(|c| c.is_ascii_alphabetic() || c == '/' || c == '\'')
            {
                continue;
            }
            // The known values this one is a slip of, by canonical key.
            let mut found: Option<&str> = None;
            for (k, canonical, _) in &self.words {
                let m = k.chars().count();
                if m < 4 || m.abs_diff(n) > 1 || k.chars().next() != key.chars().next() {
                    continue;
                }
                let one_word = !canonical.contains([' ', '_', '-']);
                if !typo_of(&key, k) || (one_word && other_form(&key, k)) {
                    continue;
                }
                match found {
                    // Two values it could be a slip of: not guessed at.
                    Some(f) if normalize(f) != *k => return None,
                    Some(_) => {}
                    None => found = Some(canonical.as_str()),
                }
            }
            if let Some(f) = found {
                return Some(f.to_string());
            }
        }
        None
    }
}

/// Whether two words are forms of one word: one is the other with an ending
/// added (`archive` / `archived`, `deploy` / `deploying`), or both are one
/// stem with endings of different kinds (`blocker` / `blocked`, `closer` /
/// `closed`, `passes` / `passed`). Another word, with another meaning (to
/// archive is planned, archived is done; a blocker is what blocks), not a
/// typo. Two spellings of one ending (`faild` / `failed`, `verifieed` /
/// `verified`) are still a typo. A word the other adds a `-y` to is another
/// word too (`read` / `ready`, `flak` / `flaky`): an `Artifacts Read` table's
/// `Read` is what was read, not a slip for `Ready` (survey 55a, sonash-v0's
/// research notes, 6 findings judged false).
fn other_form(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long
        .strip_prefix(short)
        .is_some_and(|rest| ["d", "ed", "e", "ing", "r", "er", "y"].contains(&rest))
    {
        return true;
    }
    // The kind of an ending: bare, past (`-ed`), agent (`-er`), plural or
    // third person (`-s`), present participle (`-ing`).
    let kind = |end: &str| match end {
        "" | "e" => Some(0),
        "d" | "ed" => Some(1),
        "r" | "er" => Some(2),
        "s" | "es" => Some(3),
        "ing" => Some(4),
        _ => None,
    };
    // Normalised keys are ASCII letters (see `suggest`), so bytes are chars.
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let head = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    // The stem may end one or two letters before the first difference
    // (`block|er` / `block|ed` differ first at `r` / `d`).
    (head.saturating_sub(2)..=head)
        .filter(|&k| k >= 4)
        .any(|k| {
            let (ea, eb) = (
                std::str::from_utf8(&a[k..]).unwrap_or("?"),
                std::str::from_utf8(&b[k..]).unwrap_or("?"),
            );
            matches!((kind(ea), kind(eb)), (Some(x), Some(y)) if x != y)
        })
}

/// Whether the words of a status cell say it does not apply (`N/A`, `NA`,
/// `Not applicable`, `Not needed`), with a status emoji after them or none
/// (`N/A ✅`): a not-applicable row owes no evidence, whatever emoji marks it.
pub fn not_applicable_words(t: &str) -> bool {
    let words = t
        .trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '/' || c == '.'))
        .trim()
        .trim_end_matches('.')
        .to_lowercase();
    matches!(
        words.as_str(),
        "n/a" | "na" | "n.a" | "not applicable" | "not needed"
    )
}

/// The text after any leading symbols (emoji, arrows, `*`, `#`) and spaces.
pub fn strip_symbols(t: &str) -> &str {
    t.trim_start_matches(|c: char| {
        !(c.is_alphanumeric() || c == '\'' || c == '/' || c == '(' || c == '[')
    })
}

/// Whether `value` is one slip of the fingers from `known` (both normalised,
/// different): a letter added or dropped, two neighbours swapped, or a letter
/// replaced by a neighbouring key ([`keys_touch`]) or another vowel.
fn typo_of(value: &str, known: &str) -> bool {
    let a: Vec<char> = value.chars().collect();
    let b: Vec<char> = known.chars().collect();
    let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    // The rest after the first difference, read from the end.
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ra, rb) = (&a[head..a.len() - tail], &b[head..b.len() - tail]);
    match (ra, rb) {
        // A letter added or dropped.
        ([_], []) | ([], [_]) => true,
        // A letter replaced.
        ([x], [y]) => keys_touch(*x, *y) || (is_vowel(*x) && is_vowel(*y)),
        // Two neighbours swapped.
        ([x1, x2], [y1, y2]) => x1 == y2 && x2 == y1,
        _ => false,
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Whether two letters are neighbouring keys on a QWERTY keyboard (same row,
/// side by side, or diagonally touching on the rows above and below).
fn keys_touch(x: char, y: char) -> bool {
    const ROWS: [&str; 3] = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
    let at = |c: char| {
        ROWS.iter()
            .enumerate()
            .find_map(|(r, row)| row.find(c).map(|i| (r as i32, i as i32)))
    };
    let (Some((r1, c1)), Some((r2, c2))) = (at(x), at(y)) else {
        return false;
    };
    match r1 - r2 {
        0 => (c1 - c2).abs() == 1,
        // The row below is shifted right by half a key: `a` touches `q` and `w`.
        1 => c1 == c2 || c1 + 1 == c2,
        -1 => c2 == c1 || c2 + 1 == c1,
        _ => false,
    }
}

/// `Ready for <a next step>` in a status cell: ready to start that step, not
/// done (`Ready for Review`, `Ready for QA` are under way; `Ready for
/// implementation` has not started). `Ready for` a launch (`Ready for Beta`)
/// is left to the done words, as [`claims_done`] reads it. Survey 85a: a PR
/// tracker's `Ready for Review` rows were counted as done.
fn ready_for_next_step(t: &str) -> Option<Class> {
    // Cheap test first: classify runs for every status cell.
    let head = t.trim_start_matches(|c: char| !c.is_alphanumeric());
    if !head
        .get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case("ready"))
    {
        return None;
    }
    let lower = t.to_lowercase().replace(['-', '_'], " ");
    let tokens: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if tokens.len() < 3 || tokens[0] != "ready" || tokens[1] != "for" || claims_done_plain(t) {
        return None;
    }
    let under_way = [
        "review", "qa", "uat", "test", "testing", "merge", "approval", "signoff", "sign",
    ];
    Some(if under_way.contains(&tokens[2]) {
        Class::InProgress
    } else {
        Class::NotStarted
    })
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
            let mut chars = rest.chars();
            let next = chars.next();
            return match next {
                None => Some(end),
                Some(n) if n.is_alphanumeric() => None,
                // `READY_FOR_GO_LIVE`, `awaiting-signoff`: one value whose words
                // are joined, not a value followed by commentary.
                Some('_') => None,
                Some('-') if chars.next().is_some_and(char::is_alphanumeric) => None,
                Some(_) => Some(end),
            };
        }
    }
    None
}

/// The class of a leading status emoji.
pub fn leading_emoji(t: &str) -> Option<Class> {
    let t = t.trim_start();
    // Every emoji starts with a non-ASCII byte (a test holds the table to
    // it): most lines and cells start with a letter, and skip the table.
    if t.as_bytes().first().is_none_or(u8::is_ascii) {
        return None;
    }
    EMOJI
        .iter()
        .find(|(e, _)| t.starts_with(e))
        .map(|(_, c)| *c)
}

/// The class a value's words suggest (for legends: `READY_FOR_GO_LIVE` → done,
/// `AWAITING_SIGNOFF` → none).
pub fn class_from_words(v: &str) -> Option<Class> {
    if let Some(c) = leading_emoji(v) {
        return Some(c);
    }
    let key = normalize(v);
    if let Some((_, c)) = WORDS.iter().find(|(w, _)| normalize(w) == key) {
        return Some(*c);
    }
    let n = v.to_lowercase().replace(['_', '-'], " ");
    let has = |w: &str| {
        n.split(|c: char| !c.is_alphanumeric()).any(|x| x == w) || n.contains(w) && w.contains(' ')
    };
    let any = |ws: &[&str]| ws.iter().any(|w| has(w));
    if any(&[
        "not started",
        "todo",
        "planned",
        "backlog",
        "scheduled",
        "proposed",
        "queued",
    ]) || (has("not") && has("started"))
    {
        return Some(Class::NotStarted);
    }
    if any(&[
        "n/a",
        "not applicable",
        "skipped",
        "na",
        "cancelled",
        "canceled",
        "archived",
        "deprecated",
        "superseded",
        "obsolete",
        "rejected",
        "deferred",
        "wontfix",
    ]) {
        return Some(Class::NotApplicable);
    }
    if any(&["blocked", "failed", "fail", "red", "hold", "broken"]) {
        return Some(Class::Blocked);
    }
    if any(&["risk", "limited", "degraded", "warning", "warn", "delayed"]) {
        return Some(Class::AtRisk);
    }
    if any(&[
        "progress", "ongoing", "pending", "review", "wip", "amber", "yellow", "partial", "draft",
        "testing",
    ]) {
        return Some(Class::InProgress);
    }
    if any(&[
        "done",
        "complete",
        "completed",
        "ready",
        "shipped",
        "passed",
        "green",
        "live",
        "verified",
        "implemented",
        "released",
        "deployed",
        "merged",
        "approved",
        "closed",
        "resolved",
    ]) {
        return Some(Class::Done);
    }
    None
}

/// Launch targets: `Ready for <one of these>` claims the work is done.
const LAUNCH: &[&str] = &[
    "launch",
    "production",
    "prod",
    "release",
    "deploy",
    "deployment",
    "go live",
    "golive",
    "go-live",
    "ga",
    "general availability",
    "beta",
    "alpha",
    "rollout",
    "ship",
    "shipping",
    "cutover",
    "public",
];

/// Words that say done when they lead a claim (English, and the common German,
/// French, Spanish, Portuguese, Chinese, Japanese and Korean ones).
const DONE: &[&str] = &[
    "done",
    "complete",
    "completed",
    "shipped",
    "closed",
    "finished",
    "delivered",
    "deployed",
    "released",
    "implemented",
    "verified",
    "resolved",
    "fixed",
    "merged",
    "live",
    "passed",
    "mitigated",
    "addressed",
    "green",
    "abgeschlossen",
    "erledigt",
    "fertig",
    "fertiggestellt",
    "umgesetzt",
    "terminé",
    "termine",
    "completado",
    "terminado",
    "concluído",
    "concluido",
    "完成",
    "已完成",
    "完了",
    "완료",
];

/// Whether a document-level or section status value unambiguously says done.
///
/// Done: a done word leading the value (`Done`, `✅ COMPLETED & DEPLOYED`,
/// `🟢 PASSED - Production Ready`, `✅ ABGESCHLOSSEN`), alone or followed by
/// commentary set off by punctuation; `Ready` alone; `Ready for` or `Approved
/// for` a launch (`Ready for Beta`, `✅ Approved for Production`); a bare ✅
/// or 🟢. (`Production ready` describes the product, and documents that say
/// it usually carry reusable checklists: not a claim about their items.)
/// Not done: `Ready` for anything else (`Ready for review`, `Ready to start`,
/// `Ready for implementation`), `Approved`, anything with ⚠️ or a percentage,
/// a done word that does not lead (`✅ Cluster A complete`), a done word
/// qualified (`Complete with open items`), or one that starts a sentence
/// (`Complete file attachment system for tickets`). After a ✅, a part set
/// off by a dash that says `Ready for` a launch is a claim
/// (`✅ CODE COMPLETE - Ready for Testing & Deployment`). A value led by 📋 (a
/// plan) claims nothing.
pub fn claims_done(value: &str) -> bool {
    let v = value.trim();
    if v.is_empty() || v.contains('⚠') || v.contains('%') {
        return false;
    }
    let emoji = leading_emoji(v);
    // A clipboard marks a plan: `📋 READY` is "Planned — ready to start".
    if matches!(emoji, Some(c) if c != Class::Done) || v.starts_with('📋') {
        return false;
    }
    if emoji == Some(Class::Done)
        && v.split([' ', '*', '_'])
            .any(|w| ["-", "–", "—"].contains(&w))
        && v.split([' ', '*', '_'])
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .split(|w| ["-", "–", "—"].contains(w))
            .skip(1)
            .any(|part| {
                let part = part.join(" ");
                part.to_lowercase().starts_with("ready ") && claims_done_plain(&part)
            })
    {
        return true;
    }
    claims_done_plain(v)
}

/// [`claims_done`] for the value as a whole.
fn claims_done_plain(v: &str) -> bool {
    let emoji = leading_emoji(v);
    let words = strip_symbols(v).replace(['*', '_', '`'], "");
    let lower = words.to_lowercase().replace('-', " ");
    let tokens: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '/')
        .filter(|w| !w.is_empty())
        .collect();
    let Some(first) = tokens.first() else {
        // A bare ✅ / 🟢.
        return emoji == Some(Class::Done);
    };
    // `Ready`, `Ready for Beta`, `Approved for production`.
    if *first == "ready" || (["approved", "cleared"].contains(first) && tokens.len() > 1) {
        let rest = &tokens[1..];
        return match rest.first() {
            None => true,
            Some(&"for") => {
                let target = rest[1..].join(" ");
                LAUNCH.iter().any(|l| {
                    target == *l
                        || target.starts_with(&format!("{l} "))
                        || rest.get(1).is_some_and(|w| w == l)
                        // `Ready for Beta Launch`, `Ready for Testing & Deployment`
                        || rest.get(2).is_some_and(|w| w == l)
                })
            }
            // `Ready to ship`, `Ready to launch` (not `Ready to start`).
            Some(&"to") => rest
                .get(1)
                .is_some_and(|w| LAUNCH.contains(w) || *w == "go"),
            _ => false,
        };
    }
    // CJK done words need no word boundary: `已完成`, `完成しました`.
    let cjk = DONE
        .iter()
        .filter(|d| !d.is_ascii())
        .any(|d| lower.trim_start().starts_with(d));
    if !DONE.contains(first) && !cjk {
        return false;
    }
    // What follows the done word: nothing, commentary set off by punctuation, or
    // at most two more words (`COMPLETED & DEPLOYED`, `Done today`). A
    // qualification (`with`, `except`, `but`) or a sentence is not a claim.
    let raw = words.to_lowercase();
    let lead = raw.trim_start();
    let rest = lead.get(first.len()..).unwrap_or("").trim_start();
    if rest.is_empty()
        || rest.starts_with(['(', '[', '—', '–', '-', ':', ',', ';', '.', '|', '/', '!'])
    {
        return true;
    }
    let qualified = tokens.get(1).is_some_and(|w| {
        [
            "with", "except", "but", "pending", "minus", "apart", "save", "if", "once", "when",
            "after", "for", "to", "in", "on", "of", "by", "file", "the", "a", "an",
        ]
        .contains(w)
    });
    !qualified && tokens.len() <= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`leading_emoji`] skips the table for a text that starts with ASCII.
    #[test]
    fn every_emoji_starts_with_a_non_ascii_byte() {
        for (e, _) in EMOJI {
            assert!(e.as_bytes().first().is_some_and(|b| !b.is_ascii()), "{e:?}");
        }
        assert_eq!(leading_emoji("  ✅ Done"), Some(Class::Done));
        assert_eq!(leading_emoji("Done ✅"), None);
    }

    fn v() -> Vocabulary {
        Vocabulary::new(
            &Config::default_config(),
            &[
                LegendValue::new("READY_FOR_GO_LIVE", None),
                LegendValue::new("NOT_STARTED", None),
                LegendValue::new("AWAITING_SIGNOFF", None),
            ],
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

    #[test]
    fn legend_value_without_a_class_is_known_and_unclassified() {
        assert_eq!(
            v().classify("AWAITING_SIGNOFF").map(|c| c.class),
            Some(Class::Unclassified)
        );
        assert_eq!(
            v().suggest("AWAITING_SIGNOF").as_deref(),
            Some("AWAITING_SIGNOFF")
        );
    }

    #[test]
    fn common_words_squares_and_marks() {
        let vo = v();
        for (value, class) in [
            ("Scheduled", Class::NotStarted),
            ("Implemented", Class::Done),
            ("Covered", Class::Done),
            ("Archived 2025-11-09", Class::NotApplicable),
            ("🟩", Class::Done),
            ("🟧 partial", Class::AtRisk),
            ("✓", Class::Done),
            ("✗ missing", Class::Blocked),
            ("🚀 Live", Class::Done),
            ("📋 Planned", Class::NotStarted),
            ("**Done**", Class::Done),
        ] {
            assert_eq!(vo.classify(value).map(|c| c.class), Some(class), "{value}");
        }
        assert_eq!(vo.classify("❓"), None);
        assert_eq!(vo.classify("完成"), None);
    }

    #[test]
    fn suggestions_are_close_and_unambiguous() {
        let vo = v();
        assert_eq!(vo.suggest("Doen").as_deref(), Some("Done"));
        assert_eq!(vo.suggest("Bloked").as_deref(), Some("Blocked"));
        assert_eq!(vo.suggest("In progres").as_deref(), Some("In progress"));
        assert_eq!(vo.suggest("Doen (see notes)").as_deref(), Some("Done"));
        // Not typos: another first letter, too short, not a word, too far.
        assert_eq!(vo.suggest("None"), None);
        assert_eq!(vo.suggest("Dne"), None);
        assert_eq!(vo.suggest("42/42"), None);
        assert_eq!(vo.suggest("Stable"), None);
        assert_eq!(vo.suggest("Erledigt"), None);
        assert_eq!(vo.suggest("进行中"), None);
        // Another form of a known word is another word: to archive is not archived.
        assert_eq!(vo.suggest("Archive"), None);
        assert_eq!(vo.suggest("Archive (Wave 3)"), None);
        // One stem with another kind of ending is another word too: a blocker
        // is not blocked, a closer not closed.
        for word in [
            "blocker",
            "**Blocker**",
            "Closer",
            "Tester",
            "Passes",
            "Fixes",
        ] {
            assert_eq!(vo.suggest(word), None, "{word}");
        }
        // Two spellings of one ending are a typo still.
        assert_eq!(vo.suggest("Faild").as_deref(), Some("Failed"));
        assert_eq!(vo.suggest("Verifieed").as_deref(), Some("Verified"));
        assert_eq!(vo.suggest("Blokced").as_deref(), Some("Blocked"));
    }

    #[test]
    fn suggestions_are_slips_of_the_fingers_not_other_words() {
        let vo = v();
        for (typo, known) in [
            ("Compelte", "Complete"),
            ("Blokced", "Blocked"),
            ("In Progres", "In progress"),
            ("Implemnted", "Implemented"),
            ("Complate", "Complete"),
            ("Blocled", "Blocked"),
            ("Donne", "Done"),
            ("Verifieed", "Verified"),
        ] {
            assert_eq!(vo.suggest(typo).as_deref(), Some(known), "{typo}");
        }
        // Ordinary words two edits away, or one replaced letter that no
        // finger slips to: another word, with another meaning.
        for word in [
            "Required",
            "**Required**",
            "Parsed",
            "Recommended",
            "Cloned",
            "Mandatory",
            "Read",
            "Read (676 lines)",
        ] {
            assert_eq!(vo.suggest(word), None, "{word}");
        }
    }

    #[test]
    fn neighbouring_keys() {
        assert!(keys_touch('k', 'l') && keys_touch('a', 'q') && keys_touch('z', 's'));
        assert!(keys_touch('q', 'a') && keys_touch('w', 'a') && keys_touch('b', 'h'));
        assert!(!keys_touch('r', 's') && !keys_touch('q', 't') && !keys_touch('a', 'e'));
    }

    #[test]
    fn done_claims() {
        for v in [
            "Done",
            "✅ Done",
            "🟢 Ready",
            "Ready",
            "🟢 Ready for Beta",
            "✅ Ready for Beta Launch",
            "✅ Ready for Production",
            "Ready for go-live",
            "✅ COMPLETED & DEPLOYED",
            "✅ **CLOSED**",
            "✅",
            "Complete",
            "Shipped (v1.2)",
            "✅ IMPLEMENTED",
            "🟢 PASSED - Production Ready",
            "✅ ABGESCHLOSSEN - V32.5 PRODUKTIONSREIF",
            "已完成",
            "Ready for Testing & Deployment",
            "✅ APPROVED FOR PRODUCTION",
            "Ready to ship",
            "✅ **CODE COMPLETE** - Ready for Testing & Deployment",
        ] {
            assert!(claims_done(v), "{v}");
        }
    }

    #[test]
    fn not_done_claims() {
        for v in [
            "Ready for review",
            "Ready to start",
            "✅ Ready for Implementation",
            "READY TO PROCEED",
            "Ready for Stage 21_03",
            "🟢 Ready to Start (after scope approval)",
            "✅ APPROVED WITH AMENDMENTS",
            "Approved",
            "⚠️ Acceptable",
            "✅ ⚠️ Acceptable",
            "🟢 75% COMPLETE - EXCELLENT PROGRESS",
            "✅ CLUSTER A, B & C.0-C.2 COMPLETE",
            "Complete with open items",
            "🟡 In progress",
            "In progress",
            "Complete file attachment system for tickets",
            // A quality of the product, not the state of this document's work.
            "✅ Production Ready",
            "Done with phase 1, phase 2 pending",
            "✅ CODE COMPLETE - Ready for review",
            "CODE COMPLETE - Ready for Production",
            // A clipboard is a plan: ready to start.
            "📋 READY",
        ] {
            assert!(!claims_done(v), "{v}");
        }
    }
}
