"""Security, proven over the whole project rather than endpoint by endpoint.

(a) An authorization matrix over EVERY URL pattern the project has (walked from the resolver, so
    a new endpoint fails `test_every_url_is_classified` until it is given a rule here), for GET
    and POST, as the owner, an invited editor, a signed-in viewer, anonymous, and an outsider on a
    private room. "Zero unauthorized successes" means, precisely:
      - a persona the rule refuses gets exactly the refusal: 404 on a private room for outsiders
        and anonymous (the room is not admitted to exist), 403 for signed-in people (and
        anonymous on a public room) who lack the role, a redirect to the login page where an
        account is needed, 405 where the method is not served;
      - a refused request changes no row (every row of the room and the row counts of every
        model are compared), and its body holds none of the cast's secrets;
      - no GET changes any row, whoever sends it;
      - the admin is staff-only: for everyone here it answers a redirect to its login page.
    tests/audience/test_permissions.py checks that each allowed request takes effect; this
    matrix checks that nothing else gets through, everywhere.
(b) CSRF: every URL refuses a POST without the token (403), from a real
    Client(enforce_csrf_checks=True); with the token (as htmx sends it) the same POST works.
(c) Security headers on every kind of response: a CSP without unsafe-inline or unsafe-eval,
    frame-ancestors 'none' and X-Frame-Options, nosniff; cookies HttpOnly and SameSite=Lax.
(d) LLM output and user text are inert in every output path: room page, catch-up fragment, the
    socket's fragments, read view, turn detail, trace, panels, admin, exports (FDX is XML), and
    download file names.
(e) Daphne is 4.2.2 or newer, and every pin in requirements*.txt is what is installed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from html.parser import HTMLParser
from importlib import metadata
from pathlib import Path
from xml.etree import ElementTree

import pytest
from django.apps import apps
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.utils import timezone

from characters.models import Character
from stories import broadcast
from stories.exports import FORMATS
from stories.models import (
    Editor,
    LLMCall,
    Mute,
    ObserverReport,
    Poll,
    Scene,
    Story,
    Suggestion,
    Turn,
)
from stories.routing import websocket_urlpatterns
from tests.audience.test_permissions import MODELS, build_room, character_post, outline_scene_post, snapshot
from tests.conftest import make_story, make_user
from tests.reliability.report import record

User = get_user_model()
ROOT = Path(django_settings.BASE_DIR)
THIS = "tests/reliability/test_security.py"
PUBLIC, PRIVATE = Story.Visibility.PUBLIC, Story.Visibility.PRIVATE

pytestmark = pytest.mark.usefixtures("own_cache")


# --- Every URL pattern of the project --------------------------------------------------------------

@dataclass(frozen=True)
class Route:
    route: str  # the full pattern, as Django prints it
    name: str | None  # namespaced name
    callback: Callable
    groups: tuple[str, ...]
    alternatives: tuple[tuple[str, tuple[str, ...]], ...]  # regex groups that are a list of words

    @property
    def key(self) -> str:
        return self.name or self.route


def _walk(patterns, prefix: str = "", namespace: str | None = None, groups=(), alternatives=()):
    for p in patterns:
        regex = p.pattern.regex.pattern
        alts = alternatives + tuple(
            (g, tuple(words.split("|"))) for g, words in re.findall(r"\(\?P<(\w+)>([\w|]+)\)", regex) if "|" in words)
        names = groups + tuple(p.pattern.regex.groupindex)
        if isinstance(p, URLResolver):
            ns = f"{namespace}:{p.namespace}" if namespace and p.namespace else (p.namespace or namespace)
            yield from _walk(p.url_patterns, prefix + str(p.pattern), ns, names, alts)
        elif isinstance(p, URLPattern):
            name = f"{namespace}:{p.name}" if namespace and p.name else p.name
            yield Route(prefix + str(p.pattern), name, p.callback, names, alts)


ROUTES = list(_walk(get_resolver().url_patterns))
ADMIN = [r for r in ROUTES if r.route.startswith("admin/")]
APP = [r for r in ROUTES if not r.route.startswith("admin/")]


# --- Rules: who may GET and who may POST each URL ----------------------------------------------------
#   none        the method is not served: 405 for everyone
#   anyone      no account needed (the accounts pages, the home page, health)
#   signed-in   any account; anonymous is sent to the login page
#   viewer      whoever may view the room (public/unlisted: everyone; private: owner and editors)
#   participant a signed-in viewer who is not muted (votes, suggestions, upvotes)
#   editor      the owner and invited editors
#   owner       the owner only
#   staff       the admin: staff accounts only (none of the personas here)

@dataclass(frozen=True)
class Rule:
    get: str
    post: str
    data: Callable[[Ctx], dict] | None = None  # a valid POST, so a missing check would really change data
    unavailable: bool = False  # may answer 503 (health, without workers)


@dataclass
class Ctx:
    story: Story
    persona: str = ""

    def character(self) -> Character:
        return self.story.characters.filter(active=True).order_by("id").first()


def _card(ctx: Ctx) -> dict:
    card = {"spec": "chara_card_v2", "spec_version": "2.0",
            "data": {"name": f"Card Person {ctx.persona.title()}", "description": "A courier.",
                     "personality": "quick"}}
    return {"card": SimpleUploadedFile("card.json", json.dumps(card).encode(), content_type="application/json")}


RULES: dict[str, Rule] = {
    "home": Rule("anyone", "none"),
    "healthz": Rule("anyone", "none", unavailable=True),
    "signup": Rule("anyone", "anyone"),
    "login": Rule("anyone", "anyone"),
    "logout": Rule("none", "anyone"),
    "stories:new": Rule("signed-in", "signed-in", lambda ctx: {
        "seed": "A heist at a casino", "visibility": "public", "max_turns": "10", "pacing_seconds": "1",
        "vote_seconds": "0", "start_now": ""}),
    "stories:mine": Rule("signed-in", "none"),
    "stories:room": Rule("viewer", "none"),
    "stories:turns": Rule("viewer", "none"),
    "stories:read": Rule("viewer", "none"),
    "stories:turn": Rule("viewer", "none"),
    "stories:export": Rule("viewer", "none"),
    "stories:card_list": Rule("viewer", "none"),
    "stories:card_export": Rule("viewer", "none"),
    "stories:controls": Rule("owner", "none"),
    "stories:people": Rule("owner", "none"),
    "stories:trace": Rule("owner", "none"),
    "stories:trace_costs": Rule("owner", "none"),
    "stories:trace_call": Rule("owner", "none"),
    "stories:secrets": Rule("editor", "none"),
    "stories:rename": Rule("none", "owner", lambda ctx: {"title": f"Taken by {ctx.persona}"}),
    "stories:visibility": Rule("none", "owner", lambda ctx: {"visibility": "unlisted"}),
    "stories:delete": Rule("owner", "owner"),
    "stories:control": Rule("none", "owner"),
    "stories:pacing": Rule("none", "owner", lambda ctx: {"pacing_seconds": "9", "vote_seconds": "9"}),
    "stories:fork": Rule("none", "owner"),
    "stories:trace_budget": Rule("none", "owner", lambda ctx: {"token_budget": "5"}),
    "stories:ask_audience": Rule("none", "owner"),
    "stories:close_poll": Rule("none", "owner"),
    "stories:skip_poll": Rule("none", "owner"),
    "stories:people_change": Rule("none", "owner", lambda ctx: {"username": "mallory"}),
    "stories:people_remove": Rule("none", "owner"),
    "stories:card_import": Rule("none", "editor", _card),
    "stories:character_new": Rule("editor", "editor", lambda ctx: {
        "name": f"Newcomer {ctx.persona.title()}", "role": "courier", "talkativeness": "0.5"}),
    "stories:character_edit": Rule("editor", "editor", lambda ctx: character_post(
        ctx.character(), speaking_style=f"Taken by {ctx.persona}.")),
    "stories:character_retire": Rule("none", "editor"),
    "stories:edit_turn": Rule("editor", "editor", lambda ctx: {"content": f"Taken by {ctx.persona}.", "action": ""}),
    "stories:decide_suggestion": Rule("none", "editor"),
    "stories:vote": Rule("none", "participant", lambda ctx: {"option": "1"}),
    "stories:suggest": Rule("none", "participant", lambda ctx: {"text": f"What if {ctx.persona} did it?"}),
    "stories:upvote": Rule("none", "participant"),
    "stories:outline": Rule("viewer", "none"),
    "stories:outline_plan": Rule("editor", "none"),
    "stories:outline_edit": Rule("editor", "editor", lambda ctx: outline_scene_post(
        ctx.story.outline.get(index=1), beat=f"Taken by {ctx.persona}")),
    "stories:outline_ending": Rule("editor", "editor", lambda ctx: {
        "question": ctx.story.question, "truth": f"Taken by {ctx.persona}.",
        "version": str(Story.objects.get(pk=ctx.story.pk).outline_version)}),
}
STAFF = Rule("staff", "staff")
ADMIN_RULES = {"admin:login": Rule("anyone", "anyone")}  # the admin's own login page: for everyone
WEBSOCKET_RULES = {"ws/stories/<int:story_id>/": "viewer"}


def rule_for(route: Route) -> Rule | None:
    if route.route.startswith("admin/"):
        return ADMIN_RULES.get(route.key, STAFF)
    return RULES.get(route.key)


def test_every_url_is_classified():
    """A new endpoint must be given a rule above before it can ship."""
    unknown = [r.key for r in ROUTES if rule_for(r) is None]
    assert not unknown, f"URL patterns the authorization matrix does not know: {unknown}"
    stale = set(RULES) - {r.key for r in APP}
    assert not stale, f"rules for URLs that no longer exist: {stale}"
    routes = {str(p.pattern) for p in websocket_urlpatterns}
    assert routes == set(WEBSOCKET_RULES), f"socket routes without a rule: {routes - set(WEBSOCKET_RULES)}"
    assert len(APP) >= 40 and len(ADMIN) >= 50


# --- Building each URL for a room ---------------------------------------------------------------------

@dataclass
class Room:
    story: Story
    poll: Poll
    suggestion: Suggestion
    muted: object

    @classmethod
    def build(cls, owner, visibility: str) -> Room:
        story = build_room(owner, visibility)  # cast, turn 1 played, edna invited as editor
        poll = Poll.objects.create(story=story, options=["A door opens", "The lights fail", "A confession"],
                                   closes_at=timezone.now() + timedelta(minutes=5))
        suggestion = Suggestion.objects.create(story=story, author=owner, text="What if the lights fail?")
        muted = User.objects.get_or_create(username="mutt")[0]
        Mute.objects.create(story=story, user=muted, muted_by=owner)
        User.objects.get_or_create(username="mallory")
        return cls(story, poll, suggestion, muted)


def _admin_object(route: Route):
    found = re.match(r"admin/(\w+)/(\w+)/", route.route)
    model = apps.get_model(found.group(1), found.group(2))
    obj = model.objects.order_by("pk").first()
    return obj.pk if obj else 1


def expansions(route: Route) -> list[dict[str, str]]:
    """One set of fixed URL parts per variant: each verb of a verb list, each export format."""
    variants = [{}]
    for group, words in route.alternatives:
        if group == "app_label":
            words = words[:1]
        variants = [{**v, group: w} for v in variants for w in words]
    if "fmt" in route.groups:
        variants = [{**v, "fmt": f} for v in variants for f in FORMATS]
    return variants


def url_for(route: Route, room: Room, fixed: dict[str, str]) -> str:
    story = room.story
    values = {
        "story_id": story.pk, "character_id": room.story.characters.order_by("id").first().pk,
        "call_id": LLMCall.objects.filter(story=story).order_by("pk").values_list("pk", flat=True).first(),
        "index": 1, "poll_id": room.poll.pk, "suggestion_id": room.suggestion.pk,
        "user_id": (Editor.objects.filter(story=story).values_list("user_id", flat=True).first()
                    if fixed.get("what") == "editors" else room.muted.pk),
        "content_type_id": ContentType.objects.get_for_model(Story).pk, "id": story.owner_id,
    }
    if route.route.startswith("admin/") and "object_id" in route.groups:
        values["object_id"] = (story.pk if "content_type_id" in route.groups else _admin_object(route))
    kwargs = {g: str(fixed.get(g, values.get(g))) for g in dict.fromkeys(route.groups)}
    if route.name:
        url = reverse(route.name, kwargs=kwargs)
    elif "(?P<url>" in route.route:
        url = "/admin/no-such-page/"
    else:
        url = "/" + re.sub(r"<(?:\w+:)?(\w+)>", lambda m: kwargs[m.group(1)], route.route)
    assert resolve(url).func == route.callback, f"{url} does not reach {route.key}"
    return url


def _variants(routes: list[Route]):
    for route in routes:
        for fixed in expansions(route):
            label = route.key + "".join(f"[{v}]" for v in fixed.values())
            yield route, fixed, label


# --- The personas and what each should get -----------------------------------------------------------

PERSONAS = {PUBLIC: ("anonymous", "viewer", "editor", "owner"), PRIVATE: ("anonymous", "outsider", "editor", "owner")}


def _clients() -> dict[str, Client]:
    users = {"viewer": "bob", "outsider": "bob", "editor": "edna", "owner": "alice"}
    clients = {"anonymous": Client()}
    for persona, username in users.items():
        clients[persona] = Client()
        clients[persona].force_login(User.objects.get(username=username))
    return clients


def refusal(rule: str, persona: str, visibility: str) -> int | str | None:
    """What a persona must get: a status, "login" (to the login page), or None (allowed)."""
    stranger = persona in ("anonymous", "outsider")
    if rule == "none":
        return 405
    if rule == "anyone":
        return None
    if rule == "staff":
        return "admin-login"
    if rule == "signed-in":
        return "login" if persona == "anonymous" else None
    if visibility == PRIVATE and stranger:
        return 404  # not even admitted to exist
    allowed = {"viewer": {"anonymous", "viewer", "outsider", "editor", "owner"},
               "participant": {"viewer", "editor", "owner"},
               "editor": {"editor", "owner"},
               "owner": {"owner"}}[rule]
    return None if persona in allowed else 403


def _is_refused_as(response, want) -> bool:
    location = response.get("Location", "")
    if want == 405 and response.status_code == 302 and location.startswith(django_settings.LOGIN_URL):
        return True  # login_required answers before the method check: a refusal all the same
    if want == "login":
        return response.status_code == 302 and location.startswith(django_settings.LOGIN_URL)
    if want == "admin-login":  # the login page, or the admin's index, which sends them there
        return response.status_code == 302 and (location.startswith("/admin/login/") or location == "/admin/")
    return response.status_code == want


def state(story_id: int) -> dict:
    return {"counts": {m.__name__: m.objects.count() for m in MODELS}, "room": snapshot(story_id)}


class Tally:
    """What the matrix did, for the report."""

    def __init__(self) -> None:
        self.counts: Counter = Counter()
        self.urls: set[str] = set()
        self.failures: list[str] = []


@pytest.fixture(scope="module")
def tally():
    t = Tally()
    yield t
    if not t.counts["requests"]:
        return
    figures = {"url_patterns": len(ROUTES), "url_variants_checked": len(t.urls), "requests": t.counts["requests"],
               "refused_as_expected": t.counts["refused"], "allowed_requests": t.counts["allowed"],
               "unauthorized_successes": t.counts["unauthorized_successes"],
               "rows_changed_by_refusals": t.counts["rows_changed"], "gets_that_changed_rows": t.counts["unsafe_get"],
               "secrets_leaked_in_refusals": t.counts["leaks"], "database": connection.vendor}
    ok = not t.failures
    record("security: authorization matrix",
           "every URL pattern (app and admin) × GET and POST × owner, editor, signed-in viewer, anonymous, "
           "outsider on a private room",
           ("no unauthorized success: every refused request got exactly its 404/403/405/login redirect and "
            "changed no row; no GET changed a row") if ok else f"FAILED: {t.failures[:3]}",
           f"{THIS}::test_url_matrix", figures)


def _check(tally: Tally, route_label: str, method: str, persona: str, want, response, before, after,
           secrets: list[str], unavailable: bool = False) -> None:
    tally.counts["requests"] += 1
    where = f"{method.upper()} {route_label} as {persona}"
    body = response.content.decode(errors="replace") if not response.streaming else ""
    if want is None:
        tally.counts["allowed"] += 1
        if response.status_code == 503 and unavailable:
            pass
        elif response.status_code >= 500 or response.status_code in (403, 404, 405):
            tally.failures.append(f"{where}: allowed, but got {response.status_code}")
    else:
        if _is_refused_as(response, want):
            tally.counts["refused"] += 1
        else:
            success = response.status_code < 400 and not _is_refused_as(response, "login") and not _is_refused_as(
                response, "admin-login")
            tally.counts["unauthorized_successes"] += int(success)
            tally.failures.append(f"{where}: got {response.status_code} {response.get('Location', '')}, "
                                  f"want {want}")
        if after != before:
            tally.counts["rows_changed"] += 1
            tally.failures.append(f"{where}: refused, but rows changed")
        if any(s in body for s in secrets):
            tally.counts["leaks"] += 1
            tally.failures.append(f"{where}: a refusal shows a secret")
    if method == "get" and after != before:
        tally.counts["unsafe_get"] += 1
        tally.failures.append(f"{where}: a GET changed rows")


def _send(client: Client, method: str, url: str, data: dict | None):
    return client.get(url) if method == "get" else client.post(url, data or {})


def _run_matrix(tally: Tally, routes, visibility: str, alice) -> None:
    room = Room.build(alice, visibility)
    ctx = Ctx(room.story)
    secrets = [s for c in room.story.characters.all() for s in c.secrets]
    start = len(tally.failures)
    for route, fixed, label in routes:
        clients = _clients()  # fresh sessions: a POST to logout must not sign anyone out of the next URL
        rule = rule_for(route)
        url = url_for(route, room, fixed)
        tally.urls.add(label)
        # GETs first: none may change anything, whoever sends them.
        for persona in PERSONAS[visibility]:
            before = state(room.story.pk)
            response = _send(clients[persona], "get", url, None)
            _check(tally, label, "get", persona, refusal(rule.get, persona, visibility), response, before,
                   state(room.story.pk), secrets, rule.unavailable)
        # POSTs: the refused personas meet the untouched room, then the allowed ones act.
        order = sorted(PERSONAS[visibility], key=lambda p: refusal(rule.post, p, visibility) is None)
        for persona in order:
            ctx.persona = persona
            want = refusal(rule.post, persona, visibility)
            before = state(room.story.pk) if Story.objects.filter(pk=room.story.pk).exists() else None
            if before is None:
                break  # the owner deleted the room: nothing left to try
            response = _send(clients[persona], "post", url, rule.data(ctx) if rule.data else None)
            after = state(room.story.pk)
            _check(tally, label, "post", persona, want, response, before, after, secrets)
    assert len(tally.failures) == start, "\n".join(tally.failures[start:])


STORY_VARIANTS = [v for v in _variants(APP) if "story_id" in v[0].groups]
OTHER_VARIANTS = [v for v in _variants(APP) if "story_id" not in v[0].groups]


@pytest.mark.django_db
@pytest.mark.parametrize("visibility", [PUBLIC, PRIVATE])
@pytest.mark.parametrize("variant", STORY_VARIANTS, ids=[v[2] for v in STORY_VARIANTS])
def test_url_matrix(variant, visibility, alice, bob, tally):
    _run_matrix(tally, [variant], visibility, alice)


@pytest.mark.django_db
def test_url_matrix_outside_rooms(alice, bob, tally):
    """Home, health, accounts, new story, my stories: the same matrix (on a public room's data)."""
    _run_matrix(tally, OTHER_VARIANTS, PUBLIC, alice)


@pytest.mark.django_db
def test_the_admin_is_staff_only(alice, bob, tally):
    """Every admin URL, GET and POST, for every persona: the admin's login page and nothing else."""
    _run_matrix(tally, list(_variants(ADMIN)), PRIVATE, alice)


@pytest.mark.django_db
def test_staff_reach_every_admin_page(alice):
    """The control for the admin rows above: the same URLs do answer a superuser, so the redirects
    the personas got are the guard, not a broken URL."""
    from django.contrib.auth.models import Group

    room = Room.build(alice, PRIVATE)
    Group.objects.create(name="ushers")
    ObserverReport.objects.get_or_create(story=room.story, after_turn=1, defaults={
        "tension": 0.5, "consistency": 0.5, "progression": 0.5, "engagement": 0.5})
    admin = User.objects.create_superuser("root", password="x")
    client = Client()
    client.force_login(admin)
    for route, fixed, label in _variants(ADMIN):
        url = url_for(route, room, fixed)
        response = client.get(url)
        # (logout is POST only; autocomplete refuses a request without its parameters)
        want = {"admin:logout": 405, "admin:view_on_site": 302, "admin:login": 302,
                "admin:autocomplete": 403}.get(route.key, 200)
        if route.name is None:  # <object_id>/ redirects to …/change/; the catch-all is a 404
            want = 404 if "(?P<url>" in route.route else 302
        assert response.status_code == want, f"GET {label} ({url}) as a superuser: {response.status_code}"


@pytest.mark.django_db(transaction=True)
async def test_socket_matrix(memory_layer):
    """The room socket: viewers of public and unlisted rooms connect; on a private room only the
    owner and editors do (tests/audience/test_access_sockets.py checks access changes live)."""
    from channels.db import database_sync_to_async

    from tests.audience.test_permissions import try_connect

    def setup():
        alice, bob, edna = make_user("alice"), make_user("bob"), make_user("edna")
        rooms = {v: make_story(alice, visibility=v, start=False) for v in Story.Visibility.values}
        for story in rooms.values():
            Editor.objects.create(story=story, user=edna, added_by=alice)
        return rooms, {"owner": alice, "editor": edna, "viewer": bob, "anonymous": None}

    rooms, users = await database_sync_to_async(setup)()
    tried = 0
    for visibility, story in rooms.items():
        for persona, user in users.items():
            connected, communicator = await try_connect(story.pk, user)
            tried += 1
            await communicator.disconnect()  # refused or not, the consumer finishes before the test does
            allowed = refusal("viewer", "outsider" if persona == "viewer" and visibility == PRIVATE else persona,
                              visibility) is None
            assert connected is allowed, f"{persona} on a {visibility} room socket: connected={connected}"
    record("security: socket authorization", "the room socket × owner, editor, signed-in viewer/outsider, "
           "anonymous × public, unlisted, private rooms", "only those who may view the room connect",
           f"{THIS}::test_socket_matrix", {"handshakes": tried, "unauthorized_connections": 0})


# --- (b) CSRF -------------------------------------------------------------------------------------------

@pytest.mark.django_db
def test_every_post_without_a_csrf_token_is_refused(alice, bob):
    room = Room.build(alice, PUBLIC)
    ctx = Ctx(room.story, persona="owner")
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    refused = 0
    for route, fixed, label in _variants(ROUTES):
        url = url_for(route, room, fixed)
        rule = rule_for(route)
        before = state(room.story.pk)
        response = client.post(url, rule.data(ctx) if rule.data else {})
        assert response.status_code == 403, f"POST {label} without a CSRF token: {response.status_code}"
        assert "CSRF" in response.content.decode(errors="replace")
        assert state(room.story.pk) == before, f"POST {label} without a CSRF token changed rows"
        refused += 1
    # The control: with the token, as the page's hx-headers sends it, the same client gets through.
    page = client.get(f"/stories/{room.story.pk}/").content.decode()
    token = re.search(r'hx-headers=\'\{"X-CSRFToken": "([^"]+)"\}\'', page).group(1)
    response = client.post(f"/stories/{room.story.pk}/rename/", {"title": "With a token"}, HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 302 and Story.objects.get(pk=room.story.pk).title == "With a token"
    # A token from another session is no token.
    other = Client()
    other.force_login(bob)
    stranger = re.search(r'"X-CSRFToken": "([^"]+)"', other.get("/").content.decode()).group(1)
    response = client.post(f"/stories/{room.story.pk}/rename/", {"title": "Forged"}, HTTP_X_CSRFTOKEN=stranger)
    assert response.status_code == 403 and Story.objects.get(pk=room.story.pk).title == "With a token"
    record("security: CSRF", "a POST without the CSRF token (and with another session's token) to every URL",
           "403 for every one, nothing changed; with the page's token the same POST works",
           f"{THIS}::test_every_post_without_a_csrf_token_is_refused", {"urls": refused, "accepted_without_token": 0})


@pytest.mark.django_db
def test_session_and_csrf_cookies_are_httponly_and_samesite_lax(alice):
    client = Client()
    response = client.post("/accounts/login/", {"username": "alice", "password": "correct horse battery"})
    assert response.status_code == 302
    session = response.cookies[django_settings.SESSION_COOKIE_NAME]
    assert session["httponly"] and session["samesite"] == "Lax"
    page = client.get("/stories/new/")
    csrf = page.cookies.get(django_settings.CSRF_COOKIE_NAME) or client.cookies[django_settings.CSRF_COOKIE_NAME]
    assert csrf["samesite"] == "Lax"
    # htmx sends the token from the page (hx-headers), so no script needs to read the cookie.
    assert csrf["httponly"], "CSRF_COOKIE_HTTPONLY should be True: nothing reads the cookie from JavaScript"


# --- (c) Headers ------------------------------------------------------------------------------------------

def _csp(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0].lower()] = [w.lower() for w in words[1:]]
    return directives


@pytest.mark.django_db
def test_security_headers_on_every_kind_of_response(alice, bob):
    room = Room.build(alice, PRIVATE)
    public = make_story(alice, start=False)
    owner, viewer, anonymous = Client(), Client(), Client()
    owner.force_login(alice)
    viewer.force_login(bob)
    sid = room.story.pk
    responses = {
        "home": anonymous.get("/"), "room": owner.get(f"/stories/{sid}/"),
        "fragment": owner.get(f"/stories/{sid}/turns/?after=0"), "read": owner.get(f"/stories/{sid}/read/"),
        "trace": owner.get(f"/stories/{sid}/trace/"), "export": owner.get(f"/stories/{sid}/export.json"),
        "card": owner.get(f"/stories/{sid}/cards/{room.story.characters.first().pk}.json"),
        "404": viewer.get(f"/stories/{sid}/"), "403": viewer.post(f"/stories/{public.pk}/rename/"),
        "400": owner.get(f"/stories/{sid}/turns/?after=x"), "405": owner.get(f"/stories/{sid}/rename/"),
        "login": anonymous.get("/accounts/login/"), "admin": anonymous.get("/admin/login/"),
        "static": anonymous.get("/static/js/room.js"), "healthz": anonymous.get("/healthz"),
    }
    for what, response in responses.items():
        csp = response.get("Content-Security-Policy", "")
        assert csp, f"{what}: no Content-Security-Policy"
        directives = _csp(csp)
        for directive in ("script-src", "default-src", "style-src"):
            for bad in ("'unsafe-inline'", "'unsafe-eval'", "*", "data:"):
                assert bad not in directives.get(directive, []), f"{what}: {directive} allows {bad}"
        assert "script-src" in directives or "default-src" in directives
        assert directives.get("frame-ancestors") == ["'none'"], f"{what}: frame-ancestors {directives}"
        assert directives.get("object-src", directives.get("default-src")) in (["'none'"], ["'self'"])
        if response["Content-Type"].startswith("text/html"):  # (frame-ancestors covers the rest)
            assert response.get("X-Frame-Options") == "DENY", f"{what}: X-Frame-Options"
        assert response.get("X-Content-Type-Options") == "nosniff", f"{what}: no nosniff"
        assert response.get("Referrer-Policy"), f"{what}: no Referrer-Policy"
    assert [responses[code].status_code for code in ("400", "403", "404", "405")] == [400, 403, 404, 405]
    record("security: headers", "CSP, frame-ancestors / X-Frame-Options, nosniff, Referrer-Policy on pages, "
           "fragments, exports, errors (400/403/404/405), the admin and static files",
           "present on every response; no 'unsafe-inline' or 'unsafe-eval'",
           f"{THIS}::test_security_headers_on_every_kind_of_response", {"responses": len(responses)})


# --- (d) Inert text -----------------------------------------------------------------------------------------

PAYLOAD = '<img src=x onerror=alert(1)><script>alert(2)</script><b hx-get="/x-pwned/" hx-trigger="load">'
SHORT = "Eve <img src=x onerror=alert(1)>"  # for fields of 80 characters or fewer
RAW = ("<img src=x onerror=alert(1)>", "<script>alert(2)</script>", 'hx-get="/x-pwned/"')
ESCAPED = "&lt;img src=x onerror=alert(1)&gt;"


def _poison(alice) -> Room:
    room = Room.build(alice, PUBLIC)
    story = room.story
    Story.objects.filter(pk=story.pk).update(title=SHORT, logline=PAYLOAD, setting=PAYLOAD, seed=PAYLOAD,
                                             status_message=PAYLOAD)
    character = story.characters.order_by("id").first()
    Character.objects.filter(pk=character.pk).update(
        name=SHORT, role=SHORT, background=PAYLOAD, speaking_style=PAYLOAD, primary_motivation=PAYLOAD,
        personality_traits=[PAYLOAD], secrets=[PAYLOAD], fears=[PAYLOAD], secondary_goals=[PAYLOAD])
    Scene.objects.filter(story=story).update(location=SHORT, description=PAYLOAD, mood=SHORT, summary=PAYLOAD)
    turn = story.turns.get(index=1)
    Turn.objects.filter(pk=turn.pk).update(content=PAYLOAD, action=PAYLOAD, thought=PAYLOAD, emotion=SHORT,
                                           character=character)
    Poll.objects.filter(pk=room.poll.pk).update(options=[PAYLOAD, "B " + PAYLOAD, "C"])  # the question is fixed
    Suggestion.objects.filter(pk=room.suggestion.pk).update(text=PAYLOAD[:280])
    LLMCall.objects.filter(story=story).update(messages=[{"role": "user", "content": PAYLOAD}], response=PAYLOAD,
                                               turn_index=1, error=PAYLOAD)
    ObserverReport.objects.create(story=story, after_turn=1, tension=0.5, consistency=0.5, progression=0.5,
                                  engagement=0.5, problems=[PAYLOAD], recommendations=[PAYLOAD])
    room.story.refresh_from_db()
    return room


def _strings(value) -> set[str]:
    if isinstance(value, str):
        return {value}
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return set().union(*(_strings(v) for v in items)) if items else set()


class _Holders(HTMLParser):
    """Text that carries the payload, and whether an ancestor element has hx-disable."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.unguarded: list[str] = []
        self.found = 0

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append((tag, any(name == "hx-disable" for name, _ in attrs)))

    def handle_endtag(self, tag):
        while self.stack and tag not in self.VOID:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if any(tag in ("title", "textarea") for tag, _ in self.stack):
            return  # text only: a browser never parses it as markup
        if "onerror=alert" in data.lower():
            self.found += 1
            if not any(guarded for _, guarded in self.stack):
                self.unguarded.append(data.strip()[:60] + " in " + "/".join(
                    f"{tag}" for tag, _ in self.stack[-4:]) + f" @{self.getpos()}")


def assert_inert(text: str, where: str, *, guarded: bool = False, present: bool = True) -> None:
    lowered = text.lower()
    for raw in RAW:
        assert raw.lower() not in lowered, f"{where}: raw {raw!r} in the output"
    if present:
        assert ESCAPED.lower() in lowered, f"{where}: the poisoned text is not there (the check would be empty)"
    if guarded:
        holders = _Holders()
        holders.feed(text)
        assert holders.found and not holders.unguarded, f"{where}: text without an hx-disable ancestor: " \
                                                        f"{holders.unguarded}"


@pytest.mark.django_db
def test_llm_and_user_text_is_inert_everywhere(alice, monkeypatch):
    room = _poison(alice)
    sid = room.story.pk
    owner = Client()
    owner.force_login(alice)
    checked = []

    def page(url: str, guarded: bool = False, present: bool = True) -> None:
        response = owner.get(url)
        assert response.status_code == 200, (url, response.status_code)
        assert response["Content-Type"].startswith("text/html"), (url, response["Content-Type"])
        assert_inert(response.content.decode(), url, guarded=guarded, present=present)
        checked.append(url)

    # The room and everything htmx swaps into it: every holder of such text sits under hx-disable.
    for url in (f"/stories/{sid}/", f"/stories/{sid}/turns/?after=-1", f"/stories/{sid}/turns/?after=0&since=0",
                f"/stories/{sid}/turns/?before=5", f"/stories/{sid}/turns/1/", f"/stories/{sid}/read/"):
        page(url, guarded=True)
    # Staff pages and panels.
    call = LLMCall.objects.filter(story=room.story).first()
    for url in (f"/stories/{sid}/trace/", f"/stories/{sid}/trace/?turn=1", f"/stories/{sid}/trace/{call.pk}/",
                f"/stories/{sid}/secrets/", f"/stories/{sid}/cards/",
                f"/stories/{sid}/characters/{room.story.characters.order_by('id').first().pk}/edit/",
                f"/stories/{sid}/turns/1/edit/", "/", "/stories/mine/"):
        page(url)
    page(f"/stories/{sid}/controls/", present=False)  # holds no such text, and must not start to raw
    # What the socket sends.
    sent = []
    monkeypatch.setattr(broadcast, "send", lambda story_id, event, html: sent.append((event, html)))
    turn = room.story.turns.get(index=1)
    broadcast.turns_added(sid, 1)
    broadcast.status_changed(sid)
    broadcast.poll_changed(sid)
    broadcast.suggestions_changed(sid)
    broadcast.cast_changed(sid)
    broadcast.turn_replaced(sid, turn.pk)
    broadcast.typing(sid, SHORT.upper(), PAYLOAD)
    for event, fragment in sent:
        if event in ("story.status_changed",):
            assert not any(raw.lower() in fragment.lower() for raw in RAW), event
            continue
        assert_inert(fragment, f"socket {event}", guarded=True)
        checked.append(event)
    # The admin, for staff.
    root = User.objects.create_superuser("root", password="x")
    staff = Client()
    staff.force_login(root)
    character = room.story.characters.order_by("id").first()
    for url in (reverse("admin:stories_turn_changelist"), reverse("admin:stories_turn_change", args=[turn.pk]),
                reverse("admin:characters_character_change", args=[character.pk]),
                reverse("admin:stories_suggestion_changelist"), reverse("admin:stories_poll_change",
                                                                        args=[room.poll.pk]),
                reverse("admin:stories_llmcall_change", args=[call.pk]), reverse("admin:stories_story_changelist")):
        response = staff.get(url)
        assert response.status_code == 200, url
        assert_inert(response.content.decode(), url)
        checked.append(url)
    # Exports: data formats keep the text as data, never as HTML; FDX is XML and escapes it.
    for fmt in FORMATS:
        response = owner.get(f"/stories/{sid}/export.{fmt}")
        assert response.status_code == 200
        content_type = response["Content-Type"]
        assert not content_type.startswith("text/html"), (fmt, content_type)
        disposition = response["Content-Disposition"]
        assert re.fullmatch(r'attachment; filename="[a-z0-9.-]+"', disposition), disposition
        if fmt == "fdx":  # well-formed XML whose text holds the payload, and no element of it
            tree = ElementTree.fromstring(response.content)
            assert not {e.tag.lower() for e in tree.iter()} & {"img", "script", "b"}
            assert any("onerror=alert(1)" in (e.text or "") for e in tree.iter())
        elif fmt == "json":
            assert PAYLOAD in _strings(json.loads(response.content)), "the JSON export does not keep the text as is"
        checked.append(f"export.{fmt}")
    response = owner.get(f"/stories/{sid}/cards/{character.pk}.json")
    assert response["Content-Type"].startswith("application/json")
    assert re.fullmatch(r'attachment; filename="[a-z0-9-]+\.card\.json"', response["Content-Disposition"])
    record("security: output escaping", "a turn, character, scene, poll, suggestion, story title and LLM call "
           "holding <img onerror>, <script> and hx-get",
           "escaped (inert) in the room, catch-up and socket fragments, read view, trace, panels, admin and FDX; "
           "every holder in the room under hx-disable; JSON/Markdown/Fountain/PDF served as data, "
           "safe download names", f"{THIS}::test_llm_and_user_text_is_inert_everywhere",
           {"outputs_checked": len(checked), "raw_html_found": 0})


# --- (e) Dependencies -------------------------------------------------------------------------------------

def _pins(path: Path, seen=None) -> dict[str, str]:
    seen = seen or set()
    pins = {}
    if path in seen:
        return pins
    seen.add(path)
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("-r"):
            pins.update(_pins(path.parent / line[2:].strip(), seen))
        elif "==" in line:
            name, version = line.split("==", 1)
            pins[re.sub(r"\[.*\]", "", name).strip().lower()] = version.strip()
    return pins


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", text)[:3])


def test_daphne_is_4_2_2_or_newer_and_every_pin_is_installed():
    pins = {}
    for path in sorted(ROOT.glob("requirements*.txt")):
        pins.update(_pins(path))
    assert "daphne" in pins, "daphne is not pinned"
    assert _version(pins["daphne"]) >= (4, 2, 2), f"daphne=={pins['daphne']} predates 4.2.2's fixes"
    assert _version(metadata.version("daphne")) >= (4, 2, 2)
    mismatched = {name: (pinned, _installed(name)) for name, pinned in pins.items() if _installed(name) != pinned}
    assert not mismatched, f"pinned ≠ installed: {mismatched}"
    record("security: dependencies", "Daphne's version and every pin in requirements*.txt",
           f"daphne {pins['daphne']} (≥ 4.2.2) pinned and installed; all {len(pins)} pins match what is installed",
           f"{THIS}::test_daphne_is_4_2_2_or_newer_and_every_pin_is_installed",
           {"pins": len(pins), "mismatched": 0, "daphne": pins["daphne"]})


def _installed(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


# --- Settings outside the test process ------------------------------------------------------------------

def _settings_in_a_fresh_process(env: dict[str, str], expr: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("MOVIESIM_", "DATABASE_URL", "REDIS_URL"))}
    code = f"import django, os; os.environ['DJANGO_SETTINGS_MODULE']='moviesim.settings'; django.setup(); " \
           f"from django.conf import settings; print({expr})"
    return subprocess.run([sys.executable, "-c", code], env={**clean, **env}, cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def test_debug_is_off_unless_asked_for():
    assert _settings_in_a_fresh_process({}, "settings.DEBUG").stdout.strip() == "False"
    assert _settings_in_a_fresh_process({"MOVIESIM_DEBUG": "1"}, "settings.DEBUG").stdout.strip() == "True"


def test_a_secret_key_is_required_outside_the_embedded_mode():
    result = _settings_in_a_fresh_process({"REDIS_URL": "redis://127.0.0.1:6379/0", "MOVIESIM_SECRET_KEY": ""},
                                          "settings.SECRET_KEY")
    assert result.returncode != 0 and "MOVIESIM_SECRET_KEY" in result.stderr
