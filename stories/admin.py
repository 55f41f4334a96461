from django.contrib import admin

from stories.models import (
    Editor,
    LLMCall,
    Mute,
    ObserverReport,
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


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ("id", "title", "owner", "status", "visibility", "provider", "max_turns", "updated_at")
    list_filter = ("status", "visibility", "provider")
    search_fields = ("title", "seed", "owner__username")
    readonly_fields = ("lease_token", "lease_until", "created_at", "updated_at", "finished_at")
    inlines = [SceneInline]


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
