"""Turn a real document (Word .docx, plain text or Markdown) into a vanban content file.

The header becomes front matter, the body clean Markdown. Framework-free (no MkDocs).

How the header is read (Nghị định 30/2020 Phụ lục I, Hướng dẫn 36-HD/VPTW):

* DOCX paragraphs *and* tables are read in body order. The two-column header table most
  Word originals use is flattened: the left cell (issuer block, "Số: …", "V/v …") then the
  right cell (Quốc hiệu or "ĐẢNG CỘNG SẢN VIỆT NAM", then the date line).
* The Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" and
  "ĐẢNG CỘNG SẢN VIỆT NAM" are never the issuer. Of the upper-case lines above "Số", the
  lower group is the issuer and the upper the parent body ("ỦY BAN NHÂN DÂN HUYỆN X /
  PHÒNG …"); a line that starts with an administrative unit ("XÃ …", "THÀNH PHỐ …")
  continues the line above it. In Word, the bold lines are the issuer (ND 30: the parent
  body is not bold). The issuer is re-cased from a lexicon of body names
  ("BAN THƯỜNG VỤ HUYỆN ỦY" → "Ban Thường vụ Huyện ủy"); a word the lexicon does not know
  keeps the original's upper case and is reported.
* "Số: 300/LĐLĐ", "Số 57-NQ/TW"; a number left blank ("Số: /PVHTT", "Số - HD/BTGTU")
  stays "" and the original is quoted in the report and in a comment.
* The type word line ("KẾ HOẠCH") and the trích yếu under it; for a công văn, "V/v …".
* "Tam Kỳ, ngày 07 tháng 3 năm 2025" → place and date; a blank day or month gives a
  partial date ("2025-02", "2025").
* The closing: "Nơi nhận:" and its list; the signature block ("TM. …", "KT. …", "T/M …",
  chức vụ) and the signer's name.

Nothing is guessed: what cannot be read is left empty and listed in :attr:`ImportResult.missing`.
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .citations import Citation, extract, parse_number
from .dates import PartialDate
from .documents import Document
from .glossary import DOCUMENT_TYPES, TYPE_NAMES
from .text import collapse_space, fold, nfc, normalise_dashes

SUPPORTED = (".docx", ".txt", ".md")

# --- the document as a sequence of lines ------------------------------------------------------


@dataclass
class Line:
    """One paragraph of the original (a line of a text file): plain text, Markdown and formatting."""

    text: str
    markdown: str = ""
    bold: bool = False  # every letter bold
    gap_before: bool = True  # a paragraph break (blank line) before it
    cell: str = ""  # "L"/"R" inside a header or closing table, "" in the body
    formatted: bool = False  # bold is known (Word); in plain text only ``**`` marks it

    def __post_init__(self) -> None:
        self.text = nfc(self.text)
        if not self.markdown:
            self.markdown = _escape(self.text)


@dataclass
class TableBlock:
    rows: list[list[str]]


Block = Line | TableBlock


class ImportFailed(Exception):
    """A file that cannot be read at all (not a .docx, not UTF-8…), with a Vietnamese reason."""


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
_LINE_START_SPECIAL = re.compile(r"^(\s*)([#>+]|\d+[.)])")


def _escape(text: str) -> str:
    """Markdown-escape literal text (and an ordered-list marker at the start)."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _LINE_START_SPECIAL.sub(lambda m: m.group(1) + (m.group(2)[:-1] + "\\" + m.group(2)[-1]
                                                          if m.group(2)[-1] in ".)" else "\\" + m.group(2)), text)


def _strip_md(text: str) -> tuple[str, bool]:
    """Plain text of a Markdown-ish line, and whether it was wholly bold (``**…**``)."""
    line = re.sub(r"^#{1,6}\s+", "", text.strip())
    bold = bool(re.fullmatch(r"\*\*.+\*\*", line)) or bool(re.fullmatch(r"\*\*\*.+\*\*\*", line))
    plain = re.sub(r"\*{1,3}([^*]+)\*{1,3}", r"\1", line).replace("**", "")
    plain = re.sub(r"\\([\\.)*#_\-])", r"\1", plain)
    return plain.strip(), bold


def read_text_lines(text: str) -> list[Block]:
    """A plain-text or Markdown file: one Line per non-blank line; ``**`` marks bold."""
    text = nfc(text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))
    if text.startswith("---\n"):  # a content file: skip its front matter
        end = text.find("\n---", 4)
        if end != -1:
            text = text[end + 4 :]
    blocks: list[Block] = []
    gap = True
    open_bold = False
    for raw in text.split("\n"):
        if not raw.strip():
            gap = True
            continue
        stripped = raw.strip()
        starts = stripped.startswith("**") and not stripped.endswith("**")
        ends = stripped.endswith("**") and not stripped.startswith("**")
        plain, bold = _strip_md(stripped)
        if open_bold or starts or ends:
            bold = True
        if starts:
            open_bold = True
        if ends:
            open_bold = False
        markdown = re.sub(r"^#{1,6}\s+", "", stripped)
        if markdown.count("**") % 2:  # a bold run split over lines: close it on this one
            markdown = markdown + "**" if starts else "**" + markdown
        blocks.append(Line(plain, markdown, bold=bold, gap_before=gap))
        gap = False
    return blocks


def read_docx(path: Path) -> list[Block]:
    """Paragraphs and tables of a .docx in body order (tables of two columns keep their cells)."""
    from docx import Document as open_docx  # a kept library; imported here to keep `vanban check` light
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = open_docx(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ImportFailed(f"không mở được tệp Word: {exc}") from None
    blocks: list[Block] = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            line = _docx_line(Paragraph(child, doc))
            if line is not None:
                blocks.append(line)
        elif tag == "tbl":
            table = Table(child, doc)
            rows = table.rows
            if _is_layout_table(table):
                for index, cell in enumerate(rows[0].cells):
                    side = "L" if index == 0 else "R"
                    for paragraph in cell.paragraphs:
                        line = _docx_line(paragraph, side)
                        if line is not None:
                            blocks.append(line)
            else:
                blocks.append(TableBlock([[collapse_space(c.text) for c in r.cells] for r in rows]))
    return blocks


def _is_layout_table(table: Any) -> bool:
    """A borderless one-row, two-column table: the header or the Nơi nhận / signature block."""
    rows = table.rows
    return len(rows) == 1 and len(rows[0].cells) == 2


def _docx_line(paragraph: Any, cell: str = "") -> Line | None:
    text = paragraph.text.replace("\t", " ")
    if not text.strip():
        return None
    pieces: list[tuple[str, bool, bool]] = []
    for run in paragraph.runs:
        if run.text:
            pieces.append((run.text, bool(run.bold), bool(run.italic)))
    letters = [p for p in pieces if p[0].strip()]
    bold = bool(letters) and all(p[1] for p in letters)
    markdown = _runs_markdown(pieces) if not bold else _escape(text.strip())
    return Line(text.strip(), markdown.strip(), bold=bold, cell=cell, formatted=True)


def _runs_markdown(pieces: Sequence[tuple[str, bool, bool]]) -> str:
    """Merge runs of equal formatting and wrap them in ``**``/``*``, spaces outside the markers."""
    merged: list[list[Any]] = []
    for text, bold, italic in pieces:
        if merged and merged[-1][1] == bold and merged[-1][2] == italic:
            merged[-1][0] += text
        else:
            merged.append([text, bold, italic])
    out: list[str] = []
    for text, bold, italic in merged:
        core = text.strip()
        if not core or not (bold or italic):
            out.append(_escape(text))
            continue
        mark = "***" if bold and italic else "**" if bold else "*"
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        out.append(f"{lead}{mark}{_escape(core)}{mark}{trail}")
    return "".join(out)


# --- header patterns ----------------------------------------------------------------------------

_QUOC_HIEU = re.compile(r"^(CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM$|^Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc$", re.I)
_PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"
_NUMBER = re.compile(r"^Số\b\s*(:)?\s*(?P<rest>.*)$")
_DATE_LINE = re.compile(
    r"^(?P<place>[^,]*),\s*ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})?\s*$", re.I)
_VV = re.compile(r"^V/v\.?\s*:?\s*(?P<rest>.*)$", re.I)
_DECORATION = re.compile(r"^[-_*=–—.\s]+$")
_RECIPIENTS = re.compile(r"^Nơi nhận\s*:?\s*(?P<rest>.*)$", re.I)
_SIGN_PREFIX = re.compile(r"^(TM|KT|TL|TUQ|Q|T/M|K/T|T/L|T/U/Q)\s*[./]\s*\S", re.I)
_ADDRESSEE = re.compile(r"^Kính gửi\b", re.I)
_TYPE_BY_FOLD = {fold(name).upper(): name for name in TYPE_NAMES}


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _type_word(text: str) -> str | None:
    """The type name when *text* is a type word line ("KẾ HOẠCH")."""
    if not _is_upper(text):
        return None
    return _TYPE_BY_FOLD.get(fold(collapse_space(text)).upper().rstrip(":"))


# --- issuer capitalisation ------------------------------------------------------------------------

# Body names as written in running text; longest match wins. Old tone placement ("uỷ") is
# matched as the new one.
_LEXICON: tuple[str, ...] = (
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam",
    "Ủy ban MTTQ Việt Nam", "Ủy ban MTTQVN", "Ban Thường vụ", "Ban Thường trực", "Ban Chấp hành", "Ban Bí thư",
    "Bộ Chính trị", "Ban Tuyên giáo và Dân vận", "Ban Tuyên giáo", "Ban Dân vận", "Ban Tổ chức", "Ban Kiểm tra",
    "Ủy ban Kiểm tra", "Ban Nội chính", "Ban Chỉ đạo", "Ban Chỉ huy Quân sự", "Văn phòng", "Thường trực",
    "Liên đoàn Lao động", "Công đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Liên hiệp Phụ nữ",
    "Hội Nông dân", "Hội Cựu chiến binh", "Huyện ủy", "Thị ủy", "Tỉnh ủy", "Thành ủy", "Quận ủy", "Đảng ủy",
    "Đảng bộ", "Chi bộ", "Phòng Văn hóa và Thông tin", "Phòng Văn hóa - Thông tin", "Phòng Văn hóa - Xã hội",
    "Phòng Văn hóa, Khoa học và Thông tin", "Phòng Tư pháp", "Phòng Nội vụ", "Phòng Giáo dục và Đào tạo",
    "Phòng Tài chính - Kế hoạch", "Phòng Kinh tế", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Y tế",
    "Phòng Tài nguyên và Môi trường", "Phòng Lao động - Thương binh và Xã hội", "Trung tâm Văn hóa - Thể thao",
    "Trung tâm Văn hóa - Thông tin - Thể thao", "Trung tâm Phục vụ hành chính công", "Công an", "Chính phủ",
    "Thủ tướng Chính phủ", "Trung ương", "Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông",
    "Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Tư pháp", "Sở Giáo dục và Đào tạo", "Việt Nam",
)
# Words of an administrative unit: lower case, and a proper name follows.
_ADMIN_UNITS: tuple[str, ...] = ("thành phố", "thị trấn", "thị xã", "huyện", "quận", "tỉnh", "xã", "phường")
# Bodies after which a place name follows directly ("Thị ủy Phước Long").
_PLACE_AFTER = {"Huyện ủy", "Thị ủy", "Tỉnh ủy", "Thành ủy", "Quận ủy"}
_ACRONYMS = {"UBND", "HĐND", "MTTQ", "MTTQVN", "LĐLĐ", "BCH", "BTV", "TW", "CT-XH", "VH-TT", "TP", "KT-XH"}
_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")


def _key(word: str) -> str:
    return fold(word).upper()


_LEX_TOKENS: list[tuple[tuple[str, ...], tuple[str, ...]]] = sorted(
    ((tuple(_key(w) for w in phrase.split()), tuple(phrase.split())) for phrase in _LEXICON),
    key=lambda item: -len(item[0]),
)
_ADMIN_TOKENS = sorted(((tuple(_key(w) for w in u.split()), tuple(u.split())) for u in _ADMIN_UNITS),
                       key=lambda item: -len(item[0]))


def _is_acronym(token: str) -> bool:
    bare = token.strip(".,;:()")
    return bare.upper() in _ACRONYMS or (bare.isupper() and not any(c in _VOWELS for c in fold(bare)))


def recase_issuer(text: str) -> tuple[str, bool]:
    """Upper-case issuer text in running-text capitalisation, and whether every word was known.

    ``"BAN THƯỜNG VỤ HUYỆN ỦY"`` → ``("Ban Thường vụ Huyện ủy", True)``. A text that is not
    all upper case is returned as written (sure). When unsure, the original is returned.
    """
    text = collapse_space(normalise_dashes(text))
    if not _is_upper(text):
        return text, True
    tokens = text.split(" ")
    keys = [_key(t) for t in tokens]
    out: list[str] = []
    sure = True
    place = False  # inside a proper name after an administrative unit or a Party committee
    i = 0
    while i < len(tokens):
        match = next(((n, phrase) for n, phrase in _LEX_TOKENS if tuple(keys[i : i + len(n)]) == n), None)
        unit = next(((n, phrase) for n, phrase in _ADMIN_TOKENS if tuple(keys[i : i + len(n)]) == n), None)
        if match and not (place and len(match[0]) < 2):
            n, phrase = match
            out.extend(phrase)
            place = " ".join(phrase) in _PLACE_AFTER
            i += len(n)
        elif unit:
            out.extend(unit[1])
            place = True
            i += len(unit[0])
        elif _is_acronym(tokens[i]):
            out.append(tokens[i])
            i += 1
        elif place:
            out.append(tokens[i].capitalize() if tokens[i].isupper() else tokens[i])
            i += 1
        elif tokens[i] in ("-", "VÀ", ","):
            out.append(tokens[i].lower() if tokens[i] == "VÀ" else tokens[i])
            i += 1
        else:
            sure = False
            break
    if not sure:
        return text, False
    result = " ".join(out)
    return result[:1].upper() + result[1:], True


# --- the result ---------------------------------------------------------------------------------

FIELDS = ("number", "type", "issuer", "date", "title", "place", "signer", "signer_title", "recipients")
FIELD_NAMES = {
    "number": "số ký hiệu", "type": "loại văn bản", "issuer": "cơ quan ban hành", "date": "ngày ban hành",
    "title": "trích yếu", "place": "địa danh", "signer": "người ký", "signer_title": "chức vụ người ký",
    "recipients": "nơi nhận",
}


@dataclass
class ImportResult:
    """What was read from one file; empty fields are listed in :attr:`missing`, never guessed."""

    source: Path
    fields: dict[str, Any] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)  # key → note for the YAML comment
    body: str = ""
    parent: str = ""
    missing: list[tuple[str, str]] = field(default_factory=list)  # (key, why)
    notes: list[str] = field(default_factory=list)
    citations: tuple[Citation, ...] = ()

    def value(self, key: str) -> Any:
        return self.fields.get(key, [] if key == "recipients" else "")

    def document(self) -> Document:
        date = None
        if self.value("date"):
            date = PartialDate.parse(str(self.value("date")))
        return Document(source="", number=self.value("number"), type=self.value("type"),
                        issuer=self.value("issuer"), title=self.value("title"), date=date)


# --- header analysis ------------------------------------------------------------------------------


def _issuer_groups(lines: list[Line]) -> list[list[Line]]:
    """Upper-case header lines grouped into bodies; a line opening with an administrative unit continues."""
    groups: list[list[Line]] = []
    for line in lines:
        key = _key(line.text)
        continues = (any(key.startswith(_key(u) + " ") for u in _ADMIN_UNITS) and not key.startswith("XA HOI")
                     and not _starts_body(line.text))
        if groups and (continues or (line.bold == groups[-1][-1].bold and line.cell and groups[-1][-1].cell
                                     and not _starts_body(line.text))):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _starts_body(text: str) -> bool:
    """A header line that names a body of its own ("ĐẢNG BỘ …", "PHÒNG …", "BAN …", "HUYỆN ỦY …")."""
    key = _key(text)
    return key.startswith(("DANG BO", "DANG UY", "PHONG ", "BAN ", "UY BAN", "HOI DONG", "HUYEN UY", "THI UY",
                           "TINH UY", "THANH UY", "CHI BO", "VAN PHONG", "TRUNG TAM", "SO "))


def _read_issuer(result: ImportResult, lines: list[Line]) -> None:
    lines = [ln for ln in lines if ln.text.strip("* ")]
    if not lines:
        result.missing.append(("issuer", "không thấy khối tên cơ quan ở đầu văn bản"))
        return
    bold = [ln for ln in lines if ln.bold]
    if bold and len(bold) < len(lines) and lines[-1].bold:
        # ND 30: the parent body is printed in regular weight, the issuer in bold.
        issuer_lines = bold
        parent_lines = [ln for ln in lines if not ln.bold]
    else:
        groups = _issuer_groups(lines) if len(lines) > 1 else [lines]
        issuer_lines = groups[-1]
        parent_lines = [ln for g in groups[:-1] for ln in g]
    raw = collapse_space(" ".join(ln.text for ln in issuer_lines))
    issuer, sure = recase_issuer(raw)
    result.fields["issuer"] = issuer
    if parent_lines:
        parent, _ = recase_issuer(" ".join(ln.text for ln in parent_lines))
        result.parent = parent
        result.notes.append(f"cơ quan chủ quản (dòng trên tên cơ quan): {parent}")
    if not sure:
        result.notes.append(f"cơ quan ban hành giữ nguyên chữ hoa như bản gốc “{raw}”: "
                            "chưa chắc cách viết hoa, hãy sửa lại cho đúng (ví dụ “Ủy ban nhân dân xã …”)")
        result.comments["issuer"] = "giữ nguyên chữ hoa của bản gốc: hãy viết lại cho đúng"


def _read_number(result: ImportResult, text: str) -> None:
    m = _NUMBER.match(text)
    assert m is not None
    rest = normalise_dashes(collapse_space(m.group("rest")))
    rest = re.sub(r"\s*/\s*", "/", rest)
    if re.match(r"\d", rest):
        result.fields["number"] = re.sub(r"(?<=\d)\s*-\s*(?=[A-ZĐ])", "-", rest)
    else:
        original = collapse_space(text)
        result.fields["number"] = ""
        result.comments["number"] = f"bản gốc “{original}” để trống số"
        result.notes.append(f"số ký hiệu để trống như bản gốc (“{original}”)")


def _read_date_line(result: ImportResult, m: re.Match[str]) -> None:
    place = collapse_space(m.group("place"))
    result.fields["place"] = place
    if not place:
        result.missing.append(("place", "dòng ngày tháng không ghi địa danh"))
    y, mo, d = m.group("y"), m.group("m"), m.group("d")
    if not y:
        result.fields["date"] = ""
        result.missing.append(("date", "bản gốc không ghi năm ban hành"))
        return
    parts = [y] + ([mo.zfill(2)] if mo else []) + ([d.zfill(2)] if mo and d else [])
    text = "-".join(parts)
    try:
        PartialDate.parse(text)
    except ValueError as exc:
        result.fields["date"] = ""
        result.missing.append(("date", f"ngày trong bản gốc không hợp lệ: {exc}"))
        return
    result.fields["date"] = text
    if not d or not mo:
        blank = "ngày" if mo else "ngày, tháng"
        result.comments["date"] = f"bản gốc “{collapse_space(m.group(0))}” để trống {blank}"
        result.notes.append(f"ngày ban hành chưa đủ: bản gốc để trống {blank} → {text}")


def _type_from_number(number: str) -> str | None:
    parts = parse_number(number) if number else None
    if parts is None or not parts.type_code:
        return None
    code = parts.type_code
    party = parts.system == "party"
    names = [t.name for t in DOCUMENT_TYPES if (t.party_code if party else t.state_code) == code]
    return names[0] if len(names) == 1 else None


_BODY_OPENER = re.compile(r"^(căn cứ|kính gửi|thực hiện\s+(nghị|kế|quyết|chỉ|công|hướng|thông|chương|kết)\w*\s)", re.I)


def _looks_like_subject(text: str) -> bool:
    """A trích yếu not in bold (many originals): short, no sentence end, not a body opener."""
    text = collapse_space(text)
    return 0 < len(text) <= 300 and not text.endswith((";", ":", ".")) and not _BODY_OPENER.match(text)


def analyse(blocks: list[Block], source: Path) -> ImportResult:
    """Read header, body and closing out of *blocks*."""
    result = ImportResult(source=source)
    lines = [b for b in blocks if isinstance(b, Line)]
    # 1. The closing: the last "Nơi nhận" and the signature block around it.
    closing_start = _read_closing(result, blocks)
    head_and_body = blocks[:closing_start]
    # 2. The header: lines until the body starts.
    issuer_lines: list[Line] = []
    number_seen = False
    title_parts: list[str] = []
    collecting: str | None = None  # "vv" or "title" while a subject runs over several lines
    body_start = len(head_and_body)
    index = 0
    for index, block in enumerate(head_and_body):
        if isinstance(block, TableBlock):
            body_start = index
            break
        text = block.text
        if collecting == "vv" and block.cell == "L" and not _NUMBER.match(text):
            title_parts.append(text)
            continue
        if collecting == "vv" and not block.cell and not block.gap_before:
            title_parts.append(text)
            continue
        if collecting == "title":
            first = (not title_parts and not block.cell and not _DATE_LINE.match(text)
                     and (not block.formatted or _looks_like_subject(text)))
            if first or (block.bold and not block.cell and not _DATE_LINE.match(text)) or (not block.gap_before and not block.cell):
                if not _DECORATION.match(text):
                    title_parts.append(text)
                continue
            collecting = None
            if _DECORATION.match(text):
                continue
            body_start = index
            break
        collecting = None
        if _QUOC_HIEU.match(text) or collapse_space(text).upper() == _PARTY_HEADING or _DECORATION.match(text):
            continue
        if _NUMBER.match(text) and not number_seen and (block.cell or index < 12):
            number_seen = True
            _read_number(result, text)
            continue
        date = _DATE_LINE.match(collapse_space(text))
        if date and "date" not in result.fields:
            _read_date_line(result, date)
            continue
        vv = _VV.match(text)
        if vv and "type" not in result.fields:
            result.fields["type"] = "Công văn"
            title_parts = [vv.group("rest")]
            collecting = "vv"
            continue
        kind = _type_word(text)
        if kind and "type" not in result.fields:
            result.fields["type"] = kind
            collecting = "title"
            continue
        if not number_seen and _is_upper(text) and "type" not in result.fields and (block.cell in ("", "L")):
            issuer_lines.append(block)
            continue
        body_start = index
        break
    else:
        body_start = len(head_and_body)
    if title_parts:
        result.fields["title"] = collapse_space(" ".join(title_parts))
    _read_issuer(result, issuer_lines)
    if "type" not in result.fields:
        inferred = _type_from_number(str(result.fields.get("number", "")))
        if inferred:
            result.fields["type"] = inferred
            result.notes.append(f"loại văn bản suy từ mã trong số ký hiệu: {inferred}")
        elif any(_ADDRESSEE.match(b.text) for b in lines[:20]):
            result.missing.append(("type", "không thấy dòng tên loại văn bản; có “Kính gửi”, có thể là Công văn"))
        else:
            result.missing.append(("type", "không thấy dòng tên loại văn bản (KẾ HOẠCH, HƯỚNG DẪN…) hay dòng V/v"))
    if "number" not in result.fields:
        result.missing.append(("number", "không thấy dòng “Số: …”"))
    if "date" not in result.fields:
        result.missing.append(("date", "không thấy dòng “…, ngày … tháng … năm …”"))
        result.missing.append(("place", "không thấy dòng địa danh, ngày tháng"))
    if not result.fields.get("title"):
        result.missing.append(("title", "không thấy trích yếu (dòng dưới tên loại văn bản, hoặc V/v)"))
    # 3. The body.
    body_blocks = head_and_body[body_start:]
    result.body = _body_markdown(body_blocks) + _closing_markdown(result)
    plain = "\n".join(b.text if isinstance(b, Line) else " ".join(" ".join(r) for r in b.rows) for b in body_blocks)
    number = str(result.fields.get("number") or "")
    result.citations = extract(plain, own_number=number or None, title=result.fields.get("title") or None).citations
    for key in FIELDS:
        if key not in result.fields and not any(k == key for k, _ in result.missing):
            result.missing.append((key, "không đọc được"))
    return result


def _read_closing(result: ImportResult, blocks: list[Block]) -> int:
    """Read Nơi nhận and the signature; return the index where the closing starts."""
    positions = [i for i, b in enumerate(blocks) if isinstance(b, Line) and _RECIPIENTS.match(b.text)]
    if not positions:
        result.missing.append(("recipients", "không thấy “Nơi nhận:”"))
        start = _signature_start(blocks, len(blocks))
        _read_signature(result, [b for b in blocks[start:] if isinstance(b, Line)])
        return start
    at = positions[-1]
    label = blocks[at]
    assert isinstance(label, Line)
    recipients: list[str] = []
    rest = _RECIPIENTS.match(label.text)
    if rest and rest.group("rest").strip():
        recipients.append(rest.group("rest").strip().lstrip("-+• ").strip())
    end = at + 1
    for block in blocks[at + 1 :]:
        if not isinstance(block, Line):
            break
        if label.cell and block.cell != label.cell:
            break
        if not label.cell and not re.match(r"^[-+•–]", block.text):
            break
        recipients.append(re.sub(r"^[-+•–]\s*", "", block.text).strip())
        end += 1
    result.fields["recipients"] = [r for r in recipients if r]
    if label.cell:
        # A closing table: the other cell is the signature block.
        start = at
        while start > 0 and isinstance(blocks[start - 1], Line) and blocks[start - 1].cell == label.cell:  # type: ignore[union-attr]
            start -= 1
        other = "R" if label.cell == "L" else "L"
        signature = [b for b in blocks[start:] if isinstance(b, Line) and b.cell == other]
        if not signature:
            j = start
            while j > 0 and isinstance(blocks[j - 1], Line) and blocks[j - 1].cell == other:  # type: ignore[union-attr]
                j -= 1
            signature = [b for b in blocks[j:start] if isinstance(b, Line)]
            start = j
        _read_signature(result, signature)
        return start
    # Plain text: the signature block is either just before "Nơi nhận" or after its list.
    before = _signature_start(blocks, at)
    if before < at:
        _read_signature(result, [b for b in blocks[before:at] if isinstance(b, Line)])
        return before
    _read_signature(result, [b for b in blocks[end:] if isinstance(b, Line)])
    return at


def _is_signature_title(text: str) -> bool:
    return bool(_SIGN_PREFIX.match(text)) or (_is_upper(text) and len(text) <= 60 and not _RECIPIENTS.match(text))


def _is_name(text: str) -> bool:
    words = text.split()
    return (1 < len(words) <= 6 and all(w[:1].isupper() for w in words) and not _is_upper(text)
            and not re.search(r"[\d,;:()/]", text))


def _signature_start(blocks: list[Block], end: int) -> int:
    """Index where a trailing signature block (titles, then maybe a name) begins before *end*."""
    i = end
    if i > 0 and isinstance(blocks[i - 1], Line) and _is_name(blocks[i - 1].text):  # type: ignore[union-attr]
        i -= 1
    j = i
    while j > 0 and isinstance(blocks[j - 1], Line) and _is_signature_title(blocks[j - 1].text):  # type: ignore[union-attr]
        j -= 1
    if j == i:
        return end
    first = blocks[j]
    assert isinstance(first, Line)
    if not (_SIGN_PREFIX.match(first.text) or i - j <= 3):
        return end
    return j


def _read_signature(result: ImportResult, lines: list[Line]) -> None:
    titles: list[str] = []
    name = ""
    for line in lines:
        text = collapse_space(line.text)
        if not name and _is_signature_title(text):
            titles.append(text)
        elif titles and _is_name(text):
            name = text
    if titles:
        result.fields["signer_title"] = " — ".join(titles)
    else:
        result.missing.append(("signer_title", "không thấy khối chữ ký (TM./KT./T/M … và chức vụ)"))
    if name:
        result.fields["signer"] = name
    else:
        result.fields["signer"] = ""
        result.missing.append(("signer", "không thấy họ tên người ký dưới khối chữ ký"))


# --- body Markdown ------------------------------------------------------------------------------------

_ROMAN = re.compile(r"^(?=[IVXL])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})\s*[.:/-]\s+\S")
_LEVEL2 = re.compile(r"^\d+\.\d+\.?\s+\S")
_LEVEL1 = re.compile(r"^\d+\.\s+\S")
_LIST = re.compile(r"^[-+•–]\s*")


def _is_short_heading(line: Line) -> bool:
    text = line.text
    if line.bold:
        return len(text) <= 200
    return len(text) <= 100 and not text.endswith((".", ";", ",")) and not re.search(r":\s+\S", text)


def _body_markdown(blocks: list[Block]) -> str:
    out: list[str] = []
    in_list = False
    for block in blocks:
        if isinstance(block, TableBlock):
            out.append(_table_markdown(block))
            in_list = False
            continue
        text = block.text
        if _DECORATION.match(text):
            continue
        if _ROMAN.match(text):
            out.append("## " + text)
            in_list = False
        elif _LEVEL2.match(text) and _is_short_heading(block):
            out.append("#### " + text)
            in_list = False
        elif _LEVEL1.match(text) and _is_short_heading(block):
            out.append("### " + text)
            in_list = False
        elif _LIST.match(text) and not _ADDRESSEE.match(text):
            item = _LIST.sub("", block.markdown if not block.bold else text).strip()
            if in_list:
                out[-1] += "\n- " + item
            else:
                out.append("- " + item)
            in_list = True
            continue
        else:
            out.append(f"**{_escape(text)}**" if block.bold and len(text) < 200 else block.markdown)
            in_list = False
    return "\n\n".join(out)


def _table_markdown(table: TableBlock) -> str:
    rows = [[c.replace("|", "\\|") for c in row] for row in table.rows if any(c.strip() for c in row)]
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def _closing_markdown(result: ImportResult) -> str:
    parts: list[str] = []
    recipients = result.fields.get("recipients") or []
    if recipients:
        parts.append("**Nơi nhận:**")
        parts.append("\n".join(f"- {_escape(r)}" for r in recipients))
    title = result.fields.get("signer_title") or ""
    if title:
        parts.append("  \n".join(f"**{_escape(t)}**" for t in title.split(" — ")))
    if result.fields.get("signer"):
        parts.append(_escape(result.fields["signer"]))
    return ("\n\n" + "\n\n".join(parts)) if parts else ""


# --- entry points -----------------------------------------------------------------------------------


def read_blocks(path: Path) -> list[Block]:
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return read_docx(path)
    if suffix in (".txt", ".md"):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ImportFailed("tệp văn bản không phải mã UTF-8: hãy lưu lại với mã hóa UTF-8") from None
        return read_text_lines(text)
    raise ImportFailed(f"không hỗ trợ định dạng {suffix or '(không có đuôi)'}: chỉ nhận .docx, .txt, .md")


def import_file(path: Path) -> ImportResult:
    """Read *path* into an ImportResult; raises ImportFailed with a Vietnamese reason when unreadable."""
    blocks = read_blocks(path)
    if not any(isinstance(b, Line) for b in blocks):
        raise ImportFailed("tệp không có nội dung")
    return analyse(blocks, path)


# --- writing the content file --------------------------------------------------------------------

COMMENTS: dict[str, str] = {
    "number": "số ký hiệu, ví dụ 300/LĐLĐ hoặc 57-NQ/TW; \"\" nếu bản gốc không ghi số",
    "type": "loại văn bản (hình thức), ví dụ Kế hoạch, Công văn",
    "issuer": "cơ quan ban hành",
    "date": "ngày ban hành YYYY-MM-DD; \"2025-02\" nếu bản gốc để trống ngày",
    "effective": "ngày hiệu lực; \"\" nếu văn bản không ghi",
    "title": "trích yếu (công văn: phần sau V/v)",
    "place": "địa danh ở dòng ngày tháng",
    "signer": "người ký",
    "signer_title": "chức vụ người ký, các dòng nối bằng \" — \"",
    "recipients": "nơi nhận, mỗi nơi một dòng",
    "attachments": "tệp đính kèm, đường dẫn tính từ thư mục của tệp này",
    "implements": "số hiệu văn bản được thực hiện (ngoài các văn bản tìm thấy trong nội dung)",
    "mentions": "số hiệu văn bản được nhắc đến thêm",
    "replaces": "số hiệu văn bản bị thay thế",
    "tags": "từ khóa",
    "status": "tình trạng hiệu lực: còn hiệu lực / hết hiệu lực / ngưng hiệu lực / chưa có hiệu lực",
}


def _yaml_str(value: str) -> str:
    """A double-quoted YAML scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def render_content(fields: dict[str, Any], body: str, modeline: str, comments: dict[str, str] | None = None,
                   attachments: Sequence[tuple[str, str]] = ()) -> str:
    """The text of a content file: the schema line, every key with a Vietnamese comment, the body."""
    comments = comments or {}
    lines = ["---", modeline]
    for key in ("number", "type", "issuer", "date", "effective", "title", "place", "signer", "signer_title"):
        note = COMMENTS[key] + (f": {comments[key]}" if key in comments else "")
        lines.append(f"{key}: {_yaml_str(str(fields.get(key) or ''))}  # {note}")
    recipients = list(fields.get("recipients") or [])
    if recipients:
        lines.append(f"recipients:  # {COMMENTS['recipients']}")
        lines += [f"  - {_yaml_str(r)}" for r in recipients]
    else:
        lines.append(f"recipients: []  # {COMMENTS['recipients']}")
    if attachments:
        lines.append(f"attachments:  # {COMMENTS['attachments']}")
        for path, title in attachments:
            lines += [f"  - path: {_yaml_str(path)}", f"    title: {_yaml_str(title)}"]
    else:
        lines.append(f"attachments: []  # {COMMENTS['attachments']}")
    for key in ("implements", "mentions", "replaces", "tags"):
        lines.append(f"{key}: []  # {COMMENTS[key]}")
    lines.append(f"status: \"\"  # {COMMENTS['status']}")
    lines.append("---")
    return "\n".join(lines) + "\n\n" + body.strip() + "\n"


def target_path(content: Path, doc: Document) -> Path:
    """``content/van-ban/<year>/<slug>.md`` for *doc*, matching the URL the site gives it."""
    return content / "van-ban" / doc.year_slug / f"{doc.base_slug()}.md"


def write_result(result: ImportResult, content: Path, modeline_for: Any) -> Path:
    """Write *result* under *content*; refuses to overwrite (FileExistsError). Copies a .docx as attachment."""
    doc = result.document()
    target = target_path(content, doc)
    if target.exists():
        raise FileExistsError(str(target))
    attachments: list[tuple[str, str]] = []
    copy_to: Path | None = None
    if result.source.suffix.lower() == ".docx":
        folder = target.with_suffix("")
        copy_to = folder / f"{target.stem}.docx"
        attachments.append((f"{target.stem}/{copy_to.name}", f"Toàn văn {doc.type or 'văn bản'} (bản Word)"))
    target.parent.mkdir(parents=True, exist_ok=True)
    text = render_content(result.fields, result.body, modeline_for(target), result.comments, attachments)
    with target.open("x", encoding="utf-8") as handle:
        handle.write(text)
    if copy_to is not None:
        copy_to.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(result.source, copy_to)
    return target


# --- the report -------------------------------------------------------------------------------------------


def report_lines(result: ImportResult, full: bool) -> Iterator[str]:
    """The Vietnamese report for one file: what is missing always; every field and citation when *full*."""
    if full:
        for key in FIELDS:
            value = result.value(key)
            shown = "; ".join(value) if isinstance(value, list) else value
            yield f"  {FIELD_NAMES[key]} ({key}): {shown if shown else '(trống)'}"
    for key, why in result.missing:
        yield f"  ✗ chưa xác định {FIELD_NAMES.get(key, key)} ({key}): {why} — để trống, hãy điền theo bản gốc"
    for note in result.notes:
        yield f"  • {note}"
    if full:
        if result.citations:
            yield f"  Trích dẫn tìm thấy ({len(result.citations)}):"
            for c in result.citations:
                relation = "thực hiện" if c.relation == "implements" else "nhắc đến"
                date = f", ngày {c.date:%d/%m/%Y}" if c.date else ""
                issuer = f" của {c.issuer}" if c.issuer else ""
                yield f"    - {c.type or 'Văn bản'} số {c.number}{date}{issuer} ({relation})"
        else:
            yield "  Không tìm thấy trích dẫn văn bản nào."


# --- comparing with a hand-made content file (tests and scripts/import_eval.py) -----------------------


def field_values(doc: Document) -> dict[str, str]:
    """The compared fields of a document as text (recipients joined by " | ")."""
    return {
        "number": doc.number, "type": doc.type, "issuer": doc.issuer,
        "date": doc.date.iso() if doc.date else "", "title": doc.title, "place": doc.place,
        "signer": doc.signer, "signer_title": doc.signer_title, "recipients": " | ".join(doc.recipients),
    }


def compare(imported: Document, expected: Document) -> dict[str, bool]:
    """Field → equal, after the core's own normalisation (NFC, spaces) of both sides."""
    got, want = field_values(imported), field_values(expected)
    return {key: got[key] == want[key] for key in FIELDS}


# --- `vanban new` -------------------------------------------------------------------------------------

PROMPTS: dict[str, str] = {
    "type": "Loại văn bản (ví dụ Kế hoạch, Công văn, Hướng dẫn): ",
    "number": "Số ký hiệu (ví dụ 21/KH-UBND; để trống nếu bản gốc không ghi số): ",
    "issuer": "Cơ quan ban hành (ví dụ Ủy ban nhân dân xã Tân Hòa): ",
    "date": "Ngày ban hành (07/03/2025 hoặc 2025-03-07; 02/2025 nếu để trống ngày; để trống nếu không ghi): ",
    "title": "Trích yếu (công văn: phần sau V/v): ",
}
NEW_BODY = "(Dán toàn văn văn bản vào đây, thay cho dòng này.)"


class InvalidValue(ValueError):
    """A value typed for `vanban new` that cannot be used; the message is Vietnamese."""


def canonical_type(raw: str) -> str:
    key = fold(collapse_space(raw)).upper()
    if key in _TYPE_BY_FOLD:
        return _TYPE_BY_FOLD[key]
    for t in DOCUMENT_TYPES:
        if key in {fold(a).upper() for a in t.aliases}:
            return t.name
    import difflib

    close = difflib.get_close_matches(raw, TYPE_NAMES, n=1)
    hint = f"có phải “{close[0]}”? " if close else ""
    raise InvalidValue(f"loại văn bản “{raw}” không có trong danh mục — {hint}các loại: {', '.join(TYPE_NAMES)}")


def canonical_date(raw: str) -> str:
    """``07/03/2025`` or ``2025-03-07`` → ``2025-03-07``; ``02/2025`` → ``2025-02``; ``""`` stays."""
    text = collapse_space(raw)
    if not text:
        return ""
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if m:
        text = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{4})", text)
    if m:
        text = f"{m.group(2)}-{int(m.group(1)):02d}"
    try:
        return PartialDate.parse(text).iso()
    except ValueError as exc:
        raise InvalidValue(f"ngày ban hành sai: {exc}") from None


def check_new_value(key: str, raw: str) -> str:
    """Normalise one value of `vanban new`; InvalidValue with a Vietnamese reason."""
    value = collapse_space(nfc(raw))
    if key == "type":
        if not value:
            raise InvalidValue("loại văn bản không được để trống")
        return canonical_type(value)
    if key == "date":
        return canonical_date(value)
    if key in ("issuer", "title") and not value:
        raise InvalidValue(f"{FIELD_NAMES[key]} không được để trống")
    if key == "number":
        return re.sub(r"\s*/\s*", "/", normalise_dashes(value))
    return value


def new_content(fields: dict[str, str], target: Path, modeline: str) -> str:
    """The text `vanban new` writes for *fields*."""
    return render_content(dict(fields), NEW_BODY, modeline)
