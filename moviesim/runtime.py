from django.conf import settings


def describe() -> str:
    db = settings.DATABASES["default"]
    database = "PostgreSQL" if "postgresql" in db["ENGINE"] else f"SQLite ({db['NAME']})"
    provider = settings.MOVIESIM_PROVIDER
    if provider == "openai":
        provider += f" ({settings.OPENAI_BASE_URL or 'api.openai.com'})"
    else:
        provider += " writer (no model, no key)"
    mode = "Celery workers + channels_redis" if settings.REDIS_URL else "embedded runner + in-memory layer"
    return f"mode={settings.MOVIESIM_MODE} ({mode}); database={database}; provider={provider}"
