//! Reference patterns of the third survey (11 public repositories never seen
//! before): evidence columns headed in other languages, and a code span that
//! labels the citation beside it. Each false positive stands next to its
//! true-positive twin, with exact findings.

mod common;

use common::{Repo, t};

/// An evidence column headed `Evidencia` (innerbloomv3) or `证据` is read as
/// evidence: its missing path is reported (the twin), while a short label of
/// the cell's own citation (`` `webhooks/clerk.ts`【F:apps/api/src/routes/webhooks/clerk.ts†L1】 ``)
/// is that citation's name, not a path of its own.
#[test]
fn evidence_headers_in_other_languages_and_labels_of_citations() {
    let repo = Repo::new();
    repo.write("apps/api/src/routes/webhooks/clerk.ts", "a\nb\n")
        .write(
            "docs/auditoria.md",
            "\
# Auditoría

| Ruta | Estado | Evidencia |
| --- | --- | --- |
| /api/webhooks/clerk | Hecho | `webhooks/clerk.ts`【F:apps/api/src/routes/webhooks/clerk.ts†L1-L2】 |
| /api/users | Hecho | `apps/api/src/routes/users.ts` |
",
        )
        .write(
            "docs/审查.md",
            "\
# 审查

| 项目 | 状态 | 证据 |
| --- | --- | --- |
| 支付 | 已完成 | `reports/payment.md` |
",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "evidence/missing-path",
                "docs/auditoria.md",
                6,
                24,
                "apps/api/src/routes/users.ts"
            ),
            t(
                "evidence/missing-path",
                "docs/审查.md",
                5,
                14,
                "reports/payment.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
