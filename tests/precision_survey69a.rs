//! Survey 69a: readiness documents, checklists and status trackers written
//! in Spanish, Portuguese, French, German or Italian (DO.VIVICARE.Reporting,
//! Spothitch, meridiana-child, mymozaica, tempora-time-tracking). False
//! patterns found there, each beside its true twin; exact findings, the
//! real binary, real git repositories.

mod common;

use common::{Repo, assert_findings, t};

// --- a Vite app's in-app help renders Markdown it imports with `?raw`
// (tempora-time-tracking's `src/lib/help-content.ts` imports
// `docs/knowledge-base/*.md?raw`; the pages' `/help/screenshots/x.jpg` is
// `public/help/screenshots/x.jpg`, served at the app's root: 9 findings
// judged false) ---

/// A Vite app whose help page imports `docs/kb/intro.md` (`raw`: with the
/// `?raw` query, else as a plain file path in a comment), the page linking
/// one screenshot `public/` holds and one it does not.
fn vite_help(raw: bool) -> Repo {
    let repo = Repo::new();
    let import = if raw {
        "import intro from '../../docs/kb/intro.md?raw'\n"
    } else {
        "// The help text is kept in ../../docs/kb/intro.md\nconst intro = ''\n"
    };
    repo.write("vite.config.ts", "export default {}\n")
        .write(
            "src/lib/help-content.ts",
            format!("{import}export default intro\n"),
        )
        .write("public/help/screenshots/dashboard.jpg", "jpg")
        .write(
            "docs/kb/intro.md",
            "# Introducción\n\n![Panel](/help/screenshots/dashboard.jpg)\n\n\
             ![Informes](/help/screenshots/reports.jpg)\n",
        )
        .commit_all();
    repo
}

#[test]
fn a_raw_imported_page_reads_root_links_from_public() {
    let run = vite_help(true).check(&[]);
    assert_findings(
        &run,
        &[t(
            "link/missing-path",
            "docs/kb/intro.md",
            5,
            1,
            "help/screenshots/reports.jpg",
        )],
        1,
    );
}

/// Twin: the same page that no script imports with `?raw` is read as
/// GitHub reads it, from the repository root: both images are reported.
#[test]
fn a_page_no_script_imports_reads_root_links_from_the_root() {
    let run = vite_help(false).check(&[]);
    assert_findings(
        &run,
        &[
            t(
                "link/missing-path",
                "docs/kb/intro.md",
                3,
                1,
                "help/screenshots/dashboard.jpg",
            ),
            t(
                "link/missing-path",
                "docs/kb/intro.md",
                5,
                1,
                "help/screenshots/reports.jpg",
            ),
        ],
        1,
    );
}
