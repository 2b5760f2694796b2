//! The `checkmark` binary: parse the command line, run, exit with its code.

use clap::Parser;

// Many small allocations (spans, paths, messages) across two threads: mimalloc
// is markedly faster than the system allocator here. (The `system-alloc`
// feature leaves it out, for heap profilers that hook malloc.)
#[cfg(not(feature = "system-alloc"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = checkmark::cli::Cli::parse();
    std::process::exit(checkmark::cli::run(cli));
}
