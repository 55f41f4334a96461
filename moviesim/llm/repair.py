"""Local repairs of a reply that breaks its schema in a cosmetic way.

A model (a small local one especially) may write "Dr. Quinn" where the enum says "Mara
Quinn", return four plot options where three are allowed, a number just out of range, a
line longer than its field, a field the schema does not have, or leave out one it does.
None of that should cost a story or a model call: `repair(schema, data)` returns the data
with such breaks mended, as a person reading it would:

- a name is matched to the one it means; a list item naming no one present is dropped;
- a number is clamped into its range, a list cut to its maximum, a text cut (at a word) to
  its length;
- an unknown field is dropped; a null text, list or flag is filled empty, and so is a missing
  one when most of the reply is there.

It leaves anything else alone (the caller validates again; what is still wrong, such as a
cast of two where three are needed, is a real error).
"""

import re
import types
import typing
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo

TITLES = {"dr", "doctor", "mr", "mrs", "ms", "miss", "mx", "sir", "lady", "lord", "dame", "captain", "capt",
          "detective", "det", "inspector", "officer", "sergeant", "sgt", "professor", "prof", "father", "sister",
          "brother", "mother", "agent", "chief", "judge", "nurse", "uncle", "aunt", "madam", "madame", "monsieur"}


def _words(name: str) -> list[str]:
    words = re.findall(r"[\w'-]+", name.lower())
    return [w for w in words if w.rstrip(".") not in TITLES] or words


def match_name(value: str, names: list[str]) -> str | None:
    """The name in `names` that `value` means, as a person would read it: case and spacing,
    a title ("Dr. Quinn", "Detective Quinn"), a first or last name alone, the name inside
    a longer phrase ("Mara (the keeper)"). None when it means none, or more than one."""
    if not isinstance(value, str):
        return None
    wanted = " ".join(_words(value))
    if not wanted:
        return None
    exact = [n for n in names if " ".join(_words(n)) == wanted or n.strip().lower() == value.strip().lower()]
    if len(exact) == 1:
        return exact[0]
    parts = set(wanted.split())
    partial = [n for n in names if parts & set(_words(n))]
    if len(partial) == 1:
        return partial[0]
    inside = [n for n in names if " ".join(_words(n)) in wanted]
    return inside[0] if len(inside) == 1 else None


def _literal_values(annotation: Any) -> list | None:
    if typing.get_origin(annotation) is Literal:
        return list(typing.get_args(annotation))
    return None


def _model_of(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                return arg
    return None


def _bounds(info: FieldInfo, kind: str) -> Any:
    for meta in info.metadata:
        value = getattr(meta, kind, None)
        if value is not None:
            return value
    return None


def _one(value: Any, allowed: list) -> Any:
    if value in allowed:
        return value
    if isinstance(value, str):
        strings = [a for a in allowed if isinstance(a, str)]
        if value.strip() in strings:
            return value.strip()
        found = match_name(value, [a for a in strings if a])
        if found is not None:
            return found
        if value.strip() == "" and "" in allowed:
            return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if int(value) in allowed:
            return int(value)
    return allowed[0]  # the schema's first choice is its safe default ("everyone", 0, a first candidate)


def repair(schema: type[BaseModel], data: Any) -> Any:
    """`data` with its cosmetic breaks of `schema` mended (see the module docstring)."""
    if not isinstance(data, dict):
        return data
    out = {name: value for name, value in data.items() if name in schema.model_fields}
    # Filling what is missing is cosmetic only in a reply that is mostly there: not in one of
    # the wrong shape, or cut off after its first fields.
    fill = 2 * len(out) >= len(schema.model_fields)
    for name, info in schema.model_fields.items():
        annotation = info.annotation
        if out.get(name) is None and (fill or name in out):
            empty = _empty(annotation)
            if empty is not _NONE:
                out[name] = empty
        if name in out:
            out[name] = _mend(out[name], annotation, info)
    return out


_NONE = object()


def _empty(annotation: Any) -> Any:
    """The value a missing field reads as when leaving it empty changes nothing: "" for text,
    [] for a list, False for a flag, None where null is allowed; _NONE where there is none."""
    if annotation is str or _text_bound(annotation) is not None:
        return ""
    if typing.get_origin(annotation) is list:
        return []
    if annotation is bool:
        return False
    if type(None) in typing.get_args(annotation):
        return None
    return _NONE


def _mend(value: Any, annotation: Any, info: FieldInfo) -> Any:
    allowed = _literal_values(annotation)
    if allowed is not None:
        return _one(value, allowed)
    model = _model_of(annotation)
    if model is not None:
        return repair(model, value) if isinstance(value, dict) else value
    if typing.get_origin(annotation) is list and isinstance(value, list):
        return _mend_list(value, annotation, info)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        low, high = _bounds(info, "ge"), _bounds(info, "le")
        if low is not None and value < low:
            return low
        if high is not None and value > high:
            return high
        return value
    if isinstance(value, str):
        return _cut(value, _bounds(info, "max_length") or _text_bound(annotation))
    return value


def _mend_list(value: list, annotation: Any, info: FieldInfo) -> list:
    (item,) = typing.get_args(annotation) or (Any,)
    item_allowed, item_model = _literal_values(item), _model_of(item)
    if item_allowed is not None:  # unknown names are dropped, known ones spelled as the enum does
        strings = [a for a in item_allowed if isinstance(a, str)]
        kept = [v if v in item_allowed else match_name(v, strings) for v in value]
        value = list(dict.fromkeys(v for v in kept if v is not None))
    elif item_model is not None:  # an item naming no one allowed (a relationship to a stranger) is dropped
        value = [repair(item_model, v) for v in value if isinstance(v, dict) and _names_allowed(item_model, v)]
    elif _text_bound(item) is not None:
        value = [_cut(v, _text_bound(item)) if isinstance(v, str) else v for v in value]
    longest = _bounds(info, "max_length")
    if longest is not None:
        value = value[:longest]
    shortest = _bounds(info, "min_length")
    if shortest and len(value) < shortest and item_allowed:
        value = (value + [a for a in item_allowed if a not in value])[:shortest]
    return value


def _names_allowed(model: type[BaseModel], data: dict) -> bool:
    """Whether every name-choice field of `data` names someone `model` allows (matched as a person would)."""
    for name, info in model.model_fields.items():
        allowed = _literal_values(info.annotation)
        value = data.get(name)
        if allowed and isinstance(value, str) and all(isinstance(a, str) for a in allowed):
            if value not in allowed and match_name(value, list(allowed)) is None:
                return False
    return True


def _text_bound(annotation: Any) -> int | None:
    """The max_length of an `Annotated[str, Field(max_length=...)]`, else None."""
    if typing.get_origin(annotation) is typing.Annotated:
        args = typing.get_args(annotation)
        if args and args[0] is str:
            for meta in args[1:]:
                for part in getattr(meta, "metadata", [meta]):
                    if getattr(part, "max_length", None) is not None:
                        return part.max_length
    return None


def _cut(text: str, limit: int | None) -> str:
    """`text` cut to `limit` characters at the last word that fits (a sentence's end if one is near)."""
    if limit is None or len(text) <= limit:
        return text
    head = text[:limit]
    end = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    if end >= limit // 2:
        return head[:end + 1]
    space = head.rfind(" ")
    return (head[:space] if space >= limit // 2 else head).rstrip(" ,;:-")
