"""A department's province named bare after its trade spelt out: "Sở Y tế Thanh Hóa" → "Sở Y tế tỉnh Thanh Hóa".

A news lead writes a provincial department with its province and no level word ("Sở Văn hóa và Thể thao Hà Nội đã
ban hành …"); the name the department's header prints, and the sets' labels write, puts the level in ("Sở Văn hóa,
Thể thao và Du lịch tỉnh Quảng Nam", heldout18 j14; "Sở Giáo dục và Đào tạo thành phố Hà Nội", heldout29 ae23; issue
14's import README). ``issuer._spelt_trade`` already does it for a trade written in initials ("Sở TN&MT Sơn La");
this is the same rule for a trade written out. Only a real province's name ending the words is taken
(``province_names``): "thành phố" for a centrally-run city, else "tỉnh".
"""

from __future__ import annotations

import re

from ..province_names import is_central, province_at

# a level already written ("tỉnh", "thành phố", "TP"), or a district's or a commune's: the name is settled as written
_LEVELLED = re.compile(r"\b(?:tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường|thị trấn)\b", re.I)
# words no department's trade holds: a clause run on after the name ("Sở Quy hoạch Kiến trúc cũng được UBND TPHCM …")
_NOT_TRADE = re.compile(r"\b(?:UBND|Ủy ban|Uỷ ban|cũng|được|đã|vừa|của|cho|tại|với|đến|gửi)\b")


def with_province_level(name: str) -> str:
    """*name* ("Sở <trade> <province>") with the province's level word put before the province; *name* itself
    when it is no department, names its level already or ends with no real province's name."""
    words = name.split()
    if len(words) < 3 or words[0] != "Sở" or _LEVELLED.search(name):
        return name
    for start in range(2, len(words)):
        if _NOT_TRADE.search(" ".join(words[1:start])):
            return name  # the trade has one word at least; the longest run of words a province's name
        rest = " ".join(words[start:])
        if province_at(rest) == rest and words[start][:1].isupper():
            level = "thành phố" if is_central(rest) else "tỉnh"
            return " ".join([*words[:start], level, rest])
    return name
