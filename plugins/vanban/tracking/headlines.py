"""Whether a body's first block is a headline: the news it names is its writer's doing, not a duty (:mod:`.clauses`
reads the writer from it; both sentence readers skip it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from vanban.deadlines.blocks import BULLET, ITEM, ROMAN, TERMINAL, Block

from . import patterns as p
from . import vocabulary as v
from .scan import first_verb, has_verb
from .subjects import units_at

__all__ = ["MAX_HEADLINE", "MAX_STANDING", "MAX_TAG", "OPENING", "headline", "signer", "standing", "tag"]

MAX_HEADLINE = 200  # characters of a body's first line read as its headline
MAX_STANDING = 160  # characters of a line standing alone inside a page read as its sub-heading or a picture's caption
MAX_TAG = 60  # characters of a page's tag or section line before the headline
OPENING = 3  # blocks that may open a body: up to two tag lines (:func:`tag`), then the headline
# "TM. BAN THƯỜNG VỤ ĐOÀN TRƯỜNG", "T/M ỦY BAN NHÂN DÂN": the body a signature speaks for (thay mặt), on its own line.
SIGNED = re.compile(r"[ \t]*(?:TM|T/M)\.?[ \t]+(\S[^\n]{0,80}?)[ \t]*(?=\n|\Z)")
MARKS = ("TM", "T/M")  # what every match of SIGNED holds: found first, so that the pattern runs on a line or two only


def signer(body: str) -> str | None:
    """The key of the body a signature speaks for ("TM. BAN THƯỜNG VỤ ĐOÀN TRƯỜNG"): the writer, whose own steps the
    text announces ("– Ban Thường vụ Đoàn trường sẽ căn cứ …") and lends no due to (twenty-fourth session, heldout9 n52)."""
    for mark in MARKS:
        at = body.find(mark)
        while at != -1:
            start = body.rfind("\n", 0, at) + 1
            if body[start:at].isspace() or start == at:  # the mark opens its line
                m = SIGNED.match(body, start)
                if m is not None:
                    return p.unit_key(m.group(1)) if p.UNIT_START.match(m.group(1).lower()) else None
            at = body.find(mark, at + 1)
    return None


def tag(block: Block) -> bool:
    """Whether *block*, at a body's start, is a page's tag, section or picture line before its headline ("CÔNG TÁC ĐẢNG",
    "# đơn vị hành chính 2 cấp", "admin's picture", "[ad_1]", "(09/10/2020)", "tạm dừng việc sắp xếp các cơ quan"): one
    short line that ends no sentence, in capitals, bracketed, a Markdown heading or lower case. It names no body's duty; the
    headline under it is still the news's (its subject the writer)."""
    text = block.text
    if (len(block.lines) != 1 or len(text) > MAX_TAG or text[-1:] in TERMINAL or ITEM.match(text) or ROMAN.match(text)
            or BULLET.match(text) or p.ROMAN_HEADING.match(text)):
        return False  # a numbered or lettered heading ("I. MỤC ĐÍCH, YÊU CẦU") is the text's own
    return text.isupper() or text[:1] in "#[(" or text[:1].islower()


def headline(block: Block, body: str, after_tag: bool = False) -> bool:
    """Whether *block*, a body's first, is a headline ("Bộ Nội vụ hướng dẫn thực hiện chế độ báo cáo …",
    "Huyện ủy Thanh Hà chọn 2 đảng bộ tổ chức đại hội điểm"): one short line that ends no sentence, not a
    numbered or bulleted item nor a Markdown heading, with a blank line and more text after it (a line that only gives
    the page's time or views may come between: "Lượt xem: 911"). It names the news, its subject is the writer or the
    issuer, and it lays no duty (the text under it says who must act). Under a page's tag line (*after_tag*: :func:`tag`)
    the text may follow it on the next line when the headline opens with a body ("Đảng ủy phường … triển khai …"): the tag
    says a title comes (a date line under a title in capitals is no headline, and the text after it is read as before)."""
    text = block.text
    if len(block.lines) == 2 and (p.DATELINE.fullmatch(text, block.starts[1])
                                  or v.PAGE_LINE.match(text, block.starts[1]) or _stamp(text, block.starts[1])):
        text = text[:block.starts[1]].rstrip()  # "HĐND huyện … giám sát tại xã …⏎⏎00:01 | 10/05/2019": the page's time
    elif len(block.lines) != 1:
        return False
    if text[:1] == "d" and (stamp := p.STAMP.match(text)):
        text = text[stamp.end():]  # " date 2025-10-02 Xã Sao Vàng: Học tập, quán triệt …": the stored page's date stamp
    if not (len(text) <= MAX_HEADLINE and text[-1:] != "," and text[:1] not in ("#", "|") and ITEM.match(text) is None
            and BULLET.match(text) is None and p.ROMAN_HEADING.match(text) is None):
        return False
    closed = text[-1:] == "." and _own_news(text)  # after the cheap tests: it reads the whole line
    if text[-1:] in TERMINAL and not closed:
        return False
    # A body's news with the text on the next line ("UBMTTQ phường … sơ kết công tác quý III, triển khai nhiệm vụ quý IV"
    # over "Ngày 1/11/2025, UBMTTQ phường … sơ kết …"): the line is its own block, so it ends there; with no assigning word
    # it can only name its own subject, the writer (twenty-first session: heldout4 m33, m38, and 20 such rows on the
    # unscored citation and import texts). Under a page's tag line any body's headline may be so.
    if text[:1] in "ĐđYy" and p.ASSIGN.match(text) is not None:
        return False  # "Đề nghị các tỉnh chấn chỉnh công tác …": a headline that is the order itself lays it (heldout3 k29)
    body_first = text[-1:] != ":" and p.UNIT_START.match(p.retone(text)) is not None
    return _more_after(body, text, block.lines[0], not closed and body_first and (after_tag or not has_verb(text)))


def standing(block: Block, lines: Sequence[str], before: str) -> bool:
    """Whether *block*, inside a body (*lines*: the body's lines; *before*: the block above), is a line standing alone
    that names the news: a headline under the page's date line or its chrome ("Thứ bảy, 25/03/2023" over "Các tỉnh phía
    Bắc triển khai các biện pháp khẩn cấp …"; "(Mic.gov.vn) -" under "Tỉnh Thanh Hoá nỗ lực hoàn thành …"), a sub-heading
    in the story ("Các địa phương xây dựng kế hoạch …, cập nhật tiến độ hằng tuần") or a picture's caption ("Công an xã
    Nhật Tân (Gia Lộc) hướng dẫn người dân …"). One short line that ends no sentence, not an item nor a bullet, with a
    blank line (or the page's top) above it, a blank line (or the same line again) below and more text after, that opens
    with a body and hands no body an order: its subject is what the story tells of, the text around it says who must act
    (thirty-sixth session: heldout10 d10, d47, heldout16 c41). A line after one that ends with ":" or ";" may be an item of
    the list that block opens or goes on with, so it is read; so is one that holds a due of its own (the readers test
    that: "Các xã tổ chức tiêu độc … trong tháng 3/2024" says what must be done by when)."""
    text = block.text
    if (len(block.lines) != 1 or len(text) > MAX_STANDING or text[-1:] in TERMINAL or before[-1:] in ":;"
            or ITEM.match(text) or BULLET.match(text) or p.ROMAN_HEADING.match(text)):
        return False
    n = block.lines[0]  # counted from 1
    if n > len(lines) or (n >= 2 and lines[n - 2].strip()):
        return False  # a line under another: a hard wrap or a list, not a line of its own
    below = lines[n].strip() if n < len(lines) else ""
    if (below and below != lines[n - 1].strip()) or not any(line.strip() for line in lines[n:]):
        return False
    probe = p.retone(text)
    if p.UNIT_START.match(probe) is None:
        return False
    low = probe.lower()
    return not any(word in low for word in p.ASSIGN_WORDS) and "đôn đốc" not in low


def _own_news(text: str) -> bool:
    """Whether a body's first line, one sentence closed by ".", is its news all the same ("UBND tỉnh chỉ đạo về việc tham
    gia ý kiến dự thảo Chỉ thị …", heldout8 w12; "UBND huyện Đánh giá kết quả tháng 10 …", heldout5 r03): it opens with one
    body, no group nor list ("UBND các xã tổ chức …" may open an excerpt's duties), and hands no body an order ("UBND
    huyện yêu cầu các xã …"), so the only holder it could name is its own subject, the writer. A blank line and more text
    must follow it (:func:`_more_after`), as under any headline."""
    if text.find(". ") != -1:
        return False
    probe = p.retone(text)
    found = units_at(probe)
    if found is None or " các " in f" {found[0].lower()} " or "," in found[0] or " và " in found[0]:
        return False
    verb = first_verb(found[1])
    return verb is None or units_at(found[1][verb.end():], after_verb=True) is None


def _stamp(text: str, start: int) -> bool:
    """Whether a headline's second line, from *start*, is the page's time with its buttons or counter ("08:41 | 31/01/2020
    Print E-mail", "10/11/2019 19:54 Số lượt xem: 2470")."""
    m = p.DATELINE.match(text, start)
    return m is not None and any(c.isdigit() for c in m.group()) and v.PAGE_TAIL.fullmatch(text, m.end()) is not None


def _more_after(body: str, text: str, line: int, after_tag: bool = False) -> bool:
    """Whether *text* (the block on line *line*) stands alone on its line with a blank line (or a page's line:
    :data:`.vocabulary.PAGE_LINE`; or, *after_tag*, any line) after it and more text below."""
    at = body.find(text)
    if at != -1:
        rest = body[at + len(text):]
    else:  # the block's text is the line cleaned (its dashes made one: "vụ đông – xuân", heldout7 g39): its end by number
        end = -1
        for _ in range(line):
            end = body.find("\n", end + 1)
            if end == -1:
                return False
        rest = body[end:]
    gap = p.BLANK_AFTER.match(rest)
    if gap is None and rest[:1] == "\n":  # under a tag, any line; else the page's line ("Lượt xem: 911"), then more
        if after_tag:
            return not rest.isspace()
        end = rest.find("\n", 1)
        if v.PAGE_LINE.match(rest, 1, end if end != -1 else len(rest)):
            return end != -1 and not rest[end:].isspace()
    return gap is not None and gap.end() < len(rest) and not rest.isspace()
