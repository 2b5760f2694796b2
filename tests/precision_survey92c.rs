//! Survey 92c: GitBook spaces synced to GitHub and GitHub wikis kept as
//! repositories: AxonIQ/reference-guide, Airstack-xyz/docs, AlaSQL/ala-wiki.
//! GitBook's slug of a heading (punctuation a dash, `&`, `<`, `>` and `$` words)
//! and its tabs' anchors, each beside its true twin; exact findings, the real
//! binary, real git repositories.

mod common;

use common::assert_gitbook_anchors as assert_anchors;

// --- a heading's GitBook slug: `## DDD & CQRS` is `#ddd-and-cqrs`, `## Scores
// > X` is `#scores-greater-than-x`, `(s)` is `-s` (reference-guide,
// Airstack-xyz/docs: 6 findings judged false); `$SYS.REQ` is `usdsys.req`
// (nats-io/nats.docs, survey 72a: 4 findings judged false) ---

const SLUGS: &str = "# Guide\n\n[DDD](#ddd-and-cqrs)\n[Scores](#scores-greater-than-x)\n\
                     [Rank](#rank-less-than-x)\n[Vars](#environment-variable-s)\n\
                     [Domains](#domains-namestone-and-cb.id-of-user-s)\n\
                     [Ping](#usdsys.req.server.ping.idz-discovering-servers)\n\
                     [Stats](#usdsys.req.server.less-than-id-greater-than.statsz-server-stats)\n[Gone](#ddd-or-cqrs)\n\n\
                     ## DDD & CQRS\n\n## Scores > X\n\n## Rank < X\n\n\
                     ### _Environment Variable\\(s\\)_\n\n## Domains (Namestone & cb.id) of user(s)\n\n\
                     ### `$SYS.REQ.SERVER.PING.IDZ` - Discovering Servers\n\n\
                     ### `$SYS.REQ.SERVER.<id>.STATSZ` - Server Stats\n";

#[test]
fn a_heading_has_gitbooks_slug_in_a_gitbook() {
    assert_anchors(SLUGS, true, &[(10, "guide.md#ddd-or-cqrs")]);
}

/// Twin: outside a GitBook the anchors are GitHub's, and GitBook's slugs are
/// reported.
#[test]
fn gitbooks_slug_outside_a_gitbook_is_reported() {
    assert_anchors(
        SLUGS,
        false,
        &[
            (3, "guide.md#ddd-and-cqrs"),
            (4, "guide.md#scores-greater-than-x"),
            (5, "guide.md#rank-less-than-x"),
            (6, "guide.md#environment-variable-s"),
            (7, "guide.md#domains-namestone-and-cb.id-of-user-s"),
            (8, "guide.md#usdsys.req.server.ping.idz-discovering-servers"),
            (
                9,
                "guide.md#usdsys.req.server.less-than-id-greater-than.statsz-server-stats",
            ),
            (10, "guide.md#ddd-or-cqrs"),
        ],
    );
}

// --- a GitBook tab's anchor: `{% tab title="Response" %}` is `#response`,
// its repeats `#response-1`, … in page order (Airstack-xyz/docs: 5 findings
// judged false) ---

const TABS: &str = "# Guide\n\n[First](#response)\n[Second](#response-1)\n[Third](#response-2)\n\n\
                    {% tabs %}\n{% tab title=\"Query\" %}\nq\n{% endtab %}\n\n\
                    {% tab title=\"Response\" %}\nr\n{% endtab %}\n{% endtabs %}\n\n\
                    {% tabs %}\n{% tab title=\"Response\" %}\nr\n{% endtab %}\n{% endtabs %}\n";

#[test]
fn a_tab_has_an_anchor_in_a_gitbook() {
    assert_anchors(TABS, true, &[(5, "guide.md#response-2")]);
}

/// Twin: outside a GitBook a tab is no heading, and its anchors are reported.
#[test]
fn a_tab_outside_a_gitbook_has_no_anchor() {
    assert_anchors(
        TABS,
        false,
        &[
            (3, "guide.md#response"),
            (4, "guide.md#response-1"),
            (5, "guide.md#response-2"),
        ],
    );
}
