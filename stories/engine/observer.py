"""The Observer: every few turns it scores the story; a sagging story gets the Director."""

from django.db.models import Count, Max

from moviesim.llm.schemas import ObserverReport as Report
from stories.engine import decide, transcript
from stories.engine.calls import ask
from stories.engine.stage import Stage
from stories.models import ObserverReport, Turn


def observe(stage: Stage) -> ObserverReport | None:
    """The Observer's report when one is due (unsaved: it is written with the step's turn).

    The story in `stage` takes the reading at once (its tension, and the intervention it
    calls for), so the rest of the step decides with it."""
    if not decide.observer_due(stage):
        return None
    story, index = stage.story, stage.next_index
    recent = story.turns.for_display().recent(10)
    history = list(story.observer_reports.order_by("-after_turn").values_list("tension", flat=True)[:8])[::-1]
    counts = [{"name": row["character__name"], "count": row["n"]}
              for row in story.turns.filter(kind=Turn.Kind.DIALOGUE).order_by().values("character__name")
              .annotate(n=Count("id")).order_by("character__name")]
    last_event = story.turns.filter(kind__in=decide.EVENT_KINDS).aggregate(last=Max("index"))["last"] or 0
    ctx = {"recent": transcript.recent_lines(recent), "turn_index": index,
           "tension_history": [round(t, 2) for t in history], "speaker_counts": counts,
           "turns_since_event": index - last_event}
    out = ask(story, "observer", Report, turn_index=index, context=ctx,
              prompt={**ctx, "story": transcript.story_bible(story)})
    reason = decide.intervention_reason(asked=out.intervention_needed, problems=out.problems, tension=out.tension,
                                        earlier=history, turns_since_event=index - last_event)
    story.tension = out.tension
    if reason:
        story.pending_intervention = reason
    return ObserverReport(
        story=story, after_turn=index, tension=out.tension, consistency=out.character_consistency,
        progression=out.plot_progression, engagement=out.engagement, problems=out.problems,
        recommendations=out.recommendations, intervention_needed=bool(reason))
