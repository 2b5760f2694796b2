//! Survey s126b: course repositories with machine translations
//! (microsoft/IoT-For-Beginners, microsoft/Generative-AI-for-beginners-dotnet,
//! github/copilot-cli-for-beginners). The false pattern found there beside
//! its true twin; exact findings, the real binary, real git repositories.

#![cfg(unix)]

mod common;

use common::{Repo, t};

// --- link/missing-path: the lesson template of Microsoft's "For Beginners"
// courses leaves the addresses of its video and quizzes as blanks,
// `![Embed a video here](video-url)` and `[Pre-lecture quiz](quiz-url)`, and
// co-op-translator copies them into every translation as
// `../../../lesson-template/quiz-url`. A blank to fill, not a broken link; a
// lone link to a folder named so, or a blank with an extension, is judged ---

const TEMPLATE: &str = "# [Lesson Topic]\n\n![Embed a video here](video-url)\n\n\
## [Pre-lecture quiz](quiz-url)\n\n[Describe what we will learn]\n\n\
## [Post-lecture quiz](quiz-url)\n\n\
**Assignment Due [MM/YY]**: [Assignment Name](assignment.md)\n";

const TRANSLATED: &str = "# [Thema der Lektion]\n\n\
![Hier ein Video einbetten](../../../lesson-template/video-url)\n\n\
## [Quiz vor der Vorlesung](../../../lesson-template/quiz-url)\n\n\
## [Quiz nach der Vorlesung](../../../lesson-template/quiz-url)\n\n\
**Aufgabe fällig [MM/YY]**: [Name der Aufgabe](assignment.md)\n";

fn course(template: &str, translated: &str) -> Repo {
    let repo = Repo::new();
    repo.write(
        "README.md",
        "# IoT for Beginners\n\n[Lesson template](lesson-template/README.md)\n",
    );
    repo.write("lesson-template/README.md", template);
    repo.write("lesson-template/assignment.md", "# [Assignment Name]\n");
    repo.write("translations/de/lesson-template/README.md", translated);
    repo.write(
        "translations/de/lesson-template/assignment.md",
        "# [Name der Aufgabe]\n",
    );
    repo.commit_all();
    repo
}

#[test]
fn a_lesson_templates_address_blanks_are_silent() {
    let run = course(TEMPLATE, TRANSLATED).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![],
        "\n{}",
        run.dump()
    );
}

/// Twins: a lone link to a folder named like a blank, and a blank written
/// with an extension, name paths and are reported.
#[test]
fn a_lone_url_named_target_or_one_with_an_extension_is_reported() {
    let run = course(
        "# Samples\n\nSee [the sample](shorten-url) and [the quiz](quiz-url.md).\n",
        "# Beispiele\n\nSiehe [das Beispiel](../../../samples/shorten-url).\n",
    )
    .check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        vec![
            t(
                "link/missing-path",
                "lesson-template/README.md",
                3,
                5,
                "lesson-template/shorten-url"
            ),
            t(
                "link/missing-path",
                "lesson-template/README.md",
                3,
                35,
                "lesson-template/quiz-url.md"
            ),
            t(
                "link/missing-path",
                "translations/de/lesson-template/README.md",
                3,
                7,
                "samples/shorten-url"
            ),
        ],
        "\n{}",
        run.dump()
    );
}
