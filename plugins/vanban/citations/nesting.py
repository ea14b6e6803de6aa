"""Nesting: which cores sit in another citation's description, and which are the next items of a list.
"""

from __future__ import annotations

import re

from .amendments import AMENDED_BY_LEAD, AMENDED_BY_REACH
from .cues import AMENDING, IMPLEMENT_WORDS
from .model import IMPLEMENTS, MENTIONS, Core
from .vocabulary import NOT_AFTER, NOT_BEFORE

__all__ = ["ALIAS", "nest"]

LEAD_FILL = " \t\n-+*•>#_"

LEAD_SEP = re.compile(rf"[,;:.!?]|\n|{NOT_BEFORE}(?:và|hoặc|cùng){NOT_AFTER}", re.IGNORECASE)


ALIAS = re.compile(
    r"\([ \t]{0,3}(?:sau[ \t]{1,3}đây[ \t]{1,3})?(?:được[ \t]{1,3})?(?:gọi|viết)(?:[ \t]{1,3}tắt)?[ \t]{1,3}là(?![^\W_])",
    re.IGNORECASE,
)


def nest(w: str, cores: list[Core]) -> None:
    stack: list[int] = []
    prev: int | None = None
    for i, core in enumerate(cores):
        if core.alias:
            continue
        while stack and cores[stack[-1]].desc_end <= core.start:
            stack.pop()
        gap = w[min(cores[prev].tail_end, core.start) : core.start] if prev is not None else ""
        # The gap's last separator matters only when nothing but LEAD_FILL follows it; a separator
        # is at most 4 characters long, so it is found from 4 characters before the trailing fill.
        filled = len(gap.rstrip(LEAD_FILL))
        last_sep: re.Match[str] | None = None
        for last_sep in LEAD_SEP.finditer(gap, max(0, filled - 4)):  # noqa: B007 - we want the last one
            pass
        if last_sep is not None and last_sep.group(0) == "\n" and wrapped_before(gap, last_sep.start(), last_sep.end()):
            # a wrapped line ("… triển khai thực hiện⏎Chỉ thị số 12-CT/TW" is still nested; "… và⏎Nghị
            # định số …" is the next item): the separator is the one before the line break, if any
            gap = gap[: last_sep.start()]
            filled = len(gap.rstrip(LEAD_FILL))
            last_sep = None
            for last_sep in LEAD_SEP.finditer(gap, max(0, filled - 4)):  # noqa: B007 - we want the last one
                pass
        if prev is not None and last_sep is not None and last_sep.end() >= filled:
            sep = last_sep.group(0)
            if sep in {",", "và", "hoặc", "cùng"} or sep.casefold() in {"và", "hoặc", "cùng"}:
                p = cores[prev]
                sibling_parent = p.parent
                if sibling_parent is not None and (back_to_outer_list(p, core) or names_back(cores, i, sibling_parent)):
                    p, sibling_parent = sibling_parent, sibling_parent.parent
                if sibling_parent is not None and sibling_parent.desc_end > core.start:
                    core.parent = sibling_parent
                    core.edge_relation = p.edge_relation
                elif sibling_parent is None and sep.casefold() == "và" and amended_in_description(w, p, core):
                    core.parent = p  # "Nghị định số 17/2006/NĐ-CP … về sửa đổi, bổ sung … các nghị định … và Nghị định
                    core.edge_relation = MENTIONS  # số 187/2004/NĐ-CP …": the amended list, in the description
                elif sibling_parent is None:
                    core.list_head = p.list_head or p
                while stack and cores[stack[-1]] is not core.parent:
                    stack.pop()
            else:
                stack.clear()
                # "… theo Nghị định số 20/2014/NĐ-CP … về phổ cập giáo dục; Thông tư số 07/2016/TT-BGDĐT …": an item
                # that is only the next document goes on with the list
                item = cores[prev]
                # (or a sentence of its own: next_sentence_item)
                after_item = w[max(item.tail_end, item.desc_end) : core.start].strip(" \t")
                if (sep == ";" and item.parent is None and after_item == ";") or (
                    sep == "." and next_sentence_item(w, item, core)
                ):
                    core.list_head = item.list_head or item
        elif prev is not None and "\n" not in gap and not gap.strip():  # no separator at all
            # "Nghị quyết số 57-NQ/TW 58-NQ/TW": adjacent, a sibling
            core.parent = cores[prev].parent
        elif (
            prev is not None
            and w.find("(", min(cores[prev].tail_end, core.start), core.start) >= 0
            and (aside := bracket_aside(w, cores[prev], core)) is not None
        ):
            # "Căn cứ công văn số 2457/UBND-VX ngày … (Triển khai thực hiện chỉ thị số 15/CT-TTg …) về việc …": a note
            # on the citation before, nested in it; "(được sửa đổi, bổ sung bởi …)" names what amends it, a list item
            if AMENDED_BY_LEAD.search(w, max(aside, core.start - AMENDED_BY_REACH), core.start) is not None:
                core.list_head = cores[prev].list_head or cores[prev]
            else:
                core.parent = cores[prev]
                words = " ".join(w[aside : core.start].casefold().split())
                core.edge_relation = IMPLEMENTS if any(v in words for v in IMPLEMENT_WORDS) else MENTIONS
        elif stack and amends_described(w, cores, stack[-1], prev, core):
            outer = cores[stack[-1]]  # "Nghị định số 45 … về khuyến công được sửa đổi, bổ sung bởi Nghị định số 235"
            core.list_head = outer.list_head or outer
        elif stack:
            outer = cores[stack[-1]]
            core.parent = outer
            before = cores[prev] if prev is not None else None
            from_pos = outer.desc_start
            if before is not None and before.start > from_pos:
                from_pos = max(from_pos, before.tail_end)
            words = " ".join(w[from_pos : core.start].casefold().split())  # "thực⏎hiện" in a wrapped copy
            core.edge_relation = IMPLEMENTS if any(v in words for v in IMPLEMENT_WORDS) else MENTIONS
        if core.desc_start >= 0:
            stack.append(i)
        prev = i


# A description's start after a citation's tail, but for up to three words an issuer left behind ("… của Thủ tướng chính
# phủ về việc …": the issuer read stops at the lower-case "chính")
_DESCRIBED = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]+){0,3}?(?:về|v/v)(?![^\W_])", re.IGNORECASE)


def next_sentence_item(w: str, item: Core, core: Core) -> bool:
    """Whether *core*, after a full stop that ends the top-level citation *item* and its description, is the list's next
    item written as a sentence of its own: "… thực hiện Chỉ thị số 06 của Chủ tịch UBND tỉnh về việc … trẻ em. Chỉ thị số
    02 của UBND huyện về việc …".  Both name their document only: a date or an issuer, then "về …" (a sentence that
    goes on to a verb, "Thông báo số 108 … là phù hợp", is no item)."""
    if item.parent is not None or (core.date is None and not core.issuer):
        return False
    gap = w[max(item.tail_end, item.desc_end) : core.start]
    body = gap.rstrip(" \t")
    if "\n" in gap or not body.endswith("."):
        return False
    body = body[:-1]
    if any(mark in body for mark in ".;:!?") or (body.strip() and (item.desc_end >= 0 or _DESCRIBED.match(body) is None)):
        return False
    return _DESCRIBED.match(w, core.tail_end) is not None


# A line that ends with one of these words goes on on the next one: its line break is no separator
# (a hard-wrapped copy), while a list written one citation a line has none of them at its line ends.
WRAPPED_AFTER = frozenset({*(cue.rsplit(" ", 1)[-1] for cue in IMPLEMENT_WORDS), "của", "tại", "theo", "về", "việc",
                           "và", "với", "số", "các"})


def wrapped_before(gap: str, newline: int, after: int) -> bool:
    """Whether the line break at *newline* in *gap* only wraps a line: the word before it cannot end a
    phrase (:data:`WRAPPED_AFTER`) and no bullet follows it."""
    if gap[after:].strip(" \t"):
        return False
    words = gap[:newline].split()
    return bool(words) and words[-1].casefold() in WRAPPED_AFTER


def back_to_outer_list(nested: Core, core: Core) -> bool:
    """Whether *core*, joined by "và" or "," to the *nested* core before it, is the next item of the
    list the nested core's parent is in: a nested citation is named briefly ("Kế hoạch số 25-KH/TU
    … thực hiện Kết luận số 100-KL/TW của Ban Bí thư"), so a dated one after it ("và Kết luận số
    111-KL/TU ngày 14/8/2017 của Ban Thường vụ Tỉnh ủy") is a citation of the outer list; so is one after a nested
    citation that names back the outer list's first item (an amending decree's "… của Nghị định số 27/2022/NĐ-CP")."""
    if nested.date is None and core.date is not None:
        return True
    # "Căn cứ Nghị định số 27/2022/NĐ-CP …, Nghị định số 38/2023/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số
    # 27/2022/NĐ-CP ngày 19/4/2022, Chỉ thị số 21/CT-TTg …": the nested citation names back the list's first item, so its
    # description has ended and the next item is the list's own
    outer = nested.parent
    head = outer.list_head if outer is not None else None
    return head is not None and head.number == nested.number


def amended_in_description(w: str, p: Core, core: Core) -> bool:
    """Whether *core*, joined by "và" or "," to the top-level citation *p* right before it, is inside *p*'s description
    after an amending verb there ("Nghị định số 17/2006/NĐ-CP … về sửa đổi, bổ sung một số điều của các nghị định hướng
    dẫn thi hành Luật Đất đai và Nghị định số 187/2004/NĐ-CP về việc …", heldout24 h24-51): the verb's object list goes
    on, a document *p* amends, not the next item of *p*'s list.  Named briefly, undated, as a nested citation is
    (:func:`back_to_outer_list`); a dated one after "và" is the list's next basis."""
    if core.date is not None or not p.desc_start <= core.start < p.desc_end or p.desc_start < 0:
        return False
    return AMENDING.search(w, p.desc_start, core.start) is not None


def names_back(cores: list[Core], i: int, outer: Core) -> bool:
    """Whether the core at *i*, joined by "và" or "," to a citation nested in *outer*'s description, names *outer* in its
    own description: "Thông tư số 116/2004/TT-BTC … hướng dẫn thực hiện Nghị định số 197/2004/NĐ-CP … và Thông tư số
    69/2006/TT-BTC … sửa đổi, bổ sung Thông tư số 116/2004/TT-BTC" (heldout24 h24-51).  A document told in terms of the
    outer one came after it and is no part of its description: the next item of the outer list."""
    core = cores[i]
    if core.desc_start < 0:
        return False
    for later in cores[i + 1 :]:
        if later.start >= core.desc_end:
            return False
        if later.number == outer.number and not later.alias:
            return True
    return False


def amends_described(w: str, cores: list[Core], outer: int, prev: int | None, core: Core) -> bool:
    """Whether *core*, in the description of the top-level core at *outer* (the core right before it), names the
    document that amends it (:data:`.amendments.AMENDED_BY_LEAD`): the two are one basis, read as items of one list."""
    described = cores[outer]
    if prev != outer or described.parent is not None:
        return False
    return AMENDED_BY_LEAD.search(w, max(described.desc_start, core.start - AMENDED_BY_REACH), core.start) is not None


# What may stand between a citation's tail and the bracket of a note on it: the rest of an issuer a blank line cut
# ("… của Chủ tịch⏎⏎UBND Tỉnh Cà Mau (…"), no separator
_BEFORE_ASIDE = re.compile(r"[^,;:.!?()]{0,80}\(\Z")
# In the note, before the citation: a few words, no bracket closed, no separator
_ASIDE_WORDS = re.compile(r"[^,;:.!?()\d]{0,60}\Z")


# A note that names the document an unnumbered one was issued in ("Chương trình hành động của Chính phủ thực hiện Nghị
# quyết số 24-NQ/TW (được ban hành tại Nghị quyết số 08/NQ-CP … và Nghị quyết số 06/NQ-CP …)", "Quy chế … (ban hành kèm
# theo Quyết định số …)"): it stands for that document, an item of the list it is in, not a note on the citation right
# before the bracket (no document is issued in the one it is numbered after).
_ISSUED_IN = re.compile(r"[ \t]*(?:được[ \t]+)?ban[ \t]+hành[ \t]+(?:tại|kèm[ \t]+theo|bởi)[ \t]+\Z", re.IGNORECASE)


def bracket_aside(w: str, before: Core, core: Core) -> int | None:
    """Where the bracket starts when *core* is in a note opened right after the citation *before* ("Công văn số
    2457/UBND-VX ngày … của Chủ tịch UBND tỉnh (Triển khai thực hiện chỉ thị số 15/CT-TTg …)", "Quyết định số 12
    ngày … (thay thế Quyết định số 5 …)"): the note describes that citation, as its description would; else None."""
    lo = min(before.tail_end, core.start)
    bracket = w.rfind("(", lo, core.start)
    if bracket < 0 or _ASIDE_WORDS.match(w, bracket + 1, core.start) is None:
        return None
    if _ISSUED_IN.match(w, bracket + 1, core.start) is not None:
        return None  # "Chương trình … thực hiện Nghị quyết số 24-NQ/TW (được ban hành tại Nghị quyết số 08/NQ-CP …)"
    return bracket + 1 if _BEFORE_ASIDE.match(w, lo, bracket + 1) is not None else None
