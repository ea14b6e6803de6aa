"""Split a content file into YAML front matter and body, keeping line numbers.

We parse the YAML ourselves: MkDocs' own reader silently turns a YAML error into an empty
mapping, which would publish a document without its metadata.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~5× faster


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """Safe loader that leaves dates as text: PyYAML would raise a bare ValueError on 2025-02-31."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class FrontMatterError(Exception):
    """A front matter block that cannot be read, with the file line of the fault."""

    line: int
    message: str
    fix: str


@dataclass(frozen=True)
class FrontMatter:
    data: dict[str, Any]
    key_lines: dict[str, int]
    body: str
    body_line: int  # 1-based file line where the body starts
    duplicate_keys: tuple[tuple[str, int], ...] = field(default=())
    item_lines: dict[str, tuple[int, ...]] = field(default_factory=dict)


def normalise_newlines(text: str) -> str:
    """Accept a BOM and CRLF/CR line ends, as Windows editors write them."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def split(text: str) -> FrontMatter:
    """Split *text* (already NFC, ``\\n`` line ends) into front matter and body.

    Raises FrontMatterError for an empty file, a missing or unterminated block, a YAML syntax
    error (at its file line) or front matter that is not a mapping.
    """
    if not text.strip():
        raise FrontMatterError(1, "tệp rỗng", "thêm phần thông tin văn bản (front matter) giữa hai dòng ---")
    lines = text.split("\n")
    if lines[0].strip() != "---":
        raise FrontMatterError(
            1,
            "thiếu phần thông tin văn bản (front matter) ở đầu tệp",
            "dòng đầu tiên phải là --- , tiếp theo là các khóa number, type, issuer, date, title…, rồi một dòng ---",
        )
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        raise FrontMatterError(
            1, "phần thông tin văn bản không có dòng --- kết thúc", "thêm một dòng --- sau khóa cuối cùng"
        )
    yaml_text = "\n".join(lines[1:end])
    try:
        loader = _Loader(yaml_text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        # An unclosed quote or bracket is reported where the stream ends; the editor's slip is
        # where that construct began, which PyYAML keeps as the context mark.
        context = exc.context or ""
        opened = any(w in context for w in ("quoted scalar", "flow sequence", "flow mapping"))
        mark = (exc.context_mark if opened and exc.context_mark else None) or exc.problem_mark or exc.context_mark
        line = (mark.line + 2) if mark else 1
        problem = exc.problem or str(exc)
        raise FrontMatterError(
            line,
            f"lỗi cú pháp YAML: {problem}",
            "kiểm tra dấu hai chấm, thụt lề bằng dấu cách (không dùng Tab) và đặt giá trị có dấu : trong ngoặc kép",
        ) from None
    except yaml.YAMLError as exc:
        raise FrontMatterError(2, f"lỗi cú pháp YAML: {exc}", "kiểm tra lại cú pháp YAML") from None
    if data is None:
        data = {}
    if not isinstance(data, dict) or not isinstance(node, (yaml.MappingNode, type(None))):
        raise FrontMatterError(
            2,
            "phần thông tin văn bản phải là danh sách các cặp khóa: giá trị",
            "viết mỗi thông tin trên một dòng dạng khóa: giá trị, ví dụ title: Kế hoạch …",
        )
    key_lines: dict[str, int] = {}
    item_lines: dict[str, tuple[int, ...]] = {}
    duplicates: list[tuple[str, int]] = []
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 2
            if key in key_lines:
                duplicates.append((key, line))
            key_lines[key] = line
            if isinstance(value_node, yaml.SequenceNode):
                item_lines[key] = tuple(item.start_mark.line + 2 for item in value_node.value)
    body_lines = lines[end + 1 :]
    return FrontMatter(
        data={str(k): v for k, v in data.items()},
        key_lines=key_lines,
        body="\n".join(body_lines),
        body_line=end + 2,
        duplicate_keys=tuple(duplicates),
        item_lines=item_lines,
    )
