"""The document model and the validation of one content file's front matter.

Every check reports a :class:`~vanban.problems.Problem` naming the field and its line; a
field that fails is published empty rather than guessed, and the document is kept.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from .citations.spelling import number_key
from .dates import PartialDate
from .frontmatter import FrontMatter
from .glossary import (
    NO_NUMBER,
    NO_YEAR_SLUG,
    PLACEHOLDER_BODY,
    STATUS_LABELS,
    STATUSES,
    TYPE_NAMES,
    type_named,
)
from .inventory import CONTROL, control_character
from .problems import Problem, Severity
from .schema import schema_problems
from .text import collapse_space, fold, nfc, normalise_dashes, slugify
from .unverified import doubt_warnings, open_doubts

KNOWN_KEYS: dict[str, str] = {
    "number": "số ký hiệu",
    "type": "loại văn bản",
    "issuer": "cơ quan ban hành",
    "managing_body": "cơ quan chủ quản",
    "date": "ngày ban hành",
    "effective": "ngày hiệu lực",
    "title": "trích yếu",
    "place": "địa danh",
    "signer": "người ký",
    "signer_title": "chức vụ người ký",
    "recipients": "nơi nhận",
    "attachments": "tệp đính kèm",
    "implements": "văn bản được thực hiện",
    "mentions": "văn bản được nhắc đến",
    "replaces": "văn bản bị thay thế",
    "ignore_citations": "số hiệu không phải trích dẫn",
    "status": "tình trạng hiệu lực",
    "tags": "từ khóa",
    "sites": "trang hiển thị",
    "unverified": "thông tin máy đọc chưa đối chiếu",
}
REQUIRED = ("type", "issuer", "title")
_KEY_ORDER = tuple(KNOWN_KEYS)
_YEAR_IN_NUMBER = re.compile(r"/((?:19|20)\d\d)/")


@dataclass(frozen=True)
class AttachmentRef:
    """An attachment as the editor listed it (checked against the disk by :mod:`vanban.attachments`)."""

    path: str
    title: str
    line: int


@dataclass(frozen=True)
class Document:
    """One directive document: a held one (a content file) or a stub known only from citations."""

    source: str  # content-relative POSIX path; "" for a stub
    number: str
    type: str
    issuer: str
    title: str
    date: PartialDate | None = None
    effective: PartialDate | None = None
    place: str = ""
    signer: str = ""
    signer_title: str = ""
    recipients: tuple[str, ...] = ()
    attachment_refs: tuple[AttachmentRef, ...] = ()
    implements: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    replaces: tuple[str, ...] = ()
    ignore_citations: tuple[str, ...] = ()
    status: str = ""  # key of glossary.STATUSES values, "" when not stated
    tags: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()
    body: str = ""
    body_line: int = 1
    key_lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)
    held: bool = True
    slug: str = ""
    notes: tuple[str, ...] = ()  # a stub's cautions (owner not placed, citers that disagree), shown on its page
    # a stub of a local number whose issuer names no place: the place of the documents citing it (its
    # owner's locality as far as the text tells), so that listings keep two places' "Tỉnh ủy" apart
    cited_from: str = ""
    # the body printed above the issuer ("UBND TỈNH X" over "SỞ Y TẾ", "ĐẢNG BỘ TỈNH X" over "HUYỆN ỦY Y"), kept
    # apart from the issuer: it places a district's body in its province (vanban.provinces.document_province)
    managing_body: str = ""
    # a stub of a local number: the province (as written) its citers place its owner in, for the listings
    cited_province: str = ""
    # the header fields an import read by machine and no person has checked yet (vanban.unverified), header order
    unverified: tuple[str, ...] = ()

    def __getstate__(self) -> dict[str, Any]:
        """Pickled with its text fields as UTF-8 bytes. CPython's pickler writes a string through the
        UTF-8 form it then keeps inside that string for as long as the string lives, and a held
        document lives to the end of the build: the build cache's parsed front matter
        (:mod:`vanban.parse_cache`) kept a second copy of every body and title, +7 MB of peak RSS at
        1,000 documents. ``str.encode`` keeps nothing."""
        return {k: v.encode("utf-8", "surrogatepass") if type(v) is str else v for k, v in self.__dict__.items()}

    def __setstate__(self, state: dict[str, Any]) -> None:
        """No field of a document is bytes: each bytes value is a text field :meth:`__getstate__` encoded."""
        self.__dict__.update({k: v.decode("utf-8", "surrogatepass") if type(v) is bytes else v
                              for k, v in state.items()})

    @property
    def year(self) -> int | None:
        """The issue year; for a legal normative number ("12/2025/QĐ-UBND") its own year."""
        if self.date:
            return self.date.year
        m = _YEAR_IN_NUMBER.search(self.number)
        return int(m.group(1)) if m else None

    @property
    def year_slug(self) -> str:
        return str(self.year) if self.year else NO_YEAR_SLUG

    @functools.cached_property  # read for every edge of the graph; a replaced document computes its own
    def id(self) -> str:
        """Stable identifier, also the URL path: ``van-ban/2025/300-ldld``."""
        return f"van-ban/{self.year_slug}/{self.slug}"

    @property
    def url(self) -> str:
        return f"{self.id}/"

    @property
    def display_number(self) -> str:
        return self.number or NO_NUMBER

    @property
    def label(self) -> str:
        """``Kế hoạch số 386-KH/TU`` or ``Kế hoạch (chưa ghi số)``."""
        return f"{self.type} số {self.number}" if self.number else f"{self.type} ({NO_NUMBER})"

    @property
    def unverified_names(self) -> str:
        """"cơ quan ban hành, trích yếu": the machine-read fields the page says are not yet checked."""
        return ", ".join(KNOWN_KEYS.get(key, key) for key in self.unverified)

    @property
    def issuer_doubted(self) -> bool:
        """Whether an import's doubt on the issuer is open: no listing, group or filter takes it for a body."""
        return "issuer" in self.unverified

    @property
    def number_doubted(self) -> bool:
        """Whether an import's doubt on the number is open: no citation is linked through it (vanban.unverified)."""
        return "number" in self.unverified

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, "")

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, 1)

    def base_slug(self) -> str:
        """Slug from the number; a numberless document gets one from type, issuer and date."""
        if self.number:
            return slugify(self.number) or "so"
        date = self.date.iso() if self.date else ""
        return slugify(f"{self.type} {self.issuer} {date}", max_length=96)


def number_identity(number: str) -> str:
    """Identity key of a number: :func:`vanban.citations.number_key`, the one key the corpus, the graph
    and the importer compare numbers by (dashes, spaces, "số", the Party hyphen, case and "đ" do not matter)."""
    return number_key(number)


class _Fields:
    """Reads typed values out of front matter, collecting problems instead of raising."""

    def __init__(self, path: str, fm: FrontMatter) -> None:
        self.path = path
        self.fm = fm
        self.problems: list[Problem] = []

    def line(self, key: str) -> int:
        return self.fm.line_for(key, _KEY_ORDER)

    def report(self, key: str, message: str, fix: str, severity: Severity = Severity.ERROR) -> None:
        self.problems.append(Problem(self.path, self.line(key), key, message, fix, severity))

    def text(self, key: str, required: bool = False) -> str:
        value = self.fm.data.get(key)
        if value is None or value == "":
            if required:
                where = "trống" if key in self.fm.data else "thiếu"
                self.problems.append(
                    Problem(
                        self.path,
                        self.line(key),
                        key,
                        f"{where} {KNOWN_KEYS[key]}",
                        f"ghi {KNOWN_KEYS[key]} như trong bản gốc, ví dụ {key}: {_EXAMPLES[key]}",
                    )
                )
            return ""
        if isinstance(value, (dict, list)):
            self.report(key, f"{KNOWN_KEYS[key]} phải là một dòng chữ", f"viết {key}: <nội dung> trên một dòng")
            return ""
        if isinstance(value, bool):
            self.report(key, f"{KNOWN_KEYS[key]} không thể là {value}", f"viết {key} trong ngoặc kép")
            return ""
        return collapse_space(nfc(_clean(str(value))))

    def text_list(self, key: str) -> tuple[str, ...]:
        value = self.fm.data.get(key)
        if value is None or value == "":
            return ()
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            value = [value]
        if not isinstance(value, list):
            self.report(key, f"{KNOWN_KEYS[key]} phải là một danh sách", f"viết mỗi mục trên một dòng bắt đầu bằng '- ' dưới {key}:")
            return ()
        items: list[str] = []
        for item in value:
            if isinstance(item, (dict, list)) or item is None:
                self.report(key, f"mục “{item}” của {KNOWN_KEYS[key]} không phải một dòng chữ", "mỗi mục là một dòng chữ")
                continue
            text = collapse_space(nfc(_clean(str(item))))
            if text:
                items.append(text)
        return tuple(items)

    def date(self, key: str) -> PartialDate | None:
        value = self.fm.data.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return PartialDate.from_date(value)
        try:
            return PartialDate.parse(str(value))
        except ValueError as exc:
            self.report(key, f"{KNOWN_KEYS[key]} sai: {exc}", f"viết {key}: 2025-03-07, hoặc \"2025-02\" khi bản gốc để trống ngày")
            return None

    def type_name(self) -> str:
        raw = self.text("type", required=True)
        if not raw:
            return ""
        canonical = type_named(raw)
        if canonical is None:
            close = difflib.get_close_matches(raw, TYPE_NAMES, n=1)
            hint = f"có phải “{close[0]}”? " if close else ""
            self.report("type", f"loại văn bản “{raw}” không có trong danh mục", f"{hint}các loại hợp lệ: {', '.join(TYPE_NAMES)}")
            return raw
        return canonical

    def status(self) -> str:
        raw = self.text("status")
        if not raw:
            return ""
        key = STATUSES.get(raw.casefold()) or {fold(k): v for k, v in STATUSES.items()}.get(fold(raw).casefold())
        if key is None:
            self.report("status", f"tình trạng hiệu lực “{raw}” không hợp lệ", f"dùng một trong: {', '.join(STATUSES)}")
            return ""
        return key

    def attachments(self) -> tuple[AttachmentRef, ...]:
        value = self.fm.data.get("attachments")
        if value is None or value == "":
            return ()
        if not isinstance(value, list):
            value = [value]
        lines = self.fm.item_lines.get("attachments", ())
        refs: list[AttachmentRef] = []
        for index, item in enumerate(value):
            line = lines[index] if index < len(lines) else self.line("attachments")
            path: Any
            title: Any = ""
            if isinstance(item, str):
                path = item
            elif isinstance(item, dict):
                path, title = item.get("path"), item.get("title") or ""
            else:
                path = None
            if not isinstance(path, str) or not path.strip():
                self.problems.append(
                    Problem(self.path, line, "attachments", "tệp đính kèm thiếu đường dẫn (path)",
                            "viết - {path: ten-tep.pdf, title: Tên tệp}")
                )
                continue
            refs.append(AttachmentRef(nfc(_clean(path).strip()), collapse_space(nfc(_clean(str(title)))), line))
        return tuple(refs)


def _control_in(value: Any) -> str | None:
    """The first control or direction character anywhere in a front matter value."""
    if isinstance(value, str):
        return control_character(value)
    if isinstance(value, list):
        return next((c for item in value if (c := _control_in(item)) is not None), None)
    if isinstance(value, dict):
        return next((c for item in [*value, *value.values()] if (c := _control_in(item)) is not None), None)
    return None


def _clean(text: str) -> str:
    return CONTROL.sub("", text)


_EXAMPLES = {
    "type": "Kế hoạch",
    "issuer": "Ban Thường vụ Huyện ủy",
    "title": "Tổ chức học tập, quán triệt Nghị quyết số 57-NQ/TW",
}


def document_from_front_matter(path: str, fm: FrontMatter) -> tuple[Document, list[Problem]]:
    """Build a Document from parsed front matter; problems are reported, never raised."""
    f = _Fields(path, fm)
    for key, value in fm.data.items():
        if (char := _control_in(value)) is not None:
            f.report(key, f"{KNOWN_KEYS.get(key, key)} có ký tự điều khiển {char} (không hiện ra nhưng làm hỏng trang và nguồn tin)",
                     "xóa ký tự đó: gõ lại giá trị này, đừng dán từ phần mềm khác")
    for key, line in fm.duplicate_keys:
        f.problems.append(Problem(path, line, key, f"khóa {key} được khai báo hai lần", "xóa một trong hai dòng"))
    for key in fm.data:
        if key not in KNOWN_KEYS:
            close = difflib.get_close_matches(key, list(KNOWN_KEYS), n=1)
            hint = f"có phải “{close[0]}”? " if close else ""
            f.report(key, f"khóa “{key}” không được hỗ trợ", f"{hint}các khóa hợp lệ: {', '.join(KNOWN_KEYS)}",
                     Severity.WARNING)
    number = f.text("number")
    doubts = open_doubts(fm)
    doc = Document(
        source=path,
        number=normalise_dashes(number).replace(" /", "/").replace("/ ", "/"),
        type=f.type_name(),
        issuer=f.text("issuer", required=True),
        managing_body=f.text("managing_body"),
        title=f.text("title", required=True),
        date=f.date("date"),
        effective=f.date("effective"),
        place=f.text("place"),
        signer=f.text("signer"),
        signer_title=f.text("signer_title"),
        recipients=f.text_list("recipients"),
        attachment_refs=f.attachments(),
        implements=f.text_list("implements"),
        mentions=f.text_list("mentions"),
        replaces=f.text_list("replaces"),
        ignore_citations=f.text_list("ignore_citations"),
        status=f.status(),
        tags=f.text_list("tags"),
        sites=f.text_list("sites"),
        body=fm.body,
        body_line=fm.body_line,
        key_lines=dict(fm.key_lines),
        unverified=tuple(d.field for d in doubts),
    )
    if doc.date and doc.effective and doc.effective.end_value() < doc.date.sort_value():
        f.report(
            "effective",
            f"ngày hiệu lực {doc.effective.vietnamese()} trước ngày ban hành {doc.date.vietnamese()}",
            "kiểm tra lại date và effective trong bản gốc",
        )
    if (at := fm.body.find(PLACEHOLDER_BODY)) >= 0:  # written by `vanban new`, never published unnoticed
        f.problems.append(Problem(path, fm.body_line + fm.body.count("\n", 0, at), "toàn văn",
                                  "toàn văn chưa được dán: còn dòng mẫu do vanban new viết",
                                  "dán toàn văn văn bản vào chỗ dòng đó và xóa dòng mẫu", Severity.WARNING))
    f.problems.extend(schema_problems(path, fm, f.problems))
    f.problems.extend(doubt_warnings(path, fm, doubts, KNOWN_KEYS, REQUIRED))  # after the schema's: never deduplicated away
    return doc, f.problems
