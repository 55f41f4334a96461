from moviesim.llm.base import Attempt, Generation, GenerationRequest, Provider, ProviderError
from moviesim.llm.registry import get_provider, provider_names

__all__ = [
    "Attempt",
    "Generation",
    "GenerationRequest",
    "Provider",
    "ProviderError",
    "get_provider",
    "provider_names",
]
