//! Patterns of survey 32b (Pxomox-Astronomy-Lab/proxmox-astronomy-lab,
//! usamanaeem11/New-Working, grantpinks/TimeFlow): a link to a page its line
//! says is still to be made, `(planned)`, `(if created)`, or a table row
//! whose status says `Planned` (P1), and a checked item that says it is done
//! only in part, `(partial — …)`, over its open remainder (P2). Each false
//! pattern beside its true twin, exact findings, the real binary in real git
//! repositories.

mod common;

use common::{Repo, t};

/// proxmox-astronomy-lab's `policies-and-procedures/README.md` lists
/// `- **[Data Governance](data-governance/)** - … policies (planned)`, and
/// its `docs/README.md` has a table of framework documents whose rows say
/// `**Planned**` in their Status column; New-Working's documentation index
/// lists `[.env.production.example](.env.production.example) - Environment
/// template (if created)`. The pages are yet to be written (5 judged false).
/// Twins:
/// the same list without the mark, an `Active` row, a `(planned)` link to a
/// page git history shows was deleted, one to a page that was moved
/// (`path/renamed`), and one to a file that is there read from the root
/// (`[CONTRIBUTING.md](CONTRIBUTING.md) *(planned)*` with a root
/// `CONTRIBUTING.md`, as in SpearIT's `framework/INDEX.md`: the file was
/// made, the link is written for another folder), are reported.
#[test]
fn a_link_its_line_says_is_still_to_be_made() {
    let repo = Repo::new();
    repo.write("docs/old-guide.md", "# Old\n")
        .write("docs/moved.md", "# Moved\n")
        .commit_all();
    repo.git(&["rm", "-q", "docs/old-guide.md"]);
    repo.git(&["mv", "docs/moved.md", "docs/renamed.md"]);
    repo.write("docs/active.md", "# Active\n")
        .write("CONTRIBUTING.md", "# Contributing\n")
        .write(
            "docs/README.md",
            "# Docs\n\n\
             - **[Data Governance](data-governance/)** - research data policies (planned)\n\
             - [.env.production.example](.env.production.example) - Environment template (if created)\n\
             - **[Information Security](information-security/)** - security governance\n\
             - [Old guide](old-guide.md) - the old guide (planned)\n\
             - [Moved](moved.md) - the moved page (planned)\n\
             - [CONTRIBUTING.md](CONTRIBUTING.md) - How to contribute *(planned)*\n\n\
             | **Framework** | **Document** | **Status** |\n\
             |---|---|---|\n\
             | Active docs | [active.md](active.md) | **Active** |\n\
             | Unified strategy | [README.md](unified/README.md) | **Planned** |\n\
             | Tiers | [tiers.md](tiers/README.md) | **Active** |\n",
        )
        .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "docs/README.md",
                5,
                5,
                "docs/information-security"
            ),
            t(
                "link/missing-path",
                "docs/README.md",
                6,
                3,
                "docs/old-guide.md"
            ),
            t("path/renamed", "docs/README.md", 7, 3, "docs/moved.md"),
            t(
                "link/missing-path",
                "docs/README.md",
                8,
                3,
                "docs/CONTRIBUTING.md"
            ),
            t(
                "link/missing-path",
                "docs/README.md",
                14,
                11,
                "docs/tiers/README.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}

/// TimeFlow's `docs/plans/tasks-page-ux-upgrade-plan.md` ticks `- [x]
/// **Analytics Panel Component** (partial — core metrics + command strip;
/// productivity row pending)` over `- [ ] Productivity indicator row`: the
/// item says it is done in part, and the open sub-items are the remainder it
/// names (3 judged false). Twin: a ticked item without the mark over an
/// open sub-item is reported.
#[test]
fn a_checked_item_that_says_it_is_done_in_part() {
    let repo = Repo::new();
    repo.write(
        "docs/plans/ux-plan.md",
        "# UX plan\n\n\
         - [x] **Analytics Panel Component** (partial — core metrics; productivity row pending)\n\
         \x20 - [x] Create `FlowAnalyticsPanel.tsx`\n\
         \x20 - [ ] Productivity indicator row\n\
         - [x] **Mascot** (partial)\n\
         \x20 - [ ] `AnimatedFlowMascot.tsx` keyframes\n\
         - [x] **Integration**\n\
         \x20 - [x] Update the tasks page\n\
         \x20 - [ ] Tab-aware grouping\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "task/"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "task/checked-parent-open-child",
            "docs/plans/ux-plan.md",
            8,
            1,
            ""
        )],
        "\n{}",
        run.dump()
    );
}
