"""The room socket relays each turn's fragment, rendered once for everyone."""

import pytest
from channels.auth import AuthMiddlewareStack
from channels.db import database_sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator

from stories import broadcast
from stories.models import Story
from stories.routing import websocket_urlpatterns
from tests.conftest import advance, make_story, make_user

app = AuthMiddlewareStack(URLRouter(websocket_urlpatterns))

pytestmark = pytest.mark.usefixtures("memory_layer")


async def _connect(story_id: int) -> WebsocketCommunicator:
    communicator = WebsocketCommunicator(app, f"/ws/stories/{story_id}/")
    connected, _ = await communicator.connect()
    assert connected
    return communicator


async def _next_turn_fragment(viewer: WebsocketCommunicator) -> str:
    """Skip presence updates (viewers arriving) until a turn fragment comes."""
    for _ in range(10):
        message = await viewer.receive_from(timeout=5)
        if 'id="turn-' in message:
            return message
        assert 'id="presence"' in message or 'id="typing"' in message
    raise AssertionError("no turn fragment arrived")


@pytest.mark.django_db(transaction=True)
async def test_three_viewers_receive_the_new_turn_rendered_once(monkeypatch):
    owner = await database_sync_to_async(make_user)("alice")
    story = await database_sync_to_async(make_story)(owner, turns=10)
    viewers = [await _connect(story.pk) for _ in range(3)]
    renders = []
    real_render = broadcast.render_new_turns

    def counting_render(*args, **kwargs):
        html = real_render(*args, **kwargs)
        renders.append(html)
        return html

    monkeypatch.setattr(broadcast, "render_new_turns", counting_render)
    assert await database_sync_to_async(advance)(story.pk, force=True) == "turn"
    received = [await _next_turn_fragment(v) for v in viewers]
    assert len(renders) == 1, "the fragment must be rendered once per event, not per viewer"
    assert received[0] == received[1] == received[2] == renders[0]
    assert 'id="turn-0"' in received[0]
    assert 'hx-swap-oob="beforeend:#transcript"' in received[0]
    assert "csrf" not in received[0].lower()
    for v in viewers:
        await v.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_a_private_room_refuses_outsiders():
    owner = await database_sync_to_async(make_user)("alice")
    story = await database_sync_to_async(make_story)(owner, visibility=Story.Visibility.PRIVATE, start=False)
    communicator = WebsocketCommunicator(app, f"/ws/stories/{story.pk}/")
    connected, _ = await communicator.connect()
    assert not connected
    missing = WebsocketCommunicator(app, "/ws/stories/999999/")
    connected, _ = await missing.connect()
    assert not connected


@pytest.mark.django_db(transaction=True)
async def test_the_socket_ignores_anything_but_pings():
    owner = await database_sync_to_async(make_user)("alice")
    story = await database_sync_to_async(make_story)(owner, start=False)
    viewer = await _connect(story.pk)
    assert 'id="presence"' in await viewer.receive_from(timeout=2)  # its own arrival
    await viewer.send_to(text_data="not json")
    await viewer.send_to(text_data='{"type": "pause"}')
    await viewer.send_to(text_data='{"type": "ping"}')  # a heartbeat that changes nothing sends nothing
    assert await viewer.receive_nothing(timeout=0.3)
    await viewer.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_presence_counts_people_once_across_tabs():
    owner = await database_sync_to_async(make_user)("alice")
    story = await database_sync_to_async(make_story)(owner, start=False)
    alice_tabs = []
    for _ in range(2):
        tab = WebsocketCommunicator(URLRouter(websocket_urlpatterns), f"/ws/stories/{story.pk}/")
        tab.scope["user"] = owner  # signed in (the router without the session middleware keeps it)
        assert (await tab.connect())[0]
        alice_tabs.append(tab)
    guest = await _connect(story.pk)
    latest = ""
    while not await guest.receive_nothing(timeout=0.3):
        latest = await guest.receive_from()
    assert "2 watching" in latest and "alice" in latest and "1 guest" in latest
    await alice_tabs[0].disconnect()
    await alice_tabs[1].disconnect()
    assert "1 watching" in await guest.receive_from(timeout=2)
    await guest.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_relaying_a_fragment_takes_no_thread_hop_and_no_database_work(monkeypatch):
    """Channels' dispatch would close stale DB connections in a thread before every message."""
    owner = await database_sync_to_async(make_user)("alice")
    story = await database_sync_to_async(make_story)(owner, start=False)
    viewer = await _connect(story.pk)
    while not await viewer.receive_nothing(timeout=0.2):
        await viewer.receive_from()  # its own arrival
    hops = []
    import channels.db

    real = channels.db.close_old_connections
    monkeypatch.setattr(channels.db, "close_old_connections", lambda **kw: (hops.append(1), real(**kw)))
    from asgiref.sync import sync_to_async

    for n in range(20):
        await sync_to_async(broadcast.send)(story.pk, "story.typing", f"<p>fragment {n}</p>")
    assert [await viewer.receive_from(timeout=2) for _ in range(20)] == [f"<p>fragment {n}</p>" for n in range(20)]
    assert hops == [], "the relay must stay on the event loop"
    await viewer.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_a_crowd_arriving_is_announced_a_few_times_not_once_per_person(settings):
    settings.MOVIESIM_PRESENCE_COALESCE = 0.3
    owner = await database_sync_to_async(make_user)("alice")
    story = await database_sync_to_async(make_story)(owner, start=False)
    first = await _connect(story.pk)
    crowd = [await _connect(story.pk) for _ in range(24)]
    announcements = []
    while not await first.receive_nothing(timeout=0.8):
        announcements.append(await first.receive_from())
    assert all('id="presence"' in a for a in announcements)
    assert 1 <= len(announcements) <= 4, f"{len(announcements)} announcements for 25 arrivals"
    assert "25 watching" in announcements[-1]
    for viewer in crowd[:10]:
        await viewer.disconnect()
    assert "15 watching" in await first.receive_from(timeout=2)
    assert await first.receive_nothing(timeout=0.8), "ten departures, one announcement"
    for viewer in [first, *crowd[10:]]:
        await viewer.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_a_room_is_one_member_of_its_group_however_many_watch():
    """Fragments are received once per server process and written to each socket from there."""
    from channels.layers import get_channel_layer

    owner = await database_sync_to_async(make_user)("alice")
    story = await database_sync_to_async(make_story)(owner, start=False)
    layer = get_channel_layer()
    viewers = [await _connect(story.pk) for _ in range(5)]
    assert len(layer.groups[broadcast.group_name(story.pk)]) == 1
    from asgiref.sync import sync_to_async

    await sync_to_async(broadcast.send)(story.pk, "story.typing", "<p>once</p>")
    for viewer in viewers:
        message = await viewer.receive_from(timeout=2)
        while 'id="presence"' in message:
            message = await viewer.receive_from(timeout=2)
        assert message == "<p>once</p>"
    for viewer in viewers:
        await viewer.disconnect()
    assert not layer.groups.get(broadcast.group_name(story.pk)), "the last one out closes the room"
