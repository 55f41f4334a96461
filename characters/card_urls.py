"""Character cards (SillyTavern V2): import into a story's cast, export any character."""

urlpatterns: list = []
