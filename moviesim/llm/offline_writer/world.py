"""The world a seed names: its setting, places, things, people, and the story's own choices
among them (the same on every call of one story, different from story to story).

Every role's writer rebuilds the `World` from the seed text and the story's key, both in
every request, so nothing needs to be remembered between calls.
"""

import hashlib
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache

from moviesim.llm.offline_writer import names
from moviesim.llm.offline_writer.genres import GENRES, detect_genre
from moviesim.llm.offline_writer.settings import SETTINGS
from moviesim.llm.offline_writer.text import STOPWORDS, clean, content_words, noun_phrase, read_seed, title_case

# When the seed names no setting, the genre brings a fitting one (found by these words).
DEFAULT_SETTING = {"mystery": "country house", "heist": "casino", "sci-fi": "starship", "fantasy": "castle",
                   "horror": "haunted house", "romance": "wedding", "comedy": "office", "thriller": "embassy",
                   "drama": "family home"}
GENERIC = {
    "keywords": [], "setting": "house", "where": "at the house", "group": "the household",
    "roles": ["owner", "old friend", "lodger", "neighbour", "visitor from the city", "cousin", "handyman",
              "doctor"],
    "places": ["kitchen", "front room", "stairwell", "attic", "back garden", "cellar", "study", "porch"],
    "props": ["photograph", "letter", "key", "telephone", "suitcase", "notebook", "bottle", "ring"],
    "absent_roles": ["the old owner", "the one who left", "the friend who died"],
    "events": ["The lights go out all at once.", "Someone knocks at the door and will not stop.",
               "A letter nobody posted lies on the mat."],
    "textures": ["a clock ticking too loud", "rain at the windows", "the smell of old smoke"],
}
CLOCK = ["ten past two", "a quarter to midnight", "twenty to four", "half past eleven", "ten to one",
         "just after three", "a quarter past five", "nine minutes past midnight", "twenty past one",
         "half past four"]


def stable(*parts) -> int:
    """A number from its parts that is the same on every machine and every run."""
    return int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:8], "big")


def shuffled(items, *key) -> list:
    items = list(items)
    random.Random(stable(*key)).shuffle(items)
    return items


def _hits(keyword: str, text: str) -> int:
    return len(re.findall(r"(?<!\w)" + re.escape(keyword) + r"\w{0,4}(?!\w)", text))


def match_setting(text: str) -> str:
    low = (text or "").lower()
    best, score = "", 0
    for name, setting in SETTINGS.items():
        hits = sum(_hits(k, low) * (1 + k.count(" ")) for k in setting["keywords"])
        if hits > score:
            best, score = name, hits
    return best


@dataclass
class World:
    seed: str
    key: str
    genre_key: str
    genre: dict
    setting: dict
    seed_nouns: list[str] = field(default_factory=list)

    # -- the story's own choices among the world's pools ------------------------------------------

    @property
    def places(self) -> list[str]:
        return shuffled(self.setting["places"], self.key, "places")

    @property
    def props(self) -> list[str]:
        own = [n for n in self.seed_nouns if n not in self.setting["props"]][:2]
        return own + shuffled(self.setting["props"], self.key, "props")

    @property
    def roles(self) -> list[str]:
        roles = list(self.setting["roles"])
        return roles[:1] + shuffled(roles[1:], self.key, "roles")  # the seed's obvious role comes first

    @property
    def time(self) -> str:
        return CLOCK[stable(self.key, "time") % len(CLOCK)]

    @property
    def absent(self) -> str:
        return names_for(self.key, 12)[-1]

    @property
    def absent_role(self) -> str:
        roles = self.setting.get("absent_roles") or GENERIC["absent_roles"]
        return roles[stable(self.key, "absent") % len(roles)]

    def slots(self, place: str = "", prop_turn: int = 0) -> dict[str, str]:
        """The world's slots, for a scene at `place` (a scene's own props rotate with `prop_turn`)."""
        places = self.places
        place = place_noun(place) or places[0]
        other_place = next((p for p in places if p != place), place)
        props = self.props
        first = props[prop_turn % len(props)]
        second = props[(prop_turn + 1) % len(props)]
        setting = self.setting["setting"]
        return {"setting": setting, "Setting": title_case(setting), "where": self.setting["where"],
                "place": place, "place2": other_place, "Place": title_case(place), "prop": first, "prop2": second,
                "Prop": title_case(first), "group": self.setting["group"], "time": self.time,
                "absent": self.absent, "absent_role": self.absent_role, "_key": self.key}


def place_noun(location: str) -> str:
    """'INT. LAMP ROOM - NIGHT' or 'The lamp room' -> 'lamp room'."""
    text = clean(location)
    text = re.sub(r"^(INT\.|EXT\.|INT/EXT\.?|I/E\.?)\s*", "", text, flags=re.IGNORECASE)
    text = re.split(r"\s+-\s+", text)[0]
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE)
    return text.lower() if text.isupper() or text[:1].isupper() and not text[1:2].isupper() else text


def names_for(key: str, count: int) -> list[str]:
    """`count` full names for a story: no two share a first name, a surname or an initial where it can help."""
    firsts = shuffled(names.FIRST_NAMES, key, "first")
    lasts = shuffled(names.SURNAMES, key, "last")
    out, initials = [], set()
    for first in firsts:
        if first[0] in initials and len(initials) < 20:
            continue
        initials.add(first[0])
        out.append(f"{first} {lasts[len(out)]}")
        if len(out) == count:
            break
    return out


def _seed_nouns(seed: str, setting: dict) -> list[str]:
    """The seed's own things: its content words that name something a person can hold or see."""
    known = {w for phrase in [*setting["places"], *setting["props"], setting["setting"], *setting["roles"]]
             for w in phrase.lower().split()}
    words = [w.lower() for w in content_words(seed) if len(w) > 3]
    genre_words = {k for g in GENRES.values() for k in [*g["keywords"], *g.get("weak_keywords", [])]}
    return [w for w in dict.fromkeys(words) if w not in known and w not in STOPWORDS and w not in genre_words
            and not w.endswith(("ing", "ly", "ed"))][:3]


@lru_cache(maxsize=256)
def world(seed: str, key: str) -> World:
    seed = clean(seed)
    genre_key = detect_genre(seed)
    matched = match_setting(seed) or match_setting(DEFAULT_SETTING.get(genre_key, ""))
    setting = dict(SETTINGS.get(matched) or GENERIC)
    if not matched:
        reading = read_seed(seed)
        noun = noun_phrase(reading.setting) if reading.setting else ""
        if noun:
            setting.update(setting=noun.lower(), where=f"at the {noun.lower()}")
    # The seed's own words become things of the story only where no setting knows its world.
    return World(seed=seed, key=key, genre_key=genre_key, genre=GENRES[genre_key], setting=setting,
                 seed_nouns=[] if matched else _seed_nouns(seed, setting))
