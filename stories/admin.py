from django import forms
from django.contrib import admin, messages

from characters.models import Character
from stories import outline_actions
from stories.models import (
    Editor,
    LLMCall,
    Mute,
    ObserverReport,
    OutlineRevision,
    PlannedScene,
    Poll,
    Scene,
    Story,
    Suggestion,
    Turn,
    TurnRevision,
    Vote,
)


class SceneInline(admin.TabularInline):
    model = Scene
    extra = 0
    fields = ("index", "location", "time_of_day", "mood", "complete")
    show_change_link = True


class PlannedSceneInline(admin.TabularInline):
    """The outline at a glance; each scene is rewritten on its own page (PlannedSceneAdmin)."""

    model = PlannedScene
    fk_name = "story"
    extra = 0
    fields = ("index", "beat", "place", "time_of_day", "climax", "scene", "skipped", "version")
    readonly_fields = fields
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    """A change of the question or the ending here is the same edit as in the room (a revision,
    a marker without the content, the room told)."""

    list_display = ("id", "title", "owner", "status", "visibility", "provider", "max_turns", "updated_at")
    list_filter = ("status", "visibility", "provider")
    search_fields = ("title", "seed", "owner__username")
    readonly_fields = ("lease_token", "lease_until", "created_at", "updated_at", "finished_at", "outline_version")
    inlines = [SceneInline, PlannedSceneInline]

    def save_model(self, request, obj, form, change):
        ending = {"question", "truth"} & set(form.changed_data) if change else set()
        if not ending:
            super().save_model(request, obj, form, change)
            return
        current = Story.objects.get(pk=obj.pk)
        question, truth = obj.question, obj.truth
        obj.question, obj.truth = current.question, current.truth  # saved by the action, not here
        super().save_model(request, obj, form, change)
        try:
            outline_actions.edit_ending(current, request.user, question, truth, current.outline_version)
        except outline_actions.NotEditable as refusal:
            messages.error(request, f"The question and the ending were not changed: {refusal}")
        obj.refresh_from_db()


class PlannedSceneForm(forms.ModelForm):
    """Who is there and whose secret surfaces: members of this story's cast, and a secret its
    holder has (the same rules as the room's form)."""

    class Meta:
        model = PlannedScene
        fields = ("story", "index", "beat", "place", "time_of_day", "present", "must_change", "secret_holder",
                  "secret_index", "climax", "scene", "skipped")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            cast = Character.objects.filter(story_id=self.instance.story_id)
            for name in ("present", "secret_holder"):
                if name in self.fields:
                    self.fields[name].queryset = cast

    def clean(self):
        data = super().clean()
        holder, number = data.get("secret_holder"), data.get("secret_index") or 0
        if holder is None and number:
            self.add_error("secret_holder", "Choose whose secret it is, or set the number to 0.")
        elif holder is not None and not 0 < number <= len(holder.secrets):
            self.add_error("secret_index", f"{holder.name} has no secret number {number} "
                                           f"(their sheet has {len(holder.secrets)}).")
        return data


class OutlineRevisionInline(admin.TabularInline):
    """Who changed the plan, when, at which turn, and what: read-only."""

    model = OutlineRevision
    fk_name = "planned_scene"
    extra = 0
    can_delete = False
    fields = ("created_at", "editor", "at_turn", "changes")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class EndingRevisionInline(OutlineRevisionInline):
    """Every revision of the story's outline (the question, the ending and its scenes)."""

    fk_name = "story"
    fields = ("created_at", "editor", "planned_scene", "at_turn", "changes")
    readonly_fields = fields
    verbose_name_plural = "outline revisions"


StoryAdmin.inlines = [*StoryAdmin.inlines, EndingRevisionInline]


@admin.register(PlannedScene)
class PlannedSceneAdmin(admin.ModelAdmin):
    """A save here is the same edit as in the room: a revision, a marker without the content, the
    room told. Played and skipped scenes are read-only."""

    form = PlannedSceneForm
    list_display = ("story", "index", "beat", "place", "climax", "scene", "skipped", "version")
    list_filter = ("climax", "skipped")
    search_fields = ("beat", "place", "story__title")
    raw_id_fields = ("story", "scene")
    filter_horizontal = ("present",)
    inlines = [OutlineRevisionInline]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        if not obj.editable:
            return [f.name for f in self.model._meta.fields if f.name != "id"] + ["present"]
        return ("story", "index", "climax", "scene", "skipped", "version")

    def save_model(self, request, obj, form, change):
        if not change:
            super().save_model(request, obj, form, change)
        # An edit is saved by the action, with who is present, in save_related.

    def save_related(self, request, form, formsets, change):
        if not change:
            super().save_related(request, form, formsets, change)
            return
        for formset in formsets:  # the revisions inline: read-only, saved as the admin expects
            self.save_formset(request, form, formset, change=change)
        current = PlannedScene.objects.get(pk=form.instance.pk)
        if not current.editable:
            return
        data = form.cleaned_data
        plan = {f: data.get(f, getattr(current, f)) for f in outline_actions.SCENE_FIELDS}
        plan["secret_holder"] = data.get("secret_holder", current.secret_holder)
        plan["secret_index"] = plan["secret_index"] if plan["secret_holder"] is not None else 0
        present = list(data["present"]) if "present" in data else list(current.present.all())
        try:
            outline_actions.edit_planned_scene(current, request.user, plan, present, current.version)
        except (outline_actions.NotEditable, outline_actions.EditConflict) as refusal:
            messages.error(request, f"The scene was not changed: {refusal}")


@admin.register(Scene)
class SceneAdmin(admin.ModelAdmin):
    list_display = ("story", "index", "location", "time_of_day", "complete")
    list_filter = ("complete",)
    filter_horizontal = ("present",)


@admin.register(Turn)
class TurnAdmin(admin.ModelAdmin):
    list_display = ("story", "index", "kind", "character", "emotion", "edited", "created_at")
    list_filter = ("kind", "edited")
    search_fields = ("content", "action", "story__title")
    raw_id_fields = ("story", "scene", "character")


@admin.register(ObserverReport)
class ObserverReportAdmin(admin.ModelAdmin):
    list_display = ("story", "after_turn", "tension", "consistency", "progression", "engagement",
                    "intervention_needed")


@admin.register(LLMCall)
class LLMCallAdmin(admin.ModelAdmin):
    list_display = ("created_at", "story", "role", "provider", "model", "attempt", "tokens_in", "tokens_out",
                    "tokens_cached", "latency_ms", "error")
    list_filter = ("role", "provider")
    search_fields = ("error", "response")
    raw_id_fields = ("story",)


class TurnRevisionInline(admin.TabularInline):
    model = TurnRevision
    extra = 0
    readonly_fields = ("kind", "content", "action", "emotion", "thought", "character_name", "editor", "created_at")


TurnAdmin.inlines = [TurnRevisionInline]


class VoteInline(admin.TabularInline):
    model = Vote
    extra = 0
    raw_id_fields = ("user",)


@admin.register(Poll)
class PollAdmin(admin.ModelAdmin):
    list_display = ("story", "status", "opened_at", "closes_at", "winner_index", "outcome")
    list_filter = ("status",)
    inlines = [VoteInline]
    raw_id_fields = ("story", "scene")


@admin.register(Suggestion)
class SuggestionAdmin(admin.ModelAdmin):
    list_display = ("story", "author", "text", "status", "created_at")
    list_filter = ("status",)
    raw_id_fields = ("story", "author", "decided_by")


@admin.register(Editor)
class EditorAdmin(admin.ModelAdmin):
    list_display = ("story", "user", "added_by", "created_at")
    raw_id_fields = ("story", "user", "added_by")


@admin.register(Mute)
class MuteAdmin(admin.ModelAdmin):
    list_display = ("story", "user", "muted_by", "created_at")
    raw_id_fields = ("story", "user", "muted_by")
