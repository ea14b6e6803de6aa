"""A lead that says what a document asks, not what it is about: the trích yếu only the page's headline settles.

"UBND tỉnh Nghệ An đã ban hành Chỉ thị số 04/CT-UBND yêu cầu các sở, ban, ngành … và các chủ rừng tăng cường các
biện pháp phòng cháy, chữa cháy rừng." under the headline "Nghệ An: Tăng cường các biện pháp phòng cháy, chữa cháy
rừng". Where the addressees end is a guess, so "yêu cầu …" alone gives no trích yếu (heldout9's rule); a headline
that repeats the request's last words settles where the request starts, and those words, as the lead writes them,
are the trích yếu (heldout10's rule). Any other headline is news, never the trích yếu.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..text import collapse_space, fold

# "yêu cầu …", "chỉ đạo tổ chức …", "lưu ý các nội dung sau:": what a letter directs, verbs a signer's lead never
# reads as a subject either (``signer_lead._BARE``); "giao đất …", "đề nghị xét tặng …" may name a subject and stay,
# "đề nghị các cơ quan, đơn vị … treo Cờ Tổ quốc" asks its addressees (heldout22 p23)
ASKS = re.compile(r"^\s*,?\s*(?:đã\s+)?(?:yêu cầu|chỉ đạo|lưu ý|đề nghị(?=\s+(?:các|toàn thể|mọi|tất cả)\s))\s", re.I)
# "Nghệ An: …", "Hà Nội - …": the place a paper puts before its headline
_PLACE_PREFIX = re.compile(r"^[^:–—-]{2,30}?\s*[:–—-]\s+")
_MIN_WORDS = 4


def asked(rest: str, above: list[str]) -> str:
    """The request in *rest* (the lead after the document's number) that a headline in *above* repeats, else ""."""
    if not ASKS.match(rest):
        return ""
    sentence = re.split(r"\.(?:\s|$)", collapse_space(rest), maxsplit=1)[0].strip(" ,")
    words = sentence.split()
    folded = [fold(w).lower().strip(",;") for w in words]
    wrapped = [f"{a} {b}" for a, b in pairwise(above)]  # a PDF wraps the headline ("… chữa cháy" / "rừng")
    for line in [*above, *wrapped]:
        headline = _PLACE_PREFIX.sub("", collapse_space(line)).strip(" .")
        tail = [fold(w).lower().strip(",;") for w in headline.split()]
        if len(tail) >= _MIN_WORDS and len(tail) < len(folded) and folded[-len(tail):] == tail:
            return " ".join(words[-len(tail):])
    return ""
