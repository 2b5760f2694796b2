//! The mojibake corpus (real text mangled with each code page), the seeds' damaged
//! lines, and the document policy, through the public API only.

use std::borrow::Cow;
use std::ops::Range;

use super::*;

/// Windows-1252 for bytes 0x80..=0x9F; `None` where undefined.
fn cp1252_high(b: u8) -> Option<char> {
    const HIGH: [char; 32] = [
        '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0', '\0',
        '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
    ];
    let c = HIGH[usize::from(b - 0x80)];
    (c != '\0').then_some(c)
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Cp {
    W1252,
    W1254,
    Latin1,
}

/// Encodes `s` as UTF-8 and decodes the bytes with `cp`; undefined bytes become C1
/// controls when `keep`, are dropped otherwise.
fn mangle(s: &str, cp: Cp, keep: bool) -> String {
    let mut out = String::new();
    for &b in s.as_bytes() {
        let c = match (cp, b) {
            (_, 0..=0x7F) | (Cp::Latin1, _) => Some(char::from(b)),
            (Cp::W1254, 0x8E | 0x9E) => None,
            (_, 0x80..=0x9F) => cp1252_high(b),
            (Cp::W1254, 0xD0) => Some('Ğ'),
            (Cp::W1254, 0xDD) => Some('İ'),
            (Cp::W1254, 0xDE) => Some('Ş'),
            (Cp::W1254, 0xF0) => Some('ğ'),
            (Cp::W1254, 0xFD) => Some('ı'),
            (Cp::W1254, 0xFE) => Some('ş'),
            _ => Some(char::from(b)),
        };
        match c {
            Some(c) => out.push(c),
            None if keep => out.push(char::from(b)),
            None => {}
        }
    }
    out
}

/// Real text: multilingual prose, emoji, typography, citations.
const SOURCES: &[&str] = &[
    // French
    "Le café est prêt à être servi.",
    "Où est la bibliothèque ? Très loin, à côté de l’église.",
    "Ça coûte 15 € — c’est cher !",
    "« Bonjour », dit-elle, naïvement.",
    "L’été dernier, nous sommes allés à Nîmes.",
    "Élève, garçon, cœur, œuvre, maître, sûr.",
    "Voilà\u{a0}: la réunion est déplacée à jeudi.",
    "Déploiement terminé ✅ — vérification en cours.",
    // German
    "Größe, Übergröße und Maßstab",
    "Schöne Grüße aus München!",
    "Die Prüfung wäre ärgerlich gewesen.",
    "„Anführungszeichen“ sind üblich.",
    "ÄRGER, ÖSTERREICH, ÜBUNG",
    "Straße: Fußgängerzone gesperrt.",
    // Portuguese
    "Ação, informação e atenção.",
    "São Paulo é a maior cidade do Brasil.",
    "Não há coração sem emoção.",
    "A lição número três está concluída.",
    "INFORMAÇÕES IMPORTANTES",
    // Spanish
    "¿Dónde está el niño? ¡Olé!",
    "Mañana habrá reunión con el equipo técnico.",
    "El pingüino comió jamón ibérico.",
    "Índice: Área de información básica",
    "Él llegó tarde; aún así, todo salió bien.",
    // Polish, Czech, Turkish, Romanian, Hungarian
    "Zażółć gęślą jaźń",
    "Łódź jest piękna.",
    "Książka, źródło, żółw.",
    "Příliš žluťoučký kůň úpěl ďábelské ódy.",
    "İstanbul’da güzel bir gün geçirdik.",
    "Işık, şeker, ağaç, öğrenci, çiçek.",
    "Dağ başı, ĞÜŞİÖÇ",
    "Știință și țară.",
    "Árvíztűrő tükörfúrógép",
    // Nordic, Vietnamese
    "Ångström, smörgåsbord, Øresund, Þórður, Reykjavík.",
    "Tiếng Việt có dấu rất đẹp.",
    // Greek
    "Ελληνικά: Καλημέρα κόσμε",
    "Η γρήγορη καφέ αλεπού πηδάει.",
    "Ώρα για δουλειά.",
    // Russian, Ukrainian
    "Привет, мир! Как дела?",
    "Съешь же ещё этих мягких французских булок, да выпей чаю.",
    "Спасибо за помощь.",
    "Всё готово к запуску.",
    "Настройка сервера завершена.",
    "Їжак, ґанок, єнот.",
    // Hebrew, Arabic
    "שלום עולם",
    "مرحبا بالعالم",
    // Japanese
    "日本語のテキストです。",
    "こんにちは、世界！",
    "確認済み：デプロイ完了",
    "ありがとうございます。",
    "東京駅で待ち合わせ。",
    "「テスト」を実行してください。",
    // Chinese
    "中文测试：部署已完成。",
    "我们的系统已经准备就绪。",
    "发布前请检查所有项目。",
    "这是一个问题吗？",
    "繁體中文：請確認設定。",
    // Korean
    "안녕하세요 세계",
    "배포 준비 완료",
    // Emoji
    "✅ Done",
    "❌ Failed",
    "⚠️ Warning: disk almost full",
    "🔄 In progress",
    "🟢 Ready 🟡 At risk 🔴 Blocked",
    "🚀 Launch day!",
    "👍🏽 Approved",
    "👨‍💻 Developer on call",
    "🏳️‍🌈 Pride",
    "👩‍👩‍👧‍👦 family",
    "1️⃣ First step",
    "🎉🎉🎉",
    "🔍 Review findings",
    "📝 Notes",
    "📁 Folder",
    "🐛 Bug triage",
    "🙏 Thanks",
    "❤️ Love it",
    "🤝 Partnership",
    "⏳ Waiting",
    "🛑 Stop",
    "💡 Idea",
    "🔒 Locked",
    "🧪 Tests",
    "✏️ Edit",
    "➡️ Next",
    "☑️ Checked",
    "✔️ Verified",
    "⭐ Star",
    "🇺🇸 🇫🇷 flags",
    "| Item | ✅ | ⚠️ |",
    "Status: 🟢 Ready for Beta",
    // Typography
    "He said “hello” — and left…",
    "It’s the team’s call.",
    "Pages 10–20",
    "• bullet point",
    "Temperature: 20 °C",
    "© 2024 Example Corp. All rights reserved ®",
    "Stage\u{202f}E parity enforcement",
    "p95 ≤ 250\u{202f}ms; CSAT ≥ 4.2",
    "REST↔gRPC traces",
    "x → y ⇒ z",
    "½ cup, ±5 %, 2×3, 10÷2",
    "‘single quotes’",
    "roadmap’s beta goals",
    "Trademark™ and price 5\u{a0}€",
    "Non\u{a0}breaking space",
    "Range: 1–5 • Total: 42",
    // Citations
    "latency signals.【F:logs/stage_e/summary.json†L1-L63】",
    "【F:docs/roadmap.md†L9-L18】【F:docs/plan.md†L1-L4】",
    "See the minutes.【F:docs/minutes.md†L12】",
    // Mixed
    "Café ✅ naïve 🚀",
    "Résumé — “final” version ✔️",
    "Über-Status: ⚠️ Prüfung läuft",
];

/// Correct text that looks a little like mojibake.
const TRICKY: &[&str] = &[
    "SÃO PAULO",
    "NÃO",
    "Â",
    "“Ã”",
    "“â”",
    "‘Ã’",
    "IRMÃ”",
    "math: 3×4 ÷ 2 = 6",
    "©®°±",
    "naïve",
    "Ångström",
    "café",
    "Größe",
    "ação",
    "Ελληνικά",
    "日本語",
    "✅ 🚀 🟢",
    "“smart quotes”",
    "— dashes –",
    "½ ¼ ¾",
    "«\u{a0}l’été\u{a0}»",
    "«café»",
    "CAFÉ…",
    "Ça va? Ça va.",
    "ÎLE-DE-FRANCE",
    "Ñandú",
    "AÑO NUEVO",
    "Éric’s",
    "JOSÉ’s car",
    "L’ÉTÉ",
    "Æsir ØRESUND",
    "Þór",
    "ÿ Ÿ",
    "µs and ms",
    "“ÉTÉ”",
    "été…»",
    "voilà.",
    "¿Qué? ¡Sí!",
    "Ç’est",
    "Ô Ö Ü",
    "ØÆÅ",
    "Émile Zola — J’accuse…!",
    "Å",
    "naïveté",
    "10 €",
    "plate™",
    "Ì Í Î Ï",
    "Ð Ñ Ò Ó",
];

struct Stats {
    damaged: usize,
    detected: usize,
    exact: usize,
    clean: usize,
    false_pos: usize,
}

fn corpus() -> (Vec<(String, String)>, Vec<String>) {
    let mut damaged = Vec::new();
    let mut clean = Vec::new();
    for (i, s) in SOURCES.iter().enumerate() {
        assert!(!s.is_ascii());
        clean.push(s.to_string());
        let mut variants = vec![mangle(s, Cp::W1252, true), mangle(s, Cp::W1252, false)];
        if i % 4 == 0 {
            variants.push(mangle(s, Cp::W1254, false));
        }
        if i % 6 == 0 {
            variants.push(mangle(s, Cp::Latin1, true));
        }
        variants.sort();
        variants.dedup();
        for v in variants {
            damaged.push((v, s.to_string()));
        }
    }
    clean.extend(TRICKY.iter().map(|s| s.to_string()));
    (damaged, clean)
}

fn measure(verbose: bool) -> Stats {
    let (damaged, clean) = corpus();
    let mut st = Stats {
        damaged: damaged.len(),
        detected: 0,
        exact: 0,
        clean: clean.len(),
        false_pos: 0,
    };
    for (d, orig) in &damaged {
        let r = repair_str(d);
        if r != d.as_str() {
            st.detected += 1;
        } else if verbose {
            println!("MISSED   {d:?} (from {orig:?})");
        }
        if r == orig.as_str() {
            st.exact += 1;
        } else if verbose {
            println!("INEXACT  {d:?} -> {r:?} (want {orig:?})");
        }
    }
    for c in &clean {
        let r = repair_str(c);
        if r != c.as_str() {
            st.false_pos += 1;
            if verbose {
                println!("FALSEPOS {c:?} -> {r:?}");
            }
        }
    }
    st
}

#[test]
fn mojibake_corpus_precision_recall() {
    let st = measure(true);
    let precision = st.detected as f64 / (st.detected + st.false_pos) as f64;
    let recall = st.detected as f64 / st.damaged as f64;
    let exact = st.exact as f64 / st.damaged as f64;
    println!(
        "mojibake corpus: {} damaged, {} clean strings; precision {:.4}, recall {:.4}, \
         exact repair {:.4}, false positives {}",
        st.damaged, st.clean, precision, recall, exact, st.false_pos
    );
    assert!(st.damaged + st.clean >= 200);
    assert_eq!(st.false_pos, 0);
    assert!(recall >= 0.98, "recall {recall}");
    assert!(exact >= 0.95, "exact {exact}");
}

/// Damaged lines of 001_28e484f4a085a9b6.txt, with their repairs.
const SEED_001: &[(&str, &str)] = &[
    (
        "Stageâ€¯E parity enforcement and transport readiness provide the baseline for widening",
        "Stage\u{202f}E parity enforcement and transport readiness provide the baseline for widening",
    ),
    (
        "and performance guardrails to the roadmapâ€™s beta goals, and defines the review",
        "and performance guardrails to the roadmap’s beta goals, and defines the review",
    ),
    (
        "- **Transport parity evidence.** Link all beta decisions to the Stageâ€¯E",
        "- **Transport parity evidence.** Link all beta decisions to the Stage\u{202f}E",
    ),
    (
        "  The summary captures checksum-matched RESTâ†”gRPC traces for `operator_api`,",
        "  The summary captures checksum-matched REST↔gRPC traces for `operator_api`,",
    ),
    (
        "  latency signals.ã€F:logs/stage_e/20250930T121727Z-stage_e_transport_readiness/summary.jsonâ€\u{a0}L1-L63ã€‘ã€F:logs/stage_e/20250930T121727Z-stage_e_transport_readiness/summary.jsonâ€\u{a0}L64-L87ã€‘",
        "  latency signals.【F:logs/stage_e/20250930T121727Z-stage_e_transport_readiness/summary.json†L1-L63】【F:logs/stage_e/20250930T121727Z-stage_e_transport_readiness/summary.json†L64-L87】",
    ),
    (
        "  objectives remain on track.ã€F:docs/roadmap.mdâ€\u{a0}L9-L18ã€‘",
        "  objectives remain on track.【F:docs/roadmap.md†L9-L18】",
    ),
    (
        "- **Continuous dashboards.** Keep the Grafana Stageâ€¯E transport board pinned in",
        "- **Continuous dashboards.** Keep the Grafana Stage\u{202f}E transport board pinned in",
    ),
    (
        "  the latest exporter data emitted during beta rehearsals.ã€F:monitoring/operator_transport_pilot.mdâ€\u{a0}L1-L84ã€‘",
        "  the latest exporter data emitted during beta rehearsals.【F:monitoring/operator_transport_pilot.md†L1-L84】",
    ),
    (
        "| Transport parity suite green across connectors | @ops-team | `logs/stage_e/20250930T121727Z-stage_e_transport_readiness/` | RESTâ†”gRPC traces checksum match (`30b2c06c4b4ffeb5d403c63fb7a4ee283f9f8f109b3484876fe09d7ec6de56c8`) before any external traffic expansion. | ğŸ”„ Ongoing |",
        "| Transport parity suite green across connectors | @ops-team | `logs/stage_e/20250930T121727Z-stage_e_transport_readiness/` | REST↔gRPC traces checksum match (`30b2c06c4b4ffeb5d403c63fb7a4ee283f9f8f109b3484876fe09d7ec6de56c8`) before any external traffic expansion. | 🔄 Ongoing |",
    ),
    (
        "| Heartbeat latency landing in dashboards | @integration-guild | `monitoring/grafana-dashboard.json` Stageâ€¯E panels | Beta entry blocked until heartbeat latency no longer flagged as missing in Stageâ€¯E summary. | âš\u{a0}ï¸ Environment-limited |",
        "| Heartbeat latency landing in dashboards | @integration-guild | `monitoring/grafana-dashboard.json` Stage\u{202f}E panels | Beta entry blocked until heartbeat latency no longer flagged as missing in Stage\u{202f}E summary. | ⚠\u{fe0f} Environment-limited |",
    ),
    (
        "| External feedback exporter publishing latency + satisfaction metrics | @monitoring-guild | `logs/stage_f/exporters/latest.prom` | Beta reviews require fresh latency/error-budget/satisfaction signals each week. | âœ… Initial run captured |",
        "| External feedback exporter publishing latency + satisfaction metrics | @monitoring-guild | `logs/stage_f/exporters/latest.prom` | Beta reviews require fresh latency/error-budget/satisfaction signals each week. | ✅ Initial run captured |",
    ),
    (
        "| Security hardening sign-offs recorded | @release-ops | `docs/releases/beta_launch_plan.md` + readiness minutes | Beta access contingent on Stageâ€¯D bridge approvals and connector credential attestations. | ğŸ”„ Pending signatures |",
        "| Security hardening sign-offs recorded | @release-ops | `docs/releases/beta_launch_plan.md` + readiness minutes | Beta access contingent on Stage\u{202f}D bridge approvals and connector credential attestations. | 🔄 Pending signatures |",
    ),
    (
        "| Weekly feedback synthesis circulated | @release-ops | `docs/PROJECT_STATUS.md#beta-feedback-tracking` | Feedback themes and satisfaction scores shared with product + ops each review. | ğŸ”„ In progress |",
        "| Weekly feedback synthesis circulated | @release-ops | `docs/PROJECT_STATUS.md#beta-feedback-tracking` | Feedback themes and satisfaction scores shared with product + ops each review. | 🔄 In progress |",
    ),
    (
        "   `crown_handshake`) retain Stageâ€¯D bridge fingerprints and Stageâ€¯E parity",
        "   `crown_handshake`) retain Stage\u{202f}D bridge fingerprints and Stage\u{202f}E parity",
    ),
    (
        "   proof in the readiness minutes.ã€F:logs/stage_e/20250930T121727Z-stage_e_transport_readiness/summary.jsonâ€\u{a0}L20-L52ã€‘ã€F:docs/roadmap.mdâ€\u{a0}L196-L247ã€‘",
        "   proof in the readiness minutes.【F:logs/stage_e/20250930T121727Z-stage_e_transport_readiness/summary.json†L20-L52】【F:docs/roadmap.md†L196-L247】",
    ),
    (
        "   rotation windows logged in Stageâ€¯C readiness packets remain within validity",
        "   rotation windows logged in Stage\u{202f}C readiness packets remain within validity",
    ),
    (
        "   widened.ã€F:docs/roadmap.mdâ€\u{a0}L196-L247ã€‘ã€F:logs/stage_c/20251001T010101Z-readiness_packet/review_minutes.mdâ€\u{a0}L1-L44ã€‘",
        "   widened.【F:docs/roadmap.md†L196-L247】【F:logs/stage_c/20251001T010101Z-readiness_packet/review_minutes.md†L1-L44】",
    ),
    (
        "  compensating controls in the risk register.ã€F:monitoring/alerts/beta_feedback.ymlâ€\u{a0}L1-L43ã€‘ã€F:monitoring/escalation_notifier.pyâ€\u{a0}L1-L73ã€‘",
        "  compensating controls in the risk register.【F:monitoring/alerts/beta_feedback.yml†L1-L43】【F:monitoring/escalation_notifier.py†L1-L73】",
    ),
    (
        "   each external channel. Beta SLOs require p95 â‰¤ 250â€¯ms; the dashboard panel",
        "   each external channel. Beta SLOs require p95 ≤ 250\u{202f}ms; the dashboard panel",
    ),
    (
        "   the weekly status table.ã€F:monitoring/grafana-dashboard.jsonâ€\u{a0}L212-L248ã€‘ã€F:monitoring/alerts/beta_feedback.ymlâ€\u{a0}L4-L26ã€‘",
        "   the weekly status table.【F:monitoring/grafana-dashboard.json†L212-L248】【F:monitoring/alerts/beta_feedback.yml†L4-L26】",
    ),
    (
        "   Stageâ€¯F exporter snapshots must note mitigation steps before the next review.",
        "   Stage\u{202f}F exporter snapshots must note mitigation steps before the next review.",
    ),
    (
        "   ã€F:logs/stage_f/exporters/latest.promâ€\u{a0}L1-L33ã€‘ã€F:monitoring/alerts/beta_feedback.ymlâ€\u{a0}L17-L28ã€‘",
        "   【F:logs/stage_f/exporters/latest.prom†L1-L33】【F:monitoring/alerts/beta_feedback.yml†L17-L28】",
    ),
    (
        "   averages at or above the target per channel (CSAT â‰¥ 4.2, NPS â‰¥ 40). Dropoffs",
        "   averages at or above the target per channel (CSAT ≥ 4.2, NPS ≥ 40). Dropoffs",
    ),
    (
        "   feedback tracker.ã€F:logs/stage_f/exporters/latest.promâ€\u{a0}L34-L39ã€‘ã€F:monitoring/grafana-dashboard.jsonâ€\u{a0}L240-L248ã€‘",
        "   feedback tracker.【F:logs/stage_f/exporters/latest.prom†L34-L39】【F:monitoring/grafana-dashboard.json†L240-L248】",
    ),
    (
        "- All checklist items marked âœ… for two consecutive weekly reviews.",
        "- All checklist items marked ✅ for two consecutive weekly reviews.",
    ),
    (
        "- Stageâ€¯F exporter snapshots show stable latency/error/satisfaction metrics and",
        "- Stage\u{202f}F exporter snapshots show stable latency/error/satisfaction metrics and",
    ),
];
/// Damaged lines of 002_adef8c8de79dd98b.txt, with their repairs.
const SEED_002: &[(&str, &str)] = &[
    (
        "**Status:** ðŸŸ¢ Ready for Beta",
        "**Status:** 🟢 Ready for Beta",
    ),
    ("### 1. Code & Testing âœ…", "### 1. Code & Testing ✅"),
    (
        "- âœ… All health checks passing",
        "- ✅ All health checks passing",
    ),
    ("âŒ Critical bugs unresolved", "❌ Critical bugs unresolved"),
    ("âŒ Performance issues", "❌ Performance issues"),
    (
        "**Status:** âœ… Ready for Beta Launch",
        "**Status:** ✅ Ready for Beta Launch",
    ),
];
/// Damaged lines of 004_2e61027645f65f1b.txt, with their repairs.
const SEED_004: &[(&str, &str)] = &[(
    "  - Multi-tenant performance tuning beyond whatâ€™s required for the demo",
    "  - Multi-tenant performance tuning beyond what’s required for the demo",
)];

/// Checks the invariants of `scan`'s result and returns the repaired text.
fn checked(text: &str, code: &[Range<usize>]) -> (Vec<Repair>, String) {
    let reps = scan(text, code);
    let mut last = 0;
    for r in &reps {
        assert!(r.range.start >= last, "sorted, non-overlapping: {reps:?}");
        assert!(r.range.start < r.range.end);
        assert!(text.is_char_boundary(r.range.start) && text.is_char_boundary(r.range.end));
        assert!(!text[r.range.clone()].contains('\n'));
        assert!(!r.replacement.is_empty());
        last = r.range.end;
    }
    // Maximal runs: two repairs never touch.
    for w in reps.windows(2) {
        assert!(w[0].range.end < w[1].range.start, "runs not merged: {w:?}");
    }
    let out = apply(text, &reps);
    (reps, out)
}

#[test]
fn seeds_are_repaired_exactly() {
    for (damaged, want) in SEED_001.iter().chain(SEED_002).chain(SEED_004) {
        assert_eq!(repair_str(damaged), *want, "line {damaged:?}");
    }
    // Whole seed 001 as a document: every run found, one repair per run.
    let doc: String = SEED_001.iter().map(|(d, _)| format!("{d}\n")).collect();
    let want: String = SEED_001.iter().map(|(_, w)| format!("{w}\n")).collect();
    let (reps, out) = checked(&doc, &[]);
    assert_eq!(out, want);
    let runs: Vec<&str> = reps.iter().map(|r| &doc[r.range.clone()]).collect();
    assert!(runs.contains(&"ã€‘ã€"), "adjacent runs merged: {runs:?}");
    assert!(runs.contains(&"âš\u{a0}ï¸"));
    assert_eq!(reps.len(), 65);
}

#[test]
fn spec_examples() {
    let cases = [
        ("roadmapâ€™s", "roadmap’s"),
        ("Stageâ€¯E", "Stage\u{202f}E"),
        ("RESTâ†”gRPC", "REST↔gRPC"),
        ("ã€F:docs/a.mdâ€\u{a0}L1-L2ã€‘", "【F:docs/a.md†L1-L2】"),
        ("ã€F:docs/a.mdâ€ L1-L2ã€‘", "【F:docs/a.md†L1-L2】"),
        ("âŒ Failed", "❌ Failed"),
        ("âš\u{a0}ï¸ Limited", "⚠\u{fe0f} Limited"),
        ("âœ… Done", "✅ Done"),
        ("ðŸ”„ Ongoing", "🔄 Ongoing"),
        ("ğŸ”„ Ongoing", "🔄 Ongoing"),
        ("ðŸŸ¢ Ready", "🟢 Ready"),
        ("cafÃ© naÃ¯ve", "café naïve"),
        ("SÃ£o Paulo", "São Paulo"),
        ("GrÃ¶ÃŸe", "Größe"),
        ("Ã\u{a0} la carte", "à la carte"),
        ("10Ã—11", "10×11"),
        ("Â© 2024", "© 2024"),
        ("â€œquotedâ€ text", "“quoted” text"),
        ("â€œquotedâ€\u{9d} text", "“quoted” text"),
        ("ðŸ‘¨â€ðŸ’» dev", "👨\u{200d}💻 dev"),
        ("ðŸ³ï¸â€ðŸŒˆ", "🏳\u{fe0f}\u{200d}🌈"),
        ("ðŸ‘ðŸ½ ok", "👍🏽 ok"),
        ("ä¸\u{ad}æ–‡", "中文"),
        ("ã“ã‚“ã«ã¡ã¯", "こんにちは"),
        ("ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет"),
        ("Î•Î»Î»Î·Î½Î¹ÎºÎ¬", "Ελληνικά"),
        ("Ã¢â‚¬â„¢", "’"),
        ("ï»¿# Title", "\u{feff}# Title"),
        ("docs/rÃ©sumÃ©.md", "docs/résumé.md"),
        ("âš ï¸ plain space", "⚠\u{fe0f} plain space"),
        ("ï¼ˆæ³¨ï¼‰", "（注）"),
        ("ã€Œå¼•ç”¨ã€", "「引用」"),
        (
            "ã€F:a.mdâ€\u{a0}L3ã€‘ã€F:b.mdâ€\u{a0}L4ã€‘",
            "【F:a.md†L3】【F:b.md†L4】",
        ),
    ];
    for (damaged, want) in cases {
        assert_eq!(repair_str(damaged), want, "{damaged:?}");
    }
}

#[test]
fn correct_text_is_left_alone() {
    let clean = [
        "café, naïve, Ångström, ação, Größe, SÃO PAULO, Ελληνικά, 日本語",
        "✅ ❌ ⚠️ 🔄 🟢 👍🏽 👨‍💻 “smart quotes” — dashes – ½ © ® ° ± × ÷",
        "Â",
        "“Ã”",
        "NÃO, IRMÃ”",
        "«\u{a0}l’été\u{a0}»",
        "Tomáš\u{a0}Hnyk",
        "PROHLÍŽEČ",
        "German (Bone, »ß« unten)",
        "Ç’është kjo?",
        "též „prázdné“ příkazy",
        "Bangladéš",
        "ÎLE-DE-FRANCE, Ñandú, AÑO",
        "JOSÉ’s car, CAFÉ…",
        "【F:docs/a.md†L1-L2】",
        // German typography: `×“` and `ß”` would decode to one Hebrew or N'Ko letter.
        "Merge nur „genau 1×“ und guarded",
        // Square and cubic ångström, not Lithuanian `Ų`, `ų`.
        "Volume of the unit cell (Å³), area 12.5 Å², 3Å³",
        "Wenn etwas “zu groß” ist",
        "sind sie „naturgemäß“ Strings",
    ];
    for c in clean {
        assert!(scan(c, &[]).is_empty(), "{c:?}: {:?}", scan(c, &[]));
        assert!(matches!(repair_str(c), Cow::Borrowed(_)));
    }
    assert!(scan("plain ASCII only", &[]).is_empty());
    // A Lithuanian word's `ų` after a letter is repaired.
    assert_eq!(repair_str("darbÅ³ sąrašas"), "darbų sąrašas");
    assert!(matches!(repair_str("docs/plan.md"), Cow::Borrowed(_)));
}

#[test]
fn a_lone_foreign_letter_before_a_quote_is_repaired_where_its_script_is_written() {
    // `×“` is Hebrew `ד` mis-decoded: repaired when Hebrew is written elsewhere.
    let text = "שלום עולם\nThe letter ×“ again";
    let at = span(text, "×“");
    assert_eq!(
        scan(text, &[]),
        vec![Repair {
            range: at,
            replacement: "ד".to_string()
        }]
    );
    // Next to other damage of the same script it is repaired too.
    assert_eq!(repair_str("×©×œ×•×“ and ×“"), "שלוד and ד");
}

/// Byte range of the first occurrence of `needle` in `hay`.
fn span(hay: &str, needle: &str) -> Range<usize> {
    let at = hay.find(needle).unwrap();
    at..at + needle.len()
}

#[test]
fn whole_document_mis_decoded_repairs_code_too() {
    // Every non-ASCII character is damage and the prose is damaged: code spans and
    // blocks are repaired as well (seed 002).
    let doc = "**Status:** ðŸŸ¢ Ready for Beta\n\n\
               Run `echo âœ…` first.\n\n\
               ```\nSubject: ðŸš€ Analytics API Beta is Live!\nâœ… Data export\n```\n";
    let code = [span(doc, "`echo âœ…`"), span(doc, "```\nSubject")];
    let code = [code[0].clone(), code[1].start..doc.len()];
    let (reps, out) = checked(doc, &code);
    assert_eq!(reps.len(), 4);
    assert_eq!(
        out,
        "**Status:** 🟢 Ready for Beta\n\nRun `echo ✅` first.\n\n\
         ```\nSubject: 🚀 Analytics API Beta is Live!\n✅ Data export\n```\n"
    );
}

#[test]
fn mixed_document_leaves_code_alone() {
    // Correct emoji beside the damage: only prose is repaired.
    let doc = "Status: ✅ done, roadmapâ€™s goals.\n\n\
               Quote the bug: `cafÃ©`.\n\n```\nâœ… raw\n```\n";
    let code = [span(doc, "`cafÃ©`"), span(doc, "```\nâœ… raw\n```")];
    let (reps, out) = checked(doc, &code);
    assert_eq!(reps.len(), 1);
    assert_eq!(&doc[reps[0].range.clone()], "â€™");
    assert!(out.contains("roadmap’s") && out.contains("`cafÃ©`") && out.contains("âœ… raw"));

    // CJK text, no emoji: the same.
    let doc = "日本語の説明。cafÃ© prose.\n`cafÃ©`\n";
    let code = [span(doc, "`cafÃ©`")];
    let (reps, _) = checked(doc, &code);
    assert_eq!(reps.len(), 1);
    assert!(reps[0].range.end < code[0].start);
}

#[test]
fn overlapping_code_ranges_are_merged() {
    let doc = "roadmapâ€™s\n```\n`cafÃ©`\n```\nâœ… and ✅\n";
    let block = span(doc, "```\n`cafÃ©`\n```");
    let inner = span(doc, "`cafÃ©`");
    let (reps, _) = checked(doc, &[inner, block]);
    let runs: Vec<&str> = reps.iter().map(|r| &doc[r.range.clone()]).collect();
    assert_eq!(runs, ["â€™", "âœ…"]);
}

#[test]
fn damage_only_in_code_is_not_reported() {
    let doc = "Prose is fine.\n\n`cafÃ©` and\n\n```\nâœ… raw\n```\n";
    let code = [span(doc, "`cafÃ©`"), span(doc, "```\nâœ… raw\n```")];
    assert!(scan(doc, &code).is_empty());
    // Without code ranges the same damage is prose.
    assert_eq!(scan(doc, &[]).len(), 2);
}

#[test]
fn lossy_choices_follow_context() {
    // 0x9D dropped: `”` after an open quote, `†` before a line range, ZWJ between
    // emoji.
    assert_eq!(repair_str("â€œaâ€ b"), "“a” b");
    assert_eq!(repair_str("x.mdâ€ L5"), "x.md†L5");
    assert_eq!(repair_str("ðŸ‘©â€ðŸ”¬"), "👩\u{200d}🔬");
    // 0x90 dropped: `【` before a `】`, `、` between CJK text.
    assert_eq!(repair_str("ã€F:x.mdã€‘"), "【F:x.md】");
    assert_eq!(repair_str("æ—¥æœ¬ã€ä¸\u{ad}å›½"), "日本、中国");
    // 0x8F dropped: the variation selector after an emoji.
    assert_eq!(repair_str("â¤ï¸ love"), "❤\u{fe0f} love");
    // A lone lead inside damaged Cyrillic (с = D1 81, 0x81 dropped).
    assert_eq!(repair_str("ÑÐ¿Ð°ÑÐ¸Ð±Ð¾"), "спасибо");
    // Polish Ł (C5 81) before other damage.
    assert_eq!(repair_str("ÅÃ³dÅº"), "Łódź");
}

#[test]
fn fast_path_and_large_input() {
    let ascii = "- [ ] item with `code` and text\n".repeat(20_000);
    assert!(scan(&ascii, &[]).is_empty());
    let latin = "Größe, café, naïve — “quotes” ✅ 日本語\n".repeat(20_000);
    assert!(!has_lead(latin.as_bytes()) || scan(&latin, &[]).is_empty());
    let damaged = "roadmapâ€™s âœ… cafÃ©\n".repeat(20_000);
    let reps = scan(&damaged, &[]);
    assert_eq!(reps.len(), 60_000);
}

#[test]
fn a_lone_sign_read_as_a_lossy_letter_needs_its_script_elsewhere() {
    // `×` after a number and `×–` before a dash are the multiplication sign
    // (survey 29b: PaddlePaddle/community's `（9.1×–1,885×）`), not Hebrew `ם`
    // and `ז`: no Hebrew anywhere, nothing to repair.
    assert!(scan("- [x] GPU ≥ CPU 性能（9.1×–1,885×）\n", &[]).is_empty());
    // Damaged Hebrew elsewhere in the document vouches for the lone lead.
    assert_eq!(repair_str("×©×œ×•× （9.1×–1,885×）"), "שלום （9.1ז1,885ם）");
}
