"""The real local model: llama.cpp's `llama-server` serving SmolLM2-135M-Instruct on 127.0.0.1,
started once for the session (built and fetched once per machine by scripts/local_model.py).

Where it cannot be had (no compiler, no network for the first build) these tests skip; under
MOVIESIM_REQUIRE_SERVICES=1 (CI) that fails the run instead.
"""

import sys
from pathlib import Path

import pytest

from moviesim.llm import openai_provider
from moviesim.llm.registry import get_provider
from tests.services import need

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import local_model  # noqa: E402

CONTEXT = 16384  # the server's window, as asked; it caps each slot at the model's own 8,192
MODEL_WINDOW = 8192  # SmolLM2's training context: MovieSim's prompts and replies fit in this


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory):
    """The base URL of a llama-server for the whole session."""
    try:
        local_model.build(quiet=True)
        local_model.model_path()
    except Exception as exc:  # noqa: BLE001 (any failure to build or fetch means: no real model here)
        need(False, f"no llama-server: {type(exc).__name__}: {exc}")
    log = tmp_path_factory.mktemp("llama") / "llama-server.log"
    with local_model.serving(context=CONTEXT, log=log) as base_url:
        yield base_url


@pytest.fixture
def real_model(settings, llama_server):
    """The story's `openai` provider pointed at `llama_server` (or at a proxy in front of it: call
    the returned function with another base URL)."""

    def point(base_url: str) -> str:
        settings.OPENAI_API_KEY, settings.OPENAI_BASE_URL = "local", base_url
        settings.MOVIESIM_MODELS = {role: local_model.MODEL_NAME for role in settings.MOVIESIM_MODELS}
        settings.MOVIESIM_LLM_TIMEOUT = 120.0
        settings.MOVIESIM_CONTEXT_TOKENS = MODEL_WINDOW
        openai_provider._LEVEL_OF_SERVER.clear(), openai_provider._PLAIN_JSON.clear()
        get_provider.cache_clear()
        return base_url

    point(llama_server)
    yield point
    openai_provider._LEVEL_OF_SERVER.clear(), openai_provider._PLAIN_JSON.clear()
    get_provider.cache_clear()
