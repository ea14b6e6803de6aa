"""A document's own number, found in raw text before its citations are read.

A content file names its number in front matter; raw text (``vanban refs`` on a .txt, an
imported Word file, a portal page) says it in one of a few places, tried in this order:

1. ``header`` — the number field under the issuer: "Số: 21/2022/NQ-HĐND" at a line start or
   after header debris ("-------- Số: 09/2015/TT-BTTTT |") or the motto of a copy flattened to one line
   ("… Hạnh phúc Số: 76/2016/NQ-HĐND Lào Cai, ngày …") or with the issuer before it and the motto right after it
   ("… ĐÀO TẠO. Số: 78 /KH-PGD&ĐT. CỘNG HOÀ XÃ HỘI …"), the number perhaps on the next
   line ("Số:⏎15/2023/QĐ-UBND"), or "Nghị quyết số: 653/2019/UBTVQH14", "———-Luật số : 77/2015 / QH13"; and the old layout
   "CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG".
2. ``metadata`` — a portal's table of properties: "Số hiệu: 155/KH-UBND", "Số hiệu: | 52/2018/QĐ-UBND |",
   "Số/Ký hiệu: …", "Ký hiệu …", the value after blanks or on the next line.
3. ``title`` — a portal page whose first line names the document: "Quyết định 119/QĐ-UBND" (perhaps after
   "Toàn văn:"; not a first line telling of it in a passive sentence, "Quyết định 281/QĐ-TTg được … phê duyệt ngày …"), or a
   saved page source whose ``<title>`` does ("<title>Quy định số 20-QĐ&#x002F;TW …", references decoded).
4. ``attached`` — "(Ban hành kèm theo Quyết định số 59/QĐ-UBND …)" ("(Kèm theo …)", "(Ban hành theo …)") opening the text: a rule
   issued with a decision is that decision's document; also at a line's start further down (a cover
   letter above the rule or form it issues), and after a blank "Số:" above it (the blank is the
   attached form's, to be filled in by its users); not a bracket inside a sentence that goes on after it ("… thực hiện
   Kế hoạch … (ban hành kèm theo Quyết định số 2216/QĐ-BTP …); triển khai …": a document the sentence names).
   Then a first line that gives a number alone ("1053/QĐ-BVHTTDL"): a record or database page titled by its number; or
   a record line right under the title that repeats the title as its subject ("Về việc phối hợp …⏎Công văn số
   1639/SNN-CCKL ngày 23/10/2023 của Sở … Về việc phối hợp …").  Or a page titled by its letter's subject ("V/v …") whose first
   number stands bare with its date ("… 37/UBND-VP ngày 10/1/2022"): :func:`.records.subject_record`.
5.-7. an English copy's header or newsletter item (:mod:`.english`); news leads (:mod:`.leads`), a short page about one
document, a page presenting its document (:mod:`.published`); 8. the one document a sentence presents by the headline's
act, saying most of the headline again, or with the headline's own body as its subject or issuer (:mod:`.echo`,
:mod:`.own_body`); 9. a headline among the first lines opening with a document's name and a colon ("Quy định số 373: …",
the one item of a tag page: :mod:`.colon_headline`).

A header cell cut short ("Số: 18 - KH/Đ") gives way to the whole spelling elsewhere in the opening ("Số kí
hiệu Số: 18 - KH/ĐU"); the cut one is kept as an alias.

A portal's chrome above the title (breadcrumb, update time, counter, print and share tools) is passed over, and a news
paragraph's source tag ("(Báo Nghệ An) - ") blanked, before the rules read the page's first lines (:mod:`.chrome`).

Only the opening of the text is read (:data:`WINDOW` characters), so the cost is bounded per
document.  A number left blank ("Số: /KH-UBND") gives no own number, and the later places are
then not read as the document's own: "Số:" was there, so a lead further down tells of another
document.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from .chrome import blank_source_tags, chrome_end, repeated_title_end
from .colon_headline import colon_headline
from .echo import headline_echo
from .english import english_own
from .header_fields import moved_field
from .leads import from_leads, listed_items
from .model import OwnNumber
from .news import event_report
from .numbers import restore_lost_d, scan_number
from .ownnumber import WINDOW, at_line_start, blank_number, number_at, serial
from .published import full_form
from .records import history_record, record_line, subject_record
from .spelling import canonical_number, number_key
from .titles import (
    TEASER,
    asks,
    code_title,
    dashed_title,
    in_sentence,
    names_another,
    slug_title,
    spaced_title,
    title_word_after,
    told_of,
)
from .vocabulary import NOT_AFTER, NOT_BEFORE, TYPE_ALT, type_of_word, working_copy

__all__ = ["WINDOW", "find_own"]

# Header debris that may stand before "Số:" on its line: blanks, table pipes, rules, stars.
# A copy flattened to one line keeps the motto before it: "… Độc lập - Tự do - Hạnh phúc Số: 76/2016/NQ-HĐND Lào Cai, …".
# A Word copy whose tags lost their "<" keeps each cell's style before it: "%%0%#. …"COLOR: black; …12.0pt">Số: 02/2006/…".
# An English copy or a machine translation labels the field "Number:" ("Numbers: 201/QĐ-TTg") or, as the official
# translations do, "No.:"/"No:" ("No.: 80/2023/ND-CP"), always with its colon.  A copy that lost every letter with a mark
# writes it "S:" ("S: 313 /PGDT-THHC", heldout19 h19-39; "-------- S : 721/Q -BXD", heldout23 h23-03): with its colon and a
# digit after it.  A copy whose font or OCR turned the label's "ố" into another character writes it "s6:" (an OCR reading of
# "ố", "s6: 122/2018/ND-CP", import heldout15 f13) or "Sè:" (the TCVN3 font's "ố" read as Unicode, "Sè: 05 /KH - MN",
# import heldout33 ai11): the same field, with its colon and a digit after it (not "S?:", whose copy lost letters to "?",
# its number's code perhaps too).  A stray mark typed after the colon is the field's too ("Số:. 4315/BGDĐT-GDTrH", import heldout24 o04, as
# the importer's number line reads it).
_HEADER_SO = re.compile(
    r"(?m)(?:^|[-*|_=]{2,}[ \t]*|\|[ \t]*|(?:Hạnh|HẠNH)[ \t]+(?:phúc|PHÚC)[ \t]+|\"[ \t]*>)[ \t>*#_|]*(?P<so>Số|SỐ|S(?=[ \t]*:[ \t]*\d)|[Ss][6è](?=[ \t]*:[ \t]*\d)|(?:Number|NUMBER|No|NO)(?:[sS]|\.)?(?=[ \t]*:))[ \t]*(?P<colon>:(?:[.,](?=[ \t]*\d))?)?[ \t]*\n?[ \t|]*"
)
# A copy flattened with its issuer before the number keeps the Quốc hiệu right after it: "… PHÒNG GIÁO DỤC & ĐÀO TẠO.
# Số: 78 /KH-PGD&ĐT. CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM …": the header's number field wherever the lines were joined.
# A copy that lost every letter with a mark writes it "S: 1046 /Q - HCCNG HO X HI …" (import heldout18 j16).
_FLAT_HEADER_SO = re.compile(
    r"(?P<so>Số|SỐ|S(?=[ \t]*:[ \t]*\d))[ \t]*(?P<colon>:)[ \t]*(?=[^\n]{1,40}?C(?:ỘNG|NG)[ \t]+H(?:ÒA|OÀ|O)[ \t]+X(?:Ã[ \t]|[ \t]))"
)
# A law's or a resolution's field names its type ("Luật số: 77/2015/QH13", "Nghị quyết số: 653/2019/UBTVQH14"), at a
# line's start after header debris, the rule under the issuer perhaps glued to it ("———-Luật số : 77/2015 / QH13"); the
# number ends its line, as a field's does ("Thông tư số: 06/2008/TT-BNV ngày … của Bộ Nội vụ" opens a cited line)
# A copy broken one word a line keeps the field across its breaks ("Luật⏎số:⏎13/2022/QH15 |", heldout28 h28-45).
_TYPED_SO = re.compile(rf"(?m)^[ \t>*#_|=-]*(?i:{TYPE_ALT})(?:[ \t]+|[ \t]*\n[ \t]*)(?i:số)[ \t]*:[ \t]*\n?[ \t]*")
# A document site's title may name the type once more before the heading ("NGHỊ ĐỊNH NGHỊ ĐỊNH CỦA CHÍNH PHỦ SỐ
# 101/2009/NĐ CP NGÀY …": 123doc's title, then the text's heading, the whole copy on one line).
_OLD_HEADER = re.compile(
    rf"^[ \t\n]*(?:(?i:{TYPE_ALT})[ \t\n]+)?(?i:{TYPE_ALT})[ \t\n]+CỦA(?:[ \t\n]+[^\W\d_a-zđ]{{1,12}}){{1,8}}[ \t\n]+SỐ[ \t]+"
)
# The label of a portal's number row, as portals write it: "Số hiệu", "Số ký hiệu" (or "kí"), "Số/Ký hiệu", "Số, ký
# hiệu", "Ký hiệu", "Số văn bản" (+ "văn bản"), at a line's start (perhaps an item of a list of the document's properties:
# "3. Số hiệu: số 04/2021/NQ-HĐND", "• Số hiệu văn bản: …"), then ":", "|", blanks (a tab, in the working copy a blank) or a
# line break before the value (also after the colon: a table flattened one cell per line; a blank line between the
# cells), which may repeat "số".
# A row that names the document and gives its number in one cell ("Tên / Số / ký hiệu : Kế Hoạch tết trung thu số 06/
# KHTT-MNTH", heldout30 h30-43): the name's field before the label, the type and its name before "số" in the value.
_METADATA = re.compile(
    r"(?m)^[ \t|*]*(?:(?:\d{1,2}[.)]|[-•+])[ \t]+)?(?P<named>Tên[ \t]*[/,][ \t]*)?"
    r"(?:Số[ \t]*[/,]?[ \t]*(?:k[ýí][ \t]+)?hiệu|K[ýí][ \t]+hiệu|Số[ \t]+văn[ \t]+bản)(?:[ \t]+văn[ \t]+bản)?"
    r"[ \t*]*(?:[:|][ \t|*]*(?:\n[ \t|]*){0,2}|(?<=[ \t])|(?:\n[ \t|]*){1,2})"
    rf"(?:(?(named)(?:{TYPE_ALT})(?:[ \t]+[^\W\d_]+){{0,12}}?[ \t]+)số[ \t]*:?[ \t]*\n?[ \t]*)?",
    re.IGNORECASE,
)
# A page title: a type word and the number ("Quyết định 1589/QĐ-TTg …"), or a law and its name
# ("Luật Tổ chức chính quyền địa phương số 72/2025/QH15"), perhaps under a portal's short label
# ("Thông báo:") and a place-and-date line ("Thái Bình, ngày 23 tháng 8 năm 2025").
# A copy may open with the date it was stored under, on the title's line ("date 2025-08-11 Thông báo số …").
_STORED_DATE = r"(?:[ \t]*date[ \t]+\d{4}(?:-\d{1,2}){0,2}[ \t]+)?"
_TITLE_ABOVE = (
    _STORED_DATE + r"(?:[ \t]*[^\W\d_][^\n:]{0,20}:[ \t]*\n|[ \t]*[^\W\d_][^\n,\d]{0,30},[ \t]*ngày[ \t][^\n]{0,30}\n){0,2}"
)
# A page that carries a document's full text may say so first: "<title>TOÀN VĂN&#x3A; Thông tư 21&#x002F;2025&#x002F;TT-BGDĐT …".
_FULL_TEXT = r"(?:t(?:oà|òa)n[ \t]+văn[ \t]*(?::|&#x0*3a;|&#0*58;)?[ \t]*)?"
# A page of one chapter or part of the document names it first: "Chương 1 Văn bản hợp nhất 10/VBHN-BXD …", "Mục 2 Chương 4
# Nghị định 31/2013/NĐ-CP hướng dẫn …" (a section of a chapter, heldout28 h28-13)
_PART_OF = r"(?:(?:Chương|Mục|Phần)[ \t]+[\dIVXLC]{1,4}\.?[ \t]+){0,3}"
# A site's tag in brackets before the title: "【HAVIP】Quyết định 582 các xã …", "[Văn bản] Quyết định …"; the title may
# stand in quotes ("“Kế hoạch 125/KH-UBND năm 2024 về …” - Cổng thông tin")
_SITE_TAG = r"(?:[ \t]*[【\[][^\]】\n]{1,20}[】\]])?"
_TITLE = re.compile(
    rf"^{_TITLE_ABOVE}{_SITE_TAG}[ \t\n#*_“\"]*{_PART_OF}{_FULL_TEXT}(?:Luật(?:[ \t]{{1,3}}(?!số\b)[^\W\d_]{{1,15}}){{1,15}}?[ \t]+(?=số)|(?:{TYPE_ALT}){NOT_AFTER}[ \t]+)"
    r"(?:số[ \t]*:?[ \t]*\n?[ \t]*)?",
    re.IGNORECASE,
)
# The same in a saved page source: "<title>Quy định số 20-QĐ/TW về …</title>" (its references decoded)
_HTML_TITLE = re.compile(rf"<title>[ \t\n]*{_FULL_TEXT}(?:{TYPE_ALT}){NOT_AFTER}[ \t]+(?:số[ \t]*:?[ \t]*\n?[ \t]*)?", re.IGNORECASE)
_TITLE_LINE = re.compile(rf"(?m)^[ \t#*_]*(?:{TYPE_ALT}){NOT_AFTER}[ \t]+(?:số[ \t]*:?[ \t]*\n?[ \t]*)?", re.IGNORECASE)
# The heading of a document issued with another, as the rules write it (Nghị định 30/2020, Phụ lục: "(Kèm theo Quyết định
# số …)", "(Ban hành kèm theo …)") and as copies shorten it ("(Ban hành theo Quyết định số …)")
_ATTACHED = re.compile(
    rf"\([ \t]*(?:Ban[ \t\n]+hành[ \t\n]+(?:kèm[ \t\n]+theo|kèm|theo)|Kèm[ \t\n]+theo)[ \t\n]+(?:{TYPE_ALT})[ \t\n]+số[ \t]*:?[ \t\n]*",
    re.IGNORECASE,
)
# The same heading a line further down: a cover letter above the rule or form it issues.
_ATTACHED_LINE = re.compile(rf"(?m)^[ \t>*#_|]*{_ATTACHED.pattern}", re.IGNORECASE)
# A heading in capitals naming the type and the number on its own line, in a copy without "Số:" (a database page's
# "NGHỊ⏎ĐỊNH13/2018/NĐ-CP", the type word split and glued to the number): the document's own header.
_CAPITAL_HEADING = re.compile(rf"(?m)^[ \t>*#_|]*(?P<type>{TYPE_ALT})[ \t]*(?:SỐ[ \t]*:?[ \t]*)?(?=\d)", re.IGNORECASE)
_LINE_END = re.compile(r"[ \t|*_]*(?:\n|\Z)")
# A type word on the line above "SỐ …" without a colon: a title wrapped before its cited number
# ("TRIỂN KHAI THỰC HIỆN KẾ HOẠCH⏎SỐ 164-KH/TU NGÀY …"), not the number field.
_TYPE_AT_LINE_END = re.compile(rf"(?:{TYPE_ALT})[ \t*_]*\n[ \t>*#_|]*\Z", re.IGNORECASE)


def find_own(text: str) -> OwnNumber | None:
    """The document's own number in the opening of NFC *text*, or None (see the module docstring)."""
    head = text[:WINDOW]
    w = working_copy(head)
    # the chrome above the title, or the first copy of a title the page repeats (the one repeated headline: a tag
    # page repeats each of its items)
    skip = chrome_end(w) or (repeated_title_end(w) if listed_items(w) == 1 else 0)
    if skip:  # "Cập nhật lúc 18:26, Thứ Ba, 29/09/2020 (GMT+7)" above the title: the page starts after it
        own = find_own(text[skip:])
        return replace(own, line=own.line + text.count("\n", 0, skip)) if own is not None else None
    own = _own(head, blank_source_tags(w)) or colon_headline(head, w)
    if own is None:
        return None
    # a bare serial ("… ban hành Chỉ thị số 11 về …", "Nghị quyết số 85 do … ký ban hành …") whose whole number the opening
    # writes further down with a code of its type ("Chỉ thị số 11/CT-CTUBND ngày 16/4/2020"): the same document, whole
    if own.number.isdigit() and own.type is not None and (full := full_form(head, w, own)) is not None:
        own = replace(own, number=full, aliases=(*own.aliases, own.number))
    # A portal's page title may spell the same number otherwise ("1961/2019/QĐ-UBND" for "1961/QĐ-UBND")
    aliases: list[str] = []
    whole = _whole_cell(head, w, own)
    if whole is not None:
        aliases.append(own.number)
        own = replace(own, number=whole)
    titles = [number_at(head, w, title.end(), "title") for title in _TITLE_LINE.finditer(w, 0, 600)]
    # the heading of the rule a decision issues, further down ("(Ban hành kèm theo Quyết định Số: 1593/ QĐ-ĐầU TƯ …)"
    # under "Số: 1593/QĐ-ĐT", heldout22 h22-10: a portal's spelling): the decision is the header's document
    # (the same serial and the same year and type code before the issuer's: "1593/QĐ-")
    attached = [
        found for line in _ATTACHED_LINE.finditer(w)
        if (found := number_at(head, w, line.end(), "attached")) is not None and _code_head(found.number) == _code_head(own.number)
    ]
    for alias in (*titles, *attached, _lone_number(head, w)):
        if alias is not None and alias.number != own.number and serial(alias.number) == serial(own.number):
            aliases.append(alias.number)
    return replace(own, aliases=tuple(dict.fromkeys(aliases))) if aliases else own


# A bare serial that goes on with another ("Quyết định số 2833, 2834, 2835/QĐ-BVHTTDL …"): a list of documents
_SERIAL_LIST = re.compile(r"[ \t]*[,;][ \t]*\d")


def _code_head(number: str) -> str:
    """A State number's key up to its issuer code ("1593/qd" of "1593/QĐ-ĐT"); a number without that form its whole key."""
    key = number_key(number)
    head, dash, _ = key.partition("-")
    return head if dash and "/" in head else key


def _whole_cell(head: str, w: str, own: OwnNumber) -> str | None:
    """The own number whole when the place it was read from cut its last code short and the opening writes it
    whole elsewhere: a header cell "Số: 18 - KH/Đ" under a property table's "Số kí hiệu Số: 18 - KH/ĐU" (the
    same serial and code, more letters at the end), or "Số: 1315/KC" where the copy ends under a title's "Công văn
    1315/KCB-QLCL&CĐT" (the cut word goes on, then more codes).  None when no longer spelling is there."""
    first = serial(own.number)
    if not first.isdigit() or not own.number[-1:].isalpha():
        return None
    at = w.find(first)
    while at >= 0:
        if (at == 0 or not w[at - 1].isalnum()) and not w[at + len(first) : at + len(first) + 1].isdigit():
            scan = scan_number(w, at)
            if scan is not None and scan.structured:
                number = canonical_number(head[scan.start : scan.end])
                rest = number[len(own.number) :]
                if number.startswith(own.number) and rest[:1].isalpha():  # "…/KC" cut from "…/KCB-QLCL&CĐT" too
                    return number
        at = w.find(first, at + len(first))
    return None


# The State type codes a copy that lost every letter with a mark writes without their "Đ" in its "S:" field ("S : 721/Q
# -BXD" under the page title "Quyết định số 721/QĐ-BXD", heldout23 h23-03): one letter, which no other code is
# (numbers.restore_lost_d)


def _marks_restored(own: OwnNumber) -> OwnNumber:
    """The own number of an "S:" field with its type code's lost "Đ" put back ("721/Q-BXD" → "721/QĐ-BXD"), the number
    as typed kept as an alias; other numbers as they are."""
    restored = restore_lost_d(own.number)
    return replace(own, number=restored, aliases=(*own.aliases, own.number)) if restored != own.number else own


def _basis_item(w: str, pos: int) -> bool:
    """Whether the first line, whose title starts before *pos*, closes with ";" as a basis of a list does ("Nghị định số
    172/2004/NĐ-CP, ngày 29/9/2004 của Chính phủ về …;" alone on a translation page, heldout27 h27-39): an item that
    names a document the text rests on or lists, not the page's own title (a title closes with no ";")."""
    end = w.find("\n", pos)
    return w[pos : end if end >= 0 else len(w)].rstrip(" \t").endswith(";")


def _own(head: str, w: str) -> OwnNumber | None:
    """The own number by the rules of the module docstring."""
    blank_header = False
    for pattern in (_HEADER_SO, _FLAT_HEADER_SO, _TYPED_SO):
        for m in pattern.finditer(w):
            if pattern is _HEADER_SO and m.group("colon") is None:
                so = m.start("so")
                if not at_line_start(w, so) or _TYPE_AT_LINE_END.search(w, max(0, so - 40), so) is not None:
                    continue
            if pattern is _TYPED_SO and (not _ends_line(w, m.end()) or (m.start() == 0 and _tag_over_meeting(w, m.end()))):
                continue  # "Thông tư số: 06/2008/TT-BNV ngày … của Bộ Nội vụ …": a cited line, no number field
            own = number_at(head, w, m.end(), "header")
            if own is not None:
                return _marks_restored(own) if pattern is not _TYPED_SO and m.group("so") == "S" else own
            blank_header = blank_header or blank_number(w, m.end())
    candidates: list[tuple[re.Match[str] | None, str]] = [
        (_OLD_HEADER.match(w), "header"),
        (_METADATA.search(w), "metadata"),
        (_column_label(head, w), "metadata"),
        (_capital_heading(w), "header"),
    ]
    title = None
    if not blank_header:
        title = _TITLE.match(w)
        if (
            title is not None
            and not _lower_label(w)
            and w[: title.start()].count("\n") < 2
            and not names_another(head, w, title.end())
            and not asks(w, title.end())
            and not _tag_over_meeting(w, title.end())
            and not told_of(w, title.end())
            and not _basis_item(w, title.end())
        ):
            candidates.append((title, "title"))
        attached = next((m for m in _ATTACHED.finditer(w, 0, 600) if not in_sentence(w, m.end())), None)
        candidates.append((attached or _ATTACHED_LINE.search(w), "attached"))
        candidates.append((TEASER.match(w), "title"))
        if "<title>" in head:  # the working copy reads tags as blanks: the title tag is found in the text
            candidates.append((_HTML_TITLE.search(head), "title"))
    if not blank_header and (dashed := dashed_title(head, w) or slug_title(head, w) or spaced_title(head, w)) is not None:
        return dashed
    for found, source in candidates:
        if found is not None and (own := number_at(head, w, found.end(), source, bare=found is title and title is not None)) is not None:
            if own.number.isdigit() and not title_word_after(w, found.end()) and (
                found is not title or _SERIAL_LIST.match(w, found.end() + len(own.number)) is not None
                or full_form(head, w, _typed(own, found.group(0))) is None
            ):
                continue  # "Kế hoạch 5 năm …": a bare serial is a title's number only before its description, or when
                # the opening writes it whole further down ("Nghị quyết số 85 do … đã ký ban hành …" over "Nghị quyết số
                # 85/NQ-HĐBCQG ngày 15/12/2025 …", heldout24 h24-13); never one of a list ("Quyết định số 2833, 2834, …")
            return _typed(own, found.group(0))
    if not blank_header and (
        lone := _lone_number(head, w) or _record_line(head, w) or record_line(head, w) or _code_title(head, w)
        or subject_record(head, w) or history_record(head, w)
    ) is not None:
        return lone
    if blank_header:
        # "Số:⏎- QC/ĐU" then "(Ban hành kèm theo Công văn số 7619-CV/BTCTW …)": the blank is the attached
        # form's, to be filled in by its users; the document the form comes with is the page's.
        blank_at = max((m.end() for m in _HEADER_SO.finditer(w)), default=0)
        attached = _ATTACHED_LINE.search(w, blank_at)
        return number_at(head, w, attached.end(), "attached") if attached is not None else None
    return moved_field(head, w) or english_own(head, w) or from_leads(head, w) or headline_echo(head, w)


# A property table laid out in columns: a row of labels, one of them the number's ("| Số ký hiệu | Ngày ban hành |"),
# perhaps a rule row ("|---|---|"), then one row of values; the value under the label is the number.  Not when a second
# row of values follows: a listing of documents under its column heads, none of them the page's.
_ROW = re.compile(r"(?m)^[ \t]*\|?(?P<cells>[^\n]*(?:\||\t)[^\n]*?)\|?[ \t]*$")
_RULE_ROW = re.compile(r"[ \t|:\-+=]*")
_NUMBER_LABEL = re.compile(
    r"[ \t*]*(?:Số[ \t]*[/,]?[ \t]*(?:k[ýí][ \t]+)?hiệu|K[ýí][ \t]+hiệu|Số[ \t]+văn[ \t]+bản)(?:[ \t]+văn[ \t]+bản)?[ \t*:]*",
    re.IGNORECASE,
)


def _column_label(head: str, w: str) -> re.Match[str] | None:
    """Where the value under a number's column label starts (see :data:`_ROW`), as a match on the working copy *w*
    ending there, else None; the cells are cut in *head*, whose tabs the working copy blanks."""
    rows = [row for row in _ROW.finditer(head, 0, COLUMNS_WINDOW) if _RULE_ROW.fullmatch(row.group("cells")) is None]
    for at, (labels, values) in enumerate(itertools.pairwise(rows)):
        column = next(
            (i for i, cell in enumerate(_CELL.split(labels.group("cells"))) if _NUMBER_LABEL.fullmatch(cell) is not None),
            None,
        )
        if column is None:
            continue
        if at + 2 < len(rows) and head[values.end() : rows[at + 2].start()].count("\n") <= 1:
            return None  # a second row of values: a listing of documents under its column heads
        starts = [0, *(cut.end() for cut in _CELL.finditer(values.group("cells")))]
        return _BLANKS.match(w, values.start("cells") + starts[column]) if column < len(starts) else None
    return None


_CELL = re.compile(r"\||\t")
_BLANKS = re.compile(r"[ \t]*")
# How far into the opening a column table is looked for
COLUMNS_WINDOW = 1200


def _code_title(head: str, w: str) -> OwnNumber | None:
    """:func:`.titles.code_title` under the title rule's guards: no second document named, no question, no meeting."""
    own = code_title(head, w)
    if own is None or _lower_label(w):
        return None
    at = w.find(own.number.split("/", 1)[0])
    if names_another(head, w, at) or asks(w, at) or _tag_over_meeting(w, at):
        return None
    return own


def _tag_over_meeting(w: str, pos: int) -> bool:
    """Whether the title's number at *pos* ends its line (the document's name alone, "Chỉ thị số 47-CT/TW") on a page
    that reports a meeting (:func:`.news.event_report`): a tag page's label above its one item, a meeting that reviewed
    the document ("… tổ chức Hội nghị sơ kết 2 năm thực hiện Chỉ thị số 47-CT/TW …"), not the page's own document."""
    return _ends_line(w, pos) and event_report(w)


def _ends_line(w: str, pos: int) -> bool:
    """Whether the number at *pos* ends its line, as a number field does (a cited number goes on with its date, its
    issuer or its description)."""
    scan = scan_number(w, pos)
    return scan is not None and _LINE_END.match(w, scan.end) is not None


def _lone_number(head: str, w: str) -> OwnNumber | None:
    """The number a page's first line gives alone ("1053/QĐ-BVHTTDL" above the document: a portal's record or a
    database page titled by its number, as the importer reads it; "1362/B VHTTDL-VHDT" with a blank typed into its
    code, read without it), else None; a date ("15/05/2025") is no number."""
    start = re.match(rf"{_STORED_DATE}[ \t\n#*_]*", w)
    at = start.end() if start is not None else 0
    scan = scan_number(w, at)
    if scan is None or not scan.structured or not any(c.isalpha() for c in w[scan.start : scan.end]):
        return None
    if _LINE_END.match(w, scan.end) is not None:
        return number_at(head, w, at, "title")
    spaced = _SPACED_CODE.match(w, at)  # "1362/B VHTTDL-VHDT": a blank typed inside the code
    if spaced is None:
        return None
    whole = head[spaced.start(1) : spaced.end(1)] + head[spaced.start(2) : spaced.end(2)]
    joined = scan_number(whole, 0)
    if joined is None or not joined.structured or joined.end != len(whole):
        return None
    return OwnNumber(canonical_number(whole), head.count("\n", 0, at) + 1, "title")


# A number alone on the first line whose code a blank cuts in two, in capitals ("1362/B VHTTDL-VHDT" for 1362/BVHTTDL-VHDT)
_CODE_PART = r"(?-i:[A-ZĐ][A-ZĐ0-9&]*)"
_SPACED_CODE = re.compile(rf"(\d{{1,6}}/{_CODE_PART})[ \t]({_CODE_PART}(?:-{_CODE_PART})*)[ \t|*_]*(?:\n|\Z)")


# A line that opens with a document's type and number: a portal's record of the document under the page's title
_RECORD_LINE = re.compile(rf"[ \t>*#_|]*(?:{TYPE_ALT}){NOT_AFTER}[ \t]+(?:số[ \t]*:?[ \t]*\n?[ \t]*)?(?=\d)", re.IGNORECASE)
# Words shorter than this title are no evidence that a record line repeats it
RECORD_TITLE_WORDS = 5


def _record_line(head: str, w: str) -> OwnNumber | None:
    """The number of a record line right under the page's title that repeats the title as its subject ("Về việc phối
    hợp triển khai công tác trồng cây nhân dân năm 2023⏎⏎Công văn số 1639/SNN-CCKL ngày 23/10/2023 của Sở … Về việc phối
    hợp triển khai công tác trồng cây nhân dân năm 2023."): the page presents that document.  None otherwise."""
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", w, 0) if m.group(0).strip()][:3]
    if len(lines) < 2:
        return None
    title = " ".join(lines[0][1].split()).casefold().rstrip(".")
    if len(title.split()) < RECORD_TITLE_WORDS:
        return None
    for start, _line in lines[1:]:
        found = _RECORD_LINE.match(w, start)
        if found is None:
            continue
        scan = scan_number(w, found.end())
        line_end = w.find("\n", scan.end) if scan is not None else -1  # the number's line: "Công văn số⏎1639/…" wraps
        rest = w[scan.end : line_end if line_end >= 0 else len(w)] if scan is not None else ""
        if scan is not None and scan.structured and title in " ".join(rest.split()).casefold():
            return number_at(head, w, found.end(), "title")
    return None


def _capital_heading(w: str) -> re.Match[str] | None:
    """The first :data:`_CAPITAL_HEADING` whose type word is in capitals and whose structured number ends its line."""
    for found in _CAPITAL_HEADING.finditer(w):
        scan = scan_number(w, found.end())
        if found.group("type").isupper() and scan is not None and scan.structured and _LINE_END.match(w, scan.end):
            return found
    return None


def _lower_label(w: str) -> bool:
    """A page that is one line in lower case ("quyết định 15-2012-qĐ-ubnd", a search query or a tag): a label, not
    a title (a title is capitalised; an address without marks is read by :func:`.titles.slug_title`)."""
    label = w.strip()
    stored = re.match(_STORED_DATE, label)  # "date 2024-05-02 Thông báo số …": the date a copy was stored under
    return "\n" not in label and label[stored.end() if stored is not None else 0 :][:1].islower()


_TYPE_WORD = re.compile(rf"{NOT_BEFORE}(?:{TYPE_ALT}){NOT_AFTER}", re.IGNORECASE)


def _typed(own: OwnNumber, before: str) -> OwnNumber:
    """*own* with the type word written before its number ("Quy định số 24-QĐ/TW, …" in a title: a
    "Quy định", so "Quy định số 24" further down is the document itself), when one is."""
    words = _TYPE_WORD.findall(before)
    return replace(own, type=type_of_word(words[-1])) if words and own.type is None else own

