from django.contrib import admin

from stories.models import LLMCall, ObserverReport, Scene, Story, Turn


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
