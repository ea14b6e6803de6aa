"""Split a content file into YAML front matter and body, keeping line numbers.

We parse the YAML ourselves: MkDocs' own reader silently turns a YAML error into an empty
mapping, which would publish a document without its metadata.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~5× faster


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """Safe loader that reads every scalar as the text the editor wrote.

    Only an empty value (or ``~``/``null``) is resolved, to "nothing": YAML 1.1 would read
    ``number: 010`` as 8, ``7:30`` as 450, ``1.50`` as 1.5, ``yes`` as True and a date as a date.
    """


_NULL = "tag:yaml.org,2002:null"
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag == _NULL]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
MAX_DEPTH = 8  # front matter is flat: lists of text or of {path, title}
MAX_FRONT_MATTER = 256 * 1024


def _construct(node: yaml.Node, seen: set[int], depth: int = 0, line: int = 0) -> Any:
    """Plain data from a node tree, each node visited once: an alias (a node met twice) is refused,
    so a 600-byte alias bomb cannot expand, and no YAML tag can make anything but text, lists
    and mappings."""
    if id(node) in seen:
        raise FrontMatterError(line or node.start_mark.line + 2, "YAML dùng bí danh (*tên) trỏ lại một giá trị khác",
                               "viết thẳng giá trị vào chỗ này, không dùng &tên và *tên")
    seen.add(id(node))
    if depth > MAX_DEPTH:
        raise FrontMatterError(node.start_mark.line + 2, "giá trị lồng nhau quá sâu",
                               "mỗi khóa là một dòng chữ hoặc một danh sách")
    if isinstance(node, yaml.ScalarNode):
        return None if node.tag == _NULL and node.style is None else str(node.value)
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, seen, depth + 1, line) for item in node.value]
    if isinstance(node, yaml.MappingNode):
        data: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise FrontMatterError(key_node.start_mark.line + 2, "khóa phải là một chữ",
                                       "viết mỗi thông tin dạng khóa: giá trị")
            seen.add(id(key_node))
            data[str(key_node.value)] = _construct(value_node, seen, depth + 1, key_node.start_mark.line + 2)  # the last one wins, as in PyYAML
        return data
    return None


# PyYAML's problems in the words of the editor's slip (its English never reaches the editor).
_YAML_PROBLEMS = (
    ("mapping values are not allowed", "dấu hai chấm “:” không được phép ở đây (giá trị có dấu : phải nằm trong ngoặc kép)"),
    ("could not find expected ':'", "thiếu dấu hai chấm “:” sau khóa"),
    ("cannot start any token", "có ký tự Tab hoặc ký tự không được bắt đầu một giá trị"),
    ("unexpected end of stream", "thiếu dấu đóng ngoặc kép hoặc ngoặc"),
    ("did not find expected key", "thụt lề không thẳng hàng với các khóa khác"),
    ("did not find expected ',' or ']'", "danh sách trong [ ] thiếu dấu phẩy hoặc dấu ]"),
    ("did not find expected ',' or '}'", "nhóm trong { } thiếu dấu phẩy hoặc dấu }"),
    ("did not find expected '-' indicator", "mục danh sách phải bắt đầu bằng “- ” thẳng hàng"),
    ("expected <block end>", "thụt lề không thẳng hàng với các khóa khác"),
    ("found undefined alias", "bí danh (*tên) không được phép"),
    ("unacceptable character", "có ký tự điều khiển không được phép"),
    ("special characters are not allowed", "có ký tự điều khiển không được phép"),
    ("maximum nesting depth", "giá trị lồng nhau quá sâu"),
    ("unknown escape character", "ký tự sau dấu \\ trong ngoặc kép không hợp lệ"),
    ("expected alphabetic or numeric character", "sau dấu & hoặc * phải là một tên (đặt giá trị có & * trong ngoặc kép)"),
    ("found character that cannot start any token", "có ký tự không được bắt đầu một giá trị (đặt giá trị trong ngoặc kép)"),
    ("expected a comment or a line break", "có chữ thừa sau giá trị trong ngoặc kép"),
    ("found unexpected ':'", "dấu hai chấm “:” không được phép ở đây (đặt giá trị trong ngoặc kép)"),
    ("expected the node content", "thiếu giá trị"),
)


def yaml_problem(problem: str) -> str:
    """A PyYAML problem in Vietnamese."""
    return next((vi for en, vi in _YAML_PROBLEMS if en in problem), "cú pháp không đúng")


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
    # a mapping value's own keys (``unverified:`` → field → line): where an editor deletes one entry
    entry_lines: dict[str, dict[str, int]] = field(default_factory=dict)

    def line_for(self, key: str, order: Sequence[str]) -> int:
        """The line of *key*, or for a missing key the line where it belongs: that of the key just
        before it in *order* (the first key's line when none precedes it), not the schema comment."""
        if key in self.key_lines:
            return self.key_lines[key]
        before = order[: order.index(key)] if key in order else order
        lines = [self.key_lines[k] for k in before if k in self.key_lines]
        if lines:
            return max(lines)
        return min(self.key_lines.values(), default=self.body_line - 1 if self.body_line > 2 else 1)


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
    if len(yaml_text) > MAX_FRONT_MATTER:
        raise FrontMatterError(2, "phần thông tin văn bản quá dài", "front matter chỉ gồm vài chục dòng khóa: giá trị")
    try:
        loader = _Loader(yaml_text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
        data = _construct(node, set()) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        # An unclosed quote or bracket is reported where the stream ends; the editor's slip is
        # where that construct began, which PyYAML keeps as the context mark.
        context = exc.context or ""
        opened = any(w in context for w in ("quoted scalar", "flow sequence", "flow mapping"))
        mark = (exc.context_mark if opened and exc.context_mark else None) or exc.problem_mark or exc.context_mark
        line = (mark.line + 2) if mark else 1
        raise FrontMatterError(
            line,
            f"lỗi cú pháp YAML: {yaml_problem(exc.problem or '')}",
            "kiểm tra dấu hai chấm, thụt lề bằng dấu cách (không dùng Tab) và đặt giá trị có dấu : trong ngoặc kép",
        ) from None
    except yaml.YAMLError:
        raise FrontMatterError(2, "lỗi cú pháp YAML", "kiểm tra lại cú pháp YAML") from None
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
    entry_lines: dict[str, dict[str, int]] = {}
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
            elif isinstance(value_node, yaml.MappingNode):
                entry_lines[key] = {str(k.value): k.start_mark.line + 2 for k, _ in value_node.value}
    body_lines = lines[end + 1 :]
    return FrontMatter(
        data={str(k): v for k, v in data.items()},
        key_lines=key_lines,
        body="\n".join(body_lines),
        body_line=end + 2,
        duplicate_keys=tuple(duplicates),
        item_lines=item_lines,
        entry_lines=entry_lines,
    )
