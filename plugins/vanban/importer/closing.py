"""The closing block read from the end: "Nơi nhận" and its list, the signature block, the signer."""

from __future__ import annotations

import re

from ..text import collapse_space
from .lines import Block, Line
from .patterns import RECIPIENTS, SIGN_PREFIX, is_upper
from .result import ImportResult


def read_closing(result: ImportResult, blocks: list[Block]) -> int:
    """Read Nơi nhận and the signature; return the index where the closing starts."""
    positions = [i for i, b in enumerate(blocks) if isinstance(b, Line) and RECIPIENTS.match(b.text)]
    if not positions:
        result.missing.append(("recipients", "không thấy “Nơi nhận:”"))
        start = _signature_start(blocks, len(blocks))
        _read_signature(result, [b for b in blocks[start:] if isinstance(b, Line)])
        return start
    at = positions[-1]
    label = blocks[at]
    assert isinstance(label, Line)
    recipients: list[str] = []
    rest = RECIPIENTS.match(label.text)
    if rest and rest.group("rest").strip():
        recipients.append(rest.group("rest").strip().lstrip("-+• ").strip())
    end = at + 1
    for block in blocks[at + 1 :]:
        if not isinstance(block, Line):
            break
        if label.cell and block.cell != label.cell:
            break
        if not label.cell and not re.match(r"^[-+•–]", block.text):
            break
        recipients.append(re.sub(r"^[-+•–]\s*", "", block.text).strip())
        end += 1
    result.fields["recipients"] = [r for r in recipients if r]
    if label.cell:
        # A closing table: the other cell is the signature block.
        start = at
        while start > 0 and isinstance(blocks[start - 1], Line) and blocks[start - 1].cell == label.cell:  # type: ignore[union-attr]
            start -= 1
        other = "R" if label.cell == "L" else "L"
        signature = [b for b in blocks[start:] if isinstance(b, Line) and b.cell == other]
        if not signature:
            j = start
            while j > 0 and isinstance(blocks[j - 1], Line) and blocks[j - 1].cell == other:  # type: ignore[union-attr]
                j -= 1
            signature = [b for b in blocks[j:start] if isinstance(b, Line)]
            start = j
        _read_signature(result, signature)
        return start
    # Plain text: the signature block is either just before "Nơi nhận" or after its list.
    before = _signature_start(blocks, at)
    if before < at:
        _read_signature(result, [b for b in blocks[before:at] if isinstance(b, Line)])
        return before
    _read_signature(result, [b for b in blocks[end:] if isinstance(b, Line)])
    return at


def _is_signature_title(text: str) -> bool:
    return bool(SIGN_PREFIX.match(text)) or (is_upper(text) and len(text) <= 60 and not RECIPIENTS.match(text))


def _is_name(text: str) -> bool:
    words = text.split()
    return (1 < len(words) <= 6 and all(w[:1].isupper() for w in words) and not is_upper(text)
            and not re.search(r"[\d,;:()/]", text))


def _signature_start(blocks: list[Block], end: int) -> int:
    """Index where a trailing signature block (titles, then maybe a name) begins before *end*."""
    i = end
    if i > 0 and isinstance(blocks[i - 1], Line) and _is_name(blocks[i - 1].text):  # type: ignore[union-attr]
        i -= 1
    j = i
    while j > 0 and isinstance(blocks[j - 1], Line) and _is_signature_title(blocks[j - 1].text):  # type: ignore[union-attr]
        j -= 1
    if j == i:
        return end
    first = blocks[j]
    assert isinstance(first, Line)
    if not (SIGN_PREFIX.match(first.text) or i - j <= 3):
        return end
    return j


def _read_signature(result: ImportResult, lines: list[Line]) -> None:
    titles: list[str] = []
    name = ""
    for line in lines:
        text = collapse_space(line.text)
        if not name and _is_signature_title(text):
            titles.append(text)
        elif titles and _is_name(text):
            name = text
    if titles:
        result.fields["signer_title"] = " — ".join(titles)
    else:
        result.missing.append(("signer_title", "không thấy khối chữ ký (TM./KT./T/M … và chức vụ)"))
    if name:
        result.fields["signer"] = name
    else:
        result.fields["signer"] = ""
        result.missing.append(("signer", "không thấy họ tên người ký dưới khối chữ ký"))

