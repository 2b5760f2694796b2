//! `table/duplicate-key`: two rows share the same key (first column).
//!
//! ## When it speaks
//! In a readiness table (a readiness status column or an evidence column) of a
//! checklist document, on a later row that repeats an earlier row's key, when
//! the first column holds identifiers — values that look like IDs (`UC-001`,
//! `LR-12`, `#4`) or repository paths (`src/app/`, `docs/plan.md`), none of
//! them three times or more — which are meant to be unique. Meant to be
//! unique means: the header names an identity (`ID`, `Gap ID`, `Key`, `#`,
//! `No.`, `Item`, `AC`, `Req`, …), or, under another header, the values are
//! otherwise unique (one value repeated, or at most one in ten).
//!
//! ## When it stays silent
//! Two IDs alike but for case (`M-01` and `m-01`: a major and a minor defect)
//! are two keys; a name in another case (`Auth`, `auth`) is one.
//! A first column of names or labels (`Container`, `Domain`, `HIGH`):
//! property tables repeated per group, contrast matrices, a tool listed under
//! several workflows, grouping columns with runs of repeats or empty
//! continuation cells — a repeat there is usually by design; an identifier
//! column where one value stands three times or more (`ARCHITECTURE_SPEC.md`
//! beside each of its claims) groups rows too. A header that names a group
//! (`ADR`, `Decision`, `File`, `Test File`, `Source`, `Component`, `Area`,
//! `Phase`, `Severity`, `From` of a `From | To` edge table, the backend side of a
//! backend → frontend mapping (`后端 API`), a schedule's `周次`, a file or a
//! module in another language (`Archivo`, `Módulo`), …) and no identity: `| ADR | Check | Status |` with two
//! `ADR-003` rows checks one decision twice, `| Test File | Line |` lists two
//! lines of one file. Under a header that names neither, identifiers of which
//! several repeat (`ADR-008` twice and `ADR-009` twice) group rows too. Role
//! columns (status, owner, date, evidence) are never keys. An endpoint table
//! whose second column is an HTTP method (a `Method`, `Verb` or `方法` header,
//! or only verbs such as `GET`): route and method are the key together; so
//! are the first two cells of a table whose second column holds endpoints
//! (`/api/health`, `POST /events`) and of a compatibility matrix whose first
//! two columns hold versions (`1.0.x`, `2.x`), where a pair written twice is
//! still reported. A
//! first column of schedule periods only (`W3`, `Week 2`, `Sprint 4`,
//! `Day 1`): a period is listed once per task. A first column of runs (two
//! keys or more, each repeated on adjacent rows told apart by a second cell
//! that is no role column: a story's components in a coverage table). Tables
//! of other documents and legend tables.
//!
//! ## Why it matters
//! Two rows for one item usually disagree, and whichever a reader sees first wins.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "table/duplicate-key",
    severity: Severity::Error,
    fixable: false,
    lead: 1,
    summary: "two rows share the same key (first column)",
    why: "Two rows for one item usually disagree, and whichever a reader sees first wins. \
It speaks in readiness tables of checklist documents when the first column holds identifiers (IDs such as `UC-001` \
or `#4`, repository paths; none three times or more, which would make it a grouping) that are meant to be unique, and a later row repeats one: \
the header names an identity (`ID`, `Gap ID`, `Key`, `#`, `No.`, `Item`, `AC`, `Req`, …), or, under another header, the values are otherwise \
unique (one value repeated, or at most one in ten). A \
first column of names or labels (`Container`, `Domain`, `HIGH`) is often repeated by design (groups, matrices) and \
stays silent, and so does a header that names a group and no identity (`ADR`, `Decision`, `File`, `Test File`, `Source`, `Component`, \
`Area`, `Phase`, `Severity`, `From` of a `From | To` edge table, the backend side of a backend → frontend mapping (`后端 API`), a schedule's `周次`, …): `| ADR | Check | Status |` with two `ADR-003` rows checks one decision twice. \
A file or a module named in another language (`Archivo`, `Fichero`, `Arquivo`, `Fichier`, `Datei`, `Módulo`, `文件`) groups rows \
like `File` and `Module`: `| Archivo | Línea | Estado |` with `hud_manager.cpp` at lines 123 and 125-127 checks two lines of one file \
(survey s105d, FULL-FIRMWARE-Coche-Marcos's display verification, 3 findings judged false); `| ID | Archivo |` with one ID twice is reported. \
A first column of schedule periods only (`W3`, `Week 2`, `Sprint 4`, `Day 1`) lists a period once per task and stays silent too. \
An endpoint table whose second column is an HTTP method (a `Method`, `Verb` or `方法` header, or only verbs such as `GET`, `DELETE`) is keyed \
by route and method together: `| /keys/:id | PUT |` and `| /keys/:id | DELETE |` are two endpoints. So is a table whose second column \
holds endpoints (`| A8 | /api/health |` and `| A8 | POST /events |`: two probes of one app), and a compatibility matrix whose first two \
columns both hold versions (`| 1.0.x | 1.1.x | ⚠️ Compatible |` below `| 1.0.x | 1.0.x | ✅ |`: survey 47a, beamline-otp-router's \
`COMPATIBILITY_MATRIX.md` and student-pilot's probe summary, 3 findings judged false), and a table of places whose second header names \
lines and whose second cells are lines or ranges (`| Location | Line | Evidence |` with one file at 335-361 and at 364-383: survey 120b, \
agenticverz_2.0, 1 finding judged false): the first two cells are the key together, and a pair written twice is reported. Two IDs alike but for case are two keys (`M-01` and `m-01`, a major and a minor defect of an \
E2E fix roadmap: survey 51a, EvanTenenbaum/TERP, 2 findings judged false); an ID written twice alike, and a name in another case \
(`Auth`, `auth`), are one key. A first column of runs, two keys or more each repeated on rows next to each other and told apart by a \
second cell that is no status, owner, date or evidence column, groups rows (`| Story | Component | Coverage |` with `US6.1` over \
`ProgressContext` and `ModuleCompletion`, then `US6.3` over two components: survey 79a, a BMAD QA report's coverage table, 2 findings \
judged false); a key repeated apart from its run, a run whose second cells repeat, and a single repeated key are reported.",
    bad: "| ID | Status |\n| --- | --- |\n| UC-001 | Done |\n| UC-001 | Blocked |",
    good: "| ID | Status |\n| --- | --- |\n| UC-001 | Done |\n| UC-002 | Blocked |",
};

use std::hash::BuildHasher;

use crate::diagnostic::Finding;
use crate::document::Document;
use crate::rules::facts::{Facts, clean_cell};

/// Readiness tables (a status or evidence column) with two rows of one key.
pub fn check(doc: &Document, facts: &Facts, out: &mut Vec<Finding>) {
    if !facts.checklist {
        return;
    }
    for (ti, t) in doc.tables.iter().enumerate() {
        let readiness = !facts.live_status[ti].is_empty() || !facts.roles[ti].evidence.is_empty();
        if !readiness || facts.legend_tables[ti] {
            continue;
        }
        let Some(hashed) = key_column(doc, facts, ti) else {
            continue;
        };
        let pair = pair_keyed(doc, t);
        // Rows of one key have one hash, and stand together in `hashed`
        // (by hash, then row): only rows that share a hash are read again.
        for same in hashed.chunk_by(|a, b| a.0 == b.0) {
            if same.len() < 2 {
                continue;
            }
            // Each key of this hash, lower-cased, and its first row.
            let mut firsts: Vec<(String, usize)> = Vec::new();
            for &(_, ri) in same {
                let ri = ri as usize;
                let Some(key) = row_key(doc, &t.row(ri), pair) else {
                    continue;
                };
                let lower = key.to_lowercase();
                let same_key = |&&(ref k, first): &&(String, usize)| {
                    *k == lower && !case_marks_id(doc, &t.row(first), &key, pair)
                };
                match firsts.iter().find(same_key) {
                    Some(&(_, first)) => {
                        let (line, _) = doc.line_col(t.row(first).span.start);
                        out.push(
                            Finding::new(
                                &RULE,
                                t.row(ri).span.clone(),
                                format!("key `{key}` already has a row (line {line})"),
                            )
                            .help("merge the two rows, or give each its own key"),
                        );
                    }
                    None => firsts.push((lower, ri)),
                }
            }
        }
    }
}

/// A row's key as written (cleaned; None when empty): its first cell, and,
/// in a table keyed by a pair (see [`pair_keyed`]), its second cell with it.
fn row_key<'a>(
    doc: &'a Document,
    row: &crate::document::Row,
    pair: bool,
) -> Option<std::borrow::Cow<'a, str>> {
    let cell = row.cells().first()?;
    let key = clean_cell(&doc.text[cell.span.clone()]);
    if key.is_empty() {
        return None;
    }
    if !pair {
        return Some(key);
    }
    let second = row
        .cells()
        .get(1)
        .map(|c| clean_cell(&doc.text[c.span.clone()]))
        .unwrap_or_default();
    Some(std::borrow::Cow::Owned(format!("{key} | {second}")))
}

/// Headers of a first column that groups rows rather than naming them.
const GROUPING: &[&str] = &[
    "severity",
    "priority",
    "category",
    "phase",
    "area",
    "type",
    "level",
    "risk",
    "stage",
    "milestone",
    "sprint",
    "week",
    "day",
    "team",
    "component",
    "group",
    "section",
    "kind",
    "impact",
    "tier",
    "layer",
    "module",
    "domain",
    "epic",
    "stream",
    "workstream",
    "role",
    "env",
    "environment",
    "platform",
    "quarter",
    "month",
    "date",
    "p",
    // A decision, a file or a source document groups the rows that check it
    // (`| ADR | Check | Status |`, `| Test File | Line |`).
    "adr",
    "adrs",
    "decision",
    "file",
    "files",
    "source",
    "document",
    "doc",
    "spec",
    "standard",
    "service",
    "package",
    "crate",
    "suite",
    "feature",
    "owner",
    // An edge table (`| From | To | Via |`): the key is the pair.
    "from",
    // A file or a module in other languages groups the rows that check it
    // (`| Archivo | Línea | Estado |` with `hud_manager.cpp` at lines 123
    // and 125-127: survey s105d, FULL-FIRMWARE-Coche-Marcos).
    "archivo",
    "archivos",
    "fichero",
    "ficheros",
    "arquivo",
    "arquivos",
    "fichier",
    "fichiers",
    "datei",
    "dateien",
    "módulo",
    "módulos",
    "modulo",
    "moduli",
    "modul",
    "文件",
    "模块",
    // The source side of a mapping (`| 后端 API | 前端页面 |`: one backend
    // module serves several pages).
    "backend",
    "后端",
    // A schedule (`| 周次 | 任务 |`: week, phase, iteration, milestone, month,
    // quarter).
    "周次",
    "周",
    "阶段",
    "迭代",
    "里程碑",
    "月份",
    "季度",
];

/// Header words of a first column that names each row's identity: its
/// values are meant to be unique (`ID`, `Gap ID`, `Key`, `No.`, `AC`, `Req`).
const IDENTITY: &[&str] = &[
    "id",
    "ids",
    "key",
    "no",
    "nr",
    "num",
    "number",
    "ref",
    "item",
    "items",
    "ac",
    "req",
    "reqs",
    "requirement",
    "ticket",
    "issue",
    "task",
    "story",
    "case",
    "code",
    "finding",
    "gap",
    "uid",
    "uuid",
    "identifier",
    "criterion",
    "control",
    "check",
];

/// Whether the second column is an HTTP method (its header says so: `Method`,
/// `HTTP Method`, `Verb`, `方法`, `メソッド`, `Methode`; or every cell is a verb
/// such as `GET` or `DELETE`): an endpoint table, whose rows are keyed by
/// route and method together (`| /admin/keys/:id | PUT |` and `… | DELETE |`).
fn keyed_by_method(doc: &Document, t: &crate::document::Table) -> bool {
    let Some(h) = t.header().cells().get(1) else {
        return false;
    };
    let header = clean_cell(&doc.text[h.span.clone()]).to_lowercase();
    let named = header.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "method" | "methods" | "verb" | "methode" | "方法" | "メソッド"
        )
    });
    let verb = |row: &crate::document::Row| {
        row.cells().get(1).is_some_and(|c| {
            let v = clean_cell(&doc.text[c.span.clone()]).to_uppercase();
            matches!(
                v.as_str(),
                "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS"
            )
        })
    };
    named || (!t.rows().is_empty() && t.rows().iter().all(|r| verb(&r)))
}

/// Whether the rows are keyed by their first two cells together: a
/// compatibility matrix whose first two columns both hold versions (`| 1.0.x
/// | 1.1.x | ⚠️ Compatible |`: one Router version against each c-gateway
/// version), or a table whose second column holds endpoints, a route with or
/// without its method (`| A8 | /api/health |` and `| A8 | POST /events |`: two
/// probes of one app). Every non-empty cell of the column must read so.
fn pair_keyed(doc: &Document, t: &crate::document::Table) -> bool {
    let cells = |col: usize| {
        t.rows()
            .iter()
            .filter_map(|r| {
                r.cells()
                    .get(col)
                    .map(|c| clean_cell(&doc.text[c.span.clone()]).into_owned())
            })
            .filter(|v| !v.is_empty())
            .collect::<Vec<_>>()
    };
    let second = cells(1);
    if second.is_empty() {
        return false;
    }
    (second.iter().all(|v| is_version(v)) && cells(0).iter().all(|v| is_version(v)))
        || second.iter().all(|v| is_endpoint(v))
        || (names_lines(doc, t) && second.iter().all(|v| is_line_locator(v)))
}

/// Whether the second column's header names lines (`Line`, `Lines`,
/// `Line(s)`, `Line range`): a table of places in files (`| Location | Line |
/// Evidence |`), whose rows are keyed by file and lines together
/// (`run_governance_facade.py` at 335-361 and at 364-383: survey 120b,
/// agenticverz_2.0, 1 finding judged false).
fn names_lines(doc: &Document, t: &crate::document::Table) -> bool {
    t.header().cells().get(1).is_some_and(|h| {
        clean_cell(&doc.text[h.span.clone()])
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "line" | "lines"))
    })
}

/// A line or a range of lines: `335`, `335-361`, `L12`, `L10-L20`, `12–14`.
fn is_line_locator(v: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| regex::Regex::new(r"^[Ll]?\d+(?:\s*[-–]\s*[Ll]?\d+)?$").expect("valid regex"))
        .is_match(v.trim())
}

/// A version or a range of versions: `1.0.x`, `2.x`, `v1.4.2`, `>=3.1`, `~1.2`.
fn is_version(v: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"^(?:[<>=~^]{1,2}\s*)?v?\d+(?:\.(?:\d+|x|\*))+(?:[-+][0-9a-z.]+)?\+?$")
            .expect("valid regex")
    })
    .is_match(&v.to_lowercase())
}

/// An endpoint: a route (`/api/health`), with or without its method
/// (`POST /events`).
fn is_endpoint(v: &str) -> bool {
    let route = match v.split_once(' ') {
        Some((method, route)) => {
            if !matches!(
                method,
                "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS"
            ) {
                return false;
            }
            route.trim()
        }
        None => v,
    };
    route.starts_with('/') && route.len() > 1 && !route.contains(char::is_whitespace)
}

/// Whether the first column holds identifiers: not a role column (status,
/// owner, date, evidence), not a grouping header (`Severity`, `Phase`, `ADR`,
/// `Test File`) unless it also names an identity (`Risk ID`), at least 80% of
/// its values look like IDs or repository paths, none three times or more,
/// and, under a header that names no identity, otherwise unique. When it
/// does: the hash of each row's lower-cased key and the row, sorted (rows
/// with an empty key left out).
fn key_column(doc: &Document, facts: &Facts, ti: usize) -> Option<Vec<(u32, u32)>> {
    let t = &doc.tables[ti];
    let roles = &facts.roles[ti];
    if roles.status.contains(&0)
        || roles.owner.contains(&0)
        || roles.date.contains(&0)
        || roles.evidence.contains(&0)
    {
        return None;
    }
    let h = t.header().cells().first()?;
    let header = clean_cell(&doc.text[h.span.clone()]).to_lowercase();
    let words: Vec<&str> = header
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // An identity header (`ID`, `Gap ID`, `#`, `Key`) names a key; otherwise
    // a grouping header (`ADR`, `Test File`, `Phase`) names a group.
    let identity = header == "#" || words.iter().any(|w| IDENTITY.contains(w));
    if !identity && words.iter().any(|w| GROUPING.contains(w)) {
        return None;
    }
    if keyed_by_method(doc, t) {
        return None;
    }
    let pair = pair_keyed(doc, t);
    // Each key's hash and row, not its text: a table of a million rows keeps
    // two numbers of 32 bits a row here. (Keys of one hash are told apart by
    // their text: a collision only costs a second look.)
    let key = |r: &crate::document::Row| row_key(doc, r, pair).map(|k| k.to_lowercase());
    let mut hashed: Vec<(u32, u32)> = Vec::with_capacity(t.rows().len());
    let mut ids = 0;
    for (ri, r) in t.rows().iter().enumerate() {
        let Some(k) = key(&r) else {
            continue;
        };
        // Identifiers are meant to be unique: IDs and repository paths (of
        // the first cell, a pair's key or not).
        let first = row_key(doc, &r, false)
            .map(|k| k.to_lowercase())
            .unwrap_or_default();
        if looks_like_id(&first) || looks_like_path(&first) {
            ids += 1;
        }
        let Ok(ri) = u32::try_from(ri) else {
            break;
        };
        // (The hash's high bits: FxHash mixes into them.)
        hashed.push(((rustc_hash::FxBuildHasher.hash_one(&k) >> 32) as u32, ri));
    }
    if hashed.is_empty() || ids * 5 < hashed.len() * 4 || periods(doc, t) {
        return None;
    }
    // …unless one stands three times or more: then the column groups rows
    // (a source document with several claims each, an epic with its stories).
    // Equal keys have equal hashes: only a hash seen three times or more is
    // looked at, by its keys' text.
    hashed.sort_unstable();
    let groups = hashed.chunk_by(|a, b| a.0 == b.0).any(|same| {
        if same.len() < 3 {
            return false;
        }
        let mut keys: Vec<String> = same
            .iter()
            .filter_map(|&(_, ri)| key(&t.row(ri as usize)))
            .collect();
        keys.sort_unstable();
        keys.chunk_by(|a, b| a == b).any(|k| k.len() >= 3)
    });
    if groups || grouped_runs(doc, t, roles, pair) {
        return None;
    }
    // A header that names no identity: the values are keys only when they
    // are otherwise unique (one value repeated, or one in ten at most); two
    // `ADR-008` rows and two `ADR-009` rows under `Decision` group checks.
    if !identity {
        let mut repeated = 0;
        let mut distinct = 0;
        for same in hashed.chunk_by(|a, b| a.0 == b.0) {
            let mut keys: Vec<String> = same
                .iter()
                .filter_map(|&(_, ri)| key(&t.row(ri as usize)))
                .collect();
            keys.sort_unstable();
            for k in keys.chunk_by(|a, b| a == b) {
                distinct += 1;
                if k.len() > 1 {
                    repeated += 1;
                }
            }
        }
        if repeated > 1 && repeated * 10 > distinct {
            return None;
        }
    }
    Some(hashed)
}

/// Whether the first column groups runs of rows: two keys or more each
/// repeated, every repeat next to its key's other rows, and the rows of each
/// run told apart by a second cell that is no role column (status, owner,
/// date, evidence): `| Story | Component | Coverage |` with `US6.1` over
/// `ProgressContext` and `ModuleCompletion`, then `US6.3` over `useSearch`
/// and `Security (XSS)` (survey 79a, a BMAD QA report's coverage table, 2
/// findings judged false). A key repeated apart from its run, a run whose
/// second cells repeat, and a single repeated key are still judged.
fn grouped_runs(
    doc: &Document,
    t: &crate::document::Table,
    roles: &crate::rules::facts::TableRoles,
    pair: bool,
) -> bool {
    if pair
        || roles.status.contains(&1)
        || roles.owner.contains(&1)
        || roles.date.contains(&1)
        || roles.evidence.contains(&1)
    {
        return false;
    }
    let cell = |r: &crate::document::Row, col: usize| {
        r.cells()
            .get(col)
            .map(|c| clean_cell(&doc.text[c.span.clone()]).to_lowercase())
            .unwrap_or_default()
    };
    // Each run of one key, in row order: its key and its second cells.
    let mut runs: Vec<(String, Vec<String>)> = Vec::new();
    for r in t.rows() {
        let key = cell(&r, 0);
        if key.is_empty() {
            return false;
        }
        let second = cell(&r, 1);
        match runs.last_mut() {
            Some((k, seconds)) if *k == key => seconds.push(second),
            _ => runs.push((key, vec![second])),
        }
    }
    let mut keys: Vec<&str> = runs.iter().map(|(k, _)| k.as_str()).collect();
    keys.sort_unstable();
    if keys.windows(2).any(|w| w[0] == w[1]) {
        return false;
    }
    let mut repeated = 0;
    for (_, seconds) in &runs {
        if seconds.len() < 2 {
            continue;
        }
        repeated += 1;
        let mut s: Vec<&str> = seconds.iter().map(String::as_str).collect();
        s.sort_unstable();
        if s.iter().any(|v| v.is_empty()) || s.windows(2).any(|w| w[0] == w[1]) {
            return false;
        }
    }
    repeated >= 2
}

/// Whether every key of the first column is a period of a schedule (`W3`,
/// `Week 2`, `Sprint 4`, `Day 1`, `Phase 2`, `Iteration 3`): the column
/// groups the tasks of each period, and a period is listed once per task.
fn periods(doc: &Document, t: &crate::document::Table) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"^(?:w|wk|week|sprint|day|phase|iteration|iter)[-_ ]?\d+$")
            .expect("valid regex")
    });
    let mut any = false;
    for r in t.rows() {
        let Some(k) = row_key(doc, &r, false) else {
            continue;
        };
        if !re.is_match(&k.to_lowercase()) {
            return false;
        }
        any = true;
    }
    any
}

/// A repository path: no spaces, a `/` or a file extension.
fn looks_like_path(k: &str) -> bool {
    !k.contains(char::is_whitespace)
        && (k.contains('/')
            || k.rsplit_once('.').is_some_and(|(stem, ext)| {
                !stem.is_empty()
                    && (1..=5).contains(&ext.len())
                    && ext.chars().all(|c| c.is_ascii_alphanumeric())
                    && ext.chars().any(|c| c.is_ascii_alphabetic())
            }))
}

/// Whether `key` and the key of `first`, alike but for case, are two IDs
/// told apart by their case: `M-01` and `m-01`, a major and a minor defect
/// of an E2E fix roadmap's severity scheme (survey 51a, EvanTenenbaum/TERP's
/// `E2E_FIX_ROADMAP_2026-01-22.md`, 2 findings judged false). An ID written
/// twice alike (`UC-001`, `UC-001`), and a name in another case (`Auth`,
/// `auth`), are one key.
fn case_marks_id(doc: &Document, first: &crate::document::Row, key: &str, pair: bool) -> bool {
    let Some(other) = row_key(doc, first, pair) else {
        return false;
    };
    other.as_ref() != key && looks_like_id(&key.to_lowercase())
}

/// An ID: letters then digits (`UC-001`, `LR12`, `BGT-021a`, `TL-08.1`), or `#` and digits.
fn looks_like_id(k: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"^(?:#\d+|[a-z][a-z0-9]{0,11}[-_ .]?\d+(?:[-_.]\d+)*[a-z]?)$")
            .expect("valid regex")
    })
    .is_match(k)
}
