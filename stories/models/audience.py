"""The people in a room: editors, muted viewers, plot polls and their votes, suggestions."""

from django.conf import settings
from django.db import models
from django.db.models import Count, Q


class Editor(models.Model):
    """Invited by the owner: may edit characters and turns and accept suggestions."""

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="editors")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="editing")
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["story", "user"], name="unique_editor")]

    def __str__(self) -> str:
        return f"{self.user} edits {self.story}"


class Mute(models.Model):
    """A signed-in viewer the owner silenced in one room: no votes, no suggestions."""

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="mutes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    muted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["story", "user"], name="unique_mute")]


class Poll(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"
        SKIPPED = "skipped", "Skipped"

    TIE_RULE = "Ties go to the option listed first."

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="polls")
    scene = models.ForeignKey("stories.Scene", on_delete=models.SET_NULL, null=True, blank=True, related_name="polls")
    question = models.CharField(max_length=200, default="What happens next?")
    options = models.JSONField(default=list)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    opened_at = models.DateTimeField(auto_now_add=True)
    closes_at = models.DateTimeField()
    closed_at = models.DateTimeField(null=True, blank=True)
    winner_index = models.IntegerField(null=True, blank=True)
    outcome = models.CharField(max_length=200, blank=True, help_text="How the winner was decided.")

    class Meta:
        ordering = ["-opened_at"]
        constraints = [
            models.UniqueConstraint(fields=["story"], condition=Q(status="open"), name="one_open_poll_per_story"),
        ]

    def __str__(self) -> str:
        return f"Poll #{self.pk} on {self.story}"

    @property
    def winner(self) -> str:
        if self.winner_index is None or not 0 <= self.winner_index < len(self.options):
            return ""
        return self.options[self.winner_index]

    def tally(self) -> list[int]:
        """Votes per option, counted by the database."""
        counts = dict(self.votes.values_list("option").annotate(n=Count("id")).order_by())
        return [counts.get(i, 0) for i in range(len(self.options))]


class Vote(models.Model):
    poll = models.ForeignKey(Poll, on_delete=models.CASCADE, related_name="votes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    option = models.PositiveSmallIntegerField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["poll", "user"], name="one_vote_per_user_per_poll")]


class Suggestion(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        ACCEPTED = "accepted", "Accepted"
        USED = "used", "Woven in"
        DISMISSED = "dismissed", "Dismissed"

    MAX_LENGTH = 280

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="suggestions")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="suggestions")
    text = models.CharField(max_length=MAX_LENGTH)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.text[:60]


class SuggestionVote(models.Model):
    suggestion = models.ForeignKey(Suggestion, on_delete=models.CASCADE, related_name="upvotes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["suggestion", "user"], name="one_upvote_per_user")]
