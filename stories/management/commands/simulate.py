"""Run a story headless, printing each turn as a screenplay as it happens."""

import sys
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from moviesim.llm import provider_names
from stories import actions
from stories.engine import advance_story
from stories.forms import SEED_MAX
from stories.models import Story, Turn
from stories.screenplay import plain_lines


class Command(BaseCommand):
    help = 'Run a story headless: simulate "<seed>" --turns N [--provider offline|openai] [--seed S]'

    def add_arguments(self, parser):
        parser.add_argument("seed_text", help="The story seed, e.g. 'a murder mystery at a tech startup'")
        parser.add_argument("--turns", type=int, default=settings.MOVIESIM_DEFAULT_TURNS)
        parser.add_argument("--provider", choices=provider_names(), default=settings.MOVIESIM_PROVIDER)
        parser.add_argument("--seed", type=int, default=None, help="Random seed (same seed, same story offline)")
        parser.add_argument("--owner", default="simulate", help="Username that owns the stored story")
        parser.add_argument("--quiet", action="store_true", help="Only print the story id")

    def handle(self, *args, seed_text, turns, provider, seed, owner, quiet, **options):
        seed_text = seed_text.strip()
        if not seed_text or len(seed_text) > SEED_MAX:
            raise CommandError(f"The seed must be 1–{SEED_MAX} characters.")
        if not 3 <= turns <= settings.MOVIESIM_MAX_TURNS:
            raise CommandError(f"--turns must be between 3 and {settings.MOVIESIM_MAX_TURNS}.")
        user, _ = get_user_model().objects.get_or_create(username=owner)
        story = actions.create_story(user, seed=seed_text, visibility=Story.Visibility.UNLISTED, max_turns=turns,
                                     pacing_seconds=0, provider=provider, random_seed=seed,
                                     vote_seconds=0,  # headless: no audience to wait for
                                     enforce_limits=False)  # an operator's tool, not an account's request
        out = self.stdout
        printed = -1
        started = time.monotonic()
        while True:
            outcome = advance_story(story.pk, force=True).outcome
            story.refresh_from_db()
            for turn in story.turns.filter(index__gt=printed).for_display().order_by("index"):
                printed = turn.index
                if not quiet:
                    if turn.index == 0:
                        out.write(self.style.SUCCESS(f"\n{story.display_title.upper()}\n") + story.logline + "\n")
                    out.write("\n".join(plain_lines(turn)) + "\n")
                    self._progress(turn, story)
            if story.status in (Story.Status.FINISHED, Story.Status.FAILED, Story.Status.PAUSED) or outcome == "idle":
                break
            if outcome == "busy":
                time.sleep(0.2)
        if not quiet:
            sys.stderr.write("\n")
        if story.status in (Story.Status.FAILED, Story.Status.PAUSED):
            raise CommandError(f"Story {story.pk} stopped: {story.status_message}")
        elapsed = time.monotonic() - started
        summary = f"story {story.pk}: {story.turns.count()} turns, {story.status}, {elapsed:.1f}s"
        out.write(str(story.pk) if quiet else self.style.SUCCESS(f"\n{summary}"))

    def _progress(self, turn: Turn, story: Story) -> None:
        done = turn.index + 1
        width = 30
        filled = int(width * done / max(story.max_turns, 1))
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{story.max_turns} ")
        sys.stderr.flush()
