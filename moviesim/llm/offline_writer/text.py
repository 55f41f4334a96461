"""Small text helpers: reading a seed, picking up nouns, turning secrets into confessions.

User text is treated as plain data: nothing here escapes or strips markup (that is
the template layer's job), it only slices and recombines words.
"""

import hashlib
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
    "story", "tale", "movie", "film", "has", "have", "had", "not", "no", "so", "than", "then",
    "just", "only", "what", "which", "how", "why", "set", "whose", "every", "each", "other",
    # a few French / Spanish / German / Italian / Portuguese function words
    "un", "une", "le", "la", "les", "des", "du", "dans", "pendant", "et", "avec", "sur", "pour", "par",
    "el", "los", "las", "en", "de", "del", "y", "con", "por", "una", "uno", "durante",
    "der", "die", "das", "ein", "eine", "im", "und", "mit", "auf", "von", "während",
    "il", "lo", "gli", "di", "nel", "nella", "e", "o", "um", "uma", "na", "com",
}

# Words that name a genre rather than a subject: never the title's subject.
GENRE_WORDS = {
    "murder", "mystery", "detective", "whodunit", "heist", "robbery", "comedy", "sitcom", "funny",
    "romance", "romantic", "thriller", "spy", "drama", "horror", "fantasy", "sci", "fi", "science",
    "fiction", "noir", "meurtre", "asesinato", "mord", "misterio", "comedia", "romantico",
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
# "the keycard." / "your badge, ": a determiner, one word, then punctuation or a preposition (a head noun).
_THE_NOUN_RE = re.compile(
    r"\b(?:the|your|my|his|her|their)\s+([a-z][a-z-]{3,})"
    r"(?=\s*[.,;:!?…—]|\s+(?:of|in|on|at|to|from|with|for|and)\b|$)",
    re.IGNORECASE,
)


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


# Common story verbs: they end a noun phrase ("two rival chefs | fall in love").
VERBS = {
    "fall", "falls", "return", "returns", "meet", "meets", "discover", "discovers", "find", "finds", "try",
    "tries", "must", "wake", "wakes", "go", "goes", "come", "comes", "become", "becomes", "get", "gets",
    "take", "takes", "hide", "hides", "plan", "plans", "want", "wants", "learn", "learns", "lose", "loses",
    "face", "faces", "fight", "fights", "run", "runs", "can", "will", "should", "would", "could", "gather",
    "gathers", "arrive", "arrives", "die", "dies", "disappear", "disappears", "vanish", "vanishes",
    "investigate", "investigates", "steal", "steals", "stole", "stolen", "haunts", "haunt", "discovered",
    "found", "killed", "murdered", "is",
}


def _chunks(phrase: str) -> list[list[str]]:
    """Runs of content words between function words and verbs: roughly, the noun phrases."""
    tokens = words(phrase)
    runs: list[list[str]] = [[]]
    for i, word in enumerate(tokens):
        low = word.lower()
        following = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        # "drifting between": a verb; "cooking competition": a modifier.
        verb_ing = low.endswith("ing") and len(low) > 5 and (not following or following in STOPWORDS)
        if low in STOPWORDS or low in GENRE_WORDS or low in VERBS or len(word) < 2 or verb_ing:
            runs.append([])
        else:
            runs[-1].append(word)
    return [r for r in runs if r]


def noun_phrase(phrase: str, size: int = 3) -> str:
    """The first longer noun phrase, its last `size` words: 'a small tech company' -> 'small tech company'."""
    chunks = _chunks(phrase)
    if not chunks:
        return ""
    best = max(chunks, key=lambda c: min(len(c), 2))  # two words beat one; the first wins ties
    return " ".join(best[-size:])


# "in love", "in time": prepositions that do not introduce a place.
_NOT_PLACES = {
    "love", "time", "trouble", "secret", "public", "private", "fact", "order", "general", "particular",
    "vain", "turn", "return", "search", "charge", "debt", "danger", "hiding", "person", "front",
}


def read_seed(seed_text: str) -> SeedReading:
    text = clean(seed_text)[:400]
    places = [m for m in _PLACE_RE.finditer(text)
              if (words(m.group(2)) or [""])[0].lower() not in _NOT_PLACES and noun_phrase(m.group(2))]
    place = places[0] if places else None
    event = _EVENT_RE.search(text)
    where, setting, subject, is_place = "", "", "", False
    if place:
        place_words = place.group(2).strip()
        where = f"{place.group(1).lower()} {place_words}"
        setting = place_words
        subject, is_place = noun_phrase(place_words), True
    if event and noun_phrase(event.group(2)):
        occasion = event.group(2).strip()
        where = f"{where} during {occasion}".strip() if where else f"during {occasion}"
        setting = f"{setting} during {occasion}" if setting else occasion
        subject, is_place = noun_phrase(occasion), True
    if not subject:
        first_clause = re.split(r"[,.;:!?\n]", text, maxsplit=1)[0]
        subject = noun_phrase(first_clause) or noun_phrase(text)
    if not setting and content_words(text):
        setting = text[:120]
    return SeedReading(text=text, where=where, setting=upper_first(setting), subject=subject,
                       is_place=is_place)


def title_case(phrase: str) -> str:
    small = {"of", "the", "a", "an", "and", "in", "on", "at"}
    parts = phrase.split()
    return " ".join(
        p if (i and p.lower() in small) or p[:1].isupper() else p[:1].upper() + p[1:]
        for i, p in enumerate(parts)
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


def tidy(text: str) -> str:
    """'2:14 a.m..' -> '2:14 a.m.' (a template's full stop after an abbreviation)."""
    return re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)


_ON_WORDS = {
    "wall", "terrace", "roof", "rooftop", "deck", "platform", "landing", "pass", "drive", "dock", "floor",
    "steps", "jetty", "battlements", "helipad", "road", "bridge", "street", "stairs", "porch", "line",
    "green", "stage", "train", "ferry", "yard", "beach", "shore", "island", "field", "ice",
}


def at_place(location: str) -> str:
    """'Server room' -> 'in the server room'; 'Harbour wall' -> 'on the harbour wall'."""
    phrase = place_phrase(location)
    last = (words(phrase) or [""])[-1].lower()
    return ("on " if last in _ON_WORDS else "in ") + phrase


def sentence(text: str) -> str:
    text = clean(text)
    if not text:
        return text
    text = upper_first(text)
    return tidy(text if text[-1] in ".!?…\"”'" else text + ".")


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


_VAGUE = {
    "truth", "thing", "things", "same", "rest", "time", "point", "idea", "whole", "answer", "question",
    "moment", "night", "room", "others", "matter", "reason", "problem", "fact", "chance", "first", "last",
    "only", "next", "other", "kind", "sort", "part", "word", "words", "while", "way", "world", "story",
    "irony", "record", "easy", "hard", "best", "worst", "end", "beginning", "morning", "evening", "dark",
    "light", "floor", "table", "door", "wall", "window", "exit", "mood", "plan", "police", "lights",
    "face", "eyes", "hands", "voice", "head", "heart", "life", "lives", "people", "everyone", "family",
    "wind", "subject",
    # furniture of the offline writer's own gestures
    "doorframe", "papers", "water", "sleeve", "knuckle", "knuckles", "chair", "palm", "bulkhead",
    "hearth", "floorboards", "blinds", "street", "console", "watch", "car", "coin", "lamp",
}

_SELF_VERBS = {
    "is": "am", "was": "was", "has": "have", "isn't": "am not", "wasn't": "wasn't", "doesn't": "don't",
    "hasn't": "haven't", "can't": "can't", "won't": "won't", "did": "did", "didn't": "didn't", "had": "had",
}
_ADVERBS = {
    "never", "still", "secretly", "once", "quietly", "also", "always", "already", "really", "privately",
}
_IRREGULAR_PAST = {
    "took", "stole", "saw", "wrote", "sold", "hid", "lost", "met", "left", "gave", "broke", "kept", "ran",
    "made", "knew", "found", "paid", "sent", "burnt", "bought", "told", "slept", "spent", "swore", "forgot",
    "drove", "shot", "fell", "let", "put", "read", "held", "heard", "built", "won", "threw", "bit", "sat",
    "brought", "thought", "caught", "fought", "taught", "led", "fed", "dug", "hung", "wore", "tore", "chose",
    "rode", "woke", "froze", "spoke", "struck", "stood", "became", "began", "came", "drank", "ate", "forgave",
    "overheard", "withheld", "sank", "sang", "crept", "lent", "meant", "felt", "got", "laid", "said",
    "went", "slid", "shut", "cut", "hit", "bet", "quit", "split", "spread", "swam", "flew", "grew",
}
_PERSONS = {"he", "she", "they"}
_NOT_VERBS = {"this", "his", "its", "yes", "us", "thus", "plus", "bus", "gas", "lens", "papers", "news"}
_AUXILIARIES = {"were", "are", "was", "is", "have", "had", "will", "would", "can", "could", "of", "and"}


def _base_form(verb: str) -> str:
    """'hears' -> 'hear', 'carries' -> 'carry', 'watches' -> 'watch'; '' if it does not look like one."""
    low = verb.lower()
    if low in _NOT_VERBS or not low.endswith("s") or low.endswith("ss") or len(low) < 4:
        return ""
    if low.endswith("ies"):
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "xes", "zes", "oes")):
        return low[:-2]
    return low[:-1]


def _predicate(text: str) -> str:
    """A third-person predicate in the first person, without the 'I': '' when unsure."""
    head, _, rest = text.partition(" ")
    low = head.lower()
    following = rest.split(" ", 1)[0].lower() if rest else ""
    if low in _ADVERBS and rest:
        inner = _predicate(rest)
        return f"{low} {inner}" if inner else ""
    if low in _SELF_VERBS:
        return f"{_SELF_VERBS[low]} {rest}".strip()
    if low.endswith("ed") or low in _IRREGULAR_PAST:
        return f"{low} {rest}".strip()
    base = _base_form(head) if following not in _AUXILIARIES else ""
    return f"{base} {rest}".strip() if base else ""


def first_person(secret: str) -> str:
    """'Deleted the server logs at 2:14 a.m.' -> 'I deleted the server logs at 2:14 a.m.'"""
    text = strip_end(secret)
    if not text:
        return ""
    head, _, rest = text.partition(" ")
    low = head.lower()
    if low in {"i", "i'm", "i've", "i'd", "i'll", "my"}:
        return upper_first(text) + "."
    if low in _PERSONS and rest:  # "She forged the will" -> "I forged the will"
        text = rest
    predicate = _predicate(text)
    if predicate:
        return f"I {predicate}."
    return f"Here's the truth: {lower_first(text)}."


def join_names(names: Sequence[str]) -> str:
    names = list(names)
    if not names:
        return "no one"
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def short_quote(text: str, limit: int = 90) -> str:
    """The opening of a line (a sentence or two, at least a few words), cut at a word boundary."""
    text = clean(text).strip("\"“”")
    first = ""
    for part in re.split(r"(?<=[.!?…])\s", text):
        candidate = f"{first} {part}".strip()
        if first and len(candidate) > limit:
            break
        first = candidate
        if len(first) >= 30:
            break
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0].rstrip(",;:—-")
    return cut + "…"


VARIANTS = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def vary(template: str, key: str) -> str:
    """Choose one wording of each `{a|b|c}` in a template, the same every time for one story
    (`key`) and different from story to story: two stories of one genre that draw the same
    template still say it in their own words."""
    def choose(match: re.Match) -> str:
        options = match.group(1).split("|")
        return options[_stable(key, template, match.start()) % len(options)]

    return VARIANTS.sub(choose, template)


def _stable(*parts) -> int:
    return int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:8], "big")


def fill(template: str, slots: dict[str, str]) -> str:
    """The template's wordings chosen for the story (`slots["_key"]`, see `vary`), then its
    slots filled; '' when a slot has no value here (the caller takes another template)."""
    try:
        return vary(template, slots.get("_key", "")).format(**slots)
    except (KeyError, IndexError):
        return ""


def pick(rng: random.Random, pool: Sequence[str], turn: int = 0, stride: int = 7) -> str:
    """A seeded choice, shifted by the turn so neighbouring turns walk through the pool."""
    if not pool:
        return ""
    return pool[(rng.randrange(len(pool)) + turn * stride) % len(pool)]


_YOU_VERBS = {"am": "are", "was": "were", "have": "have"}


def second_person(secret: str) -> str:
    """'Moved the lamp key at midnight' -> 'you moved the lamp key at midnight' (no full stop)."""
    mine = first_person(secret)
    if mine.startswith("I "):
        head, _, rest = mine[2:].rstrip(".").partition(" ")
        return f"you {_YOU_VERBS.get(head, head)} {rest}".strip()
    return f"you kept this from us: {lower_first(strip_end(secret))}"


def third_person(secret: str, name: str) -> str:
    """'Moved the lamp key at midnight' -> 'Dex moved the lamp key at midnight' (no full stop)."""
    text = strip_end(secret)
    head, _, rest = text.partition(" ")
    if head.lower() in _PERSONS and rest:
        text = rest
    return f"{name} {lower_first(text)}"


def confession(secret: str) -> str:
    """The speaker's own secret for `{secret_i}`: 'I moved the lamp key at midnight'."""
    return first_person(secret).rstrip(".")


_GIST_BREAKS = {"and", "that", "who", "which", "where", "whose", "at", "to", "before", "after", "with", "for",
                "from", "when", "while", "because", "but", "so", "until", "since", "over", "yesterday", "last",
                "without", "about", "behind", "in", "on", "years", "ago", "months", "weeks", "days", "tonight",
                "once", "every", "during", "into"}
# Where a gist that has found its place still stops: the next clause, or a when.
_CLAUSE_BREAKS = {"and", "before", "after", "when", "while", "because", "but", "so", "until", "since", "without",
                  "yesterday", "last", "years", "ago", "months", "weeks", "days", "tonight", "once", "every", "at"}
_DANGLING = {"that", "who", "which", "where", "whose", "when", "the", "a", "an", "of", "at", "to", "in", "on",
             "from", "for", "with", "into", "by", "his", "her", "their", "my", "your", "its", "our", "two", "three",
             "four", "five", "ten", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "half", "several",
             "some"}
_AUXILIARIES = {"been", "is", "was", "are", "were", "keeps", "kept", "about", "be", "seen"}
_PLACES_AT = {"under", "behind", "in", "inside", "beneath", "on", "into"}


def _progressive(words_so_far: list[str]) -> bool:
    """'has been sleeping', 'lied about being': a verb in -ing after an auxiliary (not 'the warning')."""
    return any(w.lower().endswith("ing") and (w.lower() == "being" or i and words_so_far[i - 1].lower() in
                                                _AUXILIARIES) for i, w in enumerate(words_so_far))


def gist(secret: str) -> str:
    """A secret cut to its core, as someone repeating it back would say it: 'Moved the lamp key at
    midnight and told no one' -> 'moved the lamp key'. Never the whole sheet text word for word:
    the verb and at most four words after it (a name is kept whole), or, after a verb in -ing or
    a thing put somewhere ('lied about being in the office', 'keeps a pistol taped under a
    table'), its place too."""
    parts = strip_end(secret).split()
    out: list[str] = []
    going = False  # the gist runs on to the place where it happened
    for i, word in enumerate(parts):
        named = word[:1].isupper() and i > 0
        bare = word.lower().strip(",;")
        going = going or _progressive(out) or (len(out) >= 3 and out[-1].lower().endswith("ed")
                                                and bare in _PLACES_AT)
        if i >= 2 and bare in _GIST_BREAKS and not (going and bare not in _CLAUSE_BREAKS):
            break
        if len(out) >= (8 if going else 5) and not (named and out and out[-1][:1].isupper()):
            break
        out.append(word.rstrip(",;"))
        if word.endswith((",", ";")):
            break
    while len(out) > 1 and out[-1].lower() in _DANGLING:
        out.pop()
    if len(out) == 1 and len(parts) > 1:  # 'Owes forty thousand…' -> 'owes money', never a bare verb
        out.append("money" if out[0].lower().startswith("owe") else "it")
    return " ".join(out)
