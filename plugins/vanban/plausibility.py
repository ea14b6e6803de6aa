"""Plausibility warnings: values that are filled in but cannot be right.

`vanban check` used to flag only what is empty, so a header misread by an import (or typed in
haste) passed: the motto as issuer, "225-KH/TWĐTN-CTTN Hà Nội, ngày 16" as number, a trích yếu
of 1,466 characters, a print date instead of the date of issue. Each rule here is a warning at
the field's line with the fix; none is an error, since a real document may be odd.
Linear: one look at each document's own fields and citations. The build reports them too (the
citations are the analysis stage's, read once), so a clerk who only runs ``mkdocs build`` sees
them at file:line as well.
"""

from __future__ import annotations

import datetime
import re

from .citations import Citation, extract, type_of_number
from .documents import Document
from .problems import Problem, Severity
from .text import collapse_space, fold

MAX_TITLE = 400
_MOTTO = re.compile(r"^(CONG HOA|HOA XA HOI|XA HOI CHU NGHIA|CHU NGHIA VIET NAM|DOC LAP|TU DO|HANH PHUC|"
                    r"DANG CONG SAN VIET NAM)")
_PLACE_ONLY = re.compile(r"^(TINH|THANH PHO|HUYEN|QUAN|THI XA|XA|PHUONG|THI TRAN|TP\.?)\s+(?!UY\b|DOAN\b|HOI\b)\S+(\s+\S+){0,3}$")
# "… và những năm tiếp theo": "tiếp theo" (next) is a whole word, no "theo" (by) left hanging
_ENDS_MID = re.compile(r"(,|-|–|\b(và|của|về|(?<!tiếp )theo|với|cho|tại|các|những|đến|để|trong|từ))$", re.I)
_HEADER_DEBRIS = re.compile(r"^\s*(\||-{3,}|\*{3,}|CỘNG HÒA|CỘNG HOÀ|Độc lập\s*[-–]|ĐẢNG CỘNG SẢN VIỆT NAM|Số\s*:|"
                            r"[^\n,]{1,40},\s*ngày\s+\S*\s*tháng)", re.I)
_GLUED_AUTHORITY = re.compile(r"(?<!CUA )(?<!CHO )(?<!VOI )(?<!VE )\b(CHU TICH|BO TRUONG|GIAM DOC) (UY BAN NHAN DAN|HOI DONG NHAN DAN|"
                              r"BO |SO )[^,;]{0,40}$")
_PROPOSAL = re.compile(r"^(Tờ trình|Báo cáo)$", re.I)
LATE_CITATION = datetime.timedelta(days=31)


def _warning(doc: Document, key: str, message: str, fix: str) -> Problem:
    return Problem(doc.source, doc.line_of(key), key, message, fix, Severity.WARNING)


def document_warnings(doc: Document, citations: tuple[Citation, ...] | None = None) -> list[Problem]:
    """The plausibility warnings of one document (*citations*: its body's, when already extracted)."""
    out: list[Problem] = []
    issuer = fold(collapse_space(doc.issuer)).upper()
    if issuer and _MOTTO.match(issuer):
        out.append(_warning(doc, "issuer", f"cơ quan ban hành “{doc.issuer}” là quốc hiệu/tiêu ngữ, không phải cơ quan",
                            "ghi tên cơ quan ở góc trên bên trái bản gốc (ví dụ “Ủy ban nhân dân xã …”)"))
    elif issuer and _PLACE_ONLY.match(issuer):
        out.append(_warning(doc, "issuer", f"cơ quan ban hành “{doc.issuer}” chỉ là địa danh",
                            "ghi đủ tên cơ quan (ví dụ “Ủy ban nhân dân tỉnh …”, “Huyện ủy …”)"))
    number = doc.number
    if number and (re.search(r"\s", number.strip()) or re.search(r"\bngày\b|\bnăm\b", number, re.I)):
        out.append(_warning(doc, "number", f"số ký hiệu “{number}” có khoảng trắng hoặc chữ “ngày”: có lẽ lẫn dòng ngày tháng",
                            "chỉ ghi số và ký hiệu như “225-KH/TWĐTN-CTTN”"))
    if number and re.fullmatch(r"\d+", number.strip()):
        out.append(_warning(doc, "number", f"số ký hiệu “{number}” chỉ có chữ số, không có ký hiệu: có lẽ là số nhà hay "
                                           "một số khác trong câu", "ghi số và ký hiệu ở dòng “Số:” của bản gốc, như “21/KH-UBND”"))
    by_number = type_of_number(number) if number else None
    if doc.type == "Công văn" and by_number and by_number != "Công văn":  # a Party letter's "175-CV/TU" agrees
        out.append(_warning(doc, "type", f"loại “Công văn” nhưng số ký hiệu “{number}” mang mã của “{by_number}”: "
                                         "có lẽ dòng “V/v” là trích yếu của văn bản ấy",
                            f"ghi loại theo dòng tên loại của bản gốc (có lẽ “{by_number}”)"))
    if issuer and re.search(r"[|:]", doc.issuer):
        out.append(_warning(doc, "issuer", f"cơ quan ban hành “{doc.issuer}” có “|” hay “:” của bảng thông tin trang web",
                            "chỉ ghi tên cơ quan"))
    title = collapse_space(doc.title)
    if title.startswith("("):
        out.append(_warning(doc, "title", f"trích yếu bắt đầu bằng “{title.split(')')[0]})”: đó là phần của dòng tên loại",
                            "bỏ phần trong ngoặc, chỉ giữ trích yếu"))
    elif _GLUED_AUTHORITY.search(fold(title).upper()):
        out.append(_warning(doc, "title", "trích yếu kết thúc bằng dòng thẩm quyền (“…CHỦ TỊCH ỦY BAN NHÂN DÂN…”): "
                                          "dòng ấy không thuộc trích yếu", "bỏ dòng thẩm quyền ở cuối trích yếu"))
    elif len(title) > MAX_TITLE:
        out.append(_warning(doc, "title", f"trích yếu dài {len(title)} ký tự (quá {MAX_TITLE}): có lẽ đã lẫn phần nội dung",
                            "chỉ giữ dòng trích yếu dưới tên loại văn bản"))
    elif title and _ENDS_MID.search(title):
        out.append(_warning(doc, "title", f"trích yếu dừng giữa câu (“…{title[-30:]}”)",
                            "ghi đủ trích yếu như bản gốc (dòng trích yếu có thể xuống dòng)"))
    for entry in doc.recipients:
        if "\\" in entry or re.search(r"\.(?:docx?|pdf)$", entry, re.I):
            out.append(_warning(doc, "recipients", f"nơi nhận “{entry}” là đường dẫn tệp của người soạn",
                                "xóa dòng ấy khỏi nơi nhận"))
    body = doc.body.lstrip()
    if body and _HEADER_DEBRIS.match(body):
        first = body.split("\n", 1)[0][:60]
        out.append(Problem(doc.source, doc.body_line, "body", f"nội dung bắt đầu bằng phần đầu văn bản (“{first}”)",
                           "xóa các dòng quốc hiệu, số, ngày tháng đã có ở phần thông tin", Severity.WARNING))
    out.extend(_date_warnings(doc, citations))
    return out


def _date_warnings(doc: Document, citations: tuple[Citation, ...] | None) -> list[Problem]:
    if doc.date is None or doc.date.month is None or not doc.body:
        return []
    day = doc.date.day or 28
    try:
        own = datetime.date(doc.date.year, doc.date.month, day)
    except ValueError:
        return []
    if citations is None:
        citations = extract(doc.body, own_number=doc.number or None).citations
    cited = [c for c in citations if c.date is not None]
    proposal = next((c for c in cited if doc.date.day and c.date == own and _PROPOSAL.match(c.type or "")), None)
    if proposal is not None:  # a tờ trình proposes what is decided later: its date in running text is not this one's
        return [_warning(doc, "date", f"ngày ban hành {doc.date.iso()} trùng ngày của {proposal.type} {proposal.number} "
                                      "được trích dẫn: có lẽ đã lấy ngày của văn bản ấy",
                         "ghi ngày ở dòng “…, ngày … tháng … năm …” dưới quốc hiệu của bản gốc")]
    later = [c for c in cited if c.date is not None and c.date - own > LATE_CITATION]
    if not later:
        return []
    latest = max(later, key=lambda c: c.date or own)
    return [_warning(doc, "date", f"ngày ban hành {doc.date.iso()} sớm hơn văn bản được trích dẫn "
                                  f"{latest.number} ngày {latest.date:%d/%m/%Y}: có lẽ là ngày in hay ngày đăng trang",
                     "ghi ngày ở dòng “…, ngày … tháng … năm …” dưới quốc hiệu của bản gốc")]
