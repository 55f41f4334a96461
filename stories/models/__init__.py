from stories.models.audience import Editor, Mute, Poll, Suggestion, SuggestionVote, Vote
from stories.models.outline import OutlineRevision, PlannedScene
from stories.models.story import LLMCall, ObserverReport, Scene, Story, Turn, TurnRevision

__all__ = [
    "Editor",
    "LLMCall",
    "Mute",
    "ObserverReport",
    "OutlineRevision",
    "PlannedScene",
    "Poll",
    "Scene",
    "Story",
    "Suggestion",
    "SuggestionVote",
    "Turn",
    "TurnRevision",
    "Vote",
]
