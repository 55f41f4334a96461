"""The room socket: join the story's group, relay fragments, keep presence. Nothing else.

Clients may send only {"type": "ping"} (a presence heartbeat); every action is an htmx POST.
"""

import json
import time
from collections import deque

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer

from stories import presence
from stories.broadcast import group_name
from stories.models import Story

MAX_FRAME = 64 * 1024
CLOSE_FORBIDDEN = 4403
CLOSE_TOO_CHATTY = 4429
# A page sends a heartbeat every 20 s; anything near this many frames is abuse.
FLOOD_FRAMES, FLOOD_WINDOW = 30, 10.0


class StoryConsumer(AsyncWebsocketConsumer):
    group: str | None = None
    story_id: int | None = None
    recent_frames: deque | None = None

    async def connect(self) -> None:
        story_id = self.scope["url_route"]["kwargs"]["story_id"]
        if not await self._may_watch(story_id):
            await self.close(code=CLOSE_FORBIDDEN)
            return
        self.story_id = story_id
        self.group = group_name(story_id)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()
        await self._presence(join=True)

    @database_sync_to_async
    def _may_watch(self, story_id: int) -> bool:
        story = Story.objects.filter(pk=story_id).only("visibility", "owner_id").first()
        return story is not None and story.can_view(self.scope.get("user"))

    async def disconnect(self, code: int) -> None:
        if self.group:
            await self.channel_layer.group_discard(self.group, self.channel_name)
            await self._presence(join=False)
            self.group = None

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

    @database_sync_to_async
    def _presence(self, join: bool) -> None:
        from stories import broadcast

        user = self.scope.get("user")
        before = presence.snapshot(self.story_id)
        if join:
            presence.touch(self.story_id, self.channel_name, user)
        else:
            presence.leave(self.story_id, self.channel_name)
        after = presence.snapshot(self.story_id)
        if after != before:
            broadcast.presence_changed(self.story_id, after)

    # --- Events from the group: relay the fragment as it is -----------------------------------

    async def _relay(self, event: dict) -> None:
        if self.group is None:
            return  # access was withdrawn: nothing more, even what was already queued
        await self.send(text_data=event["html"])

    story_turn_added = _relay
    story_status_changed = _relay
    story_poll_changed = _relay
    story_suggestions_changed = _relay
    story_cast_changed = _relay
    story_turn_replaced = _relay
    story_presence_changed = _relay
    story_typing = _relay

    async def story_access_changed(self, event: dict) -> None:
        """An editor was removed or the room went private: leave at once if this viewer lost access."""
        if self.story_id is not None and not await self._may_watch(self.story_id):
            await self.channel_layer.group_discard(self.group, self.channel_name)
            await self._presence(join=False)
            self.group = None
            await self.close(code=CLOSE_FORBIDDEN)
