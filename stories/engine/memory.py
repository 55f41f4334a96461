"""Per-character memory: written when a turn happens, retrieved by recency + importance
+ relevance (lexical), each normalised, in the spirit of Generative Agents."""

import logging
import math
import re
from collections import namedtuple
from functools import lru_cache

from characters.models import Character, Memory
from stories.engine import sql
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


def _semantic(candidates, query: str, goal: str, embed) -> list[float] | None:
    """Relevance by embedding cosine; memories get their vector once and keep it."""
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
    Memory.objects.bulk_update([Memory(pk=row.id, embedding=v) for row, v in zip(missing, fresh, strict=True)],
                               ["embedding"])
    return [max(_cosine(query_vec, known[row.id]), _cosine(goal_vec, known[row.id])) for row in candidates]


class Stream:
    """A character's memory stream as one step reads it, in one statement: the latest memories
    (with those of the turns the prompt shows verbatim) and the most vivid ones however old,
    secrets others told them first. Retrieval, the reflection check, which recent turns the
    character witnessed and what others confided to them all come from these rows."""

    Row = namedtuple("Row", "id content importance turn_index embedding turn_id kind")
    LATEST = CANDIDATES + 50  # the retrieval candidates, plus the memories of the recent turns
    VIVID = 0.8
    COLUMNS = "id, content, importance, turn_index, embedding, turn_id, kind"

    def __init__(self, character: Character, rows: list[tuple] | None = None):
        """`rows` are the result of `statement(character)` when the caller read them already."""
        self.character = character
        both = sql.rows(*self.statement(character)) if rows is None else rows
        self.latest, self.vivid = [], []
        for values in both:  # (part, *Row): a step reads a few hundred of these
            (self.vivid if values[0] else self.latest).append(self._row(values[1:]))
        self.latest.sort(key=lambda r: (-r.turn_index, -r.id))
        self.vivid.sort(key=lambda r: (r.kind != Memory.Kind.TOLD, -r.importance, -r.turn_index))

    @classmethod
    def statement(cls, character: Character | None = None, who: sql.Statement = ("%s", [])) -> sql.Statement:
        """The stream's one statement: of `character`, or of whoever the SQL `who` names."""
        who, params = ("%s", [character.pk]) if character is not None else who
        return (
            f"SELECT * FROM (SELECT 0 AS part, {cls.COLUMNS} FROM characters_memory WHERE character_id = {who}"
            "  ORDER BY turn_index DESC, id DESC LIMIT %s) latest"
            f" UNION ALL SELECT * FROM (SELECT 1 AS part, {cls.COLUMNS} FROM characters_memory"
            f"  WHERE character_id = {who} AND (importance >= %s OR kind = %s)"
            "  ORDER BY CASE WHEN kind = %s THEN 0 ELSE 1 END, importance DESC, turn_index DESC LIMIT %s) vivid",
            [*params, cls.LATEST, *params, cls.VIVID, Memory.Kind.TOLD, Memory.Kind.TOLD, IMPORTANT + 10])

    @classmethod
    def _row(cls, values) -> "Stream.Row":
        row = cls.Row._make(values)
        return row if row.embedding is None else row._replace(embedding=sql.json_value(row.embedding))

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
            return [self._row(values) for values in sql.rows(
                f"SELECT {self.COLUMNS} FROM characters_memory WHERE character_id = %s AND kind <> %s AND turn_index >"
                " COALESCE((SELECT MAX(turn_index) FROM characters_memory WHERE character_id = %s AND kind = %s), -1)",
                [self.character.pk, Memory.Kind.REFLECTION, self.character.pk, Memory.Kind.REFLECTION])]
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
        semantic = _semantic(rows, query, goal, embed) if embed else None
        if semantic is None:
            # Relevant to what is happening now, or to what the character wants most: by embedding
            # cosine when the provider has embeddings, else by shared words.
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


def retrieve(
    character: Character, query: str, now_index: int, k: int = 6, exclude_from: int | None = None, goal: str = "",
    embed=None,
) -> list[str]:
    """Top-k memories for a prompt, from the character's whole stream."""
    return Stream(character).recall(query, now_index, k=k, exclude_from=exclude_from, goal=goal, embed=embed)


class Recalled(str):
    """A retrieved memory's text, carrying its retrieval score (the prompt budget drops the weakest)."""

    def __new__(cls, text: str, score: float):
        obj = super().__new__(cls, text)
        obj.score = score
        return obj
