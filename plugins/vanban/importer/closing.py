"""The closing block read from the end: "Nơi nhận" and its list, the signature block, the signer."""

from __future__ import annotations

import re
import unicodedata

from ..text import collapse_space, fold
from .lines import Block, Line
from .patterns import RECIPIENTS, SIGN_PREFIX, is_upper
from .result import ImportResult

_FILE_PATH = re.compile(r"^(?:[A-Za-z]:)?[^\s\\]*\\\S|\.(?:docx?|pdf|odt)$", re.I)


_VIETNAMESE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"}
_PUNCTUATION = set(".,;:-–/()&\"“”'+*")


def _bad_token(token: str) -> bool:
    """A token no Vietnamese text holds: a letter outside the alphabet ("š"), a stray mark ("„"), or
    digits inside a word ("VIU1NH")."""
    bare = token.strip("".join(_PUNCTUATION))
    if any(c.isalpha() for c in bare) and any(c.isdigit() for c in bare):
        return not re.fullmatch(r"[^\W\d_]+\d+", bare)  # "KT1", "P2" are codes
    for c in token:
        if c.isalpha():
            parts = unicodedata.normalize("NFD", c)
            base, marks = parts[0], parts[1:]
            if not ("a" <= base.lower() <= "z" or base in "đĐ") or any(m not in _VIETNAMESE_MARKS for m in marks):
                return True
        elif not c.isdigit() and c not in _PUNCTUATION:
            return True
    return False


def garbled(text: str) -> bool:
    """Whether at least half the tokens of a line read by OCR are no Vietnamese."""
    tokens = text.split()
    return bool(tokens) and 2 * sum(_bad_token(t) for t in tokens) >= len(tokens)


def read_closing(result: ImportResult, blocks: list[Block]) -> int:
    """Read Nơi nhận and the signature; return the index where the closing starts."""
    positions = [i for i, b in enumerate(blocks) if isinstance(b, Line) and RECIPIENTS.match(b.text)]
    if not positions:
        result.missing.append(("recipients", "không thấy “Nơi nhận:”"))
        start = _signature_start(blocks, len(blocks))
        annexed = (_before_annex(blocks) or _led_block(blocks)) if start == len(blocks) else None
        if annexed is not None:  # the block stays where it stands, before the annex or the page's chrome
            _read_signature(result, [b for b in blocks[annexed[0] : annexed[1]] if isinstance(b, Line)])
            result.closing_in_body = True
            return len(blocks)
        _read_signature(result, [b for b in blocks[start:] if isinstance(b, Line)])
        return start
    at = positions[-1]
    if any(isinstance(b, Line) and "|" in b.text for b in blocks[at : at + 3]):
        blocks = blocks[:at] + _pipe_columns(blocks[at:])
    label = blocks[at]
    assert isinstance(label, Line)
    recipients: list[str] = []
    rest = RECIPIENTS.match(label.text)
    said = rest.group("rest").strip() if rest else ""
    column = bool(said) and bool(SIGN_PREFIX.match(said) or _is_signature_title(said))
    if column:  # "Nơi nhận:      TM. ỦY BAN NHÂN DÂN": the signature's column flattened onto the label's line
        said = ""
    if said:
        recipients.append(said.lstrip("-+• ").strip())
    end = at + 1
    for block in blocks[at + 1 :]:
        if not isinstance(block, Line):
            break
        if label.cell and block.cell != label.cell:
            break
        if block.ocr and garbled(block.text):  # "š „0x VIU1NH, 1,": a scan's line read as no words at all
            result.notes.append(f"dòng “{block.text}” dưới Nơi nhận đọc từ bản chụp không ra chữ: không lấy làm nơi nhận, "
                                "hãy đọc bản gốc")
            end += 1
            continue
        if _FILE_PATH.search(block.text):  # "D:\\2017\\CVUB\\uy quyen": where the drafter saved the file
            result.notes.append(f"dòng “{block.text}” dưới Nơi nhận là đường dẫn tệp của người soạn: không phải nơi nhận")
            end += 1
            continue
        dashed = bool(re.match(r"^[-+•–]", block.text))
        if column and not recipients and not dashed and is_upper(block.text) and len(block.text) <= 40:
            end += 1  # "Nơi nhận: TM. ỦY BAN NHÂN" / "DÂN": that column's words wrapped, before the list
            continue
        if not dashed and _entry_goes_on(recipients, block, label):
            recipients[-1] = f"{recipients[-1]} {block.text.strip()}"
            end += 1
            continue
        if not label.cell and not dashed:
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


_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[A-ZĐ][A-ZĐa-z]{0,4}\.)+$")  # "TT.", "P.KT." end no entry


def _entry_goes_on(recipients: list[str], block: Line, label: Line) -> bool:
    """A line with no dash under a dashed entry that is not finished ("- Báo An Giang, Đài PT-TH An" /
    "Giang (phối hợp TH);"): the entry wrapped in a narrow column, in a PDF or a copied text."""
    if not recipients or not recipients[-1]:
        return False
    previous = recipients[-1].rstrip()
    if previous.endswith(";") or (previous.endswith(".") and not _ABBREVIATION_END.search(previous)):
        return False
    text = block.text.strip()
    if not label.cell and (_is_signature_title(text) or _RUNNING_TITLE.match(text) or is_person_name(text)
                           or _SIGNED.match(text) or RECIPIENTS.match(text)):
        return False
    return bool(text) and len(text) <= 120


# "(Ban hành kèm theo Quyết định số 77/2006/QĐ-UBND …)", "(Kèm theo Nghị quyết …)": an annex's line under its title
_ANNEX = re.compile(r"^\(?\s*(?:Ban hành\s+)?kèm theo\s+(?:Quyết định|Nghị quyết|Chỉ thị|Thông tư|Nghị định|Kế hoạch)\b",
                    re.I)


def _before_annex(blocks: list[Block]) -> tuple[int, int] | None:
    """The signature block (start, end) that closes a decision copied with its annex after it, and no "Nơi nhận":
    the titles and name right above the annex's capital title ("CHỦ TỊCH" / "Võ Thanh Tòng" / "QUY CHẾ" / "TỔ CHỨC
    VÀ …" / "(Ban hành kèm theo Quyết định số …)"), else None."""
    for k, block in enumerate(blocks):
        if not (isinstance(block, Line) and _ANNEX.match(block.text.strip())):
            continue
        end = k
        while end > 0 and k - end < 6 and isinstance(blocks[end - 1], Line) and is_upper(blocks[end - 1].text):  # type: ignore[union-attr]
            end -= 1
        if end == k:
            continue
        start = _signature_start(blocks, end)
        last = blocks[end - 1] if end else None
        if start < end and isinstance(last, Line) and is_person_name(last.text):
            return start, end
    return None


def _led_block(blocks: list[Block]) -> tuple[int, int] | None:
    """The last block led by "TM."/"KT."/"TL." whose titles end on a name, when the copy goes on after it (a portal's
    "Tệp đính kèm", "Tags: …", a rating form): (start, end), else None."""
    for k in range(len(blocks) - 1, -1, -1):
        block = blocks[k]
        if not (isinstance(block, Line) and SIGN_PREFIX.match(block.text.strip())):
            continue
        end = k + 1
        while end < len(blocks) and isinstance(line := blocks[end], Line) and (
                _is_signature_title(line.text) or _SIGNED.match(line.text.strip())):
            end += 1
        name = blocks[end] if end < len(blocks) and end - k <= 4 else None
        office = blocks[end - 1]  # the name stands under an office ("TM. ỦY BAN" / "NHÂN DÂN" is the body wrapped)
        named = isinstance(name, Line) and is_person_name(name.text.strip())
        return (k, end + 1) if named and isinstance(office, Line) and _OFFICE.search(office.text.upper()) else None
    return None


# A signature title names an office ("PHÓ CHỦ TỊCH", "BÍ THƯ", "GIÁM ĐỐC"); a section heading in
# capitals at the end of a truncated copy ("I. MỤC ĐÍCH, YÊU CẦU") is none.
# Matched with diacritics: "TRƯỞNG" is an office, "TRƯƠNG" a family name.
_OFFICE = re.compile(r"(?<!\w)(CHỦ TỊCH|GIÁM ĐỐC|BÍ THƯ|TRƯỞNG|PHÓ|CHÁNH|CHỦ NHIỆM|ỦY VIÊN|UỶ VIÊN|THƯ KÝ|CHỦ TỌA|"
                     r"CHỦ TOẠ|THƯỜNG TRỰC|THỦ TƯỚNG|KẾ TOÁN)(?!\w)")
_NUMBERED = re.compile(r"^([IVXLC]+|\d+|[a-zđ])\s*[.)/-]\s")
_SIGNED = re.compile(r"^\(?\s*(đã ký|da ky|ký tên|ký|signed)\b[^)]{0,30}\)?\.?$", re.I)


def _pipe_columns(blocks: list[Block]) -> list[Block]:
    """A scraped two-column closing ("Nơi nhận: | TM. ỦY BAN NHÂN DÂN", "- Như Điều 3; | CHỦ TỊCH") as
    the two cells Word would give: the left column's lines, then the right's. A row without a pipe
    goes left when it is a list entry and right otherwise (the signer's name under the title)."""
    left: list[Line] = []
    right: list[Line] = []
    for block in blocks:
        if not isinstance(block, Line):
            continue
        if "|" not in block.text:
            (left if re.match(r"^[-+•–]", block.text) else right).append(Line(block.text, cell="L" if re.match(
                r"^[-+•–]", block.text) else "R"))
            continue
        head, _, tail = block.text.partition("|")
        if head.strip():
            left.append(Line(head.strip(), cell="L"))
        tail = collapse_space(tail.replace("|", " "))
        if tail:
            right.append(Line(tail, cell="R"))
    return [*left, *right]


# "Chủ tịch", "Phó Giám đốc": an office alone on its line, in running case (only over "(Đã ký)" and a name)
_RUNNING_TITLE = re.compile(r"^\s*(?:(?:KT|TM|TL)\.\s*)?(?:Phó\s+)?(?:Chủ\s+tịch|Giám\s+đốc|Bí\s+thư|Trưởng\s+ban|"
                            r"Hiệu\s+trưởng|Chánh\s+văn\s+phòng|Bộ\s+trưởng|Thủ\s+tướng|Cục\s+trưởng)\s*$")


def _is_signature_title(text: str) -> bool:
    if SIGN_PREFIX.match(text):
        return True
    return (is_upper(text) and len(text) <= 60 and not RECIPIENTS.match(text) and not _NUMBERED.match(text)
            and bool(_OFFICE.search(text.upper())))


_BODY_WORDS = re.compile(r"\b(UY BAN|HOI DONG|BAN|DANG|DOAN|HUYEN|TINH|XA|THANH PHO|PHUONG|SO|PHONG|VAN PHONG|BO)\b")


def is_person_name(text: str) -> bool:
    """A person's name: two to six capitalised words; in capitals only when no word names a body or an
    office ("NGUYỄN VĂN AN" is a name, "ỦY BAN NHÂN DÂN" under "TM." is not)."""
    words = text.split()
    if not (1 < len(words) <= 6 and all(w[:1].isupper() for w in words) and not re.search(r"[\d,;:()/.]", text)):
        return False
    if not is_upper(text):
        return True
    return not _OFFICE.search(text.upper()) and not _BODY_WORDS.search(fold(text).upper()) and not SIGN_PREFIX.match(text)


def _name(text: str) -> str:
    return " ".join(w.capitalize() for w in text.split()) if is_upper(text) else text


def _signature_start(blocks: list[Block], end: int) -> int:
    """Index where a trailing signature block (titles, then maybe a name) begins before *end*."""
    i = end
    if i > 0 and isinstance(blocks[i - 1], Line) and is_person_name(blocks[i - 1].text):  # type: ignore[union-attr]
        i -= 1
    named = i
    while i > 0 and isinstance(blocks[i - 1], Line) and _SIGNED.match(blocks[i - 1].text.strip()):  # type: ignore[union-attr]
        i -= 1  # "(Đã ký)" between the title and the name
    j = i
    while j > 0 and isinstance(blocks[j - 1], Line) and _is_signature_title(blocks[j - 1].text):  # type: ignore[union-attr]
        j -= 1
    if j == i < named < end and j > 0 and isinstance(above := blocks[j - 1], Line) and _RUNNING_TITLE.match(above.text):
        j -= 1  # "Chủ tịch" / "(Đã ký)" / "Nguyễn Quốc Triệu": a portal's copy set the title in running case
    if j == i:
        return end
    first = blocks[j]
    assert isinstance(first, Line)
    if not (SIGN_PREFIX.match(first.text) or i - j <= 3):
        return end
    return j


def _unglued(text: str) -> list[str]:
    """A title in capitals glued to the name under it ("CHÁNH VĂN PHÒNGThái Hữu Phép": a line break
    lost), given back as the two lines it was."""
    for cut in range(2, len(text) - 1):
        if not (text[cut - 1].isupper() and text[cut].isupper() and text[cut + 1].islower()):
            continue
        title, name = text[:cut], text[cut:]
        if is_upper(title) and _is_signature_title(title) and is_person_name(name):
            return [title, name]
    return [text]


def _title_case_words(text: str) -> bool:
    words = text.split()
    return bool(words) and all(w[:1].isupper() and not w.isupper() for w in words) and not re.search(r"[\d,;:()/.]", text)


def _joined_names(texts: list[str]) -> list[str]:
    """A signer's name wrapped in a narrow cell ("CHÁNH VĂN PHÒNGThái" / "Hữu Phép", "Nguyễn Văn" / "An") joined
    back: a line of one to three capitalised words goes on a line ending in a capitalised word."""
    out: list[str] = []
    for text in texts:
        if out and 1 <= len(text.split()) <= 3 and _title_case_words(text):
            last = out[-1].split()[-1] if out[-1].split() else ""
            head = out[-1][: len(out[-1]) - len(last)]
            glued = [i for i in range(1, len(last) - 1) if last[i - 1].isupper() and last[i].isupper() and last[i + 1].islower()]
            tail = last[glued[-1] :] if glued else last  # "PHÒNGThái" → "Thái"
            name = (" ".join(head.split()[-3:]) + " " if _title_case_words(head) else "") + tail
            if _title_case_words(tail) and len((name + " " + text).split()) <= 5:
                out[-1] = f"{out[-1]} {text}"
                continue
        out.append(text)
    return out


# "… TRÊN ĐỊA BÀN TỈNH" / "BẠC LIÊU": capitals under a line that ends on a level word are the place it names (an annex
# title wrapped under a signature block whose name the copy cut), never the signer.
_LEVEL_END = re.compile(r"(?<!\w)(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)$")


def _read_signature(result: ImportResult, lines: list[Line]) -> None:
    titles: list[str] = []
    name = ""
    after_level = False
    texts = _joined_names([collapse_space(line.text) for line in lines])
    for text in (part for line in texts for part in _unglued(line)):
        if _SIGNED.match(text):
            continue
        if not name and (_is_signature_title(text) or (not titles and _RUNNING_TITLE.match(text))):
            titles.append(text)
        elif titles and not name and is_person_name(text) and not (after_level and is_upper(text)):
            name = _name(text)
        after_level = bool(_LEVEL_END.search(text))
    if titles:
        result.fields["signer_title"] = " — ".join(titles)
    else:
        result.missing.append(("signer_title", "không thấy khối chữ ký (TM./KT./T/M … và chức vụ)"))
    if name:
        result.fields["signer"] = name
    else:
        result.fields["signer"] = ""
        result.missing.append(("signer", "không thấy họ tên người ký dưới khối chữ ký"))

