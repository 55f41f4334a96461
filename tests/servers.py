"""Real server processes for tests: Daphne (and Celery workers when Redis is used),
started on the test database the current test session created."""

import itertools
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_env(**extra: str) -> dict[str, str]:
    """The environment of a server process pointed at this test session's database."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        auth = quote(db["USER"] or "")
        if db.get("PASSWORD"):
            auth += ":" + quote(db["PASSWORD"])
        host = f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
        env["DATABASE_URL"] = f"postgres://{auth}@{host}/{db['NAME']}"
    else:
        env.pop("DATABASE_URL", None)
        env["MOVIESIM_SQLITE_PATH"] = str(db["NAME"])
    env.setdefault("MOVIESIM_PROVIDER", "offline")
    # This test run's own queue and Redis names: other runs on the machine never take its tasks.
    env["MOVIESIM_CELERY_QUEUE"] = settings.CELERY_TASK_DEFAULT_QUEUE
    env["MOVIESIM_REDIS_PREFIX"] = settings.MOVIESIM_REDIS_PREFIX
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


class Process:
    def __init__(self, args: list[str], env: dict[str, str], log_path: Path):
        self.args = args
        self.log_path = log_path
        log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = open(log_path, "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT,
                                     start_new_session=True)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:]

    def full_log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, sig)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        self._log.close()


def start_daphne(env: dict[str, str], port: int | None = None, name: str = "daphne") -> tuple[Process, int]:
    port = port or free_port()
    proc = Process([str(BIN / "daphne"), "-b", "127.0.0.1", "-p", str(port), "--websocket-max-frame-size",
                    "65536", "moviesim.asgi:application"], env, ROOT / "var" / "test-logs" / f"{name}-{port}.log")
    wait_for_port(port, proc)
    return proc, port


_started = itertools.count(1)


def start_worker(env: dict[str, str], name: str = "worker", concurrency: int = 4, beat: bool = True) -> Process:
    run = f"{name}-{os.getpid()}-{next(_started)}"  # one log and one beat schedule per worker started
    args = [str(BIN / "celery"), "-A", "moviesim", "worker", "--pool", "threads", "--concurrency", str(concurrency),
            "--loglevel", "INFO", "-n", f"{run}@%h", "--without-gossip", "--without-mingle"]
    if beat:
        args += ["-B", "--schedule", str(ROOT / "var" / f"celerybeat-{run}")]
    return Process(args, env, ROOT / "var" / "test-logs" / f"{run}.log")


def wait_for_port(port: int, proc: Process, timeout: float = 30) -> None:
    def listening() -> bool:
        if proc.proc.poll() is not None:
            raise RuntimeError(f"server exited early:\n{proc.log()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            return False

    try:
        wait_until(listening, timeout=timeout, message=f"a server listening on {port}")
    except AssertionError as timed_out:
        raise RuntimeError(f"server did not listen on {port}:\n{proc.log()}") from timed_out


def wait_until(predicate, timeout: float = 30, interval: float = 0.1, message: str = "condition"):
    """Poll `predicate` every `interval` seconds until it returns something true (returned), or
    fail after `timeout` seconds: the one way tests wait for work they cannot await."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {message}")


def pid_of_client(port: int) -> int | None:
    """The pid of the local process whose TCP socket has local port `port` (Linux /proc)."""
    inode = None
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                next(f)
                for line in f:
                    parts = line.split()
                    if int(parts[1].rsplit(":", 1)[1], 16) == port and parts[9] != "0":
                        inode = parts[9]
                        break
        except OSError:
            continue
        if inode:
            break
    if inode is None:
        return None
    target = f"socket:[{inode}]"
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                if os.readlink(f"/proc/{pid}/fd/{fd}") == target:
                    return int(pid)
        except OSError:
            continue
    return None
