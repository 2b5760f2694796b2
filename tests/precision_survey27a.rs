//! Patterns of survey 27a (AlfanumrikOS/Alfanumrik, Prompt-or-Die/ghostspeak,
//! tallowteam/Tallow, tricksy/azukari-banto-saas,
//! microsoft/code-with-engineering-playbook). P5: an evidence cell that names
//! a file by the tail of its path (`quiz-generator/index.ts` for
//! `supabase/functions/quiz-generator/index.ts`, `_lib/streaming.ts` for
//! `apps/host/src/app/api/foxy/_lib/streaming.ts`), as agents' self-reviews
//! and gap analyses write them: shorthand for the one file that ends with it,
//! not a missing path. Each false pattern beside its true twins, exact
//! findings, the real binary in real git repositories.

mod common;

use common::{Repo, assert_reference_findings, t};

/// Twenty lines of code.
fn code() -> String {
    (1..=20).map(|i| format!("const x{i} = {i};\n")).collect()
}

/// A done table whose evidence cells name files by the tails of their paths.
#[test]
fn a_unique_tail_of_a_tracked_path_is_shorthand_for_that_file() {
    let repo = Repo::new();
    repo.write("supabase/functions/quiz-generator/index.ts", code())
        .write("apps/host/src/app/api/foxy/_lib/streaming.ts", code())
        .write("apps/host/src/app/api/teacher/classes/route.ts", code())
        .write(
            "apps/host/src/app/api/school-admin/classes/route.ts",
            code(),
        )
        // Held at the root once, moved since: the tail of the new path, but
        // the path as written is history (`path/renamed` follows it).
        .write("lib/rbac.ts", code())
        .commit_all();
    repo.mkdir("packages/shared/lib");
    repo.git(&["mv", "lib/rbac.ts", "packages/shared/lib/rbac.ts"]);
    repo.commit_all();
    repo.write(
        "docs/self-review.md",
        "# Self-review\n\n\
         | Gap | Status | Evidence |\n\
         |---|---|---|\n\
         | G-1 | ✅ Done | `quiz-generator/index.ts:3-5` |\n\
         | G-2 | ✅ Done | `_lib/streaming.ts` |\n\
         | G-3 | ✅ Done | `classes/route.ts` |\n\
         | G-4 | ✅ Done | `rate-limiter/index.ts` |\n\
         | G-5 | ✅ Done | `lib/rbac.ts` |\n\
         | G-6 | ✅ Done | `supabase/functions/quiz-generator/main.ts` |\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_reference_findings(
        &run,
        &[
            // Two files end with it: which one was meant is not known.
            t(
                "evidence/missing-path",
                "docs/self-review.md",
                7,
                18,
                "classes/route.ts",
            ),
            // No file ends with it.
            t(
                "evidence/missing-path",
                "docs/self-review.md",
                8,
                18,
                "rate-limiter/index.ts",
            ),
            // Moved: the path as written was held, and is followed.
            t("path/renamed", "docs/self-review.md", 9, 18, "lib/rbac.ts"),
            // Its first folder is at the root: read as written.
            t(
                "evidence/missing-path",
                "docs/self-review.md",
                10,
                18,
                "supabase/functions/quiz-generator/main.ts",
            ),
        ],
    );
}

/// A path deleted since, which now ends another file's path, is judged: it
/// names a file that was there, not the other one.
#[test]
fn a_deleted_path_that_ends_another_files_path_is_judged() {
    let repo = Repo::new();
    repo.write("quiz/page.tsx", code())
        .write(
            "apps/host/src/app/quiz/page.tsx",
            code().replace("x1 ", "y1 "),
        )
        .commit_all();
    repo.git(&["rm", "-q", "quiz/page.tsx"]);
    repo.commit_all();
    repo.write(
        "docs/matrix.md",
        "# Matrix\n\n\
         | Claim | Status | Evidence |\n\
         |---|---|---|\n\
         | Anti-cheat | ✅ Done | `quiz/page.tsx:4` |\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_reference_findings(
        &run,
        &[t(
            "evidence/missing-path",
            "docs/matrix.md",
            5,
            25,
            "quiz/page.tsx",
        )],
    );
}

/// P8: the skills `npx skills add` copied into `.agents/skills/`, named in
/// the root `skills-lock.json`, are upstream's documents: their links name
/// files of upstream's tree. A skill of the repository's own beside them,
/// and the same skill without a lock file, are checked.
#[test]
fn a_skill_named_in_the_skills_lock_is_vendored_but_an_own_skill_is_checked() {
    let skill = "---\nname: qstash\n---\n\n# QStash\n\nSee [Multi-Region Setup](../advanced/multi-region.md).\n";
    let lock = r#"{
  "version": 1,
  "skills": {
    "upstash-qstash-js": {
      "source": "upstash/skills",
      "sourceType": "github",
      "skillPath": "skills/upstash-qstash-js/SKILL.md",
      "computedHash": "8222369b"
    }
  }
}
"#;
    let repo = Repo::new();
    repo.write("README.md", "# App\n")
        .write("skills-lock.json", lock)
        .write(".agents/skills/upstash-qstash-js/SKILL.md", skill)
        .write(
            ".agents/skills/upstash-qstash-js/verification/receiver.md",
            "# Receiver\n\nSee [Multi-Region Setup](../advanced/multi-region.md).\n",
        )
        .write(
            ".claude/skills/dashboard-design/SKILL.md",
            skill.replace("qstash", "dashboard"),
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_reference_findings(
        &run,
        &[t(
            "link/missing-path",
            ".claude/skills/dashboard-design/SKILL.md",
            7,
            5,
            ".claude/skills/advanced/multi-region.md",
        )],
    );
    // Without the lock file, nothing says the skill was installed.
    repo.git(&["rm", "-q", "skills-lock.json"]);
    repo.commit_all();
    let run = repo.check(&[]);
    assert_reference_findings(
        &run,
        &[
            t(
                "link/missing-path",
                ".agents/skills/upstash-qstash-js/SKILL.md",
                7,
                5,
                ".agents/skills/advanced/multi-region.md",
            ),
            t(
                "link/missing-path",
                ".agents/skills/upstash-qstash-js/verification/receiver.md",
                3,
                5,
                ".agents/skills/upstash-qstash-js/advanced/multi-region.md",
            ),
            t(
                "link/missing-path",
                ".claude/skills/dashboard-design/SKILL.md",
                7,
                5,
                ".claude/skills/advanced/multi-region.md",
            ),
        ],
    );
}

/// P7: an ADR's action items link the files they will create
/// (`2. [ ] [src/lib/learner-loop/types.ts](../../src/lib/learner-loop/types.ts)`):
/// a path yet to be created, not a broken link. A ticked item's link, a link
/// with other words, and an open item's link to a file deleted since are
/// judged.
#[test]
fn an_open_action_item_links_the_file_it_will_create() {
    let repo = Repo::new();
    repo.write("src/lib/old.ts", code()).commit_all();
    repo.git(&["rm", "-q", "src/lib/old.ts"]);
    repo.write("src/lib/keep.ts", "export const keep = true;\n")
        .commit_all();
    repo.write(
        "docs/architecture/ADR-001.md",
        "# ADR-001\n\n## Action items\n\n\
         1. [ ] [src/lib/loop/types.ts](../../src/lib/loop/types.ts) — the four types.\n\
         2. [ ] [`src/lib/loop/resolve.ts`](../../src/lib/loop/resolve.ts) — the resolver.\n\
         3. [x] [src/lib/loop/publish.ts](../../src/lib/loop/publish.ts) — writes signals.\n\
         4. [ ] Follow [the runbook](../runbok.md) when rolling out.\n\
         5. [ ] [src/lib/old.ts](../../src/lib/old.ts) — trim it.\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_reference_findings(
        &run,
        &[
            t(
                "link/missing-path",
                "docs/architecture/ADR-001.md",
                7,
                8,
                "src/lib/loop/publish.ts",
            ),
            t(
                "link/missing-path",
                "docs/architecture/ADR-001.md",
                8,
                15,
                "docs/runbok.md",
            ),
            t(
                "link/missing-path",
                "docs/architecture/ADR-001.md",
                9,
                8,
                "src/lib/old.ts",
            ),
        ],
    );
}

/// P2: an agent workflow keeps a folder per piece of work, a document per
/// phase and a `STATUS.md` that ticks each phase off (Alfanumrik's
/// `engineering-audit/workflows/*/`). A phase marked done records the code
/// it was written against: its citations are not renumbered. A phase not
/// ticked yet is judged, and so is a document the status file does not name
/// and a page a lone `docs/STATUS.md` ticks off.
#[test]
fn a_phase_its_folders_status_file_marks_done_is_a_record() {
    let repo = Repo::new();
    let spec: String = (1..=20).map(|i| format!("spec line {i}\n")).collect();
    repo.write("src/spec.ts", &spec).commit_all();
    let cites = "# Phase\n\nThe guard is at `src/spec.ts:5-6`.\n";
    repo.write("audit/workflows/portal/01-map.md", cites)
        .write("audit/workflows/portal/02-gap-analysis.md", cites)
        .write("audit/workflows/portal/notes.md", cites)
        .write("audit/workflows/billing/STATUS.md", "# STATUS: Billing\n")
        .write("audit/workflows/auth/STATUS.md", "# STATUS: Auth\n")
        // A lone status file ticking pages off is a page list: its pages
        // are living.
        .write("docs/guide.md", cites)
        .write(
            "docs/STATUS.md",
            "# Docs status\n\n| Page | File | State |\n|---|---|---|\n| Guide | `guide.md` | ✅ Done |\n",
        )
        .write(
            "audit/workflows/portal/STATUS.md",
            "# STATUS: Portal\n\n\
             | Phase | Artifact | Done |\n\
             |---|---|---|\n\
             | MAP | `01-map.md` | [x] |\n\
             | IDENTIFY GAPS | `02-gap-analysis.md` | [ ] |\n",
        )
        .commit_all();
    repo.write("src/spec.ts", format!("new\nnew2\n{spec}"))
        .commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        [
            t(
                "citation/shifted",
                "audit/workflows/portal/02-gap-analysis.md",
                3,
                17,
                "src/spec.ts",
            ),
            t(
                "citation/shifted",
                "audit/workflows/portal/notes.md",
                3,
                17,
                "src/spec.ts",
            ),
            t("citation/shifted", "docs/guide.md", 3, 17, "src/spec.ts"),
        ],
        "\n{}",
        run.dump()
    );
}

/// Commits everything with author and committer date `date` (`2026-07-02`).
fn commit_on(repo: &Repo, date: &str) {
    repo.git(&["add", "-A"]);
    let stamp = format!("{date}T12:00:00Z");
    let out = common::git_cmd(repo.path())
        .env("GIT_AUTHOR_DATE", &stamp)
        .env("GIT_COMMITTER_DATE", &stamp)
        .args(["commit", "-q", "--allow-empty", "-m", "commit"])
        .output()
        .expect("git commit runs");
    assert!(out.status.success(), "{out:?}");
}

/// P1: the documents of a dated audit folder (`docs/audit/2026-07-02-discovery/`),
/// written on its day and never edited since, record the tree of that day:
/// neither their citations nor their mentions of files moved since are
/// renumbered or rewritten. One edited weeks later, one with an open box,
/// and a dated folder outside an audit or reports tree are judged.
#[test]
fn a_dated_audit_folder_never_edited_after_its_day_is_a_record() {
    let repo = Repo::new();
    let spec: String = (1..=20).map(|i| format!("spec line {i}\n")).collect();
    repo.write("src/spec.ts", &spec)
        .write("src/lib/supabase.ts", code());
    commit_on(&repo, "2026-07-01");
    let cites = "# Inventory\n\nRead-only, no code changed.\n\nThe guard is at `src/spec.ts:5-6`.\n\n| Claim | Status | Evidence |\n|---|---|---|\n| Client | ✅ Done | `src/lib/supabase.ts` |\n";
    repo.write("docs/audit/2026-07-02-discovery/07-journeys.md", cites)
        .write("docs/audit/2026-07-02-discovery/08-edited.md", cites)
        .write(
            "docs/audit/2026-07-02-discovery/09-open.md",
            format!("{cites}\n- [ ] re-check the guard\n"),
        )
        .write("docs/plans/2026-07-02-rollout/plan.md", cites);
    commit_on(&repo, "2026-07-02");
    repo.mkdir("packages/lib/src");
    repo.git(&["mv", "src/lib/supabase.ts", "packages/lib/src/supabase.ts"]);
    repo.write("src/spec.ts", format!("new\nnew2\n{spec}"));
    commit_on(&repo, "2026-07-08");
    repo.write(
        "docs/audit/2026-07-02-discovery/08-edited.md",
        format!("{cites}\nAddendum.\n"),
    );
    commit_on(&repo, "2026-07-20");
    let run = repo.check(&["--select", "citation/,path/,evidence/missing-path"]);
    let mut expected = Vec::new();
    for doc in [
        "docs/audit/2026-07-02-discovery/08-edited.md",
        "docs/audit/2026-07-02-discovery/09-open.md",
        "docs/plans/2026-07-02-rollout/plan.md",
    ] {
        expected.push(t("citation/shifted", doc, 5, 17, "src/spec.ts"));
        expected.push(t("path/renamed", doc, 9, 21, "src/lib/supabase.ts"));
    }
    expected.sort();
    let mut found = run.findings();
    found.sort();
    assert_eq!(found, expected, "\n{}", run.dump());
}
