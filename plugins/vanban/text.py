"""Vietnamese text handling: NFC normalisation, tone placement, diacritic folding, comparison keys, slugs.

The one place text is normalised: :func:`text_key` compares two spellings of a phrase with its
diacritics kept (old and new tone placement, "uỷ"/"ủy", "hoá"/"hóa", agree), :func:`match_key`
with them folded away (names a clerk may type without diacritics). Folding strips combining
marks after NFD *and* maps đ/Đ explicitly, because đ is a letter of its own in Unicode and has
no decomposition.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

# Vietnamese letters with marks, by case: a range "à-ỹ" or "À-Ỹ" holds both cases (Ă, Đ, Ơ, Ư and Ạ…Ỹ interleave
# their capitals and small letters), so a class is written with these. One set for the importer and the citations.
UPPER_MARKED = "ĐÀÁẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"
LOWER_MARKED = "đàáảãạâấầẩẫậăắằẳẵặèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
UPPER = "A-Z" + UPPER_MARKED  # the letters, to put inside a class ("[" + UPPER + "]")
LOWER = "a-z" + LOWER_MARKED
UPPER_CLASS = "[" + UPPER + "]"  # one capital letter of Vietnamese
LOWER_CLASS = "[" + LOWER + "]"  # one small letter of Vietnamese

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"  # what normalise_dashes maps to "-"
_DASH_TABLE = str.maketrans({c: "-" for c in DASHES})
_D_TABLE = str.maketrans({"đ": "d", "Đ": "D"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def tone_table() -> dict[str, str]:
    """Old → new tone placement for oa, oe, uy ("hoá" → "hóa", "uỷ" → "ủy"); same length."""
    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for mark in ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323"):
            old = first + unicodedata.normalize("NFC", second + mark)
            new = unicodedata.normalize("NFC", first + mark) + second
            for variant_old, variant_new in (
                (old, new),
                (old.upper(), new.upper()),
                (old[0].upper() + old[1:], new[0].upper() + new[1:]),
            ):
                table[variant_old] = variant_new
    return table


TONES = tone_table()
# Every old-placement pair is o/u + a toned a/e/y: match the two classes, then look the pair up
# (an unknown pair such as "oÁ" is kept; its second character can never start a pair). After "q"
# the "u" is part of the consonant ("quý", "quỷ"), not of a diphthong: never moved.
TONE_FIRSTS = "".join(sorted({pair[0] for pair in TONES}))
TONE_SECONDS = "".join(sorted({pair[1] for pair in TONES}))
TONE_PAIR_RE = re.compile(f"[{TONE_FIRSTS}](?<![qQ].)[{TONE_SECONDS}]")


def retone(m: re.Match[str]) -> str:
    pair = m.group(0)
    return TONES.get(pair, pair)


def new_tone(text: str) -> str:
    """*text* with the old tone placement ("hoá", "uỷ") replaced by the new ("hóa", "ủy"); same length.
    For comparing only: a page shows the text as written."""
    return TONE_PAIR_RE.sub(retone, text)


def text_key(text: str) -> str:
    """Comparison key keeping diacritics: NFC, single spaces, case folded, new tone placement."""
    return new_tone(collapse_space(nfc(text))).casefold()


def match_key(text: str) -> str:
    """Comparison key without diacritics: NFC, folded, single spaces, case folded ("Ủy ban" = "uy  ban")."""
    return collapse_space(fold(nfc(text))).casefold()


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
