"""A page title that names the page's document in a form other than "<type> <number>": a title naming two documents
(none of them the page's), a bare serial before its description, a number whose slashes became dashes or whose letters
lost their marks (an address, a file name) or its "/" and "-" for blanks, a teaser under a headline; and a title that asks (a Q&A page's).

:mod:`.identity` reads the title rule with these.
"""

from __future__ import annotations

import re

from ..glossary import DOCUMENT_TYPES, DocumentType
from ..text import fold
from .model import OwnNumber
from .numbers import scan_number
from .spelling import canonical_number, number_key, parse_canonical, type_of_number
from .vocabulary import (
    CENTRAL_STATE_CODES,
    CODE_SPELLING,
    GAP,
    ISSUER_SPELLINGS,
    NAMED_BY_NUMBER,
    NOT_AFTER,
    NOT_BEFORE,
    STATE_CODES,
    SYLLABLE,
    TYPE_ALT,
    UNIT_WORDS,
    WEAK_FOLLOWERS,
    type_of_word,
)

__all__ = ["TEASER", "asks", "code_title", "dashed_title", "names_another", "slug_title", "spaced_title", "title_word_after"]

# The type word and number of a second document in a title's line ("Thông tư 14/2018 … và hướng dẫn 4529 …")
# joined to the first by "và", "," or "&" (a document the first one's description names is nested in it: "Nghị định
# 49/2026/NĐ-CP quy định chi tiết … của Nghị quyết số 254/2025/QH15" is one document's page)
_ANOTHER = re.compile(
    rf"(?:[,&]|{NOT_BEFORE}và){GAP}(?P<type>{TYPE_ALT}){NOT_AFTER}[ \t]+(?:số[ \t]*:?[ \t]*\n?[ \t]*)?(?=\d)", re.IGNORECASE
)


def names_another(head: str, w: str, pos: int) -> bool:
    """Whether the title line whose number starts at *pos* names a second document with another serial: a page
    about two documents (a school's resource "Thông tư 14/2018 chuẩn HT và hướng dẫn 4529 …") has no own number."""
    first = scan_number(w, pos)
    if first is None:
        return False
    end = w.find("\n", first.end)
    for other in _ANOTHER.finditer(w, first.end, end if end >= 0 else len(w)):
        if type_of_word(other.group("type")) in NAMED_BY_NUMBER:
            continue  # "… chuyển đổi số và Đề án 06": a project known by its number
        scan = scan_number(w, other.end())
        if scan is not None and scan.serial != first.serial:
            return True
    return False


# "Nghị định 100 năm 2019 …", "Công văn 3110 năm 2014 …": a bare serial and the year of issue (not a period's range:
# "Kế hoạch 5 năm 2021-2025" counts years)
_YEAR_OF_ISSUE = re.compile(r"[ \t]+năm[ \t]+(?:19|20)\d\d(?![\d/.]|[ \t]*(?:[-–—]|đến)[ \t]*\d)")


def title_word_after(w: str, pos: int) -> bool:
    """Whether the bare serial at *pos* in a title is followed by its description: a lower-case word that is no
    unit nor function word ("Thông tư 04 quy định mã số …"; not "Kế hoạch 5 năm", a year "Kế hoạch 2025"), or the year it
    was issued in (:data:`_YEAR_OF_ISSUE`)."""
    scan = scan_number(w, pos)
    if scan is None or (len(scan.serial) == 4 and scan.serial[:2] in {"19", "20"}):
        return False
    if _YEAR_OF_ISSUE.match(w, scan.end) is not None:
        return True  # "Công văn 3110 năm 2014 thông báo …": the year the document was issued in, not a count
    word = re.match(r"[ \t]+([^\W\d_]+)", w[scan.end : scan.end + 30])
    # "Chỉ thị 35 của Bộ Chính trị về …": a news title naming another body's document by its short form
    return word is not None and word.group(1).islower() and word.group(1) not in UNIT_WORDS | WEAK_FOLLOWERS


# A page title that opens with a number whose slashes became dashes, as in a file name or an address:
# "18-2019-TT-BGDĐT Thông tu ban hành quy định …" is 18/2019/TT-BGDĐT (serial, year, a State type code, issuer)
# or an underscore: "04_2010_TT-BKH QUY ĐỊNH CHI TIẾT …" (a file name)
_DASHED = re.compile(
    r"[ \t#*_]*(?P<serial>\d{1,5})[-_](?P<year>(?:19|20)\d\d)[-_](?P<code>[^\W\d_]{1,5})-(?P<issuer>[^\W\d_][^\W_]{0,15})"
    r"(?![^\W_]|[-/]\w)"
)


def dashed_title(head: str, w: str) -> OwnNumber | None:
    """The own number of a first line that opens with a dashed number (:data:`_DASHED`), else None."""
    found = _DASHED.match(w)
    if found is None or found["code"].casefold() not in STATE_CODES:
        return None
    number = f"{found['serial']}/{found['year']}/{head[found.start('code') : found.end('issuer')]}"
    return OwnNumber(canonical_number(number), 1, "title", type=STATE_CODES[found["code"].casefold()])


# A title whose number lost its "/" and "-" for blanks, as a file's name keeps it: "“Thông tư 21 2009 TT BXD” trang 1 -
# tải miễn phí …" is 21/2009/TT-BXD: the type word, the serial, the year, the type's own code and the issuer's in capitals.
# A number without a year ("Kế hoạch 1547 KH SGDĐT 2025 tổ chức hoạt động hè …", heldout31 h31-47: the year after it is
# the title's) is read only when the opening writes it whole further down ("… đã có Kế hoạch 1547/KH-SGDĐT năm 2025 …"):
# the page's title and its text name the same document, the page's.
_SPACED = re.compile(
    rf"[ \t#*_\"“']*(?P<type>{TYPE_ALT}){NOT_AFTER}[ \t]+(?P<serial>\d{{1,5}})[ \t]+(?:(?P<year>(?:19|20)\d\d)[ \t]+)?"
    r"(?P<code>(?-i:[A-ZĐ]{2,5}))[ \t]+(?P<issuer>(?-i:[A-ZĐ][A-ZĐ0-9]{1,12}))(?![^\W_]|[-/]\w)",
    re.IGNORECASE,
)


def spaced_title(head: str, w: str) -> OwnNumber | None:
    """The own number of a first line that opens with a spaced number (:data:`_SPACED`) whose code is its type's."""
    found = _SPACED.match(w)
    kind = STATE_CODES.get(found["code"].casefold()) if found is not None else None
    if found is None or kind is None or kind != type_of_word(found["type"]):
        return None
    code = f"{head[found.start('code') : found.end('code')]}-{head[found.start('issuer') : found.end('issuer')]}"
    if found["year"] is not None:
        return OwnNumber(canonical_number(f"{found['serial']}/{found['year']}/{code}"), 1, "title", type=kind)
    number = canonical_number(f"{found['serial']}/{code}")
    key = number_key(number)
    for later in re.finditer(rf"(?<![\w/.-]){found['serial']}/", w[found.end() :]):
        scan = scan_number(w, found.end() + later.start())
        if scan is not None and scan.structured and number_key(head[scan.start : scan.end]) == key:
            return OwnNumber(number, 1, "title", type=kind)
    return None


# A first line that is an address or a file name: lower-case ASCII, no diacritics ("download phap luat quyet dinh
# 2071 qd bgddt ban hanh khung …", "data file 2017 03 08 thong tu 28 2009 tt bgddt ve …", "… lao dong nu so 85 2015
# nd cp").  A serial, perhaps the year, then the code's parts: words that cannot be Vietnamese syllables ("qd",
# "bgddt", "ubtvqh13", "pl"; not "ve", "ban", "huong").  The type is the one whose code the first part is and whose
# name the line gives before the number; a number without a type code only right after "cong van" ("so"), or with
# the year and the National Assembly's term code ("nghi quyet 51 2017 qh14": a law or resolution the line names).
# A central body's code is a code even where its letters could be a syllable ("qd byt 2021").
_SLUG_NUMBER = re.compile(
    r"(?<![a-z0-9])(?P<serial>\d{1,5})(?:[ -](?P<year>(?:19|20)\d\d))?(?P<code>(?: [a-z][a-z0-9]{0,9}){1,3})"
)
_SLUG_LETTER = re.compile(r"cong van(?: so)? \Z")
_SPELLING = {fold(code).casefold(): code for code in (*CODE_SPELLING.values(), *ISSUER_SPELLINGS)}
# A folded type code → the types it is the code of, with the folded name each is written as
_TYPES_OF_CODE: dict[str, list[tuple[str, str, DocumentType]]] = {}
for _kind in DOCUMENT_TYPES:
    for _code in dict.fromkeys(c for c in (_kind.state_code, _kind.party_code) if c):
        _TYPES_OF_CODE.setdefault(fold(_code).casefold(), []).append((fold(_kind.name).casefold(), _code, _kind))
_LETTER = next(kind for kind in DOCUMENT_TYPES if kind.name == "Công văn")
# A central body's code whose letters could pass for a syllable ("byt" of BYT, "bca", "bnv"): a code, read on
_CENTRAL = frozenset(fold(code).casefold() for code in CENTRAL_STATE_CODES)
# The National Assembly's and its Standing Committee's codes carry their term and no type code ("51/2017/QH14", a law or
# a resolution: the type is the one the line names before it)
_ASSEMBLY = re.compile(r"(?:ubtv)?qh\d{2}")
_NAMED_TYPE = {fold(kind.name).casefold(): kind for kind in DOCUMENT_TYPES if kind.name in {"Luật", "Bộ luật", "Nghị quyết", "Pháp lệnh"}}


def slug_title(head: str, w: str) -> OwnNumber | None:
    """The own number of a first line written as an address or a file name (:data:`_SLUG_NUMBER`), else None.  Each
    part of the code is written as the code it folds from; a part with a "d" that no known code explains is not
    guessed (it may be "Đ"): no own number then."""
    line = w[: w.find("\n")] if "\n" in w else w
    if not line.isascii():
        return None
    # a file's name keeps its code in capitals ("32-2017 TT BLDTBXH quy dinh …", heldout20 h20-50): read folded, the code's
    # capitals the mark that it is one
    lower_case = line == line.lower()
    line = line.lower()
    for found in _SLUG_NUMBER.finditer(line):
        parts: list[str] = []
        for token in found["code"].split():
            if SYLLABLE.fullmatch(token) is not None and (not parts or token not in _CENTRAL):
                break
            letters = token.rstrip("0123456789")
            spelled = _SPELLING.get(token) or _SPELLING.get(letters, None if "d" in letters else letters.upper())
            if spelled is None:
                return None
            parts.append(spelled if token in _SPELLING else spelled + token[len(letters) :])
        if not parts or (not lower_case and not all(t.isupper() for t in w[found.start("code") : found.end("code")].split()[: len(parts)])):
            continue
        before = line[: found.start()]
        named = [(before.rfind(name), code, kind) for name, code, kind in _TYPES_OF_CODE.get(fold(parts[0]).casefold(), [])]
        named = [entry for entry in named if entry[0] >= 0]
        if named:
            _, parts[0], kind = max(named, key=lambda entry: entry[0])  # "hd" of a "huong dan" is HD, not HĐ
        elif fold(parts[0]).casefold() not in _TYPES_OF_CODE and _SLUG_LETTER.search(before) is not None:
            kind = _LETTER
        elif found["year"] and _ASSEMBLY.fullmatch(found["code"].split()[0]) and (assembly := _named_before(before)):
            kind = assembly  # "nghi quyet 51 2017 qh14"
        elif found["year"] and not before.strip() and len(parts) > 1 and (coded := STATE_CODES.get(parts[0].casefold())):
            kind = next(k for k in DOCUMENT_TYPES if k.name == coded)  # "32-2017 TT BLDTBXH …": a legal document's file
        else:
            continue
        year = f"{found['year']}/" if found["year"] else ""
        return OwnNumber(canonical_number(f"{found['serial']}/{year}{'-'.join(parts)}"), 1, "title", type=kind.name)
    return None


def _named_before(before: str) -> DocumentType | None:
    """The type whose folded name *before* (a slug's words before a number, perhaps then "so") ends with, else None."""
    words = before.split()
    words = words[:-1] if words[-1:] == ["so"] else words
    for size in (3, 2, 1):
        kind = _NAMED_TYPE.get(" ".join(words[-size:])) if len(words) >= size else None
        if kind is not None:
            return kind
    return None


# A teaser under a headline whose first paragraph opens with the document and what it issues or approves: "Đến năm
# 2030, phấn đấu …⏎⏎Quyết định số 281/QĐ-TTg ban hành Kế hoạch triển khai thực hiện Chỉ thị số 25-CT/TƯ …"
TEASER = re.compile(
    rf"^[^\n]{{1,200}}\n[ \t]*\n[ \t]*(?:{TYPE_ALT}){NOT_AFTER}[ \t]+(?:số[ \t]*:?[ \t]*\n?[ \t]*)?"
    r"(?=\d{1,6}[^\s]{0,40}[ \t]+(?:ban[ \t]+hành|phê[ \t]+duyệt)(?![^\W_]))",
    re.IGNORECASE,
)


def asks(w: str, pos: int) -> bool:
    """Whether the title line going on from *pos* asks a question ("Nghị quyết 126/NQ-CP: 34 hồ sơ đề án sáp nhập xã
    2025 được thống nhất thông qua?"): a Q&A page about the document, not the document."""
    end = w.find("\n", pos)
    return "?" in w[pos : end if end >= 0 else len(w)]


# A page title opening with the type's code for its type word, then the number: "NĐ 99/2015/NĐ-CP chi tiết Luật 65/2014/QH13
# về Nhà ở", "QĐ 1234/QĐ-UBND phê duyệt …" (a law database's short title); perhaps after the date the copy was stored under
_CODE_TITLE = re.compile(r"[ \t]*(?:date[ \t]+\d{4}(?:-\d{1,2}){0,2}[ \t]+)?[ \t\n#*_]*(?P<code>(?-i:[A-ZĐ]{2,4}))[ \t]+(?=\d)")


def code_title(head: str, w: str) -> OwnNumber | None:
    """The own number of a first line that names its document by the type's code and a whole number whose own type
    code it is (:data:`_CODE_TITLE`: "NĐ" before "…/NĐ-CP", never before another code: "NQ 33-NQ/TW" opens no other
    document's title here), before its description; else None."""
    found = _CODE_TITLE.match(w)
    if found is None:
        return None
    scan = scan_number(w, found.end())
    if scan is None or not scan.structured or not title_word_after(w, found.end()):
        return None
    number = canonical_number(head[scan.start : scan.end])
    parts = parse_canonical(number)
    if parts is None or parts.type_code is None or parts.type_code.casefold() != found.group("code").casefold():
        return None
    return OwnNumber(number, head.count("\n", 0, scan.start) + 1, "title", type_of_number(number))


# A number that is the subject of a passive sentence: "Quyết định 281/QĐ-TTg được Thủ tướng Chính phủ phê duyệt ngày
# 20/2/2014, nhằm …" ("vừa được …" is news of a document just issued, :mod:`.leads`)
_PASSIVE_SUBJECT = re.compile(r"[ \t]+(?:đã[ \t]+)?được(?![^\W_])", re.IGNORECASE)
# A sentence's end inside a line: a mark and a blank, or the line's last mark
_LINE_SENTENCE_END = re.compile(r"[.!?…](?:[ \t]|[ \t]*$)", re.MULTILINE)


def told_of(w: str, pos: int) -> bool:
    """Whether the first line, its number at *pos*, is a paragraph telling of the document rather than its title: the
    number is the subject of a passive sentence (:data:`_PASSIVE_SUBJECT`) that the line ends as a sentence (a feature
    article's opening "Quyết định 281/QĐ-TTg được Thủ tướng … phê duyệt ngày 20/2/2014, nhằm …")."""
    scan = scan_number(w, pos)
    if scan is None or _PASSIVE_SUBJECT.match(w, scan.end) is None:
        return False
    end = w.find("\n", scan.end)
    return _LINE_SENTENCE_END.search(w, scan.end, end if end >= 0 else len(w)) is not None


# The text after a bracket's ")" on its line: a clause going on (";", ",", a lower-case word)
_GOES_ON = re.compile(r"[^)\n]*\)[ \t]*(?P<next>[^ \t\n])")


def in_sentence(w: str, pos: int) -> bool:
    """Whether the bracket whose number is at *pos* ("(ban hành kèm theo Quyết định số …)") describes a document a
    sentence names, the sentence going on after it (";", ",", a lower-case word: "… tổ chức thực hiện Kế hoạch … (ban
    hành kèm theo Quyết định số 2216/QĐ-BTP …); triển khai …"): not the heading of the page's own attached document."""
    found = _GOES_ON.match(w, pos)
    return found is not None and (found.group("next") in ";," or found.group("next").islower())
