"""Character cards (SillyTavern V2): import into a story's cast, export any character.

Mounted at /stories/<story_id>/cards/ inside the `stories` namespace.
"""

from django.urls import path

from characters import card_views

urlpatterns = [
    path("", card_views.card_list, name="card_list"),
    path("import/", card_views.import_card, name="card_import"),
    path("<int:character_id>.json", card_views.export_card, name="card_export"),
]
