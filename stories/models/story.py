from django.conf import settings
from django.db import models
from django.db.models import Max
from django.urls import reverse


class Story(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        CASTING = "casting", "Casting"
        RUNNING = "running", "Running"
        PAUSED = "paused", "Paused"
        FINISHED = "finished", "Finished"
        FAILED = "failed", "Failed"

    class Visibility(models.TextChoices):
        PUBLIC = "public", "Public — listed on the home page"
        UNLISTED = "unlisted", "Unlisted — anyone with the link"
        PRIVATE = "private", "Private — only you and your editors"

    ACTIVE_STATUSES = (Status.CASTING, Status.RUNNING)

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="stories")
    seed = models.TextField()
    title = models.CharField(max_length=200, blank=True)
    logline = models.TextField(blank=True)
    genre = models.CharField(max_length=80, blank=True)
    setting = models.TextField(blank=True)
    themes = models.JSONField(default=list, blank=True)
    tone = models.CharField(max_length=200, blank=True)
    question = models.TextField(blank=True, help_text="The central dramatic question the story answers.")
    truth = models.TextField(blank=True, help_text="The answer the climax reveals (the ending): never shown to "
                                                    "viewers before it is played.")
    outline_version = models.PositiveIntegerField(default=1, help_text="Bumped by every edit of the question "
                                                                        "or the ending.")
    narrative = models.TextField(blank=True)

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    status_message = models.TextField(blank=True)
    visibility = models.CharField(max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC)
    max_turns = models.PositiveIntegerField(default=30)
    pacing_seconds = models.FloatField(default=4.0)
    observer_every = models.PositiveIntegerField(default=5)
    provider = models.CharField(max_length=20, default="offline")
    random_seed = models.BigIntegerField(default=0)
    tension = models.FloatField(default=0.5)
    pending_intervention = models.TextField(blank=True)
    vote_seconds = models.PositiveIntegerField(default=30, help_text="Voting window at each scene end; 0 skips votes.")
    directive = models.TextField(blank=True, help_text="The audience's choice, for the Director's next scene.")
    finish_requested = models.BooleanField(default=False)
    poll_requested = models.BooleanField(default=False)
    token_budget = models.PositiveIntegerField(default=0, help_text="Tokens (prompt + completion); 0 for none.")
    writer_state = models.JSONField(default=dict, blank=True, editable=False,
                                    help_text="What the story's provider keeps between calls (the offline writer: "
                                              "which of its templates the story has used); saved with each step.")
    parent = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, related_name="forks",
                               help_text="The story this one was forked from.")
    forked_at_turn = models.IntegerField(null=True, blank=True)

    # Scheduling and the one-writer lease (see DESIGN.md "One step, one writer").
    next_step_at = models.DateTimeField(null=True, blank=True)
    lease_token = models.CharField(max_length=64, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    failures = models.PositiveIntegerField(default=0)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "stories"
        indexes = [models.Index(fields=["status", "next_step_at"])]

    def __str__(self) -> str:
        return self.title or f"Story #{self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("stories:room", args=[self.pk])

    @property
    def display_title(self) -> str:
        return self.title or "Untitled story"

    @property
    def is_live(self) -> bool:
        return self.status in self.ACTIVE_STATUSES

    @property
    def group_name(self) -> str:
        return f"story-{self.pk}"

    # --- Who may do what (every view and the socket ask these) -------------------------------

    def is_owner(self, user) -> bool:
        return bool(user and user.is_authenticated and user.pk == self.owner_id)

    def is_editor(self, user) -> bool:
        return bool(user and user.is_authenticated) and self.editors.filter(user_id=user.pk).exists()

    def can_edit(self, user) -> bool:
        """Owner or an invited editor: characters, turns, suggestions."""
        return self.is_owner(user) or self.is_editor(user)

    def can_view(self, user) -> bool:
        if self.visibility != self.Visibility.PRIVATE:
            return True
        return self.can_edit(user)

    def is_muted(self, user) -> bool:
        return bool(user and user.is_authenticated) and self.mutes.filter(user_id=user.pk).exists()

    def can_participate(self, user) -> bool:
        """Vote and suggest: a signed-in viewer who is not muted."""
        return bool(user and user.is_authenticated) and self.can_view(user) and not self.is_muted(user)


class Scene(models.Model):
    EXTERIOR_WORDS = frozenset(
        "ROOFTOP ROOF STREET ALLEY GARDEN BEACH FOREST WOODS PARK PARKING LOT DOCK DOCKS PIER HARBOR HARBOUR "
        "COURTYARD FIELD FIELDS CLIFF CLIFFS DESERT MOUNTAIN RIVER LAKE SHORE CEMETERY GRAVEYARD TERRACE "
        "SQUARE MARKET HIGHWAY ROAD CAMPUS YARD".split()
    )
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="scenes")
    index = models.PositiveIntegerField()
    location = models.CharField(max_length=200)
    time_of_day = models.CharField(max_length=80, blank=True)
    mood = models.CharField(max_length=200, blank=True)
    description = models.TextField(blank=True)
    objectives = models.JSONField(default=list, blank=True)
    present = models.ManyToManyField("characters.Character", related_name="scenes", blank=True)
    plot_options = models.JSONField(default=list, blank=True)
    directive = models.TextField(blank=True)
    budget = models.PositiveSmallIntegerField(default=8, help_text="Turns the scene may take, its heading included.")
    summary = models.TextField(blank=True)
    first_turn = models.PositiveIntegerField(default=0)
    complete = models.BooleanField(default=False)

    class Meta:
        ordering = ["story", "index"]
        constraints = [models.UniqueConstraint(fields=["story", "index"], name="unique_scene_index")]

    def __str__(self) -> str:
        return f"{self.heading}"

    @property
    def heading(self) -> str:
        return self.slugline(self.location, self.time_of_day)

    @classmethod
    def slugline(cls, location: str, time_of_day: str) -> str:
        """A screenplay slugline: INT. SERVER ROOM - NIGHT."""
        place = location.upper()
        if not place.startswith(("INT.", "EXT.", "INT/EXT", "I/E")):
            outside = any(word in place.split() for word in cls.EXTERIOR_WORDS)
            place = f"{'EXT.' if outside else 'INT.'} {place}"
        time = (time_of_day or "").upper()
        return f"{place} - {time}" if time else place


class TurnQuerySet(models.QuerySet):
    def for_display(self) -> "TurnQuerySet":
        """With what a transcript line shows: its speaker, its scene, and the suggestion it wove in."""
        return self.select_related("character", "scene", "addressee", "suggestion__author")

    def recent(self, n: int) -> list["Turn"]:
        """The last `n`, oldest first."""
        return list(self.order_by("-index")[:n])[::-1]

    def next_index(self) -> int:
        """The index the next turn of these (one story's) takes."""
        last = self.aggregate(last=Max("index"))["last"]
        return 0 if last is None else last + 1


class Turn(models.Model):
    """The current version of one step of the story; `index` is its place in the transcript."""

    class Kind(models.TextChoices):
        SCENE = "scene", "Scene heading"
        NARRATION = "narration", "Narration"
        DIALOGUE = "dialogue", "Dialogue"
        ACTION = "action", "Action"
        EVENT = "event", "Event"
        INTERVENTION = "intervention", "Director intervention"
        CHOICE = "choice", "Audience choice"
        MARKER = "marker", "Edit marker"
        ENDING = "ending", "Ending"

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="turns")
    scene = models.ForeignKey(Scene, on_delete=models.CASCADE, related_name="turns", null=True, blank=True)
    index = models.PositiveIntegerField()
    kind = models.CharField(max_length=20, choices=Kind.choices)
    character = models.ForeignKey(
        "characters.Character", on_delete=models.SET_NULL, null=True, blank=True, related_name="turns"
    )
    content = models.TextField(blank=True, help_text="Spoken line, or narration for non-dialogue turns.")
    action = models.TextField(blank=True)
    emotion = models.CharField(max_length=60, blank=True)
    emotion_intensity = models.FloatField(default=0.5)
    thought = models.TextField(blank=True, help_text="Private thought, shown to the audience as an aside.")
    revealed_secret = models.TextField(blank=True)
    revealed_index = models.PositiveSmallIntegerField(null=True, blank=True,
                                                      help_text="The secret's number on its owner's sheet.")
    revealed_to = models.JSONField(default=list, blank=True)
    addressee = models.ForeignKey("characters.Character", on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="+", help_text="Whom the line is spoken to.")
    change = models.TextField(blank=True, help_text="What the turn changes (the actor's note).")
    leaves = models.JSONField(default=list, blank=True, help_text="Who leaves the scene with this turn.")
    edited = models.BooleanField(default=False)
    suggestion = models.ForeignKey("stories.Suggestion", on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="turns")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = TurnQuerySet.as_manager()

    class Meta:
        ordering = ["story", "index"]
        constraints = [models.UniqueConstraint(fields=["story", "index"], name="unique_turn_index")]

    def __str__(self) -> str:
        return f"#{self.index} {self.kind}"

    @property
    def speaker(self) -> str:
        return self.character.name if self.character_id else ""


class TurnRevision(models.Model):
    """An older text of a turn: kept when a turn is edited, or as the alternative a regeneration replaced."""

    class Kind(models.TextChoices):
        EDIT = "edit", "Edited"
        ALTERNATIVE = "alternative", "Regenerated (kept as an alternative)"

    turn = models.ForeignKey(Turn, on_delete=models.CASCADE, related_name="revisions")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    content = models.TextField(blank=True)
    action = models.TextField(blank=True)
    emotion = models.CharField(max_length=60, blank=True)
    thought = models.TextField(blank=True)
    character_name = models.CharField(max_length=80, blank=True)
    editor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["turn", "-created_at"]


class ObserverReport(models.Model):
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="observer_reports")
    after_turn = models.PositiveIntegerField()
    tension = models.FloatField()
    consistency = models.FloatField()
    progression = models.FloatField()
    engagement = models.FloatField()
    problems = models.JSONField(default=list, blank=True)
    recommendations = models.JSONField(default=list, blank=True)
    intervention_needed = models.BooleanField(default=False)
    evidence = models.JSONField(default=dict, blank=True, help_text="What the Observer read: changes, repeats, "
                                                                     "whether the scene's objective is met.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["story", "after_turn"]
        constraints = [models.UniqueConstraint(fields=["story", "after_turn"], name="unique_observer_report")]


class LLMCall(models.Model):
    """One attempt at one model call: everything needed to replay or audit it."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="llm_calls", null=True, blank=True)
    role = models.CharField(max_length=40)
    provider = models.CharField(max_length=20)
    model = models.CharField(max_length=120, blank=True)
    messages = models.JSONField(default=list)
    response = models.TextField(blank=True)
    tokens_in = models.PositiveIntegerField(default=0)
    tokens_out = models.PositiveIntegerField(default=0)
    tokens_cached = models.PositiveIntegerField(default=0)
    latency_ms = models.PositiveIntegerField(default=0)
    attempt = models.PositiveSmallIntegerField(default=1)
    error = models.TextField(blank=True)
    turn_index = models.IntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "LLM call"

    def __str__(self) -> str:
        return f"{self.role} via {self.provider} ({'error' if self.error else 'ok'})"
