//! The progress indicator: on a terminal for a person, never when piped, in a
//! machine format or with `--quiet`.

mod common;

use std::process::Command;

use common::Repo;

const BAR: &str = "checking files";

fn repo() -> Repo {
    let repo = Repo::new();
    for i in 0..20 {
        repo.write(
            &format!("docs/{i}.md"),
            "# T\n\n- [x] done [x](missing.md)\n",
        );
    }
    repo.commit_all();
    repo
}

/// Runs `checkmark ARGS` on a pseudo-terminal (util-linux `script`), with the
/// indicator's one-second delay set to zero; returns what the terminal showed.
fn on_terminal(repo: &Repo, args: &str) -> String {
    let cmd = format!("{} {args}", env!("CARGO_BIN_EXE_checkmark"));
    let out = Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .current_dir(repo.path())
        .env("CHECKMARK_PROGRESS_AFTER_MS", "0")
        .env("NO_COLOR", "1")
        .output()
        .expect("run script");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn piped_output_has_no_progress() {
    let repo = repo();
    for format in ["human", "concise", "json", "sarif", "github"] {
        let run = common::run_in_env(
            repo.path(),
            &["check", "--format", format],
            &[("CHECKMARK_PROGRESS_AFTER_MS", "0".as_ref())],
        );
        assert_eq!(run.code, 1, "{format}: {}", run.stderr);
        for s in [&run.stdout, &run.stderr] {
            assert!(!s.contains(BAR), "{format}: {s}");
            assert!(
                !s.contains('\r') && !s.contains('\u{1b}'),
                "{format}: {s:?}"
            );
        }
    }
}

/// The twin: on a terminal the indicator is drawn (human), and still not in
/// JSON or with --quiet.
#[test]
fn terminal_shows_progress_for_people_only() {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: no `script` to make a pseudo-terminal");
        return;
    }
    let repo = repo();
    let shown = on_terminal(&repo, "check");
    assert!(shown.contains(BAR), "{shown:?}");
    assert!(shown.contains("link/missing-path"), "{shown:?}");
    let json = on_terminal(&repo, "check --format json");
    assert!(!json.contains(BAR), "{json:?}");
    assert!(json.contains("\"version\": 1"), "{json:?}");
    let quiet = on_terminal(&repo, "check --quiet");
    assert!(!quiet.contains(BAR), "{quiet:?}");
    assert!(quiet.contains("link/missing-path"), "{quiet:?}");
}
