"""Fields a header reader took from a page with no header to speak of: reported, never passed as sure.

A document's header is settled by its landmarks (Nghị định 30/2020, Phụ lục I): the issuing body's block and the
place-date line around the number, type and trích yếu. A news or portal page without them may still hold a line the
header reader takes for a type line ("KẾ HOẠCH" over "TUYỂN SINH LỚP 1 …", "KẾT LUẬN CỦA UBTVQH …", "BÁO CÁO
NHANH (V/v …)") or a "Số" ("Công văn số 2430/CV VPTW"): a post's title, a site's caption, the document named in
passing. What such a line gives is the page's wording, not the document's header: the type, trích yếu and number
read there are reported unsure (the clerk checks them against the original), unless a later reader already said so.
"""

from __future__ import annotations

from typing import Any

from .result import ImportResult

TAKEN = ("number", "type", "title")
WHY = ("trang không có khối tên cơ quan ban hành và dòng địa danh, ngày tháng: “{value}” đọc từ một dòng của trang, "
       "không chắc là phần đầu văn bản — đối chiếu với bản gốc")


def unheaded(fields: dict[str, Any]) -> tuple[str, ...]:
    """The fields the header reader took (*fields* right after it) when it found neither an issuer nor a date line."""
    if fields.get("issuer") or fields.get("date"):
        return ()
    return tuple(key for key in TAKEN if fields.get(key))


def report_unheaded(result: ImportResult, taken: tuple[str, ...]) -> None:
    """Report unsure each field of *taken* the result still fills (a field already reported keeps its reason)."""
    told = {key for key, _ in result.unsure} | {key for key, _ in result.missing}
    for key in taken:
        if key in told or not result.fields.get(key):
            continue
        result.unsure.append((key, WHY.format(value=str(result.fields[key])[:80])))
