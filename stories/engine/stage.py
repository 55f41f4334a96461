"""The story as a step finds it: read once when the step starts, plain data after that.

Every decision a step makes (`decide`) is a function of a `Stage`, so the decisions can be
tested with stages built by hand, without a database.
"""

from dataclasses import dataclass, field
from functools import cache

from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery

from characters.models import Character
from stories.models import ObserverReport, PlannedScene, Poll, Scene, Story, Suggestion, Turn

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

    def with_cast(self, turns: list[Turn]) -> list[Turn]:
        """`turns` with their speakers and addressees from the cast (and the current scene), so
        that reading them costs no joins and no second copy of the characters."""
        by_id = {c.pk: c for c in self.cast}
        for turn in turns:
            if self.scene is not None and turn.scene_id == self.scene.pk:
                turn.scene = self.scene
            _attach(turn, "character", by_id)
            _attach(turn, "addressee", by_id)
        return turns

    @staticmethod
    def rows() -> QuerySet[Story]:
        """Stories with the facts a stage needs beyond the story's own row, read in the same
        query (the step claims its story with them): its last turn, the Observer's last look,
        whether it has had any vote, whether a suggestion waits."""
        return _story_rows().all()  # a fresh queryset: the cached one is never evaluated

    @classmethod
    def load(cls, story: Story) -> "Stage":
        # The facts read with the story's row when it was claimed (used once: a story object
        # kept for another step reads them again), else read now.
        facts = {name: story.__dict__.pop(name) for name in _FACTS if name in story.__dict__}
        if len(facts) < len(_FACTS):
            facts = cls.rows().filter(pk=story.pk).values(*_FACTS).get()
        last = facts["stage_last_turn"]
        stage = cls(story=story, next_index=0 if last is None else last + 1)
        stage.scene = story.scenes.order_by("-index").first()
        stage.cast = list(story.characters.order_by("id"))
        by_id = {c.pk: c for c in stage.cast}
        # The outline's secret holders and the recent turns' speakers are of the cast read above:
        # they are attached from it instead of being joined and built again for every row.
        stage.outline = list(story.outline.order_by("index"))
        for planned in stage.outline:
            _attach(planned, "secret_holder", by_id)
        if stage.scene is not None:
            scene = stage.scene
            stage.present_ids = set(scene.present.order_by().values_list("pk", flat=True))
            latest = scene.turns.recent(RECENT_TURNS + 1)  # one more: are these all the scene's turns?
            stage.recent = stage.with_cast(latest[-RECENT_TURNS:])
            in_scene = [(t.kind, t.character_id) for t in latest]
            if len(latest) > RECENT_TURNS:  # there may be more
                in_scene = list(scene.turns.order_by().values_list("kind", "character_id"))
            stage.scene_intervened = any(kind == Turn.Kind.INTERVENTION for kind, _ in in_scene)
            stage.spoken_in_scene = {who for _, who in in_scene if who is not None}
        if facts["stage_polls"]:  # a story without votes has no polls to read
            polls = list(story.polls.filter(Q(status=Poll.Status.OPEN) | Q(scene=stage.scene)).order_by("-opened_at"))
            stage.open_poll = next((p for p in polls if p.status == Poll.Status.OPEN), None)
            stage.scene_polled = stage.scene is not None and any(p.scene_id == stage.scene.pk for p in polls)
        if facts["stage_accepted"]:
            stage.accepted = (story.suggestions.filter(status=Suggestion.Status.ACCEPTED).select_related("author")
                              .order_by("decided_at").first())
        stage.last_report_turn = facts["stage_last_report"]
        # The Director's events and the secrets that came out, in one read of the turns that hold them.
        marked = _marked_turns().filter(story=story)
        names = {c.pk: c.name for c in stage.cast}
        events = []
        for kind, content, holder, index, secret, to, turn in marked:
            if kind == Turn.Kind.INTERVENTION:
                events.append(content)
            if secret:
                stage.reveals.append(Reveal(names.get(holder, ""), index or 0, secret, to, turn))
        stage.used_events = events[-USED_EVENTS:]
        return stage


@cache
def _story_rows() -> QuerySet[Story]:
    """Built once: constructing these subqueries costs a step more than running them."""
    story = OuterRef("pk")
    return Story.objects.annotate(
        stage_last_turn=Subquery(Turn.objects.filter(story=story).order_by("-index").values("index")[:1]),
        stage_last_report=Subquery(ObserverReport.objects.filter(story=story).order_by("-after_turn")
                                   .values("after_turn")[:1]),
        stage_polls=Exists(Poll.objects.filter(story=story)),
        stage_accepted=Exists(Suggestion.objects.filter(story=story, status=Suggestion.Status.ACCEPTED)),
    )


@cache
def _marked_turns() -> QuerySet[Turn]:
    """The turns that hold the Director's events or a secret coming out, as a stage reads them
    (built once; each step filters it by its story)."""
    return (Turn.objects.filter(Q(kind=Turn.Kind.INTERVENTION) | ~Q(revealed_secret="")).order_by("index")
            .values_list("kind", "content", "character_id", "revealed_index", "revealed_secret", "revealed_to",
                         "index"))


_FACTS = ("stage_last_turn", "stage_last_report", "stage_polls", "stage_accepted")


def _attach(row, relation: str, by_id: dict[int, Character]) -> None:
    """Set `row.<relation>` to its character from `by_id` (left to load itself if it is not there)."""
    pk = getattr(row, f"{relation}_id")
    if pk is not None and pk in by_id:
        setattr(row, relation, by_id[pk])
