"""The header's "Số" line: which of the text's numbers is the document's own, and how far it runs.

"Số" nearest the anchor (the motto) is the document's; a portal's "Số hiệu", a number a sentence
cites or a street number are not. A copy cuts and glues numbers ("52/2018/QĐ-" / "UBND", "225 - KH/…
Hà Nội", "1669/QĐUBND"), so the token is read back whole here, apart from the rest of the header.
"""

from __future__ import annotations

import re

from ..glossary import DOCUMENT_TYPES
from ..text import collapse_space, fold, normalise_dashes
from .landmarks import DATE_LINE, NUMBER
from .result import ImportResult
from .title import TYPES_BY_LENGTH, type_word
from .window import Window

# "445/QĐ-TTg", "12-CTr/TU", "05-QĐi/TW"; "&" only inside a code ("2865/GDĐT-KT&KĐCL", "SGD&ĐT")
_NUMBER_TOKEN = re.compile(r"^[0-9A-Za-zĐđƯƠÂÊÔĂ/\-–.]+(?:&[0-9A-Za-zĐđƯƠÂÊÔĂ/\-–.]+)*$")
_GLUED_HEADING = re.compile(r"(ĐOÀN|ĐẢNG|CỘNG|HÀ)$")


def _number_token(rest: str) -> tuple[str, int]:
    """The number at the start of *rest* ("225 - KH/TWĐTN-CTTN Hà Nội" → "225-KH/TWĐTN-CTTN") and its length;
    a number cut after its dash ("52/2018/QĐ-" / "UBND") goes on at the start of the next line."""
    tokens = list(re.finditer(r"\S+", rest.split("\n")[0]))
    taken: list[str] = []
    end = 0
    for m in tokens:
        token = m.group(0)
        if re.fullmatch(r"V/V\.?:?", token, re.I):
            break  # "Công văn số 160/PGDĐT V/v tuyên truyền …": the letter's label after its number
        if not _NUMBER_TOKEN.match(token) or (taken and not re.search(r"[\d/\-–]", token) and taken[-1] not in "-–"
                                              and not taken[-1].endswith(("-", "/"))):
            glued = _GLUED_HEADING.search(token)
            if glued and _NUMBER_TOKEN.match(token[: glued.start()]) and taken:
                taken.append(token[: glued.start()])
                end = m.start() + glued.start()
            break
        if len(taken) == 1 and taken[0].isdigit() and re.match(r"[A-ZĐ][A-Za-zĐđ]*/", token):
            taken.append("-")  # "Số: 12 BC/TWH": a Party or Đoàn number whose hyphen the copy made a space
        taken.append(token)
        end = m.end()
    if taken and taken[0][:1].isdigit() and taken[-1].endswith(("-", "/", "–")) and "\n" in rest[end : end + 3]:
        after = re.match(r"\s*\n\s*([A-ZĐ][0-9A-Za-zĐđ/\-–]*)(?=\s|$)", rest[end:])  # "52/2018/QĐ-" / "UBND"
        if after and not type_word(rest[end:].strip().split("\n")[0]):  # "Số: /" / "QUY CHẾ": a blank number
            taken.append(after.group(1))
            end += after.end()
    number = normalise_dashes("".join(taken))
    number = re.sub(r"\s*/\s*", "/", number).rstrip(".-")
    return number, end


def find_number(window: Window, anchor: int | None, result: ImportResult) -> tuple[int, int] | None:
    work = window.joined()
    fwork = window.folded()
    candidates: list[tuple[int, int, str, bool]] = []
    types = {t for t, _ in TYPES_BY_LENGTH}
    # What stands before each "Số" on its line, kept as the candidates come (in order): a wall of text on one
    # line ("số 1/… số 2/…" 40,000 times) had its whole line sliced and folded again for each (over 15 min).
    line_start = seen = 0
    lower = text = False  # a lower-case letter, any text, in work[line_start:seen]
    previous = ""
    for m in NUMBER.finditer(fwork):
        newline = work.rfind("\n", seen, m.start())
        if newline != -1 or m.start() == 0:
            line_start = seen = newline + 1
            lower = text = False
            previous = work[: max(line_start - 1, 0)].rpartition("\n")[2].rstrip()
        segment = work[seen : m.start()]
        lower = lower or any(c.islower() for c in segment)
        text = text or bool(segment.strip())
        seen = m.start()
        has_text = text and not _date_line_ends(work, fwork, line_start, m.start())
        has_lower = lower and has_text
        before = work[line_start : m.start()].strip() if has_text and m.start() - line_start <= LABEL_REACH else ""
        label = fold(before).upper().replace(" ", "")  # a type's name ("NGHỊ QUYẾT Số:"): never a long text
        if has_lower and label.rstrip(":") not in types:
            continue
        if work[m.start() + 2 : m.start() + 3] in ("-", "_"):  # "CV so-6310-UBN-tinh": an attachment's file name
            continue
        rest_start = m.start("rest")
        first_line, _, next_line = work[rest_start : rest_start + 120].partition("\n")
        # "Số: ……/KH-THTQT", "Số: ….. /KH": a draft's dots; "Số:. 4315/BGDĐT", "Số: , 12/KH": a copy's stray mark
        dots = re.match(r"\s*[.…_]+\s*(?=/)|\s*[.,;:]\s*(?=\d)", first_line)
        skip = dots.end() if dots else 0
        number, length = _number_token(first_line[skip:] + "\n" + next_line.split("\n")[0][:40])
        length += skip if number else 0
        alone = not has_text and _alone(work, m.start())
        if alone and not re.match(r"[\d/\-–]", number):
            number, length = "", 0
        blank = bool(re.match(r"^[-–/]", number)) or (not number and alone)  # "Số: /PVHTT", a bare "Số:"
        if not (re.match(r"\d", number) or blank):
            continue
        if not blank and not _looks_like_number(number, window.text[m.start() : m.end("rest")]):
            continue  # "số 167 đường Hùng Vương": a street number in running text
        portal = "HIEU" in m.group(0)[:12]
        typed = has_text and label.rstrip(":") in types
        small = window.text[m.start() : m.start() + 2] == "số"  # "Theo đó: Thực hiện văn bản" / "số 2827/BNN-BVTV ngày"
        if (typed or small) and _wrapped_citation(window, previous, work, line_start, rest_start + length):
            continue  # "… UBND thành phố có" / "Thông báo số 243/TB-UBND thay đổi …": a sentence a PDF wrapped
        start = line_start if typed else m.start()  # "Nghị quyết số:" goes with the number, an issuer never
        candidates.append((start, rest_start + length, number, portal))
    if not candidates:
        return None
    own = [c for c in candidates if not c[3]] or candidates
    target = anchor if anchor is not None else own[0][0]
    start, end, number, _ = min(own, key=lambda c: (abs(c[0] - target), c[0]))
    _read_number(result, number, collapse_space(window.text[start:end]))
    window.blank(start, end)
    return start, end


# How far before "Số" a date line ending there is looked for, and how long a type's name before it may be.
DATE_REACH = 200
LABEL_REACH = 300


def _date_line_ends(work: str, fwork: str, line_start: int, at: int) -> bool:
    """Whether a date line ends right before "Số" at *at* (only space between): a flattened header writes the right
    column first ("… Hạnh phúc An Giang, ngày 05 tháng 10 năm 2012 Số: 15/2012/CT-UBND"), and the date line's
    lower case is no running text before the number. Looked for in the last :data:`DATE_REACH` characters only
    (*fwork*: *work* folded, one character for one): a date line is short, and a line may not be."""
    dated = [m for m in DATE_LINE.finditer(fwork, max(line_start, at - DATE_REACH), at)
             if not m.group("bare") and m.group("y")]
    return bool(dated) and not work[dated[-1].end() : at].strip()


def _alone(work: str, at: int) -> bool:
    """Whether "Số" at *at* stands alone on the rest of its line ("Số:", "Số hiệu:")."""
    own_end = work.find("\n", at)
    own_line = fold(work[at : own_end if own_end != -1 else None]).upper().strip()
    return bool(re.fullmatch(r"SO(\s+HIEU)?\s*:?", own_line))


def _wrapped_citation(window: Window, previous: str, work: str, line_start: int, end: int) -> bool:
    """A line that goes on from a line of running text (*previous*, the line before) ending in a lower-case word,
    with running text after its number."""
    after = work[end : end + 3].lstrip()
    return (line_start > 0 and not window.line_of(line_start).gap_before and len(previous.split()) >= 6
            and previous[-1:].isalpha()
            and previous[-1:].islower() and after[:1].isalpha() and after[:1].islower())


def _looks_like_number(number: str, said: str) -> bool:
    """A document number has a code ("52/2018/QĐ-UBND", "883-TB/TU"); bare digits only after a label "Số:"."""
    if re.search(r"[/\-–]", number) and re.search(r"[^\W\d_]", number):
        return True
    return said[:1].isupper() and ":" in said[:12]


# "1669/QĐUBND": a document site's text layer drops the hyphens ("Độc lập  Tự do  Hạnh phúc" too); a type code
# glued to the council's or committee's code is no code of its own, so the hyphen is put back.
_GLUED_CODE = re.compile(r"(?<=/)(" + "|".join(sorted({t.state_code for t in DOCUMENT_TYPES if t.state_code}, key=len,
                                                       reverse=True)) + r")(?=(?:UBND|HĐND|UB)$)")


def _read_number(result: ImportResult, number: str, original: str) -> None:
    if re.match(r"\d", number):
        restored = _GLUED_CODE.sub(r"\1-", number)
        if restored != number:
            result.notes.append(f"số ký hiệu “{number}” mất dấu gạch nối giữa mã loại và mã cơ quan: ghi “{restored}”")
        result.fields["number"] = restored
        return
    result.fields["number"] = ""
    result.comments["number"] = f"bản gốc “{original}” để trống số"
    result.notes.append(f"số ký hiệu để trống như bản gốc (“{original}”)")
