"""Looking back: the observer's report, scene summaries, and the finished story as prose."""

import random
import re
from collections import Counter
from typing import Any

from moviesim.llm.offline_writer.genres import detect_genre
from moviesim.llm.offline_writer.scene import LEXICON, unit
from moviesim.llm.offline_writer.text import (
    at_place,
    clean,
    find_lexicon,
    first_name,
    join_names,
    lower_first,
    place_phrase,
    short_quote,
    upper_first,
)
from moviesim.llm.schemas import Narrative, ObserverReport, SceneSummary

_HOT = re.compile(
    r"!|\b(?:dead|death|die|kill\w*|murder\w*|blood\w*|lie|lying|liar|lied|gun|knife|scream\w*|alarm|secret\w*"
    r"|truth|run|fire|help|enough|damn\w*|traitor|betray\w*|now)\b",
    re.IGNORECASE,
)
_SPOKEN_KINDS = {"", "dialogue", "character", "line", "turn"}
ENDINGS = {
    "mystery": "By first light the truth was out, and it had cost every one of them something.",
    "heist": "The take was counted, the crew scattered, and none of them ever talked about that night again.",
    "sci-fi": "The ship went on through the dark, lighter by a few secrets, carrying whoever was left home.",
    "fantasy": "The old magic went back to sleep, and the realm woke to a morning it had not been promised.",
    "horror": "They left before the sun was fully up, and none of them looked back at the windows.",
    "romance": "In the end nobody got exactly what they planned, and most of them got something better.",
    "comedy": "Nothing went to plan, everything worked out anyway, and someone is still hunting the goat.",
    "thriller": "The file went public, the guilty went quiet, and somewhere a phone rang unanswered.",
    "drama": "They did not fix everything, but they said the true things out loud, and that was a beginning.",
}
def opening_word(rng: random.Random, index: int) -> str:
    return ["Later,", "Then,", "After that,", "Hours later,"][(index + rng.randrange(4)) % 4]


OPENINGS = [
    "It began {in_place}.",
    "Later, {in_place}, things grew harder.",
    "Then came {place}.",
    "The next hours played out {in_place}.",
    "By the time they reached {place}, nobody was pretending.",
]


def speech_verb(rng: random.Random, quote: str) -> str:
    if "!" in quote:
        return rng.choice(["snapped", "shouted", "burst out"])
    if "?" in quote:
        return rng.choice(["asked", "demanded"])
    return rng.choice(["said", "insisted", "said quietly", "told the room"])


def attributed(rng: random.Random, quote: str, speaker: str) -> str:
    """“Nobody leaves,” Mara said. — the quote's full stop becomes a comma before the attribution."""
    body = quote[:-1] + "," if quote.endswith(".") and not quote.endswith("..") else quote
    return f"“{body}” {speaker} {speech_verb(rng, quote)}."


_LINE_SPEECH = re.compile(r':\s"(.*)"(?:\s\[.*\])?$')


def _turns(items: Any) -> list[dict[str, str]]:
    """Turns with `text` narrowed to what was said: the engine's text may end with the action."""
    turns = []
    for item in items or []:
        if not isinstance(item, dict):
            continue
        turn = {k: clean(item.get(k, "")) for k in ("speaker", "kind", "text", "action")}
        speech = _LINE_SPEECH.search(clean(item.get("line", "")))
        if speech:
            turn["text"] = speech.group(1)
        elif turn["action"] and turn["text"].endswith(turn["action"]):
            turn["text"] = turn["text"][: -len(turn["action"])].strip()
        turns.append(turn)
    return turns


def _spoken(turns: list[dict[str, str]]) -> list[dict[str, str]]:
    return [t for t in turns if t["speaker"] and t["speaker"] != "NARRATOR" and t["text"]
            and t["kind"].lower() in _SPOKEN_KINDS]


def observer(rng: random.Random, ctx: dict[str, Any]) -> ObserverReport:
    recent = _turns(ctx.get("recent"))
    history = [unit(x, 0.4) for x in ctx.get("tension_history") or [] if isinstance(x, (int, float))]
    since = int(ctx.get("turns_since_event") or 0)
    counts = [(clean(c.get("name")), int(c.get("count") or 0)) for c in ctx.get("speaker_counts") or []
              if isinstance(c, dict) and clean(c.get("name"))]
    texts = [t["text"] for t in recent if t["text"]]

    heat = sum(len(_HOT.findall(t)) for t in texts) / max(1, len(texts))
    tension = 0.55 * (history[-1] if history else 0.4) + 0.45 * min(1.0, heat / 2.5)
    progression = max(0.05, 1.0 - since / 12)
    distinct = len(set(texts)) / len(texts) if texts else 1.0
    consistency = min(1.0, 0.78 + 0.12 * distinct + rng.uniform(0.0, 0.06))
    voices = {t["speaker"] for t in recent if t["speaker"]}
    variety = min(1.0, len(voices) / 3)
    engagement = 0.4 * tension + 0.3 * progression + 0.3 * variety

    total = sum(c for _, c in counts)
    top_name, top_count = max(counts, key=lambda c: c[1]) if counts else ("", 0)
    # "Dominates": well over a fair share (three quarters of two voices, half of four or more).
    dominated = len(counts) >= 2 and total >= 6 and top_count / total > max(0.5, 1.5 / len(counts))
    quiet = [n for n, c in counts if c == min(c for _, c in counts)] if counts else []

    problems: list[str] = []
    recommendations: list[str] = []
    if tension < 0.3:
        problems.append("Tension has gone slack: the last lines are polite and nobody is at risk.")
        recommendations.append("Inject an event that forces a choice: an arrival, a discovery, a lie.")
    if len(history) >= 3 and history[-1] < history[-3] - 0.1:
        problems.append("Tension is falling turn over turn.")
    if since > 8:
        problems.append(f"Nothing has happened for {since} turns; the scene is circling.")
        recommendations.append("Move to the next beat or end the scene.")
    if dominated:
        problems.append(f"{first_name(top_name)} has {top_count} of the {total} lines so far.")
        others = [n for n in quiet if n != top_name]
        if others:
            quiet_names = join_names([first_name(n) for n in others])
            recommendations.append(f"Give {quiet_names} a reason to speak up.")
    if distinct < 0.8:
        problems.append("Lines are starting to repeat.")
        recommendations.append("Have a character act instead of talk, or reveal something new.")
    if not recommendations:
        recommendations.append("Keep pressure on the current beat; let a secret rise toward the surface.")

    return ObserverReport(
        tension=round(tension, 2), character_consistency=round(consistency, 2),
        plot_progression=round(progression, 2), engagement=round(engagement, 2),
        problems=problems, recommendations=recommendations,
        intervention_needed=tension < 0.3 or since > 8 or dominated,
    )


def _key_line(spoken: list[dict[str, str]]) -> dict[str, str] | None:
    if not spoken:
        return None
    return max(spoken, key=lambda t: (len(_HOT.findall(t["text"])), len(t["text"]) < 160, len(t["text"])))


def scene_summary(rng: random.Random, ctx: dict[str, Any]) -> SceneSummary:
    scene = ctx.get("scene") or {}
    turns = _turns(ctx.get("turns"))
    spoken = _spoken(turns)
    perspective = clean(ctx.get("name"))
    where = upper_first(at_place(clean(scene.get("location"))))
    speakers = [s for s, _ in Counter(t["speaker"] for t in spoken).most_common()]
    if not spoken:
        return SceneSummary(summary=f"{where}, nothing was said aloud; the silence did the talking.")
    props = find_lexicon(" ".join(t["text"] for t in turns), LEXICON)
    over = f" over the {props[-1]}" if props else ""
    if perspective:
        me = first_name(perspective)
        others = [first_name(s) for s in speakers if s != perspective] or ["the others"]
        first = f"{where}, {me} faced {join_names(others)}{over}."
    else:
        first = f"{where}, {join_names([first_name(s) for s in speakers])} circled each other{over}."
    key = _key_line(spoken)
    parts = [first]
    if key:
        who = "I" if key["speaker"] == perspective else first_name(key["speaker"])
        quote = short_quote(key["text"])
        parts.append(f"{who} {speech_verb(rng, quote)}: “{quote}”")
    last = spoken[-1]
    if last is not key and len(spoken) > 2:
        parts.append(f"It ended with {first_name(last['speaker'])}: “{short_quote(last['text'], 70)}”")
    return SceneSummary(summary=" ".join(parts))


def _location_of(heading: str) -> str:
    text = re.sub(r"^(INT\.?/EXT\.?|INT\.?|EXT\.?|I/E\.?)\s+", "", clean(heading), flags=re.IGNORECASE)
    text = re.split(r"\s+[-–—]\s+", text)[0]
    return (text.capitalize() if text.isupper() else text) or "Somewhere nobody remembers"


def _scene_paragraph(rng: random.Random, index: int, scene: dict[str, Any]) -> str:
    spoken = _spoken(_turns(scene.get("turns")))
    summary = clean(scene.get("summary"))
    if summary:  # the scene's own summary, joined to the story with a time word
        opens_with_place = summary.split(" ", 1)[0] in {"In", "On", "At"}
        sentences = [f"{opening_word(rng, index)} {lower_first(summary)}" if index and opens_with_place
                     else summary]
    else:
        location = _location_of(scene.get("heading", ""))
        opening = OPENINGS[0] if index == 0 else OPENINGS[1 + (index + rng.randrange(4)) % 4]
        sentences = [opening.format(place=place_phrase(location), in_place=at_place(location))]
        speakers = [s for s, _ in Counter(t["speaker"] for t in spoken).most_common()]
        if speakers:
            together = rng.choice(["were there", "faced each other", "said more than they meant to"])
            sentences.append(f"{join_names([first_name(s) for s in speakers])} {together}.")
    quoted: list[dict[str, str]] = []
    for line in [spoken[0] if spoken else None, _key_line(spoken)]:
        if line and line not in quoted:
            quoted.append(line)
    for line in quoted[: 1 if summary else 2]:
        quote = short_quote(line["text"])
        if quote not in summary:
            sentences.append(attributed(rng, quote, first_name(line["speaker"])))
    if len(spoken) > 3:
        sentences.append(f"By the end, {first_name(spoken[-1]['speaker'])} had the last word.")
    if not spoken and not summary:
        sentences.append("Nobody said a word that mattered; what happened there happened in silence.")
    return " ".join(sentences)


def narrative(rng: random.Random, ctx: dict[str, Any]) -> Narrative:
    title = clean(ctx.get("title")) or "Untitled"
    genre_key = detect_genre(clean(ctx.get("genre")))
    scenes = [s for s in ctx.get("scenes") or [] if isinstance(s, dict)]
    logline = clean(ctx.get("logline"))
    paragraphs = [logline] if logline else []
    paragraphs += [_scene_paragraph(rng, i, scene) for i, scene in enumerate(scenes)]
    paragraphs.append(ENDINGS[genre_key])
    return Narrative(title=title, prose="\n\n".join(upper_first(p) for p in paragraphs))
