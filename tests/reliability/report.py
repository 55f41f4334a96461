"""Results of the reliability tests, for `docs/reliability.md` to be rendered from.

Each scenario appends one record to `var/reliability.json` (a JSON list), written
atomically: read-modify-write under an exclusive lock file, then a rename, so two test
processes on one machine never lose each other's records or leave half a file.

    record("worker SIGKILL", "SIGKILL of the whole worker while the model call is held",
           "the story continued on another worker; no turn lost or doubled",
           test="tests/reliability/test_faults.py::test_...", figures={"kills": 2, "duplicates": 0})
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
PATH = Path(os.environ.get("MOVIESIM_RELIABILITY_REPORT", ROOT / "var" / "reliability.json"))


def record(scenario: str, fault: str, outcome: str, test: str, figures: dict[str, Any],
           path: Path | None = None) -> dict[str, Any]:
    """Append one result; a record for the same test replaces the previous run's."""
    path = Path(path or PATH)
    path.parent.mkdir(parents=True, exist_ok=True)
    entry = {"scenario": scenario, "fault": fault, "outcome": outcome, "test": test,
             "figures": {k: _plain(v) for k, v in figures.items()},
             "recorded_at": datetime.now(UTC).isoformat(timespec="seconds")}
    with open(path.with_name(path.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            records = load(path)
            records = [r for r in records if not (r.get("test") == test and r.get("scenario") == scenario)]
            records.append(entry)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
            with os.fdopen(fd, "w") as out:
                json.dump(records, out, indent=2, sort_keys=False)
                out.write("\n")
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return entry


def load(path: Path | None = None) -> list[dict[str, Any]]:
    path = Path(path or PATH)
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return []
    return data if isinstance(data, list) else []


def _plain(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
