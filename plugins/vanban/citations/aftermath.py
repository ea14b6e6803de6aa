"""A document's issuing as the time of a body's action: "Ngay sau khi Bộ Chính trị ban hành Chỉ thị 05 …, Thường trực
Trung ương Hội … đã quán triệt và triển khai …".

The document is named in a time clause (:data:`.cues.ON_ISSUE`) and its issuing is reported there, which alone would make
it a mention (:data:`.news.ISSUED`); but the sentence goes on, after a comma and a capitalised subject, to what a body
did once it was out.  When that main clause reaches a cue before it issues or names a document of its own, the body
carries the issued document out ("… được ban hành, Ban Thường vụ Tỉnh ủy tập trung lãnh đạo, chỉ đạo … thực hiện
đồng bộ, hiệu quả Chỉ thị số 18"); when it issues one first ("…, Chính phủ đã khẩn trương ban hành Nghị quyết
03-NQ/CP … để thực hiện …"), the page tells of that one and the first stays a mention.
"""

from __future__ import annotations

import re

from .cues import ON_ISSUE, ON_ISSUE_CUE, ON_ISSUE_REACH
from .vocabulary import TYPE_START

__all__ = ["carried_out_on_issue"]

# "ban hành", the issuing the time clause reports and the main clause must not report again before its cue
_ISSUING = re.compile(r"(?<![^\W_])ban[ \t]+hành(?![^\W_])", re.IGNORECASE)
# A comma and a capital: the main clause's subject after the time clause ("…”, Thường trực …")
_SUBJECT = re.compile(r",[ \t]+(?=[^\W\d_])")
# The end of a sentence or clause
_STOP = re.compile(r"[.;!?](?:[ \t]|$)|\n", re.MULTILINE)


def carried_out_on_issue(w: str, start: int, end: int) -> bool:
    """Whether the citation at *start*–*end* is named in a time clause that reports its issuing and whose sentence's
    main clause reaches a cue before it issues or names another document (module docstring)."""
    line_start = w.rfind("\n", 0, start) + 1
    dot = w.rfind(". ", line_start, start)
    sentence = dot + 2 if dot >= 0 else line_start
    head = ON_ISSUE.match(w, sentence)
    if head is None:
        return False
    limit = min(len(w), end + ON_ISSUE_REACH)
    stop = _STOP.search(w, end, limit)
    limit = stop.start() if stop is not None else limit
    main = None
    for comma in _SUBJECT.finditer(w, end, limit):
        if w[comma.end()].isupper():
            main = comma.end()
            break
    if main is None or _ISSUING.search(w, head.end(), main) is None:
        return False
    cue = ON_ISSUE_CUE.search(w, main, limit)
    if cue is None:
        return False
    return _ISSUING.search(w, main, cue.start()) is None and TYPE_START.search(w, main, cue.start()) is None
