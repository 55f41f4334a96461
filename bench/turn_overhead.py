"""What one engine step costs MovieSim itself, early and late in a long story.

One 300-step offline story on PostgreSQL, with a real Daphne (Redis layer) and one WebSocket
listener in the room (a viewer process of its own, bench/viewers.py, as a browser would be),
so every step runs the whole path: prompt building, memory retrieval, database writes,
rendering and the broadcast. The offline writer answers at once, and the
time spent inside it is subtracted (not the time its streaming callback spends sending the
line to the room, which is MovieSim's), so the figures are what a zero-latency model would
see: MovieSim's own overhead per step. SQL queries per step are counted on the step's connection.

Baseline, same run: raw psycopg writing the same rows (every row the step inserted, plus the
story update that releases its lease) in one transaction.

Targets: ratio_late_vs_baseline <= 6 (median late step vs median baseline) and
queries_late <= 1.1 x queries_early.
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
    story = common.make_story(common.make_owner(), turns=steps + 40, random_seed=11)
    with Viewers([f"ws://127.0.0.1:{port}/ws/stories/{story.pk}/"], 1) as listener:
        samples = play(story, steps, in_provider)
        received = len({key for _, kind, key, _ in listener.collect(daphne) if kind == "turn"})
    story.refresh_from_db()
    if story.status == Story.Status.FINISHED and len(samples) < steps:
        raise SystemExit(f"the story finished after {len(samples)} steps; raise its max_turns")
    baseline = measure_baseline(story, samples, late)
    report(samples, early, late, baseline, received, record)


def play(story, steps: int, in_provider: list[float]) -> list[tuple]:
    """Every step of the story; per step: (number, overhead ms, total ms, queries, outcome)."""
    from django.db import connection

    from stories.engine.step import advance_story

    samples = []
    for number in range(1, steps + 1):
        queries = []

        def count(execute, sql, params, many, context, queries=queries):
            queries.append(sql)
            return execute(sql, params, many, context)

        in_provider[0] = 0.0
        started = time.perf_counter()
        with connection.execute_wrapper(count):
            outcome = advance_story(story.pk, force=True)
        total = (time.perf_counter() - started) * 1000
        samples.append((number, total - in_provider[0] * 1000, total, len(queries), outcome))
        if outcome == "finished":
            break
    return samples


def report(samples: list[tuple], early: tuple[int, int], late: tuple[int, int], baseline: float, received: int,
           record: bool) -> None:
    def window(span):
        return [s for s in samples if span[0] <= s[0] <= span[1]]

    rows, result = [], {}
    for label, span in (("early", early), ("late", late)):
        w = window(span)
        overhead = [s[1] for s in w]
        rows.append([f"steps {span[0]}-{span[1]}", common.median(overhead), common.percentile(overhead, 95),
                     common.median([s[2] for s in w]), common.median([s[3] for s in w]),
                     ", ".join(f"{o} {sum(1 for s in w if s[4] == o)}" for o in sorted({s[4] for s in w}))])
        result[f"median_ms_{label}"] = round(common.median(overhead), 2)
        result[f"p95_ms_{label}"] = round(common.percentile(overhead, 95), 2)
        result[f"queries_{label}"] = common.median([s[3] for s in w])
    rows.append(["baseline: raw psycopg, same rows", baseline, "", "", "", ""])
    result["baseline_ms"] = round(baseline, 2)
    result["ratio_late_vs_baseline"] = round(result["median_ms_late"] / baseline, 2)
    result["steps"] = len(samples)
    result["fragments_received"] = received
    text = common.table(["", "median ms (MovieSim)", "p95 ms", "median ms (with offline writer)", "queries",
                         "outcomes"], rows)
    text += (f"\n\nratio late / baseline: {result['ratio_late_vs_baseline']}; "
             f"turn fragments received by the listener: {received}")
    common.finish("turn_overhead", "Turn overhead", text, {k: result[k] for k in (
        "median_ms_late", "p95_ms_late", "queries_early", "queries_late", "baseline_ms", "ratio_late_vs_baseline",
        "median_ms_early", "p95_ms_early", "steps", "fragments_received")}, record=record, targets={
        "ratio_late_vs_baseline <= 6": result["ratio_late_vs_baseline"] <= 6,
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

def measure_baseline(story, samples, late: tuple[int, int]) -> float:
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
    late_turns = list(Turn.objects.filter(story=story).order_by("-index").values_list("index", flat=True)[:30])
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
