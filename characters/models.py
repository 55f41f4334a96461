from django.conf import settings
from django.db import models


class Character(models.Model):
    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="characters")
    name = models.CharField(max_length=80)
    role = models.CharField(max_length=120, blank=True)
    background = models.TextField(blank=True)
    personality_traits = models.JSONField(default=list, blank=True)
    secrets = models.JSONField(default=list, blank=True)
    revealed_secrets = models.JSONField(default=list, blank=True, help_text="Secrets already revealed in the story.")
    primary_motivation = models.TextField(blank=True)
    secondary_goals = models.JSONField(default=list, blank=True)
    fears = models.JSONField(default=list, blank=True)
    speaking_style = models.TextField(blank=True)
    talkativeness = models.FloatField(default=0.5)
    active = models.BooleanField(default=True)
    joined_at = models.PositiveIntegerField(default=0, help_text="The turn at which they joined the story.")
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["story", "id"]
        constraints = [models.UniqueConstraint(fields=["story", "name"], name="unique_character_name")]

    def __str__(self) -> str:
        return self.name

    @property
    def cue(self) -> str:
        return self.name.upper()

    @property
    def first_name(self) -> str:
        return self.name.split()[0]

    @property
    def unrevealed_secrets(self) -> list[str]:
        return [s for s in self.secrets if s not in self.revealed_secrets]

    def sheet(self) -> dict:
        """The full character sheet, as the Director cast it (secrets included)."""
        return {
            "name": self.name,
            "role": self.role,
            "background": self.background,
            "personality_traits": self.personality_traits,
            "secrets": self.secrets,
            "primary_motivation": self.primary_motivation,
            "secondary_goals": self.secondary_goals,
            "fears": self.fears,
            "speaking_style": self.speaking_style,
            "talkativeness": self.talkativeness,
        }


class Relationship(models.Model):
    """How `character` sees `other`: opinion runs from -1 (hostile) to 1 (devoted)."""

    character = models.ForeignKey(Character, on_delete=models.CASCADE, related_name="relationships")
    other = models.ForeignKey(Character, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=80, blank=True)
    description = models.TextField(blank=True)
    opinion = models.FloatField(default=0.0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["character", "other"], name="unique_relationship")]

    def __str__(self) -> str:
        return f"{self.character} → {self.other}: {self.kind}"


class Memory(models.Model):
    class Kind(models.TextChoices):
        WITNESSED = "witnessed", "Witnessed"
        TOLD = "told", "Told"
        OWN = "own", "Own action or feeling"
        EVENT = "event", "Dramatic event"
        REFLECTION = "reflection", "Reflection"

    character = models.ForeignKey(Character, on_delete=models.CASCADE, related_name="memories")
    turn = models.ForeignKey("stories.Turn", on_delete=models.CASCADE, related_name="memories", null=True, blank=True)
    turn_index = models.PositiveIntegerField(default=0)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    content = models.TextField()
    importance = models.FloatField(default=0.3)
    embedding = models.JSONField(null=True, blank=True, help_text="Set when the provider offers embeddings.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["character", "turn_index", "id"]
        verbose_name_plural = "memories"
        # A step reads a character's latest memories: newest first, without sorting the stream.
        indexes = [models.Index(fields=["character", "turn_index"], name="memory_stream")]

    def __str__(self) -> str:
        return f"{self.character}: {self.content[:60]}"


class CharacterRevision(models.Model):
    """Who changed a character, when, at which turn, and what (field: [old, new])."""

    class Kind(models.TextChoices):
        EDIT = "edit", "Rewritten"
        CREATE = "create", "Added"
        RETIRE = "retire", "Retired"

    character = models.ForeignKey(Character, on_delete=models.CASCADE, related_name="revisions")
    kind = models.CharField(max_length=8, choices=Kind.choices, default=Kind.EDIT)
    editor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+")
    at_turn = models.PositiveIntegerField(default=0)
    version = models.PositiveIntegerField(default=1)
    changes = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["character", "-created_at"]
