"""Live fan-out: how long a new turn takes to reach everyone in a full room.

N viewers (the `websockets` library, in two client processes apart from the server, see
bench/viewers.py) watch one MovieSim room on one Daphne process with the Redis channel layer.
The engine plays 100 turns at 10 per second (real steps, offline writer); each turn's
latency runs from its commit to its arrival at each viewer. Same run, same N, same
payloads at the same rate: a raw `websockets` broadcast server (bench/raw_server.py).
N = 50, 200, 500; then a burst (300 fragments back to back to 200 viewers, through the
same broadcast path the engine uses); then 1,000 viewers over two Daphne processes
behind the same Redis.

Targets: ratio_p99_vs_raw (at 500) <= 6; lost = 0; burst_lost = 0.
"""

import json
import subprocess
import sys
import time
from pathlib import Path

import common

HERE = Path(__file__).resolve().parent


def main() -> None:
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--sizes", default="50,200,500", help="room sizes to measure (comma-separated)")
    args = p.parse_args()
    sizes = [4, 8] if args.smoke else [int(n) for n in args.sizes.split(",")]
    fragments, burst, burst_viewers, big = (10, 20, 4, 10) if args.smoke else (100, 300, 200, 1000)
    env = common.setup("fanout")

    from tests.servers import start_daphne

    story = common.make_story(common.make_owner(), turns=fragments * (len(sizes) + 2) * 3 + 200, random_seed=5)
    engine = Engine(story.pk)
    engine.step()  # casting: the room has a cast and a first scene before anyone arrives
    daphne, port = start_daphne(env, name="bench-fanout-daphne")
    raw, raw_port = start_raw_server(env)
    room = f"ws://127.0.0.1:{port}/ws/stories/{story.pk}/"
    rows, result = [], {}
    try:
        for n in sizes:
            with Viewers([room, room], n) as viewers:
                cpu = cpu_seconds(daphne.proc.pid)
                sent = engine.play(fragments, rate=10)
                arrivals = viewers.collect(daphne, last=max(sent))
                cpu = cpu_seconds(daphne.proc.pid) - cpu
                ours = summarise(sent, arrivals, viewers.connected)
            with Viewers([f"ws://127.0.0.1:{raw_port}/", f"ws://127.0.0.1:{raw_port}/"], n) as viewers:
                raw_cpu = cpu_seconds(raw.proc.pid)
                raw_sent = publish_raw(raw_port, [(i, html) for i, (_, html) in sent.items()], rate=10)
                arrivals = viewers.collect(raw, last=max(raw_sent))
                raw_cpu = cpu_seconds(raw.proc.pid) - raw_cpu
                theirs = summarise(raw_sent, arrivals, viewers.connected)
            ratio = ours["p99"] / max(theirs["p99"], 0.001)
            rows.append([f"{n} viewers, 100 turns at 10/s" if not args.smoke else f"{n} viewers", ours["connected"],
                         ours["p50"], ours["p99"], ours["max"], ours["lost"], cpu, theirs["p50"], theirs["p99"],
                         theirs["lost"], raw_cpu, ratio])
            result[n] = {"ours": ours, "raw": theirs, "server_cpu_s": cpu, "ratio": ratio}

        # A burst: fragments back to back, through the engine's own broadcast path.
        payloads = engine.payloads[-burst:]
        with Viewers([room, room], burst_viewers) as viewers:
            cpu = cpu_seconds(daphne.proc.pid)
            sent = engine.burst(payloads)
            arrivals = viewers.collect(daphne, last=max(sent))
            cpu = cpu_seconds(daphne.proc.pid) - cpu
            burst_ours = summarise(sent, arrivals, viewers.connected)
        with Viewers([f"ws://127.0.0.1:{raw_port}/", f"ws://127.0.0.1:{raw_port}/"], burst_viewers) as viewers:
            raw_sent = publish_raw(raw_port, payloads, rate=None)
            burst_raw = summarise(raw_sent, viewers.collect(raw, last=max(raw_sent)), viewers.connected)
        rows.append([f"burst: {len(payloads)} back to back, {burst_viewers} viewers", burst_ours["connected"],
                     burst_ours["p50"], burst_ours["p99"], burst_ours["max"], burst_ours["lost"], cpu,
                     burst_raw["p50"], burst_raw["p99"], burst_raw["lost"], "", ""])

        # 1,000 viewers over two Daphne processes behind the same Redis.
        second, port2 = start_daphne(env, name="bench-fanout-daphne2")
        try:
            other = f"ws://127.0.0.1:{port2}/ws/stories/{story.pk}/"
            with Viewers([room, other], big) as viewers:
                cpu = cpu_seconds(daphne.proc.pid) + cpu_seconds(second.proc.pid)
                sent = engine.play(fragments, rate=10)
                arrivals = viewers.collect(daphne, second, last=max(sent))
                cpu = cpu_seconds(daphne.proc.pid) + cpu_seconds(second.proc.pid) - cpu
                two = summarise(sent, arrivals, viewers.connected)
        finally:
            second.stop()
        rows.append([f"{big} viewers over two Daphnes", two["connected"], two["p50"], two["p99"], two["max"],
                     two["lost"], cpu, "", "", "", "", ""])
    finally:
        raw.stop()
        daphne.stop()

    top = result[sizes[-1]]
    text = common.table(["", "connected", "p50 ms", "p99 ms", "max ms", "lost", "server CPU s", "raw p50 ms",
                         "raw p99 ms", "raw lost", "raw CPU s", "p99 / raw"], rows)
    text += ("\n\nLatency runs from the turn's commit to its arrival at a viewer; p99 over every (turn, viewer)"
             " pair. 'lost' counts pairs that never arrived.")
    lost = sum(r["ours"]["lost"] for r in result.values())
    summary = {
        "clients": sizes[-1], "p50_ms": round(top["ours"]["p50"], 1), "p99_ms": round(top["ours"]["p99"], 1),
        "raw_p99_ms": round(top["raw"]["p99"], 1), "ratio_p99_vs_raw": round(top["ratio"], 2), "lost": lost,
        "burst_lost": burst_ours["lost"], "server_cpu_s": round(top["server_cpu_s"], 2),
        "by_clients": {str(n): {"p50_ms": round(r["ours"]["p50"], 1), "p99_ms": round(r["ours"]["p99"], 1),
                                "raw_p99_ms": round(r["raw"]["p99"], 1), "lost": r["ours"]["lost"]}
                       for n, r in result.items()},
        "burst_p99_ms": round(burst_ours["p99"], 1), "raw_burst_lost": burst_raw["lost"],
        "two_daphnes": {"clients": two["connected"], "p50_ms": round(two["p50"], 1), "p99_ms": round(two["p99"], 1),
                        "lost": two["lost"]},
    }
    common.finish("fanout", "Live fan-out", text, summary, record=args.record, targets={
        f"ratio_p99_vs_raw at {sizes[-1]} <= 6": summary["ratio_p99_vs_raw"] <= 6,
        "lost = 0": lost == 0,
        "burst_lost = 0": summary["burst_lost"] == 0,
    })


class Engine:
    """Plays the story in this process, a step as a worker runs it (the engine's step, then
    `stories.steps.announce`: the room fragment and the next step's task), and notes each turn
    fragment's commit time and payload."""

    def __init__(self, story_id: int):
        from stories import broadcast

        self.story_id = story_id
        self.payloads: list[tuple[int, str]] = []
        self._sent: dict[int, tuple[float, str]] = {}
        self._committed = 0.0
        render = broadcast.render_new_turns

        def captured_render(story, turns, *args, **kwargs):
            html = render(story, turns, *args, **kwargs)
            first = turns[0].index  # a viewer keys a fragment by its first turn (bench/viewers.py)
            self._sent[first] = (self._committed, html)
            self.payloads.append((first, html))
            return html

        broadcast.render_new_turns = captured_render  # looked up by broadcast.step_result at each call

    def step(self) -> str:
        from stories import broadcast, steps
        from stories.engine import advance_story

        result = advance_story(self.story_id, force=True, on_text=broadcast.LineStream(self.story_id))
        self._committed = time.time()  # the step's commit is the last thing advance_story does
        steps.announce(self.story_id, result)
        return result.outcome

    def play(self, fragments: int, rate: float) -> dict[int, tuple[float, str]]:
        """`fragments` turns at `rate` per second; returns index -> (commit time, html)."""
        self._sent = {}
        start = time.monotonic()
        slot = 0
        while len(self._sent) < fragments:
            delay = start + slot / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            slot += 1
            outcome = self.step()
            if outcome == "finished":
                raise SystemExit("the story finished during the benchmark; give it more turns")
        return dict(self._sent)

    def burst(self, payloads: list[tuple[int, str]]) -> dict[int, tuple[float, str]]:
        from stories import broadcast

        sent = {}
        for index, html in payloads:
            sent[index] = (time.time(), html)
            broadcast.send(self.story_id, "story.turn_added", html)
        return sent


def start_raw_server(env: dict[str, str]):
    """bench/raw_server.py on a free loopback port: (process, port)."""
    from tests.servers import Process, free_port, wait_for_port

    port = free_port()
    raw = Process([sys.executable, str(HERE / "raw_server.py"), str(port)], env,
                  common.ROOT / "var" / "bench-logs" / f"raw-{port}.log")
    wait_for_port(port, raw)
    return raw, port


def publish_raw(port: int, payloads: list[tuple[int, str]], rate: float | None) -> dict[int, tuple[float, str]]:
    from websockets.sync.client import connect

    sent = {}
    with connect(f"ws://127.0.0.1:{port}/publish", max_size=2**22) as ws:
        start = time.monotonic()
        for slot, (index, html) in enumerate(payloads):
            if rate:
                delay = start + slot / rate - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            sent[index] = (time.time(), html)
            ws.send(html)
    return sent


class Viewers:
    """Two viewer processes (bench/viewers.py), the room's N viewers split between them."""

    def __init__(self, urls: list[str], count: int):
        shares = [count // len(urls) + (1 if i < count % len(urls) else 0) for i in range(len(urls))]
        self.procs = [subprocess.Popen([sys.executable, str(HERE / "viewers.py"), url, str(share)],
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                      for url, share in zip(urls, shares, strict=True)]
        self.connected = 0
        self.results: list[dict] = []

    def __enter__(self) -> "Viewers":
        for proc in self.procs:
            line = proc.stdout.readline()
            if not line.startswith("ready"):
                raise SystemExit(f"viewer process failed: {line!r}")
            self.connected += int(line.split()[1])
        time.sleep(max(2.0, self.connected / 250))  # arrivals announced, the room settled
        return self

    def collect(self, *servers, last: int | None = None, wait: float = 60) -> list[tuple]:
        """Once every viewer has the `last` turn sent (or `wait` seconds passed), and the servers
        and the viewers have gone quiet (everything in flight arrived), stop."""
        deadline = time.monotonic() + wait
        while last is not None and time.monotonic() < deadline:
            have = 0
            for proc in self.procs:
                proc.stdin.write(f"have {last}\n")
                proc.stdin.flush()
                have += int(proc.stdout.readline())
            if have >= self.connected:
                break
            time.sleep(0.2)
        settle([*(s.proc.pid for s in servers), *(p.pid for p in self.procs)])
        arrivals = []
        for offset, proc in enumerate(self.procs):
            proc.stdin.write("stop\n")
            proc.stdin.flush()
            state = json.loads(proc.stdout.readline())
            proc.wait(30)
            arrivals += [(offset * 1_000_000 + v, kind, key, t) for v, kind, key, t in state["arrivals"]]
        self.procs = []
        return arrivals

    def __exit__(self, *exc) -> None:
        for proc in self.procs:
            proc.kill()
            proc.wait()


def summarise(sent: dict[int, tuple[float, str]], arrivals: list[tuple], connected: int) -> dict:
    latencies = []
    seen = set()
    for viewer, kind, key, t in arrivals:
        if kind == "turn" and key in sent and (viewer, key) not in seen:
            seen.add((viewer, key))
            latencies.append((t - sent[key][0]) * 1000)
    expected = connected * len(sent)
    if not latencies:
        return {"connected": connected, "p50": float("nan"), "p99": float("nan"), "max": float("nan"),
                "lost": expected}
    return {"connected": connected, "p50": common.percentile(latencies, 50), "p99": common.percentile(latencies, 99),
            "max": max(latencies), "lost": expected - len(latencies)}


def settle(pids: list[int], quiet: float = 0.05, limit: float = 120) -> None:
    """Wait until these processes use less than `quiet` CPU seconds per second (at least 1 s)."""
    deadline = time.monotonic() + limit
    last = sum(cpu_seconds(p) for p in pids)
    calm = 0
    while calm < 2 and time.monotonic() < deadline:
        time.sleep(0.5)
        now = sum(cpu_seconds(p) for p in pids)
        calm = calm + 1 if now - last < quiet / 2 else 0
        last = now


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100  # utime + stime, in clock ticks


if __name__ == "__main__":
    main()
