"""Story quality: twelve offline stories across genres, read back for repetition, the seed, the shape and continuity.

Each seed is played offline to its end (40 turns by default) by the engine in-process, step by
step as `manage.py simulate` does (`stories.engine.advance_story(force=True)`, no pacing, no
audience votes), with its own random seed (the base, 7 unless `--random-seed`, plus the seed's
position), as stories get a random seed of their own in the app. Nothing is timed.

Each story runs on a fresh database: `common.setup` creates the benchmark's database once (it
holds the run's advisory lock and sets Django up, so it runs once per process), and between
stories the script reads everything it measures into memory, then empties the database with
`manage.py flush` (every table truncated, sequences reset) before the next story starts.

Figures (pooled over every story unless said otherwise; a line shorter than n words shares nothing):

- within: the share of dialogue lines that share a five-word run (lower-case [a-z']+ words) with
  an earlier line of the same story. Target <= 0.10.
- across: the share of dialogue lines that share a five-word run with any line of another story.
  Target <= 0.15.
- gestures: as `within`, for the action text of character turns (`Turn.action`) and four-word
  runs. Target <= 0.15.
- interventions_per_scene_max: Director interventions (turns of kind `intervention`) in one
  scene, the most over every scene of every story (scene headings and the climax's resolution,
  kind `event`, are not interventions). Target <= 1.
- seed_words: the share of the seed's content words (longer than 3 letters, not stop words)
  found in the story's title card (title, logline), cast (names, roles, backgrounds), scenes
  (locations, descriptions) and turns (lines, actions); a word is found when a word of the
  story starts with it or with its stem (keeper: keepers; orbiting: orbit). The lowest story; target >= 0.6.
- ended_on_climax: the share of stories that finished with their last scene playing the
  outline's climax (`scene.plan.climax`). Target 1.0.
- reveals_answered: the share of reveals (turns with `revealed_index`) followed within the
  next two turns by a dialogue line from someone else spoken to the revealer (`addressee`) or
  naming their first name. Target >= 0.8.
- continuity_errors: what can be read from the rows: a character speaking or acting in a scene
  after leaving it (`Turn.leaves` of an intervention, or an intervention or event that names
  them with an exit verb: collapses, faints, leaves, is carried out...); a line spoken to
  someone who left; a character speaking in a scene they are not in (not in `Scene.present`
  and never left it); a line spoken to oneself; the same secret revealed twice. Target 0.
"""

from common import finish, make_owner, make_story, parser, setup, table

SEEDS = [
    "a murder mystery at a tech startup during a product launch",
    "a wedding where the best man is in love with the bride",
    "a heist on a space station orbiting Jupiter",
    "a lighthouse keeper hears something in the fog",
    "a funeral where the will reading goes wrong",
    "a casino heist in Monte Carlo",
    "a comedy about a radio station's last broadcast",
    "a family drama at a bakery about to close",
    "a fantasy quest to save a mountain kingdom",
    "a thriller aboard a night train to Vienna",
    "a deep-space mining ship loses contact with Earth",
    "a romance at a seaside restaurant",
]

p = parser(__doc__.splitlines()[0])
p.add_argument("--seeds", nargs="+", metavar="SEED", help="the story seeds (default: the twelve above)")
p.add_argument("--turns", type=int, help="turns per story (default 40; 8 with --smoke)")
p.add_argument("--random-seed", type=int, default=7, help="the first story's random seed; the next take +1, +2...")
args = p.parse_args()
setup("story_quality")

import re  # noqa: E402
import time  # noqa: E402
from collections import Counter, defaultdict  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402

from django.core.management import call_command  # noqa: E402

from stories.engine import advance_story  # noqa: E402
from stories.models import Story, Turn  # noqa: E402

seeds = args.seeds or (SEEDS[:2] if args.smoke else SEEDS)
TURNS = args.turns or (8 if args.smoke else 40)
LINE_RUN, GESTURE_RUN = 5, 4
STEP_LIMIT = 4 * TURNS + 50  # a story that has not ended by then is stuck

STOP_WORDS = frozenset("""
a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself
him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself just let's me more most
mustn't my myself no nor not now of off on once only onto or other ought our ours ourselves out over own same
shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves
then there there's these they they'd they'll they're they've this those through to too under until up upon
very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who
who's whom why why's will with within without won't would wouldn't you you'd you'll you're you've your yours
yourself yourselves aboard across along among around behind beside beyond near toward towards
something someone somebody anything anyone nothing everything everyone
""".split())
EXIT = re.compile(r"\b(collapses|faints|leaves|walks out|storms out|is taken|is carried|has to be carried|"
                  r"is led|is dragged|is escorted|dies|is arrested|vanishes|disappears)\b", re.IGNORECASE)
WORD = re.compile(r"[a-z']+")


def words(text: str) -> list[str]:
    return [w.strip("'") for w in WORD.findall(text.lower()) if w.strip("'")]


def runs(text: str, n: int) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def stem(word: str) -> str:
    word = word.removesuffix("'s")
    for suffix in ("ing", "ed", "es", "s", "y", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(seed: str) -> list[str]:
    return list(dict.fromkeys(w.removesuffix("'s") for w in words(seed.replace("-", " "))
                              if len(w.removesuffix("'s")) > 3 and w not in STOP_WORDS))


@dataclass
class Played:
    """One story, read back before the database is emptied."""

    seed: str
    random_seed: int
    genre: str = ""
    title: str = ""
    status: str = ""
    message: str = ""
    seconds: float = 0.0
    turns: int = 0
    scenes: int = 0
    lines: list[str] = field(default_factory=list)  # dialogue, in turn order
    gestures: list[str] = field(default_factory=list)  # action text of character turns, in turn order
    interventions: list[int] = field(default_factory=list)  # per scene
    seed_found: list[str] = field(default_factory=list)
    seed_missing: list[str] = field(default_factory=list)
    climax: bool = False
    reveals: list[bool] = field(default_factory=list)  # answered or not, one per reveal
    unanswered: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def seed_share(self) -> float:
        total = len(self.seed_found) + len(self.seed_missing)
        return len(self.seed_found) / total if total else 1.0


def play(owner, seed: str, random_seed: int) -> Played:
    out = Played(seed=seed, random_seed=random_seed)
    started = time.monotonic()
    story = make_story(owner, turns=TURNS, seed=seed, random_seed=random_seed)
    for _ in range(STEP_LIMIT):
        outcome = advance_story(story.pk, force=True).outcome
        story.refresh_from_db()
        if story.status in (Story.Status.FINISHED, Story.Status.FAILED, Story.Status.PAUSED) or outcome == "idle":
            break
        if outcome == "busy":
            time.sleep(0.2)
    out.seconds = time.monotonic() - started
    out.status, out.message = story.status, story.status_message
    if story.status != Story.Status.FINISHED and not out.message:
        out.message = f"not finished after {STEP_LIMIT} steps"
    read(story, out)
    return out


def read(story: Story, out: Played) -> None:
    out.genre, out.title = story.genre, story.title
    turns = list(story.turns.select_related("character", "addressee").order_by("index"))
    scenes = list(story.scenes.prefetch_related("present").order_by("index"))
    cast = list(story.characters.all())
    out.turns, out.scenes = len(turns), len(scenes)
    out.lines = [t.content for t in turns if t.kind == Turn.Kind.DIALOGUE and t.content]
    out.gestures = [t.action for t in turns if t.character_id and t.action]

    by_scene = defaultdict(list)
    for t in turns:
        by_scene[t.scene_id].append(t)
    out.interventions = [sum(t.kind == Turn.Kind.INTERVENTION for t in by_scene[s.pk]) for s in scenes]

    # The seed's words in the story.
    text = [story.title, story.logline, *(f"{c.name} {c.role} {c.background}" for c in cast),
            *(f"{s.location} {s.description}" for s in scenes), *(f"{t.content} {t.action}" for t in turns)]
    vocabulary = set(words(" ".join(text).replace("-", " ")))
    for word in content_words(story.seed):
        roots = {word, stem(word)}
        found = any(v.startswith(r) for v in vocabulary for r in roots)
        (out.seed_found if found else out.seed_missing).append(word)

    # The climax.
    last = scenes[-1] if scenes else None
    plan = getattr(last, "plan", None) if last is not None else None
    out.climax = story.status == Story.Status.FINISHED and plan is not None and plan.climax

    # Reveals and their answers.
    for i, t in enumerate(turns):
        if t.revealed_index is None:
            continue
        holder = t.character
        first = holder.first_name if holder else ""
        answered = any(
            n.kind == Turn.Kind.DIALOGUE and n.character_id and n.character_id != t.character_id
            and (n.addressee_id == t.character_id
                 or (first and re.search(rf"\b{re.escape(first)}\b", n.content, re.IGNORECASE)))
            for n in turns[i + 1:i + 3])
        out.reveals.append(bool(answered))
        if not answered:
            after = ", ".join(f"#{n.index} {n.kind}{' ' + n.speaker if n.speaker else ''}"
                              f"{' to ' + n.addressee.name if n.addressee_id else ''}" for n in turns[i + 1:i + 3])
            out.unanswered.append(f"#{t.index} {t.speaker} (then {after or 'nothing'})")

    # Continuity.
    revealed = set()
    for scene in scenes:
        present = {c.name for c in scene.present.all()}
        left, ever_left = set(), set()
        for t in by_scene[scene.pk]:
            who = t.character.name if t.character_id else ""
            to = t.addressee.name if t.addressee_id else ""
            if who:
                if who in left:
                    out.errors.append(f"#{t.index} {who} {t.kind} after leaving the scene")
                elif who not in present and who not in ever_left:
                    out.errors.append(f"#{t.index} {who} {t.kind} in a scene they are not in")
                if to and to in left:
                    out.errors.append(f"#{t.index} {who} speaks to {to}, who left the scene")
                if to and to == who:
                    out.errors.append(f"#{t.index} {who} speaks to themselves")
            if t.revealed_index is not None and who:
                key = (who, t.revealed_index)
                if key in revealed:
                    out.errors.append(f"#{t.index} {who} reveals secret #{t.revealed_index} again")
                revealed.add(key)
            if t.kind in (Turn.Kind.INTERVENTION, Turn.Kind.EVENT):
                gone = set(t.leaves or []) | named_gone(t.content, cast)
                left |= gone
                ever_left |= gone


def named_gone(text: str, cast) -> set[str]:
    """Who an event says collapses, leaves, is carried out: the name nearest before the exit verb."""
    gone = set()
    for sentence in re.split(r"[.!?;]", text):
        named = sorted((m.start(), c.name) for c in cast
                       for m in re.finditer(rf"\b{re.escape(c.first_name)}\b", sentence))
        for verb in EXIT.finditer(sentence):
            before = [name for at, name in named if at < verb.start()]
            if before:
                gone.add(before[-1])
    return gone


def shares_earlier(items: list[str], n: int) -> list[bool]:
    seen: set[tuple[str, ...]] = set()
    out = []
    for item in items:
        grams = runs(item, n)
        out.append(bool(grams & seen))
        seen |= grams
    return out


def shared_runs(items: list[str], n: int) -> Counter:
    """How many lines of one story hold each run that also appears in an earlier line."""
    seen: set[tuple[str, ...]] = set()
    count = Counter()
    for item in items:
        grams = runs(item, n)
        for g in grams & seen:
            count[" ".join(g)] += 1
        seen |= grams
    return count


def share(flags: list[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0


# --- Play every story, each on an emptied database --------------------------------------------
played: list[Played] = []
for i, seed in enumerate(seeds):
    if i:
        call_command("flush", interactive=False, verbosity=0)
    played.append(play(make_owner(), seed, args.random_seed + i))

# --- The figures ------------------------------------------------------------------------------
line_runs = [set().union(*(runs(line, LINE_RUN) for line in s.lines)) for s in played]
within_flags, across_flags, gesture_flags, rows = [], [], [], []
repeated_within, repeated_across = Counter(), Counter()
for k, s in enumerate(played):
    w = shares_earlier(s.lines, LINE_RUN)
    g = shares_earlier(s.gestures, GESTURE_RUN)
    others = set().union(*(r for j, r in enumerate(line_runs) if j != k))
    a = [bool(runs(line, LINE_RUN) & others) for line in s.lines]
    for line in s.lines:
        for gram in runs(line, LINE_RUN) & others:
            repeated_across[" ".join(gram)] += 1
    repeated_within.update(shared_runs(s.lines, LINE_RUN))
    within_flags += w
    across_flags += a
    gesture_flags += g
    n_reveals = len(s.reveals)
    rows.append([
        s.seed if len(s.seed) <= 32 else s.seed[:31] + "…", s.genre or "?", s.random_seed,
        s.turns, s.scenes, len(s.lines), round(share(w), 2), round(share(a), 2), round(share(g), 2),
        max(s.interventions, default=0), round(s.seed_share, 2), "yes" if s.climax else "NO",
        f"{sum(s.reveals)}/{n_reveals}", len(s.errors),
        s.status if s.status == Story.Status.FINISHED else f"{s.status}: {s.message[:60]}",
    ])

within = share(within_flags)
across = share(across_flags)
gestures = share(gesture_flags)
interventions_max = max((n for s in played for n in s.interventions), default=0)
seed_low = min(s.seed_share for s in played)
seed_mean = sum(s.seed_share for s in played) / len(played)
ended = sum(s.climax for s in played) / len(played)
reveal_flags = [r for s in played for r in s.reveals]
reveals_answered = share(reveal_flags) if reveal_flags else None
errors = sum(len(s.errors) for s in played)
total_turns = sum(s.turns for s in played)

rows.append(["all", "", "", total_turns, sum(s.scenes for s in played), len(within_flags), round(within, 2),
             round(across, 2), round(gestures, 2), interventions_max, round(seed_low, 2),
             f"{sum(s.climax for s in played)}/{len(played)}", f"{sum(reveal_flags)}/{len(reveal_flags)}", errors, ""])
parts = [
    f"{len(played)} offline stories of {TURNS} turns, each on an emptied database (`flush` between them); "
    f"five-word runs for lines, four-word runs for gestures. The `all` row pools every story's lines "
    f"(seed words: the lowest story).",
    table(["seed", "genre", "random seed", "turns", "scenes", "lines", "within", "across", "gestures",
           "interventions / scene (max)", "seed words", "ended on climax", "reveals answered",
           "continuity errors", "status"], rows),
]
details = []
for s in played:
    notes = []
    if s.seed_missing:
        notes.append(f"seed words missing: {', '.join(s.seed_missing)}")
    if s.unanswered:
        notes.append("reveals unanswered: " + "; ".join(s.unanswered[:4]) + ("…" if len(s.unanswered) > 4 else ""))
    if s.errors:
        notes.append("continuity: " + "; ".join(s.errors[:4]) + ("…" if len(s.errors) > 4 else ""))
    if notes:
        details.append(f"- {s.seed}: " + " | ".join(notes))
if details:
    parts.append("What each story missed:\n" + "\n".join(details))
if repeated_within or repeated_across:
    parts.append("The five-word runs most often repeated (lines holding them).")
    top_w, top_a = repeated_within.most_common(6), repeated_across.most_common(6)
    parts.append(table(["within a story", "lines", "across stories", "lines"],
                       [[*(top_w[i] if i < len(top_w) else ("", "")), *(top_a[i] if i < len(top_a) else ("", ""))]
                        for i in range(max(len(top_w), len(top_a)))]))
text = "\n\n".join(parts)

result = {
    "within": round(within, 3),
    "across": round(across, 3),
    "gestures": round(gestures, 3),
    "interventions_per_scene_max": interventions_max,
    "seed_words": round(seed_low, 3),
    "seed_words_mean": round(seed_mean, 3),
    "ended_on_climax": round(ended, 3),
    "reveals_answered": None if reveals_answered is None else round(reveals_answered, 3),
    "reveals": len(reveal_flags),
    "continuity_errors": errors,
    "stories": len(played),
    "finished": sum(s.status == Story.Status.FINISHED for s in played),
    "turns": total_turns,
    "turns_per_story": TURNS,
    "dialogue_lines": len(within_flags),
    "action_lines": len(gesture_flags),
    "random_seed": args.random_seed,
    "smoke": args.smoke,
}
answered = "none" if reveals_answered is None else f"{reveals_answered:.2f} of {len(reveal_flags)}"
finish("story_quality", "Story quality", text, result, record=args.record, targets={
    f"within <= 0.10 (got {within:.3f})": within <= 0.10,
    f"across <= 0.15 (got {across:.3f})": across <= 0.15,
    f"gestures <= 0.15 (got {gestures:.3f})": gestures <= 0.15,
    f"interventions_per_scene_max <= 1 (got {interventions_max})": interventions_max <= 1,
    f"seed_words >= 0.6 for the lowest story (got {seed_low:.2f})": seed_low >= 0.6,
    f"ended_on_climax = 1.0 (got {ended:.2f})": ended == 1.0,
    f"reveals_answered >= 0.8 (got {answered})": reveals_answered is not None and reveals_answered >= 0.8,
    f"continuity_errors = 0 (got {errors})": errors == 0,
})
