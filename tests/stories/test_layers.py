"""The Redis layer: a fragment sent from a plain thread reaches the room, and a Redis that is
gone holds the sender only a moment."""

import asyncio
import threading
import time

import pytest

from stories import broadcast

needs_redis = pytest.mark.skipif("not __import__('django.conf').conf.settings.REDIS_URL",
                                 reason="the Redis layer (distributed mode)")


@needs_redis
def test_a_fragment_sent_from_a_plain_thread_reaches_the_group_through_redis_without_a_loop():
    from channels.layers import get_channel_layer

    layer = get_channel_layer()
    received = []

    async def listen():
        channel = await layer.new_channel()
        await layer.group_add("story-4242", channel)
        await asyncio.sleep(0.1)  # subscribed
        for i in range(3):  # from a plain thread, in order
            await asyncio.to_thread(broadcast.send, 4242, "story.turn_added", f"<p>{i}</p>")
        for _ in range(3):
            received.append(await asyncio.wait_for(layer.receive(channel), 5))
        await layer.group_discard("story-4242", channel)

    asyncio.run(listen())
    assert [m["html"] for m in received] == ["<p>0</p>", "<p>1</p>", "<p>2</p>"]
    assert threading.active_count() < 50


def test_a_redis_that_is_gone_holds_a_send_only_a_moment_and_the_send_is_dropped(caplog, monkeypatch):
    import redis

    from stories.layers import PUBLISH_TIMEOUT, RoomChannelLayer

    gone = RoomChannelLayer(hosts=["redis://127.0.0.1:1/0"], prefix="t")
    started = time.monotonic()
    with pytest.raises(redis.exceptions.ConnectionError):
        gone.group_send_now("story-1", {"type": "story.turn_added", "html": "<p>x</p>"})
    assert time.monotonic() - started < 4 * PUBLISH_TIMEOUT + 1
    monkeypatch.setattr(broadcast, "get_channel_layer", lambda: gone)
    broadcast.send(1, "story.turn_added", "<p>x</p>")  # logged, not raised: the page catches up
    assert "broadcast to story 1 failed" in caplog.text
    sentinel = RoomChannelLayer(hosts=[{"master_name": "m", "sentinels": [("127.0.0.1", 1)]}])
    assert sentinel.group_send_now("story-1", {"type": "x"}) is False, "left to group_send"
