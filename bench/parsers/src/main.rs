//! `cargo run --release -- DIR`: parses every `.md` file under DIR (`.git`
//! skipped) once with comrak, with checkmark's extensions (tables, task
//! lists, footnotes, `$` math), and once with pulldown-cmark with the same
//! extensions, and prints each parser's time, one thread, texts in memory.

use std::path::Path;
use std::time::Instant;

fn walk(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.file_name().is_some_and(|n| n == ".git") {
            continue;
        }
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|x| x == "md")
            && let Ok(text) = std::fs::read_to_string(&path)
        {
            out.push(text);
        }
    }
}

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: parsers-bench DIR");
        std::process::exit(2);
    };
    let mut texts = Vec::new();
    walk(Path::new(&dir), &mut texts);
    let bytes: usize = texts.iter().map(String::len).sum();
    println!("{} files, {:.1} MB", texts.len(), bytes as f64 / 1e6);

    let mut o = comrak::Options::default();
    o.extension.table = true;
    o.extension.tasklist = true;
    o.extension.footnotes = true;
    o.extension.math_dollars = true;
    let t = Instant::now();
    let mut nodes = 0usize;
    for text in &texts {
        let arena = comrak::Arena::new();
        nodes += comrak::parse_document(&arena, text, &o)
            .descendants()
            .count();
    }
    let comrak_time = t.elapsed();
    println!("comrak         {comrak_time:>10.1?}  {nodes} nodes");

    use pulldown_cmark::Options as P;
    let p = P::ENABLE_TABLES | P::ENABLE_TASKLISTS | P::ENABLE_FOOTNOTES | P::ENABLE_MATH;
    let t = Instant::now();
    let mut events = 0usize;
    for text in &texts {
        events += pulldown_cmark::Parser::new_ext(text, p)
            .into_offset_iter()
            .count();
    }
    let pulldown_time = t.elapsed();
    println!("pulldown-cmark {pulldown_time:>10.1?}  {events} events (with offsets)");
    println!(
        "comrak / pulldown-cmark: {:.1}x",
        comrak_time.as_secs_f64() / pulldown_time.as_secs_f64().max(1e-9)
    );
}
