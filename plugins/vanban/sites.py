"""Many portals from one corpus: a site file selects the documents one ward or commune publishes.

A site file ``sites/<ward>.yml``::

    name: Trang Thông tin điện tử xã Hòa Tiến      # site_name of this portal
    site_url: https://hoatien.example.gov.vn/      # optional
    full_site_url: https://vanban.example.gov.vn/   # optional: stubs link to the full corpus site
    select:                                         # a document is published when ANY rule matches
      issuers: [Ủy ban nhân dân xã Hòa Tiến]        # exact issuer (case, diacritics and spaces do not matter)
      issuers_contains: [Hòa Tiến]                  # words inside the issuer
      tags: [chuyen-doi-so]                         # a tag of the document
      recipients_contains: [xã Hòa Tiến]            # words inside one of the recipients (nơi nhận)
      levels: [xa]                                  # trung-uong, tinh, huyen, xa (from the issuer's name)
    portal: {agency: …, address: …}                 # this portal's identity, merged over mkdocs.yml's

A document also belongs to every site named in its own ``sites:`` front matter key.
Selection is a pure function, linear in documents × rules; the MkDocs plugin publishes the
selected documents and shows documents they cite but the site does not hold as stubs.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .corpus import Corpus
from .documents import Document
from .text import collapse_space, match_key, nfc

SELECT_KEYS: dict[str, str] = {
    "issuers": "cơ quan ban hành (đúng tên)",
    "issuers_contains": "từ có trong tên cơ quan ban hành",
    "tags": "từ khóa",
    "recipients_contains": "từ có trong nơi nhận",
    "levels": "cấp ban hành",
}
TOP_KEYS: dict[str, str] = {
    "name": "tên trang",
    "site_url": "địa chỉ trang",
    "full_site_url": "địa chỉ trang đầy đủ (liên kết cho văn bản không thuộc trang này)",
    "select": "quy tắc chọn văn bản",
    "portal": "thông tin cơ quan của trang",
}
LEVELS: dict[str, str] = {
    "trung-uong": "Trung ương",
    "tinh": "cấp tỉnh",
    "huyen": "cấp huyện",
    "xa": "cấp xã",
}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class SiteFileError(Exception):
    """A site file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class SiteSelection:
    """One portal's selection of the corpus and its identity."""

    id: str  # the file name without .yml: the folder under site/ and the value of `sites:` in front matter
    name: str
    path: Path | None = None
    site_url: str = ""
    full_site_url: str = ""
    issuers: tuple[str, ...] = ()
    issuers_contains: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    recipients_contains: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    portal: dict[str, Any] = field(default_factory=dict)

    @property
    def rules(self) -> int:
        return (len(self.issuers) + len(self.issuers_contains) + len(self.tags) + len(self.recipients_contains)
                + len(self.levels))


def _key(text: str) -> str:
    """Comparison key: NFC, folded, lower case, single spaces; old and new tone placement agree."""
    return match_key(text)


def _words(text: str) -> str:
    """Words of *text* between single spaces, punctuation dropped: matches whole words only."""
    return " " + " ".join(re.sub(r"[^\w]+", " ", _key(text)).split()) + " "


def _fail(path: Path, key: str, message: str, fix: str) -> SiteFileError:
    return SiteFileError(f"{path.as_posix()}: {key}: {message} — {fix}")


def _text_list(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in value):
        raise _fail(path, key, f"{SELECT_KEYS.get(key.rsplit('.', 1)[-1], key)} phải là một danh sách chữ",
                    f"viết mỗi mục trên một dòng bắt đầu bằng '- ' dưới {key.rsplit('.', 1)[-1]}:")
    return tuple(collapse_space(nfc(str(v))) for v in value if str(v).strip())


def load_site_file(path: Path) -> SiteSelection:
    """Read and check a site file; raises SiteFileError with a Vietnamese message naming the key."""
    site_id = path.stem
    if not _ID.match(site_id):
        raise _fail(path, "tên tệp", f"“{path.name}” không hợp lệ",
                    "đặt tên tệp bằng chữ thường không dấu và dấu '-', ví dụ sites/hoa-tien.yml")
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _fail(path, "tệp", "không tìm thấy tệp", "kiểm tra đường dẫn tệp site") from None
    except UnicodeDecodeError:
        raise _fail(path, "tệp", "tệp không phải mã UTF-8", "lưu lại tệp với mã hóa UTF-8") from None
    try:
        data = yaml.safe_load(raw)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise _fail(path, f"dòng {line}", f"lỗi cú pháp YAML: {exc.problem}",
                    "kiểm tra dấu hai chấm và thụt lề bằng dấu cách") from None
    except yaml.YAMLError as exc:
        raise _fail(path, "tệp", f"lỗi cú pháp YAML: {exc}", "kiểm tra lại cú pháp YAML") from None
    if not isinstance(data, dict):
        raise _fail(path, "tệp", "tệp site phải là các cặp khóa: giá trị", "xem ví dụ trong sites/tam-ky.yml")
    for key in data:
        if key not in TOP_KEYS:
            raise _fail(path, str(key), "khóa không được hỗ trợ", f"các khóa hợp lệ: {', '.join(TOP_KEYS)}")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail(path, "name", "thiếu tên trang", "thêm dòng name: Trang Thông tin điện tử xã …")
    for key in ("site_url", "full_site_url"):
        value = data.get(key)
        if value is not None and (not isinstance(value, str) or not re.match(r"^https?://", value)):
            raise _fail(path, key, f"{TOP_KEYS[key]} phải là địa chỉ http(s)://…", f"viết {key}: https://…/")
    select = data.get("select")
    if not isinstance(select, dict) or not select:
        raise _fail(path, "select", "thiếu quy tắc chọn văn bản",
                    f"thêm select: với ít nhất một trong {', '.join(SELECT_KEYS)}")
    for key in select:
        if key not in SELECT_KEYS:
            raise _fail(path, f"select.{key}", "quy tắc không được hỗ trợ", f"các quy tắc hợp lệ: {', '.join(SELECT_KEYS)}")
    lists = {key: _text_list(path, f"select.{key}", select.get(key)) for key in SELECT_KEYS}
    for level in lists["levels"]:
        if level not in LEVELS:
            raise _fail(path, "select.levels", f"cấp “{level}” không hợp lệ", f"dùng một trong: {', '.join(LEVELS)}")
    portal = data.get("portal") or {}
    if not isinstance(portal, dict):
        raise _fail(path, "portal", "thông tin cơ quan phải là các cặp khóa: giá trị",
                    "viết portal: rồi các dòng agency: …, address: … thụt vào hai dấu cách")
    selection = SiteSelection(
        id=site_id, name=collapse_space(nfc(name)), path=path,
        site_url=str(data.get("site_url") or ""), full_site_url=str(data.get("full_site_url") or ""),
        issuers=lists["issuers"], issuers_contains=lists["issuers_contains"], tags=lists["tags"],
        recipients_contains=lists["recipients_contains"], levels=lists["levels"], portal=dict(portal),
    )
    if not selection.rules:
        raise _fail(path, "select", "không có quy tắc nào", "ghi ít nhất một cơ quan, từ khóa, nơi nhận hoặc cấp")
    return selection


def load_sites(folder: Path) -> list[SiteSelection]:
    """Every ``*.yml`` site file of *folder*, sorted by id."""
    return [load_site_file(p) for p in sorted(folder.glob("*.yml"))]


# --- levels -----------------------------------------------------------------------------------------

_CENTRAL = ("bo chinh tri", "ban bi thu", "trung uong", "chinh phu", "quoc hoi", "chu tich nuoc")
_CITIES = ("thanh pho ha noi", "thanh pho ho chi minh", "thanh pho da nang", "thanh pho hai phong",
           "thanh pho can tho", "thanh pho hue")  # centrally governed cities: province level
_PROVINCE = ("tinh uy", "tinh ")
_DISTRICT = ("huyen uy", "thi uy", "quan uy", "thanh uy", "huyen ", "quan ", "thi xa ", "thanh pho ")
_COMMUNE = ("xa ", "phuong ", "thi tran ", "dang uy xa", "dang uy phuong")


def level_of(doc: Document) -> str | None:
    """The level of the issuing body from its name ("… xã Hòa Tiến" → "xa"), or None when unclear.

    The lowest level named wins: "Đảng ủy xã … huyện …" is a commune body. Since 01/07/2025
    there is no district level; older documents still carry it.
    """
    return level_of_name(doc.issuer)


def level_of_name(name: str) -> str | None:
    """:func:`level_of` for a body's name as written (an issuer, a recipient, a task's unit)."""
    name = _words(name)
    order = (("xa", _COMMUNE), ("tinh", _CITIES), ("huyen", _DISTRICT), ("tinh", _PROVINCE), ("trung-uong", _CENTRAL))
    for level, markers in order:
        if any(f" {m}" in name for m in markers):
            return level
    if name.startswith((" bo ", " so ")):  # "Bộ Nội vụ" (central), "Sở Tư pháp" (province)
        return "trung-uong" if name.startswith(" bo ") else "tinh"
    return None


# --- selection ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompiledRules:
    issuers: frozenset[str]
    issuers_contains: tuple[str, ...]
    tags: frozenset[str]
    recipients_contains: tuple[str, ...]
    levels: frozenset[str]


def compile_rules(selection: SiteSelection) -> CompiledRules:
    """A site's rules as the keys documents are compared by, made once per selection."""
    return CompiledRules(
        issuers=frozenset(_key(i) for i in selection.issuers),
        issuers_contains=tuple(_words(w) for w in selection.issuers_contains),
        tags=frozenset(_key(t) for t in selection.tags),
        recipients_contains=tuple(_words(w) for w in selection.recipients_contains),
        levels=frozenset(selection.levels),
    )


# The rules in the order :func:`matches` tries them, and the front matter field each reads (level_of reads the issuer)
RULES = ("issuers", "issuers_contains", "tags", "recipients_contains", "levels")
RULE_FIELDS: dict[str, str] = {"issuers": "issuer", "issuers_contains": "issuer", "recipients_contains": "recipients",
                               "levels": "issuer"}


def rule_matches(rule: str, doc: Document, rules: CompiledRules) -> bool:
    """Whether one rule of :data:`RULES` selects *doc* (a rule the site does not give selects nothing)."""
    if rule == "issuers":
        return _key(doc.issuer) in rules.issuers
    if rule == "issuers_contains":
        words = _words(doc.issuer) if rules.issuers_contains else ""
        return any(w.strip() and w in words for w in rules.issuers_contains)
    if rule == "tags":
        return bool(rules.tags) and any(_key(t) in rules.tags for t in doc.tags)
    if rule == "recipients_contains":
        return any(w.strip() and w in words for words in map(_words, doc.recipients if rules.recipients_contains
                                                               else ()) for w in rules.recipients_contains)
    return bool(rules.levels) and level_of(doc) in rules.levels


def matches(doc: Document, selection: SiteSelection, compiled: CompiledRules | None = None) -> str | None:
    """Why *doc* belongs to the site ("issuers", "tags", …, "sites"), or None."""
    rules = compiled or compile_rules(selection)
    if selection.id in doc.sites:
        return "sites"
    return next((rule for rule in RULES if rule_matches(rule, doc, rules)), None)


def select(documents: Iterable[Document], selection: SiteSelection) -> list[Document]:
    """The held documents the site publishes, in the given order. Linear in documents × rules."""
    compiled = compile_rules(selection)
    return [d for d in documents if d.held and matches(d, selection, compiled) is not None]


def partition(documents: Sequence[Document], selection: SiteSelection) -> tuple[list[Document], list[Document]]:
    """(published, left out): the left-out documents become stubs where the published ones cite them."""
    compiled = compile_rules(selection)
    kept: list[Document] = []
    left: list[Document] = []
    for doc in documents:
        (kept if doc.held and matches(doc, selection, compiled) is not None else left).append(doc)
    return kept, left


def full_url(selection: SiteSelection, doc: Document) -> str:
    """Where a document left out of this site is published in full ("" when no full site is configured)."""
    if not selection.full_site_url:
        return ""
    return selection.full_site_url.rstrip("/") + "/" + doc.url


def restrict(corpus: Corpus, selection: SiteSelection) -> Corpus:
    """The corpus one ward publishes: its documents and their attachments; every other document is
    excluded with the reason (where a kept document cites it, the graph brings it back as a stub)."""
    kept, left = partition(corpus.documents, selection)
    excluded = dict(corpus.excluded)
    for doc in left:
        excluded[doc.source] = f"không thuộc trang {selection.id}"
    gone = {doc.source for doc in left}
    attachments = {source: a for source, a in corpus.attachments.items() if source not in gone}
    return dataclasses.replace(corpus, documents=kept, excluded=excluded, attachments=attachments)
