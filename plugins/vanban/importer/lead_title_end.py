"""Where a trích yếu read off a page's own sentence stops (a page without a header; the import README's rule).

The lead readers take the subject from the words after the document's name to the sentence's stop. A portal's
sentence often runs on past the subject without a stop the splitter sees; the structure, not the wording, marks it:

- the lead announcing a list ("…, gồm:", "…, cụ thể:", "… như sau:", "… với mục tiêu, lộ trình cụ thể như sau:", a
  trailing ", cụ thể" or ", gồm" whose colon the splitter took): what follows is the content, not the name;
- a clause the news adds after the subject: the request it answers ("theo đề nghị của …"), its grounds ("dựa
  trên …"), the forecast it meets ("trước dự báo …"), when an event is planned (", dự kiến …");
- the page's next sentence whose stop was lost: a capitalised connective right after a lower-case word ("… trên địa
  bàn phường Với sự tham gia …", "… Theo đó …").

"sau khi …", "trước tình hình/diễn biến …" and "do <body> ban hành" end the subject as often as they belong to it
(a decision "bãi bỏ … văn bản do UBND tỉnh ban hành", a directive "bình ổn thị trường sau khi tăng giá …"): not cut.
Only a title taken from a lead is cut (never a header's), and every cut is noted. Linear in the title.
"""

from __future__ import annotations

import re

from .patterns import LOWER_MARKED
from .result import ImportResult

_LOWER = rf"[a-z{LOWER_MARKED}]"
_ANNOUNCES = re.compile(r"\s+với\s+[^.;:()]{1,80}?\s+(?:cụ thể\s+)?như sau\s*:.*$"
                        r"|(?:,\s*(?:cụ thể|gồm|bao gồm)|\s+(?:như sau|sau đây))\s*:.*$|,\s*(?:cụ thể|gồm|bao gồm)\s*$"
                        r"|\s+(?:gồm|bao gồm|cụ thể)\s*:\s*$", re.S)
_ADDED = re.compile(r"\s+(?:theo đề nghị của|dựa (?:trên|vào)|trước dự báo)\s.*$|,\s*dự kiến\b.*$", re.S)
_NEXT_SENTENCE = re.compile(rf"(?<={_LOWER})\s+(?:Với|Theo|Trong|Để|Sau|Đây|Ngoài|Đồng thời|Qua|Nhằm|Trước|Hiện nay|"
                            r"Bên cạnh|Tuy nhiên|Do đó|Vì vậy|Từ đó|Dự kiến|Thời gian)\s.*$", re.S)


def lead_title_end(result: ImportResult, title: str) -> str:
    """*title* cut where the page's sentence goes on past the subject (see the module); a header's title unchanged."""
    if not title or not any(key == "title" for key, _ in result.unsure):
        return title
    cut = title
    for rule in (_ANNOUNCES, _ADDED, _NEXT_SENTENCE):
        cut = rule.sub("", cut).rstrip(" ,;:") if rule.search(cut) else cut
    if cut != title and len(cut) >= 8:
        result.notes.append(f"trích yếu: bỏ phần câu dẫn viết tiếp sau nó (“{title[len(cut):].strip()[:60]}…”)")
        return cut
    return title

