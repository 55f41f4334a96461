"""The audience's turn: plot polls that open at a scene end and close into a directive."""

from datetime import timedelta

from django.utils import timezone

from stories import broadcast
from stories.engine import transcript
from stories.engine.calls import ask
from stories.engine.schemas import PlotOptions
from stories.models import Poll, Scene, Story, Turn


def _plan(*args, **kwargs):
    from stories.engine.step import Plan

    return Plan(*args, **kwargs)


def open_poll(story: Story, scene: Scene, index: int):
    """The Director offers options and a vote opens; the story waits until it closes."""
    recent = list(story.turns.select_related("character", "scene").order_by("-index")[:8])[::-1]
    cast = list(story.characters.filter(active=True).values_list("name", flat=True))
    ctx = {"genre": story.genre, "cast": cast, "scene": transcript.scene_dict(scene),
           "recent": transcript.recent_lines(recent), "beat": transcript.current_beat(story)}
    out = ask(story, "director_options", PlotOptions, turn_index=index, context=ctx,
              prompt={**ctx, "story": transcript.story_bible(story), "scene": scene})
    options = [o.strip()[:200] for o in out.options if o.strip()][:4]
    closes_at = timezone.now() + timedelta(seconds=max(story.vote_seconds, 5))

    def write(_index: int) -> None:
        Poll.objects.create(story=story, scene=scene, options=options, closes_at=closes_at)

    return _plan(index, write, {"next_step_at": closes_at, "poll_requested": False}, adds_turn=False,
                 after=lambda: broadcast.poll_changed(story.pk))


def decide(poll: Poll) -> tuple[int | None, str]:
    """The winner and how it was decided. Ties go to the option listed first; no votes, the Director's call."""
    tally = poll.tally()
    if not any(tally):
        return None, "No votes: the Director chose."
    best = max(tally)
    winners = [i for i, n in enumerate(tally) if n == best]
    if len(winners) > 1:
        return winners[0], f"A tie at {best} votes: {Poll.TIE_RULE.lower()}"
    return winners[0], f"{best} of {sum(tally)} votes."


def close_poll(story: Story, poll: Poll, index: int, *, skipped: bool = False):
    """Tally the vote and write "The audience chose: …" into the transcript."""
    if skipped:
        winner_index, outcome = None, "The owner skipped the vote: the Director chose."
    else:
        winner_index, outcome = decide(poll)
    winner = poll.options[winner_index] if winner_index is not None else ""

    def write(index: int) -> None:
        closed = Poll.objects.filter(pk=poll.pk, status=Poll.Status.OPEN).update(
            status=Poll.Status.SKIPPED if skipped else Poll.Status.CLOSED, closed_at=timezone.now(),
            winner_index=winner_index, outcome=outcome[:200])
        if not closed:
            from django.db import IntegrityError

            raise IntegrityError("poll already closed")
        content = f"The audience chose: {winner}" if winner else outcome
        Turn.objects.create(story=story, scene=story.scenes.order_by("-index").first(), index=index,
                            kind=Turn.Kind.CHOICE, content=content)

    changes = {"directive": winner, "next_step_at": timezone.now()}
    return _plan(index, write, changes, after=lambda: broadcast.poll_changed(story.pk))
