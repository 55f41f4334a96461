from django.conf import settings


def runtime(request) -> dict:
    return {"moviesim_mode": settings.MOVIESIM_MODE, "moviesim_provider": settings.MOVIESIM_PROVIDER}
