"""The story as a step finds it: read once when the step starts, plain data after that.

Every decision a step makes (`decide`) is a function of a `Stage`, so the decisions can be
tested with stages built by hand, without a database.
"""

from dataclasses import dataclass, field

from django.db.models import Max

from characters.models import Character
from stories.models import Poll, Scene, Story, Suggestion, Turn

RECENT_TURNS = 8


@dataclass
class Stage:
    story: Story
    next_index: int
    """The index the step's turn will take, unless someone adds one meanwhile."""
    scene: Scene | None = None
    """The current (latest) scene."""
    cast: list[Character] = field(default_factory=list)
    """Everyone in the story, in casting order."""
    present_ids: set[int] = field(default_factory=set)
    """Who is in the current scene (retired characters included: see `present`)."""
    recent: list[Turn] = field(default_factory=list)
    """The current scene's last turns, oldest first, with their characters and scene."""
    open_poll: Poll | None = None
    scene_polled: bool = False
    """Whether the current scene has had its audience vote."""
    accepted: Suggestion | None = None
    """The audience suggestion to weave in next, with its author."""
    last_report_turn: int | None = None
    """The turn after which the Observer last looked."""

    @property
    def present(self) -> list[Character]:
        """Who is in the scene and still acting."""
        return [c for c in self.cast if c.pk in self.present_ids and c.active]

    @property
    def turns_left(self) -> int:
        return self.story.max_turns - self.next_index

    @property
    def turns_in_scene(self) -> int:
        return self.next_index - self.scene.first_turn if self.scene else 0

    @classmethod
    def load(cls, story: Story) -> "Stage":
        last = story.turns.aggregate(last=Max("index"))["last"]
        stage = cls(story=story, next_index=0 if last is None else last + 1)
        stage.scene = story.scenes.order_by("-index").first()
        stage.cast = list(story.characters.order_by("id"))
        if stage.scene is not None:
            stage.present_ids = set(stage.scene.present.values_list("pk", flat=True))
            stage.recent = stage.scene.turns.for_display().recent(RECENT_TURNS)
            stage.scene_polled = stage.scene.polls.exists()
        stage.open_poll = story.polls.filter(status=Poll.Status.OPEN).first()
        stage.accepted = (story.suggestions.filter(status=Suggestion.Status.ACCEPTED).select_related("author")
                          .order_by("decided_at").first())
        stage.last_report_turn = story.observer_reports.aggregate(last=Max("after_turn"))["last"]
        return stage
