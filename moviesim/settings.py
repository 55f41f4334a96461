"""MovieSim settings.

Every setting comes from the environment (see README "Settings"). The run mode
follows one variable: REDIS_URL set means Celery workers and channels_redis;
unset means the embedded runner and the in-memory channel layer.
"""

from pathlib import Path

import dj_database_url

from moviesim.env import env_bool, env_float, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = env_str("MOVIESIM_SECRET_KEY")
if not SECRET_KEY:
    if env_str("REDIS_URL"):
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(
            "Set MOVIESIM_SECRET_KEY: a deployment (REDIS_URL is set) must not sign sessions with the "
            "development key. Any long random string will do, the same on every process."
        )
    SECRET_KEY = "moviesim-embedded-insecure-dev-key-change-me"  # embedded mode on one machine only
DEBUG = env_bool("MOVIESIM_DEBUG", False)
ALLOWED_HOSTS = env_list("MOVIESIM_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("MOVIESIM_CSRF_TRUSTED_ORIGINS", [])
CSRF_COOKIE_HTTPONLY = True  # htmx sends the token from the page (hx-headers); no script reads the cookie

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "channels",
    "stories",
    "characters",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "moviesim.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "moviesim.middleware.RequireUtf8FormsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "moviesim.urls"
ASGI_APPLICATION = "moviesim.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "moviesim.context_processors.runtime",
            ],
        },
    },
]

# --- Database: SQLite file unless DATABASE_URL is set --------------------------------------
DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    # Persistent connections, one per thread, checked at the start of each step: a Celery worker
    # holds at most --concurrency of them and opens none in steady state (moviesim/celery.py keeps
    # Celery's Django fixup from closing them after every task). A pool would not hold fewer: a
    # step keeps its connection while it waits for the model (bench/concurrency.py).
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env_str("MOVIESIM_SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            "OPTIONS": {
                # WAL lets the room read while a step writes; IMMEDIATE takes the write
                # lock up front so two writers queue on the busy timeout instead of failing.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
            # A file, not :memory:, so server processes started by the tests share it.
            "TEST": {"NAME": str(BASE_DIR / "var" / "test.sqlite3")},
        }
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})
    # A stuck statement must not hold a step forever (threads pools ignore task time limits).
    DATABASES["default"]["OPTIONS"].setdefault("options", "-c statement_timeout=30000")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Mode: Redis means Celery + channels_redis, otherwise the embedded runner ----------------
REDIS_URL = env_str("REDIS_URL")
MOVIESIM_MODE = "distributed" if REDIS_URL else "embedded"

# Names in Redis (channel groups, cache keys) and the Celery queue start from these, so several
# deployments (or test runs) can share one Redis without hearing each other.
MOVIESIM_REDIS_PREFIX = env_str("MOVIESIM_REDIS_PREFIX", "moviesim")
CELERY_TASK_DEFAULT_QUEUE = env_str("MOVIESIM_CELERY_QUEUE", "celery")

if REDIS_URL:
    # Redis pub/sub: a fragment for a room is published once and each Daphne process hands it
    # to its own viewers, with no per-viewer Redis lists and no capacity to overflow in a burst
    # (bench/fanout.py). Delivery is at most once: after Redis comes back, sockets are asked to
    # reconnect, and pages catch up on every reconnect.
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "stories.layers.RoomChannelLayer",  # channels_redis's pub/sub layer; see there
            "CONFIG": {"prefix": f"{MOVIESIM_REDIS_PREFIX}:asgi", "hosts": [REDIS_URL]},
        }
    }
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL,
                           "KEY_PREFIX": MOVIESIM_REDIS_PREFIX}}
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer", "CONFIG": {"capacity": 1500}}}
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Celery (used only when REDIS_URL is set) -----------------------------------------------
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
# Steps are idempotent (lease + unique turn index), so acknowledge after the work and let
# a lost worker's task be redelivered.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_TASK_TIME_LIMIT = 600
CELERY_TASK_SOFT_TIME_LIMIT = 540
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
MOVIESIM_SWEEP_SECONDS = env_float("MOVIESIM_SWEEP_SECONDS", 5.0, minimum=0.5)
CELERY_BEAT_SCHEDULE = {
    "sweep-stuck-stories": {"task": "stories.tasks.sweep_stories", "schedule": MOVIESIM_SWEEP_SECONDS},
}

# --- Model providers ---------------------------------------------------------------------
OPENAI_API_KEY = env_str("OPENAI_API_KEY")
OPENAI_BASE_URL = env_str("OPENAI_BASE_URL")
MOVIESIM_PROVIDER = env_str("MOVIESIM_PROVIDER", "openai" if OPENAI_API_KEY else "offline")
if MOVIESIM_PROVIDER not in {"openai", "offline"}:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(f"MOVIESIM_PROVIDER must be 'openai' or 'offline', got {MOVIESIM_PROVIDER!r}")
MOVIESIM_MODEL = env_str("MOVIESIM_MODEL", "gpt-4o-mini")
MOVIESIM_MODELS = {
    role: env_str(f"MOVIESIM_MODEL_{role.upper()}", MOVIESIM_MODEL)
    for role in ("director", "character", "scene", "observer")
}
# Sampling per role, sent where the server takes it: characters warm and discouraged from
# repeating themselves, the Director inventive, the Scene Manager and the Observer steady.
_SAMPLING_DEFAULTS = {"director": (0.8, 0.2, 0.2), "character": (0.9, 0.5, 0.4), "scene": (0.2, 0.0, 0.0),
                      "observer": (0.2, 0.0, 0.0)}
MOVIESIM_SAMPLING = {
    role: {"temperature": env_float(f"MOVIESIM_TEMPERATURE_{role.upper()}", t, minimum=0.0, maximum=2.0),
           "frequency_penalty": env_float(f"MOVIESIM_FREQUENCY_PENALTY_{role.upper()}", f, minimum=-2.0,
                                          maximum=2.0),
           "presence_penalty": env_float(f"MOVIESIM_PRESENCE_PENALTY_{role.upper()}", p, minimum=-2.0,
                                         maximum=2.0)}
    for role, (t, f, p) in _SAMPLING_DEFAULTS.items()
}
MOVIESIM_LLM_TIMEOUT = env_float("MOVIESIM_LLM_TIMEOUT", 60.0, minimum=1.0)
# Output caps per role, in tokens, sent with every call (`max_completion_tokens`, or `max_tokens`
# for servers that want that name): a small local model that rambles stops at the cap. No call
# asks for more than about 1,200 tokens of output: the Director's setup is split into several calls.
_MAX_TOKENS_DEFAULTS = {"director": 1200, "character": 500, "scene": 160, "observer": 600}
MOVIESIM_MAX_TOKENS = {
    role: env_int(f"MOVIESIM_MAX_TOKENS_{role.upper()}", cap, minimum=64, maximum=16384)
    for role, cap in _MAX_TOKENS_DEFAULTS.items()
}
MOVIESIM_MAX_TOKENS_PARAM = env_str("MOVIESIM_MAX_TOKENS_PARAM", "max_completion_tokens")
if MOVIESIM_MAX_TOKENS_PARAM not in {"max_completion_tokens", "max_tokens"}:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("MOVIESIM_MAX_TOKENS_PARAM must be 'max_completion_tokens' or 'max_tokens'")
# How structured outputs are asked for: "auto" starts with the full JSON Schema (llama.cpp, vLLM,
# Ollama enforce it) and steps down when a server refuses: "strict" (OpenAI's documented subset),
# then "json" (JSON mode, the schema in the prompt, validated here). Or pin one level.
MOVIESIM_SCHEMA_LEVEL = env_str("MOVIESIM_SCHEMA_LEVEL", "auto")
if MOVIESIM_SCHEMA_LEVEL not in {"auto", "full", "strict", "json"}:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("MOVIESIM_SCHEMA_LEVEL must be one of auto, full, strict, json")
# The model's context window: prompt plus output of every call fit in it (prompts are trimmed,
# oldest material first; the output cap shrinks to what is left).
MOVIESIM_CONTEXT_TOKENS = env_int("MOVIESIM_CONTEXT_TOKENS", 8192, minimum=1024)
MOVIESIM_LLM_MAX_ATTEMPTS = env_int("MOVIESIM_LLM_MAX_ATTEMPTS", 3, minimum=1, maximum=10)
# The offline writer "types" its lines at this many seconds per chunk when a room streams them.
MOVIESIM_OFFLINE_STREAM_DELAY = env_float("MOVIESIM_OFFLINE_STREAM_DELAY", 0.08, minimum=0.0, maximum=2.0)
MOVIESIM_STREAM_INTERVAL = env_float("MOVIESIM_STREAM_INTERVAL", 0.25, minimum=0.0)
MOVIESIM_LLM_MAX_BACKOFF = env_float("MOVIESIM_LLM_MAX_BACKOFF", 30.0, minimum=0.0)

# Price per million tokens (USD), per model: input, cached input, output. Override with
# MOVIESIM_PRICES as JSON, e.g. {"my-model": {"input": 1.0, "cached": 0.1, "output": 4.0}}.
MOVIESIM_PRICES = {
    "gpt-4o-mini": {"input": 0.15, "cached": 0.075, "output": 0.60},
    "gpt-4o": {"input": 2.50, "cached": 1.25, "output": 10.00},
    "gpt-4.1-mini": {"input": 0.40, "cached": 0.10, "output": 1.60},
    "gpt-4.1": {"input": 2.00, "cached": 0.50, "output": 8.00},
    "offline-writer-1": {"input": 0.0, "cached": 0.0, "output": 0.0},
}
if env_str("MOVIESIM_PRICES"):
    import json as _json

    try:
        MOVIESIM_PRICES.update(_json.loads(env_str("MOVIESIM_PRICES")))
    except ValueError as _exc:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(f"MOVIESIM_PRICES must be JSON: {_exc}") from None
# Default per-story token budget (prompt + completion); 0 means no budget.
MOVIESIM_TOKEN_BUDGET = env_int("MOVIESIM_TOKEN_BUDGET", 0, minimum=0)
# Full prompts and responses of LLM calls are kept this many days (token counts stay forever);
# 0 keeps them all. `manage.py prune_prompts` applies it.
MOVIESIM_PROMPT_RETENTION_DAYS = env_int("MOVIESIM_PROMPT_RETENTION_DAYS", 30, minimum=0)

# --- Story engine ------------------------------------------------------------------------
MOVIESIM_DEFAULT_TURNS = env_int("MOVIESIM_DEFAULT_TURNS", 30, minimum=1)
MOVIESIM_MAX_TURNS = env_int("MOVIESIM_MAX_TURNS", 300, minimum=1)
MOVIESIM_DEFAULT_PACING = env_float("MOVIESIM_DEFAULT_PACING", 4.0, minimum=0.0)
MOVIESIM_OBSERVER_EVERY = env_int("MOVIESIM_OBSERVER_EVERY", 5, minimum=1)
# Tokens for the changing part of a character's prompt (earlier scenes, memories, recent turns).
MOVIESIM_PROMPT_BUDGET = env_int("MOVIESIM_PROMPT_BUDGET", 450, minimum=200)
# A character reflects once the importance of its new memories adds up to this much.
# Tokens of story material in the Director's end-of-story prompt (the prose compiler).
MOVIESIM_PROMPT_BUDGET_DIRECTOR = env_int("MOVIESIM_PROMPT_BUDGET_DIRECTOR", 3000, minimum=500)
MOVIESIM_REFLECT_THRESHOLD = env_float("MOVIESIM_REFLECT_THRESHOLD", 8.0, minimum=1.0)
# Optional script editor: check each line against the sheet and retake it once with the note.
MOVIESIM_CONSISTENCY_CHECK = env_bool("MOVIESIM_CONSISTENCY_CHECK", False)
MOVIESIM_SCENE_MAX_TURNS = env_int("MOVIESIM_SCENE_MAX_TURNS", 8, minimum=2)
# A step renews its lease every third of this while it works; if its worker dies, another
# worker may take the story once the lease runs out: recovery within lease + one sweep.
MOVIESIM_LEASE_SECONDS = env_float("MOVIESIM_LEASE_SECONDS", 30.0, minimum=3.0)
# Unbounded consumption guard: stories one account may run at once, and start per hour.
MOVIESIM_MAX_LIVE_STORIES = env_int("MOVIESIM_MAX_LIVE_STORIES", 5, minimum=1)
MOVIESIM_STORIES_PER_HOUR = env_int("MOVIESIM_STORIES_PER_HOUR", 20, minimum=1)
MOVIESIM_SUGGESTIONS_PER_WINDOW = env_int("MOVIESIM_SUGGESTIONS_PER_WINDOW", 3, minimum=1)
MOVIESIM_SUGGESTION_WINDOW = env_int("MOVIESIM_SUGGESTION_WINDOW", 60, minimum=1)
MOVIESIM_DEFAULT_VOTE_SECONDS = env_int("MOVIESIM_DEFAULT_VOTE_SECONDS", 30, minimum=0, maximum=600)
MOVIESIM_PRESENCE_TTL = env_int("MOVIESIM_PRESENCE_TTL", 45, minimum=5)
# Arrivals and departures are announced to a room at most once per this many seconds.
MOVIESIM_PRESENCE_COALESCE = env_float("MOVIESIM_PRESENCE_COALESCE", 1.0, minimum=0.05)
MOVIESIM_RUNNER_THREADS = env_int("MOVIESIM_RUNNER_THREADS", 4, minimum=1, maximum=64)

# --- Auth, static, i18n ------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/stories/mine/"
LOGOUT_REDIRECT_URL = "/"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Only needed for `collectstatic`; WhiteNoise serves straight from the finders otherwise.
STATIC_ROOT = env_str("MOVIESIM_STATIC_ROOT") or None
# WhiteNoise serves static files in every mode; finders let it work without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "moviesim": {"handlers": ["console"], "level": env_str("MOVIESIM_LOG_LEVEL", "INFO"), "propagate": False},
        "stories": {"handlers": ["console"], "level": env_str("MOVIESIM_LOG_LEVEL", "INFO"), "propagate": False},
    },
}
