"""Problems found in the corpus, reported in Vietnamese with file, line, field and the fix."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    """``error`` fails ``vanban check`` and ``mkdocs build --strict``; so does ``warning`` under --strict."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file, and how an editor fixes it."""

    path: str
    line: int
    field: str
    message: str
    fix: str
    severity: Severity = Severity.ERROR

    def format(self) -> str:
        """``path:line: field: what is wrong — how to fix``, the line editors and CI read."""
        field = self.field or "tệp"
        text = f"{self.path}:{self.line}: {field}: {self.message}"
        return f"{text} — {self.fix}" if self.fix else text

    def sort_key(self) -> tuple[str, int, str]:
        return (self.path, self.line, self.field)
