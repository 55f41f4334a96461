"""Who is in a room: expiring heartbeats per connection, kept in the cache.

Redis when REDIS_URL is set (shared by every Daphne process), process memory otherwise.
Several tabs of one person count once.
"""

import json
import threading
import time

from django.conf import settings
from django.core.cache import cache

_local: dict[int, dict[str, dict]] = {}
_lock = threading.Lock()


def _key(story_id: int) -> str:
    return cache.make_key(f"presence:{story_id}")  # honours the cache's KEY_PREFIX


def _redis():
    return cache._cache.get_client(write=True)  # django's RedisCache exposes its redis-py client


def touch(story_id: int, channel: str, user) -> None:
    entry = {"user": user.pk if user.is_authenticated else None,
             "name": user.username if user.is_authenticated else "", "seen": time.time()}
    if settings.REDIS_URL:
        client = _redis()
        client.hset(_key(story_id), channel, json.dumps(entry))
        client.expire(_key(story_id), settings.MOVIESIM_PRESENCE_TTL * 4)
    else:
        with _lock:
            _local.setdefault(story_id, {})[channel] = entry


def leave(story_id: int, channel: str) -> None:
    if settings.REDIS_URL:
        _redis().hdel(_key(story_id), channel)
    else:
        with _lock:
            _local.get(story_id, {}).pop(channel, None)


def snapshot(story_id: int) -> dict:
    """{'watching': n, 'names': [...], 'anonymous': n}: expired heartbeats are dropped."""
    cutoff = time.time() - settings.MOVIESIM_PRESENCE_TTL
    if settings.REDIS_URL:
        client = _redis()
        raw = client.hgetall(_key(story_id))
        entries = {k.decode() if isinstance(k, bytes) else k: json.loads(v) for k, v in raw.items()}
        stale = [k for k, e in entries.items() if e["seen"] < cutoff]
        if stale:
            client.hdel(_key(story_id), *stale)
    else:
        with _lock:
            room = _local.get(story_id, {})
            for k in [k for k, e in room.items() if e["seen"] < cutoff]:
                room.pop(k)
            entries = dict(room)
    live = [e for e in entries.values() if e["seen"] >= cutoff]
    users = {e["user"]: e["name"] for e in live if e["user"] is not None}
    anonymous = sum(1 for e in live if e["user"] is None)
    return {"watching": len(users) + anonymous, "names": sorted(users.values(), key=str.lower),
            "anonymous": anonymous}
