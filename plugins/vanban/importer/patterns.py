"""Every pattern of a header and closing block, in one place (Nghị định 30/2020, Hướng dẫn 36-HD/VPTW)."""

from __future__ import annotations

import re

from ..glossary import TYPE_NAMES
from ..text import collapse_space, fold

# --- header patterns ----------------------------------------------------------------------------

QUOC_HIEU = re.compile(r"^(CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM$|^Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc$", re.I)
PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"
NUMBER = re.compile(r"^Số\b\s*(:)?\s*(?P<rest>.*)$")
DATE_LINE = re.compile(
    r"^(?P<place>[^,]*),\s*ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})?\s*$", re.I)
VV = re.compile(r"^V/v\.?\s*:?\s*(?P<rest>.*)$", re.I)
DECORATION = re.compile(r"^[-_*=–—.\s]+$")
# A portal's post stamp on a line of its own: the day and hour the item was posted, a weekday before it, a view count
# after it ("17/11/2021 13:44    19", "Thứ năm, 09/05/2024 - 14:35", "25/05/2023 10:28:55 AM"): the page's, never the
# document's (its date, when it has one, is the header's or the lead's), and not shown in the body.
POST_STAMP = re.compile(
    r"^\s*(?:(?:Thứ\s+\S+|Chủ\s+nhật)\s*,\s*)?\d{1,2}/\d{1,2}/\d{4}\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*(?:AM|PM|SA|CH))?(?:\s*\(GMT\s*\+\s*7\))?(?:\s+\d{1,7})?\s*$", re.IGNORECASE)
RECIPIENTS = re.compile(r"^Nơi nhận\s*:?\s*(?P<rest>.*)$", re.I)
SIGN_PREFIX = re.compile(r"^(?:(?:TM|KT|TL|TUQ|Q)\s*[./]|T/M|K/T|T/L|T/U/Q)\s*[^\W\d]", re.I)  # "TM.", "T/M BAN …"
ADDRESSEE = re.compile(r"^Kính g[ửở]i\b", re.I)  # "Kính gởi": the south's spelling of the same
# "… tại TP.Tam Kỳ và thị trấn Tân An (Hiệp Đức)", "… thông tin điện tử (PTTH-TTĐT), …": a bracket holding a name, no
# number or date, is part of a lead's subject; one holding a reference ("(Kế hoạch số 134/KH-BVĐ, …)") ends it.
NAME_BRACKET = r"\([^()\d]{1,60}\)"
TYPE_BY_FOLD = {fold(name).upper(): name for name in TYPE_NAMES}


def is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def type_word(text: str) -> str | None:
    """The type name when *text* is a type word line ("KẾ HOẠCH")."""
    if not is_upper(text):
        return None
    return TYPE_BY_FOLD.get(fold(collapse_space(text)).upper().rstrip(":"))

