"""The story as a step finds it: read once when the step starts, plain data after that.

Every decision a step makes (`decide`) is a function of a `Stage`, so the decisions can be
tested with stages built by hand, without a database.
"""

from dataclasses import dataclass, field

from django.db.models import Max, Q

from characters.models import Character
from stories.models import PlannedScene, Poll, Scene, Story, Suggestion, Turn

RECENT_TURNS = 8
USED_EVENTS = 20  # the Director sees this many of the story's latest events, so it never repeats one


@dataclass
class Reveal:
    """A secret that came out: whose, which (its number on their sheet), to whom, when."""

    holder: str
    index: int
    secret: str
    to: list[str]
    turn: int

    @property
    def public(self) -> bool:
        return "everyone" in {n.lower() for n in self.to}


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
    outline: list[PlannedScene] = field(default_factory=list)
    """The planned scenes, in order."""
    open_poll: Poll | None = None
    scene_polled: bool = False
    """Whether the current scene has had its audience vote."""
    scene_intervened: bool = False
    """Whether the Director already stepped into the current scene."""
    spoken_in_scene: set[int] = field(default_factory=set)
    """Who has spoken (or acted) in the current scene."""
    accepted: Suggestion | None = None
    """The audience suggestion to weave in next, with its author."""
    last_report_turn: int | None = None
    """The turn after which the Observer last looked."""
    used_events: list[str] = field(default_factory=list)
    """The Director's latest events in this story, oldest first."""
    reveals: list[Reveal] = field(default_factory=list)
    """Every secret that came out, oldest first: who knows what."""

    @property
    def present(self) -> list[Character]:
        """Who is in the scene and still acting."""
        return [c for c in self.cast if c.pk in self.present_ids and c.active]

    @property
    def turns_left(self) -> int:
        return self.story.max_turns - self.next_index

    @property
    def turns_in_scene(self) -> int:
        """Turns the scene has taken so far, its heading included."""
        return self.next_index - self.scene.first_turn if self.scene else 0

    @property
    def plan(self) -> PlannedScene | None:
        """The planned scene the current scene plays."""
        if self.scene is None:
            return None
        return next((p for p in self.outline if p.scene_id == self.scene.pk), None)

    @property
    def to_come(self) -> list[PlannedScene]:
        """The planned scenes not yet played (nor skipped), in order."""
        return [p for p in self.outline if p.scene_id is None and not p.skipped]

    @property
    def climax(self) -> bool:
        plan = self.plan
        return plan is not None and plan.climax

    def revealed(self, holder: Character, index: int) -> bool:
        return any(r.holder == holder.name and r.index == index for r in self.reveals) or \
            (0 < index <= len(holder.secrets) and holder.secrets[index - 1] in holder.revealed_secrets)

    def character(self, pk: int | None) -> Character | None:
        return next((c for c in self.cast if c.pk == pk), None)

    @classmethod
    def load(cls, story: Story) -> "Stage":
        last = story.turns.aggregate(last=Max("index"))["last"]
        stage = cls(story=story, next_index=0 if last is None else last + 1)
        stage.scene = story.scenes.order_by("-index").first()
        stage.cast = list(story.characters.order_by("id"))
        stage.outline = list(story.outline.select_related("secret_holder").prefetch_related("present")
                             .order_by("index"))
        if stage.scene is not None:
            scene = stage.scene
            stage.present_ids = set(scene.present.values_list("pk", flat=True))
            stage.recent = scene.turns.for_display().recent(RECENT_TURNS)
            in_scene = list(scene.turns.values_list("kind", "character_id"))
            stage.scene_intervened = any(kind == Turn.Kind.INTERVENTION for kind, _ in in_scene)
            stage.spoken_in_scene = {who for _, who in in_scene if who is not None}
        polls = list(story.polls.filter(Q(status=Poll.Status.OPEN) | Q(scene=stage.scene)).order_by("-opened_at"))
        stage.open_poll = next((p for p in polls if p.status == Poll.Status.OPEN), None)
        stage.scene_polled = stage.scene is not None and any(p.scene_id == stage.scene.pk for p in polls)
        stage.accepted = (story.suggestions.filter(status=Suggestion.Status.ACCEPTED).select_related("author")
                          .order_by("decided_at").first())
        stage.last_report_turn = story.observer_reports.aggregate(last=Max("after_turn"))["last"]
        # The Director's events and the secrets that came out, in one read of the turns that hold them.
        marked = (story.turns.filter(Q(kind=Turn.Kind.INTERVENTION) | ~Q(revealed_secret="")).order_by("index")
                  .values_list("kind", "content", "character_id", "revealed_index", "revealed_secret", "revealed_to",
                               "index"))
        names = {c.pk: c.name for c in stage.cast}
        events = []
        for kind, content, holder, index, secret, to, turn in marked:
            if kind == Turn.Kind.INTERVENTION:
                events.append(content)
            if secret:
                stage.reveals.append(Reveal(names.get(holder, ""), index or 0, secret, to, turn))
        stage.used_events = events[-USED_EVENTS:]
        return stage
