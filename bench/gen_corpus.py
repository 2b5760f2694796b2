#!/usr/bin/env python3
"""Generate a deterministic git repository of readiness-checklist Markdown for
benchmarking checkmark.

    gen_corpus.py OUT_DIR [--docs 5000] [--seed 1] [--files 0] [--commits 0]

The repository holds DOCS checklist documents (~10 KB each, so ~50 MB for 5,000)
under docs/<area>/<name>.md, plus the evidence files they cite (src/..., logs/...,
monitoring/...) with known line counts. About 2% of the references are broken on
purpose (missing paths, bad anchors, line ranges past the end); the exact counts are
written to OUT_DIR/.git/bench-corpus.json together with the corpus size, so a run can
be sanity-checked. That manifest is written last: its presence means the corpus is
complete.

--files N   adds N tracked non-Markdown files under vendor/ (a big-repository case).
--commits N gives the repository N commits in all: the base commit made with
            `git commit`, then N-1 commits that each rewrite lines of 1-3 evidence
            files (line counts unchanged), streamed through `git fast-import`.

Everything is a function of the arguments: the same arguments give the same files,
the same commit ids and the same manifest. Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

# --------------------------------------------------------------------------------------
# Vocabulary

AREAS = [
    "platform", "payments", "identity", "search", "analytics", "mobile", "web",
    "infra", "security", "data", "ml", "messaging", "billing", "support",
    "compliance", "observability", "storage", "networking", "growth", "partners",
]
DOC_KINDS = [
    "beta-readiness", "prod-readiness", "launch-checklist", "status-register",
    "ga-tracker", "migration-plan", "rollout-checklist", "ops-review",
]
PRODUCTS = [
    "CogniTrack", "Analytics API", "TodoX", "Operator Console", "Crown Gateway",
    "Ledger Service", "Notify Hub", "Atlas Search", "Pulse Mobile", "Vault KMS",
]
PKGS = [
    "api", "auth", "billing", "core", "crypto", "db", "exporter", "gateway",
    "ingest", "jobs", "ledger", "metrics", "notify", "parser", "payments", "policy",
    "queue", "ratelimit", "replay", "search", "session", "storage", "sync",
    "telemetry", "tenancy", "transport", "ui", "upload", "vault", "workflow",
]
MODULE_WORDS = [
    "handler", "client", "server", "model", "schema", "router", "service", "worker",
    "config", "cache", "retry", "backoff", "audit", "export", "import", "checksum",
    "registry", "migrate", "snapshot", "policy", "guard", "metrics", "probe", "signer",
]
STAGES = ["stage_a", "stage_b", "stage_c", "stage_d", "stage_e", "stage_f", "stage_g"]
RUN_WORDS = [
    "transport_readiness", "parity_suite", "load_test", "chaos_drill", "dr_rehearsal",
    "security_scan", "soak_test", "canary", "readiness_packet", "exporter_smoke",
]
MON_FILES = [
    "grafana-dashboard.json", "alerts/beta_feedback.yml", "alerts/latency.yml",
    "alerts/error_budget.yml", "operator_transport_pilot.json", "slo.yml",
    "escalation_rules.yml", "recording_rules.yml", "uptime_checks.yml",
    "pagerduty_services.yml",
]
SECTION_TOPICS = [
    "Code & Testing", "Infrastructure", "Monitoring & Observability", "Security",
    "Documentation", "Operations", "Data Migration", "Performance", "Compliance",
    "Support Readiness", "Incident Response", "Capacity Planning", "Access Control",
    "Release Engineering", "Disaster Recovery", "Cost Controls",
]
TEAMS = [
    "@ops-team", "@release-ops", "@integration-guild", "@monitoring-guild",
    "@security-wg", "@data-platform", "@sre-oncall", "@qa-core", "@mobile-squad",
    "@payments-core", "@docs-wg", "@infra-team",
]
WORDS = (
    "ingestion reliability parity traces checksum telemetry heartbeat latency dashboard "
    "rollout canary rollback runbook migration backfill dedupe pricing fallback cached "
    "tokens credential rotation escalation notifier exporter satisfaction budget "
    "threshold quantile histogram connector bridge fingerprint attestation rehearsal "
    "hardware signal window cadence review ritual stakeholder sign-off readiness "
    "guardrail baseline coverage regression invariant contract fixture snapshot replay "
    "tenant isolation retention erasure audit posture approval gate packet minutes "
    "capacity headroom saturation alerting paging on-call handoff vendor quota"
).split()
VERBS = [
    "confirms", "captures", "tracks", "validates", "records", "summarises", "exposes",
    "requires", "documents", "gates", "feeds", "mirrors", "reconciles", "surfaces",
]
CJK_SENTENCES = [
    "発売準備のチェックリストを更新しました。",
    "本番環境の監視ダッシュボードは週次でレビューします。",
    "上线前需要完成所有安全审计项目。",
    "回滚方案已经在预发布环境验证通过。",
    "모든 마이그레이션 스크립트는 검토를 마쳤습니다。",
]
EMOJI_NOTES = ["🚀 launch window agreed", "🔒 keys rotated", "📈 p95 within budget",
               "🧪 fixtures refreshed", "🛠️ tooling patched", "📝 minutes filed"]
# UTF-8 text decoded as Windows-1252 and saved again.
MOJIBAKE_LINES = [
    "Stageâ€¯E parity enforcement follows the roadmapâ€™s beta goals for {p}.",
    "- âœ… All health checks passing for {p}",
    "Latency stays under p95 â‰¤ 250â€¯ms; RESTâ†”gRPC traces match for {p}.",
    "- ðŸ”„ Pending signatures from the {p} leads â€” see the minutes.",
    "The teamâ€™s sign-off is recorded; â€œno blockersâ€ was the verdict for {p}.",
]

STATUS = {
    "done": ["✅ Done", "✅ Complete", "🟢 Ready", "✅ Initial run captured", "Done",
             "✔️ Passed", "✅ Shipped"],
    "progress": ["🔄 In progress", "🟡 Ongoing", "⏳ Pending", "🔄 In review", "🚧 WIP",
                 "In progress"],
    "risk": ["⚠️ At risk", "⚠️ Environment-limited"],
    "blocked": ["❌ Blocked", "🔴 Failed", "⛔ Blocked"],
    "todo": ["⬜ Not started", "⬜ Planned", "Todo"],
}
LEGEND_STATUS = {
    "done": "`READY_FOR_GO_LIVE`",
    "progress": "`IN_PROGRESS`",
    "risk": "`IN_PROGRESS`",
    "blocked": "`BLOCKED`",
    "todo": "`NOT_STARTED`",
}
STATUS_HEADERS = ["Status", "Prod Readiness Status", "Status"]
EVIDENCE_HEADERS = ["Evidence", "Evidence Path", "Artifact/Log Reference", "Evidence"]

BROKEN_RATE = 0.02
BASE_EPOCH = 1_717_243_200  # 2024-06-01T12:00:00Z


def slug(text: str) -> str:
    """GitHub's heading anchor for ASCII-plus-emoji headings (what this corpus uses)."""
    out = []
    for c in text.lower():
        if c == " ":
            out.append("-")
        elif (c.isascii() and (c.isalnum() or c in "_-")) or (not c.isascii() and c.isalpha()):
            out.append(c)
    return "".join(out)


# --------------------------------------------------------------------------------------
# Evidence universe


@dataclass
class Evidence:
    files: dict[str, int] = field(default_factory=dict)  # path -> line count
    src: list[str] = field(default_factory=list)
    logs: list[str] = field(default_factory=list)
    mon: list[str] = field(default_factory=list)
    run_dirs: list[str] = field(default_factory=list)  # folders, with trailing '/'
    pkg_dirs: list[str] = field(default_factory=list)


def plan_evidence(seed: int, docs: int) -> Evidence:
    rng = random.Random(f"{seed}:evidence")
    ev = Evidence()
    n_modules = max(8, min(30, docs // 6))  # per package
    n_runs = max(10, min(400, docs // 12))
    for pkg in PKGS:
        ev.pkg_dirs.append(f"src/{pkg}/")
        names = set()
        while len(names) < n_modules:
            names.add(f"{rng.choice(MODULE_WORDS)}_{rng.choice(MODULE_WORDS)}")
        for name in sorted(names):
            p = f"src/{pkg}/{name}.py"
            ev.files[p] = rng.randint(30, 600)
            ev.src.append(p)
    for i in range(n_runs):
        stage = STAGES[i % len(STAGES)]
        t = time.gmtime(BASE_EPOCH - 86_400 * 200 + i * 37_811)
        d = f"logs/{stage}/{time.strftime('%Y%m%dT%H%M%SZ', t)}-{rng.choice(RUN_WORDS)}/"
        ev.run_dirs.append(d)
        for fname, lo, hi in (("summary.json", 20, 200), ("run.log", 50, 900)):
            p = d + fname
            ev.files[p] = rng.randint(lo, hi)
            ev.logs.append(p)
    for m in MON_FILES:
        p = f"monitoring/{m}"
        ev.files[p] = rng.randint(40, 400)
        ev.mon.append(p)
    return ev


def evidence_lines(path: str, n: int, rev: int = 0) -> list[str]:
    """The content of an evidence file: exactly n lines, each ending in '\\n'."""
    h = abs(hash_str(path)) % 997
    if path.endswith(".py"):
        body = [f"def step_{h}_{i}(ctx):  # {path} line {i + 1}\n" if i % 5 == 0
                else f"    ctx.record('{h}', {i}, retries={i % 7})\n" for i in range(n)]
        body[0] = f'"""{path}: generated evidence module (rev {rev})."""\n'
    elif path.endswith(".json"):
        body = [f'  "metric_{i}": {{"value": {(h * i) % 1000}, "unit": "ms"}},\n'
                for i in range(n)]
        body[0] = "{\n"
        body[-1] = f'  "rev": {rev}\n'
        if n > 2:
            body[-1] = "}\n"
            body[-2] = f'  "rev": {rev},\n'
    elif path.endswith(".log"):
        body = [f"2025-09-30T12:{(i // 60) % 60:02d}:{i % 60:02d}Z INFO step={i} "
                f"trace={h:03d}-{i:05d} ok\n" for i in range(n)]
    else:
        body = [f"key_{i}: value-{(h + i) % 97}  # {path}\n" for i in range(n)]
    return body


def hash_str(s: str) -> int:
    """A stable string hash (Python's hash() is salted per process)."""
    v = 2166136261
    for b in s.encode():
        v = ((v ^ b) * 16777619) & 0xFFFFFFFF
    return v


# --------------------------------------------------------------------------------------
# Documents


@dataclass
class DocPlan:
    idx: int
    path: str  # docs/<area>/<name>.md
    title: str
    product: str
    anchors: list[str]  # anchors other documents may link to (all exist)
    legend: bool
    front_matter: bool
    target_bytes: int
    n_fixed_sections: int


def plan_docs(seed: int, docs: int) -> list[DocPlan]:
    plans = []
    for i in range(docs):
        rng = random.Random(f"{seed}:plan:{i}")
        area = AREAS[i % len(AREAS)]
        kind = rng.choice(DOC_KINDS)
        path = f"docs/{area}/{kind}-{i:05d}.md"
        product = rng.choice(PRODUCTS)
        title = f"{product} {kind.replace('-', ' ').title()} {i:05d}"
        n_fixed = 3
        topics = rng.sample(SECTION_TOPICS, n_fixed)
        # The headings that always exist, in document order (as the renderer emits them).
        heads = ["Overview", "Readiness Register"]
        sec_heads = []
        for k, t in enumerate(topics):
            sec_heads.append(f"{k + 1}. {t}")
        anchors = [slug(h) for h in heads]
        # Section 1 is all done (✅); sections 2 and 3 are open, some marked 🔄.
        markers = [" ✅"] + [" 🔄" if rng.random() < 0.3 else "" for _ in range(n_fixed - 1)]
        anchors += [slug(h + m) for h, m in zip(sec_heads, markers)]
        anchors += ["notes", "notes-1"]  # duplicate "#### Notes" under sections 1 and 2
        anchors += ["evidence-index", "related-documentation"]
        plans.append(DocPlan(
            idx=i, path=path, title=title, product=product, anchors=anchors,
            legend=rng.random() < 0.25, front_matter=rng.random() < 0.3,
            target_bytes=int(rng.triangular(6_000, 15_000, 9_000)),
            n_fixed_sections=n_fixed,
        ))
        plans[-1].topics = topics  # type: ignore[attr-defined]
        plans[-1].markers = markers  # type: ignore[attr-defined]
    return plans


class Stats:
    def __init__(self) -> None:
        self.refs = {"citation": 0, "link": 0, "evidence": 0, "mention": 0}
        self.broken = {"citation/missing-path": 0, "citation/line-range": 0,
                       "link/missing-path": 0, "link/missing-anchor": 0,
                       "link/line-range": 0, "evidence/missing-path": 0,
                       "mention/missing-path": 0}
        self.mojibake_lines = 0
        self.cjk_lines = 0
        self.task_items = 0
        self.table_rows = 0


class Renderer:
    def __init__(self, seed: int, plans: list[DocPlan], ev: Evidence, stats: Stats):
        self.seed = seed
        self.plans = plans
        self.ev = ev
        self.stats = stats

    # -- references ---------------------------------------------------------------
    def broken(self) -> bool:
        return self.rng.random() < BROKEN_RATE

    def citation(self) -> str:
        rng = self.rng
        self.stats.refs["citation"] += 1
        pool = rng.random()
        path = rng.choice(self.ev.src if pool < 0.55 else self.ev.logs if pool < 0.9 else self.ev.mon)
        n = self.ev.files[path]
        if self.broken():
            if rng.random() < 0.5:
                self.stats.broken["citation/missing-path"] += 1
                stem, ext = path.rsplit(".", 1)
                return f"【F:{stem}_removed.{ext}†L{rng.randint(1, 20)}-L{rng.randint(21, 40)}】"
            self.stats.broken["citation/line-range"] += 1
            a = rng.randint(max(1, n - 10), n)
            return f"【F:{path}†L{a}-L{n + rng.randint(1, 50)}】"
        v = rng.random()
        a = rng.randint(1, n)
        b = rng.randint(a, min(n, a + 60))
        if v < 0.6:
            return f"【F:{path}†L{a}-L{b}】"
        if v < 0.75:
            return f"【F:{path}†L{a}】"
        if v < 0.83:
            return f"【F:{path}†L1-{n}】"
        if v < 0.93 and n > 10:
            c = rng.randint(1, n // 2)
            d = rng.randint(c, n // 2)
            e = rng.randint(n // 2 + 1, n)
            return f"【F:{path}†L{c}-L{d},L{e}-L{e}】"
        return f"【F:{path}】"

    def mention(self) -> str:
        rng = self.rng
        self.stats.refs["mention"] += 1
        if self.broken():
            self.stats.broken["mention/missing-path"] += 1
            return f"`src/{rng.choice(PKGS)}/legacy_{rng.choice(MODULE_WORDS)}.py`"
        v = rng.random()
        if v < 0.45:
            return f"`{rng.choice(self.ev.src)}`"
        if v < 0.7:
            return f"`{rng.choice(self.ev.run_dirs)}`"
        if v < 0.85:
            return f"`{rng.choice(self.ev.pkg_dirs)}`"
        return f"`{rng.choice(self.ev.mon)}`"

    def evidence_cell(self) -> str:
        rng = self.rng
        parts = []
        for _ in range(1 if rng.random() < 0.7 else 2):
            self.stats.refs["evidence"] += 1
            if self.broken():
                self.stats.broken["evidence/missing-path"] += 1
                parts.append(f"`logs/{rng.choice(STAGES)}/19990101T000000Z-missing_run/`")
                continue
            v = rng.random()
            if v < 0.4:
                parts.append(f"`{rng.choice(self.ev.run_dirs)}`")
            elif v < 0.75:
                parts.append(f"`{rng.choice(self.ev.src)}`")
            elif v < 0.85:
                parts.append(f"`{rng.choice(self.ev.logs)}`")
            elif v < 0.9:
                other = self.plans[rng.randrange(len(self.plans))]
                parts.append(f"`{other.path}#{rng.choice(other.anchors)}`")
            else:
                parts.append(f"`{rng.choice(self.ev.mon)}`")
        cell = " + ".join(parts)
        if rng.random() < 0.2:
            cell += " " + self.citation()
        return cell

    def rel(self, target: str) -> str:
        """Relative path from this document's folder to `target`."""
        return os.path.relpath(target, os.path.dirname(self.plan.path)).replace(os.sep, "/")

    def doc_link(self) -> str:
        rng = self.rng
        self.stats.refs["link"] += 1
        other = self.plans[rng.randrange(len(self.plans))]
        if self.broken():
            if rng.random() < 0.5:
                self.stats.broken["link/missing-path"] += 1
                return f"[{other.title}]({self.rel(other.path[:-3] + '-old.md')})"
            self.stats.broken["link/missing-anchor"] += 1
            return f"[{other.title}]({self.rel(other.path)}#no-such-section-{rng.randint(1, 99)})"
        if other.idx == self.plan.idx or rng.random() < 0.15:
            return f"[{other.title}]({self.rel(other.path)})"
        return f"[{other.title}]({self.rel(other.path)}#{rng.choice(other.anchors)})"

    def self_link(self) -> str:
        self.stats.refs["link"] += 1
        return f"[see the register](#{self.rng.choice(['readiness-register', 'overview', 'evidence-index'])})"

    def file_link(self) -> str:
        rng = self.rng
        self.stats.refs["link"] += 1
        path = rng.choice(self.ev.src)
        n = self.ev.files[path]
        if self.broken():
            self.stats.broken["link/line-range"] += 1
            return f"[{path.rsplit('/', 1)[1]}]({self.rel(path)}#L{n + rng.randint(1, 30)})"
        a = rng.randint(1, n)
        b = rng.randint(a, n)
        return f"[{path.rsplit('/', 1)[1]}]({self.rel(path)}#L{a}-L{b})"

    # -- prose --------------------------------------------------------------------
    def sentence(self) -> str:
        rng = self.rng
        w = rng.sample(WORDS, rng.randint(6, 12))
        s = f"The {w[0]} {rng.choice(VERBS)} {' '.join(w[1:])}"
        r = rng.random()
        if r < 0.18:
            s += f" via {self.mention()}"
        elif r < 0.22:
            s += f" (see {self.doc_link()})"
        elif r < 0.24:
            s += f" in {self.file_link()}"
        elif r < 0.27:
            s += f" under `{rng.choice(['IngestionTelemetry', 'GREEN', '--dry-run', 'p95', 'RBAC'])}`"
        s += "."
        if rng.random() < 0.25:
            s += self.citation()
            if rng.random() < 0.2:
                s += self.citation()
        return s

    def paragraph(self, n: int | None = None) -> str:
        rng = self.rng
        sents = [self.sentence() for _ in range(n or rng.randint(2, 5))]
        if rng.random() < 0.04:
            sents.append(f"【{rng.randrange(16**6):06x}†L1-L{rng.randint(5, 80)}】")
        text = " ".join(sents)
        # Wrap at ~80 columns, as most checklists do.
        lines, cur = [], ""
        for word in text.split(" "):
            if cur and len(cur) + 1 + len(word) > 80:
                lines.append(cur)
                cur = word
            else:
                cur = f"{cur} {word}" if cur else word
        lines.append(cur)
        return "\n".join(lines) + "\n"

    def extras(self, out: list[str]) -> None:
        rng = self.rng
        if rng.random() < 0.06:
            self.stats.cjk_lines += 1
            out.append(rng.choice(CJK_SENTENCES) + " " + rng.choice(EMOJI_NOTES) + "\n\n")
        if rng.random() < 0.025:
            self.stats.mojibake_lines += 1
            out.append(rng.choice(MOJIBAKE_LINES).format(p=self.plan.product) + "\n\n")

    # -- blocks -------------------------------------------------------------------
    def status(self, klass: str) -> str:
        if self.plan.legend and self.rng.random() < 0.5:
            return LEGEND_STATUS[klass]
        return self.rng.choice(STATUS[klass])

    def table(self, out: list[str], title: str, rows: int) -> None:
        rng = self.rng
        sh = rng.choice(STATUS_HEADERS)
        eh = rng.choice(EVIDENCE_HEADERS)
        out.append(f"| Item | {sh} | Owner | {eh} | Last Updated | Notes |\n")
        out.append("| --- | --- | --- | --- | --- | --- |\n")
        prefix = "".join(w[0] for w in title.split()).upper()[:3] or "R"
        for r in range(rows):
            self.stats.table_rows += 1
            klass = rng.choices(["done", "progress", "risk", "blocked", "todo"],
                                [50, 25, 8, 5, 12])[0]
            note = " ".join(rng.sample(WORDS, rng.randint(3, 9))).capitalize()
            if rng.random() < 0.08:
                note += " " + rng.choice(EMOJI_NOTES)
            date = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            out.append(f"| {prefix}-{r + 1:03d} {rng.choice(WORDS)} {rng.choice(WORDS)} | "
                       f"{self.status(klass)} | {rng.choice(TEAMS)} | {self.evidence_cell()} | "
                       f"{date} | {note} |\n")
        out.append("\n")

    def task(self, checked: bool, depth: int) -> str:
        rng = self.rng
        self.stats.task_items += 1
        w = rng.sample(WORDS, rng.randint(3, 8))
        text = f"{w[0].capitalize()} {' '.join(w[1:])}"
        if rng.random() < 0.3:
            text += " " + self.citation()
        elif rng.random() < 0.1:
            text += f" ({self.mention()})"
        elif rng.random() < 0.05:
            text += f" — {self.doc_link()}"
        return f"{'  ' * depth}- [{'x' if checked else ' '}] {text}\n"

    def checklist_section(self, out: list[str], number: int, topic: str, all_done: bool,
                          notes: bool, marker: str | None = None) -> None:
        rng = self.rng
        if marker is None:
            marker = " ✅" if all_done else (" 🔄" if rng.random() < 0.3 else "")
        out.append(f"### {number}. {topic}{marker}\n\n")
        for _ in range(rng.randint(4, 9)):
            checked = all_done or rng.random() < 0.6
            out.append(self.task(checked, 0))
            if rng.random() < 0.3:
                for _ in range(rng.randint(1, 3)):
                    # A checked parent only has checked children.
                    out.append(self.task(checked or rng.random() < 0.5, 1))
        out.append("\n")
        if notes:
            out.append("#### Notes\n\n")
            out.append(self.paragraph(2))
            out.append("\n")

    def render(self, plan: DocPlan) -> str:
        self.plan = plan
        rng = self.rng = random.Random(f"{self.seed}:body:{plan.idx}")
        out: list[str] = []
        if plan.front_matter:
            out.append(f"---\ntitle: {plan.title}\ndescription: Readiness criteria for "
                       f"{plan.product}\nowner: {rng.choice(TEAMS)}\nstatus: in progress\n"
                       f"sidebar_position: {plan.idx % 9 + 1}\n---\n\n")
        emoji = rng.choice(["", "", " 🚀", " 📋"]) if not plan.front_matter else ""
        out.append(f"# {plan.title}{emoji}\n\n")
        out.append(f"**Status:** {rng.choice(STATUS['progress'])}\n"
                   f"**Owner:** {rng.choice(TEAMS)}\n\n")
        out.append(self.paragraph())
        out.append("\n")
        out.append("## Overview\n\n")
        for _ in range(rng.randint(1, 2)):
            out.append(self.paragraph())
            out.append("\n")
            self.extras(out)
        if plan.legend:
            out.append("## Status Legend\n\n- `NOT_STARTED`\n- `IN_PROGRESS`\n- `BLOCKED`\n"
                       "- `READY_FOR_GO_LIVE`\n\n")
        out.append("## Readiness Register\n\n")
        out.append(self.paragraph(2))
        out.append("\n")
        self.table(out, "Readiness Register", rng.randint(6, 12))
        out.append("## Checklist\n\n")
        topics = plan.topics  # type: ignore[attr-defined]
        for k, topic in enumerate(topics):
            self.checklist_section(out, k + 1, topic, all_done=(k == 0), notes=(k < 2),
                                   marker=plan.markers[k])  # type: ignore[attr-defined]
            self.extras(out)
        # Size-driven part: more workstreams until the document reaches its target size.
        size = sum(len(s.encode()) for s in out)
        ws = 0
        tail_budget = 1_400
        while size < plan.target_bytes - tail_budget:
            ws += 1
            block: list[str] = []
            block.append(f"## Workstream {ws}: {rng.choice(SECTION_TOPICS)} for "
                         f"{rng.choice(PKGS)}\n\n")
            block.append(self.paragraph())
            block.append("\n")
            if rng.random() < 0.4:
                self.table(block, f"Workstream {ws}", rng.randint(3, 7))
            else:
                self.checklist_section(block, len(topics) + ws, rng.choice(SECTION_TOPICS),
                                       all_done=rng.random() < 0.3, notes=False)
            self.extras(block)
            size += sum(len(s.encode()) for s in block)
            out.extend(block)
        out.append("## Evidence Index\n\n")
        for _ in range(rng.randint(3, 6)):
            out.append(f"- {rng.choice(WORDS).capitalize()} evidence: {self.citation()}\n")
        out.append(f"- Back to {self.self_link()}\n\n")
        out.append("## Related Documentation\n\n")
        for _ in range(rng.randint(2, 5)):
            out.append(f"- {self.doc_link()}\n")
        out.append("\n---\n\n")
        out.append(f"**Status:** {rng.choice(STATUS['progress'])} — next review "
                   f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\n")
        return "".join(out)


# --------------------------------------------------------------------------------------
# Git


GIT_ID = ["-c", "user.name=bench", "-c", "user.email=bench@example.com",
          "-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null",
          "-c", "core.autocrlf=false"]


def git(repo: Path, *args: str, env: dict | None = None, inp: bytes | None = None) -> str:
    e = dict(os.environ)
    if env:
        e.update(env)
    r = subprocess.run(["git", *GIT_ID, *args], cwd=repo, env=e, input=inp,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        sys.exit(f"gen_corpus: git {' '.join(args)} failed:\n{r.stderr.decode(errors='replace')}")
    return r.stdout.decode()


def date_env(epoch: int) -> dict:
    d = f"@{epoch} +0000"
    return {"GIT_AUTHOR_DATE": d, "GIT_COMMITTER_DATE": d}


def write(root: Path, rel: str, data: str | bytes) -> None:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(p, "wb") as f:
        f.write(data)


def history(repo: Path, seed: int, ev: Evidence, commits: int) -> None:
    """Adds commits-1 commits on top of HEAD with git fast-import."""
    rng = random.Random(f"{seed}:history")
    base = git(repo, "rev-parse", "HEAD").strip()
    paths = sorted(ev.files)
    content: dict[str, list[str]] = {}
    chunks: list[bytes] = []
    for c in range(1, commits):
        epoch = BASE_EPOCH + 600 * c
        touched = sorted(set(rng.choice(paths) for _ in range(rng.randint(1, 3))))
        msg = f"Update evidence ({c}/{commits - 1}): {', '.join(touched)}\n".encode()
        head = (f"commit refs/heads/main\nmark :{c}\n"
                f"author bench <bench@example.com> {epoch} +0000\n"
                f"committer bench <bench@example.com> {epoch} +0000\n"
                f"data {len(msg)}\n").encode() + msg
        if c == 1:
            head += f"from {base}\n".encode()
        chunks.append(head)
        for p in touched:
            lines = content.get(p)
            if lines is None:
                lines = content[p] = evidence_lines(p, ev.files[p])
            k = rng.randrange(len(lines))
            lines[k] = f"# revised in commit {c}: line {k + 1} of {p}\n"
            data = "".join(lines).encode()
            chunks.append(f"M 100644 inline {p}\ndata {len(data)}\n".encode() + data + b"\n")
        chunks.append(b"\n")
    chunks.append(b"done\n")
    stream = b"".join(chunks)
    git(repo, "fast-import", "--quiet", "--done", inp=stream)
    # Bring the index and the working tree to the new HEAD.
    git(repo, "reset", "-q", "--hard", "HEAD")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--docs", type=int, default=5000, help="checklist documents (default 5000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--files", type=int, default=0,
                    help="extra tracked non-Markdown files under vendor/ (default 0)")
    ap.add_argument("--commits", type=int, default=0,
                    help="commits in the history, base commit included (default 0 = 1 commit)")
    ap.add_argument("--force", action="store_true", help="delete OUT_DIR first if it exists")
    a = ap.parse_args()
    if a.docs < 1 or a.files < 0 or a.commits < 0:
        ap.error("--docs must be >= 1, --files and --commits >= 0")

    out: Path = a.out_dir
    if out.exists() and any(out.iterdir()):
        if not a.force:
            print(f"gen_corpus: {out} exists and is not empty (use --force to replace it)",
                  file=sys.stderr)
            return 2
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()

    ev = plan_evidence(a.seed, a.docs)
    plans = plan_docs(a.seed, a.docs)
    stats = Stats()
    r = Renderer(a.seed, plans, ev, stats)
    md_bytes = 0
    for p in plans:
        text = r.render(p)
        data = text.encode()
        md_bytes += len(data)
        write(out, p.path, data)
    for path, n in ev.files.items():
        write(out, path, "".join(evidence_lines(path, n)))
    write(out, "README.txt", "Benchmark corpus generated by bench/gen_corpus.py.\n")
    for j in range(a.files):
        ext = ("py", "ts", "json", "txt", "go")[j % 5]
        rel = f"vendor/pkg{j // 1000:03d}/mod{(j // 50) % 20:02d}/file{j:06d}.{ext}"
        write(out, rel, f"// vendored file {j}\n// seed {a.seed}\nconst V{j} = {j * 7919 % 100003};\n")

    git(out, "init", "-q", "-b", "main")
    git(out, "add", "-A")
    git(out, "commit", "-q", "-m", f"Benchmark corpus: {a.docs} documents, seed {a.seed}",
        env=date_env(BASE_EPOCH))
    if a.commits > 1:
        history(out, a.seed, ev, a.commits)

    tracked = int(subprocess.run(["git", "ls-files"], cwd=out, stdout=subprocess.PIPE,
                                 check=True).stdout.count(b"\n"))
    n_commits = int(git(out, "rev-list", "--count", "HEAD").strip())
    refs = sum(stats.refs.values())
    broken = sum(stats.broken.values())
    manifest = {
        "generator": "bench/gen_corpus.py",
        "args": {"docs": a.docs, "seed": a.seed, "files": a.files, "commits": a.commits},
        "markdown_files": a.docs,
        "markdown_bytes": md_bytes,
        "evidence_files": len(ev.files),
        "extra_files": a.files,
        "tracked_files": tracked,
        "commits": n_commits,
        "head": git(out, "rev-parse", "HEAD").strip(),
        "references": stats.refs,
        "references_total": refs,
        "broken": stats.broken,
        "broken_total": broken,
        "broken_rate": round(broken / refs, 4) if refs else 0,
        "mojibake_lines": stats.mojibake_lines,
        "cjk_lines": stats.cjk_lines,
        "task_items": stats.task_items,
        "table_rows": stats.table_rows,
        "sample_document": plans[0].path,
        "seconds": round(time.monotonic() - t0, 1),
    }
    mpath = out / ".git" / "bench-corpus.json"
    tmp = mpath.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, indent=2) + "\n")
    tmp.replace(mpath)
    print(f"gen_corpus: {out}: {a.docs} documents, {md_bytes / 1e6:.1f} MB Markdown, "
          f"{tracked} tracked files, {n_commits} commits, {refs} references "
          f"({broken} broken, {100 * broken / max(refs, 1):.1f}%) in {manifest['seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
