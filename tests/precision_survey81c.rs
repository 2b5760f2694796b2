//! Survey 81c: mobile app repositories (React Native / Expo, Swift) with QA
//! reports, release and store-submission checklists. False patterns found
//! there, each beside its true twin; exact findings, the real binary, real
//! git repositories.

mod common;

use common::{Repo, lines, t};

// --- a code span `app.json:84` in a report of an app folder that holds its
// own `app.json`, with a short stub of that name at the root (naturinex-app:
// `naturinex-app/APP_STORE_COMPLIANCE_REPORT.md` cites `app.json:82-87` of
// `naturinex-app/app.json`, 99 lines; the root `app.json` has 9) ---

/// The root stub and the app folder's `app.json` of `app_lines` lines, with a
/// QC report beside the latter citing its line 84.
fn app_folder(app_lines: usize) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "# App\n")
        .write("app.json", lines(9))
        .write("mobile/app.json", lines(app_lines))
        .write(
            "mobile/QC_REPORT.md",
            "# QC Report\n\n## Findings\n\n- `app.json:84` - Live Stripe key exposed\n",
        )
        .commit_all();
    repo
}

#[test]
fn a_code_span_reads_the_file_beside_the_document_that_holds_its_lines() {
    let run = app_folder(99).check(&[]);
    assert_eq!(run.findings_of(&["citation/"]), vec![], "\n{}", run.dump());
}

/// Twin: neither `app.json` holds line 84: the root reading is reported.
#[test]
fn a_code_span_past_the_end_of_both_files_is_reported() {
    let run = app_folder(40).check(&[]);
    assert_eq!(
        run.findings_of(&["citation/"]),
        vec![t(
            "citation/line-range",
            "mobile/QC_REPORT.md",
            5,
            3,
            "app.json"
        )],
        "\n{}",
        run.dump()
    );
}

// --- a file saved with classic Mac OS line endings (a lone `\r` ends each
// line, no `\n` anywhere: naturinex-app's `eas.json`), cited by line by a
// QC report: every editor shows its lines, git sees one ---

/// `eas.json` of `n` lines ended by `ending`, and a report citing line 59.
fn cr_only(n: usize, ending: &str) -> Repo {
    let repo = Repo::new();
    let body: String = (1..=n).map(|i| format!("line {i}{ending}")).collect();
    repo.write("README.md", "# App\n")
        .write("eas.json", body)
        .write(
            "QC_SUMMARY.md",
            "# QC Summary\n\n- Fixed: build profile, File: `eas.json:59`\n",
        )
        .commit_all();
    repo
}

#[test]
fn a_line_of_a_file_with_mac_line_endings_is_counted_as_editors_show_it() {
    let run = cr_only(80, "\r").check(&[]);
    assert_eq!(run.findings_of(&["citation/"]), vec![], "\n{}", run.dump());
}

/// Twins: the same file with too few lines, and a one-line file with `\n`
/// endings of the same bytes otherwise, are reported.
#[test]
fn a_line_past_the_end_of_a_mac_file_is_reported() {
    for repo in [cr_only(40, "\r"), cr_only(1, "\n")] {
        let run = repo.check(&[]);
        assert_eq!(
            run.findings_of(&["citation/"]),
            vec![t("citation/line-range", "QC_SUMMARY.md", 3, 31, "eas.json")],
            "\n{}",
            run.dump()
        );
    }
}
