//! `path/outside-repo`: the target resolves outside the repository root.
//!
//! ## Why it matters
//! A reference outside the repository (`../../etc/passwd`, an absolute path, a symlink that points out) cannot be evidence for anyone else, and checkmark never reads it. In a page of a documentation site, a raw-HTML `src` or `href` (`<img src="../../logo.png">`) is read as the browser reads it, `..` stopping at the site's root: silent when the file is there (MkDocs leaves raw HTML alone; a Markdown image climbing out is still reported, as MkDocs warns on it). A checked document that is itself a symlink pointing out is reported too (on its line 1), rather than read. A link of a Jekyll page served at a folder URL is read from that URL (`../legal/` in `notices.md`, served at `/notices/`, is `/legal/`: see `link/missing-path`); one that climbs above the site's root from there is reported. A link that climbs exactly two levels above the repository and names one of GitHub's repository pages (`../../issues` from a root file, `../../../wiki/Home` from `docs/`, or `/../../releases` from any file: GitHub reads a link that starts with `/` from `/OWNER/REPO/blob/BRANCH/`) opens that page (issues, pulls, releases, actions, wiki, tags, …) and is silent; `../../tags/cncf-tags.md` from `operations/` lands in `/OWNER/REPO/blob/`, no page, and is reported. A code span in prose is judged only when `mention/missing-path` is on: with it off (the default), a mention such as ``Updated `frontendDist` to `../dist` `` is a configuration value or a command's argument, not a reference.

use crate::diagnostic::Severity;
use crate::rules::Rule;

pub static RULE: Rule = Rule {
    id: "path/outside-repo",
    severity: Severity::Error,
    fixable: false,
    summary: "the target resolves outside the repository root",
    why: "A reference outside the repository (`../../etc/passwd`, an absolute path, a symlink that points out) cannot be evidence for anyone else, and checkmark never reads it. In a page of a documentation site, a raw-HTML `src` or `href` (`<img src=\"../../logo.png\">`) is read as the browser reads it, `..` stopping at the site's root: silent when the file is there (MkDocs leaves raw HTML alone; a Markdown image climbing out is still reported, as MkDocs warns on it). A checked document that is itself a symlink pointing out is reported too (on its line 1), rather than read. A link of a Jekyll page served at a folder URL is read from that URL (`../legal/` in `notices.md`, served at `/notices/`, is `/legal/`: see `link/missing-path`); one that climbs above the site's root from there is reported. A link that climbs exactly two levels above the repository and names one of GitHub's repository pages (`../../issues` from a root file, `../../../wiki/Home` from `docs/`, or `/../../releases` from any file: GitHub reads a link that starts with `/` from `/OWNER/REPO/blob/BRANCH/`) opens that page (issues, pulls, releases, actions, wiki, tags, …) and is silent; `../../tags/cncf-tags.md` from `operations/` lands in `/OWNER/REPO/blob/`, no page, and is reported. A code span in prose is judged only when `mention/missing-path` is on: with it off (the default), a mention such as ``Updated `frontendDist` to `../dist` `` is a configuration value or a command's argument, not a reference.",
    bad: "【F:/home/me/notes.txt†L1】",
    good: "【F:docs/notes.txt†L1】",
};
