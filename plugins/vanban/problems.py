"""Problems found in the corpus, reported in Vietnamese with file, line, field and the fix."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

_VISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


class Severity(str, Enum):
    """``error`` fails ``vanban check`` and ``mkdocs build --strict``; so does ``warning`` under --strict.

    ``note`` is reported at its line like the others and fails nothing: something the text does not
    settle, which the build handled without merging or losing anything and says on the page (a lone
    citation whose owner is not named), and which an editor may not be able to settle either.
    """

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file, and how an editor fixes it."""

    path: str
    line: int
    field: str
    message: str
    fix: str
    severity: Severity = Severity.ERROR
    # The build removed what this names (unsafe HTML, a refused attachment) and publishes the rest;
    # any other error keeps the document off the site.
    cleaned: bool = False

    def format(self, prefix: str = "") -> str:
        """``path:line: field: what is wrong — how to fix``, the line editors and CI read (one line: a
        control character quoted from a file is shown as U+FFFD, never passed to the terminal)."""
        field = self.field or "tệp"
        note = "(ghi chú) " if self.severity is Severity.NOTE else ""
        text = f"{prefix}{self.path}:{self.line}: {field}: {note}{self.message}"
        return _VISIBLE.sub("\ufffd", f"{text} — {self.fix}" if self.fix else text)

    def sort_key(self) -> tuple[str, int, str]:
        return (self.path, self.line, self.field)


def github_annotation(problem: Problem, prefix: str = "") -> str:
    """A GitHub Actions workflow command, so the problem shows on the changed line of a pull request."""
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "notice"}[problem.severity]

    def escape(value: str, prop: bool = False) -> str:
        value = _VISIBLE.sub("\ufffd", value.replace("\r", "\n").replace("\n", " ")).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return value.replace(":", "%3A").replace(",", "%2C") if prop else value

    message = f"{problem.message} — {problem.fix}" if problem.fix else problem.message
    return (f"::{level} file={escape(prefix + problem.path, True)},line={problem.line},"
            f"title={escape(problem.field or 'tệp', True)}::{escape(message)}")
