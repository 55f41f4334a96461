"""What the room shows: the shared panels, computed once per event for everyone."""

from django.db.models import Count, Prefetch, Q

from characters.models import Relationship
from stories.dashboard import dashboard_panel
from stories.models import Poll, Story, Suggestion


def room_panels(story: Story) -> dict:
    return {
        **scene_and_cast(story),
        "turn_count": turn_count(story),
        "offline": story.provider == "offline",
        **poll_panel(story),
        **dashboard_panel(story),
    }


def scene_and_cast(story: Story, only=None) -> dict:
    """The current scene and the cast, each character with its relationships as `relations`.
    With `only` (character ids), just those characters: their cards alone are re-sent."""
    scene = story.scenes.order_by("-index").first()
    relations = Prefetch("relationships", Relationship.objects.select_related("other").order_by("id"),
                         to_attr="relations")
    characters = story.characters.order_by("id").prefetch_related(relations)
    if only is not None:
        characters = characters.filter(pk__in=only)
    return {
        "scene": scene,
        "present_ids": set(scene.present.values_list("pk", flat=True)) if scene else set(),
        "characters": list(characters),
    }


def turn_count(story: Story) -> int:
    return story.turns.next_index()


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


def outline_panel(story: Story) -> dict:
    """The outline as everyone may see it: the question, and the scenes played and now playing.
    Scenes to come and the ending (`truth`) stay out until the story is finished: this is what
    goes into the room's broadcast fragment. The template applies the same rule, so the room
    page (which renders it from `story.outline`) cannot show more either."""
    finished = story.status == Story.Status.FINISHED
    scenes = [p for p in story.outline.order_by("index") if finished or p.played]
    return {"outline_scenes": scenes, "scene": story.scenes.order_by("-index").first()}


def outline_plan(story: Story) -> dict:
    """The whole outline with everything the owner and editors see: who is there, what must
    change, whose secret surfaces (its text from the holder's sheet). Never broadcast."""
    scenes = list(story.outline.select_related("secret_holder", "scene").prefetch_related("present")
                  .order_by("index"))
    climax_played = any(p.climax and p.played for p in scenes)
    return {"plan_scenes": scenes, "scene": story.scenes.order_by("-index").first(),
            "ending_editable": ending_editable(story, climax_played)}


def ending_editable(story: Story, climax_played: bool | None = None) -> bool:
    """The question and the ending may be rewritten until the climax is staged."""
    if climax_played is None:
        climax_played = story.outline.filter(climax=True, scene__isnull=False).exists()
    return story.status != Story.Status.FINISHED and not climax_played
