"""Prompt and reply fit the model's window (MOVIESIM_CONTEXT_TOKENS): a prompt gives up its
oldest material first, never the scene or its last lines."""

import pytest

from moviesim.llm.base import messages_tokens
from stories.engine import prompts
from stories.engine.calls import MODEL_ROLE
from stories.models import LLMCall
from tests.conftest import advance, make_story


def observer_prompt(lines: int, ledger: int) -> dict:
    return {"scene": {"heading": "INT. LAMP ROOM - NIGHT"}, "turns_in_scene": 5, "budget": 8,
            "must_change": "The logbook is found.", "turn_index": 40, "tension_history": [0.4, 0.6],
            "speaker_counts": [{"name": "Mara", "count": 4}], "turns_since_event": 3,
            "who_knows": [f"Dex's secret #{i} (an old secret, number {i}): told everyone" for i in range(ledger)],
            "recent": [{"line": f"MARA: The tide is turning, line {i}, and the lamp still burns."}
                       for i in range(lines)]}


def test_a_prompt_too_long_for_the_window_drops_its_oldest_material_first():
    prompt = observer_prompt(lines=60, ledger=30)
    whole = prompts.messages("observer", **prompt)
    limit = messages_tokens(whole) // 3
    fitted = prompts.fitted("observer", prompt, limit)
    text = fitted[1]["content"]
    assert messages_tokens(fitted) <= limit < messages_tokens(whole)
    # The ledger went first; the transcript lost its oldest lines, never its last ones.
    assert "WHO KNOWS WHAT" not in text
    assert "line 59," in text and "line 58," in text and "line 0," not in text
    assert "INT. LAMP ROOM - NIGHT" in text and "The logbook is found." in text
    assert fitted[0] == whole[0], "the instructions are never trimmed"
    assert len(prompt["recent"]) == 60, "the caller's prompt is left as it was"


def test_what_must_stay_stays_even_when_the_window_is_too_small():
    prompt = observer_prompt(lines=10, ledger=2)
    fitted = prompts.fitted("observer", prompt, 10)
    assert fitted[1]["content"].count("MARA:") == 3  # the last three lines are never dropped


@pytest.mark.django_db
def test_a_story_on_a_small_window_keeps_every_prompt_within_it(alice, settings):
    settings.MOVIESIM_CONTEXT_TOKENS = 1900
    story = make_story(alice, turns=24, random_seed=5)
    for _ in range(24):
        advance(story.pk, force=True)
    calls = list(LLMCall.objects.filter(story=story).exclude(role="embedding"))
    assert len(calls) > 20
    tight = 0
    for call in calls:
        cap = settings.MOVIESIM_MAX_TOKENS[MODEL_ROLE[call.role]]
        assert messages_tokens(call.messages) + cap <= 1900, call.role
        tight += messages_tokens(call.messages) + cap > 1900 - 100
    assert tight, "no prompt came near the window: the test proves nothing"


@pytest.mark.django_db
def test_a_long_story_is_outlined_in_parts_that_end_on_the_climax(alice):
    """No call asks for more than a small model can write: an outline of more than
    OUTLINE_PART scenes comes a part a call, each seeing the scenes planned before it."""
    from stories.engine.director import OUTLINE_PART

    story = make_story(alice, turns=100, random_seed=4)
    advance(story.pk, force=True)  # casting
    outline = list(story.outline.order_by("index"))
    calls = list(LLMCall.objects.filter(story=story, role="director_outline").order_by("id"))
    assert len(outline) > OUTLINE_PART and len(calls) == -(-len(outline) // OUTLINE_PART)
    assert [p.climax for p in outline] == [False] * (len(outline) - 1) + [True]
    assert len({p.beat for p in outline}) == len(outline), "the parts fit together: no scene planned twice"
    later = calls[1].messages[1]["content"]
    assert "PLANNED SO FAR" in later and outline[0].beat in later and f"of {len(outline)}" in later
    assert LLMCall.objects.filter(story=story, role="director_character").count() == story.characters.count()
