"""Forget the full prompts and responses of old LLM calls; token counts and timings stay."""

from django.core.management.base import BaseCommand, CommandError

from stories.costs import prune_old_prompts, retention_days


class Command(BaseCommand):
    help = ("Delete the full prompts and responses of LLM calls older than MOVIESIM_PROMPT_RETENTION_DAYS "
            "(token counts, roles, models, latency and errors are kept). Safe to run repeatedly.")

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None,
                            help="Override the retention in days (default: MOVIESIM_PROMPT_RETENTION_DAYS)")

    def handle(self, *args, days=None, **options):
        if days is not None and days < 0:
            raise CommandError("--days must be 0 or more.")
        days = retention_days() if days is None else days
        if days == 0:
            self.stdout.write("Prompt retention is 0 days, which means keep every prompt: nothing pruned.")
            return
        pruned = prune_old_prompts(days)
        self.stdout.write(f"Pruned the prompts of {pruned} LLM call{'s' if pruned != 1 else ''} "
                          f"older than {days} day{'s' if days != 1 else ''}.")
