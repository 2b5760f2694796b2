//! Survey 55d: messy real-world input (CRLF and mixed line endings, BOMs,
//! UTF-16 and Windows-1252 files, long lines, deep nesting, HTML-heavy
//! READMEs, submodules, symlinks) and checklists in student, hackathon and
//! course-project repositories. False patterns found there, each beside its
//! true twin; exact findings, the real binary, real git repositories.

mod common;

use common::{Repo, t};

// --- link/missing-path: the figure slots of a lab report not yet written
// (DrNikiyProgrammingAccount/study_2024-2025_os2's
// `labs/lab02/report/report.md`: its sections empty, thirty
// `![](image/N.jpg){#fig:0NN}` slots for screenshots not yet taken, none in
// the tree; 30 findings judged false) ---

const REPORT: &str = "labs/lab02/report/report.md";

/// A course repository whose lab report holds `goal` under its first
/// heading and figures `alt` for images `image/1.jpg` to `image/4.jpg`, with
/// `committed` images of the series in the tree. The report's body uses
/// CRLF line endings and opens with a BOM, as a Windows editor writes it.
fn report(goal: &str, alts: [&str; 4], committed: &[&str]) -> Repo {
    let repo = Repo::new();
    repo.write("labs/lab02/report/image/placeimg_800_600_tech.jpg", "jpg");
    for name in committed {
        repo.write(&format!("labs/lab02/report/image/{name}"), "jpg");
    }
    let mut body = format!(
        "\u{feff}---\ntitle: \"Отчёт о лабораторной работе\"\nlang: ru-RU\n---\n\n\
         # Цель работы\n\n{goal}\n\n# Задание\n\n\n\n# Выполнение лабораторной работы\n\n"
    );
    for (i, alt) in alts.iter().enumerate() {
        let n = i + 1;
        body.push_str(&format!(
            " (рис. [-@fig:00{n}]).\n\n![{alt}](image/{n}.jpg){{#fig:00{n}}}\n\n"
        ));
    }
    body.push_str("# Выводы\n\n\n\n# Список литературы{.unnumbered}\n\n::: {#refs}\n:::\n");
    repo.write(REPORT, body.replace('\n', "\r\n")).commit_all();
    repo
}

#[test]
fn the_figure_slots_of_an_unwritten_report_are_silent() {
    for alts in [
        ["", "", "", ""],
        ["Название", "Название", "Название", "Название"],
    ] {
        let run = report("", alts, &[]).check(&[]);
        assert_eq!(
            run.findings_of(&["link/missing-path"]),
            vec![],
            "{alts:?}\n{}",
            run.dump()
        );
    }
}

/// Twin: a series with a screenshot committed, figures with their own
/// captions, and a report whose sections are written are judged: the
/// missing images were forgotten.
#[test]
fn missing_figures_of_a_taken_or_written_report_are_reported() {
    let missing = |from: usize, lines: &[u64]| {
        (from..=4)
            .zip(lines)
            .map(|(n, line)| {
                t(
                    "link/missing-path",
                    REPORT,
                    *line,
                    1,
                    &format!("labs/lab02/report/image/{n}.jpg"),
                )
            })
            .collect::<Vec<_>>()
    };
    let run = report("", ["", "", "", ""], &["1.jpg"]).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        missing(2, &[22, 26, 30]),
        "\n{}",
        run.dump()
    );
    let run = report("", ["Выбор диска", "Память", "Сеть", "Ядро"], &[]).check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        missing(1, &[18, 22, 26, 30]),
        "\n{}",
        run.dump()
    );
    // Every section written: `Задание` and `Выводы` hold text too.
    let repo = report("Установить ОС.", ["", "", "", ""], &[]);
    let text = std::fs::read_to_string(repo.path().join(REPORT)).unwrap_or_default();
    repo.write(
        REPORT,
        text.replace("# Задание\r\n\r\n", "# Задание\r\n\r\nУстановка.")
            .replace("# Выводы\r\n\r\n", "# Выводы\r\n\r\nГотово."),
    )
    .commit_all();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        missing(1, &[18, 22, 26, 30]),
        "\n{}",
        run.dump()
    );
    // Screenshots committed once and deleted since: no slots, lost figures.
    let repo = report("", ["", "", "", ""], &["1.jpg", "2.jpg", "3.jpg", "4.jpg"]);
    repo.git(&["rm", "-q", "labs/lab02/report/image/[1-4].jpg"]);
    repo.commit();
    let run = repo.check(&[]);
    assert_eq!(
        run.findings_of(&["link/missing-path"]),
        missing(1, &[18, 22, 26, 30]),
        "\n{}",
        run.dump()
    );
}
