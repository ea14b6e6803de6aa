"""Whether a PDF attachment can act when it is opened: script, programs, forms sent away, hidden files.

A document page previews its PDFs in an ``<iframe>`` on the portal's origin (a sandboxed frame
cannot host the browser's PDF viewer), and every reader may open them in Acrobat or another reader
that runs what the file asks for. So a PDF is published only when none of its objects holds
an active part: JavaScript (``/JS``, a ``/JavaScript`` action or name tree), a ``/Launch``,
``/SubmitForm``, ``/ImportData`` or ``/GoToE`` action, an XFA form, embedded files or file
attachment annotations, rich media or 3D annotations, or an action that runs by itself on opening
(``/OpenAction``, ``/AA``) and goes anywhere but a page of the same file (a request to another host
the reader did not ask for). An agency's signed or printed PDF holds none of these; a file that does
is refused at its line with the fix (print it again to PDF).

pikepdf (qpdf) reads the file: every object, those packed in compressed object streams included,
which a scan of the bytes cannot see, and it repairs a damaged cross-reference table the way viewers
do, so the objects checked are the ones a viewer would read. qpdf is C++ fuzzed continuously
(OSS-Fuzz), so a hostile file cannot hang or crash the build the way a pure-Python parser might; it
is also what ocrmypdf, the OCR path's suggested tool, builds on. A file it cannot read at all (broken
or encrypted with an opening password) is refused too: nobody could read it on the site either.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pikepdf

from .inventory import NotRegular, open_regular

# An action's /S that does more than move within the file or follow a link the reader clicks.
ACTIVE_ACTIONS = {
    "/JavaScript": "mã JavaScript",
    "/Launch": "lệnh mở chương trình hoặc tệp khác (Launch)",
    "/SubmitForm": "lệnh gửi biểu mẫu ra ngoài (SubmitForm)",
    "/ImportData": "lệnh nạp dữ liệu từ tệp khác (ImportData)",
    "/GoToE": "lệnh mở tệp nhúng (GoToE)",
    "/RichMediaExecute": "lệnh chạy nội dung đa phương tiện",
}
# Keys whose presence alone is an active part, whatever their value.
ACTIVE_KEYS = {
    "/JS": "mã JavaScript",
    "/JavaScript": "mã JavaScript",
    "/XFA": "biểu mẫu XFA (có thể chứa mã chạy được)",
    "/EmbeddedFiles": "tệp nhúng bên trong",
    "/RichMediaContent": "nội dung đa phương tiện nhúng",
}
# Object /Type or annotation /Subtype values that carry files or programs.
ACTIVE_TYPES = {
    "/EmbeddedFile": "tệp nhúng bên trong",
    "/FileAttachment": "tệp nhúng bên trong",
    "/RichMedia": "nội dung đa phương tiện nhúng",
    "/3D": "mô hình 3D (có thể chứa mã chạy được)",
}
# Actions an opening or an event runs by itself: only a jump inside the same file is harmless.
QUIET_AUTOMATIC = frozenset({"/GoTo"})
MAX_OBJECTS = 2_000_000  # far above any real document; a file claiming more is refused, not walked
MAX_DEPTH = 64  # direct objects nested deeper than this are refused (no real file nests past ~10)

def active_part(path: Path) -> str | None:
    """What in the PDF at *path* could act when it is opened (Vietnamese), or None when nothing can.

    The file is opened without following a link and must be a regular file; a file qpdf cannot read
    is reported as such, never passed.
    """
    try:
        handle = open_regular(path)
    except NotRegular:
        return "không phải tệp thường"
    except OSError:
        return "không mở được tệp"
    with handle:
        try:
            with pikepdf.open(handle) as pdf:
                return _first_active(pdf)
        except pikepdf.PasswordError:
            return "tệp có mật khẩu mở: người đọc không xem được"
        except (pikepdf.PdfError, RecursionError, ValueError, OSError, RuntimeError):
            return "không đọc được cấu trúc PDF (tệp hỏng hoặc không phải PDF)"


def _first_active(pdf: pikepdf.Pdf) -> str | None:
    """The first active part among every object of *pdf* (indirect ones and those nested in them)."""
    root = pdf.Root
    opening = root.get("/OpenAction")
    if isinstance(opening, pikepdf.Dictionary) and (why := _automatic(opening)):
        return why
    for count, obj in enumerate(pdf.objects):
        if count > MAX_OBJECTS:
            return "quá nhiều đối tượng PDF để kiểm tra"
        for item in _direct(obj):
            if (why := _active_dictionary(item)) is not None:
                return why
    return None


def _direct(obj: pikepdf.Object) -> Iterator[pikepdf.Dictionary]:
    """*obj* and every dictionary held directly inside it (indirect ones are walked on their own)."""
    stack: list[tuple[pikepdf.Object, int]] = [(obj, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise RecursionError("PDF objects nested too deep")
        if isinstance(item, pikepdf.Stream):
            item = item.stream_dict
        if isinstance(item, pikepdf.Dictionary):
            yield item
            values = list(item.values())
        elif isinstance(item, pikepdf.Array):
            values = list(item)
        else:
            continue
        stack.extend((v, depth + 1) for v in values
                     if isinstance(v, (pikepdf.Dictionary, pikepdf.Array, pikepdf.Stream)) and not v.is_indirect)


def _active_dictionary(item: pikepdf.Dictionary) -> str | None:
    for key, reason in ACTIVE_KEYS.items():
        if key in item:
            return reason
    for key in ("/S", "/Type", "/Subtype"):
        value = item.get(key)
        if isinstance(value, pikepdf.Name):
            name = str(value)
            if key == "/S" and name in ACTIVE_ACTIONS:
                return ACTIVE_ACTIONS[name]
            if key != "/S" and name in ACTIVE_TYPES:
                return ACTIVE_TYPES[name]
    events = item.get("/AA")
    if isinstance(events, pikepdf.Dictionary):
        for action in events.values():
            if isinstance(action, pikepdf.Dictionary) and (why := _automatic(action)):
                return why
    return None


def _automatic(action: pikepdf.Dictionary) -> str | None:
    """Why an action that runs by itself is refused: anything but a jump within the file."""
    kind = action.get("/S")
    name = str(kind) if isinstance(kind, pikepdf.Name) else ""
    if name in ACTIVE_ACTIONS:
        return ACTIVE_ACTIONS[name]
    if name and name not in QUIET_AUTOMATIC:
        return f"lệnh tự chạy khi mở tệp ({name.lstrip('/')}), có thể mở địa chỉ bên ngoài"
    return None
