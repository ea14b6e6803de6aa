"""Thirtieth session (citations README, "thirtieth session"): passages in another language marked FOREIGN and
scored apart (the coordinator's decision: the issue's targets are measured on Vietnamese text), and heldout29's
recurring first-contact kinds, each on a page written here in another layout than the page that showed it, run on
the fast extractor and its plain reference.  Each positive test fails on the session's start code (8f97540); each
mirror passes on both.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from script_modules import load_script

EVAL = load_script("citation_eval")

_VIETNAMESE_MARKS = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")
_FOREIGN_WORDS = {
    "the", "of", "and", "to", "in", "on", "for", "with", "by", "is", "was", "are", "be", "that", "this", "from",
    "as", "at", "which", "or", "an", "has", "have", "will", "shall", "dated", "les", "des", "du", "et", "dans",
    "pour", "une", "est", "sur", "der", "die", "das", "und", "den", "von", "mit", "ist", "nach", "com", "para",
    "pelo", "yang", "dengan", "untuk",
}


def _looks_foreign(text: str) -> bool:
    """Another script for most letters, or few Vietnamese marks among many common English/French/German words."""
    text = unicodedata.normalize("NFKC", text).lower()  # decorative letters (𝚑, 𝚝) are Latin ones
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    other_script = sum(1 for c in letters if not ("a" <= c <= "z" or c in _VIETNAMESE_MARKS)) / len(letters)
    marks = sum(1 for c in letters if c in _VIETNAMESE_MARKS) / len(letters)
    words = re.findall(r"[a-z']+", text)
    common = sum(1 for w in words if w in _FOREIGN_WORDS) / max(len(words), 1)
    return other_script > 0.3 or (marks < 0.1 and common > 0.2)


def test_every_passage_in_another_language_is_marked_foreign() -> None:
    """Every spent and check set: a passage that reads as another language carries "### level: FOREIGN …"."""
    unmarked = [p.id for name in EVAL.REAL_SETS + EVAL.CHECK_SETS for p in EVAL.read_real_set(name)
                if _looks_foreign(p.text) and not p.foreign]
    assert unmarked == []


def test_the_marks_are_the_listed_passages() -> None:
    """The README's list: 52 passages on 16 sets, twelve of them heldout29's."""
    marked = {name: sum(p.foreign for p in EVAL.read_real_set(name))
              for name in EVAL.REAL_SETS + EVAL.FRESH_SETS + EVAL.CHECK_SETS}
    assert marked["heldout29"] == 12 and marked["heldout28"] == 7 and marked["dev27"] == 6
    assert marked["tuning"] == marked["heldout13"] == 0


def test_the_vietnamese_line_leaves_the_foreign_passages_out() -> None:
    """evaluate_real's second score sums only the passages not marked FOREIGN; the first is unchanged."""
    errors: list[str] = []
    vietnamese = EVAL.Score()
    whole = EVAL.evaluate_real("heldout28", errors, vietnamese)
    passages = EVAL.read_real_set("heldout28")
    assert whole.documents == len(passages)
    assert vietnamese.documents == sum(not p.foreign for p in passages) == len(passages) - 7
    assert vietnamese.expected == sum(len({c["number"] for c in p.citations}) for p in passages if not p.foreign)
    assert EVAL.evaluate_real("heldout28", []).expected == whole.expected
    assert all(line.endswith("[FOREIGN]") for line in errors if line.startswith("h28-27"))


def test_the_report_prints_two_lines_a_set(capsys: pytest.CaptureFixture[str]) -> None:
    EVAL.main(["--sets", "heldout28"])
    out = capsys.readouterr().out.splitlines()
    at = next(i for i, line in enumerate(out) if line.startswith("heldout28 "))
    assert out[at + 1].startswith("  vi only ") and out[at + 1].split()[2] == "53"
