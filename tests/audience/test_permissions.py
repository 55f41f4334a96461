"""The permission matrix: every state-changing endpoint × every persona, and the socket.

Personas: the owner (alice), an invited editor (edna), a signed-in viewer (bob),
anonymous. On a PRIVATE room bob is an outsider and, with anonymous, must get 404
(the room is not even admitted to exist). A refused request must change nothing:
a snapshot of every row of the story is compared before and after.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from channels.auth import AuthMiddlewareStack
from channels.db import database_sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from characters.models import Character, CharacterRevision, Memory, Relationship
from stories.models import (
    Editor,
    LLMCall,
    Mute,
    ObserverReport,
    OutlineRevision,
    PlannedScene,
    Poll,
    Scene,
    Story,
    Suggestion,
    SuggestionVote,
    Turn,
    TurnRevision,
    Vote,
)
from stories.routing import websocket_urlpatterns
from tests.conftest import advance, make_story, make_user

User = get_user_model()


@pytest.fixture(autouse=True)
def signed_cookie_sessions(settings, own_cache):
    """Sessions in signed cookies: fewer queries per login (and `own_cache`: rate-limit counters
    of each test's own)."""
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"


# --- The room and its snapshot ------------------------------------------------------------------

def build_room(owner, visibility: str) -> Story:
    """A cast story with one played turn (index 1, editable) and an invited editor, edna."""
    story = make_story(owner, turns=20, visibility=visibility)
    assert advance(story.pk, force=True) == "turn"  # casting
    assert advance(story.pk, force=True) == "turn"  # turn 1
    assert story.turns.get(index=1).kind in (Turn.Kind.DIALOGUE, Turn.Kind.ACTION, Turn.Kind.NARRATION)
    edna = make_user("edna")
    Editor.objects.create(story=story, user=edna, added_by=owner)
    return story


def _rows(qs) -> list[dict]:
    return sorted(qs.values(), key=lambda row: row["id"])


# Every table a request could write to (the bad-input and security suites count their rows).
MODELS = (Story, Scene, Turn, TurnRevision, Character, Relationship, CharacterRevision, Memory, Poll, Vote,
          Suggestion, SuggestionVote, Editor, Mute, ObserverReport, LLMCall, User, PlannedScene, OutlineRevision)


def snapshot(story_id: int) -> dict:
    """Every row that belongs to the story, field by field."""
    characters = Character.objects.filter(story_id=story_id)
    suggestions = Suggestion.objects.filter(story_id=story_id)
    polls = Poll.objects.filter(story_id=story_id)
    turns = Turn.objects.filter(story_id=story_id)
    return {
        "story": _rows(Story.objects.filter(pk=story_id)),
        "scenes": _rows(Scene.objects.filter(story_id=story_id)),
        "present": sorted(Scene.present.through.objects.filter(scene__story_id=story_id)
                          .values_list("scene_id", "character_id")),
        "turns": _rows(turns),
        "turn_revisions": _rows(TurnRevision.objects.filter(turn__in=turns)),
        "characters": _rows(characters),
        "relationships": _rows(Relationship.objects.filter(character__in=characters)),
        "character_revisions": _rows(CharacterRevision.objects.filter(character__in=characters)),
        "memories": _rows(Memory.objects.filter(character__in=characters)),
        "editors": _rows(Editor.objects.filter(story_id=story_id)),
        "mutes": _rows(Mute.objects.filter(story_id=story_id)),
        "polls": _rows(polls),
        "votes": _rows(Vote.objects.filter(poll__in=polls)),
        "suggestions": _rows(suggestions),
        "upvotes": _rows(SuggestionVote.objects.filter(suggestion__in=suggestions)),
        "observer": _rows(ObserverReport.objects.filter(story_id=story_id)),
        "outline": _rows(PlannedScene.objects.filter(story_id=story_id)),
        "outline_present": sorted(PlannedScene.present.through.objects.filter(plannedscene__story_id=story_id)
                                  .values_list("plannedscene_id", "character_id")),
        "outline_revisions": _rows(OutlineRevision.objects.filter(story_id=story_id)),
        "llm_calls": LLMCall.objects.filter(story_id=story_id).count(),
        "users": User.objects.count(),
    }


# --- What each endpoint needs and does ------------------------------------------------------------

@dataclass
class Ctx:
    story: Story
    owner: object
    persona: str = ""
    poll: Poll | None = None
    extra: dict = field(default_factory=dict)


def _fresh_user(prefix: str):
    return make_user(f"{prefix}-{uuid.uuid4().hex[:8]}")


def _character(ctx: Ctx) -> Character:
    return ctx.story.characters.filter(active=True).order_by("id").first()


def character_post(character: Character, **overrides) -> dict:
    """The full edit form of a character, as the room's htmx form posts it."""
    character.refresh_from_db()
    data = {
        "name": character.name, "role": character.role, "background": character.background,
        "personality_traits": "\n".join(character.personality_traits), "secrets": "\n".join(character.secrets),
        "primary_motivation": character.primary_motivation, "secondary_goals": "\n".join(character.secondary_goals),
        "fears": "\n".join(character.fears), "speaking_style": character.speaking_style,
        "talkativeness": str(character.talkativeness), "version": str(character.version),
    }
    rels = {r.other_id: r for r in character.relationships.all()}
    for other in character.story.characters.exclude(pk=character.pk):
        rel = rels.get(other.pk)
        data[f"rel_{other.pk}_kind"] = rel.kind if rel else ""
        data[f"rel_{other.pk}_opinion"] = str(round(rel.opinion, 2)) if rel else "0"
    data.update(overrides)
    return data


def outline_scene_post(planned: PlannedScene, **overrides) -> dict:
    """The full form of a planned scene, as the room's htmx form posts it."""
    planned.refresh_from_db()
    data = {"beat": planned.beat, "place": planned.place, "time_of_day": planned.time_of_day,
            "present": [str(c.pk) for c in planned.present.all()], "must_change": planned.must_change,
            "secret_holder": str(planned.secret_holder_id or ""), "secret_index": str(planned.secret_index),
            "version": str(planned.version)}
    data.update(overrides)
    return data


def _open_poll(ctx: Ctx) -> None:
    ctx.poll = Poll.objects.create(story=ctx.story, options=["A door opens", "The lights fail", "A confession"],
                                   closes_at=timezone.now() + timedelta(minutes=5))


def _set_status(status):
    def prepare(ctx: Ctx) -> None:
        Story.objects.filter(pk=ctx.story.pk).update(status=status)
    return prepare


def _story(ctx: Ctx) -> Story | None:
    return Story.objects.filter(pk=ctx.story.pk).first()


def _new_suggestion(ctx: Ctx) -> str:
    author = User.objects.get(username="bob")
    s = Suggestion.objects.create(story=ctx.story, author=author, text=f"What if the lights fail ({ctx.persona})?")
    ctx.extra["suggestion"] = s
    return f"/stories/{ctx.story.pk}/suggestions/{s.pk}/"


def _new_person(kind: str):
    def url(ctx: Ctx) -> str:
        user = _fresh_user(kind)
        ctx.extra["user"] = user
        if kind == "editor":
            Editor.objects.create(story=ctx.story, user=user, added_by=ctx.owner)
        elif kind == "muted":
            Mute.objects.create(story=ctx.story, user=user, muted_by=ctx.owner)
        return ""
    return url


@dataclass
class Endpoint:
    name: str
    rule: str  # who may: "owner", "editor" (owner or editor), "participant" (signed-in, can view, not muted)
    path: Callable[[Ctx], str]  # called once per request, after per-request targets are made
    method: str = "post"
    data: Callable[[Ctx], dict] = lambda ctx: {}
    ok: int = 200
    prepare: Callable[[Ctx], None] | None = None  # once per test, before any persona
    target: Callable[[Ctx], object] | None = None  # before each request (not counted as a change)
    effect: Callable[[Ctx], None] | None = None  # asserts that an allowed request took effect

    def __str__(self) -> str:
        return self.name


def _sid(ctx):
    return ctx.story.pk


def _control(verb: str, effect=None, start_status=None) -> Endpoint:
    return Endpoint(f"{verb}", "owner", lambda ctx: f"/stories/{_sid(ctx)}/{verb}/", ok=302,
                    prepare=_set_status(start_status) if start_status else None, effect=effect)


def _style(ctx: Ctx) -> str:
    return f"Speaks in clipped sentences ({ctx.persona})."


ALL_ENDPOINTS = [
    # --- owner only
    _control("start", start_status=Story.Status.DRAFT,
             effect=lambda ctx: _story(ctx).status in (Story.Status.RUNNING, Story.Status.CASTING)),
    _control("pause", effect=lambda ctx: _story(ctx).status == Story.Status.PAUSED),
    _control("resume", start_status=Story.Status.PAUSED,
             effect=lambda ctx: _story(ctx).status == Story.Status.RUNNING),
    _control("retry", start_status=Story.Status.FAILED,
             effect=lambda ctx: _story(ctx).status == Story.Status.RUNNING),
    _control("step"),
    _control("finish", effect=lambda ctx: _story(ctx).finish_requested),
    _control("regenerate"),
    Endpoint("pacing", "owner", lambda ctx: f"/stories/{_sid(ctx)}/pacing/",
             data=lambda ctx: {"pacing_seconds": "2.5", "vote_seconds": "12"},
             effect=lambda ctx: (_story(ctx).pacing_seconds, _story(ctx).vote_seconds) == (2.5, 12)),
    Endpoint("rename", "owner", lambda ctx: f"/stories/{_sid(ctx)}/rename/", ok=302,
             data=lambda ctx: {"title": f"Renamed by {ctx.persona}"},
             effect=lambda ctx: _story(ctx).title == f"Renamed by {ctx.persona}"),
    Endpoint("visibility", "owner", lambda ctx: f"/stories/{_sid(ctx)}/visibility/", ok=302,
             data=lambda ctx: {"visibility": "unlisted"},
             effect=lambda ctx: _story(ctx).visibility == "unlisted"),
    Endpoint("delete", "owner", lambda ctx: f"/stories/{_sid(ctx)}/delete/", ok=302,
             effect=lambda ctx: _story(ctx) is None),
    Endpoint("ask audience", "owner", lambda ctx: f"/stories/{_sid(ctx)}/polls/ask/",
             effect=lambda ctx: _story(ctx).poll_requested),
    Endpoint("close poll", "owner", lambda ctx: f"/stories/{_sid(ctx)}/polls/{ctx.poll.pk}/close/",
             prepare=_open_poll,
             effect=lambda ctx: Poll.objects.get(pk=ctx.poll.pk).closes_at <= timezone.now()),
    Endpoint("skip poll", "owner", lambda ctx: f"/stories/{_sid(ctx)}/polls/{ctx.poll.pk}/skip/",
             prepare=_open_poll,
             effect=lambda ctx: Poll.objects.get(pk=ctx.poll.pk).status == Poll.Status.SKIPPED),
    Endpoint("invite editor", "owner", lambda ctx: f"/stories/{_sid(ctx)}/editors/",
             target=_new_person("invitee"), data=lambda ctx: {"username": ctx.extra["user"].username},
             effect=lambda ctx: Editor.objects.filter(story=ctx.story, user=ctx.extra["user"]).exists()),
    Endpoint("remove editor", "owner",
             lambda ctx: f"/stories/{_sid(ctx)}/editors/{ctx.extra['user'].pk}/remove/",
             target=_new_person("editor"),
             effect=lambda ctx: not Editor.objects.filter(story=ctx.story, user=ctx.extra["user"]).exists()),
    Endpoint("mute", "owner", lambda ctx: f"/stories/{_sid(ctx)}/mutes/",
             target=_new_person("loud"), data=lambda ctx: {"username": ctx.extra["user"].username},
             effect=lambda ctx: Mute.objects.filter(story=ctx.story, user=ctx.extra["user"]).exists()),
    Endpoint("unmute", "owner", lambda ctx: f"/stories/{_sid(ctx)}/mutes/{ctx.extra['user'].pk}/remove/",
             target=_new_person("muted"),
             effect=lambda ctx: not Mute.objects.filter(story=ctx.story, user=ctx.extra["user"]).exists()),
    Endpoint("people panel", "owner", lambda ctx: f"/stories/{_sid(ctx)}/people/", method="get"),
    Endpoint("controls panel", "owner", lambda ctx: f"/stories/{_sid(ctx)}/controls/", method="get"),
    Endpoint("secrets panel", "editor", lambda ctx: f"/stories/{_sid(ctx)}/secrets/", method="get"),
    # --- owner or editor
    Endpoint("character edit form", "editor",
             lambda ctx: f"/stories/{_sid(ctx)}/characters/{_character(ctx).pk}/edit/", method="get"),
    Endpoint("character edit", "editor",
             lambda ctx: f"/stories/{_sid(ctx)}/characters/{_character(ctx).pk}/edit/",
             data=lambda ctx: character_post(_character(ctx), speaking_style=_style(ctx)),
             effect=lambda ctx: _character(ctx).speaking_style == _style(ctx)),
    Endpoint("new character form", "editor", lambda ctx: f"/stories/{_sid(ctx)}/characters/new/", method="get"),
    Endpoint("new character", "editor", lambda ctx: f"/stories/{_sid(ctx)}/characters/new/",
             data=lambda ctx: {"name": f"Newcomer {ctx.persona.title()}", "role": "courier",
                               "talkativeness": "0.5", "speaking_style": "Breathless."},
             effect=lambda ctx: ctx.story.characters.filter(name=f"Newcomer {ctx.persona.title()}").exists()),
    Endpoint("retire character", "editor",
             lambda ctx: f"/stories/{_sid(ctx)}/characters/{ctx.extra['character'].pk}/retire/",
             target=lambda ctx: ctx.extra.update(character=_character(ctx)),
             effect=lambda ctx: not Character.objects.get(pk=ctx.extra["character"].pk).active),
    Endpoint("turn edit form", "editor", lambda ctx: f"/stories/{_sid(ctx)}/turns/1/edit/", method="get"),
    Endpoint("turn edit", "editor", lambda ctx: f"/stories/{_sid(ctx)}/turns/1/edit/",
             data=lambda ctx: {"content": f"Rewritten by {ctx.persona}.", "action": ""},
             effect=lambda ctx: ctx.story.turns.get(index=1).content == f"Rewritten by {ctx.persona}."),
    Endpoint("accept suggestion", "editor", lambda ctx: ctx.extra["url"] + "accept/",
             target=lambda ctx: ctx.extra.update(url=_new_suggestion(ctx)),
             effect=lambda ctx: Suggestion.objects.get(pk=ctx.extra["suggestion"].pk).status
             == Suggestion.Status.ACCEPTED),
    Endpoint("dismiss suggestion", "editor", lambda ctx: ctx.extra["url"] + "dismiss/",
             target=lambda ctx: ctx.extra.update(url=_new_suggestion(ctx)),
             effect=lambda ctx: Suggestion.objects.get(pk=ctx.extra["suggestion"].pk).status
             == Suggestion.Status.DISMISSED),
    # --- signed-in participants
    Endpoint("vote", "participant", lambda ctx: f"/stories/{_sid(ctx)}/polls/{ctx.poll.pk}/vote/",
             prepare=_open_poll, data=lambda ctx: {"option": "1"},
             effect=lambda ctx: Vote.objects.filter(poll=ctx.poll, user__username=ctx.extra["username"],
                                                    option=1).exists()),
    Endpoint("suggest", "participant", lambda ctx: f"/stories/{_sid(ctx)}/suggestions/", ok=201,
             data=lambda ctx: {"text": f"What if the power cuts out? ({ctx.persona})"},
             effect=lambda ctx: Suggestion.objects.filter(
                 story=ctx.story, text=f"What if the power cuts out? ({ctx.persona})",
                 author__username=ctx.extra["username"]).exists()),
    Endpoint("upvote", "participant", lambda ctx: f"{ctx.extra['url']}upvote/", ok=204,
             prepare=lambda ctx: ctx.extra.update(url=_new_suggestion(ctx)),
             effect=lambda ctx: SuggestionVote.objects.filter(suggestion=ctx.extra["suggestion"],
                                                              user__username=ctx.extra["username"]).exists()),
]

ENDPOINTS = [e for e in ALL_ENDPOINTS if e.method == "post"]
PANELS = [e for e in ALL_ENDPOINTS if e.method == "get"]  # staff-only GETs: one room serves them all

VIEWING = ["/stories/{id}/", "/stories/{id}/turns/?after=0", "/stories/{id}/export.json",
           "/stories/{id}/export.md", "/stories/{id}/export.fountain"]

ALLOWED = {
    "owner": {"owner"},
    "editor": {"owner", "editor"},
    "participant": {"owner", "editor", "viewer"},
}


def _clients(alice, bob) -> dict[str, Client]:
    edna = User.objects.get(username="edna")
    clients = {"anonymous": Client()}
    for persona, user in (("viewer", bob), ("editor", edna), ("owner", alice)):
        clients[persona] = Client()
        clients[persona].force_login(user)
    return clients


def expected_status(endpoint: Endpoint, persona: str, visibility: str) -> int:
    if visibility == Story.Visibility.PRIVATE and persona in ("anonymous", "viewer"):
        return 404  # an outsider is not told the room exists
    if persona in ALLOWED[endpoint.rule]:
        return endpoint.ok
    return 403


@pytest.mark.django_db
@pytest.mark.parametrize("visibility", [Story.Visibility.PUBLIC, Story.Visibility.PRIVATE])
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=str)
def test_permission_matrix(endpoint: Endpoint, visibility, alice, bob):
    story = build_room(alice, visibility)
    ctx = Ctx(story=story, owner=alice)
    if endpoint.prepare:
        endpoint.prepare(ctx)
    clients = _clients(alice, bob)
    secrets = [s for c in story.characters.all() for s in c.secrets]
    outcomes = {}
    before, dirty = snapshot(story.pk), False
    # Refused personas first, so each one meets the same untouched room; then the allowed ones.
    for persona in ("anonymous", "viewer", "editor", "owner"):
        ctx.persona = persona
        ctx.extra["username"] = {"viewer": "bob", "editor": "edna", "owner": "alice"}.get(persona, "")
        want = expected_status(endpoint, persona, visibility)
        if endpoint.target:
            endpoint.target(ctx)
        if want in (403, 404) and (endpoint.target or dirty):
            before = snapshot(story.pk)
        url = endpoint.path(ctx)
        client = clients[persona]
        if endpoint.method == "get":
            response = client.get(url)
        else:
            response = client.post(url, endpoint.data(ctx))
        outcomes[persona] = response.status_code
        assert response.status_code == want, (
            f"{endpoint.name} on a {visibility} room as {persona}: got {response.status_code}, want {want}\n"
            f"{response.content[:300]!r}")
        if want in (403, 404):
            assert snapshot(story.pk) == before, f"a refused {endpoint.name} by {persona} changed the room"
            body = response.content.decode(errors="replace")
            assert not any(secret in body for secret in secrets), "a refusal leaked a secret"
        else:
            dirty = True
            assert endpoint.effect is None or endpoint.effect(ctx), (
                f"{endpoint.name} by {persona} answered {response.status_code} but did not take effect")
    assert any(code == endpoint.ok for code in outcomes.values()), outcomes


@pytest.mark.django_db
@pytest.mark.parametrize("visibility", [Story.Visibility.PUBLIC, Story.Visibility.PRIVATE])
def test_staff_panels_matrix(visibility, alice, bob):
    story = build_room(alice, visibility)
    ctx = Ctx(story=story, owner=alice)
    clients = _clients(alice, bob)
    secrets = [s for c in story.characters.all() for s in c.secrets]
    assert secrets
    before = snapshot(story.pk)
    for endpoint in PANELS:
        for persona, client in clients.items():
            response = client.get(endpoint.path(ctx))
            want = expected_status(endpoint, persona, visibility)
            assert response.status_code == want, f"GET {endpoint.name} as {persona}: {response.status_code}"
            if want != 200:
                body = response.content.decode(errors="replace")
                assert not any(secret in body for secret in secrets), "a refusal leaked a secret"
    assert snapshot(story.pk) == before


@pytest.mark.django_db
@pytest.mark.parametrize("visibility", [Story.Visibility.PUBLIC, Story.Visibility.UNLISTED,
                                        Story.Visibility.PRIVATE])
def test_viewing_matrix(visibility, alice, bob):
    story = build_room(alice, visibility)
    clients = _clients(alice, bob)
    before = snapshot(story.pk)
    for persona, client in clients.items():
        for pattern in VIEWING:
            url = pattern.format(id=story.pk)
            response = client.get(url)
            want = 404 if visibility == Story.Visibility.PRIVATE and persona in ("anonymous", "viewer") else 200
            assert response.status_code == want, f"GET {url} as {persona}: {response.status_code}"
    assert snapshot(story.pk) == before


@pytest.mark.django_db
def test_a_muted_viewer_can_watch_but_not_vote_suggest_or_upvote(alice, bob):
    story = build_room(alice, Story.Visibility.PUBLIC)
    ctx = Ctx(story=story, owner=alice, persona="muted")
    _open_poll(ctx)
    other = Suggestion.objects.create(story=story, author=alice, text="What if the phone rings?")
    owner = Client()
    owner.force_login(alice)
    assert owner.post(f"/stories/{story.pk}/mutes/", {"username": "bob"}).status_code == 200
    assert story.is_muted(bob)
    muted = Client()
    muted.force_login(bob)
    before = snapshot(story.pk)
    for url, data in ((f"/stories/{story.pk}/polls/{ctx.poll.pk}/vote/", {"option": "0"}),
                      (f"/stories/{story.pk}/suggestions/", {"text": "What if the CFO did it?"}),
                      (f"/stories/{story.pk}/suggestions/{other.pk}/upvote/", {})):
        response = muted.post(url, data)
        assert response.status_code == 403, (url, response.status_code)
    assert snapshot(story.pk) == before
    assert not Vote.objects.filter(user=bob).exists()
    assert not Suggestion.objects.filter(author=bob).exists()
    assert muted.get(f"/stories/{story.pk}/").status_code == 200  # watching is still fine
    # Lifted: bob votes again.
    assert owner.post(f"/stories/{story.pk}/mutes/{bob.pk}/remove/").status_code == 200
    assert muted.post(f"/stories/{story.pk}/polls/{ctx.poll.pk}/vote/", {"option": "2"}).status_code == 200
    assert Vote.objects.get(poll=ctx.poll, user=bob).option == 2


# --- The socket -----------------------------------------------------------------------------------

app = AuthMiddlewareStack(URLRouter(websocket_urlpatterns))


def session_cookie(user) -> list[tuple[bytes, bytes]]:
    if user is None:
        return []
    client = Client()
    client.force_login(user)
    key = client.cookies[django_settings.SESSION_COOKIE_NAME].value
    return [(b"cookie", f"{django_settings.SESSION_COOKIE_NAME}={key}".encode())]


async def try_connect(story_id: int, user) -> tuple[bool, WebsocketCommunicator]:
    headers = await database_sync_to_async(session_cookie)(user)
    communicator = WebsocketCommunicator(app, f"/ws/stories/{story_id}/", headers=headers)
    connected, _ = await communicator.connect(timeout=5)
    return connected, communicator


def _ws_setup(visibility):
    alice, bob, edna = make_user("alice"), make_user("bob"), make_user("edna")
    story = make_story(alice, visibility=visibility, start=False)
    Editor.objects.create(story=story, user=edna, added_by=alice)
    return story, alice, bob, edna


@pytest.mark.django_db(transaction=True)
async def test_the_socket_of_a_private_room_admits_only_owner_and_editors(memory_layer):
    story, alice, bob, edna = await database_sync_to_async(_ws_setup)(Story.Visibility.PRIVATE)
    for who, user, admitted in (("anonymous", None, False), ("outsider", bob, False),
                                ("editor", edna, True), ("owner", alice, True)):
        connected, communicator = await try_connect(story.pk, user)
        assert connected is admitted, f"{who} on a private room socket: connected={connected}"
        if connected:
            await communicator.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_the_socket_of_a_public_room_admits_anonymous_viewers(memory_layer):
    story, alice, bob, edna = await database_sync_to_async(_ws_setup)(Story.Visibility.PUBLIC)
    for user in (None, bob):
        connected, communicator = await try_connect(story.pk, user)
        assert connected
        await communicator.disconnect()
