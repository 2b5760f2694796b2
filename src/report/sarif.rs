//! `--format sarif` (2.1.0). Being written.

use crate::engine::CheckResult;

pub fn render(result: &CheckResult) -> String {
    super::json::render(result)
}
