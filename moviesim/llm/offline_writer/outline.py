"""Director: the outline. The question, the truth behind it, and a scene plan in which one
character's secret surfaces at a time, building to the climax, where the culprit's does."""

from typing import Any

from moviesim.llm.offline_writer.text import clean, fill, first_name, sentence, third_person, upper_first
from moviesim.llm.offline_writer.world import World, shuffled, stable, world
from moviesim.llm.schemas import OutlinePart, OutlineScene, StoryOutline

TIMES = ["NIGHT", "LATER", "DAWN", "MORNING", "DUSK", "CONTINUOUS", "LATE NIGHT", "EVENING"]


def culprit_of(w: World, cast: list[dict]) -> int:
    """Who the truth points at: never the first of the cast (the story's eyes), always someone with a secret."""
    with_secrets = [i for i, c in enumerate(cast) if c.get("secrets")]
    choices = [i for i in with_secrets if i != 0] or with_secrets or [0]
    return choices[stable(w.key, "culprit") % len(choices)]


def _pick(pool: list[str], w: World, name: str, slots: dict, taken: set[str] | None = None) -> str:
    """The first of `pool` (in the story's order for `name`) that fills, preferring one not `taken`."""
    first = ""
    for template in shuffled(pool, w.key, name):
        text = fill(template, slots)
        if text and (taken is None or text not in taken):
            if taken is not None:
                taken.add(text)
            return text
        first = first or text
    return first


def outline(rng, ctx: dict[str, Any]) -> StoryOutline | OutlinePart:
    """The whole outline, or the part the Director asks for (scenes `first` to `first + count - 1`
    of a long one): the plan is drawn from the story's key, so its parts fit together."""
    whole = _whole(ctx)
    first, count = int(ctx.get("first") or 1), int(ctx.get("count") or len(whole.scenes))
    scenes = whole.scenes[first - 1:first - 1 + count]
    if first > 1:
        return OutlinePart(scenes=scenes)
    return whole.model_copy(update={"scenes": scenes})


def _whole(ctx: dict[str, Any]) -> StoryOutline:
    w = world(clean(ctx.get("seed_text")), ctx.get("story_key") or "")
    g = w.genre
    cast = [c for c in ctx.get("cast") or [] if clean(c.get("name"))]
    names = [c["name"] for c in cast]
    size = max(1, int(ctx.get("scenes") or 3))
    culprit = culprit_of(w, cast)
    key_secret = (cast[culprit].get("secrets") or ["kept the truth from everyone"])[0]
    base = {**w.slots(), "hero": names[0], "rival": names[min(1, len(names) - 1)], "ally": names[-1],
            "culprit": names[culprit], "secret_they": third_person(key_secret, first_name(names[culprit]))}
    question = _pick(g["questions"], w, "question", base)
    # The truth names the culprit's own secret, so the climax that reveals it answers the question.
    truth = _pick([t for t in g["truths"] if "{secret_they}" in t] or g["truths"], w, "truth", base)
    # The trail: everyone else's secrets, one a scene, first secrets before second ones, so one
    # person is not cornered twice in a row.
    trail = [(i, n) for i, c in enumerate(cast) if i != culprit for n in range(1, len(c.get("secrets") or []) + 1)]
    trail = sorted(shuffled(trail, w.key, "trail"), key=lambda pair: pair[1])
    if len(cast[culprit].get("secrets") or []) > 1:
        trail.append((culprit, 2))  # the culprit's lesser secret comes out before the truth does
    places = w.places
    scenes, beats = [], set()
    for i in range(size):
        climax = i == size - 1
        position = "opening" if i == 0 else "climax" if climax else "middle"
        if climax:
            holder, index = culprit, 1
        elif i > 0 and trail:
            holder, index = trail.pop(0)
        else:
            holder, index = None, 0
        present = _present(w, names, i, holder, culprit, climax)
        slots = {**base, "holder": names[holder] if holder is not None else names[0],
                 "place": places[i % len(places)]}
        beat = _pick(g["beats"][position], w, f"beat{i}", slots, beats)  # a long outline never repeats a beat
        change = _pick(g["must_change"][position], w, f"change{i}", slots)
        scenes.append(OutlineScene(
            beat=upper_first(beat or f"Scene {i + 1}"), place=upper_first(places[i % len(places)]),
            time_of_day=TIMES[stable(w.key, "time", i) % len(TIMES)] if i else "NIGHT", present=present,
            must_change=sentence(change) if change else "", secret_holder=names[holder] if holder is not None else "",
            secret_index=index))
    return StoryOutline(question=sentence(question), truth=sentence(truth), scenes=scenes)


def _present(w: World, names: list[str], i: int, holder: int | None, culprit: int, climax: bool) -> list[str]:
    if climax or len(names) <= 3:
        return list(names)
    order = shuffled(range(len(names)), w.key, "present", i)
    chosen = [j for j in ([holder] if holder is not None else []) + [0] + list(order) if j is not None]
    picked = list(dict.fromkeys(chosen))[:3]
    return [names[j] for j in sorted(picked)]
