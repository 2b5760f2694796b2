//! Attacks on the promise "no path outside the repository is ever read or
//! written; nothing hangs; never 'all clear' about what could not be read"
//! (issue 10, items 1–5, 7, 8), made permanent.
//!
//! Every test builds real git repositories in a temporary folder and runs the
//! real binary. Where a path outside the repository is involved, decoy files
//! lie beside the repository: their bytes and modification times are checked
//! unchanged afterwards, and their secret marker must appear in no output.
//! FIFOs are trip-wires: opening one for reading blocks until a writer comes,
//! so a run that opens one hangs and fails the test at the deadline.

mod common;

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use common::*;

/// The marker every decoy holds: it must never appear in any output.
const SECRET: &str = "DECOY-SECRET-7f3a";

/// A document with one finding: `link/missing-path` at 5:1.
const BROKEN: &str = "# In\n\n- [ ] todo\n\n[x](missing.md)\n";
/// A document that `fix` changes (`task/malformed`), and what it becomes.
const FIXABLE: &str = "# In\n\n-[ ] todo\n";
const FIXED: &str = "# In\n\n- [ ] todo\n";

/// A decoy's content: a document with findings and fixes, and invalid TOML,
/// so that reading it (as a document or as a configuration) would show.
fn decoy_text() -> String {
    format!(
        "# Decoy {SECRET}\n\n-[ ] decoy task {SECRET}\n\n[decoy](missing-{SECRET}.md)\n\n= not toml {SECRET}\n"
    )
}

/// A temporary folder holding a repository and, beside it, what lies outside.
struct Sandbox {
    top: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        Sandbox {
            top: tempfile::Builder::new()
                .prefix("checkmark-adv-")
                .tempdir()
                .expect("create a temporary folder"),
        }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.top.path().join(rel)
    }

    fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("create folders");
        }
        std::fs::write(&p, contents).expect("write file");
        p
    }

    /// `git init` of `rel` (a plain repository).
    fn repo(&self, rel: &str) -> PathBuf {
        let p = self.path(rel);
        std::fs::create_dir_all(&p).expect("create repository folder");
        git_in(&p, &["init", "-q"]);
        p
    }
}

fn commit_all(dir: &Path) {
    git_in(dir, &["add", "-A"]);
    git_in(dir, &["commit", "-q", "--allow-empty", "-m", "commit"]);
}

fn symlink(target: impl AsRef<Path>, link: impl AsRef<Path>) {
    let link = link.as_ref();
    if let Some(parent) = link.parent() {
        std::fs::create_dir_all(parent).expect("create folders");
    }
    std::os::unix::fs::symlink(target, link).expect("create symlink");
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("run mkfifo");
    assert!(status.success(), "mkfifo {}", path.display());
}

fn read(p: &Path) -> String {
    String::from_utf8_lossy(&std::fs::read(p).expect("read file")).into_owned()
}

/// Files outside the repository that no run may read or change.
struct Decoys {
    files: Vec<(PathBuf, Vec<u8>, SystemTime)>,
}

impl Decoys {
    /// Plants a decoy document at each path.
    fn plant(paths: &[PathBuf]) -> Decoys {
        let mut files = Vec::new();
        for p in paths {
            if let Some(parent) = p.parent() {
                std::fs::create_dir_all(parent).expect("create folders");
            }
            std::fs::write(p, decoy_text()).expect("write decoy");
            files.push(Decoys::record(p));
        }
        Decoys { files }
    }

    fn record(p: &Path) -> (PathBuf, Vec<u8>, SystemTime) {
        let bytes = std::fs::read(p).expect("read decoy");
        let mtime = std::fs::metadata(p)
            .and_then(|m| m.modified())
            .expect("decoy mtime");
        (p.to_path_buf(), bytes, mtime)
    }

    /// Every decoy still has its bytes and its modification time.
    #[track_caller]
    fn assert_untouched(&self) {
        for (p, bytes, mtime) in &self.files {
            let now = Decoys::record(p);
            assert_eq!(&now.1, bytes, "decoy {} was changed", p.display());
            assert_eq!(&now.2, mtime, "decoy {} was rewritten", p.display());
        }
    }

    /// No decoy content shows in the run's output, and no decoy changed.
    #[track_caller]
    fn assert_unread(&self, run: &Run) {
        assert!(
            !run.stdout.contains(SECRET) && !run.stderr.contains(SECRET),
            "decoy content leaked into the output:\n{}",
            run.dump()
        );
        self.assert_untouched();
    }
}

/// Asserts a refusal: exit 2, nothing on stdout, and `needle` in the message.
#[track_caller]
fn assert_refused(run: &Run, needle: &str) {
    assert_eq!(run.code, 2, "expected exit 2\n{}", run.dump());
    assert!(
        run.stdout.is_empty(),
        "no output expected on a refusal:\n{}",
        run.stdout
    );
    assert!(
        run.stderr.contains(needle),
        "stderr should mention {needle:?}:\n{}",
        run.stderr
    );
}

fn env(pairs: &[(&'static str, &Path)]) -> Vec<(&'static str, OsString)> {
    pairs
        .iter()
        .map(|(k, v)| (*k, v.as_os_str().to_os_string()))
        .collect()
}

fn run_env(dir: &Path, args: &[&str], vars: &[(&'static str, OsString)]) -> Run {
    let v: Vec<(&str, &OsStr)> = vars.iter().map(|(k, v)| (*k, v.as_os_str())).collect();
    run_in_env(dir, args, &v)
}

// ---------------------------------------------------------------------------
// Item 1: where the repository and its work tree are.

/// `git init --separate-git-dir`: the work tree is where the `.git` file is,
/// never the git directory's parent (which holds decoys here).
#[test]
fn separate_git_dir_checks_and_fixes_the_real_work_tree() {
    let sb = Sandbox::new();
    let gd = sb.path("outside/gd");
    let wt = sb.path("wt");
    let decoys = Decoys::plant(&[sb.path("outside/decoy.md"), sb.path("outside/README.md")]);
    git_in(
        sb.top.path(),
        &[
            "init",
            "-q",
            "--separate-git-dir",
            gd.to_str().unwrap(),
            "wt",
        ],
    );
    sb.write("wt/a.md", BROKEN);
    sb.write("wt/b.md", FIXABLE);
    commit_all(&wt);

    let run = check_in(&wt, &[]);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", "a.md", 5, 1, "missing.md"),
            t("task/malformed", "b.md", 3, 1, ""),
        ],
        "{}",
        run.dump()
    );
    assert_eq!(run.files_checked(), 2);
    assert_eq!(run.code, 1);
    decoys.assert_unread(&run);

    let fix = run_in(&wt, &["fix"]);
    assert_eq!(fix.code, 0, "{}", fix.dump());
    assert_eq!(read(&wt.join("b.md")), FIXED);
    decoys.assert_unread(&fix);
}

/// `GIT_DIR` and `GIT_WORK_TREE` name the repository and its work tree, as for git.
#[test]
fn git_dir_and_git_work_tree_env_are_honoured() {
    let sb = Sandbox::new();
    let gd = sb.path("outside/gd");
    let wt = sb.path("wt");
    let decoys = Decoys::plant(&[sb.path("outside/decoy.md")]);
    git_in(
        sb.top.path(),
        &[
            "init",
            "-q",
            "--separate-git-dir",
            gd.to_str().unwrap(),
            "wt",
        ],
    );
    sb.write("wt/a.md", BROKEN);
    sb.write("wt/b.md", FIXABLE);
    commit_all(&wt);
    std::fs::remove_file(wt.join(".git")).expect("remove the .git file");

    // Without the variables this is no repository at all.
    let plain = run_in(&wt, &["check", "--format", "json"]);
    assert_refused(&plain, "not inside a git repository");

    let vars = env(&[("GIT_DIR", gd.as_path()), ("GIT_WORK_TREE", wt.as_path())]);
    let run = run_env(&wt, &["check", "--format", "json"], &vars);
    assert_eq!(
        run.findings(),
        vec![
            t("link/missing-path", "a.md", 5, 1, "missing.md"),
            t("task/malformed", "b.md", 3, 1, ""),
        ],
        "{}",
        run.dump()
    );
    assert_eq!(run.files_checked(), 2);
    decoys.assert_unread(&run);

    let fix = run_env(&wt, &["fix"], &vars);
    assert_eq!(fix.code, 0, "{}", fix.dump());
    assert_eq!(read(&wt.join("b.md")), FIXED);
    decoys.assert_unread(&fix);
}

/// A linked worktree checks its own files, not the main work tree's.
#[test]
fn linked_worktree_checks_its_own_files() {
    let sb = Sandbox::new();
    let main = sb.repo("main");
    sb.write("main/a.md", "# A\n");
    commit_all(&main);
    git_in(
        &main,
        &["worktree", "add", "-q", "-b", "other", "../linked"],
    );
    let linked = sb.path("linked");
    sb.write("linked/b.md", BROKEN);
    commit_all(&linked);
    // Untracked documents of the main work tree: outside the linked one.
    let decoys = Decoys::plant(&[sb.path("main/decoy.md")]);

    let run = check_in(&linked, &[]);
    assert_eq!(
        run.findings(),
        vec![t("link/missing-path", "b.md", 5, 1, "missing.md")],
        "{}",
        run.dump()
    );
    assert_eq!(run.files_checked(), 2);
    decoys.assert_unread(&run);
}

/// A bare clone is checked with `--rev`; the modes that need a work tree refuse.
#[test]
fn bare_clone_checks_rev_and_refuses_worktree_mode() {
    let sb = Sandbox::new();
    let src = sb.repo("src");
    sb.write("src/a.md", BROKEN);
    commit_all(&src);
    git_in(sb.top.path(), &["clone", "-q", "--bare", "src", "bare.git"]);
    let bare = sb.path("bare.git");
    let decoys = Decoys::plant(&[sb.path("decoy.md"), sb.path("bare.git/decoy.md")]);

    let run = check_in(&bare, &["--rev", "HEAD"]);
    assert_eq!(
        run.findings(),
        vec![t("link/missing-path", "a.md", 5, 1, "missing.md")],
        "{}",
        run.dump()
    );
    decoys.assert_unread(&run);
    let worktree = check_in(&bare, &[]);
    assert_refused(&worktree, "bare repository");
    decoys.assert_unread(&worktree);
}

// ---------------------------------------------------------------------------
// Item 2: `checkmark.toml` symlinks.

/// `init` never writes through a `checkmark.toml` symlink, dangling or not.
#[test]
fn init_refuses_a_checkmark_toml_symlink() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    let decoys = Decoys::plant(&[sb.path("outside/target.toml")]);
    symlink(sb.path("outside/target.toml"), repo.join("checkmark.toml"));
    for args in [&["init"][..], &["init", "--force"][..]] {
        let run = run_in(&repo, args);
        assert_refused(&run, "is a symlink; checkmark does not write through it");
        decoys.assert_unread(&run);
    }

    // Dangling: the file it names must not come into being.
    std::fs::remove_file(repo.join("checkmark.toml")).expect("remove symlink");
    let planted = sb.path("outside/planted.toml");
    symlink(&planted, repo.join("checkmark.toml"));
    let run = run_in(&repo, &["init", "--force"]);
    assert_refused(&run, "is a symlink");
    assert!(!planted.exists(), "init wrote through a dangling symlink");
    assert!(
        std::fs::symlink_metadata(repo.join("checkmark.toml"))
            .expect("link")
            .file_type()
            .is_symlink()
    );

    // Twin: with no symlink, init writes the file (and refuses to overwrite it).
    std::fs::remove_file(repo.join("checkmark.toml")).expect("remove symlink");
    let ok = run_in(&repo, &["init"]);
    assert_eq!(ok.code, 0, "{}", ok.dump());
    assert!(read(&repo.join("checkmark.toml")).contains("[rules]"));
    assert_refused(&run_in(&repo, &["init"]), "already exists");
}

/// A `checkmark.toml` symlink that points out is never read (worktree and `--rev`).
#[test]
fn config_symlink_pointing_out_is_not_read() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    let decoys = Decoys::plant(&[sb.path("outside/secret.toml")]);
    sb.write("repo/a.md", BROKEN);
    symlink(sb.path("outside/secret.toml"), repo.join("checkmark.toml"));
    commit_all(&repo);
    for args in [&[][..], &["--rev", "HEAD"][..], &["--staged"][..]] {
        let run = check_in(&repo, args);
        assert_refused(&run, "outside the repository; checkmark does not read it");
        decoys.assert_unread(&run);
    }
    let fix = run_in(&repo, &["fix"]);
    assert_refused(&fix, "outside the repository");
    decoys.assert_unread(&fix);
}

// ---------------------------------------------------------------------------
// Item 4: `--rev` and `--staged` read the tree and the index only.

/// The configuration comes from the tree of REV / the index, never the working tree's file.
#[test]
fn rev_and_staged_take_config_from_tree_and_index() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    sb.write("repo/a.md", BROKEN);
    sb.write(
        "repo/checkmark.toml",
        "[rules]\n\"link/missing-path\" = \"off\"\n",
    );
    commit_all(&repo);
    // The working tree's configuration is broken: reading it would fail the run.
    sb.write("repo/checkmark.toml", format!("= {SECRET}\n"));

    let rev = check_in(&repo, &["--rev", "HEAD"]);
    assert_eq!(rev.findings(), vec![], "{}", rev.dump());
    assert_eq!(rev.code, 0);
    let staged = check_in(&repo, &["--staged"]);
    assert_eq!(staged.findings(), vec![], "{}", staged.dump());
    assert_eq!(staged.code, 0);
    // Twin: the worktree mode does read it (and says where the error is).
    let worktree = check_in(&repo, &[]);
    assert_refused(&worktree, "checkmark.toml:1:1");

    // Staging a configuration changes what --staged reads, not what --rev reads.
    sb.write("repo/checkmark.toml", "[rules]\n");
    git_in(&repo, &["add", "checkmark.toml"]);
    sb.write("repo/checkmark.toml", format!("= {SECRET}\n"));
    let staged = check_in(&repo, &["--staged"]);
    assert_eq!(
        staged.findings(),
        vec![t("link/missing-path", "a.md", 5, 1, "missing.md")],
        "{}",
        staged.dump()
    );
    let rev = check_in(&repo, &["--rev", "HEAD"]);
    assert_eq!(rev.findings(), vec![], "{}", rev.dump());
}

/// `--rev` opens no working-tree file: FIFOs in place of the document, the
/// configuration and cited evidence would hang a run that opened them.
#[test]
fn rev_never_opens_working_tree_files() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    sb.write(
        "repo/a.md",
        "# A\n\nSee 【F:ev.txt†L1-L2】 and [b](b.md#b).\n",
    );
    sb.write("repo/b.md", "# B\n");
    sb.write("repo/ev.txt", "1\n2\n");
    sb.write("repo/checkmark.toml", "[rules]\n");
    commit_all(&repo);
    for f in ["a.md", "b.md", "ev.txt", "checkmark.toml", "new.md"] {
        let p = repo.join(f);
        let _ = std::fs::remove_file(&p);
        mkfifo(&p);
    }
    let run = check_in(&repo, &["--rev", "HEAD"]);
    assert_eq!(run.findings(), vec![], "{}", run.dump());
    assert_eq!(run.files_checked(), 2);
    assert_eq!(run.code, 0);
    // With b.md's blob gone, the working tree is no fallback: the run says
    // what it could not read (and does not open the FIFO at b.md).
    std::fs::remove_file(blob_path(&repo, "HEAD:b.md")).expect("delete the blob");
    let run = check_in(&repo, &["--rev", "HEAD"]);
    assert_refused(&run, "cannot read `b.md`: its content (blob ");
}

// ---------------------------------------------------------------------------
// Item 5: only regular files are read.

/// A FIFO named explicitly is refused at once, not read (which would hang).
#[test]
fn fifo_named_explicitly_is_refused() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    sb.write("repo/a.md", "# A\n");
    commit_all(&repo);
    mkfifo(&repo.join("pipe.md"));
    let run = check_in(&repo, &["pipe.md"]);
    assert_refused(
        &run,
        "cannot read `pipe.md`: it is a FIFO (named pipe), not a regular file",
    );
    let fix = run_in(&repo, &["fix", "pipe.md"]);
    assert_refused(&fix, "it is a FIFO");
    mkfifo(&repo.join("pipe.toml"));
    let config = check_in(&repo, &["--config", "pipe.toml"]);
    assert_refused(
        &config,
        "cannot read the configuration `pipe.toml`: it is a FIFO",
    );
    // Twin: the regular document beside it is checked.
    let ok = check_in(&repo, &["a.md"]);
    assert_eq!(ok.code, 0, "{}", ok.dump());
    assert_eq!(ok.files_checked(), 1);
}

/// A FIFO replacing a tracked document: never "all clear", never a hang; `fix` writes nothing.
#[test]
fn fifo_replacing_a_tracked_document_is_refused() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    sb.write("repo/a.md", FIXABLE);
    sb.write("repo/b.md", FIXABLE);
    commit_all(&repo);
    std::fs::remove_file(repo.join("b.md")).expect("remove");
    mkfifo(&repo.join("b.md"));
    let run = check_in(&repo, &[]);
    assert_refused(
        &run,
        "cannot read `b.md`: it is a FIFO (named pipe), not a regular file",
    );
    let fix = run_in(&repo, &["fix"]);
    assert_refused(&fix, "cannot read `b.md`");
    assert_eq!(
        read(&repo.join("a.md")),
        FIXABLE,
        "fix wrote despite refusing"
    );
}

/// A character device is never read (it would be read until memory runs out).
#[test]
fn character_device_is_not_read() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    sb.write("repo/a.md", "# A\n");
    commit_all(&repo);
    let dev = repo.join("zero.md");
    let made = Command::new("mknod")
        .arg(&dev)
        .args(["c", "1", "5"])
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if !made {
        // mknod needs privileges; a symlink to the device is the unprivileged form.
        symlink("/dev/zero", &dev);
        let run = check_in(&repo, &["zero.md"]);
        assert_eq!(
            run.findings(),
            vec![t("path/outside-repo", "zero.md", 1, 1, "/dev/zero")],
            "{}",
            run.dump()
        );
        return;
    }
    let run = check_in(&repo, &["zero.md"]);
    assert_refused(
        &run,
        "cannot read `zero.md`: it is a character device, not a regular file",
    );
}

// ---------------------------------------------------------------------------
// Item 3: `.md` symlinks and symlinked evidence.

/// A tracked `.md` symlink that points out is a finding (never "all clear"), and is not read.
/// A tracked folder replaced on disk by a symlink out of the repository is
/// not read through, with or without a tracked symlink elsewhere (tracked
/// files below no tracked symlink are taken at their own path, not walked
/// one component at a time: the refusal comes from the one place that reads).
#[test]
fn a_tracked_folder_replaced_by_a_symlink_out_is_not_read_through() {
    for with_tracked_symlink in [false, true] {
        let sb = Sandbox::new();
        let repo = sb.repo("repo");
        let decoys = Decoys::plant(&[sb.path("outside/b.md")]);
        sb.write("repo/docs/a.md", BROKEN);
        sb.write("repo/notes/b.md", "# B\n");
        if with_tracked_symlink {
            symlink("docs", repo.join("alias"));
        }
        commit_all(&repo);
        std::fs::remove_dir_all(repo.join("notes")).expect("remove notes/");
        symlink("../outside", repo.join("notes"));
        let run = check_in(&repo, &[]);
        assert_eq!(
            run.findings(),
            vec![
                t("link/missing-path", "docs/a.md", 5, 1, "docs/missing.md"),
                t("path/outside-repo", "notes/b.md", 1, 1, "../outside"),
            ],
            "tracked symlink: {with_tracked_symlink}\n{}",
            run.dump()
        );
        assert_eq!(run.code, 1);
        decoys.assert_unread(&run);
    }
}

#[test]
fn tracked_md_symlink_pointing_outside_is_a_finding() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    let decoys = Decoys::plant(&[sb.path("outside/notes.md")]);
    sb.write("repo/a.md", "# A\n");
    symlink("../../outside/notes.md", repo.join("docs/rel.md"));
    symlink(sb.path("outside/notes.md"), repo.join("abs.md"));
    commit_all(&repo);
    let expected = vec![
        t(
            "path/outside-repo",
            "abs.md",
            1,
            1,
            sb.path("outside/notes.md").to_str().unwrap(),
        ),
        t(
            "path/outside-repo",
            "docs/rel.md",
            1,
            1,
            "../../outside/notes.md",
        ),
    ];
    for args in [&[][..], &["--rev", "HEAD"][..], &["--staged"][..]] {
        let run = check_in(&repo, args);
        assert_eq!(run.findings(), expected, "{args:?}\n{}", run.dump());
        assert_eq!(run.code, 1);
        decoys.assert_unread(&run);
    }
    // Human output too, and fix leaves everything alone.
    let human = run_in(&repo, &["check"]);
    assert_eq!(human.code, 1, "{}", human.dump());
    assert!(
        human.stdout.contains("outside the repository"),
        "{}",
        human.stdout
    );
    decoys.assert_unread(&human);
    let fix = run_in(&repo, &["fix"]);
    assert_eq!(fix.code, 0, "{}", fix.dump());
    decoys.assert_unread(&fix);
}

/// An in-repo `.md` symlink is checked once, as its target, from the target's folder.
#[test]
fn in_repo_md_symlink_is_checked_once_as_its_target() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    // `sib.md` exists beside the target, not beside the link: from the link's
    // folder it would be a false finding, and the broken link would be reported twice.
    sb.write("repo/real/doc.md", "# Doc\n\n[s](sib.md)\n\n[m](gone.md)\n");
    sb.write("repo/real/sib.md", "# Sib\n");
    symlink("../real/doc.md", repo.join("docs/link.md"));
    commit_all(&repo);
    let expected = vec![t("link/missing-path", "real/doc.md", 5, 1, "real/gone.md")];
    for args in [&[][..], &["--rev", "HEAD"][..], &["--staged"][..]] {
        let run = check_in(&repo, args);
        assert_eq!(run.findings(), expected, "{args:?}\n{}", run.dump());
        assert_eq!(run.files_checked(), 2, "{args:?}");
    }
    // Named explicitly, the link is checked as its target too.
    let named = check_in(&repo, &["docs/link.md"]);
    assert_eq!(named.findings(), expected, "{}", named.dump());
}

/// `fix` edits a symlinked document once, through its target; the link stays a link.
#[test]
fn fix_edits_a_symlinked_document_once_through_its_target() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    sb.write("repo/real/doc.md", FIXABLE);
    symlink("../real/doc.md", repo.join("docs/link.md"));
    commit_all(&repo);
    let fix = run_in(&repo, &["fix"]);
    assert_eq!(fix.code, 0, "{}", fix.dump());
    assert!(fix.stderr.contains("fixed 1 file"), "{}", fix.stderr);
    assert_eq!(fix.stdout.matches("+++ b/").count(), 1, "{}", fix.stdout);
    assert!(fix.stdout.contains("+++ b/real/doc.md"), "{}", fix.stdout);
    assert_eq!(read(&repo.join("real/doc.md")), FIXED);
    let link = std::fs::symlink_metadata(repo.join("docs/link.md")).expect("link");
    assert!(link.file_type().is_symlink(), "the symlink was replaced");
    let again = run_in(&repo, &["fix", "--check"]);
    assert_eq!(again.code, 0, "{}", again.dump());
}

/// Symlink loops and chains longer than 16 hops are not present evidence; 16 hops are.
#[test]
fn symlink_loops_and_long_chains_are_not_evidence() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    sb.write("repo/ev/target.txt", "1\n");
    symlink("loop-b", repo.join("ev/loop-a"));
    symlink("loop-a", repo.join("ev/loop-b"));
    // hop-N -> hop-(N-1) … hop-1 -> target.txt: hop-N is N symlinks deep.
    symlink("target.txt", repo.join("ev/hop-1"));
    for n in 2..=17 {
        symlink(format!("hop-{}", n - 1), repo.join(format!("ev/hop-{n}")));
    }
    sb.write(
        "repo/a.md",
        "# A\n\n【F:ev/loop-a】\n\n【F:ev/hop-17】\n\n【F:ev/hop-16】\n",
    );
    commit_all(&repo);
    let expected = vec![
        t("citation/missing-path", "a.md", 3, 1, "ev/loop-a"),
        t("citation/missing-path", "a.md", 5, 1, "ev/hop-17"),
    ];
    for args in [&[][..], &["--rev", "HEAD"][..], &["--staged"][..]] {
        let run = check_in(&repo, args);
        assert_eq!(run.findings(), expected, "{args:?}\n{}", run.dump());
    }
    // Untracked symlinks on disk are resolved with the same limit.
    git_in(&repo, &["rm", "-q", "--cached", "-r", "ev"]);
    sb.write("repo/.gitignore", "");
    let run = check_in(&repo, &["a.md"]);
    assert_eq!(
        run.findings(),
        vec![
            t("citation/missing-path", "a.md", 3, 1, "ev/loop-a"),
            t("citation/missing-path", "a.md", 5, 1, "ev/hop-17"),
            t("path/untracked", "a.md", 7, 1, "ev/hop-16"),
        ],
        "{}",
        run.dump()
    );
}

/// A symlink that points out is outside, even when the outside path would lead
/// back in: resolution never looks at (readlinks) anything outside the repository.
#[test]
fn outside_symlink_is_never_followed_back_in() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    sb.write("repo/ev.txt", "1\n");
    // outside/hop -> repo/ev.txt: following it would find a tracked file.
    symlink(repo.join("ev.txt"), sb.path("outside/hop"));
    let decoys = Decoys::plant(&[sb.path("outside/decoy.md")]);
    symlink(sb.path("outside/hop"), repo.join("abs-link"));
    symlink("../outside/hop", repo.join("rel-link"));
    sb.write(
        "repo/a.md",
        "# A\n\n【F:abs-link】\n\n【F:rel-link】\n\n【F:ev.txt】\n",
    );
    commit_all(&repo);
    let abs = sb.path("outside/hop");
    let expected = vec![
        t("path/outside-repo", "a.md", 3, 1, "abs-link"),
        t("path/outside-repo", "a.md", 5, 1, "rel-link"),
    ];
    for args in [&[][..], &["--rev", "HEAD"][..]] {
        let run = check_in(&repo, args);
        assert_eq!(run.findings(), expected, "{args:?}\n{}", run.dump());
        decoys.assert_unread(&run);
    }
    // Untracked symlinks on disk: resolved by the disk walk, which stops at the
    // root (realpath would follow outside/hop back in and call them present).
    symlink(&abs, repo.join("u-abs"));
    symlink("../outside/hop", repo.join("u-rel"));
    symlink("../outside/hop", repo.join("u-doc.md"));
    sb.write(
        "repo/b.md",
        "# B\n\n【F:u-abs】\n\n【F:u-rel】\n\n[d](outside-dir/x.md)\n",
    );
    symlink(sb.path("outside"), repo.join("outside-dir"));
    let run = check_in(&repo, &[]);
    assert_eq!(
        run.findings(),
        vec![
            t("path/outside-repo", "a.md", 3, 1, "abs-link"),
            t("path/outside-repo", "a.md", 5, 1, "rel-link"),
            t("path/outside-repo", "b.md", 3, 1, "u-abs"),
            t("path/outside-repo", "b.md", 5, 1, "u-rel"),
            t("path/outside-repo", "b.md", 7, 1, "outside-dir/x.md"),
            t("path/outside-repo", "u-doc.md", 1, 1, "../outside/hop"),
        ],
        "{}",
        run.dump()
    );
    decoys.assert_unread(&run);
}

// ---------------------------------------------------------------------------
// Item 8: all-or-nothing writes; sparse checkout.

/// A read-only folder makes `fix` refuse before writing any file.
#[test]
fn read_only_folder_makes_fix_refuse_before_writing() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    sb.write("repo/a/one.md", FIXABLE);
    sb.write("repo/z/two.md", FIXABLE);
    commit_all(&repo);
    let locked = repo.join("z");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let run = run_in(&repo, &["fix"]);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    assert_refused(&run, "its folder `z` is read-only");
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    assert_eq!(read(&repo.join("a/one.md")), FIXABLE, "a file was written");
    assert_eq!(read(&repo.join("z/two.md")), FIXABLE);
    let names: Vec<String> = ["a", "z"]
        .iter()
        .flat_map(|d| std::fs::read_dir(repo.join(d)).expect("list").flatten())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "temporary files left behind: {names:?}");
    // Twin: writable, both are fixed.
    let ok = run_in(&repo, &["fix"]);
    assert_eq!(ok.code, 0, "{}", ok.dump());
    assert_eq!(read(&repo.join("a/one.md")), FIXED);
    assert_eq!(read(&repo.join("z/two.md")), FIXED);
}

/// Files outside a sparse checkout's cone are present evidence, not "tracked but deleted".
#[test]
fn sparse_checkout_outside_the_cone_is_present() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    sb.write(
        "repo/docs/a.md",
        "# A\n\n【F:evidence/run.log†L1-L2】\n\n【F:evidence/nope.log】\n\n[d](../evidence/)\n",
    );
    sb.write("repo/evidence/run.log", "1\n2\n");
    commit_all(&repo);
    git_in(&repo, &["sparse-checkout", "set", "--cone", "docs"]);
    assert!(
        !repo.join("evidence/run.log").exists(),
        "sparse checkout did not apply"
    );
    let expected = vec![t(
        "citation/missing-path",
        "docs/a.md",
        5,
        1,
        "evidence/nope.log",
    )];
    for args in [&[][..], &["--staged"][..], &["--rev", "HEAD"][..]] {
        let run = check_in(&repo, args);
        assert_eq!(run.findings(), expected, "{args:?}\n{}", run.dump());
    }
}

// ---------------------------------------------------------------------------
// Item 7: never "all clear" about what could not be read.

fn blob_path(repo: &Path, rev_path: &str) -> PathBuf {
    let oid = git_in(repo, &["rev-parse", rev_path]).trim().to_string();
    let git_dir = git_in(repo, &["rev-parse", "--absolute-git-dir"])
        .trim()
        .to_string();
    PathBuf::from(git_dir)
        .join("objects")
        .join(&oid[..2])
        .join(&oid[2..])
}

/// A blobless partial clone: the documents' content is not there to read.
#[test]
fn blobless_partial_clone_is_not_all_clear() {
    let sb = Sandbox::new();
    let src = sb.repo("src");
    sb.write("src/a.md", BROKEN);
    commit_all(&src);
    git_in(&src, &["config", "uploadpack.allowFilter", "true"]);
    let url = format!("file://{}", src.display());
    git_in(
        sb.top.path(),
        &[
            "clone",
            "-q",
            "--no-checkout",
            "--filter=blob:none",
            &url,
            "partial",
        ],
    );
    let partial = sb.path("partial");
    let run = check_in(&partial, &["--rev", "HEAD"]);
    assert_refused(&run, "cannot read `a.md`: its content (blob ");
    assert!(
        run.stderr.contains("not in the local object store"),
        "{}",
        run.stderr
    );
    // Twin: the full repository checks the same revision.
    let full = check_in(&src, &["--rev", "HEAD"]);
    assert_eq!(
        full.findings(),
        vec![t("link/missing-path", "a.md", 5, 1, "missing.md")],
        "{}",
        full.dump()
    );
}

/// A document whose blob was deleted, or corrupted, from the object store.
#[test]
fn missing_or_corrupt_blob_is_not_all_clear() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    sb.write("repo/a.md", "# A\n");
    sb.write("repo/b.md", "# B\n");
    commit_all(&repo);
    let a = blob_path(&repo, "HEAD:a.md");
    std::fs::remove_file(&a).expect("delete the blob");
    for args in [&["--rev", "HEAD"][..], &["--staged"][..]] {
        let run = check_in(&repo, args);
        assert_refused(&run, "cannot read `a.md`: its content (blob ");
    }
    let b = blob_path(&repo, "HEAD:b.md");
    let _ = std::fs::set_permissions(&b, std::os::unix::fs::PermissionsExt::from_mode(0o644));
    std::fs::write(&b, b"this is not a zlib stream").expect("corrupt the blob");
    let run = check_in(&repo, &["--rev", "HEAD", "b.md"]);
    assert_refused(&run, "cannot read `b.md`: its content (blob ");
    assert!(run.stderr.contains("corrupt"), "{}", run.stderr);
}

/// `GIT_INDEX_FILE` naming a missing file is an error, not an empty index.
#[test]
fn missing_git_index_file_is_refused() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    sb.write("repo/a.md", BROKEN);
    commit_all(&repo);
    let missing = sb.path("no-such-index");
    let vars = env(&[("GIT_INDEX_FILE", missing.as_path())]);
    for args in [&["check", "--staged"][..], &["check"][..]] {
        let run = run_env(&repo, args, &vars);
        assert_refused(&run, "GIT_INDEX_FILE names");
    }
    // Twin: an existing alternative index is used.
    let copy = sb.path("index-copy");
    std::fs::copy(repo.join(".git/index"), &copy).expect("copy the index");
    let vars = env(&[("GIT_INDEX_FILE", copy.as_path())]);
    let run = run_env(&repo, &["check", "--staged", "--format", "json"], &vars);
    assert_eq!(
        run.findings(),
        vec![t("link/missing-path", "a.md", 5, 1, "missing.md")],
        "{}",
        run.dump()
    );
}

/// A blobless clone with a checkout: the documents are on disk, but the old
/// blobs `citation/stale` compares are not. The run says so instead of passing.
#[test]
fn blobless_clone_history_is_not_all_clear() {
    let sb = Sandbox::new();
    let src = sb.repo("src");
    sb.write("src/ev.txt", "a\nb\nc\n");
    sb.write("src/a.md", "# A\n\nSee 【F:ev.txt†L1-L2】.\n");
    commit_all(&src);
    sb.write("src/ev.txt", "a\nX\nc\n");
    commit_all(&src);
    git_in(&src, &["config", "uploadpack.allowFilter", "true"]);
    let url = format!("file://{}", src.display());
    git_in(
        sb.top.path(),
        &["clone", "-q", "--filter=blob:none", &url, "partial"],
    );
    let partial = sb.path("partial");
    let run = check_in(&partial, &[]);
    assert_refused(&run, "cannot read the git history: the blob of `ev.txt`");
    // Twin: the full repository reports the stale citation.
    let full = check_in(&src, &[]);
    assert_eq!(
        full.findings(),
        vec![t("citation/stale", "a.md", 3, 5, "ev.txt")],
        "{}",
        full.dump()
    );
}
