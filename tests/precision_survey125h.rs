//! Survey s125h: agent-written architecture notes and reviews, and a docs
//! repository kept beside the other checkouts of its workspace
//! (vesviet/Composable-Commerce-Service-Architecture). The false pattern
//! found there beside its true twin; exact findings, the real binary, real
//! git repositories.

mod common;

use common::{Repo, t};

// --- path/outside-repo: a link into the workspace's sibling `gitops`
// checkout, from a docs repository whose own `ops/deployment/gitops/`
// documents that checkout in another folder (16 findings judged false) ---

fn workspace_docs(doc: &str, link: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Docs\n")
        .write("ops/deployment/gitops/README.md", "# GitOps\n")
        .write(
            doc,
            format!("# Page\n\nSee the live [GitOps repository]({link}).\n"),
        )
        .commit_all();
    repo
}

#[test]
fn a_link_into_a_sibling_checkout_named_elsewhere_in_the_tree_is_silent() {
    for (doc, link) in [
        ("services/order.md", "../../gitops/README.md"),
        ("architecture/adr/009.md", "../../../gitops/README.md"),
    ] {
        let run = workspace_docs(doc, link).check(&[]);
        assert_eq!(run.findings(), vec![], "{doc}\n{}", run.dump());
    }
}

/// Twin: from a folder beside the tree's own `gitops/`, the same climb is
/// one `../` too many for it, and is reported.
#[test]
fn a_link_one_level_too_high_for_a_folder_beside_it_is_reported() {
    let doc = "ops/deployment/argocd/guide.md";
    let link = "../../../../gitops/README.md";
    let run = workspace_docs(doc, link).check(&[]);
    assert_eq!(
        run.findings(),
        vec![t("path/outside-repo", doc, 3, 14, link)],
        "{}",
        run.dump()
    );
}

/// A workspace index naming a sibling checkout as a folder alone
/// (`MICROSERVICES_AGENT_SKILLS_INDEX.md`: `Source folder:
/// [microservices-agent-skills/](../microservices-agent-skills/)`, 1
/// finding judged false). Twins: a file beside the repository, and a folder
/// whose name a folder of this tree has, are reported.
#[test]
fn a_sibling_checkout_named_as_a_folder_alone_is_silent() {
    let link = "[microservices-agent-skills/](../microservices-agent-skills/)";
    let run = workspace_docs("INDEX.md", "../microservices-agent-skills/").check(&[]);
    assert_eq!(run.findings(), vec![], "{link}\n{}", run.dump());
    for target in ["../NOTES.md", "../gitops/"] {
        let run = workspace_docs("INDEX.md", target).check(&[]);
        assert_eq!(
            run.findings(),
            vec![t("path/outside-repo", "INDEX.md", 3, 14, target)],
            "{target}\n{}",
            run.dump()
        );
    }
}

// --- link/missing-anchor: a heading that a ```sql block closed late hides
// (a ```go fence inside it cannot close it), a block `document/unclosed-fence`
// reports with what it hides (commerce's `order-service.md`: 1 finding judged
// false beside the fence's) ---

fn service_page(block: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "order-service.md",
        format!(
            "# Order Service\n\n- [Order Business Logic](#order-business-logic)\n\n\
             ## Database\n\n{block}\n\n## Dependencies\n\nNone.\n"
        ),
    )
    .commit_all();
    repo
}

#[test]
fn an_anchor_hidden_by_a_fence_the_fence_rule_reports_is_one_finding() {
    let block = "```sql\nSELECT 1;\n\n## Order Business Logic\n\n### Order Creation Flow\n\n```go\nfunc main() {}\n```";
    let run = service_page(block).check(&[]);
    assert_eq!(
        run.findings(),
        vec![t("document/unclosed-fence", "order-service.md", 7, 1, "")],
        "{}",
        run.dump()
    );
}

/// Twin: a `# Order Business Logic` comment in a closed ```bash block is
/// code on purpose, and the anchor is reported.
#[test]
fn an_anchor_matching_a_comment_of_closed_code_is_reported() {
    let block = "```bash\n# Order Business Logic\nmake run\n```";
    let run = service_page(block).check(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-anchor",
            "order-service.md",
            3,
            3,
            "order-service.md#order-business-logic"
        )],
        "{}",
        run.dump()
    );
}
