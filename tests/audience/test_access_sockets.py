"""Access changes reach open sockets: a removed editor's socket on a private room is closed at
once (the owner's keeps receiving), a room made private closes its anonymous viewers, and the
removed editor's next POST is refused."""

import asyncio

import pytest
from channels.db import database_sync_to_async

from characters.models import Character
from stories import actions, broadcast
from stories.models import Editor, Story
from tests.audience.test_permissions import character_post, try_connect
from tests.conftest import advance, make_story, make_user, signed_in

CLOSE_FORBIDDEN = 4403

pytestmark = pytest.mark.usefixtures("memory_layer")


def _room(visibility: str):
    alice, bob, edna = make_user("alice"), make_user("bob"), make_user("edna")
    story = make_story(alice, visibility=visibility, turns=20)
    assert advance(story.pk, force=True) == "turn"  # cast: turn 0
    Editor.objects.create(story=story, user=edna, added_by=alice)
    return story, alice, bob, edna


def _post_as(user, url: str, data: dict | None = None) -> int:
    return signed_in(user).post(url, data or {}).status_code


async def connect(story_id: int, user):
    connected, communicator = await try_connect(story_id, user)
    assert connected
    return communicator


async def until_closed(communicator, timeout: float = 5.0) -> dict:
    """Skip relayed fragments (presence, status) until the server closes the socket."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        remaining = deadline - loop.time()
        assert remaining > 0, "the socket was never closed"
        message = await communicator.receive_output(timeout=remaining)
        if message["type"] == "websocket.close":
            return message
        assert 'id="turn-' not in message.get("text", ""), "a turn reached a socket that lost access"


async def until_turn(communicator, index: int, timeout: float = 5.0) -> str:
    """Skip other fragments until the one carrying turn `index`; the socket must stay open."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        remaining = deadline - loop.time()
        assert remaining > 0, f"turn {index} never arrived"
        message = await communicator.receive_output(timeout=remaining)
        assert message["type"] != "websocket.close", f"this socket must stay open, got {message}"
        if f'id="turn-{index}"' in message.get("text", ""):
            return message["text"]


async def gets_no_turns(communicator) -> None:
    """After its close, a socket gets no more of the story. (A fragment already queued for it when
    it lost access, e.g. a presence update, may still trail the close: the server drops those.)"""
    while not await communicator.receive_nothing(timeout=0.3):
        message = await communicator.receive_output(timeout=1)
        assert 'id="turn-' not in message.get("text", ""), "a socket that lost access still receives turns"


async def still_open_and_quiet_about_turns(communicator) -> None:
    """Nothing but non-turn fragments, and no close, in a short while."""
    while not await communicator.receive_nothing(timeout=0.3):
        message = await communicator.receive_output(timeout=1)
        assert message["type"] != "websocket.close"
        assert 'id="turn-' not in message.get("text", "")


@pytest.mark.django_db(transaction=True)
async def test_a_removed_editor_is_cut_off_while_the_owner_keeps_watching():
    story, alice, bob, edna = await database_sync_to_async(_room)(Story.Visibility.PRIVATE)
    owner = await connect(story.pk, alice)
    editor = await connect(story.pk, edna)
    # Both receive the live transcript before the change.
    assert await database_sync_to_async(advance)(story.pk, force=True) == "turn"
    await until_turn(owner, 1)
    await until_turn(editor, 1)

    status = await database_sync_to_async(_post_as)(alice, f"/stories/{story.pk}/editors/{edna.pk}/remove/")
    assert status == 200
    closed = await until_closed(editor)
    assert closed.get("code") == CLOSE_FORBIDDEN

    # The owner's socket stays open and still receives the next turn; the editor's gets nothing more.
    assert await database_sync_to_async(advance)(story.pk, force=True) == "turn"
    html = await until_turn(owner, 2)
    assert 'hx-swap-oob="beforeend:#transcript"' in html
    await gets_no_turns(editor)

    # Their next request is refused (a private room is not even admitted to exist) and changes nothing.
    character = await database_sync_to_async(lambda: story.characters.order_by("id").first())()
    data = await database_sync_to_async(character_post)(character, speaking_style="Edna was here.")
    status = await database_sync_to_async(_post_as)(edna, f"/stories/{story.pk}/characters/{character.pk}/edit/",
                                                     data)
    assert status in (403, 404)
    fresh = await database_sync_to_async(Character.objects.get)(pk=character.pk)
    assert fresh.speaking_style != "Edna was here." and fresh.version == character.version
    # And they cannot come back in.
    connected, _ = await try_connect(story.pk, edna)
    assert not connected
    await owner.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_an_action_level_removal_broadcast_also_closes_the_socket():
    """The same through the actions: remove_editor, then the access_changed broadcast."""
    story, alice, bob, edna = await database_sync_to_async(_room)(Story.Visibility.PRIVATE)
    owner = await connect(story.pk, alice)
    editor = await connect(story.pk, edna)

    def remove() -> None:
        actions.remove_editor(story, edna)
        broadcast.access_changed(story.pk)

    await database_sync_to_async(remove)()
    await until_closed(editor)
    await still_open_and_quiet_about_turns(owner)
    await owner.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_a_removed_editor_of_a_public_room_gets_403():
    story, alice, bob, edna = await database_sync_to_async(_room)(Story.Visibility.PUBLIC)
    character = await database_sync_to_async(lambda: story.characters.order_by("id").first())()
    status = await database_sync_to_async(_post_as)(alice, f"/stories/{story.pk}/editors/{edna.pk}/remove/")
    assert status == 200
    data = await database_sync_to_async(character_post)(character, speaking_style="Edna was here.")
    status = await database_sync_to_async(_post_as)(edna, f"/stories/{story.pk}/characters/{character.pk}/edit/",
                                                     data)
    assert status == 403
    fresh = await database_sync_to_async(Character.objects.get)(pk=character.pk)
    assert fresh.speaking_style != "Edna was here."


@pytest.mark.django_db(transaction=True)
async def test_making_a_room_private_closes_the_sockets_of_those_who_may_no_longer_watch():
    story, alice, bob, edna = await database_sync_to_async(_room)(Story.Visibility.PUBLIC)
    anonymous = [await connect(story.pk, None) for _ in range(2)]
    outsider = await connect(story.pk, bob)
    owner = await connect(story.pk, alice)
    editor = await connect(story.pk, edna)

    status = await database_sync_to_async(_post_as)(alice, f"/stories/{story.pk}/visibility/",
                                                    {"visibility": "private"})
    assert status == 302
    for communicator in (*anonymous, outsider):
        closed = await until_closed(communicator)
        assert closed.get("code") == CLOSE_FORBIDDEN

    assert await database_sync_to_async(advance)(story.pk, force=True) == "turn"
    await until_turn(owner, 1)
    await until_turn(editor, 1)
    for communicator in (*anonymous, outsider):
        await gets_no_turns(communicator)
    connected, _ = await try_connect(story.pk, None)
    assert not connected
    await owner.disconnect()
    await editor.disconnect()
