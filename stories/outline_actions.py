"""Rewriting the plot mid-story: a scene not yet played, or the question and the ending.

Each edit is checked against the version the editor read (a stale one is refused, not
silently overwritten), kept as an `OutlineRevision`, marked in the transcript without its
content (viewers never see scenes to come or the ending), and shown to the room. The
Director reads the outline at each next scene, so the edit is followed from then on.
"""

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from stories import broadcast
from stories.actions import add_marker
from stories.models import OutlineRevision, PlannedScene, Story
from stories.panels import ending_editable

SCENE_FIELDS = ("beat", "place", "time_of_day", "must_change", "secret_index")


class EditConflict(Exception):
    """Someone saved first; `current` is what they saved (a PlannedScene, or the Story)."""

    def __init__(self, current):
        super().__init__("conflict")
        self.current = current


class NotEditable(Exception):
    """The scene was played or skipped (or the climax staged): the message is for the editor."""


def scene_refusal(planned: PlannedScene) -> str:
    """Why this scene can't be rewritten any more ("" while it can)."""
    if planned.played:
        return "This scene has already been played: it can't be rewritten."
    if planned.skipped:
        return "This scene was skipped: the story has no room left for it."
    return ""


def ending_refusal(story: Story) -> str:
    """Why the question and the ending can't be rewritten any more ("" while they can)."""
    if story.status == Story.Status.FINISHED:
        return "The story is finished."
    if not ending_editable(story):
        return "The ending is already being played: it can't be rewritten now."
    return ""


def _names(characters) -> list[str]:
    return sorted(c.name for c in characters)


def _holder(character) -> str:
    return character.name if character is not None else ""


def edit_planned_scene(planned: PlannedScene, editor, plan: dict, present: list, version: int) -> PlannedScene:
    """Rewrite a scene to come if nobody saved it since `version` was read and it is not played.

    `plan` holds the fields of `SCENE_FIELDS` and `secret_holder` (a Character or None);
    `present` the characters in the scene. Nothing changed: nothing stored."""
    with transaction.atomic():
        # The story row first, as the engine locks it before staging a scene: no deadlock.
        story = Story.objects.select_for_update().get(pk=planned.story_id)
        before = PlannedScene.objects.select_for_update().get(pk=planned.pk)
        if refusal := scene_refusal(before):
            raise NotEditable(refusal)
        if before.version != version:
            raise EditConflict(before)
        old_present = list(before.present.all())
        changes = {f: [getattr(before, f), plan[f]] for f in SCENE_FIELDS if getattr(before, f) != plan[f]}
        if before.secret_holder_id != (plan["secret_holder"].pk if plan["secret_holder"] else None):
            changes["secret_holder"] = [_holder(before.secret_holder), _holder(plan["secret_holder"])]
        if {c.pk for c in old_present} != {c.pk for c in present}:
            changes["present"] = [_names(old_present), _names(present)]
        if not changes:
            return before
        # One conditional UPDATE: two editors saving at once cannot both win, and a scene the
        # engine staged meanwhile is not rewritten.
        updated = PlannedScene.objects.filter(pk=before.pk, version=version, scene__isnull=True,
                                              skipped=False).update(**plan, version=F("version") + 1)
        if not updated:
            raise EditConflict(PlannedScene.objects.get(pk=before.pk))
        after = PlannedScene.objects.get(pk=before.pk)
        after.present.set(present)
        OutlineRevision.objects.create(story=story, planned_scene=after, editor=editor,
                                       at_turn=story.turns.next_index(), changes=changes)
        add_marker(story, f"{editor.username} rewrote a scene to come.")
        transaction.on_commit(lambda: broadcast.outline_changed(story.pk))
    return after


def edit_ending(story: Story, editor, question: str, truth: str, version: int) -> Story:
    """Rewrite the story's question and its ending (what the climax reveals) until the climax is
    staged, if nobody saved them since `version` (`Story.outline_version`) was read."""
    with transaction.atomic():
        before = Story.objects.select_for_update().get(pk=story.pk)
        if refusal := ending_refusal(before):
            raise NotEditable(refusal)
        if before.outline_version != version:
            raise EditConflict(before)
        changes = {f: [getattr(before, f), new] for f, new in (("question", question), ("truth", truth))
                   if getattr(before, f) != new}
        if not changes:
            return before
        # Only these columns: a step running meanwhile keeps its own changes to the story.
        Story.objects.filter(pk=story.pk, outline_version=version).update(
            question=question, truth=truth, outline_version=F("outline_version") + 1, updated_at=timezone.now())
        after = Story.objects.get(pk=story.pk)
        OutlineRevision.objects.create(story=after, planned_scene=None, editor=editor,
                                       at_turn=after.turns.next_index(), changes=changes)
        what = {("question",): "the story's question", ("truth",): "the ending"}.get(
            tuple(changes), "the question and the ending")
        add_marker(after, f"{editor.username} rewrote {what}.")
        transaction.on_commit(lambda: broadcast.outline_changed(story.pk))
    return after
