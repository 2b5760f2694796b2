//! The five real checklists of `tests/data/seeds/` and the repositories the seed
//! tests put them in, shared by `check_seeds.rs`, `seeds_rules.rs` and
//! `seeds_fix.rs`.
//!
//! Each seed is committed as `docs/<name>.md` in a real git repository that holds
//! some of the evidence it cites and lacks the rest (and, for seed 001, has one
//! evidence file on disk that was never committed).
//!
//! Include with `mod common; mod seed_repos;` (this module uses `crate::common`).
#![allow(dead_code)]

use crate::common::{Repo, Tuple, lines, t};

/// Where the seed documents live.
pub const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/seeds/");

/// The five seeds, by file stem.
pub const NAMES: [&str; 5] = [
    "000_395667a9c3b6f9f9",
    "001_28e484f4a085a9b6",
    "002_adef8c8de79dd98b",
    "003_539b96fc0a29ac54",
    "004_2e61027645f65f1b",
];

/// `ã€F:` — the mojibake opening of a citation, as the seeds hold it.
pub const MOJI_OPEN: &str = "ã€F:";

/// The text of a seed, as committed in this repository.
pub fn seed(name: &str) -> String {
    let path = format!("{SEEDS}{name}.txt");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {path}: {e}"))
}

/// The 1-based column (in Unicode scalar values) of the `nth` (1-based) occurrence
/// of `needle` on line `line` of `text`. Panics when the line does not hold it, so
/// an expectation built with it also checks what the line says.
pub fn col(text: &str, line: usize, needle: &str, nth: usize) -> u64 {
    let l = text
        .lines()
        .nth(line - 1)
        .unwrap_or_else(|| panic!("no line {line}"));
    let mut from = 0;
    let mut at = None;
    for _ in 0..nth {
        let i = l[from..]
            .find(needle)
            .unwrap_or_else(|| panic!("`{needle}` ×{nth} not on line {line}: {l}"));
        at = Some(from + i);
        from += i + needle.len();
    }
    let at = at.expect("nth >= 1");
    l[..at].chars().count() as u64 + 1
}

/// A finding of `file` at the `nth` `needle` of `line`.
pub fn at(
    text: &str,
    file: &str,
    rule: &str,
    line: usize,
    needle: &str,
    nth: usize,
    target: &str,
) -> Tuple {
    t(
        rule,
        file,
        line as u64,
        col(text, line, needle, nth),
        target,
    )
}

/// A seed committed in its repository.
pub struct SeedRepo {
    pub repo: Repo,
    /// File stem (`001_28e484f4a085a9b6`).
    pub name: &'static str,
    /// Path in the repository (`docs/<name>.md`).
    pub file: String,
    /// The seed text, byte for byte as committed.
    pub text: String,
}

/// The repository of seed `n` (0 to 4), with the seed as given.
pub fn seed_repo(n: usize) -> SeedRepo {
    let name = NAMES[n];
    seed_repo_with(n, &seed(name))
}

/// The repository of seed `n` (0 to 4), with `text` committed in place of the
/// seed (a variant of it: CRLF line endings, an item unchecked, …) and the same
/// evidence around it.
pub fn seed_repo_with(n: usize, text: &str) -> SeedRepo {
    let name = NAMES[n];
    let file = format!("docs/{name}.md");
    let repo = Repo::new();
    repo.write(&file, text);
    match n {
        0 => {
            repo.write(
                "architecture/telemetry-and-observability.md",
                "# Telemetry & Observability\n",
            )
            // `audit` exists at the root, so `audit/cron-dry-run/` reads as a path.
            .write("audit/README.md", "# Audit\n")
            .commit_all();
        }
        1 => {
            let stage_e = "logs/stage_e/20250930T121727Z-stage_e_transport_readiness";
            repo.write(&format!("{stage_e}/summary.json"), lines(70))
                .write("docs/roadmap.md", lines(20))
                .write("monitoring/alerts/beta_feedback.yml", lines(30))
                .write(
                    "docs/PROJECT_STATUS.md",
                    "# Project Status\n\n## Beta feedback\n",
                )
                .commit_all();
            // On disk, never committed.
            repo.write("logs/stage_f/exporters/latest.prom", lines(40));
        }
        2 => {
            // Seed 002 cites nothing.
            repo.commit_all();
        }
        3 => {
            let usecases = "app/hoc/docs/architecture/usecases";
            repo.write(
                &format!("{usecases}/UC018_UC032_REALITY_AUDIT_2026-02-12.md"),
                "# Audit\n",
            )
            .write(
                &format!("{usecases}/UC_SCRIPT_COVERAGE_WAVE_1_AUDIT_2026-02-12.md"),
                "# Wave 1\n",
            )
            .commit_all();
        }
        4 => {
            repo.write("apps/todox/package.json", "{}\n")
                .write("outputs/P4_RUNBOOK_beep-api_staging.md", "# Runbook\n")
                .commit_all();
        }
        _ => panic!("no seed {n}"),
    }
    SeedRepo {
        repo,
        name,
        file,
        text: text.to_string(),
    }
}

impl SeedRepo {
    /// The document as it is on disk now.
    pub fn read(&self) -> Vec<u8> {
        std::fs::read(self.repo.path().join(&self.file)).expect("read the seed document")
    }
}

/// Every mojibake sequence of the seeds and the character it stands for: the
/// UTF-8 bytes of the character read as Windows-1252 (or Windows-1254 for `ğ`),
/// with the bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D)
/// dropped. Longest first, so that `ã€‘` (】) wins over `ã€` (【).
///
/// This is the test suite's own oracle, independent of `src/mojibake/`.
pub const MOJIBAKE: &[(&str, &str)] = &[
    // ⚠️ U+26A0 U+FE0F = E2 9A A0 EF B8 8F: â š NBSP ï ¸, 0x8F dropped.
    ("âš\u{a0}ï¸", "⚠\u{fe0f}"),
    // 🔄 U+1F504 = F0 9F 94 84 read as Windows-1254 (F0 = ğ): ğ Ÿ ” „.
    ("ğŸ”„", "🔄"),
    // 🟢 U+1F7E2 = F0 9F 9F A2: ð Ÿ Ÿ ¢.
    ("ðŸŸ¢", "🟢"),
    // 🚀 U+1F680 = F0 9F 9A 80: ð Ÿ š €.
    ("ðŸš€", "🚀"),
    // 📚 U+1F4DA = F0 9F 93 9A: ð Ÿ “ š.
    ("ðŸ“š", "📚"),
    // 🔑 U+1F511 = F0 9F 94 91: ð Ÿ ” ‘.
    ("ðŸ”‘", "🔑"),
    // 💬 U+1F4AC = F0 9F 92 AC: ð Ÿ ’ ¬.
    ("ðŸ’¬", "💬"),
    // 🎯 U+1F3AF = F0 9F 8E AF: ð Ÿ Ž ¯.
    ("ðŸŽ¯", "🎯"),
    // 】 U+3011 = E3 80 91: ã € ‘.
    ("ã€‘", "】"),
    // 【 U+3010 = E3 80 90: ã €, 0x90 dropped.
    ("ã€", "【"),
    // † U+2020 = E2 80 A0: â € NBSP.
    ("â€\u{a0}", "†"),
    // U+202F narrow no-break space = E2 80 AF: â € ¯.
    ("â€¯", "\u{202f}"),
    // ’ U+2019 = E2 80 99: â € ™.
    ("â€™", "’"),
    // ↔ U+2194 = E2 86 94: â † ”.
    ("â†”", "↔"),
    // ≤ U+2264 = E2 89 A4: â ‰ ¤.
    ("â‰¤", "≤"),
    // ≥ U+2265 = E2 89 A5: â ‰ ¥.
    ("â‰¥", "≥"),
    // ✅ U+2705 = E2 9C 85: â œ ….
    ("âœ…", "✅"),
    // ❌ U+274C = E2 9D 8C: â Œ, 0x9D dropped.
    ("âŒ", "❌"),
];

/// Fragments that betray mojibake left in a text.
pub const MOJIBAKE_MARKS: &[&str] = &["Ã", "â€", "ã€", "ðŸ", "ğŸ", "âœ", "âš", "âŒ", "â†", "â‰"];

/// `text` with every [`MOJIBAKE`] sequence replaced by its character.
pub fn repair(text: &str) -> String {
    let mut out = text.to_string();
    for (bad, good) in MOJIBAKE {
        out = out.replace(bad, good);
    }
    out
}

/// `text` with `\n` line endings turned into `\r\n`.
pub fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}
