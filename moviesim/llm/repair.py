"""Local repairs of a reply that breaks its schema in a cosmetic way.

A model (a small local one especially) may write "Dr. Quinn" where the enum says "Mara
Quinn", return four plot options where three are allowed, or a number just out of range.
None of that should cost a story or a model call: `repair(schema, data)` returns the data
with such breaks mended, as a person reading it would, and leaves anything else alone (the
caller validates again; what is still wrong is a real error).
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
    out = dict(data)
    for name, info in schema.model_fields.items():
        if name not in out:
            continue
        value, annotation = out[name], info.annotation
        allowed = _literal_values(annotation)
        if allowed is not None:
            out[name] = _one(value, allowed)
            continue
        model = _model_of(annotation)
        if model is not None:
            out[name] = repair(model, value) if isinstance(value, dict) else value
            continue
        if typing.get_origin(annotation) is list and isinstance(value, list):
            (item,) = typing.get_args(annotation) or (Any,)
            item_allowed, item_model = _literal_values(item), _model_of(item)
            if item_allowed is not None:  # unknown names are dropped, known ones spelled as the enum does
                strings = [a for a in item_allowed if isinstance(a, str)]
                kept = [v if v in item_allowed else match_name(v, strings) for v in value]
                value = list(dict.fromkeys(v for v in kept if v is not None))
            elif item_model is not None:
                value = [repair(item_model, v) for v in value]
            longest = _bounds(info, "max_length")
            if longest is not None:
                value = value[:longest]
            shortest = _bounds(info, "min_length")
            if shortest and len(value) < shortest and item_allowed:
                value = (value + [a for a in item_allowed if a not in value])[:shortest]
            out[name] = value
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            low, high = _bounds(info, "ge"), _bounds(info, "le")
            if low is not None and value < low:
                out[name] = low
            if high is not None and value > high:
                out[name] = high
        if value is None and annotation is str:
            out[name] = ""
    return out
