"""What a holder's row shows and whether it is one (twenty-fourth session, task30): a heading that names a unit
(:class:`Heading`, "Điều 2. Giao Sở …:", "a) Cục Thuế có trách nhiệm:") or a clause whose duty ends in a colon (:class:`Lead`,
"… đề nghị A, B thực hiện các nội dung sau:") has its duties in the list under it; a heading that names places or bodies
over content that asks nothing of them is no task (:meth:`Heading.gives`). :mod:`.walk` keeps them open."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from vanban.deadlines import Deadline
from vanban.deadlines.blocks import BULLET, ITEM
from vanban.text import collapse_space

from . import patterns as p
from .clauses import Stated

__all__ = ["SHOWN", "Heading", "Lead", "opens_duty", "shown", "unmarked"]

SHOWN = 300  # characters of a row's text: a clause's duty (:mod:`.walk`) and a task's (:data:`.tasks.MAX_TEXT`) alike
# Words :data:`.patterns.DUTY` lists to end a name that ask nothing when they open a text ("được mở rộng", "có 4 đường").
NO_DUTY = re.compile(r"(?:đã|đang|vừa|chưa|vẫn|dự\s+kiến|được|bị|có)$")


def opens_duty(text: str) -> bool:
    """Whether *text* (an item or bullet's words, a heading's after its units) opens with a duty: a duty word
    (:data:`.patterns.DUTY`, "Chủ trì, phối hợp …", "có trách nhiệm:") or an assigning one ("Đề nghị …"), not a place's
    or a list's words ("Đường phố Mai Thế Chuẩn", "Tách 4 xã … để sáp nhập …", "có 4 đường:", "- Văn phòng")."""
    low = text.lstrip(" -–+•*:").lower()
    m = p.DUTY.match(low)
    return (m is not None and NO_DUTY.match(m.group()) is None) or p.UNIT_LEAD.match(low) is not None


def short(text: str) -> str:
    """An item's first sentence, its closing marks dropped ("Kiểm tra, theo dõi … Phương án" of a longer item)."""
    text = collapse_space(text)
    k = text.find(". ")
    return (text[:k] if k > 0 else text).rstrip(" .;:")


@dataclass
class Heading:
    """An open heading that names a unit ("1. Sở Tài chính có trách nhiệm:", "Giao Sở Nông nghiệp …:", "UBND tỉnh yêu cầu
    các sở, ngành:") and what stands under it, until its row is made (:meth:`Walk.close_heading`)."""

    units: str
    line: int
    deadlines: list[Deadline]
    own: str = ""  # its own words after the units, as written ("chịu trách nhiệm hướng dẫn và tổ chức", "có trách nhiệm")
    asked: bool = False  # an order names the unit ("Giao A:", "1. Đề nghị A", "… yêu cầu A, B:"): a duty is given
    held: list[str] = field(default_factory=list)  # the items and paragraphs under it that are its duties
    duty: bool = False  # one of the blocks under it opens with a duty (:func:`opens_duty`)

    def hold(self, text: str, deadlines: Iterable[Deadline]) -> None:
        """A block under the heading (*text*: its words after its number or bullet) is one of its duties."""
        self.deadlines.extend(deadlines)
        if text:
            self.held.append(text)
            self.duty = self.duty or opens_duty(text)

    def gives(self) -> bool:
        """Whether the heading gives its unit a duty: an order names it, a due stands under it, or its own words or a
        block under it open with a duty. A heading that only names places over their streets or their new bounds ("1.
        Phường Chi Lăng 3 đường:" over "- Đường phố …"; "1. Huyện Đồng Văn và huyện Yên Minh:" over "Tách 4 xã …") asks
        nothing of them: no row (twenty-fourth session, task30)."""
        return self.asked or bool(self.deadlines) or self.duty or opens_duty(self.own)

    def text(self) -> str:
        """What the row shows (:func:`shown`), so that a holder's line ending in ":" shows its duties rather than nothing."""
        return shown(self.own, self.held)


@dataclass
class Lead:
    """The rows of a clause whose duty ends its block with a colon ("… đề nghị BHXH các tỉnh, thành phố thực hiện:",
    "các Sở GDĐT tập trung chỉ đạo, tổ chức thực hiện các nội dung sau:"): the bullets and items under it spell that duty
    out (:meth:`.walk.Walk.follow` ends it)."""

    first: int  # the clause's rows in the walk's output: out[first:end]
    end: int
    held: list[str] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)  # the dues inside the items under it
    took: bool = False  # the block just read was one of its items (:meth:`.walk.Walk.follow`)

    def close(self, out: list[Stated]) -> None:
        """The rows show the clause's words, then the duties under it (:func:`shown`); an undated row takes the dues its
        items give ("… yêu cầu A, B … cụ thể như sau:" over "1. Xây dựng báo cáo … gửi về … trước ngày 21/6/2019": the
        items spell out the units' duty, so their dues are the units'; thirtieth session, heldout16 c07)."""
        if self.held:
            dues = tuple(self.deadlines)
            out[self.first:self.end] = [replace(r, text=shown(r.text, self.held), deadlines=r.deadlines or dues)
                                        for r in out[self.first:self.end]]


def unmarked(text: str) -> str | None:
    """A bullet's or a numbered item's words after its mark (None for any other block, an article's "Điều 3." too)."""
    if p.ARTICLE.match(text):
        return None
    mark = BULLET.match(text) or ITEM.match(text)
    return text[mark.end():] if mark else None


def shown(own: str, held: list[str]) -> str:
    """A holder's words, then its duties' first sentences (a short form: the list may be long), cut at :data:`SHOWN`."""
    listed = "; ".join(s for s in map(short, held) if s)
    own = collapse_space(own).rstrip(" :")
    text = f"{own}: {listed}" if own and listed else own or listed
    if len(text) <= SHOWN:
        return text
    return text[:SHOWN - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


