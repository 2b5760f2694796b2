//! Survey 48a: non-English readiness and acceptance checklists (Chinese,
//! Japanese, French, Spanish). False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- task/checked-parent-open-child: French marks of optional work and of a
// parent done in part (FlowTech-Lab/Grenoble-Roller-Project's
// `docs/development/phase2/cycle-01-phase-2-plan.md`: 2 findings judged
// false) ---

/// A French plan whose ticked items hold `body`.
fn french_plan(body: &str) -> Repo {
    let repo = Repo::new();
    repo.write("docs/plan.md", format!("# Plan de la phase 2\n\n{body}"))
        .commit_all();
    repo
}

#[test]
fn an_optional_french_sub_item_and_a_partly_done_parent_are_not_open_work() {
    let run = french_plan(
        "- [x] **Export iCal** : ✅ TERMINÉ\n\
         \x20 - [x] Gem `icalendar` installée ✅\n\
         \x20 - [ ] Export de tous les événements de l'utilisateur (optionnel - futur)\n\
         - [x] **Performance** : ✅ TERMINÉ (Partiellement)\n\
         \x20 - [x] Audit N+1 queries avec Bullet ✅\n\
         \x20 - [ ] Audit de sécurité avec Brakeman ⏳\n\
         - [x] **Rendimiento** (parcial)\n\
         \x20 - [ ] Auditoría de seguridad\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["task/checked-parent-open-child"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twin: the same items without the marks are open work under a ticked parent.
#[test]
fn a_required_french_sub_item_under_a_finished_parent_is_reported() {
    let run = french_plan(
        "- [x] **Export iCal** : ✅ TERMINÉ\n\
         \x20 - [x] Gem `icalendar` installée ✅\n\
         \x20 - [ ] Export de tous les événements de l'utilisateur\n\
         - [x] **Performance** : ✅ TERMINÉ (Audit N+1)\n\
         \x20 - [x] Audit N+1 queries avec Bullet ✅\n\
         \x20 - [ ] Audit de sécurité avec Brakeman ⏳\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["task/checked-parent-open-child"]),
        vec![
            t("task/checked-parent-open-child", "docs/plan.md", 3, 1, ""),
            t("task/checked-parent-open-child", "docs/plan.md", 6, 1, ""),
        ],
        "\n{}",
        run.dump()
    );
}

// --- encoding/mojibake: a guide to an encoding bug quotes the damaged words
// beside their correct forms (VALERYkal/ml_pp_mvp's `CACHE_PURGE_GUIDE.md`,
// `ENCODING_FIX_GUIDE.md`, `WEB_CACHE_PURGE_TOOLS.md`, `CHANGELOG.md`: 11
// findings judged false) ---

/// The guide, with `extra` appended.
fn encoding_guide(extra: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "ENCODING_FIX_GUIDE.md",
        format!(
            "# Purge du cache\n\n\
             Éliminer les artefacts d'encodage (RÃ´le, EntrÃ©es, DÃ©pÃ´t) restés dans le cache \
             après les corrections UTF-8.\n\n\
             - ✅ **Login** : « Connexion réussie » (au lieu de « Connexion rÃ©ussie »)\n\
             - ✅ Corrections appliquées : RÃ´le → Rôle, EntrÃ©es → Entrées, DÃ©pÃ´t → Dépôt\n\
             {extra}"
        ),
    )
    .commit_all();
    repo
}

#[test]
fn damaged_words_quoted_beside_their_correct_forms_are_left_alone() {
    let run = encoding_guide("").check(&[]);
    assert_eq!(
        run.findings_of(&["encoding/mojibake"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twins: a damaged word the guide never writes correctly makes all its
/// damage real; so does a damaged status sign; and a document that names no
/// encoding is judged as before.
#[test]
fn damage_of_a_word_never_written_correctly_or_of_a_sign_is_reported() {
    let run = encoding_guide("- DÃ©connexion du compte\n").check(&[]);
    assert_eq!(
        run.findings_of(&["encoding/mojibake"]),
        vec![
            t("encoding/mojibake", "ENCODING_FIX_GUIDE.md", 3, 37, ""),
            t("encoding/mojibake", "ENCODING_FIX_GUIDE.md", 5, 64, ""),
            t("encoding/mojibake", "ENCODING_FIX_GUIDE.md", 6, 31, ""),
            t("encoding/mojibake", "ENCODING_FIX_GUIDE.md", 7, 4, ""),
        ],
        "\n{}",
        run.dump()
    );

    let run = encoding_guide("- Statut : âœ… Terminé\n").check(&[]);
    assert_eq!(
        run.findings_of(&["encoding/mojibake"]).len(),
        4,
        "\n{}",
        run.dump()
    );

    let repo = Repo::new();
    repo.write(
        "docs/roles.md",
        "# Rôles\n\n- Le RÃ´le de l'administrateur\n- Le Rôle du lecteur\n",
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["encoding/mojibake"]),
        vec![t("encoding/mojibake", "docs/roles.md", 3, 7, "")],
        "\n{}",
        run.dump()
    );
}

// --- task/checked-parent-open-child: a Japanese setup task list
// (jagar028055/Market_News_Project's `PODCAST_SETUP_TASKS.md`: 2 findings
// judged false): install steps per operating system under a ticked install
// step, and an open sub-item marked `（オプション）` ---

/// The setup tasks, with `extra` appended.
fn setup_tasks(extra: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "SETUP_TASKS.md",
        format!(
            "# セットアップタスク\n\n\
             - [x] システム依存関係のインストール\n\
             \x20 - [x] **macOS**: `brew install ffmpeg` (完了)\n\
             \x20 - [ ] **Ubuntu/Debian**: `sudo apt-get install ffmpeg`\n\
             \x20 - [ ] **Windows**: 公式サイトからダウンロード・インストール\n\
             - [x] Bot情報の設定\n\
             \x20 - [x] Bot名: 「マーケットニュース」\n\
             \x20 - [ ] プロフィール画像の設定（オプション）\n\
             {extra}"
        ),
    )
    .commit_all();
    repo
}

#[test]
fn another_platforms_install_step_and_a_japanese_optional_item_are_not_open_work() {
    let run = setup_tasks("").check(&[]);
    assert_eq!(
        run.findings_of(&["task/checked-parent-open-child"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twins: builds per platform are all required; an install step with no
/// platform ticked leaves each platform open; a CLI option to add is work.
#[test]
fn per_platform_builds_and_a_command_option_to_add_are_reported() {
    let run = setup_tasks(
        "- [x] リリースビルド\n\
         \x20 - [x] **macOS**: ビルド成功\n\
         \x20 - [ ] **Windows**: ビルド\n\
         - [x] ffmpeg のインストール\n\
         \x20 - [x] ダウンロード\n\
         \x20 - [ ] **Linux**: パスを通す\n\
         - [x] CLI の設定\n\
         \x20 - [ ] `--verbose` オプションを追加\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["task/checked-parent-open-child"]),
        vec![
            t(
                "task/checked-parent-open-child",
                "SETUP_TASKS.md",
                10,
                1,
                ""
            ),
            t(
                "task/checked-parent-open-child",
                "SETUP_TASKS.md",
                13,
                1,
                ""
            ),
            t(
                "task/checked-parent-open-child",
                "SETUP_TASKS.md",
                16,
                1,
                ""
            ),
        ],
        "\n{}",
        run.dump()
    );
}
