"""Stories on a real model server: llama.cpp's `llama-server` with SmolLM2-135M-Instruct,
through the real `openai` SDK and provider, the engine and the room's broadcast.

The model is tiny and writes nonsense; what is under test is that MovieSim finishes a story on
a real server anyway: bounded output on every call, the schema's keywords enforced by the
server's grammar (or, where it takes none, JSON mode validated and mended here), and a pause
that resumes.
"""

import html
import re

import pytest
from django.conf import settings

from moviesim.llm.registry import get_provider
from stories import broadcast
from stories.engine.calls import MODEL_ROLE
from stories.models import LLMCall, Story, Turn
from tests.conftest import advance, make_story
from tests.realmodel.proxy import ModelProxy

pytestmark = [pytest.mark.slow, pytest.mark.django_db]
TURNS = 10


@pytest.fixture
def sent(monkeypatch):
    frames: list[tuple[int, str, str]] = []
    monkeypatch.setattr(broadcast, "send", lambda story_id, kind, text: frames.append((story_id, kind, text)))
    return frames


def play(story: Story, until=(Story.Status.FINISHED, Story.Status.FAILED, Story.Status.PAUSED), limit=80) -> Story:
    for _ in range(limit):
        story.refresh_from_db()
        if story.status in until:
            return story
        advance(story.pk, force=True)
    raise AssertionError(f"story still {story.status} after {limit} steps")


def assert_finished_whole(story: Story) -> None:
    assert story.status == Story.Status.FINISHED, story.status_message
    assert list(story.turns.values_list("index", flat=True)) == list(range(TURNS))
    kinds = list(story.turns.values_list("kind", flat=True))
    assert kinds[0] == Turn.Kind.SCENE and kinds[-1] == Turn.Kind.ENDING
    assert 3 <= story.characters.count() <= 6 and story.outline.count() >= 1


def assert_recorded_within_caps(story: Story, requests: list[dict]) -> None:
    calls = list(LLMCall.objects.filter(story=story).exclude(role="embedding"))
    answered = [c for c in calls if not c.error]
    assert answered and all(c.provider == "openai" and c.model == "SmolLM2-135M-Instruct" for c in calls)
    # Usage as the server counted it, the latency, and every attempt numbered.
    assert all(c.tokens_in > 0 and c.tokens_out > 0 and c.latency_ms > 0 and c.attempt >= 1 for c in answered)
    for call in calls:
        cap = settings.MOVIESIM_MAX_TOKENS[MODEL_ROLE[call.role]]
        assert call.tokens_out <= cap, (call.role, call.tokens_out, cap)
    # Every request asked for a cap, within its role's and within the context window.
    assert requests and all(0 < body["max_completion_tokens"] <= max(settings.MOVIESIM_MAX_TOKENS.values())
                            for body in requests)
    # Casting came in calls a small model can write: the premise, each sheet, the outline, the opening scene.
    roles = [c.role for c in answered if c.turn_index == 0]
    assert roles.count("director_setup") == 1 and roles.count("director_character") == story.characters.count()


def test_a_story_finishes_on_llama_server_with_its_json_schema_enforced(alice, real_model, sent):
    with ModelProxy(settings.OPENAI_BASE_URL) as proxy:
        real_model(proxy.base_url)
        story = play(make_story(alice, seed="A murder mystery at a tech startup during a product launch",
                                turns=TURNS, provider="openai"))
        assert_finished_whole(story)
        assert_recorded_within_caps(story, proxy.requests)
        # The full schema went to the server, keywords and all, and it enforced them.
        formats = [body["response_format"] for body in proxy.requests]
        assert all(f["type"] == "json_schema" for f in formats)
        premise = next(f for f in formats if f["json_schema"]["name"] == "StoryPremise")["json_schema"]["schema"]
        assert premise["properties"]["cast"]["minItems"] == 3 and premise["properties"]["title"]["maxLength"] == 100
        assert get_provider("openai").level == "full"
    # The spoken lines streamed into the room as they formed (a frame of an attempt that was
    # then retried may not begin the final line; the lines that stood were typed in).
    typed = []
    for _, kind, frame in sent:
        match = re.search(r'<p class="dialogue" hx-disable>(.*?)<span class="caret">', frame, re.S)
        if kind == "story.typing" and match:
            typed.append(html.unescape(match.group(1)).strip())
    lines = [line for line in story.turns.filter(kind=Turn.Kind.DIALOGUE).values_list("content", flat=True)]
    assert lines and typed, "character lines must stream into the room"
    streamed = [line for line in lines if any(text and line.startswith(text) for text in typed)]
    assert 2 * len(streamed) >= len(lines), (typed, lines)
    # No embeddings on this server: asked once, then memories are recalled by words.
    assert LLMCall.objects.filter(story=story, role="embedding").count() <= 1


def test_json_mode_fallback_and_a_paused_story_resumes(alice, real_model, client):
    with ModelProxy(settings.OPENAI_BASE_URL, refuse_json_schema=True) as proxy:
        real_model(proxy.base_url)
        story = make_story(alice, seed="A lighthouse keeper finds a stranger on the rocks after a storm",
                           turns=TURNS, provider="openai")
        for _ in range(6):  # casting and a few turns
            advance(story.pk, force=True)
        story.refresh_from_db()
        assert story.status == Story.Status.RUNNING, story.status_message
        assert proxy.refused == 1, "one refusal of json_schema, then JSON mode for the rest of the process"
        assert get_provider("openai").level == "json"
        assert all(body["response_format"]["type"] == "json_object" for body in proxy.requests[1:])

        # The server goes down: the step's retries are spent and the story pauses, saying why.
        proxy.down = True
        story = play(story)
        assert story.status == Story.Status.PAUSED and "The model failed" in story.status_message
        assert "HTTP 503" in story.status_message
        paused_at = story.turns.count()

        # Back up; the owner presses Resume and the story finishes.
        proxy.down = False
        client.force_login(alice)
        assert client.post(f"/stories/{story.pk}/resume/").status_code == 302
        story = play(story, until=(Story.Status.FINISHED, Story.Status.FAILED))
        assert_finished_whole(story)
        assert paused_at < TURNS
        assert_recorded_within_caps(story, [b for b in proxy.requests if b.get("max_completion_tokens")])
