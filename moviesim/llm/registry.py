"""Providers by name: a plain dict."""

from functools import cache

from moviesim.llm.base import Provider


def _offline() -> Provider:
    from moviesim.llm.offline import OfflineProvider

    return OfflineProvider()


def _openai() -> Provider:
    from moviesim.llm.openai_provider import OpenAIProvider

    return OpenAIProvider.from_settings()


PROVIDERS = {"offline": _offline, "openai": _openai}


def provider_names() -> list[str]:
    return list(PROVIDERS)


@cache
def get_provider(name: str) -> Provider:
    try:
        factory = PROVIDERS[name]
    except KeyError:
        raise ValueError(f"Unknown provider {name!r}; choose one of {', '.join(PROVIDERS)}") from None
    return factory()
