"""One relay per room per server process: a room's fragments are received once and written
to each of its sockets in this process, in order.

Channels' usual pattern (every socket's consumer in the group, each with its own queue, task
and dispatch per message) costs a queue hand-off, a decode and a dispatch per viewer per
fragment; with hundreds of viewers that is most of the server's work (bench/fanout.py). Here
the room has one channel in the group and one task; for each fragment it calls each member's
`room_message`, which writes the text to its socket.
"""

import asyncio
import logging

from stories.broadcast import group_name

log = logging.getLogger(__name__)


class Room:
    def __init__(self, layer, story_id: int):
        self.layer = layer
        self.story_id = story_id
        self.members: set = set()
        self.channel: str | None = None
        self.task: asyncio.Task | None = None

    async def open(self) -> None:
        self.channel = await self.layer.new_channel("room.")
        await self.layer.group_add(group_name(self.story_id), self.channel)
        self.task = asyncio.get_running_loop().create_task(self._relay())

    async def close(self) -> None:
        await self.layer.group_discard(group_name(self.story_id), self.channel)
        if self.task is not None:
            self.task.cancel()

    async def _relay(self) -> None:
        while True:
            message = await self.layer.receive(self.channel)
            for member in list(self.members):
                try:
                    await member.room_message(message)
                except Exception:  # one broken socket must not silence the room
                    log.exception("story %s: relaying to one viewer failed", self.story_id)


_rooms: dict[tuple[int, int], Room] = {}  # (id of the event loop, story id)
_locks: dict[int, asyncio.Lock] = {}


def _lock() -> asyncio.Lock:
    return _locks.setdefault(id(asyncio.get_running_loop()), asyncio.Lock())


async def join(layer, story_id: int, member) -> None:
    key = (id(asyncio.get_running_loop()), story_id)
    async with _lock():
        room = _rooms.get(key)
        if room is None:
            room = _rooms[key] = Room(layer, story_id)
            await room.open()
        room.members.add(member)


async def leave(story_id: int, member) -> None:
    key = (id(asyncio.get_running_loop()), story_id)
    async with _lock():
        room = _rooms.get(key)
        if room is None:
            return
        room.members.discard(member)
        if not room.members:
            del _rooms[key]
            await room.close()
