"""Character cards in the SillyTavern "character card V2" format (spec `chara_card_v2`): the format only.

Export: `character_card` builds a V2 card; unrevealed secrets go only into the owner's and
editors' copies. MovieSim's own sheet travels under `data.extensions.moviesim`, so a card
exported here and imported into another story gives back the same sheet.

Import: `read_card` reads a V2 card (JSON, or a PNG with the card in its `chara` text chunk, as
SillyTavern saves them), a V3 card, or a V1 card (flat fields); `sheet_from_card` makes it a
MovieSim sheet. Anything else raises `CardError` with a message for the person who sent it.

The downloads and the upload are `characters.card_views`.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import struct
import zlib

from characters.models import Character

MAX_CARD_BYTES = 256 * 1024
SPEC_V2 = "chara_card_v2"
SPEC_V3 = "chara_card_v3"

# What the character editor accepts (characters.forms.CharacterForm): an imported sheet stays editable.
TEXT_LIMITS = {"name": 80, "role": 120, "background": 4000, "primary_motivation": 1000, "speaking_style": 1000}
LIST_LIMITS = {"personality_traits": 1000, "secrets": 2000, "secondary_goals": 2000, "fears": 1000}


class CardError(ValueError):
    """A file that cannot become a character; the message is shown to the person who sent it."""


# --- Export ----------------------------------------------------------------------------------


def character_card(character: Character, *, private: bool) -> dict:
    """A V2 card for one character; `private` (owner and editors) keeps unrevealed secrets."""
    story = character.story
    secrets = list(character.secrets) if private else [s for s in character.secrets
                                                       if s in character.revealed_secrets]
    lines = list(character.turns.exclude(content="").order_by("index").values_list("content", flat=True)[:4])
    description = _description(character, secrets)
    scenario = " ".join(x for x in (story.setting and f"Setting: {story.setting.rstrip('.')}.", story.logline) if x)
    moviesim = {
        "role": character.role,
        "background": character.background,
        "traits": list(character.personality_traits),
        "secrets": secrets,
        "revealed_secrets": list(character.revealed_secrets),
        "motivation": character.primary_motivation,
        "goals": list(character.secondary_goals),
        "fears": list(character.fears),
        "speaking_style": character.speaking_style,
        "talkativeness": character.talkativeness,
        "story": {"id": story.pk, "title": story.display_title, "genre": story.genre},
        "private": private,
    }
    return {
        "spec": SPEC_V2,
        "spec_version": "2.0",
        "data": {
            "name": character.name,
            "description": description,
            "personality": ", ".join(character.personality_traits),
            "scenario": scenario,
            "first_mes": lines[0] if lines else "",
            "mes_example": "\n".join(f"<START>\n{{{{char}}}}: {line}" for line in lines[1:4]),
            "creator_notes": (f"{character.name} from the MovieSim story “{story.display_title}”"
                              + (f" ({story.genre})" if story.genre else "")
                              + ". The full MovieSim sheet is in extensions.moviesim."),
            "system_prompt": "",
            "post_history_instructions": "",
            "alternate_greetings": [],
            "character_book": _character_book(character),
            "tags": [t for t in ("MovieSim", story.genre, character.role) if t],
            "creator": story.owner.username,
            "character_version": str(character.version),
            "extensions": {"talkativeness": str(round(character.talkativeness, 2)), "moviesim": moviesim},
        },
    }


def _description(c: Character, secrets: list[str]) -> str:
    parts = [f"{c.name}" + (f" is the {c.role}." if c.role else "."), c.background]
    if c.primary_motivation:
        parts.append(f"Wants: {c.primary_motivation.rstrip('.')}.")
    if c.secondary_goals:
        parts.append(f"Also wants: {'; '.join(g.rstrip('.') for g in c.secondary_goals)}.")
    if c.fears:
        parts.append(f"Fears: {'; '.join(f.rstrip('.') for f in c.fears)}.")
    if c.speaking_style:
        parts.append(f"Speaks: {c.speaking_style.rstrip('.')}.")
    if secrets:
        parts.append(f"Secrets: {'; '.join(s.rstrip('.') for s in secrets)}.")
    return "\n".join(p for p in parts if p)


def _character_book(c: Character) -> dict:
    """Relationships as lorebook entries: mentioning someone brings in how this character sees them."""
    entries = []
    for n, rel in enumerate(c.relationships.select_related("other").order_by("other_id")):
        other = rel.other.name
        keys = list(dict.fromkeys([other, other.split()[0]]))
        feeling = "warmly" if rel.opinion > 0.25 else "coldly" if rel.opinion < -0.25 else "warily"
        content = f"{c.name} sees {other} {feeling}" + (f" ({rel.kind})" if rel.kind else "") + "."
        if rel.description:
            content += f" {rel.description}"
        entries.append({"keys": keys, "content": content, "extensions": {}, "enabled": True,
                        "insertion_order": n, "name": other, "comment": f"{c.name} → {other}",
                        "case_sensitive": False, "selective": False, "constant": False,
                        "position": "after_char"})
    return {"name": f"{c.name}: relationships", "extensions": {}, "entries": entries}


# --- Import ----------------------------------------------------------------------------------


def read_card(raw: bytes) -> dict:
    """The card's fields (a V2/V3 `data` object, or a V1 card's top level) from JSON or PNG bytes."""
    if len(raw) > MAX_CARD_BYTES:
        raise CardError(f"That file is over {MAX_CARD_BYTES // 1024} KB; a character card is much smaller.")
    if raw.startswith(b"\x89PNG\r\n\x1a\n"):
        raw = _png_card(raw)
    try:
        card = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise CardError("That file is not JSON: choose a character card (.json).") from None
    if not isinstance(card, dict):
        raise CardError("That JSON is not a character card.")
    if "\\u0000" in json.dumps(card):
        raise CardError("That card holds NUL characters: it is not a text character card.")
    spec = card.get("spec")
    if spec in (SPEC_V2, SPEC_V3):
        data = card.get("data")
        if not isinstance(data, dict):
            raise CardError("That card has no data object: it is not a valid V2 character card.")
        return data
    if spec is None and isinstance(card.get("name"), str) and all(
            isinstance(card.get(key), str) for key in ("description", "personality")):
        return card  # V1: the fields at the top level
    raise CardError("That JSON is not a SillyTavern character card (V2, with \"spec\": \"chara_card_v2\").")


def _png_card(raw: bytes) -> bytes:
    """The base64 JSON SillyTavern keeps in a PNG's `chara` (V2) or `ccv3` (V3) text chunk."""
    found: dict[str, bytes] = {}
    pos = 8
    while pos + 8 <= len(raw):
        length, kind = struct.unpack(">I4s", raw[pos:pos + 8])
        body = raw[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"tEXt" and b"\x00" in body:
            key, value = body.split(b"\x00", 1)
        elif kind == b"zTXt" and b"\x00" in body:
            key, rest = body.split(b"\x00", 1)
            try:
                value = zlib.decompress(rest[1:])
            except zlib.error:
                continue
        else:
            if kind == b"IEND":
                break
            continue
        found[key.decode("latin-1").lower()] = value
    value = found.get("chara") or found.get("ccv3")
    if value is None:
        raise CardError("That image holds no character card.")
    try:
        return base64.b64decode(value, validate=False)
    except (binascii.Error, ValueError):
        raise CardError("The card inside that image is damaged.") from None


def _text(value, limit: int) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value if v is not None)
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _items(value, limit: int) -> list[str]:
    """Up to `limit` characters of items, as the editor shows them (one per line)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple):
        return []
    out: list[str] = []
    for item in value:
        text = " ".join(str(item).split()) if isinstance(item, str | int | float) else ""
        if not text:
            continue
        if len("\n".join([*out, text])) > limit:
            break
        out.append(text)
    return out


def _unit(value, default: float = 0.5) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    if number != number:  # NaN
        return default
    return max(0.0, min(1.0, number))


def _macros(text: str, name: str) -> str:
    return re.sub(r"\{\{\s*user\s*\}\}|<USER>", "the stranger",
                  re.sub(r"\{\{\s*char\s*\}\}|<BOT>", name, text, flags=re.I), flags=re.I)


def sheet_from_card(data: dict) -> dict:
    """A MovieSim sheet from a card's fields; MovieSim's own extension wins where it is present."""
    name = " ".join(str(data.get("name") or "").split()) if isinstance(data.get("name"), str) else ""
    if not name:
        raise CardError("That card has no name: a character needs one.")
    if len(name) > TEXT_LIMITS["name"]:
        raise CardError(f"That character's name is over {TEXT_LIMITS['name']} characters.")
    extensions = data.get("extensions") if isinstance(data.get("extensions"), dict) else {}
    ms = extensions.get("moviesim") if isinstance(extensions.get("moviesim"), dict) else None
    if ms is not None:
        return {
            "name": name,
            "role": _text(ms.get("role"), TEXT_LIMITS["role"]),
            "background": _text(ms.get("background", data.get("description")), TEXT_LIMITS["background"]),
            "personality_traits": _items(ms.get("traits"), LIST_LIMITS["personality_traits"]),
            "secrets": _items(ms.get("secrets"), LIST_LIMITS["secrets"]),
            "primary_motivation": _text(ms.get("motivation"), TEXT_LIMITS["primary_motivation"]),
            "secondary_goals": _items(ms.get("goals"), LIST_LIMITS["secondary_goals"]),
            "fears": _items(ms.get("fears"), LIST_LIMITS["fears"]),
            "speaking_style": _text(ms.get("speaking_style"), TEXT_LIMITS["speaking_style"]),
            "talkativeness": _unit(ms.get("talkativeness", extensions.get("talkativeness"))),
        }
    # A card from elsewhere: SillyTavern's free text, mapped to the closest fields.
    description = _macros(_text(data.get("description"), 20000), name)
    personality = _macros(_text(data.get("personality"), 20000), name)
    traits = [t.strip(" .") for t in re.split(r"[,;\n]", personality) if t.strip(" .")]
    if traits and max(len(t) for t in traits) > 60:  # prose, not a list of traits
        traits = [_text(personality, LIST_LIMITS["personality_traits"])]
    background = "\n\n".join(p for p in (description, _macros(_text(data.get("scenario"), 4000), name)) if p)
    example_line = _example_line(_macros(_text(data.get("mes_example"), 4000), name), name) or _example_line(
        _macros(_text(data.get("first_mes"), 4000), name), name, anyone=True)
    return {
        "name": name,
        "role": "",
        "background": _text(background, TEXT_LIMITS["background"]),
        "personality_traits": _items(traits, LIST_LIMITS["personality_traits"]),
        "secrets": [],
        "primary_motivation": "",
        "secondary_goals": [],
        "fears": [],
        "speaking_style": _text(f"Sounds like this: “{example_line}”" if example_line else "",
                                TEXT_LIMITS["speaking_style"]),
        "talkativeness": _unit(extensions.get("talkativeness")),
    }


def _example_line(text: str, name: str, *, anyone: bool = False) -> str:
    """The first thing the character says in an example ("Name: line"), trimmed to a sample."""
    for line in re.sub(r"<START>", "\n", text, flags=re.I).split("\n"):
        line = line.strip()
        if line.startswith(f"{name}:"):
            line = line[len(name) + 1:].strip()
        elif not anyone or re.match(r"^[^:]{1,40}:", line):
            continue
        if line:
            return line if len(line) <= 300 else line[:299].rstrip() + "…"
    return ""
