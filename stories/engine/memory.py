"""Per-character memory: written when a turn happens, retrieved by recency + importance +
relevance, each normalised, in the spirit of Generative Agents."""

import logging
import math
import re
from functools import cache, lru_cache

from django.db.models import Case, IntegerField, Max, Q, Value, When

from characters.models import Character, Memory
from stories.engine.transcript import hears
from stories.models import Turn

log = logging.getLogger(__name__)
RECENCY_DECAY = 0.97
CANDIDATES = 150
IMPORTANT = 40
VIVID = 0.8
_WORD = re.compile(r"[\w']+")
_STOP = frozenset(
    "the a an and or but to of in on at for with is are was were be been it this that you i we he she "
    "they them his her my your our their not no do does did have has had as by from so if then there".split()
)
FIELDS = ("id", "content", "importance", "turn_index", "embedding", "turn_id", "kind")


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
    """The memories a turn leaves in the stream of each character present."""
    out: list[Memory] = []
    base = 0.25 + 0.4 * (turn.emotion_intensity if turn.character_id else 0.3)
    if turn.kind in (Turn.Kind.EVENT, Turn.Kind.INTERVENTION):
        base = 0.8
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
        out.append(Memory(character=character, turn=turn, turn_index=turn.index, kind=kind,
                          content=public_text(turn, overheard=hears(turn, character)), importance=min(1.0, base)))
    if turn.revealed_secret and turn.character_id:
        told = set(turn.revealed_to or [])
        everyone = "everyone" in {n.lower() for n in told}
        for character in present:
            if character.pk != turn.character_id and (everyone or character.name in told):
                out.append(Memory(character=character, turn=turn, turn_index=turn.index, kind=Memory.Kind.TOLD,
                                  content=f"{turn.character.name} revealed: {turn.revealed_secret}",
                                  importance=0.95))
    return out


def rewrite_memories(turn: Turn) -> None:
    """Memories point at turns: an edited turn changes what characters remember from now on."""
    witnesses = list(turn.scene.present.all()) if turn.scene_id else []
    turn.memories.all().delete()
    Memory.objects.bulk_create(memories_for_turn(turn, witnesses))


@lru_cache(maxsize=20_000)  # memories are read again every turn; their words don't change
def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2)


def _normalise(values: list[float]) -> list[float]:
    lo, hi = min(values), max(values)
    if hi - lo < 1e-9:
        return [0.5 for _ in values]
    return [(v - lo) / (hi - lo) for v in values]


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=False))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def _semantic(candidates, query: str, goal: str, embed, held: list[Memory] | None = None) -> list[float] | None:
    """Relevance by embedding cosine; memories get their vector once and keep it (written now,
    or added to `held` for the caller to write with its step)."""
    missing = [row for row in candidates if row.embedding is None]
    try:
        vectors = embed([query or goal, goal or query] + [row.content for row in missing])
    except Exception:  # no embeddings today: the lexical measure still works
        log.warning("embeddings failed; falling back to lexical relevance", exc_info=True)
        return None
    query_vec, goal_vec, fresh = vectors[0], vectors[1], vectors[2:]
    known = {row.id: row.embedding for row in candidates if row.embedding is not None}
    for row, vector in zip(missing, fresh, strict=True):
        known[row.id] = vector
    vectors = [Memory(pk=row.id, embedding=v) for row, v in zip(missing, fresh, strict=True)]
    if held is not None:
        held.extend(vectors)
    elif vectors:
        Memory.objects.bulk_update(vectors, ["embedding"])
    return [max(_cosine(query_vec, known[row.id]), _cosine(goal_vec, known[row.id])) for row in candidates]


class Recalled(str):
    """A retrieved memory's text, carrying its retrieval score (the prompt budget drops the weakest)."""

    def __new__(cls, text: str, score: float):
        obj = super().__new__(cls, text)
        obj.score = score
        return obj


class Stream:
    """A character's memory stream as one step reads it: the latest memories (those of the
    turns the prompt shows verbatim among them) and the most vivid ones however old, secrets
    others told them first. Retrieval, the reflection check, which recent turns the character
    witnessed and what others confided to them all come from these reads: the latest memories,
    and the vivid ones older than those (when the stream goes further back)."""

    LATEST = CANDIDATES + 50  # the retrieval candidates, plus the memories of the recent turns

    def __init__(self, character: Character, *, hold_vectors: bool = False):
        """`hold_vectors`: the embeddings recall computes for memories that had none wait in
        `fresh_vectors` for the step's commit (`save_vectors`) instead of being written at once."""
        self.character = character
        self.fresh_vectors: list[Memory] | None = [] if hold_vectors else None
        self.latest = list(_latest_rows().filter(character=character)[:self.LATEST])
        vivid = [row for row in self.latest if row.importance >= VIVID or row.kind == Memory.Kind.TOLD]
        if len(self.latest) == self.LATEST:  # the stream goes further back: its older vivid memories too
            seen, oldest = {row.id for row in self.latest}, self.latest[-1].turn_index
            older = _vivid_rows().filter(character=character, turn_index__lte=oldest)[:IMPORTANT + 10]
            vivid += [row for row in older if row.id not in seen]
        vivid.sort(key=lambda row: (row.kind != Memory.Kind.TOLD, -row.importance, -row.turn_index))
        self.vivid = vivid[:IMPORTANT + 10]

    def save_vectors(self) -> None:
        """Write the embeddings held for the step (see `hold_vectors`)."""
        vectors = self.fresh_vectors or []
        if len(vectors) > 3:
            Memory.objects.bulk_update(vectors, ["embedding"])
        else:  # a step's usual few: plain updates cost less than bulk_update's CASE
            for row in vectors:
                Memory.objects.filter(pk=row.pk).update(embedding=row.embedding)
        vectors.clear()

    def witnessed(self, turn_ids) -> set[int]:
        """Which of these (recent) turns the character has a memory of: was there to see."""
        return {row.turn_id for row in self.latest if row.turn_id in turn_ids}

    def confided(self, k: int = 4) -> list[str]:
        """The latest secrets others revealed to this character, oldest first."""
        return [row.content for row in self.vivid if row.kind == Memory.Kind.TOLD][:k][::-1]

    def since_reflection(self) -> list:
        """Memories (not reflections) newer than the character's last reflection."""
        last = next((row.turn_index for row in self.latest if row.kind == Memory.Kind.REFLECTION), None)
        if last is None and len(self.latest) == self.LATEST:  # older than the window: ask the database
            memories = Memory.objects.filter(character=self.character)
            last = memories.filter(kind=Memory.Kind.REFLECTION).aggregate(last=Max("turn_index"))["last"]
            newer = memories.exclude(kind=Memory.Kind.REFLECTION).filter(turn_index__gt=-1 if last is None else last)
            return list(newer.values_list(*FIELDS, named=True))
        last = -1 if last is None else last
        return [row for row in self.latest if row.turn_index > last and row.kind != Memory.Kind.REFLECTION]

    def recall(self, query: str, now_index: int, k: int = 6, exclude_from: int | None = None, goal: str = "",
               embed=None) -> list[str]:
        """Top-k memories for a prompt. `exclude_from` drops memories already shown verbatim."""
        def older(rows):
            return [row for row in rows if exclude_from is None or row.turn_index < exclude_from]

        # The latest memories, and the most important ones however old: both stay bounded.
        rows = list({row.id: row for row in older(self.latest)[:CANDIDATES] + older(self.vivid)[:IMPORTANT]}.values())
        if not rows:
            return []
        semantic = _semantic(rows, query, goal, embed, self.fresh_vectors) if embed else None
        if semantic is None:
            # Relevant to what is happening now, or to what the character wants most: by shared words.
            query_words, goal_words = _words(query), _words(goal)
            per_query, per_goal = len(query_words) or 1, len(goal_words) or 1
            semantic = [max(len(query_words & words) / per_query, len(goal_words & words) / per_goal)
                        for words in map(_words, [row.content for row in rows])]
        recency = _normalise([RECENCY_DECAY ** max(0, now_index - row.turn_index) for row in rows])
        importance = _normalise([row.importance for row in rows])
        relevance = _normalise(semantic)
        totals = [r + i + v for r, i, v in zip(recency, importance, relevance, strict=True)]
        top = sorted(range(len(rows)), key=totals.__getitem__, reverse=True)[:k]
        top.sort(key=lambda i: rows[i].turn_index)  # chronological in the prompt
        return [Recalled(rows[i].content, totals[i]) for i in top]


@cache
def _latest_rows():
    """A stream's memories, newest first (built once; a step filters it by its character)."""
    return Memory.objects.order_by("-turn_index", "-id").values_list(*FIELDS, named=True)


@cache
def _vivid_rows():
    """A stream's most vivid memories, secrets others told first (built once, like `_latest_rows`)."""
    told_first = Case(When(kind=Memory.Kind.TOLD, then=Value(0)), default=Value(1), output_field=IntegerField())
    return (Memory.objects.filter(Q(importance__gte=VIVID) | Q(kind=Memory.Kind.TOLD))
            .order_by(told_first, "-importance", "-turn_index").values_list(*FIELDS, named=True))


def retrieve(character: Character, query: str, now_index: int, k: int = 6, exclude_from: int | None = None,
             goal: str = "", embed=None) -> list[str]:
    """Top-k memories for a prompt, from the character's whole stream."""
    return Stream(character).recall(query, now_index, k=k, exclude_from=exclude_from, goal=goal, embed=embed)
