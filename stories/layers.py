"""The channel layer for distributed mode: channels_redis's pub/sub layer, plus one promise
and one shortcut.

The shortcut: a fragment sent from a plain thread (a worker's step, a request) is published
with a plain redis-py client (`group_send_now`), without an event loop to hop to.

The promise: pub/sub delivers at most once: while a Daphne process's Redis connection is down (a Redis
restart, a network blip), what is published is gone, and redis-py then reconnects and
subscribes again on its own, so a socket would stay open but have missed fragments, and its
page would not know. This layer notices the reconnection and hands every consumer in the
process a `layer.reconnected` event; the room consumer then closes its socket with 1012
(service restart), the page reconnects and catches up on what it missed, as after any drop.
"""

import logging

import redis
from channels_redis.pubsub import RedisPubSubChannelLayer
from channels_redis.utils import _consistent_hash, decode_hosts
from redis.backoff import NoBackoff
from redis.retry import Retry

log = logging.getLogger(__name__)
RECONNECTED = {"type": "layer.reconnected"}
PUBLISH_TIMEOUT = 0.5  # seconds: a slow or unreachable Redis holds a sender no longer than this


class RoomChannelLayer(RedisPubSubChannelLayer):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._hosts = decode_hosts(kwargs.get("hosts", args[0] if args else None))
        self._sync_clients: dict[int, redis.Redis | None] = {}  # per shard; redis-py's pools reconnect after a fork

    def group_send_now(self, group: str, message: dict) -> bool:
        """`group_send` from a plain thread (a worker's step, a request): one PUBLISH on a plain
        redis-py client of this process, to the channel and shard `group_send` would use, and
        no event loop to hop to. (A loop in another thread cost a step that followed at once
        more than the publish itself: the two threads took turns with the GIL. bench/README.md)
        Returns False for hosts it can't reach this way (Sentinel): use `group_send` then."""
        channel = f"{self._kwargs.get('prefix', 'asgi')}__group__{group}"
        client = self._client(_consistent_hash(channel, len(self._hosts)))  # group_send's own choice
        if client is None:
            return False
        client.publish(channel, self.serialize(message))
        return True

    def _client(self, shard: int) -> redis.Redis | None:
        clients = self._sync_clients
        if shard not in clients:
            host = dict(self._hosts[shard])
            options = {"socket_timeout": PUBLISH_TIMEOUT, "socket_connect_timeout": PUBLISH_TIMEOUT,
                       "retry": Retry(NoBackoff(), 1)}  # once more on a fresh connection: Redis restarted
            if "address" in host:
                clients[shard] = redis.Redis.from_url(host.pop("address"), **host, **options)
            elif "master_name" in host:
                clients[shard] = None
            else:
                clients[shard] = redis.Redis(**host, **options)
        return clients[shard]

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
