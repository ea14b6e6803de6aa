"""Long alternations regrouped by their first letter, so that CPython's engine tries fewer of them: the same matches.

Performance only. :data:`.patterns.DUTY` is one alternation of about 140 words, searched at every word start of a
clause: CPython's ``re`` tries its alternatives one after another, so each start pays a test of every one. Regrouped
by first letter ("chủ trì|…|chỉ đạo" as "c(?:hủ trì|…|hỉ đạo)"), a start pays one test per letter and then the few
words of its own. At 1,000 synthetic documents every block's DUTY scan took 0.62 s written out and 0.21 s regrouped.

Why the matches are the same (:func:`regroup`, on each non-capturing group whose alternatives all open with a plain
letter): alternatives that open with different letters never match at the same place, so at any place only one
letter's group can match, and in it the alternatives keep their order: the engine produces the same matches, in the
same order of preference, backtracking included. A lookbehind before the letter moves after it, ``(?<!X)t`` as
``t(?<!(?:X)t)``: both test the same characters. Case-blind patterns are regrouped only when no two first letters
are the same letter to the engine. Whatever it cannot read that way (an escape, a class, a quantifier or another
group first, verbose patterns) is left as written, and any failure gives back the pattern unchanged.
tests/test_tracking_prefixed.py holds each regrouped pattern to the one written, match for match, on every text of
the tracking tests and a synthetic corpus and on every word the patterns list.
"""

from __future__ import annotations

import re

__all__ = ["AS_WRITTEN", "compiled", "regroup", "regrouped_source"]

# Each regrouped pattern with the source and flags it was written with: what the tests hold it to.
AS_WRITTEN: list[tuple[re.Pattern[str], str, int]] = []

_SPECIAL = frozenset("\\.^$*+?{}[]|()")
_QUANTIFIERS = frozenset("*+?{")
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # "(?i)": flags the source sets for all of it
# A lookbehind of fixed width without groups inside (escapes and classes allowed), at an alternative's start.
_LOOKBEHIND = re.compile(r"\(\?<([!=])((?:\\.|\[(?:\\.|[^\]\\])*\]|[^()\\\[])+)\)")


class _Unsupported(Exception):
    """An alternative this module does not read: its group is left as written."""


def _close(src: str, at: int) -> int:
    """The index of the ")" closing the group opened at *at* (``src[at] == "("``)."""
    depth, i, in_class = 0, at, False
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if src[i + 1:i + 2] == "]" or src[i + 1:i + 3] == "^]":
                i += 2 if src[i + 1] == "]" else 3  # a "]" first in a class is a literal
                continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise _Unsupported(src[at:at + 40])


def _split(src: str) -> list[str]:
    """*src* cut at its top-level "|"."""
    out, start, i = [], 0, 0
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(src, i) + 1
            continue
        if ch == "(":
            i = _close(src, i) + 1
            continue
        if ch == "|":
            out.append(src[start:i])
            start = i + 1
        i += 1
    out.append(src[start:])
    return out


def _class_end(src: str, at: int) -> int:
    """The index of the "]" closing the class opened at *at*."""
    i = at + 1
    if src[i:i + 1] == "^":
        i += 1
    if src[i:i + 1] == "]":
        i += 1
    while i < len(src):
        if src[i] == "\\":
            i += 2
            continue
        if src[i] == "]":
            return i
        i += 1
    raise _Unsupported(src[at:at + 40])


def _first_letter(alternative: str) -> tuple[str, str]:
    """(its first letter, the alternative with that letter taken off the front and its lookbehinds moved after it)."""
    behind = []
    rest = alternative
    while (m := _LOOKBEHIND.match(rest)) is not None:
        behind.append((m.group(1), m.group(2)))
        rest = rest[m.end():]
    if not rest or rest[0] in _SPECIAL or rest[0].isspace() or rest[1:2] in _QUANTIFIERS:
        raise _Unsupported(alternative)
    letter = rest[0]
    if not letter.isalpha():
        raise _Unsupported(alternative)
    moved = "".join(f"(?<{kind}(?:{body}){letter})" for kind, body in behind)
    return letter, moved + rest[1:]


def regrouped_source(alternatives: list[str], flags: int = 0) -> str:
    """One alternation of *alternatives* (regular expression sources), grouped by first letter; the plain join
    when one of them does not open with a plain letter, or two first letters are the same letter under *flags*."""
    try:
        groups: dict[str, list[str]] = {}
        for alternative in alternatives:
            letter, rest = _first_letter(alternative)
            groups.setdefault(letter, []).append(rest)
    except _Unsupported:
        return "|".join(alternatives)
    letters = list(groups)
    if flags & re.IGNORECASE:
        for n, a in enumerate(letters):
            for b in letters[n + 1:]:
                if re.fullmatch(re.escape(a), b, flags):
                    return "|".join(alternatives)  # one letter to the engine: its alternatives would change order
    parts = []
    for letter, rests in groups.items():
        parts.append(letter + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"))
    return "|".join(parts)


def _rewrite(src: str, flags: int) -> str:
    """*src* with every non-capturing group of many alternatives regrouped (:func:`regrouped_source`), inside out."""
    out, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            out.append(src[i:i + 2])
            i += 2
            continue
        if ch == "[":
            end = _class_end(src, i)
            out.append(src[i:end + 1])
            i = end + 1
            continue
        if ch == "(":
            end = _close(src, i)
            inner = src[i + 1:end]
            if inner.startswith("?:"):
                body = _rewrite(inner[2:], flags)
                alternatives = _split(body)
                if len(alternatives) > 2:
                    body = regrouped_source(alternatives, flags)
                out.append("(?:" + body + ")")
            elif inner.startswith(("?=", "?!")) or inner[:1] != "?":  # a lookahead, a numbered group
                head = 0 if inner[:1] != "?" else 2
                out.append("(" + inner[:head] + _rewrite(inner[head:], flags) + ")")
            elif inner.startswith("?P<"):  # a named group
                head = inner.index(">") + 1
                out.append("(" + inner[:head] + _rewrite(inner[head:], flags) + ")")
            else:
                out.append(src[i:end + 1])  # lookbehinds (fixed width), "(?i:…)", "(?-i:…)", conditionals: as written
            i = end + 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def regroup(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """*pattern* with its long alternations regrouped by first letter: the same matches, found with fewer tests.
    The pattern itself when it is verbose or anything in it cannot be read so."""
    if pattern.flags & re.VERBOSE:
        return pattern
    try:
        source = _rewrite(pattern.pattern, pattern.flags)
        if source == pattern.pattern:
            return pattern
        regrouped = re.compile(source, pattern.flags)
    except (_Unsupported, re.error, IndexError):
        return pattern
    AS_WRITTEN.append((regrouped, pattern.pattern, pattern.flags))
    return regrouped


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` with its long alternations regrouped (:func:`regroup`), compiled once; as
    written when the source sets its own flags (``(?i)``: the case test of :func:`regrouped_source` needs them)."""
    if not flags & re.VERBOSE and _GLOBAL_FLAGS.search(source) is None:
        try:
            regrouped = re.compile(_rewrite(source, flags), flags)
        except (_Unsupported, re.error, IndexError):
            return re.compile(source, flags)
        AS_WRITTEN.append((regrouped, source, flags))
        return regrouped
    return re.compile(source, flags)
