//! Patterns of survey 44c (well-kept documentation of libraries and CLIs
//! read on GitHub, no checklists), each beside its true twin. Exact findings,
//! the real binary in a real git repository.

mod common;

use common::{Repo, t};

/// A Go project with a library copied into `internal/ringbuffer/` (its
/// `LICENSE`, its README whose badges name `github.com/smallnest/ringbuffer`
/// and show an image upstream keeps), a package of its own in
/// `internal/cache/` (licensed too, its README naming the project's own
/// repository), and `extra` files.
fn project(extra: &[(&str, &str)]) -> common::Run {
    let repo = Repo::new();
    let badge = "[![GoDoc](https://godoc.org/github.com/smallnest/ringbuffer?status.png)]\
                 (http://godoc.org/github.com/smallnest/ringbuffer)";
    repo.write("README.md", "# Server\n\nSee [the docs](docs/guide.md).\n")
        .write("docs/guide.md", "# Guide\n")
        .write("internal/ringbuffer/LICENSE", "MIT License\n")
        .write(
            "internal/ringbuffer/README.md",
            format!("# ringbuffer\n\n{badge}\n\n[![wikipedia](Circular_Buffer_Animation.gif)](https://github.com/smallnest/ringbuffer)\n"),
        )
        .write("internal/cache/LICENSE", "Apache License\n")
        .write(
            "internal/cache/README.md",
            "# cache\n\nPart of [the server](https://github.com/acme/server).\n\n![layout](layout.png)\n",
        );
    for (path, text) in extra {
        repo.write(path, text);
    }
    repo.commit_all();
    repo.check(&["--select", "link/missing-path"])
}

/// minio/minio (survey 44c): `internal/ringbuffer/` and
/// `internal/s3select/jstream/` are upstream libraries copied in with their
/// `LICENSE` and README, whose images were not copied (and pyright's
/// `typeshed-fallback/` links typeshed's `CONTRIBUTING.md`): 3 findings
/// judged false. Twins: the project's own licensed package, whose README
/// names the project's repository, and the same copied folder without a
/// license file, are still checked.
#[test]
fn a_library_copied_into_a_folder_of_its_name_is_upstream_s() {
    let run = project(&[]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "internal/cache/README.md",
            5,
            1,
            "internal/cache/layout.png"
        )],
        "\n{}",
        run.dump()
    );

    // The same folder with no license file of its own is the project's.
    let repo = Repo::new();
    repo.write(
        "internal/ringbuffer/README.md",
        "# ringbuffer\n\nFrom [upstream](https://github.com/smallnest/ringbuffer).\n\n![anim](anim.gif)\n",
    )
    .commit_all();
    let run = repo.check(&["--select", "link/missing-path"]);
    assert_eq!(
        run.findings(),
        vec![t(
            "link/missing-path",
            "internal/ringbuffer/README.md",
            5,
            1,
            "internal/ringbuffer/anim.gif"
        )],
        "\n{}",
        run.dump()
    );
}

/// pyright (survey 44c): `packages/pyright-internal/typeshed-fallback/`, a
/// copy of `github.com/python/typeshed` whose folder name adds `-fallback`.
/// Twin: a folder whose name only starts alike (`typeshedx/`) is checked.
#[test]
fn a_copy_named_for_its_upstream_with_a_suffix_is_upstream_s() {
    let readme = "# typeshed\n\nSee [typeshed](https://github.com/python/typeshed) and \
                  [CONTRIBUTING.md](CONTRIBUTING.md).\n";
    let run = project(&[
        ("packages/internal/typeshed-fallback/LICENSE", "Apache\n"),
        ("packages/internal/typeshed-fallback/README.md", readme),
        ("packages/internal/typeshedx/LICENSE", "Apache\n"),
        ("packages/internal/typeshedx/README.md", readme),
    ]);
    assert_eq!(
        run.findings(),
        vec![
            t(
                "link/missing-path",
                "internal/cache/README.md",
                5,
                1,
                "internal/cache/layout.png"
            ),
            t(
                "link/missing-path",
                "packages/internal/typeshedx/README.md",
                3,
                56,
                "packages/internal/typeshedx/CONTRIBUTING.md"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
