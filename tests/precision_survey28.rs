//! Patterns of survey 28 (five repositories no earlier survey had seen).
//! P1, astral-sh/uv: the reference pages an MkDocs site generates before it
//! builds (`docs/reference/cli.md`), git-ignored by name and listed in the
//! site's `nav:`, linked from every guide (54 `link/missing-path` findings
//! judged false). P2, DanielGTdiabetes/cam-weight-wiz and
//! Ragnarok3s/Bmad-Method-v3: reports of their day that name themselves in
//! Spanish or Portuguese, where the noun comes first (`# Auditoría técnica –
//! …`, `# Relatório de Revisão …`, `# … – Revisão de Configuração`), or are
//! dated with a Spanish or Portuguese stamp (`**Fecha:** 2025-02-14`,
//! `- Data da execução: 2025-10-28`): 47 citation findings judged false.
//! P3, IAmJonoBo/LifeReady (an extra repository): the READMEs an OpenAPI
//! Generator run wrote, listed in its `.openapi-generator/FILES` manifest.
//! Each false pattern beside its true twin, exact findings, the real binary
//! in real git repositories.

mod common;

use common::{Repo, t};

/// uv's docs: `mkdocs.yml` lists `reference/cli.md` and
/// `reference/settings.md` in its `nav:` (once bare, once with a title),
/// `.gitignore` ignores both by name under "Generated reference docs", and
/// no commit holds them: `cargo dev generate-all` writes them before the
/// site builds. Twins, still reported: a page git ignores that the `nav:`
/// does not list (`reference/notes.md`), a listed page git does not ignore
/// (`reference/policies.md`, simply missing), and the same generated page
/// linked from a README outside the site, which GitHub shows.
#[test]
fn a_generated_page_the_nav_lists_is_the_sites() {
    let repo = Repo::new();
    repo.write(
        "mkdocs.yml",
        "site_name: uv\nnav:\n  - Introduction: index.md\n  - Reference:\n      - reference/index.md\n      \
         - Commands: reference/cli.md\n      - \"reference/settings.md\"\n      - Policies: reference/policies.md\n",
    )
    .write(
        ".gitignore",
        "# Generated reference docs (use `cargo dev generate-all` to regenerate)\n\
         /docs/reference/cli.md\n/docs/reference/settings.md\n/docs/reference/notes.md\n",
    )
    .write("docs/index.md", "# uv\n")
    .write(
        "docs/reference/index.md",
        "# Reference\n\n- [Commands](./cli.md)\n- [Settings](./settings.md#cache-dir)\n",
    )
    .write(
        "docs/concepts/cache.md",
        "# Cache\n\nSee [`cache-dir`](../reference/settings.md#cache-dir) and\n\
         [`uv cache clean`](../reference/cli.md#uv-cache-clean).\n\n\
         Twins: [notes](../reference/notes.md), [policies](../reference/policies.md).\n",
    )
    .write("README.md", "# uv\n\nSee [the commands](docs/reference/cli.md).\n")
    .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "README.md",
                3,
                5,
                "docs/reference/cli.md"
            ),
            t(
                "link/missing-path",
                "docs/concepts/cache.md",
                6,
                8,
                "docs/reference/notes.md"
            ),
            t(
                "link/missing-path",
                "docs/concepts/cache.md",
                6,
                40,
                "docs/reference/policies.md"
            ),
        ],
        "{}",
        run.dump()
    );
}

/// Twenty lines of code.
fn code() -> String {
    (1..=20).map(|i| format!("let v{i} = {i};\n")).collect()
}

/// The code with lines 5 to 8 rewritten: a citation of `L5-L8` is stale.
fn code_edited() -> String {
    code()
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if (4..8).contains(&i) {
                format!("let w{i} = {i} * 2;\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect()
}

/// A document titled `title`, with `stamp` under it, whose third line
/// cites `src/app.ts` L5-L8 at column 19.
fn citing(title: &str, stamp: &str) -> String {
    format!("# {title}\n\n- Hallazgo 1: el  【F:src/app.ts†L5-L8】 valida.\n\n{stamp}\n")
}

/// cam-weight-wiz's audits: `docs/audit-cam-weight-wiz.md` titled
/// `# Auditoría técnica – cam-weight-wiz (Raspberry Pi kiosk)` and
/// `AUDIT_RESULTS.md` titled `# 🔍 Auditoría técnica - Bascula UI` over
/// `**Fecha:** 2025-02-14`, both records of the audit's day (33 findings
/// judged false); Bmad's `# Relatório de Revisão e Validação de Artefatos`,
/// `# Revisão de Automação de Infraestrutura`, `# Observabilidade, Alertas
/// e Qualidade – Revisão de Configuração`, and an environment validation
/// stamped `- Data da execução: 2025-10-28 (UTC)`. Twins, still reported:
/// a Spanish plan (`# Plan de migración`), a document stamped with a creation
/// date only (`**Fecha de creación:**`), plans stamped with a date to come
/// (`**Fecha de entrega:**`, `**Data de entrega:**`), a Portuguese word
/// `Data` that is no stamp (`**Data** model: 2025-10-28`), and a report kept
/// current (`Last updated: 2025-02-14`).
#[test]
fn spanish_and_portuguese_reports_are_records() {
    let repo = Repo::new();
    repo.write("src/app.ts", code());
    let docs = [
        (
            "audit-cam-weight-wiz",
            "Auditoría técnica – cam-weight-wiz (Raspberry Pi kiosk)",
            "",
        ),
        (
            "AUDIT_RESULTS",
            "🔍 Auditoría técnica - Bascula UI",
            "**Fecha:** 2025-02-14",
        ),
        (
            "revisao",
            "Relatório de Revisão e Validação de Artefatos",
            "",
        ),
        (
            "automation-review",
            "Revisão de Automação de Infraestrutura",
            "",
        ),
        (
            "observability-quality-review",
            "Observabilidade, Alertas e Qualidade – Revisão de Configuração",
            "",
        ),
        (
            "validacao-ambiente",
            "Validação do Ambiente Local",
            "- Data da execução: 2025-10-28 (UTC)",
        ),
        ("informe", "Informe de rendimiento", ""),
        // Twins.
        ("plan", "Plan de migración", ""),
        (
            "creado",
            "Hallazgos del kiosk",
            "**Fecha de creación:** 2025-02-14",
        ),
        ("modelo", "Modelo de dados", "**Data** model: 2025-10-28"),
        (
            "entrega",
            "Plan de despliegue",
            "**Fecha de entrega:** 2025-11-30",
        ),
        (
            "prazo",
            "Plano de migração",
            "**Data de entrega:** 2025-11-30",
        ),
        (
            "vivo",
            "Auditoría técnica – portal",
            "Last updated: 2025-02-14",
        ),
    ];
    for (name, title, stamp) in docs {
        repo.write(&format!("docs/{name}.md"), citing(title, stamp));
    }
    repo.commit_all();
    repo.write("src/app.ts", code_edited()).commit_all();
    let run = repo.check(&["--select", "citation/"]);
    assert_eq!(
        run.findings(),
        vec![
            t("citation/stale", "docs/creado.md", 3, 19, "src/app.ts"),
            t("citation/stale", "docs/entrega.md", 3, 19, "src/app.ts"),
            t("citation/stale", "docs/modelo.md", 3, 19, "src/app.ts"),
            t("citation/stale", "docs/plan.md", 3, 19, "src/app.ts"),
            t("citation/stale", "docs/prazo.md", 3, 19, "src/app.ts"),
            t("citation/stale", "docs/vivo.md", 3, 19, "src/app.ts"),
        ],
        "{}",
        run.dump()
    );
}

/// LifeReady's generated servers: `services/audit-service/generated/` is an
/// OpenAPI Generator output folder whose manifest `.openapi-generator/FILES`
/// lists `README.md`, and the template's README links
/// `[README]((https://openapi-generator.tech))`, a relative path in
/// parentheses (5 findings judged false, one per service: the generator
/// rewrites the file on every run). Twins, still reported: a note kept by
/// hand in the same folder that the manifest does not list, and the same
/// broken link in a README whose folder has no manifest.
#[test]
fn documents_an_openapi_generator_run_wrote_are_not_checked() {
    let repo = Repo::new();
    let readme = "# Rust API for audit_service\n\nNo description provided (generated by Openapi Generator https://github.com/openapitools/openapi-generator)\n\n\
                  To see how to make this your own, look here: [README]((https://openapi-generator.tech))\n";
    repo.write(
        "services/audit-service/generated/.openapi-generator/FILES",
        ".gitignore\nCargo.toml\nREADME.md\nsrc/lib.rs\n",
    )
    .write(
        "services/audit-service/generated/.openapi-generator/VERSION",
        "7.4.0\n",
    )
    .write(
        "services/audit-service/generated/.openapi-generator-ignore",
        "# OpenAPI Generator Ignore\nNOTES.md\n",
    )
    .write("services/audit-service/generated/README.md", readme)
    .write(
        "services/audit-service/generated/src/lib.rs",
        "// generated\n",
    )
    .write(
        "services/audit-service/generated/NOTES.md",
        "# Notes\n\nSee [the spec](../spec/openapi.yaml).\n",
    )
    .write("services/case-service/README.md", readme)
    .commit_all();
    let run = repo.check(&["--select", "link/,path/"]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "services/audit-service/generated/NOTES.md",
                3,
                5,
                "services/audit-service/spec/openapi.yaml"
            ),
            t(
                "link/missing-path",
                "services/case-service/README.md",
                5,
                46,
                "services/case-service/(https:/openapi-generator.tech)"
            ),
        ],
        "{}",
        run.dump()
    );
}
