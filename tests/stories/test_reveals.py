"""Reveals are events: a character names one of their own secrets by its number, in their own
words, and the secrets ledger records it; whoever heard it is told first on their next turn.

Through the real `openai` provider and SDK against the loopback fake server, which answers
every role with a canned story (tests/reliability/model_server.py) and every character turn
with a confession in words of its own: never the sheet's text.
"""

import json

import pytest

from moviesim.llm.registry import get_provider
from stories.models import LLMCall, Turn
from tests.conftest import advance, make_story
from tests.fake_openai import FakeOpenAI
from tests.reliability.model_server import NAMES, canned

# Dex's sheet says "Dex once sold the station's logbooks." Nothing of it is repeated word for word.
PARAPHRASE = "All right, all right. The books went to a dealer in Leith, and the money paid what I owed."


def confessing(schema: str, serial: int):
    reply = canned(schema, serial)
    if schema == "CharacterTurn":
        # Everyone offers their secret number 1; the schema lets only the one whose secret the
        # scene plans say so (for the others the provider's repair turns it back into 0).
        reply = {**reply, "dialogue": f"{PARAPHRASE} ({serial})", "reveal": 1, "reveal_to": ["everyone"]}
    return reply


@pytest.fixture
def openai_model(settings):
    with FakeOpenAI(confessing, chunk_size=16) as server:
        settings.OPENAI_API_KEY, settings.OPENAI_BASE_URL = "test-key", server.base_url
        settings.MOVIESIM_LLM_MAX_ATTEMPTS, settings.MOVIESIM_LLM_TIMEOUT = 2, 5.0
        get_provider.cache_clear()
        yield server
    get_provider.cache_clear()


@pytest.mark.django_db
def test_a_paraphrased_reveal_is_recorded_by_its_number_and_the_others_react_to_it(alice, openai_model, silent_room):
    story = make_story(alice, seed="A storm at the lighthouse", turns=16, provider="openai")
    for _ in range(16):
        advance(story.pk, force=True)
        if story.turns.filter(revealed_index__isnull=False).exists():
            break
    reveal = story.turns.select_related("character").get(revealed_index__isnull=False)
    dex = reveal.character
    assert dex.name == NAMES[1], "only the holder of the scene's planned secret may reveal it"
    assert reveal.scene.plan.secret_holder_id == dex.pk and reveal.scene.plan.secret_index == 1
    assert reveal.revealed_index == 1 and reveal.revealed_secret == dex.secrets[0]
    assert dex.secrets[0] not in reveal.content and reveal.content.startswith(PARAPHRASE)
    assert reveal.revealed_to == ["everyone"]
    dex.refresh_from_db()
    assert dex.revealed_secrets == [dex.secrets[0]]
    assert story.turns.filter(revealed_index__isnull=False).count() == 1, "the others' offers are not reveals"

    # The next one to speak hears it first: their prompt says what was just revealed, and by whom.
    advance(story.pk, force=True)
    after = story.turns.filter(index__gt=reveal.index, kind=Turn.Kind.DIALOGUE).order_by("index").first()
    assert after is not None and after.character_id != dex.pk
    call = LLMCall.objects.get(story=story, role="character", turn_index=after.index, error="")
    prompt = json.dumps(call.messages, ensure_ascii=False)
    assert dex.secrets[0].rstrip(".") in prompt and "Dex" in prompt
