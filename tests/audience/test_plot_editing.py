"""Editing the unfolding plot: the outline in the room, and rewriting a scene to come or the ending.

Personas: Alice owns the room, Edna is her editor, Bob a signed-in viewer (an outsider on a
private room), Mutt a muted viewer, and anonymous. Everyone sees the question and the scenes
played and playing; only the owner and editors see the scenes to come and the ending, and only
they may rewrite them. An edit is a revision and a transcript line that gives nothing away, it
is pushed to the room without spoilers, a stale version is a conflict, bad input stores nothing,
and the Director stages the rewritten scene when it comes.

Most rooms here are built with the ORM (the engine is not what is under test); the Director
test and the URL matrix run the offline writer.
"""

from __future__ import annotations

import json
import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connections
from django.test import Client

from characters.models import Character
from stories import broadcast
from stories.models import Editor, Mute, OutlineRevision, PlannedScene, Scene, Story, Turn
from tests.audience.test_permissions import outline_scene_post, snapshot
from tests.conftest import advance, make_story, make_user, signed_in

User = get_user_model()
PUBLIC, PRIVATE = Story.Visibility.PUBLIC, Story.Visibility.PRIVATE

pytestmark = pytest.mark.usefixtures("own_cache")

QUESTION = "Who cooked the launch figures?"
# (No quote marks in these texts: HTML escapes them, and a check must not miss an escaped spoiler.)
TRUTH = "Mara forged the figures to save the team of her sister; Theo only covered for her."
PLAYED_BEAT = "The launch party stalls when the demo crashes"
NOW_BEAT = "Theo corners Mara on the roof"
TO_COME_BEAT = "Ines finds the second ledger in the server room"
CLIMAX_BEAT = "The board hears the confession in the atrium"
TO_COME_PLACE = "the cold server room"
MUST_CHANGE = "Ines stops trusting Theo"
MARA_SECRETS = ["She forged the launch figures", "Her sister runs the failing team"]
THEO_SECRETS = ["He sold the prototype to a rival"]
# What viewers must never meet before the end: scenes to come and the ending, and the sheets.
SPOILERS = (TRUTH, TO_COME_BEAT, CLIMAX_BEAT, TO_COME_PLACE, MUST_CHANGE, *MARA_SECRETS, *THEO_SECRETS)


# --- The room ---------------------------------------------------------------------------------------

def plotted_room(owner, visibility: str = PUBLIC) -> Story:
    """A running story with three characters and a four-scene outline: scene 1 played, scene 2
    playing now, scene 3 to come, scene 4 the climax to come. Edna edits, Mutt is muted."""
    story = make_story(owner, visibility=visibility, start=False)
    Story.objects.filter(pk=story.pk).update(status=Story.Status.RUNNING, question=QUESTION, truth=TRUTH,
                                             title="The Launch")
    mara = Character.objects.create(story=story, name="Mara Quill", role="CFO", secrets=MARA_SECRETS)
    theo = Character.objects.create(story=story, name="Theo Vance", role="CTO", secrets=THEO_SECRETS)
    ines = Character.objects.create(story=story, name="Ines Roy", role="intern")
    Character.objects.create(story=story, name="Old Pell", role="retired founder", active=False)
    first = Scene.objects.create(story=story, index=0, location="the atrium", time_of_day="evening",
                                 first_turn=0, complete=True)
    now = Scene.objects.create(story=story, index=1, location="the roof", time_of_day="night", first_turn=3)
    for scene in (first, now):
        scene.present.set([mara, theo, ines])
    Turn.objects.create(story=story, scene=first, index=0, kind=Turn.Kind.SCENE, content="Balloons sag.")
    Turn.objects.create(story=story, scene=first, index=1, kind=Turn.Kind.DIALOGUE, character=mara,
                        content="The numbers are fine.")
    Turn.objects.create(story=story, scene=first, index=2, kind=Turn.Kind.DIALOGUE, character=theo,
                        content="Are they?")
    Turn.objects.create(story=story, scene=now, index=3, kind=Turn.Kind.SCENE, content="Wind on the roof.")
    plans = [
        dict(beat=PLAYED_BEAT, place="the atrium", time_of_day="evening", scene=first, must_change="Doubt"),
        dict(beat=NOW_BEAT, place="the roof", time_of_day="night", scene=now, secret_holder=theo, secret_index=1),
        dict(beat=TO_COME_BEAT, place=TO_COME_PLACE, time_of_day="dawn", must_change=MUST_CHANGE,
             secret_holder=mara, secret_index=2),
        dict(beat=CLIMAX_BEAT, place="the atrium", time_of_day="morning", climax=True),
    ]
    for index, fields in enumerate(plans):
        planned = PlannedScene.objects.create(story=story, index=index, **fields)
        planned.present.set([mara, theo, ines] if index != 2 else [mara, ines])
    Editor.objects.create(story=story, user=make_user("edna"), added_by=owner)
    Mute.objects.create(story=story, user=make_user("mutt"), muted_by=owner)
    story.refresh_from_db()
    return story


def outline_snapshot(story_id: int) -> dict:
    """Every row a request could write, the outline's included."""
    planned = PlannedScene.objects.filter(story_id=story_id)
    return {**snapshot(story_id),
            "outline": sorted(planned.values(), key=lambda row: row["id"]),
            "outline_present": sorted(PlannedScene.present.through.objects.filter(plannedscene__story_id=story_id)
                                      .values_list("plannedscene_id", "character_id")),
            "outline_revisions": list(OutlineRevision.objects.filter(story_id=story_id).values()),
            "all_revisions": OutlineRevision.objects.count()}


def scene_url(story: Story, index: int) -> str:
    return f"/stories/{story.pk}/outline/{index}/edit/"


def ending_url(story: Story) -> str:
    return f"/stories/{story.pk}/outline/ending/"


scene_post = outline_scene_post


def ending_post(story: Story, **overrides) -> dict:
    story.refresh_from_db()
    return {"question": story.question, "truth": story.truth, "version": str(story.outline_version), **overrides}


def to_come(story: Story) -> PlannedScene:
    return story.outline.get(index=2)


def body(response) -> str:
    return response.content.decode()


# --- What each person sees --------------------------------------------------------------------------

@pytest.mark.django_db
def test_viewers_see_the_question_and_the_scenes_played_and_now_never_those_to_come(alice, bob):
    story = plotted_room(alice)
    for who, client in (("anonymous", Client()), ("viewer", signed_in(bob)), ("muted", signed_in(make_user("mutt")))):
        page = body(client.get(f"/stories/{story.pk}/"))
        panel = body(client.get(f"/stories/{story.pk}/outline/"))
        for html in (page, panel):
            assert 'id="outline"' in html, who
            assert QUESTION in html and PLAYED_BEAT in html and NOW_BEAT in html, who
            assert "now playing" in html, who
            leaked = [s for s in SPOILERS if s in html]
            assert not leaked, f"{who} sees {leaked}"
        assert 'id="outline-plan"' not in page and "/outline/plan/" not in page, who


@pytest.mark.django_db
def test_the_owner_and_editors_see_the_whole_plan_with_edit_buttons_on_scenes_to_come(alice):
    story = plotted_room(alice)
    for client in (signed_in(alice), signed_in(make_user("edna"))):
        page = body(client.get(f"/stories/{story.pk}/"))
        assert 'id="outline-plan"' in page and f"/stories/{story.pk}/outline/plan/" in page
        assert TRUTH not in page.split('id="outline-plan"')[0], "the ending is in the public panel"
        plan = client.get(f"/stories/{story.pk}/outline/plan/")
        assert plan.status_code == 200
        html = body(plan)
        for text in (QUESTION, TRUTH, PLAYED_BEAT, NOW_BEAT, TO_COME_BEAT, CLIMAX_BEAT, TO_COME_PLACE, MUST_CHANGE):
            assert text in html, text
        assert "Mara Quill, Ines Roy" in html or "Ines Roy, Mara Quill" in html  # who is in scene 3
        assert f"Mara Quill’s secret #2: {MARA_SECRETS[1]}" in html
        assert f"Theo Vance’s secret #1: {THEO_SECRETS[0]}" in html
        assert "hx-trigger=\"load" not in html, "the fetched plan must not fetch itself again"
        # Edit on the scenes to come and on the ending; never on the ones played.
        for index in (2, 3):
            assert f'hx-get="{scene_url(story, index)}"' in html
        for index in (0, 1):
            assert scene_url(story, index) not in html
        assert f'hx-get="{ending_url(story)}"' in html


@pytest.mark.django_db
def test_once_the_story_is_finished_everyone_sees_the_whole_outline_and_the_ending(alice, bob):
    story = plotted_room(alice)
    Story.objects.filter(pk=story.pk).update(status=Story.Status.FINISHED)
    for client in (Client(), signed_in(bob)):
        html = body(client.get(f"/stories/{story.pk}/outline/"))
        for text in (QUESTION, TRUTH, PLAYED_BEAT, NOW_BEAT, TO_COME_BEAT, CLIMAX_BEAT):
            assert text in html
        assert not any(s in html for s in (*MARA_SECRETS, *THEO_SECRETS, MUST_CHANGE)), "the plan's notes stay staff's"
        assert "now playing" not in html
    # And nothing can be rewritten any more.
    response = signed_in(alice).post(ending_url(story), ending_post(story, truth="A new ending."))
    assert response.status_code == 409 and "finished" in body(response)


# --- Who may do what -------------------------------------------------------------------------------

PERSONAS = ("anonymous", "viewer", "muted", "editor", "owner")
ENDPOINTS = {
    # name: (method, rule, url, data)
    "outline panel": ("get", "viewer", lambda s: f"/stories/{s.pk}/outline/", None),
    "plan panel": ("get", "editor", lambda s: f"/stories/{s.pk}/outline/plan/", None),
    "scene form": ("get", "editor", lambda s: scene_url(s, 2), None),
    "scene edit": ("post", "editor", lambda s: scene_url(s, 2),
                   lambda s, who: scene_post(to_come(s), beat=f"Rewritten by {who}")),
    "ending form": ("get", "editor", ending_url, None),
    "ending edit": ("post", "editor", ending_url, lambda s, who: ending_post(s, truth=f"The truth, by {who}.")),
}


def expected(rule: str, persona: str, visibility: str) -> int:
    if visibility == PRIVATE and persona in ("anonymous", "viewer", "muted"):
        return 404  # outsiders are not told the room exists
    if rule == "viewer" or persona in ("editor", "owner"):
        return 200
    return 403


def _client(persona: str, alice, bob) -> Client:
    users = {"viewer": bob, "muted": make_user("mutt"), "editor": make_user("edna"), "owner": alice}
    return signed_in(users.get(persona))


@pytest.mark.django_db
@pytest.mark.parametrize("visibility", [PUBLIC, PRIVATE])
@pytest.mark.parametrize("endpoint", list(ENDPOINTS))
def test_permission_matrix(endpoint, visibility, alice, bob):
    method, rule, url, data = ENDPOINTS[endpoint]
    story = plotted_room(alice, visibility)
    got = {}
    # Refused personas first: each meets the untouched room; then the editor and the owner act.
    for persona in PERSONAS:
        before = outline_snapshot(story.pk)
        client = _client(persona, alice, bob)
        response = client.get(url(story)) if method == "get" else client.post(url(story), data(story, persona))
        want = got[persona] = expected(rule, persona, visibility)
        assert response.status_code == want, (endpoint, visibility, persona, response.status_code, body(response)[:300])
        html = body(response)
        if want != 200 or persona not in ("editor", "owner"):
            assert not [s for s in SPOILERS if s in html], f"{endpoint} shows a spoiler to {persona}"
        if want != 200 or method == "get":
            assert outline_snapshot(story.pk) == before, f"{endpoint} by {persona} changed the room"
        elif endpoint == "scene edit":
            assert to_come(story).beat == f"Rewritten by {persona}"
        else:
            story.refresh_from_db()
            assert story.truth == f"The truth, by {persona}."
    assert 200 in got.values()


@pytest.mark.django_db
@pytest.mark.parametrize("visibility", [PUBLIC, PRIVATE])
def test_the_url_matrix_of_the_security_suite_holds_for_the_outline(visibility, alice, bob):
    """tests/reliability/test_security.py's matrix (every persona, GET and POST, rows compared,
    refusals free of secrets) on the outline's URLs, in a room it builds itself."""
    from tests.reliability import test_security as security

    names = {"stories:outline", "stories:outline_plan", "stories:outline_edit", "stories:outline_ending"}
    routes = [v for v in security._variants(security.APP) if v[0].key in names]
    assert len(routes) == 4
    tally = security.Tally()
    security._run_matrix(tally, routes, visibility, alice)  # asserts that no request got what it must not
    assert tally.counts["requests"] == 4 * 2 * 4 and tally.counts["allowed"] >= 8
    assert not tally.counts["unauthorized_successes"]


# --- An edit ---------------------------------------------------------------------------------------

@pytest.mark.django_db
def test_an_edit_is_a_revision_and_a_transcript_line_that_gives_nothing_away(alice):
    story = plotted_room(alice)
    edna = make_user("edna")
    planned = to_come(story)
    mara, theo, ines = (story.characters.get(name=n) for n in ("Mara Quill", "Theo Vance", "Ines Roy"))
    form = signed_in(edna).get(scene_url(story, 2))
    assert form.status_code == 200
    html = body(form)
    assert f'name="version" value="{planned.version}"' in html
    assert TO_COME_BEAT in html and "Old Pell" not in html, "the retired are not offered"
    assert MARA_SECRETS[1] in html, "the editor sees the holders' secrets by number"

    new_beat = "Theo burns the ledger before Ines can read it"
    response = signed_in(edna).post(scene_url(story, 2), scene_post(
        planned, beat=new_beat, place="the loading dock", present=[str(theo.pk), str(ines.pk)],
        secret_holder=str(theo.pk), secret_index="1", must_change="Ines knows Theo lies"))
    assert response.status_code == 200, body(response)
    assert set(json.loads(response["HX-Trigger"])) == {"drawerSaved", "outlineChanged"}

    planned.refresh_from_db()
    assert (planned.beat, planned.place, planned.secret_holder, planned.secret_index) == (
        new_beat, "the loading dock", theo, 1)
    assert set(planned.present.all()) == {theo, ines}
    assert planned.version == 2
    marker = story.turns.get(kind=Turn.Kind.MARKER)
    assert marker.content == "edna rewrote a scene to come."
    assert marker.index == 4
    revision = OutlineRevision.objects.get(story=story)
    assert revision.planned_scene == planned and revision.editor == edna and revision.at_turn == marker.index
    assert revision.changes == {
        "beat": [TO_COME_BEAT, new_beat], "place": [TO_COME_PLACE, "the loading dock"],
        "must_change": [MUST_CHANGE, "Ines knows Theo lies"], "secret_index": [2, 1],
        "secret_holder": ["Mara Quill", "Theo Vance"],
        "present": [["Ines Roy", "Mara Quill"], ["Ines Roy", "Theo Vance"]],
    }
    # The story's question and ending are untouched; a viewer sees the line, not the scene.
    story.refresh_from_db()
    assert story.outline_version == 1
    page = body(Client().get(f"/stories/{story.pk}/"))
    assert "edna rewrote a scene to come." in page
    assert new_beat not in page and "loading dock" not in page
    assert mara  # (the cast as built)


@pytest.mark.django_db
def test_saving_an_unchanged_scene_stores_nothing(alice):
    story = plotted_room(alice)
    before = outline_snapshot(story.pk)
    response = signed_in(alice).post(scene_url(story, 2), scene_post(to_come(story)))
    assert response.status_code == 200
    assert outline_snapshot(story.pk) == before


@pytest.mark.django_db
def test_rewriting_the_ending_is_a_revision_and_a_line_without_the_ending(alice):
    story = plotted_room(alice)
    new_truth = "Ines forged the figures herself, to get Mara fired."
    response = signed_in(alice).post(ending_url(story), ending_post(story, truth=new_truth))
    assert response.status_code == 200, body(response)
    story.refresh_from_db()
    assert story.truth == new_truth and story.question == QUESTION and story.outline_version == 2
    marker = story.turns.get(kind=Turn.Kind.MARKER)
    assert marker.content == "alice rewrote the ending."
    revision = OutlineRevision.objects.get(story=story)
    assert revision.planned_scene is None and revision.editor == alice and revision.at_turn == marker.index
    assert revision.changes == {"truth": [TRUTH, new_truth]}
    assert new_truth not in body(Client().get(f"/stories/{story.pk}/"))

    # The question alone is public: the line says so, still without the text.
    question = "Who will take the fall for the launch?"
    response = signed_in(alice).post(ending_url(story), ending_post(story, question=question))
    assert response.status_code == 200
    last = story.turns.filter(kind=Turn.Kind.MARKER).order_by("-index").first()
    assert last.content == "alice rewrote the story's question."
    assert question in body(Client().get(f"/stories/{story.pk}/outline/"))


@pytest.mark.django_db
def test_the_edit_is_pushed_to_the_room_and_no_fragment_holds_a_scene_to_come_or_the_ending(
        alice, monkeypatch, django_capture_on_commit_callbacks):
    story = plotted_room(alice)
    sent: list[tuple[str, str]] = []
    monkeypatch.setattr(broadcast, "send", lambda story_id, event, html: sent.append((event, html)))
    new_beat, new_truth = "Theo wipes the servers at dawn", "Theo did it alone, for the money."
    with django_capture_on_commit_callbacks(execute=True):
        assert signed_in(alice).post(scene_url(story, 2), scene_post(
            to_come(story), beat=new_beat, place="the roof garden")).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert signed_in(alice).post(ending_url(story), ending_post(story, truth=new_truth)).status_code == 200
    fragments = [html for _, html in sent]
    panels = [html for html in fragments if 'id="outline"' in html]
    markers = [html for html in fragments if "rewrote" in html]
    assert len(panels) == 2, "each edit sends the public outline panel"
    assert 'hx-swap-oob="true"' in panels[0] and QUESTION in panels[0] and NOW_BEAT in panels[0]
    assert any("alice rewrote a scene to come." in html for html in markers)
    assert any("alice rewrote the ending." in html for html in markers)
    for html in fragments:
        leaked = [s for s in (*SPOILERS, new_beat, "roof garden", new_truth) if s in html]
        assert not leaked, f"a broadcast fragment holds {leaked}"
        assert 'id="outline-plan"' not in html and "/outline/plan/" not in html
        assert "/outline/2/edit/" not in html and "/outline/ending/" not in html


# --- Bad input ---------------------------------------------------------------------------------------

def _outsider(story: Story) -> str:
    other = make_story(story.owner, start=False)
    return str(Character.objects.create(story=other, name="Stray Visitor", secrets=["x"]).pk)


def _character(story: Story, name: str) -> str:
    return str(story.characters.get(name=name).pk)


BAD_SCENES = {
    "a beat too long": lambda s: {"beat": "x" * 201},
    "an empty beat": lambda s: {"beat": "   "},
    "a place too long": lambda s: {"place": "p" * 201},
    "a time of day too long": lambda s: {"time_of_day": "t" * 81},
    "what must change too long": lambda s: {"must_change": "m" * 2001},
    "nobody present": lambda s: {"present": []},
    "a character of another story": lambda s: {"present": [_outsider(s)]},
    "a character id that is no number": lambda s: {"present": ["mara"]},
    "a retired character": lambda s: {"present": [_character(s, "Old Pell")]},
    "a holder from another story": lambda s: {"secret_holder": _outsider(s), "secret_index": "1"},
    "a secret number the holder does not have": lambda s: {"secret_holder": _character(s, "Theo Vance"),
                                                            "secret_index": "2"},
    "a secret of someone without secrets": lambda s: {"secret_holder": _character(s, "Ines Roy"),
                                                       "secret_index": "1"},
    "a secret number without a holder": lambda s: {"secret_holder": "", "secret_index": "1"},
    "a negative secret number": lambda s: {"secret_index": "-1"},
    "a secret number that is no number": lambda s: {"secret_index": "first"},
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(BAD_SCENES))
def test_bad_input_to_a_scene_is_refused_and_stores_nothing(case, alice):
    story = plotted_room(alice)
    data = scene_post(to_come(story), **BAD_SCENES[case](story))
    before = outline_snapshot(story.pk)
    response = signed_in(alice).post(scene_url(story, 2), data)
    assert response.status_code == 400, (case, response.status_code)
    assert 'role="alert"' in body(response), "the form says what is wrong"
    assert outline_snapshot(story.pk) == before


@pytest.mark.django_db
def test_the_form_names_the_secrets_the_holder_has(alice):
    story = plotted_room(alice)
    response = signed_in(alice).post(scene_url(story, 2), scene_post(
        to_come(story), secret_holder=_character(story, "Theo Vance"), secret_index="2"))
    assert "Theo Vance has no secret number 2 (their sheet has 1 secret)." in body(response)


BAD_ENDINGS = {
    "an empty question": {"question": ""},
    "a question too long": {"question": "q" * 1001},
    "an empty ending": {"truth": "  "},
    "an ending too long": {"truth": "t" * 4001},
    "a version that is no number": {"version": "latest"},
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(BAD_ENDINGS))
def test_bad_input_to_the_ending_is_refused_and_stores_nothing(case, alice):
    story = plotted_room(alice)
    data = ending_post(story, **BAD_ENDINGS[case])
    before = outline_snapshot(story.pk)
    response = signed_in(alice).post(ending_url(story), data)
    assert response.status_code == 400, (case, response.status_code)
    assert outline_snapshot(story.pk) == before


@pytest.mark.django_db
@pytest.mark.parametrize("index,message", [(0, "already been played"), (1, "already been played"),
                                           (2, "was skipped")])
def test_a_played_or_skipped_scene_cannot_be_rewritten(index, message, alice):
    story = plotted_room(alice)
    if index == 2:
        PlannedScene.objects.filter(story=story, index=2).update(skipped=True)
    planned = story.outline.get(index=index)
    client = signed_in(alice)
    before = outline_snapshot(story.pk)
    for response in (client.get(scene_url(story, index)),
                     client.post(scene_url(story, index), scene_post(planned, beat="Too late"))):
        assert response.status_code == 409
        assert message in body(response) and 'id="editor-drawer"' in body(response)
    assert outline_snapshot(story.pk) == before
    assert client.get(scene_url(story, 9)).status_code == 404


@pytest.mark.django_db
def test_a_scene_staged_while_the_editor_typed_is_not_rewritten(alice):
    story = plotted_room(alice)
    planned = to_come(story)
    data = scene_post(planned, beat="Rewritten too late")
    # The Director stages it meanwhile.
    Scene.objects.filter(story=story, index=1).update(complete=True)
    staged = Scene.objects.create(story=story, index=2, location="the cold server room", first_turn=4)
    PlannedScene.objects.filter(pk=planned.pk).update(scene=staged)
    before = outline_snapshot(story.pk)
    response = signed_in(alice).post(scene_url(story, 2), data)
    assert response.status_code == 409 and "already been played" in body(response)
    assert outline_snapshot(story.pk) == before


@pytest.mark.django_db
def test_the_ending_cannot_be_rewritten_once_the_climax_is_staged(alice):
    story = plotted_room(alice)
    climax = Scene.objects.create(story=story, index=2, location="the atrium", first_turn=4)
    PlannedScene.objects.filter(story=story, climax=True).update(scene=climax)
    before = outline_snapshot(story.pk)
    response = signed_in(alice).post(ending_url(story), ending_post(story, truth="Too late."))
    assert response.status_code == 409 and "already being played" in body(response)
    assert outline_snapshot(story.pk) == before
    assert f'hx-get="{ending_url(story)}"' not in body(signed_in(alice).get(f"/stories/{story.pk}/outline/plan/"))


# --- Two editors -------------------------------------------------------------------------------------

@pytest.mark.django_db
def test_the_second_editor_saving_the_same_scene_gets_the_conflict_with_the_current_values(alice):
    story = plotted_room(alice)
    owner, editor = signed_in(alice), signed_in(make_user("edna"))
    planned = to_come(story)
    for client in (owner, editor):
        assert f'name="version" value="{planned.version}"' in body(client.get(scene_url(story, 2)))
    alice_data = scene_post(planned, beat="Alice's version: Ines runs.")
    edna_data = scene_post(planned, beat="Edna's version: Ines stays.", place="the lobby")

    assert owner.post(scene_url(story, 2), alice_data).status_code == 200
    response = editor.post(scene_url(story, 2), edna_data)
    assert response.status_code == 409
    html = body(response)
    assert "Someone else saved this scene" in html and "now version 2" in html
    assert "Alice&#x27;s version: Ines runs." in html  # the current values, to start again from
    assert 'name="version" value="2"' in html
    planned.refresh_from_db()
    assert planned.beat == "Alice's version: Ines runs." and planned.place == TO_COME_PLACE
    assert OutlineRevision.objects.filter(story=story).count() == 1
    assert story.turns.filter(kind=Turn.Kind.MARKER).count() == 1


@pytest.mark.django_db
def test_the_second_editor_saving_the_ending_gets_the_conflict(alice):
    story = plotted_room(alice)
    owner, editor = signed_in(alice), signed_in(make_user("edna"))
    alice_data, edna_data = ending_post(story, truth="Alice's ending."), ending_post(story, truth="Edna's ending.")
    assert owner.post(ending_url(story), alice_data).status_code == 200
    response = editor.post(ending_url(story), edna_data)
    assert response.status_code == 409 and "Alice&#x27;s ending." in body(response)
    story.refresh_from_db()
    assert story.truth == "Alice's ending." and story.outline_version == 2
    assert OutlineRevision.objects.filter(story=story).count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_editors_saving_the_same_scene_at_once_one_wins_one_conflicts(alice):
    story = plotted_room(alice)
    planned = to_come(story)
    posts = {"alice": (signed_in(alice), scene_post(planned, beat="Alice at once.")),
             "edna": (signed_in(make_user("edna")), scene_post(planned, beat="Edna at once."))}
    barrier = threading.Barrier(2)
    statuses: dict[str, int] = {}

    def save(who: str) -> None:
        client, data = posts[who]
        try:
            barrier.wait(timeout=10)
            statuses[who] = client.post(scene_url(story, 2), data).status_code
        finally:
            connections.close_all()

    threads = [threading.Thread(target=save, args=(who,)) for who in posts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(statuses.values()) == [200, 409], statuses  # the conflict was actually met
    winner = next(who for who, status in statuses.items() if status == 200)
    planned.refresh_from_db()
    assert planned.beat == f"{winner.title()} at once." and planned.version == 2
    assert OutlineRevision.objects.filter(story=story).count() == 1


# --- Inert text --------------------------------------------------------------------------------------

@pytest.mark.django_db
def test_text_in_the_outline_is_inert_in_every_output(alice, monkeypatch):
    from tests.reliability.test_security import PAYLOAD, SHORT, assert_inert

    story = plotted_room(alice)
    Story.objects.filter(pk=story.pk).update(question=PAYLOAD, truth=PAYLOAD)
    PlannedScene.objects.filter(story=story).update(beat=PAYLOAD[:200], place=SHORT, must_change=PAYLOAD)
    Character.objects.filter(story=story, name="Mara Quill").update(secrets=[PAYLOAD, PAYLOAD])
    owner = signed_in(alice)
    for url in (f"/stories/{story.pk}/", f"/stories/{story.pk}/outline/", f"/stories/{story.pk}/outline/plan/"):
        assert_inert(body(owner.get(url)), url, guarded=True)
    for url in (scene_url(story, 2), ending_url(story)):
        assert_inert(body(owner.get(url)), url)
    sent = []
    monkeypatch.setattr(broadcast, "send", lambda story_id, event, html: sent.append(html))
    broadcast.outline_changed(story.pk)
    assert_inert(sent[0], "the outline fragment", guarded=True)


# --- The admin ---------------------------------------------------------------------------------------

@pytest.mark.django_db
def test_an_admin_edit_of_a_scene_to_come_is_the_same_edit_as_in_the_room(client, alice):
    root = User.objects.create_superuser("root", password="correct horse battery")
    story = plotted_room(alice)
    planned = to_come(story)
    client.force_login(root)
    page = client.get(f"/admin/stories/plannedscene/{planned.pk}/change/")
    assert page.status_code == 200
    data = {"beat": "The admin's beat", "place": planned.place, "time_of_day": planned.time_of_day,
            "present": [str(c.pk) for c in planned.present.all()], "must_change": planned.must_change,
            "secret_holder": str(planned.secret_holder_id), "secret_index": str(planned.secret_index),
            "revisions-TOTAL_FORMS": "0", "revisions-INITIAL_FORMS": "0"}
    response = client.post(f"/admin/stories/plannedscene/{planned.pk}/change/", data)
    assert response.status_code == 302, body(response)[:3000]
    planned.refresh_from_db()
    assert planned.beat == "The admin's beat" and planned.version == 2
    revision = OutlineRevision.objects.get(story=story)
    assert revision.editor == root and revision.changes == {"beat": [TO_COME_BEAT, "The admin's beat"]}
    assert story.turns.get(kind=Turn.Kind.MARKER).content == "root rewrote a scene to come."
    # A secret the holder does not have is refused here too.
    response = client.post(f"/admin/stories/plannedscene/{planned.pk}/change/", {**data, "secret_index": "7"})
    assert response.status_code == 200 and "has no secret number 7" in body(response)
    # Revisions are read-only; played scenes are read-only.
    assert client.get(f"/admin/stories/story/{story.pk}/change/").status_code == 200
    played = story.outline.get(index=0)
    client.post(f"/admin/stories/plannedscene/{played.pk}/change/", {**data, "beat": "Rewritten history"})
    played.refresh_from_db()
    assert played.beat == PLAYED_BEAT


# --- The Director follows the edit -------------------------------------------------------------------

@pytest.mark.django_db
def test_the_director_stages_a_rewritten_scene_from_the_edit(alice, silent_room):
    story = make_story(alice, turns=40)
    assert advance(story.pk, force=True) == "turn"  # cast, outline, the first scene
    outline = list(story.outline.order_by("index"))
    assert len(outline) >= 3, "the outline is too short to have a scene to come"
    assert outline[0].played and not outline[1].played
    target = outline[1]
    cast = list(story.characters.filter(active=True).order_by("id"))
    planned_present = set(target.present.all())
    chosen = next(c for c in (cast[-2:], cast[:2], cast[:1]) if set(c) != planned_present)
    assert "boathouse" not in target.place.lower()
    response = signed_in(alice).post(scene_url(story, 1), scene_post(
        target, beat="They row out to settle it where nobody can hear", place="the old boathouse",
        time_of_day="dusk", present=[str(c.pk) for c in chosen], secret_holder="", secret_index="0"))
    assert response.status_code == 200, body(response)

    for _ in range(40):
        target.refresh_from_db()
        if target.played or target.skipped:
            break
        advance(story.pk, force=True)
    assert target.played, "the rewritten scene was never staged"
    scene = target.scene
    assert "boathouse" in scene.location.lower(), scene.location
    assert scene.time_of_day.lower() == "dusk"
    assert set(scene.present.all()) == set(chosen)
    heading = story.turns.get(index=scene.first_turn)
    assert heading.kind == Turn.Kind.SCENE and "BOATHOUSE" in heading.scene.heading
