import logging
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moviesim.settings")
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402
from django.conf import settings  # noqa: E402

from moviesim.runtime import describe  # noqa: E402
from stories import scheduling, steps  # noqa: E402
from stories.routing import websocket_urlpatterns  # noqa: E402
from stories.runner import Jobs, runner  # noqa: E402

logging.getLogger("moviesim").info("MovieSim starting: %s", describe())


EMBEDDED_JOBS = Jobs(step=steps.run, owner_step=steps.run_owner_step, due=scheduling.due_story_ids)


class StartEmbeddedRunner:
    """Starts the embedded runner on the server's loop at the first connection.

    Daphne has no lifespan hook, and AppConfig.ready() also runs for migrate and tests.
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if not settings.REDIS_URL:
            runner.ensure_started(EMBEDDED_JOBS)
        return await self.app(scope, receive, send)


application = StartEmbeddedRunner(
    ProtocolTypeRouter(
        {
            "http": django_asgi_app,
            "websocket": AllowedHostsOriginValidator(AuthMiddlewareStack(URLRouter(websocket_urlpatterns))),
        }
    )
)
