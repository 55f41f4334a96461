"""Small text helpers: reading a seed, picking up nouns, turning secrets into confessions.

User text is treated as plain data: nothing here escapes or strips markup (that is
the template layer's job), it only slices and recombines words.
"""

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

STOPWORDS = {
    # English
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from",
    "about", "into", "over", "after", "before", "during", "while", "when", "where", "who", "whom",
    "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "being", "it", "its",
    "as", "between", "among", "their", "his", "her", "our", "my", "your", "they", "them", "he", "she",
    "we", "you", "i", "me", "us", "some", "any", "all", "one", "two", "three", "four", "five", "very",
    "story", "tale", "movie", "film", "about", "has", "have", "had", "not", "no", "so", "than", "then",
    "just", "only", "what", "which", "how", "why", "set", "where", "whose", "every", "each", "other",
    # a few French / Spanish / German / Italian / Portuguese function words
    "un", "une", "le", "la", "les", "des", "du", "dans", "pendant", "et", "avec", "sur", "pour", "par",
    "el", "los", "las", "en", "de", "del", "y", "con", "por", "una", "uno", "durante",
    "der", "die", "das", "ein", "eine", "im", "und", "mit", "auf", "von", "während",
    "il", "lo", "gli", "di", "nel", "nella", "e", "o", "um", "uma", "no", "na", "com",
}

# Words that name a genre rather than a subject: never the title's subject.
GENRE_WORDS = {
    "murder", "mystery", "detective", "whodunit", "heist", "robbery", "comedy", "sitcom", "funny", "romance",
    "romantic", "thriller", "spy", "drama", "horror", "fantasy", "sci", "fi", "science", "fiction",
    "noir", "meurtre", "asesinato", "mord", "misterio", "comedia", "romantico",
}

_PLACE_RE = re.compile(
    r"\b(in|at|on|aboard|inside|within|beneath|under|near|across)\s+"
    r"([^,.;:!?\n]+?)"
    r"(?=\s+(?:during|when|where|while|after|before|as|who|that|which|and|but|with|because|until|where)\b"
    r"|[,.;:!?\n]|$)",
    re.IGNORECASE,
)
_EVENT_RE = re.compile(
    r"\b(during|amid|amidst|throughout)\s+([^,.;:!?\n]+?)"
    r"(?=\s+(?:when|where|while|after|before|as|who|that|which|and|but|with|because|until)\b|[,.;:!?\n]|$)",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_THE_NOUN_RE = re.compile(r"\b(?:the|that|this|your|my|his|her|their)\s+([a-z][a-z-]{3,})\b", re.IGNORECASE)


@dataclass
class SeedReading:
    """What the setup needs from the seed: a place, an occasion and a title subject."""

    text: str
    where: str  # "in a small tech company during a product launch" (may be "")
    setting: str  # "A small tech company during a product launch"
    subject: str  # "product launch": the key noun phrase
    is_place: bool  # whether `subject` names a place ("at the …" reads well)


def clean(text: Any) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip()


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if len(w) > 1 and w.lower() not in STOPWORDS]


def _tail_phrase(phrase: str, size: int = 2) -> str:
    kept = [w for w in content_words(phrase) if w.lower() not in GENRE_WORDS]
    return " ".join(kept[-size:])


def read_seed(seed_text: str) -> SeedReading:
    text = clean(seed_text)[:400]
    place = _PLACE_RE.search(text)
    event = _EVENT_RE.search(text)
    where, setting, subject, is_place = "", "", "", False
    if place:
        place_words = place.group(2).strip()
        where = f"{place.group(1).lower()} {place_words}"
        setting = place_words
        subject = _tail_phrase(place_words)
        is_place = bool(subject)
    if event:
        occasion = event.group(2).strip()
        where = f"{where} during {occasion}".strip() if where else f"during {occasion}"
        setting = f"{setting} during {occasion}" if setting else occasion
        occasion_subject = _tail_phrase(occasion)
        if occasion_subject:
            subject, is_place = occasion_subject, True
    if not subject:
        first_clause = re.split(r"[,.;:!?\n]", text, maxsplit=1)[0]
        subject = _tail_phrase(first_clause) or _tail_phrase(text)
    if not setting and content_words(text):
        setting = text[:120]
    return SeedReading(text=text, where=where, setting=upper_first(setting), subject=subject, is_place=is_place)


def title_case(phrase: str) -> str:
    small = {"of", "the", "a", "an", "and", "in", "on", "at"}
    parts = phrase.split()
    return " ".join(
        p if (i and p.lower() in small) or p[:1].isupper() else p[:1].upper() + p[1:] for i, p in enumerate(parts)
    )


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def lower_first(text: str) -> str:
    if len(text) > 1 and text[1].isupper():  # an acronym such as "AI" or "CEO"
        return text
    return text[:1].lower() + text[1:] if text else text


def first_name(name: str) -> str:
    titles = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "captain", "capt.", "detective", "sir",
              "lady", "lord", "professor", "prof.", "inspector", "father", "sister", "agent", "officer"}
    parts = clean(name).split()
    for part in parts:
        if part.lower() not in titles:
            return part
    return parts[0] if parts else "Someone"


def place_phrase(location: str) -> str:
    """'Server room' -> 'the server room'; 'Kessler Manor' stays a proper name."""
    loc = clean(location)
    if not loc:
        return "this room"
    parts = loc.split()
    if parts[0].lower() in {"the", "a", "an"}:
        return "the " + " ".join(parts[1:]) if parts[0].lower() == "the" else loc[:1].lower() + loc[1:]
    if len(parts) > 1 and all(p[:1].isupper() for p in parts if p.isalpha()):
        return loc
    return "the " + lower_first(loc)


def sentence(text: str) -> str:
    text = clean(text)
    if not text:
        return text
    text = upper_first(text)
    return text if text[-1] in ".!?…\"”'" else text + "."


def strip_end(text: str) -> str:
    return clean(text).rstrip(" .!?;:")


def find_lexicon(text: str, lexicon: Sequence[str]) -> list[str]:
    """Known nouns (multi-word first) in the order they appear in `text`."""
    low = text.lower()
    hits: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for noun in sorted(lexicon, key=len, reverse=True):
        for m in re.finditer(r"\b" + re.escape(noun.lower()) + r"s?\b", low):
            span = (m.start(), m.end())
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            hits.append((m.start(), noun))
            break
    return [noun for _, noun in sorted(hits)]


def pick_noun(text: str, lexicon: Sequence[str]) -> str:
    """A concrete noun from a line: a known prop first, else the noun after 'the'."""
    known = find_lexicon(text, lexicon)
    if known:
        return known[-1]
    for m in _THE_NOUN_RE.finditer(text):
        word = m.group(1).lower()
        if word not in STOPWORDS and not word.endswith("ly") and word not in _VAGUE:
            return word
    return ""


_VAGUE = {"truth", "thing", "things", "same", "rest", "time", "point", "idea", "whole", "answer", "question",
          "moment", "night", "room", "others", "matter", "reason", "problem", "fact", "chance", "first", "last",
          "only", "next", "other", "kind", "sort", "part", "word", "words", "while", "way", "world", "story"}

_SELF_VERBS = {
    "is": "I am", "was": "I was", "has": "I have", "owes": "I owe", "knows": "I know", "isn't": "I'm not",
    "wasn't": "I wasn't", "doesn't": "I don't", "never": "I never", "still": "I still", "secretly": "I secretly",
    "once": "I once", "wants": "I want", "loves": "I love", "hates": "I hate", "works": "I work",
    "sleeps": "I sleep", "keeps": "I keep", "hides": "I hide", "plans": "I plan", "can't": "I can't",
}
_IRREGULAR_PAST = {
    "took", "stole", "saw", "wrote", "sold", "hid", "lost", "met", "left", "gave", "broke", "kept", "ran",
    "made", "knew", "found", "paid", "sent", "burnt", "bought", "told", "slept", "spent", "swore", "forgot",
    "drove", "shot", "fell", "let", "put", "read", "held", "heard", "built", "won", "threw", "bit", "sat",
}


def first_person(secret: str) -> str:
    """'Deleted the server logs at 2:14 a.m.' -> 'I deleted the server logs at 2:14 a.m.'"""
    text = strip_end(secret)
    if not text:
        return ""
    head, _, rest = text.partition(" ")
    low = head.lower()
    if low in {"i", "i'm", "i've", "i'd", "my"}:
        return upper_first(text) + "."
    if low in _SELF_VERBS:
        return f"{_SELF_VERBS[low]} {rest}".strip() + "."
    if low.endswith("ed") or low in _IRREGULAR_PAST:
        return f"I {low} {rest}".strip() + "."
    return f"Here's the truth: {lower_first(text)}."


def join_names(names: Sequence[str]) -> str:
    names = list(names)
    if not names:
        return "no one"
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def short_quote(text: str, limit: int = 90) -> str:
    """The first sentence of a line, cut at a word boundary."""
    text = clean(text).strip("\"“”")
    first = re.split(r"(?<=[.!?…])\s", text, maxsplit=1)[0]
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0].rstrip(",;:—-")
    return cut + "…"


def fill(template: str, slots: dict[str, str]) -> str:
    """str.format with missing slots left visible as words rather than crashing."""
    try:
        return template.format(**slots)
    except (KeyError, IndexError):
        return re.sub(r"\{(\w+)\}", lambda m: slots.get(m.group(1), m.group(1)), template)


def pick(rng: random.Random, pool: Sequence[str], turn: int = 0, stride: int = 7) -> str:
    """A seeded choice, shifted by the turn so neighbouring turns walk through the pool."""
    if not pool:
        return ""
    return pool[(rng.randrange(len(pool)) + turn * stride) % len(pool)]
