"""Render a room fragment once per event and send it to the whole group.

Fragments carry no viewer-specific state (no CSRF token, no staff controls), so one
rendering serves everyone in the room.
"""

import asyncio
import logging
import time

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from stories import panels
from stories.dashboard import MARKER_KINDS
from stories.engine import StepResult
from stories.layers import RoomChannelLayer
from stories.models import Story, Turn
from stories.runner import runner

log = logging.getLogger(__name__)

# The room's panels, by the name the fragment template knows them by.
PANELS = frozenset({"scene", "cast", "dashboard", "header", "narrative"})


def group_name(story_id: int) -> str:
    return f"story-{story_id}"


def send(story_id: int, event_type: str, html: str) -> None:
    layer = get_channel_layer()
    message = {"type": event_type, "html": html}
    if runner.started and not runner.on_loop_thread():
        # Embedded mode: the in-memory layer belongs to the server loop; send from there.
        future = asyncio.run_coroutine_threadsafe(layer.group_send(group_name(story_id), message), runner.loop)
        future.add_done_callback(_log_failure)
        return
    try:
        # Distributed mode: the Redis layer publishes from this thread (stories/layers.py).
        if not (isinstance(layer, RoomChannelLayer) and layer.group_send_now(group_name(story_id), message)):
            async_to_sync(layer.group_send)(group_name(story_id), message)
    except Exception:  # a dropped broadcast is caught up by the page on reconnect
        log.exception("broadcast to story %s failed", story_id)


def _log_failure(future) -> None:
    if future.exception() is not None:
        log.error("broadcast failed: %s", future.exception())


def _now_ms() -> int:
    return int(timezone.now().timestamp() * 1000)


# --- What a step did ------------------------------------------------------------------------------

def step_result(story_id: int, result: StepResult) -> None:
    """Show the room what one step did: its turns with the panels they change, a rewritten
    turn, the vote, the suggestions, the story's status."""
    if result.turns:
        send(story_id, "story.turn_added", render_new_turns(result.story, result.turns, result.panels,
                                                             result.opinions, result.cards))
    elif "status" in result.panels:
        status_changed(story_id)
    for turn_id in result.replaced:
        turn_replaced(story_id, turn_id)
    if "poll" in result.panels:
        poll_changed(story_id)
    if "suggestions" in result.panels:
        suggestions_changed(story_id)


class LineStream:
    """Sends the spoken line to the room as it forms: the first words at once, then at most a
    few updates a second. The engine calls it with the speaker's cue and the line so far."""

    def __init__(self, story_id: int):
        self.story_id = story_id
        self.last_sent = 0.0

    def __call__(self, cue: str, text: str) -> None:
        now = time.monotonic()
        if self.last_sent and now - self.last_sent < settings.MOVIESIM_STREAM_INTERVAL:
            return
        self.last_sent = now
        typing(self.story_id, cue, text)


# --- Fragments ------------------------------------------------------------------------------------

def render_turns(story: Story, after: int, since=None) -> str:
    """Every turn after `after`, plus every panel, as out-of-band swaps (the page's catch-up).

    With `since` (a catch-up after a reconnect), older turns edited since then come too,
    replacing their stale copies by element id.
    """
    turns = list(story.turns.filter(index__gt=after).for_display().order_by("index")[:200])
    changed = []
    if since is not None:
        changed = list(story.turns.filter(index__lte=after, updated_at__gt=since).for_display().order_by("index")[:200])
    context = {"story": story, "turns": turns, "changed": changed, "catch_up": since is not None,
               "panels": PANELS, "server_now": _now_ms(), **panels.room_panels(story)}
    if since is not None:
        context.update(panels.suggestions_panel(story))
    return render_to_string("stories/partials/turns_oob.html", context)


def render_new_turns(story: Story, turns: list[Turn], changed=frozenset(), opinions=(), cards=frozenset()) -> str:
    """The live fragment for new turns: the turns, the status line, and only the panels they change.

    The step says which panels it changed (`changed`); the turns' kinds add the rest (a new
    scene changes the scene and cast panels, an ending all of them). Relationship meters the
    turn moved (`opinions`: character, other, value) are swapped one by one, and a character
    whose card changed (a secret revealed, a new relationship: `cards`, character ids) has
    that card swapped, not the whole cast. Everything else on the page is left as it is, so a
    turn costs the same at turn 300 as at turn 3.
    """
    shown = (set(changed) | panels_changed_by(turns)) & PANELS
    cards = set() if "cast" in shown else set(cards) | cards_changed_by(turns)
    context = {"story": story, "turns": turns, "changed": [], "panels": shown, "opinions": opinions,
               "server_now": _now_ms(), "cards": [], "turn_count": turns[-1].index + 1}
    if shown & {"scene", "cast"}:
        context.update(panels.scene_and_cast(story))
    elif cards:
        cast = panels.scene_and_cast(story, only=sorted(cards))
        context.update(present_ids=cast["present_ids"], cards=cast["characters"])
    if "dashboard" in shown:
        context.update(panels.dashboard_panel(story))
    return render_to_string("stories/partials/turns_oob.html", context)


def panels_changed_by(turns) -> set[str]:
    changed = set()
    for turn in turns:
        if turn.kind == Turn.Kind.SCENE:
            changed |= {"scene", "cast", "header"}
        elif turn.kind == Turn.Kind.ENDING:
            changed |= PANELS
        elif turn.kind in MARKER_KINDS:
            changed.add("dashboard")
    return changed


def cards_changed_by(turns) -> set[int]:
    """Characters whose card the turns changed: whoever revealed a secret."""
    return {turn.character_id for turn in turns if turn.revealed_secret and turn.character_id}


def turns_added(story_id: int, from_index: int) -> None:
    """Turns people added (edit markers), from `from_index` on, to everyone in the room."""
    story = Story.objects.get(pk=story_id)
    turns = list(story.turns.filter(index__gte=from_index).for_display().order_by("index")[:200])
    if turns:
        send(story_id, "story.turn_added", render_new_turns(story, turns))


def status_changed(story_id: int) -> None:
    story = Story.objects.select_related("owner").get(pk=story_id)
    html = render_to_string("stories/partials/status_oob.html", {"story": story, **panels.room_panels(story)})
    send(story_id, "story.status_changed", html)


def poll_changed(story_id: int) -> None:
    story = Story.objects.get(pk=story_id)
    html = render_to_string("stories/partials/poll_oob.html", {"story": story, **panels.poll_panel(story)})
    send(story_id, "story.poll_changed", html)


def suggestions_changed(story_id: int) -> None:
    story = Story.objects.get(pk=story_id)
    html = render_to_string("stories/partials/suggestions.html", {"story": story, "oob": True,
                                                                   **panels.suggestions_panel(story)})
    send(story_id, "story.suggestions_changed", html)


def cast_changed(story_id: int) -> None:
    story = Story.objects.get(pk=story_id)
    html = render_to_string("stories/partials/cast.html", {"story": story, "oob": True, **panels.room_panels(story)})
    send(story_id, "story.cast_changed", html)


def turn_replaced(story_id: int, turn_id: int) -> None:
    """An edited or regenerated turn: swapped in place by its element id."""
    turn = Turn.objects.for_display().get(pk=turn_id, story_id=story_id)
    html = render_to_string("stories/partials/turn.html", {"turn": turn, "oob": True})
    send(story_id, "story.turn_replaced", html)


def presence_changed(story_id: int, presence: dict) -> None:
    html = render_to_string("stories/partials/presence.html", {"oob": True, **presence})
    send(story_id, "story.presence_changed", html)


def access_changed(story_id: int) -> None:
    """Ask every open socket in the room to check its access again (and leave if it lost it)."""
    send(story_id, "story.access_changed", "")


def typing(story_id: int, cue: str, text: str) -> None:
    """The spoken line as it forms. Only the line: never a thought, a secret or any other field."""
    html = render_to_string("stories/partials/typing.html", {"oob": True, "cue": cue, "text": text})
    send(story_id, "story.typing", html)


def outline_changed(story_id: int) -> None:
    """The outline as everyone may see it (never a scene to come or the ending before the end).
    Staff pages see the new panel arrive and re-read their own view of the plan (static/js/room.js)."""
    story = Story.objects.get(pk=story_id)
    html = render_to_string("stories/partials/outline.html", {"story": story, "oob": True,
                                                               **panels.outline_panel(story)})
    send(story_id, "story.outline_changed", html)
