"""Character cards (SillyTavern V2): import into a story's cast, export any character.

Mounted at /stories/<story_id>/cards/ inside the `stories` namespace.
"""

from django.urls import path

from characters import cards

urlpatterns = [
    path("", cards.card_list, name="card_list"),
    path("import/", cards.import_card, name="card_import"),
    path("<int:character_id>.json", cards.export_card, name="card_export"),
]
