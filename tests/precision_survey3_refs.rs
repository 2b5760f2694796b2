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

/// A VitePress site (vite's docs, survey 4): `/logo.svg` is served from
/// `docs/public/`, `:href="npmUrl(dep.name)"` is a Vue binding (an
/// expression, not a URL), and `## resolve.conditions <NonInheritBadge />`
/// is `#resolve-conditions` (the component is no text). Their twins, a
/// missing public file, a plain `href` to a missing page and an anchor no
/// heading makes, are reported.
#[test]
fn a_vitepress_site_reads_public_files_vue_bindings_and_component_headings_its_way() {
    let repo = Repo::new();
    repo.write("docs/.vitepress/config.ts", "export default {}\n")
        .write("docs/public/logo.svg", "<svg/>\n")
        .write(
            "docs/config/shared.md",
            "# Shared\n\n## resolve.conditions <NonInheritBadge />\n\nText.\n",
        )
        .write(
            "docs/guide.md",
            "\
# Guide

![logo](/logo.svg)
![gone](/gone.svg)

<a :href=\"npmUrl(dep.name)\">npm</a>
<a href=\"./missing.md\">missing</a>

See [conditions](./config/shared.md#resolve-conditions) and [nope](./config/shared.md#nope).
",
        )
        .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", "docs/guide.md", 4, 1, "gone.svg"),
            t(
                "link/missing-path",
                "docs/guide.md",
                7,
                10,
                "docs/missing.md"
            ),
            t(
                "link/missing-anchor",
                "docs/guide.md",
                9,
                61,
                "docs/config/shared.md#nope"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
