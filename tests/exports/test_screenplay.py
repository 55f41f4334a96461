"""Fountain, Final Draft and PDF: a finished story as a screenplay that screenplain reads back exactly."""

import io
import xml.etree.ElementTree as ET

from django.test import Client
from screenplain.parsers import fountain
from screenplain.types import Action, Dialog, Slug, Transition

from stories import actions
from stories.exports import to_fountain
from stories.models import Turn


def _parse(text: str):
    return fountain.parse(io.StringIO(text))


def _expected_cues(story) -> list[str]:
    cues = []
    for t in story.turns.select_related("character").order_by("index"):
        if t.character_id and t.content:
            cues.append(t.character.name.upper())
        if t.character_id and t.thought:
            cues.append(f"{t.character.name.upper()} (V.O.)")
    return cues


def test_fountain_parses_with_exact_scene_headings_and_character_cues(finished):
    response = Client().get(f"/stories/{finished.pk}/export.fountain")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "attachment" in response["Content-Disposition"] and ".fountain" in response["Content-Disposition"]
    play = _parse(response.content.decode())

    assert play.title_page["Title"] == [finished.title]
    assert play.title_page["Credit"] and play.title_page["Author"]

    scene_turns = [t for t in finished.turns.select_related("scene").order_by("index") if t.kind == Turn.Kind.SCENE]
    slugs = [p for p in play if isinstance(p, Slug)]
    assert len(scene_turns) >= 2
    assert [str(s.line) for s in slugs] == [t.scene.heading for t in scene_turns]
    assert [str(s.scene_number) for s in slugs] == [str(t.scene.index + 1) for t in scene_turns]

    cues = [str(p.character) for p in play if isinstance(p, Dialog)]
    expected = _expected_cues(finished)
    assert expected and cues == expected
    speakers = {c.name.upper() for c in finished.characters.all()}
    assert {c for c in cues if not c.endswith("(V.O.)")} <= speakers
    assert len({c for c in cues if not c.endswith("(V.O.)")}) >= 2

    # Each spoken turn is one dialogue block: its emotion as the parenthetical, then the line.
    spoken = list(finished.turns.exclude(character=None).exclude(content="").order_by("index"))
    blocks = [p for p in play if isinstance(p, Dialog) and not str(p.character).endswith("(V.O.)")]
    assert len(blocks) == len(spoken)
    for turn, block in zip(spoken, blocks, strict=True):
        lines = [(paren, str(line)) for paren, line in block.blocks]
        assert lines == ([(True, f"({turn.emotion})")] if turn.emotion else []) + [(False, turn.content)]
    # A private thought is the character's inner voice: a V.O. cue, "(thinking)", the thought.
    thinking = list(finished.turns.exclude(character=None).exclude(thought="").order_by("index"))
    voices = [p for p in play if isinstance(p, Dialog) and str(p.character).endswith("(V.O.)")]
    assert thinking and len(voices) == len(thinking)
    for turn, block in zip(thinking, voices, strict=True):
        assert [(paren, str(line)) for paren, line in block.blocks] == [(True, "(thinking)"), (False, turn.thought)]
    # It ends as a film does.
    transitions = [str(p.line) for p in play if isinstance(p, Transition)]
    assert transitions[-1] == "FADE OUT."
    assert any(isinstance(p, Action) and p.centered and str(p.lines[0]) == "THE END" for p in play)


def test_audience_choices_and_edit_markers_are_notes_not_screenplay(finished):
    actions.add_marker(finished, "The audience chose: the lights go out", kind="choice")
    actions.add_marker(finished, "Ilse was rewritten by alice.")
    text = to_fountain(finished, private=False)
    assert "[[The audience chose: The audience chose: the lights go out]]" in text
    assert "[[Edit: Ilse was rewritten by alice.]]" in text
    play = _parse(text)
    everything = " ".join(str(line) for p in play for line in getattr(p, "lines", []))
    assert "rewritten by alice" not in everything  # a note is not part of the film


def test_text_that_looks_like_fountain_syntax_stays_what_it_is(finished):
    turns = list(finished.turns.exclude(character=None).exclude(content="").order_by("index")[:2])
    narration = finished.turns.filter(kind=Turn.Kind.SCENE).order_by("index").first()
    tricky = {
        "INT. THIS IS NOT A SCENE - DAY": "slug",
        "BOOM. EVERYTHING GOES DARK. CUT TO:": "transition",
        "/* not a comment [[ not a note": "boneyard",
        "> not centred <": "centered",
    }
    base = Turn.objects.filter(story=finished).order_by("-index").first().index
    for n, text in enumerate(tricky):
        Turn.objects.create(story=finished, scene=narration.scene, index=base + 1 + n, kind=Turn.Kind.NARRATION,
                            content=text)
    turns[0].content = "(whispers) Get down."
    turns[0].emotion = "scared (very)"
    turns[0].save()
    play = _parse(to_fountain(finished, private=False))
    slugs = [str(p.line) for p in play if isinstance(p, Slug)]
    assert len(slugs) == finished.turns.filter(kind=Turn.Kind.SCENE).count()
    actions_text = [" ".join(str(line) for line in p.lines) for p in play if isinstance(p, Action)]
    for text in tricky:
        assert any(text.replace("/*", "/ *").replace("[[", "[ [") in a for a in actions_text), text
    dialog = next(p for p in play if isinstance(p, Dialog) and str(p.character) == turns[0].character.name.upper())
    assert [(paren, str(line)) for paren, line in dialog.blocks] == [
        (True, "(scared very)"), (True, "(whispers)"), (False, "Get down.")]
    assert len([p for p in play if isinstance(p, Dialog)]) == len(_expected_cues(finished))


def test_final_draft_export_is_well_formed_with_the_right_paragraph_types(finished):
    response = Client().get(f"/stories/{finished.pk}/export.fdx")
    assert response.status_code == 200
    assert ".fdx" in response["Content-Disposition"]
    root = ET.fromstring(response.content)
    assert root.tag == "FinalDraft" and root.get("DocumentType") == "Script"
    paragraphs = list(root.iter("Paragraph"))
    kinds = [p.get("Type") for p in paragraphs]
    assert {"Scene Heading", "Action", "Character", "Dialogue", "Parenthetical", "Transition"} <= set(kinds)
    headings = ["".join(p.itertext()).strip() for p in paragraphs if p.get("Type") == "Scene Heading"]
    scenes = finished.turns.filter(kind=Turn.Kind.SCENE).select_related("scene").order_by("index")
    assert headings == [t.scene.heading for t in scenes]
    characters = ["".join(p.itertext()).strip() for p in paragraphs if p.get("Type") == "Character"]
    assert characters == _expected_cues(finished)
    # Every cue is followed by its parenthetical or its dialogue.
    for i, kind in enumerate(kinds):
        if kind == "Character":
            assert kinds[i + 1] in ("Parenthetical", "Dialogue")


def test_pdf_export_is_a_pdf(finished):
    response = Client().get(f"/stories/{finished.pk}/export.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert response.content.rstrip().endswith(b"%%EOF")
    assert len(response.content) > 5000


def test_unknown_format_is_a_404_and_a_private_story_is_not_exported_to_strangers(alice, finished):
    assert Client().get(f"/stories/{finished.pk}/export.docx").status_code == 404
    finished.visibility = finished.Visibility.PRIVATE
    finished.save()
    for fmt in ("json", "md", "fountain", "fdx", "pdf"):
        assert Client().get(f"/stories/{finished.pk}/export.{fmt}").status_code == 404
    owner = Client()
    owner.force_login(alice)
    assert owner.get(f"/stories/{finished.pk}/export.fdx").status_code == 200
