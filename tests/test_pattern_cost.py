"""No pattern of the core makes the regex engine try a character class member by member.

CPython compiles a character class into a bitmap looked up in one step only while every member
is in the Basic Multilingual Plane; one member beyond it (U+10000 and up: the mathematical
letters, emoji) and the class is kept as a list, tried member by member at every position the
pattern is tried. That is how one rule of the twentieth session made citation reading 5.6x slower
(~1,000 mathematical letters listed one by one; 08bdacd), and no test timed anything. Timing has
no place in tests on these machines (scripts/bench.py does it), but the kind of pattern that costs
so much can be found without running it: this walks every compiled pattern of every core module.
"""

from __future__ import annotations

import re
import re._constants as c  # the parser's opcodes: the public re module exposes no parse tree
import re._parser as parser
from typing import Any

from script_modules import load_script

ASTRAL_MEMBERS_AT_MOST = 8  # literals or ranges beyond U+FFFF in one class (one range is cheap)


def _core_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern held at module level by vanban outside its MkDocs adapter (named without "vanban."),
    as scripts/worst_case.py walks them."""
    patterns: dict[str, re.Pattern[str]] = load_script("worst_case").core_patterns()
    return patterns


def _classes(parsed: Any) -> list[list[tuple[Any, Any]]]:
    """The member lists of every character class in a parsed pattern, at any depth."""
    out: list[list[tuple[Any, Any]]] = []
    for op, av in parsed:
        if op is c.IN:
            out.append(av)
        elif op is c.BRANCH:
            for branch in av[1]:
                out += _classes(branch)
        elif op is c.SUBPATTERN:
            out += _classes(av[-1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            out += _classes(av[2])
        elif op in (c.ASSERT, c.ASSERT_NOT):
            out += _classes(av[1])
        elif op is c.ATOMIC_GROUP:
            out += _classes(av)
        elif op is c.GROUPREF_EXISTS:
            out += _classes(av[1]) + (_classes(av[2]) if av[2] else [])
    return out


def _astral(members: list[tuple[Any, Any]]) -> int:
    return sum((op is c.LITERAL and av > 0xFFFF) or (op is c.RANGE and av[1] > 0xFFFF) for op, av in members)


def test_the_walk_sees_the_core_patterns() -> None:
    patterns = _core_patterns()
    assert len(patterns) > 400
    assert {"citations.numbers.NUMBER_RE", "citations.vocabulary.UNPLAIN_RE"} <= set(patterns)
    sizes = [len(members) for p in patterns.values() for members in _classes(parser.parse(p.pattern, p.flags))]
    # the Vietnamese letter classes (vanban.text: 67 marked letters and a range, case by case; two in one class
    # ""[" + UPPER + LOWER + "]"" past 130): large, and cheap while they stay in the BMP
    assert max(sizes) > 100


def test_no_class_lists_members_beyond_the_bmp() -> None:
    costly = {
        name: worst
        for name, p in _core_patterns().items()
        if (worst := max((_astral(m) for m in _classes(parser.parse(p.pattern, p.flags))), default=0))
        > ASTRAL_MEMBERS_AT_MOST
    }
    assert not costly, f"write these characters as ranges (\\U0001D400-\\U0001D7FF), not one by one: {costly}"


def test_the_check_catches_the_regression_it_is_for() -> None:
    listed = "[" + "".join(chr(0x1D400 + i) for i in range(0, 1000, 2)) + "]"
    members = _classes(parser.parse(listed, 0))
    assert _astral(members[0]) > ASTRAL_MEMBERS_AT_MOST
    assert _astral(_classes(parser.parse("[\U0001D400-\U0001D7FFa-z]", 0))[0]) == 1
