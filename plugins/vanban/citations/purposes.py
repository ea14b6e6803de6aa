"""The text's own purpose: a clause opened by "Để"/"Nhằm", a purpose right before a cue inside a sentence, and a plan's
section that states its purpose (:data:`.cues.PURPOSE_OPENERS`, :data:`.headings.PURPOSE_HEADING`): what it names, the
text itself carries out."""

from __future__ import annotations

import re

from .cues import PLAN_PURPOSE, PURPOSE, PURPOSE_FILLER_WORDS
from .headings import PURPOSE_HEADING, PURPOSE_LINES, SECTION_HEADING
from .preamble import letters_at_least
from .vocabulary import TYPE_START

__all__ = ["heading_above", "in_purpose_section", "opens_with_purpose", "purpose_start", "purposed"]

# A sentence's opening adverbial of time, set off by a comma, before its purpose: "Trong năm 2021, để hỗ trợ doanh
# nghiệp phát triển theo Nghị quyết 84/NQ-CP …, UBND tỉnh giao …", "Thời gian tới, để …", "Năm học 2024-2025, nhằm …":
# the purpose is still the sentence's own (a time says when, not who or why).
_TIME_OPENING = re.compile(
    r"(?:(?:Trong|Từ|Đến|Sang|Cuối|Đầu|Ngay[ \t]+từ[ \t]+đầu)[ \t]+)?"
    r"(?:năm(?:[ \t]+học)?|giai[ \t]+đoạn|thời[ \t]+gian|quý|tháng|tuần)"
    r"(?:[ \t]+(?:\d{1,4}(?:[ \t]*[-/][ \t]*\d{1,4})?|[IV]{1,3}|tới|qua|này|nay|đầu|cuối|sắp[ \t]+tới)){0,3}[ \t]*,[ \t]*",
    re.IGNORECASE,
)


def heading_above(w: str, pos: int, heading: re.Pattern[str]) -> int | None:
    """Where the line *heading* matches starts, when it is the nearest heading above the line at *pos* (numbered or
    in capitals, read up to :data:`.headings.PURPOSE_LINES` lines up); else None. The walk both a purpose section and
    a dissemination content section are read by (:func:`.dissemination.in_content_section`)."""
    end = w.rfind("\n", 0, pos)
    for _ in range(PURPOSE_LINES):
        if end < 0:
            return None
        start = w.rfind("\n", 0, end) + 1
        line = w[start:end]
        if heading.match(line) is not None:
            return start
        bare = line.strip(" \t*#_>|")
        if SECTION_HEADING.match(line) is not None or (bare and bare == bare.upper() and letters_at_least(bare, 4)):
            return None
        end = start - 1
    return None


def in_purpose_section(w: str, pos: int) -> bool:
    """Whether the line at *pos* is under a heading that states the plan's purpose (:data:`.headings.PURPOSE_HEADING`):
    the lines above it are read up to the nearest heading, numbered or in capitals."""
    return heading_above(w, pos, PURPOSE_HEADING) is not None


# How far before a cue its purpose word ("để", "nhằm") is looked for
PURPOSE_REACH = 40


def purpose_start(w: str, part_start: int, cue_start: int, news: bool = False) -> int:
    """Where the purpose that the cue at *cue_start* states starts, when "để"/"nhằm" and :data:`.cues.PURPOSE_FILLERS`
    only stand right before it inside its sentence part ("… trong việc thực hiện Luật Trẻ em … nhằm thực hiện tốt các
    mục tiêu của Quyết định số 23", "Ngoài công tác lãnh đạo, chỉ đạo để thực hiện hoàn thành các chỉ tiêu … tại Kế
    hoạch số …"): the text's own purpose is a part of its own, read like "Để …" heading a clause; else *part_start*.
    On a *news* page (no own number) a document named before it owns the purpose ("Kế hoạch liên tịch được ký kết nhằm
    cụ thể hóa Nghị quyết 57", told of a signing): the part stays whole."""
    for opener in PURPOSE.finditer(w, max(part_start, cue_start - PURPOSE_REACH), cue_start):
        if (
            opener.start() > part_start
            and w[opener.start() - 1] in " \t\n"
            and all(word.casefold() in PURPOSE_FILLER_WORDS for word in w[opener.end() : cue_start].split())
            and not (
                news
                and TYPE_START.search(w, part_start, opener.start()) is not None
                and _plan_subject(w, part_start) != opener.start()
            )
        ):
            return opener.start()
    return part_start


def _plan_subject(w: str, start: int) -> int:
    """Where the purpose opener after a plan named as its subject at *start* stands (:data:`.cues.PLAN_PURPOSE`: "Kế
    hoạch nhằm …"), else -1."""
    m = PLAN_PURPOSE.match(w, start)
    return m.end() if m is not None else -1


def opens_with_purpose(w: str, clause_start: int) -> bool:
    """Whether the clause at *clause_start* opens with a purpose ("Để …", "Nhằm …"), perhaps after an adverbial of time
    (:data:`_TIME_OPENING`) or the plan named as its subject ("Mục đích của Kế hoạch nhằm …": :data:`.cues.PLAN_PURPOSE`)."""
    if PURPOSE.match(w, clause_start) is not None or _plan_subject(w, clause_start) >= 0:
        return True
    time = _TIME_OPENING.match(w, clause_start)
    return time is not None and PURPOSE.match(w, time.end()) is not None


def purposed(w: str, part_start: int, cue_start: int) -> bool:
    """Whether the sentence part before the cue at *cue_start* is a purpose ("Để", "Nhằm") and words of
    :data:`.cues.PURPOSE_FILLERS` only: "Để bảo đảm thực hiện … Kết luận số …" states what the document does."""
    opener = PURPOSE.match(w, part_start)
    if opener is None:
        return False
    return all(word.casefold() in PURPOSE_FILLER_WORDS for word in w[opener.end() : cue_start].split())
