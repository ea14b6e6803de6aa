"""Phrases as regular expressions: one alternation, longest first, a blank matching a line break too; and the same as
whole words written for speed (:func:`whole_words`), which the lists of :mod:`.cues` and :mod:`.directives` compile to."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text import new_tone
from .vocabulary import GAP

__all__ = ["_alternation", "whole_words", "working_words"]


def _alternation(phrases: dict[str, str]) -> str:
    """The phrases as one alternation, longest first, a blank matching any run of blanks across one
    line break (:data:`.vocabulary.GAP`)."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(GAP.join(map(re.escape, phrase.split(" "))) for phrase in ordered)


def whole_words(phrases: Iterable[str], *, ignore_case: bool = True, after_blank: bool = False) -> str:
    r"""The phrases as whole words, written for speed: the same matches as
    ``(?<![^\W_])(?:{alternation})(?![^\W_])`` (``(?<=[ \t\d])`` first when *after_blank*: a blank or a digit; case
    ignored when *ignore_case*), which :data:`PLAIN_PATTERNS` keeps and the tests compare on real
    and generated text.

    A pattern that starts with a lookbehind is tried at every position of the text; one that starts
    with a character class lets the engine skip in C to the next letter a phrase can start with.
    So the phrases are grouped by their first letter: the class of those letters comes first, the
    lookbehind is checked after it (two characters back), then the rest of the group's phrases.
    """
    groups: dict[str, list[str]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        first = phrase[0].casefold() if ignore_case else phrase[0]
        groups.setdefault(first, []).append(GAP.join(map(re.escape, phrase[1:].split(" "))))

    def letters(first: str) -> str:
        return "".join(sorted({first, first.upper()})) if ignore_case else first

    rests = "|".join(
        f"(?<=[{re.escape(letters(first))}])" + (f"(?i:{'|'.join(tail)})" if ignore_case else f"(?:{'|'.join(tail)})")
        for first, tail in groups.items()
    )
    start = "".join(sorted({c for first in groups for c in letters(first)}))
    before = r"(?<=[ \t\d].)" if after_blank else r"(?<![^\W_].)"
    return rf"[{re.escape(start)}]{before}(?:{rests})(?![^\W_])"


def working_words(phrases: Iterable[str]) -> str:
    """:func:`whole_words` of *phrases* as the working copy writes them: its tone marks one way ("Họat động",
    :func:`.vocabulary.working_copy`), so a phrase list written as people write it matches there too."""
    return whole_words([new_tone(phrase) for phrase in phrases])
