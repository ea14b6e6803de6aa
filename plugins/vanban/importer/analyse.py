"""One document read from its lines: closing block from the end, header from the top, the body between."""

from __future__ import annotations

import dataclasses
import datetime
import re
from pathlib import Path

from ..citations import extract
from ..glossary import TYPE_NAMES
from ..text import collapse_space
from .acting import (
    read_acting_body,
    read_asking_body,
    read_coded_body,
    read_issuing_clause,
    read_notice_colon,
    read_unnumbered_lead,
)
from .authority_issuer import read_authority_issuer
from .bracketed_lead import read_bracketed_lead
from .closing import read_closing
from .dated_lead import dated_lead_at, read_dated_lead, read_passive_lead, read_relative_lead
from .doubts import check_fields
from .font_map import mend_fields
from .glued import unglue
from .header import read_header
from .header_run_in import split_header_run_in
from .headline import (
    read_article_title,
    read_bracketed_heading,
    read_headline_title,
    read_headline_type,
    read_preamble_type,
    read_sent_headline,
    says_whose,
)
from .issuer import complete_bare_issuer
from .issuer_doubts import name_central_body
from .issuing_line import read_issuing_line
from .lead import lead_context, read_lead
from .lead_grammar import read_lead_grammar
from .lead_title_end import lead_title_end
from .letter_lead import read_letter_lead
from .letter_subject import read_letter_subject
from .lines import Block, Line, TableBlock
from .lost_letters import mend_issuer
from .markdown import body_markdown, closing_markdown
from .metadata import apply_metadata
from .notifying_lead import read_notifying_lead
from .number_opening import without_number_opening
from .ocr_repair import repair
from .office_debris import office_debris
from .office_holder import body_of_office
from .opening_reference import read_opening_reference
from .own_notice import read_own_notice
from .page_leftovers import body_chrome, page_leftover, without_link_prompt, without_null
from .paragraphs import page_lines
from .patterns import ADDRESSEE
from .pointing_lead import read_pointing_lead
from .preamble_title import read_preamble_title
from .record import read_lone_number, read_numbered_headline, read_record_line
from .record_table import read_record_table
from .result import FIELDS, ImportResult
from .rolled_out import read_rolled_out
from .source_note import read_source_note
from .title_case import sentence_case
from .title_line import read_title_line
from .title_tail import trim_title_tail
from .type_code import is_letter_number
from .unheaded import report_unheaded, unheaded
from .unwrap import unwrap

MAX_TITLE = 400
META_LINES = 40  # a page with no header: its portal's metadata stands in its first lines


# A news page's age glued on after the title ("… PHƯỜNG BA ĐÌNH 17 giờ trước"): never part of it.
_PAGE_AGE = re.compile(r"\s+\d{1,3}\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước$", re.I)


# "… năm 2025 2025-01-10 15:41:00.0": a portal's post time glued on after the title; "(gửi kèm Công văn này)": a
# note on the document itself. Neither is part of the trích yếu.
_POST_STAMP = re.compile(r"\s+\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?)?$")
# "… Giáo dục mầm non 60 5.3K 18", "… tỉnh Cao Bằng 11 2 0": a page's counters (views, downloads, likes) glued on after
# the title, the first a small number (a year range "nhiệm kỳ 2025 2030" is the trích yếu's own). Never part of it.
_COUNTERS = re.compile(r"\s+\d{1,3}(?:[.,]\d+)?[KkMm]?(?:\s+\d+(?:[.,]\d+)?[KkMm]?)+$")
_SELF_NOTE = re.compile(r"\s*\((?:(?:gửi\s+)?kèm(?:\s+theo)?\s+(?:văn bản|" + "|".join(n.lower() for n in TYPE_NAMES)
                        + r")\s+này|(?:văn bản\s+)?(?:còn|hết|chưa có)\s+hiệu lực)\)$", re.I)  # "(Văn bản hết hiệu lực)"


# Words a trích yếu never opens with, only goes on with: what stands after them is its tail.
# ("CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ … VỀ VIỆC …", the old gazette's heading, is read by title_line: its subject.)
_TAIL_ONLY = re.compile(r"(?:giai đoạn|trên địa bàn|đến năm|tầm nhìn đến|tại|thuộc)\s", re.I)


# "(V/v Đề nghị làm cửa sổ lớp học)": a trích yếu the original set in brackets under its type line; the brackets are
# its typesetting. "(Ban hành kèm theo …)" is an annex's line, never a trích yếu, and is left to the checks.
_BRACKETED = re.compile(r"^\((?!ban hành kèm|kèm theo)(?P<inner>[^()]{8,})\)$", re.I)

# "CÁN BỘ ,NHÂN DÂN", "“…”,“…”": a comma a copy moved against the next word, never how the trích yếu reads;
# "PHÒNG,CHỐNG" is the original's own spelling and stays as written.
_SPACED_COMMA = re.compile(r"(?:\s+|(?<=[”\"])),(?=[^\s\d,])")
# "“Công dân tiêu biểu …”“Công dân danh dự …”": two quoted names a copy glued together; the document's own Điều 1
# writes them apart, and a trích yếu never runs a closing quote into an opening one.
_GLUED_QUOTES = re.compile(r"”(?=“)")


# A web address, a machine timestamp ("2025-07-28T11:07:49+07:00") or a post line ("Thứ hai - 28/07/2025 11:07"):
# never words of a trích yếu. Lines read into one before such chrome are the page's (its author field, its logo).
_CHROME = re.compile(r"https?://\S+|\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2}|Z)?"
                     r"|\bThứ\s+\S+\s*-\s*\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2})?", re.I)


def _after_chrome(title: str) -> str:
    """*title* after the last piece of page chrome it holds (all of it when it holds none)."""
    marks = list(_CHROME.finditer(title))
    return title[marks[-1].end():].strip(" -|") if marks else title


def _without_type_word(result: ImportResult, title: str) -> str:
    """"THÔNG TƯ QUY ĐỊNH VỀ …", "Thông báo về việc …" as the trích yếu of a Thông tư, a Thông báo: the type line run
    into it (a flattened header, a page title) is no part of it. Only a trích yếu in capitals or one whose rest opens
    with "về"/"V/v" ("Kế hoạch hóa gia đình …" keeps its words); noted."""
    kind = str(result.fields.get("type") or "")
    if not kind or not title.lower().startswith((kind.lower() + " ", kind.lower() + ":")):  # "Thông báo: Về việc …"
        return title
    rest = title[len(kind):].strip(" :-–")
    if len(rest.split()) < 3 or not (title.isupper() or re.match(r"(?:về|v/v)\b", rest, re.I)):
        return title
    result.notes.append(f"trích yếu: bỏ tên loại “{title[:len(kind)]}” đứng đầu (dòng tên loại viết liền vào trích yếu)")
    return rest


def _drop_cut_type_word(result: ImportResult) -> None:
    """"NGHỊ QUYẾ" read as the trích yếu: a copy that stops inside its type line has no trích yếu there."""
    title = collapse_space(str(result.fields.get("title") or "")).upper()
    if len(title) >= 4 and any(n.upper().startswith(title) for n in TYPE_NAMES):
        result.fields.pop("title")
        result.notes.append(f"bản sao dừng giữa dòng tên loại (“{title}”): không có trích yếu ở đó")


def plain_text(blocks: list[Block]) -> str:
    return "\n".join(b.text if isinstance(b, Line) else " ".join(" ".join(r) for r in b.rows) for b in blocks)


def _body_blocks(blocks: list[Block], start: tuple[int, int]) -> list[Block]:
    index, column = start
    if index >= len(blocks):
        return []
    first = blocks[index]
    out: list[Block] = []
    if isinstance(first, Line) and column > 0:
        rest = first.text[column:].strip(" -:")
        if rest:
            out.append(Line(rest, bold=first.bold, gap_before=True, cell=first.cell, formatted=first.formatted))
        out.extend(blocks[index + 1 :])
    elif column > 0:
        out.extend(blocks[index + 1 :])
    else:
        out.extend(blocks[index:])
    return out


def _repair_scanned_title(result: ImportResult, title: str, body: str) -> str:
    repaired, changes = repair(title, body)
    if changes:
        result.fields["title"] = repaired
        said = ", ".join(f"“{a}” → “{b}”" for a, b in changes)
        result.unsure.append(("title", f"bản chụp: dấu của trích yếu sửa theo chính các chữ ấy trong nội dung ({said})"))
    return repaired


def _restore_lost_marks(result: ImportResult, title: str, body: str) -> str:
    """"… thiên tai va tim kiêm cưu nan": a copy's trích yếu that lost marks its own body writes ("và tìm kiếm cứu
    nạn"); only marks lost are put back, each change reported."""
    restored, changes = repair(title, body, lost_only=True)
    if changes:
        result.fields["title"] = restored
        said = ", ".join(f"“{a}” → “{b}”" for a, b in changes)
        result.notes.append(f"trích yếu: trả lại dấu bản sao làm mất theo chính các chữ ấy trong nội dung ({said})")
    return restored


def _lone_title(result: ImportResult) -> str:
    """A "trích yếu" the header read with no type, number, issuer or date around it: a page's first bold or centred
    line ("In trang", "Xã hội", "Thứ Năm, 15/10/2020", a headline). Set aside for the page's own words."""
    lone = str(result.fields.get("title") or "")
    if not lone or result.bare_issuer or any(result.fields.get(k) for k in ("number", "type", "issuer", "date")):
        return ""
    del result.fields["title"]
    return lone


def _note_lone_title(result: ImportResult, lone: str) -> None:
    """The set-aside line is never the trích yếu, even when nothing else on the page gives one: a page's first bold
    or centred line is its headline or its chrome (pooled over every spent set's Word copies, thirty-fourth session:
    30 such lines taken, none the document's trích yếu; a post title that IS the document's name is read by the
    headline readers in every form). The trích yếu is left empty and reported; the line is named in a note."""
    if not lone:
        return
    if len(lone.split()) < 4 or re.search(r"\d{1,2}/\d{1,2}/\d{4}|\d{1,2}:\d\d", lone) or says_whose(lone):
        result.notes.append(f"dòng đầu trang “{lone}”: phần khung của trang, không phải trích yếu")
    else:
        result.notes.append(f"dòng đầu trang “{lone}”: tiêu đề trang, không phải trích yếu")


def _linked(line: Line) -> bool:
    return bool(re.search(r"\]\((?:https?:|/)", line.markdown))  # a working link the copy kept: the clerk's to judge


def _without_page_leftovers(result: ImportResult, blocks: list[Block]) -> list[Block]:
    """*blocks* without Word's hidden styling, embedded bytes, and a portal page's image, share button and link
    prompts (office_debris, page_leftovers), each reported."""
    dropped = [b for b in blocks if isinstance(b, Line) and office_debris(b.text)]
    if dropped:
        result.notes.append(f"bỏ {len(dropped)} dòng không phải chữ của văn bản (định dạng ẩn của Word, dữ liệu ảnh "
                            f"nhúng): “{dropped[0].text.strip()[:40]}…”")
    page = [b for b in blocks if isinstance(b, Line) and not _linked(b) and page_leftover(b.text)]
    if page:
        result.notes.append(f"bỏ {len(page)} dòng của trang web, không phải chữ của văn bản (ảnh trống, nút chia sẻ, "
                            f"lời mời bấm xem): “{page[0].text.strip()[:40]}”")
    gone = {id(d) for d in dropped + page}
    kept: list[Block] = []
    for b in blocks:
        if id(b) in gone:
            continue
        if isinstance(b, Line) and not _linked(b) and (cut := without_link_prompt(b.text)) != b.text:
            result.notes.append(f"bỏ lời mời bấm xem của trang web sau “{cut[-40:]}”")
            b = dataclasses.replace(b, text=cut, markdown=without_link_prompt(b.markdown) if b.markdown else "")
        if isinstance(b, Line) and (cut := without_null(b.text)) != b.text:
            result.notes.append(f"bỏ chữ “null” của trang web trước “{cut[:40]}”")
            b = dataclasses.replace(b, text=cut, markdown=without_null(b.markdown) if b.markdown else "")
        kept.append(b)
    return kept


def _issuer_as_body(result: ImportResult) -> None:
    """An office read as the issuer issues as its body, a reporting verb is no part of it (``body_of_office``)."""
    issuer = str(result.fields.get("issuer") or "")
    body = body_of_office(issuer) if issuer else ""
    if body and body != issuer:
        result.fields["issuer"] = body
        told = issuer.startswith(body)  # only words cut from the name's end (a reporting or tense word, a bracket)
        cut = issuer[len(body):].strip()
        if told and cut.startswith("("):
            why = f"đọc được “{issuer}”: “{cut}” là cơ quan chủ quản ghi trong ngoặc, không thuộc tên cơ quan"
        elif told:
            why = f"đọc được “{issuer}”: “{cut}” là lời thuật, không thuộc tên cơ quan"
        else:
            why = f"đọc được “{issuer}”: chức vụ thay mặt cơ quan, cơ quan là “{body}”"
        result.unsure.append(("issuer", why))


def analyse(blocks: list[Block], source: Path) -> ImportResult:
    """Read header, body and closing out of *blocks*."""
    result = ImportResult(source=source)
    blocks = _without_page_leftovers(result, blocks)
    closing_start = read_closing(result, blocks)
    head_and_body = blocks[:closing_start]
    header = read_header(head_and_body, result)  # type: ignore[arg-type]
    taken = unheaded(result.fields)  # a type line or a "Số" with no issuer block and no date line: a page's words
    _drop_cut_type_word(result)
    read_title_line(result, head_and_body)
    read_record_line(result, head_and_body)
    lone = _lone_title(result)
    body_blocks = [b for b in _body_blocks(head_and_body, header.body)
                   if not (isinstance(b, TableBlock) and not any(any(c.strip() for c in r) for r in b.rows))]
    body_blocks = unwrap(read_letter_subject(result, body_blocks))
    plain = plain_text(body_blocks)
    complete_bare_issuer(result, header.authority, plain)
    read_authority_issuer(result, header.authority, head_and_body)
    mend_issuer(result, plain)
    headless = not result.fields.get("date")  # a portal record (a number its page title gave): its metadata is all
    apply_metadata(result, head_and_body[: max(header.body[0] + 1, META_LINES if headless else 0)])
    read_record_table(result, head_and_body[:META_LINES])
    read_bracketed_heading(result, head_and_body)
    read_lead(result, head_and_body, dated_lead_at(head_and_body))
    read_opening_reference(result, head_and_body)
    read_dated_lead(result, head_and_body)
    read_passive_lead(result, head_and_body)
    read_relative_lead(result, head_and_body)
    read_rolled_out(result, head_and_body)
    read_lead_grammar(result, head_and_body)
    read_unnumbered_lead(result, head_and_body)
    read_bracketed_lead(result, head_and_body)
    read_acting_body(result, head_and_body)
    read_sent_headline(result, head_and_body)
    read_headline_title(result, head_and_body)
    read_article_title(result, plain)
    read_preamble_title(result, plain)
    read_headline_type(result, head_and_body)
    read_preamble_type(result, head_and_body)
    read_unnumbered_lead(result, head_and_body, announcing=True)
    read_issuing_clause(result, head_and_body)
    read_issuing_line(result, head_and_body, lead_context(page_lines(head_and_body)))
    read_lone_number(result, head_and_body)
    read_numbered_headline(result, head_and_body)
    if read_record_line(result, head_and_body, figures=True):
        read_headline_title(result, head_and_body)  # again: the late record's type and number name the headline
    read_source_note(result, head_and_body)
    read_coded_body(result, head_and_body)
    read_asking_body(result, head_and_body)
    read_notice_colon(result, head_and_body)
    read_letter_lead(result, head_and_body)
    read_own_notice(result, head_and_body)
    read_pointing_lead(result, head_and_body)
    read_notifying_lead(result, head_and_body)
    _note_lone_title(result, lone)
    _issuer_as_body(result)
    if "type" not in result.fields:
        lines = [b for b in blocks if isinstance(b, Line)]
        number = str(result.fields.get("number") or "")
        addressed = any(ADDRESSEE.match(b.text) for b in lines[:20])
        if addressed and is_letter_number(number):  # "Số: 722/UBND-MT" … "Kính gửi: …", the V/v line lost
            result.fields["type"] = "Công văn"
            result.unsure.append(("type", f"không thấy dòng tên loại hay V/v; số “{number}” không mang mã loại "
                                          "và có “Kính gửi”: là Công văn (Nghị định 30/2020)"))
        elif addressed and not number and result.fields.get("date") and result.fields.get("place"):
            result.fields["type"] = "Công văn"  # a header's own date line, no type line, "Kính gửi": ND 30's letter
            result.unsure.append(("type", "không thấy dòng tên loại hay V/v, không có số; có dòng địa danh, ngày "
                                          "tháng và “Kính gửi”: là Công văn (Nghị định 30/2020)"))
        elif addressed:
            result.missing.append(("type", "không thấy dòng tên loại văn bản; có “Kính gửi”, có thể là Công văn"))
        else:
            result.missing.append(("type", "không thấy dòng tên loại văn bản (KẾ HOẠCH, HƯỚNG DẪN…) hay dòng V/v"))
    if "number" not in result.fields:
        result.missing.append(("number", "không thấy dòng “Số: …”"))
    if "date" not in result.fields:
        result.missing.append(("date", "không thấy dòng “…, ngày … tháng … năm …”"))
        if "place" not in result.fields:
            result.missing.append(("place", "không thấy dòng địa danh, ngày tháng"))
    if result.fields.get("title"):  # "số 26/CT-UBND", "(HOẢ TỐC) số 1141/KH-UBND về việc …": a lead read from its number
        result.fields["title"] = without_number_opening(result, str(result.fields["title"]))
    if result.fields.get("type") == "Công văn" and result.fields.get("title"):  # "CÔNG VĂN Về việc …": its label
        result.fields["title"] = re.sub(r"^(?:về việc|v/v)\s*:?\s+", "", str(result.fields.get("title") or ""), flags=re.I)
    title = _without_type_word(result, _after_chrome(str(result.fields.get("title") or "")))
    title = _SPACED_COMMA.sub(", ", _SELF_NOTE.sub("", _POST_STAMP.sub("", _COUNTERS.sub("", _PAGE_AGE.sub("", title)))))
    title = lead_title_end(result, trim_title_tail(result, _GLUED_QUOTES.sub("” ", title)))
    if bracketed := _BRACKETED.match(title):
        title = bracketed.group("inner").strip()
        result.notes.append("trích yếu: bỏ cặp ngoặc bao cả trích yếu (cách trình bày của bản gốc)")
    title, glued = unglue(title, f"{plain} {result.fields.get('number') or ''}")
    if glued:
        result.notes.append("trích yếu: tách chữ bản sao viết dính theo chính các chữ ấy trong nội dung ("
                            + ", ".join(f"“{a}” → “{b}”" for a, b in glued) + ")")
    if title != result.fields.get("title", ""):
        result.fields["title"] = title
    if title and any(isinstance(b, Line) and b.ocr for b in blocks):
        title = _repair_scanned_title(result, title, plain)
    elif title:
        title = _restore_lost_marks(result, title, plain)
    mend_fields(result, plain)  # "CĨ GIÁ", "thơng": letters a text layer's font mapped to others
    title = str(result.fields.get("title") or "")
    if _TAIL_ONLY.match(title):  # "GIAI ĐOẠN 2016 - 2020 TRÊN ĐỊA BÀN TỈNH …": a copy that lost the trích yếu's start
        result.fields.pop("title")
        result.missing.append(("title", f"trích yếu chỉ còn phần cuối “{title[:80]}”: bản sao làm mất phần đầu"))
    elif not title:
        result.missing.append(("title", "không thấy trích yếu (dòng dưới tên loại văn bản, hoặc V/v)"))
    elif len(title) > MAX_TITLE:
        result.unsure.append(("title", f"trích yếu dài {len(title)} ký tự: có thể đã lẫn phần nội dung"))
    if (kept := str(result.fields.get("title") or "")) and (cased := sentence_case(kept, plain)):  # "TRIỂN KHAI CÔNG TÁC …": as the body writes the words
        result.fields["title"] = cased
        result.notes.append("trích yếu in hoa: viết lại kiểu câu, tên riêng và ký hiệu theo cách nội dung viết")
    shown, split = split_header_run_in(body_blocks)  # shown apart; the text read above stays as it was
    lines_shown = [(n, b) for n, b in enumerate(shown) if isinstance(b, Line) and not _linked(b)]
    chrome = {lines_shown[k][0] for k in body_chrome([b.text for _, b in lines_shown])}
    if chrome:  # "Thứ năm, Tháng 6 4, 2015", a dangling "Tài liệu:": the portal's, not the document's
        result.notes.append(f"bỏ {len(chrome)} dòng ngày hoặc nhãn tệp đính kèm của trang web khỏi nội dung")
        shown = [b for n, b in enumerate(shown) if n not in chrome]
    if split:
        result.notes.append(f"đoạn đầu nội dung là phần đầu văn bản viết liền một dòng: tách thành {split} dòng")
    result.body = body_markdown(shown) + closing_markdown(result)
    number = str(result.fields.get("number") or "")
    result.citations = extract(plain, own_number=number or None, title=title or None).citations
    name_central_body(result)
    report_unheaded(result, taken)
    check_fields(result, plain_text(blocks), result.citations, datetime.date.today())
    for key in FIELDS:
        if key not in result.fields and not any(k == key for k, _ in result.missing):
            result.missing.append((key, "không đọc được"))
    return result
