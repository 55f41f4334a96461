"""One step, one writer: a story is claimed with a conditional UPDATE that works the
same on SQLite and PostgreSQL. The lease expires on its own if its holder dies."""

import itertools
import logging
import os
import threading
import time
from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.utils import timezone

from stories.engine import sql
from stories.models import Poll, Story, Suggestion, Turn

log = logging.getLogger(__name__)


def new_token() -> str:
    """A claim's own token, never issued twice: a random prefix per process and a counter (a
    system call for fresh randomness on every step cost more than the rest of the claim's Python)."""
    if _tokens.pid != os.getpid():  # first use in this process, or a forked child
        _tokens.prefix, _tokens.count, _tokens.pid = os.urandom(8).hex(), itertools.count(), os.getpid()
    return f"{_tokens.prefix}{next(_tokens.count):016x}"


class _Tokens:
    pid = 0
    prefix = ""
    count = itertools.count()


_tokens = _Tokens()


def claim(story_id: int, token: str, *, require_due: bool = True, statuses=None) -> Story | None:
    """Take the story's lease if it is free (and due, when required); return the story as claimed, or None."""
    return claimed(sql.run(*claim_statement(story_id, token, require_due=require_due, statuses=statuses)))


def claim_statement(story_id: int, token: str, *, require_due: bool = True, statuses=None) -> sql.Statement:
    """The claim as one statement (a step sends its first reads with it): the conditional
    UPDATE returns the row itself, with the facts a step decides on first: `last_index` (its
    last turn's, or None), `has_open_poll` and `has_accepted_suggestion`. Django's update()
    only counts rows, hence the SQL."""
    now = timezone.now()
    adapt = connection.ops.adapt_datetimefield_value
    statuses = list(statuses or Story.ACTIVE_STATUSES)
    story, turn, poll, suggestion = (m._meta.db_table for m in (Story, Turn, Poll, Suggestion))
    due = "AND (next_step_at IS NULL OR next_step_at <= %s)" if require_due else ""
    query = f"""
        UPDATE {story} SET lease_token = %s, lease_until = %s
        WHERE id = %s AND status IN ({sql.marks(statuses)})
          AND (lease_until IS NULL OR lease_until < %s OR lease_token = %s) {due}
        RETURNING {sql.columns(Story)},
          (SELECT "index" FROM {turn} WHERE story_id = {story}.id ORDER BY "index" DESC LIMIT 1) AS last_index,
          EXISTS (SELECT 1 FROM {poll} WHERE story_id = {story}.id AND status = %s) AS has_open_poll,
          EXISTS (SELECT 1 FROM {suggestion} WHERE story_id = {story}.id AND status = %s)
            AS has_accepted_suggestion
    """
    params = [token, adapt(now + timedelta(seconds=settings.MOVIESIM_LEASE_SECONDS)), story_id, *statuses,
              adapt(now), token, *([adapt(now)] if require_due else []),
              Poll.Status.OPEN, Suggestion.Status.ACCEPTED]
    return query, params


def claimed(result: sql.Result) -> Story | None:
    """The story a claim statement returned, or None when the lease was not free."""
    stories = sql.models(Story, result, extra=("last_index", "has_open_poll", "has_accepted_suggestion"))
    return stories[0] if stories else None


def holds(story_id: int, token: str) -> bool:
    return Story.objects.filter(pk=story_id, lease_token=token, lease_until__gte=timezone.now()).exists()


def release(story_id: int, token: str, **changes) -> int:
    """Give the lease back (optionally with other story changes) if we still hold it.

    Every step ends here, so plain values are written as one plain statement; an expression
    (`F("failures") + 1`) goes through the ORM."""
    if any(hasattr(value, "resolve_expression") for value in changes.values()):
        return Story.objects.filter(pk=story_id, lease_token=token).update(**_released(changes))
    return sql.run(*release_statement(story_id, token, **changes)).rowcount


def release_statement(story_id: int, token: str, **changes) -> sql.Statement:
    """The release as one UPDATE of plain values; it changes one row only if the lease was still ours."""
    fields = [(Story._meta.get_field(name), value) for name, value in _released(changes).items()]
    assignments = ", ".join(f"{connection.ops.quote_name(field.column)} = %s" for field, _ in fields)
    params = [field.get_db_prep_save(value, connection) for field, value in fields]
    return (f"UPDATE {Story._meta.db_table} SET {assignments} WHERE id = %s AND lease_token = %s",
            [*params, story_id, token])


def _released(changes: dict) -> dict:
    return {"lease_token": "", "lease_until": None, "updated_at": timezone.now(), **changes}


class LeaseLost(Exception):
    """Another writer took the story while this step was thinking; its result is dropped."""


class Keeper:
    """Renews a held lease while a step thinks, so the lease can be short: if the worker dies,
    renewals stop and another worker may take the story within one lease period.

    One renewing thread per process serves every step in it (a thread per step would cost
    each step its start and join)."""

    def __init__(self, story_id: int, token: str):
        self.lease = (story_id, token)

    def __enter__(self) -> "Keeper":
        _renewer.hold(self.lease)
        return self

    def __exit__(self, *exc) -> None:
        _renewer.drop(self.lease)


class _Renewer:
    """Renews every lease held in this process a third of a lease period after it was last
    taken or renewed."""

    def __init__(self) -> None:
        self.held: dict[tuple[int, str], float] = {}  # lease -> when to renew it (monotonic)
        self.pid = 0
        self._wake = threading.Condition()

    @staticmethod
    def _period() -> float:
        return max(1.0, settings.MOVIESIM_LEASE_SECONDS / 3)

    def hold(self, lease: tuple[int, str]) -> None:
        with self._wake:
            if self.pid != os.getpid():  # first use in this process (or a forked child): start the thread
                self.held = {}
                threading.Thread(target=self._run, name="lease-renewer", daemon=True).start()
                self.pid = os.getpid()
            self.held[lease] = time.monotonic() + self._period()
            self._wake.notify()

    def drop(self, lease: tuple[int, str]) -> None:
        with self._wake:
            self.held.pop(lease, None)
            if not self.held:
                self._wake.notify()  # idle: let the thread give its connection back

    def _run(self) -> None:
        while True:
            with self._wake:
                now = time.monotonic()
                due = [lease for lease, at in self.held.items() if at <= now]
                if not due:
                    if not self.held:
                        connection.close()  # an idle process holds no connection for this
                    self._wake.wait(min(self.held.values(), default=now + 60) - now)
                    continue
                for lease in due:
                    self.held[lease] = now + self._period()
            try:
                for story_id, token in due:
                    renewed = Story.objects.filter(pk=story_id, lease_token=token).update(
                        lease_until=timezone.now() + timedelta(seconds=settings.MOVIESIM_LEASE_SECONDS))
                    if not renewed:  # taken over or released: the commit's own check will notice
                        self.drop((story_id, token))
            except Exception:  # a renewal that fails only shortens the lease
                log.warning("lease renewal failed", exc_info=True)
                connection.close()


_renewer = _Renewer()
