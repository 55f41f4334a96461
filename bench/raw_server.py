"""The baseline for the fan-out benchmarks: a raw `websockets` broadcast server.

    python bench/raw_server.py 8765

Every connection is a viewer, except one that connects to /publish: each text frame it sends
is broadcast as it is to every viewer. No framework, no channel layer, no database: what
the same payloads cost at the same rate and N with nothing but the WebSocket library.
"""

import asyncio
import sys

from websockets.asyncio.server import broadcast, serve

viewers = set()


async def handler(ws) -> None:
    if ws.request.path == "/publish":
        async for message in ws:
            broadcast(viewers, message)
        return
    viewers.add(ws)
    try:
        await ws.wait_closed()
    finally:
        viewers.discard(ws)


async def main(port: int) -> None:
    async with serve(handler, "127.0.0.1", port, max_size=2**22, ping_interval=None, backlog=4096) as server:
        print("listening", flush=True)
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
