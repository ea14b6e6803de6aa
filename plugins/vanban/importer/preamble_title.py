"""A plan's or guide's trích yếu that only its preamble states, when the copy lost the header's trích yếu line.

A scraped header may keep the issuer, "Số" and the date and lose the centred type and trích yếu ("… Hà Nội, ngày 25
tháng 8 năm 2021 |" then "Căn cứ …"), while the preamble names the document it opens in the issuer's own words:
"…, Ban Chấp hành Trung ương Đoàn ban hành Kế hoạch tổ chức đại hội đoàn các cấp, … (gọi tắt là …) như sau:".
The words between the document's own type and "như sau" are its trích yếu (reported as unsure); the short name
the preamble gives it is not.
"""

from __future__ import annotations

import re

from ..text import collapse_space
from .result import ImportResult

_PREAMBLE_CHARS = 3000  # the preamble opens the body


def read_preamble_title(result: ImportResult, body: str) -> None:
    """Fill an empty trích yếu of a header page from its preamble's "ban hành <its type> <X> như sau:"."""
    kind = str(result.fields.get("type") or "")
    if result.fields.get("title") or not kind or not result.fields.get("number") or not result.fields.get("date"):
        return
    issuing = re.compile(r"\b(?:ban hành|xây dựng)\s+" + re.escape(kind) + r"\s+(?P<title>[^.:;()]{10,300}?)\s*"
                         r"(?:\((?:sau đây\s+)?gọi tắt[^)]{0,120}\)\s*)?(?:cụ thể\s+)?như sau\s*:", re.IGNORECASE)
    m = issuing.search(body[:_PREAMBLE_CHARS])
    if m is None:
        return
    title = collapse_space(m.group("title")).rstrip(" ,")
    result.take("title", title, f"phần đầu văn bản không ghi trích yếu; lấy tên {kind.lower()} ở lời mở đầu: “{title}”")
