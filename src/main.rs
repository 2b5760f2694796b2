//! The `checkmark` binary: parse the command line, run, exit with its code.

use clap::Parser;

fn main() {
    let cli = checkmark::cli::Cli::parse();
    std::process::exit(checkmark::cli::run(cli));
}
