from django.contrib import admin

from characters import actions
from characters.models import Character, CharacterRevision, Memory, Relationship

SHEET_FIELDS = ("name", "role", "background", "personality_traits", "secrets", "primary_motivation",
                "secondary_goals", "fears", "speaking_style", "talkativeness")


class RelationshipInline(admin.TabularInline):
    model = Relationship
    fk_name = "character"
    extra = 0


class RevisionInline(admin.TabularInline):
    model = CharacterRevision
    extra = 0
    can_delete = False
    readonly_fields = ("kind", "editor", "at_turn", "version", "changes", "created_at")

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Character)
class CharacterAdmin(admin.ModelAdmin):
    """Editable mid-story: a save here is the same edit as in the room (revision, marker, live cast)."""

    list_display = ("name", "story", "role", "active", "version")
    list_filter = ("active",)
    search_fields = ("name", "story__title")
    inlines = [RelationshipInline, RevisionInline]
    raw_id_fields = ("story",)
    readonly_fields = ("version", "revealed_secrets")

    def save_model(self, request, obj, form, change):
        if not change:
            super().save_model(request, obj, form, change)
            return
        sheet = {f: form.cleaned_data[f] for f in SHEET_FIELDS if f in form.changed_data}
        other = {f: form.cleaned_data[f] for f in form.changed_data if f not in SHEET_FIELDS and f in ("active",)}
        current = Character.objects.get(pk=obj.pk)
        if sheet:
            actions.edit_character(current, request.user, sheet, {}, current.version)
        if other:
            Character.objects.filter(pk=obj.pk).update(**other)


@admin.register(Memory)
class MemoryAdmin(admin.ModelAdmin):
    list_display = ("character", "turn_index", "kind", "importance", "content")
    list_filter = ("kind",)
    raw_id_fields = ("character", "turn")
