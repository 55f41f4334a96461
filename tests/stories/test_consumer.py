"""The room socket relays each turn's fragment, rendered once for everyone."""

import pytest
from channels.auth import AuthMiddlewareStack
from channels.db import database_sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator

from stories import broadcast
from stories.engine.step import advance_story
from stories.models import Story
from stories.routing import websocket_urlpatterns
from tests.conftest import make_story

app = AuthMiddlewareStack(URLRouter(websocket_urlpatterns))


async def _connect(story_id: int) -> WebsocketCommunicator:
    communicator = WebsocketCommunicator(app, f"/ws/stories/{story_id}/")
    connected, _ = await communicator.connect()
    assert connected
    return communicator


@pytest.mark.django_db(transaction=True)
async def test_three_viewers_receive_the_new_turn_rendered_once(monkeypatch):
    owner = await database_sync_to_async(_user)("alice")
    story = await database_sync_to_async(make_story)(owner, turns=10)
    viewers = [await _connect(story.pk) for _ in range(3)]
    renders = []
    real_render = broadcast.render_turns

    def counting_render(*args, **kwargs):
        html = real_render(*args, **kwargs)
        renders.append(html)
        return html

    monkeypatch.setattr(broadcast, "render_turns", counting_render)
    assert await database_sync_to_async(advance_story)(story.pk, force=True) == "turn"
    received = [await v.receive_from(timeout=5) for v in viewers]
    assert len(renders) == 1, "the fragment must be rendered once per event, not per viewer"
    assert received[0] == received[1] == received[2] == renders[0]
    assert 'id="turn-0"' in received[0]
    assert 'hx-swap-oob="beforeend:#transcript"' in received[0]
    assert "csrf" not in received[0].lower()
    for v in viewers:
        await v.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_a_private_room_refuses_outsiders():
    owner = await database_sync_to_async(_user)("alice")
    story = await database_sync_to_async(make_story)(owner, visibility=Story.Visibility.PRIVATE, start=False)
    communicator = WebsocketCommunicator(app, f"/ws/stories/{story.pk}/")
    connected, _ = await communicator.connect()
    assert not connected
    missing = WebsocketCommunicator(app, "/ws/stories/999999/")
    connected, _ = await missing.connect()
    assert not connected


@pytest.mark.django_db(transaction=True)
async def test_the_socket_ignores_anything_but_pings():
    owner = await database_sync_to_async(_user)("alice")
    story = await database_sync_to_async(make_story)(owner, start=False)
    viewer = await _connect(story.pk)
    await viewer.send_to(text_data="not json")
    await viewer.send_to(text_data='{"type": "pause"}')
    assert await viewer.receive_nothing(timeout=0.2)
    await viewer.send_to(text_data='{"type": "ping"}')
    assert "pong" in await viewer.receive_from(timeout=2)
    await viewer.disconnect()


def _user(name):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user(name, password="correct horse battery")
