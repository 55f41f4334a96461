"""Prompt growth: what a character's prompt costs at turn 20, 100 and 300 of one offline story,
what a whole 30-turn story costs, and how much of each prompt repeats its predecessor's prefix.

One 300-turn offline story with 4 characters, driven in-process step by step by the engine
(`stories.engine.advance_story`: nothing here is timed, so the room's broadcast is left out).
Every model call is an LLMCall row with its full prompt, so everything here is read back from
those rows:

- growth_300_vs_20: for each character, prompt tokens of its character call nearest turn 300
  over the one nearest turn 20; the largest ratio. The turn-300 prompt must still hold the last
  dialogue turns of its scene word for word (last_turns_verbatim).
- tokens_30_turn_story: prompt + completion tokens of every call of a fresh 30-turn story.
- prefix_share: for each role (and character) in the 300-turn story, the share of each prompt
  (in characters of its JSON) that is an unchanged prefix of the previous prompt of that role
  and character; the mean over all prompts. A provider's prompt cache can reuse that part.

The offline writer draws the cast size from the story's random seed, so the script tries seeds
from 7 up until one casts 4 characters (BENCH_RANDOM_SEED=<n> skips the search). The
prompt_tokens_turn_* figures in the JSON are means over the characters.
"""

from common import finish, make_owner, make_story, parser, setup, table

args = parser(__doc__.splitlines()[0]).parse_args()
setup("prompt_growth")

import json  # noqa: E402
import os  # noqa: E402
from collections import defaultdict  # noqa: E402

from stories.engine import advance_story  # noqa: E402
from stories.models import LLMCall, Story  # noqa: E402

LONG_TURNS = 40 if args.smoke else 300
SHORT_TURNS = 30
CHECKPOINTS = (20, 100, 300)
CAST_SIZE = 4
VERBATIM_LINES = 3


def cast_story(owner, turns: int, random_seed: int) -> Story:
    """A story whose casting step has run."""
    story = make_story(owner, turns=turns, random_seed=random_seed)
    advance_story(story.pk, force=True)
    story.refresh_from_db()
    return story


def seed_with_cast(owner, size: int, first: int = 7) -> int:
    """The offline writer draws the cast size (3 to 6) from the story's random seed: find one that casts `size`."""
    for random_seed in range(first, first + 200):
        story = cast_story(owner, 2, random_seed)
        count = story.characters.count()
        story.delete()
        if count == size:
            return random_seed
    raise SystemExit(f"no random seed in {first}..{first + 199} casts {size} characters")


def play(owner, turns: int, random_seed: int) -> Story:
    story = cast_story(owner, turns, random_seed)
    while story.status not in (Story.Status.FINISHED, Story.Status.FAILED):
        advance_story(story.pk, force=True)
        story.refresh_from_db()
    if story.status != Story.Status.FINISHED:
        raise SystemExit(f"story {story.pk} failed: {story.status_message}")
    return story


def prompt_text(call: LLMCall) -> str:
    return json.dumps(call.messages, ensure_ascii=False)


def character_calls(story: Story, turns: dict) -> dict[str, list[LLMCall]]:
    """Each character's successful character-role calls, in turn order."""
    out = defaultdict(list)
    for call in LLMCall.objects.filter(story=story, role="character", error="").order_by("turn_index", "id"):
        turn = turns.get(call.turn_index)
        if turn is not None and turn.character_id:
            out[turn.character.name].append(call)
    return out


def keeps_last_turns(call: LLMCall, turns: dict) -> bool:
    """The prompt holds the last few dialogue lines of its scene before this turn, word for word."""
    this = turns[call.turn_index]
    previous = [t for i, t in sorted(turns.items()) if i < this.index and t.scene_id == this.scene_id
                and t.kind == "dialogue"][-VERBATIM_LINES:]
    prompt = prompt_text(call)
    return all(json.dumps(t.content, ensure_ascii=False)[1:-1] in prompt for t in previous)


def prefix_shares(story: Story, turns: dict) -> dict[str, list[float]]:
    """Per role: for each prompt after the first of its (role, character), the share that repeats the previous one."""
    last: dict[tuple[str, str], str] = {}
    shares = defaultdict(list)
    for call in LLMCall.objects.filter(story=story, error="").order_by("id"):
        if not call.messages:
            continue
        turn = turns.get(call.turn_index)
        who = turn.character.name if call.role in ("character", "reflection") and turn and turn.character_id else ""
        key = (call.role, who)
        text = prompt_text(call)
        if key in last:
            shares[call.role].append(len(os.path.commonprefix([last[key], text])) / len(text))
        last[key] = text
    return shares


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


owner = make_owner()
random_seed = int(os.environ.get("BENCH_RANDOM_SEED", 0)) or seed_with_cast(owner, CAST_SIZE)
print(f"random_seed {random_seed} casts {CAST_SIZE} characters")

# --- The long story ---------------------------------------------------------------------------
story = play(owner, LONG_TURNS, random_seed)
turns = {t.index: t for t in story.turns.select_related("character")}
by_character = character_calls(story, turns)
rows, ratios, verbatim, at = [], {}, [], {}
for name, calls in sorted(by_character.items()):
    nearest = {mark: min(calls, key=lambda c, m=mark: abs(c.turn_index - m)) for mark in CHECKPOINTS}
    early, late = nearest[CHECKPOINTS[0]], nearest[CHECKPOINTS[-1]]
    ratios[name] = late.tokens_in / early.tokens_in
    verbatim.append(keeps_last_turns(late, turns))
    rows.append([name, *(f"{c.tokens_in:,} (turn {c.turn_index})" for c in nearest.values()),
                 round(ratios[name], 2), verbatim[-1]])
    for mark, call in nearest.items():
        at.setdefault(mark, []).append(call.tokens_in)
growth = max(ratios.values())
last_turns_verbatim = bool(verbatim) and all(verbatim)
shares = prefix_shares(story, turns)
prefix_share = mean([s for values in shares.values() for s in values])

# --- A whole 30-turn story --------------------------------------------------------------------
short = play(owner, SHORT_TURNS, random_seed)
per_role = defaultdict(lambda: [0, 0, 0])
for call in LLMCall.objects.filter(story=short):
    per_role[call.role][0] += 1
    per_role[call.role][1] += call.tokens_in
    per_role[call.role][2] += call.tokens_out
tokens_30 = sum(tin + tout for _, tin, tout in per_role.values())

cast = story.characters.count()
text = "\n\n".join([
    f"{LONG_TURNS}-turn offline story, random seed {random_seed}, {cast} characters: prompt tokens of each "
    f"character's call nearest turns {', '.join(map(str, CHECKPOINTS))}.",
    table(["character", *(f"~turn {m}" for m in CHECKPOINTS), "late / early", "last turns verbatim"], rows),
    f"Whole {SHORT_TURNS}-turn story ({short.characters.count()} characters): tokens per role.",
    table(["role", "calls", "prompt", "completion", "total"],
          [[role, n, tin, tout, tin + tout] for role, (n, tin, tout) in sorted(per_role.items())]
          + [["all", sum(v[0] for v in per_role.values()), sum(v[1] for v in per_role.values()),
              sum(v[2] for v in per_role.values()), tokens_30]]),
    "Share of each prompt that is an unchanged prefix of the previous prompt of the same role and character.",
    table(["role", "prompts compared", "mean prefix share"],
          [[role, len(values), round(mean(values), 3)] for role, values in sorted(shares.items())]
          + [["all", sum(map(len, shares.values())), round(prefix_share, 3)]]),
])
result = {
    "growth_300_vs_20": round(growth, 3),
    "tokens_30_turn_story": tokens_30,
    "prefix_share": round(prefix_share, 3),
    "last_turns_verbatim": last_turns_verbatim,
    **{f"prompt_tokens_turn_{m}": round(mean(v)) for m, v in at.items()},
    "prefix_share_by_role": {role: round(mean(v), 3) for role, v in sorted(shares.items())},
    "tokens_30_turn_story_by_role": {role: tin + tout for role, (_, tin, tout) in sorted(per_role.items())},
    "cast": cast,
    "random_seed": random_seed,
    "turns": LONG_TURNS,
    "smoke": args.smoke,
}
finish("prompt_growth", "Prompt growth", text, result, record=args.record, targets={
    f"growth_300_vs_20 <= 1.25 with the last turns verbatim (got {growth:.2f}, verbatim {last_turns_verbatim})":
        growth <= 1.25 and last_turns_verbatim,
    f"tokens_30_turn_story <= 50,000 (got {tokens_30:,})": tokens_30 <= 50_000,
})
