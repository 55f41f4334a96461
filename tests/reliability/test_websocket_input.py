"""Bad input on the room socket, against a real Daphne (not only WebsocketCommunicator)."""

import json

import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

from stories.models import Story
from tests.conftest import make_story
from tests.servers import server_env, start_daphne, wait_until

pytestmark = [pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module")
def daphne(django_db_setup, django_db_blocker):
    proc, port = start_daphne(server_env(), name="ws-input")
    yield port
    proc.stop()


@pytest.fixture
def rooms(alice):
    public = make_story(alice, start=False)
    private = make_story(alice, start=False, visibility=Story.Visibility.PRIVATE)
    return public, private


def _open(port: int, story_id: int, origin: str | None = "http://127.0.0.1"):
    kwargs = {"open_timeout": 5, "close_timeout": 2}
    if origin is not None:
        kwargs["origin"] = origin
    return connect(f"ws://127.0.0.1:{port}/ws/stories/{story_id}/", **kwargs)


def _closed_code(ws, timeout: float = 5) -> int | str | None:
    """The close code the server sent, "dropped" if it cut the connection, None if still open."""
    try:
        while True:
            ws.recv(timeout=timeout)
    except ConnectionClosed as closed:
        return closed.rcvd.code if closed.rcvd else "dropped"
    except TimeoutError:
        return None


def test_non_json_and_unknown_types_are_ignored_and_the_socket_stays_open(daphne, rooms):
    with _open(daphne, rooms[0].pk) as ws:
        ws.send("this is not json")
        ws.send(json.dumps({"type": "vote", "option": 1}))
        ws.send(json.dumps(["a", "list"]))
        ws.send(json.dumps({"type": "ping"}))
        assert _closed_code(ws, timeout=1) is None, "harmless junk must not cost a viewer their socket"


def test_a_frame_over_64_kb_closes_the_socket(daphne, rooms):
    with _open(daphne, rooms[0].pk) as ws:
        ws.send("x" * (64 * 1024 + 1))
        # Daphne's --websocket-max-frame-size (the consumer checks the size too) cuts it off.
        assert _closed_code(ws) in (1009, "dropped")


def test_a_flood_is_closed_politely(daphne, rooms):
    with _open(daphne, rooms[0].pk) as ws:
        for _ in range(40):
            try:
                ws.send(json.dumps({"type": "ping"}))
            except ConnectionClosed:
                break
        assert _closed_code(ws) == 4429


@pytest.mark.parametrize("case", ["missing room", "private room", "no origin", "foreign origin"])
def test_the_handshake_is_refused(daphne, rooms, case):
    story_id = 999999 if case == "missing room" else rooms[1].pk if case == "private room" else rooms[0].pk
    origin = {"no origin": None, "foreign origin": "http://evil.example"}.get(case, "http://127.0.0.1")
    with pytest.raises((InvalidStatus, ConnectionClosed)):
        with _open(daphne, story_id, origin=origin) as ws:
            ws.recv(timeout=3)  # a refused handshake never gets here


@pytest.mark.skipif("not __import__('django.conf').conf.settings.REDIS_URL", reason="the Redis layer")
def test_a_fragment_over_64_kb_still_reaches_the_viewers(daphne, rooms):
    """Only what viewers send is capped at 64 KB (Daphne's --websocket-max-frame-size, and the
    consumer): a new scene's fragment carries the whole cast and can be larger than that."""
    from stories import broadcast

    big = '<div id="scene-panel" hx-swap-oob="true">' + "The rain keeps falling on the lab. " * 6000 + "</div>"
    assert len(big) > 200_000
    with _open(daphne, rooms[0].pk) as ws:
        def sent_and_received() -> str | None:
            broadcast.send(rooms[0].pk, "story.turn_added", big)  # again until the room has joined
            try:
                while (message := ws.recv(timeout=0.5)) != big:
                    pass
                return message
            except TimeoutError:
                return None

        got = wait_until(sent_and_received, timeout=10, interval=0, message="the big fragment to reach the viewer")
        assert got == big
