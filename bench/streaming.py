"""Streaming lines: how soon the first words of a line reach a full room.

200 viewers (bench/viewers.py, two processes) watch one MovieSim room on one Daphne process
with the Redis layer, while characters' lines stream from a loopback OpenAI-compatible
server (tests/reliability/model_server.py, a chunk every 20 ms) through the real `openai`
SDK. For each streamed line: the time from the server writing its first token to the
first streamed fragment holding words at each viewer. Same run, same N: a raw `websockets`
broadcast server (bench/raw_server.py) sending the same typing fragments.

Target: ratio_vs_raw (p95 first words vs raw p95) <= 6: the first words go out at once,
not after a throttle interval.
"""

import time

import common
from fanout import Viewers, cpu_seconds, publish_raw, start_raw_server, summarise


def main() -> None:
    args = common.parser(__doc__.splitlines()[0]).parse_args()
    viewers_n, lines = (6, 4) if args.smoke else (200, 30)

    from tests.reliability.model_server import ModelServer

    model = ModelServer(stream_interval=0.02).start()
    env = common.setup("streaming", MOVIESIM_PROVIDER="openai", OPENAI_BASE_URL=model.base_url,
                       OPENAI_API_KEY="bench-key")

    from stories import broadcast, steps
    from tests.servers import start_daphne

    story = common.make_story(common.make_owner(), turns=lines * 4 + 40, random_seed=3, provider="openai")
    steps.run(story.pk, force=True)  # casting
    typing = []  # every typing fragment the engine sent: (time, html)
    send = broadcast.send

    def noting_send(story_id, event_type, html):
        if event_type == "story.typing":
            typing.append((time.time(), html))
        return send(story_id, event_type, html)

    broadcast.send = noting_send
    daphne, port = start_daphne(env, name="bench-streaming-daphne")
    raw, raw_port = start_raw_server(env)
    room = f"ws://127.0.0.1:{port}/ws/stories/{story.pk}/"
    try:
        with Viewers([room, room], viewers_n) as viewers:
            cpu = cpu_seconds(daphne.proc.pid)
            model.requests.clear()
            starts = []
            while len(starts) < lines:
                # A step as a worker runs it: the engine streams the line through the edge's
                # LineStream (first words at once, then throttled), then the turn is announced.
                outcome = steps.run(story.pk, force=True).outcome
                if outcome == "finished":
                    raise SystemExit("the story finished during the benchmark; give it more turns")
                starts = sorted(r.first_content for r in model.chat
                                if r.schema == "CharacterTurn" and r.first_content is not None)
            arrivals = viewers.collect(daphne)
            cpu = cpu_seconds(daphne.proc.pid) - cpu
            connected = viewers.connected
        ours = first_words(starts, arrivals, connected)
        # The raw baseline: the first typing fragment of each line, at the same pace, to the same N.
        firsts = [html for t, html in typing if 'class="dialogue"' in html]
        payloads = [(i, html) for i, html in enumerate(firsts[:lines])]
        with Viewers([f"ws://127.0.0.1:{raw_port}/", f"ws://127.0.0.1:{raw_port}/"], viewers_n) as viewers:
            sent = publish_raw(raw_port, payloads, rate=2)
            raw_arrivals = viewers.collect(raw)
            raw_connected = viewers.connected
        theirs = raw_first_words(sent, raw_arrivals, raw_connected)
    finally:
        raw.stop()
        daphne.stop()
        model.stop()

    ratio = ours["p95"] / max(theirs["p95"], 0.001)
    rows = [
        [f"MovieSim: first words of {len(starts)} streamed lines", connected, ours["p50"], ours["p95"], ours["max"],
         ours["lost"], cpu],
        ["raw websockets: the same fragments", raw_connected, theirs["p50"], theirs["p95"], theirs["max"],
         theirs["lost"], ""],
    ]
    text = common.table(["", "viewers", "p50 ms", "p95 ms", "max ms", "lost", "server CPU s"], rows)
    text += ("\n\nMovieSim: from the model server writing a line's first token to the first fragment with words at"
             " each viewer (through the openai SDK, the engine, Redis and Daphne). Raw: from the publisher's send to"
             f" arrival. Typing fragments sent in all: {len(typing)}.")
    result = {"p95_first_words_ms": round(ours["p95"], 1), "raw_p95_ms": round(theirs["p95"], 1),
              "ratio_vs_raw": round(ratio, 2), "p50_first_words_ms": round(ours["p50"], 1), "clients": connected,
              "lines": len(starts), "lost": ours["lost"]}
    common.finish("streaming", "Streaming first words", text, result, record=args.record,
                  targets={"ratio_vs_raw <= 6": ratio <= 6})


def first_words(starts: list[float], arrivals: list[tuple], connected: int) -> dict:
    """Per line and viewer: the first typing fragment with words after the line's first token."""
    per_viewer: dict[int, list[float]] = {}
    for viewer, kind, key, t in arrivals:
        if kind == "typing" and key > 0:
            per_viewer.setdefault(viewer, []).append(t)
    latencies, expected = [], connected * len(starts)
    for times in per_viewer.values():
        times.sort()
        for i, start in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else float("inf")
            first = next((t for t in times if start <= t < end), None)
            if first is not None:
                latencies.append((first - start) * 1000)
    if not latencies:
        return {"p50": float("nan"), "p95": float("nan"), "max": float("nan"), "lost": expected}
    return {"p50": common.percentile(latencies, 50), "p95": common.percentile(latencies, 95),
            "max": max(latencies), "lost": expected - len(latencies)}


def raw_first_words(sent: dict, arrivals: list[tuple], connected: int) -> dict:
    """The raw server's payloads are typing fragments: match them to their sends in order."""
    order = sorted(sent.items())
    by_viewer: dict[int, list[float]] = {}
    for viewer, kind, _key, t in arrivals:
        if kind == "typing":
            by_viewer.setdefault(viewer, []).append(t)
    turned = [(viewer, "turn", i, t) for viewer, times in by_viewer.items()
              for i, t in zip([i for i, _ in order], sorted(times), strict=False)]
    result = summarise(sent, turned, connected)
    result["p95"] = _p95(sent, turned)
    return result


def _p95(sent: dict, arrivals: list[tuple]) -> float:
    latencies = [(t - sent[key][0]) * 1000 for _v, _k, key, t in arrivals if key in sent]
    return common.percentile(latencies, 95) if latencies else float("nan")


if __name__ == "__main__":
    main()
