from django.contrib import admin

from characters.models import Character, Memory, Relationship


class RelationshipInline(admin.TabularInline):
    model = Relationship
    fk_name = "character"
    extra = 0


@admin.register(Character)
class CharacterAdmin(admin.ModelAdmin):
    """Editable mid-story: the next turn's prompt is built from the saved sheet."""

    list_display = ("name", "story", "role", "active", "version")
    list_filter = ("active",)
    search_fields = ("name", "story__title")
    inlines = [RelationshipInline]
    raw_id_fields = ("story",)

    def save_model(self, request, obj, form, change):
        if change:
            obj.version += 1
        super().save_model(request, obj, form, change)


@admin.register(Memory)
class MemoryAdmin(admin.ModelAdmin):
    list_display = ("character", "turn_index", "kind", "importance", "content")
    list_filter = ("kind",)
    raw_id_fields = ("character", "turn")
