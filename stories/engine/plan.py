"""What a step decided, and what it reports once that is written.

A step asks the models outside any transaction and ends with a `Plan`: the rows it will
write and the story fields it will change. The commit (`step.commit`) writes the plan in
one short transaction and reports a `StepResult` to whoever ran the step: the Celery task,
the embedded runner or the owner's action, which show it in the room and schedule the next
step. The engine itself does neither.
"""

from dataclasses import dataclass, field
from datetime import datetime

from stories.models import ObserverReport, Story, Turn


class Plan:
    """What a step decided, ready to be written in one transaction.

    `write(index)` saves the plan's rows and returns the turns it wrote. `index` is the first
    free turn index, read under the story's row lock: a turn people added meanwhile (an edit
    marker) may have taken the one the step expected (`expected_index`).
    """

    def __init__(self, expected_index: int, changes: dict | None = None, *, finished: bool = False,
                 panels=()):
        self.expected_index = expected_index
        self.changes = dict(changes or {})  # Story fields, set with the lease's release
        self.finished = finished
        self.panels = set(panels)  # room panels this step changes besides what its turns show
        self.report: ObserverReport | None = None  # the Observer's, when it looked in this step
        self.opinions: list[tuple[int, int, float]] = []  # relationship meters moved: (character, other, value)
        self.cards: set[int] = set()  # characters whose card in the cast panel changed

    def write(self, index: int) -> list[Turn]:
        return []


@dataclass
class StepResult:
    """What one step did, for the edges to act on."""

    outcome: str
    """'turn', 'step' (wrote no turn), 'finished', 'busy', 'idle', 'duplicate', 'lost', 'paused',
    'budget', 'regenerated' or 'failed'."""
    story: Story | None = None
    """The story row as the step left it (set when it wrote something)."""
    turns: list[Turn] = field(default_factory=list)
    """The turns written, oldest first, each with its character and scene."""
    replaced: list[int] = field(default_factory=list)
    """Ids of turns rewritten in place (a regeneration)."""
    panels: set[str] = field(default_factory=set)
    """Room panels that changed besides what the turns show: 'poll', 'suggestions', 'cast',
    'scene', 'dashboard', 'header', 'status'."""
    opinions: list[tuple[int, int, float]] = field(default_factory=list)
    cards: set[int] = field(default_factory=set)
    next_step_at: datetime | None = None
    """When the story's next step is due; None when nothing is to be scheduled."""

    def __str__(self) -> str:
        return self.outcome
