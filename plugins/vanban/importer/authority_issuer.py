"""A copy that starts at the type line (a law database's full-text tab): the issuer its authority line names.

"QUYẾT ĐỊNH" / "Ban hành Quy chế làm việc …" / "ỦY BAN NHÂN DÂN QUẬN 1" / "Căn cứ …": Nghị định 30/2020 prints the
enacting authority (thẩm quyền ban hành) over the preamble; the header above it, which names the issuer, was not
copied. A law site's print may instead name the body under the type line ("QUYẾT ĐỊNH" / "CỦA ỦY BAN NHÂN DÂN TỈNH GIA
LAI" / "Về việc …", the old gazette's heading without its number and day). A committee or a council written with its level and its place is the issuing body (reported as unsure); an
office ("CHỦ TỊCH …", "BỘ TRƯỞNG …"), a bare level ("ỦY BAN NHÂN DÂN TỈNH") or a council's session line names no body
the page settles, so the issuer stays empty for a human.
"""

from __future__ import annotations

import re

from ..text import collapse_space
from .casing import ADMIN_UNITS, recase_issuer
from .casing import key as fold_key
from .lines import Block, Line
from .patterns import type_word
from .result import ImportResult

_HEAD = 12  # the type line opens such a copy, under a site's chrome line or two
_BODY = re.compile(r"^(?:UY BAN NHAN DAN|HOI DONG NHAN DAN)\s+(?P<level>" + "|".join(
    sorted((fold_key(u) for u in ADMIN_UNITS), key=len, reverse=True)) + r")\s+(?P<place>[A-Z0-9][A-Z0-9 .-]{0,40})$")


def _under_type_line(blocks: list[Block]) -> list[str]:
    """The "CỦA <body>" line right under the copy's first type line, without its "CỦA"."""
    lines = [b.text for b in blocks[:_HEAD] if isinstance(b, Line) and b.text.strip()]
    at = next((i for i, text in enumerate(lines) if type_word(collapse_space(text))), None)
    below = collapse_space(lines[at + 1]) if at is not None and at + 1 < len(lines) else ""
    return [below[4:]] if fold_key(below).startswith("CUA ") else []


def read_authority_issuer(result: ImportResult, authority: list[str], blocks: list[Block]) -> None:
    """An empty issuer of a copy with a type line but no header block, from the "CỦA …" line under the type line or
    the authority line under its trích yếu."""
    if result.fields.get("issuer") or not result.fields.get("type") or result.fields.get("number"):
        return
    for line in _under_type_line(blocks) + authority:
        m = _BODY.match(fold_key(collapse_space(line)).strip(" .,:"))
        if m is None or len(m.group("place").split()) > 4 or re.search(r"\b(?:KHOA|KY HOP)\b", m.group("place")):
            continue
        issuer = recase_issuer(collapse_space(line).strip(" .,:"))[0]
        result.take("issuer", issuer, f"bản sao không có phần đầu văn bản; cơ quan đọc từ dòng “{collapse_space(line)}” "
                                      "(dưới tên loại, hay dòng thẩm quyền ban hành trên phần căn cứ)")
        return
