//! `report --format markdown`: a PR comment body. Being written.

use crate::engine::CheckResult;

/// Where permalinks point, from the GitHub environment.
#[derive(Debug, Clone, Default)]
pub struct Links {
    pub server: Option<String>,
    pub repository: Option<String>,
    pub sha: Option<String>,
}

impl Links {
    pub fn from_env() -> Links {
        let get = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        Links {
            server: get("GITHUB_SERVER_URL"),
            repository: get("GITHUB_REPOSITORY"),
            sha: get("CHECKMARK_HEAD_SHA").or_else(|| get("GITHUB_SHA")),
        }
    }
}

pub fn render(result: &CheckResult, _links: &Links) -> String {
    super::human::render(result, false)
}
