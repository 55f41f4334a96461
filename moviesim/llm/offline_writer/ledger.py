"""Choosing from a pool so that a story does not repeat itself: the story-wide ledger.

The ledger lives in the story's provider state (`request.state`, which the engine saves with
each step): for every pool, which of its templates this story has used. A template is used
once per story until its pool runs dry. Every pool is read in an order of the story's own
(its key shuffles it), each speaker starting in a lane of their own; whatever the context
shows was said already is skipped too (a template that renders into words heard in the
scene). The same seed gives the same story; another seed shuffles differently.
"""

import random
import re
from collections.abc import Iterable

from moviesim.llm.offline_writer.world import shuffled, stable

LANES = 8
_WORDS = re.compile(r"[a-z']+")


def runs(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = _WORDS.findall(text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


class Ledger:
    def __init__(self, key: str, said: Iterable[str] = (), state: dict | None = None):
        self.key = key
        self.used: dict[str, list[int]] = (state if state is not None else {}).setdefault("used", {})
        self.seen: set[tuple[str, ...]] = set()
        for text in said:
            self.note(text)

    def note(self, text: str) -> None:
        self.seen |= runs(text, 4)

    def fresh(self, text: str) -> bool:
        return not (runs(text, 4) & self.seen)

    def pick(self, pool_id: str, pool: list[str], render, *, lane: str = "", step: int = 0) -> str:
        """The first template of the story's order for `pool_id`, from `lane`'s place plus `step`,
        whose rendering (`render(template)`, '' when its slots cannot be filled) is fresh."""
        if not pool:
            return ""
        order = shuffled(range(len(pool)), self.key, pool_id)
        start = (stable(self.key, pool_id, lane) % LANES) * len(order) // LANES + step if lane else step
        used = set(self.used.get(pool_id, ()))
        candidates = [order[(start + i) % len(order)] for i in range(len(order))]
        fallback = None
        for fresh_only in (True, False):  # unused templates first; once the pool is spent, any fresh one
            for index in candidates:
                if fresh_only and index in used:
                    continue
                text = render(pool[index])
                if not text:
                    continue
                if self.fresh(text):
                    self.note(text)
                    self.used.setdefault(pool_id, []).append(index)
                    return text
                fallback = fallback or text
        return fallback or ""

    def rng(self, *key) -> random.Random:
        return random.Random(stable(self.key, *key))
