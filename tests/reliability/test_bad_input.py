"""Bad input, table-driven: every case gets a clear 4xx and stores nothing, or (the few inputs a
person may legitimately type, like right-to-left text, emoji or HTML) is accepted, stored exactly
and shown inert.

Each case runs against the real endpoints with the Django test client. The rows of every model a
request could touch (stories, scenes, turns and their revisions, characters, relationships,
revisions, memories, polls, votes, suggestions and upvotes, editors, mutes, LLM calls, users) are
snapshotted before and after: a refused request must leave them identical, field by field.

Each case writes one record for docs/reliability.md (see scripts/render_reliability.py).
"""

from __future__ import annotations

import html
import json
import os
import struct
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.utils import timezone

from characters.cards import MAX_CARD_BYTES
from characters.models import Character
from stories.costs import MAX_TOKEN_BUDGET
from stories.models import (
    LLMCall,
    Poll,
    Story,
    Suggestion,
    Vote,
)
from tests.audience.test_permissions import MODELS, build_room, character_post, snapshot
from tests.reliability.report import record

User = get_user_model()
THIS = "tests/reliability/test_bad_input.py"

pytestmark = pytest.mark.usefixtures("own_cache")  # rate-limit counters of each test's own


# --- The world every case starts from ------------------------------------------------------------

@dataclass
class World:
    alice: object
    bob: object
    story: Story  # A: alice's public room, cast, turn 1 played, edna invited as editor
    other: Story  # B: another room of alice's, also cast
    open_poll: Poll
    closed_poll: Poll
    other_poll: Poll
    suggestion: Suggestion
    decided: Suggestion
    other_suggestion: Suggestion
    clients: dict[str, Client] = field(default_factory=dict)
    extra: dict = field(default_factory=dict)

    @property
    def a(self) -> int:
        return self.story.pk

    def character(self, story: Story | None = None) -> Character:
        return (story or self.story).characters.filter(active=True).order_by("id").first()

    def state(self) -> dict:
        return {"counts": {m.__name__: m.objects.count() for m in MODELS},
                "A": snapshot(self.story.pk), "B": snapshot(self.other.pk)}


def _poll(story: Story, **kwargs) -> Poll:
    defaults = {"options": ["A door opens", "The lights fail", "A confession"],
                "closes_at": timezone.now() + timedelta(minutes=5)}
    return Poll.objects.create(story=story, **{**defaults, **kwargs})


@pytest.fixture
def world(alice, bob) -> World:
    story = build_room(alice, Story.Visibility.PUBLIC)
    other = build_room(alice, Story.Visibility.PUBLIC)
    w = World(
        alice=alice, bob=bob, story=story, other=other,
        open_poll=_poll(story),
        closed_poll=_poll(story, status=Poll.Status.CLOSED, closes_at=timezone.now() - timedelta(minutes=1),
                          closed_at=timezone.now() - timedelta(minutes=1), winner_index=0),
        other_poll=_poll(other),
        suggestion=Suggestion.objects.create(story=story, author=bob, text="What if the lights fail?"),
        decided=Suggestion.objects.create(story=story, author=bob, text="What if it rains?",
                                          status=Suggestion.Status.DISMISSED),
        other_suggestion=Suggestion.objects.create(story=other, author=bob, text="What if the vault is empty?"),
    )
    for name, user in (("alice", alice), ("bob", bob)):
        w.clients[name] = Client(raise_request_exception=False)  # a 500 is an answer to record, too
        w.clients[name].force_login(user)
    w.clients["anonymous"] = Client(raise_request_exception=False)
    return w


# --- Cases -----------------------------------------------------------------------------------------

NEW = {"seed": "A murder mystery at a tech startup during a product launch", "visibility": "public",
       "max_turns": "12", "pacing_seconds": "2", "vote_seconds": "30", "start_now": ""}


def _new(**change) -> Callable[[World], dict]:
    return lambda w: {**NEW, **change}


def _form_bytes(raw_seed: bytes) -> Callable[[World], bytes]:
    """A urlencoded body whose seed is `raw_seed` as is: the bytes a broken or hostile client sends."""
    rest = "&".join(f"{k}={v}" for k, v in NEW.items() if k != "seed").encode()
    return lambda w: b"seed=" + raw_seed + b"&" + rest


def _card(data: dict | list | str, name="card.json") -> Callable[[World], dict]:
    body = data.encode() if isinstance(data, str) else json.dumps(data).encode()
    return lambda w: {"card": SimpleUploadedFile(name, body, content_type="application/json")}


def _card_bytes(body: bytes, name="card.json") -> Callable[[World], dict]:
    return lambda w: {"card": SimpleUploadedFile(name, body, content_type="application/octet-stream")}


def _png(chunks: list[tuple[bytes, bytes]]) -> bytes:
    out = b"\x89PNG\r\n\x1a\n"
    for kind, body in [(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)), *chunks, (b"IEND", b"")]:
        out += struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    return out


def _v2(name="Mara Quill", **data) -> dict:
    return {"spec": "chara_card_v2", "spec_version": "2.0",
            "data": {"name": name, "description": "A locksmith.", "personality": "dry, patient", **data}}


def _char_edit(**overrides) -> Callable[[World], dict]:
    return lambda w: character_post(w.character(), **overrides)


def _suggest_up_to_the_limit(w: World) -> None:
    for n in range(django_settings.MOVIESIM_SUGGESTIONS_PER_WINDOW):
        response = w.clients["bob"].post(f"/stories/{w.a}/suggestions/", {"text": f"What if clue {n} appears?"})
        assert response.status_code == 201, response.content


@dataclass
class Case:
    id: str
    area: str  # what the report groups by
    what: str  # the input, in words
    method: str
    url: Callable[[World], str]
    status: int
    message: str = ""  # shown to the person who sent it
    data: Callable[[World], object] | None = None
    content_type: str | None = None  # raw bodies
    who: str = "alice"
    prepare: Callable[[World], None] | None = None  # before the "before" snapshot
    accepted: Callable[[World, object], None] | None = None  # accepted input: checks what was stored
    concurrent: int = 1  # requests sent at the same moment
    delta: dict = field(default_factory=dict)  # row counts an accepted input changes, e.g. {"Story": 1}
    touches: tuple = ()  # tables of story A an accepted input changes
    note: str = ""  # how an accepted input is shown
    bug: str = ""  # a known app bug: the case is expected to fail until it is fixed

    def __str__(self) -> str:
        return self.id


def _stored_seed(seed: str, inert: bool = False) -> Callable[[World, object], None]:
    """Exactly one new story, holding the seed unchanged; with `inert`, its room shows the seed escaped."""
    def check(w: World, response) -> None:
        new = Story.objects.exclude(pk__in=[w.story.pk, w.other.pk]).get()
        assert response["Location"] == f"/stories/{new.pk}/"
        assert new.seed == seed, (new.seed, seed)
        assert new.owner == w.alice and new.status == Story.Status.DRAFT
        if inert:
            page = w.clients["alice"].get(f"/stories/{new.pk}/").content.decode()
            assert seed not in page, "raw HTML from a seed reached the room page"
            assert html.escape(seed) in page
    return check


def _one_vote(w: World, responses) -> None:
    assert Vote.objects.filter(poll=w.open_poll, user=w.bob).count() == 1
    assert Vote.objects.get(poll=w.open_poll, user=w.bob).option == 1


RTL = "جريمة في شركة ناشئة ليلة الإطلاق — רצח בחברת הזנק"
EMOJI = "A heist 🎰💎 at a casino 🇲🇨 on its last night 👩🏽‍🚀🧑‍🤝‍🧑"
SCRIPT = '<script>alert("seed")</script><img src=x onerror=alert(1)> <b hx-get="/stories/mine/">bold</b>'
BIG = 1024 * 1024

A = "/stories/{a}/"


def _u(pattern: str) -> Callable[[World], str]:
    """A URL with {a} (story A), {b} (story B) and the world's objects filled in."""
    def url(w: World) -> str:
        return pattern.format(a=w.story.pk, b=w.other.pk, char=w.character().pk, bchar=w.character(w.other).pk,
                              open=w.open_poll.pk, closed=w.closed_poll.pk, bpoll=w.other_poll.pk,
                              sug=w.suggestion.pk, decided=w.decided.pk, bsug=w.other_suggestion.pk,
                              call=LLMCall.objects.filter(story=w.story).values_list("pk", flat=True).first(),
                              bcall=LLMCall.objects.filter(story=w.other).values_list("pk", flat=True).first())
    return url


NEW_URL = _u("/stories/new/")
PACING = _u("/stories/{a}/pacing/")
VOTE = _u("/stories/{a}/polls/{open}/vote/")
SUGGEST = _u("/stories/{a}/suggestions/")
IMPORT = _u("/stories/{a}/cards/import/")
BUDGET = _u("/stories/{a}/trace/budget/")
CHAR_EDIT = _u("/stories/{a}/characters/{char}/edit/")
TURN_EDIT = _u("/stories/{a}/turns/1/edit/")
URLENC = "application/x-www-form-urlencoded"

CASES = [
    # --- Seeds (/stories/new/)
    Case("seed-empty", "seed", "an empty seed", "post", NEW_URL, 400, "Give the Director a seed", _new(seed="")),
    Case("seed-whitespace", "seed", "a seed of only spaces, tabs and newlines", "post", NEW_URL, 400,
         "Give the Director a seed", _new(seed="  \t\n \u00a0 \r\n")),
    Case("seed-2001", "seed", "a seed of 2,001 characters", "post", NEW_URL, 400,
         "Keep the seed under 2,000 characters (it has 2001)", _new(seed="x" * 2001)),
    Case("seed-2001-emoji", "seed", "a seed of 2,001 emoji (over the limit in characters, not bytes)", "post",
         NEW_URL, 400, "Keep the seed under 2,000 characters", _new(seed="🎬" * 2001)),
    Case("seed-1mb", "seed", "a 1 MB request body (over DATA_UPLOAD_MAX_MEMORY_SIZE, 256 KB)", "post", NEW_URL,
         413, "too large", _form_bytes(b"x" * BIG), content_type=URLENC),
    Case("seed-nul", "seed", "a seed with a NUL byte", "post", NEW_URL, 400, "Null characters are not allowed",
         _new(seed="A heist\x00 at a casino")),
    Case("seed-invalid-utf8-raw", "seed", "a seed of raw bytes that are not UTF-8 (\\xff\\xfe)", "post", NEW_URL,
         400, "", _form_bytes(b"A heist \xff\xfe at a casino"), content_type=URLENC),
    Case("seed-invalid-utf8-escaped", "seed", "a seed whose %-escapes are not UTF-8 (%FF%FE)", "post", NEW_URL,
         400, "", _form_bytes(b"A heist %FF%FE at a casino"), content_type=URLENC),
    Case("seed-rtl", "seed", "a right-to-left seed (Arabic and Hebrew)", "post", NEW_URL, 302, "", _new(seed=RTL),
         accepted=_stored_seed(RTL), delta={"Story": 1}),
    Case("seed-emoji", "seed", "a seed with emoji, flags and ZWJ sequences", "post", NEW_URL, 302, "",
         _new(seed=EMOJI), accepted=_stored_seed(EMOJI), delta={"Story": 1}),
    Case("seed-html", "seed", "a seed of HTML: <script>, <img onerror>, hx-get", "post", NEW_URL, 302, "",
         _new(seed=SCRIPT), accepted=_stored_seed(SCRIPT, inert=True), delta={"Story": 1},
         note="shown escaped (inert) in the room"),
    # --- The new-story form's numbers and choices
    Case("new-turns-negative", "new story", "max_turns = -3", "post", NEW_URL, 400, "at least 3",
         _new(max_turns="-3")),
    Case("new-turns-huge", "new story", "max_turns = 10^12", "post", NEW_URL, 400, "At most",
         _new(max_turns=str(10**12))),
    Case("new-turns-text", "new story", "max_turns = 1e3 (not a whole number)", "post", NEW_URL, 400,
         "whole number", _new(max_turns="1e3")),
    Case("new-pacing-negative", "new story", "pacing_seconds = -1", "post", NEW_URL, 400, "can't be negative",
         _new(pacing_seconds="-1")),
    Case("new-pacing-huge", "new story", "pacing_seconds = 10^9", "post", NEW_URL, 400, "at most 600",
         _new(pacing_seconds="1000000000")),
    Case("new-pacing-nan", "new story", "pacing_seconds = NaN", "post", NEW_URL, 400, "number of seconds",
         _new(pacing_seconds="NaN")),
    Case("new-pacing-inf", "new story", "pacing_seconds = Infinity", "post", NEW_URL, 400, "number of seconds",
         _new(pacing_seconds="Infinity")),
    Case("new-vote-negative", "new story", "vote_seconds = -5", "post", NEW_URL, 400, "can't be negative",
         _new(vote_seconds="-5")),
    Case("new-vote-huge", "new story", "vote_seconds = 99,999", "post", NEW_URL, 400, "at most 600",
         _new(vote_seconds="99999")),
    Case("new-visibility-unknown", "new story", "visibility = secret", "post", NEW_URL, 400,
         "Select a valid choice", _new(visibility="secret")),
    # --- The owner's pacing, title and visibility
    Case("pacing-negative", "pacing", "pacing_seconds = -1 on a running room", "post", PACING, 400,
         "Pacing can't be negative.", lambda w: {"pacing_seconds": "-1", "vote_seconds": "10"}),
    Case("pacing-huge", "pacing", "pacing_seconds = 10^9", "post", PACING, 400, "Pacing is at most 600 seconds.",
         lambda w: {"pacing_seconds": "1e9", "vote_seconds": "10"}),
    Case("pacing-nan", "pacing", "pacing_seconds = nan", "post", PACING, 400, "Pacing must be a number",
         lambda w: {"pacing_seconds": "nan", "vote_seconds": "10"}),
    Case("pacing-vote-negative", "pacing", "vote_seconds = -1", "post", PACING, 400,
         "The voting window can't be negative.", lambda w: {"pacing_seconds": "2", "vote_seconds": "-1"}),
    Case("pacing-vote-huge", "pacing", "vote_seconds = 10^6", "post", PACING, 400,
         "The voting window is at most 600 seconds.", lambda w: {"pacing_seconds": "2", "vote_seconds": "1000000"}),
    Case("visibility-unknown", "pacing", "visibility = secret", "post", _u("/stories/{a}/visibility/"), 400,
         "Choose public, unlisted or private.", lambda w: {"visibility": "secret"}),
    Case("rename-empty", "pacing", "an empty title", "post", _u("/stories/{a}/rename/"), 400,
         "A title can't be empty.", lambda w: {"title": "   "}),
    Case("rename-long", "pacing", "a title of 201 characters", "post", _u("/stories/{a}/rename/"), 400,
         "at most 200 characters", lambda w: {"title": "T" * 201}),
    Case("control-resume-running", "pacing", "resume a story that is running", "post", _u("/stories/{a}/resume/"),
         409, "Can't resume a story that is running."),
    Case("fork-missing-turn", "pacing", "fork at a turn that does not exist", "post",
         _u("/stories/{a}/fork/9999/"), 400, "There is no such turn to fork from."),
    # --- The cast
    Case("character-of-other-story", "characters", "edit a character of story B through story A's URL", "post",
         _u("/stories/{a}/characters/{bchar}/edit/"), 404, "",
         lambda w: character_post(w.character(w.other), speaking_style="Hijacked.")),
    Case("character-retire-other-story", "characters", "retire a character of story B through story A", "post",
         _u("/stories/{a}/characters/{bchar}/retire/"), 404),
    Case("character-talkativeness-7", "characters", "talkativeness = 7", "post", CHAR_EDIT, 400, "Between 0 and 1.",
         _char_edit(talkativeness="7")),
    Case("character-duplicate-name", "characters", "rename a character to another's name (other case)", "post",
         CHAR_EDIT, 400, "There is already a character called",
         lambda w: character_post(w.character(), name=w.story.characters.order_by("-id").first().name.upper())),
    Case("character-empty-name", "characters", "an empty name", "post", CHAR_EDIT, 400,
         "A character needs a name.", _char_edit(name="  ")),
    Case("character-opinion-5", "characters", "a relationship opinion of 5 (range -1 … 1)", "post", CHAR_EDIT, 400,
         "less than or equal to 1",
         lambda w: {**character_post(w.character()),
                    f"rel_{w.story.characters.exclude(pk=w.character().pk).first().pk}_opinion": "5"}),
    Case("character-nul", "characters", "a speaking style with a NUL byte", "post", CHAR_EDIT, 400,
         "Null characters are not allowed", _char_edit(speaking_style="Clipped\x00 sentences.")),
    Case("character-stale-version", "characters", "a save based on an old version (someone saved first)",
         "post", CHAR_EDIT, 409, "", _char_edit(speaking_style="Late edit.", version="0")),
    Case("character-new-duplicate", "characters", "a new character with an existing name", "post",
         _u("/stories/{a}/characters/new/"), 400, "There is already a character called",
         lambda w: {"name": w.character().name, "talkativeness": "0.5"}),
    # --- Turns
    Case("turn-edit-empty", "turns", "a turn edited to nothing", "post", TURN_EDIT, 400, "A turn needs some text.",
         lambda w: {"content": "   ", "action": ""}),
    Case("turn-edit-long", "turns", "a turn edited to 4,001 characters", "post", TURN_EDIT, 400,
         "at most 4000 characters", lambda w: {"content": "y" * 4001, "action": ""}),
    Case("turn-edit-nul", "turns", "a turn edited with a NUL byte", "post", TURN_EDIT, 400,
         "Null characters are not allowed", lambda w: {"content": "He\x00llo.", "action": ""}),
    Case("turn-edit-heading", "turns", "edit a scene heading", "post", _u("/stories/{a}/turns/0/edit/"), 400,
         "Scene headings, markers and the ending can't be edited here.", lambda w: {"content": "INT. NOWHERE"}),
    Case("turn-edit-missing", "turns", "edit a turn that does not exist", "post", _u("/stories/{a}/turns/9999/edit/"),
         404, "", lambda w: {"content": "Hello."}),
    # --- Votes
    Case("vote-closed-poll", "votes", "vote in a closed poll", "post", _u("/stories/{a}/polls/{closed}/vote/"), 409,
         "This vote has closed.", lambda w: {"option": "0"}, who="bob"),
    Case("vote-expired-poll", "votes", "vote in a poll whose time ran out (not yet tallied)", "post", VOTE, 409,
         "This vote has closed.", lambda w: {"option": "0"}, who="bob",
         prepare=lambda w: Poll.objects.filter(pk=w.open_poll.pk).update(closes_at=timezone.now())),
    Case("vote-other-poll", "votes", "vote in story B's poll through story A", "post",
         _u("/stories/{a}/polls/{bpoll}/vote/"), 404, "", lambda w: {"option": "0"}, who="bob"),
    Case("vote-option-out-of-range", "votes", "option 3 on a 3-option ballot", "post", VOTE, 400,
         "That option is not on this ballot.", lambda w: {"option": "3"}, who="bob"),
    Case("vote-option-huge", "votes", "option 99", "post", VOTE, 400, "Choose one of the options.",
         lambda w: {"option": "99"}, who="bob"),
    Case("vote-option-negative", "votes", "option -1", "post", VOTE, 400, "Choose one of the options.",
         lambda w: {"option": "-1"}, who="bob"),
    Case("vote-option-text", "votes", "option = 'first'", "post", VOTE, 400, "Choose one of the options.",
         lambda w: {"option": "first"}, who="bob"),
    Case("vote-twice-at-once", "votes", "the same viewer votes twice at the same moment", "post", VOTE, 200, "",
         lambda w: {"option": "1"}, who="bob", concurrent=2, accepted=_one_vote, delta={"Vote": 1},
         touches=("votes",), note="one vote counted"),
    Case("ask-while-open", "votes", "ask the audience while a vote is open", "post", _u("/stories/{a}/polls/ask/"),
         409, "A vote is already open."),
    Case("close-closed-poll", "votes", "close a poll that is already closed", "post",
         _u("/stories/{a}/polls/{closed}/close/"), 404),
    # --- Suggestions
    Case("suggest-281", "suggestions", "a suggestion of 281 characters", "post", SUGGEST, 400,
         "Keep it under 280 characters (it has 281)", lambda w: {"text": "s" * 281}, who="bob"),
    Case("suggest-empty", "suggestions", "an empty suggestion", "post", SUGGEST, 400, "Write a suggestion first.",
         lambda w: {"text": " \n "}, who="bob"),
    Case("suggest-nul", "suggestions", "a suggestion with a NUL byte", "post", SUGGEST, 400,
         "Null characters are not allowed", lambda w: {"text": "What if\x00 it rains?"}, who="bob"),
    Case("suggest-4th-in-a-minute", "suggestions", "a 4th suggestion within a minute", "post", SUGGEST, 429,
         "you can suggest again in a minute", lambda w: {"text": "What if the CFO did it?"}, who="bob",
         prepare=_suggest_up_to_the_limit),
    Case("upvote-other-story", "suggestions", "upvote story B's suggestion through story A", "post",
         _u("/stories/{a}/suggestions/{bsug}/upvote/"), 404, who="bob"),
    Case("decide-decided", "suggestions", "accept a suggestion that was already dismissed", "post",
         _u("/stories/{a}/suggestions/{decided}/accept/"), 409, "That suggestion was already decided."),
    # --- People
    Case("invite-unknown", "people", "invite an editor who has no account", "post", _u("/stories/{a}/editors/"), 400,
         "There is no account called", lambda w: {"username": "nobody-by-that-name"}),
    Case("mute-self", "people", "the owner mutes herself", "post", _u("/stories/{a}/mutes/"), 400,
         "That's you: owners can't invite or mute themselves.", lambda w: {"username": "alice"}),
    # --- Character cards
    Case("card-missing", "cards", "an import with no file", "post", IMPORT, 400,
         "Choose a character card file to import.", lambda w: {}),
    Case("card-not-json", "cards", "a text file that is not JSON", "post", IMPORT, 400, "That file is not JSON",
         _card("name: Mara\nthis is not json {")),
    Case("card-binary", "cards", "a binary file (invalid UTF-8)", "post", IMPORT, 400, "That file is not JSON",
         _card_bytes(os.urandom(64).replace(b"\x89", b"\x00") + b"\xff\xfe")),
    Case("card-huge", "cards", f"a file over {MAX_CARD_BYTES // 1024} KB", "post", IMPORT, 400,
         f"That file is over {MAX_CARD_BYTES // 1024} KB",
         _card_bytes(json.dumps(_v2(description="d" * (MAX_CARD_BYTES + 10))).encode())),
    Case("card-json-list", "cards", "JSON that is a list, not a card", "post", IMPORT, 400,
         "That JSON is not a character card.", _card([1, 2, 3])),
    Case("card-wrong-spec", "cards", "JSON with an unknown spec", "post", IMPORT, 400,
         "That JSON is not a SillyTavern character card", _card({"spec": "something_else", "data": {"name": "X"}})),
    Case("card-no-data", "cards", "a V2 card without its data object", "post", IMPORT, 400, "has no data object",
         _card({"spec": "chara_card_v2", "data": "Mara"})),
    Case("card-no-name", "cards", "a V2 card without a name", "post", IMPORT, 400, "That card has no name",
         _card(_v2(name=""))),
    Case("card-name-not-text", "cards", "a V2 card whose name is a number", "post", IMPORT, 400,
         "That card has no name", _card(_v2(name=12345))),
    Case("card-long-name", "cards", "a card whose name is over 80 characters", "post", IMPORT, 400,
         "name is over 80 characters", _card(_v2(name="N" * 81))),
    Case("card-nul-name", "cards", "a card whose name holds an escaped NUL (\\u0000)", "post", IMPORT, 400, "",
         _card(_v2(name="Mara\u0000Quill"))),
    Case("card-duplicate", "cards", "a card named like a member of the cast", "post", IMPORT, 400,
         "There is already a character called",
         lambda w: _card(_v2(name=w.character().name.lower()))(w)),
    Case("card-png-without-card", "cards", "a PNG without a card in it", "post", IMPORT, 400,
         "That image holds no character card.", _card_bytes(_png([(b"tEXt", b"Comment\x00hello")]), "card.png")),
    # --- The token budget
    Case("budget-negative", "budget", "token_budget = -1", "post", BUDGET, 400, "The budget is a whole number",
         lambda w: {"token_budget": "-1"}),
    Case("budget-huge", "budget", f"token_budget over {MAX_TOKEN_BUDGET:,}", "post", BUDGET, 400,
         "The budget is a whole number", lambda w: {"token_budget": str(MAX_TOKEN_BUDGET + 1)}),
    Case("budget-text", "budget", "token_budget = lots", "post", BUDGET, 400, "The budget is a whole number",
         lambda w: {"token_budget": "lots"}),
    Case("budget-missing", "budget", "no token_budget", "post", BUDGET, 400, "Give a number of tokens",
         lambda w: {}),
    # --- Query strings
    Case("after-text", "query strings", "turns/?after=abc", "get", _u("/stories/{a}/turns/?after=abc"), 400),
    Case("after-float", "query strings", "turns/?after=1e3", "get", _u("/stories/{a}/turns/?after=1e3"), 400),
    Case("since-text", "query strings", "turns/?since=yesterday", "get", _u("/stories/{a}/turns/?since=yesterday"),
         400),
    Case("since-out-of-range", "query strings", "turns/?since=10^17 (a year out of range)", "get",
         _u("/stories/{a}/turns/?since=99999999999999999"), 400),
    Case("before-text", "query strings", "turns/?before=xyz", "get", _u("/stories/{a}/turns/?before=xyz"), 400),
    Case("trace-turn-text", "query strings", "trace/?turn=abc", "get", _u("/stories/{a}/trace/?turn=abc"), 400),
    Case("trace-turn-negative", "query strings", "trace/?turn=-1", "get", _u("/stories/{a}/trace/?turn=-1"), 400),
    Case("trace-call-other-story", "query strings", "story B's LLM call through story A's trace", "get",
         _u("/stories/{a}/trace/{bcall}/"), 404),
    Case("card-export-other-story", "query strings", "story B's character card through story A", "get",
         _u("/stories/{a}/cards/{bchar}.json"), 404),
    Case("export-unknown", "query strings", "export.docx (an unknown format)", "get",
         _u("/stories/{a}/export.docx"), 404),
    Case("export-wrong-case", "query strings", "export.JSON (formats are lower case)", "get",
         _u("/stories/{a}/export.JSON"), 404),
    # --- Methods
    Case("get-pacing", "methods", "GET on the pacing form's POST endpoint", "get", PACING, 405),
    Case("get-vote", "methods", "GET on a vote", "get", VOTE, 405, who="bob"),
    Case("get-suggest", "methods", "GET on suggestions", "get", SUGGEST, 405, who="bob"),
    Case("get-card-import", "methods", "GET on the card import", "get", IMPORT, 405),
    Case("get-budget", "methods", "GET on the budget", "get", BUDGET, 405),
    Case("get-start", "methods", "GET on start", "get", _u("/stories/{a}/start/"), 405),
    Case("get-retire", "methods", "GET on retire", "get", _u("/stories/{a}/characters/{char}/retire/"), 405),
    Case("put-room", "methods", "PUT on the room", "put", _u("/stories/{a}/"), 405),
    Case("delete-delete", "methods", "DELETE on the delete page", "delete", _u("/stories/{a}/delete/"), 405),
    Case("post-export", "methods", "POST on an export", "post", _u("/stories/{a}/export.json"), 405),
]


def _send(w: World, case: Case):
    client = w.clients[case.who]
    url = case.url(w)
    data = case.data(w) if case.data else None
    if case.content_type:
        return getattr(client, case.method)(url, data, content_type=case.content_type)
    if data is None:
        return getattr(client, case.method)(url)
    return getattr(client, case.method)(url, data)


def _send_at_once(w: World, case: Case) -> list:
    """`case.concurrent` requests from separate clients (and database connections) at one moment."""
    barrier = threading.Barrier(case.concurrent)
    responses, errors = [], []
    user = {"alice": w.alice, "bob": w.bob}[case.who]

    def one() -> None:
        client = Client(raise_request_exception=False)
        client.force_login(user)
        try:
            barrier.wait(timeout=10)
            responses.append(getattr(client, case.method)(case.url(w), case.data(w) if case.data else {}))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=one) for _ in range(case.concurrent)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not errors, errors
    return responses


def _params():
    for case in CASES:
        # Concurrent requests need their own committed data: a transactional test for those.
        marks = [pytest.mark.django_db(transaction=case.concurrent > 1)]
        if case.bug:
            marks.append(pytest.mark.xfail(reason=f"app bug: {case.bug}", strict=True))
        yield pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_bad_input(case: Case, world: World, request):
    if case.prepare:
        case.prepare(world)
    before = world.state()
    started = time.monotonic()
    responses = _send_at_once(world, case) if case.concurrent > 1 else [_send(world, case)]
    elapsed_ms = round((time.monotonic() - started) * 1000)
    after = world.state()
    statuses = [r.status_code for r in responses]
    body = html.unescape(responses[0].content.decode("utf-8", errors="replace"))
    changed = {k: after["counts"][k] - before["counts"][k] for k in before["counts"]
               if before["counts"][k] != after["counts"][k]}

    problems = []
    if statuses != [case.status] * len(statuses):
        problems.append(f"got {', '.join(map(str, statuses))}, want {case.status}")
    if case.message and case.message not in body:
        problems.append(f"the reply does not say “{case.message}”")
    if changed != case.delta:
        problems.append(f"row counts changed by {changed}, want {case.delta}")
    touched = [f"{table} of story {story}" for story in ("A", "B") for table, rows in before[story].items()
               if after[story][table] != rows and table not in case.touches]
    if touched:
        problems.append(f"changed {', '.join(touched)}")
    if not problems and case.accepted:
        try:
            case.accepted(world, responses if case.concurrent > 1 else responses[0])
        except AssertionError as exc:
            problems.append(f"accepted, but not stored as sent: {exc}")

    if problems:
        outcome = ("KNOWN BUG, still there: " if case.bug else "FAILED: ") + "; ".join(problems)[:300]
    elif case.accepted:
        outcome = f"{case.status}: accepted, stored exactly" + (f", {case.note}" if case.note else "")
    else:
        outcome = f"{case.status}" + (f" “{case.message}”" if case.message else "") + ", nothing stored"
    figures = {"status": statuses[0] if len(statuses) == 1 else statuses,
               "rows_changed": sum(abs(n) for n in changed.values()), "ms": elapsed_ms,
               "database": connection.vendor}
    if case.bug:
        figures["known_bug"] = case.bug
    record(f"bad input: {case.area}", case.what, outcome, request.node.nodeid, figures)
    assert not problems, f"{case.what}: " + "\n".join(problems) + f"\n{responses[0].content[:400]!r}"


def test_the_table_is_big_enough():
    assert len(CASES) >= 40
    assert len({c.id for c in CASES}) == len(CASES)
