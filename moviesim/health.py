"""/healthz: the database, the channel layer and (with Redis) the Celery workers."""

import asyncio
import time

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


def _check_database() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"ok": True, "vendor": connection.vendor}


async def _layer_roundtrip() -> None:
    layer = get_channel_layer()
    channel = await layer.new_channel("healthz.")
    await layer.send(channel, {"type": "healthz.ping"})
    message = await asyncio.wait_for(layer.receive(channel), timeout=2)
    if message.get("type") != "healthz.ping":
        raise RuntimeError("channel layer returned a different message")


def _check_layer() -> dict:
    async_to_sync(_layer_roundtrip)()
    return {"ok": True, "backend": settings.CHANNEL_LAYERS["default"]["BACKEND"].rsplit(".", 1)[-1]}


def _check_workers() -> dict:
    from moviesim.celery import app

    replies = app.control.ping(timeout=1.0) or []
    return {"ok": bool(replies), "workers": len(replies)}


@never_cache
@require_GET
def healthz(request):
    checks = {"database": _check_database, "channel_layer": _check_layer}
    if settings.REDIS_URL:
        checks["workers"] = _check_workers
    report: dict = {"mode": settings.MOVIESIM_MODE, "provider": settings.MOVIESIM_PROVIDER}
    healthy = True
    for name, check in checks.items():
        started = time.monotonic()
        try:
            result = check()
        except Exception as exc:  # report, don't crash: this page exists for bad days
            result = {"ok": False, "error": str(exc)[:300]}
        result["ms"] = round((time.monotonic() - started) * 1000, 1)
        report[name] = result
        healthy = healthy and result["ok"]
    report["status"] = "ok" if healthy else "unavailable"
    return JsonResponse(report, status=200 if healthy else 503)
