"""What the room shows: the shared panels, computed once per event for everyone."""

from django.db.models import Count, Q

from characters.models import Relationship
from stories.dashboard import dashboard_panel
from stories.engine import sql
from stories.engine.scene_play import cast_from, cast_statement, latest_scene
from stories.models import Poll, Scene, Story, Suggestion


def room_panels(story: Story) -> dict:
    return {
        **scene_and_cast(story),
        "turn_count": turn_count(story),
        "offline": story.provider == "offline",
        **poll_panel(story),
        **dashboard_panel(story),
    }


def scene_and_cast(story: Story, only=None) -> dict:
    """The current scene and every character, each with its relationships as `relations` (in
    one round trip: the panels are re-sent with every new scene and the cards with every
    relationship or secret that appears, so they are read as the engine reads its hot rows,
    `stories/engine/sql.py`). With `only` (character ids), only those characters'
    relationships are read: their cards alone are re-sent."""
    which = f" AND r.character_id IN ({sql.marks(only)})" if only is not None else ""
    scene_rows, cast_rows, relationship_rows = sql.batch([
        (latest_scene(sql.columns(Scene)), [story.pk]),
        cast_statement(story.pk, f"({latest_scene('id')})", [story.pk]),
        (f"SELECT {sql.columns(Relationship, 'r')} FROM characters_relationship r"
         f" JOIN characters_character c ON c.id = r.character_id WHERE c.story_id = %s{which} ORDER BY r.id",
         [story.pk, *(only or ())]),
    ])
    scene = next(iter(sql.models(Scene, scene_rows)), None)
    by_id = cast_from(cast_rows)
    for character in by_id.values():
        character.relations = []
    for relationship in sql.models(Relationship, relationship_rows):
        if relationship.other_id in by_id:  # always, in one story
            relationship.other = by_id[relationship.other_id]
            by_id[relationship.character_id].relations.append(relationship)
    return {
        "scene": scene,
        "present_ids": {pk for pk, c in by_id.items() if c.in_scene},
        "characters": list(by_id.values()),
    }


def turn_count(story: Story) -> int:
    last = story.turns.order_by("-index").values_list("index", flat=True).first()
    return 0 if last is None else last + 1


def poll_panel(story: Story) -> dict:
    poll = story.polls.filter(status=Poll.Status.OPEN).first() or story.polls.order_by("-opened_at").first()
    if poll is None:
        return {"poll": None}
    tally = poll.tally()
    total = sum(tally)
    rows = [{"index": i, "text": text, "votes": tally[i], "share": round(100 * tally[i] / total) if total else 0,
             "winner": poll.winner_index == i} for i, text in enumerate(poll.options)]
    return {"poll": poll, "poll_rows": rows, "poll_total": total,
            "poll_closes_ms": int(poll.closes_at.timestamp() * 1000)}


def suggestions_panel(story: Story) -> dict:
    suggestions = (
        story.suggestions.filter(status__in=[Suggestion.Status.OPEN, Suggestion.Status.ACCEPTED])
        .select_related("author").annotate(score=Count("upvotes")).order_by("-score", "created_at")[:30]
    )
    woven = story.suggestions.filter(status=Suggestion.Status.USED).select_related("author").order_by("-decided_at")[:5]
    return {"suggestions": list(suggestions), "woven": list(woven)}


def open_suggestions_count(story: Story) -> int:
    return story.suggestions.filter(Q(status=Suggestion.Status.OPEN)).count()


def secret_ledger(story: Story) -> list[dict]:
    """Who knows which secret since which turn (for the owner and editors)."""
    reveals: dict[tuple[int, str], list[dict]] = {}
    for turn in story.turns.exclude(revealed_secret="").order_by("index"):
        to = ["everyone present"] if "everyone" in {n.lower() for n in turn.revealed_to} else turn.revealed_to
        reveals.setdefault((turn.character_id, turn.revealed_secret), []).append({"turn": turn.index, "to": to})
    return [
        {"name": c.name, "secrets": [{"text": s, "known": reveals.get((c.pk, s), [])} for s in c.secrets]}
        for c in story.characters.all() if c.secrets
    ]
