"""Exports: JSON (everything that is data), Markdown (for reading), Fountain (the screenplay
standard), and Final Draft (.fdx) and PDF made from the Fountain text by screenplain.

Who sees what: the owner and editors get everything; everybody else gets the public export,
which leaves out every unrevealed secret (cast sheets, revisions, and any text that quotes one),
the Director's private beat plan, and pending interventions. Private thoughts stay: the room
shows them to every viewer as asides.

Building only: the download itself is `stories.export_views.export`.
"""

from __future__ import annotations

import io
import json
import re
from functools import cache

from django.db.models import Count, Prefetch

from stories.models import Story, Turn, TurnRevision

# --- Secrets ---------------------------------------------------------------------------------

REDACTED = "[unrevealed secret]"


def _norm(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def hidden_secrets(story: Story) -> dict[int, list[str]]:
    """Per character: every secret text it ever held (sheet and older revisions) that it has not revealed."""
    from characters.models import CharacterRevision

    held: dict[int, list[str]] = {}
    revealed: dict[int, set[str]] = {}
    for c in story.characters.all():
        held[c.pk] = [s for s in c.secrets if isinstance(s, str)]
        revealed[c.pk] = {_norm(s) for s in c.revealed_secrets}
    for character_id, changes in CharacterRevision.objects.filter(character__story=story).values_list(
            "character_id", "changes"):
        if not isinstance(changes, dict):
            continue
        created = changes.get("created") if isinstance(changes.get("created"), dict) else {}
        for value in (changes.get("secrets"), created.get("secrets")):
            held.setdefault(character_id, []).extend(x for x in _flatten(value) if isinstance(x, str))
    hidden: dict[int, list[str]] = {}
    for character_id, secrets in held.items():
        seen = set()
        for secret in secrets:
            key = _norm(secret)
            if key and key not in revealed.get(character_id, set()) and key not in seen:
                seen.add(key)
                hidden.setdefault(character_id, []).append(secret)
    return hidden


def _flatten(value):
    if isinstance(value, list | tuple):
        for item in value:
            yield from _flatten(item)
    elif value is not None:
        yield value


class Redactor:
    """Takes unrevealed secrets out of data and text (a no-op for the owner's export).

    Structured places (a character's sheet and revisions) drop that character's unrevealed
    secrets. Free text anywhere loses any secret text nobody has revealed yet: a secret two
    characters share stays hidden for the one who has not told it, even once the other has.
    """

    MIN_TEXT_MATCH = 6  # shorter secrets are only dropped as whole items, never matched inside text

    def __init__(self, story: Story, *, private: bool):
        by_character = {} if private else hidden_secrets(story)
        self._by_character = {pk: {_norm(s) for s in secrets} for pk, secrets in by_character.items()}
        revealed = set()
        if not private:
            for secrets in story.characters.values_list("revealed_secrets", flat=True):
                revealed.update(_norm(s) for s in secrets or [])
        texts = {_norm(s): s for secrets in by_character.values() for s in secrets if _norm(s) not in revealed}
        self._keys = set(texts)
        patterns = []
        for secret in sorted(texts.values(), key=len, reverse=True):
            core = " ".join(secret.split()).rstrip(".!?;: ")
            if len(core) >= self.MIN_TEXT_MATCH:
                patterns.append(r"\s+".join(re.escape(word) for word in core.split()))
        self._pattern = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None

    def is_hidden(self, text, character=None) -> bool:
        if not isinstance(text, str):
            return False
        keys = self._by_character.get(character.pk, set()) if character is not None else self._keys
        return _norm(text) in keys

    def text(self, text):
        if not isinstance(text, str) or self._pattern is None:
            return text
        return self._pattern.sub(REDACTED, text)

    def data(self, value, character=None):
        if isinstance(value, dict):
            return {k: self.data(v, character) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.data(v, character) for v in value
                    if not self.is_hidden(v) and not self.is_hidden(v, character)]
        return self.text(value)

    def secrets(self, character) -> list[str]:
        return [s for s in character.secrets if not self.is_hidden(s, character)]


# --- Loading the story once ------------------------------------------------------------------


def _characters(story: Story):
    from characters.models import CharacterRevision, Relationship

    return list(story.characters.order_by("id").prefetch_related(
        Prefetch("relationships", queryset=Relationship.objects.select_related("other").order_by("other_id")),
        Prefetch("revisions", queryset=CharacterRevision.objects.select_related("editor").order_by("created_at",
                                                                                                   "id")),
    ))


def _turns(story: Story, *, revisions: bool = False):
    turns = story.turns.for_display().order_by("index")
    if revisions:
        turns = turns.prefetch_related(Prefetch(
            "revisions", queryset=TurnRevision.objects.select_related("editor").order_by("created_at", "id")))
    return list(turns)


def _when(value) -> str | None:
    return value.isoformat() if value else None


def _username(user) -> str:
    return user.username if user is not None else ""


# --- JSON ------------------------------------------------------------------------------------


def to_data(story: Story, *, private: bool) -> dict:
    """Everything that is data, as plain JSON-able structures (the public form is redacted)."""
    r = Redactor(story, private=private)
    characters = _characters(story)
    turns = _turns(story, revisions=True)
    data = {
        "format": "moviesim-story", "format_version": 2, "private": private,
        "id": story.pk, "title": story.title, "display_title": story.display_title, "seed": story.seed,
        "logline": story.logline, "genre": story.genre, "setting": story.setting, "themes": story.themes,
        "tone": story.tone, "status": story.status, "status_message": story.status_message,
        "visibility": story.visibility, "owner": _username(story.owner), "provider": story.provider,
        "random_seed": story.random_seed, "max_turns": story.max_turns, "pacing_seconds": story.pacing_seconds,
        "observer_every": story.observer_every, "vote_seconds": story.vote_seconds, "tension": story.tension,
        "directive": story.directive, "token_budget": getattr(story, "token_budget", 0),
        "parent": getattr(story, "parent_id", None), "forked_at_turn": getattr(story, "forked_at_turn", None),
        "created_at": _when(story.created_at), "finished_at": _when(story.finished_at),
        # The Director's plan and pending moves can give the story away: owner and editors only.
        "question": story.question,
        "truth": story.truth if private or story.status == Story.Status.FINISHED else "",
        "outline": outline_data(story, private),
        "pending_intervention": story.pending_intervention if private else "",
        "characters": [_character_data(c, r) for c in characters],
        "scenes": [_scene_data(s, private) for s in story.scenes.order_by("index").prefetch_related("present")],
        "turns": [_turn_data(t) for t in turns],
        "polls": [_poll_data(p) for p in story.polls.select_related("scene").order_by("opened_at", "id")],
        "suggestions": [
            {"id": s.pk, "text": s.text, "author": _username(s.author), "status": s.status,
             "upvotes": s.upvote_count, "decided_by": _username(s.decided_by), "decided_at": _when(s.decided_at),
             "created_at": _when(s.created_at)}
            for s in story.suggestions.select_related("author", "decided_by").annotate(
                upvote_count=Count("upvotes")).order_by("created_at", "id")
        ],
        "observer_reports": [
            {"after_turn": o.after_turn, "tension": o.tension, "consistency": o.consistency,
             "progression": o.progression, "engagement": o.engagement, "problems": o.problems,
             "recommendations": o.recommendations, "intervention_needed": o.intervention_needed,
             "created_at": _when(o.created_at)}
            for o in story.observer_reports.order_by("after_turn")
        ],
        "llm_calls": _llm_calls(story),
        "narrative": story.narrative,
    }
    return r.data(data)


def _character_data(c, r: Redactor) -> dict:
    sheet = c.sheet()
    sheet["secrets"] = r.secrets(c)
    revisions = []
    for rev in c.revisions.all():
        changes = r.data(rev.changes, c) if isinstance(rev.changes, dict) else {}
        # A change that was only about hidden secrets says nothing once they are taken out.
        changes = {k: v for k, v in changes.items()
                   if not (isinstance(v, list) and len(v) == 2 and v[0] == v[1])}
        revisions.append({"kind": rev.kind, "editor": _username(rev.editor), "at_turn": rev.at_turn,
                          "version": rev.version, "changes": changes, "created_at": _when(rev.created_at)})
    return {
        "id": c.pk, **sheet, "revealed_secrets": c.revealed_secrets, "active": c.active, "version": c.version,
        "relationships": [{"other": rel.other.name, "kind": rel.kind, "description": rel.description,
                           "opinion": round(rel.opinion, 3)} for rel in c.relationships.all()],
        "revisions": revisions,
    }


def _scene_data(s, private: bool) -> dict:
    # What each character wants in a scene can name what they hide: owner and editors only.
    return {"index": s.index, "heading": s.heading, "location": s.location, "time_of_day": s.time_of_day,
            "mood": s.mood, "description": s.description, "objectives": s.objectives if private else [],
            "present": sorted(c.name for c in s.present.all()), "plot_options": s.plot_options,
            "directive": s.directive, "summary": s.summary, "first_turn": s.first_turn, "complete": s.complete}


def _turn_data(t: Turn) -> dict:
    return {
        "index": t.index, "kind": t.kind, "scene": t.scene.index if t.scene_id else None, "character": t.speaker,
        "content": t.content, "action": t.action, "emotion": t.emotion, "emotion_intensity": t.emotion_intensity,
        "thought": t.thought, "revealed_secret": t.revealed_secret, "revealed_index": t.revealed_index,
        "revealed_to": t.revealed_to, "to": t.addressee.name if t.addressee_id else "", "leaves": t.leaves,
        "edited": t.edited, "suggestion": ({"text": t.suggestion.text, "author": _username(t.suggestion.author)}
                                          if t.suggestion_id else None),
        "created_at": _when(t.created_at),
        "revisions": [{"kind": rev.kind, "character": rev.character_name, "content": rev.content,
                       "action": rev.action, "emotion": rev.emotion, "thought": rev.thought,
                       "editor": _username(rev.editor), "created_at": _when(rev.created_at)}
                      for rev in t.revisions.all()],
    }


def _poll_data(p) -> dict:
    return {"id": p.pk, "scene": p.scene.index if p.scene_id else None, "question": p.question,
            "options": p.options, "tally": p.tally(), "status": p.status, "winner_index": p.winner_index,
            "winner": p.winner, "outcome": p.outcome, "opened_at": _when(p.opened_at),
            "closes_at": _when(p.closes_at), "closed_at": _when(p.closed_at)}


LLM_CALL_FIELDS = ("role", "provider", "model", "tokens_in", "tokens_out", "tokens_cached", "latency_ms", "attempt",
                   "error", "turn_index", "created_at")


def _llm_calls(story: Story) -> dict:
    """Summaries only: never the prompts or responses (the owner's trace page has those)."""
    calls = []
    totals = {"calls": 0, "errors": 0, "tokens_in": 0, "tokens_out": 0, "tokens_cached": 0, "latency_ms": 0}
    for row in story.llm_calls.order_by("created_at", "id").values(*LLM_CALL_FIELDS):
        row["created_at"] = _when(row["created_at"])
        calls.append(row)
        totals["calls"] += 1
        totals["errors"] += bool(row["error"])
        for key in ("tokens_in", "tokens_out", "tokens_cached", "latency_ms"):
            totals[key] += row[key] or 0
    return {"totals": totals, "calls": calls}


def to_json(story: Story, *, private: bool) -> str:
    return json.dumps(to_data(story, private=private), ensure_ascii=False, indent=2)


# --- Markdown --------------------------------------------------------------------------------


def to_markdown(story: Story, *, private: bool) -> str:
    r = Redactor(story, private=private)
    t_ = r.text
    out = [f"# {t_(story.display_title)}", ""]
    if story.logline:
        out += [f"*{t_(story.logline)}*", ""]
    facts = [("Genre", story.genre), ("Tone", story.tone), ("Setting", story.setting),
             ("Themes", ", ".join(story.themes or [])), ("Seed", story.seed), ("Status", story.get_status_display()),
             ("Written with", f"MovieSim ({story.provider})")]
    out += [f"- **{label}:** {t_(value)}" for label, value in facts if value] + [""]

    characters = _characters(story)
    if characters:
        out += ["## Cast", ""]
        for c in characters:
            out.append(f"### {c.name}" + ("" if c.active else " (retired)"))
            out.append("")
            rows = [("Role", c.role), ("Background", c.background), ("Traits", ", ".join(c.personality_traits)),
                    ("Wants", c.primary_motivation), ("Also wants", "; ".join(c.secondary_goals)),
                    ("Fears", "; ".join(c.fears)), ("Voice", c.speaking_style)]
            out += [f"- **{label}:** {t_(value)}" for label, value in rows if value]
            if c.revealed_secrets:
                out.append(f"- **Revealed:** {t_('; '.join(c.revealed_secrets))}")
            hidden = [s for s in c.unrevealed_secrets if not r.is_hidden(s, c)]
            if hidden:
                out.append(f"- **Secrets (unrevealed; owner and editors only):** {'; '.join(hidden)}")
            rels = [f"{rel.other.name}: {rel.kind or 'knows'} ({rel.opinion:+.2f})" for rel in c.relationships.all()]
            if rels:
                out.append(f"- **Relationships:** {t_('; '.join(rels))}")
            out.append("")

    planned = outline_data(story, private)
    if planned:
        heading = "## Outline (the Director's plan; owner and editors only)" if private else "## Outline so far"
        out += [heading, ""]
        if story.question:
            out.append(f"**The question:** {t_(story.question)}")
        if private and story.truth:
            out.append(f"**The ending:** {t_(story.truth)}")
        for scene in planned:
            mark = " (climax)" if scene["climax"] else ""
            out.append(f"{scene['index'] + 1}. **{t_(scene['beat'])}**{mark}: {t_(scene['must_change'])}"
                       f" ({scene['status']})")
        out.append("")

    out += ["## Screenplay", ""]
    for t in _turns(story):
        out += _markdown_turn(t, t_)
    if story.narrative:
        out += ["---", "", "## The story", "", t_(story.narrative), ""]
    polls = list(story.polls.order_by("opened_at", "id"))
    if polls:
        out += ["## Audience votes", ""]
        for p in polls:
            tally = p.tally()
            options = "; ".join(f"{o} ({n})" for o, n in zip(p.options, tally, strict=False))
            winner = f" → **{p.winner}**" if p.winner else f" ({p.get_status_display().lower()})"
            out.append(t_(f"- {p.question} {options}{winner}"))
        out.append("")
    return "\n".join(out)


def _markdown_turn(t: Turn, t_) -> list[str]:
    if t.kind == Turn.Kind.SCENE:
        heading = t.scene.heading if t.scene_id else "NEW SCENE"
        return [f"### {heading}", "", t_(t.content), ""]
    if t.kind == Turn.Kind.ENDING:
        return [f"**{t_(t.content) or 'FADE OUT.'}**", "", "**THE END**", ""]
    if t.kind == Turn.Kind.CHOICE:
        return [f"> **The audience chose:** {t_(t.content)}", ""]
    if t.kind == Turn.Kind.MARKER:
        return [f"> ✎ *{t_(t.content)}*", ""]
    if t.kind == Turn.Kind.INTERVENTION:
        out = [f"**The Director intervenes:** {t_(t.content)}"]
        if t.suggestion_id:
            out.append(f"*A twist suggested by {t.suggestion.author.username}: “{t_(t.suggestion.text)}”*")
        return [*out, ""]
    if t.character_id:
        out = []
        if t.content:
            paren = f" *({t_(t.emotion)})*" if t.emotion else ""
            out.append(f"**{t.character.cue}**{paren}: {t_(t.content)}")
        if t.action:
            out.append(f"_{t_(t.action)}_")
        if t.thought:
            out.append(f"> *{t.character.first_name}, to themself:* {t_(t.thought)}")
        if t.revealed_secret:
            out.append(f"> **Secret revealed** to {', '.join(t.revealed_to)}: {t_(t.revealed_secret)}")
        if t.edited:
            out.append("*(edited)*")
        return [*out, ""]
    return [t_(t.content), ""]


# --- Fountain --------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SLUG = (re.compile(r"^(INT|EXT|EST)[ .]"), re.compile(r"^(INT\.?/EXT\.?)[ .]"), re.compile(r"^I/E[ .]"))
_LEADING_PAREN = re.compile(r"^\(([^()]*)\)\s*(.*)$")


def _inline(text) -> str:
    """One line of plain text that cannot open Fountain syntax spanning paragraphs (notes, boneyard)."""
    text = _CONTROL.sub("", str(text or ""))
    text = " ".join(text.split())
    return text.replace("/*", "/ *").replace("*/", "* /").replace("[[", "[ [").replace("]]", "] ]")


def _paragraphs(text) -> list[str]:
    """A text's paragraphs, each on one line."""
    parts = re.split(r"\n\s*\n", _CONTROL.sub("", str(text or "")))
    return [p for p in (_inline(part) for part in parts) if p]


def _action(text) -> list[str]:
    """Action paragraphs, forced with '!' where a reader could take them for something else."""
    out = []
    for para in _paragraphs(text):
        ambiguous = (para.startswith((".", "!", "@", "#", "=", "~", ">", "[")) or para.isupper()
                     or para.rstrip().endswith("TO:") or any(p.match(para.upper()) for p in _SLUG))
        out += ["!" + para if ambiguous else para, ""]
    return out


def _cue(name: str, extension: str = "") -> str:
    cue = re.sub(r"[\[\]()^*_#@!=~<>\\]", "", _inline(name).upper()).strip() or "SOMEONE"
    cue = " ".join(cue.split())
    if extension:
        cue = f"{cue} ({extension})"
    before_paren = cue.split("(", 1)[0]
    return cue if before_paren.isupper() else "@" + cue  # '@' forces a cue a reader would not see as one


def _parenthetical(text: str) -> str:
    inner = _inline(text).replace("(", "").replace(")", "").strip()
    return f"({inner})" if inner else ""


def _dialogue(cue: str, parenthetical: str, line: str) -> list[str]:
    line = _inline(line)
    lines = [cue, parenthetical]
    match = _LEADING_PAREN.match(line)
    if match:  # "(whispers) Get down." is a parenthetical and a line
        lines.append(_parenthetical(match.group(1)))
        line = match.group(2)
    lines.append(line.lstrip("~ "))  # a leading '~' would make it lyrics
    lines = [x for x in lines if x]
    if len(lines) == 1:
        lines.append("…")
    return [*lines, ""]


def _note(text: str) -> list[str]:
    text = _inline(text)
    return [f"[[{text}]]", ""] if text else []


def _slugline(t: Turn) -> str:
    heading = _inline(t.scene.heading if t.scene_id else "INT. SOMEWHERE - DAY").replace("#", "")
    if not any(p.match(heading.upper()) for p in _SLUG):
        heading = "." + heading.lstrip(".")
    number = f" #{t.scene.index + 1}#" if t.scene_id else ""
    return heading + number


def to_fountain(story: Story, *, private: bool) -> str:
    r = Redactor(story, private=private)
    t_ = r.text
    date = (story.finished_at or story.updated_at or story.created_at)
    title_page = [("Title", story.display_title), ("Credit", "Written live with"),
                  ("Author", f"MovieSim ({'offline writer' if story.provider == 'offline' else story.provider})"),
                  ("Source", f"From a seed by {_username(story.owner)}"),
                  ("Draft date", date.date().isoformat() if date else ""), ("Notes", story.logline)]
    out = [f"{key}: {_inline(t_(value))}" for key, value in title_page if _inline(value)]
    out += ["", *_cast_page(story, r), "FADE IN:", ""]
    for t in _turns(story):
        out += _fountain_turn(t, t_)
    return "\n".join(out).rstrip("\n") + "\n"


def _sentences(items) -> str:
    return " ".join(str(x).strip() if str(x).strip().endswith((".", "!", "?", "…")) else f"{str(x).strip()}."
                    for x in items if str(x).strip())


def _cast_page(story: Story, r: Redactor) -> list[str]:
    """A cast list after the title page; unrevealed secrets only in the owner's and editors' copy."""
    characters = _characters(story)
    if not characters:
        return []
    out = ["> CAST OF CHARACTERS <", ""]
    for c in characters:
        parts = [c.name.upper() + (f", {c.role}" if c.role else "") + ("" if c.active else " (retired)") + "."]
        if c.personality_traits:
            parts.append(", ".join(c.personality_traits).capitalize() + ".")
        if c.primary_motivation:
            parts.append(f"Wants: {c.primary_motivation.rstrip('.')}.")
        if c.fears:
            parts.append(f"Fears: {'; '.join(f.rstrip('.') for f in c.fears)}.")
        if c.revealed_secrets:
            parts.append(f"Revealed: {_sentences(c.revealed_secrets)}")
        hidden = [s for s in c.unrevealed_secrets if not r.is_hidden(s, c)]
        if hidden:
            parts.append(f"Secrets, not yet revealed (owner and editors only): {_sentences(hidden)}")
        out += _action(r.text(" ".join(parts)))
    return [*out, "===", ""]


def _fountain_turn(t: Turn, t_) -> list[str]:
    kind = t.kind
    if kind == Turn.Kind.SCENE:
        return [_slugline(t), "", *_action(t_(t.content))]
    if kind == Turn.Kind.ENDING:
        text = _inline(t_(t.content)) or "FADE OUT."
        if len(text) <= 30 and text.upper() == text:
            out = [f"> {text.lstrip('>').strip()}", ""]
        else:
            out = [*_action(text), "> FADE OUT.", ""]
        return [*out, "> THE END <", ""]
    if kind == Turn.Kind.CHOICE:
        return _note(f"The audience chose: {t_(t.content)}")
    if kind == Turn.Kind.MARKER:
        return _note(f"Edit: {t_(t.content)}")
    if kind == Turn.Kind.INTERVENTION:
        out = _note("The Director intervenes")
        if t.suggestion_id:
            out += _note(f"A twist suggested by {t.suggestion.author.username}: {t_(t.suggestion.text)}")
        return [*out, *_action(t_(t.content))]
    if t.character_id:
        c = t.character
        out = []
        if t.content:
            out += _dialogue(_cue(c.name), _parenthetical(t_(t.emotion)), t_(t.content))
        if t.action:
            out += _action(t_(t.action))
        if t.thought:  # a private thought is an aside to the audience: the character's inner voice
            out += _dialogue(_cue(c.name, "V.O."), "(thinking)", t_(t.thought))
        if t.revealed_secret:
            out += _note(f"Secret revealed to {', '.join(map(str, t.revealed_to)) or 'everyone'}: "
                         f"{t_(t.revealed_secret)}")
        return out
    if kind == Turn.Kind.DIALOGUE and t.content:  # the speaker was deleted: keep the line as action
        return _action(f"“{t_(t.content)}”")
    return _action(t_(t.content))


# --- Final Draft and PDF (screenplain) -------------------------------------------------------


def screenplay(fountain_text: str):
    from screenplain.parsers import fountain

    return fountain.parse(io.StringIO(fountain_text))


def to_fdx(story: Story, *, private: bool) -> str:
    from screenplain.export.fdx import to_fdx as write_fdx

    out = io.StringIO()
    write_fdx(screenplay(to_fountain(story, private=private)), out)
    return out.getvalue()


@cache
def _pdf_settings():
    from screenplain.export.pdf import Settings

    return Settings()  # registers the bundled Courier Prime once per process


def to_pdf(story: Story, *, private: bool) -> bytes:
    from screenplain.export.pdf import to_pdf as write_pdf

    out = io.BytesIO()
    write_pdf(screenplay(to_fountain(story, private=private)), out, settings=_pdf_settings())
    return out.getvalue()


FORMATS = {
    "json": (to_json, "application/json; charset=utf-8"),
    "md": (to_markdown, "text/markdown; charset=utf-8"),
    "fountain": (to_fountain, "text/plain; charset=utf-8"),
    "fdx": (to_fdx, "application/xml; charset=utf-8"),
    "pdf": (to_pdf, "application/pdf"),
}


def outline_data(story: Story, private: bool) -> list[dict]:
    """The outline's scenes: all of them for the owner and editors, for everyone else the ones
    played (no spoilers) until the story is finished, as the room shows them. The Director's
    notes (what must change, whose secret) stay the staff's."""
    planned = story.outline.select_related("secret_holder", "scene").prefetch_related("present").order_by("index")
    everything = private or story.status == Story.Status.FINISHED
    return [{"index": p.index, "beat": p.beat, "place": p.place, "time_of_day": p.time_of_day,
             "present": [c.name for c in p.present.all()], "must_change": p.must_change if private else "",
             "climax": p.climax,
             "secret_holder": p.secret_holder.name if p.secret_holder_id and private else "",
             "secret_index": p.secret_index if private else 0,
             "status": "played" if p.scene_id and p.scene.complete else "now" if p.scene_id else
             "skipped" if p.skipped else "to come"}
            for p in planned if everything or p.scene_id]

