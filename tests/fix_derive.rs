//! `fix` derivations configured in checkmark.toml: derived status columns and
//! the optional `3/8` progress count on section markers.

mod helpers3;

use helpers3::Repo;

#[test]
fn derived_status_column_follows_evidence() {
    // logs/run.txt is committed by the helper; logs/gone.txt is not.
    let r = Repo::with(&[
        (
            "checkmark.toml",
            "[[fix.derive]]\nstatus_column = \"Status\"\nevidence_column = \"Evidence\"\ndone = \"✅ Done\"\nmissing = \"⚠️ At risk\"\n",
        ),
        (
            "doc.md",
            "| Item | Evidence | Status |\n| --- | --- | --- |\n| Load | `logs/run.txt` | In progress |\n| Soak | `logs/gone.txt` | ✅ Done |\n| Notes | see minutes | Blocked |\n",
        ),
    ]);
    assert_eq!(
        r.fix_added_lines(),
        vec![
            "| Load | `logs/run.txt` | ✅ Done |".to_string(),
            "| Soak | `logs/gone.txt` | ⚠️ At risk |".to_string(),
        ]
    );
}

#[test]
fn progress_count_is_added_and_updated() {
    let r = Repo::with(&[
        ("checkmark.toml", "[fix]\nprogress_count = true\n"),
        (
            "doc.md",
            "# Plan\n\n## Build 🔄\n\n- [x] a\n- [ ] b\n- [x] c\n\n## Ship ✅ 1/3\n\n- [x] d\n- [x] e\n\n## Notes\n\n- [ ] no marker, no count\n",
        ),
    ]);
    assert_eq!(
        r.fix_added_lines(),
        vec!["## Build 🔄 2/3".to_string(), "## Ship ✅ 2/2".to_string()]
    );
}
