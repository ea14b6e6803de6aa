"""What a type line holds besides the type: the document's own number or issuer ("QUYẾT ĐỊNH 24/2021/QĐ-TTg", "THÔNG
BÁO CỦA UBND TỈNH X"), no trích yếu; and the words a trích yếu's line cannot end on, so the next line goes on."""

from __future__ import annotations

import re

from ..text import collapse_space, fold
from .patterns import is_upper
from .result import ImportResult

# A word a trích yếu's line cannot end on ("… NĂM 2016 CỦA" / "THỦ TƯỚNG …"): the next line goes on with it. Matched
# with its diacritics, since folded they collide with nouns that do end one ("QUẢN LÝ CHỢ" is no "cho", "ĐẦU TƯ" no
# "từ"); folded only on a line that has none at all (a copy that lost them).
_DANGLING_WORDS = ("của", "và", "về", "cho", "theo", "tại", "với", "trên", "đối với", "đến", "từ", "các", "những",
                   "trong", "ngày")
_DANGLING = re.compile(r"(?:^|\s)(?:" + "|".join(_DANGLING_WORDS) + r")$|[,–-]$")
_DANGLING_BARE = re.compile(r"(?:^|\s)(?:" + "|".join(sorted({fold(w) for w in _DANGLING_WORDS})) + r")$|[,–-]$")


def dangles(text: str) -> bool:
    """Whether *text* ends on a word (or a comma, a dash) that the next line must go on from."""
    lowered = text.rstrip().lower()
    bare = fold(lowered) == lowered
    return bool((_DANGLING_BARE if bare else _DANGLING).search(lowered))


def without_own_number(text: str, number: str) -> str:
    """"QUYẾT ĐỊNH 24/2021/QĐ-TTg" / "… QUY ĐỊNH …": the document's own number on the type line is no trích yếu."""
    if not number:
        return text
    m = re.match(r"^(?:(?:số|SỐ|Số)\s*:?\s*)?(\S+)\s*", text)
    if m and fold(m.group(1)).upper().strip(".,:") == fold(number).upper():
        return text[m.end():]
    return text


def without_own_issuer(text: str, result: ImportResult) -> str:
    """"QUYẾT ĐỊNH CỦA UBND TỈNH X" (then "V/v …"), "CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT …": the type
    line naming its own issuer in capitals; the trích yếu is the "V/v …" after it. "CỦA THỦ TƯỚNG … SỐ … NGÀY …
    VỀ VIỆC …" (an old decision's whole heading) stays whole here and is read as a whole by ``title_line`` (its
    subject); "CỦA BỘ X SỐ … NGÀY … HƯỚNG DẪN …", the day not followed by "VỀ", gives the words after the day
    (heldout11 a07, heldout14 e30)."""
    key = fold(text).upper()
    if not key.startswith("CUA ") or not is_upper(text):
        return text
    vv = re.search(r"\sV/V\b", key)
    if vv:
        result.notes.append(f"dòng tên loại nêu cơ quan ban hành (“{collapse_space(text[: vv.start()])}”): "
                            "trích yếu là phần “V/v …” sau đó")
        return text[vv.start() + 1 :]
    dated = re.match(r"CUA .+? SO \S+ NGAY (?:\d{1,2} THANG \d{1,2} NAM \d{4}|[\d/.-]+(?! THANG))"
                     r"(?: (?!VE\b)(?=\w)|$)", key)
    if dated:  # the old gazette's "CỦA BỘ X SỐ 16/NT NGÀY 14-11-1987 (HƯỚNG DẪN …)": the trích yếu after the day
        return text[dated.end() :]
    if re.search(r"\d|\b(?:VE|SO|NGAY)\b", key) or dangles(text):
        return text
    result.notes.append(f"dòng tên loại nêu cơ quan ban hành (“{collapse_space(text)}”): không phải trích yếu")
    return ""
