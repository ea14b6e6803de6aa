"""The domain vocabulary in one place: Vietnamese terms and the English names code uses.

Code identifiers are English; the Vietnamese words users read live here so that every
module (validation, citations, pages) agrees on them.

| Vietnamese                  | code            |
|-----------------------------|-----------------|
| văn bản                     | Document        |
| số ký hiệu                  | number          |
| loại văn bản / hình thức    | type            |
| cơ quan ban hành            | issuer          |
| ngày ban hành               | date            |
| ngày hiệu lực               | effective       |
| tình trạng hiệu lực         | status          |
| trích yếu                   | title           |
| địa danh                    | place           |
| người ký / chức vụ          | signer / signer_title |
| nơi nhận                    | recipients      |
| tệp đính kèm                | attachments     |
| thực hiện, căn cứ, triển khai | implements    |
| nhắc đến                    | mentions        |
| thay thế                    | replaces        |
| văn bản chưa có trong kho   | stub            |
| theo dõi triển khai         | tracking        |
| đơn vị (được theo dõi)      | Unit            |
| nhiệm vụ, giao nhiệm vụ     | Task, assignments |
| kính gửi                    | addressees      |
| thông tin máy đọc chưa đối chiếu (chưa chắc khi nhập) | unverified (Doubt) |
| cơ quan kế thừa             | successor (heirs) |
| chế độ / lịch báo cáo định kỳ | reporting (ReportingCalendar) |
| đã thực hiện / trễ hạn / quá hạn / chưa đến hạn / chưa thấy văn bản thực hiện / không theo dõi qua văn bản | done / late / overdue / open / no_due / not_followed |
"""

from __future__ import annotations

from dataclasses import dataclass

from .text import match_key


@dataclass(frozen=True)
class DocumentType:
    """A document type with its codes in the State (NĐ 30/2020) and Party (HD 36-HD/VPTW) systems."""

    name: str
    state_code: str | None = None
    party_code: str | None = None
    aliases: tuple[str, ...] = ()


# State: Nghị định 30/2020/NĐ-CP, Phụ lục III; legal normative types from Luật Ban hành VBQPPL.
# Party: Hướng dẫn 36-HD/VPTW (2018).
DOCUMENT_TYPES: tuple[DocumentType, ...] = (
    DocumentType("Hiến pháp"),
    DocumentType("Luật"),
    DocumentType("Bộ luật"),
    DocumentType("Pháp lệnh", "PL"),
    DocumentType("Lệnh", "L"),
    DocumentType("Sắc lệnh", "SL"),  # the President's decrees of 1945–1959 ("Sắc lệnh 08/SL", "Sắc lệnh số 77/SL")
    DocumentType("Nghị định", "NĐ"),
    DocumentType("Thông tư", "TT"),
    DocumentType("Thông tư liên tịch", "TTLT"),
    DocumentType("Nghị quyết", "NQ", "NQ"),
    DocumentType("Nghị quyết liên tịch", "NQLT"),
    DocumentType("Quyết định", "QĐ", "QĐ"),
    DocumentType("Chỉ thị", "CT", "CT"),
    DocumentType("Kết luận", None, "KL"),
    DocumentType("Quy chế", "QC", "QC"),
    DocumentType("Quy định", "QyĐ", "QĐi"),
    DocumentType("Thông cáo", "TC"),
    DocumentType("Thông báo", "TB", "TB"),
    DocumentType("Thông tri", None, "TT"),
    DocumentType("Hướng dẫn", "HD", "HD"),
    DocumentType("Chương trình", "CTr", "CTr"),
    DocumentType("Chương trình hành động", "CTr", "CTr"),
    DocumentType("Chương trình phối hợp", "CTrPH", "CTrPH"),
    DocumentType("Kế hoạch", "KH", "KH"),
    DocumentType("Phương án", "PA"),
    DocumentType("Đề án", "ĐA"),
    DocumentType("Dự án", "DA"),
    DocumentType("Báo cáo", "BC", "BC"),
    DocumentType("Biên bản", "BB", "BB"),
    DocumentType("Tờ trình", "TTr", "TTr"),
    DocumentType("Hợp đồng", "HĐ"),
    DocumentType("Công văn", None, "CV"),
    DocumentType("Công điện", "CĐ"),
    DocumentType("Thư công"),
    DocumentType("Bản ghi nhớ", "BGN"),
    DocumentType("Bản thỏa thuận", "BTT", aliases=("Bản thoả thuận",)),
    DocumentType("Giấy ủy quyền", "GUQ", aliases=("Giấy uỷ quyền",)),
    DocumentType("Giấy mời", "GM"),
    DocumentType("Giấy giới thiệu", "GGT"),
    DocumentType("Giấy nghỉ phép", "GNP"),
    DocumentType("Phiếu gửi", "PG"),
    DocumentType("Phiếu chuyển", "PC"),
    DocumentType("Phiếu báo", "PB"),
)

TYPE_NAMES: tuple[str, ...] = tuple(t.name for t in DOCUMENT_TYPES)
_TYPE_BY_KEY: dict[str, str] = {match_key(written): t.name for t in DOCUMENT_TYPES for written in (t.name, *t.aliases)}


def type_named(written: str) -> str | None:
    """The catalogue name of the type *written* ("ke hoach", "KẾ  HOẠCH", "Giấy uỷ quyền"), or None:
    the one lookup of a type name (front matter, ``vanban new``)."""
    return _TYPE_BY_KEY.get(match_key(written))

# Validity status (tình trạng hiệu lực) as editors write it, and the English keys code uses.
STATUSES: dict[str, str] = {
    "còn hiệu lực": "in_force",
    "hết hiệu lực": "expired",
    "ngưng hiệu lực": "suspended",
    "chưa có hiệu lực": "not_yet",
}
STATUS_LABELS: dict[str, str] = {v: k for k, v in STATUSES.items()}

# Relation kinds between documents, with the panel headings users read.
RELATION_LABELS: dict[str, tuple[str, str]] = {
    "implements": ("Văn bản này thực hiện", "Các văn bản thực hiện văn bản này"),
    "mentions": ("Văn bản được nhắc đến", "Được nhắc đến trong"),
    "replaces": ("Văn bản này thay thế", "Đã được thay thế bởi"),
}

NO_NUMBER = "chưa ghi số"
NO_DATE = "chưa ghi ngày"
PLACEHOLDER_BODY = "(Dán toàn văn văn bản vào đây, thay cho dòng này.)"
"""The body `vanban new` writes; `vanban check` warns while a file still holds it."""
NO_YEAR_SLUG = "chua-ro-nam"
