"""Genres, one module each, and keyword detection over a seed or a genre label."""

import re
from typing import Any

from moviesim.llm.offline_writer.genres import (
    comedy,
    drama,
    fantasy,
    heist,
    horror,
    mystery,
    romance,
    scifi,
    thriller,
)

# Order breaks ties: "a murder on a space station" is a mystery set in space.
GENRES: dict[str, dict[str, Any]] = {
    "mystery": mystery.GENRE,
    "heist": heist.GENRE,
    "sci-fi": scifi.GENRE,
    "fantasy": fantasy.GENRE,
    "horror": horror.GENRE,
    "romance": romance.GENRE,
    "comedy": comedy.GENRE,
    "thriller": thriller.GENRE,
    "drama": drama.GENRE,
}

_LABELS = {g["label"].lower(): key for key, g in GENRES.items()}


def _hits(keyword: str, text: str) -> int:
    # Short keywords ("ai", "spy") must be whole words; longer ones match as stems ("murder" → "murdered").
    suffix = r"s?" if len(keyword) <= 3 else r"\w{0,4}"
    return len(re.findall(r"(?<!\w)" + re.escape(keyword) + suffix + r"(?!\w)", text))


def detect_genre(text: str) -> str:
    """The genre key whose keywords the text mentions most; 'drama' when none."""
    low = (text or "").lower()
    if low.strip() in _LABELS:
        return _LABELS[low.strip()]
    if low.strip() in GENRES:
        return low.strip()
    best, best_score = "drama", 0.0
    for key, genre in GENRES.items():
        score = sum(_hits(kw, low) for kw in genre["keywords"])
        score += 0.5 * sum(_hits(kw, low) for kw in genre.get("weak_keywords", []))
        if score > best_score:
            best, best_score = key, score
    return best


def genre_data(text: str) -> dict[str, Any]:
    return GENRES[detect_genre(text)]
