"""The offline writer's text pools: what a genre module and a setting must hold, and a check.

A genre module (`genres/<name>.py`) defines `GENRE`, a dict of pools. A setting
(`settings.py`) defines the world a seed names: its people, places and things. Templates
fill `{slots}` from the story at hand, so the same pool reads differently in every story;
`check_genre` / `check_setting` list what is wrong with one (tests run them on all).

Writing rules, because the bench counts repeated five-word runs across lines:
  * no two templates of a genre share a run of four fixed words (words outside slots);
  * a slot at least every few words where it reads naturally ("the {prop}", "{addr}");
  * concrete, spoken, one person talking: no stock phrases, no narration inside dialogue.
Run `python -m moviesim.llm.offline_writer.pools` to check everything.
"""

import re
import sys
from collections import defaultdict

SLOT = re.compile(r"\{(\w+)\}")
VARIANTS = re.compile(r"\{([^{}]*\|[^{}]*)\}")
# Lines spoken and gestures made: two stories of a genre may draw the same template, so each
# says it in the story's own words (`{a|b|c}`, chosen per story): never more than this many
# fixed words in a row, outside slots and variants.
VARIED_POOLS = ("tactics.", "replies.", "confessions", "gestures")
MAX_FIXED_RUN = 4

# Slots every template may use: the story's world.
WORLD = {"setting", "Setting", "where", "place", "place2", "Place", "prop", "prop2", "Prop", "group", "time",
         "absent", "absent_role"}
# Lines spoken in a scene also know who is speaking, to whom, and who else is there.
SPOKEN = WORLD | {"addr", "other"}
CAST = WORLD | {"hero", "rival", "ally"}

TACTICS = ("press", "accuse", "deflect", "bargain", "threaten", "charm", "plead", "confide")
REPLIES = ("to_question", "to_accusation", "to_statement", "to_reveal", "to_event", "opener")
OUTLINE_POSITIONS = ("opening", "middle", "climax")

# pool -> (minimum size, allowed slots, required slots: at least one template must... see below)
POOLS: dict[str, tuple[int, set[str]]] = {
    "tones": (3, set()),
    "themes": (6, set()),
    "moods": (6, set()),
    "speaking_styles": (8, set()),
    "titles": (12, CAST),
    "loglines": (6, CAST),
    "questions": (6, CAST),
    "truths": (6, CAST | {"culprit", "secret_they"}),
    "secrets": (20, WORLD),
    "motivations": (12, WORLD),
    "goals": (10, WORLD),
    "fears": (10, WORLD),
    "confessions": (10, SPOKEN | {"secret_i"}),
    "gestures": (30, SPOKEN | {"name"}),
    "narration": (15, WORLD),
    "events": (15, WORLD),
    "exits": (8, WORLD | {"name"}),
    "openings": (12, WORLD),
    "resolutions": (6, CAST | {"culprit", "secret_they"}),
    "options": (8, CAST),
}
NESTED = {
    "tactics": (TACTICS, 10, SPOKEN),
    "replies": (REPLIES, 10, SPOKEN | {"secret_you"}),
    "beats": (OUTLINE_POSITIONS, 6, CAST | {"holder"}),
    "must_change": (OUTLINE_POSITIONS, 6, CAST | {"holder"}),
}
# Templates that must use a slot: a confession says the secret, a reaction to a reveal names it.
MUST = {"confessions": "secret_i", "replies.to_reveal": "secret_you", "exits": "name", "gestures": "name",
        "truths": "culprit", "resolutions": "culprit"}
# Secrets and motivations are phrases the writer conjugates: "Moved the lamp key" → "I moved", "you moved".
PRESENT_VERBS = {"has", "is", "was", "owes", "knows", "loves", "hates", "wants", "keeps", "works", "sends",
                 "visits", "sleeps", "plans", "pays", "sells", "steals", "hides", "writes", "reads", "takes",
                 "meets", "drinks", "gambles", "blames", "fears", "still", "never", "secretly", "once"}
SETTING_KEYS = {"keywords": 1, "setting": 0, "where": 0, "group": 0, "roles": 6, "places": 6, "props": 6,
                "absent_roles": 2, "events": 4, "textures": 4}
MAX_WORDS = 26


def _fixed_parts(template: str) -> list[list[str]]:
    """The template's stretches of fixed words, between its slots and variants."""
    text = VARIANTS.sub("{_}", template)
    return [re.findall(r"[a-z']+", part.lower()) for part in SLOT.split(text)[::2]]


def _fixed_runs(template: str, n: int = 4) -> set[tuple[str, ...]]:
    """Runs of n words with no slot or variant among them."""
    runs = set()
    for words in _fixed_parts(template):
        runs.update(tuple(words[i:i + n]) for i in range(len(words) - n + 1))
    return runs


def _plain(template: str) -> str:
    """The template with each variant's first wording."""
    return VARIANTS.sub(lambda m: m.group(1).split("|")[0], template)


def _templates(genre: dict) -> list[tuple[str, str, set[str]]]:
    out = []
    for pool, (_, slots) in POOLS.items():
        out += [(pool, t, slots) for t in genre.get(pool, [])]
    for pool, (keys, _, slots) in NESTED.items():
        for key in keys:
            out += [(f"{pool}.{key}", t, slots) for t in genre.get(pool, {}).get(key, [])]
    return out


def check_genre(name: str, genre: dict) -> list[str]:
    problems = []
    for key in ("label", "keywords"):
        if not genre.get(key):
            problems.append(f"{name}: no {key}")
    for pool, (minimum, _) in POOLS.items():
        if len(genre.get(pool, [])) < minimum:
            problems.append(f"{name}: {pool} has {len(genre.get(pool, []))}, needs {minimum}")
    for pool, (keys, minimum, _) in NESTED.items():
        for key in keys:
            size = len(genre.get(pool, {}).get(key, []))
            if size < minimum:
                problems.append(f"{name}: {pool}.{key} has {size}, needs {minimum}")
    seen: dict[tuple[str, ...], str] = {}
    for pool, template, slots in _templates(genre):
        used = set(SLOT.findall(template))
        if used - slots:
            problems.append(f"{name}: {pool}: unknown slot {sorted(used - slots)} in {template!r}")
        must = MUST.get(pool)
        if must and must not in used:
            problems.append(f"{name}: {pool}: must use {{{must}}}: {template!r}")
        for group in VARIANTS.findall(template):
            if len(set(group.split("|"))) < 2:
                problems.append(f"{name}: {pool}: a variant needs two different wordings: {template!r}")
        if "{" in VARIANTS.sub("", SLOT.sub("", template)) or "}" in VARIANTS.sub("", SLOT.sub("", template)):
            problems.append(f"{name}: {pool}: a brace that is neither a slot nor a variant: {template!r}")
        if pool.startswith(VARIED_POOLS) and max(map(len, _fixed_parts(template))) > MAX_FIXED_RUN:
            problems.append(f"{name}: {pool}: more than {MAX_FIXED_RUN} fixed words in a row (add a slot or a "
                            f"{{variant|wording}}): {template!r}")
        if len(_plain(template).split()) > MAX_WORDS:
            problems.append(f"{name}: {pool}: over {MAX_WORDS} words: {template!r}")
        if pool == "secrets":
            first = _plain(template).split()[0].lower()
            if not (first.endswith("ed") or first in PRESENT_VERBS or first in IRREGULAR_PAST):
                problems.append(f"{name}: secrets start with a past or present verb: {template!r}")
        if pool in ("titles", "questions", "loglines", "truths", "themes", "tones", "moods", "speaking_styles",
                    "secrets", "motivations", "goals", "fears", "beats.opening", "beats.middle",
                    "beats.climax", "must_change.opening", "must_change.middle", "must_change.climax", "options"):
            continue  # phrases of their own kind: not spoken, read once per story
        for run in _fixed_runs(template):
            if run in seen and seen[run] != template:
                problems.append(f"{name}: '{' '.join(run)}' in both {seen[run]!r} and {template!r}")
            seen.setdefault(run, template)
    return problems


IRREGULAR_PAST = {"took", "stole", "hid", "sold", "broke", "lost", "left", "saw", "knew", "paid", "wrote", "kept",
                  "sent", "burned", "burnt", "forgot", "lied", "ran", "spent", "met", "made", "gave", "told",
                  "found", "read", "bought", "slept", "drank", "swore", "threw", "put", "cut", "set", "let",
                  "fell", "won", "held", "began", "drove", "hit", "shot", "came", "went", "got", "did", "had",
                  "heard", "felt", "led", "meant", "sank", "stood", "struck", "swapped", "tore", "woke"}


def check_setting(name: str, setting: dict) -> list[str]:
    problems = []
    for key, minimum in SETTING_KEYS.items():
        value = setting.get(key)
        if not value:
            problems.append(f"setting {name}: no {key}")
        elif minimum and len(value) < minimum:
            problems.append(f"setting {name}: {key} has {len(value)}, needs {minimum}")
    for event in setting.get("events", []):
        if set(SLOT.findall(event)) - {"place", "prop", "time"}:
            problems.append(f"setting {name}: events may use only {{place}}, {{prop}}, {{time}}: {event!r}")
    for key in ("roles", "places", "props", "absent_roles"):
        for item in setting.get(key, []):
            if item != item.lower() and not any(w[:1].isupper() for w in item.split()[1:]):
                problems.append(f"setting {name}: {key} are lower-case noun phrases without an article: {item!r}")
            if key != "absent_roles" and item.lower().startswith(("the ", "a ", "an ")):
                problems.append(f"setting {name}: {key} take no article: {item!r}")
    return problems


def check_all() -> list[str]:
    from moviesim.llm.offline_writer.genres import GENRES
    from moviesim.llm.offline_writer.settings import SETTINGS

    problems = []
    for name, genre in GENRES.items():
        problems += check_genre(name, genre)
    for name, setting in SETTINGS.items():
        problems += check_setting(name, setting)
    keywords = defaultdict(list)
    for name, setting in SETTINGS.items():
        for keyword in setting.get("keywords", []):
            keywords[keyword].append(name)
    problems += [f"keyword {k!r} in several settings: {v}" for k, v in keywords.items() if len(v) > 1]
    return problems


def _check_one(kind: str, name: str) -> list[str]:
    import importlib

    if kind == "genre":
        return check_genre(name, importlib.import_module(f"moviesim.llm.offline_writer.genres.{name}").GENRE)
    from moviesim.llm.offline_writer.settings import SETTINGS

    return check_setting(name, SETTINGS[name])


if __name__ == "__main__":
    # python -m moviesim.llm.offline_writer.pools [genre NAME | setting NAME]
    found = _check_one(sys.argv[1], sys.argv[2]) if len(sys.argv) == 3 else check_all()
    print("\n".join(found) or "all pools pass")
    sys.exit(1 if found else 0)
