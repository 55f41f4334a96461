"""The audience's turn: plot polls that open at a scene end and close into a directive."""

from datetime import timedelta

from django.db import IntegrityError
from django.utils import timezone

from moviesim.llm.schemas import PlotOptions
from stories.engine import transcript
from stories.engine.calls import ask
from stories.engine.plan import Plan
from stories.engine.stage import Stage
from stories.models import Poll, Turn


class PollOpening(Plan):
    def __init__(self, stage: Stage, options: list[str], closes_at):
        super().__init__(stage.next_index, {"next_step_at": closes_at, "poll_requested": False}, panels={"poll"})
        self.story, self.scene, self.options, self.closes_at = stage.story, stage.scene, options, closes_at

    def write(self, index: int) -> list[Turn]:
        Poll.objects.create(story=self.story, scene=self.scene, options=self.options, closes_at=self.closes_at)
        return []


def open_poll(stage: Stage) -> PollOpening:
    """The Director offers options and a vote opens; the story waits until it closes."""
    story, scene = stage.story, stage.scene
    recent = story.turns.for_display().recent(8)
    coming = stage.to_come[0] if stage.to_come else None
    ctx = {"genre": story.genre, "seed_text": story.seed, "cast": [c.name for c in stage.cast if c.active],
           "scene": transcript.scene_dict(scene), "recent": transcript.recent_lines(recent),
           "next_beat": coming.beat if coming else "", "next_place": coming.place if coming else "",
           "turn_index": stage.next_index}
    out = ask(story, "director_options", PlotOptions, turn_index=stage.next_index, context=ctx,
              prompt={**ctx, "story": transcript.story_bible(story), "scene": scene})
    options = [o.strip()[:200] for o in out.options if o.strip()][:4]
    return PollOpening(stage, options, timezone.now() + timedelta(seconds=max(story.vote_seconds, 5)))


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


class PollClosing(Plan):
    """The vote's outcome: "The audience chose: …" in the transcript, and the Director's directive."""

    def __init__(self, stage: Stage, poll: Poll):
        self.winner_index, self.outcome = decide(poll)
        self.winner = poll.options[self.winner_index] if self.winner_index is not None else ""
        super().__init__(stage.next_index, {"directive": self.winner, "next_step_at": timezone.now()},
                         panels={"poll"})
        self.story, self.scene, self.poll = stage.story, stage.scene, poll

    def write(self, index: int) -> list[Turn]:
        closed = Poll.objects.filter(pk=self.poll.pk, status=Poll.Status.OPEN).update(
            status=Poll.Status.CLOSED, closed_at=timezone.now(),
            winner_index=self.winner_index, outcome=self.outcome[:200])
        if not closed:
            raise IntegrityError("poll already closed")
        content = f"The audience chose: {self.winner}" if self.winner else self.outcome
        return [Turn.objects.create(story=self.story, scene=self.scene, index=index, kind=Turn.Kind.CHOICE,
                                    content=content)]


def close_poll(stage: Stage) -> PollClosing:
    return PollClosing(stage, stage.open_poll)
