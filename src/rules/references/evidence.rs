//! Which table columns hold this repository's evidence, and the readings of a
//! missing evidence path that explain it: a continuation of a folder named
//! earlier in its cell, or a path under a folder git ignores.

use std::cell::OnceCell;
use std::path::Path;

use super::{Context, RefKind, Reference, code_line_reference, path_reference, raw_code_spans};
use crate::config::Role;
use crate::document::{CodeContext, Document, Table};
use crate::source::PathState;

/// The evidence columns of every table of `doc` (by index), as this
/// repository's evidence: a column whose header has the evidence role, except
/// - an `Artifact`/`Artifacts` column (or `Evidence Format`, `Expected
///   Evidence`, `Evidence Input`, `Required Evidence`, `Required evidence/artifacts`, `Evidence / Tests to Add`) in a table with no status column: a list of the outputs a run
///   will produce (`| Artifact | Required | Notes |`), not a record of work
///   done;
/// - in a table with two or more evidence columns, a column about another
///   project (`TrueCourse Evidence` beside `Fixops Evidence`): see
///   [`foreign_columns`];
/// - a column of an earlier generation of the code (`V1 evidence path`)
///   whose tree is gone: see [`without_earlier_generation`].
pub(super) fn evidence_columns(ctx: &Context<'_>, doc: &Document) -> Vec<Vec<usize>> {
    let text = &doc.text;
    // The repository's names, read once, when a table needs them.
    let names = OnceCell::new();
    let by_table = OnceCell::new();
    doc.tables
        .iter()
        .enumerate()
        .map(|(ti, t)| {
            let role = |i: usize| {
                t.header()
                    .cells()
                    .get(i)
                    .and_then(|c| ctx.config.role_of(&text[c.span.clone()]))
            };
            let has_status = (0..t.header().cells().len()).any(|i| role(i) == Some(Role::Status));
            let cols: Vec<usize> = (0..t.header().cells().len())
                .filter(|&i| role(i) == Some(Role::Evidence))
                .filter(|&i| {
                    has_status
                        || !artifact_header(
                            &text[t
                                .header()
                                .cells()
                                .get(i)
                                .map(|c| c.span)
                                .unwrap_or_default()],
                        )
                })
                .collect();
            let cols = without_earlier_generation(ctx, doc, ti, t, cols, &by_table);
            if cols.len() < 2 {
                return cols;
            }
            let foreign = foreign_columns(ctx, doc, ti, t, &cols, &names, &by_table);
            cols.into_iter().filter(|c| !foreign.contains(c)).collect()
        })
        .collect()
}

/// `cols` without a column whose header says its paths are those of an
/// earlier generation of the code (`V1 evidence path`, `Legacy path`, `Old
/// location`: a migration inventory of where the behaviour used to live)
/// when none of its paths exists, nor the first folder of any of them (the
/// whole `src/` of the V1 monolith deleted on purpose: survey 81a,
/// nearai/ironclaw's auth product contract, 17 findings judged false). A
/// column of that header whose paths name folders that exist here stays
/// judged.
fn without_earlier_generation(
    ctx: &Context<'_>,
    doc: &Document,
    ti: usize,
    t: &Table,
    cols: Vec<usize>,
    by_table: &OnceCell<Vec<Vec<usize>>>,
) -> Vec<usize> {
    let header = t.header().cells();
    let earlier_header = |c: usize| {
        header
            .get(c)
            .is_some_and(|h| earlier_generation_header(&doc.text[h.span.clone()]))
    };
    let earlier: Vec<usize> = cols
        .iter()
        .copied()
        .filter(|&c| earlier_header(c))
        .collect();
    if earlier.is_empty() {
        return cols;
    }
    let res = resolve(ctx, doc, ti, &earlier, by_table);
    let gone: Vec<usize> = earlier
        .iter()
        .zip(&res)
        .filter(|(_, r)| r.total > 0 && r.present == 0 && r.rooted == 0)
        .map(|(&c, _)| c)
        .collect();
    cols.into_iter().filter(|c| !gone.contains(c)).collect()
}

/// A header that names an earlier generation of the code: a word `legacy`,
/// `old`, `former`, `previous`, `prior` or `original`, or a version (`v1`).
fn earlier_generation_header(header: &str) -> bool {
    header_words(header).iter().any(|w| {
        matches!(
            w.as_str(),
            "legacy" | "old" | "former" | "previous" | "prior" | "original"
        ) || w
            .strip_prefix('v')
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    })
}

/// `Artifact`, `**Artifacts**`: a header that names outputs, not evidence.
/// So does one that names the form evidence is to take (`Evidence Format`,
/// `Evidence Type`, `Expected Evidence`): a traceability matrix's column of
/// the files a validation run will write (`evidence/i1_loop_check.json`,
/// survey 45b, x0tta6bl4's `validation/spec/traceability_matrix.md`), or
/// names what must be supplied (`Evidence Input`, `Required Evidence`): an
/// adjudicator's list of the files each run folder is to hold
/// (`comparison/metrics-table.md`, survey 48c, arag-governance-playbook's
/// `governance/evaluation-inputs/adjudicator-checklist.md`), or what is yet
/// to be made (`Evidence / Tests to Add`, `Evidence to Collect`, `Evidence
/// Needed`): a go-live audit's delta of the tests each module is to get
/// (`tests/api/onboarding-smoke.test.ts`, survey 65c, ikanisa/prisma's
/// `STANDARDS/TRACEABILITY/matrix_delta.md`, 3 findings judged false).
/// Two such nouns side by side count as one (`Required evidence/artifacts`:
/// a workflow pack's stage matrix of the files each stage is to write in the
/// repository it governs, survey 97a, orbsfoc/iqpe-governance-workflow's
/// `ProcessDocs/mcp-capability-matrix.md`, 30 findings judged false).
fn artifact_header(header: &str) -> bool {
    let mut words = header_words(header);
    let noun = |w: &str| w == "evidence" || w == "artifact" || w == "artifacts";
    words.dedup_by(|b, a| noun(a) && noun(b));
    const TO_MAKE: &[&str] = &[
        "add", "collect", "produce", "create", "write", "gather", "capture", "provide", "supply",
        "attach",
    ];
    let to_make = words
        .windows(2)
        .any(|w| w[0] == "to" && TO_MAKE.contains(&w[1].as_str()));
    if to_make || words.last().is_some_and(|w| w == "needed") {
        return true;
    }
    let evidence = |w: &String| w == "evidence" || w == "artifact" || w == "artifacts";
    let form = |w: &String| {
        matches!(
            w.as_str(),
            "format" | "type" | "kind" | "expected" | "required" | "input" | "inputs"
        )
    };
    match words.as_slice() {
        [w] => w == "artifact" || w == "artifacts",
        [a, b] => (evidence(a) && form(b)) || (form(a) && evidence(b)),
        _ => false,
    }
}

/// The lower-case words of a header, markup dropped.
fn header_words(header: &str) -> Vec<String> {
    header
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// What a header says besides "evidence": `TrueCourse Evidence` → `truecourse`
/// (lower case, letters and digits only); empty for a plain `Evidence`.
fn qualifier(header: &str) -> String {
    const PLAIN: &[&str] = &[
        "evidence",
        "evidences",
        "proof",
        "proofs",
        "artifact",
        "artifacts",
        "reference",
        "references",
        "path",
        "paths",
        "link",
        "links",
        "file",
        "files",
        "the",
        "of",
    ];
    header_words(header)
        .into_iter()
        .filter(|w| !PLAIN.contains(&w.as_str()))
        .collect()
}

/// The names this repository goes by, lower case, letters and digits only:
/// its folder's name and the last part of its `origin` remote's URL, each
/// whole (`fixops-platform` → `fixopsplatform`) and by its first word
/// (`fixops`).
pub(super) fn repository_names(ctx: &Context<'_>) -> Vec<String> {
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let mut raw: Vec<String> = Vec::new();
    let folder = match ctx.repo.workdir() {
        Some(w) => w.to_path_buf(),
        None => {
            let g = ctx.repo.git_dir();
            if g.file_name().is_some_and(|n| n == ".git") {
                g.parent().map(Path::to_path_buf).unwrap_or(g)
            } else {
                g
            }
        }
    };
    if let Some(n) = folder.file_name().and_then(|n| n.to_str()) {
        raw.push(n.trim_end_matches(".git").to_string());
    }
    let url = ctx.repo.with_repo(|r| {
        r.find_remote("origin")
            .ok()
            .and_then(|o| o.url().ok().map(str::to_string))
    });
    if let Some(url) = url {
        let last = url
            .trim_end_matches('/')
            .rsplit(['/', ':'])
            .next()
            .unwrap_or("")
            .trim_end_matches(".git");
        raw.push(last.to_string());
    }
    let mut names = Vec::new();
    for r in &raw {
        names.push(squash(r));
        names.push(squash(r.split(['-', '_', '.', ' ']).next().unwrap_or(r)));
    }
    names.retain(|n| n.len() >= 3);
    names
}

/// Whether a header's qualifier names this repository (`Fixops Evidence` in
/// `Fixops`, or in `fixops-platform`).
fn names_repository(qualifier: &str, names: &[String]) -> bool {
    names.iter().any(|n| n == qualifier)
}

/// How many of a column's paths (code spans that read as paths with a `/`)
/// exist, how many there are, and how many name a first folder that exists
/// at the repository root.
#[derive(Default, Clone, Copy)]
struct Resolution {
    present: usize,
    total: usize,
    rooted: usize,
}

/// The columns among `cols` (two or more evidence columns of table `ti`) that
/// hold another project's evidence, as in a comparison with a competitor
/// (`| Capability | TrueCourse Evidence | Fixops Evidence | Status |`):
/// - when a column's header names this repository (`Fixops Evidence` in the
///   `Fixops` repository), every other column whose header names something
///   else (`TrueCourse Evidence`) and whose paths exist less often;
/// - otherwise a column whose header names something (not a plain
///   `Evidence`) and none of whose paths exists, nor the first folder of any
///   of them (`apps/server/src/rules.ts` where there is no `apps/`), while
///   another evidence column's paths mostly exist: its paths are those of
///   another repository. A column of this repository's own evidence whose
///   paths are all missing still names folders that exist here (`tests/…`)
///   and stays judged.
fn foreign_columns(
    ctx: &Context<'_>,
    doc: &Document,
    ti: usize,
    t: &Table,
    cols: &[usize],
    names: &OnceCell<Vec<String>>,
    by_table: &OnceCell<Vec<Vec<usize>>>,
) -> Vec<usize> {
    let text = &doc.text;
    let qualifiers: Vec<String> = cols
        .iter()
        .map(|&c| {
            qualifier(
                &text[t
                    .header()
                    .cells()
                    .get(c)
                    .map(|c| c.span)
                    .unwrap_or_default()],
            )
        })
        .collect();
    if qualifiers.iter().all(String::is_empty) {
        return Vec::new();
    }
    let res = resolve(ctx, doc, ti, cols, by_table);
    let rate = |r: &Resolution| {
        if r.total == 0 {
            0.0
        } else {
            r.present as f64 / r.total as f64
        }
    };
    let names = names.get_or_init(|| repository_names(ctx));
    let own: Vec<usize> = (0..cols.len())
        .filter(|&k| names_repository(&qualifiers[k], names))
        .collect();
    if let Some(best) = own
        .iter()
        .map(|&k| rate(&res[k]))
        .max_by(|a, b| a.total_cmp(b))
    {
        return (0..cols.len())
            .filter(|k| !own.contains(k) && !qualifiers[*k].is_empty())
            .filter(|&k| res[k].total > 0 && rate(&res[k]) < best)
            .map(|k| cols[k])
            .collect();
    }
    let someone_resolves = |k: usize| {
        (0..cols.len()).any(|j| j != k && res[j].present > 0 && res[j].present * 2 >= res[j].total)
    };
    (0..cols.len())
        .filter(|&k| {
            !qualifiers[k].is_empty()
                && res[k].total > 0
                && res[k].present == 0
                && res[k].rooted == 0
                && someone_resolves(k)
        })
        .map(|k| cols[k])
        .collect()
}

/// Whether a missing evidence path continues a folder named earlier in its
/// cell: `` `suite-integrations/`, `github/adapter.py` `` names
/// `suite-integrations/github/adapter.py`, and
/// `` `suite-ui/app/src/pages/A.tsx`; `pages/discover/B.tsx` `` names
/// `suite-ui/app/src/pages/discover/B.tsx`; a folder written alone
/// (`` `prowler/` ``) continues it too. Only for a path whose first folder
/// is not at the repository root (a full path that is missing stays
/// missing); it is found under a folder of an earlier path of the cell, as
/// written there, or deeper under that path's first folder when exactly one
/// listed path ends with it.
pub(super) fn continues_cell(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    let w = r.written.trim_end_matches('/');
    let first = w.split('/').next().unwrap_or("");
    if r.kind != RefKind::Evidence
        || !(w.contains('/') || r.written.ends_with('/'))
        || w.starts_with(['.', '/', '~'])
        || first.is_empty()
        || ctx.repo.root_entry_exists(first)
    {
        return false;
    }
    let text = &doc.text;
    let before = text.get(..r.span.start).unwrap_or("");
    let cell_start = before.rfind(['\n', '|']).map_or(0, |i| i + 1);
    let earlier: Vec<String> = raw_code_spans(text, cell_start..r.span.start)
        .into_iter()
        .map(|(lit, _)| lit.trim().trim_start_matches("./").to_string())
        .filter(|lit| lit.contains('/') && !lit.starts_with(['/', '~', '.']))
        .collect();
    let exists = |p: &str| !matches!(ctx.repo.stat(p), PathState::Missing | PathState::Outside);
    let name = w.rsplit('/').next().unwrap_or(w);
    let suffix = format!("/{w}");
    for e in &earlier {
        // `src/a.py:12` → `src/a.py`.
        let e = e.split(':').next().unwrap_or(e);
        let Some(top) = e
            .split('/')
            .next()
            .filter(|t| ctx.repo.root_entry_exists(t))
        else {
            continue;
        };
        let mut folder = e.trim_end_matches('/');
        if !e.ends_with('/') {
            folder = folder.rsplit_once('/').map_or("", |(d, _)| d);
        }
        while !folder.is_empty() {
            if exists(&format!("{folder}/{w}")) {
                return true;
            }
            folder = folder.rsplit_once('/').map_or("", |(d, _)| d);
        }
        let prefix = format!("{top}/");
        let under: Vec<String> = ctx
            .anchors
            .named(ctx.repo, name)
            .iter()
            .filter(|p| p.starts_with(&prefix) && p.ends_with(&suffix))
            .cloned()
            .collect();
        if under.len() == 1 {
            return true;
        }
    }
    false
}

/// Whether `path` lies inside a folder that git ignores as a folder (`htmlcov/`,
/// `.claude-flow/`): a build or run's output, which no commit holds, as
/// `link/missing-path` judges a link there. A file ignored by a file pattern
/// (`*.log`) is not covered. A path written as a folder (`folder`: a
/// trailing `/`, `artifacts/phase0/demo/`) that git ignores as a folder is
/// that output folder itself, as a folder link is for `link/missing-path`
/// (survey 54a, christaylor98/dynaforge.ai's traceability matrix naming the
/// demo folder its `.gitignore` keeps out, beside a file inside it).
pub(super) fn under_ignored_folder(ctx: &Context<'_>, path: &str, folder: bool) -> bool {
    let path = path.trim_end_matches('/');
    let mut folder = if folder {
        path
    } else {
        path.rsplit_once('/').map_or("", |(d, _)| d)
    };
    while !folder.is_empty() {
        if ctx.repo.is_ignored(&format!("{folder}/")) {
            return true;
        }
        folder = folder.rsplit_once('/').map_or("", |(d, _)| d);
    }
    false
}

/// Whether `doc` is a dated entry of a records folder (a `records/` or
/// `record/` folder, any case, and a date in its name, title or opening
/// stamp: `records/runtime-truth-2026-04-23.md` with `- Date: 2026-04-23`):
/// a decision record of its day, kept as written. A dated review elsewhere
/// (`docs/security/2025-11-13-ga-review.md`, with open findings someone will
/// fix) is not one.
pub(super) fn dated_record(doc: &Document) -> bool {
    let Some((dir, _)) = doc.path.rsplit_once('/') else {
        return false;
    };
    dir.split('/')
        .any(|seg| seg.eq_ignore_ascii_case("records") || seg.eq_ignore_ascii_case("record"))
        && crate::rules::citation_stale::dated(doc)
}

/// Whether a missing evidence path names a numbered document by its number
/// alone: `docs/adr/0001` for `docs/adr/0001-three-tier-redis-caching.md`,
/// the one entry of that folder whose name is the number and then `-` or
/// `_` (survey 89a, ChunkyTortoise/EnterpriseHub's claim ledger, "`docs/adr/0001`
/// through `0012`", 1 finding judged false). A number no entry of the
/// folder starts with (`docs/adr/0099`), or two entries starting with it,
/// is judged.
pub(super) fn number_of_one_entry(ctx: &Context<'_>, r: &Reference, path: &str) -> bool {
    if r.kind != RefKind::Evidence || r.must_be_dir {
        return false;
    }
    let Some((dir, number)) = path.rsplit_once('/') else {
        return false;
    };
    if !(2..=6).contains(&number.len()) || !number.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    if ctx.repo.stat(dir) != PathState::Dir {
        return false;
    }
    let children = ctx.repo.children(dir);
    let mut numbered = children.iter().filter(|name| {
        name.strip_prefix(number)
            .is_some_and(|rest| rest.starts_with(['-', '_']))
    });
    numbered.next().is_some() && numbered.next().is_none()
}

/// Whether a missing evidence path with a folder in it is shorthand for the
/// one tracked file whose path ends with it (`quiz-generator/index.ts` for
/// `supabase/functions/quiz-generator/index.ts`, `_lib/streaming.ts` for
/// `apps/host/src/app/api/foxy/_lib/streaming.ts`), as a bare file name is
/// (survey 27, Alfanumrik's self-reviews and audit tables). A folder path is
/// read so as the one tracked folder whose path ends with it
/// (`components/ui/` for `q-suite-ui/src/components/ui/`: survey 65c,
/// Parlay-Kei/Q-REIL's QA verdict, 1 finding judged false). Only when its
/// first folder is not at the repository root (a path that starts at the
/// root is read as written) and git history never held the path as written
/// (one moved or deleted since is judged: `path/renamed` or a missing path);
/// two or more files ending with it leave which one was meant unknown, and
/// the path is judged, unless exactly one of them lies in the project the
/// document is about (see [`in_named_project`]).
///
/// A rooted path is read so too when it names a route's file as a Next.js
/// app writes its routes, from its `app/` (or `pages/`) folder:
/// `/modules/sod/violations/page.tsx` for
/// `packages/web/src/app/modules/sod/violations/page.tsx` (survey 43a,
/// layer1_test's UX audit, 9 findings judged false). Its first folder is not
/// at the root, and exactly one tracked file is that path right below a
/// folder named `app` or `pages` (`/reports/page.tsx` is
/// `…/app/reports/page.tsx`, not `…/app/modules/sod/reports/page.tsx`),
/// route groups of the app passed over (`…/app/(dashboard)/reports/page.tsx`:
/// see [`route_file_of`]).
pub(super) fn tail_of_one_file(
    ctx: &Context<'_>,
    doc: &Document,
    r: &Reference,
    path: &str,
) -> bool {
    if r.kind != RefKind::Evidence {
        return false;
    }
    // A folder path (`components/ui/`) is read so too, as the one tracked
    // folder whose path ends with it; never as a route's file.
    let written = if r.must_be_dir {
        r.written.trim_end_matches('/')
    } else {
        r.written.as_str()
    };
    let rooted = written
        .strip_prefix('/')
        .filter(|w| !w.starts_with('/') && !r.must_be_dir);
    let w = rooted.unwrap_or(written);
    if w.starts_with(['.', '/', '~']) || w.contains("//") {
        return false;
    }
    let Some((first, _)) = w.split_once('/') else {
        return false;
    };
    let Some(name) = w.rsplit('/').next().filter(|n| !n.is_empty()) else {
        return false;
    };
    if first.is_empty() || ctx.repo.stat(first) != PathState::Missing {
        return false;
    }
    if ctx.history.deleted(path).is_some() || ctx.history.renamed(path).is_some() {
        return false;
    }
    let named = ctx.anchors.named(ctx.repo, name);
    let mut ending: Box<dyn Iterator<Item = &String>> = if rooted.is_some() {
        Box::new(named.iter().filter(move |p| route_file_of(p, w)))
    } else {
        let suffix = format!("/{w}");
        let ending: Vec<&String> = named
            .iter()
            .filter(|p| p.ends_with(suffix.as_str()))
            .filter(|p| !r.must_be_dir || ctx.repo.stat(p) == PathState::Dir)
            .collect();
        return match ending.as_slice() {
            [_] => true,
            [] => false,
            several => in_named_project(doc, several, w) || in_row_project(doc, r, several, w),
        };
    };
    ending.next().is_some() && ending.next().is_none()
}

/// Whether the tracked file `p` is the route file `w` of a Next.js app: `w`
/// right below a folder named `app` or `pages`, or below route groups of
/// one (`(dashboard)/`, folders in parentheses that organize routes without
/// being part of their URL: `src/app/(dashboard)/templates/page.tsx` for
/// `/templates/page.tsx`; survey 105a, aibaza/1on1's phase verification).
fn route_file_of(p: &str, w: &str) -> bool {
    let Some(mut dir) = p
        .strip_suffix(w)
        .and_then(|d| d.strip_suffix('/').or((d.is_empty()).then_some("")))
    else {
        return false;
    };
    loop {
        let (parent, last) = dir.rsplit_once('/').unwrap_or(("", dir));
        if last.len() > 2 && last.starts_with('(') && last.ends_with(')') {
            dir = parent;
            continue;
        }
        return matches!(last, "app" | "pages");
    }
}

/// Whether exactly one of the files `ending` with the path `w` (each
/// `<project>/<w>`) lies in a project the document is about: one whose
/// folder holds the document, or one it names as a path (`**Application:**
/// Holi Labs Healthcare Platform (apps/web)` over `src/lib/logger.ts`,
/// which `apps/web/` and `apps/network/` both have: HolisticHealthcareLabs/
/// holilabs' OWASP checklist, survey 49c, 2 findings judged false). A
/// document naming both projects, or neither, leaves the path judged.
fn in_named_project(doc: &Document, ending: &[&String], w: &str) -> bool {
    let dir = doc.dir();
    let mut about = ending.iter().filter_map(|p| {
        let project = p.strip_suffix(w)?.strip_suffix('/')?;
        let holds_doc = dir == project || dir.starts_with(&format!("{project}/"));
        (holds_doc || names_folder(&doc.text, project)).then_some(project)
    });
    about.next().is_some() && about.next().is_none()
}

/// Whether exactly one of the files `ending` with the path `w` lies in a
/// project the reference's own row names as a path, when the document names
/// several: a component inventory's row `| apps/web platform shell | LIVE |
/// `apps/web/` | … `lib/api.ts` single fetch surface |` writes its evidence
/// from the folder of its `Path(s)` cell, though `apps/logicos/app/` (named
/// in another row) has a `lib/api.ts` too (97n8/puddlejumper's C0 diagnosis,
/// survey 61b, 1 finding judged false). A row naming both projects, or
/// neither, leaves the path judged.
fn in_row_project(doc: &Document, r: &Reference, ending: &[&String], w: &str) -> bool {
    let Some(row) = row_of(doc, r) else {
        return false;
    };
    let mut about = ending.iter().filter_map(|p| {
        let project = p.strip_suffix(w)?.strip_suffix('/')?;
        names_folder(row, project).then_some(project)
    });
    about.next().is_some() && about.next().is_none()
}

/// Whether a missing evidence path written from a project folder the
/// document names as a path (`components/header.tsx` in a dated audit of
/// `` `apps/web` ``) names a file git history shows was deleted there (not
/// moved): a dated report's "dead code" row whose file the same work then
/// removed (survey 73a, trademetrix-terminal's product polish audit, 1
/// finding judged false). Only a path with a folder whose first folder is
/// not at the root, never held as written; the caller asks only of a
/// dated report or entry. A named folder where the file still is, or never
/// was, leaves the path judged.
pub(super) fn deleted_in_named_project(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Evidence || r.must_be_dir {
        return false;
    }
    let w = r.written.as_str();
    if w.starts_with(['.', '/', '~']) || w.contains("//") {
        return false;
    }
    let Some((first, _)) = w.split_once('/') else {
        return false;
    };
    if first.is_empty() || ctx.repo.stat(first) != PathState::Missing {
        return false;
    }
    let mut folders: Vec<&str> = Vec::new();
    for span in doc.text.split('`').skip(1).step_by(2) {
        let folder = span.trim().trim_end_matches('/');
        if folder.is_empty()
            || folder.contains(char::is_whitespace)
            || folder.starts_with(['.', '/', '~'])
            || folders.contains(&folder)
            || ctx.repo.stat(folder) != PathState::Dir
        {
            continue;
        }
        folders.push(folder);
        if folders.len() > 8 {
            break;
        }
    }
    folders.iter().any(|folder| {
        let candidate = format!("{folder}/{w}");
        ctx.history.deleted(&candidate).is_some() && ctx.history.renamed(&candidate).is_none()
    })
}

/// Whether `text` names the folder `folder` as a path of its own: not inside
/// a longer name (`x/apps/web`, `apps/webhooks`), perhaps followed by a path
/// below it (`apps/web/src/a.ts`).
fn names_folder(text: &str, folder: &str) -> bool {
    let part = |c: char| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '/');
    text.match_indices(folder).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + folder.len()..].chars().next();
        !before.is_some_and(part) && !after.is_some_and(|c| part(c) && c != '/')
    })
}

/// Whether a missing evidence path with a folder in it is written from a
/// folder above the document's, where it exists: a dossier's section keeps
/// its `Compliance/`, `Evidence/` and `Final/` folders side by side, and a
/// readiness log in `12_Recordkeeping/Compliance/` names
/// `Evidence/Hashes_SHA256.txt` for `12_Recordkeeping/Evidence/Hashes_SHA256.txt`
/// (survey 50a, Open-State-Stack/eIDAS, 15 findings judged false). Only a
/// path that neither climbs (`../`) nor starts at the root (`/`, `./`), read
/// from each folder between the document's and the root (both already
/// tried); one that exists in none of them is judged.
pub(super) fn from_an_ancestor(
    ctx: &Context<'_>,
    doc: &Document,
    r: &Reference,
    path: &str,
) -> bool {
    if r.kind != RefKind::Evidence {
        return false;
    }
    let w = r.written.as_str();
    if w.starts_with(['.', '/', '~']) || w.contains("//") || !w.trim_end_matches('/').contains('/')
    {
        return false;
    }
    let mut dir = doc.dir();
    while let Some((up, _)) = dir.rsplit_once('/') {
        dir = up;
        let Some(candidate) = crate::source::join_relative(dir, path) else {
            continue;
        };
        match ctx.repo.stat(&candidate) {
            PathState::Dir | PathState::Submodule => return true,
            PathState::File => return !r.must_be_dir,
            _ => {}
        }
    }
    false
}

/// Words that, right before a path in its cell, say the path is history:
/// `Historical `proto/v1/common.proto:23` before the hard cut`, `(formerly
/// `src/old.rs`)`, `was in `lib/x.py``.
const HISTORY_WORDS: &[&str] = &[
    "historical",
    "historically",
    "formerly",
    "previously",
    "was",
    "were",
    "before",
    "removed",
    "deleted",
    "legacy",
    "retired",
    "obsolete",
    "superseded",
];

/// Words passed over between a history word and its path (`was in`,
/// `formerly at`, `removed:`).
const HISTORY_GLUE: &[&str] = &["at", "in", "under", "from", "the", "file", "path"];

/// Whether a missing evidence path is named as history by the words right
/// before it in its cell (`Historical `proto/v1/common.proto:23``,
/// `formerly `src/old.rs``, `was at `lib/x.py``): the cell says the path
/// no longer exists, so its absence is no finding. Only the word right
/// before the path counts (`at`, `in`, `from`, `the` passed over): `was
/// added in `tests/x.py`` names a file that should exist.
pub(super) fn named_as_history(doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Evidence {
        return false;
    }
    let text = &doc.text;
    let before = text.get(..r.span.start).unwrap_or("");
    let cell_start = before.rfind(['\n', '|']).map_or(0, |i| i + 1);
    // The span's own opening backticks are not a word before it.
    let cell = before[cell_start..].trim_end_matches('`');
    let mut words = cell
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-' || c == '`'))
        .filter(|w| !w.is_empty());
    for w in words.by_ref() {
        if w.contains('`') {
            // Another code span stands between: the words are about it.
            return false;
        }
        let w = w.to_lowercase();
        if HISTORY_GLUE.contains(&w.as_str()) {
            continue;
        }
        return HISTORY_WORDS.contains(&w.as_str());
    }
    false
}

/// Whether an evidence code span names a git branch, not a path: the word
/// right before it in its cell is `branch` (`` on branch `hoc/ws-a-ci-baseline` ``,
/// `` branch `feat/x` ``: a work log's record of the worktrees it made, survey
/// 120b, agenticverz_2.0, 3 findings judged false). A branch's name reads like
/// a path (`feat/login`), but no file of the tree is meant. Only the nearest
/// word counts: `` branch protection in `.github/settings.yml` `` names a file.
pub(super) fn names_git_branch(doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Evidence {
        return false;
    }
    let before = doc.text.get(..r.span.start).unwrap_or("");
    let cell_start = before.rfind(['\n', '|']).map_or(0, |i| i + 1);
    // A branch is named in a code span (the span's own backtick may stand
    // before it or open it).
    let cell = before[cell_start..].trim_end_matches('`');
    let spanned = cell.len() < before[cell_start..].len()
        || doc
            .text
            .get(r.span.start..)
            .is_some_and(|t| t.starts_with('`'));
    if !spanned {
        return false;
    }
    let word = cell
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(word.to_lowercase().as_str(), "branch" | "branches")
}

/// Whether a relative evidence path (`./x`, `../x`) quotes another file of
/// its row: a verification record quotes the lines it checked
/// (`` Lines 418–421: `## See Also` at 418, `../agent-architecture/SKILL.md` at 420 ``,
/// viflo), and the path is relative to the quoted file, which the row names
/// (`rag-vector-search/SKILL.md has a See Also section`). It is silent when
/// the row names exactly one tracked file (by its path, or a tail of it) from
/// whose folder the path resolves; a path that resolves from no file of the
/// row is still reported.
pub(super) fn quoted_from_row(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    let w = r.written.as_str();
    if r.kind != RefKind::Evidence || !(w.starts_with("./") || w.starts_with("../")) {
        return false;
    }
    row_of(doc, r).is_some_and(|row| resolves_from_named_file(ctx, row, w))
}

/// Whether a link quotes a line of another file: a verification record
/// quotes the line it checked, link and all, in quotes or backticks after
/// its line number (`` Line 147: "[Contributing Guide](./CONTRIBUTING.md)" ``,
/// quoting README.md: viflo). The target is relative to the quoted file, not
/// to the record. Silent when the target resolves from the repository root
/// or from the folder of a file the row names; a quoted target that resolves
/// from nowhere, and the same link written outside such a quote, are still
/// reported.
pub(super) fn quoted_line_link(ctx: &Context<'_>, doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Link {
        return false;
    }
    let text = &doc.text;
    // A quote right before the link, first: most links have none, and the
    // row is not read for them.
    let Some(before) = text.get(..r.span.start) else {
        return false;
    };
    if !before.trim_end().ends_with(['"', '`', '\'', '“', '‘', '«']) {
        return false;
    }
    let Some(row) = row_of(doc, r) else {
        return false;
    };
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    // The cell (or line) up to the link: `Line 147: "` right before it.
    let lead = &before[line_start..];
    let lead = lead.rsplit('|').next().unwrap_or(lead).trim_end();
    let Some(lead) = lead
        .strip_suffix(['"', '`', '\'', '“', '‘', '«'])
        .map(str::trim_end)
    else {
        return false;
    };
    if !ends_with_line_number(lead) {
        return false;
    }
    let w = r.written.as_str();
    let target = w.split(['#', '?']).next().unwrap_or(w);
    if target.is_empty() || target.contains("://") {
        return false;
    }
    let exists = |p: &str| !matches!(ctx.repo.stat(p), PathState::Missing | PathState::Outside);
    crate::source::join_relative("", target.trim_start_matches('/')).is_some_and(|p| exists(&p))
        || resolves_from_named_file(ctx, row, target)
}

/// Whether `lead` ends with a line number as a quote's label: `Line 147:`,
/// `Lines 418–421:`, `L147:`, `line 12 -`, `at 420:`.
fn ends_with_line_number(lead: &str) -> bool {
    let lead = lead.trim_end_matches([':', '-', '—', '–', ' ']);
    let digits =
        lead.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–' | '—' | 'L'));
    if digits.len() == lead.len() || !lead.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let word = digits
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    matches!(
        word.as_str(),
        "line" | "lines" | "at" | "zeile" | "zeilen" | ""
    ) && (!word.is_empty() || lead[digits.len()..].starts_with('L'))
}

/// The line of `doc` holding reference `r` (a table row), when short enough to scan.
fn row_of<'d>(doc: &'d Document, r: &Reference) -> Option<&'d str> {
    // A row of a real record is short; a huge one (hostile input: 100,000
    // relative paths on one line) is not scanned once per path: the line's
    // ends are looked for at most this far away.
    const LIMIT: usize = 8192;
    let text = &doc.text;
    let bytes = text.as_bytes();
    let from = r.span.start.saturating_sub(LIMIT);
    let start = match bytes
        .get(from..r.span.start)?
        .iter()
        .rposition(|&b| b == b'\n')
    {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let after = bytes.get(r.span.end..)?;
    let end = r.span.end
        + after
            .iter()
            .take(LIMIT)
            .position(|&b| b == b'\n')
            .unwrap_or(after.len());
    text.get(start..end).filter(|row| row.len() <= LIMIT)
}

/// Whether `written` (relative) resolves from the folder of the one tracked
/// file that a file name of `row` (a path, or a tail of one) names.
fn resolves_from_named_file(ctx: &Context<'_>, row: &str, written: &str) -> bool {
    let exists = |p: &str| !matches!(ctx.repo.stat(p), PathState::Missing | PathState::Outside);
    let is_name_char = |c: char| c.is_alphanumeric() || matches!(c, '.' | '/' | '_' | '-');
    row.split(|c: char| !is_name_char(c))
        .filter(|t| {
            t.contains('/')
                && !t.starts_with(['.', '/'])
                && t.rsplit_once('.')
                    .is_some_and(|(stem, ext)| !stem.ends_with('/') && (1..=5).contains(&ext.len()))
        })
        .any(|tail| {
            let name = tail.rsplit('/').next().unwrap_or(tail);
            let suffix = format!("/{tail}");
            let files: Vec<String> = ctx
                .anchors
                .named(ctx.repo, name)
                .iter()
                .filter(|p| p.as_str() == tail || p.ends_with(&suffix))
                .cloned()
                .collect();
            let [file] = files.as_slice() else {
                return false;
            };
            let dir = file.rsplit_once('/').map_or("", |(d, _)| d);
            crate::source::join_relative(dir, written).is_some_and(|p| exists(&p))
        })
}

/// Whether a missing link target climbs out of a folder that is a copy of
/// another repository's folder: a Go module there whose path names another
/// repository and ends with the folder's own name (ztate's `ffi/go.mod` says
/// `module github.com/ava-labs/chain/ffi`: Firewood's FFI, README and all).
/// Its `../.github/workflows/attach-static-libs.yaml` is upstream's root,
/// not this repository's. A module of this repository (its path names this
/// repository, by its folder's or its `origin` remote's name) is first-party
/// and judged, and so is a link that stays inside the copied folder.
pub(super) fn climbs_out_of_upstream_copy(
    ctx: &Context<'_>,
    doc: &Document,
    r: &Reference,
    path: &str,
) -> bool {
    if r.kind != RefKind::Link || !r.written.starts_with("../") {
        return false;
    }
    let mut dir = doc.dir();
    while !dir.is_empty() {
        if !path.starts_with(&format!("{dir}/"))
            && let Some(module) = ctx
                .repo
                .read_text(&format!("{dir}/go.mod"))
                .and_then(|t| go_module_path(&t))
        {
            return foreign_module(ctx, &module, dir);
        }
        dir = dir.rsplit_once('/').map_or("", |(d, _)| d);
    }
    false
}

/// The module path a `go.mod` declares (`module github.com/a/b/ffi`).
fn go_module_path(text: &str) -> Option<String> {
    text.lines().find_map(|l| {
        let rest = l.trim().strip_prefix("module")?;
        rest.starts_with([' ', '\t'])
            .then(|| rest.trim().trim_matches('"').to_string())
    })
}

/// Whether Go module path `module` (for folder `dir`) names a folder of
/// another repository: `host/owner/repo/…/<last folder of dir>`, the host a
/// domain, and `repo` none of this repository's names.
fn foreign_module(ctx: &Context<'_>, module: &str, dir: &str) -> bool {
    let parts: Vec<&str> = module.split('/').collect();
    let last = dir.rsplit('/').next().unwrap_or(dir);
    if parts.len() < 4 || !parts[0].contains('.') || parts.last() != Some(&last) {
        return false;
    }
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let repo = squash(parts[2]);
    !repository_names(ctx).contains(&repo)
}

/// How many of the paths written in each column of `cols` (of table `ti`)
/// exist, and how many start with a folder or file at the repository root.
fn resolve(
    ctx: &Context<'_>,
    doc: &Document,
    ti: usize,
    cols: &[usize],
    by_table: &OnceCell<Vec<Vec<usize>>>,
) -> Vec<Resolution> {
    let mut res = vec![Resolution::default(); cols.len()];
    // The table's code spans, bucketed once per document (not a walk over
    // the whole document per table).
    let by_table = by_table.get_or_init(|| {
        let mut v = vec![Vec::new(); doc.tables.len()];
        for (i, cs) in doc.code_spans.iter().enumerate() {
            if let CodeContext::TableCell { table, .. } = doc.code_context(cs)
                && let Some(b) = v.get_mut(table)
            {
                b.push(i);
            }
        }
        v
    });
    let inside = by_table
        .get(ti)
        .into_iter()
        .flatten()
        .filter_map(|&i| doc.code_spans.get(i));
    for cs in inside {
        let CodeContext::TableCell { table, row, cell } = doc.code_context(cs) else {
            continue;
        };
        if table != ti || row == usize::MAX {
            continue;
        }
        let Some(k) = cols.iter().position(|&c| c == cell) else {
            continue;
        };
        let literal = cs.literal(&doc.text);
        if !literal.contains('/') {
            continue;
        }
        let r = code_line_reference(doc, literal, cs.span.clone(), RefKind::Evidence, ctx.repo)
            .or_else(|| path_reference(doc, literal, cs.span.clone(), RefKind::Evidence, ctx.repo));
        let Some(r) = r else { continue };
        let exists = |p: &Option<String>| {
            p.as_deref().is_some_and(|p| {
                !matches!(ctx.repo.stat(p), PathState::Missing | PathState::Outside)
            })
        };
        res[k].total += 1;
        if exists(&r.path) || exists(&r.alt_path) {
            res[k].present += 1;
        }
        let first = r
            .written
            .trim_start_matches("./")
            .split('/')
            .next()
            .unwrap_or("");
        if !first.is_empty() && ctx.repo.root_entry_exists(first) {
            res[k].rooted += 1;
        }
    }
    res
}

#[cfg(test)]
mod quote_tests {
    use super::ends_with_line_number;

    #[test]
    fn line_number_labels() {
        assert!(ends_with_line_number("Line 147:"));
        assert!(ends_with_line_number("Lines 418–421:"));
        assert!(ends_with_line_number("L147:"));
        assert!(ends_with_line_number("verified at 420 -"));
        assert!(ends_with_line_number("Zeile 3:"));
        assert!(!ends_with_line_number("See"));
        assert!(!ends_with_line_number("Phase 147:"));
        assert!(!ends_with_line_number("147:"));
    }
}
