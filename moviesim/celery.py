import logging
import os

from celery import Celery
from celery.signals import worker_ready

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moviesim.settings")

app = Celery("moviesim")
app.config_from_object("django.conf:settings", namespace="CELERY")
# Celery's Django fixup closes every database connection before and after each task unless this
# is set, which defeats CONN_MAX_AGE: every story step would open a new PostgreSQL session (a
# connect, a fresh backend with cold caches) and close it again (bench/concurrency.py). The tasks
# call close_old_connections() themselves, so CONN_MAX_AGE and the health checks decide; the
# fixup now closes one thread's connection only once per this many tasks.
app.conf.CELERY_DB_REUSE_MAX = 1000
app.autodiscover_tasks()


@worker_ready.connect
def _log_mode(**_kwargs) -> None:
    from moviesim.runtime import describe

    logging.getLogger("moviesim").info("worker ready: %s", describe())
