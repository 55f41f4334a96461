"""The engine's hot reads and writes, written as SQL.

Every step of every story makes the same few reads and writes. Building and compiling them
through the ORM costs several times what the database spends answering them, and waiting
for each statement in turn costs as much again (bench/turn_overhead.py), so they are
written out here and next to their callers: plain SQL that runs the same on SQLite and
PostgreSQL, parameters always bound. `batch()` sends statements that don't depend on each
other together (one round trip on PostgreSQL); `models()` turns rows into model instances
and `insert()` writes new ones, each with what Django would do for these tables and no
more. JSON columns come back as text on both databases.
"""

import json
from functools import cache

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model
from psycopg import pq

Statement = tuple[str, list]


def db():
    """The default connection itself (`django.db.connection` is a proxy that looks it up on every
    attribute; the hot paths here touch it hundreds of times a step)."""
    return connections[DEFAULT_DB_ALIAS]


class Result:
    """One statement's outcome: its rows (if it returns any) and how many rows it changed."""

    __slots__ = ("rows", "rowcount")

    def __init__(self, cursor) -> None:
        raw = cursor.cursor
        pgresult = getattr(raw, "pgresult", None)  # psycopg: reading `description` builds every column's info
        returns_rows = raw.description is not None if pgresult is None else pgresult.status == pq.ExecStatus.TUPLES_OK
        self.rows = cursor.fetchall() if returns_rows else []
        self.rowcount = cursor.rowcount


def cursor(conn=None):
    """Django's cursor, except that on PostgreSQL it binds parameters on the server (unless
    MOVIESIM_PREPARED_STATEMENTS is off): psycopg then prepares a statement that runs again and
    again on a connection, and PostgreSQL parses and plans it once instead of on every step.
    Planning these statements cost the server more than running them. Django's own queries
    keep binding on the client and are never prepared."""
    conn = conn or db()
    if not settings.MOVIESIM_PREPARED_STATEMENTS or conn.vendor != "postgresql":
        return conn.cursor()
    from django.db.backends.postgresql.base import ServerBindingCursor

    _connect(conn)
    with conn.wrap_database_errors:
        raw = ServerBindingCursor(conn.connection)
    return conn.make_debug_cursor(raw) if conn.queries_logged else conn.make_cursor(raw)


def _connect(conn) -> None:
    """As Django does before a cursor: the connection's health check (once per request or task,
    as CONN_HEALTH_CHECKS asks; a connection cut since is found then, not halfway through a
    step), then a connection."""
    conn.close_if_health_check_failed()
    conn.ensure_connection()


def rows(sql: str, params) -> list[tuple]:
    with cursor() as c:
        c.execute(sql, params)
        return c.fetchall()


def run(sql: str, params) -> Result:
    with cursor() as c:
        c.execute(sql, params)
        return Result(c)


def batch(statements: list[Statement], durable: bool = True) -> list[Result]:
    """Run statements that don't need each other's results; their results, in order.

    On PostgreSQL they go in one round trip (psycopg's pipeline mode): the server runs them
    one after the other as sent, so a later one sees what an earlier one wrote. Inside a
    transaction they belong to it like any other statement (and psycopg's BEGIN goes in the
    same round trip); outside one they form a transaction of their own. If one fails, the
    error is raised (as Django's) and none of them took effect outside a transaction.
    Elsewhere they simply run in turn.

    `durable=False` (outside a transaction, on PostgreSQL): the batch's writes are committed
    without waiting for them to reach the disk (`synchronous_commit` off for that transaction
    alone). For writes that a crash of the database server may lose without harm, such as a
    lease claim: a step whose claim was lost finds the lease gone when it commits."""
    if not statements:
        return []
    conn = db()
    if conn.vendor != "postgresql" or (len(statements) < 2 and not conn.in_atomic_block):
        return [run(sql, params) for sql, params in statements]
    quick = not durable and not conn.in_atomic_block
    if quick:
        statements = [("SELECT set_config('synchronous_commit', 'off', true)", []), *statements]
    _connect(conn)  # before the pipeline: a health check that fails reconnects
    cursors = _batch_cursors(conn, len(statements))
    with conn.wrap_database_errors, conn.connection.pipeline():
        for c, (sql, params) in zip(cursors, statements, strict=False):
            c.execute(sql, params)
    # Leaving the pipeline received every result.
    with conn.wrap_database_errors:
        return [Result(c) for c in cursors[int(quick):len(statements)]]


def _batch_cursors(conn, n: int) -> list:
    """Cursors for a batch, one per statement (a psycopg cursor holds one statement's result),
    kept with the connection and used again by its next batches: making them cost more than
    the statements' own Python."""
    if not settings.MOVIESIM_PREPARED_STATEMENTS:
        return [cursor(conn) for _ in range(n)]
    from django.db.backends.postgresql.base import ServerBindingCursor

    raw, kept = conn.__dict__.get("_moviesim_batch_cursors", (None, []))
    if raw is not conn.connection:
        raw, kept = conn.connection, []
        conn.__dict__["_moviesim_batch_cursors"] = (raw, kept)
    with conn.wrap_database_errors:
        kept.extend(ServerBindingCursor(raw) for _ in range(n - len(kept)))
    make = conn.make_debug_cursor if conn.queries_logged else conn.make_cursor
    return [make(c) for c in kept[:n]]


def marks(values) -> str:
    """Placeholders for an IN list (at least one, so an empty list matches nothing)."""
    return ", ".join(["%s"] * len(values)) or "NULL"


def json_value(text):
    return json.loads(text) if isinstance(text, str) else text


# --- Model rows ------------------------------------------------------------------------------

@cache
def columns(model: type[Model], alias: str = "", only: tuple[str, ...] | None = None) -> str:
    """The model's columns in field order (or only those of the fields named in `only`), for a
    SELECT whose rows `models()` turns into instances."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(f'{prefix}"{f.column}"' for f in _fields(model, only))


@cache
def _fields(model: type[Model], only: tuple[str, ...] | None = None) -> list:
    return [f for f in model._meta.concrete_fields if only is None or f.attname in only]


def _converters(model: type[Model], only, conn) -> list:
    """What Django does to each column's value on the way in (JSON parsed, SQLite's dates and
    booleans), for the fields that need it; kept on the connection, whose backend decides."""
    cache = conn.__dict__.setdefault("_moviesim_converters", {})
    if (model, only) not in cache:
        cache[model, only] = [(i, field.cached_col, found) for i, field in enumerate(_fields(model, only))
                              if (found := conn.ops.get_db_converters(field.cached_col)
                                  + field.get_db_converters(conn))]
    return cache[model, only]


def models(model: type[Model], result: Result, extra: tuple[str, ...] = (), only: tuple[str, ...] | None = None
           ) -> list:
    """Instances from rows that start with `columns(model, only=only)`; the `extra` columns after
    them become attributes of the same names. Fields left out by `only` are deferred, as the
    ORM's `only()` leaves them: read from the database if something asks for them."""
    conn = db()
    names = _attnames(model, only)
    width = len(names)
    converters = _converters(model, only, conn)
    out = []
    for row in result.rows:
        values = list(row[:width])
        for i, col, found in converters:
            for convert in found:
                values[i] = convert(values[i], col, conn)
        obj = model.from_db(conn.alias, names, values)
        for name, value in zip(extra, row[width:], strict=True):
            setattr(obj, name, value)
        out.append(obj)
    return out


@cache
def _attnames(model: type[Model], only: tuple[str, ...] | None = None) -> list[str]:
    return [f.attname for f in _fields(model, only)]


@cache
def _insert_into(model: type[Model]) -> tuple[list, str]:
    fields = [f for f in model._meta.concrete_fields if f is not model._meta.auto_field]
    names = ", ".join(f'"{f.column}"' for f in fields)
    return fields, f'INSERT INTO "{model._meta.db_table}" ({names}) VALUES '


def insert_statement(objs: list[Model], returning: bool = False, refer: dict | None = None) -> Statement:
    """One INSERT of new rows (values prepared as Django would save them). `refer` maps a field
    (attname) left None on the instances to the SQL, with its parameters, that gives its value
    (a row written earlier in the same batch, named by its natural key)."""
    conn = db()
    model = type(objs[0])
    fields, head = _insert_into(model)
    refer = {name: value for name, value in (refer or {}).items()
             if any(f.attname == name for f in fields) and all(getattr(obj, name) is None for obj in objs)}
    row = f"({', '.join(refer[f.attname][0] if f.attname in refer else '%s' for f in fields)})"
    params = [p for obj in objs for field in fields
              for p in (refer[field.attname][1] if field.attname in refer
                        else [field.get_db_prep_save(field.pre_save(obj, True), conn)])]
    sql = head + ", ".join([row] * len(objs))
    if returning:
        sql += f' RETURNING "{model._meta.pk.column}"'
    return sql, params


def insert(objs: list[Model], returning: bool = False) -> None:
    """Write new instances in one statement; with `returning`, each gets its primary key."""
    if not objs:
        return
    result = run(*insert_statement(objs, returning))
    saved(objs, [pk for pk, in result.rows] if returning else None)


def saved(objs: list[Model], pks: list | None = None) -> None:
    """Mark instances written by `insert_statement` as saved (with their new keys, when read back)."""
    alias = db().alias
    for i, obj in enumerate(objs):
        if pks is not None:
            obj.pk = pks[i]
        obj._state.adding = False
        obj._state.db = alias
