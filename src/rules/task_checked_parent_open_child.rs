//! `task/checked-parent-open-child`: a checked item has an unchecked descendant.
//!
//! ## When it speaks
//! A checked item (`- [x]`) has an unchecked descendant that is part of the
//! same work: `- [x] DCMMS-021 Work order state machine` over `- [ ] CRITICAL:
//! enforcement in routes (NOT enforced)`.
//!
//! An open item is reported once, at the nearest checked item above it
//! that it counts against: `- [x] Rollout` over `- [x] Staging` over `- [ ]
//! Smoke test` is one finding, on `Staging` (survey 30b, open-telemetry's
//! community `ci-cd.md`, had it at both). Once `Staging` is unticked, the
//! next run reports `Rollout`.
//!
//! ## When it stays silent
//! - Meeting minutes (a folder or file name saying `minutes`, `meetings` or
//!   `meeting notes`, and a year in the file's name: `meeting-notes/2019-09-26.md`;
//!   see `minutes`): a past meeting's agenda and action items, as recorded
//!   (survey 42c). A notes template is judged.
//! - The document is a plan filed below a work tracker's folder of finished
//!   work (`plans/done/` beside `plans/in-progress/`; see `task_folder`):
//!   the plan is closed, nobody ticks its boxes any more (survey 30a).
//! - The open descendant is work for a later release stage that the checked
//!   item does not name: `- [x] Test plan is in place` over `- [ ] e2e tests
//!   for all Beta API operations` or `- [ ] Minimum two-week window for GA e2e
//!   tests` (the Kubernetes KEP template, ticked stage by stage). The stages are
//!   alpha, beta, GA, stable, general availability and preview; a descendant
//!   naming the stage its parent names (`- [x] Beta` over `- [ ] Beta docs`) is
//!   reported.
//! - The open descendant is marked optional, deferred, future or conditional
//!   (`(future enhancement)`, `(optional)`, `if needed`, `if native app
//!   exists`, `(quando
//!   implementado)`, French `(optionnel - futur)`, Japanese `（オプション）`,
//!   `⏭️`), says why it
//!   waits (`(Workstream G not started)`, `(later)`, `(Phase 2)`, German
//!   `- Folgt später`, "comes later": survey 35d), is labelled a stretch
//!   goal or a follow-up (`(Stretch) …`, `Follow-up: …`: survey s125b),
//!   closes on what it waits
//!   on (`(bei Installation)`, `(Host-App erforderlich)`, `(requires
//!   device)`: survey 59c; after a dash too, `— requires SENTRY_DSN
//!   config`: survey 90a; a bare `(required)` and `— requires
//!   implementation` are judged), is a
//!   hand-off step (`**WAIT for user response**`), or is struck through (`- [ ]
//!   ~~e2e tests~~ no API endpoints`): no work is open.
//! - The open descendant only notes where its task's details come from, a
//!   link or path after `Source:` (`- [ ] Source: [architecture/x.md#y]`,
//!   BMAD's story template: survey 103a): nothing to do. `- [ ] Add sources
//!   to …` is judged.
//! - The open descendant says it was declined or deferred on purpose: `→
//!   暂不更新，保持现有格式` ("not updating for now"), `won't`, `wontfix`,
//!   `deferred`, `N/A`, `→ skip`, `not needed`, `out of scope`.
//! - The checked item says in parentheses that it is done only in part
//!   (`- [x] **Analytics Panel** (partial — core metrics; productivity row
//!   pending)`, `(partially done)`, French `(Partiellement)`, Spanish or
//!   Portuguese `(parcial)`: survey 48a): the open items under it are the
//!   remainder it names (survey 32b, TimeFlow). So does a checked item that
//!   says in German that its work is only begun or partly done (`✅ PHASE 1
//!   BEGONNEN`, `teilweise`, `in Arbeit`), or gives the share done in
//!   parentheses (`(erweitert - 8 von ~20 Dateien)`, `(3 of 10 files)`;
//!   survey 35d, an ERP's German TODO). A checked item without such a mark is
//!   reported.
//! - The checked item installs something and the open descendant is the
//!   install step of another operating system than a checked sibling's
//!   (`- [x] **macOS**: brew install ffmpeg` beside `- [ ] **Ubuntu/Debian**:
//!   apt-get install ffmpeg`): the platforms are alternatives (survey 48a).
//! - The checked item limits its scope to the user interface (`- UI ONLY`,
//!   `frontend only`) and the open descendant is another layer's work: an API
//!   call (`Fetch … from GET /x`, `Submit to POST /x`), navigation
//!   (`Navigate to …`, a button's action after an arrow: `"X" button ->
//!   navigates to Y`, `-> opens Y`), state
//!   wiring (`Pre-fill from authStore`) or validation. An open UI part (`Card
//!   with cover image`) is reported.
//! - In a roadmap (the file's name says `roadmap`, or a heading the item
//!   stands under does: `# Roadmap`), the checked item names a feature: a
//!   short name (`- [x] Themes`, `- [X] TextArea (multi-line input)`), not a
//!   milestone (`Phase 1`, `v1.0`, `MVP`, `Q3`), a sentence or a task that
//!   starts with a verb (`Add dark mode`). A ticked feature of a roadmap
//!   exists; the open items under it (`* [ ] Customize via config`) are
//!   features planned on top of it, not part of it (Textual's roadmap). The
//!   same list outside a roadmap, and a ticked milestone or task of a
//!   roadmap, are reported.
//!
//! - The open descendant is a branch of a procedure written as pseudo-code,
//!   opening with its condition and a colon (`- [ ] if not found: error
//!   "… => STOP"` under `- [x] Verify repo layout`), or its checked item is
//!   such a condition alone (`- [x] if tool not found:` over `- [ ] record
//!   a skip entry`): the path of a condition that did not hold (survey 71a,
//!   an agent's task list). An open step without its condition is reported.
//!
//! - The document's own status says its work is done (`Status: done` in a
//!   BMAD story's preamble, `**Status:** ✅ Complete`, front matter
//!   `status: done`; `Ready …` and `Approved …` are not enough) and the
//!   checked item has two or more sub-items, none of them ticked: the author
//!   ticked the task as a whole and never its steps, which nobody ticks once
//!   the work is finished (survey s123c, steven-d-pennington/symptom-tracker's
//!   BMAD stories: `- [x] Task 2: Extend useAnalytics hook` over eight open
//!   `- [ ] 2.1: …` steps, 15 sampled findings judged false). A task with
//!   some steps ticked and one open, and the same task in a story whose
//!   status is not done (`Status: review`), are reported.
//!
//! - The checked item and its sub-items are a rendered example: the page
//!   shows the same lines as Markdown source in a code block
//!   (pymdown-extensions' `tasklist.md` renders the fenced list in a
//!   `/// html | div.result` block: survey 69b). The same list without
//!   its source in a code block is reported.
//!
//! ## Why it matters
//! A parent ticked while part of its work is open overstates progress.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "task/checked-parent-open-child",
    severity: Severity::Error,
    fixable: false,
    lead: 1,
    summary: "a checked item has an unchecked descendant",
    why: "A parent ticked while part of its work is open overstates progress. An open item is reported once, at the nearest checked item above it (`- [x] Rollout` over `- [x] Staging` over `- [ ] Smoke test` is one finding, on `Staging`; once that is unticked, `Rollout` is reported). It stays silent when the open \
sub-item is work for a later release stage its parent does not name (`- [x] Test plan is in place` over `- [ ] e2e \
tests for all Beta API operations`, `GA`, `stable`: a template ticked stage by stage, as Kubernetes KEPs are), and \
when the sub-item is marked optional, deferred, future or conditional (`(future enhancement)`, `if needed`, or a short closing clause on something that may not exist, `- [ ] Add \
`related_applications` if native app exists`, `if … is available`: survey 50b; in Portuguese, \
Spanish or French too: `(quando implementado)`, `si es necesario`, `opcional`: survey 44b; `(optionnel - futur)`, Japanese `（オプション）`, `（任意）`: survey 48a), says why \
it waits (`(Workstream G not started)`, `(later)`, `(Phase 2)`, German `- Folgt später`), is labelled a stretch goal or a follow-up (`(Stretch) Scene-change detection`, `Follow-up: add a CI guard`, `… (stretch)`: survey s125b, fall4knight/yanhu-game-sessions' project plan, 1 finding judged false; `Follow up with QA`, a task with no label, is judged) or closes on what it waits on (the installation into a host project, `(bei Installation)`, or a named prerequisite, `(Host-App erforderlich)`, `(requires device)`: survey 59c, CarstenVogelsang/v-flask's plugin progress files, 2 findings judged false; also after a dash, `— requires SENTRY_DSN config`: survey 90a, Staffora-HRIS/HRISystem's DevOps task list, 4 findings judged false; a bare `(required)` says the item is mandatory, and `— requires implementation` names the work itself: both are judged), is a hand-off step (`WAIT for user response`), is \
struck through (`~~…~~`) or says it was declined or deferred on purpose (`→ 暂不更新` \"not updating for now\", `won't`, `wontfix`, \
`deferred`, `N/A`, `→ skip`, `not needed`, `out of scope`), when the sub-item is a branch of a procedure written as pseudo-code, opening with \
its condition and a colon (`- [ ] if not found: error \"… => STOP\"` under `- [x] Verify repo layout`), or the checked item is such a condition \
alone (`- [x] if tool not found:` over `- [ ] record a skip entry`): the path of a condition that did not hold (survey 71a, mt4110/veil-rs's agent \
task lists, 10 findings judged false; an open step without its condition is reported), when the checked item says in parentheses that it is done only in part (`- [x] **Analytics Panel** (partial — core metrics; productivity row pending)`, `(partially done)`, French `(Partiellement)`, Spanish or Portuguese `(parcial)`: the open sub-items are the remainder it names; surveys 32b, 48a), when the checked item installs something and the open sub-item is the install step of another operating system than a checked sibling's (`- [x] Install dependencies` over `- [x] **macOS**: brew install ffmpeg` and `- [ ] **Ubuntu/Debian**: apt-get install ffmpeg`: alternatives, one is taken; survey 48a; builds or tests per platform are judged), or says so in German or with the share done (`✅ PHASE 1 BEGONNEN`, `teilweise`, `in Arbeit`, `(erweitert - 8 von ~20 Dateien)`, `(3 of 10 files)`; survey 35d, an ERP's German TODO: 3 findings judged false), and when a parent scoped `UI ONLY` has open sub-items of another layer (`Fetch … from GET \
/x`, `Submit to POST /x`, navigation: `Navigate to …`, or a button's action after an arrow, `\"X\" button -> navigates to Y`, `-> opens Y`; `authStore` wiring, validation); an open UI part of it (`3-step stepper: A -> B -> C`) is reported. A sub-item naming its parent's own stage (`- [x] Beta` over `- [ ] Beta docs`) is reported. \
In a roadmap (the file's name says `roadmap`, or a heading the item stands under does: `# Roadmap`) it is silent when the checked item names a feature: a short name (`- [x] Themes`, `- [X] TextArea (multi-line input)`), not a milestone (`Phase 1`, `v1.0`, `MVP`, `Q3`), a sentence or a task that starts with a verb (`Add dark mode`): a ticked feature of a roadmap exists, and the open items under it (`* [ ] Customize via config`) are features planned on top of it, not part of it. The same list outside a roadmap, and a ticked milestone or task of a roadmap, are reported. Silent, too, in a plan filed below a work tracker's folder of finished work (`plans/done/2026-04-22__ci/delivery.md`: a folder named `done`, `completed`, `complete` or `finished` beside a folder of open work such as `in-progress/`, `backlog/` or `todo/`): the plan moved there once its work was done, and nobody ticks its boxes any more (survey 30a: 14 such findings in a monorepo's finished plans); a plan in progress is judged. Silent in meeting minutes (a folder or file name saying `minutes`, `meetings` or `meeting notes`, and a year in the file's name: `meeting-notes/2019-09-26.md`, `meeting-notes-archive/2019.md`): their boxes are a past meeting's agenda and action items as recorded, and nobody ticks them after (survey 42c, electron/governance's working-group notes); a notes template with no year in its name is judged. Silent, too, for a rendered example: a checked item that the page also shows, with its sub-items, line for line in a code block (pymdown-extensions' `tasklist.md` shows a task list in a fence and then renders it in a `/// html | div.result` block, as Material's pages do in `<div class=\"result\" markdown>`: survey 69b, 1 finding judged false); the same list whose source no code block shows is judged. A Markdown renderer's test case, an input kept in a `tests/` or `test/` tree beside the output it must give (`table.md` beside `table.html`, `tasklist.md` beside `tasklist.xml`: thephpleague/commonmark's `tests/functional/`, survey 53b), is test data and not checked; the same pair outside a test tree, a test tree's Markdown with no output of its name beside it, and a README there are judged. Silent, too, for the options not taken in a choice: a parent that says its sub-items are alternatives (`- [x] The claim is one of:`, `one of the following`, `choose one`) with exactly one of them ticked (`- [x] Deferred` beside `- [ ] Approved` and `- [ ] Rejected`: a readiness record's decision, survey 77a, arwyn6969/asi-bill-of-rights, 1 finding judged false); a choice with none or two ticked, and a parent that names no choice, are judged. Silent, too, for the follow-ups of a question the checked item answers: a parent asking whether something is so (`- [x] Is the task an existing benchmark in the literature?`, `If yes, does …?`) over an open question (`- [ ] If yes, does the original paper provide a reference implementation?`, `- [ ] Have you referenced the original paper?`) or an answer not given (`- [ ] Yes, contributed by the author`): a questionnaire ticked yes says what is so, not what is done (survey 82d, EleutherAI/lm-evaluation-harness's task READMEs, 30 findings judged false); a parent asking whether work was done (`Have you …?`), and an open task under a question (`- [ ] Reference the paper`), are judged. Silent, too, for an open sub-item that only notes where its task's details come from, a link or path after `Source:` (`- [ ] Source: [architecture/api-design.md#client-activation-support]`, BMAD's story template, which writes the reference as one more subtask: survey 103a, ck123cabz/template-genius-activation, 4 findings judged false): nothing to do, so nobody ticks it; a task to cite (`- [ ] Add sources to …`) is judged. Silent, too, for a task ticked as a whole in a document whose own status says its work is done (`Status: done` in a BMAD story's preamble, `**Status:** ✅ Complete`, front matter `status: done`; `Ready …` and `Approved …` are not enough): a checked item with two or more sub-items, none of them ticked (`- [x] Task 2: Extend useAnalytics hook` over eight open `- [ ] 2.1: …` steps), whose author ticked the task and never its steps, which nobody ticks once the story is finished (survey s123c, steven-d-pennington/symptom-tracker, 15 sampled findings judged false); a task with some steps ticked and one open, and the same task in a document whose status is not done (`Status: review`), are judged.",
    bad: "- [x] Infrastructure\n  - [ ] Backups verified",
    good: "- [ ] Infrastructure\n  - [ ] Backups verified",
};

use crate::diagnostic::Finding;
use crate::document::Document;

use crate::rules::facts::{clean_cell, is_legend_line, is_optional_work};
use crate::rules::task_section_claims_done::is_document_level;
use crate::vocabulary::claims_done;

/// The release stages an item names (`Beta`, `GA`, `stable`), lower-cased.
fn stages(text: &str) -> Vec<&'static str> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let Some(re) = RE
        .get_or_init(|| {
            regex::Regex::new(r"(?i)\b(alpha|beta|ga|stable|general[ -]availability|preview)\b")
                .ok()
        })
        .as_ref()
    else {
        return Vec::new();
    };
    let mut out: Vec<&'static str> = re
        .find_iter(text)
        .map(|m| match m.as_str().to_lowercase().as_str() {
            "alpha" => "alpha",
            "beta" => "beta",
            "preview" => "preview",
            // GA, stable and general availability are one stage.
            _ => "ga",
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The text of an item after its box (`- [ ] `), trimmed.
fn item_text<'a>(doc: &'a Document, t: &crate::document::TaskItem) -> &'a str {
    let own = &doc.text[t.own.clone()];
    let after = t.marker.end.saturating_sub(t.own.start);
    own.get(after..).unwrap_or(own).trim()
}

/// A regex, compiled once (None if it does not compile: the check is skipped).
fn regex(
    cell: &'static std::sync::OnceLock<Option<regex::Regex>>,
    re: &str,
) -> Option<&'static regex::Regex> {
    cell.get_or_init(|| regex::Regex::new(re).ok()).as_ref()
}

/// Whether an open item says why it is left for later: `(Workstream G not
/// started)`, `(later)`, `(next phase)`, `(Phase 2)`, German `- Folgt
/// später` ("comes later"), `(später)` (survey 35d, an ERP's German TODO).
fn says_later(text: &str) -> bool {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    regex(
        &RE,
        r"(?i)\([^)]*\b(not started|later|next (phase|sprint|release|milestone)|phase \d+)\b[^)]*\)|\b(folgt|kommt) später\b|\(\s*später\s*\)",
    )
    .is_some_and(|re| re.is_match(text))
}

/// Whether an open item is labelled a stretch goal or a follow-up, at its
/// start (`(Stretch) Scene-change detection using frame diff threshold`,
/// `Stretch goal: …`, `Follow-up: add a CI grep guard …`) or as a whole
/// parenthesis (`… (stretch)`, `(follow-up)`): work its author filed under
/// the ticked item as beyond its scope (survey s125b,
/// fall4knight/yanhu-game-sessions' project plan, `- [x] Implement
/// extractor.py` over `- [ ] (Stretch) Scene-change detection`: judged
/// false). A task to follow up (`- [ ] Follow up with QA on the results`),
/// with no label, is judged.
fn stretch_or_follow_up(text: &str) -> bool {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    regex(
        &RE,
        r"(?i)^[*_]{0,2}(?:\(\s*(?:stretch|follow[- ]?up)\b[^)]*\)|(?:stretch(?:\s+goal)?|follow[- ]?up)[*_]{0,2}\s*:)|\(\s*(?:stretch(?:\s+goal)?|follow[- ]?ups?)\s*\)",
    )
    .is_some_and(|re| re.is_match(text))
}

/// Whether an open item closes on a parenthesis saying what it waits on:
/// the installation into a host (`(bei Installation)`, `(bei
/// Projekt-Installation)`, `(at install time)`) or a named prerequisite
/// (`(Host-App erforderlich)`, "host app required"; `(requires device)`,
/// `(API key needed)`). Survey 59c, CarstenVogelsang/v-flask's plugin
/// `PROGRESS.md` files: `- [x] **1.2 Datenbank-Models**` over `- [ ]
/// Migration erstellen und testen (Host-App erforderlich)`, the migration
/// made in the project that installs the plugin (2 findings judged false).
/// A bare `(required)`, `(erforderlich)`, says the item is mandatory and is
/// judged.
fn waits_on(text: &str) -> bool {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    regex(
        &RE,
        r"(?i)\(\s*(?:[^()]*\b(?:bei (?:projekt-?)?installation|at install(?:ation)?(?: time)?|on install(?:ation)?|when installed)\b[^()]*|[^()\s][^()]*\s(?:erforderlich|benötigt|required|needed)|(?:requires|needs|erfordert|benötigt) [^()]+)\)\W*$",
    )
    .is_some_and(|re| re.is_match(text.trim_end()))
        || waits_on_after_dash(text)
}

/// Whether an open item closes on a clause after a dash that names the
/// prerequisite it waits on: `- [ ] Source maps uploaded during CI build step
/// — requires SENTRY_DSN config`, `— require Prometheus/Grafana stack
/// deployment` (survey 90a, Staffora-HRIS/HRISystem's `devops-tasks.md`,
/// `**DONE**` tasks whose remaining criteria wait on an environment: 4
/// findings judged false). A clause naming the work itself, `— requires
/// implementation`, says the item is simply not done and is judged.
fn waits_on_after_dash(text: &str) -> bool {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    regex(
        &RE,
        r"(?i)\s(?:—|–|--|-)\s+(?:requires|require|needs|need)\s+([^—–()]{2,80}?)\W*$",
    )
    .and_then(|re| re.captures(text.trim_end()))
    .and_then(|c| c.get(1))
    .is_some_and(|object| {
        let first = object
            .as_str()
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        !matches!(
            first.as_str(),
            "implementation" | "implementing" | "work" | "fixing" | "testing" | "review"
        )
    })
}

/// Whether an open item says it was declined or deferred on purpose: `→
/// 暂不更新，保持现有格式` ("not updating for now, keeping the format"),
/// `wontfix`, `→ skip`, `not needed` (`deferred`, `won't`, `N/A` and `out of
/// scope` are read as optional work).
fn declined(text: &str) -> bool {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    regex(
        &RE,
        r"(?i)(暂不|暫不|不需要|无需|無需|不再需要|\bwon['’]?t[ -]?fix\b|\bwon’t\b|\bnot needed\b|\bno longer needed\b|\bnot applicable\b|\bdeclined\b|(→|->|=>)\s*(skip|skipped|dropped|cancel+ed|not doing|none)\b)",
    )
    .is_some_and(|re| re.is_match(text))
}

/// Whether a checked item says in parentheses that it is done only in part:
/// `- [x] **Analytics Panel Component** (partial — core metrics; productivity
/// row pending)`, `(partially done)`, in French, Spanish or Portuguese too
/// (`✅ TERMINÉ (Partiellement)`, `(parcial)`, `(parcialmente)`: survey 48a).
/// The open items under it are the remainder the item names, not a claim of
/// more than it says (survey 32b, TimeFlow's tasks page plan). So does a German item that says its work is
/// begun or partly done (`✅ PHASE 1 BEGONNEN`, `teilweise`, `in Arbeit`), or
/// a share of it in parentheses (`(erweitert - 8 von ~20 Dateien)`, `(3 of
/// 10 files)`; survey 35d, an ERP's German TODO).
fn says_partial(text: &str) -> bool {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    static COUNT: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    if regex(
        &RE,
        r"(?i)\(\s*(partial(ly)?|partiel(le)?(ment)?|parcial(mente)?)\b[^)]*\)|\b(begonnen|teilweise|in arbeit)\b",
    )
    .is_some_and(|re| re.is_match(text))
    {
        return true;
    }
    // A share of the work in parentheses: `(erweitert - 8 von ~20 Dateien)`,
    // `(3 of 10 files)`, fewer done than there are.
    regex(&COUNT, r"(?i)\([^)]*?\b(\d+) (?:von|of) ~?(\d+)\b[^)]*\)").is_some_and(|re| {
        re.captures_iter(text).any(|c| {
            let done = c.get(1).and_then(|m| m.as_str().parse::<u64>().ok());
            let all = c.get(2).and_then(|m| m.as_str().parse::<u64>().ok());
            matches!((done, all), (Some(d), Some(a)) if d < a)
        })
    })
}

/// Whether a checked item limits its own scope to the user interface (`-
/// UI ONLY`, `frontend only`).
fn ui_only(text: &str) -> bool {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    regex(&RE, r"(?i)\b(ui|frontend|front-end)[ -]only\b").is_some_and(|re| re.is_match(text))
}

/// Whether an item is work of another layer than the user interface: an API
/// call (`GET /x`, `POST /x`, `fetch`, `endpoint`), submitting and its outcome
/// (`On error: show toast`, `Loading spinner during submission`), navigation
/// (`Navigate to …`, a button's action after an arrow: `"Pindah" button ->
/// navigates to /booking`, `-> opens LocationMapPicker`),
/// state wiring (`authStore`, `pre-fill`) or validation.
fn other_layer(text: &str) -> bool {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    regex(
        &RE,
        r"(?i)(\b(GET|POST|PUT|PATCH|DELETE) /|^\W*(fetch|submit|navigate|pre-?fill|reset|wire|call)\b|^\W*(on )?(success|error|failure)\b|\bsubmission\b|\bapi\b|\bendpoints?\b|\w+store\b|openurl|\bvalidation\b|(->|→)\s*(navigates?|redirects?) to\b|(->|→)\s*opens?\s+\S)",
    )
    .is_some_and(|re| re.is_match(text))
}

/// Whether open item `child` is the install step of another platform than a
/// checked sibling's, under a checked install step: `- [x] Install system
/// dependencies` over `- [x] **macOS**: brew install ffmpeg` and `- [ ]
/// **Ubuntu/Debian**: sudo apt-get install ffmpeg` (survey 48a,
/// jagar028055/Market_News_Project's `PODCAST_SETUP_TASKS.md`, in Japanese:
/// `システム依存関係のインストール`). The reader installs on one platform; the
/// others are alternatives, not open work. Builds or tests per platform are
/// all required and are judged.
fn other_platform(doc: &Document, parent: usize, child: usize) -> bool {
    static INSTALL: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let installs = regex(&INSTALL, r"(?i)instal|インストール|安装|설치")
        .is_some_and(|re| re.is_match(item_text(doc, &doc.tasks[parent])));
    if !installs || platform(item_text(doc, &doc.tasks[child])).is_none() {
        return false;
    }
    let siblings = doc.tasks[child].parent;
    doc.tasks.iter().enumerate().any(|(k, t)| {
        k != child && t.checked && t.parent == siblings && platform(item_text(doc, t)).is_some()
    })
}

/// The operating system an item starts with (`**macOS**: ...`, `Ubuntu/Debian:`,
/// `Windows -`), if any.
fn platform(text: &str) -> Option<&str> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    regex(
        &RE,
        r"(?i)^[\s*_`]*(macos|mac os|os x|osx|mac|linux|ubuntu|debian|fedora|centos|rhel|arch|alpine|windows|wsl|freebsd)\b",
    )
    .and_then(|re| re.captures(text))
    .and_then(|c| c.get(1))
    .map(|m| m.as_str())
}

/// Whether an item is a branch of a procedure written as pseudo-code: it
/// opens with its condition and a colon (`if not found: error "… => STOP"`,
/// `else:`), or, for a `header`, is the condition alone (`if tool not
/// found:`), its steps below it. Survey 71a, mt4110/veil-rs's agent task
/// lists (`docs/ops/S10_02_TASK.md`): `- [x] Verify repo layout (cmd/prverify
/// exists)` over `- [ ] if not found: error "… => STOP"`, the error path of
/// a check that passed (10 findings judged false).
fn branch(text: &str, header: bool) -> bool {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    static HEAD: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    if header {
        regex(
            &HEAD,
            r"(?i)^[\s*_`]*(if|else if|elif|else)\b[^:：]*[:：][\s*_`]*$",
        )
        .is_some_and(|re| re.is_match(text))
    } else {
        regex(&RE, r"(?i)^[\s*_`]*(if|else if|elif|else)\b[^:：]*[:：]")
            .is_some_and(|re| re.is_match(text))
    }
}

/// Whether open item `child` is an option not taken in a choice: its parent
/// says the sub-items are alternatives (`- [x] The claim is one of:`, `one
/// of the following`, `choose one`, `select one`) and exactly one of the
/// parent's own sub-items is ticked (`- [x] Deferred` beside `- [ ]
/// Approved` and `- [ ] Rejected`: arwyn6969/asi-bill-of-rights' readiness
/// records, survey 77a). A choice with nothing ticked, or with two ticked,
/// and a parent that does not say it is a choice are judged.
fn alternative_not_taken(doc: &Document, parent: usize, child: usize) -> bool {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    if doc.tasks[child].parent != Some(parent) {
        return false;
    }
    let choice = regex(
        &RE,
        r"(?i)\b(one of(\s+the following)?|(choose|select|pick|tick|check) (only )?one)[\s*_`)]*[:：.]?[\s*_`]*$",
    )
    .is_some_and(|re| re.is_match(item_text(doc, &doc.tasks[parent])));
    choice
        && doc
            .tasks
            .iter()
            .filter(|t| t.parent == Some(parent) && t.checked)
            .count()
            == 1
}

/// Whether open item `child` is a follow-up to a question its checked
/// ancestor `parent` answers: the parent asks whether something is so (`- [x]
/// Is the task an existing benchmark in the literature?`, `If yes, does the
/// paper provide …?`: `is`, `are`, `was`, `were`, `does`, `do`, `did`, `can`)
/// and the open item is a question too (`- [ ] If yes, does the original
/// paper provide a reference implementation?`) or an answer not given (`- [ ]
/// Yes, contributed by the author`). A questionnaire ticked yes says what is
/// so, not what is done: EleutherAI/lm-evaluation-harness's task READMEs copy
/// its contribution checklist (survey 82d, 30 findings judged false). A
/// parent that asks whether work was done (`Have you …?`, `Has …?`) or states
/// it, and an open task under a question (`- [ ] Reference the paper`), are
/// judged.
fn answered_question(doc: &Document, parent: usize, child: usize) -> bool {
    static ASK: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    static FOLLOW: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let asks = regex(
        &ASK,
        r"(?i)^[\s*_`]*(if (yes|so|not)[,:]?\s+)?(is|are|was|were|does|do|did|can)\s[^?]*\?[\s*_`]*$",
    )
    .is_some_and(|re| re.is_match(item_text(doc, &doc.tasks[parent])));
    asks && regex(
        &FOLLOW,
        r"(?i)(\?[\s*_`]*$|^[\s*_`]*(yes|no)\b[\s*_`]*([,.:;—-]|$))",
    )
    .is_some_and(|re| re.is_match(item_text(doc, &doc.tasks[child])))
}

/// Whether an open item is only a note of where its task's details come
/// from, a link or path after `Source:` (`- [ ] Source:
/// [architecture/api-design.md#client-activation-support]`, BMAD's story
/// template, which writes the reference as one more subtask; `[Source: …]`,
/// `**References:** …`): nothing to do, so nobody ticks it (survey 103a,
/// ck123cabz/template-genius-activation, 4 findings judged false). A task
/// that names the work of citing (`- [ ] Add sources to …`) is judged.
fn source_note(text: &str) -> bool {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    regex(
        &RE,
        r"(?i)^\[?[*_]{0,2}(sources?|references?|refs?)[*_]{0,2}\s*:[*_]{0,2}\s*[\[`(]?[\w./#-]",
    )
    .is_some_and(|re| re.is_match(text))
}

/// Whether open item `child` is work outside its checked ancestor `parent`'s
/// claim: for a later stage the parent does not name, optional, future,
/// conditional or knowingly deferred work, another layer than a `UI ONLY`
/// parent's, or struck through.
fn outside_claim(doc: &Document, parent: usize, child: usize) -> bool {
    let c = item_text(doc, &doc.tasks[child]);
    if c.starts_with("~~")
        || is_optional_work(c)
        || says_later(c)
        || stretch_or_follow_up(c)
        || waits_on(c)
        || declined(c)
        || branch(c, false)
        || source_note(c)
    {
        return true;
    }
    let p = item_text(doc, &doc.tasks[parent]);
    if says_partial(p)
        || (ui_only(p) && other_layer(c))
        || other_platform(doc, parent, child)
        || alternative_not_taken(doc, parent, child)
        || answered_question(doc, parent, child)
    {
        return true;
    }
    let own = stages(p);
    stages(c).iter().any(|s| !own.contains(s))
}

/// The parts of a document that stand in a roadmap: all of it when the
/// file's name says so (`ROADMAP.md`, `docs/roadmap.md`), else the sections
/// under a heading that does (`# Roadmap`, `## Roadmap 2025`), each up to
/// the next heading of its level or above. Found once per document (a
/// document may hold hundreds of thousands of tasks and headings).
fn roadmap_sections(doc: &Document) -> Vec<std::ops::Range<usize>> {
    let name = doc.path.rsplit('/').next().unwrap_or(&doc.path);
    if name.to_lowercase().contains("roadmap") {
        return std::iter::once(0..usize::MAX).collect();
    }
    let mut out = Vec::new();
    // Open roadmap headings: (level, start, index in `out`).
    let mut open: Vec<(u8, usize)> = Vec::new();
    for h in &doc.headings {
        while let Some(&(level, i)) = open.last() {
            if level < h.level {
                break;
            }
            let r: &mut std::ops::Range<usize> = &mut out[i];
            r.end = h.span.start;
            open.pop();
        }
        if h.text.to_lowercase().contains("roadmap") {
            open.push((h.level, out.len()));
            out.push(h.span.start..usize::MAX);
        }
    }
    // Sections nest: merged into disjoint ranges in order, for a binary search.
    let mut merged: Vec<std::ops::Range<usize>> = Vec::with_capacity(out.len());
    for r in out {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// Whether byte `offset` stands in one of `sections` (disjoint, in order).
fn in_sections(sections: &[std::ops::Range<usize>], offset: usize) -> bool {
    let i = sections.partition_point(|r| r.end <= offset);
    sections.get(i).is_some_and(|r| r.start <= offset)
}

/// Whether a checked item of a roadmap names a feature (`Themes`,
/// `DataTable`, `TextArea (multi-line input)`): a short name, not a
/// sentence, a milestone (`Phase 1`, `v1.0`, `MVP`, `Q3`) or a task that
/// starts with a verb (`Add dark mode`). A ticked feature exists; the open
/// items under it are features planned on top of it, not part of it.
fn feature_name(text: &str) -> bool {
    static MILESTONE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    static VERB: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    // Parenthesised words describe the name (`(multi-line input)`).
    let mut bare = String::new();
    let mut depth = 0usize;
    for ch in text.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => bare.push(ch),
            _ => {}
        }
    }
    let bare = bare.trim().trim_matches(['*', '_', '`']).trim();
    let words = bare.split_whitespace().count();
    if words == 0
        || words > 5
        || bare.contains([':', '!', '?', '[', ']', '|'])
        || bare.ends_with('.')
        || bare.contains(". ")
    {
        return false;
    }
    let milestone = regex(
        &MILESTONE,
        r"(?i)\b(phase|milestone|stage|sprint|release[sd]?|version|mvp|iteration|epic|week|month|quarter|q[1-4]|h[12]|v?\d+(\.\d+)+|v\d+|m\d+|step \d+|20\d\d)\b",
    )
    .is_none_or(|re| re.is_match(bare));
    let verb = regex(
        &VERB,
        r"(?i)^(add|adds|implement|fix|write|create|build|deploy|set|setup|migrate|update|remove|delete|refactor|test|document|integrate|configure|enable|disable|ship|launch|publish|complete|finish|finali[sz]e|design|review|run|verify|ensure|make|move|rename|upgrade|replace|improve|rewrite|port|support|investigate|research|evaluate|prototype|draft|define|plan|prepare|release|merge|extract|split|clean|drop|deprecate|introduce|expose|allow|handle|check)\b",
    )
    .is_none_or(|re| re.is_match(bare));
    !milestone && !verb
}

/// Each checked ancestor of an open item is reported once.
/// Whether the whole item `t`, its sub-items with it, stands line for line
/// (indentation aside) in a code block of the document: the rendered
/// example of the Markdown source shown there (pymdown-extensions'
/// `tasklist.md` shows a list in a fence, then the same list rendered in a
/// `/// html | div.result` block; Material's pages use `<div
/// class="result" markdown>`).
fn shown_as_code(doc: &Document, t: &crate::document::TaskItem) -> bool {
    let norm = |s: &str| {
        s.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let Some(item) = doc.text.get(t.full.clone()).map(norm) else {
        return false;
    };
    !item.is_empty()
        && doc.code_blocks.iter().any(|b| {
            doc.text
                .get(b.clone())
                .is_some_and(|code| norm(code).contains(&item))
        })
}

/// Whether the document's own status says its work is done: front matter
/// `status: done`, or a document-level `Status:` line (`Status: done` in a
/// BMAD story's preamble, `**Status:** ✅ Complete`) that claims it. `Ready
/// …` and `Approved …` say the work may start (BMAD's `Ready` story is ready
/// for development) and are not enough.
fn says_finished(doc: &Document) -> bool {
    let done = |v: &str| {
        let v = clean_cell(v);
        let lower = v
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        claims_done(&v) && !lower.starts_with("ready") && !lower.starts_with("approved")
    };
    doc.front_matter
        .as_ref()
        .and_then(|fm| fm.status.as_ref())
        .is_some_and(|(v, _)| done(v))
        || doc.status_lines.iter().any(|s| {
            is_document_level(doc, s.span.start)
                && !is_legend_line(&doc.text, s.span.start)
                && done(&s.value)
        })
}

/// Whether checked item `parent` was ticked as a whole: it has two or more
/// sub-items and none of its descendants is ticked. In a finished document
/// its steps were never tracked (a BMAD story's dev ticks `Task 2`, not
/// `2.1`…`2.8`).
fn ticked_as_whole(doc: &Document, parent: usize) -> bool {
    let full = doc.tasks[parent].full.clone();
    let mut children = 0;
    for (k, t) in doc.tasks.iter().enumerate().skip(parent + 1) {
        if t.span.start >= full.end {
            break;
        }
        if t.checked {
            return false;
        }
        children += usize::from(t.parent == Some(parent) && k != parent);
    }
    children >= 2
}

pub fn check(doc: &Document, out: &mut Vec<Finding>) {
    let mut open_below: Vec<Vec<usize>> = vec![Vec::new(); doc.tasks.len()];
    // A finished document's tasks ticked as a whole: their steps were
    // never tracked.
    let finished = says_finished(doc);
    let whole: Vec<bool> = doc
        .tasks
        .iter()
        .enumerate()
        .map(|(i, t)| finished && t.checked && ticked_as_whole(doc, i))
        .collect();
    // Checked features of a roadmap: their open items are features to come.
    let roadmap = roadmap_sections(doc);
    let shipped: Vec<bool> = doc
        .tasks
        .iter()
        .map(|t| {
            t.checked && in_sections(&roadmap, t.span.start) && feature_name(item_text(doc, t))
        })
        .collect();
    // A rendered example of a list the page also shows as source.
    let demo: Vec<bool> = doc
        .tasks
        .iter()
        .map(|t| t.checked && shown_as_code(doc, t))
        .collect();
    for (i, t) in doc.tasks.iter().enumerate() {
        if t.checked {
            continue;
        }
        let mut p = t.parent;
        let mut guard = 0;
        // Below a condition (`- [x] if tool not found:`), the item is a step
        // of that branch for every item above it too.
        let mut conditional = false;
        while let Some(pi) = p {
            conditional |= branch(item_text(doc, &doc.tasks[pi]), true);
            // A step of a task ticked as a whole in a finished document
            // counts against no ancestor: the task's tick covers it.
            if whole[pi] {
                break;
            }
            if doc.tasks[pi].checked
                && !conditional
                && !shipped[pi]
                && !demo[pi]
                && !outside_claim(doc, pi, i)
            {
                // One problem, one finding: at the nearest checked item.
                open_below[pi].push(i);
                break;
            }
            p = doc.tasks[pi].parent;
            guard += 1;
            if guard > 100_000 {
                break;
            }
        }
    }
    for (pi, open) in open_below.iter().enumerate() {
        let Some(&first) = open.first() else { continue };
        let parent = &doc.tasks[pi];
        let (line, _) = doc.line_col(doc.tasks[first].span.start);
        let n = open.len();
        let what = if n == 1 {
            format!("an open sub-item (line {line})")
        } else {
            format!("{n} open sub-items (first on line {line})")
        };
        out.push(
            Finding::new(&RULE, parent.span.clone(), format!("checked item has {what}"))
                .help("uncheck this item until its sub-items are done, or check the sub-items that are done"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::feature_name;

    #[test]
    fn feature_names_are_short_names_not_milestones_or_tasks() {
        for name in [
            "Themes",
            "DataTable",
            "TextArea (multi-line input)",
            "Markdown viewer",
        ] {
            assert!(feature_name(name), "{name}");
        }
        for name in [
            "Phase 1",
            "v1.0",
            "MVP",
            "Add dark mode",
            "Ship the beta to users now please",
        ] {
            assert!(!feature_name(name), "{name}");
        }
    }
}
