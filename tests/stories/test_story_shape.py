"""A story worth watching: the ending is planned before the first line and reached; scenes
follow the outline; reveals are events people answer; interventions keep their discipline."""

import re

import pytest
from django.db.models import Count

from moviesim.llm.offline import OfflineProvider
from moviesim.llm.schemas import Intervention
from stories.engine import decide
from stories.models import LLMCall, PlannedScene, Story, Turn
from tests.conftest import advance, make_story

SEEDS = {
    "mystery": "a murder mystery at a tech startup during a product launch",
    "romance": "a wedding where the best man is in love with the bride",
    "horror": "a lighthouse keeper hears knocking from inside the lamp room",
}


def play(story: Story, limit: int = 400) -> Story:
    for _ in range(limit):
        advance(story.pk, force=True)
        story.refresh_from_db()
        if story.status in (Story.Status.FINISHED, Story.Status.FAILED, Story.Status.PAUSED):
            return story
    raise AssertionError(f"story {story.pk} did not finish in {limit} steps")


@pytest.mark.django_db
@pytest.mark.parametrize("turns", [12, 30, 60])
def test_the_ending_is_planned_before_the_first_line_and_reached(alice, turns):
    story = make_story(alice, seed=SEEDS["mystery"], turns=turns, random_seed=turns)
    advance(story.pk, force=True)  # casting: the premise, the cast, the outline and the opening scene
    story.refresh_from_db()
    outline = list(story.outline.order_by("index"))
    assert story.question and story.truth, "the question and its answer exist before the first line"
    assert 2 <= len(outline) <= decide.outline_size(turns)
    assert [p.climax for p in outline] == [False] * (len(outline) - 1) + [True], "the last scene is the climax"
    assert outline[0].scene is not None and story.turns.count() == 1
    climax = outline[-1]
    assert climax.secret_holder is not None and climax.secret, "the climax brings out the truth's secret"

    story = play(story)
    assert story.status == Story.Status.FINISHED, story.status_message
    kinds = list(story.turns.order_by("index").values_list("kind", flat=True))
    assert kinds[-1] == Turn.Kind.ENDING and len(kinds) <= turns
    ending = story.turns.get(kind=Turn.Kind.ENDING)
    climax.refresh_from_db()
    assert climax.scene is not None and ending.scene_id == climax.scene_id, "the story ends on its climax"
    holder = climax.secret_holder
    holder.refresh_from_db()
    assert climax.secret in holder.revealed_secrets, "the climax's secret came out"
    reveal = story.turns.get(revealed_secret=climax.secret)
    assert reveal.scene_id == climax.scene_id and reveal.revealed_index == climax.secret_index
    played = [p.scene_id for p in story.outline.order_by("index") if not p.skipped]
    assert played == sorted(played) and None not in played, "scenes follow the outline in order"
    assert story.narrative and holder.name.split()[0] in story.narrative, "the prose tells what came out"


@pytest.mark.django_db
def test_every_reveal_is_answered_by_someone_else_within_two_turns(alice):
    story = play(make_story(alice, seed=SEEDS["romance"], turns=40, random_seed=5))
    turns = list(story.turns.order_by("index").select_related("character", "addressee"))
    reveals = [t for t in turns if t.revealed_secret]
    assert len(reveals) >= 2, "a 40-turn story brings several secrets out"
    for reveal in reveals:
        after = [t for t in turns if reveal.index < t.index <= reveal.index + 2 and t.character_id]
        first = reveal.character.first_name
        answered = [t for t in after if t.character_id != reveal.character_id and (
            t.addressee_id == reveal.character_id or re.search(rf"\b{first}\b", t.content))]
        assert answered or reveal.kind == Turn.Kind.ENDING, f"nobody answered turn {reveal.index}"
        assert reveal.revealed_index and reveal.character.secrets[reveal.revealed_index - 1] == reveal.revealed_secret


@pytest.mark.django_db
def test_reveals_are_spread_over_the_scenes_not_bunched(alice):
    story = play(make_story(alice, seed=SEEDS["mystery"], turns=40, random_seed=9))
    per_scene = story.turns.exclude(revealed_secret="").values("scene").annotate(n=Count("id"))
    assert per_scene and max(row["n"] for row in per_scene) <= 1, "one secret a scene"


class Eventful(OfflineProvider):
    """The offline writer, with an Observer who always finds the scene stalling."""

    name = "offline"

    def generate(self, request):
        generation = super().generate(request)
        if request.role == "observer":
            generation.output = generation.output.model_copy(update={"stalling": True, "objective_met": False,
                                                                      "changes": [], "repeated": ["again"]})
        return generation


@pytest.mark.django_db
def test_interventions_never_repeat_and_come_at_most_once_a_scene_never_in_its_first_turns(alice, install_writer):
    install_writer(Eventful())
    story = make_story(alice, seed=SEEDS["horror"], turns=60, random_seed=3)
    story.observer_every = 2
    story.save(update_fields=["observer_every"])
    story = play(story)
    events = list(story.turns.filter(kind=Turn.Kind.INTERVENTION).select_related("scene"))
    assert len(events) >= 3, "a stalling story gets the Director: the checks below ran"
    assert len({e.content for e in events}) == len(events), "never the same event twice"
    assert max(story.turns.filter(kind=Turn.Kind.INTERVENTION).values("scene").annotate(n=Count("id"))
               .values_list("n", flat=True)) == 1
    for event in events:
        assert event.index - event.scene.first_turn > 2, "never in a scene's first two turns"
    prompts = LLMCall.objects.filter(story=story, role="director_intervention").order_by("id")
    last = prompts.last().messages[1]["content"]
    assert all(e.content in last for e in events[:-1][-5:]), "the Director sees the events it has used"


class Newcomer(OfflineProvider):
    """The offline writer, whose Director brings a new face in at the first intervention."""

    name = "offline"

    def generate(self, request):
        generation = super().generate(request)
        if request.role == "observer":
            generation.output = generation.output.model_copy(update={"stalling": True, "objective_met": False,
                                                                      "changes": [], "repeated": ["again"]})
        if request.role == "director_intervention":
            from moviesim.llm.offline_writer import staging
            from moviesim.llm.offline_writer.world import world

            ctx = {**request.context, "story_key": request.story_key}
            sheet = staging._newcomer(world(ctx["seed_text"], request.story_key), ctx["cast"], 1)
            generation.output = Intervention(kind="add_character", event=f"{sheet.name} walks in, soaked.",
                                             new_character=sheet, leaves=[], tension_target=0.7)
        return generation


@pytest.mark.django_db
def test_a_character_the_director_brings_in_speaks_within_two_turns(alice, install_writer):
    install_writer(Newcomer())
    story = make_story(alice, seed=SEEDS["mystery"], turns=30, random_seed=4)
    story.observer_every = 3
    story.save(update_fields=["observer_every"])
    for _ in range(40):
        advance(story.pk, force=True)
        arrival = story.turns.filter(kind=Turn.Kind.INTERVENTION).first()
        if arrival and story.turns.filter(index__gt=arrival.index, index__lte=arrival.index + 2).count() == 2:
            break
    assert arrival is not None, "the Director never stepped in: the test proved nothing"
    newcomer = story.characters.order_by("-joined_at").first()
    assert newcomer.joined_at == arrival.index
    spoke = story.turns.filter(index__gt=arrival.index, index__lte=arrival.index + 2, character=newcomer)
    assert spoke.exists(), "the newcomer speaks within two turns of arriving"


@pytest.mark.django_db
def test_a_character_who_leaves_does_not_speak_again_in_that_scene(alice):
    story = play(make_story(alice, seed=SEEDS["horror"], turns=60, random_seed=8))
    for event in story.turns.exclude(leaves=[]).select_related("scene"):
        later = story.turns.filter(scene=event.scene, index__gt=event.index, character__name__in=event.leaves)
        assert not later.exists(), f"{event.leaves} left at turn {event.index} and spoke again"


@pytest.mark.django_db
def test_two_seeds_of_the_same_genre_give_different_lines(alice):
    first = play(make_story(alice, seed="a murder mystery at a country house", turns=30, random_seed=1))
    second = play(make_story(alice, seed="a murder mystery on a night ferry", turns=30, random_seed=2))
    assert first.genre == second.genre
    lines = [set(s.turns.filter(kind=Turn.Kind.DIALOGUE).values_list("content", flat=True)) for s in (first, second)]
    assert lines[0] and lines[1] and not lines[0] & lines[1], "no line of one story appears in the other"
    assert first.title != second.title


@pytest.mark.django_db
def test_the_outline_is_what_the_director_stages(alice):
    story = make_story(alice, seed=SEEDS["mystery"], turns=30, random_seed=12)
    advance(story.pk, force=True)
    second = PlannedScene.objects.get(story=story, index=1)
    story = play(story)
    second.refresh_from_db()
    assert second.scene is not None
    assert second.scene.location.lower() == second.place.lower()
    assert set(second.scene.present.values_list("pk", flat=True)) >= set(second.present.values_list("pk", flat=True))
