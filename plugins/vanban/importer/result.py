"""What import read from one file: fields, notes for the report, citations found in the body."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..citations import Citation
from ..dates import PartialDate
from ..documents import Document

FIELDS = ("number", "type", "issuer", "date", "title", "place", "signer", "signer_title", "recipients")
NEEDED = ("number", "type", "issuer", "date", "title")  # the header: a field of it left empty needs a human
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
    unsure: list[tuple[str, str]] = field(default_factory=list)  # (key, why): filled in but uncertain
    citations: tuple[Citation, ...] = ()
    closing_in_body: bool = False  # the signature block stands in the body (an annex follows it): not written twice
    bare_issuer: str = ""  # a header's "Ủy ban nhân dân" left without its locality (the field itself is emptied)

    def take(self, key: str, value: Any, why: str) -> None:
        """Fill *key* with a value read where a header would not give it: no longer missing, reported unsure."""
        self.fields[key] = value
        self.missing = [(k, reason) for k, reason in self.missing if k != key]
        self.unsure.append((key, why))

    def value(self, key: str) -> Any:
        return self.fields.get(key, [] if key == "recipients" else "")

    def document(self) -> Document:
        date = None
        if self.value("date"):
            date = PartialDate.parse(str(self.value("date")))
        return Document(source="", number=self.value("number"), type=self.value("type"),
                        issuer=self.value("issuer"), title=self.value("title"), date=date)

