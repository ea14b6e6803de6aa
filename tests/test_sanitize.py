"""Active content in bodies: the quick "cannot match" tests never hide what the patterns find."""

from __future__ import annotations

import random
import re

from vanban import sanitize
from vanban.sanitize import UnsafeContent, find_unsafe


def _reference(body: str) -> list[UnsafeContent]:
    """find_unsafe without the quick tests: every pattern over every body."""
    found: list[UnsafeContent] = []
    for what, pattern in sanitize._PATTERNS:
        if what.startswith("thuộc tính"):
            for tag in sanitize._TAG.finditer(body):
                for m in pattern.finditer(tag.group(0)):
                    found.append(UnsafeContent(sanitize._line_at(body, tag.start() + m.start()), what))
            continue
        for m in pattern.finditer(body):
            found.append(UnsafeContent(sanitize._line_at(body, m.start()), what))
    found.sort(key=lambda u: u.line)
    return found


def test_quick_classes_hold_every_case_insensitive_match_of_their_letter() -> None:
    for needs in sanitize._NEEDS.values():
        for cls in re.findall(r"\[([^\]]+)\]", needs.pattern):
            letter = cls[1]  # each class starts with the capital, then the small letter
            insensitive = re.compile(re.escape(letter), re.I)
            matching = {chr(c) for c in range(0x110000) if insensitive.fullmatch(chr(c))}
            assert matching == set(cls), (letter, sorted(matching ^ set(cls)))


def test_same_findings_as_every_pattern_over_every_body() -> None:
    pieces = ["Đoạn văn.", "\n", " ", "<", ">", "script", "SCRİPT", "javaſcript:", "JavaScript :", "vbscript:",
              "data", "DATA : text/html", "data:Text/HTML", "<a href=\"x\" onclick=\"f()\">", "<img src=x onerror=y>",
              "<iframe src=x></iframe>", "<script>alert(1)</script>", "<object>", "ıpt", "<b>", "on=1"]
    rng = random.Random(3)
    bodies = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    bodies += ["", "Không có gì.", "[bấm](javascript:alert(1))", "Xem data:text/html,<b>"]
    for body in bodies:
        assert find_unsafe(body) == _reference(body), body
    assert any(find_unsafe(b) for b in bodies) and any(not find_unsafe(b) for b in bodies)
