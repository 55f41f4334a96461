"""Characters reflect on what they lived through; an optional script editor keeps them in character."""

import json

import pytest

from characters.models import Memory
from moviesim.llm.offline import OfflineProvider
from moviesim.llm.schemas import ConsistencyCheck
from stories.models import LLMCall, Story
from tests.conftest import advance, make_story


def _run(story, steps):
    for _ in range(steps):
        advance(story.pk, force=True)
    story.refresh_from_db()


@pytest.mark.django_db
def test_characters_form_reflections_that_reach_their_later_prompts(alice):
    story = make_story(alice, turns=60, random_seed=12)
    _run(story, 45)
    reflections = Memory.objects.filter(character__story=story, kind=Memory.Kind.REFLECTION)
    assert reflections.exists(), "after 45 turns someone should have reflected"
    calls = LLMCall.objects.filter(story=story, role="reflection")
    assert calls.count() >= 1
    first = reflections.order_by("turn_index").first()
    later = LLMCall.objects.filter(story=story, role="character", turn_index__gte=first.turn_index)
    assert any(json.dumps(first.content, ensure_ascii=False)[1:-1] in json.dumps(c.messages, ensure_ascii=False)
               for c in later), "a reflection should inform the character's own prompt"


class StrictEditor(OfflineProvider):
    """The offline writer, with an editor who sends back the first line it sees."""

    def __init__(self):
        super().__init__()
        self.flagged = False

    def generate(self, request):
        if request.role == "consistency" and not self.flagged:
            self.flagged = True
            from moviesim.llm import Attempt, Generation

            return Generation(ConsistencyCheck(consistent=False, feedback="Too polite for a cornered CFO."),
                              [Attempt(number=1, model="editor")])
        return super().generate(request)


@pytest.mark.django_db
def test_the_script_editor_sends_an_out_of_character_line_back_once(alice, settings, install_writer):
    settings.MOVIESIM_CONSISTENCY_CHECK = True
    install_writer(StrictEditor())
    story = make_story(alice, turns=20)
    _run(story, 3)
    checks = LLMCall.objects.filter(story=story, role="consistency")
    assert checks.count() >= 2
    flagged_turn = checks.order_by("id").first().turn_index
    takes = LLMCall.objects.filter(story=story, role="character", turn_index=flagged_turn).order_by("id")
    assert takes.count() == 2, "one retake, no more"
    assert "Too polite for a cornered CFO." in json.dumps(takes[1].messages)
    assert "Too polite" not in json.dumps(takes[0].messages)
    assert story.turns.filter(index=flagged_turn).count() == 1


@pytest.mark.django_db
def test_the_script_editor_is_off_by_default(alice):
    story = make_story(alice, turns=10)
    _run(story, 4)
    assert not LLMCall.objects.filter(story=story, role="consistency").exists()
    assert story.status == Story.Status.RUNNING
