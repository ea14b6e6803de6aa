"""Writing the content file: every key with a Vietnamese comment, a visible file name, the original attached."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..attachments import DEFAULT_MAX_BYTES, human_size, pdf_active_part
from ..documents import Document
from ..inventory import attachment_type_problem, sniffs_as_markup
from ..text import collapse_space, slugify
from ..unverified import FIELDS as UNVERIFIED_FIELDS
from .result import NEEDED, ImportResult

COMMENTS: dict[str, str] = {
    "number": "số ký hiệu, ví dụ 300/LĐLĐ hoặc 57-NQ/TW; \"\" nếu bản gốc không ghi số",
    "type": "loại văn bản (hình thức), ví dụ Kế hoạch, Công văn",
    "issuer": "cơ quan ban hành",
    "managing_body": "cơ quan chủ quản (dòng in trên tên cơ quan ban hành; cho biết tỉnh của cơ quan cấp huyện, xã)",
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
    "unverified": "máy đọc chưa chắc các thông tin dưới đây: đối chiếu với bản gốc, sửa nếu sai, rồi xoá từng dòng "
                  "(vanban check còn cảnh báo, trang còn ghi “chưa được đối chiếu” đến khi xoá hết)",
}


def doubts_to_record(result: ImportResult) -> list[tuple[str, str]]:
    """(field, reason) of each doubt the written file keeps (vanban.unverified): every field import filled in but
    is unsure of, and every header field it left empty (a signer's or recipients' left empty is no header doubt),
    in the header's order, one field's reasons joined: what the summary table calls "cần xem lại", so that
    `vanban check` says it again until a person has looked."""
    reasons: dict[str, list[str]] = {}
    for key, why in [*((k, w) for k, w in result.missing if k in NEEDED), *result.unsure]:
        if key in UNVERIFIED_FIELDS:
            reasons.setdefault(key, []).append(collapse_space(why))
    return [(key, "; ".join(dict.fromkeys(reasons[key]))) for key in UNVERIFIED_FIELDS if key in reasons]


def _yaml_str(value: str) -> str:
    """A double-quoted YAML scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def render_content(fields: dict[str, Any], body: str, modeline: str, comments: dict[str, str] | None = None,
                   attachments: Sequence[tuple[str, str]] = (), unverified: Sequence[tuple[str, str]] = ()) -> str:
    """The text of a content file: the schema line, every key with a Vietnamese comment, the body; the
    *unverified* (field, reason) doubts last, one line each, for a person to delete once checked."""
    comments = comments or {}
    lines = ["---", modeline]
    for key in ("number", "type", "issuer", "managing_body", "date", "effective", "title", "place", "signer",
                "signer_title"):
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
    if unverified:
        lines.append(f"unverified:  # {COMMENTS['unverified']}")
        lines += [f"  {key}: {_yaml_str(why)}" for key, why in unverified]
    lines.append("---")
    return "\n".join(lines) + "\n\n" + body.strip() + "\n"


def target_path(content: Path, doc: Document, source: Path | None = None) -> Path:
    """``content/van-ban/<year>/<slug>.md`` for *doc*, matching the URL the site gives it.

    The stem is never empty or hidden: from the number, else type + issuer + date, else the
    original's own file name, else "van-ban".
    """
    stem = doc.base_slug() or (slugify(source.stem) if source is not None else "") or "van-ban"
    return content / "van-ban" / doc.year_slug / f"{stem.lstrip('.-') or 'van-ban'}.md"


ORIGINAL_TITLES = {".docx": "bản Word", ".pdf": "bản PDF", ".txt": "bản văn bản", ".md": "bản văn bản",
                   ".html": "trang web đã lưu", ".htm": "trang web đã lưu",
                   ".png": "bản chụp", ".jpg": "bản chụp", ".jpeg": "bản chụp", ".tif": "bản chụp", ".tiff": "bản chụp"}
STORED_SUFFIX = {".md": ".txt"}  # a Markdown original in the folder would be read as a document of its own


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _zipped_sha256(path: Path) -> str:
    """SHA-256 of the one original inside a ``…-ban-goc.zip`` ("" when it is not such a zip)."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) != 1 or infos[0].file_size > DEFAULT_MAX_BYTES:
                return ""
            digest = hashlib.sha256()
            with archive.open(infos[0]) as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
            return digest.hexdigest()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return ""


def _already_imported(target: Path, source_hash: str) -> bool:
    """Whether *target*'s folder already holds an original with the same SHA-256 (a repeated import)."""
    folder = target.with_suffix("")
    return folder.is_dir() and any(
        p.is_file() and not p.is_symlink() and "-ban-goc." in p.name
        and source_hash in (sha256(p), _zipped_sha256(p) if p.suffix.lower() == ".zip" else "")
        for p in folder.iterdir())


@dataclass(frozen=True)
class Original:
    """How the original travels with the document: its file in the folder (or none), its title, why."""

    name: str = ""  # "" when it is not attached
    title: str = ""
    member: str = ""  # the original's name inside the zip when it is zipped
    note: str = ""  # what the clerk is told (Vietnamese)


def plan_original(source: Path, stem: str) -> Original:
    """The original as the build will accept it: as is, zipped when a browser could run it, or left out.

    A page's source saved as text (or any original that sniffs as HTML, SVG or XML), and a PDF that
    can act when opened (vanban.pdf_safety), are refused by the build as attachments, so they are
    zipped, their bytes unchanged inside; one over the build's
    size limit is not attached, and the clerk is told where to keep it.
    """
    suffix = source.suffix.lower()
    kind = ORIGINAL_TITLES.get(suffix)
    if kind is None:
        return Original()
    size = source.stat().st_size
    if size > DEFAULT_MAX_BYTES:
        return Original(note=f"bản gốc nặng {human_size(size)}, quá giới hạn {human_size(DEFAULT_MAX_BYTES)} của tệp "
                             "đính kèm: không đính kèm — lưu bản gốc ở nơi khác, hoặc nén/tách nhỏ rồi chép vào thư "
                             f"mục {stem}/ (hoặc tăng max_attachment_mb trong mkdocs.yml)")
    name = f"{stem}-ban-goc{STORED_SUFFIX.get(suffix, suffix)}"
    if attachment_type_problem(name) is not None or sniffs_as_markup(source):
        why = "chứa mã HTML/XML (mã nguồn trang web): trình duyệt có thể chạy nó như một trang"
        remedy = "lưu bản gốc dạng PDF rồi nhập lại"
    elif suffix == ".pdf" and (part := pdf_active_part(source)) is not None:
        why = f"là PDF có phần có thể tự chạy khi mở ({part})"
        remedy = "in lại bản gốc thành PDF mới (In → Lưu dưới dạng PDF) rồi nhập lại"
    else:
        return Original(name, f"Bản gốc ({kind})")
    return Original(f"{stem}-ban-goc.zip", f"Bản gốc ({kind}, nén .zip)", member=name,
                    note=f"bản gốc {why} nên được đính kèm dạng nén {stem}-ban-goc.zip, nội dung giữ nguyên — "
                         f"muốn xem trực tiếp thì {remedy}")


def free_target(target: Path) -> Path:
    """*target*, or the first of ``<stem>-2.md``, ``<stem>-3.md`` … that neither it nor its folder takes."""
    candidate, n = target, 1
    while candidate.exists() or candidate.with_suffix("").exists():
        n += 1
        candidate = target.with_name(f"{target.stem}-{n}.md")
    return candidate


@dataclass(frozen=True)
class Written:
    """Where one import went: the content file, and whether it was there already (same original)."""

    path: Path
    repeated: bool = False
    renamed_from: Path | None = None
    notes: tuple[str, ...] = ()  # about the original (zipped, or not attached), in Vietnamese


def write_result(result: ImportResult, content: Path, modeline_for: Any) -> Written:
    """Write *result* under *content* with its original attached as ``bản gốc``.

    A name already taken gets a suffix (``-2``); the same original imported again is not written
    twice (its SHA-256 is already in the folder).
    """
    doc = result.document()
    wanted = target_path(content, doc, result.source)
    source_hash = sha256(result.source)
    same = wanted
    n = 1
    while same.exists():
        if _already_imported(same, source_hash):
            return Written(same, repeated=True)
        n += 1
        same = wanted.with_name(f"{wanted.stem}-{n}.md")
    target = free_target(wanted)
    original = plan_original(result.source, target.stem)
    folder = target.with_suffix("")
    attachments = [(f"{target.stem}/{original.name}", original.title)] if original.name else []
    target.parent.mkdir(parents=True, exist_ok=True)
    fields = {**result.fields, "managing_body": result.parent}  # the body above the issuer, kept apart from it
    text = render_content(fields, result.body, modeline_for(target), result.comments, attachments,
                          doubts_to_record(result))
    with target.open("x", encoding="utf-8") as handle:
        handle.write(text)
    if original.name:
        folder.mkdir(parents=True, exist_ok=True)
        if original.member:
            with zipfile.ZipFile(folder / original.name, "x", zipfile.ZIP_DEFLATED) as archive:
                archive.write(result.source, original.member)
        else:
            shutil.copyfile(result.source, folder / original.name)
    return Written(target, renamed_from=wanted if target != wanted else None,
                   notes=(original.note,) if original.note else ())
