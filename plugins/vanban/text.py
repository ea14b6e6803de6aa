"""Vietnamese text handling: NFC normalisation, diacritic folding and slugs.

Folding strips combining marks after NFD *and* maps đ/Đ explicitly, because đ is a
letter of its own in Unicode and has no decomposition.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"  # what normalise_dashes maps to "-"
_DASH_TABLE = str.maketrans({c: "-" for c in DASHES})
_D_TABLE = str.maketrans({"đ": "d", "Đ": "D"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def nfc(text: str) -> str:
    """Return *text* in NFC, the form Word, PDFs and keyboards disagree on."""
    return unicodedata.normalize("NFC", text)


def normalise_dashes(text: str) -> str:
    """Replace every Unicode dash and minus sign by an ASCII hyphen."""
    return text.translate(_DASH_TABLE)


def fold(text: str) -> str:
    """Strip Vietnamese diacritics: ``"Liên đoàn"`` → ``"Lien doan"``."""
    if text.isascii():
        return text
    # Names, numbers and titles are folded again and again (every citation folds its issuer).
    return _fold_short(text) if len(text) <= 256 else _fold(text)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.translate(_D_TABLE))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)


_fold_short = functools.lru_cache(maxsize=1 << 16)(_fold)


def slugify(text: str, max_length: int = 80) -> str:
    """ASCII lower-case slug; ``"300/LĐLĐ"`` → ``"300-ldld"``, ``"57-NQ/TW"`` → ``"57-nq-tw"``."""
    slug = _NON_SLUG.sub("-", fold(normalise_dashes(text)).lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rstrip("-")
    return slug


def collapse_space(text: str) -> str:
    """Collapse runs of white space (line breaks included) into single spaces."""
    return " ".join(text.split())


def unique_slugs(names: Iterable[str], fallback: str = "khac") -> dict[str, str]:
    """A distinct slug per distinct name: "Đông Thanh" and "Đông Thạnh" fold alike, so the
    later one (in sorted order, for stable URLs) gets a numeric suffix."""
    result: dict[str, str] = {}
    taken: set[str] = set()
    for name in sorted(set(names)):
        base = slugify(name) or fallback
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        result[name] = slug
    return result
