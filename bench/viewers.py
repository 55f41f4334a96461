"""Viewers for the fan-out benchmarks: one process holding many WebSocket connections.

Started by bench/fanout.py and bench/streaming.py as separate processes (so the clients'
work is apart from the server's):

    python bench/viewers.py ws://127.0.0.1:8000/ws/stories/1/ 250

It connects that many viewers (a few at a time, like people arriving), prints "ready <n>",
and from then on notes the arrival time (time.time()) of every turn and typing fragment at
every viewer. A line "have <turn index>" asks how many viewers have that turn by now (it
prints the number). A line "stop" on stdin ends it: it prints one JSON object and exits:

    {"connected": n, "failed": k, "closed": c, "arrivals": [[viewer, kind, key, t], ...]}

kind is "turn" (key: the first turn index in the fragment) or "typing" (key: how much of the
line it holds, in characters).
"""

import asyncio
import json
import re
import sys
import time

from websockets.asyncio.client import connect

TURN = re.compile(r'id="turn-(\d+)"')
TYPING = re.compile(r'id="typing"[^>]*>(.*?)</div>\s*$', re.S)
LINE = re.compile(r'<p class="dialogue"[^>]*>(.*?)<span class="caret">', re.S)


async def viewer(number: int, url: str, arrivals: list, state: dict, connected: asyncio.Event) -> None:
    try:
        ws = await connect(url, origin="http://127.0.0.1", max_size=2**22, open_timeout=60, ping_interval=None)
    except Exception as exc:  # noqa: BLE001 - counted and reported
        state["failed"] += 1
        state.setdefault("errors", []).append(repr(exc)[:200])
        connected.set()
        return
    state["connected"] += 1
    connected.set()
    try:
        async for message in ws:
            now = time.time()
            if isinstance(message, bytes):
                continue
            match = TURN.search(message)
            if match and 'beforeend:#transcript' in message:
                arrivals.append((number, "turn", int(match.group(1)), now))
            elif message.startswith('<div id="typing"'):
                line = LINE.search(message)
                arrivals.append((number, "typing", len(line.group(1)) if line else 0, now))
    except Exception:  # noqa: BLE001 - a closed connection ends the viewer
        pass
    state["closed"] += 1


async def main(url: str, count: int, at_once: int = 25) -> None:
    arrivals: list = []
    state = {"connected": 0, "failed": 0, "closed": 0}
    tasks = []
    for start in range(0, count, at_once):
        batch = []
        for number in range(start, min(count, start + at_once)):
            event = asyncio.Event()
            tasks.append(asyncio.create_task(viewer(number, url, arrivals, state, event)))
            batch.append(event)
        for event in batch:
            await event.wait()
    print(f"ready {state['connected']}", flush=True)
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line or line.strip() == "stop":
            break
        if line.strip() == "reset":  # forget what arrived so far (between phases)
            arrivals.clear()
            print("reset", flush=True)
        if line.startswith("have "):  # how many viewers have turn <key> by now
            key = int(line.split()[1])
            print(len({v for v, kind, k, _ in arrivals if kind == "turn" and k == key}), flush=True)
    for task in tasks:
        task.cancel()
    state["arrivals"] = arrivals
    print(json.dumps(state), flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
