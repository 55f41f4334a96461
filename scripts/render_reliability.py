#!/usr/bin/env python3
"""Render docs/reliability.md from the records the reliability tests write.

The tests under tests/reliability/ call `tests.reliability.report.record(...)`, which keeps one
record per (scenario, test) in var/reliability.json (or $MOVIESIM_RELIABILITY_REPORT); this script
turns the records into the report: each fault and bad input tried, what happened, the test that
proves it, and the figures of the last run, with the run's date, commit and machine.

    .venv/bin/python scripts/render_reliability.py [--records PATH] [--out docs/reliability.md]

`make reliability-report` runs it. It only reads records: run the tests first
(`make test`, or `pytest tests/reliability`).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RECORDS = Path(os.environ.get("MOVIESIM_RELIABILITY_REPORT", ROOT / "var" / "reliability.json"))
DEFAULT_OUT = ROOT / "docs" / "reliability.md"
BAD_INPUT = "bad input: "
SECURITY = "security: "
STALE = timedelta(hours=12)  # records this much older than the newest come from an earlier run

# Figures that are summed over every record for the summary table, in this order.
TOTALS = [
    ("faults injected", "faults_injected"),
    ("turns checked (whole, contiguous, with their memories)", "turns_checked"),
    ("duplicates found", "duplicates_found"),
    ("half-written turns found", "half_written"),
    ("memories checked", "memories_checked"),
    ("requests in the authorization matrix", "requests"),
    ("unauthorized successes", "unauthorized_successes"),
    ("rows changed by refused requests", "rows_changed_by_refusals"),
    ("socket handshakes tried", "handshakes"),
    ("unauthorized socket connections", "unauthorized_connections"),
    ("outputs checked for raw HTML", "outputs_checked"),
    ("raw HTML found", "raw_html_found"),
]


# --- Reading -------------------------------------------------------------------------------------------

def _read(path: Path) -> list[dict]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return []
    if path.suffix == ".jsonl":
        rows = []
        for line in text.splitlines():
            try:
                rows.append(json.loads(line))
            except ValueError:
                continue
        return rows
    try:
        data = json.loads(text)
    except ValueError:
        print(f"warning: {path} is not JSON; skipped", file=sys.stderr)
        return []
    if isinstance(data, dict):
        data = data.get("records", [])
    return [r for r in data if isinstance(r, dict)] if isinstance(data, list) else []


def load(paths: list[Path]) -> list[dict]:
    """Every record, the newest per (scenario, test)."""
    newest: dict[tuple[str, str], dict] = {}
    for path in paths:
        for r in _read(path):
            r.setdefault("recorded_at", r.get("at", ""))
            r.setdefault("figures", {})
            key = (str(r.get("scenario", "")), str(r.get("test", "")))
            if key not in newest or str(r["recorded_at"]) >= str(newest[key]["recorded_at"]):
                newest[key] = r
    return sorted(newest.values(), key=lambda r: (str(r.get("scenario")), str(r.get("test"))))


def record_paths(main: Path) -> list[Path]:
    paths = [main]
    folder = main.parent / "reliability"
    if folder.is_dir():
        paths += sorted(p for p in folder.iterdir() if p.suffix in (".json", ".jsonl"))
    return paths


def _when(record: dict) -> datetime | None:
    try:
        return datetime.fromisoformat(str(record.get("recorded_at")).replace("Z", "+00:00"))
    except ValueError:
        return None


# --- Facts about this checkout and machine ----------------------------------------------------------------

def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10,
                              check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def commit() -> str:
    sha = _git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = _git("status", "--porcelain", "--untracked-files=no")
    return f"{sha} (with uncommitted changes)" if dirty else sha


def machine() -> str:
    return (f"{platform.system()} {platform.release()} {platform.machine()}, {os.cpu_count()} CPUs, "
            f"Python {platform.python_version()}")


# --- Rendering ---------------------------------------------------------------------------------------------

def cell(value) -> str:
    """Text for a Markdown table cell: one line, no pipes, no live HTML (records quote attacks)."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return (text.replace("\r", " ").replace("\n", " ").replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace("|", "\\|"))


def figures_text(figures: dict, skip=()) -> str:
    parts = []
    for key, value in figures.items():
        if key in skip:
            continue
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items())
        elif isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        parts.append(f"{key.replace('_', ' ')}: {value}")
    return "; ".join(parts)


def faults_injected(record: dict) -> int:
    """The record's own count when it gives one; otherwise one fault per scenario run."""
    f = record.get("figures", {})
    for key in ("faults_injected", "kills", "backends_terminated", "restarts"):
        if isinstance(f.get(key), int | float) and not isinstance(f.get(key), bool):
            return int(f[key])
    if isinstance(f.get("deliveries"), int):
        return max(1, f["deliveries"] - 1)  # the deliveries beyond the first
    return 1


def failed(record: dict) -> bool:
    return str(record.get("outcome", "")).startswith(("FAILED", "KNOWN BUG"))


def totals(records: list[dict]) -> list[tuple[str, int | float]]:
    faults = [r for r in records if not r["scenario"].startswith((BAD_INPUT, SECURITY))]
    bad = [r for r in records if r["scenario"].startswith(BAD_INPUT)]
    sums: dict[str, float] = defaultdict(float)
    seen: set[str] = set()
    for r in records:
        for key, value in r.get("figures", {}).items():
            if key == "requests" and not r["scenario"].startswith(SECURITY):
                continue  # the matrix's requests, not a fault test's
            if isinstance(value, int | float) and not isinstance(value, bool):
                sums[key] += value
                seen.add(key)
    sums["faults_injected"] = sum(faults_injected(r) for r in faults)
    seen.add("faults_injected")
    statuses = Counter(_first(r["figures"].get("status")) for r in bad if not failed(r))
    rows: list[tuple[str, int | float]] = [
        ("fault scenarios run", len(faults)),
        ("bad inputs tried", len(bad)),
        ("bad inputs refused with a 4xx, nothing stored",
         sum(n for s, n in statuses.items() if isinstance(s, int) and 400 <= s < 500)),
        ("bad-looking inputs accepted as designed (stored exactly, shown inert)",
         sum(n for s, n in statuses.items() if not (isinstance(s, int) and 400 <= s < 500))),
        ("rows changed by refused bad input", sum(r["figures"].get("rows_changed", 0) for r in bad if not failed(r)
                                                  and isinstance(r["figures"].get("status"), int)
                                                  and r["figures"]["status"] >= 400)),
    ]
    rows += [(label, sums[key]) for label, key in TOTALS if key in seen]
    rows.append(("known bugs and failures (listed below)", sum(1 for r in records if failed(r))))
    return [(label, int(v) if float(v).is_integer() else round(v, 3)) for label, v in rows]


def _first(value):
    """One status for a case that sent several requests at once."""
    return value[0] if isinstance(value, list) and value else value


def _short_test(test: str) -> str:
    return test.split("::", 1)[1] if "::" in test else test


def render(records: list[dict], source: str) -> str:
    when = [w for w in (_when(r) for r in records) if w]
    newest = max(when) if when else None
    oldest = min((w for w in when if newest and newest - w <= STALE), default=None)
    stale = [r for r in records if newest and _when(r) and newest - _when(r) > STALE]
    current = [r for r in records if r not in stale]
    vendors = sorted({str(r["figures"].get("database")) for r in current if r["figures"].get("database")})

    out = [
        "# Reliability and security: what was tried, and what happened",
        "",
        "<!-- Generated by scripts/render_reliability.py: do not edit by hand. -->",
        f"> **Generated — do not edit by hand.** `make reliability-report` regenerates it from `{source}`, "
        "the records the tests under `tests/reliability/` write as they run.",
        "",
        "| Last run | |",
        "|---|---|",
        f"| date | {oldest:%Y-%m-%d %H:%M} – {newest:%H:%M} UTC |" if newest else "| date | no records yet |",
        f"| commit | `{commit()}` |",
        f"| machine | {cell(machine())} |",
        f"| rendered | {datetime.now().astimezone():%Y-%m-%d %H:%M %Z} |",
    ]
    if vendors:
        out.append(f"| database (bad input and security tests) | {', '.join(vendors)} |")
    out += ["", "## Figures", "", "| | last run |", "|---|---:|"]
    out += [f"| {label} | {value:,} |" for label, value in totals(current)]

    faults = [r for r in current if not r["scenario"].startswith((BAD_INPUT, SECURITY))]
    out += ["", "## Faults the system survived", ""]
    if not faults:
        out.append("_No fault records in this run (they need PostgreSQL, Redis and Celery workers)._")
    for r in faults:
        out += [f"### {cell(r['scenario'])}", "",
                f"- **Fault:** {cell(r.get('fault', ''))}",
                f"- **What happens:** {cell(r.get('outcome', ''))}",
                f"- **Proof:** `{r.get('test', '')}`",
                f"- **Figures:** {cell(figures_text(r.get('figures', {})))}", ""]

    bad = [r for r in current if r["scenario"].startswith(BAD_INPUT)]
    out += ["## Bad input", "",
            "Each input is one case of the table in `tests/reliability/test_bad_input.py` "
            "(`test_bad_input[<case>]`), sent to the real endpoint with the Django test client. A refused "
            "input must get the status shown with its message, and leave every row of every model a "
            "request could touch as it was.", ""]
    by_area: dict[str, list[dict]] = defaultdict(list)
    for r in bad:
        by_area[r["scenario"][len(BAD_INPUT):]].append(r)
    for area, rows in by_area.items():
        out += [f"### {cell(area.capitalize())}", "", "| input | what happens | rows changed | case |",
                "|---|---|---:|---|"]
        for r in sorted(rows, key=lambda r: _short_test(r["test"])):
            case = _short_test(r["test"]).removeprefix("test_bad_input")
            out.append(f"| {cell(r['fault'])} | {cell(r['outcome'])} | {r['figures'].get('rows_changed', '')} "
                       f"| `{cell(case)}` |")
        out.append("")

    security = [r for r in current if r["scenario"].startswith(SECURITY)]
    out += ["## Security", ""]
    out += ["| what | tried | what happens | figures | proof |", "|---|---|---|---|---|"]
    for r in security:
        out.append(f"| {cell(r['scenario'][len(SECURITY):])} | {cell(r.get('fault', ''))} | "
                   f"{cell(r.get('outcome', ''))} | {cell(figures_text(r.get('figures', {})))} | "
                   f"`{cell(r.get('test', ''))}` |")

    problems = [r for r in current if failed(r)]
    out += ["", "## Known bugs and failures", ""]
    if not problems:
        out.append("None in the last run.")
    for r in problems:
        bug = r["figures"].get("known_bug")
        out.append(f"- `{cell(r.get('test', ''))}`: {cell(r.get('fault', ''))} — {cell(r.get('outcome', ''))}"
                   + (f" (known: {cell(bug)})" if bug else ""))
    if stale:
        out += ["", "## Records from earlier runs", "",
                "These tests did not run in the last run; their records are older (the date says when):", ""]
        out += [f"- {cell(r['scenario'])} — `{cell(r.get('test', ''))}` ({cell(r.get('recorded_at', ''))}): "
                f"{cell(r.get('outcome', ''))}" for r in stale]
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=Path, default=DEFAULT_RECORDS, help="var/reliability.json by default")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    records = load(record_paths(args.records))
    if not records:
        print(f"no records in {args.records}: run the reliability tests first (pytest tests/reliability)",
              file=sys.stderr)
        return 1
    try:
        source = str(args.records.resolve().relative_to(ROOT))
    except ValueError:
        source = str(args.records)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(records, source), encoding="utf-8")
    print(f"wrote {args.out} from {len(records)} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
