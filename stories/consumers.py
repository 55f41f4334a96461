"""The room socket: join the story's group and relay fragments. Nothing else.

Clients may send only {"type": "ping"}; every action is an htmx POST.
"""

import json

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer

from stories.broadcast import group_name
from stories.models import Story

MAX_FRAME = 64 * 1024


class StoryConsumer(AsyncWebsocketConsumer):
    group: str | None = None

    async def connect(self) -> None:
        story_id = self.scope["url_route"]["kwargs"]["story_id"]
        if not await self._may_watch(story_id):
            await self.close(code=4403)
            return
        self.group = group_name(story_id)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()

    @database_sync_to_async
    def _may_watch(self, story_id: int) -> bool:
        story = Story.objects.filter(pk=story_id).only("visibility", "owner_id").first()
        return story is not None and story.can_view(self.scope.get("user"))

    async def disconnect(self, code: int) -> None:
        if self.group:
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if bytes_data is not None or text_data is None or len(text_data) > MAX_FRAME:
            await self.close(code=1009)
            return
        try:
            message = json.loads(text_data)
        except ValueError:
            return
        if isinstance(message, dict) and message.get("type") == "ping":
            await self.send(text_data='<div id="pong" hidden></div>')

    async def story_turn_added(self, event: dict) -> None:
        await self.send(text_data=event["html"])

    async def story_status_changed(self, event: dict) -> None:
        await self.send(text_data=event["html"])
