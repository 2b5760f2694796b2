//! Survey s105d: agent-written audit, readiness and code-review reports of
//! projects of different kinds, round N (an ESP32 firmware's Spanish audit
//! and verification reports, a Next.js marketplace's Codex audits, a Unity
//! game's audit reports). False patterns found there, each beside its true
//! twin; exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- table/duplicate-key: a file or a module named in another language
// (`Archivo`, `Módulo`) groups rows like `File` and `Module` do
// (FULL-FIRMWARE-Coche-Marcos's `docs/VERIFICACION_DISPLAY_FUNCIONAL.md`:
// `hud_manager.cpp` at lines 123 and 125-127, 3 findings judged false) ---

/// A display verification report whose tables list source files by a first
/// column headed `first` (`Archivo`, `Módulo`, `ID`).
fn verification(first: &str, second: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# Firmware\n").write(
        "docs/VERIFICACION_DISPLAY.md",
        format!(
            "# Verificación del display\n\n\
             ## 4. Frecuencia de refresco\n\n\
             | {first} | {second} | Configuración | Estado |\n\
             |---------|-------|---------------|--------|\n\
             | hud_manager.cpp | 123 | `FRAME_INTERVAL_MS = 33` | ✅ 30 FPS |\n\
             | hud_manager.cpp | 125-127 | Control de tiempo entre frames | ✅ OK |\n\
             | gauges.cpp | 40 | `lastSpeed`, `lastRpm` | ✅ OK |\n\
             | wheels_display.cpp | 79 | `tempC < -998.0f` | ✅ OK |\n"
        ),
    );
    repo.commit_all();
    repo
}

#[test]
fn a_spanish_file_or_module_header_groups_the_rows_of_one_file() {
    for (first, second) in [
        ("Archivo", "Línea"),
        ("Módulo", "Variables"),
        ("Fichero", "Línea"),
    ] {
        let run = verification(first, second).check(&[]);
        assert_eq!(
            run.findings_of(&["table/duplicate-key"]),
            vec![],
            "{first}\n{}",
            run.dump()
        );
    }
}

/// Twin: the same rows under a header that names neither a group nor an
/// identity (`Elemento`), the values otherwise unique: the repeated file is
/// reported; so is an ID written twice under `ID`.
#[test]
fn the_same_rows_under_another_header_are_reported() {
    for first in ["Elemento", "ID"] {
        let run = verification(first, "Línea").check(&[]);
        assert_eq!(
            run.findings_of(&["table/duplicate-key"]),
            vec![t(
                "table/duplicate-key",
                "docs/VERIFICACION_DISPLAY.md",
                8,
                1,
                ""
            )],
            "{first}\n{}",
            run.dump()
        );
    }
}
