"""A finished offline story to export, and helpers to read the exports back."""

import xml.etree.ElementTree as ET

import pytest

from stories.models import Story
from tests.conftest import advance, make_story


def finish(story: Story, limit: int = 400) -> Story:
    for _ in range(limit):
        advance(story.pk, force=True)
        story.refresh_from_db()
        if story.status == Story.Status.FINISHED:
            return story
    raise AssertionError(f"story {story.pk} did not finish in {limit} steps (status {story.status})")


@pytest.fixture
def finished(alice):
    return finish(make_story(alice, turns=20))


def fdx_text(body: bytes) -> str:
    """The text of an .fdx file, entities decoded (it must parse as XML)."""
    root = ET.fromstring(body)
    return "\n".join("".join(p.itertext()) for p in root.iter("Paragraph"))


def body_text(response) -> str:
    if response["Content-Type"].startswith("application/xml"):
        return fdx_text(response.content)
    return response.content.decode()
