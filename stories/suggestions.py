"""Audience suggestions: a short "what if…", upvoted by others, accepted or dismissed by the showrunners."""

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone

from stories import broadcast
from stories.models import Story, Suggestion, SuggestionVote


class SuggestionRefused(Exception):
    pass


def _rate_limited(story: Story, user) -> bool:
    key = f"suggest-rate:{story.pk}:{user.pk}"
    window = settings.MOVIESIM_SUGGESTION_WINDOW
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > settings.MOVIESIM_SUGGESTIONS_PER_WINDOW


def suggest(story: Story, user, text: str) -> Suggestion:
    text = " ".join(text.split())
    if not text:
        raise SuggestionRefused("Write a suggestion first.")
    if len(text) > Suggestion.MAX_LENGTH:
        raise SuggestionRefused(f"Keep it under {Suggestion.MAX_LENGTH} characters (it has {len(text)}).")
    if _rate_limited(story, user):
        raise SuggestionRefused("Easy there: you can suggest again in a minute.")
    suggestion = Suggestion.objects.create(story=story, author=user, text=text)
    transaction.on_commit(lambda: broadcast.suggestions_changed(story.pk))
    return suggestion


def upvote(suggestion: Suggestion, user) -> None:
    try:
        with transaction.atomic():
            SuggestionVote.objects.create(suggestion=suggestion, user=user)
    except IntegrityError:
        SuggestionVote.objects.filter(suggestion=suggestion, user=user).delete()  # a second click takes it back
    transaction.on_commit(lambda: broadcast.suggestions_changed(suggestion.story_id))


def accept(suggestion: Suggestion, by) -> bool:
    """The Director weaves it in as a dramatic event at the next turn."""
    accepted = Suggestion.objects.filter(pk=suggestion.pk, status=Suggestion.Status.OPEN).update(
        status=Suggestion.Status.ACCEPTED, decided_by=by, decided_at=timezone.now())
    if accepted:  # it lands at the next step, on the story's own pacing
        transaction.on_commit(lambda: broadcast.suggestions_changed(suggestion.story_id))
    return bool(accepted)


def dismiss(suggestion: Suggestion, by) -> bool:
    dismissed = Suggestion.objects.filter(
        pk=suggestion.pk, status__in=[Suggestion.Status.OPEN, Suggestion.Status.ACCEPTED]
    ).update(status=Suggestion.Status.DISMISSED, decided_by=by, decided_at=timezone.now())
    if dismissed:
        transaction.on_commit(lambda: broadcast.suggestions_changed(suggestion.story_id))
    return bool(dismissed)

