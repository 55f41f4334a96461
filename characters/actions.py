"""Editing the cast mid-story: every change kept as a revision and marked in the transcript."""

from django.db import IntegrityError, transaction
from django.db.models import F

from characters.models import Character, CharacterRevision, Relationship
from stories import broadcast
from stories.actions import add_marker
from stories.models import Story


class NameTaken(Exception):
    """A member of the cast already has that name (in any case); the message is for the editor."""

    def __init__(self, name: str):
        super().__init__(f"There is already a character called {name} in this story.")
        self.name = name


class EditConflict(Exception):
    """Someone saved the character first; `current` is the version they saved."""

    def __init__(self, current: Character):
        super().__init__("conflict")
        self.current = current


def _apply_relationships(character: Character, relationships: dict[int, tuple[str, float]]) -> dict:
    changes = {}
    existing = {r.other_id: r for r in character.relationships.all()}
    for other_id, (kind, opinion) in relationships.items():
        rel = existing.get(other_id)
        old = (rel.kind, round(rel.opinion, 2)) if rel else ("", 0.0)
        if old == (kind, round(opinion, 2)):
            continue
        Relationship.objects.update_or_create(character=character, other_id=other_id,
                                              defaults={"kind": kind, "opinion": opinion})
        changes[f"relationship:{other_id}"] = [list(old), [kind, round(opinion, 2)]]
    return changes


def edit_character(character: Character, editor, sheet: dict, relationships: dict, version: int) -> Character:
    """Save a new sheet if nobody saved since `version` was read; the next prompt built uses it."""
    with transaction.atomic():
        before = Character.objects.select_for_update().get(pk=character.pk)
        changes = {k: [getattr(before, k), v] for k, v in sheet.items() if getattr(before, k) != v}
        # The version check is one conditional UPDATE: two editors saving at once cannot both win.
        updated = Character.objects.filter(pk=character.pk, version=version).update(
            **sheet, version=F("version") + 1)
        if not updated:
            raise EditConflict(Character.objects.get(pk=character.pk))
        after = Character.objects.get(pk=character.pk)
        changes.update(_apply_relationships(after, relationships))
        CharacterRevision.objects.create(character=after, editor=editor, kind=CharacterRevision.Kind.EDIT,
                                         at_turn=after.story.turns.next_index(), version=after.version,
                                         changes=changes)
        add_marker(after.story, f"{after.name} was rewritten by {editor.username}.")
        transaction.on_commit(lambda: broadcast.cast_changed(after.story_id))
    return after


def add_character(story, editor, sheet: dict, relationships: dict) -> Character:
    """A new member of the cast, in the current scene. Names are unique in a story whatever their
    case: a name already taken raises `NameTaken` and nothing is stored."""
    with transaction.atomic():
        # The story's row is locked, so two editors adding the same name at once take turns here.
        Story.objects.select_for_update().get(pk=story.pk)
        if Character.objects.filter(story=story, name__iexact=sheet["name"]).exists():
            raise NameTaken(sheet["name"])
        try:
            with transaction.atomic():
                character = Character.objects.create(story=story, **sheet)
        except IntegrityError:  # the database's own unique (story, name), if anything got past the check
            raise NameTaken(sheet["name"]) from None
        _apply_relationships(character, relationships)
        scene = story.scenes.order_by("-index").first()
        if scene is not None:
            scene.present.add(character)  # they walk into the current scene
        CharacterRevision.objects.create(character=character, editor=editor, kind=CharacterRevision.Kind.CREATE,
                                         at_turn=story.turns.next_index(), changes={"created": sheet})
        add_marker(story, f"{character.name} joins the cast (added by {editor.username}).")
        transaction.on_commit(lambda: broadcast.cast_changed(story.pk))
    return character


def retire_character(character: Character, editor) -> None:
    with transaction.atomic():
        if not Character.objects.filter(pk=character.pk, active=True).update(active=False,
                                                                            version=F("version") + 1):
            return
        CharacterRevision.objects.create(character=character, editor=editor, kind=CharacterRevision.Kind.RETIRE,
                                         at_turn=character.story.turns.next_index(),
                                         changes={"active": [True, False]})
        add_marker(character.story, f"{character.name} leaves the story (retired by {editor.username}).")
        transaction.on_commit(lambda: broadcast.cast_changed(character.story_id))
