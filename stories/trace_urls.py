"""The owner's cost meter and trace of LLM calls."""

urlpatterns: list = []
