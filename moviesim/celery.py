import logging
import os

from celery import Celery
from celery.signals import worker_ready

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moviesim.settings")

app = Celery("moviesim")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_ready.connect
def _log_mode(**_kwargs) -> None:
    from moviesim.runtime import describe

    logging.getLogger("moviesim").info("worker ready: %s", describe())
