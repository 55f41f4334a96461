"""Refusals that say why: a page for browsers, a short message for htmx requests."""

from django.shortcuts import render


def permission_denied(request, exception=None):
    message = str(exception) if exception and str(exception) else "You don't have permission to do that."
    if getattr(request, "htmx", False):
        return render(request, "partials/refused.html", {"message": message}, status=403)
    return render(request, "403.html", {"message": message}, status=403)
