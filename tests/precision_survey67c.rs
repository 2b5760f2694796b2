//! Survey 67c: company and team handbooks and engineering playbooks kept
//! as Markdown (wp-cli's handbook, prometheus-operator's runbooks, an
//! incident-response playbook, an engineering playbook plugin, an SRE's
//! handbook of notes). False patterns found there, each beside its true
//! twin; exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, Tuple, t};

/// Checks `repo` with no configuration: exactly `expected` of `rule`.
#[track_caller]
fn expect(repo: &Repo, rule: &str, expected: &[Tuple]) {
    let run = repo.check(&[]);
    assert_eq!(run.findings_of(&[rule]), expected, "\n{}", run.dump());
}

// --- a placeholder fragment in capitals before the name of its blank
// (`#TODO-url`, `#TODO-link-to-actual-resource`): the incident-response plan
// template's playbooks leave their references to be filled in ---

fn playbook(links: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Playbooks\n").write(
        "playbooks/phishing.md",
        format!("# Phishing\n\n## Resources\n\n{links}"),
    );
    repo.commit_all();
    repo
}

#[test]
fn a_capital_todo_fragment_is_a_blank_to_fill_in() {
    expect(
        &playbook(
            "1. [\"Title\"](#TODO-url), Author Last Name (Date)\n\
             1. Notify law enforcement:\n    \
             1. [Local law enforcement](#TODO-link-to-actual-resource)\n    \
             1. [State law enforcement](#TBD-link)\n",
        ),
        "link/missing-anchor",
        &[],
    );
}

/// Twin: a lowercase `#todo-list` may name a section (a heading renamed
/// since): reported, as is any other fragment beside the placeholders.
#[test]
fn a_lowercase_todo_fragment_is_still_a_section() {
    expect(
        &playbook(
            "1. [\"Title\"](#TODO-url)\n\
             1. See [the list](#todo-list).\n\
             1. See [the plan](#response-resource-list).\n",
        ),
        "link/missing-anchor",
        &[
            t(
                "link/missing-anchor",
                "playbooks/phishing.md",
                6,
                8,
                "playbooks/phishing.md#todo-list",
            ),
            t(
                "link/missing-anchor",
                "playbooks/phishing.md",
                7,
                8,
                "playbooks/phishing.md#response-resource-list",
            ),
        ],
    );
}

// --- code blocks written back to back, the second one holding a root
// shell prompt (`# cat /proc/...`) like the block before it: not a doubled
// closing fence hiding a heading ---

fn notes(second_block: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "conntrack.md",
        format!(
            "# nf_conntrack: table full\n\n\
             Check how many sessions are open.\n\
             ```\n\
             # wc -l /proc/net/nf_conntrack\n\
             34775 /proc/net/nf_conntrack\n\
             ```\n\
             ```\n\
             {second_block}\n\
             ```\n\n\
             Please note the path differs between distributions.\n\n\
             Increase it:\n\
             ```\n\
             # echo 100000 > /proc/sys/net/nf_conntrack_max\n\
             ```\n"
        ),
    );
    repo.commit_all();
    repo
}

#[test]
fn back_to_back_blocks_of_root_prompts_are_meant() {
    expect(
        &notes(
            "increase # of nf_conntrack_max. ( default is 65535 )\n\
             # cat /proc/sys/net/nf_conntrack_max\n\
             65535",
        ),
        "document/unclosed-fence",
        &[],
    );
}

/// Twin: the new block hides a heading of another level than the prompts
/// of the block before it: the document's section, turned into code by a
/// doubled fence.
#[test]
fn a_doubled_fence_hiding_a_section_is_still_reported() {
    expect(
        &notes(
            "Then raise the limit.\n\
             ## Raise the limit\n\
             65535",
        ),
        "document/unclosed-fence",
        &[t("document/unclosed-fence", "conntrack.md", 8, 1, "")],
    );
}
