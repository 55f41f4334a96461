"""Who is in a room: expiring heartbeats per connection, kept in the cache.

Redis when REDIS_URL is set (shared by every Daphne process), process memory otherwise.
Several tabs of one person count once.

A heartbeat only refreshes its entry. Arrivals and departures mark the room's count as
changed, and the count is announced at most once per `MOVIESIM_PRESENCE_COALESCE` seconds
per room, across all server processes: 500 people arriving at once cost a handful of
announcements, not 500 fragments to each of them.
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


def touch(story_id: int, channel: str, user) -> bool:
    """Refresh this connection's heartbeat. True when it is new (someone arrived)."""
    entry = {"user": user.pk if user.is_authenticated else None,
             "name": user.username if user.is_authenticated else "", "seen": time.time()}
    if settings.REDIS_URL:
        client = _redis()
        with client.pipeline(transaction=False) as pipe:
            pipe.hset(_key(story_id), channel, json.dumps(entry))
            pipe.expire(_key(story_id), settings.MOVIESIM_PRESENCE_TTL * 4)
            added, _ = pipe.execute()
        return bool(added)
    with _lock:
        room = _local.setdefault(story_id, {})
        added = channel not in room
        room[channel] = entry
    return added


def leave(story_id: int, channel: str) -> bool:
    """Forget this connection. True when it was there."""
    if settings.REDIS_URL:
        return bool(_redis().hdel(_key(story_id), channel))
    with _lock:
        return _local.get(story_id, {}).pop(channel, None) is not None


def note(story_id: int, channel: str, user, *, here: bool) -> bool:
    """Record a heartbeat, an arrival (`here`) or a departure. True when the caller should
    schedule an announcement of the count: the count changed (or a periodic check for expired
    heartbeats is due) and no announcement is pending for this room."""
    changed = touch(story_id, channel, user) if here else leave(story_id, channel)
    if not changed and not cache.add(f"presence-sweep:{story_id}", 1, timeout=settings.MOVIESIM_PRESENCE_TTL):
        return False
    # Held until the announcement is made; expires by itself if its process dies first.
    return cache.add(_pending(story_id), 1, timeout=settings.MOVIESIM_PRESENCE_COALESCE * 5 + 5)


def announce(story_id: int) -> None:
    """Send the count to the room if it differs from the last one announced."""
    from stories import broadcast

    cache.delete(_pending(story_id))  # first: a change from now on schedules a new announcement
    now = snapshot(story_id)
    key = f"presence-announced:{story_id}"
    if cache.get(key) != now:
        cache.set(key, now, timeout=settings.MOVIESIM_PRESENCE_TTL * 4)
        broadcast.presence_changed(story_id, now)


def _pending(story_id: int) -> str:
    return f"presence-pending:{story_id}"


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
