//! The rules: a registry of every rule checkmark knows, and the code that
//! runs them over one document.
//!
//! Each rule lives in its own file named after its ID (`citation/missing-path`
//! → `citation_missing_path.rs`), holding its [`Rule`] metadata (ID, default
//! severity, whether `fix` repairs it, and its documentation) and the code that
//! builds its findings. `checkmark rules` and `docs/rules.md` are generated from
//! [`REGISTRY`], so the documentation cannot drift from the code.
//!
//! Rules about references (citations, links, evidence paths, mentions) share one
//! resolver, [`references`], because the contract gives each reference at most
//! one path finding, chosen in a fixed order.

use crate::config::Config;
use crate::diagnostic::{Finding, Safety};
use crate::document::Document;
use crate::source::RepoView;

pub mod agent_instructions;
pub mod agent_memory;
pub mod all_contributors;
pub mod audit_index;
pub mod badge_link;
pub mod builder_actions;
pub mod claim_edit;
pub mod docs;
pub mod facts;
pub mod figure_slots;
pub mod kit_template;
pub mod local_output;
pub mod merged_citation;
pub mod minutes;
pub mod output_folder;
pub mod references;
pub mod section_row;
pub mod selection;
pub mod site;
pub mod site_app_content;
pub mod site_astro;
pub mod site_azure_wiki;
pub mod site_component;
pub mod site_docusaurus_index;
pub mod site_eleventy;
pub mod site_exdoc;
pub mod site_export;
pub mod site_fsdocs;
pub mod site_guard;
pub mod site_hexo;
pub mod site_hugo;
pub mod site_jekyll;
pub mod site_log4brains;
pub mod site_maven;
pub mod site_mdbook;
pub mod site_mdbook_spec;
pub mod site_metalsmith;
pub mod site_middleman;
pub mod site_mkdocs_gen;
pub mod site_mkdocs_ids;
pub mod site_mkdocs_monorepo;
pub mod site_myst;
pub mod site_next;
pub mod site_numbered;
pub mod site_nuxt;
pub mod site_obsidian;
pub mod site_pagenary;
pub mod site_public_doc;
pub mod site_pydoc;
pub mod site_quartz;
pub mod site_retype;
pub mod site_rspress;
pub mod site_rustdoc;
pub mod site_specmd;
pub mod site_storybook;
pub mod site_symlink_readme;
pub mod site_tanstack;
pub mod site_vite_raw;
pub mod site_vuepress;
pub mod site_wiki;
pub mod site_wikijs;
pub mod site_writerside;
pub mod site_zensical;
pub mod site_zola;
pub mod skill_host;
pub mod summary_row;
pub mod task_folder;
pub mod template_example;
pub mod tool_report;
pub mod tooltip_link;
pub mod typedoc_include;

pub mod citation_line_range;
pub mod citation_malformed;
pub mod citation_missing_path;
pub mod citation_shifted;
pub mod citation_stale;
pub mod document_unclosed_fence;
pub mod encoding_invalid_utf8;
pub mod encoding_mojibake;
pub mod evidence_missing_for_done;
pub mod evidence_missing_path;
pub mod link_line_range;
pub mod link_missing_anchor;
pub mod link_missing_path;
pub mod mention_missing_path;
pub mod moved_document;
pub mod page_series;
pub mod path_outside_repo;
pub mod path_renamed;
pub mod path_untracked;
pub mod status_claim_contradiction;
pub mod status_unknown_value;
pub mod table_column_count;
pub mod table_date_format;
pub mod table_duplicate_key;
pub mod table_placeholder;
pub mod task_checked_parent_open_child;
pub mod task_malformed;
pub mod task_section_claims_done;

pub use crate::diagnostic::Rule;

/// Every rule, in the contract's order.
pub static REGISTRY: &[&Rule] = &[
    &citation_malformed::RULE,
    &citation_missing_path::RULE,
    &citation_line_range::RULE,
    &citation_stale::RULE,
    &link_missing_path::RULE,
    &link_line_range::RULE,
    &link_missing_anchor::RULE,
    &path_untracked::RULE,
    &path_outside_repo::RULE,
    &evidence_missing_path::RULE,
    &mention_missing_path::RULE,
    &evidence_missing_for_done::RULE,
    &task_malformed::RULE,
    &task_checked_parent_open_child::RULE,
    &task_section_claims_done::RULE,
    &status_unknown_value::RULE,
    &status_claim_contradiction::RULE,
    &table_column_count::RULE,
    &table_duplicate_key::RULE,
    &table_placeholder::RULE,
    &table_date_format::RULE,
    &encoding_mojibake::RULE,
    &encoding_invalid_utf8::RULE,
    &document_unclosed_fence::RULE,
    &path_renamed::RULE,
    &citation_shifted::RULE,
];

/// Rules that do not run unless asked for, each with the reason (one line).
///
/// A rule earns its place in the default set, as ruff's do, by being precise on
/// repositories checkmark has never seen; until it is, it stays here. Turn one on
/// with `--select RULE` on the command line or a level in `[rules]` of
/// `checkmark.toml`. `checkmark rules` shows this list.
pub const OFF_BY_DEFAULT: &[(&str, &str)] = &[
    (
        "mention/missing-path",
        "a backticked path in a checked item or done row is often a runtime output or a file a later change removed; measured about 0.8 precise on unseen repositories, below the bar",
    ),
    (
        "status/claim-contradiction",
        "whether open items belong to what a status line claims needs the author's intent (a reader's prerequisites, later phases, \"ready\" meaning ready to start); measured 13 of 26 judged findings right on 25 public repositories (14 never seen before), below the bar",
    ),
    (
        "task/section-claims-done",
        "a ✅ on a heading is often an icon for the kind of section (\"Validation\"), or a claim about the page rather than its items (a sign-off sheet whose boxes are filled in later); measured 6 of 21 right on 11 repositories never seen before (30 of 47 over all 36 surveyed), below the bar",
    ),
    (
        "table/date-format",
        "a month-name date (`Dec 8, 2024`) is unambiguous and teams keep it; measured 0 of 6 right on 25 public repositories (14 never seen before)",
    ),
];

/// Why a rule is off by default, or None when it runs by default.
pub fn off_by_default(id: &str) -> Option<&'static str> {
    OFF_BY_DEFAULT
        .iter()
        .find(|(rule, _)| *rule == id)
        .map(|(_, why)| *why)
}

/// The declared safety of each fixable rule's fix (the contract's "Safe and
/// unsafe fixes"); every edit also declares its own where it is made.
pub static FIX_SAFETY: &[(&str, Safety)] = &[
    (task_malformed::RULE.id, Safety::Safe),
    (task_section_claims_done::RULE.id, Safety::Unsafe),
    (status_unknown_value::RULE.id, Safety::Safe),
    (encoding_mojibake::RULE.id, Safety::Safe),
    (citation_shifted::RULE.id, Safety::Safe),
    (citation_stale::RULE.id, Safety::Unsafe),
    (path_renamed::RULE.id, Safety::Safe),
];

/// The safety of `r`'s fix, None when it has none.
pub fn fix_safety(r: &Rule) -> Option<Safety> {
    FIX_SAFETY
        .iter()
        .find(|(id, _)| *id == r.id)
        .map(|(_, s)| *s)
        .filter(|_| r.fixable)
}

/// Looks a rule up by ID.
pub fn find(id: &str) -> Option<&'static Rule> {
    REGISTRY.iter().copied().find(|r| r.id == id)
}

/// Documents a run judges on some of their references only: `checkmark
/// hook`'s documents that the commit does not stage but whose references it
/// may break (they name a file it deletes, renames away or modifies). Their
/// text is the same at `HEAD` and in the index, so whatever a rule finds in
/// it alone is found in both and never new: only a reference naming what
/// the commit changed can bring a new finding. Those are resolved; the
/// others, and the rules that read nothing but the document, are left out
/// (in both views alike), sparing the reads of every document they link to.
pub struct Focus {
    /// The documents judged so (sorted).
    pub docs: Vec<String>,
    /// Whether a reference, as written, names what the commit changed.
    pub names: Box<dyn Fn(&str) -> bool + Send + Sync>,
}

impl Focus {
    /// Whether `path` is judged on the references [`Focus::names`] accepts only.
    pub fn applies(&self, path: &str) -> bool {
        self.docs.binary_search_by(|d| d.as_str().cmp(path)).is_ok()
    }
}

/// What a rule needs to look at besides the document.
pub struct Context<'a> {
    pub repo: &'a RepoView,
    pub config: &'a Config,
    /// Anchors of other documents, parsed on demand and cached.
    pub anchors: &'a references::AnchorCache,
    /// Today, as `YYYY-MM-DD` (for future-date checks).
    pub today: &'a str,
    /// Git history (stale citations, dates), read lazily and cached for the run.
    pub history: &'a crate::history::History,
    /// The links of the run's site pages, by form, when the run leaves out
    /// the forms a site reads its own way (see [`site_guard`]).
    pub site_links: Option<&'a site_guard::Tally>,
    /// Documents judged on some references only (see [`Focus`]).
    pub focus: Option<&'a Focus>,
}

/// Runs every rule over one document.
pub fn check_document(ctx: &Context<'_>, doc: &Document) -> Vec<Finding> {
    check_document_with_facts(ctx, doc).0
}

/// Runs every rule; also returns the shared facts (for `fix`'s derivations).
/// Anchor questions about other documents are answered at once.
pub fn check_document_with_facts(
    ctx: &Context<'_>,
    doc: &Document,
) -> (Vec<Finding>, facts::Facts) {
    let (mut out, facts, later) = run(ctx, doc);
    if !later.is_empty() {
        let entries = later.into_iter().map(|e| (e, ())).collect();
        out.extend(
            references::fold_answered(
                ctx,
                Some(doc),
                references::answer_later(ctx, &doc.path, entries),
            )
            .into_iter()
            .map(|(f, ())| f),
        );
    }
    (out, facts)
}

/// Runs every rule; the document's `link/missing-anchor` findings come apart
/// when some wait for documents of the run not parsed yet (answer them with
/// [`references::answer_later`] once every document is).
pub fn check_document_later(
    ctx: &Context<'_>,
    doc: &Document,
) -> (Vec<Finding>, Vec<references::AnchorEntry>) {
    let (out, _, later) = run(ctx, doc);
    (out, later)
}

fn run(
    ctx: &Context<'_>,
    doc: &Document,
) -> (Vec<Finding>, facts::Facts, Vec<references::AnchorEntry>) {
    let mut out = Vec::new();
    let mut facts = facts::Facts::of(ctx.config, doc);
    // A generated copy of another repository's README in a Zola site's
    // gallery is fixed upstream or in the generator, not here: no rule runs
    // (nor asks the history a question answered after the run).
    if site_zola::upstream_copy(ctx, doc) {
        return (out, facts, Vec::new());
    }
    let mut refs = references::check(ctx, doc, &facts, &mut out);
    let later = std::mem::take(&mut refs.anchors_later);
    facts.references = refs.refs;
    citation_stale::check(ctx, doc, &refs.followed, &mut out);
    // A document judged on some references only: the rules below read the
    // document alone (and evidence_missing_for_done reads what the
    // references left out would have found), so they find the same at
    // `HEAD`: nothing new (see [`Focus`]).
    if ctx.focus.is_some_and(|f| f.applies(&doc.path)) {
        crate::safety::strip(doc, &mut out);
        return (out, facts, later);
    }
    encoding_mojibake::check(doc, &mut out);
    let superfences = site::is_superfences_page(ctx, &doc.path);
    document_unclosed_fence::check(doc, superfences, &mut out);
    // Meeting minutes (`meeting-notes/2019-05-22.md`) record a meeting's
    // agenda and action items as they stood that day: no checklist.
    let minutes = minutes::meeting_minutes(&doc.path);
    if !minutes {
        task_malformed::check(doc, &mut out);
    }
    // A finished plan filed in a tracker's folder of finished work
    // (`plans/done/`) is a closed record: nobody ticks its boxes any more.
    if !minutes && !task_folder::done_folder(ctx.repo, &doc.path) {
        task_checked_parent_open_child::check(doc, &mut out);
    }
    // A rule turned off (three are by default) is not run: no other rule
    // reads its findings, so its work would only be thrown away.
    let on = |r: &Rule| ctx.config.severity(r).is_some();
    if !minutes && on(&task_section_claims_done::RULE) {
        task_section_claims_done::check(doc, &facts, ctx.config, &mut out);
    }
    status_unknown_value::check(doc, &facts, &mut out);
    if on(&status_claim_contradiction::RULE) {
        status_claim_contradiction::check(doc, &facts, &mut out);
    }
    table_column_count::check(ctx, doc, &mut out);
    table_duplicate_key::check(doc, &facts, &mut out);
    table_placeholder::check(doc, &facts, ctx.config, &mut out);
    if on(&table_date_format::RULE) {
        table_date_format::check(doc, &facts, ctx.config, ctx.today, &mut out);
    }
    evidence_missing_for_done::check(ctx.repo, doc, &facts, ctx.config, &mut out);
    // One problem, one finding: a byte-identical copy of another checked
    // document (`X (1).md`, `captured_X.md`, a shipped copy of `docs/`) is
    // judged on the original only.
    if !out.is_empty() && references::is_copy(ctx, doc) {
        out.clear();
    }
    // No rule's edit may touch code or change a spelling alone.
    crate::safety::strip(doc, &mut out);
    (out, facts, later)
}
