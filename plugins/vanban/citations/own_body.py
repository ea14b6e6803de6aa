"""Whether a body named in a sentence is the page's own body, the one its headline opens with (rule 8 of
:mod:`.identity`, read by :mod:`.echo`).

A news page about a body's document names that body first in its headline ("UBND huyện U Minh trả lời đơn …",
"XÃ TRƯỜNG ĐÔNG TRIỂN KHAI KẾ HOẠCH …", "Nghĩa Đô tạm hoãn Lễ hội Cốm …") and then, in the sentence that numbers the
document, as its subject ("Ủy ban nhân dân huyện đã có Công văn số 4009/UBND-XD …", "UBND xã Nghĩa Đô đã ban hành Văn
bản số 252/UBND …") or as its issuer ("… kế hoạch số: 22/KH-UBND của Ủy ban nhân dân xã Trường Đông …").  A document
another body issued is told with that body as the subject ("Ban Tuyên giáo Trung ương vừa ban hành Hướng dẫn số 49 …",
"Tỉnh ủy Lào Cai đã ban hành Kế hoạch số 69-KH/TU" under "Tỉnh Lào Cai sau 3 năm …": a province names its People's
Committee, never its Party committee), so the name is compared whole, in its short forms only for a locality's
People's Committee: "UBND xã Nghĩa Đô" is also "xã Nghĩa Đô" and "Nghĩa Đô"; "Ủy ban nhân dân huyện", the place left
out, is the "UBND huyện …" the headline names.
"""

from __future__ import annotations

import re

from ..text import text_key

__all__ = ["headline_body"]

# A spelling of the names compared: vanban.text's key (NFC, case folded, blanks collapsed, every old tone placement
# — "uỷ", "hoà" — read as the new), then the common abbreviations
_FOLDS = (
    (re.compile(r"\bủy ban nhân dân\b"), "ubnd"),
    (re.compile(r"\bhội đồng nhân dân\b"), "hđnd"),
    (re.compile(r"\btp\.?(?=\s)"), "thành phố"),
)
# What may stand around the subject and is not its name: a date before it, "đã"/"vừa" before the act
_LEADING = re.compile(
    r"^(?:(?:theo đó|sau đó|hôm nay|vào|sáng|chiều|ngày|hôm)\b[ ,]*|\d{1,2}(?:[/.-]\d{1,2}){0,2}[ ,]*)+"
)
_TRAILING = re.compile(r"(?:[ ,]+(?:đã|vừa|mới|chính thức|cũng))+$")
# A locality's People's Committee, perhaps without its kind or its place: "ubnd xã nghĩa đô", "xã trường đông"
_LOCALITY = re.compile(
    r"^(?:(?P<kind>ubnd) )?(?P<level>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?: (?P<place>[^\W\d_]+(?: [^\W\d_]+){0,3}))?$"
)
# A body's name in its own words: two to eight words, no digit (another clause is not a name)
_NAME = re.compile(r"^[^\W\d_]+(?:[ &-]+[^\W\d_]+){1,7}$")
# A headline's opening written with a name's form must end there, at a word's end
_WORD_END = re.compile(r"(?![^\W_])")


# The words a body's name opens with when it is not a locality's People's Committee ("sở nông nghiệp …", "đảng ủy
# phường …", "ban tuyên giáo …"): a subject that opens otherwise is a clause, not a name
_BODY_HEADS = frozenset(
    {"ubnd", "hđnd", "sở", "ban", "bộ", "cục", "chi", "phòng", "trung", "đảng", "tỉnh", "huyện", "thành", "quận", "thị",
     "công", "hội", "liên", "đoàn", "ủy"}
)


def _fold(text: str) -> str:
    text = text_key(text)
    for pattern, repl in _FOLDS:
        text = pattern.sub(repl, text)
    return text.strip()


def _forms(name: str) -> tuple[str, ...]:
    """The forms a headline may open with to name the body *name* (a sentence's subject or issuer), else ()."""
    name = _TRAILING.sub("", _LEADING.sub("", _fold(name).strip(" ,"))).strip(" ,")
    locality = _LOCALITY.match(name)
    if locality is not None:
        level, place = locality.group("level"), locality.group("place")
        if place is None:
            return (name,) if locality.group("kind") else ()
        forms = (f"ubnd {level} {place}", f"{level} {place}", place)
        return tuple(form for form in forms if " " in form)
    return (name,) if _NAME.match(name) and name.split(" ", 1)[0] in _BODY_HEADS else ()


def headline_body(name: str, headline: str) -> bool:
    """Whether the body *name* is the one *headline* opens with (module docstring)."""
    head = _fold(headline)
    return any(head.startswith(form) and _WORD_END.match(head, len(form)) for form in _forms(name))
