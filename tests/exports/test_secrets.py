"""Unrevealed secrets: in the owner's and editors' exports, nowhere in anyone else's."""

import json

import pytest
from django.test import Client

from characters import actions as cast_actions
from stories.models import Editor, ObserverReport, Turn
from tests.exports.conftest import body_text

TEXT_FORMATS = ("json", "md", "fountain", "fdx")


def _nobody_told(characters) -> list[str]:
    told = {s for c in characters for s in c.revealed_secrets}
    return [s for c in characters for s in c.unrevealed_secrets if s not in told]


@pytest.fixture
def secretive(finished, alice):
    """A finished story where hidden secrets also hide in a revision, a thought and an observer note."""
    characters = list(finished.characters.order_by("id"))
    assert len(_nobody_told(characters)) >= 4, "the offline cast should keep secrets"
    # One secret gets revealed: it is public from then on.
    keeper = next(c for c in characters if set(c.unrevealed_secrets) & set(_nobody_told(characters)))
    revealed = next(s for s in keeper.unrevealed_secrets if s in _nobody_told(characters))
    keeper.revealed_secrets = [*keeper.revealed_secrets, revealed]
    keeper.save()
    characters = list(finished.characters.order_by("id"))
    # An editor rewrites a secret: the old text lives on in the revision.
    hidden = _nobody_told(characters)
    rewritten = next(c for c in characters if c.pk != keeper.pk and set(c.unrevealed_secrets) & set(hidden))
    old_secret = next(s for s in rewritten.unrevealed_secrets if s in hidden)
    sheet = rewritten.sheet()
    sheet["secrets"] = [s if s != old_secret else "Keeps a second passport in the lining of a coat."
                        for s in rewritten.secrets]
    cast_actions.edit_character(rewritten, alice, sheet, {}, rewritten.version)
    characters = list(finished.characters.order_by("id"))
    hidden = _nobody_told(characters)
    # A thought and an observer note that quote a hidden secret word for word.
    quoted = next(s for s in hidden if s != old_secret)
    turn = finished.turns.exclude(character=None).order_by("index").first()
    turn.thought = f"Nobody can know this: {quoted.rstrip('.')}. Not yet."
    turn.save()
    ObserverReport.objects.create(story=finished, after_turn=999, tension=.5, consistency=.5, progression=.5,
                                  engagement=.5, problems=[f"Too early to hint that she {quoted.lower()}"])
    return {"story": finished, "revealed": revealed, "old_secret": old_secret, "quoted": quoted,
            "current": hidden, "hidden": list(dict.fromkeys([*hidden, old_secret]))}


def _core(secret: str) -> str:
    return secret.rstrip(".!? ").lower()


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_the_public_export_leaves_out_every_unrevealed_secret(secretive, fmt):
    story = secretive["story"]
    response = Client().get(f"/stories/{story.pk}/export.{fmt}")
    assert response.status_code == 200
    body = body_text(response).lower()
    for secret in secretive["hidden"]:
        assert _core(secret) not in body, f"{fmt} leaks {secret!r}"
    # Not a blanket purge: a revealed secret is public, and so is the rest of the thought.
    assert _core(secretive["revealed"]) in body
    assert "nobody can know this" in body


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_the_owners_and_editors_exports_include_the_secrets(secretive, alice, bob, fmt):
    story = secretive["story"]
    Editor.objects.create(story=story, user=bob, added_by=alice)
    current = secretive["current"]
    assert current
    for user in (alice, bob):
        client = Client()
        client.force_login(user)
        response = client.get(f"/stories/{story.pk}/export.{fmt}")
        assert response.status_code == 200
        assert "no-store" in response.get("Cache-Control", "")
        body = body_text(response)
        for secret in current:
            assert secret in body, f"{fmt} for {user} misses {secret!r}"
        assert secretive["quoted"].rstrip(".") in body  # the thought as written


def test_public_json_redacts_sheets_revisions_and_free_text_but_keeps_structure(secretive):
    story = secretive["story"]
    public = json.loads(Client().get(f"/stories/{story.pk}/export.json").content)
    assert public["private"] is False
    assert public["pending_intervention"] == ""
    # The story is over: its question, its ending and the scenes it played are public now, never
    # the Director's notes on them.
    assert public["question"] == story.question and public["truth"] == story.truth and story.truth
    beats = list(story.outline.order_by("index").values_list("beat", flat=True))
    assert [p["beat"] for p in public["outline"]] == beats
    assert all(p["must_change"] == "" and p["secret_holder"] == "" and p["secret_index"] == 0
               for p in public["outline"])
    for member in public["characters"]:
        assert set(member["secrets"]) <= set(member["revealed_secrets"])
        for revision in member["revisions"]:
            assert "secrets" not in revision["changes"] or revision["changes"]["secrets"][0] != \
                revision["changes"]["secrets"][1]
    thoughts = [t["thought"] for t in public["turns"] if "Nobody can know this" in t["thought"]]
    assert thoughts and "[unrevealed secret]" in thoughts[0]
    reports = [r for r in public["observer_reports"] if r["after_turn"] == 999]
    assert reports and "[unrevealed secret]" in reports[0]["problems"][0]


def test_owners_json_has_the_whole_sheet_and_the_outline(secretive, alice):
    story = secretive["story"]
    client = Client()
    client.force_login(alice)
    data = json.loads(client.get(f"/stories/{story.pk}/export.json").content)
    assert data["private"] is True and data["truth"] == story.truth
    planned = list(story.outline.order_by("index"))
    assert [(p["beat"], p["must_change"], p["secret_index"]) for p in data["outline"]] == \
        [(p.beat, p.must_change, p.secret_index) for p in planned]
    by_name = {m["name"]: m for m in data["characters"]}
    for c in story.characters.all():
        assert by_name[c.name]["secrets"] == c.secrets
    edits = [r for m in data["characters"] for r in m["revisions"] if r["kind"] == "edit"]
    assert any(secretive["old_secret"] in r["changes"]["secrets"][0] for r in edits)


def test_a_secret_revealed_in_the_story_appears_in_the_public_screenplay(finished):
    speaker = finished.characters.exclude(secrets=[]).first()
    secret = speaker.unrevealed_secrets[0]
    assert _core(secret) not in Client().get(f"/stories/{finished.pk}/export.fountain").content.decode().lower()
    last = finished.turns.order_by("-index").first()
    Turn.objects.create(story=finished, scene=last.scene, index=last.index + 1, kind=Turn.Kind.DIALOGUE,
                        character=speaker, content="I have to tell you something.", revealed_secret=secret,
                        revealed_to=["everyone"])
    speaker.revealed_secrets = [*speaker.revealed_secrets, secret]
    speaker.save()
    text = Client().get(f"/stories/{finished.pk}/export.fountain").content.decode()
    assert f"[[Secret revealed to everyone: {secret}]]" in text


def test_a_secret_two_characters_share_stays_hidden_for_the_one_who_did_not_tell(finished):
    first, second = list(finished.characters.order_by("id"))[:2]
    shared = "Was in the server room when the lights went out."
    first.secrets, first.revealed_secrets = [*first.secrets, shared], [*first.revealed_secrets, shared]
    second.secrets = [*second.secrets, shared]
    first.save()
    second.save()
    cast = {m["name"]: m for m in json.loads(Client().get(f"/stories/{finished.pk}/export.json").content)["characters"]}
    assert shared in cast[first.name]["secrets"]
    assert shared not in cast[second.name]["secrets"]
    md = Client().get(f"/stories/{finished.pk}/export.md").content.decode()
    second_section = md.split(f"### {second.name}", 1)[1].split("###", 1)[0]
    assert shared not in second_section
