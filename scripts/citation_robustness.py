#!/usr/bin/env python3
"""How the extractor holds up when the spent passages come dressed the way unseen pages do.

Each spent passage (never a fresh set: ``citation_eval.REAL_SETS`` only) is read as written and once more under each
dressing: a portal's chrome above the title (update time, breadcrumb, counter, print tools), the title repeated (a
news page's link and heading; on a tag page that already repeats its one item this makes two items, a listing, so a
few own numbers are rightly lost there), debris lines closing the page, a news paragraph's source tag, a broken font's
"Ð" for "Đ", "số: " for "số " in running text, CRLF line ends, dates written with dashes, a date stamp with its time
under a headline ("01/03/2021 00:00").  A dressing should change nothing the passage's annotation holds, so for each one
the report counts the own numbers it loses (right undressed, wrong dressed), the passages it makes cite themselves, the
annotated citations it loses or the extra ones it adds, and the relations it turns (right undressed, wrong dressed).  A
rule fitted to one page rarely survives this; a rule of a kind does.

    .venv/bin/python scripts/citation_robustness.py [--sets NAME …] [--dressings NAME …] [--examples N]
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from citation_eval import REAL_SETS, Passage, read_real_set

from vanban.citations import extract, number_key

DRESSINGS: dict[str, Callable[[str], str]] = {
    "updated-top": lambda t: "Cập nhật lúc 18:26, Thứ Ba, 29/09/2020 (GMT+7)\n\n" + t,
    "breadcrumb-top": lambda t: "Trang chủ / Tin tức / Tin trong tỉnh\n\n" + t,
    "counter-top": lambda t: "Lượt xem: 1234\n" + t,
    "title-twice": lambda t: t.split("\n", 1)[0] + "\n\n" + t if len(t.split("\n", 1)[0]) < 200 else t,
    "tools-top": lambda t: "In bài viết\n\n" + t,
    "debris-end": lambda t: t.rstrip() + "\n\n \n\n,\n,\n.\n,\n,\n",
    "share-end": lambda t: t.rstrip() + "\n\nChia sẻ\n\nIn bài\n\nTin liên quan\n",
    "source-tag": lambda t: re.sub(r"\n\n(?=[A-ZĐ])", "\n\n(Báo Nghệ An) - ", t, count=1),
    "eth": lambda t: t.replace("Đ", "\u00d0"),
    "so-colon": lambda t: re.sub(r"\bsố (?=\d)", "số: ", t),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "date-dashes": lambda t: re.sub(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", r"\1-\2-\3", t),
    "stamp-under-title": lambda t: re.sub(r"\A([^\n]{1,200}[^\s.!?…;:])\n", r"\1\n01/03/2021 00:00\n", t, count=1),
    "wrap-60": lambda t: _hard_wrap(t, 60),
    "wrap-75": lambda t: _hard_wrap(t, 75),
    "wrap-90": lambda t: _hard_wrap(t, 90),
    "cue-split": lambda t: re.sub(r"\b(số)[ \t]+(?=\d)", r"\1\n", t),
    "indent-8": lambda t: re.sub(r"(?m)^(?=.)", " " * 8, t),
    "no-blank-lines": lambda t: re.sub(r"\n[ \t]*\n+", "\n", t),
    "basis-on-title": lambda t: _BASIS_HEADING.sub(r" \1", t),
    "math-letters": lambda t: t.translate(_MATH_MONOSPACE),
}
"""The seven before the last are the layout a copy loses or gains on its way (a PDF's or a mail client's hard wrap, a wrap that
parts a cue's "số" from its number, an indented copy, the blank lines a scraper drops, a "Căn cứ" heading pasted onto
the line above it); the last one a spam copy's mathematical letters for plain ones."""

# A spam copy's styled letters: every plain small letter as its mathematical monospace form ("C𝚑ỉ 𝚝𝚑ị số 35 𝚌ủ𝚊 …"),
# the letters with a tone mark, the capitals and the digits left as they are
_MATH_MONOSPACE = str.maketrans({c: chr(0x1D68A + i) for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")})
_BASIS_HEADING = re.compile(r"\n+((?:[IVX]{1,4}\.[ \t]*)?(?i:căn cứ|cơ sở)(?:[ \t]+[^\W\d_]+){0,6}[ \t]*[:.]?[ \t]*)(?=\n)")


def _hard_wrap(text: str, width: int) -> str:
    """Every line of *text* cut at *width* columns, as a PDF's text layer or a mail client does."""
    return "\n".join(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False) if line.strip() else line
                     for line in text.split("\n"))


@dataclass
class Harm:
    own_lost: int = 0
    self_cited: int = 0
    citations_lost: int = 0
    citations_extra: int = 0
    relations_turned: int = 0
    examples: list[str] = field(default_factory=list)

    def row(self, name: str) -> str:
        return (f"{name:17} {self.own_lost:8} {self.self_cited:10} {self.citations_lost:10} {self.citations_extra:11}"
                f" {self.relations_turned:9}")


def _read(text: str) -> tuple[str | None, dict[str, str]]:
    extraction = extract(text, find_own=True)
    own = number_key(extraction.own.number) if extraction.own is not None else None
    return own, {number_key(c.number): c.relation for c in extraction.citations}


def harm_of(passages: list[Passage], dress: Callable[[str], str], examples: int) -> Harm:
    """What *dress* costs on *passages*, measured against each passage read undressed."""
    harm = Harm()
    for passage in passages:
        want_own = number_key(passage.own) if passage.own else None
        wanted = {number_key(c["number"]): c["relation"] for c in passage.citations}
        own, cited = _read(passage.text)
        dressed_own, dressed = _read(dress(passage.text))
        lost = (cited.keys() & wanted.keys()) - dressed.keys()
        extra = (dressed.keys() - wanted.keys()) - cited.keys()
        turned = sorted(k for k in cited.keys() & wanted.keys() & dressed.keys() if cited[k] == wanted[k] != dressed[k])
        lost_own = own == want_own and dressed_own != want_own
        cites_itself = want_own is not None and want_own in dressed and want_own not in cited
        harm.own_lost += lost_own
        harm.self_cited += cites_itself
        harm.citations_lost += len(lost)
        harm.citations_extra += len(extra)
        harm.relations_turned += len(turned)
        if (lost_own or cites_itself or lost or extra or turned) and len(harm.examples) < examples:
            harm.examples.append(
                f"  {passage.id}: own {own} -> {dressed_own}; lost {sorted(lost)}; extra {sorted(extra)}; turned {turned}"
            )
    return harm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", choices=REAL_SETS, default=list(REAL_SETS), metavar="NAME",
                        help="spent sets to dress (default: all of them; a fresh set is never read)")
    parser.add_argument("--dressings", nargs="+", choices=list(DRESSINGS), default=list(DRESSINGS), metavar="NAME")
    parser.add_argument("--examples", type=int, default=0, help="list up to N harmed passages per dressing")
    args = parser.parse_args(argv)
    passages = [passage for name in args.sets for passage in read_real_set(name)]
    print(f"{len(passages)} passages of {len(args.sets)} spent sets")
    print(f"{'dressing':17} {'own lost':>8} {'self-cited':>10} {'cites lost':>10} {'cites extra':>11} {'turned':>9}")
    total = 0
    for name in args.dressings:
        harm = harm_of(passages, DRESSINGS[name], args.examples)
        total += harm.own_lost + harm.self_cited + harm.citations_lost + harm.citations_extra + harm.relations_turned
        print(harm.row(name))
        for line in harm.examples:
            print(line)
    return 0 if total == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
