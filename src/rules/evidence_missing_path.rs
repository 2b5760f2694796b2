//! `evidence/missing-path`: a path in an evidence column is not in the tree (folder paths must be folders).
//!
//! ## Why it matters
//! The evidence column is what a readiness review trusts. A path there that does not exist (or a folder path that is a file) is a claim without proof. A cell is a path only when it looks like one: it contains `/` or is a file name with a common extension (`report.pdf`), has no spaces, and is not an environment variable or module name (`DATABASE_URL`, `app.core.config`), a count or date (`414/414`, `2025/01/15`), a list of measurements (speedups side by side, `1.1208x/1.1333x/1.1364x`, timings, `12ms/15ms`: survey 51d, franken_networkx's performance ledger, 2 findings judged false), a domain (`github.com/org/repo`), a placeholder (`XXX`, `YYYY`) or a site route (`/dashboard`, `/analytics/agent`: a leading `/` means the repository root, as in links, and a rooted path without an extension that is no file or folder there is a route), or a slash command (`/sp.specify`, `/speckit.plan`: one rooted word whose suffix is no common file extension, with nothing of that name at the root; survey 30a, a spec-kit plan's requirement mapping). A path without an extension needs a first folder that exists (`tax_dispute_cases/events` names two tables, `PW_EMAIL/PASSWORD` two variables), and a migration id (`20260716212837/name`) is no path. A path whose last part is a bare number (`docs/adr/0001`) names the numbered document of that folder whose name starts with it and then `-` or `_` (`docs/adr/0001-three-tier-redis-caching.md`: survey 89a, ChunkyTortoise/EnterpriseHub's claim ledger, 1 finding judged false) when exactly one entry there does; `docs/adr/0099`, with no such entry, is judged. A bare file or folder name (no `/` but a trailing one: `ci.yml`, `profiling-reports/`) that is neither beside the document nor at the root is read as shorthand for the file or folder of that name elsewhere in the tree (`ci.yml` → `.github/workflows/ci.yml`); when nothing anywhere has that name it names an artifact kept outside the repository or under a folder another column names (a screenshot, an export, a run's output folder) and is not a finding. A not-started row's evidence is yet to be produced: not a finding (a row whose whole status is `Pending` counts as not started here, though `pending review` is in progress; so does one whose whole status is `Missing`, a mark aside, `❌ Missing`: the row says its evidence is not there yet; survey 50a, eIDAS's key management snapshot, 2 findings judged false; or `Not Built`, `❌ Not Built` over a `**BUILD**` action: the path is the file still to be built, survey 78a, GBOGEB/ABACUS's artifact index, 4 findings judged false). A build artifact is not a finding either: a missing path equal to, or under, a path that a CI workflow (`.github/workflows/*.yml`) writes and that is not committed (after `--output…=`, `-o`, `tee`, `>` or `mkdir`, or an upload's `path:`); a path a workflow only reads (`pytest tests/x.py`) stays a finding.
//!
//! Not this repository's evidence: an `Artifact` column (or `Evidence Format`, `Expected Evidence`, `Evidence Input`, `Required Evidence`, `Required evidence/artifacts`, `Evidence / Tests to Add`) in a table without a status column (outputs a run will produce), and, in a table with two or more evidence columns, a column about another project (`TrueCourse Evidence` beside `Fixops Evidence`), and a column whose header says its paths are relative to another place (`Path from Evidence Entry`: a path convention the table documents, not evidence), and a column whose header names an earlier generation of the code (`V1 evidence path`, `Legacy path`) when none of its paths exists, nor the first folder of any of them. Silent too: a path continuing a folder named earlier in its cell, a path inside a folder `.gitignore` ignores (a command too: `./vendor/bin/phpcs`, read from the root), a destination to publish to (`Publish … under `Documentation/DocC/``), and a path its cell calls history (`Historical `proto/v1/common.proto:23` before the hard cut`; see the rule's `why`). A file ignored by a file pattern (`*.log`) is reported with a message that says git ignores it and a help that shows how to find the `.gitignore` line, not "commit the file".

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "evidence/missing-path",
    severity: Severity::Error,
    fixable: false,
    lead: 2,
    summary: "a path in an evidence column is not in the tree (folder paths must be folders)",
    why: "The evidence column is what a readiness review trusts. A path there that does not exist (or a folder path that is a file) is a claim without proof. A cell is a path only when it looks like one: it contains `/` or is a file name with a common extension (`report.pdf`), has no spaces, and is not an environment variable or module name (`DATABASE_URL`, `app.core.config`), a count or date (`414/414`, `2025/01/15`), a list of measurements (speedups side by side, `1.1208x/1.1333x/1.1364x`, timings, `12ms/15ms`: survey 51d, franken_networkx's performance ledger, 2 findings judged false), a domain (`github.com/org/repo`), a placeholder (`XXX`, `YYYY`) or a site route (`/dashboard`, `/analytics/agent`: a leading `/` means the repository root, as in links, and a rooted path without an extension that is no file or folder there is a route), or a slash command (`/sp.specify`, `/speckit.plan`: one rooted word whose suffix is no common file extension, with nothing of that name at the root; survey 30a, a spec-kit plan's requirement mapping). A path without an extension needs a first folder that exists (`tax_dispute_cases/events` names two tables, `PW_EMAIL/PASSWORD` two variables), and a migration id (`20260716212837/name`) is no path. A path whose last part is a bare number (`docs/adr/0001`) names the numbered document of that folder whose name starts with it and then `-` or `_` (`docs/adr/0001-three-tier-redis-caching.md`: survey 89a, ChunkyTortoise/EnterpriseHub's claim ledger, 1 finding judged false) when exactly one entry there does; `docs/adr/0099`, with no such entry, is judged. A bare file or folder name (no `/` but a trailing one: `ci.yml`, `profiling-reports/`) that is neither beside the document nor at the root is read as shorthand for the file or folder of that name elsewhere in the tree (`ci.yml` → `.github/workflows/ci.yml`); when nothing anywhere has that name it names an artifact kept outside the repository or under a folder another column names (a screenshot, an export, a run's output folder) and is not a finding. Likewise a path with folders whose first folder is not at the root, which git history never held as written and which ends exactly one tracked file's path (`quiz-generator/index.ts` for `supabase/functions/quiz-generator/index.ts`: survey 27), is shorthand for that file (a folder path so written, `components/ui/`, for the one tracked folder whose path ends with it: survey 65c, Parlay-Kei/Q-REIL's QA verdict, 1 finding judged false); so is one that several files end with when exactly one of them lies in a project folder that holds the document or that the document names as a path (`src/lib/logger.ts` in a checklist headed `**Application:** Holi Labs Healthcare Platform (apps/web)`, where `apps/web/` and `apps/network/` both have that file: survey 49c, HolisticHealthcareLabs/holilabs, 2 findings judged false), or, when the document names several, in the one project its row names as a path (`` `apps/web/` `` in a component inventory's `Path(s)` cell over `lib/api.ts` in its evidence, which `apps/logicos/app/` has too: survey 61b, 97n8/puddlejumper, 1 finding judged false); one that two files end with and neither the document nor its row ties to just one of their projects, or one that was moved or deleted, is judged. So is a rooted path that names a route's file as a Next.js app writes its routes, from its `app/` or `pages/` folder (`/modules/sod/violations/page.tsx` for `packages/web/src/app/modules/sod/violations/page.tsx`: survey 43a, layer1_test's UX audit, 9 findings judged false), when its first folder is not at the root and exactly one tracked file is that path right below a folder named `app` or `pages`, route groups passed over (`/templates/page.tsx` for `src/app/(dashboard)/templates/page.tsx`: survey 105a, aibaza/1on1's phase verification, 1 finding judged false); `/lib/auth.ts`, a path no route folder holds, is judged as written, unless the app's code lives below `src/` and `src/lib/auth.ts` is tracked while the root has no `lib/`: a rooted path written from that source root, as a Figma Make export's or a Vite app's documents write them (`/lib/ai/orchestrator.ts` for `src/lib/ai/orchestrator.ts`: survey 95a, amo-tech-ai/Premiumtravelexperienceplatform's production tracker, 23 findings judged false); `/lib/ai/gone.ts`, no file there either, is judged. A path with folders that neither climbs (`../`) nor starts at the root, missing beside the document and at the root, is read from each folder in between, where it may exist: a dossier section's readiness log in `12_Recordkeeping/Compliance/` names `Evidence/Hashes_SHA256.txt` for `12_Recordkeeping/Evidence/Hashes_SHA256.txt` (survey 50a, Open-State-Stack/eIDAS, 15 findings judged false); one found in none of them is judged. A not-started row's evidence is yet to be produced: not a finding (a row whose whole status is `Pending` counts as not started here, though `pending review` is in progress; so does one whose whole status is `Missing`, a mark aside, `❌ Missing`: the row says its evidence is not there yet; survey 50a, eIDAS's key management snapshot, 2 findings judged false; or `Not Built`, `❌ Not Built` over a `**BUILD**` action: the path is the file still to be built, survey 78a, GBOGEB/ABACUS's artifact index, 4 findings judged false). A build artifact is not a finding either: a missing path equal to, or under, a path that a CI workflow (`.github/workflows/*.yml`) writes and that is not committed (after `--output…=`, `-o`, `tee`, `>` or `mkdir`, or an upload's `path:`); a path a workflow only reads (`pytest tests/x.py`) stays a finding. A short label of a citation or link in the same cell (`` `webhooks/clerk.ts`【F:apps/api/src/routes/webhooks/clerk.ts†L5】 ``) is that reference's name, not a path of its own. Not a path of this repository either: every token after a `url:` label up to the next label (a `url:` followed by `a.md`, `b.md` names two files of another repository), a run's output the cell describes (`the suite generates artifacts/axe.json`), a destination something is to be published or deployed to (`Publish DocC archives under Documentation/DocC/`; `published in …` names where it is, and is judged), a local machine's path (`/Users/…`, `/home/…`, `C:/…`, or a home folder's, `~/.claude/settings.json`: survey 55a, sonash-v0's claims verification naming the user's own configuration, 7 `path/outside-repo` findings judged false), a path of the host a service runs on (`/run/spire/sockets/agent.sock`, `/etc/kubernetes/admin.conf`: a rooted path under a system folder, `/etc`, `/var`, `/run`, `/usr`, `/opt`, `/proc`, `/sys`, `/dev`, `/srv`, `/mnt`, `/tmp` or `/boot`, that the repository does not have at its root; survey 45b, x0tta6bl4's risk triage), a file of this repository as a coding agent's container names it (`/app/ops/seed.md` for `ops/seed.md`: the checkout Emergent's agents mount at `/app`, OpenHands' at `/workspace`, when the repository has no folder of that name at its root and the rest is a tracked file or folder; survey 68a, huseyinwural-lab/ilan_sitesi_1's unblock checklist, 15 findings judged false; `/app/ops/gone.md` is judged), or a URL the cell says a running site was asked for or answered (`` `/sitemap.xml` returns valid XML ``, ``GET `/feed.xml` ``: a rooted path with an HTTP method right before it or `returns`, `responds` or `serves` right after it; survey 47a, student-pilot's readiness report); `` `public/sitemap.xml` returns … `` names a file and is judged. In a record of finished work (a versioned or archive folder, a dated entry of a `records/` folder, or a document of a folder named by a day below an audit or reports folder, `docs/audit/2026-07-02-discovery/`, or of an audit folder whose index's title carries its day, `# Tiger Style Audit Index (2026-02-09)`, that nobody edited after the day after that date), a target git history shows was deleted or moved since (on the first-parent history, or on the branch whose merge brought the record in: a path created and deleted on that branch existed) is history. A dated report (a date in its file name or title, or a stamp such as `Generated:` or `Date:` near its top; no task list, not `Last updated`) names the files of its day: a target git history shows was deleted since (not moved: that is `path/renamed`) is history too, and so is a path written from a project folder the report names as a path, deleted there (`components/header.tsx`, the dead code of a dated audit of `` `apps/web` `` that its work then removed: survey 73a, trademetrix-terminal, 1 finding judged false). Which columns are evidence: an `Artifact` or `Artifacts` column in a table with no status column lists the outputs a run will produce (`| Artifact | Required | Notes |`), not evidence; so does a column that names the form evidence is to take, `Evidence Format`, `Evidence Type` or `Expected Evidence` (a traceability matrix's `evidence/i1_loop_check.json`, the file a validation run writes: survey 45b, x0tta6bl4, 7 findings judged false), or what is to be supplied, `Evidence Input` or `Required Evidence` (an adjudicator's checklist of the files each run folder is to hold, `comparison/metrics-table.md`: survey 48c, arag-governance-playbook, 4 findings judged false; `Required evidence/artifacts` too, two such nouns side by side counting as one: a workflow pack's stage matrix of the files each stage is to write in the repository it governs, survey 97a, iqpe-governance-workflow, 30 findings judged false), or what is yet to be made, `Evidence / Tests to Add`, `Evidence to Collect` or `Evidence Needed` (a go-live audit's delta of the tests each module is to get: survey 65c, ikanisa/prisma, 3 findings judged false); with a status column beside it, it is judged. Nor is a column whose header says its paths are relative to another place (`Path from Evidence Entry`): a path convention the table documents. Nor is a column whose header names an earlier generation of the code (`V1 evidence path`, `Legacy path`: a word `legacy`, `old`, `former`, `previous`, `prior` or `original`, or a version such as `v1`) when none of its paths exists, nor the first folder of any of them: a migration inventory of where the behaviour used to live, in a tree deleted on purpose (survey 81a, nearai/ironclaw's auth product contract, 17 findings judged false); one whose paths name folders that exist here is judged. In a table with two or more evidence columns (a comparison with another product: `TrueCourse Evidence` beside `Fixops Evidence`), a column about another project is not judged: when a header names this repository (its folder's or its `origin` remote's name, whole or by its first word), every other column whose header names something else and whose paths exist less often; otherwise a named column (not a plain `Evidence`) none of whose paths exists, nor the first folder of any of them, while another evidence column's paths mostly exist (two columns of this repository's own evidence, such as `Test Evidence` and `Doc Evidence`, name folders that exist here and both stay judged). A path that continues a folder named earlier in its cell (`` `suite-integrations/`, `github/adapter.py` ``, or `pages/discover/B.tsx` after `suite-ui/app/src/pages/A.tsx`) is read under that folder, or under its first folder when exactly one listed path there ends with it; a path whose first folder is at the repository root is read as written. A relative path (`../agent/SKILL.md`) that a verification record quotes from a file its row names (`` rag/SKILL.md has a See Also section … `../agent/SKILL.md` at 420 ``) is read from that file's folder, where it is judged: silent when it exists there. A path inside a folder `.gitignore` ignores as a folder (`htmlcov/`, `.claude-flow/hive-mind/`) is a build or run's output no commit holds, as for links; so is that folder itself written as a folder (`artifacts/phase0/demo/` in a traceability matrix whose `.gitignore` keeps out `artifacts/phase0/demo/`, the output of `make demo`: survey 54a, christaylor98/dynaforge.ai, 1 finding judged false; a folder path nothing ignores is judged); so is a command under one (`./vendor/bin/phpcs` with `/vendor/` ignored: a tool Composer or npm installs; a `./` path is read beside the document and, as a command run from the root, from the root); a file ignored by a file pattern (`*.log`) is still reported, with a message that says git ignores it and a help that names `git check-ignore -v` to find the `.gitignore` line (not \"commit the file\", which git would refuse without `-f`). A path its cell calls history is no finding: the word right before it (`at`, `in`, `from`, `the` passed over) is `historical`, `formerly`, `previously`, `was`, `were`, `before`, `removed`, `deleted`, `legacy`, `retired`, `obsolete` or `superseded` (`Historical `proto/v1/common.proto:23` before the hard cut`, `formerly at `src/old.rs``); `was added in `tests/x.py`` names a file that should exist and is judged. Nor is a path of an audit of other repositories kept in a workspace's meta-repository, which says near its top which repositories it audits (`**Repos audited:** design-system, workspace-tools, knowledge-base`) and files each one's findings under a heading naming it (`### design-system`): a path in that section is a file of that repository (survey 50b, alawein/alawein's shared-infrastructure audit, 29 findings judged false); a section naming this repository (its folder's or `origin`'s name) or a folder of it, a heading the line does not list, and a document without the line are judged. Nor is a path its cell says is absent, the finding of a review rather than a claim: the word right before it (`a`, `the`, `file`, or an adjective, `dedicated`, `separate` or `standalone`, passed over: `No dedicated `codes/is456/slab/` package` in a master plan's gap table, survey 97b, structural_engineering_lib, 1 finding judged false) is `no`, `without`, `missing`, `lacks` or `lacking`, or the words right after it (a noun, `directory`, `folder` or `file`, passed over) are `not found`, `not present`, `does not exist` or `is missing` (`` `README.md`, `apps/web/README.md`, no `apps/api/README.md` `` in an agent readiness scorecard's failing row: survey 44a, packetpilot-denial-rescue; `` `.claude/rules/` directory does NOT exist `` in a claims verification: survey 55a), or the same in Italian, Spanish, Portuguese, French, German, Polish, Russian or Ukrainian (`non esiste`, `mancante`, `no existe`, `não existe`, `n'existe pas`, `fehlt`, `nie istnieje`, `не существует`, `не існує`), a noun for the path passed over (`` `docs/analytics/` dir non esiste `` in an Italian audit's gap matrix: survey 56a, MasterDD-L34D/Game; a Polish audit's `Brak `.github/CODEOWNERS`` (missing), `нет`, `отсутствует`, `немає`, `відсутній` before the path, `pliku` or `файла` passed over: survey 96b, majster-ai-oferty, 1 finding judged false); `no changes in `x``, `added `x`` and `` `docs/analytics/` dir esiste `` are judged. A reference whose line says its target may not exist (`Inspect `DOCS/INPROGRESS/blocked.md` if it exists`, `if present`, `(if any)`, `if available`, `when available` (in Italian too, `quando disponibile`, `se disponibile`, `se esiste`: survey 56a, MasterDD-L34D/Game's vertical slice plan), or that creating it changes something: check-spelling's configuration README, `[dictionary.txt](dictionary.txt) | Replacement dictionary (creating this file will override the default dictionary)`, survey 29c) is silent when the target is missing or was moved: the author expects it to be absent at times (an agent workflow's per-task file, archived when the task is). So is the old path of such a per-task file, moved into an archive folder that holds its name in three or more other folders (`DOCS/TASK_ARCHIVE/*/blocked.md`; see `path/renamed`), and a workflow's folder of open tasks emptied into such an archive (Conductor's `./tracks/`, see `path/renamed`).",
    bad: "| Item | Status | Evidence |\n| --- | --- | --- |\n| Soak test | ✅ Done | `logs/soak/` |  (no such folder)",
    good: "| Item | Status | Evidence |\n| --- | --- | --- |\n| Soak test | ✅ Done | `logs/soak/` |  (folder committed)",
};

/// The paths a CI workflow file writes (its outputs, as written: `./` and a
/// trailing `/` dropped, cut before the first segment with a `${{ … }}`
/// expression or a glob): the value after an `--output…=` option or `-o`,
/// after `tee`, a `>`/`>>` redirection or `mkdir`, and an upload's `path:`
/// (inline, or one per line of a `path: |` block). Inputs a workflow merely
/// reads (`pytest tests/api/x.py`) are not outputs.
pub fn workflow_outputs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut block_indent: Option<usize> = None;
    for line in text.lines() {
        let indent = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if let Some(i) = block_indent {
            if trimmed.is_empty() {
                continue;
            }
            if indent > i {
                push_output(&mut out, trimmed.trim_start_matches("- "));
                continue;
            }
            block_indent = None;
        }
        let key_value = trimmed.trim_start_matches("- ");
        if let Some(value) = key_value.strip_prefix("path:") {
            let value = value.trim();
            if value.starts_with(['|', '>']) {
                block_indent = Some(indent);
            } else {
                push_output(&mut out, value);
            }
            continue;
        }
        let words: Vec<&str> = trimmed
            .split(|c: char| c.is_whitespace() || c == ';')
            .filter(|w| !w.is_empty())
            .collect();
        let mut after_mkdir = false;
        for (i, w) in words.iter().enumerate() {
            let prev = if i > 0 { words[i - 1] } else { "" };
            if *w == "mkdir" {
                after_mkdir = true;
                continue;
            }
            if matches!(*w, "&&" | "||" | "|") {
                after_mkdir = false;
            }
            if let Some((key, value)) = w.split_once('=')
                && key.starts_with('-')
                && key.contains("output")
                && value.contains(['/', '.'])
            {
                // `--output-path=./out/x.json`, not a format (`--output=json`).
                push_output(&mut out, value);
            } else if let Some(target) = w.strip_prefix(">>").or_else(|| w.strip_prefix('>'))
                && !target.is_empty()
            {
                push_output(&mut out, target);
            } else if matches!(
                prev,
                "tee" | ">" | ">>" | "-o" | "--output" | "--output-dir"
            ) || (prev == "-a" && i > 1 && words[i - 2] == "tee")
                || (after_mkdir && !w.starts_with('-'))
            {
                push_output(&mut out, w);
            }
        }
    }
    out
}

fn push_output(out: &mut Vec<String>, raw: &str) {
    let raw = raw.trim().trim_matches(['"', '\'']);
    let raw = raw.strip_prefix("./").unwrap_or(raw);
    if raw.starts_with(['/', '~', '-', '$']) || raw.contains("://") {
        return;
    }
    let kept: Vec<&str> = raw
        .split('/')
        .take_while(|s| !s.contains(['$', '*', '{', '}', '?', '[', '<']))
        .filter(|s| !s.is_empty() && *s != ".")
        .collect();
    if kept.is_empty() || kept.contains(&"..") {
        return;
    }
    out.push(kept.join("/"));
}

/// Whether `path` is, or is under, one of `outputs`.
pub fn under_any(path: &str, outputs: &[String]) -> bool {
    let path = path.trim_end_matches('/');
    outputs.iter().any(|o| {
        path == o
            || (path.len() > o.len()
                && path.starts_with(o.as_str())
                && path.as_bytes()[o.len()] == b'/')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_of_a_workflow() {
        let yml = "jobs:\n  a:\n    steps:\n      - run: lighthouse x --output=json --output-path=./GO-LIVE/artifacts/lh.json\n      - run: axe x | tee GO-LIVE/artifacts/axe.txt\n      - run: mkdir -p reports/out && echo hi > logs/run.log\n      - run: pytest tests/api/test_core_smoke.py\n      - uses: actions/upload-artifact@v4\n        with:\n          path: GO-LIVE/artifacts/\n      - uses: actions/upload-artifact@v4\n        with:\n          path: |\n            coverage/${{ matrix.os }}/lcov.info\n            dist/\n      - run: echo done\n";
        assert_eq!(
            workflow_outputs(yml),
            [
                "GO-LIVE/artifacts/lh.json",
                "GO-LIVE/artifacts/axe.txt",
                "reports/out",
                "logs/run.log",
                "GO-LIVE/artifacts",
                "coverage",
                "dist"
            ]
        );
        let outs = workflow_outputs(yml);
        assert!(under_any("GO-LIVE/artifacts/privacy.md", &outs));
        assert!(!under_any("tests/api/test_core_smoke.py", &outs));
        assert!(!under_any("GO-LIVE/artifactsX", &outs));
    }
}
