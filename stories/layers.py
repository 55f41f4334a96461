"""The channel layer for distributed mode: channels_redis's pub/sub layer, plus one promise.

Pub/sub delivers at most once: while a Daphne process's Redis connection is down (a Redis
restart, a network blip), what is published is gone, and redis-py then reconnects and
subscribes again on its own, so a socket would stay open but have missed fragments, and its
page would not know. This layer notices the reconnection and hands every consumer in the
process a `layer.reconnected` event; the room consumer then closes its socket with 1012
(service restart), the page reconnects and catches up on what it missed, as after any drop.
"""

import logging

from channels_redis.pubsub import RedisPubSubChannelLayer

log = logging.getLogger(__name__)
RECONNECTED = {"type": "layer.reconnected"}


class RoomChannelLayer(RedisPubSubChannelLayer):
    def _get_layer(self):
        layer = super()._get_layer()
        for shard in layer._shards:
            if not getattr(shard, "_watched", False):
                shard._watched = True
                shard._ensure_redis = _watching(shard, shard._ensure_redis)
        return layer


def _watching(shard, ensure_redis):
    """Wrap the shard's lazy client set-up so its pub/sub connection reports each reconnection."""

    def ensure() -> None:
        fresh = shard._pubsub is None
        ensure_redis()
        if fresh and shard._pubsub is not None:
            shard._watch = _Watch(shard)  # held here: the connection keeps only a weak reference
            shard._pubsub.on_connect = shard._watch.on_connect

    return ensure


class _Watch:
    """redis-py calls the pub/sub's `on_connect` when its connection is made again (not the first
    time: the pool hands over a connected one), and that re-subscribes to every channel."""

    def __init__(self, shard):
        self.shard = shard
        self.resubscribe = shard._pubsub.on_connect

    async def on_connect(self, connection) -> None:
        await self.resubscribe(connection)
        _tell_everyone(self.shard.channel_layer)


def _tell_everyone(layer) -> None:
    log.warning("Redis pub/sub connection was re-established: asking %s sockets to reconnect", len(layer.channels))
    message = layer.channel_layer.serialize(RECONNECTED)
    for queue in list(layer.channels.values()):
        queue.put_nowait(message)
