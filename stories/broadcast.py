"""Render a room fragment once per event and send it to the whole group.

Fragments carry no viewer-specific state (no CSRF token, no staff controls), so
one rendering serves everyone in the room.
"""

import asyncio
import logging

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.template.loader import render_to_string

from stories.layers import RoomChannelLayer
from stories.models import Story

log = logging.getLogger(__name__)


def group_name(story_id: int) -> str:
    return f"story-{story_id}"


def send(story_id: int, event_type: str, html: str) -> None:
    layer = get_channel_layer()
    message = {"type": event_type, "html": html}
    from stories.runner import runner

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


TURN_RELATED = ("character", "scene", "suggestion__author")
# The room's panels, by the name the fragment template knows them by.
PANELS = frozenset({"scene", "cast", "dashboard", "header", "narrative"})


def render_turns(story: Story, after: int, since=None) -> str:
    """Every turn after `after`, plus every panel, as out-of-band swaps (the page's catch-up).

    With `since` (a catch-up after a reconnect), older turns edited since then come too,
    replacing their stale copies by element id.
    """
    from stories.room import room_panels, suggestions_panel

    turns = list(story.turns.filter(index__gt=after).select_related(*TURN_RELATED).order_by("index")[:200])
    changed = []
    if since is not None:
        changed = list(story.turns.filter(index__lte=after, updated_at__gt=since).select_related(*TURN_RELATED)
                       .order_by("index")[:200])
    context = {"story": story, "turns": turns, "changed": changed, "catch_up": since is not None,
               "panels": PANELS, "server_now": _now_ms(), **room_panels(story)}
    if since is not None:
        context.update(suggestions_panel(story))
    return render_to_string("stories/partials/turns_oob.html", context)


def render_new_turns(story: Story, from_index: int, panels=frozenset(), opinions=(), turns=None,
                     cards=frozenset()) -> str:
    """The live fragment for new turns: the turns, the status line, and only the panels they change.

    The step says which panels it changed (`panels`); the turns' kinds add the rest (a new
    scene changes the scene and cast panels, an ending all of them). Relationship meters the
    turn moved (`opinions`: character, other, value) are swapped one by one, and a character
    whose card changed (a secret revealed, a new relationship: `cards`, character ids) has
    that card swapped, not the whole cast. Everything else on the page is left as it is, so a
    turn costs the same at turn 300 as at turn 3. `turns` may be passed when the caller holds
    them, with their character and scene (the engine's commit of a line), saving the query.
    """
    from stories import room

    if turns is None:
        turns = list(story.turns.filter(index__gte=from_index).select_related(*TURN_RELATED).order_by("index")[:200])
    panels = (set(panels) | panels_changed_by(turns)) & PANELS
    cards = set() if "cast" in panels else set(cards) | cards_changed_by(turns)
    context = {"story": story, "turns": turns, "changed": [], "panels": panels, "opinions": opinions,
               "server_now": _now_ms(), "cards": [],
               "turn_count": turns[-1].index + 1 if turns else room.turn_count(story)}
    if panels & {"scene", "cast"}:
        context.update(room.scene_and_cast(story))
    elif cards:
        cast = room.scene_and_cast(story, only=sorted(cards))
        context.update(present_ids=cast["present_ids"], cards=[c for c in cast["characters"] if c.pk in cards])
    if "dashboard" in panels:
        context.update(room.dashboard_panel(story))
    return render_to_string("stories/partials/turns_oob.html", context)


def panels_changed_by(turns) -> set[str]:
    from stories.dashboard import MARKER_KINDS

    panels = set()
    for turn in turns:
        if turn.kind == turn.Kind.SCENE:
            panels |= {"scene", "cast", "header"}
        elif turn.kind == turn.Kind.ENDING:
            panels |= PANELS
        elif turn.kind in MARKER_KINDS:
            panels.add("dashboard")
    return panels


def cards_changed_by(turns) -> set[int]:
    """Characters whose card the turns changed: whoever revealed a secret."""
    return {turn.character_id for turn in turns if turn.revealed_secret and turn.character_id}


def _now_ms() -> int:
    from django.utils import timezone

    return int(timezone.now().timestamp() * 1000)


def turns_added(story_id: int, from_index: int, panels=frozenset(), story: Story | None = None,
                opinions=(), turns=None, cards=frozenset()) -> None:
    """New turns from `from_index` on, to everyone in the room. `story` (and `turns`) may be
    passed when the caller holds them up to date (the engine's commit), saving queries."""
    if story is None:
        story = Story.objects.get(pk=story_id)
    send(story_id, "story.turn_added", render_new_turns(story, from_index, panels, opinions, turns, cards))


def status_changed(story_id: int) -> None:
    from stories.room import room_panels

    story = Story.objects.select_related("owner").get(pk=story_id)
    html = render_to_string("stories/partials/status_oob.html", {"story": story, **room_panels(story)})
    send(story_id, "story.status_changed", html)


def poll_changed(story_id: int) -> None:
    from stories.room import poll_panel

    story = Story.objects.get(pk=story_id)
    html = render_to_string("stories/partials/poll_oob.html", {"story": story, **poll_panel(story)})
    send(story_id, "story.poll_changed", html)


def suggestions_changed(story_id: int) -> None:
    from stories.room import suggestions_panel

    story = Story.objects.get(pk=story_id)
    html = render_to_string("stories/partials/suggestions.html", {"story": story, "oob": True,
                                                                   **suggestions_panel(story)})
    send(story_id, "story.suggestions_changed", html)


def cast_changed(story_id: int) -> None:
    from stories.room import room_panels

    story = Story.objects.get(pk=story_id)
    html = render_to_string("stories/partials/cast.html", {"story": story, "oob": True, **room_panels(story)})
    send(story_id, "story.cast_changed", html)


def turn_replaced(story_id: int, turn_id: int) -> None:
    """An edited or regenerated turn: swapped in place by its element id."""
    story = Story.objects.get(pk=story_id)
    turn = story.turns.select_related("character", "scene", "suggestion__author").get(pk=turn_id)
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
