"""Fork a story at any turn into a new room, with the cast and memories as they were then."""

import hashlib

from django.db import transaction

from characters.models import Character, CharacterRevision, Memory, Relationship
from stories.models import ObserverReport, PlannedScene, Scene, Story, Turn

SHEET_FIELDS = ("name", "role", "background", "personality_traits", "secrets", "primary_motivation",
                "secondary_goals", "fears", "speaking_style", "talkativeness", "active", "joined_at")


def _sheet_at(character: Character, index: int) -> dict:
    """The character's sheet as it was at turn `index`: later revisions rolled back."""
    sheet = {f: getattr(character, f) for f in SHEET_FIELDS}
    for revision in character.revisions.filter(at_turn__gt=index).order_by("-created_at", "-id"):
        for field, change in revision.changes.items():
            if field in sheet and isinstance(change, list) and len(change) == 2:
                sheet[field] = change[0]
    return sheet


def fork_story(story: Story, at_index: int) -> Story:
    """A new paused room for the owner holding turns 0..at_index; resume it to take another road."""
    cutoff = story.turns.get(index=at_index)
    seed = int.from_bytes(hashlib.sha256(f"{story.random_seed}:fork:{at_index}".encode()).digest()[:7], "big")
    with transaction.atomic():
        fork = Story.objects.create(
            owner=story.owner, seed=story.seed, title=f"{story.display_title} (fork at turn {at_index})"[:200],
            logline=story.logline, genre=story.genre, setting=story.setting, themes=story.themes, tone=story.tone,
            question=story.question, truth=story.truth, status=Story.Status.PAUSED,
            status_message=f"Forked from “{story.display_title}” at turn {at_index}. Resume to take another road.",
            visibility=story.visibility, max_turns=max(story.max_turns, at_index + 3),
            pacing_seconds=story.pacing_seconds, observer_every=story.observer_every, provider=story.provider,
            random_seed=seed, vote_seconds=story.vote_seconds, token_budget=story.token_budget,
            parent=story, forked_at_turn=at_index,
            tension=(story.observer_reports.filter(after_turn__lte=at_index).order_by("-after_turn")
                     .values_list("tension", flat=True).first() or 0.5),
        )
        revealed = set(story.turns.filter(index__lte=at_index).exclude(revealed_secret="")
                       .values_list("revealed_secret", flat=True))
        characters: dict[int, Character] = {}
        for old in story.characters.filter(created_at__lte=cutoff.created_at):
            sheet = _sheet_at(old, at_index)
            characters[old.pk] = Character.objects.create(
                story=fork, talkativeness=sheet.pop("talkativeness"),
                revealed_secrets=[s for s in old.revealed_secrets if s in revealed], **sheet)
        Relationship.objects.bulk_create([
            Relationship(character=characters[r.character_id], other=characters[r.other_id], kind=r.kind,
                         description=r.description, opinion=r.opinion)
            for r in Relationship.objects.filter(character__in=list(characters), other__in=list(characters))
        ])
        scenes: dict[int, Scene] = {}
        old_scenes = list(story.scenes.filter(first_turn__lte=at_index).order_by("index"))
        for i, old in enumerate(old_scenes):
            new = Scene.objects.create(
                story=fork, index=old.index, location=old.location, time_of_day=old.time_of_day, mood=old.mood,
                description=old.description, objectives=old.objectives, plot_options=old.plot_options,
                directive=old.directive, summary=old.summary if i < len(old_scenes) - 1 else "",
                first_turn=old.first_turn, complete=i < len(old_scenes) - 1, budget=old.budget)
            new.present.set([characters[c.pk] for c in old.present.all() if c.pk in characters])
            scenes[old.pk] = new
        turns: dict[int, Turn] = {}
        for old in story.turns.filter(index__lte=at_index).order_by("index"):
            turns[old.pk] = Turn.objects.create(
                story=fork, scene=scenes.get(old.scene_id), index=old.index, kind=old.kind,
                character=characters.get(old.character_id), content=old.content, action=old.action,
                emotion=old.emotion, emotion_intensity=old.emotion_intensity, thought=old.thought,
                revealed_secret=old.revealed_secret, revealed_index=old.revealed_index, revealed_to=old.revealed_to,
                addressee=characters.get(old.addressee_id), change=old.change, leaves=old.leaves, edited=old.edited)
        for old in story.outline.prefetch_related("present").order_by("index"):
            planned = PlannedScene.objects.create(
                story=fork, index=old.index, beat=old.beat, place=old.place, time_of_day=old.time_of_day,
                must_change=old.must_change, secret_holder=characters.get(old.secret_holder_id),
                secret_index=old.secret_index, climax=old.climax, skipped=old.skipped,
                scene=scenes.get(old.scene_id))
            planned.present.set([characters[c.pk] for c in old.present.all() if c.pk in characters])
        Memory.objects.bulk_create([
            Memory(character=characters[m.character_id], turn=turns.get(m.turn_id), turn_index=m.turn_index,
                   kind=m.kind, content=m.content, importance=m.importance)
            for m in Memory.objects.filter(character__in=list(characters), turn_index__lte=at_index)
        ])
        ObserverReport.objects.bulk_create([
            ObserverReport(story=fork, after_turn=r.after_turn, tension=r.tension, consistency=r.consistency,
                           progression=r.progression, engagement=r.engagement, problems=r.problems,
                           recommendations=r.recommendations, intervention_needed=r.intervention_needed)
            for r in story.observer_reports.filter(after_turn__lte=at_index)
        ])
        CharacterRevision.objects.bulk_create([
            CharacterRevision(character=characters[r.character_id], kind=r.kind, editor=r.editor, at_turn=r.at_turn,
                              version=r.version, changes=r.changes)
            for r in CharacterRevision.objects.filter(character__in=list(characters), at_turn__lte=at_index)
        ])
    return fork
