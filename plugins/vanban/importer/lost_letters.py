"""The issuing body's name mended where a copy dropped letters of it, from the document's own words.

A text layer or a scan loses a header word's letters or marks ("B NỘI VỤ", "HỘI ĐNG NHÂN DÂN", "xã Hoăng Xuân")
while the body, in running text, writes the same body whole ("Bộ Nội vụ thông báo …", "Hội đồng nhân dân tỉnh",
"UBND xã Hoằng Xuân"). A word is mended only when the words around it in the name (one either side, or two on its
one side at the name's edge) stand around the
body's word too, the body's word holds every letter and mark of it and at most two letters more, each with a mark
(what a text layer drops is a letter it cannot map, "ộ", "ồ": "An" is never "Anh"), and the body never
writes the damaged word so in that place; every change is reported.

A scraped header may also lose the end of the name ("BỘ TÀI NGUYÊN" / "VÀ |", the next cell's "MÔI TRƯỜNG" gone):
a name that ends on a word no name ends with ("và", "của", a dash) or a list of fields that stops before its "và"
("Bộ Văn hóa, Thể thao") goes on as the body writes it, as far as the
number's issuer code spells it ("15/2022/TT-BTNMT": "Bộ Tài nguyên và Môi trường", "và" aside).
"""

from __future__ import annotations

import re
from collections import Counter

from ..citations import parse_number
from ..text import collapse_space, fold, nfc
from .casing import recase_issuer
from .ocr_repair import letter_marks
from .result import ImportResult

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_TONE = str.maketrans({"ỷ": "ủy", "Ỷ": "Ủy"})


def _same(a: str, b: str) -> bool:
    return nfc(a).lower().translate(_TONE) == nfc(b).lower().translate(_TONE)


def _damaged(word: str, whole: str) -> bool:
    """Whether *word* is *whole* with letters or marks lost, none changed ("B" of "Bộ", "ĐNG" of "đồng")."""
    own, full = letter_marks(word), letter_marks(whole)
    if _same(word, whole) or not own or own[0][0] != full[0][0] or not 0 <= len(full) - len(own) <= 2:
        return False
    at = 0
    for letter, marks in own:  # a subsequence, each letter's marks among the whole word's
        while at < len(full) and not (full[at][0] == letter and marks <= full[at][1]):
            if not full[at][1]:
                return False  # only a letter with a mark is lost ("ộ", "ồ"): a text layer drops what it cannot map
            at += 1
        if at == len(full):
            return False
        at += 1
    return all(marks for _, marks in full[at:])


def _mended(words: list[str], body: list[str], i: int) -> str:
    """The body's spelling of *words[i]* where its neighbours in the name stand around it, by majority."""
    if 0 < i < len(words) - 1:  # one word either side, else two on the one side there is
        left, right = words[i - 1 : i], words[i + 1 : i + 2]
    else:
        left, right = words[max(0, i - 2) : i], words[i + 1 : i + 3]
    if len(left) + len(right) < 2:
        return ""
    votes: Counter[str] = Counter()
    for j in range(len(left), len(body) - len(right)):
        if all(_same(a, b) for a, b in zip(left, body[j - len(left) : j], strict=True)) and all(
                _same(a, b) for a, b in zip(right, body[j + 1 : j + 1 + len(right)], strict=True)):
            votes[body[j].lower()] += 1
    if not votes:
        return ""
    (best, count), *rest = votes.most_common()
    if (rest and rest[0][1] == count) or any(_same(words[i], w) for w in votes) or not _damaged(words[i], best):
        return ""
    return best


_DANGLING = re.compile(r"\s(?:và|của|[-–])$", re.IGNORECASE)
# "Bộ Văn hóa, Thể thao" (its cell's "và Du lịch" lost): a list of a body's fields ends with "và …"; one that stops
# after a comma's item is cut.
_OPEN_LIST = re.compile(r",\s+(?:(?!\bvà\b)[^,])+$", re.IGNORECASE)


def _initials(words: list[str]) -> str:
    return "".join(fold(w)[:1].upper() for w in words if w.lower() != "và")


def _complete_cut(result: ImportResult, body: str) -> bool:
    """An issuer cut after a dangling word, finished from the body where the number's code spells the whole name."""
    issuer = str(result.fields.get("issuer") or "")
    parts = parse_number(str(result.fields.get("number") or ""))
    code = fold((parts.issuer_code or "").split("-")[0]).upper() if parts else ""
    cut = _DANGLING.search(issuer) or _OPEN_LIST.search(issuer)
    if not cut or len(code) < 3 or not code.startswith(_initials(issuer.split())):
        return False
    # The body may separate the fields otherwise ("Bộ Lao động - Thương binh và Xã hội" for "BỘ LAO ĐỘNG, THƯƠNG BINH").
    spelt = r"[\s,\-–]+".join(re.escape(w.strip(",")) for w in issuer.split() if w.strip(","))
    for m in re.finditer(spelt + r"((?:\s+[^\W\d_]+){1,4})", body, re.IGNORECASE):
        words = issuer.split()
        for word in m.group(1).split():
            words.append(word)
            if _initials(words) == code:
                added = m.group(1).split()[: len(words) - len(issuer.split())]
                whole = collapse_space(m.group(0)[: m.start(1) - m.start(0)] + " " + " ".join(added))  # the body's own
                if whole.isupper():  # "BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH": the authority line in capitals
                    recased, sure = recase_issuer(whole)
                    whole = recased if sure else whole
                result.fields["issuer"] = whole
                result.notes.append(f"cơ quan ban hành “{issuer}” bị cắt ở cuối: mã “{code}” trong số ký hiệu và "
                                    f"nội dung văn bản viết đủ “{whole}”")
                return True
            if not code.startswith(_initials(words)):
                break
    return False


def mend_issuer(result: ImportResult, body: str) -> None:
    """Put back the letters the header's issuer lost, from the body's own writing of the name (reported)."""
    if _complete_cut(result, body):
        return
    issuer = str(result.fields.get("issuer") or "")
    spans = list(_WORD.finditer(issuer))
    words = [m.group(0) for m in spans]
    if len(words) < 3:
        return
    body_words = _WORD.findall(body)
    out, changes = issuer, list[tuple[str, str]]()
    for i in reversed(range(len(words))):
        best = _mended(words, body_words, i)
        if not best:
            continue
        spelled = best.upper() if words[i].isupper() else best[:1].upper() + best[1:] if words[i][:1].isupper() else best
        out = out[: spans[i].start()] + spelled + out[spans[i].end() :]
        changes.insert(0, (words[i], spelled))
    if not changes:
        return
    recased, sure = recase_issuer(out.upper())
    result.fields["issuer"] = recased if sure else out
    said = ", ".join(f"“{a}” → “{b}”" for a, b in changes)
    result.notes.append(f"cơ quan ban hành: trả lại chữ bản sao làm mất theo chính tên ấy trong nội dung ({said})")
