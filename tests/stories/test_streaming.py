"""The spoken line streams into the room as it forms; nothing else ever does."""

import html
import re

import pytest

from stories import broadcast
from stories.models import Story, Turn
from tests.conftest import advance, make_story


@pytest.fixture
def sent(monkeypatch):
    frames: list[tuple[int, str, str]] = []
    monkeypatch.setattr(broadcast, "send", lambda story_id, kind, text: frames.append((story_id, kind, text)))
    return frames


def _typed_text(frame: str) -> str:
    match = re.search(r'<p class="dialogue" hx-disable>(.*?)<span class="caret">', frame, re.S)
    return html.unescape(match.group(1)) if match else ""


@pytest.mark.django_db
def test_only_the_spoken_line_streams_and_no_frame_carries_a_secret(alice, sent, settings):
    settings.MOVIESIM_STREAM_INTERVAL = 0  # keep every partial frame so the test sees them all
    story = make_story(alice, turns=40, random_seed=3)
    while story.status not in (Story.Status.FINISHED, Story.Status.FAILED):
        advance(story.pk, force=True)
        story.refresh_from_db()
    typing = [text for _, kind, text in sent if kind == "story.typing"]
    assert len(typing) > 40, "character lines must stream"
    secrets = [s for c in story.characters.all() for s in c.secrets]
    thoughts = [t.thought for t in story.turns.exclude(thought="")]
    assert secrets and thoughts
    dialogues = list(story.turns.filter(kind=Turn.Kind.DIALOGUE).values_list("content", flat=True))
    for frame in typing:
        assert frame.count('id="typing"') == 1 and "<article" not in frame
        text = _typed_text(frame)
        assert text, "a typing frame carries the line so far"
        assert any(d.startswith(text) for d in dialogues), f"streamed text is not a prefix of a line: {text!r}"
        for private in secrets + thoughts:
            assert html.escape(private) not in frame or any(html.escape(private) in html.escape(d)
                                                             for d in dialogues if d.startswith(text))
    # A reveal arrives with its final turn, never ahead of it as a field of its own.
    assert all("Secret revealed" not in frame and "thinks" not in frame for frame in typing)


@pytest.mark.django_db
def test_the_final_turn_clears_the_typing_bubble(alice, sent, django_capture_on_commit_callbacks):
    story = make_story(alice, turns=10)
    for _ in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            advance(story.pk, force=True)
    turn_frames = [text for _, kind, text in sent if kind == "story.turn_added"]
    assert turn_frames
    assert all('<div id="typing" class="typing" hx-swap-oob="true"' in f for f in turn_frames)


def test_a_slow_stream_is_throttled_to_a_few_frames_a_second(sent, settings):
    from stories.broadcast import LineStream

    settings.MOVIESIM_STREAM_INTERVAL = 10  # nothing after the first words within the window
    stream = LineStream(1)
    for text in ["I", "I never", "I never said", "I never said that."]:
        stream("MARA", text)
    assert [_typed_text(t) for _, _, t in sent] == ["I"]
