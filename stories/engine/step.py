"""advance_story: move one story forward by exactly one step.

The step claims the story with a lease, asks the models outside any transaction,
then commits the result in one short transaction guarded by the lease token and
the unique turn index. A duplicated or retried step finds its turn already
written (or the lease taken) and does nothing.
"""

import logging
from collections.abc import Callable
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F, Model
from django.utils import timezone

from moviesim.llm import ProviderError
from stories import broadcast, scheduling
from stories.costs import BudgetExceeded
from stories.engine import audience, calls, director, lease, scene_play, sql
from stories.engine.lease import LeaseLost
from stories.models import LLMCall, Poll, Story, Suggestion, Turn

log = logging.getLogger(__name__)


def advance_story(story_id: int, *, force: bool = False, statuses=None) -> str:
    """One step. Returns what happened: 'turn', 'step', 'finished', 'busy', 'duplicate', 'lost', 'paused', 'idle'."""
    token = lease.new_token()
    # The claim and the reads every step starts from, in one round trip. A claim lost to a
    # crash of the database server costs nothing (the commit finds the lease gone), so it
    # doesn't wait for the disk.
    claim, *stage = sql.batch([lease.claim_statement(story_id, token, require_due=not force, statuses=statuses),
                               *scene_play.Stage.statements(story_id)], durable=False)
    story = lease.claimed(claim)
    if story is None:
        return "busy"
    try:
        with calls.held() as made:
            with lease.Keeper(story_id, token):
                if story.status == Story.Status.CASTING:
                    plan = director.cast_story(story)
                else:
                    plan = _plan_running(story, token, scene_play.Stage.read(stage))
            if plan is None:
                lease.release(story_id, token)
                return "idle"
            return commit(story, token, plan, made)
    except ProviderError as exc:
        pause_for_model(story_id, token, exc.message)
        return "paused"
    except BudgetExceeded as exc:
        lease.release(story_id, token, status=Story.Status.PAUSED, status_message=str(exc))
        broadcast.status_changed(story_id)
        return "budget"
    except LeaseLost:
        log.info("story %s: lease lost during the step; result dropped", story_id)
        return "lost"
    except BaseException as exc:
        _record_crash(story_id, token, exc)
        raise


def _plan_running(story: Story, token: str, stage: scene_play.Stage):
    next_index = 0 if story.last_index is None else story.last_index + 1
    turns_left = story.max_turns - next_index
    scene = stage.scene
    if turns_left <= 1 or scene is None or story.finish_requested:
        return director.finish(story, next_index)
    poll = story.polls.filter(status=Poll.Status.OPEN).first() if story.has_open_poll else None
    if poll is not None:
        if poll.closes_at > timezone.now():
            return None  # the story waits for the audience; next_step_at is the poll's close
        return audience.close_poll(story, poll, next_index)
    if story.poll_requested or (scene.complete and turns_left > 3 and story.vote_seconds
                                and not scene.polls.exists()):
        return audience.open_poll(story, scene, next_index)
    if scene.complete and turns_left > 3:
        return director.next_scene(story, scene, next_index)
    # Too close to the end for a new scene: the last one plays on until the ending.
    observed = scene_play.observe_if_due(story, token, next_index)
    suggestion = None
    if story.has_accepted_suggestion:
        suggestion = (story.suggestions.filter(status=Suggestion.Status.ACCEPTED).select_related("author")
                      .order_by("decided_at").first())
    if suggestion is not None:
        plan = director.intervene(story, scene, next_index, suggestion=suggestion)
    elif story.pending_intervention:
        plan = director.intervene(story, scene, next_index)
    else:
        plan = scene_play.play_turn(story, stage, next_index)
    if observed:
        plan.panels.add("dashboard")
    return plan


class Plan:
    """What a step decided, ready to be written in one transaction.

    `write(index)` receives the turn index allocated at commit time, under the story's
    row lock, so turns that people add meanwhile (edit markers) never collide with it.
    """

    def __init__(self, index: int, write: Callable[[int], None], story_changes: dict | None = None,
                 finished: bool = False, adds_turn: bool = True, after: Callable[[], None] | None = None,
                 panels: set[str] | None = None):
        self.index = index
        self.write = write
        self.story_changes = story_changes or {}
        self.finished = finished
        self.adds_turn = adds_turn
        self.after = after
        self.panels = set(panels or ())  # room panels this step changed, besides what its turns show
        self.opinions: list[tuple[int, int, float]] = []  # relationship meters it moved: (character, other, value)
        self.cards: set[int] = set()  # characters whose card in the cast panel changed (a new relationship)
        self.turns: list[Turn] | None = None  # the turns `write` created, when it says so (the fragment needs no query)
        self.rows: list[list[Model]] = []  # new rows `write` leaves to be inserted with the model calls, unread
        # Statements `write` leaves to be sent with those inserts, each with what to do with its
        # result, if anything (a statement None: just something to do once they are written).
        self.tail: list[tuple[sql.Statement | None, Callable[[sql.Result | None], None] | None]] = []
        # The one turn a line adds, written by the commit itself. A line's `write` only adds rows
        # and tail statements (no queries): when the index the step expected is still free, all
        # of it goes in one round trip with the release.
        self.line: Turn | None = None


class _IndexTaken(Exception):
    """The index a line expected was taken meanwhile (an edit marker): allocate it under the lock."""


def _last_index_statement(story_id: int) -> sql.Statement:
    return 'SELECT "index" FROM stories_turn WHERE story_id = %s ORDER BY "index" DESC LIMIT 1', [story_id]


def next_turn_index(story_id: int) -> int:
    last = sql.run(*_last_index_statement(story_id)).rows
    return last[0][0] + 1 if last else 0


def commit(story: Story, token: str, plan: Plan, made: list[LLMCall] = ()) -> str:
    """Write the plan, the model calls it `made` and the released lease in one transaction.

    The release locks the story row, so the index read after it is the writer's own. A line
    goes in at the index the step expected, in one batch with the release, then the commit: two
    round trips. If an edit marker took that index meanwhile, that transaction is rolled back
    and the line goes in at the next free one, read first (`_write`)."""
    now = timezone.now()
    changes = dict(plan.story_changes)
    if plan.finished:
        changes.update(status=Story.Status.FINISHED, next_step_at=None, finished_at=now)
    else:
        changes.setdefault("next_step_at", now + timedelta(seconds=story.pacing_seconds))
    changes.setdefault("failures", 0)
    changes.setdefault("next_speaker_id", None)  # a line cues the next speaker; any other step clears the cue
    try:
        try:
            index = _write(story, token, plan, made, changes, expected=plan.line is not None)
        except _IndexTaken:
            index = _write(story, token, plan, made, changes, expected=False)
        if made:
            made.clear()  # written
    except IntegrityError:
        log.info("story %s: step %s was already written; nothing to do", story.pk, plan.index)
        lease.release(story.pk, token)
        return "duplicate"
    if plan.adds_turn:
        for field, value in changes.items():  # the row as committed, for the fragment
            if not hasattr(value, "resolve_expression"):
                setattr(story, field, value)
        transaction.on_commit(lambda: broadcast.turns_added(story.pk, index, plan.panels, story=story,
                                                            opinions=plan.opinions, turns=plan.turns,
                                                            cards=plan.cards))
    if plan.after:
        transaction.on_commit(plan.after)
    if plan.finished:
        return "finished"
    when = changes["next_step_at"]
    if changes.get("status", story.status) in Story.ACTIVE_STATUSES and when:
        scheduling.schedule_advance(story.pk, when, in_this_thread=True)
    return "turn" if plan.adds_turn else "step"


def _write(story: Story, token: str, plan: Plan, made, changes: dict, expected: bool) -> int:
    """One attempt at the commit's transaction; returns the index the step's turns took.

    `expected`: a line written at the index the step expected, all in one round trip: the
    release, the index read, the line, then what its (pure) `write` left, whose rows name the
    line by its index since its id is not known yet."""
    line = plan.line
    plan.rows, plan.tail, plan.opinions, plan.cards = [], [], [], set()  # a retry starts afresh
    with transaction.atomic():
        statements = [lease.release_statement(story.pk, token, **changes), _last_index_statement(story.pk)]
        if expected:
            line.index = plan.index
            plan.write(plan.index)
            statements.append(sql.insert_statement([line], returning=True))
            the_line = ('(SELECT id FROM stories_turn WHERE story_id = %s AND "index" = %s)', [story.pk, plan.index])
            rows, rest = _rest(plan, made, refer={"turn_id": the_line})
            statements += rest
        try:
            released, last, *results = sql.batch(statements)
        except IntegrityError:
            if expected:
                raise _IndexTaken() from None
            raise
        if released.rowcount != 1:
            raise LeaseLost()
        index = last.rows[0][0] + 1 if last.rows else 0
        if expected:
            if index != plan.index:
                raise _IndexTaken()
            sql.saved([line], [results[0].rows[0][0]])
            results = results[1:]
        else:
            if line is not None:
                line.index = index
                sql.insert([line], returning=True)
            plan.write(index)
            if made and plan.adds_turn and index != plan.index:
                # A marker landed while the model was thinking: file the calls under the turn
                # they actually produced.
                for call in made:
                    if call.turn_index == plan.index:
                        call.turn_index = index
            rows, rest = _rest(plan, made)
            results = sql.batch(rest)
        if line is not None:
            plan.turns = [line]
        for objs in rows:
            sql.saved(objs)
        results = iter(results[len(rows):])
        for statement, then in plan.tail:
            result = next(results) if statement else None
            if then is not None:
                then(result)
    return index


def _rest(plan: Plan, made, refer: dict | None = None) -> tuple[list[list[Model]], list[sql.Statement]]:
    """What `write` left (and the model calls) as statements: the row lists to insert, then the tail's."""
    rows = [objs for objs in [*plan.rows, made] if objs]
    return rows, ([sql.insert_statement(objs, refer=refer) for objs in rows]
                  + [statement for statement, _ in plan.tail if statement])


def step_once(story_id: int) -> str:
    """The owner's "step one turn": runs now, even while the story is paused."""
    return advance_story(story_id, force=True, statuses=(*Story.ACTIVE_STATUSES, Story.Status.PAUSED))


def regenerate_last(story_id: int) -> str:
    """Write the last turn again; the old text is kept as an alternative."""
    from stories.engine.scene_play import regenerate

    token = lease.new_token()
    story = lease.claim(story_id, token, require_due=False,
                        statuses=(*Story.ACTIVE_STATUSES, Story.Status.PAUSED, Story.Status.FINISHED))
    if story is None:
        return "busy"
    try:
        turn = story.turns.select_related("character", "scene").order_by("-index").first()
        if turn is None or turn.kind not in regenerate.KINDS:
            lease.release(story_id, token)
            return "idle"
        write = regenerate(story, turn)
        with transaction.atomic():
            if lease.release(story_id, token) != 1:
                raise LeaseLost()
            write()
    except ProviderError as exc:
        lease.release(story_id, token)
        broadcast.status_changed(story_id)
        log.warning("story %s: regeneration failed: %s", story_id, exc.message)
        return "failed"
    except LeaseLost:
        return "lost"
    except BaseException:
        lease.release(story_id, token)
        raise
    transaction.on_commit(lambda: broadcast.turn_replaced(story_id, turn.pk))
    return "regenerated"


MAX_CRASHES = 5


def _record_crash(story_id: int, token: str, exc: BaseException) -> None:
    """Give the lease back; a story whose step keeps crashing stops instead of looping forever."""
    try:
        lease.release(story_id, token, failures=F("failures") + 1)
        crashes = Story.objects.filter(pk=story_id).values_list("failures", flat=True).first() or 0
        if crashes >= MAX_CRASHES:
            message = f"The step failed {crashes} times in a row ({type(exc).__name__}: {exc})."
            Story.objects.filter(pk=story_id, status__in=Story.ACTIVE_STATUSES).update(
                status=Story.Status.FAILED, status_message=message[:2000], next_step_at=None)
            broadcast.status_changed(story_id)
    except Exception:  # the database itself may be what failed; the lease then expires on its own
        log.exception("story %s: could not record a crashed step", story_id)


def pause_for_model(story_id: int, token: str, message: str) -> None:
    """The model failed for good (the provider's retries are spent): pause, say why, wait for the owner."""
    log.warning("story %s paused, model failed: %s", story_id, message)
    note = f"The model failed: {message[:1500]} The story is paused; the owner can press Resume to try again."
    lease.release(story_id, token, status=Story.Status.PAUSED, status_message=note, next_step_at=None)
    broadcast.status_changed(story_id)
