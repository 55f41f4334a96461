"""Per-character memory: written when a turn happens, retrieved by recency + importance
+ relevance (lexical), each normalised, in the spirit of Generative Agents."""

import logging
import math
import re

from characters.models import Character, Memory
from stories.models import Turn

log = logging.getLogger(__name__)
RECENCY_DECAY = 0.97
CANDIDATES = 150
IMPORTANT = 40
_WORD = re.compile(r"[\w']+")
_STOP = frozenset(
    "the a an and or but to of in on at for with is are was were be been it this that you i we he she "
    "they them his her my your our their not no do does did have has had as by from so if then there".split()
)


def public_text(turn: Turn, overheard: bool = True) -> str:
    """What someone present saw and heard of a turn (never the private thought)."""
    who = turn.character.name if turn.character_id else ""
    parts = []
    if turn.action:
        parts.append(turn.action)
    if turn.content and not overheard:
        parts.append(f"{who} spoke quietly to {', '.join(turn.revealed_to)}; the words didn't carry.")
    elif turn.content:
        parts.append(f'{who} said: "{turn.content}"' if who and turn.kind == Turn.Kind.DIALOGUE else turn.content)
    return " ".join(parts)


def memories_for_turn(turn: Turn, present: list[Character]) -> list[Memory]:
    """The memories a committed turn leaves in each character's stream."""
    from stories.engine.transcript import hears

    out: list[Memory] = []
    base = 0.25 + 0.4 * (turn.emotion_intensity if turn.character_id else 0.3)
    if turn.kind in (Turn.Kind.EVENT, Turn.Kind.INTERVENTION):
        base = 0.8
    told = set(turn.revealed_to or [])
    for character in present:
        if character.pk == turn.character_id:
            text = f'I said: "{turn.content}"' if turn.content else "I acted"
            if turn.action:
                text += f" ({turn.action})"
            if turn.thought:
                text += f" I thought: {turn.thought}"
            out.append(Memory(character=character, turn=turn, turn_index=turn.index, kind=Memory.Kind.OWN,
                              content=text, importance=min(1.0, base + 0.1)))
            continue
        kind = Memory.Kind.EVENT if turn.kind in (Turn.Kind.EVENT, Turn.Kind.INTERVENTION) else Memory.Kind.WITNESSED
        seen = public_text(turn, overheard=hears(turn, character))
        out.append(Memory(character=character, turn=turn, turn_index=turn.index, kind=kind, content=seen,
                          importance=min(1.0, base)))
    if turn.revealed_secret and turn.character_id:
        speaker = turn.character.name
        everyone = "everyone" in {n.lower() for n in told}
        for character in present:
            if character.pk == turn.character_id:
                continue
            if everyone or character.name in told:
                out.append(Memory(character=character, turn=turn, turn_index=turn.index, kind=Memory.Kind.TOLD,
                                  content=f"{speaker} revealed: {turn.revealed_secret}", importance=0.95))
    return out


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2}


def _normalise(values: list[float]) -> list[float]:
    lo, hi = min(values), max(values)
    if hi - lo < 1e-9:
        return [0.5 for _ in values]
    return [(v - lo) / (hi - lo) for v in values]


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=False))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def _semantic(candidates, query: str, goal: str, embed) -> list[float] | None:
    """Relevance by embedding cosine; memories get their vector once and keep it."""
    missing = [row for row in candidates if row[4] is None]
    try:
        vectors = embed([query or goal, goal or query] + [row[1] for row in missing])
    except Exception:  # no embeddings today: the lexical measure still works
        log.warning("embeddings failed; falling back to lexical relevance", exc_info=True)
        return None
    query_vec, goal_vec, fresh = vectors[0], vectors[1], vectors[2:]
    known = {row[0]: row[4] for row in candidates if row[4] is not None}
    for row, vector in zip(missing, fresh, strict=True):
        known[row[0]] = vector
    Memory.objects.bulk_update([Memory(pk=row[0], embedding=v) for row, v in zip(missing, fresh, strict=True)],
                               ["embedding"])
    return [max(_cosine(query_vec, known[row[0]]), _cosine(goal_vec, known[row[0]])) for row in candidates]


def retrieve(
    character: Character, query: str, now_index: int, k: int = 6, exclude_from: int | None = None, goal: str = "",
    embed=None,
) -> list[str]:
    """Top-k memories for a prompt. `exclude_from` drops memories already shown verbatim."""
    qs = Memory.objects.filter(character=character)
    if exclude_from is not None:
        qs = qs.filter(turn_index__lt=exclude_from)
    fields = ("id", "content", "importance", "turn_index", "embedding")
    # The latest memories, and the most important ones however old: both stay bounded.
    latest = list(qs.order_by("-turn_index", "-id").values_list(*fields)[:CANDIDATES])
    vivid = list(qs.filter(importance__gte=0.8).order_by("-importance", "-turn_index").values_list(*fields)[:IMPORTANT])
    rows = list({row[0]: row for row in latest + vivid}.values())
    semantic = _semantic(rows, query, goal, embed) if embed and rows else None
    candidates = [row[1:4] for row in rows]
    if not candidates:
        return []
    query_words, goal_words = _words(query), _words(goal)

    def overlap(words: set[str], text: str) -> float:
        return len(words & _words(text)) / (len(words) or 1)

    recency = _normalise([RECENCY_DECAY ** max(0, now_index - idx) for _, _, idx in candidates])
    importance = _normalise([imp for _, imp, _ in candidates])
    # Relevant to what is happening now, or to what the character wants most: by embedding
    # cosine when the provider has embeddings, else by shared words.
    relevance = _normalise(semantic or [max(overlap(query_words, text), overlap(goal_words, text))
                                        for text, _, _ in candidates])
    scored = sorted(
        zip(candidates, recency, importance, relevance, strict=True),
        key=lambda row: -(row[1] + row[2] + row[3]),
    )[:k]
    scored.sort(key=lambda row: row[0][2])  # chronological in the prompt
    return [Recalled(row[0][0], row[1] + row[2] + row[3]) for row in scored]


class Recalled(str):
    """A retrieved memory's text, carrying its retrieval score (the prompt budget drops the weakest)."""

    def __new__(cls, text: str, score: float):
        obj = super().__new__(cls, text)
        obj.score = score
        return obj
