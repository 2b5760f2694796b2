//! An evidence cell that says a path is absent: a scorecard's failing row
//! lists what it looked for and did not find (`` `README.md`, no
//! `apps/api/README.md` ``, `` `AGENTS.md` not found in repo ``). The path
//! is the finding of the review, not a claim that the file exists.

use super::{RefKind, Reference};
use crate::document::Document;

/// Words that, right before a path in its cell, say the path is not there:
/// `no `apps/api/README.md``, `without `.husky/``, `missing `docs/x.md``,
/// and the same in Polish, Russian and Ukrainian: a Polish audit's `Brak
/// `.github/CODEOWNERS`` (survey 96b, majster-ai-oferty), `нет`,
/// `отсутствует`, `немає`, `відсутній`.
const ABSENCE_WORDS: &[&str] = &[
    "no",
    "without",
    "missing",
    "lacks",
    "lacking",
    "brak",
    "brakuje",
    "нет",
    "отсутствует",
    "немає",
    "відсутній",
    "відсутня",
    "відсутнє",
];

/// Words passed over between an absence word and its path (`no file
/// `x``, `without the `x``, `missing a `x``, `brak pliku `x``, `нет файла
/// `x``), and the adjectives a gap table puts there: `No dedicated
/// `codes/is456/slab/` package` (survey 97b, structural_engineering_lib's
/// IS 456 master plan, 1 finding judged false), `no separate `x``.
const ABSENCE_GLUE: &[&str] = &[
    "a",
    "an",
    "the",
    "dedicated",
    "separate",
    "standalone",
    "file",
    "folder",
    "directory",
    "pliku",
    "katalogu",
    "folderu",
    "файла",
    "папки",
    "каталога",
    "файлу",
    "файл",
    "теки",
];

/// Words that, right after a path in its cell, say it is not there.
const ABSENCE_AFTER: &[&str] = &[
    "not found",
    "not present",
    "does not exist",
    "doesn't exist",
    "is missing",
    "is absent",
    "absent",
    // The same in Italian, Spanish, Portuguese, French and German: an
    // Italian audit's `` `docs/analytics/` dir non esiste `` (survey 56a,
    // MasterDD-L34D/Game).
    "non esiste",
    "non trovato",
    "non presente",
    "mancante",
    "assente",
    "no existe",
    "não existe",
    "nao existe",
    "n'existe pas",
    "introuvable",
    "existiert nicht",
    "fehlt",
    // Polish, Russian and Ukrainian (survey 96b).
    "nie istnieje",
    "nie znaleziono",
    "nie został znaleziony",
    "не существует",
    "не найден",
    "отсутствует",
    "не існує",
    "не знайдено",
    "відсутній",
];

/// Nouns for what the path is, passed over between it and the words after
/// it that say it is not there (`` `docs/analytics/` dir does not exist ``,
/// `` `.claude/rules/` directory does NOT exist ``, `` `x.md` file not found ``).
const ABSENCE_NOUN_AFTER: &[&str] = &[
    "dir",
    "folder",
    "directory",
    "file",
    "cartella",
    "carpeta",
    "pasta",
    "dossier",
    "fichier",
    "ordner",
    "datei",
    "plik",
    "katalog",
    "файл",
    "папка",
    "каталог",
];

/// Whether a missing evidence path is one its cell says is absent: the word
/// right before it (`a`, `the`, `file`, `dedicated`, `separate` passed over) is `no`, `without`,
/// `missing`, `lacks` or `lacking` (Polish `brak`, Russian `нет`), or the
/// words right after it are `not found`, `not present`, `does not exist` or
/// `is missing` (or the same in Italian, Spanish, Portuguese, French,
/// German, Polish, Russian or Ukrainian: `non esiste`, `no existe`, `não
/// existe`, `n'existe pas`, `fehlt`, `nie istnieje`, `не существует`, `не
/// існує`), a noun for the path
/// (`dir`, `folder`, `file`) passed over. Only the nearest words count: `no changes in `x`` and `added `x`` name a file
/// that should exist.
pub(super) fn named_as_absent(doc: &Document, r: &Reference) -> bool {
    if r.kind != RefKind::Evidence {
        return false;
    }
    absent_before(doc, r) || absent_after(doc, r)
}

fn absent_before(doc: &Document, r: &Reference) -> bool {
    let before = doc.text.get(..r.span.start).unwrap_or("");
    let cell_start = before.rfind(['\n', '|']).map_or(0, |i| i + 1);
    // The span's own opening backtick is not a word before it.
    let cell = before[cell_start..].trim_end_matches('`');
    let words = cell
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-' || c == '`' || c == '\''))
        .filter(|w| !w.is_empty());
    for w in words {
        if w.contains('`') {
            // Another code span stands between: the words are about it.
            return false;
        }
        let w = w.to_lowercase();
        if ABSENCE_GLUE.contains(&w.as_str()) {
            continue;
        }
        return ABSENCE_WORDS.contains(&w.as_str());
    }
    false
}

fn absent_after(doc: &Document, r: &Reference) -> bool {
    let after = doc.text.get(r.span.end..).unwrap_or("");
    let cell_end = after.find(['\n', '|']).unwrap_or(after.len());
    // The span's own closing backtick, then the words that follow it.
    let rest = after[..cell_end]
        .trim_start_matches('`')
        .trim_start_matches([' ', '(', ':', '-', '—', '–'])
        .to_lowercase();
    // The noun the path names (`` `.claude/rules/` directory does NOT exist
    // ``: survey 55a; `` `docs/analytics/` dir non esiste ``: survey 56a) is
    // passed over.
    let says_absent = |words: &str| {
        ABSENCE_AFTER.iter().any(|phrase| {
            words
                .strip_prefix(phrase)
                .is_some_and(|tail| !tail.starts_with(|c: char| c.is_alphanumeric()))
        })
    };
    says_absent(&rest)
        || rest.split_once(' ').is_some_and(|(noun, tail)| {
            ABSENCE_NOUN_AFTER.contains(&noun) && says_absent(tail.trim_start())
        })
}
