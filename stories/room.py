"""What the room shows: the shared panels, computed once per event for everyone."""

from stories.models import Story


def room_panels(story: Story) -> dict:
    scene = story.scenes.order_by("-index").prefetch_related("present").first()
    characters = list(story.characters.all())
    last = story.turns.order_by("-index").values_list("index", flat=True).first()
    return {
        "scene": scene,
        "present_ids": {c.pk for c in scene.present.all()} if scene else set(),
        "characters": characters,
        "turn_count": 0 if last is None else last + 1,
        "offline": story.provider == "offline",
    }
