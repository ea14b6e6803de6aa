"""Long alternations regrouped by their first letter, so that CPython's engine tries fewer of them: the same matches.

Performance only. :data:`.patterns.DUTY` is one alternation of about 140 words, searched at every word start of a
clause: CPython's ``re`` tries its alternatives one after another, so each start pays a test of every one. Regrouped
by first letter ("chủ trì|…|chỉ đạo" as "c(?:hủ trì|…|hỉ đạo)"), a start pays one test per letter and then the few
words of its own. At 1,000 synthetic documents every block's DUTY scan took 0.62 s written out and 0.21 s regrouped.
The readers compile the patterns they scan most through :func:`compiled` (once: the source is rewritten, then compiled);
task reading at 120 synthetic documents, callgrind, 337.0 -> 306.6 M instructions, for 73 M more once per process
(the rewriting, a few milliseconds, and the regrouped patterns' compiling).

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


# A source cut into what the rewriting needs to tell apart, in one scan: escapes and classes (whole), groups that
# close themselves (a backreference, a comment, flags for the whole source), the openings of the groups it reads
# into (non-capturing, lookaround, capturing, named), those of any other group (read as written), ")" and "|", and
# runs of plain characters (quantifiers among them).
_TOKENS = re.compile(r"""
    (?P<escape>\\.)
  | (?P<klass>\[\^?\]?(?:\\.|[^\]\\])*\])
  | (?P<whole>\(\?(?:P=\w+|\#[^)]*|[aiLmsux]+)\))
  | (?P<open>\(\?(?::|=|!|<=|<!|P<\w+>)|\((?!\?))
  | (?P<other>\(\?)
  | (?P<close>\))
  | (?P<bar>\|)
  | (?P<run>[^\\\[()|]+)
""", re.VERBOSE | re.DOTALL)
_AS_WRITTEN_INSIDE = ("(?<!", "(?<=")  # lookbehinds are kept as written (fixed width), as are the groups of "other"


class _Group:
    """A group of the source: its opening as written and its alternatives, each a list of pieces (text or groups)."""

    __slots__ = ("alternatives", "head", "verbatim")

    def __init__(self, head: str, verbatim: bool) -> None:
        self.head, self.verbatim = head, verbatim
        self.alternatives: list[list[str | _Group]] = [[]]

    def source(self, flags: int) -> str:
        """The group's source, its non-capturing alternations of more than two regrouped (:func:`regrouped_source`)."""
        if self.verbatim:
            return self.written()
        alternatives = ["".join(x if isinstance(x, str) else x.source(flags) for x in pieces)
                        for pieces in self.alternatives]
        if self.head == "(?:" and len(alternatives) > 2:
            return self.head + regrouped_source(alternatives, flags) + ")"
        return self.head + "|".join(alternatives) + (")" if self.head else "")

    def written(self) -> str:
        """The group's source as written."""
        return self.head + "|".join("".join(x if isinstance(x, str) else x.written() for x in pieces)
                                    for pieces in self.alternatives) + (")" if self.head else "")


def _parse(src: str) -> _Group:
    """The source as a tree of groups (the root: no opening); :class:`_Unsupported` when it cannot be read so."""
    root = _Group("", False)
    stack = [root]
    read = 0
    for m in _TOKENS.finditer(src):
        if m.start() != read:
            raise _Unsupported(src[read:read + 40])
        read = m.end()
        kind, text, top = m.lastgroup, m.group(), stack[-1]
        if kind == "open" or kind == "other":
            group = _Group(text, top.verbatim or kind == "other" or text in _AS_WRITTEN_INSIDE)
            top.alternatives[-1].append(group)
            stack.append(group)
        elif kind == "close":
            if len(stack) == 1:
                raise _Unsupported(src)
            stack.pop()
        elif kind == "bar":
            top.alternatives.append([])
        else:
            top.alternatives[-1].append(text)
    if read != len(src) or len(stack) != 1:
        raise _Unsupported(src)
    return root


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
    """*src* with every non-capturing group of more than two alternatives regrouped (:func:`regrouped_source`); the
    groups this module does not read (lookbehinds, "(?i:…)", atomic, conditional) and all inside them as written."""
    return _parse(src).source(flags)


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
