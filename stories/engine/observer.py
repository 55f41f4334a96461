"""The Observer: every few turns it reads the evidence of the last stretch (what changed, what
repeats, whether the scene's objective is met) and scores the story. The Director steps in
when that evidence says the scene is stalling, not because a score is low."""

from django.db.models import Count, Max

from moviesim.llm.schemas import ObserverReport as Report
from stories.engine import decide, transcript
from stories.engine.calls import ask
from stories.engine.director import who_knows
from stories.engine.stage import Stage
from stories.models import ObserverReport, Turn

LOOK_BACK = 10


def observe(stage: Stage) -> ObserverReport | None:
    """The Observer's report when one is due (unsaved: it is written with the step's turn).

    The story in `stage` takes the reading at once (its tension, and the intervention the
    evidence calls for), so the rest of the step decides with it."""
    if not decide.observer_due(stage):
        return None
    story, index = stage.story, stage.next_index
    recent = stage.with_cast(story.turns.select_related("scene").recent(LOOK_BACK))
    history = list(story.observer_reports.order_by("-after_turn").values_list("tension", flat=True)[:8])[::-1]
    names = {c.pk: c.name for c in stage.cast}
    spoken = (story.turns.filter(kind=Turn.Kind.DIALOGUE).order_by().values_list("character_id")
              .annotate(n=Count("id")))
    counts = sorted(({"name": names.get(who), "count": n} for who, n in spoken),
                    key=lambda row: (row["name"] is None, row["name"] or ""))
    last_event = story.turns.filter(kind__in=decide.EVENT_KINDS).aggregate(last=Max("index"))["last"] or 0
    plan = stage.plan
    ctx = {"recent": transcript.recent_lines(recent), "turn_index": index, "seed_text": story.seed,
           "tension_history": [round(t, 2) for t in history], "speaker_counts": counts,
           "turns_since_event": index - last_event, "must_change": plan.must_change if plan else "",
           "scene": transcript.scene_dict(stage.scene), "turns_in_scene": stage.turns_in_scene,
           "budget": stage.scene.budget, "who_knows": who_knows(stage.reveals)}
    out = ask(story, "observer", Report, turn_index=index, context=ctx,
              prompt={**ctx, "story": transcript.story_bible(story), "question": story.question})
    reason = decide.intervention_reason(stalling=out.stalling, objective_met=out.objective_met,
                                        changes=out.changes, repeated=out.repeated, problems=out.problems)
    story.tension = out.tension
    if reason:
        story.pending_intervention = reason
    return ObserverReport(
        story=story, after_turn=index, tension=out.tension, consistency=out.character_consistency,
        progression=out.plot_progression, engagement=out.engagement, problems=out.problems,
        recommendations=out.recommendations, intervention_needed=bool(reason),
        evidence={"changes": out.changes, "repeated": out.repeated, "objective_met": out.objective_met,
                  "stalling": out.stalling})
