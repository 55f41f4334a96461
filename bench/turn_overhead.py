"""What one story step costs MovieSim itself, early and late in a long story.

One 300-step offline story on PostgreSQL, with a real Daphne (Redis layer) and one WebSocket
listener in the room (a viewer process of its own, bench/viewers.py, as a browser would be).
Each step runs as a worker runs it (`stories.steps.run`): the engine's step (lease, prompt
building, memory retrieval, the commit), then the edge's announcement (rendering the room
fragment, the broadcast through Redis, the line streamed as it forms, and publishing the
next step's Celery task). The offline writer answers at once, and the time spent inside it
is subtracted (not the time its streaming callback spends sending the line to the room,
which is MovieSim's), so the figures are what a zero-latency model would see: MovieSim's
own time per step. SQL queries per step are counted on the step's connection.

Early and late are measured side by side: the story is played to step 270, then the late
steps (271-300) alternate one by one with the first steps (1-30) of the same story (same
seed, so the same lines) played again in a second room. The machine is shared and its speed
drifts from one minute to the next; alternating gives both windows the same moments. Steps
1-30 of the first play are shown too, for reference.

A user waits for the model and for MovieSim; the model's call takes a second or more, so
what matters is MovieSim's share beside it, and that it stays flat as the story grows.

Targets: overhead_share_of_1s_model (late median step in seconds / a 1 s model call) <= 0.05;
median_ms_late <= 1.25 x median_ms_early; queries_late <= 1.1 x queries_early.

For reference, no target: raw psycopg writing the rows a late step wrote (every row it
inserted, plus the story update that releases its lease) in one transaction (baseline_ms).
"""

import time

import common

EARLY = (1, 30)
LATE = (271, 300)


def main() -> None:
    args = common.parser(__doc__.splitlines()[0]).parse_args()
    steps = 40 if args.smoke else 300
    early = (1, 10) if args.smoke else EARLY
    late = (steps - 9, steps) if args.smoke else LATE
    env = common.setup("turn_overhead")

    from tests.servers import start_daphne

    daphne, port = start_daphne(env, name="bench-daphne")
    try:
        run(steps, early, late, daphne, port, args.record)
    finally:
        daphne.stop()


def run(steps: int, early: tuple[int, int], late: tuple[int, int], daphne, port: int, record: bool) -> None:
    from fanout import Viewers

    from moviesim.llm import get_provider
    from stories.models import Story

    provider = get_provider("offline")
    in_provider = _time_provider(provider)
    owner = common.make_owner()
    old = common.make_story(owner, turns=steps + 40, random_seed=11)
    young = common.make_story(owner, turns=steps + 40, random_seed=11)  # the same story, played again
    rooms = [f"ws://127.0.0.1:{port}/ws/stories/{s.pk}/" for s in (old, young)]
    with Viewers(rooms, 2) as listener:
        sequential = [play(old, number, in_provider) for number in range(1, late[0])]
        # The late window alternates step by step with the same story's first steps played again,
        # so both windows are measured on the same machine at the same moments.
        late_samples, early_samples = [], []
        for offset in range(late[1] - late[0] + 1):
            late_samples.append(play(old, late[0] + offset, in_provider))
            if early[0] + offset <= early[1]:
                early_samples.append(play(young, early[0] + offset, in_provider))
        received = len({(viewer, key) for viewer, kind, key, _ in listener.collect(daphne) if kind == "turn"})
    sent = sum(s[5] for s in (*sequential, *late_samples, *early_samples))
    for story in (old, young):
        story.refresh_from_db()
        if story.status == Story.Status.FINISHED:
            raise SystemExit(f"story {story.pk} finished during the benchmark; raise its max_turns")
    baseline = measure_baseline(old, late)
    report({"early": early_samples, "late": late_samples,
            "sequential": [s for s in sequential if early[0] <= s[0] <= early[1]]},
           early, late, baseline, sent, received, record)


def play(story, number: int, in_provider: list[float]) -> tuple:
    """One step of the story, as a worker runs it: (number, overhead ms, total ms, queries,
    outcome, fragments sent)."""
    from django.db import connection

    from stories import steps as story_steps

    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    in_provider[0] = 0.0
    started = time.perf_counter()
    with connection.execute_wrapper(count):
        result = story_steps.run(story.pk, force=True)
    total = (time.perf_counter() - started) * 1000
    return (number, total - in_provider[0] * 1000, total, len(queries), result.outcome, 1 if result.turns else 0)


def report(windows: dict[str, list[tuple]], early: tuple[int, int], late: tuple[int, int], baseline: float,
           sent: int, received: int, record: bool) -> None:
    labels = {
        "early": f"steps {early[0]}-{early[1]} (the story played again, alternated with the late steps)",
        "late": f"steps {late[0]}-{late[1]}",
        "sequential": f"reference: steps {early[0]}-{early[1]} of the first play (before the late window)",
    }
    rows, result = [], {}
    for name in ("early", "late", "sequential"):
        w = windows[name]
        overhead = [s[1] for s in w]
        rows.append([labels[name], common.median(overhead), common.percentile(overhead, 95),
                     common.median([s[2] for s in w]), common.median([s[3] for s in w]),
                     ", ".join(f"{o} {sum(1 for s in w if s[4] == o)}" for o in sorted({s[4] for s in w}))])
        result[f"median_ms_{name}"] = round(common.median(overhead), 2)
        result[f"p95_ms_{name}"] = round(common.percentile(overhead, 95), 2)
        result[f"queries_{name}"] = common.median([s[3] for s in w])
    rows.append(["reference: raw psycopg writing a late step's rows", baseline, "", "", "", ""])
    result["overhead_share_of_1s_model"] = round(result["median_ms_late"] / 1000 / 1.0, 4)
    result["late_vs_early"] = round(result["median_ms_late"] / result["median_ms_early"], 2)
    result["baseline_ms"] = round(baseline, 2)
    result["steps"] = late[1] + early[1] - early[0] + 1
    result["fragments_sent"] = sent
    result["fragments_received"] = received
    text = common.table(["", "median ms (MovieSim)", "p95 ms", "median ms (with offline writer)", "queries",
                         "outcomes"], rows)
    text += (f"\n\nMovieSim's share of a 1 s model call (late median): {result['overhead_share_of_1s_model']:.1%}; "
             f"late / early: {result['late_vs_early']}; turn fragments sent {sent}, received by the room's "
             f"listener {received}.")
    share, late_ms, early_ms = result["overhead_share_of_1s_model"], result["median_ms_late"], result["median_ms_early"]
    common.finish("turn_overhead", "Turn overhead", text, {k: result[k] for k in (
        "overhead_share_of_1s_model", "median_ms_early", "median_ms_late", "late_vs_early", "p95_ms_early",
        "p95_ms_late", "queries_early", "queries_late", "median_ms_sequential", "baseline_ms", "steps",
        "fragments_sent", "fragments_received")}, record=record, targets={
        f"overhead_share_of_1s_model <= 0.05 (got {share:.3f})": share <= 0.05,
        f"median_ms_late <= 1.25 x median_ms_early (got {late_ms:.2f} vs {early_ms:.2f})": late_ms <= 1.25 * early_ms,
        "queries_late <= 1.1 x queries_early": result["queries_late"] <= 1.1 * result["queries_early"],
    })


def _time_provider(provider) -> list[float]:
    """Wrap the provider so the time spent inside it can be subtracted from each step. The
    time its streaming callback takes (MovieSim's: the line as it forms, sent to the room) is
    not the provider's, and stays in the step."""
    spent = [0.0]
    generate, embed = provider.generate, getattr(provider, "embed", None)

    def timed(call):
        def wrapper(*a, **kw):
            request = a[0] if a else None
            on_text = getattr(request, "on_text", None)
            in_callback = [0.0]
            if on_text is not None:
                def streamed(text):
                    started = time.perf_counter()
                    try:
                        on_text(text)
                    finally:
                        in_callback[0] += time.perf_counter() - started
                request.on_text = streamed
            started = time.perf_counter()
            try:
                return call(*a, **kw)
            finally:
                spent[0] += time.perf_counter() - started - in_callback[0]
                if on_text is not None:
                    request.on_text = on_text
        return wrapper

    provider.generate = timed(generate)
    if embed is not None:
        provider.embed = timed(embed)
    return spent


# --- The baseline ------------------------------------------------------------------------------

def measure_baseline(story, late: tuple[int, int]) -> float:
    """Raw psycopg, one transaction per step: insert the rows the late steps inserted, update the story.

    The rows are read back from the tables (every row a late step created for its turn) and
    written again, with a shifted turn index where a unique constraint needs one.
    """
    import psycopg
    from django.conf import settings
    from psycopg.types.json import Jsonb

    from characters.models import Memory
    from stories.models import LLMCall, ObserverReport, Turn, TurnRevision

    tables = [Turn, TurnRevision, LLMCall, Memory, ObserverReport]
    url = settings.DATABASES["default"]
    dsn = f"host={url['HOST']} port={url['PORT'] or 5432} dbname={url['NAME']} user={url['USER']}"
    # Rows written by the last late steps, grouped per step by their turn index.
    latest = Turn.objects.filter(story=story).order_by("-index").values_list("index", flat=True)
    late_turns = list(latest[:late[1] - late[0] + 1])
    times = []
    with psycopg.connect(dsn) as conn:
        batches = []
        for index in late_turns:
            batch = []
            for model in tables:
                table = model._meta.db_table
                where, params = _rows_of_turn(model, story.pk, index)
                cur = conn.execute(f"SELECT * FROM {table} WHERE {where}", params)
                columns = [d.name for d in cur.description]
                for row in cur.fetchall():
                    values = dict(zip(columns, row, strict=True))
                    values.pop("id")
                    if model is Turn:
                        values["index"] += 1_000_000  # the unique (story, index) of a copy
                    if model is ObserverReport:
                        values["after_turn"] += 1_000_000
                    batch.append((table, values))
            batches.append(batch)
        conn.commit()
        for batch in batches:
            started = time.perf_counter()
            with conn.transaction():
                conn.execute("UPDATE stories_story SET lease_token = '', lease_until = NULL, next_step_at = now(), "
                             "failures = 0 WHERE id = %s AND lease_token = ''", [story.pk])
                for table, values in batch:
                    cols = ", ".join(f'"{c}"' for c in values)
                    marks = ", ".join(["%s"] * len(values))
                    conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})",
                                 [Jsonb(v) if isinstance(v, dict | list) else v for v in values.values()])
            times.append((time.perf_counter() - started) * 1000)
    return common.median(times)


def _rows_of_turn(model, story_id: int, index: int) -> tuple[str, list]:
    from characters.models import Memory
    from stories.models import LLMCall, ObserverReport, Turn, TurnRevision

    if model is Turn:
        return "story_id = %s AND index = %s", [story_id, index]
    if model is TurnRevision:
        return "turn_id IN (SELECT id FROM stories_turn WHERE story_id = %s AND index = %s)", [story_id, index]
    if model is LLMCall:
        return "story_id = %s AND turn_index = %s", [story_id, index]
    if model is Memory:
        return ("character_id IN (SELECT id FROM characters_character WHERE story_id = %s) AND turn_index = %s",
                [story_id, index])
    if model is ObserverReport:
        return "story_id = %s AND after_turn = %s", [story_id, index]
    raise ValueError(model)


if __name__ == "__main__":
    main()
