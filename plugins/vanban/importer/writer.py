"""Writing the content file: every key with a Vietnamese comment, a visible file name, the original attached."""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..documents import Document
from .result import ImportResult

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

