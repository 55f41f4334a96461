"""The openai provider through the real SDK over real HTTP, against a loopback fake server."""

import itertools
import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import BaseModel

from moviesim.llm.base import GenerationRequest, ProviderError, estimate_tokens, messages_tokens
from moviesim.llm.openai_provider import OpenAIProvider, partial_string_field, strict_schema
from moviesim.llm.schemas import CharacterTurn, Intervention, NextSpeaker, StoryOutline, StoryPremise
from tests.fake_openai import Drop, FakeOpenAI, Hang, Raw, Refusal, Reply, Status, Truncated, Vectors

MODELS = {"director": "m-director", "character": "m-character", "scene": "m-scene", "observer": "m-observer"}
MESSAGES = [{"role": "system", "content": "You run the scene."}, {"role": "user", "content": "Who speaks?"}]
SPEAKER = {"next_speaker": "Ada", "reason": "She was named.", "scene_complete": False}
SECRET = 'I poisoned the coffee, "dialogue": "fake'
TURN = {  # private_thought first, so a naive extractor would leak it
    "private_thought": SECRET,
    "dialogue": 'We ship tonight, or we don\'t ship at all. "Understood?" \\ Café — 😀 done.',
    "action": "She slams the laptop shut.",
    "emotion": "furious",
    "emotion_intensity": 0.9,
    "to": "Ben",
    "reveal": 0,
    "reveal_to": [],
    "change": "She refuses to delay the launch.",
    "relationship_changes": [{"other": "Ben", "delta": -0.2, "reason": "He doubted her."}],
}
# What each schema level never sends: OpenAI's strict subset has no string lengths; no level sends
# pydantic's titles and defaults.
FORBIDDEN = {"strict": {"default", "title", "minLength", "maxLength"}, "full": {"default", "title"}}


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


def make(server: FakeOpenAI, **overrides: Any) -> tuple[OpenAIProvider, list[float]]:
    sleeps: list[float] = []
    options: dict[str, Any] = {"api_key": "test-key", "base_url": server.base_url, "models": MODELS,
                               "timeout": 5.0, "max_attempts": 3, "max_backoff": 2.0, "sleep": sleeps.append}
    options.update(overrides)
    return OpenAIProvider(**options), sleeps


def ask(provider: OpenAIProvider, schema: type[BaseModel] = NextSpeaker, **kw: Any):
    role = "character" if schema is CharacterTurn else "scene"
    options = {"role": role, "messages": MESSAGES, "schema": schema, "model_role": role, "seed": "story-1", **kw}
    return provider.generate(GenerationRequest(**options))


def objects(node: Any) -> Iterator[dict[str, Any]]:
    """Every object schema in a JSON schema, $defs included."""
    if isinstance(node, list):
        for item in node:
            yield from objects(item)
    elif isinstance(node, dict):
        if node.get("type") == "object" or "properties" in node:
            yield node
        for key, value in node.items():
            if key in ("properties", "$defs"):
                for sub in value.values():
                    yield from objects(sub)
            else:
                yield from objects(value)


def keywords(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, list):
        for item in node:
            found |= keywords(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key in ("properties", "$defs"):
                for sub in value.values():
                    found |= keywords(sub)
            else:
                found |= {key} | keywords(value)
    return found


def assert_strict(schema: dict[str, Any], expected_objects: int, level: str = "strict") -> None:
    found = list(objects(schema))
    assert len(found) >= expected_objects
    for obj in found:
        assert obj["additionalProperties"] is False
        assert obj["required"] == list(obj["properties"])
    assert not keywords(schema) & FORBIDDEN[level]


def repairs(body: dict[str, Any]) -> int:
    return sum("did not match the schema" in m["content"] for m in body["messages"] if m["role"] == "user")


# -- schema and request shape ----------------------------------------------------------------------


def test_strict_schema_closes_every_object_and_keeps_fields_named_like_keywords() -> None:
    setup = strict_schema(StoryPremise)
    assert_strict(setup, expected_objects=2)  # StoryPremise, CastMember
    assert set(setup["$defs"]) >= {"CastMember"}
    assert "title" in setup["properties"] and "title" in setup["required"]  # a field, not the keyword
    # OpenAI's strict subset: list and number bounds stay keywords, string lengths become hints.
    assert setup["properties"]["cast"]["minItems"] == 3 and setup["properties"]["cast"]["maxItems"] == 6
    assert "maxLength" not in setup["properties"]["title"] and "maxLength=100" in setup["properties"]["title"][
        "description"]
    full = strict_schema(StoryPremise, "full")
    assert full["properties"]["title"]["maxLength"] == 100 and full["properties"]["cast"]["minItems"] == 3
    outline = strict_schema(StoryOutline)
    assert_strict(outline, expected_objects=2)  # StoryOutline, OutlineScene
    assert "secret_index" in outline["$defs"]["OutlineScene"]["required"]
    intervention = strict_schema(Intervention)
    assert_strict(intervention, expected_objects=3)
    variants = intervention["properties"]["new_character"]["anyOf"]
    assert {"type": "null"} in variants and {"$ref": "#/$defs/CharacterSheet"} in variants


def test_strict_schema_closes_plain_models_and_drops_defaults() -> None:
    class Inner(BaseModel):
        note: str = "n"

    class Plain(BaseModel):  # no extra="forbid", defaults everywhere
        inner: Inner
        items: list[Inner] = []
        maybe: Inner | None = None

    schema = strict_schema(Plain)
    assert_strict(schema, expected_objects=2)
    assert schema["required"] == ["inner", "items", "maybe"]
    assert schema["$defs"]["Inner"]["required"] == ["note"]
    assert {"type": "null"} in schema["properties"]["maybe"]["anyOf"]


def test_strict_schema_rejects_free_form_maps() -> None:
    class Loose(BaseModel):
        scores: dict[str, int]

    with pytest.raises(ValueError, match="free-form maps"):
        strict_schema(Loose)


def test_structured_output_parsed_with_strict_json_schema(fake_openai: FakeOpenAI) -> None:
    fake_openai.script([Reply(SPEAKER), Reply(TURN)])
    provider, _ = make(fake_openai)
    result = ask(provider)
    assert isinstance(result.output, NextSpeaker) and result.output.next_speaker == "Ada"
    turn = ask(provider, CharacterTurn).output
    assert isinstance(turn, CharacterTurn) and turn.relationship_changes[0].other == "Ben"
    first, second = fake_openai.chat_requests
    assert first["model"] == "m-scene" and second["model"] == "m-character"
    assert first["messages"] == MESSAGES and "stream" not in first
    for body, schema in ((first, NextSpeaker), (second, CharacterTurn)):
        fmt = body["response_format"]
        assert fmt["type"] == "json_schema"
        assert fmt["json_schema"]["strict"] is True and fmt["json_schema"]["name"] == schema.__name__
    assert_strict(first["response_format"]["json_schema"]["schema"], expected_objects=1, level="full")
    turn_schema = second["response_format"]["json_schema"]["schema"]
    assert_strict(turn_schema, expected_objects=2, level="full")
    # The full level: every bound is a keyword the server can enforce.
    assert turn_schema["properties"]["dialogue"]["maxLength"] == 400
    assert turn_schema["properties"]["relationship_changes"]["maxItems"] == 3
    intensity = turn_schema["properties"]["emotion_intensity"]
    assert (intensity["minimum"], intensity["maximum"]) == (0, 1)
    assert turn_schema["$defs"]["RelationshipChange"]["additionalProperties"] is False
    assert result.attempts[0].model == "m-scene" and result.attempts[0].error == ""


# -- the one retry loop ----------------------------------------------------------------------------


def test_sdk_retries_are_off(fake_openai: FakeOpenAI) -> None:
    fake_openai.script([Status(500)] * 5)
    provider, _ = make(fake_openai, max_attempts=1)
    assert provider.client.max_retries == 0
    with pytest.raises(ProviderError, match="1 attempt"):
        ask(provider)
    assert len(fake_openai.chat_requests) == 1  # the SDK's default would have made 3


@pytest.mark.parametrize(("headers", "slept"), [
    ({"retry-after": "1.5"}, 1.5),
    ({"retry-after-ms": "250"}, 0.25),
    ({"retry-after": "120"}, 2.0),  # capped at max_backoff
])
def test_429_honours_retry_after(fake_openai: FakeOpenAI, headers: dict[str, str], slept: float) -> None:
    fake_openai.script([Status(429, headers, message="slow down"), Reply(SPEAKER)])
    provider, sleeps = make(fake_openai)
    result = ask(provider)
    assert result.output.next_speaker == "Ada"
    assert len(fake_openai.chat_requests) == 2
    assert sleeps == [slept]
    assert "429" in result.attempts[0].error and "slow down" in result.attempts[0].response


def test_5xx_retried_with_capped_backoff_until_success(fake_openai: FakeOpenAI) -> None:
    fake_openai.script([Status(500), Status(503), Reply(SPEAKER)])
    provider, sleeps = make(fake_openai, max_backoff=0.6)
    result = ask(provider)
    assert result.output.next_speaker == "Ada" and len(fake_openai.chat_requests) == 3
    assert [bool(a.error) for a in result.attempts] == [True, True, False]
    assert "HTTP 500" in result.attempts[0].error and "HTTP 503" in result.attempts[1].error
    assert len(sleeps) == 2 and all(0 < s <= 0.6 for s in sleeps)


def test_attempts_never_exceed_the_cap(fake_openai: FakeOpenAI) -> None:
    fake_openai.script([Status(500, message="upstream broke")] * 10)
    provider, sleeps = make(fake_openai, max_attempts=3)
    with pytest.raises(ProviderError) as failure:
        ask(provider)
    assert len(fake_openai.chat_requests) == 3
    assert len(failure.value.attempts) == 3 and len(sleeps) == 2  # no sleep after the last attempt
    assert all("HTTP 500" in a.error and "upstream broke" in a.error for a in failure.value.attempts)
    assert "3 attempt" in failure.value.message and "upstream broke" in failure.value.message


def test_timeouts_are_retried_then_fail(fake_openai: FakeOpenAI) -> None:
    fake_openai.script([Hang(5), Reply(SPEAKER), Hang(5), Hang(5)])
    provider, sleeps = make(fake_openai, timeout=0.5, max_attempts=2)
    assert ask(provider).output.next_speaker == "Ada"
    started = time.monotonic()
    with pytest.raises(ProviderError, match="timed out") as failure:
        ask(provider)
    assert time.monotonic() - started < 3
    assert len(fake_openai.chat_requests) == 4 and len(failure.value.attempts) == 2
    assert len(sleeps) == 2


def test_dropped_connections_are_retried(fake_openai: FakeOpenAI) -> None:
    fake_openai.script([Drop(), Reply(TURN, drop_after=3), Reply(TURN)])
    provider, _ = make(fake_openai)
    seen: list[str] = []
    result = ask(provider, CharacterTurn, on_text=seen.append, stream_field="dialogue")
    assert result.output.dialogue == TURN["dialogue"] and len(result.attempts) == 3
    assert "connection" in result.attempts[0].error.lower()


@pytest.mark.parametrize("status", [401, 403, 404])
def test_non_retryable_errors_fail_at_once(fake_openai: FakeOpenAI, status: int) -> None:
    fake_openai.script([Status(status, message="nope"), Reply(SPEAKER)])
    provider, sleeps = make(fake_openai)
    with pytest.raises(ProviderError, match="not retryable") as failure:
        ask(provider)
    assert len(fake_openai.chat_requests) == 1 and sleeps == []
    hint = {401: "OPENAI_API_KEY", 403: "permission", 404: "m-scene"}[status]
    assert hint in failure.value.message and f"HTTP {status}" in failure.value.message


# -- invalid output, refusals, truncation ----------------------------------------------------------


@pytest.mark.parametrize(("bad", "quoted"), [("{not json", "invalid JSON"),
                                             ('{"next_speaker": "Ada"}', "reason")])
def test_invalid_output_gets_one_repair(fake_openai: FakeOpenAI, bad: str, quoted: str) -> None:
    fake_openai.script([Raw(bad), Reply(SPEAKER)])
    provider, sleeps = make(fake_openai)
    result = ask(provider)
    assert result.output.next_speaker == "Ada" and sleeps == []
    first, second = fake_openai.chat_requests
    assert repairs(first) == 0 and repairs(second) == 1
    assert second["messages"][-2] == {"role": "assistant", "content": bad}
    repair = second["messages"][-1]["content"]
    assert quoted in repair and "only valid JSON" in repair
    assert "invalid output" in result.attempts[0].error and result.attempts[0].response == bad


def test_invalid_output_every_time_fails(fake_openai: FakeOpenAI) -> None:
    fake_openai.script([Raw("{not json")] * 5)
    provider, _ = make(fake_openai)
    with pytest.raises(ProviderError, match="invalid output") as failure:
        ask(provider)
    assert len(fake_openai.chat_requests) == 3 and len(failure.value.attempts) == 3
    assert [repairs(body) for body in fake_openai.chat_requests] == [0, 1, 0]  # one repair only


def test_refusal_is_an_error(fake_openai: FakeOpenAI) -> None:
    fake_openai.script([Refusal("I won't write that."), Reply(SPEAKER)])
    provider, _ = make(fake_openai)
    with pytest.raises(ProviderError, match="refused: I won't write that") as failure:
        ask(provider)
    assert failure.value.attempts[0].response == "I won't write that."
    assert len(fake_openai.chat_requests) == 1


def test_truncation_is_an_error(fake_openai: FakeOpenAI) -> None:
    fake_openai.script([Truncated(), Reply(SPEAKER), Truncated(), Truncated(), Truncated()])
    provider, _ = make(fake_openai)
    result = ask(provider)
    assert "truncated" in result.attempts[0].error and result.output.next_speaker == "Ada"
    with pytest.raises(ProviderError, match="output truncated"):
        ask(provider)


def test_a_reply_cut_off_is_asked_again_shorter_then_kept_when_what_arrived_is_whole(fake_openai: FakeOpenAI):
    cut = '{"next_speaker": "Ada", "scene_complete": false, "reason": "She was named and then she never'
    fake_openai.script([Truncated(cut), Truncated(cut)])
    provider, sleeps = make(fake_openai, max_tokens={"scene": 160})
    result = ask(provider)
    first, second = fake_openai.chat_requests
    assert first["max_completion_tokens"] == second["max_completion_tokens"] == 160
    note = second["messages"][-1]
    assert note["role"] == "user" and "cut off at 160 tokens" in note["content"] and "shorter" in note["content"]
    assert second["messages"][:-1] == first["messages"], "the cut reply itself is not sent back"
    # Cut again: what arrived, closed at its last whole word, is a valid reply and is kept.
    assert result.output.next_speaker == "Ada" and result.output.reason == "She was named and then she"
    assert [a.error != "" for a in result.attempts] == [True, False] and sleeps == []


# -- json_schema fallback ---------------------------------------------------------------------------


def test_server_without_json_schema_falls_back_to_json_mode(fake_openai: FakeOpenAI) -> None:
    unsupported = "response_format of type 'json_schema' is not supported by this model"
    fake_openai.script([Status(400, message=unsupported), Reply(SPEAKER), Reply(SPEAKER)])
    provider, _ = make(fake_openai)
    result = ask(provider)
    assert result.output.next_speaker == "Ada" and "falling back" in result.attempts[0].error
    ask(provider)  # the provider remembers: no second rejected request
    first, second, third = fake_openai.chat_requests
    assert first["response_format"]["type"] == "json_schema"
    for body in (second, third):
        assert body["response_format"]["type"] == "json_object"
        # The schema rides along (llama.cpp enforces it there), and the prompt shows the shape.
        assert body["response_format"]["schema"]["required"] == ["next_speaker", "reason", "scene_complete"]
        system = body["messages"][0]
        assert system["role"] == "system" and system["content"].startswith("You run the scene.")
        example = json.loads(system["content"].split("\n", 3)[-1])
        assert list(example) == ["next_speaker", "reason", "scene_complete"] and example["scene_complete"] is False
        assert body["messages"][1:] == MESSAGES[1:]


def test_each_level_steps_down_once_and_the_server_is_remembered(fake_openai: FakeOpenAI) -> None:
    """Full JSON Schema, then OpenAI's strict subset, then JSON mode with the schema beside it,
    then plain JSON mode: each refusal steps down once, and a new provider for the same server
    starts where the last one ended (for the process's lifetime)."""
    fake_openai.script([Status(400, message="Invalid schema for response_format: 'maxLength' is not permitted."),
                        Status(400, message="response_format json_schema is not supported"),
                        Status(400, message="Unrecognized argument: response_format.schema"),
                        Reply(SPEAKER), Reply(SPEAKER)])
    provider, _ = make(fake_openai, max_attempts=4)
    assert ask(provider).output.next_speaker == "Ada"
    formats = [body["response_format"] for body in fake_openai.chat_requests]
    assert formats[0]["type"] == formats[1]["type"] == "json_schema"
    assert formats[0]["json_schema"]["schema"]["properties"]["reason"]["maxLength"] == 160
    assert "maxLength" not in formats[1]["json_schema"]["schema"]["properties"]["reason"]
    assert formats[2]["type"] == "json_object" and "schema" in formats[2]
    assert formats[3] == {"type": "json_object"}
    again, _ = make(fake_openai)
    assert again.level == "json" and not again.json_schema_hint
    ask(again)
    assert fake_openai.chat_requests[-1]["response_format"] == {"type": "json_object"}


def test_every_call_sends_its_roles_cap_within_the_context(fake_openai: FakeOpenAI) -> None:
    fake_openai.script([Reply(SPEAKER), Status(400, message="Unsupported parameter: 'max_completion_tokens'"),
                        Reply(SPEAKER)])
    provider, _ = make(fake_openai, max_tokens={"scene": 160, "director": 1200}, context_tokens=1024)
    ask(provider)
    assert fake_openai.chat_requests[0]["max_completion_tokens"] == 160
    long = [{"role": "system", "content": "x" * 3000}, {"role": "user", "content": "Who speaks?"}]
    ask(provider, messages=long, model_role="director")  # the window leaves less than the cap
    refused, sent = fake_openai.chat_requests[1:]
    assert "max_completion_tokens" in refused and "max_completion_tokens" not in sent
    assert sent["max_tokens"] == 1024 - messages_tokens(long)


def test_other_400s_do_not_fall_back(fake_openai: FakeOpenAI) -> None:
    fake_openai.script([Status(400, message="messages must not be empty"), Reply(SPEAKER)])
    provider, _ = make(fake_openai)
    with pytest.raises(ProviderError, match="messages must not be empty"):
        ask(provider)
    assert len(fake_openai.chat_requests) == 1 and provider.json_mode is False


# -- streaming ------------------------------------------------------------------------------------


def test_streaming_sends_only_growing_dialogue(fake_openai: FakeOpenAI) -> None:
    fake_openai.script([Reply(TURN, prompt_tokens=20, chunk_size=3, cached_tokens=12)])
    provider, _ = make(fake_openai, stream_interval=0)
    seen: list[str] = []
    result = ask(provider, CharacterTurn, on_text=seen.append, stream_field="dialogue")
    assert result.output.dialogue == TURN["dialogue"]
    assert result.output.private_thought == SECRET  # the field was there to leak
    assert len(seen) > 10 and seen[-1] == TURN["dialogue"]
    assert all(TURN["dialogue"].startswith(text) for text in seen)
    assert all(len(a) < len(b) for a, b in itertools.pairwise(seen))
    others = [SECRET, "poisoned", "slams", "furious", "Ben", "doubted"]
    assert not any(word in text for text in seen for word in others)
    body = fake_openai.chat_requests[0]
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert result.attempts[0].tokens_cached == 12 and result.attempts[0].tokens_in == 20


def test_streaming_is_throttled(fake_openai: FakeOpenAI) -> None:
    fake_openai.script([Reply(TURN, chunk_size=2)])
    provider, _ = make(fake_openai, stream_interval=60)
    seen: list[str] = []
    ask(provider, CharacterTurn, on_text=seen.append, stream_field="dialogue")
    assert len(seen) == 2  # the first words at once, then the final line
    assert len(seen[0]) <= 4 and seen[1] == TURN["dialogue"]


def test_partial_extractor_ignores_nested_and_escaped_lookalikes() -> None:
    text = json.dumps({"x": {"dialogue": "nested"}, "note": SECRET, "dialogue": "Hi \u00e9 😀"})
    assert partial_string_field(text, "dialogue") == "Hi \u00e9 😀"
    for cut in range(len(text)):
        value = partial_string_field(text[:cut], "dialogue")
        assert value is None or "Hi \u00e9 😀".startswith(value)
    assert partial_string_field('{"dialogue": 3', "dialogue") is None


# -- usage --------------------------------------------------------------------------------------------


def test_usage_tokens_recorded_or_estimated(fake_openai: FakeOpenAI) -> None:
    fake_openai.script([Reply(SPEAKER, prompt_tokens=1234, completion_tokens=56, cached_tokens=1024),
                        Reply(SPEAKER, usage=False)])
    provider, _ = make(fake_openai)
    reported = ask(provider).final
    assert (reported.tokens_in, reported.tokens_out, reported.tokens_cached) == (1234, 56, 1024)
    assert reported.latency_ms >= 0 and reported.response == json.dumps(SPEAKER)
    estimated = ask(provider).final
    assert estimated.tokens_in == messages_tokens(MESSAGES)
    assert estimated.tokens_out == estimate_tokens(json.dumps(SPEAKER)) and estimated.tokens_cached == 0


# -- settings and embeddings ---------------------------------------------------------------------------


def test_from_settings(fake_openai: FakeOpenAI, settings: Any) -> None:
    settings.OPENAI_API_KEY, settings.OPENAI_BASE_URL = "from-settings", fake_openai.base_url
    settings.MOVIESIM_MODELS = {**MODELS, "scene": "m-settings"}
    settings.MOVIESIM_LLM_TIMEOUT, settings.MOVIESIM_LLM_MAX_ATTEMPTS = 7.0, 4
    settings.MOVIESIM_EMBEDDING_MODEL = "embed-x"
    provider = OpenAIProvider.from_settings()
    assert provider.max_attempts == 4 and provider.client.max_retries == 0 and provider.client.timeout == 7.0
    fake_openai.script([Reply(SPEAKER)])
    assert ask(provider).final.model == "m-settings"
    assert fake_openai.requests[0].headers["authorization"] == "Bearer from-settings"
    provider.embed(["a"])
    assert fake_openai.embedding_requests[0]["model"] == "embed-x"


def test_missing_key_is_a_clear_error() -> None:
    with pytest.raises(ProviderError, match="OPENAI_API_KEY is not set"):
        OpenAIProvider(api_key="", models=MODELS, timeout=1, max_attempts=1, max_backoff=0)


def test_embeddings(fake_openai: FakeOpenAI) -> None:
    vectors = [[0.5, -0.25], [1.0, 0.0]]
    fake_openai.script([Vectors(vectors), Status(500, message="embedder down")], endpoint="embeddings")
    provider, _ = make(fake_openai)
    assert provider.embed(["one", "two"]) == vectors
    assert fake_openai.embedding_requests[0]["model"] == "text-embedding-3-small"
    with pytest.raises(ProviderError, match="embedder down"):
        provider.embed(["three"])
    assert provider.embed([]) == []
