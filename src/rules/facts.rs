//! Facts about one document that several rules share, computed once: the
//! vocabulary (with the document's own legend), the role of each table
//! column, which status columns are readiness status columns, whether the
//! document is a checklist at all, the sections, and which evidence
//! references resolved.
//!
//! ## What makes a document a checklist
//!
//! The checklist rules (status, table, task section and evidence rules) judge
//! checklist documents only; a well-kept documentation page is none of their
//! business. A document is a checklist when it has any of:
//!
//! - a GFM task list item (`- [ ]`, `- [x]`);
//! - a status register: a table with a readiness status column (below);
//! - a readiness heading: one naming a checklist, a readiness review, a
//!   tracker, go-live, go/no-go, launch/exit/acceptance criteria, a sign-off
//!   or a definition of done (also in German, Chinese, Korean, Japanese:
//!   `Checkliste`, `检查清单`, `체크리스트`, …);
//! - front matter that says so: a `status:` key, or a value naming a
//!   checklist, readiness or a tracker.
//!
//! A template is never a checklist: its items and cells are filled in on each
//! copy (a name ending in `template`, such as `uat-signoff-template.md` or
//! `PULL_REQUEST_TEMPLATE.md`, a `templates/` or `ISSUE_TEMPLATE/` folder, or
//! `template: true` in its front matter).
//!
//! ## What makes a column a readiness status column
//!
//! A header says a column is a status (`Status`, `Prod Readiness Status`,
//! `State`, `Result`), but a "Status" column often holds another domain's enum
//! (HTTP codes, `Stable`/`Beta`, `Keep`/`Rework`, free-text results). A status
//! column is a readiness status column when its values are mostly readiness
//! values: at least 60% of its non-empty cells are in the vocabulary or a typo
//! of a value in it, at least one is in it, and at least two are (or every
//! cell is). Every other status column is left alone by every rule. A legend
//! table (below) is never a status register, and neither is a table whose
//! first column is the status (a summary by status: `| 🟡 Partial | 3 | 12% |`).
//!
//! ## A document's own legend
//!
//! Values a document defines for itself join its vocabulary, in any of these
//! common forms:
//!
//! - a section titled "Status Legend", "Legend", "Key", "Status Definitions",
//!   "Status Values", "Statuses" or "Status Codes", holding code spans
//!   (`` `READY_FOR_GO_LIVE` ``), list items (`- ✅ **Done** — merged`) or a table
//!   (`| Status | Meaning |`, `| ✅ | Done |`);
//! - a table anywhere whose other columns are only a meaning, definition or
//!   description of the first (`| Status | Definition |`);
//! - a line `**Status**: not-started | in-progress | blocked | done` (three or
//!   more values), `Legend: a / b`, or a line of emoji each followed by its
//!   word: `✅ Done · 🔄 In progress · ⬜ Not started`.
//!
//! A value written beside a status emoji takes the emoji's class; otherwise its
//! class comes from its words, and a value whose words name no class
//! (`AWAITING_SIGNOFF`) is known but unclassified (never done). Legend tables
//! and legend lines are definitions, not statuses: no rule reports them.

use std::ops::Range;

use aho_corasick::AhoCorasick;

use crate::config::{Config, Role};
use crate::document::Document;
use crate::mojibake;
use crate::rules::references::ReferenceOutcomes;
use crate::vocabulary::{Class, LegendValue, Vocabulary, leading_emoji, strip_symbols};

/// Column roles of one table.
#[derive(Debug, Clone, Default)]
pub struct TableRoles {
    pub status: Vec<usize>,
    pub evidence: Vec<usize>,
    pub owner: Vec<usize>,
    pub date: Vec<usize>,
}

impl TableRoles {
    /// A readiness table: it has a status or an evidence column.
    pub fn is_readiness(&self) -> bool {
        !self.status.is_empty() || !self.evidence.is_empty()
    }
}

pub struct Facts {
    pub vocab: std::sync::Arc<Vocabulary>,
    pub roles: Vec<TableRoles>,
    /// For each heading: the end of its section (next heading of the same or a higher level).
    pub section_end: Vec<usize>,
    /// What resolving the references found, by span start: whether the
    /// target is present and tracked, its repository-relative path, whether
    /// the reference got a path finding of its own.
    pub references: ReferenceOutcomes,
    /// Readiness status columns of each table (see the module docs): status
    /// columns whose values are mostly readiness values.
    pub live_status: Vec<Vec<usize>>,
    /// Whether the document is a checklist (see the module docs).
    pub checklist: bool,
    /// Tables that are legends (definitions of status values).
    pub legend_tables: Vec<bool>,
    /// For each heading: whether its section is follow-up work (see [`is_follow_up_heading`]).
    pub follow_up: Vec<bool>,
    /// The class of every row (see [`Facts::row_class`]) and whether it says
    /// only `Pending`, computed once.
    rows: Vec<Vec<RowFacts>>,
}

/// Cleans a cell for reading: mojibake repaired, backticks / emphasis / HTML
/// removed. A cell with nothing to clean is borrowed, not copied.
pub fn clean_cell(raw: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let markup = raw.bytes().any(|b| matches!(b, b'`' | b'*' | b'_' | b'<'));
    // ASCII is never mojibake; nor is text without its lead bytes (`✅ Done`).
    if raw.is_ascii() || !mojibake::has_lead(raw.as_bytes()) {
        if !markup {
            return Cow::Borrowed(raw.trim());
        }
        if raw.is_ascii() {
            return strip_marks(raw);
        }
    }
    match mojibake::repair_str(raw) {
        Cow::Borrowed(s) => strip_marks(s),
        Cow::Owned(s) => Cow::Owned(strip_marks(&s).into_owned()),
    }
}

/// A cell's text without its surrounding backticks and bold marks, and with
/// `<br>` as a space.
fn strip_marks(s: &str) -> std::borrow::Cow<'_, str> {
    fn strip<'a>(mut s: &'a str, mark: &str) -> &'a str {
        while let Some(rest) = s.strip_prefix(mark) {
            s = rest;
        }
        while let Some(rest) = s.strip_suffix(mark) {
            s = rest;
        }
        s
    }
    let s = s.trim();
    let s = s.trim_matches('`').trim();
    let s = strip(s, "**").trim();
    let s = strip(s, "__").trim();
    let s = s.trim_matches('`').trim();
    if !s.as_bytes().contains(&b'<') || !s.contains("<br") {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.replace("<br>", " ").replace("<br/>", " "))
}

impl Facts {
    pub fn of(config: &Config, doc: &Document) -> Facts {
        let text = &doc.text;
        let roles: Vec<TableRoles> = doc
            .tables
            .iter()
            .map(|t| {
                let mut r = TableRoles::default();
                for (i, c) in t.header().cells().iter().enumerate() {
                    match config.role_of(&text[c.span.clone()]) {
                        Some(Role::Status) => r.status.push(i),
                        Some(Role::Evidence) => r.evidence.push(i),
                        Some(Role::Owner) => r.owner.push(i),
                        Some(Role::Date) => r.date.push(i),
                        None => {}
                    }
                }
                r
            })
            .collect();
        let section_end = doc
            .headings
            .iter()
            .enumerate()
            .map(|(i, h)| {
                doc.headings[i + 1..]
                    .iter()
                    .find(|n| n.level <= h.level)
                    .map(|n| n.span.start)
                    .unwrap_or(text.len())
            })
            .collect();
        let (legend, legend_tables) = legend_values(doc, &roles);
        let vocab = Vocabulary::for_document(config, &legend);
        // Status columns repeat a few values down a million rows: each
        // distinct raw cell is cleaned and read once per document.
        let mut reads = Memo::default();
        let live_status: Vec<Vec<usize>> = doc
            .tables
            .iter()
            .zip(&roles)
            .zip(&legend_tables)
            .map(|((t, r), &is_legend)| {
                if is_legend {
                    return Vec::new();
                }
                r.status
                    .iter()
                    .copied()
                    // A status first column sums up or defines statuses
                    // (`| 🟡 Partially addressed | 3 | 12% |`): no register.
                    .filter(|&c| c > 0)
                    .filter(|&c| {
                        let values = t.rows().iter().filter_map(|row| {
                            row.cells().get(c).map(|cell| {
                                let raw = &text[cell.span.clone()];
                                reads.get(raw, || ColumnRead::of(&vocab, raw))
                            })
                        });
                        readiness_of(values)
                    })
                    .collect()
            })
            .collect();
        let follow_up = follow_up_headings(doc);
        let checklist = !is_template(doc)
            && (!doc.tasks.is_empty()
                || live_status.iter().any(|c| !c.is_empty())
                || doc.headings.iter().any(|h| is_readiness_heading(&h.text))
                || doc
                    .front_matter
                    .as_ref()
                    .is_some_and(|fm| front_matter_says_checklist(&text[fm.span.clone()])));
        let mut facts = Facts {
            vocab,
            roles,
            section_end,
            references: ReferenceOutcomes::default(),
            live_status,
            checklist,
            legend_tables,
            follow_up,
            rows: Vec::new(),
        };
        let mut reads = Memo::default();
        facts.rows = doc
            .tables
            .iter()
            .enumerate()
            .map(|(ti, t)| {
                t.rows()
                    .iter()
                    .map(|row| facts.compute_row(doc, ti, row, &mut reads))
                    .collect()
            })
            .collect();
        facts
    }

    /// The class of a row. With several status columns (`Architecture Status`,
    /// `Prod Readiness Status`), the row is done only when every one that has a
    /// value says done (or not applicable); otherwise its first other class.
    pub fn row_class(&self, _doc: &Document, table: usize, row: usize) -> Option<Class> {
        self.rows
            .get(table)
            .and_then(|t| t.get(row))
            .and_then(|r| r.class)
    }

    /// Whether a status cell of the row says only `Pending` (emoji and
    /// markup aside: `⏳ Pending`, `**Pending**`): work queued, not begun.
    /// The vocabulary counts `Pending` as in progress (`pending review`),
    /// but a row whose whole status is the word has produced nothing yet,
    /// and its evidence is yet to come (survey 15: AI_Advent_Challenge's
    /// legend `Pending / In Progress / Done / Blocked`). So does `Missing`
    /// with a mark (`❌ Missing`, which the mark alone reads as blocked): the
    /// row says its evidence is not there yet (survey 50a); and `Not Built`
    /// (`❌ Not Built`): the row's file is still to be made (survey 78a).
    pub fn row_says_pending(&self, _doc: &Document, table: usize, row: usize) -> bool {
        self.rows
            .get(table)
            .and_then(|t| t.get(row))
            .is_some_and(|r| r.pending)
    }

    fn compute_row<'d>(
        &self,
        doc: &'d Document,
        table: usize,
        r: crate::document::Row<'_>,
        reads: &mut Memo<'d, CellRead>,
    ) -> RowFacts {
        // An unknown value in any status column: the row's status is unknown,
        // not done. Each distinct cell is cleaned and classified once, and
        // nothing is collected per row: the first class other than done or
        // not applicable decides, else done if any cell says so.
        let (mut other, mut done, mut any, mut unknown, mut pending) =
            (None, false, false, false, false);
        for &c in &self.live_status[table] {
            let Some(cell) = r.cells().get(c) else {
                continue;
            };
            let raw = &doc.text[cell.span.clone()];
            let read = reads.get(raw, || CellRead::of(&self.vocab, raw));
            pending |= read.pending;
            if unknown {
                continue;
            }
            match read.class {
                Some(class) => {
                    any = true;
                    match class {
                        Class::Done => done = true,
                        Class::NotApplicable => {}
                        _ => {
                            other.get_or_insert(class);
                        }
                    }
                }
                None if !read.empty => unknown = true,
                None => {}
            }
        }
        let class = if unknown || !any {
            None
        } else {
            Some(other.unwrap_or(if done {
                Class::Done
            } else {
                Class::NotApplicable
            }))
        };
        RowFacts { class, pending }
    }

    /// The byte range of heading `i`'s section.
    pub fn section(&self, doc: &Document, i: usize) -> Range<usize> {
        doc.headings[i].span.end..self.section_end[i]
    }

    /// Whether the work at `offset` is required before a launch although its
    /// section is follow-up work: the text between its section's heading and
    /// `offset` says so (`**Priority**: 🔴 HIGH - Required before deployment`,
    /// `Blocker`).
    pub fn required_before_launch(&self, doc: &Document, offset: usize) -> bool {
        let Some(i) = doc.section_of(offset) else {
            return false;
        };
        let start = doc.headings[i].span.start;
        let t = doc.text[start..offset.min(doc.text.len()).max(start)].to_lowercase();
        [
            "required before",
            "must be done before",
            "needed before",
            "blocker",
            "blocking release",
            "blocks release",
            "vor dem deployment",
            "vor go-live",
            "vor dem go-live",
        ]
        .iter()
        .any(|w| t.contains(w))
    }

    /// Whether `offset` lies in a follow-up section ("Next steps", "Future
    /// work", "Post-launch", …, or a subsection of one).
    pub fn in_follow_up(&self, doc: &Document, offset: usize) -> bool {
        doc.section_of(offset)
            .is_some_and(|i| self.follow_up.get(i).copied().unwrap_or(false))
    }
}

/// Whether a status column's values make it a readiness status column: at
/// least 60% of the non-empty cells are known values or typos of one, at
/// least one is known, and at least two are (or every cell is).
pub fn is_readiness_column<S: AsRef<str>>(
    vocab: &Vocabulary,
    values: impl IntoIterator<Item = S>,
) -> bool {
    readiness_of(
        values
            .into_iter()
            .map(|v| ColumnRead::of_clean(vocab, v.as_ref())),
    )
}

/// Whether a column's reads make it a readiness status column (see the
/// module docs). Counted as the values come: a column of a million rows is
/// not collected.
fn readiness_of(values: impl Iterator<Item = ColumnRead>) -> bool {
    let (mut n, mut known, mut near) = (0, 0, 0);
    for v in values {
        match v {
            ColumnRead::Empty => continue,
            ColumnRead::Known => known += 1,
            ColumnRead::Near => near += 1,
            ColumnRead::Other => {}
        }
        n += 1;
    }
    let readiness = known + near;
    known >= 1 && readiness * 5 >= n * 3 && (readiness >= 2 || readiness == n)
}

/// How a cell of a status column counts towards the column being a
/// readiness status column.
#[derive(Debug, Clone, Copy)]
enum ColumnRead {
    Empty,
    Known,
    Near,
    Other,
}

impl ColumnRead {
    fn of(vocab: &Vocabulary, raw: &str) -> ColumnRead {
        ColumnRead::of_clean(vocab, &clean_cell(raw))
    }

    fn of_clean(vocab: &Vocabulary, v: &str) -> ColumnRead {
        if v.is_empty() {
            ColumnRead::Empty
        } else if vocab.classify(v).is_some() {
            ColumnRead::Known
        } else if vocab.suggest(v).is_some() {
            ColumnRead::Near
        } else {
            ColumnRead::Other
        }
    }
}

/// What a row's status cells say (see [`Facts::row_class`]).
#[derive(Debug, Clone, Copy)]
struct RowFacts {
    class: Option<Class>,
    pending: bool,
}

/// How one status cell reads in a readiness status column.
#[derive(Debug, Clone, Copy)]
struct CellRead {
    empty: bool,
    class: Option<Class>,
    /// The whole value is the word `Pending`, or `Missing` (`❌ Missing`: a
    /// readiness snapshot's row that says its evidence is not there yet;
    /// survey 50a, Open-State-Stack/eIDAS, 2 findings judged false), or
    /// `Not Built` (`❌ Not Built` over an artifact inventory's `**BUILD**`
    /// action: the path is the file to be built; survey 78a, GBOGEB/ABACUS,
    /// 4 findings judged false).
    pending: bool,
}

impl CellRead {
    fn of(vocab: &Vocabulary, raw: &str) -> CellRead {
        let v = clean_cell(raw);
        CellRead {
            empty: v.is_empty(),
            class: vocab.classify(&v).map(|found| found.class),
            pending: ["pending", "missing", "not built", "not yet built"]
                .iter()
                .any(|w| {
                    v.trim_matches(|ch: char| !ch.is_alphanumeric())
                        .eq_ignore_ascii_case(w)
                }),
        }
    }
}

/// Answers kept by a cell's raw text, for the few values a column repeats.
/// Bounded: a column of a million distinct values is read cell by cell past
/// the bound, not kept.
pub struct Memo<'a, T> {
    known: rustc_hash::FxHashMap<&'a str, T>,
}

impl<T> Default for Memo<'_, T> {
    fn default() -> Self {
        Memo {
            known: Default::default(),
        }
    }
}

impl<'a, T: Copy> Memo<'a, T> {
    const LIMIT: usize = 4096;

    pub fn get(&mut self, raw: &'a str, read: impl FnOnce() -> T) -> T {
        if let Some(&found) = self.known.get(raw) {
            return found;
        }
        let found = read();
        if self.known.len() < Self::LIMIT {
            self.known.insert(raw, found);
        }
        found
    }
}

/// Headings that name a readiness document or section.
pub fn is_readiness_heading(text: &str) -> bool {
    static WORDS: std::sync::OnceLock<Option<AhoCorasick>> = std::sync::OnceLock::new();
    any_of(&WORDS, READINESS_WORDS, &text.to_lowercase())
}

/// What [`is_readiness_heading`] looks for in a lowercased heading.
const READINESS_WORDS: &[&str] = &[
    "readiness",
    "checklist",
    "check list",
    "tracker",
    "go-live",
    "go live",
    "go/no-go",
    "go / no-go",
    "launch criteria",
    "exit criteria",
    "acceptance criteria",
    "release criteria",
    "sign-off",
    "signoff",
    "sign off",
    "definition of done",
    "status register",
    "punch list",
    "checkliste",
    "abnahme",
    "清单",
    "检查表",
    "验收",
    "上线",
    "체크리스트",
    "점검표",
    "チェックリスト",
];

/// Whether the document is a template, a form copied before it is filled in:
/// its name ends in `template` (`uat-signoff-template.md`,
/// `PULL_REQUEST_TEMPLATE.md`), it stands in a `templates` or `ISSUE_TEMPLATE`
/// folder, or its front matter says `template: true`.
pub fn is_template(doc: &Document) -> bool {
    let path = doc.path.to_lowercase();
    let (dirs, name) = path.rsplit_once('/').unwrap_or(("", &path));
    let stem = name.rsplit_once('.').map(|(s, _)| s).unwrap_or(name);
    stem.ends_with("template")
        || dirs
            .split('/')
            .any(|d| ["templates", "template", "issue_template"].contains(&d))
        || doc.front_matter.as_ref().is_some_and(|fm| {
            doc.text[fm.span.clone()]
                .lines()
                .any(|l| l.trim().to_lowercase().replace(' ', "") == "template:true")
        })
}

/// Whether front matter says the document is a checklist: a `status:` key, or
/// a value naming a checklist, readiness or a tracker.
fn front_matter_says_checklist(fm: &str) -> bool {
    fm.lines().any(|l| {
        let l = l.trim_start().to_lowercase();
        l.starts_with("status:")
            || ["checklist", "readiness", "tracker"]
                .iter()
                .any(|w| l.contains(w))
    })
}

/// Whether a heading names follow-up work rather than the work a claim is
/// about: next steps, future work, follow-ups, out of scope, backlog,
/// post-launch / post-deployment work, open questions, known issues, risks,
/// recommendations, templates, examples and reusable procedures.
pub fn is_follow_up_heading(text: &str) -> bool {
    static WORDS: std::sync::OnceLock<Option<AhoCorasick>> = std::sync::OnceLock::new();
    let t = text.to_lowercase().replace(['_', '-'], " ");
    any_of(&WORDS, FOLLOW_UP_WORDS, &t)
}

/// What [`is_follow_up_heading`] looks for in a lowercased heading (`_`
/// and `-` read as spaces).
const FOLLOW_UP_WORDS: &[&str] = &[
    "next step",
    "next action",
    "next sprint",
    "next phase",
    "next iteration",
    "next release",
    "future",
    "follow up",
    "followup",
    "out of scope",
    "backlog",
    "post launch",
    "post deploy",
    "post release",
    "post merge",
    "post mvp",
    "post ga",
    "post beta",
    "after launch",
    "after release",
    "post go live",
    "post golive",
    "after go live",
    "nach go live",
    "nach dem go live",
    // Features not built yet are the next scope, not open work of this one.
    "pending feature",
    "planned feature",
    "later",
    "roadmap",
    "nice to have",
    "stretch",
    "optional",
    "deferred",
    "open question",
    "known issue",
    "known limitation",
    "recommendation",
    "ideas",
    "wishlist",
    "template",
    "example",
    "upcoming",
    // Reusable procedures: their items are done each time, not once.
    "for each",
    "for every",
    "each new",
    "every new",
    "routine",
    "daily",
    "weekly",
    "monthly",
    "recurring",
    "how to",
    "testing checklist",
    "test checklist",
    "test plan",
    "testplan",
    "qa checklist",
    "manual test",
    "checklist for new",
    "für neue",
    "für jede",
    "geplant",
    // Risks: their status is the mitigation's, a risk accepted is no open work.
    "risk assessment",
    "risk register",
    "risks",
    "risiken",
    "(planned",
    "non critical",
    "nicht kritisch",
    "testing checkliste",
    "pre commit",
    "pre merge",
    // German, Chinese, Korean, Japanese, French, Spanish.
    "nächste",
    "zukunft",
    "zukünftig",
    "später",
    "jede neue",
    "jeder neuen",
    "vorlage",
    "täglich",
    "wöchentlich",
    "后续",
    "下一步",
    "未来",
    "模板",
    "다음 단계",
    "향후",
    "次のステップ",
    "今後",
    "prochaines étapes",
    "próximos pasos",
];

/// Whether `text` contains one of `words` (as `words.iter().any(|w| text.contains(w))`,
/// in one pass over the text: these run on every heading of every document).
fn any_of(cell: &std::sync::OnceLock<Option<AhoCorasick>>, words: &[&str], text: &str) -> bool {
    match cell.get_or_init(|| AhoCorasick::new(words).ok()) {
        Some(ac) => ac.is_match(text),
        None => words.iter().any(|w| text.contains(w)),
    }
}

/// Whether an item or row is not required work: marked optional, deferred,
/// skipped, out of scope or won't do (`- [ ] WebP conversion (optional)`,
/// `⏭️ DEFERRED`), or a hand-off step of an agent protocol (`- [ ] **WAIT for
/// user response**`).
pub fn is_optional_work(text: &str) -> bool {
    let t = text.to_lowercase();
    waits_on_existence(&t)
        || t.contains('⏭')
        || t.contains('➖')
        || [
            "optional",
            "deferred",
            "skipped",
            "out of scope",
            "won't",
            "wont do",
            "nice to have",
            "nice-to-have",
            "(future",
            "future enhancement",
            // Conditional work: done only if it turns out to be needed.
            "if needed",
            "if applicable",
            "if necessary",
            "(if ",
            "falls ",
            "wenn nötig",
            "bei bedarf",
            "(recommended",
            "empfohlen",
            "nicht pflicht",
            "可选",
            "선택 사항",
            // Japanese, in parentheses only: `オプション` alone also names a
            // command's option (survey 48a, `（オプション）`).
            "（オプション",
            "(オプション",
            "（任意）",
            "(任意)",
            // Portuguese, Spanish, French (survey 44b, magic-lawyer's
            // `- [ ] Log de auditoria (quando implementado)`).
            "opcional",
            "optionnel",
            "facultatif",
            "se necessário",
            "se necessario",
            "si es necesario",
            "si nécessaire",
            "(quando ",
            "(cuando ",
            "(quand ",
            "(futuro",
            "(futur",
            "deploy-time",
            "deploy time",
            "launch-time",
            "post-launch",
            "post-deploy",
            "future work",
            "n/a",
            // Hand-off steps of an agent protocol: waiting is not work.
            "wait for user",
            "wait for the user",
            "await user",
            "awaiting user",
            "wait for approval",
            "wait for confirmation",
        ]
        .iter()
        .any(|w| t.contains(w))
}

/// Whether a lowercase item ends with a condition on something that may
/// not exist (`- [ ] Add related_applications if native app exists`, `if
/// a staging cluster is available`): work to do only once it does (survey
/// 50b, jpittelkow/sourdough's PWA roadmap). A short clause, at the end.
fn waits_on_existence(t: &str) -> bool {
    let Some((_, clause)) = t.rsplit_once(" if ") else {
        return false;
    };
    let clause = clause.trim_end_matches(|c: char| !c.is_alphanumeric());
    clause.split_whitespace().count() <= 6
        && [
            " exists",
            " exist",
            " is available",
            " are available",
            " is present",
            " are present",
        ]
        .iter()
        .any(|e| clause.ends_with(e))
}

/// For each heading: whether it or an enclosing heading names follow-up work.
fn follow_up_headings(doc: &Document) -> Vec<bool> {
    let mut out: Vec<bool> = Vec::with_capacity(doc.headings.len());
    // (level, follow-up) of the enclosing headings.
    let mut stack: Vec<(u8, bool)> = Vec::new();
    for (i, h) in doc.headings.iter().enumerate() {
        while stack.last().is_some_and(|(l, _)| *l >= h.level) {
            stack.pop();
        }
        // The document's title names the document ("Deployment Recommendation",
        // "Roadmap"), not a follow-up part of it.
        let title = i == 0 && h.level == 1;
        let f = stack.last().is_some_and(|(_, f)| *f) || (!title && is_follow_up_heading(&h.text));
        stack.push((h.level, f));
        out.push(f);
    }
    out
}

/// Whether a heading titles a legend section.
fn is_legend_heading(text: &str) -> bool {
    let t = text.to_lowercase();
    let t = t.trim_matches(|c: char| !c.is_alphanumeric());
    t.contains("legend")
        || t.contains("status values")
        || t.contains("status key")
        || t.contains("status definition")
        || t.contains("status meaning")
        || t.contains("status codes")
        || t == "statuses"
        || t == "key"
}

/// Header words of a legend table's explanation columns.
const MEANING: &[&str] = &[
    "meaning",
    "means",
    "definition",
    "description",
    "explanation",
    "what it means",
    "when to use",
    "used when",
    "criteria",
];

/// One legend entry as written (`✅ **Done** — merged`, `` `BLOCKED` ``,
/// `done = finished`): the value and the class of the emoji beside it.
fn legend_entry(raw: &str) -> Option<LegendValue> {
    let s = raw
        .trim()
        .trim_matches(|c: char| c == '*' || c == '_' || c == '`' || c.is_whitespace());
    let class = leading_emoji(s);
    let words = strip_symbols(s)
        .trim_start_matches(['=', ':', '-', ' '])
        .trim_start_matches(['*', '_', '`']);
    let head = words
        .split([':', '—', '–', '(', '=', '`'])
        .next()
        .unwrap_or("")
        .split(" - ")
        .next()
        .unwrap_or("")
        .trim()
        // A legend written as a sentence ends with a full stop (`Status
        // values: Planned, …, In Operation.`): no status ends with one.
        .trim_end_matches(|c: char| c == '.' || c == '*' || c == '_' || c.is_whitespace())
        .trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    if head.is_empty() || head.chars().count() > 40 || head.split_whitespace().count() > 5 {
        return class.map(|c| LegendValue::new(s.to_string(), Some(c)));
    }
    Some(LegendValue::new(head.to_string(), class))
}

/// A legend written on one line: `**Status**: a | b | c`, `Legend: ✅ Done /
/// ❌ Blocked`, `✅ Done · 🔄 In progress · ⬜ Not started`. None when the
/// line is not one.
fn legend_line(line: &str) -> Option<Vec<LegendValue>> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?(status[ \t]+legend|legend|status[ \t]+key|key|status[ \t]+values|statuses|status)(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?(.*)$",
        )
        .expect("valid regex")
    });
    let split = |v: &str| -> Vec<String> {
        v.split(['|', '·', '•', ',', ';'])
            .flat_map(|p| p.split(" / "))
            .flat_map(|p| p.split(" or "))
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect()
    };
    // The pattern's name (status, legend, key) starts right after a run of
    // ` \t>-*+_` (the quote, bullet and emphasis it may skip): a line whose
    // first other character cannot start one (`ſ` and the Kelvin sign fold
    // to `s` and `k`) is not run through it.
    let head = line.trim_start_matches([' ', '\t', '>', '-', '*', '+', '_']);
    let may_name = head.starts_with(['s', 'S', '\u{17F}', 'l', 'L', 'k', 'K', '\u{212A}']);
    if let Some(c) = may_name.then(|| re.captures(line)).flatten() {
        let prefix = c
            .get(1)
            .map(|m| m.as_str().to_lowercase())
            .unwrap_or_default();
        let value = c.get(2).map(|m| m.as_str()).unwrap_or("");
        let pieces = split(value);
        let needed = if prefix == "status" { 3 } else { 2 };
        if pieces.len() >= needed {
            return Some(pieces.iter().filter_map(|p| legend_entry(p)).collect());
        }
        if prefix == "status" {
            return None;
        }
    }
    // A line of status emoji, each followed by its word(s).
    let t =
        line.trim_start_matches(|c: char| c.is_whitespace() || c == '-' || c == '*' || c == '>');
    leading_emoji(t)?;
    let mut pieces: Vec<String> = Vec::new();
    let mut cur = String::new();
    for (i, ch) in t.char_indices() {
        if i > 0 && leading_emoji(&t[i..]).is_some() && !strip_symbols(cur.trim()).is_empty() {
            pieces.push(std::mem::take(&mut cur));
        }
        cur.push(ch);
    }
    pieces.push(cur);
    let pieces: Vec<String> = pieces
        .iter()
        .map(|p| {
            p.trim()
                .trim_end_matches(|c: char| c.is_whitespace() || "|·•,;/".contains(c))
                .to_string()
        })
        .collect();
    let short = pieces.iter().all(|p| {
        leading_emoji(p).is_some() && {
            let w = strip_symbols(p);
            !w.is_empty() && w.split_whitespace().count() <= 5
        }
    });
    (pieces.len() >= 2 && short).then(|| pieces.iter().filter_map(|p| legend_entry(p)).collect())
}

/// The values a document's own legend defines (see the module docs), and for
/// each table whether it is a legend table.
fn legend_values(doc: &Document, roles: &[TableRoles]) -> (Vec<LegendValue>, Vec<bool>) {
    let text = &doc.text;
    let mut out = Vec::new();
    let mut legend_tables = vec![false; doc.tables.len()];
    // Legend sections.
    let mut sections: Vec<Range<usize>> = Vec::new();
    for (i, h) in doc.headings.iter().enumerate() {
        if !is_legend_heading(&h.text) {
            continue;
        }
        let end = doc.headings[i + 1..]
            .iter()
            .find(|n| n.level <= h.level)
            .map(|n| n.span.start)
            .unwrap_or(text.len());
        sections.push(h.span.end..end.max(h.span.end));
    }
    for (ti, t) in doc.tables.iter().enumerate() {
        let header: Vec<String> = t
            .header()
            .cells()
            .iter()
            .map(|c| clean_cell(&text[c.span.clone()]).to_lowercase())
            .collect();
        let in_section = sections.iter().any(|s| s.contains(&t.span.start));
        let first_is_value = roles[ti].status.contains(&0)
            || [
                "value", "symbol", "emoji", "icon", "status", "state", "code", "marker",
            ]
            .contains(&header.first().map(String::as_str).unwrap_or(""));
        let explains = header.len() >= 2
            && header[1..]
                .iter()
                .all(|h| MEANING.iter().any(|m| h.contains(m)) || h == "notes");
        if !(in_section || (first_is_value && explains)) {
            continue;
        }
        legend_tables[ti] = true;
        for row in t.rows() {
            let cell = |i: usize| {
                row.cells()
                    .get(i)
                    .map(|c| clean_cell(&text[c.span.clone()]))
                    .unwrap_or_default()
            };
            let first = cell(0);
            match legend_entry(&first) {
                // `| ✅ | Done |`: the emoji's meaning is the value.
                Some(l) if strip_symbols(&l.value).is_empty() => {
                    if let Some(mut second) = legend_entry(&cell(1)) {
                        second.class = second.class.or(l.class);
                        out.push(second);
                    }
                }
                Some(l) => out.push(l),
                None => {}
            }
        }
    }
    for range in &sections {
        let mut found = false;
        for cs in &doc.code_spans {
            if range.contains(&cs.span.start)
                && doc.tables.iter().all(|t| !t.span.contains(&cs.span.start))
            {
                let line_start = text[..cs.span.start]
                    .rfind('\n')
                    .map(|i| i + 1)
                    .unwrap_or(0);
                let before = text[line_start..cs.span.start]
                    .trim_start_matches(|c: char| c.is_whitespace() || c == '-' || c == '*');
                out.push(LegendValue::new(
                    cs.literal(&doc.text).trim(),
                    leading_emoji(before),
                ));
                found = true;
            }
        }
        if !found {
            for line in text[range.clone()].lines() {
                let l = line.trim_start();
                let Some(item) = l.strip_prefix("- ").or_else(|| l.strip_prefix("* ")) else {
                    continue;
                };
                if let Some(v) = legend_entry(item) {
                    out.push(v);
                }
            }
        }
    }
    // Legend lines anywhere outside code and tables (read first, as few lines
    // are legends: the code lookup is made for those only).
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let l = line.trim_end();
        let indent = l.len() - l.trim_start().len();
        if l[indent..].starts_with('|') {
            continue;
        }
        if let Some(values) = legend_line(l)
            && !doc.in_code(start + indent)
        {
            out.extend(values);
        }
    }
    (out, legend_tables)
}

/// Whether the line holding `offset` is a one-line legend (not a claim).
pub fn is_legend_line(text: &str, offset: usize) -> bool {
    let start = text[..offset.min(text.len())]
        .rfind('\n')
        .map(|i| i + 1)
        .unwrap_or(0);
    let end = text[start..]
        .find('\n')
        .map(|i| start + i)
        .unwrap_or(text.len());
    legend_line(text[start..end].trim_end()).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick look before the legend pattern lets every way of writing
    /// its name through (a quote, a bullet, emphasis, any case), and a line
    /// that names none is still read for a line of status emoji.
    #[test]
    fn legend_lines_behind_quotes_bullets_and_emphasis() {
        for line in [
            "Legend: ✅ Done | ❌ Blocked",
            "> - **Status Key**: done, blocked",
            "* __KEY__: done / blocked",
            "\t>> legend: done · blocked",
            "Status: todo | doing | done",
            "✅ Done · 🔄 In progress · ⬜ Not started",
        ] {
            assert!(legend_line(line).is_some(), "{line}");
        }
        for line in [
            "Status: done",
            "The status: done | blocked",
            "- [ ] Legend review",
            "Done | Blocked",
        ] {
            assert!(legend_line(line).is_none(), "{line}");
        }
    }
}
