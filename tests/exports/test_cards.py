"""SillyTavern character cards (V2): export any character, import one into a story's cast."""

import base64
import json
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from characters.cards import MAX_CARD_BYTES
from characters.models import Character, CharacterRevision
from stories.models import Editor, Turn
from tests.conftest import advance, make_story, signed_in

V2_FIELDS = {"name", "description", "personality", "scenario", "first_mes", "mes_example", "creator_notes",
             "system_prompt", "post_history_instructions", "alternate_greetings", "character_book", "tags",
             "creator", "character_version", "extensions"}


@pytest.fixture
def cast_story(alice):
    story = make_story(alice, turns=12)
    for _ in range(6):
        advance(story.pk, force=True)
    assert story.characters.count() >= 3
    return story


@pytest.fixture
def other_story(alice):
    story = make_story(alice, seed="A heist at a casino vault in Monaco", turns=12, random_seed=3)
    advance(story.pk, force=True)  # cast
    return story


_client = signed_in  # a browser of its own, as `user` (anonymous when None)


def _upload(client, story, content: bytes, name="card.json"):
    return client.post(f"/stories/{story.pk}/cards/import/",
                       {"card": SimpleUploadedFile(name, content, content_type="application/json")})


def _counts(story):
    return (Character.objects.filter(story=story).count(),
            CharacterRevision.objects.filter(character__story=story).count(), Turn.objects.filter(story=story).count())


def test_any_viewer_downloads_a_v2_card_without_unrevealed_secrets(cast_story, alice):
    character = next(c for c in cast_story.characters.order_by("id") if c.unrevealed_secrets)
    response = _client().get(f"/stories/{cast_story.pk}/cards/{character.pk}.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"] and ".json" in response["Content-Disposition"]
    card = json.loads(response.content)
    assert card["spec"] == "chara_card_v2" and card["spec_version"] == "2.0"
    assert set(card["data"]) == V2_FIELDS
    data = card["data"]
    assert data["name"] == character.name
    assert character.background in data["description"]
    assert data["personality"] == ", ".join(character.personality_traits)
    assert isinstance(data["alternate_greetings"], list) and isinstance(data["tags"], list)
    assert isinstance(data["character_book"]["entries"], list)
    ms = data["extensions"]["moviesim"]
    assert ms["role"] == character.role and ms["traits"] == character.personality_traits
    assert ms["motivation"] == character.primary_motivation and ms["goals"] == character.secondary_goals
    assert ms["fears"] == character.fears and ms["speaking_style"] == character.speaking_style
    assert ms["talkativeness"] == character.talkativeness
    assert ms["secrets"] == [s for s in character.secrets if s in character.revealed_secrets]
    for secret in character.unrevealed_secrets:
        assert secret.rstrip(".").lower() not in response.content.decode().lower()

    owners = json.loads(_client(alice).get(f"/stories/{cast_story.pk}/cards/{character.pk}.json").content)
    assert owners["data"]["extensions"]["moviesim"]["secrets"] == character.secrets
    assert character.unrevealed_secrets[0].rstrip(".") in owners["data"]["description"]


def test_card_export_import_round_trip_gives_the_same_sheet(cast_story, other_story, alice):
    for character in cast_story.characters.order_by("id"):
        card = _client(alice).get(f"/stories/{cast_story.pk}/cards/{character.pk}.json").content
        before = _counts(other_story)
        response = _upload(_client(alice), other_story, card)
        assert response.status_code == 200, response.content
        assert character.name in response.content.decode()
        imported = other_story.characters.get(name=character.name)
        assert imported.sheet() == character.sheet()
        assert _counts(other_story)[0] == before[0] + 1
        revision = imported.revisions.get()
        assert revision.kind == CharacterRevision.Kind.CREATE and revision.editor == alice
        assert other_story.turns.filter(kind=Turn.Kind.MARKER, content__contains=character.name).exists()


def test_a_public_card_round_trips_without_the_hidden_secrets(cast_story, other_story, alice):
    character = next(c for c in cast_story.characters.order_by("id") if c.unrevealed_secrets)
    card = _client().get(f"/stories/{cast_story.pk}/cards/{character.pk}.json").content
    assert _upload(_client(alice), other_story, card).status_code == 200
    imported = other_story.characters.get(name=character.name)
    assert imported.secrets == [s for s in character.secrets if s in character.revealed_secrets]
    assert {k: v for k, v in imported.sheet().items() if k != "secrets"} == \
        {k: v for k, v in character.sheet().items() if k != "secrets"}


def _v2(**data):
    return json.dumps({"spec": "chara_card_v2", "spec_version": "2.0", "data": data}).encode()


BAD_CARDS = {
    "not json": (b"this is not json at all", "not JSON"),
    "binary": (bytes(range(256)), "not JSON"),
    "json list": (b"[1, 2, 3]", "not a character card"),
    "not a card": (json.dumps({"hello": "world"}).encode(), "not a SillyTavern character card"),
    "other spec": (json.dumps({"spec": "something_else", "data": {"name": "Zed"}}).encode(),
                   "not a SillyTavern character card"),
    "v2 without data": (json.dumps({"spec": "chara_card_v2", "spec_version": "2.0"}).encode(), "no data"),
    "missing name": (_v2(description="A mysterious stranger."), "no name"),
    "blank name": (_v2(name="   ", description="Nobody."), "no name"),
    "name not a string": (_v2(name=["Zed"], description="Nobody."), "no name"),
    "name too long": (_v2(name="Z" * 81, description="Long."), "over 80"),
}


@pytest.mark.parametrize("case", list(BAD_CARDS))
def test_bad_card_files_are_refused_with_a_message_and_nothing_is_stored(other_story, alice, case):
    content, message = BAD_CARDS[case]
    before = _counts(other_story)
    response = _upload(_client(alice), other_story, content)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert _counts(other_story) == before


def test_a_name_already_in_the_cast_is_refused(cast_story, alice):
    existing = cast_story.characters.order_by("id").first()
    before = _counts(cast_story)
    response = _upload(_client(alice), cast_story, _v2(name=existing.name.upper(), description="An impostor."))
    assert response.status_code == 400
    assert "already a character called" in response.content.decode()
    assert _counts(cast_story) == before


def test_a_file_over_256_kb_is_refused(other_story, alice):
    card = json.loads(_v2(name="Padded Pete", description="x"))
    card["data"]["description"] = "x" * (MAX_CARD_BYTES - 50)
    content = json.dumps(card).encode()
    assert len(content) > MAX_CARD_BYTES
    before = _counts(other_story)
    response = _upload(_client(alice), other_story, content)
    assert response.status_code == 400 and "256 KB" in response.content.decode()
    assert _counts(other_story) == before
    # Just under the limit is fine, and long text is cut to what the editor accepts.
    card["data"]["description"] = "x" * (MAX_CARD_BYTES - 1000)
    response = _upload(_client(alice), other_story, json.dumps(card).encode())
    assert response.status_code == 200
    assert len(other_story.characters.get(name="Padded Pete").background) <= 4000


def test_no_file_is_a_400(other_story, alice):
    response = _client(alice).post(f"/stories/{other_story.pk}/cards/import/", {})
    assert response.status_code == 400 and "Choose a character card" in response.content.decode()


def test_only_the_owner_and_editors_may_import(other_story, alice, bob):
    card = _v2(name="Zed Marlow", description="A card sharp.")
    before = _counts(other_story)
    assert _upload(_client(), other_story, card).status_code == 403
    assert _upload(_client(bob), other_story, card).status_code == 403
    assert _counts(other_story) == before
    assert _client(bob).get(f"/stories/{other_story.pk}/cards/import/").status_code == 405
    Editor.objects.create(story=other_story, user=bob, added_by=alice)
    assert _upload(_client(bob), other_story, card).status_code == 200
    assert other_story.characters.filter(name="Zed Marlow").exists()


def test_a_card_from_elsewhere_maps_to_the_closest_fields(other_story, alice):
    card = _v2(name="Seraphine Voss", description="{{char}} is a disgraced croupier who counts cards for {{user}}.",
               personality="sly, patient, superstitious", scenario="The casino is closing for good tonight.",
               first_mes="*shuffles* Another hand, darling?",
               mes_example="<START>\n{{user}}: Hi\n{{char}}: The house always wins, darling.",
               extensions={"talkativeness": "0.8"}, tags=["croupier"])
    assert _upload(_client(alice), other_story, card).status_code == 200
    seraphine = other_story.characters.get(name="Seraphine Voss")
    assert seraphine.background.startswith("Seraphine Voss is a disgraced croupier who counts cards for the stranger")
    assert "closing for good tonight" in seraphine.background
    assert seraphine.personality_traits == ["sly", "patient", "superstitious"]
    assert seraphine.talkativeness == 0.8 and seraphine.secrets == []
    assert seraphine.speaking_style == "Sounds like this: “The house always wins, darling.”"


def test_a_v1_card_with_flat_fields_is_accepted(other_story, alice):
    card = json.dumps({"name": "Old Tom", "description": "A retired safecracker.", "personality": "gruff, loyal",
                       "scenario": "", "first_mes": "What do you want?", "mes_example": ""}).encode()
    assert _upload(_client(alice), other_story, card).status_code == 200
    tom = other_story.characters.get(name="Old Tom")
    assert tom.background == "A retired safecracker." and tom.personality_traits == ["gruff", "loyal"]
    assert tom.speaking_style == "Sounds like this: “What do you want?”"  # from the greeting


def _png_with_text(key: bytes, value: bytes) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"tEXt", key + b"\x00" + value)
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


def test_a_png_card_as_sillytavern_saves_them_is_accepted_and_a_plain_png_is_not(other_story, alice):
    card = _v2(name="Ines Quarry", description="A getaway driver.", personality="calm")
    png = _png_with_text(b"chara", base64.b64encode(card))
    response = _upload(_client(alice), other_story, png, name="ines.png")
    assert response.status_code == 200
    assert other_story.characters.filter(name="Ines Quarry").exists()
    before = _counts(other_story)
    response = _upload(_client(alice), other_story, _png_with_text(b"Comment", b"hello"), name="cat.png")
    assert response.status_code == 400 and "no character card" in response.content.decode()
    assert _counts(other_story) == before


def test_the_card_list_links_every_character(cast_story):
    html = _client().get(f"/stories/{cast_story.pk}/cards/").content.decode()
    for c in cast_story.characters.all():
        assert f'href="/stories/{cast_story.pk}/cards/{c.pk}.json"' in html and c.name in html


def test_cards_of_a_private_story_are_not_given_to_strangers(cast_story, bob):
    cast_story.visibility = cast_story.Visibility.PRIVATE
    cast_story.save()
    character = cast_story.characters.first()
    assert _client(bob).get(f"/stories/{cast_story.pk}/cards/{character.pk}.json").status_code == 404
    other = make_story(bob)
    assert _client().get(f"/stories/{other.pk}/cards/{character.pk}.json").status_code == 404
