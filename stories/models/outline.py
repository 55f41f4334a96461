"""The story planned to its ending: the outline's scenes, and every edit people make to them."""

from django.conf import settings
from django.db import models


class PlannedScene(models.Model):
    """One scene of the outline the Director writes after casting. The last is the climax,
    which answers the story's question. A planned scene is played when a `Scene` stages it;
    until then the owner and editors may rewrite it."""

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="outline")
    index = models.PositiveIntegerField()
    beat = models.CharField(max_length=200)
    place = models.CharField(max_length=200, blank=True)
    time_of_day = models.CharField(max_length=80, blank=True)
    present = models.ManyToManyField("characters.Character", related_name="planned_scenes", blank=True)
    must_change = models.TextField(blank=True, help_text="What is different by the scene's end.")
    secret_holder = models.ForeignKey("characters.Character", on_delete=models.SET_NULL, null=True, blank=True,
                                      related_name="+", help_text="Whose secret surfaces in this scene.")
    secret_index = models.PositiveSmallIntegerField(default=0, help_text="Which of their secrets (1: the first).")
    climax = models.BooleanField(default=False)
    scene = models.OneToOneField("stories.Scene", on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="plan", help_text="The scene that played it.")
    skipped = models.BooleanField(default=False, help_text="The story ran out of room for it.")
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["story", "index"]
        constraints = [models.UniqueConstraint(fields=["story", "index"], name="unique_planned_scene_index")]

    def __str__(self) -> str:
        return f"{self.index + 1}. {self.beat}"

    @property
    def secret(self) -> str:
        holder = self.secret_holder
        if holder is None or not 0 < self.secret_index <= len(holder.secrets):
            return ""
        return holder.secrets[self.secret_index - 1]

    @property
    def played(self) -> bool:
        return self.scene_id is not None

    @property
    def editable(self) -> bool:
        return not self.played and not self.skipped


class OutlineRevision(models.Model):
    """Who changed the outline, when, at which turn, and what (field: [old, new])."""

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="outline_revisions")
    planned_scene = models.ForeignKey(PlannedScene, on_delete=models.CASCADE, null=True, blank=True,
                                      related_name="revisions", help_text="Empty: the question or the ending.")
    editor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+")
    at_turn = models.PositiveIntegerField(default=0)
    changes = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["story", "-created_at"]
