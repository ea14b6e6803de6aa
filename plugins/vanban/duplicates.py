"""Two content files that may be one document, and when the site may say they are.

A second file of one document is an error: it is not published (one document, one page). That drops a file, so it is
said only on an identity that is whole and checked — number (or, with none, date and trích yếu), type, year, issuer,
province, and the owner's place and managing body where the files say them:

- two files whose places (the issuer's, else ``place:``) or managing bodies both say and differ are two documents:
  every commune has its own 21/KH-UBND, and its issuer "UBND xã" names no place;
- where only one of the two says its place or managing body, or a field of the identity is an import's open doubt
  (``unverified:``, vanban.unverified: a misread issuer or year makes two documents look one), they may be one and
  may be two: a warning at the second file's line, both published (principle 2: nothing merged on a reading nobody
  checked; nothing lost — ``mkdocs build --strict`` still refuses to publish until a person settles it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .citations import parse_number
from .documents import KNOWN_KEYS, Document, number_identity
from .issuers import place_of
from .owners import doc_locality
from .problems import Problem, Severity
from .provinces import document_province, province_key, province_of_name
from .text import fold
from .unverified import KEY


def identity(doc: Document) -> tuple[str, ...] | None:
    """Number, type, year and issuer, with the issuer's province where the document says it: administrative numbers
    restart yearly and repeat across agencies, and two provinces' "Huyện ủy Châu Thành" are two agencies.

    A document with neither a number nor a trích yếu has no identity (None): two such imports, their fields still
    empty, are two unread documents, and calling them one would tell the editor to delete one of them. The owner's
    place and managing body are compared apart (:func:`apart`): a file may leave out what the other says.
    """
    if doc.number:
        return ("n", number_identity(doc.number), fold(doc.type).casefold(), doc.year_slug,
                fold(doc.issuer).casefold(), province_key(document_province(doc)))
    if not doc.title.strip():
        return None
    return ("t", fold(doc.type).casefold(), fold(doc.issuer).casefold(),
            doc.date.iso() if doc.date else "", fold(doc.title).casefold())


# the parts of an owner a file may say or leave out, with the field that says each where the issuer does not
_PARTS = (("place", "địa danh"), ("managing_body", "cơ quan chủ quản"))


def _parts(doc: Document) -> tuple[str, str]:
    return doc_locality(doc) or "", " ".join(fold(doc.managing_body).casefold().split())


def _conflict(one: Sequence[str], other: Sequence[str]) -> bool:
    return any(a and b and a != b for a, b in zip(one, other, strict=True))


def apart(one: Document, other: Document) -> bool:
    """Whether two documents of one :func:`identity` are two, their places or managing bodies differing."""
    return _conflict(_parts(one), _parts(other))


def _read_by_identity(doc: Document) -> tuple[str, ...]:
    """The fields :func:`identity` and :func:`apart` read from *doc*: a doubt on one of them unsettles it."""
    fields = ["number", "type", "issuer"] if doc.number else ["type", "issuer", "date", "title"]
    parts = parse_number(doc.number) if doc.number else None
    if doc.number and (parts is None or parts.year is None):  # the year is the date's
        fields.append("date")
    if not place_of(doc.issuer):
        fields.append("place")
    if not province_of_name(doc.issuer):
        fields.append("managing_body")
    return tuple(fields)


def _doubts(doc: Document) -> tuple[str, ...]:
    read = _read_by_identity(doc)
    return tuple(field for field in doc.unverified if field in read)


def _names(fields: Iterable[str]) -> str:
    return " và ".join(dict.fromkeys(KNOWN_KEYS.get(field, field) for field in fields))


def _problem(doc: Document, other: Document) -> Problem:
    """The second file of an identity: an error where the identity is whole and checked, else a warning."""
    what = f"số {doc.number}" if doc.number else "cùng loại, cơ quan, ngày và trích yếu"
    seen = f"{other.source} ({' '.join(filter(None, (doc.type, what)))}, năm {doc.year_slug})"
    line = doc.line_of("number" if doc.number else "title")
    doubted: dict[tuple[str, ...], list[str]] = {}  # the doubted fields → the files whose they are
    for d in (doc, other):
        if fields := _doubts(d):
            doubted.setdefault(fields, []).append(d.source)
    said = [(field, name) for (field, name), mine, theirs in zip(_PARTS, _parts(doc), _parts(other), strict=True)
            if bool(mine) != bool(theirs)]
    if not doubted and not said:
        return Problem(doc.source, line, "number", f"trùng văn bản với {seen}",
                       "xóa một trong hai tệp, hoặc sửa số ký hiệu / ngày ban hành cho đúng bản gốc")
    why, fixes = [], []
    if doubted:
        why.append(", ".join(f"{_names(fields)} của {' và '.join(files)}" for fields, files in doubted.items())
                   + " do máy đọc khi nhập, chưa được đối chiếu với bản gốc")
        lines = ", ".join(dict.fromkeys(f"“{field}: …”" for fields in doubted for field in fields))
        fixes.append("đối chiếu " + ", ".join(f"{_names(fields)} trong {' và '.join(files)}"
                                              for fields, files in doubted.items())
                     + f" với bản gốc, sửa nếu sai, rồi xoá dòng {lines} trong {KEY}")
    if said:
        silent = other if _parts(doc)[0] or _parts(doc)[1] else doc
        speaks = doc if silent is other else other
        why.append(f"chỉ {speaks.source} ghi {_names(f for f, _ in said)}, có thể là văn bản của nơi khác")
        fixes.append(f"nếu là hai văn bản, điền {', '.join(f'{field}:' for field, _ in said)} ({_names(f for f, _ in said)})"
                     f" cho {silent.source} theo bản gốc")
    return Problem(doc.source, line, "number",
                   f"có thể trùng văn bản với {seen}, nhưng " + "; ".join(why) + ": cả hai tệp vẫn được đăng",
                   "; ".join(fixes) + "; nếu là một văn bản, xóa một trong hai tệp", Severity.WARNING)


def check_duplicates(documents: Iterable[Document]) -> list[Problem]:
    """One problem per file that repeats an earlier one's identity (an error only when that is settled: above). Linear:
    a file is compared with the first of its identity and owner parts, else the first whose parts do not differ."""
    firsts: dict[tuple[str, ...], dict[tuple[str, str], Document]] = {}
    problems: list[Problem] = []
    for doc in documents:
        key = identity(doc)
        if key is None:
            continue
        seen = firsts.setdefault(key, {})
        parts = _parts(doc)
        other = seen.get(parts) or next((d for p, d in seen.items() if not _conflict(p, parts)), None)
        seen.setdefault(parts, doc)
        if other is not None:
            problems.append(_problem(doc, other))
    return problems
