"""With the openai provider's embeddings, memory relevance is semantic; without them, lexical."""

import pytest

from characters.models import Character, Memory
from moviesim.llm.openai_provider import OpenAIProvider
from stories.engine import memory
from tests.conftest import make_story
from tests.fake_openai import FakeOpenAI

SEA = ("lighthouse", "beacon", "lamp room", "fog horn")


def _meaning(text: str) -> list[float]:
    """Embeddings that know a beacon is about lighthouses, though the words differ."""
    return [1.0, 0.0] if any(w in text.lower() for w in SEA) else [0.0, 1.0]


@pytest.fixture
def server():
    with FakeOpenAI() as fake:
        yield fake


@pytest.mark.django_db
def test_embedding_relevance_finds_what_shares_meaning_not_words(alice, server):
    story = make_story(alice, start=False)
    mara = Character.objects.create(story=story, name="Mara Quinn")
    # The beacon memory is older and no more important: only meaning can lift it.
    Memory.objects.create(character=mara, turn_index=1, kind="witnessed",
                          content="A beacon flashed twice on the cliffs.", importance=0.5)
    for i in range(2, 12):
        Memory.objects.create(character=mara, turn_index=i, kind="witnessed",
                              content=f"Theo counted the money again, pile number {i}.", importance=0.5)
    query = "Where is the lighthouse keeper tonight?"
    lexical = memory.retrieve(mara, query, now_index=12, k=3)
    assert not any("beacon" in m for m in lexical)

    server.embed_with = _meaning
    provider = OpenAIProvider(api_key="k", base_url=server.base_url, models={}, timeout=5, max_attempts=1,
                              max_backoff=0)
    semantic = memory.retrieve(mara, query, now_index=12, k=3, embed=provider.embed)
    assert any("beacon" in m for m in semantic)
    assert server.embedding_requests, "the real SDK must have called the embeddings endpoint"
    assert Memory.objects.filter(character=mara, embedding__isnull=False).count() == 11, "vectors are kept"
    before = len(server.embedding_requests)
    memory.retrieve(mara, query, now_index=12, k=3, embed=provider.embed)
    assert len(server.embedding_requests[before]["input"]) == 2, "only the query and goal are embedded again"
