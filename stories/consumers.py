"""The room socket: join the story's group, relay fragments, keep presence. Nothing else.

Clients may send only {"type": "ping"} (a presence heartbeat); every action is an htmx POST.

The relay is the hot path (every fragment, to every viewer), so it stays on the event loop:
no thread hop, no database. A room's fragments arrive once per process (stories/relay.py) and
are written to each socket from there. Channels' own dispatch closes stale database
connections in a thread before every message; this consumer's only database work is the
access check, which `database_sync_to_async` already wraps with that cleanup, so the hop is
skipped for what still comes through the consumer's own channel.
"""

import asyncio
import json
import time
from collections import deque

from asgiref.sync import sync_to_async
from channels.consumer import get_handler_name
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings

from stories import presence, relay
from stories.broadcast import group_name
from stories.models import Story

MAX_FRAME = 64 * 1024
CLOSE_FORBIDDEN = 4403
CLOSE_TOO_CHATTY = 4429
CLOSE_SERVICE_RESTART = 1012
RELAYED = frozenset({"story.turn_added", "story.status_changed", "story.poll_changed", "story.suggestions_changed",
                     "story.cast_changed", "story.turn_replaced", "story.presence_changed", "story.typing",
                     "story.outline_changed"})
# A page sends a heartbeat every 20 s; anything near this many frames is abuse.
FLOOD_FRAMES, FLOOD_WINDOW = 30, 10.0


class StoryConsumer(AsyncWebsocketConsumer):
    group: str | None = None
    story_id: int | None = None
    recent_frames: deque | None = None

    async def dispatch(self, message: dict) -> None:
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    async def connect(self) -> None:
        story_id = self.scope["url_route"]["kwargs"]["story_id"]
        if not await self._may_watch(story_id):
            await self.close(code=CLOSE_FORBIDDEN)
            return
        self.story_id = story_id
        self.group = group_name(story_id)
        await relay.join(self.channel_layer, story_id, self)
        await self.accept()
        await self._presence(join=True)

    @database_sync_to_async
    def _may_watch(self, story_id: int) -> bool:
        story = Story.objects.filter(pk=story_id).only("visibility", "owner_id").first()
        return story is not None and story.can_view(self.scope.get("user"))

    async def disconnect(self, code: int) -> None:
        if self.group:
            self.group = None
            await relay.leave(self.story_id, self)
            await self._presence(join=False)

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if self._flooding():
            await self.close(code=CLOSE_TOO_CHATTY)  # politely: the page reconnects after a pause
            return
        if bytes_data is not None or text_data is None or len(text_data) > MAX_FRAME:
            await self.close(code=1009)
            return
        try:
            message = json.loads(text_data)
        except ValueError:
            return
        if isinstance(message, dict) and message.get("type") == "ping":
            await self._presence(join=True)

    def _flooding(self) -> bool:
        now = time.monotonic()
        if self.recent_frames is None:
            self.recent_frames = deque()
        self.recent_frames.append(now)
        while self.recent_frames and now - self.recent_frames[0] > FLOOD_WINDOW:
            self.recent_frames.popleft()
        return len(self.recent_frames) > FLOOD_FRAMES

    async def _presence(self, join: bool) -> None:
        user = self.scope.get("user")
        if await sync_to_async(presence.note, thread_sensitive=False)(self.story_id, self.channel_name, user,
                                                                       here=join):
            _later(_announce(self.story_id))

    # --- Events from the room (stories/relay.py): relay the fragment as it is --------------------

    async def room_message(self, event: dict) -> None:
        if self.group is None:
            return  # access was withdrawn: nothing more, even what was already on its way
        if event["type"] in RELAYED:
            await self.send(text_data=event["html"])
        elif event["type"] == "story.access_changed":
            _later(self.story_access_changed(event))  # a database check each: off the room's relay

    async def layer_reconnected(self, event: dict) -> None:
        """Redis came back (stories/layers.py): fragments may have been lost meanwhile, so the
        page reconnects and catches up (1012: service restart, which htmx's ws extension retries)."""
        await self.close(code=CLOSE_SERVICE_RESTART)

    async def story_access_changed(self, event: dict) -> None:
        """An editor was removed or the room went private: leave at once if this viewer lost access."""
        if self.group is not None and not await self._may_watch(self.story_id):
            self.group = None
            await relay.leave(self.story_id, self)
            await self._presence(join=False)
            await self.close(code=CLOSE_FORBIDDEN)


# --- Presence announcements, coalesced per room (see stories/presence.py) ---------------------

_pending: set[asyncio.Task] = set()


def _later(coroutine) -> None:
    task = asyncio.get_running_loop().create_task(coroutine)
    _pending.add(task)  # held until done: the loop keeps only weak references to tasks
    task.add_done_callback(_pending.discard)


async def _announce(story_id: int) -> None:
    await asyncio.sleep(settings.MOVIESIM_PRESENCE_COALESCE)
    await sync_to_async(presence.announce, thread_sensitive=False)(story_id)
