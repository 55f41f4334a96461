"""The engine's hot reads, written as SQL.

Every step of every story makes the same few reads. Building and compiling them through the
ORM costs several times what the database spends answering them (bench/turn_overhead.py), so
they are written out here and next to their callers: plain SQL that runs the same on SQLite
and PostgreSQL, parameters always bound. `Model.objects.raw()` turns rows into model
instances where a caller needs those; JSON columns come back as text on both databases.
"""

import json

from django.db import connection


def rows(sql: str, params) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def marks(values) -> str:
    """Placeholders for an IN list (at least one, so an empty list matches nothing)."""
    return ", ".join(["%s"] * len(values)) or "NULL"


def json_value(text):
    return json.loads(text) if isinstance(text, str) else text
