"""Prompts stay nearly flat as a story grows, and still hold what matters."""

import json

import pytest

from characters.models import Memory
from stories.models import LLMCall, Story
from tests.conftest import advance, make_story


@pytest.mark.slow
@pytest.mark.django_db
def test_a_turn_200_prompt_is_within_a_quarter_of_turn_20_and_keeps_what_matters(alice):
    story = make_story(alice, turns=215, random_seed=9)
    for _ in range(6):
        advance(story.pk, force=True)
    planted = {}
    for character in story.characters.all():
        # An important memory from scene 1, about what the character wants most.
        text = f"In the first hour I swore an oath about this: {character.primary_motivation} (planted-{character.pk})"
        planted[character.pk] = Memory.objects.create(character=character, turn_index=3, kind=Memory.Kind.OWN,
                                                      content=text, importance=1.0).content
    while story.status not in (Story.Status.FINISHED, Story.Status.FAILED):
        advance(story.pk, force=True)
        story.refresh_from_db()
    assert story.status == Story.Status.FINISHED and story.turns.count() == 215

    turns = {t.index: t for t in story.turns.select_related("character")}
    calls = list(LLMCall.objects.filter(story=story, role="character", error="").order_by("turn_index"))
    early, late = {}, {}
    for call in calls:
        who = turns[call.turn_index].character_id
        if 20 <= call.turn_index < 40:
            early.setdefault(who, call)
        if call.turn_index >= 200:
            late.setdefault(who, call)
    both = [who for who in early if who in late and who in planted]
    assert len(both) >= 2, "too few characters spoke both early and late to compare"
    for who in both:
        ratio = late[who].tokens_in / early[who].tokens_in
        assert ratio <= 1.25, f"{turns[late[who].turn_index].character.name}: prompt grew {ratio:.2f}x"
        prompt = json.dumps(late[who].messages, ensure_ascii=False)
        assert f"planted-{who}" in prompt, "the important memory from scene 1 was not retrieved at turn 200"
        # The last turns of its scene are still there word for word.
        speaker_turn = turns[late[who].turn_index]
        previous = [t for i, t in turns.items() if i < speaker_turn.index and t.scene_id == speaker_turn.scene_id
                    and t.kind == "dialogue"][-3:]
        for t in previous:
            assert json.dumps(t.content, ensure_ascii=False)[1:-1] in prompt


@pytest.mark.django_db
def test_the_prose_compiler_prompt_is_bounded_however_long_the_story(alice, settings):
    settings.MOVIESIM_PROMPT_BUDGET_DIRECTOR = 1500
    story = make_story(alice, turns=120, random_seed=5)
    while story.status not in (Story.Status.FINISHED, Story.Status.FAILED):
        advance(story.pk, force=True)
        story.refresh_from_db()
    call = LLMCall.objects.get(story=story, role="narrative")
    story_material = call.messages[1]["content"]
    assert story.scenes.count() >= 8
    assert len(story_material) <= 1500 * 4 * 1.35, "the compiler's prompt must stay within its budget"
    for scene in story.scenes.all():
        assert scene.heading in story_material, "every scene is still represented"
