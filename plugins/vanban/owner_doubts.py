"""A citation whose choice among several held documents of its number an import's unchecked owner or date would
decide.

Apart from vanban.unverified (which vanban.documents reads while it loads a file) because these notes read the
loaded documents: one module each way keeps the package's import graph free of cycles.
"""

from __future__ import annotations

from collections.abc import Sequence

from .documents import KNOWN_KEYS, Document
from .problems import Problem, Severity
from .unverified import KEY

# Several held documents bearing one cited number are told apart by their owners (vanban.owners.Resolver): an issuer,
# a managing body or a place an import left unchecked can decide which one a citation means — the one whose misread
# issuer leaves it out, or the one it puts in the citer's place — and so can a date a machine read, where the citation's
# "ngày …" picks one by its year or its day (a misread 2024 for 2023). Such a choice is held back as a doubted number's
# match is (a wrong link is worse than none); a single candidate keeps its link, its number being checked, and so
# does a choice the checked fields settle (another checked year, the checked issuer of the only other).


# The fields an owner is told by (vanban.owners: doc_locality, doc_province, the issuer's match): a doubt on one of them
# leaves the document's owner unknown to Resolver.doubted_choice
OWNER_FIELDS = frozenset({"issuer", "managing_body", "place"})
# ... and the fields a choice among them reads: the owner's and the date (a year, then the exact day)
CHOICE_FIELDS = OWNER_FIELDS | {"date"}


def _owner_doubts(doc: Document) -> tuple[str, ...]:
    return tuple(f for f in doc.unverified if f in CHOICE_FIELDS)


def _field_names(fields: Sequence[str]) -> str:
    return " và ".join(dict.fromkeys(KNOWN_KEYS.get(f, f) for f in fields))


def owner_choice_note(number: str, candidates: Sequence[Document]) -> str:
    """What the page of a number whose owner choice a doubt decided says: the held documents, none linked."""
    named = sorted(f"{doc.label} của {doc.issuer}" if doc.issuer else doc.label for doc in candidates)
    fields = _field_names([f for doc in candidates for f in _owner_doubts(doc)])
    return (f"Số {number} trùng với {len(candidates)} văn bản trong kho ({'; '.join(named)}) mà việc chọn văn bản nào "
            f"dựa vào {fields} do máy đọc khi nhập, chưa được đối chiếu với bản gốc; trang này chưa liên kết tới văn "
            "bản nào.")


def owner_choice_problem(citer: str, line: int, number: str, candidates: Sequence[Document]) -> Problem:
    """The warning at the citing line: the documents it matched, the doubted fields that chose, the lines to delete."""
    doubted = [(doc, _owner_doubts(doc)) for doc in sorted(candidates, key=lambda d: d.source) if _owner_doubts(doc)]
    lines = ", ".join(dict.fromkeys(f"“{f}: …”" for _, fields in doubted for f in fields))
    return Problem(citer, line, "trích dẫn",
                   f"số {number} khớp {len(candidates)} văn bản ("
                   + ", ".join(sorted(doc.source for doc in candidates)) + "); chọn văn bản nào dựa vào "
                   + ", ".join(f"{_field_names(fields)} của {doc.source}" for doc, fields in doubted)
                   + " do máy đọc khi nhập, chưa được đối chiếu với bản gốc: chưa liên kết",
                   "đối chiếu " + ", ".join(f"{_field_names(fields)} trong {doc.source}" for doc, fields in doubted)
                   + f" với bản gốc, sửa nếu sai, rồi xoá dòng {lines} trong {KEY} của "
                   + ("tệp đó" if len(doubted) == 1 else "các tệp đó") + "; lần xây dựng sau sẽ chọn lại",
                   Severity.WARNING)


def date_apart_note(candidates: Sequence[Document]) -> str:
    """What the page of a number says when the held documents of it are left out only by a doubted date."""
    named = "; ".join(sorted(f"{doc.label} của {doc.issuer}" if doc.issuer else doc.label for doc in candidates))
    return (f"Kho có {named} mà ngày ban hành do máy đọc khi nhập, chưa được đối chiếu với bản gốc: có thể là văn bản "
            "này; trang này chưa liên kết tới văn bản đó.")


def date_apart_problem(citer: str, line: int, number: str, candidates: Sequence[Document]) -> Problem:
    """The warning at the citing line of a citation kept apart from held documents by their doubted dates alone."""
    files = ", ".join(sorted(doc.source for doc in candidates))
    return Problem(citer, line, "trích dẫn",
                   f"số {number} được tách khỏi {files} chỉ vì ngày ban hành của văn bản đó do máy đọc khi nhập, chưa "
                   "được đối chiếu với bản gốc: có thể là văn bản được trích dẫn; chưa liên kết",
                   f"đối chiếu ngày ban hành trong {files} với bản gốc, sửa nếu sai, rồi xoá dòng “date: …” trong {KEY} "
                   f"của {'tệp đó' if len(candidates) == 1 else 'các tệp đó'}; lần xây dựng sau sẽ chọn lại",
                   Severity.WARNING)
